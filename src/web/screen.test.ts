import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { HAS_CHROMIUM, SHOTS, dashboardPages } from '../test-support/browser.js'
import { REPO_ROOT, tempDir, writeFixture } from '../test-support/files.js'

// The fixture app has Putin on the EU and UK lists; the OFAC-style fixtures add his SDN record
// and a namesake born in 1975 on the non-SDN list.
const LISTS = join(REPO_ROOT, 'src/screening/fixtures')
const PUTIN = 'name=Vladimir+Putin&schema=Person'
// A person with two ranges of birth years (as the UN states them) and eight weak aliases.
const AKHUND = JSON.stringify({
  id: 'NK-akhund', schema: 'Person', datasets: ['un_sc_sanctions'],
  properties: { name: ['MOHAMMAD HASSAN AKHUND'], birthDate: ['1955 to 1958', '1945 to 1950'], weakAlias: ['MULLA A', 'MULLA B', 'MULLA C', 'MULLA D', 'MULLA E', 'MULLA F', 'MULLA G', 'MULLA H'] },
})

describe.skipIf(!HAS_CHROMIUM)('screening page in chromium: one card per entity', () => {
  const t = dashboardPages(async (d) => {
    await d.fixture.screening.loadList([join(LISTS, 'ofac-sdn.csv')], 'ofac-csv', { asOf: '2025-01-15' })
    await d.fixture.screening.loadList([join(LISTS, 'ofac-cons_prim.csv')], 'ofac-csv', { asOf: '2025-01-15' })
    await d.fixture.screening.loadList([writeFixture(tempDir(), 'akhund.ftm.json', `${AKHUND}\n`)], 'ftm', { asOf: '2025-01-15' })
  })

  test('the same person on OFAC, the EU and the UK lists is one card with each listing; the namesake has his own', async () => {
    await t.page.goto(`${t.d.url}/screen.html?${PUTIN}`)
    const cards = t.page.locator('article.hit')
    await cards.first().waitFor()
    expect(await cards.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.card))).toEqual(['eu-fsf-7201+gb-hmt-14200+ofac-35096', 'ofac-1001'])
    expect(await t.page.locator('#summary').textContent()).toBe('2 entities at or above the threshold for Vladimir Putin (4 list records); 2 matches.')
    const putin = cards.first()
    expect(await putin.locator('h3').textContent()).toBe('PUTIN, Vladimir Vladimirovich' + 'MATCH')
    expect(await putin.locator('.meta').first().textContent()).toBe('Person · born 1952-10-07 · on 3 lists (3 records): us_ofac_sdn, eu_fsf, gb_hmt_sanctions')
    expect(await putin.locator('.score .value').textContent()).toBe('0.96')
    const sources = await putin.locator('table.sources tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.childNodes[0].textContent)))
    expect(sources).toEqual([['us_ofac_sdn', 'RUSSIA-EO14024', 'not stated'], ['eu_fsf', 'RUS', '2022-02-25'], ['gb_hmt_sanctions', 'Russia', '2022-02-26']])
    expect(await putin.locator('ul.ties li').allTextContents()).toEqual([
      'eu-fsf-7201 = gb-hmt-14200: name and birth date (names match 1.00 both ways; born 1952-10-07; country ru)',
      'eu-fsf-7201 = ofac-35096: name and birth date (names match 1.00 both ways; born 1952-10-07; country ru)',
    ])
    // Each source record opens to its own list version, programme, date and explanation.
    const uk = putin.locator('details.record[data-entity="gb-hmt-14200"]')
    expect(await uk.locator('table.explanation').isVisible()).toBe(false)
    await uk.locator('summary').click()
    expect(await uk.locator('.meta').first().textContent()).toMatch(/^version gb_hmt_sanctions-\w+ as of 2025-02-20 · program Russia · listed 2022-02-26$/)
    expect(await uk.locator('table.explanation tbody tr').first().textContent()).toMatch(/name.*Vladimir Vladimirovich PUTIN/)
    await putin.screenshot({ path: join(SHOTS, 'screen-card-1280.png') })
    const namesake = cards.nth(1)
    expect(await namesake.locator('.meta').first().textContent()).toBe('Person · born 1975-03-14 · list us_ofac_cons as of 2025-01-15 · program UKRAINE-EO13662')
    expect(await namesake.locator('details.record').count()).toBe(0)
    await t.page.screenshot({ path: join(SHOTS, 'screen-cards-1280.png'), fullPage: true })
  })

  // Regression: the card gave no birth date but the best record's, and a record's values were cut
  // to six without a word (a ninth alias, a third date, simply not there).
  test('a card gives its birth dates as the lists state them; a value list cut short says how many more', async () => {
    await t.page.goto(`${t.d.url}/screen.html?name=Mohammad+Hassan+Akhund&schema=Person`)
    const card = t.page.locator('article.hit[data-card="NK-akhund"]')
    await card.waitFor()
    expect(await card.locator('.meta').first().textContent()).toMatch(/^Person · born 1955 to 1958; 1945 to 1950 · list /)
    expect(await card.locator('div', { hasText: /^Weak aliases:/ }).textContent()).toBe('Weak aliases: MULLA A; MULLA B; MULLA C; MULLA D; MULLA E; MULLA F and 2 more')
  })

  // Regression: a record on a card only by its tie to a hit showed a feature table and nothing of the tie.
  test('a source record below the cutoff says why it is on the card', async () => {
    await t.page.goto(`${t.d.url}/screen.html?name=Shenzhen+Blue+Hat+International+Trade&schema=Company&threshold=0.9`)
    const tied = t.page.locator('details.record[data-entity="ofac-90001"]')
    await tied.waitFor()
    await tied.locator('summary').click()
    expect(await tied.locator('.why').textContent()).toMatch(/ \| below the cutoff, on the card as the same entity as eu-fsf-5501 by identifier \(registrationNumber 91440300MA5F3XYZ12\)$/)
  })

  // A card's tables scroll inside it: as a grid item it would otherwise widen to fit them.
  test('a card fits a phone width', async () => {
    await t.page.setViewportSize({ width: 390, height: 844 })
    await t.page.goto(`${t.d.url}/screen.html?${PUTIN}`)
    await t.page.locator('article.hit').first().waitFor()
    await t.page.screenshot({ path: join(SHOTS, 'screen-cards-390.png'), fullPage: true })
    const overflow = await t.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })
})

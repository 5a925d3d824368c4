import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { HAS_CHROMIUM, SHOTS, dashboardPages } from '../test-support/browser.js'
import { REPO_ROOT } from '../test-support/files.js'

const EXAMPLE = readFileSync(join(REPO_ROOT, 'examples/shipments.csv'), 'utf8').trimEnd()

describe.skipIf(!HAS_CHROMIUM)('risk page in chromium', () => {
  const t = dashboardPages()

  test('the sample shipments are ranked with their factors; a row opens to its reasons in words', async () => {
    await t.page.goto(`${t.d.url}/risk.html`)
    await t.page.locator('#ranked tbody tr.clickable').first().waitFor()
    expect(await t.page.locator('textarea[name=shipments]').inputValue()).toBe(EXAMPLE)
    const rows = t.page.locator('#ranked tbody tr.clickable')
    expect(await rows.count()).toBe(21)
    expect(await rows.locator('td:nth-child(2)').allTextContents()).toEqual(
      expect.arrayContaining(['EX-102', 'EX-104', 'EX-105', 'EX-103'])
    )
    expect((await rows.locator('td:nth-child(2)').allTextContents()).slice(0, 4).sort()).toEqual(
      ['EX-102', 'EX-103', 'EX-104', 'EX-105'].sort()
    )
    expect(await rows.nth(0).locator('td:nth-child(3)').textContent()).toBe('50')
    expect(await t.page.locator('#summary').textContent()).toMatch(
      /^21 shipments scored: 4 at or above 30 points \(weights chokepoint default weights, sha256:[0-9a-f]{16}\)\.Lists: eu_fsf as of .*, gb_hmt_sanctions as of .*\. Corridors: the list in .*weights\.yaml/
    )
    const household = rows.filter({ hasText: 'EX-105' })
    expect(await household.locator('.factor').allTextContents()).toEqual([
      'description fit +30',
      'chpl tier +20',
    ])
    const why = household.locator('xpath=following-sibling::tr[1]')
    expect(await why.isVisible()).toBe(false)
    await household.click()
    expect(await why.isVisible()).toBe(true)
    expect(await why.locator('li').allTextContents()).toEqual([
      expect.stringMatching(
        /^\+30 description fit: description "household goods" does not fit HS 8542: .* fit heading 3924 \(Tableware, kitchenware, other household articles/
      ),
      expect.stringMatching(
        /^\+20 chpl tier: HS 854231 is on the Common High Priority List, tier 1 \(integrated circuits\)/
      ),
    ])
    await t.page.screenshot({ path: join(SHOTS, 'risk-1280.png'), fullPage: true })
  })

  test('a bad row is refused naming line, column and value; set aside, the rest are scored; usable on a phone', async () => {
    await t.page.goto(`${t.d.url}/risk.html`)
    await t.page.locator('#ranked tbody tr.clickable').first().waitFor()
    await t.page
      .locator('textarea[name=shipments]')
      .fill(`${EXAMPLE}\nEX-900,2024-02-30,,8542.31,chips,A,CN,B,RU,,,CN,CN,100,USD,1`)
    await t.page.locator('#score button[type=submit]').click()
    await t.page.locator('#error .error').waitFor()
    expect(await t.page.locator('#error').textContent()).toBe(
      'line 23: column date: bad value "2024-02-30" (no such day; expected a date that exists, such as 2024-03-31 or 31.03.2024); nothing was scored (use quarantine=true to score the good rows)'
    )
    t.allow(/400/)
    await t.page.locator('input[name=quarantine]').check()
    await t.page.locator('#score button[type=submit]').click()
    await t.page.locator('#rejected li').waitFor()
    expect(await t.page.locator('#rejected li').textContent()).toMatch(
      /^line 23 \(EX-900\): column date: bad value "2024-02-30"/
    )
    expect(await t.page.locator('#ranked tbody tr.clickable').count()).toBe(21)
    await t.page.setViewportSize({ width: 390, height: 900 })
    await t.page.locator('#ranked tbody tr.clickable').first().click()
    const overflow = await t.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    )
    expect(overflow, 'the risk page scrolls sideways on a phone').toBeLessThanOrEqual(0)
    await t.page.screenshot({ path: join(SHOTS, 'risk-390.png'), fullPage: true })
  })
})

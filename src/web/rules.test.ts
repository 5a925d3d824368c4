import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { HAS_CHROMIUM, SHOTS, dashboardPages } from '../test-support/browser.js'

describe.skipIf(!HAS_CHROMIUM)('rules page in chromium', () => {
  const t = dashboardPages()

  test('the sample lots are decided with rule, reason and citation; the rules in force are listed', async () => {
    await t.page.goto(`${t.d.url}/rules.html?on=2024-04-12`)
    await t.page.locator('#decisions tbody tr').first().waitFor()
    await t.page.locator('#rules tbody tr').first().waitFor()
    const rows = t.page.locator('#decisions tbody tr')
    expect(await rows.count()).toBe(7)
    expect(await rows.locator('td:nth-child(2)').allTextContents()).toEqual(['needs evidence', 'prohibited', 'allowed', 'prohibited', 'allowed', 'allowed', 'prohibited'])
    const a106 = rows.nth(3)
    expect(await a106.locator('td').nth(2).textContent()).toBe('uk-acquire-produced-on-or-after-cutoff')
    expect(await a106.locator('.cite').textContent()).toMatch(/^Trade Licence for acquisition of metals, as amended 12 April 2024, para\. 2\(c\) \(2024-04-12\) https:\/\/www\.gov\.uk\//)
    expect(await a106.locator('td').nth(4).textContent()).toBe('production_date 2024-04-12T23:00Z is on or after 2024-04-12T23:59 Europe/London (2024-04-12T22:59Z)')
    // A lot two rules spoke on lists both when opened.
    const both = rows.nth(6)
    expect(await both.locator('ul.rules').isVisible()).toBe(false)
    await both.locator('summary').click()
    expect(await both.locator('ul.rules li').allTextContents()).toEqual([
      expect.stringMatching(/^prohibited lme-warrant-produced-on-or-after-cutoff: production_date 2024-04-20 .* is on or after 2024-04-13T00:00 Europe\/London/),
      expect.stringMatching(/^prohibited uk-acquire-produced-on-or-after-cutoff: production_date 2024-04-20 .* is on or after 2024-04-12T23:59 Europe\/London/),
    ])
    expect(await t.page.locator('#summary').textContent()).toMatch(/^7 lots decided with rules sha256:[0-9a-f]{16} \(21 rules in force at .*\): 3 prohibited, 0 needs review, 1 needs evidence, 3 allowed$/)
    expect(await t.page.locator('#rules tbody tr').count()).toBe(7)
    expect(await t.page.locator('#rules-summary').textContent()).toMatch(/^7 rules in force on 2024-04-12/)
    expect(await t.page.locator('#rules-downloads a[data-download=csv]').getAttribute('href')).toBe('/rules?on=2024-04-12&format=csv')
    await t.page.screenshot({ path: join(SHOTS, 'rules-1280.png'), fullPage: true })
  })

  test('pasted lots with a bad row: an error naming row and column; set aside, the rest are decided', async () => {
    await t.page.goto(`${t.d.url}/rules.html`)
    await t.page.locator('#decisions tbody tr').first().waitFor()
    const header = 'lot_id,metal,origin_country,producer,production_date,warrant_issue_date,exchange,actor_jurisdiction,action,evidence'
    await t.page.locator('textarea[name=lots]').fill(`${header}\nB1,aluminium,RU,,2024-02-30,,LME,GB,acquire,\nB2,nickel,RU,,,,,US,import,`)
    await t.page.locator('#check button[type=submit]').click()
    await t.page.locator('#check-error .error').waitFor()
    expect(await t.page.locator('#check-error').textContent()).toMatch(/line 2: column production_date: bad value "2024-02-30" \(no such day: 2024-02 has 29 days/)
    t.allow(/400/)
    await t.page.locator('input[name=quarantine]').check()
    await t.page.locator('#check button[type=submit]').click()
    await t.page.locator('#rejected li').waitFor()
    expect(await t.page.locator('#decisions tbody tr td:nth-child(2)').allTextContents()).toEqual(['needs evidence'])
    expect(await t.page.locator('#rejected li').textContent()).toMatch(/^line 2 \(B1\): column production_date/)
    await t.page.setViewportSize({ width: 390, height: 900 })
    const overflow = await t.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, 'the rules page scrolls sideways on a phone').toBeLessThanOrEqual(0)
    await t.page.screenshot({ path: join(SHOTS, 'rules-390.png'), fullPage: true })
  })
})

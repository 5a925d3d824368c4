import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { HAS_CHROMIUM, SHOTS, dashboardPages } from '../test-support/browser.js'

describe.skipIf(!HAS_CHROMIUM)('claims page in chromium', () => {
  const t = dashboardPages()

  test('the published claims are listed with verdicts, figures and the command behind each reading', async () => {
    await t.page.goto(`${t.d.url}/claims.html`)
    await t.page.locator('#claims tbody tr').first().waitFor()
    const rows = t.page.locator('#claims tbody tr')
    expect(await rows.count()).toBe(13)
    expect(await t.page.locator('#synthetic-banner').isVisible()).toBe(true)
    expect(await t.page.locator('#summary').textContent()).toMatch(/^13 claims of claims\.yaml: \d+ supported, \d+ contradicted, \d+ not enough data$/)
    // The fixture's partners report 2023 (mirror only): China 30 of 46.25 a month of HS 845710.
    const ap = t.page.locator('tr[data-claim="ap-machine-tools-q4-2023"]')
    expect(await ap.locator('.decision').textContent()).toBe('supported')
    expect(await ap.locator('td[data-key=computed]').textContent()).toBe('64.9%')
    const over = t.page.locator('tr[data-claim="officials-machine-tools-q4-2023"]')
    expect(await over.locator('.decision').textContent()).toBe('contradicted')
    await over.locator('summary').click()
    const mirror = over.locator('li[data-reading="chpl-tier-4b/mirror"]')
    expect(await mirror.textContent()).toContain('64.9% (does not support the claim)')
    expect(await mirror.locator('code').textContent()).toBe('chokepoint trend --importer RUS --partner CHN --basket chpl-tier-4b --by quarter --from 2023-Q4 --to 2023-Q4 --basis mirror')
    expect(await over.locator('li[data-reading="machine-tools/reported"]').textContent()).toMatch(/not enough data: no data for 2023-Q4/)
    expect(await t.page.locator('#downloads a[data-download=csv]').getAttribute('href')).toBe('/claims?format=csv')
    await t.page.screenshot({ path: join(SHOTS, 'claims-1280.png'), fullPage: true })
  })

  test('an article pasted in: its claims extracted and checked', async () => {
    await t.page.goto(`${t.d.url}/claims.html`)
    await t.page.locator('#claims tbody tr').first().waitFor()
    await t.page.locator('#article button[type=submit]').click()
    await t.page.locator('#article-claims tbody tr').first().waitFor()
    expect(await t.page.locator('#article-summary').textContent()).toMatch(/^4 claims found \(article date 2024-07-06; 0 fields left unmapped\)/)
    const read = await t.page.locator('#article-claims tbody tr td:nth-child(2)').allTextContents()
    expect(read).toEqual(['RUS, partner CHN, machine-tools, 2023-Q4', 'RUS, partner CHN, microelectronics, 2023', 'RUS, partner CHN, total, 2021', 'RUS, partner CHN, total, 2023'])
    await t.page.locator('textarea[name=text]').fill('Nothing here is a figure.')
    await t.page.locator('#article button[type=submit]').click()
    await t.page.locator('#article-claims p').waitFor()
    expect(await t.page.locator('#article-summary').textContent()).toMatch(/^0 claims found/)
    await t.page.setViewportSize({ width: 390, height: 900 })
    await t.page.screenshot({ path: join(SHOTS, 'claims-390.png'), fullPage: true })
  })
})

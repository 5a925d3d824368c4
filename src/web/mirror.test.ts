import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { HAS_CHROMIUM, SHOTS, dashboardPages } from '../test-support/browser.js'

// The supply fixture: Germany reports its exports to Russia 2019-2024, Russia its imports from
// Germany (at 1.06 x, the CIF/FOB factor) until 2021 only.
const MIRROR = 'reporter=RUS&partner=DEU&basket=chpl&by=year'

describe.skipIf(!HAS_CHROMIUM)('mirror page in chromium', () => {
  const t = dashboardPages()

  test('both series, the gap per period and the table, sources and the synthetic banner', async () => {
    await t.page.goto(`${t.d.url}/mirror.html?${MIRROR}`)
    await t.page.locator('#series-chart svg').waitFor()
    const json = await (await t.d.fixture.app.request(`/mirror?${MIRROR}`)).json()
    // Two lines; a dot per period a side has: exports 2019-2024, imports 2019-2021.
    expect(await t.page.locator('#series-chart svg g[aria-label="line"] path').count()).toBe(2)
    expect(await t.page.locator('#series-chart svg g[aria-label="dot"] title').count()).toBe(6 + 3)
    // A gap bar, labelled with its ratio, only where both sides have the period.
    expect(await t.page.locator('#gap-chart svg g[aria-label="bar"] rect').count()).toBe(3)
    expect(await t.page.locator('#table tbody tr').count()).toBe(json.rows.length)
    expect(await t.page.locator('#table tbody tr').last().textContent()).toMatch(/reporter-reported imports missing/)
    expect(await t.page.locator('#legend li').allTextContents()).toEqual([
      "DEU's reported exports to RUS (FOB, solid)",
      "RUS's reported imports from DEU, CIF / 1.06 (dashed)",
    ])
    expect(await t.page.locator('#about').textContent()).toMatch(/Exports:.*supply-fixture\.csv \(comtrade, USD, SYNTHETIC\).*Imports:.*CIF\).*Adjustment: imports FOB = imports \/ 1\.06/s)
    expect(await t.page.locator('#synthetic-banner').textContent()).toMatch(/Synthetic demo data/)
    await t.page.screenshot({ path: join(SHOTS, 'mirror-1280.png'), fullPage: true })
  })

  test('in EUR through the FX table the rates are listed; a period without a rate is an error on the page', async () => {
    await t.page.goto(`${t.d.url}/mirror.html?${MIRROR}&currency=EUR&to=2023`)
    await t.page.locator('#series-chart svg').waitFor()
    expect(await t.page.locator('#about').textContent()).toMatch(/FX: \d+ rates from the European Central Bank/)
    await t.page.goto(`${t.d.url}/mirror.html?${MIRROR}&currency=EUR`)
    await t.page.locator('#error .error').waitFor()
    expect(await t.page.locator('#error').textContent()).toMatch(/no fx rate for USD\/EUR in 2024-10/)
    t.allow(/409/)
  })
})

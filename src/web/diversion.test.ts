import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { HAS_CHROMIUM, SHOTS, dashboardPages } from '../test-support/browser.js'
import { loadDiversionFixture } from '../trade/analytics/diversion/fixtures.js'

const Q = 'target=RUS&via=KGZ,ARM,GEO&baseline=2021-Q1&period=2023-Q1&break=2022-01&basket=total'

describe.skipIf(!HAS_CHROMIUM)('diversion page in chromium', () => {
  const t = dashboardPages(async (d) => {
    await loadDiversionFixture(d.fixture.store, d.fixture.dir, { products: true })
  })

  test('the indexed chart and the ranked table agree with the API', async () => {
    await t.page.goto(`${t.d.url}/diversion.html?exporter=EU27&${Q}`)
    await t.page.locator('#chart svg').waitFor()
    const json = await (await t.d.fixture.app.request(`/diversion?exporter=EU27&${Q}`)).json()
    const countries = await t.page.locator('#table tbody td[data-key=country]').allTextContents()
    expect(countries).toEqual(['RUS Russia (target)', 'KGZ Kyrgyzstan', 'ARM Armenia', 'GEO Georgia'])
    const ratios = await t.page.locator('#table tbody td[data-key=ratio]').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.value ?? ''))
    expect(ratios).toEqual([json.target.ratio, ...json.rows.map((r: { ratio: number | null }) => r.ratio ?? '')].map(String).map((s) => (s === '' ? '' : s)))
    // Every corridor with data is a labelled line, broken where months are missing (two runs each); GEO has no baseline, so no index.
    expect(await t.page.locator('#chart svg [aria-label="line"] path').count()).toBe(6)
    expect(await t.page.locator('#chart svg text', { hasText: /^KGZ$/ }).count()).toBe(1)
    expect(await t.page.locator('#about').textContent()).toMatch(/GEO: missing: no data for exports to GEO in baseline 2021-Q1/)
    await t.page.screenshot({ path: join(SHOTS, 'diversion-1280.png'), fullPage: true })
  })

  test('a click on a corridor shows the products behind it, named', async () => {
    await t.page.goto(`${t.d.url}/diversion.html?exporter=DEU&${Q}`)
    await t.page.locator('#table tbody tr').first().waitFor()
    await t.page.locator('#table tbody tr', { hasText: 'KGZ' }).click()
    await t.page.locator('#products tbody tr').first().waitFor()
    expect(await t.page.locator('#products-title').textContent()).toBe('Products behind KGZ: largest rise first')
    const hs = await t.page.locator('#products tbody td[data-key=hs]').allTextContents()
    expect(hs).toEqual(['847150', '300490'])
    await t.page.screenshot({ path: join(SHOTS, 'diversion-products-1280.png'), fullPage: true })
  })
})

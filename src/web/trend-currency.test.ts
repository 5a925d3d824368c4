import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { HAS_CHROMIUM, SHOTS, dashboardPages } from '../test-support/browser.js'
import { REPO_ROOT } from '../test-support/files.js'
import { ingest } from '../trade/ingest/ingest.js'

// Regression: the trend page labelled every value "USD m" (table and chart), and the supply table
// took its unit from the first row; a Comext file is in EUR.
describe.skipIf(!HAS_CHROMIUM)('trend page on EUR data', () => {
  let dataset = ''
  const t = dashboardPages(async (d) => {
    const file = join(REPO_ROOT, 'src/trade/formats/fixtures/eurostat-monthly.csv')
    dataset = (await ingest(d.fixture.store, file, { format: 'eurostat' })).dataset
  })

  test('a partner with no rows: named, its values in EUR in the table and on the chart', async () => {
    await t.page.goto(`${t.d.url}/trend.html?importer=GEO&partner=CHN&basket=total&by=year&basis=mirror&baseline=2023&dataset=${dataset}`)
    await t.page.locator('#value-chart svg').waitFor()
    expect(await t.page.locator('#table thead').textContent()).toContain('Value (EUR m)')
    expect(await t.page.locator('#value-chart svg').textContent()).toContain('CHN: value (EUR m)')
    expect(await t.page.locator('#about').textContent()).toContain('Baseline: 2023, when China had 0.0%')
    await t.page.screenshot({ path: join(SHOTS, 'trend-eur.png'), fullPage: true })
  })
})

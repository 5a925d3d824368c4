import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { HAS_CHROMIUM, SHOTS, dashboardPages } from '../test-support/browser.js'
import { readExport } from '../test-support/csv.js'

const SUPPLY = 'importer=RUS&basket=chpl&by=year&basis=mirror&top=4'

describe.skipIf(!HAS_CHROMIUM)('dashboard in chromium', () => {
  const t = dashboardPages()

  const api = async (path: string) => (await t.d.fixture.app.request(path)).json()
  const shot = (name: string) => t.page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })

  test('supply: the chart shows the expected series, with the synthetic banner and sources', async () => {
    await t.page.goto(`${t.d.url}/index.html?${SUPPLY}`)
    await t.page.locator('#chart svg').waitFor()
    const json = await api(`/shares?${SUPPLY}`)
    const series = [...new Set(json.rows.map((r: { partner_name: string }) => r.partner_name))]
    const legend = await t.page.locator('.legend li').allTextContents()
    expect([...legend].sort()).toEqual([...series].sort())
    // Regression: the top 4 were ranked over the whole range, so Turkey and Kazakhstan (top 4 after 2022) were hidden in Others.
    // A partner in the top 4 of any year has its own series, largest first; "all others" last.
    expect(legend).toEqual(['China', 'Germany', 'Hong Kong', 'United States', 'Turkey', 'Kazakhstan', "All others (outside the period's top 4; incl. unallocated)"])
    // Year grain draws one stacked bar per series and year, each with its share in a tooltip.
    expect(await t.page.locator('#chart svg g[aria-label="bar"] rect').count()).toBe(6 * 7)
    expect(await t.page.locator('#chart svg title', { hasText: 'China, 2023: 64.9%' }).count()).toBe(1)
    expect(await t.page.locator('#chart svg title', { hasText: /^Turkey, 2023: \d/ }).count()).toBe(1)
    expect(await t.page.locator('#chart svg title', { hasText: 'Turkey, 2019: 0.0%' }).count()).toBe(1)
    await expect(t.page.locator('#chart svg pattern').count()).resolves.toBe(7)
    expect(await t.page.locator('#about').textContent()).toMatch(/Top 4: ranked within each period/)
    expect(await t.page.locator('#synthetic-banner').textContent()).toMatch(/Synthetic demo data/)
    expect(await t.page.locator('#about').textContent()).toMatch(/mirror: partners' reported exports to RUS.*supply-fixture\.csv \(comtrade, SYNTHETIC/s)
    await shot('supply-1280')
  })

  test("supply: the table agrees with the API's JSON", async () => {
    await t.page.goto(`${t.d.url}/index.html?${SUPPLY}`)
    await t.page.locator('#table tbody tr').first().waitFor()
    const json = await api(`/shares?${SUPPLY}`)
    const cells = await t.page.locator('#table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Object.fromEntries([...tr.querySelectorAll('td')].map((td) => [td.dataset.key, td.dataset.value ?? td.textContent])))
    )
    expect(cells).toEqual(json.rows.map((r: Record<string, unknown>) => ({ period: r.period, partner: r.partner, partner_name: r.partner_name, value: String(r.value), share: String(r.share) })))
  })

  test('supply: the CSV download has the rows of the table', async () => {
    await t.page.goto(`${t.d.url}/index.html?${SUPPLY}`)
    await t.page.locator('#table tbody tr').first().waitFor()
    const [download] = await Promise.all([t.page.waitForEvent('download'), t.page.locator('[data-download=csv]').click()])
    expect(download.suggestedFilename()).toBe('shares-RUS-chpl-year-mirror.csv')
    const { about, lines } = readExport(readFileSync((await download.path())!, 'utf8'))
    const json = await api(`/shares?${SUPPLY}`)
    expect(lines).toHaveLength(json.rows.length + 1)
    expect(lines[1]).toBe(`2019,CHN,China,${json.rows[0].value},USD,${json.rows[0].share},,`)
    expect(about.basis).toEqual(['mirror'])
    expect(about.synthetic[0]).toMatch(/^true/)
  })

  // Regression: the SVG/PNG chart downloads had no title, legend, source or synthetic note.
  test('supply: the SVG and PNG downloads carry title, legend, sources and the synthetic note', async () => {
    await t.page.goto(`${t.d.url}/index.html?${SUPPLY}`)
    await t.page.locator('#chart svg').waitFor()
    const json = await api(`/shares?${SUPPLY}`)
    const save = async (kind: string) => {
      const [file] = await Promise.all([t.page.waitForEvent('download'), t.page.locator(`[data-download=${kind}]`).click()])
      return readFileSync((await file.path())!)
    }
    const svg = (await save('svg')).toString('utf8')
    writeFileSync(join(SHOTS, 'supply-download.svg'), svg)
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    // Regression: a mirror chart was titled "RUS imports", whatever reporters were loaded.
    expect(svg).toMatch(/>Exports to RUS reported by \d+ reporters? \(of \d+\): /)
    for (const name of new Set(json.rows.map((r: { partner_name: string }) => r.partner_name))) expect(svg).toContain(`>${String(name).replace(/'/g, '&#39;')}</text>`)
    expect(svg).toMatch(/aria-label="synthetic note".*SYNTHETIC DEMO DATA/)
    expect(svg).toMatch(/aria-label="source".*Source: chokepoint.*basis: mirror.*basket_codes: 845710 .*datasets: [0-9a-f]+ supply-fixture\.csv/s)
    const source = svg.slice(svg.indexOf('aria-label="source"'))
    for (const code of json.basket.codes) expect(source).toMatch(new RegExp(`[ >]${code}[ <]`))
    expect(svg).toContain('<pattern')
    // No clock and no random id: the same chart saves to the same bytes.
    expect((await save('svg')).toString('utf8')).toBe(svg)
    const png = await save('png')
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    writeFileSync(join(SHOTS, 'supply-download.png'), png)
    // Look at the PNG as saved (the screenshot is of the file, not of the page).
    const view = await t.d.browser.newPage()
    await view.setContent(`<img src="data:image/png;base64,${png.toString('base64')}" style="width:1200px">`)
    await view.locator('img').evaluate((img: HTMLImageElement) => img.decode())
    await view.screenshot({ path: join(SHOTS, 'supply-download-png.png'), fullPage: true })
    await view.close()
  })

  test('supply: changing the form reloads, and a bad period shows the API error', async () => {
    await t.page.goto(`${t.d.url}/index.html?${SUPPLY}`)
    await t.page.locator('#chart svg').waitFor()
    await t.page.selectOption('select[name=by]', 'quarter')
    await t.page.click('button[type=submit]')
    await t.page.waitForURL(/by=quarter/)
    await t.page.locator('#chart svg g[aria-label="area"]').waitFor()
    await t.page.fill('input[name=from]', '2099')
    await t.page.click('button[type=submit]')
    await t.page.locator('#error .error').waitFor()
    expect(await t.page.locator('#error').textContent()).toMatch(/period out of range: from "2099"/)
    expect(await t.page.locator('#chart svg').count()).toBe(0)
    // The browser logs the 400 itself; that one is expected here.
    t.allow(/status of 400/)
  })

  test('partner trend: value and share charts with the baseline marked', async () => {
    await t.page.goto(`${t.d.url}/trend.html?importer=RUS&partner=DEU&basket=chpl&by=year&basis=mirror&baseline=2021`)
    await t.page.locator('#share-chart svg').waitFor()
    expect(await t.page.locator('#value-chart svg g[aria-label="bar"] rect').count()).toBe(6)
    expect(await t.page.locator('#share-chart svg').textContent()).toMatch(/baseline 2021/)
    const change = await t.page.locator('#table tbody tr', { hasText: '2023' }).locator('td[data-key=change_pts]').textContent()
    expect(Number(change)).toBeLessThan(-20)
    expect(await t.page.locator('#table tbody tr td[data-key=period]').allTextContents()).toEqual(['2019', '2020', '2021 (baseline)', '2022', '2023', '2024'])
    const [file] = await Promise.all([t.page.waitForEvent('download'), t.page.locator('[data-download=svg]').click()])
    const svg = readFileSync((await file.path())!, 'utf8')
    writeFileSync(join(SHOTS, 'trend-download.svg'), svg)
    const view = await t.d.browser.newPage()
    await view.setContent(svg)
    await view.screenshot({ path: join(SHOTS, 'trend-download-svg.png'), fullPage: true })
    await view.close()
    expect(svg).toMatch(/aria-label="synthetic note".*SYNTHETIC DEMO DATA/)
    expect(svg).toMatch(/>Germany \(DEU\) in exports to RUS reported by \d+ reporters? \(of \d+\).*baseline 2021: its bar.*Source: chokepoint.*baseline: 2021/s)
    await shot('trend-1280')
  })

  test('screening: a known name shows its hit card with the explanation', async () => {
    await t.page.goto(`${t.d.url}/screen.html`)
    await t.page.fill('input[name=name]', 'Zala Aero Group')
    await t.page.fill('input[name=country]', 'RU')
    await t.page.click('#controls button[type=submit]')
    const card = t.page.locator('.hit').first()
    await card.waitFor()
    expect(await card.locator('h3').textContent()).toBe('ZALA AERO' + 'MATCH')
    expect(await card.locator('.meta').first().textContent()).toMatch(/list gb_hmt_sanctions as of 2025-02-20 · program Russia/)
    expect(await card.locator('.score .value').textContent()).toBe('1.00')
    const features = await card.locator('table.explanation tbody tr').allTextContents()
    expect(features.some((f) => /name_literal.*identical name "ZALA AERO GROUP"/.test(f))).toBe(true)
    await shot('screen-1280')
  })

  test('screening: a CSV batch screens every row and downloads the results', async () => {
    await t.page.goto(`${t.d.url}/screen.html`)
    const csv = 'name,schema,country\nZala Aero,Company,RU\n"Putin, Vladimir",Person,\nJane Nobody,Person,\n'
    await t.page.setInputFiles('input[type=file]', { name: 'parties.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await t.page.click('#batch button[type=submit]')
    await t.page.locator('#batch-table tbody tr').nth(2).waitFor()
    expect(await t.page.locator('#batch-summary').textContent()).toMatch(/3 rows screened from parties\.csv; 2 with a match/)
    const [download] = await Promise.all([t.page.waitForEvent('download'), t.page.locator('[data-download=batch-csv]').click()])
    const { about, lines } = readExport(readFileSync((await download.path())!, 'utf8'))
    expect(about.lists.join(' ')).toMatch(/gb_hmt_sanctions as of 2025-02-20/)
    expect(lines[0]).toMatch(/^row,query_name,/)
    expect(lines.some((l) => l.startsWith('1,Zala Aero,Company,RU,1,1,ZALA AERO'))).toBe(true)
    expect(lines.some((l) => l.startsWith('3,Jane Nobody,Person,,0'))).toBe(true)
    await shot('screen-batch-1280')
  })

  test('lists: versions with counts and the diff of the two UK versions', async () => {
    await t.page.goto(`${t.d.url}/lists.html`)
    await t.page.locator('#diff tbody tr').first().waitFor()
    expect(await t.page.locator('#table tbody tr').count()).toBe(3)
    expect(await t.page.locator('#counts').textContent()).toMatch(/1 added.*0 removed.*1 changed/)
    expect(await t.page.locator('#diff tbody').textContent()).toMatch(/TEST DIFF ENTITY LLC/)
    await shot('lists-1280')
  })

  test('datasets: file, rows, rejects, coverage and the synthetic flag', async () => {
    await t.page.goto(`${t.d.url}/datasets.html`)
    const row = t.page.locator('#table tbody tr').first()
    await row.waitFor()
    expect(await row.textContent()).toMatch(/supply-fixture\.csv.*comtrade.*1,368.*2019-01 to 2024-12.*SYNTHETIC/)
    expect(await t.page.locator('#synthetic-banner').isVisible()).toBe(true)
    await shot('datasets-1280')
  })

  test('every page fits a phone width without sideways scrolling', async () => {
    await t.page.setViewportSize({ width: 390, height: 844 })
    for (const [name, path] of [['supply', `index.html?${SUPPLY}`], ['trend', 'trend.html'], ['screen', 'screen.html?name=Zala%20Aero'], ['lists', 'lists.html'], ['datasets', 'datasets.html']]) {
      await t.page.goto(`${t.d.url}/${path}`)
      await t.page.waitForLoadState('networkidle')
      const overflow = await t.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0)
      await shot(`${name}-390`)
    }
  })
})

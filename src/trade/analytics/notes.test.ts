import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { openStore } from '../../store/open.js'
import type { Store } from '../../store/store.js'
import { REPO_ROOT, tempDir, writeFixture } from '../../test-support/files.js'
import { countryCount } from '../countries/countries.js'
import { ingest } from '../ingest/ingest.js'
import { figureSubject, shares } from './shares.js'

// Comtrade+ exports to Georgia (268) reported by Germany (276) and Austria (40) only.
const HEADER = 'period,reporterCode,partnerCode,flowCode,cmdCode,customsCode,motCode,partner2Code,primaryValue'
const FEW = [HEADER, '2023,276,268,X,TOTAL,C00,0,0,80', '2023,40,268,X,TOTAL,C00,0,0,20'].join('\n') + '\n'
const EUROSTAT = join(REPO_ROOT, 'src/trade/formats/fixtures/eurostat-monthly.csv')

let store: Store
let dir: string
beforeEach(async () => {
  store = await openStore(':memory:')
  dir = tempDir()
})
afterEach(() => store.close())

describe('a mirror figure states whose statistics it is', () => {
  // Regression: with only EU reporters loaded, "GEO imports ... Germany 80%" was Germany's share of EU exports to Georgia.
  test('it lists its reporters and how many of the world it covers, never "GEO imports"', async () => {
    await ingest(store, writeFixture(dir, 'few.csv', FEW), { format: 'comtrade' })
    const r = await shares(store, { importer: 'GEO', basket: 'total', by: 'year', basis: 'mirror' })
    expect(r.coverage).toEqual({ reporters: ['AUT', 'DEU'], count: 2, of: countryCount() })
    expect(countryCount()).toBeGreaterThan(240)
    expect(r.basis_note).toContain(`share of exports to GEO reported by 2 reporters (of ${countryCount()}): AUT, DEU`)
    expect(figureSubject(r)).toBe(`exports to GEO reported by 2 reporters (of ${countryCount()})`)
    const reported = await shares(store, { exporter: 'DEU', basket: 'total', by: 'year' })
    expect(reported.coverage).toBeUndefined()
    expect(figureSubject(reported)).toBe('DEU exports')
  })

  test('the table output says so too', () => {
    const db = join(dir, 'cli.duckdb')
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args, '--db', db], { cwd: REPO_ROOT, encoding: 'utf8' })
    expect(cli('ingest', writeFixture(dir, 'few.csv', FEW), '--format', 'comtrade').status).toBe(0)
    const out = cli('shares', '--importer', 'GEO', '--basis', 'mirror').stdout
    expect(out).toMatch(/^exports to GEO reported by 2 reporters \(of \d+\), basket total/m)
    expect(out).not.toMatch(/GEO imports/)
  }, 60_000)
})

describe('mixed currencies', () => {
  // Regression: "datasets mix currencies (EUR, USD)" did not say which datasets.
  test('the error names each dataset, its id and its currency', async () => {
    const usd = await ingest(store, writeFixture(dir, 'few.csv', FEW), { format: 'comtrade' })
    const eur = await ingest(store, EUROSTAT, { format: 'eurostat' })
    const message = await shares(store, { importer: 'GEO', basket: 'total', by: 'year', basis: 'mirror' }).then(
      () => 'no error',
      (err: Error) => err.message
    )
    expect(message).toContain('datasets mix currencies (')
    expect(message).toContain(`few.csv [${usd.dataset}] in USD`)
    expect(message).toContain(`eurostat-monthly.csv [${eur.dataset}] in EUR`)
  })
})

import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { REPO_ROOT, tempDir } from '../test-support/files.js'
import { ofacFiles } from '../test-support/lists.js'

const EXAMPLE = join(REPO_ROOT, 'examples/shipments.csv')
const HEADER = readFileSync(EXAMPLE, 'utf8').split('\n')[0]

function cli(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args],
    { cwd: REPO_ROOT, encoding: 'utf8' }
  )
  return { code: r.status, out: r.stdout, err: r.stderr }
}

const dir = tempDir('chokepoint-risk-')
const db = join(dir, 'risk.duckdb')
const loaded = cli(
  'lists',
  'load',
  ...ofacFiles([[35348, 'RADIOAVTOMATIKA LLC', '']]),
  '--format',
  'ofac-csv',
  '--as-of',
  '2024-05-03',
  '--db',
  db
)

describe('chokepoint risk', () => {
  test('--json: shipments ranked by score, each with its reasons, the weights version and the lists screened', () => {
    expect(loaded.code, loaded.err).toBe(0)
    const r = cli('risk', EXAMPLE, '--db', db, '--json')
    expect(r.code, r.err).toBe(0)
    const doc = JSON.parse(r.out)
    expect(doc).toMatchObject({
      ok: true,
      weights_version: expect.stringMatching(/^sha256:[0-9a-f]{16}$/),
      counts: { shipments: 21, review: 5, rejected: 0 },
      warnings: [],
    })
    expect(
      doc.rows
        .slice(0, 5)
        .map((x: { shipment_id: string; score: number }) => `${x.shipment_id} ${x.score}`)
    ).toEqual(['EX-101 80', 'EX-102 50', 'EX-104 50', 'EX-105 50', 'EX-103 42'])
    expect(doc.rows[0].reasons[0]).toMatchObject({
      factor: 'listed_party',
      points: 60,
      why: expect.stringMatching(
        /^consignee "Radioavtomatika" \(RUS\) matches "RADIOAVTOMATIKA LLC", Organization on us_ofac_sdn/
      ),
    })
    expect(doc.rows.at(-1)).toMatchObject({
      shipment_id: 'EX-106',
      score: 8,
      reasons: [{ factor: 'chpl_tier', points: 8 }],
    })
    expect(doc.provenance.lists).toEqual([
      { id: expect.stringMatching(/^us_ofac_sdn-/), source: 'us_ofac_sdn', as_of: '2024-05-03' },
    ])
    expect(doc.provenance.corridors).toMatch(
      /^the list in .*src\/risk\/weights\.yaml \(no loaded flows of coalition exports/
    )
  })

  test("the table: ranked rows, then each row's reasons in words", () => {
    const r = cli('risk', EXAMPLE, '--db', db, '--top', '2')
    expect(r.code, r.err).toBe(0)
    expect(r.out).toMatch(
      /^21 shipments of .*examples\/shipments\.csv scored in [\d.]+ s; 5 at or above 30 points \(weights chokepoint default weights, sha256:[0-9a-f]{16}\)\nlists: us_ofac_sdn us_ofac_sdn-[0-9a-f]+ as of 2024-05-03\n/
    )
    expect(r.out).toContain('   1  EX-101          80  REVIEW  listed_party +60, chpl_tier +20')
    expect(r.out).toContain(
      '   +30 corridor: goods of DEU origin (coalition) dispatched from KAZ to RUS: a high-risk corridor'
    )
  })

  // Regression: --csv --json printed CSV where --json promises one JSON document.
  test('--csv with --json is refused as one JSON document, before any scoring', () => {
    const r = cli('risk', EXAMPLE, '--db', db, '--csv', '--json')
    expect(r.code).toBe(1)
    expect(JSON.parse(r.out)).toEqual({ ok: false, error: '--csv and --json both choose what is printed: give one' })
  })

  test('--csv: provenance lines, one row per shipment, a cell that starts with = is not a formula', () => {
    const file = join(dir, 'formula.csv')
    writeFileSync(
      file,
      readFileSync(EXAMPLE, 'utf8').replace('Almaty Tech Supply LLP', '=HYPERLINK(1)')
    )
    const r = cli('risk', file, '--db', db, '--csv')
    expect(r.code, r.err).toBe(0)
    const lines = r.out.split('\r\n')
    expect(lines[0]).toBe(
      `# title: shipment risk of 21 shipments in ${file}: 5 at or above 30 points`
    )
    expect(lines).toContain(
      'rank,shipment_id,line,score,review,factors,reasons,date,hs_code,description,shipper,consignee'
    )
    expect(r.out).toContain(`,'=HYPERLINK(1),OOO Promelektronika\r\n`)
    expect(r.out).toMatch(/\r\n1,EX-101,17,80,yes,listed_party \+60; chpl_tier \+20,/)
  })

  test('bad rows: one line each naming column and value, nothing scored; --quarantine scores the rest', () => {
    const file = join(dir, 'bad.csv')
    writeFileSync(
      file,
      `${HEADER}\nB1,2024-02-30,,8542.31,chips,A,CN,B,RU,,,CN,CN,100,USD,1\nB2,2024-01-05,,8542.31,chips,A,CN,B,RU,,,CN,CN,ten,USD,1\nB3,2024-01-06,,8542.31,chips,A,CN,B,RU,,,CN,CN,100,USD,1\n`
    )
    const bad = cli('risk', file, '--db', db, '--json')
    expect(bad.code).toBe(1)
    const doc = JSON.parse(bad.out)
    expect(doc.ok).toBe(false)
    expect(doc.errors).toEqual([
      `${file}:2: column date: bad value "2024-02-30" (no such day; expected a date that exists, such as 2024-03-31 or 31.03.2024)`,
      `${file}:3: column value: bad value "ten" (expected a number above 0 such as 1250.50)`,
    ])
    const q = join(dir, 'rejects.csv')
    const ok = cli('risk', file, '--db', db, '--json', '--quarantine', q)
    expect(ok.code, ok.err).toBe(0)
    expect(JSON.parse(ok.out).rows.map((x: { shipment_id: string }) => x.shipment_id)).toEqual([
      'B3',
    ])
    expect(readFileSync(q, 'utf8').split('\n')[0]).toBe(`line,reason,${HEADER}`)
    expect(existsSync(`${q}.partial`)).toBe(false)
  })

  test('--weights: another table scores; a bad one is named by file, line and path', () => {
    const file = join(dir, 'weights.yaml')
    writeFileSync(
      file,
      readFileSync(join(REPO_ROOT, 'src/risk/weights.yaml'), 'utf8').replace(
        'corridor: 30',
        'corridor: 100'
      )
    )
    const r = JSON.parse(cli('risk', EXAMPLE, '--db', db, '--json', '--weights', file).out)
    expect(r.rows[0]).toMatchObject({ shipment_id: 'EX-102', score: 120 })
    writeFileSync(
      file,
      readFileSync(join(REPO_ROOT, 'src/risk/weights.yaml'), 'utf8').replace(
        'review_at: 30',
        'review_at: high'
      )
    )
    const bad = cli('risk', EXAMPLE, '--db', db, '--weights', file)
    expect(bad.code).toBe(1)
    expect(bad.err).toBe(
      `error: bad weights file: ${file}:6: review_at: expected number, got "high"\n  ${file}:6: review_at: expected number, got "high"\n`
    )
  })
})

import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { loadBisDpl } from './bis.js'
import { loadCsl } from './csl.js'
import { euDate, loadEuFsf } from './eu.js'
import { loadFtm } from './ftm.js'
import { programsOf } from '../model.js'
import { entries, ofacFiles } from '../../test-support/lists.js'
import { loadOfacCsv } from './ofac.js'
import { parseRemarks } from './ofac-remarks.js'
import { warningLog } from './read.js'
import { loadUkCsv, reportDate } from './uk.js'
import { bracketedNames, loadUnXml, unNames } from './un.js'

const DATA = resolve(new URL('.', import.meta.url).pathname, '..', '..', '..', '..', 'shared', 'data')
const FIXTURES = new URL('../fixtures/', import.meta.url).pathname
const hasData = existsSync(DATA)
if (!hasData) console.warn(`skipping loader tests on real files: ${DATA} not found`)
const tmp = (name: string, text: string) => {
  const f = join(mkdtempSync(join(tmpdir(), 'cp-lists-')), name)
  writeFileSync(f, text)
  return f
}

describe('OFAC remarks', () => {
  test('DOB, POB, nationality, ids and weak aliases', () => {
    const p: Record<string, string[]> = {}
    parseRemarks("DOB 28 Sep 1973; POB Vinnitsa, Ukraine; nationality Russia; Tax ID No. 773407989940 (Russia); Registration Number 1027700167110 (Russia); a.k.a. 'VANYA'; Vessel Registration Identification IMO 7406784; Linked To: ROSOBORONEKSPORT OAO.", p)
    expect(p).toMatchObject({ birthDate: ['28 Sep 1973'], birthPlace: ['Vinnitsa, Ukraine'], nationality: ['Russia'], innCode: ['773407989940'], ogrnCode: ['1027700167110'], weakAlias: ['VANYA'], imoNumber: ['7406784'] })
  })
})

describe.skipIf(!hasData)('loaders on the real files in ../shared/data', () => {
  test('OFAC SDN 2024-05-03: all 14,965 records', () => {
    const r = loadOfacCsv([`${DATA}/ofac-sdn-2024-05/sdn_2024-05-03.csv`])
    expect(r.entities.length).toBe(14965)
    expect(r.asOf).toBe('2024-05-03')
    expect(r.entities.find((e) => e.id === 'ofac-35096')).toMatchObject({ schema: 'Person', caption: 'PUTIN, Vladimir Vladimirovich', properties: { birthDate: ['07 Oct 1952'] } })
    expect(r.entities.find((e) => e.id === 'ofac-306')?.properties.weakAlias).toEqual(['BNC'])
    // Regression: loaded without alt.csv, nothing said the aliases were missing.
    expect(r.warnings.join('\n')).toContain('no alt.csv in this load')
  })
  test('OFAC 2021-07 joinable set: aliases and addresses from alt.csv and add.csv', () => {
    const r = loadOfacCsv(['sdn', 'add', 'alt', 'sdn_comments'].map((f) => `${DATA}/ofac-sdn-2021-07/${f}.csv`))
    expect(r.entities.length).toBe(8976)
    expect(r.entities.find((e) => e.id === 'ofac-306')?.properties.alias).toEqual(['NATIONAL BANK OF CUBA'])
    expect(r.warnings.join('\n')).not.toContain('no alt.csv')
  })
  // Regression: with the 2025 add.csv and sdn_comments.csv beside the 2024 sdn.csv, their rows for
  // entities the sdn.csv lacks were dropped unsaid (only alt.csv's were counted).
  test('rows of add.csv, alt.csv and sdn_comments.csv for entities the sdn.csv lacks are each counted', () => {
    const r = loadOfacCsv([`${DATA}/ofac-sdn-2024-05/sdn_2024-05-03.csv`, ...['add', 'alt', 'sdn_comments'].map((f) => `${DATA}/ofac-add-alt-2025/${f}.csv`)])
    const said = r.warnings.join('\n')
    expect(said).toContain('add.csv row for an entity not in sdn.csv: 4893 (first: 17016)')
    expect(said).toContain('alt.csv row for an entity not in sdn.csv: 2460 (first: 17016)')
    expect(said).toMatch(/sdn_comments\.csv row for an entity not in sdn\.csv: \d+ \(first: \d+\)/)
    // So many that the files are of other dates: what makes a load refuse them without --force.
    expect(r.incomplete).toContain('alt.csv: 2,460 of its 20,107 rows (12.2%) name entities sdn_2024-05-03.csv lacks: a file of another date than sdn_2024-05-03.csv (OFAC publishes the files together; load those of one day)')
    expect(r.incomplete?.some((p) => p.startsWith('add.csv: 4,893 of its 24,244 rows'))).toBe(true)
  })
  test('OFAC consolidated non-SDN list', () => {
    const r = loadOfacCsv(['cons_prim', 'cons_add', 'cons_alt', 'cons_comments'].map((f) => `${DATA}/ofac-consolidated-nonsdn-2025/${f}.csv`))
    expect(r.entities.length).toBe(442)
    expect(r.entities[0].datasets).toEqual(['us_ofac_cons'])
  })
  test('UN consolidated XML: 730 individuals, 273 entities, Low aliases weak', () => {
    const r = loadUnXml([`${DATA}/un-consolidated-xml/UN_consolidated.xml`])
    expect(r.entities.filter((e) => e.schema === 'Person').length).toBe(730)
    expect(r.entities.filter((e) => e.schema === 'Organization').length).toBe(273)
    expect(r.asOf).toBe('2026-02-27')
    expect(r.entities.some((e) => e.properties.weakAlias?.length)).toBe(true)
  })
  test('BIS DPL: rows of one party merged; the year-3017 date is a warning, the record kept', () => {
    const r = loadBisDpl([`${DATA}/bis-dpl/dpl.txt`])
    expect(r.entities.length).toBeGreaterThan(400)
    expect(r.warnings.join()).toMatch(/bad Last_Update: 3 /)
    expect(r.entities.some((e) => e.caption === 'MANSOUR ZADEH')).toBe(true)
  })
  test.each([
    ['csl_2019_sample.csv', 115],
    ['consolidated_2025_sample.csv', 13],
  ])('CSL %s', (f, n) => {
    const r = loadCsl([`${DATA}/us-csl-samples/${f}`])
    expect(r.entities.length).toBe(n)
    expect(r.entities.some((e) => (e.properties.alias?.length ?? 0) > 1)).toBe(true)
  })
  test('OpenSanctions FtM: entities and relations', () => {
    const r = loadFtm([`${DATA}/opensanctions-ftm-sample/zala_aero_cluster.ftm.json`])
    expect(r.entities.length).toBe(91)
    expect(r.entities.filter((e) => e.schema === 'Ownership').length).toBe(14)
  })
})

// Regression: an abbreviation (a name property of newer FtM models) was dropped with a warning,
// so the company's short name ZALA was not screened.
test('FtM: a newer model\'s abbreviation is read as an alias, and the load says so', () => {
  const r = loadFtm([tmp('z.ftm.json', '{"id": "z1", "schema": "Company", "properties": {"name": ["ZALA AERO GROUP"], "abbreviation": ["ZALA"], "alias": ["ZALA AERO"]}}\n')])
  expect(r.entities[0].properties.alias).toEqual(['ZALA', 'ZALA AERO'])
  expect(r.warnings).toEqual(['property of a newer FtM model read as alias (Company.abbreviation)'])
})

// Regression: an OpenSanctions record showed no programmes (they are programId, not program) and
// its first_seen (when the crawler first saw it) as its listing date.
test('FtM: programmes and the listing date come from the Sanction entities that name the record', () => {
  const lines = [
    { id: 'c1', schema: 'Company', first_seen: '2023-04-20T00:00:00', properties: { name: ['ZALA AERO JSC'], programId: ['UA-SA1644'] } },
    { id: 's1', schema: 'Sanction', properties: { entity: ['c1'], startDate: ['2023-02-24'], programId: ['AU-RUSSIA'] } },
    { id: 's2', schema: 'Sanction', properties: { entity: ['c1'], listingDate: ['2025-03-15', '2023-12-18'], programId: ['EU-UKR', 'UA-SA1644'] } },
    { id: 'p1', schema: 'Person', first_seen: '2024-01-01T00:00:00', properties: { name: ['Ivan Petrov'] } },
  ]
  const r = loadFtm([tmp('s.ftm.json', lines.map((l) => JSON.stringify(l)).join('\n') + '\n')])
  const [c, , , p] = r.entities
  expect(c.listed).toBe('2023-02-24')
  expect(programsOf(c)).toEqual(['UA-SA1644', 'AU-RUSSIA', 'EU-UKR'])
  // No Sanction names it: no listing date is known.
  expect(p.listed).toBeUndefined()
  expect(programsOf(p)).toEqual([])
})

// Regression: 2025's alt.csv loaded with 2024's sdn.csv gave a list dated 2024-05-03 the aliases of
// 2025; the rows it could not place were only counted in a warning.
test('OFAC: an alt.csv of another date than sdn.csv (rows for entities sdn.csv lacks) is what shows the set mixed; one of the same day is not', () => {
  const mixed = loadOfacCsv(ofacFiles(entries([1, 2, 3]), { alt: [[1, 'ALPHA'], [7, 'SEVEN'], [8, 'EIGHT']] }))
  expect(mixed.incomplete).toEqual(['alt.csv: 2 of its 3 rows (66.7%) name entities sdn.csv lacks: a file of another date than sdn.csv (OFAC publishes the files together; load those of one day)'])
  const same = loadOfacCsv(ofacFiles(entries([1, 2, 3]), { alt: [[1, 'ALPHA'], [3, 'THREE']] }))
  expect(same.incomplete).toEqual([])
  expect(same.entities.find((e) => e.id === 'ofac-3')?.properties.alias).toEqual(['THREE'])
})

describe('EU and UK loaders on fixtures in the published layouts', () => {
  // fixtures/README.md: the EU rows of logical id 13 carry the values a test of moov-io/watchman
  // asserts on its copy of the real file (28/10/2022); the other rows are ours, in the same layout.
  test('EU FSF CSV: the 118-column layout, one row per name, birth date or identifier', () => {
    const r = loadEuFsf([`${FIXTURES}/eu-fsf.csv`])
    expect(r.asOf).toBe('2022-10-28')
    expect(r.entities.map((e) => [e.id, e.schema])).toEqual([['eu-fsf-13', 'Person'], ['eu-fsf-7201', 'Person'], ['eu-fsf-5501', 'Organization']])
    expect(r.entities[0].properties).toMatchObject({
      name: ['Saddam Hussein Al-Tikriti', 'Abu Ali', 'Abou Ali'],
      birthDate: ['1937-04-28'],
      birthPlace: ['al-Awja, near Tikrit'],
      notes: ['(UNSC RESOLUTION 1483)'],
    })
    expect(r.entities[1].properties).toMatchObject({ birthDate: ['1952-10-07'], nationality: ['RU'] })
    expect(r.entities[1].listed).toBe('2022-02-25')
    expect(r.entities[2].properties.registrationNumber).toEqual(['91440300MA5F3XYZ12'])
    // A quote inside an unquoted field is kept, as the published file has them.
    expect(r.entities[2].properties.name).toContain('Blue Hat "Lanmao" Trading')
    expect(r.warnings).toEqual([])
  })
  // Regression: the EU file writes its date day first (28/10/2022); read month first it was lost,
  // and 05/08/2022 became 8 May instead of 5 August.
  test.each([
    ['28/10/2022', '2022-10-28'],
    ['05/08/2022', '2022-08-05'],
    ['2022-10-28', '2022-10-28'],
    ['1937-04-28', '1937-04-28'],
    ['31/02/2022', undefined],
  ])('euDate(%s) = %s', (raw, iso) => expect(euDate(raw)).toBe(iso))
  test('UK OFSI ConList CSV: low-quality alias is weak', () => {
    const r = loadUkCsv([`${FIXTURES}/uk-conlist.csv`])
    expect(r.asOf).toBe('2025-01-15')
    expect(r.entities[1].properties).toMatchObject({ name: ['ZALA AERO'], weakAlias: ['ZALA'], alias: ['ZALA AERO GROUP'] })
  })
  // Regression: the UK Sanctions List, which replaced OFSI's list on 28 January 2026, was refused
  // ("missing column Group ID"): a user with today's UK file could not load it.
  test('UK Sanctions List CSV (FCDO, since 2026): one entity per Unique ID, OFSI Group ID kept as its id', () => {
    const r = loadUkCsv([`${FIXTURES}/uk-sanctions-list.csv`])
    expect(r.asOf).toBe('2026-03-04')
    expect(r.asOfBasis).toBe('from the file (Report Date line)')
    expect(r.warnings).toEqual([])
    expect(r.entities.map((e) => [e.id, e.schema])).toEqual([
      ['gb-hmt-7172', 'Person'], ['gb-hmt-12703', 'Organization'], ['gb-hmt-RUS9001', 'Vessel'], ['gb-hmt-RUS9002', 'Organization'],
    ])
    const [akhund, exchange, ship, firm] = r.entities
    expect(akhund.listed).toBe('2001-01-25')
    expect(akhund.properties).toMatchObject({
      name: ['MOHAMMAD HASSAN AKHUND', 'محمد حسن آخوند'], alias: ['MOHAMMED HASSAN AKHUND'], title: ['Mullah'], birthDate: ['1958'],
      birthPlace: ['Kandahar, Afghanistan'], nationality: ['Afghanistan'], idNumber: ['TAi.002'],
      program: ['The Afghanistan (Sanctions) (EU Exit) Regulations 2020'],
    })
    expect(exchange.properties).toMatchObject({ weakAlias: ['HAJI KHAIRULLAH MONEY EXCHANGE'], country: ['Pakistan'], address: ['Chaman Central Bazaar, Chaman, Baluchistan Province, Pakistan'] })
    expect(ship.properties.imoNumber).toEqual(['9123456'])
    expect(firm.properties).toMatchObject({ name: ['SEVERNAYA ZVEZDA', 'ООО СЕВЕРНАЯ ЗВЕЗДА'], alias: ['NORTHERN STAR, LLC'], registrationNumber: ['1027700132195'] })
  })
  test.each([
    ['Report Date: 13-Feb-2026', '2026-02-13'],
    ['Report Date: 1-Jul-2026', '2026-07-01'],
    ['Report Date: 21-Foo-2026', undefined],
    ['Last Updated,01/07/2026', undefined],
  ])('reportDate(%s) = %s', (line, iso) => expect(reportDate(line)).toBe(iso))
  // A target whose rows give no name was left out without a word.
  test('a UK target without a name is counted in the warnings, not dropped silently', () => {
    const r = loadUkCsv([tmp('uk.csv', 'Report Date: 13-Feb-2026\nUnique ID,Name 6,Name type,Designation Type\nA1,ACME,Primary Name,Entity\nB2,,Primary Name,Entity\n')])
    expect(r.entities.map((e) => e.id)).toEqual(['gb-hmt-A1'])
    expect(r.warnings).toEqual(['target without a name (skipped) (B2)'])
  })
  test('a UK csv of neither layout is refused, naming both', () => {
    expect(() => loadUkCsv([tmp('uk.csv', 'Name,Country\nX,Y\n')])).toThrow('uk.csv: missing column "Unique ID" or "Group ID"')
    expect(() => loadUkCsv([tmp('uk.csv', 'Report Date: 13-Feb-2026\nUnique ID,Name 6\nA1,X\n')])).toThrow('uk.csv: missing column Name type, Designation Type (UK Sanctions List csv)')
  })
  test('UK OFSI ConList CSV: the values a test of moov-io/watchman asserts on the real file', () => {
    const e = loadUkCsv([`${FIXTURES}/uk-conlist.csv`]).entities.find((x) => x.id === 'gb-hmt-12431')!
    expect(e.schema).toBe('Organization')
    expect(e.listed).toBe('2011-12-02')
    expect(e.properties).toMatchObject({
      name: ['(GENERAL) ORGANIZATION FOR ENGINEERING INDUSTRIES'],
      address: ['PO Box 21120, Baramkeh, Damascus, Syria'],
      country: ['Syria'],
    })
    expect(e.properties.notes[0]).toMatch(/^\(UK Sanctions List Ref\):SYR0306 \(UK Statement of Reasons\):Front company/)
  })
})

describe('bad input names the file and the record', () => {
  test('broken XML', () => expect(() => loadUnXml([tmp('un.xml', '<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL></INDIVIDUALS>')])).toThrow(/un\.xml:\d+: broken xml/))
  test('missing columns', () => expect(() => loadBisDpl([tmp('dpl.txt', 'Name\tCity\n"A"\t"B"\n')])).toThrow(/dpl\.txt: missing column "Street_Address"/))
  test('OFAC row with a bad ent_num', () => expect(() => loadOfacCsv([tmp('sdn.csv', 'x1,"A",-0- ,"P",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n')])).toThrow('sdn.csv:1: column ent_num: bad value "x1"'))
  test('OFAC file of the wrong shape', () => expect(() => loadOfacCsv([tmp('sdn.csv', 'a,b,c\n')])).toThrow(/3 columns/))
  test('malformed FtM line', () => expect(() => loadFtm([tmp('x.ftm.json', '{"id": "a", "schema": "Person"}\n{oops\n')])).toThrow('x.ftm.json:2: malformed json'))
  test('missing file', () => expect(() => loadFtm(['/nonexistent/x.json'])).toThrow('cannot read list file /nonexistent/x.json: ENOENT'))
})

// Regression: a warning met once read "...: 1 (first: sdn.csv)".
test('a warning met once names its case; met more often, how many and the first', () => {
  const log = warningLog()
  log.warn('record without name', 'sdn.csv:3')
  log.warn('unknown sdn type', '10: ship')
  log.warn('unknown sdn type', '11: plane')
  expect(log.list()).toEqual(['record without name (sdn.csv:3)', 'unknown sdn type: 2 (first: 10: ship)'])
})

describe('UN aliases with their other spellings in a bracket', () => {
  test.each([
    ['حسن غول (Hassan Ghul; Hassan Gul; Hasan Gul)', ['حسن غول', 'Hassan Ghul', 'Hassan Gul', 'Hasan Gul']],
    ['Akrin Saleh Akrin (أقرين صالح أقرين)', ['Akrin Saleh Akrin (أقرين صالح أقرين)']],
    ['Encep Nurjaman (birth name)', ['Encep Nurjaman (birth name)']],
    ['EL PARA (COMBAT NAME)', ['EL PARA (COMBAT NAME)']],
    ['Hay’at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original script); Hay’at Tahrir al-Sham)', ['Hay’at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original script); Hay’at Tahrir al-Sham)']],
  ])('%s', (value, names) => expect(bracketedNames(value)).toEqual(names))
})

// Regression: names the UN separates by semicolons or letters stayed one name (Great Lakes
// Business Company scored 0.40 against its own record).
describe('UN name fields holding several names', () => {
  test.each([
    ['Azim Adhajani; Azim Agha-Jani', ['Azim Adhajani', 'Azim Agha-Jani']],
    ['COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES BUSINESS COMPANY (GLBC)', ['COMPAGNIE AERIENNE DES GRANDS LACS (CAGL)', 'GREAT LAKES BUSINESS COMPANY (GLBC)']],
    ['Mohammed Sabet; Mohammad Sabet b) M. Javad Kareemi Sabet; M. Jawad Karimi Sabet', ['Mohammed Sabet', 'Mohammad Sabet', 'M. Javad Kareemi Sabet', 'M. Jawad Karimi Sabet']],
    ['حسن غول (Hassan Ghul; Hassan Gul)', ['حسن غول', 'Hassan Ghul', 'Hassan Gul']],
    ['Encep Nurjaman (birth name)', ['Encep Nurjaman (birth name)']],
    ['CHANG AN SHIPPING & TECHNOLOGY', ['CHANG AN SHIPPING & TECHNOLOGY']],
  ])('%s', (value, names) => expect(unNames(value)).toEqual(names))
})

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openFixture, type Fixture } from '../test-support/app.js'
import { foldConfusables } from './text/confusables.js'
import { analyseName } from './text/names.js'

// Regression: a zero-width or look-alike character inside a listed name gave 0 hits.
let f: Fixture
beforeAll(async () => {
  f = await openFixture()
})
afterAll(() => f.close())

/** Format characters (Unicode category Cf) that render as nothing in most fonts. */
const INVISIBLE: [string, string][] = [
  ['zero-width space', '\u200b'],
  ['zero-width non-joiner', '\u200c'],
  ['zero-width joiner', '\u200d'],
  ['soft hyphen', '\u00ad'],
  ['word joiner', '\u2060'],
  ['BOM', '\ufeff'],
]
/** Latin letters and the Cyrillic letters drawn like them. */
const LOOK_ALIKE: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
}
const spoof = (name: string) => [...name].map((c) => LOOK_ALIKE[c] ?? c).join('')

/** Listed names of the fixture's lists, each with the schema it is screened as. */
const LISTED: [string, string][] = [
  ['Vladimir Putin', 'Person'],
  ['Zala Aero Group', 'Company'],
]

function evasions(name: string): [string, string][] {
  const mid = Math.ceil(name.length / 3)
  return [
    ...INVISIBLE.map(([label, ch]): [string, string] => [
      label,
      name.slice(0, mid) + ch + name.slice(mid),
    ]),
    ...INVISIBLE.map(([label, ch]): [string, string] => [
      `${label} in every word`,
      name
        .split(' ')
        .map((w) => w[0] + ch + w.slice(1))
        .join(' '),
    ]),
    ['Cyrillic look-alikes throughout', spoof(name)],
    ['one Cyrillic look-alike', name.replace(/[aeoOPTAK]/, (c) => LOOK_ALIKE[c])],
  ]
}

describe('evasive spellings of listed names still hit', () => {
  const cases = LISTED.flatMap(([name, schema]) =>
    evasions(name).map(([how, q]) => ({ name, schema, how, q }))
  )
  test.each(cases)('$how: $q', ({ name, schema, q }) => {
    const plain = f.screening.screen({ name, schema }).hits[0]
    const hits = f.screening.screen({ name: q, schema }).hits
    expect(hits.length).toBeGreaterThan(0)
    expect(hits[0].entity.id).toBe(plain.entity.id)
    expect(hits[0].score).toBeGreaterThanOrEqual(0.9)
  })

  test('the answer says invisible characters were removed', () => {
    const r = f.screening.screen({ name: 'Pu\u200btin Vladimir', schema: 'Person' })
    expect(r.warnings).toContainEqual(expect.stringMatching(/^the query held 1 invisible format character .*: removed before matching$/))
  })

  test('the hit says the query was folded', () => {
    const hit = f.screening.screen({ name: spoof('Zala Aero Group'), schema: 'Company' }).hits[0]
    expect(JSON.stringify(hit.features)).toContain('look-alike letters folded')
  })

  test('over the API: /screen and /match answer the zero-width name', async () => {
    const res = await f.app.request(`/screen?name=${encodeURIComponent('Pu\u200btin Vladimir')}`)
    expect((await res.json()).hits.length).toBeGreaterThan(0)
    const body = {
      queries: { q: { schema: 'Person', properties: { name: [spoof('Vladimir Putin')] } } },
    }
    const m = await f.app.request('/match/default', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    expect((await m.json()).responses.q.results.length).toBeGreaterThan(0)
  })
})

describe('honest names are not rewritten', () => {
  test.each([
    ['Smith', ['smith']],
    ['Muammar', ['muammar']],
    ['10 Tons', ['10 tons']],
  ])('analyseName(%s) has no folded reading', (name, texts) =>
    expect(analyseName(name, 'Person').map((f) => f.text)).toEqual(texts)
  )
  test('a Cyrillic name of look-alikes keeps its Cyrillic reading first', () => {
    const forms = analyseName('НЕСТОР', 'Person')
    expect(forms[0].text).toBe('nestor')
    expect(forms.at(-1)!.via).toContain('look-alike')
  })
})

describe('foldConfusables', () => {
  test.each([
    ['Vlаdimir Рutin', 'Vladimir Putin'],
    ['РАТОМ', 'PATOM'],
    ['ООО Ромашка', undefined],
    ['Путин', undefined],
    ['Smith', undefined],
  ])('foldConfusables(%s) = %s', (a, b) => expect(foldConfusables(a)).toBe(b))
})

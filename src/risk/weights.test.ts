import { describe, expect, test } from 'vitest'
import { AppError } from '../errors.js'
import { weightsFile } from './test-support/shipments.js'
import { loadWeights } from './weights.js'

function loadError(file: string): string[] {
  try {
    loadWeights(file)
  } catch (err) {
    expect(err).toBeInstanceOf(AppError)
    return (err as AppError).details ?? [(err as Error).message]
  }
  throw new Error('no error')
}

describe('the weights table', () => {
  test('the built-in file loads, with its version and the corridor list resolved to ISO codes', () => {
    const w = loadWeights()
    expect(w.version).toMatch(/^sha256:[0-9a-f]{16}$/)
    expect(w.review_at).toBe(30)
    expect(w.points.party_match).toBe(60)
    expect([...w.corridorList[0].via]).toEqual([
      'ARM',
      'GEO',
      'KAZ',
      'KGZ',
      'UZB',
      'TUR',
      'ARE',
      'HKG',
    ])
    expect(w.corridorList[0].origins.has('DEU')).toBe(true)
    expect(w.corridorList[0].origins.has('CHN')).toBe(false)
  })

  test('a file with other points loads and gets another version', () => {
    const file = weightsFile((y) => y.replace('corridor: 30', 'corridor: 45'))
    const w = loadWeights(file)
    expect(w.points.corridor).toBe(45)
    expect(w.version).not.toBe(loadWeights().version)
    expect(w.file).toBe(file)
  })

  test.each([
    [
      'a point that is not a number',
      (y: string) => y.replace('corridor: 30', 'corridor: thirty'),
      /:\d+: points\.corridor: expected number, got "thirty"$/,
    ],
    [
      'a misspelt factor',
      (y: string) => y.replace('new_consignee: 22', 'new_consigne: 22'),
      /:\d+: points: unknown key "new_consigne"$/,
    ],
    [
      'a missing factor',
      (y: string) => y.replace('  unit_value: 30\n', ''),
      /:\d+: points\.unit_value: missing \(expected number\)$/,
    ],
    [
      'an unknown country in the corridor list',
      (y: string) =>
        y.replace(
          'via: [ARM, GEO, KAZ, KGZ, UZB, TUR, ARE, HKG]\n        destination',
          'via: [ARM, Kirgizia]\n        destination'
        ),
      /:\d+: settings\.corridors\.list\[0\]\.via\[1\]: unknown country "Kirgizia"/,
    ],
    [
      'a YAML syntax error',
      (y: string) => y.replace('review_at: 30', 'review_at: [30'),
      /:\d+: YAML syntax error/,
    ],
  ])('%s: file, line, path and reason', (_label, edit, message) => {
    const file = weightsFile(edit)
    const lines = loadError(file)
    expect(lines.every((l) => l.startsWith(`${file}:`))).toBe(true)
    expect(
      lines.filter((l) => message.test(l)),
      lines.join('\n')
    ).toHaveLength(1)
  })

  test('a weights file that does not exist is named', () => {
    expect(() => loadWeights('/no/such/weights.yaml')).toThrow(
      'no such weights file: /no/such/weights.yaml'
    )
  })
})

import { describe, expect, test } from 'vitest'
import { checkAsOf, localDay } from './dating.js'

// Noon of 3 December 2026 on the local calendar: the same day in any time zone the tests run in.
const today = new Date(2026, 11, 3, 12)

describe('checkAsOf: a list version date as the user states it', () => {
  test.each([['2024-05-03'], ['2024-02-29'], ['2026-12-03'], ['2026-12-04']])('%s is kept', (raw) => {
    // The day after: already today at UTC+14, where a publisher may have dated its list.
    expect(checkAsOf(raw, { today })).toBe(raw)
  })
  test.each([
    ['2062-05-03', 'invalid --as-of: "2062-05-03" (a date after today, 2026-12-03)'],
    ['2026-12-05', 'invalid --as-of: "2026-12-05" (a date after today, 2026-12-03)'],
    ['2024-13-01', 'invalid --as-of: "2024-13-01" (no such date)'],
    ['2024-02-30', 'invalid --as-of: "2024-02-30" (no such date)'],
    ['2023-02-29', 'invalid --as-of: "2023-02-29" (no such date)'],
    ['2024-00-10', 'invalid --as-of: "2024-00-10" (no such date)'],
    ['2024-5-3', 'invalid --as-of: "2024-5-3" (expected YYYY-MM-DD)'],
    ['03.05.2024', 'invalid --as-of: "03.05.2024" (expected YYYY-MM-DD)'],
  ])('%s is refused', (raw, message) => {
    expect(() => checkAsOf(raw, { today })).toThrow(message)
  })
  test('the message names the field the user gave it in', () => {
    expect(() => checkAsOf('2062-05-03', { today, name: 'as_of' })).toThrow('invalid as_of: "2062-05-03"')
  })
  test('localDay is the calendar day where the process runs', () => {
    expect(localDay(today)).toBe('2026-12-03')
    expect(localDay(new Date(987, 0, 5))).toBe('0987-01-05')
  })
})

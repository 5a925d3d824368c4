import { expect, test } from 'vitest'
import { syntheticList } from './synthetic-list.js'

test('the same seed gives the same list; another seed another', () => {
  expect(syntheticList(50, 7)).toEqual(syntheticList(50, 7))
  expect(syntheticList(50, 8)).not.toEqual(syntheticList(50, 7))
})

test('persons and companies with multi-part names and a vocabulary that grows with the list', () => {
  const list = syntheticList(20_000, 1)
  const persons = list.filter((e) => e.schema === 'Person')
  expect(persons.length / list.length).toBeGreaterThan(0.55)
  expect(persons.length / list.length).toBeLessThan(0.65)
  expect(list.every((e) => e.caption.split(' ').length >= 2)).toBe(true)
  expect(list.filter((e) => e.schema !== 'Person').every((e) => /\b(LLC|Ltd|JSC|OOO|GmbH|FZE|LLP|AO|Limited|Inc)$/.test(e.caption))).toBe(true)
  const words = new Set(list.flatMap((e) => e.caption.toLowerCase().split(/[\s,.-]+/)))
  expect(words.size).toBeGreaterThan(5000)
  expect(list[0].id).toBe('syn-1-0')
})

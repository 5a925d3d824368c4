import { expect, test } from 'vitest'
import { foldTraditional } from './han-script.js'
import { hanVariants, segmentHan } from './han-names.js'

test.each([
  ['長安海連技術有限公司', '长安海连技术有限公司'],
  ['華信船務(香港)有限公司', '华信船务(香港)有限公司'],
  ['臺灣', '台湾'],
  ['北京精密机械有限公司', '北京精密机械有限公司'],
  ['Acme 國際', 'Acme 国际'],
])('foldTraditional(%s) = %s', (a, b) => expect(foldTraditional(a)).toBe(b))

// Regression: names in traditional characters (UN KPe.055, KPe.059, KPe.073) found no table word.
test('a traditional name finds the simplified table words, its pinyin read as written', () => {
  const texts = hanVariants(['長安海連技術有限公司'], false).map((v) =>
    v.tokens.map((t) => t.text).join(' ')
  )
  expect(texts).toContain('changanhailian technology')
})

// Regression: 華信船務(香港)有限公司 read 香港 as part of the name (only a leading place was a place).
test('a place written as a word of its own is a place anywhere in the name', () => {
  const { segments } = segmentHan('華信船務香港有限公司', [0, 4, 6])
  expect(segments.map((s) => [s.kind, s.written])).toEqual([
    ['chunk', '華信'],
    ['generic', '船務'],
    ['place', '香港'],
  ])
  // Inside a word it stays part of the name.
  expect(segmentHan('华信香港船务有限公司').segments.map((s) => s.kind)).toEqual([
    'chunk',
    'generic',
  ])
})

import { aliasPositives, sharedWordNegatives } from './aliases.js'
import {
  generateDifferingParts,
  mineDifferingParts,
  mineSpellingControls,
} from './differing-part.js'
import { mineDistinctiveWords, mineOneWordControls } from './distinctive-word.js'
import { formNegatives, generateFormPairs, mineFormPairs } from './legal-form.js'
import { CLASSES, type DevClass, type DevPair, type Found, type ListRecord } from './model.js'
import { generateVariants, variantNegatives } from './name-variants.js'
import { sample, sampleBy } from './sample.js'
import { scriptPairs } from './scripts.js'
import { findSwappedBin } from './swapped-bin.js'
import { fold } from './text.js'

/**
 * The screening dev set: labelled name pairs by failure class, mined and generated from the
 * public lists only, sampled with fixed seeds to a few hundred a class (the eval stays well
 * under a minute). Same records in, same pairs out, in the same order.
 */
export type DevSet = Record<DevClass, DevPair[]>

/** Most positives and negatives a class keeps. */
const MAIN = 300
const CONTROLS = 150

const rewrite = (p: DevPair) => p.how.replace(/^.*(generated: |rewritten: )/, '')

function builders(records: ListRecord[]): Record<DevClass, () => Found> {
  const distinct = mineDistinctiveWords(records)
  const byList = (source: ListRecord['source']) => records.filter((r) => r.source === source)
  return {
    'differing-part': () => ({
      positives: sample(mineSpellingControls(records), CONTROLS, 'differing-part+'),
      negatives: [
        ...sample(mineDifferingParts(records), (MAIN * 2) / 3, 'differing-part-mined'),
        ...sample(
          generateDifferingParts(records, 'differing-part'),
          MAIN / 3,
          'differing-part-generated'
        ),
      ],
    }),
    'swapped-bin': () => {
      const f = findSwappedBin(records)
      return {
        positives: sample(f.positives, CONTROLS, 'swapped-bin+'),
        negatives: sample(f.negatives, MAIN, 'swapped-bin-'),
      }
    },
    'distinctive-word': () => ({
      positives: sample(mineOneWordControls(records), CONTROLS, 'distinctive-word+'),
      negatives: sample(distinct, MAIN, 'distinctive-word-'),
    }),
    'legal-form': () => ({
      positives: [
        ...sample(mineFormPairs(records), MAIN / 2, 'legal-form-mined'),
        ...sampleBy(
          generateFormPairs(records, 'legal-form'),
          rewrite,
          MAIN / 2,
          'legal-form-generated'
        ),
      ],
      negatives: sample(formNegatives(distinct, 'legal-form'), CONTROLS, 'legal-form-'),
    }),
    'name-variants': () => ({
      positives: sampleBy(
        generateVariants(records, 'name-variants'),
        rewrite,
        MAIN,
        'name-variants+'
      ),
      negatives: sampleBy(
        variantNegatives(
          [...mineDifferingParts(records, 2), ...distinct],
          records,
          'name-variants'
        ),
        rewrite,
        CONTROLS,
        'name-variants-'
      ),
    }),
    'arabic-script': () => {
      const f = scriptPairs(byList('un'), ['arabic'], 'Arabic-script')
      return {
        positives: sample(f.positives, MAIN, 'arabic-script+'),
        negatives: sample(f.negatives, MAIN, 'arabic-script-'),
      }
    },
    'cross-script-han-cyrillic': () => {
      const f = (['un', 'ftm'] as const).map((s) =>
        scriptPairs(byList(s), ['han', 'cyrillic'], 'Han/Cyrillic')
      )
      return {
        positives: sample(
          f.flatMap((x) => x.positives),
          MAIN,
          'cross-script+'
        ),
        negatives: sample(
          f.flatMap((x) => x.negatives),
          MAIN,
          'cross-script-'
        ),
      }
    },
    aliases: () => ({
      positives: sample(aliasPositives(records, 'aliases'), MAIN, 'aliases+'),
      negatives: sample(sharedWordNegatives(records), MAIN, 'aliases-'),
    }),
  }
}

/** Positives then negatives, each pair once; a pair found with both labels is dropped as a negative. */
function settle({ positives, negatives }: Found): DevPair[] {
  const key = (p: DevPair) => `${fold(p.name1)}\u0000${fold(p.name2)}`
  const seen = new Set<string>()
  const once = (p: DevPair) => !seen.has(key(p)) && !!seen.add(key(p))
  return [...positives.filter(once), ...negatives.filter(once)]
}

export function buildDevSet(records: ListRecord[]): DevSet {
  const make = builders(records)
  return Object.fromEntries(CLASSES.map((c) => [c, settle(make[c]())])) as DevSet
}

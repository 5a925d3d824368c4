import { normaliseTerm, type Vocabulary } from './model.js'

/** A lot's evidence cell read: the kinds recognised, and the items no kind could be read from (kept as written). */
export interface EvidenceRead {
  kinds: string[]
  unrecognised: string[]
}

// Words that make an item say the evidence is absent or not yet there ("no CoA", "CoA pending"):
// such an item is never read as the evidence given.
const NEGATION = new Set([
  'no',
  'not',
  'without',
  'missing',
  'pending',
  'awaiting',
  'requested',
  'expired',
  'lacking',
  'absent',
  'unavailable',
  'none',
  'invalid',
  'rejected',
  'tbc',
  'tbd',
])

const words = (s: string) =>
  normaliseTerm(s)
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .split(' ')
    .filter(Boolean)

/**
 * Reads an evidence cell: items separated by ";" or "|". An item that is a kind's name or alias
 * is that kind. Free text ("CoA #123", "certificate of analysis dated 2024-03-01") is read by its
 * words: each kind one of whose names appears in it as whole words. An item whose words name no
 * kind, or that says the evidence is missing or pending, is kept as written (`unrecognised`):
 * never a bad row (people write references and dates beside the kind), never evidence given.
 */
export function readEvidence(text: string, v: Vocabulary): EvidenceRead {
  const kinds: string[] = []
  const unrecognised: string[] = []
  for (const item of text
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const exact = v.evidence.get(normaliseTerm(item))
    const found = exact ? [exact] : kindsNamedIn(item, v)
    if (found.length) kinds.push(...found.filter((k) => !kinds.includes(k)))
    else unrecognised.push(item)
  }
  return { kinds, unrecognised }
}

function kindsNamedIn(item: string, v: Vocabulary): string[] {
  const tokens = words(item)
  if (tokens.some((t) => NEGATION.has(t))) return []
  const padded = ` ${tokens.join(' ')} `
  const hits = [...v.evidence]
    .map(([name, id]) => ({ phrase: ` ${words(name).join(' ')} `, id }))
    .filter((h) => h.phrase.trim() && padded.includes(h.phrase))
    .sort((a, b) => b.phrase.length - a.phrase.length)
  // The longest name wins where one holds another: "lme production evidence" is the LME's kind,
  // not also "production evidence".
  const kept: typeof hits = []
  for (const h of hits) if (!kept.some((k) => k.phrase.includes(h.phrase))) kept.push(h)
  return [...new Set(kept.map((k) => k.id))]
}

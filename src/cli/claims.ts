import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { articleDate, dayText, parseDay } from '../claims/article-date.js'
import { checkClaims, type ClaimCheck } from '../claims/check.js'
import { extractClaims, type ExtractedClaim } from '../claims/extract.js'
import { parseClaims } from '../claims/load.js'
import { claimsYaml } from '../claims/yaml.js'
import { badInput } from '../errors.js'
import type { Store } from '../store/store.js'

// The files of `claims extract` and `claims check`, read here at the edge; the domain gets text.

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    throw badInput(`no such ${what}: "${file}"`)
  }
}

export function extractFile(file: string, date?: string): { source: string; date: string | null; claims: ExtractedClaim[]; yaml: string } {
  const text = readText(file, 'article')
  const given = date === undefined ? undefined : parseDay(date)
  if (date !== undefined && !given) throw badInput(`invalid date: "${date}" (expected YYYY-MM-DD)`)
  const day = given ?? articleDate(text)
  const claims = extractClaims(text, { date: day })
  const source = basename(file)
  const dated = day ? dayText(day) : null
  return { source, date: dated, claims, yaml: claimsYaml(claims, { source, date: dated }) }
}

export async function checkFile(store: Store, file: string, db?: string): Promise<ClaimCheck[]> {
  return checkClaims(store, parseClaims(readText(file, 'claims file'), file), { db })
}

import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import { basename } from 'node:path'
import { parse } from 'csv-parse/sync'
import { badInput } from '../../errors.js'
import type { Entity } from '../model.js'

/**
 * What a loader hands back: entities, the as-of date the file states and where it says so,
 * the sections or files the load held (`parts`), what shows the file was cut (`incomplete`:
 * a missing section or end marker), and warnings with counts.
 */
export interface LoadResult {
  entities: Entity[]
  asOf?: string
  asOfBasis?: string
  parts?: string[]
  incomplete?: string[]
  warnings: string[]
}

/**
 * Collects warnings by kind so a file with 3,000 odd dates gives one line with a count, plus
 * the first example, instead of 3,000 lines (DESIGN.md failure policy).
 */
export function warningLog() {
  const kinds = new Map<string, { count: number; example: string }>()
  return {
    warn(kind: string, example: string) {
      const k = kinds.get(kind)
      if (k) k.count++
      else kinds.set(kind, { count: 1, example })
    },
    list(): string[] {
      // Once: the case itself; more often: how many, and the first.
      return [...kinds.entries()].map(([kind, { count, example }]) => (count === 1 ? `${kind} (${example})` : `${kind}: ${count} (first: ${example})`))
    },
  }
}
export type WarningLog = ReturnType<typeof warningLog>

/**
 * Reads a list file as published: UTF-8 when it decodes as UTF-8, else Latin-1 (OFAC's legacy
 * CSV); a trailing DOS end-of-file byte (0x1A, in OFAC files) and a BOM are dropped.
 */
export function readText(file: string): string {
  let buf: Buffer
  try {
    buf = readFileSync(file)
  } catch (err) {
    throw badInput(`cannot read list file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf)
  } catch {
    text = buf.toString('latin1')
  }
  return text.replace(/^\uFEFF/, '').replace(/\u001A+\s*$/, '')
}

/**
 * Whether a file ends with the DOS end-of-file byte (0x1A) OFAC writes after its last line: a
 * download cut short lacks it. Trailing line breaks after the marker are allowed.
 */
export function endsWithEofMarker(file: string): boolean {
  const fd = openSync(file, 'r')
  try {
    const size = fstatSync(fd).size
    const tail = Buffer.alloc(Math.min(8, size))
    readSync(fd, tail, 0, tail.length, size - tail.length)
    return /\x1a[\r\n]*$/.test(tail.toString('latin1'))
  } finally {
    closeSync(fd)
  }
}

/** Parses CSV text into rows of strings; a syntax error names the file and line. */
export function parseCsv(text: string, file: string, delimiter = ','): string[][] {
  try {
    return parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true }) as string[][]
  } catch (err) {
    const e = err as { lines?: number; message: string }
    throw badInput(`${basename(file)}:${e.lines ?? '?'}: malformed csv: ${e.message}`)
  }
}

/** Rows of a CSV with a header as objects; required columns must be present. */
export function csvRecords(text: string, file: string, required: string[], delimiter = ','): Record<string, string>[] {
  const rows = parseCsv(text, file, delimiter)
  if (!rows.length) throw badInput(`${basename(file)}: empty file`)
  const header = rows[0].map((h) => h.trim())
  const missing = required.filter((c) => !header.includes(c))
  if (missing.length) throw badInput(`${basename(file)}: missing column ${missing.map((m) => `"${m}"`).join(', ')} (found: ${header.slice(0, 8).join(', ')}...)`)
  return rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, (r[i] ?? '').trim()])))
}

/** An as-of date from a file name such as sdn_2024-05-03.csv. */
export function dateFromFileName(file: string): string | undefined {
  return /(\d{4}-\d{2}-\d{2})/.exec(basename(file))?.[1]
}

/** A valid ISO date (YYYY-MM-DD) in a plausible range, or undefined (the BIS file has 3017). */
export function isoDate(raw: string, { min = 1900, max = new Date().getFullYear() + 1 } = {}): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw.trim())
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw.trim())
  // US lists (BIS, CSL) write month/day/year.
  const m = iso ? [iso[0], iso[1], iso[2], iso[3]] : us ? [us[0], us[3], us[1].padStart(2, '0'), us[2].padStart(2, '0')] : undefined
  if (!m) return undefined
  const y = Number(m[1])
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`)
  if (y < min || y > max || Number.isNaN(d.getTime()) || d.getUTCDate() !== Number(m[3])) return undefined
  return `${m[1]}-${m[2]}-${m[3]}`
}

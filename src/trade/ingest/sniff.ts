import { createReadStream } from 'node:fs'
import { open, readFile, stat } from 'node:fs/promises'
import { isUtf8 } from 'node:buffer'
import { createHash } from 'node:crypto'
import { parse } from 'csv-parse/sync'
import { badInput } from '../../errors.js'

export interface Sniffed {
  header: string[]
  delimiter: string
  bytes: number
}

const DELIMITERS = [',', ';', '\t', '|']

/**
 * Reads the header line of a CSV file: checks it exists, is text, and guesses the delimiter
 * from it. Only the first 64 KB are read.
 */
export async function sniff(file: string): Promise<Sniffed> {
  const info = await stat(file).catch(() => {
    throw badInput(`no such file: ${file}`)
  })
  if (!info.isFile()) throw badInput(`not a file: ${file}`)
  if (info.size === 0) throw badInput(`${file}: empty file (expected a CSV header line)`)
  const handle = await open(file, 'r')
  const buf = Buffer.alloc(Math.min(info.size, 65536))
  await handle.read(buf, 0, buf.length, 0)
  await handle.close()
  const end = buf.indexOf(10)
  const first = stripBom(buf.subarray(0, end < 0 ? buf.length : end))
  // A NUL byte never occurs in CSV text: the file is binary (a spreadsheet, an archive, a program).
  if (buf.includes(0) || !isUtf8(first)) throw badInput(`${file}: not a text file (binary data in the first ${buf.length} bytes; expected a CSV file)`)
  const line = first.toString('utf8').replace(/\r$/, '')
  if (!line.trim()) throw badInput(`${file}:1: empty header line (expected column names)`)
  const delimiter = DELIMITERS.map((d) => [d, line.split(d).length] as const).sort((a, b) => b[1] - a[1])[0][0]
  let rows: string[][]
  try {
    rows = parse(line, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][]
  } catch (err) {
    throw badInput(`${file}:1: unreadable header line: ${(err as Error).message}`)
  }
  return { header: rows[0] ?? [], delimiter, bytes: info.size }
}

function stripBom(b: Buffer): Buffer {
  return b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b
}

/** Longest line a load reads, in bytes, unless told otherwise (DuckDB's own default). */
export const DEFAULT_MAX_LINE_BYTES = 2 * 1024 * 1024

/**
 * sha256 of the file's bytes, streamed, checking on the way that no line is longer than
 * `maxLine` bytes. DuckDB's reader dropped an over-long last line without a word and gave raw
 * messages for one in the middle, so the limit is ours, named in the error with the line.
 */
export async function hashFile(file: string, extra: string, maxLine = DEFAULT_MAX_LINE_BYTES): Promise<string> {
  const hash = createHash('sha256')
  let line = 1
  let length = 0
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const buf = chunk as Buffer
    hash.update(buf)
    let start = 0
    for (let nl = buf.indexOf(10); nl >= 0; start = nl + 1, nl = buf.indexOf(10, start)) {
      if (length + nl - start > maxLine) throw lineTooLong(file, line, maxLine)
      length = 0
      line++
    }
    length += buf.length - start
    if (length > maxLine) throw lineTooLong(file, line, maxLine)
  }
  hash.update('\0' + extra)
  return hash.digest('hex')
}

function lineTooLong(file: string, line: number, max: number): Error {
  return badInput(`${file}:${line}: line too long: more than ${max} bytes (raise the limit with --max-line-bytes if the file is right); nothing was loaded`)
}

/** Line number (1-based) of the first line that is not valid UTF-8, or undefined. */
export async function firstNonUtf8Line(file: string): Promise<number | undefined> {
  let line = 1
  let carry = Buffer.alloc(0)
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    let buf = Buffer.concat([carry, chunk as Buffer])
    let nl: number
    while ((nl = buf.indexOf(10)) >= 0) {
      if (!isUtf8(buf.subarray(0, nl))) return line
      buf = buf.subarray(nl + 1)
      line++
    }
    carry = buf
  }
  return carry.length && !isUtf8(carry) ? line : undefined
}

/** The JSON mapping file of the csv format, parsed; errors name the file. */
export async function readMap(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw badInput(`no such mapping file: ${path}`)
  })
  try {
    return JSON.parse(text)
  } catch (err) {
    throw badInput(`${path}: invalid JSON (${(err as Error).message})`)
  }
}

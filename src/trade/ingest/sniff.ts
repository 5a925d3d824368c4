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
  const line = stripBom(buf.subarray(0, end < 0 ? buf.length : end)).toString('utf8').replace(/\r$/, '')
  if (!line.trim()) throw badInput(`${file}:1: empty header line (expected column names)`)
  const delimiter = DELIMITERS.map((d) => [d, line.split(d).length] as const).sort((a, b) => b[1] - a[1])[0][0]
  const header = (parse(line, { delimiter, relax_quotes: true }) as string[][])[0] ?? []
  return { header, delimiter, bytes: info.size }
}

function stripBom(b: Buffer): Buffer {
  return b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b
}

/** sha256 of the file's bytes, streamed. */
export async function hashFile(file: string, extra: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer)
  hash.update('\0' + extra)
  return hash.digest('hex')
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

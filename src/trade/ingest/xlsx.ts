import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, open, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'
import { AppError, badInput } from '../../errors.js'
import type { Format } from '../formats/format.js'
import { FORMATS } from '../formats/index.js'
import { RELATIONAL_HEADER, createSheetReader, type CellValue, type RelationalRow } from '../formats/databrowser.js'

/** Whether a file is an xlsx workbook: a zip archive (its magic bytes), whatever its name says. */
export async function isXlsx(file: string): Promise<boolean> {
  const handle = await open(file, 'r').catch(() => undefined)
  if (!handle) return false
  try {
    const magic = Buffer.alloc(4)
    await handle.read(magic, 0, 4, 0)
    return magic.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))
  } finally {
    await handle.close()
  }
}

/** What the conversion left out on purpose, by reason, as the load's `skipped` counts. */
export type Skipped = Record<string, number>

export const NOT_AVAILABLE = `not available (":" in the spreadsheet)`
const EMPTY = 'empty cell'

const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s)

/**
 * Streams a Eurostat Data Browser workbook into a CSV in the Comext relational layout, one row
 * per value cell with the cell's place, so the one CSV pipeline loads it (atomicity, quarantine,
 * checks, coverage). ':' and empty cells are counted, not written: they are 90% of a real
 * download, and no row is better than a zero that isn't one. Holds one row in memory at a time.
 */
export async function xlsxToRelationalCsv(file: string, out: string): Promise<Skipped> {
  // exceljs is loaded for a workbook only: it costs every server start a fifth of a second.
  const { default: ExcelJS } = await import('exceljs')
  const skipped: Skipped = {}
  const sink = createWriteStream(out)
  const failed = once(sink, 'error').then(([err]) => {
    throw err
  })
  failed.catch(() => undefined)
  let pending: string[] = [RELATIONAL_HEADER.join(',')]
  const flush = async () => {
    if (!sink.write(pending.join('\n') + '\n')) await Promise.race([once(sink, 'drain'), failed])
    pending = []
  }
  const emit = (row: RelationalRow) => {
    const value = row[5]
    if (value === ':' || value === '') {
      const reason = value === ':' ? NOT_AVAILABLE : EMPTY
      skipped[reason] = (skipped[reason] ?? 0) + 1
      return
    }
    pending.push(row.map(quote).join(','))
  }
  let tables = 0
  const input = createReadStream(file, { highWaterMark: 1 << 20 })
  const watch = stallWatch(input)
  const readAll = async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore' })
    for await (const sheet of workbook) {
      const ws = sheet as unknown as AsyncIterable<{ number: number; values: CellValue[] }> & { name: string }
      const reader = createSheetReader(ws.name, emit)
      for await (const row of ws) {
        watch.alive()
        reader.row(row.number, row.values)
        if (pending.length >= 4096) await flush()
      }
      if (reader.end()) tables++
    }
  }
  try {
    await Promise.race([readAll(), watch.stalled])
    await flush()
    sink.end()
    await Promise.race([once(sink, 'finish'), failed])
  } catch (err) {
    sink.destroy()
    input.destroy()
    throw readError(file, err as Error)
  } finally {
    watch.stop()
  }
  if (!tables) throw badInput(`${file}: no product sheets (expected a Eurostat Data Browser spreadsheet: a "PRODUCT [PRODUCT]" row, a TIME row and a "REPORTER (Labels)" header)`)
  return skipped
}

/** How long the reader may make no progress once the whole file is read before it is given up on. */
const STALL_MS = 3000

/**
 * The zip reader under exceljs (unzipper) waits forever on some damaged deflate data instead of
 * failing (seen with 16 bytes overwritten inside a sheet). Once every byte has been read, no new
 * row for STALL_MS means it never will come: fail, naming the file, rather than hang.
 */
function stallWatch(input: NodeJS.ReadableStream) {
  let ended = false
  let last = Date.now()
  input.on('end', () => {
    ended = true
    last = Date.now()
  })
  let timer: NodeJS.Timeout | undefined
  const stalled = new Promise<never>((_, reject) => {
    timer = setInterval(() => {
      if (ended && Date.now() - last > STALL_MS) reject(new Error(`damaged archive: the reader stopped ${STALL_MS / 1000} s after the end of the file`))
    }, 250)
  })
  stalled.catch(() => undefined)
  return { stalled, alive: () => void (last = Date.now()), stop: () => clearInterval(timer) }
}

function readError(file: string, err: Error): Error {
  if ((err as NodeJS.ErrnoException).syscall) return err // writing the temporary CSV: not the file's fault
  if (err instanceof AppError) return badInput(`${file}: ${err.message}; nothing was loaded`)
  // The zip and XML readers' own words: a cut download or another kind of file.
  return badInput(`${file}: unreadable xlsx file (${err.message.split('\n')[0]}); nothing was loaded`)
}

/**
 * The format a file is read with: an xlsx workbook given as `eurostat` is the Data Browser
 * spreadsheet (sniffed by its zip magic, so an upload without the .xlsx name works too); other
 * formats are CSV, and a workbook or a CSV given to the wrong one is an error naming both.
 */
export async function spreadsheetFormat(file: string, format: Format): Promise<Format> {
  const xlsx = await isXlsx(file)
  if (format.spreadsheet) {
    await stat(file).catch(() => {
      throw badInput(`no such file: ${file}`)
    })
    if (!xlsx) throw badInput(`${file}: not an xlsx file (format ${format.name} reads Eurostat Data Browser spreadsheets; for a Comext CSV use --format eurostat)`)
    return format
  }
  if (!xlsx) return format
  const reader = FORMATS.find((f) => f.spreadsheet && f.name.startsWith(`${format.name}-`))
  if (!reader) throw badInput(`${file}: an xlsx spreadsheet, which format ${format.name} does not read (expected CSV text; spreadsheets: ${FORMATS.filter((f) => f.spreadsheet).map((f) => f.name).join(', ')})`)
  return reader
}

/** A fresh temporary folder (a converted CSV, a scratch database), removed once `fn` is done, whatever happens. */
export async function withTempDir<T>(fn: (dir: string) => Promise<T>, prefix = 'chokepoint-xlsx-'): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  try {
    return await fn(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { MAX_MESSAGE_CHARS } from '../../errors.js'
import { openStore } from '../../store/open.js'
import { tempDir } from '../../test-support/files.js'
import { ingest } from './ingest.js'

// Errors a user can act on: printable, bounded, and naming the real line.
async function failure(name: string, content: string | Buffer, quarantine?: string): Promise<string> {
  const file = join(tempDir('chokepoint-msg-'), name)
  writeFileSync(file, content)
  const store = await openStore(':memory:')
  try {
    await ingest(store, file, { format: 'comtrade', quarantine })
    return 'loaded'
  } catch (err) {
    return (err as Error).message
  } finally {
    await store.close()
  }
}

describe('unreadable files', () => {
  // Regression: a binary file echoed its bytes in the error (and csv-parse's stack trace).
  test('a binary file is named as one, without its bytes', async () => {
    const bytes = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x0a, 0xff, 0xfe, 0x2c, 0x22, 0x0a])
    const message = await failure('prog.csv', bytes)
    expect(message).toMatch(/prog\.csv: not a text file \(binary data/)
    expect(message).toMatch(/^[\x20-\x7e…]+$/)
  })

  // Regression: a 50 MB file without a newline produced a 65 KB message.
  test('a huge header line gives a short message', async () => {
    const message = await failure('huge.csv', 'a,b,' + 'x'.repeat(5 << 20))
    expect(message.length).toBeLessThan(MAX_MESSAGE_CHARS + 100)
    expect(message).toMatch(/huge\.csv/)
  })
})

describe('line numbers', () => {
  const header = 'period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue,cmdDesc\n'
  const text = header + '2021,643,156,M,854231,5,"two\nlines"\n2021,643,156,M,854231,6,"three\nof\nthem"\n2021,643,156,M,854231,bad,x\n\n2021,643,156,M,854231,-1,"x"\n'

  // Regression: line numbers after a quoted line break were off by one per break.
  test('the first bad row is named by the line it is on', async () => {
    expect(await failure('ml.csv', text)).toMatch(/ml\.csv:7: column primaryValue: bad value "bad"/)
  })
  test('the quarantine file gives each bad row its line, blank lines counted', async () => {
    const out = join(tempDir('chokepoint-q-'), 'rejects.csv')
    expect(await failure('ml.csv', text, out)).toBe('loaded')
    const lines = readFileSync(out, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0])
    expect(lines).toEqual(['7', '9'])
  })
})

import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { tempDir } from '../test-support/files.js'
import { removeStaleUploads, uploadDir } from './scratch.js'

// Regression: a server killed mid-upload left its temp file (620 MB) behind for good.
test('upload folders of dead servers are removed at start; live ones are kept', async () => {
  const root = tempDir('chokepoint-scratch-')
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString()
  const stale = join(root, `chokepoint-upload-${dead}-abc123`)
  mkdirSync(stale)
  writeFileSync(join(stale, 'big.csv'), 'x'.repeat(1000))
  const live = await uploadDir(root)
  const other = join(root, 'chokepoint-upload-other')
  mkdirSync(other)
  expect(await removeStaleUploads(root)).toEqual([`chokepoint-upload-${dead}-abc123`])
  expect(existsSync(stale)).toBe(false)
  expect(existsSync(live)).toBe(true)
  expect(existsSync(other)).toBe(true)
})

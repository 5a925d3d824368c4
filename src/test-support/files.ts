import { mkdtempSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** A fresh temp folder for one test file. */
export function tempDir(prefix = 'chokepoint-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** Writes `text` (or bytes) to `name` inside `dir` and returns the path. */
export function writeFixture(dir: string, name: string, text: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))

/** A file under ../shared/data beside the repo, and whether it is there (tests skip when not). */
export function sharedData(relative: string): { path: string; present: boolean } {
  const path = resolve(REPO_ROOT, '..', 'shared', 'data', relative)
  const present = existsSync(path)
  if (!present) console.warn(`skipping: ${path} is not present (real data lives in ../shared/data)`)
  return { path, present }
}

import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { openStore } from '../../../store/open.js'
import type { Store } from '../../../store/store.js'
import { ingest, type IngestOptions, type IngestReport } from '../../ingest/ingest.js'

// Helpers for the format tests: fixtures, the shared real data, and one-call loads into :memory:.

const REPO = fileURLToPath(new URL('../../../../', import.meta.url))

/** The shared real data (../shared/data beside the repo: /work/shared/data on these machines). */
export const SHARED_DATA = path.resolve(REPO, '../shared/data')

export const sharedData = (rel: string) => path.join(SHARED_DATA, rel)
export const hasSharedData = (rel: string) => existsSync(sharedData(rel))
export const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))

/** Writes a small CSV to a fresh temp folder and returns its path. */
export function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'chokepoint-format-'))
  const file = path.join(dir, name)
  writeFileSync(file, text)
  return file
}

export async function load(
  file: string,
  opts: IngestOptions,
  store?: Store
): Promise<{ store: Store; report: IngestReport }> {
  const s = store ?? (await openStore(':memory:'))
  return { store: s, report: await ingest(s, file, opts) }
}

/** The message of the error a load fails with (the test fails if it loads). */
export async function loadError(file: string, opts: IngestOptions): Promise<string> {
  const store = await openStore(':memory:')
  try {
    await ingest(store, file, opts)
  } catch (err) {
    return (err as Error).message
  } finally {
    await store.close()
  }
  throw new Error(`expected ${file} to be rejected`)
}

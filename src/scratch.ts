import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Scratch folders (an upload, an ingest's scratch database) are named after the process that
// made them, so those left by a process that died (a 620 MB upload was seen; a killed ingest into
// ClickHouse leaves its scratch database) can be told from a live process's and removed.

/** A fresh folder `<prefix><pid>-XXXXXX` under `root`, removed by the caller when done. */
export function ownedDir(prefix: string, root = tmpdir()): Promise<string> {
  return mkdtemp(join(root, `${prefix}${process.pid}-`))
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: the process exists but is another user's.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Removes `<prefix><pid>-` folders whose process is gone; returns their names. */
export async function removeStale(prefix: string, root = tmpdir()): Promise<string[]> {
  const owned = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)-`)
  const stale = (await readdir(root).catch(() => [] as string[])).filter((name) => {
    const pid = owned.exec(name)?.[1]
    return pid !== undefined && Number(pid) !== process.pid && !alive(Number(pid))
  })
  for (const name of stale) await rm(join(root, name), { recursive: true, force: true })
  return stale
}

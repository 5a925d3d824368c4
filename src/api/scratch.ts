import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Uploads are written to a temp folder named after the serving process, so folders left by a
// server that died mid-upload (a 620 MB one was seen) can be told from a live server's.
const PREFIX = 'chokepoint-upload-'
const OWNED = /^chokepoint-upload-(\d+)-/

/** A fresh folder for one upload, removed by the caller when the request ends. */
export function uploadDir(root = tmpdir()): Promise<string> {
  return mkdtemp(join(root, `${PREFIX}${process.pid}-`))
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

/** Removes upload folders whose server process is gone; returns their names. Run at start. */
export async function removeStaleUploads(root = tmpdir()): Promise<string[]> {
  const stale = (await readdir(root).catch(() => [] as string[])).filter((name) => {
    const pid = OWNED.exec(name)?.[1]
    return pid !== undefined && Number(pid) !== process.pid && !alive(Number(pid))
  })
  for (const name of stale) await rm(join(root, name), { recursive: true, force: true })
  return stale
}

import { tmpdir } from 'node:os'
import { ownedDir, removeStale } from '../scratch.js'

// Uploads are written to a temp folder named after the serving process (see ../scratch.ts).
const PREFIX = 'chokepoint-upload-'

/** A fresh folder for one upload, removed by the caller when the request ends. */
export function uploadDir(root = tmpdir()): Promise<string> {
  return ownedDir(PREFIX, root)
}

/** Removes upload folders whose server process is gone; returns their names. Run at start. */
export function removeStaleUploads(root = tmpdir()): Promise<string[]> {
  return removeStale(PREFIX, root)
}

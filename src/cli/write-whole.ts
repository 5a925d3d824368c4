import { rename, rm, writeFile } from 'node:fs/promises'
import { badInput } from '../errors.js'

/** Writes beside the target and renames: a reader never sees half a file. */
export async function writeWhole(path: string, text: string): Promise<void> {
  const partial = `${path}.partial`
  try {
    await writeFile(partial, text)
    await rename(partial, path)
  } catch (err) {
    await rm(partial, { force: true })
    throw badInput(`cannot write ${path}: ${(err as Error).message}`)
  }
}

import { readFile, stat } from 'node:fs/promises'

const cache = new Map<string, { mtime: number; js: string }>()

/**
 * A dashboard module (src/web/client/*.ts) as browser JavaScript, for runs from source (tests,
 * tsx): types stripped file by file, no bundling, kept until the file changes. `npm run build`
 * compiles the same files into dist/web/client, and the built server serves those instead, so
 * TypeScript is needed only where it is installed as a dev dependency.
 */
export async function transpileClient(path: string): Promise<string> {
  const { mtimeMs } = await stat(path)
  const hit = cache.get(path)
  if (hit?.mtime === mtimeMs) return hit.js
  const { default: ts } = await import('typescript')
  const options = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext }
  const js = ts.transpileModule(await readFile(path, 'utf8'), { compilerOptions: options, fileName: path }).outputText
  cache.set(path, { mtime: mtimeMs, js })
  return js
}

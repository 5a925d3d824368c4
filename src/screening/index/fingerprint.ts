import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * What a persisted index is valid for: the list versions it holds, in order, and the code that
 * made it. The code part is a hash of every module the packed index depends on (the analysis
 * pipeline, the packing and the file layout, followed through their relative imports), the
 * project's pinned dependencies (pinyin-pro, any-ascii ... change readings when upgraded) and
 * the Unicode version of the runtime (NFKC and \p{..} classes). Any edit to normalisation
 * therefore makes old index files stale without anyone remembering to bump a number.
 */
export function indexKey(versions: string[]): string {
  return createHash('sha256').update(JSON.stringify({ versions, code: codeFingerprint() })).digest('hex')
}

/** Modules whose import closure makes up the index's contents and layout. */
const ENTRIES = ['./candidates', './relations', './sidecar']

// `import ... from './x.js'`, `export ... from '../y.js'`, `import './z.js'`; type-only imports
// leave no code behind and are skipped.
const RELATIVE_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm

/** The package folder (src/ and dist/ sit in it): paths are hashed relative to it. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

let fingerprint: string | undefined

/** The code part of the key: computed once per process (a few ms). */
export function codeFingerprint(): string {
  if (fingerprint) return fingerprint
  // Under tsx (tests) the modules are .ts files and imports name .js: the hash differs from
  // the built code's, so the two never share an index file by mistake.
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js'
  const hash = createHash('sha256')
  const seen = new Set<string>()
  const visit = (url: URL) => {
    const path = fileURLToPath(url)
    if (seen.has(path)) return
    seen.add(path)
    const text = existsSync(path) ? readFileSync(path, 'utf8') : `missing ${path}`
    hash.update(`${relative(ROOT, path)}\n${text}\n`)
    if (!/\.[jt]s$/.test(path)) return
    for (const m of text.matchAll(RELATIVE_IMPORT)) visit(new URL(m[1].replace(/\.js$/, ext), url))
  }
  for (const entry of ENTRIES) visit(new URL(entry + ext, import.meta.url))
  hash.update(JSON.stringify({ dependencies: dependencies(), unicode: process.versions.unicode }))
  return (fingerprint = hash.digest('hex'))
}

/** The project's pinned dependencies (package.json beside src/ and dist/). */
function dependencies(): unknown {
  const file = `${ROOT}package.json`
  if (!existsSync(file)) return null
  return (JSON.parse(readFileSync(file, 'utf8')) as { dependencies?: unknown }).dependencies ?? null
}

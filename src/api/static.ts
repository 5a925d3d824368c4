import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Hono } from 'hono'
import { notFound } from '../errors.js'

// The same folder whether this runs from src/ (tsx, tests) or dist/ (npm start).
const WEB = fileURLToPath(new URL('../../src/web/public/', import.meta.url))
// The dashboard's TypeScript modules: compiled .js beside this file's build (dist/web/client),
// or the .ts sources when running from src/.
const CLIENT = fileURLToPath(new URL('../web/client/', import.meta.url))
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml',
}

// Plot and d3 as their UMD builds straight from node_modules: the dashboard needs no bundler.
// Their package exports hide dist/, so find it beside the entry point.
const require = createRequire(import.meta.url)
const VENDOR: Record<string, string> = {
  'd3.js': join(dirname(require.resolve('d3')), '../dist/d3.min.js'),
  'plot.js': join(dirname(require.resolve('@observablehq/plot')), '../dist/plot.umd.min.js'),
}

/** Serves the dashboard's static files and the chart libraries (the dashboard only calls the API). */
export function serveWeb(app: Hono): void {
  app.get('/', (c) => c.redirect('/index.html'))
  app.get('/vendor/:file', async (c) => {
    // An own-property lookup: "constructor" or "__proto__" must not find Object's members.
    const path = Object.hasOwn(VENDOR, c.req.param('file')) ? VENDOR[c.req.param('file')] : undefined
    if (!path) throw notFound(`no such file: "/vendor/${c.req.param('file')}" (expected ${Object.keys(VENDOR).join(' or ')})`)
    return c.body(await readFile(path), 200, { 'content-type': TYPES['.js'], 'cache-control': 'public, max-age=86400' })
  })
  app.get('/:file{[a-z0-9-]+\\.(html|js|css|svg)}', async (c) => {
    const file = c.req.param('file')
    const path = normalize(join(WEB, file))
    if (!path.startsWith(WEB)) throw notFound(`no such file: "${file}"`)
    const body = (await clientModule(file)) ?? (await readFile(path).catch(() => undefined))
    if (!body) throw notFound(`no such file: "${file}"`)
    return c.body(body, 200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' })
  })
}

/** A dashboard module from src/web/client: built (.js) or, from source, transpiled (.ts). */
async function clientModule(file: string): Promise<string | undefined> {
  if (extname(file) !== '.js') return undefined
  const built = await readFile(join(CLIENT, file), 'utf8').catch(() => undefined)
  if (built) return built
  const source = join(CLIENT, file.replace(/\.js$/, '.ts'))
  if (!existsSync(source)) return undefined
  const { transpileClient } = await import('./client-dev.js')
  return transpileClient(source)
}

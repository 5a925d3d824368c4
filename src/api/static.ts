import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Hono } from 'hono'

// The same folder whether this runs from src/ (tsx, tests) or dist/ (npm start).
const WEB = fileURLToPath(new URL('../../src/web/public/', import.meta.url))
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' }

/** Serves the dashboard's static files (no build step; the dashboard only calls the API). */
export function serveWeb(app: Hono): void {
  app.get('/', (c) => c.redirect('/index.html'))
  app.get('/:file{[a-z0-9-]+\\.(html|js|css|svg)}', async (c) => {
    const path = normalize(join(WEB, c.req.param('file')))
    if (!path.startsWith(WEB)) return c.json({ ok: false, error: 'not found' }, 404)
    const body = await readFile(path).catch(() => undefined)
    if (!body) return c.json({ ok: false, error: `no such file: ${c.req.param('file')}` }, 404)
    return c.body(body, 200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
  })
}

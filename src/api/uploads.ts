import { createWriteStream } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { AppError, badInput } from '../errors.js'
import { checkAsOf, LIST_SOURCES, type ListFormat, type Screening } from '../screening/index.js'
import type { Store } from '../store/store.js'
import { FORMATS } from '../trade/formats/index.js'
import { ingest } from '../trade/ingest/ingest.js'
import { requireToken } from './auth.js'
import { quote } from './failure.js'
import { uploadDir } from './scratch.js'
import type { Limits } from './limits.js'
import { enumParam, errors, okJson } from './params.js'

const fileName = (what: string) =>
  z.string({ error: `missing ${what}` }).regex(/^[\w][\w.-]{0,119}$/, { error: (i) => `invalid ${what}: ${quote(i.input)} (expected letters, digits, dot, dash or underscore)` })
const formats = FORMATS.map((f) => f.name) as [string, ...string[]]
const listFormats = Object.keys(LIST_SOURCES) as [ListFormat, ...ListFormat[]]
const bearer = { 401: errors[400], 403: { description: 'write routes are off (no token configured) or the token is wrong', content: errors[400].content } }

const routes = {
  ingest: createRoute({
    method: 'post', path: '/datasets', summary: 'upload a file (the raw request body) and ingest it as one dataset; needs the bearer token', security: [{ bearer: [] }],
    request: { query: z.object({ format: enumParam('format', formats), name: fileName('name'), replace: enumParam('replace', ['true', 'false']).optional() }) },
    responses: { 200: okJson('the ingest report'), ...errors, ...bearer, 413: errors[400] },
  }),
  load: createRoute({
    method: 'post', path: '/lists', summary: 'load sanctions list files (multipart field "file", one or more) as a new version; needs the bearer token', security: [{ bearer: [] }],
    request: {
      query: z.object({
        format: enumParam('format', listFormats),
        as_of: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: (i) => `invalid as_of: ${quote(i.input)} (expected YYYY-MM-DD)` }).optional(),
        source: z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,62}$/, { error: (i) => `invalid source: ${quote(i.input)} (expected lowercase letters, digits, _ . -)` }).optional(),
        force: enumParam('force', ['true', 'false']).optional(),
      }),
    },
    responses: { 200: okJson('the list version and whether it existed'), ...errors, ...bearer, 413: errors[400] },
  }),
}

/** The write routes: off unless the server was given a token, and then only with that token. */
export function registerUploads(app: OpenAPIHono, store: Store, screening: Screening, token: string | undefined, limits: Limits): void {
  app.use('/datasets', requireToken(token, 'POST'))
  app.use('/lists', requireToken(token, 'POST'))
  app.openapi(routes.ingest, async (c) => {
    const { format, name, replace } = c.req.valid('query')
    const dir = await uploadDir()
    try {
      const file = join(dir, name)
      await saveBody(c, file, limits.upload)
      const report = await ingest(store, file, { format, replace: replace === 'true' }).catch((err) => {
        throw hidePath(err, dir)
      })
      return c.json({ ok: true as const, ...report, file: name }, 200)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
  app.openapi(routes.load, async (c) => {
    const { format, as_of, source, force } = c.req.valid('query')
    // Before the upload is read: a day that does not exist, or one after today (a typo in the year).
    if (as_of !== undefined) checkAsOf(as_of, { name: 'as_of' })
    const form = await c.req.parseBody({ all: true }).catch(() => {
      throw badInput('invalid list upload: expected multipart/form-data with one or more "file" fields')
    })
    const files = [form.file].flat().filter((f): f is File => f instanceof File)
    if (!files.length) throw badInput('invalid list upload: no "file" field in the form')
    const dir = await uploadDir()
    try {
      const paths: string[] = []
      for (const f of files) {
        const parsed = fileName('file name').safeParse(f.name || 'list.csv')
        if (!parsed.success) throw badInput(parsed.error.issues[0].message)
        const name = parsed.data
        paths.push(join(dir, name))
        await writeFile(paths.at(-1)!, Buffer.from(await f.arrayBuffer()))
      }
      const out = await screening.loadList(paths, format, { asOf: as_of, source, force: force === 'true' }).catch((err) => {
        throw hidePath(err, dir)
      })
      return c.json({ ok: true as const, ...out }, 200)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
}

/** The upload's temp folder is the server's business: messages name the file as it was sent. */
function hidePath(err: unknown, dir: string): unknown {
  if (err instanceof AppError) return new AppError(err.status, err.message.split(`${dir}/`).join(''))
  return err
}

/** Streams the request body to `file`, stopping at `limit` bytes: an upload is never held in memory. */
async function saveBody(c: Context, file: string, limit: number): Promise<void> {
  const declared = Number(c.req.header('content-length') ?? 0)
  const tooLarge = (n: number) => new AppError(413, `upload too large: ${n} bytes (limit ${limit} bytes)`)
  if (declared > limit) throw tooLarge(declared)
  const body = c.req.raw.body
  if (!body) throw badInput('empty upload: send the file as the request body')
  let size = 0
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, ctl) {
      size += chunk.byteLength
      if (size > limit) ctl.error(tooLarge(size))
      else ctl.enqueue(chunk)
    },
  })
  try {
    await body.pipeThrough(counter).pipeTo(Writable.toWeb(createWriteStream(file)) as WritableStream<Uint8Array>)
  } catch (err) {
    throw err instanceof AppError ? err : badInput(`upload failed: ${(err as Error).message}`)
  }
  if (size === 0) throw badInput('empty upload: send the file as the request body')
}

import { openAsBlob } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { AppError, badInput } from '../errors.js'

// `ingest` and `lists load` through a running `chokepoint serve` (--api URL --token T): DuckDB
// lets one process write a database, so while the dashboard runs, data goes through its API.

export interface Remote {
  api: string
  token?: string
}

function endpoint(api: string, path: string, query: Record<string, string | undefined>): URL {
  let url: URL
  try {
    url = new URL(path, api.endsWith('/') ? api : `${api}/`)
  } catch {
    throw badInput(`invalid --api: "${api}" (expected a URL such as http://127.0.0.1:8080)`)
  }
  for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, v)
  return url
}

async function send(url: URL, init: RequestInit, token?: string): Promise<Record<string, unknown>> {
  if (!token) throw badInput('--api needs --token (or CHOKEPOINT_TOKEN): the server accepts uploads only with its token')
  let res: Response
  try {
    res = await fetch(url, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(30 * 60_000) })
  } catch (err) {
    throw new AppError(503, `cannot reach ${url.origin}: ${(err as Error).cause ?? (err as Error).message} (is chokepoint serve running there?)`)
  }
  const body = (await res.json().catch(() => ({ ok: false, error: `http ${res.status} without a JSON answer` }))) as Record<string, unknown>
  if (!res.ok || body.ok === false) throw new AppError(res.status >= 400 && res.status < 600 ? res.status : 502, `${url.origin}: ${String(body.error ?? `http ${res.status}`)}`)
  return body
}

async function file(path: string): Promise<Blob> {
  const info = await stat(path).catch(() => undefined)
  if (!info?.isFile()) throw badInput(`no such file: ${path}`)
  return openAsBlob(path)
}

/** Sends a trade file to POST /datasets; answers the server's ingest report. */
export async function remoteIngest(r: Remote, path: string, q: { format: string; replace?: boolean }): Promise<Record<string, unknown>> {
  const url = endpoint(r.api, 'datasets', { format: q.format, name: basename(path), replace: q.replace ? 'true' : undefined })
  return send(url, { method: 'POST', body: await file(path), headers: { 'content-type': 'application/octet-stream' }, duplex: 'half' } as RequestInit, r.token)
}

/** Sends list files to POST /lists (multipart); answers the new version and whether it existed. */
export async function remoteListLoad(r: Remote, paths: string[], q: { format: string; asOf?: string; source?: string; force?: boolean }): Promise<Record<string, unknown>> {
  const form = new FormData()
  for (const p of paths) form.append('file', await file(p), basename(p))
  const url = endpoint(r.api, 'lists', { format: q.format, as_of: q.asOf, source: q.source, force: q.force ? 'true' : undefined })
  return send(url, { method: 'POST', body: form }, r.token)
}

import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { AppError, badInput } from '../errors.js'
import { literal } from './clickhouse-sql.js'

/** Where a `clickhouse://[user:password@]host:port/database[?cluster=NAME]` URL points. */
export interface ClickHouseTarget {
  /** The URL with its password masked: the only form of it any message may show. */
  readonly masked: string
  /** The server's HTTP interface, without credentials: `http://host:port`. */
  readonly httpUrl: string
  readonly user: string
  readonly password: string
  readonly database: string
  /** A cluster of the server's remote_servers config: tables are sharded over it. */
  readonly cluster?: string
  /**
   * `?nodes=host:port,...`: the HTTP address of each shard of the cluster, in system.clusters
   * order, where they can't be found (see clusterNodes in clickhouse-cluster.ts).
   */
  readonly nodes?: readonly string[]
}

/** The oldest server chokepoint runs on: Debian's clickhouse-server (see REFERENCE.md). */
export const MIN_CLICKHOUSE_VERSION: readonly [number, number] = [18, 16]

const SCHEMES: Record<string, { http: string; port: number }> = {
  'clickhouse:': { http: 'http', port: 8123 },
  'clickhouses:': { http: 'https', port: 8443 },
}
const KNOWN_PARAMS = ['cluster', 'nodes']
const SERVER_DATABASES = ['system', 'information_schema', 'default']
const ADDRESS = /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]):\d{1,5}$/

/** Whether a `--db` value names a ClickHouse server rather than a DuckDB file. */
export const isClickHouseUrl = (location: string) => /^clickhouses?:\/\//i.test(location)

/** The URL with any password replaced by `***`; works on text that is not a valid URL too. */
export function maskPassword(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@?#]*:)[^/?#]*@/i, '$1***@')
}

/** Reads a ClickHouse URL; a malformed one is refused naming it (password masked) and the fault. */
export function parseClickHouseUrl(url: string): ClickHouseTarget {
  const masked = maskPassword(url)
  const bad = (why: string) => badInput(`invalid clickhouse url: "${masked}" (${why})`)
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw bad('expected clickhouse://[user:password@]host:port/database[?cluster=NAME]')
  }
  const scheme = SCHEMES[parsed.protocol.toLowerCase()]
  if (!scheme) throw bad('the scheme must be clickhouse:// or clickhouses://')
  if (!parsed.hostname) throw bad('no host')
  const segments = parsed.pathname.split('/').filter(Boolean)
  if (segments.length > 1) throw bad('the path names one database')
  const unknown = [...parsed.searchParams.keys()].filter((k) => !KNOWN_PARAMS.includes(k))
  if (unknown.length)
    throw bad(`unknown parameter ${unknown.join(', ')}; known: ${KNOWN_PARAMS.join(', ')}`)
  const cluster = parsed.searchParams.get('cluster') ?? undefined
  if (cluster !== undefined && cluster.trim() === '') throw bad('empty cluster name')
  const nodes = parsed.searchParams
    .get('nodes')
    ?.split(',')
    .map((n) => n.trim())
  const badNode = nodes?.find((n) => !ADDRESS.test(n))
  if (badNode !== undefined) throw bad(`node "${badNode}" is not host:port`)
  if (nodes && cluster === undefined) throw bad('nodes given without a cluster')
  if (parsed.hash) throw bad('no #fragment allowed')
  const port = parsed.port || String(scheme.port)
  const decode = (part: string, what: string) => {
    try {
      return decodeURIComponent(part)
    } catch {
      throw bad(`bad percent-encoding in the ${what}`)
    }
  }
  // A database of chokepoint's own, named: never the server's catalogues, nor `default`, where a
  // URL without a path would otherwise put chokepoint's tables among whatever else is there.
  if (!segments.length) throw bad('no database: name one for chokepoint, e.g. clickhouse://host:8123/chokepoint')
  const database = decode(segments[0], 'database')
  if (SERVER_DATABASES.includes(database.toLowerCase())) throw bad(`"${database}" is the server's own database; name one for chokepoint`)
  return Object.freeze({
    masked,
    httpUrl: `${scheme.http}://${parsed.hostname}:${port}`,
    user: decode(parsed.username, 'user') || 'default',
    password: decode(parsed.password, 'password'),
    database,
    ...(cluster === undefined ? {} : { cluster }),
    ...(nodes ? { nodes: Object.freeze(nodes) } : {}),
  })
}

/**
 * An error a ClickHouse server answered with (a query's fault, not the connection's). An
 * AppError (502: the server refused), so it reaches the user as its message, never a stack.
 */
export class ClickHouseQueryError extends AppError {
  constructor(
    readonly code: number,
    message: string
  ) {
    super(502, message)
    this.name = 'ClickHouseQueryError'
  }
}

export interface QueryOptions {
  timeoutMs?: number
  /** Server settings for this query only, sent as URL parameters. */
  settings?: Record<string, string | number>
  /** Run in the URL's database (the default), or in none (for CREATE DATABASE). */
  useDatabase?: boolean
}

/**
 * One statement over the HTTP interface, answered as text. Bounded in time: a server that does
 * not answer gives an error naming the URL after `timeoutMs`, never a hang.
 */
export async function httpQuery(
  target: ClickHouseTarget,
  sql: string,
  { timeoutMs = 30_000, settings = {}, useDatabase = true }: QueryOptions = {}
): Promise<string> {
  const params = new URLSearchParams(Object.entries(settings).map(([k, v]) => [k, String(v)]))
  if (useDatabase) params.set('database', target.database)
  const { status, text } = await request(target, `/?${params}`, {
    method: 'POST',
    body: sql,
    timeoutMs,
  })
  if (status === 200) return text
  // 18.16 answers a bad login with 401 and code 192/193; current releases with code 516.
  if (status === 401 || status === 403 || /^Code: (192|193|516)\b/.test(text)) {
    throw new AppError(
      400,
      `clickhouse at ${target.masked} refused the login of user "${target.user}": ${serverMessage(text)}`
    )
  }
  const code = Number(/^Code: (\d+)/.exec(text)?.[1] ?? 0)
  throw new ClickHouseQueryError(code, `clickhouse at ${target.masked}: ${serverMessage(text)}`)
}

/** A server's error text without its C++ decorations ("e.displayText() = DB::Exception: ..."). */
export function serverMessage(text: string): string {
  return text
    .replace(/, e\.what\(\) = [\w:]+/g, '')
    .replace(/e\.displayText\(\) = (DB::)?\w*Exception: /g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** `/ping` answers "Ok." on every ClickHouse; anything else is some other server. */
export async function ping(target: ClickHouseTarget, { timeoutMs = 3_000 } = {}): Promise<void> {
  const { status, text } = await request(target, '/ping', { method: 'GET', timeoutMs })
  if (status !== 200 || text.trim() !== 'Ok.') {
    throw new AppError(
      503,
      `no clickhouse at ${target.masked}: /ping answered ${status} "${text.trim().replace(/\s+/g, ' ').slice(0, 120)}" (expected "Ok.")`
    )
  }
}

/** The server's own version string, such as "18.16.1". */
export async function serverVersion(
  target: ClickHouseTarget,
  { timeoutMs = 3_000 } = {}
): Promise<string> {
  return (await httpQuery(target, 'SELECT version()', { timeoutMs, useDatabase: false })).trim()
}

/** Refuses a version older than MIN_CLICKHOUSE_VERSION or one that is not a version at all. */
export function checkVersion(target: ClickHouseTarget, version: string): void {
  const [minMajor, minMinor] = MIN_CLICKHOUSE_VERSION
  const m = /^(\d+)\.(\d+)(\.\d+)*$/.exec(version)
  if (!m)
    throw badInput(
      `clickhouse at ${target.masked} reports version "${version.slice(0, 80)}": not a clickhouse version chokepoint knows (needs ${minMajor}.${minMinor} or later)`
    )
  const [major, minor] = [Number(m[1]), Number(m[2])]
  if (major < minMajor || (major === minMajor && minor < minMinor)) {
    throw badInput(
      `clickhouse at ${target.masked} is version ${version}: chokepoint needs ${minMajor}.${minMinor} or later`
    )
  }
}

/**
 * Checks a ClickHouse URL before a store opens on it: well formed, the server answers /ping,
 * logs in, and is a version chokepoint runs on. Each fault is an error naming the URL with its
 * password masked, within `timeoutMs` per request.
 */
export async function checkClickHouse(
  url: string,
  { timeoutMs = 3_000 } = {}
): Promise<{ target: ClickHouseTarget; version: string }> {
  const target = parseClickHouseUrl(url)
  await ping(target, { timeoutMs })
  const version = await serverVersion(target, { timeoutMs })
  checkVersion(target, version)
  return { target, version }
}

/**
 * Whether the database a URL names exists on the URL's server and holds chokepoint's tables: a
 * read command asks first, so it never creates a database to answer from an empty one.
 */
export async function holdsChokepointTables(target: ClickHouseTarget): Promise<boolean> {
  const sql = `SELECT count() AS n FROM system.tables WHERE database = ${literal(target.database)} AND name IN ('meta', 'dataset') FORMAT JSONEachRow`
  const text = await httpQuery(target, sql, { useDatabase: false })
  // 18.16 quotes 64-bit counts in JSON: "2".
  return Number((JSON.parse(text) as { n: number | string }).n) > 0
}

/**
 * One HTTP exchange on a connection of its own, headers and body both within `timeoutMs`. No
 * keep-alive: a pooled socket the server closed while idle (as while a shard restarts) would
 * fail the next query, and a retry could run an INSERT twice.
 */
function request(
  target: ClickHouseTarget,
  path: string,
  { method, body, timeoutMs }: { method: string; body?: string; timeoutMs: number }
): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = {}
  if (target.user !== 'default' || target.password) {
    headers.authorization = `Basic ${Buffer.from(`${target.user}:${target.password}`).toString('base64')}`
  }
  const url = new URL(path, target.httpUrl)
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const fail = (err: Error) => {
      clearTimeout(timer)
      reject(unreachable(target, err, timeoutMs))
    }
    const req = send(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', fail)
      res.on('end', () => {
        clearTimeout(timer)
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') })
      })
    })
    const timer = setTimeout(() => req.destroy(new TimeoutError()), timeoutMs)
    req.on('error', fail)
    req.end(body)
  })
}

class TimeoutError extends Error {}

/** Why a request got no answer, in words, naming the URL (password masked). */
function unreachable(target: ClickHouseTarget, err: Error, timeoutMs: number): AppError {
  if (err instanceof TimeoutError) {
    return new AppError(
      503,
      `clickhouse at ${shown(target)} did not answer within ${timeoutMs / 1000} s`
    )
  }
  const code = (err as { code?: string }).code
  const why =
    code === 'ECONNREFUSED'
      ? 'connection refused'
      : code === 'ECONNRESET'
        ? 'connection lost'
        : code === 'EPROTO' || code?.startsWith('ERR_SSL')
          ? `no TLS there (${code}): clickhouses:// speaks HTTPS; use clickhouse:// for a plain HTTP port`
          : (code ?? err.message)
  return new AppError(503, `clickhouse at ${shown(target)} is unreachable: ${why}`)
}

/** The URL as given, and the address tried when the URL left the port to its default. */
function shown(target: ClickHouseTarget): string {
  return target.masked.includes(new URL(target.httpUrl).host) ? target.masked : `${target.masked} (${target.httpUrl})`
}

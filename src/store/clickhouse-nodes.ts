import { ClickHouseLogLevel, createClient, type ClickHouseClient, type ClickHouseSettings } from '@clickhouse/client'
import { AppError } from '../errors.js'
import { literal } from './clickhouse-sql.js'
import type { ClickHouseTarget } from './clickhouse-url.js'

/** One server the store talks to: its client and its address as messages name it. */
export interface Node {
  client: ClickHouseClient
  address: string
}

/** The oldest server this code is written for (Debian's; see REFERENCE.md). */
const MIN_VERSION = [18, 16]
/** How long opening waits for a server before saying it cannot reach it. */
const CONNECT_MS = 5000
/**
 * A socket silent this long fails the request (the client's default, 30 s, is shorter than a
 * large share query or insert on a cluster).
 */
const IDLE_MS = 600_000

/** A client of one server, in the store's database (or another, such as `system` before it exists). */
export function nodeClient(target: ClickHouseTarget, http: string, settings: ClickHouseSettings, database = target.database): Node {
  const client = createClient({
    url: http,
    username: target.user,
    password: target.password,
    database,
    request_timeout: IDLE_MS,
    // Progress headers keep a long query's socket from going silent past IDLE_MS.
    clickhouse_settings: { send_progress_in_http_headers: 1, http_headers_progress_interval_ms: '60000', ...settings },
    application: 'chokepoint',
    // Errors reach the user once, through the store's messages, not also as client log lines.
    log: { level: ClickHouseLogLevel.OFF },
  })
  return { client, address: http.replace(/^http:\/\//, '') }
}

/**
 * Checks a server answers and is at least 18.16, within a few seconds, so a wrong address or a
 * stopped server is an error naming the URL rather than a hang.
 */
export async function checkServer(node: Node, shown: string): Promise<string> {
  let version: string
  try {
    const res = await node.client.query({ query: 'SELECT version() AS v', format: 'JSONEachRow', abort_signal: AbortSignal.timeout(CONNECT_MS) })
    version = ((await res.json()) as { v: string }[])[0].v
  } catch (err) {
    throw new AppError(503, `cannot reach clickhouse at ${node.address} (${shown}): ${reason(err)}`)
  }
  const [major, minor] = version.split('.').map(Number)
  if (major < MIN_VERSION[0] || (major === MIN_VERSION[0] && minor < MIN_VERSION[1])) {
    throw new AppError(400, `clickhouse at ${node.address} (${shown}) is version ${version}; chokepoint needs ${MIN_VERSION.join('.')} or later`)
  }
  return version
}

/** A short cause for a connection failure (the client's messages can be long or empty). */
export function reason(err: unknown): string {
  const e = err as { code?: string; name?: string; message?: string }
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no answer within ${CONNECT_MS / 1000} s`
  if (e.code === 'ECONNREFUSED') return 'connection refused (is the server running on that port?)'
  const first = (e.message ?? String(err)).split('\n')[0]
  return e.code ? `${e.code}: ${first}` : first
}

interface ClusterRow {
  shard_num: number
  replica_num: number
  host_name: string
  port: number
  is_local: number
}

/**
 * The nodes of a cluster as system.clusters lists them, each reached over HTTP at: the address
 * `nodes` gives in the same order; else the listed host with the port of the node's own
 * `http_port` macro (several servers on one machine, as npm run ch:start runs them); else the
 * listed host with the URL's port (a real cluster serves HTTP on one port everywhere). Each node
 * is then asked which entry it is (is_local), so a wrong address is caught before any table is
 * made on it.
 */
export async function clusterNodes(home: Node, target: ClickHouseTarget, settings: ClickHouseSettings): Promise<Node[]> {
  const cluster = target.cluster!
  const rows = await clusterRows(home, cluster)
  if (!rows.length) throw new AppError(400, `no cluster "${cluster}" on ${home.address} (${target.masked}): see system.clusters and remote_servers in its config`)
  if (target.nodes && target.nodes.length !== rows.length) {
    throw new AppError(400, `cluster ${cluster} has ${rows.length} nodes but ${target.nodes.length} were given in ${target.masked}`)
  }
  const urlPort = new URL(target.httpUrl).port
  const addresses = await Promise.all(rows.map(async (r, i) => target.nodes?.[i] ?? `${r.host_name}:${(await httpPortMacro(home, r)) ?? urlPort}`))
  const nodes = addresses.map((a) => nodeClient(target, `http://${a}`, settings, 'system'))
  try {
    await Promise.all(nodes.map(async (node, i) => {
      await checkServer(node, target.masked)
      const self = (await clusterRows(node, cluster)).filter((r) => r.is_local)
      const want = rows[i]
      if (!self.some((r) => r.shard_num === want.shard_num && r.replica_num === want.replica_num)) {
        const is = self.length ? `shard ${self[0].shard_num} replica ${self[0].replica_num}` : 'no node of it'
        throw new AppError(400, `${node.address} is ${is} of cluster ${cluster}, not shard ${want.shard_num} replica ${want.replica_num} (${want.host_name}:${want.port}): give each node's HTTP address in system.clusters order with ?nodes=host:port,host:port`)
      }
    }))
  } catch (err) {
    await Promise.all(nodes.map((n) => n.client.close()))
    throw err
  }
  return nodes
}

/** A node's `http_port` macro, read through remote() over its native port, if it has one. */
async function httpPortMacro(home: Node, row: ClusterRow): Promise<string | undefined> {
  try {
    const res = await home.client.query({
      query: `SELECT substitution AS port FROM remote(${literal(`${row.host_name}:${row.port}`)}, system, macros) WHERE macro = 'http_port'`,
      format: 'JSONEachRow',
      abort_signal: AbortSignal.timeout(CONNECT_MS),
    })
    const port = ((await res.json()) as { port: string }[])[0]?.port
    return port && /^\d{1,5}$/.test(port) ? port : undefined
  } catch {
    // Unreachable or refusing: the URL's port is tried, and the node check then names it.
    return undefined
  }
}

async function clusterRows(node: Node, cluster: string): Promise<ClusterRow[]> {
  const res = await node.client.query({
    query: `SELECT shard_num, replica_num, host_name, port, is_local FROM system.clusters WHERE cluster = ${literal(cluster)} ORDER BY shard_num, replica_num`,
    format: 'JSONEachRow',
  })
  return (await res.json()) as ClusterRow[]
}

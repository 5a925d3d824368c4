import { ClickHouseLogLevel, createClient, type ClickHouseClient, type ClickHouseSettings } from '@clickhouse/client'
import { AppError } from '../errors.js'
import { clusterNodes, type Shard } from './clickhouse-cluster.js'
import { checkClickHouse, httpQuery, ping, type ClickHouseTarget } from './clickhouse-connect.js'
import { ident, literal } from './clickhouse-sql.js'

/** One server the store talks to: its client and its address as messages name it. */
export interface Node {
  client: ClickHouseClient
  address: string
}

/**
 * A socket silent this long fails the request (the client's default, 30 s, is shorter than a
 * large share query or insert on a cluster).
 */
export const IDLE_MS = Number(process.env.CHOKEPOINT_CLICKHOUSE_IDLE_MS ?? 600_000)

/** A client of one server, in the store's database. */
export function nodeClient(target: ClickHouseTarget, httpUrl: string, settings: ClickHouseSettings): Node {
  const client = createClient({
    url: httpUrl,
    username: target.user,
    password: target.password,
    database: target.database,
    request_timeout: IDLE_MS,
    // Progress headers keep a long query's socket from going silent past IDLE_MS.
    clickhouse_settings: { send_progress_in_http_headers: 1, http_headers_progress_interval_ms: '60000', ...settings },
    application: 'chokepoint',
    // Errors reach the user once, through the store's messages, not also as client log lines.
    log: { level: ClickHouseLogLevel.OFF },
  })
  return { client, address: httpUrl.replace(/^https?:\/\//, '') }
}

/** The servers a store writes to: the URL's one, or each shard of its cluster, and where reads go. */
export interface Servers {
  target: ClickHouseTarget
  /** HTTP address of each node (one per shard on a cluster, in system.clusters order). */
  addresses: string[]
  shards: Shard[]
  /** Index in `addresses` of the node the URL names, where queries run. */
  home: number
}

/**
 * Finds and checks the servers a URL names (each answers, logs in, runs 18.16 or later, within
 * seconds) and creates the database on each. On a cluster each node is asked which shard it is
 * (is_local), so an address that reaches another node is refused, naming it, before any table
 * is made on it; the URL's own node must be one of the cluster's.
 */
export async function findServers(location: string): Promise<Servers> {
  const { target } = await checkClickHouse(location)
  const found = target.cluster ? await clusterNodes(target) : [{ shard: undefined, httpUrl: target.httpUrl }]
  const addresses = found.map((f) => f.httpUrl)
  const shards = found.flatMap((f) => (f.shard ? [f.shard] : []))
  const at = (httpUrl: string): ClickHouseTarget => ({ ...target, httpUrl })
  let home = 0
  if (target.cluster) {
    await Promise.all(addresses.map(async (a, i) => {
      await ping(at(a))
      const self = await localShard(at(a), target.cluster!)
      if (self !== shards[i].shard) {
        const is = self === undefined ? 'no node of it' : `shard ${self}`
        throw new AppError(400, `${a} is ${is} of cluster ${target.cluster}, not shard ${shards[i].shard} (${shards[i].host}:${shards[i].port}): give each shard's HTTP address in system.clusters order with ?nodes=host:port,host:port (${target.masked})`)
      }
    }))
    const own = await localShard(target, target.cluster)
    home = shards.findIndex((s) => s.shard === own)
    if (home < 0) throw new AppError(400, `${target.masked} names a server that is not a node of cluster ${target.cluster}: point the URL at one of its nodes`)
  }
  for (const a of addresses) await httpQuery(at(a), `CREATE DATABASE IF NOT EXISTS ${ident(target.database)}`, { useDatabase: false })
  return { target, addresses, shards, home }
}

/** The shard of a cluster the server at `target` says it is (system.clusters, is_local), if any. */
async function localShard(target: ClickHouseTarget, cluster: string): Promise<number | undefined> {
  const sql = `SELECT shard_num FROM system.clusters WHERE cluster = ${literal(cluster)} AND is_local = 1 ORDER BY shard_num LIMIT 1 FORMAT JSONEachRow`
  const text = (await httpQuery(target, sql, { useDatabase: false })).trim()
  return text ? Number((JSON.parse(text) as { shard_num: number }).shard_num) : undefined
}

/** A short cause for a connection failure (the client's messages can be long or empty). */
export function reason(err: unknown): string {
  const e = err as { code?: string; message?: string }
  if (e.code === 'ECONNREFUSED') return 'connection refused'
  const first = (e.message ?? String(err)).split('\n')[0]
  return e.code ? `${e.code}: ${first}` : first
}

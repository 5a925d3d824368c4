import { AppError } from '../errors.js'
import { literal } from './clickhouse-sql.js'
import { httpQuery } from './clickhouse-connect.js'
import type { ClickHouseTarget } from './clickhouse-connect.js'

/**
 * Settings every query on a cluster carries. A shard that is down must fail the query: with
 * skip_unavailable_shards=1 (a server profile may set it) 18.16 answers from the shards it
 * reaches, a partial answer that looks whole. Inserts wait until every shard has its rows.
 */
export const CLUSTER_SETTINGS: Readonly<Record<string, number>> = Object.freeze({
  skip_unavailable_shards: 0,
  insert_distributed_sync: 1,
})

/** One shard of a cluster as the server's remote_servers config lists it (first replica's address). */
export interface Shard {
  readonly shard: number
  readonly host: string
  readonly address: string
  readonly port: number
}

/** The shards of the URL's cluster, read from system.clusters; an unknown cluster is refused by name. */
export async function clusterShards(
  target: ClickHouseTarget,
  { timeoutMs = 3_000 } = {}
): Promise<Shard[]> {
  if (!target.cluster)
    throw new AppError(400, `clickhouse url names no cluster: "${target.masked}"`)
  const sql = `SELECT cluster, shard_num, replica_num, host_name, host_address, port FROM system.clusters ORDER BY cluster, shard_num, replica_num FORMAT JSONEachRow`
  const rows = (await httpQuery(target, sql, { timeoutMs, useDatabase: false }))
    .split('\n')
    .filter(Boolean)
    .map(
      (line) =>
        JSON.parse(line) as {
          cluster: string
          shard_num: number
          replica_num: number
          host_name: string
          host_address: string
          port: number
        }
    )
  const mine = rows.filter((r) => r.cluster === target.cluster && r.replica_num === 1)
  if (mine.length === 0) {
    const known = [...new Set(rows.map((r) => r.cluster))]
    throw new AppError(
      400,
      `clickhouse at ${target.masked} has no cluster "${target.cluster}" (known: ${known.join(', ') || 'none'})`
    )
  }
  return mine.map((r) => ({
    shard: Number(r.shard_num),
    host: r.host_name,
    address: r.host_address,
    port: Number(r.port),
  }))
}

/**
 * The HTTP interface of each shard (first replica), where DDL runs node by node: the URL's
 * `?nodes=` when given; else the host system.clusters names, with the port the node's own
 * `http_port` macro gives (the servers of `npm run ch:start` differ by port) or, without it,
 * the URL's port (a real cluster serves HTTP on one port everywhere).
 */
export async function clusterNodes(
  target: ClickHouseTarget,
  { timeoutMs = 3_000 } = {}
): Promise<{ shard: Shard; httpUrl: string }[]> {
  const shards = await clusterShards(target, { timeoutMs })
  const scheme = new URL(target.httpUrl).protocol
  if (target.nodes) {
    if (target.nodes.length !== shards.length) {
      throw new AppError(
        400,
        `clickhouse url ${target.masked} lists ${target.nodes.length} nodes, but cluster "${target.cluster}" has ${shards.length} shards`
      )
    }
    return shards.map((shard, i) => ({ shard, httpUrl: `${scheme}//${target.nodes![i]}` }))
  }
  const urlPort = new URL(target.httpUrl).port
  return Promise.all(
    shards.map(async (shard) => {
      const host = shard.host.includes(':') ? `[${shard.host}]` : shard.host
      const port = (await httpPortMacro(target, shard, timeoutMs)) ?? urlPort
      return { shard, httpUrl: `${scheme}//${host}:${port}` }
    })
  )
}

/** The node's `http_port` macro, read through remote() (as the default user), if it has one. */
async function httpPortMacro(
  target: ClickHouseTarget,
  shard: Shard,
  timeoutMs: number
): Promise<string | undefined> {
  const address = shard.address.includes(':')
    ? `[${shard.address}]:${shard.port}`
    : `${shard.address}:${shard.port}`
  const sql = `SELECT substitution FROM remote(${literal(address)}, system, macros) WHERE macro = 'http_port'`
  try {
    const port = (await httpQuery(target, sql, { timeoutMs, useDatabase: false })).trim()
    return /^\d{1,5}$/.test(port) ? port : undefined
  } catch (err) {
    // A shard that is down is an error: guessing its port would send its DDL to another node.
    const down = shardFailure(err, target, [shard])
    if (down) throw down
    // A node that refuses the default user keeps its macro to itself: the URL's port is the guess.
    return undefined
  }
}

/**
 * The error to show when a query on a cluster failed because shards were unreachable: it names
 * each shard whose address the server's message gives, and says no partial answer was given.
 * Undefined when the failure names no shard of the cluster (a fault of the query itself).
 */
export function shardFailure(
  err: unknown,
  target: ClickHouseTarget,
  shards: readonly Shard[]
): AppError | undefined {
  const message = err instanceof Error ? err.message : String(err)
  const down = shards.filter(
    (s) => message.includes(`${s.address}:${s.port}`) || message.includes(`${s.host}:${s.port}`)
  )
  if (down.length === 0) return undefined
  const names = down.map((s) => `shard ${s.shard} (${s.host}:${s.port})`).join(', ')
  const verb = down.length === 1 ? 'is' : 'are'
  return new AppError(
    503,
    `clickhouse cluster ${target.cluster ?? ''} at ${target.masked}: ${names} ${verb} unavailable; the query was stopped, no partial answer given (${cause(message)})`
  )
}

/** The server's reason in a few words: refused, lost mid-query, or timed out. */
function cause(message: string): string {
  if (/Connection refused/i.test(message)) return 'connection refused'
  if (/read after eof|Connection reset/i.test(message)) return 'connection lost during the query'
  if (/Timeout/i.test(message)) return 'timed out'
  return message.slice(0, 200)
}

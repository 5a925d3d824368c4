import { badInput } from '../errors.js'

/** What a `clickhouse://[user:password@]host:port/database[?cluster=NAME&nodes=h:p,h:p]` names. */
export interface ClickHouseTarget {
  /** The HTTP address of the node the store talks to (queries, inserts into Distributed tables). */
  httpUrl: string
  user: string
  password: string
  database: string
  /** With a cluster name: local tables on every node of it, Distributed tables over them. */
  cluster?: string
  /**
   * HTTP addresses of the cluster's nodes, in system.clusters order, when they are not the host
   * names listed there with this URL's port (loopback clusters whose nodes differ by port).
   */
  nodes?: string[]
  /** The URL as messages show it: the password masked. */
  masked: string
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const ADDRESS = /^[A-Za-z0-9.-]+:\d{1,5}$|^\[[0-9a-fA-F:]+\]:\d{1,5}$/

/** Reads a clickhouse:// URL; a malformed one is refused naming it (password masked). */
export function parseClickHouseUrl(location: string): ClickHouseTarget {
  const shown = maskPassword(location)
  let url: URL
  try {
    url = new URL(location)
  } catch {
    throw badInput(`invalid clickhouse url: "${shown}" (expected clickhouse://[user:password@]host:port/database[?cluster=NAME])`)
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'default'
  if (!NAME.test(database)) throw badInput(`invalid clickhouse database name: "${database}" in ${shown} (expected letters, digits, _)`)
  if (!url.hostname || !url.port) throw badInput(`invalid clickhouse url: "${shown}" (expected host:port, e.g. clickhouse://127.0.0.1:8123/chokepoint)`)
  const known = new Set(['cluster', 'nodes'])
  for (const key of url.searchParams.keys()) {
    if (!known.has(key)) throw badInput(`unknown clickhouse url option: "${key}" in ${shown} (expected cluster, nodes)`)
  }
  const cluster = url.searchParams.get('cluster') ?? undefined
  if (cluster !== undefined && !NAME.test(cluster)) throw badInput(`invalid cluster name: "${cluster}" in ${shown}`)
  const nodes = url.searchParams.get('nodes')?.split(',').map((n) => n.trim())
  const bad = nodes?.find((n) => !ADDRESS.test(n))
  if (bad !== undefined) throw badInput(`invalid node address: "${bad}" in ${shown} (expected host:port of each node's HTTP interface)`)
  if (nodes && !cluster) throw badInput(`nodes given without a cluster in ${shown} (add ?cluster=NAME)`)
  return {
    httpUrl: `http://${url.hostname}:${url.port}`,
    user: decodeURIComponent(url.username) || 'default',
    password: decodeURIComponent(url.password),
    database,
    ...(cluster ? { cluster } : {}),
    ...(nodes ? { nodes } : {}),
    masked: shown,
  }
}

/** The URL with its password replaced by `***`, for every message that names it. */
export function maskPassword(location: string): string {
  return location.replace(/^(clickhouse:\/\/[^:/@]*:)[^/]*@/i, '$1***@')
}

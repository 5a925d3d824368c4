import { AppError } from '../errors.js'
import type { Node } from './clickhouse-nodes.js'
import { nodeDdl, physical } from './clickhouse-schema.js'
import { literal } from './clickhouse-sql.js'
import { SCHEMA_VERSION, StaleSchema } from './schema.js'

/**
 * Creates the tables on every node when missing, as DuckDB's migrate does for a file; a node
 * holding tables of another schema version, or laid out for another cluster (or none), is
 * refused by name. DDL runs node by node: ON CLUSTER needs ZooKeeper, which is not run here.
 */
export async function migrateNodes(nodes: Node[], database: string, shown: string, cluster?: string): Promise<void> {
  const layout = cluster ? `cluster ${cluster}` : 'single node'
  const meta = physical('meta', !!cluster)
  for (const node of nodes) {
    const found = await metaOf(node)
    const where = `${shown} (node ${node.address})`
    if (found) {
      if (found.schema_version !== String(SCHEMA_VERSION)) throw new StaleSchema(where, found.schema_version)
      if (found.layout !== layout) {
        throw new AppError(409, `${where} was created for ${found.layout ?? 'another layout'}, not ${layout}: open it as it was created, or use another database`)
      }
      continue
    }
    for (const sql of nodeDdl(database, cluster)) await node.client.command({ query: sql })
    await node.client.command({
      query: `INSERT INTO ${meta} (key, value) VALUES ('schema_version', ${literal(String(SCHEMA_VERSION))}), ('layout', ${literal(layout)})`,
    })
  }
}

/**
 * The meta rows of a node, or undefined when it has no chokepoint tables yet. The meta table is
 * created first and its rows written last, so a node whose creation was cut off is created again.
 */
async function metaOf(node: Node): Promise<Record<string, string> | undefined> {
  const res = await node.client.query({ query: `SELECT name FROM system.tables WHERE database = currentDatabase() AND name IN ('dataset', 'meta')`, format: 'JSONEachRow' })
  const names = new Set(((await res.json()) as { name: string }[]).map((r) => r.name))
  // Tables from before the meta table, or not chokepoint's: refused as another schema.
  if (!names.has('meta')) return names.has('dataset') ? {} : undefined
  const rows = await node.client.query({ query: `SELECT key, value FROM meta`, format: 'JSONEachRow' })
  const out: Record<string, string> = {}
  for (const r of (await rows.json()) as { key: string; value: string }[]) out[r.key] = r.value
  return out.schema_version ? out : undefined
}

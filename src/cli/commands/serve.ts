import { mkdirSync, existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Command } from 'commander'
import { serve } from '@hono/node-server'
import { createApp } from '../../api/app.js'
import { removeStaleUploads } from '../../api/scratch.js'
import { openScreening } from '../../screening/index.js'
import { loadList } from '../../screening/lists/load.js'
import { openStore } from '../../store/open.js'
import { StaleSchema } from '../../store/schema.js'
import type { Store } from '../../store/store.js'
import { generateComtrade } from '../../trade/generate/comtrade.js'
import { generateShipments } from '../../trade/generate/shipments.js'
import { ingest } from '../../trade/ingest/ingest.js'
import { badInput } from '../../errors.js'
import { withConfig, withStore, type GlobalFlags } from '../context.js'
import { emit } from '../output.js'

interface ServeFlags extends GlobalFlags {
  host: string
  port: string
}

function parsePort(raw: string): number {
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw badInput(`invalid port: "${raw}" (expected 0-65535)`)
  return port
}

/** Serves until the process is stopped; resolves once listening. */
export async function startServer(store: Store, host: string, port: number, token?: string): Promise<string> {
  const stale = await removeStaleUploads()
  if (stale.length) process.stderr.write(`removed ${stale.length} upload folder(s) left by a server that stopped mid-upload\n`)
  const app = createApp({ store, screening: await openScreening(store), token })
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => resolve(`http://${host}:${info.port}/`))
    server.once('error', (err) => reject(badInput(`cannot listen on ${host}:${port}: ${err.message}`)))
  })
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the dashboard and HTTP API (127.0.0.1 by default)')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--port <port>', 'port', '8080')
    .option('--db <path>', 'database file')
    .option('--token <token>', 'bearer token that allows uploads (or CHOKEPOINT_TOKEN); without one they are off')
    .action((f: ServeFlags) => serveForever(f))

  program
    .command('demo')
    .description('build a demo database of synthetic data (labelled so) and serve it')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--port <port>', 'port', '8080')
    .option('--db <path>', 'database file', './chokepoint-demo.duckdb')
    .option('--token <token>', 'bearer token that allows uploads (or CHOKEPOINT_TOKEN); without one they are off')
    .option('--no-serve', 'build the database only')
    .action(async (f: ServeFlags & { serve: boolean }) => {
      await dropStaleDemo(f.db ?? './chokepoint-demo.duckdb')
      await withStore(f, async (store) => {
        await buildDemo(store, '.demo')
        if (!f.serve) return
        process.stdout.write(`demo database ready: ${f.db}\n`)
      })
      if (f.serve && !process.exitCode) await serveForever(f)
    })

  program
    .command('generate')
    .description('write synthetic Comtrade+ or shipment-level data (seeded)')
    .requiredOption('--rows <n>', 'rows to write')
    .requiredOption('--out <file>', 'output CSV')
    .option('--format <format>', 'comtrade | shipments', 'comtrade')
    .option('--seed <n>', 'random seed', '1')
    .option('--json', 'print JSON')
    .action((f: GlobalFlags & { rows: string; out: string; format: string; seed: string }) =>
      withConfig(f, async (config) => {
        const store = await openStore(':memory:')
        try {
          const opts = { rows: Number(f.rows), out: f.out, seed: Number(f.seed) }
          if (f.format !== 'comtrade' && f.format !== 'shipments') throw badInput(`unknown format: "${f.format}" (expected comtrade or shipments)`)
          const r = f.format === 'comtrade' ? await generateComtrade(store, opts) : await generateShipments(store, opts)
          emit(config.json, { ...r, out: f.out, synthetic: true }, () => `wrote ${r.rows} synthetic ${f.format} rows to ${f.out}`)
        } finally {
          await store.close()
        }
      })
    )
}

async function serveForever(f: ServeFlags): Promise<void> {
  await withStore(f, async (store, config) => {
    const url = await startServer(store, f.host, parsePort(f.port), config.token)
    process.stdout.write(`chokepoint serving ${config.db} at ${url}${config.token ? ' (uploads allowed with the token)' : ''}\n`)
    await new Promise(() => undefined)
  })
}

/**
 * The demo database is the tool's own derived data: when an older chokepoint wrote it, it is
 * rebuilt rather than refused (a user's own database is never deleted: openStore refuses it).
 */
async function dropStaleDemo(path: string): Promise<void> {
  if (!existsSync(path)) return
  try {
    await (await openStore(path)).close()
  } catch (err) {
    if (!(err instanceof StaleSchema)) return
    process.stderr.write(`demo: ${path} was built by an older chokepoint; rebuilding it\n`)
    rmSync(path, { force: true })
    rmSync(`${path}.wal`, { force: true })
  }
}

/** Generates and loads the demo data once; a database that already has it is reused. */
export async function buildDemo(store: Store, dir: string): Promise<void> {
  await loadDemoLists(store)
  const [{ n }] = await store.all<{ n: number }>(`SELECT count(*) AS n FROM dataset WHERE synthetic`)
  if (n > 0) return
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true })
  const comtrade = join(dir, 'demo-comtrade.csv')
  const shipments = join(dir, 'demo-shipments.csv')
  await generateComtrade(store, { rows: 1_400_000, out: comtrade, seed: 2024 })
  await ingest(store, comtrade, { format: 'comtrade', synthetic: true })
  await generateShipments(store, { rows: 20_000, out: shipments, seed: 2024 })
  await ingest(store, shipments, { format: 'shipments', synthetic: true })
}

// Lists for the demo's screening page: the small EU and UK samples (a few real designations typed
// into the published layouts for the tests, flagged as samples wherever lists are shown) always,
// and two OFAC SDN versions (before and after the 2022 invasion, for the diff) when
// ../shared/data has them.
const FIXTURES = new URL('../../../src/screening/fixtures/', import.meta.url).pathname
const SDN = new URL('../../../../shared/data/ofac-sdn-2024-05/', import.meta.url).pathname

async function loadDemoLists(store: Store): Promise<void> {
  const [{ n }] = await store.all<{ n: number }>(`SELECT count(*) AS n FROM list_version`)
  if (n > 0) return
  const sample = ['sample: a few entries typed into the published layout for tests, not the full list']
  await loadList(store, [join(FIXTURES, 'eu-fsf.csv')], 'eu-fsf', { notes: sample })
  await loadList(store, [join(FIXTURES, 'uk-conlist.csv')], 'uk-csv', { notes: sample })
  for (const [file, asOf] of [['sdn_2022-02-23.csv', '2022-02-23'], ['sdn_2024-05-03.csv', '2024-05-03']]) {
    if (existsSync(join(SDN, file))) await loadList(store, [join(SDN, file)], 'ofac-csv', { asOf })
  }
}

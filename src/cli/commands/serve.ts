import { mkdirSync, existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Command } from 'commander'
import type { Store } from '../../store/store.js'
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
  // Loaded here, not at the top: the API and the matcher are not needed for --help.
  const [{ serve }, { createApp }, { openScreening }] = await Promise.all([import('@hono/node-server'), import('../../api/app.js'), import('../../screening/index.js')])
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
    .option('--json', 'print {"ok": true, "url": ...} once serving')
    .action((f: ServeFlags) => serveForever(f))

  program
    .command('demo')
    .description('build a demo database of synthetic data (labelled so) and serve it')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--port <port>', 'port', '8080')
    .option('--db <path>', 'database file', './chokepoint-demo.duckdb')
    .option('--token <token>', 'bearer token that allows uploads (or CHOKEPOINT_TOKEN); without one they are off')
    .option('--no-serve', 'build the database only')
    .option('--json', 'print {"ok": true, "url": ...} once serving')
    .action(async (f: ServeFlags & { serve: boolean }) => {
      await dropStaleDemo(f.db ?? './chokepoint-demo.duckdb')
      await withStore(f, async (store, config) => {
        await buildDemo(store, '.demo')
        if (!f.serve) emit(config.json, { db: config.db }, () => `demo database ready: ${config.db}`)
        else if (!config.json) process.stdout.write(`demo database ready: ${config.db}\n`)
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
        const [{ openStore }, { generateComtrade }, { generateShipments }] = await Promise.all([
          import('../../store/open.js'), import('../../trade/generate/comtrade.js'), import('../../trade/generate/shipments.js'),
        ])
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
    emit(config.json, { url, db: config.db, uploads: !!config.token }, () => `chokepoint serving ${config.db} at ${url}${config.token ? ' (uploads allowed with the token)' : ''}`)
    await new Promise(() => undefined)
  })
}

/**
 * The demo database is the tool's own derived data: when an older chokepoint wrote it, it is
 * rebuilt rather than refused (a user's own database is never deleted: openStore refuses it).
 */
async function dropStaleDemo(path: string): Promise<void> {
  if (!existsSync(path)) return
  const [{ openStore }, { StaleSchema }] = await Promise.all([import('../../store/open.js'), import('../../store/schema.js')])
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
  const [{ generateComtrade }, { generateShipments }, { ingest }] = await Promise.all([
    import('../../trade/generate/comtrade.js'), import('../../trade/generate/shipments.js'), import('../../trade/ingest/ingest.js'),
  ])
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
  const { loadList } = await import('../../screening/lists/versions.js')
  const [{ n }] = await store.all<{ n: number }>(`SELECT count(*) AS n FROM list_version`)
  if (n > 0) return
  const sample = ['sample: a few entries typed into the published layout for tests, not the full list']
  await loadList(store, [join(FIXTURES, 'eu-fsf.csv')], 'eu-fsf', undefined, new Date(), sample)
  await loadList(store, [join(FIXTURES, 'uk-conlist.csv')], 'uk-csv', undefined, new Date(), sample)
  for (const [file, asOf] of [['sdn_2022-02-23.csv', '2022-02-23'], ['sdn_2024-05-03.csv', '2024-05-03']]) {
    if (existsSync(join(SDN, file))) await loadList(store, [join(SDN, file)], 'ofac-csv', asOf)
  }
}

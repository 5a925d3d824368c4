import { resolve } from 'node:path'
import type { Duplex } from 'node:stream'
import type { Command } from 'commander'
import type { Store } from '../../store/store.js'
import { badInput } from '../../errors.js'
import { withConfig, withStore, type GlobalFlags } from '../context.js'
import { emit } from '../output.js'
import { DB_HELP } from './flags.js'

interface ServeFlags extends GlobalFlags {
  host: string
  port: string
  rules?: string[]
  claims?: string
}

const collect = (value: string, previous: string[] = []) => [...previous, value]

function parsePort(raw: string): number {
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw badInput(`invalid port: "${raw}" (expected 0-65535)`)
  return port
}

// Loaded when serving, not at the top: the API and the matcher are not needed for --help. Asked
// for before the database is opened, so they load while DuckDB opens the file.
const serverModules = () =>
  Promise.all([
    import('@hono/node-server'), import('../../api/app.js'), import('../../screening/index.js'), import('../../api/scratch.js'), import('../../rules/load.js'),
  ])

/** Serves until the process is stopped; resolves once listening. */
export async function startServer(store: Store, host: string, port: number, token?: string, rulesDirs: string[] = [], claimsFile?: string, indexFile?: string): Promise<string> {
  const [{ serve }, { createApp }, { openScreening }, { removeStaleUploads }, { loadRules }] = await serverModules()
  // Rules files are checked before anything is served: a broken one stops the server from starting.
  const rules = loadRules({ extra: rulesDirs })
  const stale = await removeStaleUploads()
  if (stale.length) process.stderr.write(`removed ${stale.length} upload folder(s) left by a server that stopped mid-upload\n`)
  const screening = await openScreening(store, { indexFile })
  for (const w of screening.origin.warnings) process.stderr.write(`warning: ${w}
`)
  const app = createApp({ store, screening, token, rules, ...(claimsFile ? { claimsFile: resolve(claimsFile) } : {}) })
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => resolve(`http://${host}:${info.port}/`))
    server.once('error', (err) => reject(badInput(`cannot listen on ${host}:${port}: ${err.message}`)))
    server.on('clientError', refuseMalformed)
  })
}

/**
 * A request Node's parser refuses before the app sees it (raw UTF-8 in the URL, a malformed
 * line) gets the API's JSON error, not an empty 400.
 */
function refuseMalformed(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) return void socket.destroy()
  const body = JSON.stringify({ ok: false, error: `bad request: ${err.code ?? err.message} (percent-encode characters outside ASCII in the URL)` })
  socket.end(`HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`)
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the dashboard and HTTP API (127.0.0.1 by default)')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--port <port>', 'port', '8080')
    .option('--db <path|url>', DB_HELP)
    .option('--token <token>', 'bearer token that allows uploads (or CHOKEPOINT_TOKEN); without one they are off')
    .option('--rules <dir>', 'also load the metals rules files of this folder; repeatable', collect)
    .option('--claims <file>', 'the claims file the Claims page checks (default: the published figures, examples/claims.yaml)')
    .option('--json', 'print {"ok": true, "url": ...} once serving')
    .action((f: ServeFlags) => serveForever(f))

  program
    .command('demo')
    .description('build a demo database of synthetic data (labelled so) and serve it')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--port <port>', 'port', '8080')
    .option('--db <path|url>', 'a DuckDB file or clickhouse:// URL to build the demo in', './chokepoint-demo.duckdb')
    .option('--token <token>', 'bearer token that allows uploads (or CHOKEPOINT_TOKEN); without one they are off')
    .option('--no-serve', 'build the database only')
    .option('--json', 'print {"ok": true, "url": ...} once serving')
    .action(async (f: ServeFlags & { serve: boolean }) => {
      const { buildDemo, dropStaleDemo } = await import('../demo.js')
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
    .option('--truth <file>', 'shipments: also write the planted risky shipments (shipment_id, kind) to this CSV')
    .option('--json', 'print JSON')
    .action((f: GlobalFlags & { rows: string; out: string; format: string; seed: string; truth?: string }) =>
      withConfig(f, async (config) => {
        const [{ openStore }, { generateComtrade }, { generateShipments }] = await Promise.all([
          import('../../store/open.js'), import('../../trade/generate/comtrade.js'), import('../../trade/generate/shipments.js'),
        ])
        const store = await openStore(':memory:')
        try {
          const opts = { rows: Number(f.rows), out: f.out, seed: Number(f.seed) }
          if (f.format !== 'comtrade' && f.format !== 'shipments') throw badInput(`unknown format: "${f.format}" (expected comtrade or shipments)`)
          if (f.truth && f.format !== 'shipments') throw badInput('--truth is for --format shipments (the planted risky shipments)')
          const r = f.format === 'comtrade' ? await generateComtrade(store, opts) : await generateShipments(store, { ...opts, truth: f.truth })
          emit(config.json, { ...r, out: f.out, synthetic: true }, () => `wrote ${r.rows} synthetic ${f.format} rows to ${f.out}`)
        } finally {
          await store.close()
        }
      })
    )
}

async function serveForever(f: ServeFlags): Promise<void> {
  // A failure to load is reported by startServer, which asks again.
  serverModules().catch(() => undefined)
  await withStore(f, async (store, config) => {
    const url = await startServer(store, f.host, parsePort(f.port), config.token, f.rules, f.claims, config.indexFile)
    emit(config.json, { url, db: config.db, uploads: !!config.token }, () => `chokepoint serving ${config.db} at ${url}${config.token ? ' (uploads allowed with the token)' : ''}`)
    await new Promise(() => undefined)
  })
}

import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import autocannon, { type Result } from 'autocannon'

// npm run bench:api: the demo database served by `chokepoint demo` in a child process (so the
// load generator does not share its event loop), then autocannon on loopback against /shares
// and /screen. BENCH_DB picks another database; BENCH_SECONDS another duration.
const DB = process.env.BENCH_DB ?? './chokepoint-demo.duckdb'
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)
const CLI = fileURLToPath(new URL('../cli/main.js', import.meta.url))

// What the dashboard asks: a few importers, baskets and grains, so no single plan is warm.
const SHARES = [
  'importer=RUS&basket=chpl&by=quarter&basis=mirror&top=6',
  'importer=RUS&basket=machine-tools&by=year&basis=mirror&top=8',
  'importer=RUS&basket=microelectronics&by=month&basis=mirror&top=6',
  'importer=RUS&basket=chpl-tier-1&by=year&basis=reported&top=6',
  'importer=KAZ&basket=chpl&by=quarter&basis=reported&top=6',
  'exporter=RUS&basket=aluminium&by=year&basis=mirror&top=6',
].map((q) => ({ path: `/shares?${q}` }))
// The same questions with `top` from 1 to 200 and three starting years: 3,600 distinct answers,
// more than 20 s of requests reach, so the answer cache cannot help (the cold figure).
const DISTINCT = ['', '&from=2019', '&from=2020'].flatMap((from) =>
  SHARES.flatMap(({ path }) => Array.from({ length: 200 }, (_, i) => ({ path: path.replace(/top=\d+/, `top=${i + 1}`) + from })))
)
const NAMES = ['Zala Aero Group', 'Vladimir Putin', 'Rosoboronexport', 'Sberbank of Russia', 'Huawei Technologies Co Ltd', 'Владимир Путин', 'Jane Nobody Trading LLC', 'Promtekh Ural']
const SCREEN = NAMES.map((n) => ({ path: `/screen?name=${encodeURIComponent(n)}&limit=10` }))

async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [CLI, 'demo', '--db', DB, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk
      const m = /serving .* at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out)
      if (m) resolve(m[1])
    })
    child.once('exit', (code) => reject(new Error(`chokepoint demo exited (${code}) before serving:\n${out}`)))
  })
  return { url, child }
}

async function run(name: string, url: string, requests: { path: string }[], warm = true): Promise<Result> {
  // Warm up each query once so the figures are the steady state, not the first plan.
  for (const r of warm ? requests : requests.slice(0, 6)) {
    const res = await fetch(url + r.path)
    if (!res.ok) throw new Error(`${name}: ${r.path} answered ${res.status}: ${await res.text()}`)
  }
  return autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests })
}

/**
 * A GET /baskets while one heavy POST /match (1,000 queries of 2 names) runs: the light request's
 * latency, against its latency alone. A long batch must not hold the event loop (issue: 5.6 s).
 */
async function concurrent(url: string): Promise<string> {
  const time = async (f: () => Promise<Response>) => {
    const t0 = performance.now()
    await (await f()).text()
    return performance.now() - t0
  }
  const baskets = () => fetch(`${url}/baskets`)
  const alone = Math.min(...(await Promise.all([0, 1, 2].map(() => time(baskets)))))
  const queries = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`q${i}`, { schema: 'Person', properties: { name: [`Vladimir Putin ${i}`, 'Zala Aero'] } }]))
  const heavy = time(() => fetch(`${url}/match/default`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ queries }) }))
  await new Promise((ok) => setTimeout(ok, 50))
  const during = await time(baskets)
  return `GET /baskets during a 1,000-query POST /match: ${during.toFixed(1)} ms (alone: ${alone.toFixed(1)} ms; the /match took ${(await heavy).toFixed(0)} ms)`
}

const { url, child } = await startServer()
try {
  const lists = (await (await fetch(`${url}/lists`)).json()) as { lists: { source: string; matchable: number; current: boolean }[] }
  const current = lists.lists.filter((l) => l.current)
  console.log(`serving ${DB} at ${url}; lists: ${current.map((l) => `${l.source} (${l.matchable})`).join(', ') || 'none'}`)
  console.log(`autocannon: ${CONNECTIONS} connections, ${SECONDS} s per route, loopback\n`)
  const rows: [string, Result][] = [
    ['/shares', await run('/shares', url, SHARES)],
    ['/shares*', await run('/shares*', url, DISTINCT, false)],
    ['/screen', await run('/screen', url, SCREEN)],
  ]
  console.log(`${'route'.padEnd(10)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'requests'.padStart(9)} ${'errors'.padStart(7)} ${'non-2xx'.padStart(8)}`)
  for (const [name, r] of rows) {
    console.log(
      `${name.padEnd(10)} ${r.requests.average.toFixed(0).padStart(9)} ${String(r.latency.p50).padStart(8)} ${String(r.latency.p99).padStart(8)} ${String(r.latency.max).padStart(8)} ${String(r.requests.total).padStart(9)} ${String(r.errors + r.timeouts).padStart(7)} ${String(r.non2xx).padStart(8)}`
    )
  }
  console.log(`\n/shares: 6 dashboard questions, answered from the cache after the first; /shares*: 3,600 distinct questions, each a query`)
  console.log(`\n${await concurrent(url)}`)
  if (rows.some(([, r]) => r.errors + r.timeouts + r.non2xx > 0)) process.exitCode = 1
} finally {
  child.kill('SIGTERM')
}

import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { csvField } from '../csv.js'
import { benchQueries, DATA, listItems, requireData } from './screening-data.js'

// What a user waits for, whole process: `node dist/cli/main.js` spawned against a temp database
// with OFAC SDN 2024-05 + UN loaded (the loads write the index beside it), the start-up of
// screen, screen --batch and serve from that persisted index, and batches of 5,000 and 50,000
// names. Wall-clock times of single runs on a shared machine: the load average is printed with
// them, start-ups are the fastest of three, and on Linux each run's CPU time (user + system, all
// its threads) is printed too, which other processes on the machine change far less.
requireData()
const CLI = fileURLToPath(new URL('../cli/main.js', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'chokepoint-bench-'))
const db = join(dir, 'lists.duckdb')
const sidecar = `${db}.screening-index`

/** CPU seconds of the children waited for so far (Linux: /proc/self/stat cutime + cstime). */
function childCpu(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
  return (Number(fields[13]) + Number(fields[14])) / 100
}

let lastCpu: number | undefined
function cli(...args: string[]): number {
  const t0 = performance.now()
  const c0 = childCpu()
  const r = spawnSync(process.execPath, [CLI, ...args, '--db', db], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`chokepoint ${args.join(' ')} failed: ${r.stderr}`)
  const c1 = childCpu()
  lastCpu = c0 === undefined || c1 === undefined ? undefined : c1 - c0
  return (performance.now() - t0) / 1000
}
const cpuNote = (names?: number) => (lastCpu === undefined ? '' : `; ${lastCpu.toFixed(2)} s of CPU${names ? `, ${Math.round(names / lastCpu).toLocaleString('en-US')} names per CPU-second` : ''}`)

/** Seconds until `serve` prints its address (then it is stopped). */
function serveStart(): Promise<number> {
  return new Promise((ok, fail) => {
    const t0 = performance.now()
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--db', db])
    child.stdout.on('data', (d) => {
      if (!/http:\/\//.test(String(d))) return
      ok((performance.now() - t0) / 1000)
      child.kill('SIGKILL')
    })
    child.on('exit', (code) => code && fail(new Error(`serve exited with ${code}`)))
  })
}

/** A CSV of `n` names: the bench queries, cycled, each cycle misspelt at another place. */
function namesFile(n: number): string {
  const base = benchQueries(listItems().ofac)
  const rows = ['name,schema,country,birth_date']
  for (let i = 0; i < n; i++) {
    const q = base[i % base.length]
    const cycle = Math.floor(i / base.length)
    const name = cycle ? misspell(String(q.name), cycle) : String(q.name)
    rows.push([name, q.schema ?? '', q.country ?? '', q.birthDate ?? ''].map(csvField).join(','))
  }
  const file = join(dir, `names-${n}.csv`)
  writeFileSync(file, rows.join('\n') + '\n')
  return file
}

// One letter doubled at a place that moves with the cycle: the same names, not the same strings.
const misspell = (name: string, cycle: number) => {
  const at = (cycle * 7) % name.length
  return name.slice(0, at + 1) + name.slice(at)
}

// The fastest of a few runs, and the least CPU time among them (left in lastCpu).
const fastest = async (runs: number, fn: () => number | Promise<number>) => {
  let best = Infinity
  let cpu = Infinity
  for (let i = 0; i < runs; i++) {
    lastCpu = undefined
    best = Math.min(best, await fn())
    cpu = Math.min(cpu, lastCpu ?? Infinity)
  }
  lastCpu = cpu === Infinity ? undefined : cpu
  return best
}

const s = (x: number) => `${x.toFixed(2)} s`
const rows: [string, string][] = []
const load = (file: string, format: string) => cli('lists', 'load', file, '--format', format)
rows.push(['lists load OFAC SDN, then UN (each builds the index)', `${s(load(`${DATA}/ofac-sdn-2024-05/sdn_2024-05-03.csv`, 'ofac-csv'))}, ${s(load(`${DATA}/un-consolidated-xml/UN_consolidated.xml`, 'un-xml'))}; index file ${(statSync(sidecar).size / 1e6).toFixed(1)} MB`])
const one = namesFile(1)
const screenStart = await fastest(3, () => cli('screen', 'Vladimir Putin'))
const screenCpu = cpuNote()
const batchStart = await fastest(3, () => cli('screen', '--batch', one, '--out', join(dir, 'out.csv')))
rows.push(['start-up from the persisted index (fastest of 3)', [
  `screen ${s(screenStart)}${screenCpu}`,
  `screen --batch (1 name) ${s(batchStart)}${cpuNote()}`,
  `serve ${s(await fastest(3, serveStart))}`,
].join(', ')])
for (const n of [5_000, 50_000]) {
  const file = namesFile(n)
  const secs = cli('screen', '--batch', file, '--out', join(dir, 'out.csv'))
  rows.push([`screen --batch ${n.toLocaleString('en-US')} names, whole process`, `${s(secs)}: ${Math.round(n / secs).toLocaleString('en-US')} names/s including start-up${cpuNote(n)}`])
}
rmSync(sidecar)
const five = namesFile(5_000)
const cold = cli('screen', '--batch', five, '--out', join(dir, 'out.csv'))
rows.push(['screen --batch 5,000 names, no index file (built first)', `${s(cold)}: ${Math.round(5000 / cold).toLocaleString('en-US')} names/s${cpuNote(5000)}`])
rows.push(['machine load (1-minute average, cores shared)', loadavg()[0].toFixed(1)])
rmSync(dir, { recursive: true, force: true })
const w = Math.max(...rows.map((r) => r[0].length))
process.stdout.write(`\nscreening from the command line (node dist/cli/main.js)\n\n${rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n')}\n`)

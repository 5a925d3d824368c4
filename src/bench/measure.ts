/** Median wall time of `runs` calls, in seconds. */
export async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await fn()
    times.push((performance.now() - t0) / 1000)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

/** Median times of two functions called in turn, so drift on a shared machine hits both alike. */
export async function alternate(runs: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number, number]> {
  await a()
  await b()
  const times: [number[], number[]] = [[], []]
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of [a, b].entries()) {
      const t0 = performance.now()
      await fn()
      times[k].push((performance.now() - t0) / 1000)
    }
  }
  const mid = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]
  return [mid(times[0]), mid(times[1])]
}

export function report(rows: { what: string; chokepoint: number; baseline: number; budget: number }[]): void {
  const lines = rows.map(
    (r) =>
      `${r.what.padEnd(44)} ${r.chokepoint.toFixed(3).padStart(8)} s ${r.baseline.toFixed(3).padStart(8)} s  ratio ${(r.chokepoint / r.baseline).toFixed(2)}x  (budget ${r.budget}x) ${r.chokepoint / r.baseline <= r.budget ? 'ok' : 'OVER'}`
  )
  console.log(`${'measure'.padEnd(44)} ${'chokepoint'.padStart(10)} ${'baseline'.padStart(10)}`)
  for (const l of lines) console.log(l)
}

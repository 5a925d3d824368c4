import { AppError } from '../../errors.js'
import type { Store } from '../../store/store.js'
import { diversion } from '../../trade/analytics/diversion/diversion.js'
import { findCountry } from '../../trade/countries/resolve.js'
import type { Reason, Shipment } from '../model.js'
import { members, type Weights } from '../weights.js'

/** A high-risk route: goods of an origin dispatched from a transit country to a destination, and why it is one. */
export interface Corridor {
  origin: string
  origins: Set<string>
  destination: Set<string>
  /** transit country -> why it is high-risk */
  via: Map<string, string>
}

/** The corridors scoring used and where they came from: the diversion analytics on loaded flows, or the weights file's list. */
export interface Corridors {
  source: 'flows' | 'list'
  corridors: Corridor[]
  /** What was used, in words, for the provenance. */
  note: string
  datasets: { id: string; file: string; synthetic: boolean }[]
}

/**
 * The corridors from the diversion analytics when the store has flows for the weights' query
 * (a transit country whose exports from the exporter rose at least `min_ratio` times from the
 * baseline to the period), else the weights file's list, saying which and why.
 */
export async function loadCorridors(store: Store | undefined, w: Weights): Promise<Corridors> {
  const q = w.settings.corridors.flows
  const list = (why: string): Corridors => ({
    source: 'list',
    datasets: [],
    note: `the list in ${w.file} (${why})`,
    corridors: w.corridorList.map((c) => ({
      origin: c.origin,
      origins: c.origins,
      destination: c.destination,
      via: new Map([...c.via].map((v) => [v, c.why])),
    })),
  })
  if (!store || !q) return list(!q ? 'no flows query in the weights' : 'no database')
  let r: Awaited<ReturnType<typeof diversion>>
  try {
    r = await diversion(store, {
      exporter: q.exporter,
      target: q.target,
      via: q.via.join(','),
      baseline: q.baseline,
      period: q.period,
      basket: q.basket,
    })
  } catch (err) {
    if (err instanceof AppError)
      return list(`the diversion analytics could not answer: ${err.message}`)
    throw err
  }
  const measured = r.rows.filter((x) => x.ratio != null)
  if (!r.datasets.length || !measured.length)
    return list(
      `no loaded flows of ${q.exporter} exports to ${q.via.join(', ')} in ${q.baseline} and ${q.period}`
    )
  const surged = measured.filter((x) => x.ratio! >= q.min_ratio)
  const names = r.datasets.map((d) => d.file).join(', ')
  const via = new Map(
    surged.map((x) => [
      x.country,
      `${q.exporter} exports of ${r.basket.id} goods to ${x.country} were ${x.ratio!.toFixed(1)}x their ${q.baseline} level in ${q.period} (diversion analytics on ${names}${r.synthetic ? ', synthetic data' : ''})`,
    ])
  )
  const target = findCountry(q.target)!.code
  const noop = () => undefined
  return {
    source: 'flows',
    datasets: r.datasets.map(({ id, file, synthetic }) => ({ id, file, synthetic })),
    note: `the diversion analytics: ${q.exporter} -> {${measured.map((x) => `${x.country} ${x.ratio!.toFixed(1)}x`).join(', ')}} -> ${target}, ${q.baseline} vs ${q.period}, basket ${q.basket}; high-risk at ${q.min_ratio}x or more: ${surged.map((x) => x.country).join(', ') || 'none'}`,
    corridors: [
      {
        origin: q.exporter,
        origins: members(q.exporter, [], noop),
        destination: new Set([target]),
        via,
      },
    ],
  }
}

/** Goods of a corridor's origin dispatched from one of its transit countries to its destination. */
export function corridorFactor(c: Corridors, w: Weights): (s: Shipment) => Reason | undefined {
  return (s) => {
    if (!s.origin || !s.dispatch || !s.destination || s.dispatch === s.origin) return undefined
    for (const k of c.corridors) {
      const why = k.via.get(s.dispatch)
      if (!why || !k.origins.has(s.origin) || !k.destination.has(s.destination)) continue
      return {
        factor: 'corridor',
        points: w.points.corridor,
        why: `goods of ${s.origin} origin (${k.origin}) dispatched from ${s.dispatch} to ${s.destination}: a high-risk corridor (${c.source === 'flows' ? why : `list in the weights file: ${why}`})`,
      }
    }
    return undefined
  }
}

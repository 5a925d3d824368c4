import type { Store } from '../../store/store.js'
import { shares, type SharesQuery, type SharesResult } from './shares.js'

const MAX_ENTRIES = 256

interface Entry {
  generation: number
  answers: Map<string, Promise<SharesResult>>
}
const byStore = new WeakMap<Store, Entry>()

/**
 * shares() remembered until the store's next write: a dashboard asks the same few questions
 * over and over, and each costs a scan of the flow table. Identical requests in flight share
 * one query. The answer is shared too, so callers must not change it.
 */
export function cachedShares(store: Store, q: SharesQuery): Promise<SharesResult> {
  let entry = byStore.get(store)
  if (!entry || entry.generation !== store.generation) {
    entry = { generation: store.generation, answers: new Map() }
    byStore.set(store, entry)
  }
  const key = JSON.stringify(Object.entries(q).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)))
  const hit = entry.answers.get(key)
  if (hit) {
    entry.answers.delete(key)
    entry.answers.set(key, hit)
    return hit
  }
  const answer = shares(store, q)
  const answers = entry.answers
  answers.set(key, answer)
  answer.catch(() => answers.delete(key))
  if (answers.size > MAX_ENTRIES) answers.delete(answers.keys().next().value!)
  return answer
}

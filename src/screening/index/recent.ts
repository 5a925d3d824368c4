/**
 * The entities a thread read last, kept read: the same list entities come back query after
 * query (common names share candidates), and reading one from the packed records allocates
 * every name, form and token of it again. A Map in use order (least recent first), bounded:
 * the entry read longest ago leaves when a new one comes. Entries are shared by the queries
 * that meet them, so nothing may change one after it is read (the matcher changes only the
 * query's objects).
 */
export function recentlyRead<T>(read: (pos: number) => T, size: number): (pos: number) => T {
  const kept = new Map<number, T>()
  return (pos) => {
    let v = kept.get(pos)
    if (v !== undefined) {
      // Moved to the end: the most recently used.
      kept.delete(pos)
    } else {
      v = read(pos)
      if (kept.size >= size) kept.delete(kept.keys().next().value as number)
    }
    kept.set(pos, v)
    return v
  }
}

import data from './groups.json' with { type: 'json' }

/** A named group of countries (EU27 ...), kept as data with the source of its membership. */
export interface Group {
  code: string
  name: string
  members: string[]
  source: string
}

const groups = data as Record<string, Omit<Group, 'code'>>

/** The group a canonical code names, or undefined for a single country. */
export function findGroup(code: string): Group | undefined {
  const g = groups[code]
  return g ? { code, ...g } : undefined
}

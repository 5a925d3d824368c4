import { makeEntity, type Entity } from '../screening/model.js'

/**
 * A sanctions-like list of any size for the scale benchmark, the same for the same seed: persons
 * with given names, patronymics or middle names and one or two surnames from several naming
 * traditions, companies with legal forms, places and trade words; some with aliases, birth dates
 * and countries. Common names come from pools, rarer ones are built from syllables, so the
 * vocabulary grows with the list as a real one does instead of repeating a few hundred words.
 */
export function syntheticList(count: number, seed = 1): Entity[] {
  const rand = mulberry32(seed)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]
  const out: Entity[] = []
  for (let i = 0; i < count; i++) {
    const person = rand() < 0.6
    const names = person ? personNames(rand, pick) : companyNames(rand, pick)
    const props: Record<string, string[]> = { name: [names[0]], alias: names.slice(1), country: [pick(COUNTRIES)] }
    if (person && rand() < 0.7) props.birthDate = [`${1940 + Math.floor(rand() * 60)}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`]
    out.push(makeEntity(`syn-${seed}-${i}`, person ? 'Person' : pick(['Company', 'Organization', 'LegalEntity']), 'synthetic', props))
  }
  return out
}

type Pick = <T>(xs: readonly T[]) => T

const pad = (n: number) => String(n).padStart(2, '0')

/** Seeded PRNG (mulberry32): 32 bits of state, good enough to spread names. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ONSETS = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'kh', 'sh', 'ch', 'zh', 'y', 'h', 'f', 'j', 'ts', 'br', 'gr', 'st']
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ai', 'ia', 'ou', 'ei', 'ya']
const CODAS = ['', '', '', 'n', 'r', 'm', 'l', 's', 'v', 'k', 'd']

/** A capitalised word of 2 to 3 syllables: a rarer given name or surname. */
function coined(rand: () => number, pick: Pick): string {
  const syllables = 2 + Math.floor(rand() * 2)
  let w = ''
  for (let s = 0; s < syllables; s++) w += pick(ONSETS) + pick(NUCLEI) + (s === syllables - 1 ? pick(CODAS) : '')
  return w[0].toUpperCase() + w.slice(1)
}

/** Naming traditions: given names, surnames, and how a full name is put together. */
const TRADITIONS = [
  { given: ['Ivan', 'Sergei', 'Alexei', 'Dmitry', 'Olga', 'Natalia', 'Yuri', 'Vladimir', 'Elena', 'Mikhail'], family: ['Petrov', 'Ivanov', 'Sokolov', 'Volkov', 'Morozov', 'Kuznetsov', 'Popov', 'Lebedev', 'Novikov', 'Orlov'], style: 'patronymic' },
  { given: ['Mohammed', 'Ahmad', 'Ali', 'Hassan', 'Omar', 'Fatima', 'Yusuf', 'Ibrahim', 'Khalid', 'Abdullah'], family: ['Al-Rashid', 'Al Hashimi', 'Haddad', 'Khalil', 'Nasser', 'Saleh', 'Mansour', 'Al-Tikriti', 'Darwish', 'Qasim'], style: 'nasab' },
  { given: ['Wei', 'Jing', 'Lei', 'Ming', 'Hua', 'Xin', 'Yan', 'Jun', 'Hao', 'Lin'], family: ['Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu'], style: 'east' },
  { given: ['Maria', 'Jose', 'Carlos', 'Ana', 'Luis', 'Juan', 'Sofia', 'Pedro', 'Lucia', 'Diego'], family: ['Garcia', 'Rodriguez', 'Martinez', 'Lopez', 'Gonzalez', 'Perez', 'Sanchez', 'Ramirez', 'Torres', 'Flores'], style: 'double' },
  { given: ['John', 'Michael', 'Sarah', 'David', 'Emma', 'James', 'Robert', 'Laura', 'Thomas', 'Anna'], family: ['Smith', 'Johnson', 'Brown', 'Miller', 'Wilson', 'Taylor', 'Anderson', 'Clark', 'Walker', 'Young'], style: 'middle' },
] as const

function personNames(rand: () => number, pick: Pick): string[] {
  const t = pick(TRADITIONS)
  const given = () => (rand() < 0.7 ? pick(t.given) : coined(rand, pick))
  const family = () => (rand() < 0.5 ? pick(t.family) : coined(rand, pick))
  const first = given()
  const last = family()
  let name: string
  if (t.style === 'patronymic') name = `${first} ${given()}ovich ${last}`
  else if (t.style === 'nasab') name = `${first} bin ${given()} ${last}`
  else if (t.style === 'east') name = `${last} ${first}${rand() < 0.5 ? given().toLowerCase() : ''}`
  else if (t.style === 'double') name = `${first} ${rand() < 0.4 ? given() + ' ' : ''}${last} ${family()}`
  else name = `${first} ${rand() < 0.5 ? given()[0] + '. ' : ''}${last}`
  // Lists give some persons an alias: surname first, or a shorter form.
  const aliases = rand() < 0.3 ? [`${last.toUpperCase()}, ${first}`] : []
  return [name, ...aliases]
}

const WORDS = ['Trading', 'Industrial', 'Technology', 'Engineering', 'Logistics', 'Energy', 'Import Export', 'Machinery', 'Electronics', 'Shipping', 'Aviation', 'Metals', 'Holding', 'Invest', 'Systems', 'Components']
const PLACES = ['Moscow', 'Shenzhen', 'Dubai', 'Istanbul', 'Almaty', 'Tashkent', 'Yerevan', 'Hong Kong', 'Minsk', 'Tehran', 'Tbilisi', 'Bishkek']
const FORMS = ['LLC', 'Ltd', 'Co Ltd', 'JSC', 'OOO', 'GmbH', 'FZE', 'LLP', 'AO', 'Limited', 'Inc']

function companyNames(rand: () => number, pick: Pick): string[] {
  const core = rand() < 0.5 ? coined(rand, pick) : `${coined(rand, pick)} ${coined(rand, pick)}`
  const place = rand() < 0.3 ? `${pick(PLACES)} ` : ''
  const name = `${place}${core} ${pick(WORDS)}${rand() < 0.4 ? ' ' + pick(WORDS) : ''} ${pick(FORMS)}`
  return rand() < 0.25 ? [name, `${core} ${pick(FORMS)}`] : [name]
}

const COUNTRIES = ['ru', 'cn', 'ir', 'ae', 'tr', 'kz', 'uz', 'am', 'by', 'kg', 'ge', 'hk', 'sy', 'kp', 'us', 'de', 'gb']

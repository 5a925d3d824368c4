import hs2022 from './hs2022-codes.json' with { type: 'json' }

/** Every six-digit HS2022 code, by chapter (hs2022-codes.json says where it comes from). */
export const HS2022_CHAPTERS: Record<string, string[]> = Object.fromEntries(
  Object.entries(hs2022.chapters).map(([chapter, codes]) => [chapter, codes.split(' ')])
)

/**
 * The HS2022 codes at 2, 4 and 6 digits, from the shipped table: every heading and chapter has
 * a subheading under it, so their prefixes are exactly the headings and chapters. Ingest checks
 * codes against this where the nomenclature file (with its descriptions) is not at hand.
 */
export function shippedNomenclature(): Set<string> {
  const six = Object.values(HS2022_CHAPTERS).flat()
  return new Set(six.flatMap((c) => [c, c.slice(0, 4), c.slice(0, 2)]))
}

/**
 * The filler goods' codes, in the order the generator draws them: real HS2022 subheadings that
 * the model does not use, one chapter after another in turn, so even a small file spans many
 * chapters. The model's own codes are left out so no cell is generated twice.
 */
export function fillerCodes(taken: ReadonlySet<string>): string[] {
  const chapters = Object.values(HS2022_CHAPTERS).map((codes) => codes.filter((c) => !taken.has(c)))
  const out: string[] = []
  for (let i = 0; out.length < chapters.reduce((n, c) => n + c.length, 0); i++) {
    for (const codes of chapters) if (i < codes.length) out.push(codes[i])
  }
  return out
}

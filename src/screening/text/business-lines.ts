/**
 * Common words of organisation names that say what a firm does. They weigh as generic words
 * (words.ts), but two of them naming different lines of business set two firms of one group
 * apart (Sovcomflot Trading, Sovcomflot Shipping), while words of one line are translations of
 * each other (Oil, Petroleum). Words naming what a firm is (company, group, plant, works) are
 * not here: lists translate those freely.
 */
const LINES: Record<string, string[]> = {
  trade: ['trading', 'trade', 'commercial', 'commerce', 'merchant', 'merchants'],
  shipping: ['shipping', 'marine', 'ship', 'vessel', 'lines', 'line'],
  transport: ['transport', 'logistics'],
  air: ['aviation', 'air', 'airlines', 'aircraft'],
  energy: ['oil', 'gas', 'petroleum', 'energy'],
  chemistry: ['chemical', 'chemicals', 'petrochemical'],
  electronics: ['electronics', 'electronic'],
  machinery: ['machinery', 'equipment', 'instrument', 'instruments', 'precision'],
  materials: ['materials'],
  finance: ['finance', 'financial', 'investment', 'investments', 'capital', 'bank'],
  consulting: ['consulting', 'management'],
  it: [
    'information',
    'communication',
    'communications',
    'telecommunication',
    'telecommunications',
    'telecom',
    'network',
    'technology',
    'technologies',
    'tech',
  ],
  engineering: ['engineering'],
  manufacturing: ['manufacturing', 'production'],
  research: ['research', 'science', 'scientific'],
}

const LINE_OF = new Map(Object.entries(LINES).flatMap(([line, ws]) => ws.map((w) => [w, line])))

/** The line of business a common word names (trading -> trade), or undefined. */
export function businessLine(word: string): string | undefined {
  return LINE_OF.get(word)
}

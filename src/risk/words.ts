import { stemmer } from 'stemmer'

// The words of a goods description and of the HS nomenclature, reduced alike: lowercase,
// letters only, function words and the nomenclature's own boilerplate dropped, Porter stems
// (stemmer), so "circuits" meets "circuit" and "processors" meets "processor". Pure.

/** Words that say nothing about the goods: function words and the nomenclature's drafting terms. */
const STOP = new Set(
  (
    'a an and are as at be being but by for from in into is its it of on or other others than that the their thereof ' +
    'these this those to whether which with without not no nec n e c heading headings subheading kind kinds ' +
    'used use such similar like including excluding incl excl whatever etc per nes less more exceeding'
  ).split(' ')
)

/**
 * Trade words the nomenclature does not use, with the nomenclature's words for them (a compact,
 * hand-made table; each row is the common commercial name of goods the HS names otherwise).
 */
export const TRADE_TERMS: Record<string, string> = {
  chip: 'integrated circuit',
  chips: 'integrated circuits',
  microchip: 'integrated circuit',
  microchips: 'integrated circuits',
  ic: 'integrated circuit',
  ics: 'integrated circuits',
  microcontroller: 'processor controller',
  microcontrollers: 'processors controllers',
  cpu: 'processor',
  fpga: 'integrated circuit',
  cnc: 'numerically controlled',
  drone: 'unmanned aircraft',
  drones: 'unmanned aircraft',
  uav: 'unmanned aircraft',
  quadcopter: 'unmanned aircraft',
  pcb: 'printed circuit',
  gps: 'radio navigational',
  gnss: 'radio navigational',
  laptop: 'portable automatic data processing machine',
  smartphone: 'telephone cellular',
  router: 'apparatus reception transmission data',
  transceiver: 'transmission reception apparatus',
  oscilloscope: 'oscilloscopes',
  capacitor: 'capacitors',
  mosfet: 'transistors',
  igbt: 'transistors',
}

/** The raw words of a text: lowercase letters (any script) in runs of two or more. */
export function rawWords(text: string): string[] {
  return text.toLowerCase().match(/\p{L}{2,}/gu) ?? []
}

/** Stems of a text's words, function words dropped, trade terms read as the nomenclature's words. */
export function stems(text: string, { trade = false } = {}): string[] {
  const out: string[] = []
  for (const w of rawWords(text)) {
    const expanded = trade && TRADE_TERMS[w] ? rawWords(TRADE_TERMS[w]) : [w]
    for (const x of expanded) if (!STOP.has(x) && x.length > 1) out.push(stemmer(x))
  }
  return out
}

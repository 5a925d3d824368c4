import { readFileSync } from 'node:fs'
import { tempDir, writeFixture } from '../../test-support/files.js'
import { assessShipments, type AssessOptions, type RiskReport } from '../assess.js'
import type { Corridors } from '../factors/corridor.js'
import { readShipmentsCsv } from '../shipments.js'
import { BUILTIN_WEIGHTS, loadWeights, type Weights } from '../weights.js'

export const HEADER =
  'shipment_id,date,hs_code,description,shipper_name,shipper_country,consignee_name,consignee_country,notify_party,notify_country,origin_country,dispatch_country,value,currency,net_kg'
export type Cells = Partial<Record<(typeof COLUMNS)[number], string>>
const COLUMNS = HEADER.split(',') as [
  'shipment_id',
  'date',
  'hs_code',
  'description',
  'shipper_name',
  'shipper_country',
  'consignee_name',
  'consignee_country',
  'notify_party',
  'notify_country',
  'origin_country',
  'dispatch_country',
  'value',
  'currency',
  'net_kg',
]

/** A clean shipment: Chinese ICs from Shenzhen to a Russian importer, priced like its peers. */
export const BASE: Cells = {
  shipment_id: 'S1',
  date: '2023-05-10',
  hs_code: '8542.31',
  description: 'integrated circuits, processors',
  shipper_name: 'Shenzhen Xinda Electronics Co., Ltd.',
  shipper_country: 'CN',
  consignee_name: 'OOO Promelektronika',
  consignee_country: 'RU',
  notify_party: '',
  notify_country: '',
  origin_country: 'CN',
  dispatch_country: 'CN',
  value: '10000',
  currency: 'USD',
  net_kg: '10',
}

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)

/** A shipments CSV of the given rows (each BASE with its own cells), ids S1, S2 ... unless given. */
export function shipmentsCsv(...rows: Cells[]): string {
  return (
    [
      HEADER,
      ...rows.map((r, i) =>
        COLUMNS.map((c) => quote({ ...BASE, shipment_id: `S${i + 1}`, ...r }[c] ?? '')).join(',')
      ),
    ].join('\n') + '\n'
  )
}

export const WEIGHTS: Weights = loadWeights()
export const LIST_CORRIDORS: Corridors = {
  source: 'list',
  datasets: [],
  note: 'the built-in list',
  corridors: WEIGHTS.corridorList.map((c) => ({
    origin: c.origin,
    origins: c.origins,
    destination: c.destination,
    via: new Map([...c.via].map((v) => [v, c.why])),
  })),
}

/** Scores a CSV text with the built-in weights (or `o`), the list corridors and no screening unless given. */
export async function assess(text: string, o: Partial<AssessOptions> = {}): Promise<RiskReport> {
  const { columns, records } = readShipmentsCsv(text, 'shipments.csv')
  return assessShipments(records, columns, {
    weights: WEIGHTS,
    corridors: LIST_CORRIDORS,
    where: (l) => `shipments.csv:${l}`,
    hint: '--quarantine BAD.csv',
    ...o,
  })
}

/** The built-in weights file with some text replaced, written to a temp file: for override and error tests. */
export function weightsFile(edit: (yaml: string) => string, name = 'weights.yaml'): string {
  return writeFixture(
    tempDir('chokepoint-weights-'),
    name,
    edit(readFileSync(BUILTIN_WEIGHTS, 'utf8'))
  )
}

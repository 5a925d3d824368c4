import { badInput } from '../../errors.js'
import { comtrade } from './comtrade.js'
import { csv } from './csv.js'
import { eurostat } from './eurostat.js'
import { eurostatXlsx } from './eurostat-xlsx.js'
import { imf } from './imf.js'
import { ruCustoms } from './ru-customs.js'
import { shipments } from './shipments.js'
import type { Format } from './format.js'

export const FORMATS: Format[] = [comtrade, eurostat, eurostatXlsx, imf, ruCustoms, shipments, csv]

export function getFormat(name: string): Format {
  const f = FORMATS.find((x) => x.name === name)
  if (!f) throw badInput(`unknown format: "${name}" (expected ${FORMATS.map((x) => x.name).join(', ')})`)
  return f
}

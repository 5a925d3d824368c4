import { expect, test } from 'vitest'
import { ftmProperties } from './ftm-values.js'

test.each([
  ['Person', { birthDate: ['07 Oct 1952'], deathDate: ['Mar 2001'], nationality: ['Russia'], citizenship: ['RUS'], birthPlace: ['Leningrad, Russia'] }, { birthDate: ['1952-10-07'], deathDate: ['2001-03'], nationality: ['ru'], citizenship: ['ru'], birthPlace: ['Leningrad, Russia'] }],
  ['Company', { incorporationDate: ['1999-02-03'], jurisdiction: ['Iraq'], country: ['Russia', 'RU'] }, { incorporationDate: ['1999-02-03'], jurisdiction: ['iq'], country: ['ru'] }],
  ['Vessel', { flag: ['Panama'], buildDate: ['1998'] }, { flag: ['pa'], buildDate: ['1998'] }],
  // FtM has no code "su": its Soviet Union is "suhh"; a value FtM has already passes as it is.
  ['Person', { nationality: ['Soviet Union', 'suhh', 'Ruritania'], birthDate: ['circa 1961'] }, { nationality: ['Soviet Union', 'suhh', 'Ruritania'], birthDate: ['circa 1961'] }],
])('ftmProperties(%s %j)', (schema, properties, expected) => expect(ftmProperties({ schema, properties })).toEqual(expected))

import { expect, test } from 'vitest'
import { partyKindOf } from './party-kind.js'

test.each([
  ['Usama bin Laden', 'Person', '"bin" between names'],
  ['PUTIN, Vladimir Vladimirovich', 'Person', 'patronymic vladimirovich'],
  ['Vladimir Putin', 'Person', 'given name vladimir'],
  ['SMITH, William', 'Person', 'given name william'],
  ['Saddam Hussein', 'Person', 'given name saddam'],
  ['Usama Bin Laden Organization', 'Organization', 'organization'],
  ['Rosoboronexport OAO', 'Organization', 'OJSC'],
  ['Zala Aero Group', 'Organization', 'group'],
  ['华信船务', 'Organization', 'chuanwu'],
  ['华信船务有限公司', 'Organization', 'Co Ltd'],
  // Regression: a Korean name in Hangul read as one whose given name is Kim.
  ['김정은', 'Person', 'Korean surname kim first'],
])('partyKindOf(%s) = %s (%s)', (name, schema, sign) => expect(partyKindOf(name)).toEqual({ schema, sign }))

// Many names say neither: a guess would apply the wrong rules.
test.each(['Zala Aero', 'HAMAS', 'AL-QAIDA', 'Huawei', '习近平', 'Putin', ''])('partyKindOf(%s) = undefined', (name) =>
  expect(partyKindOf(name)).toBeUndefined()
)

/**
 * Word tables of the name-variants class, one line per entry, "long forms: short forms" (the
 * most common short form first).
 */
function table(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const line of text.trim().split('\n')) {
    const [longs, shorts] = line.split(':').map((s) => s.trim().split(/\s+/))
    for (const l of longs) out[l] = shorts
  }
  return out
}

/** Short forms of given names: English, Spanish and Russian diminutives, and Mohd/Md. */
export const SHORT_FORMS = table(`
  alexander alejandro: alex
  aleksandr alexandr: sasha alex
  dmitry dmitriy dmitri: dima
  mikhail: misha
  yevgeny evgeny evgeniy: zhenya
  vladimir: volodya vova
  nikolay nikolai: kolya
  sergey sergei: seryozha
  ivan: vanya
  pavel: pasha
  ekaterina yekaterina: katya
  anastasia anastasiya: nastya
  tatyana tatiana: tanya
  natalya natalia: natasha
  mariya maria: masha
  elena yelena: lena
  maksim maxim: max
  konstantin: kostya
  anatoly anatoliy: tolya
  vyacheslav yaroslav: slava
  stanislav: stas
  aleksey alexey aleksei: lyosha
  william: bill
  robert: bob
  richard: rick
  james: jim
  joseph: joe
  michael: mike
  christopher: chris
  daniel: dan
  david: dave
  thomas: tom
  anthony: tony
  jose: pepe
  francisco: paco pancho
  guillermo: memo
  ignacio: nacho
  roberto alberto: beto
  eduardo: lalo
  enrique: kike
  manuel: manolo
  rafael: rafa
  muhammad mohammad mohammed mohamed muhammed: mohd md
`)

/** Abbreviations of organisation words as firms and registries write them. */
export const ABBREVIATIONS = Object.fromEntries(
  Object.entries(
    table(`
      technology technologies: tech
      international: intl
      manufacturing: mfg
      company: co
      corporation: corp
      industries: inds
      industrial: indl
      engineering: eng
      development: dev
      association: assn
      brothers: bros
      services: svcs
      systems: sys
      electronics: elec
      equipment: equip
      management: mgmt
      trading: trdg
      investment: invest
      department: dept
      national: natl
      general: gen
      shipping: shpg
      enterprises: ent
      group: grp
    `)
  ).map(([long, [short]]) => [long, short])
)

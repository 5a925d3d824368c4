import { describe, expect, test } from 'vitest'
import { ARABIC_VIA, normaliseArabic, readArabic, spellArabic } from './arabic.js'
import { arabicNameWords, describeReading, splitLatin } from './arabic-names.js'
import { cleanText } from './clean.js'
import { analyseName } from './names.js'

describe('Arabic script: letters normalised', () => {
  test.each([
    ['مُحَمَّد', 'محمد'], // harakat (short vowels, shadda) dropped
    ['ـمـحـمـد', 'محمد'], // tatweel dropped
    ['أإآٱا', 'ااااا'], // alef variants
    ['کریم', 'كريم'], // Persian kaf and ya
    ['ہھۀ', 'ههه'], // Urdu he forms
  ])('normaliseArabic(%s) = %s', (a, b) => expect(normaliseArabic(a)).toBe(b))

  test('Arabic-Indic and Persian digits read as ASCII digits', () => {
    expect(cleanText('شركة ١٢٣ ۴۵۶')).toBe('شركة 123 456')
  })
})

describe('Arabic script: a word letter by letter', () => {
  test.each([
    ['حسين', 'hsyn'],
    ['تكريتي', 'tkryty'],
    ['إبراهيم', 'ebrahym'], // initial alef: a vowel the script leaves open (e)
    ['جعفر', 'jefr'], // ayn: e
    ['فاطمة', 'fatma'], // ta marbuta
    ['مصطفى', 'mstfa'], // alif maqsura
    ['محمود', 'mhmud'], // waw after a consonant: u
    ['وليد', 'wlyd'], // waw at the start: w
    ['داود', 'dawd'], // waw after a long vowel: w
    ['پرویز', 'prwyz'], // Persian pe, ya
    ['چمن', 'chmn'],
    ['ژاله', 'zhalh'],
    ['گلاب', 'glab'],
    ['ٹیپو', 'typu'], // Urdu tte
  ])('spellArabic(%s) = %s', (a, b) => expect(spellArabic(a)).toBe(b))

  test.each([
    ['محمد', 'muhammad'],
    ['مُحَمَّد', 'muhammad'],
    ['أحمد', 'ahmad'],
    ['فاطمه', 'fatima'], // Persian spelling with final he
    ['يوسف', 'yusuf'],
    ['حسين', 'husayn'],
    ['خيرالله', 'khyrellh'], // glued to Allah: the article's alef open (Khairullah, Khairallah)
    ['تكريتي', 'tkryty'], // not a listed name: letter by letter
  ])('readArabic(%s) = %s', (a, b) => expect(readArabic(a)).toBe(b))
})

describe('Arabic names: word boundaries', () => {
  test.each([
    ['صدام حسين التكريتي', 'saddam husayn al tkryty'],
    ['عبد الرحمن', 'abd al rahman'],
    ['عبدالرحمن', 'abd al rahman'],
    ['عبد الله', 'abdullah'],
    ['عبدالله', 'abdullah'],
    ['أبو بكر البغدادي', 'abu bakr al bghdady'],
    ['ابوبكر', 'abu bakr'],
    ['هدايت الله', 'hdaytellh'],
    ['الحاج عبد الله', 'abdullah'], // title dropped from a person's name
    ['حاجی گلاب گل', 'glab gl'], // Persian spelling of the title
  ])('analyseName(%s) = %s', (a, b) => {
    const [form] = analyseName(a, 'Person')
    expect(form.text).toBe(b)
    expect(form.via).toBe(ARABIC_VIA)
  })

  test.each([
    ['abdulrahman', ['abdul', 'rahman']],
    ['abderrahmane', ['abder', 'rahmane']],
    ['abdelkader', ['abdel', 'kader']],
    ['abdullah', ['abdullah']], // one name, one word in most lists
    ['abdulov', ['abdulov']], // not a name of God after abd
    ['abdullaev', ['abdullaev']],
    ['abubakar', ['abu', 'bakar']],
    ['abuja', ['abuja']],
    ['jalaluddin', ['jalal', 'ud', 'din']],
    ['noureddine', ['nour', 'ed', 'dine']],
    ['geraldine', ['geraldine']], // the article before din must be assimilated
    ['badullah', ['badullah']], // a typo of Abdullah is not split
  ])('splitLatin(%s)', (a, b) => expect(splitLatin(a)).toEqual(b))

  test('Latin words pass unchanged but glued compounds', () => {
    expect(arabicNameWords(['kim', 'il', 'sung'])).toEqual(['kim', 'il', 'sung'])
    expect(arabicNameWords(['abd', 'allah', 'azzam'])).toEqual(['abdullah', 'azzam'])
  })

  test('the explanation says how each word was read', () => {
    expect(describeReading(ARABIC_VIA, 'محمد التكريتي')).toBe(
      'Arabic script read as Latin: محمد = muhammad, التكريتي = al tkryty'
    )
    expect(describeReading('BGN/PCGN', 'Путин')).toBe('BGN/PCGN')
  })
})

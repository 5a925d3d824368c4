// opencc-js ships its dictionaries as ES modules whose default export is one string of
// "source target [target...]" entries separated by "|"; it declares no types for them.
declare module 'opencc-js/dict/*' {
  const dict: string
  export default dict
}

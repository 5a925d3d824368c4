/** An exported CSV split into its `# key: value` provenance and its table lines (CRLF). */
export function readExport(text: string): { about: Record<string, string[]>; lines: string[] } {
  const all = text.trim().split('\r\n')
  const about: Record<string, string[]> = {}
  for (const l of all.filter((x) => x.startsWith('# '))) {
    const m = /^# ([a-z_]+): (.*)$/.exec(l)
    if (!m) throw new Error(`malformed provenance line: "${l}" (expected "# key: value")`)
    ;(about[m[1]] ??= []).push(m[2])
  }
  return { about, lines: all.filter((x) => !x.startsWith('# ')) }
}

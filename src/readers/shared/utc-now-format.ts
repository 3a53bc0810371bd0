/**
 * Whether `utcNow(format)` (Bicep and ARM, a .NET date and time format) is the deployment time itself, which the
 * policy reads as the evaluation date when it is a window's start (src/model/deployment-time.ts): no format, a
 * standard full date and time (`u`, `s`, `o`), or a custom one writing the year, month, day, hour and minute in
 * that order (`yyyy-MM-dd HH:mm`, seconds, fractions and a zone optional) with only separators between (`-`, `/`,
 * `:`, `.`, `,`, spaces, `T`, a final `Z`). Anything else (`yyyy`, `2028-MM-dd HH:mm`) makes another value.
 */
export function isFullDateTimeFormat(written: string | undefined): boolean {
  if (written === undefined) return true
  if (written.length === 1) return 'usoO'.includes(written)
  // A final `Z` (as in utcNow()'s own `yyyyMMddTHHmmssZ`) says the time is UTC.
  const format = written.replace(/(?:Z|'Z'|"Z"|\\Z)$/, '')
  const tokens: string[] = []
  let literal = ''
  for (let i = 0; i < format.length; ) {
    const char = format[i] as string
    if (char === "'" || char === '"') {
      const end = format.indexOf(char, i + 1)
      if (end < 0) return false
      literal += format.slice(i + 1, end)
      i = end + 1
    } else if (char === '\\') {
      literal += format[i + 1] ?? '\\'
      i += 2
    } else if ('yMdHhmsfFKz'.includes(char)) {
      let run = 1
      while (format[i + run] === char) run++
      tokens.push(char.repeat(run))
      i += run
    } else {
      literal += char
      i++
    }
  }
  if (!/^[\s\-/:.,T]*$/.test(literal)) return false
  return /^yyyy (MM?) (dd?) ([Hh]{1,2}) (mm?)( ss?( (f{1,7}|F{1,7}))?)?( (K|z{1,3}))?$/.test(tokens.join(' '))
}

import type { ParseError } from '../model/resources.js'
import { thousands } from './prefilter.js'

/** Places a group's notice names, at most: the first few show what its members are, the count how many there are. */
const NAMED_PLACES = 3

/**
 * The scan's notices with each group (`ParseError.group`) said once. A reader marks a notice that carries no hotpatch
 * signal and may come by the hundred (a var file of an examples tree, a call of a registry naming module in every
 * example), and only the scan sees them all: each reader reads one unit, maybe on another thread. A group's notice is
 * located at its first member (by file and line), a real file and line for annotations and SARIF, and says how many
 * members there are and where the first few are: nothing is skipped silently. A group of one is its own notice, as written.
 */
export function groupNotices(errors: readonly ParseError[]): ParseError[] {
  const groups = new Map<string, ParseError[]>()
  for (const error of errors) {
    if (error.group === undefined || error.severity !== 'notice') continue
    const members = groups.get(error.group.key)
    if (members === undefined) groups.set(error.group.key, [error])
    else members.push(error)
  }
  const said: ParseError[] = []
  for (const error of errors) {
    if (error.group === undefined) said.push(error)
    else if (error.severity !== 'notice') said.push(ungrouped(error))
    else {
      const members = groups.get(error.group.key)
      // The group's notice replaces its first member in the list; the others are in it.
      if (members === undefined) continue
      groups.delete(error.group.key)
      said.push(groupNotice(members))
    }
  }
  return said
}

function groupNotice(members: readonly ParseError[]): ParseError {
  const distinct = [...new Map(members.map(member => [`${member.file}\u0000${member.line}\u0000${member.column}`, member])).values()].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column)
  )
  const first = distinct[0] as ParseError
  const group = first.group
  if (distinct.length === 1 || group === undefined) return ungrouped(first)
  const count = distinct.length
  const files = new Set(distinct.map(member => member.file)).size
  const named = distinct.slice(0, NAMED_PLACES).map(member => (group.wholeFiles ? member.file : `${member.file}:${member.line}`))
  const places = count > NAMED_PLACES ? `${named.join(', ')} and ${thousands(count - NAMED_PLACES)} more` : named.join(', ')
  const inFiles = group.wholeFiles ? '' : `, in ${files === 1 ? '1 file' : `${thousands(files)} files`}`
  const message = `${thousands(count)} ${group.what}${inFiles} (${places}); ${group.then}`
  return { file: first.file, line: first.line, column: first.column, message, severity: 'notice' }
}

/** A notice without its group: the model never holds one. */
function ungrouped(error: ParseError): ParseError {
  const { group: _group, ...rest } = error
  return rest
}

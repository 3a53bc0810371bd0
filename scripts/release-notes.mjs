// Prints the CHANGELOG.md section of one version (Keep a Changelog: `## [X.Y.Z] - YYYY-MM-DD`), without
// its heading, for the release notes. Exits 1 when the changelog has no such section or it is empty.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The body of the `## [version]` section, trimmed; undefined when there is none. */
export function releaseNotes(changelog, version) {
  const lines = changelog.split(/\r?\n/)
  const start = lines.findIndex(line => line.startsWith(`## [${version}]`))
  if (start < 0) return undefined
  const rest = lines.slice(start + 1)
  const end = rest.findIndex(line => line.startsWith('## '))
  const body = (end < 0 ? rest : rest.slice(0, end))
    // Link reference definitions at the bottom belong to the whole file.
    .filter(line => !/^\[[^\]]+\]:\s/.test(line))
    .join('\n')
    .trim()
  return body === '' ? undefined : body
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = process.argv[2] ?? ''
  const notes = releaseNotes(readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8'), version)
  if (notes === undefined) {
    console.error(`CHANGELOG.md has no notes for version '${version}': add a "## [${version}] - YYYY-MM-DD" section.`)
    process.exit(1)
  }
  process.stdout.write(`${notes}\n`)
}

// Merges Stryker incremental files of runs over different source files into one (docs/mutation.md): a chunk
// measured in several runs (to keep each run short on a loaded machine) is committed as the chunk's one file,
// which the chunk's own script then reuses. Test ids differ between runs: each test is matched by its file and
// name, and the mutants' coveredBy/killedBy are renumbered. A source file in several inputs (line ranges of one
// file measured in parts): with the same source text, their mutants are joined (a mutant measured twice keeps
// the later result); with a different source text, the later input wins. Mutant ids are renumbered.
// Usage: node scripts/mutation/merge-incremental.mjs OUT IN...
import { readFileSync, writeFileSync } from 'node:fs'

const [out, ...inputs] = process.argv.slice(2)
if (out === undefined || inputs.length === 0) {
  console.error('usage: merge-incremental.mjs OUT IN...')
  process.exit(2)
}
/** A mutant is the same mutant in two runs when it changes the same place the same way. */
const placeOf = m => {
  const { start, end } = m.location
  return `${start.line}:${start.column}-${end.line}:${end.column} ${m.mutatorName} ${m.replacement ?? ''}`
}
const reports = inputs.map(file => JSON.parse(readFileSync(file, 'utf8')))
const testFiles = {}
const idOf = new Map()
const merged = { ...reports[reports.length - 1], files: {}, testFiles }
for (const report of reports) {
  const renumber = new Map()
  for (const [file, { tests, ...rest }] of Object.entries(report.testFiles ?? {})) {
    const entry = (testFiles[file] ??= { ...rest, tests: [] })
    for (const test of tests) {
      const key = `${file}\n${test.name}`
      if (!idOf.has(key)) {
        idOf.set(key, String(idOf.size))
        entry.tests.push({ ...test, id: idOf.get(key) })
      }
      renumber.set(test.id, idOf.get(key))
    }
  }
  const ids = list => list?.map(id => renumber.get(id) ?? id)
  for (const [file, result] of Object.entries(report.files)) {
    const mutants = result.mutants.map(m => ({ ...m, coveredBy: ids(m.coveredBy), killedBy: ids(m.killedBy) }))
    const earlier = merged.files[file]
    if (earlier !== undefined && earlier.source === result.source) {
      const byPlace = new Map(earlier.mutants.map(m => [placeOf(m), m]))
      for (const m of mutants) byPlace.set(placeOf(m), m)
      merged.files[file] = { ...result, mutants: [...byPlace.values()] }
    } else {
      if (earlier !== undefined) console.warn(`${file}: the source differs between inputs; the later one is kept`)
      merged.files[file] = { ...result, mutants }
    }
  }
}
let nextId = 0
for (const result of Object.values(merged.files)) for (const m of result.mutants) m.id = String(nextId++)
writeFileSync(out, JSON.stringify(merged, null, 2) + '\n')
const count = Object.values(merged.files).reduce((n, f) => n + f.mutants.length, 0)
console.log(`${out}: ${Object.keys(merged.files).length} files, ${count} mutants, ${idOf.size} tests`)

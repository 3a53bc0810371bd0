// The type-check and the linter over one TypeScript program (`npm run static`, part of `npm test`).
// `tsc --noEmit` and typed ESLint each build the program of tsconfig.json and ask its checker for the
// same types: run apart they cost ~44 s of CPU on two cores that jest also needs; sharing the program
// (typescript-eslint's `parserOptions.programs`) lets the rules reuse the types the type-check
// computed. The output is tsc's (pretty diagnostics) followed by ESLint's stylish report; either
// failing fails the script. `npm run typecheck` and `npm run lint` remain for one at a time.
// `npm run static` gives node a 64 MB young generation (--max-semi-space-size): the program and the ESTree
// copies are built from many short-lived objects, which the default (at most 16 MB) collects far more often
// (27.8 s of CPU instead of 29.5 s, median of 3 interleaved runs; ~100 MB more peak memory), and
// --single-threaded-gc: V8's helper threads for parallel scavenges and concurrent marking cost CPU that jest's
// workers need on the other core (this script alone, 2 pairs in turns: 49.6 and 47.7 s of CPU against 53.5 and
// 50.5 s, user + sys; wall unchanged).
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'

// require(), not import: importing the compiler's 9 MB CommonJS file from ESM makes node scan all of it for
// its export names first (~0.3 s of CPU).
const ts = createRequire(import.meta.url)('typescript')

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The program tsconfig.json describes, as `tsc -p .` builds it. */
function createProgram() {
  const configFile = join(root, 'tsconfig.json')
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: report })
  if (parsed === undefined) process.exit(2)
  if (parsed.errors.length > 0) report(...parsed.errors)
  return ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, projectReferences: parsed.projectReferences })
}

function report(...diagnostics) {
  const host = { getCanonicalFileName: name => name, getCurrentDirectory: () => root, getNewLine: () => '\n' }
  const format = process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics
  process.stdout.write(format(diagnostics, host))
}

const program = createProgram()
const diagnostics = ts.getPreEmitDiagnostics(program)
if (diagnostics.length > 0) {
  report(...diagnostics)
  console.log(`\nFound ${diagnostics.length} type error${diagnostics.length === 1 ? '' : 's'}.`)
}

// For the TypeScript files the config lints with types: their `project` is ignored when `programs` is
// given (typescript-estree's parse settings). The JavaScript files are linted without types. `.mts` and `.cts`
// too (scripts/generate-validators.d.mts is in the program): a typed file left out of `programs` makes
// typescript-estree build a second, watched program of all of tsconfig.json for it alone (~3 s of CPU).
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { files: ['**/*.ts', '**/*.mts', '**/*.cts'], languageOptions: { parserOptions: { programs: [program] } } }
})
const results = await eslint.lintFiles(['.'])
const formatter = await eslint.loadFormatter('stylish')
const text = await formatter.format(results)
if (text.length > 0) process.stdout.write(text)
const lintErrors = results.reduce((sum, result) => sum + result.errorCount, 0)

process.exit(diagnostics.length > 0 || lintErrors > 0 ? 1 : 0)

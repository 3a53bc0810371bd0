/**
 * The CI-scale fuzzing harness: an in-memory workspace, a mutation arbitrary over realistic seeds,
 * and the invariants every reader keeps on any input (no exception, only located ParseErrors on the
 * files it was given, no internal error, each call within a hang bound).
 *
 * `npm test` runs a short, fixed-seed pass (DEFAULT_RUNS per property, the same inputs every time);
 * FUZZ_RUNS sets the runs of a long pass (`npm run test:long` runs 10,000 per property with its own fixed
 * seed; `npm run fuzz:long` 200,000 with a fresh one, FUZZ_FRESH_SEED=1). FUZZ_SEED replays a failure;
 * fast-check prints the seed.
 */
import { expect } from '@jest/globals'
import fc from 'fast-check'
import { posix } from 'node:path'
import type { ManifestReader, ReaderOutput } from '../../src/readers/reader.js'
import { decodeText, type Workspace, type WorkspaceFile } from '../../src/workspace/workspace.js'
import { seedFor } from '../support/seeds.js'
import { workspaceDouble } from '../support/workspace-double.js'

/**
 * Runs per property in the short pass of `npm test`: fast-check's own default. With the fixed seed they are
 * the first 100 of the 300 this pass drew before (~6 s less CPU over `npm test`); the volume is the long
 * pass's (10,000 per property).
 */
const DEFAULT_RUNS = 100

/** The seed of the short pass: its inputs are the same on every run and every machine. */
const DEFAULT_SEED = 20251023

/** The seed of the long pass in `npm run test:long`: other inputs than the short pass, the same every run. */
const LONG_SEED = 20251106

/** True in a long pass (FUZZ_RUNS set). */
const LONG = process.env.FUZZ_RUNS !== undefined

/** Runs per property. */
export const RUNS = LONG ? Number(process.env.FUZZ_RUNS) : DEFAULT_RUNS

/** A jest timeout that grows with the runs (the property itself has no wall-clock assertion). */
export const timeoutFor = (msPerRun: number): number => Math.max(120_000, RUNS * msPerRun * 4)

/**
 * One reader call on one generated input may use this much CPU time: a hang detector, not a speed test (a
 * normal call takes milliseconds; a runaway loop or an exponential evaluation takes far longer). CPU time,
 * not wall time: on a loaded machine a normal call (the first one loads tree-sitter's wasm) can wait
 * seconds for a core without being slow.
 */
export const HANG_BOUND_MS = 2_000

/** CPU milliseconds this process used since `started` (a `process.cpuUsage()`). */
export function cpuMillisecondsSince(started: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(started)
  return (used.user + used.system) / 1000
}

/** A workspace over in-memory files, as the readers use it (paths relative to the root, `/` separated). */
export function memoryWorkspace(files: Readonly<Record<string, string | Uint8Array>>): Workspace {
  const bytes = new Map(
    Object.entries(files).map(([path, content]) => [path, typeof content === 'string' ? Buffer.from(content) : content])
  )
  const file = (path: string): WorkspaceFile => ({
    path,
    absolutePath: `/memory/${path}`,
    size: bytes.get(path)?.length ?? 0
  })
  const below = (path: string, start: string): boolean =>
    start === '.' || start === '' || path === start || path.startsWith(`${start}/`)
  const workspace = {
    root: '/memory',
    unfollowedLinks: [],
    list: (starts: readonly string[] = ['.']) =>
      [...bytes.keys()]
        .filter(path => starts.some(start => below(path, start)))
        .sort()
        .map(file),
    get: (path: string) => (bytes.has(path) ? file(path) : undefined),
    resolveFrom: (fromFile: string, target: string) => {
      if (posix.isAbsolute(target)) return undefined
      const joined = posix.normalize(posix.join(posix.dirname(fromFile), target))
      if (joined.startsWith('..')) return undefined
      return joined === '.' ? '' : joined.replace(/\/$/, '')
    },
    readText: (path: string) => {
      const content = bytes.get(path)
      if (content === undefined) return { ok: false, message: 'file not found inside the workspace', line: 1, column: 1 }
      return decodeText(content)
    }
  }
  return workspaceDouble(workspace)
}

/** Edits a text: cut a slice, repeat a slice, insert a token, or swap two lines. */
const edit = fc.tuple(fc.nat(), fc.nat({ max: 48 }), fc.nat({ max: 3 }))

/** Seeds with 1-6 edits applied at random places; `tokens` are what insertions insert. */
export function mutated(seeds: readonly string[], tokens: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.array(fc.tuple(edit, fc.constantFrom(...tokens)), { minLength: 1, maxLength: 6 })
    )
    .map(([seed, edits]) =>
      edits.reduce((text, [[at, length, kind], token]) => {
        const position = text.length === 0 ? 0 : at % (text.length + 1)
        if (kind === 0) return text.slice(0, position) + text.slice(position + length)
        if (kind === 1) {
          return text.slice(0, position) + text.slice(position, position + length).repeat(3) + text.slice(position)
        }
        if (kind === 2) return text.slice(0, position) + token + text.slice(position)
        const lines = text.split('\n')
        const i = at % lines.length
        const j = (at + length) % lines.length
        ;[lines[i], lines[j]] = [lines[j] as string, lines[i] as string]
        return lines.join('\n')
      }, seed)
    )
}

/** Characters of fast-check's `binary` unit: every code point but the 2,048 surrogates. */
const CHARACTERS = 0x110000 - 0x800
const FIRST_SURROGATE = 0xd800

/**
 * fast-check's `{ unit: 'binary' }` (any code point but a surrogate), drawn and shrunk exactly as fast-check
 * draws and shrinks it, so a seed gives the same strings (any-character.test.ts, and the long test that
 * compares them on 10,000 strings). fast-check's own unit finds a character's index in a table of all
 * 1,112,064 characters, which `fc.string` builds when it is created: ~1 s of CPU in every test file that
 * makes such a string, since jest loads fast-check anew for each file. This one computes the index.
 */
export const anyCharacter: fc.Arbitrary<string> = fc.nat({ max: CHARACTERS - 1 }).map(characterAt, indexOfCharacter)

/** The character of an index of the binary unit: the code points below the surrogates, then those above. */
export function characterAt(index: number): string {
  return String.fromCodePoint(index < FIRST_SURROGATE ? index : index + 0x800)
}

/** The index of a character of the binary unit; anything else throws, as fast-check's own unmapper does. */
export function indexOfCharacter(value: unknown): number {
  const code = typeof value === 'string' ? value.codePointAt(0) : undefined
  const one = code !== undefined && value === String.fromCodePoint(code) && (code < FIRST_SURROGATE || code > 0xdfff)
  if (!one) throw new Error('Unsupported value for mapToConstant')
  return code < FIRST_SURROGATE ? code : code - 0x800
}

/** `fc.string({ unit: 'binary', maxLength })`, the same strings for the same seed (see anyCharacter). */
export const anyText = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: anyCharacter, maxLength })

/** Mostly mutated seeds, some token soup, a little raw text (any code point but a surrogate). */
export function manifestText(seeds: readonly string[], tokens: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: mutated(seeds, tokens), weight: 7 },
    { arbitrary: fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map(parts => parts.join('')), weight: 2 },
    { arbitrary: anyText(200), weight: 1 }
  )
}

/**
 * Runs a reader on in-memory files, handing it every file (claimed or not: it must cope with
 * anything), and checks the invariants; returns the output and how long the call took.
 */
export async function readChecked(
  reader: ManifestReader,
  files: Readonly<Record<string, string | Uint8Array>>
): Promise<ReaderOutput> {
  const workspace = memoryWorkspace(files)
  const started = process.cpuUsage()
  const output = await reader.read(workspace.list(), workspace)
  const elapsed = cpuMillisecondsSince(started)
  expectLocated(output, Object.keys(files))
  if (elapsed > HANG_BOUND_MS) throw new Error(`one call used ${Math.round(elapsed)} ms of CPU (bound ${HANG_BOUND_MS} ms)`)
  return output
}

/** Only located ParseErrors, on the given files, never an internal error; resources serialize. */
export function expectLocated(output: ReaderOutput, files: readonly string[]): void {
  for (const error of output.parseErrors) {
    if (!files.includes(error.file)) throw new Error(`parse error on a file not given: ${JSON.stringify(error)}`)
    if (!(Number.isInteger(error.line) && error.line >= 1 && Number.isInteger(error.column) && error.column >= 1)) {
      throw new Error(`unlocated parse error: ${JSON.stringify(error)}`)
    }
    if (error.message.length === 0 || error.message.includes('internal error')) {
      throw new Error(`bad parse error: ${JSON.stringify(error)}`)
    }
  }
  expect(() => JSON.stringify(output.resources)).not.toThrow()
}

/**
 * fast-check parameters of a property whose long pass wants at least `longRuns` runs: the short pass
 * takes at most DEFAULT_RUNS of them with its fixed seed, a long pass at least `longRuns` with its own
 * fixed seed (a fresh one under FUZZ_FRESH_SEED=1), and FUZZ_SEED replays a failure in either (seeds.ts).
 */
export function parametersFor(longRuns: number = RUNS): fc.Parameters<unknown> {
  // CI's passes are the same every run; `npm run fuzz:long` explores with a fresh seed (FUZZ_FRESH_SEED).
  const seed = seedFor(LONG ? LONG_SEED : DEFAULT_SEED)
  return {
    numRuns: LONG ? Math.max(longRuns, RUNS) : Math.min(longRuns, RUNS),
    ...(seed !== undefined && { seed })
  }
}

/** fast-check parameters of every property of the CI-scale harness. */
export const PARAMETERS: fc.Parameters<unknown> = parametersFor()

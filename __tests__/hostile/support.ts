/**
 * Helpers of the hostile-input suite: a throw-away repository in a temp folder (with a sibling
 * `outside/` folder that symlinks may point into), the whole pipeline run on it, and its outcome
 * flattened into lines that tests compare exactly.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { decideGate } from '../../src/action/gate.js'
import { everyFinding } from '../../src/action/scope.js'
import { createLineReader } from '../../src/workspace/line-reader.js'
import { getBuiltInAdvisories } from '../../src/policy/advisories/index.js'
import { buildJsonReport } from '../../src/report/build-report.js'
import type { JsonReport } from '../../src/report/json-report.js'
import { scan, type ScanResult } from '../../src/scan.js'

/**
 * File content: text, raw bytes, a symbolic link to a target path written as is, or text made `size` bytes long
 * by extending the file (a sparse tail of zero bytes the file system does not write: a 50 MB file costs nothing).
 */
export type FileContent = string | Uint8Array | { readonly link: string } | { readonly head: string; readonly size: number }

export interface TempRepository {
  /** The scanned root. */
  readonly root: string
  /** A folder next to the root, outside the workspace. */
  readonly outside: string
  readonly remove: () => void
}

/** Writes `files` below `repo/` and `outsideFiles` below `outside/` of a new temp folder. */
export function createRepository(
  files: Readonly<Record<string, FileContent>>,
  outsideFiles: Readonly<Record<string, FileContent>> = {}
): TempRepository {
  const base = mkdtempSync(join(tmpdir(), 'hrg-hostile-'))
  const root = join(base, 'repo')
  const outside = join(base, 'outside')
  mkdirSync(root)
  mkdirSync(outside)
  writeFiles(root, files)
  writeFiles(outside, outsideFiles)
  return { root, outside, remove: () => rmSync(base, { recursive: true, force: true }) }
}

export function writeFiles(folder: string, files: Readonly<Record<string, FileContent>>): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(folder, path)
    mkdirSync(dirname(target), { recursive: true })
    if (typeof content === 'object' && 'link' in content) symlinkSync(content.link, target)
    else if (typeof content === 'object' && 'head' in content) {
      writeFileSync(target, content.head)
      truncateSync(target, content.size)
    } else writeFileSync(target, content)
  }
}

export const AS_OF = '2025-11-03'

/** The scan the action and the CLI run, on one root, with the built-in advisory. */
export async function scanRepository(root: string): Promise<{ result: ScanResult; report: JsonReport }> {
  const advisories = getBuiltInAdvisories()
  const result = await scan({ root, asOf: new Date(`${AS_OF}T00:00:00Z`), advisories, readLine: createLineReader(root) })
  return { result, report: buildJsonReport(result, { toolVersion: '0.0.0-test', asOf: AS_OF, advisories }) }
}

/** What a hostile case is judged on: every line exact. */
export interface Outcome {
  /** `file:line:column severity message`. */
  readonly parseErrors: readonly string[]
  /** `file:line name verdict`. */
  readonly resources: readonly string[]
  /** `ruleId severity file:line`. */
  readonly findings: readonly string[]
  /** The gate's verdict with fail-on error, every finding counted (the CLI's exit code 1 is `fail`). */
  readonly verdict: 'pass' | 'fail'
}

export function outcomeOf(report: JsonReport): Outcome {
  return {
    parseErrors: report.parseErrors.map(e => `${e.file}:${e.line}:${e.column} ${e.severity} ${e.message}`),
    resources: report.resources.map(r => `${r.file}:${r.startLine} ${r.name} ${r.verdict}`),
    findings: report.findings.map(f => `${f.ruleId} ${f.severity} ${f.file}:${f.startLine}`),
    verdict: decideGate(report, 'error', everyFinding('hostile suite')).verdict
  }
}

/** The outcome with its lines in one order (the report's own order is tested with the report). */
export const sorted = (outcome: Outcome): Outcome => ({
  parseErrors: [...outcome.parseErrors].sort(),
  resources: [...outcome.resources].sort(),
  findings: [...outcome.findings].sort(),
  verdict: outcome.verdict
})

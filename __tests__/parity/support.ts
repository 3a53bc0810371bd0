/**
 * Helpers of the parity suite: the whole pipeline (`scan`) run on a fixture folder of
 * __tests__/fixtures/parity at the suite's evaluation date, and its outcome for the one VM or scale set
 * flattened into values that compare across formats.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ManifestFormat } from '../../src/model/resources.js'
import type { Assessment, Finding, PlanEvidence, Verdict } from '../../src/policy/types.js'
import { scan, type ScanResult } from '../../src/scan.js'

/** The suite's evaluation date: an expiry of 2026-06-30 is past, one of 2027-12-31 is ahead. */
export const AS_OF = new Date('2026-11-24T00:00:00Z')

export const FIXTURES = fileURLToPath(new URL('../fixtures/parity/', import.meta.url))

/** Scans a folder below __tests__/fixtures/parity on its own. */
export async function scanFixture(folder: string): Promise<ScanResult> {
  return scan({ root: join(FIXTURES, folder), asOf: AS_OF })
}

/** Subfolders of a fixture folder, sorted (empty when it does not exist). */
export function subfolders(folder: string): string[] {
  const path = join(FIXTURES, folder)
  if (!existsSync(path)) return []
  return readdirSync(path)
    .filter(name => statSync(join(path, name)).isDirectory())
    .sort()
}

/** What the gate concludes about one VM, in terms that are the same whatever the manifest language. */
export interface Outcome {
  readonly verdict: Verdict
  /** Rule ids of the findings, sorted. */
  readonly rules: readonly string[]
  /** How each maintenance assignment reaches the VM and what it is worth: `direct valid`, `dynamic-scope expired`. */
  readonly evidence: readonly string[]
  /** Fields the verdict depends on that could not be resolved. */
  readonly unresolved: readonly string[]
}

export const outcomeOf = (assessment: Assessment, findings: readonly Finding[]): Outcome => ({
  verdict: assessment.verdict,
  rules: findings.map(finding => finding.ruleId).sort(),
  evidence: assessment.evidence.map(e => `${e.via} ${e.status}`),
  unresolved: assessment.unresolved.map(input => input.field)
})

/** `<format> <name> <file>`: which reader found the VM, and where. */
export const whereFrom = (resource: { format: ManifestFormat; displayName: string; declaredAt: { file: string } }): string =>
  `${resource.format} ${resource.displayName} ${resource.declaredAt.file}`

/** `direct valid: assignment maintenance.json (arm), configuration maintenance.json (arm)`. */
export function describeEvidence(evidence: PlanEvidence): string {
  const { assignment, configuration } = evidence
  const of = (resource: { format: ManifestFormat; declaredAt: { file: string } } | undefined): string =>
    resource === undefined ? 'none' : `${resource.declaredAt.file} (${resource.format})`
  return `${evidence.via} ${evidence.status}: assignment ${of(assignment)}, configuration ${of(configuration)}`
}

/** The one VM or scale set of a scan, with its findings; throws when there is not exactly one. */
export function onlyVm(result: ScanResult): { assessment: Assessment; findings: readonly Finding[] } {
  const [assessment, ...others] = result.assessments
  if (assessment === undefined || others.length > 0) {
    const names = result.assessments.map(a => a.vm.displayName).join(', ')
    throw new Error(`expected exactly one VM or scale set in ${result.root}, found ${result.assessments.length} (${names})`)
  }
  return { assessment, findings: result.findings }
}

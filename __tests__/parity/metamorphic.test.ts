/**
 * Metamorphic test (issue 9): every fixture deployment scanned alone, and scanned beside all the other,
 * unrelated ones (where VM names like vm-app-01, dc01 and vm01 repeat), gives the same verdicts and findings
 * for its own resources, fingerprints included (they name the deployment unit relative to the repository).
 *
 * "Unrelated" is decided, not assumed: a deployment whose assignments reach out of it on purpose (a dynamic
 * scope selecting by tag, or a full resource ID naming its resource group: the parity fixtures all name
 * /subscriptions/0000…/resourceGroups/rg-app/…/vm-app-01) is related to every VM it names, by design; those
 * deployments are checked by the cross-format suite instead, and left out here.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment } from '../../src/model/resources.js'
import { scan, type ScanResult } from '../../src/scan.js'
import { AS_OF, subfolders } from './support.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))

const DYNAMIC_SCOPE_SCENARIOS = new Set(['dynamic-scope-match', 'dynamic-scope-no-match', 'cross', 'detection'])

/** Every deployment folder, relative to __tests__/fixtures. */
function deploymentFolders(): string[] {
  const scenarios = subfolders('.').filter(name => !DYNAMIC_SCOPE_SCENARIOS.has(name))
  const parity = scenarios.flatMap(scenario => subfolders(scenario).map(format => `parity/${scenario}/${format}`))
  const cross = subfolders('cross')
    .filter(name => !name.includes('-scope-'))
    .map(name => `parity/cross/${name}`)
  const scope = ['scope/same-name-two-deployments/a', 'scope/same-name-two-deployments/b', 'scope/monorepo']
  const origins = ['arm', 'bicep', 'azapi', 'pulumi', 'aso'].map(format => `origins/${format}`)
  return [...parity, ...cross, ...scope, ...origins]
}

/** Whether an assignment reaches out of its deployment on purpose: a dynamic scope, or a resource ID. */
const reachesOut = (assignment: MaintenanceAssignment): boolean => {
  const target = assignment.target?.target.value
  return assignment.filter !== undefined || (target?.resourceGroup !== undefined && target.symbol === undefined)
}

/** What the gate says about the resources under `folder`, with paths made relative to it. */
function outcomesUnder(result: ScanResult, folder: string): string[] {
  const prefix = folder === '' ? '' : `${folder}/`
  const relative = (text: string): string => (prefix === '' ? text : text.replaceAll(prefix, ''))
  const under = (file: string): boolean => file.startsWith(prefix)
  const verdicts = result.assessments
    .filter(assessment => under(assessment.vm.declaredAt.file))
    .map(({ vm, verdict, evidence }) =>
      relative(`${vm.format} ${vm.displayName} ${vm.declaredAt.file} ${vm.variant}: ${verdict} [${evidence.map(e => `${e.via} ${e.status}`).join(', ')}]`)
    )
  const findings = result.findings
    .filter(finding => under(finding.location.file))
    // The fingerprint too: review threads are keyed by it, so it must not depend on which folder is scanned.
    .map(finding => `${relative(`${finding.ruleId} ${finding.resource} ${finding.location.file}:${finding.location.line}: ${finding.message}`)} ${finding.fingerprint}`)
  return [...verdicts, ...findings].sort()
}

describe('metamorphic: a deployment scanned alone or beside unrelated ones', () => {
  const candidates = deploymentFolders()
  const alone = new Map<string, ScanResult>()
  const scanAlone = async (folder: string): Promise<ScanResult> => {
    let result = alone.get(folder)
    if (result === undefined) {
      result = await scan({ root: join(FIXTURES, folder), asOf: AS_OF })
      alone.set(folder, result)
    }
    return result
  }
  let together: { folders: string[]; result: ScanResult } | undefined
  const scanTogether = async (): Promise<{ folders: string[]; result: ScanResult }> => {
    if (together === undefined) {
      const folders: string[] = []
      for (const folder of candidates) {
        if (!(await scanAlone(folder)).model.maintenanceAssignments.some(reachesOut)) folders.push(folder)
      }
      const select = (path: string): boolean => folders.some(folder => path.startsWith(`${folder}/`))
      together = { folders, result: await scan({ root: FIXTURES, asOf: AS_OF, select }) }
    }
    return together
  }

  it('covers the parity, cross-file, scope and origins fixtures', async () => {
    const { folders } = await scanTogether()
    expect(folders.length).toBeGreaterThan(60)
    expect(folders).toEqual(expect.arrayContaining(['parity/valid-window/terraform', 'scope/monorepo', 'parity/cross/split-arm']))
  })

  it.each(candidates)('%s', async folder => {
    const { folders, result } = await scanTogether()
    if (!folders.includes(folder)) return
    const expected = outcomesUnder(await scanAlone(folder), '')
    expect(expected.length).toBeGreaterThan(0)
    expect(outcomesUnder(result, folder)).toEqual(expected)
  })
})

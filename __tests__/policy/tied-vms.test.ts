/**
 * The declarations a resource ID's tie names (src/policy/tied-vms.ts), on models built here: the VM's own copy with
 * values tried (allowed-values.ts evaluates a VM again with each allowed value) is the VM itself, never the other
 * declaration it is tied with; a real other declaration is named at its line and variant.
 */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../src/model/resources.js'
import { collectPlanEvidence } from '../../src/policy/plans.js'
import { assignment, configuration, lit, loc, model, vm } from './builders.js'

const AS_OF = new Date('2026-06-15T00:00:00Z')
const BY_ID = lit({ type: 'Microsoft.Compute/virtualMachines', name: 'web-01', resourceGroup: 'rg-app' }, 40, 'platform/main.bicep')

/** web-01 at `file`, in the group its deployment is run against (no scope written, no unit: built by hand). */
const declared = (file: string, variant = ''): VirtualMachine => vm({ reportAt: loc(10, file), declaredAt: loc(10, file), variant })

const reasons = (subject: VirtualMachine, vms: readonly VirtualMachine[]) =>
  collectPlanEvidence(subject, model({ virtualMachines: vms, maintenanceConfigurations: [configuration()], maintenanceAssignments: [assignment(BY_ID)] }), AS_OF)
    .unresolved.map(input => `${input.field} @${input.location.file}:${input.location.line}: ${input.reason}`)

const TIED = (others: string) =>
  "maintenanceAssignment.target @platform/main.bicep:40: it names 'rg-app/web-01', which may be this VM or another " +
  `declaration of that name the manifests do not tell apart from it: ${others}; the deployment decides which one it names`

describe('a resource ID fitting a VM and another declaration of its name', () => {
  const [a, b] = [declared('team-a/main.bicep'), declared('team-b/main.bicep', 'prod.bicepparam')]

  it('names the other one, with its variant', () => {
    expect(reasons(a, [a, b])).toEqual([TIED('team-b/main.bicep:10 [prod.bicepparam]')])
  })

  it('a copy of the VM with a value tried is the VM itself: the other one is named, the VM is not', () => {
    const tried: VirtualMachine = { ...a, rebootSetting: lit('IfRequired', 25, 'team-a/main.bicep') }
    expect(reasons(tried, [a, b])).toEqual([TIED('team-b/main.bicep:10 [prod.bicepparam]')])
    expect(reasons(tried, [a])).toEqual([])
  })
})

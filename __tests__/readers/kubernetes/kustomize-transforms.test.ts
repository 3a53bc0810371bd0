/**
 * Tests for src/readers/kubernetes/kustomize-transforms.ts: what a kustomization does that the gate does not apply
 * (inline and JSON 6902 patches) is said at its line. They passed without a word: an overlay whose inline patch turned
 * hotpatching on left the VM not-affected. (namePrefix/nameSuffix are applied: kustomize-names.test.ts.)
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles, verdicts } from '../terraform/scan-files.js'

/** A Crossplane VM on a Windows Server 2025 image that is not hotpatch-capable (lines 1-16). */
const BASE_VM = [
  'apiVersion: compute.azure.upbound.io/v1beta2',
  'kind: WindowsVirtualMachine',
  'metadata:',
  '  name: vm-app-01',
  'spec:',
  '  forProvider:',
  '    location: westeurope',
  '    resourceGroupName: rg-app',
  '    size: Standard_D2s_v5',
  '    adminUsername: azadmin',
  '    sourceImageReference:',
  '      publisher: MicrosoftWindowsServer',
  '      offer: WindowsServer',
  '      sku: 2025-datacenter-g2',
  '      version: latest',
  '    patchMode: AutomaticByPlatform',
  ''
].join('\n')

const BASE = { 'base/kustomization.yaml': 'resources:\n  - vm.yaml\n', 'base/vm.yaml': BASE_VM }

const OPERATIONS = [
  '- op: replace',
  '  path: /spec/forProvider/sourceImageReference/sku',
  '  value: 2025-datacenter-azure-edition',
  '- op: add',
  '  path: /spec/forProvider/hotpatchingEnabled',
  '  value: true'
]

const TARGET = ['    target:', '      group: compute.azure.upbound.io', '      kind: WindowsVirtualMachine', '      name: vm-app-01']

const STAND_IN = 'patch of WindowsVirtualMachine vm-app-01 indeterminate: indeterminate'

const indeterminate = async (files: Record<string, string>) => {
  const result = await scanFiles({ ...BASE, ...files })
  const [finding] = result.findings.filter(f => f.ruleId === 'indeterminate')
  return { verdicts: verdicts(result), message: finding?.message, at: `${finding?.location.file}:${finding?.location.line}` }
}

describe('a patch the gate does not apply', () => {
  it('stands in an indeterminate VM for an inline JSON 6902 patch that turns hotpatching on, at its lines', async () => {
    const kustomization = ['resources:', '  - ../../base', 'patches:', '  - patch: |-', ...OPERATIONS.map(line => `      ${line}`), ...TARGET]
    expect(await indeterminate({ 'overlays/prod/kustomization.yaml': `${kustomization.join('\n')}\n` })).toEqual({
      verdicts: ['vm-app-01 not-affected:', STAND_IN],
      message:
        "Could not tell whether VM 'patch of WindowsVirtualMachine vm-app-01' needs a reboot plan: osType at " +
        'overlays/prod/kustomization.yaml:5: Kustomize patch of WindowsVirtualMachine vm-app-01 in ' +
        'overlays/prod/kustomization.yaml is not applied, and its inputs carry a hotpatch signal ' +
        '(spec.forProvider.hotpatchingEnabled = true at overlays/prod/kustomization.yaml:10:16; ' +
        'spec.forProvider.sourceImageReference.sku = "2025-datacenter-azure-edition" at overlays/prod/kustomization.yaml:7:16): ' +
        'run `kustomize build overlays/prod` and scan the output instead, or exempt it; image.publisher at ' +
        'overlays/prod/kustomization.yaml:5: decided inside patch of WindowsVirtualMachine vm-app-01, which is not read; ' +
        'image.offer at overlays/prod/kustomization.yaml:5: decided inside patch of WindowsVirtualMachine vm-app-01, which ' +
        'is not read. Make these values resolvable (a literal in the manifest, not a reference the cluster resolves), or exempt the ' +
        'resource with a reason.',
      at: 'overlays/prod/kustomization.yaml:5'
    })
  })

  it('reads a JSON 6902 patch file (a list of operations, which no reader claims) the same way', async () => {
    const kustomization = ['resources:', '  - ../../base', 'patches:', '  - path: hotpatch-ops.yaml', ...TARGET]
    const result = await indeterminate({
      'overlays/staging/kustomization.yaml': `${kustomization.join('\n')}\n`,
      'overlays/staging/hotpatch-ops.yaml': `${OPERATIONS.join('\n')}\n`
    })
    expect(result.verdicts).toEqual(['vm-app-01 not-affected:', STAND_IN])
    expect(result.at).toBe('overlays/staging/kustomization.yaml:4')
    expect(result.message).toContain('(spec.forProvider.hotpatchingEnabled = true at overlays/staging/hotpatch-ops.yaml:6:10;')
  })

  it('says a patch of a VM without a hotpatch signal in a notice, and nothing of a patch of another kind', async () => {
    const patch = (kind: string): string =>
      ['resources:', '  - ../../base', 'patchesJson6902:', '  - patch: |-', '      - {op: add, path: /spec/forProvider/size, value: Standard_D4s_v5}',
        '    target:', `      kind: ${kind}`, '      name: vm-app-01', ''].join('\n')
    const result = await scanFiles({ ...BASE, 'overlays/prod/kustomization.yaml': patch('WindowsVirtualMachine'), 'overlays/dev/kustomization.yaml': patch('Deployment') })
    expect(verdicts(result)).toEqual(['vm-app-01 not-affected:'])
    expect(result.parseErrors.map(e => `${e.file}:${e.line}:${e.column} ${e.severity} ${e.message}`)).toEqual([
      'overlays/prod/kustomization.yaml:5:1 notice Kustomize JSON 6902 patch of WindowsVirtualMachine vm-app-01 in ' +
        'overlays/prod/kustomization.yaml is not applied: the gate reads WindowsVirtualMachine vm-app-01 from its base as ' +
        'written; run `kustomize build overlays/prod` and scan the output'
    ])
  })
})

/**
 * What the Kubernetes claim takes beyond plain block YAML: quoted keys, JSON (flow) documents such as `jsonnet -y`
 * writes, and a comment header longer than the 4 KiB head. Each was passed over without a word, so a hotpatch VM
 * written so was never judged and the run passed (found by probing).
 */
import { describe, expect, it } from '@jest/globals'
import { kubernetesReader } from '../../../src/readers/kubernetes/kubernetes-reader.js'
import type { WorkspaceFile } from '../../../src/workspace/workspace.js'
import { scanFiles, verdicts } from '../terraform/scan-files.js'

const file = (path: string): WorkspaceFile => ({ path, absolutePath: `/repo/${path}`, size: 100 })
/** The claim on a text: `head()` its first 4 KiB, `head('read')` its first 64 KiB, as the scan gives them. */
const claims = (path: string, text: string): boolean =>
  kubernetesReader.claims(file(path), extent => text.slice(0, extent === 'read' ? 65536 : 4096))

const FOR_PROVIDER = {
  location: 'westeurope',
  resourceGroupName: 'rg-files',
  size: 'Standard_D4s_v5',
  sourceImageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' },
  patchMode: 'AutomaticByPlatform',
  hotpatchingEnabled: true,
  rebootSetting: 'IfRequired',
  bypassPlatformSafetyChecksOnUserScheduleEnabled: true
}
const VM_OBJECT = { apiVersion: 'compute.azure.upbound.io/v1beta2', kind: 'WindowsVirtualMachine', metadata: { name: 'vm-files-01' }, spec: { forProvider: FOR_PROVIDER } }

/** The same hotpatch VM without a plan in block YAML, keys written as `key(name)` gives them. */
const blockVm = (key: (name: string) => string): string =>
  [
    `${key('apiVersion')}: compute.azure.upbound.io/v1beta2`,
    `${key('kind')}: WindowsVirtualMachine`,
    `${key('metadata')}:`,
    '  name: vm-files-01',
    `${key('spec')}:`,
    '  forProvider:',
    ...Object.entries(FOR_PROVIDER).map(([name, value]) =>
      typeof value === 'object' ? `    ${name}: ${JSON.stringify(value)}` : `    ${name}: ${String(value)}`
    ),
    ''
  ].join('\n')

/** More than 4 KiB of comments before the first document. */
const LONG_HEADER = Array.from({ length: 60 }, (_, line) => `# Operational notes ${line}: this VM hosts the finance file shares; see the runbook.\n`).join('')

describe('the claim', () => {
  it.each([
    ['double-quoted keys', blockVm(key => `"${key}"`), true],
    ['single-quoted keys', blockVm(key => `'${key}'`), true],
    ['a JSON document', JSON.stringify(VM_OBJECT, undefined, 2), true],
    ['JSON documents after ---, as jsonnet -y writes them', `---\n${JSON.stringify(VM_OBJECT)}\n---\n${JSON.stringify(VM_OBJECT)}\n`, true],
    ['a flow mapping after --- on its line', `--- {apiVersion: v1, kind: ConfigMap}\n`, true],
    ['more than 4 KiB of comments before the first object', `${LONG_HEADER}\n${blockVm(key => key)}`, true],
    ['more than 4 KiB of comments and no object', `${LONG_HEADER}\nreplicas: 2\n`, false],
    ['Helm values', 'image:\n  repository: nginx\nresources: {}\nnodeSelector: {}\n', false],
    ['Helm values holding objects', 'extraObjects:\n  - {"apiVersion": "v1", "kind": "ConfigMap"}\n', false],
    ['a Helm template action at a line start', '{{- if .Values.x }}\nkind: ConfigMap\n{{- end }}\n', false],
    ['docker-compose', 'services:\n  web:\n    image: "nginx"\n    labels: {"kind": "web"}\n', false]
  ])('%s', (_, text, expected) => {
    expect(claims('deploy/vm.yaml', text)).toBe(expected)
  })

  it('still leaves GitHub workflows and Pulumi files to others, whatever their shape', () => {
    expect(claims('.github/workflows/ci.yml', JSON.stringify(VM_OBJECT))).toBe(false)
    expect(claims('Pulumi.yaml', JSON.stringify(VM_OBJECT))).toBe(false)
    expect(claims('Pulumi.yaml', `${LONG_HEADER}\n${blockVm(key => key)}`)).toBe(false)
  })
})

describe('the scan', () => {
  it.each([
    ['quoted keys', blockVm(key => `"${key}"`), 'vm-files-01 affected-no-plan: reboot-plan-required'],
    ['a JSON document', JSON.stringify(VM_OBJECT, undefined, 2), 'vm-files-01 affected-no-plan: reboot-plan-required'],
    ['jsonnet -y output', `---\n${JSON.stringify(VM_OBJECT)}\n`, 'vm-files-01 affected-no-plan: reboot-plan-required'],
    ['a long comment header', `${LONG_HEADER}${blockVm(key => key)}`, 'vm-files-01 affected-no-plan: reboot-plan-required']
  ])('judges a hotpatch VM without a plan written with %s', async (_, text, verdict) => {
    const result = await scanFiles({ 'deploy/vm.yaml': text })
    expect(verdicts(result)).toEqual([verdict])
    expect(result.parseErrors).toEqual([])
  })

  it('locates a VM of a JSON document at its object, and of a long header after it', async () => {
    const json = await scanFiles({ 'deploy/vm.yaml': `---\n${JSON.stringify(VM_OBJECT)}\n` })
    expect(json.assessments.map(({ vm }) => `${vm.reportAt.line}:${vm.reportAt.column}`)).toEqual(['2:1'])
    const header = await scanFiles({ 'deploy/vm.yaml': `${LONG_HEADER}${blockVm(key => key)}` })
    expect(header.assessments.map(({ vm }) => `${vm.reportAt.line}:${vm.reportAt.column}`)).toEqual(['61:1'])
  })
})

/**
 * `{{` in a YAML comment is no Go template action: kubectl, Flux and kustomize apply the file as written. A comment
 * such as `# rendered by Alertmanager: {{ .Labels.instance }}` made the whole file a template, skipped with a notice,
 * and a hotpatch VM in it without a plan passed (found by probing). Real templates are still told apart.
 */
import { describe, expect, it } from '@jest/globals'
import { kubernetesReader } from '../../../src/readers/kubernetes/kubernetes-reader.js'
import { scanFiles, verdicts } from '../terraform/scan-files.js'
import { memoryWorkspace, readWorkspace } from './helpers.js'

/** A hotpatch VM without a plan, `extra` lines in its forProvider (16 lines and more). */
const vm = (extra: readonly string[] = []): string[] => [
  'apiVersion: compute.azure.upbound.io/v1beta2',
  'kind: WindowsVirtualMachine',
  'metadata:',
  '  name: vm-files-01',
  'spec:',
  '  forProvider:',
  '    location: westeurope',
  '    resourceGroupName: rg-files',
  '    size: Standard_D4s_v5',
  '    sourceImageReference: {publisher: MicrosoftWindowsServer, offer: WindowsServer, sku: 2025-datacenter-azure-edition, version: latest}',
  '    patchMode: AutomaticByPlatform',
  '    hotpatchingEnabled: true',
  '    rebootSetting: IfRequired',
  '    bypassPlatformSafetyChecksOnUserScheduleEnabled: true',
  ...extra
]

const configMap = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: files-settings',
  '  # Alert text uses Go templates, e.g. {{ .Labels.instance }}, rendered by Alertmanager, not Helm.',
  'data:',
  '  share: finance  # {{ not a template either }}',
  '  script: |',
  '    # {{ .inside }} a block scalar is text'
]

const FILE_SKIPPED = 'templated file (Helm/Go template) is not evaluated; render it (helm template) and scan the output'
const DOCUMENT_SKIPPED =
  'templated document (Helm/Go template) of an Azure API group is not evaluated; render it (helm template) and scan the output'

const read = async (lines: readonly string[]) => {
  const output = await readWorkspace(kubernetesReader, memoryWorkspace({ 'vm.yaml': `${lines.join('\n')}\n` }))
  return {
    resources: output.resources.map(resource => `${resource.identity.name ?? '?'} @${resource.reportAt.line}`),
    notices: output.parseErrors.map(error => `${error.line}:${error.column} ${error.message}`)
  }
}

describe('`{{` in a comment', () => {
  it('of another document, or of the Azure object itself, leaves the file read as written', async () => {
    expect(await read([...vm(), '---', ...configMap])).toEqual({ resources: ['vm-files-01 @1'], notices: [] })
    const commented = vm(['    # owner: {{ .Values.team }}', '    tags: {team: files}  # {{- if .Values.tags }}'])
    expect(await read(['# {{- /* generated from a template once; now kept as is */ -}}', ...commented])).toEqual({ resources: ['vm-files-01 @2'], notices: [] })
  })

  it('is not where a template\'s notice points: its first action outside a comment is', async () => {
    expect(await read(['# See {{ the runbook }}', '{{- if .Values.vm }}', ...vm(), '{{- end }}'])).toEqual({
      resources: [],
      notices: [`2:1 ${FILE_SKIPPED}`]
    })
    expect(await read(vm(['    computerName: "{{ .Values.name }}"  # {{ .Values.why }}']))).toEqual({
      resources: [],
      notices: [`15:20 ${FILE_SKIPPED}`]
    })
    const templated = vm(['    # {{ .Values.why }}', '    computerName: "{{ .Values.name }}"']).map(line => line.replace('vm-files-01', 'vm-files-02'))
    expect(await read([...vm(), '---', ...templated])).toEqual({ resources: ['vm-files-01 @1'], notices: [`31:20 ${DOCUMENT_SKIPPED}`] })
  })

  it('keeps real templates detected: an action in a value, a `#` inside a string or not after a space (controls)', async () => {
    expect(await read(vm(['    size: {{ .Values.size }}  # {{ .Values.why }}']))).toEqual({ resources: [], notices: [`15:11 ${FILE_SKIPPED}`] })
    expect(await read([...vm(['    computerName: "# {{ .Values.name }}"']), '---', ...configMap])).toEqual({
      resources: [],
      notices: [`15:22 ${FILE_SKIPPED}`]
    })
    expect(await read([...vm(['    computerName: a#{{ .Values.name }}']), '---', ...configMap])).toEqual({
      resources: [],
      notices: [`15:21 ${FILE_SKIPPED}`]
    })
  })

  it('lets the scan judge the VM (it passed, skipped)', async () => {
    const result = await scanFiles({ 'k8s/vm.yaml': `${[...vm(), '---', ...configMap].join('\n')}\n` })
    expect(verdicts(result)).toEqual(['vm-files-01 affected-no-plan: reboot-plan-required'])
    expect(result.parseErrors).toEqual([])
  })
})

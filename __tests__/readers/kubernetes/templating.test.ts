/**
 * Unit tests for src/readers/kubernetes/templating.ts: Go template actions (`{{ ... }}`) in YAML files. Rendered
 * output keeps them inside string values and is read, but for its templated Azure documents; a template is not.
 */
import { describe, expect, it } from '@jest/globals'
import { kubernetesReader } from '../../../src/readers/kubernetes/kubernetes-reader.js'
import { memoryWorkspace, readWorkspace } from './helpers.js'

const vm = (name: string, extra: readonly string[] = []): string[] => [
  'apiVersion: compute.azure.upbound.io/v1beta2',
  'kind: WindowsVirtualMachine',
  'metadata:',
  `  name: ${name}`,
  'spec:',
  '  forProvider:',
  '    location: westeurope',
  ...extra
]

const alertTemplates = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: alert-templates',
  'data:',
  '  teams.tmpl: |',
  '    {{ define "teams.title" }}[{{ .Status }}] {{ .CommonLabels.alertname }}{{ end }}'
]

const FILE_SKIPPED = 'templated file (Helm/Go template) is not evaluated; render it (helm template) and scan the output'

const read = async (text: readonly string[]) =>
  readWorkspace(kubernetesReader, memoryWorkspace({ 'rendered.yaml': `${text.join('\n')}\n` }))

describe('rendered output', () => {
  it('reads the Azure objects beside a ConfigMap whose string values hold Go templates', async () => {
    const output = await read([...vm('vm-app-01'), '---', ...alertTemplates])
    expect(output.resources.map(resource => [resource.identity.name, resource.reportAt.line])).toEqual([['vm-app-01', 1]])
    expect(output.parseErrors).toEqual([])
    expect(output.manifests).toEqual(['rendered.yaml'])
  })

  it('reads a Go template in a ConfigMap before the Azure object too', async () => {
    const output = await read([...alertTemplates, '---', ...vm('vm-app-01')])
    expect(output.resources.map(resource => [resource.identity.name, resource.reportAt.line])).toEqual([['vm-app-01', 9]])
    expect(output.parseErrors).toEqual([])
  })

  it('skips only the Azure document whose values are templated, with a located note', async () => {
    const output = await read([
      ...vm('vm-app-01'),
      '---',
      ...vm('vm-app-02', ['    tags:', '      owner: "{{ .Values.owner }}"']),
      '---',
      ...alertTemplates
    ])
    expect(output.resources.map(resource => resource.identity.name)).toEqual(['vm-app-01'])
    expect(output.parseErrors).toEqual([
      {
        file: 'rendered.yaml',
        line: 17,
        column: 15,
        message:
          'templated document (Helm/Go template) of an Azure API group is not evaluated; render it (helm template) and scan the output',
        severity: 'notice'
      }
    ])
    expect(output.manifests).toEqual(['rendered.yaml'])
  })
})

describe('templates', () => {
  it('skips the whole file when an action outside a string value makes a document of another group a template', async () => {
    const output = await read([
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: {{ .Release.Name }}-settings',
      '---',
      ...vm('vm-app-01')
    ])
    expect(output.resources).toEqual([])
    expect(output.parseErrors).toEqual([
      { file: 'rendered.yaml', line: 4, column: 9, message: FILE_SKIPPED, severity: 'notice', kind: 'file-skipped' }
    ])
    expect(output.manifests).toEqual([])
  })

  it('skips the whole file when a condition wraps an Azure object that holds no action itself', async () => {
    const output = await read(['{{- if .Values.vm.enabled }}', '---', ...vm('vm-app-01'), '---', '{{- end }}'])
    expect(output.resources).toEqual([])
    expect(output.parseErrors).toEqual([
      { file: 'rendered.yaml', line: 1, column: 1, message: FILE_SKIPPED, severity: 'notice', kind: 'file-skipped' }
    ])
  })

  it('skips the whole file when every Azure document is templated, even inside string values', async () => {
    const output = await read([...vm('vm-app-01', ['    tags:', '      owner: "{{ .Values.owner }}"']), '---', ...alertTemplates])
    expect(output.resources).toEqual([])
    expect(output.parseErrors).toEqual([
      { file: 'rendered.yaml', line: 9, column: 15, message: FILE_SKIPPED, severity: 'notice', kind: 'file-skipped' }
    ])
    expect(output.manifests).toEqual([])
  })

  it('skips a template of other groups only without a word', async () => {
    const output = await read(['{{- if .Values.enabled }}', ...alertTemplates, '{{- end }}'])
    expect(output).toEqual({ resources: [], resourceOrigins: [], parseErrors: [], manifests: [], inlineExemptions: [] })
  })
})

/**
 * Unit tests for src/readers/kubernetes/templating.ts: Go template actions (`{{ ... }}`) in YAML files. Rendered
 * output keeps them inside string values and is read, but for its templated Azure documents; a template is not.
 */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../../src/model/resources.js'
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

describe('Go templates of another tool in string values', () => {
  /** A Cluster API ClusterClass whose patch template (a block scalar) writes ASO objects (cluster-api-provider-azure). */
  const clusterClass = [
    'apiVersion: cluster.x-k8s.io/v1beta1',
    'kind: ClusterClass',
    'metadata:',
    '  name: demo',
    'spec:',
    '  patches:',
    '    - name: rg',
    '      definitions:',
    '        - selector:',
    '            apiVersion: infrastructure.cluster.x-k8s.io/v1beta1',
    '            kind: AzureASOManagedClusterTemplate',
    '            matchResources: {infrastructureCluster: true}',
    '          jsonPatches:',
    '            - op: replace',
    '              path: /spec/template/spec',
    '              valueFrom:',
    '                template: |',
    '                  resources:',
    '                  - apiVersion: resources.azure.com/v1api20200601',
    '                    kind: ResourceGroup',
    '                    metadata:',
    '                      name: "{{ .builtin.cluster.name }}"',
    '                    spec:',
    '                      location: westeurope'
  ]

  it('does not call a file of valid YAML whose Azure objects are only inside a string a Helm template', async () => {
    const output = await read(clusterClass)
    expect(output).toEqual({ resources: [], resourceOrigins: [], parseErrors: [], manifests: [], inlineExemptions: [] })
  })

  it('reads the Azure objects beside such a document', async () => {
    const output = await read([...clusterClass, '---', ...vm('vm-app-01')])
    expect(output.resources.map(resource => [resource.identity.name, resource.reportAt.line])).toEqual([['vm-app-01', 26]])
    expect(output.parseErrors).toEqual([])
  })

  it('reads a function-go-templating Composition whose inline template holds actions, advising crossplane render', async () => {
    const composition = [
      'apiVersion: apiextensions.crossplane.io/v1',
      'kind: Composition',
      'metadata:',
      '  name: winvm',
      'spec:',
      '  mode: Pipeline',
      '  pipeline:',
      '    - step: render',
      '      functionRef:',
      '        name: function-go-templating',
      '      input:',
      '        apiVersion: gotemplating.fn.crossplane.io/v1beta1',
      '        kind: GoTemplate',
      '        source: Inline',
      '        inline:',
      '          template: |',
      ...vm('{{ .observed.composite.resource.metadata.name }}', ['    hotpatchingEnabled: true']).map(line => `            ${line}`)
    ]
    const output = await read(composition)
    expect(output.resources.map(resource => [resource.displayName, `${resource.reportAt.line}:${resource.reportAt.column}`])).toEqual([
      ['WindowsVirtualMachine template[0] of Composition winvm', '17:13']
    ])
    expect((output.resources[0] as VirtualMachine).osType.reason).toBe(
      'Crossplane Composition winvm templates WindowsVirtualMachine template[0] in the inline template of step render, a Go ' +
        'template the gate does not evaluate (its values come from each composite resource), which is not read, and its ' +
        'inputs carry a hotpatch signal (spec.forProvider.hotpatchingEnabled = true at rendered.yaml:24:37): run `crossplane ' +
        'render` for a composite resource and scan the output instead, or exempt it'
    )
    expect(output.parseErrors).toEqual([])
    expect(output.manifests).toEqual(['rendered.yaml'])
  })

  it('still skips, with its notice, a Helm template of an Azure object whose YAML does not parse (control)', async () => {
    const output = await read(['{{- if .Values.enabled }}', ...clusterClass, '---', ...vm('vm-app-01'), '{{- end }}'])
    expect(output.resources).toEqual([])
    expect(output.parseErrors).toEqual([
      { file: 'rendered.yaml', line: 1, column: 1, message: FILE_SKIPPED, severity: 'notice', kind: 'file-skipped' }
    ])
  })

  it('still notes a rendered List whose Azure item holds an action in a string (control)', async () => {
    const list = ['apiVersion: v1', 'kind: List', 'items:', ...vm('"{{ .Values.name }}"').map((line, index) => (index === 0 ? `- ${line}` : `  ${line}`))]
    const output = await read([...vm('vm-app-01'), '---', ...list])
    expect(output.resources.map(resource => resource.identity.name)).toEqual(['vm-app-01'])
    expect(output.parseErrors).toEqual([
      {
        file: 'rendered.yaml',
        line: 15,
        column: 12,
        message:
          'templated document (Helm/Go template) of an Azure API group is not evaluated; render it (helm template) and scan the output',
        severity: 'notice'
      }
    ])
  })
})

/**
 * A Crossplane Composition in pipeline mode whose function-go-templating step composes managed resources from an
 * inline template (`input.inline.template: |`, a multi-document YAML text). They were not read at all: the same
 * hotpatch WindowsVirtualMachine that is an indeterminate VM in a patch-and-transform `base` passed unseen (the file
 * counted as no manifest). Each composed compute or maintenance object is now said as a `base` is, located at its
 * lines in the file; the template is never evaluated.
 */
import { describe, expect, it } from '@jest/globals'
import type { ParseError, VirtualMachine } from '../../../src/model/resources.js'
import { compositionTemplates } from '../../../src/readers/kubernetes/compositions.js'
import { kubernetesReader } from '../../../src/readers/kubernetes/kubernetes-reader.js'
import { parseYaml } from '../../../src/yaml/parse.js'
import { scanFiles, verdicts } from '../terraform/scan-files.js'
import { memoryWorkspace, readWorkspace, show } from './helpers.js'

/** A pipeline Composition (lines 1-19) whose step `render` composes `template` (from line 20, indented 12). */
const composition = (template: readonly string[], input: readonly string[] = ['        source: Inline']): string =>
  [
    'apiVersion: apiextensions.crossplane.io/v1',
    'kind: Composition',
    'metadata:',
    '  name: winvm',
    'spec:',
    '  compositeTypeRef:',
    '    apiVersion: platform.example.org/v1alpha1',
    '    kind: XWinVM',
    '  mode: Pipeline',
    '  pipeline:',
    '    - step: render',
    '      functionRef:',
    '        name: function-go-templating',
    '      input:',
    '        apiVersion: gotemplating.fn.crossplane.io/v1beta1',
    '        kind: GoTemplate',
    ...input,
    '        inline:',
    '          template: |',
    ...template.map(line => (line === '' ? '' : `            ${line}`)),
    '    - step: ready',
    '      functionRef:',
    '        name: function-auto-ready',
    ''
  ].join('\n')

/** A hotpatch WindowsVirtualMachine, its location `location` (17 lines). */
const windowsVm = (location = 'westeurope'): string[] => [
  'apiVersion: compute.azure.upbound.io/v1beta2',
  'kind: WindowsVirtualMachine',
  'metadata:',
  '  annotations:',
  '    gotemplating.fn.crossplane.io/composition-resource-name: vm',
  'spec:',
  '  forProvider:',
  `    location: ${location}`,
  '    resourceGroupName: rg-app',
  '    size: Standard_D2s_v5',
  '    sourceImageReference:',
  '      publisher: MicrosoftWindowsServer',
  '      offer: WindowsServer',
  '      sku: 2025-datacenter-azure-edition',
  '      version: latest',
  '    patchMode: AutomaticByPlatform',
  '    hotpatchingEnabled: true'
]

const JUDGE = 'run `crossplane render` for a composite resource and scan the output'
const signalled = (why: string, signals: string): string =>
  `${why}, and its inputs carry a hotpatch signal (${signals}): ${JUDGE} instead, or exempt it`

/** Each VM as name, place, hotpatch flag and SKU; each notice as place and message. */
const said = (items: readonly (VirtualMachine | ParseError)[]) =>
  items.map(item =>
    'message' in item
      ? { notice: `${item.file}:${item.line}:${item.column}`, message: item.message }
      : {
          vm: item.displayName,
          symbol: item.identity.symbol,
          at: `${item.reportAt.file}:${item.reportAt.line}:${item.reportAt.column}`,
          flag: show(item.enableHotpatching),
          sku: show(item.image.sku),
          why: item.osType.reason
        }
  )

const templatesOf = (text: string) => said(compositionTemplates('composition.yaml', parseYaml(text)))

describe('an inline template without actions', () => {
  it('is read as composed resources: a hotpatch VM is indeterminate, located at its lines in the file', async () => {
    const output = await readWorkspace(kubernetesReader, memoryWorkspace({ 'composition.yaml': composition(windowsVm()) }))
    expect(said(output.resources as VirtualMachine[])).toEqual([
      {
        vm: 'WindowsVirtualMachine vm of Composition winvm',
        symbol: 'composition.yaml#composition:winvm/render/vm',
        at: 'composition.yaml:20:13',
        flag: 'true literal @36:37',
        sku: '"2025-datacenter-azure-edition" literal @33:24',
        why: signalled(
          'Crossplane Composition winvm templates WindowsVirtualMachine vm in the inline template of step render (its values ' +
            'come from each composite resource), which is not read',
          'spec.forProvider.hotpatchingEnabled = true at composition.yaml:36:37; spec.forProvider.sourceImageReference.sku = ' +
            '"2025-datacenter-azure-edition" at composition.yaml:33:24'
        )
      }
    ])
    expect(output.parseErrors).toEqual([])
    expect(output.manifests).toEqual(['composition.yaml'])
  })

  it('places the template the same in a file of CRLF line breaks, whatever its chomping', () => {
    const text = composition(windowsVm()).replace('template: |', 'template: |-').replaceAll('\n', '\r\n')
    expect(templatesOf(text).map(vm => ('vm' in vm ? [vm.at, vm.flag, vm.sku] : vm))).toEqual([
      ['composition.yaml:20:13', 'true literal @36:37', '"2025-datacenter-azure-edition" literal @33:24']
    ])
  })

  it('says its other compute and maintenance objects, each at its document, and passes over other groups', () => {
    const template = [
      '---',
      'apiVersion: compute.azure.upbound.io/v1beta2',
      'kind: LinuxVirtualMachine',
      'spec: {forProvider: {size: Standard_B2s}}',
      '---',
      'apiVersion: maintenance.azure.upbound.io/v1beta1',
      'kind: MaintenanceConfiguration',
      'spec: {forProvider: {scope: InGuestPatch}}',
      '---',
      'apiVersion: meta.gotemplating.fn.crossplane.io/v1alpha1',
      'kind: CompositeConnectionDetails',
      'data: {}'
    ]
    const notice = (line: number, what: string) => ({
      notice: `composition.yaml:${line}:13`,
      message:
        `Crossplane Composition winvm templates ${what} in the inline template of step render (its values come from each ` +
        `composite resource), which is not read: the gate reads managed resources written as objects; ${JUDGE}`
    })
    expect(templatesOf(composition(template))).toEqual([
      notice(21, 'LinuxVirtualMachine template[0]'),
      notice(25, 'MaintenanceConfiguration template[1]')
    ])
  })

  it('counts the Composition as a manifest of a VM in a scan (it was nothing scanned)', async () => {
    const result = await scanFiles({ 'composition.yaml': composition(windowsVm()) })
    expect(verdicts(result)).toEqual(['WindowsVirtualMachine vm of Composition winvm indeterminate: indeterminate'])
  })

  it('leaves a patch-and-transform Composition as it was (control)', () => {
    const text = [
      'apiVersion: apiextensions.crossplane.io/v1',
      'kind: Composition',
      'metadata:',
      '  name: winvm',
      'spec:',
      '  resources:',
      '    - name: vm',
      '      base:',
      ...windowsVm().map(line => `        ${line}`)
    ].join('\n')
    expect(templatesOf(text)).toEqual([
      {
        vm: 'WindowsVirtualMachine vm of Composition winvm',
        symbol: 'composition.yaml#composition:winvm/vm',
        at: 'composition.yaml:9:9',
        flag: 'true literal @25:33',
        sku: '"2025-datacenter-azure-edition" literal @22:20',
        why: signalled(
          'Crossplane Composition winvm templates WindowsVirtualMachine vm (its values come from each composite resource), which is not read',
          'spec.forProvider.hotpatchingEnabled = true at composition.yaml:25:33; spec.forProvider.sourceImageReference.sku = ' +
            '"2025-datacenter-azure-edition" at composition.yaml:22:20'
        )
      }
    ])
  })

  it('reads no template kept elsewhere (source: FileSystem): it is not in the file', () => {
    expect(templatesOf(composition(windowsVm(), ['        source: FileSystem']))).toEqual([])
  })
})

describe('an inline template with actions (never evaluated)', () => {
  const TEMPLATED =
    'Crossplane Composition winvm templates WindowsVirtualMachine vm in the inline template of step render, a Go template ' +
    'the gate does not evaluate (its values come from each composite resource), which is not read'

  it('blots the actions out and reads the rest where it is written', () => {
    const template = ['{{- $region := .observed.composite.resource.spec.region }}', ...windowsVm('{{ $region }}'), '{{- end }}']
    expect(templatesOf(composition(template))).toEqual([
      {
        vm: 'WindowsVirtualMachine vm of Composition winvm',
        symbol: 'composition.yaml#composition:winvm/render/vm',
        at: 'composition.yaml:21:13',
        flag: 'true literal @37:37',
        sku: '"2025-datacenter-azure-edition" literal @34:24',
        why: signalled(
          TEMPLATED,
          'spec.forProvider.hotpatchingEnabled = true at composition.yaml:37:37; spec.forProvider.sourceImageReference.sku = ' +
            '"2025-datacenter-azure-edition" at composition.yaml:34:24'
        )
      }
    ])
  })

  it('reads a document that is not YAML even then (both branches of an if) line by line', () => {
    const vm = windowsVm()
    const template = [...vm.slice(0, 13), '{{- if .hotpatch }}', vm[13]!, '{{- else }}', '      sku: 2022-datacenter', '{{- end }}', ...vm.slice(14)]
    expect(templatesOf(composition(template))).toEqual([
      {
        vm: 'WindowsVirtualMachine vm of Composition winvm',
        symbol: 'composition.yaml#composition:winvm/render/vm',
        at: 'composition.yaml:20:13',
        flag: 'true literal @40:37',
        sku: '"2025-datacenter-azure-edition" literal @34:24',
        why: signalled(
          TEMPLATED,
          'spec.forProvider.hotpatchingEnabled = true at composition.yaml:40:37; spec.forProvider.sourceImageReference.sku = ' +
            '"2025-datacenter-azure-edition" at composition.yaml:34:24'
        )
      }
    ])
  })

  it('reads a value line by line up to its comment, a quoted one without its quotes, in time on a long line', () => {
    const vm = windowsVm()
    const template = [
      ...vm.slice(0, 13),
      '{{- if .hotpatch }}',
      '      sku: "2025-datacenter-azure-edition"  # {{ .why }}',
      '{{- else }}',
      '      sku: 2022-datacenter',
      '{{- end }}',
      `      note: x${' '.repeat(200_000)}y`,
      ...vm.slice(14, 16),
      '    hotpatchingEnabled: true   # {{ .comment }}'
    ]
    const started = Date.now()
    const [read] = templatesOf(composition(template))
    expect(read).toMatchObject({ flag: 'true literal @41:37', sku: '"2025-datacenter-azure-edition" literal @34:24' })
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('says a templated object without a hotpatch signal as a located notice', () => {
    const template = ['apiVersion: maintenance.azure.upbound.io/v1beta1', 'kind: MaintenanceConfiguration', 'spec:', '  forProvider:', '    location: {{ .region }}']
    expect(templatesOf(composition(template))).toEqual([
      {
        notice: 'composition.yaml:20:13',
        message:
          'Crossplane Composition winvm templates MaintenanceConfiguration template[0] in the inline template of step render, a Go ' +
          'template the gate does not evaluate (its values come from each composite resource), which is not read: the gate reads ' +
          `managed resources written as objects; ${JUDGE}`
      }
    ])
  })
})

describe('an inline template that is not a literal block scalar', () => {
  it('places every value at the string: its lines are not the file\'s', () => {
    const linux = ['apiVersion: compute.azure.upbound.io/v1beta2', 'kind: LinuxVirtualMachine', '---']
    const text = composition([]).replace(
      '          template: |\n',
      `          template: "${[...linux, ...windowsVm()].join('\\n')}"\n`
    )
    const [notice, vm] = templatesOf(text)
    expect(notice).toMatchObject({ notice: 'composition.yaml:19:21' })
    expect(vm).toMatchObject({ at: 'composition.yaml:19:21', flag: 'true literal @19:21', sku: '"2025-datacenter-azure-edition" literal @19:21' })
  })
})

/**
 * A step whose templates the gate does not read (function-go-templating's `source: FileSystem`, `Environment`, a
 * source it does not know, an `inline.templates` list) passed without a word, and so did every VM they compose: each
 * is now a located notice at its `source` (or its list), and the file is no manifest the gate reads.
 */
describe('templates kept outside the file', () => {
  /** A pipeline Composition (lines 1-16) whose step `render` has `input` (from line 15, indented 8), then another step. */
  const pipeline = (input: readonly string[], group = 'gotemplating.fn.crossplane.io/v1beta1'): string =>
    [
      'apiVersion: apiextensions.crossplane.io/v1',
      'kind: Composition',
      'metadata:',
      '  name: winvm',
      'spec:',
      '  compositeTypeRef:',
      '    apiVersion: platform.example.org/v1alpha1',
      '    kind: XWinVM',
      '  mode: Pipeline',
      '  pipeline:',
      '    - step: render',
      '      functionRef:',
      '        name: function-go-templating',
      '      input:',
      `        apiVersion: ${group}`,
      '        kind: GoTemplate',
      ...input.map(line => `        ${line}`),
      '    - step: ready',
      '      functionRef:',
      '        name: function-auto-ready',
      ''
    ].join('\n')
  const UNREAD = 'which are not read: the VMs and maintenance resources they compose are not checked; ' + JUDGE
  const notice = (line: number, column: number, from: string) => ({
    file: 'composition.yaml',
    line,
    column,
    message: `Crossplane Composition winvm composes resources in step render from ${from}, ${UNREAD}`,
    severity: 'notice'
  })
  const read = (text: string) => readWorkspace(kubernetesReader, memoryWorkspace({ 'composition.yaml': text }))

  it('says a FileSystem source at its line, naming the folder; the file is no manifest the gate reads', async () => {
    const output = await read(pipeline(['source: FileSystem', 'fileSystem:', '  dirPath: /templates']))
    expect(output.parseErrors).toEqual([notice(17, 17, "Go templates in the function's file system (fileSystem.dirPath /templates)")])
    expect(output.resources).toEqual([])
    expect(output.manifests).toEqual([])
  })

  it('says an Environment source, a source it does not know and one that is not a plain value', async () => {
    expect((await read(pipeline(['source: Environment', 'environment:', '  key: templates']))).parseErrors).toEqual([
      notice(17, 17, "Go templates in the pipeline's environment (environment.key templates)")
    ])
    expect((await read(pipeline(['source: "Git"']))).parseErrors).toEqual([
      notice(17, 17, 'Go templates of a source the gate does not know (source: Git)')
    ])
    expect((await read(pipeline(['source: [FileSystem]', 'fileSystem: {}']))).parseErrors).toEqual([
      notice(17, 17, 'Go templates of a source the gate does not know (source: not a plain value)')
    ])
    expect((await read(pipeline(['source: FileSystem']))).parseErrors).toEqual([
      notice(17, 17, "Go templates in the function's file system (no fileSystem.dirPath)")
    ])
  })

  it('says an inline templates list, which is not read either, at the list', async () => {
    const output = await read(pipeline(['source: Inline', 'inline:', '  templates:', '    - |', '      apiVersion: compute.azure.upbound.io/v1beta2']))
    expect(output.parseErrors).toEqual([notice(20, 13, 'the Go templates of its inline.templates list')])
  })

  it('says nothing of an inline template, nor of another function\'s source (control)', async () => {
    expect((await read(composition(windowsVm()))).parseErrors).toEqual([])
    expect((await read(pipeline(['source: FileSystem'], 'template.fn.crossplane.io/v1beta1'))).parseErrors).toEqual([])
  })

  it('is read by a scan, which would pass over a file without a word of the policy', async () => {
    const result = await scanFiles({ 'composition.yaml': pipeline(['source: FileSystem', 'fileSystem:', '  dirPath: /templates']) })
    expect(result.parseErrors.filter(error => error.file === 'composition.yaml')).toEqual([
      notice(17, 17, "Go templates in the function's file system (fileSystem.dirPath /templates)")
    ])
  })
})

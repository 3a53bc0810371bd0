/**
 * A Crossplane claim (or composite resource) of a platform API passes hotpatch inputs to its Composition as a module
 * call does: it was passed over without a word. With a hotpatch signal in its spec it is an indeterminate stand-in VM
 * at the object when no Composition of the scan serves its kind (shipped in a Configuration package), and when one
 * that does may template a VM (the gate does not evaluate its patches: a Composition of the scan used to silence the
 * object). Without a signal, or when every Composition of the scan serving it templates no VM, nothing new is said.
 */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../../src/model/resources.js'
import { kubernetesReader } from '../../../src/readers/kubernetes/kubernetes-reader.js'
import { mayBePlatformClaim } from '../../../src/readers/kubernetes/platform-claims.js'
import { memoryWorkspace, readWorkspace, show } from './helpers.js'

const claim = (flag: string): string =>
  [
    'apiVersion: platform.contoso.com/v1alpha1',
    'kind: WindowsServer',
    'metadata:',
    '  name: vm-files-02',
    '  namespace: file-services',
    'spec:',
    '  parameters:',
    '    imageSku: 2025-datacenter-azure-edition',
    `    hotpatchingEnabled: ${flag}`,
    ''
  ].join('\n')

const XRD_AND_COMPOSITION = [
  'apiVersion: apiextensions.crossplane.io/v1',
  'kind: CompositeResourceDefinition',
  'metadata: {name: xwindowsservers.platform.contoso.com}',
  'spec:',
  '  group: platform.contoso.com',
  '  names: {kind: XWindowsServer}',
  '  claimNames: {kind: WindowsServer}',
  '---',
  'apiVersion: apiextensions.crossplane.io/v1',
  'kind: Composition',
  'metadata: {name: windowsserver-azure}',
  'spec:',
  '  compositeTypeRef: {apiVersion: platform.contoso.com/v1alpha1, kind: XWindowsServer}',
  ''
].join('\n')

/** A patch-and-transform pipeline step of the Composition above, templating the bases given. */
const templating = (bases: string): string =>
  ['  mode: Pipeline', '  pipeline:', '  - step: patch-and-transform', '    functionRef: {name: function-patch-and-transform}', '    input:',
    '      apiVersion: pt.fn.crossplane.io/v1beta1', '      kind: Resources', '      resources:', bases].join('\n')

/** A VM whose SKU and hotpatch flag come from the composite resource, through patches. */
const VM_BASE = [
  '      - name: vm',
  '        base:',
  '          apiVersion: compute.azure.upbound.io/v1beta2',
  '          kind: WindowsVirtualMachine',
  '          spec:',
  '            forProvider:',
  '              patchMode: AutomaticByPlatform',
  '              sourceImageReference: {publisher: MicrosoftWindowsServer, offer: WindowsServer, version: latest}',
  '        patches:',
  '        - {type: FromCompositeFieldPath, fromFieldPath: spec.parameters.imageSku, toFieldPath: spec.forProvider.sourceImageReference.sku}',
  '        - {type: FromCompositeFieldPath, fromFieldPath: spec.parameters.hotpatchingEnabled, toFieldPath: spec.forProvider.hotpatchingEnabled}',
  ''
].join('\n')

const GROUP_BASE = '      - name: rg\n        base: {apiVersion: azure.upbound.io/v1beta1, kind: ResourceGroup, spec: {forProvider: {location: westeurope}}}\n'

/** A function-kcl step whose program is kept outside the file: what it composes is known only by running it. */
const KCL_STEP = [
  '  mode: Pipeline',
  '  pipeline:',
  '  - step: compose',
  '    functionRef: {name: function-kcl}',
  '    input: {apiVersion: krm.kcl.dev/v1alpha1, kind: KCLInput, spec: {source: oci://registry.contoso.com/windows-server}}',
  ''
].join('\n')

const read = (files: Record<string, string>) => readWorkspace(kubernetesReader, memoryWorkspace(files))

describe('a claim of a platform API', () => {
  it('is an indeterminate VM at the object when its Composition is not in the scan and its spec carries a hotpatch signal', async () => {
    const output = await read({ 'claim.yaml': claim('true') })
    expect(
      (output.resources as VirtualMachine[]).map(vm => ({
        vm: vm.displayName,
        at: `${vm.reportAt.file}:${vm.reportAt.line}:${vm.reportAt.column}`,
        flag: show(vm.enableHotpatching),
        sku: show(vm.image.sku),
        why: vm.osType.reason
      }))
    ).toEqual([
      {
        vm: 'WindowsServer vm-files-02',
        at: 'claim.yaml:1:1',
        flag: 'true literal @9:25',
        sku: '"2025-datacenter-azure-edition" literal @8:15',
        why:
          'WindowsServer vm-files-02 (platform.contoso.com/v1alpha1) is a Crossplane claim or composite resource whose ' +
          'Composition is not in the scan, so what it composes is not read, and its inputs carry a hotpatch signal ' +
          '(parameters.hotpatchingEnabled = true at claim.yaml:9:25; parameters.imageSku = "2025-datacenter-azure-edition" ' +
          'at claim.yaml:8:15): run `crossplane render` for a composite resource and scan the output instead, or exempt it'
      }
    ])
    expect(output.parseErrors).toEqual([])
    expect(output.manifests).toEqual(['claim.yaml'])
  })

  it('is let be when a Composition of the scan serves its kind (through its XRD claimNames) and templates no VM', async () => {
    const output = await read({ 'claim.yaml': claim('true'), 'composition.yaml': XRD_AND_COMPOSITION })
    expect(output.resources).toEqual([])
  })

  it('stands in when the Composition of the scan serves the same kind in another group: group and kind are the API', async () => {
    const other = (text: string) => text.replace('platform.contoso.com/v1alpha1', 'infra.fabrikam.io/v1')
    const output = await read({
      'claim.yaml': other(claim('true')),
      'composite.yaml': other(claim('true')).replace('kind: WindowsServer', 'kind: XWindowsServer').replace('vm-files-02', 'vm-files-03'),
      'composition.yaml': XRD_AND_COMPOSITION
    })
    expect(output.resources.map(r => `${r.displayName} ${r.reportAt.file}:${r.reportAt.line} ${r.identity.symbol ?? ''}`)).toEqual([
      'WindowsServer vm-files-02 claim.yaml:1 claim.yaml#claim:infra.fabrikam.io/WindowsServer/file-services/vm-files-02',
      'XWindowsServer vm-files-03 composite.yaml:1 composite.yaml#claim:infra.fabrikam.io/XWindowsServer/file-services/vm-files-03'
    ])
  })

  it('is let be as the composite resource itself, in the XRD group, when its Composition templates no VM (control)', async () => {
    const composite = claim('true').replace('kind: WindowsServer', 'kind: XWindowsServer')
    const output = await read({ 'composite.yaml': composite, 'composition.yaml': XRD_AND_COMPOSITION })
    expect(output.resources).toEqual([])
  })

  it('lists and reads the workspace for its Compositions once, however many units ask', async () => {
    const workspace = memoryWorkspace({ 'a.yaml': claim('true'), 'b.yaml': claim('true').replace('vm-files-02', 'vm-files-04'), 'composition.yaml': XRD_AND_COMPOSITION })
    let listings = 0
    const list = workspace.list.bind(workspace)
    workspace.list = (...args) => {
      listings++
      return list(...args)
    }
    // Each claim is a unit of its own (the scan reads them one at a time), and each is served.
    for (const file of list().filter(file => file.path !== 'composition.yaml')) {
      expect((await kubernetesReader.read([file], workspace)).resources).toEqual([])
    }
    expect(listings).toBe(1)
  })

  it('stands in when a Composition of the scan serving it templates a VM: the gate does not evaluate its patches', async () => {
    // The Composition's VM has no signal of its own: the claim's `hotpatchingEnabled: true` reaches it through a patch.
    const output = await read({ 'claim.yaml': claim('true'), 'composition.yaml': XRD_AND_COMPOSITION + templating(VM_BASE) })
    expect((output.resources as VirtualMachine[]).map(vm => [vm.displayName, vm.reportAt.file, vm.osType.reason])).toEqual([
      [
        'WindowsServer vm-files-02',
        'claim.yaml',
        'WindowsServer vm-files-02 (platform.contoso.com/v1alpha1) is a Crossplane claim or composite resource whose ' +
          'Composition windowsserver-azure templates WindowsVirtualMachine vm from its inputs, which the gate does not ' +
          'evaluate, and its inputs carry a hotpatch signal (parameters.hotpatchingEnabled = true at claim.yaml:9:25; ' +
          'parameters.imageSku = "2025-datacenter-azure-edition" at claim.yaml:8:15): run `crossplane render` for a ' +
          'composite resource and scan the output instead, or exempt it'
      ]
    ])
    // The template itself is still the notice it was.
    expect(output.parseErrors.map(error => `${error.file}:${error.line} ${error.severity}`)).toEqual(['composition.yaml:24 notice'])
  })

  it('stands in as the composite resource itself when its Composition templates a VM', async () => {
    const composite = claim('true').replace('kind: WindowsServer', 'kind: XWindowsServer')
    const output = await read({ 'composite.yaml': composite, 'composition.yaml': XRD_AND_COMPOSITION + templating(VM_BASE) })
    expect(output.resources.map(r => r.displayName)).toEqual(['XWindowsServer vm-files-02'])
  })

  it('stands in when any of several Compositions serving its kind may template a VM, naming that one', async () => {
    const second = XRD_AND_COMPOSITION.slice(XRD_AND_COMPOSITION.indexOf('apiVersion: apiextensions.crossplane.io/v1\nkind: Composition'))
    const files = {
      'claim.yaml': claim('true'),
      'composition.yaml': XRD_AND_COMPOSITION + templating(GROUP_BASE),
      'composition-vm.yaml': second.replace('windowsserver-azure', 'windowsserver-kcl') + KCL_STEP
    }
    const output = await read(files)
    expect((output.resources as VirtualMachine[]).map(vm => vm.osType.reason?.slice(0, vm.osType.reason.indexOf(', and its inputs')))).toEqual([
      'WindowsServer vm-files-02 (platform.contoso.com/v1alpha1) is a Crossplane claim or composite resource whose ' +
        'Composition windowsserver-kcl composes resources in step compose with function function-kcl, which the gate does not run'
    ])
  })

  it('stands in through a platform object its Composition templates, whose own Composition templates a VM', async () => {
    const nested = [
      'apiVersion: apiextensions.crossplane.io/v1',
      'kind: Composition',
      'metadata: {name: xhost}',
      'spec:',
      '  compositeTypeRef: {apiVersion: platform.contoso.com/v1alpha1, kind: XHost}',
      ''
    ].join('\n')
    const host = '      - name: host\n        base: {apiVersion: platform.contoso.com/v1alpha1, kind: XHost}\n'
    const output = await read({ 'claim.yaml': claim('true'), 'composition.yaml': XRD_AND_COMPOSITION + templating(host), 'host.yaml': nested + templating(VM_BASE) })
    expect((output.resources as VirtualMachine[]).map(vm => vm.osType.reason?.slice(0, vm.osType.reason.indexOf(', and its inputs')))).toEqual([
      'WindowsServer vm-files-02 (platform.contoso.com/v1alpha1) is a Crossplane claim or composite resource whose ' +
        'Composition windowsserver-azure templates XHost host, whose Composition xhost templates WindowsVirtualMachine vm ' +
        'from its inputs, which the gate does not evaluate'
    ])
    // Without the platform object's Composition in the scan, what it composes is not read: it stands in all the same.
    const unserved = await read({ 'claim.yaml': claim('true'), 'composition.yaml': XRD_AND_COMPOSITION + templating(host) })
    expect(unserved.resources.map(r => r.displayName)).toEqual(['WindowsServer vm-files-02'])
  })

  it('is let be when every Composition serving its kind templates no VM or scale set, even through a platform object (control)', async () => {
    const host = '      - name: host\n        base: {apiVersion: platform.contoso.com/v1alpha1, kind: XWindowsServer}\n'
    const output = await read({ 'claim.yaml': claim('true'), 'composition.yaml': XRD_AND_COMPOSITION + templating(GROUP_BASE + host) })
    expect([output.resources, output.parseErrors]).toEqual([[], []])
  })

  it('says nothing new without a hotpatch signal in its spec (control)', async () => {
    const output = await read({ 'claim.yaml': claim('false').replace('2025-datacenter-azure-edition', '2022-datacenter-g2') })
    expect([output.resources, output.parseErrors, output.manifests]).toEqual([[], [], []])
  })
})

describe('mayBePlatformClaim: which documents of other groups are parsed for a claim', () => {
  it.each([
    ['a claim of a platform API with a hotpatch input', claim('true'), true],
    ['an object of a platform API without a hotpatch word', 'apiVersion: platform.contoso.com/v1alpha1\nkind: Database\nspec: {size: 10}\n', false],
    // A provider's CRD names hotpatchingEnabled in its schema: 60-250 KB that hold no claim.
    ['a CustomResourceDefinition', 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec:\n  hotpatchingEnabled: {type: boolean}\n', false],
    ['an object of a provider group', 'apiVersion: compute.azure.upbound.io/v1beta1\nkind: X\nspec: {hotpatchingEnabled: true}\n', false],
    ['a document without a top-level apiVersion (a patch)', 'kind: WindowsServer\nspec: {hotpatchingEnabled: true}\n', true]
  ])('%s', (_case, document, parsed) => {
    expect(mayBePlatformClaim(document)).toBe(parsed)
  })
})

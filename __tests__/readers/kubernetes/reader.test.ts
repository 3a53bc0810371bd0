/**
 * Unit tests for src/readers/kubernetes/kubernetes-reader.ts: what it claims, skips and reports.
 */
import { describe, expect, it } from '@jest/globals'
import { mayHoldAzureObject } from '../../../src/readers/kubernetes/claims.js'
import { isLookedUp } from '../../../src/readers/kubernetes/manifest-index.js'
import type { Manifest } from '../../../src/readers/kubernetes/manifests.js'
import type { VirtualMachine } from '../../../src/model/resources.js'
import { kubernetesReader } from '../../../src/readers/kubernetes/kubernetes-reader.js'
import type { WorkspaceFile } from '../../../src/workspace/workspace.js'
import { fixture, memoryWorkspace, readFolder, readWorkspace, show } from './helpers.js'

const file = (path: string): WorkspaceFile => ({ path, absolutePath: `/repo/${path}`, size: 100 })
const MANIFEST = 'apiVersion: compute.azure.com/v1api20220301\nkind: VirtualMachine\n'

describe('claims', () => {
  it.each([
    ['deploy/vm.yaml', MANIFEST, true],
    ['deploy/vm.YML', MANIFEST, true],
    ['deploy/vm.json', MANIFEST, false],
    ['charts/app/templates/vm.yaml', `{{- if .Values.vm }}\n${MANIFEST}`, true],
    ['deploy/values.yaml', 'vm:\n  apiVersion: x\n  kind: y\n', false],
    ['charts/app/Chart.yaml', 'apiVersion: v2\nname: app\n', false],
    ['.github/workflows/ci.yml', `on: push\njobs: {}\n${MANIFEST}`, false],
    ['.github/hotpatch-reboot-gate.yml', MANIFEST, false],
    ['infra/.github/x.yaml', MANIFEST, false],
    ['ci/pipeline.yml', `on: push\njobs:\n  a: {}\napiVersion: v1\nkind: Pod\n`, false],
    ['Pulumi.yaml', MANIFEST, false],
    ['stacks/Pulumi.prod.yaml', MANIFEST, false]
  ])('%s: %s', (path, head, expected) => {
    expect(kubernetesReader.claims(file(path), () => head)).toBe(expected)
  })
})

describe('read', () => {
  it('gives a notice for an Azure Helm template and skips other templates silently', async () => {
    const output = await readFolder(kubernetesReader, fixture('kubernetes/helm'))
    expect(output).toEqual({
      resources: [],
      resourceOrigins: [],
      parseErrors: [
        {
          file: 'templates/vm.yaml',
          line: 1,
          column: 1,
          message: 'templated file (Helm/Go template) is not evaluated; render it (helm template) and scan the output',
          severity: 'notice',
          kind: 'file-skipped'
        }
      ],
      manifests: [],
      inlineExemptions: []
    })
  })

  it('reads the good documents around a broken one and locates the errors; broken non-Azure YAML is not reported', async () => {
    const output = await readFolder(kubernetesReader, fixture('kubernetes/broken'))
    expect(output.resources.map(resource => resource.identity.name)).toEqual(['good-before', 'good-after'])
    expect(output.parseErrors).toEqual([
      { file: 'multi-doc.yaml', line: 13, column: 11, message: 'bad indentation of a mapping entry', severity: 'error' },
      {
        file: 'multi-doc.yaml',
        line: 26,
        column: 3,
        message: 'WindowsVirtualMachine compute.azure.upbound.io/v1beta2: expected metadata.name (a string); the object is not read',
        severity: 'error'
      }
    ])
    expect(output.manifests).toEqual(['multi-doc.yaml'])
  })

  it('collects inline exemption comments of Azure manifests', async () => {
    const output = await readFolder(kubernetesReader, fixture('kubernetes/crossplane-split'))
    expect(output.inlineExemptions).toEqual([
      {
        location: { file: 'vm.yaml', line: 16, column: 30 },
        text: 'reason="reboots in the DBA window" owner=dba expires=2026-06-30'
      }
    ])
    expect([...output.manifests].sort()).toEqual(['assignment.yaml', 'schedule.yaml', 'vm.yaml'])
  })

  it('reports an alias bomb without stopping the other files', async () => {
    const level = (name: string, i: number) => `${name}: &${name} [${Array(10).fill(`*${'abcd'[i]}`).join(', ')}]`
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcde'.split('').map(level)]
    const workspace = memoryWorkspace({
      'ok.yaml': `${MANIFEST}metadata:\n  name: ok\n`,
      'bomb.yaml': `${MANIFEST}metadata:\n  name: bomb\n${bomb.join('\n')}\n`
    })
    const output = await readWorkspace(kubernetesReader, workspace)
    expect(output.resources.map(resource => resource.identity.name)).toEqual(['ok'])
    expect(output.parseErrors).toEqual([
      {
        file: 'bomb.yaml',
        line: 8,
        column: 36,
        message: 'aliases expand to more than 10000 nodes (alias bomb); not read',
        severity: 'error'
      }
    ])
  })
})

describe('documents passed over without parsing', () => {
  it.each([
    ['apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n', false],
    ["apiVersion: 'apps/v1' # a comment\nkind: Deployment\n", false],
    ['apiVersion: v1\nkind: ConfigMap\n', false],
    ['apiVersion: compute.azure.upbound.io/v1beta1\nkind: LinuxVirtualMachine\n', true],
    ['apiVersion: Compute.Azure.com/v1api20220301\nkind: VirtualMachine\n', true],
    ['apiVersion: v1\nkind: List\nitems: []\n', true],
    ['apiVersion: apiextensions.k8s.io/v1\napiVersion: compute.azure.com/v1\n', true],
    ['apiVersion: !!str apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n', true],
    ['apiVersion:\n  apiextensions.k8s.io/v1\n', true],
    ['  apiVersion: apiextensions.k8s.io/v1\n  kind: CustomResourceDefinition\n', true],
    ['{apiVersion: apiextensions.k8s.io/v1, kind: CustomResourceDefinition}\n', true],
    ['# no object\n', true]
  ])('%j may hold an Azure object: %s', (document, expected) => {
    expect(mayHoldAzureObject(document)).toBe(expected)
  })

  it('does not parse a document of another group, nor report its errors, and reads the Azure objects around it', async () => {
    const crd = [
      'apiVersion: apiextensions.k8s.io/v1',
      'kind: CustomResourceDefinition',
      'spec:',
      '  group: compute.azure.upbound.io',
      '  description: "apiVersion: compute.azure.upbound.io/v1beta1"',
      '  broken: [',
      ''
    ].join('\n')
    const vm = (name: string): string => `apiVersion: compute.azure.upbound.io/v1beta1\nkind: LinuxVirtualMachine\nmetadata:\n  name: ${name}\n`
    const workspace = memoryWorkspace({ 'crds.yaml': `${vm('before')}---\n${crd}---\n${vm('after')}` })
    const output = await readWorkspace(kubernetesReader, workspace)
    expect(output.parseErrors).toEqual([])
    expect(output.resources.map(resource => [resource.identity.name, resource.reportAt.line])).toEqual([
      ['before', 1],
      ['after', 13]
    ])
  })

  it('parses a document of another group that holds an exemption comment', async () => {
    const workspace = memoryWorkspace({
      'vm.yaml': [
        'apiVersion: v1',
        'kind: ConfigMap',
        'data:',
        '  note: "see # hotpatch-reboot-gate-exempt in the docs"',
        '# hotpatch-reboot-gate-exempt reason="test" owner=ops expires=2026-12-31',
        '---',
        'apiVersion: compute.azure.upbound.io/v1beta1',
        'kind: LinuxVirtualMachine',
        'metadata:',
        '  name: vm',
        ''
      ].join('\n')
    })
    const output = await readWorkspace(kubernetesReader, workspace)
    expect(output.inlineExemptions).toEqual([
      { location: { file: 'vm.yaml', line: 5, column: 1 }, text: 'reason="test" owner=ops expires=2026-12-31' }
    ])
  })

  it('lists a file of Azure objects no reference reads, and reports its nameless object, though it keeps none of them', async () => {
    const workspace = memoryWorkspace({
      'network.yaml': 'apiVersion: network.azure.upbound.io/v1beta1\nkind: VirtualNetwork\nmetadata:\n  name: vnet\n---\napiVersion: network.azure.upbound.io/v1beta1\nkind: Subnet\nmetadata: {}\n'
    })
    const output = await readWorkspace(kubernetesReader, workspace)
    expect(output.manifests).toEqual(['network.yaml'])
    expect(output.resources).toEqual([])
    expect(output.parseErrors.map(error => [error.line, error.message])).toEqual([
      [8, 'Subnet network.azure.upbound.io/v1beta1: expected metadata.name (a string); the object is not read']
    ])
  })

  it.each([
    ['compute.azure.upbound.io', 'crossplane', true],
    ['maintenance.azure.m.upbound.io', 'crossplane-namespaced', true],
    ['azure.upbound.io', 'crossplane', true],
    ['resources.azure.com', 'aso', true],
    ['compute.azure.com', 'aso', true],
    ['network.azure.upbound.io', 'crossplane', false],
    ['storage.azure.com', 'aso', false]
  ] as const)('keeps objects of %s (%s) for lookups: %s', (group, flavour, expected) => {
    expect(isLookedUp({ group, flavour } as Manifest)).toBe(expected)
  })
})

describe('Kustomize overlays', () => {
  it('says a patch is not applied, makes a compute patch that enables hotpatching indeterminate, and reads the base as written', async () => {
    const output = await readFolder(kubernetesReader, fixture('kubernetes/kustomize'))
    expect(output.resources.map(resource => [resource.kind, resource.displayName, resource.reportAt.file])).toEqual([
      ['virtual-machine', 'web-01', 'base/vm.yaml'],
      ['virtual-machine', 'patch of VirtualMachine web-01', 'overlays/dev/hotpatch.yaml']
    ])
    const patched = output.resources[1] as VirtualMachine
    expect(show(patched.enableHotpatching)).toBe('true literal @10:28')
    expect(patched.osType.reason).toBe(
      'Kustomize patch of VirtualMachine web-01 (named by overlays/dev/kustomization.yaml) is not applied, and its inputs carry a ' +
        'hotpatch signal (spec.osProfile.windowsConfiguration.patchSettings.enableHotpatching = true at overlays/dev/hotpatch.yaml:10:28): ' +
        'run `kustomize build overlays/dev` and scan the output instead, or exempt it'
    )
    const notice = (file: string, what: string, overlay: string) => ({
      file,
      line: 1,
      column: 1,
      message:
        `Kustomize patch of ${what} (named by ${overlay}/kustomization.yaml) is not applied: the gate reads ${what} from its base ` +
        `as written; run \`kustomize build ${overlay}\` and scan the output`,
      severity: 'notice'
    })
    expect(output.parseErrors).toEqual([
      // The inline patch is said at its text in the kustomization (kustomize-transforms.ts).
      {
        file: 'overlays/prod/kustomization.yaml',
        line: 8,
        column: 1,
        message:
          'Kustomize patch of VirtualMachine web-01 in overlays/prod/kustomization.yaml is not applied: the gate reads ' +
          'VirtualMachine web-01 from its base as written; run `kustomize build overlays/prod` and scan the output',
        severity: 'notice'
      },
      notice('overlays/prod/patches/window.yaml', 'MaintenanceConfiguration window', 'overlays/prod'),
      notice('overlays/prod/vm-size.yaml', 'VirtualMachine web-01', 'overlays/prod')
    ])
    expect(output.manifests).toEqual([
      'base/network.yaml',
      'base/vm.yaml',
      'overlays/dev/hotpatch.yaml',
      'overlays/dev/vnet.yaml',
      'overlays/prod/patches/window.yaml',
      'overlays/prod/vm-size.yaml'
    ])
  })
})

describe('Crossplane Compositions', () => {
  it('says what a Composition templates is not read, and makes a compute template with a hotpatch signal indeterminate', async () => {
    const output = await readFolder(kubernetesReader, fixture('kubernetes/composition'))
    expect(output.resources.map(resource => [resource.displayName, `${resource.reportAt.file}:${resource.reportAt.line}`])).toEqual([
      ['WindowsVirtualMachine vm of Composition windows-server', 'composition.yaml:19']
    ])
    const vm = output.resources[0] as VirtualMachine
    expect([show(vm.enableHotpatching), show(vm.image.sku)]).toEqual(['true literal @23:33', '"2022-datacenter-azure-edition-hotpatch" literal @28:20'])
    const notice = (line: number, what: string) => ({
      file: 'pipeline.yaml',
      line,
      column: 15,
      message:
        `Crossplane Composition linux-server templates ${what} (its values come from each composite resource), which is not read: ` +
        'the gate reads managed resources written as objects; run `crossplane render` for a composite resource and scan the output',
      severity: 'notice'
    })
    expect(output.parseErrors).toEqual([notice(19, 'LinuxVirtualMachine resources[0]'), notice(26, 'MaintenanceConfiguration window')])
    expect(output.manifests).toEqual(['composition.yaml', 'pipeline.yaml'])
  })
})

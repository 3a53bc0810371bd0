/**
 * kubectl (and so kustomize and Crossplane) decodes a boolean field with YAML 1.1's words: `yes`, `on`, `y` are true.
 * A Kustomize patch or a Composition template writing `hotpatchingEnabled: yes` was only a note, while `true` gives an
 * indeterminate VM (a false pass found by probing): the hotpatch-signal check now reads the words as the reader does.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles, verdicts } from '../terraform/scan-files.js'

/** A base VM without hotpatch, and an overlay whose patch writes `hotpatchingEnabled: <flag>`. */
const overlay = (flag: string): Record<string, string> => ({
  'base/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - vm.yaml\n',
  'base/vm.yaml': [
    'apiVersion: compute.azure.upbound.io/v1beta2',
    'kind: WindowsVirtualMachine',
    'metadata:',
    '  name: vm-files-01',
    'spec:',
    '  forProvider:',
    '    location: westeurope',
    '    resourceGroupName: rg-files',
    '    sourceImageReference: {publisher: MicrosoftWindowsServer, offer: WindowsServer, sku: 2022-datacenter, version: latest}',
    '    patchMode: AutomaticByPlatform',
    '    hotpatchingEnabled: false',
    ''
  ].join('\n'),
  'overlays/prod/kustomization.yaml':
    'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../base\npatches:\n  - path: vm-hotpatch.yaml\n',
  'overlays/prod/vm-hotpatch.yaml': [
    'apiVersion: compute.azure.upbound.io/v1beta2',
    'kind: WindowsVirtualMachine',
    'metadata:',
    '  name: vm-files-01',
    'spec:',
    '  forProvider:',
    `    hotpatchingEnabled: ${flag}`,
    ''
  ].join('\n')
})

/** A Composition whose patch-and-transform base writes `hotpatchingEnabled: <flag>`, and whose go-templating step writes it in a template that is not YAML. */
const composition = (flag: string): Record<string, string> => ({
  'composition.yaml': [
    'apiVersion: apiextensions.crossplane.io/v1',
    'kind: Composition',
    'metadata:',
    '  name: xwinvm',
    'spec:',
    '  compositeTypeRef: {apiVersion: platform.contoso.io/v1alpha1, kind: XWindowsVM}',
    '  mode: Pipeline',
    '  pipeline:',
    '    - step: patch-and-transform',
    '      functionRef: {name: function-patch-and-transform}',
    '      input:',
    '        apiVersion: pt.fn.crossplane.io/v1beta1',
    '        kind: Resources',
    '        resources:',
    '          - name: vm',
    '            base:',
    '              apiVersion: compute.azure.upbound.io/v1beta2',
    '              kind: WindowsVirtualMachine',
    '              spec:',
    '                forProvider:',
    '                  patchMode: AutomaticByPlatform',
    `                  hotpatchingEnabled: ${flag}`,
    '    - step: render',
    '      functionRef: {name: function-go-templating}',
    '      input:',
    '        apiVersion: gotemplating.fn.crossplane.io/v1beta1',
    '        kind: GoTemplate',
    '        source: Inline',
    '        inline:',
    '          template: |',
    '            apiVersion: compute.azure.upbound.io/v1beta2',
    '            kind: WindowsVirtualMachine',
    '            spec:',
    '              forProvider:',
    '            {{- if .observed.composite.resource.spec.fast }}',
    '                size: Standard_D4s_v5',
    '            {{- else }}',
    '                size: Standard_D2s_v5',
    '            {{- end }}',
    `                hotpatchingEnabled: ${flag}`,
    ''
  ].join('\n')
})

describe('a YAML 1.1 true as a hotpatch signal', () => {
  it.each(['yes', 'on', 'y', 'Yes', 'ON', 'true'])('a Kustomize patch writing hotpatchingEnabled: %s is an indeterminate VM', async flag => {
    expect(verdicts(await scanFiles(overlay(flag)))).toEqual([
      'vm-files-01 not-affected:',
      'patch of WindowsVirtualMachine vm-files-01 indeterminate: indeterminate'
    ])
  })

  it.each(['no', 'off', '"yes"'])('one writing hotpatchingEnabled: %s stays a note', async flag => {
    const result = await scanFiles(overlay(flag))
    expect(verdicts(result)).toEqual(['vm-files-01 not-affected:'])
    expect(result.parseErrors.map(error => `${error.file}:${error.line} ${error.severity}`)).toEqual(['overlays/prod/vm-hotpatch.yaml:1 notice'])
  })

  it.each(['yes', 'on'])('a Composition base and a go-template writing hotpatchingEnabled: %s are indeterminate VMs', async flag => {
    const result = await scanFiles(composition(flag))
    expect(verdicts(result)).toEqual([
      'WindowsVirtualMachine vm of Composition xwinvm indeterminate: indeterminate',
      'WindowsVirtualMachine template[0] of Composition xwinvm indeterminate: indeterminate'
    ])
    expect(result.assessments.map(({ vm }) => `${vm.enableHotpatching.value} @${vm.enableHotpatching.location.line}`)).toEqual(['true @22', 'true @40'])
  })
})

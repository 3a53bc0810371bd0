/**
 * A Crossplane Composition whose pipeline step composes resources with a function the gate does not run (function-kcl,
 * function-python, function-cue, function-pkl, or another whose input names an Azure group). Such a step was passed
 * over without a word: a KCL program composing a hotpatch WindowsVirtualMachine left the file uncounted, while the
 * same VM in a patch-and-transform `base` is indeterminate. Each is now said at its step: an indeterminate stand-in VM
 * when its input (the program's text included) carries a hotpatch signal, else a notice naming the function.
 */
import { describe, expect, it } from '@jest/globals'
import type { ParseError, VirtualMachine } from '../../../src/model/resources.js'
import { kubernetesReader } from '../../../src/readers/kubernetes/kubernetes-reader.js'
import { scanFiles } from '../terraform/scan-files.js'
import { memoryWorkspace, readWorkspace, show } from './helpers.js'

/** A pipeline Composition (lines 1-14) whose step `render` runs `fn` on `input` (from line 15, indented 8), then auto-ready. */
const composition = (fn: string, input: readonly string[]): string =>
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
    `        name: ${fn}`,
    '      input:',
    ...input.map(line => `        ${line}`),
    '    - step: ready',
    '      functionRef:',
    '        name: function-auto-ready',
    ''
  ].join('\n')

/** function-kcl's input with an inline program composing a hotpatch VM: `sku` at line 23, the flag at line 24. */
const KCL_VM = [
  'apiVersion: krm.kcl.dev/v1alpha1',
  'kind: KCLInput',
  'spec:',
  '  source: |',
  '    _vm = {',
  '        apiVersion: "compute.azure.upbound.io/v1beta2"',
  '        kind: "WindowsVirtualMachine"',
  '        spec.forProvider: {',
  '            sku = "2025-datacenter-azure-edition"',
  '            hotpatchingEnabled: True',
  '        }',
  '    }',
  '    items = [_vm]'
]

const JUDGE = 'run `crossplane render` for a composite resource and scan the output'
const why = (fn: string, input: string): string =>
  `Crossplane Composition winvm composes resources in step render with function ${fn} (input ${input}), which the gate does not run`

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

const read = (text: string) => readWorkspace(kubernetesReader, memoryWorkspace({ 'composition.yaml': text }))

describe('a pipeline step whose function the gate does not run', () => {
  it('is an indeterminate VM at the step when its inline KCL program carries a hotpatch signal', async () => {
    const output = await read(composition('function-kcl', KCL_VM))
    expect(said(output.resources as VirtualMachine[])).toEqual([
      {
        vm: 'step render of Composition winvm',
        symbol: 'composition.yaml#composition:winvm/render',
        at: 'composition.yaml:11:7',
        flag: 'true literal @24:41',
        sku: '"2025-datacenter-azure-edition" literal @23:27',
        why:
          `${why('function-kcl', 'krm.kcl.dev/v1alpha1 KCLInput')}, and its inputs carry a hotpatch signal (hotpatchingEnabled = ` +
          'true at composition.yaml:24:41; sku = "2025-datacenter-azure-edition" at composition.yaml:23:27): ' +
          `${JUDGE} instead, or exempt it`
      }
    ])
    expect(output.parseErrors).toEqual([])
    expect(output.manifests).toEqual(['composition.yaml'])
  })

  it('reads a Python program\'s dictionary the same', async () => {
    const input = [
      'apiVersion: python.fn.crossplane.io/v1beta1',
      'kind: Script',
      'script: |',
      '  def compose(req, rsp):',
      '      rsp.desired.resources["vm"].resource.update({',
      '          "apiVersion": "compute.azure.upbound.io/v1beta2",',
      '          "spec": {"forProvider": {',
      '              "hotpatchingEnabled": True,',
      '          }},',
      '      })'
    ]
    expect(said((await read(composition('function-python', input))).resources as VirtualMachine[]).map(vm => ('vm' in vm ? [vm.at, vm.flag] : vm))).toEqual([
      ['composition.yaml:11:7', 'true literal @22:45']
    ])
  })

  it('is a notice naming the function when its program is kept outside the file (an OCI source), and a scan reads it', async () => {
    const input = ['apiVersion: krm.kcl.dev/v1alpha1', 'kind: KCLInput', 'spec:', '  source: oci://ghcr.io/example/windows-server']
    const message = `${why('function-kcl', 'krm.kcl.dev/v1alpha1 KCLInput')}: the VMs and maintenance resources it composes are not checked; ${JUDGE}`
    const output = await read(composition('function-kcl', input))
    expect(output.resources).toEqual([])
    expect(said(output.parseErrors)).toEqual([{ notice: 'composition.yaml:11:7', message }])
    // A notice is about what is not read: the file is no manifest the gate reads.
    expect(output.manifests).toEqual([])
    // It holds no word of the policy, which the prefilter would pass over.
    const result = await scanFiles({ 'composition.yaml': composition('function-kcl', input) })
    expect(said(result.parseErrors.filter(error => error.file === 'composition.yaml'))).toEqual([{ notice: 'composition.yaml:11:7', message }])
  })

  it('is said for another function whose input names an Azure group, and not for one whose input names none (control)', async () => {
    const azure = ['apiVersion: example.fn.io/v1', 'kind: Input', 'resources:', '  - apiVersion: compute.azure.upbound.io/v1beta2']
    expect(said((await read(composition('function-custom', azure))).parseErrors)).toEqual([
      {
        notice: 'composition.yaml:11:7',
        message: `${why('function-custom', 'example.fn.io/v1 Input')}: the VMs and maintenance resources it composes are not checked; ${JUDGE}`
      }
    ])
    const other = ['apiVersion: example.fn.io/v1', 'kind: Input', 'resources:', '  - apiVersion: s3.aws.upbound.io/v1beta1']
    const output = await read(composition('function-custom', other))
    expect([output.resources, output.parseErrors]).toEqual([[], []])
  })

  it('leaves a patch-and-transform step to what reads it, and a step without input alone (control)', async () => {
    const pt = ['apiVersion: pt.fn.crossplane.io/v1beta1', 'kind: Resources', 'resources: []']
    const output = await read(composition('function-patch-and-transform', pt))
    expect([output.resources, output.parseErrors]).toEqual([[], []])
  })
})

/**
 * Unit tests for src/readers/kubernetes/kubernetes-reader.ts: what it claims, skips and reports.
 */
import { describe, expect, it } from '@jest/globals'
import { kubernetesReader } from '../../../src/readers/kubernetes/kubernetes-reader.js'
import type { WorkspaceFile } from '../../../src/workspace/workspace.js'
import { fixture, memoryWorkspace, readFolder, readWorkspace } from './helpers.js'

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

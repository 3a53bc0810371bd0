/**
 * Unit tests for src/readers/pulumi/pulumi-reader.ts: what it claims, finds and reports.
 */
import { describe, expect, it } from '@jest/globals'
import { pulumiReader } from '../../../src/readers/pulumi/pulumi-reader.js'
import { Workspace, type WorkspaceFile } from '../../../src/workspace/workspace.js'
import { fixture, readFolder } from '../kubernetes/helpers.js'

const file = (path: string): WorkspaceFile => ({ path, absolutePath: `/repo/${path}`, size: 10 })

describe('claims', () => {
  it.each([
    ['Pulumi.yaml', true],
    ['infra/Pulumi.yml', true],
    ['infra/Pulumi.prod.yaml', true],
    ['infra/Pulumi.prod-eu.yml', true],
    ['infra/pulumi.yaml', false],
    ['infra/Main.yaml', false],
    ['infra/NotMain.yaml', false],
    ['infra/NotPulumi.yaml', false],
    ['infra/Pulumi.json', false]
  ])('%s', (path, expected) => {
    expect(pulumiReader.claims(file(path), () => '')).toBe(expected)
  })

  it('claims a Main.yaml that holds a program', () => {
    expect(pulumiReader.claims(file('infra/Main.yaml'), () => 'variables:\n  a: 1\n')).toBe(true)
    expect(pulumiReader.claims(file('infra/Main.yml'), () => '# program\nresources:\n')).toBe(true)
    expect(pulumiReader.claims(file('infra/Main.yaml'), () => 'apiVersion: v1\nkind: Pod\n')).toBe(false)
  })
})

describe('read', () => {
  it('evaluates a changed stack file alone, with its project read through the workspace', async () => {
    const workspace = new Workspace(fixture('pulumi/hotpatch-fleet'))
    const stackOnly = workspace.list().filter(f => f.path === 'Pulumi.prod.yaml')
    const output = await pulumiReader.read(stackOnly, workspace)
    expect(output.resources.map(r => `${r.variant}:${r.displayName}`)).toEqual([
      'prod:web-prod-01',
      'prod:mc-web-monthly',
      'prod:web-monthly'
    ])
    expect(output.manifests).toEqual(['Pulumi.yaml', 'Pulumi.prod.yaml'])
  })

  it('evaluates every stack of a changed Main.yaml, found through the project that names it', async () => {
    const workspace = new Workspace(fixture('pulumi/split-program'))
    const mainOnly = workspace.list().filter(f => f.path === 'infra/Main.yaml')
    const output = await pulumiReader.read(mainOnly, workspace)
    expect(output.resources.map(r => `${r.variant}:${r.displayName}`)).toEqual(['test:vm-test'])
    expect(output.manifests).toEqual(['Pulumi.yaml', 'infra/Main.yaml', 'stacks/Pulumi.test.yaml'])
  })

  it('evaluates every stack of a changed program', async () => {
    const workspace = new Workspace(fixture('pulumi/hotpatch-fleet'))
    const programOnly = workspace.list().filter(f => f.path === 'Pulumi.yaml')
    const output = await pulumiReader.read(programOnly, workspace)
    expect([...new Set(output.resources.map(r => r.variant))]).toEqual(['dev', 'prod'])
  })

  it('collects inline exemptions of the program', async () => {
    const output = await readFolder(pulumiReader, fixture('pulumi/hotpatch-fleet'))
    expect(output.inlineExemptions).toEqual([
      {
        location: { file: 'Pulumi.yaml', line: 56, column: 3 },
        text: 'rule=reboot-plan owner=platform-team expires=2026-03-31 reason="schedule lands in PR 2"'
      }
    ])
  })

  it('gives a notice for a program in another language', async () => {
    expect(await readFolder(pulumiReader, fixture('pulumi/nodejs-project'))).toEqual({
      resources: [],
      parseErrors: [
        {
          file: 'Pulumi.yaml',
          line: 2,
          column: 10,
          message: 'Pulumi nodejs program is not evaluated (only runtime: yaml programs are read)',
          severity: 'notice'
        }
      ],
      manifests: [],
      inlineExemptions: []
    })
  })

  it('locates a YAML error of the project file', async () => {
    const output = await readFolder(pulumiReader, fixture('pulumi/broken'))
    expect(output.parseErrors).toEqual([
      { file: 'Pulumi.yaml', line: 8, column: 1, message: 'deficient indentation', severity: 'error' }
    ])
    expect(output.resources).toEqual([])
  })

  it('reports a stack file that is not a mapping and still evaluates with defaults', async () => {
    const output = await readFolder(pulumiReader, fixture('pulumi/bad-stack'))
    expect(output.parseErrors).toEqual([
      {
        file: 'Pulumi.bad.yaml',
        line: 1,
        column: 1,
        message: 'expected stack settings (a mapping with config)',
        severity: 'error'
      }
    ])
    expect(output.resources.map(r => [r.variant, r.displayName])).toEqual([['', 'vm-1']])
  })
})

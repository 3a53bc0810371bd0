/**
 * Pulumi deployment units (issue 18): a project with its stack files and program, found from paths; no
 * project is evaluated in two units, and units follow the sorted project order the reader evaluates in,
 * so reading them one at a time gives the whole read.
 */
import { describe, expect, it } from '@jest/globals'
import { pulumiReader } from '../../../src/readers/pulumi/pulumi-reader.js'
import { pulumiUnits } from '../../../src/readers/pulumi/units.js'
import type { ReaderOutput } from '../../../src/readers/reader.js'
import type { Workspace } from '../../../src/workspace/workspace.js'
import { pulumiVm } from '../../support/manifests.js'
import { memoryWorkspace } from '../terraform/support.js'

const program = (name: string) => pulumiVm(name).split('\n').slice(2).join('\n')

const claimed = (workspace: Workspace) =>
  workspace.list().filter(file =>
    pulumiReader.claims(file, () => {
      const text = workspace.readText(file.path)
      return text.ok ? text.text.slice(0, 4096) : ''
    })
  )

function unitPaths(files: Record<string, string>): string[][] {
  const workspace = memoryWorkspace(files)
  return pulumiUnits(claimed(workspace), workspace).map(unit => unit.files.map(file => file.path))
}

const files = {
  'orphan/Pulumi.dev.yaml': 'config:\n  a: 1\n',
  'x/Pulumi.yaml': 'name: x\nruntime: yaml\nmain: app/\n',
  'x/app/Main.yaml': program('vm-x'),
  'x/Pulumi.prod.yaml': 'config:\n  x:a: 1\n',
  'y/Pulumi.yaml': pulumiVm('vm-y'),
  'y/Pulumi.dev.yaml': 'config:\n  y:a: 1\n',
  'y/Pulumi.prod.yaml': 'config:\n  y:a: 2\n',
  'z/Pulumi.yml': pulumiVm('vm-z')
}

const nested = {
  'a/Pulumi.yaml': 'name: a\nruntime: yaml\nmain: b/\n',
  'a/b/Main.yaml': program('vm-a'),
  'a/b/Pulumi.yaml': pulumiVm('vm-ab'),
  'a-c/Pulumi.yaml': pulumiVm('vm-ac'),
  'a/a/Pulumi.yaml': pulumiVm('vm-aa'),
  'd/Pulumi.yaml': pulumiVm('vm-d')
}

/** The reader's output read whole, and unit by unit concatenated. */
async function wholeAndUnitWise(repository: Record<string, string>): Promise<[ReaderOutput, ReaderOutput[]]> {
  const workspace = memoryWorkspace(repository)
  const all = claimed(workspace)
  const whole = await pulumiReader.read(all, memoryWorkspace(repository))
  const outputs: ReaderOutput[] = []
  for (const unit of pulumiUnits(all, workspace)) outputs.push(await pulumiReader.read(unit.files, memoryWorkspace(repository)))
  return [whole, outputs]
}

describe('Pulumi deployment units', () => {
  it('are a project with its stacks and its program; a stack without a project stands alone', () => {
    expect(unitPaths(files)).toEqual([
      ['orphan/Pulumi.dev.yaml'],
      ['x/Pulumi.prod.yaml', 'x/Pulumi.yaml', 'x/app/Main.yaml'],
      ['y/Pulumi.dev.yaml', 'y/Pulumi.prod.yaml', 'y/Pulumi.yaml'],
      ['z/Pulumi.yml']
    ])
  })

  it('join the projects a program may belong to, and keep each unit one stretch of the project order', () => {
    // a/b/Main.yaml may be a's program or a/b's; a/a sorts between a and a/b, so it joins them; a-c sorts first.
    expect(unitPaths(nested)).toEqual([
      ['a-c/Pulumi.yaml'],
      ['a/Pulumi.yaml', 'a/a/Pulumi.yaml', 'a/b/Main.yaml', 'a/b/Pulumi.yaml'],
      ['d/Pulumi.yaml']
    ])
  })

  it('read one at a time give the whole read', async () => {
    const names = (list: readonly ReaderOutput[]) => list.flatMap(output => output.resources.map(resource => `${resource.displayName} ${resource.variant}`))
    const expected = [
      ['vm-x prod', 'vm-y dev', 'vm-y prod', 'vm-z '],
      // a/b's own program is a/b/Main.yaml too (a project without `main` reads its folder's Main.yaml)
      ['vm-ac ', 'vm-a ', 'vm-aa ', 'vm-a ', 'vm-d ']
    ]
    for (const [index, repository] of [files, nested].entries()) {
      const [whole, outputs] = await wholeAndUnitWise(repository)
      expect(names(outputs)).toEqual(expected[index])
      expect(JSON.stringify(outputs.flatMap(output => output.resources))).toBe(JSON.stringify(whole.resources))
      expect(JSON.stringify(outputs.flatMap(output => output.inlineExemptions ?? []))).toBe(JSON.stringify(whole.inlineExemptions))
      expect(outputs.flatMap(output => output.parseErrors)).toEqual(whole.parseErrors)
      expect(outputs.flatMap(output => output.manifests).sort()).toEqual([...whole.manifests].sort())
    }
  })
})

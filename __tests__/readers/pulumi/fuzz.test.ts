/**
 * Property test for the Pulumi reader: random and mutated programs and stack files only ever give
 * located ParseErrors, never an exception.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pulumiReader } from '../../../src/readers/pulumi/pulumi-reader.js'
import { fixture, memoryWorkspace } from '../kubernetes/helpers.js'
import { parametersFor } from '../../fuzz/support.js'

const root = fixture('pulumi')
const all = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(path => path.endsWith('.yaml'))
const read = (path: string): string => readFileSync(join(root, path), 'utf8')
const programs = all.filter(path => /(Pulumi|Main)\.yaml$/.test(path)).map(read)
const stacks = all.filter(path => /Pulumi\.[^/]+\.yaml$/.test(path)).map(read)

const TOKENS = [
  '\n', '  ', '- ', ': ', '${', '}', '${vm.id}', '${vm.name}', '${pulumi.stack}', '${a.b[0]["c"]}', '$${x}', '${',
  'fn::invoke:\n  function: f\n', 'fn::join: [",", [a, b]]\n', 'fn::secret: x\n', 'get:\n  id: /subscriptions/s\n',
  'type: azure-native:compute:VirtualMachine\n', 'type: azure-native:maintenance:ConfigurationAssignment\n',
  'properties:\n', 'resourceId: ${vm}\n', 'resourceName: ${vm.name}\n', 'config:\n  x: {secure: v1}\n',
  'variables:\n  v: ${v}\n', '&a ', '*a', '<<: *a\n', '[', '{', '"', 'true', '~', 'runtime: yaml\n', 'name: p\n',
  'main: ../..\n', 'stackConfigDir: /\n'
]

const mutate = (samples: readonly string[]) =>
  fc
    .tuple(
      fc.constantFrom(...samples),
      fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...TOKENS), fc.boolean()), { maxLength: 6 })
    )
    .map(([text, edits]) =>
      edits.reduce((current, [at, length, token, insert]) => {
        const position = current.length === 0 ? 0 : at % current.length
        return insert
          ? current.slice(0, position) + token + current.slice(position)
          : current.slice(0, position) + current.slice(position + length)
      }, text)
    )

const random = fc.array(fc.constantFrom(...TOKENS, 'vm', 'a:', ' x'), { maxLength: 40 }).map(parts => parts.join(''))

describe('pulumiReader', () => {
  it('turns any program and stack file into resources and located ParseErrors', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(mutate(programs), random),
        fc.oneof(mutate(stacks), random),
        fc.boolean(),
        async (program, stack, withMain) => {
          const files = { 'Pulumi.yaml': program, 'Pulumi.dev.yaml': stack, ...(withMain ? { 'Main.yaml': program } : {}) }
          const workspace = memoryWorkspace(files)
          const output = await pulumiReader.read(workspace.list(), workspace)
          for (const error of output.parseErrors) {
            expect(['Pulumi.yaml', 'Pulumi.dev.yaml', 'Main.yaml']).toContain(error.file)
            expect(error.line).toBeGreaterThanOrEqual(1)
            expect(error.column).toBeGreaterThanOrEqual(1)
            expect(error.message.length).toBeGreaterThan(0)
          }
          for (const resource of output.resources) expect(resource.format).toBe('pulumi')
        }
      ),
      parametersFor(2000)
    )
  })
})

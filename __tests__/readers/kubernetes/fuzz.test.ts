/**
 * Property test for the Kubernetes reader: random and mutated manifests only ever give located
 * ParseErrors, never an exception.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { kubernetesReader } from '../../../src/readers/kubernetes/kubernetes-reader.js'
import { fixture, memoryWorkspace } from './helpers.js'
import { parametersFor } from '../../fuzz/support.js'

const root = fixture('kubernetes')
const samples = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter(path => path.endsWith('.yaml'))
  .map(path => readFileSync(join(root, path), 'utf8'))

const TOKENS = [
  '\n', '  ', '- ', ': ', '---\n', '[', '{', '}', '"', '&a ', '*a', '<<: *a\n', '~', 'true', 'yes', '0x1F', '!!int ',
  '{{ .Values.x }}', '\t', '# hotpatch-reboot-gate-exempt x\n', 'apiVersion: compute.azure.upbound.io/v1beta1\n',
  'kind: MaintenanceAssignmentVirtualMachine\n', 'virtualMachineIdRef:\n  name: web-1\n', 'matchLabels: {a: b}\n',
  'metadata: {name: x, namespace: y}\n', 'sourceImageReference: []\n', 'items:\n- apiVersion: compute.azure.com/v1\n'
]

/** A fixture with slices cut, tokens inserted and lines shuffled. */
const mutated = fc
  .tuple(
    fc.constantFrom(...samples),
    fc.array(
      fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...TOKENS), fc.constantFrom('cut', 'insert', 'swap')),
      { maxLength: 6 }
    )
  )
  .map(([text, edits]) =>
    edits.reduce((current, [at, length, token, edit]) => {
      const position = current.length === 0 ? 0 : at % current.length
      if (edit === 'cut') return current.slice(0, position) + current.slice(position + length)
      if (edit === 'insert') return current.slice(0, position) + token + current.slice(position)
      const lines = current.split('\n')
      const i = at % lines.length
      const j = (at + length) % lines.length
      ;[lines[i], lines[j]] = [lines[j] as string, lines[i] as string]
      return lines.join('\n')
    }, text)
  )

const random = fc.array(fc.constantFrom(...TOKENS, 'a', 'b:', ' x'), { maxLength: 40 }).map(parts => parts.join(''))

describe('kubernetesReader', () => {
  it('turns any input into resources and located ParseErrors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated, random), fc.constantFrom(...samples), async (text, other) => {
        const workspace = memoryWorkspace({ 'fuzz.yaml': text, 'other.yaml': other })
        // Every file is handed over, claimed or not: the reader must cope with anything.
        const output = await kubernetesReader.read(workspace.list(), workspace)
        for (const error of output.parseErrors) {
          expect(['fuzz.yaml', 'other.yaml']).toContain(error.file)
          expect(error.line).toBeGreaterThanOrEqual(1)
          expect(error.column).toBeGreaterThanOrEqual(1)
          expect(error.message.length).toBeGreaterThan(0)
        }
        for (const resource of output.resources) expect(resource.format).toBe('kubernetes')
      }),
      parametersFor(2000)
    )
  })
})

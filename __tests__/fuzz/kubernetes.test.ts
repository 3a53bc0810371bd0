/**
 * The Kubernetes reader (ASO and Crossplane) under fast-check at CI scale: mutated multi-document
 * manifests give located ParseErrors only, each call within the hang bound.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { kubernetesReader } from '../../src/readers/kubernetes/kubernetes-reader.js'
import { KUBERNETES_SEEDS } from './seeds.js'
import { manifestText, PARAMETERS, readChecked, RUNS, timeoutFor } from './support.js'

const TOKENS = [
  '\n', '  ', '- ', ': ', '---\n', '...\n', '[', ']', '{', '}', '"', "'", '&a ', '*a', '*labels', '<<: *labels\n',
  '<<: [*a, *a]\n', '~', 'true', 'yes', '0x1F', '!!int ', '!!binary ', '!<tag:yaml.org,2002:str> ', '%YAML 1.2\n',
  '? ', '|\n', '>-\n', '\t', '#', '{{ .Values.x }}',
  '# hotpatch-reboot-gate-exempt reason="x" owner=y expires=2026-01-01\n', 'kind: List\nitems:\n- ',
  'apiVersion: compute.azure.com/v1api20220301\n', 'virtualMachineIdSelector:\n  matchLabels:\n    tier: web\n',
  '__proto__: x\n'
]

const text = manifestText([KUBERNETES_SEEDS.aso, KUBERNETES_SEEDS.crossplane], TOKENS)

describe('Kubernetes reader fuzzing', () => {
  it('reads its seeds without an error', async () => {
    const output = await readChecked(kubernetesReader, {
      'k8s/aso.yaml': KUBERNETES_SEEDS.aso,
      'k8s/crossplane.yaml': KUBERNETES_SEEDS.crossplane
    })
    expect(output.parseErrors).toEqual([])
    expect(output.resources.map(r => `${r.kind} ${r.displayName}`)).toEqual([
      'virtual-machine web-vm-01',
      'virtual-machine web-1',
      'maintenance-configuration web-monthly',
      'maintenance-assignment web-1-monthly'
    ])
  })

  it(`gives only located errors on ${RUNS} mutated manifests`, async () => {
    await fc.assert(
      fc.asyncProperty(text, text, async (aso, crossplane) => {
        await readChecked(kubernetesReader, { 'k8s/aso.yaml': aso, 'k8s/crossplane.yaml': crossplane })
      }),
      PARAMETERS
    )
  }, timeoutFor(3))
})

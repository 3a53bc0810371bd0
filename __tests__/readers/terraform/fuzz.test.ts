/**
 * Property test: whatever the Terraform and plan readers are given (random text, mutated fixtures),
 * they return located ParseErrors and never throw or report an internal error.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES, readMemory } from './support.js'
import { anyText, parametersFor } from '../../fuzz/support.js'

const FIXTURE_FILES = [
  'app-vm/main.tf',
  'app-vm/maintenance.tf',
  'modules/windows-vm/main.tf',
  'modules-live/main.tf',
  'azapi/main.tf',
  'compute-types/main.tf',
  'environments/prod.tfvars'
].map(path => readFileSync(join(FIXTURES, path), 'utf8'))

const PLAN = readFileSync(join(FIXTURES, 'plans/with-config/plan.json'), 'utf8')

const TOKENS = ['{', '}', '[', ']', '(', ')', '"', '${', '%{', '<<EOT\n', '<<-EOT\n', 'EOT\n', '=', '?', ':', '...', '[*]', '.', ',',
  '\n', '#', '//', '/*', '\\', 'count = 0\n', 'for_each = var.x\n', 'dynamic "x" {', 'module "m" { source = "../" }\n', 'local.a',
  'var.a', '!', '-', '=>', 'null', '1e309', '"\\u0000"', 'for x in', '\u{1F600}', '\r\n']

/** Applies a few edits (cut, duplicate, insert a token) at random places. */
const mutated = (sources: readonly string[]) =>
  fc
    .tuple(
      fc.constantFrom(...sources),
      fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.nat({ max: 2 }), fc.constantFrom(...TOKENS)), { minLength: 1, maxLength: 6 })
    )
    .map(([source, edits]) =>
      edits.reduce((text, [at, length, kind, token]) => {
        const position = text.length === 0 ? 0 : at % text.length
        if (kind === 0) return text.slice(0, position) + text.slice(position + length)
        if (kind === 1) return text.slice(0, position) + text.slice(position, position + length).repeat(3) + text.slice(position)
        return text.slice(0, position) + token + text.slice(position)
      }, source)
    )

async function expectOnlyLocatedErrors(files: Record<string, string>): Promise<void> {
  const outputs = await readMemory(files)
  // One expect() per call: a few per parse error cost more CPU than the readers on these small inputs.
  const unlocated = outputs.flatMap(output =>
    output.parseErrors.filter(
      error => !(error.line >= 1 && error.column >= 1 && error.message.length > 0 && !/internal error/.test(error.message))
    )
  )
  expect(unlocated).toEqual([])
  for (const output of outputs) JSON.stringify(output.resources)
}

describe('Terraform readers under arbitrary input', () => {
  it('never throw on random text or mutated configurations', async () => {
    const text = fc.oneof(
      { arbitrary: anyText(300), weight: 1 },
      { arbitrary: fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map(tokens => tokens.join(' ')), weight: 2 },
      { arbitrary: mutated(FIXTURE_FILES), weight: 5 }
    )
    await fc.assert(
      fc.asyncProperty(text, text, async (main, other) => {
        await expectOnlyLocatedErrors({ 'live/main.tf': main, 'live/other.tf': other, 'live/terraform.tfvars': other })
      }),
      parametersFor(1500)
    )
  })

  it('never throw on mutated plans', async () => {
    await fc.assert(
      fc.asyncProperty(mutated([PLAN]), async plan => {
        await expectOnlyLocatedErrors({ 'p/plan.json': plan, 'p/main.tf': FIXTURE_FILES[0] ?? '' })
      }),
      // The short pass's fixed seed and runs (it drew 500 new inputs on every run); FUZZ_RUNS in the long pass.
      parametersFor(500)
    )
  })
})

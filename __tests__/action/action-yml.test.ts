/**
 * action.yml against the code and the README: every input it declares is read by getSettings (and
 * nothing else is), its defaults are valid values, every output it declares is set, and the README's
 * tables list exactly the same inputs and outputs.
 */
import { describe, expect, it, jest } from '@jest/globals'
import * as core from '../support/core.js'
import { load } from 'js-yaml'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

interface ActionYml {
  readonly runs: { readonly using: string; readonly main: string }
  readonly branding: { readonly icon: string; readonly color: string }
  readonly inputs: Record<string, { readonly description: string; readonly required: boolean; readonly default: string }>
  readonly outputs: Record<string, { readonly description: string }>
}

const action = load(readFileSync(join(ROOT, 'action.yml'), 'utf8'), { maxAliases: 0 }) as ActionYml
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

const read: string[] = []
const set: string[] = []
core.getInput.mockImplementation((name: string) => {
  read.push(name)
  // The runner substitutes expressions before the action starts.
  const value = action.inputs[name]?.default ?? ''
  return value.startsWith('${{') ? 'ghs_token' : value
})
core.setOutput.mockImplementation((name: string) => void set.push(name))
jest.unstable_mockModule('@actions/core', () => core)
const { getSettings } = await import('../../src/settings.js')
const { setOutputs } = await import('../../src/action/outputs.js')

/** The first column of the Markdown table under a heading. */
function tableNames(heading: string): string[] {
  const section = readme.slice(readme.indexOf(`\n${heading}\n`))
  const table = section.slice(section.indexOf('\n|'), section.indexOf('\n\n', section.indexOf('\n|') + 1))
  return [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map(match => match[1] as string)
}

describe('action.yml', () => {
  it('runs dist/index.js on node24 and has branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(action.branding).toEqual({ icon: 'calendar', color: 'blue' })
  })

  it('declares exactly the inputs getSettings reads, each optional with a description and a valid default', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'hrg-action-yml-'))
    const settings = getSettings({ GITHUB_WORKSPACE: workspace, RUNNER_TEMP: '/runner/_temp' }, new Date('2026-01-13T08:00:00Z'))
    expect([...new Set(read)].sort()).toEqual(Object.keys(action.inputs).sort())
    for (const [name, input] of Object.entries(action.inputs)) {
      expect([name, input.required, typeof input.default, input.description.length > 20]).toEqual([name, false, 'string', true])
    }
    expect(settings).toMatchObject({ paths: ['.'], failOn: 'error', scope: 'changed', comment: 'both', annotations: true, jobSummary: true })
    rmSync(workspace, { recursive: true })
  })

  it('declares exactly the outputs the action sets', () => {
    setOutputs({ verdict: 'pass', errors: 0, warnings: 0 }, { report: '/tmp/r.json', sarif: undefined })
    expect(set.sort()).toEqual(Object.keys(action.outputs).sort())
  })

  it('matches the README tables', () => {
    expect(tableNames('### Inputs')).toEqual(Object.keys(action.inputs))
    expect(tableNames('### Outputs')).toEqual(Object.keys(action.outputs))
  })
})

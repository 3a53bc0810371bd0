/**
 * The workflows as a contract: the reusable ones offer the action's inputs with the action's defaults
 * (so the configuration decides `fail-on`), run the gate's code at `gate-ref`, and every snippet that
 * pins a reusable workflow pins the code with it; every third-party action is pinned to a commit SHA;
 * every job says what its token may do; the repository's CI runs the action from its checkout.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { ROOT, workflowFiles, workflowSnippets } from './workflow-snippets.js'

type Yaml = Record<string, unknown>

const asRecord = (value: unknown): Yaml => (typeof value === 'object' && value !== null ? (value as Yaml) : {})
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const asText = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback)

const action = asRecord(load(readFileSync(join(ROOT, 'action.yml'), 'utf8')))
const actionInputs = asRecord(action.inputs)
const workflows = new Map(workflowFiles().map(file => [file.origin.replace('.github/workflows/', ''), file]))
const parsed = (name: string): Yaml => asRecord(load(workflows.get(name)?.text ?? ''))
const callInputs = (workflow: Yaml): Yaml => asRecord(asRecord(asRecord(asRecord(workflow.on).workflow_call).inputs))
const jobs = (workflow: Yaml): [string, Yaml][] => Object.entries(asRecord(workflow.jobs)).map(([id, job]) => [id, asRecord(job)])
const steps = (job: Yaml): Yaml[] => asList(job.steps).map(asRecord)

/** The action inputs a reusable workflow does not offer, and why. */
const NOT_OFFERED: Readonly<Record<string, readonly string[]>> = {
  // The workflow's own token; the report goes to the runner's temporary folder; no code scanning upload.
  'hotpatch-reboot-gate.yml': ['github-token', 'report-file', 'sarif-file'],
  'hotpatch-reboot-gate-pr.yml': ['github-token', 'report-file', 'sarif-file']
}

describe('reusable workflows', () => {
  it.each(Object.keys(NOT_OFFERED))("%s offers the action's inputs with the action's defaults, and passes them on", name => {
    const inputs = callInputs(parsed(name))
    const offered = Object.keys(actionInputs).filter(input => !NOT_OFFERED[name]?.includes(input))
    const gate = jobs(parsed(name)).flatMap(([, job]) => steps(job)).find(step => step.id === 'gate') ?? {}
    expect(gate.uses).toBe('./.hotpatch-reboot-gate')
    const passed = asRecord(gate.with)
    for (const input of offered) {
      const declared = asRecord(inputs[input])
      // Booleans are typed in a workflow and strings in action.yml: compare them as text.
      expect([input, String(declared.default)]).toEqual([input, String(asRecord(actionInputs[input]).default)])
      // The pull_request phase never comments: its `comment` input is what phase 2 posts.
      const expected = name === 'hotpatch-reboot-gate-pr.yml' && input === 'comment' ? 'none' : `\${{ inputs.${input} }}`
      expect([input, passed[input]]).toEqual([input, expected])
    }
    expect(asRecord(inputs['fail-on']).default).toBe('')
    expect(Object.keys(inputs).filter(input => !(input in actionInputs)).sort()).toEqual(
      name === 'hotpatch-reboot-gate.yml' ? ['gate-ref', 'upload-report'] : ['gate-ref']
    )
  })

  it.each(['hotpatch-reboot-gate.yml', 'hotpatch-reboot-gate-pr.yml', 'hotpatch-reboot-gate-comment.yml'])(
    "%s checks out the gate's code at gate-ref (default v1) and runs only that",
    name => {
      expect(asRecord(callInputs(parsed(name))['gate-ref']).default).toBe('v1')
      const checkouts = jobs(parsed(name))
        .flatMap(([, job]) => steps(job))
        .filter(step => asRecord(step.with).repository === 'hotpatch-reboot-gate/hotpatch-reboot-gate')
      expect(checkouts.map(step => [asRecord(step.with).ref, asRecord(step.with)['persist-credentials']])).toEqual([
        ['${{ inputs.gate-ref }}', false]
      ])
      expect(workflows.get(name)?.text).not.toMatch(/uses: hotpatch-reboot-gate\/hotpatch-reboot-gate@/)
    }
  )

  it('is called with gate-ref equal to the ref it is called at, in every snippet of the README and docs/', () => {
    const calls = workflowSnippets().flatMap(snippet =>
      jobs(asRecord(load(snippet.text))).flatMap(([, job]) => {
        const match = /^hotpatch-reboot-gate\/hotpatch-reboot-gate\/\.github\/workflows\/[\w-]+\.yml@(\S+)$/.exec(asText(job.uses))
        if (match === null) return []
        return [{ origin: snippet.origin, ref: match[1] ?? '', gateRef: asText(asRecord(job.with)['gate-ref'], 'v1') }]
      })
    )
    expect(calls.length).toBeGreaterThanOrEqual(4)
    expect(calls.filter(call => call.ref !== call.gateRef)).toEqual([])
    // One is pinned to a commit, so the rule is shown where it matters.
    expect(calls.some(call => /^[0-9a-f]{40}$/.test(call.ref))).toBe(true)
  })
})

describe('every workflow', () => {
  const uses = (text: string): string[] => [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)].map(match => `${match[1]}${match[2]}`)

  it('pins third-party actions to a full commit SHA with the release in a comment', () => {
    const snippets = [...workflowFiles(), ...workflowSnippets()]
    const unpinned = snippets.flatMap(file =>
      uses(file.text)
        .filter(ref => !ref.startsWith('./') && !ref.startsWith('hotpatch-reboot-gate/hotpatch-reboot-gate'))
        .filter(ref => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(ref))
        .map(ref => `${file.origin}: ${ref}`)
    )
    // The actionlint test's planted fragment is not a snippet: nothing here may be unpinned.
    expect(unpinned).toEqual([])
  })

  it('uses one release of each action everywhere', () => {
    const byAction = new Map<string, Set<string>>()
    for (const file of [...workflowFiles(), ...workflowSnippets()]) {
      for (const ref of uses(file.text)) {
        const [name, pin] = ref.split('@')
        if (name === undefined || pin === undefined || name.startsWith('hotpatch-reboot-gate/')) continue
        byAction.set(name, (byAction.get(name) ?? new Set()).add(pin))
      }
    }
    expect([...byAction].filter(([, pins]) => pins.size > 1)).toEqual([])
    expect(byAction.get('actions/checkout')).toEqual(new Set(['08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0']))
  })

  it.each([...workflows.keys()])('%s grants nothing at the top and says per job what the token may do', name => {
    const workflow = parsed(name)
    expect(workflow.permissions).toEqual({})
    for (const [id, job] of jobs(workflow)) expect([id, typeof job.permissions]).toEqual([id, 'object'])
  })
})

describe('the repository CI', () => {
  const ci = parsed('ci.yml')

  it('runs on push and pull_request: npm ci, npm test, the long tests and the dist check', () => {
    expect(Object.keys(asRecord(ci.on)).sort()).toEqual(['pull_request', 'push'])
    const runs = jobs(ci).flatMap(([, job]) => steps(job)).map(step => step.run).filter(run => run !== undefined)
    expect(runs).toEqual(expect.arrayContaining(['npm ci', 'npm test', 'npm run test:long --if-present', 'npm run check-dist']))
  })

  it('runs the action from the checkout on examples/ and asserts its outputs', () => {
    const job = asRecord(asRecord(ci.jobs).action)
    const gate = steps(job).find(step => step.id === 'gate') ?? {}
    expect(gate.uses).toBe('./')
    expect(asRecord(gate.with)).toMatchObject({ path: 'examples', 'fail-on': 'never', scope: 'all', comment: 'none' })
    const check = steps(job).find(step => step.name === 'Check the outputs') ?? {}
    expect(asRecord(check.env)).toEqual({
      VERDICT: '${{ steps.gate.outputs.verdict }}',
      ERRORS: '${{ steps.gate.outputs.errors }}',
      WARNINGS: '${{ steps.gate.outputs.warnings }}',
      REPORT: '${{ steps.gate.outputs.report }}',
      SARIF: '${{ steps.gate.outputs.sarif }}'
    })
    expect(String(check.run)).toContain('test "$VERDICT" = pass')
    const failing = steps(job).find(step => step.id === 'failing') ?? {}
    expect([failing.uses, failing['continue-on-error'], asRecord(failing.with)['fail-on']]).toEqual(['./', true, 'error'])
  })

  it('releases on a vX.Y.Z tag, with the release notes of CHANGELOG.md and the major tag moved', () => {
    const release = parsed('release.yml')
    expect(asRecord(asRecord(release.on).push).tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+'])
    const [verify, publish] = jobs(release)
    expect(verify?.[1].permissions).toEqual({ contents: 'read' })
    expect(publish?.[1].permissions).toEqual({ contents: 'write' })
    expect(publish?.[1].needs).toBe('verify')
    const text = workflows.get('release.yml')?.text ?? ''
    expect(text).toContain('node scripts/release-notes.mjs "${TAG#v}"')
    expect(text).toContain('gh release create "$TAG" --verify-tag')
    expect(text).toContain('major="${TAG%%.*}"')
  })
})

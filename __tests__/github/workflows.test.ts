/**
 * The shipped workflows (.github/workflows/hotpatch-reboot-gate*.yml): minimal permissions, inputs that
 * mirror action.yml, and a comment phase that never checks out or runs the pull request's code.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { load } from 'js-yaml'

interface Workflow {
  on: { workflow_call: { inputs: Record<string, { type: string; default?: unknown }> } }
  permissions: Record<string, string>
  jobs: Record<
    string,
    {
      if?: string
      permissions: Record<string, string>
      steps: {
        uses?: string
        run?: string
        with?: Record<string, unknown>
        env?: Record<string, string>
        if?: string
      }[]
    }
  >
}

const read = (name: string): Workflow =>
  load(readFileSync(new URL(`../../.github/workflows/${name}`, import.meta.url), 'utf8'), { maxAliases: 0 }) as Workflow
const actionInputs = Object.keys(
  (
    load(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8'), { maxAliases: 0 }) as {
      inputs: Record<string, unknown>
    }
  ).inputs
)

describe('hotpatch-reboot-gate.yml', () => {
  const workflow = read('hotpatch-reboot-gate.yml')

  it("is reusable with the action's inputs and asks for contents: read and pull-requests: write only", () => {
    const inputs = Object.keys(workflow.on.workflow_call.inputs)
    expect(inputs.filter(input => !actionInputs.includes(input))).toEqual(['gate-ref', 'upload-report'])
    expect(workflow.permissions).toEqual({})
    expect(workflow.jobs.gate?.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' })
    // The caller's repository, then the gate's action.yml and dist/ at gate-ref, which runs.
    expect(workflow.jobs.gate?.steps.map(step => step.uses)).toEqual([
      'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8',
      'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8',
      './.hotpatch-reboot-gate',
      'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02'
    ])
  })

  it('passes every input to the action', () => {
    const gate = workflow.jobs.gate?.steps[2]?.with ?? {}
    const forGate = ['upload-report', 'gate-ref']
    for (const input of Object.keys(workflow.on.workflow_call.inputs).filter(input => !forGate.includes(input))) {
      expect(gate[input]).toBe(`\${{ inputs.${input} }}`)
    }
  })
})

describe('hotpatch-reboot-gate-pr.yml', () => {
  const workflow = read('hotpatch-reboot-gate-pr.yml')

  it('runs the gate without comments or write permissions, and uploads the report even when it fails', () => {
    expect(workflow.jobs.gate?.permissions).toEqual({ contents: 'read', 'pull-requests': 'read' })
    const steps = workflow.jobs.gate?.steps ?? []
    expect(steps[3]?.with?.comment).toBe('none')
    expect(steps[4]).toMatchObject({
      if: '${{ !cancelled() }}',
      uses: 'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02',
      with: { name: 'hotpatch-reboot-gate-report' }
    })
  })

  it("passes the event's values to the script through the environment, never into its text", () => {
    const describeStep = workflow.jobs.gate?.steps[2]
    expect(describeStep?.run).not.toContain('${{')
    expect(describeStep?.env).toEqual({
      PULL_REQUEST: '${{ github.event.pull_request.number }}',
      HEAD_SHA: '${{ github.event.pull_request.head.sha }}',
      SCOPE: '${{ inputs.scope }}',
      FAIL_ON: '${{ inputs.fail-on }}',
      COMMENT: '${{ inputs.comment }}'
    })
  })
})

describe('hotpatch-reboot-gate-comment.yml', () => {
  const workflow = read('hotpatch-reboot-gate-comment.yml')
  const job = workflow.jobs.comment

  it('runs for workflow_run of pull_request runs only, with actions: read and pull-requests: write', () => {
    expect(workflow.permissions).toEqual({})
    expect(job?.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' })
    expect(job?.if).toContain("github.event_name == 'workflow_run'")
    expect(job?.if).toContain("github.event.workflow_run.event == 'pull_request'")
  })

  it('checks out only the gate itself, never the pull request, and runs only the poster', () => {
    const checkouts = (job?.steps ?? []).filter(step => step.uses?.startsWith('actions/checkout'))
    expect(checkouts.map(step => step.with)).toEqual([
      {
        repository: 'hotpatch-reboot-gate/hotpatch-reboot-gate',
        ref: '${{ inputs.gate-ref }}',
        path: '.hotpatch-reboot-gate',
        'sparse-checkout': 'dist',
        'persist-credentials': false
      }
    ])
    const runs = (job?.steps ?? []).flatMap(step => (step.run === undefined ? [] : [step.run]))
    expect(runs).toEqual([
      'node .hotpatch-reboot-gate/dist/post.js --report "$RUNNER_TEMP/hotpatch-reboot-gate/report.json" ' +
        '--context "$RUNNER_TEMP/hotpatch-reboot-gate/context.json" --repo "$REPOSITORY" --sha "$HEAD_SHA" --run-url "$RUN_URL"'
    ])
    expect(JSON.stringify(job)).not.toMatch(/head_branch|head\.ref|pull_request\.head/)
  })

  it('takes the commit to check from the event GitHub wrote, not from the artifact', () => {
    const post = job?.steps.find(step => step.run !== undefined)
    expect(post?.env).toEqual({
      GITHUB_TOKEN: '${{ github.token }}',
      REPOSITORY: '${{ github.repository }}',
      HEAD_SHA: '${{ github.event.workflow_run.head_sha }}',
      RUN_URL: '${{ github.event.workflow_run.html_url }}'
    })
  })
})

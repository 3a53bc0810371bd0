/**
 * The folders and environment a step of the action runs with, for the suites that run src/main.ts on a workspace
 * of their own: a fresh GITHUB_WORKSPACE and RUNNER_TEMP for each test, removed after it with the environment and
 * the exit code restored. One setup instead of one per suite.
 */
import { afterEach, beforeEach } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { JsonReport } from '../../src/report/json-report.js'

export interface ActionFolders {
  /** The running test's GITHUB_WORKSPACE. */
  readonly workspace: string
  /** The running test's RUNNER_TEMP, where the action writes its report. */
  readonly runnerTemp: string
  /** The JSON report the action wrote there. */
  readonly reported: () => JsonReport
}

/**
 * Registers the hooks that make and remove the folders (call it at a suite's top level, after importing main.ts and
 * before the suite's own beforeEach, which may then write files); `name` tells the folders of suites apart.
 */
export function actionFolders(name: string): ActionFolders {
  const savedEnv = { ...process.env }
  const folders = {
    workspace: '',
    runnerTemp: '',
    reported: (): JsonReport => JSON.parse(readFileSync(join(folders.runnerTemp, 'hotpatch-reboot-gate-report.json'), 'utf8')) as JsonReport
  }
  beforeEach(() => {
    folders.workspace = mkdtempSync(join(tmpdir(), `hrg-${name}-ws-`))
    folders.runnerTemp = mkdtempSync(join(tmpdir(), `hrg-${name}-tmp-`))
    process.env.GITHUB_WORKSPACE = folders.workspace
    process.env.RUNNER_TEMP = folders.runnerTemp
    process.env.GITHUB_REPOSITORY = 'contoso/platform-infra'
  })
  afterEach(() => {
    // The action sets it when the gate fails; the test process must not exit with it.
    process.exitCode = undefined
    rmSync(folders.workspace, { recursive: true, force: true })
    rmSync(folders.runnerTemp, { recursive: true, force: true })
    process.env = { ...savedEnv }
  })
  return folders
}

import * as core from '@actions/core'
import { DEFAULT_CONFIG_FILE } from './config/default-path.js'
import { realpathSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { ConfigurationError } from './errors.js'
import { evaluationDayOf, parseEvaluationDay, type EvaluationDay } from './evaluation-day.js'
import type { FailOn } from './gate/verdict.js'
import type { RequestedPath } from './model/scan-request.js'

/** Which findings fail the run: `error` (errors only), `warning` (errors and warnings) or `never`. */
export type { FailOn } from './gate/verdict.js'

/** How the action talks to the pull request (see src/github/conversation.ts). */
export type CommentMode = 'summary' | 'review' | 'both' | 'none'

/** The action's inputs, read and validated once (action.yml documents each of them). */
export interface Settings {
  /** Absolute path of the checked-out repository (GITHUB_WORKSPACE, else the working directory): the scan root. */
  readonly workspace: string
  /**
   * Files and folders to scan, relative to the workspace, `/` separated; `.` is the whole workspace. A path
   * that does not exist is kept: the scan reads nothing there and rule nothing-scanned says so, located.
   */
  readonly paths: readonly string[]
  /** The same paths as written in the `path` input, with whether each exists (rule nothing-scanned). */
  readonly requestedPaths: readonly RequestedPath[]
  /** `allow-empty`: a path that yields no manifest is a notice rather than an error. */
  readonly allowEmpty: boolean
  readonly failOn: FailOn
  /** Whether the workflow set `fail-on`: an empty input defers to the policy configuration's `fail-on`. */
  readonly failOnInput: boolean
  /** Evaluation date, UTC midnight: decides expired maintenance windows and the next baseline month. */
  readonly asOf: Date
  /** `asOf` as written in reports: YYYY-MM-DD. */
  readonly asOfText: string
  /** Absolute path of the policy configuration file; undefined when there is none. */
  readonly configFile: string | undefined
  /**
   * `changed`: on pull requests, only findings that the change touches decide the verdict.
   * `all`: every finding does.
   */
  readonly scope: 'changed' | 'all'
  readonly comment: CommentMode
  /** Whether findings become workflow annotations. */
  readonly annotations: boolean
  /** Whether the Markdown report goes to the job summary. */
  readonly jobSummary: boolean
  /** Absolute path of the JSON report (always written). */
  readonly reportFile: string
  /** Absolute path of the SARIF log; undefined when no SARIF is wanted. */
  readonly sarifFile: string | undefined
  /** Token for the pull request API calls; empty when none was given (nothing is posted then). */
  readonly token: string
}

export const DEFAULT_REPORT_FILE = 'hotpatch-reboot-gate-report.json'

/**
 * Reads every input of the action. Throws a ConfigurationError naming the input, the value and the
 * expected form on the first invalid one. `env` supplies the runner's variables (GITHUB_WORKSPACE,
 * RUNNER_TEMP); `now` the date `as-of` defaults to.
 */
export function getSettings(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): Settings {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd())
  const day = getDay('as-of', now)
  const requestedPaths = getPaths(workspace)
  return {
    workspace,
    paths: requestedPaths.map(requested => requested.path),
    requestedPaths,
    allowEmpty: getBoolean('allow-empty', false),
    failOn: getChoice('fail-on', ['error', 'warning', 'never'], 'error'),
    failOnInput: core.getInput('fail-on') !== '',
    asOf: day.date,
    asOfText: day.text,
    configFile: getConfigFile(workspace),
    scope: getChoice('scope', ['changed', 'all'], 'changed'),
    comment: getChoice('comment', ['summary', 'review', 'both', 'none'], 'both'),
    annotations: getBoolean('annotations', true),
    jobSummary: getBoolean('job-summary', true),
    reportFile: getOutputFile('report-file', workspace) ?? join(env.RUNNER_TEMP || workspace, DEFAULT_REPORT_FILE),
    sarifFile: getOutputFile('sarif-file', workspace),
    token: core.getInput('github-token')
  }
}

function invalid(input: string, value: string, expected: string): ConfigurationError {
  return new ConfigurationError(`Invalid value '${value}' for input '${input}': expected ${expected}.`)
}

function getChoice<T extends string>(input: string, choices: readonly T[], fallback: T): T {
  const value = core.getInput(input)
  if (value === '') return fallback
  const choice = choices.find(candidate => candidate === value.toLowerCase())
  if (choice === undefined) throw invalid(input, value, `one of ${choices.join(', ')}`)
  return choice
}

// The values core.getBooleanInput accepts (YAML 1.2 core schema), with an error that names the value.
function getBoolean(input: string, fallback: boolean): boolean {
  const value = core.getInput(input)
  if (value === '') return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw invalid(input, value, 'true or false')
}

function getDay(input: string, now: Date): EvaluationDay {
  const value = core.getInput(input)
  if (value === '') return evaluationDayOf(now)
  const day = parseEvaluationDay(value)
  if (day === undefined) throw invalid(input, value, 'a calendar date YYYY-MM-DD, e.g. 2026-01-13')
  return day
}

/**
 * The `path` input's paths. One outside the workspace is refused; one that does not exist is not: a
 * misspelled path fails the run through rule nothing-scanned, in the report like any finding.
 */
function getPaths(workspace: string): RequestedPath[] {
  const values = core.getInput('path').split(/\s+/).filter(value => value !== '')
  const paths = new Map<string, RequestedPath>()
  for (const value of values.length > 0 ? values : ['.']) {
    const path = insideWorkspace('path', value, workspace)
    if (paths.has(path)) continue
    paths.set(path, { path, written: value, exists: kindOf(join(workspace, path)) !== undefined })
  }
  return [...paths.values()]
}

function getConfigFile(workspace: string): string | undefined {
  const value = core.getInput('config')
  if (value === '') {
    const fallback = join(workspace, DEFAULT_CONFIG_FILE)
    return kindOf(fallback) === 'file' ? fallback : undefined
  }
  const path = join(workspace, insideWorkspace('config', value, workspace))
  if (kindOf(path) !== 'file') throw invalid('config', value, 'a file that exists in the workspace')
  return path
}

/** Output files may live anywhere (e.g. under RUNNER_TEMP); relative paths are taken from the workspace. */
function getOutputFile(input: string, workspace: string): string | undefined {
  const value = core.getInput(input)
  if (value === '') return undefined
  const path = resolve(workspace, value)
  if (kindOf(path) === 'folder' || /[\\/]$/.test(value)) throw invalid(input, value, 'a file path, not a folder')
  return path
}

/**
 * The workspace-relative, `/`-separated form of a path, or a ConfigurationError when it leaves the
 * workspace, by `..` or through a symbolic link (the scan must never read files outside the checkout).
 */
function insideWorkspace(input: string, value: string, workspace: string): string {
  const absolute = resolve(workspace, value)
  const rel = relative(workspace, absolute)
  const real = realPath(absolute)
  if (isOutside(rel) || (real !== undefined && isOutside(relative(realPath(workspace) ?? workspace, real)))) {
    throw invalid(input, value, `a path inside the workspace ${workspace}`)
  }
  return rel === '' ? '.' : rel.split(sep).join('/')
}

const isOutside = (rel: string): boolean => rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)

// Undefined for a path that does not exist: the existence check reports it.
function realPath(path: string): string | undefined {
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}

function kindOf(path: string): 'file' | 'folder' | undefined {
  try {
    const stats = statSync(path)
    return stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : undefined
  } catch {
    return undefined
  }
}

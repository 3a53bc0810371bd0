import { readFileSync, statSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import type { JsonReport } from '../report/json-report.js'
import { sanitizeForTerminal } from '../report/style.js'
import { getPullRequest } from './api/pull-request.js'
import { createGitHubClient, type ClientTimings } from './client.js'
import { publishPullRequestConversation, type ConversationInput } from './conversation.js'
import { DEFAULT_MAX_LINE_COMMENTS } from './limits.js'
import { readRunEvent } from './event.js'
import { describeFailure } from './request-errors.js'
import { validateReport } from './report-validation.js'
import { triggeringRunFromEvent, unboundReason, type TriggeringRun } from './triggering-run.js'

/** The largest report file the poster reads (an artifact is untrusted input). */
const MAX_REPORT_BYTES = 64 * 1024 * 1024

export const POSTER_USAGE = `Usage: node dist/post.js --report FILE --repo OWNER/NAME --sha HEAD_SHA (--pr NUMBER | --context FILE)
         [--comment both|summary|review] [--scope changed|all] [--fail-on error|warning|never] [--run-url URL]

Posts the pull-request conversation (review comments and the summary comment) from a JSON report, for the
fork-safe two-phase workflow: the report comes from a pull_request run, this runs in a workflow_run job.
GITHUB_TOKEN (pull-requests: write) is read from the environment; GITHUB_API_URL and GITHUB_SERVER_URL too.
--sha must be the trusted head commit (github.event.workflow_run.head_sha): nothing is posted unless it is the
pull request's head. --context reads the pull request number (and, unless given as flags, scope, fail-on and
comment) from the JSON file the pull_request job wrote; that number is used only in a workflow_run run, and
only for the pull request whose head repository, branch and commit are the triggering run's.`

export interface PosterIo {
  /** A line of the log; its text may come from the artifact, so the entry cleans it and breaks any command in it. */
  readonly out: (line: string) => void
  readonly err: (line: string) => void
  /** A workflow command the poster composed itself, its data cleaned and escaped: printed as it is. */
  readonly command: (line: string) => void
}

export interface PosterOptions {
  readonly timings?: ClientTimings
}

/**
 * The poster's command line: validates the report against schemas/report.schema.json, checks that the
 * pull request is open and its head is the commit the report describes, then posts. Returns the exit
 * code: 0 when done (including "nothing to post" and read-only notices), 1 for an invalid report, 2 for a
 * usage error. Never runs code from the pull request; everything from the report is escaped when rendered.
 */
export async function runPoster(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: PosterIo,
  options: PosterOptions = {}
): Promise<number> {
  let args: PosterArguments
  try {
    args = readArguments(argv, env)
  } catch (error) {
    io.err(getErrorMessage(error))
    io.err(POSTER_USAGE)
    return 2
  }

  const loaded = loadReport(args.report)
  if ('errors' in loaded) {
    io.err(`${args.report} is not a hotpatch-reboot-gate JSON report; nothing posted:`)
    for (const error of loaded.errors) io.err(`  ${error}`)
    return 1
  }

  // The artifact may name any pull request: GitHub's own description of the run that made it decides.
  const event = readRunEvent(env)
  const run = triggeringRunFromEvent(event.eventName, event.payload)
  if (event.eventName !== 'workflow_run' && args.numberFrom === 'context') {
    io.err(
      `The pull request number comes from --context (the artifact), and this is not a workflow_run run whose ` +
        'event could check it; nothing posted: give --pr NUMBER.'
    )
    return 2
  }
  const runProblem = event.eventName === 'workflow_run' ? shaProblem(run, args.sha) : undefined
  if (runProblem !== undefined) {
    warn(io, env, `The workflow_run event ${runProblem}; nothing posted to pull request #${args.number}.`)
    return 0
  }

  const client = createGitHubClient(args.token, {
    baseUrl: env.GITHUB_API_URL || undefined,
    timings: options.timings,
    log: io.out
  })
  let facts
  try {
    facts = await getPullRequest(client, args.owner, args.repo, args.number)
  } catch (error) {
    io.out(
      `Could not read pull request #${args.number} of ${args.owner}/${args.repo}; nothing posted: ${describeFailure(error)}`
    )
    return 0
  }
  const unbound = run === undefined ? undefined : unboundReason(run, facts)
  if (unbound !== undefined) {
    warn(io, env, `Pull request #${args.number} is not the one the report was made for: ${unbound}; nothing posted.`)
    return 0
  }
  if (facts.state !== 'open') {
    io.out(`Pull request #${args.number} is ${facts.state}; nothing posted.`)
    return 0
  }
  if (facts.headSha !== args.sha) {
    io.out(
      `Pull request #${args.number} is now at ${facts.headSha.slice(0, 7)}, not ${args.sha.slice(0, 7)} (the commit the report describes); ` +
        'nothing posted: the run for the newer commit comments.'
    )
    return 0
  }

  const input: ConversationInput = {
    report: loaded.report,
    client,
    comment: args.comment,
    runUrl: args.runUrl,
    scope: args.scope,
    // The flag or phase 1's context when given; else the fail-on phase 1's verdict used (its configuration's).
    failOn: args.failOn ?? loaded.report.failOn ?? 'error',
    maxLineComments: args.maxLineComments,
    pullRequest: {
      owner: args.owner,
      repo: args.repo,
      number: args.number,
      headSha: args.sha,
      fromFork: facts.headRepository?.toLowerCase() !== facts.baseRepository.toLowerCase()
    },
    eventName: 'workflow_run',
    // Only a pull_request run's token can be read-only because of its actor; this is a workflow_run.
    actor: undefined,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com'
  }
  const result = await publishPullRequestConversation(input)
  for (const notice of result.notices) io.out(notice)
  // In a workflow step, a write given up on is a warning annotation, as in the action.
  for (const warning of result.warnings) warn(io, env, warning)
  io.out(
    `Pull request #${args.number}: summary ${result.summary}, ${result.reviews} reviews with ${result.lineComments} line comments, ` +
      `${result.fileComments} file comments, ${result.resolvedThreads} threads resolved.`
  )
  return 0
}

/** What is wrong with a workflow_run event's head commit: missing, or not the --sha the workflow passed. */
function shaProblem(run: TriggeringRun | undefined, sha: string): string | undefined {
  if (run === undefined) return 'has no workflow_run.head_sha'
  if (run.headSha === sha) return undefined
  return `says the run that made the report checked ${run.headSha.slice(0, 7)}, not ${sha.slice(0, 7)} (--sha)`
}

/**
 * A warning annotation in a workflow step, as the action writes one; a plain line elsewhere. One line: it may quote
 * what others named (a head branch, which may hold U+2028), and a line of its own would read as the poster's.
 */
function warn(io: PosterIo, env: NodeJS.ProcessEnv, warning: string): void {
  if (env.GITHUB_ACTIONS === 'true') io.command(`::warning::${escapeCommandData(sanitizeForTerminal(warning))}`)
  else io.out(`Warning: ${warning}`)
}

interface PosterArguments {
  readonly report: string
  readonly token: string
  readonly owner: string
  readonly repo: string
  readonly number: number
  /** Where the number comes from: the operator's --pr, or the artifact's context file. */
  readonly numberFrom: 'flag' | 'context'
  readonly sha: string
  readonly comment: 'both' | 'summary' | 'review'
  readonly scope: 'changed' | 'all'
  /** Undefined: the report's own (the fail-on phase 1 used). */
  readonly failOn: 'error' | 'warning' | 'never' | undefined
  readonly runUrl: string | undefined
  /** New review comments per run (`--max-comments`); the rest are listed in the summary comment. */
  readonly maxLineComments: number
}

function readArguments(argv: readonly string[], env: NodeJS.ProcessEnv): PosterArguments {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      report: { type: 'string' },
      repo: { type: 'string' },
      pr: { type: 'string' },
      sha: { type: 'string' },
      context: { type: 'string' },
      comment: { type: 'string' },
      scope: { type: 'string' },
      'fail-on': { type: 'string' },
      'run-url': { type: 'string' },
      'max-comments': { type: 'string' }
    },
    strict: true
  })
  const context = values.context === undefined ? {} : readContext(values.context)
  const token = env.GITHUB_TOKEN ?? ''
  if (token === '')
    throw new ConfigurationError('GITHUB_TOKEN is not set: the poster needs a token with pull-requests: write.')
  if (values.report === undefined) throw new ConfigurationError('--report is required.')
  const repository = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(values.repo ?? '')
  if (!repository) throw new ConfigurationError(`Invalid --repo '${values.repo ?? ''}': expected OWNER/NAME.`)
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(values.sha ?? '')) {
    throw new ConfigurationError(
      `Invalid --sha '${values.sha ?? ''}': expected the full head commit SHA (github.event.workflow_run.head_sha).`
    )
  }
  const number = Number(values.pr ?? context.pullRequest)
  if (!Number.isSafeInteger(number) || number <= 0) {
    throw new ConfigurationError(
      `Invalid pull request number '${values.pr ?? String(context.pullRequest)}': give --pr NUMBER or --context FILE.`
    )
  }
  return {
    report: values.report,
    token,
    owner: repository[1] as string,
    repo: repository[2] as string,
    number,
    numberFrom: values.pr === undefined ? 'context' : 'flag',
    sha: (values.sha as string).toLowerCase(),
    comment: choice('--comment', values.comment ?? context.comment, ['both', 'summary', 'review'], 'both'),
    scope: choice('--scope', values.scope ?? context.scope, ['changed', 'all'], 'changed'),
    failOn: optionalChoice('--fail-on', values['fail-on'] ?? context.failOn, ['error', 'warning', 'never']),
    runUrl: values['run-url'] || undefined,
    maxLineComments: maxComments(values['max-comments'])
  }
}

function maxComments(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_LINE_COMMENTS
  const value = Number(text)
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value > 1000) {
    throw new ConfigurationError(`Invalid --max-comments '${text}': expected a whole number from 0 to 1000.`)
  }
  return value
}

/** The small JSON file the pull_request job writes next to the report (untrusted: every field is checked). */
function readContext(path: string): Record<string, string | number | undefined> {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path, 'utf8').slice(0, 10_000))
  } catch (error) {
    throw new ConfigurationError(`Cannot read --context ${path}: ${getErrorMessage(error)}`)
  }
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  const pick = (key: string): string | number | undefined => {
    const field = Object.hasOwn(record, key) ? record[key] : undefined
    return typeof field === 'string' || typeof field === 'number' ? field : undefined
  }
  return { pullRequest: pick('pullRequest'), scope: pick('scope'), failOn: pick('failOn'), comment: pick('comment') }
}

/** A choice that may be left empty (the reusable workflows pass an empty input through). */
function optionalChoice<T extends string>(flag: string, value: string | number | undefined, choices: readonly T[]): T | undefined {
  return value === undefined || value === '' ? undefined : choice(flag, value, choices, choices[0] as T)
}

function choice<T extends string>(
  flag: string,
  value: string | number | undefined,
  choices: readonly T[],
  fallback: T
): T {
  if (value === undefined || value === '') return fallback
  const found = choices.find(candidate => candidate === String(value))
  if (found === undefined)
    throw new ConfigurationError(`Invalid ${flag} '${String(value)}': expected one of ${choices.join(', ')}.`)
  return found
}

function loadReport(path: string): { readonly report: JsonReport } | { readonly errors: readonly string[] } {
  try {
    const size = statSync(path).size
    if (size > MAX_REPORT_BYTES) return { errors: [`the file is ${size} bytes; the limit is ${MAX_REPORT_BYTES}`] }
    return validateReport(JSON.parse(readFileSync(path, 'utf8')))
  } catch (error) {
    return { errors: [getErrorMessage(error)] }
  }
}

/** A workflow command's data, escaped as @actions/core does (`%`, CR, LF). */
const escapeCommandData = (text: string): string =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')

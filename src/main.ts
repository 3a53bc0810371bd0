import * as core from '@actions/core'
import {
  annotate,
  annotationMessage,
  emitAnnotations,
  planAnnotations,
  resetAnnotationCount,
  slotsLeft
} from './action/annotations.js'
import { failureMessage } from './action/gate.js'
import { writeJobSummary } from './action/job-summary.js'
import { setOutputs } from './action/outputs.js'
import { writeReportFiles } from './action/report-files.js'
import { listChanges, resolveScope } from './action/resolve-scope.js'
import { configurationFile, repositoryCheckout } from './action/repository-checkout.js'
import { actionScanRequest, warnManifestsOutsidePaths } from './action/scan-request.js'
import { createLineReader } from './workspace/line-reader.js'
import { builtInAdvisories } from './pipeline/advisory-sources.js'
import { selectFiles } from './pipeline/select-files.js'
import { exemptionChangesInPullRequest } from './pipeline/pull-request-novelty.js'
import { ConfigurationError, getErrorMessage } from './errors.js'
import { listPullRequestFiles } from './github/api/pull-request-files.js'
import type { GitHubClient } from './github/client.js'
import { lazyGitHubClient } from './github/lazy-client.js'
import { changeSourceFromEvent } from './github/change-source.js'
import { readRunEvent } from './github/event.js'
import type { PullRequestTarget } from './github/context.js'
import { neutralizeWorkflowCommands } from './report/workflow-commands.js'
import { rules } from './policy/rules/index.js'
import { renderSummaryLine } from './report/text.js'
import { runPipeline } from './pipeline/run-pipeline.js'
import { getSettings } from './settings.js'

/**
 * The action: scan the workspace, write the report files, annotate, summarise, set the outputs,
 * talk to the pull request, and fail the step when findings reach `fail-on`. Everything that shows
 * a finding is produced before the pull request conversation, whose failure never changes the
 * verdict; a failed file listing only widens the scope to every finding.
 */
export async function run(): Promise<void> {
  resetAnnotationCount()
  try {
    const settings = getSettings()
    // Masked before anything can print it: a server that echoes the Authorization header, a debug line.
    if (settings.token !== '') core.setSecret(settings.token)
    // The repository's root is the scan root, so the report names files as GitHub does (src/action/repository-checkout.ts).
    const checkout = repositoryCheckout(settings)
    // The configuration reader and its schema validators (~90 KB): imported only when there is a file to read.
    const configFile = configurationFile(settings.configFile, checkout)
    const loaded =
      configFile === undefined
        ? undefined
        : (await import('./pipeline/load-configuration.js')).loadConfigurationFile(configFile, {
            root: checkout.root,
            confine: settings.workspace
          })
    const configuration = loaded?.configuration
    if (configuration !== undefined) core.info(neutralizeWorkflowCommands(`Policy configuration: ${configuration.file}`))
    // The workflow's fail-on wins; an empty input defers to the configuration's.
    const failOn = settings.failOnInput ? settings.failOn : (configuration?.failOn ?? settings.failOn)

    // Scope first: the change set's files (a pull request's, a merge group's, a push's) decide which
    // findings count and which exemptions are new.
    const event = readRunEvent()
    const source = changeSourceFromEvent(event.eventName, event.payload)
    const pullRequest = source.kind === 'pull-request' ? source.pullRequest : undefined
    // Octokit and the conversation code load only when the run talks to GitHub (dynamic imports: the
    // bundle's first chunk stays without them; __tests__/ship/bundle-graph.test.ts checks it).
    const github = lazyGitHubClient(settings.token, core.debug)
    const listsChanges = settings.scope === 'changed' && source.kind !== 'none' && settings.token !== ''
    const listing = await listChanges(settings, source, listsChanges ? await github.load() : github.get)
    const { changes } = listing
    warnManifestsOutsidePaths(listing, settings.paths, checkout.folder)

    // Discover, read, evaluate, report, gate: the one pipeline.
    const advisories = (loaded?.advisories ?? builtInAdvisories()).map(entry => entry.advisory)
    const select = configuration && selectFiles(configuration)
    const { report, scope, gate } = await runPipeline({
      root: checkout.root,
      paths: checkout.paths,
      request: actionScanRequest({ ...settings, requestedPaths: checkout.requestedPaths }, configuration),
      day: { text: settings.asOfText, date: settings.asOf },
      failOn,
      advisories,
      readLine: createLineReader(checkout.root),
      ...(configuration && { configuration }),
      ...(select && { select }),
      exemptionChanges: async records =>
        pullRequest === undefined
          ? undefined
          : exemptionChangesInPullRequest({
              workspace: checkout.root,
              configFile: configuration?.file,
              baseSha: baseShaOf(event.payload),
              records,
              changedFiles: changes?.complete ? changes.files : undefined,
              ...(settings.token !== '' && { listFiles: async () => listedFiles((await github.load())(), pullRequest) })
            }),
      scope: built => resolveScope(listing, built).scope
    })
    const files = writeReportFiles(report, settings, rules.map(rule => rule.meta))
    core.info(renderSummaryLine(report))

    // Verdict
    core.info(neutralizeWorkflowCommands(`Counted for the verdict: ${scope.description}.`))

    // Job summary first: a warning that it could not be written takes a slot before the findings plan theirs.
    const summaryShowsAll =
      settings.jobSummary &&
      (await writeJobSummary(report, gate, scope, files.report).catch((error: unknown) => {
        annotate('warning', `Could not write the job summary: ${getErrorMessage(error).split('\n', 1)[0]}`)
        return false
      }))
    // Annotations (a failing verdict's own ::error first), within GitHub's ten per level less what the action
    // wrote already and one notice and one warning kept for the conversation's, so its advice is never dropped.
    const conversing = pullRequest !== undefined && settings.comment !== 'none' && settings.token !== ''
    const shown = { annotations: settings.annotations, jobSummary: summaryShowsAll, reportFile: files.report }
    const failure = gate.verdict === 'fail' ? failureMessage(gate, failOn, scope, shown) : undefined
    if (settings.annotations) {
      const changedFiles = changes && new Set(changes.files.map(file => file.path))
      // The job summary only when it holds them all: past its rows or its size, the JSON report does.
      const overflowTarget = summaryShowsAll ? 'the job summary' : `the report file ${files.report}`
      const slots = slotsLeft(conversing ? { notice: 1, warning: 1 } : {})
      const options = { changedFiles, overflowTarget, slots, ...(failure !== undefined && { failure }) }
      emitAnnotations(planAnnotations(report, options))
    } else if (failure !== undefined) annotate('error', failure)
    setOutputs(gate, files)

    // Pull request conversation
    if (pullRequest !== undefined && settings.comment !== 'none' && settings.token === '')
      core.info('No github-token: nothing is posted to the pull request.')
    if (conversing) {
      const { converse } = await import('./action/converse.js')
      const getClient = await github.load()
      await converse({ settings: { ...settings, failOn }, report, gate, scope, pullRequest, changes, getClient })
    }

    // Not core.setFailed: it writes the message as another ::error, past the ten GitHub shows.
    if (failure !== undefined) process.exitCode = core.ExitCode.Failure
  } catch (error) {
    // A configuration error can quote the repository's text: cleaned as every annotation is.
    if (error instanceof ConfigurationError) core.setFailed(annotationMessage(error.message))
    else core.setFailed(annotationMessage(`internal error: ${getErrorMessage(error)}`))
  }
}

/** The pull request's base commit, from the event payload. */
function baseShaOf(payload: unknown): string | undefined {
  const sha = (payload as { pull_request?: { base?: { sha?: unknown } } } | undefined)?.pull_request?.base?.sha
  return typeof sha === 'string' ? sha : undefined
}

async function listedFiles(client: GitHubClient, pullRequest: PullRequestTarget) {
  const listed = await listPullRequestFiles(client, pullRequest)
  return listed.complete ? listed.files : undefined
}

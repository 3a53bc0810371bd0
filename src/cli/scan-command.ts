import { readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { classifyExemptions } from '../pipeline/novelty.js'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import { evaluationDayOf, parseEvaluationDay } from '../evaluation-day.js'
import { jsonFilePieces } from '../report/json-pieces.js'
import { batchedPieces, writePieces } from '../report/write-pieces.js'
import type { JsonReport } from '../report/json-report.js'
import { renderJobSummary } from '../report/markdown.js'
import { renderSarif } from '../report/sarif.js'
import { renderAzurePipelines } from '../report/azure-pipelines.js'
import { renderJunit } from '../report/junit.js'
import type { FailOn } from '../settings.js'
import { renderSummaryLine, renderTextPieces } from '../report/text.js'
import { everyFinding, runPipeline } from '../pipeline/run-pipeline.js'
import { DEFAULT_CONFIG_FILE } from '../config/default-path.js'
import type { ReportFormat, ScanArguments } from './arguments.js'
import { useColor } from './color.js'
import type { CliConfiguration, CliDependencies } from './dependencies.js'
import type { CliIo, CommandSafeIo } from './io.js'
import { createLineReader } from '../workspace/line-reader.js'
import { resolveScanTarget } from './scan-target.js'
import {
  neutralizeAfterOwnLoggingCommands,
  neutralizeJsonWorkflowCommands,
  neutralizeWorkflowCommands,
  neutralizeXmlWorkflowCommands
} from '../report/workflow-commands.js'
import type { RequestedPath, ScanRequest } from '../model/scan-request.js'
import { TOOL_NAME } from '../version.js'

/**
 * `scan`: reads the manifests, writes the report, and returns the exit code: 0 pass, 1 findings reach
 * --fail-on, 2 a path held no manifest the gate reads (the report is still written; the message goes to stderr).
 */
export async function runScan(args: ScanArguments, io: CommandSafeIo, deps: CliDependencies): Promise<number> {
  const target = resolveScanTarget(args.paths, io.cwd)
  const day = (args.asOf === undefined ? undefined : parseEvaluationDay(args.asOf)) ?? evaluationDayOf(io.now())
  const { failOn: configuredFailOn, advisorySources: _sources, ...configured } = await configurationFor(
    args.config,
    target.root,
    io,
    deps
  )
  const advisories = configured.advisories ?? deps.advisories()
  const baseConfig = args.baseConfig
  const failOn: FailOn = args.failOn ?? configuredFailOn ?? 'error'
  const { report, gate } = await runPipeline({
    ...configured,
    root: target.root,
    ...(target.paths !== undefined && { paths: target.paths }),
    day,
    failOn,
    advisories,
    readLine: createLineReader(target.root),
    request: cliScanRequest(target.requested, args.allowEmpty, configured.configuration?.file, configured.select !== undefined),
    scan: deps.scan,
    ...(baseConfig !== undefined && {
      exemptionChanges: records =>
        Promise.resolve(
          classifyExemptions(records, { baseConfiguration: readBaseConfiguration(resolve(io.cwd, baseConfig), baseConfig) })
        )
    }),
    // The CLI counts every finding: it has no pull request to scope by.
    scope: everyFinding
  })
  const passed = gate.verdict === 'pass'

  const color = args.output === undefined ? useColor(args.color, io) : (args.color ?? false)
  // A file a later step prints is as exposed as stdout: both are neutralized, the same way. A batch is whole
  // pieces, so no JSON string or line is split between two of them.
  const pieces = neutralizedPieces(outputPieces(report, args, { color, passed, failOn, deps }), NEUTRALIZERS[args.format])
  if (args.output === undefined) {
    const own = args.format === 'azure-pipelines'
    for (const text of batchedPieces(pieces)) {
      if (own) io.stdout.writeOwnLoggingCommands(text)
      else io.stdout.write(text)
    }
  } else {
    writeOutput(resolve(io.cwd, args.output), args.output, pieces)
    if (!args.quiet) io.stderr.write(`${renderSummaryLine(report)}\n`)
  }
  // Nothing scanned is a wrong argument, not a finding of the manifests: exit 2, as for a missing path.
  const nothing = report.findings.filter(isNothingScannedError)
  for (const finding of nothing) io.stderr.write(`${TOOL_NAME}: ${finding.message}\n`)
  if (nothing.length > 0) return EXIT_NOTHING_SCANNED
  return passed ? 0 : 1
}

/**
 * How each format breaks CI command syntax in manifest text (src/report/workflow-commands.ts) without
 * changing what its readers read: JSON and XML by escapes their parsers undo, text by a zero-width space;
 * the Azure Pipelines format keeps the logging command each of its lines starts with.
 */
const NEUTRALIZERS: Readonly<Record<ReportFormat, (text: string) => string>> = {
  text: neutralizeWorkflowCommands,
  markdown: neutralizeWorkflowCommands,
  json: neutralizeJsonWorkflowCommands,
  sarif: neutralizeJsonWorkflowCommands,
  junit: neutralizeXmlWorkflowCommands,
  'azure-pipelines': neutralizeAfterOwnLoggingCommands
}

function* neutralizedPieces(pieces: Iterable<string>, neutralize: (text: string) => string): Generator<string> {
  for (const piece of pieces) yield neutralize(piece)
}

/** Exit code of a scan that read no manifest below a path (without --allow-empty): a usage error. */
export const EXIT_NOTHING_SCANNED = 2

const isNothingScannedError = (finding: JsonReport['findings'][number]): boolean =>
  finding.ruleId === 'nothing-scanned' && finding.severity === 'error' && finding.exemption === undefined

/** What the command line asked to scan, for rule nothing-scanned. */
function cliScanRequest(
  paths: readonly RequestedPath[],
  allowEmpty: boolean,
  configurationFile: string | undefined,
  filtered: boolean
): ScanRequest {
  return {
    origin:
      filtered && configurationFile !== undefined
        ? `on the command line, after the include/exclude globs of ${configurationFile}`
        : 'on the command line',
    paths,
    allowEmpty,
    accept: 'Pass --allow-empty if that is expected.',
    setting: '--allow-empty'
  }
}

/**
 * The policy configuration: `--config`, else `.github/hotpatch-reboot-gate.yml` below the scan root or
 * the current folder when one exists (and the tool can read configurations). A configuration found there is the
 * repository's, not the user's choice: it and its advisories must be inside the folder it was found in, as the
 * action confines them to the workspace (a link to /etc/passwd was read, and its lines printed in the error).
 */
export async function configurationFor(
  written: string | undefined,
  root: string,
  io: CliIo,
  deps: CliDependencies
): Promise<CliConfiguration> {
  if (written !== undefined) return loadConfiguration(resolve(io.cwd, written), written, root, io.cwd, deps)
  if (deps.loadConfiguration === undefined) return {}
  const found = [root, io.cwd].find(folder => isFile(join(folder, DEFAULT_CONFIG_FILE)))
  return found === undefined ? {} : deps.loadConfiguration(join(found, DEFAULT_CONFIG_FILE), root, io.cwd, found)
}

interface RenderContext {
  readonly color: boolean
  readonly passed: boolean
  readonly failOn: FailOn
  readonly deps: CliDependencies
}

/**
 * The report in the format asked, in pieces as it is written: the JSON formats and the text report piece by
 * piece (the whole text of a large report, and its UTF-8 bytes, used to be the scan's peak memory: ARM 20,000
 * files, 147 MB written to a file against 209 MB as JSON and 188 MB as text on stdout), the others whole.
 */
function* outputPieces(report: JsonReport, args: ScanArguments, context: RenderContext): Generator<string> {
  switch (args.format) {
    case 'json':
      yield* jsonFilePieces(report)
      break
    case 'sarif':
      yield* jsonFilePieces(renderSarif(report, context.deps.rules()))
      break
    case 'text':
      yield* renderTextPieces(report, { color: context.color, quiet: args.quiet })
      break
    default:
      yield render(report, args.format, context)
  }
}

function render(report: JsonReport, format: 'markdown' | 'junit' | 'azure-pipelines', context: RenderContext): string {
  switch (format) {
    case 'markdown':
      return renderJobSummary(report, { passed: context.passed })
    case 'junit':
      return renderJunit(report, { failOn: context.failOn })
    case 'azure-pipelines':
      return renderAzurePipelines(report, { failOn: context.failOn })
  }
}

async function loadConfiguration(
  path: string,
  written: string,
  root: string,
  cwd: string,
  deps: CliDependencies
): Promise<CliConfiguration> {
  if (!isFile(path)) throw new ConfigurationError(`--config ${written}: no such file`)
  if (deps.loadConfiguration === undefined) {
    throw new ConfigurationError(`--config ${written}: this version cannot apply a policy configuration yet`)
  }
  return deps.loadConfiguration(path, root, cwd)
}

/** `--base-config`: the configuration before the change (an empty file: there was none). */
function readBaseConfiguration(path: string, written: string): string | null {
  if (!isFile(path)) throw new ConfigurationError(`--base-config ${written}: no such file`)
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigurationError(`--base-config ${written}: cannot read it: ${describeSystemError(error)}`)
  }
}

function writeOutput(path: string, written: string, pieces: Iterable<string>): void {
  try {
    writePieces(path, pieces)
  } catch (error) {
    throw new ConfigurationError(`--output ${written}: cannot write the report: ${describeSystemError(error)}`)
  }
}

// fs errors come from node's realm: `instanceof Error` is false for them under a test runner's VM context.
function describeSystemError(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === 'string' ? message : getErrorMessage(error)
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'
import { runAdvisories } from './advisories-command.js'
import { parseArguments, UsageError } from './arguments.js'
import { defaultDependencies, type CliDependencies } from './dependencies.js'
import { helpText } from './help.js'
import type { CliIo, CommandSafeIo } from './io.js'
import { runScan } from './scan-command.js'
import { commandSafeStream } from '../report/workflow-commands.js'

export const EXIT_USAGE = 2
export const EXIT_INTERNAL = 3

/**
 * The whole CLI, in-process: parses `argv` (without node and the script), runs the command and
 * returns the exit code. Nothing here touches `process`; src/cli.ts passes it in.
 * 0: nothing reaches --fail-on; 1: findings do; 2: usage or configuration error; 3: internal error.
 * Run as a CI step, the CLI's output must never be read as a command: every write goes through
 * commandSafeStream, here rather than in src/cli.ts so that the in-process tests see what a step prints.
 */
export async function runCli(
  argv: readonly string[],
  processIo: CliIo,
  deps: CliDependencies = defaultDependencies
): Promise<number> {
  const io: CommandSafeIo = { ...processIo, stdout: commandSafeStream(processIo.stdout), stderr: commandSafeStream(processIo.stderr) }
  try {
    const command = parseArguments(argv)
    switch (command.kind) {
      case 'version':
        io.stdout.write(`${TOOL_VERSION}\n`)
        return 0
      case 'help':
        if (command.requested) {
          io.stdout.write(helpText(command.topic))
          return 0
        }
        io.stderr.write(helpText(command.topic))
        return EXIT_USAGE
      case 'advisories':
        return await runAdvisories(command.format, command.config, io, deps)
      case 'scan':
        return await runScan(command.arguments, io, deps)
    }
  } catch (error) {
    if (error instanceof UsageError) {
      const hint = scanHint(argv, io.cwd)
      io.stderr.write(`${TOOL_NAME}: ${error.message}\n${hint}Run '${TOOL_NAME} --help' for usage.\n`)
      return EXIT_USAGE
    }
    if (error instanceof ConfigurationError) {
      io.stderr.write(`${TOOL_NAME}: ${error.message}\n`)
      return EXIT_USAGE
    }
    io.stderr.write(`${TOOL_NAME}: internal error: ${getErrorMessage(error)}\n`)
    if (io.env.HOTPATCH_REBOOT_GATE_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`)
    return EXIT_INTERNAL
  }
}

// `hotpatch-reboot-gate infra` most likely means `scan infra`.
function scanHint(argv: readonly string[], cwd: string): string {
  const first = argv[0]
  if (first === undefined || first.startsWith('-') || ['scan', 'advisories', 'help'].includes(first)) return ''
  return existsSync(resolve(cwd, first)) ? `To scan it: ${TOOL_NAME} scan ${first}\n` : ''
}

#!/usr/bin/env node
import { runCli } from './cli/run-cli.js'
import { commandSafeStream } from './report/workflow-commands.js'

// `hotpatch-reboot-gate scan | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

process.exitCode = await runCli(process.argv.slice(2), {
  // Run as a workflow step, the CLI's output must never be read as workflow commands.
  stdout: commandSafeStream(process.stdout),
  stderr: commandSafeStream(process.stderr),
  cwd: process.cwd(),
  env: process.env,
  now: () => new Date()
})

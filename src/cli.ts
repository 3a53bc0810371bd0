#!/usr/bin/env node
import { runCli } from './cli/run-cli.js'
import { applyScanV8Settings } from './pipeline/v8-settings.js'

// Process-wide heap and compiler settings belong to the process that scans (src/index.ts says why here).
applyScanV8Settings()

// `hotpatch-reboot-gate scan | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

process.exitCode = await runCli(process.argv.slice(2), {
  // runCli makes both streams command-safe: nothing it prints is read as a CI command.
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  now: () => new Date()
})

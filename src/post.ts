#!/usr/bin/env node
// The fork-safe poster (dist/post.js): see src/github/poster.ts and docs/pull-requests.md.
import { runPoster } from './github/poster.js'
import { sanitizeLinesForTerminal } from './report/style.js'
import { neutralizeWorkflowCommands } from './report/workflow-commands.js'

// Masked before anything can print it (the runner masks secrets it knows, not a token passed otherwise).
const token = process.env.GITHUB_TOKEN ?? ''
if (token !== '') console.log(`::add-mask::${token.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`)

// The artifact is hostile: nothing it holds may reach the log as a workflow command, an escape sequence, a
// control or bidirectional character (schema errors name its keys; JSON.parse's message quotes its bytes).
const printable = (line: string): string => neutralizeWorkflowCommands(sanitizeLinesForTerminal(line))

process.exitCode = await runPoster(process.argv.slice(2), process.env, {
  out: line => console.log(printable(line)),
  err: line => console.error(printable(line)),
  command: line => console.log(line)
})

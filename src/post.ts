#!/usr/bin/env node
// The fork-safe poster (dist/post.js): see src/github/poster.ts and docs/pull-requests.md.
import { runPoster } from './github/poster.js'

process.exitCode = await runPoster(process.argv.slice(2), process.env, {
  out: line => console.log(line),
  err: line => console.error(line)
})

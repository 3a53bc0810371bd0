// Runs commands as child processes and measures wall time, CPU time and peak resident memory.
import { spawnSync } from 'node:child_process'

/** One run: wall seconds, CPU seconds (user + system) and peak RSS in MiB, via /usr/bin/time. */
export function runOnce(command, args, { cwd, env } = {}) {
  const started = process.hrtime.bigint()
  const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', command, ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const [rssKiB, user, system] = (result.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number)
  return {
    seconds,
    cpuSeconds: (user ?? NaN) + (system ?? NaN),
    rssMiB: (rssKiB ?? NaN) / 1024,
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr
  }
}

/** Median wall and CPU seconds and peak RSS (max) over `runs` runs of one command. */
export function measure(command, args, { runs = 3, cwd, env } = {}) {
  return summarize(Array.from({ length: runs }, () => runOnce(command, args, { cwd, env })))
}

/**
 * Several commands measured in turns (a, b, c, a, b, c, ...) so that a change in machine load
 * during the bench affects all of them alike; each gets its median and peak.
 */
export function measureInTurns(commands, { runs = 3 } = {}) {
  const samples = commands.map(() => [])
  for (let run = 0; run < runs; run++) {
    commands.forEach(({ command, args, cwd, env }, i) => samples[i].push(runOnce(command, args, { cwd, env })))
  }
  return samples.map(summarize)
}

function summarize(samples) {
  const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const last = samples.at(-1)
  const failed = samples.find(sample => sample.status !== 0)
  return {
    seconds: median(samples.map(sample => sample.seconds)),
    cpuSeconds: median(samples.map(sample => sample.cpuSeconds)),
    rssMiB: Math.max(...samples.map(sample => sample.rssMiB)),
    runs: samples.length,
    status: (failed ?? last).status,
    stdout: (failed ?? last).stdout,
    stderr: (failed ?? last).stderr
  }
}

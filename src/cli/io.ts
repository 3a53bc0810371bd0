import type { CommandSafeStream } from '../report/workflow-commands.js'

/**
 * What the CLI touches of the process, passed in so that tests run it in-process: the streams it
 * writes to, the folder it runs in, its environment and the clock (the default `--as-of`).
 */
export interface CliIo {
  readonly stdout: OutputStream
  readonly stderr: OutputStream
  /** Absolute path. */
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly now: () => Date
}

export interface OutputStream {
  write(text: string): unknown
  readonly isTTY?: boolean
}

/**
 * The io the commands write through: runCli wraps both streams so that nothing the CLI prints is read
 * as a CI command (src/report/workflow-commands.ts).
 */
export interface CommandSafeIo extends Omit<CliIo, 'stdout' | 'stderr'> {
  readonly stdout: CommandSafeStream
  readonly stderr: CommandSafeStream
}

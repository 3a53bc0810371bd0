import { parseArgs } from 'node:util'
import { parseEvaluationDay } from '../evaluation-day.js'
import type { FailOn } from '../settings.js'

/** A mistake on the command line: exit code 2, the message and a pointer to `--help`. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

export type ReportFormat = 'text' | 'json' | 'sarif' | 'markdown' | 'junit' | 'azure-pipelines'
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif', 'markdown', 'junit', 'azure-pipelines']
export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never']
export const ADVISORY_FORMATS: readonly ('text' | 'json')[] = ['text', 'json']

export interface ScanArguments {
  /** As written; resolved against the working directory later. */
  readonly paths: readonly string[]
  readonly format: ReportFormat
  readonly output: string | undefined
  /** A validated YYYY-MM-DD, or undefined for today (UTC). */
  readonly asOf: string | undefined
  /** Undefined: the policy configuration's `fail-on`, else `error`. */
  readonly failOn: FailOn | undefined
  /** `--config`; undefined: `.github/hotpatch-reboot-gate.yml` below the scan root or the current folder, if any. */
  readonly config: string | undefined
  /** `--base-config`: the configuration before the change, to tell which exemptions are new. */
  readonly baseConfig: string | undefined
  /** `--color` / `--no-color`; undefined: decide from the terminal and the environment. */
  readonly color: boolean | undefined
  readonly quiet: boolean
  /** `--allow-empty`: a path with no manifest the gate reads is a notice, not exit code 2. */
  readonly allowEmpty: boolean
}

export type Command =
  /** `requested` is false when the command is missing: the usage then goes to stderr with exit code 2. */
  | { readonly kind: 'help'; readonly topic: 'scan' | 'advisories' | undefined; readonly requested: boolean }
  | { readonly kind: 'version' }
  | { readonly kind: 'scan'; readonly arguments: ScanArguments }
  | { readonly kind: 'advisories'; readonly format: 'text' | 'json'; readonly config: string | undefined }

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'as-of': { type: 'string' },
  'fail-on': { type: 'string' },
  config: { type: 'string', short: 'c' },
  'base-config': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'allow-empty': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' }
} as const

type OptionName = keyof typeof OPTIONS

/** Which options each command takes (help and version go with any). */
const ACCEPTS: Readonly<Record<'scan' | 'advisories', readonly OptionName[]>> = {
  scan: ['format', 'output', 'as-of', 'fail-on', 'config', 'base-config', 'color', 'no-color', 'quiet', 'allow-empty'],
  advisories: ['format', 'config']
}

/**
 * Reads the command line into a command. Every mistake is a UsageError with a message that names
 * the option and what it expects; node's own parse errors never reach the user.
 */
export function parseArguments(argv: readonly string[]): Command {
  const args = [...argv]
  const { tokens } = parseArgs({ args, options: OPTIONS, strict: false, allowPositionals: true, tokens: true })
  const values = new Map<OptionName, string | boolean>()
  const positionals: string[] = []
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value)
    if (token.kind !== 'option') continue
    if (!Object.hasOwn(OPTIONS, token.name)) throw new UsageError(`unknown option '${token.rawName}'`)
    const name = token.name as OptionName
    if (OPTIONS[name].type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`option '${token.rawName}' takes no value`)
      values.set(name, true)
      // The later of --color and --no-color wins, as with any repeated option.
      if (name === 'color') values.delete('no-color')
      if (name === 'no-color') values.delete('color')
    } else {
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-') && token.value !== '-')) {
        throw new UsageError(`option '${token.rawName}' needs a value`)
      }
      values.set(name, token.value)
    }
  }

  const [command, ...rest] = positionals
  if (values.has('version')) return { kind: 'version' }
  if (command !== undefined && command !== 'scan' && command !== 'advisories' && command !== 'help') {
    throw new UsageError(`unknown command '${command}'; the commands are scan and advisories`)
  }
  if (command === 'help') return { kind: 'help', topic: helpTopic(rest[0]), requested: true }
  if (values.has('help') || command === undefined) {
    return { kind: 'help', topic: command, requested: values.has('help') }
  }

  for (const name of values.keys()) {
    if (!ACCEPTS[command].includes(name)) throw new UsageError(`option '--${name}' does not apply to '${command}'`)
  }
  const text = (name: OptionName): string | undefined => values.get(name) as string | undefined
  if (command === 'advisories') {
    if (rest.length > 0) throw new UsageError(`'advisories' takes no arguments, got '${rest[0]}'`)
    return { kind: 'advisories', format: choice('format', text('format'), ADVISORY_FORMATS, 'text'), config: text('config') }
  }
  return {
    kind: 'scan',
    arguments: {
      paths: rest,
      format: choice('format', text('format'), REPORT_FORMATS, 'text'),
      output: text('output'),
      asOf: text('as-of') === undefined ? undefined : calendarDate(text('as-of') as string),
      failOn: text('fail-on') === undefined ? undefined : choice('fail-on', text('fail-on'), FAIL_ON, 'error'),
      config: text('config'),
      baseConfig: text('base-config'),
      color: values.has('color') ? true : values.has('no-color') ? false : undefined,
      quiet: values.has('quiet'),
      allowEmpty: values.has('allow-empty')
    }
  }
}

function helpTopic(topic: string | undefined): 'scan' | 'advisories' | undefined {
  if (topic === undefined || topic === 'scan' || topic === 'advisories') return topic
  throw new UsageError(`unknown command '${topic}'; the commands are scan and advisories`)
}

function choice<T extends string>(name: OptionName, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  const found = choices.find(candidate => candidate === value)
  if (found === undefined) throw new UsageError(`invalid --${name} '${value}': expected ${orList(choices)}`)
  return found
}

/** `a, b or c` */
const orList = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) as string}`

/** A real calendar date: `2026-02-30` is refused rather than rolled over to March. */
export function calendarDate(value: string): string {
  if (parseEvaluationDay(value) === undefined) {
    throw new UsageError(`invalid --as-of '${value}': expected a calendar date YYYY-MM-DD, e.g. 2026-01-13`)
  }
  return value
}

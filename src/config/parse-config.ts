import { resolve } from 'node:path'
import type { SourceLocation } from '../model/source.js'
import { entryOf, isSeq, nodeAt, parseYaml, type YamlNode, type YamlPosition } from '../yaml/index.js'
import { ConfigFileError } from './config-error.js'
import { calendarDay } from './iso-time.js'
import { resourcePatternProblem } from './resource-pattern.js'
import { checkSchema, describePath, describeValue } from './schema.js'
import {
  DEFAULT_MAX_EXEMPTION_DAYS,
  DEFAULT_TAGS,
  type ConfiguredExemption,
  type ConfiguredPlan,
  type PolicyConfiguration,
  type RuleSetting
} from './types.js'
import { parseDeclaredWindow } from './window.js'

export interface ParseConfigurationOptions {
  /** How findings and errors name the file: relative to the scan root, `/` separated. */
  readonly file: string
  /** Absolute folder of the file: advisory paths are relative to it. */
  readonly directory: string
}

/** A configuration needs no deep nesting or many aliases; anything beyond is refused, located. */
const LIMITS = { maxDepth: 32, maxAliases: 50, maxAliasExpansion: 2_000, maxMergeKeys: 200 }

type Path = readonly (string | number)[]

/**
 * Parses and validates a policy configuration. YAML is read by the positioned parser (alias and depth
 * limits; mappings are null-prototype objects, so `__proto__` is an ordinary, unknown key), checked
 * against schemas/config.schema.json, then for what a schema cannot say (real dates, window syntax,
 * resource IDs, duplicates, conflicting settings). The first problem throws a ConfigFileError with the
 * file, line and column, and the shape expected.
 */
export function parseConfiguration(text: string, options: ParseConfigurationOptions): PolicyConfiguration {
  const parsed = parseYaml(text, LIMITS)
  const fail = (message: string, at: { readonly line: number; readonly column: number }): never => {
    throw new ConfigFileError(message, options.file, at.line, at.column)
  }
  const syntax = parsed.errors[0]
  if (syntax !== undefined) fail(`not valid YAML: ${syntax.message}`, syntax)
  const second = parsed.documents[1]
  if (second !== undefined) fail('the configuration must be one YAML document; found a second one', second.start)
  const root = parsed.documents[0]?.root
  const data = (root?.value ?? Object.create(null)) as Readonly<Record<string, unknown>>
  const problem = root === undefined ? undefined : checkSchema(data)
  if (problem !== undefined) fail(problem.message, positionOf(root, problem.path))
  const at = (path: Path): SourceLocation => ({ file: options.file, ...lineAndColumn(positionOf(root, path)) })
  // A list entry with the line it ends on: a diff that adds any of its lines changes it.
  const span = (path: Path): SourceLocation => ({ ...at(path), endLine: nodeAt(root, path)?.end.line ?? at(path).line })
  const check = (path: Path, message: string | undefined): void => {
    if (message !== undefined) fail(message, at(path))
  }

  const field = <T>(key: string): T | undefined => (Object.hasOwn(data, key) ? (data[key] as T) : undefined)
  const rules = readRules(field<Record<string, RuleSetting>>('rules'))
  if (field('platform-reboot') !== undefined && rules.has('platform-reboot-only')) {
    const message = 'rules.platform-reboot-only and platform-reboot both set how platform reboots are treated; keep one'
    fail(message, at(['rules', 'platform-reboot-only']))
  }
  if (field('unresolved') !== undefined && rules.has('indeterminate')) {
    const message = 'rules.indeterminate and unresolved both set how unresolved values are treated; keep one'
    fail(message, at(['rules', 'indeterminate']))
  }
  const rebootPlans = (field<Record<string, unknown>[]>('reboot-plans') ?? []).map((entry, index): ConfiguredPlan => {
    const path = ['reboot-plans', index]
    const resource = String(entry.resource)
    check([...path, 'resource'], problemWith(path, 'resource', resourcePatternProblem(resource)))
    const window = String(entry.window)
    const parsedWindow = parseDeclaredWindow(window)
    if ('problem' in parsedWindow) {
      fail(`${describePath([...path, 'window'])} is not a valid window: ${parsedWindow.problem}`, at([...path, 'window']))
    }
    return {
      label: describePath(path),
      resource,
      window,
      owner: String(entry.owner),
      ...ticketOf(entry),
      location: span(path),
      windowAt: at([...path, 'window'])
    }
  })
  const exemptions = (field<Record<string, unknown>[]>('exemptions') ?? []).map((entry, index): ConfiguredExemption => {
    const path = ['exemptions', index]
    const resource = String(entry.resource)
    const expires = String(entry.expires)
    check([...path, 'resource'], problemWith(path, 'resource', resourcePatternProblem(resource)))
    if (calendarDay(expires) === undefined) {
      const where = [...path, 'expires']
      fail(`${describePath(where)} must be a calendar date (YYYY-MM-DD), got ${describeValue(expires)}`, at(where))
    }
    return {
      label: describePath(path),
      resource,
      rule: String(entry.rule),
      reason: String(entry.reason),
      owner: String(entry.owner),
      expires,
      ...ticketOf(entry),
      location: span(path),
      expiresAt: at([...path, 'expires'])
    }
  })
  checkDuplicates(exemptions, fail)

  const tags = field<Record<string, string>>('reboot-window-tags') ?? {}
  const include = field<string[]>('include') ?? []
  const exclude = field<string[]>('exclude') ?? []
  include.forEach((glob, index) => check(['include', index], negationProblem('include', index, glob)))
  exclude.forEach((glob, index) => check(['exclude', index], negationProblem('exclude', index, glob)))
  return {
    file: options.file,
    ...optional('failOn', field<PolicyConfiguration['failOn']>('fail-on')),
    ...optional('platformReboot', field<PolicyConfiguration['platformReboot']>('platform-reboot')),
    ...optional('unresolved', field<PolicyConfiguration['unresolved']>('unresolved')),
    ...optional('hotpatchDefault', field<PolicyConfiguration['hotpatchDefault']>('hotpatch-default')),
    include: [...include],
    exclude: [...exclude],
    rules,
    tags: {
      window: Object.hasOwn(tags, 'window') ? (tags.window as string) : DEFAULT_TAGS.window,
      owner: Object.hasOwn(tags, 'owner') ? (tags.owner as string) : DEFAULT_TAGS.owner,
      ticket: Object.hasOwn(tags, 'ticket') ? (tags.ticket as string) : DEFAULT_TAGS.ticket
    },
    rebootPlans,
    exemptions,
    maxExemptionDays: field<number>('max-exemption-days') ?? DEFAULT_MAX_EXEMPTION_DAYS,
    ...optional('limits', limitsOf(field<{ instances?: number; 'evaluation-steps'?: number }>('limits'))),
    advisories: (field<string[]>('advisories') ?? []).map((path, index) => ({
      path,
      absolutePath: resolve(options.directory, path),
      location: at(['advisories', index])
    }))
  }
}

/**
 * A path glob written as a gitignore-style negation (`!infra/sandbox/prod.bicep`): the matcher has no negation,
 * so it would match only a path that starts with `!`, and leave the file it names in silence where it is.
 */
function negationProblem(key: 'include' | 'exclude', index: number, glob: string): string | undefined {
  if (!glob.startsWith('!')) return undefined
  const named = glob.slice(1)
  const instead =
    key === 'include'
      ? `to leave out ${named}, list it under exclude without the "!"`
      : `to scan ${named}, narrow the exclude globs so that none matches it`
  return `${describePath([key, index])} "${glob}" starts with "!", but negation is not supported (it would match only a path that starts with "!"); ${instead}`
}

/** The optional ticket (a text or a number in the file) as text. */
function ticketOf(entry: Readonly<Record<string, unknown>>): { ticket?: string } {
  const ticket = entry.ticket as string | number | undefined
  return ticket === undefined ? {} : { ticket: String(ticket) }
}

function readRules(rules: Record<string, RuleSetting> | undefined): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>()
  for (const key of Object.keys(rules ?? {})) settings.set(key, (rules as Record<string, RuleSetting>)[key] as RuleSetting)
  return settings
}

function problemWith(path: Path, key: string, problem: string | undefined): string | undefined {
  return problem === undefined ? undefined : `${describePath([...path, key])} ${problem}`
}

/** Two entries for the same resource and rule: one of them would silently win. */
function checkDuplicates(
  exemptions: readonly ConfiguredExemption[],
  fail: (message: string, at: { line: number; column: number }) => never
): void {
  const seen = new Map<string, string>()
  for (const exemption of exemptions) {
    const key = `${exemption.resource.toLowerCase()}\n${exemption.rule}`
    const first = seen.get(key)
    if (first !== undefined) {
      fail(`${exemption.label} repeats ${first} (the same resource and rule); merge them into one`, exemption.location)
    }
    seen.set(key, exemption.label)
  }
}

/** `limits:` as written (`evaluation-steps`) to the readers' budgets; undefined when not set. */
function limitsOf(limits: { instances?: number; 'evaluation-steps'?: number } | undefined): PolicyConfiguration['limits'] {
  if (limits === undefined) return undefined
  return {
    ...(limits.instances === undefined ? {} : { instances: limits.instances }),
    ...(limits['evaluation-steps'] === undefined ? {} : { steps: limits['evaluation-steps'] })
  }
}

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>)

/**
 * Where a path is written: a mapping value, and an unknown key, at the key (the line that names the
 * setting), a list item at the item; the nearest written ancestor when the path is not there.
 */
function positionOf(root: YamlNode | undefined, path: Path): YamlPosition {
  let node = root
  let position: YamlPosition = root?.start ?? { offset: 0, line: 1, column: 1 }
  for (const step of path) {
    if (node === undefined) break
    if (typeof step === 'number') {
      node = isSeq(node) ? node.items[step] : undefined
      if (node !== undefined) position = node.start
    } else {
      const entry = entryOf(node, step)
      node = entry?.value
      if (entry !== undefined) position = entry.keyNode.start
    }
  }
  return position
}

const lineAndColumn = (position: YamlPosition): { line: number; column: number } => ({
  line: position.line,
  column: position.column
})

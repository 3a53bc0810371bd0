import { readFileSync, statSync } from 'node:fs'
import { dirname, isAbsolute, posix, relative, sep } from 'node:path'
import { ConfigurationError } from '../errors.js'
import { loadAdvisory } from '../policy/load-advisory.js'
import { decodeText, Workspace, type TextResult } from '../workspace/workspace.js'
import { ConfigFileError } from '../config/config-error.js'
import { parseConfiguration } from '../config/parse-config.js'
import type { PolicyConfiguration } from '../config/types.js'
import { builtInAdvisories, type LoadedAdvisory } from './advisory-sources.js'

// This module validates against the configuration and advisory schemas (their validators, generated ahead of
// time by scripts/generate-validators.mjs, are ~90 KB of code): the action and the CLI
// import it only when there is a configuration file to read. What a run without one needs is here:
export { builtInAdvisories, type LoadedAdvisory } from './advisory-sources.js'
export { selectFiles } from './select-files.js'

/** A policy configuration file, read and validated, with the advisory files it adds. */
export interface LoadedConfiguration {
  readonly configuration: PolicyConfiguration
  /** The built-in advisories, then the configured ones. */
  readonly advisories: readonly LoadedAdvisory[]
}

export interface LoadOptions {
  /** The scan root: the configuration is named relative to it in findings. */
  readonly root: string
  /** When set (the action's workspace), the configuration and its advisories must be inside it. */
  readonly confine?: string
  /** Names a configuration outside the root (default: the process's working folder). */
  readonly cwd?: string
}

/** A configuration is a page of settings; anything much larger is a mistake. */
const MAX_CONFIG_BYTES = 1024 * 1024

/** The signature of loadConfigurationFile, for callers that import it dynamically. */
export type LoadConfigurationFile = (path: string, options: LoadOptions) => LoadedConfiguration

/** Reads, parses and validates a policy configuration file and the advisories it names. */
export function loadConfigurationFile(path: string, options: LoadOptions): LoadedConfiguration {
  const file = displayPath(path, options.root, options.cwd ?? process.cwd())
  const text = readText(path, options.confine)
  if (typeof text !== 'string') throw new ConfigurationError(`${file}${text.problem}`)
  const configuration = parseConfiguration(text, { file, directory: dirname(path) })
  const advisories = [...builtInAdvisories()]
  configuration.advisories.forEach((entry, index) => {
    const fail = (message: string): never => {
      const { line, column } = entry.location
      throw new ConfigFileError(`advisories[${index}] ${message}`, configuration.file, line, column)
    }
    const advisoryText = readText(entry.absolutePath, options.confine)
    // A relative path is read from the configuration's folder, not the working folder: say which (issue 13).
    const folder = posix.dirname(configuration.file)
    const from = isAbsolute(entry.path) ? '' : ` (relative to ${folder === '.' ? 'the scan root' : folder}, the configuration's folder)`
    if (typeof advisoryText !== 'string') fail(`cannot be read: ${entry.path}${from}${advisoryText.problem}`)
    const advisory = loadAdvisory(advisoryText as string, entry.path)
    const clash = advisories.find(loaded => loaded.advisory.id === advisory.id)
    if (clash !== undefined) fail(`${entry.path} has the id ${advisory.id}, which ${clash.source} already has`)
    advisories.push({ advisory, source: entry.path, builtIn: false })
  })
  return { configuration, advisories }
}

/**
 * The configuration's name in findings: relative to the scan root, `/` separated; a file outside the
 * root (a CLI `--config ../gate.yml`) is named from the working folder.
 */
function displayPath(path: string, root: string, cwd: string): string {
  const inRoot = relative(root, path)
  const fromCwd = relative(cwd, path)
  const name = isInside(inRoot) ? inRoot : isAbsolute(fromCwd) || fromCwd === '' ? path : fromCwd
  return name.split(sep).join('/')
}

const isInside = (rel: string): boolean => rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)

/** The text of a file, or a problem (`: no such file`) to append to its name. */
function readText(path: string, confine: string | undefined): string | { readonly problem: string } {
  let stats
  try {
    stats = statSync(path)
  } catch {
    return { problem: ': no such file' }
  }
  if (!stats.isFile()) return { problem: ': not a file' }
  if (stats.size > MAX_CONFIG_BYTES) return { problem: `: the file is over ${MAX_CONFIG_BYTES / 1024} KiB` }
  let result: TextResult
  if (confine === undefined) {
    result = decodeText(readFileSync(path))
  } else {
    const rel = relative(confine, path)
    const inside = isInside(rel)
    result = inside ? new Workspace(confine).readText(rel.split(sep).join('/')) : { ok: false, message: '', line: 0, column: 0 }
    // The workspace refuses paths that leave it, through `..` or a symbolic link.
    if (!inside || (!result.ok && result.line === 1 && result.message.includes('not found'))) {
      return { problem: `: the file must be inside ${confine}` }
    }
  }
  return result.ok ? result.text : { problem: `:${result.line}:${result.column}: ${result.message}` }
}

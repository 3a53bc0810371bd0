import { load } from 'js-yaml'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import type { Advisory } from './advisory.js'
import { locateYamlPath } from './yaml-locate.js'

/**
 * Checks an advisory's parsed data against schemas/advisory.schema.json and throws a located
 * ConfigurationError (src/policy/load-advisory.ts; it loads the schema's validator, so it is passed in, not imported).
 */
export type AdvisoryCheck = (data: unknown, text: string, source: string) => void

/**
 * Advisory texts shipped in the bundle, with their data as JSON when the bundler parsed them at build
 * time (esbuild.config.mjs). The test suite validates them against the schema, so they are not
 * validated again on every start (compiling the schema was most of the CLI's cold start), nor parsed
 * as YAML when the build already did (js-yaml's first parse costs 5-20 ms of every start).
 */
const shippedTexts = new Map<string, string | undefined>()

/** Marks an advisory text as shipped with the tool (src/policy/advisories/), with its data as JSON if known. */
export function registerShippedAdvisory(text: string, dataJson?: string): void {
  shippedTexts.set(text, dataJson ?? shippedTexts.get(text))
}

/** Whether a text is one of the advisories shipped with the tool. */
export function isShippedAdvisory(text: string): boolean {
  return shippedTexts.has(text)
}

/**
 * Parses an advisory file, runs `check` on the data when given, and checks the disruption window.
 * Throws a ConfigurationError that names the file and the line of the offending field. Aliases are
 * refused (`maxAliases: 0`): an advisory never needs them and they are how YAML bombs are built.
 */
export function readAdvisory(text: string, source: string, check?: AdvisoryCheck): Advisory {
  const built = shippedTexts.get(text)
  // A fresh copy each time, as a parse gives: callers may keep or change what they get.
  const data = built === undefined ? parseYaml(text, source) : (JSON.parse(built) as unknown)
  check?.(data, text, source)
  const advisory = data as Advisory
  if (advisory.disruption.start > advisory.disruption.end) {
    const position = locateYamlPath(text, ['disruption', 'end']) ?? { line: 1, column: 1 }
    throw new ConfigurationError('advisory disruption.end is before disruption.start', { file: source, ...position })
  }
  return advisory
}

function parseYaml(text: string, source: string): unknown {
  try {
    return load(text, { filename: source, maxAliases: 0 })
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark
    const reason = (error as { reason?: unknown }).reason
    const message = typeof reason === 'string' ? reason : getErrorMessage(error)
    throw new ConfigurationError(`advisory is not valid YAML: ${message}`, {
      file: source,
      line: (mark?.line ?? 0) + 1,
      column: (mark?.column ?? 0) + 1
    })
  }
}

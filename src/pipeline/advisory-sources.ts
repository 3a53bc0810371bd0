import { BUILT_IN_ADVISORY_FILES } from '../policy/advisories/index.js'
import type { Advisory } from '../policy/advisory.js'
import { readAdvisory } from '../policy/read-advisory.js'

/** An advisory in force and the file it was read from. */
export interface LoadedAdvisory {
  readonly advisory: Advisory
  /** The built-in file's path in this repository, or the configured file as the configuration names it. */
  readonly source: string
  readonly builtIn: boolean
}

/**
 * The advisories bundled with the tool, with their files. Apart from src/pipeline/load-configuration.ts
 * (which loads the schema validators) so that a run without a configuration file never loads them.
 */
export function builtInAdvisories(): LoadedAdvisory[] {
  return BUILT_IN_ADVISORY_FILES.map(file => ({
    advisory: readAdvisory(file.text, file.source),
    source: file.source,
    builtIn: true
  }))
}

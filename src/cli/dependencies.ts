import { builtInAdvisories, type LoadedAdvisory } from '../pipeline/advisory-sources.js'
import type { LoadConfigurationFile } from '../pipeline/load-configuration.js'
import { selectFiles } from '../pipeline/select-files.js'
import type { Advisory } from '../policy/advisory.js'
import { getBuiltInAdvisories } from '../policy/advisories/index.js'
import { rules } from '../policy/rules/index.js'
import type { RuleMeta } from '../policy/types.js'
import { scan, type ScanOptions, type ScanResult } from '../scan.js'
import type { FailOn } from '../gate/verdict.js'

/** What a policy configuration file sets for the CLI. */
export interface CliConfiguration
  extends Partial<Pick<ScanOptions, 'advisories' | 'hotpatchDefault' | 'configuration' | 'select'>> {
  /** The configuration's `fail-on`; `--fail-on` wins. */
  readonly failOn?: FailOn
  /** The advisories in force with the files they come from, for `advisories`. */
  readonly advisorySources?: readonly LoadedAdvisory[]
}

/** What the CLI runs on, injectable so that tests can hand it scan results. */
export interface CliDependencies {
  readonly scan: (options: ScanOptions) => Promise<ScanResult>
  /** Every rule, for the SARIF rule descriptors (rules without findings included). */
  readonly rules: () => readonly RuleMeta[]
  /** The advisories in force. */
  readonly advisories: () => readonly Advisory[]
  /** The built-in advisories with their files, for `advisories`. */
  readonly advisorySources?: () => readonly LoadedAdvisory[]
  /**
   * Reads a policy configuration file (`--config`, absolute) for a scan of `root`, run from `cwd`. Absent:
   * `--config` is refused rather than silently ignored, and no default file is looked for.
   */
  /** `confine`: the folder the file and its advisories must be in (a configuration found there, not one named). */
  readonly loadConfiguration?: (file: string, root: string, cwd: string, confine?: string) => Promise<CliConfiguration>
}

export const defaultDependencies: CliDependencies = {
  scan,
  rules: () => rules.map(rule => rule.meta),
  advisories: getBuiltInAdvisories,
  advisorySources: builtInAdvisories,
  // The configuration reader and its schema validators (~90 KB): imported only when `--config` names a file.
  loadConfiguration: async (file, root, cwd, confine) =>
    readCliConfiguration((await import('../pipeline/load-configuration.js')).loadConfigurationFile, file, root, cwd, confine)
}

function readCliConfiguration(load: LoadConfigurationFile, file: string, root: string, cwd: string, confine?: string): CliConfiguration {
  const { configuration, advisories } = load(file, { root, cwd, ...(confine !== undefined && { confine }) })
  const select = selectFiles(configuration)
  return {
      configuration,
      advisories: advisories.map(entry => entry.advisory),
      advisorySources: advisories,
      ...(configuration.hotpatchDefault !== undefined && { hotpatchDefault: configuration.hotpatchDefault }),
      ...(configuration.failOn !== undefined && { failOn: configuration.failOn }),
      ...(select !== undefined && { select })
  }
}

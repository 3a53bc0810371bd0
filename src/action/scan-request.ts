import type { PolicyConfiguration } from '../config/types.js'
import type { ScanRequest } from '../model/scan-request.js'
import type { Settings } from '../settings.js'
import { annotate } from './annotations.js'
import { isManifestName } from '../workspace/manifest-names.js'
import { repositoryPath } from './repository-checkout.js'
import type { ChangeListing } from './resolve-scope.js'

/** How many changed manifests the outside-`path` warning names before it counts the rest. */
export const OUTSIDE_PATH_NAMED = 10

/**
 * What the action was asked to scan, for rule nothing-scanned: the `path` input's paths, after the
 * configuration's include/exclude globs when it has any (they can leave a path with nothing to read).
 */
export function actionScanRequest(
  settings: Pick<Settings, 'requestedPaths' | 'allowEmpty'>,
  configuration: Pick<PolicyConfiguration, 'file' | 'include' | 'exclude'> | undefined
): ScanRequest {
  const filtered = configuration !== undefined && configuration.include.length + configuration.exclude.length > 0
  return {
    origin: filtered ? `the \`path\` input, after the include/exclude globs of ${configuration.file}` : 'the `path` input',
    paths: settings.requestedPaths,
    allowEmpty: settings.allowEmpty,
    accept: 'Set `allow-empty: true` if that is expected.',
    setting: '`allow-empty: true`'
  }
}

/**
 * A change to manifests the gate does not scan is easy to miss (a `path` left behind when manifests
 * move): one `::warning::` names them, up to OUTSIDE_PATH_NAMED, then counts the others.
 */
export function warnManifestsOutsidePaths(listing: ChangeListing, paths: readonly string[], repositoryFolder = ''): void {
  const message = outsidePathsWarning(listing, paths, repositoryFolder)
  // The pull request's file names are its author's text: annotate cleans them.
  if (message !== undefined) annotate('warning', message)
}

/**
 * The warning's text, or undefined when every changed manifest is below a scanned path. `paths` are the
 * workspace's (as the `path` input names them); the change set's files are the repository's, which is checked
 * out in `repositoryFolder` of the workspace (`''`: at its top).
 */
export function outsidePathsWarning(listing: ChangeListing, paths: readonly string[], repositoryFolder = ''): string | undefined {
  const scanned = paths.flatMap(path => repositoryPath(repositoryFolder, path) ?? [])
  if (listing.changes === undefined || scanned.includes('.')) return undefined
  const below = (file: string): boolean => scanned.some(path => file === path || file.startsWith(`${path}/`))
  const outside = [...new Set(listing.changes.files.map(file => file.path))].filter(
    file => isManifestName(file) && !below(file)
  )
  if (outside.length === 0) return undefined
  const named = outside.slice(0, OUTSIDE_PATH_NAMED).join(', ')
  const more = outside.length > OUTSIDE_PATH_NAMED ? ` and ${outside.length - OUTSIDE_PATH_NAMED} more` : ''
  const change = listing.change.charAt(0).toUpperCase() + listing.change.slice(1)
  const count = outside.length === 1 ? '1 manifest' : `${outside.length} manifests`
  return (
    `${change} changes ${count} outside \`path\` (${paths.join(' ')}), which the gate does not check: ` +
    `${named}${more}. Add their folder to \`path\` if they should be checked.`
  )
}

import { posix } from 'node:path'
import type { Traced } from '../expressions/trace.js'
import type { ParameterSource } from './template-scope.js'

/**
 * Where a template's `_artifactsLocation` points while it is read: a URL of its own folder under a host that names
 * nothing (`.invalid` is reserved), so that a `templateLink.uri` built from it (`[uri(parameters('_artifactsLocation'),
 * 'nested/vm.json')]`, `[concat(parameters('_artifactsLocation'), '/nested/vm.json', parameters('_artifactsLocationSasToken'))]`)
 * evaluates to a URL this reader maps back to the file in the scanned folder (`artifactsPath`). That is what the
 * parameter means (the ARM template test toolkit's convention, which the quickstart templates follow): the base URI
 * where the template's folder, its linked templates among it, is staged for the deployment, whatever the URL a
 * parameter file or a default gives (a raw GitHub URL, a storage account a deployment script uploads the folder to).
 */
const ARTIFACTS_HOST = 'https://artifacts.invalid/'

/**
 * The URL a template is deployed from, `deployment().properties.templateLink.uri`: its file under the same host,
 * so that a link built from it (`[uri(deployment().properties.templateLink.uri, 'nested/vm.json')]`, Microsoft's
 * linked-template docs' form, and Enterprise-Scale's) maps back to the file beside it, as one from `_artifactsLocation`
 * does. The file's URL, not its folder's: `uri()` replaces the base's last segment (expressions/functions/strings.ts).
 */
export const templateUrl = (templateFile: string): string => `${ARTIFACTS_HOST}${templateFile}`

/** The parameter, lower-cased: the toolkit's `_artifactsLocation`, and `artifactsLocation` as older samples spell it. */
const LOCATIONS = new Set(['_artifactslocation', 'artifactslocation'])
const SAS_TOKENS = new Set(['_artifactslocationsastoken', 'artifactslocationsastoken'])

/**
 * A template's parameters with `_artifactsLocation` as the URL of the template's folder and its SAS token empty:
 * `always` for a template the scan reads as a deployment of its own (whatever its parameter file says), else only
 * when `source` does not supply them (a linked template is passed the linking deployment's, as the quickstart
 * templates do, and takes its own folder's otherwise, as its default `deployment().properties.templateLink.uri` does).
 */
export function withArtifactsLocation(source: ParameterSource, templateFile: string, always: boolean): ParameterSource {
  const folder = templateFile.slice(0, templateFile.lastIndexOf('/') + 1)
  const location: Traced = { value: `${ARTIFACTS_HOST}${folder}`, trace: { origin: 'expression', detail: '_artifactsLocation', via: [] } }
  const token: Traced = { value: '', trace: { origin: 'expression', detail: '_artifactsLocationSasToken', via: [] } }
  return {
    supplied: name => {
      const lower = name.toLowerCase()
      if (!LOCATIONS.has(lower) && !SAS_TOKENS.has(lower)) return source.supplied(name)
      return (always ? undefined : source.supplied(name)) ?? (LOCATIONS.has(lower) ? location : token)
    },
    missingReason: name => source.missingReason(name)
  }
}

/**
 * The scanned file a `templateLink.uri` built from `_artifactsLocation` names (root-relative), or undefined when
 * the URI is another one, or leads out of the scanned folder. Its query (a SAS token) is not part of the path.
 */
export function artifactsPath(uri: unknown): string | undefined {
  const path = artifactsWritten(uri)
  return path === undefined || path === '' || path === '.' || path === '..' || path.startsWith('../') || path.endsWith('/') ? undefined : path
}

/**
 * The root-relative path a URL under the artifacts host gives, normalized, whether or not it names a file of the
 * scanned folder (`../shared/vm.json` leads out of it), or undefined for another value.
 */
export function artifactsWritten(uri: unknown): string | undefined {
  if (typeof uri !== 'string' || !uri.startsWith(ARTIFACTS_HOST)) return undefined
  const end = uri.search(/[?#]/)
  return posix.normalize(uri.slice(ARTIFACTS_HOST.length, end < 0 ? uri.length : end)).replace(/^\/+/, '')
}

import type { AzureScope, DeploymentUnit } from '../../model/resources.js'
import { absent, known, type SourceLocation, type Sourced } from '../../model/source.js'
import { intern } from '../../model/intern.js'
import { folderOf } from '../../model/paths.js'
import { unitValue } from '../../model/unit-values.js'

/**
 * A deployment unit, located where the reader learnt it (the entry file, the root module, the plan).
 * Its origin is `literal`: the layout of the manifests says it, nothing is assumed.
 */
export function deploymentUnit(
  kind: DeploymentUnit['kind'],
  key: string,
  at: SourceLocation,
  path?: string,
  environment?: string
): Sourced<DeploymentUnit> {
  const value = unitValue(kind, key, path, environment)
  // Readers ask again for each resource of a unit at one location object (a Terraform root module's file):
  // the same value is given back (values are read-only), as `absent` does.
  if (lastUnit.value !== value || lastUnit.location !== at) lastUnit = known(value, at)
  return lastUnit
}

/** The last unit value made (see `deploymentUnit`); at first one no reader asks for. */
let lastUnit: Sourced<DeploymentUnit> = { value: undefined, origin: 'absent', location: { file: '', line: 1, column: 1 } }

/** ARM and Bicep templates of one folder are one deployment (see DeploymentUnit). */
export const templateDeployment = (
  entryFile: string,
  at: SourceLocation,
  path?: string,
  parameterFile?: string
): Sourced<DeploymentUnit> =>
  // One key string for the resources of a folder (the model keeps one per resource).
  deploymentUnit('template-deployment', intern(`azure-deployment:${folderOf(entryFile)}`), at, path, parameterFile && environmentOf(parameterFile, entryFile))

const EXTENSION = /\.(?:jsonc?|bicepparam|bicep)$/i
const PARAMETERS_WORD = /^param(?:eter)?s?$/i

/**
 * The environment a template's parameter file names: what its name adds to its template's and to
 * `parameters` (`app.parameters.prod.json`, `win.vm.parameters.prod.json`, `main.prod.bicepparam`,
 * `vm-prod.bicepparam`: `prod`), or '' when it adds nothing (`vm.parameters.json`, `main.bicepparam`): an
 * environment of its own, never a wildcard. Two templates' files deploy together when they name the same.
 */
export function environmentOf(parameterFile: string, entryFile: string): string {
  const name = (path: string): string => path.slice(path.lastIndexOf('/') + 1).replace(EXTENSION, '').toLowerCase()
  const stem = name(entryFile)
  const file = name(parameterFile)
  // The template's own name, then what the file adds after a separator (`.`, `-`, `_`).
  const rest = file.startsWith(stem) && /^(?:$|[._-])/.test(file.slice(stem.length)) ? file.slice(stem.length) : file
  return rest
    .split(/[._-]/)
    .filter(word => word !== '' && !PARAMETERS_WORD.test(word))
    .join('.')
}

/**
 * A scope from what the reader knows of the resource group (a name, or a Sourced value) and of the subscription
 * (absent, the one the deployment runs against, unless the reader gives one; `handle` when it is unresolved but
 * shared, AzureScope.subscriptionHandle; `runsAgainst` when it is absent but written, AzureScope.runsAgainst). `none`: an absent value at `at` the reader already holds (the resource's
 * own), shared rather than made again: the model keeps one scope per resource, and both of its absent values are equal.
 */
export function azureScope(
  resourceGroup: Sourced<string> | string | undefined,
  at: SourceLocation,
  none: Sourced<never> = absent(at),
  subscription: Sourced<string> = none,
  handle?: string,
  runsAgainst?: string
): AzureScope {
  const group = resourceGroup === undefined ? none : typeof resourceGroup === 'string' ? known(resourceGroup, at) : resourceGroup
  if (runsAgainst !== undefined) return { subscription, resourceGroup: group, runsAgainst }
  return handle === undefined ? { subscription, resourceGroup: group } : { subscription, resourceGroup: group, subscriptionHandle: handle }
}

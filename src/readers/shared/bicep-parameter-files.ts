import { PARAMETER_FILE_NAME, pairingFolderOf, templateStemOf, templateStemsOf } from './parameter-file-name.js'

const BICEP_TEMPLATE = /\.bicep$/i

/**
 * The Bicep template that a JSON parameter file deploys, or undefined. Bicep templates are deployed with JSON
 * parameter files as often as with `.bicepparam` ones (`az deployment group create --template-file main.bicep
 * --parameters main.parameters.json`; the Azure Developer CLI's `infra/main.parameters.json`). The template is
 * in the parameter file's folder, or in the folder above one of parameter files (`parameters/`:
 * parameter-file-name.ts). Decided from the names of that folder's files (and, for an ARM template a name
 * points at, whether `bicep build` wrote it), so that the ARM reader, which claims the file, and the Bicep
 * reader, which applies it, agree without reading each other's files:
 * - `X.parameters.json` and `X.parameters.<env>.json` (or `X.params.json`, ...: parameter-file-name.ts) deploy
 *   `X.bicep`, and `X.<variant>.parameters.json` does too when no template is named `X.<variant>`;
 * - any other parameter file deploys the folder's only Bicep template (or its `main.bicep`, when it has several:
 *   the others are its modules, by convention), unless the file its name points at
 *   is in the folder (`azuredeploy.parameters.json` beside `azuredeploy.json`: that ARM template takes it),
 *   and was not built from that Bicep template (`isBuildOutput`: the quickstart templates keep
 *   `azuredeploy.json` built from `main.bicep`, and the ARM reader reads the source instead).
 *
 * `names`: the names of the files directly in the template's folder (`pairingFolderOf`).
 */
export function bicepTemplateOf(parameterFile: string, names: readonly string[], isBuildOutput: (path: string) => boolean = () => false): string | undefined {
  const folder = pairingFolderOf(parameterFile)
  const stem = templateStemOf(parameterFile.slice(parameterFile.lastIndexOf('/') + 1))
  if (stem === undefined) return undefined
  const lowerCased = names.map(name => name.toLowerCase())
  for (const name of stem === '' ? [] : templateStemsOf(stem)) {
    const bicep = lowerCased.indexOf(`${name}.bicep`)
    if (bicep >= 0) return folder + (names[bicep] as string)
    const arm = lowerCased.indexOf(`${name}.json`)
    // An ARM template the name points at takes the file, unless bicep built it (its source is read instead).
    if (arm >= 0) return isBuildOutput(folder + (names[arm] as string)) ? fallback(folder, names) : undefined
  }
  const templateJson = stem === '' ? lowerCased.indexOf('template.json') : -1
  if (templateJson >= 0 && !isBuildOutput(folder + (names[templateJson] as string))) return undefined
  return fallback(folder, names)
}

/** The folder's only Bicep template, or its `main.bicep` when it has several (the others are its modules, by convention). */
function fallback(folder: string, names: readonly string[]): string | undefined {
  const templates = names.filter(name => BICEP_TEMPLATE.test(name))
  const template = templates.length === 1 ? templates[0] : templates.find(name => name.toLowerCase() === 'main.bicep')
  return template === undefined ? undefined : folder + template
}

/**
 * The JSON parameter files that deploy a Bicep template (`bicepTemplateOf`), in path order: among `names`, the
 * files of its folder, and `apart`, the paths of the files in its parameter folders.
 */
export function parameterFilesOf(
  template: string,
  names: readonly string[],
  isBuildOutput?: (path: string) => boolean,
  apart: readonly string[] = []
): string[] {
  const folder = template.slice(0, template.lastIndexOf('/') + 1)
  const deploys = (path: string): boolean => PARAMETER_FILE_NAME.test(path.slice(path.lastIndexOf('/') + 1)) && bicepTemplateOf(path, names, isBuildOutput) === template
  return [...names.map(name => folder + name), ...apart].filter(deploys).sort()
}

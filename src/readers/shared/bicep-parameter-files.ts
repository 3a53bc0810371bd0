import { PARAMETER_FILE_NAME, templateStemOf } from './parameter-file-name.js'

const BICEP_TEMPLATE = /\.bicep$/i

/**
 * The Bicep template of its folder that a JSON parameter file deploys, or undefined. Bicep templates are
 * deployed with JSON parameter files as often as with `.bicepparam` ones (`az deployment group create
 * --template-file main.bicep --parameters main.parameters.json`; the Azure Developer CLI's
 * `infra/main.parameters.json`). Decided from the names of the folder's files (and, for an ARM template
 * a name points at, whether `bicep build` wrote it), so that the ARM reader, which claims the file, and the
 * Bicep reader, which applies it, agree without reading each other's files:
 * - `X.parameters.json` and `X.parameters.<env>.json` (or `X.params.json`, ...: parameter-file-name.ts) deploy `X.bicep`;
 * - any other parameter file deploys the folder's only Bicep template (or its `main.bicep`, when it has several:
 *   the others are its modules, by convention), unless the file its name points at
 *   is in the folder (`azuredeploy.parameters.json` beside `azuredeploy.json`: that ARM template takes it),
 *   and was not built from that Bicep template (`isBuildOutput`: the quickstart templates keep
 *   `azuredeploy.json` built from `main.bicep`, and the ARM reader reads the source instead).
 *
 * `names`: the names of the files directly in the parameter file's folder.
 */
export function bicepTemplateOf(parameterFile: string, names: readonly string[], isBuildOutput: (path: string) => boolean = () => false): string | undefined {
  const slash = parameterFile.lastIndexOf('/')
  const folder = parameterFile.slice(0, slash + 1)
  const stem = templateStemOf(parameterFile.slice(slash + 1))
  if (stem === undefined) return undefined
  const lowerCased = names.map(name => name.toLowerCase())
  if (stem !== '') {
    const named = lowerCased.indexOf(`${stem}.bicep`)
    if (named >= 0) return folder + (names[named] as string)
  }
  const templates = names.filter(name => BICEP_TEMPLATE.test(name))
  // Several: `main.bicep` is the entry by convention (the others its modules), as `az deployment` samples deploy.
  const template = templates.length === 1 ? templates[0] : templates.find(name => name.toLowerCase() === 'main.bicep')
  if (template === undefined) return undefined
  const named = lowerCased.indexOf(stem === '' ? 'template.json' : `${stem}.json`)
  return named >= 0 && !isBuildOutput(folder + (names[named] as string)) ? undefined : folder + template
}

/** The JSON parameter files among a folder's files that deploy a Bicep template (`bicepTemplateOf`), in name order. */
export function parameterFilesOf(template: string, names: readonly string[], isBuildOutput?: (path: string) => boolean): string[] {
  const folder = template.slice(0, template.lastIndexOf('/') + 1)
  return names
    .filter(name => PARAMETER_FILE_NAME.test(name) && bicepTemplateOf(folder + name, names, isBuildOutput) === template)
    .sort()
    .map(name => folder + name)
}

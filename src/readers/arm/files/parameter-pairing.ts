import { templateStemOf } from '../../shared/parameter-file-name.js'
import { fileName, folderOf } from './arm-files.js'

/**
 * Which parameter files deploy which template, among files of the same folder:
 * `X.parameters.json` and `X.parameters.<env>.json` go with `X.json` (so
 * `azuredeploy.parameters.json` with `azuredeploy.json`), `parameters[.<env>].json` with
 * `template.json`, and any other parameter file with the folder's only template. Parameter files
 * that fit no template (a Bicep project's, say) are left out.
 */
export function pairParameterFiles(templates: readonly string[], parameterFiles: readonly string[]): Map<string, string[]> {
  const pairs = new Map<string, string[]>(templates.map(template => [template, []]))
  const templatesByFolder = new Map<string, string[]>()
  for (const template of templates) templatesByFolder.set(folderOf(template), [...(templatesByFolder.get(folderOf(template)) ?? []), template])
  for (const parameterFile of parameterFiles) {
    const folder = folderOf(parameterFile)
    const candidates = templatesByFolder.get(folder) ?? []
    const named = templateNameFor(fileName(parameterFile))
    const template = candidates.find(candidate => fileName(candidate).toLowerCase() === named) ?? (candidates.length === 1 ? candidates[0] : undefined)
    if (template !== undefined) pairs.get(template)?.push(parameterFile)
  }
  return pairs
}

/** The template file name a parameter file's name points at (lower-cased). */
function templateNameFor(parameterFileName: string): string | undefined {
  const stem = templateStemOf(parameterFileName)
  if (stem === undefined) return undefined
  return stem === '' ? 'template.json' : `${stem}.json`
}

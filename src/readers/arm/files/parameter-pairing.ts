import { pairingFolderOf, templateStemOf, templateStemsOf } from '../../shared/parameter-file-name.js'
import { fileName, folderPrefixOf } from '../../../model/paths.js'

/**
 * Which parameter files deploy which template, among the files of the template's folder and of its
 * parameter folder (`parameters/`, parameter-file-name.ts): `X.parameters.json` and `X.parameters.<env>.json`
 * go with `X.json` (so `azuredeploy.parameters.json` with `azuredeploy.json`), as does `X.<variant>.parameters.json`
 * when no template is named `X.<variant>`; `parameters[.<env>].json` goes with `template.json`, and any other
 * parameter file with the folder's only template. Parameter files that fit no template (a Bicep project's, say)
 * are left out.
 */
export function pairParameterFiles(templates: readonly string[], parameterFiles: readonly string[]): Map<string, string[]> {
  const pairs = new Map<string, string[]>(templates.map(template => [template, []]))
  const templatesByFolder = new Map<string, string[]>()
  for (const template of templates) templatesByFolder.set(folderPrefixOf(template), [...(templatesByFolder.get(folderPrefixOf(template)) ?? []), template])
  for (const parameterFile of parameterFiles) {
    const candidates = templatesByFolder.get(pairingFolderOf(parameterFile)) ?? []
    const template = namedTemplate(candidates, fileName(parameterFile)) ?? (candidates.length === 1 ? candidates[0] : undefined)
    if (template !== undefined) pairs.get(template)?.push(parameterFile)
  }
  return pairs
}

/** The template a parameter file's name points at (longest name first), among a folder's templates. */
function namedTemplate(candidates: readonly string[], parameterFileName: string): string | undefined {
  const stem = templateStemOf(parameterFileName)
  if (stem === undefined) return undefined
  const names = stem === '' ? ['template.json'] : templateStemsOf(stem).map(name => `${name}.json`)
  for (const name of names) {
    const template = candidates.find(candidate => fileName(candidate).toLowerCase() === name)
    if (template !== undefined) return template
  }
  return undefined
}

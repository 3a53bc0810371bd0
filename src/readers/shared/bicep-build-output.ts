import type { Workspace } from '../../workspace/workspace.js'

/** `"metadata": { "_generator": { "name": "bicep", ... } }`, which `bicep build` writes near the top of a template. */
export const BICEP_GENERATOR = /"_generator"\s*:\s*\{\s*"name"\s*:\s*"bicep"/

/** How far into a template the generator metadata is looked for. */
const HEAD = 4096

/** Whether the text of a JSON template was written by `bicep build`. */
export const builtByBicep = (text: string): boolean => BICEP_GENERATOR.test(text.slice(0, HEAD))

/** Whether a file of the workspace is a template `bicep build` wrote. */
export function isBicepBuildOutput(workspace: Pick<Workspace, 'readText'>, path: string): boolean {
  const text = workspace.readText(path)
  return text.ok && builtByBicep(text.text)
}

/** The `.bicep` of a build output's own name beside it (`main.bicep` for `main.json`), whose build it is. */
export function bicepTwinOf(path: string, names: readonly string[]): string | undefined {
  const folder = path.slice(0, path.lastIndexOf('/') + 1)
  const twin = path.slice(folder.length).replace(/\.json$/i, '.bicep').toLowerCase()
  const source = names.find(name => name.toLowerCase() === twin)
  return source === undefined ? undefined : folder + source
}

/** The folder's only Bicep template, if it has exactly one. */
export function onlyBicepTemplate(path: string, names: readonly string[]): string | undefined {
  const templates = names.filter(name => /\.bicep$/i.test(name))
  return templates.length === 1 ? path.slice(0, path.lastIndexOf('/') + 1) + (templates[0] as string) : undefined
}

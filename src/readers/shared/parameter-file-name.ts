/**
 * The names of JSON parameter files, for ARM templates and Bicep templates alike: `parameters.json`,
 * `azuredeploy.parameters.json`, `main.parameters.prod.json`, and the shorter spellings repositories use
 * beside `main.bicep` (`param.json`, `params.json`, `main.params.dev.json`; `az deployment group create
 * --parameters` takes any name). Group 1 is the name of the template it points at (`azuredeploy`, or
 * empty). Tested against a file name, not a path.
 */
export const PARAMETER_FILE_NAME = /^(.*?)(?:^|\.)(?:parameters|params?)(?:\.[^./]+)?\.json$/i

/** The name of the template a parameter file's name points at, lower-cased (empty: none), or undefined when it is not a parameter file name. */
export function templateStemOf(fileName: string): string | undefined {
  const match = PARAMETER_FILE_NAME.exec(fileName)
  return match === null ? undefined : (match[1] as string).toLowerCase()
}

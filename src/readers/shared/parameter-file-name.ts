/**
 * The names of JSON parameter files, for ARM templates and Bicep templates alike: `parameters.json`,
 * `azuredeploy.parameters.json`, `main.parameters.prod.json` (`hub.parameters.az.all.json`: an environment of several
 * parts), and the shorter spellings repositories use
 * beside `main.bicep` (`param.json`, `params.json`, `main.params.dev.json`; `az deployment group create
 * --parameters` takes any name). Group 1 is the name of the template it points at (`azuredeploy`, or
 * empty). Tested against a file name, not a path.
 */
export const PARAMETER_FILE_NAME = /^(.*?)(?:^|\.)(?:parameters|params?)(?:\.[^./]+)*\.json$/i

/** The name of the template a parameter file's name points at, lower-cased (empty: none), or undefined when it is not a parameter file name. */
export function templateStemOf(fileName: string): string | undefined {
  const match = PARAMETER_FILE_NAME.exec(fileName)
  return match === null ? undefined : (match[1] as string).toLowerCase()
}

/**
 * The template names a parameter file's stem may point at, longest first: the whole stem, then without its
 * last `.` part, and so on (`vm.managedidentity` from `vm.managedIdentity.parameters.all.json`: `vm.managedidentity`,
 * then `vm`). Repositories name a template's variants after it (the ALZ-Bicep modules:
 * `roleAssignmentManagementGroup.securityGroup.parameters.min.json` beside `roleAssignmentManagementGroup.bicep`);
 * a template that has the longer name still wins.
 */
export function templateStemsOf(stem: string): string[] {
  const stems: string[] = []
  for (let end = stem.length; end > 0; end = stem.lastIndexOf('.', end - 1)) stems.push(stem.slice(0, end))
  return stems
}

/**
 * Names of a folder that holds a template's parameter files apart from it, the folder above
 * (`vm/main.bicep` with `vm/parameters/prod.parameters.json`: the ALZ-Bicep layout, and many a platform
 * repository's). Compared as written: a scan lists folders by their names on disk.
 */
export const PARAMETER_FOLDERS: readonly string[] = ['parameters', 'Parameters', 'params']

/**
 * The folder whose templates a parameter file may deploy, `/`-ended ('' at the root): its own, or the one
 * above when it is in a folder of PARAMETER_FOLDERS.
 */
export function pairingFolderOf(parameterFile: string): string {
  const folder = parameterFile.slice(0, parameterFile.lastIndexOf('/') + 1)
  const above = folder.lastIndexOf('/', folder.length - 2)
  return PARAMETER_FOLDERS.includes(folder.slice(above + 1, -1)) ? folder.slice(0, above + 1) : folder
}

import type { ParseError, VirtualMachine } from '../../../model/resources.js'
import { known } from '../../../model/source.js'
import { azureScope, templateDeployment } from '../../shared/units.js'
import { collectInputs, hotpatchSignals, unreadCallAsVm, type UnreadInput } from '../../shared/unread-module.js'
import type { JsonDocument } from '../json/json-document.js'
import { isJsonObject, jsonMemberValue } from '../json/json-value.js'
import type { ParameterFile } from '../template/parameter-sources.js'
import { ARM_INPUTS } from './unread-template.js'
import { pairingFolderOf } from '../../shared/parameter-file-name.js'

/**
 * A parameter file that pairs with no template of its folder, ARM or Bicep (shared/bicep-parameter-files.ts:
 * one of several Bicep templates its name does not point at, or a template kept elsewhere). Its values were
 * applied to nothing, without a word, so a file that sets `enableHotpatching: true` left its VM judged with
 * the template's default. Now a located notice says so, or, when its values carry a hotpatch signal, an
 * indeterminate VM, as an unread linked template is.
 */
export function unpairedParameterFile(parameterFile: ParameterFile, document: JsonDocument): VirtualMachine | ParseError {
  const { file, parameters } = parameterFile
  const inputs: UnreadInput[] = []
  for (const name of Object.keys(parameters)) {
    const entry = jsonMemberValue(parameters, name)
    if (!isJsonObject(entry)) continue
    const value = jsonMemberValue(entry, 'value')
    if (value !== undefined) collectInputs(ARM_INPUTS, name, value, document.locate(['parameters', name, 'value']), inputs)
  }
  const signals = hotpatchSignals(inputs)
  const at = document.locate([])
  const why = `parameter file ${file} pairs with no template of ${folderWords(file)} (by its name, or as the folder's only ARM or Bicep template), so its values are applied to nothing here`
  const judge = `run what-if for the deployment it feeds (az deployment group what-if --parameters ${file} --no-pretty-print) and scan the result`
  if (signals === undefined) return { file, line: at.line, column: at.column, message: `${why}; ${judge}`, severity: 'notice' }
  return unreadCallAsVm(
    {
      format: 'arm',
      displayName: `parameter file ${file}`,
      symbol: `${file}#parameters`,
      at,
      why,
      judge: `${judge} instead, or exempt it`,
      unit: templateDeployment(file, at, undefined, file),
      scope: azureScope(undefined, at),
      deployed: known(true, at)
    },
    signals
  )
}

/** The folder whose templates a parameter file may deploy, in words: its own, or the one above its parameter folder. */
function folderWords(file: string): string {
  const folder = pairingFolderOf(file)
  if (folder === file.slice(0, file.lastIndexOf('/') + 1)) return 'its folder'
  return `the folder above its parameter folder (${folder === '' ? '.' : folder.slice(0, -1)})`
}

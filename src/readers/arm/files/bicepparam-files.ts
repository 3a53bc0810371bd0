import { posix } from 'node:path'
import type { SourceLocation } from '../../../model/source.js'
import type { Workspace } from '../../../workspace/workspace.js'
import { namesBeside } from '../../../workspace/folder-files.js'
import { readBicepParamText, type BicepParamEntry, type BicepParamText } from '../../shared/bicepparam-text.js'
import type { JsonRef, Traced } from '../expressions/trace.js'
import { Unresolved } from '../expressions/values.js'
import type { JsonPath } from '../json/json-value.js'
import type { ParameterFile } from '../template/parameter-sources.js'
import type { ParameterSource } from '../template/template-scope.js'

/** A parameter file of a template with what locates the values it sets (a JSON document, or a `.bicepparam`'s lines). */
export interface TemplateParameterFile {
  readonly parameterFile: ParameterFile
  readonly document: { readonly file: string; locate(path: JsonPath, length?: number): SourceLocation; release(): void }
}

const BICEPPARAM = /\.bicepparam$/i
const SHOWN = 60

/**
 * The `.bicepparam` files of a template's folder whose `using` names it (`using './azuredeploy.json'`): each deploys
 * the template as a parameter file does, so the template is evaluated once per file, not with its defaults. The
 * Bicep reader, which claims them, evaluates their values for Bicep templates only: here a value written as a
 * literal is taken, any other (a variable, a function, `readEnvironmentVariable()`) is unresolved, and so is one the
 * file may take from the file it `extends` (shared/bicepparam-text.ts).
 */
export function bicepParamFilesFor(template: string, workspace: Pick<Workspace, 'list' | 'listedIn' | 'readText'>): TemplateParameterFile[] {
  const folder = template.slice(0, template.lastIndexOf('/') + 1)
  const names = namesBeside(workspace, template).filter(name => BICEPPARAM.test(name))
  const found: TemplateParameterFile[] = []
  for (const name of names) {
    const path = folder + name
    const text = workspace.readText(path)
    // One that cannot be read is the Bicep reader's to report (it claims it).
    if (!text.ok) continue
    const read = readBicepParamText(text.text)
    if (read.using === undefined || posix.join(folder, read.using).toLowerCase() !== template.toLowerCase()) continue
    found.push(templateParameterFile(path, read))
  }
  return found
}

function templateParameterFile(file: string, read: BicepParamText): TemplateParameterFile {
  const locate = (path: JsonPath): SourceLocation => {
    const entry = read.params.get(String(path[1]).toLowerCase())
    return { file, line: entry?.line ?? 1, column: entry?.column ?? 1 }
  }
  return { parameterFile: { file, parameters: {}, source: bicepParamSource(file, read) }, document: { file, locate, release: () => undefined } }
}

function bicepParamSource(file: string, read: BicepParamText): ParameterSource {
  const fileName = file.slice(file.lastIndexOf('/') + 1)
  return {
    supplied(name) {
      const entry = read.params.get(name.toLowerCase())
      if (entry === undefined) {
        if (read.extends === undefined) return undefined
        const reason = `parameter '${name}' may be set by ${read.extends}, which ${fileName} extends and which is not read for an ARM JSON template`
        return { value: new Unresolved(reason), trace: { origin: 'parameter-file', detail: name, via: [] } }
      }
      return valueOf(name, entry, { file, path: ['param', entry.name] }, fileName)
    },
    missingReason: name => `parameter '${name}' has no default value and ${fileName} does not set it`
  }
}

function valueOf(name: string, entry: BicepParamEntry, ref: JsonRef, fileName: string): Traced {
  const trace = { origin: 'parameter-file' as const, detail: name, via: [ref] }
  if (entry.kind === 'literal') return { value: entry.value, trace }
  const written = entry.text.length > SHOWN ? `${entry.text.slice(0, SHOWN)}…` : entry.text
  const reason = `parameter '${name}' is set in ${fileName} to ${written}, an expression not evaluated for an ARM JSON template`
  return { value: new Unresolved(reason), trace }
}

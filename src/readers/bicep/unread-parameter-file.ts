import type { VirtualMachine } from '../../model/resources.js'
import { known } from '../../model/source.js'
import type { EvaluationLimits } from '../limits.js'
import { azureScope, templateDeployment } from '../shared/units.js'
import { hotpatchSignals, unreadCallAsVm } from '../shared/unread-module.js'
import { parameterFileInputs } from './deployment.js'
import type { SourceLoader, SourceUnit } from './source-loader.js'
import type { ProblemSink } from './template.js'

/**
 * A `.bicepparam` file that `using`s a registry module (`using 'br/public:avm/res/compute/virtual-machine:0.10.0'`),
 * or a local template that is missing: the template is never read, so the file was a notice only, and its values
 * (`enableHotpatching = true`) were judged by no one. With a hotpatch signal among them it is an indeterminate VM,
 * as a registry module call is; otherwise the reader's notice stands alone. `notRead`: the template and why it is
 * not read (`br/public:…, which is not read`).
 */
export function unreadParameterFileVm(
  parameterFile: SourceUnit,
  notRead: string,
  loader: SourceLoader,
  report: ProblemSink,
  limits?: EvaluationLimits
): VirtualMachine | undefined {
  const signals = hotpatchSignals(parameterFileInputs(parameterFile, loader, report, limits))
  if (signals === undefined) return undefined
  const span = parameterFile.using?.span
  const at = { file: parameterFile.path, line: span?.line ?? 1, column: span?.column ?? 1 }
  return unreadCallAsVm(
    {
      format: 'bicep',
      displayName: `parameter file ${parameterFile.path}`,
      symbol: `${parameterFile.path}#using`,
      at,
      why: `parameter file ${parameterFile.path} uses ${notRead}`,
      judge: `scan its what-if result instead (az deployment group what-if --parameters ${parameterFile.path} --no-pretty-print), or exempt it`,
      unit: templateDeployment(parameterFile.path, at, undefined, parameterFile.path),
      scope: azureScope(undefined, at),
      deployed: known(true, at)
    },
    signals
  )
}

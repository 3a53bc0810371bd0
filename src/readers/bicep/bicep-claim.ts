import type { ReaderClaim } from '../reader.js'
import { resolveModuleTarget } from './module-targets.js'
import { moduleComponents } from './units.js'

const BICEP_FILE = /\.bicep(param)?$/i

/** What the scan needs of the Bicep reader before it reads (bicep-reader.ts, parser and evaluator, is loaded on the first read). */
export const bicepClaim: ReaderClaim = {
  format: 'bicep',
  claims: file => BICEP_FILE.test(file.path),
  units: moduleComponents,
  // A parameter file of a registry template, or of a missing one, names no policy word when it sets only
  // `enableHotpatching`: the reader says its template is not read (unread-parameter-file.ts).
  // One of an ARM JSON template is applied by the ARM reader, or said not to be (entry-points.ts): never skipped unsaid.
  mustRead: (unit, workspace) =>
    unit.files.some(file => {
      if (!/\.bicepparam$/i.test(file.path)) return false
      const text = workspace.readText(file.path)
      if (!text.ok) return false
      if (REGISTRY_USING.test(text.text) || JSON_USING.test(text.text)) return true
      const local = LOCAL_USING.exec(text.text)?.[1]
      return local !== undefined && resolveModuleTarget(workspace, file.path, local).kind === 'unreadable'
    })
}

/** `using 'br/public:...'`, `using 'br:...'`, `using 'ts:...'`. */
const REGISTRY_USING = /^using[ \t]+'(?:br|ts)[:/]/m
/** `using './main.bicep'`: the path (a registry reference is REGISTRY_USING's). */
const LOCAL_USING = /^using[ \t]+'([^'\n]+)'/m
/** `using './azuredeploy.json'`. */
const JSON_USING = /^using[ \t]+'[^'\n]*\.json'/im

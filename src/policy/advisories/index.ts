import type { Advisory } from '../advisory.js'
import { loadAdvisory, registerShippedAdvisory } from '../load-advisory.js'
import wsusText from './wsus-cve-2025-59287.yml'

registerShippedAdvisory(wsusText)

/** The bundled advisory files, by the path they are reported under. */
export const BUILT_IN_ADVISORY_FILES: readonly { readonly source: string; readonly text: string }[] = [
  { source: 'src/policy/advisories/wsus-cve-2025-59287.yml', text: wsusText }
]

let builtIn: readonly Advisory[] | undefined

/** The advisories in force unless configured otherwise; parsed and validated once, on first use. */
export function getBuiltInAdvisories(): readonly Advisory[] {
  builtIn ??= BUILT_IN_ADVISORY_FILES.map(file => loadAdvisory(file.text, file.source))
  return builtIn
}

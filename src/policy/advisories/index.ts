import type { Advisory } from '../advisory.js'
import { readAdvisory, registerShippedAdvisory } from '../read-advisory.js'
import wsusText from './wsus-cve-2025-59287.yml'

registerShippedAdvisory(wsusText)

/** The bundled advisory files, by the path they are reported under. */
export const BUILT_IN_ADVISORY_FILES: readonly { readonly source: string; readonly text: string }[] = [
  { source: 'src/policy/advisories/wsus-cve-2025-59287.yml', text: wsusText }
]

let builtIn: readonly Advisory[] | undefined

/**
 * The advisories in force unless configured otherwise; parsed once, on first use. Not validated
 * against the schema here (the test suite validates the shipped files): that keeps the validator out of the start.
 */
export function getBuiltInAdvisories(): readonly Advisory[] {
  builtIn ??= BUILT_IN_ADVISORY_FILES.map(file => readAdvisory(file.text, file.source))
  return builtIn
}

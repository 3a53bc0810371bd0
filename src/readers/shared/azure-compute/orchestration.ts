import type { Sourced } from '../../../model/source.js'
import { predates } from './api-version.js'

/**
 * The first API version that can create a Flexible scale set: "Minimum API Version Required" 2021-03-01 for
 * Flexible orchestration, 2015-06-01 for Uniform (Microsoft Learn, "Orchestration modes for Virtual Machine
 * Scale Sets in Azure", MicrosoftDocs/azure-compute-docs virtual-machine-scale-sets-orchestration-modes.md).
 */
export const FLEXIBLE_MIN_API_VERSION = '2021-03-01'

/**
 * A scale set's orchestration mode, with the default the API version decides (issue 13): written, it is
 * what is written; unset with an API version before 2021-03-01, it is Uniform (the only mode that version
 * can create); unset with a later API version it stays absent, and the policy decides.
 */
export function orchestrationModeOf(written: Sourced<string>, apiVersion: Sourced<string> | undefined): Sourced<string> {
  if (written.origin !== 'absent' || !predates(apiVersion, FLEXIBLE_MIN_API_VERSION)) return written
  const detail = `API version ${apiVersion.value} predates Flexible orchestration (${FLEXIBLE_MIN_API_VERSION})`
  return { value: 'Uniform', origin: 'provider-default', location: apiVersion.location, detail }
}

import { COLLECTION_FUNCTIONS } from './collections.js'
import { CONVERSION_FUNCTIONS } from './conversions.js'
import { DEPLOYMENT_CONTEXT_FUNCTIONS, listFunction } from './deployment-context.js'
import type { ArmFunction } from './function.js'
import { LOGICAL_FUNCTIONS } from './logical.js'
import { RESOURCE_ID_FUNCTIONS } from './resource-ids.js'
import { STRING_FUNCTIONS } from './strings.js'

const FUNCTIONS = new Map<string, ArmFunction>(
  Object.entries({
    ...STRING_FUNCTIONS,
    ...COLLECTION_FUNCTIONS,
    ...LOGICAL_FUNCTIONS,
    ...CONVERSION_FUNCTIONS,
    ...RESOURCE_ID_FUNCTIONS,
    ...DEPLOYMENT_CONTEXT_FUNCTIONS
  })
)

/** The built-in function of that name (ARM names are case-insensitive), if we evaluate it. */
export function lookupFunction(name: string): ArmFunction | undefined {
  return FUNCTIONS.get(name.toLowerCase()) ?? (/^list[a-z]*$/i.test(name) ? listFunction(name) : undefined)
}

import { parseResourceId } from '../../model/identity.js'
import type { RejectedTarget } from '../../model/resources.js'
import { legacyAssignmentNameProblem } from '../shared/legacy-assignment-name.js'
import type { FieldReader } from './field-reader.js'

/**
 * Why Azure rejects an assignment's target known in full, where it is written: a `scope` string that is not a
 * resource ID, or a legacy assignment's name (`<type>/providers/configurationAssignments`, `parentType` its
 * target's type) of the wrong shape. Undefined when the target is one Azure takes, or is not evaluated (it may
 * still name the VM). A scope that is a resource symbol, or `resourceGroup()` and the like, is taken.
 */
export function rejectedTarget(reader: FieldReader, parentType: string | undefined): RejectedTarget | undefined {
  if (parentType !== undefined) {
    const name = reader.string(['name'])
    const reason = name.value === undefined ? undefined : legacyAssignmentNameProblem(parentType, name.value)
    return reason === undefined ? undefined : { reason, location: name.location }
  }
  const found = reader.lookup(['scope'])
  if (found.kind !== 'found' || found.value.kind !== 'string' || found.value.resource !== undefined) return undefined
  if (parseResourceId(found.value.value) !== undefined) return undefined
  return { reason: `its scope '${found.value.value}' is not a resource ID`, location: found.at }
}

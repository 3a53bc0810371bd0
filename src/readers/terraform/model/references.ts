import { idSegments, parseResourceId } from '../../../model/identity.js'
import type { ResourceIdentity, ResourceReference } from '../../../model/resources.js'
import { type Sourced, unresolved } from '../../../model/source.js'
import type { Value } from '../eval/value.js'
import { text } from './fields.js'

/** Finds the symbol of a resource from an ID the reader built for it (`x.id` of a declared resource). */
export type SymbolLookup = (id: string) => string | undefined

/** A reference written as a resource ID (literal, or built from `x.id`), as an identity. */
export function resourceReference(sourced: Sourced<Value>, symbolOf: SymbolLookup): ResourceReference {
  const id = text(sourced)
  if (id.value === undefined) return { target: id as Sourced<unknown> as Sourced<ResourceIdentity> }
  const identity = parseResourceId(id.value)
  if (!identity) return { target: unresolved(id.location, `"${id.value}" is not an Azure resource ID`) }
  const symbol = symbolOf(id.value)
  return { target: { ...id, value: symbol === undefined ? identity : { ...identity, symbol } } }
}

/** The resource group of an ID that names one (`/subscriptions/s/resourceGroups/rg[/...]`). */
export function resourceGroupOfId(id: string): string | undefined {
  const parts = id.split('/')
  const index = parts.findIndex(part => part.toLowerCase() === 'resourcegroups')
  const name = index >= 0 ? parts[index + 1] : undefined
  return name === undefined || name === '' || name.startsWith('{') ? undefined : name
}

/** The subscription segment an ID starts with (`/subscriptions/<id>/...`), as written (maybe a placeholder); else undefined. */
export function subscriptionSegmentOf(id: string): string | undefined {
  const [first, second] = idSegments(id)
  return first?.toLowerCase() === 'subscriptions' ? second : undefined
}

/** Whether an ID is a subscription or resource group (a scope, not a resource). */
export function isScopeId(id: string): boolean {
  const parts = id.split('/').filter(part => part !== '')
  const lower = parts.map(part => part.toLowerCase())
  return (
    lower[0] === 'subscriptions' &&
    !lower.includes('providers') &&
    (parts.length === 2 || (parts.length === 4 && lower[2] === 'resourcegroups'))
  )
}

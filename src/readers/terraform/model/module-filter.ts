import type { DynamicScopeFilter } from '../../../model/resources.js'
import { absent, type SourceLocation, type Sourced, unresolved } from '../../../model/source.js'
import { type FilterKeys, isFilterShape } from '../../shared/unread-dynamic-scope.js'
import { describeValue, isList, isMissing, isObject, type ObjectValue, type Value } from '../eval/value.js'
import { convert, orProviderDefault, text, texts } from './fields.js'
import { tagBlocks } from './maintenance.js'

/**
 * A dynamic scope's filter as Terraform modules take it: the arguments of azurerm_maintenance_assignment_dynamic_scope's
 * `filter` block (`os_types`, `resource_types`, `resource_groups`, `locations`, `tags`, `tag_filter`), which a module
 * passes on to that resource.
 */
const TERRAFORM_FILTER_KEYS: FilterKeys = {
  keys: new Set(['os_types', 'resource_types', 'resource_groups', 'locations', 'tags', 'tag_filter']),
  marks: new Set(['os_types', 'resource_types', 'tags'])
}

/**
 * Whether a value passed to a module is a dynamic scope's filter. `tags` alone marks one only in a filter's shape
 * (values that are lists, or `{ tag, values }` blocks): `{ tags = { env = "prod" } }` is far more often a resource's
 * tags, and read as a filter it would stand in as a plan for every VM tagged so.
 */
export function isModuleFilter(value: Value): value is ObjectValue {
  if (!isObject(value)) return false
  const keys = [...value.entries.keys()]
  if (!isFilterShape(keys, TERRAFORM_FILTER_KEYS)) return false
  return keys.includes('os_types') || keys.includes('resource_types') || filterTags(value.entries.get('tags'))
}

function filterTags(tags: Value | undefined): boolean {
  if (tags === undefined || tags === null || isMissing(tags)) return false
  if (isList(tags)) return tags.length > 0 && tags.every(block => isObject(block) && block.entries.has('tag'))
  if (!isObject(tags) || tags.entries.size === 0) return false
  return tags.entries.has('tag') || [...tags.entries.values()].every(values => isList(values))
}

/** The filter a module is passed, as the dynamic scope it stands in for has it: what is not known, unresolved where the argument is. */
export function moduleFilter(value: ObjectValue, at: SourceLocation): DynamicScopeFilter {
  const get = (key: string): Sourced<Value> => {
    const found = value.entries.get(key)
    // A key missing from an object merged from unknown parts may be among those parts: unknown, not unset.
    if (found === undefined) return value.partial === undefined ? absent(at) : unresolved(at, value.partial)
    if (found === null) return absent(at)
    return isMissing(found) ? unresolved(at, found.reason) : { value: found, origin: 'expression', location: at }
  }
  return {
    resourceTypes: texts(get('resource_types')),
    resourceGroups: texts(get('resource_groups')),
    locations: texts(get('locations')),
    osTypes: texts(get('os_types')),
    tags: passedTags(get('tags')),
    // azurerm's default, which a module passing the filter on leaves to it when it is not passed.
    tagOperator: orProviderDefault(text(get('tag_filter')), 'Any')
  }
}

/** `tags` as blocks (`[{ tag = "env", values = ["prod"] }]`, as the resource takes them) or as a map (`{ env = ["prod"] }`). */
function passedTags(sourced: Sourced<Value>): Sourced<Readonly<Record<string, readonly string[]>>> {
  const tags = sourced.value
  if (tags !== undefined && (isList(tags) || (isObject(tags) && tags.entries.has('tag')))) return tagBlocks(sourced)
  return convert<Readonly<Record<string, readonly string[]>>>(sourced, map => {
    if (!isObject(map)) return { reason: `expected tags as a map or blocks, found ${describeValue(map)}` }
    if (map.partial !== undefined) return { reason: map.partial }
    if ((map.unknownKeyed?.length ?? 0) > 0) return { reason: 'a tag name is not known' }
    const record = Object.create(null) as Record<string, readonly string[]>
    for (const [tag, values] of map.entries) {
      // A map of strings (a module whose variable takes one tag value each): each is a one-value list.
      const list: Sourced<readonly string[]> = typeof values === 'string' ? { value: [values], origin: 'expression', location: sourced.location } : texts({ value: values, origin: 'expression', location: sourced.location })
      if (list.value === undefined) return { reason: list.reason ?? `the values of tag "${tag}" are not known` }
      record[tag] = list.value
    }
    return { value: record }
  })
}

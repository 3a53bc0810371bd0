import { findKey, type Json } from '../expressions/values.js'

export type JsonObject = { readonly [key: string]: Json }
export type JsonPath = readonly (string | number)[]

export const isJsonObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A property by case-insensitive name (ARM property names are case-insensitive), with the key as
 * written so its position can be found. Only own properties: `constructor` is not a member of `{}`.
 */
export function jsonMember(object: Json | undefined, name: string): { key: string; value: Json } | undefined {
  if (!isJsonObject(object)) return undefined
  const key = findKey(object, name)
  return key === undefined ? undefined : { key, value: object[key] as Json }
}

/** A property's value by case-insensitive name, for a caller that needs no key (no member object is made). */
export function jsonMemberValue(object: Json | undefined, name: string): Json | undefined {
  if (!isJsonObject(object)) return undefined
  const key = findKey(object, name)
  return key === undefined ? undefined : object[key]
}

/** A member's value, when the member is an object. */
export function jsonObjectMember(object: Json | undefined, name: string): JsonObject | undefined {
  const member = jsonMemberValue(object, name)
  return isJsonObject(member) ? member : undefined
}

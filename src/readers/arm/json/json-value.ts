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

/** A member's value, when the member is an object. */
export function jsonObjectMember(object: Json | undefined, name: string): JsonObject | undefined {
  const member = jsonMember(object, name)?.value
  return isJsonObject(member) ? member : undefined
}

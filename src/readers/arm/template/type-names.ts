/**
 * Lower-cased resource types and property names (ARM compares both case-insensitively), one copy of each:
 * a scan asks for the same few dozen types for every resource of every template, and looks up the same
 * property names (`imageReference`, `linuxConfiguration`) in every resource, and each `toLowerCase` of a
 * text with a capital was a new string. Bounded: the table is emptied when it fills.
 */
const lowered = new Map<string, string>()
const MAX_TEXTS = 4096

export function lowerCaseType(type: string): string {
  let lower = lowered.get(type)
  if (lower === undefined) {
    lower = type.toLowerCase()
    if (lowered.size >= MAX_TEXTS) lowered.clear()
    lowered.set(type, lower)
  }
  return lower
}

/** A property name lower-cased, from the same table as the types. */
export const lowerCaseName: (name: string) => string = lowerCaseType

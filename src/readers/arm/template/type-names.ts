/**
 * Lower-cased resource types (ARM compares types case-insensitively), one copy of each: a scan asks for
 * the same few dozen types for every resource of every template, and each `toLowerCase` was a new string.
 * Bounded: the table is emptied when it fills.
 */
const lowered = new Map<string, string>()
const MAX_TYPES = 1024

export function lowerCaseType(type: string): string {
  let lower = lowered.get(type)
  if (lower === undefined) {
    lower = type.toLowerCase()
    if (lowered.size >= MAX_TYPES) lowered.clear()
    lowered.set(type, lower)
  }
  return lower
}

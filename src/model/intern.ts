/**
 * One copy of each short model value (`MicrosoftWindowsServer`, `AutomaticByPlatform`, a time zone):
 * every file's JSON.parse makes its own copy of the strings it reads, and the model of a large repository
 * otherwise holds thousands of each (a heap snapshot of 10,000 ARM files: ×6,555 `MicrosoftWindowsServer`).
 * Looking a string up also flattens a concatenated one, which the garbage collector then drops.
 * Bounded: long strings are rarely repeated and cost a hash; the table is emptied when it fills, so a
 * repository of unique values costs at most its size.
 */
const MAX_INTERNED_LENGTH = 96
const MAX_ENTRIES = 8192
const table = new Map<string, string>()

export function intern(value: string): string {
  if (value.length > MAX_INTERNED_LENGTH) return value
  const known = table.get(value)
  if (known !== undefined) return known
  if (table.size >= MAX_ENTRIES) table.clear()
  table.set(value, value)
  return value
}

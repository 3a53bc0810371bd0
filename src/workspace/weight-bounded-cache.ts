/**
 * A least-recently-used cache bounded by the summed weight of its values (characters of text, of parsed
 * source), not by their count: one 5 MB template weighs as much as a thousand small ones. Adding never
 * evicts; `trim` does, so a caller chooses when values may go (the Bicep loader only between deployments,
 * the workspace's text store after each read).
 */
export class WeightBoundedCache<K, V> {
  /** Least recently used first. */
  private readonly entries = new Map<K, { readonly value: V; readonly weight: number }>()
  private total = 0

  constructor(private readonly budget: number) {}

  /** The value, now the most recently used; undefined if it is not held. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key)
    if (entry === undefined) return undefined
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.value
  }

  has(key: K): boolean {
    return this.entries.has(key)
  }

  /** Holds a value as the most recently used (replacing one held under its key). */
  add(key: K, value: V, weight: number): void {
    this.take(key)
    this.entries.set(key, { value, weight })
    this.total += weight
  }

  /** The value, handed out and no longer held; undefined if it is not held. */
  take(key: K): V | undefined {
    const entry = this.entries.get(key)
    if (entry === undefined) return undefined
    this.entries.delete(key)
    this.total -= entry.weight
    return entry.value
  }

  /** Drops the least recently used values until the weight held is within the budget, never the one of `keep`. */
  trim(keep?: K): void {
    for (const [key, entry] of this.entries) {
      if (this.total <= this.budget || key === keep) return
      this.entries.delete(key)
      this.total -= entry.weight
    }
  }

  clear(): void {
    this.entries.clear()
    this.total = 0
  }
}

import { type Built, CompositionError, type MapFrame } from './frames.js'
import { offsetOf } from './lazy-nodes.js'
import type { YamlMapEntry } from './nodes.js'

/** The tag of a plain `<<` key: a YAML 1.1 merge, as the loaders of Kubernetes and Pulumi read it. */
export const MERGE_TAG = 'tag:yaml.org,2002:merge'

/**
 * Applies one `<<` source (a mapping, or a sequence of mappings) to a map being closed: explicit keys
 * win, and so do earlier sources. `count` is called for every key copied (it throws past the limit);
 * offsets in errors are relative to the chunk that starts at `base`.
 */
export function mergeInto(frame: MapFrame, source: Built, base: number, count: (at: number) => void): void {
  const maps = source.node.kind === 'seq' ? source.node.items : [source.node]
  for (const map of maps) {
    const at = offsetOf(map, 'start') - base
    if (map.kind !== 'map') throw new CompositionError('merge key "<<" needs a mapping or a sequence of mappings', at)
    for (const entry of map.entries) {
      count(at)
      if (frame.byKey.has(entry.key)) continue
      const merged: YamlMapEntry = { ...entry, merged: true }
      frame.entries.push(merged)
      frame.byKey.set(entry.key, merged)
    }
  }
  frame.size += source.size
  // Merged values sit at the level of this map's own values (one level less through a sequence).
  frame.height = Math.max(frame.height, source.node.kind === 'seq' ? source.height - 1 : source.height)
}

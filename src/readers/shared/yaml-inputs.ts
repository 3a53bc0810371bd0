import type { YamlNode } from '../../yaml/nodes.js'
import { locate, yaml11Boolean } from '../../yaml/sourced.js'
import type { InputShape } from './unread-module.js'

/**
 * YAML nodes of one Kubernetes file to the input walker (unread-module.ts): every scalar where it is written. A plain
 * YAML 1.1 boolean word (`yes`, `on`) is the boolean kubectl reads for a boolean field such as `hotpatchingEnabled`:
 * read as a string, an overlay's `hotpatchingEnabled: yes` was no hotpatch signal.
 */
export const yamlInputs = (file: string): InputShape<YamlNode> => ({
  scalar: node => {
    if (node.kind !== 'scalar') return undefined
    const value = node.value
    if (typeof value === 'string' && node.style === 'plain') return yaml11Boolean(value) ?? value
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined
  },
  children: node => {
    if (node.kind === 'seq') return node.items.map((item, index) => [index, item, locate(file, item)] as const)
    if (node.kind === 'map') return node.entries.map(entry => [entry.key, entry.value, locate(file, entry.value)] as const)
    return undefined
  }
})

import type { YamlNode } from '../../yaml/nodes.js'
import { locate } from '../../yaml/sourced.js'
import type { InputShape } from './unread-module.js'

/** YAML nodes of one file to the input walker (unread-module.ts): every scalar where it is written. */
export const yamlInputs = (file: string): InputShape<YamlNode> => ({
  scalar: node => {
    const value = node.kind === 'scalar' ? node.value : undefined
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined
  },
  children: node => {
    if (node.kind === 'seq') return node.items.map((item, index) => [index, item, locate(file, item)] as const)
    if (node.kind === 'map') return node.entries.map(entry => [entry.key, entry.value, locate(file, entry.value)] as const)
    return undefined
  }
})

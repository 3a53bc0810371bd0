import type { Attribute, Block } from '../hcl/ast.js'

/**
 * Terraform's override files: `override.tf` and `*_override.tf` (and their `.tf.json` forms, which are not read)
 * are loaded after the module's other files, in name order, and each of their blocks is merged into the block
 * of the same type and labels ("Override Files", Terraform's configuration language).
 */
export const isOverrideFile = (path: string): boolean => /(?:^|\/|_)override\.tf$/.test(path)

/**
 * A block with an override block merged in, as Terraform merges a resource, data, module, provider, variable
 * or output block: each argument the override writes replaces the original's, and each nested block type it
 * writes (a `dynamic` block by its label) replaces every block of that type of the original. What comes from
 * the override carries its file, so its values are located where they are written.
 */
export function mergeBlock(original: Block, override: Block, file: string): Block {
  const attributes = new Map<string, Attribute>(original.body.attributes)
  for (const [name, attribute] of override.body.attributes) attributes.set(name, { ...attribute, file })
  const replaced = new Set(override.body.blocks.map(nestedType))
  const blocks = [
    ...original.body.blocks.filter(block => !replaced.has(nestedType(block))),
    ...override.body.blocks.map(block => ({ ...block, file }))
  ]
  return { ...original, body: { attributes, blocks } }
}

/** The type a nested block stands for: its own, or a `dynamic` block's label. */
const nestedType = (block: Block): string => (block.type === 'dynamic' ? (block.labels[0] ?? 'dynamic') : block.type)

/** An override block that names nothing to override: Terraform refuses the configuration. */
export interface OverrideError {
  readonly file: string
  readonly block: Block
  readonly message: string
}

/** Longer keys are not made: a condition is a few names and operators, and a key is kept by each resource it is on. */
const MAX_KEY_LENGTH = 2000

/**
 * A syntax tree as text without its positions (the field `position` of every node: Bicep's `span`, HCL's `pos`):
 * two expressions written alike give one text, whatever their layout, comments and place. Undefined for a tree too
 * large (or too deep) to key.
 */
export function syntaxKey(tree: object, position: string): string | undefined {
  try {
    const text = JSON.stringify(tree, (key, value: unknown) => (key === position ? undefined : value))
    return text.length <= MAX_KEY_LENGTH ? text : undefined
  } catch {
    // Nested past the stack: no key, as for a large one.
    return undefined
  }
}

/**
 * The Bicep syntax tree. Every node carries the span it was parsed from (1-based lines and
 * columns); the file is known to whoever holds the tree. The tree is declared in three parts
 * (expressions, types, statements); importers name this module only.
 */
export type * from './ast-expressions.js'
export type * from './ast-types.js'
export type * from './ast-statements.js'

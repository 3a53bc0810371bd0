import type { SourceLocation } from '../../model/source.js'
import { computed, describeKind, firstUnresolved, type LambdaValue, type Value, unknown } from './values.js'

/** Arrays built by functions (`range`, `split`, `padLeft`) are capped so hostile input cannot exhaust memory. */
export const MAX_ARRAY_LENGTH = 10_000
export const MAX_STRING_LENGTH = 1_000_000

/** A file a template loads when it is compiled (`loadJsonContent('images.json')`), or why it cannot be read. */
export type LoadedFile = { readonly ok: true; readonly path: string; readonly text: string } | { readonly ok: false; readonly reason: string }

/** What a built-in function knows about its call. */
export interface CallSite {
  readonly name: string
  readonly at: SourceLocation
  /** The resource group the template deploys to, when a module scope names it. */
  readonly resourceGroup: string | undefined
  /** Reads a file relative to the template, inside the scanned folder (the `load*()` functions). */
  readonly loadFile: (reference: string) => LoadedFile
}

/** A built-in function: evaluated arguments in, a value (or an unresolved one saying why) out. */
export type Builtin = (args: readonly Value[], site: CallSite) => Value

/** A function that needs every argument known: the first unresolved one is the answer otherwise. */
export const strict =
  (body: Builtin): Builtin =>
  (args, site) => {
    const missing = firstUnresolved(args)
    return missing === undefined ? body(args, site) : unknown((missing as { reason: string }).reason, computed(args))
  }

/** An unresolved result explaining a wrong argument. */
export const badArgument = (site: CallSite, args: readonly Value[], position: number, expected: string): Value => {
  const actual = args[position]
  const found = actual === undefined ? 'nothing' : describeKind(actual)
  return unknown(`${site.name}() argument ${position + 1} should be ${expected}, found ${found}`, computed(args))
}

// Typed access to arguments: undefined when the argument is missing or of another kind.
export const stringArg = (args: readonly Value[], position: number): string | undefined => {
  const value = args[position]
  return value?.kind === 'string' ? value.value : undefined
}

export const numberArg = (args: readonly Value[], position: number): number | undefined => {
  const value = args[position]
  return value?.kind === 'number' ? value.value : undefined
}

export const itemsArg = (args: readonly Value[], position: number): readonly Value[] | undefined => {
  const value = args[position]
  return value?.kind === 'array' ? value.items : undefined
}

export const lambdaArg = (args: readonly Value[], position: number): LambdaValue | undefined => {
  const value = args[position]
  return value?.kind === 'lambda' ? value : undefined
}

/** Whether a function returning a string of this length stays within MAX_STRING_LENGTH. */
export const fitsString = (length: number): boolean => length <= MAX_STRING_LENGTH

import type { ParseError } from '../../model/resources.js'

/**
 * The notice to keep of two that say the same thing at the same place (a module call met from two roots, var files or
 * instances of its caller): one of a group (`ParseError.group`) only while every evaluation found no signal that
 * keeps it apart, such as a hotpatch input in one variant.
 */
export function keptApart(kept: ParseError, again: ParseError): ParseError {
  return kept.group !== undefined && again.group === undefined ? again : kept
}

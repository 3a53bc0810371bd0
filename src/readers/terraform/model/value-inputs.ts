import type { InputShape } from '../../shared/unread-module.js'
import { isList, isObject, type Value } from '../eval/value.js'

/** Terraform values to the input walker: every part at the argument's (or the var file's) location. */
export const TERRAFORM_INPUTS: InputShape<Value> = {
  scalar: value => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined),
  children: (value, at) => {
    if (isList(value)) return value.map((item, index) => [index, item, at] as const)
    if (isObject(value)) return [...value.entries].map(([key, item]) => [key, item, at] as const)
    return undefined
  }
}

import type { Json } from '../expressions/values.js'
import type { Context } from './context.js'

/**
 * The key of a deployment condition (model/deployment-condition.ts): the template evaluation it is in (`scope`: the
 * entry template and its parameter file, then each nested deployment instance on the way), what it decides (a
 * resource's `condition` or a loop's `copy.count`), and its expression without layout. ARM ignores whitespace and
 * the letter case of function names outside string literals. `copyIndex()` is the one value a condition reads of
 * the instance it is on, so a condition that calls it is keyed with the loop iterations it is evaluated in.
 */
export function conditionKey(scope: string, decides: 'condition' | 'copy', written: Json, context: Context): string {
  const text = typeof written === 'string' ? withoutLayout(written) : JSON.stringify(written)
  if (!text.includes('copyindex')) return `${scope}|${decides}|${text}`
  const loops = context.loops.map(loop => `${loop.name}=${typeof loop.index === 'number' ? loop.index : '*'}`).join(',')
  return `${scope}|${decides}|${loops}|${text}`
}

/** An expression without whitespace, its function names lower-cased; string literals (`'...'`, `''` inside) kept. */
function withoutLayout(expression: string): string {
  let text = ''
  let quoted = false
  for (const character of expression) {
    if (character === "'") quoted = !quoted
    if (quoted || character === "'") text += character
    else if (character.trim() !== '') text += character.toLowerCase()
  }
  return text
}

/**
 * The pattern of `copyIndex()` in the iteration that stands for every one of a loop whose count could not be
 * evaluated (`[*]`): loops of one count (one key) have the same iterations, so the VM named `vm-{index}` by one
 * and the assignment targeting `vm-{index}` of another are paired, index by index. Escaped so that an ID built
 * of it keeps its segments (`/`) and its unknown part (`{...}`).
 */
export const copyIndexPattern = (countKey: string): string =>
  `{copy:${countKey.replaceAll('%', '%25').replaceAll('/', '%2F').replaceAll('{', '%7B').replaceAll('}', '%7D')}}`

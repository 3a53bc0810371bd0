/**
 * What a `.bicepparam` file says of itself, read from its text without evaluating it: for a reader that applies
 * one to a template the Bicep reader does not evaluate (an ARM JSON template its `using` names,
 * learn.microsoft.com/azure/azure-resource-manager/bicep/parameter-files: "You can use the using statement with
 * Bicep file, ARM JSON templates, ..."). Only literal values are taken (`param reboot = 'Never'`, a number,
 * `true`/`false`): any other value (a variable, a function, an interpolation, an object) is an expression, which
 * such a reader never guesses. The Bicep reader evaluates `.bicepparam` files for Bicep templates itself.
 */

/** A position in the file, 1-based. */
export interface TextPosition {
  readonly line: number
  readonly column: number
}

/** A `param` the file sets: its literal value, or the expression written (not evaluated). */
export type BicepParamEntry = TextPosition & { readonly name: string } & (
    | { readonly kind: 'literal'; readonly value: string | number | boolean }
    | { readonly kind: 'expression'; readonly text: string }
  )

export interface BicepParamText {
  /** `using '<path>'` as written (undefined for `using none` or without one). */
  readonly using?: string
  /** `extends '<path>'` as written: the file whose values it takes unless it sets them itself. */
  readonly extends?: string
  /** By name, lower-cased (ARM parameter names compare case-insensitively). */
  readonly params: ReadonlyMap<string, BicepParamEntry>
}

const USING = /^using\s+'((?:[^'\\$]|\$(?!\{))*)'/
const EXTENDS = /^extends\s+'((?:[^'\\$]|\$(?!\{))*)'/
const PARAM = /^param\s+([A-Za-z_]\w*)\s*=\s*/
const STRING = /^'((?:[^'\\$]|\$(?!\{))*)'$/
const INTEGER = /^-?\d+$/

export function readBicepParamText(text: string): BicepParamText {
  const params = new Map<string, BicepParamEntry>()
  let using: string | undefined
  let extendsPath: string | undefined
  for (const { start, text: statement } of statements(text)) {
    const param = PARAM.exec(statement)
    if (param !== null) {
      const name = param[1] as string
      const valueText = statement.slice(param[0].length).trim()
      const at = positionOf(text, start + param[0].length)
      params.set(name.toLowerCase(), { name, ...at, ...literalOf(valueText) })
      continue
    }
    using ??= USING.exec(statement)?.[1]
    extendsPath ??= EXTENDS.exec(statement)?.[1]
  }
  return { ...(using !== undefined && { using }), ...(extendsPath !== undefined && { extends: extendsPath }), params }
}

function literalOf(text: string): { kind: 'literal'; value: string | number | boolean } | { kind: 'expression'; text: string } {
  const string = STRING.exec(text)
  if (string !== null) return { kind: 'literal', value: string[1] as string }
  if (INTEGER.test(text) && Number.isSafeInteger(Number(text))) return { kind: 'literal', value: Number(text) }
  if (text === 'true' || text === 'false') return { kind: 'literal', value: text === 'true' }
  return { kind: 'expression', text }
}

/**
 * The file's top-level statements (a newline outside brackets, strings and comments ends one), each with where it
 * starts and its text with comments blanked out.
 */
function statements(text: string): { start: number; text: string }[] {
  const found: { start: number; text: string }[] = []
  // What encloses the current character: a bracket, a string, or an interpolation inside one.
  const stack: ('bracket' | 'string' | 'interpolation')[] = []
  let current = ''
  let start = 0
  const end = (at: number): void => {
    const trimmed = current.trim()
    if (trimmed !== '') found.push({ start: start + (current.length - current.trimStart().length), text: trimmed })
    current = ''
    start = at
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    const top = stack[stack.length - 1]
    if (top === 'string') {
      current += c
      if (c === '\\') {
        current += text[++i] ?? ''
      } else if (c === '$' && text[i + 1] === '{') {
        current += text[++i]
        stack.push('interpolation')
      } else if (c === "'" || c === '\n') stack.pop()
      continue
    }
    if (c === '/' && text[i + 1] === '/') {
      const close = text.indexOf('\n', i)
      const stop = close < 0 ? text.length : close
      current += ' '.repeat(stop - i)
      i = stop - 1
      continue
    }
    if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2)
      const stop = close < 0 ? text.length : close + 2
      current += text.slice(i, stop).replace(/[^\n]/g, ' ')
      i = stop - 1
      continue
    }
    if (text.startsWith("'''", i)) {
      const close = text.indexOf("'''", i + 3)
      const stop = close < 0 ? text.length : close + 3
      current += text.slice(i, stop)
      i = stop - 1
      continue
    }
    if (c === '\n' && stack.length === 0) {
      end(i + 1)
      continue
    }
    current += c
    if (c === "'") stack.push('string')
    else if (c === '(' || c === '[' || c === '{') stack.push('bracket')
    else if ((c === ')' || c === ']' || c === '}') && stack.length > 0) stack.pop()
  }
  end(text.length)
  return found
}

function positionOf(text: string, offset: number): TextPosition {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n') {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

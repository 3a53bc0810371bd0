/** Helpers for Bicep evaluation tests: evaluate a template held in memory, and show values as plain data. */
import type { ParseError } from '../../../src/model/resources.js'
import { entryTemplate } from '../../../src/readers/bicep/deployment.js'
import { SourceLoader, type SourceUnit } from '../../../src/readers/bicep/source-loader.js'
import type { TemplateInstance } from '../../../src/readers/bicep/template.js'
import type { Value } from '../../../src/readers/bicep/values.js'
import { memoryFiles } from './memory-files.js'

/** The entry template `main.bicep` (with `parameterFile` when given), evaluated from in-memory files. */
export function template(files: Readonly<Record<string, string>>, parameterFile?: string): { template: TemplateInstance; problems: ParseError[] } {
  const loader = new SourceLoader(memoryFiles(files))
  const problems: ParseError[] = []
  const main = loader.load('main.bicep') as SourceUnit
  const params = parameterFile === undefined ? undefined : (loader.load(parameterFile) as SourceUnit)
  const entry = params === undefined ? { template: main } : { template: main, parameterFile: params }
  return { template: entryTemplate(entry, loader, problem => problems.push(problem)), problems }
}

/** Plain data for a value: unresolved as `{ unresolved: reason }`, records as `<label>`. */
export function plain(value: Value | undefined): unknown {
  if (value === undefined) return undefined
  switch (value.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return value.value
    case 'null':
      return null
    case 'array':
      return value.items.map(plain)
    case 'object':
      return Object.fromEntries([...value.properties.values()].map(property => [property.key, plain(property.value)]))
    case 'unresolved':
      return { unresolved: value.reason }
    case 'record':
      return `<${value.label}>`
    case 'lambda':
      return '<lambda>'
  }
}

/** The plain value of `var x = <expression>` in a template that also declares `declarations`. */
export function evaluate(expression: string, declarations = ''): unknown {
  return plain(template({ 'main.bicep': `${declarations}\nvar x = ${expression}\n` }).template.symbol('x'))
}

/**
 * Compact text for Bicep syntax trees, so parser tests can state the whole expected tree on one line:
 * `(? (=~ patchMode 'AutomaticByPlatform') enableHotpatching false)`.
 */
import type { Decorator, Expression, ObjectMember, Statement, TypeNode } from '../../../src/readers/bicep/ast.js'

const quote = (text: string): string => `'${text.replace(/\n/g, '\\n')}'`

export function printExpression(node: Expression | { kind: 'if'; condition: Expression; body: Expression }): string {
  switch (node.kind) {
    case 'string':
      return quote(node.value)
    case 'interpolation':
      return `(interp ${node.segments.map((segment, i) => [quote(segment), node.expressions[i]]).flat().filter(part => part !== undefined).map(part => (typeof part === 'string' ? part : printExpression(part))).join(' ')})`
    case 'number':
    case 'boolean':
      return String(node.value)
    case 'null':
      return 'null'
    case 'identifier':
      return node.name
    case 'object':
      return `{${node.members.map(printMember).join(', ')}}`
    case 'array':
      return `[${node.items.map(item => (item.kind === 'spread' ? `...${printExpression(item.expression)}` : printExpression(item))).join(', ')}]`
    case 'for':
      return `(for ${node.index === undefined ? node.item : `(${node.item}, ${node.index})`} in ${printExpression(node.iterable)}: ${printExpression(node.body)})`
    case 'if':
      return `(if ${printExpression(node.condition)} ${printExpression(node.body)})`
    case 'unary':
      return `(${node.operator} ${printExpression(node.operand)})`
    case 'binary':
      return `(${node.operator} ${printExpression(node.left)} ${printExpression(node.right)})`
    case 'ternary':
      return `(? ${printExpression(node.condition)} ${printExpression(node.whenTrue)} ${printExpression(node.whenFalse)})`
    case 'member':
      return `${printExpression(node.object)}.${node.safe ? '?' : ''}${node.property}`
    case 'index':
      return `${printExpression(node.object)}[${node.safe ? '?' : ''}${node.fromEnd ? '^' : ''}${printExpression(node.index)}]`
    case 'nonNull':
      return `${printExpression(node.expression)}!`
    case 'resourceAccess':
      return `${printExpression(node.object)}::${node.name}`
    case 'call':
      return `${node.namespace === undefined ? '' : `${printExpression(node.namespace)}.`}${node.name}(${node.args.map(printExpression).join(', ')})`
    case 'lambda':
      return `(=> (${node.parameters.join(' ')}) ${printExpression(node.body)})`
  }
}

function printMember(member: ObjectMember): string {
  if (member.kind === 'spread') return `...${printExpression(member.expression)}`
  if (member.kind === 'resource') return printStatement(member)
  const key = member.key.kind === 'string' ? member.key.value : printExpression(member.key)
  return `${key}: ${printExpression(member.value)}`
}

export function printType(node: TypeNode): string {
  switch (node.kind) {
    case 'typeName':
      return node.name
    case 'literalType':
      return typeof node.value === 'string' ? quote(node.value) : String(node.value)
    case 'objectType':
      return `{${node.properties.map(property => `${printDecorators(property.decorators)}${property.name}: ${printType(property.type)}`).join(', ')}}`
    case 'tupleType':
      return `[${node.items.map(printType).join(', ')}]`
    case 'arrayType':
      return `${printType(node.element)}[]`
    case 'unionType':
      return `(| ${node.members.map(printType).join(' ')})`
    case 'nullableType':
      return `${printType(node.base)}?`
    case 'resourceType':
      return `resource ${quote(node.typeReference)}`
    case 'genericType':
      return `${node.name}<${node.args.map(printType).join(', ')}>`
    case 'typeMemberAccess':
      return `${printType(node.base)}.${node.member}`
  }
}

const printDecorators = (decorators: readonly Decorator[]): string =>
  decorators.map(d => `@${d.namespace === undefined ? '' : `${d.namespace}.`}${d.name}(${d.args.map(printExpression).join(', ')}) `).join('')

export function printStatement(node: Statement): string {
  const decorators = 'decorators' in node ? printDecorators(node.decorators) : ''
  switch (node.kind) {
    case 'targetScope':
      return `(targetScope ${printExpression(node.value)})`
    case 'metadata':
    case 'assert':
      return `(${node.kind} ${node.name} ${printExpression(node.value)})`
    case 'param':
      return `(${decorators}param ${node.name}${node.type === undefined ? '' : ` ${printType(node.type)}`}${node.value === undefined ? '' : ` = ${printExpression(node.value)}`})`
    case 'var':
      return `(${decorators}var ${node.name}${node.type === undefined ? '' : ` ${printType(node.type)}`} = ${printExpression(node.value)})`
    case 'resource':
      return `(${decorators}resource ${node.name} ${quote(node.typeReference)}${node.existing ? ' existing' : ''} = ${printExpression(node.value)})`
    case 'module':
      return `(${decorators}module ${node.name} ${quote(node.path)} = ${printExpression(node.value)})`
    case 'output':
      return `(${decorators}output ${node.name} ${printType(node.type)} = ${printExpression(node.value)})`
    case 'type':
      return `(${decorators}type ${node.name} = ${printType(node.type)})`
    case 'func':
      return `(${decorators}func ${node.name}(${node.parameters.map(p => `${p.name} ${printType(p.type)}`).join(', ')}) ${printType(node.returnType)} => ${printExpression(node.body)})`
    case 'import':
      if (node.provider !== undefined) return `(import ${quote(node.provider)}${node.wildcardAlias === undefined ? '' : ` as ${node.wildcardAlias}`})`
      return `(import ${node.wildcardAlias === undefined ? `{${node.symbols.map(s => (s.alias === undefined ? s.name : `${s.name} as ${s.alias}`)).join(', ')}}` : `* as ${node.wildcardAlias}`} from ${quote(node.from ?? '')})`
    case 'extension':
      return `(extension ${node.specification}${node.config === undefined ? '' : ` with ${printExpression(node.config)}`}${node.alias === undefined ? '' : ` as ${node.alias}`})`
    case 'using':
      return `(using ${node.path === undefined ? 'none' : quote(node.path)})`
    case 'extends':
      return `(extends ${quote(node.path)})`
  }
}

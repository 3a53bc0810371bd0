import { bool, computed, describeKind, firstUnresolved, nil, num, unknown, type Value, withProvenance } from './values.js'

/*
 * The operators on values that need no evaluation of their own: unary and arithmetic operators,
 * property access and indexing. The evaluator (evaluator.ts) evaluates the operands and calls them.
 */

/** `!x`, `-x` */
export function unary(operator: '!' | '-', operand: Value): Value {
  if (operator === '!' && operand.kind === 'boolean') return bool(!operand.value, computed([operand]))
  if (operator === '-' && operand.kind === 'number') return num(-operand.value, computed([operand]))
  return firstUnresolved([operand]) ?? unknown(`'${operator}' cannot apply to ${describeKind(operand)}`, operand.prov)
}

/** `a.b`, `a.?b` */
export function member(target: Value, name: string, safe: boolean): Value {
  switch (target.kind) {
    case 'object': {
      const property = target.properties.get(name.toLowerCase())
      if (property !== undefined) return withProvenance(property.value, target.prov)
      if (target.incomplete !== undefined) return unknown(target.incomplete, target.prov)
      return safe ? nil(target.prov) : unknown(`property '${name}' is not set`, target.prov)
    }
    case 'null':
      return safe ? target : unknown(`cannot read '${name}' of null`, target.prov)
    case 'record':
      return withProvenance(target.member(name), target.prov)
    case 'unresolved':
      return unknown(target.reason, target.prov)
    default:
      return unknown(`cannot read '${name}' of ${describeKind(target)}`, target.prov)
  }
}

/** `target[index]`; `fromEnd`: `target[^index]`, counted from the end (`[^1]` is the last item). */
export function index(target: Value, index: Value, safe: boolean, fromEnd = false, paired = false): Value {
  // `vms[i]` in a loop over the items `vms` loops over (neither known): the instance of that same iteration.
  const instances = target.kind === 'unresolved' ? target.instances : undefined
  if (paired && !fromEnd && instances !== undefined && index.kind === 'unresolved' && instances.loop === index.indexOf) return instances.instance
  if (!fromEnd && index.kind === 'string' && (target.kind === 'object' || target.kind === 'record' || target.kind === 'null')) {
    return member(target, index.value, safe)
  }
  if (target.kind === 'array' && index.kind === 'number') {
    const position = fromEnd ? target.items.length - index.value : index.value
    const item = fromEnd && index.value < 1 ? undefined : target.items[position]
    if (item !== undefined) return withProvenance(item, target.prov)
    if (safe) return nil(target.prov)
    return unknown(`index ${fromEnd ? '^' : ''}${index.value} is outside the array of ${target.items.length}`, target.prov)
  }
  if (target.kind === 'null' && safe) return target
  const reason = `cannot index ${describeKind(target)} with ${describeKind(index)}`
  return firstUnresolved([target, index]) ?? unknown(reason, target.prov)
}

/** The reason an unresolved value (or a deployment-time record) carries, else `fallback`. */
export function whyUnknown(value: Value | undefined, fallback: string): string {
  if (value?.kind === 'unresolved') return value.reason
  return value?.kind === 'record' ? `${value.label} is only known at deployment` : fallback
}

export function arithmetic(operator: string, left: Value, right: Value, prov: Value['prov']): Value {
  if (left.kind === 'number' && right.kind === 'number') {
    const [a, b] = [left.value, right.value]
    switch (operator) {
      case '+':
        return num(a + b, prov)
      case '-':
        return num(a - b, prov)
      case '*':
        return num(a * b, prov)
      case '/':
      case '%':
        if (b === 0) return unknown('division by zero', prov)
        return num(operator === '/' ? Math.trunc(a / b) : a % b, prov)
      case '<':
        return bool(a < b, prov)
      case '<=':
        return bool(a <= b, prov)
      case '>':
        return bool(a > b, prov)
      case '>=':
        return bool(a >= b, prov)
    }
  }
  if (left.kind === 'string' && right.kind === 'string' && ['<', '<=', '>', '>='].includes(operator)) {
    const order = left.value < right.value ? -1 : left.value > right.value ? 1 : 0
    const holds = { '<': order < 0, '<=': order <= 0, '>': order > 0, '>=': order >= 0 }[operator as '<']
    return bool(holds, prov)
  }
  return unknown(`'${operator}' cannot apply to ${describeKind(left)} and ${describeKind(right)}`, prov)
}

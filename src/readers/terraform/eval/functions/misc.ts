import { asBool, asNumber, asString, checkedString } from '../coerce.js'
import {
  failure,
  fromJson,
  isFailure,
  isList,
  isMissing,
  isObject,
  isUnknown,
  toJson,
  unknown,
  type Value
} from '../value.js'
import { planTime } from '../deployment-time.js'
import type { FunctionTable, TerraformFunction } from './table.js'

const numberFunction =
  (transform: (values: number[]) => Value) =>
  (args: readonly Value[]): Value => {
    const numbers: number[] = []
    for (const arg of args) {
      const number = asNumber(arg)
      if (typeof number !== 'number') return number
      numbers.push(number)
    }
    return transform(numbers)
  }

const notEvaluated = (reason: string): TerraformFunction => ({
  arity: [0, Infinity],
  seesMissing: true,
  call: () => unknown(reason)
})

const READS_FILE = notEvaluated('reads a file at plan time')
/**
 * The time of the plan: the policy reads a window start with this reason as starting when it is deployed
 * (src/model/deployment-time.ts), so nothing computed from it carries it (the evaluator sees to that).
 */
const PLAN_TIME: TerraformFunction = { arity: [0, 0], call: () => planTime() }
const HASH = notEvaluated('a hash is not computed by the scanner')

export const miscFunctions: FunctionTable = {
  try: { arity: [1, Infinity], seesMissing: true, call: tryFunction },
  can: { arity: [1, 1], seesMissing: true, call: ([value]) => canFunction(value ?? null) },
  coalesce: { arity: [1, Infinity], seesMissing: true, call: coalesce },
  tobool: { arity: [1, 1], call: ([value]) => (value === null ? null : asBool(value ?? null)) },
  tonumber: { arity: [1, 1], call: ([value]) => (value === null ? null : asNumber(value ?? null)) },
  nonsensitive: { arity: [1, 1], seesMissing: true, call: ([value]) => value ?? null },
  sensitive: { arity: [1, 1], seesMissing: true, call: ([value]) => value ?? null },
  jsonencode: { arity: [1, 1], seesMissing: true, call: ([value]) => jsonencode(value ?? null) },
  jsondecode: { arity: [1, 1], call: ([value]) => jsondecode(value ?? null) },
  base64encode: {
    arity: [1, 1],
    call: ([value]) => {
      const text = asString(value ?? null)
      return typeof text === 'string' ? checkedString(Buffer.from(text, 'utf8').toString('base64')) : text
    }
  },
  base64decode: {
    arity: [1, 1],
    call: ([value]) => {
      const text = asString(value ?? null)
      return typeof text === 'string' ? Buffer.from(text, 'base64').toString('utf8') : text
    }
  },
  abs: { arity: [1, 1], call: numberFunction(([n]) => Math.abs(n ?? 0)) },
  ceil: { arity: [1, 1], call: numberFunction(([n]) => Math.ceil(n ?? 0)) },
  floor: { arity: [1, 1], call: numberFunction(([n]) => Math.floor(n ?? 0)) },
  signum: { arity: [1, 1], call: numberFunction(([n]) => Math.sign(n ?? 0)) },
  pow: { arity: [2, 2], call: numberFunction(([a, b]) => Math.pow(a ?? 0, b ?? 0)) },
  max: { arity: [1, Infinity], call: numberFunction(numbers => Math.max(...numbers)) },
  min: { arity: [1, Infinity], call: numberFunction(numbers => Math.min(...numbers)) },
  file: READS_FILE,
  fileexists: READS_FILE,
  filebase64: READS_FILE,
  fileset: READS_FILE,
  templatefile: READS_FILE,
  abspath: notEvaluated('depends on the machine running Terraform'),
  timestamp: PLAN_TIME,
  plantimestamp: PLAN_TIME,
  // Sees its arguments, so timestamp()'s reason stops here: a year after the deployment is not the deployment.
  timeadd: notEvaluated('function timeadd() is not evaluated by the scanner'),
  // Drawn at plan time, but not a time: it never carries the plan time's reason.
  uuid: notEvaluated('uuid() is a random value drawn at plan time'),
  md5: HASH,
  sha1: HASH,
  sha256: HASH,
  sha512: HASH,
  base64sha256: HASH,
  filemd5: READS_FILE,
  filesha256: READS_FILE
}

/** Deep check for a failure hidden in a collection (try/can treat it as an error of the whole). */
function hiddenProblem(value: Value, depth = 0): Value | undefined {
  if (isMissing(value)) return value
  if (depth > 32) return undefined
  const children = isList(value) ? value : isObject(value) ? [...value.entries.values()] : []
  let found: Value | undefined
  for (const child of children) {
    const problem = hiddenProblem(child, depth + 1)
    if (problem !== undefined && isFailure(problem)) return problem
    found ??= problem
  }
  return found
}

function tryFunction(args: readonly Value[]): Value {
  let last: Value = failure('try(): no argument could be evaluated')
  for (const arg of args) {
    const problem = hiddenProblem(arg)
    if (problem === undefined) return arg
    if (isUnknown(problem)) return isUnknown(arg) ? arg : problem
    last = problem
  }
  return last
}

function canFunction(value: Value): Value {
  const problem = hiddenProblem(value)
  if (problem === undefined) return true
  return isUnknown(problem) ? problem : false
}

/** The first argument that is neither null nor an empty string. */
function coalesce(args: readonly Value[]): Value {
  for (const arg of args) {
    if (isMissing(arg)) return arg
    if (arg !== null && arg !== '') return arg
  }
  return failure('coalesce(): all arguments are null or empty')
}

function jsonencode(value: Value): Value {
  const problem = hiddenProblem(value)
  if (problem !== undefined) return problem
  const json = toJson(value)
  return json === undefined ? unknown('jsonencode() of a value that is not fully known') : checkedString(JSON.stringify(json))
}

function jsondecode(value: Value): Value {
  const text = asString(value)
  if (typeof text !== 'string') return text
  try {
    return fromJson(JSON.parse(text))
  } catch {
    return failure('jsondecode(): the text is not valid JSON')
  }
}

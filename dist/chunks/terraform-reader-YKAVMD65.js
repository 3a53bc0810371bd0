import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  atLeast,
  inRange,
  syntaxKey
} from "./chunk-6V3YIKE4.js";
import {
  hasPlan
} from "./chunk-OI24433P.js";
import {
  AZAPI_MODELLED_TYPES,
  AZAPI_RESOURCE,
  AZAPI_RESOURCE_ACTION,
  AZAPI_UPDATE_RESOURCE,
  AZURERM_ARM_TYPES,
  MAX_COLLECTION_SIZE,
  MAX_STRING_LENGTH,
  MAX_TREE_FOLDERS,
  PENDING,
  RESOURCE_GROUP_TYPE,
  SPLAT_ELEMENT,
  TERRAFORM_INPUTS,
  applyUpdates,
  asBool,
  asList,
  asNumber,
  asObject,
  asString,
  azapiResource,
  azurermCompute,
  bool,
  buildResource,
  checkedList,
  checkedString,
  compareKeys,
  convert,
  convertToType,
  descendValue,
  describeValue,
  entriesOf,
  failure,
  firstMissing,
  forgetHclFiles,
  formatNumber,
  fromJson,
  hclFilesOf,
  isFailure,
  isLazy,
  isList,
  isMissing,
  isModelledType,
  isObject,
  isUnknown,
  jsonValue,
  loadModuleTree,
  locationOf,
  modelledArmType,
  moduleFolderKey,
  objectFrom,
  objectValue,
  orProviderDefault,
  readUpdate,
  resourceGroupOfId,
  resourceReference,
  rootFolders,
  subscriptionSegmentOf,
  tagBlocks,
  text,
  texts,
  toJson,
  unknown,
  valuesEqual,
  withoutApiVersion
} from "./chunk-I4VXBTJH.js";
import "./chunk-3TM54PKU.js";
import "./chunk-SD73YJMR.js";
import {
  DEFAULT_LIMITS,
  DERIVED_FROM_PLAN_TIME_REASON,
  MACHINE_TYPES,
  MAINTENANCE_MODULE,
  PLAN_TIME_REASON,
  absent,
  azureScope,
  collectInputs,
  deploymentUnit,
  fileName,
  hotpatchSignals,
  inputPath,
  instanceBudgetMessage,
  isFilterShape,
  isLocalSource,
  isTerragrunt,
  isTfvars,
  known,
  moduleFolderOf,
  parseJsonDocument,
  stepBudgetMessage,
  terraformClaim,
  unreadCallAsAssignment,
  unreadCallAsDynamicScope,
  unreadCallAsVm,
  unresolved,
  visitInputs
} from "./chunk-HRE4GSV5.js";
import {
  ARC_LICENSE_PROFILE_TYPE,
  MAINTENANCE_ASSIGNMENT_TYPE,
  MAINTENANCE_CONFIGURATION_TYPE,
  VM_TYPE,
  keptText,
  parseResourceId
} from "./chunk-XG2W2MLJ.js";
import {
  getErrorMessage
} from "./chunk-KOMI2SY3.js";
import "./chunk-5XWL5JNG.js";

// src/readers/shared/notice-group.ts
function keptApart(kept, again) {
  return kept.group !== void 0 && again.group === void 0 ? again : kept;
}

// src/readers/terraform/eval/budget.ts
var Budget = class {
  constructor(maxSteps = 2e6, maxDepth = 400) {
    this.maxSteps = maxSteps;
    this.maxDepth = maxDepth;
  }
  maxSteps;
  maxDepth;
  steps = 0;
  depth = 0;
  exhausted = false;
  /** Counts one step; false when the session is out of steps. */
  step() {
    if (this.exhausted) return false;
    if (++this.steps > this.maxSteps) this.exhausted = true;
    return !this.exhausted;
  }
};
var MAX_HOPS = 16;
var NO_HOPS = Object.freeze([]);
var Tracer = class {
  frames = [];
  depth = 0;
  record(hop) {
    if (this.depth === 0) return;
    const top = this.depth - 1;
    const frame = this.frames[top];
    if (frame === void 0) this.frames[top] = [hop];
    else if (frame.length < MAX_HOPS) frame.push(hop);
  }
  recordAll(hops) {
    for (let i = 0; i < hops.length; i++) this.record(hops[i]);
  }
  capture(run) {
    const index = this.depth++;
    this.frames[index] = void 0;
    let result;
    let frame;
    try {
      result = run();
    } finally {
      frame = this.frames[index];
      this.frames[index] = void 0;
      this.depth = index;
    }
    return { result, hops: frame ?? NO_HOPS };
  }
};

// src/readers/terraform/eval/functions/files.ts
var FILE_FUNCTIONS = /* @__PURE__ */ new Set(["file", "fileexists"]);
function callFileFunction(name, args, files, tracer) {
  if (args.length !== 1) return failure(`${name}() takes 1 argument, not ${args.length}`);
  const missing2 = firstMissing(args);
  if (missing2) return missing2;
  const written = asString(args[0] ?? null);
  if (typeof written !== "string") return written;
  if (name === "fileexists") return files.exists(written) ?? unknown(`fileexists("${written}") looks outside the scanned folder`);
  const read = files.read(written);
  if (!read.ok) return unknown(`file("${written}") is not read: ${read.reason}`);
  tracer.record({ kind: "file", name: read.path, location: { file: read.path, line: 1, column: 1 } });
  return checkedString(read.text);
}

// src/readers/terraform/eval/functions/collections.ts
var listFunction = (transform) => ([list, ...rest]) => {
  const items = asList(list ?? null);
  return isList(items) ? transform(items, rest) : items;
};
var collectionFunctions = {
  length: { arity: [1, 1], call: ([value]) => length(value ?? null) },
  concat: { arity: [0, Infinity], call: concat },
  contains: { arity: [2, 2], call: listFunction((items, [value]) => contains(items, value ?? null)) },
  distinct: { arity: [1, 1], call: listFunction(distinct) },
  toset: { arity: [1, 1], call: listFunction(distinct) },
  tolist: { arity: [1, 1], call: listFunction((items) => items) },
  element: { arity: [2, 2], call: listFunction(element) },
  index: { arity: [2, 2], call: listFunction(indexOf) },
  flatten: { arity: [1, 1], call: listFunction((items) => flatten(items, 0)) },
  compact: { arity: [1, 1], call: listFunction((items) => items.filter((item) => item !== null && item !== "")) },
  reverse: { arity: [1, 1], call: listFunction((items) => [...items].reverse()) },
  slice: { arity: [3, 3], call: listFunction(slice) },
  sort: { arity: [1, 1], call: listFunction(sortStrings) },
  one: { arity: [1, 1], call: listFunction(one) },
  sum: { arity: [1, 1], call: listFunction(sum) },
  alltrue: { arity: [1, 1], call: listFunction((items) => items.every((item) => item === true || item === "true")) },
  anytrue: { arity: [1, 1], call: listFunction((items) => items.some((item) => item === true || item === "true")) },
  coalescelist: { arity: [1, Infinity], call: (args) => args.find((arg) => isList(arg) && arg.length > 0) ?? [] },
  keys: { arity: [1, 1], call: ([value]) => mapFunction(value ?? null, (entries) => [...entries.keys()].sort(compareKeys)) },
  values: { arity: [1, 1], call: ([value]) => mapFunction(value ?? null, (entries) => sortedValues(entries)) },
  tomap: { arity: [1, 1], call: ([value]) => asObject(value ?? null) },
  lookup: { arity: [2, 3], seesMissing: true, call: lookup },
  merge: { arity: [0, Infinity], seesMissing: true, call: merge },
  zipmap: { arity: [2, 2], call: zipmap },
  range: { arity: [1, 3], call: range }
};
function length(value) {
  if (typeof value === "string") return [...value].length;
  if (isList(value)) return value.length;
  if (isObject(value)) return value.partial === void 0 ? value.entries.size : unknown(value.partial);
  return failure("length() needs a string, list or map");
}
function concat(args) {
  const result = [];
  for (const arg of args) {
    const items = asList(arg);
    if (!isList(items)) return items;
    result.push(...items);
    if (result.length > MAX_COLLECTION_SIZE) return checkedList(result);
  }
  return result;
}
function contains(items, value) {
  let undecided;
  for (const item of items) {
    const equal = valuesEqual(item, value);
    if (equal === true) return true;
    if (equal !== false) undecided ??= equal;
  }
  return undecided ?? false;
}
function distinct(items) {
  const result = [];
  for (const item of items) {
    const seen = contains(result, item);
    if (seen === false) result.push(item);
    else if (seen !== true) return seen;
  }
  return result;
}
function element(items, [position]) {
  const index = asNumber(position ?? null);
  if (typeof index !== "number") return index;
  if (items.length === 0) return failure("element() of an empty list");
  return items[(Math.trunc(index) % items.length + items.length) % items.length];
}
function indexOf(items, [value]) {
  for (let i = 0; i < items.length; i++) {
    const equal = valuesEqual(items[i], value ?? null);
    if (equal === true) return i;
    if (equal !== false) return equal;
  }
  return failure("index(): the value is not in the list");
}
function flatten(items, depth) {
  if (depth > 32) return failure("flatten(): lists nested too deeply");
  const result = [];
  for (const item of items) {
    if (!isList(item)) {
      if (isUnknown(item)) return item;
      result.push(item);
      continue;
    }
    const inner = flatten(item, depth + 1);
    if (!isList(inner)) return inner;
    result.push(...inner);
    if (result.length > MAX_COLLECTION_SIZE) return checkedList(result);
  }
  return result;
}
function slice(items, [start, end]) {
  const from = asNumber(start ?? null);
  if (typeof from !== "number") return from;
  const to = asNumber(end ?? null);
  if (typeof to !== "number") return to;
  if (from < 0 || to > items.length || from > to) return failure("slice() indexes are out of range");
  return items.slice(from, to);
}
function sortStrings(items) {
  const strings = [];
  for (const item of items) {
    const text2 = asString(item);
    if (typeof text2 !== "string") return text2;
    strings.push(text2);
  }
  return strings.sort(compareKeys);
}
function one(items) {
  if (items.length > 1) return failure("one() needs a list of zero or one element");
  return items[0] ?? null;
}
function sum(items) {
  let total = 0;
  for (const item of items) {
    const number = asNumber(item);
    if (typeof number !== "number") return number;
    total += number;
  }
  return total;
}
function mapFunction(value, transform) {
  const object = asObject(value);
  if (!isObject(object)) return object;
  if (object.partial !== void 0) return unknown(object.partial);
  return transform(object.entries);
}
var sortedValues = (entries) => [...entries.keys()].sort(compareKeys).map((key) => entries.get(key));
function lookup([map, key, fallback]) {
  const object = asObject(map ?? null);
  if (!isObject(object)) return object;
  const name = asString(key ?? null);
  if (typeof name !== "string") return name;
  if (object.entries.has(name)) return object.entries.get(name);
  if (object.partial !== void 0) return unknown(object.partial);
  return fallback === void 0 ? failure(`lookup(): no key "${name}" and no default`) : fallback;
}
function merge(args) {
  const entries = /* @__PURE__ */ new Map();
  let partial;
  for (const arg of args) {
    if (arg === null) continue;
    if (isUnknown(arg)) {
      partial ??= arg.reason;
      entries.clear();
      continue;
    }
    const object = asObject(arg);
    if (!isObject(object)) return object;
    if (object.partial !== void 0) {
      partial ??= object.partial;
      entries.clear();
      if ((object.unknownKeyed?.length ?? 0) > 0) continue;
    }
    for (const [key, item] of object.entries) entries.set(key, item);
  }
  return objectValue(entries, partial);
}
function zipmap([keys, values]) {
  const names = asList(keys ?? null);
  if (!isList(names)) return names;
  const items = asList(values ?? null);
  if (!isList(items)) return items;
  if (names.length !== items.length) return failure("zipmap() needs lists of the same length");
  const entries = /* @__PURE__ */ new Map();
  for (let i = 0; i < names.length; i++) {
    const name = asString(names[i]);
    if (typeof name !== "string") return name;
    entries.set(name, items[i]);
  }
  return objectValue(entries);
}
function range(args) {
  const numbers = [];
  for (const arg of args) {
    const number = asNumber(arg);
    if (typeof number !== "number") return number;
    numbers.push(number);
  }
  const [start, end, step] = numbers.length === 1 ? [0, numbers[0] ?? 0, 1] : [numbers[0] ?? 0, numbers[1] ?? 0, numbers[2] ?? 1];
  if (step === 0) return failure("range() step must not be zero");
  const count = Math.ceil((end - start) / step);
  if (count > MAX_COLLECTION_SIZE) return failure(`range() of more than ${MAX_COLLECTION_SIZE} numbers`);
  return Array.from({ length: Math.max(0, count) }, (_, i) => start + i * step);
}

// src/readers/terraform/eval/deployment-time.ts
var planTime = () => unknown(PLAN_TIME_REASON);
var isPlanTime = (value) => value !== void 0 && isUnknown(value) && value.reason === PLAN_TIME_REASON;
var notDeploymentTime = (value) => isPlanTime(value) ? unknown(DERIVED_FROM_PLAN_TIME_REASON) : value;
function isFullDateTimeSpec(spec) {
  const tokens = [];
  for (let i = 0; i < spec.length; ) {
    const char = spec[i];
    if (char === "'") {
      const end = spec.indexOf("'", i + 1);
      if (end < 0 || !/^[\s\-/:.,T]+$/.test(spec.slice(i + 1, end))) return false;
      i = end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(char)) {
      let run = 1;
      while (spec[i + run] === char) run++;
      tokens.push(char.repeat(run));
      i += run;
      continue;
    }
    if (!/[\s\-/:.,]/.test(char)) return false;
    i++;
  }
  return /^YYYY (MM?) (DD?) (hh?) (mm?)( ss?)?( (Z|ZZZZ|ZZZZZ))?$/.test(tokens.join(" "));
}

// src/readers/terraform/eval/functions/dates.ts
var dateFunctions = {
  formatdate: {
    arity: [2, 2],
    seesMissing: true,
    call: ([spec = null, timestamp = null]) => {
      const missing2 = firstMissing([spec, timestamp]);
      if (missing2 === void 0) return formatDate(spec, timestamp);
      if (missing2 === timestamp && isPlanTime(timestamp) && typeof spec === "string" && isFullDateTimeSpec(spec)) return timestamp;
      return notDeploymentTime(missing2);
    }
  }
};
var RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
function formatDate(spec, timestamp) {
  const format2 = asString(spec);
  if (typeof format2 !== "string") return format2;
  const time = asString(timestamp);
  if (typeof time !== "string") return time;
  const moment = parseTimestamp(time);
  if (moment === void 0) return failure(`formatdate(): "${time.slice(0, 64)}" is not an RFC 3339 timestamp`);
  let out = "";
  for (let i = 0; i < format2.length; ) {
    const char = format2[i];
    if (char === "'") {
      const literal = quotedLiteral(format2, i);
      if (literal === void 0) return failure("formatdate(): a quoted literal in the format is not closed");
      out += literal.text;
      i = literal.end;
      continue;
    }
    if (!/[A-Za-z]/.test(char)) {
      out += char;
      i++;
      continue;
    }
    let run = 1;
    while (format2[i + run] === char) run++;
    const piece = sequence(char.repeat(run), moment);
    if (piece === void 0) return failure(`formatdate(): invalid date format sequence "${char.repeat(run)}"`);
    out += piece;
    i += run;
  }
  return out;
}
function quotedLiteral(format2, start) {
  let text2 = "";
  for (let i = start + 1; i < format2.length; i++) {
    if (format2[i] !== "'") {
      text2 += format2[i];
      continue;
    }
    if (format2[i + 1] !== "'") return { text: i === start + 1 ? "'" : text2, end: i + 1 };
    text2 += "'";
    i++;
  }
  return void 0;
}
function parseTimestamp(text2) {
  const match = RFC3339.exec(text2);
  if (match === null) return void 0;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || hour > 23 || minute > 59 || second > 60) return void 0;
  return { year, month, day, hour, minute, second, weekday: date.getUTCDay(), offset: match[7] };
}
var two = (n) => String(n).padStart(2, "0");
function sequence(letters, m) {
  const twelve = m.hour % 12 === 0 ? 12 : m.hour % 12;
  const utc = m.offset === "Z" || m.offset.endsWith("00:00");
  const compact = m.offset === "Z" ? "+0000" : m.offset.replace(":", "");
  switch (letters) {
    case "YYYY":
      return String(m.year).padStart(4, "0");
    case "YY":
      return two(m.year % 100);
    case "MMMM":
      return MONTHS[m.month - 1];
    case "MMM":
      return MONTHS[m.month - 1]?.slice(0, 3);
    case "MM":
      return two(m.month);
    case "M":
      return String(m.month);
    case "DD":
      return two(m.day);
    case "D":
      return String(m.day);
    case "EEEE":
      return DAYS[m.weekday];
    case "EEE":
      return DAYS[m.weekday]?.slice(0, 3);
    case "hh":
      return two(m.hour);
    case "h":
      return String(m.hour);
    case "HH":
      return two(twelve);
    case "H":
      return String(twelve);
    case "AA":
      return m.hour < 12 ? "AM" : "PM";
    case "aa":
      return m.hour < 12 ? "am" : "pm";
    case "mm":
      return two(m.minute);
    case "m":
      return String(m.minute);
    case "ss":
      return two(m.second);
    case "s":
      return String(m.second);
    case "ZZZZZ":
      return m.offset === "Z" ? "+00:00" : m.offset;
    case "ZZZZ":
      return compact;
    case "ZZZ":
      return utc ? "UTC" : compact;
    case "Z":
      return utc ? "Z" : m.offset;
    default:
      return void 0;
  }
}

// src/readers/terraform/eval/functions/misc.ts
var numberFunction = (transform) => (args) => {
  const numbers = [];
  for (const arg of args) {
    const number = asNumber(arg);
    if (typeof number !== "number") return number;
    numbers.push(number);
  }
  return transform(numbers);
};
var notEvaluated = (reason) => ({
  arity: [0, Infinity],
  seesMissing: true,
  call: () => unknown(reason)
});
var READS_FILE = notEvaluated("reads a file at plan time");
var PLAN_TIME = { arity: [0, 0], call: () => planTime() };
var HASH = notEvaluated("a hash is not computed by the scanner");
var miscFunctions = {
  try: { arity: [1, Infinity], seesMissing: true, call: tryFunction },
  can: { arity: [1, 1], seesMissing: true, call: ([value]) => canFunction(value ?? null) },
  coalesce: { arity: [1, Infinity], seesMissing: true, call: coalesce },
  tobool: { arity: [1, 1], call: ([value]) => value === null ? null : asBool(value ?? null) },
  tonumber: { arity: [1, 1], call: ([value]) => value === null ? null : asNumber(value ?? null) },
  nonsensitive: { arity: [1, 1], seesMissing: true, call: ([value]) => value ?? null },
  sensitive: { arity: [1, 1], seesMissing: true, call: ([value]) => value ?? null },
  jsonencode: { arity: [1, 1], seesMissing: true, call: ([value]) => jsonencode(value ?? null) },
  jsondecode: { arity: [1, 1], call: ([value]) => jsondecode(value ?? null) },
  base64encode: {
    arity: [1, 1],
    call: ([value]) => {
      const text2 = asString(value ?? null);
      return typeof text2 === "string" ? checkedString(Buffer.from(text2, "utf8").toString("base64")) : text2;
    }
  },
  base64decode: {
    arity: [1, 1],
    call: ([value]) => {
      const text2 = asString(value ?? null);
      return typeof text2 === "string" ? Buffer.from(text2, "base64").toString("utf8") : text2;
    }
  },
  abs: { arity: [1, 1], call: numberFunction(([n]) => Math.abs(n ?? 0)) },
  ceil: { arity: [1, 1], call: numberFunction(([n]) => Math.ceil(n ?? 0)) },
  floor: { arity: [1, 1], call: numberFunction(([n]) => Math.floor(n ?? 0)) },
  signum: { arity: [1, 1], call: numberFunction(([n]) => Math.sign(n ?? 0)) },
  pow: { arity: [2, 2], call: numberFunction(([a, b]) => Math.pow(a ?? 0, b ?? 0)) },
  max: { arity: [1, Infinity], call: numberFunction((numbers) => Math.max(...numbers)) },
  min: { arity: [1, Infinity], call: numberFunction((numbers) => Math.min(...numbers)) },
  file: READS_FILE,
  fileexists: READS_FILE,
  filebase64: READS_FILE,
  fileset: READS_FILE,
  templatefile: READS_FILE,
  abspath: notEvaluated("depends on the machine running Terraform"),
  timestamp: PLAN_TIME,
  plantimestamp: PLAN_TIME,
  // Sees its arguments, so timestamp()'s reason stops here: a year after the deployment is not the deployment.
  timeadd: notEvaluated("function timeadd() is not evaluated by the scanner"),
  // Drawn at plan time, but not a time: it never carries the plan time's reason.
  uuid: notEvaluated("uuid() is a random value drawn at plan time"),
  md5: HASH,
  sha1: HASH,
  sha256: HASH,
  sha512: HASH,
  base64sha256: HASH,
  filemd5: READS_FILE,
  filesha256: READS_FILE
};
function hiddenProblem(value, depth = 0) {
  if (isMissing(value)) return value;
  if (depth > 32) return void 0;
  const children = isList(value) ? value : isObject(value) ? [...value.entries.values()] : [];
  let found;
  for (const child of children) {
    const problem = hiddenProblem(child, depth + 1);
    if (problem !== void 0 && isFailure(problem)) return problem;
    found ??= problem;
  }
  return found;
}
function tryFunction(args) {
  let last = failure("try(): no argument could be evaluated");
  for (const arg of args) {
    const problem = hiddenProblem(arg);
    if (problem === void 0) return arg;
    if (isUnknown(problem)) return isUnknown(arg) ? arg : problem;
    last = problem;
  }
  return last;
}
function canFunction(value) {
  const problem = hiddenProblem(value);
  if (problem === void 0) return true;
  return isUnknown(problem) ? problem : false;
}
function coalesce(args) {
  for (const arg of args) {
    if (isMissing(arg)) return arg;
    if (arg !== null && arg !== "") return arg;
  }
  return failure("coalesce(): all arguments are null or empty");
}
function jsonencode(value) {
  const problem = hiddenProblem(value);
  if (problem !== void 0) return problem;
  const json = toJson(value);
  return json === void 0 ? unknown("jsonencode() of a value that is not fully known") : checkedString(JSON.stringify(json));
}
function jsondecode(value) {
  const text2 = asString(value);
  if (typeof text2 !== "string") return text2;
  try {
    return fromJson(JSON.parse(text2));
  } catch {
    return failure("jsondecode(): the text is not valid JSON");
  }
}

// src/readers/terraform/eval/functions/strings.ts
var REGEX_NOT_EVALUATED = "regular expressions are not evaluated (Terraform uses RE2 syntax)";
var stringFunction = (transform) => ([text2]) => {
  const value = asString(text2 ?? null);
  return typeof value === "string" ? transform(value) : value;
};
var pairFunction = (transform) => ([first, second]) => {
  const a = asString(first ?? null);
  if (typeof a !== "string") return a;
  const b = asString(second ?? null);
  return typeof b === "string" ? transform(a, b) : b;
};
var stringFunctions = {
  lower: { arity: [1, 1], call: stringFunction((text2) => text2.toLowerCase()) },
  upper: { arity: [1, 1], call: stringFunction((text2) => text2.toUpperCase()) },
  title: { arity: [1, 1], call: stringFunction((text2) => text2.replace(new RegExp("(^|[^\\p{L}\\p{N}])(\\p{L})", "gu"), (_, a, b) => a + b.toUpperCase())) },
  trimspace: { arity: [1, 1], call: stringFunction((text2) => text2.trim()) },
  chomp: { arity: [1, 1], call: stringFunction((text2) => text2.replace(/(?:\r?\n)+$/, "")) },
  strrev: { arity: [1, 1], call: stringFunction((text2) => [...text2].reverse().join("")) },
  tostring: { arity: [1, 1], call: ([value]) => value === null ? null : asString(value ?? null) },
  trim: { arity: [2, 2], call: pairFunction((text2, cutset) => trimChars(text2, cutset, true, true)) },
  trimprefix: { arity: [2, 2], call: pairFunction((text2, prefix) => text2.startsWith(prefix) ? text2.slice(prefix.length) : text2) },
  trimsuffix: {
    arity: [2, 2],
    call: pairFunction((text2, suffix) => suffix !== "" && text2.endsWith(suffix) ? text2.slice(0, -suffix.length) : text2)
  },
  startswith: { arity: [2, 2], call: pairFunction((text2, prefix) => text2.startsWith(prefix)) },
  endswith: { arity: [2, 2], call: pairFunction((text2, suffix) => text2.endsWith(suffix)) },
  strcontains: { arity: [2, 2], call: pairFunction((text2, part) => text2.includes(part)) },
  split: { arity: [2, 2], call: pairFunction((separator, text2) => text2 === "" ? [""] : text2.split(separator)) },
  replace: { arity: [3, 3], call: replace },
  substr: { arity: [3, 3], call: substr },
  join: { arity: [2, Infinity], call: join },
  format: { arity: [1, Infinity], call: ([spec, ...args]) => format(spec ?? null, args) },
  basename: { arity: [1, 1], call: stringFunction((path) => path.replace(/\/+$/, "").split("/").at(-1) ?? "") },
  dirname: { arity: [1, 1], call: stringFunction((path) => path.includes("/") ? path.slice(0, path.lastIndexOf("/")) || "/" : ".") },
  regex: { arity: [2, 2], call: () => unknown(REGEX_NOT_EVALUATED) },
  regexall: { arity: [2, 2], call: () => unknown(REGEX_NOT_EVALUATED) }
};
function trimChars(text2, cutset, start, end) {
  const chars = new Set(cutset);
  const codePoints = [...text2];
  let from = 0;
  let to = codePoints.length;
  while (start && from < to && chars.has(codePoints[from])) from++;
  while (end && to > from && chars.has(codePoints[to - 1])) to--;
  return codePoints.slice(from, to).join("");
}
function replace([text2, search, replacement]) {
  const subject = asString(text2 ?? null);
  if (typeof subject !== "string") return subject;
  const pattern = asString(search ?? null);
  if (typeof pattern !== "string") return pattern;
  const substitute = asString(replacement ?? null);
  if (typeof substitute !== "string") return substitute;
  if (pattern.length > 1 && pattern.startsWith("/") && pattern.endsWith("/")) return unknown(REGEX_NOT_EVALUATED);
  if (pattern === "") return subject;
  return checkedString(subject.split(pattern).join(substitute));
}
function substr([text2, offset, length2]) {
  const subject = asString(text2 ?? null);
  if (typeof subject !== "string") return subject;
  const start = asNumber(offset ?? null);
  if (typeof start !== "number") return start;
  const count = asNumber(length2 ?? null);
  if (typeof count !== "number") return count;
  const codePoints = [...subject];
  const from = start < 0 ? Math.max(0, codePoints.length + start) : start;
  if (from > codePoints.length) return failure("substr offset is beyond the end of the string");
  return codePoints.slice(from, count < 0 ? void 0 : from + count).join("");
}
function join([separator, ...lists]) {
  const glue = asString(separator ?? null);
  if (typeof glue !== "string") return glue;
  const pieces = [];
  for (const list of lists) {
    const items = asList(list);
    if (!isList(items)) return items;
    for (const item of items) {
      const piece = asString(item);
      if (typeof piece !== "string") return piece;
      pieces.push(piece);
    }
  }
  return checkedString(pieces.join(glue));
}
var MAX_PRECISION = 100;
function format(spec, args) {
  const template = asString(spec);
  if (typeof template !== "string") return template;
  let next = 0;
  let problem;
  let length2 = template.length;
  const verbs = /%([-+# 0]*)(\d*)(?:\.(\d+))?([sdftvq%])/g;
  const text2 = template.replace(verbs, (whole, flags, width, precision, verb) => {
    if (verb === "%") return "%";
    if (problem !== void 0) return "";
    const arg = args[next++];
    if (arg === void 0) {
      problem = failure(`format has more verbs than arguments ("${whole}")`);
      return "";
    }
    if (precision !== void 0 && Number(precision) > MAX_PRECISION) {
      problem = failure(`format precision ${precision} is more than ${MAX_PRECISION} digits ("${whole}")`);
      return "";
    }
    const rendered = formatVerb(verb, arg, precision);
    if (typeof rendered !== "string") {
      problem = rendered;
      return "";
    }
    if (Number(width || 0) > MAX_STRING_LENGTH) {
      problem = failure(`format width ${width} is longer than ${MAX_STRING_LENGTH} characters`);
      return "";
    }
    const padded = pad(rendered, flags, Number(width || 0));
    length2 += padded.length - whole.length;
    if (length2 > MAX_STRING_LENGTH) {
      problem = failure(`format result longer than ${MAX_STRING_LENGTH} characters`);
      return "";
    }
    return padded;
  });
  return problem ?? checkedString(text2);
}
function pad(text2, flags, width) {
  if (text2.length >= width) return text2;
  if (flags.includes("-")) return text2.padEnd(width);
  if (flags.includes("0")) {
    const sign = text2.startsWith("-") ? "-" : "";
    return sign + text2.slice(sign.length).padStart(width - sign.length, "0");
  }
  return text2.padStart(width);
}
function formatVerb(verb, arg, precision) {
  switch (verb) {
    case "d": {
      const number = asNumber(arg);
      return typeof number === "number" ? Math.trunc(number).toFixed(0) : number;
    }
    case "f": {
      const number = asNumber(arg);
      return typeof number === "number" ? number.toFixed(precision === void 0 ? 6 : Number(precision)) : number;
    }
    case "q": {
      const text2 = asString(arg);
      return typeof text2 === "string" ? JSON.stringify(text2) : text2;
    }
    case "v":
      if (isList(arg) || isObject(arg)) {
        const json = toJson(arg);
        return json === void 0 ? unknown("format %v of a value that is not fully known") : JSON.stringify(json);
      }
      return typeof arg === "number" ? formatNumber(arg) : asString(arg);
    default:
      return asString(arg);
  }
}

// src/readers/terraform/eval/functions/index.ts
var FUNCTIONS = new Map(
  Object.entries({ ...stringFunctions, ...collectionFunctions, ...miscFunctions, ...dateFunctions })
);
function callFunction(name, args) {
  const fn = FUNCTIONS.get(name);
  if (!fn) return unknown(`function ${name}() is not evaluated by the scanner`);
  const [min, max] = fn.arity;
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    return failure(`${name}() takes ${expected} argument${min === 1 && max === 1 ? "" : "s"}, not ${args.length}`);
  }
  if (!fn.seesMissing) {
    const missing2 = firstMissing(args);
    if (missing2) return missing2;
  }
  return fn.call(args);
}

// src/readers/terraform/eval/operators.ts
function unaryOperation(operator, operand) {
  if (operator === "!") {
    const bool2 = asBool(operand);
    return typeof bool2 === "boolean" ? !bool2 : bool2;
  }
  const number = asNumber(operand);
  return typeof number === "number" ? -number : number;
}
function binaryOperation(operator, left, right) {
  switch (operator) {
    case "&&":
    case "||":
      return logical(operator, left, right);
    case "==":
    case "!=": {
      const equal = valuesEqual(left, right);
      return typeof equal === "boolean" ? operator === "==" === equal : equal;
    }
    default:
      return arithmetic(operator, left, right);
  }
}
function logical(operator, left, right) {
  const a = asBool(left);
  const b = asBool(right);
  const decisive = operator === "||";
  if (a === decisive || b === decisive) return decisive;
  if (typeof a !== "boolean") return a;
  if (typeof b !== "boolean") return b;
  return operator === "&&" ? a && b : a || b;
}
function arithmetic(operator, left, right) {
  const a = asNumber(left);
  const b = asNumber(right);
  if (typeof a !== "number") return a;
  if (typeof b !== "number") return b;
  switch (operator) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? failure("division by zero") : a / b;
    case "%":
      return b === 0 ? failure("division by zero") : a % b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    case "<":
      return a < b;
    case "<=":
      return a <= b;
  }
}

// src/readers/terraform/eval/traverse.ts
function traverseAttribute(target, name) {
  if (isMissing(target)) return target;
  if (isLazy(target)) return target.attribute(name);
  if (isObject(target)) {
    if (target.entries.has(name)) return target.entries.get(name);
    if (target.partial !== void 0) return unknown(target.partial);
    return failure(`this object has no attribute "${name}"`);
  }
  if (target === null) return failure(`cannot read "${name}" from a null value`);
  return failure(`cannot read "${name}" from ${describeValue(target)}`);
}
function traverseIndex(target, key) {
  if (isMissing(target)) return target;
  if (isMissing(key)) return key;
  if (isList(target)) {
    const index = asNumber(key);
    if (typeof index !== "number") return index;
    if (!Number.isInteger(index) || index < 0 || index >= target.length) {
      return failure(`index ${formatNumber(index)} is out of range for a list of ${target.length}`);
    }
    return target[index];
  }
  const name = asString(key);
  if (typeof name !== "string") return name;
  if (isLazy(target) || isObject(target)) {
    const found = traverseAttribute(target, name);
    return isObject(target) && !target.entries.has(name) && target.partial === void 0 ? failure(`no key "${name}" in this map`) : found;
  }
  if (target === null) return failure(`cannot index a null value with "${name}"`);
  return failure(`cannot index ${describeValue(target)}`);
}
function pairedInstance(written, target, key) {
  const instances = isUnknown(target) ? target.instances : void 0;
  if (instances === void 0 || !namesResource(written.target)) return void 0;
  if (written.key.kind === "literal") return written.key.value === 0 && instances.atMostOne ? instances.instance : void 0;
  const variable = written.key.kind === "getattr" && written.key.target.kind === "variable" ? `${written.key.target.name}.${written.key.name}` : "";
  const loopVariable = variable === "count.index" || variable === "each.key";
  return loopVariable && isUnknown(key) && key.indexOf === instances.loop ? instances.instance : void 0;
}
var namesResource = (expression) => expression.kind === "getattr" && expression.target.kind === "variable" && /^[a-z][a-z0-9]*_[a-z0-9_]+$/.test(expression.target.name);

// src/readers/terraform/eval/evaluator.ts
var KEEPS_PLAN_TIME = /* @__PURE__ */ new Set([
  "timestamp",
  "plantimestamp",
  "formatdate",
  "try",
  "coalesce",
  "sensitive",
  "nonsensitive",
  "tostring"
]);
function childScope(parent, names) {
  return { lookup: (name) => names.has(name) ? names.get(name) : parent.lookup(name) };
}
var Evaluator = class {
  constructor(budget = new Budget(), tracer = new Tracer(), files) {
    this.budget = budget;
    this.tracer = tracer;
    this.files = files;
  }
  budget;
  tracer;
  files;
  evaluate(expression, scope) {
    const budget = this.budget;
    if (!budget.step()) return failure("evaluation budget exhausted (the configuration is too large or too recursive)");
    if (budget.depth >= budget.maxDepth) return failure("expressions nested too deeply to evaluate");
    budget.depth++;
    try {
      return this.evaluateNode(expression, scope);
    } finally {
      budget.depth--;
    }
  }
  evaluateNode(expression, scope) {
    switch (expression.kind) {
      case "literal":
        return expression.value;
      case "template":
        return this.template(expression.parts, scope);
      case "tuple":
        return checkedList(expression.items.map((item) => this.evaluate(item, scope)));
      case "object":
        return this.object(expression, scope);
      case "variable":
        return scope.lookup(expression.name) ?? failure(`"${expression.name}" is not defined here`);
      // Below, a value computed from the plan time is not the plan time (src/model/deployment-time.ts).
      // (`local.start`, `var.times[0]` read a value as it is: only a part of the plan time itself is computed).
      case "getattr": {
        const target = this.evaluate(expression.target, scope);
        const value = traverseAttribute(target, expression.name);
        return isPlanTime(target) ? notDeploymentTime(value) : value;
      }
      case "index": {
        const [target, key] = [this.evaluate(expression.target, scope), this.evaluate(expression.key, scope)];
        const value = pairedInstance(expression, target, key) ?? traverseIndex(target, key);
        return isPlanTime(target) || isPlanTime(key) ? notDeploymentTime(value) : value;
      }
      case "splat":
        return notDeploymentTime(this.splat(this.evaluate(expression.target, scope), expression.each, scope));
      case "for":
        return notDeploymentTime(this.forExpression(expression, scope));
      case "conditional":
        return this.conditional(expression.condition, expression.then, expression.else, scope);
      case "unary":
        return notDeploymentTime(unaryOperation(expression.operator, this.evaluate(expression.operand, scope)));
      case "binary":
        return notDeploymentTime(
          binaryOperation(expression.operator, this.evaluate(expression.left, scope), this.evaluate(expression.right, scope))
        );
      case "call":
        return this.call(expression, scope);
      case "invalid":
        return failure(expression.reason);
    }
  }
  template(parts, scope) {
    const [only] = parts;
    if (parts.length === 1 && only?.kind === "interpolation") return this.evaluate(only.expression, scope);
    let text2 = "";
    for (const part of parts) {
      const piece = this.templatePart(part, scope);
      if (typeof piece !== "string") return notDeploymentTime(piece);
      text2 += piece;
      if (text2.length > 1e6) return checkedString(text2);
    }
    return text2;
  }
  templatePart(part, scope) {
    switch (part.kind) {
      case "text":
        return part.text;
      case "interpolation":
        return asString(this.evaluate(part.expression, scope));
      case "if": {
        const condition = asBool(this.evaluate(part.condition, scope));
        if (typeof condition !== "boolean") return condition;
        return asString(this.template(condition ? part.then : part.else, scope));
      }
      case "for": {
        const entries = entriesOf(this.evaluate(part.collection, scope));
        if (!Array.isArray(entries)) return entries;
        let text2 = "";
        for (const [key, value] of entries) {
          const names = /* @__PURE__ */ new Map([[part.valueName, value]]);
          if (part.keyName !== void 0) names.set(part.keyName, key);
          const piece = asString(this.template(part.body, childScope(scope, names)));
          if (typeof piece !== "string") return piece;
          text2 += piece;
          if (text2.length > 1e6) return checkedString(text2);
        }
        return text2;
      }
    }
  }
  object(expression, scope) {
    const entries = /* @__PURE__ */ new Map();
    const unknownKeyed = [];
    let partial;
    for (const item of expression.items) {
      const key = asString(this.evaluate(item.key, scope));
      if (typeof key !== "string" && !isUnknown(key)) return key;
      if (typeof key !== "string") {
        partial ??= key.reason;
        unknownKeyed.push(this.evaluate(item.value, scope));
      } else entries.set(key, this.evaluate(item.value, scope));
    }
    return partial === void 0 ? objectValue(entries) : { kind: "object", entries, partial, unknownKeyed };
  }
  splat(target, each, scope) {
    if (target === null) return [];
    if (isMissing(target)) return target;
    const items = isList(target) ? target : [target];
    return items.map((item) => this.evaluate(each, childScope(scope, /* @__PURE__ */ new Map([[SPLAT_ELEMENT, item]]))));
  }
  forExpression(expression, scope) {
    const entries = entriesOf(this.evaluate(expression.collection, scope));
    if (!Array.isArray(entries)) return entries;
    const list = [];
    const object = /* @__PURE__ */ new Map();
    for (const [key, value] of entries) {
      const names = /* @__PURE__ */ new Map([[expression.valueName, value]]);
      if (expression.keyName !== void 0) names.set(expression.keyName, key);
      const inner = childScope(scope, names);
      if (expression.condition) {
        const keep = asBool(this.evaluate(expression.condition, inner));
        if (typeof keep !== "boolean") return keep;
        if (!keep) continue;
      }
      const item = this.evaluate(expression.valueExpression, inner);
      if (!expression.keyExpression) {
        list.push(item);
        if (list.length > 1e5) return checkedList(list);
        continue;
      }
      const itemKey = asString(this.evaluate(expression.keyExpression, inner));
      if (typeof itemKey !== "string") return itemKey;
      if (expression.grouping) object.set(itemKey, [...object.get(itemKey) ?? [], item]);
      else if (object.has(itemKey)) return failure(`duplicate key "${itemKey}" in a for expression (use ... to group)`);
      else object.set(itemKey, item);
      if (object.size > 1e5) return failure("for expression produced too many keys");
    }
    return expression.keyExpression ? objectValue(object) : list;
  }
  conditional(condition, then, otherwise, scope) {
    const decided = asBool(this.evaluate(condition, scope));
    if (typeof decided === "boolean") return this.evaluate(decided ? then : otherwise, scope);
    if (!isUnknown(decided)) return decided;
    const a = this.evaluate(then, scope);
    const b = this.evaluate(otherwise, scope);
    return valuesEqual(a, b) === true ? a : notDeploymentTime(decided);
  }
  call(expression, scope) {
    const args = expression.args.map((arg) => this.evaluate(arg, scope));
    if (expression.expandFinal) {
      const last = args.pop();
      const spread = asList(last ?? null);
      if (!isList(spread)) return spread;
      args.push(...spread);
    }
    if (this.files !== void 0 && FILE_FUNCTIONS.has(expression.name)) return callFileFunction(expression.name, args, this.files, this.tracer);
    const result = callFunction(expression.name, args);
    return KEEPS_PLAN_TIME.has(expression.name) ? result : notDeploymentTime(result);
  }
};

// src/readers/terraform/config/tfvars.ts
var isAutoLoaded = (name) => name === "terraform.tfvars" || name === "terraform.tfvars.json" || /\.auto\.tfvars(\.json)?$/.test(name);
function autoLoadOrder(names) {
  const rank = (name) => name === "terraform.tfvars" ? 0 : name === "terraform.tfvars.json" ? 1 : 2;
  return [...names].filter(isAutoLoaded).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
async function readTfvars(path, files, workspace) {
  const values = /* @__PURE__ */ new Map();
  if (path.endsWith(".json")) {
    const text2 = workspace.readText(path);
    if (!text2.ok) return values;
    const document = parseJsonDocument(text2.text);
    if (document.error || document.root?.type !== "object") return values;
    for (const property of document.root.children ?? []) {
      const [key, value] = property.children ?? [];
      if (typeof key?.value !== "string") continue;
      values.set(key.value, { value: jsonValue(value), location: { file: path, ...document.position(key.offset) } });
    }
    return values;
  }
  const parsed = await files.parse(path);
  if (!parsed.ok || parsed.hcl.error) return values;
  const evaluator = new Evaluator();
  for (const attribute of parsed.hcl.body.attributes.values()) {
    values.set(attribute.name, {
      value: evaluator.evaluate(attribute.expression, { lookup: () => void 0 }),
      location: locationOf(path, attribute.pos)
    });
  }
  return values;
}

// src/readers/terraform/runtime/condition-keys.ts
function expansionKey(scope, meta, expression) {
  const text2 = syntaxKey(expression, "pos");
  return text2 === void 0 ? void 0 : `${scope}|${meta}|${text2}`;
}
function atMostOne(expression, depth = 0) {
  if (expression.kind === "literal") return expression.value === 0 || expression.value === 1;
  if (expression.kind !== "conditional" || depth > 16) return false;
  return atMostOne(expression.then, depth + 1) && atMostOne(expression.else, depth + 1);
}
var keyedOf = (instance) => ({ deployed: instance.deployed, ...instance.conditionKey !== void 0 && { conditionKeys: [instance.conditionKey] } });
function combinedKeys(outer, own) {
  if (outer?.deployed?.value === false || own.deployed?.value === false) return void 0;
  const keys = [];
  for (const part of [outer, own]) {
    if (part?.deployed?.origin !== "unresolved") continue;
    if (part.conditionKeys === void 0) return void 0;
    for (const key of part.conditionKeys) if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

// src/readers/terraform/runtime/provenance.ts
function isConstant(expression, depth = 0) {
  if (depth > 32) return false;
  switch (expression.kind) {
    case "literal":
      return true;
    // Loops, not every(): asked for every attribute read, where a closure per call was garbage.
    case "template": {
      const parts = expression.parts;
      for (let i = 0; i < parts.length; i++) if (parts[i].kind !== "text") return false;
      return true;
    }
    case "tuple": {
      const items = expression.items;
      for (let i = 0; i < items.length; i++) if (!isConstant(items[i], depth + 1)) return false;
      return true;
    }
    case "object": {
      const items = expression.items;
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!isConstant(item.key, depth + 1) || !isConstant(item.value, depth + 1)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}
function referenceOf(expression) {
  let current = expression;
  for (let steps = 0; steps < 64; steps++) {
    if (current.kind === "getattr" && current.target.kind === "variable") {
      return { root: current.target.name, name: current.name };
    }
    if (current.kind === "getattr" || current.kind === "index") current = current.target;
    else return void 0;
  }
  return void 0;
}
var NO_PLACES = Object.freeze([]);
var ORIGIN_OF_HOP = {
  default: "default",
  tfvars: "parameter-file",
  "module-input": "variable",
  local: "variable",
  "unset-variable": "unresolved",
  // A data file `file()` read: what the expression computes from it.
  file: "expression"
};
function traced(expression, value, location, hops) {
  if (isConstant(expression)) return { value, location, origin: "literal", via: NO_PLACES };
  const via = uniqueLocations(hops, location);
  const reference = referenceOf(expression);
  const isVariable = reference?.root === "var" || reference?.root === "local";
  const hop = isVariable ? hops.find((hop2) => hop2.name === reference?.name && hop2.kind === "local" === (reference.root === "local")) : void 0;
  if (hop) return { value, location, origin: ORIGIN_OF_HOP[hop.kind], detail: hop.name, via };
  return { value, location, origin: "expression", via };
}
function uniqueLocations(hops, exclude) {
  if (hops.length === 0) return NO_PLACES;
  const result = [];
  for (const { location } of hops) {
    if (samePlace(location, exclude) || result.some((kept) => samePlace(kept, location))) continue;
    result.push(location);
    if (result.length === 8) break;
  }
  return result.length === 0 ? NO_PLACES : result.slice();
}
var samePlace = (a, b) => a.line === b.line && a.column === b.column && a.file === b.file;
function toSourced(traced2, convert2) {
  const detail = traced2.detail === void 0 ? void 0 : keptText(traced2.detail);
  const via = traced2.via.length > 0 ? traced2.via : void 0;
  const value = traced2.value;
  if (isMissing(value) || isLazy(value)) {
    const reason = isLazy(value) ? `${value.description} is not a value` : value.reason;
    const prefix = isUnknown(value) || isLazy(value) ? "" : "invalid expression: ";
    const kept = unresolved(traced2.location, keptText(prefix + reason), detail, via);
    const allowed = isUnknown(value) ? scalars(value.allowed) : void 0;
    return allowed ? { ...kept, allowed } : kept;
  }
  const converted = convert2(value);
  if ("reason" in converted) return unresolved(traced2.location, keptText(converted.reason), detail, via);
  return known(converted.value, traced2.location, traced2.origin, detail, via);
}
function scalars(values) {
  if (values === void 0 || values.length === 0) return void 0;
  const kept = values.filter((value) => ["string", "number", "boolean"].includes(typeof value));
  return kept.length === values.length ? kept : void 0;
}

// src/readers/terraform/runtime/expansion.ts
var MAX_INSTANCES = 1e3;
var ALWAYS = (block, file) => ({
  value: true,
  origin: "provider-default",
  location: locationOf(file, block.pos)
});
function expand(block, file, scope, evaluator, budget, conditionScope) {
  const count = block.body.attributes.get("count");
  const forEach = block.body.attributes.get("for_each");
  const meta = count ?? forEach;
  if (!meta) return { instances: [{ key: void 0, names: /* @__PURE__ */ new Map(), deployed: ALWAYS(block, file) }], collect: ([v]) => v ?? null };
  const { result, hops } = evaluator.tracer.capture(() => evaluator.evaluate(meta.expression, scope));
  const trace = traced(meta.expression, result, locationOf(meta.file ?? file, meta.pos), hops);
  const undecided = (reason, value) => {
    const over = forEach !== void 0 && isUnknown(value) && namesResource(meta.expression) ? value.instances : void 0;
    const key = over?.loop ?? (conditionScope === void 0 ? void 0 : expansionKey(conditionScope, count ? "count" : "for_each", meta.expression));
    const index = key === void 0 ? unknown(reason) : { kind: "unknown", reason, indexOf: key };
    const deployed2 = toSourced({ ...trace, value }, () => ({ reason }));
    const names = count ? /* @__PURE__ */ new Map([["count", objectFrom({ index })]]) : eachNames(index, over?.instance ?? unknown(reason));
    const atMost = count !== void 0 && atMostOne(meta.expression);
    return {
      instances: [key === void 0 ? { key: void 0, names, deployed: deployed2 } : { key: void 0, names, deployed: deployed2, conditionKey: key }],
      collect: ([instance]) => key === void 0 || instance === void 0 ? unknown(reason) : { kind: "unknown", reason, instances: { loop: key, instance, atMostOne: atMost } }
    };
  };
  const none = (collection) => {
    const nothing = unknown(count ? "count is 0: there is no instance" : "for_each is empty: there is no instance");
    return {
      instances: [
        {
          key: void 0,
          names: count ? /* @__PURE__ */ new Map([["count", objectFrom({ index: nothing })]]) : eachNames(nothing, nothing),
          deployed: toSourced({ ...trace, value: false }, (v) => ({ value: v === true }))
        }
      ],
      collect: () => collection
    };
  };
  if (isMissing(result)) return undecided(result.reason, result);
  if (count) {
    if (typeof result !== "number" || !Number.isInteger(result) || result < 0) {
      return undecided(`count must be a whole number, found ${typeof result}`, result);
    }
    if (result === 0) return none([]);
    const exceeded2 = overBudget(result, budget);
    if (exceeded2 !== void 0) return { instances: [], collect: () => unknown(exceeded2), exceeded: exceeded2 };
    const instances2 = Array.from({ length: result }, (_, index) => ({
      key: index,
      names: /* @__PURE__ */ new Map([["count", objectFrom({ index })]]),
      deployed: toSourced({ ...trace, value: true }, () => ({ value: true }))
    }));
    return { instances: instances2, collect: (values) => [...values] };
  }
  const entries = forEachEntries(result);
  if (typeof entries === "string") return undecided(entries, unknown(entries));
  if (entries.length === 0) return none(objectValue(/* @__PURE__ */ new Map()));
  const exceeded = overBudget(entries.length, budget);
  if (exceeded !== void 0) return { instances: [], collect: () => unknown(exceeded), exceeded };
  const instances = entries.map(([key, value, unknownKey]) => ({
    key,
    names: eachNames(unknownKey ?? key, value),
    deployed: toSourced({ ...trace, value: true }, () => ({ value: true }))
  }));
  const partial = isObject(result) ? result.partial : void 0;
  return {
    instances,
    collect: (values) => {
      const known2 = instances.flatMap((instance, i) => entries[i]?.[2] === void 0 ? [[instance.key, values[i] ?? null]] : []);
      const unknownKeyed = instances.flatMap((_, i) => entries[i]?.[2] === void 0 ? [] : [values[i] ?? null]);
      if (partial === void 0 || unknownKeyed.length === 0) return objectValue(new Map(known2), partial);
      return { kind: "object", entries: new Map(known2), partial, unknownKeyed };
    }
  };
}
function overBudget(own, budget) {
  const factors = [...budget.factors, own];
  const total = factors.reduce((product, factor) => product * factor, 1);
  return total > budget.limits.instances ? instanceBudgetMessage(budget.what, total, factors, budget.limits) : void 0;
}
var eachNames = (key, value) => /* @__PURE__ */ new Map([["each", objectFrom({ key, value })]]);
function forEachEntries(value) {
  if (isObject(value)) {
    const unknownKeyed = value.unknownKeyed ?? [];
    if (value.partial !== void 0 && unknownKeyed.length === 0) return value.partial;
    const known2 = [...value.entries.keys()].sort(compareKeys).map((key) => [key, value.entries.get(key)]);
    const reason = value.partial ?? "";
    const unknownEntries = unknownKeyed.map((item, i) => [i === 0 ? "?" : `?${i + 1}`, item, unknown(reason)]);
    return [...known2, ...unknownEntries];
  }
  if (isList(value)) {
    const keys = /* @__PURE__ */ new Set();
    for (const item of value) {
      if (isMissing(item)) return item.reason;
      if (typeof item !== "string" && typeof item !== "number") return "for_each needs a map or a set of strings";
      keys.add(typeof item === "number" ? formatNumber(item) : item);
    }
    return [...keys].sort(compareKeys).map((key) => [key, key]);
  }
  return "for_each needs a map or a set of strings";
}
var keySuffix = (key) => key === void 0 ? "" : typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;

// src/readers/terraform/runtime/hcl-view.ts
var MAX_BLOCK_DEPTH = 16;
var NO_BLOCKS = Object.freeze({ found: Object.freeze([]) });
var HclView = class {
  constructor(body, scope, file, pos, evaluator) {
    this.body = body;
    this.scope = scope;
    this.file = file;
    this.evaluator = evaluator;
    this.location = locationOf(file, pos);
  }
  body;
  scope;
  file;
  evaluator;
  location;
  /**
   * Attribute evaluations in the view's own scope (nearly all): a path into a large `body` must not
   * evaluate it again. Pairs in two lists searched by identity (a few dozen paths are read per
   * resource), where a Map per view, grown by rehashing, was a tenth of the evaluation's allocation.
   */
  ownExpressions = [];
  ownCaptures = [];
  /** Evaluations in the scopes of `dynamic` block instances, by scope. */
  others;
  get(path) {
    let body = this.body;
    let scope = this.scope;
    let file = this.file;
    let location = this.location;
    for (let i = 0; i < path.length; i++) {
      const name = path[i];
      const blocks = this.blocks(body, scope, name, file);
      if ("reason" in blocks) return unresolved(locationOf(blocks.file, blocks.pos), blocks.reason);
      const first = blocks.found[0];
      if (first) {
        if (i === path.length - 1) return this.blockList(blocks.found);
        body = first.body;
        scope = first.scope;
        file = first.file;
        location = locationOf(file, first.pos);
        continue;
      }
      if (blocks.empty) return absent(locationOf(blocks.empty.file, blocks.empty.pos));
      const attribute = body.attributes.get(name);
      if (!attribute) return absent(location);
      return this.attribute(attribute.expression, attribute.pos, scope, path, i + 1, attribute.file ?? file);
    }
    return absent(location);
  }
  /** The attribute's value at `path[from..]` (object keys inside it). */
  attribute(expression, pos, scope, path, from, file) {
    const { result, hops } = this.capture(expression, scope);
    let value = result;
    let located = expression;
    let tracking = true;
    let location = locationOf(file, pos);
    for (let k = from; k < path.length; k++) {
      const key = path[k];
      if (value === void 0 || value === null || isMissing(value)) break;
      value = descendValue(value, key);
      const inner = tracking ? subExpression(located, key, (condition) => this.decided(condition, scope)) : void 0;
      tracking = inner !== void 0;
      if (inner) {
        located = inner;
        location = locationOf(file, inner.pos);
      }
    }
    if (value === void 0 || value === null) return absent(location);
    return toSourced(traced(located, value, location, hops), (found) => ({ value: found }));
  }
  /** Which branch a conditional took: its condition evaluated again (undefined when it is not a known boolean). */
  decided(condition, scope) {
    const decided = asBool(this.evaluator.tracer.capture(() => this.evaluator.evaluate(condition, scope)).result);
    return typeof decided === "boolean" ? decided : void 0;
  }
  capture(expression, scope) {
    if (scope === this.scope) {
      const at = this.ownExpressions.indexOf(expression);
      if (at >= 0) return this.ownCaptures[at];
      const captured2 = this.evaluator.tracer.capture(() => this.evaluator.evaluate(expression, scope));
      this.ownExpressions.push(expression);
      this.ownCaptures.push(captured2);
      return captured2;
    }
    this.others ??= /* @__PURE__ */ new WeakMap();
    let byExpression = this.others.get(scope);
    if (!byExpression) {
      byExpression = /* @__PURE__ */ new Map();
      this.others.set(scope, byExpression);
    }
    let captured = byExpression.get(expression);
    if (!captured) {
      captured = this.evaluator.tracer.capture(() => this.evaluator.evaluate(expression, scope));
      byExpression.set(expression, captured);
    }
    return captured;
  }
  blockList(blocks) {
    const value = blocks.map((block) => this.blockValue(block, 0));
    const first = blocks[0];
    return { value, origin: blocks.some((block) => block.dynamic) ? "expression" : "literal", location: locationOf(first.file, first.pos) };
  }
  /** A block as an object value: its attributes and its nested blocks (as lists). */
  blockValue(block, depth) {
    const entries = /* @__PURE__ */ new Map();
    for (const [name, attribute] of block.body.attributes) {
      entries.set(name, this.evaluator.evaluate(attribute.expression, block.scope));
    }
    if (depth < MAX_BLOCK_DEPTH) {
      for (const nested of new Set(block.body.blocks.map((b) => b.type === "dynamic" ? b.labels[0] : b.type))) {
        if (nested === void 0) continue;
        const found = this.blocks(block.body, block.scope, nested, block.file);
        if ("found" in found) entries.set(nested, found.found.map((inner) => this.blockValue(inner, depth + 1)));
      }
    }
    return objectValue(entries);
  }
  /** Static blocks of a type, or the blocks a `dynamic "type"` generates. */
  blocks(body, scope, type, file) {
    let found;
    let empty;
    const all = body.blocks;
    for (let b = 0; b < all.length; b++) {
      const block = all[b];
      const blockFile = block.file ?? file;
      if (block.type === type) {
        ;
        (found ??= []).push({ body: block.body, scope, pos: block.pos, dynamic: false, file: blockFile });
        continue;
      }
      if (block.type !== "dynamic" || block.labels[0] !== type) continue;
      const forEach = block.body.attributes.get("for_each");
      const content = block.body.blocks.find((inner) => inner.type === "content");
      if (!forEach || !content) continue;
      const entries = entriesOf(this.evaluator.evaluate(forEach.expression, scope));
      if (!Array.isArray(entries)) return { reason: `dynamic "${type}" blocks: ${entries.reason}`, pos: block.pos, file: blockFile };
      if (entries.length === 0) empty ??= { pos: block.pos, file: blockFile };
      const iterator = block.body.attributes.get("iterator")?.expression;
      const name = iterator?.kind === "variable" ? iterator.name : type;
      for (const [key, value] of entries.slice(0, MAX_INSTANCES)) {
        const inner = childScope(scope, /* @__PURE__ */ new Map([[name, objectFrom({ key, value })]]));
        (found ??= []).push({ body: content.body, scope: inner, pos: block.pos, dynamic: true, file: blockFile });
      }
    }
    if (found === void 0) return empty ? { found: [], empty } : NO_BLOCKS;
    return { found };
  }
};
function subExpression(expression, key, decided, depth = 0) {
  if (depth > 16) return void 0;
  if (expression.kind === "conditional") {
    const taken = decided(expression.condition);
    return taken === void 0 ? void 0 : subExpression(taken ? expression.then : expression.else, key, decided, depth + 1);
  }
  if (expression.kind === "object") {
    for (let i = expression.items.length - 1; i >= 0; i--) {
      const item = expression.items[i];
      if (item?.key.kind === "literal" && item.key.value === key) return item.value;
    }
    return void 0;
  }
  if (expression.kind === "call" && (expression.name === "merge" || expression.name === "jsonencode")) {
    for (let i = expression.args.length - 1; i >= 0; i--) {
      const found = subExpression(expression.args[i], key, decided, depth + 1);
      if (found) return found;
    }
  }
  return void 0;
}

// src/readers/terraform/runtime/providers.ts
var RUNS_AGAINST = Object.freeze({ subscription: void 0 });
function providerAddress(expression) {
  if (expression.kind === "variable") return expression.name;
  if (expression.kind === "literal" && typeof expression.value === "string") return expression.value;
  if (expression.kind === "getattr" && expression.target.kind === "variable") return `${expression.target.name}.${expression.name}`;
  return void 0;
}
function providerConfiguration(module, address) {
  const memo = module.providerConfigurations;
  let found = memo.get(address);
  if (found === void 0) {
    memo.set(address, missing(module, address, `provider configuration ${address} depends on itself`));
    found = resolve(module, address);
    memo.set(address, found);
  }
  return found;
}
function resolve(module, address) {
  const own = module.config.providers.get(address);
  if (own !== void 0) return normalised(module, address, ownSubscription(module, own.file, own.item));
  const caller = module.caller;
  const call = module.callSites[module.callSites.length - 1];
  const isDefault = !address.includes(".");
  if (caller === void 0 || call === void 0) {
    return isDefault ? RUNS_AGAINST : missing(module, address, `provider configuration ${address} is not declared`);
  }
  const passing = call.block.body.attributes.get("providers")?.expression;
  if (passing === void 0) {
    return isDefault ? providerConfiguration(caller, address) : missing(module, address, `the module call passes no provider configuration ${address}`);
  }
  if (passing.kind !== "object") return missing(module, address, "the module call's providers map is not a map of provider configurations");
  for (const item of passing.items) {
    if (providerAddress(item.key) !== address) continue;
    const passed = providerAddress(item.value);
    return passed === void 0 ? missing(module, address, `the module call passes ${address} in a form that is not read`) : providerConfiguration(caller, passed);
  }
  return missing(module, address, `the module call's providers map does not pass ${address}`);
}
function missing(module, address, reason) {
  return { missing: reason, handle: handleOf(module, address) };
}
function handleOf(module, address) {
  return module.session.symbol(`${module.address === "" ? "" : `${module.address}.`}provider.${address}`);
}
function ownSubscription(module, file, block) {
  const view = new HclView(block.body, module.scope, file, block.pos, module.session.evaluator);
  const subscription = text(view.get(["subscription_id"]));
  return subscription.origin === "absent" || subscription.value === "" ? void 0 : subscription;
}
function normalised(module, address, subscription) {
  if (subscription === void 0) return RUNS_AGAINST;
  const root = rootOf(module);
  if (module === root && address === "azurerm") return rootNamesSubscriptions(root) ? { subscription } : runsAgainstOf(root);
  if (subscription.value === void 0) return { subscription, handle: handleOf(module, address) };
  return knownSubscription(module, subscription);
}
function knownSubscription(module, subscription) {
  const root = rootOf(module);
  const rootDefault = rootSubscription(root, "azurerm")?.value;
  const value = subscription.value;
  if (value !== void 0 && rootDefault !== void 0 && sameId(rootDefault, value) && !rootNamesSubscriptions(root)) return runsAgainstOf(root);
  return { subscription };
}
function runsAgainstOf(module) {
  const written = rootSubscription(rootOf(module), "azurerm")?.value;
  return written === void 0 ? RUNS_AGAINST : { subscription: void 0, runsAgainst: written };
}
var sameId = (a, b) => a.toLowerCase() === b.toLowerCase();
function rootOf(module) {
  let current = module;
  while (current.caller !== void 0) current = current.caller;
  return current;
}
function rootSubscription(root, address) {
  const declared = root.config.providers.get(address);
  return declared === void 0 ? void 0 : ownSubscription(root, declared.file, declared.item);
}
var namedRoots = /* @__PURE__ */ new WeakMap();
function rootNamesSubscriptions(root) {
  let named = namedRoots.get(root);
  if (named === void 0) {
    named = false;
    namedRoots.set(root, named);
    named = namesSubscriptions(root);
    namedRoots.set(root, named);
  }
  return named;
}
function namesSubscriptions(root) {
  const own = rootSubscription(root, "azurerm")?.value;
  if (own === void 0) return false;
  for (const address of root.config.providers.keys()) {
    if (!address.startsWith("azurerm.")) continue;
    const other = rootSubscription(root, address)?.value;
    if (other !== void 0 && !sameId(other, own)) return true;
  }
  return false;
}
function callProvider(parent, call, at) {
  const providers = call.block.body.attributes.get("providers");
  let address = "azurerm";
  if (providers !== void 0) {
    const item = providers.expression.kind === "object" ? providers.expression.items.find((entry) => keyName(entry.key) === "azurerm") : void 0;
    address = item === void 0 ? providers.expression.kind === "object" ? "azurerm" : void 0 : providerAddress(item.value);
  }
  if (address === void 0) return { subscription: unresolved(at, "the providers map of the call is written in a form that is not read") };
  const configuration = providerConfiguration(parent, address);
  if ("missing" in configuration) return { subscription: missingSubscription(configuration, at), handle: configuration.handle };
  return configuration;
}
function keyName(key) {
  return key.kind === "literal" && typeof key.value === "string" ? key.value : void 0;
}
function missingSubscription(configuration, at) {
  return unresolved(at, `${configuration.missing}: the subscription it deploys to is not known`);
}

// src/readers/terraform/runtime/subscriptions.ts
var RUNS_AGAINST2 = Object.freeze({ subscription: void 0 });
var OWN_SUBSCRIPTION = "{subscription}";
function providerSubscription(instance) {
  const { declaration, module } = instance;
  const written = declaration.block.body.attributes.get("provider");
  const at = locationOf(written?.file ?? declaration.file, written?.pos ?? declaration.block.pos);
  const address = written === void 0 ? declaration.type.slice(0, declaration.type.indexOf("_")) : providerAddress(written.expression);
  if (address === void 0) {
    return { subscription: unresolved(at, "its provider argument names a provider configuration in a form that is not read (an instance key)") };
  }
  const configuration = providerConfiguration(module, address);
  if ("missing" in configuration) return { subscription: missingSubscription(configuration, at), handle: configuration.handle };
  return configuration.subscription === void 0 && configuration.runsAgainst === void 0 ? RUNS_AGAINST2 : configuration;
}
function parentSubscription(instance, parent) {
  if (parent.origin === "absent") return RUNS_AGAINST2;
  if (parent.value === void 0) return { subscription: parent };
  const second = subscriptionSegmentOf(parent.value);
  if (second === void 0) return RUNS_AGAINST2;
  if (second === OWN_SUBSCRIPTION) return runsAgainstOf(instance.module);
  if (!second.startsWith("{")) return knownSubscription(instance.module, { ...parent, value: keptText(second) });
  const placed = instance.module.session.subscriptionOfPlaceholder(second);
  if (placed !== void 0) return placed;
  return { subscription: unresolved(parent.location, `its parent_id names a subscription that is not known (${second})`) };
}
function subscriptionOf(instance, parent) {
  return instance.declaration.type === AZAPI_RESOURCE ? parentSubscription(instance, parent()) : providerSubscription(instance);
}
function subscriptionSegment(instance, placed) {
  return subscriptionSegmentIn(instance.module.session, placed);
}
function subscriptionSegmentIn(session, placed) {
  const subscription = placed.subscription;
  if (subscription === void 0) return OWN_SUBSCRIPTION;
  if (subscription.value !== void 0 && !/[/{]/.test(subscription.value)) return subscription.value;
  return session.subscriptionPlaceholder(placed);
}

// src/readers/terraform/known-modules/avm-virtual-machine-outputs.ts
var AVM_WINDOWS_VM = "azurerm_windows_virtual_machine.this[0]";
function avmVirtualMachineOutputs(call, unread) {
  return {
    kind: "lazy",
    description: call.address,
    attribute: (name) => {
      if (name === "resource_id") return windowsVmId(call);
      if (name === "name") return call.input(["name"]).value ?? unknown(`name is not passed to ${call.address}`);
      return unknown(`${call.address}.${name}: ${unread}`);
    }
  };
}
function windowsVmId(call) {
  const os = text(call.input(["os_type"], "Windows"));
  if (os.value === void 0) return unknown(`${call.address}.resource_id: os_type passed to ${call.interfaceName} is not known`);
  if (os.value.toLowerCase() !== "windows") return unknown(`${call.address}.resource_id is the ID of the Linux VM ${call.interfaceName} deploys, which is not modelled`);
  const name = text(call.input(["name"])).value ?? `{${call.address}}`;
  const group = text(call.input(["resource_group_name"])).value ?? "{resourceGroup}";
  const session = call.parent.session;
  const subscription = subscriptionSegmentIn(session, call.provider());
  const id = `/subscriptions/${subscription}/resourceGroups/${group}/providers/${VM_TYPE}/${name}`;
  session.registerId(id, call.symbol(AVM_WINDOWS_VM));
  return id;
}

// src/readers/terraform/known-modules/avm-res-compute-virtualmachine.ts
function modelAvmVirtualMachine(call) {
  const os = text(call.input(["os_type"], "Windows"));
  if (os.value !== void 0 && os.value.toLowerCase() !== "windows") return [];
  const view = new AvmWindowsVmView(call);
  const name = text(view.get(["name"]));
  const group = text(view.get(["resource_group_name"]));
  const identity = {
    type: VM_TYPE,
    name: name.value,
    ...group.value === void 0 ? {} : { resourceGroup: group.value },
    symbol: call.symbol(AVM_WINDOWS_VM)
  };
  const deployed2 = os.value === void 0 && call.deployed.value === true ? unresolved(os.location, `whether ${call.interfaceName} deploys a Windows VM: os_type is not known`) : call.deployed;
  const mapped = azurermCompute("azurerm_windows_virtual_machine", view, call.frame(identity, group, deployed2));
  if (mapped === void 0) return [];
  const vm = { ...mapped, deployedThrough: "avm-virtual-machine" };
  return [vm, ...maintenanceAssignments(call, vm)];
}
var DEFAULT_IMAGE = objectFrom({ publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2022-datacenter-g2", version: "latest" });
var ARGUMENTS = /* @__PURE__ */ new Map([
  ["name", { input: "name" }],
  ["location", { input: "location" }],
  ["resource_group_name", { input: "resource_group_name" }],
  ["tags", { input: "tags" }],
  ["hotpatching_enabled", { input: "hotpatching_enabled", moduleDefault: false, osProfile: true }],
  ["patch_mode", { input: "patch_mode", osProfile: true }],
  ["reboot_setting", { input: "reboot_setting", osProfile: true }],
  ["bypass_platform_safety_checks_on_user_schedule_enabled", { input: "bypass_platform_safety_checks_on_user_schedule_enabled", moduleDefault: false, osProfile: true }],
  ["provision_vm_agent", { input: "provision_vm_agent", moduleDefault: true, osProfile: true }],
  ["source_image_id", { input: "source_image_resource_id", osProfile: true }]
]);
var AvmWindowsVmView = class {
  constructor(call) {
    this.call = call;
    this.location = call.at;
  }
  call;
  location;
  get(path) {
    const [argument, ...inside] = path;
    if (argument === "source_image_reference") return this.imageReference(inside);
    const mapped = argument === void 0 ? void 0 : ARGUMENTS.get(argument);
    if (mapped === void 0) return absent(this.location);
    const nulled = mapped.osProfile ? this.attached() : void 0;
    if (nulled !== void 0) return nulled;
    return this.call.input([mapped.input, ...inside], mapped.moduleDefault);
  }
  /** The dynamic block: written only when `source_image_resource_id` is null (and, from 0.21.0, no disk is attached). */
  imageReference(inside) {
    const nulled = this.attached();
    if (nulled !== void 0) return nulled;
    const imageId = this.call.input(["source_image_resource_id"]);
    if (imageId.origin === "unresolved") return unresolved(imageId.location, `source_image_resource_id passed to ${this.call.interfaceName} is not known`);
    if (imageId.origin !== "absent") return absent(imageId.location);
    return this.call.input(["source_image_reference", ...inside], DEFAULT_IMAGE);
  }
  /** From 0.21.0: null (absent) when `os_disk_attach_mode` is true, unresolved when it is not known, else undefined. */
  attached() {
    if (!atLeast(this.call.module.version, "0.21.0")) return void 0;
    const mode = bool(this.call.input(["os_disk_attach_mode"], false));
    if (mode.origin === "unresolved") return unresolved(mode.location, `os_disk_attach_mode passed to ${this.call.interfaceName} is not known`);
    return mode.value === true ? absent(mode.location) : void 0;
  }
};
function maintenanceAssignments(call, vm) {
  const ids = call.input(["maintenance_configuration_resource_ids"], objectFrom({}));
  if (ids.origin === "absent") return [];
  const symbolOf = (id) => call.parent.session.symbolOfId(id);
  const byAzapi = atLeast(call.module.version, "0.20.0");
  const assignment = (key, configuration) => {
    const resource = byAzapi ? "azapi_resource.this_maintenance_configuration_assignment" : "azurerm_maintenance_assignment_virtual_machine.this";
    const name = byAzapi && key !== void 0 && vm.identity.name !== void 0 ? `${vm.identity.name}-maintenance-configuration-${key}` : void 0;
    const identity = { type: MAINTENANCE_ASSIGNMENT_TYPE, name, symbol: call.symbol(key === void 0 ? resource : `${resource}[${JSON.stringify(key)}]`) };
    const group = vm.scope?.resourceGroup ?? absent(call.at);
    return {
      ...call.frame(identity, group, vm.deployed),
      displayName: `${call.address}.${resource}${key === void 0 ? "" : `[${JSON.stringify(key)}]`}`,
      kind: "maintenance-assignment",
      configuration: resourceReference(configuration, symbolOf),
      target: { target: known(vm.identity, configuration.location, "expression") }
    };
  };
  const map = ids.value;
  if (map === void 0 || !isObject(map) || map.partial !== void 0) {
    const reason = map !== void 0 && isObject(map) && map.partial !== void 0 ? map.partial : `maintenance_configuration_resource_ids passed to ${call.interfaceName} is not a known map`;
    return [assignment(void 0, ids.value === void 0 ? ids : unresolved(ids.location, reason))];
  }
  return [...map.entries.keys()].map((key) => assignment(key, call.input(["maintenance_configuration_resource_ids", key])));
}

// src/readers/terraform/known-modules/avm-res-maintenance-maintenanceconfiguration.ts
var AVM_CONFIGURATION_RESOURCE = "azapi_resource.maintenance_configuration";
var ARM_TYPE = `${MAINTENANCE_CONFIGURATION_TYPE}@2023-04-01`;
var SCOPES = ["Extension", "Host", "InGuestPatch", "OSImage", "Resource", "SQLDB", "SQLManagedInstance"];
var NAME = /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,110}[a-zA-Z0-9_]$/;
var WINDOW = /* @__PURE__ */ new Map([
  ["duration", { input: "duration", moduleDefault: "01:30" }],
  ["expirationDateTime", { input: "expiration_date_time" }],
  ["recurEvery", { input: "recur_every", required: true }],
  ["startDateTime", { input: "start_date_time", required: true }],
  ["timeZone", { input: "time_zone", required: true }]
]);
var CRITICAL_AND_SECURITY = ["Critical", "Security"];
var PARAMETERS = /* @__PURE__ */ new Map([
  [
    "windowsParameters",
    {
      block: "windows",
      fields: /* @__PURE__ */ new Map([
        ["classificationsToInclude", { input: "classifications_to_include", moduleDefault: CRITICAL_AND_SECURITY }],
        ["excludeKbsRequiringReboot", { input: "exclude_kbs_requiring_reboot" }],
        ["kbNumbersToExclude", { input: "kb_numbers_to_exclude", moduleDefault: [] }],
        ["kbNumbersToInclude", { input: "kb_numbers_to_include", moduleDefault: [] }]
      ])
    }
  ],
  [
    "linuxParameters",
    {
      block: "linux",
      fields: /* @__PURE__ */ new Map([
        ["classificationsToInclude", { input: "classifications_to_include", moduleDefault: CRITICAL_AND_SECURITY }],
        ["packageNameMasksToExclude", { input: "package_name_masks_to_exclude", moduleDefault: [] }],
        ["packageNameMasksToInclude", { input: "package_name_masks_to_include", moduleDefault: [] }]
      ])
    }
  ]
]);
function modelAvmMaintenanceConfiguration(call) {
  const view = new AvmMaintenanceConfigurationView(call);
  const name = text(view.get(["name"]));
  const group = text(call.input(["resource_group_name"]));
  const identity = {
    type: MAINTENANCE_CONFIGURATION_TYPE,
    name: name.value,
    ...group.value === void 0 ? {} : { resourceGroup: group.value },
    symbol: call.symbol(AVM_CONFIGURATION_RESOURCE)
  };
  const frame = call.frame(identity, group, call.deployed, placement(call));
  const mapped = azapiResource(MAINTENANCE_CONFIGURATION_TYPE, view, frame, (id) => call.parent.session.symbolOfId(id));
  return mapped === void 0 ? [] : [mapped];
}
function avmMaintenanceConfigurationOutputs(call, unread) {
  return {
    kind: "lazy",
    description: call.address,
    attribute: (output) => {
      if (output === "resource_id") return configurationId(call);
      if (output === "name") return validName(call).value ?? unknown(`${call.address}.name: name passed to ${call.interfaceName} is not known`);
      return unknown(`${call.address}.${output}: ${unread}`);
    }
  };
}
function configurationId(call) {
  const name = validName(call).value ?? `{${call.address}}`;
  const group = text(call.input(["resource_group_name"])).value ?? "{resourceGroup}";
  const session = call.parent.session;
  const subscription = subscriptionSegmentIn(session, placement(call));
  const id = `/subscriptions/${subscription}/resourceGroups/${group}/providers/${MAINTENANCE_CONFIGURATION_TYPE}/${name}`;
  session.registerId(id, call.symbol(AVM_CONFIGURATION_RESOURCE));
  return id;
}
function placement(call) {
  const passed = call.input(["subscription_id"]);
  return passed.origin === "absent" ? call.provider() : { subscription: text(passed) };
}
function validName(call) {
  const name = text(call.input(["name"]));
  if (name.origin === "absent") return required(call, "name");
  if (name.value === void 0 || NAME.test(name.value)) return name;
  return unresolved(name.location, `name "${name.value}" is rejected by ${call.interfaceName}'s validation`);
}
function required(call, input) {
  return unresolved(call.at, `${input} is required by ${call.interfaceName} and not passed`);
}
var AvmMaintenanceConfigurationView = class {
  constructor(call) {
    this.call = call;
    this.location = call.at;
  }
  call;
  location;
  get(path) {
    const [argument, ...inside] = path;
    const call = this.call;
    switch (argument) {
      case "type":
        return known(ARM_TYPE, this.location);
      case "name":
        return validName(call);
      case "location": {
        const location = call.input(["location", ...inside]);
        return location.origin === "absent" && inside.length === 0 ? required(call, "location") : location;
      }
      case "tags":
        return call.input(["tags", ...inside]);
      case "body":
        return inside[0] === "properties" ? this.property(inside.slice(1)) : absent(this.location);
      default:
        return absent(this.location);
    }
  }
  property([name, ...inside]) {
    const call = this.call;
    switch (name) {
      case "maintenanceScope":
        return inside.length === 0 ? this.scope() : absent(this.location);
      case "extensionProperties":
        return this.notNullable("extension_properties", inside);
      case "visibility":
        return call.input(["visibility", ...inside], "Custom");
      case "maintenanceWindow":
        return this.window(inside);
      case "installPatches":
        return this.installPatches(inside);
      default:
        return absent(this.location);
    }
  }
  /** `var.scope`: required, and one of the values its validation allows. */
  scope() {
    const scope = text(this.call.input(["scope"]));
    if (scope.origin === "absent") return required(this.call, "scope");
    if (scope.value === void 0 || SCOPES.includes(scope.value)) return scope;
    return unresolved(scope.location, `scope "${scope.value}" is rejected by ${this.call.interfaceName}'s validation`);
  }
  /** `var.window != null ? { ... } : null`. */
  window(inside) {
    const window = this.call.input(["window"]);
    if (window.value === void 0 || inside.length === 0) return window;
    const [property] = inside;
    const field = property === void 0 ? void 0 : WINDOW.get(property);
    if (field === void 0 || inside.length > 1) return absent(window.location);
    const value = this.attribute(window, ["window", field.input], field.moduleDefault);
    if (value.origin === "absent" && field.required) return unresolved(window.location, `window.${field.input} is required by ${this.call.interfaceName} and not passed`);
    return value;
  }
  /** `var.install_patches != null && var.scope == "InGuestPatch" ? { ... } : null`. */
  installPatches(inside) {
    const scope = this.scope();
    if (scope.origin === "unresolved") return unresolved(scope.location, `installPatches: ${scope.reason ?? "scope is not known"}`);
    if (scope.value !== "InGuestPatch") return absent(scope.location);
    const patches = this.notNullable("install_patches", []);
    if (patches.value === void 0) return patches;
    const [property, ...rest] = inside;
    if (property === "rebootSetting" && rest.length === 0) return this.attribute(patches, ["install_patches", "reboot_setting"]);
    const parameters = property === void 0 ? void 0 : PARAMETERS.get(property);
    if (parameters === void 0) return absent(patches.location);
    const block = this.attribute(patches, ["install_patches", parameters.block]);
    const [key, ...more] = rest;
    if (block.value === void 0 || key === void 0) return block;
    const field = parameters.fields.get(key);
    if (field === void 0 || more.length > 0) return absent(block.location);
    return this.attribute(block, ["install_patches", parameters.block, field.input], field.moduleDefault);
  }
  /** An input declared `nullable = false` with default {}: not passed, or passed as null, it is {} (origin `default`). */
  notNullable(input, inside) {
    const passed = this.call.input([input]);
    if (passed.origin !== "absent") return inside.length === 0 ? passed : this.call.input([input, ...inside]);
    return inside.length === 0 ? { value: objectFrom({}), origin: "default", location: passed.location, detail: input } : absent(passed.location);
  }
  /**
   * An attribute of an object input (`window.duration`): as passed, else the type's `optional(..., default)`,
   * located at the object that omits it (origin `default`), else absent. An object not known leaves it unresolved.
   */
  attribute(object, path, optionalDefault) {
    if (object.value === void 0) return object;
    if (!isObject(object.value)) return unresolved(object.location, `${path.slice(0, -1).join(".")} passed to ${this.call.interfaceName} is not an object`);
    const written = object.origin === "default" ? absent(object.location) : this.call.input(path);
    if (written.origin !== "absent") return written;
    if (object.value.partial !== void 0) return unresolved(object.location, object.value.partial);
    if (optionalDefault === void 0) return written;
    const value = isList(optionalDefault) ? [...optionalDefault] : optionalDefault;
    return { value, origin: "default", location: object.location, detail: path.join(".") };
  }
};

// src/readers/terraform/known-modules/catalogue.ts
var META_ARGUMENTS = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
var AVM_VIRTUAL_MACHINE = "azure/avm-res-compute-virtualmachine/azurerm";
var AVM_MAINTENANCE_CONFIGURATION = "azure/avm-res-maintenance-maintenanceconfiguration/azurerm";
var CATALOGUE = [
  {
    // avm-res-compute-virtualmachine.ts
    source: AVM_VIRTUAL_MACHINE,
    versions: { from: "0.15.0", through: "0.21.0" },
    deploys: "its Windows VM and the maintenance assignments maintenance_configuration_resource_ids makes"
  },
  {
    // avm-res-maintenance-maintenanceconfiguration.ts: v0.1.0 is the only tag of the module's repository read; its
    // main branch since changed main.tf and variables.tf, so no later version is assumed to share its interface.
    source: AVM_MAINTENANCE_CONFIGURATION,
    versions: { from: "0.1.0", through: "0.1.0" },
    deploys: "its maintenance configuration, which it assigns to no machine",
    // variables.tf at v0.1.0.
    variables: /* @__PURE__ */ new Set(["location", "name", "resource_group_name", "scope", "enable_telemetry", "extension_properties", "install_patches", "lock", "role_assignments", "subscription_id", "tags", "visibility", "window"])
  }
];
var PUBLIC_SOURCE = /^(?:registry\.terraform\.io\/)?(?<source>[a-z0-9][a-z0-9_-]*\/[a-z0-9][a-z0-9_-]*\/[a-z0-9]+)$/i;
var EXACT_VERSION = /^\s*=?\s*(?<version>\d+\.\d+\.\d+)\s*$/;
function registryModule(source, version) {
  const named = source === void 0 ? void 0 : PUBLIC_SOURCE.exec(source)?.groups?.source;
  const pinned = version === void 0 ? void 0 : EXACT_VERSION.exec(version)?.groups?.version;
  return named === void 0 || pinned === void 0 ? void 0 : { source: named.toLowerCase(), version: pinned };
}
function knownInterfaceFor(module, passed) {
  const known2 = CATALOGUE.find((entry) => entry.source === module.source);
  if (known2 === void 0 || !inRange(module.version, known2.versions)) return void 0;
  const variables = known2.variables;
  if (variables !== void 0) {
    for (const name of passed) if (!META_ARGUMENTS.has(name) && !variables.has(name)) return void 0;
  }
  return known2;
}

// src/readers/terraform/known-modules/module-call.ts
var KnownModuleCall = class {
  constructor(parent, call, instance, module) {
    this.parent = parent;
    this.call = call;
    this.instance = instance;
    this.module = module;
    const scope = childScope(parent.scope, instance.names);
    this.inputs = new HclView(call.block.body, scope, call.file, call.block.pos, parent.session.evaluator);
  }
  parent;
  call;
  instance;
  module;
  inputs;
  /** The module block: where the module's defaults and the resources it deploys are located. */
  get at() {
    return locationOf(this.call.file, this.call.block.pos);
  }
  /** `Azure/avm-res-compute-virtualmachine/azurerm@0.19.3`, for reasons and notices. */
  get interfaceName() {
    return `${this.module.source}@${this.module.version}`;
  }
  /** `module.vm["a"]`: the instance's address, which the module's resources are under. */
  get address() {
    const prefix = this.parent.address === "" ? "" : `${this.parent.address}.`;
    return `${prefix}module.${this.call.name}${keySuffix(this.instance.key)}`;
  }
  /** The handle of a resource the module declares (`module.vm.azurerm_windows_virtual_machine.this[0]`). */
  symbol(resourceAddress) {
    return keptText(this.parent.session.symbol(`${this.address}.${resourceAddress}`));
  }
  /**
   * An input at a path (`['source_image_reference', 'sku']`) as passed, else the module's default (a variable's
   * `default`), else absent. Passed as null, it is null (the module's variables are nullable): absent.
   */
  input(path, moduleDefault) {
    const [name, ...inside] = path;
    if (this.call.block.body.attributes.has(name) || moduleDefault === void 0) return this.inputs.get(path);
    let value = moduleDefault;
    for (const key of inside) value = value === void 0 || value === null ? void 0 : descendValue(value, key);
    if (value === void 0 || value === null) return absent(this.at);
    return { value, origin: "default", location: this.at, detail: name };
  }
  /** Whether the instance is deployed: its parent's condition, then its own `count` / `for_each`. */
  get deployed() {
    const outer = this.parent.deployed;
    return outer === void 0 || outer.value === true ? this.instance.deployed : outer;
  }
  /**
   * Where a resource the module deploys is reported: at the outermost call, in the unit of the root; in the
   * subscription of `placed` (the call's azurerm configuration unless the module takes a subscription of its own).
   */
  frame(identity, group, deployed2, placed = this.provider()) {
    const { parent, call } = this;
    const session = parent.session;
    const [outermost] = parent.callSites;
    const reportAt = outermost ? locationOf(outermost.file, outermost.block.pos) : this.at;
    const related = parent.callSites.map((site) => ({ file: site.file, startLine: site.block.pos.line, role: "module" }));
    if (outermost) related.push({ file: call.file, startLine: call.block.pos.line, role: "module" });
    related.push(...session.relatedFiles());
    const variant = [session.varFile?.name, parent.keys + keySuffix(this.instance.key)].filter((part) => part !== void 0 && part !== "");
    const unitAt = outermost ? reportAt : { file: call.file, line: 1, column: 1 };
    return {
      format: "terraform",
      unit: deploymentUnit("terraform-root", `terraform:${session.rootFolder}`, unitAt, parent.address, session.varFile?.path),
      scope: azureScope(group, reportAt, void 0, placed.subscription, placed.handle, placed.runsAgainst),
      identity,
      displayName: identity.name ?? keptText(this.address),
      reportAt,
      declaredAt: this.at,
      related,
      variant: keptText(variant.join(" ")),
      deployed: deployed2
    };
  }
  /** The azurerm configuration the module's resources use: the call's `providers = { azurerm = ... }`, else the caller's default. */
  provider() {
    return callProvider(this.parent, this.call, this.at);
  }
};

// src/readers/terraform/known-modules/index.ts
var MAPPINGS = /* @__PURE__ */ new Map([
  [AVM_VIRTUAL_MACHINE, { deploys: modelAvmVirtualMachine, outputs: avmVirtualMachineOutputs }],
  [AVM_MAINTENANCE_CONFIGURATION, { deploys: modelAvmMaintenanceConfiguration, outputs: avmMaintenanceConfigurationOutputs }]
]);
function knownCall(parent, call) {
  const evaluator = parent.session.evaluator;
  const versionArgument = call.block.body.attributes.get("version");
  const version = versionArgument === void 0 ? void 0 : evaluator.evaluate(versionArgument.expression, parent.scope);
  const module = registryModule(call.source, typeof version === "string" ? version : void 0);
  const known2 = module === void 0 ? void 0 : knownInterfaceFor(module, call.block.body.attributes.keys());
  const mapping = known2 === void 0 ? void 0 : MAPPINGS.get(known2.source);
  if (module === void 0 || known2 === void 0 || mapping === void 0) return void 0;
  const budget = { factors: parent.factors, limits: parent.session.limits, what: `module.${call.name}` };
  const expansion = expand(call.block, call.file, parent.scope, evaluator, budget, parent.conditionScope);
  return expansion.exceeded === void 0 ? { module, known: known2, mapping, expansion } : void 0;
}
function modelKnownModule(parent, call) {
  const found = knownCall(parent, call);
  if (found === void 0) return void 0;
  const { module, known: known2, mapping, expansion } = found;
  const resources = expansion.instances.flatMap((instance) => mapping.deploys(new KnownModuleCall(parent, call, instance, module)));
  const notice2 = `registry module "${call.source ?? ""}" version ${module.version} is not fetched: modelled from the published interface of ${module.source}@${module.version} (${known2.deploys}, from the inputs passed and the module's defaults for the others)`;
  return { resources, notice: notice2 };
}
function knownModuleValue(parent, call, unread) {
  const found = knownCall(parent, call);
  if (found === void 0) return void 0;
  const { module, mapping, expansion } = found;
  return expansion.collect(expansion.instances.map((instance) => mapping.outputs(new KnownModuleCall(parent, call, instance, module), unread)));
}

// src/readers/terraform/model/module-filter.ts
var TERRAFORM_FILTER_KEYS = {
  keys: /* @__PURE__ */ new Set(["os_types", "resource_types", "resource_groups", "locations", "tags", "tag_filter"]),
  marks: /* @__PURE__ */ new Set(["os_types", "resource_types", "tags"])
};
function isModuleFilter(value) {
  if (!isObject(value)) return false;
  const keys = [...value.entries.keys()];
  if (!isFilterShape(keys, TERRAFORM_FILTER_KEYS)) return false;
  return keys.includes("os_types") || keys.includes("resource_types") || filterTags(value.entries.get("tags"));
}
function filterTags(tags) {
  if (tags === void 0 || tags === null || isMissing(tags)) return false;
  if (isList(tags)) return tags.length > 0 && tags.every((block) => isObject(block) && block.entries.has("tag"));
  if (!isObject(tags) || tags.entries.size === 0) return false;
  return tags.entries.has("tag") || [...tags.entries.values()].every((values) => isList(values));
}
function moduleFilter(value, at) {
  const get = (key) => {
    const found = value.entries.get(key);
    if (found === void 0) return value.partial === void 0 ? absent(at) : unresolved(at, value.partial);
    if (found === null) return absent(at);
    return isMissing(found) ? unresolved(at, found.reason) : { value: found, origin: "expression", location: at };
  };
  return {
    resourceTypes: texts(get("resource_types")),
    resourceGroups: texts(get("resource_groups")),
    locations: texts(get("locations")),
    osTypes: texts(get("os_types")),
    tags: passedTags(get("tags")),
    // azurerm's default, which a module passing the filter on leaves to it when it is not passed.
    tagOperator: orProviderDefault(text(get("tag_filter")), "Any")
  };
}
function passedTags(sourced) {
  const tags = sourced.value;
  if (tags !== void 0 && (isList(tags) || isObject(tags) && tags.entries.has("tag"))) return tagBlocks(sourced);
  return convert(sourced, (map) => {
    if (!isObject(map)) return { reason: `expected tags as a map or blocks, found ${describeValue(map)}` };
    if (map.partial !== void 0) return { reason: map.partial };
    if ((map.unknownKeyed?.length ?? 0) > 0) return { reason: "a tag name is not known" };
    const record = /* @__PURE__ */ Object.create(null);
    for (const [tag, values] of map.entries) {
      const list = typeof values === "string" ? { value: [values], origin: "expression", location: sourced.location } : texts({ value: values, origin: "expression", location: sourced.location });
      if (list.value === void 0) return { reason: list.reason ?? `the values of tag "${tag}" are not known` };
      record[tag] = list.value;
    }
    return { value: record };
  });
}

// src/readers/terraform/runtime/unread-module.ts
var META_ARGUMENTS2 = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
function unreadModuleVm(parent, call, skipped) {
  const { inputs, deployed: deployed2 } = callInputs(parent, call);
  const signals = hotpatchSignals(inputs);
  if (signals === void 0) return void 0;
  const judge = "scan its plan instead (terraform show -json beside the configuration), or exempt the call";
  return unreadCallAsVm({ ...callOf(parent, call, deployed2), why: skipped, judge }, signals);
}
function unreadModuleAssignments(parent, call, skipped) {
  if (call.source === void 0 || !MAINTENANCE_MODULE.test(call.source)) return [];
  const { inputs, deployed: deployed2, filters } = callInputs(parent, call);
  const base = callOf(parent, call, deployed2);
  const assignments = [];
  const seen = /* @__PURE__ */ new Set();
  for (const input of inputs) {
    const identity = typeof input.value === "string" ? parseResourceId(input.value) : void 0;
    if (identity === void 0 || !MACHINE_TYPES.has(identity.type.toLowerCase())) continue;
    const id = input.value.toLowerCase();
    if (seen.has(id)) continue;
    seen.add(id);
    const symbol = parent.session.symbolOfId(input.value);
    const target = known(symbol === void 0 ? identity : { ...identity, symbol }, input.at, "expression");
    assignments.push(unreadCallAsAssignment({ ...base, symbol: `${base.symbol} > ${id}`, why: skipped }, target));
  }
  if (filters.length === 0) return assignments;
  const placed = callProvider(parent, call, base.at);
  const scope = azureScope(void 0, base.at, void 0, placed.subscription, placed.handle, placed.runsAgainst);
  for (const { path, value, at, key, deployed: instanceDeployed } of filters) {
    const symbol = `${base.symbol}${keySuffix(key)} > ${path}`;
    assignments.push(unreadCallAsDynamicScope({ ...base, symbol, scope, deployed: instanceDeployed, why: skipped }, moduleFilter(value, at)));
  }
  return assignments;
}
function callInputs(parent, call) {
  const evaluator = parent.session.evaluator;
  const budget = { factors: parent.factors, limits: parent.session.limits, what: `module.${call.name}` };
  const expansion = expand(call.block, call.file, parent.scope, evaluator, budget);
  const inputs = [];
  const filters = [];
  for (const instance of expansion.instances) {
    const scope = childScope(parent.scope, instance.names);
    for (const [name, attribute] of call.block.body.attributes) {
      if (META_ARGUMENTS2.has(name)) continue;
      const value = evaluator.evaluate(attribute.expression, scope);
      const at2 = locationOf(attribute.file ?? call.file, attribute.pos);
      collectInputs(TERRAFORM_INPUTS, name, value, at2, inputs);
      visitInputs(TERRAFORM_INPUTS, value, at2, (held, inside, heldAt) => {
        if (!isModuleFilter(held)) return false;
        filters.push({ path: inputPath(name, inside), value: held, at: heldAt, key: instance.key, deployed: instance.deployed });
        return true;
      });
    }
  }
  const at = locationOf(call.file, call.block.pos);
  const [first] = expansion.instances;
  return { inputs, filters, deployed: first === void 0 ? { value: false, origin: "expression", location: at } : first.deployed };
}
function callOf(parent, call, deployed2) {
  const at = locationOf(call.file, call.block.pos);
  const address = `${parent.address === "" ? "" : `${parent.address}.`}module.${call.name}`;
  return {
    format: "terraform",
    displayName: address,
    symbol: parent.session.symbol(address),
    at,
    unit: deploymentUnit("terraform-root", `terraform:${parent.session.rootFolder}`, at, parent.address, parent.session.varFile?.path),
    scope: azureScope(void 0, at),
    deployed: deployed2,
    // One root evaluated per var file: the call is reported once per variant, as its resources would be.
    variant: [parent.session.varFile?.name, parent.keys].filter((part) => part !== void 0 && part !== "").join(" ")
  };
}

// src/readers/terraform/runtime/collect.ts
var UPDATE_TYPES = /* @__PURE__ */ new Set([AZAPI_UPDATE_RESOURCE, AZAPI_RESOURCE_ACTION]);
function collectResources(root) {
  const resources = [];
  const updates = [];
  const visit = (module) => {
    for (const { file, block, message } of module.config.overrideErrors) module.session.notice(file, block.pos.line, block.pos.column, message);
    for (const [key, declaration] of module.config.resources) {
      const isUpdate = UPDATE_TYPES.has(declaration.type);
      if (declaration.mode !== "managed" || !(isUpdate || isModelledType(declaration.type))) continue;
      const set = module.resourceSet(key);
      if (!set) continue;
      if (set.note) {
        const { line, column } = declaration.block.pos;
        module.session.notice(declaration.file, line, column, `${declaration.type}.${declaration.name}: ${set.note}`);
      }
      for (const instance of set.instances) {
        const update = isUpdate ? updateOf(instance) : void 0;
        const resource = update === void 0 ? modelInstance(instance) : void 0;
        if (resource) resources.push(resource);
        if (update) updates.push(update);
      }
    }
    for (const [name, call] of module.config.moduleCalls) {
      const set = module.moduleCall(name);
      const knownModule = set.skipped === void 0 ? void 0 : modelKnownModule(module, call);
      if (knownModule !== void 0) {
        module.session.notice(call.file, call.block.pos.line, call.block.pos.column, knownModule.notice);
        resources.push(...knownModule.resources);
      } else if (set.skipped !== void 0) {
        const { line, column } = call.block.pos;
        const standIn2 = unreadModuleVm(module, call, set.skipped);
        if (standIn2) resources.push(standIn2);
        const assignments = unreadModuleAssignments(module, call, set.skipped);
        resources.push(...assignments);
        const group = standIn2 === void 0 && assignments.length === 0 ? unreadCallsGroup(call.source) : void 0;
        module.session.notice(call.file, line, column, `${set.skipped}; the resources it declares are not checked`, group);
      }
      for (const child of set.instances) visit(child);
    }
  };
  visit(root);
  return updates.length === 0 ? resources : updated(root, resources, updates);
}
function unreadCallsGroup(source) {
  if (source === void 0 || isLocalSource(source) || MAINTENANCE_MODULE.test(source)) return void 0;
  return {
    key: `terraform-module:${source}`,
    what: `calls of module "${source}" (a registry or remote module), which the scanner does not read, with no hotpatch signal among their inputs`,
    then: "the resources the module declares are not checked"
  };
}
function updated(root, resources, updates) {
  const applied = applyUpdates(resources, updates);
  for (const { file, line, column, message } of applied.notices) root.session.notice(file, line, column, message);
  return applied.resources;
}
function updateOf(instance) {
  const { declaration, module } = instance;
  const view = new HclView(declaration.block.body, instance.scope, declaration.file, declaration.block.pos, module.session.evaluator);
  const frame = frameOf(instance, view, declaration.type);
  return readUpdate(declaration.type, view, frame, keptText(instance.address), (id) => module.session.symbolOfId(id));
}
function modelInstance(instance) {
  const { declaration, module } = instance;
  const view = new HclView(declaration.block.body, instance.scope, declaration.file, declaration.block.pos, module.session.evaluator);
  const modelled = modelledArmType(declaration.type, view);
  if (!modelled) return void 0;
  const frame = frameOf(instance, view, modelled.armType);
  const resource = buildResource(declaration.type, modelled, view, frame, (id) => module.session.symbolOfId(id));
  if (resource?.deployed.origin !== "unresolved") return resource;
  const conditionKeys = combinedKeys(module, keyedOf(instance));
  return conditionKeys === void 0 ? resource : Object.assign(resource, { conditionKeys });
}
function frameOf(instance, view, armType) {
  const { declaration, module } = instance;
  const name = text(view.get(["name"])).value;
  const parent = declaration.type === AZAPI_RESOURCE || armType === ARC_LICENSE_PROFILE_TYPE ? text(view.get(["parent_id"])) : void 0;
  const groupValue = parent !== void 0 ? parentGroup(parent) : text(view.get(["resource_group_name"]));
  const group = groupValue.value;
  const placed = parent !== void 0 ? parentSubscription(instance, parent) : providerSubscription(instance);
  const declaredAt = view.location;
  const [outermost] = module.callSites;
  const reportAt = outermost ? locationOf(outermost.file, outermost.block.pos) : declaredAt;
  const related = module.callSites.map((site) => ({ file: site.file, startLine: site.block.pos.line, role: "module" }));
  if (outermost) related.push({ file: declaration.file, startLine: declaration.block.pos.line, role: "declaration" });
  related.push(...module.session.relatedFiles());
  const variant = [module.session.varFile?.name, module.keys + keySuffix(instance.key)].filter((part) => part !== void 0 && part !== "");
  const rootAt = rootOf2(declaredAt.file);
  return {
    format: "terraform",
    // A var file is an environment of the root: dev.tfvars and prod.tfvars are two deployments of it.
    unit: deploymentUnit("terraform-root", `terraform:${module.session.rootFolder}`, outermost ? reportAt : rootAt, module.address, module.session.varFile?.path),
    scope: azureScope(groupValue, reportAt, void 0, placed.subscription, placed.handle, placed.runsAgainst),
    identity: {
      type: armType,
      name,
      ...group === void 0 ? {} : { resourceGroup: group },
      symbol: keptText(instance.symbol)
    },
    displayName: name ?? keptText(instance.address),
    reportAt,
    declaredAt,
    related,
    variant: keptText(variant.join(" ")),
    deployed: deployedOf(module.deployed, instance.deployed)
  };
}
var lastRoot = { file: "", line: 1, column: 1 };
function rootOf2(file) {
  if (lastRoot.file !== file) lastRoot = { file, line: 1, column: 1 };
  return lastRoot;
}
function parentGroup(parent) {
  if (parent.value === void 0) return parent;
  const group = resourceGroupOfId(parent.value);
  return group === void 0 ? { value: void 0, origin: "absent", location: parent.location } : { ...parent, value: group };
}
function deployedOf(module, own) {
  if (!module || module.value === true) return own;
  return module;
}

// src/readers/terraform/runtime/module-instance.ts
import { posix as posix2 } from "node:path";

// src/readers/terraform/runtime/memo.ts
function memoizedMemo(memos, key, shown, evaluator, compute) {
  const known2 = memos.get(key);
  if (known2 === PENDING) return failure(`${shown} refers to itself`);
  if (known2) {
    evaluator.tracer.recordAll(known2.hops);
    return known2.value;
  }
  memos.set(key, PENDING);
  const memo = compute();
  memos.set(key, memo);
  evaluator.tracer.recordAll(memo.hops);
  return memo.value;
}
function memoized(memos, key, shown, evaluator, evaluate, hop) {
  return memoizedMemo(memos, key, shown, evaluator, () => {
    const { result, hops } = evaluator.tracer.capture(evaluate);
    return { value: result, hops: hop ? [hop, ...hops] : hops };
  });
}

// src/readers/terraform/runtime/module-calls.ts
import { posix } from "node:path";
var MAX_MODULE_DEPTH = 12;
var META_ARGUMENTS3 = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
function expandModuleCall(parent, name) {
  const call = parent.config.moduleCalls.get(name);
  if (!call) return { instances: [], value: parent.notDeclared(`module "${name}"`) };
  const session = parent.session;
  if (call.source !== void 0 && isLocalSource(call.source) && parent.callSites.length >= MAX_MODULE_DEPTH) {
    const message = `module.${name} is nested more than ${MAX_MODULE_DEPTH} module calls deep; it is not evaluated`;
    session.notEvaluated(call.file, call.block.pos, message);
    return { instances: [], value: unknown(message) };
  }
  const resolved = call.source === void 0 ? void 0 : session.moduleFolders.get(moduleFolderKey(parent.config.folder, call.source));
  if (resolved !== void 0 && !session.configs.has(resolved)) {
    const message = `module.${name} is past the ${MAX_TREE_FOLDERS} module folders one root module may load; it is not evaluated`;
    session.notEvaluated(call.file, call.block.pos, message);
    return { instances: [], value: unknown(message) };
  }
  const folder = moduleFolder(parent, call);
  if (typeof folder !== "object") {
    const unread = unreadSource(parent, call) === void 0 ? {} : { skipped: folder };
    const known2 = unread.skipped === void 0 ? void 0 : session.registryOutputs(parent, call, folder);
    return { instances: [], value: known2 ?? unknown(folder), ...unread };
  }
  const evaluator = session.evaluator;
  const budget = { factors: parent.factors, limits: session.limits, what: `module.${name}` };
  const expansion = expand(call.block, call.file, parent.scope, evaluator, budget, parent.conditionScope);
  if (expansion.exceeded !== void 0) session.notEvaluated(call.file, call.block.pos, expansion.exceeded);
  const factors = hasCondition(call) ? [...parent.factors, expansion.instances.length] : parent.factors;
  const prefix = parent.address === "" ? "" : `${parent.address}.`;
  const instances = expansion.instances.map((expanded) => {
    const scope = childScope(parent.scope, expanded.names);
    const inputs = (variable) => {
      const attribute = META_ARGUMENTS3.has(variable) ? void 0 : call.block.body.attributes.get(variable);
      if (!attribute) return void 0;
      return {
        hop: { kind: "module-input", name: variable, location: locationOf(attribute.file ?? call.file, attribute.pos) },
        evaluate: () => evaluator.evaluate(attribute.expression, scope)
      };
    };
    return new ModuleInstance(
      session,
      folder.config,
      `${prefix}module.${name}${keySuffix(expanded.key)}`,
      inputs,
      [...parent.callSites, { file: call.file, block: call.block }],
      hasCondition(call) ? combineDeployed(parent.deployed, expanded.deployed) : parent.deployed,
      parent.keys + keySuffix(expanded.key),
      factors,
      parent,
      hasCondition(call) ? combinedKeys(parent, keyedOf(expanded)) : parent.conditionKeys
    );
  });
  const value = expansion.collect(instances.map(outputsOf));
  return { instances, value, ...expansion.note ? { note: expansion.note } : {} };
}
var hasCondition = (call) => call.block.body.attributes.has("count") || call.block.body.attributes.has("for_each");
function moduleFolder(parent, call) {
  const unread = unreadSource(parent, call);
  if (unread !== void 0) return unread;
  const session = parent.session;
  const folder = session.moduleFolders.get(moduleFolderKey(parent.config.folder, call.source ?? ""));
  const config = session.configs.get(folder);
  if (parent.callSites.length >= MAX_MODULE_DEPTH) return `module "${call.name}" is nested too deeply to evaluate`;
  if (folder === parent.config.folder || ancestors(parent).includes(folder)) {
    return `module "${call.name}" calls a module that is already being evaluated (a cycle)`;
  }
  return { config };
}
function unreadSource(parent, call) {
  const source = call.source;
  if (source === void 0) return `module "${call.name}" has no literal source`;
  if (!isLocalSource(source)) {
    return `module "${call.name}" comes from "${source}" (a registry or remote module), which the scanner does not read`;
  }
  if (leadsOutside(moduleFolderOf(call.file), source)) return `module "${call.name}": source '${source}' leads outside the scanned folder`;
  const session = parent.session;
  const folder = session.moduleFolders.get(moduleFolderKey(parent.config.folder, source));
  if (folder === void 0 || !session.configs.get(folder)) {
    return `module "${call.name}": "${source}" is not a folder with .tf files inside the scanned repository`;
  }
  return void 0;
}
function leadsOutside(callerFolder, source) {
  if (!isLocalSource(source)) return false;
  if (posix.isAbsolute(source) || /^[a-zA-Z]:[\\/]/.test(source)) return true;
  const joined = posix.normalize(posix.join(callerFolder === "." ? "" : callerFolder, source.replaceAll("\\", "/")));
  return joined === ".." || joined.startsWith("../");
}
function ancestors(instance) {
  return [instance.session.rootFolder, ...instance.callSites.map((site) => moduleFolderOf(site.file))];
}
function combineDeployed(outer, own) {
  return !outer || outer.value === true ? own : outer;
}
function outputsOf(instance) {
  const memo = /* @__PURE__ */ new Map();
  const evaluator = instance.session.evaluator;
  return {
    kind: "lazy",
    description: instance.address,
    attribute: (name) => {
      const output = instance.config.outputs.get(name);
      if (!output) return failure(`${instance.address} has no output "${name}"`);
      return memoized(
        memo,
        name,
        `${instance.address}.${name}`,
        evaluator,
        () => evaluator.evaluate(output.item.expression, instance.scope)
      );
    }
  };
}

// src/readers/terraform/runtime/resources.ts
function expandResource(module, declaration) {
  const evaluator = module.session.evaluator;
  const prefix = module.address === "" ? "" : `${module.address}.`;
  const local = declaration.mode === "data" ? `data.${declaration.type}.${declaration.name}` : `${declaration.type}.${declaration.name}`;
  const budget = { factors: module.factors, limits: module.session.limits, what: local };
  const expansion = expand(declaration.block, declaration.file, module.scope, evaluator, budget, module.conditionScope);
  if (expansion.exceeded !== void 0) module.session.notEvaluated(declaration.file, declaration.block.pos, expansion.exceeded);
  const instances = expansion.instances.map((expanded) => {
    const address = `${prefix}${local}${keySuffix(expanded.key)}`;
    const instance = createInstance(module, declaration, expanded.key, address, childScope(module.scope, expanded.names), expanded.deployed);
    return expanded.conditionKey === void 0 ? instance : Object.assign(instance, { conditionKey: expanded.conditionKey });
  });
  const value = expansion.collect(instances.map((instance) => instance.reference));
  return { instances, value, ...expansion.note ? { note: expansion.note } : {} };
}
function createInstance(module, declaration, key, address, scope, deployed2) {
  const memo = /* @__PURE__ */ new Map();
  const session = module.session;
  const symbol = session.symbol(address);
  const attributes = declaration.block.body.attributes;
  const instance = {
    declaration,
    module,
    key,
    address,
    symbol,
    scope,
    deployed: deployed2,
    attribute(name) {
      const attribute = attributes.get(name);
      if (!attribute) return null;
      return memoized(
        memo,
        name,
        `${address}.${name}`,
        session.evaluator,
        () => session.evaluator.evaluate(attribute.expression, scope)
      );
    },
    reference: {
      kind: "lazy",
      description: address,
      attribute: (name) => {
        const current = currentSubscriptionAttribute(instance, name);
        if (current !== void 0) return current;
        if (name === "id") return syntheticId(instance);
        if (attributes.has(name)) return instance.attribute(name);
        return unknown(
          declaration.mode === "data" ? `data source ${address} is read when Terraform plans` : `${address}.${name} is known only after apply`
        );
      }
    }
  };
  return instance;
}
function syntheticId(instance) {
  const { type } = instance.declaration;
  const text2 = (name2, placeholder) => {
    const value = instance.attribute(name2);
    return typeof value === "string" && value !== "" ? value : placeholder;
  };
  const name = text2("name", `{${instance.address.replaceAll("/", "%2F")}}`);
  const subscription = () => subscriptionSegment(instance, subscriptionOf(instance, () => parentId(instance)));
  let id;
  if (type === RESOURCE_GROUP_TYPE) {
    id = `/subscriptions/${subscription()}/resourceGroups/${name}`;
  } else if (type === AZAPI_RESOURCE) {
    const armType = instance.attribute("type");
    if (typeof armType !== "string") return unknown(`${instance.address}.id: its type is not known`);
    const bare = withoutApiVersion(armType);
    id = bare.toLowerCase() === "microsoft.resources/resourcegroups" ? `/subscriptions/${subscription()}/resourceGroups/${name}` : `${text2("parent_id", "{parent}")}/providers/${bare}/${name}`;
  } else {
    const armType = AZURERM_ARM_TYPES.get(type);
    if (!armType) return unknown(`${instance.address}.id is known only after apply`);
    id = `/subscriptions/${subscription()}/resourceGroups/${text2("resource_group_name", "{resourceGroup}")}/providers/${armType}/${name}`;
  }
  if (instance.declaration.mode === "managed") instance.module.session.registerId(id, instance.symbol);
  return id;
}
function parentId(instance) {
  const { file, block } = instance.declaration;
  const at = { file, line: block.pos.line, column: block.pos.column };
  const value = instance.attribute("parent_id");
  if (typeof value === "string") return { value, origin: "expression", location: at };
  if (value === null) return { value: void 0, origin: "absent", location: at };
  return { value: void 0, origin: "unresolved", location: at, reason: "its parent_id could not be evaluated" };
}
var CURRENT_SUBSCRIPTION_SOURCES = /* @__PURE__ */ new Set(["azurerm_client_config", "azurerm_subscription"]);
function currentSubscriptionAttribute(instance, name) {
  const { declaration } = instance;
  if (declaration.mode !== "data" || !CURRENT_SUBSCRIPTION_SOURCES.has(declaration.type)) return void 0;
  if (declaration.block.body.attributes.has("subscription_id")) return void 0;
  const segment = () => subscriptionSegment(instance, providerSubscription(instance));
  if (name === "subscription_id") return segment();
  if (name === "id" && declaration.type === "azurerm_subscription") return `/subscriptions/${segment()}`;
  return void 0;
}

// src/readers/terraform/runtime/module-instance.ts
var EMPTY_SCOPE = { lookup: () => void 0 };
var WORKSPACE_CHOSEN_AT_RUN = "terraform.workspace is chosen when Terraform runs (terraform workspace select, TF_WORKSPACE)";
var RESOURCE_TYPE_NAME = /^[a-z][a-z0-9]*_[a-z0-9_]+$/;
var ModuleInstance = class {
  constructor(session, config, address, inputs, callSites, deployed2, keys = "", factors = [], caller, conditionKeys) {
    this.session = session;
    this.config = config;
    this.address = address;
    this.inputs = inputs;
    this.callSites = callSites;
    this.deployed = deployed2;
    this.keys = keys;
    this.factors = factors;
    this.caller = caller;
    this.conditionKeys = conditionKeys;
    const named = (description, attribute) => ({ kind: "lazy", description, attribute });
    const roots = /* @__PURE__ */ new Map([
      ["var", named("var", (name) => this.variable(name))],
      ["local", named("local", (name) => this.local(name))],
      ["module", named("module", (name) => this.moduleCall(name).value)],
      ["data", named("data", (type) => named(`data.${type}`, (name) => this.resource(`data.${type}.${name}`)))],
      // As Terraform gives them: relative to its working directory, the root module's folder (`../../modules/vm`);
      // file() reads relative to it too (root-files.ts). path.cwd is absolute in Terraform: a machine's, not the repository's.
      ["path", objectFrom({ module: relativeFolder(session.rootFolder, config.folder), root: ".", cwd: "." })],
      // The workspace is chosen when Terraform runs, often `prod` in CI: read as `default`, a hotpatch flag or a count
      // that differs by workspace passed unplanned VMs. A map keyed by it still keeps its VMs (unknown keys, issue 13).
      ["terraform", objectFrom({ workspace: unknown(WORKSPACE_CHOSEN_AT_RUN) })],
      ["self", unknown("self is only known when Terraform runs")]
    ]);
    this.scope = {
      lookup: (name) => {
        if (roots.has(name)) return roots.get(name);
        if (config.resourceTypes.has(name)) return named(name, (resource) => this.resource(`${name}.${resource}`));
        if (RESOURCE_TYPE_NAME.test(name)) return named(name, (resource) => this.resource(`${name}.${resource}`));
        return void 0;
      }
    };
  }
  session;
  config;
  address;
  inputs;
  callSites;
  deployed;
  keys;
  factors;
  caller;
  conditionKeys;
  scope;
  variables = /* @__PURE__ */ new Map();
  locals = /* @__PURE__ */ new Map();
  resources = /* @__PURE__ */ new Map();
  modules = /* @__PURE__ */ new Map();
  /** Provider configurations by address, as resolved in this instance (runtime/providers.ts). */
  providerConfigurations = /* @__PURE__ */ new Map();
  /** This instance in condition keys (condition-keys.ts): the root, its var file, and its module path. */
  get conditionScope() {
    return `terraform:${this.session.rootFolder}|${this.session.varFile?.path ?? ""}|${this.address}`;
  }
  variable(name) {
    return memoizedMemo(this.variables, name, `var.${name}`, this.session.evaluator, () => this.computeVariable(name));
  }
  local(name) {
    const declared = this.config.locals.get(name);
    if (!declared) return this.notDeclared(`local.${name}`);
    const evaluator = this.session.evaluator;
    const hop = { kind: "local", name, location: locationOf(declared.file, declared.item.pos) };
    return memoized(this.locals, name, `local.${name}`, evaluator, () => evaluator.evaluate(declared.item.expression, this.scope), hop);
  }
  /** The instances of a resource or data source (`type.name` / `data.type.name`). */
  resourceSet(key) {
    const declaration = this.config.resources.get(key);
    if (!declaration) return void 0;
    let set = this.resources.get(key);
    if (!set) {
      set = expandResource(this, declaration);
      this.resources.set(key, set);
    }
    return set;
  }
  moduleCall(name) {
    let set = this.modules.get(name);
    if (!set) {
      set = expandModuleCall(this, name);
      this.modules.set(name, set);
    }
    return set;
  }
  resource(key) {
    return this.resourceSet(key)?.value ?? this.notDeclared(key);
  }
  /** What a reference names is declared nowhere the module was read: said with the files that could not be. */
  notDeclared(what) {
    const { folder, unreadFiles } = this.config;
    if (unreadFiles.length === 0) return failure(`${what} is not declared in ${folder}`);
    return failure(`${what} is not declared in the files of ${folder} that could be read (${unreadFiles.join(", ")} could not be)`);
  }
  computeVariable(name) {
    const declaration = this.config.variables.get(name);
    if (!declaration) return { value: this.notDeclared(`variable "${name}"`), hops: [] };
    const evaluator = this.session.evaluator;
    const input = this.inputs(name);
    let captured = input ? evaluator.tracer.capture(() => input.evaluate()) : void 0;
    let hop = input?.hop;
    if (!captured || captured.result === null && !declaration.nullable) {
      const fallback = declaration.defaultValue;
      if (fallback) {
        captured = evaluator.tracer.capture(() => evaluator.evaluate(fallback.expression, EMPTY_SCOPE));
        hop = { kind: "default", name, location: locationOf(fallback.file ?? declaration.file, fallback.pos) };
      } else if (!captured) {
        const where = this.address === "" ? "no default and no tfvars value: it is set when Terraform runs" : "the module call does not set it";
        const allowed = allowedValues(declaration, evaluator);
        const result = unknown(`variable "${name}" has ${where}`);
        captured = { result: allowed === void 0 ? result : { ...result, allowed }, hops: [] };
        hop = { kind: "unset-variable", name, location: locationOf(declaration.file, declaration.block.pos) };
      }
    }
    const value = convertToType(
      captured?.result ?? null,
      declaration.type,
      (expression) => evaluator.evaluate(expression, EMPTY_SCOPE)
    );
    return { value, hops: hop ? [hop, ...captured?.hops ?? []] : [] };
  }
};
function allowedValues(declaration, evaluator) {
  for (const block of declaration.block.body.blocks) {
    const condition = block.type === "validation" ? block.body.attributes.get("condition")?.expression : void 0;
    if (condition?.kind !== "call" || condition.name !== "contains" || condition.args.length !== 2) continue;
    const [list, subject] = condition.args;
    const names = subject?.kind === "getattr" && subject.target.kind === "variable" && subject.target.name === "var" && subject.name === declaration.name;
    if (!names || list === void 0) continue;
    const values = evaluator.evaluate(list, EMPTY_SCOPE);
    if (isList(values) && values.every((value) => typeof value === "string" || typeof value === "number" || typeof value === "boolean")) return values;
  }
  return void 0;
}
function relativeFolder(rootFolder, folder) {
  return posix2.relative(rootFolder === "." ? "" : rootFolder, folder === "." ? "" : folder) || ".";
}

// src/readers/terraform/runtime/root-files.ts
function rootFiles(workspace, rootFolder) {
  const resolve2 = (written) => workspace.resolveFrom(rootFolder === "." ? "_" : `${rootFolder}/_`, written);
  return {
    read: (written) => {
      const path = resolve2(written);
      if (path === void 0) return { ok: false, reason: "it is outside the scanned folder" };
      const text2 = workspace.readText(path);
      return text2.ok ? { ok: true, path, text: text2.text } : { ok: false, reason: `${path}: ${text2.message}` };
    },
    exists: (written) => {
      const path = resolve2(written);
      return path === void 0 ? void 0 : workspace.get(path) !== void 0;
    }
  };
}

// src/readers/terraform/runtime/session.ts
var Session = class {
  constructor(rootFolder, varFile, configs, moduleFolders, limits = DEFAULT_LIMITS, files, registryOutputs = () => void 0) {
    this.rootFolder = rootFolder;
    this.varFile = varFile;
    this.configs = configs;
    this.moduleFolders = moduleFolders;
    this.limits = limits;
    this.registryOutputs = registryOutputs;
    this.evaluator = new Evaluator(new Budget(limits.steps), void 0, files);
  }
  rootFolder;
  varFile;
  configs;
  moduleFolders;
  limits;
  registryOutputs;
  evaluator;
  notices = [];
  /** Declarations the budgets left unevaluated (one error each, whatever the module instances that met it). */
  unevaluated = [];
  ids = /* @__PURE__ */ new Map();
  /** Subscriptions that are not known, by the placeholder synthetic IDs give them (`{subscription#1}`). */
  placeholders = /* @__PURE__ */ new Map();
  /** The placeholder of each configuration (its handle) or unknown subscription value. */
  placeholderOf = /* @__PURE__ */ new Map();
  /** A declaration the instance budget left unevaluated: a located not-evaluated error, once. */
  notEvaluated(file, at, message) {
    const { line, column } = at;
    if (this.unevaluated.some((error) => error.file === file && error.line === line && error.message === message)) return;
    this.unevaluated.push({ file, line, column, message, severity: "error", kind: "not-evaluated" });
  }
  /** The stable handle of a resource address in this evaluation (see README.md: symbols). */
  symbol(address) {
    const folder = this.varFile ? `${this.rootFolder}(${this.varFile.name})` : this.rootFolder;
    return `${folder}#${address}`;
  }
  registerId(id, symbol) {
    if (!this.ids.has(id.toLowerCase())) this.ids.set(id.toLowerCase(), symbol);
  }
  /** The symbol of a resource whose synthetic ID this is (case-insensitive: IDs often pass through lower()). */
  symbolOfId(id) {
    return this.ids.get(id.toLowerCase());
  }
  /**
   * The placeholder a synthetic ID gives a subscription that is not known, so that an azapi `parent_id` built from
   * that ID finds it again (runtime/subscriptions.ts): one per subscription value, that is per provider configuration.
   */
  subscriptionPlaceholder(placed) {
    const key = placed.handle ?? placed.subscription ?? placed;
    let placeholder = this.placeholderOf.get(key);
    if (placeholder === void 0) {
      placeholder = `{subscription#${this.placeholders.size + 1}}`;
      this.placeholders.set(placeholder, placed);
      this.placeholderOf.set(key, placeholder);
    }
    return placeholder;
  }
  subscriptionOfPlaceholder(placeholder) {
    return this.placeholders.get(placeholder);
  }
  /** Related locations every resource of this evaluation carries (the var file). */
  relatedFiles() {
    return this.varFile ? [{ file: this.varFile.path, startLine: 1, role: "parameter-file" }] : [];
  }
  /** A located notice, once; of a group (`ParseError.group`) the scan may say with others of its kind. */
  notice(file, line, column, message, group) {
    const said = { file, line, column, message, severity: "notice", ...group !== void 0 && { group } };
    const seen = this.notices.findIndex((notice2) => notice2.file === file && notice2.line === line && notice2.message === message);
    if (seen >= 0) this.notices[seen] = keptApart(this.notices[seen], said);
    else if (this.notices.length < 100) this.notices.push(said);
  }
};

// src/readers/terraform/runtime/evaluate-root.ts
async function evaluateRoot(files, folder, tfvars, varFile, limits = DEFAULT_LIMITS) {
  const tree = await loadModuleTree(files, folder);
  const config = tree.configs.get(folder);
  if (!config) return { resources: [], notices: [] };
  const layers = [];
  for (const path of varFile === void 0 ? tfvars : [...tfvars, varFile]) {
    layers.push(await readTfvars(path, files, files.workspace));
  }
  const name = varFile?.slice(varFile.lastIndexOf("/") + 1);
  const session = new Session(
    folder,
    varFile === void 0 || name === void 0 ? void 0 : { path: varFile, name },
    tree.configs,
    tree.moduleFolders,
    limits,
    rootFiles(files.workspace, folder),
    knownModuleValue
  );
  const inputs = (variable) => {
    for (let i = layers.length - 1; i >= 0; i--) {
      const found = layers[i]?.get(variable);
      if (found) return { hop: { kind: "tfvars", name: variable, location: found.location }, evaluate: () => found.value };
    }
    return void 0;
  };
  const root = new ModuleInstance(session, config, "", inputs, [], void 0);
  const resources = collectResources(root);
  const errors = [...session.unevaluated];
  if (session.evaluator.budget.exhausted) {
    const file = files.tfFiles(folder)[0] ?? folder;
    const unit = `the Terraform root module ${folder}${name === void 0 ? "" : ` with ${name}`}`;
    errors.push({ file, line: 1, column: 1, message: stepBudgetMessage(unit, limits), severity: "error", kind: "not-evaluated" });
  }
  return { resources, notices: [...session.notices, ...errors] };
}

// src/readers/terraform/runtime/orphan-var-file.ts
async function orphanVarFile(path, files, workspace, besideConfiguration) {
  const inputs = [];
  for (const [name, { value, location }] of await readTfvars(path, files, workspace)) collectInputs(TERRAFORM_INPUTS, name, value, location, inputs);
  const said = valuesAppliedToNothing({
    displayName: `variables file ${path}`,
    symbol: `${path}#var-file`,
    at: { file: path, line: 1, column: 1 },
    inputs,
    // Terraform loads a var file in its root's folder, through -var-file, or for `terraform test`.
    why: `variables file ${path} is beside no root module of the scan, so its values are applied to nothing here`,
    judge: "scan the plan of the root it feeds (terraform plan -var-file, then terraform show -json)"
  });
  return "message" in said && !besideConfiguration ? { ...said, group: varFilesGroup(path) } : said;
}
function varFilesGroup(path) {
  const slash = path.indexOf("/");
  const top = slash < 0 ? "." : path.slice(0, slash);
  return {
    key: `terraform-var-files:${top}`,
    what: `variables files below ${top === "." ? "the scanned folder" : `${top}/`}, beside no root module of the scan, in folders without .tf files and with no hotpatch signal among their values`,
    then: "their values are applied to nothing here: scan the plan of the root each feeds (terraform plan -var-file, then terraform show -json) to check them",
    wholeFiles: true
  };
}
function valuesAppliedToNothing(values) {
  const { at, why, judge } = values;
  const signals = hotpatchSignals(values.inputs);
  if (signals === void 0) return { ...at, message: `${why}; ${judge} to check them`, severity: "notice" };
  return unreadCallAsVm(
    {
      format: "terraform",
      displayName: values.displayName,
      symbol: values.symbol,
      at,
      why,
      judge: `${judge} instead, or exempt it`,
      unit: deploymentUnit("terraform-root", `terraform:${moduleFolderOf(at.file)}`, at),
      scope: azureScope(void 0, at),
      deployed: known(true, at),
      ...values.decidedElsewhere !== void 0 && { decidedElsewhere: values.decidedElsewhere }
    },
    signals
  );
}

// src/readers/terraform/runtime/json-syntax.ts
var isJsonConfiguration = (path) => path.endsWith(".tf.json");
var MAX_DEPTH = 12;
var NOT_HOTPATCH = /^azurerm_(?:linux_|virtual_machine$|virtual_machine_scale_set$|windows_virtual_machine_scale_set$)/;
var MODULE_META = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
var JUDGE = "scan its plan instead (terraform show -json beside the configuration), or write it in HCL";
function jsonConfiguration(path, workspace) {
  const text2 = workspace.readText(path);
  if (!text2.ok) return [{ file: path, line: text2.line, column: text2.column, message: text2.message, severity: "error" }];
  const document = parseJsonDocument(text2.text);
  if (document.error) return [{ file: path, ...document.error, severity: "error" }];
  if (document.root?.type !== "object") return [{ file: path, line: 1, column: 1, message: "a Terraform JSON configuration must be an object", severity: "error" }];
  const found = [];
  for (const [type, byName] of members(document.root, "resource")) {
    for (const [name, body, at] of labelled(byName, document, path)) {
      const said = resourceBlock(path, document, `${type}.${name}`, type, body, at);
      if (said !== void 0) found.push(said);
    }
  }
  for (const [name, body, at] of labelled(blocksOf(document.root, "module"), document, path)) {
    found.push(moduleBlock(path, document, name, body, at));
  }
  return found;
}
function members(node, key) {
  const byType = /* @__PURE__ */ new Map();
  for (const object of blocksOf(node, key)) {
    for (const [type, value] of properties(object)) byType.set(type, [...byType.get(type) ?? [], value]);
  }
  return [...byType];
}
function blocksOf(node, key) {
  const value = node?.type === "object" ? node.children?.find((child) => child.children?.[0]?.value === key)?.children?.[1] : void 0;
  if (value?.type === "object") return [value];
  return value?.type === "array" ? (value.children ?? []).filter((item) => item.type === "object") : [];
}
function properties(node) {
  const found = [];
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key === void 0 || value === void 0 || typeof key.value !== "string" || key.value === "//") continue;
    found.push([key.value, value, key]);
  }
  return found;
}
function labelled(objects, document, path) {
  const found = [];
  for (const object of objects) {
    for (const [name, value, key] of properties(object)) {
      const at = { file: path, ...document.position(key.offset) };
      const bodies = value.type === "array" ? value.children ?? [] : [value];
      for (const body of bodies) if (body.type === "object") found.push([name, body, at]);
    }
  }
  return found;
}
function resourceBlock(path, document, address, type, body, at) {
  const kind = policyKind(type, body);
  if (kind === void 0) return void 0;
  if (/(?:^|\/|_)override\.tf\.json$/.test(path)) {
    const overridden = `${address} is overridden in Terraform's JSON syntax, which the gate does not read`;
    return standIn(path, document, address, body, at, overridden, `${overridden}: its declaration is judged without this override; ${JUDGE}`);
  }
  const written = `${address} is written in Terraform's JSON syntax, which the gate does not read`;
  if (kind === "maintenance") return notice(at, `${written}, so the reboot plan it may declare is not seen; ${JUDGE}`);
  return standIn(path, document, address, body, at, written, `${written}, so whether it is a hotpatch machine is not judged; ${JUDGE}`);
}
function moduleBlock(path, document, name, body, at) {
  const written = `module "${name}" is called in Terraform's JSON syntax, which the gate does not read`;
  return standIn(path, document, `module.${name}`, body, at, written, `${written}; the resources it declares are not checked: ${JUDGE}`, MODULE_META);
}
function policyKind(type, body) {
  if (type === AZAPI_RESOURCE_ACTION && !mayUpdate(body)) return void 0;
  if (type === AZAPI_RESOURCE || type === AZAPI_UPDATE_RESOURCE || type === AZAPI_RESOURCE_ACTION) {
    const written = properties(body).find(([name]) => name === "type")?.[1].value;
    if (typeof written !== "string" || written.includes("${")) return "machine";
    const bare = withoutApiVersion(written).toLowerCase();
    const armType = AZAPI_MODELLED_TYPES.find((candidate) => candidate.toLowerCase() === bare);
    return armType === void 0 ? void 0 : armType.startsWith("Microsoft.Maintenance/") ? "maintenance" : "machine";
  }
  if (!AZURERM_ARM_TYPES.has(type)) return void 0;
  return type.startsWith("azurerm_maintenance_") ? "maintenance" : "machine";
}
function mayUpdate(body) {
  const argument = (name) => properties(body).find(([key]) => key === name)?.[1];
  const literal = (node) => node?.type === "string" && typeof node.value === "string" && !/[$%]\{/.test(node.value) ? node.value : void 0;
  const action = argument("action");
  const method = argument("method");
  const when = literal(argument("when"));
  if ((literal(action) ?? "") !== "" || when === "destroy") return false;
  if (method === void 0 || method.type === "null") return false;
  const verb = literal(method);
  return verb === void 0 || ["patch", "put"].includes(verb.toLowerCase());
}
function standIn(path, document, address, body, at, why, otherwise, skipped = /* @__PURE__ */ new Set()) {
  const inputs = [];
  const shape = jsonInputs(path, document);
  for (const [name, value] of properties(body)) if (!skipped.has(name)) collectInputs(shape, name, value, shape.at(value), inputs, MAX_DEPTH);
  const signals = NOT_HOTPATCH.test(address.slice(0, address.indexOf("."))) ? void 0 : hotpatchSignals(inputs);
  if (signals === void 0) return notice(at, otherwise);
  const call = {
    format: "terraform",
    displayName: address,
    symbol: `${path}#${address}`,
    at,
    why,
    judge: `${JUDGE}, or exempt it`,
    unit: deploymentUnit("terraform-root", `terraform:${moduleFolderOf(path)}`, at),
    scope: azureScope(void 0, at),
    deployed: known(true, at)
  };
  return unreadCallAsVm(call, signals);
}
function jsonInputs(path, document) {
  const at = (node) => ({ file: path, ...document.position(node.offset) });
  return {
    at,
    scalar: (node) => node.type === "string" || node.type === "number" || node.type === "boolean" ? node.value : void 0,
    children: (node) => {
      if (node.type === "array") return (node.children ?? []).map((item, index) => [index, item, at(item)]);
      if (node.type === "object") return properties(node).map(([key, value]) => [key, value, at(value)]);
      return void 0;
    }
  };
}
function notice(at, message) {
  return { file: at.file, line: at.line, column: at.column, message, severity: "notice" };
}

// src/readers/terraform/runtime/terragrunt-inputs.ts
var NOTHING = { lookup: () => void 0 };
async function terragruntInputs(path, files) {
  const parsed = await files.parse(path);
  if (!parsed.ok || parsed.hcl.error !== void 0) return void 0;
  const { body } = parsed.hcl;
  const attribute = body.attributes.get("inputs");
  const at = attribute === void 0 ? { file: path, line: 1, column: 1 } : locationOf(path, attribute.pos);
  const inputs = [];
  if (attribute !== void 0) collectTerragruntInputs(attribute.expression, path, at, inputs);
  const module = deployed(body);
  return valuesAppliedToNothing({
    displayName: `Terragrunt inputs ${path}`,
    symbol: `${path}#inputs`,
    at,
    inputs,
    why: `Terragrunt file ${path} passes its inputs to ${module} through Terragrunt, which the gate does not run, so they are applied to nothing here`,
    judge: "scan the plan Terragrunt makes (terragrunt plan -out=tfplan, then terragrunt show -json tfplan)",
    decidedElsewhere: `decided by ${module} with these inputs, which the gate does not evaluate`
  });
}
function collectTerragruntInputs(expression, path, at, into) {
  const evaluator = new Evaluator();
  if (expression.kind !== "object") {
    collectInputs(TERRAFORM_INPUTS, "", evaluator.evaluate(expression, NOTHING), at, into);
    return;
  }
  for (const item of expression.items) {
    const key = evaluator.evaluate(item.key, NOTHING);
    if (typeof key !== "string") continue;
    collectInputs(TERRAFORM_INPUTS, key, evaluator.evaluate(item.value, NOTHING), locationOf(path, item.key.pos), into);
  }
}
function deployed(body) {
  const terraform = body.blocks.find((block) => block.type === "terraform");
  const source = terraform?.body.attributes.get("source");
  if (source === void 0) return "the Terraform files of its folder";
  const value = new Evaluator().evaluate(source.expression, NOTHING);
  return typeof value === "string" ? `the module "${value}"` : "a module whose source is not known";
}

// src/readers/terraform/terraform-reader.ts
var terraformReader = {
  ...terraformClaim,
  read: (files, workspace, limits) => readTerraform(files, workspace, limits)
};
async function readTerraform(claimed, workspace, limits) {
  const files = hclFilesOf(workspace);
  const paths = claimed.map((file) => file.path);
  files.register(paths);
  const tfFolders = [...new Set(paths.filter((path) => path.endsWith(".tf")).map(moduleFolderOf))].sort();
  for (const path of paths) if (!path.endsWith(".json")) await files.parse(path);
  const jsonErrors = paths.filter(isTfvars).filter((path) => path.endsWith(".json")).flatMap((path) => jsonTfvarsErrors(workspace, path));
  const resources = [];
  const notices = [];
  const tfvarsByFolder = /* @__PURE__ */ new Map();
  for (const path of paths.filter(isTfvars)) tfvarsByFolder.set(moduleFolderOf(path), [...tfvarsByFolder.get(moduleFolderOf(path)) ?? [], path]);
  const terragrunt = new Map(paths.filter(isTerragrunt).map((path) => [moduleFolderOf(path), path]));
  const configured = new Set(paths.filter((path) => !isTfvars(path)).map(moduleFolderOf));
  const roots = await rootFolders(files, tfFolders);
  const isRoot = new Set(roots);
  const apart = [.../* @__PURE__ */ new Set([...tfvarsByFolder.keys(), ...terragrunt.keys()])].filter((folder) => !isRoot.has(folder) && !hasPlan(workspace, folder));
  for (const folder of [...roots, ...apart].sort()) {
    if (hasPlan(workspace, folder)) continue;
    const terragruntPath = terragrunt.get(folder);
    const inputs = terragruntPath === void 0 ? void 0 : await terragruntInputs(terragruntPath, files);
    if (inputs !== void 0) {
      if ("message" in inputs) notices.push(inputs);
      else resources.push(inputs);
    }
    if (!isRoot.has(folder)) {
      for (const path of tfvarsByFolder.get(folder) ?? []) {
        const said = await orphanVarFile(path, files, workspace, configured.has(folder));
        if ("message" in said) notices.push(said);
        else resources.push(said);
      }
      continue;
    }
    const tfvars = tfvarsByFolder.get(folder) ?? [];
    const autoLoaded = autoLoadOrder(tfvars.map(fileName)).map((name) => joinPath(folder, name));
    const varFiles = tfvars.filter((path) => !isAutoLoaded(fileName(path)));
    for (const varFile of varFiles.length > 0 ? varFiles : [void 0]) {
      try {
        const evaluation = await evaluateRoot(files, folder, autoLoaded, varFile, limits);
        for (const resource of evaluation.resources) resources.push(resource);
        for (const notice2 of evaluation.notices) {
          const seen = notices.findIndex((n) => n.file === notice2.file && n.line === notice2.line && n.message === notice2.message);
          if (seen < 0) notices.push(notice2);
          else notices[seen] = keptApart(notices[seen], notice2);
        }
      } catch (error) {
        const file = files.tfFiles(folder)[0] ?? folder;
        notices.push({ file, line: 1, column: 1, message: `internal error evaluating ${folder}: ${getErrorMessage(error)}`, severity: "error" });
      }
    }
  }
  for (const path of paths.filter(isJsonConfiguration)) {
    if (hasPlan(workspace, moduleFolderOf(path))) continue;
    for (const said of jsonConfiguration(path, workspace)) {
      if ("message" in said) notices.push(said);
      else resources.push(said);
    }
  }
  const parsed = await files.all();
  forgetHclFiles(workspace);
  return {
    resources,
    parseErrors: [...parsed.flatMap(syntaxErrors), ...jsonErrors, ...notices],
    manifests: [...parsed.map((file) => file.path), ...paths.filter((path) => path.endsWith(".json"))].sort(),
    inlineExemptions: parsed.flatMap(exemptionsOf)
  };
}
function syntaxErrors(file) {
  if (!file.ok) return [file.error];
  const error = file.hcl.error;
  return error ? [{ file: file.path, line: error.pos.line, column: error.pos.column, message: error.message, severity: "error" }] : [];
}
function jsonTfvarsErrors(workspace, path) {
  const text2 = workspace.readText(path);
  if (!text2.ok) return [{ file: path, line: text2.line, column: text2.column, message: text2.message, severity: "error" }];
  const error = parseJsonDocument(text2.text).error;
  return error ? [{ file: path, ...error, severity: "error" }] : [];
}
function exemptionsOf(file) {
  if (!file.ok) return [];
  return file.hcl.exemptions.map((exemption) => ({
    location: { file: file.path, line: exemption.pos.line, column: exemption.pos.column },
    text: exemption.text
  }));
}
var joinPath = (folder, name) => folder === "." ? name : `${folder}/${name}`;
export {
  terraformReader
};

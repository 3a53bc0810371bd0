import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  atLeast,
  inRange,
  syntaxKey
} from "./chunk-6V3YIKE4.js";
import {
  load
} from "./chunk-VO455LQT.js";
import {
  onFrame
} from "./chunk-3TM54PKU.js";
import {
  DEFAULT_LIMITS,
  DERIVED_FROM_UTC_NOW_REASON,
  MACHINE_TYPES,
  MAINTENANCE_MODULE,
  MAX_JSON_DEPTH,
  PARAMETER_FOLDERS,
  PartialStringMap,
  UTC_NOW_REASON,
  absent,
  azureScope,
  bicepClaim,
  builtByBicep,
  childOf,
  collectInputs,
  filesInSubfolders,
  findExcessiveNesting,
  folderOf,
  hotpatchSignals,
  instanceBudgetMessage,
  isBicepBuildOutput,
  isFilterShape,
  isFullDateTimeFormat,
  known,
  legacyAssignmentNameProblem,
  mapArcLicenseProfile,
  mapArcMachine,
  mapDynamicScope,
  mapMaintenanceConfiguration,
  mapVirtualMachine,
  namesBeside,
  parameterFilesOf,
  parseJsonDocument,
  readInsteadNotice,
  resolveModuleTarget,
  stepBudgetMessage,
  templateDeployment,
  templateNotThere,
  unreadCallAsAssignment,
  unreadCallAsDynamicScope,
  unreadCallAsVm,
  unresolved,
  visitInputs,
  whatIfResultIn,
  withDefaultAt,
  withUnknownKeys
} from "./chunk-HRE4GSV5.js";
import {
  ARC_LICENSE_PROFILE_TYPE,
  ARC_MACHINE_TYPE,
  MAINTENANCE_ASSIGNMENT_TYPE,
  MAINTENANCE_CONFIGURATION_TYPE,
  VMSS_TYPE,
  VM_TYPE,
  WeightBoundedCache,
  keptText,
  parseResourceId,
  sharedStringMap
} from "./chunk-XG2W2MLJ.js";
import {
  getErrorMessage
} from "./chunk-KOMI2SY3.js";
import "./chunk-5XWL5JNG.js";

// src/readers/bicep/values.ts
var PENDING = /* @__PURE__ */ Symbol("pending");
var LITERAL = { origin: "literal", via: [] };
var str = (value, prov = LITERAL) => ({ kind: "string", value, prov });
var num = (value, prov = LITERAL) => ({ kind: "number", value, prov });
var bool = (value, prov = LITERAL) => ({ kind: "boolean", value, prov });
var nil = (prov = LITERAL) => ({ kind: "null", prov });
var arr = (items, prov = LITERAL) => ({ kind: "array", items, prov });
var unknown = (reason, prov = LITERAL, resource) => resource === void 0 ? { kind: "unresolved", reason, prov } : { kind: "unresolved", reason, prov, resource };
function obj(properties, prov = LITERAL, incomplete) {
  const map = /* @__PURE__ */ new Map();
  for (const property2 of properties) map.set(property2.key.toLowerCase(), property2);
  return objectOf(map, prov, incomplete);
}
function objectOf(properties, prov, incomplete) {
  const object = { kind: "object", properties, prov };
  return incomplete === void 0 ? object : { ...object, incomplete };
}
var RANK = {
  literal: 0,
  expression: 1,
  variable: 2,
  default: 3,
  "parameter-file": 4,
  "provider-default": 0,
  absent: 0,
  unresolved: 0
};
var sameLocation = (a, b) => a.file === b.file && a.line === b.line && a.column === b.column;
var MAX_VIA = 16;
function mergeVia(...lists) {
  const merged = [];
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l];
    for (let i = 0; i < list.length; i++) {
      const at = list[i];
      if (!seenIn(merged, at)) merged.push(at);
    }
  }
  return merged.length <= MAX_VIA ? merged.slice() : [...merged.slice(0, MAX_VIA / 2), ...merged.slice(-MAX_VIA / 2)];
}
function seenIn(list, at) {
  for (let i = 0; i < list.length; i++) if (sameLocation(list[i], at)) return true;
  return false;
}
function derive(outer, inner) {
  const innerWins = RANK[inner.origin] >= RANK[outer.origin];
  if (innerWins && outer.via.length === 0 && (inner.detail !== void 0 || outer.detail === void 0) && isMerged(inner.via)) {
    return inner;
  }
  const chosen = innerWins ? inner : outer;
  const via = mergeTwo(outer.via, inner.via);
  const detail = chosen.detail ?? (innerWins ? outer : inner).detail;
  return detail === void 0 ? { origin: chosen.origin, via } : { origin: chosen.origin, detail, via };
}
function mergeTwo(first, second) {
  if (second.length === 0 && isMerged(first)) return first;
  if (first.length === 0 && isMerged(second)) return second;
  return mergeVia(first, second);
}
function isMerged(list) {
  if (list.length > MAX_VIA) return false;
  for (let i = 1; i < list.length; i++) {
    for (let j = 0; j < i; j++) if (sameLocation(list[j], list[i])) return false;
  }
  return true;
}
function withProvenance(value, outer) {
  const prov = derive(outer, value.prov);
  return prov === value.prov ? value : { ...value, prov };
}
var propertiesOf = (object) => [...object.properties.values()].map((property2) => ({ ...property2, value: withProvenance(property2.value, object.prov) }));
var COMPUTED = { origin: "expression", via: [] };
function computed(inputs) {
  let first;
  let lists = 0;
  for (let i = 0; i < inputs.length; i++) {
    const via = inputs[i].prov.via;
    if (via.length > 0 && lists++ === 0) first = via;
  }
  if (first === void 0) return COMPUTED;
  if (lists === 1 && isMerged(first)) return { origin: "expression", via: first };
  return { origin: "expression", via: mergeVia(...inputs.map((input) => input.prov.via)) };
}
function firstUnresolved(inputs) {
  for (const input of inputs) {
    if (input.kind === "unresolved") return input.indexOf === void 0 && input.instances === void 0 ? input : unknown(input.reason, input.prov, input.resource);
    if (input.kind === "record") return unknown(`${input.label} is only known at deployment`, input.prov);
  }
  return void 0;
}
function describeKind(value) {
  switch (value.kind) {
    case "array":
    case "object":
      return `an ${value.kind}`;
    case "null":
      return "null";
    case "record":
      return value.label;
    default:
      return `a ${value.kind}`;
  }
}

// src/readers/bicep/conversions.ts
var MAX_VALUE_DEPTH = 64;
var TOO_DEEP = `value nested deeper than ${MAX_VALUE_DEPTH} levels`;
function valuesEqual(a, b, ignoreCase = false, depth = 0) {
  if (firstUnresolved([a, b]) !== void 0 || depth > MAX_VALUE_DEPTH) return void 0;
  if (a.kind === "string" && b.kind === "string") {
    return ignoreCase ? a.value.toLowerCase() === b.value.toLowerCase() : a.value === b.value;
  }
  if (a.kind === "number" && b.kind === "number" || a.kind === "boolean" && b.kind === "boolean") {
    return a.value === b.value;
  }
  if (a.kind === "null" || b.kind === "null") return a.kind === b.kind;
  if (a.kind === "array" && b.kind === "array") {
    if (a.items.length !== b.items.length) return false;
    return allEqual(a.items.map((item, i) => [item, b.items[i]]), ignoreCase, depth);
  }
  if (a.kind === "object" && b.kind === "object") {
    if (a.incomplete !== void 0 || b.incomplete !== void 0) return void 0;
    if (a.properties.size !== b.properties.size) return false;
    const pairs = [];
    for (const [key, property2] of a.properties) {
      const other = b.properties.get(key);
      if (other === void 0) return false;
      pairs.push([property2.value, other.value]);
    }
    return allEqual(pairs, ignoreCase, depth);
  }
  return false;
}
function allEqual(pairs, ignoreCase, depth) {
  let result = true;
  for (const [x, y] of pairs) {
    const equal = valuesEqual(x, y, ignoreCase, depth + 1);
    if (equal === false) return false;
    if (equal === void 0) result = void 0;
  }
  return result;
}
function toJson(value, depth = 0) {
  if (depth > MAX_VALUE_DEPTH) return { missing: unknown(TOO_DEEP, value.prov) };
  switch (value.kind) {
    case "string":
    case "number":
    case "boolean":
      return { data: value.value };
    case "null":
      return { data: null };
    case "array": {
      const items = [];
      for (const item of value.items) {
        const converted = toJson(item, depth + 1);
        if ("missing" in converted) return converted;
        items.push(converted.data);
      }
      return { data: items };
    }
    case "object": {
      if (value.incomplete !== void 0) return { missing: unknown(value.incomplete, value.prov) };
      const data = /* @__PURE__ */ Object.create(null);
      for (const property2 of value.properties.values()) {
        const converted = toJson(property2.value, depth + 1);
        if ("missing" in converted) return converted;
        data[property2.key] = converted.data;
      }
      return { data };
    }
    case "lambda":
      return { missing: unknown("a lambda is not a value", value.prov) };
    default:
      return { missing: firstUnresolved([value]) };
  }
}
function toText(value) {
  switch (value.kind) {
    case "string":
      return { text: value.value };
    case "number":
      return { text: String(value.value) };
    case "boolean":
      return { text: value.value ? "True" : "False" };
    case "null":
      return { text: "" };
    default: {
      const converted = toJson(value);
      return "missing" in converted ? converted : { text: JSON.stringify(converted.data) };
    }
  }
}
function fromJson(data, prov, at, depth = 0) {
  if (depth > MAX_VALUE_DEPTH) return unknown(TOO_DEEP, prov);
  if (data === null) return nil(prov);
  if (typeof data === "string") return str(data, prov);
  if (typeof data === "number") return num(data, prov);
  if (typeof data === "boolean") return bool(data, prov);
  if (Array.isArray(data)) return arr(data.map((item) => fromJson(item, prov, at, depth + 1)), prov);
  if (typeof data === "object") {
    const entries = Object.keys(data).map((key) => ({
      key,
      value: fromJson(data[key], prov, at, depth + 1),
      at
    }));
    return obj(entries, prov);
  }
  return unknown("unsupported JSON value", prov);
}

// src/readers/bicep/sourced-values.ts
function sourcedFrom(value, location, prov) {
  const kept = typeof value === "string" ? keptText(value) : value;
  const sourced = known(kept, location, prov.origin, keptDetail(prov), viaOf(prov));
  return prov.origin === "default" && prov.via.length === 1 ? withDefaultAt(sourced) : sourced;
}
function unresolvedFrom(location, written, prov) {
  return unresolved(location, keptText(written), keptDetail(prov), viaOf(prov));
}
var keptDetail = (prov) => prov.detail === void 0 ? void 0 : keptText(prov.detail);
var viaOf = (prov) => prov.via.length === 0 ? void 0 : prov.via;
function mapSourced(sourced, convert) {
  return { ...sourced, value: sourced.value === void 0 ? void 0 : convert(sourced.value) };
}
function reasonOf(value, expected) {
  if (value.kind === "unresolved") return value.reason;
  if (value.kind === "record") return `${value.label} is only known at deployment`;
  if (value.kind === "object" && value.incomplete !== void 0) return value.incomplete;
  const unknownItem = value.kind === "array" ? value.items.find((item) => item.kind === "unresolved" || item.kind === "record") : void 0;
  if (unknownItem !== void 0) return reasonOf(unknownItem, expected);
  const found = value.kind === "object" || value.kind === "array" ? `an ${value.kind}` : `a ${value.kind}`;
  return `expected ${expected}, found ${found}`;
}
function conditionFrom(value, location) {
  return value.kind === "boolean" ? sourcedFrom(value.value, location, value.prov) : unresolvedFrom(location, reasonOf(value, "a boolean condition"), value.prov);
}
function allDeployed(conditions, declaredAt) {
  const present = conditions.filter((condition) => condition !== void 0);
  return present.find((condition) => condition.value === false) ?? present.find((condition) => condition.origin === "unresolved") ?? present[present.length - 1] ?? known(true, declaredAt);
}
var indexLabel = (index2) => index2 === void 0 ? "" : `[${index2}]`;

// src/readers/bicep/field-reader.ts
var FieldReader = class {
  constructor(body, declaredAt) {
    this.body = body;
    this.declaredAt = declaredAt;
  }
  body;
  declaredAt;
  /** Every place a value read so far passed through, to name the parameter-file lines that shaped it. */
  places = [];
  lookup(path) {
    let value = this.body;
    let at = this.declaredAt;
    let prov = this.body.prov;
    for (let i = 0; i < path.length; i++) {
      const key = path[i];
      if (value.kind === "null") return { kind: "absent" };
      if (value.kind !== "object") {
        return { kind: "unresolved", reason: reasonOf(value, `an object at '${key}'`), at, prov };
      }
      const property2 = value.properties.get(lowerCaseKey(key));
      if (property2 === void 0 && value.incomplete !== void 0) {
        return { kind: "unresolved", reason: value.incomplete, at, prov };
      }
      if (property2 === void 0) return { kind: "absent" };
      value = property2.value;
      at = property2.at;
      prov = derive(prov, value.prov);
    }
    if (prov.via.length > 0) this.places.push(...prov.via);
    if (value.kind === "null") return { kind: "absent" };
    if (value.kind === "unresolved") return { kind: "unresolved", reason: value.reason, at, prov, value };
    return { kind: "found", value, at, prov };
  }
  /**
   * A field converted by `convert` (which returns undefined for a value of the wrong kind). With `items`, an
   * array or an object of arrays read whole also carries the places its items came through (throughItems).
   */
  field(path, expected, convert, items = false) {
    const found = this.lookup(path);
    if (found.kind === "absent") return absent(this.declaredAt);
    if (found.kind === "unresolved") {
      const sourced = unresolvedFrom(found.at, found.reason, found.prov);
      const allowed = found.value?.kind === "unresolved" ? scalars(found.value.allowed) : void 0;
      return allowed === void 0 ? sourced : { ...sourced, allowed };
    }
    const prov = items ? this.throughItems(found.prov, found.value) : found.prov;
    const converted = convert(found.value);
    return converted === void 0 ? unresolvedFrom(found.at, reasonOf(found.value, expected), prov) : sourcedFrom(converted, found.at, prov);
  }
  /**
   * The provenance of an array, or an object of arrays, with the places its items came through. A literal
   * `[ environment ]` has a provenance of its own (the evaluator gives a literal container none of its items'),
   * so a dynamic scope's `tags: { environment: [ environment ] }` lost the `.bicepparam` line that sets
   * `environment`: no change to it would relate the scope's VMs (src/report/value-sources.ts). ARM's containers
   * carry their members' traces (evaluate-json.ts). Items that came through no place add nothing and copy nothing;
   * the places are also noted for the parameter-file lines the resource names (adapter.ts withParameterFile).
   */
  throughItems(prov, value) {
    let result = prov;
    if (value.kind === "array") result = throughAll(result, value.items);
    else if (value.kind === "object") {
      for (const property2 of value.properties.values()) {
        const list = property2.value;
        if (list.prov.via.length > 0) result = derive(result, list.prov);
        if (list.kind === "array") result = throughAll(result, list.items);
      }
    }
    if (result !== prov) this.places.push(...result.via);
    return result;
  }
  string(path) {
    return this.field(path, "a string", asString);
  }
  boolean(path) {
    return this.field(path, "a boolean", asBoolean);
  }
  strings(path) {
    return this.field(
      path,
      "an array of strings",
      (value) => {
        if (value.kind !== "array" || !value.items.every((item) => item.kind === "string")) return void 0;
        return value.items.map((item) => keptText(item.value));
      },
      true
    );
  }
  /**
   * Tags: an object of strings (numbers and booleans are written as ARM writes them). An incomplete object (built on
   * one that is not known: `union(baseTags, {...})`, `{ ...baseTags, ... }`) is unresolved with its certain keys
   * beside (`Sourced.knownEntries`).
   */
  stringMap(path) {
    return withUnknownKeys(
      this.field(path, "an object of strings", (value) => {
        if (value.kind !== "object") return void 0;
        const { incomplete } = value;
        const map = /* @__PURE__ */ Object.create(null);
        let unknownKeys;
        for (const property2 of value.properties.values()) {
          if (property2.value.kind === "unresolved" || property2.value.kind === "record") {
            ;
            (unknownKeys ??= []).push(keptText(property2.key));
            continue;
          }
          const text = toText(property2.value);
          const wrong = "missing" in text || property2.value.kind === "object" || property2.value.kind === "array";
          if (wrong && incomplete === void 0) return void 0;
          if (!wrong) map[property2.key] = keptText(text.text);
        }
        if (incomplete !== void 0) return new PartialStringMap(sharedStringMap(map), [], incomplete);
        return unknownKeys === void 0 ? sharedStringMap(map) : new PartialStringMap(sharedStringMap(map), unknownKeys);
      })
    );
  }
  /** An array of flat objects (a license profile's `productFeatures`), scalar values as text. */
  records(path) {
    return this.field(path, "an array of objects", (value) => {
      if (value.kind !== "array") return void 0;
      const records = [];
      for (const item of value.items) {
        if (item.kind !== "object") return void 0;
        const record = {};
        for (const [key, property2] of item.properties) {
          const field = property2.value;
          if (field.kind === "string" || field.kind === "number" || field.kind === "boolean") record[key] = keptText(String(field.value));
          else if (field.kind === "unresolved") return void 0;
        }
        records.push(record);
      }
      return records;
    });
  }
  /** Dynamic-scope tag filters: an object of string arrays. */
  stringListMap(path) {
    return this.field(
      path,
      "an object of string arrays",
      (value) => {
        if (value.kind !== "object" || value.incomplete !== void 0) return void 0;
        const map = /* @__PURE__ */ Object.create(null);
        for (const property2 of value.properties.values()) {
          const list = property2.value;
          if (list.kind !== "array" || !list.items.every((item) => item.kind === "string")) return void 0;
          map[property2.key] = list.items.map((item) => keptText(item.value));
        }
        return map;
      },
      true
    );
  }
};
function throughAll(prov, items) {
  let result = prov;
  for (let i = 0; i < items.length; i++) {
    const item = items[i].prov;
    if (item.via.length > 0) result = derive(result, item);
  }
  return result;
}
var asString = (value) => value.kind === "string" ? value.value : void 0;
function asBoolean(value) {
  if (value.kind === "boolean") return value.value;
  const text = value.kind === "string" ? value.value.toLowerCase() : void 0;
  return text === "true" ? true : text === "false" ? false : void 0;
}
var LOWER_CASE_KEYS = /* @__PURE__ */ new Map();
function lowerCaseKey(key) {
  let lower = LOWER_CASE_KEYS.get(key);
  if (lower === void 0) {
    lower = key.toLowerCase();
    if (LOWER_CASE_KEYS.size < 1024) LOWER_CASE_KEYS.set(key, lower);
  }
  return lower;
}
function scalars(values) {
  if (values === void 0 || values.length === 0) return void 0;
  const kept = values.flatMap((value) => value.kind === "string" || value.kind === "number" || value.kind === "boolean" ? [value.value] : []);
  return kept.length === values.length ? kept : void 0;
}

// src/readers/bicep/rejected-target.ts
function rejectedTarget(reader, parentType) {
  if (parentType !== void 0) {
    const name = reader.string(["name"]);
    const reason = name.value === void 0 ? void 0 : legacyAssignmentNameProblem(parentType, name.value);
    return reason === void 0 ? void 0 : { reason, location: name.location };
  }
  const found = reader.lookup(["scope"]);
  if (found.kind !== "found" || found.value.kind !== "string" || found.value.resource !== void 0) return void 0;
  if (parseResourceId(found.value.value) !== void 0) return void 0;
  return { reason: `its scope '${found.value.value}' is not a resource ID`, location: found.at };
}

// src/readers/bicep/adapter.ts
var LEGACY_ASSIGNMENT_SUFFIX = "/providers/configurationassignments";
var MODEL_TYPES = new Map(
  [VM_TYPE, VMSS_TYPE, ARC_MACHINE_TYPE, ARC_LICENSE_PROFILE_TYPE, MAINTENANCE_CONFIGURATION_TYPE, MAINTENANCE_ASSIGNMENT_TYPE].map((type) => [
    type.toLowerCase(),
    type
  ])
);
function isModelType(typeReference) {
  const at = typeReference.indexOf("@");
  const type = (at < 0 ? typeReference : typeReference.slice(0, at)).toLowerCase();
  return MODEL_TYPES.has(type) || type.endsWith(LEGACY_ASSIGNMENT_SUFFIX);
}
function toModelResource(instance) {
  const resource = modelResource(instance);
  if (resource?.deployed.origin !== "unresolved") return resource;
  const conditionKeys = instance.conditionKeys();
  return conditionKeys === void 0 ? resource : Object.assign(resource, { conditionKeys });
}
function modelResource(instance) {
  const type = instance.type.toLowerCase();
  const reader = new FieldReader(instance.body(), instance.template.at(instance.declaration.span));
  if (type === ARC_MACHINE_TYPE.toLowerCase()) return arcMachine(instance, reader);
  if (instance.existing) return void 0;
  if (type === ARC_LICENSE_PROFILE_TYPE.toLowerCase()) return arcLicenseProfile(instance, reader);
  if (type === VM_TYPE.toLowerCase()) return virtualMachine(instance, reader, "virtual-machine");
  if (type === VMSS_TYPE.toLowerCase()) return virtualMachine(instance, reader, "scale-set");
  if (type === MAINTENANCE_CONFIGURATION_TYPE.toLowerCase()) return maintenanceConfiguration(instance, reader);
  if (type === MAINTENANCE_ASSIGNMENT_TYPE.toLowerCase() || type.endsWith(LEGACY_ASSIGNMENT_SUFFIX)) {
    return assignment(instance, reader);
  }
  return void 0;
}
var KEEPS_WRITTEN_NAME = /* @__PURE__ */ new Set([VM_TYPE.toLowerCase(), VMSS_TYPE.toLowerCase()]);
function identityOf(handle, type = handle.type) {
  const name = handle.name();
  const modelType = MODEL_TYPES.get(type.toLowerCase()) ?? type;
  const written = name.kind === "string" && name.value !== "" ? keptName(KEEPS_WRITTEN_NAME.has(type.toLowerCase()) ? name.value : name.value.split("/").pop()) : void 0;
  const group = handle.resourceGroup === void 0 ? void 0 : keptText(handle.resourceGroup);
  if (handle.existing) {
    const subscription2 = handle.subscription === void 0 ? void 0 : keptText(handle.subscription);
    if (subscription2 !== void 0) return { type: modelType, name: written, ...group !== void 0 && { resourceGroup: group }, subscription: subscription2 };
    return group === void 0 ? { type: modelType, name: written } : { type: modelType, name: written, resourceGroup: group };
  }
  const symbol = keptText(handle.symbol);
  return group === void 0 ? { type: modelType, name: written, symbol } : { type: modelType, name: written, symbol, resourceGroup: group };
}
function scopeOf(identity, site, reportAt) {
  const scope = azureScope(identity.resourceGroup, reportAt);
  if (site.subscription === void 0) return scope;
  const { value, at } = site.subscription;
  const subscription2 = value.kind === "string" ? sourcedFrom(value.value, at, value.prov) : unresolvedFrom(at, reasonOf(value, "a subscription ID"), value.prov);
  return { subscription: subscription2, resourceGroup: scope.resourceGroup };
}
var keptName = (name) => name === void 0 ? void 0 : keptText(name);
function common(instance, reader, type) {
  const site = instance.template.site;
  const declaredAt = reader.declaredAt;
  const identity = identityOf(instance, type);
  reader.places.push(...instance.name().prov.via);
  const related = site.files.slice(1).map((file, i) => ({
    file,
    startLine: (site.calls[i + 1] ?? declaredAt).line,
    role: "module"
  }));
  const reportAt = site.calls[0] ?? declaredAt;
  const modules = site.files.slice(1).join(" > ");
  return {
    format: "bicep",
    identity,
    // The entry file's folder is the deployment; modules deploy with it.
    unit: templateDeployment(
      site.files[0] ?? declaredAt.file,
      reportAt,
      modules === "" ? void 0 : `modules ${modules}`,
      site.parameterFile?.path
    ),
    scope: scopeOf(identity, site, reportAt),
    displayName: identity.name ?? keptText(instance.symbol),
    reportAt,
    declaredAt,
    related,
    variant: keptText(site.variant + indexLabel(instance.expansion.index)),
    deployed: instance.deployed()
  };
}
function withParameterFile(instance, reader, resource) {
  const parameterFile = instance.template.site.parameterFile;
  if (parameterFile === void 0) return resource;
  const used = reader.places.filter((place) => place.file === parameterFile.path).map((place) => place.line);
  const lines = [...new Set(used)].sort((a, b) => a - b);
  const related = (lines.length > 0 ? lines : [parameterFile.line]).map((startLine) => ({
    file: parameterFile.path,
    startLine,
    role: "parameter-file"
  }));
  return Object.assign(resource, { related: [...resource.related, ...related] });
}
function virtualMachine(instance, reader, kind) {
  const base = common(instance, reader, kind === "scale-set" ? VMSS_TYPE : VM_TYPE);
  const apiVersion = instance.apiVersion === "" ? {} : { apiVersion: known(instance.apiVersion, reader.declaredAt) };
  return withParameterFile(instance, reader, onFrame(base, mapVirtualMachine(bicepSource(reader), kind, apiVersion)));
}
function arcMachine(instance, reader) {
  const base = common(instance, reader, ARC_MACHINE_TYPE);
  const declaration = instance.existing ? "existing" : "declared";
  return withParameterFile(instance, reader, onFrame(base, mapArcMachine(bicepSource(reader), declaration)));
}
function arcLicenseProfile(instance, reader) {
  const base = common(instance, reader, ARC_LICENSE_PROFILE_TYPE);
  const parent = instance.parentResource();
  const name = instance.name();
  const fromName = name.kind === "string" && name.value.includes("/") ? name.value.split("/")[0] : void 0;
  const group = base.identity.resourceGroup === void 0 ? {} : { resourceGroup: base.identity.resourceGroup };
  const identity = parent !== void 0 ? identityOf(parent, ARC_MACHINE_TYPE) : { type: ARC_MACHINE_TYPE, name: keptName(fromName), ...group };
  const displayName = identity.name ?? base.displayName;
  base.identity = identity;
  base.displayName = displayName;
  return withParameterFile(instance, reader, onFrame(base, mapArcLicenseProfile(bicepSource(reader))));
}
function maintenanceConfiguration(instance, reader) {
  const base = common(instance, reader, MAINTENANCE_CONFIGURATION_TYPE);
  return withParameterFile(instance, reader, onFrame(base, mapMaintenanceConfiguration(bicepSource(reader))));
}
function bicepSource(reader) {
  return {
    at: reader.declaredAt,
    string: (path) => reader.string(path),
    boolean: (path) => reader.boolean(path),
    strings: (path) => reader.strings(path),
    stringMap: (path) => reader.stringMap(path),
    stringListMap: (path) => reader.stringListMap(path),
    records: (path) => reader.records(path),
    written: (path) => {
      const found = reader.lookup(path);
      if (found.kind === "found") return sourcedFrom(true, found.at, found.prov);
      if (found.kind === "unresolved") return unresolvedFrom(found.at, found.reason, found.prov);
      return absent(reader.declaredAt);
    }
  };
}
function assignment(instance, reader) {
  const legacy = instance.type.toLowerCase().endsWith(LEGACY_ASSIGNMENT_SUFFIX);
  const configuration = resourceReference(reader, ["properties", "maintenanceConfigurationId"]) ?? {
    target: absent(reader.declaredAt)
  };
  const base = onFrame(common(instance, reader, MAINTENANCE_ASSIGNMENT_TYPE), {
    kind: "maintenance-assignment",
    configuration
  });
  const rejected = rejectedTarget(reader, legacy ? legacyParentType(instance) : void 0);
  if (rejected !== void 0) return withParameterFile(instance, reader, Object.assign(base, { rejectedTarget: rejected }));
  const filter = dynamicScope(reader);
  const scoped = legacy ? legacyTarget(instance, reader) : resourceReference(reader, ["scope"]);
  const bodyOnly = legacy || scoped !== void 0 || filter !== void 0 ? void 0 : resourceReference(reader, ["properties", "resourceId"]);
  const target = scoped ?? (bodyOnly && { ...bodyOnly, unscoped: true });
  if (target) Object.assign(base, { target });
  if (filter) Object.assign(base, { filter, scope: createdAt(instance, base.scope) });
  return withParameterFile(instance, reader, base);
}
function createdAt(instance, scope) {
  const targetScope = instance.template.unit.targetScope;
  const atGroup = targetScope === void 0 || targetScope.kind === "string" && targetScope.value === "resourceGroup";
  return atGroup && scope.resourceGroup.origin === "absent" ? { ...scope, atDeploymentGroup: true } : scope;
}
function resourceReference(reader, path) {
  const found = reader.lookup(path);
  if (found.kind === "absent") return void 0;
  const value = found.value;
  const linked = value?.kind === "string" || value?.kind === "record" || value?.kind === "unresolved";
  const handle = linked ? value.resource : void 0;
  if (handle !== void 0) return { target: sourcedFrom(identityOf(handle), found.at, found.prov) };
  if (found.kind === "unresolved") return { target: unresolvedFrom(found.at, found.reason, found.prov) };
  if (found.value.kind === "record") return void 0;
  const identity = found.value.kind === "string" ? parseResourceId(found.value.value) : void 0;
  if (identity === void 0) {
    const written = found.value.kind === "string" ? `'${found.value.value}'` : describeKind(found.value);
    const reason = `${path[path.length - 1]} ${written} is not a resource ID`;
    return { target: unresolvedFrom(found.at, reason, found.prov) };
  }
  return { target: sourcedFrom(identity, found.at, found.prov) };
}
function legacyTarget(instance, reader) {
  const type = legacyParentType(instance);
  const targetType = MODEL_TYPES.get(type.toLowerCase()) ?? type;
  const target = mapSourced(reader.string(["name"]), (name) => ({
    type: targetType,
    name: keptName(name.split("/")[0])
  }));
  return { target };
}
var legacyParentType = (instance) => instance.type.slice(0, instance.type.toLowerCase().lastIndexOf(LEGACY_ASSIGNMENT_SUFFIX));
function dynamicScope(reader) {
  if (reader.lookup(["properties", "filter"]).kind === "absent") return void 0;
  return mapDynamicScope(bicepSource(reader));
}

// src/readers/bicep/json-parameter-file.ts
var AZD_VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:=[^}]*)?\}/;
function readJsonParameterFile(path, files) {
  const text = files.readText(path);
  if (!text.ok) return void 0;
  const document = parseJsonDocument(text.text);
  const parameters = childOf(document.root, "parameters");
  if (document.error !== void 0 || parameters?.type !== "object") return void 0;
  const at = (node) => ({ file: path, ...document.position(node.offset) });
  const values = /* @__PURE__ */ new Map();
  for (const property2 of parameters.children ?? []) {
    const [key, entry] = property2.children ?? [];
    if (key === void 0 || entry === void 0) continue;
    const name = String(key.value);
    const value = childOf(entry, "value");
    const written = value === void 0 ? childOf(entry, "reference") : value;
    if (written === void 0) continue;
    const prov = { origin: "parameter-file", detail: name, via: [at(written.parent ?? written)] };
    const converted = value === void 0 ? unknown(`${path} sets '${name}' from a Key Vault reference, read when it is deployed`, prov) : fromJsonNode(value, prov, at, path, 0);
    values.set(name, converted);
    if (!values.has(name.toLowerCase())) values.set(name.toLowerCase(), converted);
  }
  return { path, values };
}
function jsonParameterSource(file) {
  return {
    parameter: (name) => file.values.get(name) ?? file.values.get(name.toLowerCase()),
    missing: `${file.path} does not set it`
  };
}
function fromJsonNode(node, prov, at, path, depth) {
  if (depth > MAX_VALUE_DEPTH) return unknown(`value nested deeper than ${MAX_VALUE_DEPTH} levels`, prov);
  switch (node.type) {
    case "object": {
      const properties = (node.children ?? []).flatMap((property2) => {
        const [key, value] = property2.children ?? [];
        if (key === void 0 || value === void 0) return [];
        return [{ key: String(key.value), value: fromJsonNode(value, prov, at, path, depth + 1), at: at(key) }];
      });
      return obj(properties, prov);
    }
    case "array":
      return arr((node.children ?? []).map((item) => fromJsonNode(item, prov, at, path, depth + 1)), prov);
    case "string": {
      const text = String(node.value);
      const variable = AZD_VARIABLE.exec(text);
      if (variable === null) return str(text, prov);
      return unknown(`${path} sets it to '${text}', which the Azure Developer CLI fills from its environment variable ${variable[1]} when it deploys`, prov);
    }
    case "number":
      return num(Number(node.value), prov);
    case "boolean":
      return bool(node.value === true, prov);
    default:
      return nil(prov);
  }
}

// src/readers/bicep/token-cursor.ts
var MAX_NESTING = 200;
var SyntaxFailure = class extends Error {
  constructor(token, message) {
    super(message);
    this.token = token;
  }
  token;
};
function describeToken(token) {
  if (token.kind === "eof") return "end of file";
  if (token.kind === "newline") return "end of line";
  const text = token.text.length > 40 ? `${token.text.slice(0, 37)}...` : token.text;
  const quoted = token.kind === "symbol" || token.kind === "identifier" || token.kind === "number";
  return quoted ? `'${text}'` : `string ${text}`;
}
var spanOf = (start, end) => ({
  line: start.line,
  column: start.column,
  endLine: end.endLine,
  endColumn: end.endColumn
});
var tokenSpan = (token) => token;
var TokenCursor = class {
  constructor(tokens) {
    this.tokens = tokens;
    this.previous = tokens[0];
    this.current = tokens[0];
  }
  tokens;
  index = 0;
  nesting = 0;
  /** The last token consumed: where the node being built ends. */
  previous;
  /**
   * The token at the cursor, kept in a field by `advance` rather than read through a getter: the parser
   * asks for it several times a token, mostly before V8 optimizes it (a getter is then a call each time).
   */
  current;
  /** Index of the current token: how far parsing got. */
  get position() {
    return this.index;
  }
  peek(ahead) {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)];
  }
  advance() {
    const token = this.current;
    if (token.kind !== "eof") this.current = this.tokens[++this.index];
    this.previous = token;
    return token;
  }
  isSymbol(text, token = this.current) {
    return token.kind === "symbol" && token.text === text;
  }
  isWord(text, token = this.current) {
    return token.kind === "identifier" && token.text === text;
  }
  atLineEnd() {
    return this.current.kind === "newline" || this.current.kind === "eof";
  }
  skipNewlines() {
    while (this.current.kind === "newline") this.advance();
  }
  /** The first token from the cursor on that is not a newline. */
  peekPastNewlines() {
    let ahead = 0;
    while (this.peek(ahead).kind === "newline") ahead++;
    return this.peek(ahead);
  }
  fail(expected, token = this.current) {
    throw new SyntaxFailure(token, `expected ${expected}, found ${describeToken(token)}`);
  }
  /** Consumes the symbol if it is next. */
  accept(text) {
    if (!this.isSymbol(text)) return false;
    this.advance();
    return true;
  }
  /** Consumes the word if it is next. */
  acceptWord(text) {
    if (!this.isWord(text)) return false;
    this.advance();
    return true;
  }
  expectSymbol(text, context) {
    if (!this.isSymbol(text)) this.fail(`'${text}' ${context}`);
    return this.advance();
  }
  expectWord(text, context) {
    if (!this.isWord(text)) this.fail(`'${text}' ${context}`);
    return this.advance();
  }
  expectIdentifier(what) {
    if (this.current.kind !== "identifier") this.fail(what);
    return this.advance();
  }
  /** A plain (not interpolated) string token. */
  expectPlainString(what) {
    if (this.current.kind !== "string") this.fail(what);
    return this.advance();
  }
  /** Counts one level of nesting; past MAX_NESTING the input is rejected rather than overflowing the stack. */
  enter() {
    if (++this.nesting > MAX_NESTING) {
      throw new SyntaxFailure(this.current, `nesting is deeper than ${MAX_NESTING} levels`);
    }
  }
  leave() {
    this.nesting--;
  }
  /** After a syntax error, forgets the nesting of the abandoned statement. */
  resetNesting() {
    this.nesting = 0;
  }
};

// src/readers/bicep/tokens.ts
var PlainToken = class {
  constructor(kind, text, line, column) {
    this.kind = kind;
    this.text = text;
    this.line = line;
    this.column = column;
  }
  kind;
  text;
  line;
  column;
  get value() {
    return this.kind === "newline" ? "\n" : this.text;
  }
  get endLine() {
    return this.line;
  }
  /** A newline ends one column on, even a `\r\n`; the others end where their text does. */
  get endColumn() {
    return this.column + (this.kind === "newline" ? 1 : this.text.length);
  }
};
var StringToken = class {
  constructor(kind, text, value, line, column, endLine, endColumn) {
    this.kind = kind;
    this.text = text;
    this.value = value;
    this.line = line;
    this.column = column;
    this.endLine = endLine;
    this.endColumn = endColumn;
  }
  kind;
  text;
  value;
  line;
  column;
  endLine;
  endColumn;
};
var SINGLE = new Uint8Array(128);
for (const symbol of "{}[](),:?.=!<>+-*/%|@^") SINGLE[symbol.charCodeAt(0)] = 1;
var ESCAPES = { "\\": "\\", "'": "'", n: "\n", r: "\r", t: "	", $: "$" };
function readEscape(text, pos) {
  const next = text[pos + 1];
  const simple = next === void 0 ? void 0 : ESCAPES[next];
  if (simple !== void 0) return { value: simple, length: 2 };
  if (next === "u" && text[pos + 2] === "{") {
    const close = text.indexOf("}", pos + 3);
    const hex = close < 0 ? "" : text.slice(pos + 3, close);
    const code = /^[0-9a-fA-F]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
    if (code <= 1114111) return { value: String.fromCodePoint(code), length: close + 1 - pos };
  }
  const error = `unknown escape sequence '\\${next ?? ""}': expected one of \\\\ \\' \\n \\r \\t \\$ \\u{...}`;
  return { value: next ?? "", length: next === void 0 || next === "\n" || next === "\r" ? 1 : 2, error };
}
var isDigit = (c) => c >= 48 && c <= 57;
var isIdentifierStart = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
var isIdentifierPart = (c) => isIdentifierStart(c) || isDigit(c);
function symbolLength(text, start) {
  const c = text.charCodeAt(start);
  const next = text.charCodeAt(start + 1);
  switch (c) {
    case 46:
      return next === 46 && text.charCodeAt(start + 2) === 46 ? 3 : 1;
    case 63:
    // ?
    case 58:
    // :
    case 124:
      return next === c ? 2 : 1;
    case 38:
      return next === 38 ? 2 : 0;
    case 61:
      return next === 61 || next === 126 || next === 62 ? 2 : 1;
    case 33:
      return next === 61 || next === 126 ? 2 : 1;
    case 60:
    // <
    case 62:
      return next === 61 ? 2 : 1;
    default:
      return c < 128 && SINGLE[c] === 1 ? 1 : 0;
  }
}

// src/readers/bicep/tokenizer.ts
function tokenizeBicep(text) {
  return new Lexer(text).run();
}
var Lexer = class {
  constructor(text) {
    this.text = text;
    this.tokens = new Array(Math.min(Math.ceil(text.length / 5) + 1, 5e4));
  }
  text;
  pos = 0;
  line = 1;
  lineStart = 0;
  holes = [];
  /**
   * Sized up front at one token per 5 characters (the generated and quickstart trees average 5.3): grown
   * by push, the list's copies were a twentieth of the Bicep reader's allocation. `count` is its length.
   */
  tokens;
  count = 0;
  comments = [];
  errors = [];
  run() {
    const text = this.text;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 11 || c === 12 || c === 160 || c === 65279) this.pos++;
      else if (c === 10 || c === 13) this.newline();
      else if (c === 47 && text.charCodeAt(this.pos + 1) === 47) this.lineComment(2, "line");
      else if (c === 47 && text.charCodeAt(this.pos + 1) === 42) this.blockComment();
      else if (c === 35 && text.slice(this.lineStart, this.pos).trim() === "") this.lineComment(1, "pragma");
      else if (c === 39) this.stringStart();
      else if (c === 36) this.dollarString();
      else if (isDigit(c)) this.number();
      else if (isIdentifierStart(c)) this.identifier();
      else this.symbol();
    }
    if (this.holes.length > 0) this.unterminatedHoles();
    const column = this.pos - this.lineStart + 1;
    const line = this.line;
    this.emit(new PlainToken("eof", "", line, column));
    this.tokens.length = this.count;
    return { tokens: this.tokens, comments: this.comments, errors: this.errors };
  }
  get column() {
    return this.pos - this.lineStart + 1;
  }
  error(message, line = this.line, column = this.column) {
    this.errors.push({ message, line, column });
  }
  /** A token from `start` to the cursor; string tokens pass their decoded `value`. */
  push(kind, start, line, column, value) {
    const text = this.text.slice(start, this.pos);
    this.emit(value === void 0 ? new PlainToken(kind, text, line, column) : new StringToken(kind, text, value, line, column, this.line, this.column));
  }
  emit(token) {
    this.tokens[this.count++] = token;
  }
  newline() {
    if (this.holes.length > 0) this.unterminatedHoles();
    const start = this.pos;
    const line = this.line;
    const column = this.column;
    this.pos += this.text.charCodeAt(this.pos) === 13 && this.text.charCodeAt(this.pos + 1) === 10 ? 2 : 1;
    const text = this.text.slice(start, this.pos);
    this.emit(new PlainToken("newline", text, line, column));
    this.line++;
    this.lineStart = this.pos;
  }
  unterminatedHoles() {
    const outer = this.holes[0];
    this.error("unterminated string: expected ' before the end of the line", outer.line, outer.column);
    this.holes.length = 0;
  }
  lineComment(markerLength, style) {
    const line = this.line;
    const column = this.column;
    let end = this.pos;
    while (end < this.text.length) {
      const c = this.text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    this.comments.push({ text: this.text.slice(this.pos + markerLength, end), line, column, style });
    this.pos = end;
  }
  blockComment() {
    const line = this.line;
    const column = this.column;
    const end = this.text.indexOf("*/", this.pos + 2);
    const stop = end < 0 ? this.text.length : end;
    this.comments.push({ text: this.text.slice(this.pos + 2, stop), line, column, style: "block" });
    this.advanceOver(stop);
    if (end < 0) this.error("unterminated comment: expected */", line, column);
    else this.pos += 2;
  }
  /** Moves to `stop`, counting the lines it passes. */
  advanceOver(stop) {
    while (this.pos < stop) {
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 10 || c === 13 && this.text.charCodeAt(this.pos) !== 10) {
        this.line++;
        this.lineStart = this.pos;
      }
    }
  }
  number() {
    const start = this.pos;
    const column = this.column;
    while (isDigit(this.text.charCodeAt(this.pos))) this.pos++;
    this.push("number", start, this.line, column);
  }
  identifier() {
    const start = this.pos;
    const column = this.column;
    while (isIdentifierPart(this.text.charCodeAt(this.pos))) this.pos++;
    this.push("identifier", start, this.line, column);
  }
  symbol() {
    const start = this.pos;
    const column = this.column;
    const text = this.text;
    const hole = this.holes[this.holes.length - 1];
    if (hole !== void 0 && text[start] === "}" && hole.braces === 0) {
      this.holes.pop();
      this.pos++;
      if (hole.multiline === void 0) this.stringPiece(start, this.line, column, true, hole.line, hole.column);
      else this.multilineString(start, this.line, column, hole.multiline, true, hole);
      return;
    }
    const length = symbolLength(text, start);
    if (length > 0) this.pos += length;
    else {
      const character = String.fromCodePoint(text.codePointAt(start));
      this.error(`unexpected character '${character}'`);
      this.pos += character.length;
      return;
    }
    if (hole !== void 0 && text[start] === "{") hole.braces++;
    if (hole !== void 0 && text[start] === "}") hole.braces--;
    this.push("symbol", start, this.line, column);
  }
  stringStart() {
    const start = this.pos;
    const column = this.column;
    if (this.text.startsWith("'''", start)) {
      this.pos += 3;
      this.multilineString(start, this.line, column, 0, false, { line: this.line, column });
      return;
    }
    this.pos++;
    this.stringPiece(start, this.line, column, false, this.line, column);
  }
  /**
   * Reads string text up to the closing quote (a complete string or a tail) or a `${` (a head or a
   * middle piece, opening a hole). `continued` is true after a hole's closing brace; `originLine` and
   * `originColumn` locate the quote that opened the whole string (errors name it).
   */
  stringPiece(start, line, column, continued, originLine, originColumn) {
    const text = this.text;
    let value = "";
    let chunk = this.pos;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 10 || c === 13) break;
      if (c === 39) {
        value += text.slice(chunk, this.pos++);
        this.push(continued ? "stringTail" : "string", start, line, column, value);
        return;
      }
      if (c === 36 && text.charCodeAt(this.pos + 1) === 123) {
        value += text.slice(chunk, this.pos);
        this.pos += 2;
        this.push(continued ? "stringMiddle" : "stringHead", start, line, column, value);
        this.holes.push({ braces: 0, line: originLine, column: originColumn });
        return;
      }
      if (c === 92) {
        value += text.slice(chunk, this.pos) + this.escape();
        chunk = this.pos;
      } else {
        this.pos++;
      }
    }
    value += text.slice(chunk, this.pos);
    this.error("unterminated string: expected ' before the end of the line", originLine, originColumn);
    this.push(continued ? "stringTail" : "string", start, line, column, value);
  }
  escape() {
    const { value, length, error } = readEscape(this.text, this.pos);
    if (error !== void 0) this.error(error);
    this.pos += length;
    return value;
  }
  /** `$'''`, `$$'''`...: a multi-line string whose holes open with as many `$` before `{`. */
  dollarString() {
    const start = this.pos;
    let run = start;
    while (this.text.charCodeAt(run) === 36) run++;
    if (!this.text.startsWith("'''", run)) {
      this.symbol();
      return;
    }
    const { line, column } = this;
    this.pos = run + 3;
    this.multilineString(start, line, column, run - start, false, { line, column });
  }
  /**
   * A multi-line string piece, verbatim (no escapes), from the cursor: after the opening quotes (with
   * `continued` false), or after the `}` closing a hole. It ends at a run of three or more quotes, whose last
   * three close it (the others are text, as Bicep's lexer reads `''''abc''''`), or, in a `$'''` string
   * (`holeDollars` > 0), at a run of at least that many `$` followed by `{`, which opens a hole (extra `$` are
   * text). A line break right after the opening quotes is not part of the value.
   */
  multilineString(start, line, column, holeDollars, continued, origin) {
    const text = this.text;
    const from = this.pos;
    const value = (end) => continued ? text.slice(from, end) : text.slice(from, end).replace(/^\r?\n/, "");
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 39 || c === 36 && holeDollars > 0) {
        let run = this.pos;
        while (text.charCodeAt(run) === c) run++;
        if (c === 39 && run - this.pos >= 3) {
          this.pos = run;
          this.push(continued ? "stringTail" : "string", start, line, column, value(run - 3));
          return;
        }
        if (c === 36 && run - this.pos >= holeDollars && text.charCodeAt(run) === 123) {
          this.pos = run + 1;
          this.push(continued ? "stringMiddle" : "stringHead", start, line, column, value(run - holeDollars));
          this.holes.push({ braces: 0, line: origin.line, column: origin.column, multiline: holeDollars });
          return;
        }
        this.pos = run;
      } else {
        this.advanceOver(this.pos + 1);
      }
    }
    this.error("unterminated multi-line string: expected '''", origin.line, origin.column);
    this.push(continued ? "stringTail" : "string", start, line, column, value(text.length));
  }
};

// src/readers/bicep/expression-parser.ts
var PRECEDENCE = {
  "??": 1,
  "||": 2,
  "&&": 3,
  "==": 4,
  "!=": 4,
  "=~": 4,
  "!~": 4,
  "<": 5,
  "<=": 5,
  ">": 5,
  ">=": 5,
  "+": 6,
  "-": 6,
  "*": 7,
  "/": 7,
  "%": 7
};
var CONTINUATIONS = /* @__PURE__ */ new Set(["??", "||", "&&", "==", "!=", "=~", "!~", "<", "<=", ">", ">=", "*", "/", "%", "?"]);
var ExpressionParser = class extends TokenCursor {
  parseExpression() {
    this.enter();
    const condition = this.parseBinary(1);
    let result = condition;
    if (this.continuesWith("?")) {
      this.skipNewlines();
      this.advance();
      this.skipNewlines();
      const whenTrue = this.parseExpression();
      if (this.peekPastNewlines().text === ":") this.skipNewlines();
      this.expectSymbol(":", "between the branches of a '? :' expression");
      this.skipNewlines();
      const whenFalse = this.parseExpression();
      result = { kind: "ternary", condition, whenTrue, whenFalse, span: spanOf(condition.span, whenFalse.span) };
    }
    this.leave();
    return result;
  }
  /** Whether the next operator is `symbol`, on this line or (for a continuation operator) the next. */
  continuesWith(symbol) {
    if (this.isSymbol(symbol)) return true;
    if (this.current.kind !== "newline" || !CONTINUATIONS.has(symbol)) return false;
    return this.isSymbol(symbol, this.peekPastNewlines());
  }
  binaryOperatorAhead() {
    const token = this.current.kind === "newline" ? this.peekPastNewlines() : this.current;
    if (token.kind !== "symbol" || PRECEDENCE[token.text] === void 0) return void 0;
    return token === this.current || CONTINUATIONS.has(token.text) ? token : void 0;
  }
  parseBinary(minimum) {
    let left = this.parseUnary();
    for (; ; ) {
      const operator = this.binaryOperatorAhead();
      const precedence = operator === void 0 ? 0 : PRECEDENCE[operator.text];
      if (operator === void 0 || precedence < minimum) return left;
      this.skipNewlines();
      this.advance();
      this.skipNewlines();
      const right = this.parseBinary(precedence + 1);
      const span = spanOf(left.span, right.span);
      left = { kind: "binary", operator: operator.text, left, right, span };
    }
  }
  parseUnary() {
    if (!this.isSymbol("!") && !this.isSymbol("-")) return this.parsePostfix();
    this.enter();
    const operator = this.advance();
    const operand = this.parseUnary();
    this.leave();
    return { kind: "unary", operator: operator.text, operand, span: spanOf(operator, operand.span) };
  }
  parsePostfix() {
    let expression = this.parsePrimary();
    for (; ; ) {
      if (this.isSymbol(".")) {
        this.advance();
        const safe = this.accept("?");
        const name = this.expectIdentifier("a property name after '.'");
        if (!safe && this.isSymbol("(")) {
          const args = this.parseArguments();
          const span = spanOf(expression.span, this.previous);
          expression = { kind: "call", namespace: expression, name: name.text, args, span };
        } else {
          const span = spanOf(expression.span, name);
          expression = { kind: "member", object: expression, property: name.text, safe, span };
        }
      } else if (this.isSymbol("[")) {
        this.advance();
        this.skipNewlines();
        const safe = this.accept("?");
        const fromEnd = this.accept("^");
        const index2 = this.parseExpression();
        this.skipNewlines();
        this.expectSymbol("]", "to close the index");
        expression = { kind: "index", object: expression, index: index2, safe, fromEnd, span: spanOf(expression.span, this.previous) };
      } else if (this.isSymbol("::")) {
        this.advance();
        const name = this.expectIdentifier("a child resource name after '::'");
        const span = spanOf(expression.span, name);
        expression = { kind: "resourceAccess", object: expression, name: name.text, span };
      } else if (this.isSymbol("!")) {
        const bang = this.advance();
        expression = { kind: "nonNull", expression, span: spanOf(expression.span, bang) };
      } else {
        return expression;
      }
    }
  }
  parsePrimary() {
    const token = this.current;
    switch (token.kind) {
      case "number":
        this.advance();
        return { kind: "number", value: Number(token.text), span: tokenSpan(token) };
      case "string":
        this.advance();
        return { kind: "string", value: token.value, span: tokenSpan(token) };
      case "stringHead":
        return this.parseInterpolation();
      case "identifier":
        return this.parseWord(token);
      case "symbol":
        if (token.text === "{") return this.parseObject(false);
        if (token.text === "[") return this.parseArray();
        if (token.text === "(") return this.isLambdaAhead() ? this.parseLambda() : this.parseParenthesized();
    }
    return this.fail("an expression");
  }
  parseWord(token) {
    const span = tokenSpan(token);
    this.advance();
    if (token.text === "true" || token.text === "false") return { kind: "boolean", value: token.text === "true", span };
    if (token.text === "null") return { kind: "null", span };
    if (this.isSymbol("=>")) {
      this.advance();
      this.skipNewlines();
      const body = this.parseExpression();
      return { kind: "lambda", parameters: [token.text], body, span: spanOf(token, body.span) };
    }
    if (this.isSymbol("(")) {
      const args = this.parseArguments();
      return { kind: "call", name: token.text, args, span: spanOf(token, this.previous) };
    }
    return { kind: "identifier", name: token.text, span };
  }
  parseArguments() {
    const open = this.advance();
    const args = [];
    this.skipNewlines();
    while (!this.isSymbol(")")) {
      if (this.current.kind === "eof") this.fail(`')' to close the argument list opened at line ${open.line}`);
      args.push(this.parseExpression());
      this.skipNewlines();
      if (this.isSymbol(",")) {
        this.advance();
        this.skipNewlines();
      } else if (!this.isSymbol(")")) this.fail("',' or ')' in the argument list");
    }
    this.advance();
    return args;
  }
  parseInterpolation() {
    const head = this.advance();
    const segments = [head.value];
    const expressions = [];
    for (; ; ) {
      expressions.push(this.parseExpression());
      const piece = this.current;
      if (piece.kind !== "stringMiddle" && piece.kind !== "stringTail") this.fail("'}' to close the '${' in the string");
      this.advance();
      segments.push(piece.value);
      if (piece.kind === "stringTail") {
        return { kind: "interpolation", segments, expressions, span: spanOf(head, piece) };
      }
    }
  }
  /** `(`, then only names and commas, then `) =>`: a lambda's parameter list. */
  isLambdaAhead() {
    for (let ahead = 1; ; ahead++) {
      const token = this.peek(ahead);
      if (token.kind === "newline" || token.kind === "identifier" || this.isSymbol(",", token)) continue;
      return this.isSymbol(")", token) && this.isSymbol("=>", this.peek(ahead + 1));
    }
  }
  parseLambda() {
    const open = this.advance();
    const parameters = [];
    this.skipNewlines();
    while (!this.isSymbol(")")) {
      parameters.push(this.expectIdentifier("a lambda parameter name").text);
      this.skipNewlines();
      if (this.isSymbol(",")) this.advance();
      this.skipNewlines();
    }
    this.advance();
    this.expectSymbol("=>", "after the lambda parameters");
    this.skipNewlines();
    const body = this.parseExpression();
    return { kind: "lambda", parameters, body, span: spanOf(open, body.span) };
  }
  parseParenthesized() {
    const open = this.advance();
    this.skipNewlines();
    const inner = this.parseExpression();
    this.skipNewlines();
    this.expectSymbol(")", `to close the '(' at line ${open.line} column ${open.column}`);
    return inner;
  }
};

// src/readers/bicep/collection-parser.ts
var DECLARATIONS = /* @__PURE__ */ new Set(["param", "var", "resource", "module", "output", "type", "func", "metadata"]);
var CollectionParser = class extends ExpressionParser {
  /** `{ ... }`: properties separated by newlines or commas; child resources when `withResources`. */
  parseObject(withResources) {
    const open = this.expectSymbol("{", "to open an object");
    this.enter();
    const members = [];
    this.skipNewlines();
    while (!this.isSymbol("}")) {
      if (this.current.kind === "eof" || this.startsDeclaration()) {
        this.fail(`'}' to close the object opened at line ${open.line}`);
      }
      members.push(this.parseObjectMember(withResources));
      this.parseSeparator("}", "object property");
    }
    this.advance();
    this.leave();
    return { kind: "object", members, span: spanOf(open, this.previous) };
  }
  /**
   * A declaration keyword at column 1 followed by a name (`param x`, `resource vm`): inside an
   * object, that means the object was never closed.
   */
  startsDeclaration() {
    const token = this.current;
    if (token.column !== 1 || token.kind !== "identifier") return false;
    return DECLARATIONS.has(token.text) && this.peek(1).kind === "identifier";
  }
  /** Between items: a comma, newlines, or the closing bracket. */
  parseSeparator(close, item) {
    if (this.isSymbol(",")) {
      this.advance();
      this.skipNewlines();
    } else if (this.current.kind === "newline") {
      this.skipNewlines();
    } else if (!this.isSymbol(close)) {
      this.fail(`a new line, ',' or '${close}' after the ${item}`);
    }
  }
  parseObjectMember(withResources) {
    const start = this.current;
    if (this.isSymbol("...")) return this.parseSpread();
    if (withResources && (this.isSymbol("@") || this.isWord("resource") && this.peek(1).kind === "identifier")) {
      const decorators = this.parseDecorators();
      if (!this.isWord("resource")) this.fail("a nested 'resource' after its decorators");
      return this.parseNestedResource(decorators);
    }
    const key = this.parsePropertyKey();
    this.expectSymbol(":", "after the property name");
    this.skipNewlines();
    const value = this.parseExpression();
    return { kind: "property", key, value, span: spanOf(start, value.span) };
  }
  parsePropertyKey() {
    const token = this.current;
    if (token.kind === "identifier" || token.kind === "string") {
      this.advance();
      return { kind: "string", value: token.value, span: tokenSpan(token) };
    }
    if (token.kind === "stringHead") return this.parseInterpolation();
    return this.fail("a property name");
  }
  parseSpread() {
    const dots = this.advance();
    const expression = this.parseExpression();
    return { kind: "spread", expression, span: spanOf(dots, expression.span) };
  }
  parseArray() {
    const open = this.advance();
    this.skipNewlines();
    if (this.isWord("for")) return this.parseFor(open);
    const items = [];
    while (!this.isSymbol("]")) {
      if (this.current.kind === "eof") this.fail(`']' to close the array opened at line ${open.line}`);
      items.push(this.isSymbol("...") ? this.parseSpread() : this.parseExpression());
      this.parseSeparator("]", "array item");
    }
    this.advance();
    return { kind: "array", items, span: spanOf(open, this.previous) };
  }
  parseFor(open) {
    this.advance();
    let item;
    let index2;
    if (this.isSymbol("(")) {
      this.advance();
      item = this.expectIdentifier("a loop item name").text;
      this.expectSymbol(",", "between the loop item and index names");
      index2 = this.expectIdentifier("a loop index name").text;
      this.expectSymbol(")", "after the loop index name");
    } else {
      item = this.expectIdentifier("a loop item name after 'for'").text;
    }
    this.expectWord("in", "after the loop variable");
    const iterable = this.parseExpression();
    this.expectSymbol(":", "after the loop source");
    this.skipNewlines();
    const body = this.isWord("if") ? this.parseConditionalBody(false) : this.parseExpression();
    this.skipNewlines();
    this.expectSymbol("]", `to close the loop opened at line ${open.line}`);
    const span = spanOf(open, this.previous);
    return index2 === void 0 ? { kind: "for", item, iterable, body, span } : { kind: "for", item, index: index2, iterable, body, span };
  }
  /** `if (condition) { ... }` */
  parseConditionalBody(withResources) {
    const keyword = this.advance();
    this.expectSymbol("(", "after 'if'");
    this.skipNewlines();
    const condition = this.parseExpression();
    this.skipNewlines();
    this.expectSymbol(")", "after the condition");
    const body = this.parseObject(withResources);
    return { kind: "if", condition, body, span: spanOf(keyword, body.span) };
  }
  /** `@name(args)` or `@ns.name(args)` lines before a declaration or an object type property. */
  parseDecorators() {
    const decorators = [];
    while (this.isSymbol("@")) {
      const at = this.advance();
      let name = this.expectIdentifier("a decorator name after '@'").text;
      let namespace;
      if (this.isSymbol(".")) {
        this.advance();
        namespace = name;
        name = this.expectIdentifier("a decorator name after '.'").text;
      }
      const args = this.isSymbol("(") ? this.parseArguments() : [];
      const span = spanOf(at, this.previous);
      decorators.push(namespace === void 0 ? { name, args, span } : { namespace, name, args, span });
      this.skipNewlines();
    }
    return decorators;
  }
};

// src/readers/bicep/type-parser.ts
var TypeParser = class extends CollectionParser {
  /** A union may start with `|` (the formatter puts each member of a long union on its own line). */
  parseType() {
    this.enter();
    if (this.isSymbol("|", this.peekPastNewlines()) && this.current.kind !== "eof") {
      this.skipNewlines();
      this.advance();
      this.skipNewlines();
    }
    const members = [this.parsePostfixType()];
    while (this.isSymbol("|") || this.current.kind === "newline" && this.isSymbol("|", this.peekPastNewlines())) {
      this.skipNewlines();
      this.advance();
      this.skipNewlines();
      members.push(this.parsePostfixType());
    }
    this.leave();
    const first = members[0];
    if (members.length === 1) return first;
    const last = members[members.length - 1];
    return { kind: "unionType", members, span: spanOf(first.span, last.span) };
  }
  parsePostfixType() {
    let type = this.parsePrimaryType();
    for (; ; ) {
      if (this.isSymbol("?")) {
        this.advance();
        type = { kind: "nullableType", base: type, span: spanOf(type.span, this.previous) };
      } else if (this.isSymbol("[") && this.isSymbol("]", this.peek(1))) {
        this.advance();
        this.advance();
        type = { kind: "arrayType", element: type, span: spanOf(type.span, this.previous) };
      } else if (this.isSymbol("[")) {
        this.advance();
        const member2 = this.isSymbol("*") ? this.advance() : this.current.kind === "number" ? this.advance() : void 0;
        if (member2 === void 0) this.fail("']', '*' or an index in the type");
        this.expectSymbol("]", "to close the type index");
        type = { kind: "typeMemberAccess", base: type, member: member2.text, span: spanOf(type.span, this.previous) };
      } else if (this.isSymbol("!")) {
        this.advance();
        const span = spanOf(type.span, this.previous);
        type = type.kind === "nullableType" ? { ...type.base, span } : { ...type, span };
      } else if (this.isSymbol(".")) {
        this.advance();
        const member2 = this.isSymbol("*") ? this.advance() : this.expectIdentifier("a property name after '.' in the type");
        if (type.kind === "typeName" && this.isSymbol("<")) {
          type = this.parseGenericType(type.name === "sys" ? member2.text : `${type.name}.${member2.text}`, type.span);
        } else {
          type = { kind: "typeMemberAccess", base: type, member: member2.text, span: spanOf(type.span, member2) };
        }
      } else {
        return type;
      }
    }
  }
  parsePrimaryType() {
    const token = this.current;
    const span = tokenSpan(token);
    if (token.kind === "identifier") {
      this.advance();
      if (token.text === "resource" && this.current.kind === "string") {
        const reference = this.advance();
        return { kind: "resourceType", typeReference: reference.value, span: spanOf(token, reference) };
      }
      if (token.text === "true" || token.text === "false") {
        return { kind: "literalType", value: token.text === "true", span };
      }
      if (token.text === "null") return { kind: "literalType", value: null, span };
      if (this.isSymbol("<")) return this.parseGenericType(token.text, span);
      return { kind: "typeName", name: token.text, span };
    }
    if (token.kind === "string") {
      this.advance();
      return { kind: "literalType", value: token.value, span };
    }
    if (token.kind === "number") {
      this.advance();
      return { kind: "literalType", value: Number(token.text), span };
    }
    if (this.isSymbol("!") && (this.isWord("true", this.peek(1)) || this.isWord("false", this.peek(1)))) {
      this.advance();
      const literal = this.advance();
      return { kind: "literalType", value: literal.text !== "true", span: spanOf(token, literal) };
    }
    if (this.isSymbol("-") && this.peek(1).kind === "number") {
      this.advance();
      const number = this.advance();
      return { kind: "literalType", value: -Number(number.text), span: spanOf(token, number) };
    }
    if (this.isSymbol("{")) return this.parseObjectType();
    if (this.isSymbol("[")) return this.parseTupleType();
    if (this.isSymbol("(")) {
      this.advance();
      this.skipNewlines();
      const inner = this.parseType();
      this.skipNewlines();
      this.expectSymbol(")", "to close the parenthesized type");
      return inner;
    }
    return this.fail("a type");
  }
  parseGenericType(name, start) {
    this.advance();
    const args = [];
    this.skipNewlines();
    while (!this.isSymbol(">")) {
      args.push(this.parseType());
      this.skipNewlines();
      if (!this.accept(",") && !this.isSymbol(">")) this.fail(`',' or '>' in the arguments of ${name}<...>`);
      this.skipNewlines();
    }
    this.advance();
    return { kind: "genericType", name, args, span: spanOf(start, this.previous) };
  }
  parseObjectType() {
    const open = this.advance();
    this.enter();
    const properties = [];
    this.skipNewlines();
    while (!this.isSymbol("}")) {
      if (this.current.kind === "eof") this.fail(`'}' to close the object type opened at line ${open.line}`);
      const decorators = this.parseDecorators();
      const start = this.current;
      const name = this.parseTypePropertyName();
      this.expectSymbol(":", "after the property name");
      const type = this.parseType();
      properties.push({ decorators, name, type, span: spanOf(start, type.span) });
      this.parseSeparator("}", "property type");
    }
    this.advance();
    this.leave();
    return { kind: "objectType", properties, span: spanOf(open, this.previous) };
  }
  parseTypePropertyName() {
    if (this.accept("*")) return "*";
    const start = this.current;
    const key = this.parsePropertyKey();
    return key.kind === "string" ? key.value : this.fail("a property name without interpolation", start);
  }
  parseTupleType() {
    const open = this.advance();
    this.enter();
    const items = [];
    this.skipNewlines();
    while (!this.isSymbol("]")) {
      if (this.current.kind === "eof") this.fail(`']' to close the tuple type opened at line ${open.line}`);
      this.parseDecorators();
      items.push(this.parseType());
      this.parseSeparator("]", "tuple item type");
    }
    this.advance();
    this.leave();
    return { kind: "tupleType", items, span: spanOf(open, this.previous) };
  }
};

// src/readers/bicep/declaration-parser.ts
var DeclarationParser = class extends TypeParser {
  /** `param name type [= default]`; in a parameter file `param name = value`. */
  parseParameter(decorators) {
    const keyword = this.advance();
    const name = this.expectIdentifier("a parameter name");
    const type = this.isSymbol("=") ? void 0 : this.parseType();
    const value = this.accept("=") ? this.parseExpression() : void 0;
    return { kind: "param", decorators, name: name.text, nameSpan: tokenSpan(name), type, value, span: spanOf(keyword, this.previous) };
  }
  parseResource(decorators) {
    const keyword = this.advance();
    const name = this.expectIdentifier("a resource symbol name");
    const type = this.expectPlainString("a resource type string like 'Microsoft.Compute/virtualMachines@2024-07-01'");
    const existing = this.acceptWord("existing");
    this.expectSymbol("=", existing ? "after 'existing'" : "after the resource type");
    const value = this.parseDeclarationBody();
    return {
      kind: "resource",
      decorators,
      name: name.text,
      nameSpan: tokenSpan(name),
      typeReference: type.value,
      typeSpan: tokenSpan(type),
      existing,
      value,
      span: spanOf(keyword, this.previous)
    };
  }
  parseNestedResource(decorators) {
    return this.parseResource(decorators);
  }
  parseModule(decorators) {
    const keyword = this.advance();
    const name = this.expectIdentifier("a module symbol name");
    const path = this.expectPlainString("a module path string");
    this.expectSymbol("=", "after the module path");
    const value = this.parseDeclarationBody();
    const span = spanOf(keyword, this.previous);
    const pathSpan = tokenSpan(path);
    return { kind: "module", decorators, name: name.text, nameSpan: tokenSpan(name), path: path.value, pathSpan, value, span };
  }
  /**
   * What follows `=` in a resource or module: `{...}`, `if (c) {...}` or `[for ...: ...]`. Line breaks may
   * come before `if` only, as Bicep's own parser takes them (`bicep format` breaks long declarations there).
   */
  parseDeclarationBody() {
    if (this.isWord("if", this.peekPastNewlines())) {
      this.skipNewlines();
      return this.parseConditionalBody(true);
    }
    if (this.isSymbol("{")) return this.parseObject(true);
    if (this.isSymbol("[") && this.isWord("for", this.firstAfterNewlines(1))) return this.parseArray();
    return this.fail("'{', 'if (...)' or '[for ...]' after '='");
  }
  firstAfterNewlines(ahead) {
    while (this.peek(ahead).kind === "newline") ahead++;
    return this.peek(ahead);
  }
  parseFunction(decorators) {
    const keyword = this.advance();
    const name = this.expectIdentifier("a function name");
    this.expectSymbol("(", "after the function name");
    const parameters = [];
    this.skipNewlines();
    while (!this.isSymbol(")")) {
      const parameter = this.expectIdentifier("a function parameter name");
      const type = this.parseType();
      parameters.push({ name: parameter.text, type, span: spanOf(parameter, type.span) });
      this.skipNewlines();
      if (!this.accept(",") && !this.isSymbol(")")) this.fail("',' or ')' in the function parameters");
      this.skipNewlines();
    }
    this.advance();
    const returnType = this.parseType();
    this.expectSymbol("=>", "after the function return type");
    this.skipNewlines();
    const body = this.parseExpression();
    const span = spanOf(keyword, this.previous);
    return { kind: "func", decorators, name: name.text, nameSpan: tokenSpan(name), parameters, returnType, body, span };
  }
  /** `import {a, b as c} from 'x'`, `import * as ns from 'x'`, legacy `import 'az@1.0.0' as az`. */
  parseImport(decorators) {
    const keyword = this.advance();
    if (this.current.kind === "string") {
      const provider = this.advance().value;
      if (this.acceptWord("with")) this.parseObject(false);
      const wildcardAlias2 = this.acceptWord("as") ? this.expectIdentifier("an alias after 'as'").text : void 0;
      return { kind: "import", decorators, symbols: [], provider, wildcardAlias: wildcardAlias2, span: spanOf(keyword, this.previous) };
    }
    const symbols = [];
    let wildcardAlias;
    if (this.accept("*")) {
      this.expectWord("as", "after 'import *'");
      wildcardAlias = this.expectIdentifier("a namespace name after 'as'").text;
    } else {
      const open = this.expectSymbol("{", "'{', '*' or a provider string after 'import'");
      this.skipNewlines();
      while (!this.isSymbol("}")) {
        if (this.current.kind === "eof") this.fail(`'}' to close the import list opened at line ${open.line}`);
        const next = this.current;
        const quoted = next.kind === "string" ? this.advance() : void 0;
        const name = quoted ?? this.expectIdentifier("an imported symbol name");
        const alias = quoted !== void 0 || this.isWord("as") ? (this.expectWord("as", "after a quoted imported name"), this.expectIdentifier("an alias after 'as'").text) : void 0;
        symbols.push({ name: name.value, alias, span: spanOf(name, this.previous) });
        this.parseSeparator("}", "imported symbol");
      }
      this.advance();
    }
    this.expectWord("from", "after the imported symbols");
    const from = this.expectPlainString("a file or registry reference after 'from'").value;
    return { kind: "import", decorators, from, symbols, wildcardAlias, span: spanOf(keyword, this.previous) };
  }
  /** `extension name`, `extension 'br:...' with {...} as alias`; `provider` is the older keyword. */
  parseExtension() {
    const keyword = this.advance();
    const what = `an extension name or reference after '${keyword.text}'`;
    const specification = this.current.kind === "identifier" ? this.advance().text : this.expectPlainString(what).value;
    const config = this.acceptWord("with") ? this.parseObject(false) : void 0;
    const alias = this.acceptWord("as") ? this.expectIdentifier("an alias after 'as'").text : void 0;
    return { kind: "extension", specification, config, alias, span: spanOf(keyword, this.previous) };
  }
  /** `using './main.bicep'`, `using none` (optionally `with {...}` for deployment stacks). */
  parseUsing() {
    const keyword = this.advance();
    const target = this.current;
    if (!this.acceptWord("none")) this.expectPlainString("a template path or 'none' after 'using'");
    if (this.acceptWord("with")) this.parseObject(false);
    const path = target.kind === "string" ? target.value : void 0;
    return { kind: "using", path, pathSpan: tokenSpan(target), span: spanOf(keyword, this.previous) };
  }
};

// src/readers/bicep/parser.ts
function parseBicep(text) {
  const lexed = tokenizeBicep(text);
  const parser = new StatementParser(lexed.tokens);
  const program = parser.parseProgram();
  const lexicalLines = new Set(lexed.errors.map((error) => error.line));
  const errors = [...lexed.errors, ...parser.errors.filter((error) => !lexicalLines.has(error.line))];
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return { program, errors, comments: lexed.comments };
}
var STATEMENT_KEYWORDS = /* @__PURE__ */ new Set([
  "targetScope",
  "metadata",
  "param",
  "var",
  "resource",
  "module",
  "output",
  "type",
  "func",
  "import",
  "extension",
  "provider",
  "using",
  "extends",
  "assert"
]);
var DECLARATION_EXPECTED = "a declaration (param, var, resource, module, output, type, func, import, metadata, targetScope)";
var StatementParser = class extends DeclarationParser {
  errors = [];
  parseProgram() {
    const statements = [];
    for (; ; ) {
      this.skipNewlines();
      if (this.current.kind === "eof") return { statements };
      const start = this.position;
      try {
        const statement = this.parseStatement();
        if (!this.atLineEnd()) this.fail("end of line after the declaration");
        statements.push(statement);
      } catch (error) {
        if (!(error instanceof SyntaxFailure)) throw error;
        this.errors.push({ message: error.message, line: error.token.line, column: error.token.column });
        this.recover(start);
      }
    }
  }
  /**
   * Resumes at the next line that starts, at column 1, with a declaration keyword or a decorator
   * (the failing token itself, when it is one: an unclosed brace runs into the next declaration).
   */
  recover(start) {
    this.resetNesting();
    if (this.position > start && this.atStatementStart()) return;
    for (; ; ) {
      while (!this.atLineEnd()) this.advance();
      this.skipNewlines();
      if (this.current.kind === "eof" || this.atStatementStart()) return;
    }
  }
  atStatementStart() {
    const token = this.current;
    if (token.column !== 1) return false;
    return this.isSymbol("@") || token.kind === "identifier" && STATEMENT_KEYWORDS.has(token.text);
  }
  parseStatement() {
    const decorators = this.parseDecorators();
    const keyword = this.current;
    if (keyword.kind !== "identifier") return this.fail(DECLARATION_EXPECTED);
    switch (keyword.text) {
      case "targetScope":
        this.advance();
        this.expectSymbol("=", "after 'targetScope'");
        return { kind: "targetScope", value: this.parseExpression(), span: spanOf(keyword, this.previous) };
      case "metadata":
      case "assert": {
        this.advance();
        const name = this.expectIdentifier(`a ${keyword.text} name`);
        this.expectSymbol("=", `after the ${keyword.text} name`);
        const value = this.parseExpression();
        return { kind: keyword.text, decorators, name: name.text, nameSpan: tokenSpan(name), value, span: spanOf(keyword, this.previous) };
      }
      case "param":
        return this.parseParameter(decorators);
      case "var": {
        this.advance();
        const name = this.expectIdentifier("a variable name");
        const type = this.isSymbol("=") ? void 0 : this.parseType();
        this.expectSymbol("=", "after the variable name");
        const value = this.parseExpression();
        return { kind: "var", decorators, name: name.text, nameSpan: tokenSpan(name), type, value, span: spanOf(keyword, this.previous) };
      }
      case "resource":
        return this.parseResource(decorators);
      case "module":
        return this.parseModule(decorators);
      case "output": {
        this.advance();
        const name = this.expectIdentifier("an output name");
        const type = this.parseType();
        this.expectSymbol("=", "after the output type");
        const value = this.parseExpression();
        return { kind: "output", decorators, name: name.text, nameSpan: tokenSpan(name), type, value, span: spanOf(keyword, this.previous) };
      }
      case "type": {
        this.advance();
        const name = this.expectIdentifier("a type name");
        this.expectSymbol("=", "after the type name");
        const type = this.parseType();
        return { kind: "type", decorators, name: name.text, nameSpan: tokenSpan(name), type, span: spanOf(keyword, this.previous) };
      }
      case "func":
        return this.parseFunction(decorators);
      case "import":
        return this.parseImport(decorators);
      case "extension":
      case "provider":
        return this.parseExtension();
      case "using":
        return this.parseUsing();
      case "extends": {
        this.advance();
        const path = this.expectPlainString("a parameter file path after 'extends'");
        return { kind: "extends", path: path.value, span: spanOf(keyword, this.previous) };
      }
    }
    return this.fail(DECLARATION_EXPECTED);
  }
};

// src/readers/bicep/source-loader.ts
function bodyObject(value) {
  const body = value.kind === "for" ? value.body : value;
  const inner = body.kind === "if" ? body.body : body;
  return inner.kind === "object" ? inner : void 0;
}
function declaredType(typeReference, parentType) {
  const at = typeReference.indexOf("@");
  const type = at < 0 ? typeReference : typeReference.slice(0, at);
  return parentType !== void 0 && !type.includes("/") ? `${parentType}/${type}` : type;
}
var nestedResources = (declaration) => (bodyObject(declaration.value)?.members ?? []).filter(
  (member2) => member2.kind === "resource"
);
var PARSED_CHARACTERS = 1024 * 1024;
var isLoadFailure = (outcome) => !Array.isArray(outcome);
var SourceLoader = class {
  /** `parsedCharacters`: how much source `trim` keeps parsed (tests set 0 to drop every parse). */
  constructor(workspace, parsedCharacters = PARSED_CHARACTERS) {
    this.workspace = workspace;
    this.parsed = new WeightBoundedCache(parsedCharacters);
  }
  workspace;
  /** Parsed files, weighed by their length in characters. */
  parsed;
  /** Each file's outcome, in the order of first loads. */
  outcomes = /* @__PURE__ */ new Map();
  deploys = /* @__PURE__ */ new Map();
  /** Resolved references by file and reference: a module is resolved by the entry points, `mayDeploy`, the deployment and each instance. */
  targets = /* @__PURE__ */ new Map();
  /** The local Bicep files each loaded template calls as modules, by path. */
  callees = /* @__PURE__ */ new Map();
  load(path) {
    const kept = this.parsed.get(path);
    if (kept !== void 0) return kept;
    const known2 = this.outcomes.get(path);
    if (known2 !== void 0 && isLoadFailure(known2)) return known2;
    const text = this.workspace.readText(path);
    if (!text.ok) {
      const failure = { message: text.message, line: text.line, column: text.column };
      this.outcomes.set(path, failure);
      return failure;
    }
    const unit = indexUnit(path, text.text);
    if (known2 === void 0) {
      this.outcomes.set(path, unit.errors);
      this.localModules(unit);
    }
    this.parsed.add(path, unit, text.text.length);
    return unit;
  }
  /**
   * Drops the least recently used parses beyond PARSED_CHARACTERS. Called between deployments, never
   * during one: each template instance must see one parse of each file it reaches.
   */
  trim() {
    this.parsed.trim();
  }
  /** What the first load of each file loaded so far found (claimed files and the modules they reached), in that order. */
  outcomesOfLoads() {
    return this.outcomes;
  }
  /** A file a template loads when compiled (`loadJsonContent`): relative to it, inside the scanned folder, as the workspace reads files. */
  loadFile(fromFile, reference) {
    const path = this.workspace.resolveFrom(fromFile, reference);
    if (path === void 0) return { ok: false, reason: `'${reference}' leads outside the scanned folder` };
    const text = this.workspace.readText(path);
    return text.ok ? { ok: true, path, text: text.text } : { ok: false, reason: `${path}: ${text.message}` };
  }
  /** Resolves a module or import reference written in `fromFile`. */
  resolve(fromFile, reference) {
    let known2 = this.targets.get(fromFile);
    if (known2 === void 0) {
      known2 = /* @__PURE__ */ new Map();
      this.targets.set(fromFile, known2);
    }
    let target = known2.get(reference);
    if (target === void 0) {
      target = resolveModuleTarget(this.workspace, fromFile, reference);
      known2.set(reference, target);
    }
    return target;
  }
  /**
   * Whether a file, or a local module it calls (directly or not), declares a resource whose type
   * passes `relevant` (always the same test), or calls a module it does not read as Bicep (a registry
   * module, one not there, ARM JSON): modules that cannot deploy anything of interest are not expanded.
   * A breadth-first walk, so a long chain of modules cannot exhaust the stack.
   */
  mayDeploy(path, relevant) {
    const known2 = this.deploys.get(path);
    if (known2 !== void 0) return known2;
    const declares = (declaration, parentType) => {
      const type = declaredType(declaration.typeReference, parentType);
      return relevant(type) || nestedResources(declaration).some((nested) => declares(nested, type));
    };
    const seen = /* @__PURE__ */ new Set([path]);
    const queue = [path];
    let result = false;
    for (let next = queue.shift(); next !== void 0 && !result; next = queue.shift()) {
      const unit = this.load(next);
      if (!("program" in unit)) continue;
      result = unit.resources.some((declaration) => declares(declaration)) || unit.modules.some((module) => this.resolve(next, module.path).kind !== "bicep");
      for (const callee of this.localModules(unit)) {
        if (!seen.has(callee)) queue.push(callee);
        seen.add(callee);
      }
    }
    this.deploys.set(path, result);
    return result;
  }
  /** The local Bicep files a template calls as modules (asked by the entry points, twice, and `mayDeploy`). */
  localModules(unit) {
    const known2 = this.callees.get(unit.path);
    if (known2 !== void 0) return known2;
    const callees = [];
    for (const module of unit.modules) {
      const target = this.resolve(unit.path, module.path);
      if (target.kind === "bicep") callees.push(target.path);
    }
    this.callees.set(unit.path, callees);
    return callees;
  }
  /** `localModules` of a file by its path (none when it cannot be read), parsing it only when they are not known. */
  localModulesOf(path) {
    const known2 = this.callees.get(path);
    if (known2 !== void 0) return known2;
    const unit = this.load(path);
    return "program" in unit ? this.localModules(unit) : [];
  }
};
function indexUnit(path, text) {
  const parsed = parseBicep(text);
  const symbols = /* @__PURE__ */ new Map();
  const outputs = /* @__PURE__ */ new Map();
  const resources = [];
  const modules = [];
  let using;
  let base;
  let targetScope;
  const statements = parsed.program.statements;
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i];
    switch (statement.kind) {
      case "param":
      case "var":
      case "func":
        symbols.set(statement.name, statement);
        break;
      case "resource":
        symbols.set(statement.name, statement);
        resources.push(statement);
        break;
      case "module":
        symbols.set(statement.name, statement);
        modules.push(statement);
        break;
      case "output":
        outputs.set(statement.name, statement);
        break;
      case "import":
        if (statement.wildcardAlias !== void 0) {
          symbols.set(statement.wildcardAlias, { kind: "namespace", statement });
        }
        for (const symbol of statement.symbols) {
          symbols.set(symbol.alias ?? symbol.name, { kind: "imported", statement, name: symbol.name });
        }
        break;
      case "using":
        using = statement;
        break;
      case "extends":
        base = statement.path;
        break;
      case "targetScope":
        targetScope = statement.value;
        break;
    }
  }
  return {
    path,
    isParameterFile: path.toLowerCase().endsWith(".bicepparam"),
    program: parsed.program,
    symbols,
    outputs,
    resources,
    modules,
    using,
    extends: base,
    targetScope,
    comments: parsed.comments,
    errors: parsed.errors
  };
}

// src/readers/bicep/function-support.ts
var MAX_ARRAY_LENGTH = 1e4;
var MAX_STRING_LENGTH = 1e6;
var strict = (body) => (args, site) => {
  const missing = firstUnresolved(args);
  return missing === void 0 ? body(args, site) : unknown(missing.reason, computed(args));
};
var badArgument = (site, args, position, expected) => {
  const actual = args[position];
  const found = actual === void 0 ? "nothing" : describeKind(actual);
  return unknown(`${site.name}() argument ${position + 1} should be ${expected}, found ${found}`, computed(args));
};
var stringArg = (args, position) => {
  const value = args[position];
  return value?.kind === "string" ? value.value : void 0;
};
var numberArg = (args, position) => {
  const value = args[position];
  return value?.kind === "number" ? value.value : void 0;
};
var itemsArg = (args, position) => {
  const value = args[position];
  return value?.kind === "array" ? value.items : void 0;
};
var lambdaArg = (args, position) => {
  const value = args[position];
  return value?.kind === "lambda" ? value : void 0;
};
var fitsString = (length) => length <= MAX_STRING_LENGTH;

// src/readers/bicep/deployment-time.ts
var utcNow = (args) => {
  const [format] = args;
  const itself = args.length === 0 || args.length === 1 && format?.kind === "string" && isFullDateTimeFormat(format.value);
  return unknown(itself ? UTC_NOW_REASON : DERIVED_FROM_UTC_NOW_REASON, computed(args));
};
var isUtcNow = (value) => value?.kind === "unresolved" && value.reason === UTC_NOW_REASON;
var notDeploymentTime = (value) => isUtcNow(value) ? unknown(DERIVED_FROM_UTC_NOW_REASON, value.prov) : value;

// src/readers/bicep/deployment-functions.ts
var SUBSCRIPTION_PLACEHOLDER = "{subscriptionId}";
var RESOURCE_GROUP_PLACEHOLDER = "{resourceGroupName}";
function deploymentRecord(label, known2, prov) {
  return {
    kind: "record",
    label,
    prov,
    member: (name) => {
      if (Object.hasOwn(known2, name)) return known2[name];
      return unknown(`${label}.${name} is only known at deployment`, prov);
    }
  };
}
var resourceGroup = (args, site) => {
  const prov = computed(args);
  const name = args[args.length - 1] ?? (site.resourceGroup === void 0 ? void 0 : str(site.resourceGroup, prov));
  return namingSubscription(deploymentRecord("resourceGroup()", name === void 0 ? {} : { name }, prov), args.length === 2 ? args[0] : void 0);
};
var subscription = (args) => namingSubscription(deploymentRecord("subscription()", {}, computed(args)), args[0]);
var namedSubscriptions = /* @__PURE__ */ new WeakMap();
function namingSubscription(scope, named) {
  if (named !== void 0) namedSubscriptions.set(scope, named);
  return scope;
}
var CURRENT_SUBSCRIPTION_ID = "subscription().subscriptionId is only known at deployment";
function subscriptionNamedBy(scope) {
  const named = namedSubscriptions.get(scope);
  return named?.kind === "unresolved" && named.reason === CURRENT_SUBSCRIPTION_ID ? void 0 : named;
}
var opaque = (label) => (args) => deploymentRecord(label, {}, computed(args));
var atDeployment = (args, site) => unknown(`${site.name}() is only known at deployment`, computed(args));
function providerPath(type, names) {
  const [namespace, ...types] = type.split("/");
  if (namespace === void 0 || types.length === 0 || types.length !== names.length) return void 0;
  return `providers/${namespace}/${types.map((segment, i) => `${segment}/${names[i]}`).join("/")}`;
}
var idFunction = (prefix) => strict((args, site) => {
  const notText = args.findIndex((arg) => arg.kind !== "string");
  if (notText >= 0) return badArgument(site, args, notText, "a string");
  const texts = args.map((arg) => arg.value);
  const typeIndex = texts.findIndex((text) => text.includes("/") && !text.startsWith("/"));
  if (typeIndex < 0) return badArgument(site, args, 0, "a resource type");
  const scope = prefix(texts.slice(0, typeIndex), site);
  const path = providerPath(texts[typeIndex], texts.slice(typeIndex + 1));
  if (scope === void 0 || path === void 0) {
    return unknown(`${site.name}() arguments do not form a resource ID`, computed(args));
  }
  return str(`${scope}/${path}`, computed(args));
});
var inResourceGroup = (scopeArgs, site) => {
  if (scopeArgs.length > 2) return void 0;
  const subscription2 = scopeArgs.length === 2 ? scopeArgs[0] : SUBSCRIPTION_PLACEHOLDER;
  const group = scopeArgs[scopeArgs.length - 1] ?? site.resourceGroup ?? RESOURCE_GROUP_PLACEHOLDER;
  return `/subscriptions/${subscription2}/resourceGroups/${group}`;
};
var inSubscription = (scopeArgs) => scopeArgs.length <= 1 ? `/subscriptions/${scopeArgs[0] ?? SUBSCRIPTION_PLACEHOLDER}` : void 0;
var inManagementGroup = (scopeArgs) => scopeArgs.length <= 1 ? `/providers/Microsoft.Management/managementGroups/${scopeArgs[0] ?? "{managementGroupName}"}` : void 0;
var unscoped = (scopeArgs) => scopeArgs.length === 0 ? "" : void 0;
var tenantResourceId = idFunction(unscoped);
var deploymentFunctions = {
  resourcegroup: resourceGroup,
  subscription,
  deployment: opaque("deployment()"),
  environment: opaque("environment()"),
  tenant: opaque("tenant()"),
  managementgroup: opaque("managementGroup()"),
  resourceid: idFunction(inResourceGroup),
  subscriptionresourceid: idFunction(inSubscription),
  managementgroupresourceid: idFunction(inManagementGroup),
  tenantresourceid: tenantResourceId,
  extensionresourceid: strict((args, site) => {
    const base = args[0];
    if (base?.kind !== "string") return badArgument(site, args, 0, "a resource ID");
    const rest = tenantResourceId(args.slice(1), site);
    return rest.kind === "string" ? str(`${base.value}${rest.value}`, computed(args)) : rest;
  }),
  uniquestring: atDeployment,
  guid: atDeployment,
  newguid: atDeployment,
  utcnow: utcNow,
  reference: atDeployment,
  getsecret: atDeployment,
  pickzones: atDeployment,
  datetimeadd: atDeployment,
  datetimefromepoch: atDeployment,
  datetimetoepoch: atDeployment,
  readenvironmentvariable: (args) => {
    const name = args[0]?.kind === "string" ? args[0].value : "?";
    return unknown(`environment variable ${name} is read when the parameters are built`, computed(args));
  }
};

// src/readers/bicep/locals.ts
var bind = (locals, name, value) => ({ name, value, next: locals });
function lookupLocal(locals, name) {
  for (let scope = locals; scope !== void 0; scope = scope.next) if (scope.name === name) return scope.value;
  return void 0;
}

// src/readers/bicep/condition-keys.ts
function loopIdentity(scope, loop) {
  let key = null;
  const keyOf = () => {
    const text = syntaxKey(loop.iterable, "span");
    return text === void 0 ? void 0 : `${scope}|for|${text}`;
  };
  return { key: () => key === null ? key = keyOf() : key, item: loop.item, index: loop.index };
}
function ifKey(scope, condition, expansion) {
  const text = syntaxKey(condition, "span");
  if (text === void 0) return void 0;
  const read = /* @__PURE__ */ new Set();
  if (!readsLocals(condition, expansion.locals, read, 0)) return void 0;
  if (read.size === 0) return `${scope}|if|${text}`;
  const loop = expansion.loop;
  const key = loop?.key();
  if (loop === void 0 || key === void 0) return void 0;
  const item = read.has(loop.item) ? loop.item : "";
  const index2 = loop.index !== void 0 && read.has(loop.index) ? loop.index : "";
  return `${key}[${String(expansion.index)}]|${item},${index2}|if|${text}`;
}
function unresolvedKeys(conditions) {
  const keys = [];
  for (const [condition, keysOf] of conditions) {
    if (condition?.origin !== "unresolved") continue;
    const found = keysOf();
    if (found === void 0) return void 0;
    for (const key of typeof found === "string" ? [found] : found) if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}
function readsLocals(node, locals, read, depth) {
  if (locals === void 0 || typeof node !== "object" || node === null) return true;
  if (depth > 64) return false;
  if (Array.isArray(node)) return node.every((item) => readsLocals(item, locals, read, depth + 1));
  const fields = node;
  if (fields.kind === "identifier" && typeof fields.name === "string") {
    if (lookupLocal(locals, fields.name) !== void 0) read.add(fields.name);
    return true;
  }
  for (const key in fields) if (key !== "span" && !readsLocals(fields[key], locals, read, depth + 1)) return false;
  return true;
}

// src/readers/bicep/resource-instance.ts
var RESOURCE_GROUPS_TYPE = "microsoft.resources/resourcegroups";
function bodyProperty(declaration, key) {
  let found;
  for (const member2 of bodyObject(declaration.value)?.members ?? []) {
    const named = member2.kind === "property" && member2.key.kind === "string" && member2.key.value.toLowerCase() === key;
    if (named) found = member2.value;
  }
  return found;
}
function bodyProperties(declaration) {
  const found = /* @__PURE__ */ new Map();
  for (const member2 of bodyObject(declaration.value)?.members ?? []) {
    if (member2.kind === "property" && member2.key.kind === "string") found.set(member2.key.value.toLowerCase(), member2.value);
  }
  return found;
}
function resourceGroupOf(scope) {
  if (scope.kind !== "record") return void 0;
  const name = scope.label === "resourceGroup()" ? scope.member("name") : scope.resource?.type.toLowerCase() === RESOURCE_GROUPS_TYPE ? scope.resource.name() : void 0;
  return name?.kind === "string" ? name.value : void 0;
}
var ResourceInstance = class {
  constructor(declaration, template, expansion, parent) {
    this.declaration = declaration;
    this.template = template;
    this.expansion = expansion;
    this.parent = parent;
    const at = declaration.typeReference.indexOf("@");
    this.type = declaredType(declaration.typeReference, parent?.type);
    this.apiVersion = at < 0 ? parent?.apiVersion ?? "" : declaration.typeReference.slice(at + 1);
    const own = `${declaration.name}${indexLabel(expansion.index)}`;
    this.symbol = parent === void 0 ? `${template.site.symbolPrefix}${template.file}#${own}` : `${parent.symbol}::${own}`;
  }
  declaration;
  template;
  expansion;
  parent;
  type;
  apiVersion;
  symbol;
  /** Instances of the resources nested in this one's body. */
  children = /* @__PURE__ */ new Map();
  cache = /* @__PURE__ */ new Map();
  properties;
  get existing() {
    return this.declaration.existing;
  }
  get resourceGroup() {
    const scope = this.property("scope");
    const own = scope === void 0 ? void 0 : resourceGroupOf(scope);
    return own ?? this.parent?.resourceGroup ?? this.template.resourceGroup;
  }
  /**
   * The subscription an `existing` resource's scope names as a literal (`scope: resourceGroup('<id>', 'rg')`): its
   * ID is into that subscription. Undefined otherwise (the deployment's own, or one not evaluated).
   */
  get subscription() {
    if (!this.declaration.existing) return void 0;
    const scope = this.property("scope");
    const named = scope === void 0 ? void 0 : subscriptionNamedBy(scope);
    return named?.kind === "string" ? named.value : this.parent?.subscription;
  }
  /** The evaluated body object. */
  body() {
    return this.memo("body", () => {
      const object = bodyObject(this.declaration.value);
      if (object === void 0) return unknown("the resource body is not an object");
      return this.template.evaluator.evaluate(object, this.expansion.locals);
    });
  }
  name() {
    return this.property("name") ?? unknown(`resource '${this.declaration.name}' has no name`);
  }
  /** `vm.id`: built as ARM's resourceId() builds it, with placeholders for what the deployment decides. */
  id() {
    return this.memo("id", () => {
      const name = this.name();
      if (name.kind !== "string") return unknown(reasonOf(name, "a name"), name.prov, this);
      const base = this.baseId();
      if (base.kind !== "string") return unknown(reasonOf(base, "a resource ID"), base.prov, this);
      const lastType = this.type.slice(this.type.lastIndexOf("/") + 1);
      const id = this.parentHandle() !== void 0 ? `${base.value}/${lastType}/${name.value}` : `${base.value}/providers/${typeWithNames(this.type, name.value)}`;
      return { kind: "string", value: id, prov: computed([name]), resource: this };
    });
  }
  /** Whether this instance is deployed: module calls, its own `if`, its parent's. */
  deployed() {
    const template = this.template;
    const conditions = [template.site.condition, this.parent?.deployed(), this.expansion.empty, this.ownCondition()];
    return allDeployed(conditions, template.at(this.declaration.span));
  }
  /** The keys of `deployed()`'s conditions that could not be evaluated (condition-keys.ts); undefined when one has none. */
  conditionKeys() {
    const { site } = this.template;
    const { parent, expansion } = this;
    const own = expansion.condition;
    const scope = parent?.expansion.index === void 0 ? this.template.conditionScope : parent.symbol;
    return unresolvedKeys([
      [site.condition, () => site.conditionKeys],
      [parent?.deployed(), () => parent?.conditionKeys()],
      [expansion.empty, () => expansion.loop?.key()],
      [this.ownCondition(), () => own === void 0 ? void 0 : ifKey(scope, own.condition, expansion)]
    ]);
  }
  ownCondition() {
    const own = this.expansion.condition;
    const template = this.template;
    return own === void 0 ? void 0 : conditionFrom(template.evaluator.evaluate(own.condition, this.expansion.locals), template.at(own.span));
  }
  record() {
    const label = `${this.declaration.name}${indexLabel(this.expansion.index)}`;
    return {
      kind: "record",
      label,
      prov: LITERAL,
      resource: this,
      member: (member2) => {
        if (member2 === "name") return this.name();
        if (member2 === "id") return this.id();
        if (member2 === "type") return str(this.type);
        if (member2 === "apiVersion") return str(this.apiVersion);
        return unknown(`${label}.${member2} is only known at deployment`);
      },
      call: (name) => unknown(`${label}.${name}() is only known at deployment`),
      child: (name) => {
        const nested = nestedResources(this.declaration).find((declaration) => declaration.name === name);
        if (nested === void 0) return unknown(`'${label}' has no nested resource '${name}'`);
        return this.template.resources(nested, this).value;
      }
    };
  }
  /** A body property's value, evaluated alone (undefined when it is not written). */
  property(key) {
    this.properties ??= bodyProperties(this.declaration);
    const expression = this.properties.get(key);
    if (expression === void 0) return void 0;
    return this.memo(key, () => this.template.evaluator.evaluate(expression, this.expansion.locals));
  }
  /** The parent: the resource this one is nested in, or its `parent:` property. */
  /** The resource this one is a child of: the enclosing declaration, or its `parent` property. */
  parentResource() {
    return this.parentHandle();
  }
  parentHandle() {
    if (this.parent !== void 0) return this.parent;
    const parent = this.property("parent");
    return parent?.kind === "record" ? parent.resource : void 0;
  }
  baseId() {
    const parent = this.parentHandle();
    if (parent !== void 0) return parent.id();
    const scope = this.property("scope");
    if (scope?.kind === "record" && scope.resource !== void 0) return scope.resource.id();
    const targetScope = this.template.unit.targetScope;
    const group = this.resourceGroup;
    if (targetScope?.kind === "string" && targetScope.value !== "resourceGroup" && group === void 0) {
      return str(`/subscriptions/${SUBSCRIPTION_PLACEHOLDER}`);
    }
    return str(`/subscriptions/${SUBSCRIPTION_PLACEHOLDER}/resourceGroups/${group ?? RESOURCE_GROUP_PLACEHOLDER}`);
  }
  memo(key, compute) {
    const cached = this.cache.get(key);
    if (cached === PENDING) return unknown(`the ${key} of resource '${this.declaration.name}' refers to itself`);
    if (cached !== void 0) return cached;
    this.cache.set(key, PENDING);
    try {
      const value = compute();
      this.cache.set(key, value);
      return value;
    } catch (error) {
      this.cache.delete(key);
      throw error;
    }
  }
};
function typeWithNames(type, name) {
  const [namespace, ...types] = type.split("/");
  const names = name.split("/");
  if (types.length !== names.length) return `${type}/${name}`;
  return `${namespace}/${types.map((segment, i) => `${segment}/${names[i]}`).join("/")}`;
}

// src/readers/bicep/unread-module.ts
function unreadModuleVm(module, why) {
  const inputs = [];
  const params = paramsOf(module);
  if (params !== void 0) collectInputs(BICEP_INPUTS, "", params, module.caller.at(module.declaration.span), inputs);
  const signals = hotpatchSignals(inputs);
  if (signals === void 0) return void 0;
  const judge = "scan its what-if result instead (az deployment group what-if --no-pretty-print beside the template), or exempt the call";
  return unreadCallAsVm({ ...unreadCallOf(module), why, judge }, signals);
}
function unreadModuleAssignments(module, why, path) {
  if (!MAINTENANCE_MODULE.test(path)) return [];
  const params = paramsOf(module);
  const at = module.caller.at(module.declaration.span);
  const machines = [];
  const filters = [];
  if (params !== void 0) findMachines(params, at, machines);
  if (params !== void 0) {
    visitInputs(BICEP_INPUTS, params, at, (value, _, valueAt) => {
      if (filters.length >= MAX_MACHINES) return true;
      if (value.kind !== "object" || !isFilterShape([...value.properties.values()].map((property2) => property2.key))) return false;
      filters.push({ value, at: valueAt });
      return true;
    });
  }
  const call = unreadCallOf(module);
  const assignments = machines.map(({ handle, at: at2 }) => unreadCallAsAssignment({ ...call, symbol: `${call.symbol} > ${handle.symbol}`, why }, known(identityOf(handle), at2, "expression")));
  filters.forEach(({ value, at: at2 }, index2) => {
    const reader = new FieldReader(obj([{ key: "properties", at: at2, value: obj([{ key: "filter", at: at2, value }]) }]), at2);
    assignments.push(unreadCallAsDynamicScope({ ...call, symbol: `${call.symbol} > filter${index2 === 0 ? "" : `[${index2}]`}`, why }, mapDynamicScope(bicepSource(reader))));
  });
  return assignments;
}
function findMachines(value, at, into) {
  visitInputs(BICEP_INPUTS, value, at, (value2, _, valueAt) => {
    if (into.length >= MAX_MACHINES) return true;
    const handle = (value2.kind === "string" || value2.kind === "unresolved") && value2.resource !== void 0 ? value2.resource : void 0;
    if (handle === void 0 || !MACHINE_TYPES.has(handle.type.toLowerCase())) return false;
    if (!into.some((found) => found.handle.symbol === handle.symbol)) into.push({ handle, at: valueAt });
    return true;
  });
}
var MAX_MACHINES = 500;
function paramsOf(module) {
  const params = bodyProperty(module.declaration, "params");
  return params === void 0 ? void 0 : module.caller.evaluator.evaluate(params, module.expansion.locals);
}
function unreadCallOf(module) {
  const { caller, declaration } = module;
  const at = caller.at(declaration.span);
  const site = caller.site;
  const reportAt = site.calls[0] ?? at;
  const label = `${declaration.name}${indexLabel(module.expansion.index)}`;
  const modules = site.files.slice(1).join(" > ");
  const deployed = module.condition() ?? { value: true, origin: "provider-default", location: at };
  return {
    format: "bicep",
    displayName: `module ${label}`,
    symbol: `${site.symbolPrefix}${caller.file}#${label}`,
    at,
    unit: templateDeployment(site.files[0] ?? at.file, reportAt, modules === "" ? void 0 : `modules ${modules}`, site.parameterFile?.path),
    scope: azureScope(site.resourceGroup, reportAt),
    deployed,
    variant: site.variant + indexLabel(module.expansion.index)
  };
}
var BICEP_INPUTS = {
  scalar: (value) => value.kind === "string" || value.kind === "number" || value.kind === "boolean" ? value.value : void 0,
  children: (value, at) => {
    if (value.kind === "array") return value.items.map((item, index2) => [index2, item, at]);
    if (value.kind === "object") return [...value.properties.values()].map((property2) => [property2.key, property2.value, property2.at]);
    return void 0;
  }
};

// src/readers/bicep/known-modules/registry-reference.ts
var PUBLIC_ALIAS = /^br\/public:(?<path>[a-z0-9/._-]+):(?<version>[^:@\s]+)$/i;
var PUBLIC_REGISTRY = /^br:mcr\.microsoft\.com\/bicep\/(?<path>[a-z0-9/._-]+):(?<version>[^:@\s]+)$/i;
function publicModuleReference(reference) {
  const groups = (PUBLIC_ALIAS.exec(reference) ?? PUBLIC_REGISTRY.exec(reference))?.groups;
  if (groups?.path === void 0 || groups.version === void 0) return void 0;
  return { path: groups.path.toLowerCase(), version: groups.version };
}

// src/readers/bicep/known-modules/avm-compute-virtual-machine.ts
function modelAvmVirtualMachine(call) {
  const vm = virtualMachine2(call);
  const assignment2 = maintenanceAssignment(call);
  return assignment2 === void 0 ? [vm] : [vm, assignment2];
}
var API_VERSION = "2024-07-01";
var PATCH_MODES = ["automaticbyplatform", "automaticbyos", "manual"];
function virtualMachine2(call) {
  const at = call.at;
  const identity = identityOf(call.handle(VM_TYPE), VM_TYPE);
  const osType = call.required("osType");
  const image = call.passed("imageReference");
  const tags = call.passed("tags");
  const body = obj([
    call.param("location", (prov) => unknown("resourceGroup().location is only known at deployment", prov)),
    ...tags === void 0 ? [] : [tags],
    property("properties", at, [
      property("storageProfile", at, [
        ...image === void 0 ? [] : [image],
        // The OS the module's `osType` decides (which configuration block it writes), where the param is written.
        property("osDisk", at, [{ ...osType, key: "osType" }])
      ]),
      { key: "osProfile", value: osProfile(call, osType.value), at }
    ])
  ]);
  const reader = new FieldReader(body, at);
  const frame = call.frame(identity.name ?? unreadName(call));
  const vm = onFrame({ ...frame, identity }, mapVirtualMachine(bicepSource(reader), "virtual-machine", { apiVersion: known(API_VERSION, at) }));
  return { ...vm, deployedThrough: "avm-virtual-machine" };
}
function osProfile(call, osType) {
  const attached = atLeast(call.reference.version, "0.21.0") ? attachedDisk(call) : void 0;
  if (attached !== void 0) return attached;
  if (osType.kind === "string" && osType.value === "Linux") return obj([]);
  return obj([property("windowsConfiguration", call.at, [{ key: "patchSettings", value: patchSettings(call), at: call.at }])]);
}
function attachedDisk(call) {
  const osDisk = call.passed("osDisk")?.value;
  if (osDisk === void 0) return void 0;
  const diskId = memberOf(memberOf(osDisk, "managedDisk"), "resourceId");
  if (diskId === void 0 || diskId.kind === "null" || diskId.kind === "string" && diskId.value === "") return void 0;
  if (diskId.kind === "unresolved" || diskId.kind === "record") return unknown(`whether osDisk.managedDisk.resourceId attaches a disk (then ${call.interfaceName} writes no osProfile) is not known`);
  return nil();
}
function patchSettings(call) {
  const patchMode = call.param("patchMode", (prov) => str("", prov));
  const agent = call.param("provisionVMAgent", (prov) => bool(true, prov)).value;
  const mode = patchMode.value;
  if (mode.kind !== "string") return unknown(`patchMode passed to ${call.interfaceName} is not known`, mode.prov);
  if (!PATCH_MODES.includes(mode.value.toLowerCase())) return nil();
  if (agent.kind !== "boolean") return unknown(`provisionVMAgent passed to ${call.interfaceName} is not known`, agent.prov);
  if (!agent.value) return nil();
  const byPlatform = mode.value.toLowerCase() === "automaticbyplatform";
  const hotpatch = byPlatform ? call.param("enableHotpatching", (prov) => bool(false, prov)) : { ...patchMode, value: bool(false, { origin: "expression", detail: "patchMode", via: [] }) };
  const platform = byPlatform ? obj([
    call.param("bypassPlatformSafetyChecksOnUserSchedule", (prov) => bool(true, prov)),
    call.param("rebootSetting", (prov) => str("IfRequired", prov))
  ]) : nil();
  return obj([patchMode, { ...hotpatch, key: "enableHotpatching" }, { key: "automaticByPlatformSettings", value: platform, at: call.at }]);
}
function maintenanceAssignment(call) {
  const passed = call.passed("maintenanceConfigurationResourceId");
  if (passed === void 0 || passed.value.kind === "string" && passed.value.value === "" || passed.value.kind === "null") return void 0;
  const at = call.at;
  const vm = identityOf(call.handle(VM_TYPE), VM_TYPE);
  const reader = new FieldReader(obj([property("properties", at, [{ ...passed, key: "maintenanceConfigurationId" }])]), at);
  const configuration = resourceReference(reader, ["properties", "maintenanceConfigurationId"]) ?? { target: known(vm, at) };
  const symbol = `${vm.symbol ?? unreadName(call)}/assignment`;
  return {
    ...call.frame(`${vm.name ?? unreadName(call)}assignment`),
    kind: "maintenance-assignment",
    identity: { type: MAINTENANCE_ASSIGNMENT_TYPE, name: vm.name === void 0 ? void 0 : `${vm.name}assignment`, symbol },
    configuration,
    target: { target: known(vm, passed.at, "expression") }
  };
}
var property = (key, at, properties) => ({ key, value: obj(properties), at });
var memberOf = (value, key) => value === void 0 ? void 0 : value.kind === "object" ? value.properties.get(key.toLowerCase())?.value : value.kind === "null" ? void 0 : value;
var unreadName = (call) => `module ${call.module.declaration.name}`;

// src/readers/bicep/known-modules/avm-maintenance-configuration.ts
var modelAvmMaintenanceConfiguration = (call) => [maintenanceConfiguration2(call)];
function maintenanceConfiguration2(call) {
  const at = call.at;
  const identity = identityOf(call.handle(MAINTENANCE_CONFIGURATION_TYPE), MAINTENANCE_CONFIGURATION_TYPE);
  const scope = call.param("maintenanceScope", (prov) => str("Host", prov));
  const tags = call.passed("tags");
  const patches = call.param("installPatches", (prov) => obj([], prov));
  const installPatches = scope.value.kind === "string" ? scope.value.value === "InGuestPatch" ? patches : { ...patches, value: nil() } : { ...patches, value: unknown(`maintenanceScope passed to ${call.interfaceName} is not known`, scope.value.prov) };
  const properties = [
    scope,
    call.param("maintenanceWindow", (prov) => obj([], prov)),
    call.param("extensionProperties", (prov) => obj([], prov)),
    { ...installPatches, key: "installPatches" }
  ];
  const body = obj([
    call.param("location", (prov) => unknown("resourceGroup().location is only known at deployment", prov)),
    ...tags === void 0 ? [] : [tags],
    { key: "properties", value: obj(properties), at }
  ]);
  const frame = call.frame(identity.name ?? `module ${call.module.declaration.name}`);
  return onFrame({ ...frame, identity }, mapMaintenanceConfiguration(bicepSource(new FieldReader(body, at))));
}

// src/readers/bicep/known-modules/catalogue.ts
var CATALOGUE = [
  {
    // avm-compute-virtual-machine.ts
    path: "avm/res/compute/virtual-machine",
    versions: { from: "0.8.0", through: "0.22.2" },
    resourceType: VM_TYPE,
    deploys: "its VM and the maintenance configuration assignment maintenanceConfigurationResourceId makes"
  },
  {
    // avm-maintenance-configuration.ts
    path: "avm/res/maintenance/maintenance-configuration",
    versions: { from: "0.1.0", through: "0.4.0" },
    resourceType: MAINTENANCE_CONFIGURATION_TYPE,
    deploys: "its maintenance configuration"
  }
];
function knownInterfaceFor(reference) {
  const named = publicModuleReference(reference);
  const known2 = named === void 0 ? void 0 : CATALOGUE.find((entry) => entry.path === named.path);
  return known2 !== void 0 && named !== void 0 && inRange(named.version, known2.versions) ? { known: known2, named } : void 0;
}

// src/readers/bicep/known-modules/module-call.ts
var KnownModuleCall = class {
  constructor(module, reference) {
    this.module = module;
    this.reference = reference;
  }
  module;
  reference;
  evaluated;
  /** The module statement: where the module's defaults and the resources it deploys are located. */
  get at() {
    return this.module.caller.at(this.module.declaration.span);
  }
  /** `avm/res/compute/virtual-machine@0.20.0`, for reasons and notices. */
  get interfaceName() {
    return `${this.reference.path}@${this.reference.version}`;
  }
  /**
   * A param as the call passes it, located where its key is written; undefined when not passed. When the params
   * cannot say (built by an expression that is not known, a spread of unknown keys), an unresolved value at the call.
   */
  passed(name) {
    const params = this.params();
    if (params === void 0) return void 0;
    if (params.kind !== "object") return { key: name, value: unknown(reasonOf(params, "an object of module parameters"), params.prov), at: this.at };
    const property2 = params.properties.get(name.toLowerCase());
    if (property2 !== void 0) return property2;
    return params.incomplete === void 0 ? void 0 : { key: name, value: unknown(params.incomplete, params.prov), at: this.at };
  }
  /** A param as passed, else the module's default for it (origin `default`, named after the param, at the call). */
  param(name, moduleDefault) {
    return this.passed(name) ?? { key: name, value: moduleDefault({ origin: "default", detail: name, via: [] }), at: this.at };
  }
  /** A required param that is not passed: the module would not compile; unknown here. */
  required(name) {
    return this.passed(name) ?? { key: name, value: unknown(`${name} is required by ${this.interfaceName} and not passed`), at: this.at };
  }
  /** The resource the module deploys, as `<call>.outputs.resourceId` names it (module-instance.ts). */
  handle(type) {
    return this.module.deployedResource(type);
  }
  /** Where the resources it deploys are reported, as for an unread call, in the resource group its `scope` names. */
  frame(displayName) {
    const call = unreadCallOf(this.module);
    const site = this.module.caller.site;
    const reportAt = site.calls[0] ?? call.at;
    const related = site.files.slice(1).map((file, i) => ({ file, startLine: (site.calls[i + 1] ?? call.at).line, role: "module" }));
    return {
      format: call.format,
      ...call.unit === void 0 ? {} : { unit: call.unit },
      scope: azureScope(this.module.resourceGroup(), reportAt),
      displayName,
      reportAt,
      declaredAt: call.at,
      related,
      variant: call.variant ?? "",
      deployed: call.deployed
    };
  }
  /** Whether the call is deployed (its condition and its caller's). */
  deployed() {
    return unreadCallOf(this.module).deployed;
  }
  params() {
    if (this.evaluated !== void 0) return this.evaluated;
    const params = bodyProperty(this.module.declaration, "params");
    if (params === void 0) return void 0;
    this.evaluated = this.module.caller.evaluator.evaluate(params, this.module.expansion.locals);
    return this.evaluated;
  }
};

// src/readers/bicep/known-modules/index.ts
var MAPPINGS = /* @__PURE__ */ new Map([
  ["avm/res/compute/virtual-machine", modelAvmVirtualMachine],
  ["avm/res/maintenance/maintenance-configuration", modelAvmMaintenanceConfiguration]
]);
var isKnownModule = (reference) => knownInterfaceFor(reference) !== void 0;
function modelKnownModule(module, reference) {
  const found = knownInterfaceFor(reference);
  const mapping = found === void 0 ? void 0 : MAPPINGS.get(found.known.path);
  if (found === void 0 || mapping === void 0) return void 0;
  const call = new KnownModuleCall(module, found.named);
  const notice = `registry module ${reference} is not fetched: modelled from the published interface of ${call.interfaceName} (${found.known.deploys}, from the params passed and the module's defaults for the others)`;
  return { resources: mapping(call), notice };
}

// src/readers/bicep/collection-functions.ts
var sizeOf = (value) => value.kind === "string" ? value.value.length : value.kind === "array" ? value.items.length : void 0;
var pick = (choose) => strict((args, site) => {
  const value = args[0];
  if (value.kind === "array") {
    const item = value.items[choose(value.items.length)];
    return item === void 0 ? nil(value.prov) : { ...item, prov: derive(value.prov, item.prov) };
  }
  if (value.kind === "string") {
    const char = value.value[choose(value.value.length)];
    return str(char ?? "", computed(args));
  }
  return badArgument(site, args, 0, "an array or a string");
});
var slice = (part) => strict((args, site) => {
  const value = args[0];
  const n = numberArg(args, 1);
  const size = sizeOf(value);
  if (size === void 0) return badArgument(site, args, 0, "an array or a string");
  if (n === void 0) return badArgument(site, args, 1, "an integer");
  const [from, to] = part(size, Math.max(0, n));
  if (value.kind === "string") return str(value.value.slice(from, to), computed(args));
  return arr(value.items.slice(from, to), value.prov);
});
var findIndex = (last) => strict((args, site) => {
  const [container, item] = args;
  if (container.kind === "string" && item.kind === "string") {
    const [text, part] = [container.value.toLowerCase(), item.value.toLowerCase()];
    return num(last ? text.lastIndexOf(part) : text.indexOf(part), computed(args));
  }
  if (container.kind !== "array") return badArgument(site, args, 0, "an array or a string");
  const indexes = container.items.map((candidate, i) => valuesEqual(candidate, item) === true ? i : -1);
  const found = indexes.filter((i) => i >= 0);
  return num((last ? found[found.length - 1] : found[0]) ?? -1, computed(args));
});
function union(values, depth = 0) {
  if (depth > MAX_VALUE_DEPTH) return unknown(`value nested deeper than ${MAX_VALUE_DEPTH} levels`, computed(values));
  const missing = firstUnresolved(values);
  const known2 = missing === void 0 ? values : values.filter((value) => value.kind !== "unresolved" && value.kind !== "record");
  if (missing !== void 0 && (known2.length === 0 || !known2.every((value) => value.kind === "object"))) return missing;
  if (known2.every((value) => value.kind === "array")) {
    const items = [];
    for (const value of values) {
      for (const item of value.items) if (!items.some((seen) => valuesEqual(seen, item) === true)) items.push(item);
    }
    return arr(items, computed(values));
  }
  if (!known2.every((value) => value.kind === "object")) {
    return unknown("union() needs all objects or all arrays", computed(values));
  }
  const merged = /* @__PURE__ */ new Map();
  let incomplete;
  let unknownPart;
  for (const value of values) {
    const unknownHere = value.kind === "object" ? value.incomplete === void 0 ? void 0 : unknown(value.incomplete, value.prov) : firstUnresolved([value]);
    if (unknownHere?.kind === "unresolved") {
      incomplete ??= unknownHere.reason;
      unknownPart = unknownHere;
      merged.clear();
    }
    if (value.kind !== "object") continue;
    for (const property2 of propertiesOf(value)) {
      const key = property2.key.toLowerCase();
      const earlier = merged.get(key)?.value ?? unknownPart;
      const deep = property2.value.kind === "object" && (earlier?.kind === "object" || earlier?.kind === "unresolved" || earlier?.kind === "record");
      merged.set(key, deep && earlier !== void 0 ? { ...property2, value: union([earlier, property2.value], depth + 1) } : property2);
    }
  }
  return obj(merged.values(), computed(values), incomplete);
}
var collectionFunctions = {
  first: pick(() => 0),
  last: pick((count) => count - 1),
  take: slice((count, n) => [0, Math.min(n, count)]),
  skip: slice((count, n) => [Math.min(n, count), count]),
  indexof: findIndex(false),
  lastindexof: findIndex(true),
  any: (args) => args[0] ?? nil(),
  concat: strict((args, site) => {
    if (args.length > 0 && args.every((arg) => arg.kind === "array")) {
      const items = args.flatMap((arg) => arg.items);
      const prov = computed(args);
      return items.length > MAX_ARRAY_LENGTH ? unknown("concat() result too long", prov) : arr(items, prov);
    }
    let text = "";
    for (const [position, arg] of args.entries()) {
      const piece = arg.kind === "array" || arg.kind === "object" ? void 0 : toText(arg);
      if (piece === void 0 || "missing" in piece) return badArgument(site, args, position, "a string");
      text += piece.text;
      if (!fitsString(text.length)) return unknown("concat() result too long", computed(args));
    }
    return str(text, computed(args));
  }),
  contains: strict((args, site) => {
    const [container, item] = args;
    if (container.kind === "string" && item.kind !== "array" && item.kind !== "object") {
      const text = toText(item);
      return "missing" in text ? text.missing : bool(container.value.includes(text.text), computed(args));
    }
    if (container.kind === "array") {
      const matches = container.items.map((candidate) => valuesEqual(candidate, item));
      const prov = computed(args);
      if (matches.includes(true)) return bool(true, prov);
      return matches.includes(void 0) ? unknown("contains() compared unresolved items", prov) : bool(false, prov);
    }
    if (container.kind === "object" && item.kind === "string") {
      const prov = computed(args);
      if (container.properties.has(item.value.toLowerCase())) return bool(true, prov);
      return container.incomplete !== void 0 ? unknown(container.incomplete, prov) : bool(false, prov);
    }
    return badArgument(site, args, 0, "a string, an array or an object");
  }),
  empty: strict((args) => {
    const value = args[0];
    if (value.kind === "object" && value.incomplete !== void 0 && value.properties.size === 0) {
      return unknown(value.incomplete, computed(args));
    }
    const size = value.kind === "object" ? value.properties.size : sizeOf(value);
    return bool(value.kind === "null" || size === 0, computed(args));
  }),
  length: strict((args, site) => {
    const value = args[0];
    const prov = computed(args);
    if (value.kind === "object") {
      return value.incomplete !== void 0 ? unknown(value.incomplete, prov) : num(value.properties.size, prov);
    }
    const size = sizeOf(value);
    return size === void 0 ? badArgument(site, args, 0, "an array, a string or an object") : num(size, prov);
  }),
  // Not strict: an argument that is not known beside known objects leaves the keys written after it known.
  union: (args) => union(args),
  coalesce: (args) => {
    for (const arg of args) {
      if (arg.kind === "null") continue;
      return firstUnresolved([arg]) ?? arg;
    }
    return nil(computed(args));
  },
  array: strict((args) => {
    const value = args[0];
    return value.kind === "array" ? value : arr([value], computed(args));
  }),
  items: strict((args, site) => {
    const value = args[0];
    if (value.kind !== "object") return badArgument(site, args, 0, "an object");
    if (value.incomplete !== void 0) return unknown(value.incomplete, computed(args));
    const entries = propertiesOf(value).sort((a, b) => a.key.toLowerCase().localeCompare(b.key.toLowerCase()));
    const prov = computed(args);
    const pairs = entries.map(
      (entry) => obj(
        [
          { key: "key", value: str(entry.key, prov), at: entry.at },
          { key: "value", value: entry.value, at: entry.at }
        ],
        prov
      )
    );
    return arr(pairs, prov);
  }),
  objectkeys: strict((args, site) => {
    const value = args[0];
    if (value.kind !== "object") return badArgument(site, args, 0, "an object");
    if (value.incomplete !== void 0) return unknown(value.incomplete, computed(args));
    return arr([...value.properties.values()].map((entry) => str(entry.key, computed(args))), computed(args));
  }),
  flatten: strict((args, site) => {
    const items = itemsArg(args, 0);
    if (items === void 0 || !items.every((item) => item.kind === "array")) {
      return badArgument(site, args, 0, "an array of arrays");
    }
    return arr(items.flatMap((item) => item.items), computed(args));
  }),
  join: strict((args, site) => {
    const items = itemsArg(args, 0);
    const delimiter = stringArg(args, 1);
    if (items === void 0 || !items.every((item) => item.kind === "string")) {
      return badArgument(site, args, 0, "an array of strings");
    }
    if (delimiter === void 0) return badArgument(site, args, 1, "a string");
    const text = items.map((item) => item.value).join(delimiter);
    return fitsString(text.length) ? str(text, computed(args)) : unknown("join() result too long", computed(args));
  }),
  min: strict((args, site) => extreme(args, site, Math.min)),
  max: strict((args, site) => extreme(args, site, Math.max)),
  range: strict((args, site) => {
    const [start, count] = [numberArg(args, 0), numberArg(args, 1)];
    if (start === void 0) return badArgument(site, args, 0, "an integer");
    if (count === void 0 || count < 0) return badArgument(site, args, 1, "a non-negative integer");
    const prov = computed(args);
    if (count > MAX_ARRAY_LENGTH) return unknown(`range() of ${count} items is more than the 10,000 read`, prov);
    return arr(Array.from({ length: count }, (_, i) => num(start + i, prov)), prov);
  }),
  shallowmerge: strict((args, site) => {
    const items = itemsArg(args, 0);
    if (items === void 0 || !items.every((item) => item.kind === "object")) {
      return badArgument(site, args, 0, "an array of objects");
    }
    return obj(items.flatMap(propertiesOf), computed(args));
  })
};
function extreme(args, site, choose) {
  const values = args.length === 1 && args[0]?.kind === "array" ? args[0].items : args;
  if (values.length === 0 || !values.every((value) => value.kind === "number")) {
    return badArgument(site, args, 0, "integers");
  }
  return num(choose(...values.map((value) => value.value)), computed(args));
}

// src/readers/bicep/lambda-functions.ts
function mapItems(args, site, position) {
  const items = itemsArg(args, 0);
  const lambda = lambdaArg(args, position);
  if (items === void 0) return badArgument(site, args, 0, "an array");
  if (lambda === void 0) return badArgument(site, args, position, "a lambda");
  return items.map((item, index2) => lambda.invoke([item, num(index2)]));
}
var lambdaFunctions = {
  filter: strict((args, site) => {
    const results = mapItems(args, site, 1);
    if (!Array.isArray(results)) return results;
    const missing = firstUnresolved(results);
    if (missing !== void 0) return missing;
    const items = args[0].items;
    return arr(items.filter((_, i) => results[i]?.kind === "boolean" && results[i].value), computed(args));
  }),
  map: strict((args, site) => {
    const results = mapItems(args, site, 1);
    return Array.isArray(results) ? firstUnresolved(results) ?? arr(results, computed(args)) : results;
  }),
  reduce: strict((args, site) => {
    const items = itemsArg(args, 0);
    const lambda = lambdaArg(args, 2);
    if (items === void 0) return badArgument(site, args, 0, "an array");
    if (lambda === void 0) return badArgument(site, args, 2, "a lambda");
    let accumulator = args[1];
    for (const [index2, item] of items.entries()) {
      accumulator = lambda.invoke([accumulator, item, num(index2)]);
      if (accumulator.kind === "unresolved") return accumulator;
    }
    return accumulator;
  }),
  toobject: strict((args, site) => {
    const keys = mapItems(args, site, 1);
    if (!Array.isArray(keys)) return keys;
    const values = args.length > 2 ? mapItems(args, site, 2) : [...itemsArg(args, 0) ?? []];
    if (!Array.isArray(values)) return values;
    const missing = firstUnresolved([...keys, ...values]);
    if (missing !== void 0) return missing;
    if (!keys.every((key) => key.kind === "string")) return unknown("toObject() keys must be strings", computed(args));
    const at = site.at;
    const properties = keys.map((key, i) => ({ key: key.value, value: values[i], at }));
    return obj(properties, computed(args));
  }),
  mapvalues: strict((args, site) => {
    const object = args[0];
    const lambda = lambdaArg(args, 1);
    if (object?.kind !== "object") return badArgument(site, args, 0, "an object");
    if (lambda === void 0) return badArgument(site, args, 1, "a lambda");
    const mapped = propertiesOf(object).map((property2) => ({ ...property2, value: lambda.invoke([property2.value]) }));
    return firstUnresolved(mapped.map((property2) => property2.value)) ?? obj(mapped, computed(args), object.incomplete);
  })
};

// src/readers/bicep/load-functions.ts
var MAX_JSON_CHARACTERS = 1048576;
var MAX_TEXT_CHARACTERS = 131072;
var UTF8 = /^utf-?8$/i;
var loadFunctions = {
  loadjsoncontent: strict((args, site) => {
    const loaded = loadedText(args, site, MAX_JSON_CHARACTERS, 2);
    if (loaded.kind !== "loaded") return loaded;
    const { text } = loaded;
    if (findExcessiveNesting(text, MAX_JSON_DEPTH) >= 0) return unknown(`the file ${site.name}() loads is nested too deeply to read`, computed(args));
    let data;
    try {
      data = JSON.parse(text);
    } catch {
      return unknown(`the file ${site.name}() loads is not valid JSON`, computed(args));
    }
    return selected(data, args, site, loaded.prov);
  }),
  loadyamlcontent: strict((args, site) => {
    const loaded = loadedText(args, site, MAX_JSON_CHARACTERS, 2);
    if (loaded.kind !== "loaded") return loaded;
    let data;
    try {
      data = load(loaded.text, { maxAliases: 0 });
    } catch {
      return unknown(`the file ${site.name}() loads is not YAML the gate reads (one document, no aliases)`, computed(args));
    }
    return selected(data, args, site, loaded.prov);
  }),
  loadtextcontent: strict((args, site) => {
    const loaded = loadedText(args, site, MAX_TEXT_CHARACTERS, 1);
    return loaded.kind === "loaded" ? str(loaded.text, loaded.prov) : loaded;
  })
};
function selected(data, args, site, prov) {
  const path = args[1] === void 0 ? void 0 : stringArg(args, 1);
  if (args[1] !== void 0 && path === void 0) return badArgument(site, args, 1, "a JSONPath string");
  const value = path === void 0 ? data : select(data, path);
  if (value === NOT_FOUND) return unknown(`${site.name}() JSONPath '${path}' is not evaluated or selects nothing`, computed(args));
  return fromJson(value, prov, site.at);
}
function loadedText(args, site, limit, encodingAt) {
  const reference = stringArg(args, 0);
  if (reference === void 0) return badArgument(site, args, 0, "a file path string");
  const encoding = args[encodingAt];
  if (encoding !== void 0 && !(encoding.kind === "string" && UTF8.test(encoding.value))) {
    return unknown(`${site.name}() with an encoding other than UTF-8 is not evaluated`, computed(args));
  }
  const loaded = site.loadFile(reference);
  if (!loaded.ok) return unknown(`${site.name}() cannot read the file: ${loaded.reason}`, computed(args));
  if (loaded.text.length > limit) {
    return unknown(`${loaded.path} is longer than the ${limit.toLocaleString("en-US")} characters ${site.name}() loads`, computed(args));
  }
  const base = computed(args);
  return { kind: "loaded", text: loaded.text, prov: { ...base, via: mergeVia(base.via, [{ file: loaded.path, line: 1, column: 1 }]) } };
}
var NOT_FOUND = /* @__PURE__ */ Symbol("not found");
var SEGMENT = /^(?:\.([A-Za-z_$][\w$-]*)|\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\])/;
function select(data, path) {
  if (!path.startsWith("$")) return NOT_FOUND;
  let value = data;
  for (let rest = path.slice(1); rest !== ""; ) {
    const match = SEGMENT.exec(rest);
    if (match === null || value === null || typeof value !== "object") return NOT_FOUND;
    const key = match[1] ?? match[2]?.replace(/\\(.)/g, "$1") ?? Number(match[3]);
    if (Array.isArray(value) !== (typeof key === "number") || !Object.hasOwn(value, key)) return NOT_FOUND;
    value = value[key];
    rest = rest.slice(match[0].length);
  }
  return value;
}

// src/readers/bicep/string-functions.ts
var TOO_LONG = "the result would be longer than the 1,000,000 characters read";
var mapString = (transform) => strict((args, site) => {
  const text = stringArg(args, 0);
  return text === void 0 ? badArgument(site, args, 0, "a string") : str(transform(text), computed(args));
});
var compareEnds = (test) => strict((args, site) => {
  const text = stringArg(args, 0);
  const part = stringArg(args, 1);
  if (text === void 0) return badArgument(site, args, 0, "a string");
  if (part === void 0) return badArgument(site, args, 1, "a string");
  return bool(test(text.toLowerCase(), part.toLowerCase()), computed(args));
});
function formatText(template, values) {
  let failed = false;
  const text = template.replace(/\{\{|\}\}|\{(\d+)(?:[,:][^}]*)?\}/g, (match, index2) => {
    if (match === "{{") return "{";
    if (match === "}}") return "}";
    const value = values[Number(index2)];
    if (value === void 0) failed = true;
    return value ?? "";
  });
  return failed ? void 0 : text;
}
var stringFunctions = {
  tolower: mapString((text) => text.toLowerCase()),
  toupper: mapString((text) => text.toUpperCase()),
  trim: mapString((text) => text.trim()),
  base64: mapString((text) => Buffer.from(text, "utf8").toString("base64")),
  base64tostring: mapString((text) => Buffer.from(text, "base64").toString("utf8")),
  uricomponent: mapString((text) => encodeURIComponent(text)),
  uricomponenttostring: mapString((text) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  }),
  startswith: compareEnds((text, part) => text.startsWith(part)),
  endswith: compareEnds((text, part) => text.endsWith(part)),
  format: strict((args, site) => {
    const template = stringArg(args, 0);
    if (template === void 0) return badArgument(site, args, 0, "a format string");
    const texts = [];
    for (const arg of args.slice(1)) {
      const text = toText(arg);
      if ("missing" in text) return text.missing;
      texts.push(text.text);
    }
    const result = formatText(template, texts);
    if (result === void 0) {
      return unknown(`format() string '${template}' refers to a missing argument`, computed(args));
    }
    return fitsString(result.length) ? str(result, computed(args)) : unknown(TOO_LONG, computed(args));
  }),
  replace: strict((args, site) => {
    const [text, old, replacement] = [stringArg(args, 0), stringArg(args, 1), stringArg(args, 2)];
    if (text === void 0) return badArgument(site, args, 0, "a string");
    if (old === void 0 || old === "") return badArgument(site, args, 1, "a non-empty string");
    if (replacement === void 0) return badArgument(site, args, 2, "a string");
    const result = text.split(old).join(replacement);
    return fitsString(result.length) ? str(result, computed(args)) : unknown(TOO_LONG, computed(args));
  }),
  split: strict((args, site) => {
    const text = stringArg(args, 0);
    if (text === void 0) return badArgument(site, args, 0, "a string");
    const separator = args[1];
    const delimiters = separator?.kind === "string" ? [separator.value] : separator?.kind === "array" && separator.items.every((item) => item.kind === "string") ? separator.items.map((item) => item.value) : void 0;
    if (delimiters === void 0 || delimiters.includes("")) {
      return badArgument(site, args, 1, "a delimiter string or array");
    }
    let parts = [text];
    for (const delimiter of delimiters) parts = parts.flatMap((part) => part.split(delimiter));
    if (parts.length > MAX_ARRAY_LENGTH) return unknown("split() would give more than 10,000 items", computed(args));
    const prov = computed(args);
    return arr(parts.map((part) => str(part, prov)), prov);
  }),
  substring: strict((args, site) => {
    const text = stringArg(args, 0);
    const start = numberArg(args, 1) ?? (args.length > 1 ? void 0 : 0);
    if (text === void 0) return badArgument(site, args, 0, "a string");
    if (start === void 0 || start < 0 || start > text.length) {
      return badArgument(site, args, 1, "a start index inside the string");
    }
    const length = args.length > 2 ? numberArg(args, 2) : text.length - start;
    if (length === void 0 || length < 0 || start + length > text.length) {
      return badArgument(site, args, 2, "a length inside the string");
    }
    return str(text.substring(start, start + length), computed(args));
  }),
  padleft: strict((args, site) => {
    const text = args[0]?.kind === "number" ? String(args[0].value) : stringArg(args, 0);
    const width = numberArg(args, 1);
    const pad = args.length > 2 ? stringArg(args, 2) : " ";
    if (text === void 0) return badArgument(site, args, 0, "a string or an integer");
    if (width === void 0 || !fitsString(width)) return badArgument(site, args, 1, "a length up to 1,000,000");
    if (pad === void 0 || pad.length !== 1) return badArgument(site, args, 2, "one character");
    return str(text.padStart(width, pad), computed(args));
  }),
  string: strict((args) => {
    const value = args[0];
    if (value.kind === "string") return value;
    const text = toText(value);
    return "missing" in text ? text.missing : str(text.text, computed(args));
  }),
  int: strict((args, site) => {
    const value = args[0];
    if (value?.kind === "number") return value;
    const digits = value?.kind === "string" && /^\s*[-+]?\d+\s*$/.test(value.value) ? value.value : void 0;
    if (digits === void 0) return badArgument(site, args, 0, "an integer or a string of digits");
    return num(parseInt(digits, 10), computed(args));
  }),
  bool: strict((args, site) => {
    const value = args[0];
    if (value?.kind === "boolean") return value;
    if (value?.kind === "number") return bool(value.value !== 0, computed(args));
    const text = value?.kind === "string" ? value.value.toLowerCase() : void 0;
    if (text === "true" || text === "false") return bool(text === "true", computed(args));
    return badArgument(site, args, 0, "'true', 'false', a boolean or an integer");
  }),
  json: strict((args, site) => {
    const text = stringArg(args, 0);
    if (text === void 0) return badArgument(site, args, 0, "a JSON string");
    try {
      return fromJson(JSON.parse(text), computed(args), site.at);
    } catch {
      return unknown("json() argument is not valid JSON", computed(args));
    }
  })
};

// src/readers/bicep/functions.ts
var BUILTINS = new Map(
  Object.entries({ ...stringFunctions, ...collectionFunctions, ...lambdaFunctions, ...deploymentFunctions, ...loadFunctions })
);
function callBuiltin(args, site) {
  const key = site.name.toLowerCase();
  const builtin2 = BUILTINS.get(key);
  if (builtin2 !== void 0) return builtin2(args, site);
  if (key.startsWith("list")) return unknown(`${site.name}() is only known at deployment`, computed(args));
  if (key.startsWith("load")) return unknown(`${site.name}() is not evaluated (of the functions that load files, only loadJsonContent, loadYamlContent and loadTextContent are)`, computed(args));
  return unknown(`function ${site.name}() is not evaluated`, computed(args));
}

// src/readers/bicep/evaluation-scope.ts
var MAX_EVALUATION_DEPTH = 400;
var MAX_LOOP_ITEMS = 1e4;

// src/readers/bicep/value-operators.ts
function unary(operator, operand) {
  if (operator === "!" && operand.kind === "boolean") return bool(!operand.value, computed([operand]));
  if (operator === "-" && operand.kind === "number") return num(-operand.value, computed([operand]));
  return firstUnresolved([operand]) ?? unknown(`'${operator}' cannot apply to ${describeKind(operand)}`, operand.prov);
}
function member(target, name, safe) {
  switch (target.kind) {
    case "object": {
      const property2 = target.properties.get(name.toLowerCase());
      if (property2 !== void 0) return withProvenance(property2.value, target.prov);
      if (target.incomplete !== void 0) return unknown(target.incomplete, target.prov);
      return safe ? nil(target.prov) : unknown(`property '${name}' is not set`, target.prov);
    }
    case "null":
      return safe ? target : unknown(`cannot read '${name}' of null`, target.prov);
    case "record":
      return withProvenance(target.member(name), target.prov);
    case "unresolved":
      return unknown(target.reason, target.prov);
    default:
      return unknown(`cannot read '${name}' of ${describeKind(target)}`, target.prov);
  }
}
function index(target, index2, safe, fromEnd = false, paired = false) {
  const instances = target.kind === "unresolved" ? target.instances : void 0;
  if (paired && !fromEnd && instances !== void 0 && index2.kind === "unresolved" && instances.loop === index2.indexOf) return instances.instance;
  if (!fromEnd && index2.kind === "string" && (target.kind === "object" || target.kind === "record" || target.kind === "null")) {
    return member(target, index2.value, safe);
  }
  if (target.kind === "array" && index2.kind === "number") {
    const position = fromEnd ? target.items.length - index2.value : index2.value;
    const item = fromEnd && index2.value < 1 ? void 0 : target.items[position];
    if (item !== void 0) return withProvenance(item, target.prov);
    if (safe) return nil(target.prov);
    return unknown(`index ${fromEnd ? "^" : ""}${index2.value} is outside the array of ${target.items.length}`, target.prov);
  }
  if (target.kind === "null" && safe) return target;
  const reason = `cannot index ${describeKind(target)} with ${describeKind(index2)}`;
  return firstUnresolved([target, index2]) ?? unknown(reason, target.prov);
}
function whyUnknown(value, fallback) {
  if (value?.kind === "unresolved") return value.reason;
  return value?.kind === "record" ? `${value.label} is only known at deployment` : fallback;
}
function arithmetic(operator, left, right, prov) {
  if (left.kind === "number" && right.kind === "number") {
    const [a, b] = [left.value, right.value];
    switch (operator) {
      case "+":
        return num(a + b, prov);
      case "-":
        return num(a - b, prov);
      case "*":
        return num(a * b, prov);
      case "/":
      case "%":
        if (b === 0) return unknown("division by zero", prov);
        return num(operator === "/" ? Math.trunc(a / b) : a % b, prov);
      case "<":
        return bool(a < b, prov);
      case "<=":
        return bool(a <= b, prov);
      case ">":
        return bool(a > b, prov);
      case ">=":
        return bool(a >= b, prov);
    }
  }
  if (left.kind === "string" && right.kind === "string" && ["<", "<=", ">", ">="].includes(operator)) {
    const order = left.value < right.value ? -1 : left.value > right.value ? 1 : 0;
    const holds = { "<": order < 0, "<=": order <= 0, ">": order > 0, ">=": order >= 0 }[operator];
    return bool(holds, prov);
  }
  return unknown(`'${operator}' cannot apply to ${describeKind(left)} and ${describeKind(right)}`, prov);
}

// src/readers/bicep/evaluator.ts
var NAMESPACES = /* @__PURE__ */ new Set(["sys", "az"]);
function builtin(args, site) {
  const value = callBuiltin(args, site);
  return site.name.toLowerCase() === "utcnow" ? value : notDeploymentTime(value);
}
var Evaluator = class {
  constructor(scope) {
    this.scope = scope;
    this.file = scope.file;
    this.budget = scope.budget;
    this.loadFile = scope.loadFile.bind(scope);
  }
  scope;
  /** The scope's file and budget, read once: asked on every step (getters, called until V8 optimizes). */
  file;
  budget;
  /** One function for every call site, bound: an arrow function made here kept every deployment's parse alive past young collections. */
  loadFile;
  at(span) {
    return { file: this.file, line: span.line, column: span.column };
  }
  evaluate(expression, locals = void 0) {
    const budget = this.budget;
    if (--budget.steps < 0) return unknown("the evaluation budget is exhausted (template too large or looping)");
    if (budget.depth >= MAX_EVALUATION_DEPTH) {
      return unknown(`evaluation nested deeper than ${MAX_EVALUATION_DEPTH} levels`);
    }
    budget.depth++;
    try {
      return this.evaluateNode(expression, locals);
    } finally {
      budget.depth--;
    }
  }
  evaluateNode(node, locals) {
    switch (node.kind) {
      case "string":
        return str(node.value);
      case "number":
        return num(node.value);
      case "boolean":
        return bool(node.value);
      case "null":
        return nil();
      case "interpolation":
        return this.interpolate(node, locals);
      case "identifier":
        return lookupLocal(locals, node.name) ?? this.scope.symbol(node.name) ?? unknown(`'${node.name}' is not declared`);
      case "object":
        return this.object(node, locals);
      case "array":
        return this.array(node.items, locals);
      case "for":
        return this.loop(node, locals);
      // Values computed from utcNow() are not utcNow() itself (src/model/deployment-time.ts).
      case "unary":
        return notDeploymentTime(unary(node.operator, this.evaluate(node.operand, locals)));
      case "binary":
        return this.binary(node, locals);
      case "ternary":
        return this.ternary(node, locals);
      case "member": {
        const target = this.evaluate(node.object, locals);
        const value = member(target, node.property, node.safe);
        return isUtcNow(target) ? notDeploymentTime(value) : value;
      }
      case "index": {
        const [target, key] = [this.evaluate(node.object, locals), this.evaluate(node.index, locals)];
        const paired = node.object.kind === "identifier" && node.index.kind === "identifier";
        const value = index(target, key, node.safe, node.fromEnd, paired);
        return isUtcNow(target) || isUtcNow(key) ? notDeploymentTime(value) : value;
      }
      case "nonNull": {
        const value = this.evaluate(node.expression, locals);
        return value.kind === "null" ? unknown("a value asserted non-null (!) is null", value.prov) : value;
      }
      case "resourceAccess": {
        const parent = this.evaluate(node.object, locals);
        if (parent.kind === "record" && parent.child !== void 0) return parent.child(node.name);
        return notDeploymentTime(firstUnresolved([parent]) ?? unknown(`'::${node.name}' needs a resource, found ${describeKind(parent)}`));
      }
      case "call":
        return this.call(node, locals);
      case "lambda": {
        const bindArgs = (args) => node.parameters.reduce((scope, name, i) => bind(scope, name, args[i] ?? nil()), locals);
        const invoke = (args) => this.evaluate(node.body, bindArgs(args));
        return { kind: "lambda", parameters: node.parameters, body: node.body, prov: LITERAL, invoke };
      }
    }
  }
  interpolate(node, locals) {
    const values = node.expressions.map((expression) => this.evaluate(expression, locals));
    const only = values[0];
    if (values.length === 1 && node.segments.every((segment) => segment === "") && (only?.kind === "string" || isUtcNow(only))) {
      return only;
    }
    let text = node.segments[0];
    for (let i = 0; i < values.length; i++) {
      const piece = toText(values[i]);
      if ("missing" in piece) return notDeploymentTime(unknown(piece.missing.reason, computed(values)));
      text += piece.text + node.segments[i + 1];
    }
    return str(text, computed(values));
  }
  object(node, locals) {
    const properties = /* @__PURE__ */ new Map();
    let incomplete;
    for (let m = 0; m < node.members.length; m++) {
      const member2 = node.members[m];
      if (member2.kind === "resource") continue;
      if (member2.kind === "spread") {
        const spread = this.evaluate(member2.expression, locals);
        if (spread.kind === "object" ? spread.incomplete !== void 0 : spread.kind !== "null") properties.clear();
        if (spread.kind === "object") {
          for (const property2 of propertiesOf(spread)) properties.set(property2.key.toLowerCase(), property2);
          incomplete ??= spread.incomplete;
        } else if (spread.kind !== "null") {
          incomplete ??= whyUnknown(spread, "a spread value is not an object");
        }
        continue;
      }
      let key;
      if (member2.key.kind === "string") key = member2.key.value;
      else {
        const computedKey = this.interpolate(member2.key, locals);
        if (computedKey.kind !== "string") {
          incomplete ??= whyUnknown(computedKey, "a property name is not a string");
          continue;
        }
        key = computedKey.value;
      }
      properties.set(key.toLowerCase(), { key, value: this.evaluate(member2.value, locals), at: this.at(member2.key.span) });
    }
    return objectOf(properties, LITERAL, incomplete);
  }
  array(items, locals) {
    const values = [];
    for (const item of items) {
      if (item.kind !== "spread") {
        values.push(this.evaluate(item, locals));
        continue;
      }
      const spread = this.evaluate(item.expression, locals);
      if (spread.kind !== "array") {
        const reason = `a spread in an array needs an array, found ${describeKind(spread)}`;
        return notDeploymentTime(firstUnresolved([spread]) ?? unknown(reason));
      }
      values.push(...spread.items);
    }
    return arr(values);
  }
  loop(node, locals) {
    const source = this.evaluate(node.iterable, locals);
    if (source.kind !== "array") {
      return notDeploymentTime(firstUnresolved([source]) ?? unknown(`a loop needs an array, found ${describeKind(source)}`));
    }
    if (source.items.length > MAX_LOOP_ITEMS) {
      return unknown(`a loop over ${source.items.length} items is more than the ${MAX_LOOP_ITEMS} read`);
    }
    const results = [];
    for (let i = 0; i < source.items.length; i++) {
      const item = source.items[i];
      let scope = bind(locals, node.item, withProvenance(item, source.prov));
      if (node.index !== void 0) scope = bind(scope, node.index, num(i));
      let body = node.body;
      if (body.kind === "if") {
        const condition = this.evaluate(body.condition, scope);
        if (condition.kind !== "boolean") {
          return notDeploymentTime(firstUnresolved([condition]) ?? unknown("a loop filter is not a boolean"));
        }
        if (!condition.value) continue;
        body = body.body;
      }
      results.push(this.evaluate(body, scope));
    }
    return arr(results, computed([source]));
  }
  binary(node, locals) {
    const left = this.evaluate(node.left, locals);
    const operator = node.operator;
    if (operator === "&&" || operator === "||") {
      const decisive = operator === "||";
      if (left.kind === "boolean" && left.value === decisive) return bool(decisive, computed([left]));
      const right2 = this.evaluate(node.right, locals);
      if (right2.kind === "boolean" && right2.value === decisive) return bool(decisive, computed([right2]));
      if (left.kind === "boolean" && right2.kind === "boolean") return bool(!decisive, computed([left, right2]));
      return notDeploymentTime(firstUnresolved([left, right2]) ?? unknown(`'${operator}' needs booleans`, computed([left, right2])));
    }
    if (operator === "??") {
      if (left.kind !== "null") return left;
      return withProvenance(this.evaluate(node.right, locals), { origin: "expression", via: left.prov.via });
    }
    const right = this.evaluate(node.right, locals);
    const prov = computed([left, right]);
    const missing = firstUnresolved([left, right]);
    if (operator === "==" || operator === "!=") {
      const equal = valuesEqual(left, right);
      if (equal === void 0) return notDeploymentTime(unknown(whyUnknown(missing, "values cannot be compared"), prov));
      return bool(equal === (operator === "=="), prov);
    }
    if (missing !== void 0) return notDeploymentTime(unknown(whyUnknown(missing, ""), prov));
    if (operator === "=~" || operator === "!~") {
      if (left.kind !== "string" || right.kind !== "string") return unknown(`'${operator}' compares strings`, prov);
      return bool(left.value.toLowerCase() === right.value.toLowerCase() === (operator === "=~"), prov);
    }
    return arithmetic(operator, left, right, prov);
  }
  ternary(node, locals) {
    const condition = this.evaluate(node.condition, locals);
    const via = { origin: "expression", via: condition.prov.via };
    if (condition.kind === "boolean") {
      return withProvenance(this.evaluate(condition.value ? node.whenTrue : node.whenFalse, locals), via);
    }
    const whenTrue = this.evaluate(node.whenTrue, locals);
    const whenFalse = this.evaluate(node.whenFalse, locals);
    if (valuesEqual(whenTrue, whenFalse) === true) return withProvenance(whenTrue, via);
    return notDeploymentTime(unknown(whyUnknown(firstUnresolved([condition]), "the condition is not a boolean"), computed([condition])));
  }
  call(node, locals) {
    const args = node.args.map((arg) => this.evaluate(arg, locals));
    const site = { name: node.name, at: this.at(node.span), resourceGroup: this.scope.resourceGroup, loadFile: this.loadFile };
    const namespace = node.namespace;
    if (namespace === void 0) return this.scope.callFunction(node.name, args) ?? builtin(args, site);
    const system = namespace.kind === "identifier" && NAMESPACES.has(namespace.name) ? namespace.name : void 0;
    if (system !== void 0 && lookupLocal(locals, system) === void 0 && this.scope.symbol(system) === void 0) {
      return builtin(args, site);
    }
    const target = this.evaluate(namespace, locals);
    if (target.kind === "record") {
      const result = target.call?.(node.name, args);
      return result ?? unknown(`${target.label}.${node.name}() is only known at deployment`, target.prov);
    }
    return notDeploymentTime(firstUnresolved([target]) ?? unknown(`${describeKind(target)} has no function ${node.name}()`, target.prov));
  }
};

// src/readers/bicep/module-instance.ts
var MAX_MODULE_DEPTH = 32;
var ModuleInstance = class {
  constructor(declaration, caller, expansion) {
    this.declaration = declaration;
    this.caller = caller;
    this.expansion = expansion;
    this.target = caller.session.loader.resolve(caller.file, declaration.path);
  }
  declaration;
  caller;
  expansion;
  target;
  loaded;
  parameters = /* @__PURE__ */ new Map();
  allParameters;
  /** The `params` object's plainly named properties, looked up once per call rather than once per parameter. */
  written;
  /** The `params` expression of the call, null when there is none (undefined: not looked up yet). */
  params;
  get label() {
    return `${this.declaration.name}${indexLabel(this.expansion.index)}`;
  }
  /** The module's template, or why it cannot be read (a registry module, a cycle, a missing file). */
  template() {
    this.loaded ??= this.load();
    return this.loaded;
  }
  /** The module call's own condition combined with its caller's; undefined when neither has one. */
  condition() {
    const own = this.expansion.condition;
    const caller = this.caller.site.condition;
    const empty = this.expansion.empty;
    if (own === void 0 && empty === void 0) return caller;
    return allDeployed([caller, empty, this.ownCondition()], this.caller.at(this.declaration.span));
  }
  /** The keys of `condition()`'s conditions that could not be evaluated (condition-keys.ts); undefined when one has none. */
  conditionKeys() {
    const { site } = this.caller;
    const { expansion } = this;
    const own = expansion.condition;
    return unresolvedKeys([
      [site.condition, () => site.conditionKeys],
      [expansion.empty, () => expansion.loop?.key()],
      [this.ownCondition(), () => own === void 0 ? void 0 : ifKey(this.caller.conditionScope, own.condition, expansion)]
    ]);
  }
  ownCondition() {
    const own = this.expansion.condition;
    return own === void 0 ? void 0 : conditionFrom(this.caller.evaluator.evaluate(own.condition, this.expansion.locals), this.caller.at(own.span));
  }
  record() {
    const label = this.label;
    const outputs = {
      kind: "record",
      label: `${label}.outputs`,
      prov: LITERAL,
      member: (name) => {
        const template = this.template();
        return template instanceof TemplateInstance ? template.output(name) : this.knownOutput(name) ?? template;
      }
    };
    return {
      kind: "record",
      label,
      prov: LITERAL,
      member: (name) => {
        if (name === "outputs") return outputs;
        const expression = name === "name" ? bodyProperty(this.declaration, "name") : void 0;
        if (expression !== void 0) return this.caller.evaluator.evaluate(expression, this.expansion.locals);
        return unknown(`${label}.${name} is only known at deployment`);
      }
    };
  }
  /**
   * What a known registry module (known-modules/catalogue.ts) deploys, as a symbol reference names a declared
   * resource: `<file>#<call>` (one per instance), named by the `name` param, in the group its `scope` names.
   */
  deployedResource(type) {
    const label = this.label;
    const handle = {
      type,
      symbol: `${this.caller.site.symbolPrefix}${this.caller.file}#${label}`,
      name: () => this.parameter("name") ?? unknown(`name is not passed to module ${label}`),
      id: () => unknown(`the ID of what module ${label} deploys is only known at deployment`, { origin: "expression", via: [] }, handle),
      resourceGroup: this.resourceGroup(),
      existing: false
    };
    return handle;
  }
  /** The resource group the call deploys into: the one its `scope` names, else its caller's. */
  resourceGroup() {
    const scope = bodyProperty(this.declaration, "scope");
    return scope === void 0 ? this.caller.site.resourceGroup : resourceGroupOf(this.caller.evaluator.evaluate(scope, this.expansion.locals));
  }
  /** `outputs.resourceId` (and `name`) of a known registry module: linked to the resource modelled from the call, as `vm.id` is. */
  knownOutput(name) {
    const target = this.target;
    const found = target.kind === "registry" ? knownInterfaceFor(target.reference) : void 0;
    if (found === void 0) return void 0;
    const handle = this.deployedResource(found.known.resourceType);
    if (name === "resourceId") return handle.id();
    return name === "name" ? handle.name() : void 0;
  }
  load() {
    const target = this.target;
    if (target.kind === "registry") return unknown(`registry module ${target.reference} is not read`);
    if (target.kind === "arm-json") return unknown(`ARM JSON module ${target.path} not expanded`);
    if (target.kind === "unreadable") {
      return this.problem(`module '${this.declaration.path}' not read: ${target.reason}`, "notice");
    }
    const { session, site } = this.caller;
    if (target.writtenAs !== void 0) {
      const message = `module path '${this.declaration.path}' names ${target.path} in another letter case: read, as Windows and macOS find it, though Bicep on Linux does not`;
      session.report({ ...this.caller.at(this.declaration.pathSpan), message, severity: "notice" });
    }
    if (site.files.includes(target.path)) {
      return this.problem(`module cycle: ${[...site.files, target.path].join(" -> ")}`, "error");
    }
    if (site.files.length >= MAX_MODULE_DEPTH) {
      return this.problem(`modules nested deeper than ${MAX_MODULE_DEPTH} levels are not evaluated`, "error", "not-evaluated");
    }
    if (++session.modules > session.limits.instances) {
      const message = `more than ${session.limits.instances} module instances in one deployment (raise limits.instances in the configuration to evaluate them)`;
      return this.problem(message, "error", "not-evaluated");
    }
    const unit = session.loader.load(target.path);
    if (!("program" in unit)) return unknown(`cannot read module ${target.path}: ${unit.message}`);
    const scope = bodyProperty(this.declaration, "scope");
    const scopeValue = scope === void 0 ? void 0 : this.caller.evaluator.evaluate(scope, this.expansion.locals);
    const resourceGroup2 = scopeValue === void 0 ? site.resourceGroup : resourceGroupOf(scopeValue);
    const named = scopeValue === void 0 ? void 0 : subscriptionNamedBy(scopeValue);
    const subscription2 = named === void 0 ? site.subscription : { value: named, at: this.caller.at(this.declaration.span) };
    const index2 = indexLabel(this.expansion.index);
    const condition = this.condition();
    const inputs = {
      parameter: (name) => this.parameter(name),
      missing: `module '${this.label}' does not pass it`
    };
    return new TemplateInstance(unit, inputs, session, {
      files: [...site.files, target.path],
      calls: [...site.calls, this.caller.at(this.declaration.span)],
      resourceGroup: resourceGroup2,
      ...subscription2 !== void 0 && { subscription: subscription2 },
      variant: site.variant + index2,
      condition,
      ...condition?.origin === "unresolved" && { conditionKeys: this.conditionKeys() },
      symbolPrefix: `${site.symbolPrefix}${this.caller.file}#${this.label} > `,
      parameterFile: site.parameterFile,
      factors: this.expansion.count === void 0 ? site.factors ?? [] : [...site.factors ?? [], this.expansion.count]
    });
  }
  problem(message, severity, kind) {
    const at = this.caller.at(this.declaration.pathSpan);
    this.caller.session.report({ ...at, message, severity, ...kind === void 0 ? {} : { kind } });
    return unknown(message);
  }
  /** A parameter the call passes, evaluated in the caller (with its loop variables); undefined when not passed. */
  parameter(name) {
    if (!this.parameters.has(name)) this.parameters.set(name, this.passedParameter(name));
    return this.parameters.get(name);
  }
  passedParameter(name) {
    const key = name.toLowerCase();
    if (this.params === void 0) this.params = bodyProperty(this.declaration, "params") ?? null;
    const params = this.params;
    if (params === null) return void 0;
    const evaluator = this.caller.evaluator;
    if (params.kind === "object") {
      this.written ??= writtenParameters(params);
      const property3 = this.written.byKey.get(key);
      if (property3 !== void 0) {
        const value = evaluator.evaluate(property3.value, this.expansion.locals);
        return withProvenance(value, { origin: "literal", detail: name, via: [this.caller.at(property3.key.span)] });
      }
      if (this.written.onlyProperties) return void 0;
    }
    this.allParameters ??= evaluator.evaluate(params, this.expansion.locals);
    const all = this.allParameters;
    if (all.kind !== "object") return unknown(reasonOf(all, "an object of module parameters"), all.prov);
    const property2 = all.properties.get(key);
    if (property2 !== void 0) {
      return withProvenance(property2.value, { origin: "literal", detail: name, via: [property2.at] });
    }
    return all.incomplete === void 0 ? void 0 : unknown(all.incomplete, all.prov);
  }
};
function writtenParameters(params) {
  const byKey = /* @__PURE__ */ new Map();
  let onlyProperties = true;
  for (const member2 of params.members) {
    if (member2.kind !== "property") onlyProperties = false;
    else if (member2.key.kind === "string") byKey.set(member2.key.value.toLowerCase(), member2);
  }
  return { byKey, onlyProperties };
}

// src/readers/bicep/template.ts
var MAX_INSTANCES = 800;
var isNullable = (type) => type?.kind === "nullableType" || type?.kind === "unionType" && type.members.some((member2) => member2.kind === "nullableType");
function literalsOf(type) {
  const members = type === void 0 ? [] : type.kind === "unionType" ? type.members : [type];
  const items = [];
  for (const member2 of members) {
    if (member2.kind !== "literalType" || member2.value === null) return void 0;
    const { value } = member2;
    items.push(typeof value === "string" ? str(value) : typeof value === "number" ? num(value) : bool(value));
  }
  return items.length === 0 ? void 0 : arr(items);
}
var TemplateInstance = class _TemplateInstance {
  constructor(unit, inputs, session, site) {
    this.unit = unit;
    this.inputs = inputs;
    this.session = session;
    this.site = site;
    this.evaluator = new Evaluator(this);
  }
  unit;
  inputs;
  session;
  site;
  evaluator;
  values = /* @__PURE__ */ new Map();
  resourceSets = /* @__PURE__ */ new Map();
  moduleSets = /* @__PURE__ */ new Map();
  get file() {
    return this.unit.path;
  }
  get resourceGroup() {
    return this.site.resourceGroup;
  }
  /** This instance in condition keys (condition-keys.ts): its parameter file and module calls, and its file. */
  get conditionScope() {
    return `bicep:${this.site.symbolPrefix}${this.file}`;
  }
  get budget() {
    return this.session.budget;
  }
  loadFile(reference) {
    return this.session.loader.loadFile(this.file, reference);
  }
  at(span) {
    return this.evaluator.at(span);
  }
  symbol(name) {
    const known2 = this.values.get(name);
    if (known2 !== void 0 && known2 !== PENDING) return known2;
    const declaration = this.unit.symbols.get(name);
    return declaration === void 0 ? void 0 : this.memo(name, () => this.evaluateSymbol(declaration));
  }
  output(name) {
    const declaration = this.unit.outputs.get(name);
    if (declaration === void 0) return unknown(`${this.file} has no output '${name}'`);
    const via = [this.at(declaration.span)];
    return this.memo(
      `output ${name}`,
      () => withProvenance(this.evaluator.evaluate(declaration.value), { origin: "literal", via })
    );
  }
  callFunction(name, args) {
    const declaration = this.unit.symbols.get(name);
    if (declaration?.kind === "func") return this.invoke(declaration, args);
    if (declaration?.kind !== "imported") return void 0;
    const library = this.library(declaration.statement.from);
    return library instanceof _TemplateInstance ? library.callFunction(declaration.name, args) : library;
  }
  resources(declaration, parent) {
    const sets = parent?.children ?? this.resourceSets;
    let set = sets.get(declaration);
    if (set === void 0) {
      const what = `resource ${declaration.name}`;
      set = this.instantiate(declaration.value, what, (expansion) => new ResourceInstance(declaration, this, expansion, parent));
      sets.set(declaration, set);
    }
    return set;
  }
  modules(declaration) {
    let set = this.moduleSets.get(declaration);
    if (set === void 0) {
      set = this.instantiate(declaration.value, `module ${declaration.name}`, (expansion) => new ModuleInstance(declaration, this, expansion));
      this.moduleSets.set(declaration, set);
    }
    return set;
  }
  memo(key, compute) {
    const cached = this.values.get(key);
    if (cached === PENDING) return unknown(`'${key}' refers to itself`);
    if (cached !== void 0) return cached;
    this.values.set(key, PENDING);
    try {
      const value = compute();
      this.values.set(key, value);
      return value;
    } catch (error) {
      this.values.delete(key);
      throw error;
    }
  }
  evaluateSymbol(declaration) {
    switch (declaration.kind) {
      case "param":
        return this.parameter(declaration);
      case "var": {
        const value = this.evaluator.evaluate(declaration.value);
        return withProvenance(value, { origin: "variable", detail: declaration.name, via: [this.at(declaration.span)] });
      }
      case "resource":
        return this.resources(declaration).value;
      case "module":
        return this.modules(declaration).value;
      case "func":
        return unknown(`function '${declaration.name}' is not a value`);
      case "imported": {
        const library = this.library(declaration.statement.from);
        if (!(library instanceof _TemplateInstance)) return library;
        return library.symbol(declaration.name) ?? unknown(`'${declaration.name}' is not declared in ${library.file}`);
      }
      case "namespace": {
        const library = this.library(declaration.statement.from);
        if (!(library instanceof _TemplateInstance)) return library;
        const label = declaration.statement.wildcardAlias ?? "";
        return {
          kind: "record",
          label,
          prov: { origin: "literal", via: [] },
          member: (name) => library.symbol(name) ?? unknown(`'${name}' is not declared in ${library.file}`),
          call: (name, args) => library.callFunction(name, args) ?? unknown(`${label}.${name}() is not declared in ${library.file}`)
        };
      }
    }
  }
  parameter(declaration) {
    const via = [this.at(declaration.span)];
    const supplied = this.inputs.parameter(declaration.name);
    if (supplied !== void 0) return withProvenance(supplied, { origin: "literal", detail: declaration.name, via });
    const origin = this.unit.isParameterFile ? "parameter-file" : "default";
    if (declaration.value !== void 0) {
      return withProvenance(this.evaluator.evaluate(declaration.value), { origin, detail: declaration.name, via });
    }
    if (isNullable(declaration.type)) return nil({ origin, detail: declaration.name, via });
    const reason = `parameter '${declaration.name}' has no default and ${this.inputs.missing}`;
    const value = unknown(reason, { origin: "literal", detail: declaration.name, via });
    const allowed = declaration.decorators.find((d) => d.name === "allowed" && (d.namespace === void 0 || d.namespace === "sys"));
    const list = allowed?.args[0] === void 0 ? literalsOf(declaration.type) : this.evaluator.evaluate(allowed.args[0]);
    return list?.kind === "array" && value.kind === "unresolved" ? { ...value, allowed: list.items } : value;
  }
  invoke(declaration, args) {
    const locals = declaration.parameters.reduce(
      (scope, parameter, i) => bind(scope, parameter.name, args[i] ?? nil()),
      void 0
    );
    return this.evaluator.evaluate(declaration.body, locals);
  }
  /** The template an `import` reads from, evaluated once without inputs. */
  library(reference) {
    if (reference === void 0) return unknown("a provider import has no symbols");
    const target = this.session.loader.resolve(this.file, reference);
    if (target.kind === "registry") return unknown(`symbols imported from registry ${reference} are not read`);
    if (target.kind === "unreadable") return unknown(target.reason);
    if (target.kind !== "bicep") return unknown(`${reference} is not a Bicep file`);
    const existing = this.session.libraries.get(target.path);
    if (existing !== void 0) return existing;
    const unit = this.session.loader.load(target.path);
    if (!("program" in unit)) return unknown(`${target.path}: ${unit.message}`);
    const site = {
      ...this.site,
      files: [target.path],
      calls: [],
      variant: "",
      condition: void 0,
      parameterFile: void 0
    };
    const inputs = { parameter: () => void 0, missing: "an imported file has no inputs" };
    const library = new _TemplateInstance(unit, inputs, this.session, site);
    this.session.libraries.set(target.path, library);
    return library;
  }
  /** Expands a declaration's loop: one instance per item, or one `[?]` instance when the items are unknown. */
  instantiate(value, declared, make) {
    if (value.kind !== "for") {
      const instance = make({ locals: void 0, index: void 0, condition: value.kind === "if" ? value : void 0 });
      return { instances: [instance], value: instance.record() };
    }
    const condition = value.body.kind === "if" ? value.body : void 0;
    const source = this.evaluator.evaluate(value.iterable);
    const loop = loopIdentity(this.conditionScope, value);
    const bindItem = (item, index2) => {
      const locals = bind(void 0, value.item, item);
      return value.index === void 0 ? locals : bind(locals, value.index, index2);
    };
    if (source.kind !== "array") {
      const reason = reasonOf(source, "an array to loop over");
      const empty = unresolvedFrom(this.at(value.iterable.span), `the loop's items are unresolved: ${reason}`, source.prov);
      const key = loop.key();
      const index2 = key === void 0 ? unknown(reason) : { kind: "unresolved", reason, prov: LITERAL, indexOf: key };
      const instance = make({ locals: bindItem(unknown(reason, source.prov), index2), index: "?", condition, empty, loop });
      const instances2 = key === void 0 ? void 0 : { loop: key, instance: instance.record() };
      return { instances: [instance], value: instances2 === void 0 ? unknown(reason, source.prov) : { kind: "unresolved", reason, prov: source.prov, instances: instances2 } };
    }
    const count = source.items.length;
    const factors = [...this.site.factors ?? [], count];
    const total = factors.reduce((product, factor) => product * factor, 1);
    const limits = this.session.limits;
    const what = `the loop of ${declared} in ${this.file}`;
    const exceeded = total > limits.instances ? instanceBudgetMessage(what, total, factors, limits) : count > MAX_INSTANCES ? `${what} has ${count} instances, more than ARM's copy limit of ${MAX_INSTANCES} (Azure refuses the deployment)` : void 0;
    if (exceeded !== void 0) {
      this.session.report({ ...this.at(value.span), message: exceeded, severity: "error", kind: "not-evaluated" });
      return { instances: [], value: unknown(exceeded) };
    }
    if (count === 0) {
      const reason = "the loop has no item: there is no instance";
      const empty = sourcedFrom(false, this.at(value.iterable.span), source.prov);
      const instance = make({ locals: bindItem(unknown(reason), unknown(reason)), index: void 0, condition, empty, loop });
      return { instances: [instance], value: arr([], source.prov) };
    }
    const instances = source.items.map(
      (item, index2) => make({ locals: bindItem(withProvenance(item, source.prov), num(index2)), index: index2, condition, count, loop })
    );
    return { instances, value: arr(instances.map((instance) => instance.record())) };
  }
};

// src/readers/bicep/deployment.ts
function evaluateEntry(entry, loader, report, limits = DEFAULT_LIMITS) {
  const found = [];
  const unread = [];
  const template = entryTemplate(entry, loader, report, limits);
  collectResources(template, found, unread);
  const resources = [...found.flatMap((instance) => toModelResource(instance) ?? []), ...unread];
  if (template.session.budget.steps < 0) {
    const parameters = entry.parameterFile?.path ?? entry.parameterJson?.path;
    const unit = `the deployment of ${entry.template.path}${parameters === void 0 ? "" : ` with ${parameters}`}`;
    report({ file: entry.template.path, line: 1, column: 1, message: stepBudgetMessage(unit, limits), severity: "error", kind: "not-evaluated" });
  }
  return resources;
}
function entryTemplate(entry, loader, report, limits = DEFAULT_LIMITS) {
  const budget = { steps: limits.steps, depth: 0 };
  const session = { loader, budget, report, modules: 0, libraries: /* @__PURE__ */ new Map(), limits };
  const template = entry.template;
  const site = {
    files: [template.path],
    calls: [],
    resourceGroup: void 0,
    variant: "",
    condition: void 0,
    symbolPrefix: "",
    parameterFile: void 0
  };
  const parameterJson = entry.parameterJson;
  if (parameterJson !== void 0) {
    return new TemplateInstance(template, jsonParameterSource(parameterJson), session, {
      ...site,
      variant: parameterJson.path.split("/").pop(),
      symbolPrefix: `${parameterJson.path} > `,
      parameterFile: { path: parameterJson.path, line: 1 }
    });
  }
  const parameterFile = entry.parameterFile;
  if (parameterFile === void 0) {
    const defaults = { parameter: () => void 0, missing: "no parameter file sets it" };
    return new TemplateInstance(template, defaults, session, site);
  }
  const inputs = parameterValues(parameterFile, session, { ...site, files: [parameterFile.path] }, /* @__PURE__ */ new Set());
  return new TemplateInstance(template, inputs, session, {
    ...site,
    variant: parameterFile.path.split("/").pop(),
    symbolPrefix: `${parameterFile.path} > `,
    parameterFile: { path: parameterFile.path, line: parameterFile.using?.span.line ?? 1 }
  });
}
function parameterFileInputs(file, loader, report, limits = DEFAULT_LIMITS) {
  const session = { loader, budget: { steps: limits.steps, depth: 0 }, report, modules: 0, libraries: /* @__PURE__ */ new Map(), limits };
  const site = { files: [file.path], calls: [], resourceGroup: void 0, variant: "", condition: void 0, symbolPrefix: "", parameterFile: void 0 };
  const values = parameterValues(file, session, site, /* @__PURE__ */ new Set());
  const inputs = [];
  for (const [name, symbol] of file.symbols) {
    if (symbol.kind !== "param") continue;
    const value = values.parameter(name);
    if (value !== void 0) collectInputs(BICEP_INPUTS, name, value, { file: file.path, line: symbol.span.line, column: symbol.span.column }, inputs);
  }
  return inputs;
}
function parameterValues(file, session, site, seen) {
  seen.add(file.path);
  const noInputs = { parameter: () => void 0, missing: "a parameter file has no inputs" };
  const values = new TemplateInstance(file, noInputs, session, site);
  const basePath = file.extends === void 0 ? void 0 : session.loader.resolve(file.path, file.extends);
  const baseUnit = basePath?.kind === "bicep" && !seen.has(basePath.path) ? session.loader.load(basePath.path) : void 0;
  const base = baseUnit !== void 0 && "program" in baseUnit ? parameterValues(baseUnit, session, site, seen) : void 0;
  return {
    parameter: (name) => file.symbols.get(name)?.kind === "param" ? values.symbol(name) : base?.parameter(name),
    missing: `${file.path} does not set it`
  };
}
function declaresModelResource(declaration, parentType) {
  const type = declaredType(declaration.typeReference, parentType);
  return isModelType(type) || nestedResources(declaration).some((nested) => declaresModelResource(nested, type));
}
function collectResources(template, found, unread) {
  const loader = template.session.loader;
  const visit = (declaration, parent) => {
    if (!declaresModelResource(declaration, parent?.type)) return;
    for (const instance of template.resources(declaration, parent).instances) {
      if (isModelType(instance.type)) found.push(instance);
      for (const nested of nestedResources(declaration)) visit(nested, instance);
    }
  };
  const follow = (declaration) => {
    const target = loader.resolve(template.file, declaration.path);
    if (target.kind === "bicep" && !loader.mayDeploy(target.path, isModelType)) return;
    if (target.kind === "registry" && isKnownModule(target.reference)) {
      let notice;
      for (const module of template.modules(declaration).instances) {
        const modelled = modelKnownModule(module, target.reference);
        notice ??= modelled?.notice;
        unread.push(...modelled?.resources ?? []);
      }
      if (notice !== void 0) template.session.report({ ...template.at(declaration.pathSpan), message: notice, severity: "notice" });
      return;
    }
    if (target.kind === "registry") {
      const message = `registry module ${target.reference} is not read; the resources it deploys are not checked`;
      template.session.report({ ...template.at(declaration.pathSpan), message, severity: "notice" });
      for (const module of template.modules(declaration).instances) {
        const why = `registry module ${target.reference} is not read`;
        const standIn = unreadModuleVm(module, why);
        if (standIn) unread.push(standIn);
        unread.push(...unreadModuleAssignments(module, why, target.reference));
      }
      return;
    }
    for (const module of template.modules(declaration).instances) {
      const callee = module.template();
      if (callee instanceof TemplateInstance) collectResources(callee, found, unread);
      else if (target.kind === "unreadable") {
        const why = `module '${declaration.path}' is not read (${target.reason})`;
        const standIn = unreadModuleVm(module, why);
        if (standIn) unread.push(standIn);
        unread.push(...unreadModuleAssignments(module, why, declaration.path));
      }
    }
  };
  const statements = template.unit.program.statements;
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i];
    if (statement.kind === "resource") visit(statement, void 0);
    else if (statement.kind === "module") follow(statement);
  }
}

// src/readers/bicep/entry-points.ts
function planEntries(claimed, loader, report, jsonParameterFiles = () => []) {
  const entries = [];
  const parameterized = /* @__PURE__ */ new Set();
  for (const source of claimed) {
    if (!source.isParameterFile) {
      for (const parameterJson of jsonParameterFiles(source.path)) {
        entries.push({ template: source.path, parameterJson, phase: 0 });
        parameterized.add(source.path);
      }
      continue;
    }
    const template = usedTemplate(source, loader, report);
    if (template === void 0) continue;
    entries.push({ template, parameterFile: source.path, phase: 0 });
    parameterized.add(template);
  }
  const templates = claimed.filter((source) => !source.isParameterFile).map((source) => source.path);
  const called = new Set(templates.flatMap((template) => loader.localModulesOf(template)));
  for (const template of templates) {
    if (!parameterized.has(template) && !called.has(template)) entries.push({ template, phase: 1 });
  }
  const reached = /* @__PURE__ */ new Set();
  const reach = (start) => {
    const pending = [start];
    for (let path = pending.pop(); path !== void 0; path = pending.pop()) {
      if (reached.has(path)) continue;
      reached.add(path);
      pending.push(...loader.localModulesOf(path));
    }
  };
  for (const entry of entries) reach(entry.template);
  for (const template of templates) {
    if (reached.has(template)) continue;
    entries.push({ template, phase: 2 });
    reach(template);
  }
  return entries;
}
function loadEntry(planned, loader, files) {
  const template = loader.load(planned.template);
  if (!("program" in template)) return void 0;
  if (planned.parameterJson !== void 0) {
    const parameterJson = readJsonParameterFile(planned.parameterJson, files);
    return parameterJson === void 0 ? void 0 : { template, parameterJson, phase: planned.phase };
  }
  if (planned.parameterFile === void 0) return { template, phase: planned.phase };
  const parameterFile = loader.load(planned.parameterFile);
  return "program" in parameterFile ? { template, parameterFile, phase: planned.phase } : void 0;
}
function usedTemplate(parameterFile, loader, report) {
  const using = parameterFile.using;
  if (using?.path === void 0) return void 0;
  const at = { file: parameterFile.path, line: using.pathSpan.line, column: using.pathSpan.column };
  const target = armSource(loader.resolve(parameterFile.path, using.path), parameterFile.path, using.path, loader);
  if (target.kind === "arm-json") {
    const why = notAppliedByArm(parameterFile.path, target.path, using.path);
    if (why !== void 0) report({ ...at, message: `parameter file not evaluated: ${why}`, severity: "notice" });
    return void 0;
  }
  if (target.kind !== "bicep") {
    const why = target.kind === "unreadable" ? `the template it uses, '${using.path}', ${templateNotThere(target)}, so its values are applied to nothing here` : `'${using.path}' is not a local Bicep template`;
    report({ ...at, message: `parameter file not evaluated: ${why}`, severity: "notice" });
    return void 0;
  }
  return "program" in loader.load(target.path) ? target.path : void 0;
}
function armSource(target, file, written, loader) {
  if (target.kind !== "arm-json") return target;
  const text = loader.loadFile(file, written);
  const twin = written.replace(/\.json$/i, ".bicep");
  if (!text.ok || !builtByBicep(text.text) || !loader.loadFile(file, twin).ok) return target;
  const source = loader.resolve(file, twin);
  return source.kind === "bicep" ? source : target;
}
function notAppliedByArm(file, template, written) {
  const folder = (path) => path.slice(0, path.lastIndexOf("/") + 1);
  return folder(file) === folder(template) ? void 0 : `ARM JSON template '${written}' is applied only by a .bicepparam file of its own folder`;
}

// src/readers/bicep/unread-parameter-file.ts
function unreadParameterFileVm(parameterFile, notRead, loader, report, limits) {
  const signals = hotpatchSignals(parameterFileInputs(parameterFile, loader, report, limits));
  if (signals === void 0) return void 0;
  const span = parameterFile.using?.span;
  const at = { file: parameterFile.path, line: span?.line ?? 1, column: span?.column ?? 1 };
  return unreadCallAsVm(
    {
      format: "bicep",
      displayName: `parameter file ${parameterFile.path}`,
      symbol: `${parameterFile.path}#using`,
      at,
      why: `parameter file ${parameterFile.path} uses ${notRead}`,
      judge: `scan its what-if result instead (az deployment group what-if --parameters ${parameterFile.path} --no-pretty-print), or exempt it`,
      unit: templateDeployment(parameterFile.path, at, void 0, parameterFile.path),
      scope: azureScope(void 0, at),
      deployed: known(true, at)
    },
    signals
  );
}

// src/readers/bicep/bicep-reader.ts
var EXEMPTION_MARKER = "hotpatch-reboot-gate-exempt";
var bicepReader = {
  ...bicepClaim,
  read: (files, workspace, limits) => Promise.resolve(readBicep(files, workspace, limits))
};
function readBicep(files, workspace, limits, loader = new SourceLoader(workspace)) {
  const problems = /* @__PURE__ */ new Map();
  const report = (problem) => {
    problems.set(`${problem.file}:${problem.line}:${problem.column}:${problem.message}`, problem);
  };
  const claimed = [];
  const inlineExemptions = [];
  for (const file of files) {
    try {
      const unit = loader.load(file.path);
      if ("program" in unit) {
        claimed.push({ path: unit.path, isParameterFile: unit.isParameterFile, using: unit.using });
        inlineExemptions.push(...exemptions(unit));
      }
    } catch (error) {
      const message = `internal error in the Bicep parser: ${getErrorMessage(error)}`;
      report({ file: file.path, line: 1, column: 1, message, severity: "error" });
    }
    loader.trim();
  }
  const resources = [];
  const resourceOrigins = [];
  const parameterJsons = [];
  const jsonParameterFiles = (template) => {
    const apart = filesInSubfolders(workspace, folderOf(template), PARAMETER_FOLDERS).map((file) => file.path);
    const isBuildOutput = (json) => isBicepBuildOutput(workspace, json);
    return parameterFilesOf(template, namesBeside(workspace, template), isBuildOutput, apart).filter((path) => maySetParameters(workspace, path));
  };
  for (const planned of planEntries(claimed, loader, report, jsonParameterFiles)) {
    const result = whatIfResultIn(workspace, folderOf(planned.template));
    if (result !== void 0) {
      report(readInsteadNotice(planned.template, result));
      continue;
    }
    const file = planned.parameterFile ?? planned.template;
    const origin = { file, phase: planned.phase };
    try {
      const entry = loadEntry(planned, loader, workspace);
      if (entry?.parameterJson !== void 0) parameterJsons.push(entry.parameterJson.path);
      if (entry !== void 0) {
        for (const resource of evaluateEntry(entry, loader, report, limits)) {
          resources.push(resource);
          resourceOrigins.push(origin);
        }
      }
    } catch (error) {
      const message = `internal error evaluating the template: ${getErrorMessage(error)}`;
      report({ file, line: 1, column: 1, message, severity: "error" });
    }
    loader.trim();
  }
  for (const source of claimed) {
    const written = source.isParameterFile ? source.using?.path : void 0;
    const target = written === void 0 ? void 0 : loader.resolve(source.path, written);
    if (written === void 0 || target?.kind !== "registry" && target?.kind !== "unreadable") continue;
    const notRead = target.kind === "registry" ? `${target.reference}, which is not read` : `'${written}', which ${templateNotThere(target)}`;
    try {
      const unit = loader.load(source.path);
      const standIn = "program" in unit ? unreadParameterFileVm(unit, notRead, loader, report, limits) : void 0;
      if (standIn !== void 0) {
        resources.push(standIn);
        resourceOrigins.push({ file: source.path, phase: 0 });
      }
    } catch (error) {
      const message = `internal error evaluating the parameter file: ${getErrorMessage(error)}`;
      report({ file: source.path, line: 1, column: 1, message, severity: "error" });
    }
    loader.trim();
  }
  for (const [path, outcome] of loader.outcomesOfLoads()) {
    if (isLoadFailure(outcome)) report({ file: path, line: outcome.line, column: outcome.column, message: outcome.message, severity: "error" });
    else for (const error of outcome) report({ file: path, ...error, severity: "error" });
  }
  return {
    resources,
    resourceOrigins,
    parseErrors: [...problems.values()],
    manifests: [...claimed.map((source) => source.path), ...new Set(parameterJsons)],
    inlineExemptions
  };
}
function exemptions(unit) {
  return unit.comments.flatMap((comment) => {
    const text = comment.text.trim();
    if (comment.style === "pragma" || !text.startsWith(EXEMPTION_MARKER)) return [];
    const location = { file: unit.path, line: comment.line, column: comment.column };
    return [{ location, text: text.slice(EXEMPTION_MARKER.length).trim() }];
  });
}
function maySetParameters(workspace, path) {
  const text = workspace.readText(path);
  return !text.ok || /"parameters"\s*:/.test(text.text);
}
export {
  bicepReader,
  parseBicep,
  readBicep,
  tokenizeBicep
};

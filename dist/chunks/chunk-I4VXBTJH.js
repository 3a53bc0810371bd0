import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  onFrame
} from "./chunk-3TM54PKU.js";
import {
  LineIndex
} from "./chunk-SD73YJMR.js";
import {
  PartialStringMap,
  absent,
  azurermInGuestScope,
  collectInputs,
  filesIn,
  firstWritten,
  hotpatchSignals,
  isLocalSource,
  mapArcLicenseProfile,
  mapArcMachine,
  mapDynamicScope,
  mapMaintenanceConfiguration,
  mapVirtualMachine,
  moduleFolderOf,
  noExpirationWhenEmpty,
  unreadCallAsVm,
  unresolved,
  withUnknownKeys
} from "./chunk-HRE4GSV5.js";
import {
  ARC_LICENSE_PROFILE_TYPE,
  ARC_MACHINE_TYPE,
  MAINTENANCE_ASSIGNMENT_TYPE,
  MAINTENANCE_CONFIGURATION_TYPE,
  VMSS_TYPE,
  VM_TYPE,
  idSegments,
  keptText,
  match,
  parseResourceId,
  sharedStringMap,
  whyUnknown
} from "./chunk-XG2W2MLJ.js";
import {
  getErrorMessage
} from "./chunk-KOMI2SY3.js";

// src/readers/terraform/eval/value.ts
var unknown = (reason) => ({ kind: "unknown", reason });
var failure = (reason) => ({ kind: "failure", reason });
var objectValue = (entries, partial) => partial === void 0 ? { kind: "object", entries } : { kind: "object", entries, partial };
var objectFrom = (record) => objectValue(new Map(Object.entries(record)));
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value) && value.kind === "object";
var isList = (value) => Array.isArray(value);
var isUnknown = (value) => typeof value === "object" && value !== null && !Array.isArray(value) && value.kind === "unknown";
var isFailure = (value) => typeof value === "object" && value !== null && !Array.isArray(value) && value.kind === "failure";
var isLazy = (value) => typeof value === "object" && value !== null && !Array.isArray(value) && value.kind === "lazy";
var isMissing = (value) => isUnknown(value) || isFailure(value);
function firstMissing(values) {
  let found;
  for (const value of values) {
    if (isFailure(value)) return value;
    if (isLazy(value)) return unknown(`${value.description} cannot be used as a value`);
    if (!found && isUnknown(value)) found = value;
  }
  return found;
}
function isWhollyKnown(value, depth = 0) {
  if (depth > 64) return false;
  if (isMissing(value) || isLazy(value)) return false;
  if (isList(value)) return value.every((item) => isWhollyKnown(item, depth + 1));
  if (isObject(value)) {
    if (value.partial !== void 0) return false;
    for (const entry of value.entries.values()) if (!isWhollyKnown(entry, depth + 1)) return false;
  }
  return true;
}
function typeName(value) {
  if (value === null) return "null";
  if (isList(value)) return "list";
  if (typeof value === "object") return value.kind === "object" ? "object" : value.kind;
  return typeof value;
}
function describeValue(value) {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  if (isList(value)) return `list of ${value.length}`;
  if (isObject(value)) return `object with ${value.entries.size} attributes`;
  return typeName(value);
}
function toJson(value, depth = 0) {
  if (depth > 64 || isMissing(value) || isLazy(value)) return void 0;
  if (isList(value)) {
    const items = value.map((item) => toJson(item, depth + 1));
    return items.includes(void 0) ? void 0 : items;
  }
  if (isObject(value)) {
    if (value.partial !== void 0) return void 0;
    const record = /* @__PURE__ */ Object.create(null);
    for (const [key, entry] of value.entries) {
      const json = toJson(entry, depth + 1);
      if (json === void 0) return void 0;
      record[key] = json;
    }
    return record;
  }
  return value;
}
function fromJson(data, depth = 0) {
  if (depth > 256) return failure("JSON nested too deeply");
  if (data === null || typeof data === "string" || typeof data === "boolean") return data;
  if (typeof data === "number") return data;
  if (Array.isArray(data)) return data.map((item) => fromJson(item, depth + 1));
  if (typeof data === "object") {
    const entries = /* @__PURE__ */ new Map();
    for (const key of Object.keys(data)) entries.set(key, fromJson(data[key], depth + 1));
    return objectValue(entries);
  }
  return null;
}
var PENDING = /* @__PURE__ */ Symbol("pending");

// src/readers/terraform/eval/coerce.ts
var MAX_STRING_LENGTH = 1e6;
var MAX_COLLECTION_SIZE = 1e5;
var notValue = (value) => {
  if (isMissing(value)) return value;
  if (isLazy(value)) return unknown(`${value.description} cannot be used as a value`);
  return void 0;
};
function asString(value) {
  const missing2 = notValue(value);
  if (missing2) return missing2;
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return String(value);
  if (value === null) return failure("a null value cannot be used as a string");
  return failure(`a string is required, found ${describeValue(value)}`);
}
function formatNumber(value) {
  return Number.isInteger(value) ? value.toFixed(0) : String(value);
}
function asNumber(value) {
  const missing2 = notValue(value);
  if (missing2) return missing2;
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  return failure(`a number is required, found ${describeValue(value)}`);
}
function asBool(value) {
  const missing2 = notValue(value);
  if (missing2) return missing2;
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  return failure(`a bool is required, found ${describeValue(value)}`);
}
function asList(value) {
  const missing2 = notValue(value);
  if (missing2) return missing2;
  if (isList(value)) return value;
  return failure(`a list is required, found ${describeValue(value)}`);
}
function asObject(value) {
  const missing2 = notValue(value);
  if (missing2) return missing2;
  if (isObject(value)) return value;
  return failure(`a map or object is required, found ${describeValue(value)}`);
}
function entriesOf(value) {
  const missing2 = notValue(value);
  if (missing2) return missing2;
  if (isList(value)) return value.map((item, index) => [index, item]);
  if (isObject(value)) {
    if (value.partial !== void 0) return unknown(value.partial);
    return [...value.entries.keys()].sort(compareKeys).map((key) => [key, value.entries.get(key)]);
  }
  return failure(`a collection is required, found ${describeValue(value)}`);
}
function valuesEqual(left, right, depth = 0) {
  const missing2 = notValue(left) ?? notValue(right);
  if (missing2) return missing2;
  if (depth > 64) return failure("values nested too deeply to compare");
  if (isList(left) || isList(right)) {
    if (!isList(left) || !isList(right) || left.length !== right.length) return false;
    for (let i = 0; i < left.length; i++) {
      const equal = valuesEqual(left[i], right[i], depth + 1);
      if (equal !== true) return equal;
    }
    return true;
  }
  if (isObject(left) || isObject(right)) {
    if (!isObject(left) || !isObject(right) || left.entries.size !== right.entries.size) return false;
    for (const [key, item] of left.entries) {
      if (!right.entries.has(key)) return false;
      const equal = valuesEqual(item, right.entries.get(key), depth + 1);
      if (equal !== true) return equal;
    }
    return true;
  }
  return left === right;
}
function checkedString(value) {
  return value.length > MAX_STRING_LENGTH ? failure(`string longer than ${MAX_STRING_LENGTH} characters`) : value;
}
function checkedList(value) {
  return value.length > MAX_COLLECTION_SIZE ? failure(`collection larger than ${MAX_COLLECTION_SIZE} elements`) : value;
}
var compareKeys = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// src/readers/terraform/eval/type-constraint.ts
var ANY = { kind: "any" };
var MAX_TYPE_DEPTH = 32;
function parseTypeConstraint(expression, depth = 0) {
  if (!expression || depth > MAX_TYPE_DEPTH) return ANY;
  if (expression.kind === "variable") {
    const name = expression.name;
    return name === "string" || name === "number" || name === "bool" ? { kind: name } : ANY;
  }
  if (expression.kind !== "call") return ANY;
  const [first] = expression.args;
  switch (expression.name) {
    case "list":
    case "set":
    case "map":
      return { kind: expression.name, element: parseTypeConstraint(first, depth + 1) };
    case "tuple":
      return first?.kind === "tuple" ? { kind: "tuple", elements: first.items.map((item) => parseTypeConstraint(item, depth + 1)) } : ANY;
    case "object":
      return first?.kind === "object" ? objectType(first.items, depth) : ANY;
    default:
      return ANY;
  }
}
function objectType(items, depth) {
  const attributes = /* @__PURE__ */ new Map();
  for (const item of items) {
    const name = item.key.kind === "literal" ? item.key.value : item.key.kind === "variable" ? item.key.name : void 0;
    if (typeof name !== "string") continue;
    const value = item.value;
    if (value.kind === "call" && value.name === "optional") {
      const [type, defaultValue] = value.args;
      attributes.set(name, { type: parseTypeConstraint(type, depth + 1), optional: true, defaultValue });
    } else {
      attributes.set(name, { type: parseTypeConstraint(value, depth + 1), optional: false, defaultValue: void 0 });
    }
  }
  return { kind: "object", attributes };
}
function convertToType(value, type, evaluateDefault, depth = 0) {
  if (value === null || isMissing(value) || type.kind === "any") return value;
  if (depth > MAX_TYPE_DEPTH) return value;
  switch (type.kind) {
    case "string":
      return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? asString(value) : value;
    case "number":
      return typeof value === "string" ? asNumber(value) : value;
    case "bool":
      return typeof value === "string" ? asBool(value) : value;
    case "list":
    case "set":
      return isList(value) ? value.map((item) => convertToType(item, type.element, evaluateDefault, depth + 1)) : value;
    case "tuple":
      return isList(value) ? value.map((item, i) => convertToType(item, type.elements[i] ?? ANY, evaluateDefault, depth + 1)) : value;
    case "map": {
      if (!isObject(value)) return value;
      const entries = /* @__PURE__ */ new Map();
      for (const [key, item] of value.entries) entries.set(key, convertToType(item, type.element, evaluateDefault, depth + 1));
      return objectValue(entries, value.partial);
    }
    case "object":
      return isObject(value) ? convertObject(value.entries, value.partial, type.attributes, evaluateDefault, depth) : value;
  }
}
function convertObject(given, partial, attributes, evaluateDefault, depth) {
  const entries = /* @__PURE__ */ new Map();
  for (const [name, attribute] of attributes) {
    if (given.has(name)) {
      const item = given.get(name);
      const filled = item === null && attribute.defaultValue ? evaluateDefault(attribute.defaultValue) : item;
      entries.set(name, convertToType(filled, attribute.type, evaluateDefault, depth + 1));
    } else if (partial !== void 0) {
      continue;
    } else if (attribute.optional) {
      const filled = attribute.defaultValue ? evaluateDefault(attribute.defaultValue) : null;
      entries.set(name, convertToType(filled, attribute.type, evaluateDefault, depth + 1));
    } else {
      entries.set(name, failure(`the required attribute "${name}" is missing from the value`));
    }
  }
  return objectValue(entries, partial);
}

// src/readers/terraform/config/overrides.ts
var isOverrideFile = (path) => /(?:^|\/|_)override\.tf$/.test(path);
function mergeBlock(original, override2, file) {
  const attributes = new Map(original.body.attributes);
  for (const [name, attribute] of override2.body.attributes) attributes.set(name, { ...attribute, file });
  const replaced = new Set(override2.body.blocks.map(nestedType));
  const blocks = [
    ...original.body.blocks.filter((block) => !replaced.has(nestedType(block))),
    ...override2.body.blocks.map((block) => ({ ...block, file }))
  ];
  return { ...original, body: { attributes, blocks } };
}
var nestedType = (block) => block.type === "dynamic" ? block.labels[0] ?? "dynamic" : block.type;

// src/readers/terraform/config/module-config.ts
function moduleConfig(folder, files, unreadFiles = []) {
  const config = {
    folder,
    files: files.map((f) => f.path),
    variables: /* @__PURE__ */ new Map(),
    locals: /* @__PURE__ */ new Map(),
    outputs: /* @__PURE__ */ new Map(),
    resources: /* @__PURE__ */ new Map(),
    moduleCalls: /* @__PURE__ */ new Map(),
    resourceTypes: /* @__PURE__ */ new Set(),
    providers: /* @__PURE__ */ new Map(),
    overrideErrors: [],
    unreadFiles
  };
  for (const { path: file, blocks } of files) if (!isOverrideFile(file)) for (const block of blocks) declare(config, file, block);
  const overrides = files.filter((file) => isOverrideFile(file.path)).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  for (const { path: file, blocks } of overrides) for (const block of blocks) override(config, file, block);
  return config;
}
function declare(config, file, block) {
  const [first, second] = block.labels;
  switch (block.type) {
    case "variable":
      if (first !== void 0 && !config.variables.has(first)) config.variables.set(first, variable(first, file, block));
      break;
    case "locals":
      for (const attribute of block.body.attributes.values()) {
        if (!config.locals.has(attribute.name)) config.locals.set(attribute.name, { file, item: attribute });
      }
      break;
    case "output": {
      const value = block.body.attributes.get("value");
      if (first !== void 0 && value && !config.outputs.has(first)) config.outputs.set(first, { file, item: value });
      break;
    }
    case "resource":
    case "data": {
      const key = resourceKey(block);
      if (key === void 0 || first === void 0 || second === void 0) break;
      const mode = block.type === "resource" ? "managed" : "data";
      if (!config.resources.has(key)) config.resources.set(key, { mode, type: first, name: second, file, block });
      if (mode === "managed") config.resourceTypes.add(first);
      break;
    }
    case "module":
      if (first !== void 0 && !config.moduleCalls.has(first)) config.moduleCalls.set(first, moduleCall(first, file, block));
      break;
    case "provider": {
      const address = first === void 0 ? void 0 : providerAddress(first, block);
      if (address !== void 0 && !config.providers.has(address)) config.providers.set(address, { file, item: block });
      break;
    }
  }
}
function override(config, file, block) {
  const [first] = block.labels;
  const missing2 = (what) => {
    config.overrideErrors.push({ file, block, message: `${what} overrides nothing declared in ${config.folder}: Terraform refuses the configuration` });
  };
  switch (block.type) {
    case "variable": {
      const original = first === void 0 ? void 0 : config.variables.get(first);
      if (original === void 0 || first === void 0) return missing2(`variable "${first ?? ""}"`);
      config.variables.set(first, variable(first, original.file, mergeBlock(original.block, block, file)));
      return;
    }
    case "locals":
      for (const attribute of block.body.attributes.values()) config.locals.set(attribute.name, { file, item: attribute });
      return;
    case "output": {
      const value = block.body.attributes.get("value");
      if (first === void 0 || !config.outputs.has(first)) return missing2(`output "${first ?? ""}"`);
      if (value) config.outputs.set(first, { file, item: value });
      return;
    }
    case "resource":
    case "data": {
      const key = resourceKey(block);
      const original = key === void 0 ? void 0 : config.resources.get(key);
      if (original === void 0 || key === void 0) return missing2(`${block.type} "${block.labels.join('" "')}"`);
      config.resources.set(key, { ...original, block: mergeBlock(original.block, block, file) });
      return;
    }
    case "module": {
      const original = first === void 0 ? void 0 : config.moduleCalls.get(first);
      if (original === void 0 || first === void 0) return missing2(`module "${first ?? ""}"`);
      config.moduleCalls.set(first, moduleCall(first, original.file, mergeBlock(original.block, block, file)));
      return;
    }
    case "provider": {
      const address = first === void 0 ? void 0 : providerAddress(first, block);
      const original = address === void 0 ? void 0 : config.providers.get(address);
      if (address !== void 0 && original === void 0 && !address.includes(".")) config.providers.set(address, { file, item: block });
      else if (original === void 0 || address === void 0) missing2(`provider "${first ?? ""}"`);
      else config.providers.set(address, { file: original.file, item: mergeBlock(original.item, block, file) });
      return;
    }
  }
}
function resourceKey(block) {
  const [first, second] = block.labels;
  if (first === void 0 || second === void 0) return void 0;
  return block.type === "resource" ? `${first}.${second}` : `data.${first}.${second}`;
}
function providerAddress(name, block) {
  const alias = block.body.attributes.get("alias")?.expression;
  if (alias === void 0) return name;
  const text2 = literalText(alias);
  return text2 === void 0 ? void 0 : `${name}.${text2}`;
}
function literalText(expression) {
  if (expression.kind === "literal") return typeof expression.value === "string" ? expression.value : void 0;
  if (expression.kind === "template" && expression.parts.length === 1 && expression.parts[0]?.kind === "text") return expression.parts[0].text;
  return void 0;
}
function variable(name, file, block) {
  const attributes = block.body.attributes;
  const nullable = attributes.get("nullable")?.expression;
  return {
    name,
    file,
    block,
    defaultValue: attributes.get("default"),
    type: parseTypeConstraint(attributes.get("type")?.expression),
    nullable: !(nullable?.kind === "literal" && nullable.value === false)
  };
}
function moduleCall(name, file, block) {
  const source = block.body.attributes.get("source")?.expression;
  return { name, file, block, source: source === void 0 ? void 0 : literalText(source) };
}
var locationOf = (file, pos) => ({ file, line: pos.line, column: pos.column });

// src/readers/terraform/hcl/wasm-cursor.ts
var CURSOR_FUNCTIONS = {
  typeId: "_ts_tree_cursor_current_node_type_id_wasm",
  startIndex: "_ts_tree_cursor_start_index_wasm",
  endIndex: "_ts_tree_cursor_end_index_wasm",
  isMissing: "_ts_tree_cursor_current_node_is_missing_wasm",
  gotoFirstChild: "_ts_tree_cursor_goto_first_child_wasm",
  gotoNextSibling: "_ts_tree_cursor_goto_next_sibling_wasm",
  gotoParent: "_ts_tree_cursor_goto_parent_wasm"
};
function wasmCursorCalls(module) {
  const init = module["_ts_init"];
  if (typeof init !== "function" || !(module["HEAP_DATA_VIEW"] instanceof DataView)) return void 0;
  const calls = {};
  for (const [key, name] of Object.entries(CURSOR_FUNCTIONS)) {
    const call2 = module[name];
    if (typeof call2 !== "function") return void 0;
    calls[key] = call2;
  }
  const { typeId, startIndex, endIndex, isMissing: isMissing2, gotoFirstChild, gotoNextSibling, gotoParent } = calls;
  if (!typeId || !startIndex || !endIndex || !isMissing2 || !gotoFirstChild || !gotoNextSibling || !gotoParent) return void 0;
  const transfer = init();
  return { typeId, startIndex, endIndex, isMissing: isMissing2, gotoFirstChild, gotoNextSibling, gotoParent, transfer, view: () => module["HEAP_DATA_VIEW"] };
}
function startWasmWalk(calls, tree, cursor) {
  const address = tree[0];
  const handles = cursor.handles;
  if (typeof address !== "number" || !Array.isArray(handles) || handles.length !== 4) return void 0;
  const words = handles;
  const view = calls.view();
  for (let i = 0; i < 4; i++) view.setInt32(calls.transfer + 4 * i, words[i], true);
  return {
    tree: address,
    end: () => {
      const after = calls.view();
      for (let i = 0; i < 4; i++) words[i] = after.getInt32(calls.transfer + 4 * i, true);
    }
  };
}

// src/readers/terraform/hcl/cst.ts
var NONE = -1;
var STRIDE = 5;
var NAMED = 1 << 16;
var MISSING = 1 << 17;
var TYPE_MASK = 65535;
var CstTree = class {
  constructor(source, types, nodes, count, comments) {
    this.source = source;
    this.types = types;
    this.nodes = nodes;
    this.count = count;
    this.comments = comments;
    this.lines = new LineIndex(source);
    this.commentTypes = commentTypesOf(types);
  }
  source;
  types;
  nodes;
  count;
  comments;
  lines;
  commentTypes;
  type(node) {
    return this.types[this.nodes[node * STRIDE] & TYPE_MASK] ?? "ERROR";
  }
  isNamed(node) {
    return (this.nodes[node * STRIDE] & NAMED) !== 0;
  }
  /** A node the parser inserted (always false in a tree without errors: it is not asked then). */
  isMissing(node) {
    return (this.nodes[node * STRIDE] & MISSING) !== 0;
  }
  /** Start and end offsets (UTF-16 code units). */
  startIndex(node) {
    return this.nodes[node * STRIDE + 1];
  }
  endIndex(node) {
    return this.nodes[node * STRIDE + 2];
  }
  text(node) {
    return this.source.slice(this.startIndex(node), this.endIndex(node));
  }
  /** 1-based line and column where the node starts / ends. */
  position(node) {
    return this.lines.lineAndColumn(this.startIndex(node));
  }
  endPosition(node) {
    return this.lines.lineAndColumn(this.endIndex(node));
  }
  /** Every child, comments included. */
  children(node) {
    const children = [];
    for (let child = this.firstChild(node); child !== NONE; child = this.nextSibling(child)) children.push(child);
    return children;
  }
  /** Children without comments (comments are extras and may appear anywhere). */
  childrenOf(node) {
    const children = [];
    for (let child = this.firstChild(node); child !== NONE; child = this.nextSibling(child)) {
      if (!this.isComment(child)) children.push(child);
    }
    return children;
  }
  /** Named children without comments. */
  namedChildrenOf(node) {
    const children = [];
    for (let child = this.firstChild(node); child !== NONE; child = this.nextSibling(child)) {
      if (this.isNamed(child) && !this.isComment(child)) children.push(child);
    }
    return children;
  }
  /** The first named child that is not a comment. */
  firstNamedChild(node) {
    for (let child = this.firstChild(node); child !== NONE; child = this.nextSibling(child)) {
      if (this.isNamed(child) && !this.isComment(child)) return child;
    }
    return void 0;
  }
  isComment(node) {
    return this.commentTypes[this.nodes[node * STRIDE] & TYPE_MASK] === 1;
  }
  firstChild(node) {
    return this.nodes[node * STRIDE + 3];
  }
  nextSibling(node) {
    return this.nodes[node * STRIDE + 4];
  }
};
var commentTypeCache = /* @__PURE__ */ new WeakMap();
function commentTypesOf(types) {
  let known = commentTypeCache.get(types);
  if (known === void 0) {
    known = new Uint8Array(TYPE_MASK + 1);
    types.forEach((type, id) => {
      if (type === "comment" && id <= TYPE_MASK) known[id] = 1;
    });
    commentTypeCache.set(types, known);
  }
  return known;
}
function copyTree(tree, source, named, calls) {
  const withErrors = tree.rootNode.hasError;
  const cursor = tree.walk();
  const direct = calls === void 0 ? void 0 : startWasmWalk(calls, tree, cursor);
  try {
    const walk = calls !== void 0 && direct !== void 0 ? {
      typeId: () => calls.typeId(direct.tree),
      startIndex: () => calls.startIndex(direct.tree),
      endIndex: () => calls.endIndex(direct.tree),
      isMissing: () => calls.isMissing(direct.tree) === 1,
      gotoFirstChild: () => calls.gotoFirstChild(direct.tree) === 1,
      gotoNextSibling: () => calls.gotoNextSibling(direct.tree) === 1,
      gotoParent: () => calls.gotoParent(direct.tree) === 1
    } : {
      typeId: () => cursor.nodeTypeId,
      startIndex: () => cursor.startIndex,
      endIndex: () => cursor.endIndex,
      isMissing: () => cursor.nodeIsMissing,
      gotoFirstChild: () => cursor.gotoFirstChild(),
      gotoNextSibling: () => cursor.gotoNextSibling(),
      gotoParent: () => cursor.gotoParent()
    };
    return copyWith(walk, tree.language.types, source, named, withErrors);
  } finally {
    direct?.end();
    cursor.delete();
  }
}
function copyWith(walk, types, source, named, withErrors) {
  const commentTypes = commentTypesOf(types);
  const comments = [];
  let nodes = new Int32Array(STRIDE * Math.max(64, (source.length >> 2) + 16));
  let count = 0;
  const make = () => {
    if ((count + 1) * STRIDE > nodes.length) {
      const grown = new Int32Array(nodes.length * 2);
      grown.set(nodes);
      nodes = grown;
    }
    const node = count++;
    const typeId = walk.typeId();
    const at = node * STRIDE;
    nodes[at] = typeId & TYPE_MASK | (named[typeId] ?? true ? NAMED : 0) | (withErrors && walk.isMissing() ? MISSING : 0);
    nodes[at + 1] = walk.startIndex();
    nodes[at + 2] = walk.endIndex();
    nodes[at + 3] = NONE;
    nodes[at + 4] = NONE;
    if (commentTypes[typeId & TYPE_MASK] === 1) comments.push(node);
    return node;
  };
  const stack = [make()];
  const lastChild = [NONE];
  const adopt = (child) => {
    const depth = stack.length - 1;
    const previous = lastChild[depth];
    if (previous === NONE) nodes[stack[depth] * STRIDE + 3] = child;
    else nodes[previous * STRIDE + 4] = child;
    lastChild[depth] = child;
    stack.push(child);
    lastChild.push(NONE);
  };
  for (; ; ) {
    if (walk.gotoFirstChild()) {
      adopt(make());
      continue;
    }
    for (; ; ) {
      if (walk.gotoNextSibling()) {
        stack.pop();
        lastChild.pop();
        adopt(make());
        break;
      }
      if (!walk.gotoParent()) return new CstTree(source, types, nodes, count, comments);
      stack.pop();
      lastChild.pop();
    }
  }
}

// src/readers/terraform/hcl/convert-context.ts
var MAX_NODE_DEPTH = 1e3;
var ConvertContext = class {
  constructor(tree) {
    this.tree = tree;
    this.source = tree.source;
  }
  tree;
  depth = 0;
  /** Where conversion first gave up because of nesting depth. */
  tooDeep;
  source;
  /**
   * Enters one level of nesting: true when the caller may convert `node` (and must call `leave()` after),
   * false at the depth limit (the first such place is kept in `tooDeep`). A pair of calls rather than a
   * callback: conversion runs for every expression node, and two closures per node were a tenth of the
   * converter's allocations.
   */
  enter(node) {
    if (this.depth >= MAX_NODE_DEPTH) {
      this.tooDeep ??= this.tree.position(node);
      return false;
    }
    this.depth++;
    return true;
  }
  leave() {
    this.depth--;
  }
};
var positionOf = (node) => ({
  line: node.startPosition.row + 1,
  column: node.startPosition.column + 1
});

// src/readers/terraform/hcl/ast.ts
var SPLAT_ELEMENT = "\0splat";

// src/readers/terraform/hcl/convert-template.ts
function templateParts(ctx, node, expression) {
  const t = ctx.tree;
  const children = t.childrenOf(node);
  if (t.type(node) === "heredoc_template") {
    const [opener, second, ...rest] = children;
    const closer = rest.at(-1);
    const source = ctx.source;
    const afterOpener = source.indexOf("\n", second === void 0 ? t.startIndex(node) : t.endIndex(second));
    const start2 = afterOpener < 0 ? t.endIndex(node) : afterOpener + 1;
    const end2 = closer !== void 0 && !t.isMissing(closer) ? source.lastIndexOf("\n", t.startIndex(closer) - 1) + 1 : t.endIndex(node);
    const stripIndent = opener !== void 0 && t.text(opener) === "<<-";
    const mode = { escapes: false, dedent: stripIndent ? commonIndent(source.slice(start2, Math.max(start2, end2))) : 0 };
    return partsBetween(ctx, rest, start2, Math.max(start2, end2), mode, expression);
  }
  const first = children[0];
  const last = children.at(-1);
  const start = first === void 0 ? t.startIndex(node) : t.endIndex(first);
  const end = last !== void 0 && last !== first && !t.isMissing(last) ? t.startIndex(last) : t.endIndex(node);
  return partsBetween(ctx, children, start, Math.max(start, end), { escapes: true, dedent: 0 }, expression);
}
function partsBetween(ctx, children, start, end, mode, expression) {
  const t = ctx.tree;
  const parts = [];
  let cursor = start;
  let stripNext = false;
  const text2 = (from, to) => {
    let value = literalText2(ctx.source, from, to, mode);
    if (stripNext) value = value.trimStart();
    stripNext = false;
    if (value !== "") parts.push({ kind: "text", text: value });
  };
  for (const child of children) {
    const type = t.type(child);
    if (type !== "template_interpolation" && type !== "template_directive") continue;
    if (t.startIndex(child) < cursor || t.endIndex(child) > end) continue;
    text2(cursor, t.startIndex(child));
    const markers = stripMarkers(ctx, child);
    if (markers.before) trimLastText(parts);
    const part = type === "template_interpolation" ? interpolation(ctx, child, expression) : directive(ctx, child, mode, expression);
    if (part) parts.push(part);
    stripNext = markers.after;
    cursor = t.endIndex(child);
  }
  text2(cursor, end);
  return parts;
}
function interpolation(ctx, node, expression) {
  const t = ctx.tree;
  const inner = t.namedChildrenOf(node).find((child) => t.type(child) === "expression");
  return inner !== void 0 ? { kind: "interpolation", expression: expression(inner) } : void 0;
}
function directive(ctx, node, mode, expression) {
  const t = ctx.tree;
  const inner = t.firstNamedChild(node);
  if (inner === void 0) return void 0;
  const children = t.childrenOf(inner);
  const head = children[0];
  const tail = children.at(-1);
  if (head === void 0 || tail === void 0) return void 0;
  const headChildren = t.namedChildrenOf(head);
  const condition = headChildren.find((child) => t.type(child) === "expression");
  if (condition === void 0) return void 0;
  if (t.type(inner) === "template_if") {
    const elseIntro = children.find((child) => t.type(child) === "template_else_intro");
    const thenEnd = t.startIndex(elseIntro ?? tail);
    return {
      kind: "if",
      condition: expression(condition),
      then: partsBetween(ctx, children, t.endIndex(head), thenEnd, mode, expression),
      else: elseIntro !== void 0 ? partsBetween(ctx, children, t.endIndex(elseIntro), t.startIndex(tail), mode, expression) : []
    };
  }
  const names = headChildren.filter((child) => t.type(child) === "identifier");
  const [first, second] = names;
  if (first === void 0) return void 0;
  return {
    kind: "for",
    keyName: second !== void 0 ? t.text(first) : void 0,
    valueName: t.text(second ?? first),
    collection: expression(condition),
    body: partsBetween(ctx, children, t.endIndex(head), t.startIndex(tail), mode, expression)
  };
}
function stripMarkers(ctx, node) {
  const t = ctx.tree;
  const edges = t.type(node) === "template_directive" ? directiveEdges(ctx, node) : [node, node];
  const [opening, closing] = edges;
  const openingMarker = opening !== void 0 ? t.childrenOf(opening)[1] : void 0;
  const closingMarker = closing !== void 0 ? t.childrenOf(closing).at(-2) : void 0;
  return {
    before: openingMarker !== void 0 && t.type(openingMarker) === "strip_marker",
    after: closingMarker !== void 0 && t.type(closingMarker) === "strip_marker"
  };
}
function directiveEdges(ctx, node) {
  const t = ctx.tree;
  const inner = t.firstNamedChild(node);
  if (inner === void 0) return [void 0, void 0];
  const children = t.childrenOf(inner);
  return [children[0], children.at(-1)];
}
function trimLastText(parts) {
  const last = parts.at(-1);
  if (last?.kind !== "text") return;
  const trimmed = last.text.trimEnd();
  if (trimmed === "") parts.pop();
  else parts[parts.length - 1] = { kind: "text", text: trimmed };
}
function literalText2(source, from, to, mode) {
  let raw = source.slice(from, to);
  if (mode.dedent > 0) raw = dedent(raw, mode.dedent, from === 0 || source[from - 1] === "\n");
  raw = raw.replaceAll("$${", "${").replaceAll("%%{", "%{");
  return mode.escapes ? unescapeQuoted(raw) : raw;
}
function commonIndent(content) {
  let indent = Infinity;
  for (const line of content.split("\n")) {
    if (line.trim() === "") continue;
    indent = Math.min(indent, line.length - line.trimStart().length);
  }
  return Number.isFinite(indent) ? indent : 0;
}
function dedent(text2, indent, startsLine) {
  return text2.split("\n").map((line, index) => {
    if (index === 0 && !startsLine) return line;
    const leading = line.length - line.trimStart().length;
    return line.slice(Math.min(leading, indent));
  }).join("\n");
}
var SIMPLE_ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
function unescapeQuoted(raw) {
  if (!raw.includes("\\")) return raw;
  return raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/gs, (whole, escape) => {
    if (escape.length > 1) {
      const code = Number.parseInt(escape.slice(1), 16);
      return code <= 1114111 ? String.fromCodePoint(code) : whole;
    }
    return SIMPLE_ESCAPES[escape] ?? whole;
  });
}

// src/readers/terraform/hcl/convert-expression.ts
var BINARY_OPERATORS = /* @__PURE__ */ new Set(["*", "/", "%", "+", "-", ">", ">=", "<", "<=", "==", "!=", "&&", "||"]);
var invalid = (reason) => (pos) => ({ kind: "invalid", reason, pos });
var TOO_DEEP = invalid("the expression is nested too deeply to be read");
var MAX_TRAVERSALS = 200;
function convertExpression(ctx, node) {
  if (!ctx.enter(node)) return TOO_DEEP(ctx.tree.position(node));
  try {
    return expressionNode(ctx, node);
  } finally {
    ctx.leave();
  }
}
function expressionNode(ctx, node) {
  const t = ctx.tree;
  const pos = t.position(node);
  const type = t.type(node);
  switch (type) {
    case "expression":
      return termSequence(ctx, t.childrenOf(node), pos);
    case "conditional":
      return conditional(ctx, node, pos);
    case "literal_value":
      return literal(ctx, node, pos);
    case "template_expr": {
      const template = t.firstNamedChild(node);
      if (template === void 0) return invalid("empty template")(pos);
      return { kind: "template", parts: templateParts(ctx, template, (child) => convertExpression(ctx, child)), pos };
    }
    case "collection_value": {
      const inner = t.firstNamedChild(node);
      return inner !== void 0 ? convertExpression(ctx, inner) : invalid("empty collection")(pos);
    }
    case "tuple": {
      const items = t.namedChildrenOf(node).filter((child) => t.type(child) === "expression");
      return { kind: "tuple", items: items.map((item) => convertExpression(ctx, item)), pos };
    }
    case "object":
      return { kind: "object", items: objectItems(ctx, node), pos };
    case "variable_expr":
      return { kind: "variable", name: t.text(node), pos };
    case "function_call":
      return call(ctx, node, pos);
    case "for_expr": {
      const inner = t.firstNamedChild(node);
      return inner !== void 0 ? forExpression(ctx, inner, pos) : invalid("empty for expression")(pos);
    }
    case "operation": {
      const inner = t.firstNamedChild(node);
      return inner !== void 0 ? convertExpression(ctx, inner) : invalid("empty operation")(pos);
    }
    case "unary_operation": {
      const [operator, ...operand] = t.childrenOf(node);
      const op = operator !== void 0 && t.type(operator) === "!" ? "!" : "-";
      return { kind: "unary", operator: op, operand: termSequence(ctx, operand, pos), pos };
    }
    case "binary_operation":
      return binary(ctx, node, pos);
    default:
      return invalid(`unexpected ${type.replaceAll("_", " ")}`)(pos);
  }
}
function conditional(ctx, node, pos) {
  const t = ctx.tree;
  const outer = [];
  let current = node;
  for (; ; ) {
    const [condition, then, otherwise] = t.namedChildrenOf(current);
    if (condition === void 0 || then === void 0 || otherwise === void 0) return invalid("incomplete conditional expression")(pos);
    const inner = t.type(condition) === "expression" ? t.childrenOf(condition) : [];
    const only = inner[0];
    if (inner.length !== 1 || only === void 0 || t.type(only) !== "conditional") break;
    outer.push([then, otherwise]);
    current = only;
  }
  const [first, firstThen, firstElse] = t.namedChildrenOf(current);
  const inward = outer.reverse();
  const conditions = [first, firstElse, ...inward.map(([, otherwise]) => otherwise)];
  const thens = [firstThen, ...inward.map(([then]) => then)];
  const convert2 = (child) => convertExpression(ctx, child);
  let result = convert2(conditions.pop());
  for (let i = thens.length - 1; i >= 0; i--) {
    const condition = conditions[i];
    const then = convert2(thens[i]);
    result = { kind: "conditional", condition: convert2(condition), then, else: result, pos: t.position(condition) };
  }
  return result;
}
function termSequence(ctx, children, pos) {
  const t = ctx.tree;
  let index;
  let current;
  const first = children[0];
  if (first === void 0) return invalid("missing expression")(pos);
  if (t.type(first) === "(") {
    const inner = children[1];
    current = inner !== void 0 ? convertExpression(ctx, inner) : invalid("empty parentheses")(pos);
    index = 3;
  } else {
    current = convertExpression(ctx, first);
    index = 1;
  }
  if (children.length - index > MAX_TRAVERSALS) {
    ctx.tooDeep ??= t.position(first);
    return TOO_DEEP(t.position(first));
  }
  for (let i = index; i < children.length; i++) current = applyTraversal(ctx, current, children[i]);
  return current;
}
function applyTraversal(ctx, target, node) {
  const t = ctx.tree;
  const type = t.type(node);
  if (type !== "get_attr" && type !== "index" && type !== "splat") return target;
  const pos = t.position(node);
  switch (type) {
    case "get_attr": {
      const name = t.firstNamedChild(node);
      return { kind: "getattr", target, name: name === void 0 ? "" : t.text(name), pos };
    }
    case "index": {
      const inner = t.firstNamedChild(node);
      if (inner !== void 0 && t.type(inner) === "legacy_index") {
        return { kind: "index", target, key: { kind: "literal", value: Number(t.text(inner).slice(1)), pos }, pos };
      }
      const key = inner === void 0 ? void 0 : t.firstNamedChild(inner);
      return { kind: "index", target, key: key !== void 0 ? convertExpression(ctx, key) : invalid("missing index")(pos), pos };
    }
    case "splat": {
      const inner = t.firstNamedChild(node);
      let each = { kind: "variable", name: SPLAT_ELEMENT, pos };
      for (const traversal of (inner !== void 0 ? t.namedChildrenOf(inner) : []).slice(0, MAX_TRAVERSALS)) {
        each = applyTraversal(ctx, each, traversal);
      }
      return { kind: "splat", target, each, pos };
    }
    default:
      return target;
  }
}
function literal(ctx, node, pos) {
  const t = ctx.tree;
  const inner = t.firstNamedChild(node);
  if (inner === void 0) return invalid("unreadable literal")(pos);
  switch (t.type(inner)) {
    case "numeric_lit":
      return { kind: "literal", value: Number(t.text(inner)), pos };
    case "bool_lit":
      return { kind: "literal", value: t.text(inner) === "true", pos };
    case "null_lit":
      return { kind: "literal", value: null, pos };
    case "string_lit": {
      const children = t.childrenOf(inner);
      const opening = children[0];
      const start = opening === void 0 ? t.startIndex(inner) : t.endIndex(opening);
      const closing = children.at(-1);
      const end = closing !== void 0 && !t.isMissing(closing) && children.length > 1 ? t.startIndex(closing) : t.endIndex(inner);
      const raw = ctx.source.slice(start, Math.max(start, end)).replaceAll("$${", "${").replaceAll("%%{", "%{");
      return { kind: "literal", value: unescapeQuoted(raw), pos };
    }
    default:
      return invalid("unreadable literal")(pos);
  }
}
function objectItems(ctx, node) {
  const t = ctx.tree;
  const items = [];
  for (const element of t.namedChildrenOf(node)) {
    if (t.type(element) !== "object_elem") continue;
    const [key, value] = t.namedChildrenOf(element);
    if (key === void 0 || value === void 0) continue;
    items.push({ key: objectKey(ctx, key), value: convertExpression(ctx, value) });
  }
  return items;
}
function objectKey(ctx, node) {
  const t = ctx.tree;
  const children = t.childrenOf(node);
  const only = children.length === 1 ? children[0] : void 0;
  if (only !== void 0 && t.type(only) === "variable_expr") return { kind: "literal", value: t.text(only), pos: t.position(only) };
  return convertExpression(ctx, node);
}
function call(ctx, node, pos) {
  const t = ctx.tree;
  const children = t.namedChildrenOf(node);
  const first = children[0];
  const name = first === void 0 ? "" : t.text(first);
  const argumentsNode = children.find((child) => t.type(child) === "function_arguments");
  const args = argumentsNode !== void 0 ? t.namedChildrenOf(argumentsNode) : [];
  return {
    kind: "call",
    name,
    args: args.filter((arg) => t.type(arg) === "expression").map((arg) => convertExpression(ctx, arg)),
    expandFinal: args.some((arg) => t.type(arg) === "ellipsis"),
    pos
  };
}
function forExpression(ctx, node, pos) {
  const t = ctx.tree;
  const children = t.namedChildrenOf(node);
  const intro = children.find((child) => t.type(child) === "for_intro");
  const expressions = children.filter((child) => t.type(child) === "expression");
  const condition = children.find((child) => t.type(child) === "for_cond");
  const introChildren = intro !== void 0 ? t.namedChildrenOf(intro) : [];
  const names = introChildren.filter((child) => t.type(child) === "identifier");
  const collection = introChildren.find((child) => t.type(child) === "expression");
  const [first, second] = names;
  if (first === void 0 || collection === void 0) return invalid("incomplete for expression")(pos);
  const isObject2 = t.type(node) === "for_object_expr";
  const [keyNode, valueNode] = isObject2 ? expressions : [void 0, expressions[0]];
  const conditionExpression = condition === void 0 ? void 0 : t.firstNamedChild(condition);
  if (valueNode === void 0) return invalid("incomplete for expression")(pos);
  return {
    kind: "for",
    keyName: second !== void 0 ? t.text(first) : void 0,
    valueName: t.text(second ?? first),
    collection: convertExpression(ctx, collection),
    keyExpression: keyNode !== void 0 ? convertExpression(ctx, keyNode) : void 0,
    valueExpression: convertExpression(ctx, valueNode),
    condition: conditionExpression !== void 0 ? convertExpression(ctx, conditionExpression) : void 0,
    grouping: children.some((child) => t.type(child) === "ellipsis"),
    pos
  };
}
function binary(ctx, node, pos) {
  const t = ctx.tree;
  const children = t.childrenOf(node);
  const split = children.findIndex((child) => !t.isNamed(child) && BINARY_OPERATORS.has(t.type(child)));
  if (split <= 0) return invalid("incomplete operation")(pos);
  return {
    kind: "binary",
    operator: t.type(children[split]),
    left: termSequence(ctx, children.slice(0, split), t.position(children[0] ?? node)),
    right: termSequence(ctx, children.slice(split + 1), t.position(children[split + 1] ?? node)),
    pos
  };
}

// src/readers/terraform/hcl/exponent-numbers.ts
var EXPONENT_NUMBER = /(?<![\p{L}\p{N}_.])(?<![\p{L}_][\p{L}\p{N}_-]*-)\d+[eE][-+]?\d+(?![\p{L}\p{N}_]|\.(?!\.))/gu;
function parseWithExponents(parser, text2) {
  const spans = [];
  for (const match2 of text2.matchAll(EXPONENT_NUMBER)) spans.push([match2.index, match2.index + match2[0].length]);
  if (spans.length === 0) return parser.parse(text2);
  const tree = parser.parse(rewritten(text2, spans));
  if (tree === null) return tree;
  const texts2 = tree.rootNode.descendantsOfType(["template_literal", "comment"]);
  const numbers = spans.filter(([start, end]) => !texts2.some((node) => node.startIndex < end && start < node.endIndex));
  if (numbers.length === spans.length) return tree;
  tree.delete();
  return parser.parse(rewritten(text2, numbers));
}
function rewritten(text2, spans) {
  let result = "";
  let at = 0;
  for (const [start, end] of spans) {
    result += `${text2.slice(at, start)}0x${"0".repeat(end - start - 2)}`;
    at = end;
  }
  return result + text2.slice(at);
}

// src/readers/terraform/hcl/fast-characters.ts
var TAB = 9;
var LF = 10;
var VT = 11;
var FF = 12;
var CR = 13;
var SPACE = 32;
var BANG = 33;
var QUOTE = 34;
var HASH = 35;
var DOLLAR = 36;
var PERCENT = 37;
var AMPERSAND = 38;
var OPEN_PAREN = 40;
var CLOSE_PAREN = 41;
var STAR = 42;
var PLUS = 43;
var COMMA = 44;
var MINUS = 45;
var DOT = 46;
var SLASH = 47;
var COLON = 58;
var LESS = 60;
var EQUALS = 61;
var GREATER = 62;
var QUESTION = 63;
var UPPER_U = 85;
var OPEN_BRACKET = 91;
var BACKSLASH = 92;
var CLOSE_BRACKET = 93;
var UNDERSCORE = 95;
var LOWER_N = 110;
var LOWER_R = 114;
var LOWER_T = 116;
var LOWER_U = 117;
var OPEN_BRACE = 123;
var PIPE = 124;
var CLOSE_BRACE = 125;
var TILDE = 126;

// src/readers/terraform/hcl/fast-scanner.ts
var LEFT_TO_TREE_SITTER = new Error("syntax left to tree-sitter");
var KEYWORDS = /* @__PURE__ */ new Set(["true", "false", "null", "for", "in", "if", "else", "endif", "endfor"]);
function isIdentifierStart(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code === UNDERSCORE;
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}
function isIdentifierPart(code) {
  return isIdentifierStart(code) || isDigit(code) || code === MINUS;
}
var HclScanner = class {
  constructor(source) {
    this.source = source;
  }
  source;
  /** The cursor: a UTF-16 offset into the source. */
  at = 0;
  /** Start and end offsets of every comment, in document order. */
  comments = [];
  lines;
  fail() {
    throw LEFT_TO_TREE_SITTER;
  }
  code(offset = this.at) {
    return this.source.charCodeAt(offset);
  }
  /** 1-based line and column of an offset, as the copied tree gives them. */
  position(offset) {
    this.lines ??= new LineIndex(this.source);
    return this.lines.lineAndColumn(offset);
  }
  /** Skips whitespace and comments; the cursor is then at a token or at the end. */
  skip() {
    const source = this.source;
    for (; ; ) {
      const code = source.charCodeAt(this.at);
      if (code === SPACE || code === LF || code === TAB) this.at++;
      else if (code === CR) {
        if (source.charCodeAt(this.at + 1) !== LF) this.fail();
        this.at += 2;
      } else if (code === HASH || code === SLASH && source.charCodeAt(this.at + 1) === SLASH) this.lineComment();
      else if (code === SLASH && source.charCodeAt(this.at + 1) === STAR) this.blockComment();
      else return;
    }
  }
  lineComment() {
    const start = this.at;
    let end = this.source.indexOf("\n", start);
    if (end < 0) end = this.source.length;
    for (let i = start; i < end; i++) {
      const code = this.source.charCodeAt(i);
      if (code === CR && i !== end - 1 || code === 8232 || code === 8233 || code === 133) this.fail();
    }
    this.comments.push(start, end);
    this.at = end;
  }
  blockComment() {
    const start = this.at;
    const close = this.source.indexOf("*/", start + 2);
    if (close < 0) this.fail();
    this.comments.push(start, close + 2);
    this.at = close + 2;
  }
  /**
   * An identifier at the cursor (ASCII letters, digits, `_`, `-` and `::`, as the grammar's token, longest
   * match). Fails on a non-ASCII character right after it (tree-sitter's token may go on).
   */
  identifier() {
    const source = this.source;
    const start = this.at;
    if (!isIdentifierStart(source.charCodeAt(start))) this.fail();
    let at = start + 1;
    for (; ; ) {
      const code = source.charCodeAt(at);
      if (isIdentifierPart(code)) at++;
      else if (code === COLON && source.charCodeAt(at + 1) === COLON) at += 2;
      else if (code > 127) this.fail();
      else break;
    }
    this.at = at;
    return source.slice(start, at);
  }
  /** An identifier in a name's place (attribute, block, label, attribute access, `for` variable): never a keyword. */
  name() {
    const name = this.identifier();
    if (KEYWORDS.has(name)) this.fail();
    return name;
  }
  /** Whether the cursor is at the keyword `word`, as a whole identifier token (the cursor does not move). */
  atKeyword(word) {
    const source = this.source;
    if (!source.startsWith(word, this.at)) return false;
    const next = source.charCodeAt(this.at + word.length);
    return !(isIdentifierPart(next) || next === COLON || next > 127);
  }
  /**
   * A number: `[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?`, HCL's NumericLit (tree-sitter's token wants a fraction
   * before an exponent; the tree-sitter path reads `1e3` too: exponent-numbers.ts). Hex numbers and a number run
   * into a name or a `.` are left to tree-sitter.
   */
  number() {
    const source = this.source;
    const start = this.at;
    let at = start;
    while (isDigit(source.charCodeAt(at))) at++;
    if (source.charCodeAt(at) === DOT && isDigit(source.charCodeAt(at + 1))) {
      at++;
      while (isDigit(source.charCodeAt(at))) at++;
    }
    const e = source.charCodeAt(at);
    if (e === 101 || e === 69) {
      let digits = at + 1;
      const sign = source.charCodeAt(digits);
      if (sign === PLUS || sign === MINUS) digits++;
      if (isDigit(source.charCodeAt(digits))) {
        at = digits;
        while (isDigit(source.charCodeAt(at))) at++;
      }
    }
    const next = source.charCodeAt(at);
    if (isIdentifierPart(next) || next === DOT && source.charCodeAt(at + 1) !== DOT || next > 127) this.fail();
    this.at = at;
    return Number(source.slice(start, at));
  }
};

// src/readers/terraform/hcl/fast-templates.ts
var MAX_DEPTH = 64;
var QUOTED_TEXT = { escapes: true, dedent: 0 };
var HclTemplates = class extends HclScanner {
  depth = 0;
  /** Inside `${ }`: a `{` there is left to tree-sitter (its scanner may end the interpolation at the `}`). */
  interpolations = 0;
  enter() {
    if (++this.depth > MAX_DEPTH) this.fail();
  }
  /**
   * A quoted string from its `"`: where it closes and its interpolations. Escapes, `$${` and `%%{` as the
   * grammar's scanner reads them; a line end, a directive (`%{`), a strip marker or a bad escape fails.
   */
  quoted(allowInterpolation) {
    const source = this.source;
    const interpolations = [];
    let at = this.at + 1;
    for (; ; ) {
      const code = source.charCodeAt(at);
      if (code === QUOTE) break;
      if (code === BACKSLASH) at = this.escape(at);
      else if (code === DOLLAR || code === PERCENT) at = this.templateSign(at, allowInterpolation, interpolations);
      else if (code === LF || code === CR || Number.isNaN(code)) this.fail();
      else at++;
    }
    this.at = at + 1;
    return { close: at, interpolations };
  }
  /**
   * A `$` or `%` in a template's text: `${` starts an interpolation (read into `interpolations`), `$${` and
   * `%%{` are escapes, a directive (`%{`) or a third `$` / `%` fails. The offset after it.
   */
  templateSign(at, allowInterpolation, interpolations) {
    const source = this.source;
    const code = source.charCodeAt(at);
    const next = source.charCodeAt(at + 1);
    if (next === OPEN_BRACE) {
      if (code === PERCENT || !allowInterpolation) this.fail();
      this.at = at + 2;
      interpolations.push(this.interpolation(at));
      return this.at;
    }
    if (next !== code) return at + 1;
    const third = source.charCodeAt(at + 2);
    if (third === code) this.fail();
    return at + (third === OPEN_BRACE ? 3 : 2);
  }
  /**
   * A heredoc from its `<<` / `<<-`. It closes at the first line (outside interpolations) that holds the
   * marker alone, indented or not, as the scanner finds it; a line starting with the marker and more text,
   * an unterminated heredoc or anything but blanks after the opening marker fails. Its text is cut as
   * convert-template.ts cuts it: from the line after the opening marker to the start of the closing line.
   */
  heredoc() {
    const source = this.source;
    const open = this.at;
    if (this.interpolations > 0) this.fail();
    const strip = source.charCodeAt(open + 2) === MINUS;
    let at = open + (strip ? 3 : 2);
    const markerStart = at;
    while (isMarkerCharacter(source.charCodeAt(at))) at++;
    if (at === markerStart || source.charCodeAt(at) > 127) this.fail();
    const marker = source.slice(markerStart, at);
    while (isBlank(source.charCodeAt(at))) at++;
    if (source.charCodeAt(at) !== LF) this.fail();
    const start = at + 1;
    const interpolations = [];
    let lineStart = true;
    for (at = start; ; at++) {
      const code = source.charCodeAt(at);
      if (code === LF) lineStart = true;
      else if (isBlank(code)) continue;
      else if (Number.isNaN(code) || code > 127 && /\s/.test(source.charAt(at))) this.fail();
      else if (lineStart && source.startsWith(marker, at)) {
        let after = at + marker.length;
        while (isBlank(source.charCodeAt(after))) after++;
        if (source.charCodeAt(after) !== LF) this.fail();
        break;
      } else {
        lineStart = false;
        if (code === DOLLAR || code === PERCENT) at = this.templateSign(at, true, interpolations) - 1;
      }
    }
    const end = source.lastIndexOf("\n", at - 1) + 1;
    const mode = { escapes: false, dedent: strip ? commonIndent(source.slice(start, end)) : 0 };
    this.at = at + marker.length;
    return { kind: "template", parts: this.parts(start, end, interpolations, mode), pos: this.position(open) };
  }
  /** The text and interpolation parts of a template's content, as convert-template.ts `partsBetween`. */
  parts(start, end, interpolations, mode) {
    const parts = [];
    let cursor = start;
    for (const { start: from, end: to, expression } of interpolations) {
      const text3 = literalText2(this.source, cursor, from, mode);
      if (text3 !== "") parts.push({ kind: "text", text: text3 });
      parts.push({ kind: "interpolation", expression });
      cursor = to;
    }
    const text2 = literalText2(this.source, cursor, end, mode);
    if (text2 !== "") parts.push({ kind: "text", text: text2 });
    return parts;
  }
  /** `\n`, `\r`, `\t`, `\"`, `\\`, `\uXXXX`, `\UXXXXXXXX` (the scanner's escapes); the offset after it. */
  escape(at) {
    const letter = this.source.charCodeAt(at + 1);
    if (letter === LOWER_N || letter === LOWER_R || letter === LOWER_T || letter === QUOTE || letter === BACKSLASH) return at + 2;
    const digits = letter === LOWER_U ? 4 : letter === UPPER_U ? 8 : 0;
    if (digits === 0) this.fail();
    for (let i = 0; i < digits; i++) {
      if (!/[0-9a-fA-F]/.test(this.source.charAt(at + 2 + i))) this.fail();
    }
    return at + 2 + digits;
  }
  interpolation(start) {
    this.skip();
    if (this.code() === TILDE || this.code() === CLOSE_BRACE) this.fail();
    this.interpolations++;
    const expression = this.expression(false);
    this.interpolations--;
    this.skip();
    if (this.code() !== CLOSE_BRACE) this.fail();
    this.at++;
    return { start, end: this.at, expression };
  }
  /** A string literal, or a template when it has interpolations (convert-expression.ts `literal`, convert-template.ts). */
  string() {
    const open = this.at;
    const { close, interpolations } = this.quoted(true);
    const source = this.source;
    const pos = this.position(open);
    if (interpolations.length === 0) {
      const raw = source.slice(open + 1, close).replaceAll("$${", "${").replaceAll("%%{", "%{");
      return { kind: "literal", value: unescapeQuoted(raw), pos };
    }
    return { kind: "template", parts: this.parts(open + 1, close, interpolations, QUOTED_TEXT), pos };
  }
};
function isMarkerCharacter(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === UNDERSCORE || code === MINUS;
}
function isBlank(code) {
  return code === SPACE || code === TAB || code === CR || code === VT || code === FF;
}

// src/readers/terraform/hcl/fast-terms.ts
var HclTerms = class extends HclTemplates {
  primary() {
    this.skip();
    const start = this.at;
    const code = this.code();
    if (code === QUOTE) return this.string();
    if (code === LESS && this.code(start + 1) === LESS) return this.heredoc();
    if (isDigit(code)) return { kind: "literal", value: this.number(), pos: this.position(start) };
    if (code === OPEN_BRACKET) return this.tuple();
    if (code === OPEN_BRACE) {
      if (this.interpolations > 0) this.fail();
      return this.object();
    }
    if (code === OPEN_PAREN) {
      this.at++;
      const inner = this.expression(false);
      this.skip();
      if (this.code() !== CLOSE_PAREN) this.fail();
      this.at++;
      return inner;
    }
    if (!isIdentifierStart(code)) this.fail();
    const name = this.identifier();
    if (name === "true" || name === "false") return { kind: "literal", value: name === "true", pos: this.position(start) };
    if (name === "null") return { kind: "literal", value: null, pos: this.position(start) };
    if (name === "for" || name === "in" || name === "if" || name === "else" || name === "endif" || name === "endfor") this.fail();
    this.skip();
    if (this.code() === OPEN_PAREN) return this.call(name, start);
    return { kind: "variable", name, pos: this.position(start) };
  }
  /** `[a, b,]` or `[for ...]`. */
  tuple() {
    const start = this.at;
    this.at++;
    this.skip();
    if (this.atKeyword("for")) return this.forExpression(start, false);
    const items = [];
    while (this.code() !== CLOSE_BRACKET) {
      items.push(this.expression(false));
      this.skip();
      if (this.code() === COMMA) {
        this.at++;
        this.skip();
      } else if (this.code() !== CLOSE_BRACKET) this.fail();
    }
    this.at++;
    return { kind: "tuple", items, pos: this.position(start) };
  }
  /** `{ key = value, key: value }` (commas optional) or `{for ...}`. */
  object() {
    const start = this.at;
    this.at++;
    this.skip();
    if (this.atKeyword("for")) return this.forExpression(start, true);
    const items = [];
    while (this.code() !== CLOSE_BRACE) {
      const keyStart = this.at;
      const key = this.expression(true);
      this.skip();
      const separator = this.code();
      const next = this.code(this.at + 1);
      if (!(separator === COLON || separator === EQUALS && next !== EQUALS && next !== GREATER)) this.fail();
      this.at++;
      const value = this.expression(false);
      const literalKey = key.kind === "variable" && this.code(keyStart) !== OPEN_PAREN;
      items.push({ key: literalKey ? { kind: "literal", value: key.name, pos: key.pos } : key, value });
      this.skip();
      if (this.code() === COMMA) {
        this.at++;
        this.skip();
      }
    }
    this.at++;
    return { kind: "object", items, pos: this.position(start) };
  }
  /** `[for k, v in c : value if cond]` / `{for k, v in c : key => value... if cond}`, after the `for`. */
  forExpression(start, isObject2) {
    this.at += 3;
    this.skip();
    const first = this.name();
    this.skip();
    let second;
    if (this.code() === COMMA) {
      this.at++;
      this.skip();
      second = this.name();
      this.skip();
    }
    if (!this.atKeyword("in")) this.fail();
    this.at += 2;
    const collection = this.expression(true);
    this.skip();
    if (this.code() !== COLON) this.fail();
    this.at++;
    let keyExpression;
    if (isObject2) {
      keyExpression = this.expression(false);
      this.skip();
      if (this.code() !== EQUALS || this.code(this.at + 1) !== GREATER) this.fail();
      this.at += 2;
    }
    const valueExpression = this.expression(false);
    this.skip();
    let grouping = false;
    if (isObject2 && this.source.startsWith("...", this.at)) {
      grouping = true;
      this.at += 3;
      this.skip();
    }
    let condition;
    if (this.atKeyword("if")) {
      this.at += 2;
      condition = this.expression(false);
      this.skip();
    }
    if (this.code() !== (isObject2 ? 125 : 93)) this.fail();
    this.at++;
    const keyName = second !== void 0 ? first : void 0;
    const valueName = second ?? first;
    return { kind: "for", keyName, valueName, collection, keyExpression, valueExpression, condition, grouping, pos: this.position(start) };
  }
  /** `name(a, b, list...)`, at the `(`. */
  call(name, start) {
    this.at++;
    this.skip();
    const args = [];
    let expandFinal = false;
    while (this.code() !== CLOSE_PAREN) {
      args.push(this.expression(false));
      this.skip();
      if (this.source.startsWith("...", this.at)) {
        expandFinal = true;
        this.at += 3;
        this.skip();
        if (this.code() !== CLOSE_PAREN) this.fail();
      } else if (this.code() === COMMA) {
        this.at++;
        this.skip();
      } else if (this.code() !== CLOSE_PAREN) this.fail();
    }
    this.at++;
    return { kind: "call", name, args, expandFinal, pos: this.position(start) };
  }
};

// src/readers/terraform/hcl/fast-parser.ts
var MAX_TRAVERSALS2 = 64;
var PRECEDENCE = {
  "*": 6,
  "/": 6,
  "%": 6,
  "+": 5,
  "-": 5,
  ">": 4,
  ">=": 4,
  "<": 4,
  "<=": 4,
  "==": 3,
  "!=": 3,
  "&&": 2,
  "||": 1
};
function fastParseHcl(text2, emptyBody) {
  const parser = new FastHclParser(text2, emptyBody);
  try {
    const body = parser.document();
    return { body, comments: parser.comments, position: (offset) => parser.position(offset) };
  } catch (error) {
    if (error === LEFT_TO_TREE_SITTER) return void 0;
    throw error;
  }
}
var FastHclParser = class extends HclTerms {
  constructor(source, emptyBody) {
    super(source);
    this.emptyBody = emptyBody;
  }
  emptyBody;
  document() {
    this.skip();
    if (this.at >= this.source.length) return this.emptyBody;
    const body = this.body();
    if (this.at < this.source.length) this.fail();
    return body;
  }
  /** Attributes and blocks up to a `}` or the end (the caller checks which). */
  body() {
    const attributes = /* @__PURE__ */ new Map();
    const blocks = [];
    for (; ; ) {
      this.skip();
      const start = this.at;
      if (!isIdentifierStart(this.code())) return { attributes, blocks };
      const name = this.name();
      this.skip();
      if (this.code() === EQUALS) {
        const next = this.code(this.at + 1);
        if (next === EQUALS || next === GREATER) this.fail();
        this.at++;
        const attribute = { name, expression: this.expression(false), pos: this.position(start) };
        if (!attributes.has(name)) attributes.set(name, attribute);
      } else blocks.push(this.block(name, start));
    }
  }
  block(type, start) {
    const labels = [];
    for (; ; ) {
      this.skip();
      const code = this.code();
      if (code === QUOTE) labels.push(this.label());
      else if (isIdentifierStart(code)) labels.push(this.name());
      else break;
    }
    if (this.code() !== OPEN_BRACE) this.fail();
    this.enter();
    this.at++;
    this.skip();
    const body = this.code() === CLOSE_BRACE ? this.emptyBody : this.body();
    if (this.code() !== CLOSE_BRACE) this.fail();
    this.at++;
    this.depth--;
    return { type, labels, body, pos: this.position(start), end: this.position(this.at) };
  }
  /** A quoted block label: no interpolation or escape of one (tree-sitter reads those differently there). */
  label() {
    const open = this.at;
    const { close, interpolations } = this.quoted(false);
    const raw = this.source.slice(open + 1, close);
    if (interpolations.length > 0 || /[$%][{$%]/.test(raw)) this.fail();
    return unescapeQuoted(raw);
  }
  /** An expression; `noConditional` where a `?` would be read differently by tree-sitter (a `for` collection, an object key). */
  expression(noConditional) {
    this.enter();
    this.skip();
    const start = this.at;
    const condition = this.binary(0);
    this.skip();
    if (this.code() !== QUESTION) {
      this.depth--;
      return condition;
    }
    if (noConditional) this.fail();
    this.at++;
    const then = this.expression(false);
    this.skip();
    if (this.code() !== COLON) this.fail();
    this.at++;
    const otherwise = this.expression(false);
    this.depth--;
    return { kind: "conditional", condition, then, else: otherwise, pos: this.position(start) };
  }
  /** Binary operations by precedence climbing: left-associative at each level, as the grammar's `prec.left`. */
  binary(minimum) {
    this.skip();
    const start = this.at;
    let left = this.unary();
    for (; ; ) {
      this.skip();
      const operator = this.operator();
      if (operator === void 0) return left;
      const precedence = PRECEDENCE[operator];
      if (precedence < minimum) return left;
      this.at += operator.length;
      this.enter();
      const right = this.binary(precedence + 1);
      this.depth--;
      left = { kind: "binary", operator, left, right, pos: this.position(start) };
    }
  }
  operator() {
    const code = this.code();
    const next = this.code(this.at + 1);
    switch (code) {
      case STAR:
      case PERCENT:
      case PLUS:
      case MINUS:
        return String.fromCharCode(code);
      case SLASH:
        return next === SLASH || next === STAR ? void 0 : "/";
      case GREATER:
        return next === EQUALS ? ">=" : ">";
      case LESS:
        if (next === LESS) this.fail();
        return next === EQUALS ? "<=" : "<";
      case EQUALS:
        return next === EQUALS ? "==" : void 0;
      case BANG:
        return next === EQUALS ? "!=" : void 0;
      case AMPERSAND:
        return next === AMPERSAND ? "&&" : this.fail();
      case PIPE:
        return next === PIPE ? "||" : this.fail();
      default:
        return void 0;
    }
  }
  unary() {
    this.skip();
    const code = this.code();
    if (code !== MINUS && code !== BANG) return this.postfix();
    if (code === BANG && this.code(this.at + 1) === EQUALS) this.fail();
    const start = this.at;
    this.at++;
    this.enter();
    const operand = this.unary();
    this.depth--;
    return { kind: "unary", operator: code === BANG ? "!" : "-", operand, pos: this.position(start) };
  }
  /** A term and its `.name`, `.0`, `[key]`, `.*` and `[*]` traversals. */
  postfix() {
    let current = this.primary();
    for (let count = 0; ; count++) {
      if (count > MAX_TRAVERSALS2) this.fail();
      this.skip();
      const start = this.at;
      const code = this.code();
      const next = this.code(start + 1);
      if (code === DOT && next === STAR) {
        this.at += 2;
        current = this.splat(current, start);
      } else if (code === OPEN_BRACKET && next === STAR && this.code(start + 2) === CLOSE_BRACKET) {
        this.at += 3;
        current = this.splat(current, start);
      } else if (code === DOT && next !== DOT || code === OPEN_BRACKET) current = this.traversal(current);
      else return current;
    }
  }
  /** One `.name`, `.0` or `[key]` applied to `target`; fails on anything else. */
  traversal(target) {
    const start = this.at;
    const pos = this.position(start);
    if (this.code() === OPEN_BRACKET) {
      this.at++;
      const key = this.expression(false);
      this.skip();
      if (this.code() !== CLOSE_BRACKET) this.fail();
      this.at++;
      return { kind: "index", target, key, pos };
    }
    this.at++;
    if (isDigit(this.code())) {
      const digits = this.at;
      while (isDigit(this.code())) this.at++;
      const after = this.code();
      if (after === DOT && isDigit(this.code(this.at + 1)) || after > 127 || isIdentifierStart(after) || after === MINUS) this.fail();
      return { kind: "index", target, key: { kind: "literal", value: Number(this.source.slice(digits, this.at)), pos }, pos };
    }
    return { kind: "getattr", target, name: this.name(), pos };
  }
  /** `.*` / `[*]` (already read) and the traversals it applies to each element (the grammar's `prec.right`). */
  splat(target, start) {
    const pos = this.position(start);
    let each = { kind: "variable", name: SPLAT_ELEMENT, pos };
    for (let count = 0; ; count++) {
      if (count > MAX_TRAVERSALS2) this.fail();
      this.skip();
      const code = this.code();
      const next = this.code(this.at + 1);
      if (code === DOT && next === STAR) break;
      if (code === OPEN_BRACKET && next === STAR) break;
      if ((code !== DOT || next === DOT) && code !== OPEN_BRACKET) break;
      each = this.traversal(each);
    }
    return { kind: "splat", target, each, pos };
  }
};

// src/readers/terraform/hcl/parser.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
var RUNTIME_WASM = "web-tree-sitter.wasm";
var GRAMMAR_WASM = "tree-sitter-terraform.wasm";
function locateWasm(name, packagePath) {
  for (const relative of [`./wasm/${name}`, `../wasm/${name}`]) {
    const candidate = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(candidate)) return candidate;
  }
  return createRequire(import.meta.url).resolve(packagePath);
}
var loading;
function hclParser() {
  loading ??= (async () => {
    const { Language, Parser } = await import("./web-tree-sitter-5ME5HL52.js");
    const runtime = locateWasm(RUNTIME_WASM, `web-tree-sitter/${RUNTIME_WASM}`);
    const binding = { locateFile: () => runtime };
    await Parser.init(binding);
    const language = await Language.load(locateWasm(GRAMMAR_WASM, `@tree-sitter-grammars/tree-sitter-hcl/${GRAMMAR_WASM}`));
    const parser = new Parser();
    parser.setLanguage(language);
    const named = Array.from({ length: language.nodeTypeCount }, (_, id) => language.nodeTypeIsNamed(id));
    const cursor = wasmCursorCalls(binding);
    return { parser, named, ...cursor && { cursor } };
  })();
  loading.catch(() => loading = void 0);
  return loading;
}

// src/readers/terraform/hcl/syntax-errors.ts
function firstSyntaxError(root, source) {
  const node = firstErrorNode(root);
  if (!node) return void 0;
  return node.isMissing ? missing(node) : unexpected(node, source);
}
function firstErrorNode(root) {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.isError || node.isMissing) return node;
    if (!node.hasError) continue;
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return void 0;
}
var CLOSERS = { "}": "{", "]": "[", ")": "(" };
function missing(node) {
  const parent = node.parent;
  const previous = previousLeaf(node);
  if (previous && (previous.type === "=" || previous.type === ":") && !CLOSERS[node.type]) {
    return { pos: positionOf(previous), message: `expected an expression after \`${previous.type}\`` };
  }
  if (node.type === "heredoc_identifier" && parent) return unterminatedHeredoc(parent);
  if (node.type === "quoted_template_end" && parent) {
    return { pos: positionOf(parent), message: 'unterminated string: expected a closing `"` on the same line' };
  }
  const opener = CLOSERS[node.type];
  const container = parent?.type === "block_end" || parent?.type.endsWith("_end") ? parent.parent : parent;
  if (opener && container) {
    const what = container.type === "block" ? `the block \`${blockHeader(container)}\`` : `the \`${opener}\``;
    return {
      pos: positionOf(node),
      message: `expected \`${node.type}\` to close ${what} opened at line ${container.startPosition.row + 1}`
    };
  }
  return { pos: positionOf(node), message: `expected \`${node.type.replaceAll("_", " ")}\`` };
}
function openedAndLeftOpen(node) {
  const string = unclosedString(node);
  if (string) return { pos: positionOf(string), message: 'unterminated string: expected a closing `"` on the same line' };
  const bracket = unclosedBracket(node);
  if (bracket) {
    return {
      pos: positionOf(bracket),
      message: `\`${bracket.type}\` is never closed: expected \`${closerOf(bracket.type)}\``
    };
  }
  const heredoc = node.descendantsOfType("heredoc_template").find((child) => child.hasError);
  return heredoc ? unterminatedHeredoc(heredoc) : void 0;
}
function unterminatedHeredoc(heredoc) {
  const marker = heredoc.children.find((child) => child.type === "heredoc_identifier")?.text ?? "";
  const opener = heredoc.children.find((child) => child.type === "heredoc_start")?.text ?? "<<";
  return {
    pos: positionOf(heredoc),
    message: `unterminated heredoc: expected a line with the closing marker \`${marker}\` after \`${opener}${marker}\``
  };
}
function unexpected(node, source) {
  const token = firstLeaf(node);
  if (CLOSERS[token.type] === void 0) {
    const cause = openedAndLeftOpen(node);
    if (cause) return cause;
  }
  const previous = previousLeaf(node);
  const shown = source.slice(token.startIndex, token.endIndex).split("\n")[0] ?? "";
  if (token.type === "=") return { pos: positionOf(token), message: "expected an expression after `=`" };
  if (previous?.type === "=" || previous?.type === ":") {
    return { pos: positionOf(token), message: `expected an expression after \`${previous.type}\`, found \`${shown}\`` };
  }
  if (isInsideExpression(node)) {
    return { pos: positionOf(token), message: `unexpected \`${shown}\` in an expression` };
  }
  return {
    pos: positionOf(token),
    message: `unexpected \`${shown}\`: expected an attribute (\`name = value\`) or a block (\`type "label" { ... }\`)`
  };
}
function closerOf(opener) {
  return Object.entries(CLOSERS).find(([, open]) => open === opener)?.[0] ?? "";
}
function unclosedBracket(node) {
  const open = [];
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current.childCount === 0) {
      if (current.type === "template_literal") continue;
      const type = current.text;
      if (type === "{" || type === "[" || type === "(") open.push(current);
      else if (CLOSERS[type] && open.at(-1)?.text === CLOSERS[type]) open.pop();
      continue;
    }
    const children = current.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return open[0];
}
function unclosedString(node) {
  let open;
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current.type === "quoted_template_start") open = current;
    else if (current.type === "quoted_template_end") open = void 0;
    const children = current.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return open;
}
function firstLeaf(node) {
  let current = node;
  while (current.childCount > 0) current = current.child(0);
  return current;
}
function previousLeaf(node) {
  let current = node;
  while (current && !current.previousSibling) current = current.parent;
  let leaf = current?.previousSibling ?? null;
  while (leaf && leaf.childCount > 0) leaf = leaf.child(leaf.childCount - 1);
  return leaf ?? void 0;
}
function isInsideExpression(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "body" || current.type === "config_file") return false;
    if (current.type === "expression" || current.type === "function_arguments" || current.type === "tuple") return true;
  }
  return false;
}
function blockHeader(block) {
  return block.children.filter((child) => child.type === "identifier" || child.type === "string_lit").map((child) => child.text).join(" ");
}

// src/readers/terraform/hcl/hcl-file.ts
var EXEMPT_MARKER = /^(?:#|\/\/)\s*hotpatch-reboot-gate-exempt\b[\s:]*(.*)$/;
var EMPTY_BODY = { attributes: /* @__PURE__ */ new Map(), blocks: [] };
async function parseHclFile(text2) {
  const fast = fastParseHcl(text2, EMPTY_BODY);
  if (fast) return { body: fast.body, error: void 0, exemptions: exemptions(text2, fast.comments, fast.position) };
  return parseWithTreeSitter(text2);
}
async function parseWithTreeSitter(text2) {
  const { parser, named, cursor } = await hclParser();
  const tree = parseWithExponents(parser, text2);
  if (!tree) return { body: EMPTY_BODY, error: { pos: { line: 1, column: 1 }, message: "not parsed" }, exemptions: [] };
  try {
    const copy = copyTree(tree, text2, named, cursor);
    const ctx = new ConvertContext(copy);
    const body = documentBody(ctx, 0);
    const syntax = tree.rootNode.hasError ? firstSyntaxError(tree.rootNode, text2) : void 0;
    const depth = ctx.tooDeep && {
      pos: ctx.tooDeep,
      message: "nesting is too deep to read (more than 1000 levels); the file is not evaluated"
    };
    const spans = copy.comments.flatMap((comment) => [copy.startIndex(comment), copy.endIndex(comment)]);
    return { body, error: syntax ?? depth, exemptions: exemptions(text2, spans, (offset) => copy.lines.lineAndColumn(offset)) };
  } finally {
    tree.delete();
  }
}
function documentBody(ctx, root) {
  const top = ctx.tree.firstNamedChild(root);
  if (top === void 0) return EMPTY_BODY;
  const type = ctx.tree.type(top);
  if (type === "body") return convertBody(ctx, top);
  if (type === "object") return objectAsBody(ctx, top);
  return EMPTY_BODY;
}
function convertBody(ctx, node) {
  const attributes = /* @__PURE__ */ new Map();
  const blocks = [];
  const t = ctx.tree;
  for (const child of t.namedChildrenOf(node)) {
    const type = t.type(child);
    if (type === "attribute") {
      const attribute = convertAttribute(ctx, child);
      if (attribute && !attributes.has(attribute.name)) attributes.set(attribute.name, attribute);
    } else if (type === "block") {
      if (!ctx.enter(child)) continue;
      try {
        const block = convertBlock(ctx, child);
        if (block) blocks.push(block);
      } finally {
        ctx.leave();
      }
    }
  }
  return { attributes, blocks };
}
function convertAttribute(ctx, node) {
  const t = ctx.tree;
  const children = t.namedChildrenOf(node);
  const name = children[0];
  let value;
  for (const child of children) {
    if (t.type(child) === "expression") {
      value = child;
      break;
    }
  }
  if (name === void 0 || t.type(name) !== "identifier" || value === void 0) return void 0;
  return { name: t.text(name), expression: convertExpression(ctx, value), pos: t.position(node) };
}
function convertBlock(ctx, node) {
  const t = ctx.tree;
  const children = t.childrenOf(node);
  const type = children[0];
  if (type === void 0 || t.type(type) !== "identifier") return void 0;
  const labels = [];
  let body = EMPTY_BODY;
  for (let i = 1; i < children.length; i++) {
    const child = children[i];
    const childType = t.type(child);
    if (childType === "identifier") labels.push(t.text(child));
    else if (childType === "string_lit") labels.push(stringLabel(ctx, child));
    else if (childType === "body") body = convertBody(ctx, child);
  }
  return { type: t.text(type), labels, body, pos: t.position(node), end: t.endPosition(node) };
}
function stringLabel(ctx, node) {
  const t = ctx.tree;
  const children = t.childrenOf(node);
  const first = children[0];
  const last = children.at(-1);
  const start = first === void 0 ? t.startIndex(node) : t.endIndex(first);
  const end = children.length > 1 && last !== void 0 ? t.startIndex(last) : t.endIndex(node);
  return unescapeQuoted(ctx.source.slice(start, Math.max(start, end)));
}
function objectAsBody(ctx, node) {
  const attributes = /* @__PURE__ */ new Map();
  const t = ctx.tree;
  for (const element of t.namedChildrenOf(node)) {
    if (t.type(element) !== "object_elem") continue;
    const [key, value] = t.namedChildrenOf(element);
    if (key === void 0 || value === void 0) continue;
    const keyExpression = convertExpression(ctx, key);
    const name = keyExpression.kind === "literal" && typeof keyExpression.value === "string" ? keyExpression.value : keyExpression.kind === "variable" ? keyExpression.name : void 0;
    if (name !== void 0 && !attributes.has(name)) {
      attributes.set(name, { name, expression: convertExpression(ctx, value), pos: t.position(element) });
    }
  }
  return { attributes, blocks: [] };
}
function exemptions(source, comments, position) {
  const found = [];
  for (let i = 0; i + 1 < comments.length; i += 2) {
    const start = comments[i];
    const match2 = EXEMPT_MARKER.exec(source.slice(start, comments[i + 1]).trim());
    if (match2) found.push({ pos: position(start), text: (match2[1] ?? "").trim() });
  }
  return found;
}

// src/readers/terraform/config/hcl-files.ts
var HclFiles = class {
  constructor(workspace) {
    this.workspace = workspace;
  }
  workspace;
  parsed = /* @__PURE__ */ new Map();
  configs = /* @__PURE__ */ new Map();
  listings = /* @__PURE__ */ new Map();
  /** Makes the given files the known `.tf` files of their folders (the claimed set). */
  register(paths) {
    for (const path of paths) {
      if (!path.endsWith(".tf")) continue;
      const folder = moduleFolderOf(path);
      const listing = this.listings.get(folder) ?? [];
      if (!listing.includes(path)) listing.push(path);
      this.listings.set(folder, listing.sort());
    }
  }
  parse(path) {
    let entry = this.parsed.get(path);
    if (!entry) {
      entry = this.load(path);
      this.parsed.set(path, entry);
    }
    return entry;
  }
  /** All files parsed so far (for their syntax errors). */
  async all() {
    return Promise.all(this.parsed.values());
  }
  /** The `.tf` files directly inside a folder (claimed ones, else listed from the workspace). */
  tfFiles(folder) {
    const known = this.listings.get(folder);
    if (known) return known;
    const listed = filesIn(this.workspace, folder).map((file) => file.path).filter((path) => path.endsWith(".tf"));
    this.listings.set(folder, listed);
    return listed;
  }
  /** The module declared by a folder's `.tf` files (files with syntax errors are left out). */
  config(folder) {
    let entry = this.configs.get(folder);
    if (!entry) {
      entry = (async () => {
        const files = await Promise.all(this.tfFiles(folder).map((path) => this.parse(path)));
        const usable = files.flatMap((file) => file.ok && !file.hcl.error ? [{ path: file.path, blocks: file.hcl.body.blocks }] : []);
        const unread = files.flatMap((file) => file.ok && !file.hcl.error ? [] : [file.path]);
        return moduleConfig(folder, usable, unread);
      })();
      this.configs.set(folder, entry);
    }
    return entry;
  }
  async load(path) {
    const text2 = this.workspace.readText(path);
    if (!text2.ok) {
      return { path, ok: false, error: { file: path, line: text2.line, column: text2.column, message: text2.message, severity: "error" } };
    }
    try {
      return { path, ok: true, hcl: await parseHclFile(text2.text) };
    } catch (error) {
      const message = `the HCL parser could not run: ${getErrorMessage(error)}`;
      return { path, ok: false, error: { file: path, line: 1, column: 1, message, severity: "error" } };
    }
  }
};
var shared = /* @__PURE__ */ new WeakMap();
function forgetHclFiles(workspace) {
  shared.delete(workspace);
}
function hclFilesOf(workspace) {
  let files = shared.get(workspace);
  if (!files) {
    files = new HclFiles(workspace);
    shared.set(workspace, files);
  }
  return files;
}

// src/readers/terraform/model/fields.ts
function convert(sourced, conversion) {
  if (sourced.value === void 0) return sourced;
  const converted = conversion(sourced.value);
  if ("value" in converted) return { ...sourced, value: converted.value };
  const { detail, via, location } = sourced;
  return {
    value: void 0,
    origin: "unresolved",
    location,
    reason: keptText(converted.reason),
    ...detail === void 0 ? {} : { detail },
    ...via === void 0 ? {} : { via }
  };
}
var textOf = (value) => typeof value === "string" ? keptText(value) : typeof value === "number" ? formatNumber(value) : typeof value === "boolean" ? String(value) : void 0;
var text = (sourced) => convert(sourced, (value) => {
  const found = textOf(value);
  return found === void 0 ? { reason: `expected a string, found ${describeValue(value)}` } : { value: found };
});
var bool = (sourced) => convert(
  sourced,
  (value) => typeof value === "boolean" ? { value } : value === "true" || value === "false" ? { value: value === "true" } : { reason: `expected true or false, found ${describeValue(value)}` }
);
var texts = (sourced) => convert(sourced, (value) => {
  if (!isList(value)) return { reason: `expected a list of strings, found ${describeValue(value)}` };
  const items = [];
  for (const item of value) {
    if (isMissing(item)) return { reason: item.reason };
    const found = textOf(item);
    if (found === void 0) return { reason: `expected a list of strings, found an element ${describeValue(item)}` };
    items.push(found);
  }
  return { value: items };
});
var stringMap = (sourced) => withUnknownKeys(
  convert(sourced, (value) => {
    if (!isObject(value)) return { reason: `expected a map of strings, found ${describeValue(value)}` };
    const { partial } = value;
    if (partial !== void 0 && (value.unknownKeyed?.length ?? 0) > 0) return { reason: partial };
    const record = /* @__PURE__ */ Object.create(null);
    let othersUnknown = partial;
    for (const [key, item] of value.entries) {
      if (isMissing(item)) {
        othersUnknown ??= item.reason;
        continue;
      }
      const found = textOf(item);
      if (found === void 0 && partial === void 0) return { reason: `tag "${key}" is not a string` };
      if (found !== void 0) record[key] = found;
    }
    return { value: othersUnknown === void 0 ? sharedStringMap(record) : new PartialStringMap(sharedStringMap(record), [], othersUnknown) };
  })
);
function orProviderDefault(sourced, value) {
  return sourced.origin === "absent" ? { value, origin: "provider-default", location: sourced.location } : sourced;
}
var intrinsic = (value, location) => ({
  value,
  origin: "provider-default",
  location
});

// src/readers/terraform/model/references.ts
function resourceReference(sourced, symbolOf) {
  const id = text(sourced);
  if (id.value === void 0) return { target: id };
  const identity = parseResourceId(id.value);
  if (!identity) return { target: unresolved(id.location, `"${id.value}" is not an Azure resource ID`) };
  const symbol = symbolOf(id.value);
  return { target: { ...id, value: symbol === void 0 ? identity : { ...identity, symbol } } };
}
function resourceGroupOfId(id) {
  const parts = id.split("/");
  const index = parts.findIndex((part) => part.toLowerCase() === "resourcegroups");
  const name = index >= 0 ? parts[index + 1] : void 0;
  return name === void 0 || name === "" || name.startsWith("{") ? void 0 : name;
}
function subscriptionSegmentOf(id) {
  const [first, second] = idSegments(id);
  return first?.toLowerCase() === "subscriptions" ? second : void 0;
}
function isScopeId(id) {
  const parts = id.split("/").filter((part) => part !== "");
  const lower = parts.map((part) => part.toLowerCase());
  return lower[0] === "subscriptions" && !lower.includes("providers") && (parts.length === 2 || parts.length === 4 && lower[2] === "resourcegroups");
}

// src/readers/terraform/model/resource-types.ts
var AZURERM_ARM_TYPES = /* @__PURE__ */ new Map([
  ["azurerm_windows_virtual_machine", VM_TYPE],
  ["azurerm_linux_virtual_machine", VM_TYPE],
  ["azurerm_virtual_machine", VM_TYPE],
  ["azurerm_orchestrated_virtual_machine_scale_set", VMSS_TYPE],
  ["azurerm_windows_virtual_machine_scale_set", VMSS_TYPE],
  ["azurerm_linux_virtual_machine_scale_set", VMSS_TYPE],
  ["azurerm_virtual_machine_scale_set", VMSS_TYPE],
  // An Arc-enabled server (issue 17): azurerm has no hotpatch or license arguments on it.
  ["azurerm_arc_machine", ARC_MACHINE_TYPE],
  ["azurerm_maintenance_configuration", MAINTENANCE_CONFIGURATION_TYPE],
  ["azurerm_maintenance_assignment_virtual_machine", MAINTENANCE_ASSIGNMENT_TYPE],
  ["azurerm_maintenance_assignment_virtual_machine_scale_set", MAINTENANCE_ASSIGNMENT_TYPE],
  ["azurerm_maintenance_assignment_dynamic_scope", MAINTENANCE_ASSIGNMENT_TYPE]
]);
var RESOURCE_GROUP_TYPE = "azurerm_resource_group";
var AZAPI_RESOURCE = "azapi_resource";
var AZAPI_UPDATE_RESOURCE = "azapi_update_resource";
var AZAPI_RESOURCE_ACTION = "azapi_resource_action";
var withoutApiVersion = (type) => type.split("@")[0] ?? type;
var apiVersionOf = (type) => type.split("@")[1];

// src/readers/terraform/model/azapi.ts
var AZAPI_MODELLED_TYPES = [
  VM_TYPE,
  VMSS_TYPE,
  ARC_MACHINE_TYPE,
  ARC_LICENSE_PROFILE_TYPE,
  MAINTENANCE_CONFIGURATION_TYPE,
  MAINTENANCE_ASSIGNMENT_TYPE
];
function azapiResource(armType, view, frame, symbolOf) {
  const properties = (...path) => view.get(["body", "properties", ...path]);
  switch (armType.toLowerCase()) {
    case VM_TYPE.toLowerCase():
      return onFrame(frame, mapVirtualMachine(azapiSource(view), "virtual-machine", apiVersionOf2(view)));
    case VMSS_TYPE.toLowerCase():
      return onFrame(frame, mapVirtualMachine(azapiSource(view), "scale-set", apiVersionOf2(view)));
    case ARC_MACHINE_TYPE.toLowerCase():
      return onFrame(frame, mapArcMachine(azapiSource(view), "declared"));
    case ARC_LICENSE_PROFILE_TYPE.toLowerCase():
      return arcLicenseProfile(view, frame, symbolOf);
    case MAINTENANCE_CONFIGURATION_TYPE.toLowerCase():
      return onFrame(frame, mapMaintenanceConfiguration(azapiSource(view)));
    case MAINTENANCE_ASSIGNMENT_TYPE.toLowerCase():
      return assignment(view, frame, properties, symbolOf);
    default:
      return void 0;
  }
}
function azapiSource(view) {
  const get = (path) => path.length === 1 ? firstWritten(view.get(path), view.get(["body", ...path])) : view.get(["body", ...path]);
  return {
    at: view.location,
    string: (path) => text(get(path)),
    boolean: (path) => bool(get(path)),
    strings: (path) => texts(get(path)),
    stringMap: (path) => stringMap(get(path)),
    stringListMap: (path) => {
      const tags = get(path);
      return convert(tags, () => tagMap(tags));
    },
    records: (path) => convert(get(path), records),
    written: (path) => convert(get(path), () => ({ value: true }))
  };
}
function apiVersionOf2(view) {
  const type = text(view.get(["type"]));
  const version = type.value?.split("@")[1];
  return version === void 0 ? {} : { apiVersion: { ...type, value: version } };
}
function assignment(view, frame, at, symbolOf) {
  const configuration = resourceReference(at("maintenanceConfigurationId"), symbolOf);
  const parent = view.get(["parent_id"]);
  const filter = at("filter");
  const base = onFrame(frame, { kind: "maintenance-assignment", configuration });
  const scopeParent = typeof parent.value === "string" && isScopeId(parent.value);
  if (filter.origin !== "absent" || scopeParent) return onFrame(base, { filter: mapDynamicScope(azapiSource(view)) });
  return onFrame(base, { target: resourceReference(parent.origin === "absent" ? at("resourceId") : parent, symbolOf) });
}
function arcLicenseProfile(view, frame, symbolOf) {
  const parent = resourceReference(profileParent(view), symbolOf).target.value;
  const identity = parent ?? { type: ARC_MACHINE_TYPE, name: void 0 };
  const displayName = identity.name ?? frame.displayName;
  return onFrame(onFrame(frame, { identity, displayName }), mapArcLicenseProfile(azapiSource(view)));
}
function profileParent(view) {
  const parent = view.get(["parent_id"]);
  if (parent.origin !== "absent") return parent;
  const id = view.get(["resource_id"]);
  if (typeof id.value !== "string") return parent;
  const at = id.value.toLowerCase().lastIndexOf("/licenseprofiles/");
  return at < 0 ? parent : { ...id, value: id.value.slice(0, at) };
}
function records(value) {
  if (!isList(value)) return { reason: "expected a list of objects" };
  const result = [];
  for (const item of value) {
    if (!isObject(item)) return { reason: "expected a list of objects" };
    const record = {};
    for (const [key, field] of item.entries) {
      if (typeof field === "string" || typeof field === "number" || typeof field === "boolean") record[key] = String(field);
      else if (isMissing(field)) return { reason: `'${key}': ${field.reason}` };
    }
    result.push(record);
  }
  return { value: result };
}
function tagMap(tags) {
  const map = stringListMap(tags);
  return map === void 0 ? { reason: "tagSettings.tags must map tag names to lists of values" } : { value: map };
}
function stringListMap(tags) {
  const value = tags.value;
  if (value === void 0 || !isObject(value)) return void 0;
  const record = /* @__PURE__ */ Object.create(null);
  for (const [key, item] of value.entries) {
    const list = texts({ ...tags, value: item });
    if (list.value === void 0) return void 0;
    record[key] = list.value;
  }
  return record;
}

// src/readers/terraform/model/update-resource.ts
var UPDATABLE_TYPES = [VM_TYPE, VMSS_TYPE, ARC_MACHINE_TYPE, MAINTENANCE_CONFIGURATION_TYPE];
var updatableType = (type) => UPDATABLE_TYPES.find((candidate) => candidate.toLowerCase() === type.toLowerCase());
function readUpdate(terraformType, view, frame, address, symbolOf) {
  const action = terraformType === AZAPI_RESOURCE_ACTION ? patchAction(view) : "yes";
  if (action === "no") return void 0;
  const written = text(view.get(["type"])).value;
  const armType = written === void 0 ? void 0 : updatableType(withoutApiVersion(written));
  if (written !== void 0 && armType === void 0) return void 0;
  const target = targetOf(view, armType, symbolOf);
  if (armType === void 0 && target.value !== void 0 && updatableType(target.value.type) === void 0) return void 0;
  const update = { address, frame, armType, target, body: azapiSource(view), bodyValue: view.get(["body"]) };
  return action === "yes" ? update : { ...update, uncertain: action.uncertain };
}
var patchesTheResource = (view) => patchAction(view) === "yes";
function patchAction(view) {
  const action = text(view.get(["action"]));
  const method = text(view.get(["method"]));
  const when = text(view.get(["when"]));
  if (action.value !== void 0 && action.value !== "" || when.value === "destroy") return "no";
  if (method.origin === "absent" || method.value !== void 0 && !["patch", "put"].includes(method.value.toLowerCase())) return "no";
  const open = [action, method, when].find((part) => part.origin === "unresolved");
  return open === void 0 ? "yes" : { uncertain: `whether it changes the resource could not be evaluated (${open.reason ?? "unresolved"})` };
}
function targetOf(view, armType, symbolOf) {
  const id = view.get(["resource_id"]);
  if (id.origin !== "absent") return resourceReference(id, symbolOf).target;
  const parent = text(view.get(["parent_id"]));
  const name = text(view.get(["name"]));
  if (parent.value !== void 0 && name.value !== void 0 && armType !== void 0) {
    return resourceReference({ ...name, value: `${parent.value}/providers/${armType}/${name.value}` }, symbolOf).target;
  }
  const missing2 = [parent, name].find((part) => part.origin === "unresolved");
  const why = missing2?.reason ?? (armType === void 0 ? "its type could not be evaluated" : "it names neither resource_id nor parent_id and name");
  return unresolved(missing2?.location ?? view.location, why);
}

// src/readers/terraform/model/compute.ts
var fixedOs = (os) => (view) => intrinsic(os, view.location);
var osFromBlocks = (windows, linux, fallback) => (view) => {
  const windowsBlock = view.get(windows);
  if (windowsBlock.origin !== "absent") return { ...windowsBlock, value: windowsBlock.value === void 0 ? void 0 : "Windows" };
  const linuxBlock = view.get(linux);
  if (linuxBlock.origin !== "absent") return { ...linuxBlock, value: linuxBlock.value === void 0 ? void 0 : "Linux" };
  if (!fallback) return absent(view.location);
  const written = text(view.get(fallback));
  const os = written.value?.toLowerCase();
  return { ...written, value: os === "windows" ? "Windows" : os === "linux" ? "Linux" : void 0 };
};
var VM = { kind: "virtual-machine", windowsPath: [], image: "source_image_reference", hotpatchArgument: true };
var UNIFORM = { ...VM, kind: "scale-set", orchestrationMode: "Uniform", canHotpatch: false, hotpatchArgument: false };
var NO_PATCH_ARGUMENTS = { rebootArguments: false, patchModeArgument: false };
var SHAPES = /* @__PURE__ */ new Map([
  [
    "azurerm_windows_virtual_machine",
    { ...VM, canHotpatch: true, osType: fixedOs("Windows"), rebootArguments: true, patchModeArgument: true }
  ],
  [
    "azurerm_linux_virtual_machine",
    { ...VM, canHotpatch: false, osType: fixedOs("Linux"), rebootArguments: false, patchModeArgument: true }
  ],
  [
    "azurerm_virtual_machine",
    {
      ...VM,
      ...NO_PATCH_ARGUMENTS,
      canHotpatch: true,
      hotpatchArgument: false,
      windowsPath: ["os_profile_windows_config"],
      osType: osFromBlocks(["os_profile_windows_config"], ["os_profile_linux_config"], ["storage_os_disk", "os_type"]),
      image: "storage_image_reference"
    }
  ],
  [
    "azurerm_orchestrated_virtual_machine_scale_set",
    {
      ...VM,
      kind: "scale-set",
      canHotpatch: true,
      windowsPath: ["os_profile", "windows_configuration"],
      osType: osFromBlocks(["os_profile", "windows_configuration"], ["os_profile", "linux_configuration"]),
      orchestrationMode: "Flexible",
      rebootArguments: false,
      patchModeArgument: true
    }
  ],
  ["azurerm_windows_virtual_machine_scale_set", { ...UNIFORM, ...NO_PATCH_ARGUMENTS, osType: fixedOs("Windows") }],
  ["azurerm_linux_virtual_machine_scale_set", { ...UNIFORM, ...NO_PATCH_ARGUMENTS, osType: fixedOs("Linux") }]
]);
var isComputeType = (type) => SHAPES.has(type);
function azurermCompute(type, view, frame) {
  const shape = SHAPES.get(type);
  if (!shape) return void 0;
  const osType = shape.osType(view);
  const windows = (name) => view.get([...shape.windowsPath, name]);
  const patchMode = text(windows("patch_mode"));
  const patchModeDefault = !shape.patchModeArgument ? void 0 : osType.value === "Windows" ? "AutomaticByOS" : osType.value === "Linux" ? "ImageDefault" : void 0;
  return onFrame(frame, {
    kind: shape.kind,
    canHotpatch: shape.canHotpatch,
    orchestrationMode: shape.orchestrationMode ? intrinsic(shape.orchestrationMode, view.location) : absent(view.location),
    osType,
    image: image(view, shape.image),
    location: text(view.get(["location"])),
    tags: stringMap(view.get(["tags"])),
    patchMode: patchModeDefault === void 0 ? patchMode : orProviderDefault(patchMode, patchModeDefault),
    // The provider sends hotpatching_enabled = false when it is unset: off, whatever the image's default.
    enableHotpatching: shape.hotpatchArgument ? orProviderDefault(bool(windows("hotpatching_enabled")), false) : absent(view.location),
    rebootSetting: shape.rebootArguments ? text(view.get(["reboot_setting"])) : absent(view.location),
    bypassPlatformSafetyChecksOnUserSchedule: shape.rebootArguments ? bool(view.get(["bypass_platform_safety_checks_on_user_schedule_enabled"])) : absent(view.location)
  });
}
function image(view, block) {
  const field = (name) => text(view.get([block, name]));
  return {
    publisher: field("publisher"),
    offer: field("offer"),
    sku: field("sku"),
    version: field("version"),
    customImageId: block === "storage_image_reference" ? field("id") : customImage(view)
  };
}
function customImage(view) {
  const id = text(view.get(["source_image_id"]));
  if (id.origin !== "unresolved" || view.get(["source_image_reference"]).origin !== "absent") return id;
  return { value: "{source_image_id}", origin: "expression", location: id.location, detail: "source_image_id" };
}

// src/readers/terraform/model/maintenance.ts
function azurermMaintenanceConfiguration(view, frame) {
  const window = (name) => text(view.get(["window", name]));
  return onFrame(frame, {
    kind: "maintenance-configuration",
    maintenanceScope: inGuestScope(view),
    window: {
      startDateTime: window("start_date_time"),
      // "" is what the provider itself sends when the argument is unset: no expiration.
      expirationDateTime: noExpirationWhenEmpty(window("expiration_date_time")),
      duration: window("duration"),
      timeZone: window("time_zone"),
      recurEvery: window("recur_every")
    },
    rebootSetting: text(view.get(["install_patches", "reboot"])),
    // The provider has no argument for it: the service default (false) applies.
    excludeKbsRequiringReboot: absent(view.location),
    classificationsToInclude: texts(view.get(["install_patches", "windows", "classifications_to_include"])),
    kbNumbersToInclude: texts(view.get(["install_patches", "windows", "kb_numbers_to_include"])),
    // azurerm sends `properties` as extensionProperties and adds the argument only when they do not set
    // InGuestPatchMode (maintenance_configuration_resource.go): what `properties` sets wins, and `properties` not
    // evaluated leaves the mode unknown.
    inGuestPatchMode: firstWritten(text(view.get(["properties", "InGuestPatchMode"])), text(view.get(["in_guest_user_patch_mode"])))
  });
}
function inGuestScope(view) {
  const argument = (name) => ({ name, written: isWritten(view.get([name])) });
  return azurermInGuestScope(text(view.get(["scope"])), {
    installPatches: argument("install_patches"),
    inGuestUserPatchMode: argument("in_guest_user_patch_mode"),
    // `properties = { InGuestPatchMode = "User" }` stands for in_guest_user_patch_mode.
    modeInProperties: isWritten(view.get(["properties", "InGuestPatchMode"]))
  });
}
var isWritten = (value) => value.origin !== "absent" && !(value.value !== void 0 && isList(value.value) && value.value.length === 0);
function azurermMaintenanceAssignment(type, view, frame, symbolOf) {
  const configuration = resourceReference(view.get(["maintenance_configuration_id"]), symbolOf);
  const base = onFrame(frame, { kind: "maintenance-assignment", configuration });
  if (type === "azurerm_maintenance_assignment_dynamic_scope") {
    const filter = (name) => texts(view.get(["filter", name]));
    const unset = FILTER_ARGUMENTS.every((name) => view.get(["filter", name]).origin === "absent");
    if (unset) return onFrame(base, { filter: noFilter(view), deployed: { value: false, origin: "literal", location: view.location } });
    return onFrame(base, {
      filter: {
        resourceTypes: filter("resource_types"),
        resourceGroups: filter("resource_groups"),
        locations: filter("locations"),
        osTypes: filter("os_types"),
        tags: tagBlocks(view.get(["filter", "tags"])),
        tagOperator: orProviderDefault(text(view.get(["filter", "tag_filter"])), "Any")
      }
    });
  }
  const { argument, accepts } = ASSIGNMENT_TARGETS[type] ?? SCALE_SET_TARGET;
  const written = view.get([argument]);
  const rejected = rejectedTarget(argument, written);
  if (rejected !== void 0) return onFrame(base, { rejectedTarget: rejected });
  const target = resourceReference(written, symbolOf);
  const named = target.target.value?.type;
  if (named === void 0 || named.toLowerCase() === accepts.toLowerCase()) return onFrame(base, { target });
  return onFrame(base, { target, deployed: { value: false, origin: "literal", location: target.target.location } });
}
function rejectedTarget(argument, written) {
  const { value } = written;
  if (value === void 0 || !(isList(value) || isObject(value)) || !isWhollyKnown(value)) return void 0;
  const shape = isList(value) ? `a ${describeValue(value)}` : "an object";
  const reason = `its ${argument} is ${shape}, not a string ("Inappropriate value for attribute "${argument}": string required.")`;
  return { reason, location: written.location, rejectedBy: "Terraform" };
}
var FILTER_ARGUMENTS = ["locations", "os_types", "resource_groups", "resource_types", "tags"];
function noFilter(view) {
  const none = absent(view.location);
  return { resourceTypes: none, resourceGroups: none, locations: none, osTypes: none, tags: none, tagOperator: none };
}
var SCALE_SET_TARGET = { argument: "virtual_machine_scale_set_id", accepts: VMSS_TYPE };
var ASSIGNMENT_TARGETS = {
  azurerm_maintenance_assignment_virtual_machine: { argument: "virtual_machine_id", accepts: VM_TYPE },
  azurerm_maintenance_assignment_virtual_machine_scale_set: SCALE_SET_TARGET
};
function tagBlocks(sourced) {
  return convert(sourced, (value) => {
    const record = /* @__PURE__ */ Object.create(null);
    for (const block of isList(value) ? value : [value]) {
      if (!isObject(block)) return { reason: "tags must be blocks with tag and values" };
      const tag = block.entries.get("tag");
      const values = block.entries.get("values");
      if (tag === void 0 || isMissing(tag) || typeof tag !== "string") return { reason: "a tag name is not known" };
      const list = texts({ value: values ?? [], origin: "literal", location: sourced.location });
      if (list.value === void 0) return { reason: list.reason ?? `the values of tag "${tag}" are not known` };
      record[tag] = list.value;
    }
    return { value: record };
  });
}

// src/readers/terraform/model/build.ts
var isModelledType = (type) => type === AZAPI_RESOURCE || AZURERM_ARM_TYPES.has(type);
function modelledArmType(type, view) {
  if (type !== AZAPI_RESOURCE && type !== AZAPI_UPDATE_RESOURCE && !(type === AZAPI_RESOURCE_ACTION && patchesTheResource(view))) {
    const armType2 = AZURERM_ARM_TYPES.get(type);
    return armType2 ? { armType: armType2 } : void 0;
  }
  const written = text(view.get(["type"])).value;
  if (written === void 0) return void 0;
  const bare = withoutApiVersion(written).toLowerCase();
  const armType = AZAPI_MODELLED_TYPES.find((candidate) => candidate.toLowerCase() === bare);
  if (type !== AZAPI_RESOURCE && armType !== ARC_LICENSE_PROFILE_TYPE) return void 0;
  const apiVersion = apiVersionOf(written);
  return armType ? { armType, ...apiVersion === void 0 ? {} : { apiVersion } } : void 0;
}
function buildResource(type, modelled, view, frame, symbolOf) {
  if (type === AZAPI_RESOURCE || type === AZAPI_UPDATE_RESOURCE || type === AZAPI_RESOURCE_ACTION) return azapiResource(modelled.armType, view, frame, symbolOf);
  if (isComputeType(type)) return azurermCompute(type, view, frame);
  if (type === "azurerm_arc_machine") return onFrame(frame, mapArcMachine(azurermArcSource(view), "declared"));
  if (type === "azurerm_maintenance_configuration") return azurermMaintenanceConfiguration(view, frame);
  if (type.startsWith("azurerm_maintenance_assignment_")) return azurermMaintenanceAssignment(type, view, frame, symbolOf);
  return void 0;
}
function azurermArcSource(view) {
  const top = (path) => path.length === 1 ? view.get(path) : absent(view.location);
  return {
    at: view.location,
    string: (path) => text(top(path)),
    boolean: () => absent(view.location),
    strings: () => absent(view.location),
    stringMap: (path) => stringMap(top(path)),
    stringListMap: () => absent(view.location),
    written: () => absent(view.location)
  };
}

// src/readers/terraform/model/value-inputs.ts
var TERRAFORM_INPUTS = {
  scalar: (value) => typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : void 0,
  children: (value, at) => {
    if (isList(value)) return value.map((item, index) => [index, item, at]);
    if (isObject(value)) return [...value.entries].map(([key, item]) => [key, item, at]);
    return void 0;
  }
};

// src/readers/terraform/model/unreached-update.ts
function unreachedUpdate(update) {
  const { frame, target, address } = update;
  const what = update.armType === void 0 ? "a resource" : `a ${update.armType}`;
  const why = target.value === void 0 ? `${address} updates ${what} named by a value that could not be evaluated (${target.reason ?? "unresolved"}), and this configuration declares none it may be` : `${address} updates ${target.value.type} '${[target.value.resourceGroup, target.value.name ?? "?"].filter((part) => part !== void 0).join("/")}', which this configuration does not declare`;
  const inputs = [];
  const body = update.bodyValue;
  if (body.value !== void 0) collectInputs(TERRAFORM_INPUTS, "body", body.value, body.location, inputs);
  const signals = hotpatchSignals(inputs);
  const at = frame.declaredAt;
  if (signals === void 0) {
    return { file: at.file, line: at.line, column: at.column, message: `${why}: what its body sets is not checked`, severity: "notice" };
  }
  return unreadCallAsVm(
    {
      format: frame.format,
      displayName: address,
      symbol: frame.identity.symbol ?? address,
      at,
      why,
      judge: "its settings are decided where that machine is deployed: judge its reboot plan there, and exempt this update",
      unit: frame.unit,
      scope: frame.scope,
      deployed: frame.deployed,
      variant: frame.variant,
      decidedElsewhere: `decided where the machine ${address} updates is deployed`
    },
    signals
  );
}

// src/readers/terraform/model/update-fields.ts
function computeFields(profile) {
  const patch = [...profile, "osProfile", "windowsConfiguration", "patchSettings"];
  const platform = [...patch, "automaticByPlatformSettings"];
  const image2 = [...profile, "storageProfile", "imageReference"];
  return (body) => [
    { field: ["patchMode"], value: body.string([...patch, "patchMode"]) },
    { field: ["enableHotpatching"], value: body.boolean([...patch, "enableHotpatching"]) },
    { field: ["rebootSetting"], value: body.string([...platform, "rebootSetting"]) },
    {
      field: ["bypassPlatformSafetyChecksOnUserSchedule"],
      value: body.boolean([...platform, "bypassPlatformSafetyChecksOnUserSchedule"])
    },
    { field: ["tags"], value: body.stringMap(["tags"]) },
    { field: ["image", "publisher"], value: body.string([...image2, "publisher"]) },
    { field: ["image", "offer"], value: body.string([...image2, "offer"]) },
    { field: ["image", "sku"], value: body.string([...image2, "sku"]) },
    { field: ["image", "version"], value: body.string([...image2, "version"]) },
    {
      field: ["image", "customImageId"],
      value: firstWritten(body.string([...image2, "id"]), body.string([...image2, "sharedGalleryImageId"]), body.string([...image2, "communityGalleryImageId"]))
    }
  ];
}
var arcMachineFields = (body) => {
  const patch = ["properties", "osProfile", "windowsConfiguration", "patchSettings"];
  return [
    { field: ["patchMode"], value: body.string([...patch, "patchMode"]) },
    { field: ["enableHotpatching"], value: body.boolean([...patch, "enableHotpatching"]) },
    { field: ["tags"], value: body.stringMap(["tags"]) }
  ];
};
var configurationFields = (body) => {
  const mapped = mapMaintenanceConfiguration(body);
  const { window } = mapped;
  return [
    { field: ["maintenanceScope"], value: mapped.maintenanceScope },
    { field: ["window", "startDateTime"], value: window.startDateTime },
    { field: ["window", "expirationDateTime"], value: window.expirationDateTime },
    { field: ["window", "duration"], value: window.duration },
    { field: ["window", "timeZone"], value: window.timeZone },
    { field: ["window", "recurEvery"], value: window.recurEvery },
    { field: ["rebootSetting"], value: mapped.rebootSetting },
    { field: ["excludeKbsRequiringReboot"], value: mapped.excludeKbsRequiringReboot },
    { field: ["classificationsToInclude"], value: mapped.classificationsToInclude },
    { field: ["kbNumbersToInclude"], value: mapped.kbNumbersToInclude },
    { field: ["inGuestPatchMode"], value: mapped.inGuestPatchMode }
  ];
};
var VM_FIELDS = computeFields(["properties"]);
var SCALE_SET_FIELDS = computeFields(["properties", "virtualMachineProfile"]);
function writtenFields(resource, body) {
  const reader = resource.kind === "virtual-machine" ? VM_FIELDS : resource.kind === "scale-set" ? SCALE_SET_FIELDS : resource.kind === "arc-machine" ? arcMachineFields : resource.kind === "maintenance-configuration" ? configurationFields : void 0;
  return reader === void 0 ? [] : reader(body).filter((written) => written.value.origin !== "absent");
}
function fieldOf(resource, field) {
  const record = resource;
  const [top, inner] = field;
  const value = inner === void 0 ? record[top] : record[top]?.[inner];
  return value;
}
function withField(resource, field, value) {
  const [top, inner] = field;
  const record = resource;
  const replaced = inner === void 0 ? value : { ...record[top], [inner]: value };
  return { ...resource, [top]: replaced };
}

// src/readers/terraform/model/apply-updates.ts
function applyUpdates(resources, updates) {
  const result = resources.slice();
  const notices = [];
  const setBefore = /* @__PURE__ */ new Map();
  const index = candidateIndex(resources);
  for (const update of updates) {
    if (update.frame.deployed.value === false) continue;
    let reached = false;
    for (const i of index.candidates(update)) {
      const resource = result[i];
      const reach = reachOf(update, resource);
      if (reach === "no") continue;
      reached = true;
      let changed = resource;
      for (const written of writtenFields(resource, update.body)) {
        const value = reach === "yes" ? raced(update, written, setBefore, i) : maybeSet(resource, update, written, reach.maybe);
        if (value !== void 0) changed = withField(changed, written.field, value);
      }
      result[i] = changed;
    }
    if (reached) continue;
    const said = unreachedUpdate(update);
    if ("message" in said) notices.push(said);
    else result.push(said);
  }
  return { resources: result, notices };
}
function candidateIndex(resources) {
  const all = resources.map((_, i) => i);
  const bySymbol = /* @__PURE__ */ new Map();
  const byTypeAndName = /* @__PURE__ */ new Map();
  const unnamedByType = /* @__PURE__ */ new Map();
  const add = (map, key2, i) => {
    const list = map.get(key2);
    if (list === void 0) map.set(key2, [i]);
    else list.push(i);
  };
  const key = (type, name) => `${type.toLowerCase()}\0${name.toLowerCase()}`;
  resources.forEach(({ identity }, i) => {
    if (identity.symbol !== void 0) add(bySymbol, identity.symbol, i);
    if (identity.name === void 0) add(unnamedByType, identity.type.toLowerCase(), i);
    else add(byTypeAndName, key(identity.type, identity.name), i);
  });
  return {
    candidates(update) {
      const target = update.target.value;
      if (target?.name === void 0) return all;
      const found = /* @__PURE__ */ new Set([
        ...target.symbol === void 0 ? [] : bySymbol.get(target.symbol) ?? [],
        ...byTypeAndName.get(key(target.type, target.name)) ?? [],
        ...unnamedByType.get(target.type.toLowerCase()) ?? []
      ]);
      return [...found].sort((a, b) => a - b);
    }
  };
}
function reachOf(update, resource) {
  if (resource.kind === "maintenance-assignment") return "no";
  const type = updatableType(resource.identity.type);
  if (type === void 0 || update.armType !== void 0 && update.armType !== type) return "no";
  const target = update.target;
  if (target.value === void 0) return { maybe: `the resource it updates could not be evaluated (${target.reason ?? "unresolved"})` };
  const found = match(target.value, update.frame, resource);
  if (found === "no") return "no";
  if (found === "unknown") return { maybe: whyUnknown(target.value, update.frame, resource, update.address) };
  const deployed = update.frame.deployed;
  if (deployed.value === void 0) return { maybe: `whether it is created could not be evaluated (${deployed.reason ?? "unresolved"})` };
  return update.uncertain === void 0 ? "yes" : { maybe: update.uncertain };
}
function raced(update, written, setBefore, index) {
  const key = written.field.join(".");
  const fields = setBefore.get(index) ?? /* @__PURE__ */ new Map();
  setBefore.set(index, fields);
  const before = fields.get(key);
  fields.set(key, { address: update.address, value: written.value });
  if (before === void 0 || sameValue(before.value, written.value)) return written.value;
  const why = `${before.address} and ${update.address} both set it, to different values, and Terraform applies them in no fixed order`;
  return unresolved(written.value.location, why, written.value.detail, written.value.via);
}
function maybeSet(resource, update, written, why) {
  const current = fieldOf(resource, written.field);
  if (current !== void 0 && sameValue(current, written.value)) return void 0;
  const value = written.value;
  return unresolved(value.location, `${update.address} may set it: ${why}`, value.detail, value.via);
}
function sameValue(a, b) {
  if (a.value === void 0 || b.value === void 0) return false;
  return JSON.stringify(sorted(a.value)) === JSON.stringify(sorted(b.value));
}
var sorted = (value) => value !== null && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => x < y ? -1 : x > y ? 1 : 0)) : value;

// src/readers/terraform/config/folders.ts
var MAX_TREE_FOLDERS = 500;
var moduleFolderKey = (callerFolder, source) => `${callerFolder}\0${source}`;
function resolveModuleFolder(files, callerFile, source) {
  if (!isLocalSource(source)) return void 0;
  const resolved = files.workspace.resolveFrom(callerFile, source);
  if (resolved === void 0) return void 0;
  const folder = resolved === "" ? "." : resolved.replace(/\/+$/, "");
  return files.tfFiles(folder).length > 0 ? folder : void 0;
}
async function loadModuleTree(files, root) {
  const configs = /* @__PURE__ */ new Map();
  const moduleFolders = /* @__PURE__ */ new Map();
  const queue = [root];
  while (queue.length > 0 && configs.size < MAX_TREE_FOLDERS) {
    const folder = queue.shift();
    if (configs.has(folder)) continue;
    const config = await files.config(folder);
    configs.set(folder, config);
    for (const call2 of config.moduleCalls.values()) {
      if (call2.source === void 0) continue;
      const target = resolveModuleFolder(files, call2.file, call2.source);
      if (target === void 0) continue;
      moduleFolders.set(moduleFolderKey(folder, call2.source), target);
      if (!configs.has(target)) queue.push(target);
    }
  }
  return { configs, moduleFolders };
}
async function rootFolders(files, folders) {
  const scanned = new Set(folders);
  const calls = /* @__PURE__ */ new Map();
  const called = /* @__PURE__ */ new Set();
  for (const folder of folders) {
    const config = await files.config(folder);
    const targets = [];
    for (const call2 of config.moduleCalls.values()) {
      const target = call2.source === void 0 ? void 0 : resolveModuleFolder(files, call2.file, call2.source);
      if (target === void 0 || target === folder) continue;
      targets.push(target);
      if (scanned.has(target)) called.add(target);
    }
    calls.set(folder, targets);
  }
  const roots = folders.filter((folder) => !called.has(folder));
  const reached = /* @__PURE__ */ new Set();
  const stack = [...roots];
  while (stack.length > 0) {
    const folder = stack.pop();
    if (reached.has(folder)) continue;
    reached.add(folder);
    stack.push(...calls.get(folder) ?? []);
  }
  return [...roots, ...folders.filter((folder) => !reached.has(folder))].sort();
}

// src/readers/terraform/eval/json-value.ts
var MAX_JSON_DEPTH = 256;
function jsonValue(node, depth = 0) {
  if (!node) return null;
  if (depth > MAX_JSON_DEPTH) return failure("JSON nested too deeply");
  switch (node.type) {
    case "object": {
      const entries = /* @__PURE__ */ new Map();
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (typeof key?.value === "string") entries.set(key.value, jsonValue(value, depth + 1));
      }
      return objectValue(entries);
    }
    case "array":
      return (node.children ?? []).map((child) => jsonValue(child, depth + 1));
    case "string":
    case "number":
    case "boolean":
      return node.value;
    default:
      return null;
  }
}

// src/readers/terraform/model/descend.ts
function descendValue(value, key) {
  if (value === null) return void 0;
  if (isList(value)) return value.length === 0 ? void 0 : descendValue(value[0], key);
  if (isObject(value)) {
    if (value.entries.has(key)) return value.entries.get(key);
    return value.partial === void 0 ? void 0 : unknown(value.partial);
  }
  if (typeof value === "string") {
    const decoded = decodeJson(value);
    return decoded === void 0 ? failure(`cannot read "${key}" from a string`) : descendValue(decoded, key);
  }
  if (typeof value === "object") return value.kind === "lazy" ? value.attribute(key) : value;
  return failure(`cannot read "${key}" from ${describeValue(value)}`);
}
function decodeJson(text2) {
  const trimmed = text2.trim();
  if (!trimmed.startsWith("{")) return void 0;
  try {
    return fromJson(JSON.parse(trimmed));
  } catch {
    return void 0;
  }
}

export {
  SPLAT_ELEMENT,
  unknown,
  failure,
  objectValue,
  objectFrom,
  isObject,
  isList,
  isUnknown,
  isFailure,
  isLazy,
  isMissing,
  firstMissing,
  describeValue,
  toJson,
  fromJson,
  PENDING,
  MAX_STRING_LENGTH,
  MAX_COLLECTION_SIZE,
  asString,
  formatNumber,
  asNumber,
  asBool,
  asList,
  asObject,
  entriesOf,
  valuesEqual,
  checkedString,
  checkedList,
  compareKeys,
  convertToType,
  locationOf,
  forgetHclFiles,
  hclFilesOf,
  convert,
  text,
  bool,
  texts,
  orProviderDefault,
  resourceReference,
  resourceGroupOfId,
  subscriptionSegmentOf,
  AZAPI_MODELLED_TYPES,
  azapiResource,
  azurermCompute,
  tagBlocks,
  AZURERM_ARM_TYPES,
  RESOURCE_GROUP_TYPE,
  AZAPI_RESOURCE,
  AZAPI_UPDATE_RESOURCE,
  AZAPI_RESOURCE_ACTION,
  withoutApiVersion,
  readUpdate,
  isModelledType,
  modelledArmType,
  buildResource,
  TERRAFORM_INPUTS,
  applyUpdates,
  MAX_TREE_FOLDERS,
  moduleFolderKey,
  resolveModuleFolder,
  loadModuleTree,
  rootFolders,
  jsonValue,
  descendValue
};

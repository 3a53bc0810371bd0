import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  inlineExemptions,
  locate
} from "./chunk-JEB44LJJ.js";
import {
  child,
  isMap,
  isScalar,
  isSeq,
  parseYaml,
  scalarText
} from "./chunk-OFL7K4J5.js";
import "./chunk-VO455LQT.js";
import {
  onFrame
} from "./chunk-3TM54PKU.js";
import "./chunk-SD73YJMR.js";
import {
  MAIN_FILE,
  PROJECT_FILE,
  STACK_FILE,
  absent,
  azureScope,
  collectInputs,
  deploymentUnit,
  filesIn,
  folderOf,
  hotpatchSignals,
  known,
  mapArcLicenseProfile,
  mapArcMachine,
  mapMaintenanceConfiguration,
  mapVirtualMachine,
  pulumiClaim,
  unreadCallAsVm,
  unresolved
} from "./chunk-HRE4GSV5.js";
import {
  ARC_LICENSE_PROFILE_TYPE,
  ARC_MACHINE_TYPE,
  MAINTENANCE_ASSIGNMENT_TYPE,
  MAINTENANCE_CONFIGURATION_TYPE,
  VMSS_TYPE,
  VM_TYPE,
  parseResourceId,
  sameResource
} from "./chunk-XG2W2MLJ.js";
import "./chunk-KOMI2SY3.js";
import "./chunk-5XWL5JNG.js";

// src/readers/pulumi/interpolation.ts
var MAX_PARTS = 256;
function parseInterpolation(source) {
  const parts = [];
  let text = "";
  let i = 0;
  while (i < source.length) {
    if (source.startsWith("$$", i)) {
      text += "$";
      i += 2;
      continue;
    }
    if (!source.startsWith("${", i)) {
      text += source[i];
      i++;
      continue;
    }
    const parsed = new AccessScanner(source, i + 2).scan();
    if ("error" in parsed) return parsed;
    if (text !== "") parts.push({ text });
    text = "";
    parts.push({ access: parsed.access });
    if (parts.length > MAX_PARTS) return { error: `more than ${MAX_PARTS} interpolations in one string` };
    i = parsed.end;
  }
  if (text !== "" || parts.length === 0) parts.push({ text });
  return parts;
}
var NAME = /[^.[\]"\s}]+/y;
var INDEX = /\[(\d+)\]/y;
var SPACE = /\s*/y;
var AccessScanner = class {
  constructor(source, start) {
    this.source = source;
    this.start = start;
    this.at = start;
  }
  source;
  start;
  at;
  scan() {
    this.skipSpace();
    const root = this.source[this.at] === "[" ? this.quotedKey() : this.name();
    if (root === void 0) return { error: `expected a name in "\${${this.written()}}"` };
    if (typeof root !== "string") return root;
    const path = [];
    for (; ; ) {
      const before = this.at;
      this.skipSpace();
      if (this.at >= this.source.length) return { error: `unterminated "\${" in "${this.source}"` };
      if (this.source[this.at] === "}") break;
      this.at = before;
      const step = this.step();
      if (typeof step === "object") return step;
      path.push(step);
    }
    const text = this.source.slice(this.start, this.at).trim();
    return { access: { root, path, text }, end: this.at + 1 };
  }
  /** `.name`, `[0]` or `["key"]`. */
  step() {
    const start = this.at;
    const char = this.source[this.at];
    if (char === ".") {
      this.at++;
      const name = this.name();
      if (name !== void 0) return name;
    } else if (char === "[") {
      INDEX.lastIndex = this.at;
      const index = INDEX.exec(this.source);
      if (index !== null) {
        this.at = INDEX.lastIndex;
        return Number(index[1]);
      }
      const key = this.quotedKey();
      if (key !== void 0) return key;
    }
    this.at = start;
    return { error: `cannot read "${this.rest()}" in "\${${this.written()}}"` };
  }
  name() {
    NAME.lastIndex = this.at;
    const match = NAME.exec(this.source);
    if (match === null) return void 0;
    this.at = NAME.lastIndex;
    return match[0];
  }
  /** `["key"]` at `[`, its `\"` unescaped: undefined when no quote follows the bracket. */
  quotedKey() {
    if (this.source[this.at + 1] !== '"') return void 0;
    let key = "";
    let i = this.at + 2;
    for (; ; ) {
      const char = this.source[i];
      if (char === void 0) return { error: `missing closing quote in "\${${this.source.slice(this.start)}"` };
      if (char === '"') break;
      const escapedQuote = char === "\\" && this.source[i + 1] === '"';
      key += escapedQuote ? '"' : char;
      i += escapedQuote ? 2 : 1;
    }
    if (this.source[i + 1] !== "]") return { error: `missing closing bracket after "${key}" in "\${${this.source.slice(this.start)}"` };
    this.at = i + 2;
    return key;
  }
  skipSpace() {
    SPACE.lastIndex = this.at;
    SPACE.exec(this.source);
    this.at = SPACE.lastIndex;
  }
  /** The access as written for a message: up to the next `}` (or the end). */
  written() {
    const close = this.source.indexOf("}", this.start);
    return this.source.slice(this.start, close < 0 ? void 0 : close);
  }
  /** What is left of the access from the current position, for a message. */
  rest() {
    const close = this.source.indexOf("}", this.at);
    return this.source.slice(this.at, close < 0 ? void 0 : close);
  }
};

// src/readers/pulumi/program.ts
var DECLARATION_KEYS = /* @__PURE__ */ new Set(["type", "default", "value", "secret", "description", "items"]);
function mainProgramPath(file, parsed) {
  const main = scalarText(child(parsed.documents[0]?.root, "main")) ?? "";
  return joinPath(joinPath(folderOf(file), main), "Main.yaml");
}
function readProject(file, parsed, program = { file, parsed }) {
  const root = parsed.documents[0]?.root;
  if (!isMap(root)) return problem(file, root, "expected a Pulumi project (a mapping with name and runtime)");
  const name = scalarText(child(root, "name"));
  if (name === void 0) return problem(file, root, "expected the project name (name: <string>)");
  const runtime = child(root, "runtime");
  const runtimeName = scalarText(runtime) ?? scalarText(child(runtime, "name"));
  const programRoot = program.parsed.documents[0]?.root;
  const stackConfigDir = scalarText(child(root, "stackConfigDir"));
  const config = declarations(name, child(root, "config") ?? child(root, "configuration"), file);
  if (programRoot !== root) {
    const programConfig = child(programRoot, "config") ?? child(programRoot, "configuration");
    for (const [key, declaration] of declarations(name, programConfig, program.file)) {
      config.set(key, declaration);
    }
  }
  return {
    file,
    programFile: program.file,
    name,
    runtime: runtimeName ?? "unknown",
    runtimeAt: (runtime ?? root).start,
    isYamlProgram: runtimeName === "yaml",
    stackDirectory: stackConfigDir === void 0 ? folderOf(file) : joinPath(folderOf(file), stackConfigDir),
    config,
    variables: new Map(entries(child(programRoot, "variables")).map((entry) => [entry.key, entry])),
    resources: entries(child(programRoot, "resources"))
  };
}
function readStack(file, projectName, parsed) {
  const root = parsed.documents[0]?.root;
  const stack = /Pulumi\.(.+)\.ya?ml$/.exec(file)?.[1] ?? file;
  if (root === void 0) return { file, stack, values: /* @__PURE__ */ new Map(), environments: [] };
  if (!isMap(root)) return problem(file, root, "expected stack settings (a mapping with config)");
  const values = new Map(entries(child(root, "config")).map((entry) => [fullKey(projectName, entry.key), entry.value]));
  return { file, stack, values, environments: environmentsOf(child(root, "environment")) };
}
function environmentsOf(written) {
  const node = isMap(written) ? child(written, "imports") ?? written : written;
  if (node === void 0) return [];
  const items = isSeq(node) ? node.items : [node];
  return items.map((item) => scalarText(item) ?? `an environment at line ${item.start.line}`);
}
var fullKey = (projectName, key) => key.includes(":") ? key : `${projectName}:${key}`;
function declarations(projectName, node, file) {
  const found = /* @__PURE__ */ new Map();
  for (const entry of entries(node)) {
    const value = entry.value;
    const isDeclaration = isMap(value) && value.entries.length > 0 && value.entries.every((e) => DECLARATION_KEYS.has(e.key));
    const declaration = isDeclaration ? { type: scalarText(child(value, "type")), byDefault: child(value, "default") ?? child(value, "value"), file } : { type: void 0, byDefault: value, file };
    found.set(fullKey(projectName, entry.key), declaration);
  }
  return found;
}
var entries = (node) => isMap(node) ? node.entries : [];
function joinPath(folder, relative) {
  const parts = (folder === "" ? [] : folder.split("/")).concat(relative.split("/"));
  const joined = [];
  for (const part of parts) {
    if (part === "" || part === ".") continue;
    if (part === "..") joined.pop();
    else joined.push(part);
  }
  return joined.join("/");
}
function problem(file, node, message) {
  return { file, line: node?.start.line ?? 1, column: node?.start.column ?? 1, message, severity: "error" };
}

// src/readers/pulumi/evaluator.ts
var LITERAL = { origin: "literal", via: [] };
var MAX_DEPTH = 32;
var ProgramEvaluator = class {
  constructor(project, stack, resources) {
    this.project = project;
    this.stack = stack;
    this.resources = resources;
  }
  project;
  stack;
  resources;
  variables = /* @__PURE__ */ new Map();
  evaluating = /* @__PURE__ */ new Set();
  /** A node of `file` in its evaluated form (interpolations and `fn::` calls applied). */
  evaluate(node, file, provenance = LITERAL, depth = 0) {
    const at = locate(file, node);
    if (depth > MAX_DEPTH) return { kind: "unresolved", reason: `expressions nested deeper than ${MAX_DEPTH}`, at };
    if (node.kind === "scalar" && typeof node.value === "string" && node.value.includes("${")) {
      return this.interpolate(node.value, at, provenance, depth);
    }
    const only = isMap(node) && node.entries.length === 1 ? node.entries[0] : void 0;
    if (only !== void 0 && /^fn::/i.test(only.key)) {
      return this.call(only.key.toLowerCase(), only.value, file, at, depth);
    }
    return { kind: "node", node, file, provenance };
  }
  /** Follows keys and indexes into a term; undefined where the written value has no such key. */
  walk(term, path, depth = 0) {
    let current = term;
    for (let i = 0; i < path.length; i++) {
      const step = path[i];
      if (current.kind === "resource") return { ...current, path: [...current.path, ...path.slice(i)] };
      if (current.kind === "template" || current.kind === "unresolved") return current;
      if (current.kind === "value") {
        return { kind: "unresolved", reason: `cannot read "${step}" of a ${typeof current.value}`, at: current.at };
      }
      const node = current.node;
      const next = typeof step === "number" ? isSeq(node) ? node.items[step] : void 0 : isMap(node) ? node.byKey.get(step)?.value : void 0;
      if (next === void 0) return void 0;
      current = this.evaluate(next, current.file, current.provenance, depth + 1);
    }
    return current;
  }
  interpolate(text, at, provenance, depth) {
    const parts = parseInterpolation(text);
    if ("error" in parts) return { kind: "unresolved", reason: parts.error, at };
    const [first] = parts;
    if (parts.length === 1 && first !== void 0 && "access" in first) return this.access(first.access, at, depth);
    if (parts.length === 1 && first !== void 0 && "text" in first) {
      return { kind: "value", value: first.text, at, provenance };
    }
    let result = "";
    const missing = [];
    for (const part of parts) {
      if ("text" in part) {
        result += part.text;
        continue;
      }
      const value = this.scalarOf(this.access(part.access, at, depth));
      if (typeof value === "string") result += value;
      else {
        result += `{${part.access.text}}`;
        missing.push(value.reason);
      }
    }
    if (missing.length === 0) return { kind: "value", value: result, at, provenance: { origin: "expression", via: [] } };
    return { kind: "template", text: result, at, reason: missing.join("; ") };
  }
  /** A term as text for string interpolation, or why it has none. */
  scalarOf(term) {
    if (term.kind === "value") return term.value === null ? "" : String(term.value);
    if (term.kind === "node") {
      if (term.node.kind !== "scalar") return { reason: "a collection cannot be interpolated into a string" };
      return scalarText(term.node) ?? "";
    }
    if (term.kind === "resource") {
      const name = term.path.length === 1 && term.path[0] === "name" ? this.resources.nameOf(term.resource) : void 0;
      return name ?? { reason: `\${${[term.resource, ...term.path].join(".")}} is known only after deployment` };
    }
    return { reason: term.reason };
  }
  access(access, at, depth) {
    const { root, path } = access;
    if (root === "pulumi") return this.builtin(path, at);
    const base2 = this.project.variables.has(root) ? this.variable(root, at, depth) : this.configKey(root) !== void 0 ? this.config(root, at) : this.resources.has(root) ? { kind: "resource", resource: root, path: [], at } : { kind: "unresolved", reason: `unknown name "${root}" in \${${access.text}}`, at };
    const walked = this.walk(base2, path, depth);
    return walked ?? { kind: "unresolved", reason: `\${${access.text}} reads a key that is not written`, at };
  }
  builtin(path, at) {
    const provenance = { origin: "expression", via: [] };
    if (path[0] === "project") return { kind: "value", value: this.project.name, at, provenance };
    if (path[0] === "stack" && this.stack) return { kind: "value", value: this.stack.stack, at, provenance };
    return { kind: "unresolved", reason: `pulumi.${path.join(".")} is known only when the program runs`, at };
  }
  variable(name, at, depth) {
    const cached = this.variables.get(name);
    if (cached) return withVia(cached, at);
    const entry = this.project.variables.get(name);
    if (entry === void 0) return { kind: "unresolved", reason: `unknown variable "${name}"`, at };
    if (this.evaluating.has(name)) return { kind: "unresolved", reason: `variable "${name}" refers to itself`, at };
    this.evaluating.add(name);
    const provenance = { origin: "variable", detail: name, via: [] };
    const term = this.evaluate(entry.value, this.project.programFile, provenance, depth + 1);
    this.evaluating.delete(name);
    const named = term.kind === "value" && term.provenance.origin === "expression" ? { ...term, provenance } : term;
    this.variables.set(name, named);
    return withVia(named, at);
  }
  /** A config value by its key (`azure-native:subscriptionId`), as `${key}` reads it; undefined when nothing declares or sets it. */
  configValue(name, at) {
    return this.configKey(name) === void 0 ? void 0 : this.config(name, at);
  }
  configKey(name) {
    const key = fullKey(this.project.name, name);
    return this.project.config.has(key) || this.stack?.values.has(key) === true ? key : void 0;
  }
  config(name, at) {
    const key = this.configKey(name);
    const declaration = this.project.config.get(key);
    const written = this.stack?.values.get(key);
    if (written !== void 0 && this.stack !== void 0) {
      if (isMap(written) && written.byKey.has("secure")) {
        return { kind: "unresolved", reason: `config "${name}" is an encrypted secret in ${this.stack.file}`, at };
      }
      const provenance = { origin: "parameter-file", detail: name, via: [at] };
      return coerce({ kind: "node", node: written, file: this.stack.file, provenance }, declaration?.type);
    }
    const environments = this.stack?.environments ?? [];
    if (environments.length > 0 && this.stack !== void 0) {
      const one = environments.length === 1;
      const reason = `config "${name}" is not set in ${this.stack.file}, which imports the Pulumi ESC ${one ? "environment" : "environments"} ${environments.join(", ")}: ${one ? "its" : "their"} pulumiConfig may set it, and the gate does not read ESC environments (they are not in the repository)`;
      return { kind: "unresolved", reason, at };
    }
    if (declaration?.byDefault !== void 0) {
      const provenance = { origin: "default", detail: name, via: [at] };
      return coerce({ kind: "node", node: declaration.byDefault, file: declaration.file, provenance }, declaration.type);
    }
    const where = this.stack ? `in ${this.stack.file}` : "without a stack settings file";
    return { kind: "unresolved", reason: `config "${name}" has no value ${where} and no default`, at };
  }
  call(name, argument, file, at, depth) {
    if (name === "fn::secret") return this.evaluate(argument, file, LITERAL, depth + 1);
    if (name === "fn::invoke") {
      const fn = scalarText(isMap(argument) ? argument.byKey.get("function")?.value : void 0) ?? "a function";
      return { kind: "unresolved", reason: `fn::invoke of ${fn} is evaluated only at deployment`, at };
    }
    if (name === "fn::join" && isSeq(argument) && argument.items.length === 2) {
      const [separator, list] = argument.items.map((item) => this.evaluate(item, file, LITERAL, depth + 1));
      const items = list?.kind === "node" && isSeq(list.node) ? list.node.items : void 0;
      const texts = items?.map((item) => this.scalarOf(this.evaluate(item, file, LITERAL, depth + 1)));
      const glue = separator ? this.scalarOf(separator) : "";
      if (typeof glue === "string" && texts?.every((text) => typeof text === "string")) {
        return { kind: "value", value: texts.join(glue), at, provenance: { origin: "expression", via: [] } };
      }
    }
    return { kind: "unresolved", reason: `${name} is not evaluated by the gate`, at };
  }
};
function withVia(term, at) {
  if (term.kind !== "node" && term.kind !== "value") return term;
  return { ...term, provenance: { ...term.provenance, via: [...term.provenance.via, at] } };
}
function coerce(term, type) {
  const text = scalarText(term.node);
  if (text === void 0 || term.node.kind !== "scalar") return term;
  const at = locate(term.file, term.node);
  if (type === "boolean" && /^(true|false)$/i.test(text)) {
    return { kind: "value", value: text.toLowerCase() === "true", at, provenance: term.provenance };
  }
  if (type === "integer" && /^-?\d+$/.test(text)) {
    return { kind: "value", value: Number(text), at, provenance: term.provenance };
  }
  return term;
}

// src/readers/pulumi/catalog.ts
var MAX_CHAIN = 32;
var TOKEN = /^azure-native:([A-Za-z]+)(?:\/([^:]+))?:([A-Za-z]+)$/;
var VERSION = /^v(\d{4})(\d{2})(\d{2})(preview)?$/;
var parseToken = (text) => {
  const match = text === void 0 ? null : TOKEN.exec(text);
  if (!match) return void 0;
  const token = { module: match[1].toLowerCase(), type: match[3] };
  const version = VERSION.exec(match[2] ?? "");
  return version ? { ...token, apiVersion: `${version[1]}-${version[2]}-${version[3]}${version[4] ? "-preview" : ""}` } : token;
};
var KINDS = /* @__PURE__ */ new Map([
  ["compute:VirtualMachine", { armType: VM_TYPE, nameProperty: "vmName" }],
  ["compute:VirtualMachineScaleSet", { armType: VMSS_TYPE, nameProperty: "vmScaleSetName" }],
  ["hybridcompute:Machine", { armType: ARC_MACHINE_TYPE, nameProperty: "machineName" }],
  ["hybridcompute:LicenseProfile", { armType: ARC_LICENSE_PROFILE_TYPE, nameProperty: "licenseProfileName" }],
  ["maintenance:MaintenanceConfiguration", { armType: MAINTENANCE_CONFIGURATION_TYPE, nameProperty: "resourceName" }],
  [
    "maintenance:ConfigurationAssignment",
    { armType: MAINTENANCE_ASSIGNMENT_TYPE, nameProperty: "configurationAssignmentName" }
  ],
  [
    "maintenance:ConfigurationAssignmentParent",
    { armType: MAINTENANCE_ASSIGNMENT_TYPE, nameProperty: "configurationAssignmentName" }
  ],
  [
    "maintenance:ConfigurationAssignmentsForSubscription",
    { armType: MAINTENANCE_ASSIGNMENT_TYPE, nameProperty: "configurationAssignmentName" }
  ],
  [
    "maintenance:ConfigurationAssignmentsForResourceGroup",
    { armType: MAINTENANCE_ASSIGNMENT_TYPE, nameProperty: "configurationAssignmentName" }
  ],
  ["resources:ResourceGroup", { armType: "Microsoft.Resources/resourceGroups", nameProperty: "resourceGroupName" }]
]);
var ResourceCatalog = class {
  constructor(entries2, symbolSuffix, programFile) {
    this.symbolSuffix = symbolSuffix;
    this.programFile = programFile;
    for (const entry of entries2) {
      const token = parseToken(scalarText(child(entry.value, "type")));
      this.byName.set(entry.key, { logicalName: entry.key, entry, token, properties: void 0, existing: false });
    }
  }
  symbolSuffix;
  programFile;
  byName = /* @__PURE__ */ new Map();
  naming = /* @__PURE__ */ new Set();
  evaluator;
  /** Binds the evaluator (they need each other) and evaluates every resource's `properties`. */
  bind(evaluator) {
    this.evaluator = evaluator;
    for (const [name, resource] of this.byName) {
      const properties = child(resource.entry.value, "properties");
      const existing = isMap(resource.entry.value) && resource.entry.value.byKey.has("get");
      this.byName.set(name, {
        ...resource,
        existing,
        properties: properties === void 0 ? void 0 : evaluator.evaluate(properties, this.programFile, LITERAL)
      });
    }
  }
  all() {
    return [...this.byName.values()];
  }
  has(resource) {
    return this.byName.has(resource);
  }
  /** One entry of `resources:` by its logical name, with its evaluated `properties`. */
  resource(logicalName) {
    return this.byName.get(logicalName);
  }
  /** The handle of a resource of this evaluation: the program file, its logical name and the stack. */
  symbolOf(logicalName) {
    return `${this.programFile}#${logicalName}${this.symbolSuffix}`;
  }
  nameOf(resource) {
    const found = this.byName.get(resource);
    const kind = found?.token ? KINDS.get(`${found.token.module}:${found.token.type}`) : void 0;
    if (found === void 0 || kind === void 0 || this.naming.has(resource) || this.naming.size >= MAX_CHAIN) {
      return void 0;
    }
    this.naming.add(resource);
    try {
      return this.text(this.property(found, [kind.nameProperty]));
    } finally {
      this.naming.delete(resource);
    }
  }
  /**
   * `${Pulumi.yaml#rg.name}` (the group's symbol) when `term` is `${rg.name}` of a resource group of the program that
   * Pulumi names at deployment (no `resourceGroupName` written: its logical name and a random suffix): a stand-in for
   * the group that no real name can equal (Azure allows no `$`, `{` or `}` in one), one text for one group of one
   * program and stack. Two auto-named groups are never one group, so their stand-ins differ (model/match.ts
   * `sameGroupName`: an assignment in `${mcrg.name}` never reaches a VM of `${rg.name}`; it was indeterminate).
   * Undefined for any other term, when `pulumi:autonaming` is configured (a pattern or verbatim names can make two
   * equal), and when another logical name differs from it in case only (group names do not).
   */
  autoNamedGroup(term, at) {
    if (term?.kind !== "resource" || term.path.length !== 1 || term.path[0] !== "name") return void 0;
    const group = this.byName.get(term.resource);
    if (group === void 0 || group.existing || group.token?.module !== "resources" || group.token.type !== "ResourceGroup") return void 0;
    if (this.property(group, ["resourceGroupName"]) !== void 0 || this.config("pulumi:autonaming", at) !== void 0) return void 0;
    const folded = term.resource.toLowerCase();
    if ([...this.byName.keys()].some((name) => name !== term.resource && name.toLowerCase() === folded)) return void 0;
    return `\${${this.symbolOf(term.resource)}.name}`;
  }
  identityOf(resource) {
    const found = this.byName.get(resource);
    if (found === void 0) return void 0;
    const token = found.token;
    const kind = token ? KINDS.get(`${token.module}:${token.type}`) : void 0;
    const symbol = this.symbolOf(resource);
    if (found.existing) {
      const declaration = this.evaluator?.evaluate(found.entry.value, this.programFile);
      const id = this.text(declaration && this.evaluator?.walk(declaration, ["get", "id"]));
      const parsed = id === void 0 ? void 0 : parseResourceId(id);
      if (parsed) return parsed;
    }
    const type = kind?.armType ?? (token ? `azure-native:${token.module}:${token.type}` : "unknown");
    const resourceGroup = this.resourceGroupOf(found);
    const identity = { type, name: this.nameOf(resource), symbol };
    return resourceGroup === void 0 ? identity : { ...identity, resourceGroup };
  }
  /** A property of a resource's `properties`, evaluated. */
  property(resource, path) {
    return resource.properties && this.evaluator ? this.evaluator.walk(resource.properties, path) : void 0;
  }
  /** A config value of the evaluation's stack (or its default), by its full key. */
  config(key, at) {
    return this.evaluator?.configValue(key, at);
  }
  /** Follows keys into any evaluated term. */
  walk(term, path) {
    return this.evaluator?.walk(term, path);
  }
  resourceGroupOf(resource) {
    const term = this.property(resource, ["resourceGroupName"]);
    const isNameOutput = term?.kind === "resource" && term.path.length === 1 && term.path[0] === "name";
    return isNameOutput ? this.nameOf(term.resource) : this.text(term);
  }
  text(term) {
    if (term?.kind === "value") return typeof term.value === "string" ? term.value : void 0;
    return term?.kind === "node" ? scalarText(term.node) : void 0;
  }
};

// src/readers/pulumi/values.ts
var TermValues = class {
  constructor(evaluator, identities) {
    this.evaluator = evaluator;
    this.identities = identities;
  }
  evaluator;
  identities;
  string(term, fallback, byDefault) {
    return this.scalar(
      term,
      fallback,
      byDefault,
      "a string",
      (value) => typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : void 0
    );
  }
  boolean(term, fallback, byDefault) {
    return this.scalar(
      term,
      fallback,
      byDefault,
      "a boolean",
      (value) => typeof value === "boolean" ? value : value === "true" ? true : value === "false" ? false : void 0
    );
  }
  stringList(term, fallback) {
    if (term === void 0) return absent(fallback);
    if (term.kind !== "node") return this.notKnown(term, "a list of strings");
    if (!isSeq(term.node)) return unresolved(locate(term.file, term.node), "expected a list of strings");
    const items = [];
    const at = locate(term.file, term.node);
    let places;
    for (let i = 0; i < term.node.items.length; i++) {
      const item = this.string(this.evaluator.walk(term, [i]), fallback);
      if (item.value === void 0) return unresolved(item.location, item.reason ?? "expected a list of strings");
      items.push(item.value);
      places = placesOf(item, places);
    }
    return throughItems(sourced(items, at, term.provenance), places);
  }
  stringMap(term, fallback) {
    if (term === void 0) return absent(fallback);
    if (term.kind !== "node") return this.notKnown(term, "a mapping of strings");
    if (!isMap(term.node)) return unresolved(locate(term.file, term.node), "expected a mapping of strings");
    const pairs = [];
    for (const entry of term.node.entries) {
      const value = this.string(this.evaluator.walk(term, [entry.key]), fallback);
      if (value.value === void 0) {
        return unresolved(value.location, value.reason ?? `expected a string for "${entry.key}"`);
      }
      pairs.push([entry.key, value.value]);
    }
    return sourced(Object.fromEntries(pairs), locate(term.file, term.node), term.provenance);
  }
  /** Tag filters: `{ key: [values] }`. */
  stringListMap(term, fallback) {
    if (term === void 0) return absent(fallback);
    if (term.kind !== "node") return this.notKnown(term, "a mapping of string lists");
    if (!isMap(term.node)) return unresolved(locate(term.file, term.node), "expected a mapping of string lists");
    const pairs = [];
    const at = locate(term.file, term.node);
    let places;
    for (const entry of term.node.entries) {
      const list = this.stringList(this.evaluator.walk(term, [entry.key]), fallback);
      if (list.value === void 0) {
        return unresolved(list.location, list.reason ?? `expected a list for "${entry.key}"`);
      }
      pairs.push([entry.key, list.value]);
      places = placesOf(list, places);
    }
    return throughItems(sourced(Object.fromEntries(pairs), at, term.provenance), places);
  }
  /** A list of flat mappings read as text (a license profile's `productFeatures`). */
  records(term, fallback) {
    if (term === void 0) return absent(fallback);
    if (term.kind !== "node") return this.notKnown(term, "a list of mappings");
    if (!isSeq(term.node)) return unresolved(locate(term.file, term.node), "expected a list of mappings");
    const items = [];
    for (let i = 0; i < term.node.items.length; i++) {
      const item = this.stringMap(this.evaluator.walk(term, [i]), fallback);
      if (item.value === void 0) return unresolved(item.location, item.reason ?? "expected a list of mappings");
      items.push(item.value);
    }
    return sourced(items, locate(term.file, term.node), term.provenance);
  }
  /**
   * A resource reference: `${res.id}` / `${res}` (the program's own resource, with its symbol), a
   * resource ID string, or an ID template whose last segment is `${res.name}`.
   */
  identity(term, fallback, types) {
    if (term === void 0) return absent(fallback);
    const at = locationOf(term, fallback);
    const expected = types.map((type) => type.toLowerCase());
    const wanted = types.join(" or ");
    const reference = term.kind === "resource" ? referencedResource(term) : this.lastSegmentResource(term);
    if (reference !== void 0) {
      const identity2 = this.identities.identityOf(reference);
      if (identity2 === void 0 || !expected.includes(identity2.type.toLowerCase())) {
        return unresolved(at, `${reference} is not a ${wanted}`);
      }
      return { value: identity2, origin: "expression", location: at, detail: reference };
    }
    if (term.kind !== "template") {
      const text = this.string(term, fallback);
      if (text.value === void 0) {
        return text.origin === "absent" ? absent(at) : unresolved(at, text.reason ?? "not known");
      }
      const identity2 = parseResourceId(text.value);
      if (identity2 !== void 0 && expected.includes(identity2.type.toLowerCase())) return { ...text, value: identity2 };
      return unresolved(at, `expected a ${wanted} resource ID, found "${text.value}"`);
    }
    const identity = parseResourceId(term.text);
    const fits = identity !== void 0 && expected.includes(identity.type.toLowerCase());
    return fits ? known(identity, at, "expression") : unresolved(at, term.reason);
  }
  /** `.../virtualMachines/${vm.name}`: the ID of the program's resource `vm`. */
  lastSegmentResource(term) {
    if (term.kind !== "template") return void 0;
    const name = /\/\{([^.{}]+)\.name\}$/.exec(term.text)?.[1];
    return name !== void 0 && this.identities.identityOf(name) !== void 0 ? name : void 0;
  }
  scalar(term, fallback, byDefault, expected, convert) {
    const isNull = term?.kind === "node" && term.node.kind === "scalar" && term.node.value === null;
    if (term === void 0 || isNull) {
      return byDefault === void 0 ? absent(fallback) : known(byDefault, fallback, "provider-default");
    }
    if (term.kind !== "value" && term.kind !== "node") return this.notKnown(term, expected);
    const value = term.kind === "value" ? term.value : term.node.kind === "scalar" ? term.node.value : void 0;
    const converted = value === void 0 ? void 0 : convert(value);
    const at = locationOf(term, fallback);
    if (converted === void 0) return unresolved(at, `expected ${expected}, found ${describe(term)}`);
    return sourced(converted, at, term.provenance);
  }
  notKnown(term, expected) {
    if (term.kind === "resource") {
      return unresolved(term.at, `\${${[term.resource, ...term.path].join(".")}} is known only after deployment`);
    }
    if (term.kind === "template" || term.kind === "unresolved") return unresolved(term.at, term.reason);
    return unresolved(term.kind === "value" ? term.at : locate(term.file, term.node), `expected ${expected}`);
  }
};
function referencedResource(term) {
  const [first, ...rest] = term.path;
  return rest.length === 0 && (first === void 0 || first === "id") ? term.resource : void 0;
}
function sourced(value, location, provenance) {
  const result = { value, origin: provenance.origin, location };
  return {
    ...result,
    ...provenance.detail === void 0 ? {} : { detail: provenance.detail },
    ...provenance.via.length === 0 ? {} : { via: provenance.via }
  };
}
function placesOf(item, places) {
  let result = places;
  if (item.origin !== "literal" && item.origin !== "expression") (result ??= []).push(item.location);
  if (item.via !== void 0) (result ??= []).push(...item.via);
  return result;
}
function throughItems(value, places) {
  if (places === void 0) return value;
  const seen = /* @__PURE__ */ new Set();
  const via = [...value.via ?? [], ...places].filter((place) => {
    const key = `${place.file}:${place.line}:${place.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ...value, origin: value.origin === "literal" ? "expression" : value.origin, via };
}
function locationOf(term, fallback) {
  if (term.kind === "node") return locate(term.file, term.node);
  return "at" in term ? term.at : fallback;
}
function describe(term) {
  if (term.kind === "value") return JSON.stringify(term.value);
  if (term.kind !== "node") return term.kind;
  if (term.node.kind === "scalar") return JSON.stringify(term.node.value);
  return term.node.kind === "map" ? "a mapping" : "a list";
}

// src/readers/pulumi/unread-resource.ts
var MAX_DEPTH2 = 12;
function hotpatchStandIn(programFile, entry, evaluation2, unread) {
  const { catalog, variant } = evaluation2;
  const properties = catalog.resource(entry.key)?.properties;
  const inputs = [];
  if (properties !== void 0) collectInputs(termInputs(catalog), "", properties, locationOf(properties, locate(programFile, entry.keyNode)), inputs, MAX_DEPTH2);
  const signals = hotpatchSignals(inputs);
  if (signals === void 0) return void 0;
  const at = locate(programFile, entry.keyNode);
  const call = {
    format: "pulumi",
    displayName: entry.key,
    symbol: catalog.symbolOf(entry.key),
    at,
    why: unread.why,
    judge: unread.judge,
    // Each stack is an environment of the program, as for its azure-native resources.
    unit: deploymentUnit("pulumi-stack", `pulumi:${folderOf(programFile)}`, at, void 0, variant === "" ? void 0 : variant),
    scope: azureScope(void 0, at),
    deployed: known(true, at),
    variant
  };
  return unreadCallAsVm(call, signals);
}
var termInputs = (catalog) => ({
  scalar: (term) => {
    const value = term.kind === "value" ? term.value : term.kind === "node" && term.node.kind === "scalar" ? term.node.value : void 0;
    return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : void 0;
  },
  children: (term, at) => {
    if (term.kind !== "node") return void 0;
    const keys = isSeq(term.node) ? term.node.items.map((_, index) => index) : isMap(term.node) ? term.node.entries.map((e) => e.key) : [];
    return keys.flatMap((key) => {
      const value = catalog.walk(term, [key]);
      return value === void 0 ? [] : [[key, value, locationOf(value, at)]];
    });
  },
  provenance: (term) => {
    if (term.kind !== "node" && term.kind !== "value") return void 0;
    const { origin, detail, via } = term.provenance;
    if (origin === "literal" && via.length === 0) return void 0;
    return { origin, ...detail === void 0 ? {} : { detail }, ...via.length === 0 ? {} : { via } };
  }
});

// src/readers/pulumi/classic-provider.ts
var CLASSIC = /^azure:([A-Za-z]+)(?:\/[^:]+)?:([A-Za-z]+)$/;
var COMPUTE = /^(?:compute:(?:Windows)?(?:VirtualMachine|VirtualMachineScaleSet|ScaleSet)|compute:OrchestratedVirtualMachineScaleSet|arcmachine:ArcMachine)$/;
function classicProviderResources(programFile, entries2, evaluations) {
  const found = [];
  for (const entry of entries2) {
    const token = scalarText(child(entry.value, "type"));
    const match = token === void 0 ? null : CLASSIC.exec(token);
    if (match === null || isMap(entry.value) && entry.value.byKey.has("get")) continue;
    const kind = `${match[1].toLowerCase()}:${match[2]}`;
    const at = locate(programFile, entry.keyNode);
    const written = `${token} '${entry.key}' is written with Pulumi's classic azure provider, which the gate does not read`;
    if (COMPUTE.test(kind)) {
      const machines = evaluations.flatMap((evaluation2) => {
        const machine = hotpatchStandIn(programFile, entry, evaluation2, { why: written, judge: `${AZURE_NATIVE}, or exempt it` });
        return machine === void 0 ? [] : [machine];
      });
      if (machines.length === 0) found.push(notice(at, `${written}, so whether it is a hotpatch machine is not judged; ${AZURE_NATIVE}`));
      found.push(...machines);
    } else if (kind.startsWith("maintenance:")) {
      const plan = "declare the plan under reboot-plans in the configuration file";
      found.push(notice(at, `${written}, so the reboot plan it may declare is not seen; ${AZURE_NATIVE}, or ${plan}`));
    }
  }
  return found;
}
var AZURE_NATIVE = "write it with azure-native, whose resources the gate reads";
function notice(at, message) {
  return { file: at.file, line: at.line, column: at.column, message, severity: "notice" };
}

// src/readers/pulumi/package-resources.ts
var TOKEN2 = /^([A-Za-z0-9_.-]+):([^:]*):([^:]+)$/;
var KNOWN_PACKAGES = /* @__PURE__ */ new Set(["azure-native", "azure", "pulumi"]);
var JUDGE = "declare the machine with azure-native in a YAML program, whose resources the gate reads, or exempt it";
function packageResources(programFile, entries2, evaluations) {
  const found = [];
  for (const entry of entries2) {
    const token = scalarText(child(entry.value, "type"));
    const match = token === void 0 ? null : TOKEN2.exec(token);
    if (match === null || KNOWN_PACKAGES.has(match[1]) || isMap(entry.value) && entry.value.byKey.has("get")) continue;
    const why = `${token} '${entry.key}' is a component or resource of package ${match[1]}, whose code the gate does not run`;
    for (const evaluation2 of evaluations) {
      const machine = hotpatchStandIn(programFile, entry, evaluation2, { why, judge: JUDGE });
      if (machine !== void 0) found.push(machine);
    }
  }
  return found;
}

// src/readers/pulumi/providers.ts
var PROVIDER_TYPE = "pulumi:providers:azure-native";
var MAX_PARENTS = 32;
var REFERENCE = /^\$\{([^}.[\]]+)\}$/;
var DEFAULT_SUBSCRIPTION = "azure-native:subscriptionId";
function providerSubscription(resource, catalog, values, programFile) {
  let current = resource;
  for (let depth = 0; current !== void 0 && depth < MAX_PARENTS; depth++) {
    const options = child(current.entry.value, "options");
    const provider = referenced(catalog, scalarText(child(options, "provider")));
    if (provider !== void 0) return subscriptionOf(provider, catalog, values, programFile);
    current = referenced(catalog, scalarText(child(options, "parent")));
  }
  return void 0;
}
function subscriptionOf(provider, catalog, values, programFile) {
  if (scalarText(child(provider.entry.value, "type")) !== PROVIDER_TYPE) return void 0;
  const at = locate(programFile, provider.entry.keyNode);
  const subscription = values.string(catalog.property(provider, ["subscriptionId"]), at);
  if (subscription.origin === "absent") return void 0;
  return { subscription: subscription.value === "" ? absent(at) : subscription, handle: `${programFile}#provider.${provider.logicalName}` };
}
var referenced = (catalog, text) => {
  const name = text === void 0 ? void 0 : REFERENCE.exec(text.trim())?.[1];
  return name === void 0 ? void 0 : catalog.resource(name);
};
function defaultSubscription(catalog, values, at) {
  const written = values.string(catalog.config(DEFAULT_SUBSCRIPTION, at), at);
  return written.value === void 0 || written.value === "" ? void 0 : written.value;
}
function sameProviderSubscription(a, b, program, at) {
  const [x, y] = [a, b].map((resource) => providerSubscription(resource, program.catalog, program.values, program.programFile));
  if (x?.handle === y?.handle) return "yes";
  const [p, q] = [x, y].map((provider) => deployedTo(provider, program, at));
  if (p === void 0 || q === void 0) return "unknown";
  return p.toLowerCase() === q.toLowerCase() ? "yes" : "no";
}
function deployedTo(provider, program, at) {
  if (provider === void 0 || provider.subscription.origin === "absent") return defaultSubscription(program.catalog, program.values, at);
  return provider.subscription.value;
}

// src/readers/pulumi/assignment-target.ts
var PATH_FIELDS = ["providerName", "resourceGroupName", "resourceType", "resourceName"];
function assignmentTarget(read, program, at, holder) {
  if (PATH_FIELDS.some((key) => read(key) === void 0)) return absent(at);
  const provider = program.values.string(read("providerName"), at);
  if (provider.value === void 0) return notEvaluated(provider, "providerName");
  const type = program.values.string(read("resourceType"), at);
  if (type.value === void 0) return notEvaluated(type, "resourceType");
  const path = { type: `${provider.value}/${type.value}`, group: groupName(read("resourceGroupName"), program, at) };
  const name = read("resourceName");
  const output = nameOutputOf(name);
  if (output !== void 0 && name.kind === "resource") return byNameOutput(output, name.at, path, program, holder);
  if (!("value" in path.group)) return unresolved(path.group.at, path.group.reason);
  if (path.group.value === void 0) return notEvaluated(path.group, "resourceGroupName");
  const resourceName = program.values.string(name, at);
  if (resourceName.value === void 0) return notEvaluated(resourceName, "resourceName");
  return { ...resourceName, value: { type: path.type, name: resourceName.value, resourceGroup: path.group.value } };
}
function byNameOutput(resource, at, path, program, holder) {
  const identity = program.catalog.identityOf(resource);
  if (identity === void 0) return unresolved(at, `${resource} is not a resource of the program`);
  const own = program.catalog.resource(resource);
  const ownGroup = identity.resourceGroup !== void 0 ? known(identity.resourceGroup, at) : groupName(own && program.catalog.property(own, ["resourceGroupName"]), program, at);
  const expression = (value) => ({ value, origin: "expression", location: at, detail: resource });
  if (pathNamesIt(resource, path, identity.type, ownGroup) === "yes") {
    const subscriptions = own === void 0 ? "yes" : sameProviderSubscription(holder, own, program, at);
    if (subscriptions === "yes") return expression(identity);
    if (subscriptions === "unknown") return unresolved(at, otherProvider(resource));
    const { symbol: _symbol, ...named } = identity;
    return expression({ ...named, subscription: deployedTo(providerSubscription(holder, program.catalog, program.values, program.programFile), program, at) });
  }
  if (!("value" in path.group)) return unresolved(path.group.at, path.group.reason);
  if (path.group.value === void 0) return notEvaluated(path.group, "resourceGroupName");
  return expression({ type: path.type, name: identity.name, resourceGroup: path.group.value });
}
function pathNamesIt(resource, path, ownType, ownGroup) {
  const name = `\${${resource}.name}`;
  if (sameResource({ type: path.type, name }, { type: ownType, name }) === "no") return "no";
  const [wanted, group] = [path.group, ownGroup];
  if ("value" in wanted && "value" in group && wanted.value !== void 0 && group.value !== void 0) {
    return sameResource({ type: path.type, name, resourceGroup: wanted.value }, { type: ownType, name, resourceGroup: group.value });
  }
  return "output" in wanted && "output" in group && wanted.output === group.output ? "yes" : "unknown";
}
function groupName(term, program, at) {
  const output = nameOutputOf(term);
  if (output === void 0 || term?.kind !== "resource") return program.values.string(term, at);
  const name = program.catalog.nameOf(output);
  if (name !== void 0) return known(name, term.at, "expression", output);
  const autoNamed = program.catalog.autoNamedGroup(term, at);
  if (autoNamed !== void 0) return known(autoNamed, term.at, "expression", output);
  return { output, at: term.at, reason: unknownGroupName(output, program) };
}
function unknownGroupName(output, program) {
  const group = program.catalog.resource(output);
  const written = group !== void 0 && program.catalog.property(group, ["resourceGroupName"]) !== void 0;
  return written ? `\${${output}.name} is not known: the resourceGroupName of ${output} is not evaluated` : `\${${output}.name} is known only after deployment: Pulumi auto-names resource group ${output} then (its logical name and a random suffix)`;
}
function nameOutputOf(term) {
  return term?.kind === "resource" && term.path.length === 1 && term.path[0] === "name" ? term.resource : void 0;
}
function notEvaluated(value, key) {
  return unresolved(value.location, value.reason ?? `${key} is not known`);
}
var otherProvider = (resource) => `the assignment deploys through another azure-native provider than ${resource}, and the two subscriptions are not both known: it names ${resource} only if they are one`;

// src/readers/pulumi/resources.ts
function scopeOf(resource, identity, context, at) {
  const provider = providerSubscription(resource, context.catalog, context.values, context.programFile);
  const runsAgainst = provider === void 0 ? defaultSubscription(context.catalog, context.values, at) : void 0;
  return azureScope(identity.resourceGroup ?? autoNamedGroup(resource, context, at), at, void 0, provider?.subscription, provider?.handle, runsAgainst);
}
function autoNamedGroup(resource, context, at) {
  const term = context.catalog.property(resource, ["resourceGroupName"]);
  const group = context.catalog.autoNamedGroup(term, at);
  return group === void 0 || term?.kind !== "resource" ? void 0 : known(group, term.at, "expression", "Pulumi auto-names this resource group at deployment");
}
var ASSIGNMENT_KINDS = /* @__PURE__ */ new Set([
  "maintenance:ConfigurationAssignment",
  "maintenance:ConfigurationAssignmentParent",
  "maintenance:ConfigurationAssignmentsForResourceGroup",
  "maintenance:ConfigurationAssignmentsForSubscription"
]);
function toResource(resource, context) {
  const token = resource.token;
  if (token === void 0) return void 0;
  const kind = `${token.module}:${token.type}`;
  if (resource.existing) return kind === "hybridcompute:Machine" ? arcMachine(resource, context, "existing") : void 0;
  if (kind === "compute:VirtualMachine" || kind === "compute:VirtualMachineScaleSet") {
    return virtualMachine(resource, context);
  }
  if (kind === "hybridcompute:Machine") return arcMachine(resource, context, "declared");
  if (kind === "hybridcompute:LicenseProfile") return arcLicenseProfile(resource, context);
  if (kind === "maintenance:MaintenanceConfiguration") return configuration(resource, context);
  if (ASSIGNMENT_KINDS.has(kind)) return assignment(resource, kind, context);
  return void 0;
}
function base(resource, context) {
  const at = locate(context.programFile, resource.entry.keyNode);
  const identity = context.catalog.identityOf(resource.logicalName) ?? { type: "unknown", name: void 0 };
  return {
    format: "pulumi",
    identity,
    // Each stack is an environment of the program: two stacks are two deployments of it.
    unit: deploymentUnit("pulumi-stack", `pulumi:${folderOf(context.programFile)}`, at, void 0, context.variant === "" ? void 0 : context.variant),
    scope: scopeOf(resource, identity, context, at),
    displayName: identity.name ?? resource.logicalName,
    reportAt: at,
    declaredAt: at,
    related: context.related,
    variant: context.variant,
    deployed: known(true, at)
  };
}
function pulumiSource(resource, context, at) {
  const { catalog, values } = context;
  const read = (path) => catalog.property(resource, inputPath(path));
  return {
    at,
    string: (path) => values.string(read(path), at),
    boolean: (path) => values.boolean(read(path), at),
    strings: (path) => values.stringList(read(path), at),
    stringMap: (path) => values.stringMap(read(path), at),
    stringListMap: (path) => values.stringListMap(read(path), at),
    records: (path) => values.records(read(path), at),
    written: (path) => {
      const term = read(path);
      return term === void 0 ? absent(at) : known(true, locationOf2(term, at));
    }
  };
}
function inputPath(path) {
  if (path[0] !== "properties") return path;
  return path[1] === "maintenanceWindow" || path[1] === "productProfile" ? path.slice(2) : path.slice(1);
}
function virtualMachine(resource, context) {
  const common = base(resource, context);
  const kind = common.identity.type === VMSS_TYPE ? "scale-set" : "virtual-machine";
  const image = [...kind === "scale-set" ? ["virtualMachineProfile"] : [], "storageProfile", "imageReference"];
  const read = (key) => context.catalog.property(resource, [...image, key]);
  const custom = read("id") ?? read("sharedGalleryImageId") ?? read("communityGalleryImageId");
  const customImageId = custom?.kind === "resource" ? known(`\${${[custom.resource, ...custom.path].join(".")}}`, custom.at, "expression") : void 0;
  const source = pulumiSource(resource, context, common.declaredAt);
  const version = resource.token?.apiVersion;
  const apiVersion = version === void 0 ? {} : { apiVersion: known(version, common.declaredAt) };
  const vm = onFrame(common, mapVirtualMachine(source, kind, { ...apiVersion, ...customImageId !== void 0 && { customImageId } }));
  return withGroupExpression(vm, resource);
}
function withGroupExpression(vm, resource) {
  if (vm.identity.resourceGroup !== void 0) return vm;
  const written = resource.properties?.kind === "node" ? child(resource.properties.node, "resourceGroupName") : void 0;
  if (!isScalar(written) || typeof written.value !== "string" || !written.value.includes("${")) return vm;
  return onFrame(vm, { resourceGroupExpression: written.value });
}
function arcMachine(resource, context, declaration) {
  const common = base(resource, context);
  return withGroupExpression(onFrame(common, mapArcMachine(pulumiSource(resource, context, common.declaredAt), declaration)), resource);
}
function arcLicenseProfile(resource, context) {
  const common = base(resource, context);
  const term = context.catalog.property(resource, ["machineName"]);
  const named = term?.kind === "resource" && term.path.length === 1 && term.path[0] === "name" ? context.catalog.identityOf(term.resource) : void 0;
  const group = common.identity.resourceGroup === void 0 ? {} : { resourceGroup: common.identity.resourceGroup };
  const identity = named?.type === ARC_MACHINE_TYPE ? named : { type: ARC_MACHINE_TYPE, name: context.values.string(term, common.declaredAt).value, ...group };
  common.identity = identity;
  common.displayName = identity.name ?? common.displayName;
  return onFrame(common, mapArcLicenseProfile(pulumiSource(resource, context, common.declaredAt)));
}
function configuration(resource, context) {
  const common = base(resource, context);
  return onFrame(common, mapMaintenanceConfiguration(pulumiSource(resource, context, common.declaredAt)));
}
function assignment(resource, kind, context) {
  const common = base(resource, context);
  const at = common.declaredAt;
  const { catalog, values } = context;
  const read = (...path) => catalog.property(resource, path);
  const configurationId = values.identity(read("maintenanceConfigurationId"), at, [MAINTENANCE_CONFIGURATION_TYPE]);
  const assignment2 = onFrame(common, {
    kind: "maintenance-assignment",
    configuration: { target: configurationId }
  });
  if (kind === "maintenance:ConfigurationAssignment") {
    return onFrame(assignment2, { target: { target: assignmentTarget((key) => read(key), context, at, resource) } });
  }
  if (kind === "maintenance:ConfigurationAssignmentParent") {
    const child2 = childTarget(read, context, at);
    return onFrame(assignment2, { target: child2.value === void 0 ? { target: child2, notWindowsVm: true } : { target: child2 } });
  }
  const resourceGroup = kind.endsWith("ForResourceGroup") ? read("resourceGroupName") : void 0;
  return onFrame(assignment2, { filter: dynamicScope(read("filter"), resourceGroup, context, at) });
}
function childTarget(read, context, at) {
  const texts = [];
  let resourceName;
  for (const key of ["providerName", "resourceParentType", "resourceParentName", "resourceType", "resourceName"]) {
    const value2 = context.values.string(read(key), at);
    if (value2.value === void 0) {
      return unresolved(value2.location, value2.origin === "absent" ? `${key} is not set` : value2.reason ?? `${key} is not known`);
    }
    texts.push(value2.value);
    resourceName = value2;
  }
  const [provider, parentType, , type, name] = texts;
  const identity = { type: `${provider}/${parentType}/${type}`, name };
  const group = context.values.string(read("resourceGroupName"), at).value;
  const value = group === void 0 ? identity : { ...identity, resourceGroup: group };
  return resourceName === void 0 ? known(value, at) : { ...resourceName, value };
}
function dynamicScope(filter, resourceGroup, context, at) {
  const { values } = context;
  const walk = (...path) => filter?.kind === "node" ? context.catalog.walk(filter, path) : void 0;
  const groups = walk("resourceGroups");
  const groupName2 = values.string(resourceGroup, at);
  const ownGroup = groups === void 0 && groupName2.value !== void 0 ? [groupName2.value] : void 0;
  return {
    resourceTypes: values.stringList(walk("resourceTypes"), at),
    resourceGroups: ownGroup ? { ...groupName2, value: ownGroup } : values.stringList(groups, at),
    locations: values.stringList(walk("locations"), at),
    osTypes: values.stringList(walk("osTypes"), at),
    tags: values.stringListMap(walk("tagSettings", "tags"), at),
    tagOperator: values.string(walk("tagSettings", "filterOperator"), at, "Any")
  };
}
function locationOf2(term, fallback) {
  if (term.kind === "node") return locate(term.file, term.node);
  return "at" in term ? term.at : fallback;
}

// src/readers/pulumi/pulumi-reader.ts
var pulumiReader = {
  ...pulumiClaim,
  read: (files, workspace) => Promise.resolve(readPulumi(files, workspace))
};
function readPulumi(files, workspace) {
  const parseErrors = [];
  const exemptions = [];
  const manifests = /* @__PURE__ */ new Set();
  const load = memoize((path) => loadYaml(path, workspace));
  const report = (path) => {
    const loaded = load(path);
    parseErrors.push(...loaded.errors);
    return loaded.parsed;
  };
  const projectFiles = new Set(files.filter((file) => PROJECT_FILE.test(file.path)).map((file) => file.path));
  for (const file of files) {
    if (PROJECT_FILE.test(file.path)) continue;
    const project = MAIN_FILE.test(file.path) ? projectOfProgram(file.path, workspace, load) : projectIn(folderOf(file.path), workspace);
    if (project) projectFiles.add(project);
  }
  const resources = [];
  for (const projectFile of [...projectFiles].sort()) {
    const parsed = report(projectFile);
    if (parsed === void 0 || parsed.documents.length === 0) continue;
    const mainPath = mainProgramPath(projectFile, parsed);
    const main = workspace.get(mainPath) ? report(mainPath) : void 0;
    const project = readProject(projectFile, parsed, main ? { file: mainPath, parsed: main } : void 0);
    if ("message" in project) {
      parseErrors.push(project);
      continue;
    }
    if (!project.isYamlProgram) {
      parseErrors.push(notYaml(project));
      continue;
    }
    manifests.add(projectFile);
    if (main) manifests.add(mainPath);
    exemptions.push(...inlineExemptions(project.programFile, main ?? parsed));
    const stacks = stackFiles(project, files, workspace).flatMap((path) => {
      const stack = report(path);
      const settings = stack ? readStack(path, project.name, stack) : void 0;
      if (settings && "message" in settings) parseErrors.push(settings);
      return settings && !("message" in settings) ? [settings] : [];
    });
    for (const stack of stacks) manifests.add(stack.file);
    const evaluations = (stacks.length > 0 ? stacks : [void 0]).map((stack) => evaluation(project, stack));
    for (const context of evaluations) resources.push(...modelled(context));
    for (const classic of classicProviderResources(project.programFile, project.resources, evaluations)) {
      if ("message" in classic) parseErrors.push(classic);
      else resources.push(classic);
    }
    resources.push(...packageResources(project.programFile, project.resources, evaluations));
  }
  return { resources, parseErrors, manifests: [...manifests], inlineExemptions: exemptions };
}
function projectIn(folder, workspace) {
  const candidates = ["Pulumi.yaml", "Pulumi.yml"].map((name) => folder ? `${folder}/${name}` : name);
  return candidates.find((path) => workspace.get(path));
}
function projectOfProgram(program, workspace, load) {
  const folders = folderOf(program).split("/");
  for (let depth = folders.length; depth >= 0; depth--) {
    const project = projectIn(folders.slice(0, depth).join("/"), workspace);
    const parsed = project === void 0 ? void 0 : load(project).parsed;
    if (project !== void 0 && parsed !== void 0 && mainProgramPath(project, parsed) === program) return project;
  }
  return void 0;
}
function notYaml(project) {
  const { line, column } = project.runtimeAt;
  const message = `Pulumi ${project.runtime} program is not evaluated (only runtime: yaml programs are read)`;
  return { file: project.file, line, column, message, severity: "notice" };
}
function evaluation(project, stack) {
  const catalog = new ResourceCatalog(project.resources, stack ? `@${stack.stack}` : "", project.programFile);
  const evaluator = new ProgramEvaluator(project, stack, catalog);
  catalog.bind(evaluator);
  return {
    programFile: project.programFile,
    catalog,
    values: new TermValues(evaluator, catalog),
    variant: stack?.stack ?? "",
    related: stack ? [{ file: stack.file, startLine: 1, role: "stack-config" }] : []
  };
}
function modelled(context) {
  return context.catalog.all().flatMap((resource) => {
    const found = toResource(resource, context);
    return found === void 0 ? [] : [found];
  });
}
function stackFiles(project, files, workspace) {
  const inFolder = (path) => STACK_FILE.test(path) && folderOf(path) === project.stackDirectory;
  const scanned = files.map((file) => file.path);
  const programScanned = scanned.includes(project.file) || scanned.includes(project.programFile);
  if (!programScanned) return scanned.filter(inFolder).sort();
  return filesIn(workspace, project.stackDirectory || ".").map((file) => file.path).filter(inFolder).sort();
}
function loadYaml(path, workspace) {
  const text = workspace.readText(path);
  if (!text.ok) {
    return { errors: [{ file: path, line: text.line, column: text.column, message: text.message, severity: "error" }] };
  }
  const parsed = parseYaml(text.text);
  const errors = parsed.errors.map(
    ({ line, column, message }) => ({ file: path, line, column, message, severity: "error" })
  );
  return { parsed, errors };
}
function memoize(compute) {
  const cache = /* @__PURE__ */ new Map();
  return (key) => {
    const cached = cache.get(key);
    if (cached !== void 0) return cached;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
export {
  pulumiReader
};

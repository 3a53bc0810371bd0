import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  AZAPI_RESOURCE,
  AZAPI_RESOURCE_ACTION,
  AZAPI_UPDATE_RESOURCE,
  AZURERM_ARM_TYPES,
  applyUpdates,
  buildResource,
  descendValue,
  hclFilesOf,
  isList,
  isMissing,
  isObject,
  jsonValue,
  locationOf,
  modelledArmType,
  readUpdate,
  resolveModuleFolder,
  resourceGroupOfId,
  subscriptionSegmentOf,
  text,
  withoutApiVersion
} from "./chunk-I4VXBTJH.js";
import "./chunk-3TM54PKU.js";
import "./chunk-SD73YJMR.js";
import {
  absent,
  azureScope,
  childOf,
  deploymentUnit,
  known,
  moduleFolderOf,
  parseJsonDocument,
  terraformPlanClaim,
  unresolved
} from "./chunk-HRE4GSV5.js";
import {
  ARC_LICENSE_PROFILE_TYPE,
  keptText
} from "./chunk-XG2W2MLJ.js";
import "./chunk-KOMI2SY3.js";
import "./chunk-5XWL5JNG.js";

// src/readers/terraform/plan/declarations.ts
async function findDeclaration(files, folder, modulePath, type, name) {
  if (files.tfFiles(folder).length === 0) return void 0;
  let config = await files.config(folder);
  const callSites = [];
  for (const moduleName of modulePath) {
    const call = config.moduleCalls.get(moduleName);
    const target = call?.source === void 0 ? void 0 : resolveModuleFolder(files, call.file, call.source);
    if (!call || target === void 0) return void 0;
    callSites.push({ file: call.file, block: call.block });
    config = await files.config(target);
  }
  const resource = config.resources.get(`${type}.${name}`);
  return resource ? { file: resource.file, block: resource.block, callSites } : void 0;
}
function locateInBlock(declaration, path) {
  let body = declaration.block.body;
  let file = declaration.file;
  let found;
  for (const segment of path) {
    const attribute = body.attributes.get(segment);
    if (attribute) return locationOf(attribute.file ?? file, attribute.pos);
    const block = body.blocks.find(
      (candidate) => candidate.type === segment || candidate.type === "dynamic" && candidate.labels[0] === segment
    );
    if (!block) return found;
    file = block.file ?? file;
    found = locationOf(file, block.pos);
    if (block.type === "dynamic") return found;
    body = block.body;
  }
  return found;
}

// src/readers/terraform/plan/plan-document.ts
var MAX_MODULE_NESTING = 32;
function planEntries(root) {
  const configurations = configurationIndex(childOf(childOf(root, "configuration"), "root_module"));
  const changes = childOf(root, "resource_changes");
  if (changes?.type === "array") {
    return (changes.children ?? []).flatMap((node) => {
      const change = childOf(node, "change");
      const actions = childOf(change, "actions");
      const entry = baseEntry(node, configurations);
      if (!entry) return [];
      const after = childOf(change, "after");
      return [
        {
          ...entry,
          // A deleted resource has no `after`: its last known values are in `before`.
          after: after && after.type !== "null" ? after : childOf(change, "before"),
          afterUnknown: jsonValue(childOf(change, "after_unknown")),
          actions: stringList(actions),
          actionsNode: actions
        }
      ];
    });
  }
  const entries = [];
  collectPlanned(childOf(childOf(root, "planned_values") ?? childOf(root, "values"), "root_module"), configurations, entries, 0);
  return entries;
}
function collectPlanned(module, configurations, into, depth) {
  if (!module || depth > MAX_MODULE_NESTING) return;
  for (const node of childOf(module, "resources")?.children ?? []) {
    const entry = baseEntry(node, configurations);
    if (entry) into.push({ ...entry, after: childOf(node, "values"), afterUnknown: null, actions: [], actionsNode: void 0 });
  }
  for (const child of childOf(module, "child_modules")?.children ?? []) collectPlanned(child, configurations, into, depth + 1);
}
function baseEntry(node, configurations) {
  const text2 = (key) => {
    const value = childOf(node, key)?.value;
    return typeof value === "string" ? value : void 0;
  };
  const address = text2("address");
  const type = text2("type");
  const name = text2("name");
  if (address === void 0 || type === void 0 || name === void 0) return void 0;
  const modulePath = moduleNames(address);
  return {
    address,
    modulePath,
    mode: text2("mode") ?? "managed",
    type,
    name,
    node,
    ...configuredOf(configurations.get([...modulePath, `${type}.${name}`].join("\0")))
  };
}
function moduleNames(address) {
  const names = [];
  const pattern = /module\.([A-Za-z0-9_-]+)(?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?\./gy;
  for (let match = pattern.exec(address); match; match = pattern.exec(address)) names.push(match[1]);
  return names;
}
function addressKeys(address) {
  return (address.match(/\[(?:"(?:[^"\\]|\\.)*"|\d+)\]/g) ?? []).join("");
}
function stringList(node) {
  const value = jsonValue(node);
  return isList(value) ? value.filter((item) => typeof item === "string") : [];
}
function outputReferences(root) {
  const index = /* @__PURE__ */ new Map();
  visitModules(root, (module, path) => {
    for (const output of childOf(module, "outputs")?.children ?? []) {
      const [key, value] = output.children ?? [];
      const references = referencesOf(childOf(value, "expression"));
      if (typeof key?.value === "string" && references !== void 0) index.set(`${path.join("/")}#${key.value}`, references);
    }
  });
  return index;
}
function inputReferences(root) {
  const index = /* @__PURE__ */ new Map();
  visitModules(root, (module, path) => {
    for (const call of childOf(module, "module_calls")?.children ?? []) {
      const [name, value] = call.children ?? [];
      if (typeof name?.value !== "string") continue;
      for (const input of childOf(value, "expressions")?.children ?? []) {
        const [key, expression] = input.children ?? [];
        const references = referencesOf(expression);
        if (typeof key?.value === "string" && references !== void 0) index.set(`${[...path, name.value].join("/")}#${key.value}`, references);
      }
    }
  });
  return index;
}
function visitModules(root, visit) {
  const walk = (module, path, depth) => {
    if (!module || depth > MAX_MODULE_NESTING) return;
    visit(module, path);
    for (const call of childOf(module, "module_calls")?.children ?? []) {
      const [key, value] = call.children ?? [];
      if (typeof key?.value === "string") walk(childOf(value, "module"), [...path, key.value], depth + 1);
    }
  };
  walk(childOf(childOf(root, "configuration"), "root_module"), [], 0);
}
function referencesOf(expression) {
  const references = jsonValue(childOf(expression, "references"));
  return isList(references) ? references.filter((r) => typeof r === "string") : void 0;
}
var configuredOf = (found) => ({
  configured: found?.expressions,
  providerKey: found?.providerKey
});
function configurationIndex(root) {
  const index = /* @__PURE__ */ new Map();
  const visit = (module, path, depth) => {
    if (!module || depth > MAX_MODULE_NESTING) return;
    for (const resource of childOf(module, "resources")?.children ?? []) {
      const address = childOf(resource, "address")?.value;
      const expressions = jsonValue(childOf(resource, "expressions"));
      const key = childOf(resource, "provider_config_key")?.value;
      const providerKey = typeof key === "string" ? key : void 0;
      if (typeof address !== "string") continue;
      index.set([...path, address].join("\0"), { expressions: isObject(expressions) ? expressions.entries : void 0, providerKey });
    }
    for (const call of childOf(module, "module_calls")?.children ?? []) {
      const [key, value] = call.children ?? [];
      if (typeof key?.value === "string") visit(childOf(value, "module"), [...path, key.value], depth + 1);
    }
  };
  visit(root, [], 0);
  return index;
}

// src/readers/terraform/plan/plan-providers.ts
var ROOT_DEFAULT = "azurerm";
function planProviders(root, file, at) {
  const configs = childOf(childOf(root, "configuration"), "provider_config");
  const variables = jsonValue(childOf(root, "variables"));
  const written = /* @__PURE__ */ new Map();
  for (const property of configs?.children ?? []) {
    const [key, config] = property.children ?? [];
    if (typeof key?.value !== "string" || childOf(config, "name")?.value !== "azurerm") continue;
    const subscription = subscriptionOf(jsonValue(childOf(childOf(config, "expressions"), "subscription_id")), variables, key.value, at);
    if (subscription !== void 0) written.set(key.value, subscription);
  }
  const rootDefault = written.get(ROOT_DEFAULT)?.value;
  const named = rootDefault !== void 0 && [...written].some(([key, s]) => key !== ROOT_DEFAULT && !key.includes(":") && s.value !== void 0 && !same(s.value, rootDefault));
  const placements = /* @__PURE__ */ new Map();
  for (const [key, subscription] of written) {
    const handle = `${file}#provider.${key}`;
    if (key === ROOT_DEFAULT && !named) placements.set(key, rootDefault === void 0 ? { subscription, handle } : { runsAgainst: rootDefault });
    else if (subscription.value !== void 0 && rootDefault !== void 0 && !named && same(subscription.value, rootDefault)) placements.set(key, { runsAgainst: rootDefault });
    else placements.set(key, subscription.value === void 0 ? { subscription, handle } : { subscription });
  }
  return placements;
}
var same = (a, b) => a.toLowerCase() === b.toLowerCase();
function subscriptionOf(expression, variables, key, at) {
  if (!isObject(expression)) return void 0;
  const constant = expression.entries.get("constant_value");
  if (typeof constant === "string") return constant === "" ? void 0 : known(constant, at);
  const references = expression.entries.get("references") ?? null;
  const reference = isList(references) ? references.find((r) => typeof r === "string") : void 0;
  const variable = reference?.startsWith("var.") && !key.includes(":") ? reference.slice(4) : void 0;
  const value = variable === void 0 || !isObject(variables) ? void 0 : variables.entries.get(variable);
  const text2 = value !== void 0 && isObject(value) ? value.entries.get("value") : void 0;
  if (typeof text2 === "string") return text2 === "" ? void 0 : known(text2, at, "variable", variable);
  return unresolved(at, `the subscription_id of provider configuration ${key} is not known in the plan`);
}
function subscriptionsShown(entries) {
  const shown = /* @__PURE__ */ new Map();
  const conflicting = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    const id = childOf(entry.after, "id")?.value;
    const subscription = typeof id === "string" ? subscriptionSegmentOf(id) : void 0;
    if (entry.providerKey === void 0 || subscription === void 0 || subscription.startsWith("{")) continue;
    const seen = shown.get(entry.providerKey);
    if (seen !== void 0 && !same(seen, subscription)) conflicting.add(entry.providerKey);
    else shown.set(entry.providerKey, subscription);
  }
  for (const key of conflicting) shown.delete(key);
  return shown;
}

// src/readers/terraform/plan/plan-references.ts
var MAX_OUTPUT_HOPS = 32;
var MODULE_OUTPUT = /^module\.([A-Za-z0-9_-]+)((?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?)\.([A-Za-z0-9_-]+)/;
var INSTANCE_KEY = /\[(?:"(?:[^"\\]|\\.)*"|\d+)\]$/;
var INPUT_VARIABLE = /^var\.([A-Za-z0-9_-]+)(?:\.|$)/;
var MODULE_CALL = /module\.([A-Za-z0-9_-]+)((?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?)\./y;
var OWN_KEY_REFERENCES = ["each.key", "count.index"];
var PlanReferences = class {
  constructor(folder, entries, links = { outputs: /* @__PURE__ */ new Map(), inputs: /* @__PURE__ */ new Map() }) {
    this.folder = folder;
    this.links = links;
    for (const entry of entries) {
      this.byAddress.set(entry.address, entry);
      const id = childOf(entry.after, "id")?.value;
      if (typeof id === "string" && entry.mode === "managed") this.ids.set(id.toLowerCase(), this.symbol(entry.address));
    }
  }
  folder;
  links;
  byAddress = /* @__PURE__ */ new Map();
  ids = /* @__PURE__ */ new Map();
  /** The stable handle of a planned resource: the plan's folder and the resource address. */
  symbol(address) {
    return `${this.folder}#${address}`;
  }
  symbolOfId(id) {
    return this.ids.get(id.toLowerCase());
  }
  /**
   * The ID of the one planned resource an unknown attribute's references name. Terraform's `references` list every
   * reference of the expression, not the branch taken (`var.use_blue ? blue.id : green.id` lists both VMs), so only
   * when all those that name a resource name the same one is it the one the value is; several, and the value stays
   * unknown rather than crediting the first. The same holds for a value unknown deep inside an attribute (an azapi
   * `body`'s `maintenanceConfigurationId`).
   */
  resolve(entry, attribute) {
    const targets = new Set(this.targetsOf(entry, attribute));
    const [only] = targets;
    return targets.size === 1 && only !== void 0 ? this.idOf(only) : void 0;
  }
  /** The planned resources an attribute's configured references name, in order. */
  targetsOf(entry, attribute) {
    const expression = entry.configured?.get(attribute);
    const references = expression !== void 0 && isObject(expression) ? expression.entries.get("references") : void 0;
    if (references === void 0 || !isList(references)) return [];
    const prefix = entry.address.slice(0, entry.address.lastIndexOf(`${entry.type}.${entry.name}`));
    const ownKey = OWN_KEY_REFERENCES.some((key) => references.includes(key)) ? INSTANCE_KEY.exec(entry.address)?.[0] : void 0;
    const targets = [];
    for (const reference of references) {
      const target = typeof reference === "string" ? this.target(prefix, reference, /* @__PURE__ */ new Set(), ownKey) : void 0;
      if (target) targets.push(target);
    }
    return targets;
  }
  /**
   * The planned resource a reference written in the module at `prefix` names, directly, through a module output, or
   * (`var.x` in a module) through what its caller passes.
   */
  target(prefix, reference, followed, ownKey) {
    const direct = this.find(prefix + reference, ownKey) ?? this.find(prefix + reference.slice(0, reference.lastIndexOf(".")), ownKey);
    if (direct) return direct;
    const input = INPUT_VARIABLE.exec(reference);
    if (input) return this.passedIn(prefix, input[1] ?? "", followed);
    const output = MODULE_OUTPUT.exec(reference);
    if (!output) return void 0;
    const inner = `${prefix}module.${output[1] ?? ""}${output[2] ?? ""}.`;
    const key = `${moduleNames(inner).join("/")}#${output[3] ?? ""}`;
    if (followed.has(inner + key) || followed.size >= MAX_OUTPUT_HOPS) return void 0;
    followed.add(inner + key);
    for (const written of this.links.outputs.get(key) ?? []) {
      const found = this.target(inner, written, followed);
      if (found) return found;
    }
    return void 0;
  }
  /**
   * The planned resource the input `variable` of the module at `prefix` is given: the module call's expression,
   * written in the calling module, followed there (another `var.` goes on out; `each.key`/`count.index` pick the
   * caller's resource instance of this module instance's own key). Only when every reference it holds names that one
   * resource (or is what another is read from, `module.vm` of `module.vm.id`): a value that may be something else
   * (`var.other != "" ? var.other : vm.id`, a `local`, `each.value`) is not guessed, and the root module's variables
   * are the plan's own, no resource.
   */
  passedIn(prefix, variable, followed) {
    const calls = moduleCalls(prefix);
    const call = calls.at(-1);
    if (call === void 0) return void 0;
    const key = `${calls.map(({ name }) => name).join("/")}#${variable}`;
    const visit = `var:${prefix}${variable}`;
    if (followed.has(visit) || followed.size >= MAX_OUTPUT_HOPS) return void 0;
    followed.add(visit);
    const written = this.links.inputs.get(key) ?? [];
    const ownKey = OWN_KEY_REFERENCES.some((own) => written.includes(own)) && call.key !== "" ? call.key : void 0;
    let only;
    for (const reference of written) {
      if (OWN_KEY_REFERENCES.includes(reference) || written.some((other) => other.startsWith(`${reference}.`))) continue;
      const found = this.target(prefix.slice(0, call.start), reference, followed, ownKey);
      if (found === void 0 || only !== void 0 && found !== only) return void 0;
      only = found;
    }
    return only;
  }
  /**
   * The planned resource at `address`; for a resource with instances, its only instance, or the one of the
   * referring entry's own key (`ownKey`, for `vm[each.key]`). Several instances and no key to pick one:
   * none, so the reference stays unresolved rather than naming the first instance.
   */
  find(address, ownKey) {
    const exact = this.byAddress.get(address);
    if (exact) return exact;
    let only;
    for (const [candidate, entry] of this.byAddress) {
      if (!candidate.startsWith(`${address}[`)) continue;
      if (only !== void 0) return ownKey === void 0 ? void 0 : this.byAddress.get(address + ownKey);
      only = entry;
    }
    return only;
  }
  idOf(target) {
    const value = (key) => jsonValue(childOf(target.after, key));
    const known2 = (key, placeholder) => {
      const found = value(key);
      return typeof found === "string" && found !== "" ? found : placeholder;
    };
    const name = known2("name", `{${target.address.replaceAll("/", "%2F")}}`);
    let id;
    if (target.type === AZAPI_RESOURCE) {
      const type = value("type");
      if (typeof type === "string") id = `${known2("parent_id", "{parent}")}/providers/${withoutApiVersion(type)}/${name}`;
    } else {
      const armType = AZURERM_ARM_TYPES.get(target.type);
      if (armType) id = `/subscriptions/{subscription}/resourceGroups/${known2("resource_group_name", "{resourceGroup}")}/providers/${armType}/${name}`;
    }
    if (id !== void 0 && target.mode === "managed") this.ids.set(id.toLowerCase(), this.symbol(target.address));
    return id;
  }
};
function moduleCalls(prefix) {
  const calls = [];
  let start = 0;
  MODULE_CALL.lastIndex = 0;
  while (start < prefix.length) {
    const match = MODULE_CALL.exec(prefix);
    if (match === null) return [];
    calls.push({ name: match[1], key: match[2] ?? "", start });
    start = MODULE_CALL.lastIndex;
  }
  return calls;
}

// src/readers/terraform/plan/plan-view.ts
var KNOWN_AFTER_APPLY = "known after apply";
var isEmpty = (node) => node === void 0 || node.type === "array" && (node.children?.length ?? 0) === 0 || node.type === "string" && node.value === "";
var PlanView = class {
  constructor(entry, location, position, file, locate, reference) {
    this.entry = entry;
    this.location = location;
    this.position = position;
    this.file = file;
    this.locate = locate;
    this.reference = reference;
  }
  entry;
  location;
  position;
  file;
  locate;
  reference;
  get(path) {
    let node = this.entry.after;
    let unknown = this.entry.afterUnknown;
    for (let i = 0; i < path.length; i++) {
      const key = path[i];
      while (node?.type === "array") {
        const first = node.children?.[0];
        if (!first) return absent(this.where(path.slice(0, i), node));
        node = first;
        unknown = isList(unknown) ? unknown[0] ?? null : unknown;
      }
      if (node?.type === "string") return this.inString(jsonValue(node), path.slice(i), this.where(path, node));
      if (node?.type !== "object") return absent(this.where(path.slice(0, i), node));
      unknown = isObject(unknown) ? unknown.entries.get(key) ?? null : null;
      const next = childOf(node, key);
      if (unknown === true) return this.unknownValue(path, i, next ?? node);
      if (!next || next.type === "null" || isEmpty(next)) return absent(this.where(path.slice(0, i + 1), next ?? node));
      node = next;
    }
    if (isEmpty(node)) return absent(this.where(path, node));
    return { value: jsonValue(node), origin: "literal", location: this.where(path, node) };
  }
  unknownValue(path, index, node) {
    const location = this.where(path.slice(0, index + 1), node);
    const top = path[0];
    const configured = this.entry.configured;
    const id = this.reference(top);
    if (id !== void 0) return { value: id, origin: "expression", location };
    if (index === 0 && configured && !configured.has(top)) return absent(location);
    return unresolved(location, KNOWN_AFTER_APPLY);
  }
  /** A JSON string (an azapi 1.x body) read as the object it encodes. */
  inString(value, keys, location) {
    let current = value;
    for (const key of keys) current = current === void 0 ? void 0 : descendValue(current, key);
    if (current === void 0 || current === null) return absent(location);
    if (isMissing(current)) return unresolved(location, current.reason);
    return { value: current, origin: "literal", location };
  }
  /** The `.tf` line of a path when the configuration is scanned, else its place in the plan. */
  where(path, node) {
    const configured = path.length > 0 ? this.locate(path) : void 0;
    if (configured) return configured;
    if (!node) return this.location;
    return { file: this.file, ...this.position(node.parent?.type === "property" ? node.parent.offset : node.offset) };
  }
};

// src/readers/terraform/plan/terraform-plan-reader.ts
var terraformPlanReader = {
  ...terraformPlanClaim,
  read: (files, workspace) => readPlans(files, workspace)
};
async function readPlans(claimed, workspace) {
  const hcl = hclFilesOf(workspace);
  const resources = [];
  const parseErrors = [];
  const manifests = [];
  for (const file of claimed) {
    const text2 = workspace.readText(file.path);
    if (!text2.ok) {
      parseErrors.push({ file: file.path, line: text2.line, column: text2.column, message: text2.message, severity: "error" });
      continue;
    }
    const document = parseJsonDocument(text2.text);
    if (document.error || document.root?.type !== "object") {
      const error = document.error ?? { line: 1, column: 1, message: "a plan must be a JSON object" };
      parseErrors.push({ file: file.path, ...error, severity: "error" });
      continue;
    }
    if (!childOf(document.root, "format_version")) continue;
    manifests.push(file.path);
    if (isState(document.root) && hcl.tfFiles(moduleFolderOf(file.path)).length > 0) {
      parseErrors.push({ file: file.path, line: 1, column: 1, message: STATE_BESIDE_CONFIGURATION, severity: "notice" });
      continue;
    }
    const planned = await planResources(file.path, document, hcl);
    resources.push(...planned.resources);
    parseErrors.push(...planned.notices);
  }
  return { resources, parseErrors, manifests };
}
var STATE_BESIDE_CONFIGURATION = "a Terraform state (`terraform show -json` without a plan file) beside the configuration it records: the .tf files are read, since they are what this change deploys; the state shows what exists";
var isState = (root) => childOf(root, "values") !== void 0 && childOf(root, "planned_values") === void 0 && childOf(root, "resource_changes") === void 0;
async function planResources(file, document, hcl) {
  const folder = moduleFolderOf(file);
  const root = document.root;
  const entries = planEntries(root);
  const references = new PlanReferences(folder, entries, { outputs: outputReferences(root), inputs: inputReferences(root) });
  const providers = withShownSubscriptions(planProviders(root, file, { file, ...document.position(root.offset) }), subscriptionsShown(entries), file);
  const resources = [];
  const updates = [];
  for (const entry of entries) {
    if (entry.mode !== "managed") continue;
    const declaration = await findDeclaration(hcl, folder, entry.modulePath, entry.type, entry.name);
    const entryAt = { file, ...document.position(entry.node.offset) };
    const view = new PlanView(
      entry,
      declaration ? locationOf(declaration.file, declaration.block.pos) : entryAt,
      document.position,
      file,
      (path) => declaration ? locateInBlock(declaration, path) : void 0,
      (attribute) => references.resolve(entry, attribute)
    );
    const symbolOf = (id) => references.symbolOfId(id);
    if (entry.type === AZAPI_UPDATE_RESOURCE || entry.type === AZAPI_RESOURCE_ACTION) {
      const frame2 = frameOf(entry, view, entry.type, declaration, entryAt, references.symbol(entry.address), document, providers);
      const update = readUpdate(entry.type, view, frame2, entry.address, symbolOf);
      if (update) {
        updates.push(update);
        continue;
      }
    }
    const modelled = modelledArmType(entry.type, view);
    if (!modelled) continue;
    const frame = frameOf(entry, view, modelled.armType, declaration, entryAt, references.symbol(entry.address), document, providers);
    const resource = buildResource(entry.type, modelled, view, frame, symbolOf);
    if (resource) resources.push(resource);
  }
  if (updates.length === 0) return { resources, notices: [] };
  return applyUpdates(resources, updates);
}
function frameOf(entry, view, armType, declaration, entryAt, symbol, document, providers) {
  const name = text(view.get(["name"])).value;
  const parentValue = entry.type === AZAPI_RESOURCE || armType === ARC_LICENSE_PROFILE_TYPE ? text(view.get(["parent_id"])) : void 0;
  const parent = parentValue?.value;
  const group = parentValue !== void 0 ? parent && resourceGroupOfId(parent) : text(view.get(["resource_group_name"])).value;
  const declaredAt = view.location;
  const outermost = declaration?.callSites[0];
  const related = [{ file: entryAt.file, startLine: entryAt.line, role: "plan" }];
  for (const site of declaration?.callSites ?? []) related.push({ file: site.file, startLine: site.block.pos.line, role: "module" });
  if (outermost) related.push({ file: declaredAt.file, startLine: declaredAt.line, role: "declaration" });
  const deleted = entry.actions.length === 1 && entry.actions[0] === "delete";
  const actionsAt = entry.actionsNode ? { file: entryAt.file, ...document.position(entry.actionsNode.offset) } : entryAt;
  const modulePath = entry.modulePath.map((call) => `module.${call}`).join(".");
  return {
    format: "terraform-plan",
    unit: deploymentUnit("terraform-plan", `terraform-plan:${entryAt.file}`, entryAt, modulePath),
    scope: planScope(group === "" ? void 0 : group, entryAt, planSubscription(view, parentValue), entry.providerKey && providers.get(entry.providerKey)),
    identity: { type: armType, name, ...group ? { resourceGroup: group } : {}, symbol },
    displayName: name ?? entry.address,
    reportAt: outermost ? locationOf(outermost.file, outermost.block.pos) : declaredAt,
    declaredAt,
    related,
    variant: addressKeys(entry.address),
    deployed: { value: !deleted, origin: deleted ? "literal" : "provider-default", location: actionsAt }
  };
}
function withShownSubscriptions(providers, shown, file) {
  if (shown.size === 0) return providers;
  const placements = new Map(providers);
  const at = { file, line: 1, column: 1 };
  for (const [key, subscription] of shown) {
    const written = providers.get(key);
    if (written?.subscription?.value === void 0 && written?.runsAgainst === void 0) placements.set(key, { subscription: known(keptText(subscription), at) });
  }
  return placements;
}
function planScope(group, at, named, placed) {
  if (named !== void 0 || !placed) return azureScope(group, at, void 0, named);
  return azureScope(group, at, void 0, placed.subscription, placed.handle, placed.runsAgainst);
}
function planSubscription(view, parent) {
  const id = text(view.get(["id"]));
  const fromId = id.value === void 0 ? void 0 : subscriptionSegmentOf(id.value);
  if (fromId !== void 0 && !fromId.startsWith("{")) return { ...id, value: keptText(fromId) };
  if (parent === void 0 || parent.origin === "absent") return void 0;
  if (parent.value === void 0) return parent;
  const fromParent = subscriptionSegmentOf(parent.value);
  if (fromParent === void 0 || fromParent === "{subscription}") return void 0;
  return fromParent.startsWith("{") ? unresolved(parent.location, `its parent_id names a subscription that is not known (${fromParent})`) : { ...parent, value: keptText(fromParent) };
}
export {
  terraformPlanReader
};

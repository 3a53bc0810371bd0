import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  EXEMPTION_MARKER,
  SourcedValues,
  inlineExemptions,
  locate,
  yaml11Boolean
} from "./chunk-JEB44LJJ.js";
import {
  child,
  entryOf,
  inComment,
  isMap,
  isScalar,
  isSeq,
  nodeAt,
  parseYaml,
  scalarText
} from "./chunk-OFL7K4J5.js";
import "./chunk-VO455LQT.js";
import {
  onFrame
} from "./chunk-3TM54PKU.js";
import {
  LineIndex
} from "./chunk-SD73YJMR.js";
import {
  AZURE_GROUP,
  COMPOSITION_KIND,
  KUSTOMIZATION_FILE,
  KUSTOMIZATION_NAMES,
  MAX_BASES,
  MAY_CARRY_HOTPATCH_SIGNAL,
  POLICY_WORDS,
  TOP_LEVEL_API_VERSION,
  absent,
  appendTo,
  azureScope,
  azurermInGuestScope,
  collectInputs,
  deploymentUnit,
  firstWritten,
  folderOf,
  hotpatchSignals,
  known,
  kubernetesClaim,
  mapVirtualMachine,
  mayHoldAzureObject,
  mayRunCompositionProgram,
  mayUseGoTemplates,
  mentionsAzureGroup,
  namesAzureGroup,
  noExpirationWhenEmpty,
  renamesObjects,
  transformsObjects,
  unreadCallAsVm,
  unresolved
} from "./chunk-HRE4GSV5.js";
import {
  MAINTENANCE_ASSIGNMENT_TYPE,
  MAINTENANCE_CONFIGURATION_TYPE,
  MAX_FILE_BYTES,
  VMSS_TYPE,
  VM_TYPE,
  keptText,
  parseResourceId
} from "./chunk-XG2W2MLJ.js";
import "./chunk-KOMI2SY3.js";
import "./chunk-5XWL5JNG.js";

// src/readers/kubernetes/resource-base.ts
function resourceBase(manifest, identity, configured) {
  const paused = identity.type === VM_TYPE || identity.type === VMSS_TYPE ? void 0 : pausedAt(manifest);
  const build = manifest.built?.build.folder;
  const environment = build ?? (manifest.besideBuilds ? "" : void 0);
  const base = {
    format: "kubernetes",
    identity,
    // Kubernetes resolves references by name inside a namespace, or the cluster for cluster-scoped objects.
    unit: manifest.namespace === "" ? deploymentUnit("kubernetes-cluster", "kubernetes:cluster", manifest.at, void 0, environment) : deploymentUnit("kubernetes-namespace", `kubernetes:${manifest.namespace}`, manifest.at, void 0, environment),
    scope: azureScope(identity.resourceGroup, manifest.at, void 0, configured?.subscription, configured?.handle),
    displayName: identity.name ?? identity.symbol ?? manifest.name,
    reportAt: manifest.at,
    declaredAt: manifest.at,
    related: manifest.built === void 0 ? [] : manifest.built.renamings.map(({ at }) => ({ file: at.file, startLine: at.line, role: "kustomization" })),
    variant: build ?? "",
    deployed: deployed(manifest, paused)
  };
  const observed = observedOnly(manifest);
  if (observed === void 0 && paused === void 0) return base;
  return { ...base, ...observed && { observedOnly: observed }, ...paused && { paused: paused.at } };
}
var ASO_RECONCILE_POLICY = "serviceoperator.azure.com/reconcile-policy";
var CROSSPLANE_PAUSED = "crossplane.io/paused";
var MANAGEMENT_POLICIES = "managementPolicies";
var CHANGING_POLICIES = /* @__PURE__ */ new Set(["*", "Create", "Update"]);
function deployed(manifest, paused) {
  if (manifest.flavour === "aso") {
    if (manifest.annotations.get(ASO_RECONCILE_POLICY) === "skip") return known(false, annotationAt(manifest, ASO_RECONCILE_POLICY), "literal", ASO_RECONCILE_POLICY);
    return known(true, manifest.at);
  }
  if (paused !== void 0) return known(false, paused.at, "literal", paused.by);
  const observed = observedOnly(manifest);
  if (observed !== void 0) return known(false, observed, "literal", MANAGEMENT_POLICIES);
  return known(true, manifest.at);
}
function observedOnly(manifest) {
  if (manifest.flavour === "aso") return void 0;
  const policies = managementPolicies(manifest);
  if (!isSeq(policies) || policies.items.length === 0) return void 0;
  if (policies.items.some((item) => CHANGING_POLICIES.has(scalarText(item) ?? ""))) return void 0;
  return locate(manifest.file, policies);
}
function pausedAt(manifest) {
  if (manifest.flavour === "aso") return void 0;
  if (manifest.annotations.get(CROSSPLANE_PAUSED) === "true") return { by: CROSSPLANE_PAUSED, at: annotationAt(manifest, CROSSPLANE_PAUSED) };
  const policies = managementPolicies(manifest);
  if (isSeq(policies) && policies.items.length === 0) return { by: MANAGEMENT_POLICIES, at: locate(manifest.file, policies) };
  return void 0;
}
var managementPolicies = (manifest) => child(child(manifest.root, "spec"), MANAGEMENT_POLICIES);
function annotationAt(manifest, key) {
  const node = nodeAt(manifest.root, ["metadata", "annotations", key]);
  return node ? locate(manifest.file, node) : manifest.at;
}

// src/readers/kubernetes/aso.ts
var ASO_COMPUTE_KINDS = /* @__PURE__ */ new Set(["VirtualMachine", "VirtualMachineScaleSet"]);
function readAsoCompute(manifest, index, values) {
  const spec = child(manifest.root, "spec");
  const isScaleSet = manifest.kind === "VirtualMachineScaleSet";
  const kind = isScaleSet ? "scale-set" : "virtual-machine";
  const profile = isScaleSet ? child(spec, "virtualMachineProfile") : spec;
  const patch = nodeAt(profile, ["osProfile", "windowsConfiguration", "patchSettings"]);
  const bypass = nodeAt(patch, ["automaticByPlatformSettings", "bypassPlatformSafetyChecksOnUserSchedule"]);
  const at = manifest.at;
  const base = resourceBase(manifest, index.identity(manifest, isScaleSet ? VMSS_TYPE : VM_TYPE));
  const apiVersion = armApiVersion(manifest);
  const fields = mapVirtualMachine(asoSource(spec, values, at), kind, {
    customImageId: customImage(nodeAt(profile, ["storageProfile", "imageReference"]), values, at),
    bypassPlatformSafetyChecksOnUserSchedule: absent(bypass ? values.at(bypass) : at),
    ...apiVersion === void 0 ? {} : { apiVersion }
  });
  return onFrame(base, { ...fields, azureServiceOperator: { computeApiVersion: apiVersion?.value } });
}
function armApiVersion(manifest) {
  const date = /^v(?:1api|1beta|1alpha1api)?(\d{4})(\d{2})(\d{2})/.exec(manifest.version);
  return date === null ? void 0 : known(`${date[1]}-${date[2]}-${date[3]}`, manifest.at);
}
function asoSource(spec, values, at) {
  const node = (path) => nodeAt(spec, path[0] === "properties" ? path.slice(1) : path);
  return {
    at,
    string: (path) => values.string(node(path), at),
    boolean: (path) => values.boolean(node(path), at),
    strings: (path) => values.stringList(node(path), at),
    stringMap: (path) => values.stringMap(node(path), at),
    stringListMap: (path) => {
      const found = node(path);
      return found === void 0 ? absent(at) : unresolved(values.at(found), "tag filters are not read from ASO manifests");
    },
    written: (path) => {
      const found = node(path);
      return found === void 0 ? absent(at) : known(true, values.at(found));
    }
  };
}
function customImage(image, values, at) {
  const reference = child(image, "reference");
  const armId = child(reference, "armId");
  if (armId !== void 0) return values.string(armId, at);
  const name = scalarText(child(reference, "name"));
  if (reference !== void 0 && name !== void 0) {
    const group = scalarText(child(reference, "group")) ?? "compute.azure.com";
    const kind = scalarText(child(reference, "kind")) ?? "Image";
    return known(keptText(`${group}/${kind}/${name}`), values.at(reference));
  }
  const gallery = child(image, "sharedGalleryImageId") ?? child(image, "communityGalleryImageId");
  return values.string(gallery, at);
}

// src/readers/kubernetes/provider-config.ts
function configuredSubscription(manifest, index) {
  if (manifest.flavour === "aso") return void 0;
  const reference = child(child(manifest.root, "spec"), "providerConfigRef");
  const name = scalarText(child(reference, "name"));
  if (name === void 0 || name === "") return void 0;
  const namespaced = manifest.flavour === "crossplane-namespaced";
  const group = namespaced ? "azure.m.upbound.io" : "azure.upbound.io";
  const written = scalarText(child(reference, "kind"));
  const kinds = written !== void 0 ? [written] : namespaced ? ["ProviderConfig", "ClusterProviderConfig"] : ["ProviderConfig"];
  const found = kinds.flatMap(
    (kind) => index.ofName(manifest, group, kind, name).filter((config2) => kind !== "ProviderConfig" || !namespaced || config2.namespace === manifest.namespace)
  );
  const [config] = found;
  if (config === void 0 || found.length > 1) return void 0;
  const handle = `kubernetes:${group}/${config.kind}/${config.namespace}/${config.name}`;
  const node = child(child(config.root, "spec"), "subscriptionID");
  const subscription = scalarText(node);
  if (node === void 0 || subscription === void 0 || subscription === "") return { handle };
  return { subscription: known(subscription, locate(config.file, node)), handle };
}

// src/readers/kubernetes/crossplane-shapes.ts
var CONFIGURATION_LISTS = /* @__PURE__ */ new Map([
  ["window", "list"],
  ["installPatches", "list"],
  ["installPatches.windows", "list"],
  ["properties", "object"]
]);
var CONFIGURATION_OBJECTS = /* @__PURE__ */ new Map([
  ["window", "object"],
  ["installPatches", "object"],
  ["installPatches.windows", "list"],
  ["properties", "object"]
]);
var COMPUTE_LISTS = /* @__PURE__ */ new Map([
  ["sourceImageReference", "list"],
  ["osProfile", "list"],
  ["osProfile.windowsConfiguration", "list"],
  ["osProfile.linuxConfiguration", "list"]
]);
var COMPUTE_OBJECTS = /* @__PURE__ */ new Map([
  ["sourceImageReference", "object"],
  ["osProfile", "object"],
  ["osProfile.windowsConfiguration", "object"],
  ["osProfile.linuxConfiguration", "object"]
]);
var SHAPES = /* @__PURE__ */ new Map([
  ["crossplane maintenance v1beta1", CONFIGURATION_LISTS],
  ["crossplane maintenance v1beta2", CONFIGURATION_OBJECTS],
  ["crossplane-namespaced maintenance v1beta1", CONFIGURATION_OBJECTS],
  ["crossplane compute v1beta1", COMPUTE_LISTS],
  ["crossplane compute v1beta2", COMPUTE_OBJECTS],
  ["crossplane-namespaced compute v1beta1", COMPUTE_OBJECTS]
]);
var shapesOf = (manifest) => SHAPES.get(`${manifest.flavour} ${manifest.group.slice(0, manifest.group.indexOf("."))} ${manifest.version}`);
var described = (shape) => shape === "list" ? "a list of one object" : "an object";
function versionBlock(manifest, path, node, where = "forProvider") {
  const written = isSeq(node) ? "list" : isMap(node) ? "object" : void 0;
  if (node === void 0 || written === void 0) return { node: void 0 };
  const wanted = shapesOf(manifest)?.get(path);
  const what = `${manifest.group}/${manifest.version} ${manifest.kind}`;
  const field = `spec.${where}.${path}`;
  if (wanted === void 0) {
    const text = `${field} is written in ${what}, a version whose CRD the gate does not know: whether the API server takes it as ${described(written)} is not known`;
    return { problem: { path, node, text, unknownVersion: true } };
  }
  if (written !== wanted) {
    const text = `${field} is ${described(written)} where the ${what} CRD wants ${described(wanted)}`;
    return { problem: { path, node, text, unknownVersion: false } };
  }
  return { node: isSeq(node) ? node.items[0] : node };
}
var PROVIDER_FIELDS = ["forProvider", "initProvider"];
function shapeProblem(manifest, paths) {
  const spec = child(manifest.root, "spec");
  for (const where of PROVIDER_FIELDS) {
    const provider = child(spec, where);
    if (provider === void 0) continue;
    for (const path of paths) {
      const dot = path.lastIndexOf(".");
      const parent = dot < 0 ? provider : blockAt(manifest, provider, path.slice(0, dot), where);
      const read = versionBlock(manifest, path, child(parent, path.slice(dot + 1)), where);
      if (read.problem !== void 0) return read.problem;
    }
  }
  return void 0;
}
function blockAt(manifest, provider, path, where) {
  let node = provider;
  let walked = "";
  for (const key of path.split(".")) {
    walked = walked === "" ? key : `${walked}.${key}`;
    node = versionBlock(manifest, walked, child(node, key), where).node;
  }
  return node;
}

// src/readers/kubernetes/crossplane-compute.ts
var CROSSPLANE_COMPUTE_KINDS = /* @__PURE__ */ new Map([
  ["WindowsVirtualMachine", { kind: "virtual-machine", os: "Windows", canHotpatch: true, settingsInOsProfile: false }],
  ["LinuxVirtualMachine", { kind: "virtual-machine", os: "Linux", canHotpatch: false, settingsInOsProfile: false }],
  [
    "OrchestratedVirtualMachineScaleSet",
    { kind: "scale-set", orchestrationMode: "Flexible", canHotpatch: true, settingsInOsProfile: true }
  ],
  [
    "WindowsVirtualMachineScaleSet",
    { kind: "scale-set", os: "Windows", orchestrationMode: "Uniform", canHotpatch: false, settingsInOsProfile: false }
  ],
  [
    "LinuxVirtualMachineScaleSet",
    { kind: "scale-set", os: "Linux", orchestrationMode: "Uniform", canHotpatch: false, settingsInOsProfile: false }
  ]
]);
var block = (node) => isSeq(node) ? node.items[0] : node;
function readCrossplaneCompute(manifest, index, values) {
  const shape = CROSSPLANE_COMPUTE_KINDS.get(manifest.kind);
  if (shape === void 0) return void 0;
  const at = manifest.at;
  const parameter = (key) => index.parameter(manifest, key);
  const osProfile = block(parameter("osProfile"));
  const windows = block(child(osProfile, "windowsConfiguration"));
  const linux = block(child(osProfile, "linuxConfiguration"));
  const settings = shape.settingsInOsProfile ? (key) => child(windows, key) : parameter;
  const osType = osTypeOf(shape, manifest.kindAt, windows, linux, values, at);
  const image = block(parameter("sourceImageReference"));
  const windowsVm = manifest.kind === "WindowsVirtualMachine";
  const problem = shapeProblem(manifest, shape.settingsInOsProfile ? SCALE_SET_BLOCKS : VM_BLOCKS);
  const shapeWrong = problem?.unknownVersion === true ? void 0 : problem;
  const base = resourceBase(manifest, index.identity(manifest, shape.kind === "scale-set" ? VMSS_TYPE : VM_TYPE), configuredSubscription(manifest, index));
  const vm = onFrame(base, {
    kind: shape.kind,
    canHotpatch: shape.canHotpatch,
    orchestrationMode: shape.orchestrationMode ? known(shape.orchestrationMode, manifest.kindAt) : absent(at),
    osType,
    image: {
      publisher: values.string(child(image, "publisher"), at),
      offer: values.string(child(image, "offer"), at),
      sku: values.string(child(image, "sku"), at),
      version: values.string(child(image, "version"), at),
      customImageId: values.string(parameter("sourceImageId"), at)
    },
    location: values.string(parameter("location"), at),
    tags: values.stringMap(parameter("tags"), at),
    patchMode: values.string(settings("patchMode"), at, osType.value === "Windows" ? "AutomaticByOS" : void 0),
    enableHotpatching: values.boolean(settings("hotpatchingEnabled"), at, false),
    // Only azurerm_windows_virtual_machine has these two; the Flexible scale set has neither.
    rebootSetting: windowsVm ? values.string(parameter("rebootSetting"), at) : absent(at),
    bypassPlatformSafetyChecksOnUserSchedule: windowsVm ? values.boolean(parameter("bypassPlatformSafetyChecksOnUserScheduleEnabled"), at, false) : absent(at)
  });
  return shapeWrong === void 0 ? vm : unreadBlock(vm, shapeWrong, values);
}
var VM_BLOCKS = ["sourceImageReference"];
var SCALE_SET_BLOCKS = ["sourceImageReference", "osProfile", "osProfile.windowsConfiguration", "osProfile.linuxConfiguration"];
function unreadBlock(vm, problem, values) {
  const location = values.at(problem.node);
  const why = problem.unknownVersion ? problem.text : `the API server rejects it as written, so it is not created: ${problem.text}`;
  const unread = () => unresolved(location, why);
  if (problem.path === "sourceImageReference") {
    return { ...vm, image: { ...vm.image, publisher: unread(), offer: unread(), sku: unread(), version: unread() } };
  }
  return { ...vm, osType: unread(), patchMode: unread(), enableHotpatching: unread() };
}
function osTypeOf(shape, kindAt, windows, linux, values, at) {
  if (shape.os !== void 0) return known(shape.os, kindAt);
  if (windows !== void 0) return known("Windows", values.at(windows));
  if (linux !== void 0) return known("Linux", values.at(linux));
  return absent(at);
}

// src/readers/kubernetes/compute-kinds.ts
function isComputeKind(group, kind) {
  if (!group.startsWith("compute.")) return false;
  return group.endsWith(".azure.com") ? ASO_COMPUTE_KINDS.has(kind) : CROSSPLANE_COMPUTE_KINDS.has(kind);
}

// src/readers/kubernetes/placed-template.ts
var DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/;
function placedTemplate(scalar, lines) {
  if (scalar.style !== "literal" || typeof scalar.value !== "string") return void 0;
  const text = lines.text;
  const first = text.charCodeAt(scalar.start.offset) === 124 ? scalar.start.line + 1 : scalar.start.line;
  const decoded = scalar.text.split("\n");
  if (decoded.at(-1) === "") decoded.pop();
  let indent;
  const placed = [];
  for (let index = 0; index < decoded.length; index++) {
    const line = decoded[index];
    const raw = lineText(lines, first + index);
    indent ??= line === "" ? void 0 : raw.length - line.length;
    const same = line === "" ? /^[ ]*$/.test(raw) : indent !== void 0 && raw === " ".repeat(Math.max(indent, 0)) + line;
    if (!same) return void 0;
    placed.push(DOCUMENT_MARKER.test(line) ? line : raw);
  }
  return "\n".repeat(first - 1) + placed.join("\n") + "\n";
}
function lineText(lines, line) {
  if (line > lines.lineCount) return "";
  const text = lines.text;
  let end = line < lines.lineCount ? lines.lineStart(line + 1) : text.length;
  while (end > lines.lineStart(line) && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return text.slice(lines.lineStart(line), end);
}
var ACTION = /\{\{[\s\S]*?(?:\}\}|$)/g;
function withoutActions(template) {
  const blotted = template.replace(ACTION, (action) => action.replace(/[^\r\n]/g, NUL));
  return blotted.replace(/^.*$/gm, (line) => line.replaceAll(NUL, line.replaceAll(NUL, "").trim() === "" ? " " : "_"));
}
var NUL = String.fromCharCode(0);

// src/readers/kubernetes/template-lines.ts
var KEY_LINE = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w./-]*)[ \t]*:(?:[ \t]+([^\r\n]*))?\r?$/d;
var MAX_LINES = 5e3;
function templateLines(text, from, to, locate2) {
  const inputs = [];
  const open = [];
  let apiVersion;
  let kind;
  let at;
  let count = 0;
  for (let lineStart = from, end; lineStart < to && count++ < MAX_LINES; lineStart = end + 1) {
    end = Math.min(nextBreak(text, lineStart), to);
    const match = KEY_LINE.exec(text.slice(lineStart, end));
    if (match === null) continue;
    const indent = (match[1] ?? "").length;
    const key = match[2];
    while (open.length > 0 && open.at(-1).indent >= indent) open.pop();
    const path = [...open.map((parent) => parent.key), key].join(".");
    const scalar = scalarOf(match[3] ?? "");
    if (scalar === void 0) {
      open.push({ indent, key });
      continue;
    }
    const value = String(scalar);
    inputs.push({ path, value: scalar, at: locate2(lineStart + (match.indices?.[3]?.[0] ?? indent)) });
    if (path === "apiVersion" && apiVersion === void 0) {
      apiVersion = value;
      at = locate2(lineStart + indent);
    }
    if (path === "kind") kind ??= value;
  }
  return { apiVersion, kind, at, inputs };
}
function scalarOf(rest) {
  const quote = rest.charAt(0);
  if (quote === '"' || quote === "'") {
    const close = rest.indexOf(quote, 1);
    const value2 = rest.slice(1, close);
    const after = rest.slice(close + 1).trim();
    return close < 0 || value2.includes("\\") || after !== "" && !after.startsWith("#") ? void 0 : value2;
  }
  const comment = rest.search(/(?:^|[ \t])#/);
  const value = (comment < 0 ? rest : rest.slice(0, comment)).trim();
  if (value === "" || /^[{[|>]/.test(value)) return void 0;
  return yaml11Boolean(value) ?? value;
}
function nextBreak(text, from) {
  const found = text.indexOf("\n", from);
  return found < 0 ? text.length : found;
}

// src/readers/kubernetes/go-templating.ts
var RESOURCE_NAME = "gotemplating.fn.crossplane.io/composition-resource-name";
var ACTION2 = "{{";
function inlineTemplateObjects(file, template, lines) {
  if (!mentionsAzureGroup(template.text)) return [];
  const placed = placedTemplate(template, lines);
  if (placed === void 0) {
    const at = locate(file, template);
    const text2 = withoutActions(template.text);
    return documentParts(text2).flatMap((part, index) => fromLines(text2, part, index, () => at, template.text.slice(...part).includes(ACTION2)));
  }
  const text = placed.includes(ACTION2) ? withoutActions(placed) : placed;
  const parts = documentParts(text);
  const parsed = parseYaml(text);
  const placedAt = (offset) => ({ file, ...parsed.lines.lineAndColumn(offset) });
  const objects = [];
  const read = /* @__PURE__ */ new Set();
  for (const document of parsed.documents) {
    const root = document.root;
    if (!isMap(root)) continue;
    const index = partOf(parts, root.start.offset);
    read.add(index);
    const object = fromNode(file, root, `template[${index}]`, placed.slice(...parts[index]).includes(ACTION2));
    if (object !== void 0) objects.push(object);
  }
  const broken = new Set(parsed.errors.map((error) => partOf(parts, error.offset)).filter((index) => !read.has(index)));
  for (const index of broken) {
    const part = parts[index];
    objects.push(...fromLines(text, part, index, placedAt, placed.slice(...part).includes(ACTION2)));
  }
  return objects.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
}
function fromNode(file, root, place, templated) {
  const apiVersion = scalarText(child(root, "apiVersion"));
  const kind = scalarText(child(root, "kind"));
  if (apiVersion === void 0 || kind === void 0) return void 0;
  const label = scalarText(child(child(child(root, "metadata"), "annotations"), RESOURCE_NAME)) ?? place;
  return { apiVersion, kind, label, at: locate(file, root), fields: root, templated };
}
function fromLines(text, [start, end], index, locate2, templated) {
  const read = templateLines(text, start, end, locate2);
  if (read.apiVersion === void 0 || read.kind === void 0 || read.at === void 0) return [];
  const name = read.inputs.find((input) => input.path === `metadata.annotations.${RESOURCE_NAME}`)?.value;
  const label = typeof name === "string" ? name : `template[${index}]`;
  return [{ apiVersion: read.apiVersion, kind: read.kind, label, at: read.at, fields: read.inputs, templated }];
}
function documentParts(text) {
  const parts = [];
  let start = 0;
  const add = (end) => {
    if (/\S/.test(text.slice(start, end))) parts.push([start, end]);
    start = end;
  };
  for (const marker of text.matchAll(new RegExp(DOCUMENT_MARKER.source, "gm"))) add(marker.index);
  add(text.length);
  return parts;
}
function partOf(parts, offset) {
  let low = 0;
  let high = parts.length - 1;
  while (low < high) {
    const middle = low + high >>> 1;
    if (parts[middle][1] <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

// src/readers/shared/yaml-inputs.ts
var yamlInputs = (file) => ({
  scalar: (node) => {
    if (node.kind !== "scalar") return void 0;
    const value = node.value;
    if (typeof value === "string" && node.style === "plain") return yaml11Boolean(value) ?? value;
    return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : void 0;
  },
  children: (node) => {
    if (node.kind === "seq") return node.items.map((item, index) => [index, item, locate(file, item)]);
    if (node.kind === "map") return node.entries.map((entry) => [entry.key, entry.value, locate(file, entry.value)]);
    return void 0;
  }
});

// src/readers/kubernetes/unread-object.ts
var MAX_DEPTH = 12;
function unreadObject(object) {
  const inputs = [];
  const fields = object.node;
  if (object.compute) {
    if ("kind" in fields) collectInputs(yamlInputs(object.file), "", fields, object.at, inputs, MAX_DEPTH);
    else inputs.push(...fields);
  }
  const signals = object.compute ? hotpatchSignals(inputs) : void 0;
  if (signals === void 0) {
    const message = `${object.why}: ${object.instead}; ${object.judge}`;
    return { file: object.file, line: object.at.line, column: object.at.column, message, severity: "notice" };
  }
  const { at, namespace } = object;
  return unreadCallAsVm(
    {
      format: "kubernetes",
      displayName: object.what,
      symbol: object.symbol,
      at,
      why: object.why,
      judge: `${object.judge} instead, or exempt it`,
      unit: namespace === "" ? deploymentUnit("kubernetes-cluster", "kubernetes:cluster", at) : deploymentUnit("kubernetes-namespace", `kubernetes:${namespace}`, at),
      scope: azureScope(void 0, at),
      deployed: known(true, at)
    },
    signals
  );
}

// src/readers/kubernetes/compositions.ts
var mayTemplateAzureObject = (document) => COMPOSITION_KIND.test(document) && (mentionsAzureGroup(document) || namesAzureGroup(document)) || mayUseGoTemplates(document) || mayRunCompositionProgram(document);
var RENDER_AND_SCAN = "run `crossplane render` for a composite resource and scan the output";
function compositionTemplates(file, parsed) {
  const said = [];
  const say = (template) => {
    if (template !== void 0) said.push(template);
  };
  for (const { composition, spec } of crossplaneCompositions(parsed)) {
    const steps = child(spec, "pipeline");
    const lists = [child(spec, "resources"), ...isSeq(steps) ? steps.items.map((step) => child(child(step, "input"), "resources")) : []];
    for (const list of lists) {
      if (!isSeq(list)) continue;
      list.items.forEach((item, index) => say(baseTemplate(file, composition, item, index)));
    }
  }
  for (const { composition, step, name } of compositionSteps(parsed)) {
    for (const object of goTemplates(file, step, parsed)) say(goTemplate(file, composition, name, object));
  }
  return said;
}
function* crossplaneCompositions(parsed) {
  for (const document of parsed.documents) {
    const root = document.root;
    if (!isMap(root) || scalarText(child(root, "kind")) !== "Composition") continue;
    if (!scalarText(child(root, "apiVersion"))?.toLowerCase().startsWith("apiextensions.crossplane.io/")) continue;
    yield { composition: scalarText(child(child(root, "metadata"), "name")) ?? "?", spec: child(root, "spec") };
  }
}
function baseTemplate(file, composition, item, index) {
  const base = child(item, "base");
  if (!isMap(base)) return void 0;
  const label = scalarText(child(item, "name")) ?? `resources[${index}]`;
  return composed(file, composition, {
    apiVersion: scalarText(child(base, "apiVersion")) ?? "",
    kind: scalarText(child(base, "kind")) ?? "",
    label,
    at: locate(file, base),
    fields: base,
    handle: label,
    where: ""
  });
}
function goTemplates(file, step, parsed) {
  const input = child(step, "input");
  const source = scalarText(child(input, "source"));
  const template = child(child(input, "inline"), "template");
  if (source !== void 0 && source !== "Inline" || !isScalar(template) || typeof template.value !== "string") return [];
  return inlineTemplateObjects(file, template, parsed.lines);
}
var stepName = (step, index) => scalarText(child(step, "step")) ?? `pipeline[${index}]`;
function* compositionSteps(parsed) {
  for (const { composition, spec } of crossplaneCompositions(parsed)) {
    const steps = child(spec, "pipeline");
    if (!isSeq(steps)) continue;
    for (let index = 0; index < steps.items.length; index++) {
      const step = steps.items[index];
      yield { composition, step, name: stepName(step, index) };
    }
  }
}
function goTemplate(file, composition, step, object) {
  const how = object.templated ? ", a Go template the gate does not evaluate" : "";
  const where = ` in the inline template of step ${step}${how}`;
  return composed(file, composition, { ...object, handle: `${step}/${object.label}`, where });
}
function composed(file, composition, object) {
  const { apiVersion, kind, label } = object;
  const group = apiVersion.slice(0, Math.max(apiVersion.indexOf("/"), 0)).toLowerCase();
  if (!AZURE_GROUP.test(group) || !/^(?:compute|maintenance)\./.test(group)) return void 0;
  return unreadObject({
    file,
    at: object.at,
    node: object.fields,
    what: `${kind} ${label} of Composition ${composition}`,
    symbol: `${file}#composition:${composition}/${object.handle}`,
    namespace: "",
    compute: isComputeKind(group, kind),
    why: `Crossplane Composition ${composition} templates ${kind} ${label}${object.where} (its values come from each composite resource), which is not read`,
    instead: "the gate reads managed resources written as objects",
    judge: RENDER_AND_SCAN
  });
}

// src/readers/kubernetes/go-template-sources.ts
var GO_TEMPLATE_INPUT = "gotemplating.fn.crossplane.io/";
function unreadGoTemplateSources(file, parsed) {
  const notices = [];
  for (const { composition, step, name } of compositionSteps(parsed)) {
    const unread = unreadSource(step);
    if (unread === void 0) continue;
    const why = `Crossplane Composition ${composition} composes resources in step ${name} from ${unread.what}, which are not read`;
    const message = `${why}: the VMs and maintenance resources they compose are not checked; ${RENDER_AND_SCAN}`;
    const at = locate(file, unread.at);
    notices.push({ file, line: at.line, column: at.column, message, severity: "notice" });
  }
  return notices;
}
function unreadSource(step) {
  const input = child(step, "input");
  if (!scalarText(child(input, "apiVersion"))?.toLowerCase().startsWith(GO_TEMPLATE_INPUT)) return void 0;
  const sourceNode = child(input, "source");
  const source = scalarText(sourceNode);
  if (sourceNode === void 0 || source === "Inline") {
    const templates = child(child(input, "inline"), "templates");
    if (!isSeq(templates) || templates.items.length === 0) return void 0;
    return { what: "the Go templates of its inline.templates list", at: templates };
  }
  if (source === "FileSystem") {
    const folder = scalarText(child(child(input, "fileSystem"), "dirPath"));
    return { what: `Go templates in the function's file system (${folder === void 0 ? "no fileSystem.dirPath" : `fileSystem.dirPath ${folder}`})`, at: sourceNode };
  }
  if (source === "Environment") {
    const key = scalarText(child(child(input, "environment"), "key"));
    return { what: `Go templates in the pipeline's environment (${key === void 0 ? "no environment.key" : `environment.key ${key}`})`, at: sourceNode };
  }
  return { what: `Go templates of a source the gate does not know (source: ${source ?? "not a plain value"})`, at: sourceNode };
}

// src/readers/kubernetes/function-steps.ts
var READ_INPUTS = /^(?:pt|gotemplating)\.fn\.crossplane\.io\//i;
var PROGRAM_INPUTS = /^(?:krm\.kcl\.dev|(?:python|cue|pkl)\.fn\.crossplane\.io)\//i;
var MAX_DEPTH2 = 12;
var MAX_LINES2 = 5e3;
var FIELD_LINE = /^[ \t]*(?:-[ \t]*)?(["']?)([A-Za-z_][\w.-]*)\1[ \t]*[:=][ \t]*(?:"([^"\\\r\n]*)"|'([^'\\\r\n]*)'|(true|True|TRUE)\b)/d;
function unreadFunctionSteps(file, parsed) {
  const said = [];
  for (const { composition, step, name } of compositionSteps(parsed)) {
    const input = child(step, "input");
    const inputApi = scalarText(child(input, "apiVersion")) ?? "";
    if (input === void 0 || READ_INPUTS.test(inputApi)) continue;
    const inputs = stepInputs(file, input, parsed);
    const text = parsed.lines.text.slice(input.start.offset, input.end.offset);
    if (!PROGRAM_INPUTS.test(inputApi) && !namesAzureGroup(text) && !hasSignal(inputs)) continue;
    const fn = scalarText(child(child(step, "functionRef"), "name")) ?? "a function it does not name";
    const kind = scalarText(child(input, "kind"));
    const inputWhat = kind === void 0 ? inputApi : `${inputApi} ${kind}`;
    said.push(
      unreadObject({
        file,
        at: locate(file, step),
        node: inputs,
        what: `step ${name} of Composition ${composition}`,
        symbol: `${file}#composition:${composition}/${name}`,
        namespace: "",
        compute: true,
        why: `Crossplane Composition ${composition} composes resources in step ${name} with function ${fn}${inputWhat === "" ? "" : ` (input ${inputWhat})`}, which the gate does not run`,
        instead: "the VMs and maintenance resources it composes are not checked",
        judge: RENDER_AND_SCAN
      })
    );
  }
  return said;
}
var hasSignal = (inputs) => hotpatchSignals(inputs) !== void 0;
function stepInputs(file, input, parsed) {
  const inputs = [];
  collectInputs(yamlInputs(file), "", input, locate(file, input), inputs, MAX_DEPTH2);
  for (const program of programTexts(input)) inputs.push(...programFields(file, program, parsed));
  return inputs;
}
function* programTexts(node, depth = 0) {
  if (depth > MAX_DEPTH2) return;
  if (isScalar(node)) {
    if (typeof node.value === "string" && node.value.includes("\n")) yield node;
  } else if (isMap(node)) for (const entry of node.entries) yield* programTexts(entry.value, depth + 1);
  else if (isSeq(node)) for (const item of node.items) yield* programTexts(item, depth + 1);
}
function programFields(file, program, parsed) {
  const placed = placedTemplate(program, parsed.lines);
  const text = placed ?? program.text;
  const lines = placed === void 0 ? void 0 : new LineIndex(placed);
  const stringAt = locate(file, program);
  const fields = [];
  let lineStart = 0;
  for (let count = 0; lineStart < text.length && count < MAX_LINES2; count++) {
    const newline = text.indexOf("\n", lineStart);
    const end = newline < 0 ? text.length : newline;
    const match = FIELD_LINE.exec(text.slice(lineStart, end));
    if (match !== null) {
      const value = match.indices?.[5]?.[0] ?? (match.indices?.[3]?.[0] ?? match.indices?.[4]?.[0] ?? 1) - 1;
      const at = lines === void 0 ? stringAt : { file, ...lines.lineAndColumn(lineStart + value) };
      fields.push({ path: match[2], value: match[5] === void 0 ? match[3] ?? match[4] ?? "" : true, at });
    }
    lineStart = end + 1;
  }
  return fields;
}

// src/readers/kubernetes/composition-reach.ts
var groupKind = (group, kind) => `${group.toLowerCase()}/${kind}`;
var NO_PLATFORM_GROUP = /(?:^|\.)(?:k8s\.io|crossplane\.io|upbound\.io|azure\.com|fluxcd\.io|cert-manager\.io)$/;
var isPlatformGroup = (group) => group.includes(".") && !AZURE_GROUP.test(group) && !NO_PLATFORM_GROUP.test(group);
var groupOf = (apiVersion) => apiVersion?.includes("/") === true ? apiVersion.slice(0, apiVersion.indexOf("/")).toLowerCase() : void 0;
var NAMES_COMPUTE_GROUP = /apiVersion[ \t]*:[ \t]*["']?compute\.(?:azure\.com|azure\.upbound\.io|azure\.m\.upbound\.io)\//;
var FROM_INPUTS = "from its inputs, which the gate does not evaluate";
function* compositionsComposing(file, parsed) {
  for (const { composition, spec } of crossplaneCompositions(parsed)) {
    const ref = child(spec, "compositeTypeRef");
    const group = groupOf(scalarText(child(ref, "apiVersion")));
    const kind = scalarText(child(ref, "kind"));
    const found = { vm: void 0, nested: [] };
    const pipeline = child(spec, "pipeline");
    const lists = [child(spec, "resources"), ...isSeq(pipeline) ? pipeline.items.map((step) => child(child(step, "input"), "resources")) : []];
    for (const list of lists) if (isSeq(list)) list.items.forEach((item, index) => baseComposes(item, index, parsed, found));
    if (isSeq(pipeline)) pipeline.items.forEach((step, index) => stepComposes(file, step, stepName(step, index), parsed, found));
    yield { serves: group === void 0 || kind === void 0 ? void 0 : groupKind(group, kind), composes: { composition, ...found } };
  }
}
var mayBeVm = (found, what) => {
  found.vm ??= what;
};
function baseComposes(item, index, parsed, found) {
  const base = child(item, "base");
  if (!isMap(base)) return;
  const label = scalarText(child(item, "name")) ?? `resources[${index}]`;
  const group = groupOf(scalarText(child(base, "apiVersion"))) ?? "";
  const kind = scalarText(child(base, "kind")) ?? "";
  if (isComputeKind(group, kind)) mayBeVm(found, `templates ${kind} ${label} ${FROM_INPUTS}`);
  else if (isPlatformGroup(group) && kind !== "") found.nested.push({ kind: groupKind(group, kind), what: `templates ${kind} ${label}` });
  else if (NAMES_COMPUTE_GROUP.test(parsed.lines.text.slice(base.start.offset, base.end.offset)))
    mayBeVm(found, `templates ${kind} ${label}, which holds an Azure compute object, ${FROM_INPUTS}`);
}
function stepComposes(file, step, name, parsed, found) {
  const input = child(step, "input");
  const inputApi = scalarText(child(input, "apiVersion")) ?? "";
  const unread = unreadSource(step);
  if (unread !== void 0) return mayBeVm(found, `composes resources in step ${name} from ${unread.what}, which are not read`);
  const fn = scalarText(child(child(step, "functionRef"), "name")) ?? "a function it does not name";
  if (input !== void 0 && !READ_INPUTS.test(inputApi)) {
    const text = parsed.lines.text.slice(input.start.offset, input.end.offset);
    if (PROGRAM_INPUTS.test(inputApi) || namesAzureGroup(text)) mayBeVm(found, `composes resources in step ${name} with function ${fn}, which the gate does not run`);
    return;
  }
  const template = child(child(input, "inline"), "template");
  if (!isScalar(template) || typeof template.value !== "string") return;
  for (const object of inlineTemplateObjects(file, template, parsed.lines)) {
    if (isComputeKind(groupOf(object.apiVersion) ?? "", object.kind))
      mayBeVm(found, `templates ${object.kind} ${object.label} in the inline template of step ${name} ${FROM_INPUTS}`);
  }
  for (const document of template.value.split(/^---/m)) {
    const group = groupOf(TEMPLATE_API_VERSION.exec(document)?.[1]);
    if (group === void 0 || !isPlatformGroup(group)) continue;
    const kind = TEMPLATE_KIND.exec(document)?.[1];
    if (kind === void 0) mayBeVm(found, `templates an object of ${group} whose kind is templated in the inline template of step ${name}`);
    else found.nested.push({ kind: groupKind(group, kind), what: `templates ${kind} in the inline template of step ${name}` });
  }
}
var TEMPLATE_API_VERSION = /^apiVersion[ \t]*:[ \t]*["']?([a-z0-9.-]+\/[\w.-]+)["']?[ \t]*(?:#.*)?$/m;
var TEMPLATE_KIND = /^kind[ \t]*:[ \t]*["']?([A-Za-z][\w-]*)["']?[ \t]*(?:#.*)?$/m;
function composesVm(composedBy, kind, seen = /* @__PURE__ */ new Set()) {
  const compositions = composedBy.get(kind);
  if (compositions === void 0) return "Composition is not in the scan, so what it composes is not read";
  if (seen.has(kind)) return void 0;
  seen.add(kind);
  for (const { composition, vm, nested } of compositions) {
    if (vm !== void 0) return `Composition ${composition} ${vm}`;
    for (const inner of nested) {
      const through = composesVm(composedBy, inner.kind, seen);
      if (through !== void 0) return `Composition ${composition} ${inner.what}, whose ${through}`;
    }
  }
  return void 0;
}

// src/readers/kubernetes/platform-claims.ts
var TOP_LEVEL_GROUP = /^["']?apiVersion["']?[ \t]*:[ \t]*["']?([^/\s"']+)\//m;
function mayBePlatformClaim(document) {
  const group = TOP_LEVEL_GROUP.exec(document)?.[1]?.toLowerCase();
  if (group !== void 0 && !isPlatformGroup(group)) return false;
  return MAY_CARRY_HOTPATCH_SIGNAL.test(document);
}
function platformClaims(file, parsed, composedBy) {
  const vms = [];
  for (const document of parsed.documents) {
    const root = document.root;
    const apiVersion = isMap(root) ? scalarText(child(root, "apiVersion")) : void 0;
    const kind = scalarText(child(root, "kind"));
    const group = groupOf(apiVersion) ?? "";
    const spec = child(root, "spec");
    if (root === void 0 || kind === void 0 || !isPlatformGroup(group) || !isMap(spec)) continue;
    const name = scalarText(child(child(root, "metadata"), "name")) ?? "?";
    const namespace = scalarText(child(child(root, "metadata"), "namespace")) ?? "";
    const stand = (whose2) => unreadObject({
      file,
      at: locate(file, root),
      node: spec,
      what: `${kind} ${name}`,
      symbol: `${file}#claim:${group}/${kind}/${namespace}/${name}`,
      namespace,
      compute: true,
      why: `${kind} ${name} (${apiVersion ?? ""}) is a Crossplane claim or composite resource whose ${whose2}`,
      instead: "",
      judge: RENDER_AND_SCAN
    });
    if ("message" in stand("")) continue;
    const whose = composesVm(composedBy(), groupKind(group, kind));
    if (whose === void 0) continue;
    const said = stand(whose);
    if (!("message" in said)) vms.push(said);
  }
  return vms;
}
var composedByWorkspace = /* @__PURE__ */ new WeakMap();
function workspaceCompositions(workspace) {
  const known2 = composedByWorkspace.get(workspace);
  if (known2 !== void 0) return known2;
  const composedBy = readCompositions(workspace);
  composedByWorkspace.set(workspace, composedBy);
  return composedBy;
}
function readCompositions(workspace) {
  const composedBy = /* @__PURE__ */ new Map();
  const claimsOf = /* @__PURE__ */ new Map();
  for (const file of workspace.list()) {
    if (!/\.ya?ml$/i.test(file.path)) continue;
    const text = workspace.readText(file.path);
    if (!text.ok || !(COMPOSITION_KIND.test(text.text) || /CompositeResourceDefinition/.test(text.text))) continue;
    const parsed = parseYaml(text.text);
    for (const { serves, composes } of compositionsComposing(file.path, parsed)) {
      if (serves !== void 0) composedBy.set(serves, [...composedBy.get(serves) ?? [], composes]);
    }
    for (const document of parsed.documents) {
      if (scalarText(child(document.root, "kind")) !== "CompositeResourceDefinition") continue;
      const spec = child(document.root, "spec");
      const group = scalarText(child(spec, "group"));
      const composite = scalarText(child(child(spec, "names"), "kind"));
      const claim = scalarText(child(child(spec, "claimNames"), "kind"));
      if (group !== void 0 && composite !== void 0 && claim !== void 0) claimsOf.set(groupKind(group, composite), groupKind(group, claim));
    }
  }
  for (const [composite, claim] of claimsOf) {
    const compositions = composedBy.get(composite);
    if (compositions !== void 0) composedBy.set(claim, compositions);
  }
  return composedBy;
}

// src/readers/kubernetes/built-names.ts
function sees(from, to) {
  if (to.built === void 0) return from.built === void 0 || !from.built.build.files.has(to.file);
  return from.built !== void 0 && to.built.build === from.built.build;
}
var RenamedObjects = class {
  /** `<group>/<kind>` then the name written. */
  byWrittenName = /* @__PURE__ */ new Map();
  /** The Azure name written, lower case (Azure compares names so), of objects whose Azure name the renaming changed. */
  byWrittenAzureName = /* @__PURE__ */ new Map();
  /** Adds a renamed object, with its Azure name as written and as built (equal when azureName or an external name sets it). */
  add(manifest, writtenAzureName, builtAzureName) {
    appendTo(this.byWrittenName, `${manifest.group}/${manifest.kind}
${manifest.writtenName}`, manifest);
    if (writtenAzureName !== builtAzureName) appendTo(this.byWrittenAzureName, writtenAzureName.toLowerCase(), manifest);
  }
  /**
   * The renamed object of one of `kinds` that a reference by `name` from `from` meant: of `from`'s own build, or,
   * from an object as written, of any build.
   */
  byName(from, group, kinds, name) {
    for (const kind of kinds) {
      const found = this.byWrittenName.get(`${group}/${kind}
${name}`)?.find((m) => from.built === void 0 || m.built?.build === from.built.build);
      if (found !== void 0) return found;
    }
    return void 0;
  }
  /** The object of `from`'s build, of one of `kinds`, whose Azure name as written is `azureName` and that the build renamed. */
  byAzureName(from, kinds, azureName) {
    const build = from.built?.build;
    if (build === void 0) return void 0;
    return this.byWrittenAzureName.get(azureName.toLowerCase())?.find((m) => m.built?.build === build && kinds.has(m.kind));
  }
};
var renamingsOf = (built) => built.renamings.map((r) => `${r.key} '${r.value}' at ${r.at.file}:${r.at.line}`).join(", ");
var doubtsOf = (build) => `(${build.doubts.map((d) => `${d.key} at ${d.at.file}:${d.at.line}`).join(", ")}): run \`kustomize build ${build.folder}\` and scan the output`;
function renamedObject(renamed, built, written, deployed2, which) {
  return `${renamed.kind} ${written} of ${renamed.file}, which ${which} deploys as ${deployed2} (${renamingsOf(built)})`;
}
function renamedReference(reference, renamed) {
  const { built } = renamed;
  if (built === void 0) return `${reference} names no object in the scanned files`;
  const object = renamedObject(renamed, built, renamed.writtenName, renamed.name, built.build.kustomization);
  const unless = built.build.doubts.length === 0 ? "" : `, unless what it writes that the gate does not apply rewrites it ${doubtsOf(built.build)}`;
  return `${reference} names ${object}; kustomize rewrites no reference a custom resource writes by name (its nameReference configuration covers built-in kinds), so it names no object that build deploys${unless}`;
}
function renamedResourceId(holder, field, renamed, writtenAzureName, deployedAzureName) {
  const { built } = renamed;
  if (built === void 0) return { doubt: false, text: "" };
  const { build } = built;
  if (build.doubts.length > 0) {
    const object2 = renamedObject(renamed, built, writtenAzureName, deployedAzureName, build.kustomization);
    const text2 = `${field} names ${object2}; kustomize leaves a resource ID as written, but what that build writes that the gate does not apply may rewrite the ID or the name ${doubtsOf(build)}`;
    return { doubt: true, text: text2 };
  }
  const object = renamedObject(renamed, built, writtenAzureName, deployedAzureName, "that build");
  const text = `In the build of ${build.kustomization}, ${field} of ${holder.kind} ${holder.name} names ${object}; kustomize leaves a resource ID as written, so it does not reach that object there: write the name it is deployed as, or keep the Azure name with spec.azureName (Azure Service Operator) or the crossplane.io/external-name annotation`;
  return { doubt: false, text };
}

// src/readers/kubernetes/crossplane-maintenance.ts
var CONFIGURATION = { service: "maintenance", kinds: ["MaintenanceConfiguration"] };
var REFERENCEABLE_VM = { service: "compute", kinds: ["LinuxVirtualMachine"] };
var WINDOWS_VM = { service: "compute", kinds: ["WindowsVirtualMachine"] };
var CONFIGURATION_BLOCKS = ["window", "installPatches", "installPatches.windows", "properties"];
function readCrossplaneConfiguration(manifest, index, values) {
  const read = readShapedConfiguration(manifest, index, values);
  const problem = shapeProblem(manifest, CONFIGURATION_BLOCKS);
  if (problem === void 0) return read;
  const location = values.at(problem.node);
  if (problem.unknownVersion) return { ...read, maintenanceScope: unresolved(location, problem.text) };
  return { ...read, rejected: { reason: `the API server rejects it as written, so it is never created: ${problem.text}`, location } };
}
function readShapedConfiguration(manifest, index, values) {
  const at = manifest.at;
  const parameter = (key) => index.parameter(manifest, key);
  const window = block(parameter("window"));
  const patches = block(parameter("installPatches"));
  const windows = block(child(patches, "windows"));
  const properties = block(parameter("properties"));
  const argument = (name) => ({ name, written: isWritten(parameter(name)) });
  return onFrame(resourceBase(manifest, index.identity(manifest, MAINTENANCE_CONFIGURATION_TYPE), configuredSubscription(manifest, index)), {
    kind: "maintenance-configuration",
    // The provider runs azurerm's code, which refuses an InGuestPatch configuration without these.
    maintenanceScope: azurermInGuestScope(
      values.string(parameter("scope"), at),
      {
        installPatches: argument("installPatches"),
        inGuestUserPatchMode: argument("inGuestUserPatchMode"),
        // azurerm asks whether the key is in the map, whatever its value.
        modeInProperties: scalarText(child(properties, "InGuestPatchMode")) !== void 0
      },
      "provider-upjet-azure (azurerm)"
    ),
    window: {
      startDateTime: values.string(child(window, "startDateTime"), at),
      // The provider is azurerm's code: "" is no expiration, as unset.
      expirationDateTime: noExpirationWhenEmpty(values.string(child(window, "expirationDateTime"), at)),
      duration: values.string(child(window, "duration"), at),
      timeZone: values.string(child(window, "timeZone"), at),
      recurEvery: values.string(child(window, "recurEvery"), at)
    },
    rebootSetting: values.string(child(patches, "reboot"), at),
    // azurerm's `windows` block has no excludeKbsRequiringReboot.
    excludeKbsRequiringReboot: absent(at),
    classificationsToInclude: values.stringList(child(windows, "classificationsToInclude"), at),
    kbNumbersToInclude: values.stringList(child(windows, "kbNumbersToInclude"), at),
    // azurerm's code sends `properties` as extensionProperties and adds the argument only when they do not set
    // InGuestPatchMode: what `properties` sets wins.
    inGuestPatchMode: firstWritten(values.string(child(properties, "InGuestPatchMode"), at), values.string(parameter("inGuestUserPatchMode"), at))
  });
}
function isWritten(node) {
  if (node === void 0) return false;
  if (isScalar(node)) return node.value !== null && node.value !== "";
  return !isSeq(node) || node.items.length > 0;
}
function readCrossplaneAssignment(manifest, index, values, notices = []) {
  const configuration = index.resolve(manifest, "maintenanceConfigurationId", CONFIGURATION);
  const target = index.resolve(manifest, "virtualMachineId", REFERENCEABLE_VM);
  const reference = { manifest, index, values, notices };
  const base = resourceBase(manifest, index.identity(manifest, MAINTENANCE_ASSIGNMENT_TYPE), configuredSubscription(manifest, index));
  const configurationTarget = toIdentity(configuration, MAINTENANCE_CONFIGURATION_TYPE, "maintenanceConfigurationId", reference);
  const windows = windowsTarget(target, manifest, index);
  if (windows !== void 0) {
    return onFrame(base, {
      kind: "maintenance-assignment",
      configuration: { target: configurationTarget },
      rejectedTarget: { reason: windows.reason, location: values.at(windows.node), rejectedBy: "provider-upjet-azure", intendedFor: windows.vm.at }
    });
  }
  return onFrame(base, {
    kind: "maintenance-assignment",
    configuration: { target: configurationTarget },
    target: {
      target: toIdentity(target, VM_TYPE, "virtualMachineId", reference),
      // A reference or selector resolves against LinuxVirtualMachine only: unresolved, it names no Windows VM.
      ...target.kind === "unresolved" ? { notWindowsVm: true } : {}
    }
  });
}
function windowsTarget(resolution, manifest, index) {
  if (resolution.kind !== "unresolved") return void 0;
  const windows = index.resolve(manifest, "virtualMachineId", WINDOWS_VM);
  if (windows.kind !== "manifest") return void 0;
  return {
    node: resolution.node,
    vm: windows.manifest,
    reason: `${windows.field} selects WindowsVirtualMachine "${windows.manifest.name}", a virtualMachineId reference resolved against LinuxVirtualMachine only (set virtualMachineId to the VM resource ID)`
  };
}
var KINDS_OF_TYPE = /* @__PURE__ */ new Map([
  [VM_TYPE, /* @__PURE__ */ new Set(["VirtualMachine", "WindowsVirtualMachine", "LinuxVirtualMachine"])],
  [MAINTENANCE_CONFIGURATION_TYPE, /* @__PURE__ */ new Set(["MaintenanceConfiguration"])]
]);
function toIdentity(resolution, type, field, holder) {
  const { manifest, index, values } = holder;
  switch (resolution.kind) {
    case "none":
      return absent(manifest.at);
    case "unresolved":
      return unresolved(values.at(resolution.node), keptText(resolution.reason));
    case "manifest": {
      const identity = index.identity(resolution.manifest, type);
      return known(identity, values.at(resolution.node), "expression", resolution.field);
    }
    case "value": {
      const identity = parseResourceId(resolution.text);
      if (identity === void 0 || identity.type.toLowerCase() !== type.toLowerCase()) {
        return unresolved(values.at(resolution.node), keptText(`expected a ${type} resource ID, found "${resolution.text}"`));
      }
      return renamedTarget(identity, type, field, resolution.node, holder) ?? known(identity, values.at(resolution.node));
    }
  }
}
function renamedTarget(identity, type, field, node, holder) {
  const kinds = KINDS_OF_TYPE.get(type);
  const named = identity.name;
  const renamed = kinds === void 0 || named === void 0 ? void 0 : holder.index.renamedInBuild(holder.manifest, kinds, named);
  if (renamed === void 0 || named === void 0) return void 0;
  const group = holder.index.resourceGroup(renamed);
  if (identity.resourceGroup !== void 0 && group !== void 0 && identity.resourceGroup.toLowerCase() !== group.toLowerCase()) return void 0;
  const said = renamedResourceId(holder.manifest, field, renamed, named, holder.index.azureName(renamed));
  const at = holder.values.at(node);
  if (said.doubt) return unresolved(at, keptText(said.text));
  holder.notices.push({ file: at.file, line: at.line, column: at.column, message: said.text, severity: "notice" });
  return void 0;
}

// src/readers/kubernetes/manifest-index.ts
var EXTERNAL_NAME = "crossplane.io/external-name";
var ManifestIndex = class {
  byGroupKind = /* @__PURE__ */ new Map();
  /** `<group>/<kind>` then `<label>=<value>`: selectors look up, never scan. */
  byLabel = /* @__PURE__ */ new Map();
  /** `<group>/<kind>` then the name: references by name look up, never scan (thousands of files name each other). */
  byName = /* @__PURE__ */ new Map();
  /** Objects a kustomize build renamed: by `<group>/<kind>` and the name written, then by the Azure name written (lower case). */
  renamed = new RenamedObjects();
  /** Whether a kustomize build deploys some object: only then may a lookup find objects `from` cannot name (`sees`). */
  kustomized = false;
  constructor(manifests) {
    for (const manifest of manifests) {
      const key = `${manifest.group}/${manifest.kind}`;
      appendTo(this.byGroupKind, key, manifest);
      appendTo(this.byName, `${key}
${manifest.name}`, manifest);
      for (const [label, value] of manifest.labels) appendTo(this.byLabel, `${key}
${label}=${value}`, manifest);
      if (manifest.built === void 0) continue;
      this.kustomized = true;
      this.renamed.add(manifest, this.azureNameAs(manifest, manifest.writtenName), this.azureName(manifest));
    }
  }
  /** Crossplane's `spec.forProvider` (else `spec.initProvider`) parameter. */
  parameter(manifest, key) {
    const spec = child(manifest.root, "spec");
    return child(child(spec, "forProvider"), key) ?? child(child(spec, "initProvider"), key);
  }
  /**
   * Resolves a Crossplane reference field the way crossplane-runtime does: a value wins, then
   * `<field>Ref.name`, then `<field>Selector.matchLabels`. A selector matching several objects is
   * unresolved: Crossplane binds whichever it lists first that already exists. So is a name that several
   * objects outside the reference's folder declare (`boundByName`).
   */
  resolve(from, field, target) {
    const value = this.parameter(from, field);
    const text = scalarText(value);
    const ref = this.parameter(from, `${field}Ref`);
    const selector = this.parameter(from, `${field}Selector`);
    const always = scalarText(nodeAt(selector ?? ref, ["policy", "resolve"])) === "Always";
    if (value !== void 0 && text !== void 0 && text !== "" && !always) return { kind: "value", node: value, text };
    const refName = scalarText(child(ref, "name"));
    if (ref !== void 0 && refName !== void 0) {
      const namespace = scalarText(child(ref, "namespace")) ?? from.namespace;
      const named = this.named(from, target, refName).filter((m) => this.sameNamespace(from, m, namespace));
      const found = boundByName(from, named);
      if (found !== void 0) return { kind: "manifest", manifest: found, node: ref, field: `${field}Ref` };
      if (named.length > 1) {
        const names = named.map((m) => symbolOf(m)).sort().join(", ");
        const reason2 = `${field}Ref "${refName}" names ${named.length} objects (${names}), none the only one in its own folder; the cluster holds one object of that name, whichever of them is applied`;
        return { kind: "unresolved", node: ref, reason: reason2, candidates: named };
      }
      const renamed = this.renamed.byName(from, groupOf2(from.flavour, target.service), target.kinds, refName);
      const reason = renamed === void 0 ? `${field}Ref "${refName}" names no ${kindList(target)} in the scanned files` : renamedReference(`${field}Ref "${refName}"`, renamed);
      return { kind: "unresolved", node: ref, reason };
    }
    if (selector !== void 0) return this.select(from, selector, field, target);
    return { kind: "none" };
  }
  /** The Azure name: ASO `spec.azureName`, Crossplane external name or `forProvider.name`, else `metadata.name`. */
  azureName(manifest) {
    return this.azureNameAs(manifest, manifest.name);
  }
  /**
   * The object of `from`'s kustomize build that a resource ID of one of `kinds` names by the Azure name its file
   * writes, which the build renamed (`vm1`, deployed as `prod-vm1`).
   */
  renamedInBuild(from, kinds, azureName) {
    return this.renamed.byAzureName(from, kinds, azureName);
  }
  azureNameAs(manifest, name) {
    if (manifest.flavour === "aso") return scalarText(nodeAt(manifest.root, ["spec", "azureName"])) || name;
    const external = manifest.annotations.get(EXTERNAL_NAME);
    if (external !== void 0 && external !== "") return parseResourceId(external)?.name ?? external;
    return scalarText(this.parameter(manifest, "name")) || name;
  }
  /** The resource group name, when the manifests tell it. */
  resourceGroup(manifest) {
    if (manifest.flavour === "aso") return this.asoOwner(manifest);
    const group = this.resolve(manifest, "resourceGroupName", { service: "", kinds: ["ResourceGroup"] });
    if (group.kind === "value") return group.text;
    if (group.kind === "manifest") return this.azureName(group.manifest);
    if (group.kind !== "unresolved") return void 0;
    if (group.candidates === void 0) return scalarText(nodeAt(group.node, ["name"]));
    const names = new Set(group.candidates.map((candidate) => this.azureName(candidate)));
    return names.size === 1 ? [...names][0] : void 0;
  }
  /** The identity a resource's own manifest gives it; references to it carry the same symbol. */
  identity(manifest, type) {
    const resourceGroup = this.resourceGroup(manifest);
    const name = keptText(this.azureName(manifest));
    const symbol = keptText(symbolOf(manifest));
    return resourceGroup === void 0 ? { type, name, symbol } : { type, name, symbol, resourceGroup: keptText(resourceGroup) };
  }
  /** The objects of one API group and kind named `name` (every namespace) that `from` can name. */
  ofName(from, group, kind, name) {
    return this.seenFrom(from, this.byName.get(`${group}/${kind}
${name}`) ?? []);
  }
  /** Objects of the target kinds in the same flavour (Crossplane v1 and v2 groups never mix) that `from` can name. */
  candidates(from, target) {
    const group = groupOf2(from.flavour, target.service);
    return this.seenFrom(from, target.kinds.flatMap((kind) => this.byGroupKind.get(`${group}/${kind}`) ?? []));
  }
  /** The candidates of that name, in the order `candidates` lists them. */
  named(from, target, name) {
    const group = groupOf2(from.flavour, target.service);
    return this.seenFrom(from, target.kinds.flatMap((kind) => this.byName.get(`${group}/${kind}
${name}`) ?? []));
  }
  seenFrom(from, found) {
    return this.kustomized ? found.filter((m) => sees(from, m)) : found;
  }
  select(from, selector, field, target) {
    const matchController = child(selector, "matchControllerRef");
    const controller = matchController?.kind === "scalar" && matchController.value === true ? controllerOf(from) : null;
    if (controller === void 0) {
      const reason2 = `${field}Selector sets matchControllerRef: true, which selects only objects of the same controller as ${from.kind} ${from.name}, and it has none (no ownerReferences entry with controller: true): it selects nothing`;
      return { kind: "unresolved", node: matchController ?? selector, reason: reason2 };
    }
    const labels = child(selector, "matchLabels");
    if (!isMap(labels)) {
      const reason2 = `${field}Selector has no matchLabels; its target cannot be known`;
      return { kind: "unresolved", node: selector, reason: reason2 };
    }
    const wanted = labels.entries.map((entry) => [entry.key, scalarText(entry.value) ?? ""]);
    const group = groupOf2(from.flavour, target.service);
    const [first] = wanted;
    const pool = first === void 0 ? this.candidates(from, target) : target.kinds.flatMap((kind) => this.byLabel.get(`${group}/${kind}
${first[0]}=${first[1]}`) ?? []);
    const namespace = scalarText(child(selector, "namespace")) ?? from.namespace;
    const found = pool.filter(
      (m) => (!this.kustomized || sees(from, m)) && this.sameNamespace(from, m, namespace) && wanted.every(([key, value]) => m.labels.get(key) === value) && (controller === null || controllerOf(m) === controller)
    );
    if (found.length === 1 && found[0] !== void 0) {
      return { kind: "manifest", manifest: found[0], node: selector, field: `${field}Selector` };
    }
    if (found.length === 0) {
      const reason2 = `${field}Selector matches no ${kindList(target)} in the scanned files`;
      return { kind: "unresolved", node: selector, reason: reason2 };
    }
    const names = found.map((m) => symbolOf(m)).join(", ");
    const reason = `${field}Selector matches ${found.length} objects (${names}); Crossplane binds only one of them`;
    return { kind: "unresolved", node: selector, reason, candidates: found };
  }
  sameNamespace(from, to, namespace) {
    return from.flavour === "crossplane" || to.namespace === namespace;
  }
  asoOwner(manifest) {
    const owner = nodeAt(manifest.root, ["spec", "owner"]);
    const armId = scalarText(child(owner, "armId"));
    if (armId !== void 0) return /\/resourceGroups\/([^/]+)/i.exec(armId)?.[1];
    const name = scalarText(child(owner, "name"));
    if (name === void 0) return void 0;
    const groups = this.named(manifest, { service: "resources", kinds: ["ResourceGroup"] }, name).filter(
      (m) => m.namespace === manifest.namespace
    );
    if (groups.length === 0) return name;
    const group = boundByName(manifest, groups);
    if (group !== void 0) return this.azureName(group);
    const names = new Set(groups.map((candidate) => this.azureName(candidate)));
    return names.size === 1 ? [...names][0] : void 0;
  }
};
function boundByName(from, named) {
  if (named.length <= 1) return named[0];
  const folder = folderOf(from.file);
  const own2 = named.filter((m) => folder === "" || m.file.startsWith(`${folder}/`));
  return own2.length === 1 ? own2[0] : void 0;
}
function controllerOf(manifest) {
  const owners = nodeAt(manifest.root, ["metadata", "ownerReferences"]);
  if (!isSeq(owners)) return void 0;
  const controller = owners.items.find((owner) => {
    const flag = child(owner, "controller");
    return flag?.kind === "scalar" && flag.value === true;
  });
  return scalarText(child(controller, "uid")) || void 0;
}
var symbolOf = (m) => {
  const symbol = m.namespace === "" ? `${m.file}#${m.kind}/${m.name}` : `${m.file}#${m.kind}/${m.namespace}/${m.name}`;
  return m.built === void 0 ? symbol : `${symbol}@${m.built.build.folder}`;
};
var LOOKED_UP_SERVICES = /* @__PURE__ */ new Set(["", "resources", "compute", "maintenance"]);
function isLookedUp(manifest) {
  const suffix = groupOf2(manifest.flavour, "");
  const service = manifest.group === suffix ? "" : manifest.group.slice(0, manifest.group.length - suffix.length - 1);
  return LOOKED_UP_SERVICES.has(service);
}
function groupOf2(flavour, service) {
  const suffix = flavour === "aso" ? "azure.com" : flavour === "crossplane" ? "azure.upbound.io" : "azure.m.upbound.io";
  return service === "" ? suffix : `${service}.${suffix}`;
}
var kindList = (target) => target.kinds.join(" or ");

// src/readers/kubernetes/kustomize.ts
var FOLDERS = /* @__PURE__ */ new WeakMap();
var KustomizePatches = class {
  constructor(workspace) {
    this.workspace = workspace;
    let folders = FOLDERS.get(workspace);
    if (folders === void 0) FOLDERS.set(workspace, folders = /* @__PURE__ */ new Map());
    this.folders = folders;
  }
  workspace;
  /** Each folder looked at, with its kustomization (null: none): shared by the units read from one workspace. */
  folders;
  /** The kustomization that names a file as a patch, if one does. */
  patchedBy(path) {
    for (let folder = parentOf(path); folder !== void 0; folder = parentOf(folder)) {
      const kustomization = this.inFolder(folder);
      if (kustomization?.patches.has(path)) return kustomization;
    }
    return void 0;
  }
  inFolder(folder) {
    let known2 = this.folders.get(folder);
    if (known2 === void 0) {
      known2 = null;
      for (const name of KUSTOMIZATION_NAMES) {
        const file = folder === "" ? name : `${folder}/${name}`;
        if (this.workspace.get(file) === void 0) continue;
        known2 = { file, folder, patches: this.patchesOf(file) };
        break;
      }
      this.folders.set(folder, known2);
    }
    return known2;
  }
  patchesOf(file) {
    const patches = /* @__PURE__ */ new Set();
    const text = this.workspace.readText(file);
    if (!text.ok) return patches;
    const root = parseYaml(text.text).documents[0]?.root;
    if (!isMap(root)) return patches;
    const add = (node) => {
      const written = scalarText(node);
      if (written === void 0 || written === "" || written.includes("\n")) return;
      const resolved = this.workspace.resolveFrom(file, written);
      if (resolved !== void 0) patches.add(resolved);
    };
    const entries2 = (key) => {
      const list = child(root, key);
      return isSeq(list) ? list.items : [];
    };
    for (const item of entries2("patchesStrategicMerge")) add(item);
    for (const item of entries2("patches")) add(child(item, "path"));
    return patches;
  }
};
var parentOf = (path) => path === "" ? void 0 : path.slice(0, Math.max(path.lastIndexOf("/"), 0));
function saidOfPatch(patch, kustomization) {
  const what = `${patch.kind} ${patch.name}`;
  return unreadObject({
    file: patch.file,
    at: patch.at,
    node: patch.node,
    what: `patch of ${what}`,
    symbol: `${patch.file}#patch:${patch.kind}/${patch.name}`,
    namespace: patch.namespace,
    compute: patch.compute,
    why: `Kustomize patch of ${what} (named by ${kustomization.file}) is not applied`,
    instead: `the gate reads ${what} from its base as written`,
    judge: `run \`kustomize build ${kustomization.folder === "" ? "." : kustomization.folder}\` and scan the output`
  });
}
function patchedObject(manifest, kustomization) {
  const { file, at, root: node, kind, name, namespace } = manifest;
  return saidOfPatch({ file, at, node, kind, name, namespace, compute: isComputeKind(manifest.group, kind) }, kustomization);
}
var MAINTENANCE_KINDS = /* @__PURE__ */ new Set(["MaintenanceConfiguration", "MaintenanceAssignmentVirtualMachine", "ConfigurationAssignment"]);
var isMachineKind = (kind) => ASO_COMPUTE_KINDS.has(kind) || CROSSPLANE_COMPUTE_KINDS.has(kind);
function unversionedPatchObjects(file, parsed, kustomization) {
  const said = [];
  for (const { root: node } of parsed.documents) {
    const kind = isMap(node) ? scalarText(child(node, "kind")) : void 0;
    if (node === void 0 || kind === void 0 || !isMachineKind(kind) && !MAINTENANCE_KINDS.has(kind)) continue;
    const metadata = child(node, "metadata");
    const name = scalarText(child(metadata, "name")) ?? "(unnamed)";
    const namespace = scalarText(child(metadata, "namespace")) ?? "default";
    said.push(saidOfPatch({ file, at: locate(file, node), node, kind, name, namespace, compute: isMachineKind(kind) }, kustomization));
  }
  return said;
}

// src/readers/kubernetes/kustomize-transforms.ts
var MAX_DEPTH3 = 12;
function kustomizationTransforms(file, text, workspace) {
  const parsed = parseYaml(text);
  const root = parsed.documents[0]?.root;
  if (!isMap(root)) return [];
  const folder = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : ".";
  const judge = `run \`kustomize build ${folder}\` and scan the output`;
  const said = [];
  const patch = (item, inline, body, source) => {
    const target = child(item, "target");
    const ops = patchBody(file, inline, body, parsed.lines, workspace);
    if (ops === void 0) return;
    const kind = scalarText(child(target, "kind")) ?? (isMap(ops.root) ? scalarText(child(ops.root, "kind")) : void 0);
    const group = scalarText(child(target, "group"));
    if (group !== void 0 && group !== "" && !AZURE_GROUP.test(group)) return;
    const named = scalarText(child(target, "name")) ?? (isMap(ops.root) ? scalarText(child(child(ops.root, "metadata"), "name")) : void 0);
    const what = `${kind ?? "object"} ${named ?? "(any name)"}`;
    const machine = kind === void 0 || isMachineKind(kind);
    if (!machine && !MAINTENANCE_KINDS.has(kind)) return;
    const at = locate(file, body ?? item);
    const inputs = machine ? patchInputs(ops, at) : [];
    if (kind === void 0 && hotpatchSignals(inputs) === void 0) return;
    said.push(
      unreadObject({
        file,
        at,
        node: inputs,
        what: `patch of ${what}`,
        symbol: `${file}#patch@${at.line}`,
        namespace: "default",
        compute: machine,
        why: `Kustomize ${source} of ${what} in ${file} is not applied`,
        instead: `the gate reads ${what} from its base as written`,
        judge
      })
    );
  };
  for (const [key, source] of [["patches", "patch"], ["patchesJson6902", "JSON 6902 patch"]]) {
    for (const item of entries(root, key)) {
      const inline = child(item, "patch");
      patch(item, inline !== void 0, inline ?? child(item, "path"), source);
    }
  }
  for (const item of entries(root, "patchesStrategicMerge")) if (scalarText(item)?.includes("\n") === true) patch(item, true, item, "inline patch");
  return said;
}
var entries = (root, key) => {
  const list = child(root, key);
  return isSeq(list) ? list.items : [];
};
function patchBody(file, inline, body, lines, workspace) {
  const written = scalarText(body);
  if (body === void 0 || written === void 0 || written === "") return void 0;
  if (inline) {
    const placed = body.kind === "scalar" ? placedTemplate(body, lines) : void 0;
    return { root: parseYaml(placed ?? written).documents[0]?.root, file };
  }
  const path = workspace.resolveFrom(file, written);
  const text = path === void 0 ? void 0 : workspace.readText(path);
  if (path === void 0 || text?.ok !== true) return void 0;
  const root = parseYaml(text.text).documents[0]?.root;
  return isSeq(root) ? { root, file: path } : void 0;
}
function patchInputs(patch, at) {
  const inputs = [];
  const { root } = patch;
  if (root === void 0) return inputs;
  const shape = yamlInputs(patch.file);
  if (!isSeq(root)) {
    collectInputs(shape, "", root, at, inputs, MAX_DEPTH3);
    return inputs;
  }
  for (const operation of root.items) {
    const value = child(operation, "value");
    const path = (scalarText(child(operation, "path")) ?? "").split("/").filter((part) => part !== "").join(".");
    if (value !== void 0) collectInputs(shape, path, value, locate(patch.file, value), inputs, MAX_DEPTH3);
  }
  return inputs;
}

// src/readers/kubernetes/manifests.ts
function collectManifests(file, parsed) {
  const manifests = [];
  const errors = [];
  for (const document of parsed.documents) {
    const root = document.root;
    const list = isMap(root) && isListKind(root) ? child(root, "items") : void 0;
    const items = isSeq(list) ? list.items : [root];
    for (const item of items) {
      if (!isMap(item)) continue;
      const result = readObject(file, item);
      if (result === void 0) continue;
      if ("message" in result) errors.push(result);
      else manifests.push(result);
    }
  }
  return { manifests, errors };
}
var isListKind = (root) => {
  const kind = child(root, "kind");
  if (kind === void 0) return root.byKey.has("apiVersion") && isSeq(child(root, "items"));
  return scalarText(kind)?.endsWith("List") === true;
};
function readObject(file, root) {
  const apiVersion = scalarText(child(root, "apiVersion"));
  const kindNode = child(root, "kind");
  const kind = scalarText(kindNode);
  if (apiVersion === void 0 || kind === void 0 || kindNode === void 0) return void 0;
  const slash = apiVersion.indexOf("/");
  const group = slash < 0 ? "" : apiVersion.slice(0, slash).toLowerCase();
  if (!AZURE_GROUP.test(group)) return void 0;
  const flavour = group.endsWith(".azure.com") ? "aso" : group.endsWith("azure.m.upbound.io") ? "crossplane-namespaced" : "crossplane";
  const metadata = child(root, "metadata");
  const name = scalarText(child(metadata, "name"));
  if (name === void 0 || name === "") {
    const at = metadata ?? kindNode;
    return {
      file,
      line: at.start.line,
      column: at.start.column,
      message: `${kind} ${apiVersion}: expected metadata.name (a string); the object is not read`,
      severity: "error"
    };
  }
  const namespace = flavour === "crossplane" ? "" : scalarText(child(metadata, "namespace")) ?? "default";
  return {
    file,
    root,
    group,
    version: apiVersion.slice(slash + 1),
    kind,
    flavour,
    name,
    writtenName: name,
    namespace,
    labels: stringEntries(child(metadata, "labels")),
    annotations: stringEntries(child(metadata, "annotations")),
    at: locate(file, root.start),
    kindAt: locate(file, kindNode)
  };
}
function stringEntries(node) {
  const entries2 = /* @__PURE__ */ new Map();
  if (!isMap(node)) return entries2;
  for (const entry of node.entries) {
    const text = scalarText(entry.value);
    if (text !== void 0) entries2.set(entry.key, text);
  }
  return entries2;
}
var builtManifest = (manifest, built) => ({
  ...manifest,
  name: `${built.prefix}${manifest.name}${built.suffix}`,
  built
});

// src/readers/kubernetes/kustomize-builds.ts
var DOUBT_KEYS = ["configurations", "crds", "replacements", "vars", "transformers"];
var PATCH_KEYS = ["patches", "patchesJson6902", "patchesStrategicMerge"];
var KustomizeBuilds = class {
  constructor(files, workspace) {
    this.workspace = workspace;
    for (const file of files) {
      if (!KUSTOMIZATION_FILE.test(file.path)) continue;
      const text = workspace.readText(file.path);
      const kustomization = text.ok && (renamesObjects(file.path, text.text) || COMPONENTS.test(text.text)) ? this.kustomization(file.path) : null;
      if (kustomization === null || kustomization.isComponent || this.total(kustomization, 0, /* @__PURE__ */ new Set()).renamings.length === 0) continue;
      const folder = keptText(file.path.includes("/") ? file.path.slice(0, file.path.lastIndexOf("/")) : ".");
      const build = { kustomization: file.path, folder, doubts: [], files: /* @__PURE__ */ new Set() };
      this.walk(kustomization, build, NONE, 0, /* @__PURE__ */ new Set());
    }
  }
  workspace;
  kustomizations = /* @__PURE__ */ new Map();
  byFile = /* @__PURE__ */ new Map();
  /** How the unit's renaming kustomizations deploy a file; undefined when none builds it (it is read as written). */
  of(path) {
    return this.byFile.get(path);
  }
  /**
   * kustomize's order (api/internal/target/kusttarget.go, accumulateTarget): a kustomization accumulates its resources
   * (a base built on its own, renamed by its own kustomization), then runs each component in turn on what it has
   * accumulated so far (a component's resources join it, then its transformers, namePrefix and nameSuffix among them,
   * rename all of it), then its own transformers on everything. So a component renames the resources of the
   * kustomization that includes it and of the components listed before it, not those listed after it; the
   * kustomization's own renaming is outside every component's, and the build's outer kustomizations outside that.
   */
  walk(kustomization, build, outer, depth, onPath) {
    onPath.add(kustomization.file);
    for (const doubt of kustomization.doubts) if (!build.doubts.includes(doubt)) build.doubts.push(doubt);
    const components = this.componentsOf(kustomization, build, depth, onPath);
    const around = [];
    let renamed = wrap(outer, own(kustomization));
    for (let i = components.length - 1; i >= 0; i--) {
      around[i] = renamed;
      renamed = wrap(renamed, this.total(components[i], depth + 1, onPath));
    }
    for (const path of kustomization.entries) {
      if (this.workspace.get(path) !== void 0) {
        this.reach(path, kustomization, build, renamed);
        continue;
      }
      const base = this.folderKustomization(path);
      if (base !== void 0 && !onPath.has(base.file) && depth < MAX_BASES) this.walk(base, build, renamed, depth + 1, onPath);
    }
    components.forEach((component, i) => this.walk(component, build, around[i], depth + 1, onPath));
    onPath.delete(kustomization.file);
  }
  /** The components a kustomization includes that can be followed; one that cannot is a doubt of the build. */
  componentsOf(kustomization, build, depth, onPath) {
    const found = [];
    const at = kustomization.componentsAt;
    for (const path of kustomization.components) {
      const component = this.folderKustomization(path);
      if (component !== void 0 && component.isComponent && !onPath.has(component.file) && depth < MAX_BASES) found.push(component);
      else if (at !== void 0 && !build.doubts.some((doubt) => doubt.at === at)) build.doubts.push({ key: "components", at });
    }
    return found;
  }
  /**
   * How a kustomization renames what it has accumulated when it is done: its components in turn (each with its own
   * components inside), then its own renaming outside them all. Empty for a cycle or past the depth kustomize would
   * refuse or the gate follows.
   */
  total(kustomization, depth, onPath) {
    if (onPath.has(kustomization.file) || depth >= MAX_BASES) return NONE;
    onPath.add(kustomization.file);
    let renamed = own(kustomization);
    for (let i = kustomization.components.length - 1; i >= 0; i--) {
      const component = this.folderKustomization(kustomization.components[i]);
      if (component?.isComponent === true) renamed = wrap(renamed, this.total(component, depth + 1, onPath));
    }
    onPath.delete(kustomization.file);
    return renamed;
  }
  reach(path, lister, build, renamed) {
    let known2 = this.byFile.get(path);
    if (known2 === void 0) this.byFile.set(path, known2 = { builds: [], asWritten: false });
    const keeps = lister.isComponent ? lister.renamings.length === 0 : this.total(lister, 0, /* @__PURE__ */ new Set()).renamings.length === 0;
    if (keeps) known2.asWritten = true;
    if (!known2.builds.some((built) => built.build === build)) known2.builds.push({ build, ...renamed });
    build.files.add(path);
  }
  folderKustomization(folder) {
    for (const name of KUSTOMIZATION_NAMES) {
      const file = folder === "" ? name : `${folder}/${name}`;
      if (this.workspace.get(file) !== void 0) return this.kustomization(file) ?? void 0;
    }
    return void 0;
  }
  kustomization(file) {
    let known2 = this.kustomizations.get(file);
    if (known2 === void 0) {
      known2 = this.parse(file);
      this.kustomizations.set(file, known2);
    }
    return known2;
  }
  parse(file) {
    const text = this.workspace.readText(file);
    const root = text.ok ? parseYaml(text.text).documents[0]?.root : void 0;
    if (!isMap(root)) return null;
    const renamings = [];
    for (const key of ["namePrefix", "nameSuffix"]) {
      const node = child(root, key);
      const value = scalarText(node);
      if (node !== void 0 && value !== void 0 && value !== "") renamings.push({ key, value, at: locate(file, node) });
    }
    const resolved = (...keys) => keys.flatMap((key) => itemsOf(root, key).flatMap((item) => this.workspace.resolveFrom(file, scalarText(item) ?? "") ?? []));
    const listed = entryOf(root, "components");
    return {
      file,
      renamings,
      doubts: doubtsOf2(file, root),
      entries: resolved("resources", "bases"),
      components: resolved("components"),
      componentsAt: listed === void 0 ? void 0 : locate(file, listed.keyNode),
      isComponent: scalarText(child(root, "kind")) === "Component"
    };
  }
};
var COMPONENTS = /^components[ \t]*:/m;
var NONE = { prefix: "", suffix: "", renamings: [] };
var valueOf = (kustomization, key) => kustomization.renamings.find((renaming) => renaming.key === key)?.value ?? "";
var own = (kustomization) => ({
  prefix: valueOf(kustomization, "namePrefix"),
  suffix: valueOf(kustomization, "nameSuffix"),
  renamings: kustomization.renamings
});
var wrap = (outer, inner) => inner.renamings.length === 0 ? outer : { prefix: outer.prefix + inner.prefix, suffix: inner.suffix + outer.suffix, renamings: [...outer.renamings, ...inner.renamings] };
var itemsOf = (root, key) => {
  const list = child(root, key);
  return isSeq(list) ? list.items : [];
};
function doubtsOf2(file, root) {
  const doubts = [];
  const at = (key) => {
    const entry = entryOf(root, key);
    return entry === void 0 ? void 0 : locate(file, entry.keyNode);
  };
  for (const key of DOUBT_KEYS) {
    const where = at(key);
    if (where !== void 0) doubts.push({ key, at: where });
  }
  for (const key of PATCH_KEYS) {
    const where = at(key);
    if (where !== void 0 && itemsOf(root, key).some(mayPatchAzureObject)) doubts.push({ key, at: where });
  }
  return doubts;
}
function mayPatchAzureObject(item) {
  const target = child(item, "target");
  const kind = scalarText(child(target, "kind"));
  const group = scalarText(child(target, "group"));
  if (group !== void 0 && group !== "" && !AZURE_GROUP.test(group)) return false;
  return kind === void 0 || isMachineKind(kind) || MAINTENANCE_KINDS.has(kind);
}

// src/readers/kubernetes/templating.ts
var ACTION3 = "{{";
var holdsTemplateAction = (text) => text.includes(ACTION3);
function parseTemplated(file, text, wanted) {
  const skipped = [];
  let rendered = true;
  let firstAction;
  const parsed = parseYaml(text, {}, (document, start) => {
    if (!holdsTemplateAction(document)) return wanted(document);
    if (!rendered) return false;
    const alone = parseYaml(document);
    const actions = actionsOf(document, alone);
    if (actions.length === 0) return wanted(document);
    firstAction ??= start + actions[0];
    if (!actionsInStrings(actions, alone)) {
      rendered = false;
      return false;
    }
    if (!holdsAzureObject(alone)) return wanted(document);
    skipped.push([start, start + document.length, start + actions[0]]);
    return false;
  });
  if (!rendered || skipped.length > 0 && !mentionsAzureGroup(outside(text, skipped))) {
    const notice = { ...noticeAt(file, parsed, firstAction ?? 0), message: FILE_SKIPPED, kind: "file-skipped" };
    return { parsed: void 0, notices: mentionsAzureGroup(text) ? [notice] : [] };
  }
  return { parsed, notices: skipped.map(([, , action]) => ({ ...noticeAt(file, parsed, action), message: DOCUMENT_SKIPPED })) };
}
function actionsOf(document, parsed) {
  const commented = inComment(parsed);
  const actions = [];
  for (let at = document.indexOf(ACTION3); at >= 0; at = document.indexOf(ACTION3, at + ACTION3.length)) {
    if (!commented(at)) actions.push(at);
  }
  return actions;
}
var holdsAzureObject = (parsed) => {
  const collected = collectManifests("", parsed);
  return collected.manifests.length > 0 || collected.errors.length > 0;
};
function outside(text, ranges) {
  let kept = "";
  let from = 0;
  for (const [start, end] of ranges) {
    kept += text.slice(from, start);
    from = end;
  }
  return kept + text.slice(from);
}
function actionsInStrings(actions, parsed) {
  if (parsed.errors.length > 0) return false;
  const strings = stringRanges(parsed);
  return actions.every((at) => insideRange(strings, at));
}
function stringRanges(parsed) {
  const ranges = [];
  const pending = [];
  for (const document of parsed.documents) if (document.root !== void 0) pending.push(document.root);
  const seen = /* @__PURE__ */ new Set();
  for (let node = pending.pop(); node !== void 0; node = pending.pop()) {
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.kind === "scalar") {
      if (typeof node.value === "string") ranges.push([node.start.offset, node.end.offset]);
    } else if (node.kind === "seq") {
      for (const item of node.items) pending.push(item);
    } else {
      for (const entry of node.entries) pending.push(entry.keyNode, entry.value);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}
function insideRange(ranges, offset) {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (ranges[middle][0] <= offset) low = middle + 1;
    else high = middle;
  }
  const range = ranges[low - 1];
  return range !== void 0 && offset < range[1];
}
var FILE_SKIPPED = "templated file (Helm/Go template) is not evaluated; render it (helm template) and scan the output";
var DOCUMENT_SKIPPED = "templated document (Helm/Go template) of an Azure API group is not evaluated; render it (helm template) and scan the output";
function noticeAt(file, parsed, offset) {
  const position = parsed.lines.at(offset);
  return { file, line: position.line, column: position.column, message: "", severity: "notice" };
}

// src/readers/kubernetes/kubernetes-reader.ts
var kubernetesReader = {
  ...kubernetesClaim,
  read: (files, workspace) => Promise.resolve(readKubernetes(files, workspace))
};
function readKubernetes(files, workspace) {
  const parseErrors = [];
  const manifests = [];
  const manifestFiles = [];
  const exemptions = [];
  const patches = new KustomizePatches(workspace);
  const unreadVms = [];
  const say = (said) => {
    if ("message" in said) parseErrors.push(said);
    else unreadVms.push(said);
  };
  const builds = new KustomizeBuilds(files, workspace);
  const compositionsOfScan = () => workspaceCompositions(workspace);
  for (const file of files) {
    const text = workspace.readText(file.path);
    if (!text.ok) {
      const severity = file.size > MAX_FILE_BYTES ? "notice" : "error";
      parseErrors.push({ file: file.path, line: text.line, column: text.column, message: text.message, severity });
      continue;
    }
    if (transformsObjects(file.path, text.text)) {
      const said = kustomizationTransforms(file.path, text.text, workspace);
      said.forEach(say);
      if (said.some((item) => !("message" in item))) manifestFiles.push(file.path);
    }
    const templated = holdsTemplateAction(text.text) ? parseTemplated(file.path, text.text, wantedDocument) : void 0;
    parseErrors.push(...templated?.notices ?? []);
    const parsed = templated === void 0 ? parseYaml(text.text, {}, wantedDocument) : templated.parsed;
    if (parsed === void 0) continue;
    const collected = collectManifests(file.path, parsed);
    if (collected.manifests.length > 0 || mentionsAzureGroup(text.text)) {
      const brokenPart = brokenYamlOf(text.text);
      for (const { line, column, message } of parsed.errors) parseErrors.push({ file: file.path, line, column, message, ...brokenPart });
    }
    parseErrors.push(...collected.errors);
    const kustomization = collected.manifests.length > 0 ? patches.patchedBy(file.path) : void 0;
    const unversioned = collected.manifests.length === 0 && !TOP_LEVEL_API_VERSION.test(text.text) ? patches.patchedBy(file.path) : void 0;
    if (unversioned !== void 0) {
      const said = unversionedPatchObjects(file.path, parsed, unversioned);
      said.forEach(say);
      if (said.length > 0) manifestFiles.push(file.path);
    }
    const built = builds.of(file.path);
    for (const manifest of collected.manifests) {
      if (kustomization === void 0) {
        if (isLookedUp(manifest)) manifests.push(...deployedForms(manifest, built));
      } else if (READ_SERVICES.has(serviceOf(manifest))) {
        say(patchedObject(manifest, kustomization));
      }
    }
    const templates = compositionTemplates(file.path, parsed);
    for (const template of templates) say(template);
    const steps = unreadFunctionSteps(file.path, parsed);
    steps.forEach(say);
    const claims = platformClaims(file.path, parsed, compositionsOfScan);
    claims.forEach(say);
    parseErrors.push(...unreadGoTemplateSources(file.path, parsed));
    if (collected.manifests.length > 0 || templates.length > 0 || claims.length > 0 || steps.some((step) => !("message" in step))) {
      manifestFiles.push(file.path);
      exemptions.push(...inlineExemptions(file.path, parsed));
    }
  }
  const index = new ManifestIndex(manifests);
  const resources = [];
  const resourceOrigins = [];
  for (const manifest of manifests) {
    const resource = toResource(manifest, index, parseErrors);
    if (resource === void 0) continue;
    resources.push(resource);
    resourceOrigins.push({ file: manifest.file });
  }
  for (const vm of unreadVms) {
    resources.push(vm);
    resourceOrigins.push({ file: vm.reportAt.file });
  }
  return {
    resources,
    resourceOrigins,
    parseErrors,
    manifests: manifestFiles,
    inlineExemptions: exemptions
  };
}
var wantedDocument = (document) => mayHoldAzureObject(document) || mayTemplateAzureObject(document) || mayBePlatformClaim(document) || document.includes(EXEMPTION_MARKER);
var READ_SERVICES = /* @__PURE__ */ new Set(["compute", "maintenance"]);
var serviceOf = (manifest) => manifest.group.slice(0, manifest.group.indexOf("."));
function deployedForms(manifest, built) {
  if (built === void 0) return [manifest];
  const forms = built.builds.map((form) => builtManifest(manifest, form));
  return built.asWritten ? [{ ...manifest, besideBuilds: true }, ...forms] : forms;
}
var HOTPATCH_WORDS = /hotpatch|datacenter-azure-edition/i;
function brokenYamlOf(text) {
  return POLICY_WORDS.test(text) || HOTPATCH_WORDS.test(text) ? { severity: "error" } : { severity: "notice", kind: "file-skipped" };
}
function toResource(manifest, index, notices) {
  const values = new SourcedValues(manifest.file);
  const service = serviceOf(manifest);
  if (manifest.flavour === "aso") return isComputeKind(manifest.group, manifest.kind) ? readAsoCompute(manifest, index, values) : void 0;
  if (service === "compute") return readCrossplaneCompute(manifest, index, values);
  if (service !== "maintenance") return void 0;
  if (manifest.kind === "MaintenanceConfiguration") return readCrossplaneConfiguration(manifest, index, values);
  if (manifest.kind === "MaintenanceAssignmentVirtualMachine") return readCrossplaneAssignment(manifest, index, values, notices);
  return void 0;
}
export {
  kubernetesReader
};

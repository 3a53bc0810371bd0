import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  POLICY_WORDS,
  settleFolders
} from "./chunk-HRE4GSV5.js";
import {
  exactLength
} from "./chunk-XG2W2MLJ.js";
import {
  getErrorMessage
} from "./chunk-KOMI2SY3.js";

// src/scan/result-codec.ts
var UNDEFINED = 0;
var NULL = 1;
var TRUE = 2;
var FALSE = 3;
var NUMBER = 4;
var STRING = 5;
var ARRAY = 6;
var OBJECT = 7;
var SEEN = 8;
var FLOAT = 9;
function encode(value) {
  const strings = [];
  const stringIndex = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  const numbers = [];
  let data = new Int32Array(4096);
  let length = 0;
  const push = (x) => {
    if (length === data.length) {
      const grown = new Int32Array(data.length * 2);
      grown.set(data);
      data = grown;
    }
    data[length++] = x;
  };
  const stringNumber = (text) => {
    let index = stringIndex.get(text);
    if (index === void 0) {
      index = strings.length;
      strings.push(text);
      stringIndex.set(text, index);
    }
    return index;
  };
  const write = (item) => {
    switch (typeof item) {
      case "undefined":
        push(UNDEFINED);
        return true;
      case "boolean":
        push(item ? TRUE : FALSE);
        return true;
      case "number":
        if ((item | 0) === item && !Object.is(item, -0)) {
          push(NUMBER);
          push(item);
        } else {
          push(FLOAT);
          numbers.push(item);
        }
        return true;
      case "string":
        push(STRING);
        push(stringNumber(item));
        return true;
      case "object":
        break;
      default:
        return false;
    }
    if (item === null) {
      push(NULL);
      return true;
    }
    const known = seen.get(item);
    if (known !== void 0) {
      push(SEEN);
      push(known);
      return true;
    }
    seen.set(item, seen.size);
    if (Array.isArray(item)) {
      if (Object.getPrototypeOf(item) !== Array.prototype) return false;
      push(ARRAY);
      push(item.length);
      for (let i = 0; i < item.length; i++) {
        const element = item[i];
        if (element === void 0 && !(i in item)) return false;
        if (!write(element)) return false;
      }
      return true;
    }
    const prototype = Object.getPrototypeOf(item);
    if (prototype !== Object.prototype && prototype !== null) return false;
    push(OBJECT);
    const countAt = length;
    push(0);
    let count = 0;
    const record = item;
    for (const key in record) {
      push(stringNumber(key));
      if (!write(record[key])) return false;
      count++;
    }
    data[countAt] = count;
    return true;
  };
  if (!write(value)) return void 0;
  return { strings, data: data.slice(0, length), numbers };
}
function decode(encoded) {
  const { strings, data, numbers } = encoded;
  let float = 0;
  const seen = [];
  let at = 0;
  const read = () => {
    const tag = data[at++];
    switch (tag) {
      case UNDEFINED:
        return void 0;
      case NULL:
        return null;
      case TRUE:
        return true;
      case FALSE:
        return false;
      case NUMBER:
        return data[at++];
      case STRING:
        return strings[data[at++]];
      case ARRAY: {
        const length = data[at++];
        const array = new Array(length);
        seen.push(array);
        for (let i = 0; i < length; i++) array[i] = read();
        return array;
      }
      case OBJECT: {
        const count = data[at++];
        const object = {};
        seen.push(object);
        for (let i = 0; i < count; i++) {
          const key = strings[data[at++]];
          object[key] = read();
        }
        return object;
      }
      case SEEN:
        return seen[data[at++]];
      case FLOAT:
        return numbers[float++];
      default:
        throw new Error(`scan result encoding: unknown tag ${String(tag)} at ${at - 1}`);
    }
  };
  return read();
}

// src/scan/prefilter.ts
function unitMayMatter(unit, workspace) {
  return unit.files.some((file) => {
    if (workspace.isQuiet(file.path)) return false;
    if (workspace.claimNotes.holdsPolicyWords(file.path)) return true;
    const text = workspace.readText(file.path);
    return !text.ok || POLICY_WORDS.test(text.text);
  });
}
function skippedFilesMessage(count) {
  const files = count === 1 ? "1 file" : `${thousands(count)} files`;
  const [declare, call] = count === 1 ? ["it declares", "calls"] : ["they declare", "call"];
  return `${files} checked without parsing: ${declare} no VM, scale set, Arc machine or maintenance resource and ${call} no module, nested deployment or Pulumi component with a hotpatch input`;
}
var thousands = (count) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

// src/scan/unit-merge.ts
function mergeUnitResults(readers, planned, results, claimed) {
  const merge = new UnitMerge(readers, claimed);
  planned.forEach((unit, index) => merge.add(unit, results[index]));
  return merge.finish();
}
var UnitMerge = class {
  constructor(readers, claimed) {
    this.readers = readers;
    this.claimed = claimed;
  }
  readers;
  claimed;
  merged = { resources: [], parseErrors: [], manifests: [], inlineExemptions: [], skipped: [] };
  part;
  /** The next unit's result (units come in unit order). */
  add(planned, result) {
    if (this.part?.reader !== planned.reader) {
      this.closePart();
      this.part = { reader: planned.reader, units: 0, resources: [], phases: [], files: [], ordered: true, exemptions: [] };
    }
    const part = this.part;
    const merged = this.merged;
    part.units++;
    if (result.kind === "skipped") {
      for (const file of result.files) merged.skipped.push(file);
      return;
    }
    if (result.kind === "failed") {
      const message = `internal error in the ${String(this.readerAt(planned.reader).format)} reader: ${result.message}`;
      for (const file of planned.unit.files) merged.parseErrors.push({ file: file.path, line: 1, column: 1, message, severity: "error" });
      return;
    }
    const { output } = result;
    for (const resource of output.resources) part.resources.push(resource);
    if (output.resourceOrigins === void 0) part.ordered = false;
    else {
      for (const origin of output.resourceOrigins) {
        part.phases.push(origin.phase ?? 0);
        part.files.push(origin.file);
      }
    }
    for (const error of output.parseErrors) merged.parseErrors.push(error.kind === "not-evaluated" ? withUnitFiles(error, planned.unit) : error);
    for (const manifest of output.manifests) merged.manifests.push(manifest);
    for (const exemption of output.inlineExemptions ?? []) part.exemptions.push(exemption);
  }
  /** Everything added, merged. */
  finish() {
    this.closePart();
    return this.merged;
  }
  readerAt(index) {
    return this.readers[index];
  }
  /** The current reader's resources and exemptions, in file order when its units said where they came from. */
  closePart() {
    const part = this.part;
    if (part === void 0) return;
    this.part = void 0;
    const { resources, phases, files, exemptions } = part;
    const mine = this.claimed.get(this.readerAt(part.reader)) ?? [];
    const reorder = part.ordered && part.units > 1;
    const rank = reorder ? new Map(mine.map((file, index) => [file.path, index])) : /* @__PURE__ */ new Map();
    const rankOf = (file) => rank.get(file) ?? mine.length;
    const inOrder = reorder ? stableSort(resources, (a, b) => (phases[a] ?? 0) - (phases[b] ?? 0) || rankOf(files[a] ?? "") - rankOf(files[b] ?? "")) : resources;
    for (const resource of inOrder) this.merged.resources.push(resource);
    const exemptionsInOrder = reorder ? stableSort(exemptions, (a, b) => rankOf(exemptions[a]?.location.file ?? "") - rankOf(exemptions[b]?.location.file ?? "")) : exemptions;
    for (const exemption of exemptionsInOrder) this.merged.inlineExemptions.push(exemption);
  }
};
function withUnitFiles(error, unit) {
  const related = [];
  for (const file of unit.files) if (file.path !== error.file) related.push({ file: file.path, startLine: 1, role: "value" });
  return related.length === 0 ? error : { ...error, related };
}
function stableSort(items, compare) {
  const indices = items.map((_, index) => index);
  indices.sort((a, b) => compare(a, b) || a - b);
  return indices.map((index) => items[index]);
}

// src/scan/units.ts
function planUnits(readers, claimed, workspace) {
  return readers.flatMap((_, index) => planReaderUnits(readers, index, claimed, workspace));
}
function planReaderUnits(readers, index, claimed, workspace) {
  const reader = readers[index];
  const mine = claimed.get(reader) ?? [];
  if (mine.length === 0) return [];
  const planned = [];
  for (const unit of reader.units?.(mine, workspace) ?? [{ files: mine }]) if (unit.files.length > 0) planned.push({ reader: index, unit });
  return planned;
}
function unitFolders(unit, settled, workspace) {
  const members = /* @__PURE__ */ new Map();
  for (const file of unit.files) {
    const folder = file.path.slice(0, Math.max(file.path.lastIndexOf("/"), 0));
    members.set(folder, (members.get(folder) ?? 0) + 1);
  }
  const settledHere = [];
  const listedHere = [];
  let paths;
  for (const [folder, count] of members) {
    if (settled.has(folder)) settledHere.push(folder);
    const listed = workspace.listedIn(folder);
    if (listed === void 0 || listed.length !== count) continue;
    paths ??= new Set(unit.files.map((file) => file.path));
    const inUnit = paths;
    if (listed.every((file) => inUnit.has(file.path))) listedHere.push(folder);
  }
  const quiet = unit.files.filter((file) => workspace.isQuiet(file.path)).map((file) => file.path);
  const wordy = unit.files.filter((file) => workspace.claimNotes.holdsPolicyWords(file.path)).map((file) => file.path);
  return {
    ...settledHere.length > 0 && { settled: settledHere },
    ...listedHere.length > 0 && { listed: listedHere },
    ...quiet.length > 0 && { quiet },
    ...wordy.length > 0 && { wordy }
  };
}
async function readUnit(reader, unit, workspace, options, settled = []) {
  try {
    settleFolders(workspace, settled);
    if (options.prefilter && reader.mustRead?.(unit, workspace) !== true && !unitMayMatter(unit, workspace)) {
      return { kind: "skipped", files: unit.files.map((file) => file.path) };
    }
    return { kind: "read", output: await reader.read(unit.files, workspace, options.limits) };
  } catch (error) {
    return { kind: "failed", message: getErrorMessage(error) };
  }
}
function compactResult(result) {
  return result.kind === "read" ? { kind: "read", output: compactOutput(result.output) } : result;
}
function compactOutput(output) {
  const { resources, resourceOrigins, parseErrors, manifests, inlineExemptions } = output;
  return {
    resources: exactLength(resources),
    ...resourceOrigins !== void 0 && { resourceOrigins: exactLength(resourceOrigins) },
    parseErrors: exactLength(parseErrors),
    manifests: exactLength(manifests),
    ...inlineExemptions !== void 0 && { inlineExemptions: exactLength(inlineExemptions) }
  };
}

export {
  skippedFilesMessage,
  thousands,
  encode,
  decode,
  mergeUnitResults,
  UnitMerge,
  planUnits,
  planReaderUnits,
  unitFolders,
  readUnit,
  compactResult
};

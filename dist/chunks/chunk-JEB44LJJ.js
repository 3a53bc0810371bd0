import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  findMarkedComments
} from "./chunk-OFL7K4J5.js";
import {
  absent,
  known,
  unresolved
} from "./chunk-HRE4GSV5.js";
import {
  keptText
} from "./chunk-XG2W2MLJ.js";

// src/yaml/exemptions.ts
var EXEMPTION_MARKER = "hotpatch-reboot-gate-exempt";
function inlineExemptions(file, parsed) {
  return findMarkedComments(parsed, EXEMPTION_MARKER).map((comment) => ({
    location: { file, line: comment.line, column: comment.column },
    text: comment.text
  }));
}

// src/yaml/sourced.ts
function locate(file, at) {
  if ("kind" in at) {
    return { file, line: at.start.line, column: at.start.column, endLine: at.end.line, endColumn: at.end.column };
  }
  return { file, line: at.line, column: at.column };
}
var YAML11_TRUE = /* @__PURE__ */ new Set(["y", "yes", "on"]);
var YAML11_FALSE = /* @__PURE__ */ new Set(["n", "no", "off"]);
function yaml11Boolean(plain) {
  const word = plain.toLowerCase();
  if (word === "true" || YAML11_TRUE.has(word)) return true;
  if (word === "false" || YAML11_FALSE.has(word)) return false;
  return void 0;
}
var SourcedValues = class {
  constructor(file, origin = "literal") {
    this.file = file;
    this.origin = origin;
  }
  file;
  origin;
  at(node) {
    return locate(this.file, node);
  }
  string(node, fallback, byDefault) {
    if (node === void 0 || node.kind === "scalar" && node.value === null) return this.missing(fallback, byDefault);
    if (node.kind !== "scalar") return unresolved(this.at(node), `expected a string, found a ${describe(node)}`);
    const text = typeof node.value === "string" ? node.value : node.text;
    return known(keptText(text), this.at(node), this.origin);
  }
  boolean(node, fallback, byDefault) {
    if (node === void 0 || node.kind === "scalar" && node.value === null) return this.missing(fallback, byDefault);
    if (node.kind === "scalar") {
      if (typeof node.value === "boolean") return known(node.value, this.at(node), this.origin);
      const word = node.style === "plain" ? yaml11Boolean(node.text) : void 0;
      if (word !== void 0) return known(word, this.at(node), this.origin);
    }
    return unresolved(this.at(node), keptText(`expected a boolean, found ${describeValue(node)}`));
  }
  stringList(node, fallback) {
    if (node === void 0 || node.kind === "scalar" && node.value === null) return absent(fallback);
    if (node.kind !== "seq") return unresolved(this.at(node), `expected a list of strings, found a ${describe(node)}`);
    const items = [];
    for (const item of node.items) {
      if (item.kind !== "scalar" || item.value === null) {
        return unresolved(this.at(item), `expected a list of strings, found a ${describe(item)} item`);
      }
      items.push(keptText(typeof item.value === "string" ? item.value : item.text));
    }
    return known(items, this.at(node), this.origin);
  }
  /** A string map such as `tags`; keys stay own data properties (`__proto__` included). */
  stringMap(node, fallback) {
    if (node === void 0 || node.kind === "scalar" && node.value === null) return absent(fallback);
    if (node.kind !== "map") {
      return unresolved(this.at(node), `expected a mapping of strings, found a ${describe(node)}`);
    }
    const pairs = [];
    for (const entry of node.entries) {
      const value = entry.value;
      if (value.kind !== "scalar") return unresolved(this.at(value), keptText(`expected a string value for "${entry.key}"`));
      pairs.push([entry.key, value.value === null ? "" : keptText(typeof value.value === "string" ? value.value : value.text)]);
    }
    return known(Object.fromEntries(pairs), this.at(node), this.origin);
  }
  missing(fallback, byDefault) {
    return byDefault === void 0 ? absent(fallback) : known(byDefault, fallback, "provider-default");
  }
};
function describe(node) {
  if (node.kind !== "scalar") return node.kind === "map" ? "mapping" : "list";
  return node.value === null ? "null" : typeof node.value;
}
function describeValue(node) {
  if (node.kind !== "scalar") return `a ${describe(node)}`;
  return node.style === "plain" ? `"${node.text}"` : `the quoted string "${node.text}"`;
}

export {
  EXEMPTION_MARKER,
  inlineExemptions,
  locate,
  yaml11Boolean,
  SourcedValues
};

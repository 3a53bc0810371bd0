import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  EVENT_ID,
  NOT_RESOLVED,
  SCALAR_STYLE,
  YAMLException,
  boolCoreTag,
  floatCoreTag,
  getScalarValue,
  intCoreTag,
  nullCoreTag,
  parseEvents
} from "./chunk-VO455LQT.js";
import {
  LineIndex
} from "./chunk-SD73YJMR.js";

// src/yaml/frames.ts
var CompositionError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};

// src/yaml/lazy-nodes.ts
var Positioned = class _Positioned {
  #lines;
  #startOffset;
  #endOffset;
  #start;
  #end;
  constructor(lines, start, end, tag) {
    if (tag !== void 0) this.tag = tag;
    this.#lines = lines;
    const length = lines.text.length;
    this.#startOffset = Math.max(0, Math.min(start, length));
    this.#endOffset = Math.max(0, Math.min(end, length));
  }
  /** Where the node's content starts (the first character after its tag or anchor). */
  get start() {
    return this.#start ??= this.#lines.at(this.#startOffset);
  }
  /** Where it ends (end of its last scalar; exclusive). */
  get end() {
    return this.#end ??= this.#lines.at(this.#endOffset);
  }
  /** The start or end offset of a node, without computing its line and column when it is one of these. */
  static offsetOf(node, edge) {
    if (node instanceof _Positioned) return edge === "start" ? node.#startOffset : node.#endOffset;
    return node[edge].offset;
  }
};
var ScalarNode = class extends Positioned {
  constructor(value, text, style, lines, start, end, tag) {
    super(lines, start, end, tag);
    this.value = value;
    this.text = text;
    this.style = style;
  }
  value;
  text;
  style;
  kind = "scalar";
};
var SeqNode = class extends Positioned {
  constructor(items, lines, start, end, tag) {
    super(lines, start, end, tag);
    this.items = items;
  }
  items;
  kind = "seq";
  #value;
  /** The plain JavaScript value of the whole sequence. */
  get value() {
    return this.#value ??= this.items.map((item) => item.value);
  }
};
var MapNode = class extends Positioned {
  constructor(entries, byKey, lines, start, end, tag) {
    super(lines, start, end, tag);
    this.entries = entries;
    this.byKey = byKey;
  }
  entries;
  byKey;
  kind = "map";
  #value;
  /** A null-prototype object, so `__proto__` or `constructor` keys are ordinary own properties. */
  get value() {
    if (this.#value === void 0) {
      const value = /* @__PURE__ */ Object.create(null);
      for (const entry of this.entries) value[entry.key] = entry.value.value;
      this.#value = value;
    }
    return this.#value;
  }
};
var offsetOf = (node, edge) => Positioned.offsetOf(node, edge);

// src/yaml/merge-keys.ts
var MERGE_TAG = "tag:yaml.org,2002:merge";
function mergeInto(frame, source, base, count) {
  const maps = source.node.kind === "seq" ? source.node.items : [source.node];
  for (const map of maps) {
    const at = offsetOf(map, "start") - base;
    if (map.kind !== "map") throw new CompositionError('merge key "<<" needs a mapping or a sequence of mappings', at);
    for (const entry of map.entries) {
      count(at);
      if (frame.byKey.has(entry.key)) continue;
      const merged = { ...entry, merged: true };
      frame.entries.push(merged);
      frame.byKey.set(entry.key, merged);
    }
  }
  frame.size += source.size;
  frame.height = Math.max(frame.height, source.node.kind === "seq" ? source.height - 1 : source.height);
}

// src/yaml/scalars.ts
var CORE = "tag:yaml.org,2002:";
var STR_TAG = `${CORE}str`;
var IMPLICIT = [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag];
var EXPLICIT = new Map(IMPLICIT.map((tag) => [tag.tagName, tag]));
var IMPLICIT_BY_FIRST = /* @__PURE__ */ new Map();
for (const tag of IMPLICIT) {
  for (const first of tag.implicitFirstChars ?? []) IMPLICIT_BY_FIRST.set(first, [...IMPLICIT_BY_FIRST.get(first) ?? [], tag]);
}
var styleName = (style) => style === SCALAR_STYLE.SINGLE_QUOTED ? "single-quoted" : style === SCALAR_STYLE.DOUBLE_QUOTED ? "double-quoted" : style === SCALAR_STYLE.LITERAL_BLOCK ? "literal" : style === SCALAR_STYLE.FOLDED_BLOCK ? "folded" : "plain";
var ScalarError = class {
  constructor(error) {
    this.error = error;
  }
  error;
};
function resolveScalar(text, style, tag) {
  if (tag === void 0) {
    if (style !== "plain") return text;
    const candidates = IMPLICIT_BY_FIRST.get(text.length === 0 ? "" : text[0]);
    if (candidates === void 0) return text;
    for (const candidate of candidates) {
      const value2 = candidate.resolve(text, false, candidate.tagName);
      if (value2 !== NOT_RESOLVED) return value2;
    }
    return text;
  }
  const explicit = EXPLICIT.get(tag);
  if (explicit === void 0 || tag === STR_TAG) return text;
  const value = explicit.resolve(text, true, tag);
  return value === NOT_RESOLVED ? new ScalarError(`cannot resolve "${text}" as !!${tag.slice(CORE.length)}`) : value;
}
function expandTag(written, handles) {
  if (written === "!") return STR_TAG;
  if (written.startsWith("!<") && written.endsWith(">")) return decodeTagUri(written.slice(2, -1));
  const handleEnd = written.indexOf("!", 1);
  const handle = handleEnd > 0 ? written.slice(0, handleEnd + 1) : "!";
  const suffix = handleEnd > 0 ? written.slice(handleEnd + 1) : written.slice(1);
  const prefix = handles.get(handle) ?? (handle === "!!" ? CORE : handle === "!" ? "!" : void 0);
  return prefix === void 0 ? written : prefix + decodeTagUri(suffix);
}
function decodeTagUri(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// src/yaml/compose.ts
var NO_HANDLES = /* @__PURE__ */ new Map();
var DocumentComposer = class {
  constructor(source, base, lines, limits, documentIndex) {
    this.source = source;
    this.base = base;
    this.lines = lines;
    this.limits = limits;
    this.documentIndex = documentIndex;
  }
  source;
  base;
  lines;
  limits;
  documentIndex;
  documents = [];
  errors = [];
  stack = [];
  // A document's anchors and `%TAG` handles, made when it has one (most have none: three collections a document).
  anchors;
  openAnchors;
  handles;
  aliases = 0;
  aliasExpansion = 0;
  mergedKeys = 0;
  lastEnd = 0;
  documentStart;
  compose(events) {
    for (let i = 0; i < events.length; i++) {
      try {
        this.handle(events[i]);
      } catch (error) {
        if (!(error instanceof CompositionError)) throw error;
        this.errors.push({ message: error.message, ...this.lines.at(this.base + error.offset) });
        i = this.skipDocument(events, i);
      }
    }
    return { documents: this.documents, errors: this.errors, nextIndex: this.documentIndex };
  }
  handle(event) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        this.startDocument(event.directives);
        if (event.explicitStart) this.skipToMarker();
        return;
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING:
        this.open(event);
        return;
      case EVENT_ID.SCALAR:
        this.attach(this.scalar(event), 1, 1);
        return;
      case EVENT_ID.ALIAS: {
        const target = this.alias(event.anchorStart, event.anchorEnd);
        this.attach(target.node, target.size, target.height);
        return;
      }
      case EVENT_ID.POP:
        this.close();
    }
  }
  startDocument(directives) {
    this.stack = [{ kind: "document", root: void 0 }];
    this.anchors = void 0;
    this.openAnchors = void 0;
    this.handles = void 0;
    for (const directive of directives) {
      if (directive.kind === "tag" && directive.handle !== void 0 && directive.prefix !== void 0) {
        ;
        (this.handles ??= /* @__PURE__ */ new Map()).set(directive.handle, directive.prefix);
      }
    }
    this.aliases = 0;
    this.aliasExpansion = 0;
    this.mergedKeys = 0;
    this.documentStart = void 0;
  }
  /** Document events carry no offset: an explicit document starts at its next `---` line. */
  skipToMarker() {
    const marker = /^---(?=[ \t\r\n]|$)/gm;
    marker.lastIndex = this.lastEnd;
    const found = marker.exec(this.source);
    if (found) this.lastEnd = found.index + 3;
  }
  open(event) {
    const anchor = event.anchorStart >= 0 ? this.source.slice(event.anchorStart, event.anchorEnd) : void 0;
    const tag = this.tagOf(event.tagStart, event.tagEnd);
    this.documentStart ??= event.start;
    this.lastEnd = Math.max(this.lastEnd, event.start);
    if (anchor !== void 0) (this.openAnchors ??= /* @__PURE__ */ new Set()).add(anchor);
    const start = event.start;
    this.stack.push(
      event.type === EVENT_ID.SEQUENCE ? { kind: "seq", start, anchor, tag, size: 1, height: 1, end: start, items: [] } : { kind: "map", start, anchor, tag, size: 1, height: 1, end: start, entries: [], byKey: /* @__PURE__ */ new Map(), merges: void 0, key: void 0, keyIsMerge: false }
    );
  }
  /** The scalar's node: its size and height are 1 (no `Built` for each scalar of a file). */
  scalar(event) {
    const style = styleName(event.style);
    const quoted = style === "single-quoted" || style === "double-quoted";
    const empty = event.valueStart < 0;
    const start = empty ? this.lastEnd : quoted ? event.valueStart - 1 : event.valueStart;
    const end = empty ? this.lastEnd : quoted ? event.valueEnd + 1 : event.valueEnd;
    this.documentStart ??= start;
    this.lastEnd = Math.max(this.lastEnd, end);
    const text = empty ? "" : getScalarValue(this.source, event);
    const tag = this.tagOf(event.tagStart, event.tagEnd);
    const resolved = resolveScalar(text, style, tag === MERGE_TAG ? void 0 : tag);
    if (resolved instanceof ScalarError) throw new CompositionError(resolved.error, start);
    const node = new ScalarNode(resolved, text, style, this.lines, this.base + start, this.base + end, tag);
    if (event.anchorStart >= 0) (this.anchors ??= /* @__PURE__ */ new Map()).set(this.source.slice(event.anchorStart, event.anchorEnd), { node, size: 1, height: 1 });
    return node;
  }
  tagOf(start, end) {
    return start >= 0 ? expandTag(this.source.slice(start, end), this.handles ?? NO_HANDLES) : void 0;
  }
  alias(anchorStart, anchorEnd) {
    const name = this.source.slice(anchorStart, anchorEnd);
    const at = anchorStart - 1;
    this.documentStart ??= at;
    this.lastEnd = Math.max(this.lastEnd, anchorEnd);
    if (this.openAnchors?.has(name) === true && this.anchors?.has(name) !== true) {
      throw new CompositionError(`alias *${name} refers to a node that contains it`, at);
    }
    const target = this.anchors?.get(name);
    if (target === void 0) throw new CompositionError(`unidentified alias "${name}"`, at);
    if (++this.aliases > this.limits.maxAliases) {
      throw new CompositionError(`aliases exceeded maxAliases (${this.limits.maxAliases})`, at);
    }
    this.aliasExpansion += target.size;
    if (this.aliasExpansion > this.limits.maxAliasExpansion) {
      throw new CompositionError(
        `aliases expand to more than ${this.limits.maxAliasExpansion} nodes (alias bomb); not read`,
        at
      );
    }
    if (this.stack.length - 1 + target.height > this.limits.maxDepth) {
      throw new CompositionError(`nesting exceeded maxDepth (${this.limits.maxDepth}) through alias *${name}`, at);
    }
    return target;
  }
  close() {
    const frame = this.stack.pop();
    if (frame === void 0) return;
    if (frame.kind === "document") {
      this.finishDocument(frame);
      return;
    }
    const node = frame.kind === "seq" ? this.finishSeq(frame) : this.finishMap(frame);
    if (frame.anchor !== void 0) {
      ;
      (this.anchors ??= /* @__PURE__ */ new Map()).set(frame.anchor, { node, size: frame.size, height: frame.height });
      this.openAnchors?.delete(frame.anchor);
    }
    this.attach(node, frame.size, frame.height);
  }
  finishDocument(frame) {
    const start = this.documentStart ?? this.lastEnd;
    const root = frame.root;
    const empty = root?.kind === "scalar" && root.style === "plain" && root.text === "" && root.tag === void 0;
    this.documents.push({ index: this.documentIndex++, start: this.position(start), root: empty ? void 0 : root });
  }
  finishSeq(frame) {
    return new SeqNode(frame.items, this.lines, this.base + frame.start, this.base + Math.max(frame.end, frame.start), frame.tag);
  }
  /** The map's node; its size and height are the frame's once its merges are applied. */
  finishMap(frame) {
    if (frame.merges !== void 0) for (const source of frame.merges) mergeInto(frame, source, this.base, (at) => this.countMergedKey(at));
    const end = this.base + Math.max(frame.end, frame.start);
    return new MapNode(frame.entries, frame.byKey, this.lines, this.base + frame.start, end, frame.tag);
  }
  /** Counts a key copied by a `<<` merge; `at` locates the error once there are too many. */
  countMergedKey(at) {
    if (++this.mergedKeys > this.limits.maxMergeKeys) {
      throw new CompositionError(`merge keys exceeded maxMergeKeys (${this.limits.maxMergeKeys})`, at);
    }
  }
  /** Adds a complete node (of `size` nodes expanded, `height` levels) to the open collection or document. */
  attach(node, size, height) {
    const parent = this.stack[this.stack.length - 1];
    if (parent === void 0) return;
    if (parent.kind === "document") {
      parent.root = node;
      return;
    }
    parent.end = Math.max(parent.end, offsetOf(node, "end") - this.base);
    if (parent.kind === "seq") {
      parent.items.push(node);
      this.grow(parent, size, height);
      return;
    }
    if (parent.key === void 0) {
      const key2 = node;
      if (key2.kind !== "scalar") {
        const message = "complex mapping keys (a collection as key) are not supported";
        throw new CompositionError(message, offsetOf(key2, "start") - this.base);
      }
      parent.key = key2;
      parent.keyIsMerge = key2.style === "plain" && key2.text === "<<" && (key2.tag ?? MERGE_TAG) === MERGE_TAG;
      return;
    }
    const keyNode = parent.key;
    parent.key = void 0;
    if (parent.keyIsMerge) {
      ;
      (parent.merges ??= []).push({ node, size, height });
      return;
    }
    const key = keyNode.text;
    const first = parent.byKey.get(key);
    if (first !== void 0) {
      throw new CompositionError(
        `duplicated mapping key "${key}" (first at line ${first.keyNode.start.line})`,
        offsetOf(keyNode, "start") - this.base
      );
    }
    const entry = { key, keyNode, value: node, merged: false };
    parent.entries.push(entry);
    parent.byKey.set(key, entry);
    this.grow(parent, size, height);
  }
  grow(frame, size, height) {
    frame.size += size;
    frame.height = Math.max(frame.height, height + 1);
  }
  position(offset) {
    return this.lines.at(this.base + offset);
  }
  /** After an error: consume the rest of the current document's events; returns the last index consumed. */
  skipDocument(events, index) {
    let open = this.stack.length;
    let i = index;
    while (open > 0 && i + 1 < events.length) {
      const type = events[++i].type;
      if (type === EVENT_ID.SEQUENCE || type === EVENT_ID.MAPPING || type === EVENT_ID.DOCUMENT) open++;
      else if (type === EVENT_ID.POP) open--;
    }
    this.stack = [];
    this.documentIndex++;
    return i;
  }
};

// src/yaml/limits.ts
var DEFAULT_YAML_LIMITS = {
  maxDepth: 200,
  maxAliases: 100,
  maxAliasExpansion: 1e4,
  maxMergeKeys: 1e4
};

// src/yaml/shallow-continuations.ts
var MAX_JOINED_LINES = 64;
var retryBudget = (text) => ({ characters: Math.max(4 * text.length, 1024 * 1024) });
var DEFICIENT_INDENTATION = "deficient indentation";
var isBlank = (code) => code === 32 || code === 9;
var isBreak = (code) => code === 10 || code === 13;
function eventsReadLikeGoYaml(source, error, maxDepth, budget) {
  const joined = [];
  let text = source;
  let refused = error;
  for (let lines = 0; lines < MAX_JOINED_LINES && budget.characters >= text.length; lines++) {
    const breaks = shallowLineBreaks(text, refused);
    if (breaks === void 0) return void 0;
    budget.characters -= text.length;
    for (const at of breaks) text = `${text.slice(0, at)} ${text.slice(at + 1)}`;
    joined.push(...breaks);
    try {
      const events = parseEvents(text, { maxDepth });
      return quotedScalarsHold(events, joined) ? events : void 0;
    } catch (next) {
      refused = next;
    }
  }
  return void 0;
}
function shallowLineBreaks(text, error) {
  if (!(error instanceof YAMLException) || error.reason !== DEFICIENT_INDENTATION || error.mark === void 0) return void 0;
  const at = error.mark.position;
  let lineStart = at;
  while (lineStart > 0 && isBlank(text.charCodeAt(lineStart - 1))) lineStart--;
  if (lineStart === 0 || !isBreak(text.charCodeAt(lineStart - 1))) return void 0;
  if (lineStart === at && /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(at, at + 4))) return void 0;
  const breaks = [];
  for (let i = lineStart - 1; i > 0 && (isBreak(text.charCodeAt(i)) || isBlank(text.charCodeAt(i))); i--) {
    if (isBreak(text.charCodeAt(i))) breaks.push(i);
  }
  return breaks;
}
function quotedScalarsHold(events, joined) {
  const pending = new Set(joined);
  for (const event of events) {
    if (event.type !== EVENT_ID.SCALAR) continue;
    if (event.style !== SCALAR_STYLE.DOUBLE_QUOTED && event.style !== SCALAR_STYLE.SINGLE_QUOTED) continue;
    let holds = false;
    for (const at of pending) {
      if (at < event.valueStart || at >= event.valueEnd) continue;
      pending.delete(at);
      holds = true;
    }
    if (holds) event.fast = false;
  }
  return pending.size === 0;
}

// src/yaml/parse.ts
function parseYaml(text, limits = {}, wanted) {
  const effective = { ...DEFAULT_YAML_LIMITS, ...limits };
  const lines = new LineIndex(text);
  const budget = retryBudget(text);
  if (wanted === void 0) {
    const { documents: documents2, errors: errors2 } = parseRange(text, 0, text.length, lines, effective, 0, budget);
    return { documents: documents2, errors: errors2, lines };
  }
  const documents = [];
  const errors = [];
  let index = 0;
  for (const [start, end, parse] of wantedRanges(text, wanted)) {
    if (!parse) {
      index++;
      continue;
    }
    const part = parseRange(text, start, end, lines, effective, index, budget);
    for (const document of part.documents) documents.push(document);
    for (const error of part.errors) errors.push(error);
    index = part.nextIndex;
  }
  return { documents, errors, lines };
}
function parseRange(text, start, end, lines, limits, first, budget) {
  const source = start === 0 && end === text.length ? text : text.slice(start, end);
  const whole = parseChunk(source, start, lines, limits, first, budget);
  if (whole.syntaxError === void 0) return whole;
  const chunks = documentChunks(source);
  if (chunks.length < 2) return { documents: whole.documents, errors: [...whole.errors, whole.syntaxError], nextIndex: whole.nextIndex + 1 };
  const documents = [];
  const errors = [];
  let index = first;
  for (const [from, to] of chunks) {
    const part = parseChunk(source.slice(from, to), start + from, lines, limits, index, budget);
    for (const document of part.documents) documents.push(document);
    for (const error of part.errors) errors.push(error);
    if (part.syntaxError !== void 0) errors.push(part.syntaxError);
    index = part.syntaxError === void 0 ? part.nextIndex : part.nextIndex + 1;
  }
  return { documents, errors, nextIndex: index };
}
function wantedRanges(text, wanted) {
  const documents = [];
  let pending;
  for (const [start, end] of documentChunks(text)) {
    const from = pending ?? start;
    if (!holdsContent(text.slice(start, end))) {
      pending = from;
      continue;
    }
    documents.push([from, end]);
    pending = void 0;
  }
  if (pending !== void 0) {
    const last = documents.pop();
    documents.push([last?.[0] ?? pending, text.length]);
  }
  const ranges = [];
  for (const [start, end] of documents) {
    const parse = wanted(text.slice(start, end), start);
    const previous = ranges[ranges.length - 1];
    if (previous !== void 0 && previous[2] && parse) previous[1] = end;
    else ranges.push([start, end, parse]);
  }
  return ranges;
}
var CONTENT_LINE = /^(?![ \t]*(?:#|\r?$)|%|(?:---|\.\.\.)[ \t]*(?:#|\r?$))/m;
var holdsContent = (part) => CONTENT_LINE.test(part);
function parseChunk(source, base, lines, limits, index, budget) {
  let events;
  try {
    events = parseEvents(source, { maxDepth: limits.maxDepth });
  } catch (error) {
    events = eventsReadLikeGoYaml(source, error, limits.maxDepth, budget);
    if (events === void 0) return { documents: [], errors: [], syntaxError: syntaxError(error, base, lines), nextIndex: index };
  }
  return new DocumentComposer(source, base, lines, limits, index).compose(events);
}
function syntaxError(error, base, lines) {
  if (error instanceof YAMLException && error.mark !== void 0) {
    return { message: error.reason, ...lines.at(base + error.mark.position) };
  }
  const message = error instanceof RangeError ? "YAML nesting too deep to parse" : `YAML parser failed: ${String(error)}`;
  return { message, ...lines.at(base) };
}
var MARKER = /^(?:---|\.\.\.)(?=[ \t]|$)/;
function documentChunks(text) {
  const starts = [0];
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const first = text.charCodeAt(lineStart);
    if (lineStart > 0 && (first === 45 || first === 46)) {
      const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
      if (MARKER.test(line)) starts.push(line.startsWith("...") ? lineEnd : lineStart);
    }
    lineStart = lineEnd + 1;
  }
  return starts.map((start, i) => [start, starts[i + 1] ?? text.length]);
}

// src/yaml/comments.ts
function findMarkedComments(parsed, marker) {
  const text = parsed.lines.text;
  if (!text.includes(marker)) return [];
  const pattern = new RegExp(`(?<=^|[ \\t])#[ \\t]*${escapeRegExp(marker)}(?=[ \\t:]|$)(.*)$`, "gm");
  const found = [];
  let spans;
  for (const match of text.matchAll(pattern)) {
    spans ??= scalarSpans(parsed);
    if (insideSpan(spans, match.index)) continue;
    const position = parsed.lines.at(match.index);
    const rest = (match[1] ?? "").replace(/\r$/, "").replace(/^:/, "");
    found.push({ line: position.line, column: position.column, text: rest.trim() });
  }
  return found;
}
var HASH = 35;
var SPACE = 32;
var TAB = 9;
function inComment(parsed) {
  const text = parsed.lines.text;
  const broken = parsed.errors.length > 0;
  let spans;
  const commentStart = /* @__PURE__ */ new Map();
  const startOfComment = (line) => {
    const lineStart = parsed.lines.lineStart(line);
    const lineEnd = parsed.lines.lineStart(line + 1);
    for (let at = lineStart; at < lineEnd; at++) {
      const code = text.charCodeAt(at);
      if (broken && code !== HASH && code !== SPACE && code !== TAB) break;
      if (code !== HASH) continue;
      const before = at === lineStart ? SPACE : text.charCodeAt(at - 1);
      if (before !== SPACE && before !== TAB) continue;
      if (broken) return at;
      spans ??= scalarSpans(parsed);
      if (!insideSpan(spans, at)) return at;
    }
    return text.length;
  };
  return (offset) => {
    const line = parsed.lines.at(offset).line;
    let start = commentStart.get(line);
    if (start === void 0) commentStart.set(line, start = startOfComment(line));
    return start < offset;
  };
}
var escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function scalarSpans(parsed) {
  const spans = [];
  const seen = /* @__PURE__ */ new Set();
  const pending = parsed.documents.flatMap((document) => document.root ? [document.root] : []);
  for (let node = pending.pop(); node !== void 0; node = pending.pop()) {
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.kind === "scalar") spans.push([offsetOf(node, "start"), offsetOf(node, "end")]);
    else if (node.kind === "seq") for (const item of node.items) pending.push(item);
    else for (const entry of node.entries) pending.push(entry.keyNode, entry.value);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}
function insideSpan(spans, offset) {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = low + high >> 1;
    const [start, end] = spans[middle];
    if (offset < start) high = middle - 1;
    else if (offset >= end) low = middle + 1;
    else return true;
  }
  return false;
}

// src/yaml/nodes.ts
var isMap = (node) => node?.kind === "map";
var isSeq = (node) => node?.kind === "seq";
var isScalar = (node) => node?.kind === "scalar";
var entryOf = (node, key) => isMap(node) ? node.byKey.get(key) : void 0;
var child = (node, key) => entryOf(node, key)?.value;
function nodeAt(node, path) {
  let current = node;
  for (const step of path) {
    if (current === void 0) return void 0;
    current = typeof step === "number" ? isSeq(current) ? current.items[step] : void 0 : child(current, step);
  }
  return current;
}
function scalarText(node) {
  if (!isScalar(node) || node.value === null) return void 0;
  return typeof node.value === "string" ? node.value : node.text;
}

export {
  findMarkedComments,
  inComment,
  isMap,
  isSeq,
  isScalar,
  entryOf,
  child,
  nodeAt,
  scalarText,
  parseYaml
};

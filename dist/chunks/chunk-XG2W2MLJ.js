import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/model/intern.ts
var MAX_INTERNED_LENGTH = 96;
var MAX_ENTRIES = 8192;
var table = /* @__PURE__ */ new Map();
function intern(value) {
  if (value.length > MAX_INTERNED_LENGTH) return value;
  const known = table.get(value);
  if (known !== void 0) return known;
  if (table.size >= MAX_ENTRIES) table.clear();
  const own = ownCopy(value);
  table.set(own, own);
  return own;
}
var MIN_PIECED_LENGTH = 13;
function ownCopy(value) {
  return value.length < MIN_PIECED_LENGTH ? value : [value.slice(0, 1), value.slice(1)].join("");
}
function keptText(text) {
  return text.length > MAX_INTERNED_LENGTH ? ownCopy(text) : intern(text);
}
var MAX_SHARED_LENGTH = 4096;
var MAX_SHARED_CHARS = 1 << 20;
var sharedTable = /* @__PURE__ */ new Map();
var sharedChars = 0;
function sharedText(value) {
  if (value.length <= MAX_INTERNED_LENGTH) return intern(value);
  if (value.length > MAX_SHARED_LENGTH) return ownCopy(value);
  const known = sharedTable.get(value);
  if (known !== void 0) return known;
  if (sharedChars + value.length > MAX_SHARED_CHARS) {
    sharedTable.clear();
    sharedChars = 0;
  }
  const own = ownCopy(value);
  sharedTable.set(own, own);
  sharedChars += own.length;
  return own;
}
var NO_ITEMS = [];
var exactLength = (items) => items.length === 0 ? NO_ITEMS : items.slice();
var MAX_SHARED_ITEMS = 16;
var MAX_SHARED_VALUES = 4096;
var sharedLists = /* @__PURE__ */ new Map();
var sharedMaps = /* @__PURE__ */ new Map();
function sharedStrings(items) {
  if (items.length === 0) return NO_ITEMS;
  if (items.length > MAX_SHARED_ITEMS) return Object.freeze(items.map(intern));
  const key = keyOf(items);
  const known = sharedLists.get(key);
  if (known !== void 0) return known;
  if (sharedLists.size >= MAX_SHARED_VALUES) sharedLists.clear();
  const own = Object.freeze(items.map(intern));
  sharedLists.set(key, own);
  return own;
}
function sharedStringMap(map) {
  const keys = Object.keys(map);
  if (keys.length > MAX_SHARED_ITEMS) return map;
  const texts = [];
  for (const key2 of keys) texts.push(key2, map[key2]);
  const key = keyOf(texts);
  const known = sharedMaps.get(key);
  if (known !== void 0) return known;
  if (sharedMaps.size >= MAX_SHARED_VALUES) sharedMaps.clear();
  const own = {};
  for (const name of keys) {
    const value = intern(map[name]);
    if (name === "__proto__") Object.defineProperty(own, name, { value, enumerable: true, writable: true, configurable: true });
    else own[intern(name)] = value;
  }
  sharedMaps.set(key, Object.freeze(own));
  return own;
}
var keyOf = (texts) => texts.map((text) => `${text.length}:${text}`).join("");

// src/workspace/decode.ts
var decoder = new TextDecoder("utf-8", { fatal: true });
var HCL_FILE = /\.(?:tf|tfvars|hcl)$/i;
var encodingsOf = (path) => HCL_FILE.test(path) ? "utf-8" : "unicode";
function decodeText(bytes, encodings = "unicode") {
  const wide = wideEncoding(bytes);
  if (wide === "UTF-16LE" || wide === "UTF-16BE") {
    if (encodings === "unicode") return decodeUtf16(bytes, wide);
    return { ok: false, message: "UTF-16 text (byte order mark); Terraform reads UTF-8 only: save it as UTF-8", line: 1, column: 1 };
  }
  if (wide !== void 0) {
    return { ok: false, message: `${wide} text (byte order mark); save it as UTF-8 or UTF-16`, line: 1, column: 1 };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, message: "binary content (NUL byte); not a text manifest", ...lineOf(bytes, nul) };
  try {
    const text = decoder.decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { ok: false, message: `invalid UTF-8 at byte ${bad}`, ...lineOf(bytes, bad) };
  }
}
function wideEncoding(bytes) {
  const a = bytes[0];
  const b = bytes[1];
  const c = bytes[2];
  const d = bytes[3];
  if (a === 255 && b === 254) return c === 0 && d === 0 ? "UTF-32" : "UTF-16LE";
  if (a === 254 && b === 255) return "UTF-16BE";
  if (a === 0 && b === 0 && c === 254 && d === 255) return "UTF-32";
  return void 0;
}
var utf16 = {
  "UTF-16LE": new TextDecoder("utf-16le", { fatal: true }),
  "UTF-16BE": new TextDecoder("utf-16be", { fatal: true })
};
function decodeHead(head, path) {
  const wide = wideEncoding(head);
  if ((wide === "UTF-16LE" || wide === "UTF-16BE") && encodingsOf(path) === "unicode") {
    const text2 = new TextDecoder(wide === "UTF-16LE" ? "utf-16le" : "utf-16be").decode(head.subarray(2, head.length - head.length % 2));
    return text2.includes("\0") ? void 0 : text2;
  }
  if (wide !== void 0 || head.includes(0)) return void 0;
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString("utf8");
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function decodeUtf16(bytes, encoding) {
  let text;
  try {
    text = utf16[encoding].decode(bytes.subarray(2));
  } catch {
    return { ok: false, message: `invalid ${encoding} text (an odd byte or a lone surrogate)`, line: 1, column: 1 };
  }
  const nul = text.indexOf("\0");
  if (nul >= 0) {
    const before = text.slice(0, nul);
    const line = before.split("\n").length;
    return { ok: false, message: "binary content (NUL character); not a text manifest", line, column: nul - before.lastIndexOf("\n") };
  }
  return { ok: true, text };
}
function lineOf(bytes, offset) {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
function firstInvalidUtf8(bytes) {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 128 ? 1 : b >= 194 && b < 224 ? 2 : b >= 224 && b < 240 ? 3 : b >= 240 && b < 245 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 192) !== 128) return i;
    i += length;
  }
  return 0;
}

// src/workspace/listed-file.ts
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from "node:fs";
var MAX_FILE_BYTES = 16 * 1024 * 1024;
function cannotRead(error, what = "the file") {
  const code = error?.code;
  return `${what} cannot be read (${code === void 0 ? "an input/output error" : `${code}${IO_WORDS[code] === void 0 ? "" : `: ${IO_WORDS[code]}`}`})`;
}
var IO_WORDS = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "it is a folder",
  EIO: "input/output error",
  ENOENT: "it no longer exists"
};
function readWhole(absolutePath, path) {
  try {
    return decodeText(readFileSync(absolutePath), encodingsOf(path));
  } catch (error) {
    return { ok: false, message: cannotRead(error), line: 1, column: 1 };
  }
}
var sizeLimitMessage = (size) => `file is ${(size / 1048576).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1048576} MiB limit; not read`;
var ListedFile = class {
  constructor(path, absolutePath) {
    this.path = path;
    this.absolutePath = absolutePath;
  }
  path;
  absolutePath;
  knownSize;
  get size() {
    return this.knownSize ??= sizeOf(this.absolutePath);
  }
};
var listedFile = (path, absolutePath) => new ListedFile(path, absolutePath);
function sizeOf(absolutePath) {
  try {
    return statSync(absolutePath).size;
  } catch {
    return 0;
  }
}
function readOpen(fd, size) {
  if (size === 0) return readFileSync(fd);
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, bytes, filled, size - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled < size ? bytes.subarray(0, filled) : bytes;
}
var READ_BUFFER_BYTES = 64 * 1024;
var readBuffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
function readListed(file) {
  let fd;
  try {
    fd = openSync(file.absolutePath, "r");
    const read = readSync(fd, readBuffer, 0, READ_BUFFER_BYTES, 0);
    if (read < READ_BUFFER_BYTES) return decodeText(readBuffer.subarray(0, read), encodingsOf(file.path));
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) return { ok: false, message: sizeLimitMessage(size), line: 1, column: 1 };
    return decodeText(readOpen(fd, size), encodingsOf(file.path));
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
var byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

// src/workspace/workspace.ts
import { lstatSync, readdirSync, realpathSync as realpathSync2, statSync as statSync3 } from "node:fs";
import { dirname, isAbsolute, relative as relative2, resolve, sep as sep3 } from "node:path";

// src/workspace/links.ts
import { realpathSync, statSync as statSync2 } from "node:fs";
import { relative, sep } from "node:path";
function resolvesInside(realRoot, absolute) {
  try {
    const real = realpathSync(absolute);
    return real === realRoot || real.startsWith(realRoot + sep);
  } catch {
    return false;
  }
}
var FoldersInside = class {
  constructor(root, realRoot) {
    this.root = root;
    this.realRoot = realRoot;
  }
  root;
  realRoot;
  known = /* @__PURE__ */ new Map();
  inside(folder) {
    let inside = this.known.get(folder);
    if (inside === void 0) {
      inside = folder === this.root || resolvesInside(this.realRoot, folder);
      this.known.set(folder, inside);
    }
    return inside;
  }
};
function unfollowedLink(root, absolute) {
  const path = relative(root, absolute).split(sep).join("/");
  let target;
  try {
    target = statSync2(absolute).isDirectory() ? "folder" : "file";
  } catch {
    target = "nothing";
  }
  const reason = target === "nothing" ? "symbolic link does not resolve (a missing target or a loop); not followed" : `symbolic link to a ${target} outside the scanned folder; not followed`;
  return { path, target, reason };
}

// src/workspace/path-forms.ts
import { sep as sep2 } from "node:path";
var plainName = (name) => /^[\x20-\x7e]+$/.test(name) && !/[~:]/.test(name) && !/[. ]$/.test(name);
var isListingPath = (path) => sep2 === "/" && path !== "" && !path.startsWith("/") && !path.startsWith("..") && !LISTING_PATH_BREAKS.test(path);
var LISTING_PATH_BREAKS = /\/\/|(?:^|\/)\.\.?(?:\/|$)|\/$/;

// src/workspace/weight-bounded-cache.ts
var WeightBoundedCache = class {
  constructor(budget) {
    this.budget = budget;
  }
  budget;
  /** Least recently used first. */
  entries = /* @__PURE__ */ new Map();
  total = 0;
  /** The value, now the most recently used; undefined if it is not held. */
  get(key) {
    const entry = this.entries.get(key);
    if (entry === void 0) return void 0;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }
  has(key) {
    return this.entries.has(key);
  }
  /** Holds a value as the most recently used (replacing one held under its key). */
  add(key, value, weight2) {
    this.take(key);
    this.entries.set(key, { value, weight: weight2 });
    this.total += weight2;
  }
  /** The value, handed out and no longer held; undefined if it is not held. */
  take(key) {
    const entry = this.entries.get(key);
    if (entry === void 0) return void 0;
    this.entries.delete(key);
    this.total -= entry.weight;
    return entry.value;
  }
  /** Drops the least recently used values until the weight held is within the budget, never the one of `keep`. */
  trim(keep) {
    for (const [key, entry] of this.entries) {
      if (this.total <= this.budget || key === keep) return;
      this.entries.delete(key);
      this.total -= entry.weight;
    }
  }
  clear() {
    this.entries.clear();
    this.total = 0;
  }
};

// src/workspace/text-store.ts
var TEXT_CACHE_CHARACTERS = 4 * 1024 * 1024;
var CLAIM_TEXT_CHARACTERS = TEXT_CACHE_CHARACTERS / 2;
var SMALL_TEXT_LENGTH = 4096;
var SMALL_TEXT_CHARACTERS = 1024 * 1024;
var weight = (result) => result.ok ? result.text.length : result.message.length;
var TextStore = class {
  constructor(load) {
    this.load = load;
  }
  load;
  /** Texts read, holding at most TEXT_CACHE_CHARACTERS characters of text. */
  cache = new WeightBoundedCache(TEXT_CACHE_CHARACTERS);
  /**
   * Texts the scan's claim kept for their readers (`keep`), until a reader asks: apart from the cache, so
   * that the texts read in between (6 MiB of ARM templates before the Kubernetes files) do not push them out.
   */
  kept = /* @__PURE__ */ new Map();
  /** Characters of the texts the claim kept, within CLAIM_TEXT_CHARACTERS. */
  keptCharacters = 0;
  /** Characters of the small texts kept once that budget was spent, within SMALL_TEXT_CHARACTERS. */
  smallCharacters = 0;
  /**
   * Files the scan's claim read whole (no longer than its head) whose text decodes and holds no word of
   * what the policy reads: the prefilter needs no read of them (scan/prefilter.ts).
   */
  quiet = /* @__PURE__ */ new Set();
  /**
   * Files whose head, as the scan's claim decoded it, holds a word of what the policy reads: their whole
   * text holds it too, so the prefilter needs no read of them either.
   */
  wordy = /* @__PURE__ */ new Set();
  /** What the claim's whole read of a file found of a local link's word (`noteLocalLinks`). */
  localLinks = /* @__PURE__ */ new Map();
  /** How many texts were read from files rather than the cache (the scan's tests count second reads). */
  loads = 0;
  /** How many of them the scan's claim read and kept for their readers (`keep`). */
  keeps = 0;
  /** A file's text, from the cache, the claim's kept texts or the file; kept in the cache. */
  read(path) {
    const cached = this.cache.get(path);
    if (cached) return cached;
    const result = this.takeKept(path) ?? this.loaded(path);
    this.cache.add(path, result, weight(result));
    this.cache.trim(path);
    return result;
  }
  /** A file's text handed out of the cache and dropped from it, or read and not kept (`Workspace.takeText`). */
  take(path) {
    return this.cache.take(path) ?? this.takeKept(path) ?? this.loaded(path);
  }
  /** Whether the claim may still keep a text for its reader (`keep`): its budget is not spent. */
  get keepsTexts() {
    return this.keptCharacters < CLAIM_TEXT_CHARACTERS;
  }
  /**
   * A text the scan's claim read whole (its one read of the file took it in) and that its reader will read:
   * kept for it instead of read from the file again, within CLAIM_TEXT_CHARACTERS (a text may pass it by one
   * read, 64 KiB), or SMALL_TEXT_CHARACTERS for a small text. Counted as a load: it was read from its file, once.
   */
  keep(path, text) {
    if (!text.ok || this.cache.has(path) || this.kept.has(path)) return;
    const { length } = text.text;
    if (this.keepsTexts) this.keptCharacters += length;
    else if (length <= SMALL_TEXT_LENGTH && this.smallCharacters + length <= SMALL_TEXT_CHARACTERS) this.smallCharacters += length;
    else return;
    this.loads++;
    this.keeps++;
    this.kept.set(path, text);
  }
  /** Notes a file the scan read whole whose text decodes and holds no policy word (`isQuiet`). */
  noteQuiet(path) {
    this.quiet.add(path);
  }
  /** Whether the scan found the file's whole text to decode and hold no policy word. */
  isQuiet(path) {
    return this.quiet.has(path);
  }
  /** Notes a file whose head the claim found to hold a policy word (`holdsPolicyWords`). */
  notePolicyWords(path) {
    this.wordy.add(path);
  }
  /** Whether the claim found a policy word in the file's head (so in its whole text). */
  holdsPolicyWords(path) {
    return this.wordy.has(path);
  }
  /** Notes whether the file's whole text, read by the scan's claim, holds LOCAL_LINK_WORD (readers/policy-content.ts). */
  noteLocalLinks(path, holds) {
    this.localLinks.set(path, holds);
  }
  /** Whether the claim found the file's whole text to hold LOCAL_LINK_WORD; undefined when it did not read it whole. */
  holdsLocalLinks(path) {
    return this.localLinks.get(path);
  }
  /** The quiet and wordy files another thread's claim found, in place of what was noted of earlier files. */
  adoptClaimedWords(quiet, wordy) {
    this.quiet.clear();
    this.wordy.clear();
    for (const path of quiet) this.quiet.add(path);
    for (const path of wordy) this.wordy.add(path);
  }
  /** Drops every text held: the scan calls it once the units are read (nothing reads them again). */
  release() {
    this.cache.clear();
    this.kept.clear();
    this.quiet.clear();
    this.wordy.clear();
    this.localLinks.clear();
  }
  loaded(path) {
    this.loads++;
    return this.load(path);
  }
  /** A kept text, handed out once (a reader that reads it again finds it in the cache). */
  takeKept(path) {
    const kept = this.kept.get(path);
    if (kept !== void 0) this.kept.delete(path);
    return kept;
  }
};

// src/workspace/workspace.ts
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules", ".terraform", ".venv", "dist", "bin", "obj"]);
var Workspace = class {
  root;
  realRoot;
  /** The texts read, and those the scan's claim kept for their readers. */
  texts = new TextStore((path) => this.load(path));
  links = /* @__PURE__ */ new Map();
  /** Folders `list` could not read (root-relative), and why: the scan fails the run for them, never skips them in silence. */
  unreadableFolders = [];
  /** Files `list` found, so that reading one needs no second `lstat`. */
  listed = /* @__PURE__ */ new Map();
  /** The files each folder `list` walked holds directly (root-relative, '' for the root): no second walk of it. */
  walked = /* @__PURE__ */ new Map();
  /** Walked folders another thread listed (`adoptFolders`): their subfolders are not known here. */
  adopted = /* @__PURE__ */ new Set();
  /** The lower-case paths of a walked folder's files, made when a file is looked for there and missing. */
  lowerCaseNames = /* @__PURE__ */ new WeakMap();
  /** Whether a folder (`link/mod`, through a link to a folder outside) is inside the root. */
  folders;
  constructor(root) {
    this.root = resolve(root);
    this.realRoot = realpathSync2(this.root);
    this.folders = new FoldersInside(this.root, this.realRoot);
  }
  /** Every regular file below the root (or the given files/folders), sorted, skipping vendored folders. */
  list(paths = [this.root]) {
    const found = /* @__PURE__ */ new Map();
    for (const start of paths) {
      const absolute = resolve(this.root, start);
      const file = this.file(absolute);
      if (file) found.set(file.path, file);
      else if (this.folders.inside(absolute)) this.walk(absolute, found);
    }
    for (const [path, file] of found) this.listed.set(path, file);
    return [...found.values()].sort(byPath);
  }
  /** Files another thread listed (a scan worker's): read as listed here, no second `lstat`, with that thread's claim's notes. */
  adopt(files, notes = {}) {
    this.texts.adoptClaimedWords(notes.quiet ?? [], notes.wordy ?? []);
    return files.map(({ path, absolutePath }) => {
      const file = this.listed.get(path) ?? listedFile(path, absolutePath);
      this.listed.set(path, file);
      return file;
    });
  }
  /** The files directly in a folder (root-relative, '' or '.' for the root), as `list` found them when it walked it; undefined when no listing walked it (ask the file system then). */
  listedIn(folder) {
    return this.walked.get(folder === "." ? "" : folder.replace(/\/$/, ""));
  }
  /**
   * Folders another thread's listing walked (a worker thread of the scan), each holding exactly the given
   * files that are directly in it: answered from them as if this workspace had walked them.
   */
  adoptFolders(folders, files) {
    for (const folder of folders) {
      const prefix = folder === "" ? "" : `${folder}/`;
      this.walked.set(folder, files.filter((file) => file.path.startsWith(prefix) && !file.path.slice(prefix.length).includes("/")));
      this.adopted.add(folder);
    }
  }
  /** Whether this workspace's own listing walked a folder (root-relative, '' for the root), and so its subfolders. */
  walkedBelow(folder) {
    return this.walked.has(folder) && !this.adopted.has(folder);
  }
  /** Symbolic links met by `list` that lead outside the root or nowhere: they are not followed. */
  get unfollowedLinks() {
    return [...this.links.values()];
  }
  /**
   * The workspace file at a path relative to the root, if it exists inside the workspace. In a folder the
   * listing walked, answered from the listing (readers look for a `main.bicep` beside every `main.json`:
   * one `lstat` each, mostly of nothing).
   */
  get(path) {
    if (isListingPath(path)) {
      const listed2 = this.inListing(path);
      return listed2 === void 0 ? this.file(this.root.endsWith(sep3) ? `${this.root}${path}` : `${this.root}${sep3}${path}`) : listed2 ?? void 0;
    }
    const absolute = resolve(this.root, path);
    const listed = this.fromListing(absolute);
    return listed === void 0 ? this.file(absolute) : listed ?? void 0;
  }
  /**
   * A file as its folder's listing found it, null when the listing shows it is not a workspace file, undefined when it
   * cannot say (a folder not walked, or a name a case- or normalization-insensitive file system may spell otherwise).
   */
  fromListing(absolute) {
    const rel = relative2(this.root, absolute);
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return void 0;
    return this.inListing(rel.split(sep3).join("/"));
  }
  /** `fromListing` of a root-relative path written with `/` (no empty, `.` or `..` segment). */
  inListing(path) {
    const slash = path.lastIndexOf("/");
    const folder = this.walked.get(slash < 0 ? "" : path.slice(0, slash));
    if (folder === void 0) return void 0;
    const found = this.listed.get(path);
    if (found !== void 0) return found;
    if (!plainName(slash < 0 ? path : path.slice(slash + 1))) return void 0;
    const lowerCase = path.toLowerCase();
    if (folder.length <= FEW_FILES) return folder.some((file) => file.path.toLowerCase() === lowerCase) ? void 0 : null;
    let spellings = this.lowerCaseNames.get(folder);
    if (spellings === void 0) {
      spellings = new Set(folder.map((file) => file.path.toLowerCase()));
      this.lowerCaseNames.set(folder, spellings);
    }
    return spellings.has(lowerCase) ? void 0 : null;
  }
  /** Resolves `target` relative to the folder of `fromFile` (both workspace-relative). */
  resolveFrom(fromFile, target) {
    if (isAbsolute(target)) return void 0;
    const absolute = resolve(this.root, fromFile, "..", target);
    const rel = relative2(this.root, absolute);
    if (rel.startsWith("..") || isAbsolute(rel)) return void 0;
    return rel.split(sep3).join("/");
  }
  /** Text of a workspace file: UTF-8 (a BOM is dropped), size-limited, never binary. Cached. */
  readText(path) {
    return this.texts.read(path);
  }
  /**
   * Text of a file its reader reads once and keeps nothing of (an ARM template), handed out of the cache and
   * dropped from it, or read and not kept: the cache held 4 Mi characters no one asked for again (large ARM trees).
   */
  takeText(path) {
    return this.texts.take(path);
  }
  /** How many texts were read from files rather than the cache (tests count second reads). */
  get textsLoaded() {
    return this.texts.loads;
  }
  /** How many of them the scan's claim read and kept for their readers (`keepText`). */
  get textsKept() {
    return this.texts.keeps;
  }
  /** Whether the claim may still keep a text for its reader (`keepText`): its budget is not spent. */
  get keepsTexts() {
    return this.texts.keepsTexts;
  }
  /** Keeps a text the scan's claim read whole for its reader (TextStore.keep). */
  keepText(path, text) {
    this.texts.keep(path, text);
  }
  /** Drops every kept text: the scan calls it once the units are read (nothing reads them again). */
  releaseTexts() {
    this.texts.release();
  }
  /** Notes a file the scan read whole whose text decodes and holds no policy word (`isQuiet`). */
  noteQuiet(path) {
    this.texts.noteQuiet(path);
  }
  /** Whether the scan found the file's whole text to decode and hold no policy word (no need to read it for that). */
  isQuiet(path) {
    return this.texts.isQuiet(path);
  }
  /** What the scan's claim found of local links (TextStore.noteLocalLinks, for `units()`) and policy words (for the prefilter). */
  get claimNotes() {
    return this.texts;
  }
  /** Drops the listing by folder once the units are read: it would otherwise live through the policy and the report. */
  releaseFolders() {
    this.walked.clear();
  }
  load(path) {
    const listed = this.listed.get(path);
    const text = listed === void 0 ? void 0 : readListed(listed);
    if (text !== void 0) return text;
    const file = this.get(path);
    if (!file) return { ok: false, message: "file not found inside the workspace", line: 1, column: 1 };
    if (file.size > MAX_FILE_BYTES) return { ok: false, message: sizeLimitMessage(file.size), line: 1, column: 1 };
    return readWhole(file.absolutePath, path);
  }
  file(absolute) {
    let stats;
    try {
      stats = lstatSync(absolute, { throwIfNoEntry: false });
    } catch {
      return void 0;
    }
    if (stats === void 0) return void 0;
    if (stats.isSymbolicLink()) {
      if (!resolvesInside(this.realRoot, absolute)) return void 0;
      try {
        stats = statSync3(absolute);
      } catch {
        return void 0;
      }
    } else if (!this.folders.inside(dirname(absolute))) return void 0;
    if (!stats.isFile()) return void 0;
    const path = relative2(this.root, absolute).split(sep3).join("/");
    if (path.startsWith("..")) return void 0;
    return { path: path === "" ? absolute.split(sep3).pop() ?? path : path, absolutePath: absolute, size: stats.size };
  }
  walk(directory, found, prefix = this.prefixOf(directory)) {
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      if (prefix !== void 0) this.unreadableFolders.push({ path: prefix.replace(/\/$/, "") || ".", reason: cannotRead(error, "the folder") });
      return;
    }
    const here = [];
    const parent = directory.endsWith(sep3) ? directory : `${directory}${sep3}`;
    for (const entry of entries) {
      const absolute = `${parent}${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) this.walk(absolute, found, prefix === void 0 ? void 0 : `${prefix}${entry.name}/`);
        continue;
      }
      if (entry.isFile() && prefix !== void 0) {
        const path = ownCopy(`${prefix}${entry.name}`);
        const file2 = this.listed.get(path) ?? listedFile(path, absolute);
        found.set(path, file2);
        here.push(file2);
        continue;
      }
      const file = this.file(absolute);
      if (file) {
        found.set(file.path, file);
        here.push(file);
      } else if (entry.isSymbolicLink() && !resolvesInside(this.realRoot, absolute)) {
        const link = unfollowedLink(this.root, absolute);
        this.links.set(link.path, link);
      }
    }
    if (prefix !== void 0) this.walked.set(prefix.slice(0, -1), here.length === 0 ? NO_FILES : here.slice());
  }
  /** The root-relative path of a folder with a trailing '/' ('' for the root), or undefined outside the root. */
  prefixOf(directory) {
    const rel = relative2(this.root, directory);
    if (rel.startsWith("..") || isAbsolute(rel)) return void 0;
    return rel === "" ? "" : `${rel.split(sep3).join("/")}/`;
  }
};
var NO_FILES = [];
var FEW_FILES = 4;

// src/model/match.ts
function match(reference, from, candidate) {
  const target = candidate.identity;
  if (reference.type.toLowerCase() !== target.type.toLowerCase() || otherEnvironment(from, candidate)) return "no";
  if (reference.symbol !== void 0 && reference.symbol === target.symbol) return "yes";
  const subscription = target.subscription ?? knownSubscriptionOf(candidate);
  if (reference.subscription !== void 0 && subscription !== void 0 && reference.subscription.toLowerCase() !== subscription.toLowerCase()) return "no";
  const found = byNameAndGroup(reference, from, candidate);
  return found === "yes" && subscriptionUnevaluated(reference, candidate) ? "unknown" : found;
}
var subscriptionUnevaluated = (reference, candidate) => reference.subscription !== void 0 && candidate.identity.subscription === void 0 && candidate.scope?.subscription.value === void 0 && candidate.scope?.subscription.origin === "unresolved";
function unknownBySubscriptionOnly(reference, from, candidate) {
  return subscriptionUnevaluated(reference, candidate) && byNameAndGroup(reference, from, candidate) === "yes";
}
function byNameAndGroup(reference, from, candidate) {
  const target = candidate.identity;
  const units = sameUnit(from, candidate);
  const relative3 = reference.symbol !== void 0 || reference.resourceGroup === void 0;
  if (relative3 && units === "no") return "no";
  if (reference.name === void 0 || target.name === void 0) return sameGroup(reference, from, candidate, units) === "no" ? "no" : "unknown";
  if (reference.name.toLowerCase() !== target.name.toLowerCase()) return "no";
  return sameGroup(reference, from, candidate, units);
}
function sameUnit(a, b) {
  const [x, y] = [a.unit?.value, b.unit?.value];
  if (x === void 0 || y === void 0) return "unknown";
  if (x.key !== y.key) return "no";
  return differentEnvironments(x, y) ? "no" : "yes";
}
var differentEnvironments = (x, y) => x.environment !== void 0 && y.environment !== void 0 && x.environment !== y.environment;
function otherEnvironment(a, b) {
  const [x, y] = [a.unit?.value, b.unit?.value];
  if (x === void 0 || y === void 0) return false;
  if (KUBERNETES_UNITS.has(x.kind) && KUBERNETES_UNITS.has(y.kind)) return differentEnvironments(x, y);
  if (x.key !== y.key || x.kind !== "terraform-root" && x.kind !== "pulumi-stack") return false;
  return differentEnvironments(x, y);
}
var KUBERNETES_UNITS = /* @__PURE__ */ new Set(["kubernetes-namespace", "kubernetes-cluster"]);
function sameGroup(reference, from, candidate, units) {
  const wanted = reference.resourceGroup;
  const group = candidate.identity.resourceGroup ?? candidate.scope?.resourceGroup.value;
  if (wanted !== void 0 && group !== void 0) return sameGroupName(wanted, group);
  if (wanted === void 0 && reference.inDeploymentGroup === true) {
    return group !== void 0 || candidate.scope?.resourceGroup.origin === "unresolved" ? "unknown" : "yes";
  }
  if (wanted === void 0) return units === "yes" && heldInDeploymentGroup(from) && inOtherGroup(candidate) ? "unknown" : "yes";
  if (candidate.scope?.resourceGroup.origin === "unresolved") return "unknown";
  if (units !== "yes") return "yes";
  const inNamedGroup = from.scope?.resourceGroup.value !== void 0;
  const besideIt = from.declaredAt !== void 0 && from.declaredAt.file === candidate.declaredAt?.file;
  return inNamedGroup || besideIt ? "unknown" : "yes";
}
var heldInDeploymentGroup = (from) => from.unit?.value?.kind === "template-deployment" && from.scope?.resourceGroup.origin === "absent";
var inOtherGroup = (candidate) => candidate.identity.resourceGroup !== void 0 || candidate.scope !== void 0 && candidate.scope.resourceGroup.origin !== "absent";
function whyUnknown(reference, from, candidate, holder = "the assignment", kind = "VM") {
  if (candidate.identity.name === void 0 && reference.name !== void 0) {
    return `its name could not be evaluated, so ${holder}'s '${reference.name}' may name it`;
  }
  if (reference.inDeploymentGroup === true && reference.name !== void 0) return inDeploymentGroupReason(reference.name, candidate, holder, kind);
  if (reference.name === void 0) return "the target resource is named by a value that could not be evaluated";
  if (reference.resourceGroup === void 0) return besideANamedGroup(reference.name, candidate, holder, kind);
  const named = `'${reference.resourceGroup}/${reference.name}'`;
  if (candidate.scope?.resourceGroup.origin === "unresolved") {
    return `it names ${named}, and the ${kind}'s resource group could not be evaluated`;
  }
  const subscription = candidate.scope?.subscription;
  if (reference.subscription !== void 0 && subscription?.origin === "unresolved") {
    return `it names subscription '${reference.subscription}', and the ${kind}'s subscription could not be evaluated (${subscription.reason ?? "unresolved"})`;
  }
  const group = from.scope?.resourceGroup.value;
  const held = group === void 0 ? holder : `${holder} is deployed into resource group '${group}' and`;
  return `${held} names ${named}, while the ${kind} is in the group its deployment is run against: the same ${kind} only if that group is '${reference.resourceGroup}'`;
}
function sameGroupName(a, b) {
  const [x, y] = [a.includes("${"), b.includes("${")];
  if (x !== y) return "unknown";
  if (x) return a === b ? "yes" : "no";
  return a.toLowerCase() === b.toLowerCase() ? "yes" : "no";
}
function besideANamedGroup(name, candidate, holder, kind) {
  const lead = `${holder} is deployed into the group its deployment is run against and names '${name}' there`;
  const group = candidate.identity.resourceGroup ?? candidate.scope?.resourceGroup.value;
  if (group === void 0) {
    const reason = candidate.scope?.resourceGroup.reason ?? "unresolved";
    return `${lead}, while the ${kind}'s resource group could not be evaluated (${reason}): the same ${kind} only if the two are one`;
  }
  return `${lead}, while the ${kind} is deployed into resource group '${group}': the same ${kind} only if the deployment is run against '${group}'`;
}
function inDeploymentGroupReason(name, candidate, holder, noun) {
  const group = candidate.identity.resourceGroup ?? candidate.scope?.resourceGroup.value;
  const named = `${holder} names the '${name}' of the resource group the deployment is run against, not of the group its nested deployment puts it in`;
  if (group === void 0) return `${named}, and the ${noun}'s resource group could not be evaluated`;
  return `${named}, and the ${noun} is in resource group '${group}': the same ${noun} only if the deployment is run against '${group}'`;
}
function sameSubscription(a, b) {
  const [x, y] = [a.scope?.subscription, b.scope?.subscription];
  const named = (subscription) => subscription !== void 0 && subscription.origin !== "absent";
  const [p, q] = [knownSubscriptionOf(a), knownSubscriptionOf(b)];
  const differ = p !== void 0 && q !== void 0 && p.toLowerCase() !== q.toLowerCase();
  if (!named(x) && !named(y)) return differ ? "no" : "yes";
  const handle = a.scope?.subscriptionHandle;
  if (handle !== void 0 && handle === b.scope?.subscriptionHandle) return "yes";
  if (p === void 0 || q === void 0) return "unknown";
  return differ ? "no" : "yes";
}
function knownSubscriptionOf(placed) {
  const subscription = placed.scope?.subscription;
  return subscription === void 0 || subscription.origin === "absent" ? placed.scope?.runsAgainst : subscription.value;
}

// src/model/identity.ts
var VM_TYPE = "Microsoft.Compute/virtualMachines";
var VMSS_TYPE = "Microsoft.Compute/virtualMachineScaleSets";
var ARC_MACHINE_TYPE = "Microsoft.HybridCompute/machines";
var ARC_LICENSE_PROFILE_TYPE = "Microsoft.HybridCompute/machines/licenseProfiles";
var MAINTENANCE_CONFIGURATION_TYPE = "Microsoft.Maintenance/maintenanceConfigurations";
var MAINTENANCE_ASSIGNMENT_TYPE = "Microsoft.Maintenance/configurationAssignments";
function parseResourceId(id) {
  const parts = idSegments(id);
  return identityOfSegments(parts, lastProvidersSegment(parts));
}
function idSegments(id) {
  const parts = id.split("/");
  if (parts[0] === "" && !parts.includes("", 1)) {
    parts.shift();
    return parts;
  }
  return parts.filter((part) => part !== "");
}
function lastProvidersSegment(parts) {
  for (let i = parts.length - 1; i >= 0; i--) if (isSegment(parts[i], "providers")) return i;
  return -1;
}
var isSegment = (part, lowerCase) => part.length === lowerCase.length && part.toLowerCase() === lowerCase;
function identityOfSegments(parts, providers) {
  if (providers < 0 || providers + 3 > parts.length) return void 0;
  let type = parts[providers + 1];
  let name;
  for (let i = providers + 2; i < parts.length; i += 2) {
    type = `${type}/${parts[i]}`;
    name = parts[i + 1];
  }
  let rgIndex = -1;
  for (let i = 0; i < parts.length && rgIndex < 0; i++) if (isSegment(parts[i], "resourcegroups")) rgIndex = i;
  const resourceGroup = rgIndex >= 0 && rgIndex < providers ? parts[rgIndex + 1] : void 0;
  const kept = name === void 0 || isPlaceholder(name) ? void 0 : keptText(name);
  const group = resourceGroup !== void 0 && !isPlaceholder(resourceGroup) ? keptText(resourceGroup) : void 0;
  const subscription = subscriptionOf(parts, providers);
  if (subscription !== void 0) {
    return group === void 0 ? { type: intern(type), name: kept, subscription } : { type: intern(type), name: kept, resourceGroup: group, subscription };
  }
  if (kept !== void 0) return sharedIdentity(intern(type), kept, group);
  return group !== void 0 ? { type: intern(type), name: kept, resourceGroup: group } : { type: intern(type), name: kept };
}
function subscriptionOf(parts, providers) {
  const subscription = isSegment(parts[0] ?? "", "subscriptions") && providers > 1 ? parts[1] : void 0;
  return subscription === void 0 || isPlaceholder(subscription) ? void 0 : keptText(subscription);
}
var MAX_IDENTITIES = 8192;
var identities = /* @__PURE__ */ new Map();
function sharedIdentity(type, name, resourceGroup) {
  const key = resourceGroup === void 0 ? `a${type.length}:${type}${name}` : `b${type.length}:${type}${name.length}:${name}${resourceGroup}`;
  const known = identities.get(key);
  if (known !== void 0) return known;
  if (identities.size >= MAX_IDENTITIES) identities.clear();
  const identity = resourceGroup === void 0 ? { type, name } : { type, name, resourceGroup };
  identities.set(key, identity);
  return identity;
}
function releaseSharedIdentities() {
  identities.clear();
}
var isPlaceholder = (segment) => segment.startsWith("{") || segment.includes("[");
function identityKey(identity, unitFolder2 = "") {
  const handle = identity.name ?? identity.symbol ?? "?";
  const key = `${intern(identity.type.toLowerCase())}/${handle.toLowerCase()}`;
  return unitFolder2 === "" ? key : `${unitFolder2}:${key}`;
}
function unitFolder(resource, base = "") {
  const file = resource.unit?.location.file;
  if (file === void 0) return "";
  const folder = file.slice(0, Math.max(file.lastIndexOf("/"), 0));
  return base === "" ? folder : folder === "" ? base : `${base}/${folder}`;
}
function sameResource(a, b) {
  return match(a, {}, { identity: b });
}

export {
  intern,
  ownCopy,
  keptText,
  sharedText,
  exactLength,
  sharedStrings,
  sharedStringMap,
  FoldersInside,
  encodingsOf,
  decodeText,
  decodeHead,
  MAX_FILE_BYTES,
  cannotRead,
  sizeLimitMessage,
  byPath,
  WeightBoundedCache,
  Workspace,
  match,
  unknownBySubscriptionOnly,
  sameUnit,
  otherEnvironment,
  whyUnknown,
  sameSubscription,
  VM_TYPE,
  VMSS_TYPE,
  ARC_MACHINE_TYPE,
  ARC_LICENSE_PROFILE_TYPE,
  MAINTENANCE_CONFIGURATION_TYPE,
  MAINTENANCE_ASSIGNMENT_TYPE,
  parseResourceId,
  idSegments,
  lastProvidersSegment,
  identityOfSegments,
  sharedIdentity,
  releaseSharedIdentities,
  identityKey,
  unitFolder,
  sameResource
};

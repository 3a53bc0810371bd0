import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ARC_LICENSE_PROFILE_TYPE,
  ARC_MACHINE_TYPE,
  LineIndex,
  MAINTENANCE_ASSIGNMENT_TYPE,
  MAINTENANCE_CONFIGURATION_TYPE,
  MAX_FILE_BYTES,
  VMSS_TYPE,
  VM_TYPE,
  byPath,
  child,
  findMarkedComments,
  intern,
  isMap,
  isSeq,
  keptText,
  nodeAt,
  ownCopy,
  parseResourceId,
  parseYaml,
  scalarText
} from "./chunk-5WBQY4V7.js";
import {
  getErrorMessage
} from "./chunk-KOMI2SY3.js";

// src/readers/limits.ts
var DEFAULT_LIMITS = { instances: 1e4, steps: 2e6 };
function limitsOf(configured) {
  return {
    instances: configured?.instances ?? DEFAULT_LIMITS.instances,
    steps: configured?.steps ?? DEFAULT_LIMITS.steps
  };
}
function instanceBudgetMessage(what, total, factors, limits) {
  const product = factors.length > 1 ? ` (${factors.join(" \xD7 ")} through nested loops)` : "";
  return `${what} would expand to ${total} instances${product}, over the instance budget of ${limits.instances} per declaration (raise limits.instances in the configuration to evaluate it)`;
}
function stepBudgetMessage(unit, limits) {
  return `${unit} took more than the step budget of ${limits.steps} evaluation steps; values past it are unknown (raise limits.evaluation-steps in the configuration to evaluate it)`;
}

// src/readers/arm/expressions/values.ts
var Unresolved = class {
  constructor(reason, pattern, allowed) {
    this.reason = reason;
    this.pattern = pattern;
    this.allowed = allowed;
  }
  reason;
  pattern;
  allowed;
};
var MAX_VALUE_DEPTH = 512;
var MAX_TEXT_LENGTH = 1048576;
var MAX_ARRAY_LENGTH = 1e5;
var tooLong = (what) => new Unresolved(`${what} longer than ${what === "string" ? MAX_TEXT_LENGTH : MAX_ARRAY_LENGTH} is not evaluated`);
var isUnresolved = (value) => value instanceof Unresolved;
var isArmObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Unresolved);
var isArmArray = (value) => Array.isArray(value);
var derived = (value) => value.pattern === void 0 ? value : new Unresolved(value.reason);
function createArmObject(entries2) {
  const object = emptyArmObject();
  for (const [key2, value] of entries2) setArmMember(object, key2, value);
  return object;
}
var emptyArmObject = () => /* @__PURE__ */ Object.create(null);
function setArmMember(object, key2, value) {
  const existing = findKey(object, key2);
  if (existing !== void 0) delete object[existing];
  object[key2] = value;
}
function findKey(object, name) {
  if (Object.hasOwn(object, name)) return name;
  const lower = name.toLowerCase();
  const ascii = isAscii(lower);
  let found;
  for (const key2 in object) {
    if (ascii && key2.length !== lower.length) continue;
    if (Object.hasOwn(object, key2) && sameIgnoringCase(key2, lower)) found = key2;
  }
  return found;
}
function isAscii(text2) {
  for (let i = 0; i < text2.length; i++) if (text2.charCodeAt(i) >= 128) return false;
  return true;
}
var NON_ASCII = /[^\p{ASCII}]/u;
function sameIgnoringCase(key2, lower) {
  if (key2.length !== lower.length) return NON_ASCII.test(key2) && key2.toLowerCase() === lower;
  for (let i = 0; i < key2.length; i++) {
    let code = key2.charCodeAt(i);
    if (code >= 128) return key2.toLowerCase() === lower;
    if (code >= 65 && code <= 90) code += 32;
    if (code !== lower.charCodeAt(i)) return false;
  }
  return true;
}
function getMember(object, name) {
  const key2 = findKey(object, name);
  return key2 === void 0 ? void 0 : object[key2];
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (value instanceof Unresolved) return "unresolved value";
  if (typeof value === "object") return "object";
  if (typeof value === "number") return "int";
  return typeof value === "boolean" ? "bool" : "string";
}
function findUnresolved(value) {
  const pending = [{ value, depth: 0 }];
  for (let item = pending.pop(); item !== void 0; item = pending.pop()) {
    if (item.value instanceof Unresolved) return derived(item.value);
    if (item.depth > MAX_VALUE_DEPTH) return new Unresolved(`value nested deeper than ${MAX_VALUE_DEPTH} levels`);
    const children = isArmArray(item.value) ? item.value : isArmObject(item.value) ? Object.values(item.value) : [];
    for (const child2 of children) pending.push({ value: child2, depth: item.depth + 1 });
  }
  return void 0;
}
function deepEquals(a, b, depth = 0) {
  if (a instanceof Unresolved) return derived(a);
  if (b instanceof Unresolved) return derived(b);
  if (depth > MAX_VALUE_DEPTH) return new Unresolved(`value nested deeper than ${MAX_VALUE_DEPTH} levels`);
  if (isArmArray(a) || isArmArray(b)) {
    if (!isArmArray(a) || !isArmArray(b) || a.length !== b.length) return false;
    return allEqual(a.map((item, i) => [item, b[i]]), depth);
  }
  if (isArmObject(a) || isArmObject(b)) {
    if (!isArmObject(a) || !isArmObject(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    const pairs = [];
    for (const key2 of keys) {
      const other = getMember(b, key2);
      if (other === void 0) return false;
      pairs.push([a[key2], other]);
    }
    return allEqual(pairs, depth);
  }
  return a === b;
}
function allEqual(pairs, depth) {
  let pending;
  for (const [left, right] of pairs) {
    const equal = deepEquals(left, right, depth + 1);
    if (equal === false) return false;
    if (equal instanceof Unresolved) pending ??= equal;
  }
  return pending ?? true;
}

// src/readers/arm/json/json-value.ts
var isJsonObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function jsonMember(object, name) {
  if (!isJsonObject(object)) return void 0;
  const key2 = findKey(object, name);
  return key2 === void 0 ? void 0 : { key: key2, value: object[key2] };
}
function jsonObjectMember(object, name) {
  const member3 = jsonMember(object, name)?.value;
  return isJsonObject(member3) ? member3 : void 0;
}

// src/readers/arm/files/arm-files.ts
var JSON_FILE = /\.json$/i;
var SCHEMA = /"\$schema"\s*:\s*"[^"]*deployment(?:Template|Parameters)/i;
var PARAMETERS_SCHEMA = /"\$schema"\s*:\s*"[^"]*deploymentParameters/i;
var CONTENT_VERSION = /"contentVersion"\s*:/;
var PARAMETERS_KEY = /"parameters"\s*:/;
var PARAMETER_FILE_NAME = /(?:^|\.)parameters(?:\.[^./]+)?\.json$/i;
function claimsArmFile(path, head) {
  if (!JSON_FILE.test(path)) return false;
  const text2 = head();
  return SCHEMA.test(text2) || CONTENT_VERSION.test(text2) || PARAMETER_FILE_NAME.test(fileName(path)) && PARAMETERS_KEY.test(text2);
}
function isParameterFileCandidate(path, text2) {
  return PARAMETER_FILE_NAME.test(fileName(path)) || PARAMETERS_SCHEMA.test(text2.slice(0, HEAD_LENGTH));
}
var HEAD_LENGTH = 4096;
function classifyArmFile(document) {
  const root = document.value;
  if (!isJsonObject(root)) return { kind: "other" };
  const schema = jsonMember(root, "$schema")?.value;
  const resources = jsonMember(root, "resources");
  const hasResources = resources !== void 0 && (Array.isArray(resources.value) || isJsonObject(resources.value));
  const parameters = jsonObjectMember(root, "parameters");
  if (typeof schema === "string" && /deploymentTemplate/i.test(schema)) {
    if (hasResources) return { kind: "template", document };
    const location = document.locate(resources === void 0 ? [] : [resources.key]);
    return { kind: "invalid-template", error: { ...location, message: "expected a `resources` array or object", severity: "error" } };
  }
  if (typeof schema === "string" && /deploymentParameters/i.test(schema)) return { kind: "parameters", document, parameters: parameters ?? {} };
  if (hasResources && jsonMember(root, "contentVersion") !== void 0) return { kind: "template", document };
  if (!hasResources && parameters !== void 0 && PARAMETER_FILE_NAME.test(fileName(document.file))) return { kind: "parameters", document, parameters };
  return { kind: "other" };
}
var fileName = (path) => path.slice(path.lastIndexOf("/") + 1);
var folderOf = (path) => path.slice(0, path.lastIndexOf("/") + 1);

// src/readers/arm/files/parameter-pairing.ts
function pairParameterFiles(templates, parameterFiles) {
  const pairs = new Map(templates.map((template) => [template, []]));
  const templatesByFolder = /* @__PURE__ */ new Map();
  for (const template of templates) templatesByFolder.set(folderOf(template), [...templatesByFolder.get(folderOf(template)) ?? [], template]);
  for (const parameterFile of parameterFiles) {
    const folder = folderOf(parameterFile);
    const candidates = templatesByFolder.get(folder) ?? [];
    const named = templateNameFor(fileName(parameterFile));
    const template = candidates.find((candidate) => fileName(candidate).toLowerCase() === named) ?? (candidates.length === 1 ? candidates[0] : void 0);
    if (template !== void 0) pairs.get(template)?.push(parameterFile);
  }
  return pairs;
}
function templateNameFor(parameterFileName) {
  const match2 = /^(.*?)(?:^|\.)parameters(?:\.[^.]+)?\.json$/i.exec(parameterFileName);
  if (match2 === null) return void 0;
  return match2[1] === "" ? "template.json" : `${match2[1].toLowerCase()}.json`;
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text2, ignoreTrivia = false) {
  const len = text2.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact2) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact2) {
      let ch = text2.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text2.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text2.length && text2.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text2.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text2.length && (text2.charCodeAt(pos) === 69 || text2.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text2.length && text2.charCodeAt(pos) === 43 || text2.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text2.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text2.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text2.charCodeAt(pos);
      if (ch === 34) {
        result += text2.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text2.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text2.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text2.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text2.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text2.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text2.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text2.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text2.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text2.substring(start, pos);
          return token = 12;
        }
        if (text2.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text2.charCodeAt(pos);
            if (ch === 42 && text2.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text2.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text2.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text2.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text2.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text2.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index2) => {
  return " ".repeat(index2);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index2) => {
      return "\n" + " ".repeat(index2);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index2) => {
      return "\r" + " ".repeat(index2);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index2) => {
      return "\r\n" + " ".repeat(index2);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index2) => {
      return "\n" + "	".repeat(index2);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index2) => {
      return "\r" + "	".repeat(index2);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index2) => {
      return "\r\n" + "	".repeat(index2);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text2, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length2) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length: length2, parent: currentParent });
    },
    onObjectEnd: (offset, length2) => {
      ensurePropertyComplete(offset + length2);
      currentParent.length = offset + length2 - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length2);
    },
    onArrayBegin: (offset, length2) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length2) => {
      currentParent.length = offset + length2 - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length2);
    },
    onLiteralValue: (value, offset, length2) => {
      onValue({ type: getNodeType(value), offset, length: length2, parent: currentParent, value });
      ensurePropertyComplete(offset + length2);
    },
    onSeparator: (sep2, offset, length2) => {
      if (currentParent.type === "property") {
        if (sep2 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep2 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length2) => {
      errors.push({ error, offset, length: length2 });
    }
  };
  visit(text2, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text2, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text2, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/readers/shared/json/json-text.ts
var QUOTE = 34;
var BACKSLASH = 92;
var CLOSE_BRACE = 125;
var CLOSE_BRACKET = 93;
var COMMA = 44;
function endOfString(text2, quote) {
  for (let end = text2.indexOf('"', quote + 1); end >= 0; end = text2.indexOf('"', end + 1)) {
    let backslashes = 0;
    while (text2.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
  }
  return text2.length;
}
function endOfLiteral(text2, position) {
  for (; ; ) {
    const code = text2.charCodeAt(position);
    if (Number.isNaN(code) || code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || code <= 32) return position;
    position++;
  }
}
function isKey(text2, quote, name) {
  let position = quote + 1;
  for (let i = 0; i < name.length; i++, position++) {
    const code = text2.charCodeAt(position);
    if (code === BACKSLASH) return keyOf(text2, quote) === name;
    if (code === QUOTE || code !== name.charCodeAt(i)) return false;
  }
  return text2.charCodeAt(position) === QUOTE;
}
function keyOf(text2, quote) {
  return JSON.parse(text2.slice(quote, endOfString(text2, quote) + 1));
}

// src/readers/arm/json/member-index.ts
var MemberIndex = class _MemberIndex {
  constructor(text2, buffers) {
    this.text = text2;
    this.buffers = buffers;
    this.members = buffers.members;
    this.containers = buffers.containers;
  }
  text;
  buffers;
  /** The members of the long arrays indexed by position (a template's `resources`), by container. */
  elements;
  /**
   * The previous walk: its path (a copy: callers may reuse their path array), how many segments
   * matched, and the member after each.
   */
  lastPath = [];
  matched = 0;
  lastMembers = [];
  /** MEMBER_FIELDS numbers per member; member 0 is the root value. */
  members;
  /** CONTAINER_FIELDS numbers per container. */
  containers;
  /**
   * The index of a text, or the offset of the first `{` or `[` that opens a level deeper than `limit`
   * (as `findExcessiveNesting` finds it in a text JSON.parse accepted).
   */
  static of(text2, limit = Infinity) {
    const buffers = pool.pop() ?? { members: new Int32Array(POOLED_MEMBERS * MEMBER_FIELDS), containers: new Int32Array(POOLED_CONTAINERS * CONTAINER_FIELDS) };
    const tooDeep2 = indexMembers(text2, buffers, limit);
    if (tooDeep2 < 0) return new _MemberIndex(text2, buffers);
    pool.push(buffers);
    return { tooDeep: tooDeep2 };
  }
  /**
   * Gives the index's arrays to the next document's pass: indexing every template allocated two large
   * typed arrays each time, whose allocation and release cost more than the pass. The index is not
   * used after this.
   */
  release() {
    const { members, containers } = this.buffers;
    if (pool.length < MAX_POOLED && members.length === POOLED_MEMBERS * MEMBER_FIELDS && containers.length === POOLED_CONTAINERS * CONTAINER_FIELDS) {
      pool.push(this.buffers);
    }
  }
  /** The member a path (its first `length` segments) leads to (0, the root, for the empty path), or the last one found on it. */
  find(path, length2 = path.length) {
    const { lastPath, lastMembers } = this;
    let depth = 0;
    while (depth < length2 && depth < this.matched && path[depth] === lastPath[depth]) depth++;
    let member3 = depth === 0 ? 0 : lastMembers[depth - 1];
    const common2 = depth;
    for (; depth < length2; depth++) {
      const container = this.members[member3 * MEMBER_FIELDS + CHILD];
      if (container < 0) break;
      const found = this.memberOf(container, path[depth]);
      if (found < 0) break;
      member3 = found;
      lastMembers[depth] = member3;
    }
    this.matched = depth;
    for (let i = common2; i < depth; i++) lastPath[i] = path[i];
    return member3;
  }
  /** 1-based line of a member. */
  line(member3) {
    return this.members[member3 * MEMBER_FIELDS + LINE];
  }
  /** 1-based column of a member. */
  column(member3) {
    return this.members[member3 * MEMBER_FIELDS + COLUMN];
  }
  /** The member a segment names in a container: the last of duplicate keys (the value ARM reads), or an index; -1 if none. */
  memberOf(container, segment) {
    const { members, containers, text: text2 } = this;
    const base2 = container * CONTAINER_FIELDS;
    if (containers[base2 + IS_OBJECT] === 1) {
      if (typeof segment !== "string") return -1;
      let found = -1;
      for (let member3 = containers[base2 + FIRST]; member3 >= 0; member3 = members[member3 * MEMBER_FIELDS + NEXT]) {
        if (isKey(text2, members[member3 * MEMBER_FIELDS + OFFSET], segment)) found = member3;
      }
      return found;
    }
    if (typeof segment !== "number" || !Number.isInteger(segment) || segment < 0) return -1;
    if (segment < SHORT_ARRAY) {
      let member3 = containers[base2 + FIRST];
      for (let i = 0; i < segment && member3 >= 0; i++) member3 = members[member3 * MEMBER_FIELDS + NEXT];
      return member3;
    }
    const elements = this.elementsOf(container);
    return segment < elements.length ? elements[segment] : -1;
  }
  elementsOf(container) {
    this.elements ??= /* @__PURE__ */ new Map();
    let elements = this.elements.get(container);
    if (elements === void 0) {
      const { members } = this;
      const first = this.containers[container * CONTAINER_FIELDS + FIRST];
      let count = 0;
      for (let member3 = first; member3 >= 0; member3 = members[member3 * MEMBER_FIELDS + NEXT]) count++;
      elements = new Int32Array(count);
      for (let i = 0, member3 = first; i < count; i++, member3 = members[member3 * MEMBER_FIELDS + NEXT]) elements[i] = member3;
      this.elements.set(container, elements);
    }
    return elements;
  }
};
var SHORT_ARRAY = 8;
var OFFSET = 0;
var LINE = 1;
var COLUMN = 2;
var CHILD = 3;
var NEXT = 4;
var MEMBER_FIELDS = 5;
var IS_OBJECT = 0;
var FIRST = 1;
var CONTAINER_FIELDS = 2;
var pool = [];
var MAX_POOLED = 4;
var POOLED_MEMBERS = 4096;
var POOLED_CONTAINERS = 1024;
var openStack = new Int32Array(64);
var lastStack = new Int32Array(64);
var line = 1;
var lineStart = 0;
function indexMembers(text2, buffers, limit) {
  let { members, containers } = buffers;
  line = 1;
  lineStart = 0;
  let position = skipSpace(text2, 0);
  let code = text2.charCodeAt(position);
  members[OFFSET] = position;
  members[LINE] = line;
  members[COLUMN] = position - lineStart + 1;
  members[CHILD] = -1;
  members[NEXT] = -1;
  if (code !== OPEN_BRACE && code !== OPEN_BRACKET) return -1;
  if (limit < 1) return position;
  members[CHILD] = 0;
  containers[IS_OBJECT] = code === OPEN_BRACE ? 1 : 0;
  containers[FIRST] = -1;
  let memberCount = 1;
  let containerCount = 1;
  let open = 0;
  openStack[0] = 0;
  lastStack[0] = -1;
  position++;
  for (; ; ) {
    position = skipSpace(text2, position);
    code = text2.charCodeAt(position);
    if (code !== CLOSE_BRACE2 && code !== CLOSE_BRACKET2 && position < text2.length) {
      const member3 = memberCount++;
      const at2 = member3 * MEMBER_FIELDS;
      if (at2 + MEMBER_FIELDS > members.length) buffers.members = members = growFor(members, at2, position, text2.length);
      members[at2 + OFFSET] = position;
      members[at2 + LINE] = line;
      members[at2 + COLUMN] = position - lineStart + 1;
      members[at2 + CHILD] = -1;
      members[at2 + NEXT] = -1;
      const base2 = openStack[open] * CONTAINER_FIELDS;
      const previous = lastStack[open];
      if (previous < 0) containers[base2 + FIRST] = member3;
      else members[previous * MEMBER_FIELDS + NEXT] = member3;
      lastStack[open] = member3;
      if (containers[base2 + IS_OBJECT] === 1) {
        position = skipSpace(text2, endOfString(text2, position) + 1);
        position = skipSpace(text2, position + 1);
        code = text2.charCodeAt(position);
      }
      if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        if (++open >= limit) return position;
        members[at2 + CHILD] = containerCount;
        if (open >= openStack.length) {
          openStack = grow(openStack);
          lastStack = grow(lastStack);
        }
        openStack[open] = containerCount;
        lastStack[open] = -1;
        const added = containerCount++ * CONTAINER_FIELDS;
        if (added + CONTAINER_FIELDS > containers.length) buffers.containers = containers = growFor(containers, added, position, text2.length);
        containers[added + IS_OBJECT] = code === OPEN_BRACE ? 1 : 0;
        containers[added + FIRST] = -1;
        position++;
        continue;
      }
      position = code === QUOTE2 ? endOfString(text2, position) + 1 : endOfLiteral(text2, position);
      position = skipSpace(text2, position);
      code = text2.charCodeAt(position);
    }
    while (code === CLOSE_BRACE2 || code === CLOSE_BRACKET2) {
      if (open-- === 0) return -1;
      position = skipSpace(text2, position + 1);
      code = text2.charCodeAt(position);
    }
    if (position >= text2.length) return -1;
    position++;
  }
}
function growFor(array, filled, position, textLength) {
  const expected2 = Math.ceil(filled / Math.max(position, 1) * textLength * 5 / 4);
  const grown = new Int32Array(Math.max(array.length * 2, expected2));
  grown.set(array);
  return grown;
}
function grow(array) {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}
var QUOTE2 = 34;
var OPEN_BRACE = 123;
var OPEN_BRACKET = 91;
var CLOSE_BRACE2 = 125;
var CLOSE_BRACKET2 = 93;
var LF = 10;
var CR = 13;
function skipSpace(text2, position) {
  for (; ; ) {
    const code = text2.charCodeAt(position);
    if (code === 32 || code === 9) position++;
    else if (code === LF || code === CR && text2.charCodeAt(position + 1) !== LF) {
      line++;
      lineStart = ++position;
    } else if (code === CR) position++;
    else return position;
  }
}

// src/readers/shared/json/line-positions.ts
var LinePositions = class {
  constructor(text2) {
    this.text = text2;
    this.starts = [text2.charCodeAt(0) === 65279 ? 1 : 0];
  }
  text;
  /** Line starts found so far, ascending: those of every line break at an offset below `scanned`. */
  starts;
  scanned = 0;
  /** The next `\n` and `\r` found (-1: none left; below the scan position: to be searched again). */
  nextLineFeed = -2;
  nextReturn = -2;
  /** Position of a zero-based offset; offsets past the end are clamped to it. */
  at(offset) {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    if (clamped > this.scanned) this.scanTo(clamped);
    const line2 = this.lineOf(clamped);
    return { line: line2 + 1, column: Math.max(clamped - this.starts[line2], 0) + 1 };
  }
  /** Records the line start of every break below `offset` (so every line start up to `offset`). */
  scanTo(offset) {
    const { text: text2, starts } = this;
    let position = this.scanned;
    for (; ; ) {
      if (this.nextLineFeed !== -1 && this.nextLineFeed < position) this.nextLineFeed = text2.indexOf("\n", position);
      if (this.nextReturn !== -1 && this.nextReturn < position) this.nextReturn = text2.indexOf("\r", position);
      const lineFeed = this.nextLineFeed;
      const carriage = this.nextReturn;
      const isReturn = carriage !== -1 && (lineFeed === -1 || carriage < lineFeed);
      const next = isReturn ? carriage : lineFeed;
      if (next === -1 || next >= offset) {
        this.scanned = offset;
        return;
      }
      if (!isReturn || text2.charCodeAt(next + 1) !== 10) starts.push(next + 1);
      position = next + 1;
    }
  }
  lineOf(offset) {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    if (starts[high] <= offset) return high;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
};

// src/readers/shared/json/nesting.ts
var MAX_JSON_DEPTH = 512;
function findExcessiveNesting(text2, limit = MAX_JSON_DEPTH) {
  if (text2.length <= limit) return -1;
  let depth = 0;
  for (let i = 0; i < text2.length; i++) {
    const code = text2.charCodeAt(i);
    if (code === QUOTE3) {
      i = endOfString(text2, i);
    } else if (code === OPEN_BRACE2 || code === OPEN_BRACKET2) {
      if (++depth > limit) return i;
    } else if (code === CLOSE_BRACE3 || code === CLOSE_BRACKET3) {
      depth--;
    } else if (code === SLASH) {
      i = endOfComment(text2, i);
    }
  }
  return -1;
}
var QUOTE3 = 34;
var SLASH = 47;
var STAR = 42;
var OPEN_BRACE2 = 123;
var OPEN_BRACKET2 = 91;
var CLOSE_BRACE3 = 125;
var CLOSE_BRACKET3 = 93;
function endOfComment(text2, slash) {
  const next = text2.charCodeAt(slash + 1);
  if (next === SLASH) {
    const end = text2.indexOf("\n", slash);
    return end < 0 ? text2.length : end;
  }
  if (next === STAR) {
    const end = text2.indexOf("*/", slash + 2);
    return end < 0 ? text2.length : end + 1;
  }
  return slash;
}

// src/readers/arm/json/multi-line-strings.ts
var QUOTE4 = 34;
var BACKSLASH2 = 92;
var SLASH2 = 47;
var STAR2 = 42;
var LF2 = 10;
var CR2 = 13;
function lineBreaksInStringsAsSpaces(text2) {
  let chars;
  let inString = false;
  for (let i = 0; i < text2.length; i++) {
    const code = text2.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH2) i++;
      else if (code === QUOTE4) inString = false;
      else if (code === LF2 || code === CR2) (chars ??= [...text2])[i] = " ";
    } else if (code === QUOTE4) {
      inString = true;
    } else if (code === SLASH2 && text2.charCodeAt(i + 1) === SLASH2) {
      while (i < text2.length && text2.charCodeAt(i) !== LF2) i++;
    } else if (code === SLASH2 && text2.charCodeAt(i + 1) === STAR2) {
      const end = text2.indexOf("*/", i + 2);
      i = end < 0 ? text2.length : end + 1;
    }
  }
  return chars === void 0 ? text2 : chars.join("");
}

// src/readers/arm/json/json-document.ts
var JsonDocument = class {
  constructor(file, text2, value, tree, index2) {
    this.file = file;
    this.text = text2;
    this.value = value;
    this.tree = tree;
    this.index = index2;
  }
  file;
  text;
  value;
  tree;
  index;
  lines;
  /**
   * The location of each member asked for, by member: one object however many values point there (the
   * copies of a looped resource, the parameter default every resource reads).
   */
  located;
  /**
   * The 1-based position of a path (its first `length` segments): a property's key, or an array element's
   * first character.
   *
   * Positions are found when a value is read, not when the report prints it (issue 18 asked for the
   * latter; measured on the ARM 10,000-file tree, 2026-12-06): 147,402 calls give 145,966 positions, of
   * which the report prints 22,952 lines, but every one of the 10,000 files has a printed position (a VM,
   * a plan, a finding), so the member index is built for each file either way (174 ms of the 195 ms the
   * calls take). What a lazy position could save is the walk and the object of the unprinted ones, ~20 ms
   * and some GC; it would cost keeping each file's index (or a getter-based location, which spreads,
   * `JSON.stringify` and the pool's result codec would drop) alive until the report.
   */
  locate(path, length2 = path.length) {
    if (this.tree !== void 0) {
      const { line: line2, column } = (this.lines ??= new LinePositions(this.text)).at(treeOffset(this.tree, path, length2));
      return { file: this.file, line: line2, column };
    }
    let index2 = this.index;
    if (index2 === void 0) {
      const built = MemberIndex.of(this.text);
      if (!(built instanceof MemberIndex)) return { file: this.file, line: 1, column: 1 };
      this.index = index2 = built;
    }
    const member3 = index2.find(path, length2);
    const located = this.located ??= /* @__PURE__ */ new Map();
    let location = located.get(member3);
    if (location === void 0) {
      location = { file: this.file, line: index2.line(member3), column: index2.column(member3) };
      located.set(member3, location);
    }
    return location;
  }
  /**
   * Says the reader is done asking for new positions: the index's arrays go to the next document (a
   * later `locate` indexes the text again).
   */
  release() {
    this.index?.release();
    this.index = void 0;
  }
};
function treeOffset(tree, path, length2) {
  let node = tree;
  for (let i = 0; i < length2; i++) {
    const next = childAt(node, path[i]);
    if (next === void 0) break;
    node = next;
  }
  return node.offset;
}
function childAt(node, segment) {
  if (node.type === "property") return childAt(node.children?.[1], segment);
  if (node.type === "array") return typeof segment === "number" ? node.children?.[segment] : void 0;
  if (node.type !== "object" || typeof segment !== "string") return void 0;
  return node.children?.findLast((property) => property.children?.[0]?.value === segment);
}
var PARSE_OPTIONS = { disallowComments: false, allowTrailingComma: false, allowEmptyContent: false };
function parseJsonDocument(file, text2) {
  const checkNesting = mayNestTooDeep(text2);
  const value = parsedOrUndefined(text2);
  if (value !== void 0) {
    if (!checkNesting) return { ok: true, document: new JsonDocument(file, text2, value) };
    const index2 = MemberIndex.of(text2, MAX_JSON_DEPTH);
    if (!(index2 instanceof MemberIndex)) return tooDeep(file, text2, index2.tooDeep);
    return { ok: true, document: new JsonDocument(file, text2, value, void 0, index2) };
  }
  const nesting = checkNesting ? findExcessiveNesting(text2, MAX_JSON_DEPTH) : -1;
  if (nesting >= 0) return tooDeep(file, text2, nesting);
  const parsed = parseTolerantly(file, text2, text2);
  if (parsed.ok) return parsed;
  const joined = lineBreaksInStringsAsSpaces(text2);
  if (joined === text2) return parsed;
  const retried = parseTolerantly(file, text2, joined);
  return retried.ok ? retried : parsed;
}
function parsedOrUndefined(text2) {
  try {
    return JSON.parse(text2);
  } catch {
    return void 0;
  }
}
function mayNestTooDeep(text2) {
  if (text2.length <= MAX_JSON_DEPTH) return false;
  let count = 0;
  for (let at2 = text2.indexOf("{"); at2 >= 0 && count <= MAX_JSON_DEPTH; at2 = text2.indexOf("{", at2 + 1)) count++;
  for (let at2 = text2.indexOf("["); at2 >= 0 && count <= MAX_JSON_DEPTH; at2 = text2.indexOf("[", at2 + 1)) count++;
  return count > MAX_JSON_DEPTH;
}
function parseTolerantly(file, text2, parsedText) {
  const errors = [];
  const tree = parseTree2(parsedText, errors, PARSE_OPTIONS);
  const first = errors.sort((a, b) => a.offset - b.offset)[0];
  if (first !== void 0 || tree === void 0) {
    return failure(file, text2, first?.offset ?? 0, `invalid JSON: ${describeError(first, parsedText)}`);
  }
  return { ok: true, document: new JsonDocument(file, text2, treeValue(tree), tree) };
}
var tooDeep = (file, text2, offset) => failure(file, text2, offset, `JSON nested deeper than ${MAX_JSON_DEPTH} levels; not read`);
function failure(file, text2, offset, message) {
  const { line: line2, column } = new LinePositions(text2).at(offset);
  return { ok: false, error: { file, line: line2, column, message, severity: "error" } };
}
var EXPECTATIONS = {
  1: "expected a JSON value",
  2: "expected a valid number",
  3: "expected a property name in double quotes",
  4: "expected a value",
  5: "expected ':' after the property name",
  6: "expected ','",
  7: "expected ',' or '}'",
  8: "expected ',' or ']'",
  9: "expected the end of the file after the top-level value",
  10: "expected a valid comment",
  11: "expected '*/' to close the comment",
  12: "expected a closing double quote for the string",
  13: "expected digits to complete the number",
  14: "expected four hex digits after \\u",
  15: "expected a valid escape sequence",
  16: "expected no control characters inside the string (escape them)"
};
function describeError(error, text2) {
  const expected2 = (error && EXPECTATIONS[error.error]) ?? "expected a JSON value";
  const offset = error?.offset ?? 0;
  if (offset >= text2.length) return `${expected2}, found the end of the file`;
  const found = text2.slice(offset, offset + Math.min(Math.max(error?.length ?? 1, 1), 20));
  return `${expected2}, found '${found}'`;
}
function treeValue(node) {
  switch (node.type) {
    case "object": {
      const object = {};
      for (const property of node.children ?? []) {
        const [key2, value] = property.children ?? [];
        if (key2 && value) Object.defineProperty(object, String(key2.value), { value: treeValue(value), enumerable: true, writable: true, configurable: true });
      }
      return object;
    }
    case "array":
      return (node.children ?? []).map(treeValue);
    default:
      return node.value;
  }
}

// src/readers/arm/expressions/functions/function.ts
function strict(name, arity, body) {
  return (args, env) => {
    const [min, max] = arity;
    if (args.length < min || args.length > max) return wrongArity(name, min, max, args.length);
    const values = [];
    for (const arg of args) {
      const value = arg();
      if (value instanceof Unresolved) return derived(value);
      values.push(value);
    }
    return body(values, env);
  };
}
var wrongArity = (name, min, max, count) => {
  const expected2 = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
  return new Unresolved(`${name}() expects ${expected2} argument${expected2 === "1" ? "" : "s"}, got ${count}`);
};
var mismatch = (name, expected2, value) => new Unresolved(`${name}() expects ${expected2}, got ${value === void 0 ? "nothing" : typeName(value)}`);
var runtimeOnly = (reason) => () => new Unresolved(reason);
var isInteger = (value) => typeof value === "number" && Number.isInteger(value);

// src/readers/arm/expressions/functions/set-operations.ts
function arrayIncludes(items, item) {
  let pending;
  for (const element2 of items) {
    const equal = deepEquals(element2, item);
    if (equal === true) return true;
    if (equal instanceof Unresolved) pending ??= equal;
  }
  return pending ?? false;
}
function mergeObjects(objects, mode, depth = 0) {
  if (depth > MAX_VALUE_DEPTH) return new Unresolved(`value nested deeper than ${MAX_VALUE_DEPTH} levels`);
  const merged = /* @__PURE__ */ new Map();
  for (const object of objects) {
    for (const [key2, value] of Object.entries(object)) {
      const earlier = merged.get(key2.toLowerCase())?.value;
      const replaced = mode === "deep" && isArmObject(earlier) && isArmObject(value) ? mergeObjects([earlier, value], mode, depth + 1) : value;
      merged.set(key2.toLowerCase(), { key: key2, value: replaced });
    }
  }
  return createArmObject([...merged.values()].map(({ key: key2, value }) => [key2, value]));
}
function unionArrays(arrays) {
  const items = [];
  const scalars4 = /* @__PURE__ */ new Set();
  const containers = [];
  for (const item of arrays.flat()) {
    if (item === null || typeof item !== "object") {
      const key2 = `${typeof item}:${String(item)}`;
      if (scalars4.has(key2)) continue;
      scalars4.add(key2);
    } else {
      const seen = arrayIncludes(containers, item);
      if (seen instanceof Unresolved) return seen;
      if (seen) continue;
      containers.push(item);
    }
    items.push(item);
    if (items.length > MAX_ARRAY_LENGTH) return tooLong("array");
  }
  return items;
}
function intersect(values) {
  const [first, ...others] = values;
  if (isArmArray(first) && others.every(isArmArray)) return intersectArrays(first, others);
  if (isArmObject(first) && others.every(isArmObject)) return intersectObjects(first, others);
  return new Unresolved("intersection() expects all objects or all arrays");
}
function intersectArrays(first, others) {
  const kept = [];
  for (const item of first) {
    const shared3 = all(others.map((other) => arrayIncludes(other, item)));
    if (shared3 instanceof Unresolved) return shared3;
    if (shared3 && arrayIncludes(kept, item) === false) kept.push(item);
  }
  return kept;
}
function intersectObjects(first, others) {
  const entries2 = [];
  for (const [key2, value] of Object.entries(first)) {
    const shared3 = all(
      others.map((other) => findKey(other, key2) === void 0 ? false : deepEquals(getMember(other, key2), value))
    );
    if (shared3 instanceof Unresolved) return shared3;
    if (shared3) entries2.push([key2, value]);
  }
  return createArmObject(entries2);
}
function all(results) {
  if (results.includes(false)) return false;
  return results.find((result) => result instanceof Unresolved) ?? true;
}

// src/readers/arm/expressions/functions/collections.ts
var MAX_RANGE = 1e4;
var sequenceFunction = (name, body) => strict(
  name,
  [1, 1],
  ([value]) => typeof value === "string" || isArmArray(value) ? body(value) : mismatch(name, "a string or an array", value)
);
var sliceFunction = (name, part) => strict(name, [2, 2], ([value, count]) => {
  if (!isInteger(count)) return mismatch(name, "an int count", count);
  const n = Math.max(0, count);
  if (typeof value !== "string" && !isArmArray(value)) return mismatch(name, "a string or an array", value);
  return part === "take" ? value.slice(0, n) : value.slice(n);
});
var positionFunction = (name, from) => strict(name, [2, 2], ([container, item = null]) => {
  if (typeof container === "string") {
    if (typeof item !== "string") return mismatch(name, "a string to find", item);
    const [text2, find] = [container.toLowerCase(), item.toLowerCase()];
    return from === "first" ? text2.indexOf(find) : text2.lastIndexOf(find);
  }
  if (!isArmArray(container)) return mismatch(name, "a string or an array", container);
  const indexes = container.map((_, i) => i);
  for (const i of from === "first" ? indexes : indexes.reverse()) {
    const found = arrayIncludes([container[i]], item);
    if (found !== false) return found instanceof Unresolved ? found : i;
  }
  return -1;
});
function contains([container, find = null]) {
  if (isArmArray(container)) return arrayIncludes(container, find);
  if (isArmObject(container)) return typeof find === "string" ? findKey(container, find) !== void 0 : mismatch("contains", "a string key", find);
  if (typeof container !== "string") return mismatch("contains", "an array, an object or a string", container);
  return typeof find === "string" || typeof find === "number" ? container.includes(String(find)) : mismatch("contains", "a string to find", find);
}
function createObject(args) {
  if (args.length % 2 !== 0) return new Unresolved("createObject() expects key/value pairs");
  const entries2 = [];
  for (let i = 0; i < args.length; i += 2) {
    const key2 = args[i]();
    if (key2 instanceof Unresolved) return derived(key2);
    if (typeof key2 !== "string") return mismatch("createObject", "string keys", key2);
    entries2.push([key2, args[i + 1]()]);
  }
  return createArmObject(entries2);
}
function tryGet(args) {
  if (args.length < 2) return wrongArity("tryGet", 2, Infinity, args.length);
  let current = args[0]();
  for (const arg of args.slice(1)) {
    const key2 = arg();
    if (current instanceof Unresolved) return derived(current);
    if (key2 instanceof Unresolved) return derived(key2);
    if (isArmObject(current) && typeof key2 === "string") current = getMember(current, key2) ?? null;
    else if (isArmArray(current) && isInteger(key2)) current = current[key2] ?? null;
    else return null;
  }
  return current;
}
var COLLECTION_FUNCTIONS = {
  createarray: (args) => args.map((arg) => arg()),
  createobject: createObject,
  array: strict("array", [1, 1], ([value = null]) => isArmArray(value) ? value : [value]),
  union: strict("union", [1, Infinity], (values) => {
    if (values.every(isArmObject)) return mergeObjects(values, "deep");
    if (values.every(isArmArray)) return unionArrays(values);
    return new Unresolved("union() expects all objects or all arrays");
  }),
  shallowmerge: strict(
    "shallowMerge",
    [1, 1],
    ([values]) => isArmArray(values) && values.every(isArmObject) ? mergeObjects(values, "shallow") : mismatch("shallowMerge", "an array of objects", values)
  ),
  intersection: strict("intersection", [2, Infinity], intersect),
  contains: strict("contains", [2, 2], contains),
  empty: strict("empty", [1, 1], ([value]) => {
    if (value === null || value === void 0) return true;
    if (typeof value === "string" || isArmArray(value)) return value.length === 0;
    return isArmObject(value) ? Object.keys(value).length === 0 : mismatch("empty", "an array, an object or a string", value);
  }),
  length: strict("length", [1, 1], ([value]) => {
    if (typeof value === "string" || isArmArray(value)) return value.length;
    return isArmObject(value) ? Object.keys(value).length : mismatch("length", "an array, an object or a string", value);
  }),
  first: sequenceFunction("first", (value) => value.length === 0 ? typeof value === "string" ? "" : null : value[0]),
  last: sequenceFunction(
    "last",
    (value) => value.length === 0 ? typeof value === "string" ? "" : null : value[value.length - 1]
  ),
  take: sliceFunction("take", "take"),
  skip: sliceFunction("skip", "skip"),
  indexof: positionFunction("indexOf", "first"),
  lastindexof: positionFunction("lastIndexOf", "last"),
  range: strict("range", [2, 2], ([start, count]) => {
    if (!isInteger(start) || !isInteger(count)) return new Unresolved("range() expects int arguments");
    if (count < 0 || count > MAX_RANGE) return new Unresolved(`range() count must be 0 to ${MAX_RANGE}`);
    return Array.from({ length: count }, (_, i) => start + i);
  }),
  items: strict(
    "items",
    [1, 1],
    ([value]) => isArmObject(value) ? Object.keys(value).sort((a, b) => a.localeCompare(b)).map((key2) => createArmObject([["key", key2], ["value", value[key2]]])) : mismatch("items", "an object", value)
  ),
  objectkeys: strict(
    "objectKeys",
    [1, 1],
    ([value]) => isArmObject(value) ? Object.keys(value) : mismatch("objectKeys", "an object", value)
  ),
  tryget: tryGet
};

// src/readers/arm/expressions/functions/text.ts
function joinText(pieces) {
  let text2 = "";
  let first;
  let patterned = true;
  for (const piece of pieces) {
    if (piece instanceof Unresolved) {
      first ??= piece;
      if (piece.pattern === void 0) patterned = false;
      text2 += piece.pattern ?? "";
    } else {
      text2 += piece;
    }
    if (text2.length > MAX_TEXT_LENGTH) return tooLong("string");
  }
  if (first === void 0) return text2;
  return patterned ? new Unresolved(first.reason, text2) : new Unresolved(first.reason);
}
function scalarText2(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "True" : "False";
  return void 0;
}
function toText(value) {
  const unresolved3 = findUnresolved(value);
  if (unresolved3) return unresolved3;
  if (value === null) return "";
  return scalarText2(value) ?? JSON.stringify(value);
}
function parseJsonText(text2) {
  if (findExcessiveNesting(text2, MAX_VALUE_DEPTH) >= 0) {
    return new Unresolved(`json() input nested deeper than ${MAX_VALUE_DEPTH} levels`);
  }
  try {
    return JSON.parse(text2);
  } catch {
    return new Unresolved("json() input is not valid JSON");
  }
}

// src/readers/arm/expressions/functions/conversions.ts
var toInt = (value) => {
  if (isInteger(value)) return value;
  if (typeof value === "string" && /^\s*[+-]?\d+\s*$/.test(value)) return Number(value);
  return mismatch("int", "an int or an integer string", value);
};
var arithmetic = (name, apply) => strict(name, [2, 2], ([a = null, b = null]) => {
  if (!isInteger(a) || !isInteger(b)) return new Unresolved(`${name}() expects two ints`);
  return apply(a, b) ?? new Unresolved(`${name}() cannot divide by zero`);
});
var extreme = (name, pick2) => strict(name, [1, Infinity], (values) => {
  const numbers = values.length === 1 && isArmArray(values[0]) ? values[0] : values;
  return numbers.length > 0 && numbers.every(isInteger) ? pick2(...numbers) : mismatch(name, "ints", values[0]);
});
var CONVERSION_FUNCTIONS = {
  string: strict("string", [1, 1], ([value = null]) => toText(value)),
  json: strict("json", [1, 1], ([value = null]) => typeof value === "string" ? parseJsonText(value) : mismatch("json", "a string", value)),
  int: strict("int", [1, 1], ([value = null]) => toInt(value)),
  add: arithmetic("add", (a, b) => a + b),
  sub: arithmetic("sub", (a, b) => a - b),
  mul: arithmetic("mul", (a, b) => a * b),
  div: arithmetic("div", (a, b) => b === 0 ? void 0 : Math.trunc(a / b)),
  mod: arithmetic("mod", (a, b) => b === 0 ? void 0 : a % b),
  min: extreme("min", Math.min),
  max: extreme("max", Math.max)
};

// src/readers/arm/expressions/functions/resource-ids.ts
var SUBSCRIPTION_PLACEHOLDER = "{subscriptionId}";
var RESOURCE_GROUP_PLACEHOLDER = "{resourceGroup}";
function providerPath(fn, type, names) {
  if (type instanceof Unresolved) return derived(type);
  if (typeof type !== "string") return mismatch(fn, "a resource type", type);
  const [namespace, ...types] = type.split("/").filter((segment) => segment !== "");
  const nameSegments = [];
  for (const name of names) {
    if (name instanceof Unresolved) nameSegments.push(name);
    else if (typeof name === "string") nameSegments.push(...name.split("/"));
    else return mismatch(fn, "string resource names", name);
  }
  if (namespace === void 0 || types.length === 0 || nameSegments.length !== types.length) {
    return new Unresolved(`${fn}() got ${names.length} name(s) for resource type '${type}'`);
  }
  return [`/providers/${namespace}`, ...types.flatMap((segment, i) => [`/${segment}/`, nameSegments[i]])];
}
function scopeSegment(value, placeholder) {
  return value === void 0 || value instanceof Unresolved ? placeholder : scalarText2(value) ?? placeholder;
}
var typeIndex = (values) => values.findIndex((value) => typeof value === "string" && value.includes("/"));
function resourceId(values, env) {
  const index2 = typeIndex(values);
  if (index2 < 0 || index2 > 2) return values.find((value) => value instanceof Unresolved) ?? mismatch("resourceId", "a resource type", null);
  const scope = values.slice(0, index2);
  const [subscription, group] = scope.length === 2 ? scope : [void 0, scope[0]];
  const path = providerPath("resourceId", values[index2] ?? null, values.slice(index2 + 1));
  if (path instanceof Unresolved) return path;
  const groupName = group === void 0 && env.resourceGroup !== void 0 ? env.resourceGroup : scopeSegment(group, RESOURCE_GROUP_PLACEHOLDER);
  return joinText([`/subscriptions/${scopeSegment(subscription, SUBSCRIPTION_PLACEHOLDER)}/resourceGroups/${groupName}`, ...path]);
}
function subscriptionResourceId(values) {
  const index2 = typeIndex(values);
  if (index2 < 0 || index2 > 1) return mismatch("subscriptionResourceId", "a resource type", null);
  const path = providerPath("subscriptionResourceId", values[index2] ?? null, values.slice(index2 + 1));
  if (path instanceof Unresolved) return path;
  return joinText([`/subscriptions/${scopeSegment(index2 === 1 ? values[0] : void 0, SUBSCRIPTION_PLACEHOLDER)}`, ...path]);
}
function extensionResourceId(values) {
  const [base2 = null, type = null, ...names] = values;
  if (base2 instanceof Unresolved && base2.pattern === void 0) return base2;
  if (!(base2 instanceof Unresolved) && typeof base2 !== "string") return mismatch("extensionResourceId", "a resource ID", base2);
  const path = providerPath("extensionResourceId", type, names);
  return path instanceof Unresolved ? path : joinText([base2, ...path]);
}
var withAllArguments = (name, min, body) => (args, env) => args.length < min ? wrongArity(name, min, Infinity, args.length) : body(args.map((arg) => arg()), env);
var RESOURCE_ID_FUNCTIONS = {
  resourceid: withAllArguments("resourceId", 2, resourceId),
  subscriptionresourceid: withAllArguments("subscriptionResourceId", 2, subscriptionResourceId),
  tenantresourceid: withAllArguments("tenantResourceId", 2, ([type = null, ...names]) => {
    const path = providerPath("tenantResourceId", type, names);
    return path instanceof Unresolved ? path : joinText(path);
  }),
  extensionresourceid: withAllArguments("extensionResourceId", 3, extensionResourceId)
};

// src/readers/arm/expressions/functions/deployment-context.ts
var atDeployment = (path) => new Unresolved(`${path} is only known at deployment`);
function deploymentObject(name, properties, known3 = {}) {
  return createArmObject(properties.map((property) => [property, known3[property] ?? atDeployment(`${name}().${property}`)]));
}
var resourceGroups = /* @__PURE__ */ new Map();
var MAX_RESOURCE_GROUPS = 1e3;
function resourceGroup(env) {
  const group = env.resourceGroup;
  let known3 = resourceGroups.get(group);
  if (known3 === void 0) {
    if (resourceGroups.size >= MAX_RESOURCE_GROUPS) resourceGroups.clear();
    known3 = newResourceGroup(group);
    resourceGroups.set(group, known3);
  }
  return known3;
}
function newResourceGroup(group) {
  return deploymentObject("resourceGroup", ["id", "name", "type", "location", "managedBy", "tags", "properties"], {
    // The ID keeps placeholders so IDs built from it still name the resource type and name.
    id: `/subscriptions/${SUBSCRIPTION_PLACEHOLDER}/resourceGroups/${group ?? RESOURCE_GROUP_PLACEHOLDER}`,
    type: "Microsoft.Resources/resourceGroups",
    ...group === void 0 ? {} : { name: group }
  });
}
var copyIndex = (args, env) => {
  const values = args.map((arg) => arg());
  const unresolved3 = values.find((value) => value instanceof Unresolved);
  if (unresolved3 instanceof Unresolved) return derived(unresolved3);
  const [loop, offset = 0] = typeof values[0] === "string" ? [values[0], values[1]] : [void 0, values[0]];
  if (!isInteger(offset) || values.length > 2) return mismatch("copyIndex", "an optional loop name and int offset", values[0]);
  const index2 = env.copyIndex(loop);
  return typeof index2 === "number" ? index2 + offset : index2;
};
var DEPLOYMENT_CONTEXT_FUNCTIONS = {
  copyindex: copyIndex,
  resourcegroup: (_args, env) => resourceGroup(env),
  subscription: () => deploymentObject("subscription", ["id", "subscriptionId", "tenantId", "displayName"], {
    id: `/subscriptions/${SUBSCRIPTION_PLACEHOLDER}`
  }),
  deployment: () => deploymentObject("deployment", ["name", "properties", "location", "id"]),
  environment: runtimeOnly("environment() is only known at deployment"),
  tenant: runtimeOnly("tenant() is only known at deployment"),
  managementgroup: runtimeOnly("managementGroup() is only known at deployment"),
  deployer: runtimeOnly("deployer() is only known at deployment"),
  reference: runtimeOnly("reference() is only known at deployment"),
  pickzones: runtimeOnly("pickZones() is only known at deployment"),
  newguid: runtimeOnly("newGuid() is only known at deployment"),
  utcnow: runtimeOnly("utcNow() is only known at deployment"),
  // Deterministic hashes of deployment-scoped inputs: computing them would only give a name Azure
  // derives from IDs we do not know either.
  uniquestring: runtimeOnly("uniqueString() is a hash computed at deployment"),
  guid: runtimeOnly("guid() is a hash computed at deployment")
};
var listFunction = (name) => runtimeOnly(`${name}() is only known at deployment`);

// src/readers/arm/expressions/functions/logical.ts
var ifFunction = (args) => {
  if (args.length !== 3) return wrongArity("if", 3, 3, args.length);
  const [condition, whenTrue, whenFalse] = args;
  const decided = condition();
  if (decided instanceof Unresolved) return derived(decided);
  if (typeof decided !== "boolean") return mismatch("if", "a bool condition", decided);
  return decided ? whenTrue() : whenFalse();
};
var junction = (name, decisive) => (args) => {
  if (args.length < 2) return wrongArity(name, 2, Infinity, args.length);
  let pending;
  for (const arg of args) {
    const value = arg();
    if (value instanceof Unresolved) pending ??= derived(value);
    else if (typeof value !== "boolean") return mismatch(name, "bool arguments", value);
    else if (value === decisive) return decisive;
  }
  return pending ?? !decisive;
};
var coalesce = (args) => {
  for (const arg of args) {
    const value = arg();
    if (value instanceof Unresolved) return derived(value);
    if (value !== null) return value;
  }
  return null;
};
var comparison = (name, test) => strict(name, [2, 2], ([left = null, right = null]) => {
  if (typeof left === "number" && typeof right === "number") return test(left - right);
  if (typeof left === "string" && typeof right === "string") return test(left < right ? -1 : left > right ? 1 : 0);
  return new Unresolved(`${name}() expects two ints or two strings`);
});
var toBool = (value) => {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (typeof value === "string" && /^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  return mismatch("bool", "a bool, an int, or 'true'/'false'", value);
};
var LOGICAL_FUNCTIONS = {
  if: ifFunction,
  and: junction("and", false),
  or: junction("or", true),
  not: strict("not", [1, 1], ([value = null]) => typeof value === "boolean" ? !value : mismatch("not", "a bool", value)),
  equals: strict("equals", [2, 2], ([left = null, right = null]) => deepEquals(left, right)),
  less: comparison("less", (order) => order < 0),
  lessorequals: comparison("lessOrEquals", (order) => order <= 0),
  greater: comparison("greater", (order) => order > 0),
  greaterorequals: comparison("greaterOrEquals", (order) => order >= 0),
  coalesce,
  bool: strict("bool", [1, 1], ([value = null]) => toBool(value)),
  true: strict("true", [0, 0], () => true),
  false: strict("false", [0, 0], () => false),
  null: strict("null", [0, 0], () => null)
};

// src/readers/arm/expressions/functions/format.ts
var FORMAT_ITEM = /\{\{|\}\}|\{(\d+)(?:,(-?\d+))?(?::([^{}]*))?\}/g;
var formatText = (args) => {
  if (args.length === 0) return wrongArity("format", 1, Infinity, 0);
  const template = args[0]();
  if (template instanceof Unresolved) return derived(template);
  if (typeof template !== "string") return mismatch("format", "a format string", template);
  const values = args.slice(1).map((arg) => arg());
  const pieces = [];
  let last = 0;
  for (const match2 of template.matchAll(FORMAT_ITEM)) {
    const literalText2 = template.slice(last, match2.index);
    if (/[{}]/.test(literalText2)) return invalid(template);
    pieces.push(literalText2);
    last = match2.index + match2[0].length;
    if (match2[0] === "{{" || match2[0] === "}}") {
      pieces.push(match2[0][0]);
      continue;
    }
    const value = values[Number(match2[1])];
    if (value === void 0) return new Unresolved(`format() refers to argument ${match2[1]} of ${values.length}`);
    if (Math.abs(Number(match2[2] ?? 0)) > MAX_ALIGNMENT) return new Unresolved(`format() alignment ${match2[2]} is too wide`);
    const piece = formatItem(value, match2[3]);
    if (piece instanceof Unresolved && (match2[2] !== void 0 || match2[3] !== void 0)) return derived(piece);
    pieces.push(piece instanceof Unresolved ? piece : align(piece, match2[2]));
  }
  const rest = template.slice(last);
  if (/[{}]/.test(rest)) return invalid(template);
  pieces.push(rest);
  return joinText(pieces);
};
var MAX_ALIGNMENT = 1e3;
var invalid = (template) => new Unresolved(`format() string '${template}' is not a valid format string`);
function formatItem(value, spec) {
  if (value instanceof Unresolved) return value;
  if (spec === void 0 || spec === "") return value === null ? "" : scalarText2(value) ?? toText(value);
  if (typeof value !== "number") return new Unresolved(`format() specifier '${spec}' applies to numbers only`);
  return formatNumber(value, spec) ?? new Unresolved(`format() specifier '${spec}' is not supported`);
}
function formatNumber(value, spec) {
  const match2 = /^([DdFfNnXx])(\d{0,2})$/.exec(spec);
  if (!match2) return void 0;
  const kind = match2[1].toUpperCase();
  const precision = match2[2] === "" ? void 0 : Number(match2[2]);
  switch (kind) {
    case "D":
      return Number.isInteger(value) ? `${value < 0 ? "-" : ""}${String(Math.abs(value)).padStart(precision ?? 1, "0")}` : void 0;
    case "F":
      return value.toFixed(precision ?? 2);
    case "N":
      return value.toLocaleString("en-US", { minimumFractionDigits: precision ?? 2, maximumFractionDigits: precision ?? 2 });
    default: {
      if (!Number.isInteger(value) || value < 0) return void 0;
      const hex = value.toString(16).padStart(precision ?? 1, "0");
      return match2[1] === "X" ? hex.toUpperCase() : hex;
    }
  }
}
function align(text2, alignment) {
  if (alignment === void 0) return text2;
  const width = Number(alignment);
  return width < 0 ? text2.padEnd(-width) : text2.padStart(width);
}

// src/readers/arm/expressions/functions/strings.ts
var MAX_PADDED_LENGTH = 1e4;
var stringFunction = (name, arity, body) => strict(name, arity, ([text2, ...rest]) => typeof text2 === "string" ? body(text2, rest) : mismatch(name, "a string", text2));
var stringArgument = (name, value, body) => typeof value === "string" ? body(value) : mismatch(name, "a string", value);
var concat = (args) => {
  if (args.length === 0) return wrongArity("concat", 1, Infinity, 0);
  const values = args.map((arg) => arg());
  if (values.some(isArmArray)) {
    const items = [];
    for (const value of values) {
      if (value instanceof Unresolved) return derived(value);
      if (!isArmArray(value)) return mismatch("concat", "arrays only when one argument is an array", value);
      items.push(...value);
      if (items.length > MAX_ARRAY_LENGTH) return tooLong("array");
    }
    return items;
  }
  const pieces = [];
  for (const value of values) {
    const text2 = value instanceof Unresolved ? value : scalarText2(value);
    if (text2 === void 0) return mismatch("concat", "strings or arrays", value);
    pieces.push(text2);
  }
  return joinText(pieces);
};
function replaceAll(text2, old, replacement) {
  const parts = text2.split(old);
  const length2 = text2.length + (parts.length - 1) * (replacement.length - old.length);
  return length2 > MAX_TEXT_LENGTH ? tooLong("string") : parts.join(replacement);
}
var containsCaseInsensitive = (text2, find, from) => from === "start" ? text2.toLowerCase().startsWith(find.toLowerCase()) : text2.toLowerCase().endsWith(find.toLowerCase());
var STRING_FUNCTIONS = {
  concat,
  format: formatText,
  tolower: stringFunction("toLower", [1, 1], (text2) => text2.toLowerCase()),
  toupper: stringFunction("toUpper", [1, 1], (text2) => text2.toUpperCase()),
  trim: stringFunction("trim", [1, 1], (text2) => text2.trim()),
  // ARM compares these case-insensitively (unlike `contains` and `equals`).
  startswith: stringFunction(
    "startsWith",
    [2, 2],
    (text2, [find]) => stringArgument("startsWith", find, (value) => containsCaseInsensitive(text2, value, "start"))
  ),
  endswith: stringFunction(
    "endsWith",
    [2, 2],
    (text2, [find]) => stringArgument("endsWith", find, (value) => containsCaseInsensitive(text2, value, "end"))
  ),
  replace: stringFunction(
    "replace",
    [3, 3],
    (text2, [oldText, newText]) => stringArgument(
      "replace",
      oldText,
      (old) => stringArgument(
        "replace",
        newText,
        (replacement) => old === "" ? new Unresolved("replace() cannot replace an empty string") : replaceAll(text2, old, replacement)
      )
    )
  ),
  split: stringFunction("split", [2, 2], (text2, [delimiter = null]) => {
    const delimiters = isArmArray(delimiter) ? delimiter : [delimiter];
    if (!delimiters.every((item) => typeof item === "string" && item !== "")) {
      return mismatch("split", "non-empty string delimiters", delimiter);
    }
    return delimiters.reduce((parts, separator) => parts.flatMap((part) => part.split(separator)), [text2]);
  }),
  substring: stringFunction("substring", [1, 3], (text2, [start = 0, length2]) => {
    const end = length2 === void 0 ? text2.length : isInteger(start) && isInteger(length2) ? start + length2 : NaN;
    if (!isInteger(start) || start < 0 || !(end >= start && end <= text2.length)) {
      return new Unresolved(`substring() range is outside the string '${text2}'`);
    }
    return text2.slice(start, end);
  }),
  padleft: strict("padLeft", [2, 3], ([value = null, totalLength, padding = " "]) => {
    const text2 = scalarText2(value);
    if (text2 === void 0 || typeof value === "boolean") return mismatch("padLeft", "a string or an int", value);
    if (!isInteger(totalLength) || totalLength > MAX_PADDED_LENGTH) {
      return mismatch("padLeft", `an int length up to ${MAX_PADDED_LENGTH}`, totalLength);
    }
    if (typeof padding !== "string" || padding.length !== 1) return mismatch("padLeft", "a single padding character", padding);
    return text2.padStart(totalLength, padding);
  }),
  base64: stringFunction("base64", [1, 1], (text2) => Buffer.from(text2, "utf8").toString("base64")),
  join: strict("join", [2, 2], ([items, delimiter]) => {
    if (!isArmArray(items)) return mismatch("join", "an array", items);
    if (typeof delimiter !== "string") return mismatch("join", "a string delimiter", delimiter);
    const unresolved3 = items.find((item) => item instanceof Unresolved);
    if (unresolved3 instanceof Unresolved) return derived(unresolved3);
    const texts2 = items.map(scalarText2);
    return texts2.every((text2) => text2 !== void 0) ? texts2.join(delimiter) : mismatch("join", "an array of strings", items);
  })
};

// src/readers/arm/expressions/functions/registry.ts
var FUNCTIONS = new Map(
  Object.entries({
    ...STRING_FUNCTIONS,
    ...COLLECTION_FUNCTIONS,
    ...LOGICAL_FUNCTIONS,
    ...CONVERSION_FUNCTIONS,
    ...RESOURCE_ID_FUNCTIONS,
    ...DEPLOYMENT_CONTEXT_FUNCTIONS
  })
);
function lookupFunction(name) {
  return FUNCTIONS.get(name.toLowerCase()) ?? (/^list[a-z]*$/i.test(name) ? listFunction(name) : void 0);
}

// src/readers/arm/expressions/tokenizer.ts
var ExpressionSyntaxError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var PUNCTUATION = /* @__PURE__ */ new Set(["(", ")", "[", "]", ",", "."]);
var NUMBER = /-?[0-9]+(\.[0-9]+)?/y;
var IDENTIFIER = /[A-Za-z_$][A-Za-z0-9_$]*/y;
function tokenize(text2) {
  const tokens = [];
  let i = 0;
  while (i < text2.length) {
    const char = text2[i];
    if (/\s/.test(char)) {
      i++;
    } else if (PUNCTUATION.has(char)) {
      tokens.push({ kind: "punctuation", text: char, offset: i });
      i++;
    } else if (char === "'") {
      i = readString(text2, i, tokens);
    } else if (/[0-9-]/.test(char)) {
      const number = match(NUMBER, text2, i);
      if (number === void 0) throw new ExpressionSyntaxError(`expected a number after '-'`, i);
      tokens.push({ kind: "number", value: Number(number), offset: i });
      i += number.length;
    } else if (/[A-Za-z_$]/.test(char)) {
      const identifier = match(IDENTIFIER, text2, i);
      tokens.push({ kind: "identifier", text: identifier, offset: i });
      i += identifier.length;
    } else {
      throw new ExpressionSyntaxError(`unexpected character '${char}'`, i);
    }
  }
  tokens.push({ kind: "end", offset: text2.length });
  return tokens;
}
function match(pattern, text2, offset) {
  pattern.lastIndex = offset;
  return pattern.exec(text2)?.[0];
}
function readString(text2, start, tokens) {
  let value = "";
  let i = start + 1;
  for (; ; ) {
    const quote = text2.indexOf("'", i);
    if (quote < 0) throw new ExpressionSyntaxError("unterminated string literal", start);
    value += text2.slice(i, quote);
    if (text2[quote + 1] !== "'") {
      tokens.push({ kind: "string", text: value, offset: start });
      return quote + 1;
    }
    value += "'";
    i = quote + 2;
  }
}

// src/readers/arm/expressions/parser.ts
var MAX_EXPRESSION_DEPTH = 64;
var BARE_LITERALS = /* @__PURE__ */ new Map([
  ["true", true],
  ["false", false],
  ["null", null]
]);
function parseExpression(text2) {
  const parser = new Parser(tokenize(text2));
  const expression = parser.expression(0);
  parser.expectEnd();
  return expression;
}
var Parser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  position = 0;
  expression(depth) {
    this.limitDepth(depth);
    let expression = this.primary(depth);
    for (let level = depth + 1; ; level++) {
      if (this.peekIs(".") || this.peekIs("[")) this.limitDepth(level);
      if (this.accept(".")) {
        expression = { kind: "member", target: expression, name: this.identifier("a property name") };
      } else if (this.accept("[")) {
        expression = { kind: "index", target: expression, index: this.expression(level + 1) };
        this.expect("]");
      } else {
        return expression;
      }
    }
  }
  expectEnd() {
    const token = this.peek();
    if (token.kind !== "end") throw new ExpressionSyntaxError(`unexpected ${describe(token)}`, token.offset);
  }
  limitDepth(depth) {
    if (depth > MAX_EXPRESSION_DEPTH) {
      throw new ExpressionSyntaxError(`expression nested deeper than ${MAX_EXPRESSION_DEPTH} levels`, this.peek().offset);
    }
  }
  primary(depth) {
    const token = this.next();
    if (token.kind === "string") return { kind: "literal", value: token.text };
    if (token.kind === "number") return { kind: "literal", value: token.value };
    if (token.kind !== "identifier") {
      throw new ExpressionSyntaxError(`expected a function call or a literal, found ${describe(token)}`, token.offset);
    }
    let name = token.text;
    if (this.peekIs(".") && this.peekIs("(", 2)) {
      this.position++;
      name = `${name}.${this.identifier("a function name")}`;
    }
    if (!this.accept("(")) {
      const literal3 = BARE_LITERALS.get(name.toLowerCase());
      if (literal3 !== void 0) return { kind: "literal", value: literal3 };
      throw new ExpressionSyntaxError(`expected '(' after '${name}'`, this.peek().offset);
    }
    return { kind: "call", name, args: this.arguments(depth) };
  }
  arguments(depth) {
    const args = [];
    if (this.accept(")")) return args;
    for (; ; ) {
      args.push(this.expression(depth + 1));
      if (this.accept(")")) return args;
      this.expect(",", "',' or ')'");
    }
  }
  identifier(what) {
    const token = this.next();
    if (token.kind !== "identifier") throw new ExpressionSyntaxError(`expected ${what}, found ${describe(token)}`, token.offset);
    return token.text;
  }
  expect(text2, what = `'${text2}'`) {
    const token = this.peek();
    if (!this.accept(text2)) throw new ExpressionSyntaxError(`expected ${what}, found ${describe(token)}`, token.offset);
  }
  accept(text2) {
    if (!this.peekIs(text2)) return false;
    this.position++;
    return true;
  }
  peekIs(text2, ahead = 0) {
    const token = this.tokens[this.position + ahead];
    return token?.kind === "punctuation" && token.text === text2;
  }
  peek() {
    return this.tokens[this.position] ?? this.tokens[this.tokens.length - 1];
  }
  next() {
    const token = this.peek();
    if (token.kind !== "end") this.position++;
    return token;
  }
};
function describe(token) {
  switch (token.kind) {
    case "end":
      return "the end of the expression";
    case "number":
      return `number ${token.value}`;
    case "string":
      return `string '${token.text}'`;
    default:
      return `'${token.text}'`;
  }
}

// src/readers/arm/expressions/trace.ts
var MAX_VIA = 8;
var LITERAL = { origin: "literal", via: [] };
var literal = (value) => ({ value, trace: LITERAL });
function computedFrom(traces) {
  return { origin: "expression", via: mergeVia(traces.map((trace) => trace.via)) };
}
function through(trace, ref) {
  return { ...trace, via: mergeVia([[ref], trace.via]) };
}
function mergeVia(lists) {
  let merged;
  for (const list of lists) {
    for (const ref of list) {
      merged ??= [];
      if (merged.some((seen) => samePlace(seen, ref))) continue;
      merged.push(ref);
      if (merged.length === MAX_VIA) return merged;
    }
  }
  return merged ?? NO_PLACES;
}
var NO_PLACES = [];
function samePlace(a, b) {
  if (a === b) return true;
  if (a.file !== b.file) return false;
  const { path: left } = a;
  const { path: right } = b;
  if (left.length === right.length && left.every((segment, i) => String(segment) === String(right[i]))) return true;
  const slash = (segment) => segment === "" || typeof segment === "string" && segment.includes("/");
  return (left.some(slash) || right.some(slash)) && left.join("/") === right.join("/");
}

// src/readers/arm/expressions/evaluator.ts
var ExpressionCache = class {
  /** The syntax tree of the text inside `[...]`, or the syntax error with its offset. */
  parse(text2) {
    return sharedParse(text2);
  }
};
var shared = /* @__PURE__ */ new Map();
var SHARED_EXPRESSIONS = 1e4;
function releaseSharedExpressions() {
  shared.clear();
}
function sharedParse(text2) {
  let result = shared.get(text2);
  if (result === void 0) {
    try {
      result = parseExpression(text2);
    } catch (error) {
      if (!(error instanceof ExpressionSyntaxError)) throw error;
      result = error;
    }
    if (shared.size >= SHARED_EXPRESSIONS) shared.clear();
    shared.set(text2, result);
  }
  return result;
}
function evaluate(node, scope) {
  switch (node.kind) {
    case "literal":
      return literal(node.value);
    case "member": {
      const target2 = evaluate(node.target, scope);
      return { value: member(target2.value, node.name), trace: target2.trace };
    }
    case "index": {
      const target2 = evaluate(node.target, scope);
      const index2 = evaluate(node.index, scope);
      const trace = index2.trace.origin === "literal" ? target2.trace : { ...target2.trace, via: computedFrom([target2.trace, index2.trace]).via };
      return { value: indexed(target2.value, index2.value), trace };
    }
    case "call":
      return call(node.name, node.args, scope);
  }
}
function call(name, args, scope) {
  const lower = name.toLowerCase();
  if (lower === "parameters" || lower === "variables") return lookup(lower, args, scope);
  const fn = lookupFunction(name);
  if (fn === void 0) {
    const reason = name.includes(".") ? `user-defined function '${name}' is not evaluated` : `function '${name}' is not supported`;
    return { value: new Unresolved(reason), trace: computedFrom([]) };
  }
  const traces = [];
  const thunks = args.map((arg) => {
    let value2;
    return () => {
      if (value2 === void 0) {
        const traced2 = evaluate(arg, scope);
        traces.push(traced2.trace);
        value2 = traced2.value;
      }
      return value2;
    };
  });
  const value = fn(thunks, scope);
  return { value, trace: computedFrom(traces) };
}
function lookup(kind, args, scope) {
  const [arg] = args;
  if (arg === void 0 || args.length > 1) return { value: new Unresolved(`${kind}() expects 1 argument`), trace: computedFrom([]) };
  const name = evaluate(arg, scope);
  if (name.value instanceof Unresolved) return { value: derived(name.value), trace: name.trace };
  if (typeof name.value !== "string") return { value: new Unresolved(`${kind}() expects a name, got ${typeName(name.value)}`), trace: name.trace };
  return kind === "parameters" ? scope.parameter(name.value) : scope.variable(name.value);
}
function member(target2, name) {
  if (target2 instanceof Unresolved) return derived(target2);
  if (isArmObject(target2)) return getMember(target2, name) ?? new Unresolved(`property '${name}' does not exist`);
  return new Unresolved(`cannot read property '${name}' of ${typeName(target2)}`);
}
function indexed(target2, index2) {
  if (target2 instanceof Unresolved) return derived(target2);
  if (index2 instanceof Unresolved) return derived(index2);
  if (isArmArray(target2) && typeof index2 === "number") {
    return target2[index2] ?? new Unresolved(`index ${index2} is outside an array of ${target2.length}`);
  }
  if (isArmObject(target2) && typeof index2 === "string") return member(target2, index2);
  return new Unresolved(`cannot index ${typeName(target2)} with ${typeName(index2)}`);
}

// src/readers/shared/azure-compute/property-source.ts
var orPlatformDefault = (sourced2, value) => sourced2.origin === "absent" ? { value, origin: "provider-default", location: sourced2.location } : sourced2;
var firstWritten = (first, ...rest) => [first, ...rest].find((field2) => field2.origin !== "absent") ?? first;

// src/readers/shared/azure-compute/orchestration.ts
var FLEXIBLE_MIN_API_VERSION = "2021-03-01";
function orchestrationModeOf(written, apiVersion) {
  if (written.origin !== "absent" || apiVersion?.value === void 0) return written;
  const version = apiVersion.value.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(version) || version >= FLEXIBLE_MIN_API_VERSION) return written;
  const detail = `API version ${apiVersion.value} predates Flexible orchestration (${FLEXIBLE_MIN_API_VERSION})`;
  return { value: "Uniform", origin: "provider-default", location: apiVersion.location, detail };
}

// src/readers/shared/azure-compute/virtual-machine.ts
function computePaths(profile) {
  const image2 = [...profile, "storageProfile", "imageReference"];
  const patch = [...profile, "osProfile", "windowsConfiguration", "patchSettings"];
  const platform = [...patch, "automaticByPlatformSettings"];
  return {
    publisher: [...image2, "publisher"],
    offer: [...image2, "offer"],
    sku: [...image2, "sku"],
    version: [...image2, "version"],
    imageId: [...image2, "id"],
    sharedGalleryImageId: [...image2, "sharedGalleryImageId"],
    communityGalleryImageId: [...image2, "communityGalleryImageId"],
    osDiskOsType: [...profile, "storageProfile", "osDisk", "osType"],
    windowsConfiguration: [...profile, "osProfile", "windowsConfiguration"],
    linuxConfiguration: [...profile, "osProfile", "linuxConfiguration"],
    patchMode: [...patch, "patchMode"],
    enableHotpatching: [...patch, "enableHotpatching"],
    rebootSetting: [...platform, "rebootSetting"],
    bypassPlatformSafetyChecksOnUserSchedule: [...platform, "bypassPlatformSafetyChecksOnUserSchedule"]
  };
}
var VM_PATHS = computePaths(["properties"]);
var SCALE_SET_PATHS = computePaths(["properties", "virtualMachineProfile"]);
var ORCHESTRATION_MODE = ["properties", "orchestrationMode"];
var LOCATION = ["location"];
var TAGS = ["tags"];
function mapVirtualMachine(source, kind, overrides = {}) {
  const paths = kind === "scale-set" ? SCALE_SET_PATHS : VM_PATHS;
  const publisher = source.string(paths.publisher);
  const osType = readOsType(source, paths, publisher);
  const patchMode = source.string(paths.patchMode);
  return {
    kind,
    canHotpatch: true,
    orchestrationMode: kind === "scale-set" ? orchestrationModeOf(source.string(ORCHESTRATION_MODE), overrides.apiVersion) : absentAt(source),
    osType,
    image: {
      publisher,
      offer: source.string(paths.offer),
      sku: source.string(paths.sku),
      version: source.string(paths.version),
      customImageId: overrides.customImageId ?? firstWritten(
        source.string(paths.imageId),
        source.string(paths.sharedGalleryImageId),
        source.string(paths.communityGalleryImageId)
      )
    },
    location: source.string(LOCATION),
    tags: source.stringMap(TAGS),
    patchMode: osType.value === "Windows" ? orPlatformDefault(patchMode, "AutomaticByOS") : patchMode,
    enableHotpatching: source.boolean(paths.enableHotpatching),
    rebootSetting: source.string(paths.rebootSetting),
    bypassPlatformSafetyChecksOnUserSchedule: overrides.bypassPlatformSafetyChecksOnUserSchedule ?? source.boolean(paths.bypassPlatformSafetyChecksOnUserSchedule)
  };
}
function readOsType(source, paths, publisher) {
  const osDisk = toOsType(source.string(paths.osDiskOsType));
  const windows = as(source.written(paths.windowsConfiguration), "Windows");
  const linux = as(source.written(paths.linuxConfiguration), "Linux");
  const windowsPublisher = publisher.value === void 0 || publisher.value.toLowerCase() === "microsoftwindowsserver";
  const candidates = [osDisk, windows, linux, ...windowsPublisher ? [as(publisher, "Windows")] : []];
  return candidates.find((candidate) => candidate.value !== void 0) ?? candidates.find((candidate) => candidate.origin === "unresolved") ?? absentAt(source);
}
function toOsType(written) {
  if (written.value === void 0) return written;
  const value = written.value.toLowerCase();
  if (value === "windows") return { ...written, value: "Windows" };
  if (value === "linux") return { ...written, value: "Linux" };
  return { ...written, value: void 0, origin: "unresolved", reason: `osType '${written.value}' is neither Windows nor Linux` };
}
var as = (sourced2, os) => ({
  ...sourced2,
  value: sourced2.value === void 0 ? void 0 : os
});
var absentAt = (source) => source.absent?.() ?? { value: void 0, origin: "absent", location: source.at };

// src/readers/shared/azure-compute/maintenance.ts
var WINDOW = ["properties", "maintenanceWindow"];
var PATCHES = ["properties", "installPatches"];
var WINDOWS = [...PATCHES, "windowsParameters"];
var CONFIGURATION_PATHS = {
  maintenanceScope: ["properties", "maintenanceScope"],
  startDateTime: [...WINDOW, "startDateTime"],
  expirationDateTime: [...WINDOW, "expirationDateTime"],
  duration: [...WINDOW, "duration"],
  timeZone: [...WINDOW, "timeZone"],
  recurEvery: [...WINDOW, "recurEvery"],
  rebootSetting: [...PATCHES, "rebootSetting"],
  excludeKbsRequiringReboot: [...WINDOWS, "excludeKbsRequiringReboot"],
  classificationsToInclude: [...WINDOWS, "classificationsToInclude"],
  kbNumbersToInclude: [...WINDOWS, "kbNumbersToInclude"]
};
function mapMaintenanceConfiguration(source) {
  const paths = CONFIGURATION_PATHS;
  return {
    kind: "maintenance-configuration",
    maintenanceScope: source.string(paths.maintenanceScope),
    window: {
      startDateTime: source.string(paths.startDateTime),
      expirationDateTime: source.string(paths.expirationDateTime),
      duration: source.string(paths.duration),
      timeZone: source.string(paths.timeZone),
      recurEvery: source.string(paths.recurEvery)
    },
    rebootSetting: source.string(paths.rebootSetting),
    excludeKbsRequiringReboot: source.boolean(paths.excludeKbsRequiringReboot),
    classificationsToInclude: source.strings(paths.classificationsToInclude),
    kbNumbersToInclude: source.strings(paths.kbNumbersToInclude)
  };
}
function mapDynamicScope(source) {
  const filter = ["properties", "filter"];
  const tagSettings = [...filter, "tagSettings"];
  return {
    resourceTypes: source.strings([...filter, "resourceTypes"]),
    resourceGroups: source.strings([...filter, "resourceGroups"]),
    locations: source.strings([...filter, "locations"]),
    osTypes: source.strings([...filter, "osTypes"]),
    tags: source.stringListMap([...tagSettings, "tags"]),
    tagOperator: orPlatformDefault(source.string([...tagSettings, "filterOperator"]), "Any")
  };
}

// src/readers/shared/azure-compute/arc-machine.ts
var PRODUCT_FEATURES = ["properties", "productProfile", "productFeatures"];
function mapArcMachine(source, declaration) {
  const patch = ["properties", "osProfile", "windowsConfiguration", "patchSettings"];
  const none = () => ({ value: void 0, origin: "absent", location: source.at });
  return {
    kind: "arc-machine",
    canHotpatch: true,
    orchestrationMode: none(),
    osType: declaration === "existing" ? none() : readOsType2(source),
    image: { publisher: none(), offer: none(), sku: none(), version: none(), customImageId: none() },
    location: declaration === "existing" ? none() : source.string(["location"]),
    tags: declaration === "existing" ? none() : source.stringMap(["tags"]),
    patchMode: declaration === "existing" ? none() : source.string([...patch, "patchMode"]),
    enableHotpatching: declaration === "existing" ? none() : source.boolean([...patch, "enableHotpatching"]),
    rebootSetting: none(),
    bypassPlatformSafetyChecksOnUserSchedule: none(),
    arc: { declaration, hotpatchLicense: none() }
  };
}
function mapArcLicenseProfile(source) {
  const machine = mapArcMachine(source, "existing");
  const location = source.string(["location"]);
  return { ...machine, location, arc: { declaration: "license-profile", hotpatchLicense: hotpatchFeature(source) } };
}
function hotpatchFeature(source) {
  const features = source.records?.(PRODUCT_FEATURES) ?? {
    value: void 0,
    origin: "unresolved",
    location: source.at,
    reason: "this format does not read license profile features"
  };
  if (features.value === void 0) return { ...features, value: void 0 };
  const hotpatch = features.value.find((feature) => (field(feature, "name") ?? "").toLowerCase() === "hotpatch");
  if (hotpatch === void 0) return { ...features, value: false };
  const status = field(hotpatch, "subscriptionStatus");
  if (status === void 0) {
    return { ...features, value: void 0, origin: "unresolved", reason: "the Hotpatch feature has no known subscriptionStatus" };
  }
  return { ...features, value: status.toLowerCase() === "enable" };
}
function readOsType2(source) {
  const written = source.string(["properties", "osType"]);
  if (written.value !== void 0) {
    const value = written.value.toLowerCase();
    if (value === "windows") return { ...written, value: "Windows" };
    if (value === "linux") return { ...written, value: "Linux" };
    return { ...written, value: void 0, origin: "unresolved", reason: `osType '${written.value}' is neither Windows nor Linux` };
  }
  if (written.origin === "unresolved") return written;
  const windows = source.written(["properties", "osProfile", "windowsConfiguration"]);
  if (windows.value !== void 0) return { ...windows, value: "Windows" };
  return { value: void 0, origin: "absent", location: source.at };
}
var field = (record, key2) => Object.entries(record).find(([name]) => name.toLowerCase() === key2.toLowerCase())?.[1];

// src/readers/arm/model/converters.ts
var expected = (what, value) => new Unresolved(`expected ${what}, found ${typeName(value)}`);
var asString = (value) => typeof value === "string" ? value : typeof value === "number" ? String(value) : expected("a string", value);
var asBoolean = (value) => {
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && /^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  return expected("a bool", value);
};
var asStringList = (value) => {
  if (!isArmArray(value)) return expected("an array of strings", value);
  const unresolved3 = findUnresolved(value);
  if (unresolved3) return unresolved3;
  return value.every((item) => typeof item === "string") ? value : expected("an array of strings", value);
};
var asTags = (value) => {
  if (!isArmObject(value)) return expected("an object of tags", value);
  const entries2 = [];
  for (const [key2, tag] of Object.entries(value)) {
    if (tag instanceof Unresolved) return new Unresolved(`tag '${key2}': ${tag.reason}`);
    if (typeof tag !== "string" && typeof tag !== "number" && typeof tag !== "boolean") return expected(`a string for tag '${key2}'`, tag);
    entries2.push([key2, String(tag)]);
  }
  return Object.fromEntries(entries2);
};
var asTagFilter = (value) => {
  if (!isArmObject(value)) return expected("an object of tag values", value);
  const entries2 = [];
  for (const [key2, values] of Object.entries(value)) {
    const list = asStringList(values);
    if (list instanceof Unresolved) return new Unresolved(`tag '${key2}': ${list.reason}`);
    entries2.push([key2, list]);
  }
  return Object.fromEntries(entries2);
};
var asRecords = (value) => {
  if (!isArmArray(value)) return expected("an array of objects", value);
  const records2 = [];
  for (const item of value) {
    if (item instanceof Unresolved) return item;
    if (!isArmObject(item)) return expected("an array of objects", value);
    const record = {};
    for (const [key2, field2] of Object.entries(item)) {
      if (field2 instanceof Unresolved) return new Unresolved(`'${key2}': ${field2.reason}`);
      if (typeof field2 === "string" || typeof field2 === "number" || typeof field2 === "boolean") record[key2] = String(field2);
    }
    records2.push(record);
  }
  return records2;
};

// src/readers/arm/model/arm-source.ts
var armSource = (reader) => ({
  at: reader.resourceLocation,
  string: (path) => reader.read(path, asString),
  boolean: (path) => reader.read(path, asBoolean),
  strings: (path) => reader.read(path, asStringList),
  stringMap: (path) => reader.read(path, asTags),
  stringListMap: (path) => reader.read(path, asTagFilter),
  records: (path) => reader.read(path, asRecords),
  written: (path) => reader.written(path),
  absent: () => reader.absent()
});

// src/readers/arm/model/target-identity.ts
var SymbolIndex = class {
  /** Made on the first unresolved name: most templates name every resource. */
  symbols;
  add(type, name, symbol) {
    if (name instanceof Unresolved && name.pattern !== void 0) (this.symbols ??= /* @__PURE__ */ new Map()).set(key(type, name.pattern), symbol);
  }
  find(type, namePattern) {
    return this.symbols?.get(key(type, namePattern));
  }
};
var key = (type, name) => `${type.toLowerCase()}|${name}`;
function targetIdentity(value, symbols) {
  if (value instanceof Unresolved) {
    const parsed = value.pattern === void 0 ? void 0 : parseIdText(value.pattern);
    const symbol = parsed === void 0 ? void 0 : symbols.find(parsed.identity.type, parsed.name);
    if (symbol !== void 0 && parsed !== void 0) return { type: parsed.identity.type, name: void 0, symbol };
    return (parsed && knownParts(parsed.identity)) ?? derived(value);
  }
  if (typeof value !== "string") return new Unresolved(`expected a resource ID, found ${typeName(value)}`);
  return parseIdText(value)?.identity ?? new Unresolved(`'${value}' is not a resource ID`);
}
function parentIdentity(parentType, assignmentName, symbols) {
  const text2 = assignmentName instanceof Unresolved ? assignmentName.pattern : assignmentName;
  if (typeof text2 !== "string") return assignmentName instanceof Unresolved ? derived(assignmentName) : new Unresolved("the assignment name is not a string");
  const [parentName = "", provider] = text2.split("/");
  if (provider === void 0) return new Unresolved(`'${text2}' does not name the resource it assigns (expected '<name>/Microsoft.Maintenance/<assignment>')`);
  if (!(assignmentName instanceof Unresolved)) return { type: parentType, name: parentName };
  const symbol = symbols.find(parentType, parentName);
  return symbol === void 0 ? derived(assignmentName) : { type: parentType, name: void 0, symbol };
}
function parseIdText(text2) {
  const id = text2.startsWith("/") ? text2 : `/providers/${text2}`;
  const parts = id.split("/").filter((part) => part !== "");
  const providers = parts.map((part) => part.toLowerCase()).lastIndexOf("providers");
  const typesAndNames = parts.length - providers - 2;
  if (providers < 0 || typesAndNames < 2 || typesAndNames % 2 !== 0 || !(parts[providers + 1] ?? "").includes(".")) return void 0;
  const identity = parseResourceId(id);
  return identity === void 0 ? void 0 : { identity, name: parts[parts.length - 1] };
}
function knownParts(identity) {
  const { type, name, resourceGroup: resourceGroup4 } = identity;
  if (name === void 0 || name.includes("{") || type.includes("{")) return void 0;
  return resourceGroup4 === void 0 || resourceGroup4.includes("{") ? { type, name } : { type, name, resourceGroup: resourceGroup4 };
}
var lastSegment = (name) => name.slice(name.lastIndexOf("/") + 1);

// src/model/source.ts
var known = (value, location, origin = "literal", detail) => detail === void 0 ? { value, origin, location } : { value, origin, location, detail };
var absent = (location) => ({ value: void 0, origin: "absent", location });
var unresolved = (location, reason, detail) => detail === void 0 ? { value: void 0, origin: "unresolved", location, reason } : { value: void 0, origin: "unresolved", location, reason, detail };
var isKnown = (s) => s !== void 0 && s.value !== void 0;
var formatLocation = (loc) => `${loc.file}:${loc.line}:${loc.column}`;

// src/readers/shared/units.ts
var folderOf2 = (file) => file.slice(0, Math.max(file.lastIndexOf("/"), 0));
function deploymentUnit(kind, key2, at2, path, environment) {
  return known(
    { kind, key: key2, ...path !== void 0 && path !== "" && { path }, ...environment !== void 0 && { environment } },
    at2
  );
}
var templateDeployment = (entryFile, at2, path, parameterFile) => (
  // One key string for the resources of a folder (the model keeps one per resource).
  deploymentUnit("template-deployment", intern(`azure-deployment:${folderOf2(entryFile)}`), at2, path, parameterFile)
);
function azureScope(resourceGroup4, at2, none = absent(at2)) {
  const group = resourceGroup4 === void 0 ? none : typeof resourceGroup4 === "string" ? known(resourceGroup4, at2) : resourceGroup4;
  return { subscription: none, resourceGroup: group };
}

// src/readers/arm/model/resource-common.ts
function withCommon(common2, fields) {
  const copy = {
    format: common2.format,
    identity: common2.identity,
    unit: common2.unit,
    scope: common2.scope,
    displayName: common2.displayName,
    reportAt: common2.reportAt,
    declaredAt: common2.declaredAt,
    related: common2.related,
    variant: common2.variant,
    deployed: common2.deployed
  };
  return Object.assign(copy, fields);
}
function commonFields(instance, reader, type, evaluation) {
  const name = typeof instance.name.value === "string" ? nameOf(instance.name.value, type) : void 0;
  const symbol = symbolOf(instance);
  const resourceGroup4 = instance.context.resourceGroup;
  const identity = { type, name, symbol, ...resourceGroup4 === void 0 ? {} : { resourceGroup: resourceGroup4 } };
  const deployments = instance.deployments.map((ref) => ({ file: ref.file, startLine: reader.locate(ref).line, role: "nested-deployment" }));
  const parameterFile = evaluation.parameterFile;
  const parameterFileName = parameterFile === void 0 ? void 0 : parameterFile.slice(parameterFile.lastIndexOf("/") + 1);
  const reportAt = reader.resourceLocation;
  const outermost = instance.deployments[0] === void 0 ? reportAt : reader.locate(instance.deployments[0]);
  const nested = instance.deployments.map((ref) => String(reader.locate(ref).line)).join(" > ");
  return {
    format: "arm",
    identity,
    // The outermost deployment's file is the entry template; nested deployments deploy with it.
    unit: templateDeployment(
      outermost.file,
      outermost,
      nested === "" ? void 0 : `nested deployments at lines ${nested}`,
      evaluation.parameterFile
    ),
    scope: azureScope(resourceGroup4, outermost, outermost === reader.resourceLocation ? reader.absent() : void 0),
    displayName: name ?? symbol,
    reportAt,
    declaredAt: reader.resourceLocation,
    related: deployments,
    variant: `${parameterFileName ?? ""}${instance.variant}`,
    deployed: deployed(instance.conditions, reader)
  };
}
function nameOf(written, type) {
  return type === VM_TYPE || type === VMSS_TYPE ? written : lastSegment(written);
}
var symbolOf = (instance) => ownCopy(`${instance.ref.file}#${instance.symbolPath}`);
function deployed(conditions, reader) {
  let pending;
  let last;
  for (const condition of conditions) {
    const value = condition.traced.value instanceof Unresolved ? condition.traced.value : asBoolean(condition.traced.value);
    const sourced2 = reader.sourced(condition.traced, condition.ref, () => value);
    if (sourced2.value === false) return sourced2;
    if (sourced2.value === void 0) pending ??= sourced2;
    last = sourced2;
  }
  return pending ?? last ?? { value: true, origin: "provider-default", location: reader.resourceLocation };
}
function parameterFileEntry(resource, file) {
  const first = firstLineIn(resource, file, 0);
  return { file, startLine: first === Infinity ? 1 : first, role: "parameter-file" };
}
function firstLineIn(value, file, depth) {
  if (typeof value !== "object" || value === null || depth > 3) return Infinity;
  if ("origin" in value && "location" in value) {
    const { location, via } = value;
    let first2 = location.file === file ? location.line : Infinity;
    for (const place of via ?? []) if (place.file === file && place.line < first2) first2 = place.line;
    return first2;
  }
  let first = Infinity;
  for (const key2 in value) {
    if (!Object.hasOwn(value, key2)) continue;
    const line2 = firstLineIn(value[key2], file, depth + 1);
    if (line2 < first) first = line2;
  }
  return first;
}

// src/readers/arm/model/arc-machine.ts
function adaptArcMachine(reader, common2) {
  return withCommon(common2, mapArcMachine(armSource(reader), "declared"));
}
function adaptArcLicenseProfile(instance, reader, common2, symbols) {
  const identity = parentMachine(instance, common2.identity.resourceGroup, symbols);
  const displayName = identity.name ?? common2.displayName;
  return Object.assign(withCommon(common2, { identity, displayName }), mapArcLicenseProfile(armSource(reader)));
}
function parentMachine(instance, resourceGroup4, symbols) {
  const group = resourceGroup4 === void 0 ? {} : { resourceGroup: resourceGroup4 };
  const value = instance.name.value;
  if (typeof value === "string") return { type: ARC_MACHINE_TYPE, name: value.split("/")[0], ...group };
  const pattern = value instanceof Unresolved ? value.pattern?.split("/")[0] : void 0;
  const symbol = pattern === void 0 ? void 0 : symbols.find(ARC_MACHINE_TYPE, pattern);
  return { type: ARC_MACHINE_TYPE, name: void 0, ...symbol === void 0 ? {} : { symbol }, ...group };
}

// src/readers/arm/template/type-names.ts
var lowered = /* @__PURE__ */ new Map();
var MAX_TYPES = 1024;
function lowerCaseType(type) {
  let lower = lowered.get(type);
  if (lower === void 0) {
    lower = type.toLowerCase();
    if (lowered.size >= MAX_TYPES) lowered.clear();
    lowered.set(type, lower);
  }
  return lower;
}

// src/readers/arm/model/maintenance-assignment.ts
var LEGACY_SUFFIX = "/providers/configurationassignments";
var LEGACY_ASSIGNMENT_TYPES = [
  "Microsoft.Compute/virtualMachines/providers/configurationAssignments",
  "Microsoft.Compute/virtualMachineScaleSets/providers/configurationAssignments",
  "Microsoft.HybridCompute/machines/providers/configurationAssignments"
];
function adaptMaintenanceAssignment(instance, reader, common2, symbols) {
  const toIdentity2 = (value) => targetIdentity(value, symbols);
  const configuration2 = reader.readWith(["properties", "maintenanceConfigurationId"], toIdentity2);
  const target2 = [legacyTarget(instance, reader, symbols), reader.readWith(["scope"], toIdentity2), reader.readWith(["properties", "resourceId"], toIdentity2)].find(
    (candidate) => candidate !== void 0 && candidate.origin !== "absent"
  );
  const filter = target2 === void 0 ? dynamicScope(reader) : void 0;
  const fields = {
    kind: "maintenance-assignment",
    configuration: { target: configuration2 }
  };
  if (target2 !== void 0) fields.target = { target: target2 };
  if (filter !== void 0) fields.filter = filter;
  return withCommon(common2, fields);
}
function legacyTarget(instance, reader, symbols) {
  const suffix = lowerCaseType(instance.type).lastIndexOf(LEGACY_SUFFIX);
  if (suffix < 0) return void 0;
  const parentType = instance.type.slice(0, suffix);
  return reader.sourced(instance.name, instance.nameRef, (name) => parentIdentity(parentType, name, symbols));
}
function dynamicScope(reader) {
  const written = reader.resolve(["properties", "filter"]);
  if (written === void 0 || written.traced.value === null) return void 0;
  return mapDynamicScope(armSource(reader));
}

// src/readers/arm/model/maintenance-configuration.ts
function adaptMaintenanceConfiguration(reader, common2) {
  return withCommon(common2, mapMaintenanceConfiguration(armSource(reader)));
}

// src/readers/arm/template/session.ts
var MAX_REFERENCE_CHAIN = 64;
var MAX_EVALUATION_DEPTH = 1e3;
var EvaluationSession = class {
  /** `limits.evaluation-steps`: values one template evaluation (per parameter file) may compute; nested copy loops stop there. */
  constructor(limits = DEFAULT_LIMITS) {
    this.limits = limits;
  }
  limits;
  expressions = new ExpressionCache();
  /** Made on the first problem: most templates have none. */
  problems;
  scopeCount = 0;
  chainDepth = 0;
  depth = 0;
  depthReported = false;
  steps = 0;
  template;
  /** Starts the step budget of one template evaluation, whose root is `template`. */
  beginTemplate(template) {
    this.steps = 0;
    this.depthReported = false;
    this.template = template;
  }
  /** Counts one evaluation step; false once the budget is spent (reported once, at the template). */
  spend(steps = 1) {
    if (this.steps > this.limits.steps) return false;
    this.steps += steps;
    const max = this.limits.steps;
    if (this.steps <= max) return true;
    if (this.steps - steps <= max && this.template !== void 0) {
      this.report({ ref: this.template, message: stepBudgetMessage("the template", this.limits), severity: "error", kind: "not-evaluated" });
    }
    return false;
  }
  report(problem2) {
    const key2 = `${problem2.ref.file}#${problem2.ref.path.join("/")}#${problem2.message}`;
    this.problems ??= /* @__PURE__ */ new Map();
    if (!this.problems.has(key2)) this.problems.set(key2, problem2);
  }
  reported() {
    return this.problems === void 0 ? [] : [...this.problems.values()];
  }
  /** A short id, unique in this read, that names a template scope inside value patterns. */
  nextScopeId() {
    return `s${this.scopeCount++}`;
  }
  /**
   * Runs `evaluate` `levels` deeper, or returns undefined past MAX_EVALUATION_DEPTH (reported once per
   * template evaluation, where it first happens).
   */
  deeper(levels, ref, evaluate3) {
    if (this.depth + levels > MAX_EVALUATION_DEPTH) {
      if (!this.depthReported) {
        const message = `evaluation nested deeper than ${MAX_EVALUATION_DEPTH} levels (values and variables nested in one another); it is unresolved`;
        this.report({ ref, message, severity: "error" });
      }
      this.depthReported = true;
      return void 0;
    }
    this.depth += levels;
    try {
      return evaluate3();
    } finally {
      this.depth -= levels;
    }
  }
  /** Runs `evaluate` one level deeper in the reference chain, or returns undefined past the limit. */
  nested(evaluate3) {
    if (this.chainDepth >= MAX_REFERENCE_CHAIN) return void 0;
    this.chainDepth++;
    try {
      return evaluate3();
    } finally {
      this.chainDepth--;
    }
  }
};

// src/readers/arm/template/evaluate-json.ts
var MAX_COPY_COUNT = 800;
var isExpression = (text2) => text2.startsWith("[") && text2.endsWith("]") && !text2.startsWith("[[");
var unescapeLiteral = (text2) => text2.startsWith("[[") && text2.endsWith("]") ? text2.slice(1) : text2;
var TOO_DEEP = { value: new Unresolved(`evaluation nested deeper than ${MAX_EVALUATION_DEPTH} levels`), trace: LITERAL };
var at = (ref, key2) => ({ file: ref.file, path: [...ref.path, key2] });
function evaluateJson(raw, context, ref) {
  if (!context.session.spend()) return STOPPED;
  if (typeof raw === "string") return evaluateString(raw, context, ref);
  if (raw === null || typeof raw !== "object") return literal(raw);
  const container = raw;
  return context.session.deeper(
    1,
    ref,
    () => Array.isArray(container) ? combine(container.map((item, i) => [i, evaluateMember(item, context, ref, i)]), "array") : evaluateObject(container, context, ref)
  ) ?? TOO_DEEP;
}
function evaluateMember(value, context, ref, key2) {
  if (value === null || typeof value !== "object" && (typeof value !== "string" || !isExpression(value))) {
    if (!context.session.spend()) return STOPPED;
    return literal(typeof value === "string" ? unescapeLiteral(value) : value);
  }
  return evaluateJson(value, context, at(ref, key2));
}
function evaluateString(text2, context, ref) {
  if (!isExpression(text2)) return literal(unescapeLiteral(text2));
  const parsed = context.session.expressions.parse(text2.slice(1, -1));
  if (parsed instanceof ExpressionSyntaxError) {
    const message = `invalid expression: ${parsed.message} (character ${parsed.offset + 2} of the string)`;
    context.session.report({ ref, message, severity: "error" });
    return { value: new Unresolved(message), trace: computedFrom([]) };
  }
  const result = context.session.deeper(2 * expressionDepth(parsed), ref, () => evaluate(parsed, context)) ?? TOO_DEEP;
  if (Array.isArray(result.value) && !context.session.spend(result.value.length)) return STOPPED;
  return result;
}
var STOPPED = { value: new Unresolved("evaluation stopped: the template needs too many steps"), trace: LITERAL };
var depths = /* @__PURE__ */ new WeakMap();
function expressionDepth(expression) {
  const known3 = depths.get(expression);
  if (known3 !== void 0) return known3;
  let deepest = 0;
  const pending = [[expression, 1]];
  for (let item = pending.pop(); item !== void 0; item = pending.pop()) {
    const [node, level] = item;
    deepest = Math.max(deepest, level);
    if (node.kind === "call") for (const arg of node.args) pending.push([arg, level + 1]);
    else if (node.kind === "member") pending.push([node.target, level + 1]);
    else if (node.kind === "index") pending.push([node.target, level + 1], [node.index, level + 1]);
  }
  depths.set(expression, deepest);
  return deepest;
}
function evaluateObject(raw, context, ref) {
  const members = [];
  for (const key2 in raw) {
    if (!Object.hasOwn(raw, key2)) continue;
    const value = raw[key2];
    if (key2.length === 4 && key2.toLowerCase() === "copy" && Array.isArray(value) && value.every(isJsonObject)) {
      value.forEach((loop, i) => {
        const member3 = propertyLoop(loop, context, at(at(ref, key2), i));
        if (member3 !== void 0) members.push(member3);
      });
      continue;
    }
    let name;
    if (isExpression(key2)) {
      const evaluated = evaluateString(key2, context, at(ref, key2));
      if (evaluated.value instanceof Unresolved) return { value: derived(evaluated.value), trace: evaluated.trace };
      if (typeof evaluated.value !== "string") return { value: new Unresolved(`property name '${key2}' is not a string`), trace: evaluated.trace };
      name = evaluated.value;
    } else {
      name = unescapeLiteral(key2);
    }
    members.push([name, evaluateMember(value, context, ref, key2)]);
  }
  return combine(members, "object");
}
function propertyLoop(loop, context, ref) {
  const name = jsonMember(loop, "name")?.value;
  const input = jsonMember(loop, "input");
  if (typeof name !== "string") return void 0;
  if (input === void 0) return [name, { value: new Unresolved(`copy loop '${name}' has no input`), trace: LITERAL }];
  return [name, copyLoop(name, loop, context, ref, "property", input.value, at(ref, input.key))];
}
function copyLoop(name, loop, context, ref, level, input, inputRef) {
  const count = copyCount(loop, context, ref);
  if (count instanceof Unresolved) return { value: count, trace: computedFrom([]) };
  const items = Array.from({ length: count }, (_, index2) => [index2, evaluateJson(input, context.withLoop({ name, index: index2, level }), inputRef)]);
  return combine(items, "array");
}
function copyCount(loop, context, ref) {
  const member3 = jsonMember(loop, "count");
  if (member3 === void 0) return new Unresolved("copy loop has no count");
  const countRef = at(ref, member3.key);
  const { value } = evaluateJson(member3.value, context, countRef);
  if (isUnresolved(value)) return derived(value);
  const count = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof count === "number" && Number.isInteger(count) && count >= 0 && count <= MAX_COPY_COUNT) return count;
  const message = `copy count ${JSON.stringify(value)} is not a whole number from 0 to ${MAX_COPY_COUNT}`;
  context.session.report({ ref: countRef, message, severity: "error" });
  return new Unresolved(message);
}
function combine(members, kind) {
  let value;
  if (kind === "array") {
    value = members.map(([, member3]) => member3.value);
  } else {
    const object = emptyArmObject();
    for (const [key2, member3] of members) setArmMember(object, String(key2), member3.value);
    value = object;
  }
  const literalOnly = members.every(([, member3]) => member3.trace.origin === "literal");
  return { value, trace: literalOnly ? LITERAL : computedFrom(members.map(([, member3]) => member3.trace)) };
}

// src/readers/arm/model/property-reader.ts
var NOTHING = 0;
var OBJECT = 1;
var SCALAR = 2;
var VALUE = 3;
var PropertyReader = class {
  constructor(instance, locate3) {
    this.instance = instance;
    this.locate = locate3;
    this.resourceLocation = locate3(instance.ref);
    this.keyRef = { file: instance.ref.file, path: [...instance.ref.path] };
    this.resourceDepth = instance.ref.path.length;
  }
  instance;
  locate;
  /** Where absent and provider-default values point: the resource declaration. */
  resourceLocation;
  /**
   * The resource's path, then the keys as written along the path being followed: reused from read to
   * read, never shortened (an array whose length is set lower may give up its storage, and a push
   * then allocates it again), so its first `resourceDepth + keyCount` segments are the path.
   */
  keyRef;
  resourceDepth;
  keyCount = 0;
  /** The resource's absent value: one object for every property it does not write. */
  absentValue;
  foundObject;
  foundValue = null;
  foundStep = 0;
  /** The model value at a path; unresolved values never reach `convert`. */
  read(path, convert2) {
    return this.readValue(path, convert2, false);
  }
  /** Like `read`, but `convert` also sees unresolved values (to recognise patterns). */
  readWith(path, convert2) {
    return this.readValue(path, convert2, true);
  }
  /** A Sourced value from an evaluated value written at `ref`, with its origin, parameter and path. */
  sourced(traced2, ref, convert2) {
    return this.sourcedAt(traced2.value, traced2.trace, this.locate(ref), convert2, true);
  }
  /**
   * Whether something (not null) is written at a path: an object written in the template counts as
   * literal however many expressions it holds.
   */
  written(path) {
    const found = this.find(path);
    if (found === OBJECT) return { value: true, origin: "literal", location: this.locateKeys() };
    if (found === SCALAR && this.foundValue !== null && this.instance.context.session.spend()) {
      return { value: true, origin: "literal", location: this.locateKeys() };
    }
    const resolved = found === NOTHING ? void 0 : this.evaluateFound(path);
    if (resolved === void 0 || resolved.traced.value === null) return this.absent();
    return this.sourced(resolved.traced, resolved.ref, (value) => value instanceof Unresolved ? value : true);
  }
  /** The evaluated value at a path and where it is written, or undefined when it is not set. */
  resolve(path) {
    const found = this.find(path);
    if (found === NOTHING) return void 0;
    return found === OBJECT ? this.evaluateObject() : this.evaluateFound(path);
  }
  readValue(path, convert2, seesUnresolved) {
    const found = this.find(path);
    if (found === NOTHING) return this.absent();
    if (found === SCALAR && this.instance.context.session.spend()) {
      const value = this.foundValue;
      if (value === null) return this.absent();
      return this.sourcedAt(typeof value === "string" ? unescapeLiteral(value) : value, LITERAL, this.locateKeys(), convert2, seesUnresolved);
    }
    const resolved = found === OBJECT ? this.evaluateObject() : this.evaluateFound(path);
    if (resolved === void 0 || resolved.traced.value === null) return this.absent();
    return this.sourcedAt(resolved.traced.value, resolved.traced.trace, this.locate(resolved.ref), convert2, seesUnresolved);
  }
  sourcedAt(value, trace, location, convert2, seesUnresolved) {
    const converted = !seesUnresolved && value instanceof Unresolved ? value : convert2(value);
    const { detail } = trace;
    const via = trace.via.length > 0 ? trace.via.map((place) => this.locate(place)) : void 0;
    if (!(converted instanceof Unresolved)) {
      return sourcedValue(typeof converted === "string" ? intern(converted) : converted, trace.origin, location, detail, via);
    }
    const sourced2 = unresolvedValue(location, converted.reason, detail, via);
    const allowed = scalars(converted.allowed);
    if (allowed !== void 0) sourced2.allowed = allowed;
    return sourced2;
  }
  /** The resource's absent value (at its declaration): one object for every value it does not write. */
  absent() {
    return this.absentValue ??= absent(this.resourceLocation);
  }
  /**
   * Follows a path in the template JSON, keys matched as ARM matches them (case-insensitively), into
   * `keys`; says what it found there.
   */
  find(path) {
    const keys = this.keyRef.path;
    const depth = this.resourceDepth;
    this.keyCount = 0;
    let json = this.instance.body;
    for (let i = 0; i < path.length; i++) {
      const key2 = findKey(json, path[i]);
      if (key2 === void 0) return NOTHING;
      keys[depth + this.keyCount++] = key2;
      const value = json[key2];
      if (isJsonObject(value)) {
        json = value;
        continue;
      }
      this.foundValue = value;
      this.foundStep = i;
      const scalar = i === path.length - 1 && (value === null || typeof value !== "object") && (typeof value !== "string" || !isExpression(value));
      return scalar ? SCALAR : VALUE;
    }
    this.foundObject = json;
    return OBJECT;
  }
  /** The value `find` found evaluated, the rest of the path read in it; undefined when that is not set. */
  evaluateFound(path) {
    const memberRef = this.keysRef();
    let traced2 = evaluateJson(this.foundValue, this.instance.context, memberRef);
    for (let j = this.foundStep + 1; j < path.length; j++) {
      const next = memberOf(traced2, path[j]);
      if (next === void 0) return void 0;
      traced2 = next;
    }
    return { traced: traced2, ref: memberRef };
  }
  /** The template object `find` found, evaluated. */
  evaluateObject() {
    const ref = this.keysRef();
    return { traced: evaluateJson(this.foundObject, this.instance.context, ref), ref };
  }
  /** A reference to the keys `find` followed (a new one: it is kept by what it is given to). */
  keysRef() {
    const { keyRef } = this;
    return { file: keyRef.file, path: keyRef.path.slice(0, this.resourceDepth + this.keyCount) };
  }
  /** The location of the keys `find` followed, through the reused path. */
  locateKeys() {
    return this.locate(this.keyRef, this.resourceDepth + this.keyCount);
  }
};
function sourcedValue(value, origin, location, detail, via) {
  if (detail === void 0) return via === void 0 ? { value, origin, location } : { value, origin, location, via };
  return via === void 0 ? { value, origin, location, detail } : { value, origin, location, detail, via };
}
function unresolvedValue(location, reason, detail, via) {
  const origin = "unresolved";
  const value = void 0;
  if (detail === void 0) return via === void 0 ? { value, origin, location, reason } : { value, origin, location, reason, via };
  return via === void 0 ? { value, origin, location, reason, detail } : { value, origin, location, reason, detail, via };
}
function memberOf({ value, trace }, key2) {
  if (value === null) return void 0;
  if (value instanceof Unresolved) return { value: derived(value), trace };
  if (!isArmObject(value)) return { value: new Unresolved(`expected an object holding '${key2}', found ${typeName(value)}`), trace };
  const member3 = getMember(value, key2);
  return member3 === void 0 ? void 0 : { value: member3, trace };
}
function scalars(values) {
  if (values === void 0 || values.length === 0) return void 0;
  const kept = values.filter((value) => ["string", "number", "boolean"].includes(typeof value));
  return kept.length === values.length ? kept : void 0;
}

// src/readers/arm/model/virtual-machine.ts
function adaptVirtualMachine(reader, common2) {
  const kind = common2.identity.type === VMSS_TYPE ? "scale-set" : "virtual-machine";
  return withCommon(common2, mapVirtualMachine(armSource(reader), kind, { apiVersion: reader.read(["apiVersion"], asString) }));
}

// src/readers/arm/model/adapt.ts
var MODEL_TYPES = new Map([
  [VM_TYPE, VM_TYPE],
  [VMSS_TYPE, VMSS_TYPE],
  [ARC_MACHINE_TYPE, ARC_MACHINE_TYPE],
  [ARC_LICENSE_PROFILE_TYPE, ARC_LICENSE_PROFILE_TYPE],
  [MAINTENANCE_CONFIGURATION_TYPE, MAINTENANCE_CONFIGURATION_TYPE],
  [MAINTENANCE_ASSIGNMENT_TYPE, MAINTENANCE_ASSIGNMENT_TYPE],
  ...LEGACY_ASSIGNMENT_TYPES.map((type) => [type, MAINTENANCE_ASSIGNMENT_TYPE])
].map(([type, modelType2]) => [type.toLowerCase(), modelType2]));
var isModeledType = (type) => MODEL_TYPES.has(lowerCaseType(type));
function adaptInstances(instances, locate3, evaluation) {
  const symbols = new SymbolIndex();
  for (const instance of instances) if (instance.name.value instanceof Unresolved) symbols.add(modelType(instance), instance.name.value, symbolOf(instance));
  return instances.map((instance) => {
    const reader = new PropertyReader(instance, locate3);
    const type = modelType(instance);
    const common2 = commonFields(instance, reader, type, evaluation);
    const resource = type === ARC_MACHINE_TYPE ? adaptArcMachine(reader, common2) : type === ARC_LICENSE_PROFILE_TYPE ? adaptArcLicenseProfile(instance, reader, common2, symbols) : type === MAINTENANCE_CONFIGURATION_TYPE ? adaptMaintenanceConfiguration(reader, common2) : type === MAINTENANCE_ASSIGNMENT_TYPE ? adaptMaintenanceAssignment(instance, reader, common2, symbols) : adaptVirtualMachine(reader, common2);
    const { parameterFile } = evaluation;
    if (parameterFile === void 0) return resource;
    resource.related = [parameterFileEntry(resource, parameterFile), ...resource.related];
    return resource;
  });
}
var modelType = (instance) => MODEL_TYPES.get(lowerCaseType(instance.type)) ?? instance.type;

// src/readers/shared/unread-module.ts
var FLAG = /hotpatch/i;
var HOTPATCH_SKU = /^20\d\d-datacenter-azure-edition(?:-core|-hotpatch|-smalldisk)*(?:-g2)?$/i;
function hotpatchSignals(inputs) {
  const flag = inputs.find((input) => FLAG.test(lastKey(input.path)) && (input.value === true || String(input.value).toLowerCase() === "true"));
  const sku = inputs.find((input) => typeof input.value === "string" && HOTPATCH_SKU.test(input.value));
  const tag = inputs.find((input) => /(^|\.)tags\./i.test(input.path) && (FLAG.test(lastKey(input.path)) || FLAG.test(String(input.value))));
  if (flag === void 0 && sku === void 0 && tag === void 0) return void 0;
  const part = (name) => sku === void 0 ? void 0 : inputs.find((input) => typeof input.value === "string" && name.test(lastKey(input.path)));
  const publisher = part(/publisher$/i);
  const offer = part(/offer$/i);
  return { ...flag && { flag }, ...sku && { sku }, ...tag && { tag }, ...publisher && { publisher }, ...offer && { offer } };
}
function unreadCallAsVm(call3, signals) {
  const shown = [signals.flag, signals.sku, signals.tag].filter((input) => input !== void 0).map((input) => `${input.path} = ${JSON.stringify(input.value)} at ${formatLocation(input.at)}`);
  const reason = `${call3.why}, and its inputs carry a hotpatch signal (${shown.join("; ")}): ${call3.judge}`;
  const open = () => unresolved(call3.at, `decided inside ${call3.displayName}, which is not read`);
  const signal = (input) => input === void 0 ? void 0 : known(input.value, input.at, "literal");
  return {
    kind: "virtual-machine",
    format: call3.format,
    identity: { type: VM_TYPE, name: void 0, symbol: call3.symbol },
    ...call3.unit === void 0 ? {} : { unit: call3.unit },
    ...call3.scope === void 0 ? {} : { scope: call3.scope },
    displayName: call3.displayName,
    reportAt: call3.at,
    declaredAt: call3.at,
    related: [],
    variant: call3.variant ?? "",
    deployed: call3.deployed,
    canHotpatch: true,
    orchestrationMode: absent(call3.at),
    osType: unresolved(call3.at, reason),
    image: {
      publisher: signal(signals.publisher) ?? open(),
      offer: signal(signals.offer) ?? open(),
      sku: signal(signals.sku) ?? open(),
      version: absent(call3.at),
      customImageId: absent(call3.at)
    },
    location: absent(call3.at),
    tags: absent(call3.at),
    patchMode: open(),
    enableHotpatching: signal(signals.flag) ?? open(),
    rebootSetting: open(),
    bypassPlatformSafetyChecksOnUserSchedule: open()
  };
}
var lastKey = (path) => path.slice(path.lastIndexOf(".") + 1);

// src/readers/arm/template/context.ts
var Context = class _Context {
  constructor(template, loops = []) {
    this.template = template;
    this.loops = loops;
  }
  template;
  loops;
  get session() {
    return this.template.session;
  }
  get resourceGroup() {
    return this.template.resourceGroup;
  }
  parameter(name) {
    return this.template.parameter(name);
  }
  variable(name) {
    return this.template.variable(name);
  }
  /** A named loop, or without a name the innermost resource loop (as ARM resolves `copyIndex()`). */
  copyIndex(loopName) {
    const lower = loopName?.toLowerCase();
    const binding = this.loops.findLast((loop) => lower === void 0 ? loop.level === "resource" : loop.name.toLowerCase() === lower);
    if (binding) return binding.index;
    return new Unresolved(loopName === void 0 ? "copyIndex() is used outside a copy loop" : `copyIndex('${loopName}') is used outside that copy loop`);
  }
  withLoop(binding) {
    return new _Context(this.template, [...this.loops, binding]);
  }
};

// src/readers/arm/template/parameter-sources.ts
var keyVaultReference = (name, ref, origin) => ({
  value: new Unresolved(`parameter '${name}' is a Key Vault reference, only known at deployment`),
  trace: { origin, detail: name, via: [ref] }
});
var DEFAULTS_ONLY = {
  supplied: () => void 0,
  missingReason: (name) => `parameter '${name}' has no default value and no parameter file sets it`
};
function parameterFileSource(parameterFile) {
  const fileName2 = parameterFile.file.split("/").pop() ?? parameterFile.file;
  return {
    supplied(name) {
      const entry = jsonMember(parameterFile.parameters, name);
      if (entry === void 0) return void 0;
      const ref = { file: parameterFile.file, path: ["parameters", entry.key] };
      if (jsonMember(entry.value, "reference") !== void 0) return keyVaultReference(name, ref, "parameter-file");
      const value = jsonMember(entry.value, "value");
      if (value === void 0) return void 0;
      return { value: value.value, trace: { origin: "parameter-file", detail: name, via: [at(ref, value.key)] } };
    },
    missingReason: (name) => `parameter '${name}' has no default value and ${fileName2} does not set it`
  };
}
function nestedDeploymentSource(parameters, outer, ref) {
  return {
    supplied(name) {
      const entry = jsonMember(parameters, name);
      if (entry === void 0) return void 0;
      const entryRef = at(ref, entry.key);
      if (jsonMember(entry.value, "reference") !== void 0) return keyVaultReference(name, entryRef, "expression");
      const value = jsonMember(entry.value, "value");
      if (value === void 0) return void 0;
      const valueRef = at(entryRef, value.key);
      const evaluated = evaluateJson(value.value, outer, valueRef);
      return { value: evaluated.value, trace: through(evaluated.trace, valueRef) };
    },
    missingReason: (name) => `parameter '${name}' has no default value and the nested deployment does not pass it`
  };
}

// src/readers/arm/template/template-scope.ts
var IN_PROGRESS = /* @__PURE__ */ Symbol("in progress");
var TemplateScope = class {
  constructor(session, file, template, templatePath, source, resourceGroup4 = void 0) {
    this.session = session;
    this.file = file;
    this.template = template;
    this.templatePath = templatePath;
    this.source = source;
    this.resourceGroup = resourceGroup4;
    this.id = session.nextScopeId();
  }
  session;
  file;
  template;
  templatePath;
  source;
  resourceGroup;
  /** Names this scope inside value patterns (`{s0:vmName}`). */
  id;
  /** Made on first use (a nested template or a template without variables never makes one). */
  parameters;
  variables;
  parameter(name) {
    return this.remember(this.parameters ??= /* @__PURE__ */ new Map(), "parameter", name, () => this.resolveParameter(name));
  }
  variable(name) {
    return this.remember(this.variables ??= /* @__PURE__ */ new Map(), "variable", name, () => this.resolveVariable(name));
  }
  resolveParameter(name) {
    const declarations2 = jsonObjectMember(this.template, "parameters");
    const key2 = declarations2 === void 0 ? void 0 : findKey(declarations2, name);
    if (key2 === void 0) return unresolved2(`parameter '${name}' is not declared`);
    const supplied = this.source.supplied(key2);
    if (supplied !== void 0) return supplied;
    const declaration = declarations2?.[key2];
    const declarationRef = this.ref(["parameters", key2]);
    const defaultValue = jsonMember(declaration, "defaultValue");
    if (defaultValue !== void 0) {
      const ref = at(declarationRef, defaultValue.key);
      const evaluated = evaluateJson(defaultValue.value, new Context(this), ref);
      return { value: evaluated.value, trace: { origin: "default", detail: key2, via: [ref, ...evaluated.trace.via] } };
    }
    const trace = { origin: "default", detail: key2, via: [declarationRef] };
    if (jsonMember(declaration, "nullable")?.value === true) return { value: null, trace };
    const allowed = jsonMember(declaration, "allowedValues")?.value;
    const allowedValues2 = Array.isArray(allowed) ? allowed : void 0;
    return { value: new Unresolved(this.source.missingReason(key2), `{${this.id}:${key2}}`, allowedValues2), trace };
  }
  resolveVariable(name) {
    const variables = jsonObjectMember(this.template, "variables");
    const key2 = variables === void 0 ? void 0 : findKey(variables, name);
    if (variables !== void 0 && key2 !== void 0 && key2.toLowerCase() !== "copy") {
      const ref = this.ref(["variables", key2]);
      const evaluated = evaluateJson(variables[key2], new Context(this), ref);
      return { value: evaluated.value, trace: { origin: "variable", detail: key2, via: [ref, ...evaluated.trace.via] } };
    }
    return this.variableLoop(variables, name) ?? unresolved2(`variable '${name}' is not declared`);
  }
  /** `variables.copy: [{name, count, input}]` declares array variables. */
  variableLoop(variables, name) {
    const loops = jsonMember(variables, "copy");
    if (!Array.isArray(loops?.value)) return void 0;
    const loopsRef = this.ref(["variables", loops.key]);
    const index2 = loops.value.findIndex((loop2) => {
      const loopName = jsonMember(loop2, "name")?.value;
      return typeof loopName === "string" && loopName.toLowerCase() === name.toLowerCase();
    });
    const loop = loops.value[index2];
    const input = jsonMember(loop, "input");
    if (index2 < 0 || !isJsonObject(loop) || input === void 0) return void 0;
    const ref = at(loopsRef, index2);
    const evaluated = copyLoop(name, loop, new Context(this), ref, "variable", input.value, at(ref, input.key));
    return { value: evaluated.value, trace: { origin: "variable", detail: name, via: [ref, ...evaluated.trace.via] } };
  }
  remember(cache, kind, name, resolve) {
    const key2 = name.toLowerCase();
    const cached = cache.get(key2);
    if (cached === IN_PROGRESS) return unresolved2(`${kind} '${name}' refers to itself`);
    if (cached !== void 0) return cached;
    cache.set(key2, IN_PROGRESS);
    const resolved = this.session.nested(resolve) ?? unresolved2(`more than ${MAX_REFERENCE_CHAIN} parameters and variables refer to one another in a chain`);
    cache.set(key2, resolved);
    return resolved;
  }
  ref(path) {
    return { file: this.file, path: [...this.templatePath, ...path] };
  }
};
var unresolved2 = (reason) => ({ value: new Unresolved(reason), trace: { origin: "expression", via: [] } });

// src/readers/arm/template/nested-deployment.ts
var DEPLOYMENT_TYPE = "microsoft.resources/deployments";
function openNestedTemplate(deployment, ref, context) {
  const properties = jsonMember(deployment, "properties");
  if (properties === void 0 || !isJsonObject(properties.value)) return void 0;
  const propertiesRef = at(ref, properties.key);
  const template = jsonMember(properties.value, "template");
  if (template === void 0 || !isJsonObject(template.value)) {
    const link = jsonMember(properties.value, "templateLink") ?? template;
    if (link !== void 0) {
      const message = `the ${link === template ? "template built by an expression" : "linked template (templateLink)"} is not read; the resources it deploys are not checked`;
      context.session.report({ ref: at(propertiesRef, link.key), message, severity: "notice" });
    }
    return void 0;
  }
  const templateRef = at(propertiesRef, template.key);
  if (!isInnerScope(properties.value, context, propertiesRef)) return { template: template.value, ref: templateRef, context };
  const parameters = jsonMember(properties.value, "parameters");
  const parametersRef = at(propertiesRef, parameters?.key ?? "parameters");
  const source = nestedDeploymentSource(isJsonObject(parameters?.value) ? parameters.value : void 0, context, parametersRef);
  const scope = new TemplateScope(context.session, ref.file, template.value, templateRef.path, source, resourceGroup2(deployment, ref, context));
  return { template: template.value, ref: templateRef, context: new Context(scope) };
}
function isInnerScope(properties, context, ref) {
  const options = jsonMember(properties, "expressionEvaluationOptions");
  const scope = jsonMember(jsonObjectMember(properties, "expressionEvaluationOptions"), "scope");
  if (options === void 0 || scope === void 0) return false;
  const { value } = evaluateJson(scope.value, context, at(at(ref, options.key), scope.key));
  return typeof value === "string" && value.toLowerCase() === "inner";
}
function resourceGroup2(deployment, ref, context) {
  const member3 = jsonMember(deployment, "resourceGroup");
  if (member3 === void 0) return context.resourceGroup;
  const { value } = evaluateJson(member3.value, context, at(ref, member3.key));
  return typeof value === "string" ? value : void 0;
}

// src/readers/arm/model/unread-template.ts
var MAX_INPUTS = 500;
var MAX_DEPTH = 6;
var isDeploymentType = (type) => lowerCaseType(type) === DEPLOYMENT_TYPE;
function unreadTemplateVm(instance, locate3, evaluation) {
  const properties = jsonMember(instance.body, "properties")?.value;
  if (!isJsonObject(properties) || jsonMember(properties, "templateLink") === void 0) return void 0;
  const reader = new PropertyReader(instance, locate3);
  const parameters = jsonMember(properties, "parameters")?.value;
  const inputs = [];
  for (const name of isJsonObject(parameters) ? Object.keys(parameters) : []) {
    const resolved = reader.resolve(["properties", "parameters", name, "value"]);
    if (resolved !== void 0) collect(name, resolved.traced.value, locate3(resolved.ref), inputs, 0);
  }
  const signals = hotpatchSignals(inputs);
  if (signals === void 0) return void 0;
  const common2 = commonFields(instance, reader, VM_TYPE, evaluation);
  const at2 = reader.resourceLocation;
  return unreadCallAsVm(
    {
      format: "arm",
      displayName: `deployment ${common2.displayName}`,
      symbol: `${common2.identity.symbol ?? at2.file}#templateLink`,
      at: at2,
      why: "the linked template (templateLink) is not read",
      judge: "scan its what-if result instead (az deployment group what-if --no-pretty-print beside the template), or exempt the deployment",
      unit: common2.unit,
      scope: common2.scope,
      deployed: common2.deployed,
      variant: common2.variant
    },
    signals
  );
}
function collect(path, value, at2, into, depth) {
  if (into.length >= MAX_INPUTS || depth > MAX_DEPTH || value === null || value instanceof Unresolved) return;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    into.push({ path, value, at: at2 });
  } else if (isArmArray(value)) {
    value.forEach((item, index2) => collect(`${path}[${index2}]`, item, at2, into, depth + 1));
  } else if (isArmObject(value)) {
    for (const [key2, item] of Object.entries(value)) collect(`${path}.${key2}`, item, at2, into, depth + 1);
  }
}

// src/readers/arm/template/resource-walker.ts
var MAX_NESTED_DEPLOYMENTS = 16;
var UNIT_ITERATIONS_PER_INSTANCE = 10;
var RESOURCE_LABELS = [];
var resourceLabel = (index2) => {
  if (index2 >= 256) return `resources[${index2}]`;
  return RESOURCE_LABELS[index2] ??= `resources[${index2}]`;
};
function collectResources(template, ref, context, wanted) {
  const found = [];
  const limits = context.session.limits;
  let iterationsLeft = limits.instances * UNIT_ITERATIONS_PER_INSTANCE;
  const notEvaluated2 = (resourceRef, message) => context.session.report({ ref: resourceRef, message, severity: "error", kind: "not-evaluated" });
  const walk = (resources2, resourcesRef, enclosing) => {
    if (Array.isArray(resources2)) {
      for (let i = 0; i < resources2.length; i++) {
        const resource = resources2[i];
        if (isDeclared(resource)) visit2(resource, resourcesRef, i, resourceLabel(i), enclosing);
      }
    } else if (isJsonObject(resources2)) {
      for (const key2 in resources2) {
        const resource = resources2[key2];
        if (Object.hasOwn(resources2, key2) && isDeclared(resource)) visit2(resource, resourcesRef, key2, key2, enclosing);
      }
    }
  };
  const visit2 = (resource, resourcesRef, key2, label, enclosing) => {
    const declared = resourceType(resource, resourcesRef, key2, enclosing);
    if (declared === void 0) return;
    const { type, parent } = declared;
    const isDeployment = lowerCaseType(type) === DEPLOYMENT_TYPE;
    const children = jsonMember(resource, "resources");
    const isWanted = wanted(type);
    if (!isWanted && !isDeployment && children === void 0) return;
    const resourceRef = at(resourcesRef, key2);
    const nameMember = jsonMember(resource, "name");
    const nameRef = at(resourceRef, nameMember?.key ?? "name");
    const what = `${type} ${label}`;
    const expanded = iterations(resource, resourceRef, enclosing.context, enclosing.factors, what);
    if (typeof expanded === "string") return notEvaluated2(resourceRef, expanded);
    if (expanded.iterations.length > iterationsLeft) {
      const budget = limits.instances * UNIT_ITERATIONS_PER_INSTANCE;
      return notEvaluated2(resourceRef, `${what}: the template's resource instances reached its budget of ${budget} (${UNIT_ITERATIONS_PER_INSTANCE} \xD7 limits.instances; raise limits.instances in the configuration to evaluate it)`);
    }
    iterationsLeft -= expanded.iterations.length;
    const factors = expanded.looped ? [...enclosing.factors, expanded.iterations.length] : enclosing.factors;
    for (const iteration of expanded.iterations) {
      const { context: context2 } = iteration;
      const conditions = [...enclosing.conditions, ...iteration.conditions, ...ownCondition(resource, resourceRef, context2)];
      const symbolPath = `${enclosing.symbolPath}${label}${iteration.suffix}`;
      const variant = `${enclosing.variant}${iteration.suffix}`;
      const name = fullName(nameMember, nameRef, context2, parent);
      if (isWanted) {
        found.push({ type, name, nameRef, body: resource, ref: resourceRef, context: context2, conditions, symbolPath, variant, deployments: enclosing.deployments });
      }
      const nested = isDeployment ? openNestedTemplate(resource, resourceRef, context2) : void 0;
      if (nested !== void 0 && enclosing.deployments.length >= MAX_NESTED_DEPLOYMENTS) {
        const message = `nested deployments deeper than ${MAX_NESTED_DEPLOYMENTS} levels are not read`;
        context2.session.report({ ref: resourceRef, message, severity: "error" });
      } else if (nested !== void 0) {
        const resources2 = jsonMember(nested.template, "resources");
        walk(resources2?.value, at(nested.ref, resources2?.key ?? "resources"), {
          context: nested.context,
          conditions,
          symbolPath: `${symbolPath}/`,
          variant,
          deployments: [...enclosing.deployments, resourceRef],
          factors
        });
      }
      if (children !== void 0) {
        const parent2 = { type, name };
        walk(children.value, at(resourceRef, children.key), { ...enclosing, context: context2, conditions, symbolPath: `${symbolPath}/`, variant, parent: parent2, factors });
      }
    }
  };
  const resources = jsonMember(template, "resources");
  walk(resources?.value, at(ref, resources?.key ?? "resources"), { context, conditions: [], symbolPath: "", variant: "", deployments: [], factors: [] });
  return found;
}
var isDeclared = (resource) => isJsonObject(resource) && jsonMember(resource, "existing")?.value !== true;
function resourceType(resource, resourcesRef, key2, enclosing) {
  const member3 = jsonMember(resource, "type");
  if (member3 === void 0) return void 0;
  const { value } = typeof member3.value === "string" && isExpression(member3.value) ? evaluateJson(member3.value, enclosing.context, at(at(resourcesRef, key2), member3.key)) : { value: member3.value };
  if (typeof value !== "string") return void 0;
  const parent = enclosing.parent;
  const dot = value.indexOf(".");
  const slash = value.indexOf("/");
  const qualified = dot >= 0 && (slash < 0 || dot < slash);
  return parent === void 0 || qualified ? { type: value, parent: void 0 } : { type: `${parent.type}/${value}`, parent };
}
function fullName(member3, nameRef, context, parent) {
  if (member3 === void 0) return { value: new Unresolved("the resource has no name"), trace: LITERAL };
  const name = evaluateJson(member3.value, context, nameRef);
  if (parent === void 0) return name;
  const [parentName, childName] = [parent.name.value, name.value];
  const isText = (part) => typeof part === "string" || part instanceof Unresolved;
  if (!isText(parentName) || !isText(childName)) return { value: new Unresolved("the resource name is not a string"), trace: name.trace };
  return { value: joinText([parentName, "/", childName]), trace: name.trace };
}
function iterations(resource, ref, context, factors, what) {
  const copy = jsonMember(resource, "copy");
  const loopName = isJsonObject(copy?.value) ? jsonMember(copy.value, "name")?.value : void 0;
  if (copy === void 0 || !isJsonObject(copy.value) || typeof loopName !== "string") {
    return { iterations: [{ context, suffix: "", conditions: [] }], looped: false };
  }
  const copyRef = at(ref, copy.key);
  const count = copyCount(copy.value, context, copyRef);
  if (count instanceof Unresolved) {
    const index2 = new Unresolved(`copyIndex() of loop '${loopName}' is unknown: ${count.reason}`);
    const traced2 = { value: new Unresolved(`the copy count is unresolved: ${count.reason}`), trace: LITERAL };
    const iteration = { context: context.withLoop({ name: loopName, index: index2, level: "resource" }), suffix: "[*]", conditions: [{ traced: traced2, ref: copyRef }] };
    return { iterations: [iteration], looped: false };
  }
  if (count === 0) {
    const member3 = jsonMember(copy.value, "count");
    const countRef = member3 === void 0 ? copyRef : at(copyRef, member3.key);
    const trace = member3 === void 0 ? LITERAL : evaluateJson(member3.value, context, countRef).trace;
    const index2 = new Unresolved(`copy loop '${loopName}' has no iteration: its count is 0`);
    const iteration = { context: context.withLoop({ name: loopName, index: index2, level: "resource" }), suffix: "", conditions: [{ traced: { value: false, trace }, ref: countRef }] };
    return { iterations: [iteration], looped: false };
  }
  const all2 = [...factors, count];
  const total = all2.reduce((product, factor) => product * factor, 1);
  const limits = context.session.limits;
  if (total > limits.instances) return instanceBudgetMessage(what, total, all2, limits);
  const expanded = Array.from({ length: count }, (_, index2) => ({
    context: context.withLoop({ name: loopName, index: index2, level: "resource" }),
    suffix: `[${index2}]`,
    conditions: []
  }));
  return { iterations: expanded, looped: true };
}
function ownCondition(resource, ref, context) {
  const member3 = jsonMember(resource, "condition");
  if (member3 === void 0) return [];
  const conditionRef = at(ref, member3.key);
  return [{ traced: evaluateJson(member3.value, context, conditionRef), ref: conditionRef }];
}

// src/readers/arm/read-template.ts
function readTemplate(document, parameterFile, session, locate3) {
  const template = document.value;
  session.beginTemplate({ file: document.file, path: [] });
  const source = parameterFile === void 0 ? DEFAULTS_ONLY : parameterFileSource(parameterFile);
  const scope = new TemplateScope(session, document.file, template, [], source);
  const wanted = (type) => isModeledType(type) || isDeploymentType(type);
  const instances = collectResources(template, { file: document.file, path: [] }, new Context(scope), wanted);
  const evaluation = { parameterFile: parameterFile?.file };
  const unread = instances.filter((instance) => isDeploymentType(instance.type)).flatMap((instance) => unreadTemplateVm(instance, locate3, evaluation) ?? []);
  return [...adaptInstances(instances.filter((instance) => isModeledType(instance.type)), locate3, evaluation), ...unread];
}

// src/readers/shared/group-by.ts
function groupBy(items, keyOf2) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key2 = keyOf2(item);
    const members = groups.get(key2);
    if (members === void 0) groups.set(key2, [item]);
    else members.push(item);
  }
  return groups;
}

// src/workspace/folder-heads.ts
var HEAD_CHARACTERS = 4096;
var settled = /* @__PURE__ */ new WeakMap();
function settleFolders(workspace, folders) {
  if (folders.length === 0) return;
  let known3 = settled.get(workspace);
  if (known3 === void 0) {
    known3 = /* @__PURE__ */ new Set();
    settled.set(workspace, known3);
  }
  for (const folder of folders) known3.add(folder);
}
function folderHolds(workspace, folder, probe) {
  const key2 = folder === "." ? "" : folder.replace(/\/$/, "");
  if (settled.get(workspace)?.has(key2) === true) return false;
  const prefix = key2 === "" ? "" : `${key2}/`;
  const listed = typeof workspace.listedIn === "function" ? workspace.listedIn(key2) : void 0;
  const files = listed ?? workspace.list([key2 === "" ? "." : key2]).filter((file) => file.path.startsWith(prefix) && !file.path.slice(prefix.length).includes("/"));
  return files.some((file) => {
    if (!probe.candidate(file.path)) return false;
    const text2 = workspace.readText(file.path);
    return text2.ok && probe.test(text2.text.slice(0, HEAD_CHARACTERS));
  });
}

// src/readers/shared/what-if/what-if-head.ts
var CHANGES = /"changes"\s*:\s*\[\s*(?:\]|\{\s*"(?:after|before|changeType|delta|deploymentId|identifiers|resourceId|scope|symbolicName|unsupportedReason)"\s*:)/;
var isWhatIfHead = (head) => CHANGES.test(head);

// src/readers/shared/what-if/result-folders.ts
var known2 = /* @__PURE__ */ new WeakMap();
var whatIfResultProbe = {
  candidate: (path) => path.toLowerCase().endsWith(".json"),
  test: isWhatIfHead
};
function hasWhatIfResult(workspace, folder) {
  const key2 = folder === "." ? "" : folder.replace(/\/$/, "");
  let folders = known2.get(workspace);
  if (folders === void 0) {
    folders = /* @__PURE__ */ new Map();
    known2.set(workspace, folders);
  }
  const cached = folders.get(key2);
  if (cached !== void 0) return cached;
  const found = typeof workspace.list === "function" && folderHolds(workspace, key2, whatIfResultProbe);
  folders.set(key2, found);
  return found;
}

// src/readers/arm/arm-reader.ts
var armReader = {
  format: "arm",
  claims: (file, head) => claimsArmFile(file.path, head),
  // A folder is a unit: parameter files pair only with templates of their folder.
  units: (files) => [...groupByFolder(files).values()].map((members) => ({ files: members })),
  read: (files, workspace, limits) => Promise.resolve(readArmFiles(files, workspace, limits ?? DEFAULT_LIMITS)),
  release: releaseSharedExpressions
};
function readArmFiles(files, workspace, limits) {
  const state = { workspace, parseErrors: [], manifests: [], resources: [], limits };
  const byFile = /* @__PURE__ */ new Map();
  for (const [folder, members] of groupByFolder(files)) if (!hasWhatIfResult(workspace, folder)) readFolder(members, state, byFile);
  const resourceOrigins = [];
  for (const file of files) {
    for (const resource of byFile.get(file.path) ?? []) {
      state.resources.push(resource);
      resourceOrigins.push({ file: file.path });
    }
  }
  return { resources: state.resources, resourceOrigins, parseErrors: state.parseErrors, manifests: state.manifests };
}
function groupByFolder(files) {
  return groupBy(files, (file) => folderOf(file.path));
}
function readFolder(files, state, byFile) {
  const parameterFiles = /* @__PURE__ */ new Map();
  const templates = [];
  for (const file of files) {
    const text2 = readText(file, state);
    if (text2 === void 0) continue;
    if (skipCompiledBicep(file, text2, state)) continue;
    if (!isParameterFileCandidate(file.path, text2)) {
      templates.push({ file, text: text2 });
      continue;
    }
    const document = parse2(file.path, text2, state);
    const armFile = document && classifyArmFile(document);
    if (armFile?.kind === "parameters") {
      parameterFiles.set(file.path, { parameterFile: { file: file.path, parameters: armFile.parameters }, document: armFile.document });
    } else if (armFile?.kind === "template") templates.push({ file, text: text2, document: armFile.document });
  }
  const pairs = parameterFiles.size === 0 ? void 0 : pairParameterFiles(templates.map((template) => template.file.path), [...parameterFiles.keys()]);
  for (const template of templates) {
    const paired = (pairs?.get(template.file.path) ?? []).map((path) => parameterFiles.get(path));
    byFile.set(template.file.path, readTemplateFile(template, paired, state));
  }
  for (const { document } of parameterFiles.values()) document.release();
}
function readTemplateFile({ file, text: text2, document: parsed }, parameterFiles, state) {
  const document = parsed ?? parse2(file.path, text2, state);
  const armFile = document && classifyArmFile(document);
  if (armFile === void 0 || armFile.kind === "other" || armFile.kind === "parameters") return [];
  if (armFile.kind === "invalid-template") {
    state.parseErrors.push(armFile.error);
    state.manifests.push(file.path);
    return [];
  }
  const template = armFile.document;
  const locate3 = (ref, length2) => (ref.file === template.file ? template : documentOf(parameterFiles, ref.file)).locate(ref.path, length2);
  const session = new EvaluationSession(state.limits);
  const resources = [];
  state.manifests.push(file.path, ...parameterFiles.map(({ parameterFile }) => parameterFile.file));
  for (const parameterFile of parameterFiles.length === 0 ? [void 0] : parameterFiles.map((entry) => entry.parameterFile)) {
    try {
      for (const resource of readTemplate(armFile.document, parameterFile, session, locate3)) resources.push(resource);
    } catch (error) {
      const message = `internal error in the ARM reader: ${getErrorMessage(error)}`;
      state.parseErrors.push({ file: file.path, line: 1, column: 1, message, severity: "error" });
    }
  }
  for (const problem2 of session.reported()) {
    const kind = problem2.kind === void 0 ? {} : { kind: problem2.kind };
    state.parseErrors.push({ ...locate3(problem2.ref), message: problem2.message, severity: problem2.severity, ...kind });
  }
  armFile.document.release();
  return resources;
}
function documentOf(parameterFiles, file) {
  return parameterFiles.find(({ document }) => document.file === file).document;
}
function readText(file, state) {
  const { workspace } = state;
  const text2 = typeof workspace.takeText === "function" ? workspace.takeText(file.path) : workspace.readText(file.path);
  if (text2.ok) return text2.text;
  const severity = file.size > MAX_FILE_BYTES ? "notice" : "error";
  state.parseErrors.push({ file: file.path, line: text2.line, column: text2.column, message: text2.message, severity });
  return void 0;
}
function parse2(file, text2, state) {
  const parsed = parseJsonDocument(file, text2);
  if (parsed.ok) return parsed.document;
  state.parseErrors.push(parsed.error);
  state.manifests.push(file);
  return void 0;
}
var BICEP_GENERATOR = /"_generator"\s*:\s*\{\s*"name"\s*:\s*"bicep"/;
function skipCompiledBicep(file, text2, state) {
  const head = text2.slice(0, 4096);
  const generator = BICEP_GENERATOR.exec(head);
  if (generator === null) return false;
  const source = file.path.replace(/\.json$/i, ".bicep");
  const beside = state.workspace.get(source) !== void 0;
  const { line: line2, column } = new LinePositions(head).at(generator.index);
  const message = beside ? `built by bicep from ${source}, which is read instead: this build output is not read` : `built by bicep from a .bicep source that is not in the scan: this build output is read as ARM JSON, and findings point at it`;
  state.parseErrors.push({ file: file.path, line: line2, column, message, severity: "notice" });
  return beside;
}

// src/readers/bicep/module-paths.ts
import { sep } from "node:path";
function resolveModulePath(resolveFrom, fromFile, reference2) {
  const fast = joinRelative(fromFile, reference2);
  return fast === null ? resolveFrom(fromFile, reference2) : fast;
}
function joinRelative(fromFile, reference2) {
  if (sep !== "/" || reference2 === "" || reference2.startsWith("/") || reference2.includes("\\")) return null;
  const segments = fromFile.split("/");
  segments.pop();
  for (const segment of segments) if (segment === "" || segment === "." || segment === "..") return null;
  for (const segment of reference2.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment !== "..") segments.push(segment);
    else if (segments.pop() === void 0) return null;
  }
  const joined = segments.join("/");
  return joined.startsWith("..") ? void 0 : joined;
}

// src/readers/bicep/units.ts
var LOCAL_REFERENCE = /'([^'\r\n]+\.(?:bicep|bicepparam|json))'/gi;
var REGISTRY = /^(br|ts)(:|\/)/i;
function moduleComponents(files, workspace) {
  const parent = /* @__PURE__ */ new Map();
  const find = (path) => {
    let root = path;
    for (let up = parent.get(root); up !== void 0 && up !== root; up = parent.get(root)) root = up;
    for (let node = path, up = parent.get(node); up !== void 0 && up !== root; node = up, up = parent.get(node)) parent.set(node, root);
    return root;
  };
  const union2 = (a, b) => {
    const [rootA, rootB] = [find(a), find(b)];
    if (rootA !== rootB) parent.set(rootB, rootA);
  };
  const resolveFrom = (from, target2) => workspace.resolveFrom(from, target2);
  for (const file of files) {
    parent.set(file.path, parent.get(file.path) ?? file.path);
    const text2 = workspace.readText(file.path);
    if (!text2.ok) continue;
    for (const match2 of text2.text.matchAll(LOCAL_REFERENCE)) {
      const reference2 = match2[1];
      if (REGISTRY.test(reference2)) continue;
      const target2 = resolveModulePath(resolveFrom, file.path, reference2);
      if (target2 === void 0) continue;
      if (!parent.has(target2)) parent.set(target2, target2);
      union2(file.path, target2);
    }
  }
  return [...groupBy(files, (file) => find(file.path)).values()].map((members) => ({ files: members }));
}

// src/readers/bicep/values.ts
var LITERAL2 = { origin: "literal", via: [] };
var str = (value, prov = LITERAL2) => ({ kind: "string", value, prov });
var num = (value, prov = LITERAL2) => ({ kind: "number", value, prov });
var bool = (value, prov = LITERAL2) => ({ kind: "boolean", value, prov });
var nil = (prov = LITERAL2) => ({ kind: "null", prov });
var arr = (items, prov = LITERAL2) => ({ kind: "array", items, prov });
var unknown = (reason, prov = LITERAL2, resource) => resource === void 0 ? { kind: "unresolved", reason, prov } : { kind: "unresolved", reason, prov, resource };
function obj(properties, prov = LITERAL2, incomplete) {
  const map = /* @__PURE__ */ new Map();
  for (const property of properties) map.set(property.key.toLowerCase(), property);
  const object = { kind: "object", properties: map, prov };
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
var MAX_VIA2 = 16;
function mergeVia2(...lists) {
  const merged = [];
  for (const list of lists) for (const at2 of list) if (!merged.some((seen) => sameLocation(seen, at2))) merged.push(at2);
  return merged.length <= MAX_VIA2 ? merged : [...merged.slice(0, MAX_VIA2 / 2), ...merged.slice(-MAX_VIA2 / 2)];
}
function derive(outer, inner) {
  const innerWins = RANK[inner.origin] >= RANK[outer.origin];
  const chosen = innerWins ? inner : outer;
  const via = mergeTwo(outer.via, inner.via);
  const detail = chosen.detail ?? (innerWins ? outer : inner).detail;
  return detail === void 0 ? { origin: chosen.origin, via } : { origin: chosen.origin, detail, via };
}
function mergeTwo(first, second) {
  if (second.length === 0 && isMerged(first)) return first;
  if (first.length === 0 && isMerged(second)) return second;
  return mergeVia2(first, second);
}
function isMerged(list) {
  if (list.length > MAX_VIA2) return false;
  for (let i = 1; i < list.length; i++) {
    for (let j = 0; j < i; j++) if (sameLocation(list[j], list[i])) return false;
  }
  return true;
}
var withProvenance = (value, outer) => ({
  ...value,
  prov: derive(outer, value.prov)
});
var propertiesOf = (object) => [...object.properties.values()].map((property) => ({ ...property, value: withProvenance(property.value, object.prov) }));
var computed = (inputs) => ({
  origin: "expression",
  via: mergeVia2(...inputs.map((input) => input.prov.via))
});
function firstUnresolved(inputs) {
  for (const input of inputs) {
    if (input.kind === "unresolved") return input;
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
var MAX_VALUE_DEPTH2 = 64;
var TOO_DEEP2 = `value nested deeper than ${MAX_VALUE_DEPTH2} levels`;
function valuesEqual(a, b, ignoreCase = false, depth = 0) {
  if (firstUnresolved([a, b]) !== void 0 || depth > MAX_VALUE_DEPTH2) return void 0;
  if (a.kind === "string" && b.kind === "string") {
    return ignoreCase ? a.value.toLowerCase() === b.value.toLowerCase() : a.value === b.value;
  }
  if (a.kind === "number" && b.kind === "number" || a.kind === "boolean" && b.kind === "boolean") {
    return a.value === b.value;
  }
  if (a.kind === "null" || b.kind === "null") return a.kind === b.kind;
  if (a.kind === "array" && b.kind === "array") {
    if (a.items.length !== b.items.length) return false;
    return allEqual2(a.items.map((item, i) => [item, b.items[i]]), ignoreCase, depth);
  }
  if (a.kind === "object" && b.kind === "object") {
    if (a.incomplete !== void 0 || b.incomplete !== void 0) return void 0;
    if (a.properties.size !== b.properties.size) return false;
    const pairs = [];
    for (const [key2, property] of a.properties) {
      const other = b.properties.get(key2);
      if (other === void 0) return false;
      pairs.push([property.value, other.value]);
    }
    return allEqual2(pairs, ignoreCase, depth);
  }
  return false;
}
function allEqual2(pairs, ignoreCase, depth) {
  let result = true;
  for (const [x, y] of pairs) {
    const equal = valuesEqual(x, y, ignoreCase, depth + 1);
    if (equal === false) return false;
    if (equal === void 0) result = void 0;
  }
  return result;
}
function toJson(value, depth = 0) {
  if (depth > MAX_VALUE_DEPTH2) return { missing: unknown(TOO_DEEP2, value.prov) };
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
      for (const property of value.properties.values()) {
        const converted = toJson(property.value, depth + 1);
        if ("missing" in converted) return converted;
        data[property.key] = converted.data;
      }
      return { data };
    }
    case "lambda":
      return { missing: unknown("a lambda is not a value", value.prov) };
    default:
      return { missing: firstUnresolved([value]) };
  }
}
function toText2(value) {
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
function fromJson(data, prov, at2, depth = 0) {
  if (depth > MAX_VALUE_DEPTH2) return unknown(TOO_DEEP2, prov);
  if (data === null) return nil(prov);
  if (typeof data === "string") return str(data, prov);
  if (typeof data === "number") return num(data, prov);
  if (typeof data === "boolean") return bool(data, prov);
  if (Array.isArray(data)) return arr(data.map((item) => fromJson(item, prov, at2, depth + 1)), prov);
  if (typeof data === "object") {
    const entries2 = Object.keys(data).map((key2) => ({
      key: key2,
      value: fromJson(data[key2], prov, at2, depth + 1),
      at: at2
    }));
    return obj(entries2, prov);
  }
  return unknown("unsupported JSON value", prov);
}

// src/readers/bicep/sourced-values.ts
function sourcedFrom(value, location, prov) {
  const kept = typeof value === "string" ? keptText(value) : value;
  const origin = prov.origin;
  const detail = prov.detail === void 0 ? void 0 : keptText(prov.detail);
  if (prov.via.length === 0) return known(kept, location, origin, detail);
  const via = prov.via;
  return detail === void 0 ? { value: kept, origin, location, via } : { value: kept, origin, location, detail, via };
}
function unresolvedFrom(location, written, prov) {
  const reason = keptText(written);
  const detail = prov.detail === void 0 ? void 0 : keptText(prov.detail);
  if (prov.via.length === 0) {
    return detail === void 0 ? { value: void 0, origin: "unresolved", location, reason } : { value: void 0, origin: "unresolved", location, reason, detail };
  }
  const via = prov.via;
  return detail === void 0 ? { value: void 0, origin: "unresolved", location, reason, via } : { value: void 0, origin: "unresolved", location, reason, detail, via };
}
function mapSourced(sourced2, convert2) {
  return { ...sourced2, value: sourced2.value === void 0 ? void 0 : convert2(sourced2.value) };
}
function reasonOf(value, expected2) {
  if (value.kind === "unresolved") return value.reason;
  if (value.kind === "record") return `${value.label} is only known at deployment`;
  const found = value.kind === "object" || value.kind === "array" ? `an ${value.kind}` : `a ${value.kind}`;
  return `expected ${expected2}, found ${found}`;
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
    let at2 = this.declaredAt;
    let prov = this.body.prov;
    for (const key2 of path) {
      if (value.kind === "null") return { kind: "absent" };
      if (value.kind !== "object") {
        return { kind: "unresolved", reason: reasonOf(value, `an object at '${key2}'`), at: at2, prov };
      }
      const property = value.properties.get(lowerCaseKey(key2));
      if (property === void 0 && value.incomplete !== void 0) {
        return { kind: "unresolved", reason: value.incomplete, at: at2, prov };
      }
      if (property === void 0) return { kind: "absent" };
      value = property.value;
      at2 = property.at;
      prov = derive(prov, value.prov);
    }
    this.places.push(...prov.via);
    if (value.kind === "null") return { kind: "absent" };
    if (value.kind === "unresolved") return { kind: "unresolved", reason: value.reason, at: at2, prov, value };
    return { kind: "found", value, at: at2, prov };
  }
  /** A field converted by `convert` (which returns undefined for a value of the wrong kind). */
  field(path, expected2, convert2) {
    const found = this.lookup(path);
    if (found.kind === "absent") return absent(this.declaredAt);
    if (found.kind === "unresolved") {
      const sourced2 = unresolvedFrom(found.at, found.reason, found.prov);
      const allowed = found.value?.kind === "unresolved" ? scalars2(found.value.allowed) : void 0;
      return allowed === void 0 ? sourced2 : { ...sourced2, allowed };
    }
    const converted = convert2(found.value);
    return converted === void 0 ? unresolvedFrom(found.at, reasonOf(found.value, expected2), found.prov) : sourcedFrom(converted, found.at, found.prov);
  }
  string(path) {
    return this.field(path, "a string", (value) => value.kind === "string" ? value.value : void 0);
  }
  boolean(path) {
    return this.field(path, "a boolean", (value) => {
      if (value.kind === "boolean") return value.value;
      const text2 = value.kind === "string" ? value.value.toLowerCase() : void 0;
      return text2 === "true" ? true : text2 === "false" ? false : void 0;
    });
  }
  strings(path) {
    return this.field(path, "an array of strings", (value) => {
      if (value.kind !== "array" || !value.items.every((item) => item.kind === "string")) return void 0;
      return value.items.map((item) => keptText(item.value));
    });
  }
  /** Tags: an object of strings (numbers and booleans are written as ARM writes them). */
  stringMap(path) {
    return this.field(path, "an object of strings", (value) => {
      if (value.kind !== "object" || value.incomplete !== void 0) return void 0;
      const map = /* @__PURE__ */ Object.create(null);
      for (const property of value.properties.values()) {
        const text2 = toText2(property.value);
        if ("missing" in text2 || property.value.kind === "object" || property.value.kind === "array") return void 0;
        map[property.key] = keptText(text2.text);
      }
      return map;
    });
  }
  /** An array of flat objects (a license profile's `productFeatures`), scalar values as text. */
  records(path) {
    return this.field(path, "an array of objects", (value) => {
      if (value.kind !== "array") return void 0;
      const records2 = [];
      for (const item of value.items) {
        if (item.kind !== "object") return void 0;
        const record = {};
        for (const [key2, property] of item.properties) {
          const field2 = property.value;
          if (field2.kind === "string" || field2.kind === "number" || field2.kind === "boolean") record[key2] = keptText(String(field2.value));
          else if (field2.kind === "unresolved") return void 0;
        }
        records2.push(record);
      }
      return records2;
    });
  }
  /** Dynamic-scope tag filters: an object of string arrays. */
  stringListMap(path) {
    return this.field(path, "an object of string arrays", (value) => {
      if (value.kind !== "object" || value.incomplete !== void 0) return void 0;
      const map = /* @__PURE__ */ Object.create(null);
      for (const property of value.properties.values()) {
        const list = property.value;
        if (list.kind !== "array" || !list.items.every((item) => item.kind === "string")) return void 0;
        map[property.key] = list.items.map((item) => keptText(item.value));
      }
      return map;
    });
  }
};
var LOWER_CASE_KEYS = /* @__PURE__ */ new Map();
function lowerCaseKey(key2) {
  let lower = LOWER_CASE_KEYS.get(key2);
  if (lower === void 0) {
    lower = key2.toLowerCase();
    if (LOWER_CASE_KEYS.size < 1024) LOWER_CASE_KEYS.set(key2, lower);
  }
  return lower;
}
function scalars2(values) {
  if (values === void 0 || values.length === 0) return void 0;
  const kept = values.flatMap((value) => value.kind === "string" || value.kind === "number" || value.kind === "boolean" ? [value.value] : []);
  return kept.length === values.length ? kept : void 0;
}

// src/readers/shared/resource-shape.ts
function onFrame(frame, fields) {
  return Object.assign(frame, fields);
}

// src/readers/bicep/adapter.ts
var LEGACY_ASSIGNMENT_SUFFIX = "/providers/configurationassignments";
var MODEL_TYPES2 = new Map(
  [VM_TYPE, VMSS_TYPE, ARC_MACHINE_TYPE, ARC_LICENSE_PROFILE_TYPE, MAINTENANCE_CONFIGURATION_TYPE, MAINTENANCE_ASSIGNMENT_TYPE].map((type) => [
    type.toLowerCase(),
    type
  ])
);
function isModelType(typeReference) {
  const type = typeReference.split("@")[0].toLowerCase();
  return MODEL_TYPES2.has(type) || type.endsWith(LEGACY_ASSIGNMENT_SUFFIX);
}
function toModelResource(instance) {
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
  const modelType2 = MODEL_TYPES2.get(type.toLowerCase()) ?? type;
  const written = name.kind === "string" && name.value !== "" ? keptName(KEEPS_WRITTEN_NAME.has(type.toLowerCase()) ? name.value : name.value.split("/").pop()) : void 0;
  const group = handle.resourceGroup === void 0 ? void 0 : keptText(handle.resourceGroup);
  if (handle.existing) {
    return group === void 0 ? { type: modelType2, name: written } : { type: modelType2, name: written, resourceGroup: group };
  }
  const symbol = keptText(handle.symbol);
  return group === void 0 ? { type: modelType2, name: written, symbol } : { type: modelType2, name: written, symbol, resourceGroup: group };
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
    scope: azureScope(identity.resourceGroup, reportAt),
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
  const base2 = common(instance, reader, kind === "scale-set" ? VMSS_TYPE : VM_TYPE);
  const apiVersion = instance.apiVersion === "" ? {} : { apiVersion: known(instance.apiVersion, reader.declaredAt) };
  return withParameterFile(instance, reader, onFrame(base2, mapVirtualMachine(bicepSource(reader), kind, apiVersion)));
}
function arcMachine(instance, reader) {
  const base2 = common(instance, reader, ARC_MACHINE_TYPE);
  const declaration = instance.existing ? "existing" : "declared";
  return withParameterFile(instance, reader, onFrame(base2, mapArcMachine(bicepSource(reader), declaration)));
}
function arcLicenseProfile(instance, reader) {
  const base2 = common(instance, reader, ARC_LICENSE_PROFILE_TYPE);
  const parent = instance.parentResource();
  const name = instance.name();
  const fromName = name.kind === "string" && name.value.includes("/") ? name.value.split("/")[0] : void 0;
  const group = base2.identity.resourceGroup === void 0 ? {} : { resourceGroup: base2.identity.resourceGroup };
  const identity = parent !== void 0 ? identityOf(parent, ARC_MACHINE_TYPE) : { type: ARC_MACHINE_TYPE, name: keptName(fromName), ...group };
  const displayName = identity.name ?? base2.displayName;
  base2.identity = identity;
  base2.displayName = displayName;
  return withParameterFile(instance, reader, onFrame(base2, mapArcLicenseProfile(bicepSource(reader))));
}
function maintenanceConfiguration(instance, reader) {
  const base2 = common(instance, reader, MAINTENANCE_CONFIGURATION_TYPE);
  return withParameterFile(instance, reader, onFrame(base2, mapMaintenanceConfiguration(bicepSource(reader))));
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
  const configuration2 = reference(reader, ["properties", "maintenanceConfigurationId"]) ?? {
    target: absent(reader.declaredAt)
  };
  const target2 = legacy ? legacyTarget2(instance, reader) : reference(reader, ["scope"]) ?? reference(reader, ["properties", "resourceId"]);
  const filter = dynamicScope2(reader);
  const base2 = onFrame(common(instance, reader, MAINTENANCE_ASSIGNMENT_TYPE), {
    kind: "maintenance-assignment",
    configuration: configuration2
  });
  if (target2) Object.assign(base2, { target: target2 });
  if (filter) Object.assign(base2, { filter });
  return withParameterFile(instance, reader, base2);
}
function reference(reader, path) {
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
function legacyTarget2(instance, reader) {
  const type = instance.type.slice(0, instance.type.toLowerCase().lastIndexOf(LEGACY_ASSIGNMENT_SUFFIX));
  const targetType = MODEL_TYPES2.get(type.toLowerCase()) ?? type;
  const target2 = mapSourced(reader.string(["name"]), (name) => ({
    type: targetType,
    name: keptName(name.split("/")[0])
  }));
  return { target: target2 };
}
function dynamicScope2(reader) {
  if (reader.lookup(["properties", "filter"]).kind === "absent") return void 0;
  return mapDynamicScope(bicepSource(reader));
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
  const text2 = token.text.length > 40 ? `${token.text.slice(0, 37)}...` : token.text;
  const quoted = token.kind === "symbol" || token.kind === "identifier" || token.kind === "number";
  return quoted ? `'${text2}'` : `string ${text2}`;
}
var spanOf = (start, end) => ({
  line: start.line,
  column: start.column,
  endLine: end.endLine,
  endColumn: end.endColumn
});
var TokenCursor = class {
  constructor(tokens) {
    this.tokens = tokens;
    this.previous = tokens[0];
  }
  tokens;
  index = 0;
  nesting = 0;
  /** The last token consumed: where the node being built ends. */
  previous;
  /** Index of the current token: how far parsing got. */
  get position() {
    return this.index;
  }
  get current() {
    return this.tokens[this.index];
  }
  peek(ahead) {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)];
  }
  advance() {
    const token = this.current;
    if (token.kind !== "eof") this.index++;
    this.previous = token;
    return token;
  }
  isSymbol(text2, token = this.current) {
    return token.kind === "symbol" && token.text === text2;
  }
  isWord(text2, token = this.current) {
    return token.kind === "identifier" && token.text === text2;
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
  fail(expected2, token = this.current) {
    throw new SyntaxFailure(token, `expected ${expected2}, found ${describeToken(token)}`);
  }
  /** Consumes the symbol if it is next. */
  accept(text2) {
    if (!this.isSymbol(text2)) return false;
    this.advance();
    return true;
  }
  /** Consumes the word if it is next. */
  acceptWord(text2) {
    if (!this.isWord(text2)) return false;
    this.advance();
    return true;
  }
  expectSymbol(text2, context) {
    if (!this.isSymbol(text2)) this.fail(`'${text2}' ${context}`);
    return this.advance();
  }
  expectWord(text2, context) {
    if (!this.isWord(text2)) this.fail(`'${text2}' ${context}`);
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
var SINGLE = new Uint8Array(128);
for (const symbol of "{}[](),:?.=!<>+-*/%|@") SINGLE[symbol.charCodeAt(0)] = 1;
var ESCAPES = { "\\": "\\", "'": "'", n: "\n", r: "\r", t: "	", $: "$" };
var isDigit2 = (c) => c >= 48 && c <= 57;
var isIdentifierStart = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
var isIdentifierPart = (c) => isIdentifierStart(c) || isDigit2(c);
function symbolLength(text2, start) {
  const c = text2.charCodeAt(start);
  const next = text2.charCodeAt(start + 1);
  switch (c) {
    case 46:
      return next === 46 && text2.charCodeAt(start + 2) === 46 ? 3 : 1;
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
function tokenizeBicep(text2) {
  return new Lexer(text2).run();
}
var Lexer = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  pos = 0;
  line = 1;
  lineStart = 0;
  holes = [];
  tokens = [];
  comments = [];
  errors = [];
  run() {
    const text2 = this.text;
    while (this.pos < text2.length) {
      const c = text2.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 11 || c === 12 || c === 160 || c === 65279) this.pos++;
      else if (c === 10 || c === 13) this.newline();
      else if (c === 47 && text2.charCodeAt(this.pos + 1) === 47) this.lineComment(2, "line");
      else if (c === 47 && text2.charCodeAt(this.pos + 1) === 42) this.blockComment();
      else if (c === 35 && text2.slice(this.lineStart, this.pos).trim() === "") this.lineComment(1, "pragma");
      else if (c === 39) this.stringStart();
      else if (isDigit2(c)) this.number();
      else if (isIdentifierStart(c)) this.identifier();
      else this.symbol();
    }
    if (this.holes.length > 0) this.unterminatedHoles();
    const column = this.pos - this.lineStart + 1;
    const line2 = this.line;
    this.tokens.push({ kind: "eof", text: "", value: "", line: line2, column, endLine: line2, endColumn: column });
    return { tokens: this.tokens, comments: this.comments, errors: this.errors };
  }
  get column() {
    return this.pos - this.lineStart + 1;
  }
  error(message, line2 = this.line, column = this.column) {
    this.errors.push({ message, line: line2, column });
  }
  push(kind, start, line2, column, value) {
    const text2 = this.text.slice(start, this.pos);
    this.tokens.push({ kind, text: text2, value: value ?? text2, line: line2, column, endLine: this.line, endColumn: this.column });
  }
  newline() {
    if (this.holes.length > 0) this.unterminatedHoles();
    const start = this.pos;
    const line2 = this.line;
    const column = this.column;
    this.pos += this.text.charCodeAt(this.pos) === 13 && this.text.charCodeAt(this.pos + 1) === 10 ? 2 : 1;
    const text2 = this.text.slice(start, this.pos);
    this.tokens.push({ kind: "newline", text: text2, value: "\n", line: line2, column, endLine: line2, endColumn: column + 1 });
    this.line++;
    this.lineStart = this.pos;
  }
  unterminatedHoles() {
    const outer = this.holes[0];
    this.error("unterminated string: expected ' before the end of the line", outer.line, outer.column);
    this.holes.length = 0;
  }
  lineComment(markerLength, style) {
    const line2 = this.line;
    const column = this.column;
    let end = this.pos;
    while (end < this.text.length) {
      const c = this.text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    this.comments.push({ text: this.text.slice(this.pos + markerLength, end), line: line2, column, style });
    this.pos = end;
  }
  blockComment() {
    const line2 = this.line;
    const column = this.column;
    const end = this.text.indexOf("*/", this.pos + 2);
    const stop = end < 0 ? this.text.length : end;
    this.comments.push({ text: this.text.slice(this.pos + 2, stop), line: line2, column, style: "block" });
    this.advanceOver(stop);
    if (end < 0) this.error("unterminated comment: expected */", line2, column);
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
    while (isDigit2(this.text.charCodeAt(this.pos))) this.pos++;
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
    const text2 = this.text;
    const hole = this.holes[this.holes.length - 1];
    if (hole !== void 0 && text2[start] === "}" && hole.braces === 0) {
      this.holes.pop();
      this.pos++;
      this.stringPiece(start, this.line, column, true, hole);
      return;
    }
    const length2 = symbolLength(text2, start);
    if (length2 > 0) this.pos += length2;
    else {
      const character = String.fromCodePoint(text2.codePointAt(start));
      this.error(`unexpected character '${character}'`);
      this.pos += character.length;
      return;
    }
    if (hole !== void 0 && text2[start] === "{") hole.braces++;
    if (hole !== void 0 && text2[start] === "}") hole.braces--;
    this.push("symbol", start, this.line, column);
  }
  stringStart() {
    const start = this.pos;
    const column = this.column;
    if (this.text.startsWith("'''", start)) {
      this.multilineString();
      return;
    }
    this.pos++;
    this.stringPiece(start, this.line, column, false, { braces: 0, line: this.line, column });
  }
  /**
   * Reads string text up to the closing quote (a complete string or a tail) or a `${` (a head or a
   * middle piece, opening a hole). `continued` is true after a hole's closing brace.
   */
  stringPiece(start, line2, column, continued, origin) {
    const text2 = this.text;
    let value = "";
    let chunk = this.pos;
    while (this.pos < text2.length) {
      const c = text2.charCodeAt(this.pos);
      if (c === 10 || c === 13) break;
      if (c === 39) {
        value += text2.slice(chunk, this.pos++);
        this.push(continued ? "stringTail" : "string", start, line2, column, value);
        return;
      }
      if (c === 36 && text2.charCodeAt(this.pos + 1) === 123) {
        value += text2.slice(chunk, this.pos);
        this.pos += 2;
        this.push(continued ? "stringMiddle" : "stringHead", start, line2, column, value);
        this.holes.push({ braces: 0, line: origin.line, column: origin.column });
        return;
      }
      if (c === 92) {
        value += text2.slice(chunk, this.pos) + this.escape();
        chunk = this.pos;
      } else {
        this.pos++;
      }
    }
    value += text2.slice(chunk, this.pos);
    this.error("unterminated string: expected ' before the end of the line", origin.line, origin.column);
    this.push(continued ? "stringTail" : "string", start, line2, column, value);
  }
  escape() {
    const next = this.text[this.pos + 1];
    const simple = next === void 0 ? void 0 : ESCAPES[next];
    if (simple !== void 0) {
      this.pos += 2;
      return simple;
    }
    if (next === "u" && this.text[this.pos + 2] === "{") {
      const close = this.text.indexOf("}", this.pos + 3);
      const hex = close < 0 ? "" : this.text.slice(this.pos + 3, close);
      const code = /^[0-9a-fA-F]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
      if (code <= 1114111) {
        this.pos = close + 1;
        return String.fromCodePoint(code);
      }
    }
    this.error(`unknown escape sequence '\\${next ?? ""}': expected one of \\\\ \\' \\n \\r \\t \\$ \\u{...}`);
    this.pos += next === void 0 || next === "\n" || next === "\r" ? 1 : 2;
    return next ?? "";
  }
  multilineString() {
    const start = this.pos;
    const line2 = this.line;
    const column = this.column;
    const end = this.text.indexOf("'''", start + 3);
    const stop = end < 0 ? this.text.length : end;
    const value = this.text.slice(start + 3, stop).replace(/^\r?\n/, "");
    this.advanceOver(stop);
    if (end < 0) this.error("unterminated multi-line string: expected '''", line2, column);
    else this.pos += 3;
    this.push("string", start, line2, column, value);
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
        const index2 = this.parseExpression();
        this.skipNewlines();
        this.expectSymbol("]", "to close the index");
        expression = { kind: "index", object: expression, index: index2, safe, span: spanOf(expression.span, this.previous) };
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
        return { kind: "number", value: Number(token.text), span: spanOf(token, token) };
      case "string":
        this.advance();
        return { kind: "string", value: token.value, span: spanOf(token, token) };
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
    const span = spanOf(token, token);
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
    const key2 = this.parsePropertyKey();
    this.expectSymbol(":", "after the property name");
    this.skipNewlines();
    const value = this.parseExpression();
    return { kind: "property", key: key2, value, span: spanOf(start, value.span) };
  }
  parsePropertyKey() {
    const token = this.current;
    if (token.kind === "identifier" || token.kind === "string") {
      this.advance();
      return { kind: "string", value: token.value, span: spanOf(token, token) };
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
      const at2 = this.advance();
      let name = this.expectIdentifier("a decorator name after '@'").text;
      let namespace;
      if (this.isSymbol(".")) {
        this.advance();
        namespace = name;
        name = this.expectIdentifier("a decorator name after '.'").text;
      }
      const args = this.isSymbol("(") ? this.parseArguments() : [];
      const span = spanOf(at2, this.previous);
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
        const member3 = this.isSymbol("*") ? this.advance() : this.current.kind === "number" ? this.advance() : void 0;
        if (member3 === void 0) this.fail("']', '*' or an index in the type");
        this.expectSymbol("]", "to close the type index");
        type = { kind: "typeMemberAccess", base: type, member: member3.text, span: spanOf(type.span, this.previous) };
      } else if (this.isSymbol(".")) {
        this.advance();
        const member3 = this.expectIdentifier("a property name after '.' in the type");
        type = { kind: "typeMemberAccess", base: type, member: member3.text, span: spanOf(type.span, member3) };
      } else {
        return type;
      }
    }
  }
  parsePrimaryType() {
    const token = this.current;
    const span = spanOf(token, token);
    if (token.kind === "identifier") {
      this.advance();
      if (token.text === "resource" && this.current.kind === "string") {
        const reference2 = this.advance();
        return { kind: "resourceType", typeReference: reference2.value, span: spanOf(token, reference2) };
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
    while (!this.isSymbol(">")) {
      args.push(this.parseType());
      if (!this.accept(",") && !this.isSymbol(">")) this.fail(`',' or '>' in the arguments of ${name}<...>`);
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
    const key2 = this.parsePropertyKey();
    return key2.kind === "string" ? key2.value : this.fail("a property name without interpolation", start);
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
  /** A declaration's name and where it is written. */
  named(name) {
    return { name: name.text, nameSpan: spanOf(name, name) };
  }
  /** `param name type [= default]`; in a parameter file `param name = value`. */
  parseParameter(decorators) {
    const keyword = this.advance();
    const name = this.expectIdentifier("a parameter name");
    const type = this.isSymbol("=") ? void 0 : this.parseType();
    const value = this.accept("=") ? this.parseExpression() : void 0;
    return { kind: "param", decorators, ...this.named(name), type, value, span: spanOf(keyword, this.previous) };
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
      ...this.named(name),
      typeReference: type.value,
      typeSpan: spanOf(type, type),
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
    const pathSpan = spanOf(path, path);
    return { kind: "module", decorators, ...this.named(name), path: path.value, pathSpan, value, span };
  }
  /** What follows `=` in a resource or module: `{...}`, `if (c) {...}` or `[for ...: ...]`. */
  parseDeclarationBody() {
    if (this.isWord("if")) return this.parseConditionalBody(true);
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
    return { kind: "func", decorators, ...this.named(name), parameters, returnType, body, span };
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
        const name = this.expectIdentifier("an imported symbol name");
        const alias = this.acceptWord("as") ? this.expectIdentifier("an alias after 'as'").text : void 0;
        symbols.push({ name: name.text, alias, span: spanOf(name, this.previous) });
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
    const target2 = this.current;
    if (!this.acceptWord("none")) this.expectPlainString("a template path or 'none' after 'using'");
    if (this.acceptWord("with")) this.parseObject(false);
    const path = target2.kind === "string" ? target2.value : void 0;
    return { kind: "using", path, pathSpan: spanOf(target2, target2), span: spanOf(keyword, this.previous) };
  }
};

// src/readers/bicep/parser.ts
function parseBicep(text2) {
  const lexed = tokenizeBicep(text2);
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
        return { kind: keyword.text, decorators, ...this.named(name), value, span: spanOf(keyword, this.previous) };
      }
      case "param":
        return this.parseParameter(decorators);
      case "var": {
        this.advance();
        const name = this.expectIdentifier("a variable name");
        const type = this.isSymbol("=") ? void 0 : this.parseType();
        this.expectSymbol("=", "after the variable name");
        const value = this.parseExpression();
        return { kind: "var", decorators, ...this.named(name), type, value, span: spanOf(keyword, this.previous) };
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
        return { kind: "output", decorators, ...this.named(name), type, value, span: spanOf(keyword, this.previous) };
      }
      case "type": {
        this.advance();
        const name = this.expectIdentifier("a type name");
        this.expectSymbol("=", "after the type name");
        const type = this.parseType();
        return { kind: "type", decorators, ...this.named(name), type, span: spanOf(keyword, this.previous) };
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
var REGISTRY2 = /^(br|ts)(:|\/)/i;
function bodyObject(value) {
  const body = value.kind === "for" ? value.body : value;
  const inner = body.kind === "if" ? body.body : body;
  return inner.kind === "object" ? inner : void 0;
}
var nestedResources = (declaration) => (bodyObject(declaration.value)?.members ?? []).filter(
  (member3) => member3.kind === "resource"
);
var SourceLoader = class {
  constructor(workspace) {
    this.workspace = workspace;
  }
  workspace;
  units = /* @__PURE__ */ new Map();
  deploys = /* @__PURE__ */ new Map();
  /** Resolved references by file and reference: a module is resolved by the entry points, `mayDeploy`, the deployment and each instance. */
  targets = /* @__PURE__ */ new Map();
  load(path) {
    let unit = this.units.get(path);
    if (unit === void 0) {
      const text2 = this.workspace.readText(path);
      unit = text2.ok ? indexUnit(path, text2.text) : { message: text2.message, line: text2.line, column: text2.column };
      this.units.set(path, unit);
    }
    return unit;
  }
  /** Every file loaded so far (claimed files and the modules they reached). */
  loaded() {
    return this.units;
  }
  /** Resolves a module or import reference written in `fromFile`. */
  resolve(fromFile, reference2) {
    let known3 = this.targets.get(fromFile);
    if (known3 === void 0) {
      known3 = /* @__PURE__ */ new Map();
      this.targets.set(fromFile, known3);
    }
    let target2 = known3.get(reference2);
    if (target2 === void 0) {
      target2 = this.resolveOnce(fromFile, reference2);
      known3.set(reference2, target2);
    }
    return target2;
  }
  resolveOnce(fromFile, reference2) {
    if (REGISTRY2.test(reference2)) return { kind: "registry", reference: reference2 };
    const path = resolveModulePath((from, target2) => this.workspace.resolveFrom(from, target2), fromFile, reference2);
    if (path === void 0) {
      return { kind: "unreadable", reason: `module path '${reference2}' leads outside the scanned folder` };
    }
    if (this.workspace.get(path) === void 0) return { kind: "unreadable", reason: `module file '${path}' not found` };
    return path.toLowerCase().endsWith(".json") ? { kind: "arm-json", path } : { kind: "bicep", path };
  }
  /**
   * Whether a file, or a local module it calls (directly or not), declares a resource whose type
   * passes `relevant` (always the same test): modules that cannot deploy anything of interest are
   * not expanded. A breadth-first walk, so a long chain of modules cannot exhaust the stack.
   */
  mayDeploy(path, relevant) {
    const known3 = this.deploys.get(path);
    if (known3 !== void 0) return known3;
    const declares = (declaration) => relevant(declaration.typeReference) || nestedResources(declaration).some(declares);
    const seen = /* @__PURE__ */ new Set([path]);
    const queue = [path];
    let result = false;
    for (let next = queue.shift(); next !== void 0 && !result; next = queue.shift()) {
      const unit = this.load(next);
      if (!("program" in unit)) continue;
      result = unit.resources.some(declares);
      for (const callee of this.localModules(unit)) {
        if (!seen.has(callee)) queue.push(callee);
        seen.add(callee);
      }
    }
    this.deploys.set(path, result);
    return result;
  }
  /** The local Bicep files a template calls as modules. */
  localModules(unit) {
    return unit.modules.flatMap((module) => {
      const target2 = this.resolve(unit.path, module.path);
      return target2.kind === "bicep" ? [target2.path] : [];
    });
  }
};
function indexUnit(path, text2) {
  const parsed = parseBicep(text2);
  const symbols = /* @__PURE__ */ new Map();
  const outputs = /* @__PURE__ */ new Map();
  const resources = [];
  const modules = [];
  let using;
  let base2;
  let targetScope;
  for (const statement of parsed.program.statements) {
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
        base2 = statement.path;
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
    extends: base2,
    targetScope,
    comments: parsed.comments,
    errors: parsed.errors
  };
}

// src/readers/bicep/function-support.ts
var MAX_ARRAY_LENGTH2 = 1e4;
var MAX_STRING_LENGTH = 1e6;
var strict2 = (body) => (args, site) => {
  const missing2 = firstUnresolved(args);
  return missing2 === void 0 ? body(args, site) : unknown(missing2.reason, computed(args));
};
var badArgument = (site, args, position, expected2) => {
  const actual = args[position];
  const found = actual === void 0 ? "nothing" : describeKind(actual);
  return unknown(`${site.name}() argument ${position + 1} should be ${expected2}, found ${found}`, computed(args));
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
var fitsString = (length2) => length2 <= MAX_STRING_LENGTH;

// src/readers/bicep/deployment-functions.ts
var SUBSCRIPTION_PLACEHOLDER2 = "{subscriptionId}";
var RESOURCE_GROUP_PLACEHOLDER2 = "{resourceGroupName}";
function deploymentRecord(label, known3, prov) {
  return {
    kind: "record",
    label,
    prov,
    member: (name) => {
      if (Object.hasOwn(known3, name)) return known3[name];
      return unknown(`${label}.${name} is only known at deployment`, prov);
    }
  };
}
var resourceGroup3 = (args, site) => {
  const prov = computed(args);
  const name = args[args.length - 1] ?? (site.resourceGroup === void 0 ? void 0 : str(site.resourceGroup, prov));
  return deploymentRecord("resourceGroup()", name === void 0 ? {} : { name }, prov);
};
var opaque = (label) => (args) => deploymentRecord(label, {}, computed(args));
var atDeployment2 = (args, site) => unknown(`${site.name}() is only known at deployment`, computed(args));
function providerPath2(type, names) {
  const [namespace, ...types] = type.split("/");
  if (namespace === void 0 || types.length === 0 || types.length !== names.length) return void 0;
  return `providers/${namespace}/${types.map((segment, i) => `${segment}/${names[i]}`).join("/")}`;
}
var idFunction = (prefix) => strict2((args, site) => {
  const notText = args.findIndex((arg) => arg.kind !== "string");
  if (notText >= 0) return badArgument(site, args, notText, "a string");
  const texts2 = args.map((arg) => arg.value);
  const typeIndex2 = texts2.findIndex((text2) => text2.includes("/") && !text2.startsWith("/"));
  if (typeIndex2 < 0) return badArgument(site, args, 0, "a resource type");
  const scope = prefix(texts2.slice(0, typeIndex2), site);
  const path = providerPath2(texts2[typeIndex2], texts2.slice(typeIndex2 + 1));
  if (scope === void 0 || path === void 0) {
    return unknown(`${site.name}() arguments do not form a resource ID`, computed(args));
  }
  return str(`${scope}/${path}`, computed(args));
});
var inResourceGroup = (scopeArgs, site) => {
  if (scopeArgs.length > 2) return void 0;
  const subscription = scopeArgs.length === 2 ? scopeArgs[0] : SUBSCRIPTION_PLACEHOLDER2;
  const group = scopeArgs[scopeArgs.length - 1] ?? site.resourceGroup ?? RESOURCE_GROUP_PLACEHOLDER2;
  return `/subscriptions/${subscription}/resourceGroups/${group}`;
};
var inSubscription = (scopeArgs) => scopeArgs.length <= 1 ? `/subscriptions/${scopeArgs[0] ?? SUBSCRIPTION_PLACEHOLDER2}` : void 0;
var inManagementGroup = (scopeArgs) => scopeArgs.length <= 1 ? `/providers/Microsoft.Management/managementGroups/${scopeArgs[0] ?? "{managementGroupName}"}` : void 0;
var unscoped = (scopeArgs) => scopeArgs.length === 0 ? "" : void 0;
var tenantResourceId = idFunction(unscoped);
var deploymentFunctions = {
  resourcegroup: resourceGroup3,
  subscription: opaque("subscription()"),
  deployment: opaque("deployment()"),
  environment: opaque("environment()"),
  tenant: opaque("tenant()"),
  managementgroup: opaque("managementGroup()"),
  resourceid: idFunction(inResourceGroup),
  subscriptionresourceid: idFunction(inSubscription),
  managementgroupresourceid: idFunction(inManagementGroup),
  tenantresourceid: tenantResourceId,
  extensionresourceid: strict2((args, site) => {
    const base2 = args[0];
    if (base2?.kind !== "string") return badArgument(site, args, 0, "a resource ID");
    const rest = tenantResourceId(args.slice(1), site);
    return rest.kind === "string" ? str(`${base2.value}${rest.value}`, computed(args)) : rest;
  }),
  uniquestring: atDeployment2,
  guid: atDeployment2,
  newguid: atDeployment2,
  utcnow: atDeployment2,
  reference: atDeployment2,
  getsecret: atDeployment2,
  pickzones: atDeployment2,
  datetimeadd: atDeployment2,
  datetimefromepoch: atDeployment2,
  datetimetoepoch: atDeployment2,
  readenvironmentvariable: (args) => {
    const name = args[0]?.kind === "string" ? args[0].value : "?";
    return unknown(`environment variable ${name} is read when the parameters are built`, computed(args));
  }
};

// src/readers/bicep/resource-instance.ts
var RESOURCE_GROUPS_TYPE = "microsoft.resources/resourcegroups";
function bodyProperty(declaration, key2) {
  let found;
  for (const member3 of bodyObject(declaration.value)?.members ?? []) {
    const named = member3.kind === "property" && member3.key.kind === "string" && member3.key.value.toLowerCase() === key2;
    if (named) found = member3.value;
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
    const at2 = declaration.typeReference.indexOf("@");
    const type = at2 < 0 ? declaration.typeReference : declaration.typeReference.slice(0, at2);
    const relative = parent !== void 0 && !type.includes("/");
    this.type = relative ? `${parent.type}/${type}` : type;
    this.apiVersion = at2 < 0 ? parent?.apiVersion ?? "" : declaration.typeReference.slice(at2 + 1);
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
  pending = /* @__PURE__ */ new Set();
  get existing() {
    return this.declaration.existing;
  }
  get resourceGroup() {
    const scope = this.property("scope");
    const own = scope === void 0 ? void 0 : resourceGroupOf(scope);
    return own ?? this.parent?.resourceGroup ?? this.template.resourceGroup;
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
      const base2 = this.baseId();
      if (base2.kind !== "string") return unknown(reasonOf(base2, "a resource ID"), base2.prov, this);
      const lastType = this.type.slice(this.type.lastIndexOf("/") + 1);
      const id = this.parentHandle() !== void 0 ? `${base2.value}/${lastType}/${name.value}` : `${base2.value}/providers/${typeWithNames(this.type, name.value)}`;
      return { kind: "string", value: id, prov: computed([name]), resource: this };
    });
  }
  /** Whether this instance is deployed: module calls, its own `if`, its parent's. */
  deployed() {
    const own = this.expansion.condition;
    const template = this.template;
    const condition = own === void 0 ? void 0 : conditionFrom(template.evaluator.evaluate(own.condition, this.expansion.locals), template.at(own.span));
    const conditions = [template.site.condition, this.parent?.deployed(), this.expansion.empty, condition];
    return allDeployed(conditions, template.at(this.declaration.span));
  }
  record() {
    const label = `${this.declaration.name}${indexLabel(this.expansion.index)}`;
    return {
      kind: "record",
      label,
      prov: LITERAL2,
      resource: this,
      member: (member3) => {
        if (member3 === "name") return this.name();
        if (member3 === "id") return this.id();
        if (member3 === "type") return str(this.type);
        if (member3 === "apiVersion") return str(this.apiVersion);
        return unknown(`${label}.${member3} is only known at deployment`);
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
  property(key2) {
    const expression = bodyProperty(this.declaration, key2);
    if (expression === void 0) return void 0;
    return this.memo(key2, () => this.template.evaluator.evaluate(expression, this.expansion.locals));
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
      return str(`/subscriptions/${SUBSCRIPTION_PLACEHOLDER2}`);
    }
    return str(`/subscriptions/${SUBSCRIPTION_PLACEHOLDER2}/resourceGroups/${group ?? RESOURCE_GROUP_PLACEHOLDER2}`);
  }
  memo(key2, compute) {
    const cached = this.cache.get(key2);
    if (cached !== void 0) return cached;
    if (this.pending.has(key2)) return unknown(`the ${key2} of resource '${this.declaration.name}' refers to itself`);
    this.pending.add(key2);
    try {
      const value = compute();
      this.cache.set(key2, value);
      return value;
    } finally {
      this.pending.delete(key2);
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
var MAX_INPUTS2 = 500;
var MAX_DEPTH2 = 6;
function unreadModuleVm(module, reference2) {
  const { caller, declaration } = module;
  const params = bodyProperty(declaration, "params");
  const at2 = caller.at(declaration.span);
  const inputs = [];
  if (params !== void 0) collect2("", caller.evaluator.evaluate(params, module.expansion.locals), at2, inputs, 0);
  const signals = hotpatchSignals(inputs);
  if (signals === void 0) return void 0;
  const site = caller.site;
  const reportAt = site.calls[0] ?? at2;
  const label = `${declaration.name}${indexLabel(module.expansion.index)}`;
  const modules = site.files.slice(1).join(" > ");
  const deployed3 = module.condition() ?? { value: true, origin: "provider-default", location: at2 };
  return unreadCallAsVm(
    {
      format: "bicep",
      displayName: `module ${label}`,
      symbol: `${site.symbolPrefix}${caller.file}#${label}`,
      at: at2,
      why: `registry module ${reference2} is not read`,
      judge: "scan its what-if result instead (az deployment group what-if --no-pretty-print beside the template), or exempt the call",
      unit: templateDeployment(site.files[0] ?? at2.file, reportAt, modules === "" ? void 0 : `modules ${modules}`, site.parameterFile?.path),
      scope: azureScope(site.resourceGroup, reportAt),
      deployed: deployed3,
      variant: site.variant + indexLabel(module.expansion.index)
    },
    signals
  );
}
function collect2(path, value, at2, into, depth) {
  if (into.length >= MAX_INPUTS2 || depth > MAX_DEPTH2) return;
  if (value.kind === "string" || value.kind === "number" || value.kind === "boolean") {
    into.push({ path, value: value.value, at: at2 });
  } else if (value.kind === "array") {
    value.items.forEach((item, index2) => collect2(`${path}[${index2}]`, item, at2, into, depth + 1));
  } else if (value.kind === "object") {
    for (const property of value.properties.values()) {
      collect2(path === "" ? property.key : `${path}.${property.key}`, property.value, property.at, into, depth + 1);
    }
  }
}

// src/readers/bicep/collection-functions.ts
var sizeOf = (value) => value.kind === "string" ? value.value.length : value.kind === "array" ? value.items.length : void 0;
var pick = (choose) => strict2((args, site) => {
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
var slice = (part) => strict2((args, site) => {
  const value = args[0];
  const n = numberArg(args, 1);
  const size = sizeOf(value);
  if (size === void 0) return badArgument(site, args, 0, "an array or a string");
  if (n === void 0) return badArgument(site, args, 1, "an integer");
  const [from, to] = part(size, Math.max(0, n));
  if (value.kind === "string") return str(value.value.slice(from, to), computed(args));
  return arr(value.items.slice(from, to), value.prov);
});
var findIndex = (last) => strict2((args, site) => {
  const [container, item] = args;
  if (container.kind === "string" && item.kind === "string") {
    const [text2, part] = [container.value.toLowerCase(), item.value.toLowerCase()];
    return num(last ? text2.lastIndexOf(part) : text2.indexOf(part), computed(args));
  }
  if (container.kind !== "array") return badArgument(site, args, 0, "an array or a string");
  const indexes = container.items.map((candidate, i) => valuesEqual(candidate, item) === true ? i : -1);
  const found = indexes.filter((i) => i >= 0);
  return num((last ? found[found.length - 1] : found[0]) ?? -1, computed(args));
});
function union(values, depth = 0) {
  if (depth > MAX_VALUE_DEPTH2) return unknown(`value nested deeper than ${MAX_VALUE_DEPTH2} levels`, computed(values));
  if (values.every((value) => value.kind === "array")) {
    const items = [];
    for (const value of values) {
      for (const item of value.items) if (!items.some((seen) => valuesEqual(seen, item) === true)) items.push(item);
    }
    return arr(items, computed(values));
  }
  if (!values.every((value) => value.kind === "object")) {
    return unknown("union() needs all objects or all arrays", computed(values));
  }
  const merged = /* @__PURE__ */ new Map();
  const objects = values;
  for (const object of objects) {
    for (const property of propertiesOf(object)) {
      const key2 = property.key.toLowerCase();
      const earlier = merged.get(key2);
      const both = earlier?.value.kind === "object" && property.value.kind === "object";
      merged.set(key2, both ? { ...property, value: union([earlier.value, property.value], depth + 1) } : property);
    }
  }
  return obj(merged.values(), computed(values), objects.find((object) => object.incomplete !== void 0)?.incomplete);
}
var collectionFunctions = {
  first: pick(() => 0),
  last: pick((count) => count - 1),
  take: slice((count, n) => [0, Math.min(n, count)]),
  skip: slice((count, n) => [Math.min(n, count), count]),
  indexof: findIndex(false),
  lastindexof: findIndex(true),
  any: (args) => args[0] ?? nil(),
  concat: strict2((args, site) => {
    if (args.length > 0 && args.every((arg) => arg.kind === "array")) {
      const items = args.flatMap((arg) => arg.items);
      const prov = computed(args);
      return items.length > MAX_ARRAY_LENGTH2 ? unknown("concat() result too long", prov) : arr(items, prov);
    }
    let text2 = "";
    for (const [position, arg] of args.entries()) {
      const piece = arg.kind === "array" || arg.kind === "object" ? void 0 : toText2(arg);
      if (piece === void 0 || "missing" in piece) return badArgument(site, args, position, "a string");
      text2 += piece.text;
      if (!fitsString(text2.length)) return unknown("concat() result too long", computed(args));
    }
    return str(text2, computed(args));
  }),
  contains: strict2((args, site) => {
    const [container, item] = args;
    if (container.kind === "string" && item.kind !== "array" && item.kind !== "object") {
      const text2 = toText2(item);
      return "missing" in text2 ? text2.missing : bool(container.value.includes(text2.text), computed(args));
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
  empty: strict2((args) => {
    const value = args[0];
    if (value.kind === "object" && value.incomplete !== void 0 && value.properties.size === 0) {
      return unknown(value.incomplete, computed(args));
    }
    const size = value.kind === "object" ? value.properties.size : sizeOf(value);
    return bool(value.kind === "null" || size === 0, computed(args));
  }),
  length: strict2((args, site) => {
    const value = args[0];
    const prov = computed(args);
    if (value.kind === "object") {
      return value.incomplete !== void 0 ? unknown(value.incomplete, prov) : num(value.properties.size, prov);
    }
    const size = sizeOf(value);
    return size === void 0 ? badArgument(site, args, 0, "an array, a string or an object") : num(size, prov);
  }),
  union: strict2((args) => union(args)),
  coalesce: (args) => {
    for (const arg of args) {
      if (arg.kind === "null") continue;
      return firstUnresolved([arg]) ?? arg;
    }
    return nil(computed(args));
  },
  array: strict2((args) => {
    const value = args[0];
    return value.kind === "array" ? value : arr([value], computed(args));
  }),
  items: strict2((args, site) => {
    const value = args[0];
    if (value.kind !== "object") return badArgument(site, args, 0, "an object");
    if (value.incomplete !== void 0) return unknown(value.incomplete, computed(args));
    const entries2 = propertiesOf(value).sort((a, b) => a.key.toLowerCase().localeCompare(b.key.toLowerCase()));
    const prov = computed(args);
    const pairs = entries2.map(
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
  objectkeys: strict2((args, site) => {
    const value = args[0];
    if (value.kind !== "object") return badArgument(site, args, 0, "an object");
    if (value.incomplete !== void 0) return unknown(value.incomplete, computed(args));
    return arr([...value.properties.values()].map((entry) => str(entry.key, computed(args))), computed(args));
  }),
  flatten: strict2((args, site) => {
    const items = itemsArg(args, 0);
    if (items === void 0 || !items.every((item) => item.kind === "array")) {
      return badArgument(site, args, 0, "an array of arrays");
    }
    return arr(items.flatMap((item) => item.items), computed(args));
  }),
  join: strict2((args, site) => {
    const items = itemsArg(args, 0);
    const delimiter = stringArg(args, 1);
    if (items === void 0 || !items.every((item) => item.kind === "string")) {
      return badArgument(site, args, 0, "an array of strings");
    }
    if (delimiter === void 0) return badArgument(site, args, 1, "a string");
    const text2 = items.map((item) => item.value).join(delimiter);
    return fitsString(text2.length) ? str(text2, computed(args)) : unknown("join() result too long", computed(args));
  }),
  min: strict2((args, site) => extreme2(args, site, Math.min)),
  max: strict2((args, site) => extreme2(args, site, Math.max)),
  range: strict2((args, site) => {
    const [start, count] = [numberArg(args, 0), numberArg(args, 1)];
    if (start === void 0) return badArgument(site, args, 0, "an integer");
    if (count === void 0 || count < 0) return badArgument(site, args, 1, "a non-negative integer");
    const prov = computed(args);
    if (count > MAX_ARRAY_LENGTH2) return unknown(`range() of ${count} items is more than the 10,000 read`, prov);
    return arr(Array.from({ length: count }, (_, i) => num(start + i, prov)), prov);
  }),
  shallowmerge: strict2((args, site) => {
    const items = itemsArg(args, 0);
    if (items === void 0 || !items.every((item) => item.kind === "object")) {
      return badArgument(site, args, 0, "an array of objects");
    }
    return obj(items.flatMap(propertiesOf), computed(args));
  })
};
function extreme2(args, site, choose) {
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
  filter: strict2((args, site) => {
    const results = mapItems(args, site, 1);
    if (!Array.isArray(results)) return results;
    const missing2 = firstUnresolved(results);
    if (missing2 !== void 0) return missing2;
    const items = args[0].items;
    return arr(items.filter((_, i) => results[i]?.kind === "boolean" && results[i].value), computed(args));
  }),
  map: strict2((args, site) => {
    const results = mapItems(args, site, 1);
    return Array.isArray(results) ? firstUnresolved(results) ?? arr(results, computed(args)) : results;
  }),
  reduce: strict2((args, site) => {
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
  toobject: strict2((args, site) => {
    const keys = mapItems(args, site, 1);
    if (!Array.isArray(keys)) return keys;
    const values = args.length > 2 ? mapItems(args, site, 2) : [...itemsArg(args, 0) ?? []];
    if (!Array.isArray(values)) return values;
    const missing2 = firstUnresolved([...keys, ...values]);
    if (missing2 !== void 0) return missing2;
    if (!keys.every((key2) => key2.kind === "string")) return unknown("toObject() keys must be strings", computed(args));
    const at2 = site.at;
    const properties = keys.map((key2, i) => ({ key: key2.value, value: values[i], at: at2 }));
    return obj(properties, computed(args));
  }),
  mapvalues: strict2((args, site) => {
    const object = args[0];
    const lambda = lambdaArg(args, 1);
    if (object?.kind !== "object") return badArgument(site, args, 0, "an object");
    if (lambda === void 0) return badArgument(site, args, 1, "a lambda");
    const mapped = propertiesOf(object).map((property) => ({ ...property, value: lambda.invoke([property.value]) }));
    return firstUnresolved(mapped.map((property) => property.value)) ?? obj(mapped, computed(args), object.incomplete);
  })
};

// src/readers/bicep/string-functions.ts
var TOO_LONG = "the result would be longer than the 1,000,000 characters read";
var mapString = (transform) => strict2((args, site) => {
  const text2 = stringArg(args, 0);
  return text2 === void 0 ? badArgument(site, args, 0, "a string") : str(transform(text2), computed(args));
});
var compareEnds = (test) => strict2((args, site) => {
  const text2 = stringArg(args, 0);
  const part = stringArg(args, 1);
  if (text2 === void 0) return badArgument(site, args, 0, "a string");
  if (part === void 0) return badArgument(site, args, 1, "a string");
  return bool(test(text2.toLowerCase(), part.toLowerCase()), computed(args));
});
function formatText2(template, values) {
  let failed = false;
  const text2 = template.replace(/\{\{|\}\}|\{(\d+)(?:[,:][^}]*)?\}/g, (match2, index2) => {
    if (match2 === "{{") return "{";
    if (match2 === "}}") return "}";
    const value = values[Number(index2)];
    if (value === void 0) failed = true;
    return value ?? "";
  });
  return failed ? void 0 : text2;
}
var stringFunctions = {
  tolower: mapString((text2) => text2.toLowerCase()),
  toupper: mapString((text2) => text2.toUpperCase()),
  trim: mapString((text2) => text2.trim()),
  base64: mapString((text2) => Buffer.from(text2, "utf8").toString("base64")),
  base64tostring: mapString((text2) => Buffer.from(text2, "base64").toString("utf8")),
  uricomponent: mapString((text2) => encodeURIComponent(text2)),
  uricomponenttostring: mapString((text2) => {
    try {
      return decodeURIComponent(text2);
    } catch {
      return text2;
    }
  }),
  startswith: compareEnds((text2, part) => text2.startsWith(part)),
  endswith: compareEnds((text2, part) => text2.endsWith(part)),
  format: strict2((args, site) => {
    const template = stringArg(args, 0);
    if (template === void 0) return badArgument(site, args, 0, "a format string");
    const texts2 = [];
    for (const arg of args.slice(1)) {
      const text2 = toText2(arg);
      if ("missing" in text2) return text2.missing;
      texts2.push(text2.text);
    }
    const result = formatText2(template, texts2);
    if (result === void 0) {
      return unknown(`format() string '${template}' refers to a missing argument`, computed(args));
    }
    return fitsString(result.length) ? str(result, computed(args)) : unknown(TOO_LONG, computed(args));
  }),
  replace: strict2((args, site) => {
    const [text2, old, replacement] = [stringArg(args, 0), stringArg(args, 1), stringArg(args, 2)];
    if (text2 === void 0) return badArgument(site, args, 0, "a string");
    if (old === void 0 || old === "") return badArgument(site, args, 1, "a non-empty string");
    if (replacement === void 0) return badArgument(site, args, 2, "a string");
    const result = text2.split(old).join(replacement);
    return fitsString(result.length) ? str(result, computed(args)) : unknown(TOO_LONG, computed(args));
  }),
  split: strict2((args, site) => {
    const text2 = stringArg(args, 0);
    if (text2 === void 0) return badArgument(site, args, 0, "a string");
    const separator = args[1];
    const delimiters = separator?.kind === "string" ? [separator.value] : separator?.kind === "array" && separator.items.every((item) => item.kind === "string") ? separator.items.map((item) => item.value) : void 0;
    if (delimiters === void 0 || delimiters.includes("")) {
      return badArgument(site, args, 1, "a delimiter string or array");
    }
    let parts = [text2];
    for (const delimiter of delimiters) parts = parts.flatMap((part) => part.split(delimiter));
    if (parts.length > MAX_ARRAY_LENGTH2) return unknown("split() would give more than 10,000 items", computed(args));
    const prov = computed(args);
    return arr(parts.map((part) => str(part, prov)), prov);
  }),
  substring: strict2((args, site) => {
    const text2 = stringArg(args, 0);
    const start = numberArg(args, 1) ?? (args.length > 1 ? void 0 : 0);
    if (text2 === void 0) return badArgument(site, args, 0, "a string");
    if (start === void 0 || start < 0 || start > text2.length) {
      return badArgument(site, args, 1, "a start index inside the string");
    }
    const length2 = args.length > 2 ? numberArg(args, 2) : text2.length - start;
    if (length2 === void 0 || length2 < 0 || start + length2 > text2.length) {
      return badArgument(site, args, 2, "a length inside the string");
    }
    return str(text2.substring(start, start + length2), computed(args));
  }),
  padleft: strict2((args, site) => {
    const text2 = args[0]?.kind === "number" ? String(args[0].value) : stringArg(args, 0);
    const width = numberArg(args, 1);
    const pad2 = args.length > 2 ? stringArg(args, 2) : " ";
    if (text2 === void 0) return badArgument(site, args, 0, "a string or an integer");
    if (width === void 0 || !fitsString(width)) return badArgument(site, args, 1, "a length up to 1,000,000");
    if (pad2 === void 0 || pad2.length !== 1) return badArgument(site, args, 2, "one character");
    return str(text2.padStart(width, pad2), computed(args));
  }),
  string: strict2((args) => {
    const value = args[0];
    if (value.kind === "string") return value;
    const text2 = toText2(value);
    return "missing" in text2 ? text2.missing : str(text2.text, computed(args));
  }),
  int: strict2((args, site) => {
    const value = args[0];
    if (value?.kind === "number") return value;
    const digits = value?.kind === "string" && /^\s*[-+]?\d+\s*$/.test(value.value) ? value.value : void 0;
    if (digits === void 0) return badArgument(site, args, 0, "an integer or a string of digits");
    return num(parseInt(digits, 10), computed(args));
  }),
  bool: strict2((args, site) => {
    const value = args[0];
    if (value?.kind === "boolean") return value;
    if (value?.kind === "number") return bool(value.value !== 0, computed(args));
    const text2 = value?.kind === "string" ? value.value.toLowerCase() : void 0;
    if (text2 === "true" || text2 === "false") return bool(text2 === "true", computed(args));
    return badArgument(site, args, 0, "'true', 'false', a boolean or an integer");
  }),
  json: strict2((args, site) => {
    const text2 = stringArg(args, 0);
    if (text2 === void 0) return badArgument(site, args, 0, "a JSON string");
    try {
      return fromJson(JSON.parse(text2), computed(args), site.at);
    } catch {
      return unknown("json() argument is not valid JSON", computed(args));
    }
  })
};

// src/readers/bicep/functions.ts
var BUILTINS = new Map(
  Object.entries({ ...stringFunctions, ...collectionFunctions, ...lambdaFunctions, ...deploymentFunctions })
);
function callBuiltin(args, site) {
  const key2 = site.name.toLowerCase();
  const builtin = BUILTINS.get(key2);
  if (builtin !== void 0) return builtin(args, site);
  if (key2.startsWith("list")) return unknown(`${site.name}() is only known at deployment`, computed(args));
  if (key2.startsWith("load")) return unknown(`${site.name}() reads a file; not evaluated`, computed(args));
  return unknown(`function ${site.name}() is not evaluated`, computed(args));
}

// src/readers/bicep/value-operators.ts
function unary(operator, operand) {
  if (operator === "!" && operand.kind === "boolean") return bool(!operand.value, computed([operand]));
  if (operator === "-" && operand.kind === "number") return num(-operand.value, computed([operand]));
  return firstUnresolved([operand]) ?? unknown(`'${operator}' cannot apply to ${describeKind(operand)}`, operand.prov);
}
function member2(target2, name, safe) {
  switch (target2.kind) {
    case "object": {
      const property = target2.properties.get(name.toLowerCase());
      if (property !== void 0) return withProvenance(property.value, target2.prov);
      if (target2.incomplete !== void 0) return unknown(target2.incomplete, target2.prov);
      return safe ? nil(target2.prov) : unknown(`property '${name}' is not set`, target2.prov);
    }
    case "null":
      return safe ? target2 : unknown(`cannot read '${name}' of null`, target2.prov);
    case "record":
      return withProvenance(target2.member(name), target2.prov);
    case "unresolved":
      return unknown(target2.reason, target2.prov);
    default:
      return unknown(`cannot read '${name}' of ${describeKind(target2)}`, target2.prov);
  }
}
function index(target2, index2, safe) {
  if (index2.kind === "string" && (target2.kind === "object" || target2.kind === "record" || target2.kind === "null")) {
    return member2(target2, index2.value, safe);
  }
  if (target2.kind === "array" && index2.kind === "number") {
    const item = target2.items[index2.value];
    if (item !== void 0) return withProvenance(item, target2.prov);
    if (safe) return nil(target2.prov);
    return unknown(`index ${index2.value} is outside the array of ${target2.items.length}`, target2.prov);
  }
  if (target2.kind === "null" && safe) return target2;
  const reason = `cannot index ${describeKind(target2)} with ${describeKind(index2)}`;
  return firstUnresolved([target2, index2]) ?? unknown(reason, target2.prov);
}
function whyUnknown(value, fallback) {
  if (value?.kind === "unresolved") return value.reason;
  return value?.kind === "record" ? `${value.label} is only known at deployment` : fallback;
}
function arithmetic2(operator, left, right, prov) {
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
var MAX_EVALUATION_DEPTH2 = 400;
var MAX_LOOP_ITEMS = 1e4;
var bind = (locals, name, value) => ({ name, value, next: locals });
function lookupLocal(locals, name) {
  for (let scope = locals; scope !== void 0; scope = scope.next) if (scope.name === name) return scope.value;
  return void 0;
}
var NAMESPACES = /* @__PURE__ */ new Set(["sys", "az"]);
var Evaluator = class {
  constructor(scope) {
    this.scope = scope;
  }
  scope;
  at(span) {
    return { file: this.scope.file, line: span.line, column: span.column };
  }
  evaluate(expression, locals = void 0) {
    const budget = this.scope.budget;
    if (--budget.steps < 0) return unknown("the evaluation budget is exhausted (template too large or looping)");
    if (budget.depth >= MAX_EVALUATION_DEPTH2) {
      return unknown(`evaluation nested deeper than ${MAX_EVALUATION_DEPTH2} levels`);
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
      case "unary":
        return unary(node.operator, this.evaluate(node.operand, locals));
      case "binary":
        return this.binary(node, locals);
      case "ternary":
        return this.ternary(node, locals);
      case "member":
        return member2(this.evaluate(node.object, locals), node.property, node.safe);
      case "index":
        return index(this.evaluate(node.object, locals), this.evaluate(node.index, locals), node.safe);
      case "nonNull": {
        const value = this.evaluate(node.expression, locals);
        return value.kind === "null" ? unknown("a value asserted non-null (!) is null", value.prov) : value;
      }
      case "resourceAccess": {
        const parent = this.evaluate(node.object, locals);
        if (parent.kind === "record" && parent.child !== void 0) return parent.child(node.name);
        return firstUnresolved([parent]) ?? unknown(`'::${node.name}' needs a resource, found ${describeKind(parent)}`);
      }
      case "call":
        return this.call(node, locals);
      case "lambda": {
        const bindArgs = (args) => node.parameters.reduce((scope, name, i) => bind(scope, name, args[i] ?? nil()), locals);
        const invoke = (args) => this.evaluate(node.body, bindArgs(args));
        return { kind: "lambda", parameters: node.parameters, body: node.body, prov: LITERAL2, invoke };
      }
    }
  }
  interpolate(node, locals) {
    const values = node.expressions.map((expression) => this.evaluate(expression, locals));
    const only = values[0];
    if (values.length === 1 && node.segments.every((segment) => segment === "") && only?.kind === "string") return only;
    let text2 = node.segments[0];
    for (const [i, value] of values.entries()) {
      const piece = toText2(value);
      if ("missing" in piece) return unknown(piece.missing.reason, computed(values));
      text2 += piece.text + node.segments[i + 1];
    }
    return str(text2, computed(values));
  }
  object(node, locals) {
    const properties = [];
    let incomplete;
    for (const member3 of node.members) {
      if (member3.kind === "resource") continue;
      if (member3.kind === "spread") {
        const spread = this.evaluate(member3.expression, locals);
        if (spread.kind === "object") {
          properties.push(...propertiesOf(spread));
          incomplete ??= spread.incomplete;
        } else if (spread.kind !== "null") {
          incomplete ??= whyUnknown(spread, "a spread value is not an object");
        }
        continue;
      }
      const key2 = member3.key.kind === "string" ? str(member3.key.value) : this.interpolate(member3.key, locals);
      if (key2.kind !== "string") {
        incomplete ??= whyUnknown(key2, "a property name is not a string");
        continue;
      }
      properties.push({ key: key2.value, value: this.evaluate(member3.value, locals), at: this.at(member3.key.span) });
    }
    return obj(properties, LITERAL2, incomplete);
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
        return firstUnresolved([spread]) ?? unknown(reason);
      }
      values.push(...spread.items);
    }
    return arr(values);
  }
  loop(node, locals) {
    const source = this.evaluate(node.iterable, locals);
    if (source.kind !== "array") {
      return firstUnresolved([source]) ?? unknown(`a loop needs an array, found ${describeKind(source)}`);
    }
    if (source.items.length > MAX_LOOP_ITEMS) {
      return unknown(`a loop over ${source.items.length} items is more than the ${MAX_LOOP_ITEMS} read`);
    }
    const results = [];
    for (const [i, item] of source.items.entries()) {
      let scope = bind(locals, node.item, withProvenance(item, source.prov));
      if (node.index !== void 0) scope = bind(scope, node.index, num(i));
      let body = node.body;
      if (body.kind === "if") {
        const condition = this.evaluate(body.condition, scope);
        if (condition.kind !== "boolean") {
          return firstUnresolved([condition]) ?? unknown("a loop filter is not a boolean");
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
      return firstUnresolved([left, right2]) ?? unknown(`'${operator}' needs booleans`, computed([left, right2]));
    }
    if (operator === "??") {
      if (left.kind !== "null") return left;
      return withProvenance(this.evaluate(node.right, locals), { origin: "expression", via: left.prov.via });
    }
    const right = this.evaluate(node.right, locals);
    const prov = computed([left, right]);
    const missing2 = firstUnresolved([left, right]);
    if (operator === "==" || operator === "!=") {
      const equal = valuesEqual(left, right);
      if (equal === void 0) return unknown(whyUnknown(missing2, "values cannot be compared"), prov);
      return bool(equal === (operator === "=="), prov);
    }
    if (missing2 !== void 0) return unknown(whyUnknown(missing2, ""), prov);
    if (operator === "=~" || operator === "!~") {
      if (left.kind !== "string" || right.kind !== "string") return unknown(`'${operator}' compares strings`, prov);
      return bool(left.value.toLowerCase() === right.value.toLowerCase() === (operator === "=~"), prov);
    }
    return arithmetic2(operator, left, right, prov);
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
    return unknown(whyUnknown(firstUnresolved([condition]), "the condition is not a boolean"), computed([condition]));
  }
  call(node, locals) {
    const args = node.args.map((arg) => this.evaluate(arg, locals));
    const site = { name: node.name, at: this.at(node.span), resourceGroup: this.scope.resourceGroup };
    const namespace = node.namespace;
    if (namespace === void 0) return this.scope.callFunction(node.name, args) ?? callBuiltin(args, site);
    const system = namespace.kind === "identifier" && NAMESPACES.has(namespace.name) ? namespace.name : void 0;
    if (system !== void 0 && lookupLocal(locals, system) === void 0 && this.scope.symbol(system) === void 0) {
      return callBuiltin(args, site);
    }
    const target2 = this.evaluate(namespace, locals);
    if (target2.kind === "record") {
      const result = target2.call?.(node.name, args);
      return result ?? unknown(`${target2.label}.${node.name}() is only known at deployment`, target2.prov);
    }
    return firstUnresolved([target2]) ?? unknown(`${describeKind(target2)} has no function ${node.name}()`, target2.prov);
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
    const value = own === void 0 ? void 0 : this.caller.evaluator.evaluate(own.condition, this.expansion.locals);
    const condition = own === void 0 || value === void 0 ? void 0 : conditionFrom(value, this.caller.at(own.span));
    return allDeployed([caller, empty, condition], this.caller.at(this.declaration.span));
  }
  record() {
    const label = this.label;
    const outputs = {
      kind: "record",
      label: `${label}.outputs`,
      prov: LITERAL2,
      member: (name) => {
        const template = this.template();
        return template instanceof TemplateInstance ? template.output(name) : template;
      }
    };
    return {
      kind: "record",
      label,
      prov: LITERAL2,
      member: (name) => {
        if (name === "outputs") return outputs;
        const expression = name === "name" ? bodyProperty(this.declaration, "name") : void 0;
        if (expression !== void 0) return this.caller.evaluator.evaluate(expression, this.expansion.locals);
        return unknown(`${label}.${name} is only known at deployment`);
      }
    };
  }
  load() {
    const target2 = this.target;
    if (target2.kind === "registry") return unknown(`registry module ${target2.reference} is not read`);
    if (target2.kind === "arm-json") return unknown(`ARM JSON module ${target2.path} not expanded`);
    if (target2.kind === "unreadable") {
      return this.problem(`module '${this.declaration.path}' not read: ${target2.reason}`, "notice");
    }
    const { session, site } = this.caller;
    if (site.files.includes(target2.path)) {
      return this.problem(`module cycle: ${[...site.files, target2.path].join(" -> ")}`, "error");
    }
    if (site.files.length >= MAX_MODULE_DEPTH) {
      return this.problem(`modules nested deeper than ${MAX_MODULE_DEPTH} levels are not evaluated`, "error", "not-evaluated");
    }
    if (++session.modules > session.limits.instances) {
      const message = `more than ${session.limits.instances} module instances in one deployment (raise limits.instances in the configuration to evaluate them)`;
      return this.problem(message, "error", "not-evaluated");
    }
    const unit = session.loader.load(target2.path);
    if (!("program" in unit)) return unknown(`cannot read module ${target2.path}: ${unit.message}`);
    const scope = bodyProperty(this.declaration, "scope");
    const scopeValue = scope === void 0 ? void 0 : this.caller.evaluator.evaluate(scope, this.expansion.locals);
    const resourceGroup4 = scopeValue === void 0 ? site.resourceGroup : resourceGroupOf(scopeValue);
    const index2 = indexLabel(this.expansion.index);
    const inputs = {
      parameter: (name) => this.parameter(name),
      missing: `module '${this.label}' does not pass it`
    };
    return new TemplateInstance(unit, inputs, session, {
      files: [...site.files, target2.path],
      calls: [...site.calls, this.caller.at(this.declaration.span)],
      resourceGroup: resourceGroup4,
      variant: site.variant + index2,
      condition: this.condition(),
      symbolPrefix: `${site.symbolPrefix}${this.caller.file}#${this.label} > `,
      parameterFile: site.parameterFile,
      factors: this.expansion.count === void 0 ? site.factors ?? [] : [...site.factors ?? [], this.expansion.count]
    });
  }
  problem(message, severity, kind) {
    const at2 = this.caller.at(this.declaration.pathSpan);
    this.caller.session.report({ ...at2, message, severity, ...kind === void 0 ? {} : { kind } });
    return unknown(message);
  }
  /** A parameter the call passes, evaluated in the caller (with its loop variables); undefined when not passed. */
  parameter(name) {
    if (!this.parameters.has(name)) this.parameters.set(name, this.passedParameter(name));
    return this.parameters.get(name);
  }
  passedParameter(name) {
    const key2 = name.toLowerCase();
    const params = bodyProperty(this.declaration, "params");
    if (params === void 0) return void 0;
    const evaluator = this.caller.evaluator;
    if (params.kind === "object") {
      const property2 = params.members.findLast(
        (member3) => member3.kind === "property" && member3.key.kind === "string" && member3.key.value.toLowerCase() === key2
      );
      if (property2?.kind === "property") {
        const value = evaluator.evaluate(property2.value, this.expansion.locals);
        return withProvenance(value, { origin: "literal", detail: name, via: [this.caller.at(property2.key.span)] });
      }
      if (!params.members.some((member3) => member3.kind !== "property")) return void 0;
    }
    this.allParameters ??= evaluator.evaluate(params, this.expansion.locals);
    const all2 = this.allParameters;
    if (all2.kind !== "object") return unknown(reasonOf(all2, "an object of module parameters"), all2.prov);
    const property = all2.properties.get(key2);
    if (property !== void 0) {
      return withProvenance(property.value, { origin: "literal", detail: name, via: [property.at] });
    }
    return all2.incomplete === void 0 ? void 0 : unknown(all2.incomplete, all2.prov);
  }
};

// src/readers/bicep/template.ts
var MAX_INSTANCES = 800;
var isNullable = (type) => type?.kind === "nullableType" || type?.kind === "unionType" && type.members.some((member3) => member3.kind === "nullableType");
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
  pending = /* @__PURE__ */ new Set();
  resourceSets = /* @__PURE__ */ new Map();
  moduleSets = /* @__PURE__ */ new Map();
  get file() {
    return this.unit.path;
  }
  get resourceGroup() {
    return this.site.resourceGroup;
  }
  get budget() {
    return this.session.budget;
  }
  at(span) {
    return this.evaluator.at(span);
  }
  symbol(name) {
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
  memo(key2, compute) {
    const cached = this.values.get(key2);
    if (cached !== void 0) return cached;
    if (this.pending.has(key2)) return unknown(`'${key2}' refers to itself`);
    this.pending.add(key2);
    try {
      const value = compute();
      this.values.set(key2, value);
      return value;
    } finally {
      this.pending.delete(key2);
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
    const list = allowed?.args[0] === void 0 ? void 0 : this.evaluator.evaluate(allowed.args[0]);
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
  library(reference2) {
    if (reference2 === void 0) return unknown("a provider import has no symbols");
    const target2 = this.session.loader.resolve(this.file, reference2);
    if (target2.kind === "registry") return unknown(`symbols imported from registry ${reference2} are not read`);
    if (target2.kind === "unreadable") return unknown(target2.reason);
    if (target2.kind !== "bicep") return unknown(`${reference2} is not a Bicep file`);
    const existing = this.session.libraries.get(target2.path);
    if (existing !== void 0) return existing;
    const unit = this.session.loader.load(target2.path);
    if (!("program" in unit)) return unknown(`${target2.path}: ${unit.message}`);
    const site = {
      ...this.site,
      files: [target2.path],
      calls: [],
      variant: "",
      condition: void 0,
      parameterFile: void 0
    };
    const inputs = { parameter: () => void 0, missing: "an imported file has no inputs" };
    const library = new _TemplateInstance(unit, inputs, this.session, site);
    this.session.libraries.set(target2.path, library);
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
    const bindItem = (item, index2) => {
      const locals = bind(void 0, value.item, item);
      return value.index === void 0 ? locals : bind(locals, value.index, index2);
    };
    if (source.kind !== "array") {
      const reason = reasonOf(source, "an array to loop over");
      const instance = make({ locals: bindItem(unknown(reason, source.prov), unknown(reason)), index: "?", condition });
      return { instances: [instance], value: unknown(reason, source.prov) };
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
      const instance = make({ locals: bindItem(unknown(reason), unknown(reason)), index: void 0, condition, empty });
      return { instances: [instance], value: arr([], source.prov) };
    }
    const instances = source.items.map(
      (item, index2) => make({ locals: bindItem(withProvenance(item, source.prov), num(index2)), index: index2, condition, count })
    );
    return { instances, value: arr(instances.map((instance) => instance.record())) };
  }
};

// src/readers/bicep/deployment.ts
function evaluateEntry(entry, loader, report, limits = DEFAULT_LIMITS) {
  const found = [];
  const unread = [];
  const template = entryTemplate(entry, loader, report, limits);
  collectResources2(template, found, unread);
  const resources = [...found.flatMap((instance) => toModelResource(instance) ?? []), ...unread];
  if (template.session.budget.steps < 0) {
    const unit = `the deployment of ${entry.template.path}${entry.parameterFile === void 0 ? "" : ` with ${entry.parameterFile.path}`}`;
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
function parameterValues(file, session, site, seen) {
  seen.add(file.path);
  const noInputs = { parameter: () => void 0, missing: "a parameter file has no inputs" };
  const values = new TemplateInstance(file, noInputs, session, site);
  const basePath = file.extends === void 0 ? void 0 : session.loader.resolve(file.path, file.extends);
  const baseUnit = basePath?.kind === "bicep" && !seen.has(basePath.path) ? session.loader.load(basePath.path) : void 0;
  const base2 = baseUnit !== void 0 && "program" in baseUnit ? parameterValues(baseUnit, session, site, seen) : void 0;
  return {
    parameter: (name) => file.symbols.get(name)?.kind === "param" ? values.symbol(name) : base2?.parameter(name),
    missing: `${file.path} does not set it`
  };
}
var declaresModelResource = (declaration) => isModelType(declaration.typeReference) || nestedResources(declaration).some(declaresModelResource);
function collectResources2(template, found, unread) {
  const loader = template.session.loader;
  const visit2 = (declaration, parent) => {
    if (!declaresModelResource(declaration)) return;
    for (const instance of template.resources(declaration, parent).instances) {
      if (isModelType(instance.type)) found.push(instance);
      for (const nested of nestedResources(declaration)) visit2(nested, instance);
    }
  };
  const follow = (declaration) => {
    const target2 = loader.resolve(template.file, declaration.path);
    if (target2.kind === "bicep" && !loader.mayDeploy(target2.path, isModelType)) return;
    if (target2.kind === "registry") {
      const message = `registry module ${target2.reference} is not read; the resources it deploys are not checked`;
      template.session.report({ ...template.at(declaration.pathSpan), message, severity: "notice" });
      for (const module of template.modules(declaration).instances) {
        const standIn = unreadModuleVm(module, target2.reference);
        if (standIn) unread.push(standIn);
      }
      return;
    }
    for (const module of template.modules(declaration).instances) {
      const callee = module.template();
      if (callee instanceof TemplateInstance) collectResources2(callee, found, unread);
    }
  };
  for (const statement of template.unit.program.statements) {
    if (statement.kind === "resource") visit2(statement, void 0);
    else if (statement.kind === "module") follow(statement);
  }
}

// src/readers/bicep/entry-points.ts
function planEntries(units, loader, report) {
  const entries2 = [];
  const parameterized = /* @__PURE__ */ new Set();
  for (const parameterFile of units.filter((unit) => unit.isParameterFile)) {
    const template = usedTemplate(parameterFile, loader, report);
    if (template === void 0) continue;
    entries2.push({ template, parameterFile, phase: 0 });
    parameterized.add(template.path);
  }
  const templates = units.filter((unit) => !unit.isParameterFile);
  const called = new Set(templates.flatMap((template) => loader.localModules(template)));
  for (const template of templates) {
    if (!parameterized.has(template.path) && !called.has(template.path)) entries2.push({ template, phase: 1 });
  }
  const reached = /* @__PURE__ */ new Set();
  const reach = (start) => {
    const pending = [start];
    for (let path = pending.pop(); path !== void 0; path = pending.pop()) {
      if (reached.has(path)) continue;
      reached.add(path);
      const unit = loader.load(path);
      if ("program" in unit) pending.push(...loader.localModules(unit));
    }
  };
  for (const entry of entries2) reach(entry.template.path);
  for (const template of templates) {
    if (reached.has(template.path)) continue;
    entries2.push({ template, phase: 2 });
    reach(template.path);
  }
  return entries2;
}
function usedTemplate(parameterFile, loader, report) {
  const using = parameterFile.using;
  if (using?.path === void 0) return void 0;
  const at2 = { file: parameterFile.path, line: using.pathSpan.line, column: using.pathSpan.column };
  const target2 = loader.resolve(parameterFile.path, using.path);
  if (target2.kind !== "bicep") {
    const why = target2.kind === "unreadable" ? target2.reason : `'${using.path}' is not a local Bicep template`;
    const severity = target2.kind === "unreadable" ? "error" : "notice";
    report({ ...at2, message: `parameter file not evaluated: ${why}`, severity });
    return void 0;
  }
  const unit = loader.load(target2.path);
  return "program" in unit ? unit : void 0;
}

// src/readers/bicep/bicep-reader.ts
var BICEP_FILE = /\.bicep(param)?$/i;
var EXEMPTION_MARKER = "hotpatch-reboot-gate-exempt";
var bicepReader = {
  format: "bicep",
  claims: (file) => BICEP_FILE.test(file.path),
  units: moduleComponents,
  read: (files, workspace, limits) => Promise.resolve(readBicep(files, workspace, limits))
};
function readBicep(files, workspace, limits) {
  const loader = new SourceLoader(workspace);
  const problems = /* @__PURE__ */ new Map();
  const report = (problem2) => {
    problems.set(`${problem2.file}:${problem2.line}:${problem2.column}:${problem2.message}`, problem2);
  };
  const units = [];
  for (const file of files) {
    try {
      const unit = loader.load(file.path);
      if ("program" in unit) units.push(unit);
    } catch (error) {
      const message = `internal error in the Bicep parser: ${getErrorMessage(error)}`;
      report({ file: file.path, line: 1, column: 1, message, severity: "error" });
    }
  }
  const resources = [];
  const resourceOrigins = [];
  for (const entry of planEntries(units, loader, report)) {
    if (hasWhatIfResult(workspace, folderOf2(entry.template.path))) continue;
    const origin = { file: entry.parameterFile?.path ?? entry.template.path, phase: entry.phase };
    try {
      for (const resource of evaluateEntry(entry, loader, report, limits)) {
        resources.push(resource);
        resourceOrigins.push(origin);
      }
    } catch (error) {
      const file = entry.parameterFile?.path ?? entry.template.path;
      const message = `internal error evaluating the template: ${getErrorMessage(error)}`;
      report({ file, line: 1, column: 1, message, severity: "error" });
    }
  }
  for (const [path, unit] of loader.loaded()) {
    if ("program" in unit) for (const error of unit.errors) report({ file: path, ...error, severity: "error" });
    else report({ file: path, line: unit.line, column: unit.column, message: unit.message, severity: "error" });
  }
  return {
    resources,
    resourceOrigins,
    parseErrors: [...problems.values()],
    manifests: units.map((unit) => unit.path),
    inlineExemptions: units.flatMap(exemptions)
  };
}
function exemptions(unit) {
  return unit.comments.flatMap((comment) => {
    const text2 = comment.text.trim();
    if (comment.style === "pragma" || !text2.startsWith(EXEMPTION_MARKER)) return [];
    const location = { file: unit.path, line: comment.line, column: comment.column };
    return [{ location, text: text2.slice(EXEMPTION_MARKER.length).trim() }];
  });
}

// src/yaml/exemptions.ts
var EXEMPTION_MARKER2 = "hotpatch-reboot-gate-exempt";
function inlineExemptions(file, parsed) {
  return findMarkedComments(parsed, EXEMPTION_MARKER2).map((comment) => ({
    location: { file, line: comment.line, column: comment.column },
    text: comment.text
  }));
}

// src/yaml/sourced.ts
function locate(file, at2) {
  if ("kind" in at2) {
    return { file, line: at2.start.line, column: at2.start.column, endLine: at2.end.line, endColumn: at2.end.column };
  }
  return { file, line: at2.line, column: at2.column };
}
var YAML11_TRUE = /* @__PURE__ */ new Set(["y", "yes", "on"]);
var YAML11_FALSE = /* @__PURE__ */ new Set(["n", "no", "off"]);
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
    if (node.kind !== "scalar") return unresolved(this.at(node), `expected a string, found a ${describe2(node)}`);
    const text2 = typeof node.value === "string" ? node.value : node.text;
    return known(keptText(text2), this.at(node), this.origin);
  }
  boolean(node, fallback, byDefault) {
    if (node === void 0 || node.kind === "scalar" && node.value === null) return this.missing(fallback, byDefault);
    if (node.kind === "scalar") {
      if (typeof node.value === "boolean") return known(node.value, this.at(node), this.origin);
      const word = node.style === "plain" ? node.text.toLowerCase() : "";
      if (YAML11_TRUE.has(word)) return known(true, this.at(node), this.origin);
      if (YAML11_FALSE.has(word)) return known(false, this.at(node), this.origin);
    }
    return unresolved(this.at(node), keptText(`expected a boolean, found ${describeValue(node)}`));
  }
  stringList(node, fallback) {
    if (node === void 0 || node.kind === "scalar" && node.value === null) return absent(fallback);
    if (node.kind !== "seq") return unresolved(this.at(node), `expected a list of strings, found a ${describe2(node)}`);
    const items = [];
    for (const item of node.items) {
      if (item.kind !== "scalar" || item.value === null) {
        return unresolved(this.at(item), `expected a list of strings, found a ${describe2(item)} item`);
      }
      items.push(keptText(typeof item.value === "string" ? item.value : item.text));
    }
    return known(items, this.at(node), this.origin);
  }
  /** A string map such as `tags`; keys stay own data properties (`__proto__` included). */
  stringMap(node, fallback) {
    if (node === void 0 || node.kind === "scalar" && node.value === null) return absent(fallback);
    if (node.kind !== "map") {
      return unresolved(this.at(node), `expected a mapping of strings, found a ${describe2(node)}`);
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
function describe2(node) {
  if (node.kind !== "scalar") return node.kind === "map" ? "mapping" : "list";
  return node.value === null ? "null" : typeof node.value;
}
function describeValue(node) {
  if (node.kind !== "scalar") return `a ${describe2(node)}`;
  return node.style === "plain" ? `"${node.text}"` : `the quoted string "${node.text}"`;
}

// src/readers/kubernetes/resource-base.ts
function resourceBase(manifest, identity) {
  return {
    format: "kubernetes",
    identity,
    // Kubernetes resolves references by name inside a namespace, or the cluster for cluster-scoped objects.
    unit: manifest.namespace === "" ? deploymentUnit("kubernetes-cluster", "kubernetes:cluster", manifest.at) : deploymentUnit("kubernetes-namespace", `kubernetes:${manifest.namespace}`, manifest.at),
    scope: azureScope(identity.resourceGroup, manifest.at),
    displayName: identity.name ?? identity.symbol ?? manifest.name,
    reportAt: manifest.at,
    declaredAt: manifest.at,
    related: [],
    variant: "",
    deployed: deployed2(manifest)
  };
}
var ASO_RECONCILE_POLICY = "serviceoperator.azure.com/reconcile-policy";
var CHANGING_POLICIES = /* @__PURE__ */ new Set(["*", "Create", "Update"]);
function deployed2(manifest) {
  if (manifest.flavour === "aso") {
    const policy = manifest.annotations.get(ASO_RECONCILE_POLICY);
    if (policy?.toLowerCase() === "skip") {
      const node = nodeAt(manifest.root, ["metadata", "annotations", ASO_RECONCILE_POLICY]);
      return known(false, node ? locate(manifest.file, node) : manifest.at, "literal", ASO_RECONCILE_POLICY);
    }
    return known(true, manifest.at);
  }
  const policies = child(child(manifest.root, "spec"), "managementPolicies");
  if (isSeq(policies) && !policies.items.some((item) => CHANGING_POLICIES.has(scalarText(item) ?? ""))) {
    return known(false, locate(manifest.file, policies), "literal", "managementPolicies");
  }
  return known(true, manifest.at);
}

// src/readers/kubernetes/aso.ts
var ASO_COMPUTE_KINDS = /* @__PURE__ */ new Set(["VirtualMachine", "VirtualMachineScaleSet"]);
function readAsoCompute(manifest, index2, values) {
  const spec = child(manifest.root, "spec");
  const isScaleSet = manifest.kind === "VirtualMachineScaleSet";
  const kind = isScaleSet ? "scale-set" : "virtual-machine";
  const profile = isScaleSet ? child(spec, "virtualMachineProfile") : spec;
  const patch = nodeAt(profile, ["osProfile", "windowsConfiguration", "patchSettings"]);
  const bypass = nodeAt(patch, ["automaticByPlatformSettings", "bypassPlatformSafetyChecksOnUserSchedule"]);
  const at2 = manifest.at;
  const base2 = resourceBase(manifest, index2.identity(manifest, isScaleSet ? VMSS_TYPE : VM_TYPE));
  const fields = mapVirtualMachine(asoSource(spec, values, at2), kind, {
    customImageId: customImage(nodeAt(profile, ["storageProfile", "imageReference"]), values, at2),
    bypassPlatformSafetyChecksOnUserSchedule: absent(bypass ? values.at(bypass) : at2)
  });
  return onFrame(base2, fields);
}
function asoSource(spec, values, at2) {
  const node = (path) => nodeAt(spec, path[0] === "properties" ? path.slice(1) : path);
  return {
    at: at2,
    string: (path) => values.string(node(path), at2),
    boolean: (path) => values.boolean(node(path), at2),
    strings: (path) => values.stringList(node(path), at2),
    stringMap: (path) => values.stringMap(node(path), at2),
    stringListMap: (path) => {
      const found = node(path);
      return found === void 0 ? absent(at2) : unresolved(values.at(found), "tag filters are not read from ASO manifests");
    },
    written: (path) => {
      const found = node(path);
      return found === void 0 ? absent(at2) : known(true, values.at(found));
    }
  };
}
function customImage(image2, values, at2) {
  const reference2 = child(image2, "reference");
  const armId = child(reference2, "armId");
  if (armId !== void 0) return values.string(armId, at2);
  const name = scalarText(child(reference2, "name"));
  if (reference2 !== void 0 && name !== void 0) {
    const group = scalarText(child(reference2, "group")) ?? "compute.azure.com";
    const kind = scalarText(child(reference2, "kind")) ?? "Image";
    return known(keptText(`${group}/${kind}/${name}`), values.at(reference2));
  }
  const gallery = child(image2, "sharedGalleryImageId") ?? child(image2, "communityGalleryImageId");
  return values.string(gallery, at2);
}

// src/readers/kubernetes/claims.ts
var YAML_FILE = /\.ya?ml$/i;
var PULUMI_FILE = /(^|\/)Pulumi(\.[^/]+)?\.ya?ml$/;
var TOP_LEVEL_API_VERSION = /^apiVersion[ \t]*:/m;
var TOP_LEVEL_KIND = /^kind[ \t]*:/m;
var WORKFLOW_KEYS = [/^on[ \t]*:/m, /^jobs[ \t]*:/m];
function claimsKubernetesFile(file, head) {
  if (!YAML_FILE.test(file.path) || PULUMI_FILE.test(file.path)) return false;
  if (file.path.startsWith(".github/") || file.path.includes("/.github/")) return false;
  const text2 = head();
  if (!TOP_LEVEL_API_VERSION.test(text2) || !TOP_LEVEL_KIND.test(text2)) return false;
  return !WORKFLOW_KEYS.every((pattern) => pattern.test(text2));
}
var AZURE_GROUP = /^(?:[a-z0-9-]+\.)?(?:azure\.com|azure\.upbound\.io|azure\.m\.upbound\.io)$/;
var mentionsAzureGroup = (text2) => /apiVersion[ \t]*:[ \t]*["']?(?:[a-z0-9-]+\.)?(?:azure\.com|azure\.upbound\.io|azure\.m\.upbound\.io)\//.test(text2);
var isTemplated = (text2) => text2.includes("{{");

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
function readCrossplaneCompute(manifest, index2, values) {
  const shape = CROSSPLANE_COMPUTE_KINDS.get(manifest.kind);
  if (shape === void 0) return void 0;
  const at2 = manifest.at;
  const parameter = (key2) => index2.parameter(manifest, key2);
  const osProfile = block(parameter("osProfile"));
  const windows = block(child(osProfile, "windowsConfiguration"));
  const linux = block(child(osProfile, "linuxConfiguration"));
  const settings = shape.settingsInOsProfile ? (key2) => child(windows, key2) : parameter;
  const osType = osTypeOf(shape, manifest.kindAt, windows, linux, values, at2);
  const image2 = block(parameter("sourceImageReference"));
  const windowsVm = manifest.kind === "WindowsVirtualMachine";
  const base2 = resourceBase(manifest, index2.identity(manifest, shape.kind === "scale-set" ? VMSS_TYPE : VM_TYPE));
  return onFrame(base2, {
    kind: shape.kind,
    canHotpatch: shape.canHotpatch,
    orchestrationMode: shape.orchestrationMode ? known(shape.orchestrationMode, manifest.kindAt) : absent(at2),
    osType,
    image: {
      publisher: values.string(child(image2, "publisher"), at2),
      offer: values.string(child(image2, "offer"), at2),
      sku: values.string(child(image2, "sku"), at2),
      version: values.string(child(image2, "version"), at2),
      customImageId: values.string(parameter("sourceImageId"), at2)
    },
    location: values.string(parameter("location"), at2),
    tags: values.stringMap(parameter("tags"), at2),
    patchMode: values.string(settings("patchMode"), at2, osType.value === "Windows" ? "AutomaticByOS" : void 0),
    enableHotpatching: values.boolean(settings("hotpatchingEnabled"), at2, false),
    // Only azurerm_windows_virtual_machine has these two; the Flexible scale set has neither.
    rebootSetting: windowsVm ? values.string(parameter("rebootSetting"), at2) : absent(at2),
    bypassPlatformSafetyChecksOnUserSchedule: windowsVm ? values.boolean(parameter("bypassPlatformSafetyChecksOnUserScheduleEnabled"), at2, false) : absent(at2)
  });
}
function osTypeOf(shape, kindAt, windows, linux, values, at2) {
  if (shape.os !== void 0) return known(shape.os, kindAt);
  if (windows !== void 0) return known("Windows", values.at(windows));
  if (linux !== void 0) return known("Linux", values.at(linux));
  return absent(at2);
}

// src/readers/kubernetes/crossplane-maintenance.ts
var CONFIGURATION = { service: "maintenance", kinds: ["MaintenanceConfiguration"] };
var REFERENCEABLE_VM = { service: "compute", kinds: ["LinuxVirtualMachine"] };
var WINDOWS_VM = { service: "compute", kinds: ["WindowsVirtualMachine"] };
function readCrossplaneConfiguration(manifest, index2, values) {
  const at2 = manifest.at;
  const parameter = (key2) => index2.parameter(manifest, key2);
  const window = block(parameter("window"));
  const patches = block(parameter("installPatches"));
  const windows = block(child(patches, "windows"));
  return onFrame(resourceBase(manifest, index2.identity(manifest, MAINTENANCE_CONFIGURATION_TYPE)), {
    kind: "maintenance-configuration",
    maintenanceScope: values.string(parameter("scope"), at2),
    window: {
      startDateTime: values.string(child(window, "startDateTime"), at2),
      expirationDateTime: values.string(child(window, "expirationDateTime"), at2),
      duration: values.string(child(window, "duration"), at2),
      timeZone: values.string(child(window, "timeZone"), at2),
      recurEvery: values.string(child(window, "recurEvery"), at2)
    },
    rebootSetting: values.string(child(patches, "reboot"), at2),
    // azurerm's `windows` block has no excludeKbsRequiringReboot.
    excludeKbsRequiringReboot: absent(at2),
    classificationsToInclude: values.stringList(child(windows, "classificationsToInclude"), at2),
    kbNumbersToInclude: values.stringList(child(windows, "kbNumbersToInclude"), at2)
  });
}
function readCrossplaneAssignment(manifest, index2, values) {
  const configuration2 = index2.resolve(manifest, "maintenanceConfigurationId", CONFIGURATION);
  const target2 = index2.resolve(manifest, "virtualMachineId", REFERENCEABLE_VM);
  const explained = explainWindowsTarget(target2, manifest, index2);
  return onFrame(resourceBase(manifest, index2.identity(manifest, MAINTENANCE_ASSIGNMENT_TYPE)), {
    kind: "maintenance-assignment",
    configuration: { target: toIdentity(configuration2, MAINTENANCE_CONFIGURATION_TYPE, manifest, index2, values) },
    target: {
      target: toIdentity(explained, VM_TYPE, manifest, index2, values),
      // A reference or selector resolves against LinuxVirtualMachine only: unresolved, it names no Windows VM
      // (one that names a WindowsVirtualMachine of the scan stays unknown, so that VM is told why).
      ...explained.kind === "unresolved" && explained === target2 ? { notWindowsVm: true } : {}
    }
  });
}
function explainWindowsTarget(resolution, manifest, index2) {
  if (resolution.kind !== "unresolved") return resolution;
  const windows = index2.resolve(manifest, "virtualMachineId", WINDOWS_VM);
  if (windows.kind !== "manifest") return resolution;
  return {
    ...resolution,
    reason: `${windows.field} selects WindowsVirtualMachine "${windows.manifest.name}", but provider-upjet-azure resolves virtualMachineId references against LinuxVirtualMachine only; set virtualMachineId to the VM resource ID`
  };
}
function toIdentity(resolution, type, manifest, index2, values) {
  switch (resolution.kind) {
    case "none":
      return absent(manifest.at);
    case "unresolved":
      return unresolved(values.at(resolution.node), keptText(resolution.reason));
    case "manifest": {
      const identity = index2.identity(resolution.manifest, type);
      return known(identity, values.at(resolution.node), "expression", resolution.field);
    }
    case "value": {
      const identity = parseResourceId(resolution.text);
      if (identity === void 0 || identity.type.toLowerCase() !== type.toLowerCase()) {
        return unresolved(values.at(resolution.node), keptText(`expected a ${type} resource ID, found "${resolution.text}"`));
      }
      return known(identity, values.at(resolution.node));
    }
  }
}

// src/readers/kubernetes/manifest-index.ts
var EXTERNAL_NAME = "crossplane.io/external-name";
var ManifestIndex = class {
  byGroupKind = /* @__PURE__ */ new Map();
  /** `<group>/<kind>` then `<label>=<value>`: selectors look up, never scan. */
  byLabel = /* @__PURE__ */ new Map();
  /** `<group>/<kind>` then the name: references by name look up, never scan (thousands of files name each other). */
  byName = /* @__PURE__ */ new Map();
  constructor(manifests) {
    for (const manifest of manifests) {
      const key2 = `${manifest.group}/${manifest.kind}`;
      append(this.byGroupKind, key2, manifest);
      append(this.byName, `${key2}
${manifest.name}`, manifest);
      for (const [label, value] of manifest.labels) append(this.byLabel, `${key2}
${label}=${value}`, manifest);
    }
  }
  /** Crossplane's `spec.forProvider` (else `spec.initProvider`) parameter. */
  parameter(manifest, key2) {
    const spec = child(manifest.root, "spec");
    return child(child(spec, "forProvider"), key2) ?? child(child(spec, "initProvider"), key2);
  }
  /**
   * Resolves a Crossplane reference field the way crossplane-runtime does: a value wins, then
   * `<field>Ref.name`, then `<field>Selector.matchLabels`. A selector matching several objects is
   * unresolved: Crossplane binds whichever it lists first that already exists.
   */
  resolve(from, field2, target2) {
    const value = this.parameter(from, field2);
    const text2 = scalarText(value);
    if (value !== void 0 && text2 !== void 0 && text2 !== "") return { kind: "value", node: value, text: text2 };
    const ref = this.parameter(from, `${field2}Ref`);
    const refName = scalarText(child(ref, "name"));
    if (ref !== void 0 && refName !== void 0) {
      const namespace = scalarText(child(ref, "namespace")) ?? from.namespace;
      const found = this.named(from, target2, refName).find((m) => this.sameNamespace(from, m, namespace));
      if (found !== void 0) return { kind: "manifest", manifest: found, node: ref, field: `${field2}Ref` };
      const reason = `${field2}Ref "${refName}" names no ${kindList(target2)} in the scanned files`;
      return { kind: "unresolved", node: ref, reason };
    }
    const selector = this.parameter(from, `${field2}Selector`);
    if (selector !== void 0) return this.select(from, selector, field2, target2);
    return { kind: "none" };
  }
  /** The Azure name: ASO `spec.azureName`, Crossplane external name or `forProvider.name`, else `metadata.name`. */
  azureName(manifest) {
    if (manifest.flavour === "aso") return scalarText(nodeAt(manifest.root, ["spec", "azureName"])) || manifest.name;
    const external = manifest.annotations.get(EXTERNAL_NAME);
    if (external !== void 0 && external !== "") return parseResourceId(external)?.name ?? external;
    return scalarText(this.parameter(manifest, "name")) || manifest.name;
  }
  /** The resource group name, when the manifests tell it. */
  resourceGroup(manifest) {
    if (manifest.flavour === "aso") return this.asoOwner(manifest);
    const group = this.resolve(manifest, "resourceGroupName", { service: "", kinds: ["ResourceGroup"] });
    if (group.kind === "value") return group.text;
    if (group.kind === "manifest") return this.azureName(group.manifest);
    if (group.kind !== "unresolved") return void 0;
    const names = new Set(group.candidates?.map((candidate) => this.azureName(candidate)));
    if (names.size === 1) return [...names][0];
    return scalarText(nodeAt(group.node, ["name"]));
  }
  /** The identity a resource's own manifest gives it; references to it carry the same symbol. */
  identity(manifest, type) {
    const resourceGroup4 = this.resourceGroup(manifest);
    const name = keptText(this.azureName(manifest));
    const symbol = keptText(symbolOf2(manifest));
    return resourceGroup4 === void 0 ? { type, name, symbol } : { type, name, symbol, resourceGroup: keptText(resourceGroup4) };
  }
  /** Objects of the target kinds in the same flavour (Crossplane v1 and v2 groups never mix). */
  candidates(from, target2) {
    const group = groupOf(from.flavour, target2.service);
    return target2.kinds.flatMap((kind) => this.byGroupKind.get(`${group}/${kind}`) ?? []);
  }
  /** The candidates of that name, in the order `candidates` lists them. */
  named(from, target2, name) {
    const group = groupOf(from.flavour, target2.service);
    return target2.kinds.flatMap((kind) => this.byName.get(`${group}/${kind}
${name}`) ?? []);
  }
  select(from, selector, field2, target2) {
    const labels = child(selector, "matchLabels");
    if (!isMap(labels)) {
      const reason2 = `${field2}Selector has no matchLabels; its target cannot be known`;
      return { kind: "unresolved", node: selector, reason: reason2 };
    }
    const wanted = labels.entries.map((entry) => [entry.key, scalarText(entry.value) ?? ""]);
    const group = groupOf(from.flavour, target2.service);
    const [first] = wanted;
    const pool2 = first === void 0 ? this.candidates(from, target2) : target2.kinds.flatMap((kind) => this.byLabel.get(`${group}/${kind}
${first[0]}=${first[1]}`) ?? []);
    const found = pool2.filter(
      (m) => this.sameNamespace(from, m, from.namespace) && wanted.every(([key2, value]) => m.labels.get(key2) === value)
    );
    if (found.length === 1 && found[0] !== void 0) {
      return { kind: "manifest", manifest: found[0], node: selector, field: `${field2}Selector` };
    }
    if (found.length === 0) {
      const reason2 = `${field2}Selector matches no ${kindList(target2)} in the scanned files`;
      return { kind: "unresolved", node: selector, reason: reason2 };
    }
    const names = found.map((m) => symbolOf2(m)).join(", ");
    const reason = `${field2}Selector matches ${found.length} objects (${names}); Crossplane binds only one of them`;
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
    const group = this.named(manifest, { service: "resources", kinds: ["ResourceGroup"] }, name).find(
      (m) => m.namespace === manifest.namespace
    );
    return group === void 0 ? name : this.azureName(group);
  }
};
function append(map, key2, value) {
  const list = map.get(key2);
  if (list) list.push(value);
  else map.set(key2, [value]);
}
var symbolOf2 = (m) => m.namespace === "" ? `${m.file}#${m.kind}/${m.name}` : `${m.file}#${m.kind}/${m.namespace}/${m.name}`;
function groupOf(flavour, service) {
  const suffix = flavour === "aso" ? "azure.com" : flavour === "crossplane" ? "azure.upbound.io" : "azure.m.upbound.io";
  return service === "" ? suffix : `${service}.${suffix}`;
}
var kindList = (target2) => target2.kinds.join(" or ");

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
var isListKind = (root) => scalarText(child(root, "kind"))?.endsWith("List") === true;
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
    const at2 = metadata ?? kindNode;
    return {
      file,
      line: at2.start.line,
      column: at2.start.column,
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
    const text2 = scalarText(entry.value);
    if (text2 !== void 0) entries2.set(entry.key, text2);
  }
  return entries2;
}

// src/readers/shared/disjoint-sets.ts
var DisjointSets = class {
  parent = /* @__PURE__ */ new Map();
  /** The key that stands for the set of `key`. */
  find(key2) {
    let root = key2;
    for (let up = this.parent.get(root); up !== void 0 && up !== root; up = this.parent.get(root)) root = up;
    for (let node = key2, up = this.parent.get(node); up !== void 0 && up !== root; node = up, up = this.parent.get(node)) {
      this.parent.set(node, root);
    }
    return root;
  }
  /** Joins the sets of `a` and `b`; `a`'s representative stands for both. */
  union(a, b) {
    const [rootA, rootB] = [this.find(a), this.find(b)];
    if (rootA !== rootB) this.parent.set(rootB, rootA);
  }
  /** Adds `key` as a set of its own, unless it is known. */
  add(key2) {
    if (!this.parent.has(key2)) this.parent.set(key2, key2);
  }
};

// src/readers/kubernetes/units.ts
var NAME = /^[ \t]*(?:-[ \t]+)?name[ \t]*:(.*)$/gm;
var LABELS = /^([ \t]*)(?:labels|matchLabels)[ \t]*:(.*)$/gm;
var LABEL = /^[ \t]*([A-Za-z0-9][\w./-]*)[ \t]*:(.*)$/;
var OPAQUE = /[{}[\]]|(?:^|[\s:-])[&*][^\s]|<<|^[ \t-]*["'][^"'\r\n]*["'][ \t]*:|^[ \t-]*\?(?:[ \t]|$)/m;
function scalarAfterColon(rest) {
  const value = /^[ \t]*(?:"([^"\\\r\n]*)"|'([^'\r\n]*)'|([^\s#'"|>!&*%@`][^\r\n]*?))[ \t]*(?:[ \t]#.*)?$/.exec(rest);
  if (value === null) return void 0;
  return value[1] ?? value[2] ?? value[3];
}
function kubernetesUnits(files, workspace) {
  const sets = new DisjointSets();
  const owner = /* @__PURE__ */ new Map();
  for (const [index2, file] of files.entries()) {
    const text2 = workspace.readText(file.path);
    if (!text2.ok) continue;
    const tokens = tokensOf(text2.text);
    if (tokens === void 0) return [{ files }];
    for (const token of tokens) {
      const first = owner.get(token);
      if (first === void 0) owner.set(token, index2);
      else sets.union(first, index2);
    }
  }
  const groups = groupBy(files.keys(), (index2) => String(sets.find(index2)));
  return [...groups.values()].map((members) => ({ files: members.map((index2) => files[index2]) }));
}
function tokensOf(text2) {
  if (OPAQUE.test(text2)) return void 0;
  const tokens = /* @__PURE__ */ new Set();
  for (const match2 of text2.matchAll(NAME)) {
    const name = scalarAfterColon(match2[1] ?? "");
    if (name === void 0) return void 0;
    tokens.add(`name
${name}`);
  }
  for (const match2 of text2.matchAll(LABELS)) {
    if (!/^[ \t]*(?:#.*)?$/.test(match2[2] ?? "")) return void 0;
    const pairs = labelPairs(text2, (match2.index ?? 0) + match2[0].length, (match2[1] ?? "").length);
    if (pairs === void 0 || pairs.length === 0) return void 0;
    for (const pair of pairs) tokens.add(`label
${pair}`);
  }
  return tokens;
}
function labelPairs(text2, from, indent) {
  const pairs = [];
  let depth;
  for (let start = nextLine(text2, from); start < text2.length; start = nextLine(text2, start)) {
    const end = lineEnd(text2, start);
    const line2 = text2.slice(start, end);
    if (/^[ \t]*(?:#.*)?$/.test(line2)) continue;
    const lineIndent = /^[ \t]*/.exec(line2)?.[0].length ?? 0;
    if (lineIndent <= indent) break;
    const match2 = LABEL.exec(line2);
    const value = match2 === null ? void 0 : scalarAfterColon(match2[2] ?? "");
    if (match2 === null || value === void 0 || depth !== void 0 && lineIndent !== depth) return void 0;
    depth = lineIndent;
    pairs.push(`${match2[1] ?? ""}=${value}`);
  }
  return pairs;
}
function nextLine(text2, offset) {
  const end = lineEnd(text2, offset);
  if (end >= text2.length) return text2.length;
  return text2.charCodeAt(end) === 13 && text2.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
}
function lineEnd(text2, offset) {
  for (let i = offset; i < text2.length; i++) {
    const code = text2.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return text2.length;
}

// src/readers/kubernetes/kubernetes-reader.ts
var kubernetesReader = {
  format: "kubernetes",
  claims: claimsKubernetesFile,
  units: kubernetesUnits,
  read: (files, workspace) => Promise.resolve(readKubernetes(files, workspace))
};
function readKubernetes(files, workspace) {
  const parseErrors = [];
  const manifests = [];
  const exemptions3 = [];
  for (const file of files) {
    const text2 = workspace.readText(file.path);
    if (!text2.ok) {
      const severity = file.size > MAX_FILE_BYTES ? "notice" : "error";
      parseErrors.push({ file: file.path, line: text2.line, column: text2.column, message: text2.message, severity });
      continue;
    }
    if (isTemplated(text2.text)) {
      if (mentionsAzureGroup(text2.text)) parseErrors.push(templatedNotice(file.path, text2.text));
      continue;
    }
    const parsed = parseYaml(text2.text);
    const collected = collectManifests(file.path, parsed);
    if (collected.manifests.length > 0 || mentionsAzureGroup(text2.text)) {
      for (const { line: line2, column, message } of parsed.errors) {
        parseErrors.push({ file: file.path, line: line2, column, message, severity: "error" });
      }
    }
    parseErrors.push(...collected.errors);
    manifests.push(...collected.manifests);
    if (collected.manifests.length > 0) exemptions3.push(...inlineExemptions(file.path, parsed));
  }
  const index2 = new ManifestIndex(manifests);
  const resources = [];
  const resourceOrigins = [];
  for (const manifest of manifests) {
    const resource = toResource(manifest, index2);
    if (resource === void 0) continue;
    resources.push(resource);
    resourceOrigins.push({ file: manifest.file });
  }
  return {
    resources,
    resourceOrigins,
    parseErrors,
    manifests: [...new Set(manifests.map((manifest) => manifest.file))],
    inlineExemptions: exemptions3
  };
}
function toResource(manifest, index2) {
  const values = new SourcedValues(manifest.file);
  const service = manifest.group.slice(0, manifest.group.indexOf("."));
  if (manifest.flavour === "aso") {
    const isCompute = service === "compute" && ASO_COMPUTE_KINDS.has(manifest.kind);
    return isCompute ? readAsoCompute(manifest, index2, values) : void 0;
  }
  if (service === "compute") return readCrossplaneCompute(manifest, index2, values);
  if (service !== "maintenance") return void 0;
  if (manifest.kind === "MaintenanceConfiguration") return readCrossplaneConfiguration(manifest, index2, values);
  if (manifest.kind === "MaintenanceAssignmentVirtualMachine") return readCrossplaneAssignment(manifest, index2, values);
  return void 0;
}
function templatedNotice(file, text2) {
  const position = new LineIndex(text2).at(text2.indexOf("{{"));
  return {
    file,
    line: position.line,
    column: position.column,
    message: "templated file (Helm/Go template) is not evaluated; render it (helm template) and scan the output",
    severity: "notice"
  };
}

// src/workspace/folder-files.ts
function filesIn(workspace, folder) {
  const key2 = folder === "." ? "" : folder.replace(/\/$/, "");
  const listed = typeof workspace.listedIn === "function" ? workspace.listedIn(key2) : void 0;
  if (listed !== void 0) return [...listed].sort(byPath);
  const prefix = key2 === "" ? "" : `${key2}/`;
  return workspace.list([key2 === "" ? "." : key2]).filter((file) => file.path.startsWith(prefix) && !file.path.slice(prefix.length).includes("/"));
}

// src/readers/pulumi/interpolation.ts
var MAX_PARTS = 256;
function parseInterpolation(source) {
  const parts = [];
  let text2 = "";
  let i = 0;
  while (i < source.length) {
    if (source.startsWith("$${", i)) {
      text2 += "${";
      i += 3;
      continue;
    }
    if (!source.startsWith("${", i)) {
      text2 += source[i];
      i++;
      continue;
    }
    const end = source.indexOf("}", i + 2);
    if (end < 0) return { error: `unterminated "\${" in "${source}"` };
    const access = parseAccess(source.slice(i + 2, end));
    if ("error" in access) return access;
    if (text2 !== "") parts.push({ text: text2 });
    text2 = "";
    parts.push({ access });
    if (parts.length > MAX_PARTS) return { error: `more than ${MAX_PARTS} interpolations in one string` };
    i = end + 1;
  }
  if (text2 !== "" || parts.length === 0) parts.push({ text: text2 });
  return parts;
}
var NAME2 = /^[^.[\]"\s]+/;
function parseAccess(text2) {
  const trimmed = text2.trim();
  const root = NAME2.exec(trimmed)?.[0];
  if (root === void 0) return { error: `expected a name in "\${${text2}}"` };
  const path = [];
  let rest = trimmed.slice(root.length);
  while (rest !== "") {
    const property = /^\.([^.[\]"\s]+)/.exec(rest);
    const index2 = /^\[(\d+)\]/.exec(rest);
    const key2 = /^\["([^"]*)"\]/.exec(rest);
    const step = property ?? index2 ?? key2;
    if (step === null) return { error: `cannot read "${rest}" in "\${${text2}}"` };
    path.push(index2 ? Number(index2[1]) : step[1]);
    rest = rest.slice(step[0].length);
  }
  return { root, path, text: trimmed };
}

// src/readers/pulumi/program.ts
var DECLARATION_KEYS = /* @__PURE__ */ new Set(["type", "default", "value", "secret", "description", "items"]);
var folderOf3 = (file) => file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
function mainProgramPath(file, parsed) {
  const main = scalarText(child(parsed.documents[0]?.root, "main")) ?? "";
  return joinPath(joinPath(folderOf3(file), main), "Main.yaml");
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
    for (const [key2, declaration] of declarations(name, programConfig, program.file)) {
      config.set(key2, declaration);
    }
  }
  return {
    file,
    programFile: program.file,
    name,
    runtime: runtimeName ?? "unknown",
    runtimeAt: (runtime ?? root).start,
    isYamlProgram: runtimeName === "yaml",
    stackDirectory: stackConfigDir === void 0 ? folderOf3(file) : joinPath(folderOf3(file), stackConfigDir),
    config,
    variables: new Map(entries(child(programRoot, "variables")).map((entry) => [entry.key, entry])),
    resources: entries(child(programRoot, "resources"))
  };
}
function readStack(file, projectName, parsed) {
  const root = parsed.documents[0]?.root;
  const stack = /Pulumi\.(.+)\.ya?ml$/.exec(file)?.[1] ?? file;
  if (root === void 0) return { file, stack, values: /* @__PURE__ */ new Map() };
  if (!isMap(root)) return problem(file, root, "expected stack settings (a mapping with config)");
  const values = new Map(entries(child(root, "config")).map((entry) => [fullKey(projectName, entry.key), entry.value]));
  return { file, stack, values };
}
var fullKey = (projectName, key2) => key2.includes(":") ? key2 : `${projectName}:${key2}`;
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
var LITERAL3 = { origin: "literal", via: [] };
var MAX_DEPTH3 = 32;
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
  evaluate(node, file, provenance = LITERAL3, depth = 0) {
    const at2 = locate(file, node);
    if (depth > MAX_DEPTH3) return { kind: "unresolved", reason: `expressions nested deeper than ${MAX_DEPTH3}`, at: at2 };
    if (node.kind === "scalar" && typeof node.value === "string" && node.value.includes("${")) {
      return this.interpolate(node.value, at2, provenance, depth);
    }
    const only = isMap(node) && node.entries.length === 1 ? node.entries[0] : void 0;
    if (only !== void 0 && /^fn::/i.test(only.key)) {
      return this.call(only.key.toLowerCase(), only.value, file, at2, depth);
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
  interpolate(text2, at2, provenance, depth) {
    const parts = parseInterpolation(text2);
    if ("error" in parts) return { kind: "unresolved", reason: parts.error, at: at2 };
    const [first] = parts;
    if (parts.length === 1 && first !== void 0 && "access" in first) return this.access(first.access, at2, depth);
    if (parts.length === 1 && first !== void 0 && "text" in first) {
      return { kind: "value", value: first.text, at: at2, provenance };
    }
    let result = "";
    const missing2 = [];
    for (const part of parts) {
      if ("text" in part) {
        result += part.text;
        continue;
      }
      const value = this.scalarOf(this.access(part.access, at2, depth));
      if (typeof value === "string") result += value;
      else {
        result += `{${part.access.text}}`;
        missing2.push(value.reason);
      }
    }
    if (missing2.length === 0) return { kind: "value", value: result, at: at2, provenance: { origin: "expression", via: [] } };
    return { kind: "template", text: result, at: at2, reason: missing2.join("; ") };
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
  access(access, at2, depth) {
    const { root, path } = access;
    if (root === "pulumi") return this.builtin(path, at2);
    const base2 = this.project.variables.has(root) ? this.variable(root, at2, depth) : this.configKey(root) !== void 0 ? this.config(root, at2) : this.resources.has(root) ? { kind: "resource", resource: root, path: [], at: at2 } : { kind: "unresolved", reason: `unknown name "${root}" in \${${access.text}}`, at: at2 };
    const walked = this.walk(base2, path, depth);
    return walked ?? { kind: "unresolved", reason: `\${${access.text}} reads a key that is not written`, at: at2 };
  }
  builtin(path, at2) {
    const provenance = { origin: "expression", via: [] };
    if (path[0] === "project") return { kind: "value", value: this.project.name, at: at2, provenance };
    if (path[0] === "stack" && this.stack) return { kind: "value", value: this.stack.stack, at: at2, provenance };
    return { kind: "unresolved", reason: `pulumi.${path.join(".")} is known only when the program runs`, at: at2 };
  }
  variable(name, at2, depth) {
    const cached = this.variables.get(name);
    if (cached) return withVia(cached, at2);
    const entry = this.project.variables.get(name);
    if (entry === void 0) return { kind: "unresolved", reason: `unknown variable "${name}"`, at: at2 };
    if (this.evaluating.has(name)) return { kind: "unresolved", reason: `variable "${name}" refers to itself`, at: at2 };
    this.evaluating.add(name);
    const provenance = { origin: "variable", detail: name, via: [] };
    const term = this.evaluate(entry.value, this.project.programFile, provenance, depth + 1);
    this.evaluating.delete(name);
    const named = term.kind === "value" && term.provenance.origin === "expression" ? { ...term, provenance } : term;
    this.variables.set(name, named);
    return withVia(named, at2);
  }
  configKey(name) {
    const key2 = fullKey(this.project.name, name);
    return this.project.config.has(key2) || this.stack?.values.has(key2) === true ? key2 : void 0;
  }
  config(name, at2) {
    const key2 = this.configKey(name);
    const declaration = this.project.config.get(key2);
    const written = this.stack?.values.get(key2);
    if (written !== void 0 && this.stack !== void 0) {
      if (isMap(written) && written.byKey.has("secure")) {
        return { kind: "unresolved", reason: `config "${name}" is an encrypted secret in ${this.stack.file}`, at: at2 };
      }
      const provenance = { origin: "parameter-file", detail: name, via: [at2] };
      return coerce({ kind: "node", node: written, file: this.stack.file, provenance }, declaration?.type);
    }
    if (declaration?.byDefault !== void 0) {
      const provenance = { origin: "default", detail: name, via: [at2] };
      return coerce({ kind: "node", node: declaration.byDefault, file: declaration.file, provenance }, declaration.type);
    }
    const where = this.stack ? `in ${this.stack.file}` : "without a stack settings file";
    return { kind: "unresolved", reason: `config "${name}" has no value ${where} and no default`, at: at2 };
  }
  call(name, argument, file, at2, depth) {
    if (name === "fn::secret") return this.evaluate(argument, file, LITERAL3, depth + 1);
    if (name === "fn::invoke") {
      const fn = scalarText(isMap(argument) ? argument.byKey.get("function")?.value : void 0) ?? "a function";
      return { kind: "unresolved", reason: `fn::invoke of ${fn} is evaluated only at deployment`, at: at2 };
    }
    if (name === "fn::join" && isSeq(argument) && argument.items.length === 2) {
      const [separator, list] = argument.items.map((item) => this.evaluate(item, file, LITERAL3, depth + 1));
      const items = list?.kind === "node" && isSeq(list.node) ? list.node.items : void 0;
      const texts2 = items?.map((item) => this.scalarOf(this.evaluate(item, file, LITERAL3, depth + 1)));
      const glue = separator ? this.scalarOf(separator) : "";
      if (typeof glue === "string" && texts2?.every((text2) => typeof text2 === "string")) {
        return { kind: "value", value: texts2.join(glue), at: at2, provenance: { origin: "expression", via: [] } };
      }
    }
    return { kind: "unresolved", reason: `${name} is not evaluated by the gate`, at: at2 };
  }
};
function withVia(term, at2) {
  if (term.kind !== "node" && term.kind !== "value") return term;
  return { ...term, provenance: { ...term.provenance, via: [...term.provenance.via, at2] } };
}
function coerce(term, type) {
  const text2 = scalarText(term.node);
  if (text2 === void 0 || term.node.kind !== "scalar") return term;
  const at2 = locate(term.file, term.node);
  if (type === "boolean" && /^(true|false)$/i.test(text2)) {
    return { kind: "value", value: text2.toLowerCase() === "true", at: at2, provenance: term.provenance };
  }
  if (type === "integer" && /^-?\d+$/.test(text2)) {
    return { kind: "value", value: Number(text2), at: at2, provenance: term.provenance };
  }
  return term;
}

// src/readers/pulumi/catalog.ts
var MAX_CHAIN = 32;
var TOKEN = /^azure-native:([A-Za-z]+)(?:\/[^:]+)?:([A-Za-z]+)$/;
var parseToken = (text2) => {
  const match2 = text2 === void 0 ? null : TOKEN.exec(text2);
  return match2 ? { module: match2[1].toLowerCase(), type: match2[2] } : void 0;
};
var KINDS = /* @__PURE__ */ new Map([
  ["compute:VirtualMachine", { armType: VM_TYPE, nameProperty: "vmName" }],
  ["compute:VirtualMachineScaleSet", { armType: VMSS_TYPE, nameProperty: "vmScaleSetName" }],
  ["maintenance:MaintenanceConfiguration", { armType: MAINTENANCE_CONFIGURATION_TYPE, nameProperty: "resourceName" }],
  [
    "maintenance:ConfigurationAssignment",
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
        properties: properties === void 0 ? void 0 : evaluator.evaluate(properties, this.programFile, LITERAL3)
      });
    }
  }
  all() {
    return [...this.byName.values()];
  }
  has(resource) {
    return this.byName.has(resource);
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
  identityOf(resource) {
    const found = this.byName.get(resource);
    if (found === void 0) return void 0;
    const token = found.token;
    const kind = token ? KINDS.get(`${token.module}:${token.type}`) : void 0;
    const symbol = `${this.programFile}#${resource}${this.symbolSuffix}`;
    if (found.existing) {
      const declaration = this.evaluator?.evaluate(found.entry.value, this.programFile);
      const id = this.text(declaration && this.evaluator?.walk(declaration, ["get", "id"]));
      const parsed = id === void 0 ? void 0 : parseResourceId(id);
      if (parsed) return parsed;
    }
    const type = kind?.armType ?? (token ? `azure-native:${token.module}:${token.type}` : "unknown");
    const resourceGroup4 = this.resourceGroupOf(found);
    const identity = { type, name: this.nameOf(resource), symbol };
    return resourceGroup4 === void 0 ? identity : { ...identity, resourceGroup: resourceGroup4 };
  }
  /** A property of a resource's `properties`, evaluated. */
  property(resource, path) {
    return resource.properties && this.evaluator ? this.evaluator.walk(resource.properties, path) : void 0;
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

// src/readers/pulumi/resources.ts
function toResource2(resource, context) {
  const token = resource.token;
  if (token === void 0 || resource.existing) return void 0;
  const kind = `${token.module}:${token.type}`;
  if (kind === "compute:VirtualMachine" || kind === "compute:VirtualMachineScaleSet") {
    return virtualMachine2(resource, context);
  }
  if (kind === "maintenance:MaintenanceConfiguration") return configuration(resource, context);
  if (kind.startsWith("maintenance:ConfigurationAssignment")) return assignment2(resource, kind, context);
  return void 0;
}
function base(resource, context) {
  const at2 = locate(context.programFile, resource.entry.keyNode);
  const identity = context.catalog.identityOf(resource.logicalName) ?? { type: "unknown", name: void 0 };
  return {
    format: "pulumi",
    identity,
    unit: deploymentUnit("pulumi-stack", `pulumi:${folderOf2(context.programFile)}#${context.variant}`, at2, context.variant),
    scope: azureScope(identity.resourceGroup, at2),
    displayName: identity.name ?? resource.logicalName,
    reportAt: at2,
    declaredAt: at2,
    related: context.related,
    variant: context.variant,
    deployed: known(true, at2)
  };
}
function pulumiSource(resource, context, at2) {
  const { catalog, values } = context;
  const read = (path) => catalog.property(resource, inputPath(path));
  return {
    at: at2,
    string: (path) => values.string(read(path), at2),
    boolean: (path) => values.boolean(read(path), at2),
    strings: (path) => values.stringList(read(path), at2),
    stringMap: (path) => values.stringMap(read(path), at2),
    stringListMap: (path) => values.stringListMap(read(path), at2),
    written: (path) => {
      const term = read(path);
      return term === void 0 ? absent(at2) : known(true, locationOf(term, at2));
    }
  };
}
function inputPath(path) {
  if (path[0] !== "properties") return path;
  return path[1] === "maintenanceWindow" ? path.slice(2) : path.slice(1);
}
function virtualMachine2(resource, context) {
  const common2 = base(resource, context);
  const kind = common2.identity.type === VMSS_TYPE ? "scale-set" : "virtual-machine";
  const image2 = [...kind === "scale-set" ? ["virtualMachineProfile"] : [], "storageProfile", "imageReference"];
  const read = (key2) => context.catalog.property(resource, [...image2, key2]);
  const custom = read("id") ?? read("sharedGalleryImageId") ?? read("communityGalleryImageId");
  const customImageId = custom?.kind === "resource" ? known(`\${${[custom.resource, ...custom.path].join(".")}}`, custom.at, "expression") : void 0;
  const source = pulumiSource(resource, context, common2.declaredAt);
  return onFrame(common2, mapVirtualMachine(source, kind, customImageId === void 0 ? {} : { customImageId }));
}
function configuration(resource, context) {
  const common2 = base(resource, context);
  return onFrame(common2, mapMaintenanceConfiguration(pulumiSource(resource, context, common2.declaredAt)));
}
function assignment2(resource, kind, context) {
  const common2 = base(resource, context);
  const at2 = common2.declaredAt;
  const { catalog, values } = context;
  const read = (...path) => catalog.property(resource, path);
  const configurationId = values.identity(read("maintenanceConfigurationId"), at2, [MAINTENANCE_CONFIGURATION_TYPE]);
  const assignment5 = onFrame(common2, {
    kind: "maintenance-assignment",
    configuration: { target: configurationId }
  });
  if (kind === "maintenance:ConfigurationAssignment") {
    return onFrame(assignment5, { target: { target: target(read, context, at2) } });
  }
  const resourceGroup4 = kind.endsWith("ForResourceGroup") ? read("resourceGroupName") : void 0;
  return onFrame(assignment5, { filter: dynamicScope3(read("filter"), resourceGroup4, context, at2) });
}
function target(read, context, at2) {
  const { values } = context;
  const byId = read("resourceId");
  if (byId !== void 0) return values.identity(byId, at2, [VM_TYPE, VMSS_TYPE]);
  const name = read("resourceName");
  if (name?.kind === "resource" && name.path.length === 1 && name.path[0] === "name") {
    return values.identity({ ...name, path: [] }, at2, [VM_TYPE, VMSS_TYPE]);
  }
  const resourceName = values.string(name, at2);
  if (resourceName.value === void 0) {
    if (resourceName.origin === "absent") return absent(at2);
    return unresolved(resourceName.location, resourceName.reason ?? "not known");
  }
  const provider = values.string(read("providerName"), at2, "Microsoft.Compute").value ?? "Microsoft.Compute";
  const type = values.string(read("resourceType"), at2, "virtualMachines").value ?? "virtualMachines";
  const group = values.string(read("resourceGroupName"), at2).value;
  const identity = { type: `${provider}/${type}`, name: resourceName.value };
  return { ...resourceName, value: group === void 0 ? identity : { ...identity, resourceGroup: group } };
}
function dynamicScope3(filter, resourceGroup4, context, at2) {
  const { values } = context;
  const walk = (...path) => filter?.kind === "node" ? context.catalog.walk(filter, path) : void 0;
  const groups = walk("resourceGroups");
  const groupName = values.string(resourceGroup4, at2);
  const ownGroup = groups === void 0 && groupName.value !== void 0 ? [groupName.value] : void 0;
  return {
    resourceTypes: values.stringList(walk("resourceTypes"), at2),
    resourceGroups: ownGroup ? { ...groupName, value: ownGroup } : values.stringList(groups, at2),
    locations: values.stringList(walk("locations"), at2),
    osTypes: values.stringList(walk("osTypes"), at2),
    tags: values.stringListMap(walk("tagSettings", "tags"), at2),
    tagOperator: values.string(walk("tagSettings", "filterOperator"), at2, "Any")
  };
}
function locationOf(term, fallback) {
  if (term.kind === "node") return locate(term.file, term.node);
  return "at" in term ? term.at : fallback;
}

// src/readers/pulumi/units.ts
var PROJECT_FILE = /(^|\/)Pulumi\.ya?ml$/;
var STACK_FILE = /(^|\/)Pulumi\.[^/]+\.ya?ml$/;
function projectIn(folder, workspace) {
  return ["Pulumi.yaml", "Pulumi.yml"].map((name) => folder ? `${folder}/${name}` : name).find((path) => workspace.get(path));
}
function projectsOf(path, workspace) {
  if (PROJECT_FILE.test(path)) return [path];
  if (STACK_FILE.test(path)) {
    const project = projectIn(folderOf3(path), workspace);
    return project === void 0 ? [] : [project];
  }
  const folders = folderOf3(path).split("/");
  const projects = [];
  for (let depth = folders.length; depth >= 0; depth--) {
    const project = projectIn(folders.slice(0, depth).join("/"), workspace);
    if (project !== void 0) projects.push(project);
  }
  return projects;
}
function pulumiUnits(files, workspace) {
  const groups = [];
  const groupOf2 = /* @__PURE__ */ new Map();
  for (const file of files) {
    const projects = projectsOf(file.path, workspace);
    const joined = [...new Set(projects.flatMap((project) => groupOf2.get(project) ?? []))];
    const group = { files: [file, ...joined.flatMap((other) => other.files)], projects: /* @__PURE__ */ new Set([...projects, ...joined.flatMap((other) => [...other.projects])]) };
    for (const other of joined) groups.splice(groups.indexOf(other), 1);
    groups.push(group);
    for (const project of group.projects) groupOf2.set(project, group);
  }
  const order = [...new Set(groups.flatMap((group) => [...group.projects]))].sort();
  const rank = new Map(order.map((project, index2) => [project, index2]));
  const ranged = groups.map((group) => {
    const ranks = [...group.projects].map((project) => rank.get(project));
    return { group, first: ranks.length === 0 ? -1 : Math.min(...ranks), last: ranks.length === 0 ? -1 : Math.max(...ranks) };
  });
  ranged.sort((a, b) => a.first - b.first);
  const merged = [];
  for (const current of ranged) {
    const top = merged.at(-1);
    if (top !== void 0 && current.first >= 0 && top.last >= current.first) {
      top.group.files.push(...current.group.files);
      top.last = Math.max(top.last, current.last);
    } else {
      merged.push(current);
    }
  }
  const listing = new Map(files.map((file, index2) => [file.path, index2]));
  const byListing = (a, b) => (listing.get(a.path) ?? 0) - (listing.get(b.path) ?? 0);
  return merged.map(({ group }) => ({ files: [...group.files].sort(byListing) }));
}

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
    for (let i = 0; i < term.node.items.length; i++) {
      const item = this.string(this.evaluator.walk(term, [i]), fallback);
      if (item.value === void 0) return unresolved(item.location, item.reason ?? "expected a list of strings");
      items.push(item.value);
    }
    return sourced(items, locate(term.file, term.node), term.provenance);
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
    for (const entry of term.node.entries) {
      const list = this.stringList(this.evaluator.walk(term, [entry.key]), fallback);
      if (list.value === void 0) {
        return unresolved(list.location, list.reason ?? `expected a list for "${entry.key}"`);
      }
      pairs.push([entry.key, list.value]);
    }
    return sourced(Object.fromEntries(pairs), locate(term.file, term.node), term.provenance);
  }
  /**
   * A resource reference: `${res.id}` / `${res}` (the program's own resource, with its symbol), a
   * resource ID string, or an ID template whose last segment is `${res.name}`.
   */
  identity(term, fallback, types) {
    if (term === void 0) return absent(fallback);
    const at2 = locationOf2(term, fallback);
    const expected2 = types.map((type) => type.toLowerCase());
    const wanted = types.join(" or ");
    const reference2 = term.kind === "resource" ? referencedResource(term) : this.lastSegmentResource(term);
    if (reference2 !== void 0) {
      const identity2 = this.identities.identityOf(reference2);
      if (identity2 === void 0 || !expected2.includes(identity2.type.toLowerCase())) {
        return unresolved(at2, `${reference2} is not a ${wanted}`);
      }
      return { value: identity2, origin: "expression", location: at2, detail: reference2 };
    }
    if (term.kind !== "template") {
      const text2 = this.string(term, fallback);
      if (text2.value === void 0) {
        return text2.origin === "absent" ? absent(at2) : unresolved(at2, text2.reason ?? "not known");
      }
      const identity2 = parseResourceId(text2.value);
      if (identity2 !== void 0 && expected2.includes(identity2.type.toLowerCase())) return { ...text2, value: identity2 };
      return unresolved(at2, `expected a ${wanted} resource ID, found "${text2.value}"`);
    }
    const identity = parseResourceId(term.text);
    const fits = identity !== void 0 && expected2.includes(identity.type.toLowerCase());
    return fits ? known(identity, at2, "expression") : unresolved(at2, term.reason);
  }
  /** `.../virtualMachines/${vm.name}`: the ID of the program's resource `vm`. */
  lastSegmentResource(term) {
    if (term.kind !== "template") return void 0;
    const name = /\/\{([^.{}]+)\.name\}$/.exec(term.text)?.[1];
    return name !== void 0 && this.identities.identityOf(name) !== void 0 ? name : void 0;
  }
  scalar(term, fallback, byDefault, expected2, convert2) {
    const isNull = term?.kind === "node" && term.node.kind === "scalar" && term.node.value === null;
    if (term === void 0 || isNull) {
      return byDefault === void 0 ? absent(fallback) : known(byDefault, fallback, "provider-default");
    }
    if (term.kind !== "value" && term.kind !== "node") return this.notKnown(term, expected2);
    const value = term.kind === "value" ? term.value : term.node.kind === "scalar" ? term.node.value : void 0;
    const converted = value === void 0 ? void 0 : convert2(value);
    const at2 = locationOf2(term, fallback);
    if (converted === void 0) return unresolved(at2, `expected ${expected2}, found ${describe3(term)}`);
    return sourced(converted, at2, term.provenance);
  }
  notKnown(term, expected2) {
    if (term.kind === "resource") {
      return unresolved(term.at, `\${${[term.resource, ...term.path].join(".")}} is known only after deployment`);
    }
    if (term.kind === "template" || term.kind === "unresolved") return unresolved(term.at, term.reason);
    return unresolved(term.kind === "value" ? term.at : locate(term.file, term.node), `expected ${expected2}`);
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
function locationOf2(term, fallback) {
  if (term.kind === "node") return locate(term.file, term.node);
  return "at" in term ? term.at : fallback;
}
function describe3(term) {
  if (term.kind === "value") return JSON.stringify(term.value);
  if (term.kind !== "node") return term.kind;
  if (term.node.kind === "scalar") return JSON.stringify(term.node.value);
  return term.node.kind === "map" ? "a mapping" : "a list";
}

// src/readers/pulumi/pulumi-reader.ts
var PROJECT_FILE2 = /(^|\/)Pulumi\.ya?ml$/;
var STACK_FILE2 = /(^|\/)Pulumi\.[^/]+\.ya?ml$/;
var MAIN_FILE = /(^|\/)Main\.ya?ml$/;
var PROGRAM_SECTION = /^(resources|variables)[ \t]*:/m;
var pulumiReader = {
  format: "pulumi",
  claims: (file, head) => PROJECT_FILE2.test(file.path) || STACK_FILE2.test(file.path) || MAIN_FILE.test(file.path) && PROGRAM_SECTION.test(head()),
  units: pulumiUnits,
  read: (files, workspace) => Promise.resolve(readPulumi(files, workspace))
};
function readPulumi(files, workspace) {
  const parseErrors = [];
  const exemptions3 = [];
  const manifests = /* @__PURE__ */ new Set();
  const load = memoize((path) => loadYaml(path, workspace));
  const report = (path) => {
    const loaded = load(path);
    parseErrors.push(...loaded.errors);
    return loaded.parsed;
  };
  const projectFiles = new Set(files.filter((file) => PROJECT_FILE2.test(file.path)).map((file) => file.path));
  for (const file of files) {
    if (PROJECT_FILE2.test(file.path)) continue;
    const project = MAIN_FILE.test(file.path) ? projectOfProgram(file.path, workspace, load) : projectIn2(folderOf3(file.path), workspace);
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
    exemptions3.push(...inlineExemptions(project.programFile, main ?? parsed));
    const stacks = stackFiles(project, files, workspace).flatMap((path) => {
      const stack = report(path);
      const settings = stack ? readStack(path, project.name, stack) : void 0;
      if (settings && "message" in settings) parseErrors.push(settings);
      return settings && !("message" in settings) ? [settings] : [];
    });
    for (const stack of stacks) manifests.add(stack.file);
    for (const stack of stacks.length > 0 ? stacks : [void 0]) resources.push(...evaluate2(project, stack));
  }
  return { resources, parseErrors, manifests: [...manifests], inlineExemptions: exemptions3 };
}
function projectIn2(folder, workspace) {
  const candidates = ["Pulumi.yaml", "Pulumi.yml"].map((name) => folder ? `${folder}/${name}` : name);
  return candidates.find((path) => workspace.get(path));
}
function projectOfProgram(program, workspace, load) {
  const folders = folderOf3(program).split("/");
  for (let depth = folders.length; depth >= 0; depth--) {
    const project = projectIn2(folders.slice(0, depth).join("/"), workspace);
    const parsed = project === void 0 ? void 0 : load(project).parsed;
    if (project !== void 0 && parsed !== void 0 && mainProgramPath(project, parsed) === program) return project;
  }
  return void 0;
}
function notYaml(project) {
  const { line: line2, column } = project.runtimeAt;
  const message = `Pulumi ${project.runtime} program is not evaluated (only runtime: yaml programs are read)`;
  return { file: project.file, line: line2, column, message, severity: "notice" };
}
function evaluate2(project, stack) {
  const catalog = new ResourceCatalog(project.resources, stack ? `@${stack.stack}` : "", project.programFile);
  const evaluator = new ProgramEvaluator(project, stack, catalog);
  catalog.bind(evaluator);
  const context = {
    programFile: project.programFile,
    catalog,
    values: new TermValues(evaluator, catalog),
    variant: stack?.stack ?? "",
    related: stack ? [{ file: stack.file, startLine: 1, role: "stack-config" }] : []
  };
  return catalog.all().flatMap((resource) => {
    const found = toResource2(resource, context);
    return found === void 0 ? [] : [found];
  });
}
function stackFiles(project, files, workspace) {
  const inFolder = (path) => STACK_FILE2.test(path) && folderOf3(path) === project.stackDirectory;
  const scanned = files.map((file) => file.path);
  const programScanned = scanned.includes(project.file) || scanned.includes(project.programFile);
  if (!programScanned) return scanned.filter(inFolder).sort();
  return filesIn(workspace, project.stackDirectory || ".").map((file) => file.path).filter(inFolder).sort();
}
function loadYaml(path, workspace) {
  const text2 = workspace.readText(path);
  if (!text2.ok) {
    return { errors: [{ file: path, line: text2.line, column: text2.column, message: text2.message, severity: "error" }] };
  }
  const parsed = parseYaml(text2.text);
  const errors = parsed.errors.map(
    ({ line: line2, column, message }) => ({ file: path, line: line2, column, message, severity: "error" })
  );
  return { parsed, errors };
}
function memoize(compute) {
  const cache = /* @__PURE__ */ new Map();
  return (key2) => {
    const cached = cache.get(key2);
    if (cached !== void 0) return cached;
    const value = compute(key2);
    cache.set(key2, value);
    return value;
  };
}

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
  for (const [key2, name] of Object.entries(CURSOR_FUNCTIONS)) {
    const call3 = module[name];
    if (typeof call3 !== "function") return void 0;
    calls[key2] = call3;
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
    for (let child2 = this.firstChild(node); child2 !== NONE; child2 = this.nextSibling(child2)) children.push(child2);
    return children;
  }
  /** Children without comments (comments are extras and may appear anywhere). */
  childrenOf(node) {
    const children = [];
    for (let child2 = this.firstChild(node); child2 !== NONE; child2 = this.nextSibling(child2)) {
      if (!this.isComment(child2)) children.push(child2);
    }
    return children;
  }
  /** Named children without comments. */
  namedChildrenOf(node) {
    const children = [];
    for (let child2 = this.firstChild(node); child2 !== NONE; child2 = this.nextSibling(child2)) {
      if (this.isNamed(child2) && !this.isComment(child2)) children.push(child2);
    }
    return children;
  }
  /** The first named child that is not a comment. */
  firstNamedChild(node) {
    for (let child2 = this.firstChild(node); child2 !== NONE; child2 = this.nextSibling(child2)) {
      if (this.isNamed(child2) && !this.isComment(child2)) return child2;
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
  let known3 = commentTypeCache.get(types);
  if (known3 === void 0) {
    known3 = new Uint8Array(TYPE_MASK + 1);
    types.forEach((type, id) => {
      if (type === "comment" && id <= TYPE_MASK) known3[id] = 1;
    });
    commentTypeCache.set(types, known3);
  }
  return known3;
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
    const at2 = node * STRIDE;
    nodes[at2] = typeId & TYPE_MASK | (named[typeId] ?? true ? NAMED : 0) | (withErrors && walk.isMissing() ? MISSING : 0);
    nodes[at2 + 1] = walk.startIndex();
    nodes[at2 + 2] = walk.endIndex();
    nodes[at2 + 3] = NONE;
    nodes[at2 + 4] = NONE;
    if (commentTypes[typeId & TYPE_MASK] === 1) comments.push(node);
    return node;
  };
  const stack = [make()];
  const lastChild = [NONE];
  const adopt = (child2) => {
    const depth = stack.length - 1;
    const previous = lastChild[depth];
    if (previous === NONE) nodes[stack[depth] * STRIDE + 3] = child2;
    else nodes[previous * STRIDE + 4] = child2;
    lastChild[depth] = child2;
    stack.push(child2);
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
    let value = literalText(ctx.source, from, to, mode);
    if (stripNext) value = value.trimStart();
    stripNext = false;
    if (value !== "") parts.push({ kind: "text", text: value });
  };
  for (const child2 of children) {
    const type = t.type(child2);
    if (type !== "template_interpolation" && type !== "template_directive") continue;
    if (t.startIndex(child2) < cursor || t.endIndex(child2) > end) continue;
    text2(cursor, t.startIndex(child2));
    const markers = stripMarkers(ctx, child2);
    if (markers.before) trimLastText(parts);
    const part = type === "template_interpolation" ? interpolation(ctx, child2, expression) : directive(ctx, child2, mode, expression);
    if (part) parts.push(part);
    stripNext = markers.after;
    cursor = t.endIndex(child2);
  }
  text2(cursor, end);
  return parts;
}
function interpolation(ctx, node, expression) {
  const t = ctx.tree;
  const inner = t.namedChildrenOf(node).find((child2) => t.type(child2) === "expression");
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
  const condition = headChildren.find((child2) => t.type(child2) === "expression");
  if (condition === void 0) return void 0;
  if (t.type(inner) === "template_if") {
    const elseIntro = children.find((child2) => t.type(child2) === "template_else_intro");
    const thenEnd = t.startIndex(elseIntro ?? tail);
    return {
      kind: "if",
      condition: expression(condition),
      then: partsBetween(ctx, children, t.endIndex(head), thenEnd, mode, expression),
      else: elseIntro !== void 0 ? partsBetween(ctx, children, t.endIndex(elseIntro), t.startIndex(tail), mode, expression) : []
    };
  }
  const names = headChildren.filter((child2) => t.type(child2) === "identifier");
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
function literalText(source, from, to, mode) {
  let raw = source.slice(from, to);
  if (mode.dedent > 0) raw = dedent(raw, mode.dedent, from === 0 || source[from - 1] === "\n");
  raw = raw.replaceAll("$${", "${").replaceAll("%%{", "%{");
  return mode.escapes ? unescapeQuoted(raw) : raw;
}
function commonIndent(content) {
  let indent = Infinity;
  for (const line2 of content.split("\n")) {
    if (line2.trim() === "") continue;
    indent = Math.min(indent, line2.length - line2.trimStart().length);
  }
  return Number.isFinite(indent) ? indent : 0;
}
function dedent(text2, indent, startsLine) {
  return text2.split("\n").map((line2, index2) => {
    if (index2 === 0 && !startsLine) return line2;
    const leading = line2.length - line2.trimStart().length;
    return line2.slice(Math.min(leading, indent));
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
var invalid2 = (reason) => (pos) => ({ kind: "invalid", reason, pos });
var TOO_DEEP3 = invalid2("the expression is nested too deeply to be read");
var MAX_TRAVERSALS = 200;
function convertExpression(ctx, node) {
  if (!ctx.enter(node)) return TOO_DEEP3(ctx.tree.position(node));
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
      return literal2(ctx, node, pos);
    case "template_expr": {
      const template = t.firstNamedChild(node);
      if (template === void 0) return invalid2("empty template")(pos);
      return { kind: "template", parts: templateParts(ctx, template, (child2) => convertExpression(ctx, child2)), pos };
    }
    case "collection_value": {
      const inner = t.firstNamedChild(node);
      return inner !== void 0 ? convertExpression(ctx, inner) : invalid2("empty collection")(pos);
    }
    case "tuple": {
      const items = t.namedChildrenOf(node).filter((child2) => t.type(child2) === "expression");
      return { kind: "tuple", items: items.map((item) => convertExpression(ctx, item)), pos };
    }
    case "object":
      return { kind: "object", items: objectItems(ctx, node), pos };
    case "variable_expr":
      return { kind: "variable", name: t.text(node), pos };
    case "function_call":
      return call2(ctx, node, pos);
    case "for_expr": {
      const inner = t.firstNamedChild(node);
      return inner !== void 0 ? forExpression(ctx, inner, pos) : invalid2("empty for expression")(pos);
    }
    case "operation": {
      const inner = t.firstNamedChild(node);
      return inner !== void 0 ? convertExpression(ctx, inner) : invalid2("empty operation")(pos);
    }
    case "unary_operation": {
      const [operator, ...operand] = t.childrenOf(node);
      const op = operator !== void 0 && t.type(operator) === "!" ? "!" : "-";
      return { kind: "unary", operator: op, operand: termSequence(ctx, operand, pos), pos };
    }
    case "binary_operation":
      return binary(ctx, node, pos);
    default:
      return invalid2(`unexpected ${type.replaceAll("_", " ")}`)(pos);
  }
}
function conditional(ctx, node, pos) {
  const t = ctx.tree;
  const outer = [];
  let current = node;
  for (; ; ) {
    const [condition, then, otherwise] = t.namedChildrenOf(current);
    if (condition === void 0 || then === void 0 || otherwise === void 0) return invalid2("incomplete conditional expression")(pos);
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
  const convert2 = (child2) => convertExpression(ctx, child2);
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
  let index2;
  let current;
  const first = children[0];
  if (first === void 0) return invalid2("missing expression")(pos);
  if (t.type(first) === "(") {
    const inner = children[1];
    current = inner !== void 0 ? convertExpression(ctx, inner) : invalid2("empty parentheses")(pos);
    index2 = 3;
  } else {
    current = convertExpression(ctx, first);
    index2 = 1;
  }
  if (children.length - index2 > MAX_TRAVERSALS) {
    ctx.tooDeep ??= t.position(first);
    return TOO_DEEP3(t.position(first));
  }
  for (let i = index2; i < children.length; i++) current = applyTraversal(ctx, current, children[i]);
  return current;
}
function applyTraversal(ctx, target2, node) {
  const t = ctx.tree;
  const type = t.type(node);
  if (type !== "get_attr" && type !== "index" && type !== "splat") return target2;
  const pos = t.position(node);
  switch (type) {
    case "get_attr": {
      const name = t.firstNamedChild(node);
      return { kind: "getattr", target: target2, name: name === void 0 ? "" : t.text(name), pos };
    }
    case "index": {
      const inner = t.firstNamedChild(node);
      if (inner !== void 0 && t.type(inner) === "legacy_index") {
        return { kind: "index", target: target2, key: { kind: "literal", value: Number(t.text(inner).slice(1)), pos }, pos };
      }
      const key2 = inner === void 0 ? void 0 : t.firstNamedChild(inner);
      return { kind: "index", target: target2, key: key2 !== void 0 ? convertExpression(ctx, key2) : invalid2("missing index")(pos), pos };
    }
    case "splat": {
      const inner = t.firstNamedChild(node);
      let each = { kind: "variable", name: SPLAT_ELEMENT, pos };
      for (const traversal of (inner !== void 0 ? t.namedChildrenOf(inner) : []).slice(0, MAX_TRAVERSALS)) {
        each = applyTraversal(ctx, each, traversal);
      }
      return { kind: "splat", target: target2, each, pos };
    }
    default:
      return target2;
  }
}
function literal2(ctx, node, pos) {
  const t = ctx.tree;
  const inner = t.firstNamedChild(node);
  if (inner === void 0) return invalid2("unreadable literal")(pos);
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
      return invalid2("unreadable literal")(pos);
  }
}
function objectItems(ctx, node) {
  const t = ctx.tree;
  const items = [];
  for (const element2 of t.namedChildrenOf(node)) {
    if (t.type(element2) !== "object_elem") continue;
    const [key2, value] = t.namedChildrenOf(element2);
    if (key2 === void 0 || value === void 0) continue;
    items.push({ key: objectKey(ctx, key2), value: convertExpression(ctx, value) });
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
function call2(ctx, node, pos) {
  const t = ctx.tree;
  const children = t.namedChildrenOf(node);
  const first = children[0];
  const name = first === void 0 ? "" : t.text(first);
  const argumentsNode = children.find((child2) => t.type(child2) === "function_arguments");
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
  const intro = children.find((child2) => t.type(child2) === "for_intro");
  const expressions = children.filter((child2) => t.type(child2) === "expression");
  const condition = children.find((child2) => t.type(child2) === "for_cond");
  const introChildren = intro !== void 0 ? t.namedChildrenOf(intro) : [];
  const names = introChildren.filter((child2) => t.type(child2) === "identifier");
  const collection = introChildren.find((child2) => t.type(child2) === "expression");
  const [first, second] = names;
  if (first === void 0 || collection === void 0) return invalid2("incomplete for expression")(pos);
  const isObject2 = t.type(node) === "for_object_expr";
  const [keyNode, valueNode] = isObject2 ? expressions : [void 0, expressions[0]];
  const conditionExpression = condition === void 0 ? void 0 : t.firstNamedChild(condition);
  if (valueNode === void 0) return invalid2("incomplete for expression")(pos);
  return {
    kind: "for",
    keyName: second !== void 0 ? t.text(first) : void 0,
    valueName: t.text(second ?? first),
    collection: convertExpression(ctx, collection),
    keyExpression: keyNode !== void 0 ? convertExpression(ctx, keyNode) : void 0,
    valueExpression: convertExpression(ctx, valueNode),
    condition: conditionExpression !== void 0 ? convertExpression(ctx, conditionExpression) : void 0,
    grouping: children.some((child2) => t.type(child2) === "ellipsis"),
    pos
  };
}
function binary(ctx, node, pos) {
  const t = ctx.tree;
  const children = t.childrenOf(node);
  const split = children.findIndex((child2) => !t.isNamed(child2) && BINARY_OPERATORS.has(t.type(child2)));
  if (split <= 0) return invalid2("incomplete operation")(pos);
  return {
    kind: "binary",
    operator: t.type(children[split]),
    left: termSequence(ctx, children.slice(0, split), t.position(children[0] ?? node)),
    right: termSequence(ctx, children.slice(split + 1), t.position(children[split + 1] ?? node)),
    pos
  };
}

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
    const { Language, Parser: Parser2 } = await import("./web-tree-sitter-5ME5HL52.js");
    const runtime = locateWasm(RUNTIME_WASM, `web-tree-sitter/${RUNTIME_WASM}`);
    const binding = { locateFile: () => runtime };
    await Parser2.init(binding);
    const language = await Language.load(locateWasm(GRAMMAR_WASM, `@tree-sitter-grammars/tree-sitter-hcl/${GRAMMAR_WASM}`));
    const parser = new Parser2();
    parser.setLanguage(language);
    const named = Array.from({ length: language.nodeTypeCount }, (_, id) => language.nodeTypeIsNamed(id));
    const cursor = wasmCursorCalls(binding);
    return { parser, named, ...cursor && { cursor } };
  })();
  loading.catch(() => loading = void 0);
  return loading;
}

// src/readers/terraform/hcl/syntax-errors.ts
function firstSyntaxError(root) {
  const node = firstErrorNode(root);
  if (!node) return void 0;
  return node.isMissing ? missing(node) : unexpected(node);
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
function unterminatedHeredoc(heredoc) {
  const marker = heredoc.children.find((child2) => child2.type === "heredoc_identifier")?.text ?? "";
  const opener = heredoc.children.find((child2) => child2.type === "heredoc_start")?.text ?? "<<";
  return {
    pos: positionOf(heredoc),
    message: `unterminated heredoc: expected a line with the closing marker \`${marker}\` after \`${opener}${marker}\``
  };
}
function unexpected(node) {
  const string = unclosedString(node);
  if (string) return { pos: positionOf(string), message: 'unterminated string: expected a closing `"` on the same line' };
  const bracket = unclosedBracket(node);
  if (bracket) {
    return {
      pos: positionOf(bracket),
      message: `\`${bracket.type}\` is never closed: expected \`${closerOf(bracket.type)}\``
    };
  }
  const heredoc = node.descendantsOfType("heredoc_template").find((child2) => child2.hasError);
  if (heredoc) return unterminatedHeredoc(heredoc);
  const token = firstLeaf(node);
  const previous = previousLeaf(node);
  const shown = token.text.split("\n")[0] ?? "";
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
function blockHeader(block2) {
  return block2.children.filter((child2) => child2.type === "identifier" || child2.type === "string_lit").map((child2) => child2.text).join(" ");
}

// src/readers/terraform/hcl/hcl-file.ts
var EXEMPT_MARKER = /^(?:#|\/\/)\s*hotpatch-reboot-gate-exempt\b[\s:]*(.*)$/;
var EMPTY_BODY = { attributes: /* @__PURE__ */ new Map(), blocks: [] };
async function parseHclFile(text2) {
  const { parser, named, cursor } = await hclParser();
  const tree = parser.parse(text2);
  if (!tree) return { body: EMPTY_BODY, error: { pos: { line: 1, column: 1 }, message: "not parsed" }, exemptions: [] };
  try {
    const copy = copyTree(tree, text2, named, cursor);
    const ctx = new ConvertContext(copy);
    const body = documentBody(ctx, 0);
    const syntax = tree.rootNode.hasError ? firstSyntaxError(tree.rootNode) : void 0;
    const depth = ctx.tooDeep && {
      pos: ctx.tooDeep,
      message: "nesting is too deep to read (more than 1000 levels); the file is not evaluated"
    };
    return { body, error: syntax ?? depth, exemptions: exemptions2(copy) };
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
  for (const child2 of t.namedChildrenOf(node)) {
    const type = t.type(child2);
    if (type === "attribute") {
      const attribute = convertAttribute(ctx, child2);
      if (attribute && !attributes.has(attribute.name)) attributes.set(attribute.name, attribute);
    } else if (type === "block") {
      if (!ctx.enter(child2)) continue;
      try {
        const block2 = convertBlock(ctx, child2);
        if (block2) blocks.push(block2);
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
  for (const child2 of children) {
    if (t.type(child2) === "expression") {
      value = child2;
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
    const child2 = children[i];
    const childType = t.type(child2);
    if (childType === "identifier") labels.push(t.text(child2));
    else if (childType === "string_lit") labels.push(stringLabel(ctx, child2));
    else if (childType === "body") body = convertBody(ctx, child2);
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
  for (const element2 of t.namedChildrenOf(node)) {
    if (t.type(element2) !== "object_elem") continue;
    const [key2, value] = t.namedChildrenOf(element2);
    if (key2 === void 0 || value === void 0) continue;
    const keyExpression = convertExpression(ctx, key2);
    const name = keyExpression.kind === "literal" && typeof keyExpression.value === "string" ? keyExpression.value : keyExpression.kind === "variable" ? keyExpression.name : void 0;
    if (name !== void 0 && !attributes.has(name)) {
      attributes.set(name, { name, expression: convertExpression(ctx, value), pos: t.position(element2) });
    }
  }
  return { attributes, blocks: [] };
}
function exemptions2(tree) {
  const found = [];
  for (const comment of tree.comments) {
    const match2 = EXEMPT_MARKER.exec(tree.text(comment).trim());
    if (match2) found.push({ pos: tree.position(comment), text: (match2[1] ?? "").trim() });
  }
  return found;
}

// src/readers/terraform/eval/value.ts
var unknown2 = (reason) => ({ kind: "unknown", reason });
var failure2 = (reason) => ({ kind: "failure", reason });
var objectValue = (entries2, partial) => partial === void 0 ? { kind: "object", entries: entries2 } : { kind: "object", entries: entries2, partial };
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
    if (isLazy(value)) return unknown2(`${value.description} cannot be used as a value`);
    if (!found && isUnknown(value)) found = value;
  }
  return found;
}
function typeName2(value) {
  if (value === null) return "null";
  if (isList(value)) return "list";
  if (typeof value === "object") return value.kind === "object" ? "object" : value.kind;
  return typeof value;
}
function describeValue2(value) {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  if (isList(value)) return `list of ${value.length}`;
  if (isObject(value)) return `object with ${value.entries.size} attributes`;
  return typeName2(value);
}
function toJson2(value, depth = 0) {
  if (depth > 64 || isMissing(value) || isLazy(value)) return void 0;
  if (isList(value)) {
    const items = value.map((item) => toJson2(item, depth + 1));
    return items.includes(void 0) ? void 0 : items;
  }
  if (isObject(value)) {
    if (value.partial !== void 0) return void 0;
    const record = /* @__PURE__ */ Object.create(null);
    for (const [key2, entry] of value.entries) {
      const json = toJson2(entry, depth + 1);
      if (json === void 0) return void 0;
      record[key2] = json;
    }
    return record;
  }
  return value;
}
function fromJson2(data, depth = 0) {
  if (depth > 256) return failure2("JSON nested too deeply");
  if (data === null || typeof data === "string" || typeof data === "boolean") return data;
  if (typeof data === "number") return data;
  if (Array.isArray(data)) return data.map((item) => fromJson2(item, depth + 1));
  if (typeof data === "object") {
    const entries2 = /* @__PURE__ */ new Map();
    for (const key2 of Object.keys(data)) entries2.set(key2, fromJson2(data[key2], depth + 1));
    return objectValue(entries2);
  }
  return null;
}
var PENDING = /* @__PURE__ */ Symbol("pending");

// src/readers/terraform/eval/coerce.ts
var MAX_STRING_LENGTH2 = 1e6;
var MAX_COLLECTION_SIZE = 1e5;
var notValue = (value) => {
  if (isMissing(value)) return value;
  if (isLazy(value)) return unknown2(`${value.description} cannot be used as a value`);
  return void 0;
};
function asString2(value) {
  const missing2 = notValue(value);
  if (missing2) return missing2;
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatNumber2(value);
  if (typeof value === "boolean") return String(value);
  if (value === null) return failure2("a null value cannot be used as a string");
  return failure2(`a string is required, found ${describeValue2(value)}`);
}
function formatNumber2(value) {
  return Number.isInteger(value) ? value.toFixed(0) : String(value);
}
function asNumber(value) {
  const missing2 = notValue(value);
  if (missing2) return missing2;
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  return failure2(`a number is required, found ${describeValue2(value)}`);
}
function asBool(value) {
  const missing2 = notValue(value);
  if (missing2) return missing2;
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  return failure2(`a bool is required, found ${describeValue2(value)}`);
}
function asList(value) {
  const missing2 = notValue(value);
  if (missing2) return missing2;
  if (isList(value)) return value;
  return failure2(`a list is required, found ${describeValue2(value)}`);
}
function asObject(value) {
  const missing2 = notValue(value);
  if (missing2) return missing2;
  if (isObject(value)) return value;
  return failure2(`a map or object is required, found ${describeValue2(value)}`);
}
function entriesOf(value) {
  const missing2 = notValue(value);
  if (missing2) return missing2;
  if (isList(value)) return value.map((item, index2) => [index2, item]);
  if (isObject(value)) {
    if (value.partial !== void 0) return unknown2(value.partial);
    return [...value.entries.keys()].sort(compareKeys).map((key2) => [key2, value.entries.get(key2)]);
  }
  return failure2(`a collection is required, found ${describeValue2(value)}`);
}
function valuesEqual2(left, right, depth = 0) {
  const missing2 = notValue(left) ?? notValue(right);
  if (missing2) return missing2;
  if (depth > 64) return failure2("values nested too deeply to compare");
  if (isList(left) || isList(right)) {
    if (!isList(left) || !isList(right) || left.length !== right.length) return false;
    for (let i = 0; i < left.length; i++) {
      const equal = valuesEqual2(left[i], right[i], depth + 1);
      if (equal !== true) return equal;
    }
    return true;
  }
  if (isObject(left) || isObject(right)) {
    if (!isObject(left) || !isObject(right) || left.entries.size !== right.entries.size) return false;
    for (const [key2, item] of left.entries) {
      if (!right.entries.has(key2)) return false;
      const equal = valuesEqual2(item, right.entries.get(key2), depth + 1);
      if (equal !== true) return equal;
    }
    return true;
  }
  return left === right;
}
function checkedString(value) {
  return value.length > MAX_STRING_LENGTH2 ? failure2(`string longer than ${MAX_STRING_LENGTH2} characters`) : value;
}
function checkedList(value) {
  return value.length > MAX_COLLECTION_SIZE ? failure2(`collection larger than ${MAX_COLLECTION_SIZE} elements`) : value;
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
      return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? asString2(value) : value;
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
      const entries2 = /* @__PURE__ */ new Map();
      for (const [key2, item] of value.entries) entries2.set(key2, convertToType(item, type.element, evaluateDefault, depth + 1));
      return objectValue(entries2, value.partial);
    }
    case "object":
      return isObject(value) ? convertObject(value.entries, value.partial, type.attributes, evaluateDefault, depth) : value;
  }
}
function convertObject(given, partial, attributes, evaluateDefault, depth) {
  const entries2 = /* @__PURE__ */ new Map();
  for (const [name, attribute] of attributes) {
    if (given.has(name)) {
      const item = given.get(name);
      const filled = item === null && attribute.defaultValue ? evaluateDefault(attribute.defaultValue) : item;
      entries2.set(name, convertToType(filled, attribute.type, evaluateDefault, depth + 1));
    } else if (partial !== void 0) {
      continue;
    } else if (attribute.optional) {
      const filled = attribute.defaultValue ? evaluateDefault(attribute.defaultValue) : null;
      entries2.set(name, convertToType(filled, attribute.type, evaluateDefault, depth + 1));
    } else {
      entries2.set(name, failure2(`the required attribute "${name}" is missing from the value`));
    }
  }
  return objectValue(entries2, partial);
}

// src/readers/terraform/config/module-config.ts
function moduleConfig(folder, files) {
  const variables = /* @__PURE__ */ new Map();
  const locals = /* @__PURE__ */ new Map();
  const outputs = /* @__PURE__ */ new Map();
  const resources = /* @__PURE__ */ new Map();
  const moduleCalls = /* @__PURE__ */ new Map();
  const resourceTypes = /* @__PURE__ */ new Set();
  for (const { path: file, blocks } of files) {
    for (const block2 of blocks) {
      const [first, second] = block2.labels;
      switch (block2.type) {
        case "variable":
          if (first !== void 0 && !variables.has(first)) variables.set(first, variable(first, file, block2));
          break;
        case "locals":
          for (const attribute of block2.body.attributes.values()) {
            if (!locals.has(attribute.name)) locals.set(attribute.name, { file, item: attribute });
          }
          break;
        case "output": {
          const value = block2.body.attributes.get("value");
          if (first !== void 0 && value && !outputs.has(first)) outputs.set(first, { file, item: value });
          break;
        }
        case "resource":
        case "data": {
          if (first === void 0 || second === void 0) break;
          const mode = block2.type === "resource" ? "managed" : "data";
          const key2 = mode === "managed" ? `${first}.${second}` : `data.${first}.${second}`;
          if (!resources.has(key2)) resources.set(key2, { mode, type: first, name: second, file, block: block2 });
          if (mode === "managed") resourceTypes.add(first);
          break;
        }
        case "module":
          if (first !== void 0 && !moduleCalls.has(first)) moduleCalls.set(first, moduleCall(first, file, block2));
          break;
      }
    }
  }
  return { folder, files: files.map((f) => f.path), variables, locals, outputs, resources, moduleCalls, resourceTypes };
}
function variable(name, file, block2) {
  const attributes = block2.body.attributes;
  const nullable = attributes.get("nullable")?.expression;
  return {
    name,
    file,
    block: block2,
    defaultValue: attributes.get("default"),
    type: parseTypeConstraint(attributes.get("type")?.expression),
    nullable: !(nullable?.kind === "literal" && nullable.value === false)
  };
}
function moduleCall(name, file, block2) {
  const source = block2.body.attributes.get("source")?.expression;
  const literal3 = source?.kind === "literal" && typeof source.value === "string" ? source.value : void 0;
  const template = source?.kind === "template" && source.parts.length === 1 && source.parts[0]?.kind === "text" ? source.parts[0].text : void 0;
  return { name, file, block: block2, source: literal3 ?? template };
}
var isLocalSource = (source) => source.startsWith("./") || source.startsWith("../");
var locationOf3 = (file, pos) => ({ file, line: pos.line, column: pos.column });
function folderOf4(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "." : path.slice(0, slash);
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
      const folder = folderOf4(path);
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
    const known3 = this.listings.get(folder);
    if (known3) return known3;
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
        return moduleConfig(folder, usable);
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
var shared2 = /* @__PURE__ */ new WeakMap();
function forgetHclFiles(workspace) {
  shared2.delete(workspace);
}
function hclFilesOf(workspace) {
  let files = shared2.get(workspace);
  if (!files) {
    files = new HclFiles(workspace);
    shared2.set(workspace, files);
  }
  return files;
}

// src/readers/terraform/model/fields.ts
function convert(sourced2, conversion) {
  if (sourced2.value === void 0) return sourced2;
  const converted = conversion(sourced2.value);
  if ("value" in converted) return { ...sourced2, value: converted.value };
  const { detail, via, location } = sourced2;
  return {
    value: void 0,
    origin: "unresolved",
    location,
    reason: keptText(converted.reason),
    ...detail === void 0 ? {} : { detail },
    ...via === void 0 ? {} : { via }
  };
}
var textOf = (value) => typeof value === "string" ? keptText(value) : typeof value === "number" ? formatNumber2(value) : typeof value === "boolean" ? String(value) : void 0;
var text = (sourced2) => convert(sourced2, (value) => {
  const found = textOf(value);
  return found === void 0 ? { reason: `expected a string, found ${describeValue2(value)}` } : { value: found };
});
var bool2 = (sourced2) => convert(
  sourced2,
  (value) => typeof value === "boolean" ? { value } : value === "true" || value === "false" ? { value: value === "true" } : { reason: `expected true or false, found ${describeValue2(value)}` }
);
var texts = (sourced2) => convert(sourced2, (value) => {
  if (!isList(value)) return { reason: `expected a list of strings, found ${describeValue2(value)}` };
  const items = [];
  for (const item of value) {
    if (isMissing(item)) return { reason: item.reason };
    const found = textOf(item);
    if (found === void 0) return { reason: `expected a list of strings, found an element ${describeValue2(item)}` };
    items.push(found);
  }
  return { value: items };
});
var stringMap = (sourced2) => convert(sourced2, (value) => {
  if (!isObject(value)) return { reason: `expected a map of strings, found ${describeValue2(value)}` };
  if (value.partial !== void 0) return { reason: value.partial };
  const record = /* @__PURE__ */ Object.create(null);
  for (const [key2, item] of value.entries) {
    if (isMissing(item)) return { reason: item.reason };
    const found = textOf(item);
    if (found === void 0) return { reason: `tag "${key2}" is not a string` };
    record[key2] = found;
  }
  return { value: record };
});
function orProviderDefault(sourced2, value) {
  return sourced2.origin === "absent" ? { value, origin: "provider-default", location: sourced2.location } : sourced2;
}
var intrinsic = (value, location) => ({
  value,
  origin: "provider-default",
  location
});

// src/readers/terraform/model/references.ts
function resourceReference(sourced2, symbolOf4) {
  const id = text(sourced2);
  if (id.value === void 0) return { target: id };
  const identity = parseResourceId(id.value);
  if (!identity) return { target: unresolved(id.location, `"${id.value}" is not an Azure resource ID`) };
  const symbol = symbolOf4(id.value);
  return { target: { ...id, value: symbol === void 0 ? identity : { ...identity, symbol } } };
}
function resourceGroupOfId(id) {
  const parts = id.split("/");
  const index2 = parts.findIndex((part) => part.toLowerCase() === "resourcegroups");
  const name = index2 >= 0 ? parts[index2 + 1] : void 0;
  return name === void 0 || name === "" || name.startsWith("{") ? void 0 : name;
}
function isScopeId(id) {
  const parts = id.split("/").filter((part) => part !== "");
  const lower = parts.map((part) => part.toLowerCase());
  return lower[0] === "subscriptions" && !lower.includes("providers") && (parts.length === 2 || parts.length === 4 && lower[2] === "resourcegroups");
}

// src/readers/terraform/model/azapi.ts
var AZAPI_MODELLED_TYPES = [
  VM_TYPE,
  VMSS_TYPE,
  ARC_MACHINE_TYPE,
  ARC_LICENSE_PROFILE_TYPE,
  MAINTENANCE_CONFIGURATION_TYPE,
  MAINTENANCE_ASSIGNMENT_TYPE
];
function azapiResource(armType, view, frame, symbolOf4) {
  const properties = (...path) => view.get(["body", "properties", ...path]);
  switch (armType.toLowerCase()) {
    case VM_TYPE.toLowerCase():
      return onFrame(frame, mapVirtualMachine(azapiSource(view), "virtual-machine"));
    case VMSS_TYPE.toLowerCase():
      return onFrame(frame, mapVirtualMachine(azapiSource(view), "scale-set"));
    case ARC_MACHINE_TYPE.toLowerCase():
      return onFrame(frame, mapArcMachine(azapiSource(view), "declared"));
    case ARC_LICENSE_PROFILE_TYPE.toLowerCase():
      return arcLicenseProfile2(view, frame, symbolOf4);
    case MAINTENANCE_CONFIGURATION_TYPE.toLowerCase():
      return onFrame(frame, mapMaintenanceConfiguration(azapiSource(view)));
    case MAINTENANCE_ASSIGNMENT_TYPE.toLowerCase():
      return assignment3(view, frame, properties, symbolOf4);
    default:
      return void 0;
  }
}
function azapiSource(view) {
  const get = (path) => path.length === 1 ? firstWritten(view.get(path), view.get(["body", ...path])) : view.get(["body", ...path]);
  return {
    at: view.location,
    string: (path) => text(get(path)),
    boolean: (path) => bool2(get(path)),
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
function assignment3(view, frame, at2, symbolOf4) {
  const configuration2 = resourceReference(at2("maintenanceConfigurationId"), symbolOf4);
  const parent = view.get(["parent_id"]);
  const filter = at2("filter");
  const base2 = onFrame(frame, { kind: "maintenance-assignment", configuration: configuration2 });
  const scopeParent = typeof parent.value === "string" && isScopeId(parent.value);
  if (filter.origin !== "absent" || scopeParent) return onFrame(base2, { filter: mapDynamicScope(azapiSource(view)) });
  const resourceId2 = at2("resourceId");
  return onFrame(base2, { target: resourceReference(resourceId2.origin === "absent" ? parent : resourceId2, symbolOf4) });
}
function arcLicenseProfile2(view, frame, symbolOf4) {
  const parent = resourceReference(view.get(["parent_id"]), symbolOf4).target.value;
  const identity = parent ?? { type: ARC_MACHINE_TYPE, name: void 0 };
  const displayName = identity.name ?? frame.displayName;
  return onFrame(onFrame(frame, { identity, displayName }), mapArcLicenseProfile(azapiSource(view)));
}
function records(value) {
  if (!isList(value)) return { reason: "expected a list of objects" };
  const result = [];
  for (const item of value) {
    if (!isObject(item)) return { reason: "expected a list of objects" };
    const record = {};
    for (const [key2, field2] of item.entries) {
      if (typeof field2 === "string" || typeof field2 === "number" || typeof field2 === "boolean") record[key2] = String(field2);
      else if (isMissing(field2)) return { reason: `'${key2}': ${field2.reason}` };
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
  for (const [key2, item] of value.entries) {
    const list = texts({ ...tags, value: item });
    if (list.value === void 0) return void 0;
    record[key2] = list.value;
  }
  return record;
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
var VM = { kind: "virtual-machine", windowsPath: [], image: "source_image_reference" };
var UNIFORM = { ...VM, kind: "scale-set", orchestrationMode: "Uniform", canHotpatch: false };
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
      canHotpatch: false,
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
    enableHotpatching: shape.canHotpatch ? orProviderDefault(bool2(windows("hotpatching_enabled")), false) : absent(view.location),
    rebootSetting: shape.rebootArguments ? text(view.get(["reboot_setting"])) : absent(view.location),
    bypassPlatformSafetyChecksOnUserSchedule: shape.rebootArguments ? bool2(view.get(["bypass_platform_safety_checks_on_user_schedule_enabled"])) : absent(view.location)
  });
}
function image(view, block2) {
  const field2 = (name) => text(view.get([block2, name]));
  return {
    publisher: field2("publisher"),
    offer: field2("offer"),
    sku: field2("sku"),
    version: field2("version"),
    customImageId: block2 === "storage_image_reference" ? field2("id") : customImage2(view)
  };
}
function customImage2(view) {
  const id = text(view.get(["source_image_id"]));
  if (id.origin !== "unresolved" || view.get(["source_image_reference"]).origin !== "absent") return id;
  return { value: "{source_image_id}", origin: "expression", location: id.location, detail: "source_image_id" };
}

// src/readers/terraform/model/maintenance.ts
function azurermMaintenanceConfiguration(view, frame) {
  const window = (name) => text(view.get(["window", name]));
  return onFrame(frame, {
    kind: "maintenance-configuration",
    maintenanceScope: text(view.get(["scope"])),
    window: {
      startDateTime: window("start_date_time"),
      expirationDateTime: window("expiration_date_time"),
      duration: window("duration"),
      timeZone: window("time_zone"),
      recurEvery: window("recur_every")
    },
    rebootSetting: text(view.get(["install_patches", "reboot"])),
    // The provider has no argument for it: the service default (false) applies.
    excludeKbsRequiringReboot: absent(view.location),
    classificationsToInclude: texts(view.get(["install_patches", "windows", "classifications_to_include"])),
    kbNumbersToInclude: texts(view.get(["install_patches", "windows", "kb_numbers_to_include"]))
  });
}
function azurermMaintenanceAssignment(type, view, frame, symbolOf4) {
  const configuration2 = resourceReference(view.get(["maintenance_configuration_id"]), symbolOf4);
  const base2 = onFrame(frame, { kind: "maintenance-assignment", configuration: configuration2 });
  if (type === "azurerm_maintenance_assignment_dynamic_scope") {
    const filter = (name) => texts(view.get(["filter", name]));
    return onFrame(base2, {
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
  const targetId = type === "azurerm_maintenance_assignment_virtual_machine" ? "virtual_machine_id" : "virtual_machine_scale_set_id";
  return onFrame(base2, { target: resourceReference(view.get([targetId]), symbolOf4) });
}
function tagBlocks(sourced2) {
  return convert(sourced2, (value) => {
    const record = /* @__PURE__ */ Object.create(null);
    for (const block2 of isList(value) ? value : [value]) {
      if (!isObject(block2)) return { reason: "tags must be blocks with tag and values" };
      const tag = block2.entries.get("tag");
      const values = block2.entries.get("values");
      if (tag === void 0 || isMissing(tag) || typeof tag !== "string") return { reason: "a tag name is not known" };
      const list = texts({ value: values ?? [], origin: "literal", location: sourced2.location });
      if (list.value === void 0) return { reason: list.reason ?? `the values of tag "${tag}" are not known` };
      record[tag] = list.value;
    }
    return { value: record };
  });
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
var withoutApiVersion = (type) => type.split("@")[0] ?? type;
var apiVersionOf = (type) => type.split("@")[1];

// src/readers/terraform/model/build.ts
var isModelledType = (type) => type === AZAPI_RESOURCE || AZURERM_ARM_TYPES.has(type);
function modelledArmType(type, view) {
  if (type !== AZAPI_RESOURCE) {
    const armType2 = AZURERM_ARM_TYPES.get(type);
    return armType2 ? { armType: armType2 } : void 0;
  }
  const written = text(view.get(["type"])).value;
  if (written === void 0) return void 0;
  const bare = withoutApiVersion(written).toLowerCase();
  const armType = AZAPI_MODELLED_TYPES.find((candidate) => candidate.toLowerCase() === bare);
  const apiVersion = apiVersionOf(written);
  return armType ? { armType, ...apiVersion === void 0 ? {} : { apiVersion } } : void 0;
}
function buildResource(type, modelled, view, frame, symbolOf4) {
  if (type === AZAPI_RESOURCE) return azapiResource(modelled.armType, view, frame, symbolOf4);
  if (isComputeType(type)) return azurermCompute(type, view, frame);
  if (type === "azurerm_arc_machine") return onFrame(frame, mapArcMachine(azurermArcSource(view), "declared"));
  if (type === "azurerm_maintenance_configuration") return azurermMaintenanceConfiguration(view, frame);
  if (type.startsWith("azurerm_maintenance_assignment_")) return azurermMaintenanceAssignment(type, view, frame, symbolOf4);
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
    for (const call3 of config.moduleCalls.values()) {
      if (call3.source === void 0) continue;
      const target2 = resolveModuleFolder(files, call3.file, call3.source);
      if (target2 === void 0) continue;
      moduleFolders.set(moduleFolderKey(folder, call3.source), target2);
      if (!configs.has(target2)) queue.push(target2);
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
    for (const call3 of config.moduleCalls.values()) {
      const target2 = call3.source === void 0 ? void 0 : resolveModuleFolder(files, call3.file, call3.source);
      if (target2 === void 0 || target2 === folder) continue;
      targets.push(target2);
      if (scanned.has(target2)) called.add(target2);
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

// src/readers/terraform/plan/declarations.ts
async function findDeclaration(files, folder, modulePath, type, name) {
  if (files.tfFiles(folder).length === 0) return void 0;
  let config = await files.config(folder);
  const callSites = [];
  for (const moduleName of modulePath) {
    const call3 = config.moduleCalls.get(moduleName);
    const target2 = call3?.source === void 0 ? void 0 : resolveModuleFolder(files, call3.file, call3.source);
    if (!call3 || target2 === void 0) return void 0;
    callSites.push({ file: call3.file, block: call3.block });
    config = await files.config(target2);
  }
  const resource = config.resources.get(`${type}.${name}`);
  return resource ? { file: resource.file, block: resource.block, callSites } : void 0;
}
function locateInBlock(declaration, path) {
  let body = declaration.block.body;
  let found;
  for (const segment of path) {
    const attribute = body.attributes.get(segment);
    if (attribute) return locationOf3(declaration.file, attribute.pos);
    const block2 = body.blocks.find(
      (candidate) => candidate.type === segment || candidate.type === "dynamic" && candidate.labels[0] === segment
    );
    if (!block2) return found;
    found = locationOf3(declaration.file, block2.pos);
    if (block2.type === "dynamic") return found;
    body = block2.body;
  }
  return found;
}

// src/readers/shared/json/json-tree.ts
var MAX_PARSE_DEPTH = MAX_JSON_DEPTH;
function parseJsonDocument2(text2) {
  const lines = new LinePositions(text2);
  const position = (offset) => lines.at(offset);
  const tooDeep2 = findExcessiveNesting(text2, MAX_PARSE_DEPTH);
  if (tooDeep2 >= 0) {
    const message = `JSON nested deeper than ${MAX_PARSE_DEPTH} levels; not read`;
    return { root: void 0, error: { ...position(tooDeep2), message }, position };
  }
  const errors = [];
  let root;
  try {
    root = parseTree2(text2, errors, { allowTrailingComma: true, disallowComments: false });
  } catch (error2) {
    const message = error2 instanceof RangeError ? "JSON nested too deeply to read" : "unreadable JSON";
    return { root: void 0, error: { line: 1, column: 1, message }, position };
  }
  const [first] = errors;
  const error = first && { ...position(first.offset), message: `invalid JSON: ${describeJsonError(first)}` };
  return { root, error, position };
}
function describeJsonError(error) {
  const code = printParseErrorCode(error.error);
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
function propertyOf(node, key2) {
  if (node?.type !== "object") return void 0;
  return node.children?.find((child2) => child2.children?.[0]?.value === key2);
}
var childOf = (node, key2) => propertyOf(node, key2)?.children?.[1];

// src/readers/terraform/eval/json-value.ts
var MAX_JSON_DEPTH2 = 256;
function jsonValue(node, depth = 0) {
  if (!node) return null;
  if (depth > MAX_JSON_DEPTH2) return failure2("JSON nested too deeply");
  switch (node.type) {
    case "object": {
      const entries2 = /* @__PURE__ */ new Map();
      for (const property of node.children ?? []) {
        const [key2, value] = property.children ?? [];
        if (typeof key2?.value === "string") entries2.set(key2.value, jsonValue(value, depth + 1));
      }
      return objectValue(entries2);
    }
    case "array":
      return (node.children ?? []).map((child2) => jsonValue(child2, depth + 1));
    case "string":
    case "number":
    case "boolean":
      return node.value;
    default:
      return null;
  }
}

// src/readers/terraform/plan/plan-document.ts
var MAX_MODULE_NESTING = 32;
function planEntries2(root) {
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
  const entries2 = [];
  collectPlanned(childOf(childOf(root, "planned_values"), "root_module"), configurations, entries2, 0);
  return entries2;
}
function collectPlanned(module, configurations, into, depth) {
  if (!module || depth > MAX_MODULE_NESTING) return;
  for (const node of childOf(module, "resources")?.children ?? []) {
    const entry = baseEntry(node, configurations);
    if (entry) into.push({ ...entry, after: childOf(node, "values"), afterUnknown: null, actions: [], actionsNode: void 0 });
  }
  for (const child2 of childOf(module, "child_modules")?.children ?? []) collectPlanned(child2, configurations, into, depth + 1);
}
function baseEntry(node, configurations) {
  const text2 = (key2) => {
    const value = childOf(node, key2)?.value;
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
    configured: configurations.get([...modulePath, `${type}.${name}`].join("\0"))
  };
}
function moduleNames(address) {
  const names = [];
  const pattern = /module\.([A-Za-z0-9_-]+)(?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?\./gy;
  for (let match2 = pattern.exec(address); match2; match2 = pattern.exec(address)) names.push(match2[1]);
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
  const index2 = /* @__PURE__ */ new Map();
  const visit2 = (module, path, depth) => {
    if (!module || depth > MAX_MODULE_NESTING) return;
    for (const output of childOf(module, "outputs")?.children ?? []) {
      const [key2, value] = output.children ?? [];
      if (typeof key2?.value !== "string") continue;
      const references = jsonValue(childOf(childOf(value, "expression"), "references"));
      if (isList(references)) {
        index2.set(`${path.join("/")}#${key2.value}`, references.filter((r) => typeof r === "string"));
      }
    }
    for (const call3 of childOf(module, "module_calls")?.children ?? []) {
      const [key2, value] = call3.children ?? [];
      if (typeof key2?.value === "string") visit2(childOf(value, "module"), [...path, key2.value], depth + 1);
    }
  };
  visit2(childOf(childOf(root, "configuration"), "root_module"), [], 0);
  return index2;
}
function configurationIndex(root) {
  const index2 = /* @__PURE__ */ new Map();
  const visit2 = (module, path, depth) => {
    if (!module || depth > MAX_MODULE_NESTING) return;
    for (const resource of childOf(module, "resources")?.children ?? []) {
      const address = childOf(resource, "address")?.value;
      const expressions = jsonValue(childOf(resource, "expressions"));
      if (typeof address === "string" && isObject(expressions)) index2.set([...path, address].join("\0"), expressions.entries);
    }
    for (const call3 of childOf(module, "module_calls")?.children ?? []) {
      const [key2, value] = call3.children ?? [];
      if (typeof key2?.value === "string") visit2(childOf(value, "module"), [...path, key2.value], depth + 1);
    }
  };
  visit2(root, [], 0);
  return index2;
}

// src/readers/terraform/plan/plan-head.ts
function isPlanHead(head) {
  return head.includes('"format_version"') && (head.includes('"terraform_version"') || head.includes('"planned_values"') || head.includes('"resource_changes"'));
}

// src/readers/terraform/plan/plan-references.ts
var MAX_OUTPUT_HOPS = 32;
var MODULE_OUTPUT = /^module\.([A-Za-z0-9_-]+)((?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?)\.([A-Za-z0-9_-]+)/;
var PlanReferences = class {
  constructor(folder, entries2, outputs = /* @__PURE__ */ new Map()) {
    this.folder = folder;
    this.outputs = outputs;
    for (const entry of entries2) {
      this.byAddress.set(entry.address, entry);
      const id = childOf(entry.after, "id")?.value;
      if (typeof id === "string" && entry.mode === "managed") this.ids.set(id.toLowerCase(), this.symbol(entry.address));
    }
  }
  folder;
  outputs;
  byAddress = /* @__PURE__ */ new Map();
  ids = /* @__PURE__ */ new Map();
  /** The stable handle of a planned resource: the plan's folder and the resource address. */
  symbol(address) {
    return `${this.folder}#${address}`;
  }
  symbolOfId(id) {
    return this.ids.get(id.toLowerCase());
  }
  /** The ID of the planned resource an unknown attribute refers to in the configuration, if any. */
  resolve(entry, attribute) {
    const expression = entry.configured?.get(attribute);
    const references = expression !== void 0 && isObject(expression) ? expression.entries.get("references") : void 0;
    if (references === void 0 || !isList(references)) return void 0;
    const prefix = entry.address.slice(0, entry.address.lastIndexOf(`${entry.type}.${entry.name}`));
    for (const reference2 of references) {
      if (typeof reference2 !== "string") continue;
      const target2 = this.target(prefix, reference2, /* @__PURE__ */ new Set());
      if (target2) return this.idOf(target2);
    }
    return void 0;
  }
  /** The planned resource a reference written in the module at `prefix` names, directly or through a module output. */
  target(prefix, reference2, followed) {
    const direct = this.find(prefix + reference2) ?? this.find(prefix + reference2.slice(0, reference2.lastIndexOf(".")));
    if (direct) return direct;
    const output = MODULE_OUTPUT.exec(reference2);
    if (!output) return void 0;
    const inner = `${prefix}module.${output[1] ?? ""}${output[2] ?? ""}.`;
    const key2 = `${moduleNames(inner).join("/")}#${output[3] ?? ""}`;
    if (followed.has(inner + key2) || followed.size >= MAX_OUTPUT_HOPS) return void 0;
    followed.add(inner + key2);
    for (const written of this.outputs.get(key2) ?? []) {
      const found = this.target(inner, written, followed);
      if (found) return found;
    }
    return void 0;
  }
  find(address) {
    const exact2 = this.byAddress.get(address);
    if (exact2) return exact2;
    for (const [candidate, entry] of this.byAddress) if (candidate.startsWith(`${address}[`)) return entry;
    return void 0;
  }
  idOf(target2) {
    const value = (key2) => jsonValue(childOf(target2.after, key2));
    const known3 = (key2, placeholder) => {
      const found = value(key2);
      return typeof found === "string" && found !== "" ? found : placeholder;
    };
    const name = known3("name", `{${target2.address.replaceAll("/", "%2F")}}`);
    let id;
    if (target2.type === AZAPI_RESOURCE) {
      const type = value("type");
      if (typeof type === "string") id = `${known3("parent_id", "{parent}")}/providers/${withoutApiVersion(type)}/${name}`;
    } else {
      const armType = AZURERM_ARM_TYPES.get(target2.type);
      if (armType) id = `/subscriptions/{subscription}/resourceGroups/${known3("resource_group_name", "{resourceGroup}")}/providers/${armType}/${name}`;
    }
    if (id !== void 0 && target2.mode === "managed") this.ids.set(id.toLowerCase(), this.symbol(target2.address));
    return id;
  }
};

// src/readers/terraform/model/descend.ts
function descendValue(value, key2) {
  if (value === null) return void 0;
  if (isList(value)) return value.length === 0 ? void 0 : descendValue(value[0], key2);
  if (isObject(value)) {
    if (value.entries.has(key2)) return value.entries.get(key2);
    return value.partial === void 0 ? void 0 : unknown2(value.partial);
  }
  if (typeof value === "string") {
    const decoded = decodeJson(value);
    return decoded === void 0 ? failure2(`cannot read "${key2}" from a string`) : descendValue(decoded, key2);
  }
  if (typeof value === "object") return value.kind === "lazy" ? value.attribute(key2) : value;
  return failure2(`cannot read "${key2}" from ${describeValue2(value)}`);
}
function decodeJson(text2) {
  const trimmed = text2.trim();
  if (!trimmed.startsWith("{")) return void 0;
  try {
    return fromJson2(JSON.parse(trimmed));
  } catch {
    return void 0;
  }
}

// src/readers/terraform/plan/plan-view.ts
var KNOWN_AFTER_APPLY = "known after apply";
var isEmpty = (node) => node === void 0 || node.type === "array" && (node.children?.length ?? 0) === 0 || node.type === "string" && node.value === "";
var PlanView = class {
  constructor(entry, location, position, file, locate3, reference2) {
    this.entry = entry;
    this.location = location;
    this.position = position;
    this.file = file;
    this.locate = locate3;
    this.reference = reference2;
  }
  entry;
  location;
  position;
  file;
  locate;
  reference;
  get(path) {
    let node = this.entry.after;
    let unknown3 = this.entry.afterUnknown;
    for (let i = 0; i < path.length; i++) {
      const key2 = path[i];
      while (node?.type === "array") {
        const first = node.children?.[0];
        if (!first) return absent(this.where(path.slice(0, i), node));
        node = first;
        unknown3 = isList(unknown3) ? unknown3[0] ?? null : unknown3;
      }
      if (node?.type === "string") return this.inString(jsonValue(node), path.slice(i), this.where(path, node));
      if (node?.type !== "object") return absent(this.where(path.slice(0, i), node));
      unknown3 = isObject(unknown3) ? unknown3.entries.get(key2) ?? null : null;
      const next = childOf(node, key2);
      if (unknown3 === true) return this.unknownValue(path, i, next ?? node);
      if (!next || next.type === "null" || isEmpty(next)) return absent(this.where(path.slice(0, i + 1), next ?? node));
      node = next;
    }
    if (isEmpty(node)) return absent(this.where(path, node));
    return { value: jsonValue(node), origin: "literal", location: this.where(path, node) };
  }
  unknownValue(path, index2, node) {
    const location = this.where(path.slice(0, index2 + 1), node);
    const top = path[0];
    const configured = this.entry.configured;
    if (index2 === 0) {
      const id = this.reference(top);
      if (id !== void 0) return { value: id, origin: "expression", location };
      if (configured && !configured.has(top)) return absent(location);
    }
    return unresolved(location, KNOWN_AFTER_APPLY);
  }
  /** A JSON string (an azapi 1.x body) read as the object it encodes. */
  inString(value, keys, location) {
    let current = value;
    for (const key2 of keys) current = current === void 0 ? void 0 : descendValue(current, key2);
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
  format: "terraform-plan",
  claims: (file, head) => file.path.endsWith(".json") && isPlanHead(head()),
  // Each plan is read on its own (its declarations come from the .tf files of its folder, through the workspace).
  units: (files) => files.map((file) => ({ files: [file] })),
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
    const document = parseJsonDocument2(text2.text);
    if (document.error || document.root?.type !== "object") {
      const error = document.error ?? { line: 1, column: 1, message: "a plan must be a JSON object" };
      parseErrors.push({ file: file.path, ...error, severity: "error" });
      continue;
    }
    if (!childOf(document.root, "format_version")) continue;
    manifests.push(file.path);
    resources.push(...await planResources(file.path, document, hcl));
  }
  return { resources, parseErrors, manifests };
}
async function planResources(file, document, hcl) {
  const folder = folderOf4(file);
  const root = document.root;
  const entries2 = planEntries2(root);
  const references = new PlanReferences(folder, entries2, outputReferences(root));
  const resources = [];
  for (const entry of entries2) {
    if (entry.mode !== "managed") continue;
    const declaration = await findDeclaration(hcl, folder, entry.modulePath, entry.type, entry.name);
    const entryAt = { file, ...document.position(entry.node.offset) };
    const view = new PlanView(
      entry,
      declaration ? locationOf3(declaration.file, declaration.block.pos) : entryAt,
      document.position,
      file,
      (path) => declaration ? locateInBlock(declaration, path) : void 0,
      (attribute) => references.resolve(entry, attribute)
    );
    const modelled = modelledArmType(entry.type, view);
    if (!modelled) continue;
    const frame = frameOf(entry, view, modelled.armType, declaration, entryAt, references.symbol(entry.address), document);
    const resource = buildResource(entry.type, modelled, view, frame, (id) => references.symbolOfId(id));
    if (resource) resources.push(resource);
  }
  return resources;
}
function frameOf(entry, view, armType, declaration, entryAt, symbol, document) {
  const name = text(view.get(["name"])).value;
  const parent = entry.type === AZAPI_RESOURCE ? text(view.get(["parent_id"])).value : void 0;
  const group = entry.type === AZAPI_RESOURCE ? parent && resourceGroupOfId(parent) : text(view.get(["resource_group_name"])).value;
  const declaredAt = view.location;
  const outermost = declaration?.callSites[0];
  const related = [{ file: entryAt.file, startLine: entryAt.line, role: "plan" }];
  for (const site of declaration?.callSites ?? []) related.push({ file: site.file, startLine: site.block.pos.line, role: "module" });
  if (outermost) related.push({ file: declaredAt.file, startLine: declaredAt.line, role: "declaration" });
  const deleted = entry.actions.length === 1 && entry.actions[0] === "delete";
  const actionsAt = entry.actionsNode ? { file: entryAt.file, ...document.position(entry.actionsNode.offset) } : entryAt;
  const modulePath = entry.modulePath.map((call3) => `module.${call3}`).join(".");
  return {
    format: "terraform-plan",
    unit: deploymentUnit("terraform-plan", `terraform-plan:${entryAt.file}`, entryAt, modulePath),
    scope: azureScope(group === "" ? void 0 : group, entryAt),
    identity: { type: armType, name, ...group ? { resourceGroup: group } : {}, symbol },
    displayName: name ?? entry.address,
    reportAt: outermost ? locationOf3(outermost.file, outermost.block.pos) : declaredAt,
    declaredAt,
    related,
    variant: addressKeys(entry.address),
    deployed: { value: !deleted, origin: deleted ? "literal" : "provider-default", location: actionsAt }
  };
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
var Tracer = class {
  frames = [];
  record(hop) {
    const frame = this.frames.at(-1);
    if (frame && frame.length < MAX_HOPS) frame.push(hop);
  }
  recordAll(hops) {
    for (const hop of hops) this.record(hop);
  }
  capture(run) {
    const frame = [];
    this.frames.push(frame);
    let result;
    try {
      result = run();
    } finally {
      this.frames.pop();
    }
    return { result, hops: frame };
  }
};

// src/readers/terraform/eval/functions/collections.ts
var listFunction2 = (transform) => ([list, ...rest]) => {
  const items = asList(list ?? null);
  return isList(items) ? transform(items, rest) : items;
};
var collectionFunctions2 = {
  length: { arity: [1, 1], call: ([value]) => length(value ?? null) },
  concat: { arity: [0, Infinity], call: concat2 },
  contains: { arity: [2, 2], call: listFunction2((items, [value]) => contains2(items, value ?? null)) },
  distinct: { arity: [1, 1], call: listFunction2(distinct) },
  toset: { arity: [1, 1], call: listFunction2(distinct) },
  tolist: { arity: [1, 1], call: listFunction2((items) => items) },
  element: { arity: [2, 2], call: listFunction2(element) },
  index: { arity: [2, 2], call: listFunction2(indexOf) },
  flatten: { arity: [1, 1], call: listFunction2((items) => flatten(items, 0)) },
  compact: { arity: [1, 1], call: listFunction2((items) => items.filter((item) => item !== null && item !== "")) },
  reverse: { arity: [1, 1], call: listFunction2((items) => [...items].reverse()) },
  slice: { arity: [3, 3], call: listFunction2(slice2) },
  sort: { arity: [1, 1], call: listFunction2(sortStrings) },
  one: { arity: [1, 1], call: listFunction2(one) },
  sum: { arity: [1, 1], call: listFunction2(sum) },
  alltrue: { arity: [1, 1], call: listFunction2((items) => items.every((item) => item === true || item === "true")) },
  anytrue: { arity: [1, 1], call: listFunction2((items) => items.some((item) => item === true || item === "true")) },
  coalescelist: { arity: [1, Infinity], call: (args) => args.find((arg) => isList(arg) && arg.length > 0) ?? [] },
  keys: { arity: [1, 1], call: ([value]) => mapFunction(value ?? null, (entries2) => [...entries2.keys()].sort(compareKeys)) },
  values: { arity: [1, 1], call: ([value]) => mapFunction(value ?? null, (entries2) => sortedValues(entries2)) },
  tomap: { arity: [1, 1], call: ([value]) => asObject(value ?? null) },
  lookup: { arity: [2, 3], seesMissing: true, call: lookup2 },
  merge: { arity: [0, Infinity], seesMissing: true, call: merge },
  zipmap: { arity: [2, 2], call: zipmap },
  range: { arity: [1, 3], call: range }
};
function length(value) {
  if (typeof value === "string") return [...value].length;
  if (isList(value)) return value.length;
  if (isObject(value)) return value.partial === void 0 ? value.entries.size : unknown2(value.partial);
  return failure2("length() needs a string, list or map");
}
function concat2(args) {
  const result = [];
  for (const arg of args) {
    const items = asList(arg);
    if (!isList(items)) return items;
    result.push(...items);
    if (result.length > MAX_COLLECTION_SIZE) return checkedList(result);
  }
  return result;
}
function contains2(items, value) {
  let undecided;
  for (const item of items) {
    const equal = valuesEqual2(item, value);
    if (equal === true) return true;
    if (equal !== false) undecided ??= equal;
  }
  return undecided ?? false;
}
function distinct(items) {
  const result = [];
  for (const item of items) {
    const seen = contains2(result, item);
    if (seen === false) result.push(item);
    else if (seen !== true) return seen;
  }
  return result;
}
function element(items, [position]) {
  const index2 = asNumber(position ?? null);
  if (typeof index2 !== "number") return index2;
  if (items.length === 0) return failure2("element() of an empty list");
  return items[(Math.trunc(index2) % items.length + items.length) % items.length];
}
function indexOf(items, [value]) {
  for (let i = 0; i < items.length; i++) {
    const equal = valuesEqual2(items[i], value ?? null);
    if (equal === true) return i;
    if (equal !== false) return equal;
  }
  return failure2("index(): the value is not in the list");
}
function flatten(items, depth) {
  if (depth > 32) return failure2("flatten(): lists nested too deeply");
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
function slice2(items, [start, end]) {
  const from = asNumber(start ?? null);
  if (typeof from !== "number") return from;
  const to = asNumber(end ?? null);
  if (typeof to !== "number") return to;
  if (from < 0 || to > items.length || from > to) return failure2("slice() indexes are out of range");
  return items.slice(from, to);
}
function sortStrings(items) {
  const strings = [];
  for (const item of items) {
    const text2 = asString2(item);
    if (typeof text2 !== "string") return text2;
    strings.push(text2);
  }
  return strings.sort(compareKeys);
}
function one(items) {
  if (items.length > 1) return failure2("one() needs a list of zero or one element");
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
  if (object.partial !== void 0) return unknown2(object.partial);
  return transform(object.entries);
}
var sortedValues = (entries2) => [...entries2.keys()].sort(compareKeys).map((key2) => entries2.get(key2));
function lookup2([map, key2, fallback]) {
  const object = asObject(map ?? null);
  if (!isObject(object)) return object;
  const name = asString2(key2 ?? null);
  if (typeof name !== "string") return name;
  if (object.entries.has(name)) return object.entries.get(name);
  if (object.partial !== void 0) return unknown2(object.partial);
  return fallback === void 0 ? failure2(`lookup(): no key "${name}" and no default`) : fallback;
}
function merge(args) {
  const entries2 = /* @__PURE__ */ new Map();
  let partial;
  for (const arg of args) {
    if (arg === null) continue;
    if (isUnknown(arg)) {
      partial ??= arg.reason;
      continue;
    }
    const object = asObject(arg);
    if (!isObject(object)) return object;
    partial ??= object.partial;
    for (const [key2, item] of object.entries) entries2.set(key2, item);
  }
  return objectValue(entries2, partial);
}
function zipmap([keys, values]) {
  const names = asList(keys ?? null);
  if (!isList(names)) return names;
  const items = asList(values ?? null);
  if (!isList(items)) return items;
  if (names.length !== items.length) return failure2("zipmap() needs lists of the same length");
  const entries2 = /* @__PURE__ */ new Map();
  for (let i = 0; i < names.length; i++) {
    const name = asString2(names[i]);
    if (typeof name !== "string") return name;
    entries2.set(name, items[i]);
  }
  return objectValue(entries2);
}
function range(args) {
  const numbers = [];
  for (const arg of args) {
    const number = asNumber(arg);
    if (typeof number !== "number") return number;
    numbers.push(number);
  }
  const [start, end, step] = numbers.length === 1 ? [0, numbers[0] ?? 0, 1] : [numbers[0] ?? 0, numbers[1] ?? 0, numbers[2] ?? 1];
  if (step === 0) return failure2("range() step must not be zero");
  const count = Math.ceil((end - start) / step);
  if (count > MAX_COLLECTION_SIZE) return failure2(`range() of more than ${MAX_COLLECTION_SIZE} numbers`);
  return Array.from({ length: Math.max(0, count) }, (_, i) => start + i * step);
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
  call: () => unknown2(reason)
});
var READS_FILE = notEvaluated("reads a file at plan time");
var PLAN_TIME = notEvaluated("only known at plan time");
var HASH = notEvaluated("a hash is not computed by the scanner");
var miscFunctions = {
  try: { arity: [1, Infinity], seesMissing: true, call: tryFunction },
  can: { arity: [1, 1], seesMissing: true, call: ([value]) => canFunction(value ?? null) },
  coalesce: { arity: [1, Infinity], seesMissing: true, call: coalesce2 },
  tobool: { arity: [1, 1], call: ([value]) => value === null ? null : asBool(value ?? null) },
  tonumber: { arity: [1, 1], call: ([value]) => value === null ? null : asNumber(value ?? null) },
  nonsensitive: { arity: [1, 1], seesMissing: true, call: ([value]) => value ?? null },
  sensitive: { arity: [1, 1], seesMissing: true, call: ([value]) => value ?? null },
  jsonencode: { arity: [1, 1], seesMissing: true, call: ([value]) => jsonencode(value ?? null) },
  jsondecode: { arity: [1, 1], call: ([value]) => jsondecode(value ?? null) },
  base64encode: {
    arity: [1, 1],
    call: ([value]) => {
      const text2 = asString2(value ?? null);
      return typeof text2 === "string" ? checkedString(Buffer.from(text2, "utf8").toString("base64")) : text2;
    }
  },
  base64decode: {
    arity: [1, 1],
    call: ([value]) => {
      const text2 = asString2(value ?? null);
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
  timeadd: PLAN_TIME,
  formatdate: PLAN_TIME,
  uuid: PLAN_TIME,
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
  for (const child2 of children) {
    const problem2 = hiddenProblem(child2, depth + 1);
    if (problem2 !== void 0 && isFailure(problem2)) return problem2;
    found ??= problem2;
  }
  return found;
}
function tryFunction(args) {
  let last = failure2("try(): no argument could be evaluated");
  for (const arg of args) {
    const problem2 = hiddenProblem(arg);
    if (problem2 === void 0) return arg;
    if (isUnknown(problem2)) return isUnknown(arg) ? arg : problem2;
    last = problem2;
  }
  return last;
}
function canFunction(value) {
  const problem2 = hiddenProblem(value);
  if (problem2 === void 0) return true;
  return isUnknown(problem2) ? problem2 : false;
}
function coalesce2(args) {
  for (const arg of args) {
    if (isMissing(arg)) return arg;
    if (arg !== null && arg !== "") return arg;
  }
  return failure2("coalesce(): all arguments are null or empty");
}
function jsonencode(value) {
  const problem2 = hiddenProblem(value);
  if (problem2 !== void 0) return problem2;
  const json = toJson2(value);
  return json === void 0 ? unknown2("jsonencode() of a value that is not fully known") : checkedString(JSON.stringify(json));
}
function jsondecode(value) {
  const text2 = asString2(value);
  if (typeof text2 !== "string") return text2;
  try {
    return fromJson2(JSON.parse(text2));
  } catch {
    return failure2("jsondecode(): the text is not valid JSON");
  }
}

// src/readers/terraform/eval/functions/strings.ts
var REGEX_NOT_EVALUATED = "regular expressions are not evaluated (Terraform uses RE2 syntax)";
var stringFunction2 = (transform) => ([text2]) => {
  const value = asString2(text2 ?? null);
  return typeof value === "string" ? transform(value) : value;
};
var pairFunction = (transform) => ([first, second]) => {
  const a = asString2(first ?? null);
  if (typeof a !== "string") return a;
  const b = asString2(second ?? null);
  return typeof b === "string" ? transform(a, b) : b;
};
var stringFunctions2 = {
  lower: { arity: [1, 1], call: stringFunction2((text2) => text2.toLowerCase()) },
  upper: { arity: [1, 1], call: stringFunction2((text2) => text2.toUpperCase()) },
  title: { arity: [1, 1], call: stringFunction2((text2) => text2.replace(new RegExp("(^|[^\\p{L}\\p{N}])(\\p{L})", "gu"), (_, a, b) => a + b.toUpperCase())) },
  trimspace: { arity: [1, 1], call: stringFunction2((text2) => text2.trim()) },
  chomp: { arity: [1, 1], call: stringFunction2((text2) => text2.replace(/(?:\r?\n)+$/, "")) },
  strrev: { arity: [1, 1], call: stringFunction2((text2) => [...text2].reverse().join("")) },
  tostring: { arity: [1, 1], call: ([value]) => value === null ? null : asString2(value ?? null) },
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
  format: { arity: [1, Infinity], call: ([spec, ...args]) => format2(spec ?? null, args) },
  basename: { arity: [1, 1], call: stringFunction2((path) => path.replace(/\/+$/, "").split("/").at(-1) ?? "") },
  dirname: { arity: [1, 1], call: stringFunction2((path) => path.includes("/") ? path.slice(0, path.lastIndexOf("/")) || "/" : ".") },
  regex: { arity: [2, 2], call: () => unknown2(REGEX_NOT_EVALUATED) },
  regexall: { arity: [2, 2], call: () => unknown2(REGEX_NOT_EVALUATED) }
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
  const subject = asString2(text2 ?? null);
  if (typeof subject !== "string") return subject;
  const pattern = asString2(search ?? null);
  if (typeof pattern !== "string") return pattern;
  const substitute = asString2(replacement ?? null);
  if (typeof substitute !== "string") return substitute;
  if (pattern.length > 1 && pattern.startsWith("/") && pattern.endsWith("/")) return unknown2(REGEX_NOT_EVALUATED);
  if (pattern === "") return subject;
  return checkedString(subject.split(pattern).join(substitute));
}
function substr([text2, offset, length2]) {
  const subject = asString2(text2 ?? null);
  if (typeof subject !== "string") return subject;
  const start = asNumber(offset ?? null);
  if (typeof start !== "number") return start;
  const count = asNumber(length2 ?? null);
  if (typeof count !== "number") return count;
  const codePoints = [...subject];
  const from = start < 0 ? Math.max(0, codePoints.length + start) : start;
  if (from > codePoints.length) return failure2("substr offset is beyond the end of the string");
  return codePoints.slice(from, count < 0 ? void 0 : from + count).join("");
}
function join([separator, ...lists]) {
  const glue = asString2(separator ?? null);
  if (typeof glue !== "string") return glue;
  const pieces = [];
  for (const list of lists) {
    const items = asList(list);
    if (!isList(items)) return items;
    for (const item of items) {
      const piece = asString2(item);
      if (typeof piece !== "string") return piece;
      pieces.push(piece);
    }
  }
  return checkedString(pieces.join(glue));
}
function format2(spec, args) {
  const template = asString2(spec);
  if (typeof template !== "string") return template;
  let next = 0;
  let problem2;
  const verbs = /%([-+# 0]*)(\d*)(?:\.(\d+))?([sdftvq%])/g;
  const text2 = template.replace(verbs, (whole, flags, width, precision, verb) => {
    if (verb === "%") return "%";
    if (problem2 !== void 0) return "";
    const arg = args[next++];
    if (arg === void 0) {
      problem2 = failure2(`format has more verbs than arguments ("${whole}")`);
      return "";
    }
    const rendered = formatVerb(verb, arg, precision);
    if (typeof rendered !== "string") {
      problem2 = rendered;
      return "";
    }
    return pad(rendered, flags, Number(width || 0));
  });
  return problem2 ?? checkedString(text2);
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
      const text2 = asString2(arg);
      return typeof text2 === "string" ? JSON.stringify(text2) : text2;
    }
    case "v":
      if (isList(arg) || isObject(arg)) {
        const json = toJson2(arg);
        return json === void 0 ? unknown2("format %v of a value that is not fully known") : JSON.stringify(json);
      }
      return typeof arg === "number" ? formatNumber2(arg) : asString2(arg);
    default:
      return asString2(arg);
  }
}

// src/readers/terraform/eval/functions/index.ts
var FUNCTIONS2 = new Map(
  Object.entries({ ...stringFunctions2, ...collectionFunctions2, ...miscFunctions })
);
function callFunction(name, args) {
  const fn = FUNCTIONS2.get(name);
  if (!fn) return unknown2(`function ${name}() is not evaluated by the scanner`);
  const [min, max] = fn.arity;
  if (args.length < min || args.length > max) {
    const expected2 = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    return failure2(`${name}() takes ${expected2} argument${min === 1 && max === 1 ? "" : "s"}, not ${args.length}`);
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
    const bool3 = asBool(operand);
    return typeof bool3 === "boolean" ? !bool3 : bool3;
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
      const equal = valuesEqual2(left, right);
      return typeof equal === "boolean" ? operator === "==" === equal : equal;
    }
    default:
      return arithmetic3(operator, left, right);
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
function arithmetic3(operator, left, right) {
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
      return b === 0 ? failure2("division by zero") : a / b;
    case "%":
      return b === 0 ? failure2("division by zero") : a % b;
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
function traverseAttribute(target2, name) {
  if (isMissing(target2)) return target2;
  if (isLazy(target2)) return target2.attribute(name);
  if (isObject(target2)) {
    if (target2.entries.has(name)) return target2.entries.get(name);
    if (target2.partial !== void 0) return unknown2(target2.partial);
    return failure2(`this object has no attribute "${name}"`);
  }
  if (target2 === null) return failure2(`cannot read "${name}" from a null value`);
  return failure2(`cannot read "${name}" from ${describeValue2(target2)}`);
}
function traverseIndex(target2, key2) {
  if (isMissing(target2)) return target2;
  if (isMissing(key2)) return key2;
  if (isList(target2)) {
    const index2 = asNumber(key2);
    if (typeof index2 !== "number") return index2;
    if (!Number.isInteger(index2) || index2 < 0 || index2 >= target2.length) {
      return failure2(`index ${formatNumber2(index2)} is out of range for a list of ${target2.length}`);
    }
    return target2[index2];
  }
  const name = asString2(key2);
  if (typeof name !== "string") return name;
  if (isLazy(target2) || isObject(target2)) {
    const found = traverseAttribute(target2, name);
    return isObject(target2) && !target2.entries.has(name) && target2.partial === void 0 ? failure2(`no key "${name}" in this map`) : found;
  }
  if (target2 === null) return failure2(`cannot index a null value with "${name}"`);
  return failure2(`cannot index ${describeValue2(target2)}`);
}

// src/readers/terraform/eval/evaluator.ts
function childScope(parent, names) {
  return { lookup: (name) => names.has(name) ? names.get(name) : parent.lookup(name) };
}
var Evaluator2 = class {
  constructor(budget = new Budget(), tracer = new Tracer()) {
    this.budget = budget;
    this.tracer = tracer;
  }
  budget;
  tracer;
  evaluate(expression, scope) {
    const budget = this.budget;
    if (!budget.step()) return failure2("evaluation budget exhausted (the configuration is too large or too recursive)");
    if (budget.depth >= budget.maxDepth) return failure2("expressions nested too deeply to evaluate");
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
        return scope.lookup(expression.name) ?? failure2(`"${expression.name}" is not defined here`);
      case "getattr":
        return traverseAttribute(this.evaluate(expression.target, scope), expression.name);
      case "index":
        return traverseIndex(this.evaluate(expression.target, scope), this.evaluate(expression.key, scope));
      case "splat":
        return this.splat(this.evaluate(expression.target, scope), expression.each, scope);
      case "for":
        return this.forExpression(expression, scope);
      case "conditional":
        return this.conditional(expression.condition, expression.then, expression.else, scope);
      case "unary":
        return unaryOperation(expression.operator, this.evaluate(expression.operand, scope));
      case "binary":
        return binaryOperation(
          expression.operator,
          this.evaluate(expression.left, scope),
          this.evaluate(expression.right, scope)
        );
      case "call":
        return this.call(expression, scope);
      case "invalid":
        return failure2(expression.reason);
    }
  }
  template(parts, scope) {
    const [only] = parts;
    if (parts.length === 1 && only?.kind === "interpolation") return this.evaluate(only.expression, scope);
    let text2 = "";
    for (const part of parts) {
      const piece = this.templatePart(part, scope);
      if (typeof piece !== "string") return piece;
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
        return asString2(this.evaluate(part.expression, scope));
      case "if": {
        const condition = asBool(this.evaluate(part.condition, scope));
        if (typeof condition !== "boolean") return condition;
        return asString2(this.template(condition ? part.then : part.else, scope));
      }
      case "for": {
        const entries2 = entriesOf(this.evaluate(part.collection, scope));
        if (!Array.isArray(entries2)) return entries2;
        let text2 = "";
        for (const [key2, value] of entries2) {
          const names = /* @__PURE__ */ new Map([[part.valueName, value]]);
          if (part.keyName !== void 0) names.set(part.keyName, key2);
          const piece = asString2(this.template(part.body, childScope(scope, names)));
          if (typeof piece !== "string") return piece;
          text2 += piece;
          if (text2.length > 1e6) return checkedString(text2);
        }
        return text2;
      }
    }
  }
  object(expression, scope) {
    const entries2 = /* @__PURE__ */ new Map();
    const unknownKeyed = [];
    let partial;
    for (const item of expression.items) {
      const key2 = asString2(this.evaluate(item.key, scope));
      if (typeof key2 !== "string" && !isUnknown(key2)) return key2;
      if (typeof key2 !== "string") {
        partial ??= key2.reason;
        unknownKeyed.push(this.evaluate(item.value, scope));
      } else entries2.set(key2, this.evaluate(item.value, scope));
    }
    return partial === void 0 ? objectValue(entries2) : { kind: "object", entries: entries2, partial, unknownKeyed };
  }
  splat(target2, each, scope) {
    if (target2 === null) return [];
    if (isMissing(target2)) return target2;
    const items = isList(target2) ? target2 : [target2];
    return items.map((item) => this.evaluate(each, childScope(scope, /* @__PURE__ */ new Map([[SPLAT_ELEMENT, item]]))));
  }
  forExpression(expression, scope) {
    const entries2 = entriesOf(this.evaluate(expression.collection, scope));
    if (!Array.isArray(entries2)) return entries2;
    const list = [];
    const object = /* @__PURE__ */ new Map();
    for (const [key2, value] of entries2) {
      const names = /* @__PURE__ */ new Map([[expression.valueName, value]]);
      if (expression.keyName !== void 0) names.set(expression.keyName, key2);
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
      const itemKey = asString2(this.evaluate(expression.keyExpression, inner));
      if (typeof itemKey !== "string") return itemKey;
      if (expression.grouping) object.set(itemKey, [...object.get(itemKey) ?? [], item]);
      else if (object.has(itemKey)) return failure2(`duplicate key "${itemKey}" in a for expression (use ... to group)`);
      else object.set(itemKey, item);
      if (object.size > 1e5) return failure2("for expression produced too many keys");
    }
    return expression.keyExpression ? objectValue(object) : list;
  }
  conditional(condition, then, otherwise, scope) {
    const decided = asBool(this.evaluate(condition, scope));
    if (typeof decided === "boolean") return this.evaluate(decided ? then : otherwise, scope);
    if (!isUnknown(decided)) return decided;
    const a = this.evaluate(then, scope);
    const b = this.evaluate(otherwise, scope);
    return valuesEqual2(a, b) === true ? a : decided;
  }
  call(expression, scope) {
    const args = expression.args.map((arg) => this.evaluate(arg, scope));
    if (expression.expandFinal) {
      const last = args.pop();
      const spread = asList(last ?? null);
      if (!isList(spread)) return spread;
      args.push(...spread);
    }
    return callFunction(expression.name, args);
  }
};

// src/readers/terraform/config/tfvars.ts
var isAutoLoaded = (name) => name === "terraform.tfvars" || name === "terraform.tfvars.json" || /\.auto\.tfvars(\.json)?$/.test(name);
var isTfvars = (path) => path.endsWith(".tfvars") || path.endsWith(".tfvars.json");
function autoLoadOrder(names) {
  const rank = (name) => name === "terraform.tfvars" ? 0 : name === "terraform.tfvars.json" ? 1 : 2;
  return [...names].filter(isAutoLoaded).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
async function readTfvars(path, files, workspace) {
  const values = /* @__PURE__ */ new Map();
  if (path.endsWith(".json")) {
    const text2 = workspace.readText(path);
    if (!text2.ok) return values;
    const document = parseJsonDocument2(text2.text);
    if (document.error || document.root?.type !== "object") return values;
    for (const property of document.root.children ?? []) {
      const [key2, value] = property.children ?? [];
      if (typeof key2?.value !== "string") continue;
      values.set(key2.value, { value: jsonValue(value), location: { file: path, ...document.position(key2.offset) } });
    }
    return values;
  }
  const parsed = await files.parse(path);
  if (!parsed.ok || parsed.hcl.error) return values;
  const evaluator = new Evaluator2();
  for (const attribute of parsed.hcl.body.attributes.values()) {
    values.set(attribute.name, {
      value: evaluator.evaluate(attribute.expression, { lookup: () => void 0 }),
      location: locationOf3(path, attribute.pos)
    });
  }
  return values;
}

// src/readers/terraform/config/units.ts
var SOURCE = /\bsource\s*=\s*"([^"\r\n]*)"/g;
function terraformUnits(files, workspace) {
  const sets = new DisjointSets();
  const claimedTf = /* @__PURE__ */ new Map();
  for (const file of files) {
    const folder = folderOf4(file.path);
    sets.add(folder);
    if (file.path.endsWith(".tf")) claimedTf.set(folder, [...claimedTf.get(folder) ?? [], file.path]);
  }
  const queue = [...claimedTf.keys()];
  const visited = new Set(queue);
  while (queue.length > 0) {
    const folder = queue.shift();
    for (const path of claimedTf.get(folder) ?? directTfFiles(workspace, folder)) {
      const text2 = workspace.readText(path);
      if (!text2.ok) continue;
      for (const match2 of text2.text.matchAll(SOURCE)) {
        const source = match2[1];
        if (!isLocalSource(source)) continue;
        const resolved = workspace.resolveFrom(path, source);
        if (resolved === void 0) continue;
        const target2 = resolved === "" ? "." : resolved.replace(/\/+$/, "");
        sets.add(target2);
        sets.union(folder, target2);
        if (!visited.has(target2)) {
          visited.add(target2);
          queue.push(target2);
        }
      }
    }
  }
  return inOrder(files, (folder) => sets.find(folder));
}
function directTfFiles(workspace, folder) {
  return filesIn(workspace, folder).map((file) => file.path).filter((path) => path.endsWith(".tf"));
}
function inOrder(files, find) {
  const folders = [...new Set(files.map((file) => folderOf4(file.path)))].sort();
  const folderRank = new Map(folders.map((folder, rank) => [folder, rank]));
  const groups = /* @__PURE__ */ new Map();
  files.forEach((file, index2) => {
    const folder = folderOf4(file.path);
    const rank = folderRank.get(folder);
    const key2 = find(folder);
    const group = groups.get(key2);
    if (group === void 0) {
      groups.set(key2, { members: [index2], folderFirst: rank, folderLast: rank, listingFirst: index2, listingLast: index2 });
      return;
    }
    group.members.push(index2);
    group.folderFirst = Math.min(group.folderFirst, rank);
    group.folderLast = Math.max(group.folderLast, rank);
    group.listingLast = index2;
  });
  const sorted = [...groups.values()].sort((a, b) => a.folderFirst - b.folderFirst);
  const merged = [];
  for (const group of sorted) {
    let current = group;
    for (let top = merged.at(-1); top !== void 0; top = merged.at(-1)) {
      if (top.folderLast < current.folderFirst && top.listingLast < current.listingFirst) break;
      merged.pop();
      current = join2(top, current);
    }
    merged.push(current);
  }
  return merged.map((group) => ({ files: group.members.sort((a, b) => a - b).map((index2) => files[index2]) }));
}
function join2(a, b) {
  return {
    members: [...a.members, ...b.members],
    folderFirst: Math.min(a.folderFirst, b.folderFirst),
    folderLast: Math.max(a.folderLast, b.folderLast),
    listingFirst: Math.min(a.listingFirst, b.listingFirst),
    listingLast: Math.max(a.listingLast, b.listingLast)
  };
}

// src/readers/terraform/plan-folder.ts
var terraformPlanProbe = {
  candidate: (path) => path.endsWith(".json"),
  test: isPlanHead
};
var hasPlan = (workspace, folder) => folderHolds(workspace, folder, terraformPlanProbe);

// src/readers/terraform/runtime/provenance.ts
function isConstant(expression, depth = 0) {
  if (depth > 32) return false;
  switch (expression.kind) {
    case "literal":
      return true;
    case "template":
      return expression.parts.every((part) => part.kind === "text");
    case "tuple":
      return expression.items.every((item) => isConstant(item, depth + 1));
    case "object":
      return expression.items.every((item) => isConstant(item.key, depth + 1) && isConstant(item.value, depth + 1));
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
var ORIGIN_OF_HOP = {
  default: "default",
  tfvars: "parameter-file",
  "module-input": "variable",
  local: "variable",
  "unset-variable": "unresolved"
};
function traced(expression, value, location, hops) {
  if (isConstant(expression)) return { value, location, origin: "literal", via: [] };
  const via = uniqueLocations(hops, location);
  const reference2 = referenceOf(expression);
  const isVariable = reference2?.root === "var" || reference2?.root === "local";
  const hop = isVariable ? hops.find((hop2) => hop2.name === reference2?.name && hop2.kind === "local" === (reference2.root === "local")) : void 0;
  if (hop) return { value, location, origin: ORIGIN_OF_HOP[hop.kind], detail: hop.name, via };
  return { value, location, origin: "expression", via };
}
function uniqueLocations(hops, exclude) {
  const result = [];
  for (const { location } of hops) {
    if (samePlace2(location, exclude) || result.some((kept) => samePlace2(kept, location))) continue;
    result.push(location);
    if (result.length === 8) break;
  }
  return result;
}
var samePlace2 = (a, b) => a.line === b.line && a.column === b.column && a.file === b.file;
function toSourced(traced2, convert2) {
  const base2 = { location: traced2.location, ...traced2.via.length > 0 ? { via: traced2.via } : {} };
  const detail = traced2.detail === void 0 ? {} : { detail: keptText(traced2.detail) };
  const value = traced2.value;
  if (isMissing(value) || isLazy(value)) {
    const reason = isLazy(value) ? `${value.description} is not a value` : value.reason;
    const prefix = isUnknown(value) || isLazy(value) ? "" : "invalid expression: ";
    const allowed = isUnknown(value) ? scalars3(value.allowed) : void 0;
    return { value: void 0, origin: "unresolved", reason: keptText(prefix + reason), ...detail, ...base2, ...allowed && { allowed } };
  }
  const converted = convert2(value);
  if ("reason" in converted) return { value: void 0, origin: "unresolved", reason: keptText(converted.reason), ...detail, ...base2 };
  return { value: converted.value, origin: traced2.origin, ...detail, ...base2 };
}
function scalars3(values) {
  if (values === void 0 || values.length === 0) return void 0;
  const kept = values.filter((value) => ["string", "number", "boolean"].includes(typeof value));
  return kept.length === values.length ? kept : void 0;
}

// src/readers/terraform/runtime/expansion.ts
var MAX_INSTANCES2 = 1e3;
var ALWAYS = (block2, file) => ({
  value: true,
  origin: "provider-default",
  location: locationOf3(file, block2.pos)
});
function expand(block2, file, scope, evaluator, budget) {
  const count = block2.body.attributes.get("count");
  const forEach = block2.body.attributes.get("for_each");
  const meta = count ?? forEach;
  if (!meta) return { instances: [{ key: void 0, names: /* @__PURE__ */ new Map(), deployed: ALWAYS(block2, file) }], collect: ([v]) => v ?? null };
  const { result, hops } = evaluator.tracer.capture(() => evaluator.evaluate(meta.expression, scope));
  const trace = traced(meta.expression, result, locationOf3(file, meta.pos), hops);
  const undecided = (reason, value) => ({
    instances: [
      {
        key: void 0,
        names: count ? /* @__PURE__ */ new Map([["count", objectFrom({ index: unknown2(reason) })]]) : eachNames(unknown2(reason), unknown2(reason)),
        deployed: toSourced({ ...trace, value }, () => ({ reason }))
      }
    ],
    collect: () => unknown2(reason)
  });
  const none = (collection) => {
    const nothing = unknown2(count ? "count is 0: there is no instance" : "for_each is empty: there is no instance");
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
    if (exceeded2 !== void 0) return { instances: [], collect: () => unknown2(exceeded2), exceeded: exceeded2 };
    const instances2 = Array.from({ length: result }, (_, index2) => ({
      key: index2,
      names: /* @__PURE__ */ new Map([["count", objectFrom({ index: index2 })]]),
      deployed: toSourced({ ...trace, value: true }, () => ({ value: true }))
    }));
    return { instances: instances2, collect: (values) => [...values] };
  }
  const entries2 = forEachEntries(result);
  if (typeof entries2 === "string") return undecided(entries2, unknown2(entries2));
  if (entries2.length === 0) return none(objectValue(/* @__PURE__ */ new Map()));
  const exceeded = overBudget(entries2.length, budget);
  if (exceeded !== void 0) return { instances: [], collect: () => unknown2(exceeded), exceeded };
  const instances = entries2.map(([key2, value, unknownKey]) => ({
    key: key2,
    names: eachNames(unknownKey ?? key2, value),
    deployed: toSourced({ ...trace, value: true }, () => ({ value: true }))
  }));
  const partial = isObject(result) ? result.partial : void 0;
  return {
    instances,
    collect: (values) => {
      const known3 = instances.flatMap((instance, i) => entries2[i]?.[2] === void 0 ? [[instance.key, values[i] ?? null]] : []);
      return objectValue(new Map(known3), partial);
    }
  };
}
function overBudget(own, budget) {
  const factors = [...budget.factors, own];
  const total = factors.reduce((product, factor) => product * factor, 1);
  return total > budget.limits.instances ? instanceBudgetMessage(budget.what, total, factors, budget.limits) : void 0;
}
var eachNames = (key2, value) => /* @__PURE__ */ new Map([["each", objectFrom({ key: key2, value })]]);
function forEachEntries(value) {
  if (isObject(value)) {
    const unknownKeyed = value.unknownKeyed ?? [];
    if (value.partial !== void 0 && unknownKeyed.length === 0) return value.partial;
    const known3 = [...value.entries.keys()].sort(compareKeys).map((key2) => [key2, value.entries.get(key2)]);
    const reason = value.partial ?? "";
    const unknownEntries = unknownKeyed.map((item, i) => [i === 0 ? "?" : `?${i + 1}`, item, unknown2(reason)]);
    return [...known3, ...unknownEntries];
  }
  if (isList(value)) {
    const keys = /* @__PURE__ */ new Set();
    for (const item of value) {
      if (isMissing(item)) return item.reason;
      if (typeof item !== "string" && typeof item !== "number") return "for_each needs a map or a set of strings";
      keys.add(typeof item === "number" ? formatNumber2(item) : item);
    }
    return [...keys].sort(compareKeys).map((key2) => [key2, key2]);
  }
  return "for_each needs a map or a set of strings";
}
var keySuffix = (key2) => key2 === void 0 ? "" : typeof key2 === "number" ? `[${key2}]` : `[${JSON.stringify(key2)}]`;

// src/readers/terraform/runtime/hcl-view.ts
var MAX_BLOCK_DEPTH = 16;
var HclView = class {
  constructor(body, scope, file, pos, evaluator) {
    this.body = body;
    this.scope = scope;
    this.file = file;
    this.evaluator = evaluator;
    this.location = locationOf3(file, pos);
  }
  body;
  scope;
  file;
  evaluator;
  location;
  /** Attribute evaluations by scope: a path into a large `body` must not evaluate it again. */
  evaluated = /* @__PURE__ */ new WeakMap();
  get(path) {
    let body = this.body;
    let scope = this.scope;
    let location = this.location;
    for (let i = 0; i < path.length; i++) {
      const name = path[i];
      const blocks = this.blocks(body, scope, name);
      if ("reason" in blocks) return unresolved(this.at(blocks.pos), blocks.reason);
      const [first] = blocks.found;
      if (first) {
        if (i === path.length - 1) return this.blockList(blocks.found);
        body = first.body;
        scope = first.scope;
        location = this.at(first.pos);
        continue;
      }
      if (blocks.empty) return absent(this.at(blocks.empty));
      const attribute = body.attributes.get(name);
      if (!attribute) return absent(location);
      return this.attribute(attribute.expression, attribute.pos, scope, path.slice(i + 1));
    }
    return absent(location);
  }
  at(pos) {
    return locationOf3(this.file, pos);
  }
  attribute(expression, pos, scope, keys) {
    const { result, hops } = this.capture(expression, scope);
    let value = result;
    let located = expression;
    let tracking = true;
    let location = this.at(pos);
    for (const key2 of keys) {
      if (value === void 0 || value === null || isMissing(value)) break;
      value = descendValue(value, key2);
      const inner = tracking ? subExpression(located, key2) : void 0;
      tracking = inner !== void 0;
      if (inner) {
        located = inner;
        location = this.at(inner.pos);
      }
    }
    if (value === void 0 || value === null) return absent(location);
    return toSourced(traced(located, value, location, hops), (found) => ({ value: found }));
  }
  capture(expression, scope) {
    let byExpression = this.evaluated.get(scope);
    if (!byExpression) {
      byExpression = /* @__PURE__ */ new Map();
      this.evaluated.set(scope, byExpression);
    }
    let captured = byExpression.get(expression);
    if (!captured) {
      captured = this.evaluator.tracer.capture(() => this.evaluator.evaluate(expression, scope));
      byExpression.set(expression, captured);
    }
    return captured;
  }
  blockList(blocks) {
    const value = blocks.map((block2) => this.blockValue(block2, 0));
    const pos = blocks[0].pos;
    return { value, origin: blocks.some((block2) => block2.dynamic) ? "expression" : "literal", location: this.at(pos) };
  }
  /** A block as an object value: its attributes and its nested blocks (as lists). */
  blockValue(block2, depth) {
    const entries2 = /* @__PURE__ */ new Map();
    for (const [name, attribute] of block2.body.attributes) {
      entries2.set(name, this.evaluator.evaluate(attribute.expression, block2.scope));
    }
    if (depth < MAX_BLOCK_DEPTH) {
      for (const nested of new Set(block2.body.blocks.map((b) => b.type === "dynamic" ? b.labels[0] : b.type))) {
        if (nested === void 0) continue;
        const found = this.blocks(block2.body, block2.scope, nested);
        if ("found" in found) entries2.set(nested, found.found.map((inner) => this.blockValue(inner, depth + 1)));
      }
    }
    return objectValue(entries2);
  }
  /** Static blocks of a type, or the blocks a `dynamic "type"` generates. */
  blocks(body, scope, type) {
    const found = [];
    let empty;
    for (const block2 of body.blocks) {
      if (block2.type === type) {
        found.push({ body: block2.body, scope, pos: block2.pos, dynamic: false });
        continue;
      }
      if (block2.type !== "dynamic" || block2.labels[0] !== type) continue;
      const forEach = block2.body.attributes.get("for_each");
      const content = block2.body.blocks.find((inner) => inner.type === "content");
      if (!forEach || !content) continue;
      const entries2 = entriesOf(this.evaluator.evaluate(forEach.expression, scope));
      if (!Array.isArray(entries2)) return { reason: `dynamic "${type}" blocks: ${entries2.reason}`, pos: block2.pos };
      if (entries2.length === 0) empty ??= block2.pos;
      const iterator = block2.body.attributes.get("iterator")?.expression;
      const name = iterator?.kind === "variable" ? iterator.name : type;
      for (const [key2, value] of entries2.slice(0, MAX_INSTANCES2)) {
        const inner = childScope(scope, /* @__PURE__ */ new Map([[name, objectFrom({ key: key2, value })]]));
        found.push({ body: content.body, scope: inner, pos: block2.pos, dynamic: true });
      }
    }
    return empty && found.length === 0 ? { found, empty } : { found };
  }
};
function subExpression(expression, key2, depth = 0) {
  if (depth > 16) return void 0;
  if (expression.kind === "object") {
    for (let i = expression.items.length - 1; i >= 0; i--) {
      const item = expression.items[i];
      if (item?.key.kind === "literal" && item.key.value === key2) return item.value;
    }
    return void 0;
  }
  if (expression.kind === "call" && (expression.name === "merge" || expression.name === "jsonencode")) {
    for (let i = expression.args.length - 1; i >= 0; i--) {
      const found = subExpression(expression.args[i], key2, depth + 1);
      if (found) return found;
    }
  }
  return void 0;
}

// src/readers/terraform/runtime/unread-module.ts
var META_ARGUMENTS = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
var MAX_INPUTS3 = 500;
var MAX_DEPTH4 = 6;
function unreadModuleVm2(parent, call3, skipped) {
  const evaluator = parent.session.evaluator;
  const budget = { factors: parent.factors, limits: parent.session.limits, what: `module.${call3.name}` };
  const expansion = expand(call3.block, call3.file, parent.scope, evaluator, budget);
  const inputs = [];
  for (const instance of expansion.instances) {
    const scope = childScope(parent.scope, instance.names);
    for (const [name, attribute] of call3.block.body.attributes) {
      if (META_ARGUMENTS.has(name)) continue;
      collect3(name, evaluator.evaluate(attribute.expression, scope), locationOf3(call3.file, attribute.pos), inputs, 0);
    }
  }
  const signals = hotpatchSignals(inputs);
  if (signals === void 0) return void 0;
  const at2 = locationOf3(call3.file, call3.block.pos);
  const address = `${parent.address === "" ? "" : `${parent.address}.`}module.${call3.name}`;
  const [first] = expansion.instances;
  return unreadCallAsVm(
    {
      format: "terraform",
      displayName: address,
      symbol: parent.session.symbol(address),
      at: at2,
      why: skipped,
      judge: "scan its plan instead (terraform show -json beside the configuration), or exempt the call",
      unit: deploymentUnit("terraform-root", `terraform:${parent.session.rootFolder}`, at2, parent.address),
      scope: azureScope(void 0, at2),
      deployed: first === void 0 ? { value: false, origin: "expression", location: at2 } : first.deployed,
      // One root evaluated per var file: the call is reported once per variant, as its resources would be.
      variant: [parent.session.varFile?.name, parent.keys].filter((part) => part !== void 0 && part !== "").join(" ")
    },
    signals
  );
}
function collect3(path, value, at2, into, depth) {
  if (into.length >= MAX_INPUTS3 || depth > MAX_DEPTH4) return;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    into.push({ path, value, at: at2 });
  } else if (isList(value)) {
    value.forEach((item, index2) => collect3(`${path}[${index2}]`, item, at2, into, depth + 1));
  } else if (isObject(value)) {
    for (const [key2, item] of value.entries) collect3(`${path}.${key2}`, item, at2, into, depth + 1);
  }
}

// src/readers/terraform/runtime/collect.ts
function collectResources3(root) {
  const resources = [];
  const visit2 = (module) => {
    for (const [key2, declaration] of module.config.resources) {
      if (declaration.mode !== "managed" || !isModelledType(declaration.type)) continue;
      const set = module.resourceSet(key2);
      if (!set) continue;
      if (set.note) {
        const { line: line2, column } = declaration.block.pos;
        module.session.notice(declaration.file, line2, column, `${declaration.type}.${declaration.name}: ${set.note}`);
      }
      for (const instance of set.instances) {
        const resource = modelInstance(instance);
        if (resource) resources.push(resource);
      }
    }
    for (const [name, call3] of module.config.moduleCalls) {
      const set = module.moduleCall(name);
      if (set.skipped !== void 0) {
        const { line: line2, column } = call3.block.pos;
        module.session.notice(call3.file, line2, column, `${set.skipped}; the resources it declares are not checked`);
        const standIn = unreadModuleVm2(module, call3, set.skipped);
        if (standIn) resources.push(standIn);
      }
      for (const child2 of set.instances) visit2(child2);
    }
  };
  visit2(root);
  return resources;
}
function modelInstance(instance) {
  const { declaration, module } = instance;
  const view = new HclView(declaration.block.body, instance.scope, declaration.file, declaration.block.pos, module.session.evaluator);
  const modelled = modelledArmType(declaration.type, view);
  if (!modelled) return void 0;
  const frame = frameOf2(instance, view, modelled.armType);
  return buildResource(declaration.type, modelled, view, frame, (id) => module.session.symbolOfId(id));
}
function frameOf2(instance, view, armType) {
  const { declaration, module } = instance;
  const name = text(view.get(["name"])).value;
  const groupValue = declaration.type === AZAPI_RESOURCE ? parentGroup(text(view.get(["parent_id"]))) : text(view.get(["resource_group_name"]));
  const group = groupValue.value;
  const declaredAt = locationOf3(declaration.file, declaration.block.pos);
  const [outermost] = module.callSites;
  const reportAt = outermost ? locationOf3(outermost.file, outermost.block.pos) : declaredAt;
  const related = module.callSites.map((site) => ({ file: site.file, startLine: site.block.pos.line, role: "module" }));
  if (outermost) related.push({ file: declaration.file, startLine: declaration.block.pos.line, role: "declaration" });
  related.push(...module.session.relatedFiles());
  const variant = [module.session.varFile?.name, module.keys + keySuffix(instance.key)].filter((part) => part !== void 0 && part !== "");
  const rootAt = { file: declaredAt.file, line: 1, column: 1 };
  return {
    format: "terraform",
    unit: deploymentUnit("terraform-root", `terraform:${module.session.rootFolder}`, outermost ? reportAt : rootAt, module.address),
    scope: azureScope(groupValue, reportAt),
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
function parentGroup(parent) {
  if (parent.value === void 0) return parent;
  const group = resourceGroupOfId(parent.value);
  return group === void 0 ? { value: void 0, origin: "absent", location: parent.location } : { ...parent, value: group };
}
function deployedOf(module, own) {
  if (!module || module.value === true) return own;
  return module;
}

// src/readers/terraform/runtime/memo.ts
function memoizedMemo(memos, key2, shown, evaluator, compute) {
  const known3 = memos.get(key2);
  if (known3 === PENDING) return failure2(`${shown} refers to itself`);
  if (known3) {
    evaluator.tracer.recordAll(known3.hops);
    return known3.value;
  }
  memos.set(key2, PENDING);
  const memo = compute();
  memos.set(key2, memo);
  evaluator.tracer.recordAll(memo.hops);
  return memo.value;
}
function memoized(memos, key2, shown, evaluator, evaluate3, hop) {
  return memoizedMemo(memos, key2, shown, evaluator, () => {
    const { result, hops } = evaluator.tracer.capture(evaluate3);
    return { value: result, hops: hop ? [hop, ...hops] : hops };
  });
}

// src/readers/terraform/runtime/module-calls.ts
import { posix } from "node:path";
var MAX_MODULE_DEPTH2 = 12;
var META_ARGUMENTS2 = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
function expandModuleCall(parent, name) {
  const call3 = parent.config.moduleCalls.get(name);
  if (!call3) return { instances: [], value: failure2(`module "${name}" is not declared in ${parent.config.folder}`) };
  const session = parent.session;
  if (call3.source !== void 0 && isLocalSource(call3.source) && parent.callSites.length >= MAX_MODULE_DEPTH2) {
    const message = `module.${name} is nested more than ${MAX_MODULE_DEPTH2} module calls deep; it is not evaluated`;
    session.notEvaluated(call3.file, call3.block.pos, message);
    return { instances: [], value: unknown2(message) };
  }
  const resolved = call3.source === void 0 ? void 0 : session.moduleFolders.get(moduleFolderKey(parent.config.folder, call3.source));
  if (resolved !== void 0 && !session.configs.has(resolved)) {
    const message = `module.${name} is past the ${MAX_TREE_FOLDERS} module folders one root module may load; it is not evaluated`;
    session.notEvaluated(call3.file, call3.block.pos, message);
    return { instances: [], value: unknown2(message) };
  }
  const folder = moduleFolder(parent, call3);
  if (typeof folder !== "object") {
    const unread = unreadSource(parent, call3) === void 0 ? {} : { skipped: folder };
    return { instances: [], value: unknown2(folder), ...unread };
  }
  const evaluator = session.evaluator;
  const budget = { factors: parent.factors, limits: session.limits, what: `module.${name}` };
  const expansion = expand(call3.block, call3.file, parent.scope, evaluator, budget);
  if (expansion.exceeded !== void 0) session.notEvaluated(call3.file, call3.block.pos, expansion.exceeded);
  const factors = hasCondition(call3) ? [...parent.factors, expansion.instances.length] : parent.factors;
  const prefix = parent.address === "" ? "" : `${parent.address}.`;
  const instances = expansion.instances.map((expanded) => {
    const scope = childScope(parent.scope, expanded.names);
    const inputs = (variable2) => {
      const attribute = META_ARGUMENTS2.has(variable2) ? void 0 : call3.block.body.attributes.get(variable2);
      if (!attribute) return void 0;
      return {
        hop: { kind: "module-input", name: variable2, location: locationOf3(call3.file, attribute.pos) },
        evaluate: () => evaluator.evaluate(attribute.expression, scope)
      };
    };
    return new ModuleInstance2(
      session,
      folder.config,
      `${prefix}module.${name}${keySuffix(expanded.key)}`,
      inputs,
      [...parent.callSites, { file: call3.file, block: call3.block }],
      hasCondition(call3) ? combineDeployed(parent.deployed, expanded.deployed) : parent.deployed,
      parent.keys + keySuffix(expanded.key),
      factors
    );
  });
  const value = expansion.collect(instances.map(outputsOf));
  return { instances, value, ...expansion.note ? { note: expansion.note } : {} };
}
var hasCondition = (call3) => call3.block.body.attributes.has("count") || call3.block.body.attributes.has("for_each");
function moduleFolder(parent, call3) {
  const unread = unreadSource(parent, call3);
  if (unread !== void 0) return unread;
  const session = parent.session;
  const folder = session.moduleFolders.get(moduleFolderKey(parent.config.folder, call3.source ?? ""));
  const config = session.configs.get(folder);
  if (parent.callSites.length >= MAX_MODULE_DEPTH2) return `module "${call3.name}" is nested too deeply to evaluate`;
  if (folder === parent.config.folder || ancestors(parent).includes(folder)) {
    return `module "${call3.name}" calls a module that is already being evaluated (a cycle)`;
  }
  return { config };
}
function unreadSource(parent, call3) {
  const source = call3.source;
  if (source === void 0) return `module "${call3.name}" has no literal source`;
  if (!isLocalSource(source)) {
    return `module "${call3.name}" comes from "${source}" (a registry or remote module), which the scanner does not read`;
  }
  if (leadsOutside(folderOf4(call3.file), source)) return `module "${call3.name}": source '${source}' leads outside the scanned folder`;
  const session = parent.session;
  const folder = session.moduleFolders.get(moduleFolderKey(parent.config.folder, source));
  if (folder === void 0 || !session.configs.get(folder)) {
    return `module "${call3.name}": "${source}" is not a folder with .tf files inside the scanned repository`;
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
  return [instance.session.rootFolder, ...instance.callSites.map((site) => folderOf4(site.file))];
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
      if (!output) return failure2(`${instance.address} has no output "${name}"`);
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
  const expansion = expand(declaration.block, declaration.file, module.scope, evaluator, budget);
  if (expansion.exceeded !== void 0) module.session.notEvaluated(declaration.file, declaration.block.pos, expansion.exceeded);
  const instances = expansion.instances.map((expanded) => {
    const address = `${prefix}${local}${keySuffix(expanded.key)}`;
    return createInstance(module, declaration, expanded.key, address, childScope(module.scope, expanded.names), expanded.deployed);
  });
  const value = expansion.collect(instances.map((instance) => instance.reference));
  return { instances, value, ...expansion.note ? { note: expansion.note } : {} };
}
function createInstance(module, declaration, key2, address, scope, deployed3) {
  const memo = /* @__PURE__ */ new Map();
  const session = module.session;
  const symbol = session.symbol(address);
  const attributes = declaration.block.body.attributes;
  const instance = {
    declaration,
    module,
    key: key2,
    address,
    symbol,
    scope,
    deployed: deployed3,
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
        if (name === "id") return syntheticId(instance);
        if (attributes.has(name)) return instance.attribute(name);
        return unknown2(
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
  let id;
  if (type === RESOURCE_GROUP_TYPE) {
    id = `/subscriptions/{subscription}/resourceGroups/${name}`;
  } else if (type === AZAPI_RESOURCE) {
    const armType = instance.attribute("type");
    if (typeof armType !== "string") return unknown2(`${instance.address}.id: its type is not known`);
    const bare = withoutApiVersion(armType);
    id = bare.toLowerCase() === "microsoft.resources/resourcegroups" ? `/subscriptions/{subscription}/resourceGroups/${name}` : `${text2("parent_id", "{parent}")}/providers/${bare}/${name}`;
  } else {
    const armType = AZURERM_ARM_TYPES.get(type);
    if (!armType) return unknown2(`${instance.address}.id is known only after apply`);
    id = `/subscriptions/{subscription}/resourceGroups/${text2("resource_group_name", "{resourceGroup}")}/providers/${armType}/${name}`;
  }
  if (instance.declaration.mode === "managed") instance.module.session.registerId(id, instance.symbol);
  return id;
}

// src/readers/terraform/runtime/module-instance.ts
var EMPTY_SCOPE = { lookup: () => void 0 };
var RESOURCE_TYPE_NAME = /^[a-z][a-z0-9]*_[a-z0-9_]+$/;
var ModuleInstance2 = class {
  constructor(session, config, address, inputs, callSites, deployed3, keys = "", factors = []) {
    this.session = session;
    this.config = config;
    this.address = address;
    this.inputs = inputs;
    this.callSites = callSites;
    this.deployed = deployed3;
    this.keys = keys;
    this.factors = factors;
    const named = (description, attribute) => ({ kind: "lazy", description, attribute });
    const roots = /* @__PURE__ */ new Map([
      ["var", named("var", (name) => this.variable(name))],
      ["local", named("local", (name) => this.local(name))],
      ["module", named("module", (name) => this.moduleCall(name).value)],
      ["data", named("data", (type) => named(`data.${type}`, (name) => this.resource(`data.${type}.${name}`)))],
      ["path", objectFrom({ module: config.folder, root: session.rootFolder, cwd: session.rootFolder })],
      // Terraform plans in the `default` workspace unless another is selected (issue 9 item 3): a map keyed by
      // the workspace is a map of known VMs, not one unknown resource.
      ["terraform", objectFrom({ workspace: "default" })],
      ["self", unknown2("self is only known when Terraform runs")]
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
  scope;
  variables = /* @__PURE__ */ new Map();
  locals = /* @__PURE__ */ new Map();
  resources = /* @__PURE__ */ new Map();
  modules = /* @__PURE__ */ new Map();
  variable(name) {
    return memoizedMemo(this.variables, name, `var.${name}`, this.session.evaluator, () => this.computeVariable(name));
  }
  local(name) {
    const declared = this.config.locals.get(name);
    if (!declared) return failure2(`local.${name} is not declared in ${this.config.folder}`);
    const evaluator = this.session.evaluator;
    const hop = { kind: "local", name, location: locationOf3(declared.file, declared.item.pos) };
    return memoized(this.locals, name, `local.${name}`, evaluator, () => evaluator.evaluate(declared.item.expression, this.scope), hop);
  }
  /** The instances of a resource or data source (`type.name` / `data.type.name`). */
  resourceSet(key2) {
    const declaration = this.config.resources.get(key2);
    if (!declaration) return void 0;
    let set = this.resources.get(key2);
    if (!set) {
      set = expandResource(this, declaration);
      this.resources.set(key2, set);
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
  resource(key2) {
    return this.resourceSet(key2)?.value ?? failure2(`${key2} is not declared in ${this.config.folder}`);
  }
  computeVariable(name) {
    const declaration = this.config.variables.get(name);
    if (!declaration) return { value: failure2(`variable "${name}" is not declared in ${this.config.folder}`), hops: [] };
    const evaluator = this.session.evaluator;
    const input = this.inputs(name);
    let captured = input ? evaluator.tracer.capture(() => input.evaluate()) : void 0;
    let hop = input?.hop;
    if (!captured || captured.result === null && !declaration.nullable) {
      const fallback = declaration.defaultValue;
      if (fallback) {
        captured = evaluator.tracer.capture(() => evaluator.evaluate(fallback.expression, EMPTY_SCOPE));
        hop = { kind: "default", name, location: locationOf3(declaration.file, fallback.pos) };
      } else if (!captured) {
        const where = this.address === "" ? "no default and no tfvars value: it is set when Terraform runs" : "the module call does not set it";
        const allowed = allowedValues(declaration, evaluator);
        const result = unknown2(`variable "${name}" has ${where}`);
        captured = { result: allowed === void 0 ? result : { ...result, allowed }, hops: [] };
        hop = { kind: "unset-variable", name, location: locationOf3(declaration.file, declaration.block.pos) };
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
  for (const block2 of declaration.block.body.blocks) {
    const condition = block2.type === "validation" ? block2.body.attributes.get("condition")?.expression : void 0;
    if (condition?.kind !== "call" || condition.name !== "contains" || condition.args.length !== 2) continue;
    const [list, subject] = condition.args;
    const names = subject?.kind === "getattr" && subject.target.kind === "variable" && subject.target.name === "var" && subject.name === declaration.name;
    if (!names || list === void 0) continue;
    const values = evaluator.evaluate(list, EMPTY_SCOPE);
    if (isList(values) && values.every((value) => typeof value === "string" || typeof value === "number" || typeof value === "boolean")) return values;
  }
  return void 0;
}

// src/readers/terraform/runtime/session.ts
var Session = class {
  constructor(rootFolder, varFile, configs, moduleFolders, limits = DEFAULT_LIMITS) {
    this.rootFolder = rootFolder;
    this.varFile = varFile;
    this.configs = configs;
    this.moduleFolders = moduleFolders;
    this.limits = limits;
    this.evaluator = new Evaluator2(new Budget(limits.steps));
  }
  rootFolder;
  varFile;
  configs;
  moduleFolders;
  limits;
  evaluator;
  notices = [];
  /** Declarations the budgets left unevaluated (one error each, whatever the module instances that met it). */
  unevaluated = [];
  ids = /* @__PURE__ */ new Map();
  /** A declaration the instance budget left unevaluated: a located not-evaluated error, once. */
  notEvaluated(file, at2, message) {
    const { line: line2, column } = at2;
    if (this.unevaluated.some((error) => error.file === file && error.line === line2 && error.message === message)) return;
    this.unevaluated.push({ file, line: line2, column, message, severity: "error", kind: "not-evaluated" });
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
  /** Related locations every resource of this evaluation carries (the var file). */
  relatedFiles() {
    return this.varFile ? [{ file: this.varFile.path, startLine: 1, role: "parameter-file" }] : [];
  }
  notice(file, line2, column, message) {
    const seen = this.notices.some((notice2) => notice2.file === file && notice2.line === line2 && notice2.message === message);
    if (!seen && this.notices.length < 100) this.notices.push({ file, line: line2, column, message, severity: "notice" });
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
    limits
  );
  const inputs = (variable2) => {
    for (let i = layers.length - 1; i >= 0; i--) {
      const found = layers[i]?.get(variable2);
      if (found) return { hop: { kind: "tfvars", name: variable2, location: found.location }, evaluate: () => found.value };
    }
    return void 0;
  };
  const root = new ModuleInstance2(session, config, "", inputs, [], void 0);
  const resources = collectResources3(root);
  const errors = [...session.unevaluated];
  if (session.evaluator.budget.exhausted) {
    const file = files.tfFiles(folder)[0] ?? folder;
    const unit = `the Terraform root module ${folder}${name === void 0 ? "" : ` with ${name}`}`;
    errors.push({ file, line: 1, column: 1, message: stepBudgetMessage(unit, limits), severity: "error", kind: "not-evaluated" });
  }
  return { resources, notices: [...session.notices, ...errors] };
}

// src/readers/terraform/terraform-reader.ts
var terraformReader = {
  format: "terraform",
  claims: (file) => file.path.endsWith(".tf") || isTfvars(file.path),
  units: terraformUnits,
  read: (files, workspace, limits) => readTerraform(files, workspace, limits)
};
async function readTerraform(claimed, workspace, limits) {
  const files = hclFilesOf(workspace);
  const paths = claimed.map((file) => file.path);
  files.register(paths);
  const tfFolders = [...new Set(paths.filter((path) => path.endsWith(".tf")).map(folderOf4))].sort();
  for (const path of paths) if (!path.endsWith(".json")) await files.parse(path);
  const jsonErrors = paths.filter((path) => path.endsWith(".json")).flatMap((path) => jsonTfvarsErrors(workspace, path));
  const resources = [];
  const notices = [];
  const tfvarsByFolder = /* @__PURE__ */ new Map();
  for (const path of paths.filter(isTfvars)) tfvarsByFolder.set(folderOf4(path), [...tfvarsByFolder.get(folderOf4(path)) ?? [], path]);
  for (const folder of await rootFolders(files, tfFolders)) {
    if (hasPlan(workspace, folder)) continue;
    const tfvars = tfvarsByFolder.get(folder) ?? [];
    const autoLoaded = autoLoadOrder(tfvars.map(baseName)).map((name) => joinPath2(folder, name));
    const varFiles = tfvars.filter((path) => !isAutoLoaded(baseName(path)));
    for (const varFile of varFiles.length > 0 ? varFiles : [void 0]) {
      try {
        const evaluation = await evaluateRoot(files, folder, autoLoaded, varFile, limits);
        for (const resource of evaluation.resources) resources.push(resource);
        for (const notice2 of evaluation.notices) {
          const seen = notices.some((n) => n.file === notice2.file && n.line === notice2.line && n.message === notice2.message);
          if (!seen) notices.push(notice2);
        }
      } catch (error) {
        const file = files.tfFiles(folder)[0] ?? folder;
        notices.push({ file, line: 1, column: 1, message: `internal error evaluating ${folder}: ${getErrorMessage(error)}`, severity: "error" });
      }
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
  const error = parseJsonDocument2(text2.text).error;
  return error ? [{ file: path, ...error, severity: "error" }] : [];
}
function exemptionsOf(file) {
  if (!file.ok) return [];
  return file.hcl.exemptions.map((exemption) => ({
    location: { file: file.path, line: exemption.pos.line, column: exemption.pos.column },
    text: exemption.text
  }));
}
var baseName = (path) => path.slice(path.lastIndexOf("/") + 1);
var joinPath2 = (folder, name) => folder === "." ? name : `${folder}/${name}`;

// src/readers/what-if/declarations.ts
var MAX_DECLARATIONS = 2e3;
var MAX_NESTING2 = 16;
function siblingDeclarations(workspace, resultFile) {
  const folder = folderOf2(resultFile);
  const siblings = filesIn(workspace, folder).filter((file) => file.path !== resultFile);
  return siblings.flatMap((file) => {
    if (!/\.(bicep|json)$/i.test(file.path)) return [];
    const text2 = workspace.readText(file.path);
    if (!text2.ok) return [];
    return file.path.toLowerCase().endsWith(".bicep") ? bicepDeclarations(file.path, text2.text) : armDeclarations(file.path, text2.text);
  });
}
function pairDeclarations(resources, declarations2) {
  const pairs = /* @__PURE__ */ new Map();
  const sameType = (resource) => declarations2.filter((declaration) => declaration.type.toLowerCase() === resource.type.toLowerCase());
  const byName = (resource, name) => {
    const found = sameType(resource).filter((declaration) => resource.name !== void 0 && name(declaration)?.toLowerCase() === resource.name.toLowerCase());
    return found.length === 1 ? found[0] : void 0;
  };
  for (const resource of resources) {
    const found = byName(resource, (declaration) => declaration.name) ?? byName(resource, (declaration) => declaration.defaultName);
    if (found !== void 0) pairs.set(resource, found);
  }
  const taken = new Set(pairs.values());
  const left = resources.filter((resource) => !pairs.has(resource));
  for (const resource of left) {
    const type = resource.type.toLowerCase();
    const computed2 = sameType(resource).filter((declaration) => declaration.name === void 0 && !taken.has(declaration));
    const rivals = left.filter((other) => other.type.toLowerCase() === type);
    if (computed2.length === 1 && rivals.length === 1 && computed2[0] !== void 0) pairs.set(resource, computed2[0]);
  }
  return pairs;
}
var BICEP_RESOURCE = /^(\s*)resource\s+[A-Za-z_]\w*\s+'([^'@]+)@[^']*'\s+(existing\s*)?=/;
var BICEP_NAME = /^\s*name:\s*(.*?)\s*$/;
var BICEP_PARAM = /^\s*param\s+([A-Za-z_]\w*)\s+string\s*=\s*'([^'$\\]*)'\s*$/;
function bicepDeclarations(file, text2) {
  const lines = text2.split(/\r?\n/);
  const found = [];
  const defaults = new Map(lines.flatMap((line2) => {
    const param = BICEP_PARAM.exec(line2);
    return param ? [[param[1] ?? "", param[2] ?? ""]] : [];
  }));
  lines.forEach((line2, index2) => {
    const match2 = BICEP_RESOURCE.exec(line2);
    if (!match2 || match2[3] !== void 0 || found.length >= MAX_DECLARATIONS) return;
    const indent = match2[1] ?? "";
    let name;
    let defaultName;
    for (let next = index2 + 1; next < lines.length; next++) {
      const body = lines[next] ?? "";
      if (body.startsWith(`${indent}}`)) break;
      const written = BICEP_NAME.exec(body)?.[1];
      if (written === void 0) continue;
      const literal3 = /^'([^'$\\]*)'$/.exec(written)?.[1];
      name = literal3 === void 0 ? void 0 : lastSegment2(literal3);
      defaultName = defaults.get(written);
      break;
    }
    const at2 = { file, line: index2 + 1, column: indent.length + 1 };
    found.push({ type: match2[2] ?? "", name, ...defaultName === void 0 ? {} : { defaultName }, at: at2 });
  });
  return found;
}
function armDeclarations(file, text2) {
  const document = parseJsonDocument2(text2);
  if (document.root?.type !== "object") return [];
  const found = [];
  const visit2 = (template, depth) => {
    const parameters = childOf(template, "parameters");
    const resources = childOf(template, "resources");
    if (depth > MAX_NESTING2 || resources === void 0) return;
    const nodes = resources.type === "array" ? resources.children ?? [] : (resources.children ?? []).flatMap((property) => property.children?.[1] ?? []);
    for (const node of nodes) {
      if (found.length >= MAX_DECLARATIONS) return;
      const type = childOf(node, "type")?.value;
      const name = childOf(node, "name")?.value;
      if (typeof type !== "string") continue;
      const literal3 = typeof name === "string" && !name.startsWith("[") ? lastSegment2(name) : void 0;
      const parameter = typeof name === "string" ? /^\[parameters\('([^']+)'\)\]$/.exec(name)?.[1] : void 0;
      const fallback = parameter === void 0 ? void 0 : childOf(childOf(parameters, parameter), "defaultValue")?.value;
      const defaultName = typeof fallback === "string" && !fallback.startsWith("[") ? { defaultName: lastSegment2(fallback) } : {};
      found.push({ type, name: literal3, ...defaultName, at: { file, ...document.position(node.offset) } });
      visit2(childOf(childOf(node, "properties"), "template"), depth + 1);
    }
  };
  visit2(document.root, 0);
  return found;
}
var lastSegment2 = (name) => name.slice(name.lastIndexOf("/") + 1);

// src/readers/what-if/json-source.ts
function payloadSource(payload, file, position, at2) {
  const locate3 = (node) => ({ file, ...position(node.offset) });
  const read = (path, convert2, what) => {
    const node = descend(payload, path);
    if (node === void 0 || node.type === "null") return absent(at2);
    const expression = findExpression(node);
    if (expression !== void 0) return unresolved(locate3(node), unevaluated(expression));
    const value = convert2(node);
    return value === void 0 ? unresolved(locate3(node), `expected ${what}, found ${describe4(node)}`) : known(value, locate3(node));
  };
  return {
    at: at2,
    string: (path) => read(path, asString3, "a string"),
    boolean: (path) => read(path, asBoolean2, "a bool"),
    strings: (path) => read(path, asStrings, "an array of strings"),
    stringMap: (path) => read(path, asStringMap, "an object of tags"),
    stringListMap: (path) => read(path, asStringListMap, "an object of tag values"),
    written: (path) => read(path, () => true, "a value")
  };
}
function descend(node, path) {
  let current = node;
  for (const key2 of path) current = memberOf2(current, key2);
  return current;
}
function memberOf2(node, key2) {
  const exact2 = childOf(node, key2);
  if (exact2 !== void 0 || node?.type !== "object") return exact2;
  const lower = key2.toLowerCase();
  const property = node.children?.find((child2) => typeof child2.children?.[0]?.value === "string" && String(child2.children[0].value).toLowerCase() === lower);
  return property?.children?.[1];
}
var EXPRESSION = /^\[(?!\[)[\s\S]*\]$/;
var MAX_SHOWN = 120;
function findExpression(node, depth = 0) {
  if (node.type === "string") return EXPRESSION.test(node.value) ? node.value : void 0;
  if (depth > 2 || node.type !== "array" && node.type !== "object") return void 0;
  for (const child2 of node.children ?? []) {
    const value = node.type === "object" ? child2.children?.[1] : child2;
    const found = value === void 0 ? void 0 : findExpression(value, depth + 1);
    if (found !== void 0) return found;
  }
  return void 0;
}
var unevaluated = (expression) => {
  const shown = expression.length > MAX_SHOWN ? `${expression.slice(0, MAX_SHOWN)}\u2026` : expression;
  return `what-if leaves it as the expression '${shown}': it is known only at deployment`;
};
var asString3 = (node) => node.type === "string" ? node.value : node.type === "number" ? String(node.value) : void 0;
function asBoolean2(node) {
  if (node.type === "boolean") return node.value;
  return node.type === "string" && /^(true|false)$/i.test(node.value) ? node.value.toLowerCase() === "true" : void 0;
}
function asStrings(node) {
  if (node.type !== "array") return void 0;
  const items = (node.children ?? []).map(asString3);
  return items.every((item) => item !== void 0) ? items : void 0;
}
function asStringMap(node) {
  const entries2 = objectEntries(node);
  const values = entries2?.map(([key2, value]) => [key2, value.type === "boolean" ? String(value.value) : asString3(value)]);
  return values?.every((entry) => entry[1] !== void 0) ? Object.fromEntries(values) : void 0;
}
function asStringListMap(node) {
  const values = objectEntries(node)?.map(([key2, value]) => [key2, asStrings(value)]);
  return values?.every((entry) => entry[1] !== void 0) ? Object.fromEntries(values) : void 0;
}
function objectEntries(node) {
  if (node.type !== "object") return void 0;
  return (node.children ?? []).flatMap((property) => {
    const [key2, value] = property.children ?? [];
    return typeof key2?.value === "string" && value !== void 0 ? [[key2.value, value]] : [];
  });
}
var describe4 = (node) => node.type === "array" ? "an array" : node.type === "object" ? "an object" : `a ${node.type}`;

// src/readers/what-if/what-if-document.ts
var CHANGE_TYPES = ["Create", "Delete", "Ignore", "Deploy", "NoChange", "Modify", "Unsupported"];
function whatIfChanges(root) {
  const changes = childOf(root, "changes") ?? childOf(childOf(root, "properties"), "changes");
  if (changes?.type !== "array") return void 0;
  const entries2 = [];
  const skipped = [];
  for (const node of changes.children ?? []) {
    const entry = entryOf(node);
    if (entry) entries2.push(entry);
    else skipped.push(node);
  }
  return { entries: entries2, skipped };
}
function entryOf(node) {
  const resourceId2 = childOf(node, "resourceId")?.value;
  const changeTypeNode = childOf(node, "changeType");
  const changeType = CHANGE_TYPES.find((type) => type.toLowerCase() === String(changeTypeNode?.value).toLowerCase());
  if (typeof resourceId2 !== "string" || changeTypeNode === void 0 || changeType === void 0) return void 0;
  const object = (key2) => {
    const found = childOf(node, key2);
    return found?.type === "object" ? found : void 0;
  };
  const reason = childOf(node, "unsupportedReason")?.value;
  return {
    node,
    resourceId: resourceId2,
    changeType,
    changeTypeNode,
    payload: changeType === "Delete" ? object("before") ?? object("after") : object("after") ?? object("before"),
    unsupportedReason: typeof reason === "string" ? reason : void 0
  };
}
var EXTENSION = /^(.*)\/providers\/([^/]+\/[^/]+)\/([^/]+)$/i;
function extendedResourceId(resourceId2) {
  const match2 = EXTENSION.exec(resourceId2);
  const scope = match2?.[1];
  return scope !== void 0 && /\/providers\//i.test(scope) ? scope : void 0;
}
function subscriptionOf(resourceId2) {
  return /^\/subscriptions\/([^/]+)/i.exec(resourceId2)?.[1];
}

// src/readers/what-if/resources.ts
function modelResource(entry, payload, identity, context) {
  const entryAt = locate2(context, entry.node);
  const declaration = context.declarations.get(entry);
  const source = payloadSource(payload, context.file, context.position, declaration?.at ?? entryAt);
  const common2 = commonFields2(entry, identity, entryAt, declaration, context);
  if (identity.type === MAINTENANCE_CONFIGURATION_TYPE) return { ...common2, ...mapMaintenanceConfiguration(source) };
  if (identity.type === MAINTENANCE_ASSIGNMENT_TYPE) return assignment4(entry, payload, source, common2, context);
  const apiVersion = source.string(["apiVersion"]);
  return { ...common2, ...mapVirtualMachine(source, identity.type === VMSS_TYPE ? "scale-set" : "virtual-machine", { apiVersion }) };
}
function commonFields2(entry, identity, entryAt, declaration, context) {
  const reportAt = declaration?.at ?? entryAt;
  const subscription = subscriptionOf(entry.resourceId);
  const changeAt = locate2(context, entry.changeTypeNode);
  const deleted = entry.changeType === "Delete";
  return {
    format: "what-if",
    identity: { ...identity, symbol: symbolOf3(context, entry.resourceId) },
    // One result is one deployment, whatever templates and modules it expanded.
    unit: deploymentUnit("template-deployment", `what-if:${context.file}`, entryAt),
    scope: {
      subscription: subscription === void 0 ? absent(entryAt) : known(subscription, entryAt),
      resourceGroup: identity.resourceGroup === void 0 ? absent(entryAt) : known(identity.resourceGroup, entryAt)
    },
    displayName: identity.name ?? entry.resourceId,
    reportAt,
    declaredAt: reportAt,
    related: declaration === void 0 ? [] : [{ file: context.file, startLine: entryAt.line, role: "what-if" }],
    variant: "",
    // `Delete`: the deployment (complete mode) removes it.
    deployed: { value: !deleted, origin: "literal", location: changeAt, detail: `changeType ${entry.changeType}` }
  };
}
function assignment4(entry, payload, source, common2, context) {
  const configuration2 = idReference(source.string(["properties", "maintenanceConfigurationId"]), context);
  const extended = extendedResourceId(entry.resourceId);
  const written = source.string(["properties", "resourceId"]);
  const target2 = extended !== void 0 ? idReference(known(extended, locate2(context, descend(entry.node, ["resourceId"]) ?? entry.node)), context) : written.origin !== "absent" ? idReference(written, context) : void 0;
  const filter = target2 === void 0 && descend(payload, ["properties", "filter"]) !== void 0 ? mapDynamicScope(source) : void 0;
  return {
    ...common2,
    kind: "maintenance-assignment",
    configuration: configuration2,
    ...target2 === void 0 ? {} : { target: target2 },
    ...filter === void 0 ? {} : { filter }
  };
}
function idReference(id, context) {
  if (id.value === void 0) return { target: id };
  const identity = parseResourceId(id.value);
  if (identity === void 0) return { target: unresolved(id.location, `'${id.value}' is not a resource ID`) };
  const symbol = context.resourceIds.has(id.value.toLowerCase()) ? { symbol: symbolOf3(context, id.value) } : {};
  return { target: { ...id, value: { ...identity, ...symbol } } };
}
var symbolOf3 = (context, resourceId2) => `${context.file}#${resourceId2.toLowerCase()}`;
var locate2 = (context, node) => ({ file: context.file, ...context.position(node.offset) });

// src/readers/what-if/what-if-reader.ts
var whatIfReader = {
  format: "what-if",
  claims: (file, head) => file.path.toLowerCase().endsWith(".json") && isWhatIfHead(head()),
  // Each result file is read on its own (its declarations come from its folder, through the workspace).
  units: (files) => files.map((file) => ({ files: [file] })),
  read: (files, workspace) => Promise.resolve(readResults(files, workspace))
};
var MODELLED = [VM_TYPE, VMSS_TYPE, MAINTENANCE_CONFIGURATION_TYPE, MAINTENANCE_ASSIGNMENT_TYPE];
function readResults(claimed, workspace) {
  const resources = [];
  const parseErrors = [];
  const manifests = [];
  for (const file of claimed) {
    const text2 = workspace.readText(file.path);
    if (!text2.ok) {
      parseErrors.push({ file: file.path, line: text2.line, column: text2.column, message: text2.message, severity: "error" });
      continue;
    }
    const document = parseJsonDocument2(text2.text);
    const changes = document.root?.type === "object" ? whatIfChanges(document.root) : void 0;
    if (document.error || changes === void 0) {
      const error = document.error ?? { line: 1, column: 1, message: "a what-if result must be a JSON object with a `changes` array" };
      parseErrors.push({ file: file.path, ...error, severity: "error" });
      continue;
    }
    manifests.push(file.path);
    const context = {
      file: file.path,
      position: document.position,
      declarations: declarationsOf(changes.entries, siblingDeclarations(workspace, file.path)),
      resourceIds: new Set(changes.entries.map((entry) => entry.resourceId.toLowerCase()))
    };
    for (const node of changes.skipped) parseErrors.push(notice(file.path, document.position, node, "a change without a `resourceId` and a known `changeType` is not read"));
    for (const entry of changes.entries) {
      const read = readEntry(entry, context);
      if (read === void 0) continue;
      if ("message" in read) parseErrors.push(read);
      else resources.push(read);
    }
  }
  return { resources, parseErrors, manifests };
}
function readEntry(entry, context) {
  const identity = parseResourceId(entry.resourceId);
  const type = MODELLED.find((modelled) => modelled.toLowerCase() === identity?.type.toLowerCase());
  if (identity === void 0 || type === void 0) return void 0;
  const isCompute = type === VM_TYPE || type === VMSS_TYPE;
  if (entry.changeType === "Ignore" && isCompute) return void 0;
  if (entry.payload === void 0) {
    const why = entry.unsupportedReason === void 0 ? "the result holds no payload for it" : `what-if cannot predict it (${entry.unsupportedReason.trim().replace(/\.$/, "")})`;
    return notice(context.file, context.position, entry.node, `${type} '${identity.name ?? entry.resourceId}' is not checked: ${why}. Check it once deployed.`);
  }
  return modelResource(entry, entry.payload, { ...identity, type }, context);
}
function declarationsOf(entries2, declarations2) {
  const declared = entries2.flatMap((entry) => {
    const identity = entry.changeType === "Delete" || entry.changeType === "Ignore" ? void 0 : parseResourceId(entry.resourceId);
    return identity === void 0 ? [] : [{ entry, type: identity.type, name: identity.name }];
  });
  const pairs = pairDeclarations(declared, declarations2);
  return new Map([...pairs].map(([resource, declaration]) => [resource.entry, declaration]));
}
function notice(file, position, node, message) {
  const at2 = { file, ...position(node.offset) };
  return { file, line: at2.line, column: at2.column, message, severity: "notice" };
}

// src/readers/registry.ts
var readers = [
  terraformPlanReader,
  whatIfReader,
  armReader,
  bicepReader,
  terraformReader,
  pulumiReader,
  kubernetesReader
];

// src/scan/result-codec.ts
var UNDEFINED = 0;
var NULL = 1;
var TRUE = 2;
var FALSE = 3;
var NUMBER2 = 4;
var STRING = 5;
var ARRAY = 6;
var OBJECT2 = 7;
var SEEN = 8;
var FLOAT = 9;
function encode(value) {
  const strings = [];
  const stringIndex = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  const numbers = [];
  let data = new Int32Array(4096);
  let length2 = 0;
  const push = (x) => {
    if (length2 === data.length) {
      const grown = new Int32Array(data.length * 2);
      grown.set(data);
      data = grown;
    }
    data[length2++] = x;
  };
  const stringNumber = (text2) => {
    let index2 = stringIndex.get(text2);
    if (index2 === void 0) {
      index2 = strings.length;
      strings.push(text2);
      stringIndex.set(text2, index2);
    }
    return index2;
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
          push(NUMBER2);
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
    const known3 = seen.get(item);
    if (known3 !== void 0) {
      push(SEEN);
      push(known3);
      return true;
    }
    seen.set(item, seen.size);
    if (Array.isArray(item)) {
      if (Object.getPrototypeOf(item) !== Array.prototype) return false;
      push(ARRAY);
      push(item.length);
      for (let i = 0; i < item.length; i++) {
        const element2 = item[i];
        if (element2 === void 0 && !(i in item)) return false;
        if (!write(element2)) return false;
      }
      return true;
    }
    const prototype = Object.getPrototypeOf(item);
    if (prototype !== Object.prototype && prototype !== null) return false;
    push(OBJECT2);
    const countAt = length2;
    push(0);
    let count = 0;
    const record = item;
    for (const key2 in record) {
      push(stringNumber(key2));
      if (!write(record[key2])) return false;
      count++;
    }
    data[countAt] = count;
    return true;
  };
  if (!write(value)) return void 0;
  return { strings, data: data.slice(0, length2), numbers };
}
function decode(encoded) {
  const { strings, data, numbers } = encoded;
  let float = 0;
  const seen = [];
  let at2 = 0;
  const read = () => {
    const tag = data[at2++];
    switch (tag) {
      case UNDEFINED:
        return void 0;
      case NULL:
        return null;
      case TRUE:
        return true;
      case FALSE:
        return false;
      case NUMBER2:
        return data[at2++];
      case STRING:
        return strings[data[at2++]];
      case ARRAY: {
        const length2 = data[at2++];
        const array = new Array(length2);
        seen.push(array);
        for (let i = 0; i < length2; i++) array[i] = read();
        return array;
      }
      case OBJECT2: {
        const count = data[at2++];
        const object = {};
        seen.push(object);
        for (let i = 0; i < count; i++) {
          const key2 = strings[data[at2++]];
          object[key2] = read();
        }
        return object;
      }
      case SEEN:
        return seen[data[at2++]];
      case FLOAT:
        return numbers[float++];
      default:
        throw new Error(`scan result encoding: unknown tag ${String(tag)} at ${at2 - 1}`);
    }
  };
  return read();
}

// src/readers/policy-content.ts
import { closeSync, openSync, readSync } from "node:fs";
var POLICY_WORDS = /virtual_?machine|hybridcompute|maintenance|\bmodule\b|microsoft\.resources\/deployments|templatelink/i;
var CHUNK = 1024 * 1024;
var OVERLAP = 64;
function mayDeclarePolicyInput(absolutePath) {
  let fd;
  try {
    fd = openSync(absolutePath, "r");
    const buffer = Buffer.alloc(CHUNK + OVERLAP);
    let carried = 0;
    let position = 0;
    for (; ; ) {
      const read = readSync(fd, buffer, carried, CHUNK, position);
      if (read === 0) return false;
      position += read;
      const filled = carried + read;
      if (POLICY_WORDS.test(buffer.toString("latin1", 0, filled).replaceAll("\0", ""))) return true;
      carried = Math.min(OVERLAP, filled);
      buffer.copy(buffer, 0, filled - carried, filled);
    }
  } catch {
    return true;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

// src/scan/prefilter.ts
function unitMayMatter(unit, workspace) {
  const quiet = (path) => typeof workspace.isQuiet === "function" && workspace.isQuiet(path);
  return unit.files.some((file) => {
    if (quiet(file.path)) return false;
    const text2 = workspace.readText(file.path);
    return !text2.ok || POLICY_WORDS.test(text2.text);
  });
}
function skippedFilesMessage(count) {
  const files = count === 1 ? "1 file" : `${thousands(count)} files`;
  const [declare, call3] = count === 1 ? ["it declares", "calls"] : ["they declare", "call"];
  return `${files} checked without parsing: ${declare} no VM, scale set, Arc machine or maintenance resource and ${call3} no module or nested deployment`;
}
var thousands = (count) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

// src/scan/units.ts
function planUnits(readers2, claimed, workspace) {
  return readers2.flatMap((_, index2) => planReaderUnits(readers2, index2, claimed, workspace));
}
function planReaderUnits(readers2, index2, claimed, workspace) {
  const reader = readers2[index2];
  const mine = claimed.get(reader) ?? [];
  if (mine.length === 0) return [];
  const planned = [];
  for (const unit of reader.units?.(mine, workspace) ?? [{ files: mine }]) if (unit.files.length > 0) planned.push({ reader: index2, unit });
  return planned;
}
function unitFolders(unit, settled2, workspace) {
  const members = /* @__PURE__ */ new Map();
  for (const file of unit.files) {
    const folder = file.path.slice(0, Math.max(file.path.lastIndexOf("/"), 0));
    members.set(folder, (members.get(folder) ?? 0) + 1);
  }
  const settledHere = [];
  const listedHere = [];
  const listing = typeof workspace.listedIn === "function";
  let paths;
  for (const [folder, count] of members) {
    if (settled2.has(folder)) settledHere.push(folder);
    const listed = listing ? workspace.listedIn(folder) : void 0;
    if (listed === void 0 || listed.length !== count) continue;
    paths ??= new Set(unit.files.map((file) => file.path));
    const inUnit = paths;
    if (listed.every((file) => inUnit.has(file.path))) listedHere.push(folder);
  }
  const quiet = typeof workspace.isQuiet === "function" ? unit.files.filter((file) => workspace.isQuiet(file.path)).map((file) => file.path) : [];
  return {
    ...settledHere.length > 0 && { settled: settledHere },
    ...listedHere.length > 0 && { listed: listedHere },
    ...quiet.length > 0 && { quiet }
  };
}
async function readUnit(reader, unit, workspace, options, settled2 = []) {
  try {
    settleFolders(workspace, settled2);
    if (options.prefilter && !unitMayMatter(unit, workspace)) {
      return { kind: "skipped", files: unit.files.map((file) => file.path) };
    }
    return { kind: "read", output: compactOutput(await reader.read(unit.files, workspace, options.limits)) };
  } catch (error) {
    return { kind: "failed", message: getErrorMessage(error) };
  }
}
function compactOutput(output) {
  const { resources, resourceOrigins, parseErrors, manifests, inlineExemptions: inlineExemptions2 } = output;
  return {
    resources: exact(resources),
    ...resourceOrigins !== void 0 && { resourceOrigins: exact(resourceOrigins) },
    parseErrors: exact(parseErrors),
    manifests: exact(manifests),
    ...inlineExemptions2 !== void 0 && { inlineExemptions: exact(inlineExemptions2) }
  };
}
var NONE2 = [];
var exact = (items) => items.length === 0 ? NONE2 : items.slice();
function mergeUnitResults(readers2, planned, results, claimed) {
  const merged = { resources: [], parseErrors: [], manifests: [], inlineExemptions: [], skipped: [] };
  let start = 0;
  while (start < planned.length) {
    const readerIndex = planned[start].reader;
    let end = start;
    while (end < planned.length && planned[end].reader === readerIndex) end++;
    const reader = readers2[readerIndex];
    mergeReader(reader, planned.slice(start, end), results.slice(start, end), claimed.get(reader) ?? [], merged);
    start = end;
  }
  return merged;
}
function mergeReader(reader, planned, results, mine, merged) {
  const resources = [];
  const origins = [];
  const exemptions3 = [];
  let ordered = true;
  results.forEach((result, index2) => {
    if (result.kind === "skipped") {
      for (const file of result.files) merged.skipped.push(file);
      return;
    }
    if (result.kind === "failed") {
      const message = `internal error in the ${String(reader.format)} reader: ${result.message}`;
      for (const file of planned[index2].unit.files) {
        merged.parseErrors.push({ file: file.path, line: 1, column: 1, message, severity: "error" });
      }
      return;
    }
    const { output } = result;
    for (const resource of output.resources) resources.push(resource);
    if (output.resourceOrigins === void 0) ordered = false;
    else for (const origin of output.resourceOrigins) origins.push(origin);
    for (const error of output.parseErrors) merged.parseErrors.push(error);
    for (const manifest of output.manifests) merged.manifests.push(manifest);
    for (const exemption of output.inlineExemptions ?? []) exemptions3.push(exemption);
  });
  const reorder = ordered && results.length > 1;
  const rank = reorder ? new Map(mine.map((file, index2) => [file.path, index2])) : /* @__PURE__ */ new Map();
  const rankOf = (file) => rank.get(file) ?? mine.length;
  const inOrder2 = reorder ? stableSort(resources, (a, b) => (origins[a]?.phase ?? 0) - (origins[b]?.phase ?? 0) || rankOf(origins[a]?.file ?? "") - rankOf(origins[b]?.file ?? "")) : resources;
  for (const resource of inOrder2) merged.resources.push(resource);
  const exemptionsInOrder = reorder ? stableSort(exemptions3, (a, b) => rankOf(exemptions3[a]?.location.file ?? "") - rankOf(exemptions3[b]?.location.file ?? "")) : exemptions3;
  for (const exemption of exemptionsInOrder) merged.inlineExemptions.push(exemption);
}
function stableSort(items, compare) {
  const indices = items.map((_, index2) => index2);
  indices.sort((a, b) => compare(a, b) || a - b);
  return indices.map((index2) => items[index2]);
}

export {
  isKnown,
  formatLocation,
  limitsOf,
  POLICY_WORDS,
  mayDeclarePolicyInput,
  HEAD_CHARACTERS,
  settleFolders,
  whatIfResultProbe,
  terraformPlanProbe,
  readers,
  skippedFilesMessage,
  encode,
  decode,
  planUnits,
  planReaderUnits,
  unitFolders,
  readUnit,
  mergeUnitResults
};

import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ARC_LICENSE_PROFILE_TYPE,
  ARC_MACHINE_TYPE,
  FoldersInside,
  MAINTENANCE_ASSIGNMENT_TYPE,
  MAINTENANCE_CONFIGURATION_TYPE,
  MAX_FILE_BYTES,
  VMSS_TYPE,
  VM_TYPE,
  byPath,
  exactLength,
  idSegments,
  identityOfSegments,
  intern,
  keptText,
  lastProvidersSegment,
  parseResourceId,
  sharedIdentity,
  sharedStringMap,
  sharedStrings,
  sharedText
} from "./chunk-XG2W2MLJ.js";
import {
  getErrorMessage
} from "./chunk-KOMI2SY3.js";

// src/model/source.ts
var known = (value, location, origin = "literal", detail, via) => {
  if (via === void 0) return detail === void 0 ? { value, origin, location } : { value, origin, location, detail };
  return detail === void 0 ? { value, origin, location, via } : { value, origin, location, detail, via };
};
var lastAbsent = { value: void 0, origin: "absent", location: { file: "", line: 1, column: 1 } };
var absent = (location) => {
  if (lastAbsent.location !== location) lastAbsent = { value: void 0, origin: "absent", location };
  return lastAbsent;
};
var unresolved = (location, why, detail, via) => {
  const origin = "unresolved";
  const value = void 0;
  const reason = sharedText(why);
  if (via === void 0) return detail === void 0 ? { value, origin, location, reason } : { value, origin, location, reason, detail };
  return detail === void 0 ? { value, origin, location, reason, via } : { value, origin, location, reason, detail, via };
};
var isKnown = (s) => s !== void 0 && s.value !== void 0;
var formatLocation = (loc) => `${loc.file}:${loc.line}:${loc.column}`;
var PartialStringMap = class {
  constructor(known3, unknownKeys, othersUnknown) {
    this.known = known3;
    this.unknownKeys = unknownKeys;
    this.othersUnknown = othersUnknown;
  }
  known;
  unknownKeys;
  othersUnknown;
};
function withUnknownKeys(sourced) {
  const { value } = sourced;
  if (!(value instanceof PartialStringMap)) return sourced;
  if (value.othersUnknown === void 0) return { ...sourced, value: value.known, unknownKeys: value.unknownKeys };
  const { location, detail, via } = sourced;
  const partial = unresolved(location, value.othersUnknown, detail, via);
  partial.knownEntries = value.known;
  return partial;
}

// src/model/paths.ts
var folderOf = (path) => path.slice(0, Math.max(path.lastIndexOf("/"), 0));
var folderPrefixOf = (path) => path.slice(0, path.lastIndexOf("/") + 1);
var fileName = (path) => path.slice(path.lastIndexOf("/") + 1);

// src/readers/policy-content.ts
import { closeSync, openSync, readSync } from "node:fs";
var POLICY_WORDS = /virtual_?machine|hybridcompute|maintenance|\bmodule\b|microsoft\.resources\/deployments|templatelink/i;
var CHUNK = 1024 * 1024;
var OVERLAP = 64;
var LOCAL_LINK_WORD = /"relativePath"|artifactsLocation|\.templateLink/i;
var URI_LINK_WORD = /artifactsLocation|\.templateLink/i;
var ARTIFACTS_LOCATION_WORD = /artifactsLocation/i;
function mayDeclarePolicyInput(absolutePath) {
  return fileHolds(absolutePath, POLICY_WORDS);
}
function fileHolds(absolutePath, words) {
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
      if (words.test(buffer.toString("latin1", 0, filled).replaceAll("\0", ""))) return true;
      carried = Math.min(OVERLAP, filled);
      buffer.copy(buffer, 0, filled - carried, filled);
    }
  } catch {
    return true;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

// src/readers/shared/parameter-file-name.ts
var PARAMETER_FILE_NAME = /^(.*?)(?:^|\.)(?:parameters|params?)(?:\.[^./]+)*\.json$/i;
function templateStemOf(fileName2) {
  const match2 = PARAMETER_FILE_NAME.exec(fileName2);
  return match2 === null ? void 0 : match2[1].toLowerCase();
}
function templateStemsOf(stem) {
  const stems = [];
  for (let end = stem.length; end > 0; end = stem.lastIndexOf(".", end - 1)) stems.push(stem.slice(0, end));
  return stems;
}
var PARAMETER_FOLDERS = ["parameters", "Parameters", "params"];
function pairingFolderOf(parameterFile) {
  const folder = parameterFile.slice(0, parameterFile.lastIndexOf("/") + 1);
  const above = folder.lastIndexOf("/", folder.length - 2);
  return PARAMETER_FOLDERS.includes(folder.slice(above + 1, -1)) ? folder.slice(0, above + 1) : folder;
}

// src/workspace/folder-files.ts
import { lstatSync } from "node:fs";
import { join } from "node:path";
function filesIn(workspace, folder) {
  const key2 = folder === "." ? "" : folder.replace(/\/$/, "");
  const listed = workspace.listedIn(key2);
  if (listed !== void 0) return [...listed].sort(byPath);
  const prefix = key2 === "" ? "" : `${key2}/`;
  return workspace.list([key2 === "" ? "." : key2]).filter((file) => file.path.startsWith(prefix) && !file.path.slice(prefix.length).includes("/"));
}
var namesBeside = (workspace, path) => filesIn(workspace, path.slice(0, path.lastIndexOf("/") + 1)).map((file) => file.path.slice(file.path.lastIndexOf("/") + 1));
function filesInSubfolders(workspace, folder, names) {
  const key2 = folder === "." ? "" : folder.replace(/\/$/, "");
  const walked = workspace.walkedBelow(key2);
  const files = [];
  for (const name of names) {
    const sub = key2 === "" ? name : `${key2}/${name}`;
    if (walked ? workspace.listedIn(sub) === void 0 : !isRealFolder(join(workspace.root, sub))) continue;
    files.push(...filesIn(workspace, sub));
  }
  return files.sort(byPath);
}
function isRealFolder(absolute) {
  try {
    return lstatSync(absolute, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false;
  }
}

// src/model/unit-values.ts
var MAX_KEYS = 8192;
var table = /* @__PURE__ */ new Map();
function unitValue(kind, key2, path, environment) {
  const wanted = path !== void 0 && path !== "" ? path : void 0;
  const known3 = table.get(key2);
  const same = (unit2) => unit2.kind === kind && unit2.path === wanted && unit2.environment === environment;
  if (known3 !== void 0) {
    const found = Array.isArray(known3) ? known3.find(same) : same(known3) ? known3 : void 0;
    if (found !== void 0) return found;
  } else if (table.size >= MAX_KEYS) table.clear();
  const unit = newUnit(kind, keptText(key2), wanted, environment);
  if (known3 === void 0) table.set(unit.key, unit);
  else if (Array.isArray(known3)) known3.push(unit);
  else table.set(unit.key, [known3, unit]);
  return unit;
}
function newUnit(kind, key2, path, environment) {
  if (path === void 0) return environment === void 0 ? { kind, key: key2 } : { kind, key: key2, environment };
  return environment === void 0 ? { kind, key: key2, path } : { kind, key: key2, path, environment };
}
function releaseUnitValues() {
  table.clear();
}

// src/readers/shared/units.ts
function deploymentUnit(kind, key2, at2, path, environment) {
  const value = unitValue(kind, key2, path, environment);
  if (lastUnit.value !== value || lastUnit.location !== at2) lastUnit = known(value, at2);
  return lastUnit;
}
var lastUnit = { value: void 0, origin: "absent", location: { file: "", line: 1, column: 1 } };
var templateDeployment = (entryFile, at2, path, parameterFile) => (
  // One key string for the resources of a folder (the model keeps one per resource).
  deploymentUnit("template-deployment", intern(`azure-deployment:${folderOf(entryFile)}`), at2, path, parameterFile && environmentOf(parameterFile, entryFile))
);
var EXTENSION = /\.(?:jsonc?|bicepparam|bicep)$/i;
var PARAMETERS_WORD = /^param(?:eter)?s?$/i;
function environmentOf(parameterFile, entryFile) {
  const name = (path) => path.slice(path.lastIndexOf("/") + 1).replace(EXTENSION, "").toLowerCase();
  const stem = name(entryFile);
  const file = name(parameterFile);
  const rest = file.startsWith(stem) && /^(?:$|[._-])/.test(file.slice(stem.length)) ? file.slice(stem.length) : file;
  return rest.split(/[._-]/).filter((word) => word !== "" && !PARAMETERS_WORD.test(word)).join(".");
}
function azureScope(resourceGroup2, at2, none = absent(at2), subscription = none, handle, runsAgainst) {
  const group = resourceGroup2 === void 0 ? none : typeof resourceGroup2 === "string" ? known(resourceGroup2, at2) : resourceGroup2;
  if (runsAgainst !== void 0) return { subscription, resourceGroup: group, runsAgainst };
  return handle === void 0 ? { subscription, resourceGroup: group } : { subscription, resourceGroup: group, subscriptionHandle: handle };
}

// src/readers/shared/bicep-build-output.ts
var BICEP_GENERATOR = /"_generator"\s*:\s*\{\s*"name"\s*:\s*"bicep"/;
var HEAD = 4096;
var builtByBicep = (text) => BICEP_GENERATOR.test(text.slice(0, HEAD));
function isBicepBuildOutput(workspace, path) {
  const text = workspace.readText(path);
  return text.ok && builtByBicep(text.text);
}
function bicepTwinOf(path, names) {
  const folder = path.slice(0, path.lastIndexOf("/") + 1);
  const twin = path.slice(folder.length).replace(/\.json$/i, ".bicep").toLowerCase();
  const source = names.find((name) => name.toLowerCase() === twin);
  return source === void 0 ? void 0 : folder + source;
}
function onlyBicepTemplate(path, names) {
  const templates = names.filter((name) => /\.bicep$/i.test(name));
  return templates.length === 1 ? path.slice(0, path.lastIndexOf("/") + 1) + templates[0] : void 0;
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
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
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
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
          result += text.substring(start, pos);
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
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
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
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
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
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
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
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
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
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
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
function parse(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name) => {
      currentProperty = name;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array = [];
      onValue(array);
      previousParents.push(currentParent);
      currentParent = array;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  return currentParent[0];
}
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
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
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep2, offset, length) => {
      if (currentParent.type === "property") {
        if (sep2 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep2 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
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
var parse2 = parse;
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
var folderKey = (folder) => folder === "." ? "" : folder.endsWith("/") ? folder.slice(0, -1) : folder;
var isSettled = (workspace, key2) => settled.get(workspace)?.has(key2) === true;
function folderHolds(workspace, folder, probe) {
  return folderFileFor(workspace, folder, probe) !== void 0;
}
function folderFileFor(workspace, folder, probe) {
  const key2 = folderKey(folder);
  if (isSettled(workspace, key2)) return void 0;
  const prefix = key2 === "" ? "" : `${key2}/`;
  const listed = workspace.listedIn(key2);
  const files = listed ?? workspace.list([key2 === "" ? "." : key2]).filter((file) => file.path.startsWith(prefix) && !file.path.slice(prefix.length).includes("/"));
  return files.find((file) => {
    if (!probe.candidate(file.path)) return false;
    const text = workspace.readText(file.path);
    return text.ok && probe.test(text.text.slice(0, HEAD_CHARACTERS)) && (probe.whole?.(text.text) ?? true);
  })?.path;
}

// src/readers/shared/what-if/what-if-head.ts
var CHANGES = /"(?:changes|potentialChanges)"\s*:\s*\[\s*(?:\]|\{\s*"(?:after|before|changeType|delta|deploymentId|identifiers|resourceId|scope|symbolicName|unsupportedReason)"\s*:)/;
var lastHead;
var lastAnswer = false;
function isWhatIfHead(head) {
  if (head !== lastHead) {
    lastAnswer = CHANGES.test(head);
    lastHead = head;
  }
  return lastAnswer;
}

// src/readers/shared/what-if/result-folders.ts
var known2 = /* @__PURE__ */ new WeakMap();
var whatIfResultProbe = {
  candidate: (path) => path.toLowerCase().endsWith(".json"),
  test: isWhatIfHead,
  whole: listsPolicyResource
};
var POLICY_TYPES = new Set(
  [VM_TYPE, VMSS_TYPE, ARC_MACHINE_TYPE, ARC_LICENSE_PROFILE_TYPE, MAINTENANCE_CONFIGURATION_TYPE, MAINTENANCE_ASSIGNMENT_TYPE].map((type) => type.toLowerCase())
);
function listsPolicyResource(text) {
  if (!POLICY_WORDS.test(text)) return false;
  const root = parse2(text, [], { allowTrailingComma: true, disallowComments: false });
  const changes = [...listOf(root, "changes"), ...listOf(root, "potentialChanges")];
  return changes.some((change) => {
    if (typeof change !== "object" || change === null) return false;
    const { resourceId: resourceId2, changeType } = change;
    if (typeof resourceId2 !== "string" || String(changeType).toLowerCase() === "ignore") return false;
    const type = parseResourceId(resourceId2)?.type;
    return type !== void 0 && POLICY_TYPES.has(type.toLowerCase());
  });
}
function listOf(root, key2) {
  const record = (value) => typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
  const list = record(root)?.[key2] ?? record(record(root)?.properties)?.[key2];
  return Array.isArray(list) ? list : [];
}
function whatIfResultIn(workspace, folder) {
  const key2 = folderKey(folder);
  if (isSettled(workspace, key2)) return void 0;
  let folders = known2.get(workspace);
  if (folders === void 0) {
    folders = /* @__PURE__ */ new Map();
    known2.set(workspace, folders);
  }
  const cached = folders.get(key2);
  if (cached !== void 0) return cached ?? void 0;
  const found = folderFileFor(workspace, key2, whatIfResultProbe);
  folders.set(key2, found ?? null);
  return found;
}
function readInsteadNotice(template, result) {
  const message = `not read: the what-if result ${result} in its folder is read instead (the resources it lists, as Azure evaluated them); a resource this file declares that the result does not list is not checked`;
  return { file: template, line: 1, column: 1, message, severity: "notice" };
}

// src/readers/shared/bicep-parameter-files.ts
var BICEP_TEMPLATE = /\.bicep$/i;
function bicepTemplateOf(parameterFile, names, isBuildOutput = () => false) {
  const folder = pairingFolderOf(parameterFile);
  const stem = templateStemOf(parameterFile.slice(parameterFile.lastIndexOf("/") + 1));
  if (stem === void 0) return void 0;
  const lowerCased = names.map((name) => name.toLowerCase());
  for (const name of stem === "" ? [] : templateStemsOf(stem)) {
    const bicep = lowerCased.indexOf(`${name}.bicep`);
    if (bicep >= 0) return folder + names[bicep];
    const arm = lowerCased.indexOf(`${name}.json`);
    if (arm >= 0) return isBuildOutput(folder + names[arm]) ? fallback(folder, names) : void 0;
  }
  const templateJson = stem === "" ? lowerCased.indexOf("template.json") : -1;
  if (templateJson >= 0 && !isBuildOutput(folder + names[templateJson])) return void 0;
  return fallback(folder, names);
}
function fallback(folder, names) {
  const templates = names.filter((name) => BICEP_TEMPLATE.test(name));
  const template = templates.length === 1 ? templates[0] : templates.find((name) => name.toLowerCase() === "main.bicep");
  return template === void 0 ? void 0 : folder + template;
}
function parameterFilesOf(template, names, isBuildOutput, apart = []) {
  const folder = template.slice(0, template.lastIndexOf("/") + 1);
  const deploys = (path) => PARAMETER_FILE_NAME.test(path.slice(path.lastIndexOf("/") + 1)) && bicepTemplateOf(path, names, isBuildOutput) === template;
  return [...names.map((name) => folder + name), ...apart].filter(deploys).sort();
}

// src/workspace/other-spelling.ts
import { readdirSync, realpathSync } from "node:fs";
import { join as join2 } from "node:path";
function otherSpelling(workspace, path) {
  let folders;
  try {
    folders = new FoldersInside(workspace.root, realpathSync(workspace.root));
  } catch {
    return void 0;
  }
  let found = "";
  for (const segment of path.split("/")) {
    const folder = found === "" ? workspace.root : join2(workspace.root, found);
    if (!folders.inside(folder)) return void 0;
    let names;
    try {
      names = readdirSync(folder);
    } catch {
      return void 0;
    }
    const wanted = segment.toLowerCase();
    const matches = names.filter((name) => name.toLowerCase() === wanted);
    if (matches.length !== 1) return void 0;
    found = found === "" ? matches[0] : `${found}/${matches[0]}`;
  }
  return found !== path && workspace.get(found) !== void 0 ? found : void 0;
}

// src/readers/bicep/module-paths.ts
import { sep } from "node:path";
function resolveModulePath(resolveFrom, fromFile, reference) {
  const fast = joinRelative(fromFile, reference);
  return fast === null ? resolveFrom(fromFile, reference) : fast;
}
function joinRelative(fromFile, reference) {
  if (sep !== "/" || reference === "" || reference.startsWith("/") || reference.includes("\\")) return null;
  const segments = fromFile.split("/");
  segments.pop();
  for (const segment of segments) if (segment === "" || segment === "." || segment === "..") return null;
  for (const segment of reference.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment !== "..") segments.push(segment);
    else if (segments.pop() === void 0) return null;
  }
  const joined = segments.join("/");
  return joined.startsWith("..") ? void 0 : joined;
}

// src/readers/bicep/module-targets.ts
var REGISTRY = /^(br|ts)(:|\/)/i;
var templateNotThere = (target) => target.outside ? "is outside the scanned folder" : "is missing";
function resolveModuleTarget(files, fromFile, reference) {
  if (REGISTRY.test(reference)) return { kind: "registry", reference };
  const written = resolveModulePath((from, target) => files.resolveFrom(from, target), fromFile, reference);
  if (written === void 0) return { kind: "unreadable", reason: `module path '${reference}' leads outside the scanned folder`, outside: true };
  const path = existingModulePath(files, written);
  if (path === void 0) return { kind: "unreadable", reason: `module file '${written}' not found`, outside: false };
  const kind = path.toLowerCase().endsWith(".json") ? "arm-json" : "bicep";
  return path === written ? { kind, path } : { kind, path, writtenAs: written };
}
function existingModulePath(files, written) {
  if (files.get(written) !== void 0) return written;
  const root = files.root;
  return root === void 0 ? void 0 : otherSpelling({ root, get: (path) => files.get(path) }, written);
}

// src/model/group-by.ts
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
function appendTo(map, key2, value) {
  const list = map.get(key2);
  if (list) list.push(value);
  else map.set(key2, [value]);
}

// src/readers/bicep/units.ts
var LOCAL_REFERENCE = /'([^'\r\n]+\.(?:bicep|bicepparam|json))'/gi;
var REGISTRY2 = /^(br|ts)(:|\/)/i;
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
  const resolveFrom = (from, target) => workspace.resolveFrom(from, target);
  for (const file of files) {
    parent.set(file.path, parent.get(file.path) ?? file.path);
    const text = workspace.readText(file.path);
    if (!text.ok) continue;
    for (const match2 of text.text.matchAll(LOCAL_REFERENCE)) {
      const reference = match2[1];
      if (REGISTRY2.test(reference)) continue;
      const written = resolveModulePath(resolveFrom, file.path, reference);
      if (written === void 0) continue;
      const target = existingModulePath(workspace, written) ?? written;
      if (!parent.has(target)) parent.set(target, target);
      union2(file.path, target);
      const twin = /\.json$/i.test(target) ? existingModulePath(workspace, target.replace(/\.json$/i, ".bicep")) : void 0;
      if (twin !== void 0) {
        if (!parent.has(twin)) parent.set(twin, twin);
        union2(file.path, twin);
      }
    }
  }
  return [...groupBy(files, (file) => find(file.path)).values()].map((members) => ({ files: members }));
}

// src/readers/bicep/bicep-claim.ts
var BICEP_FILE = /\.bicep(param)?$/i;
var bicepClaim = {
  format: "bicep",
  claims: (file) => BICEP_FILE.test(file.path),
  units: moduleComponents,
  // A parameter file of a registry template, or of a missing one, names no policy word when it sets only
  // `enableHotpatching`: the reader says its template is not read (unread-parameter-file.ts).
  // One of an ARM JSON template is applied by the ARM reader, or said not to be (entry-points.ts): never skipped unsaid.
  mustRead: (unit, workspace) => unit.files.some((file) => {
    if (!/\.bicepparam$/i.test(file.path)) return false;
    const text = workspace.readText(file.path);
    if (!text.ok) return false;
    if (REGISTRY_USING.test(text.text) || JSON_USING.test(text.text)) return true;
    const local = LOCAL_USING.exec(text.text)?.[1];
    return local !== void 0 && resolveModuleTarget(workspace, file.path, local).kind === "unreadable";
  })
};
var REGISTRY_USING = /^using[ \t]+'(?:br|ts)[:/]/m;
var LOCAL_USING = /^using[ \t]+'([^'\n]+)'/m;
var JSON_USING = /^using[ \t]+'[^'\n]*\.json'/im;

// src/readers/kubernetes/claims.ts
var YAML_FILE = /\.ya?ml$/i;
var PULUMI_FILE = /(^|\/)Pulumi(\.[^/]+)?\.ya?ml$/;
var topLevelKey = (key2) => new RegExp(`^(?:${key2}|"${key2}"|'${key2}')[ \\t]*:`, "m");
var TOP_LEVEL_API_VERSION = topLevelKey("apiVersion");
var TOP_LEVEL_KIND = topLevelKey("kind");
var TOP_LEVEL_METADATA = topLevelKey("metadata");
var WORKFLOW_KEYS = [/^on[ \t]*:/m, /^jobs[ \t]*:/m];
var TOP_LEVEL_OBJECT_ITEMS = /^items[ \t]*:[ \t]*(?:#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*[ \t]*-[ \t]+(?:apiVersion|kind)[ \t]*:/m;
var FLOW_DOCUMENT = /^(?:---[ \t]*)?\{(?!\{)/m;
var flowKey = (key2) => new RegExp(`(?:^|[{,\\s])(?:${key2}|"${key2}"|'${key2}')[ \\t]*:`);
var FLOW_KEYS = [flowKey("apiVersion"), flowKey("kind")];
var CONTENT_LINE = /^[ \t]*[^#\s]/m;
var HEAD_CHARACTERS2 = 4096;
function claimsKubernetesFile(file, head) {
  if (!YAML_FILE.test(file.path) || PULUMI_FILE.test(file.path)) return false;
  if (file.path.startsWith(".github/") || file.path.includes("/.github/")) return false;
  const text = objectHead(head);
  if (transformsObjects(file.path, text)) return true;
  if (FLOW_DOCUMENT.test(text) && FLOW_KEYS.every((key2) => key2.test(text))) return true;
  const list = TOP_LEVEL_API_VERSION.test(text) && TOP_LEVEL_OBJECT_ITEMS.test(text);
  if (!list && (!TOP_LEVEL_KIND.test(text) || !(TOP_LEVEL_API_VERSION.test(text) || TOP_LEVEL_METADATA.test(text)))) return false;
  return !WORKFLOW_KEYS.every((pattern) => pattern.test(text));
}
function objectHead(head) {
  const text = head();
  if (CONTENT_LINE.test(text)) return text;
  const read = head("read");
  const content = CONTENT_LINE.exec(read);
  return content === null ? text : read.slice(content.index, content.index + HEAD_CHARACTERS2);
}
var KUSTOMIZATION_FILE = /(?:^|\/)kustomization\.ya?ml$/i;
var KUSTOMIZE_TRANSFORMS = /^(?:namePrefix|nameSuffix|patches|patchesJson6902|patchesStrategicMerge|components)[ \t]*:/m;
var transformsObjects = (path, text) => KUSTOMIZATION_FILE.test(path) && KUSTOMIZE_TRANSFORMS.test(text);
var AZURE_GROUP = /^(?:[a-z0-9-]+\.)?(?:azure\.com|azure\.upbound\.io|azure\.m\.upbound\.io)$/;
var API_VERSION_LINE = /^apiVersion[ \t]*:(?:[ \t]*(["']?)([A-Za-z0-9.-]+(?:\/[A-Za-z0-9.-]+)?)\1[ \t]*(?:#.*)?\r?$)?/gm;
var LIST_KIND_LINE = /^kind[ \t]*:[ \t]*["']?[A-Za-z0-9]*List\b/m;
function mayHoldAzureObject(document) {
  let group;
  let count = 0;
  for (const match2 of document.matchAll(API_VERSION_LINE)) {
    if (++count > 1 || match2[2] === void 0) return true;
    const apiVersion = match2[2];
    const slash = apiVersion.indexOf("/");
    group = slash < 0 ? "" : apiVersion.slice(0, slash).toLowerCase();
  }
  return group === void 0 || AZURE_GROUP.test(group) || LIST_KIND_LINE.test(document) || TOP_LEVEL_OBJECT_ITEMS.test(document);
}
var MAY_CARRY_HOTPATCH_SIGNAL = /hotpatch|azure-edition/i;
var COMPOSITION_KIND = /^kind[ \t]*:[ \t]*["']?Composition["']?[ \t]*(?:#.*)?\r?$/m;
var GO_TEMPLATE_INPUT = /apiVersion[ \t]*:[ \t]*["']?gotemplating\.fn\.crossplane\.io\//;
var mayUseGoTemplates = (text) => COMPOSITION_KIND.test(text) && GO_TEMPLATE_INPUT.test(text);
var PROGRAM_INPUT = /apiVersion[ \t]*:[ \t]*["']?(?:krm\.kcl\.dev|(?:python|cue|pkl)\.fn\.crossplane\.io)\//;
var mayRunCompositionProgram = (text) => COMPOSITION_KIND.test(text) && PROGRAM_INPUT.test(text);
var namesAzureGroup = (text) => /(?:^|[^\w.-])(?:[a-z0-9-]+\.)?(?:azure\.com|azure\.upbound\.io|azure\.m\.upbound\.io)\//.test(text);
var mentionsAzureGroup = (text) => /apiVersion[ \t]*:[ \t]*["']?(?:[a-z0-9-]+\.)?(?:azure\.com|azure\.upbound\.io|azure\.m\.upbound\.io)\//.test(text);

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

// src/readers/kubernetes/kustomize-links.ts
var KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var MAX_BASES = 8;
var RENAMES = /^(?:namePrefix|nameSuffix)[ \t]*:[ \t]*[^\s#]/m;
var BUILT_LISTS = listPatterns("resources|bases|components");
var COMPONENT_LISTS = listPatterns("components");
var PLAIN_ITEM = /^[ \t]*-[ \t]+(?:"([^"\\]*)"|'([^']*)'|([^\s#'"|>!&*%@`{[][^#]*?))[ \t]*(?:[ \t]#.*)?$/;
var BLANK = /^[ \t]*(?:#.*)?$/;
var renamesObjects = (path, text) => KUSTOMIZATION_FILE.test(path) && RENAMES.test(text);
function renamesBuilt(file, text, workspace, depth = 0, seen = /* @__PURE__ */ new Set([file])) {
  if (renamesObjects(file, text)) return true;
  if (!KUSTOMIZATION_FILE.test(file) || !/^components[ \t]*:/m.test(text)) return false;
  const items = listedItems(text, COMPONENT_LISTS);
  if (items === void 0) return true;
  return items.some((item) => {
    const folder = workspace.resolveFrom(file, item);
    const component = folder === void 0 ? void 0 : KUSTOMIZATION_NAMES.map((name) => folder === "" ? name : `${folder}/${name}`).find((candidate) => workspace.get(candidate) !== void 0);
    if (component === void 0 || seen.has(component) || depth >= MAX_BASES) return false;
    seen.add(component);
    const componentText = workspace.readText(component);
    return componentText.ok && renamesBuilt(component, componentText.text, workspace, depth + 1, seen);
  });
}
function kustomizedFiles(file, text, workspace, depth = 0, seen = /* @__PURE__ */ new Set([file])) {
  const items = listedItems(text, BUILT_LISTS);
  if (items === void 0) return void 0;
  const files = [];
  for (const item of items) {
    const path = workspace.resolveFrom(file, item);
    if (path === void 0) continue;
    if (workspace.get(path) !== void 0) {
      files.push(path);
      continue;
    }
    const base = KUSTOMIZATION_NAMES.map((name) => path === "" ? name : `${path}/${name}`).find((candidate) => workspace.get(candidate) !== void 0);
    if (base === void 0 || seen.has(base) || depth >= MAX_BASES) continue;
    seen.add(base);
    const baseText = workspace.readText(base);
    const inside = baseText.ok ? kustomizedFiles(base, baseText.text, workspace, depth + 1, seen) : [];
    if (inside === void 0) return void 0;
    files.push(...inside);
  }
  return files;
}
function listPatterns(keys) {
  return { block: new RegExp(`^(?:${keys})[ \\t]*:[ \\t]*(?:#.*)?$`), inline: new RegExp(`^(?:${keys})[ \\t]*:[ \\t]*[^\\s#]`) };
}
function listedItems(text, lists) {
  const items = [];
  let inList = false;
  for (const line2 of text.split(/\r?\n/)) {
    if (lists.block.test(line2)) {
      inList = true;
      continue;
    }
    if (lists.inline.test(line2)) return void 0;
    if (BLANK.test(line2)) continue;
    if (/^[^\s-]/.test(line2)) {
      inList = false;
      continue;
    }
    if (!inList) continue;
    const item = PLAIN_ITEM.exec(line2);
    if (item === null) return void 0;
    items.push(item[1] ?? item[2] ?? item[3] ?? "");
  }
  return items;
}

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
  const renaming = [];
  for (const [index, file] of files.entries()) {
    const text = workspace.readText(file.path);
    if (!text.ok) continue;
    const tokens = tokensOf(text.text);
    if (tokens === void 0) return [{ files }];
    for (const token of tokens) {
      const first = owner.get(token);
      if (first === void 0) owner.set(token, index);
      else sets.union(first, index);
    }
    if (renamesBuilt(file.path, text.text, workspace)) renaming.push(index);
  }
  if (renaming.length > 0) {
    const indexOf = new Map(files.map((file, index) => [file.path, index]));
    for (const index of renaming) {
      const kustomization = files[index].path;
      const text = workspace.readText(kustomization);
      const built = text.ok ? kustomizedFiles(kustomization, text.text, workspace) : [];
      if (built === void 0) return [{ files }];
      for (const path of built) {
        const other = indexOf.get(path);
        if (other !== void 0) sets.union(index, other);
      }
    }
  }
  const groups = groupBy(files.keys(), (index) => String(sets.find(index)));
  return [...groups.values()].map((members) => ({ files: members.map((index) => files[index]) }));
}
function tokensOf(text) {
  if (OPAQUE.test(text)) return void 0;
  const tokens = /* @__PURE__ */ new Set();
  for (const match2 of text.matchAll(NAME)) {
    const name = scalarAfterColon(match2[1] ?? "");
    if (name === void 0) return void 0;
    tokens.add(`name
${name}`);
  }
  for (const match2 of text.matchAll(LABELS)) {
    if (!/^[ \t]*(?:#.*)?$/.test(match2[2] ?? "")) return void 0;
    const pairs = labelPairs(text, (match2.index ?? 0) + match2[0].length, (match2[1] ?? "").length);
    if (pairs === void 0 || pairs.length === 0) return void 0;
    for (const pair of pairs) tokens.add(`label
${pair}`);
  }
  return tokens;
}
function labelPairs(text, from, indent) {
  const pairs = [];
  let depth;
  for (let start = nextLine(text, from); start < text.length; start = nextLine(text, start)) {
    const end = lineEnd(text, start);
    const line2 = text.slice(start, end);
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
function nextLine(text, offset) {
  const end = lineEnd(text, offset);
  if (end >= text.length) return text.length;
  return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
}
function lineEnd(text, offset) {
  for (let i = offset; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return text.length;
}

// src/readers/kubernetes/kubernetes-claim.ts
var kubernetesClaim = {
  format: "kubernetes",
  claims: claimsKubernetesFile,
  units: kubernetesUnits,
  // A Composition whose Go templates are kept outside the file (`source: FileSystem`) need hold no policy word, and
  // the reader's notice that they are not read is all a scan can say of it: the prefilter would pass it over. So is a
  // kustomization's patch of a base's VM, which may name none, and a Composition step whose function runs a
  // program kept outside the file (function-kcl's OCI source), and a claim of a platform API whose hotpatch inputs
  // (`imageSku: 2025-datacenter-azure-edition`) are no word of the policy.
  mustRead: (unit, workspace) => unit.files.some((file) => {
    const text = workspace.readText(file.path);
    return text.ok && (mayUseGoTemplates(text.text) || mayRunCompositionProgram(text.text) || MAY_CARRY_HOTPATCH_SIGNAL.test(text.text) || transformsObjects(file.path, text.text));
  })
};

// src/readers/pulumi/units.ts
var PROJECT_FILE = /(^|\/)Pulumi\.ya?ml$/;
var STACK_FILE = /(^|\/)Pulumi\.[^/]+\.ya?ml$/;
function projectIn(folder, workspace) {
  return ["Pulumi.yaml", "Pulumi.yml"].map((name) => folder ? `${folder}/${name}` : name).find((path) => workspace.get(path));
}
function projectsOf(path, workspace) {
  if (PROJECT_FILE.test(path)) return [path];
  if (STACK_FILE.test(path)) {
    const project = projectIn(folderOf(path), workspace);
    return project === void 0 ? [] : [project];
  }
  const folders = folderOf(path).split("/");
  const projects = [];
  for (let depth = folders.length; depth >= 0; depth--) {
    const project = projectIn(folders.slice(0, depth).join("/"), workspace);
    if (project !== void 0) projects.push(project);
  }
  return projects;
}
function pulumiUnits(files, workspace) {
  const groups = [];
  const groupOf = /* @__PURE__ */ new Map();
  for (const file of files) {
    const projects = projectsOf(file.path, workspace);
    const joined = [...new Set(projects.flatMap((project) => groupOf.get(project) ?? []))];
    const group = { files: [file, ...joined.flatMap((other) => other.files)], projects: /* @__PURE__ */ new Set([...projects, ...joined.flatMap((other) => [...other.projects])]) };
    for (const other of joined) groups.splice(groups.indexOf(other), 1);
    groups.push(group);
    for (const project of group.projects) groupOf.set(project, group);
  }
  const order = [...new Set(groups.flatMap((group) => [...group.projects]))].sort();
  const rank = new Map(order.map((project, index) => [project, index]));
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
  const listing = new Map(files.map((file, index) => [file.path, index]));
  const byListing = (a, b) => (listing.get(a.path) ?? 0) - (listing.get(b.path) ?? 0);
  return merged.map(({ group }) => ({ files: [...group.files].sort(byListing) }));
}

// src/readers/pulumi/pulumi-claim.ts
var PROJECT_FILE2 = /(^|\/)Pulumi\.ya?ml$/;
var STACK_FILE2 = /(^|\/)Pulumi\.[^/]+\.ya?ml$/;
var MAIN_FILE = /(^|\/)Main\.ya?ml$/;
var PROGRAM_SECTION = /^(resources|variables)[ \t]*:/m;
var pulumiClaim = {
  format: "pulumi",
  claims: (file, head) => PROJECT_FILE2.test(file.path) || STACK_FILE2.test(file.path) || MAIN_FILE.test(file.path) && PROGRAM_SECTION.test(head()),
  units: pulumiUnits,
  // A project whose program is code has no policy word in its YAML, and the reader's notice that the
  // program is not evaluated is all a scan can say of it: the prefilter would have counted it as a file
  // that declares no VM. Only a project that uses Azure gets it: a template repository's AWS and GCP
  // projects made 181 notes of nothing (pulumi/templates).
  // A component or package resource (`mycompany:index:WindowsVm`) has no policy word either: its inputs' hotpatch
  // signal (or a stack value that feeds them) makes it a stand-in VM only the reader can give (package-resources.ts).
  mustRead: (unit, workspace) => unit.files.some((file) => {
    const text = workspace.readText(file.path);
    if (text.ok && HOTPATCH_WORDS.test(text.text)) return true;
    if (!PROJECT_FILE2.test(file.path)) return false;
    const runtime = text.ok ? RUNTIME.exec(text.text) : null;
    return runtime !== null && (runtime[1] ?? runtime[2]) !== "yaml" && usesAzure(unit.files, file.path, workspace);
  })
};
var HOTPATCH_WORDS = /hotpatch|azure-edition/i;
var DEPENDENCY_FILE = /^(?:package\.json|go\.mod|requirements\.txt|pyproject\.toml|Pipfile|.*\.(?:cs|fs|vb)proj|pom\.xml|build\.gradle(?:\.kts)?)$/;
var AZURE = /azure/i;
function usesAzure(unitFiles, project, workspace) {
  const mentions = (path) => {
    const text = workspace.readText(path);
    return text.ok && AZURE.test(text.text);
  };
  if (unitFiles.some((file) => mentions(file.path))) return true;
  const folder = project.slice(0, project.lastIndexOf("/") + 1);
  return namesBeside(workspace, project).some((name) => DEPENDENCY_FILE.test(name) && mentions(folder + name));
}
var RUNTIME = /^runtime[ \t]*:[ \t]*(?:["']?([A-Za-z0-9_-]+)["']?|(?:#.*)?\r?\n[ \t]+name[ \t]*:[ \t]*["']?([A-Za-z0-9_-]+))/m;

// src/readers/terraform/plan/plan-head.ts
function isPlanHead(head) {
  return head.includes('"format_version"') && (head.includes('"terraform_version"') || head.includes('"planned_values"') || head.includes('"resource_changes"'));
}
function isStateHead(head) {
  return STATE_START.test(head);
}
var STATE_START = /"terraform_version"\s*:\s*"[^"]*"\s*,\s*"values"\s*:/;

// src/readers/terraform/plan/terraform-plan-claim.ts
var terraformPlanClaim = {
  format: "terraform-plan",
  claims: (file, head) => file.path.endsWith(".json") && isPlanHead(head()),
  // Each plan is read on its own (its declarations come from the .tf files of its folder, through the workspace).
  units: (files) => files.map((file) => ({ files: [file] }))
};

// src/readers/terraform/config/folder-paths.ts
var isLocalSource = (source) => source.startsWith("./") || source.startsWith("../");
function moduleFolderOf(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "." : path.slice(0, slash);
}

// src/readers/terraform/config/units.ts
var SOURCE = /\bsource\s*=\s*"([^"\r\n]*)"/g;
function terraformUnits(files, workspace) {
  const sets = new DisjointSets();
  const claimedTf = /* @__PURE__ */ new Map();
  for (const file of files) {
    const folder = moduleFolderOf(file.path);
    sets.add(folder);
    if (file.path.endsWith(".tf")) claimedTf.set(folder, [...claimedTf.get(folder) ?? [], file.path]);
  }
  const queue = [...claimedTf.keys()];
  const visited = new Set(queue);
  while (queue.length > 0) {
    const folder = queue.shift();
    for (const path of claimedTf.get(folder) ?? directTfFiles(workspace, folder)) {
      const text = workspace.readText(path);
      if (!text.ok) continue;
      for (const match2 of text.text.matchAll(SOURCE)) {
        const source = match2[1];
        if (!isLocalSource(source)) continue;
        const resolved = workspace.resolveFrom(path, source);
        if (resolved === void 0) continue;
        const target = resolved === "" ? "." : resolved.replace(/\/+$/, "");
        sets.add(target);
        sets.union(folder, target);
        if (!visited.has(target)) {
          visited.add(target);
          queue.push(target);
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
  const folders = [...new Set(files.map((file) => moduleFolderOf(file.path)))].sort();
  const folderRank = new Map(folders.map((folder, rank) => [folder, rank]));
  const groups = /* @__PURE__ */ new Map();
  files.forEach((file, index) => {
    const folder = moduleFolderOf(file.path);
    const rank = folderRank.get(folder);
    const key2 = find(folder);
    const group = groups.get(key2);
    if (group === void 0) {
      groups.set(key2, { members: [index], folderFirst: rank, folderLast: rank, listingFirst: index, listingLast: index });
      return;
    }
    group.members.push(index);
    group.folderFirst = Math.min(group.folderFirst, rank);
    group.folderLast = Math.max(group.folderLast, rank);
    group.listingLast = index;
  });
  const sorted = [...groups.values()].sort((a, b) => a.folderFirst - b.folderFirst);
  const merged = [];
  for (const group of sorted) {
    let current = group;
    for (let top = merged.at(-1); top !== void 0; top = merged.at(-1)) {
      if (top.folderLast < current.folderFirst && top.listingLast < current.listingFirst) break;
      merged.pop();
      current = join3(top, current);
    }
    merged.push(current);
  }
  return merged.map((group) => ({ files: group.members.sort((a, b) => a - b).map((index) => files[index]) }));
}
function join3(a, b) {
  return {
    members: [...a.members, ...b.members],
    folderFirst: Math.min(a.folderFirst, b.folderFirst),
    folderLast: Math.max(a.folderLast, b.folderLast),
    listingFirst: Math.min(a.listingFirst, b.listingFirst),
    listingLast: Math.max(a.listingLast, b.listingLast)
  };
}

// src/readers/terraform/terraform-claim.ts
var isTfvars = (path) => path.endsWith(".tfvars") || path.endsWith(".tfvars.json");
var isTerragrunt = (path) => path === "terragrunt.hcl" || path.endsWith("/terragrunt.hcl");
var terraformClaim = {
  format: "terraform",
  // `.tf.json` (Terraform's JSON syntax) is claimed so that what it declares is said, not passed over (json-syntax.ts).
  claims: (file) => file.path.endsWith(".tf") || file.path.endsWith(".tf.json") || isTfvars(file.path) || isTerragrunt(file.path),
  units: terraformUnits,
  // A var file beside no configuration (`envs/prod.tfvars`), or a `terragrunt.hcl`, holds no policy word when it
  // only sets `hotpatching_enabled = true`: the reader says it is not applied (runtime/orphan-var-file.ts,
  // runtime/terragrunt-inputs.ts).
  mustRead: (unit) => {
    const configured = new Set(unit.files.filter((file) => file.path.endsWith(".tf")).map((file) => moduleFolderOf(file.path)));
    return unit.files.some((file) => isTerragrunt(file.path) || isTfvars(file.path) && !configured.has(moduleFolderOf(file.path)));
  }
};

// src/readers/shared/json/line-positions.ts
var LinePositions = class {
  constructor(text) {
    this.text = text;
    this.starts = [text.charCodeAt(0) === 65279 ? 1 : 0];
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
    const { text, starts } = this;
    let position = this.scanned;
    for (; ; ) {
      if (this.nextLineFeed !== -1 && this.nextLineFeed < position) this.nextLineFeed = text.indexOf("\n", position);
      if (this.nextReturn !== -1 && this.nextReturn < position) this.nextReturn = text.indexOf("\r", position);
      const lineFeed = this.nextLineFeed;
      const carriage = this.nextReturn;
      const isReturn = carriage !== -1 && (lineFeed === -1 || carriage < lineFeed);
      const next = isReturn ? carriage : lineFeed;
      if (next === -1 || next >= offset) {
        this.scanned = offset;
        return;
      }
      if (!isReturn || text.charCodeAt(next + 1) !== 10) starts.push(next + 1);
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

// src/readers/shared/json/char-codes.ts
var QUOTE = 34;
var BACKSLASH = 92;
var SLASH = 47;
var STAR = 42;
var COMMA = 44;
var OPEN_BRACE = 123;
var OPEN_BRACKET = 91;
var CLOSE_BRACE = 125;
var CLOSE_BRACKET = 93;
var LF = 10;
var CR = 13;

// src/readers/shared/json/json-text.ts
function endOfString(text, quote) {
  for (let end = text.indexOf('"', quote + 1); end >= 0; end = text.indexOf('"', end + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
  }
  return text.length;
}
function endOfLiteral(text, position) {
  for (; ; ) {
    const code = text.charCodeAt(position);
    if (Number.isNaN(code) || code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || code <= 32) return position;
    position++;
  }
}
function isKey(text, quote, name) {
  let position = quote + 1;
  for (let i = 0; i < name.length; i++, position++) {
    const code = text.charCodeAt(position);
    if (code === BACKSLASH) return keyOf(text, quote) === name;
    if (code === QUOTE || code !== name.charCodeAt(i)) return false;
  }
  return text.charCodeAt(position) === QUOTE;
}
function keyOf(text, quote) {
  return JSON.parse(text.slice(quote, endOfString(text, quote) + 1));
}

// src/readers/shared/json/nesting.ts
var MAX_JSON_DEPTH = 512;
function findExcessiveNesting(text, limit = MAX_JSON_DEPTH) {
  if (text.length <= limit) return -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      i = endOfString(text, i);
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (++depth > limit) return i;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--;
    } else if (code === SLASH) {
      i = endOfComment(text, i);
    }
  }
  return -1;
}
function endOfComment(text, slash) {
  const next = text.charCodeAt(slash + 1);
  if (next === SLASH) {
    const end = text.indexOf("\n", slash);
    return end < 0 ? text.length : end;
  }
  if (next === STAR) {
    const end = text.indexOf("*/", slash + 2);
    return end < 0 ? text.length : end + 1;
  }
  return slash;
}

// src/readers/shared/json/json-tree.ts
var MAX_PARSE_DEPTH = MAX_JSON_DEPTH;
function parseJsonDocument(text) {
  const lines = new LinePositions(text);
  const position = (offset) => lines.at(offset);
  const tooDeep2 = findExcessiveNesting(text, MAX_PARSE_DEPTH);
  if (tooDeep2 >= 0) {
    const message = `JSON nested deeper than ${MAX_PARSE_DEPTH} levels; not read`;
    return { root: void 0, error: { ...position(tooDeep2), message }, position };
  }
  const errors = [];
  let root;
  try {
    root = parseTree2(text, errors, { allowTrailingComma: true, disallowComments: false });
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
  return node.children?.find((child) => child.children?.[0]?.value === key2);
}
var childOf = (node, key2) => propertyOf(node, key2)?.children?.[1];

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

// src/readers/arm/template/type-names.ts
var lowered = /* @__PURE__ */ new Map();
var MAX_TEXTS = 4096;
function lowerCaseType(type) {
  let lower = lowered.get(type);
  if (lower === void 0) {
    lower = type.toLowerCase();
    if (lowered.size >= MAX_TEXTS) lowered.clear();
    lowered.set(type, lower);
  }
  return lower;
}
var lowerCaseName = lowerCaseType;

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
var PartialArmObject = class extends Unresolved {
  constructor(reason, known3) {
    super(reason);
    this.known = known3;
  }
  known;
};
var MAX_VALUE_DEPTH = 512;
var MAX_TEXT_LENGTH = 1048576;
var MAX_ARRAY_LENGTH = 1e5;
var tooLong = (what) => new Unresolved(`${what} longer than ${what === "string" ? MAX_TEXT_LENGTH : MAX_ARRAY_LENGTH} is not evaluated`);
var isUnresolved = (value) => value instanceof Unresolved;
var isArmObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Unresolved);
var isArmArray = (value) => Array.isArray(value);
var derived = (value) => value.pattern === void 0 && !(value instanceof PartialArmObject) ? value : new Unresolved(value.reason);
function createArmObject(entries) {
  const object = emptyArmObject();
  for (const [key2, value] of entries) setArmMember(object, key2, value);
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
  const lower = lowerCaseName(name);
  const ascii = isAscii(lower);
  let found;
  for (const key2 in object) {
    if (ascii && key2.length !== lower.length) continue;
    if (Object.hasOwn(object, key2) && sameIgnoringCase(key2, lower)) found = key2;
  }
  return found;
}
function isAscii(text) {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
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
    for (const child of children) pending.push({ value: child, depth: item.depth + 1 });
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
function jsonMemberValue(object, name) {
  if (!isJsonObject(object)) return void 0;
  const key2 = findKey(object, name);
  return key2 === void 0 ? void 0 : object[key2];
}
function jsonObjectMember(object, name) {
  const member2 = jsonMemberValue(object, name);
  return isJsonObject(member2) ? member2 : void 0;
}

// src/readers/arm/files/arm-files.ts
var JSON_FILE = /\.json$/i;
var SCHEMA = /"\$schema"\s*:\s*"[^"]*deployment(?:Template|Parameters)/i;
var PARAMETERS_SCHEMA = /"\$schema"\s*:\s*"[^"]*deploymentParameters/i;
var CONTENT_VERSION = /"contentVersion"\s*:/;
var PARAMETERS_KEY = /"parameters"\s*:/;
function claimsArmFile(path, head) {
  if (!JSON_FILE.test(path)) return false;
  const text = head();
  return SCHEMA.test(text) || CONTENT_VERSION.test(text) || PARAMETER_FILE_NAME.test(fileName(path)) && PARAMETERS_KEY.test(text);
}
function isParameterFileCandidate(path, text) {
  return PARAMETER_FILE_NAME.test(fileName(path)) || PARAMETERS_SCHEMA.test(text.slice(0, HEAD_LENGTH));
}
var HEAD_LENGTH = 4096;
function classifyArmFile(document) {
  const root = document.value;
  if (!isJsonObject(root)) return { kind: "other" };
  const schema = jsonMemberValue(root, "$schema");
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
function foldersUp(folder) {
  const folders = [folder];
  for (let rest = folder; rest !== ""; folders.push(rest)) rest = rest.slice(0, rest.lastIndexOf("/", rest.length - 2) + 1);
  return folders;
}

// src/readers/arm/files/parameter-pairing.ts
function pairParameterFiles(templates, parameterFiles) {
  const pairs = new Map(templates.map((template) => [template, []]));
  const templatesByFolder = /* @__PURE__ */ new Map();
  for (const template of templates) templatesByFolder.set(folderPrefixOf(template), [...templatesByFolder.get(folderPrefixOf(template)) ?? [], template]);
  for (const parameterFile of parameterFiles) {
    const candidates = templatesByFolder.get(pairingFolderOf(parameterFile)) ?? [];
    const template = namedTemplate(candidates, fileName(parameterFile)) ?? (candidates.length === 1 ? candidates[0] : void 0);
    if (template !== void 0) pairs.get(template)?.push(parameterFile);
  }
  return pairs;
}
function namedTemplate(candidates, parameterFileName) {
  const stem = templateStemOf(parameterFileName);
  if (stem === void 0) return void 0;
  const names = stem === "" ? ["template.json"] : templateStemsOf(stem).map((name) => `${name}.json`);
  for (const name of names) {
    const template = candidates.find((candidate) => fileName(candidate).toLowerCase() === name);
    if (template !== void 0) return template;
  }
  return void 0;
}

// src/readers/arm/files/bicepparam-files.ts
import { posix } from "node:path";

// src/readers/shared/bicepparam-text.ts
var USING = /^using\s+'((?:[^'\\$]|\$(?!\{))*)'/;
var EXTENDS = /^extends\s+'((?:[^'\\$]|\$(?!\{))*)'/;
var PARAM = /^param\s+([A-Za-z_]\w*)\s*=\s*/;
var STRING = /^'((?:[^'\\$]|\$(?!\{))*)'$/;
var INTEGER = /^-?\d+$/;
function readBicepParamText(text) {
  const params = /* @__PURE__ */ new Map();
  let using;
  let extendsPath;
  for (const { start, text: statement } of statements(text)) {
    const param = PARAM.exec(statement);
    if (param !== null) {
      const name = param[1];
      const valueText = statement.slice(param[0].length).trim();
      const at2 = positionOf(text, start + param[0].length);
      params.set(name.toLowerCase(), { name, ...at2, ...literalOf(valueText) });
      continue;
    }
    using ??= USING.exec(statement)?.[1];
    extendsPath ??= EXTENDS.exec(statement)?.[1];
  }
  return { ...using !== void 0 && { using }, ...extendsPath !== void 0 && { extends: extendsPath }, params };
}
function literalOf(text) {
  const string = STRING.exec(text);
  if (string !== null) return { kind: "literal", value: string[1] };
  if (INTEGER.test(text) && Number.isSafeInteger(Number(text))) return { kind: "literal", value: Number(text) };
  if (text === "true" || text === "false") return { kind: "literal", value: text === "true" };
  return { kind: "expression", text };
}
function statements(text) {
  const found = [];
  const stack = [];
  let current = "";
  let start = 0;
  const end = (at2) => {
    const trimmed = current.trim();
    if (trimmed !== "") found.push({ start: start + (current.length - current.trimStart().length), text: trimmed });
    current = "";
    start = at2;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (top === "string") {
      current += c;
      if (c === "\\") {
        current += text[++i] ?? "";
      } else if (c === "$" && text[i + 1] === "{") {
        current += text[++i];
        stack.push("interpolation");
      } else if (c === "'" || c === "\n") stack.pop();
      continue;
    }
    if (c === "/" && text[i + 1] === "/") {
      const close = text.indexOf("\n", i);
      const stop = close < 0 ? text.length : close;
      current += " ".repeat(stop - i);
      i = stop - 1;
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      const stop = close < 0 ? text.length : close + 2;
      current += text.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop - 1;
      continue;
    }
    if (text.startsWith("'''", i)) {
      const close = text.indexOf("'''", i + 3);
      const stop = close < 0 ? text.length : close + 3;
      current += text.slice(i, stop);
      i = stop - 1;
      continue;
    }
    if (c === "\n" && stack.length === 0) {
      end(i + 1);
      continue;
    }
    current += c;
    if (c === "'") stack.push("string");
    else if (c === "(" || c === "[" || c === "{") stack.push("bracket");
    else if ((c === ")" || c === "]" || c === "}") && stack.length > 0) stack.pop();
  }
  end(text.length);
  return found;
}
function positionOf(text, offset) {
  let line2 = 1;
  let lineStart2 = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === "\n") {
      line2++;
      lineStart2 = i + 1;
    }
  }
  return { line: line2, column: offset - lineStart2 + 1 };
}

// src/readers/arm/files/bicepparam-files.ts
var BICEPPARAM = /\.bicepparam$/i;
var SHOWN = 60;
function bicepParamFilesFor(template, workspace) {
  const folder = template.slice(0, template.lastIndexOf("/") + 1);
  const names = namesBeside(workspace, template).filter((name) => BICEPPARAM.test(name));
  const found = [];
  for (const name of names) {
    const path = folder + name;
    const text = workspace.readText(path);
    if (!text.ok) continue;
    const read = readBicepParamText(text.text);
    if (read.using === void 0 || posix.join(folder, read.using).toLowerCase() !== template.toLowerCase()) continue;
    found.push(templateParameterFile(path, read));
  }
  return found;
}
function templateParameterFile(file, read) {
  const locate2 = (path) => {
    const entry = read.params.get(String(path[1]).toLowerCase());
    return { file, line: entry?.line ?? 1, column: entry?.column ?? 1 };
  };
  return { parameterFile: { file, parameters: {}, source: bicepParamSource(file, read) }, document: { file, locate: locate2, release: () => void 0 } };
}
function bicepParamSource(file, read) {
  const fileName2 = file.slice(file.lastIndexOf("/") + 1);
  return {
    supplied(name) {
      const entry = read.params.get(name.toLowerCase());
      if (entry === void 0) {
        if (read.extends === void 0) return void 0;
        const reason = `parameter '${name}' may be set by ${read.extends}, which ${fileName2} extends and which is not read for an ARM JSON template`;
        return { value: new Unresolved(reason), trace: { origin: "parameter-file", detail: name, via: [] } };
      }
      return valueOf(name, entry, { file, path: ["param", entry.name] }, fileName2);
    },
    missingReason: (name) => `parameter '${name}' has no default value and ${fileName2} does not set it`
  };
}
function valueOf(name, entry, ref, fileName2) {
  const trace = { origin: "parameter-file", detail: name, via: [ref] };
  if (entry.kind === "literal") return { value: entry.value, trace };
  const written = entry.text.length > SHOWN ? `${entry.text.slice(0, SHOWN)}\u2026` : entry.text;
  const reason = `parameter '${name}' is set in ${fileName2} to ${written}, an expression not evaluated for an ARM JSON template`;
  return { value: new Unresolved(reason), trace };
}

// src/readers/shared/unread-module.ts
var MAX_INPUTS = 500;
function collectInputs(shape, path, value, at2, into, maxDepth = 6, depth = 0) {
  if (into.length >= MAX_INPUTS || depth > maxDepth) return;
  const scalar = shape.scalar(value);
  if (scalar !== void 0) {
    const provenance = shape.provenance?.(value);
    into.push(provenance === void 0 ? { path, value: scalar, at: at2 } : { path, value: scalar, at: at2, provenance });
    return;
  }
  for (const [key2, child, childAt2] of shape.children(value, at2) ?? []) {
    collectInputs(shape, memberPath(path, key2), child, childAt2, into, maxDepth, depth + 1);
  }
}
var memberPath = (path, key2) => typeof key2 === "number" ? `${path}[${key2}]` : path === "" ? key2 : `${path}.${key2}`;
var inputPath = (name, inside) => inside.reduce(memberPath, name);
function visitInputs(shape, value, at2, visit2, path = [], depth = 0) {
  if (depth > MAX_INPUT_DEPTH || visit2(value, path, at2)) return;
  for (const [key2, child, childAt2] of shape.children(value, at2) ?? []) visitInputs(shape, child, childAt2, visit2, [...path, key2], depth + 1);
}
var MAX_INPUT_DEPTH = 6;
var FLAG = /hotpatch/i;
var HOTPATCH_SKU = /^20\d\d-datacenter-azure-edition(?:-core|-hotpatch|-smalldisk)*(?:-g2)?$/i;
var IMAGE_URN = /^(?<publisher>[^:\s]+):(?<offer>[^:\s]+):(?<sku>[^:\s]+):[^:\s]+$/;
function hotpatchSignals(inputs) {
  const flag = flagOf(inputs.find((input) => FLAG.test(lastKey(input.path)) && (input.value === true || String(input.value).toLowerCase() === "true")));
  const skuAlone = inputs.find((input) => typeof input.value === "string" && HOTPATCH_SKU.test(input.value));
  const urn = skuAlone === void 0 ? hotpatchUrn(inputs) : void 0;
  const tag = inputs.find((input) => /(^|\.)tags\./i.test(input.path) && (FLAG.test(lastKey(input.path)) || FLAG.test(String(input.value))));
  if (flag === void 0 && skuAlone === void 0 && urn === void 0 && tag === void 0) return void 0;
  const part = (name) => skuAlone === void 0 ? void 0 : inputs.find((input) => typeof input.value === "string" && name.test(lastKey(input.path)));
  const { sku, publisher, offer } = urn ?? { sku: skuAlone, publisher: part(/publisher$/i), offer: part(/offer$/i) };
  const skus = distinctSkus(inputs);
  return {
    ...flag && { flag },
    ...sku && { sku },
    ...tag && { tag },
    ...publisher && { publisher },
    ...offer && { offer },
    ...skus.length > 1 && { skus }
  };
}
function distinctSkus(inputs) {
  const seen = /* @__PURE__ */ new Map();
  for (const input of inputs) {
    if (typeof input.value !== "string") continue;
    const sku = HOTPATCH_SKU.test(input.value) ? input.value : IMAGE_URN.exec(input.value)?.groups?.sku;
    if (sku === void 0 || !HOTPATCH_SKU.test(sku)) continue;
    if (!seen.has(sku.toLowerCase())) seen.set(sku.toLowerCase(), input);
  }
  return [...seen.values()];
}
function hotpatchUrn(inputs) {
  for (const input of inputs) {
    const parts = typeof input.value === "string" ? IMAGE_URN.exec(input.value)?.groups : void 0;
    if (parts?.sku === void 0 || !HOTPATCH_SKU.test(parts.sku)) continue;
    const partOf = (value) => value === void 0 ? void 0 : { ...input, value, written: String(input.value) };
    return { sku: partOf(parts.sku), publisher: partOf(parts.publisher), offer: partOf(parts.offer) };
  }
  return void 0;
}
function flagOf(input) {
  return input === void 0 || input.value === true ? input : { ...input, value: true };
}
function unreadCallAsVm(call2, signals) {
  const describe3 = (input) => `${input.path} = ${JSON.stringify(input.written ?? input.value)} at ${formatLocation(input.at)}`;
  const shown = [signals.flag, ...signals.skus ?? [signals.sku], signals.tag].filter((input) => input !== void 0).map(describe3);
  const reason = `${call2.why}, and its inputs carry a hotpatch signal (${shown.join("; ")}): ${call2.judge}`;
  const open = () => unresolved(call2.at, call2.decidedElsewhere ?? `decided inside ${call2.displayName}, which is not read`);
  const signal = (input) => input === void 0 ? void 0 : known(input.value, input.at, input.provenance?.origin ?? "literal", input.provenance?.detail, input.provenance?.via);
  return {
    kind: "virtual-machine",
    format: call2.format,
    identity: { type: VM_TYPE, name: void 0, symbol: call2.symbol },
    ...placeOf(call2),
    canHotpatch: true,
    orchestrationMode: absent(call2.at),
    osType: unresolved(call2.at, reason),
    image: signals.skus ? severalImages(call2, signals.skus) : {
      publisher: signal(signals.publisher) ?? open(),
      offer: signal(signals.offer) ?? open(),
      sku: signal(signals.sku) ?? open(),
      version: absent(call2.at),
      customImageId: absent(call2.at)
    },
    location: absent(call2.at),
    tags: absent(call2.at),
    patchMode: open(),
    enableHotpatching: signal(signals.flag) ?? open(),
    rebootSetting: open(),
    bypassPlatformSafetyChecksOnUserSchedule: open()
  };
}
function severalImages(call2, skus) {
  const named = skus.map((input) => JSON.stringify(input.written ?? input.value)).join(", ");
  const why = `${call2.displayName} is passed ${skus.length} images (${named}): which of its VMs runs each is decided inside it, which is not read`;
  return { publisher: unresolved(call2.at, why), offer: unresolved(call2.at, why), sku: unresolved(call2.at, why), version: absent(call2.at), customImageId: absent(call2.at) };
}
function placeOf(call2) {
  return {
    ...call2.unit === void 0 ? {} : { unit: call2.unit },
    ...call2.scope === void 0 ? {} : { scope: call2.scope },
    displayName: call2.displayName,
    reportAt: call2.at,
    declaredAt: call2.at,
    related: [],
    variant: call2.variant ?? "",
    deployed: call2.deployed
  };
}
var lastKey = (path) => path.slice(path.lastIndexOf(".") + 1);
var MAINTENANCE_MODULE = /maintenance/i;
var MACHINE_TYPES = /* @__PURE__ */ new Set([VM_TYPE.toLowerCase(), VMSS_TYPE.toLowerCase()]);
function unreadCallAsAssignment(call2, target) {
  return {
    kind: "maintenance-assignment",
    format: call2.format,
    identity: { type: MAINTENANCE_ASSIGNMENT_TYPE, name: void 0, symbol: call2.symbol },
    ...placeOf(call2),
    configuration: { target: unresolved(call2.at, `decided inside ${call2.displayName}, which is not read (${call2.why})`) },
    target: { target }
  };
}

// src/readers/shared/azure-compute/property-source.ts
var orPlatformDefault = (sourced, value) => sourced.origin === "absent" ? { value, origin: "provider-default", location: sourced.location } : sourced;
function firstWritten(first, ...rest) {
  if (first.origin !== "absent") return first;
  for (const field2 of rest) if (field2.origin !== "absent") return field2;
  return first;
}

// src/readers/shared/azure-compute/api-version.ts
var BYPASS_MIN_API_VERSION = "2023-03-01";
function predates(apiVersion, first) {
  const version = apiVersion?.value?.slice(0, 10);
  return version !== void 0 && /^\d{4}-\d{2}-\d{2}$/.test(version) && version < first;
}
function bypassAsSent(written, apiVersion) {
  if (written.origin === "absent" || !predates(apiVersion, BYPASS_MIN_API_VERSION)) return written;
  const detail = `API version ${apiVersion.value} predates it (${BYPASS_MIN_API_VERSION})`;
  return { value: false, origin: "provider-default", location: written.location, detail };
}
var REBOOT_SETTING_MIN_API_VERSION = "2022-03-01";
function rebootSettingAsSent(written, apiVersion) {
  if (written.origin === "absent" || !predates(apiVersion, REBOOT_SETTING_MIN_API_VERSION)) return written;
  return { ...absent(written.location), detail: `not sent: API version ${apiVersion.value} predates it (${REBOOT_SETTING_MIN_API_VERSION})` };
}

// src/readers/shared/azure-compute/orchestration.ts
var FLEXIBLE_MIN_API_VERSION = "2021-03-01";
function orchestrationModeOf(written, apiVersion) {
  if (written.origin !== "absent" || !predates(apiVersion, FLEXIBLE_MIN_API_VERSION)) return written;
  const detail = `API version ${apiVersion.value} predates Flexible orchestration (${FLEXIBLE_MIN_API_VERSION})`;
  return { value: "Uniform", origin: "provider-default", location: apiVersion.location, detail };
}

// src/readers/shared/azure-compute/virtual-machine.ts
function computePaths(profile) {
  const image = [...profile, "storageProfile", "imageReference"];
  const patch = [...profile, "osProfile", "windowsConfiguration", "patchSettings"];
  const platform = [...patch, "automaticByPlatformSettings"];
  return {
    publisher: [...image, "publisher"],
    offer: [...image, "offer"],
    sku: [...image, "sku"],
    version: [...image, "version"],
    imageId: [...image, "id"],
    sharedGalleryImageId: [...image, "sharedGalleryImageId"],
    communityGalleryImageId: [...image, "communityGalleryImageId"],
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
    rebootSetting: rebootSettingAsSent(source.string(paths.rebootSetting), overrides.apiVersion),
    bypassPlatformSafetyChecksOnUserSchedule: overrides.bypassPlatformSafetyChecksOnUserSchedule ?? bypassAsSent(source.boolean(paths.bypassPlatformSafetyChecksOnUserSchedule), overrides.apiVersion)
  };
}
function readOsType(source, paths, publisher) {
  const osDisk = toOsType(source.string(paths.osDiskOsType));
  const windows = source.written(paths.windowsConfiguration);
  const linux = source.written(paths.linuxConfiguration);
  const windowsPublisher = publisher.value === void 0 || publisher.value.toLowerCase() === "microsoftwindowsserver";
  if (osDisk.value !== void 0) return osDisk;
  if (windows.value !== void 0) return as(windows, "Windows");
  if (linux.value !== void 0) return as(linux, "Linux");
  if (windowsPublisher && publisher.value !== void 0) return as(publisher, "Windows");
  if (osDisk.origin === "unresolved") return osDisk;
  if (windows.origin === "unresolved") return as(windows, "Windows");
  if (linux.origin === "unresolved") return as(linux, "Linux");
  if (windowsPublisher && publisher.origin === "unresolved") return as(publisher, "Windows");
  return absentAt(source);
}
function toOsType(written) {
  if (written.value === void 0) return written;
  const value = written.value.toLowerCase();
  if (value === "windows") return { ...written, value: "Windows" };
  if (value === "linux") return { ...written, value: "Linux" };
  return { ...written, value: void 0, origin: "unresolved", reason: `osType '${written.value}' is neither Windows nor Linux` };
}
var as = (sourced, os) => ({
  ...sourced,
  value: sourced.value === void 0 ? void 0 : os
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
  kbNumbersToInclude: [...WINDOWS, "kbNumbersToInclude"],
  inGuestPatchMode: ["properties", "extensionProperties", "InGuestPatchMode"]
};
function mapMaintenanceConfiguration(source) {
  const paths = CONFIGURATION_PATHS;
  return {
    kind: "maintenance-configuration",
    maintenanceScope: source.string(paths.maintenanceScope),
    window: {
      startDateTime: source.string(paths.startDateTime),
      expirationDateTime: noExpirationWhenEmpty(source.string(paths.expirationDateTime)),
      duration: source.string(paths.duration),
      timeZone: source.string(paths.timeZone),
      recurEvery: source.string(paths.recurEvery)
    },
    rebootSetting: source.string(paths.rebootSetting),
    excludeKbsRequiringReboot: source.boolean(paths.excludeKbsRequiringReboot),
    classificationsToInclude: source.strings(paths.classificationsToInclude),
    kbNumbersToInclude: source.strings(paths.kbNumbersToInclude),
    inGuestPatchMode: source.string(paths.inGuestPatchMode)
  };
}
function noExpirationWhenEmpty(expiration) {
  return expiration.value === "" ? absent(expiration.location) : expiration;
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
var EXISTING_TAGS = "the tags of an Arc machine the repository does not declare are set where it is onboarded, not in the manifests";
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
    // An existing machine's tags are its agent's (`azcmagent connect --tags`), written nowhere the scan reads: not
    // known, so a dynamic scope's tag filter may or may not select it (read as no tags, it selected nothing).
    tags: declaration === "existing" ? { value: void 0, origin: "unresolved", location: source.at, reason: EXISTING_TAGS } : source.stringMap(["tags"]),
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
  const hotpatchLicense = hotpatchFeature(source);
  const osType = hotpatchLicense.value === true ? { value: "Windows", origin: "provider-default", location: hotpatchLicense.location } : machine.osType;
  return { ...machine, osType, location, arc: { declaration: "license-profile", hotpatchLicense } };
}
var ENROLMENT = /* @__PURE__ */ new Map([
  ["enable", true],
  ["enabled", true],
  ["enabling", true],
  ["disable", false],
  ["disabled", false],
  ["disabling", false]
]);
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
  const enrolled = ENROLMENT.get(status.toLowerCase());
  if (enrolled === void 0) {
    return { ...features, value: void 0, origin: "unresolved", reason: `the Hotpatch feature's subscriptionStatus '${status}' neither enables nor disables it` };
  }
  return { ...features, value: enrolled };
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

// src/readers/shared/azure-compute/azurerm-in-guest-scope.ts
function azurermInGuestScope(scope, written, refusedBy = "azurerm") {
  if (scope.value?.toLowerCase() !== "inguestpatch") return scope;
  const required = written.modeInProperties ? [written.installPatches] : [written.installPatches, written.inGuestUserPatchMode];
  const missing = required.filter((argument) => !argument.written);
  if (missing.length === 0) return scope;
  const what = missing.map((argument) => `\`${argument.name}\``).join(" and ");
  return unresolved(scope.location, `${refusedBy} refuses to create an InGuestPatch maintenance configuration without ${what}: it is not created`);
}

// src/readers/shared/unread-dynamic-scope.ts
var ARM_FILTER_KEYS = {
  keys: /* @__PURE__ */ new Set(["resourcetypes", "resourcegroups", "locations", "ostypes", "tagsettings"]),
  marks: /* @__PURE__ */ new Set(["resourcetypes", "ostypes", "tagsettings"])
};
function isFilterShape(keys, filter = ARM_FILTER_KEYS) {
  const lower = keys.map((key2) => key2.toLowerCase());
  return lower.length > 0 && lower.every((key2) => filter.keys.has(key2)) && lower.some((key2) => filter.marks.has(key2));
}
function unreadCallAsDynamicScope(call2, filter) {
  const place = placeOf(call2);
  const scope = call2.scope === void 0 ? void 0 : { ...call2.scope, resourceGroup: absent(call2.at) };
  return {
    kind: "maintenance-assignment",
    format: call2.format,
    identity: { type: MAINTENANCE_ASSIGNMENT_TYPE, name: void 0, symbol: call2.symbol },
    ...place,
    ...scope === void 0 ? {} : { scope },
    configuration: { target: unresolved(call2.at, `decided inside ${call2.displayName}, which is not read (${call2.why})`) },
    filter: { ...filter, resourceTypes: passedTypes(call2, filter.resourceTypes) }
  };
}
function passedTypes(call2, types) {
  const words = types.value?.filter((type) => !type.includes("/")) ?? [];
  if (words.length === 0) return types;
  const named = words.map((word) => `'${word}'`).join(", ");
  return unresolved(types.location, `${call2.displayName} is passed resource types ${named}: which types it filters on is decided inside it, which is not read`);
}

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
  if (value.every((item) => typeof item === "string")) return sharedStrings(value);
  return findUnresolved(value) ?? expected("an array of strings", value);
};
var asTags = (value) => {
  if (value instanceof PartialArmObject) return new PartialStringMap(sharedStringMap(scalarMembers(value.known)), [], value.reason);
  if (value instanceof Unresolved) return value;
  if (!isArmObject(value)) return expected("an object of tags", value);
  const tags = {};
  let unknownKeys;
  for (const key2 in value) {
    if (!Object.hasOwn(value, key2)) continue;
    const tag = value[key2];
    if (tag instanceof Unresolved) (unknownKeys ??= []).push(key2);
    else if (typeof tag !== "string" && typeof tag !== "number" && typeof tag !== "boolean") return expected(`a string for tag '${key2}'`, tag);
    else ownMember(tags, key2, String(tag));
  }
  return unknownKeys === void 0 ? sharedStringMap(tags) : new PartialStringMap(sharedStringMap(tags), unknownKeys);
};
function scalarMembers(object) {
  const members = {};
  for (const key2 in object) {
    const member2 = Object.hasOwn(object, key2) ? object[key2] : void 0;
    if (typeof member2 === "string" || typeof member2 === "number" || typeof member2 === "boolean") ownMember(members, key2, String(member2));
  }
  return members;
}
function ownMember(object, key2, value) {
  if (key2 === "__proto__") Object.defineProperty(object, key2, { value, enumerable: true, writable: true, configurable: true });
  else object[key2] = value;
}
var asTagFilter = (value) => {
  if (!isArmObject(value)) return expected("an object of tag values", value);
  const entries = [];
  for (const [key2, values] of Object.entries(value)) {
    const list = asStringList(values);
    if (list instanceof Unresolved) return new Unresolved(`tag '${key2}': ${list.reason}`);
    entries.push([key2, list]);
  }
  return Object.fromEntries(entries);
};
var asRecords = (value) => {
  if (!isArmArray(value)) return expected("an array of objects", value);
  const records = [];
  for (const item of value) {
    if (item instanceof Unresolved) return item;
    if (!isArmObject(item)) return expected("an array of objects", value);
    const record = {};
    for (const [key2, field2] of Object.entries(item)) {
      if (field2 instanceof Unresolved) return new Unresolved(`'${key2}': ${field2.reason}`);
      if (typeof field2 === "string" || typeof field2 === "number" || typeof field2 === "boolean") record[key2] = String(field2);
    }
    records.push(record);
  }
  return records;
};

// src/readers/arm/model/arm-source.ts
var ArmSource = class {
  constructor(reader) {
    this.reader = reader;
    this.at = reader.resourceLocation;
  }
  reader;
  at;
  string(path) {
    return this.reader.read(path, asString);
  }
  boolean(path) {
    return this.reader.read(path, asBoolean);
  }
  strings(path) {
    return this.reader.read(path, asStringList);
  }
  stringMap(path) {
    return withUnknownKeys(this.reader.readWith(path, asTags));
  }
  stringListMap(path) {
    return this.reader.read(path, asTagFilter);
  }
  records(path) {
    return this.reader.read(path, asRecords);
  }
  written(path) {
    return this.reader.written(path);
  }
  absent() {
    return this.reader.absent();
  }
};
var armSource = (reader) => new ArmSource(reader);

// src/model/deployment-time.ts
var PLAN_TIME_REASON = "only known at plan time";
var UTC_NOW_REASON = "utcNow() is only known at deployment";
var DERIVED_FROM_PLAN_TIME_REASON = "computed from the plan time (timestamp()), only known at plan time";
var DERIVED_FROM_UTC_NOW_REASON = "computed from utcNow(), only known at deployment";
var isDeploymentTimeReason = (reason) => reason === PLAN_TIME_REASON || reason === UTC_NOW_REASON;

// src/readers/shared/utc-now-format.ts
function isFullDateTimeFormat(written) {
  if (written === void 0) return true;
  if (written.length === 1) return "usoO".includes(written);
  const format2 = written.replace(/(?:Z|'Z'|"Z"|\\Z)$/, "");
  const tokens = [];
  let literal2 = "";
  for (let i = 0; i < format2.length; ) {
    const char = format2[i];
    if (char === "'" || char === '"') {
      const end = format2.indexOf(char, i + 1);
      if (end < 0) return false;
      literal2 += format2.slice(i + 1, end);
      i = end + 1;
    } else if (char === "\\") {
      literal2 += format2[i + 1] ?? "\\";
      i += 2;
    } else if ("yMdHhmsfFKz".includes(char)) {
      let run = 1;
      while (format2[i + run] === char) run++;
      tokens.push(char.repeat(run));
      i += run;
    } else {
      literal2 += char;
      i++;
    }
  }
  if (!/^[\s\-/:.,T]*$/.test(literal2)) return false;
  return /^yyyy (MM?) (dd?) ([Hh]{1,2}) (mm?)( ss?( (f{1,7}|F{1,7}))?)?( (K|z{1,3}))?$/.test(tokens.join(" "));
}

// src/readers/arm/expressions/functions/function.ts
function argumentValues(args, start = 0) {
  const values = [];
  for (let i = start; i < args.length; i++) values.push(args.value(i));
  return values;
}
function strict(name, arity, body) {
  return (args, env) => {
    const [min, max] = arity;
    if (args.length < min || args.length > max) return wrongArity(name, min, max, args.length);
    const values = [];
    for (let i = 0; i < args.length; i++) {
      const value = args.value(i);
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

// src/readers/arm/expressions/functions/text.ts
function joinText(pieces) {
  let text = "";
  let first;
  let patterned = true;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece instanceof Unresolved) {
      first ??= piece;
      if (piece.pattern === void 0) patterned = false;
      text += piece.pattern ?? "";
    } else {
      text += piece;
    }
    if (text.length > MAX_TEXT_LENGTH) return tooLong("string");
  }
  if (first === void 0) return text;
  return patterned ? new Unresolved(first.reason, text) : new Unresolved(first.reason);
}
function scalarText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "True" : "False";
  return void 0;
}
function toText(value) {
  const unresolved3 = findUnresolved(value);
  if (unresolved3) return unresolved3;
  if (value === null) return "";
  return scalarText(value) ?? JSON.stringify(value);
}
function parseJsonText(text) {
  if (findExcessiveNesting(text, MAX_VALUE_DEPTH) >= 0) {
    return new Unresolved(`json() input nested deeper than ${MAX_VALUE_DEPTH} levels`);
  }
  try {
    return JSON.parse(text);
  } catch {
    return new Unresolved("json() input is not valid JSON");
  }
}

// src/readers/arm/expressions/functions/resource-ids.ts
var SUBSCRIPTION_PLACEHOLDER = "{subscriptionId}";
var RESOURCE_GROUP_PLACEHOLDER = "{resourceGroup}";
var UNKNOWN_GROUP_PLACEHOLDER = "{unknownResourceGroup}";
function providerPath(fn, values, typeAt, before) {
  const type = values[typeAt] ?? null;
  if (type instanceof Unresolved) return derived(type);
  if (typeof type !== "string") return mismatch(fn, "a resource type", type);
  const written = type.split("/");
  const segments = written.includes("") ? written.filter((segment) => segment !== "") : written;
  const nameSegments = [];
  for (let i = typeAt + 1; i < values.length; i++) {
    const name = values[i];
    if (name instanceof Unresolved) nameSegments.push(name);
    else if (typeof name !== "string") return mismatch(fn, "string resource names", name);
    else if (!name.includes("/")) nameSegments.push(name);
    else for (const segment of name.split("/")) nameSegments.push(segment);
  }
  if (segments.length < 2 || nameSegments.length !== segments.length - 1) {
    return new Unresolved(`${fn}() got ${values.length - typeAt - 1} name(s) for resource type '${type}'`);
  }
  const pieces = new Array((before === void 0 ? 0 : 1) + 2 * segments.length - 1);
  let next = 0;
  if (before !== void 0) pieces[next++] = before;
  pieces[next++] = `/providers/${segments[0]}`;
  for (let i = 1; i < segments.length; i++) {
    pieces[next++] = `/${segments[i]}/`;
    pieces[next++] = nameSegments[i - 1];
  }
  return pieces;
}
function scopeSegment(value, placeholder) {
  return value === void 0 || value instanceof Unresolved ? placeholder : scalarText(value) ?? placeholder;
}
function groupSegment(group, env) {
  if (group === void 0) return env.resourceGroup ?? (env.resourceGroupUnknown ? UNKNOWN_GROUP_PLACEHOLDER : RESOURCE_GROUP_PLACEHOLDER);
  if (group instanceof Unresolved) return group.pattern === RESOURCE_GROUP_PLACEHOLDER ? RESOURCE_GROUP_PLACEHOLDER : UNKNOWN_GROUP_PLACEHOLDER;
  return scalarText(group) ?? UNKNOWN_GROUP_PLACEHOLDER;
}
var typeIndex = (values) => values.findIndex((value) => typeof value === "string" && value.includes("/"));
function resourceId(values, env) {
  const index = typeIndex(values);
  if (index < 0 || index > 2) return values.find((value) => value instanceof Unresolved) ?? mismatch("resourceId", "a resource type", null);
  const subscription = index === 2 ? values[0] : void 0;
  const group = index === 0 ? void 0 : values[index - 1];
  const before = `/subscriptions/${scopeSegment(subscription, SUBSCRIPTION_PLACEHOLDER)}/resourceGroups/${groupSegment(group, env)}`;
  const path = providerPath("resourceId", values, index, before);
  return path instanceof Unresolved ? path : joinText(path);
}
function subscriptionResourceId(values) {
  const index = typeIndex(values);
  if (index < 0 || index > 1) return mismatch("subscriptionResourceId", "a resource type", null);
  const before = `/subscriptions/${scopeSegment(index === 1 ? values[0] : void 0, SUBSCRIPTION_PLACEHOLDER)}`;
  const path = providerPath("subscriptionResourceId", values, index, before);
  return path instanceof Unresolved ? path : joinText(path);
}
function extensionResourceId(values) {
  const base = values[0] ?? null;
  if (base instanceof Unresolved && base.pattern === void 0) return base;
  if (!(base instanceof Unresolved) && typeof base !== "string") return mismatch("extensionResourceId", "a resource ID", base);
  const path = providerPath("extensionResourceId", values, 1, base);
  return path instanceof Unresolved ? path : joinText(path);
}
var withAllArguments = (name, min, body) => (args, env) => args.length < min ? wrongArity(name, min, Infinity, args.length) : body(argumentValues(args), env);
var RESOURCE_ID_FUNCTIONS = {
  resourceid: withAllArguments("resourceId", 2, resourceId),
  subscriptionresourceid: withAllArguments("subscriptionResourceId", 2, subscriptionResourceId),
  tenantresourceid: withAllArguments("tenantResourceId", 2, (values) => {
    const path = providerPath("tenantResourceId", values, 0);
    return path instanceof Unresolved ? path : joinText(path);
  }),
  extensionresourceid: withAllArguments("extensionResourceId", 3, extensionResourceId)
};

// src/readers/arm/expressions/functions/deployment-context.ts
var atDeployment = (path) => new Unresolved(`${path} is only known at deployment`);
var CURRENT_SUBSCRIPTION_ID = atDeployment("subscription().subscriptionId").reason;
var isCurrentSubscriptionId = (value) => value instanceof Unresolved && value.reason === CURRENT_SUBSCRIPTION_ID;
function deploymentObject(name, properties, known3 = {}) {
  return createArmObject(properties.map((property) => [property, known3[property] ?? atDeployment(`${name}().${property}`)]));
}
function deployment(env) {
  if (env.templateUri === void 0) return deploymentObject("deployment", ["name", "properties", "location", "id"]);
  const templateLink = new PartialArmObject(atDeployment("deployment().properties.templateLink").reason, createArmObject([["uri", env.templateUri]]));
  const properties = new PartialArmObject(atDeployment("deployment().properties").reason, createArmObject([["templateLink", templateLink]]));
  return deploymentObject("deployment", ["name", "properties", "location", "id"], { properties });
}
var resourceGroups = /* @__PURE__ */ new Map();
var MAX_RESOURCE_GROUPS = 1e3;
function resourceGroup(env) {
  const group = env.resourceGroup ?? (env.resourceGroupUnknown ? UNKNOWN_GROUP_PLACEHOLDER : RESOURCE_GROUP_PLACEHOLDER);
  let known3 = resourceGroups.get(group);
  if (known3 === void 0) {
    if (resourceGroups.size >= MAX_RESOURCE_GROUPS) resourceGroups.clear();
    known3 = newResourceGroup(group);
    resourceGroups.set(group, known3);
  }
  return known3;
}
function newResourceGroup(group) {
  const name = group === UNKNOWN_GROUP_PLACEHOLDER ? void 0 : group === RESOURCE_GROUP_PLACEHOLDER ? new Unresolved(atDeployment("resourceGroup().name").reason, group) : group;
  return deploymentObject("resourceGroup", ["id", "name", "type", "location", "managedBy", "tags", "properties"], {
    // The ID keeps placeholders so IDs built from it still name the resource type and name.
    id: `/subscriptions/${SUBSCRIPTION_PLACEHOLDER}/resourceGroups/${group}`,
    type: "Microsoft.Resources/resourceGroups",
    ...name === void 0 ? {} : { name }
  });
}
var copyIndex = (args, env) => {
  const values = argumentValues(args);
  const unresolved3 = values.find((value) => value instanceof Unresolved);
  if (unresolved3 instanceof Unresolved) return derived(unresolved3);
  const [loop, offset = 0] = typeof values[0] === "string" ? [values[0], values[1]] : [void 0, values[0]];
  if (!isInteger(offset) || values.length > 2) return mismatch("copyIndex", "an optional loop name and int offset", values[0]);
  const index = env.copyIndex(loop);
  if (index instanceof Unresolved) return offset === 0 ? index : derived(index);
  return typeof index === "number" ? index + offset : index;
};
var utcNow = (args) => {
  const format2 = args.length === 1 ? args.value(0) : void 0;
  const itself = args.length === 0 || typeof format2 === "string" && isFullDateTimeFormat(format2);
  return new Unresolved(itself ? UTC_NOW_REASON : DERIVED_FROM_UTC_NOW_REASON);
};
var isUtcNow = (value) => value instanceof Unresolved && value.reason === UTC_NOW_REASON;
var notDeploymentTime = (value) => isUtcNow(value) ? new Unresolved(DERIVED_FROM_UTC_NOW_REASON) : value;
var DEPLOYMENT_CONTEXT_FUNCTIONS = {
  copyindex: copyIndex,
  resourcegroup: (_args, env) => resourceGroup(env),
  subscription: () => deploymentObject("subscription", ["id", "subscriptionId", "tenantId", "displayName"], {
    id: `/subscriptions/${SUBSCRIPTION_PLACEHOLDER}`
  }),
  deployment: (_args, env) => deployment(env),
  environment: runtimeOnly("environment() is only known at deployment"),
  tenant: runtimeOnly("tenant() is only known at deployment"),
  managementgroup: runtimeOnly("managementGroup() is only known at deployment"),
  deployer: runtimeOnly("deployer() is only known at deployment"),
  reference: runtimeOnly("reference() is only known at deployment"),
  pickzones: runtimeOnly("pickZones() is only known at deployment"),
  newguid: runtimeOnly("newGuid() is only known at deployment"),
  utcnow: utcNow,
  // Deterministic hashes of deployment-scoped inputs: computing them would only give a name Azure
  // derives from IDs we do not know either.
  uniquestring: runtimeOnly("uniqueString() is a hash computed at deployment"),
  guid: runtimeOnly("guid() is a hash computed at deployment")
};
var listFunction = (name) => runtimeOnly(`${name}() is only known at deployment`);

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
var IDENTIFIER_PART = /[A-Za-z0-9_$]/;
function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (/\s/.test(char)) {
      i++;
    } else if (PUNCTUATION.has(char)) {
      tokens.push({ kind: "punctuation", text: char, offset: i });
      i++;
    } else if (char === "'") {
      i = readString(text, i, tokens);
    } else if (/[0-9-]/.test(char)) {
      const number = match(NUMBER, text, i);
      if (number === void 0) throw new ExpressionSyntaxError(`expected a number after '-'`, i);
      tokens.push({ kind: "number", value: Number(number), offset: i });
      i += number.length;
    } else if (/[A-Za-z_$]/.test(char)) {
      const end = identifierEnd(text, i);
      tokens.push({ kind: "identifier", text: text.slice(i, end), offset: i });
      i = end;
    } else {
      throw new ExpressionSyntaxError(`unexpected character '${char}'`, i);
    }
  }
  tokens.push({ kind: "end", offset: text.length });
  return tokens;
}
function match(pattern, text, offset) {
  pattern.lastIndex = offset;
  return pattern.exec(text)?.[0];
}
function identifierEnd(text, start) {
  let end = start + 1;
  while (end < text.length && IDENTIFIER_PART.test(text[end])) end++;
  return end;
}
function readString(text, start, tokens) {
  let value = "";
  let i = start + 1;
  for (; ; ) {
    const quote = text.indexOf("'", i);
    if (quote < 0) throw new ExpressionSyntaxError("unterminated string literal", start);
    value += text.slice(i, quote);
    if (text[quote + 1] !== "'") {
      tokens.push({ kind: "string", text: value, offset: start });
      return quote + 1;
    }
    value += "'";
    i = quote + 2;
  }
}

// src/readers/arm/expressions/trace.ts
var MAX_VIA = 8;
var LITERAL = { origin: "literal", via: [] };
var literal = (value) => ({ value, trace: LITERAL });
function computedFrom(traces) {
  let merged;
  for (let i = 0; i < traces.length; i++) {
    merged = mergeInto(merged, traces[i].via);
    if (merged?.length === MAX_VIA) break;
  }
  return merged === void 0 ? COMPUTED_NOWHERE : { origin: "expression", via: merged };
}
function through(trace, ref) {
  const origin = trace.origin === "default" || trace.origin === "parameter-file" ? trace.via[0] : void 0;
  const start = origin === void 0 ? [ref] : [origin, ref];
  return { ...trace, via: mergeInto(start, trace.via) ?? NO_PLACES };
}
function mergeInto(merged, list) {
  for (let i = 0; i < list.length; i++) {
    const ref = list[i];
    merged ??= [];
    if (merged.length === MAX_VIA) return merged;
    if (merged.some((seen) => samePlace(seen, ref))) continue;
    merged.push(ref);
  }
  return merged;
}
var NO_PLACES = [];
var COMPUTED_NOWHERE = { origin: "expression", via: NO_PLACES };
function samePlace(a, b) {
  if (a === b) return true;
  if (a.file !== b.file) return false;
  const { path: left } = a;
  const { path: right } = b;
  if (left.length === right.length && left.every((segment, i) => String(segment) === String(right[i]))) return true;
  const slash = (segment) => segment === "" || typeof segment === "string" && segment.includes("/");
  return (left.some(slash) || right.some(slash)) && left.join("/") === right.join("/");
}

// src/readers/arm/expressions/functions/set-operations.ts
function arrayIncludes(items, item) {
  let pending;
  for (const element of items) {
    const equal = deepEquals(element, item);
    if (equal === true) return true;
    if (equal instanceof Unresolved) pending ??= equal;
  }
  return pending ?? false;
}
function mergeObjects(objects, mode, depth = 0) {
  if (depth > MAX_VALUE_DEPTH) return new Unresolved(`value nested deeper than ${MAX_VALUE_DEPTH} levels`);
  const merged = /* @__PURE__ */ new Map();
  let reason;
  let unknownPart;
  for (const part of objects) {
    if (part instanceof Unresolved) {
      reason ??= part.reason;
      unknownPart = part;
      merged.clear();
    }
    const object = part instanceof PartialArmObject ? part.known : part;
    if (object instanceof Unresolved) continue;
    for (const [key2, value] of Object.entries(object)) {
      const earlier = merged.get(key2.toLowerCase())?.value ?? unknownPart;
      const into = mode === "deep" ? mergeable(earlier) : void 0;
      merged.set(key2.toLowerCase(), { key: key2, value: into !== void 0 && isArmObject(value) ? mergeObjects([into, value], mode, depth + 1) : value });
    }
  }
  const result = createArmObject([...merged.values()].map(({ key: key2, value }) => [key2, value]));
  return reason === void 0 ? result : new PartialArmObject(reason, result);
}
var mergeable = (value) => isArmObject(value) || value instanceof Unresolved ? value : void 0;
function unionArrays(arrays) {
  const items = [];
  const scalars2 = /* @__PURE__ */ new Set();
  const containers = [];
  for (const item of arrays.flat()) {
    if (item === null || typeof item !== "object") {
      const key2 = `${typeof item}:${String(item)}`;
      if (scalars2.has(key2)) continue;
      scalars2.add(key2);
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
    const shared2 = all(others.map((other) => arrayIncludes(other, item)));
    if (shared2 instanceof Unresolved) return shared2;
    if (shared2 && arrayIncludes(kept, item) === false) kept.push(item);
  }
  return kept;
}
function intersectObjects(first, others) {
  const entries = [];
  for (const [key2, value] of Object.entries(first)) {
    const shared2 = all(
      others.map((other) => findKey(other, key2) === void 0 ? false : deepEquals(getMember(other, key2), value))
    );
    if (shared2 instanceof Unresolved) return shared2;
    if (shared2) entries.push([key2, value]);
  }
  return createArmObject(entries);
}
function all(results) {
  if (results.includes(false)) return false;
  return results.find((result) => result instanceof Unresolved) ?? true;
}

// src/readers/arm/expressions/functions/collections.ts
var union = (args) => {
  if (args.length < 1) return wrongArity("union", 1, Infinity, args.length);
  const values = argumentValues(args);
  const missing = values.find((value) => value instanceof Unresolved);
  const known3 = values.filter((value) => !(value instanceof Unresolved));
  if (missing instanceof Unresolved) {
    return known3.length > 0 && known3.every(isArmObject) ? mergeObjects(values, "deep") : derived(missing);
  }
  if (values.every(isArmObject)) return mergeObjects(values, "deep");
  if (values.every(isArmArray)) return unionArrays(values);
  return new Unresolved("union() expects all objects or all arrays");
};
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
    const [text, find] = [container.toLowerCase(), item.toLowerCase()];
    return from === "first" ? text.indexOf(find) : text.lastIndexOf(find);
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
  const entries = [];
  for (let i = 0; i < args.length; i += 2) {
    const key2 = args.value(i);
    if (key2 instanceof Unresolved) return derived(key2);
    if (typeof key2 !== "string") return mismatch("createObject", "string keys", key2);
    entries.push([key2, args.value(i + 1)]);
  }
  return createArmObject(entries);
}
function tryGet(args) {
  if (args.length < 2) return wrongArity("tryGet", 2, Infinity, args.length);
  let current = args.value(0);
  for (let i = 1; i < args.length; i++) {
    const key2 = args.value(i);
    if (current instanceof Unresolved) return derived(current);
    if (key2 instanceof Unresolved) return derived(key2);
    if (isArmObject(current) && typeof key2 === "string") current = getMember(current, key2) ?? null;
    else if (isArmArray(current) && isInteger(key2)) current = current[key2] ?? null;
    else return null;
  }
  return current;
}
var COLLECTION_FUNCTIONS = {
  createarray: (args) => argumentValues(args),
  createobject: createObject,
  array: strict("array", [1, 1], ([value = null]) => isArmArray(value) ? value : [value]),
  union,
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
var extreme = (name, pick) => strict(name, [1, Infinity], (values) => {
  const numbers = values.length === 1 && isArmArray(values[0]) ? values[0] : values;
  return numbers.length > 0 && numbers.every(isInteger) ? pick(...numbers) : mismatch(name, "ints", values[0]);
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

// src/readers/arm/expressions/functions/logical.ts
var ifFunction = (args) => {
  if (args.length !== 3) return wrongArity("if", 3, 3, args.length);
  const decided = args.value(0);
  if (decided instanceof Unresolved) return derived(decided);
  if (typeof decided !== "boolean") return mismatch("if", "a bool condition", decided);
  return args.value(decided ? 1 : 2);
};
var junction = (name, decisive) => (args) => {
  if (args.length < 2) return wrongArity(name, 2, Infinity, args.length);
  let pending;
  for (let i = 0; i < args.length; i++) {
    const value = args.value(i);
    if (value instanceof Unresolved) pending ??= derived(value);
    else if (typeof value !== "boolean") return mismatch(name, "bool arguments", value);
    else if (value === decisive) return decisive;
  }
  return pending ?? !decisive;
};
var coalesce = (args) => {
  for (let i = 0; i < args.length; i++) {
    const value = args.value(i);
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
  const template = args.value(0);
  if (template instanceof Unresolved) return derived(template);
  if (typeof template !== "string") return mismatch("format", "a format string", template);
  const values = argumentValues(args, 1);
  const pieces = [];
  let last = 0;
  for (const match2 of template.matchAll(FORMAT_ITEM)) {
    const literalText = template.slice(last, match2.index);
    if (/[{}]/.test(literalText)) return invalid(template);
    pieces.push(literalText);
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
  if (spec === void 0 || spec === "") return value === null ? "" : scalarText(value) ?? toText(value);
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
function align(text, alignment) {
  if (alignment === void 0) return text;
  const width = Number(alignment);
  return width < 0 ? text.padEnd(-width) : text.padStart(width);
}

// src/readers/arm/expressions/functions/strings.ts
var MAX_PADDED_LENGTH = 1e4;
var stringFunction = (name, arity, body) => strict(name, arity, ([text, ...rest]) => typeof text === "string" ? body(text, rest) : mismatch(name, "a string", text));
var stringArgument = (name, value, body) => typeof value === "string" ? body(value) : mismatch(name, "a string", value);
var concat = (args) => {
  if (args.length === 0) return wrongArity("concat", 1, Infinity, 0);
  const values = argumentValues(args);
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
    const text = value instanceof Unresolved ? value : scalarText(value);
    if (text === void 0) return mismatch("concat", "strings or arrays", value);
    pieces.push(text);
  }
  return joinText(pieces);
};
function combinedUri(base, relative) {
  const folderEnd = base.endsWith("/") ? base.length - 1 : base.lastIndexOf("/");
  if (folderEnd <= base.indexOf("//") + 1) return new Unresolved(`uri() of a base URI with no path ('${base}') is not evaluated`);
  const joined = base.slice(0, folderEnd + 1) + (relative.startsWith("/") ? relative.slice(1) : relative);
  return joined.length > MAX_TEXT_LENGTH ? tooLong("string") : joined;
}
function replaceAll(text, old, replacement) {
  const parts = text.split(old);
  const length = text.length + (parts.length - 1) * (replacement.length - old.length);
  return length > MAX_TEXT_LENGTH ? tooLong("string") : parts.join(replacement);
}
var containsCaseInsensitive = (text, find, from) => from === "start" ? text.toLowerCase().startsWith(find.toLowerCase()) : text.toLowerCase().endsWith(find.toLowerCase());
var STRING_FUNCTIONS = {
  concat,
  format: formatText,
  tolower: stringFunction("toLower", [1, 1], (text) => text.toLowerCase()),
  toupper: stringFunction("toUpper", [1, 1], (text) => text.toUpperCase()),
  trim: stringFunction("trim", [1, 1], (text) => text.trim()),
  // ARM compares these case-insensitively (unlike `contains` and `equals`).
  startswith: stringFunction(
    "startsWith",
    [2, 2],
    (text, [find]) => stringArgument("startsWith", find, (value) => containsCaseInsensitive(text, value, "start"))
  ),
  endswith: stringFunction(
    "endsWith",
    [2, 2],
    (text, [find]) => stringArgument("endsWith", find, (value) => containsCaseInsensitive(text, value, "end"))
  ),
  replace: stringFunction(
    "replace",
    [3, 3],
    (text, [oldText, newText]) => stringArgument(
      "replace",
      oldText,
      (old) => stringArgument(
        "replace",
        newText,
        (replacement) => old === "" ? new Unresolved("replace() cannot replace an empty string") : replaceAll(text, old, replacement)
      )
    )
  ),
  split: stringFunction("split", [2, 2], (text, [delimiter = null]) => {
    const delimiters = isArmArray(delimiter) ? delimiter : [delimiter];
    if (!delimiters.every((item) => typeof item === "string" && item !== "")) {
      return mismatch("split", "non-empty string delimiters", delimiter);
    }
    return delimiters.reduce((parts, separator) => parts.flatMap((part) => part.split(separator)), [text]);
  }),
  substring: stringFunction("substring", [1, 3], (text, [start = 0, length]) => {
    const end = length === void 0 ? text.length : isInteger(start) && isInteger(length) ? start + length : NaN;
    if (!isInteger(start) || start < 0 || !(end >= start && end <= text.length)) {
      return new Unresolved(`substring() range is outside the string '${text}'`);
    }
    return text.slice(start, end);
  }),
  padleft: strict("padLeft", [2, 3], ([value = null, totalLength, padding = " "]) => {
    const text = scalarText(value);
    if (text === void 0 || typeof value === "boolean") return mismatch("padLeft", "a string or an int", value);
    if (!isInteger(totalLength) || totalLength > MAX_PADDED_LENGTH) {
      return mismatch("padLeft", `an int length up to ${MAX_PADDED_LENGTH}`, totalLength);
    }
    if (typeof padding !== "string" || padding.length !== 1) return mismatch("padLeft", "a single padding character", padding);
    return text.padStart(totalLength, padding);
  }),
  base64: stringFunction("base64", [1, 1], (text) => Buffer.from(text, "utf8").toString("base64")),
  uri: strict("uri", [2, 2], ([base, relative]) => {
    if (typeof base !== "string") return mismatch("uri", "a string base URI", base);
    return typeof relative === "string" ? combinedUri(base, relative) : mismatch("uri", "a string relative URI", relative);
  }),
  join: strict("join", [2, 2], ([items, delimiter]) => {
    if (!isArmArray(items)) return mismatch("join", "an array", items);
    if (typeof delimiter !== "string") return mismatch("join", "a string delimiter", delimiter);
    const unresolved3 = items.find((item) => item instanceof Unresolved);
    if (unresolved3 instanceof Unresolved) return derived(unresolved3);
    const texts = items.map(scalarText);
    return texts.every((text) => text !== void 0) ? texts.join(delimiter) : mismatch("join", "an array of strings", items);
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

// src/readers/arm/expressions/parser.ts
var MAX_EXPRESSION_DEPTH = 64;
var BARE_LITERALS = /* @__PURE__ */ new Map([
  ["true", true],
  ["false", false],
  ["null", null]
]);
function parseExpression(text) {
  const parser = new Parser(tokenize(text));
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
      const literal2 = BARE_LITERALS.get(name.toLowerCase());
      if (literal2 !== void 0) return { kind: "literal", value: literal2 };
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
  expect(text, what = `'${text}'`) {
    const token = this.peek();
    if (!this.accept(text)) throw new ExpressionSyntaxError(`expected ${what}, found ${describe(token)}`, token.offset);
  }
  accept(text) {
    if (!this.peekIs(text)) return false;
    this.position++;
    return true;
  }
  peekIs(text, ahead = 0) {
    const token = this.tokens[this.position + ahead];
    return token?.kind === "punctuation" && token.text === text;
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

// src/readers/arm/expressions/evaluator.ts
var ExpressionCache = class {
  /**
   * The syntax tree of the text inside the brackets of `bracketed` (`[...]`, as written in the template), or
   * the syntax error with its offset. Looked up by the text as written: the template's own string, whose
   * hash V8 keeps, rather than a new slice of it to hash on every evaluation.
   */
  parse(bracketed) {
    return sharedParse(bracketed);
  }
};
var shared = /* @__PURE__ */ new Map();
var SHARED_EXPRESSIONS = 1e4;
function releaseSharedExpressions() {
  shared.clear();
}
function sharedParse(bracketed) {
  let result = shared.get(bracketed);
  if (result === void 0) {
    try {
      result = parseExpression(bracketed.slice(1, -1));
    } catch (error) {
      if (!(error instanceof ExpressionSyntaxError)) throw error;
      result = error;
    }
    if (shared.size >= SHARED_EXPRESSIONS) shared.clear();
    shared.set(bracketed, result);
  }
  return result;
}
function evaluate(node, scope) {
  switch (node.kind) {
    case "literal":
      return literal(node.value);
    case "member": {
      const target = evaluate(node.target, scope);
      return { value: member(target.value, node.name), trace: target.trace };
    }
    case "index": {
      const target = evaluate(node.target, scope);
      const index = evaluate(node.index, scope);
      const trace = index.trace.origin === "literal" ? target.trace : { ...target.trace, via: computedFrom([target.trace, index.trace]).via };
      return { value: indexed(target.value, index.value), trace };
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
  const evaluated = new CallArguments(args, scope);
  const value = fn(evaluated, scope);
  return { value: lower === "utcnow" ? value : notDeploymentTime(value), trace: evaluated.trace() };
}
var CallArguments = class {
  constructor(args, scope) {
    this.args = args;
    this.scope = scope;
  }
  args;
  scope;
  /** Made on the first argument that is not a literal, as is the list of traces. */
  values;
  traces;
  get length() {
    return this.args.length;
  }
  value(index) {
    const arg = this.args[index];
    if (arg === void 0) return null;
    if (arg.kind === "literal") return arg.value;
    const known3 = this.values?.[index];
    if (known3 !== void 0) return known3;
    const traced = evaluate(arg, this.scope);
    (this.traces ??= []).push(traced.trace);
    (this.values ??= [])[index] = traced.value;
    return traced.value;
  }
  trace() {
    return computedFrom(this.traces ?? NO_TRACES);
  }
};
var NO_TRACES = [];
function lookup(kind, args, scope) {
  const [arg] = args;
  if (arg === void 0 || args.length > 1) return { value: new Unresolved(`${kind}() expects 1 argument`), trace: computedFrom([]) };
  const name = evaluate(arg, scope);
  if (name.value instanceof Unresolved) return { value: derived(name.value), trace: name.trace };
  if (typeof name.value !== "string") return { value: new Unresolved(`${kind}() expects a name, got ${typeName(name.value)}`), trace: name.trace };
  return kind === "parameters" ? scope.parameter(name.value) : scope.variable(name.value);
}
function member(target, name) {
  const certain = target instanceof PartialArmObject ? getMember(target.known, name) : void 0;
  if (certain !== void 0) return certain;
  if (target instanceof Unresolved) return notDeploymentTime(derived(target));
  if (isArmObject(target)) return getMember(target, name) ?? new Unresolved(`property '${name}' does not exist`);
  return new Unresolved(`cannot read property '${name}' of ${typeName(target)}`);
}
function indexed(target, index) {
  if (target instanceof PartialArmObject && typeof index === "string") return member(target, index);
  if (target instanceof Unresolved) return notDeploymentTime(derived(target));
  if (index instanceof Unresolved) return notDeploymentTime(derived(index));
  if (isArmArray(target) && typeof index === "number") {
    return target[index] ?? new Unresolved(`index ${index} is outside an array of ${target.length}`);
  }
  if (isArmObject(target) && typeof index === "string") return member(target, index);
  return new Unresolved(`cannot index ${typeName(target)} with ${typeName(index)}`);
}

// src/readers/arm/template/session.ts
var MAX_REFERENCE_CHAIN = 64;
var MAX_EVALUATION_DEPTH = 1e3;
var EvaluationSession = class {
  constructor(limits = DEFAULT_LIMITS, links) {
    this.limits = limits;
    this.links = links;
  }
  limits;
  links;
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
  report(problem) {
    const key2 = `${problem.ref.file}#${problem.ref.path.join("/")}#${problem.message}`;
    this.problems ??= /* @__PURE__ */ new Map();
    if (!this.problems.has(key2)) this.problems.set(key2, problem);
  }
  reported() {
    return this.problems === void 0 ? [] : [...this.problems.values()];
  }
  /** A short id, unique in this read, that names a template scope inside value patterns. */
  nextScopeId() {
    return `s${this.scopeCount++}`;
  }
  /**
   * Goes `levels` deeper, or says no past MAX_EVALUATION_DEPTH (reported once per template evaluation, where
   * it first happens). Each `enter` that says yes is followed by one `leave` of the same levels. (Not a
   * callback: that was a closure for every container and expression evaluated.)
   */
  enter(levels, ref) {
    if (this.depth + levels > MAX_EVALUATION_DEPTH) {
      if (!this.depthReported) {
        const message = `evaluation nested deeper than ${MAX_EVALUATION_DEPTH} levels (values and variables nested in one another); it is unresolved`;
        this.report({ ref, message, severity: "error" });
      }
      this.depthReported = true;
      return false;
    }
    this.depth += levels;
    return true;
  }
  /** Comes back up from an `enter`. */
  leave(levels) {
    this.depth -= levels;
  }
  /**
   * Goes one level deeper in the reference chain, or says no past MAX_REFERENCE_CHAIN. Each `enterChain`
   * that says yes is followed by one `leaveChain` (not a callback: a closure for every lookup).
   */
  enterChain() {
    if (this.chainDepth >= MAX_REFERENCE_CHAIN) return false;
    this.chainDepth++;
    return true;
  }
  leaveChain() {
    this.chainDepth--;
  }
  /** Whether a parameter or variable is being resolved (`enterChain` without its `leaveChain`). */
  get inLookup() {
    return this.chainDepth > 0;
  }
};

// src/readers/arm/template/evaluate-json.ts
var MAX_COPY_COUNT = 800;
var isExpression = (text) => text.startsWith("[") && text.endsWith("]") && !text.startsWith("[[");
var unescapeLiteral = (text) => text.startsWith("[[") && text.endsWith("]") ? text.slice(1) : text;
var TOO_DEEP = { value: new Unresolved(`evaluation nested deeper than ${MAX_EVALUATION_DEPTH} levels`), trace: LITERAL };
var at = (ref, key2) => ({ file: ref.file, path: ref.path.concat(key2) });
function evaluateJson(raw, context, ref) {
  if (!context.session.spend()) return STOPPED;
  if (typeof raw === "string") return evaluateString(raw, context, ref);
  if (raw === null || typeof raw !== "object") return literal(raw);
  const { session } = context;
  if (!session.enter(1, ref)) return TOO_DEEP;
  try {
    return Array.isArray(raw) ? evaluateArray(raw, context, ref) : evaluateObject(raw, context, ref);
  } finally {
    session.leave(1);
  }
}
function evaluateMember(value, context, ref, key2) {
  if (value === null || typeof value !== "object" && (typeof value !== "string" || !isExpression(value))) {
    if (!context.session.spend()) return STOPPED;
    return literal(typeof value === "string" ? unescapeLiteral(value) : value);
  }
  return evaluateJson(value, context, at(ref, key2));
}
function evaluateString(text, context, ref) {
  if (!isExpression(text)) return literal(unescapeLiteral(text));
  const parsed = context.session.expressions.parse(text);
  if (parsed instanceof ExpressionSyntaxError) {
    const message = `invalid expression: ${parsed.message} (character ${parsed.offset + 2} of the string)`;
    context.session.report({ ref, message, severity: "error" });
    return { value: new Unresolved(message), trace: computedFrom([]) };
  }
  const levels = 2 * expressionDepth(parsed);
  if (!context.session.enter(levels, ref)) return TOO_DEEP;
  let result;
  try {
    result = context.evaluate(parsed);
  } finally {
    context.session.leave(levels);
  }
  if (Array.isArray(result.value) && !context.session.spend(result.value.length)) return STOPPED;
  return result;
}
var STOPPED = { value: new Unresolved("evaluation stopped: the template needs too many steps"), trace: LITERAL };
var depths = /* @__PURE__ */ new WeakMap();
function releaseExpressionDepths() {
  depths = /* @__PURE__ */ new WeakMap();
}
function expressionDepth(expression) {
  let depth = depths.get(expression);
  if (depth === void 0) depths.set(expression, depth = levelsOf(expression));
  return depth;
}
function levelsOf(node) {
  switch (node.kind) {
    case "literal":
      return 1;
    case "member":
      return 1 + levelsOf(node.target);
    case "index":
      return 1 + Math.max(levelsOf(node.target), levelsOf(node.index));
    case "call": {
      let deepest = 0;
      for (let i = 0; i < node.args.length; i++) deepest = Math.max(deepest, levelsOf(node.args[i]));
      return 1 + deepest;
    }
  }
}
function evaluateArray(raw, context, ref) {
  const items = [];
  const traces = new MemberTraces();
  for (let i = 0; i < raw.length; i++) {
    const item = evaluateMember(raw[i], context, ref, i);
    items.push(item.value);
    traces.add(item.trace);
  }
  return { value: items, trace: traces.trace() };
}
function evaluateObject(raw, context, ref) {
  const object = emptyArmObject();
  const traces = new MemberTraces();
  for (const key2 in raw) {
    if (!Object.hasOwn(raw, key2)) continue;
    const value = raw[key2];
    if (key2.length === 4 && key2.toLowerCase() === "copy" && Array.isArray(value) && value.every(isJsonObject)) {
      for (let i = 0; i < value.length; i++) {
        const member3 = propertyLoop(value[i], context, at(at(ref, key2), i));
        if (member3 === void 0) continue;
        setArmMember(object, member3[0], member3[1].value);
        traces.add(member3[1].trace);
      }
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
    const member2 = evaluateMember(value, context, ref, key2);
    setArmMember(object, name, member2.value);
    traces.add(member2.trace);
  }
  return { value: object, trace: traces.trace() };
}
function propertyLoop(loop, context, ref) {
  const name = jsonMemberValue(loop, "name");
  const input = jsonMember(loop, "input");
  if (typeof name !== "string") return void 0;
  if (input === void 0) return [name, { value: new Unresolved(`copy loop '${name}' has no input`), trace: LITERAL }];
  return [name, copyLoop(name, loop, context, ref, "property", input.value, at(ref, input.key))];
}
function propertyLoopIndex(object, copyKey, name) {
  const loops = copyKey === void 0 ? void 0 : object[copyKey];
  if (!Array.isArray(loops) || !loops.every(isJsonObject)) return -1;
  const lower = name.toLowerCase();
  return loops.findIndex((loop) => {
    const loopName = jsonMemberValue(loop, "name");
    return typeof loopName === "string" && loopName.toLowerCase() === lower;
  });
}
function copyLoop(name, loop, context, ref, level, input, inputRef) {
  const count = copyCount(loop, context, ref);
  if (count instanceof Unresolved) return { value: count, trace: computedFrom([]) };
  const items = [];
  const traces = new MemberTraces();
  for (let index = 0; index < count; index++) {
    const item = evaluateJson(input, context.withLoop({ name, index, level }), inputRef);
    items.push(item.value);
    traces.add(item.trace);
  }
  return { value: items, trace: traces.trace() };
}
function copyCount(loop, context, ref) {
  const member2 = jsonMember(loop, "count");
  if (member2 === void 0) return new Unresolved("copy loop has no count");
  const countRef = at(ref, member2.key);
  const { value } = evaluateJson(member2.value, context, countRef);
  if (isUnresolved(value)) return derived(value);
  const count = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof count === "number" && Number.isInteger(count) && count >= 0 && count <= MAX_COPY_COUNT) return count;
  const message = `copy count ${JSON.stringify(value)} is not a whole number from 0 to ${MAX_COPY_COUNT}`;
  context.session.report({ ref: countRef, message, severity: "error" });
  return new Unresolved(message);
}
var MemberTraces = class {
  literalOnly = true;
  /** Made on the first trace that adds to a computed one (most containers are literal). */
  traces;
  add(trace) {
    if (trace.origin !== "literal") this.literalOnly = false;
    if (trace.origin !== "literal" || trace.via.length > 0) (this.traces ??= []).push(trace);
  }
  trace() {
    return this.literalOnly ? LITERAL : computedFrom(this.traces ?? []);
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
  if (typeof parameters === "string") return evaluatedParameters(evaluateJson(parameters, outer, ref), ref);
  return nestedEntries(isJsonObject(parameters) ? parameters : void 0, outer, ref);
}
function evaluatedParameters(evaluated, ref) {
  const all2 = evaluated.value;
  return {
    supplied(name) {
      if (all2 instanceof Unresolved) return { value: all2, trace: through(evaluated.trace, ref) };
      const key2 = isArmObject(all2) ? findKey(all2, name) : void 0;
      return key2 === void 0 ? void 0 : wholeEntry(name, { value: all2[key2], trace: evaluated.trace }, ref);
    },
    missingReason: (name) => `parameter '${name}' has no default value and the nested deployment's parameters expression does not pass it`
  };
}
function nestedEntries(parameters, outer, ref) {
  return {
    supplied(name) {
      const entry = jsonMember(parameters, name);
      if (entry === void 0) return void 0;
      const entryRef = at(ref, entry.key);
      if (typeof entry.value === "string") return wholeEntry(name, evaluateJson(entry.value, outer, entryRef), entryRef);
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
function wholeEntry(name, evaluated, entryRef) {
  const trace = through(evaluated.trace, entryRef);
  const entry = evaluated.value;
  if (entry instanceof Unresolved) return { value: entry, trace };
  if (isArmObject(entry)) {
    if (findKey(entry, "reference") !== void 0) return keyVaultReference(name, entryRef, "expression");
    const key2 = findKey(entry, "value");
    if (key2 !== void 0) return { value: entry[key2], trace };
  }
  return { value: new Unresolved(`the nested deployment passes '${name}' as an expression that gives no { value }`), trace };
}

// src/readers/arm/template/linked-template.ts
import { posix as posix3 } from "node:path";

// src/readers/arm/template/artifacts-location.ts
import { posix as posix2 } from "node:path";
var ARTIFACTS_HOST = "https://artifacts.invalid/";
var templateUrl = (templateFile) => `${ARTIFACTS_HOST}${templateFile}`;
var LOCATIONS = /* @__PURE__ */ new Set(["_artifactslocation", "artifactslocation"]);
var SAS_TOKENS = /* @__PURE__ */ new Set(["_artifactslocationsastoken", "artifactslocationsastoken"]);
function withArtifactsLocation(source, templateFile, always) {
  const folder = templateFile.slice(0, templateFile.lastIndexOf("/") + 1);
  const location = { value: `${ARTIFACTS_HOST}${folder}`, trace: { origin: "expression", detail: "_artifactsLocation", via: [] } };
  const token = { value: "", trace: { origin: "expression", detail: "_artifactsLocationSasToken", via: [] } };
  return {
    supplied: (name) => {
      const lower = name.toLowerCase();
      if (!LOCATIONS.has(lower) && !SAS_TOKENS.has(lower)) return source.supplied(name);
      return (always ? void 0 : source.supplied(name)) ?? (LOCATIONS.has(lower) ? location : token);
    },
    missingReason: (name) => source.missingReason(name)
  };
}
function artifactsPath(uri) {
  const path = artifactsWritten(uri);
  return path === void 0 || path === "" || path === "." || path === ".." || path.startsWith("../") || path.endsWith("/") ? void 0 : path;
}
function artifactsWritten(uri) {
  if (typeof uri !== "string" || !uri.startsWith(ARTIFACTS_HOST)) return void 0;
  const end = uri.search(/[?#]/);
  return posix2.normalize(uri.slice(ARTIFACTS_HOST.length, end < 0 ? uri.length : end)).replace(/^\/+/, "");
}

// src/readers/arm/template/linked-template.ts
function openLinkedTemplate(properties, propertiesRef, link, linkRef, deploymentRef, context, onTheWay) {
  const property = jsonMember(link, "relativePath") === void 0 ? "uri" : "relativePath";
  const say = (message, severity = "notice") => {
    context.session.report({ ref: linkRef, message, severity });
    return void 0;
  };
  const notRead = (path2) => say(localLinkNotice(path2, property));
  const member2 = jsonMember(link, property);
  const { value } = evaluateJson(member2.value, context, at(linkRef, member2.key));
  if (property === "uri") {
    if (typeof value !== "string") return notRead("a file whose URI is not evaluated");
    const path2 = artifactsPath(value);
    if (path2 !== void 0) return openPath(path2);
    const written = artifactsWritten(value);
    return written === void 0 ? "not-local" : notRead(`'${written}' (outside the scanned folder)`);
  }
  if (typeof value !== "string") return notRead("a file whose path is not evaluated");
  const path = linkedPath(value, deploymentRef.file);
  if (path === void 0) return notRead(`'${value}' (outside the scanned folder)`);
  return openPath(path);
  function openPath(path2) {
    const way = filesOnTheWay(onTheWay, deploymentRef);
    if (way.includes(path2)) {
      return say(`the linked template '${path2}' (templateLink.${property}) is already deployed on the way here (${[...way, path2].join(" > ")}): a cycle of links, not followed`, "error");
    }
    const opened = context.session.links?.open(path2) ?? NOT_LINKED;
    if (opened.kind === "not-linked") return notRead(`'${path2}'`);
    if (opened.kind === "unreadable") {
      return say(`the linked template '${path2}' (templateLink.${property}) could not be read as a template: the resources it deploys are not checked`);
    }
    return { template: opened.template, file: path2, source: passedParameters(properties, propertiesRef, context) };
  }
}
var NOT_LINKED = { kind: "not-linked" };
function linkedPath(written, fromFile) {
  if (written.startsWith("/") || written.includes("://")) return void 0;
  const path = posix3.normalize(`${fromFile.slice(0, fromFile.lastIndexOf("/") + 1)}${written}`);
  return path.startsWith("../") || path === ".." ? void 0 : path;
}
function filesOnTheWay(onTheWay, deploymentRef) {
  const files = [];
  for (const ref of [...onTheWay, deploymentRef]) if (files.at(-1) !== ref.file) files.push(ref.file);
  return files;
}
function passedParameters(properties, propertiesRef, context) {
  const parametersLink = jsonMember(properties, "parametersLink");
  if (parametersLink !== void 0) {
    const ref = at(propertiesRef, parametersLink.key);
    const message = "the parameter file linked here (parametersLink) is not read: the parameters of the linked template are unknown";
    context.session.report({ ref, message, severity: "notice" });
    const reason = (name) => `parameter '${name}' may be set by the parameter file the deployment links (parametersLink), which is not read`;
    return { supplied: (name) => ({ value: new Unresolved(reason(name)), trace: { origin: "expression", detail: name, via: [ref] } }), missingReason: reason };
  }
  const parameters = jsonMember(properties, "parameters");
  return nestedDeploymentSource(parameters?.value, context, at(propertiesRef, parameters?.key ?? "parameters"));
}
var localLinkNotice = (path, property = "relativePath") => `the linked template ${path} (templateLink.${property}) is not read as part of this deployment: where the scan holds it, it is read on its own, with its own parameter defaults, so the parameters passed here do not reach it, and an assignment here reaches its resources only by a resource ID that names their group, or by a dynamic scope`;

// src/readers/arm/template/context.ts
var NO_LOOPS = [];
var Context = class _Context {
  constructor(template, loops = NO_LOOPS) {
    this.template = template;
    this.loops = loops;
  }
  template;
  loops;
  /** The last expression evaluated in this context outside any lookup, and its value (see `evaluate`). */
  lastExpression;
  lastValue;
  get session() {
    return this.template.session;
  }
  get resourceGroup() {
    return this.template.resourceGroup;
  }
  get resourceGroupUnknown() {
    return this.template.resourceGroupUnknown;
  }
  get templateUri() {
    return this.template.templateUri;
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
  /**
   * The value of a parsed expression here. The last one is remembered: a resource reads a member written as
   * an expression once per property path under it, and an assignment's `scope` and `properties.resourceId`
   * are usually one text (parsed trees are shared by text). Only outside parameter and variable lookups: no
   * lookup is half done then, so an expression has one value in a context (it depends on nothing else).
   */
  evaluate(expression) {
    if (this.session.inLookup) return evaluate(expression, this);
    if (expression === this.lastExpression && this.lastValue !== void 0) return this.lastValue;
    const value = evaluate(expression, this);
    this.lastExpression = expression;
    this.lastValue = value;
    return value;
  }
  withLoop(binding) {
    return new _Context(this.template, [...this.loops, binding]);
  }
};

// src/readers/arm/template/template-scope.ts
var IN_PROGRESS = /* @__PURE__ */ Symbol("in progress");
var TemplateScope = class {
  constructor(session, file, template, templatePath, source, resourceGroup2 = void 0, resourceGroupUnknown = false, templateUri = void 0) {
    this.session = session;
    this.file = file;
    this.template = template;
    this.templatePath = templatePath;
    this.source = source;
    this.resourceGroup = resourceGroup2;
    this.resourceGroupUnknown = resourceGroupUnknown;
    this.templateUri = templateUri;
    this.id = session.nextScopeId();
  }
  session;
  file;
  template;
  templatePath;
  source;
  resourceGroup;
  resourceGroupUnknown;
  templateUri;
  /** Names this scope inside value patterns (`{s0:vmName}`). */
  id;
  /** Made on first use (a nested template or a template without variables never makes one). */
  parameters;
  variables;
  rootContext;
  parameter(name) {
    return this.remember(this.parameters ??= /* @__PURE__ */ new Map(), "parameter", name);
  }
  variable(name) {
    return this.remember(this.variables ??= /* @__PURE__ */ new Map(), "variable", name);
  }
  /** The context values of this scope are evaluated in outside copy loops: one for all of them. */
  get context() {
    return this.rootContext ??= new Context(this);
  }
  resolveParameter(name) {
    const declarations = jsonObjectMember(this.template, "parameters");
    const key2 = declarations === void 0 ? void 0 : findKey(declarations, name);
    if (key2 === void 0) return unresolved2(`parameter '${name}' is not declared`);
    const supplied = this.source.supplied(key2);
    if (supplied !== void 0) return supplied;
    const declaration = declarations?.[key2];
    const declarationRef = this.ref("parameters", key2);
    const defaultValue = jsonMember(declaration, "defaultValue");
    if (defaultValue !== void 0) {
      const ref = at(declarationRef, defaultValue.key);
      const evaluated = evaluateJson(defaultValue.value, this.context, ref);
      return { value: evaluated.value, trace: { origin: "default", detail: key2, via: placesFrom(ref, evaluated.trace) } };
    }
    const trace = { origin: "default", detail: key2, via: [declarationRef] };
    if (jsonMemberValue(declaration, "nullable") === true) return { value: null, trace };
    const allowed = jsonMemberValue(declaration, "allowedValues");
    const allowedValues = Array.isArray(allowed) ? allowed : void 0;
    return { value: new Unresolved(this.source.missingReason(key2), `{${this.id}:${key2}}`, allowedValues), trace };
  }
  resolveVariable(name) {
    const variables = jsonObjectMember(this.template, "variables");
    const key2 = variables === void 0 ? void 0 : findKey(variables, name);
    if (variables !== void 0 && key2 !== void 0 && key2.toLowerCase() !== "copy") {
      const ref = this.ref("variables", key2);
      const evaluated = evaluateJson(variables[key2], this.context, ref);
      return { value: evaluated.value, trace: { origin: "variable", detail: key2, via: placesFrom(ref, evaluated.trace) } };
    }
    return this.variableLoop(variables, name) ?? unresolved2(`variable '${name}' is not declared`);
  }
  /** `variables.copy: [{name, count, input}]` declares array variables. */
  variableLoop(variables, name) {
    const loops = jsonMember(variables, "copy");
    if (!Array.isArray(loops?.value)) return void 0;
    const loopsRef = this.ref("variables", loops.key);
    const index = loops.value.findIndex((loop2) => {
      const loopName = jsonMemberValue(loop2, "name");
      return typeof loopName === "string" && loopName.toLowerCase() === name.toLowerCase();
    });
    const loop = loops.value[index];
    const input = jsonMember(loop, "input");
    if (index < 0 || !isJsonObject(loop) || input === void 0) return void 0;
    const ref = at(loopsRef, index);
    const evaluated = copyLoop(name, loop, this.context, ref, "variable", input.value, at(ref, input.key));
    return { value: evaluated.value, trace: { origin: "variable", detail: name, via: placesFrom(ref, evaluated.trace) } };
  }
  /** A value by case-insensitive name, resolved on first use (the lower-cased name from the shared table: no new text per lookup). */
  remember(cache, kind, name) {
    const key2 = lowerCaseName(name);
    const cached = cache.get(key2);
    if (cached === IN_PROGRESS) return unresolved2(`${kind} '${name}' refers to itself`);
    if (cached !== void 0) return cached;
    cache.set(key2, IN_PROGRESS);
    let resolved;
    if (!this.session.enterChain()) {
      resolved = unresolved2(`more than ${MAX_REFERENCE_CHAIN} parameters and variables refer to one another in a chain`);
    } else {
      try {
        resolved = kind === "parameter" ? this.resolveParameter(name) : this.resolveVariable(name);
      } finally {
        this.session.leaveChain();
      }
    }
    cache.set(key2, resolved);
    return resolved;
  }
  /** The reference to `section/key` of this template. */
  ref(section, key2) {
    return { file: this.file, path: this.templatePath.concat(section, key2) };
  }
};
var placesFrom = (ref, trace) => trace.via.length === 0 ? [ref] : [ref].concat(trace.via);
var unresolved2 = (reason) => ({ value: new Unresolved(reason), trace: { origin: "expression", via: [] } });

// src/readers/arm/template/nested-deployment.ts
var DEPLOYMENT_TYPE = "microsoft.resources/deployments";
function deploymentTarget(deployment2, ref, context, enclosing) {
  const resourceGroup2 = targetValue(deployment2, "resourceGroup", ref, context) ?? enclosing?.resourceGroup;
  const named = targetValue(deployment2, "subscriptionId", ref, context);
  const subscription = (named !== void 0 && isCurrentSubscriptionId(named.traced.value) ? void 0 : named) ?? enclosing?.subscription;
  if (resourceGroup2 === enclosing?.resourceGroup && subscription === enclosing?.subscription) return enclosing;
  return { ...resourceGroup2 === void 0 ? {} : { resourceGroup: resourceGroup2 }, ...subscription === void 0 ? {} : { subscription } };
}
function targetValue(deployment2, name, ref, context) {
  const member2 = jsonMember(deployment2, name);
  if (member2 === void 0 || member2.value === null) return void 0;
  const memberRef = at(ref, member2.key);
  return { traced: evaluateJson(member2.value, context, memberRef), ref: memberRef };
}
var targetText = (target) => typeof target?.traced.value === "string" ? target.traced.value : void 0;
function openNestedTemplate(deployment2, ref, context, target, onTheWay) {
  const properties = jsonMember(deployment2, "properties");
  if (properties === void 0 || !isJsonObject(properties.value)) return void 0;
  const propertiesRef = at(ref, properties.key);
  const template = jsonMember(properties.value, "template");
  if (template === void 0 || !isJsonObject(template.value)) {
    const link = jsonMember(properties.value, "templateLink") ?? template;
    if (link === void 0) return void 0;
    const linkRef = at(propertiesRef, link.key);
    const local = link !== template && (jsonMember(link.value, "relativePath") !== void 0 || jsonMember(link.value, "uri") !== void 0);
    const linked = local ? openLinkedTemplate(properties.value, propertiesRef, link.value, linkRef, ref, context, onTheWay) : "not-local";
    if (linked === void 0) return void 0;
    if (linked !== "not-local") {
      const templateRef2 = { file: linked.file, path: [] };
      const source2 = withArtifactsLocation(linked.source, linked.file, false);
      const scope = innerScope(linked.template, templateRef2, source2, context, target, templateUrl(linked.file));
      return { template: linked.template, ref: templateRef2, context: scope, linked: linked.file };
    }
    const message = `the ${link === template ? "template built by an expression" : "linked template (templateLink)"} is not read; the resources it deploys are not checked`;
    context.session.report({ ref: linkRef, message, severity: "notice" });
    return void 0;
  }
  const templateRef = at(propertiesRef, template.key);
  if (!isInnerScope(properties.value, context, propertiesRef)) return { template: template.value, ref: templateRef, context };
  const parameters = jsonMember(properties.value, "parameters");
  const parametersRef = at(propertiesRef, parameters?.key ?? "parameters");
  const source = nestedDeploymentSource(parameters?.value, context, parametersRef);
  return { template: template.value, ref: templateRef, context: innerScope(template.value, templateRef, source, context, target, void 0) };
}
function innerScope(template, ref, source, context, target, templateUri) {
  const group = innerResourceGroup(target, context);
  const unknown = group === void 0 && (target?.resourceGroup !== void 0 || context.resourceGroupUnknown);
  return new TemplateScope(context.session, ref.file, template, ref.path, source, group, unknown, templateUri).context;
}
function isInnerScope(properties, context, ref) {
  const options = jsonMember(properties, "expressionEvaluationOptions");
  const scope = jsonMember(jsonObjectMember(properties, "expressionEvaluationOptions"), "scope");
  if (options === void 0 || scope === void 0) return false;
  const { value } = evaluateJson(scope.value, context, at(at(ref, options.key), scope.key));
  return typeof value === "string" && value.toLowerCase() === "inner";
}
function innerResourceGroup(target, context) {
  return target?.resourceGroup === void 0 ? context.resourceGroup : targetText(target.resourceGroup);
}

// src/readers/shared/default-at.ts
function withDefaultAt(value) {
  const declared = value.origin === "default" ? value.via?.[0] : void 0;
  if (declared === void 0 || declared.file === value.location.file && declared.line === value.location.line) return value;
  return { ...value, defaultAt: declared };
}

// src/readers/arm/model/property-reader.ts
var NOTHING = 0;
var OBJECT = 1;
var SCALAR = 2;
var VALUE = 3;
var LOOP = 4;
var PropertyReader = class {
  constructor(instance, locate2) {
    this.instance = instance;
    this.locate = locate2;
    this.resourceLocation = locate2(instance.ref);
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
  foundLoop = 0;
  /** The model value at a path; unresolved values never reach `convert`. */
  read(path, convert) {
    return this.readValue(path, convert, false);
  }
  /** Like `read`, but `convert` also sees unresolved values (to recognise patterns). */
  readWith(path, convert) {
    return this.readValue(path, convert, true);
  }
  /** A Sourced value from an evaluated value written at `ref`, with its origin, parameter and path. */
  sourced(traced, ref, convert) {
    return this.sourcedAt(traced.value, traced.trace, this.locate(ref), convert, true);
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
    const resolved = found === NOTHING ? void 0 : found === LOOP ? this.evaluateLoop(path) : this.evaluateFound(path);
    if (resolved === void 0 || resolved.traced.value === null) return this.absent();
    return this.sourced(resolved.traced, resolved.ref, (value) => value instanceof Unresolved ? value : true);
  }
  /** The evaluated value at a path and where it is written, or undefined when it is not set. */
  resolve(path) {
    const found = this.find(path);
    if (found === NOTHING) return void 0;
    return found === OBJECT ? this.evaluateObject() : found === LOOP ? this.evaluateLoop(path) : this.evaluateFound(path);
  }
  readValue(path, convert, seesUnresolved) {
    const found = this.find(path);
    if (found === NOTHING) return this.absent();
    if (found === SCALAR && this.instance.context.session.spend()) {
      const value = this.foundValue;
      if (value === null) return this.absent();
      return this.sourcedAt(typeof value === "string" ? unescapeLiteral(value) : value, LITERAL, this.locateKeys(), convert, seesUnresolved);
    }
    const resolved = found === OBJECT ? this.evaluateObject() : found === LOOP ? this.evaluateLoop(path) : this.evaluateFound(path);
    if (resolved === void 0 || resolved.traced.value === null) return this.absent();
    return this.sourcedAt(resolved.traced.value, resolved.traced.trace, this.locate(resolved.ref), convert, seesUnresolved);
  }
  sourcedAt(value, trace, location, convert, seesUnresolved) {
    const converted = !seesUnresolved && value instanceof Unresolved ? value : convert(value);
    const { detail } = trace;
    const via = trace.via.length > 0 ? trace.via.map((place) => this.locate(place)) : void 0;
    if (!(converted instanceof Unresolved)) {
      const value2 = known(typeof converted === "string" ? intern(converted) : converted, location, trace.origin, detail, via);
      return trace.origin === "default" ? withDefaultAt(value2) : value2;
    }
    const sourced = unresolved(location, converted.reason, detail, via);
    const allowed = scalars(converted.allowed);
    if (allowed !== void 0) sourced.allowed = allowed;
    return sourced;
  }
  /** The resource's absent value (at its declaration): one object for every value it does not write. */
  absent() {
    return this.absentValue ??= absent(this.resourceLocation);
  }
  /**
   * Follows a path in the template JSON, keys matched as ARM matches them (case-insensitively), into
   * `keys`; says what it found there. A property no key writes may be built by a property copy loop of its
   * object (`"copy": [{ "name": "resourceGroups", "count": 2, "input": ... }]`): the keys then lead to the loop's
   * `name`. (Not in the resource object itself, whose `copy` is the resource's loop.)
   */
  find(path) {
    const keys = this.keyRef.path;
    const depth = this.resourceDepth;
    this.keyCount = 0;
    let json = this.instance.body;
    for (let i = 0; i < path.length; i++) {
      const key2 = findKey(json, path[i]);
      if (key2 === void 0) return i === 0 ? NOTHING : this.findLoop(json, path[i], i);
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
  /** A property copy loop of `object` that builds property `name` (step `step` of the path), into `keys`. */
  findLoop(object, name, step) {
    const copyKey = findKey(object, "copy");
    const index = propertyLoopIndex(object, copyKey, name);
    if (copyKey === void 0 || index < 0) return NOTHING;
    const keys = this.keyRef.path;
    const depth = this.resourceDepth;
    keys[depth + this.keyCount++] = copyKey;
    keys[depth + this.keyCount++] = index;
    keys[depth + this.keyCount++] = findKey(object[copyKey][index], "name");
    this.foundObject = object;
    this.foundLoop = index;
    this.foundStep = step;
    return LOOP;
  }
  /**
   * The property the loop `find` found builds, evaluated as ARM expands it (its count and inputs within the
   * evaluation budget; a count that cannot be evaluated leaves it unresolved), located at the loop's `name`; the
   * rest of the path read in it.
   */
  evaluateLoop(path) {
    const ref = this.keysRef();
    const loopRef = { file: ref.file, path: ref.path.slice(0, -1) };
    const copy = findKey(this.foundObject, "copy");
    const loop = this.foundObject[copy][this.foundLoop];
    let traced = propertyLoop(loop, this.instance.context, loopRef)[1];
    for (let j = this.foundStep + 1; j < path.length; j++) {
      const next = memberOf(traced, path[j]);
      if (next === void 0) return void 0;
      traced = next;
    }
    return { traced, ref };
  }
  /** The value `find` found evaluated, the rest of the path read in it; undefined when that is not set. */
  evaluateFound(path) {
    const memberRef = this.keysRef();
    let traced = evaluateJson(this.foundValue, this.instance.context, memberRef);
    for (let j = this.foundStep + 1; j < path.length; j++) {
      const next = memberOf(traced, path[j]);
      if (next === void 0) return void 0;
      traced = next;
    }
    return { traced, ref: memberRef };
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
function memberOf({ value, trace }, key2) {
  if (value === null) return void 0;
  if (value instanceof Unresolved) return { value: derived(value), trace };
  if (!isArmObject(value)) return { value: new Unresolved(`expected an object holding '${key2}', found ${typeName(value)}`), trace };
  const member2 = getMember(value, key2);
  return member2 === void 0 ? void 0 : { value: member2, trace };
}
function scalars(values) {
  if (values === void 0 || values.length === 0) return void 0;
  const kept = values.filter((value) => typeof value === "string" || typeof value === "number" || typeof value === "boolean");
  return kept.length === values.length ? kept : void 0;
}

// src/readers/shared/legacy-assignment-name.ts
function legacyAssignmentNameProblem(parentType, name) {
  const segments = name.split("/");
  const parentSegments = parentType.split("/").length - 1;
  const provider = segments[parentSegments];
  if (segments.length === parentSegments + 2 && provider?.toLowerCase() === "microsoft.maintenance" && !segments.includes("")) return void 0;
  const expected2 = [...Array.from({ length: parentSegments }, () => "<resource>"), "Microsoft.Maintenance", "<assignment>"].join("/");
  return `its name '${name}' is not of the form '${expected2}'`;
}

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
var Rejected = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
};
function scopeIdentity(value, identity) {
  if (value instanceof Unresolved || !(identity instanceof Unresolved)) return identity;
  return new Rejected(typeof value === "string" ? `its scope '${value}' is not a resource ID` : `its scope is of type ${typeName(value)}, not a resource ID`);
}
function parentIdentity(parentType, assignmentName, symbols) {
  const text = assignmentName instanceof Unresolved ? assignmentName.pattern : assignmentName;
  if (typeof text !== "string") return assignmentName instanceof Unresolved ? derived(assignmentName) : new Rejected(`its name is of type ${typeName(assignmentName)}, not a string`);
  const [parentName = "", provider] = text.split("/");
  if (!(assignmentName instanceof Unresolved)) {
    const problem = legacyAssignmentNameProblem(parentType, text);
    return problem === void 0 ? { type: parentType, name: parentName } : new Rejected(problem);
  }
  if (provider === void 0) return new Unresolved(`'${text}' does not name the resource it assigns (expected '<name>/Microsoft.Maintenance/<assignment>')`);
  const symbol = symbols.find(parentType, parentName);
  return symbol === void 0 ? derived(assignmentName) : { type: parentType, name: void 0, symbol };
}
function parseIdText(text) {
  const id = text.startsWith("/") ? text : `/providers/${text}`;
  const parts = idSegments(id);
  const providers = lastProvidersSegment(parts);
  const typesAndNames = parts.length - providers - 2;
  if (providers < 0 || typesAndNames < 2 || typesAndNames % 2 !== 0 || !(parts[providers + 1] ?? "").includes(".")) return void 0;
  const identity = identityOfSegments(parts, providers);
  return identity === void 0 ? void 0 : { identity, name: parts[parts.length - 1] };
}
function knownParts(identity) {
  const { type, name, resourceGroup: resourceGroup2 } = identity;
  if (name === void 0 || name.includes("{") || type.includes("{")) return void 0;
  return resourceGroup2 === void 0 || resourceGroup2.includes("{") ? { type, name } : { type, name, resourceGroup: resourceGroup2 };
}
function namesDeploymentGroup(value) {
  const text = value instanceof Unresolved ? value.pattern : value;
  if (typeof text !== "string" || !text.includes(RESOURCE_GROUP_PLACEHOLDER)) return false;
  const parts = idSegments(text);
  const providers = lastProvidersSegment(parts);
  for (let i = 0; i < providers; i++) if (parts[i].toLowerCase() === "resourcegroups") return parts[i + 1] === RESOURCE_GROUP_PLACEHOLDER;
  return false;
}
var lastSegment = (name) => name.slice(name.lastIndexOf("/") + 1);

// src/readers/arm/model/resource-common.ts
function withCommon(common, fields) {
  const copy = {
    format: common.format,
    identity: common.identity,
    unit: common.unit,
    scope: common.scope,
    displayName: common.displayName,
    reportAt: common.reportAt,
    declaredAt: common.declaredAt,
    related: common.related,
    variant: common.variant,
    deployed: common.deployed
  };
  return Object.assign(copy, fields);
}
function virtualMachineOf(c, f) {
  const { format: format2, identity, unit, scope, displayName, reportAt, declaredAt, related, variant, deployed: deployed2 } = c;
  const { kind, canHotpatch, orchestrationMode, osType, image, location, tags, patchMode, enableHotpatching, rebootSetting } = f;
  const bypassPlatformSafetyChecksOnUserSchedule = f.bypassPlatformSafetyChecksOnUserSchedule;
  return {
    format: format2,
    identity,
    unit,
    scope,
    displayName,
    reportAt,
    declaredAt,
    related,
    variant,
    deployed: deployed2,
    kind,
    canHotpatch,
    orchestrationMode,
    osType,
    image,
    location,
    tags,
    patchMode,
    enableHotpatching,
    rebootSetting,
    bypassPlatformSafetyChecksOnUserSchedule
  };
}
function maintenanceConfigurationOf(c, f) {
  const { format: format2, identity, unit, scope, displayName, reportAt, declaredAt, related, variant, deployed: deployed2 } = c;
  const { kind, maintenanceScope, window, rebootSetting, excludeKbsRequiringReboot, classificationsToInclude, kbNumbersToInclude } = f;
  return {
    format: format2,
    identity,
    unit,
    scope,
    displayName,
    reportAt,
    declaredAt,
    related,
    variant,
    deployed: deployed2,
    kind,
    maintenanceScope,
    window,
    rebootSetting,
    excludeKbsRequiringReboot,
    classificationsToInclude,
    kbNumbersToInclude,
    inGuestPatchMode: f.inGuestPatchMode
  };
}
function evaluationWith(parameterFile) {
  return { parameterFile, variantPrefix: parameterFile === void 0 ? "" : parameterFile.slice(parameterFile.lastIndexOf("/") + 1) };
}
function commonFields(instance, reader, type, evaluation) {
  const name = typeof instance.name.value === "string" ? keptText(nameOf(instance.name.value, type)) : void 0;
  const target = instance.target;
  const resourceGroup2 = target?.resourceGroup === void 0 ? instance.context.resourceGroup : targetText(target.resourceGroup);
  const symbol = name === void 0 ? symbolOf(instance) : void 0;
  const identity = identityOf(type, name, symbol, resourceGroup2);
  const deployments = instance.deployments.map((ref) => ({ file: ref.file, startLine: reader.locate(ref).line, role: "nested-deployment" }));
  const callSite = linkingCall(instance);
  const reportAt = callSite === void 0 ? reader.resourceLocation : reader.locate(callSite);
  if (callSite !== void 0) deployments.push({ file: instance.ref.file, startLine: reader.resourceLocation.line, role: "declaration" });
  const outermost = instance.deployments[0] === void 0 ? reportAt : reader.locate(instance.deployments[0]);
  const nested = instance.deployments.length === 0 ? "" : instance.deployments.map((ref) => deploymentPlace(reader.locate(ref), outermost.file)).join(" > ");
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
    scope: target === void 0 ? azureScope(resourceGroup2, outermost, outermost === reader.resourceLocation ? reader.absent() : void 0) : targetScope(target, resourceGroup2, outermost, reader),
    displayName: name ?? symbol ?? "",
    reportAt,
    declaredAt: reader.resourceLocation,
    // One shared empty list for the resources of no nested deployment (most): 32 bytes each otherwise.
    related: exactLength(deployments),
    variant: instance.variant === "" ? evaluation.variantPrefix : `${evaluation.variantPrefix}${instance.variant}`,
    deployed: deployed(instance.conditions, reader)
  };
}
function linkingCall(instance) {
  const { deployments } = instance;
  const entry = deployments[0]?.file;
  if (entry === void 0 || instance.ref.file === entry) return void 0;
  return deployments.findLast((ref) => ref.file === entry);
}
var deploymentPlace = (at2, entry) => at2.file === entry ? String(at2.line) : `${at2.file}:${at2.line}`;
function identityOf(type, name, symbol, resourceGroup2) {
  if (symbol === void 0) return name === void 0 ? { type, name } : sharedIdentity(type, name, resourceGroup2);
  return resourceGroup2 === void 0 ? { type, name, symbol } : { type, name, symbol, resourceGroup: resourceGroup2 };
}
function targetScope(target, resourceGroup2, outermost, reader) {
  const scope = azureScope(resourceGroup2, outermost);
  const text = (value) => typeof value === "string" || value instanceof Unresolved ? value : new Unresolved(`expected a string, found ${typeName(value)}`);
  const at2 = (value) => value === void 0 ? void 0 : reader.sourced(value.traced, value.ref, text);
  return { subscription: at2(target.subscription) ?? scope.subscription, resourceGroup: at2(target.resourceGroup) ?? scope.resourceGroup };
}
function nameOf(written, type) {
  return type === VM_TYPE || type === VMSS_TYPE ? written : lastSegment(written);
}
var symbolOf = (instance) => [instance.ref.file, "#", instance.symbolPath].join("");
function deployed(conditions, reader) {
  let pending;
  let last;
  for (const condition of conditions) {
    const value = conditionValue(condition);
    const sourced = reader.sourced(condition.traced, condition.ref, () => value);
    if (sourced.value === false) return sourced;
    if (sourced.value === void 0) pending ??= sourced;
    last = sourced;
  }
  return pending ?? last ?? { value: true, origin: "provider-default", location: reader.resourceLocation };
}
var conditionValue = (condition) => condition.traced.value instanceof Unresolved ? condition.traced.value : asBoolean(condition.traced.value);
function conditionKeysOf(conditions) {
  const keys = [];
  for (const condition of conditions) {
    if (conditionValue(condition) instanceof Unresolved && !keys.includes(condition.key)) keys.push(condition.key);
  }
  return keys;
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
    if (via === void 0) return first2;
    for (let i = 0; i < via.length; i++) {
      const place = via[i];
      if (place.file === file && place.line < first2) first2 = place.line;
    }
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

// src/readers/arm/model/unread-template.ts
var isDeploymentType = (type) => lowerCaseType(type) === DEPLOYMENT_TYPE;
function unreadTemplateVm(instance, locate2, evaluation) {
  const linked = unreadLink(instance, locate2);
  if (linked === void 0) return void 0;
  const { reader, parameters } = linked;
  const inputs = [];
  for (const name of parameters) {
    const resolved = reader.resolve(["properties", "parameters", name, "value"]);
    if (resolved !== void 0) collectInputs(ARM_INPUTS, name, resolved.traced.value, locate2(resolved.ref), inputs);
  }
  const signals = hotpatchSignals(inputs);
  if (signals === void 0) return void 0;
  return unreadCallAsVm(unreadCall(instance, linked, evaluation), signals);
}
function unreadTemplateAssignments(instance, locate2, evaluation) {
  const linked = unreadLink(instance, locate2);
  if (linked === void 0 || !MAINTENANCE_MODULE.test(JSON.stringify(linked.link))) return [];
  const { reader, parameters } = linked;
  const call2 = unreadCall(instance, linked, evaluation);
  const assignments = [];
  for (const name of parameters) {
    const path = ["properties", "parameters", name, "value"];
    const resolved = reader.resolve(path);
    if (resolved === void 0) continue;
    const at2 = locate2(resolved.ref);
    visitInputs(ARM_INPUTS, resolved.traced.value, at2, (value, inside) => {
      const sub = inside.map(String);
      const identity = typeof value === "string" ? parseResourceId(value) : void 0;
      if (identity !== void 0 && MACHINE_TYPES.has(identity.type.toLowerCase())) {
        assignments.push(unreadCallAsAssignment({ ...call2, symbol: `${call2.symbol} > ${value}` }, known(identity, at2, "expression")));
        return true;
      }
      if (!isArmObject(value) || !isFilterShape(Object.keys(value))) return false;
      const source = rebased(armSource(reader), [...path, ...sub]);
      assignments.push(unreadCallAsDynamicScope({ ...call2, symbol: `${call2.symbol} > ${[name, ...sub].join(".")}` }, mapDynamicScope(source)));
      return true;
    });
  }
  return assignments;
}
function unreadLink(instance, locate2) {
  const properties = jsonMemberValue(instance.body, "properties");
  const link = isJsonObject(properties) ? jsonMember(properties, "templateLink") : void 0;
  if (!isJsonObject(properties) || link === void 0 || instance.linkedTemplate !== void 0) return void 0;
  const parameters = jsonMemberValue(properties, "parameters");
  return { link: link.value, reader: new PropertyReader(instance, locate2), parameters: isJsonObject(parameters) ? Object.keys(parameters) : [] };
}
function unreadCall(instance, { link, reader }, evaluation) {
  const common = commonFields(instance, reader, VM_TYPE, evaluation);
  const at2 = reader.resourceLocation;
  return {
    format: "arm",
    displayName: `deployment ${common.displayName}`,
    symbol: `${common.identity.symbol ?? at2.file}#templateLink`,
    at: at2,
    why: unreadWhy(link, reader),
    judge: "scan its what-if result instead (az deployment group what-if --no-pretty-print beside the template), or exempt the deployment",
    unit: common.unit,
    scope: common.scope,
    deployed: common.deployed,
    variant: common.variant
  };
}
function unreadWhy(link, reader) {
  if (isJsonObject(link) && jsonMember(link, "relativePath") !== void 0) return "the linked template (templateLink.relativePath) is not read with the parameters passed here";
  const uri = isJsonObject(link) && jsonMember(link, "uri") !== void 0 ? reader.resolve(["properties", "templateLink", "uri"]) : void 0;
  if (uri !== void 0 && typeof uri.traced.value !== "string") return "the linked template (templateLink.uri) is not read with the parameters passed here";
  return "the linked template (templateLink) is not read";
}
function rebased(source, prefix) {
  const at2 = (path) => [...prefix, ...path.slice(2)];
  return {
    at: source.at,
    string: (path) => source.string(at2(path)),
    boolean: (path) => source.boolean(at2(path)),
    strings: (path) => source.strings(at2(path)),
    stringMap: (path) => source.stringMap(at2(path)),
    stringListMap: (path) => source.stringListMap(at2(path)),
    written: (path) => source.written(at2(path))
  };
}
var ARM_INPUTS = {
  scalar: (value) => typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : void 0,
  children: (value, at2) => {
    if (isArmArray(value)) return value.map((item, index) => [index, item, at2]);
    if (isArmObject(value)) return Object.entries(value).map(([key2, item]) => [key2, item, at2]);
    return void 0;
  }
};

// src/readers/arm/model/unpaired-parameter-file.ts
function unpairedParameterFile(parameterFile, document) {
  const { file, parameters } = parameterFile;
  const inputs = [];
  for (const name of Object.keys(parameters)) {
    const entry = jsonMemberValue(parameters, name);
    if (!isJsonObject(entry)) continue;
    const value = jsonMemberValue(entry, "value");
    if (value !== void 0) collectInputs(ARM_INPUTS, name, value, document.locate(["parameters", name, "value"]), inputs);
  }
  const signals = hotpatchSignals(inputs);
  const at2 = document.locate([]);
  const why = `parameter file ${file} pairs with no template of ${folderWords(file)} (by its name, or as the folder's only ARM or Bicep template), so its values are applied to nothing here`;
  const judge = `run what-if for the deployment it feeds (az deployment group what-if --parameters ${file} --no-pretty-print) and scan the result`;
  if (signals === void 0) return { file, line: at2.line, column: at2.column, message: `${why}; ${judge}`, severity: "notice" };
  return unreadCallAsVm(
    {
      format: "arm",
      displayName: `parameter file ${file}`,
      symbol: `${file}#parameters`,
      at: at2,
      why,
      judge: `${judge} instead, or exempt it`,
      unit: templateDeployment(file, at2, void 0, file),
      scope: azureScope(void 0, at2),
      deployed: known(true, at2)
    },
    signals
  );
}
function folderWords(file) {
  const folder = pairingFolderOf(file);
  if (folder === file.slice(0, file.lastIndexOf("/") + 1)) return "its folder";
  return `the folder above its parameter folder (${folder === "" ? "." : folder.slice(0, -1)})`;
}

// src/readers/arm/json/member-pass.ts
var OFFSET = 0;
var LINE = 1;
var COLUMN = 2;
var CHILD = 3;
var NEXT = 4;
var LOCATION2 = 5;
var MEMBER_FIELDS = 6;
var IS_OBJECT = 0;
var FIRST = 1;
var CONTAINER_FIELDS = 2;
var pool = [];
var MAX_POOLED = 4;
var POOLED_MEMBERS = 4096;
var POOLED_CONTAINERS = 1024;
function takeBuffers() {
  return pool.pop() ?? { members: new Int32Array(POOLED_MEMBERS * MEMBER_FIELDS), containers: new Int32Array(POOLED_CONTAINERS * CONTAINER_FIELDS) };
}
function giveBack(buffers) {
  const { members, containers } = buffers;
  if (pool.length < MAX_POOLED && members.length === POOLED_MEMBERS * MEMBER_FIELDS && containers.length === POOLED_CONTAINERS * CONTAINER_FIELDS) {
    pool.push(buffers);
  }
}
var openStack = new Int32Array(64);
var lastStack = new Int32Array(64);
var line = 1;
var lineStart = 0;
function indexMembers(text, buffers, limit) {
  let { members, containers } = buffers;
  line = 1;
  lineStart = 0;
  let position = skipSpace(text, 0);
  let code = text.charCodeAt(position);
  members[OFFSET] = position;
  members[LINE] = line;
  members[COLUMN] = position - lineStart + 1;
  members[CHILD] = -1;
  members[NEXT] = -1;
  members[LOCATION2] = -1;
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
    position = skipSpace(text, position);
    code = text.charCodeAt(position);
    if (code !== CLOSE_BRACE && code !== CLOSE_BRACKET && position < text.length) {
      const member2 = memberCount++;
      const at2 = member2 * MEMBER_FIELDS;
      if (at2 + MEMBER_FIELDS > members.length) buffers.members = members = growFor(members, at2, position, text.length);
      members[at2 + OFFSET] = position;
      members[at2 + LINE] = line;
      members[at2 + COLUMN] = position - lineStart + 1;
      members[at2 + CHILD] = -1;
      members[at2 + NEXT] = -1;
      members[at2 + LOCATION2] = -1;
      const base = openStack[open] * CONTAINER_FIELDS;
      const previous = lastStack[open];
      if (previous < 0) containers[base + FIRST] = member2;
      else members[previous * MEMBER_FIELDS + NEXT] = member2;
      lastStack[open] = member2;
      if (containers[base + IS_OBJECT] === 1) {
        position = skipSpace(text, endOfString(text, position) + 1);
        position = skipSpace(text, position + 1);
        code = text.charCodeAt(position);
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
        if (added + CONTAINER_FIELDS > containers.length) buffers.containers = containers = growFor(containers, added, position, text.length);
        containers[added + IS_OBJECT] = code === OPEN_BRACE ? 1 : 0;
        containers[added + FIRST] = -1;
        position++;
        continue;
      }
      position = code === QUOTE ? endOfString(text, position) + 1 : endOfLiteral(text, position);
      position = skipSpace(text, position);
      code = text.charCodeAt(position);
    }
    while (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      if (open-- === 0) return -1;
      position = skipSpace(text, position + 1);
      code = text.charCodeAt(position);
    }
    if (position >= text.length) return -1;
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
function skipSpace(text, position) {
  for (; ; ) {
    const code = text.charCodeAt(position);
    if (code === 32 || code === 9) position++;
    else if (code === LF || code === CR && text.charCodeAt(position + 1) !== LF) {
      line++;
      lineStart = ++position;
    } else if (code === CR) position++;
    else return position;
  }
}

// src/readers/arm/json/member-index.ts
var MemberIndex = class _MemberIndex {
  constructor(text, buffers) {
    this.text = text;
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
  static of(text, limit = NO_LIMIT) {
    const buffers = takeBuffers();
    const tooDeep2 = indexMembers(text, buffers, limit);
    if (tooDeep2 < 0) return new _MemberIndex(text, buffers);
    giveBack(buffers);
    return { tooDeep: tooDeep2 };
  }
  /**
   * Gives the index's arrays to the next document's pass: indexing every template allocated two large
   * typed arrays each time, whose allocation and release cost more than the pass. The index is not
   * used after this.
   */
  release() {
    giveBack(this.buffers);
  }
  /** The member a path (its first `length` segments) leads to (0, the root, for the empty path), or the last one found on it. */
  find(path, length = path.length) {
    const { lastPath, lastMembers } = this;
    let depth = 0;
    while (depth < length && depth < this.matched && path[depth] === lastPath[depth]) depth++;
    let member2 = depth === 0 ? 0 : lastMembers[depth - 1];
    const common = depth;
    for (; depth < length; depth++) {
      const container = this.members[member2 * MEMBER_FIELDS + CHILD];
      if (container < 0) break;
      const found = this.memberOf(container, path[depth]);
      if (found < 0) break;
      member2 = found;
      lastMembers[depth] = member2;
    }
    this.matched = depth;
    for (let i = common; i < depth; i++) lastPath[i] = path[i];
    return member2;
  }
  /** 1-based line of a member. */
  line(member2) {
    return this.members[member2 * MEMBER_FIELDS + LINE];
  }
  /** 1-based column of a member. */
  column(member2) {
    return this.members[member2 * MEMBER_FIELDS + COLUMN];
  }
  /** The number its document gave the location of a member (`noteLocation`), or -1. */
  locationOf(member2) {
    return this.members[member2 * MEMBER_FIELDS + LOCATION2];
  }
  /**
   * Notes the number a document gives the location it made for a member: kept in the member's own field,
   * a map from member to location was most of what positions allocated (10 MB on ARM 10k).
   */
  noteLocation(member2, location) {
    this.members[member2 * MEMBER_FIELDS + LOCATION2] = location;
  }
  /** The member a segment names in a container: the last of duplicate keys (the value ARM reads), or an index; -1 if none. */
  memberOf(container, segment) {
    const { members, containers, text } = this;
    const base = container * CONTAINER_FIELDS;
    if (containers[base + IS_OBJECT] === 1) {
      if (typeof segment !== "string") return -1;
      let found = -1;
      for (let member2 = containers[base + FIRST]; member2 >= 0; member2 = members[member2 * MEMBER_FIELDS + NEXT]) {
        if (isKey(text, members[member2 * MEMBER_FIELDS + OFFSET], segment)) found = member2;
      }
      return found;
    }
    if (typeof segment !== "number" || !Number.isInteger(segment) || segment < 0) return -1;
    if (segment < SHORT_ARRAY) {
      let member2 = containers[base + FIRST];
      for (let i = 0; i < segment && member2 >= 0; i++) member2 = members[member2 * MEMBER_FIELDS + NEXT];
      return member2;
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
      for (let member2 = first; member2 >= 0; member2 = members[member2 * MEMBER_FIELDS + NEXT]) count++;
      elements = new Int32Array(count);
      for (let i = 0, member2 = first; i < count; i++, member2 = members[member2 * MEMBER_FIELDS + NEXT]) elements[i] = member2;
      this.elements.set(container, elements);
    }
    return elements;
  }
};
var NO_LIMIT = 1073741823;
var SHORT_ARRAY = 8;

// src/readers/arm/json/multi-line-strings.ts
var QUOTE2 = 34;
var BACKSLASH2 = 92;
var SLASH2 = 47;
var STAR2 = 42;
var LF2 = 10;
var CR2 = 13;
function lineBreaksInStringsAsSpaces(text) {
  let chars;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH2) i++;
      else if (code === QUOTE2) inString = false;
      else if (code === LF2 || code === CR2) (chars ??= [...text])[i] = " ";
    } else if (code === QUOTE2) {
      inString = true;
    } else if (code === SLASH2 && text.charCodeAt(i + 1) === SLASH2) {
      while (i < text.length && text.charCodeAt(i) !== LF2) i++;
    } else if (code === SLASH2 && text.charCodeAt(i + 1) === STAR2) {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 1;
    }
  }
  return chars === void 0 ? text : chars.join("");
}

// src/readers/arm/json/json-document.ts
var JsonDocument = class {
  constructor(file, text, value, tree, index) {
    this.file = file;
    this.text = text;
    this.value = value;
    this.tree = tree;
    this.index = index;
  }
  file;
  text;
  value;
  tree;
  index;
  lines;
  /**
   * The locations made, numbered in the index's members (`noteLocation`): one object per member however
   * many values point there (the copies of a looped resource, the parameter default every resource reads).
   */
  located = [];
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
  locate(path, length = path.length) {
    if (this.tree !== void 0) {
      const { line: line2, column } = (this.lines ??= new LinePositions(this.text)).at(treeOffset(this.tree, path, length));
      return { file: this.file, line: line2, column };
    }
    let index = this.index;
    if (index === void 0) {
      const built = MemberIndex.of(this.text);
      if (!(built instanceof MemberIndex)) return { file: this.file, line: 1, column: 1 };
      this.index = index = built;
    }
    const member2 = index.find(path, length);
    const known3 = index.locationOf(member2);
    if (known3 >= 0) return this.located[known3];
    const location = { file: this.file, line: index.line(member2), column: index.column(member2) };
    index.noteLocation(member2, this.located.length);
    this.located.push(location);
    return location;
  }
  /**
   * Says the reader is done asking for new positions: the index's arrays go to the next document (a
   * later `locate` indexes the text again).
   */
  release() {
    this.index?.release();
    this.index = void 0;
    this.located = [];
  }
};
function treeOffset(tree, path, length) {
  let node = tree;
  for (let i = 0; i < length; i++) {
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
function parseJsonDocument2(file, text) {
  const checkNesting = mayNestTooDeep(text);
  const value = parsedOrUndefined(text);
  if (value !== void 0) {
    if (!checkNesting) return { ok: true, document: new JsonDocument(file, text, value) };
    const index = MemberIndex.of(text, MAX_JSON_DEPTH);
    if (!(index instanceof MemberIndex)) return tooDeep(file, text, index.tooDeep);
    return { ok: true, document: new JsonDocument(file, text, value, void 0, index) };
  }
  const nesting = checkNesting ? findExcessiveNesting(text, MAX_JSON_DEPTH) : -1;
  if (nesting >= 0) return tooDeep(file, text, nesting);
  const parsed = parseTolerantly(file, text, text);
  if (parsed.ok) return parsed;
  const joined = lineBreaksInStringsAsSpaces(text);
  if (joined === text) return parsed;
  const retried = parseTolerantly(file, text, joined);
  return retried.ok ? retried : parsed;
}
function parsedOrUndefined(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function mayNestTooDeep(text) {
  if (text.length <= MAX_JSON_DEPTH) return false;
  let count = 0;
  for (let at2 = text.indexOf("{"); at2 >= 0 && count <= MAX_JSON_DEPTH; at2 = text.indexOf("{", at2 + 1)) count++;
  for (let at2 = text.indexOf("["); at2 >= 0 && count <= MAX_JSON_DEPTH; at2 = text.indexOf("[", at2 + 1)) count++;
  return count > MAX_JSON_DEPTH;
}
function parseTolerantly(file, text, parsedText) {
  const errors = [];
  const tree = parseTree2(parsedText, errors, PARSE_OPTIONS);
  const first = errors.sort((a, b) => a.offset - b.offset)[0];
  if (first !== void 0 || tree === void 0) {
    return failure(file, text, first?.offset ?? 0, `invalid JSON: ${describeError(first, parsedText)}`);
  }
  return { ok: true, document: new JsonDocument(file, text, treeValue(tree), tree) };
}
var tooDeep = (file, text, offset) => failure(file, text, offset, `JSON nested deeper than ${MAX_JSON_DEPTH} levels; not read`);
function failure(file, text, offset, message) {
  const { line: line2, column } = new LinePositions(text).at(offset);
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
function describeError(error, text) {
  const expected2 = (error && EXPECTATIONS[error.error]) ?? "expected a JSON value";
  const offset = error?.offset ?? 0;
  if (offset >= text.length) return `${expected2}, found the end of the file`;
  const found = text.slice(offset, offset + Math.min(Math.max(error?.length ?? 1, 1), 20));
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

// src/readers/arm/model/arc-machine.ts
function adaptArcMachine(reader, common) {
  return withCommon(common, mapArcMachine(armSource(reader), "declared"));
}
function adaptArcLicenseProfile(instance, reader, common, symbols) {
  const identity = parentMachine(instance, common.identity.resourceGroup, symbols);
  const displayName = identity.name ?? common.displayName;
  return Object.assign(withCommon(common, { identity, displayName }), mapArcLicenseProfile(armSource(reader)));
}
function parentMachine(instance, resourceGroup2, symbols) {
  const group = resourceGroup2 === void 0 ? {} : { resourceGroup: resourceGroup2 };
  const value = instance.name.value;
  if (typeof value === "string") return { type: ARC_MACHINE_TYPE, name: value.split("/")[0], ...group };
  const pattern = value instanceof Unresolved ? value.pattern?.split("/")[0] : void 0;
  const symbol = pattern === void 0 ? void 0 : symbols.find(ARC_MACHINE_TYPE, pattern);
  return { type: ARC_MACHINE_TYPE, name: void 0, ...symbol === void 0 ? {} : { symbol }, ...group };
}

// src/readers/arm/template/condition-keys.ts
function conditionKey(scope, decides, written, context) {
  const text = typeof written === "string" ? withoutLayout(written) : JSON.stringify(written);
  if (!text.includes("copyindex")) return `${scope}|${decides}|${text}`;
  const loops = context.loops.map((loop) => `${loop.name}=${typeof loop.index === "number" ? loop.index : "*"}`).join(",");
  return `${scope}|${decides}|${loops}|${text}`;
}
function withoutLayout(expression) {
  let text = "";
  let quoted = false;
  for (const character of expression) {
    if (character === "'") quoted = !quoted;
    if (quoted || character === "'") text += character;
    else if (character.trim() !== "") text += character.toLowerCase();
  }
  return text;
}
var copyIndexPattern = (countKey) => `{copy:${countKey.replaceAll("%", "%25").replaceAll("/", "%2F").replaceAll("{", "%7B").replaceAll("}", "%7D")}}`;

// src/readers/arm/template/resource-walker.ts
var MAX_NESTED_DEPLOYMENTS = 16;
var UNIT_ITERATIONS_PER_INSTANCE = 10;
var RESOURCE_LABELS = [];
var resourceLabel = (index) => {
  if (index >= 256) return `resources[${index}]`;
  return RESOURCE_LABELS[index] ??= `resources[${index}]`;
};
function collectResources(template, ref, context, wanted, scope = ref.file) {
  const found = [];
  const limits = context.session.limits;
  let iterationsLeft = limits.instances * UNIT_ITERATIONS_PER_INSTANCE;
  const notEvaluated = (resourceRef, message) => context.session.report({ ref: resourceRef, message, severity: "error", kind: "not-evaluated" });
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
    const written = writtenType(resource, resourcesRef, key2, enclosing.context);
    if (written === void 0) return;
    const parent = isQualified(written) ? void 0 : enclosing.parent;
    const type = parent === void 0 ? written : `${parent.type}/${written}`;
    const isDeployment = lowerCaseType(type) === DEPLOYMENT_TYPE;
    const children = jsonMember(resource, "resources");
    const isWanted = wanted(type);
    if (!isWanted && !isDeployment && children === void 0) return;
    const resourceRef = at(resourcesRef, key2);
    const nameMember = jsonMember(resource, "name");
    const nameKey = nameMember?.key ?? "name";
    const loop = iterations(resource, resourceRef, enclosing, type, label);
    if (typeof loop === "string") return notEvaluated(resourceRef, loop);
    const count = loop === void 0 ? 1 : loop.iterations.length;
    if (count > iterationsLeft) {
      const budget = limits.instances * UNIT_ITERATIONS_PER_INSTANCE;
      return notEvaluated(resourceRef, `${type} ${label}: the template's resource instances reached its budget of ${budget} (${UNIT_ITERATIONS_PER_INSTANCE} \xD7 limits.instances; raise limits.instances in the configuration to evaluate it)`);
    }
    iterationsLeft -= count;
    const factors = loop?.looped === true ? [...enclosing.factors, count] : enclosing.factors;
    for (let i = 0; i < count; i++) {
      const iteration = loop?.iterations[i];
      const context2 = iteration?.context ?? enclosing.context;
      const suffix = iteration?.suffix ?? "";
      const conditions = instanceConditions(enclosing.conditions, iteration?.conditions ?? NO_CONDITIONS, ownCondition(resource, resourceRef, context2, enclosing.scope));
      const symbolPath = `${enclosing.symbolPath}${label}${suffix}`;
      const variant = `${enclosing.variant}${suffix}`;
      const name = fullName(nameMember, resourceRef, nameKey, context2, parent);
      const instance = isWanted ? { type, name, nameKey, body: resource, ref: resourceRef, context: context2, conditions, symbolPath, variant, deployments: enclosing.deployments, target: enclosing.target } : void 0;
      if (instance !== void 0) found.push(instance);
      const target = isDeployment ? deploymentTarget(resource, resourceRef, context2, enclosing.target) : void 0;
      const nested = isDeployment ? openNestedTemplate(resource, resourceRef, context2, target, enclosing.deployments) : void 0;
      if (nested !== void 0 && enclosing.deployments.length >= MAX_NESTED_DEPLOYMENTS) {
        const message = `nested deployments deeper than ${MAX_NESTED_DEPLOYMENTS} levels are not read`;
        context2.session.report({ ref: resourceRef, message, severity: "error" });
      } else if (nested !== void 0) {
        if (nested.linked !== void 0) {
          context2.session.links?.reached(nested.linked);
          if (instance !== void 0) instance.linkedTemplate = nested.linked;
        }
        const resources2 = jsonMember(nested.template, "resources");
        walk(resources2?.value, at(nested.ref, resources2?.key ?? "resources"), {
          context: nested.context,
          scope: `${enclosing.scope} > ${resourceRef.path.join("/")}${suffix}`,
          conditions,
          symbolPath: `${symbolPath}/`,
          variant,
          deployments: [...enclosing.deployments, resourceRef],
          target,
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
  walk(resources?.value, at(ref, resources?.key ?? "resources"), { context, scope, conditions: NO_CONDITIONS, symbolPath: "", variant: "", deployments: NONE, target: void 0, factors: NONE });
  return found;
}
var isDeclared = (resource) => isJsonObject(resource) && jsonMemberValue(resource, "existing") !== true;
function writtenType(resource, resourcesRef, key2, context) {
  const typeKey = findKey(resource, "type");
  if (typeKey === void 0) return void 0;
  const written = resource[typeKey];
  const value = typeof written === "string" && isExpression(written) ? evaluateJson(written, context, at(at(resourcesRef, key2), typeKey)).value : written;
  return typeof value === "string" ? value : void 0;
}
function isQualified(type) {
  const dot = type.indexOf(".");
  const slash = type.indexOf("/");
  return dot >= 0 && (slash < 0 || dot < slash);
}
var nameRefOf = (instance) => at(instance.ref, instance.nameKey);
function fullName(member2, resourceRef, nameKey, context, parent) {
  if (member2 === void 0) return { value: new Unresolved("the resource has no name"), trace: LITERAL };
  const name = evaluateMember(member2.value, context, resourceRef, nameKey);
  if (parent === void 0) return name;
  const [parentName, childName] = [parent.name.value, name.value];
  const isText = (part) => typeof part === "string" || part instanceof Unresolved;
  if (!isText(parentName) || !isText(childName)) return { value: new Unresolved("the resource name is not a string"), trace: name.trace };
  return { value: joinText([parentName, "/", childName]), trace: name.trace };
}
var NO_CONDITIONS = [];
var NONE = [];
function iterations(resource, ref, { context, factors, scope }, type, label) {
  const copy = jsonMember(resource, "copy");
  const loopName = isJsonObject(copy?.value) ? jsonMemberValue(copy.value, "name") : void 0;
  if (copy === void 0 || !isJsonObject(copy.value) || typeof loopName !== "string") return void 0;
  const copyRef = at(ref, copy.key);
  const count = copyCount(copy.value, context, copyRef);
  if (count instanceof Unresolved) {
    const traced = { value: new Unresolved(`the copy count is unresolved: ${count.reason}`), trace: LITERAL };
    const key2 = conditionKey(scope, "copy", jsonMemberValue(copy.value, "count") ?? null, context);
    const index = new Unresolved(`copyIndex() of loop '${loopName}' is unknown: ${count.reason}`, copyIndexPattern(key2));
    const iteration = { context: context.withLoop({ name: loopName, index, level: "resource" }), suffix: "[*]", conditions: [{ traced, ref: copyRef, key: key2 }] };
    return { iterations: [iteration], looped: false };
  }
  if (count === 0) {
    const member2 = jsonMember(copy.value, "count");
    const countRef = member2 === void 0 ? copyRef : at(copyRef, member2.key);
    const trace = member2 === void 0 ? LITERAL : evaluateJson(member2.value, context, countRef).trace;
    const index = new Unresolved(`copy loop '${loopName}' has no iteration: its count is 0`);
    const key2 = conditionKey(scope, "copy", member2?.value ?? null, context);
    const iteration = { context: context.withLoop({ name: loopName, index, level: "resource" }), suffix: "", conditions: [{ traced: { value: false, trace }, ref: countRef, key: key2 }] };
    return { iterations: [iteration], looped: false };
  }
  const all2 = [...factors, count];
  const total = all2.reduce((product, factor) => product * factor, 1);
  const limits = context.session.limits;
  if (total > limits.instances) return instanceBudgetMessage(`${type} ${label}`, total, all2, limits);
  const expanded = Array.from({ length: count }, (_, index) => ({
    context: context.withLoop({ name: loopName, index, level: "resource" }),
    suffix: `[${index}]`,
    conditions: NO_CONDITIONS
  }));
  return { iterations: expanded, looped: true };
}
function ownCondition(resource, ref, context, scope) {
  const member2 = jsonMember(resource, "condition");
  if (member2 === void 0) return void 0;
  const conditionRef = at(ref, member2.key);
  return { traced: evaluateJson(member2.value, context, conditionRef), ref: conditionRef, key: conditionKey(scope, "condition", member2.value, context) };
}
function instanceConditions(enclosing, loop, own) {
  if (own === void 0) return loop.length === 0 ? enclosing : enclosing.concat(loop);
  return enclosing.concat(loop, own);
}

// src/readers/arm/model/maintenance-assignment.ts
var LEGACY_SUFFIX = "/providers/configurationassignments";
var LEGACY_ASSIGNMENT_TYPES = [
  "Microsoft.Compute/virtualMachines/providers/configurationAssignments",
  "Microsoft.Compute/virtualMachineScaleSets/providers/configurationAssignments",
  "Microsoft.HybridCompute/machines/providers/configurationAssignments"
];
function adaptMaintenanceAssignment(instance, reader, common, symbols) {
  let lastValue;
  let lastIdentity;
  const toIdentity = (value) => {
    if (lastIdentity === void 0 || value !== lastValue) {
      lastValue = value;
      lastIdentity = targetIdentity(value, symbols);
    }
    return lastIdentity;
  };
  const holderInGroup = instance.target?.resourceGroup !== void 0;
  const toConfiguration = (value) => {
    const identity = toIdentity(value);
    return holderInGroup && !(identity instanceof Unresolved) && namesDeploymentGroup(value) ? inRootGroup(identity) : identity;
  };
  const group = targetText(instance.target?.resourceGroup);
  const configuration = inDeploymentGroup(reader.readWith(["properties", "maintenanceConfigurationId"], toConfiguration), group);
  const filtered = hasFilter(reader);
  const resourceId2 = filtered ? void 0 : reader.readWith(["properties", "resourceId"], toIdentity);
  const scope = reader.readWith(["scope"], (value) => scopeIdentity(value, toIdentity(value)));
  const written = [legacyTarget(instance, reader, symbols), scope, resourceId2].find(
    (candidate) => candidate !== void 0 && candidate.origin !== "absent"
  );
  const filter = written === void 0 && filtered ? mapDynamicScope(armSource(reader)) : void 0;
  const fields = {
    kind: "maintenance-assignment",
    configuration: { target: configuration }
  };
  const rejected = written === void 0 ? void 0 : rejectedTarget(written);
  if (rejected !== void 0) fields.rejectedTarget = rejected;
  else if (written !== void 0) {
    const target = written;
    fields.target = { target: inDeploymentGroup(target, group), ...written === resourceId2 && { unscoped: true } };
  }
  if (filter !== void 0) fields.filter = filter;
  return withCommon(common, fields);
}
function inDeploymentGroup(target, resourceGroup2) {
  const identity = target.value;
  if (identity === void 0 || identity.resourceGroup !== void 0 || identity.symbol !== void 0 || identity.inDeploymentGroup === true || resourceGroup2 === void 0) return target;
  return { ...target, value: { ...identity, resourceGroup: resourceGroup2 } };
}
function inRootGroup(identity) {
  if (identity.resourceGroup !== void 0 || identity.symbol !== void 0) return identity;
  return { ...identity, inDeploymentGroup: true };
}
function rejectedTarget(target) {
  return target.value instanceof Rejected ? { reason: target.value.reason, location: target.location } : void 0;
}
function legacyTarget(instance, reader, symbols) {
  const suffix = lowerCaseType(instance.type).lastIndexOf(LEGACY_SUFFIX);
  if (suffix < 0) return void 0;
  const parentType = instance.type.slice(0, suffix);
  return reader.sourced(instance.name, nameRefOf(instance), (name) => parentIdentity(parentType, name, symbols));
}
function hasFilter(reader) {
  const written = reader.resolve(["properties", "filter"]);
  return written !== void 0 && written.traced.value !== null;
}

// src/readers/arm/model/maintenance-configuration.ts
function adaptMaintenanceConfiguration(reader, common) {
  return maintenanceConfigurationOf(common, mapMaintenanceConfiguration(armSource(reader)));
}

// src/readers/arm/model/virtual-machine.ts
function adaptVirtualMachine(reader, common) {
  const kind = common.identity.type === VMSS_TYPE ? "scale-set" : "virtual-machine";
  return virtualMachineOf(common, mapVirtualMachine(armSource(reader), kind, { apiVersion: reader.read(["apiVersion"], asString) }));
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
function adaptInstances(instances, locate2, evaluation) {
  const symbols = new SymbolIndex();
  for (const instance of instances) if (instance.name.value instanceof Unresolved) symbols.add(modelType(instance), instance.name.value, symbolOf(instance));
  return instances.map((instance) => {
    const reader = new PropertyReader(instance, locate2);
    const type = modelType(instance);
    const common = commonFields(instance, reader, type, evaluation);
    const resource = type === ARC_MACHINE_TYPE ? adaptArcMachine(reader, common) : type === ARC_LICENSE_PROFILE_TYPE ? adaptArcLicenseProfile(instance, reader, common, symbols) : type === MAINTENANCE_CONFIGURATION_TYPE ? adaptMaintenanceConfiguration(reader, common) : type === MAINTENANCE_ASSIGNMENT_TYPE ? adaptMaintenanceAssignment(instance, reader, common, symbols) : adaptVirtualMachine(reader, common);
    if (resource.deployed.origin === "unresolved") resource.conditionKeys = conditionKeysOf(instance.conditions);
    const { parameterFile } = evaluation;
    if (parameterFile === void 0) return resource;
    resource.related = [parameterFileEntry(resource, parameterFile), ...resource.related];
    return resource;
  });
}
var modelType = (instance) => MODEL_TYPES.get(lowerCaseType(instance.type)) ?? instance.type;

// src/readers/arm/model/deployment-level.ts
var ABOVE_GROUP_SCHEMA = /(?:subscription|managementGroup|tenant)DeploymentTemplate/i;
function markDeploymentGroupScopes(template, resources) {
  const schema = template["$schema"];
  if (typeof schema === "string" && ABOVE_GROUP_SCHEMA.test(schema)) return;
  for (const resource of resources) {
    if (resource.kind !== "maintenance-assignment" || resource.filter === void 0 || resource.scope === void 0) continue;
    const { resourceGroup: resourceGroup2, subscription } = resource.scope;
    if (resourceGroup2.origin !== "absent" || subscription.origin !== "absent") continue;
    const scope = { ...resource.scope, atDeploymentGroup: true };
    resource.scope = scope;
  }
}

// src/readers/arm/read-template.ts
function readTemplate(document, parameterFile, session, locate2) {
  const template = document.value;
  const root = { file: document.file, path: [] };
  session.beginTemplate(root);
  const source = parameterFile === void 0 ? DEFAULTS_ONLY : parameterFile.source ?? parameterFileSource(parameterFile);
  const artifacts = withArtifactsLocation(source, document.file, true);
  const scope = new TemplateScope(session, document.file, template, [], artifacts, void 0, false, templateUrl(document.file));
  const instances = collectResources(template, root, scope.context, isReadType, `arm:${document.file}|${parameterFile?.file ?? ""}`);
  const evaluation = evaluationWith(parameterFile?.file);
  const deployments = instances.filter((instance) => isDeploymentType(instance.type));
  const modeled = deployments.length === 0 ? instances : instances.filter((instance) => !isDeploymentType(instance.type));
  const unread = [];
  for (const deployment2 of deployments) {
    const vm = unreadTemplateVm(deployment2, locate2, evaluation);
    if (vm !== void 0) unread.push(vm);
    unread.push(...unreadTemplateAssignments(deployment2, locate2, evaluation));
  }
  const resources = adaptInstances(modeled, locate2, evaluation);
  markDeploymentGroupScopes(template, resources);
  for (const vm of unread) resources.push(vm);
  return resources;
}
var isReadType = (type) => isModeledType(type) || isDeploymentType(type);

// src/readers/arm/read-template-file.ts
function readTemplateFile(path, parameterFiles, unit, sink, notice2) {
  const template = unit.template(path);
  if (template === void 0) return [];
  const locate2 = (ref, length) => {
    const document = ref.file === template.file ? template : documentOf(parameterFiles, ref.file) ?? unit.document(ref.file);
    return document === void 0 ? { file: ref.file, line: 1, column: 1 } : document.locate(ref.path, length);
  };
  const session = new EvaluationSession(sink.limits, unit);
  const resources = [];
  sink.manifests.push(path, ...parameterFiles.map(({ parameterFile }) => parameterFile.file));
  if (notice2 !== void 0) sink.parseErrors.push({ file: path, line: 1, column: 1, message: notice2, severity: "notice" });
  for (const parameterFile of parameterFiles.length === 0 ? [void 0] : parameterFiles.map((entry) => entry.parameterFile)) {
    try {
      for (const resource of readTemplate(template, parameterFile, session, locate2)) resources.push(resource);
    } catch (error) {
      const message = `internal error in the ARM reader: ${getErrorMessage(error)}`;
      sink.parseErrors.push({ file: path, line: 1, column: 1, message, severity: "error" });
    }
  }
  for (const problem of session.reported()) {
    const kind = problem.kind === void 0 ? {} : { kind: problem.kind };
    const error = { ...locate2(problem.ref), message: problem.message, severity: problem.severity, ...kind };
    sink.parseErrors.push(error);
  }
  unit.done(path);
  return resources;
}
function documentOf(parameterFiles, file) {
  return parameterFiles.find(({ document }) => document.file === file)?.document;
}

// src/readers/arm/files/linked-units.ts
import { posix as posix4 } from "node:path";
var QUOTED_JSON_PATH = /["']([^"'\\\r\n]+\.json)["']/gi;
function linkedFolderUnits(files, workspace) {
  const byFolder = groupBy(files, (file) => folderPrefixOf(file.path));
  const folders = new DisjointSets();
  let claimed;
  let joined = false;
  for (const folder of byFolder.keys()) {
    const above = pairingFolderOf(folder);
    if (above === folder) continue;
    folders.union(folder, above);
    joined = true;
  }
  for (const file of files) {
    if (!mayLink(file, workspace)) continue;
    const text = workspace.readText(file.path);
    if (!text.ok) continue;
    claimed ??= new Set(files.map((member2) => member2.path));
    for (const target of quotedPaths(text.text, file.path)) {
      if (!claimed.has(target)) continue;
      folders.union(folderPrefixOf(file.path), folderPrefixOf(target));
    }
  }
  if (claimed === void 0 && !joined) return [...byFolder.values()].map((members) => ({ files: members }));
  return [...groupBy(files, (file) => folders.find(folderPrefixOf(file.path))).values()].map((members) => ({ files: members }));
}
function mayLink(file, workspace) {
  if (workspace.isQuiet(file.path)) return false;
  return workspace.claimNotes.holdsLocalLinks(file.path) ?? fileHolds(file.absolutePath, LOCAL_LINK_WORD);
}
function quotedPaths(text, file) {
  const found = [];
  const folders = ARTIFACTS_LOCATION_WORD.test(text) ? foldersUp(folderPrefixOf(file)) : [folderPrefixOf(file)];
  for (const match2 of text.matchAll(QUOTED_JSON_PATH)) {
    const written = match2[1].replace(/^\/+/, "");
    if (written.includes("://")) continue;
    for (const folder of folders) {
      const path = posix4.normalize(`${folder}${written}`);
      if (!path.startsWith("../")) found.push(path);
    }
  }
  return found;
}

// src/readers/arm/template/static-links.ts
function staticLinks(template, file, limits) {
  const found = [];
  let scope;
  const linkOf = (written, ref, topLevel) => {
    if (typeof written !== "string") return void 0;
    if (!isExpression(written)) return linkedPath(unescapeLiteral(written), file);
    if (!topLevel) return void 0;
    const { value } = evaluateJson(written, topScope().context, ref);
    return typeof value === "string" ? linkedPath(value, file) : void 0;
  };
  const topScope = () => scope ??= new TemplateScope(new EvaluationSession(limits), file, template, [], withArtifactsLocation(DEFAULTS_ONLY, "", true), void 0, false, templateUrl(file));
  const uriLinksOf = (written, ref, topLevel) => {
    if (!topLevel || typeof written !== "string" || !isExpression(written)) return [];
    const added = artifactsPath(evaluateJson(written, topScope().context, ref).value);
    if (added === void 0) return [];
    return foldersUp(folderPrefixOf(file)).map((folder) => `${folder}${added}`);
  };
  const visit2 = (resources2, ref, topLevel) => {
    const entries = Array.isArray(resources2) ? resources2.map((resource, i) => [i, resource]) : isJsonObject(resources2) ? Object.entries(resources2) : [];
    for (const [key2, resource] of entries) {
      if (!isJsonObject(resource)) continue;
      const resourceRef = at(ref, key2);
      const type = jsonMemberValue(resource, "type");
      const properties = jsonObjectMember(resource, "properties");
      if (typeof type === "string" && lowerCaseType(type) === DEPLOYMENT_TYPE && properties !== void 0) {
        const propertiesRef = at(resourceRef, "properties");
        const inline = jsonObjectMember(properties, "template");
        if (inline !== void 0) visit2(jsonMemberValue(inline, "resources"), at(at(propertiesRef, "template"), "resources"), false);
        const link = jsonMember(properties, "templateLink");
        const relativePath = jsonMember(link?.value, "relativePath");
        const uri = relativePath === void 0 ? jsonMember(link?.value, "uri") : void 0;
        const linkRef = link === void 0 ? void 0 : at(propertiesRef, link.key);
        const path = linkRef === void 0 || relativePath === void 0 ? void 0 : linkOf(relativePath.value, at(linkRef, relativePath.key), topLevel);
        if (path !== void 0) found.push(path);
        if (linkRef !== void 0 && uri !== void 0) found.push(...uriLinksOf(uri.value, at(linkRef, uri.key), topLevel));
      }
      const children = jsonMember(resource, "resources");
      if (children !== void 0) visit2(children.value, at(resourceRef, children.key), topLevel);
    }
  };
  const resources = jsonMember(template, "resources");
  visit2(resources?.value, { file, path: [resources?.key ?? "resources"] }, true);
  return found;
}

// src/readers/arm/unit-templates.ts
var KEPT_CHARACTERS = 1024 * 1024;
var UnitTemplates = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  /** The files of the unit's folders that are read (no what-if result): the only ones a link may open. */
  members = /* @__PURE__ */ new Set();
  /** The templates of the folder being read, with their texts. */
  held = /* @__PURE__ */ new Map();
  /** Each linked template, with the first template found to link it (in the unit's order). */
  linkedBy = /* @__PURE__ */ new Map();
  /** Templates parsed: the document, or null when the file is no template (reported once, if it claimed to be one). */
  parsed = /* @__PURE__ */ new Map();
  /** Characters of the documents `parsed` holds: past KEPT_CHARACTERS, they are dropped once a read is done. */
  parsedCharacters = 0;
  opened = /* @__PURE__ */ new Set();
  reachedFiles = /* @__PURE__ */ new Set();
  alone = /* @__PURE__ */ new Set();
  /** The unit's files whose folders are read, in the unit's order. */
  admit(files) {
    for (const file of files) this.members.add(file.path);
  }
  /** A template of the folder being read, with its text (taken out of the workspace for this read). */
  hold(template) {
    this.held.set(template.file.path, template);
  }
  /** Finds the links of templates whose texts are held (a unit of one folder: every text of it is). */
  findLinksIn(templates) {
    const notes = this.sink.workspace.claimNotes;
    for (const { file, text } of templates) if (notes.holdsLocalLinks(file.path) ?? LOCAL_LINK_WORD.test(text)) this.findLinksOf(file.path, text);
  }
  /**
   * Finds the links of the unit's files, before any folder is read (a unit of several folders: their texts
   * are not all held at once). A file shows a link's word first: as the claim found it, else on disk.
   */
  findLinksOnDisk(files) {
    const { workspace } = this.sink;
    for (const file of files) {
      if (workspace.isQuiet(file.path) || PARAMETER_FILE_NAME.test(fileName(file.path))) continue;
      if (!(workspace.claimNotes.holdsLocalLinks(file.path) ?? fileHolds(file.absolutePath, LOCAL_LINK_WORD))) continue;
      const text = workspace.readText(file.path);
      if (text.ok) this.findLinksOf(file.path, text.text);
    }
  }
  /** Whether another template of the unit links this one. */
  isLinked(path) {
    return this.linkedBy.has(path);
  }
  /** A template's document, parsed on first use; undefined (its error reported once) when it is no template. */
  template(path) {
    const known3 = this.parsed.get(path);
    if (known3 !== void 0) return known3 ?? void 0;
    const entry = this.held.get(path) ?? this.unsorted(path);
    if (entry === void 0) return void 0;
    const document = entry.document ?? this.parse(entry);
    const armFile = document && classifyArmFile(document);
    if (armFile?.kind === "invalid-template") {
      this.sink.parseErrors.push(armFile.error);
      this.sink.manifests.push(path);
    }
    const template = armFile?.kind === "template" ? armFile.document : void 0;
    this.parsed.set(path, template ?? null);
    if (template !== void 0) this.parsedCharacters += template.text.length;
    return template;
  }
  /**
   * Once a template is read on its own (its resources located): its document is dropped unless a link may open
   * it again, and past KEPT_CHARACTERS every document is (a later link parses its template again).
   */
  done(path) {
    this.held.delete(path);
    if (!this.opened.has(path)) this.forget(path);
    if (this.parsedCharacters <= KEPT_CHARACTERS) {
      this.parsed.get(path)?.release();
      return;
    }
    for (const [kept, document] of this.parsed) if (document !== null) this.forget(kept);
  }
  /** The folder is read: the texts of its templates no longer held (a link opens one through the workspace). */
  leaveFolder() {
    this.held.clear();
  }
  open(path) {
    if (!this.linkedBy.has(path) || this.alone.has(path)) return NOT_LINKED2;
    const document = this.template(path);
    if (document === void 0) return this.parsed.has(path) ? UNREADABLE : NOT_LINKED2;
    if (!this.opened.has(path)) this.sink.manifests.push(path);
    this.opened.add(path);
    return { kind: "template", template: document.value };
  }
  reached(path) {
    this.reachedFiles.add(path);
  }
  /** Notes that a linked template no deployment reached is read on its own (`nextUnreached`). */
  readAlone(path) {
    this.alone.add(path);
    this.reachedFiles.add(path);
  }
  /** A document of the unit, to locate what was read in it (a linked template's resources, its problems). */
  document(file) {
    return this.parsed.get(file) ?? void 0;
  }
  /**
   * The first linked template, in the unit's order, that no read followed a link to (its link is evaluated to
   * another file with the linking template's parameter files, or no template read on its own leads to it, as in a
   * cycle), with the template that links it: it is read on its own, so that none passes unseen.
   */
  nextUnreached() {
    for (const path of this.members) {
      const linkedBy = this.linkedBy.get(path);
      if (linkedBy !== void 0 && !this.reachedFiles.has(path)) return { path, linkedBy };
    }
    return void 0;
  }
  /** The unit's documents are garbage once it is read; their indexes go back now. */
  release() {
    for (const document of this.parsed.values()) document?.release();
    this.parsed.clear();
    this.parsedCharacters = 0;
    this.held.clear();
  }
  /** Drops a template's document (a parse that failed is kept: its error is reported once). */
  forget(path) {
    const document = this.parsed.get(path);
    if (document === void 0 || document === null) return;
    document.release();
    this.parsedCharacters -= document.text.length;
    this.parsed.delete(path);
  }
  /**
   * The templates a template's relativePath links name, before it is read: a path written as is, from its text
   * (no parse: a unit of many linking templates would parse each twice); one built by an expression, from its
   * parsed JSON (template/static-links.ts). The walk that reads the unit decides: a template no deployment
   * reaches is read on its own (`nextUnreached`), so a `"relativePath"` that links nothing changes no verdict.
   */
  findLinksOf(path, text) {
    let evaluated = false;
    for (const match2 of text.matchAll(RELATIVE_PATH)) {
      const written = jsonString(match2[1]);
      if (written !== void 0 && isExpression(written)) evaluated = true;
      else if (written !== void 0) this.link(linkedPath(unescapeLiteral(written), path), path);
    }
    const document = evaluated || URI_LINK_WORD.test(text) ? this.template(path) : void 0;
    if (document === void 0) return;
    for (const linked of staticLinks(document.value, path, this.sink.limits)) this.link(linked, path);
    if (this.parsedCharacters > KEPT_CHARACTERS) this.forget(path);
  }
  link(linked, by) {
    if (linked !== void 0 && this.members.has(linked) && !this.linkedBy.has(linked)) this.linkedBy.set(linked, by);
  }
  /**
   * A template of the unit whose folder is not sorted yet (a link reaches it first), its text read through the
   * workspace; undefined when it cannot be read (its folder's read reports why) or is a build output its `.bicep`
   * beside it stands for (the Bicep reader reads that; the folder's read says so).
   */
  unsorted(path) {
    const { workspace } = this.sink;
    const file = this.members.has(path) ? workspace.get(path) : void 0;
    const text = file === void 0 ? void 0 : workspace.readText(path);
    if (file === void 0 || text?.ok !== true) return void 0;
    if (builtByBicep(text.text) && bicepTwinOf(path, namesBeside(workspace, path)) !== void 0) return void 0;
    return { file, text: text.text };
  }
  /** A claimed file that is not even JSON is reported: it looked like ARM from its name or head. */
  parse(entry) {
    const parsed = parseJsonDocument2(entry.file.path, entry.text);
    if (parsed.ok) return parsed.document;
    this.sink.parseErrors.push(parsed.error);
    this.sink.manifests.push(entry.file.path);
    return void 0;
  }
};
var RELATIVE_PATH = /"relativePath"\s*:\s*"((?:[^"\\\r\n]|\\.)*)"/gi;
function jsonString(body) {
  if (!body.includes("\\")) return body;
  try {
    return JSON.parse(`"${body}"`);
  } catch {
    return void 0;
  }
}
var NOT_LINKED2 = { kind: "not-linked" };
var UNREADABLE = { kind: "unreadable" };

// src/readers/arm/arm-reader.ts
var armReader = {
  format: "arm",
  claims: (file, head) => claimsArmFile(file.path, head),
  // A folder is a unit (parameter files pair only with templates of their folder); relativePath links join folders.
  units: (files, workspace) => linkedFolderUnits(files, workspace),
  // A folder of parameter files alone pairs them with no template: the reader says what they set
  // (model/unpaired-parameter-file.ts), though a file that only sets `enableHotpatching` has no policy word.
  mustRead: (unit) => unit.files.every((file) => PARAMETER_FILE_NAME.test(fileName(file.path))),
  read: (files, workspace, limits) => Promise.resolve(readArmFiles(files, workspace, limits ?? DEFAULT_LIMITS)),
  release: () => {
    releaseSharedExpressions();
    releaseExpressionDepths();
  }
};
function readArmFiles(files, workspace, limits) {
  const state = { workspace, parseErrors: [], manifests: [], resources: [], limits };
  const byFile = /* @__PURE__ */ new Map();
  const unit = new UnitTemplates(state);
  const folders = [];
  for (const [folder, members] of groupByFolder(files)) {
    const result = whatIfResultIn(workspace, folder);
    if (result === void 0) folders.push(members);
    else for (const member2 of members) state.parseErrors.push(readInsteadNotice(member2.path, result));
  }
  for (const members of folders) unit.admit(members);
  if (folders.length === 1) {
    const folder = sortFolder(folders[0], state, unit);
    unit.findLinksIn(folder.templates);
    readFolder(folder, state, unit, byFile);
  } else {
    unit.findLinksOnDisk(folders.flat());
    for (const members of folders) readFolder(sortFolder(members, state, unit), state, unit, byFile);
  }
  for (let left = unit.nextUnreached(); left !== void 0; left = unit.nextUnreached()) {
    unit.readAlone(left.path);
    const notice2 = `linked by ${left.linkedBy} (templateLink.relativePath), but no deployment of a template read on its own leads here: it is read on its own, with its own parameter defaults`;
    byFile.set(left.path, readTemplateFile(left.path, [], unit, state, notice2));
  }
  unit.release();
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
  return groupBy(files, (file) => PARAMETER_FILE_NAME.test(fileName(file.path)) ? pairingFolderOf(file.path) : folderPrefixOf(file.path));
}
function sortFolder(files, state, unit) {
  const parameterFiles = /* @__PURE__ */ new Map();
  const templates = [];
  for (const file of files) {
    const text = readText(file, state);
    if (text === void 0) continue;
    if (skipCompiledBicep(file, text, state)) continue;
    if (!isParameterFileCandidate(file.path, text)) {
      templates.push({ file, text });
      continue;
    }
    const document = parse3(file.path, text, state);
    const armFile = document && classifyArmFile(document);
    if (armFile?.kind === "parameters") {
      parameterFiles.set(file.path, { parameterFile: { file: file.path, parameters: armFile.parameters }, document: armFile.document });
    } else if (armFile?.kind === "template") templates.push({ file, text, document: armFile.document });
  }
  for (const template of templates) unit.hold(template);
  return { templates, parameterFiles };
}
function readFolder({ templates, parameterFiles }, state, unit, byFile) {
  const folderNames = templates.length === 0 ? [] : namesBeside(state.workspace, templates[0].file.path);
  const pairs = parameterFiles.size === 0 ? void 0 : pairParameterFiles(templates.map((template) => template.file.path), [...parameterFiles.keys()]);
  for (const { file } of templates) {
    const paired = (pairs?.get(file.path) ?? []).map((path) => parameterFiles.get(path));
    if (hasBicepParam(folderNames)) paired.push(...bicepParamFilesFor(file.path, state.workspace));
    if (paired.length === 0 && unit.isLinked(file.path)) continue;
    byFile.set(file.path, readTemplateFile(file.path, paired, unit, state));
  }
  const pairedPaths = new Set([...pairs?.values() ?? []].flat());
  for (const [path, { parameterFile, document }] of parameterFiles) {
    if (pairedPaths.has(path) || deploysBicep(path, state.workspace)) continue;
    const said = unpairedParameterFile(parameterFile, document);
    if ("message" in said) state.parseErrors.push(said);
    else byFile.set(path, [said]);
  }
  for (const { document } of parameterFiles.values()) document.release();
  unit.leaveFolder();
}
function deploysBicep(path, workspace) {
  return bicepTemplateOf(path, namesBeside(workspace, pairingFolderOf(path)), (json) => isBicepBuildOutput(workspace, json)) !== void 0;
}
var hasBicepParam = (names) => names.some((name) => /\.bicepparam$/i.test(name));
function readText(file, state) {
  const { workspace } = state;
  const text = workspace.takeText(file.path);
  if (text.ok) return text.text;
  const severity = file.size > MAX_FILE_BYTES ? "notice" : "error";
  state.parseErrors.push({ file: file.path, line: text.line, column: text.column, message: text.message, severity });
  return void 0;
}
function parse3(file, text, state) {
  const parsed = parseJsonDocument2(file, text);
  if (parsed.ok) return parsed.document;
  state.parseErrors.push(parsed.error);
  state.manifests.push(file);
  return void 0;
}
function skipCompiledBicep(file, text, state) {
  const generator = BICEP_GENERATOR.exec(text.slice(0, 4096));
  if (generator === null) return false;
  const names = namesBeside(state.workspace, file.path);
  const twin = bicepTwinOf(file.path, names);
  const maybe = twin === void 0 ? onlyBicepTemplate(file.path, names) : void 0;
  const { line: line2, column } = new LinePositions(text.slice(0, 4096)).at(generator.index);
  const message = twin !== void 0 ? `built by bicep from ${twin}, which is read instead: this build output is not read` : maybe !== void 0 ? `built by bicep, perhaps from ${maybe} beside it: both are read, so a VM both declare is reported for each` : `built by bicep from a .bicep source that is not in the scan: this build output is read as ARM JSON, and findings point at it`;
  state.parseErrors.push({ file: file.path, line: line2, column, message, severity: "notice" });
  return twin !== void 0;
}

// src/readers/lazy-reader.ts
function lazyReader(claim, load) {
  let loading;
  let loaded;
  return {
    format: claim.format,
    claims: claim.claims,
    ...claim.units === void 0 ? {} : { units: claim.units },
    ...claim.mustRead === void 0 ? {} : { mustRead: claim.mustRead },
    read: async (files, workspace, limits) => {
      loading ??= load();
      loaded = await loading;
      return loaded.read(files, workspace, limits);
    },
    release: () => loaded?.release?.()
  };
}

// src/readers/what-if/declarations.ts
var MAX_DECLARATIONS = 2e3;
var MAX_NESTING = 16;
function siblingDeclarations(workspace, resultFile) {
  const folder = folderOf(resultFile);
  const siblings = filesIn(workspace, folder).filter((file) => file.path !== resultFile);
  return siblings.flatMap((file) => {
    if (!/\.(bicep|json)$/i.test(file.path)) return [];
    const text = workspace.readText(file.path);
    if (!text.ok) return [];
    return file.path.toLowerCase().endsWith(".bicep") ? bicepDeclarations(file.path, text.text) : armDeclarations(file.path, text.text);
  });
}
function pairDeclarations(resources, declarations) {
  const pairs = /* @__PURE__ */ new Map();
  const sameType = (resource) => declarations.filter((declaration) => declaration.type.toLowerCase() === resource.type.toLowerCase());
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
    const computed = sameType(resource).filter((declaration) => declaration.name === void 0 && !taken.has(declaration));
    const rivals = left.filter((other) => other.type.toLowerCase() === type);
    if (computed.length === 1 && rivals.length === 1 && computed[0] !== void 0) pairs.set(resource, computed[0]);
  }
  return pairs;
}
var BICEP_RESOURCE = /^(\s*)resource\s+[A-Za-z_]\w*\s+'([^'@]+)@[^']*'\s+(existing\s*)?=/;
var BICEP_NAME = /^\s*name:\s*(.*?)\s*$/;
var BICEP_PARAM = /^\s*param\s+([A-Za-z_]\w*)\s+string\s*=\s*'([^'$\\]*)'\s*$/;
function bicepDeclarations(file, text) {
  const lines = text.split(/\r?\n/);
  const found = [];
  const defaults = new Map(lines.flatMap((line2) => {
    const param = BICEP_PARAM.exec(line2);
    return param ? [[param[1] ?? "", param[2] ?? ""]] : [];
  }));
  lines.forEach((line2, index) => {
    const match2 = BICEP_RESOURCE.exec(line2);
    if (!match2 || match2[3] !== void 0 || found.length >= MAX_DECLARATIONS) return;
    const indent = match2[1] ?? "";
    let name;
    let defaultName;
    for (let next = index + 1; next < lines.length; next++) {
      const body = lines[next] ?? "";
      if (body.startsWith(`${indent}}`)) break;
      const written = BICEP_NAME.exec(body)?.[1];
      if (written === void 0) continue;
      const literal2 = /^'([^'$\\]*)'$/.exec(written)?.[1];
      name = literal2 === void 0 ? void 0 : lastSegment2(literal2);
      defaultName = defaults.get(written);
      break;
    }
    const at2 = { file, line: index + 1, column: indent.length + 1 };
    found.push({ type: match2[2] ?? "", name, ...defaultName === void 0 ? {} : { defaultName }, at: at2 });
  });
  return found;
}
function armDeclarations(file, text) {
  const document = parseJsonDocument(text);
  if (document.root?.type !== "object") return [];
  const found = [];
  const visit2 = (template, depth) => {
    const parameters = childOf(template, "parameters");
    const resources = childOf(template, "resources");
    if (depth > MAX_NESTING || resources === void 0) return;
    const nodes = resources.type === "array" ? resources.children ?? [] : (resources.children ?? []).flatMap((property) => property.children?.[1] ?? []);
    for (const node of nodes) {
      if (found.length >= MAX_DECLARATIONS) return;
      const type = childOf(node, "type")?.value;
      const name = childOf(node, "name")?.value;
      if (typeof type !== "string") continue;
      const literal2 = typeof name === "string" && !name.startsWith("[") ? lastSegment2(name) : void 0;
      const parameter = typeof name === "string" ? /^\[parameters\('([^']+)'\)\]$/.exec(name)?.[1] : void 0;
      const fallback2 = parameter === void 0 ? void 0 : childOf(childOf(parameters, parameter), "defaultValue")?.value;
      const defaultName = typeof fallback2 === "string" && !fallback2.startsWith("[") ? { defaultName: lastSegment2(fallback2) } : {};
      found.push({ type, name: literal2, ...defaultName, at: { file, ...document.position(node.offset) } });
      visit2(childOf(childOf(node, "properties"), "template"), depth + 1);
    }
  };
  visit2(document.root, 0);
  return found;
}
var lastSegment2 = (name) => name.slice(name.lastIndexOf("/") + 1);

// src/readers/what-if/json-source.ts
function payloadSource(payload, file, position, at2) {
  const locate2 = (node) => ({ file, ...position(node.offset) });
  const read = (path, convert, what) => {
    const node = descend(payload, path);
    if (node === void 0 || node.type === "null") return absent(at2);
    const expression = findExpression(node);
    if (expression !== void 0) return unresolved(locate2(node), unevaluated(expression));
    const value = convert(node);
    return value === void 0 ? unresolved(locate2(node), `expected ${what}, found ${describe2(node)}`) : known(value, locate2(node));
  };
  return {
    at: at2,
    string: (path) => read(path, asString2, "a string"),
    boolean: (path) => read(path, asBoolean2, "a bool"),
    strings: (path) => read(path, asStrings, "an array of strings"),
    stringMap: (path) => read(path, asStringMap, "an object of tags"),
    stringListMap: (path) => read(path, asStringListMap, "an object of tag values"),
    records: (path) => read(path, asRecords2, "an array of objects of strings"),
    written: (path) => read(path, () => true, "a value")
  };
}
function descend(node, path) {
  let current = node;
  for (const key2 of path) current = memberOf2(current, key2);
  return current;
}
function memberOf2(node, key2) {
  const exact = childOf(node, key2);
  if (exact !== void 0 || node?.type !== "object") return exact;
  const lower = key2.toLowerCase();
  const property = node.children?.find((child) => typeof child.children?.[0]?.value === "string" && String(child.children[0].value).toLowerCase() === lower);
  return property?.children?.[1];
}
var EXPRESSION = /^\[(?!\[)[\s\S]*\]$/;
var MAX_SHOWN = 120;
function findExpression(node, depth = 0) {
  if (node.type === "string") return EXPRESSION.test(node.value) ? node.value : void 0;
  if (depth > 2 || node.type !== "array" && node.type !== "object") return void 0;
  for (const child of node.children ?? []) {
    const value = node.type === "object" ? child.children?.[1] : child;
    const found = value === void 0 ? void 0 : findExpression(value, depth + 1);
    if (found !== void 0) return found;
  }
  return void 0;
}
var unevaluated = (expression) => {
  const shown = expression.length > MAX_SHOWN ? `${expression.slice(0, MAX_SHOWN)}\u2026` : expression;
  return `what-if leaves it as the expression '${shown}': it is known only at deployment`;
};
var asString2 = (node) => node.type === "string" ? node.value : node.type === "number" ? String(node.value) : void 0;
function asBoolean2(node) {
  if (node.type === "boolean") return node.value;
  return node.type === "string" && /^(true|false)$/i.test(node.value) ? node.value.toLowerCase() === "true" : void 0;
}
function asStrings(node) {
  if (node.type !== "array") return void 0;
  const items = (node.children ?? []).map(asString2);
  return items.every((item) => item !== void 0) ? items : void 0;
}
function asStringMap(node) {
  const entries = objectEntries(node);
  const values = entries?.map(([key2, value]) => [key2, value.type === "boolean" ? String(value.value) : asString2(value)]);
  return values?.every((entry) => entry[1] !== void 0) ? Object.fromEntries(values) : void 0;
}
function asStringListMap(node) {
  const values = objectEntries(node)?.map(([key2, value]) => [key2, asStrings(value)]);
  return values?.every((entry) => entry[1] !== void 0) ? Object.fromEntries(values) : void 0;
}
function asRecords2(node) {
  if (node.type !== "array") return void 0;
  const items = (node.children ?? []).map(asStringMap);
  return items.every((item) => item !== void 0) ? items : void 0;
}
function objectEntries(node) {
  if (node.type !== "object") return void 0;
  return (node.children ?? []).flatMap((property) => {
    const [key2, value] = property.children ?? [];
    return typeof key2?.value === "string" && value !== void 0 ? [[key2.value, value]] : [];
  });
}
var describe2 = (node) => node.type === "array" ? "an array" : node.type === "object" ? "an object" : `a ${node.type}`;

// src/readers/what-if/what-if-document.ts
var CHANGE_TYPES = ["Create", "Delete", "Ignore", "Deploy", "NoChange", "Modify", "Unsupported"];
function whatIfChanges(root) {
  const listed = (key2) => {
    const found = childOf(root, key2) ?? childOf(childOf(root, "properties"), key2);
    return found?.type === "array" ? found : void 0;
  };
  const changes = listed("changes");
  const potentialChanges = listed("potentialChanges");
  if (changes === void 0 && potentialChanges === void 0) return void 0;
  const entries = [];
  const skipped = [];
  for (const [list, potential] of [[changes, false], [potentialChanges, true]]) {
    for (const node of list?.children ?? []) {
      const entry = entryOf(node, potential);
      if (entry) entries.push(entry);
      else skipped.push(node);
    }
  }
  return { entries, skipped };
}
function entryOf(node, potential) {
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
    unsupportedReason: typeof reason === "string" ? reason : void 0,
    potential
  };
}
var EXTENSION2 = /^(.*)\/providers\/([^/]+\/[^/]+)\/([^/]+)$/i;
function extendedResourceId(resourceId2) {
  const match2 = EXTENSION2.exec(resourceId2);
  const scope = match2?.[1];
  return scope !== void 0 && /\/providers\//i.test(scope) ? scope : void 0;
}
function subscriptionOf(resourceId2) {
  return /^\/subscriptions\/([^/]+)/i.exec(resourceId2)?.[1];
}

// src/readers/what-if/resources.ts
function modelResource(entry, payload, identity, context) {
  const entryAt = locate(context, entry.node);
  const declaration = context.declarations.get(entry);
  const source = payloadSource(payload, context.file, context.position, declaration?.at ?? entryAt);
  const common = commonFields2(entry, identity, entryAt, declaration, context);
  if (identity.type === MAINTENANCE_CONFIGURATION_TYPE) return { ...common, ...mapMaintenanceConfiguration(source) };
  if (identity.type === MAINTENANCE_ASSIGNMENT_TYPE) return assignment(entry, payload, source, common, context);
  if (identity.type === ARC_MACHINE_TYPE) return { ...common, ...mapArcMachine(source, "declared") };
  if (identity.type === ARC_LICENSE_PROFILE_TYPE) {
    const machine = parseResourceId(entry.resourceId.slice(0, entry.resourceId.toLowerCase().lastIndexOf("/licenseprofiles/")));
    const owner = machine === void 0 ? common.identity : { ...machine, symbol: symbolOf2(context, entry.resourceId) };
    return Object.assign({ ...common, identity: owner, displayName: owner.name ?? common.displayName }, mapArcLicenseProfile(source));
  }
  const apiVersion = source.string(["apiVersion"]);
  return { ...common, ...mapVirtualMachine(source, identity.type === VMSS_TYPE ? "scale-set" : "virtual-machine", { apiVersion }) };
}
function payloadlessMachine(entry, identity, context, why) {
  const entryAt = locate(context, entry.node);
  const declaration = context.declarations.get(entry);
  const at2 = declaration?.at ?? entryAt;
  const unknown = () => unresolved(at2, "not in the what-if result");
  const source = { at: at2, string: unknown, boolean: unknown, strings: unknown, stringMap: unknown, stringListMap: unknown, records: unknown, written: unknown };
  const common = commonFields2(entry, identity, entryAt, declaration, context);
  const osType = unresolved(at2, why);
  if (identity.type === ARC_MACHINE_TYPE) return { ...common, ...mapArcMachine(source, "declared"), osType };
  return { ...common, ...mapVirtualMachine(source, identity.type === VMSS_TYPE ? "scale-set" : "virtual-machine"), osType };
}
function commonFields2(entry, identity, entryAt, declaration, context) {
  const reportAt = declaration?.at ?? entryAt;
  const subscription = subscriptionOf(entry.resourceId);
  const changeAt = locate(context, entry.changeTypeNode);
  return {
    format: "what-if",
    identity: { ...identity, symbol: symbolOf2(context, entry.resourceId) },
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
    deployed: deployedOf(entry, changeAt)
  };
}
function deployedOf(entry, changeAt) {
  if (entry.potential) {
    return unresolved(changeAt, `what-if lists this ${entry.changeType} among its potential changes, which may or may not be deployed`);
  }
  return { value: entry.changeType !== "Delete", origin: "literal", location: changeAt, detail: `changeType ${entry.changeType}` };
}
function assignment(entry, payload, source, common, context) {
  const configuration = idReference(source.string(["properties", "maintenanceConfigurationId"]), context);
  const extended = extendedResourceId(entry.resourceId);
  const written = source.string(["properties", "resourceId"]);
  const target = extended !== void 0 ? idReference(known(extended, locate(context, descend(entry.node, ["resourceId"]) ?? entry.node)), context) : written.origin !== "absent" ? { ...idReference(written, context), unscoped: true } : void 0;
  const filter = target === void 0 && descend(payload, ["properties", "filter"]) !== void 0 ? mapDynamicScope(source) : void 0;
  return {
    ...common,
    kind: "maintenance-assignment",
    configuration,
    ...target === void 0 ? {} : { target },
    ...filter === void 0 ? {} : { filter }
  };
}
function idReference(id, context) {
  if (id.value === void 0) return { target: id };
  const identity = parseResourceId(id.value);
  if (identity === void 0) return { target: unresolved(id.location, `'${id.value}' is not a resource ID`) };
  const symbol = context.resourceIds.has(id.value.toLowerCase()) ? { symbol: symbolOf2(context, id.value) } : {};
  return { target: { ...id, value: { ...identity, ...symbol } } };
}
var symbolOf2 = (context, resourceId2) => `${context.file}#${resourceId2.toLowerCase()}`;
var locate = (context, node) => ({ file: context.file, ...context.position(node.offset) });

// src/readers/what-if/what-if-reader.ts
var whatIfReader = {
  format: "what-if",
  claims: (file, head) => file.path.toLowerCase().endsWith(".json") && isWhatIfHead(head()),
  // Each result file is read on its own (its declarations come from its folder, through the workspace).
  units: (files) => files.map((file) => ({ files: [file] })),
  read: (files, workspace) => Promise.resolve(readResults(files, workspace))
};
var MODELLED = [VM_TYPE, VMSS_TYPE, ARC_MACHINE_TYPE, ARC_LICENSE_PROFILE_TYPE, MAINTENANCE_CONFIGURATION_TYPE, MAINTENANCE_ASSIGNMENT_TYPE];
function readResults(claimed, workspace) {
  const resources = [];
  const parseErrors = [];
  const manifests = [];
  for (const file of claimed) {
    const text = workspace.readText(file.path);
    if (!text.ok) {
      parseErrors.push({ file: file.path, line: text.line, column: text.column, message: text.message, severity: "error" });
      continue;
    }
    const document = parseJsonDocument(text.text);
    const changes = document.root?.type === "object" ? whatIfChanges(document.root) : void 0;
    if (document.error || changes === void 0) {
      const error = document.error ?? { line: 1, column: 1, message: "a what-if result must be a JSON object with a `changes` or `potentialChanges` array" };
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
  const isCompute = type === VM_TYPE || type === VMSS_TYPE || type === ARC_MACHINE_TYPE || type === ARC_LICENSE_PROFILE_TYPE;
  if (entry.changeType === "Ignore" && isCompute) return void 0;
  if (entry.payload === void 0) {
    const why = entry.unsupportedReason === void 0 ? "the result holds no payload for it" : `what-if cannot predict it (${entry.unsupportedReason.trim().replace(/\.$/, "")})`;
    if ((type === VM_TYPE || type === VMSS_TYPE || type === ARC_MACHINE_TYPE) && entry.changeType !== "Delete") {
      return payloadlessMachine(entry, { ...identity, type }, context, `${why}: scan a what-if result of --result-format FullResourcePayloads`);
    }
    const listed = entry.potential ? " (a potential change: it may or may not be deployed)" : "";
    return notice(context.file, context.position, entry.node, `${type} '${identity.name ?? entry.resourceId}'${listed} is not checked: ${why}. Check it once deployed.`);
  }
  return modelResource(entry, entry.payload, { ...identity, type }, context);
}
function declarationsOf(entries, declarations) {
  const declared = entries.flatMap((entry) => {
    const identity = entry.changeType === "Delete" || entry.changeType === "Ignore" ? void 0 : parseResourceId(entry.resourceId);
    return identity === void 0 ? [] : [{ entry, type: identity.type, name: identity.name }];
  });
  const pairs = pairDeclarations(declared, declarations);
  return new Map([...pairs].map(([resource, declaration]) => [resource.entry, declaration]));
}
function notice(file, position, node, message) {
  const at2 = { file, ...position(node.offset) };
  return { file, line: at2.line, column: at2.column, message, severity: "notice" };
}

// src/readers/registry.ts
var readers = [
  lazyReader(terraformPlanClaim, async () => (await import("./terraform-plan-reader-JICEAHBO.js")).terraformPlanReader),
  whatIfReader,
  armReader,
  lazyReader(bicepClaim, async () => (await import("./bicep-reader-PFD7IQDM.js")).bicepReader),
  lazyReader(terraformClaim, async () => (await import("./terraform-reader-YKAVMD65.js")).terraformReader),
  lazyReader(pulumiClaim, async () => (await import("./pulumi-reader-TUJYGUCP.js")).pulumiReader),
  lazyReader(kubernetesClaim, async () => (await import("./kubernetes-reader-DXO6MOLF.js")).kubernetesReader)
];

export {
  known,
  absent,
  unresolved,
  isKnown,
  formatLocation,
  PartialStringMap,
  withUnknownKeys,
  PLAN_TIME_REASON,
  UTC_NOW_REASON,
  DERIVED_FROM_PLAN_TIME_REASON,
  DERIVED_FROM_UTC_NOW_REASON,
  isDeploymentTimeReason,
  folderOf,
  folderPrefixOf,
  fileName,
  releaseUnitValues,
  groupBy,
  appendTo,
  DEFAULT_LIMITS,
  limitsOf,
  instanceBudgetMessage,
  stepBudgetMessage,
  POLICY_WORDS,
  LOCAL_LINK_WORD,
  mayDeclarePolicyInput,
  fileHolds,
  PARAMETER_FILE_NAME,
  PARAMETER_FOLDERS,
  filesIn,
  namesBeside,
  filesInSubfolders,
  deploymentUnit,
  templateDeployment,
  azureScope,
  collectInputs,
  inputPath,
  visitInputs,
  hotpatchSignals,
  unreadCallAsVm,
  MAINTENANCE_MODULE,
  MACHINE_TYPES,
  unreadCallAsAssignment,
  firstWritten,
  mapVirtualMachine,
  mapMaintenanceConfiguration,
  noExpirationWhenEmpty,
  mapDynamicScope,
  mapArcMachine,
  mapArcLicenseProfile,
  azurermInGuestScope,
  isFilterShape,
  unreadCallAsDynamicScope,
  isFullDateTimeFormat,
  MAX_JSON_DEPTH,
  findExcessiveNesting,
  withDefaultAt,
  legacyAssignmentNameProblem,
  builtByBicep,
  isBicepBuildOutput,
  HEAD_CHARACTERS,
  settleFolders,
  folderHolds,
  whatIfResultProbe,
  whatIfResultIn,
  readInsteadNotice,
  parameterFilesOf,
  templateNotThere,
  resolveModuleTarget,
  bicepClaim,
  TOP_LEVEL_API_VERSION,
  KUSTOMIZATION_FILE,
  transformsObjects,
  AZURE_GROUP,
  mayHoldAzureObject,
  MAY_CARRY_HOTPATCH_SIGNAL,
  COMPOSITION_KIND,
  mayUseGoTemplates,
  mayRunCompositionProgram,
  namesAzureGroup,
  mentionsAzureGroup,
  KUSTOMIZATION_NAMES,
  MAX_BASES,
  renamesObjects,
  kubernetesClaim,
  PROJECT_FILE2 as PROJECT_FILE,
  STACK_FILE2 as STACK_FILE,
  MAIN_FILE,
  pulumiClaim,
  isPlanHead,
  isStateHead,
  terraformPlanClaim,
  isLocalSource,
  moduleFolderOf,
  isTfvars,
  isTerragrunt,
  terraformClaim,
  parseJsonDocument,
  childOf,
  readers
};

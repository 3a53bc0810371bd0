import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/readers/shared/syntax-key.ts
var MAX_KEY_LENGTH = 2e3;
function syntaxKey(tree, position) {
  try {
    const text = JSON.stringify(tree, (key, value) => key === position ? void 0 : value);
    return text.length <= MAX_KEY_LENGTH ? text : void 0;
  } catch {
    return void 0;
  }
}

// src/readers/shared/version-range.ts
function inRange(version, range) {
  const parsed = releaseOf(version);
  const from = releaseOf(range.from);
  const through = releaseOf(range.through);
  if (parsed === void 0 || from === void 0 || through === void 0) return false;
  return compare(parsed, from) >= 0 && compare(parsed, through) <= 0;
}
function releaseOf(version) {
  const match = /^(\d{1,6})\.(\d{1,6})\.(\d{1,6})$/.exec(version);
  return match === null ? void 0 : [Number(match[1]), Number(match[2]), Number(match[3])];
}
function compare(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
function atLeast(version, first) {
  const parsed = releaseOf(version);
  const bound = releaseOf(first);
  return parsed !== void 0 && bound !== void 0 && compare(parsed, bound) >= 0;
}

export {
  syntaxKey,
  inRange,
  atLeast
};

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

export {
  syntaxKey
};

import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/readers/shared/resource-shape.ts
function onFrame(frame, fields) {
  return Object.assign(frame, fields);
}

export {
  onFrame
};

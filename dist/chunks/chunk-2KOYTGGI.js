import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/version.ts
var TOOL_NAME = "hotpatch-reboot-gate";
var TOOL_VERSION = "0.1.0";
var TOOL_INFORMATION_URI = "https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate";

export {
  TOOL_NAME,
  TOOL_VERSION,
  TOOL_INFORMATION_URI
};

/** The name the tool reports itself by (CLI, SARIF driver, JSON report). */
export const TOOL_NAME = 'hotpatch-reboot-gate'

/** Kept equal to package.json's version by a test (the bundle must not read package.json at run time). */
export const TOOL_VERSION = '0.1.0'

/** Where users read about the tool: the SARIF `informationUri`. */
export const TOOL_INFORMATION_URI = 'https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate'

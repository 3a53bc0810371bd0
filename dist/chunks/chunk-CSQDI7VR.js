import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/report/workflow-commands.ts
var ZERO_WIDTH_SPACE = "\u200B";
var COMMAND_LINE = /^(\s*):(?=:)/gm;
function neutralizeWorkflowCommands(text) {
  return text.replace(COMMAND_LINE, `$1:${ZERO_WIDTH_SPACE}`).replaceAll("##[", `##${ZERO_WIDTH_SPACE}[`);
}
function neutralizeJsonWorkflowCommands(json) {
  return json.replaceAll("##[", "##\\u005b");
}
function commandSafeStream(stream) {
  return {
    write: (text) => stream.write(neutralizeWorkflowCommands(text)),
    ...stream.isTTY !== void 0 && { isTTY: stream.isTTY }
  };
}

export {
  neutralizeWorkflowCommands,
  neutralizeJsonWorkflowCommands,
  commandSafeStream
};

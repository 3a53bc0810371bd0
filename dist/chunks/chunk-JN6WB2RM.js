import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/report/workflow-commands.ts
var ZERO_WIDTH_SPACE = "\u200B";
var COMMAND_LINE = /^([^\S\r\n\u2028\u2029]*):(?=:)/gm;
var INLINE_COMMAND = /(##(?:vso)?)\[/gi;
var OWN_LOGGING_COMMAND = "##vso[";
function neutralizeWorkflowCommands(text) {
  return text.replace(COMMAND_LINE, `$1:${ZERO_WIDTH_SPACE}`).replace(INLINE_COMMAND, `$1${ZERO_WIDTH_SPACE}[`);
}
function neutralizeJsonWorkflowCommands(json) {
  return json.replace(INLINE_COMMAND, "$1\\u005b");
}
function neutralizeXmlWorkflowCommands(xml) {
  return xml.replace(COMMAND_LINE, "$1&#58;").replace(INLINE_COMMAND, "$1&#91;");
}
function neutralizeAfterOwnLoggingCommands(text) {
  return text.split("\n").map(
    (line) => line.startsWith(OWN_LOGGING_COMMAND) ? OWN_LOGGING_COMMAND + neutralizeWorkflowCommands(line.slice(OWN_LOGGING_COMMAND.length)) : neutralizeWorkflowCommands(line)
  ).join("\n");
}
function commandSafeStream(stream) {
  return {
    write: (text) => stream.write(neutralizeWorkflowCommands(text)),
    writeOwnLoggingCommands: (text) => stream.write(neutralizeAfterOwnLoggingCommands(text)),
    ...stream.isTTY !== void 0 && { isTTY: stream.isTTY }
  };
}

export {
  neutralizeWorkflowCommands,
  neutralizeJsonWorkflowCommands,
  neutralizeXmlWorkflowCommands,
  neutralizeAfterOwnLoggingCommands,
  commandSafeStream
};

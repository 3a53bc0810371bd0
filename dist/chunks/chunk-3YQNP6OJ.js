import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  BIDI_CONTROL,
  BIDI_REPLACEMENT,
  C1_CONTROL,
  LINE_SEPARATOR
} from "./chunk-WG7TE6SE.js";

// src/report/workflow-commands.ts
var ZERO_WIDTH_SPACE = "\u200B";
var COMMAND_LINE = /^([^\S\r\n\u2028\u2029]*):(?=:)/gm;
var INLINE_COMMAND = /(##(?:vso)?)\[/gi;
var OWN_LOGGING_COMMAND = "##vso[";
function neutralizeWorkflowCommands(text) {
  return cleanPrintedText(text).replace(COMMAND_LINE, `$1:${ZERO_WIDTH_SPACE}`).replace(INLINE_COMMAND, `$1${ZERO_WIDTH_SPACE}[`);
}
function cleanPrintedText(text) {
  return text.replace(C1_CONTROL, "").replace(BIDI_CONTROL, BIDI_REPLACEMENT);
}
var ESCAPED_IN_DATA = new RegExp(`${C1_CONTROL.source}|${BIDI_CONTROL.source}|${LINE_SEPARATOR.source}`, "g");
var hex = (char) => (char.codePointAt(0) ?? 0).toString(16).padStart(4, "0");
function neutralizeJsonWorkflowCommands(json) {
  return json.replace(INLINE_COMMAND, "$1\\u005b").replace(ESCAPED_IN_DATA, (char) => `\\u${hex(char)}`);
}
function neutralizeXmlWorkflowCommands(xml) {
  return xml.replace(COMMAND_LINE, "$1&#58;").replace(INLINE_COMMAND, "$1&#91;").replace(ESCAPED_IN_DATA, (char) => `&#x${hex(char)};`);
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

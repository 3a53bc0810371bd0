import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  BIDI_CONTROL,
  BIDI_REPLACEMENT,
  CONTROL_CHARACTER,
  LINE_SEPARATOR
} from "./chunk-PCTDNOL5.js";

// src/report/style.ts
var sgr = (open, close) => (text) => text === "" ? "" : `\x1B[${open}m${text}\x1B[${close}m`;
var plain = (text) => text;
function createStyle(color) {
  if (!color) return { bold: plain, dim: plain, underline: plain, red: plain, yellow: plain, green: plain, cyan: plain };
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    underline: sgr(4, 24),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39),
    cyan: sgr(36, 39)
  };
}
function wrapText(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}
var OPERATING_SYSTEM_COMMAND = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
var CONTROL_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]/g;
function sanitizeForTerminal(text) {
  return sanitizeLinesForTerminal(text).replaceAll("\n", " ");
}
function sanitizeLinesForTerminal(text) {
  return text.replace(OPERATING_SYSTEM_COMMAND, "").replace(CONTROL_SEQUENCE, "").replaceAll("\r\n", "\n").replace(LINE_SEPARATOR, "\n").replace(CONTROL_CHARACTER, "").replace(BIDI_CONTROL, BIDI_REPLACEMENT);
}

export {
  createStyle,
  wrapText,
  sanitizeForTerminal,
  sanitizeLinesForTerminal
};

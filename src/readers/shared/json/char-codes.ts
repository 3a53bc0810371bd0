// The character codes the JSON scanners compare `charCodeAt` results with (json-text.ts, nesting.ts, the ARM
// reader's member pass): one table, so that a scanner reads as the grammar does.

export const QUOTE = 0x22
export const BACKSLASH = 0x5c
export const SLASH = 0x2f
export const STAR = 0x2a
export const COMMA = 0x2c
export const OPEN_BRACE = 0x7b
export const OPEN_BRACKET = 0x5b
export const CLOSE_BRACE = 0x7d
export const CLOSE_BRACKET = 0x5d
export const LF = 0x0a
export const CR = 0x0d

/**
 * Manifest bytes to text, as each format's own tool reads them: UTF-8 (a byte order mark dropped)
 * everywhere, UTF-16 LE/BE by its byte order mark where the tool reads it (not Terraform).
 */
export type TextResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string; readonly line: number; readonly column: number }

const decoder = new TextDecoder('utf-8', { fatal: true })

/**
 * Which encodings a file's own tool reads. Terraform reads UTF-8 only (HCL source must be UTF-8); Azure
 * Resource Manager, Bicep (.NET readers) and YAML 1.2 parsers (kubectl, Pulumi) also read UTF-16 with
 * a byte order mark — what Windows PowerShell 5.1's `Out-File` writes by default.
 */
export type Encodings = 'utf-8' | 'unicode'

const HCL_FILE = /\.(?:tf|tfvars|hcl)$/i

export const encodingsOf = (path: string): Encodings => (HCL_FILE.test(path) ? 'utf-8' : 'unicode')

/**
 * Decodes manifest bytes: UTF-8 (a byte order mark is dropped), and UTF-16 LE/BE by their byte order
 * mark where the format's tool reads it; rejects UTF-32, UTF-16 where only UTF-8 is read, NUL bytes
 * (binary) and invalid text, with the line where it happens.
 */
export function decodeText(bytes: Uint8Array, encodings: Encodings = 'unicode'): TextResult {
  const wide = wideEncoding(bytes)
  if (wide === 'UTF-16LE' || wide === 'UTF-16BE') {
    if (encodings === 'unicode') return decodeUtf16(bytes, wide)
    return { ok: false, message: 'UTF-16 text (byte order mark); Terraform reads UTF-8 only: save it as UTF-8', line: 1, column: 1 }
  }
  if (wide !== undefined) {
    return { ok: false, message: `${wide} text (byte order mark); save it as UTF-8 or UTF-16`, line: 1, column: 1 }
  }
  const nul = bytes.indexOf(0)
  if (nul >= 0) return { ok: false, message: 'binary content (NUL byte); not a text manifest', ...lineOf(bytes, nul) }
  try {
    const text = decoder.decode(bytes)
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text }
  } catch {
    const bad = firstInvalidUtf8(bytes)
    return { ok: false, message: `invalid UTF-8 at byte ${bad}`, ...lineOf(bytes, bad) }
  }
}

/** The encoding a UTF-16 or UTF-32 byte order mark announces (such files are full of NUL bytes). */
function wideEncoding(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | 'UTF-32' | undefined {
  // Indexed: destructuring a typed array runs its iterator (an object per byte where the code is not optimized).
  const a = bytes[0]
  const b = bytes[1]
  const c = bytes[2]
  const d = bytes[3]
  if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? 'UTF-32' : 'UTF-16LE'
  if (a === 0xfe && b === 0xff) return 'UTF-16BE'
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32'
  return undefined
}

const utf16 = {
  'UTF-16LE': new TextDecoder('utf-16le', { fatal: true }),
  'UTF-16BE': new TextDecoder('utf-16be', { fatal: true })
}

/**
 * The text of a file's first bytes (a prefix: a character cut at its end is dropped), for readers'
 * content checks; undefined when the bytes are not text the file's tool reads (the full read says why).
 */
export function decodeHead(head: Uint8Array, path: string): string | undefined {
  const wide = wideEncoding(head)
  if ((wide === 'UTF-16LE' || wide === 'UTF-16BE') && encodingsOf(path) === 'unicode') {
    const text = new TextDecoder(wide === 'UTF-16LE' ? 'utf-16le' : 'utf-16be').decode(head.subarray(2, head.length - (head.length % 2)))
    return text.includes('\0') ? undefined : text
  }
  if (wide !== undefined || head.includes(0)) return undefined
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** UTF-16 text after its byte order mark; a NUL character is binary here as in UTF-8. */
function decodeUtf16(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE'): TextResult {
  let text: string
  try {
    text = utf16[encoding].decode(bytes.subarray(2))
  } catch {
    return { ok: false, message: `invalid ${encoding} text (an odd byte or a lone surrogate)`, line: 1, column: 1 }
  }
  const nul = text.indexOf('\0')
  if (nul >= 0) {
    const before = text.slice(0, nul)
    const line = before.split('\n').length
    return { ok: false, message: 'binary content (NUL character); not a text manifest', line, column: nul - before.lastIndexOf('\n') }
  }
  return { ok: true, text }
}

function lineOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1
  let start = 0
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++
      start = i + 1
    }
  }
  return { line, column: offset - start + 1 }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0
    if (length === 0) return i
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    i += length
  }
  return 0
}

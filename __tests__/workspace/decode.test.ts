/**
 * Read what each format's own tool reads, no more and no less: UTF-8 with or without a byte order
 * mark everywhere; UTF-16 LE/BE with a byte order mark for ARM, Bicep and YAML, not for Terraform;
 * never UTF-32, binary content or invalid text — each refusal located and saying what to do.
 */
import { describe, expect, it } from '@jest/globals'
import { decodeHead, decodeText, encodingsOf } from '../../src/workspace/workspace.js'

const utf16le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
const utf16be = (text: string): Buffer => Buffer.from(utf16le(text).swap16())
const TEXT = '{\n  "name": "vm-ü-01"\n}\n'

describe('decodeText', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT), 'unicode'],
    ['UTF-8 with a byte order mark', Buffer.from(`\ufeff${TEXT}`), 'utf-8'],
    ['UTF-16LE', utf16le(TEXT), 'unicode'],
    ['UTF-16BE', utf16be(TEXT), 'unicode']
  ] as const)('reads %s', (_name, bytes, encodings) => {
    expect(decodeText(bytes, encodings)).toEqual({ ok: true, text: TEXT })
  })

  it.each([
    ['UTF-16 where only UTF-8 is read', utf16le(TEXT), 'utf-8', 'UTF-16 text (byte order mark); Terraform reads UTF-8 only: save it as UTF-8', 1, 1],
    ['UTF-32', Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]), 'unicode', 'UTF-32 text (byte order mark); save it as UTF-8 or UTF-16', 1, 1],
    ['UTF-16 with an odd byte', Buffer.concat([utf16le('{}'), Buffer.from([0x41])]), 'unicode', 'invalid UTF-16LE text (an odd byte or a lone surrogate)', 1, 1],
    ['UTF-16 with a lone surrogate', Buffer.concat([utf16le('{'), Buffer.from([0x00, 0xd8, 0x7d, 0x00])]), 'unicode', 'invalid UTF-16LE text (an odd byte or a lone surrogate)', 1, 1],
    ['UTF-16 with a NUL character', utf16le('{\n  "a": "\0"\n}'), 'unicode', 'binary content (NUL character); not a text manifest', 2, 9],
    ['invalid UTF-8', Buffer.from([0x7b, 0x0a, 0xc3, 0x28]), 'unicode', 'invalid UTF-8 at byte 2', 2, 1]
  ] as const)('refuses %s', (_name, bytes, encodings, message, line, column) => {
    expect(decodeText(bytes, encodings)).toEqual({ ok: false, message, line, column })
  })
})

describe('encodingsOf', () => {
  it.each([
    ['infra/main.tf', 'utf-8'],
    ['infra/prod.tfvars', 'utf-8'],
    ['infra/terraform.tfvars.json', 'unicode'],
    ['infra/vm.json', 'unicode'],
    ['infra/main.bicep', 'unicode'],
    ['k8s/vm.yaml', 'unicode']
  ])('%s: %s', (path, encodings) => {
    expect(encodingsOf(path)).toBe(encodings)
  })
})

describe('decodeHead', () => {
  it('reads a UTF-16 prefix cut in the middle of a character', () => {
    const bytes = utf16le(TEXT)
    expect(decodeHead(bytes.subarray(0, 9), 'vm.json')).toBe('{\n ')
  })

  it('gives nothing for a UTF-16 Terraform file or binary content', () => {
    expect(decodeHead(utf16le(TEXT), 'main.tf')).toBeUndefined()
    expect(decodeHead(Buffer.from([0x7b, 0x00]), 'vm.json')).toBeUndefined()
  })
})

/**
 * The claim's byte-level test for a local link's word (scan/file-head.ts `localLinkWordOfHead`) answers as
 * LOCAL_LINK_WORD does on the text the workspace decodes from the same bytes, or leaves it to that text.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { localLinkWordOfHead, readHead, wholeTextOfHead } from '../../src/scan/file-head.js'
import { LOCAL_LINK_WORD } from '../../src/readers/policy-content.js'

const root = mkdtempSync(join(tmpdir(), 'claim-notes-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

let count = 0
function headOf(bytes: Uint8Array): { bytesSay: boolean | undefined; textSays: boolean | undefined } {
  const path = `f${count++}.json`
  writeFileSync(join(root, path), bytes)
  const file = { path, absolutePath: join(root, path), size: bytes.length }
  readHead(file)
  const whole = wholeTextOfHead(file)
  return { bytesSay: localLinkWordOfHead(file), textSays: whole?.ok === true ? LOCAL_LINK_WORD.test(whole.text) : undefined }
}

describe('localLinkWordOfHead', () => {
  it.each([
    ['{"templateLink": {"relativePath": "a.json"}}', true],
    ['{"RELATIVEPATH": 1}', true],
    ['{"rElAtIvEpAtH": 1}', true],
    ['{"relativePath ": 1}', false],
    ['{"relatıvePath": 1}', false],
    ['{"relativepaTH"', true],
    ['h"relativePath', false],
    ['"é relativePath"', false],
    ['\ufeff{"relativePath": "x"}', true],
    [`${' '.repeat(5000)}"relativePath"`, true],
    // A templateLink.uri built from `_artifactsLocation` (readers/arm/template/artifacts-location.ts), anywhere.
    ["[uri(parameters('_artifactsLocation'), 'nested/vm.json')]", true],
    ['"ARTIFACTSLOCATION"', true],
    ['artifactsLocatio', false],
    ['artifactslocaTION', true],
    ['artifacts Location', false],
    ['artifactſLocation', false],
    // A templateLink.uri built from the template's own URL: `.templateLink` is only written inside an expression.
    ["[uri(deployment().properties.templateLink.uri, 'nested/vm.json')]", true],
    ["[deployment().properties.TEMPLATELINK.uri]", true],
    ['{"templateLink": {"uri": "https://example.com/vm.json"}}', false],
    ['.templateLin', false],
    ['properties templateLink', false]
  ])('case %#', (text, expected) => {
    const { bytesSay, textSays } = headOf(Buffer.from(text, 'utf8'))
    expect(bytesSay).toBe(expected)
    expect(textSays).toBe(expected)
  })

  it('leaves bytes the workspace does not decode as UTF-8 to the decoded text', () => {
    expect(headOf(Buffer.from([0xff, 0xfe, 0x22, 0x00])).bytesSay).toBeUndefined()
    expect(headOf(Buffer.from('{"relativePath": "\0"}', 'utf8')).bytesSay).toBeUndefined()
    expect(headOf(Buffer.from([0x22, 0xc3, 0x28, 0x22])).bytesSay).toBeUndefined()
  })

  it('agrees with the decoded text on random mixes of the word, its pieces and other characters', () => {
    const pieces = ['"relativePath"', '"RELATIVEPATH"', 'relativePath"', '"relativePat"', 'h"', 'H"', '"', 'é', 'ı', 'ſ', 'x', '\n']
    pieces.push('artifactsLocation', '_ARTIFACTSlocation', 'artifactsLocatio', 'rtifactsLocation', 'on', 'ON', 'oN', 'a')
    pieces.push('.templateLink', '.TEMPLATElink', 'templateLink', '.templateLin', 'emplateLink', '.', 'nk', 'NK')
    let seed = 7
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let k = 0; k < 400; k++) {
      let text = ''
      for (let i = Math.floor(next() * 8); i > 0; i--) text += pieces[Math.floor(next() * pieces.length)]
      const { bytesSay, textSays } = headOf(Buffer.from(text, 'utf8'))
      expect(bytesSay).toBe(textSays)
    }
  })
})

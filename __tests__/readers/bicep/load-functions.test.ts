/**
 * loadJsonContent, loadYamlContent and loadTextContent (src/readers/bicep/load-functions.ts): the files Bicep's compiler loads
 * into a template, read from the scanned folder, never from outside it.
 */
import { describe, expect, it } from '@jest/globals'
import { plain, template } from './evaluate-helpers.js'

const IMAGES = JSON.stringify({
  images: {
    win2025: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition' },
    'odd key': [1, 2]
  }
})

/** The value of `var x = <expression>` in infra/main.bicep, beside data/images.json and notes.txt. */
function load(expression: string, files: Readonly<Record<string, string>> = {}): unknown {
  const all = { 'main.bicep': `var x = ${expression}\n`, 'images.json': IMAGES, 'notes.txt': 'patch on Saturdays\n', ...files }
  return plain(template(all).template.symbol('x'))
}

describe('loadJsonContent', () => {
  it('reads the JSON a template loads, whole or at a JSONPath', () => {
    expect(load("loadJsonContent('images.json').images.win2025.sku")).toBe('2025-datacenter-azure-edition')
    expect(load("loadJsonContent('images.json', '$.images.win2025.offer')")).toBe('WindowsServer')
    expect(load("loadJsonContent('images.json', '$.images[\\'odd key\\'][1]', 'utf-8')")).toBe(2)
  })

  it('carries the loaded file in the value, so a change to it alone counts for what it decides', () => {
    const { template: instance } = template({ 'main.bicep': "var x = loadJsonContent('images.json').images.win2025.sku\n", 'images.json': IMAGES })
    expect(instance.symbol('x')?.prov.via).toContainEqual({ file: 'images.json', line: 1, column: 1 })
  })

  it('is unresolved, saying why, for a file outside the folder, missing, not JSON, too deep, or a JSONPath it does not evaluate', () => {
    expect(load("loadJsonContent('../secrets.json')")).toEqual({ unresolved: "loadJsonContent() cannot read the file: '../secrets.json' leads outside the scanned folder" })
    expect(load("loadJsonContent('missing.json')")).toEqual({
      unresolved: 'loadJsonContent() cannot read the file: missing.json: file not found inside the workspace'
    })
    expect(load("loadJsonContent('notes.txt')")).toEqual({ unresolved: 'the file loadJsonContent() loads is not valid JSON' })
    expect(load("loadJsonContent('deep.json')", { 'deep.json': '['.repeat(2000) + ']'.repeat(2000) })).toEqual({
      unresolved: 'the file loadJsonContent() loads is nested too deeply to read'
    })
    expect(load("loadJsonContent('images.json', '$.images.*')")).toEqual({ unresolved: "loadJsonContent() JSONPath '$.images.*' is not evaluated or selects nothing" })
    expect(load("loadJsonContent('images.json', '$.images.win2022')")).toEqual({
      unresolved: "loadJsonContent() JSONPath '$.images.win2022' is not evaluated or selects nothing"
    })
    expect(load("loadJsonContent('images.json', '$', 'utf-16')")).toEqual({ unresolved: 'loadJsonContent() with an encoding other than UTF-8 is not evaluated' })
  })
})

describe('loadYamlContent', () => {
  const YAML = 'images:\n  win2025:\n    publisher: MicrosoftWindowsServer\n    sku: 2025-datacenter-azure-edition\n'

  it('reads the YAML a template loads, whole or at a JSONPath, with the file in its provenance', () => {
    expect(load("loadYamlContent('images.yaml').images.win2025.sku", { 'images.yaml': YAML })).toBe('2025-datacenter-azure-edition')
    expect(load("loadYamlContent('images.yaml', '$.images.win2025.publisher')", { 'images.yaml': YAML })).toBe('MicrosoftWindowsServer')
    const { template: instance } = template({ 'main.bicep': "var x = loadYamlContent('images.yaml')\n", 'images.yaml': YAML })
    expect(instance.symbol('x')?.prov.via).toContainEqual({ file: 'images.yaml', line: 1, column: 1 })
  })

  it('is unresolved for YAML it does not read: aliases (which could expand exponentially), several documents, a syntax error', () => {
    const unread = { unresolved: 'the file loadYamlContent() loads is not YAML the gate reads (one document, no aliases)' }
    expect(load("loadYamlContent('a.yaml')", { 'a.yaml': 'a: &x [1, 2]\nb: *x\n' })).toEqual(unread)
    expect(load("loadYamlContent('a.yaml')", { 'a.yaml': 'a: 1\n---\nb: 2\n' })).toEqual(unread)
    expect(load("loadYamlContent('a.yaml')", { 'a.yaml': 'a: [1, 2\n' })).toEqual(unread)
  })
})

describe('loadTextContent', () => {
  it('reads the text, up to the 131,072 characters the compiler loads', () => {
    expect(load("loadTextContent('notes.txt')")).toBe('patch on Saturdays\n')
    expect(load("loadTextContent('big.txt')", { 'big.txt': 'x'.repeat(131_073) })).toEqual({
      unresolved: 'big.txt is longer than the 131,072 characters loadTextContent() loads'
    })
  })

  it('leaves the other load functions unresolved, saying which are evaluated', () => {
    expect(load("loadFileAsBase64('notes.txt')")).toEqual({
      unresolved: 'loadFileAsBase64() is not evaluated (of the functions that load files, only loadJsonContent, loadYamlContent and loadTextContent are)'
    })
  })
})

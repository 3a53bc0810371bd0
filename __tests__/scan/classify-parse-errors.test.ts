/**
 * Unit tests for src/scan/classify-parse-errors.ts: a file over the size limit is a skipped file (a notice
 * marked `file-skipped`) unless it may declare what the policy reads; notes on read files pass unchanged.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ParseError } from '../../src/model/resources.js'
import { classifyParseErrors } from '../../src/scan/classify-parse-errors.js'
import { MAX_FILE_BYTES, sizeLimitMessage, type Workspace } from '../../src/workspace/workspace.js'

const folder = mkdtempSync(join(tmpdir(), 'hrg-classify-'))
const SIZE = MAX_FILE_BYTES + 1024 * 1024

/** A workspace whose files are listed at SIZE bytes, their heads the given texts (the content check reads them). */
function workspaceOf(texts: Readonly<Record<string, string>>): Workspace {
  for (const [name, text] of Object.entries(texts)) writeFileSync(join(folder, name), text)
  const get = (path: string) => (path in texts ? { path, absolutePath: join(folder, path), size: SIZE } : undefined)
  return { get } as unknown as Workspace
}

const tooLarge = (file: string): ParseError => ({ file, line: 1, column: 1, message: sizeLimitMessage(SIZE), severity: 'notice' })

describe('classifyParseErrors', () => {
  const workspace = workspaceOf({
    'logs.json': '{ "entries": [] }',
    'vm.json': '{ "type": "Microsoft.Compute/virtualMachines" }',
    'main.tf': 'module "naming" { source = "Azure/naming/azurerm" }'
  })

  it('marks a file over the size limit that declares nothing the policy reads as skipped', () => {
    expect(classifyParseErrors([tooLarge('logs.json')], workspace)).toEqual([{ ...tooLarge('logs.json'), kind: 'file-skipped' }])
  })

  it('fails closed on a file over the size limit that may declare a VM', () => {
    expect(classifyParseErrors([tooLarge('vm.json')], workspace)).toEqual([
      { ...tooLarge('vm.json'), severity: 'error', kind: 'unreadable-manifest' }
    ])
  })

  it('leaves a note on a read file as it is: not skipped', () => {
    const note: ParseError = { file: 'main.tf', line: 1, column: 1, message: 'module "naming" comes from a registry', severity: 'notice' }
    expect(classifyParseErrors([note], workspace)).toEqual([note])
  })
})

import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Workspace } from '../../src/workspace/workspace.js'

describe('Workspace.takeText', () => {
  it('hands out a cached text once and drops it from the cache; a text not cached is read and not kept', () => {
    const root = mkdtempSync(join(tmpdir(), 'take-text-'))
    try {
      writeFileSync(join(root, 'a.json'), '{"a": 1}')
      writeFileSync(join(root, 'b.json'), '{"b": 2}')
      const workspace = new Workspace(root)
      workspace.list()
      expect(workspace.readText('a.json')).toEqual({ ok: true, text: '{"a": 1}' })
      expect(workspace.textsLoaded).toBe(1)
      // From the cache: no second read.
      expect(workspace.takeText('a.json')).toEqual({ ok: true, text: '{"a": 1}' })
      expect(workspace.textsLoaded).toBe(1)
      // Dropped from it: the next reader reads the file again.
      expect(workspace.readText('a.json')).toEqual({ ok: true, text: '{"a": 1}' })
      expect(workspace.textsLoaded).toBe(2)
      expect(workspace.takeText('b.json')).toEqual({ ok: true, text: '{"b": 2}' })
      expect(workspace.textsLoaded).toBe(3)
      expect(workspace.readText('b.json')).toEqual({ ok: true, text: '{"b": 2}' })
      expect(workspace.textsLoaded).toBe(4)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})

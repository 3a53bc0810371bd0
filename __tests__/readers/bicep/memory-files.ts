/** An in-memory workspace for Bicep evaluation tests: file path → text. */
import { posix } from 'node:path'
import { bicepReader } from '../../../src/readers/bicep/bicep-reader.js'
import type { SourceFiles } from '../../../src/readers/bicep/source-loader.js'
import type { ReaderOutput } from '../../../src/readers/reader.js'
import { workspaceDouble } from '../../support/workspace-double.js'

export function memoryFiles(files: Readonly<Record<string, string>>): SourceFiles {
  const text = (path: string): string | undefined => (Object.hasOwn(files, path) ? files[path] : undefined)
  return {
    readText: path => {
      const found = text(path)
      return found === undefined ? { ok: false, message: 'file not found inside the workspace', line: 1, column: 1 } : { ok: true, text: found }
    },
    resolveFrom: (from, target) => {
      const path = posix.normalize(posix.join(posix.dirname(from), target))
      return path.startsWith('..') || posix.isAbsolute(target) ? undefined : path
    },
    get: path => {
      const found = text(path)
      return found === undefined ? undefined : { path, absolutePath: `/memory/${path}`, size: found.length }
    }
  }
}

/** The Bicep reader's output for in-memory files, all of them claimed. */
export async function readMemory(files: Readonly<Record<string, string>>): Promise<ReaderOutput> {
  const workspace = workspaceDouble(memoryFiles(files))
  const claimed = Object.keys(files).map(path => ({ path, absolutePath: `/memory/${path}`, size: 1 }))
  return bicepReader.read(claimed, workspace)
}

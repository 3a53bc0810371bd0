/**
 * The repository the end-to-end pull request changes, as commits: the base branch is the fixture folder
 * `base/`, and each commit of the pull request lays more fixture folders over it (`head/`, then the
 * fixing commits). The pull request's files and patches are computed from the base and the commit, so
 * the diff the fake GitHub serves is always the diff of the workspace the action scans.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FakeFile } from '../github/fake-github/server.js'
import { unifiedPatch } from './unified-diff.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/e2e/', import.meta.url))

/** The files of one commit: path relative to the repository root (`/`-separated) to text. */
export type Tree = ReadonlyMap<string, string>

/** A fixture folder as a tree. */
export function fixtureTree(folder: string): Tree {
  const root = join(FIXTURES, folder)
  const files = new Map<string, string>()
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else files.set(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'))
    }
  }
  walk(root)
  return files
}

/** A commit: the trees laid over each other in order (later files replace earlier ones). */
export function commit(...trees: readonly Tree[]): Tree {
  const files = new Map<string, string>()
  for (const tree of trees) for (const [path, text] of tree) files.set(path, text)
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** What `pulls.listFiles` says the pull request changes from `base` to `head`, in path order. */
export function changedFiles(base: Tree, head: Tree): FakeFile[] {
  const paths = [...new Set([...base.keys(), ...head.keys()])].sort()
  const files: FakeFile[] = []
  for (const path of paths) {
    const before = base.get(path)
    const after = head.get(path)
    if (before === after) continue
    if (after === undefined) {
      files.push({ filename: path, status: 'removed', patch: removedPatch(before as string) })
    } else {
      files.push({
        filename: path,
        status: before === undefined ? 'added' : 'modified',
        patch: unifiedPatch(before, after)
      })
    }
  }
  return files
}

function removedPatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n')
  return [`@@ -1,${lines.length} +0,0 @@`, ...lines.map(line => `-${line}`)].join('\n')
}

/** Replaces the folder's content with the tree, as actions/checkout does for each run. */
export function checkOut(folder: string, tree: Tree): void {
  rmSync(folder, { recursive: true, force: true })
  for (const [path, text] of tree) {
    const target = join(folder, path)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, text)
  }
}

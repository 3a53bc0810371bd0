import { Workspace } from './workspace.js'

/** Files kept split into lines: the rules ask for lines of one VM's files at a time. */
const KEPT_FILES = 16

/**
 * Reads single lines of scanned files for the rules' one-line fixes, through the workspace (so never
 * outside the root, never a binary or oversized file). The most recently read files stay split; keeping
 * every file with a finding held each one's text until the end of the scan (20 MB at 10,000 files).
 */
export function createLineReader(root: string): (file: string, line: number) => string | undefined {
  const workspace = new Workspace(root)
  const files = new Map<string, readonly string[] | undefined>()
  return (file, line) => {
    let lines = files.get(file)
    if (files.has(file)) {
      // Most recently used last.
      files.delete(file)
    } else {
      const text = workspace.readText(file)
      lines = text.ok ? text.text.split(/\r?\n/) : undefined
      if (files.size >= KEPT_FILES) files.delete(files.keys().next().value as string)
    }
    files.set(file, lines)
    return lines?.[line - 1]
  }
}

import type { Workspace } from '../../../workspace/workspace.js'
import type { TerraformFiles } from '../eval/functions/files.js'

/**
 * The files `file()` reads in one root module's evaluation. Terraform resolves a relative path against its
 * working directory, the root module's folder; here `path.module`, `path.root` and `path.cwd` are folders
 * relative to the scanned folder (module-instance.ts), so a path that starts with a module folder of the
 * evaluation (`"${path.module}/images.json"`) is already relative to the scanned folder, and any other is
 * relative to the root module's folder. Nothing outside the scanned folder is read.
 */
export function rootFiles(workspace: Pick<Workspace, 'resolveFrom' | 'readText' | 'get'>, rootFolder: string, moduleFolders: Iterable<string>): TerraformFiles {
  const prefixes = [...new Set([rootFolder, ...moduleFolders])].filter(folder => folder !== '.').map(folder => `${folder}/`)
  const resolve = (written: string): string | undefined => {
    const fromScanRoot = prefixes.some(prefix => written.startsWith(prefix))
    return workspace.resolveFrom(fromScanRoot || rootFolder === '.' ? '_' : `${rootFolder}/_`, written)
  }
  return {
    read: written => {
      const path = resolve(written)
      if (path === undefined) return { ok: false, reason: 'it is outside the scanned folder' }
      const text = workspace.readText(path)
      return text.ok ? { ok: true, path, text: text.text } : { ok: false, reason: `${path}: ${text.message}` }
    },
    exists: written => {
      const path = resolve(written)
      return path === undefined ? undefined : workspace.get(path) !== undefined
    }
  }
}

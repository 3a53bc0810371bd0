import type { Workspace } from '../../../workspace/workspace.js'
import type { TerraformFiles } from '../eval/functions/files.js'

/**
 * The files `file()` reads in one root module's evaluation: relative to the root module's folder, Terraform's
 * working directory, which `path.module` and `path.root` are relative to as well (module-instance.ts). Nothing
 * outside the scanned folder is read.
 */
export function rootFiles(workspace: Pick<Workspace, 'resolveFrom' | 'readText' | 'get'>, rootFolder: string): TerraformFiles {
  const resolve = (written: string): string | undefined => workspace.resolveFrom(rootFolder === '.' ? '_' : `${rootFolder}/_`, written)
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

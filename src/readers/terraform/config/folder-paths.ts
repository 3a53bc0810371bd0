/** Whether a module source is a folder in the same repository (`./x`, `../x`). */
export const isLocalSource = (source: string): boolean => source.startsWith('./') || source.startsWith('../')

/** The folder of a workspace-relative file path as Terraform names a module's folder (`.` for the root). */
export function moduleFolderOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '.' : path.slice(0, slash)
}

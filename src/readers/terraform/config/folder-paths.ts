/** Whether a module source is a folder in the same repository (`./x`, `../x`). */
export const isLocalSource = (source: string): boolean => source.startsWith('./') || source.startsWith('../')

/** The folder of a workspace-relative file path (`.` for the root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '.' : path.slice(0, slash)
}

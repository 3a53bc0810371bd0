import type { ReadUnit } from '../reader.js'
import type { Workspace, WorkspaceFile } from '../../workspace/workspace.js'
import { folderOf } from '../../model/paths.js'

const PROJECT_FILE = /(^|\/)Pulumi\.ya?ml$/
const STACK_FILE = /(^|\/)Pulumi\.[^/]+\.ya?ml$/

/** The project file of a folder, if the workspace has one (`Pulumi.yaml` first, as the reader looks). */
function projectIn(folder: string, workspace: Workspace): string | undefined {
  return ['Pulumi.yaml', 'Pulumi.yml'].map(name => (folder ? `${folder}/${name}` : name)).find(path => workspace.get(path))
}

/**
 * The projects a claimed file may make the reader evaluate: a project file itself; a stack file, the
 * project of its folder; a `Main.yaml`, every project of its folder and the folders above (the reader
 * takes the one whose `main` names it: that needs a parse, so all of them stand in for it).
 */
function projectsOf(path: string, workspace: Workspace): string[] {
  if (PROJECT_FILE.test(path)) return [path]
  if (STACK_FILE.test(path)) {
    const project = projectIn(folderOf(path), workspace)
    return project === undefined ? [] : [project]
  }
  const folders = folderOf(path).split('/')
  const projects: string[] = []
  for (let depth = folders.length; depth >= 0; depth--) {
    const project = projectIn(folders.slice(0, depth).join('/'), workspace)
    if (project !== undefined) projects.push(project)
  }
  return projects
}

/**
 * The scan's units of Pulumi: a project with its stack files and program, so no project is evaluated in
 * two units. The reader evaluates projects in sorted order: units are merged until the projects of each
 * are one stretch of that order, and listed in it, so reading them one after the other gives the whole
 * read. A file that leads to no project (a stack file whose folder has none) is a unit of its own.
 */
export function pulumiUnits(files: readonly WorkspaceFile[], workspace: Workspace): ReadUnit[] {
  const groups: { files: WorkspaceFile[]; projects: Set<string> }[] = []
  const groupOf = new Map<string, (typeof groups)[number]>()
  for (const file of files) {
    const projects = projectsOf(file.path, workspace)
    const joined = [...new Set(projects.flatMap(project => groupOf.get(project) ?? []))]
    const group = { files: [file, ...joined.flatMap(other => other.files)], projects: new Set([...projects, ...joined.flatMap(other => [...other.projects])]) }
    for (const other of joined) groups.splice(groups.indexOf(other), 1)
    groups.push(group)
    for (const project of group.projects) groupOf.set(project, group)
  }
  const order = [...new Set(groups.flatMap(group => [...group.projects]))].sort()
  const rank = new Map(order.map((project, index) => [project, index]))
  const ranged = groups.map(group => {
    const ranks = [...group.projects].map(project => rank.get(project) as number)
    // A unit without a project gives nothing: anywhere is its place.
    return { group, first: ranks.length === 0 ? -1 : Math.min(...ranks), last: ranks.length === 0 ? -1 : Math.max(...ranks) }
  })
  ranged.sort((a, b) => a.first - b.first)
  const merged: (typeof ranged)[number][] = []
  for (const current of ranged) {
    const top = merged.at(-1)
    if (top !== undefined && current.first >= 0 && top.last >= current.first) {
      top.group.files.push(...current.group.files)
      top.last = Math.max(top.last, current.last)
    } else {
      merged.push(current)
    }
  }
  const listing = new Map(files.map((file, index) => [file.path, index]))
  const byListing = (a: WorkspaceFile, b: WorkspaceFile): number => (listing.get(a.path) ?? 0) - (listing.get(b.path) ?? 0)
  return merged.map(({ group }) => ({ files: [...group.files].sort(byListing) }))
}

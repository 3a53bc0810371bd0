import type { InfrastructureModel, InlineExemption, Resource, VirtualMachine } from '../../model/resources.js'

/** What an inline exemption comment sits on. */
export type Attachment =
  | { readonly kind: 'vms'; readonly vms: readonly VirtualMachine[] }
  | { readonly kind: 'other'; readonly resource: Resource }
  | { readonly kind: 'none' }

/** Lines a comment may be separated from its resource by: blank, comments, Bicep decorators, YAML document markers. */
const SKIPPABLE = /^\s*(?:$|\/\/|#|\/\*|\*|@|---\s*$)/
/** How far below a comment its resource may start (a stack of comments and decorators). */
const MAX_GAP = 50

/**
 * The resource an inline exemption is keyed to: the one declared on the first line below the comment
 * that is not blank, a comment or a decorator (the comment is above it), else the nearest one declared
 * above the comment in the same file (the comment is inside its block). A module call or nested
 * deployment counts as the declaration of the VMs it reports. Without the file's lines (nothing tells a
 * comment above from one inside), the next declaration below the comment is taken.
 */
export function attachInlineExemption(
  exemption: InlineExemption,
  model: InfrastructureModel,
  readLine: ((file: string, line: number) => string | undefined) | undefined
): Attachment {
  const { file, line } = exemption.location
  const resources: Resource[] = [...model.virtualMachines, ...model.maintenanceConfigurations, ...model.maintenanceAssignments]
  const declared = (resource: Resource): number[] =>
    [resource.declaredAt, resource.reportAt].filter(at => at.file === file).map(at => at.line)
  const below = nextCodeLine(file, line, readLine) ?? nextDeclaration(resources.flatMap(declared), line)
  const above = resources.filter(resource => declared(resource).includes(below))
  if (above.length > 0) return attachment(above)
  let nearest = 0
  for (const resource of resources) {
    for (const start of declared(resource)) if (start < line && start > nearest) nearest = start
  }
  // A block known to end before the comment does not contain it.
  const endsBefore = (resource: Resource): boolean =>
    resource.declaredAt.file === file && (resource.declaredAt.endLine ?? line) < line
  const containing = resources.filter(resource => declared(resource).includes(nearest) && !endsBefore(resource))
  return containing.length > 0 ? attachment(containing) : { kind: 'none' }
}

function attachment(resources: readonly Resource[]): Attachment {
  const vms = resources.filter((r): r is VirtualMachine => r.kind === 'virtual-machine' || r.kind === 'scale-set' || r.kind === 'arc-machine')
  if (vms.length > 0) return { kind: 'vms', vms }
  return { kind: 'other', resource: resources[0] as Resource }
}

// A loop, not Math.min(...): a file can declare more resources than a call has room for arguments.
function nextDeclaration(starts: readonly number[], line: number): number {
  let next = Infinity
  for (const start of starts) if (start > line && start < next) next = start
  return next
}

/** The first line below the comment that is code; undefined when the file's lines cannot be read. */
function nextCodeLine(
  file: string,
  line: number,
  readLine: ((file: string, line: number) => string | undefined) | undefined
): number | undefined {
  for (let next = line + 1; next <= line + MAX_GAP; next++) {
    const text = readLine?.(file, next)
    if (text === undefined) return next === line + 1 ? undefined : next
    if (!SKIPPABLE.test(text)) return next
  }
  return line + 1
}

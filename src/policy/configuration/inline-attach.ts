import type { InfrastructureModel, InlineExemption, Resource, VirtualMachine } from '../../model/resources.js'
import type { SourceLocation } from '../../model/source.js'
import { BlockExtents, blockSyntaxOf, DOCUMENT_MARKER, isBicepFile, type LineReader } from './block-extent.js'
import { BraceLexer } from './brace-lexer.js'

/** What an inline exemption comment sits on. */
export type Attachment =
  | { readonly kind: 'vms'; readonly vms: readonly VirtualMachine[] }
  | { readonly kind: 'other'; readonly resource: Resource }
  | { readonly kind: 'none' }

/** Lines a comment may be separated from its resource by: blank, comments, Bicep decorators, YAML document markers. */
const SKIPPABLE = /^\s*(?:$|\/\/|#|\/\*|\*|@|---\s*$)/
const DECORATOR = /^\s*@/
/** How far below a comment its resource may start (a stack of comments and decorators). */
const MAX_GAP = 50

/**
 * The resource an inline exemption is keyed to: the one declared on the first line below the comment
 * that is not blank, a comment or a decorator (the comment is above it), else the innermost one whose
 * block holds the comment's line, from its declaration line through its last line (the comment is inside
 * it). A comment below a block that has ended sits on nothing, even when no other declaration follows: a
 * VM that was deleted or moved must not hand its exemption to the VM above. A module call or nested
 * deployment counts as the declaration of the VMs it reports. Without the file's lines, the next
 * declaration below the comment is taken, and no block is known to hold it.
 */
export function attachInlineExemption(
  exemption: InlineExemption,
  model: InfrastructureModel,
  readLine: LineReader | undefined,
  extents: BlockExtents = new BlockExtents(readLine)
): Attachment {
  const { file, line } = exemption.location
  const resources: Resource[] = [...model.virtualMachines, ...model.maintenanceConfigurations, ...model.maintenanceAssignments]
  const declared = (resource: Resource): SourceLocation[] => [resource.declaredAt, resource.reportAt].filter(at => at.file === file)
  const below = nextCodeLine(file, line, readLine) ?? nextDeclaration(resources.flatMap(declared), line)
  const above = resources.filter(resource => declared(resource).some(at => at.line === below))
  if (above.length > 0) return attachment(above)
  // The innermost block: the holding declaration that starts last.
  let innermost = 0
  const holding = new Map<Resource, number>()
  for (const resource of resources) {
    const syntax = blockSyntaxOf(file, resource.format)
    if (syntax === undefined) continue
    for (const at of declared(resource)) {
      if (at.line > line || at.line < innermost) continue
      const last = extents.lastLine(at, syntax)
      if (last === undefined || last < line) continue
      holding.set(resource, Math.max(holding.get(resource) ?? 0, at.line))
      innermost = Math.max(innermost, at.line)
    }
  }
  const inside = resources.filter(resource => holding.get(resource) === innermost)
  return inside.length > 0 ? attachment(inside) : { kind: 'none' }
}

function attachment(resources: readonly Resource[]): Attachment {
  const vms = resources.filter((r): r is VirtualMachine => r.kind === 'virtual-machine' || r.kind === 'scale-set' || r.kind === 'arc-machine')
  if (vms.length > 0) return { kind: 'vms', vms }
  return { kind: 'other', resource: resources[0] as Resource }
}

// A loop, not Math.min(...): a file can declare more resources than a call has room for arguments.
function nextDeclaration(starts: readonly SourceLocation[], line: number): number {
  let next = Infinity
  for (const { line: start } of starts) if (start > line && start < next) next = start
  return next
}

/**
 * The first line below the comment that is code; undefined when the file's lines cannot be read. A Bicep
 * decorator's arguments may span lines (`@metadata({` ... `})`): its lines up to the closing bracket are
 * part of the decorator, not code of their own.
 */
function nextCodeLine(file: string, line: number, readLine: LineReader | undefined): number | undefined {
  const bicep = isBicepFile(file)
  // An indented YAML comment is inside its document: it never reaches across `---` to the next one's resource.
  const indented = /\.ya?ml$/i.test(file) && /^\s+#/.test(readLine?.(file, line) ?? '')
  let decorator: BraceLexer | undefined
  for (let next = line + 1; next <= line + MAX_GAP; next++) {
    const text = readLine?.(file, next)
    if (text === undefined) return next === line + 1 ? undefined : next
    if (indented && DOCUMENT_MARKER.test(text)) return next
    if (decorator !== undefined) {
      decorator.feed(text)
      if (decorator.settled) decorator = undefined
      continue
    }
    if (!SKIPPABLE.test(text)) return next
    if (bicep && DECORATOR.test(text)) {
      decorator = new BraceLexer('bicep')
      decorator.feed(text)
      if (decorator.settled) decorator = undefined
    }
  }
  return line + 1
}

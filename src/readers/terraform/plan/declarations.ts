import type { SourceLocation } from '../../../model/source.js'
import { resolveModuleFolder } from '../config/folders.js'
import type { HclFiles } from '../config/hcl-files.js'
import { locationOf } from '../config/module-config.js'
import type { Block, Body } from '../hcl/ast.js'

/** A planned resource's `resource` block in the scanned `.tf` files, with the module blocks leading to it. */
export interface Declaration {
  readonly file: string
  readonly block: Block
  readonly callSites: readonly { readonly file: string; readonly block: Block }[]
}

/** Finds the declaration of `type.name` in the module reached by `modulePath` from the plan's folder. */
export async function findDeclaration(
  files: HclFiles,
  folder: string,
  modulePath: readonly string[],
  type: string,
  name: string
): Promise<Declaration | undefined> {
  if (files.tfFiles(folder).length === 0) return undefined
  let config = await files.config(folder)
  const callSites: { file: string; block: Block }[] = []
  for (const moduleName of modulePath) {
    const call = config.moduleCalls.get(moduleName)
    const target = call?.source === undefined ? undefined : resolveModuleFolder(files, call.file, call.source)
    if (!call || target === undefined) return undefined
    callSites.push({ file: call.file, block: call.block })
    config = await files.config(target)
  }
  const resource = config.resources.get(`${type}.${name}`)
  return resource ? { file: resource.file, block: resource.block, callSites } : undefined
}

/** Where a path of nested blocks / attributes is written in a declaration (the first match). */
export function locateInBlock(declaration: Declaration, path: readonly string[]): SourceLocation | undefined {
  let body: Body = declaration.block.body
  // What an override file merged in is located in that file (config/overrides.ts).
  let file = declaration.file
  let found: SourceLocation | undefined
  for (const segment of path) {
    const attribute = body.attributes.get(segment)
    if (attribute) return locationOf(attribute.file ?? file, attribute.pos)
    const block = body.blocks.find(
      candidate => candidate.type === segment || (candidate.type === 'dynamic' && candidate.labels[0] === segment)
    )
    if (!block) return found
    file = block.file ?? file
    found = locationOf(file, block.pos)
    if (block.type === 'dynamic') return found
    body = block.body
  }
  return found
}

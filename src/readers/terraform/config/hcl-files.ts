import type { ParseError } from '../../../model/resources.js'
import { getErrorMessage } from '../../../errors.js'
import type { Workspace } from '../../../workspace/workspace.js'
import { filesIn } from '../../../workspace/folder-files.js'
import { type HclFile, parseHclFile } from '../hcl/hcl-file.js'
import { moduleFolderOf, moduleConfig, type ModuleConfig } from './module-config.js'

/** A file as read and parsed: the syntax tree, or why it could not be read. */
export type ParsedFile =
  | { readonly path: string; readonly ok: true; readonly hcl: HclFile }
  | { readonly path: string; readonly ok: false; readonly error: ParseError }

/**
 * The Terraform files of one workspace, parsed once and shared by the HCL reader and the plan
 * reader (which finds the `.tf` declaration of a planned resource through it).
 */
export class HclFiles {
  private readonly parsed = new Map<string, Promise<ParsedFile>>()
  private readonly configs = new Map<string, Promise<ModuleConfig>>()
  private readonly listings = new Map<string, string[]>()

  constructor(readonly workspace: Workspace) {}

  /** Makes the given files the known `.tf` files of their folders (the claimed set). */
  register(paths: readonly string[]): void {
    for (const path of paths) {
      if (!path.endsWith('.tf')) continue
      const folder = moduleFolderOf(path)
      const listing = this.listings.get(folder) ?? []
      if (!listing.includes(path)) listing.push(path)
      this.listings.set(folder, listing.sort())
    }
  }

  parse(path: string): Promise<ParsedFile> {
    let entry = this.parsed.get(path)
    if (!entry) {
      entry = this.load(path)
      this.parsed.set(path, entry)
    }
    return entry
  }

  /** All files parsed so far (for their syntax errors). */
  async all(): Promise<ParsedFile[]> {
    return Promise.all(this.parsed.values())
  }

  /** The `.tf` files directly inside a folder (claimed ones, else listed from the workspace). */
  tfFiles(folder: string): string[] {
    const known = this.listings.get(folder)
    if (known) return known
    const listed = filesIn(this.workspace, folder)
      .map(file => file.path)
      .filter(path => path.endsWith('.tf'))
    this.listings.set(folder, listed)
    return listed
  }

  /** The module declared by a folder's `.tf` files (files with syntax errors are left out). */
  config(folder: string): Promise<ModuleConfig> {
    let entry = this.configs.get(folder)
    if (!entry) {
      entry = (async () => {
        const files = await Promise.all(this.tfFiles(folder).map(path => this.parse(path)))
        const usable = files.flatMap(file => (file.ok && !file.hcl.error ? [{ path: file.path, blocks: file.hcl.body.blocks }] : []))
        const unread = files.flatMap(file => (file.ok && !file.hcl.error ? [] : [file.path]))
        return moduleConfig(folder, usable, unread)
      })()
      this.configs.set(folder, entry)
    }
    return entry
  }

  private async load(path: string): Promise<ParsedFile> {
    const text = this.workspace.readText(path)
    if (!text.ok) {
      return { path, ok: false, error: { file: path, line: text.line, column: text.column, message: text.message, severity: 'error' } }
    }
    try {
      return { path, ok: true, hcl: await parseHclFile(text.text) }
    } catch (error) {
      // Only a missing or broken parser (wasm) gets here; bad input never throws.
      const message = `the HCL parser could not run: ${getErrorMessage(error)}`
      return { path, ok: false, error: { file: path, line: 1, column: 1, message, severity: 'error' } }
    }
  }
}

const shared = new WeakMap<Workspace, HclFiles>()

/**
 * Drops the workspace's parse cache once the Terraform reader is done with it (the plan reader, which
 * shares it, reads first): its syntax trees otherwise stayed alive while the other formats were read.
 */
export function forgetHclFiles(workspace: Workspace): void {
  shared.delete(workspace)
}

/** The workspace's shared parse cache. */
export function hclFilesOf(workspace: Workspace): HclFiles {
  let files = shared.get(workspace)
  if (!files) {
    files = new HclFiles(workspace)
    shared.set(workspace, files)
  }
  return files
}

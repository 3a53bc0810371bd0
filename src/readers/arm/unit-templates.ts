import type { ParseError } from '../../model/resources.js'
import { namesBeside } from '../../workspace/folder-files.js'
import type { Workspace, WorkspaceFile } from '../../workspace/workspace.js'
import type { EvaluationLimits } from '../limits.js'
import { fileHolds, LOCAL_LINK_WORD, URI_LINK_WORD } from '../policy-content.js'
import { bicepTwinOf, builtByBicep } from '../shared/bicep-build-output.js'
import { PARAMETER_FILE_NAME } from '../shared/parameter-file-name.js'
import { fileName } from '../../model/paths.js'
import { classifyArmFile } from './files/arm-files.js'
import { parseJsonDocument, type JsonDocument } from './json/json-document.js'
import type { JsonObject } from './json/json-value.js'
import type { LinkedTemplates, OpenedLink } from './template/linked-templates.js'
import { isExpression, unescapeLiteral } from './template/evaluate-json.js'
import { linkedPath } from './template/linked-template.js'
import { staticLinks } from './template/static-links.js'

/** A template of a unit, as read while sorting out its folder's parameter files. */
export interface TemplateFile {
  readonly file: WorkspaceFile
  readonly text: string
  /** Already parsed when its name or head made it a parameter file candidate. */
  readonly document?: JsonDocument
}

/** Where the unit's read puts what it finds: the located errors, and the files that were ARM manifests. */
export interface UnitSink {
  readonly workspace: Workspace
  readonly parseErrors: ParseError[]
  readonly manifests: string[]
  readonly limits: EvaluationLimits
}

/** Characters of parsed templates kept between reads of a unit (as the Bicep loader keeps ~1 M). */
const KEPT_CHARACTERS = 1024 * 1024

/**
 * The templates of one unit (files/linked-units.ts: the folders relativePath links join), and which of them
 * another template of the unit links (`templateLink.relativePath`). A linked template is read as part of each
 * deployment that links it (template/linked-template.ts), with the parameters it passes, and not as a
 * deployment of its own, unless a parameter file of its own deploys it too (arm-reader.ts decides): reading a
 * linked template alone with its defaults would report its VMs twice, once with parameters they do not have.
 * Which templates may be linked is known before any is read (`findLinksOf`: the relativePath values their texts
 * write, or their parsed JSON evaluates); the walk of the parsed templates decides, as it follows each link: a
 * template it never reaches is read on its own after all (`nextUnreached`), and then opened by no link.
 *
 * Each template is parsed once where it can be, and its errors reported once. Documents are kept between
 * reads within KEPT_CHARACTERS (a linked template for each deployment that links it, one whose links are
 * evaluated from finding them to its read), and parsed again past it; one read on its own is dropped once read. A
 * folder's texts are held only while it is read, as before links; a template of another folder is read
 * through the workspace.
 */
export class UnitTemplates implements LinkedTemplates {
  /** The files of the unit's folders that are read (no what-if result): the only ones a link may open. */
  private readonly members = new Set<string>()
  /** The templates of the folder being read, with their texts. */
  private readonly held = new Map<string, TemplateFile>()
  /** Each linked template, with the first template found to link it (in the unit's order). */
  private readonly linkedBy = new Map<string, string>()
  /** Templates parsed: the document, or null when the file is no template (reported once, if it claimed to be one). */
  private readonly parsed = new Map<string, JsonDocument | null>()
  /** Characters of the documents `parsed` holds: past KEPT_CHARACTERS, they are dropped once a read is done. */
  private parsedCharacters = 0
  private readonly opened = new Set<string>()
  private readonly reachedFiles = new Set<string>()
  private readonly alone = new Set<string>()

  constructor(private readonly sink: UnitSink) {}

  /** The unit's files whose folders are read, in the unit's order. */
  admit(files: readonly WorkspaceFile[]): void {
    for (const file of files) this.members.add(file.path)
  }

  /** A template of the folder being read, with its text (taken out of the workspace for this read). */
  hold(template: TemplateFile): void {
    this.held.set(template.file.path, template)
  }

  /** Finds the links of templates whose texts are held (a unit of one folder: every text of it is). */
  findLinksIn(templates: readonly TemplateFile[]): void {
    // What the claim found in the same text (its whole read of the file), else a test of it here.
    const notes = this.sink.workspace.claimNotes
    for (const { file, text } of templates) if (notes.holdsLocalLinks(file.path) ?? LOCAL_LINK_WORD.test(text)) this.findLinksOf(file.path, text)
  }

  /**
   * Finds the links of the unit's files, before any folder is read (a unit of several folders: their texts
   * are not all held at once). A file shows a link's word first: as the claim found it, else on disk.
   */
  findLinksOnDisk(files: readonly WorkspaceFile[]): void {
    const { workspace } = this.sink
    for (const file of files) {
      // A parameter file links nothing; a quiet file holds no templateLink.
      if (workspace.isQuiet(file.path) || PARAMETER_FILE_NAME.test(fileName(file.path))) continue
      if (!(workspace.claimNotes.holdsLocalLinks(file.path) ?? fileHolds(file.absolutePath, LOCAL_LINK_WORD))) continue
      const text = workspace.readText(file.path)
      if (text.ok) this.findLinksOf(file.path, text.text)
    }
  }

  /** Whether another template of the unit links this one. */
  isLinked(path: string): boolean {
    return this.linkedBy.has(path)
  }

  /** A template's document, parsed on first use; undefined (its error reported once) when it is no template. */
  template(path: string): JsonDocument | undefined {
    const known = this.parsed.get(path)
    if (known !== undefined) return known ?? undefined
    const entry = this.held.get(path) ?? this.unsorted(path)
    // Not cached: a build output read instead of its source is left to the Bicep reader, an unreadable text to its folder's read.
    if (entry === undefined) return undefined
    const document = entry.document ?? this.parse(entry)
    const armFile = document && classifyArmFile(document)
    if (armFile?.kind === 'invalid-template') {
      this.sink.parseErrors.push(armFile.error)
      this.sink.manifests.push(path)
    }
    const template = armFile?.kind === 'template' ? armFile.document : undefined
    this.parsed.set(path, template ?? null)
    if (template !== undefined) this.parsedCharacters += template.text.length
    return template
  }

  /**
   * Once a template is read on its own (its resources located): its document is dropped unless a link may open
   * it again, and past KEPT_CHARACTERS every document is (a later link parses its template again).
   */
  done(path: string): void {
    this.held.delete(path)
    if (!this.opened.has(path)) this.forget(path)
    if (this.parsedCharacters <= KEPT_CHARACTERS) {
      this.parsed.get(path)?.release()
      return
    }
    for (const [kept, document] of this.parsed) if (document !== null) this.forget(kept)
  }

  /** The folder is read: the texts of its templates no longer held (a link opens one through the workspace). */
  leaveFolder(): void {
    this.held.clear()
  }

  open(path: string): OpenedLink {
    // One read on its own (no deployment reached it before) is not also read as part of one.
    if (!this.linkedBy.has(path) || this.alone.has(path)) return NOT_LINKED
    const document = this.template(path)
    if (document === undefined) return this.parsed.has(path) ? UNREADABLE : NOT_LINKED
    if (!this.opened.has(path)) this.sink.manifests.push(path)
    this.opened.add(path)
    return { kind: 'template', template: document.value as JsonObject }
  }

  reached(path: string): void {
    this.reachedFiles.add(path)
  }

  /** Notes that a linked template no deployment reached is read on its own (`nextUnreached`). */
  readAlone(path: string): void {
    this.alone.add(path)
    this.reachedFiles.add(path)
  }

  /** A document of the unit, to locate what was read in it (a linked template's resources, its problems). */
  document(file: string): JsonDocument | undefined {
    return this.parsed.get(file) ?? undefined
  }

  /**
   * The first linked template, in the unit's order, that no read followed a link to (its link is evaluated to
   * another file with the linking template's parameter files, or no template read on its own leads to it, as in a
   * cycle), with the template that links it: it is read on its own, so that none passes unseen.
   */
  nextUnreached(): { readonly path: string; readonly linkedBy: string } | undefined {
    for (const path of this.members) {
      const linkedBy = this.linkedBy.get(path)
      if (linkedBy !== undefined && !this.reachedFiles.has(path)) return { path, linkedBy }
    }
    return undefined
  }

  /** The unit's documents are garbage once it is read; their indexes go back now. */
  release(): void {
    for (const document of this.parsed.values()) document?.release()
    this.parsed.clear()
    this.parsedCharacters = 0
    this.held.clear()
  }

  /** Drops a template's document (a parse that failed is kept: its error is reported once). */
  private forget(path: string): void {
    const document = this.parsed.get(path)
    if (document === undefined || document === null) return
    document.release()
    this.parsedCharacters -= document.text.length
    this.parsed.delete(path)
  }

  /**
   * The templates a template's relativePath links name, before it is read: a path written as is, from its text
   * (no parse: a unit of many linking templates would parse each twice); one built by an expression, from its
   * parsed JSON (template/static-links.ts). The walk that reads the unit decides: a template no deployment
   * reaches is read on its own (`nextUnreached`), so a `"relativePath"` that links nothing changes no verdict.
   */
  private findLinksOf(path: string, text: string): void {
    let evaluated = false
    for (const match of text.matchAll(RELATIVE_PATH)) {
      const written = jsonString(match[1] as string)
      if (written !== undefined && isExpression(written)) evaluated = true
      else if (written !== undefined) this.link(linkedPath(unescapeLiteral(written), path), path)
    }
    // A `templateLink.uri` from `_artifactsLocation` or the template's own URL is always an expression (template/artifacts-location.ts).
    const document = evaluated || URI_LINK_WORD.test(text) ? this.template(path) : undefined
    if (document === undefined) return
    for (const linked of staticLinks(document.value as JsonObject, path, this.sink.limits)) this.link(linked, path)
    // Kept for its read within the budget; past it, parsed again then.
    if (this.parsedCharacters > KEPT_CHARACTERS) this.forget(path)
  }

  private link(linked: string | undefined, by: string): void {
    if (linked !== undefined && this.members.has(linked) && !this.linkedBy.has(linked)) this.linkedBy.set(linked, by)
  }

  /**
   * A template of the unit whose folder is not sorted yet (a link reaches it first), its text read through the
   * workspace; undefined when it cannot be read (its folder's read reports why) or is a build output its `.bicep`
   * beside it stands for (the Bicep reader reads that; the folder's read says so).
   */
  private unsorted(path: string): TemplateFile | undefined {
    const { workspace } = this.sink
    const file = this.members.has(path) ? workspace.get(path) : undefined
    const text = file === undefined ? undefined : workspace.readText(path)
    if (file === undefined || text?.ok !== true) return undefined
    if (builtByBicep(text.text) && bicepTwinOf(path, namesBeside(workspace, path)) !== undefined) return undefined
    return { file, text: text.text }
  }

  /** A claimed file that is not even JSON is reported: it looked like ARM from its name or head. */
  private parse(entry: TemplateFile): JsonDocument | undefined {
    const parsed = parseJsonDocument(entry.file.path, entry.text)
    if (parsed.ok) return parsed.document
    this.sink.parseErrors.push(parsed.error)
    this.sink.manifests.push(entry.file.path)
    return undefined
  }
}

/** A `"relativePath": "<JSON string>"` member, as JSON writes it. */
const RELATIVE_PATH = /"relativePath"\s*:\s*"((?:[^"\\\r\n]|\\.)*)"/gi

/** The text of a JSON string's body (its escapes undone), or undefined when it is no valid one. */
function jsonString(body: string): string | undefined {
  if (!body.includes('\\')) return body
  try {
    return JSON.parse(`"${body}"`) as string
  } catch {
    return undefined
  }
}

const NOT_LINKED: OpenedLink = { kind: 'not-linked' }
const UNREADABLE: OpenedLink = { kind: 'unreadable' }

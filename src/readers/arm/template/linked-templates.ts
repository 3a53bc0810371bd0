import type { JsonObject } from '../json/json-value.js'

/** What the read's unit says of a file a relativePath link names (LinkedTemplates.open). */
export type OpenedLink =
  | { readonly kind: 'template'; readonly template: JsonObject }
  /** Not a template the unit reads as part of the deployments that link it: it is read on its own, or not at all. */
  | { readonly kind: 'not-linked' }
  /** One it would, but the file is no template it could read (its own error says why, if it claimed to be one). */
  | { readonly kind: 'unreadable' }

/**
 * The templates of a read's unit that other templates link by `templateLink.relativePath`
 * (readers/arm/unit-templates.ts): each is read as part of every deployment that links it, with the
 * parameters that deployment passes, and not as a deployment of its own (unless its own parameter file
 * deploys it too).
 */
export interface LinkedTemplates {
  open(path: string): OpenedLink
  /** Notes that a link was followed to `path` and its resources walked. */
  reached(path: string): void
}

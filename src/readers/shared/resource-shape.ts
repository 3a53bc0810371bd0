/**
 * `{ ...frame, ...fields }` for a model resource, built on the frame itself: `frame` must be a fresh object
 * literal the caller owns (the common fields of one resource), and becomes the resource. A literal that
 * starts with a spread gets a hidden class of its own from V8 (the mixed 10,000 files: ~4,700 Kubernetes,
 * Bicep and Terraform resources, ~7 KB each with their descriptors, and reads of them megamorphic in the
 * policy), while the frame's literal and the fields added to it in the same order share one per kind. Same
 * keys, order and values as the spread: a field of the frame that `fields` writes again keeps its place.
 * The ARM reader does the same (withCommon in src/readers/arm/model/resource-common.ts).
 */
export function onFrame<F extends object, T extends object>(frame: F, fields: T): Omit<F, keyof T> & T {
  return Object.assign(frame, fields)
}

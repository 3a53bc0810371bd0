import type { ImageReference } from '../model/resources.js'
import { isKnown } from '../model/source.js'
import type { Advisory, HotpatchImage } from './advisory.js'
import { unresolvedInput } from './describe.js'
import type { UnresolvedInput } from './types.js'

/** A hotpatch-capable image and the advisory that lists it. */
export interface ImageMatch {
  readonly image: HotpatchImage
  readonly advisory: Advisory
}

export interface ImageCandidates {
  /** The listed images the reference may be (exactly one, or none, when every part is known). */
  readonly candidates: readonly ImageMatch[]
  /** Parts that could not be evaluated while candidates remain. */
  readonly unresolved: readonly UnresolvedInput[]
}

const PARTS = ['publisher', 'offer', 'sku'] as const
type Part = (typeof PARTS)[number]

/**
 * The hotpatch-capable images an image reference may be. Known parts narrow the list (case-insensitively,
 * as ARM compares them); a part that is not written at all matches nothing; unresolved parts keep every
 * candidate, so a known mismatch elsewhere still rules the image out.
 */
export function findHotpatchCandidates(image: ImageReference, advisories: readonly Advisory[]): ImageCandidates {
  const listed = listedImages(advisories)
  // The candidates depend on the parts' values only (thousands of VMs share a handful of images): each set
  // of values is narrowed once per advisory list, looked up by the values as the model holds them (strings
  // it interned: their hashes are known), an unresolved part by a key no value is.
  let level: Map<unknown, unknown> = listed.byParts
  // Indexed, as every loop run per VM: without the optimizing compiler (optimizing-compiler.ts)
  // a for-of makes an iterator and a result object per step.
  for (let p = 0; p < PARTS.length; p++) {
    const part = PARTS[p] as Part
    const value = image[part]
    const key = value.origin === 'unresolved' ? UNRESOLVED : value.value
    let next = level.get(key) as Map<unknown, unknown> | undefined
    if (next === undefined) level.set(key, (next = new Map<unknown, unknown>()))
    level = next
  }
  let candidates = level.get(CANDIDATES) as readonly ImageMatch[] | undefined
  if (candidates === undefined) {
    candidates = narrow(listed.images, image)
    if (++listed.remembered.count > MAX_REMEMBERED) {
      listed.byParts.clear()
      listed.remembered.count = 0
    }
    level.set(CANDIDATES, candidates)
  }
  if (candidates.length === 0) return { candidates, unresolved: [] }
  const unresolved: UnresolvedInput[] = []
  for (let p = 0; p < PARTS.length; p++) {
    const part = PARTS[p] as Part
    const value = image[part]
    if (value.origin === 'unresolved') unresolved.push(unresolvedInput(`image.${part}`, value))
  }
  return { candidates, unresolved }
}

/** Sets of image values remembered per advisory list, at most: a repository of unique images costs this much. */
const MAX_REMEMBERED = 4096
const UNRESOLVED = Symbol('unresolved')
const CANDIDATES = Symbol('candidates')

/** The listed images whose known parts are the reference's (unresolved parts keep every candidate). */
function narrow(images: readonly ListedImage[], image: ImageReference): readonly ImageMatch[] {
  let candidates = images
  for (const part of PARTS) {
    const value = image[part]
    if (value.origin === 'unresolved') continue
    const wanted = isKnown(value) ? value.value.toLowerCase() : ''
    candidates = candidates.filter(match => match.lowerCased[part] === wanted)
  }
  return candidates.map(({ match }) => match)
}

/** A listed image with its parts lower-cased once. */
interface ListedImage {
  readonly match: ImageMatch
  readonly lowerCased: Readonly<Record<(typeof PARTS)[number], string>>
}

/** An advisory list's images, and the candidates of each set of image values seen. */
interface ListedImages {
  readonly images: readonly ListedImage[]
  /** By publisher, offer and sku value, then CANDIDATES: the candidates of those values. */
  readonly byParts: Map<unknown, unknown>
  readonly remembered: { count: number }
}

// Per advisory list (the same one for every VM of a scan): the images every VM is compared with.
const listed = new WeakMap<readonly Advisory[], ListedImages>()

function listedImages(advisories: readonly Advisory[]): ListedImages {
  let known = listed.get(advisories)
  if (known === undefined) {
    const images = advisories.flatMap(advisory =>
      advisory.hotpatchImages.map(entry => ({
        match: { image: entry, advisory },
        lowerCased: { publisher: entry.publisher.toLowerCase(), offer: entry.offer.toLowerCase(), sku: entry.sku.toLowerCase() }
      }))
    )
    known = { images, byParts: new Map<unknown, unknown>(), remembered: { count: 0 } }
    listed.set(advisories, known)
  }
  return known
}

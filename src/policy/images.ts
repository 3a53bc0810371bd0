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

/**
 * The hotpatch-capable images an image reference may be. Known parts narrow the list (case-insensitively,
 * as ARM compares them); a part that is not written at all matches nothing; unresolved parts keep every
 * candidate, so a known mismatch elsewhere still rules the image out.
 */
export function findHotpatchCandidates(image: ImageReference, advisories: readonly Advisory[]): ImageCandidates {
  let candidates = listedImages(advisories)
  const unresolved: UnresolvedInput[] = []
  for (const part of PARTS) {
    const value = image[part]
    if (value.origin === 'unresolved') {
      unresolved.push(unresolvedInput(`image.${part}`, value))
      continue
    }
    const wanted = isKnown(value) ? value.value.toLowerCase() : ''
    candidates = candidates.filter(match => match.lowerCased[part] === wanted)
  }
  return { candidates: candidates.map(({ match }) => match), unresolved: candidates.length === 0 ? [] : unresolved }
}

/** A listed image with its parts lower-cased once. */
interface ListedImage {
  readonly match: ImageMatch
  readonly lowerCased: Readonly<Record<(typeof PARTS)[number], string>>
}

// Per advisory list (the same one for every VM of a scan): the images every VM is compared with.
const listed = new WeakMap<readonly Advisory[], readonly ListedImage[]>()

function listedImages(advisories: readonly Advisory[]): readonly ListedImage[] {
  let images = listed.get(advisories)
  if (images === undefined) {
    images = advisories.flatMap(advisory =>
      advisory.hotpatchImages.map(entry => ({
        match: { image: entry, advisory },
        lowerCased: { publisher: entry.publisher.toLowerCase(), offer: entry.offer.toLowerCase(), sku: entry.sku.toLowerCase() }
      }))
    )
    listed.set(advisories, images)
  }
  return images
}

/** A Marketplace Windows Server image version, `<build>.<UBR>.<YYMMDD>` (e.g. `20348.4297.251024`). */
export interface ImageVersion {
  /** OS build family, e.g. 20348. */
  readonly build: number
  /** Update build revision, e.g. 4297. */
  readonly revision: number
  /** The publish date field, e.g. `251024`; not compared. */
  readonly date: string
}

/** Parses a pinned version; undefined for `latest` and anything not in the `<build>.<UBR>.<date>` form. */
export function parseImageVersion(text: string): ImageVersion | undefined {
  const match = /^(\d{1,6})\.(\d{1,6})\.(\d{1,12})$/.exec(text.trim())
  if (match === null) return undefined
  return { build: Number(match[1]), revision: Number(match[2]), date: match[3] as string }
}

import type { ManifestReader, ReaderClaim } from './reader.js'

/**
 * A reader whose claim and units are at hand and whose parsing and modelling code is imported the first
 * time one of its units is read (issue 18, "start instantly"): esbuild puts the `import()`ed module in a
 * chunk of its own, so a run (or a scan worker) that reads no file of the format never loads, compiles or
 * runs it. `load` is called once; the reader's `release` is passed on once it is loaded.
 */
export function lazyReader(claim: ReaderClaim, load: () => Promise<ManifestReader>): ManifestReader {
  let loading: Promise<ManifestReader> | undefined
  let loaded: ManifestReader | undefined
  return {
    format: claim.format,
    claims: claim.claims,
    ...(claim.units === undefined ? {} : { units: claim.units }),
    ...(claim.mustRead === undefined ? {} : { mustRead: claim.mustRead }),
    read: async (files, workspace, limits) => {
      loading ??= load()
      loaded = await loading
      return loaded.read(files, workspace, limits)
    },
    release: () => loaded?.release?.()
  }
}

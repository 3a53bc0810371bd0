import { matchPathGlob } from '../config/glob.js'
import type { PolicyConfiguration } from '../config/types.js'

/** Whether a scan-root-relative path is scanned under the configuration's `include` and `exclude`. */
export function selectFiles(configuration: PolicyConfiguration): ((path: string) => boolean) | undefined {
  const { include, exclude } = configuration
  if (include.length === 0 && exclude.length === 0) return undefined
  return path =>
    (include.length === 0 || include.some(glob => matchPathGlob(glob, path))) &&
    !exclude.some(glob => matchPathGlob(glob, path))
}

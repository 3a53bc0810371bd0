import type { ManifestReader } from '../reader.js'

// Placeholder until this format's reader lands: claims nothing, so other readers are unaffected.
export const pulumiReader: ManifestReader = {
  format: 'pulumi',
  claims: () => false,
  read: () => Promise.resolve({ resources: [], parseErrors: [], manifests: [] })
}

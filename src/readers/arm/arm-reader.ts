import type { ManifestReader } from '../reader.js'

// Placeholder until this format's reader lands: claims nothing, so other readers are unaffected.
export const armReader: ManifestReader = {
  format: 'arm',
  claims: () => false,
  read: () => Promise.resolve({ resources: [], parseErrors: [], manifests: [] })
}

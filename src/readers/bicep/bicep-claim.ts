import type { ReaderClaim } from '../reader.js'
import { moduleComponents } from './units.js'

const BICEP_FILE = /\.bicep(param)?$/i

/** What the scan needs of the Bicep reader before it reads (bicep-reader.ts, parser and evaluator, is loaded on the first read). */
export const bicepClaim: ReaderClaim = {
  format: 'bicep',
  claims: file => BICEP_FILE.test(file.path),
  units: moduleComponents
}

import type { ReaderClaim } from '../reader.js'
import { pulumiUnits } from './units.js'

export const PROJECT_FILE = /(^|\/)Pulumi\.ya?ml$/
export const STACK_FILE = /(^|\/)Pulumi\.[^/]+\.ya?ml$/
export const MAIN_FILE = /(^|\/)Main\.ya?ml$/
const PROGRAM_SECTION = /^(resources|variables)[ \t]*:/m

/**
 * What the scan needs of the Pulumi reader before it reads (pulumi-reader.ts is loaded on the first read):
 * project and stack files, and a `Main.yaml` whose head has a program section.
 */
export const pulumiClaim: ReaderClaim = {
  format: 'pulumi',
  claims: (file, head) =>
    PROJECT_FILE.test(file.path) ||
    STACK_FILE.test(file.path) ||
    (MAIN_FILE.test(file.path) && PROGRAM_SECTION.test(head())),
  units: pulumiUnits
}

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
  units: pulumiUnits,
  // A project whose program is code has no policy word in its YAML, and the reader's notice that the
  // program is not evaluated is all a scan can say of it: the prefilter would have counted it as a file
  // that declares no VM.
  mustRead: (unit, workspace) =>
    unit.files.some(file => {
      if (!PROJECT_FILE.test(file.path)) return false
      const text = workspace.readText(file.path)
      const runtime = text.ok ? RUNTIME.exec(text.text) : null
      return runtime !== null && (runtime[1] ?? runtime[2]) !== 'yaml'
    })
}

/** The project's `runtime: <name>`, or `runtime:` with a `name:` below it. */
const RUNTIME = /^runtime[ \t]*:[ \t]*(?:["']?([A-Za-z0-9_-]+)["']?|(?:#.*)?\r?\n[ \t]+name[ \t]*:[ \t]*["']?([A-Za-z0-9_-]+))/m

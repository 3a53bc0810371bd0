import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const FIXTURES = join(import.meta.dirname, '../../fixtures')

/** Every .tf and .tfvars file of the test fixtures (both HCL parse paths are checked on all of them). */
export function fixtureTfFiles(folder = FIXTURES): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return fixtureTfFiles(path)
    return /\.(tf|tfvars)$/.test(entry.name) ? [path] : []
  })
}

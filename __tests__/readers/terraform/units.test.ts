/**
 * Terraform's deployment units (issue 18): a root with its local modules and tfvars, found without a
 * parse; units are merged until they follow one another in sorted folder order (roots are evaluated in
 * it) and in the listing (exemptions follow it), so reading them one at a time gives the whole read.
 */
import { describe, expect, it } from '@jest/globals'
import type { ReaderOutput } from '../../../src/readers/reader.js'
import { terraformUnits as units } from '../../../src/readers/terraform/config/units.js'
import { terraformReader } from '../../../src/readers/terraform/terraform-reader.js'
import type { Workspace } from '../../../src/workspace/workspace.js'
import { terraformVm } from '../../support/manifests.js'
import { memoryWorkspace } from './support.js'

function claimed(workspace: Workspace) {
  return workspace.list().filter(file => terraformReader.claims(file, () => ''))
}

function unitPaths(files: Record<string, string>): string[][] {
  const workspace = memoryWorkspace(files)
  return units(claimed(workspace), workspace).map(unit => unit.files.map(file => file.path))
}

/** What the reader gives read whole, and unit by unit concatenated (the scan's merge without origins). */
async function wholeAndUnitWise(files: Record<string, string>): Promise<[object, object]> {
  const workspace = memoryWorkspace(files)
  const all = claimed(workspace)
  const whole = await terraformReader.read(all, memoryWorkspace(files))
  const outputs: ReaderOutput[] = []
  for (const unit of units(all, workspace)) outputs.push(await terraformReader.read(unit.files, memoryWorkspace(files)))
  const shown = (list: Pick<ReaderOutput, 'resources' | 'parseErrors' | 'manifests' | 'inlineExemptions'>[]) => ({
    resources: JSON.stringify(list.flatMap(output => output.resources)),
    parseErrors: list.flatMap(output => output.parseErrors).map(error => `${error.file}:${error.line} ${error.message}`).sort(),
    manifests: list.flatMap(output => output.manifests).sort(),
    inlineExemptions: JSON.stringify(list.flatMap(output => output.inlineExemptions ?? []))
  })
  return [shown([whole]), shown(outputs)]
}

const vm = (name: string) => terraformVm(`"${name}"`, name.replace(/-/g, '_'))
const exempt = (name: string) => `# hotpatch-reboot-gate-exempt: ${name} until 2030-01-01\n${vm(name)}`
const callModule = (source: string) => `module "m" {\n  source = "${source}"\n}\n`

describe('Terraform deployment units', () => {
  it('are what the reader declares', () => {
    const workspace = memoryWorkspace({ 'a/main.tf': vm('a'), 'b/main.tf': vm('b') })
    expect(terraformReader.units?.(claimed(workspace), workspace).map(unit => unit.files.length)).toEqual([1, 1])
  })

  it('are a root with the local modules it calls and its tfvars; a module two roots share joins them', () => {
    const files = {
      'alone/main.tf': vm('alone'),
      'alone/prod.tfvars': 'x = 1\n',
      'app1/main.tf': callModule('../modules/vm'),
      'app2/main.tf': callModule('../modules/vm/'),
      'modules/vm/main.tf': vm('shared'),
      'solo/main.tf': callModule('./inner'),
      'solo/inner/main.tf': vm('inner'),
      'zeta/main.tf': vm('zeta')
    }
    expect(unitPaths(files)).toEqual([
      ['alone/main.tf', 'alone/prod.tfvars'],
      ['app1/main.tf', 'app2/main.tf', 'modules/vm/main.tf'],
      ['solo/inner/main.tf', 'solo/main.tf'],
      ['zeta/main.tf']
    ])
  })

  it('join roots linked through a module folder outside the claimed set, and ignore registry sources', () => {
    const files = {
      'a/main.tf': callModule('../vendor/wrap') + 'module "r" {\n  source = "Azure/avm-res/azurerm"\n}\n',
      'b/main.tf': vm('b'),
      'c/main.tf': vm('c'),
      'vendor/wrap/main.tf': callModule('../../c')
    }
    const workspace = memoryWorkspace(files)
    const claimedFiles = claimed(workspace).filter(file => !file.path.startsWith('vendor/'))
    const paths = units(claimedFiles, workspace).map(unit => unit.files.map(file => file.path))
    // a reaches c through vendor/wrap, which is not claimed: b sits between them in both orders.
    expect(paths).toEqual([['a/main.tf', 'b/main.tf', 'c/main.tf']])
  })

  it('are merged where sorted folder order and the listing disagree', () => {
    // Folders sort a < a-c < a/b; paths list a-c/main.tf < a/b/main.tf < a/main.tf.
    const files = { 'a/main.tf': vm('a'), 'a-c/main.tf': vm('a-c'), 'a/b/main.tf': vm('a-b'), 'z/main.tf': vm('z') }
    expect(unitPaths(files)).toEqual([['a-c/main.tf', 'a/b/main.tf', 'a/main.tf'], ['z/main.tf']])
  })

  it('read one at a time give the whole read: resources, errors, manifests, exemptions in order', async () => {
    const files = {
      'a/main.tf': exempt('a'),
      'a-c/main.tf': exempt('a-c'),
      'a/b/main.tf': vm('a-b'),
      'app1/main.tf': callModule('../modules/vm'),
      'app2/main.tf': callModule('../modules/vm'),
      'modules/vm/main.tf': exempt('shared'),
      'broken/main.tf': 'resource "x" {\n',
      'vars/main.tf': 'variable "n" {}\n' + terraformVm('var.n', 'v'),
      'vars/dev.tfvars': 'n = "vm-dev"\n',
      'vars/prod.tfvars': 'n = "vm-prod"\n',
      'z/main.tf': exempt('z')
    }
    // a, a-c, a/b (orders disagree); app1, app2 and their module, with broken/ between them; vars; z.
    expect(unitPaths(files).map(unit => unit.length)).toEqual([3, 4, 3, 1])
    const [whole, unitWise] = await wholeAndUnitWise(files)
    expect(unitWise).toEqual(whole)
    expect((whole as { resources: string }).resources).toContain('vm-prod')
  })
})

/**
 * Value-aware scope on real scans: the readers record where the value that removed a plan is set
 * (Terraform `count`/`for_each`, ARM `condition`, Bicep `if`, each from its variables file), the report
 * carries it as a related location, and src/gate/scope.ts, from the report alone, counts the finding
 * for a change to that file and not for an unrelated one. The fixtures are those of the end-to-end
 * test (__tests__/fixtures/value-scope), with the window switched off.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { planFilesOf, scopeCause, scopeFiles, scopeReport, touches } from '../../src/gate/scope.js'
import type { SourceLocation } from '../../src/model/source.js'
import { buildJsonReport } from '../../src/report/build-report.js'
import type { JsonReport } from '../../src/report/json-report.js'
import { scan } from '../../src/scan.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/value-scope/', import.meta.url))
const AS_OF = new Date('2025-11-24T00:00:00Z')
const scratch = mkdtempSync(join(tmpdir(), 'value-scope-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A fixture folder's files, with `edits` applied (a replacement, or undefined to delete the file). */
function tree(folder: string, edits: Readonly<Record<string, ((text: string) => string) | undefined>>): Map<string, string> {
  const files = new Map<string, string>()
  const root = join(FIXTURES, folder)
  for (const name of readdirSync(root)) if (statSync(join(root, name)).isFile()) files.set(name, readFileSync(join(root, name), 'utf8'))
  for (const [name, edit] of Object.entries(edits)) {
    if (edit === undefined) files.delete(name)
    else files.set(name, edit(files.get(name) ?? ''))
  }
  return files
}

let scans = 0
async function scanTree(files: ReadonlyMap<string, string>) {
  const root = join(scratch, String(scans++))
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  const result = await scan({ root, asOf: AS_OF })
  const report = buildJsonReport(result, { toolVersion: 'test', asOf: '2025-11-24' })
  return { result, report }
}

const lineOf = (at: SourceLocation): string => `${at.file}:${at.line}`
const swap = (from: string, to: string) => (text: string): string => {
  if (!text.includes(from)) throw new Error(`no '${from}' to replace`)
  return text.replace(from, to)
}

interface Case {
  readonly name: string
  readonly folder: string
  readonly edits: Readonly<Record<string, ((text: string) => string) | undefined>>
  /** Where the value that removed the plans is set. */
  readonly value: string
}

const FOR_EACH = (text: string): string =>
  text
    .replaceAll('count = var.enable_window ? 1 : 0', 'for_each = var.windows')
    .replace('azurerm_maintenance_configuration.monthly[0].id', 'azurerm_maintenance_configuration.monthly[each.key].id')

const CASES: readonly Case[] = [
  {
    name: 'Terraform count from terraform.tfvars',
    folder: 'terraform',
    edits: { 'terraform.tfvars': swap('enable_window  = true', 'enable_window  = false') },
    value: 'terraform.tfvars:3'
  },
  {
    name: 'Terraform count from *.auto.tfvars',
    folder: 'terraform-auto',
    edits: { 'window.auto.tfvars': swap('enable_window = true', 'enable_window = false') },
    value: 'window.auto.tfvars:2'
  },
  {
    name: "Terraform count from a variable's default in variables.tf",
    folder: 'terraform-auto',
    edits: { 'window.auto.tfvars': undefined },
    value: 'variables.tf:8'
  },
  {
    name: 'Terraform for_each from terraform.tfvars',
    folder: 'terraform',
    edits: {
      'maintenance.tf': FOR_EACH,
      'variables.tf': text => `${text}\nvariable "windows" {\n  type = map(string)\n}\n`,
      'terraform.tfvars': text => `${text}windows = {}\n`
    },
    value: 'terraform.tfvars:4'
  },
  {
    name: 'ARM condition from a parameter file',
    folder: 'arm',
    edits: { 'app.parameters.json': swap('"value": true', '"value": false') },
    value: 'app.parameters.json:6'
  },
  {
    name: 'ARM copy count 0 from a parameter file',
    folder: 'arm',
    edits: {
      'app.json': text => {
        const template = JSON.parse(text) as { parameters: Record<string, unknown>; resources: Record<string, unknown>[] }
        template.parameters.windowCount = { type: 'int', defaultValue: 1 }
        const assignment = template.resources[2] ?? {}
        delete assignment.condition
        assignment.copy = { name: 'windows', count: "[parameters('windowCount')]" }
        assignment.name = "[format('vm-app-01-monthly-{0}', copyIndex())]"
        return JSON.stringify(template, null, 2)
      },
      'app.parameters.json': text => {
        const parameters = JSON.parse(text) as { parameters: Record<string, unknown> }
        parameters.parameters.windowCount = { value: 0 }
        return JSON.stringify(parameters, null, 2)
      }
    },
    value: 'app.parameters.json:9'
  },
  {
    name: 'Bicep loop over an empty array from a .bicepparam',
    folder: 'bicep',
    edits: {
      'main.bicep': text =>
        `${swap(
          "configurationAssignments@2023-04-01' = if (enableWindow) {",
          "configurationAssignments@2023-04-01' = [for window in windows: {"
        )(text.replace("name: 'vm-app-01-monthly'", "name: 'vm-app-01-${window}'")).trimEnd()}]\nparam windows array\n`,
      'main.bicepparam': text => `${text}param windows = []\n`
    },
    value: 'main.bicepparam:5'
  },
  {
    name: 'Bicep if from a .bicepparam',
    folder: 'bicep',
    edits: { 'main.bicepparam': swap('param enableWindow = true', 'param enableWindow = false') },
    value: 'main.bicepparam:4'
  }
]

describe.each(CASES)('$name', ({ folder, edits, value }) => {
  const [valueFile = '', valueLine = ''] = value.split(':')

  it('the reader records the value on the condition of the plans it removes', async () => {
    const { result } = await scanTree(tree(folder, edits))
    const assignments = result.model.maintenanceAssignments
    expect(assignments.map(plan => plan.deployed.value)).toEqual([false])
    const removed = [...result.model.maintenanceConfigurations, ...assignments].filter(plan => plan.deployed.value === false)
    for (const plan of removed) expect([plan.deployed.location, ...(plan.deployed.via ?? [])].map(lineOf)).toContain(value)
  })

  it('the finding is related to that line, and counts for a change to its file only', async () => {
    const { report } = await scanTree(tree(folder, edits))
    expect(report.findings.map(finding => finding.ruleId)).toEqual(['reboot-plan-required'])
    const related = { file: valueFile, startLine: Number(valueLine), role: 'plan-condition' }
    expect(report.findings[0]?.related).toContainEqual(related)
    expect(report.resources[0]?.related).toContainEqual(related)

    const planFiles = planFilesOf(report)
    expect(planFiles.has(valueFile)).toBe(false)
    const cause = scopeCause([{ path: valueFile, status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }], planFiles)
    expect(cause).toEqual({ kind: 'changed-files', files: new Set([valueFile]) })
    expect(countedErrors(report, scopeFiles(cause))).toBe(1)
    expect(countedErrors(report, new Set(['README.md']))).toBe(0)
  })
})

const countedErrors = (report: JsonReport, files: ReadonlySet<string> | undefined): number =>
  scopeReport(report, files).summary.errors

describe('the fixtures as they are', () => {
  it.each(['terraform', 'terraform-auto', 'arm', 'bicep', 'pulumi'])('%s: the VM has its plan (the variables change is what removes it)', async folder => {
    const { report } = await scanTree(tree(folder, {}))
    expect(report.resources.map(resource => [resource.name, resource.verdict])).toEqual([['vm-app-01', 'affected-with-plan']])
    expect(report.summary.errors).toBe(0)
  })
})

describe('Pulumi: a plan value from the stack config', () => {
  it('relates the finding to the stack file line that set the reboot setting', async () => {
    const { report } = await scanTree(tree('pulumi', { 'Pulumi.dev.yaml': swap('IfRequired', 'NeverReboot') }))
    expect(report.findings.map(finding => finding.ruleId)).toEqual(['reboot-blocked'])
    expect(report.findings[0]?.related).toContainEqual({ file: 'Pulumi.dev.yaml', startLine: 3, role: 'plan-value' })
    expect(countedErrors(report, new Set(['Pulumi.dev.yaml']))).toBe(1)
    expect(countedErrors(report, new Set(['Pulumi.yaml']))).toBe(1)
    expect(countedErrors(report, new Set(['README.md']))).toBe(0)
  })
})

describe('Terraform: a module argument from terraform.tfvars', () => {
  it("relates the VM in the module's folder to the tfvars line the argument came from", async () => {
    const vm = readFileSync(join(FIXTURES, 'terraform', 'main.tf'), 'utf8')
    const files = new Map([
      ['modules/app/main.tf', swap('hotpatching_enabled                                    = true', 'hotpatching_enabled = var.hotpatch')(vm)],
      ['modules/app/variables.tf', 'variable "hotpatch" {\n  type = bool\n}\n\nvariable "admin_password" {\n  type = string\n}\n'],
      ['main.tf', 'module "app" {\n  source         = "./modules/app"\n  hotpatch       = var.hotpatch\n  admin_password = "x"\n}\n'],
      ['variables.tf', 'variable "hotpatch" {\n  type = bool\n}\n'],
      ['terraform.tfvars', '# Hotpatch the app tier.\nhotpatch = true\n']
    ])
    const { report } = await scanTree(files)
    expect(report.resources.map(resource => [resource.name, resource.file, resource.verdict])).toEqual([
      ['vm-app-01', 'main.tf', 'affected-no-plan']
    ])
    expect(report.resources[0]?.related).toContainEqual({ file: 'terraform.tfvars', startLine: 2, role: 'value' })
    expect(report.findings[0]?.related.filter(related => related.file === 'terraform.tfvars')).toEqual([
      { file: 'terraform.tfvars', startLine: 2, role: 'cause' }
    ])
    expect(countedErrors(report, new Set(['terraform.tfvars']))).toBe(1)
    expect(countedErrors(report, new Set(['modules/app/variables.tf']))).toBe(0)
  })
})

describe('the gate on value-file related locations (report alone)', () => {
  const finding = (related: { file: string; startLine: number; role: string }[]) => ({ file: 'main.tf', related })

  it('touches: a finding related to a value file is touched by a change to it', () => {
    const item = finding([{ file: 'terraform.tfvars', startLine: 3, role: 'plan-condition' }])
    expect(touches(item, new Set(['terraform.tfvars']))).toBe(true)
    expect(touches(item, new Set(['prod.tfvars']))).toBe(false)
  })

  it('planFilesOf: value roles do not make a file a plan file; maintenance roles do', async () => {
    const { report } = await scanTree(tree('terraform', {}))
    const related = [
      { file: 'terraform.tfvars', startLine: 3, role: 'plan-condition' },
      { file: 'env.auto.tfvars', startLine: 1, role: 'plan-value' },
      { file: 'variables.tf', startLine: 8, role: 'value' },
      { file: 'shared/window.tf', startLine: 2, role: 'maintenance-configuration' }
    ]
    const withRelated = { ...report, resources: report.resources.map(resource => ({ ...resource, related })) }
    expect([...planFilesOf(withRelated)].sort()).toEqual(['maintenance.tf', 'shared/window.tf'])
  })
})

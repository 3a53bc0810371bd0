/**
 * Pinned values (issue 13): a parameter without a value but constrained (Bicep `@allowed`, ARM `allowedValues`,
 * a Terraform `validation` whose condition is `contains([...], var.x)`)
 * is evaluated with every allowed value: one verdict for all is the verdict; otherwise the VM stays
 * `indeterminate` and says which allowed values decide. A Terraform `for_each` key that interpolates an unknown
 * value keeps the known `each.value`. Scanned through the CLI as of 2026-11-24.
 */
import { describe, expect, it } from '@jest/globals'
import { resolve } from 'node:path'
import { scanJson } from '../support/cli-scan.js'

const FIXTURES = resolve('__tests__/fixtures/pinned')

const scan = (folder: string) => scanJson(FIXTURES, folder)

const CASES = [
  {
    folder: 'bicep',
    names: ['vmss-desktops', 'vm-server'],
    desktops: 'main.bicep:26',
    server: 'main.bicep:48',
    sku: 'main.bicep:53',
    params: ['desktopPublisher', 'desktopOffer', 'desktopSku', 'serverSku'],
    missing: "parameter 'serverSku' has no default and no parameter file sets it"
  },
  {
    folder: 'arm',
    names: ['vmss-desktops', 'vm-server'],
    desktops: 'azuredeploy.json:33',
    server: 'azuredeploy.json:66',
    sku: 'azuredeploy.json:76',
    params: ['desktopPublisher', 'desktopOffer', 'desktopSku', 'serverSku'],
    missing: "parameter 'serverSku' has no default value and no parameter file sets it"
  },
  {
    // `validation { condition = contains([...], var.x) }`
    folder: 'terraform-validation',
    names: ['vm-desktop', 'vm-server'],
    desktops: 'main.tf:34',
    server: 'main.tf:56',
    sku: 'main.tf:73',
    params: ['desktop_publisher', 'desktop_offer', 'desktop_sku', 'server_sku'],
    missing: 'variable "server_sku" has no default and no tfvars value: it is set when Terraform runs'
  }
] as const

describe.each(CASES)('$folder', c => {
  it('gives the one verdict every allowed value gives, and names the allowed values that decide otherwise', async () => {
    const { code, report } = await scan(c.folder)
    expect(code).toBe(0)
    expect(report.resources.map(r => [r.name, `${r.file}:${r.startLine}`, r.verdict, r.reasons.at(-1)])).toEqual([
      [
        c.names[0],
        c.desktops,
        'not-affected',
        `image.publisher ('${c.params[0]}'), image.offer ('${c.params[1]}'), image.sku ('${c.params[2]}') are not known, but ` +
          'every allowed value gives this verdict'
      ],
      [
        c.names[1],
        c.server,
        'indeterminate',
        `the allowed values of image.sku ('${c.params[3]}') decide: "2025-datacenter-azure-edition" → ` +
          'affected-no-plan; "2022-datacenter-azure-edition" → not-affected'
      ]
    ])
    expect(report.findings.map(f => [f.ruleId, f.severity, f.message, `${f.file}:${f.startLine}`])).toEqual([
      [
        'indeterminate',
        'warning',
        `Could not tell whether VM 'vm-server' needs a reboot plan: image.sku at ${c.sku}: ${c.missing}; its allowed values ` +
          'decide: "2025-datacenter-azure-edition" → affected-no-plan; "2022-datacenter-azure-edition" → not-affected. ' +
          `Make these values resolvable (${c.sku.includes('.tf:') ? 'a literal, a variable default or a .tfvars file of the root module' : 'a literal, a parameter default or a parameter file'}), or exempt the resource with a reason.`,
        c.sku
      ]
    ])
  })
})

describe('terraform: a for_each key that interpolates an unknown value', () => {
  it('keeps the known each.value (the SKU decides), instance [?]', async () => {
    const { code, report } = await scan('terraform-for-each')
    expect(code).toBe(1)
    expect(report.resources.map(r => [r.name, r.verdict, r.reasons])).toEqual([
      [
        'azurerm_windows_virtual_machine.app["?"]',
        'affected-no-plan',
        [
          'image MicrosoftWindowsServer:WindowsServer:2025-datacenter-azure-edition is hotpatch-capable (Windows Server 2025 Datacenter: Azure Edition)',
          'enableHotpatching is true (main.tf:27)',
          'no maintenance configuration is assigned',
          'rebootSetting is not set on the VM (main.tf:17): with no IfRequired or Always written, nothing in the manifests says the platform reboots it (the compute API documents no default)'
        ]
      ],
      ['vm-fixed-02', 'not-affected', ['image MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition is not hotpatch-capable']]
    ])
    expect(report.findings.map(f => [f.ruleId, f.severity, `${f.file}:${f.startLine}`])).toEqual([['reboot-plan-required', 'error', 'main.tf:17']])
  })
})

describe('bicep: a parameter typed as a union of literals', () => {
  it('is pinned to those literals, as @allowed pins it', async () => {
    const { code, report } = await scan('bicep-union')
    expect(code).toBe(1)
    expect(report.resources.map(r => [r.name, `${r.file}:${r.startLine}`, r.verdict, r.reasons.at(-1)])).toEqual([
      ['vm-hotpatch', 'main.bicep:6', 'affected-no-plan', "image.sku ('hotpatchSku') is not known, but every allowed value gives this verdict"],
      [
        'vm-either',
        'main.bicep:26',
        'indeterminate',
        "the allowed values of image.sku ('anySku') decide: \"2025-datacenter-azure-edition\" → affected-no-plan; " +
          '"2022-datacenter-azure-edition" → not-affected'
      ]
    ])
    expect(report.findings.map(f => [f.ruleId, f.severity, `${f.file}:${f.startLine}`])).toEqual([
      ['reboot-plan-required', 'error', 'main.bicep:6'],
      ['indeterminate', 'warning', 'main.bicep:31']
    ])
  })
})

/**
 * A maintenance configuration's settings pinned the same way: the plan fields the verdict depends on are evaluated
 * with every allowed value (an array parameter: every list of them), as the VM's own fields are.
 */
const PLANS = [
  {
    folder: 'plans-arm',
    file: 'azuredeploy.json',
    lines: { never: 77, spellings: 147, either: 217, exclude: 288, classes: 355 },
    at: { never: 57, spellings: 127, either: 197, exclude: 273, classes: 340 },
    missing: (name: string) => `parameter '${name}' has no default value and no parameter file sets it`
  },
  {
    folder: 'plans-bicep',
    file: 'main.bicep',
    lines: { never: 38, spellings: 86, either: 134, exclude: 182, classes: 230 },
    at: { never: 32, spellings: 80, either: 128, exclude: 177, classes: 225 },
    missing: (name: string) => `parameter '${name}' has no default and no parameter file sets it`
  }
] as const

describe.each(PLANS)('$folder: a maintenance configuration setting pinned by allowed values', c => {
  it('gives the verdict every allowed value gives (reboot-blocked: an error), and names the values that decide otherwise', async () => {
    const { code, report } = await scan(c.folder)
    expect(code).toBe(1)
    const at = (line: number) => `${c.file}:${line}`
    const unverified = (name: string, line: number, field: string, parameter: string) => [
      `maintenance configuration 'mc-${name}' is assigned directly (assignment 'a-${name}'), but it cannot be verified ` +
        `(maintenanceConfiguration.${field}: ${c.missing(parameter)})`,
      `maintenanceConfiguration.${field} could not be resolved (${at(line)}): ${c.missing(parameter)}`
    ]
    const every = (field: string, parameter: string) => `maintenanceConfiguration.${field} ('${parameter}') is not known, but every allowed value gives this verdict`
    const classes =
      "the allowed values of maintenanceConfiguration.classificationsToInclude ('classes') decide: [] → affected-with-plan; " +
      '["Definition"] → affected-reboot-blocked; ["Critical"] → affected-reboot-blocked; ["Definition","Critical"] → affected-reboot-blocked'
    const either = 'the allowed values of maintenanceConfiguration.rebootSetting (\'rebootEither\') decide: "Never" → affected-reboot-blocked; "IfRequired" → affected-with-plan'
    expect(report.resources.map(r => [r.name, `${r.file}:${r.startLine}`, r.verdict, r.reasons.slice(2)])).toEqual([
      [
        'vm-never',
        at(c.lines.never),
        'affected-reboot-blocked',
        [
          "maintenance configuration 'mc-never' is assigned directly (assignment 'a-never'), but its rebootSetting is Never " +
            `('rebootNever: allowed values' default, ${at(c.at.never)})`,
          every('rebootSetting', 'rebootNever')
        ]
      ],
      // Never and NeverReboot each block reboots, in words of their own: the reasons are the ones as written.
      ['vm-never-spellings', at(c.lines.spellings), 'affected-reboot-blocked', [...unverified('never-spellings', c.at.spellings, 'rebootSetting', 'rebootNevers'), every('rebootSetting', 'rebootNevers')]],
      ['vm-either', at(c.lines.either), 'indeterminate', [...unverified('either', c.at.either, 'rebootSetting', 'rebootEither'), either]],
      [
        'vm-exclude',
        at(c.lines.exclude),
        'affected-reboot-blocked',
        [
          "maintenance configuration 'mc-exclude' is assigned directly (assignment 'a-exclude'), but it sets excludeKbsRequiringReboot " +
            `true ('excludeKbs: allowed values' default, ${at(c.at.exclude)})`,
          every('excludeKbsRequiringReboot', 'excludeKbs')
        ]
      ],
      // An empty list is allowed too: Update Manager's own choice of classifications, which is not judged.
      ['vm-classes', at(c.lines.classes), 'indeterminate', [...unverified('classes', c.at.classes, 'classificationsToInclude', 'classes'), classes]]
    ])
    expect(report.findings.map(f => [f.ruleId, f.severity, `${f.file}:${f.startLine}`])).toEqual([
      ['reboot-blocked', 'error', at(c.at.never)],
      ['reboot-blocked', 'error', at(c.at.spellings)],
      ['indeterminate', 'warning', at(c.at.either)],
      ['reboot-blocked', 'error', at(c.at.exclude)],
      ['indeterminate', 'warning', at(c.at.classes)]
    ])
    expect(report.findings[0]?.message).toBe(
      "VM 'vm-never' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but its maintenance configuration " +
        "'mc-never' does not allow reboots (rebootSetting Never), so updates that need a restart stay pending. Hotpatch machines " +
        'still restart for every baseline update (January, April, July, October); the next baseline is January 2027 (Patch ' +
        'Tuesday 2027-01-12). Set rebootSetting to IfRequired.'
    )
    expect(report.findings[2]?.message).toBe(
      "VM 'vm-either' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but its reboot plan could not be " +
        `verified: maintenanceConfiguration.rebootSetting at ${at(c.at.either)}: ${c.missing('rebootEither')}; its allowed values ` +
        'decide: "Never" → affected-reboot-blocked; "IfRequired" → affected-with-plan. Make these values resolvable (a literal, a ' +
        'parameter default or a parameter file), or exempt the resource with a reason.'
    )
  })
})

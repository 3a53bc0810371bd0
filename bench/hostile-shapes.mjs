// npm run bench:hostile: the evaluator-exhaustion shapes of issue 16, each beside a known affected VM,
// run through the bundled CLI (dist/cli.js), with time and peak RSS (from /usr/bin/time) and the outcome.
// Nothing here asserts time: __tests__/hostile/exhaustion.long.test.ts asserts the outcomes (exit code 1,
// the control VM's finding kept, no crash) through this same script.
//   node bench/hostile-shapes.mjs [--only REGEX] [--json] [--dist DIR] [--timeout SECONDS]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'

const IMAGE = { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' }
const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'

const armVm = (name, extra = {}) => ({
  type: 'Microsoft.Compute/virtualMachines',
  apiVersion: '2024-07-01',
  name,
  location: 'northeurope',
  ...extra,
  properties: {
    storageProfile: { imageReference: IMAGE },
    osProfile: { windowsConfiguration: { patchSettings: { patchMode: 'AutomaticByPlatform', enableHotpatching: true } } }
  }
})
const armTemplate = (resources, extra = {}) =>
  `${JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', ...extra, resources }, null, 2)}\n`

const tfVm = (label, meta = '', hotpatch = 'true') => `resource "azurerm_windows_virtual_machine" "${label}" {
${meta}  name                  = "vm-${label}"
  resource_group_name   = "rg-web"
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
  admin_username        = "azureadmin"
  admin_password        = "not-a-password"
  network_interface_ids = []
  patch_mode            = "AutomaticByPlatform"
  hotpatching_enabled   = ${hotpatch}
  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2025-datacenter-azure-edition"
    version   = "latest"
  }
}
`

const bicepVm = (name, loop = '') => `resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = ${loop}{
  name: ${name}
  location: 'westeurope'
  properties: {
    osProfile: { windowsConfiguration: { patchSettings: { patchMode: 'AutomaticByPlatform', enableHotpatching: true } } }
    storageProfile: { imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' } }
  }
}${loop === '' ? '' : ']'}
`

/** The VM every shape sits beside: its reboot-plan-required finding must survive whatever the shape does. */
export const CONTROL = { file: 'control/web.json', resource: 'vm-control', rule: 'reboot-plan-required' }
const control = { [CONTROL.file]: armTemplate([armVm('vm-control')]) }

/** Each shape: the files of a repository (beside the control VM) and what a fail-closed run reports. */
export const shapes = [
  {
    name: 'terraform module count 400 around resource count 400',
    files: () => ({
      'tf/main.tf': `module "fleet" {\n  source = "./fleet"\n  count  = 400\n}\n`,
      'tf/fleet/main.tf': tfVm('web', '  count = 400\n')
    })
  },
  {
    name: 'terraform module count 150 around resource count 1000',
    files: () => ({
      'tf/main.tf': `module "fleet" {\n  source = "./fleet"\n  count  = 150\n}\n`,
      'tf/fleet/main.tf': tfVm('web', '  count = 1000\n')
    })
  },
  {
    name: 'terraform count 1001, instance 1000 hotpatched',
    files: () => ({ 'tf/main.tf': tfVm('web', '  count = 1001\n', 'count.index == 1000') })
  },
  { name: 'terraform count 500', files: () => ({ 'tf/main.tf': tfVm('web', '  count = 500\n') }) },
  { name: 'terraform count 5000', files: () => ({ 'tf/main.tf': tfVm('web', '  count = 5000\n') }) },
  { name: 'terraform count 10000 (the default budget)', files: () => ({ 'tf/main.tf': tfVm('web', '  count = 10000\n') }) },
  {
    name: 'terraform for_each over 9000 keys',
    files: () => ({ 'tf/main.tf': tfVm('web', '  for_each = toset([for i in range(9000) : "k${i}"])\n') })
  },
  { name: 'terraform count 1e9', files: () => ({ 'tf/main.tf': tfVm('web', '  count = 1000000000\n') }) },
  {
    name: 'terraform four count 1e9 blocks',
    files: () => ({ 'tf/main.tf': ['a', 'b', 'c', 'd'].map(label => tfVm(label, '  count = 1000000000\n')).join('\n') })
  },
  {
    name: 'terraform count 1e9 before a hotpatched VM in the same module',
    files: () => ({ 'tf/main.tf': `${tfVm('big', '  count = 1000000000\n')}\n${tfVm('after')}` })
  },
  {
    name: 'terraform .tf over 16 MiB (a large comment)',
    files: () => ({ 'tf/main.tf': `${tfVm('web')}\n/*\n${'x'.repeat(80).concat('\n').repeat(17 * 13_108)}*/\n` })
  },
  {
    name: 'bicep module loop 400 over a 400-VM loop',
    files: () => ({
      'bicep/main.bicep': `module fleet 'fleet.bicep' = [for i in range(0, 400): {\n  name: 'fleet\${i}'\n}]\n`,
      'bicep/fleet.bicep': bicepVm("'vm-${i}'", '[for i in range(0, 400): ')
    })
  },
  {
    name: 'bicep module loop 400 over a 400-VM loop, then a hotpatched VM',
    files: () => ({
      'bicep/main.bicep':
        `module fleet 'fleet.bicep' = [for i in range(0, 400): {\n  name: 'fleet\${i}'\n}]\n` +
        bicepVm("'vm-after'").replace('resource vm ', 'resource after '),
      'bicep/fleet.bicep': bicepVm("'vm-${i}'", '[for i in range(0, 400): ')
    })
  },
  {
    name: 'bicep module loops 3 x 800 x 800 x 800',
    files: () => ({
      'bicep/main.bicep': `module a 'a.bicep' = [for i in range(0, 3): {\n  name: 'a\${i}'\n}]\n`,
      'bicep/a.bicep': `module b 'b.bicep' = [for i in range(0, 800): {\n  name: 'b\${i}'\n}]\n`,
      'bicep/b.bicep': `module c 'c.bicep' = [for i in range(0, 800): {\n  name: 'c\${i}'\n}]\n`,
      'bicep/c.bicep': bicepVm("'vm-${i}'", '[for i in range(0, 800): ')
    })
  },
  {
    name: 'bicep for-expression 800 x 800 x 800',
    files: () => ({
      'bicep/main.bicep':
        'var cube = [for i in range(0, 800): [for j in range(0, 800): [for k in range(0, 800): k]]]\n' +
        `${bicepVm("'vm-${length(cube)}'")}`
    })
  },
  {
    name: 'arm condition:false deployment with 400 x 400 copies before the VM',
    files: () => ({
      'arm/main.json': armTemplate([
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: "[concat('outer', copyIndex())]",
          condition: false,
          copy: { name: 'outer', count: 400 },
          properties: {
            mode: 'Incremental',
            expressionEvaluationOptions: { scope: 'inner' },
            template: {
              $schema: SCHEMA,
              contentVersion: '1.0.0.0',
              resources: [armVm("[concat('vm-inner', copyIndex())]", { copy: { name: 'inner', count: 400 } })]
            }
          }
        },
        armVm('vm-after')
      ])
    })
  },
  {
    name: 'arm nested variable copy 800 x 800 x range(0, 10000)',
    files: () => ({
      'arm/main.json': armTemplate([armVm("[concat('vm-', length(variables('cube')))]")], {
        variables: {
          copy: [
            {
              name: 'cube',
              count: 800,
              input: { copy: [{ name: 'row', count: 800, input: "[range(0, 10000)]" }] }
            }
          ]
        }
      })
    })
  },
  {
    name: 'arm multi-line string inside an expression',
    files: () => ({
      'arm/main.json': armTemplate([armVm('vm-x')]).replace('"vm-x"', '"[concat(\'vm-\',\n  \'multi\')]"')
    })
  }
]

/** Runs the CLI on one shape: exit code, seconds, peak RSS in MB, and what the report says. */
export function runShape(shape, { cli, timeoutSeconds = 120 }) {
  const base = mkdtempSync(join(tmpdir(), 'hrg-shape-'))
  try {
    for (const [path, text] of Object.entries({ ...control, ...shape.files() })) {
      mkdirSync(dirname(join(base, path)), { recursive: true })
      writeFileSync(join(base, path), text)
    }
    const stats = join(base, '.time')
    const run = spawnSync(
      '/usr/bin/time',
      ['-f', '%e %M', '-o', stats, process.execPath, '--max-old-space-size=2048', cli, 'scan', base, '--format', 'json', '--as-of', '2026-11-24'],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: timeoutSeconds * 1000, killSignal: 'SIGKILL' }
    )
    let seconds = NaN
    let peakMb = NaN
    try {
      const [elapsed, kb] = spawnSync('cat', [stats], { encoding: 'utf8' }).stdout.trim().split('\n').pop().split(' ')
      seconds = Number(elapsed)
      peakMb = Math.round(Number(kb) / 1024)
    } catch {
      // no stats: killed by the timeout
    }
    const timedOut = run.error !== undefined || run.signal !== null
    let report
    try {
      report = JSON.parse(run.stdout)
    } catch {
      report = undefined
    }
    const findings = report?.findings ?? []
    const controlKept = findings.some(f => f.resource === CONTROL.resource && f.ruleId === CONTROL.rule)
    const others = findings.filter(f => f.resource !== CONTROL.resource)
    const rules = [...new Set(others.map(f => `${f.ruleId}:${f.severity}`))].sort()
    // Every other finding as `rule severity file:line`, with how many there are of each (count = 500 gives 500).
    const lines = new Map()
    for (const f of others) {
      const line = `${f.ruleId} ${f.severity} ${f.file}:${f.startLine}`
      lines.set(line, (lines.get(line) ?? 0) + 1)
    }
    return {
      name: shape.name,
      exit: timedOut ? `timeout ${timeoutSeconds}s` : run.status,
      seconds: timedOut ? timeoutSeconds : seconds,
      peakMb,
      controlKept,
      vms: report?.resources?.length,
      rules,
      findings: Object.fromEntries([...lines].sort(([a], [b]) => (a < b ? -1 : 1))),
      errors: (report?.parseErrors ?? []).map(e => `${e.severity}: ${e.message}`.slice(0, 160)),
      stderr: report === undefined ? (run.stderr ?? '').trim().split('\n').slice(-2).join(' ').slice(0, 200) : ''
    }
  } finally {
    rmSync(base, { recursive: true, force: true })
  }
}

function describeOutcome(result) {
  if (typeof result.exit !== 'number') return result.exit
  if (result.exit > 1) return `crash (exit ${result.exit}) ${result.stderr}`
  const parts = [`exit ${result.exit}`, `${result.vms} resources`, result.controlKept ? 'control kept' : 'CONTROL LOST']
  if (result.rules.length > 0) parts.push(result.rules.join(' '))
  const first = result.errors.find(e => e.startsWith('error')) ?? result.errors[0]
  if (first !== undefined) parts.push(`(${first.slice(0, 110)})`)
  return parts.join(', ')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      only: { type: 'string', default: '.' },
      json: { type: 'boolean', default: false },
      dist: { type: 'string', default: 'dist' },
      timeout: { type: 'string', default: '120' }
    }
  })
  const cli = resolve(import.meta.dirname, '..', values.dist, 'cli.js')
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run bundle\` first`)
  const only = new RegExp(values.only)
  const results = []
  if (!values.json) console.log('| shape | time (s) | peak RSS (MB) | outcome |\n|---|---|---|---|')
  for (const shape of shapes.filter(s => only.test(s.name))) {
    const result = runShape(shape, { cli, timeoutSeconds: Number(values.timeout) })
    results.push(result)
    if (!values.json) console.log(`| ${result.name} | ${result.seconds} | ${result.peakMb} | ${describeOutcome(result)} |`)
  }
  if (values.json) console.log(JSON.stringify(results, null, 2))
}

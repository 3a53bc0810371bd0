/**
 * One realistic scan shared by the renderer tests: a Bicep file with a VM lacking a plan and one
 * with a plan, an ARM template evaluated with two parameter files, a Terraform Linux VM, a broken
 * template and a skipped Helm template.
 */
import {
  at,
  makeAssessment,
  makeAssignment,
  makeConfiguration,
  makeEvidence,
  makeFinding,
  makeScanResult,
  makeVm
} from './builders.js'

const BICEP_FIX = `resource webPatchWindow 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: 'mc-vm-web-01'
  location: location
  properties: {
    maintenanceScope: 'InGuestPatch'
    installPatches: { rebootSetting: 'IfRequired' }
  }
}
`

export const webVm = makeVm({ name: 'vm-web-01', file: 'infra/main.bicep', line: 12 })
export const plannedVm = makeVm({ name: 'vm-web-02', file: 'infra/main.bicep', line: 58 })
export const prodVm = makeVm({
  name: 'vm-app',
  file: 'infra/app.json',
  line: 31,
  format: 'arm',
  variant: 'app.prod.parameters.json',
  related: [{ file: 'infra/app.prod.parameters.json', startLine: 9, role: 'parameter-file' }]
})
export const devVm = makeVm({
  name: 'vm-app',
  file: 'infra/app.json',
  line: 31,
  format: 'arm',
  variant: 'app.dev.parameters.json',
  related: [{ file: 'infra/app.dev.parameters.json', startLine: 9, role: 'parameter-file' }]
})
export const batchVm = makeVm({ name: 'vm-batch', file: 'infra/main.bicep', line: 120 })
export const linuxVm = makeVm({ name: 'vm-linux', file: 'modules/linux/main.tf', line: 3, format: 'terraform' })

const weekly = makeConfiguration('mc-weekly', 'infra/main.bicep', 80)
const weeklyAssignment = makeAssignment('mca-vm-web-02', 'infra/main.bicep', 95, 'mc-weekly')
const neverAssignment = makeAssignment('mca-app', 'infra/app.json', 70, 'mc-never')

export const scenario = makeScanResult({
  files: [
    'infra/app.dev.parameters.json',
    'infra/app.json',
    'infra/app.prod.parameters.json',
    'infra/main.bicep',
    'modules/linux/main.tf'
  ],
  assessments: [
    makeAssessment(linuxVm, 'not-affected', { reasons: ['osType is Linux'] }),
    makeAssessment(prodVm, 'affected-reboot-blocked', {
      reasons: ['hotpatch enabled on 2025-datacenter-azure-edition', 'maintenance configuration mc-never never reboots'],
      evidence: [makeEvidence(neverAssignment, undefined, 'unverifiable', 'the configuration is not declared in the scanned files')]
    }),
    makeAssessment(devVm, 'affected-platform-reboot', {
      reasons: ['hotpatch enabled on 2025-datacenter-azure-edition', 'patchMode AutomaticByPlatform without a schedule']
    }),
    makeAssessment(webVm, 'affected-no-plan', {
      reasons: ['hotpatch enabled on 2025-datacenter-azure-edition', 'no maintenance assignment reaches the VM']
    }),
    makeAssessment(batchVm, 'indeterminate', {
      reasons: ["image.sku comes from parameter 'batchSku', which has no default and no parameter file"]
    }),
    makeAssessment(plannedVm, 'affected-with-plan', {
      reasons: ['hotpatch enabled on 2025-datacenter-azure-edition'],
      evidence: [makeEvidence(weeklyAssignment, weekly, 'valid', 'InGuestPatch, reboot IfRequired, weekly on Saturday')]
    })
  ],
  findings: [
    makeFinding(
      webVm,
      'reboot-plan-required',
      "VM 'vm-web-01' runs hotpatch on 2025-datacenter-azure-edition but no maintenance configuration allowing reboots is assigned to it. Baseline months (January, April, July, October) restart it.",
      { advisoryId: 'wsus-cve-2025-59287', fix: { snippet: { language: 'bicep', text: BICEP_FIX } } }
    ),
    makeFinding(prodVm, 'reboot-not-blocked', "Maintenance configuration 'mc-never' never reboots (rebootSetting Never).", {
      location: at('infra/app.prod.parameters.json', 14, 7),
      related: [{ file: 'infra/app.json', startLine: 70, role: 'assignment' }],
      fix: {
        replacement: { location: at('infra/app.prod.parameters.json', 14, 7), text: '      "value": "IfRequired"' }
      }
    }),
    makeFinding(devVm, 'platform-reboot-unscheduled', 'Reboots of vm-app are left to the platform.\nAssign a maintenance configuration to choose when.', {
      severity: 'warning',
      location: at('infra/app.json', 31, 5)
    }),
    makeFinding(batchVm, 'hotpatch-image-unresolved', "Cannot tell whether 'vm-batch' runs a hotpatch image.", {
      severity: 'warning',
      exemption: { reason: 'decommissioned in December', owner: '@platform-team', expires: '2026-01-31', source: '.github/hotpatch-reboot-gate.yml:4' }
    })
  ],
  parseErrors: [
    { file: 'infra/broken.json', line: 3, column: 7, message: "expected ',' or '}' after a property value", severity: 'error' },
    { file: 'charts/vm/templates/vm.yaml', line: 1, column: 1, message: 'Helm template: skipped', severity: 'notice', kind: 'file-skipped' }
  ]
})

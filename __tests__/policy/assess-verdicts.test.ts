/** Unit tests for src/policy/assess.ts and src/policy/verdict.ts: one case per verdict and per ordering rule. */
import { describe, expect, it } from '@jest/globals'
import {
  assignment,
  assignmentId,
  configuration,
  configurationId,
  configurationRef,
  lit,
  loc,
  model,
  unknownValue,
  unset,
  vm,
  withPlan
} from './builders.js'
import { assessFirst, DIRECT_VALID, HONOURED, HOTPATCH_TRUE, IMAGE_2025, summary } from './assess-helpers.js'

describe('verdicts', () => {
  it('affected-no-plan: a hotpatch VM with nothing assigned', () => {
    expect(summary(assessFirst(model()))).toEqual({
      verdict: 'affected-no-plan',
      affected: 'yes',
      reasons: [IMAGE_2025, HOTPATCH_TRUE, 'no maintenance configuration is assigned'],
      unresolved: []
    })
  })

  it('affected-with-plan: an honoured InGuestPatch window allows reboots', () => {
    const assessment = assessFirst(withPlan())
    expect(summary(assessment)).toEqual({
      verdict: 'affected-with-plan',
      affected: 'yes',
      reasons: [IMAGE_2025, HOTPATCH_TRUE, DIRECT_VALID, HONOURED],
      unresolved: []
    })
    expect(assessment.customerManagedSchedule).toBe(true)
    expect(assessment.advisory?.id).toBe('wsus-cve-2025-59287')
    const evidence = assessment.evidence.map(e => [e.via, e.status, e.configuration?.displayName])
    expect(evidence).toEqual([['direct', 'valid', 'patch-window']])
  })

  it('affected-reboot-blocked: the VM model says Never, which beats a valid window', () => {
    expect(summary(assessFirst(withPlan({ virtualMachines: [vm({ rebootSetting: lit('Never', 25) })] })))).toEqual({
      verdict: 'affected-reboot-blocked',
      affected: 'yes',
      reasons: [
        IMAGE_2025,
        HOTPATCH_TRUE,
        DIRECT_VALID,
        'rebootSetting is Never on the VM (infra/main.bicep:25), which takes precedence over maintenance configurations'
      ],
      unresolved: []
    })
  })

  it('affected-reboot-blocked: the only window says NeverReboot', () => {
    const blocked = withPlan({ maintenanceConfigurations: [configuration({ rebootSetting: lit('NeverReboot', 48) })] })
    expect(summary(assessFirst(blocked))).toEqual({
      verdict: 'affected-reboot-blocked',
      affected: 'yes',
      reasons: [
        IMAGE_2025,
        HOTPATCH_TRUE,
        "maintenance configuration 'patch-window' is assigned directly (assignment 'web-01-patch-window'), but its " +
          'rebootSetting is NeverReboot (infra/main.bicep:48)'
      ],
      unresolved: []
    })
  })

  it.each(['IfRequired', 'Always'])(
    'affected-reboot-blocked: the VM model says %s, the only window Never (precedence is applied to Never only)',
    setting => {
      const blocked = withPlan({
        virtualMachines: [vm({ rebootSetting: lit(setting, 25) })],
        maintenanceConfigurations: [configuration({ rebootSetting: lit('Never', 48) })]
      })
      expect(summary(assessFirst(blocked))).toEqual({
        verdict: 'affected-reboot-blocked',
        affected: 'yes',
        reasons: [
          IMAGE_2025,
          HOTPATCH_TRUE,
          "maintenance configuration 'patch-window' is assigned directly (assignment 'web-01-patch-window'), but its " +
            'rebootSetting is Never (infra/main.bicep:48)'
        ],
        unresolved: []
      })
    }
  )

  it('affected-platform-reboot: rebootSetting IfRequired without the bypass flag', () => {
    const platform = vm({ rebootSetting: lit('IfRequired', 25), bypassPlatformSafetyChecksOnUserSchedule: unset() })
    expect(summary(assessFirst(model({ virtualMachines: [platform] })))).toEqual({
      verdict: 'affected-platform-reboot',
      affected: 'yes',
      reasons: [
        IMAGE_2025,
        HOTPATCH_TRUE,
        'no maintenance configuration is assigned',
        'rebootSetting is IfRequired on the VM (infra/main.bicep:25): the platform reboots it when an update needs ' +
          'it, at a time Azure chooses'
      ],
      unresolved: []
    })
  })

  it('affected-no-plan: rebootSetting Always with the bypass flag on (the platform waits for a window)', () => {
    const always = model({ virtualMachines: [vm({ rebootSetting: lit('AlwaysReboot', 25) })] })
    expect(assessFirst(always).verdict).toBe('affected-no-plan')
  })

  it('affected-no-plan: a valid window that is not honoured, with reasons saying why', () => {
    const notHonoured = withPlan({ virtualMachines: [vm({ patchMode: lit('AutomaticByOS', 22) })] })
    expect(summary(assessFirst(notHonoured))).toEqual({
      verdict: 'affected-no-plan',
      affected: 'yes',
      reasons: [
        IMAGE_2025,
        HOTPATCH_TRUE,
        DIRECT_VALID,
        'the window is not honoured: patchMode is AutomaticByOS (infra/main.bicep:22)'
      ],
      unresolved: []
    })
  })

  it('indeterminate: the image SKU is unresolved', () => {
    const unknownSku = vm({ image: { sku: unknownValue(16, "parameter 'sku' has no value") } })
    expect(summary(assessFirst(model({ virtualMachines: [unknownSku] })))).toEqual({
      verdict: 'indeterminate',
      affected: 'unknown',
      reasons: [
        'image MicrosoftWindowsServer:WindowsServer:? may be hotpatch-capable',
        HOTPATCH_TRUE,
        'no maintenance configuration is assigned',
        "image.sku could not be resolved (infra/main.bicep:16): parameter 'sku' has no value"
      ],
      unresolved: ["image.sku @16: parameter 'sku' has no value"]
    })
  })

  it('affected-with-plan, when it may be affected and a valid plan applies anyway', () => {
    const unknownSku = vm({ image: { sku: unknownValue(16, "parameter 'sku' has no value") } })
    expect(summary(assessFirst(withPlan({ virtualMachines: [unknownSku] })))).toEqual({
      verdict: 'affected-with-plan',
      affected: 'unknown',
      reasons: [
        'image MicrosoftWindowsServer:WindowsServer:? may be hotpatch-capable',
        HOTPATCH_TRUE,
        DIRECT_VALID,
        'it may be affected, and a reboot plan applies either way',
        "image.sku could not be resolved (infra/main.bicep:16): parameter 'sku' has no value"
      ],
      unresolved: ["image.sku @16: parameter 'sku' has no value"]
    })
  })

  it('indeterminate: the VM rebootSetting is unresolved (it could be Never, which would win)', () => {
    const unknownReboot = vm({ rebootSetting: unknownValue(25, "parameter 'reboot' has no value") })
    expect(summary(assessFirst(withPlan({ virtualMachines: [unknownReboot] }))).unresolved).toEqual([
      "rebootSetting @25: parameter 'reboot' has no value"
    ])
  })

  it('indeterminate: an unverifiable candidate outranks a window that blocks reboots', () => {
    const mixed = model({
      maintenanceConfigurations: [
        configuration({ rebootSetting: lit('Never', 48) }),
        configuration({ identity: configurationId('other') })
      ],
      maintenanceAssignments: [
        assignment(),
        assignment(unknownValue(70, 'reference() is only known at deployment'), {
          identity: assignmentId('maybe'),
          configuration: configurationRef('other', 71)
        })
      ]
    })
    const assessment = assessFirst(mixed)
    expect(assessment.verdict).toBe('indeterminate')
    expect(assessment.evidence.map(e => e.status)).toEqual(['reboot-blocked', 'unverifiable'])
    expect(assessment.evidence[1]?.detail).toBe(
      "maintenance configuration 'other' may be assigned directly (assignment 'maybe'), but whether it applies " +
        'cannot be verified (maintenanceAssignment.target: reference() is only known at deployment)'
    )
  })

  it('not-affected: nothing about plans is reported for a VM that is not a hotpatch VM', () => {
    expect(summary(assessFirst(withPlan({ virtualMachines: [vm({ enableHotpatching: lit(false, 23) })] })))).toEqual({
      verdict: 'not-affected',
      affected: 'no',
      reasons: ['enableHotpatching is false (infra/main.bicep:23)', IMAGE_2025],
      unresolved: []
    })
  })
})

/** The default VM with `patch-window` assigned, the configuration changed as given. */
const withConfiguration = (overrides: Parameters<typeof configuration>[0]) =>
  withPlan({ maintenanceConfigurations: [configuration(overrides)] })

describe('reboot settings and configurations', () => {
  it.each([
    ['IfRequired', 'valid'],
    ['rebootifrequired', 'valid'],
    ['ALWAYS', 'valid'],
    ['AlwaysReboot', 'valid'],
    ['Never', 'reboot-blocked'],
    ['neverreboot', 'reboot-blocked'],
    ['Sometimes', 'unverifiable']
  ])('rebootSetting %s on the configuration is %s', (setting, status) => {
    const assessment = assessFirst(withConfiguration({ rebootSetting: lit(setting, 48) }))
    expect(assessment.evidence.map(e => e.status)).toEqual([status])
  })

  it('an unknown spelling names the value in the unresolved input', () => {
    const assessment = assessFirst(withConfiguration({ rebootSetting: lit('Sometimes', 48) }))
    expect(summary(assessment).unresolved).toEqual([
      "maintenanceConfiguration.rebootSetting @48: 'Sometimes' is not a reboot setting (IfRequired, Never or Always)"
    ])
  })

  it('an unset configuration rebootSetting reads as IfRequired (the API default)', () => {
    const assessment = assessFirst(withConfiguration({ rebootSetting: unset(40) }))
    expect(assessment.evidence.map(e => e.detail)).toEqual([
      "maintenance configuration 'patch-window' is assigned directly (assignment 'web-01-patch-window') and is an " +
        'InGuestPatch window that allows reboots (rebootSetting not set, IfRequired by default); next reboot ' +
        'window 2027-01-13 03:00 UTC, 1 day after the January 2027 baseline'
    ])
  })

  it('an assignment that is not deployed does not count', () => {
    const undeployed = withPlan({ maintenanceAssignments: [assignment(undefined, { deployed: lit(false, 59) })] })
    expect(summary(assessFirst(undeployed)).verdict).toBe('affected-no-plan')
  })

  it('an assignment target matched by symbol when the name is unknown', () => {
    const symbolOnly = { type: 'Microsoft.Compute/virtualMachines', name: undefined, symbol: 'infra/main.bicep#vm' }
    const bySymbol = assignment(lit(symbolOnly, 63))
    expect(assessFirst(withPlan({ maintenanceAssignments: [bySymbol] })).verdict).toBe('affected-with-plan')
  })

  it('an assignment target with an unknown name and no symbol is unverifiable', () => {
    const unnamed = assignment(lit({ type: 'Microsoft.Compute/virtualMachines', name: undefined }, 63))
    expect(summary(assessFirst(withPlan({ maintenanceAssignments: [unnamed] })))).toMatchObject({
      verdict: 'indeterminate',
      unresolved: [
        'maintenanceAssignment.target @63: the target resource is named by a value that could not be evaluated'
      ]
    })
  })

  it('an unnamed assignment target in an unrelated folder does not make the VM indeterminate', () => {
    const unnamed = { type: 'Microsoft.Compute/virtualMachines', name: undefined }
    const elsewhere = (file: string) => assignment(lit(unnamed, 63), { reportAt: loc(60, file) })
    const far = assessFirst(withPlan({ maintenanceAssignments: [elsewhere('quickstarts/maintenance/azuredeploy.json')] }))
    expect(summary(far)).toMatchObject({ verdict: 'affected-no-plan', unresolved: [] })
    const below = assessFirst(withPlan({ maintenanceAssignments: [elsewhere('infra/maintenance/assign.json')] }))
    expect(below.verdict).toBe('indeterminate')
  })

  it('a target of another type (a scale set of the same name) does not reach the VM', () => {
    const scaleSetTarget = assignment(lit({ type: 'Microsoft.Compute/virtualMachineScaleSets', name: 'web-01' }, 63))
    expect(assessFirst(withPlan({ maintenanceAssignments: [scaleSetTarget] })).evidence).toEqual([])
  })

  it('an expiry written as something other than a date is a window Azure rejects, not a plan', () => {
    const odd = assessFirst(withConfiguration({ window: { expirationDateTime: lit('next year', 45) } }))
    expect(summary(odd)).toMatchObject({ verdict: 'affected-no-plan', unresolved: [] })
    expect(odd.evidence.map(e => [e.status, e.detail])).toEqual([
      [
        'malformed-window',
        "maintenance configuration 'patch-window' is assigned directly (assignment 'web-01-patch-window'), but its " +
          "maintenance window is not valid, so Azure rejects it: expirationDateTime 'next year' is not a date and " +
          'time in yyyy-MM-dd HH:mm form (e.g. 2026-01-18 02:00)'
      ]
    ])
  })

  it('an expiry that cannot be evaluated is unverifiable', () => {
    const odd = withConfiguration({ window: { expirationDateTime: unknownValue(45, "parameter 'until' has no value") } })
    expect(summary(assessFirst(odd))).toMatchObject({
      verdict: 'indeterminate',
      unresolved: ["maintenanceConfiguration.window.expirationDateTime @45: parameter 'until' has no value"]
    })
  })
})

/**
 * An assignment whose reference may name several declared configurations, none preferred by its condition
 * (src/policy/plan-configuration.ts): two folders' templates that each declare `mc-windows` in the group their
 * deployment is run against, or one template deployed with two parameter files, for a resource ID into
 * `rg-maint`. The plan is judged against every one of them, so the verdict never depends on their order: one
 * outcome stands, a disagreement is `indeterminate` naming them, and windows none of which reboots keep the VM's
 * error. Asserted on `evaluatePolicy` (the first VM's assessment) and `collectPlanEvidence` with models built here.
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment, MaintenanceConfiguration, ResourceIdentity } from '../../src/model/resources.js'
import { collectPlanEvidence } from '../../src/policy/plans.js'
import { assessFirst, HONOURED, HOTPATCH_TRUE, IMAGE_2025, summary } from './assess-helpers.js'
import { assignment, configuration, dynamicScope, lit, loc, model, unknownValue, vm } from './builders.js'

const ID: ResourceIdentity = {
  type: 'Microsoft.Maintenance/maintenanceConfigurations',
  name: 'mc-windows',
  resourceGroup: 'rg-maint',
  subscription: '00000000-0000-0000-0000-000000000000'
}
const APP = lit({ kind: 'template-deployment' as const, key: 'azure-deployment:infra' }, 1)

/** `mc-windows` declared at line 2 of `file`, in that folder's template deployment (the group it is run against). */
function declared(file: string, settings: Parameters<typeof configuration>[0] = {}, variant = ''): MaintenanceConfiguration {
  const folder = file.slice(0, file.lastIndexOf('/'))
  return configuration({
    identity: { type: ID.type, name: 'mc-windows', symbol: `${file}#mc` },
    displayName: 'mc-windows',
    reportAt: loc(2, file),
    declaredAt: loc(2, file),
    variant,
    unit: lit({ kind: 'template-deployment' as const, key: `azure-deployment:${folder}` }, 2, file),
    ...settings
  })
}

const DEV = 'maintenance/dev/main.bicep'
const PROD = 'maintenance/prod/main.bicep'
const reboots = (file: string, setting = 'IfRequired') => declared(file, { rebootSetting: lit(setting, 15, file) })
const blocks = (file: string) => declared(file, { rebootSetting: lit('NeverReboot', 15, file) })

/** The default assignment, of the infra deployment, naming `mc-windows` by its resource ID. */
const byId = (base: MaintenanceAssignment = assignment()): MaintenanceAssignment => ({
  ...base,
  unit: APP,
  configuration: { target: lit(ID, 64) }
})

const scanned = (configurations: readonly MaintenanceConfiguration[], assignments = [byId()]) =>
  model({ virtualMachines: [vm({ unit: APP })], maintenanceConfigurations: configurations, maintenanceAssignments: assignments })

const TIED = (candidates: string) =>
  `it names 'rg-maint/mc-windows', which may be any of 2 declared configurations that differ: ${candidates}; the ` +
  'deployment decides which one it names'
/** The reason assess.ts adds for the unresolved input. */
const OPEN = (reason: string) => `maintenanceAssignment.configuration could not be resolved (infra/main.bicep:64): ${reason}`
const UNVERIFIED = (reason: string) =>
  `assignment 'web-01-patch-window' targets it directly, but its maintenance configuration cannot be verified (${reason})`
const VALID =
  "maintenance configuration 'mc-windows' is assigned directly (assignment 'web-01-patch-window') and is an InGuestPatch " +
  'window that allows reboots (rebootSetting IfRequired); next reboot window 2027-01-13 03:00 UTC, 1 day after the ' +
  'January 2027 baseline'

describe('two folders each declaring the configuration a resource ID names, in the group their deployment is run against', () => {
  it('one reboots and one blocks reboots: indeterminate, naming both, whichever comes first', () => {
    const devFirst = TIED(`${DEV}:2 (valid), ${PROD}:2 (reboot-blocked)`)
    expect(summary(assessFirst(scanned([reboots(DEV), blocks(PROD)])))).toEqual({
      verdict: 'indeterminate',
      affected: 'yes',
      reasons: [IMAGE_2025, HOTPATCH_TRUE, UNVERIFIED(devFirst), OPEN(devFirst)],
      unresolved: [`maintenanceAssignment.configuration @64: ${devFirst}`]
    })
    const prodFirst = TIED(`${PROD}:2 (reboot-blocked), ${DEV}:2 (valid)`)
    expect(summary(assessFirst(scanned([blocks(PROD), reboots(DEV)])))).toEqual({
      verdict: 'indeterminate',
      affected: 'yes',
      reasons: [IMAGE_2025, HOTPATCH_TRUE, UNVERIFIED(prodFirst), OPEN(prodFirst)],
      unresolved: [`maintenanceAssignment.configuration @64: ${prodFirst}`]
    })
  })

  it('many folders: the reason names the first of each outcome and the first others, five in all, and counts the rest', () => {
    const files = Array.from({ length: 8 }, (_, i) => `maintenance/env${i}/main.bicep`)
    const configurations = files.map((file, i) => (i === 6 ? blocks(file) : reboots(file)))
    const [unresolved] = summary(assessFirst(scanned(configurations))).unresolved
    expect(unresolved).toBe(
      `maintenanceAssignment.configuration @64: it names 'rg-maint/mc-windows', which may be any of 8 declared ` +
        `configurations that differ: ${[0, 1, 2, 3].map(i => `${files[i]}:2 (valid)`).join(', ')}, ${files[6]}:2 ` +
        '(reboot-blocked) and 3 more; the deployment decides which one it names'
    )
  })

  it('both reboot (IfRequired, Always): the plan stands, in the first one’s words', () => {
    expect(summary(assessFirst(scanned([reboots(DEV), reboots(PROD, 'Always')])))).toEqual({
      verdict: 'affected-with-plan',
      affected: 'yes',
      reasons: [IMAGE_2025, HOTPATCH_TRUE, VALID, HONOURED],
      unresolved: []
    })
  })

  it('neither reboots in time (one blocks reboots, one has expired): reboots blocked whichever comes first, naming both', () => {
    const expired = (file: string) => declared(file, { window: { expirationDateTime: lit('2026-01-01', 45, file) } })
    const detail = (candidates: string) =>
      "maintenance configuration 'mc-windows' is assigned directly (assignment 'web-01-patch-window'), but its " +
      `rebootSetting is NeverReboot (${PROD}:15); it names 'rg-maint/mc-windows', which may be any of 2 declared ` +
      `configurations (${candidates}), none a window that reboots it in time`
    expect(summary(assessFirst(scanned([expired(DEV), blocks(PROD)])))).toEqual({
      verdict: 'affected-reboot-blocked',
      affected: 'yes',
      reasons: [IMAGE_2025, HOTPATCH_TRUE, detail(`${DEV}:2 (expired), ${PROD}:2 (reboot-blocked)`)],
      unresolved: []
    })
    expect(summary(assessFirst(scanned([blocks(PROD), expired(DEV)])))).toEqual({
      verdict: 'affected-reboot-blocked',
      affected: 'yes',
      reasons: [IMAGE_2025, HOTPATCH_TRUE, detail(`${PROD}:2 (reboot-blocked), ${DEV}:2 (expired)`)],
      unresolved: []
    })
  })

  it('one of them removed by its condition: the one deployed, as before', () => {
    const removed = { ...blocks(PROD), deployed: lit(false, 2, PROD) }
    expect(summary(assessFirst(scanned([removed, reboots(DEV)]))).verdict).toBe('affected-with-plan')
  })
})

describe('one template deployed with two parameter files (two instances of one declaration)', () => {
  const FILE = 'maintenance/main.bicep'
  const instance = (setting: string, parameters: string) =>
    declared(FILE, { rebootSetting: { ...lit(setting, 16, FILE), origin: 'parameter-file' } }, parameters)

  it('that differ: indeterminate, the instances told apart by their parameter files', () => {
    const reason = TIED(`${FILE}:2 [main.dev.bicepparam] (valid), ${FILE}:2 [main.prod.bicepparam] (reboot-blocked)`)
    const assessed = assessFirst(scanned([instance('IfRequired', 'main.dev.bicepparam'), instance('NeverReboot', 'main.prod.bicepparam')]))
    expect(summary(assessed)).toEqual({
      verdict: 'indeterminate',
      affected: 'yes',
      reasons: [IMAGE_2025, HOTPATCH_TRUE, UNVERIFIED(reason), OPEN(reason)],
      unresolved: [`maintenanceAssignment.configuration @64: ${reason}`]
    })
  })
})

describe('the same tie through the other paths to a configuration', () => {
  it('a dynamic scope selecting the VM', () => {
    const reason = TIED(`${DEV}:2 (valid), ${PROD}:2 (reboot-blocked)`)
    const scope = byId(dynamicScope({}, 'all-windows'))
    expect(summary(assessFirst(scanned([reboots(DEV), blocks(PROD)], [scope])))).toEqual({
      verdict: 'indeterminate',
      affected: 'yes',
      reasons: [
        IMAGE_2025,
        HOTPATCH_TRUE,
        `assignment 'all-windows' selects it by dynamic scope, but its maintenance configuration cannot be verified (${reason})`,
        OPEN(reason)
      ],
      unresolved: [`maintenanceAssignment.configuration @64: ${reason}`]
    })
  })

  it('an assignment whose own condition could not be evaluated', () => {
    const reason = TIED(`${DEV}:2 (valid), ${PROD}:2 (reboot-blocked)`)
    const maybe = byId({ ...assignment(), deployed: unknownValue(61, "parameter 'deployPlan' has no value") })
    const models = scanned([reboots(DEV), blocks(PROD)], [maybe])
    const { evidence, unresolved } = collectPlanEvidence(models.virtualMachines[0] as ReturnType<typeof vm>, models, new Date('2026-11-24T00:00:00Z'))
    const whether =
      "whether assignment 'web-01-patch-window' is deployed could not be evaluated (condition at infra/main.bicep:61: " +
      "parameter 'deployPlan' has no value)"
    expect(evidence.map(e => [e.status, e.detail])).toEqual([
      [
        'unverifiable',
        `assignment 'web-01-patch-window' targets it directly, but ${whether}, and its maintenance configuration cannot be verified (${reason})`
      ]
    ])
    expect(unresolved.map(u => `${u.field} @${u.location.line}: ${u.reason}`)).toEqual([
      `maintenanceAssignment.deployed @61: ${whether}`,
      `maintenanceAssignment.configuration @64: ${reason}`
    ])
  })
})

/**
 * Hand-made scan results for the report tests: model objects as the readers and the policy would
 * produce them, with only the fields a test cares about spelled out.
 */
import type {
  MaintenanceAssignment,
  MaintenanceConfiguration,
  ManifestFormat,
  ParseError,
  RelatedLocation,
  VirtualMachine
} from '../../src/model/resources.js'
import { known, type SourceLocation, type Sourced } from '../../src/model/source.js'
import type { Advisory } from '../../src/policy/advisory.js'
import { resourceSubject } from '../../src/policy/subject.js'
import type { Assessment, Finding, PlanEvidence, RuleMeta, Verdict } from '../../src/policy/types.js'
import type { ScanResult } from '../../src/scan.js'

export const at = (file: string, line: number, column = 1): SourceLocation => ({ file, line, column })

const unset = <T>(location: SourceLocation): Sourced<T> => ({ value: undefined, origin: 'absent', location })

export interface VmSpec {
  readonly name: string
  readonly file: string
  readonly line: number
  readonly format?: ManifestFormat
  readonly type?: string
  readonly variant?: string
  readonly resourceGroup?: string
  readonly related?: readonly RelatedLocation[]
}

export function makeVm(spec: VmSpec): VirtualMachine {
  const where = at(spec.file, spec.line, 5)
  return {
    kind: spec.type?.endsWith('ScaleSets') ? 'scale-set' : 'virtual-machine',
    format: spec.format ?? 'bicep',
    identity: {
      type: spec.type ?? 'Microsoft.Compute/virtualMachines',
      name: spec.name,
      ...(spec.resourceGroup !== undefined && { resourceGroup: spec.resourceGroup })
    },
    displayName: spec.name,
    reportAt: where,
    declaredAt: where,
    related: spec.related ?? [],
    variant: spec.variant ?? '',
    deployed: known(true, where),
    canHotpatch: true,
    orchestrationMode: unset(where),
    osType: known('Windows', where),
    image: {
      publisher: known('MicrosoftWindowsServer', where),
      offer: known('WindowsServer', where),
      sku: known('2025-datacenter-azure-edition', where),
      version: known('latest', where),
      customImageId: unset(where)
    },
    location: known('westeurope', where),
    tags: known({}, where),
    patchMode: known('AutomaticByPlatform', where),
    enableHotpatching: known(true, where),
    rebootSetting: unset(where),
    bypassPlatformSafetyChecksOnUserSchedule: known(true, where)
  }
}

export function makeConfiguration(name: string, file: string, line: number): MaintenanceConfiguration {
  const where = at(file, line, 5)
  return {
    kind: 'maintenance-configuration',
    format: 'bicep',
    identity: { type: 'Microsoft.Maintenance/maintenanceConfigurations', name },
    displayName: name,
    reportAt: where,
    declaredAt: where,
    related: [],
    variant: '',
    deployed: known(true, where),
    maintenanceScope: known('InGuestPatch', where),
    window: {
      startDateTime: known('2025-11-01 00:00', where),
      expirationDateTime: unset(where),
      duration: known('03:00', where),
      timeZone: known('UTC', where),
      recurEvery: known('Week Saturday', where)
    },
    rebootSetting: known('IfRequired', where),
    excludeKbsRequiringReboot: unset(where),
    classificationsToInclude: unset(where),
    kbNumbersToInclude: unset(where)
  }
}

export function makeAssignment(name: string, file: string, line: number, configuration: string): MaintenanceAssignment {
  const where = at(file, line, 5)
  return {
    kind: 'maintenance-assignment',
    format: 'bicep',
    identity: { type: 'Microsoft.Maintenance/configurationAssignments', name },
    displayName: name,
    reportAt: where,
    declaredAt: where,
    related: [],
    variant: '',
    deployed: known(true, where),
    configuration: {
      target: known({ type: 'Microsoft.Maintenance/maintenanceConfigurations', name: configuration }, where)
    }
  }
}

export function makeEvidence(
  assignment: MaintenanceAssignment,
  configuration: MaintenanceConfiguration | undefined,
  status: PlanEvidence['status'],
  detail: string,
  via: PlanEvidence['via'] = 'direct'
): PlanEvidence {
  return { assignment, configuration, via, status, detail }
}

export const ADVISORY: Advisory = {
  id: 'wsus-cve-2025-59287',
  title: 'WSUS remote code execution (CVE-2025-59287) and the hotpatch baseline calendar',
  cves: ['CVE-2025-59287'],
  summary: 'Critical WSUS flaw; its out-of-band fixes restart the machine.',
  disruption: { start: '2025-10-23', end: '2026-01-13', description: 'Monthly reboots until the January baseline.' },
  families: [],
  hotpatchImages: [],
  baselineMonths: [1, 4, 7, 10],
  sources: [
    { title: 'CVE-2025-59287', url: 'https://msrc.microsoft.com/update-guide/vulnerability/CVE-2025-59287' },
    { title: 'Hotpatch', url: 'https://learn.microsoft.com/windows-server/get-started/hotpatch' }
  ]
}

export function makeAssessment(
  vm: VirtualMachine,
  verdict: Verdict,
  extra: Partial<Pick<Assessment, 'reasons' | 'evidence'>> = {}
): Assessment {
  const affected = verdict === 'not-affected' ? 'no' : verdict === 'indeterminate' ? 'unknown' : 'yes'
  return {
    vm,
    verdict,
    reasons: extra.reasons ?? [],
    affected,
    advisory: affected === 'yes' ? ADVISORY : undefined,
    evidence: extra.evidence ?? [],
    customerManagedSchedule: true,
    unresolved: []
  }
}

export const DOCS = 'https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules'

export function makeFinding(
  vm: VirtualMachine,
  ruleId: string,
  message: string,
  extra: Partial<Omit<Finding, 'ruleId' | 'message' | 'resource'>> = {}
): Finding {
  return {
    ruleId,
    severity: 'error',
    message,
    location: vm.reportAt,
    resource: vm.displayName,
    fingerprint: `${ruleId}/${vm.identity.name ?? '?'}${vm.variant === '' ? '' : `@${vm.variant}`}`,
    docsUrl: `${DOCS}/${ruleId}.md`,
    related: [],
    ...extra,
    // The policy names every finding's subject; a test gives another one to link elsewhere.
    subject: extra.subject ?? resourceSubject(vm)
  }
}

export function makeScanResult(parts: {
  readonly assessments?: readonly Assessment[]
  readonly findings?: readonly Finding[]
  readonly parseErrors?: readonly ParseError[]
  readonly files?: readonly string[]
}): ScanResult {
  const assessments = parts.assessments ?? []
  return {
    root: '/work/repo',
    model: {
      virtualMachines: assessments.map(a => a.vm),
      maintenanceConfigurations: [],
      maintenanceAssignments: [],
      parseErrors: parts.parseErrors ?? [],
      files: parts.files ?? [],
      inlineExemptions: []
    },
    assessments,
    findings: parts.findings ?? []
  }
}

export const RULES: readonly RuleMeta[] = [
  {
    id: 'reboot-plan-required',
    severity: 'error',
    description:
      'A hotpatch VM needs a maintenance configuration that allows reboots. Baseline months and out-of-band fixes restart it.',
    docsUrl: `${DOCS}/reboot-plan-required.md`,
    messages: { missing: "VM '{{name}}' has no reboot plan." }
  },
  {
    id: 'reboot-not-blocked',
    severity: 'error',
    description: 'The maintenance configuration of a hotpatch VM must not block reboots.',
    docsUrl: `${DOCS}/reboot-not-blocked.md`,
    messages: { never: "Configuration '{{name}}' never reboots." }
  },
  {
    id: 'platform-reboot-unscheduled',
    severity: 'warning',
    description: 'Reboots of a hotpatch VM are left to the platform.',
    docsUrl: `${DOCS}/platform-reboot-unscheduled.md`,
    messages: { platform: 'Reboots are left to the platform.' }
  }
]

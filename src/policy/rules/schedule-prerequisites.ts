/**
 * @fileoverview A maintenance window only runs on a VM set up for Customer Managed Schedules: patchMode
 * AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule true (Azure Update Manager prerequisites).
 * Without them the schedule fails its prerequisite check, or the platform patches the VM on its own timetable.
 * An Arc-enabled server needs neither (docs/arc.md); only a patch mode written other than AutomaticByPlatform
 * is reported for it.
 */
import type { VirtualMachine } from '../../model/resources.js'
import { asoComputeApi, inGuestPatchPlans, docsUrlFor, hotpatchData, NOT_APPLICABLE, PASS } from '../rule-support.js'
import { checkCustomerManagedSchedule, SCHEDULE_REMEDIES as REMEDIES } from '../schedule.js'
import type { RuleModule } from '../types.js'

const ID = 'schedule-prerequisites'

/** Names the machine's own compute API (asoComputeApi): a v1api20201201 object speaks 2020-12-01, not 2022-03-01. */
const asoRemedy = (vm: VirtualMachine): string =>
  `Azure Service Operator cannot set bypassPlatformSafetyChecksOnUserSchedule (${asoComputeApi(vm, 'commas')} has no such ` +
  'property): set it outside ASO (the built-in Azure Policy "Set prerequisite for Scheduling recurring updates on ' +
  'Azure virtual machines") and exempt this finding, or manage the VM where the flag can be set (ARM, Bicep, ' +
  'Terraform or Crossplane).'

//------------------------------------------------------------------------------
// Rule Definition
//------------------------------------------------------------------------------

export const rule: RuleModule = {
  meta: {
    id: ID,
    severity: 'error',
    description:
      'A hotpatch VM with a maintenance window must use Customer Managed Schedules (patchMode AutomaticByPlatform ' +
      'and bypassPlatformSafetyChecksOnUserSchedule true).',
    docsUrl: docsUrlFor(ID),
    messages: {
      notCustomerManaged:
        "{{subject}} is assigned maintenance configuration '{{configuration}}', but the window will not be " +
        'honoured: {{problems}}. Azure Update Manager runs windows only on machines set up for Customer Managed ' +
        'Schedules (patchMode AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule true); otherwise ' +
        'the schedule fails its prerequisite check and the {{noun}} is patched outside the window. {{remedy}}',
      arcPatchMode:
        "{{subject}} is assigned maintenance configuration '{{configuration}}', but the window may not be " +
        'honoured: {{problems}}. Azure Update Manager needs no Customer Managed Schedules setting of an Arc-enabled ' +
        'server, but with this patch mode Windows Update installs updates and restarts the machine on its own ' +
        'timetable, outside the window. {{remedy}}'
    }
  },

  check(context) {
    const { assessment } = context
    const plan = inGuestPatchPlans(assessment)[0]
    // A VM that may not be affected is reported by indeterminate; this error is for known hotpatch VMs.
    if (assessment.affected !== 'yes' || plan === undefined) return NOT_APPLICABLE
    const schedule = checkCustomerManagedSchedule(assessment.vm)
    if (schedule.state === 'yes') return PASS
    if (schedule.state === 'unknown') return NOT_APPLICABLE
    // Azure Service Operator's compute API has no bypass flag: that remedy is elsewhere (asoRemedy); patchMode it sets.
    const aso = assessment.vm.azureServiceOperator !== undefined
    const remedies = schedule.problems.map(problem =>
      aso && problem.setting === 'bypassPlatformSafetyChecksOnUserSchedule' ? asoRemedy(assessment.vm) : REMEDIES[problem.notSent ? 'notSent' : problem.setting]
    )
    const data = {
      ...hotpatchData(context),
      configuration: plan.configuration?.displayName ?? plan.assignment.displayName,
      problems: schedule.problems.map(problem => problem.text).join('; '),
      remedy: remedies.join(' ')
    }
    const written = schedule.problems.find(problem => problem.written)
    const location = written?.location ?? assessment.vm.reportAt
    const arc = assessment.vm.kind === 'arc-machine'
    return { outcome: 'fail', reports: [{ messageId: arc ? 'arcPatchMode' : 'notCustomerManaged', data, location }] }
  }
}

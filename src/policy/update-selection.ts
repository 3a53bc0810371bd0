import type { MaintenanceConfiguration } from '../model/resources.js'
import { isKnown } from '../model/source.js'
import { describeOrigin, unresolvedInput } from './describe.js'
import type { UnresolvedInput } from './types.js'

/**
 * Which Windows updates a maintenance configuration's run installs, as far as the baselines are concerned:
 * - `may-install-baseline`: it lists Security, or neither classifications nor KBs (Update Manager's own choice);
 * - `other-classifications`: only classifications that hold no baseline (a daily Definition window, Critical);
 * - `listed-kbs`: the KBs it names, beside no classification or only ones that hold no baseline;
 * - `unresolved`: a list the answer depends on could not be evaluated.
 */
export type UpdateSelection =
  | { readonly kind: 'may-install-baseline' }
  | { readonly kind: 'other-classifications'; readonly classifications: readonly string[] }
  | { readonly kind: 'listed-kbs'; readonly kbs: readonly string[]; readonly classifications: readonly string[] }
  | { readonly kind: 'unresolved'; readonly unresolved: UnresolvedInput }

/**
 * Classifications whose updates include a baseline's cumulative update: the monthly and baseline cumulative
 * updates are released as Security updates. Critical is not one: "a widely released fix for a specific problem
 * that addresses a critical, non-security-related bug" (Microsoft KB 824684), so a Critical-only window never
 * installs a baseline.
 */
const BASELINE_CLASSIFICATIONS = ['security']

const FIELD = 'maintenanceConfiguration'

/**
 * The selection of one configuration's `windowsParameters`. An empty classification list is the same as an
 * unwritten one, and with none selected Update Manager installs every classification only when no KB is
 * listed; with KBs listed it installs those KBs alone. The source of the patch extensions' selection is
 * published for Linux only: it reads a missing list as none selected (`[] if ... is None`) and "Returns true
 * if all classifications were individually selected *OR* (nothing was selected AND no inclusion list is
 * present) -- business logic" (Azure/LinuxPatchExtension, PackageFilter.py `is_msft_all_classification_included`);
 * Azure Automation's Windows update deployments said the same (to install one update, clear every
 * classification and include its KB). A listed KB is released already, and the baselines and monthly
 * cumulative updates to come get KB numbers of their own, so a window of listed KBs (beside no classification,
 * or only ones without a baseline) never installs them nor reboots for them, whichever KBs it lists: the
 * current baseline's, or KB5070881 itself.
 */
export function updateSelection({ classificationsToInclude: classifications, kbNumbersToInclude: kbs }: MaintenanceConfiguration): UpdateSelection {
  if (classifications.origin === 'unresolved') {
    return { kind: 'unresolved', unresolved: unresolvedInput(`${FIELD}.classificationsToInclude`, classifications) }
  }
  const listed = isKnown(classifications) ? classifications.value : []
  if (listed.some(name => BASELINE_CLASSIFICATIONS.includes(name.toLowerCase()))) return { kind: 'may-install-baseline' }
  if (kbs.origin === 'unresolved') return { kind: 'unresolved', unresolved: unresolvedInput(`${FIELD}.kbNumbersToInclude`, kbs) }
  if (isKnown(kbs) && kbs.value.length > 0) return { kind: 'listed-kbs', kbs: kbs.value, classifications: listed }
  return listed.length === 0 ? { kind: 'may-install-baseline' } : { kind: 'other-classifications', classifications: listed }
}

/** Why a selection that misses the baselines is no reboot plan, for the configuration's status detail. */
export function describeMissedBaselines(configuration: MaintenanceConfiguration, selection: UpdateSelection): string | undefined {
  const { classificationsToInclude: classifications, kbNumbersToInclude: kbs } = configuration
  switch (selection.kind) {
    case 'other-classifications':
      return `it installs only ${selection.classifications.join(', ')} updates (${describeOrigin(classifications)}), never a baseline's Security update`
    case 'listed-kbs': {
      const others =
        selection.classifications.length === 0 ? 'no update classification' : `only ${selection.classifications.join(', ')} updates (${describeOrigin(classifications)})`
      return (
        `it installs only the KBs it lists (${selection.kbs.join(', ')}, ${describeOrigin(kbs)}) and ${others}: ` +
        "a later baseline's or monthly update's KB is in no fixed list, so it never installs one nor reboots for it"
      )
    }
    default:
      return undefined
  }
}

/** `KB5070893` / `Definition updates and KB5070881`: what a window of listed KBs installs, for a finding. */
export const describeListedKbs = (selection: Extract<UpdateSelection, { kind: 'listed-kbs' }>): string =>
  selection.classifications.length === 0
    ? `the KBs it lists (${selection.kbs.join(', ')})`
    : `${selection.classifications.join(', ')} updates and the KBs it lists (${selection.kbs.join(', ')})`

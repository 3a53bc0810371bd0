import type { VirtualMachine } from '../../model/resources.js'
import { formatDay, patchTuesday } from '../baseline.js'
import { checkCustomerManagedSchedule } from '../schedule.js'

/** The suggested maintenance window: monthly, the day after Patch Tuesday, from the first such day on or after asOf. */
export interface RebootWindow {
  /** `YYYY-MM-DD hh:mm`, the Maintenance API's format. */
  readonly startDateTime: string
  /** The longest InGuestPatch window. */
  readonly duration: string
  readonly timeZone: string
  readonly recurEvery: string
}

/**
 * The Azure names of a VM's suggested configuration and assignment. Each VM gets its own, as every
 * symbol of its fix is its own: two fixes applied to one file never declare the same thing twice.
 */
export const windowNameOf = (vmName: string): string => `${vmName}-reboot-window`

const DAY = 86_400_000

export function rebootWindow(asOf: Date): RebootWindow {
  // One evaluation date per scan: every fix of it shares one window (and what is written from it once).
  const at = asOf.getTime()
  if (lastWindow?.at !== at) lastWindow = { at, window: windowFrom(asOf) }
  return lastWindow.window
}

let lastWindow: { readonly at: number; readonly window: RebootWindow } | undefined

function windowFrom(asOf: Date): RebootWindow {
  const today = Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate())
  let start = patchTuesday(asOf.getUTCFullYear(), asOf.getUTCMonth() + 1).getTime() + DAY
  if (start < today) {
    const next = new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() + 1, 1))
    start = patchTuesday(next.getUTCFullYear(), next.getUTCMonth() + 1).getTime() + DAY
  }
  return {
    startDateTime: `${formatDay(new Date(start))} 03:00`,
    duration: '03:55',
    timeZone: 'UTC',
    recurEvery: 'Month Second Tuesday Offset1'
  }
}

/**
 * The machines a reboot window can be assigned to, and so the only ones a fix snippet is written for: VMs and Arc
 * machines. A scale set takes no InGuestPatch window (scale-set-plans.ts), so its findings carry no snippet.
 */
export type WindowedMachine = VirtualMachine & { readonly kind: Exclude<VirtualMachine['kind'], 'scale-set'> }

export const takesRebootWindow = (vm: VirtualMachine): vm is WindowedMachine => vm.kind !== 'scale-set'

/**
 * The few facts of a VM the snippets read: a snippet's text is written when it is read (snippets/index.ts),
 * from these alone, so that a fix never keeps its VM (and the VM's values) alive.
 */
export interface SnippetVm {
  readonly kind: WindowedMachine['kind']
  readonly identity: VirtualMachine['identity']
  readonly location: { readonly value: string | undefined }
  /** The file that declares it (a module's, for a Terraform VM declared in one). */
  readonly declaredIn: string
  /** The registry module it is deployed through, whose inputs its fix goes into (VirtualMachine.deployedThrough). */
  readonly deployedThrough?: VirtualMachine['deployedThrough']
  /** Its resource group as written, when only that is known (VirtualMachine.resourceGroupExpression). */
  readonly resourceGroupExpression?: string
  /**
   * Set when its own settings already let a window run (patchMode AutomaticByPlatform and the bypass flag, both known:
   * schedule.ts): the snippet then leaves out the prerequisite, which told a VM to set what it sets (`unlessMet`).
   */
  readonly prerequisiteMet?: true
}

/** A snippet's schedule-prerequisite block, unless the VM's settings already meet it. */
export const unlessMet = (vm: SnippetVm, block: string): string => (vm.prerequisiteMet === true ? '' : block)

/** What the snippets need to know about the VM they attach the window to. */
export interface SnippetTarget {
  readonly vm: SnippetVm
  /** The resource name to use in literals. */
  readonly name: string
  /** The format-specific handle (Bicep symbol, Terraform address, Pulumi resource name), when known. */
  readonly handle: string | undefined
  readonly window: RebootWindow
}

export function snippetTarget(vm: WindowedMachine, window: RebootWindow): SnippetTarget {
  const handle = handleOf(vm)
  const facts: SnippetVm = {
    kind: vm.kind,
    identity: vm.identity,
    location: { value: vm.location.value },
    declaredIn: vm.declaredAt.file,
    ...(vm.deployedThrough !== undefined && { deployedThrough: vm.deployedThrough }),
    ...(vm.resourceGroupExpression !== undefined && { resourceGroupExpression: vm.resourceGroupExpression }),
    ...(checkCustomerManagedSchedule(vm).state === 'yes' && { prerequisiteMet: true as const })
  }
  return { vm: facts, name: vm.identity.name ?? nameOfUnnamed(vm.displayName), handle, window }
}

/**
 * What the manifest calls the resource: its symbol after the file. A Pulumi resource's symbol ends with the stack it
 * was evaluated for (`web@prod`, readers/pulumi/catalog.ts), its variant, which the program does not name: a fix
 * that referred to `\${web@prod.location}` named no resource.
 */
function handleOf(vm: VirtualMachine): string | undefined {
  const symbol = vm.identity.symbol
  if (symbol === undefined) return undefined
  const handle = symbol.slice(symbol.lastIndexOf('#') + 1)
  const stack = vm.format === 'pulumi' && vm.variant !== '' ? `@${vm.variant}` : ''
  return (stack !== '' && handle.endsWith(stack) ? handle.slice(0, -stack.length) : handle) || undefined
}

/**
 * The name of the resources of a VM whose own name is not known: how it is shown (`modules/vm.bicep#vm`), with
 * `-` for what a resource name cannot hold. A `/` made the configuration a child resource, so the fix would not deploy.
 */
const nameOfUnnamed = (displayName: string): string => displayName.replace(/[^A-Za-z0-9._-]+/g, '-')

/** A name usable as an identifier in Bicep, Terraform and Pulumi: letters, digits and underscores. */
export const identifierOf = (text: string): string =>
  text.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^(\d)/, '_$1') || '_'

/** A Kubernetes object name (RFC 1123 subdomain): lower case letters, digits, `-` and `.`, at most 253. */
export const kubernetesNameOf = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
    .slice(0, 253)
    .replace(/[^a-z0-9]+$/, '') || 'vm'

/**
 * Where a Terraform fix is pasted and how it names its VM there. From outside a module, Terraform addresses only
 * the module's outputs (`module.app.azurerm_windows_virtual_machine.vm.id` is refused), so the fix of a VM
 * declared in a module is written for that module: the VM's address inside it, and a comment naming the module.
 */
import { commentText, hclString } from './literals.js'
import { identifierOf, windowNameOf, type SnippetTarget } from './window.js'

export interface TerraformPlace {
  /** The VM's address where the fix is pasted: `azurerm_windows_virtual_machine.vm`, `azapi_resource.vm["b"]`. */
  readonly address: string
  /** The label base of the fix's own resources: the VM's name in the root module, else its local name. */
  readonly label: string
  /** The Azure name of the configuration and assignment: an HCL expression. */
  readonly windowName: string
  /** What the header comment calls the VM. */
  readonly shownAs: string
  /** Where to paste the fix (a comment line and its line break), for a VM declared in a module; else ''. */
  readonly where: string
}

/** `module.app.` and `module.app["x"].module.db[0].`: the module calls an address starts with. */
const MODULE_PATH = /^(?:module\.[A-Za-z_][\w-]*(?:\[(?:"(?:[^"\\]|\\.)*"|[^\]"]*)\])?\.)+/

const NAME = '[A-Za-z_][\\w-]*'
const KEY = '\\[(?:\\d+|"(?:[^"\\\\]|\\\\.)*")\\]'
/** An address HCL reads (`module.app["x"].azurerm_windows_virtual_machine.vm[0]`): names, each with an instance key or none. */
const ADDRESS = new RegExp(`^${NAME}(?:${KEY})?(?:\\.${NAME}(?:${KEY})?)*$`)
/** An instance key the readers write as a JSON string (`["web"]`). */
const STRING_KEY = /\[("(?:[^"\\]|\\.)*")\]/g

const NOUNS = { 'virtual-machine': 'VM', 'arc-machine': 'Arc machine' } as const

/** The place of a VM's fix, its address `fallback` when the reader gave it none. */
export function terraformPlace({ vm, name, handle }: SnippetTarget, fallback: string): TerraformPlace {
  const full = (handle === undefined ? undefined : hclAddress(handle)) ?? fallback
  const modules = MODULE_PATH.exec(full)?.[0]
  const address = modules === undefined ? full : full.slice(modules.length)
  const local = address.slice(address.indexOf('.') + 1)
  // In a module, the one address may be several VMs (one per call of the module): named by it, not by this one.
  const byName = modules === undefined && vm.identity.name !== undefined
  const label = byName ? identifierOf(name) : identifierOf(local).replace(/(.)_+$/, '$1')
  const windowName = byName ? hclString(windowNameOf(name)) : `"\${${address}.name}-reboot-window"`
  const shownAs = commentText(byName ? name : address)
  if (modules === undefined) return { address, label, windowName, shownAs, where: '' }
  const path = modules.slice(0, -1)
  const file = vm.declaredIn.endsWith('.tf') ? `, ${vm.declaredIn}` : ''
  const where = `# Paste into the module that declares the ${NOUNS[vm.kind]} (${commentText(path + file)}): outside it, Terraform addresses only its outputs.\n`
  return { address, label, windowName, shownAs, where }
}

/**
 * The handle as the fix writes it, its instance keys as HCL strings: the readers write them as JSON strings, where
 * `${` is text and U+2028 may stand as it is, and in HCL `${` is a template and U+2028 must be an escape to be shown
 * as it is. Undefined for a handle that is no address (a label that is no name): the fix then names the VM by its own.
 */
function hclAddress(handle: string): string | undefined {
  if (!ADDRESS.test(handle)) return undefined
  return handle.replace(STRING_KEY, (key, json: string) => {
    try {
      return `[${hclString(JSON.parse(json) as string)}]`
    } catch {
      return key
    }
  })
}

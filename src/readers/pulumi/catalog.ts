import {
  ARC_LICENSE_PROFILE_TYPE,
  ARC_MACHINE_TYPE,
  MAINTENANCE_ASSIGNMENT_TYPE,
  MAINTENANCE_CONFIGURATION_TYPE,
  parseResourceId,
  VMSS_TYPE,
  VM_TYPE
} from '../../model/identity.js'
import type { ResourceIdentity } from '../../model/resources.js'
import type { SourceLocation } from '../../model/source.js'
import { child, isMap, scalarText, type YamlMapEntry } from '../../yaml/nodes.js'
import { LITERAL, type ProgramEvaluator, type ResourceNames, type Term } from './evaluator.js'
import type { ResourceIdentities } from './values.js'

/** An `azure-native` resource type token, versioned or not: `azure-native:compute/v20230301:VirtualMachine`. */
export interface TypeToken {
  readonly module: string
  readonly type: string
  /** A versioned module's API version (`v20230301` is `2023-03-01`, `v20230301preview` `2023-03-01-preview`). */
  readonly apiVersion?: string
}

const MAX_CHAIN = 32
const TOKEN = /^azure-native:([A-Za-z]+)(?:\/([^:]+))?:([A-Za-z]+)$/
const VERSION = /^v(\d{4})(\d{2})(\d{2})(preview)?$/

export const parseToken = (text: string | undefined): TypeToken | undefined => {
  const match = text === undefined ? null : TOKEN.exec(text)
  if (!match) return undefined
  const token = { module: (match[1] as string).toLowerCase(), type: match[3] as string }
  const version = VERSION.exec(match[2] ?? '')
  return version ? { ...token, apiVersion: `${version[1]}-${version[2]}-${version[3]}${version[4] ? '-preview' : ''}` } : token
}

interface Kind {
  readonly armType: string
  /** The input that names the Azure resource; without it azure-native auto-names (logical name + random suffix). */
  readonly nameProperty: string
}

const KINDS: ReadonlyMap<string, Kind> = new Map([
  ['compute:VirtualMachine', { armType: VM_TYPE, nameProperty: 'vmName' }],
  ['compute:VirtualMachineScaleSet', { armType: VMSS_TYPE, nameProperty: 'vmScaleSetName' }],
  ['hybridcompute:Machine', { armType: ARC_MACHINE_TYPE, nameProperty: 'machineName' }],
  ['hybridcompute:LicenseProfile', { armType: ARC_LICENSE_PROFILE_TYPE, nameProperty: 'licenseProfileName' }],
  ['maintenance:MaintenanceConfiguration', { armType: MAINTENANCE_CONFIGURATION_TYPE, nameProperty: 'resourceName' }],
  [
    'maintenance:ConfigurationAssignment',
    { armType: MAINTENANCE_ASSIGNMENT_TYPE, nameProperty: 'configurationAssignmentName' }
  ],
  [
    'maintenance:ConfigurationAssignmentParent',
    { armType: MAINTENANCE_ASSIGNMENT_TYPE, nameProperty: 'configurationAssignmentName' }
  ],
  [
    'maintenance:ConfigurationAssignmentsForSubscription',
    { armType: MAINTENANCE_ASSIGNMENT_TYPE, nameProperty: 'configurationAssignmentName' }
  ],
  [
    'maintenance:ConfigurationAssignmentsForResourceGroup',
    { armType: MAINTENANCE_ASSIGNMENT_TYPE, nameProperty: 'configurationAssignmentName' }
  ],
  ['resources:ResourceGroup', { armType: 'Microsoft.Resources/resourceGroups', nameProperty: 'resourceGroupName' }]
])

/** One entry of `resources:`. */
export interface ProgramResource {
  readonly logicalName: string
  readonly entry: YamlMapEntry
  readonly token: TypeToken | undefined
  /** `properties`, evaluated lazily. */
  readonly properties: Term | undefined
  /** `get:` reads an existing resource: the program does not deploy it. */
  readonly existing: boolean
}

/**
 * The program's resources for one evaluation: their names (for `${res.name}`) and identities (for
 * `${res.id}`). A name that refers back to itself through other resources is left unknown.
 */
export class ResourceCatalog implements ResourceNames, ResourceIdentities {
  private readonly byName = new Map<string, ProgramResource>()
  private readonly naming = new Set<string>()
  private evaluator: ProgramEvaluator | undefined

  constructor(
    entries: readonly YamlMapEntry[],
    private readonly symbolSuffix: string,
    private readonly programFile: string
  ) {
    for (const entry of entries) {
      const token = parseToken(scalarText(child(entry.value, 'type')))
      this.byName.set(entry.key, { logicalName: entry.key, entry, token, properties: undefined, existing: false })
    }
  }

  /** Binds the evaluator (they need each other) and evaluates every resource's `properties`. */
  bind(evaluator: ProgramEvaluator): void {
    this.evaluator = evaluator
    for (const [name, resource] of this.byName) {
      const properties = child(resource.entry.value, 'properties')
      const existing = isMap(resource.entry.value) && resource.entry.value.byKey.has('get')
      this.byName.set(name, {
        ...resource,
        existing,
        properties: properties === undefined ? undefined : evaluator.evaluate(properties, this.programFile, LITERAL)
      })
    }
  }

  all(): ProgramResource[] {
    return [...this.byName.values()]
  }

  has(resource: string): boolean {
    return this.byName.has(resource)
  }

  /** One entry of `resources:` by its logical name, with its evaluated `properties`. */
  resource(logicalName: string): ProgramResource | undefined {
    return this.byName.get(logicalName)
  }

  /** The handle of a resource of this evaluation: the program file, its logical name and the stack. */
  symbolOf(logicalName: string): string {
    return `${this.programFile}#${logicalName}${this.symbolSuffix}`
  }

  nameOf(resource: string): string | undefined {
    const found = this.byName.get(resource)
    const kind = found?.token ? KINDS.get(`${found.token.module}:${found.token.type}`) : undefined
    // A cycle, or a chain of names longer than any real program, stays unknown (and off the stack).
    if (found === undefined || kind === undefined || this.naming.has(resource) || this.naming.size >= MAX_CHAIN) {
      return undefined
    }
    this.naming.add(resource)
    try {
      return this.text(this.property(found, [kind.nameProperty]))
    } finally {
      this.naming.delete(resource)
    }
  }

  /**
   * `${Pulumi.yaml#rg.name}` (the group's symbol) when `term` is `${rg.name}` of a resource group of the program that
   * Pulumi names at deployment (no `resourceGroupName` written: its logical name and a random suffix): a stand-in for
   * the group that no real name can equal (Azure allows no `$`, `{` or `}` in one), one text for one group of one
   * program and stack. Two auto-named groups are never one group, so their stand-ins differ (model/match.ts
   * `sameGroupName`: an assignment in `${mcrg.name}` never reaches a VM of `${rg.name}`; it was indeterminate).
   * Undefined for any other term, when `pulumi:autonaming` is configured (a pattern or verbatim names can make two
   * equal), and when another logical name differs from it in case only (group names do not).
   */
  autoNamedGroup(term: Term | undefined, at: SourceLocation): string | undefined {
    if (term?.kind !== 'resource' || term.path.length !== 1 || term.path[0] !== 'name') return undefined
    const group = this.byName.get(term.resource)
    if (group === undefined || group.existing || group.token?.module !== 'resources' || group.token.type !== 'ResourceGroup') return undefined
    if (this.property(group, ['resourceGroupName']) !== undefined || this.config('pulumi:autonaming', at) !== undefined) return undefined
    const folded = term.resource.toLowerCase()
    if ([...this.byName.keys()].some(name => name !== term.resource && name.toLowerCase() === folded)) return undefined
    return `\${${this.symbolOf(term.resource)}.name}`
  }

  identityOf(resource: string): ResourceIdentity | undefined {
    const found = this.byName.get(resource)
    if (found === undefined) return undefined
    const token = found.token
    const kind = token ? KINDS.get(`${token.module}:${token.type}`) : undefined
    const symbol = this.symbolOf(resource)
    if (found.existing) {
      const declaration = this.evaluator?.evaluate(found.entry.value, this.programFile)
      const id = this.text(declaration && this.evaluator?.walk(declaration, ['get', 'id']))
      const parsed = id === undefined ? undefined : parseResourceId(id)
      // Declared elsewhere (maybe another stack): the ID, not this file's symbol, says which resource it is.
      if (parsed) return parsed
    }
    const type = kind?.armType ?? (token ? `azure-native:${token.module}:${token.type}` : 'unknown')
    const resourceGroup = this.resourceGroupOf(found)
    const identity: ResourceIdentity = { type, name: this.nameOf(resource), symbol }
    return resourceGroup === undefined ? identity : { ...identity, resourceGroup }
  }

  /** A property of a resource's `properties`, evaluated. */
  property(resource: ProgramResource, path: readonly (string | number)[]): Term | undefined {
    return resource.properties && this.evaluator ? this.evaluator.walk(resource.properties, path) : undefined
  }

  /** A config value of the evaluation's stack (or its default), by its full key. */
  config(key: string, at: SourceLocation): Term | undefined {
    return this.evaluator?.configValue(key, at)
  }

  /** Follows keys into any evaluated term. */
  walk(term: Term, path: readonly (string | number)[]): Term | undefined {
    return this.evaluator?.walk(term, path)
  }

  private resourceGroupOf(resource: ProgramResource): string | undefined {
    const term = this.property(resource, ['resourceGroupName'])
    const isNameOutput = term?.kind === 'resource' && term.path.length === 1 && term.path[0] === 'name'
    return isNameOutput ? this.nameOf(term.resource) : this.text(term)
  }

  private text(term: Term | undefined): string | undefined {
    if (term?.kind === 'value') return typeof term.value === 'string' ? term.value : undefined
    return term?.kind === 'node' ? scalarText(term.node) : undefined
  }
}

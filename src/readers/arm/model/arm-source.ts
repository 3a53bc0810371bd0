import { withUnknownKeys, type SourceLocation, type Sourced } from '../../../model/source.js'
import type { ArmPath, ArmPropertySource } from '../../shared/azure-compute/index.js'
import { asBoolean, asRecords, asString, asStringList, asTagFilter, asTags } from './converters.js'
import type { PropertyReader } from './property-reader.js'

/**
 * An ARM template resource's properties for the shared Azure compute adapter: paths are the body's own.
 * Methods on a prototype: an object of nine closures per resource was ~3 MB of garbage on ARM 10k.
 */
class ArmSource implements ArmPropertySource {
  readonly at: SourceLocation

  constructor(private readonly reader: PropertyReader) {
    this.at = reader.resourceLocation
  }

  string(path: ArmPath): Sourced<string> {
    return this.reader.read(path, asString)
  }

  boolean(path: ArmPath): Sourced<boolean> {
    return this.reader.read(path, asBoolean)
  }

  strings(path: ArmPath): Sourced<readonly string[]> {
    return this.reader.read(path, asStringList)
  }

  stringMap(path: ArmPath): Sourced<Readonly<Record<string, string>>> {
    // asTags sees an unresolved value: one built on an object not known may still have certain members.
    return withUnknownKeys(this.reader.readWith(path, asTags))
  }

  stringListMap(path: ArmPath): Sourced<Readonly<Record<string, readonly string[]>>> {
    return this.reader.read(path, asTagFilter)
  }

  records(path: ArmPath): Sourced<readonly Readonly<Record<string, string>>[]> {
    return this.reader.read(path, asRecords)
  }

  written(path: ArmPath): Sourced<true> {
    return this.reader.written(path)
  }

  absent(): Sourced<never> {
    return this.reader.absent()
  }
}

export const armSource = (reader: PropertyReader): ArmPropertySource => new ArmSource(reader)

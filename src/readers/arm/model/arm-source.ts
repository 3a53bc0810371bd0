import type { ArmPropertySource } from '../../shared/azure-compute/index.js'
import { asBoolean, asRecords, asString, asStringList, asTagFilter, asTags } from './converters.js'
import type { PropertyReader } from './property-reader.js'

/** An ARM template resource's properties for the shared Azure compute adapter: paths are the body's own. */
export const armSource = (reader: PropertyReader): ArmPropertySource => ({
  at: reader.resourceLocation,
  string: path => reader.read(path, asString),
  boolean: path => reader.read(path, asBoolean),
  strings: path => reader.read(path, asStringList),
  stringMap: path => reader.read(path, asTags),
  stringListMap: path => reader.read(path, asTagFilter),
  records: path => reader.read(path, asRecords),
  written: path => reader.written(path),
  absent: () => reader.absent()
})

/**
 * Why ARM rejects the known name of a legacy assignment (`<type>/providers/configurationAssignments`, ARM and
 * Bicep alike), or undefined when the name fits its type: one name segment per type segment
 * (`vm-01/Microsoft.Maintenance/weekly` for `virtualMachines/providers/configurationAssignments`), the provider
 * in the middle. `vm-01/Microsoft.Maintenance`, without the assignment's own name, is rejected: the deployment
 * fails and assigns nothing.
 */
export function legacyAssignmentNameProblem(parentType: string, name: string): string | undefined {
  const segments = name.split('/')
  const parentSegments = parentType.split('/').length - 1
  const provider = segments[parentSegments]
  if (segments.length === parentSegments + 2 && provider?.toLowerCase() === 'microsoft.maintenance' && !segments.includes('')) return undefined
  const expected = [...Array.from({ length: parentSegments }, () => '<resource>'), 'Microsoft.Maintenance', '<assignment>'].join('/')
  return `its name '${name}' is not of the form '${expected}'`
}

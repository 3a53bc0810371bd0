import { describe, expect, it } from '@jest/globals'
import { bicepTemplateOf, parameterFilesOf } from '../../../src/readers/shared/bicep-parameter-files.js'

describe('bicepTemplateOf: the Bicep template a JSON parameter file deploys, from the names of its folder', () => {
  it.each<[string, readonly string[], string | undefined]>([
    // The Azure Developer CLI's layout, and environments of one template.
    ['infra/main.parameters.json', ['main.bicep', 'main.parameters.json', 'modules.bicep'], 'infra/main.bicep'],
    ['envs/app.parameters.prod.json', ['App.bicep', 'app.parameters.prod.json'], 'envs/App.bicep'],
    // Named after a template that is not here: the folder's only Bicep template, unless an ARM template has the name.
    ['qs/azuredeploy.parameters.json', ['azuredeploy.parameters.json', 'main.bicep', 'metadata.json'], 'qs/main.bicep'],
    ['qs/azuredeploy.parameters.json', ['azuredeploy.json', 'azuredeploy.parameters.json', 'main.bicep'], undefined],
    ['parameters.json', ['main.bicep', 'parameters.json'], 'main.bicep'],
    ['parameters.json', ['main.bicep', 'parameters.json', 'template.json'], undefined],
    // The shorter spellings (`az deployment group create --parameters` takes any name).
    ['vm/param.json', ['main.bicep', 'modules', 'param.json'], 'vm/main.bicep'],
    ['vm/params.json', ['main.bicep', 'params.json'], 'vm/main.bicep'],
    ['vm/main.params.prod.json', ['main.bicep', 'main.params.prod.json', 'vm.bicep'], 'vm/main.bicep'],
    ['vm/paramsets.json', ['main.bicep', 'paramsets.json'], undefined],
    // Two Bicep templates its name points at neither of, or none at all.
    ['two/parameters.json', ['a.bicep', 'b.bicep', 'parameters.json'], undefined],
    // Several, one of them main.bicep: the entry by convention (the others its modules).
    ['app/param.json', ['avail.bicep', 'main.bicep', 'param.json', 'vm.bicep'], 'app/main.bicep'],
    ['app/azuredeploy.parameters.json', ['azuredeploy.json', 'azuredeploy.parameters.json', 'Main.bicep', 'vm.bicep'], undefined],
    ['lone/prod.parameters.json', ['prod.parameters.json'], undefined],
    // Not a parameter file's name.
    ['infra/main.json', ['main.bicep', 'main.json'], undefined],
    ['infra/settings.json', ['main.bicep', 'settings.json'], undefined]
  ])('%s among %j → %s', (parameterFile, names, template) => {
    expect(bicepTemplateOf(parameterFile, names)).toBe(template)
  })
})

describe('bicepTemplateOf with a bicep build output beside it (the quickstart layout)', () => {
  const names = ['azuredeploy.json', 'azuredeploy.parameters.json', 'main.bicep']
  it('deploys the Bicep template when the ARM template its name points at was built by bicep, and not otherwise', () => {
    expect(bicepTemplateOf('qs/azuredeploy.parameters.json', names, path => path === 'qs/azuredeploy.json')).toBe('qs/main.bicep')
    expect(bicepTemplateOf('qs/azuredeploy.parameters.json', names, () => false)).toBeUndefined()
    // Two Bicep templates: main.bicep is the entry by convention; without one, none is the source for sure.
    expect(bicepTemplateOf('qs/azuredeploy.parameters.json', [...names, 'other.bicep'], () => true)).toBe('qs/main.bicep')
    const renamed = ['azuredeploy.json', 'azuredeploy.parameters.json', 'app.bicep', 'other.bicep']
    expect(bicepTemplateOf('qs/azuredeploy.parameters.json', renamed, () => true)).toBeUndefined()
  })
})

describe('parameterFilesOf', () => {
  it("gives a template's parameter files in name order, and none of another template's", () => {
    const names = ['main.bicep', 'main.parameters.prod.json', 'main.parameters.json', 'vm.bicep', 'vm.parameters.json', 'readme.md']
    expect(parameterFilesOf('infra/main.bicep', names)).toEqual(['infra/main.parameters.json', 'infra/main.parameters.prod.json'])
    expect(parameterFilesOf('infra/vm.bicep', names)).toEqual(['infra/vm.parameters.json'])
  })
})

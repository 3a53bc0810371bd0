import { describe, expect, it } from '@jest/globals'
import { deploymentUnit, environmentOf, templateDeployment } from '../../../src/readers/shared/units.js'

describe('deploymentUnit', () => {
  it('gives one value for the resources of a unit at one location object, and an equal new one elsewhere', () => {
    const root = { file: 'infra/main.tf', line: 1, column: 1 }
    const first = deploymentUnit('terraform-root', 'terraform:infra', root, 'module.app')
    expect(first).toEqual({ value: { kind: 'terraform-root', key: 'terraform:infra', path: 'module.app' }, origin: 'literal', location: root })
    expect(deploymentUnit('terraform-root', 'terraform:infra', root, 'module.app')).toBe(first)

    // Another location object at the same place: a value of its own, equal.
    const copy = { ...root }
    const elsewhere = deploymentUnit('terraform-root', 'terraform:infra', copy, 'module.app')
    expect(elsewhere).not.toBe(first)
    expect(elsewhere.location).toBe(copy)
    expect(elsewhere).toEqual(first)

    // Another unit at the same location: its own value.
    const other = deploymentUnit('terraform-root', 'terraform:infra', copy, 'module.db')
    expect(other.value).toEqual({ kind: 'terraform-root', key: 'terraform:infra', path: 'module.db' })
    expect(deploymentUnit('terraform-root', 'terraform:infra', copy, 'module.app')).toEqual(first)
  })

  it('keys a template deployment by its entry file folder', () => {
    const at = { file: 'app/main.bicep', line: 4, column: 1 }
    expect(templateDeployment('app/main.bicep', at, undefined, 'app/prod.bicepparam')).toEqual({
      value: { kind: 'template-deployment', key: 'azure-deployment:app', environment: 'prod' },
      origin: 'literal',
      location: at
    })
  })

  it.each([
    ['app/app.parameters.prod.json', 'app/app.json', 'prod'],
    ['app/app.parameters.json', 'app/app.json', ''],
    ['app/Win.VM.Parameters.Prod.json', 'app/win.vm.json', 'prod'],
    ['app/main.prod.bicepparam', 'app/main.bicep', 'prod'],
    ['app/vm-prod.bicepparam', 'app/vm.bicep', 'prod'],
    ['app/maintenance_prod.bicepparam', 'app/maintenance.bicep', 'prod'],
    ['app/prod.bicepparam', 'app/main.bicep', 'prod'],
    ['app/parameters.dev.json', 'app/template.json', 'dev'],
    ['app/vmss.parameters.json', 'app/vm.json', 'vmss']
  ])('names the environment of %s (deploying %s): %s', (parameterFile, entryFile, expected) => {
    expect(environmentOf(parameterFile, entryFile)).toBe(expected)
  })
})

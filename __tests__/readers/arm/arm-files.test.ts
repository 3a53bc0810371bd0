/**
 * Unit tests for src/readers/arm/files: which files are claimed, what they are, and pairing.
 */
import { describe, expect, it } from '@jest/globals'
import { claimsArmFile, classifyArmFile } from '../../../src/readers/arm/files/arm-files.js'
import { pairParameterFiles } from '../../../src/readers/arm/files/parameter-pairing.js'
import { parseJsonDocument } from '../../../src/readers/arm/json/json-document.js'

const TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'
const PARAMETERS_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#'

describe('claimsArmFile', () => {
  it.each([
    ['infra/azuredeploy.json', `{"$schema": "${TEMPLATE_SCHEMA}"}`, true],
    ['infra/sub.json', '{"$schema": "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#"}', true],
    ['infra/azuredeploy.parameters.json', `{"$schema": "${PARAMETERS_SCHEMA}"}`, true],
    ['infra/legacy.json', '{"contentVersion": "1.0.0.0", "resources": []}', true],
    ['infra/vm.parameters.prod.json', '{"parameters": {}}', true],
    ['package.json', '{"name": "x", "version": "1.0.0"}', false],
    ['tsconfig.json', '{"compilerOptions": {}}', false],
    ['plan.json', '{"format_version": "1.2", "terraform_version": "1.9.0"}', false],
    ['exported.json', '[{"ResourceType": "Microsoft.Compute/virtualMachines"}]', false],
    ['infra/azuredeploy.bicep', `{"$schema": "${TEMPLATE_SCHEMA}"}`, false],
    ['settings.json', '{"parameters": {}}', false],
    ['vm/params.json', '{"parameters": {}}', true],
    ['vm/param.dev.json', '{"parameters": {}}', true]
  ])('%s %s -> %s', (path, head, claimed) => {
    expect(claimsArmFile(path, () => head)).toBe(claimed)
  })
})

describe('classifyArmFile', () => {
  const classify = (file: string, text: string) => {
    const parsed = parseJsonDocument(file, text)
    if (!parsed.ok) throw new Error(parsed.error.message)
    const result = classifyArmFile(parsed.document)
    return result.kind === 'invalid-template' ? result : result.kind
  }

  it.each([
    ['a.json', `{"$schema": "${TEMPLATE_SCHEMA}", "resources": []}`, 'template'],
    ['a.json', `{"$schema": "${TEMPLATE_SCHEMA}", "languageVersion": "2.0", "resources": {}}`, 'template'],
    ['a.json', '{"contentVersion": "1.0.0.0", "resources": []}', 'template'],
    ['a.json', `{"$schema": "${PARAMETERS_SCHEMA}", "parameters": {}}`, 'parameters'],
    ['a.parameters.json', '{"parameters": {"x": {"value": 1}}}', 'parameters'],
    ['a.json', '{"contentVersion": "2.4.0", "notes": []}', 'other'],
    ['a.json', '[1, 2]', 'other']
  ])('%s %s -> %s', (file, text, kind) => {
    expect(classify(file, text)).toBe(kind)
  })

  it('reports a deployment template $schema without resources at the document, or at a wrong `resources`', () => {
    expect(classify('a.json', `{\n  "$schema": "${TEMPLATE_SCHEMA}"\n}`)).toEqual({
      kind: 'invalid-template',
      error: { file: 'a.json', line: 1, column: 1, message: 'expected a `resources` array or object', severity: 'error' }
    })
    expect(classify('a.json', `{\n  "$schema": "${TEMPLATE_SCHEMA}",\n  "resources": "none"\n}`)).toEqual({
      kind: 'invalid-template',
      error: { file: 'a.json', line: 3, column: 3, message: 'expected a `resources` array or object', severity: 'error' }
    })
  })
})

describe('pairParameterFiles', () => {
  it('pairs by name within a folder', () => {
    const pairs = pairParameterFiles(
      ['web/vm.json', 'web/db.json', 'quick/azuredeploy.json', 'portal/template.json'],
      ['web/vm.parameters.json', 'web/vm.parameters.prod.json', 'web/db.parameters.json', 'quick/azuredeploy.parameters.json', 'portal/parameters.json']
    )
    expect(Object.fromEntries(pairs)).toEqual({
      'web/vm.json': ['web/vm.parameters.json', 'web/vm.parameters.prod.json'],
      'web/db.json': ['web/db.parameters.json'],
      'quick/azuredeploy.json': ['quick/azuredeploy.parameters.json'],
      'portal/template.json': ['portal/parameters.json']
    })
  })

  it('pairs the shorter spellings alike: `X.params.json` with X.json, `param.json` with the only template', () => {
    const pairs = pairParameterFiles(['web/vm.json', 'web/db.json', 'lone/main.json'], ['web/vm.params.json', 'web/db.param.prod.json', 'lone/param.json'])
    expect(Object.fromEntries(pairs)).toEqual({ 'web/vm.json': ['web/vm.params.json'], 'web/db.json': ['web/db.param.prod.json'], 'lone/main.json': ['lone/param.json'] })
  })

  it("pairs any parameter file with its folder's only template, and leaves the rest unpaired", () => {
    const pairs = pairParameterFiles(['lone/mainTemplate.json', 'two/a.json', 'two/b.json'], ['lone/azuredeploy.parameters.json', 'two/c.parameters.json', 'bicep/main.parameters.json'])
    expect(Object.fromEntries(pairs)).toEqual({
      'lone/mainTemplate.json': ['lone/azuredeploy.parameters.json'],
      'two/a.json': [],
      'two/b.json': []
    })
  })
})

/** Suggested fixes for Arc-enabled servers (issue 17): an assignment scoped to the machine, names escaped. */
import { describe, expect, it } from '@jest/globals'
import type { ManifestFormat, VirtualMachine } from '../../src/model/resources.js'
import { rebootPlanSnippet } from '../../src/policy/snippets/index.js'
import { codeBlockKeeps } from '../../src/report/markdown-text.js'
import { makeVm } from '../report/builders.js'
import { windowed } from './builders.js'

const AS_OF = new Date('2026-01-10T00:00:00Z')

function arc(format: ManifestFormat, name: string, symbol?: string, resourceGroup?: string): VirtualMachine {
  const base = makeVm({ name, file: 'x', line: 1, format })
  return {
    ...base,
    kind: 'arc-machine',
    identity: {
      type: 'Microsoft.HybridCompute/machines',
      name,
      ...(symbol !== undefined && { symbol }),
      ...(resourceGroup !== undefined && { resourceGroup })
    }
  }
}

describe('Arc machine fixes', () => {
  it.each<[ManifestFormat, VirtualMachine, string, readonly string[]]>([
    [
      'arm',
      arc('arm', "dc-'01", undefined, 'rg-onprem'),
      'json',
      [`"scope": "[resourceId('rg-onprem', 'Microsoft.HybridCompute/machines', 'dc-''01')]"`, '"name": "dc-\'01-reboot-window"']
    ],
    [
      'bicep',
      arc('bicep', "dc-'01"),
      'bicep',
      [
        "resource dc_01Machine 'Microsoft.HybridCompute/machines@2024-07-10' existing = {\n  name: 'dc-\\'01'\n}",
        '  scope: dc_01Machine\n'
      ]
    ],
    ['bicep', arc('bicep', 'dc-01', 'main.bicep#dc'), 'bicep', ['  scope: dc\n', '    resourceId: dc.id\n']],
    [
      'terraform',
      arc('terraform', 'dc-"01"', undefined, 'rg-onprem'),
      'hcl',
      [
        'parent_id = format("%s/resourceGroups/%s/providers/Microsoft.HybridCompute/machines/%s", ' +
          'data.azurerm_subscription.current.id, "rg-onprem", "dc-\\"01\\"")',
        'resource "azapi_resource" "dc_01__reboot_window" {'
      ]
    ],
    ['terraform', arc('terraform', 'dc-01', 'infra#azurerm_arc_machine.dc'), 'hcl', ['parent_id = azurerm_arc_machine.dc.id']],
    ['terraform', arc('terraform', 'dc-${var.env}', 'infra#azapi_resource.dc'), 'hcl', ['name      = "dc-$${var.env}-reboot-window"']],
    [
      'pulumi',
      arc('pulumi', 'dc-${x}'),
      'yaml',
      ['    providerName: Microsoft.HybridCompute\n    resourceType: machines\n    resourceName: "dc-$${x}"']
    ]
  ])('%s', (_, vm, language, fragments) => {
    const snippet = rebootPlanSnippet(windowed(vm), AS_OF)
    expect(snippet.language).toBe(language)
    for (const fragment of fragments) expect(snippet.text).toContain(fragment)
    // Never a VM patch-settings block: Update Manager asks none of an Arc machine.
    expect(snippet.text).not.toMatch(/bypassPlatformSafetyChecksOnUserSchedule|bypass_platform_safety_checks/)
    expect(snippet.text).toContain('Update Manager needs no patch settings on an Arc machine for this window to run.')
  })
})

describe('Arc machine fixes of a hostile name', () => {
  it.each<ManifestFormat>(['arm', 'bicep', 'terraform', 'pulumi', 'kubernetes'])(
    '%s: a line separator, quotes and a backslash are escapes, so the fix is shown as written',
    format => {
      const { text } = rebootPlanSnippet(windowed(arc(format, 'dc\u2028\'01"\\\u0085\u202e', undefined, 'rg\u2029x')), AS_OF)
      expect(codeBlockKeeps(text)).toBe(true)
      expect(text).toContain(format === 'bicep' || format === 'kubernetes' ? "'dc\\u{2028}\\'01\"\\\\\\u{85}\\u{202e}'" : 'dc\\u2028')
    }
  )
})

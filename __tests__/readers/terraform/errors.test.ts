/**
 * Terraform reader: broken files give located ParseErrors while the other files are still read;
 * exemption comments are collected; hostile inputs end in errors, not crashes.
 */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../../src/model/resources.js'
import { terraformReader } from '../../../src/readers/terraform/terraform-reader.js'
import { readFixtures, readMemoryModel, show } from './support.js'

describe('syntax errors (broken)', () => {
  it('reports the first error of each broken file and still evaluates the good file of the folder', async () => {
    const model = await readFixtures('broken')
    expect(model.parseErrors).toEqual([
      {
        file: 'broken/heredoc.tf',
        line: 2,
        column: 12,
        message: 'unterminated heredoc: expected a line with the closing marker `EOT` after `<<-EOT`',
        severity: 'error',
        kind: 'unreadable-manifest'
      },
      {
        // Of the VM's module: its variable is not read, so the run fails closed (the VM is judged without it).
        file: 'broken/variables-missing-brace.tf',
        line: 8,
        column: 1,
        message: 'expected `}` to close the block `variable "hotpatch"` opened at line 1',
        severity: 'error',
        kind: 'unreadable-manifest'
      }
    ])
    const survivor = model.virtualMachines[0] as VirtualMachine
    expect(survivor.identity.name).toBe('vm-survivor')
    // The variable lives in a broken file, which is not evaluated: the reason says which files were not read.
    expect(show(survivor.enableHotpatching)).toBe(
      'unresolved: invalid expression: variable "hotpatch" is not declared in the files of broken that could be read ' +
        '(broken/heredoc.tf, broken/variables-missing-brace.tf could not be) @broken/good.tf:17'
    )
    expect(model.files).toEqual(['broken/good.tf', 'broken/heredoc.tf', 'broken/variables-missing-brace.tf'])
  })

  it('reports unreadable files (binary, invalid UTF-8) at their location', async () => {
    const model = await readMemoryModel({
      'bin/image.tf': new Uint8Array([0x72, 0x65, 0x0a, 0x00, 0x01]),
      'utf/main.tf': new Uint8Array([0x78, 0x20, 0x3d, 0x20, 0x22, 0xc3, 0x28, 0x22, 0x0a]),
      'ok/main.tf': 'resource "azurerm_windows_virtual_machine" "ok" {\n  name = "vm-ok"\n}\n'
    })
    expect(model.parseErrors).toEqual([
      { file: 'bin/image.tf', line: 2, column: 1, message: 'binary content (NUL byte); not a text manifest', severity: 'error' },
      { file: 'utf/main.tf', line: 1, column: 6, message: 'invalid UTF-8 at byte 5', severity: 'error' }
    ])
    expect(model.resources.map(resource => resource.identity.name)).toEqual(['vm-ok'])
  })

  it('ignores unreadable tfvars values instead of failing the module', async () => {
    const model = await readMemoryModel({
      'main.tf': 'variable "sku" {\n  default = "2022-datacenter-g2"\n}\nresource "azurerm_windows_virtual_machine" "vm" {\n  name = var.sku\n}\n',
      'terraform.tfvars': 'sku = \n',
      'broken.auto.tfvars.json': '{ "sku": '
    })
    expect(model.parseErrors).toEqual([
      { file: 'terraform.tfvars', line: 1, column: 5, message: 'expected an expression after `=`', severity: 'error' },
      { file: 'broken.auto.tfvars.json', line: 1, column: 10, message: 'invalid JSON: value expected', severity: 'error' }
    ])
    expect(model.resources[0]?.identity.name).toBe('2022-datacenter-g2')
  })
})

describe('exemption comments (exemptions)', () => {
  it('returns them with their location and the text after the marker', async () => {
    const model = await readFixtures('exemptions')
    expect(model.inlineExemptions).toEqual([
      {
        location: { file: 'exemptions/main.tf', line: 1, column: 1 },
        text: 'CHG-1042 reboot window handled by the SRE runbook until 2026-03-31'
      },
      { location: { file: 'exemptions/main.tf', line: 8, column: 50 }, text: 'accepted-risk' }
    ])
  })
})

describe('claims and hostile configurations', () => {
  const claims = (path: string) => terraformReader.claims({ path, absolutePath: path, size: 1 }, () => '')

  it('claims .tf, .tf.json (to say what it declares: json-syntax.test.ts) and tfvars files only', () => {
    expect(['main.tf', 'a/b.auto.tfvars', 'prod.tfvars', 'x.tfvars.json', 'main.tf.json', 'tests/a.tftest.hcl', 'x.hcl'].map(claims)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false
    ])
  })

  it('stops at self-referencing locals and exponential growth with a reason', async () => {
    const doubling = Array.from({ length: 40 }, (_, i) => `  l${i + 1} = "\${local.l${i}}\${local.l${i}}"`).join('\n')
    const model = await readMemoryModel({
      'main.tf': `locals {\n  a = local.b\n  b = local.a\n  l0 = "xxxxxxxxxx"\n${doubling}\n}\nresource "azurerm_windows_virtual_machine" "vm" {\n  name     = local.a\n  location = local.l40\n}\n`
    })
    const vm = model.resources[0] as VirtualMachine
    expect(vm.identity.name).toBeUndefined()
    expect(show(vm.location)).toBe('unresolved: invalid expression: string longer than 1000000 characters @main.tf:48')
  })

  it('survives a chain of 5,000 locals, each reading the next', async () => {
    const chain = Array.from({ length: 5000 }, (_, i) => `  v${i} = local.v${i + 1}`).join('\n')
    const model = await readMemoryModel({
      'main.tf': `locals {\n${chain}\n  v5000 = "end"\n}\nresource "azurerm_windows_virtual_machine" "vm" {\n  name = local.v0\n}\n`
    })
    expect(model.resources[0]?.identity.name).toBeUndefined()
    expect(model.parseErrors).toEqual([])
  })
})

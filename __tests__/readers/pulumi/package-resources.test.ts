/**
 * Components and other packages' resources (`mycompany:index:WindowsVm`): Pulumi's modules, whose code the gate does
 * not run. One whose evaluated inputs carry a hotpatch signal is an indeterminate VM at the resource, as an unread
 * Bicep or Terraform module call is; the others say nothing. A helper found such a component passed over: 0 VMs, and
 * the prefilter's notice that the file "calls no module".
 */
import { describe, expect, it } from '@jest/globals'
import { pulumiReader } from '../../../src/readers/pulumi/pulumi-reader.js'
import { scan } from '../../../src/scan.js'
import { fixture, memoryWorkspace, readWorkspace, show } from '../kubernetes/helpers.js'

const PROGRAM = `name: servers
runtime: yaml
config:
  sku:
    type: string
    default: 2022-datacenter
resources:
  app:
    type: winserver:index:WindowsServer
    properties:
      name: vm-app-01
      enableHotpatching: true
  db:
    type: winserver:index:WindowsServer
    properties:
      name: vm-db-01
      imageSku: \${sku}
  password:
    type: random:index:RandomPassword
    properties:
      length: 16
  provider:
    type: pulumi:providers:azure-native
    properties:
      subscriptionId: 00000000-0000-0000-0000-000000000000
`

const WHY = (token: string, name: string, pkg: string): string =>
  `${token} '${name}' is a component or resource of package ${pkg}, whose code the gate does not run`

describe('Pulumi components and package resources', () => {
  it('makes one whose inputs carry a hotpatch signal an indeterminate VM of each stack that carries it', async () => {
    const output = await readWorkspace(
      pulumiReader,
      memoryWorkspace({ 'Pulumi.yaml': PROGRAM, 'Pulumi.prod.yaml': 'config:\n  servers:sku: 2025-datacenter-azure-edition\n' })
    )
    expect(output.parseErrors).toEqual([])
    expect(output.resources.map(r => [r.kind, r.displayName, r.identity.symbol, r.variant, r.reportAt.line])).toEqual([
      ['virtual-machine', 'app', 'Pulumi.yaml#app@prod', 'prod', 8],
      // Its SKU is an Azure Edition one in prod only (the stack's value).
      ['virtual-machine', 'db', 'Pulumi.yaml#db@prod', 'prod', 13]
    ])
    const [app, db] = output.resources
    if (app?.kind !== 'virtual-machine' || db?.kind !== 'virtual-machine') throw new Error('expected VMs')
    expect(app.osType.reason).toBe(
      `${WHY('winserver:index:WindowsServer', 'app', 'winserver')}, and its inputs carry a hotpatch signal ` +
        '(enableHotpatching = true at Pulumi.yaml:12:26): declare the machine with azure-native in a YAML program, ' +
        'whose resources the gate reads, or exempt it'
    )
    expect(show(app.enableHotpatching)).toBe('true literal @12:26')
    expect(show(db.image.sku)).toBe('"2025-datacenter-azure-edition" parameter-file sku @2:16 via Pulumi.yaml:17')
  })

  it('is an indeterminate VM in the scan, not a file the prefilter skips as calling no module', async () => {
    const result = await scan({ root: fixture('pulumi/component-signal'), asOf: new Date('2026-02-01T00:00:00Z') })
    expect(result.assessments.map(a => [a.vm.displayName, a.vm.reportAt.line, a.verdict])).toEqual([['app', 6, 'indeterminate']])
    expect(result.model.parseErrors).toEqual([])
  })
})

/**
 * The Pulumi fix of a VM of a stack (a project with `Pulumi.<stack>.yaml`): the reader's symbol ends with the stack
 * (`web@prod`), which the program does not name; the fix refers to the resource as the program does.
 */
import { describe, expect, it } from '@jest/globals'
import { load } from 'js-yaml'
import type { VirtualMachine } from '../../src/model/resources.js'
import { rebootPlanSnippet } from '../../src/policy/snippets/index.js'
import { pulumiReader } from '../../src/readers/pulumi/pulumi-reader.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { fixture } from '../readers/kubernetes/helpers.js'
import { windowed } from './builders.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')

describe('Pulumi fix of a VM of a stack', () => {
  it.each(['dev', 'prod'])('stack %s: the VM is `web`, as the program names it', async stack => {
    const workspace = new Workspace(fixture('pulumi/hotpatch-fleet'))
    const { resources } = await pulumiReader.read(workspace.list(), workspace)
    const web = resources.find((r): r is VirtualMachine => r.kind === 'virtual-machine' && r.variant === stack)
    if (web === undefined) throw new Error(`no VM of stack ${stack}`)
    expect(web.identity.symbol).toBe(`Pulumi.yaml#web@${stack}`)
    const { text } = rebootPlanSnippet(windowed(web), AS_OF)
    const resourcesOfFix = load(text) as Record<string, { properties: Record<string, unknown> }>
    expect(Object.keys(resourcesOfFix)).toEqual(['webRebootConfig', 'webRebootWindow'])
    expect(resourcesOfFix.webRebootWindow?.properties).toMatchObject({
      location: '${web.location}',
      resourceName: '${web.name}',
      maintenanceConfigurationId: '${webRebootConfig.id}'
    })
    // Its settings meet the schedule prerequisite (AutomaticByPlatform, the bypass flag): the fix adds no reminder of it.
    expect(text.split('\n').filter(line => line.startsWith('# And in '))).toEqual([])
  })
})

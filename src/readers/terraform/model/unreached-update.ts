import type { ParseError, VirtualMachine } from '../../../model/resources.js'
import { collectInputs, hotpatchSignals, unreadCallAsVm, type UnreadInput } from '../../shared/unread-module.js'
import type { ResourceUpdate } from './update-resource.js'
import { TERRAFORM_INPUTS } from './value-inputs.js'

/**
 * An update that reaches no resource this configuration declares (a VM deployed by another pipeline, or one
 * named by a value that could not be evaluated): what it sets is judged nowhere. When its body carries a
 * hotpatch signal (`enableHotpatching = true`, an Azure Edition image) it stands in for the machine it may turn
 * into a hotpatch machine, as an indeterminate VM (as an unread module does); otherwise it is a located notice.
 */
export function unreachedUpdate(update: ResourceUpdate): VirtualMachine | ParseError {
  const { frame, target, address } = update
  const what = update.armType === undefined ? 'a resource' : `a ${update.armType}`
  const why =
    target.value === undefined
      ? `${address} updates ${what} named by a value that could not be evaluated (${target.reason ?? 'unresolved'}), and this configuration declares none it may be`
      : `${address} updates ${target.value.type} '${[target.value.resourceGroup, target.value.name ?? '?'].filter(part => part !== undefined).join('/')}', which this configuration does not declare`
  const inputs: UnreadInput[] = []
  const body = update.bodyValue
  if (body.value !== undefined) collectInputs(TERRAFORM_INPUTS, 'body', body.value, body.location, inputs)
  const signals = hotpatchSignals(inputs)
  const at = frame.declaredAt
  if (signals === undefined) {
    return { file: at.file, line: at.line, column: at.column, message: `${why}: what its body sets is not checked`, severity: 'notice' }
  }
  return unreadCallAsVm(
    {
      format: frame.format,
      displayName: address,
      symbol: frame.identity.symbol ?? address,
      at,
      why,
      judge: 'its settings are decided where that machine is deployed: judge its reboot plan there, and exempt this update',
      unit: frame.unit,
      scope: frame.scope,
      deployed: frame.deployed,
      variant: frame.variant,
      decidedElsewhere: `decided where the machine ${address} updates is deployed`
    },
    signals
  )
}

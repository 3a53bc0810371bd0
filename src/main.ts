import * as core from '@actions/core'
import { getErrorMessage } from './errors.js'

/** The action's entry: placeholder until the action lands. */
export async function run(): Promise<void> {
  try {
    await Promise.resolve()
  } catch (error) {
    core.setFailed(getErrorMessage(error))
  }
}

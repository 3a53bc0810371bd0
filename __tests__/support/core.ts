/**
 * A typed stand-in for @actions/core, as in actions/typescript-action's `__fixtures__/core.ts`: each
 * function is a jest mock with the real function's signature, so a test cannot call or stub it with the
 * wrong arguments. Use it with `jest.unstable_mockModule('@actions/core', () => core)` and give the mocks
 * the behaviour a suite needs (`core.getInput.mockImplementation(...)`).
 */
import type * as actionsCore from '@actions/core'
import { jest } from '@jest/globals'

export const debug = jest.fn<typeof actionsCore.debug>()
export const info = jest.fn<typeof actionsCore.info>()
export const notice = jest.fn<typeof actionsCore.notice>()
export const warning = jest.fn<typeof actionsCore.warning>()
export const error = jest.fn<typeof actionsCore.error>()
export const getInput = jest.fn<typeof actionsCore.getInput>()
export const setOutput = jest.fn<typeof actionsCore.setOutput>()
export const setFailed = jest.fn<typeof actionsCore.setFailed>()
export const setSecret = jest.fn<typeof actionsCore.setSecret>()
/** The real enum's values: the action ends a failing run through `process.exitCode`, not `setFailed`. */
export const ExitCode = { Success: 0, Failure: 1 } as const satisfies Record<keyof typeof actionsCore.ExitCode, number>

/** The part of the job summary the action uses: its methods chain, as the real one's do. */
export interface SummaryMock {
  readonly addRaw: jest.Mock<(text: string, addEol?: boolean) => SummaryMock>
  readonly write: jest.Mock<(options?: { overwrite?: boolean }) => Promise<SummaryMock>>
}

export const summary: SummaryMock = {
  addRaw: jest.fn<(text: string, addEol?: boolean) => SummaryMock>(),
  write: jest.fn<(options?: { overwrite?: boolean }) => Promise<SummaryMock>>()
}
summary.addRaw.mockImplementation(() => summary)
summary.write.mockImplementation(() => Promise.resolve(summary))

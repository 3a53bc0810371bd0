import type { ExemptionRecord } from '../policy/types.js'
import { readFileAtCommit } from './base-config.js'
import { classifyExemptions, type ChangedFile, type ExemptionChange } from './novelty.js'

export interface PullRequestNoveltyInput {
  /** The checkout: git runs there, read-only. */
  readonly workspace: string
  /** The configuration file, relative to the workspace; undefined when there is none. */
  readonly configFile: string | undefined
  /** The pull request's base commit (`pull_request.base.sha`). */
  readonly baseSha: string | undefined
  readonly records: readonly ExemptionRecord[]
  /** The pull request's files when they were listed completely. */
  readonly changedFiles: readonly ChangedFile[] | undefined
  /** Lists them when they were not and the diff is needed; undefined (or a failure) leaves them unknown. */
  readonly listFiles?: () => Promise<readonly ChangedFile[] | undefined>
}

/**
 * How the pull request touched each exemption: the configuration's entries against its base version
 * (`git cat-file` of the base commit, when the checkout has it), otherwise, and for inline comments, the
 * pull request's diff. Whatever cannot be told stays unknown.
 */
export async function exemptionChangesInPullRequest(input: PullRequestNoveltyInput): Promise<Map<string, ExemptionChange>> {
  const { records } = input
  if (records.length === 0) return new Map()
  const baseConfiguration =
    input.configFile !== undefined && input.baseSha !== undefined && records.some(r => r.source === 'configuration')
      ? await readFileAtCommit(input.workspace, input.baseSha, input.configFile)
      : undefined
  const needsDiff = records.some(r => r.source === 'inline') || (baseConfiguration === undefined && records.length > 0)
  let changedFiles = input.changedFiles
  if (changedFiles === undefined && needsDiff && input.listFiles !== undefined) {
    changedFiles = await input.listFiles().catch(() => undefined)
  }
  return classifyExemptions(records, {
    ...(baseConfiguration !== undefined && { baseConfiguration }),
    ...(changedFiles !== undefined && { changedFiles })
  })
}

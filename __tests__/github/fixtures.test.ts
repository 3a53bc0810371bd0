/**
 * The committed extracts of GitHub's API descriptions are what scripts/extract-openapi.mjs produced, and
 * the GraphQL documents the poster sends are the ones it validated against GitHub's schema.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import * as documents from '../../src/github/api/graphql-documents.js'
import { openapi } from './fake-github/openapi.js'

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/github/${name}`, import.meta.url), 'utf8'))

describe('GitHub API fixtures', () => {
  it('validated every GraphQL document as it is now', () => {
    const validated = fixture('graphql-documents.json') as {
      source: { package: string; version: string }
      documents: Record<string, { sha256: string }>
    }
    expect(validated.source).toEqual({ package: '@octokit/graphql-schema', version: '15.26.1' })
    const current = Object.fromEntries(
      Object.entries(documents).map(([name, text]) => [
        name,
        { sha256: createHash('sha256').update(text).digest('hex') }
      ])
    )
    expect(current).toEqual(validated.documents)
  })

  it('holds the REST operations the poster calls, from @octokit/openapi 23.0.2', () => {
    expect(openapi.source).toEqual({
      package: '@octokit/openapi',
      version: '23.0.2',
      file: 'generated/api.github.com.json'
    })
    expect(Object.entries(openapi.operations).map(([id, op]) => `${op.method} ${op.path} ${id}`)).toEqual([
      'GET /repos/{owner}/{repo}/pulls/{pull_number} pulls/get',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files pulls/list-files',
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews pulls/create-review',
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/comments pulls/create-review-comment',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments pulls/list-review-comments',
      'PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id} pulls/update-review-comment',
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments issues/list-comments',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments issues/create-comment',
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id} issues/update-comment',
      'GET /repos/{owner}/{repo}/compare/{basehead} repos/compare-commits-with-basehead'
    ])
  })

  it('takes the event payloads from @octokit/webhooks-examples 7.6.1', () => {
    expect(fixture('events/SOURCE.json')).toEqual({
      package: '@octokit/webhooks-examples',
      version: '7.6.1',
      file: 'api.github.com/index.json',
      events: [
        'pull_request.opened.json',
        'pull_request.synchronize.json',
        'workflow_run.completed.json',
        'merge_group.checks_requested.json',
        'push.created.json'
      ]
    })
  })
})

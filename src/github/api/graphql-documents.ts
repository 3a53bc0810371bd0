/*
 * The GraphQL documents the poster sends. Each one was validated against GitHub's public schema by
 * scripts/extract-openapi.mjs, which records its hash in __tests__/fixtures/github/graphql-documents.json;
 * a test fails when one changes without being validated again. Keep them plain template literals
 * (no interpolation) so the script can read them.
 */

/**
 * The token's login, and one page of the pull request's review threads with the first comment of each
 * (the one that carries the fingerprint marker). `viewerDidAuthor` tells our comments from copies.
 */
export const REVIEW_THREADS_QUERY = /* GraphQL */ `
  query HotpatchReviewThreads($owner: String!, $repo: String!, $number: Int!, $after: String) {
    viewer {
      login
    }
    repository(owner: $owner, name: $repo) {
      pullRequest(number: $number) {
        reviewThreads(first: 100, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            isResolved
            isOutdated
            path
            line
            subjectType
            resolvedBy {
              login
            }
            comments(first: 1) {
              nodes {
                fullDatabaseId
                body
                viewerDidAuthor
              }
            }
          }
        }
      }
    }
  }
`

/** The token's login alone, when review threads are not needed. */
export const VIEWER_QUERY = /* GraphQL */ `
  query HotpatchViewer {
    viewer {
      login
    }
  }
`

/**
 * One thread's resolution; the poster sends several per request under aliases (`r0: ...`, `r1: ...`),
 * with `$threadId` renamed to `$t0`, `$t1`, ... (see resolveThreadsDocument).
 */
export const RESOLVE_THREAD_FIELD = /* GraphQL */ `resolveReviewThread(input: {threadId: $threadId}) {
  thread {
    id
    isResolved
  }
}`

/**
 * Limits of the pull-request conversation, in one place. GitHub's own comment limit lives in
 * src/report/limits.ts (MAX_COMMENT_LENGTH) with the other GitHub limits; these are the budgets the
 * poster sets itself so that a large report costs a bounded number of requests and never trips
 * GitHub's abuse detection.
 */

/**
 * Line comments per review. GitHub documents no maximum, but large reviews trip the secondary rate
 * limit ("abuse detection"); reviewdog settled on 30 for the same reason. More comments make more
 * reviews, 30 at a time.
 */
export const MAX_COMMENTS_PER_REVIEW = 30

/**
 * New line comments per run of the fork-safe poster (`--max-comments`): an artifact with hundreds of findings
 * must not make hundreds of comments; the rest are listed in the summary comment.
 */
export const DEFAULT_MAX_LINE_COMMENTS = 50

/**
 * File-level comments per pull request (open ones of current findings). The review API cannot carry
 * them (its comments have no `subject_type`), so each costs one request: past this budget a finding is
 * listed in the summary comment only, and a re-run does not post more.
 */
export const MAX_FILE_COMMENTS = 10

/** Comments edited to say "Fixed in <sha>" per run, when review threads cannot be resolved. */
export const MAX_FIXED_EDITS_PER_RUN = 10

/** `resolveReviewThread` mutations sent in one GraphQL request (as aliases). */
export const MAX_RESOLVES_PER_REQUEST = 50

/** GitHub lists at most this many files of a pull request (`pulls.listFiles`). */
export const MAX_LISTED_FILES = 3000

/** Items per page for every paginated listing (GitHub's maximum). */
export const PAGE_SIZE = 100

/** Pages read at most when looking for our comments and threads (10,000 items). */
export const MAX_PAGES = 100

/** Findings whose fingerprints the summary's hidden state remembers (8 bytes each, base64). */
export const MAX_TRACKED_FINGERPRINTS = 1000

/** Retries of a request that failed with a 5xx or a network error. */
export const MAX_RETRIES = 2

/**
 * How long one attempt of a request may take before it is abandoned (and retried). GitHub answers in
 * well under a second; an unanswered request must not hold the job until the runner's own time-out.
 */
export const REQUEST_TIMEOUT_MS = 10_000

/** The longest `retry-after` a rate-limited request waits for (once); longer, and the run stops writing. */
export const MAX_RETRY_AFTER_SECONDS = 60

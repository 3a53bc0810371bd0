/**
 * GitHub's limits, in one place: every renderer that posts to GitHub trims or budgets against these.
 * Sources: the REST API's "Body is too long (maximum is 65536 characters)" error for comments, the
 * workflow-commands docs for job summaries (1 MiB per step) and annotations (10 per level per step,
 * 50 per job), code scanning's "SARIF results exceed limit" page for SARIF results.
 */

/** Characters in one issue or pull-request comment (and a review body). */
export const MAX_COMMENT_LENGTH = 65536

/** Bytes (UTF-8) of one step's job summary. */
export const MAX_SUMMARY_BYTES = 1048576

/** Annotations of one level (error, warning, notice) that one step can show. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10

/**
 * Characters (UTF-16 code units) of an annotation's message the runner keeps: it cuts the rest silently
 * (actions/runner ExecutionContext.cs, `_maxIssueMessageLength = 4096`). Titles are held to it too.
 */
export const MAX_ANNOTATION_MESSAGE_LENGTH = 4096

/** Annotations one job can show, all steps and levels together. */
export const MAX_ANNOTATIONS_PER_JOB = 50

/**
 * Results in one SARIF run: code scanning rejects an upload with more (and shows the first 5,000 of a
 * run, by severity). https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit
 */
export const MAX_SARIF_RESULTS = 25000

/**
 * A review comment's VM name and message, held apart: a comment is cut by whole lines at MAX_COMMENT_LENGTH,
 * so one line of a 70,000-character VM name left nothing of the finding but the cut's pointer.
 */
export const MAX_COMMENT_NAME_LENGTH = 512
export const MAX_COMMENT_MESSAGE_LENGTH = 8192

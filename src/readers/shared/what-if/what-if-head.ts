/**
 * Whether the start of a `.json` file looks like a what-if result: a `changes` (or `potentialChanges`) array whose
 * first element opens with one of `WhatIfChange`'s own keys (`az deployment ... what-if --no-pretty-print`
 * sorts them: `after` first; the REST `whatIf` operation writes `resourceId` first, under `properties`).
 */
const CHANGES = /"(?:changes|potentialChanges)"\s*:\s*\[\s*(?:\]|\{\s*"(?:after|before|changeType|delta|deploymentId|identifiers|resourceId|scope|symbolicName|unsupportedReason)"\s*:)/

/**
 * The scan's claim asks twice of each JSON head (the what-if reader's claim, then the folder's facts,
 * scan/folder-facts.ts): the last answer is kept for the same head.
 */
let lastHead: string | undefined
let lastAnswer = false

export function isWhatIfHead(head: string): boolean {
  if (head !== lastHead) {
    lastAnswer = CHANGES.test(head)
    lastHead = head
  }
  return lastAnswer
}

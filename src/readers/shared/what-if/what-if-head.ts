/**
 * Whether the start of a `.json` file looks like a what-if result: a `changes` (or `potentialChanges`) array whose
 * first element opens with one of `WhatIfChange`'s own keys (`az deployment ... what-if --no-pretty-print`
 * sorts them: `after` first; the REST `whatIf` operation writes `resourceId` first, under `properties`).
 */
const CHANGES = /"(?:changes|potentialChanges)"\s*:\s*\[\s*(?:\]|\{\s*"(?:after|before|changeType|delta|deploymentId|identifiers|resourceId|scope|symbolicName|unsupportedReason)"\s*:)/

export const isWhatIfHead = (head: string): boolean => CHANGES.test(head)

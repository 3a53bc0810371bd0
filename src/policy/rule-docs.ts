/**
 * Where the rules' pages live, in one place: the rules' metadata links there, and the renderers that post to
 * GitHub link a rule there from its id alone (src/report/links.ts), whatever a report says.
 */
export const RULE_DOCS_BASE = 'https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/'

/** The page a rule's findings link to. */
export const docsUrlFor = (id: string): string => `${RULE_DOCS_BASE}${id}.md`

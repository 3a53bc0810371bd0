import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  listPullRequestFiles,
  readOnlyReason,
  shortened
} from "./chunk-VGTCYHH3.js";
import {
  DiffIndex,
  MAX_COMMENT_LENGTH,
  MAX_COMMENT_MESSAGE_LENGTH,
  MAX_COMMENT_NAME_LENGTH,
  VERDICTS,
  VERDICT_LABELS,
  advisoryLink,
  codeBlock,
  codeBlockKeeps,
  codeSpan,
  count,
  decideVerdict,
  describeReportEvidence,
  escapeMarkdown,
  link,
  needsAction,
  planFilesOf,
  policyFilesOf,
  renderNewExemptions,
  ruleLink,
  scopeCause,
  scopeFiles,
  scopeReport,
  truncateMarkdown
} from "./chunk-WG7TE6SE.js";
import {
  FIND_CREATED
} from "./chunk-FQTSYBT5.js";
import {
  MAX_COMMENTS_PER_REVIEW,
  MAX_FILE_COMMENTS,
  MAX_FIXED_EDITS_PER_RUN,
  MAX_PAGES,
  MAX_RESOLVES_PER_REQUEST,
  MAX_TRACKED_FINGERPRINTS,
  PAGE_SIZE,
  classifyFailure,
  describeFailure,
  statusOf
} from "./chunk-TYQIX7WF.js";

// src/github/markers.ts
import { createHash } from "node:crypto";
var SUMMARY_MARKER = "<!-- hotpatch-reboot-gate:summary -->";
var REVIEW_MARKER = "<!-- hotpatch-reboot-gate:review -->";
var FIXED_MARKER = "<!-- hotpatch-reboot-gate:fixed -->";
var FINGERPRINT_LINE = /^<!-- hotpatch-reboot-gate:fp=([A-Za-z0-9._:/+=@-]{1,300}) -->$/;
var SAFE_FINGERPRINT = /^[A-Za-z0-9._:/+=@]+(?:-[A-Za-z0-9._:/+=@]+)*$/;
function fingerprintKey(fingerprint) {
  return fingerprint.length <= 200 && SAFE_FINGERPRINT.test(fingerprint) ? fingerprint : `sha256:${createHash("sha256").update(fingerprint).digest("hex")}`;
}
function fingerprintMarker(fingerprint) {
  return `<!-- hotpatch-reboot-gate:fp=${fingerprintKey(fingerprint)} -->`;
}
function linesOf(body) {
  return body.trimEnd().split(/\r?\n/);
}
function lastLine(body) {
  return linesOf(body).at(-1) ?? "";
}
function fixedTrailer(note) {
  return `

---
${note.replace(/\s+/g, " ")}
${FIXED_MARKER}`;
}
function readCommentTrailer(body) {
  const lines = linesOf(body);
  const fixed = lines.at(-1) === FIXED_MARKER;
  if (fixed && !(lines.at(-3) === "---" && lines.at(-4) === "")) return { key: void 0, fixed };
  const markerLine = lines.at(fixed ? -5 : -1) ?? "";
  return { key: FINGERPRINT_LINE.exec(markerLine)?.[1], fixed };
}
function readFingerprintKey(body) {
  return readCommentTrailer(body).key;
}

// src/github/threads.ts
var saysFixed = (thread) => readCommentTrailer(thread.body).fixed;
var threadKey = (body) => readFingerprintKey(body);
function sameLogin(a, b) {
  if (a === void 0 || b === void 0) return false;
  const normal = (login) => login.toLowerCase().replace(/\[bot\]$/, "");
  return normal(a) === normal(b);
}
function authoredByViewer(user, viewer) {
  if (user === null || user === void 0) return false;
  return viewer === void 0 ? user.type === "Bot" : sameLogin(user.login, viewer);
}

// src/github/api/issue-comments.ts
async function findSummaryComment(client, pullRequest, viewer) {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: pullRequest.owner,
    repo: pullRequest.repo,
    issue_number: pullRequest.number,
    per_page: PAGE_SIZE
  });
  let read = 0;
  for await (const page of pages) {
    const mine = page.data.find(
      (comment) => comment.body?.trimStart().startsWith(SUMMARY_MARKER) === true && authoredByViewer(comment.user, viewer)
    );
    if (mine) return { id: mine.id, body: mine.body ?? "" };
    if (++read >= MAX_PAGES) break;
  }
  return void 0;
}
async function createIssueComment(client, pullRequest, body, findCreated) {
  const { data } = await client.rest.issues.createComment({
    ...findCreated !== void 0 && { request: { [FIND_CREATED]: findCreated } },
    owner: pullRequest.owner,
    repo: pullRequest.repo,
    issue_number: pullRequest.number,
    body
  });
  return data.id;
}
async function updateIssueComment(client, pullRequest, id, body) {
  await client.rest.issues.updateComment({ owner: pullRequest.owner, repo: pullRequest.repo, comment_id: id, body });
}

// src/github/api/review-comments.ts
async function findMarkedComments(client, pullRequest, keys) {
  const found = /* @__PURE__ */ new Map();
  for await (const comment of reviewComments(client, pullRequest)) {
    const key = threadKey(comment.body);
    if (key === void 0 || !keys.has(key) || comment.in_reply_to_id !== void 0) continue;
    if (comment.commit_id !== pullRequest.headSha && comment.original_commit_id !== pullRequest.headSha) continue;
    found.set(key, { id: comment.id, reviewId: comment.pull_request_review_id, path: comment.path });
  }
  return found;
}
async function* reviewComments(client, pullRequest) {
  const pages = client.paginate.iterator(client.rest.pulls.listReviewComments, {
    owner: pullRequest.owner,
    repo: pullRequest.repo,
    pull_number: pullRequest.number,
    per_page: PAGE_SIZE
  });
  let read = 0;
  for await (const page of pages) {
    yield* page.data;
    if (++read >= MAX_PAGES) return;
  }
}
async function listOwnReviewComments(client, pullRequest, viewer) {
  const threads = [];
  for await (const comment of reviewComments(client, pullRequest)) {
    const key = threadKey(comment.body);
    if (key === void 0 || comment.in_reply_to_id !== void 0 || !authoredByViewer(comment.user, viewer)) continue;
    const subject = comment.subject_type === "file" ? "file" : "line";
    threads.push({
      key,
      threadId: void 0,
      commentId: comment.id,
      body: comment.body,
      path: comment.path,
      line: subject === "line" ? comment.line ?? void 0 : void 0,
      subject,
      resolved: void 0,
      resolvedByViewer: false
    });
  }
  return threads;
}
async function updateReviewComment(client, pullRequest, id, body) {
  await client.rest.pulls.updateReviewComment({
    owner: pullRequest.owner,
    repo: pullRequest.repo,
    comment_id: id,
    body
  });
}

// src/github/api/graphql-documents.ts
var REVIEW_THREADS_QUERY = (
  /* GraphQL */
  `
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
);
var VIEWER_QUERY = (
  /* GraphQL */
  `
  query HotpatchViewer {
    viewer {
      login
    }
  }
`
);
var RESOLVE_THREAD_FIELD = (
  /* GraphQL */
  `resolveReviewThread(input: {threadId: $threadId}) {
  thread {
    id
    isResolved
  }
}`
);

// src/github/api/review-threads.ts
async function listReviewThreads(client, pullRequest) {
  const threads = [];
  let viewer = "";
  let after = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const data = await client.graphql(REVIEW_THREADS_QUERY, {
      owner: pullRequest.owner,
      repo: pullRequest.repo,
      number: pullRequest.number,
      after
    });
    viewer = data.viewer.login;
    const connection = data.repository?.pullRequest?.reviewThreads;
    if (!connection) break;
    for (const node of connection.nodes) {
      const thread = node && toThread(node, viewer);
      if (thread) threads.push(thread);
    }
    if (!connection.pageInfo.hasNextPage || connection.pageInfo.endCursor === null) break;
    after = connection.pageInfo.endCursor;
  }
  return { viewer, threads };
}
function toThread(node, viewer) {
  const first = node.comments.nodes[0];
  const key = first ? threadKey(first.body) : void 0;
  if (!first?.viewerDidAuthor || key === void 0) return void 0;
  const subject = node.subjectType === "FILE" ? "file" : "line";
  const commentId = first.fullDatabaseId === null ? void 0 : Number(first.fullDatabaseId);
  return {
    key,
    threadId: node.id,
    commentId: commentId !== void 0 && Number.isSafeInteger(commentId) ? commentId : void 0,
    body: first.body,
    path: node.path,
    line: subject === "line" && !node.isOutdated ? node.line ?? void 0 : void 0,
    subject,
    resolved: node.isResolved,
    resolvedByViewer: node.isResolved && sameLogin(node.resolvedBy?.login, viewer)
  };
}
async function getViewerLogin(client) {
  const data = await client.graphql(VIEWER_QUERY);
  return data.viewer.login;
}
async function resolveReviewThreads(client, threadIds) {
  const resolved = /* @__PURE__ */ new Set();
  for (let start = 0; start < threadIds.length; start += MAX_RESOLVES_PER_REQUEST) {
    const batch = threadIds.slice(start, start + MAX_RESOLVES_PER_REQUEST);
    const variables = Object.fromEntries(batch.map((id, index) => [`t${index}`, id]));
    let data;
    try {
      data = await client.graphql(resolveThreadsDocument(batch.length), variables);
    } catch (error) {
      const partial = typeof error === "object" && error !== null ? error.data : void 0;
      if (typeof partial !== "object" || partial === null) throw error;
      data = partial;
    }
    for (const result of Object.values(data)) if (result?.thread?.isResolved) resolved.add(result.thread.id);
  }
  return resolved;
}
function resolveThreadsDocument(count2) {
  const variables = Array.from({ length: count2 }, (_, i) => `$t${i}: ID!`).join(", ");
  const fields = Array.from(
    { length: count2 },
    (_, i) => `r${i}: ${RESOLVE_THREAD_FIELD.replace("$threadId", `$t${i}`)}`
  ).join("\n");
  return `mutation HotpatchResolveThreads(${variables}) {
${fields}
}`;
}

// src/github/api/reviews.ts
async function createReview(client, pullRequest, body, comments) {
  const keys = markerKeys(comments.map((comment) => comment.body));
  const findCreated = async () => {
    if (keys.size === 0) return void 0;
    const [found] = (await findMarkedComments(client, pullRequest, keys)).values();
    return found?.reviewId === void 0 || found.reviewId === null ? void 0 : { id: found.reviewId };
  };
  const { data } = await client.rest.pulls.createReview({
    request: { [FIND_CREATED]: findCreated },
    owner: pullRequest.owner,
    repo: pullRequest.repo,
    pull_number: pullRequest.number,
    commit_id: pullRequest.headSha,
    event: "COMMENT",
    body,
    comments: comments.map((comment) => ({ path: comment.path, line: comment.line, side: "RIGHT", body: comment.body }))
  });
  return data.id;
}
async function createFileComment(client, pullRequest, path, body) {
  const keys = markerKeys([body]);
  const findCreated = async () => {
    if (keys.size === 0) return void 0;
    const [found] = (await findMarkedComments(client, pullRequest, keys)).values();
    return found?.path === path ? { id: found.id } : void 0;
  };
  const { data } = await client.rest.pulls.createReviewComment({
    request: { [FIND_CREATED]: findCreated },
    owner: pullRequest.owner,
    repo: pullRequest.repo,
    pull_number: pullRequest.number,
    commit_id: pullRequest.headSha,
    path,
    subject_type: "file",
    body
  });
  return data.id;
}
var markerKeys = (bodies) => new Set(bodies.flatMap((body) => readFingerprintKey(body) ?? []));

// src/github/render/finding-comment.ts
var MESSAGE_CUT = " \u2026 (cut here: the JSON report has it whole)";
var SEVERITY_LABELS = {
  error: "\u{1F534} error",
  warning: "\u{1F7E1} warning",
  notice: "\u{1F535} notice"
};
function renderFindingComment(finding, anchor) {
  const name = shortened(finding.resource, MAX_COMMENT_NAME_LENGTH);
  const parts = [
    `**${severityLabel(finding.severity)}** \xB7 ${ruleLink(finding.ruleId)} \xB7 VM **${escapeMarkdown(name)}**`,
    escapeMarkdown(shortened(finding.message, MAX_COMMENT_MESSAGE_LENGTH, MESSAGE_CUT)),
    ...renderFix(finding, anchor),
    ...renderWhere(finding, anchor),
    ...renderRelated(finding)
  ];
  const marker = fingerprintMarker(finding.fingerprint);
  const text = truncateMarkdown(
    parts.join("\n\n"),
    MAX_COMMENT_LENGTH - marker.length - 2,
    "_Cut at GitHub\u2019s comment size limit: the summary comment and the job summary have the rest._"
  );
  return `${text}

${marker}`;
}
var severityLabel = (severity) => SEVERITY_LABELS[severity] ?? escapeMarkdown(severity);
function renderFixedComment(body, sha) {
  const note = fixedTrailer(`\u2705 Fixed in ${codeSpan(sha.slice(0, 7))}: the finding is gone from the report.`);
  const marker = readFingerprintKey(body) === void 0 ? void 0 : lastLine(body);
  const text = marker === void 0 ? body : body.trimEnd().slice(0, -marker.length).trimEnd();
  const tail = marker === void 0 ? note : `

${marker}${note}`;
  return `${truncateMarkdown(text, MAX_COMMENT_LENGTH - tail.length, "\u2026")}${tail}`;
}
function renderFix(finding, anchor) {
  const fix = finding.fix;
  if (fix === void 0) return [];
  const parts = [];
  const suggestion = anchor.kind === "line" ? anchor.suggestion : void 0;
  if (suggestion !== void 0 && codeBlockKeeps(suggestion)) {
    parts.push("**Suggested change:**", codeBlock(suggestion, "suggestion"));
  } else if (fix.replacement) {
    const { file, line, text } = fix.replacement;
    parts.push(`**Fix:** change line ${line} of ${codeSpan(file)} to:`, codeBlock(text, languageOf(file)));
    if (suggestion !== void 0)
      parts.push(
        "_Not offered as a suggestion: the line holds characters a comment shows otherwise (a bidirectional control as \uFFFD, a control character not at all), and accepting it would change them. Edit the value in place._"
      );
  }
  if (fix.snippet) {
    parts.push(
      `**Fix, ready to paste** (${escapeMarkdown(fix.snippet.language)}):`,
      codeBlock(fix.snippet.text, fix.snippet.language)
    );
  }
  return parts;
}
function renderWhere(finding, anchor) {
  const at = codeSpan(`${finding.file}:${finding.startLine}`);
  if (anchor.kind === "file") {
    return anchor.path === finding.file ? [`The finding is at ${at}, outside the diff, so this comment is on the file.`] : [`The finding is at ${at}, outside the diff; this comment is on a file it uses that this pull request changes.`];
  }
  if (anchor.via === "related") return [`The finding is at ${at}; this comment is on the changed line it depends on.`];
  if (anchor.via === "resource")
    return [`The finding is at ${at}, outside the diff; this comment is on the VM's declaration.`];
  if (anchor.path !== finding.file || anchor.line !== finding.startLine) return [`The finding is at ${at}.`];
  return [];
}
function renderRelated(finding) {
  if (finding.related.length === 0) return [];
  const items = finding.related.map((r) => `${codeSpan(`${r.file}:${r.startLine}`)} (${escapeMarkdown(r.role)})`);
  return [`Related: ${items.join(" \xB7 ")}`];
}
function languageOf(path) {
  const lower = path.toLowerCase();
  if (lower.endsWith(".bicep") || lower.endsWith(".bicepparam")) return "bicep";
  if (lower.endsWith(".tf") || lower.endsWith(".tfvars")) return "hcl";
  if (lower.endsWith(".json") || lower.endsWith(".jsonc")) return "json";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  return "";
}

// src/github/render/review-body.ts
function renderReviewBody(view) {
  const part = view.parts > 1 ? ` (review ${view.part} of ${view.parts})` : "";
  const where = view.summary ? " The summary comment lists every finding." : "";
  const lines = [
    REVIEW_MARKER,
    `**Hotpatch reboot gate:** ${count(view.comments, "finding")} on this pull request's diff${part}.${where}`
  ];
  if (view.unplaced.length > 0) {
    lines.push("", `${count(view.unplaced.length, "finding")} could not be placed on the diff:`, "");
    for (const finding of view.unplaced) {
      lines.push(
        `- ${ruleLink(finding.ruleId)} \xB7 ${escapeMarkdown(finding.resource)} \xB7 ${codeSpan(`${finding.file}:${finding.startLine}`)}: ${escapeMarkdown(finding.message)}`
      );
    }
  }
  return truncateMarkdown(
    lines.join("\n"),
    MAX_COMMENT_LENGTH,
    "_Cut at GitHub\u2019s comment size limit: the job summary lists every finding._"
  );
}

// src/github/execute.ts
async function executePlan(client, pullRequest, plan, session, options) {
  const placements = new Map(plan.placements);
  const rejected = [];
  const counts = { reviews: 0, lineComments: 0, fileComments: 0, resolved: 0, markedFixed: 0 };
  const fileQueue = [...plan.fileComments];
  const demote = (comment, reason) => {
    placements.set(comment.finding, { kind: "summary", reason });
  };
  const batches = chunk(plan.lineComments, MAX_COMMENTS_PER_REVIEW);
  const postReview = async (comments, part) => {
    const body = renderReviewBody({
      comments: comments.length,
      part,
      parts: batches.length,
      summary: options.summary,
      unplaced: part === 1 && !options.summary ? plan.unplaced : []
    });
    const which = batches.length > 1 ? ` ${part} of ${batches.length}` : "";
    const what = `the review${which} with ${count(comments.length, "finding")} on ${filesOf(comments)}`;
    const result = await session.run(
      what,
      () => createReview(
        client,
        pullRequest,
        body,
        comments.map((c) => ({ path: c.path, line: c.line, body: c.body }))
      )
    );
    if (result.ok) {
      counts.reviews++;
      counts.lineComments += comments.length;
      return;
    }
    if (result.failure !== "invalid") {
      for (const comment2 of comments) demote(comment2, notPosted(result.message));
      return;
    }
    if (comments.length > 1) {
      const half = Math.ceil(comments.length / 2);
      await postReview(comments.slice(0, half), part);
      await postReview(comments.slice(half), part);
      return;
    }
    const [comment] = comments;
    rejected.push(comment.finding.fingerprint);
    if (fileQueue.length - plan.fileComments.length < plan.fileCommentsLeft) {
      const anchor = { kind: "file", path: comment.path };
      fileQueue.push({
        finding: comment.finding,
        path: comment.path,
        line: void 0,
        body: renderFindingComment(comment.finding, anchor)
      });
      placements.set(comment.finding, { kind: "file", path: comment.path });
    } else {
      demote(comment, "GitHub refused the line comment");
    }
  };
  for (const [index, batch] of batches.entries()) await postReview(batch, index + 1);
  for (const comment of fileQueue) {
    const result = await session.run(
      `the file comment on ${comment.path}`,
      () => createFileComment(client, pullRequest, comment.path, comment.body)
    );
    if (result.ok) counts.fileComments++;
    else demote(comment, result.failure === "invalid" ? "GitHub refused the file comment" : notPosted(result.message));
  }
  const unresolved = [...plan.markFixed];
  if (plan.resolve.length > 0) {
    const ids = plan.resolve.map((thread) => thread.threadId);
    const what = `resolving ${count(ids.length, "fixed thread")}`;
    const result = await session.run(what, () => resolveReviewThreads(client, ids), { haltOnForbidden: false, quiet: true });
    const done = result.ok ? result.value : /* @__PURE__ */ new Set();
    counts.resolved += done.size;
    unresolved.push(...plan.resolve.filter((thread) => !done.has(thread.threadId) && !saysFixed(thread)));
  }
  for (const thread of unresolved.slice(0, MAX_FIXED_EDITS_PER_RUN)) {
    if (thread.commentId === void 0) continue;
    const id = thread.commentId;
    const result = await session.run(
      `the "Fixed in" note on the comment on ${thread.path}`,
      () => updateReviewComment(client, pullRequest, id, renderFixedComment(thread.body, pullRequest.headSha))
    );
    if (result.ok) counts.markedFixed++;
  }
  return { placements, rejected, ...counts };
}
var notPosted = (message) => `could not be posted (${message})`;
function filesOf(comments) {
  const paths = [...new Set(comments.map((comment) => comment.path))];
  if (paths.length > 3) return `${paths.length} files`;
  return paths.length === 1 ? paths[0] : `${paths.slice(0, -1).join(", ")} and ${paths.at(-1)}`;
}
function chunk(items, size) {
  const chunks = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

// src/github/anchor.ts
function anchorFinding(finding, resource, diff) {
  const replacement = finding.fix?.replacement;
  if (replacement && diff.commentable(replacement.file, replacement.line)) {
    const onCause = replacement.file === finding.file && replacement.line >= finding.startLine && replacement.line <= finding.endLine;
    if (onCause || !diff.commentable(finding.file, finding.startLine)) {
      return {
        kind: "line",
        path: replacement.file,
        line: replacement.line,
        via: "finding",
        suggestion: replacement.text
      };
    }
  }
  const related = [...finding.related, ...resource?.related ?? []];
  const line = (path, at, via) => ({
    kind: "line",
    path,
    line: at,
    via
  });
  if (diff.commentable(finding.file, finding.startLine)) return line(finding.file, finding.startLine, "finding");
  const changedRelated = related.find((r) => diff.added(r.file, r.startLine));
  if (changedRelated) return line(changedRelated.file, changedRelated.startLine, "related");
  if (resource && diff.commentable(resource.file, resource.startLine))
    return line(resource.file, resource.startLine, "resource");
  const nearRelated = related.find((r) => diff.commentable(r.file, r.startLine));
  if (nearRelated) return line(nearRelated.file, nearRelated.startLine, "related");
  const files = [finding.file, ...related.map((r) => r.file), ...resource ? [resource.file] : []];
  const changedFile = files.find((path) => diff.fileCommentable(path));
  if (changedFile !== void 0) return { kind: "file", path: changedFile };
  return {
    kind: "none",
    reason: diff.file(finding.file) ? "its lines are outside the diff" : "its files are not in the diff"
  };
}
function resourceOf(finding, report) {
  if (finding.resourceKey !== void 0) return report.resources.find((resource) => resource.key === finding.resourceKey);
  const named = report.resources.filter((resource) => resource.name === finding.resource);
  return named.length === 1 ? named[0] : void 0;
}

// src/github/state.ts
import { createHash as createHash2 } from "node:crypto";
var STATE_LINE = /^<!-- hotpatch-reboot-gate:state ([A-Za-z0-9_-]{1,200000}) -->$/;
var SHA = /^[0-9a-f]{7,64}$/i;
var HASH_BYTES = 8;
function hashFingerprint(fingerprint) {
  return createHash2("sha256").update(fingerprint).digest("hex").slice(0, HASH_BYTES * 2);
}
function advanceState(previous, sha, fingerprints, rejected) {
  const all = [...new Set(fingerprints.map(hashFingerprint))].sort();
  const current = all.slice(0, MAX_TRACKED_FINGERPRINTS);
  const baseline = baselineOf(previous, sha);
  const currentSet = new Set(current);
  const since = baseline && {
    sha: baseline.sha,
    added: current.filter((hash) => !baseline.fingerprints.has(hash)),
    fixed: [...baseline.fingerprints].filter((hash) => !currentSet.has(hash)).sort()
  };
  const keptRejected = previous?.sha === sha ? [...previous.rejected] : [];
  const state = {
    sha,
    fingerprints: currentSet,
    since,
    rejected: new Set([...keptRejected, ...rejected.map(hashFingerprint)].filter((hash) => currentSet.has(hash))),
    partial: all.length > current.length
  };
  const changes = since && {
    sha: since.sha,
    added: since.added.length,
    fixed: since.fixed.length,
    unchanged: current.length - since.added.length
  };
  return { state, changes };
}
function baselineOf(previous, sha) {
  if (previous === void 0) return void 0;
  if (previous.sha !== sha) return { sha: previous.sha, fingerprints: previous.fingerprints };
  if (previous.since === void 0) return void 0;
  const added = new Set(previous.since.added);
  const fingerprints = new Set([...previous.fingerprints].filter((hash) => !added.has(hash)));
  for (const hash of previous.since.fixed) fingerprints.add(hash);
  return { sha: previous.since.sha, fingerprints };
}
function stateMarker(state) {
  const json = {
    v: 1,
    sha: state.sha,
    fp: packHashes([...state.fingerprints]),
    ...state.since && {
      since: { sha: state.since.sha, added: packHashes(state.since.added), fixed: packHashes(state.since.fixed) }
    },
    rejected: packHashes([...state.rejected]),
    ...state.partial && { partial: true }
  };
  return `<!-- hotpatch-reboot-gate:state ${Buffer.from(JSON.stringify(json)).toString("base64url")} -->`;
}
function readState(body) {
  const encoded = STATE_LINE.exec(lastLine(body))?.[1];
  if (encoded === void 0) return void 0;
  let value;
  try {
    value = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  } catch {
    return void 0;
  }
  if (typeof value !== "object" || value === null) return void 0;
  const record = value;
  const fingerprints = unpackHashes(record.fp);
  const rejected = unpackHashes(record.rejected);
  if (record.v !== 1 || !isSha(record.sha) || fingerprints === void 0 || rejected === void 0) return void 0;
  let since;
  if (record.since !== void 0) {
    const raw = record.since;
    const added = unpackHashes(raw?.added);
    const fixed = unpackHashes(raw?.fixed);
    if (raw === null || !isSha(raw.sha) || added === void 0 || fixed === void 0) return void 0;
    since = { sha: raw.sha, added, fixed };
  }
  return {
    sha: record.sha,
    fingerprints: new Set(fingerprints),
    since,
    rejected: new Set(rejected),
    partial: record.partial === true
  };
}
function packHashes(hashes) {
  return Buffer.from([...hashes].sort().join(""), "hex").toString("base64");
}
function unpackHashes(value) {
  if (typeof value !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return void 0;
  const bytes = Buffer.from(value, "base64");
  if (bytes.length % HASH_BYTES !== 0) return void 0;
  const hashes = [];
  for (let offset = 0; offset < bytes.length; offset += HASH_BYTES) {
    hashes.push(bytes.subarray(offset, offset + HASH_BYTES).toString("hex"));
  }
  return hashes;
}
var isSha = (value) => typeof value === "string" && SHA.test(value);

// src/github/plan.ts
function planConversation(input) {
  const placements = /* @__PURE__ */ new Map();
  const lineComments = [];
  const fileComments = [];
  const planned = /* @__PURE__ */ new Set();
  const maxLineComments = input.maxLineComments ?? Infinity;
  const blocking = blockingThreads(input.threads ?? []);
  const currentKeys = new Set(input.report.findings.map((finding) => fingerprintKey(finding.fingerprint)));
  const existingFileThreads = [...blocking.values()].filter(
    (thread) => thread.subject === "file" && currentKeys.has(thread.key)
  ).length;
  for (const finding of input.report.findings) {
    const placement = place(finding);
    placements.set(finding, placement);
  }
  function place(finding) {
    if (!input.review) return { kind: "summary", reason: "review comments are off" };
    if (finding.exemption !== void 0) return { kind: "summary", reason: "exempted" };
    if (finding.severity === "notice") return { kind: "summary", reason: "notices are listed here only" };
    if (input.threads === void 0) return { kind: "summary", reason: "earlier review comments could not be read" };
    const key = fingerprintKey(finding.fingerprint);
    const existing = blocking.get(key);
    if (existing) return placementOf(existing);
    if (input.diff === void 0) return { kind: "summary", reason: "the changed files could not be listed" };
    if (input.rejected.has(hashFingerprint(finding.fingerprint))) {
      return { kind: "summary", reason: "GitHub refused the line comment" };
    }
    const anchor = anchorFinding(finding, resourceOf(finding, input.report), input.diff);
    if (anchor.kind === "none") return { kind: "summary", reason: anchor.reason };
    if (planned.has(key))
      return anchor.kind === "line" ? { kind: "line", path: anchor.path, line: anchor.line } : anchor;
    const body = renderFindingComment(finding, anchor);
    if (anchor.kind === "line") {
      if (lineComments.length >= maxLineComments) {
        return { kind: "summary", reason: `over the budget of ${maxLineComments} review comments per run` };
      }
      planned.add(key);
      lineComments.push({ finding, path: anchor.path, line: anchor.line, body });
      return { kind: "line", path: anchor.path, line: anchor.line };
    }
    if (fileComments.length + existingFileThreads >= MAX_FILE_COMMENTS) {
      return { kind: "summary", reason: `over the budget of ${MAX_FILE_COMMENTS} file comments per pull request` };
    }
    planned.add(key);
    fileComments.push({ finding, path: anchor.path, line: void 0, body });
    return { kind: "file", path: anchor.path };
  }
  const fixed = (input.threads ?? []).filter((thread) => !input.allFindingKeys.has(thread.key));
  const resolve = fixed.filter((thread) => thread.threadId !== void 0 && thread.resolved === false);
  const markFixed = fixed.filter((thread) => thread.threadId === void 0 && thread.commentId !== void 0 && !saysFixed(thread)).slice(0, MAX_FIXED_EDITS_PER_RUN);
  const unplaced = input.report.findings.filter(
    (finding) => placements.get(finding)?.kind === "summary" && finding.exemption === void 0 && finding.severity !== "notice"
  );
  const fileCommentsLeft = Math.max(0, MAX_FILE_COMMENTS - existingFileThreads - fileComments.length);
  return { placements, lineComments, fileComments, resolve, markFixed, unplaced, fileCommentsLeft };
}
function blockingThreads(threads) {
  const blocking = /* @__PURE__ */ new Map();
  for (const thread of threads) {
    const blocks = thread.resolved === void 0 ? !saysFixed(thread) : !thread.resolved || !thread.resolvedByViewer;
    const current = blocking.get(thread.key);
    if (blocks && (current === void 0 || current.resolved === true && thread.resolved !== true)) {
      blocking.set(thread.key, thread);
    }
  }
  return blocking;
}
function placementOf(thread) {
  const resolvedByReviewer = thread.resolved === true && !thread.resolvedByViewer;
  const note = resolvedByReviewer ? { resolvedByReviewer } : {};
  return thread.subject === "file" ? { kind: "file", path: thread.path, ...note } : { kind: "line", path: thread.path, line: thread.line, ...note };
}

// src/github/render/summary.ts
function renderSummary(view) {
  const sections = [
    SUMMARY_MARKER,
    renderHeading(view),
    renderContext(view),
    renderVms(view),
    // Reviewers must see an exemption the pull request adds or extends, next to the findings it hides.
    renderNewExemptions(view.report),
    renderFindings(view),
    renderParseErrors(view.report),
    renderAdvisories(view.report),
    `<sub>${escapeMarkdown(view.report.tool.name)} ${escapeMarkdown(view.report.tool.version)} \xB7 this comment is updated on every push</sub>`
  ].filter((section) => section !== "");
  const state = stateMarker(view.state);
  const pointer = `**Cut at GitHub\u2019s ${MAX_COMMENT_LENGTH.toLocaleString("en-US")}-character comment limit.** All ${count(view.report.findings.length, "finding")} and ${count(view.report.resources.length, "VM")} are in the job summary` + (view.runUrl === void 0 ? "" : ` of ${link("the workflow run", view.runUrl)}`) + " and in the JSON report.";
  const body = truncateMarkdown(sections.join("\n\n"), MAX_COMMENT_LENGTH - state.length - 2, pointer);
  return `${body}

${state}`;
}
function renderHeading(view) {
  const exempted = new Set(view.report.findings.filter((f) => f.exemption !== void 0).map((f) => f.resourceKey));
  for (const finding of view.report.findings) if (finding.exemption === void 0) exempted.delete(finding.resourceKey);
  const needing = view.report.resources.filter(
    (resource) => needsAction(resource.verdict) && !exempted.has(resource.key)
  ).length;
  if (view.verdict === "fail") {
    const what = needing > 0 ? `${count(needing, "VM")} need${needing === 1 ? "s" : ""} a reboot plan` : "fails";
    return `### \u274C Hotpatch reboot gate: ${what}`;
  }
  const { errors, warnings } = view.report.summary;
  const open = errors + warnings;
  return open === 0 ? "### \u2705 Hotpatch reboot gate: passes" : `### \u2705 Hotpatch reboot gate: passes, with ${count(open, "finding")} to look at`;
}
function renderContext(view) {
  const { report, scope, changes } = view;
  const inScope = scope.mode === "all" ? `${count(report.resources.length, "VM")} checked (scope: all)` : `${count(report.resources.length, "VM")} in scope: ${escapeMarkdown(scope.reason)}`;
  const lines = [`Commit ${codeSpan(view.headSha.slice(0, 7))} \xB7 as of ${escapeMarkdown(report.asOf)} \xB7 ${inScope}.`];
  if (scope.findingsOutOfScope > 0) {
    lines.push(
      `${count(scope.findingsOutOfScope, "finding")} on files this pull request does not touch ${scope.findingsOutOfScope === 1 ? "is" : "are"} not counted (scope: changed).`
    );
  }
  if (changes === void 0) lines.push("First check of this pull request.");
  else if (changes.added === 0 && changes.fixed === 0) {
    lines.push(`Since ${codeSpan(changes.sha.slice(0, 7))}: no change (${count(changes.unchanged, "finding")}).`);
  } else {
    lines.push(
      `Since ${codeSpan(changes.sha.slice(0, 7))}: **${changes.added} new**, **${changes.fixed} fixed**, ${changes.unchanged} unchanged.`
    );
  }
  if (view.state.partial) lines.push("Changes are tracked for the first 1,000 findings only.");
  return lines.join("<br>\n");
}
function renderVms(view) {
  const affected = view.report.resources.filter((resource) => resource.verdict !== "not-affected").sort((a, b) => VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict));
  const unaffected = view.report.resources.length - affected.length;
  const rest = unaffected > 0 ? `

${count(unaffected, "more VM")} in scope ${unaffected === 1 ? "is" : "are"} not affected.` : "";
  if (affected.length === 0) return view.report.resources.length === 0 ? "" : `No VM in scope is affected.${rest}`;
  const rows = affected.map(
    (resource) => row([
      vmName(resource),
      escapeMarkdown(VERDICT_LABELS[resource.verdict]),
      resource.evidence.length === 0 ? "none" : resource.evidence.map((e) => escapeMarkdown(describeReportEvidence(e))).join("<br>"),
      blobLink(view, resource.file, resource.startLine)
    ])
  );
  return [
    "#### VMs",
    "",
    row(["VM", "Verdict", "Reboot plan evidence", "Declared at"]),
    row(["---", "---", "---", "---"]),
    ...rows
  ].join("\n") + rest;
}
function renderFindings(view) {
  const { findings } = view.report;
  if (findings.length === 0) return "No findings.";
  const rows = findings.map((finding) => {
    const exemption = finding.exemption;
    const text = exemption ? `Exempted until ${escapeMarkdown(exemption.expires)} (${escapeMarkdown(exemption.owner)}): ${escapeMarkdown(exemption.reason)} \u2014 ${escapeMarkdown(finding.message)}` : escapeMarkdown(finding.message);
    const placement = view.placements.get(finding);
    return row([
      exemption ? "\u26AA exempted" : severityLabel(finding.severity),
      ruleLink(finding.ruleId),
      escapeMarkdown(finding.resource),
      text,
      placement === void 0 ? "here only" : describePlacement(placement)
    ]);
  });
  return [
    "#### Findings",
    "",
    row(["Severity", "Rule", "VM", "Finding", "Posted as"]),
    row(["---", "---", "---", "---", "---"]),
    ...rows
  ].join("\n");
}
function describePlacement(placement) {
  const reviewer = "resolvedByReviewer" in placement && placement.resolvedByReviewer ? " (resolved by a reviewer)" : "";
  switch (placement.kind) {
    case "line":
      return placement.line === void 0 ? `line comment on ${codeSpan(placement.path, { inTable: true })} (outdated)${reviewer}` : `line comment, ${codeSpan(`${placement.path}:${placement.line}`, { inTable: true })}${reviewer}`;
    case "file":
      return `file comment, ${codeSpan(placement.path, { inTable: true })}${reviewer}`;
    case "summary":
      return `here only: ${escapeMarkdown(placement.reason)}`;
  }
}
function renderParseErrors(report) {
  const errors = report.parseErrors.filter((error) => error.severity === "error");
  if (errors.length === 0) return "";
  const rows = errors.map(
    (error) => row([codeSpan(error.file, { inTable: true }), String(error.line), escapeMarkdown(error.message)])
  );
  return [
    `<details><summary>${count(errors.length, "manifest error")}: these files could not be read</summary>`,
    "",
    row(["File", "Line", "Error"]),
    row(["---", "---", "---"]),
    ...rows,
    "",
    "</details>"
  ].join("\n");
}
function renderAdvisories(report) {
  if (report.advisories.length === 0) return "";
  return `Advisories: ${report.advisories.map((advisory) => advisoryLink(advisory.title || advisory.id, advisory.url)).join(" \xB7 ")}`;
}
function vmName(resource) {
  const variant = resource.variant === void 0 ? "" : ` (${escapeMarkdown(resource.variant)})`;
  return `${escapeMarkdown(resource.name)}${variant}`;
}
function blobLink(view, file, line) {
  if (!isRepositoryPath(file) || !Number.isSafeInteger(line) || line < 1) {
    return codeSpan(`${file}:${line}`, { inTable: true });
  }
  const { serverUrl, owner, repo } = view.repository;
  const path = file.split("/").map(encodePathSegment).join("/");
  const url = `${serverUrl}/${encodePathSegment(owner)}/${encodePathSegment(repo)}/blob/${view.headSha}/${path}#L${line}`;
  return link(`${file}:${line}`, url);
}
function isRepositoryPath(file) {
  if (file === "" || file.includes("\\") || [...file].some((char) => char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127)) return false;
  return file.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}
var encodePathSegment = (segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
var row = (cells) => `| ${cells.join(" | ")} |`;

// src/github/notices.ts
var ADVICE = {
  permissions: "To get comments, give the job `permissions: pull-requests: write` (see docs/pull-requests.md).",
  "two-phase": "`permissions: pull-requests: write` cannot help here: to get comments, use the two-phase workflows hotpatch-reboot-gate-pr.yml and hotpatch-reboot-gate-comment.yml (see docs/pull-requests.md)."
};
function readOnlyNotice(pullRequest, why, advice) {
  return `Not commenting on pull request #${pullRequest.number}: ${why}. The verdict is unaffected: the findings are in the annotations and the job summary. ${ADVICE[advice]}`;
}
function notPostedWarning(pullRequest, what, detail) {
  return `${capitalize(what)} was not posted to pull request #${pullRequest.number}: ${detail}. The findings are in the annotations and the job summary; the next run posts what is missing.`;
}
function skippedAfterRateLimitWarning(pullRequest, skipped) {
  return `Stopped writing to pull request #${pullRequest.number} at GitHub's rate limit; not posted either: ${skipped.join("; ")}. The next run posts what is missing.`;
}
var capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);

// src/github/scope.ts
function decideScope(report, files) {
  if (files === void 0) return { files: void 0, reason: "the changed files are not known" };
  const cause = scopeCause(files, planFilesOf(report), policyFilesOf(report));
  return { files: scopeFiles(cause), reason: reasonOf(cause) };
}
var scopeReport2 = (report, files) => scopeReport(report, decideScope(report, files).files);
function reasonOf(cause) {
  switch (cause.kind) {
    case "removed-manifest":
      return `the pull request removes or renames ${cause.path}`;
    case "policy-file":
      return cause.file === "configuration" ? `the pull request changes ${cause.path}, the gate's configuration` : `the pull request changes ${cause.path}, an advisory the gate's configuration loads`;
    case "plan-file":
      return `the pull request changes ${cause.path}, which holds a reboot plan`;
    case "removed-plan-lines":
      return `the pull request removes maintenance lines from ${cause.path}`;
    case "hidden-diff":
      return `GitHub does not show the diff of ${cause.path}`;
    case "changed-files":
      return "resources in, or using, the changed files";
  }
}

// src/github/writes.ts
var WriteSession = class {
  /** `advice`: what helps when a write is refused for permissions (src/github/notices.ts). */
  constructor(pullRequest, advice = "permissions") {
    this.pullRequest = pullRequest;
    this.advice = advice;
  }
  pullRequest;
  advice;
  halted;
  noticeLines = [];
  warningLines = [];
  skipped = [];
  /** Permission notices for `::notice::`: at most one. */
  get notices() {
    return this.noticeLines;
  }
  /** Writes given up on, for `::warning::`: one per write, the ones skipped after a rate limit grouped. */
  get warnings() {
    return this.skipped.length === 0 ? this.warningLines : [...this.warningLines, skippedAfterRateLimitWarning(this.pullRequest, this.skipped)];
  }
  /** Whether writing has stopped (read-only token or rate limit). */
  get stopped() {
    return this.halted !== void 0;
  }
  /** Stops writing before any request: a fork's (or Dependabot's) `pull_request` run, whose token is read-only. */
  stop(why) {
    this.halted = "forbidden";
    this.noticeLines.push(readOnlyNotice(this.pullRequest, why, "two-phase"));
  }
  /** A write left out because writing stopped: named in the rate-limit warning (a read-only token has its notice). */
  skip(what) {
    if (this.halted === "rate-limited") this.skipped.push(what);
  }
  /**
   * Sends one write; `what` names it for a warning ("the review with 2 findings on infra/web.json").
   * `quiet`: a failure needs no warning because the caller falls back to another write.
   */
  async run(what, request, options = {}) {
    if (this.halted !== void 0) {
      if (options.quiet !== true) this.skip(what);
      return { ok: false, failure: "skipped", status: void 0, message: "writing stopped" };
    }
    try {
      return { ok: true, value: await request() };
    } catch (error) {
      const failure = classifyFailure(error);
      const message = describeFailure(error);
      if (failure === "rate-limited") {
        this.halted = failure;
        this.warningLines.push(notPostedWarning(this.pullRequest, what, `GitHub's rate limit (${message})`));
      } else if (failure === "forbidden" && options.haltOnForbidden !== false) {
        this.halted = failure;
        const why = `the token cannot write to it (${message})`;
        this.noticeLines.push(readOnlyNotice(this.pullRequest, why, this.advice));
      } else if (failure === "failed" && options.quiet !== true) {
        this.warningLines.push(notPostedWarning(this.pullRequest, what, message));
      }
      return { ok: false, failure, status: statusOf(error), message };
    }
  }
};

// src/github/conversation.ts
var NOTHING = {
  summary: "not-written",
  reviews: 0,
  lineComments: 0,
  fileComments: 0,
  resolvedThreads: 0,
  markedFixed: 0
};
async function publishPullRequestConversation(input) {
  const placements = /* @__PURE__ */ new Map();
  if (input.comment === "none") return { notices: [], warnings: [], ...NOTHING, placements };
  const { pullRequest, client } = input;
  if (pullRequest === void 0)
    return { notices: ["Not a pull request run: nothing to comment on."], warnings: [], ...NOTHING, placements };
  const session = new WriteSession(pullRequest);
  const readOnly = readOnlyReason(input.eventName, pullRequest, input.actor);
  if (readOnly !== void 0) {
    session.stop(`${readOnly}, and GitHub gives such runs a read-only token`);
    return { notices: session.notices, warnings: [], ...NOTHING, placements };
  }
  const log = input.log ?? (() => void 0);
  const notices = [];
  const warnings = [];
  const refusedReads = [];
  let lastReadFailure;
  const wantSummary = input.comment === "summary" || input.comment === "both";
  const wantReview = input.comment === "review" || input.comment === "both";
  const changes = input.changes ?? await attempt(() => listPullRequestFiles(client, pullRequest), "list the changed files");
  const listed = changes?.complete ? changes.files : void 0;
  const scope = input.scope ?? "changed";
  const decision = scope === "all" ? { files: void 0, reason: "every VM" } : decideScope(input.report, listed);
  const report = scope === "all" ? input.report : scopeReport2(input.report, listed);
  let viewer;
  let threads;
  if (wantReview) {
    const graph = await attempt(
      () => listReviewThreads(client, pullRequest),
      "read review threads through GraphQL",
      false
    );
    viewer = graph?.viewer;
    threads = graph?.threads ?? await attempt(() => listOwnReviewComments(client, pullRequest, void 0), "list review comments");
  } else {
    viewer = await attempt(() => getViewerLogin(client), "read the token\u2019s login", false);
  }
  let existing;
  let summaryReadable = wantSummary;
  if (wantSummary) {
    const found = await attempt(
      async () => ({ comment: await findSummaryComment(client, pullRequest, viewer) }),
      "list comments"
    );
    summaryReadable = found !== void 0;
    existing = found?.comment;
    if (!summaryReadable && lastReadFailure !== void 0 && classifyFailure(lastReadFailure) !== "forbidden")
      warnings.push(
        notPostedWarning(
          pullRequest,
          "the summary comment",
          `its earlier version could not be looked up (${describeFailure(lastReadFailure)})`
        )
      );
  }
  const previous = existing && readState(existing.body);
  const plan = planConversation({
    report,
    allFindingKeys: new Set(input.report.findings.map((finding) => fingerprintKey(finding.fingerprint))),
    diff: changes && new DiffIndex(changes),
    review: wantReview,
    threads,
    rejected: previous?.sha === pullRequest.headSha ? previous.rejected : /* @__PURE__ */ new Set(),
    ...input.maxLineComments === void 0 ? {} : { maxLineComments: input.maxLineComments }
  });
  const outcome = await executePlan(client, pullRequest, plan, session, { summary: wantSummary });
  if (!wantSummary && outcome.reviews === 0 && plan.unplaced.length > 0) {
    const n = plan.unplaced.length;
    notices.push(
      `${count(n, "finding")} could not be placed on the diff; with comment: review, ${n === 1 ? "it is" : "they are"} in the job summary only.`
    );
  }
  let summary = "not-written";
  if (summaryReadable && session.stopped)
    session.skip(existing === void 0 ? "the summary comment" : "the update of the summary comment");
  if (summaryReadable && !session.stopped) {
    const { state, changes: since } = advanceState(
      previous,
      pullRequest.headSha,
      report.findings.map((finding) => finding.fingerprint),
      outcome.rejected
    );
    const body = renderSummary({
      report,
      // The report is scoped already: the gate counts every finding left in it.
      verdict: input.verdict ?? decideVerdict(report, input.failOn ?? "error", void 0).verdict,
      scope: {
        mode: scope,
        reason: decision.reason,
        findingsOutOfScope: input.report.findings.length - report.findings.length
      },
      placements: outcome.placements,
      changes: since,
      state,
      headSha: pullRequest.headSha,
      repository: { serverUrl: input.serverUrl, owner: pullRequest.owner, repo: pullRequest.repo },
      runUrl: input.runUrl
    });
    const findCreated = async () => findSummaryComment(client, pullRequest, viewer);
    const written = await writeSummary(client, pullRequest, session, existing, body, findCreated);
    summary = written.summary;
    if (written.warning !== void 0) warnings.push(written.warning);
  }
  const refusedWrite = session.notices.length > 0;
  if (refusedWrite) refusedReads.forEach((message) => log(message));
  return {
    notices: [...refusedWrite ? [] : refusedReads, ...notices, ...session.notices],
    warnings: [...warnings, ...session.warnings],
    summary,
    reviews: outcome.reviews,
    lineComments: outcome.lineComments,
    fileComments: outcome.fileComments,
    resolvedThreads: outcome.resolved,
    markedFixed: outcome.markedFixed,
    placements: outcome.placements
  };
  async function attempt(read, what, notice = true) {
    try {
      return await read();
    } catch (error) {
      lastReadFailure = error;
      const message = `Could not ${what} of pull request #${pullRequest?.number}: ${describeFailure(error)}`;
      if (notice && classifyFailure(error) === "forbidden") refusedReads.push(message);
      else log(message);
      return void 0;
    }
  }
}
async function writeSummary(client, pullRequest, session, existing, body, findCreated) {
  if (existing && normalize(existing.body) === normalize(body)) return { summary: "unchanged" };
  const result = existing === void 0 ? await session.run("the summary comment", () => createIssueComment(client, pullRequest, body, findCreated)) : await session.run(
    "the update of the summary comment",
    () => updateIssueComment(client, pullRequest, existing.id, body)
  );
  if (result.ok) return { summary: existing === void 0 ? "created" : "updated" };
  if (result.failure !== "invalid") return { summary: "not-written" };
  return { summary: "not-written", warning: `GitHub refused the summary comment: ${result.message}` };
}
var normalize = (body) => body.replace(/\r\n/g, "\n").trim();

export {
  publishPullRequestConversation
};

import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/unsafe-characters.ts
var CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
var C1_CONTROL = /[\u0080-\u009f]/g;
var LINE_SEPARATOR = /[\u2028\u2029]/g;
var LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;
var oneLine = (text) => text.replace(LINE_BREAK, " ");
var BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
var BIDI_REPLACEMENT = "\uFFFD";

// src/report/style.ts
var sgr = (open, close) => (text) => text === "" ? "" : `\x1B[${open}m${text}\x1B[${close}m`;
var plain = (text) => text;
function createStyle(color) {
  if (!color) return { bold: plain, dim: plain, underline: plain, red: plain, yellow: plain, green: plain, cyan: plain };
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    underline: sgr(4, 24),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39),
    cyan: sgr(36, 39)
  };
}
function wrapText(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}
var OPERATING_SYSTEM_COMMAND = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
var CONTROL_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]/g;
function sanitizeForTerminal(text) {
  return sanitizeLinesForTerminal(oneLine(text));
}
function sanitizeLinesForTerminal(text) {
  return text.replace(OPERATING_SYSTEM_COMMAND, "").replace(CONTROL_SEQUENCE, "").replaceAll("\r\n", "\n").replace(LINE_SEPARATOR, "\n").replace(CONTROL_CHARACTER, "").replace(BIDI_CONTROL, BIDI_REPLACEMENT);
}

// src/report/limits.ts
var MAX_COMMENT_LENGTH = 65536;
var MAX_SUMMARY_BYTES = 1048576;
var MAX_ANNOTATIONS_PER_LEVEL = 10;
var MAX_ANNOTATION_MESSAGE_LENGTH = 4096;
var MAX_SARIF_RESULTS = 25e3;
var MAX_COMMENT_NAME_LENGTH = 512;
var MAX_COMMENT_MESSAGE_LENGTH = 8192;

// src/report/wording.ts
var VERDICTS = [
  "affected-no-plan",
  "affected-reboot-blocked",
  "affected-platform-reboot",
  "indeterminate",
  "affected-with-plan",
  "not-affected"
];
var VERDICT_LABELS = {
  "affected-no-plan": "affected, no reboot plan",
  "affected-reboot-blocked": "affected, reboots blocked",
  "affected-platform-reboot": "affected, reboots left to the platform",
  indeterminate: "indeterminate",
  "affected-with-plan": "affected, reboot plan in place",
  "not-affected": "not affected"
};
var VERDICT_COUNT_LABELS = {
  "affected-no-plan": "affected without a plan",
  "affected-reboot-blocked": "affected with reboots blocked",
  "affected-platform-reboot": "affected with platform reboots",
  indeterminate: "indeterminate",
  "affected-with-plan": "with a plan",
  "not-affected": "not affected"
};
var needsAction = (verdict) => verdict === "affected-no-plan" || verdict === "affected-reboot-blocked";
function count(n, noun, plural = `${noun}s`) {
  return `${n} ${n === 1 ? noun : plural}`;
}
function describeVerdictCounts(verdicts) {
  return VERDICTS.filter((verdict) => (verdicts[verdict] ?? 0) > 0).map((verdict) => `${verdicts[verdict]} ${VERDICT_COUNT_LABELS[verdict]}`).join(", ");
}
function describeCounts(report) {
  const { summary } = report;
  const verdicts = describeVerdictCounts(summary.verdicts);
  const { skipped, noted } = countNoticeFiles(report);
  return [
    count(summary.files, "file"),
    count(summary.resources, "VM") + (verdicts === "" ? "" : ` (${verdicts})`),
    count(summary.errors, "error"),
    count(summary.warnings, "warning"),
    ...summary.notices > 0 ? [count(summary.notices, "notice")] : [],
    count(countParseErrors(report), "parse error"),
    ...summary.exempted > 0 ? [`${summary.exempted} exempted`] : [],
    ...skipped > 0 ? [`${count(skipped, "file")} skipped`] : [],
    ...noted > 0 ? [`${count(noted, "file")} with notes`] : []
  ].join(", ");
}
function countNoticeFiles(report) {
  const skipped = /* @__PURE__ */ new Set();
  const noted = /* @__PURE__ */ new Set();
  for (const error of report.parseErrors) {
    if (error.severity !== "notice" || error.file === ".") continue;
    (error.skipped === true ? skipped : noted).add(error.file);
  }
  for (const file of skipped) noted.delete(file);
  return { skipped: skipped.size, noted: noted.size };
}
var countParseErrors = (report) => report.parseErrors.filter((e) => e.severity === "error").length;
var bracketedVariant = (variant) => variant.startsWith("[") ? variant : `[${variant}]`;

// src/report/summarize.ts
function summarizeReport(files, resources, findings) {
  const open = findings.filter((finding) => finding.exemption === void 0);
  const verdicts = {};
  for (const verdict of VERDICTS) {
    const n = resources.filter((resource) => resource.verdict === verdict).length;
    if (n > 0) verdicts[verdict] = n;
  }
  return {
    files,
    resources: resources.length,
    errors: open.filter((finding) => finding.severity === "error").length,
    warnings: open.filter((finding) => finding.severity === "warning").length,
    notices: open.filter((finding) => finding.severity === "notice").length,
    exempted: findings.length - open.length,
    verdicts
  };
}

// src/workspace/manifest-names.ts
var MANIFEST_EXTENSIONS = [".json", ".jsonc", ".bicep", ".bicepparam", ".tf", ".tfvars", ".yaml", ".yml"];
var MANIFEST_NAMES = ["terragrunt.hcl"];
var isManifestName = (path) => {
  const lower = path.toLowerCase();
  return MANIFEST_EXTENSIONS.some((ext) => lower.endsWith(ext)) || MANIFEST_NAMES.some((name) => lower === name || lower.endsWith(`/${name}`));
};

// src/gate/scope.ts
var NO_POLICY_FILES = /* @__PURE__ */ new Map();
var REMOVED_PLAN_LINE = /^-(?!--).*(maintenance|configurationassignment)/im;
var PLAN_ROLE = /maintenance|assignment/i;
function scopeCause(changes, planFiles, policyFiles = NO_POLICY_FILES) {
  for (const change of changes) {
    const gone = change.status === "removed" ? change.path : change.previousPath;
    if (gone !== void 0 && isManifestName(gone)) return { kind: "removed-manifest", path: gone };
    const policy = policyFiles.get(change.path);
    if (policy !== void 0) return { kind: "policy-file", path: change.path, file: policy };
    if (planFiles.has(change.path)) return { kind: "plan-file", path: change.path };
    if (change.patch !== void 0 && REMOVED_PLAN_LINE.test(change.patch)) {
      return { kind: "removed-plan-lines", path: change.path };
    }
    if (change.patch === void 0 && change.status !== "added" && isManifestName(change.path)) {
      return { kind: "hidden-diff", path: change.path };
    }
  }
  return { kind: "changed-files", files: new Set(changes.map((change) => change.path)) };
}
var scopeFiles = (cause) => cause.kind === "changed-files" ? cause.files : void 0;
function policyFilesOf(report) {
  const files = /* @__PURE__ */ new Map();
  if (report.configuration === void 0) return files;
  for (const advisory of report.configuration.advisories ?? []) files.set(advisory, "advisory");
  files.set(report.configuration.file, "configuration");
  return files;
}
function planFilesOf(report) {
  const files = new Set(policyFilesOf(report).keys());
  for (const plan of report.plans) {
    files.add(plan.file);
    if (plan.declaredIn !== void 0) files.add(plan.declaredIn);
    for (const file of plan.valueFiles ?? []) files.add(file);
  }
  for (const resource of report.resources) {
    for (const related of resource.related) if (PLAN_ROLE.test(related.role)) files.add(related.file);
    for (const evidence of resource.evidence) {
      files.add(evidence.file);
      if (evidence.kind === "maintenance-assignment" && evidence.configuration?.file !== void 0)
        files.add(evidence.configuration.file);
    }
  }
  for (const finding of report.findings) {
    for (const related of finding.related) if (PLAN_ROLE.test(related.role)) files.add(related.file);
  }
  return files;
}
var UNSCOPED_RULES = /* @__PURE__ */ new Set(["nothing-scanned"]);
function touches(item, files) {
  if (item.ruleId !== void 0 && UNSCOPED_RULES.has(item.ruleId)) return true;
  return files.has(item.file) || item.related.some((related) => files.has(related.file));
}
function scopeReport(report, scope) {
  if (scope === void 0) return report;
  const findings = report.findings.filter((finding) => touches(finding, scope));
  const keys = new Set(findings.flatMap((finding) => finding.resourceKey === void 0 ? [] : [finding.resourceKey]));
  const names = new Set(findings.flatMap((finding) => finding.resourceKey === void 0 ? [finding.resource] : []));
  const resources = report.resources.filter(
    (resource) => touches(resource, scope) || keys.has(resource.key) || names.has(resource.name)
  );
  return {
    ...report,
    resources,
    findings,
    parseErrors: report.parseErrors.filter((error) => scope.has(error.file)),
    summary: summarizeReport(report.summary.files, resources, findings)
  };
}

// src/gate/verdict.ts
function decideVerdict(report, failOn, scope) {
  const counted = report.findings.filter(
    (finding) => finding.exemption === void 0 && (scope === void 0 || touches(finding, scope))
  );
  const errors = counted.filter((finding) => finding.severity === "error").length;
  const warnings = counted.filter((finding) => finding.severity === "warning").length;
  const failing = failOn === "error" ? errors : failOn === "warning" ? errors + warnings : 0;
  const readNothing = counted.some((finding) => finding.ruleId === "nothing-scanned" && finding.severity === "error");
  return { verdict: failing > 0 || readNothing ? "fail" : "pass", errors, warnings };
}

// src/github/diff.ts
var HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
function parsePatch(patch) {
  const hunks = [];
  let current;
  for (const line of patch.split("\n")) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      const start = Number(header[1]);
      const count2 = header[2] === void 0 ? 1 : Number(header[2]);
      current = { start, end: start + count2 - 1, added: /* @__PURE__ */ new Set(), next: start, left: count2 };
      if (count2 > 0) hunks.push(current);
      continue;
    }
    if (current === void 0 || current.left <= 0) continue;
    if (line.startsWith("+")) {
      current.added.add(current.next);
      current.next++;
      current.left--;
    } else if (line.startsWith(" ") || line === "") {
      current.next++;
      current.left--;
    }
  }
  return hunks.map(({ start, end, added }) => ({ start, end, added }));
}
var DiffIndex = class {
  constructor(changes) {
    this.changes = changes;
    for (const file of changes.files) {
      this.byPath.set(file.path, { file, hunks: file.patch === void 0 ? void 0 : parsePatch(file.patch) });
    }
  }
  changes;
  byPath = /* @__PURE__ */ new Map();
  /** The changed file at `path`; undefined when the pull request does not change it. */
  file(path) {
    return this.byPath.get(path);
  }
  /** Whether a review comment can be placed on this RIGHT-side line. */
  commentable(path, line) {
    const diff = this.byPath.get(path);
    if (diff === void 0 || diff.file.status === "removed") return false;
    return diff.hunks?.some((hunk) => line >= hunk.start && line <= hunk.end) ?? false;
  }
  /** Whether the pull request adds or changes this line. */
  added(path, line) {
    const diff = this.byPath.get(path);
    if (diff === void 0 || diff.file.status === "removed") return false;
    return diff.hunks?.some((hunk) => hunk.added.has(line)) ?? false;
  }
  /** Whether a file-level comment can be placed on the file (it is in the diff and still exists). */
  fileCommentable(path) {
    const diff = this.byPath.get(path);
    return diff !== void 0 && diff.file.status !== "removed";
  }
};

// src/policy/baseline.ts
var MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
var DEFAULT_BASELINE_MONTHS = [1, 4, 7, 10];
var monthName = (month) => MONTH_NAMES[month - 1] ?? "?";
var formatMonth = (year, month) => `${monthName(month)} ${year}`;
var formatDay = (date) => date.toISOString().slice(0, 10);
function patchTuesday(year, month) {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const firstTuesday = 1 + (2 - firstWeekday + 7) % 7;
  return new Date(Date.UTC(year, month - 1, firstTuesday + 7));
}
function nextBaseline(asOf, baselineMonths) {
  const day = Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate());
  let year = asOf.getUTCFullYear();
  let month = asOf.getUTCMonth() + 1;
  for (let step = 0; step < 13; step += 1) {
    const tuesday = patchTuesday(year, month);
    if (baselineMonths.includes(month) && tuesday.getTime() >= day) return { year, month, patchTuesday: tuesday };
    month = month % 12 + 1;
    if (month === 1) year += 1;
  }
  throw new RangeError(`no baseline month in [${baselineMonths.join(", ")}]`);
}
function parseDay(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[ T])/.exec(text.trim());
  if (match === null) return void 0;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return void 0;
  return time / 864e5;
}
var dayOf = (date) => Math.floor(date.getTime() / 864e5);
function baselineRelease(year, month) {
  const day = patchTuesday(year, month).getUTCDate();
  return new Date(Date.UTC(year, month - 1, day, pacificDaylightOn(year, month, day) ? 17 : 18));
}
function pacificDaylightOn(year, month, day) {
  if (month === 3) return day > nthSunday(year, 3, 2);
  if (month === 11) return day < nthSunday(year, 11, 1);
  return month > 3 && month < 11;
}
function nthSunday(year, month, n) {
  const weekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + (7 - weekday) % 7 + 7 * (n - 1);
}
function baselineAfter(baseline, baselineMonths) {
  const next = new Date(baseline.patchTuesday.getTime() + 864e5);
  return nextBaseline(next, baselineMonths);
}
function upcomingBaselines(asOf, baselineMonths, count2 = 2) {
  const spans = [];
  let baseline = nextBaseline(asOf, baselineMonths);
  for (let index = 0; index < count2; index += 1) {
    const following = baselineAfter(baseline, baselineMonths);
    spans.push({
      name: formatMonth(baseline.year, baseline.month),
      release: baselineRelease(baseline.year, baseline.month),
      nextRelease: baselineRelease(following.year, following.month)
    });
    baseline = following;
  }
  return spans;
}

// src/policy/knowledge.ts
var STALE_AFTER_DAYS = 120;
var ADD_ADVISORY_HINT = "To add an advisory, write a YAML file of schemas/advisory.schema.json and list it under `advisories:` in .github/hotpatch-reboot-gate.yml; check for a newer release of the gate too.";
function appliedKnowledge(advisories, asOf) {
  const reviews = advisories.flatMap((advisory) => advisory.reviewed === void 0 ? [] : [advisory.reviewed]).sort();
  const newestReview = reviews[reviews.length - 1];
  const first = advisories[0];
  const calendar = {
    baselineMonths: [...first?.baselineMonths ?? [1, 4, 7, 10]].sort((a, b) => a - b),
    advisoryId: first?.id ?? "",
    ...first?.reviewed !== void 0 && { reviewed: first.reviewed }
  };
  const list = advisories.map((advisory) => ({ id: advisory.id, ...advisory.reviewed !== void 0 && { reviewed: advisory.reviewed } }));
  const base = { advisories: list, calendar };
  const reviewDay = newestReview === void 0 ? void 0 : parseDay(newestReview);
  const today = parseDay(asOf) ?? dayOf(/* @__PURE__ */ new Date(`${asOf}T00:00:00Z`));
  if (newestReview === void 0 || reviewDay === void 0) return base;
  const days = today - reviewDay;
  const known = { ...base, newestReview, daysSinceReview: days };
  if (days <= STALE_AFTER_DAYS) return known;
  const notice = `The advisory data was last reviewed on ${newestReview}, ${days} days before the evaluation date ${asOf} (more than ${STALE_AFTER_DAYS}): it may be out of date. ${ADD_ADVISORY_HINT}`;
  return { ...known, notice };
}
function describeKnowledge(knowledge) {
  const reviewed = (date) => date === void 0 ? "review date not given" : `reviewed ${date}`;
  const advisories = knowledge.advisories.map((advisory) => `${advisory.id} (${reviewed(advisory.reviewed)})`);
  const months = knowledge.calendar.baselineMonths.map(monthName).join(", ");
  return `Advisories applied: ${advisories.join(", ") || "none"}; baseline calendar ${months}, computed for any year (${reviewed(knowledge.calendar.reviewed)}).`;
}

// src/report/compare.ts
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareBy(...keys) {
  return (a, b) => {
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      const x = key(a);
      const y = key(b);
      if (x === y) continue;
      const order = typeof x === "number" && typeof y === "number" ? x - y : compareStrings(String(x), String(y));
      if (order !== 0) return order;
    }
    return 0;
  };
}

// src/report/evidence-words.ts
function describeReportEvidence(evidence) {
  return evidence.kind === "maintenance-assignment" ? describeAssignment(evidence) : describeDeclaredPlan(evidence);
}
function describeAssignment(evidence) {
  const detail = evidence.detail === "" ? "" : ` \u2014 ${evidence.detail}`;
  const { configuration } = evidence;
  const target = configuration === void 0 ? "(unresolved)" : configuration.file === void 0 ? `${configuration.name} (not in the scanned files)` : configuration.name;
  return `${evidence.via} assignment ${evidence.name} (${evidence.file}:${evidence.startLine}) -> configuration ${target}: ${evidence.status}${detail}`;
}
function describeDeclaredPlan(plan) {
  const owner = plan.owner === void 0 ? "no owner" : `owner ${plan.owner}`;
  const ticket = plan.ticket === void 0 ? "" : `, ticket ${plan.ticket}`;
  const status = plan.problem === void 0 ? plan.status : `invalid \u2014 ${plan.problem.text}`;
  return `declared plan ${plan.name} (${plan.file}:${plan.startLine}) -> window ${plan.window}, ${owner}${ticket}: ${status}`;
}

// src/report/markdown-text.ts
var ZERO_WIDTH_JOINER = "\u200D";
var ZERO_WIDTH_SPACE = "\u200B";
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
function sanitizeForMarkdown(text, lines) {
  const broken = lines === "join" ? oneLine(text) : text.replace(/\r\n?/g, "\n").replace(LINE_SEPARATOR, "\n");
  return broken.replace(CONTROL_CHARACTER, "").replace(BIDI_CONTROL, BIDI_REPLACEMENT);
}
function escapeMarkdown(text) {
  return sanitizeForMarkdown(text.replace(/[\t\v\f]/g, " "), "join").replace(/[&<>]/g, (char) => ENTITIES[char]).replace(/[\\`*_~[\]()!|$#]/g, "\\$&").replace(/^[-+=]/, "\\$&").replace(/@/g, `@${ZERO_WIDTH_JOINER}`).replace(/(\\#|\bGH-)(?=\d)/gi, `$1${ZERO_WIDTH_JOINER}`).replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`).replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`);
}
function escapeHtmlLine(text) {
  return sanitizeForMarkdown(text.replace(/[\t\v\f]/g, " "), "join").replace(/[&<>]/g, (char) => ENTITIES[char]).replace(/@/g, `@${ZERO_WIDTH_JOINER}`).replace(/(#|\bGH-)(?=\d)/gi, `$1${ZERO_WIDTH_JOINER}`).replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`).replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`);
}
function codeSpan(text, options = {}) {
  let content = sanitizeForMarkdown(text, "join");
  if (options.inTable) content = content.replace(/\\(?=\|)/g, `\\${ZERO_WIDTH_SPACE}`).replace(/\|/g, "\\|");
  const longestRun = longest(content.match(/`+/g) ?? [], 0);
  const fence = "`".repeat(longestRun + 1);
  const pad = /^[`\s]|[`\s]$/.test(content) && content.trim() !== "" ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function codeBlock(code, language = "") {
  const text = sanitizeForMarkdown(code, "keep");
  const longestRun = longest((text.match(/^[ \t]*`{3,}/gm) ?? []).map((run) => run.trim()), 2);
  const fence = "`".repeat(longestRun + 1);
  const info = language.replace(/[^A-Za-z0-9_+-]/g, "");
  return `${fence}${info}
${text.replace(/\n+$/, "")}
${fence}`;
}
function codeBlockKeeps(text) {
  return sanitizeForMarkdown(text, "keep") === text;
}
function longest(runs, floor) {
  let max = floor;
  for (const run of runs) max = Math.max(max, run.length);
  return max;
}
function link(label, url) {
  return /^https:\/\/[^\s()<>[\]"'`\\]+$/.test(url) ? `[${escapeMarkdown(label)}](${url})` : escapeMarkdown(label);
}
function truncateMarkdown(body, limit, pointer, unit = "characters") {
  const size = (text) => unit === "bytes" ? Buffer.byteLength(text, "utf8") : text.length;
  if (size(body) <= limit) return body;
  const tail = `

${pointer}
`;
  const kept = [];
  let used = 0;
  let fence;
  let openDetails = 0;
  for (const line of body.split("\n")) {
    const next = nextState(line, fence, openDetails);
    const withLine = used + (kept.length > 0 ? 1 : 0) + size(line);
    if (withLine + size(closing(next.fence, next.openDetails)) + size(tail) > limit) break;
    kept.push(line);
    used = withLine;
    fence = next.fence;
    openDetails = next.openDetails;
  }
  if (kept.length === 0 && size(tail) > limit) return pointer.slice(0, Math.max(0, limit));
  return `${kept.join("\n")}${closing(fence, openDetails)}${tail}`;
}
function nextState(line, fence, openDetails) {
  const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
  if (fence !== void 0) {
    const closes = marker !== void 0 && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker;
    return { fence: closes ? void 0 : fence, openDetails };
  }
  if (marker !== void 0) return { fence: marker, openDetails };
  const opened = (line.match(/<details\b/gi) ?? []).length;
  const closed = (line.match(/<\/details>/gi) ?? []).length;
  return { fence: void 0, openDetails: Math.max(0, openDetails + opened - closed) };
}
function closing(fence, openDetails) {
  return (fence === void 0 ? "" : `
${fence}`) + "\n\n</details>".repeat(openDetails);
}

// src/report/exemptions.ts
var CHANGES = {
  added: "added",
  extended: "extended",
  changed: "added or changed"
};
var newExemptions = (report) => (report.exemptions ?? []).filter((exemption) => exemption.new === true);
function renderNewExemptions(report) {
  const added = newExemptions(report);
  if (added.length === 0) return "";
  const lead = `This pull request adds or extends ${count(added.length, "exemption")}: the findings it covers are shown but do not fail the gate until it expires.`;
  return ["### New exemptions in this PR", "", lead, "", ...renderTable(added)].join("\n");
}
function renderExemptions(report) {
  const exemptions = report.exemptions ?? [];
  if (exemptions.length === 0) return "";
  return ["### Exemptions", "", ...renderTable(exemptions)].join("\n");
}
function renderTable(exemptions) {
  const lines = [
    "| Resource | Rule | Owner | Expires | Reason | Where | State |",
    "| --- | --- | --- | --- | --- | --- | --- |"
  ];
  for (const exemption of exemptions) {
    const resource = exemption.resources.length > 0 ? exemption.resources.join(", ") : exemption.resource || "\u2014";
    const cells = [
      escapeMarkdown(resource),
      exemption.rule === "" ? "\u2014" : codeSpan(exemption.rule, { inTable: true }),
      escapeMarkdown(exemption.owner || "\u2014"),
      escapeMarkdown(exemption.expires || "\u2014"),
      escapeMarkdown(exemption.reason || "\u2014") + (exemption.ticket === void 0 ? "" : ` (${escapeMarkdown(exemption.ticket)})`),
      codeSpan(`${exemption.file}:${exemption.startLine}`, { inTable: true }),
      escapeMarkdown(describeState(exemption))
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines;
}
function describeState(exemption) {
  const state = exemption.status === "active" ? `in force, ${count(exemption.exempted, "finding")} exempted` : exemption.status === "expired" ? "expired, exempts nothing" : `not applied: ${exemption.problem ?? exemption.status}`;
  if (exemption.new !== true || exemption.change === void 0) return state;
  return `${state}; ${CHANGES[exemption.change]} in this pull request`;
}

// src/policy/rule-docs.ts
var RULE_DOCS_BASE = "https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/";
var docsUrlFor = (id) => `${RULE_DOCS_BASE}${id}.md`;

// src/report/links.ts
var ADVISORY_LINK_HOSTS = /* @__PURE__ */ new Set([
  "learn.microsoft.com",
  "msrc.microsoft.com",
  "support.microsoft.com",
  "www.cve.org"
]);
function ruleLink(ruleId) {
  return link(ruleId, docsUrlFor(ruleId));
}
function advisoryLink(title, url) {
  return isAdvisoryUrl(url) ? link(title, url) : escapeMarkdown(title);
}
function isAdvisoryUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const plain2 = parsed.username === "" && parsed.password === "" && parsed.port === "";
  return parsed.protocol === "https:" && plain2 && ADVISORY_LINK_HOSTS.has(parsed.hostname);
}

// src/report/markdown.ts
var DEFAULT_POINTER = "The summary was cut here to fit GitHub\u2019s size limit; the JSON report has every finding.";
var EMOJI = {
  "affected-no-plan": "\u274C",
  "affected-reboot-blocked": "\u274C",
  "affected-platform-reboot": "\u26A0\uFE0F",
  indeterminate: "\u26A0\uFE0F",
  "affected-with-plan": "\u2705",
  "not-affected": "\u2796"
};
function renderJobSummary(report, options = {}) {
  return renderJobSummaryShowing(report, options).markdown;
}
function renderJobSummaryShowing(report, options = {}) {
  const findingsByKey = groupFindings(report.findings);
  const shown = report.resources.filter((r) => r.verdict !== "not-affected" || findingsByKey.has(r.key)).sort(compareBy((r) => VERDICTS.indexOf(r.verdict)));
  const rows = shown.slice(0, options.maxRows ?? 500);
  const rowsLeftOut = shown.slice(rows.length).some((resource) => findingsByKey.has(resource.key));
  const snippets = [];
  const table = rows.length > 0 ? renderVmTable(rows, findingsByKey, snippets) : "";
  const sections = [
    renderHeading(report, options.passed ?? report.summary.errors === 0),
    `${escapeMarkdown(describeCounts(report))}; evaluated as of ${report.asOf}.`,
    table,
    ...snippets,
    renderUnlinkedFindings(report.findings),
    renderExemptions(report),
    renderRuleTable(report.findings),
    renderParseErrors(report),
    renderAdvisories(report),
    renderKnowledge(report),
    renderNotShown(report.resources.length - shown.length, shown.length - rows.length)
  ].filter((section) => section !== "");
  const pointer = `_${escapeMarkdown(options.pointer ?? DEFAULT_POINTER)}_`;
  const whole = `${sections.join("\n\n")}
`;
  const markdown = truncateMarkdown(whole, options.maxBytes ?? MAX_SUMMARY_BYTES, pointer, "bytes");
  return { markdown, everyFinding: !rowsLeftOut && markdown === whole };
}
function renderHeading(report, passed) {
  const { errors, warnings } = report.summary;
  const counts = errors > 0 ? [count(errors, "error"), ...warnings > 0 ? [count(warnings, "warning")] : []].join(", ") : warnings > 0 ? `no errors, ${count(warnings, "warning")}` : "no findings";
  return `## ${passed ? "\u2705" : "\u274C"} ${escapeMarkdown(report.tool.name)}: ${counts}`;
}
function groupFindings(findings) {
  const byKey = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.resourceKey === void 0) continue;
    const list = byKey.get(finding.resourceKey);
    if (list) list.push(finding);
    else byKey.set(finding.resourceKey, [finding]);
  }
  return byKey;
}
function renderVmTable(rows, findingsByKey, snippets) {
  const lines = ["| VM | Verdict | Evidence | Fix |", "| --- | --- | --- | --- |"];
  for (const resource of rows) {
    const variant = resource.variant === void 0 ? "" : ` ${escapeMarkdown(bracketedVariant(resource.variant))}`;
    const at = codeSpan(`${resource.file}:${resource.startLine}`, { inTable: true });
    const reason = resource.verdict === "indeterminate" ? resource.reasons.at(-1) : void 0;
    const verdict = `${EMOJI[resource.verdict]} ${VERDICT_LABELS[resource.verdict]}`;
    const evidence = resource.evidence.length > 0 ? resource.evidence.map((e) => escapeMarkdown(describeReportEvidence(e))).join("<br>") : resource.verdict === "not-affected" ? "\u2014" : "no maintenance assignment reaches it";
    const fixes = (findingsByKey.get(resource.key) ?? []).map(
      (finding) => finding.exemption ? `exempted until ${escapeMarkdown(finding.exemption.expires)}: ${escapeMarkdown(finding.exemption.reason)}` : describeFix(finding, resource, snippets)
    );
    const cells = [
      `**${escapeMarkdown(resource.name)}**${variant}<br>${at}`,
      reason === void 0 ? verdict : `${verdict}<br>${escapeMarkdown(reason)}`,
      evidence,
      fixes.length > 0 ? fixes.join("<br>") : "\u2014"
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}
function describeFix(finding, resource, snippets) {
  const { replacement, snippet } = finding.fix ?? {};
  const parts = [];
  if (replacement) {
    const at = codeSpan(`${replacement.file}:${replacement.line}`, { inTable: true });
    parts.push(`set ${at} to ${codeSpan(replacement.text.trim(), { inTable: true })}`);
  }
  if (snippet) {
    const title = `Fix ${snippets.length + 1}: ${resource.name} (${resource.file}:${resource.startLine})`;
    snippets.push(
      [
        `<details><summary>${escapeHtmlLine(title)}</summary>`,
        "",
        codeBlock(snippet.text, snippet.language),
        "",
        "</details>"
      ].join("\n")
    );
    parts.push(`add fix ${snippets.length} below (${escapeMarkdown(snippet.language)})`);
  }
  return parts.length > 0 ? parts.join("; ") : `see ${ruleLink(finding.ruleId)}`;
}
function renderUnlinkedFindings(findings) {
  const unlinked = findings.filter((f) => f.resourceKey === void 0);
  if (unlinked.length === 0) return "";
  const lines = ["### Other findings", ""];
  for (const finding of unlinked) {
    const where = codeSpan(`${finding.file}:${finding.startLine}`);
    const state = finding.exemption ? "exempted" : finding.severity;
    const rule = ruleLink(finding.ruleId);
    lines.push(`- ${where} ${state} ${rule} (${escapeMarkdown(finding.resource)}): ${escapeMarkdown(finding.message)}`);
  }
  return lines.join("\n");
}
function renderRuleTable(findings) {
  if (findings.length === 0) return "";
  const rules = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const rule = rules.get(finding.ruleId) ?? { counts: [0, 0, 0, 0] };
    const column = finding.exemption ? 3 : finding.severity === "error" ? 0 : finding.severity === "warning" ? 1 : 2;
    rule.counts[column]++;
    rules.set(finding.ruleId, rule);
  }
  const lines = [
    "### Findings by rule",
    "",
    "| Rule | Errors | Warnings | Notices | Exempted |",
    "| --- | ---: | ---: | ---: | ---: |"
  ];
  for (const [id, rule] of [...rules].sort(([a], [b]) => compareStrings(a, b))) {
    lines.push(`| ${ruleLink(id)} | ${rule.counts.join(" | ")} |`);
  }
  return lines.join("\n");
}
function renderParseErrors(report) {
  if (report.parseErrors.length === 0) return "";
  const lines = ["### Files not read, and notes on reading", ""];
  for (const error of report.parseErrors) {
    const what = error.severity === "error" ? "parse error" : error.skipped === true ? "skipped" : "note";
    lines.push(`- ${codeSpan(`${error.file}:${error.line}:${error.column}`)} ${what}: ${escapeMarkdown(error.message)}`);
  }
  return lines.join("\n");
}
function renderAdvisories(report) {
  if (report.advisories.length === 0) return "";
  const lines = ["### Advisories", ""];
  for (const advisory of report.advisories) {
    lines.push(`- ${advisoryLink(advisory.title, advisory.url)} (${escapeMarkdown(advisory.id)})`);
  }
  return lines.join("\n");
}
function renderKnowledge(report) {
  const knowledge = report.knowledge;
  if (knowledge === void 0) return "";
  const line = escapeMarkdown(describeKnowledge(knowledge));
  return knowledge.notice === void 0 ? line : `${line}

> [!NOTE]
> ${escapeMarkdown(knowledge.notice)}`;
}
function renderNotShown(notAffected, overLimit) {
  const parts = [
    ...notAffected > 0 ? [`${count(notAffected, "VM")} not affected and without findings`] : [],
    ...overLimit > 0 ? [`${count(overLimit, "more VM")} past the table's row limit`] : []
  ];
  return parts.length > 0 ? `Not shown: ${parts.join("; ")}. The JSON report lists every VM.` : "";
}

export {
  MAX_COMMENT_LENGTH,
  MAX_SUMMARY_BYTES,
  MAX_ANNOTATIONS_PER_LEVEL,
  MAX_ANNOTATION_MESSAGE_LENGTH,
  MAX_SARIF_RESULTS,
  MAX_COMMENT_NAME_LENGTH,
  MAX_COMMENT_MESSAGE_LENGTH,
  CONTROL_CHARACTER,
  C1_CONTROL,
  LINE_SEPARATOR,
  oneLine,
  BIDI_CONTROL,
  BIDI_REPLACEMENT,
  createStyle,
  wrapText,
  sanitizeForTerminal,
  sanitizeLinesForTerminal,
  VERDICTS,
  VERDICT_LABELS,
  needsAction,
  count,
  describeCounts,
  countParseErrors,
  bracketedVariant,
  summarizeReport,
  isManifestName,
  scopeCause,
  scopeFiles,
  policyFilesOf,
  planFilesOf,
  touches,
  scopeReport,
  decideVerdict,
  DEFAULT_BASELINE_MONTHS,
  monthName,
  formatMonth,
  formatDay,
  patchTuesday,
  nextBaseline,
  parseDay,
  dayOf,
  baselineRelease,
  upcomingBaselines,
  appliedKnowledge,
  describeKnowledge,
  compareStrings,
  compareBy,
  describeReportEvidence,
  escapeMarkdown,
  codeSpan,
  codeBlock,
  codeBlockKeeps,
  link,
  truncateMarkdown,
  renderNewExemptions,
  describeState,
  docsUrlFor,
  ruleLink,
  advisoryLink,
  renderJobSummary,
  renderJobSummaryShowing,
  parsePatch,
  DiffIndex
};

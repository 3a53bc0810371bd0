import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  cutText
} from "./chunk-VGTCYHH3.js";
import {
  MAX_ANNOTATIONS_PER_LEVEL,
  MAX_ANNOTATION_MESSAGE_LENGTH,
  oneLine,
  sanitizeForTerminal,
  sanitizeLinesForTerminal,
  scopeCause,
  scopeFiles,
  touches
} from "./chunk-WG7TE6SE.js";
import {
  error,
  notice,
  warning
} from "./chunk-C3URQ5PH.js";

// src/action/scope.ts
var everyFinding = (why) => ({ files: void 0, description: `every finding (${why})` });
function changedScope(changes, planFiles, change = "the pull request", policyFiles) {
  const cause = scopeCause(changes, planFiles, policyFiles);
  return { files: scopeFiles(cause), description: describeCause(cause, change) };
}
function describeCause(cause, change) {
  switch (cause.kind) {
    case "removed-manifest":
      return everyFinding(`${change} removes or renames ${cause.path}`).description;
    case "policy-file":
      return everyFinding(`${change} changes ${cause.path}, ${POLICY_FILE_WORDS[cause.file]}`).description;
    case "plan-file":
      return everyFinding(`${change} changes ${cause.path}, which holds a maintenance plan`).description;
    case "removed-plan-lines":
      return everyFinding(`${change} removes maintenance lines from ${cause.path}`).description;
    case "hidden-diff":
      return everyFinding(`GitHub does not show the diff of ${cause.path}`).description;
    case "changed-files": {
      const count = cause.files.size === 1 ? "the 1 file" : `the ${cause.files.size} files`;
      return `findings on ${count} ${change} changes and the files they use`;
    }
  }
}
var POLICY_FILE_WORDS = {
  configuration: "the gate's configuration",
  advisory: "an advisory the gate's configuration loads"
};

// src/action/annotations.ts
var LEVELS = ["error", "warning", "notice"];
function planAnnotations(report, options = {}) {
  const changed = options.changedFiles ?? /* @__PURE__ */ new Set();
  const candidates = [
    ...report.findings.map((finding) => findingCandidate(finding, changed)),
    // The scan-level notice at `.` (files the prefilter checked without parsing) is about no file: it is
    // in the report and the job summary, not an annotation on every run.
    ...report.parseErrors.filter((error2) => error2.file !== ".").map((error2) => parseErrorCandidate(error2, changed))
  ];
  const annotations = options.failure === void 0 ? [] : [{ level: "error", message: options.failure, properties: {} }];
  const overflow = { error: 0, warning: 0, notice: 0 };
  for (const level of LEVELS) {
    const mine = candidates.filter((candidate) => candidate.annotation.level === level).sort(byPriority);
    const slots = options.slots?.[level] ?? MAX_ANNOTATIONS_PER_LEVEL;
    const budget = Math.max(0, slots - annotations.filter((annotation) => annotation.level === level).length);
    if (mine.length <= budget) {
      annotations.push(...mine.map((candidate) => candidate.annotation));
      continue;
    }
    const shown = Math.max(0, budget - 1);
    overflow[level] = mine.length - shown;
    annotations.push(...mine.slice(0, shown).map((candidate) => candidate.annotation));
    if (budget > 0)
      annotations.push({
        level,
        message: `${overflow[level]} more ${level}s are in ${options.overflowTarget ?? "the job summary"}`,
        properties: { title: "hotpatch-reboot-gate" }
      });
  }
  return { annotations, overflow };
}
var written = { error: 0, warning: 0, notice: 0 };
function resetAnnotationCount() {
  for (const level of LEVELS) written[level] = 0;
}
function slotsLeft(reserve = {}) {
  const left = (level) => Math.max(0, MAX_ANNOTATIONS_PER_LEVEL - written[level] - (reserve[level] ?? 0));
  return { error: left("error"), warning: left("warning"), notice: left("notice") };
}
function annotateWithin(level, messages) {
  const free = Math.max(1, MAX_ANNOTATIONS_PER_LEVEL - written[level]);
  const alone = messages.length <= free ? messages.length : free - 1;
  for (const message of messages.slice(0, alone)) annotate(level, message);
  if (alone < messages.length) annotate(level, messages.slice(alone).join("\n"));
}
function emitAnnotations(plan) {
  for (const { level, message, properties } of plan.annotations) annotate(level, message, properties);
}
function annotate(level, message, properties) {
  const write = { error, warning, notice };
  written[level]++;
  if (properties === void 0) {
    write[level](annotationMessage(message));
    return;
  }
  const { title, file, ...lines } = properties;
  write[level](annotationMessage(message), {
    ...title !== void 0 && { title: annotationTitle(title) },
    ...file !== void 0 && { file: annotationText(file) },
    ...lines
  });
}
var annotationText = (text) => sanitizeLinesForTerminal(text);
var LIMIT = MAX_ANNOTATION_MESSAGE_LENGTH;
var CUT_NOTE = ` \u2026 (cut at ${LIMIT.toLocaleString("en-US")} characters; the JSON report has it whole)`;
function annotationMessage(message) {
  const text = annotationText(message);
  if (text.length <= LIMIT) return text;
  const last = text.slice(text.lastIndexOf("\n") + 1);
  const link = last !== text && last.length <= LIMIT / 2 && /^https?:\/\/\S+$/.test(last) ? `
${last}` : "";
  return `${cutText(text, LIMIT - CUT_NOTE.length - link.length)}${CUT_NOTE}${link}`;
}
function annotationTitle(title) {
  const text = sanitizeForTerminal(title);
  return text.length <= LIMIT ? text : `${cutText(text, LIMIT - 1)}\u2026`;
}
function findingCandidate(finding, changed) {
  const exemption = finding.exemption;
  const message = exemption ? `${oneLine(`Exempted until ${exemption.expires} (${exemption.owner}): ${exemption.reason}`)}
${oneLine(finding.message)}` : oneLine(finding.message);
  return {
    annotation: {
      level: exemption ? "notice" : finding.severity,
      message: `${message}
${finding.docsUrl}`,
      properties: {
        title: `${finding.ruleId}: ${finding.resource}`,
        file: finding.file,
        startLine: finding.startLine,
        endLine: finding.endLine
      }
    },
    changed: touches(finding, changed),
    rank: exemption ? 2 : 0,
    file: finding.file,
    line: finding.startLine,
    tieBreak: finding.fingerprint
  };
}
function parseErrorCandidate(error2, changed) {
  return {
    annotation: {
      level: error2.severity,
      message: oneLine(error2.message),
      properties: {
        title: error2.severity === "error" ? "Cannot read manifest" : error2.skipped === true ? "Manifest skipped" : "Note on reading the manifest",
        file: error2.file,
        startLine: error2.line,
        startColumn: error2.column
      }
    },
    changed: changed.has(error2.file),
    rank: 1,
    file: error2.file,
    line: error2.line,
    tieBreak: error2.message
  };
}
function byPriority(a, b) {
  return Number(b.changed) - Number(a.changed) || a.rank - b.rank || compareText(a.file, b.file) || a.line - b.line || compareText(a.tieBreak, b.tieBreak);
}
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;

export {
  everyFinding,
  changedScope,
  planAnnotations,
  resetAnnotationCount,
  slotsLeft,
  annotateWithin,
  emitAnnotations,
  annotate,
  annotationMessage
};

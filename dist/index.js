import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  buildJsonReport,
  builtInAdvisories,
  changedScope,
  classifyExemptions,
  core_exports,
  createLineReader,
  debug,
  decideGate,
  everyFinding,
  failureMessage,
  getSettings,
  info,
  loadConfigurationFile,
  planFilesOf,
  renderSarif,
  renderSummaryLine,
  rules,
  scan,
  selectFiles,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunks/chunk-N3KGNNXV.js";
import {
  context,
  createGitHubClient,
  describeFailure,
  github_exports,
  listPullRequestFiles,
  publishPullRequestConversation,
  pullRequestFromEvent
} from "./chunks/chunk-RLVMM7MK.js";
import {
  ConfigurationError,
  MAX_ANNOTATIONS_PER_LEVEL,
  MAX_SUMMARY_BYTES,
  TOOL_VERSION,
  escapeMarkdown,
  getErrorMessage,
  renderJobSummary,
  touches
} from "./chunks/chunk-NALMG3FQ.js";
import "./chunks/chunk-5XWL5JNG.js";

// src/action/annotations.ts
var LEVELS = ["error", "warning", "notice"];
function planAnnotations(report, options = {}) {
  const changed = options.changedFiles ?? /* @__PURE__ */ new Set();
  const candidates = [
    ...report.findings.map((finding) => findingCandidate(finding, changed)),
    ...report.parseErrors.map((error) => parseErrorCandidate(error, changed))
  ];
  const annotations = [];
  const overflow = { error: 0, warning: 0, notice: 0 };
  for (const level of LEVELS) {
    const mine = candidates.filter((candidate) => candidate.annotation.level === level).sort(byPriority);
    if (mine.length <= MAX_ANNOTATIONS_PER_LEVEL) {
      annotations.push(...mine.map((candidate) => candidate.annotation));
      continue;
    }
    const shown = MAX_ANNOTATIONS_PER_LEVEL - 1;
    overflow[level] = mine.length - shown;
    annotations.push(...mine.slice(0, shown).map((candidate) => candidate.annotation), {
      level,
      message: `${overflow[level]} more ${level}s are in ${options.overflowTarget ?? "the job summary"}`,
      properties: { title: "hotpatch-reboot-gate" }
    });
  }
  return { annotations, overflow };
}
function emitAnnotations(plan) {
  for (const { level, message, properties } of plan.annotations) core_exports[level](message, properties);
}
function findingCandidate(finding, changed) {
  const exemption = finding.exemption;
  const message = exemption ? `Exempted until ${exemption.expires} (${exemption.owner}): ${exemption.reason}
${finding.message}` : finding.message;
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
function parseErrorCandidate(error, changed) {
  return {
    annotation: {
      level: error.severity,
      message: error.message,
      properties: {
        title: error.severity === "error" ? "Cannot read manifest" : "Manifest skipped",
        file: error.file,
        startLine: error.line,
        startColumn: error.column
      }
    },
    changed: changed.has(error.file),
    rank: 1,
    file: error.file,
    line: error.line,
    tieBreak: error.message
  };
}
function byPriority(a, b) {
  return Number(b.changed) - Number(a.changed) || a.rank - b.rank || compareText(a.file, b.file) || a.line - b.line || compareText(a.tieBreak, b.tieBreak);
}
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// src/action/run-url.ts
function getRunUrl(serverUrl, repository, runId) {
  if (repository === void 0 || !/^[^/]+\/[^/]+$/.test(repository) || !Number.isSafeInteger(runId) || runId <= 0) {
    return void 0;
  }
  return `${serverUrl}/${repository}/actions/runs/${runId}`;
}

// src/action/converse.ts
async function converse(request) {
  const { settings, report, gate, scope, pullRequest, changes, getClient } = request;
  if (settings.token === "") {
    info("No github-token: nothing is posted to the pull request.");
    return;
  }
  const { context: context2 } = github_exports;
  try {
    const { notices } = await publishPullRequestConversation({
      report,
      token: settings.token,
      comment: settings.comment,
      runUrl: getRunUrl(context2.serverUrl, process.env.GITHUB_REPOSITORY, context2.runId),
      // The comment shows what the verdict counted: every finding when the gate widened the scope.
      scope: scope.files === void 0 ? "all" : "changed",
      verdict: gate.verdict,
      failOn: settings.failOn,
      pullRequest,
      ...changes !== void 0 && { changes },
      client: getClient(),
      log: debug
    });
    for (const notice of notices) info(notice);
  } catch (error) {
    warning(
      "Could not comment on the pull request; the findings are in the annotations and the job summary: " + describeFailure(error)
    );
  }
}

// src/action/job-summary.ts
async function writeJobSummary(report, gate, scope, reportFile) {
  const counted = `
_Counted for the verdict: ${escapeMarkdown(scope.description)}._
`;
  const markdown = renderJobSummary(report, {
    passed: gate.verdict === "pass",
    maxBytes: MAX_SUMMARY_BYTES - Buffer.byteLength(counted),
    pointer: `The summary was cut here to fit GitHub's limit; the JSON report ${reportFile} has every finding.`
  });
  await summary.addRaw(markdown).addRaw(counted).write();
}

// src/action/outputs.ts
function setOutputs(gate, files) {
  setOutput("verdict", gate.verdict);
  setOutput("errors", String(gate.errors));
  setOutput("warnings", String(gate.warnings));
  setOutput("report", files.report);
  setOutput("sarif", files.sarif ?? "");
}

// src/action/report-files.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
function writeReportFiles(report, files, rules2) {
  writeText(files.reportFile, `${JSON.stringify(report, null, 2)}
`);
  if (files.sarifFile !== void 0) {
    writeText(files.sarifFile, `${JSON.stringify(renderSarif(report, rules2), null, 2)}
`);
  }
  return { report: files.reportFile, sarif: files.sarifFile };
}
function writeText(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, "utf8");
}

// src/action/resolve-scope.ts
async function resolveScope(settings, pullRequest, planFiles, client) {
  if (settings.scope === "all") return unlisted("scope: all");
  if (pullRequest === void 0) return unlisted("not a pull request");
  if (settings.token === "") return unlisted("no github-token to list the changed files");
  try {
    const changes = await listPullRequestFiles(client(), pullRequest);
    if (!changes.complete) return unlisted("the pull request changes too many files to list");
    return { scope: changedScope(changes.files, planFiles), changes };
  } catch (error) {
    const failure = describeFailure(error);
    warning(`Could not list the files of pull request #${pullRequest.number}, so every finding counts: ${failure}`);
    return unlisted("the changed files could not be listed");
  }
}
var unlisted = (why) => ({ scope: everyFinding(why), changes: void 0 });

// src/config/base-config.ts
import { execFile } from "node:child_process";
var MAX_BYTES = 1024 * 1024;
var TIMEOUT_MS = 1e4;
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
async function readFileAtCommit(workspace, sha, path) {
  if (!SHA.test(sha) || path.startsWith("-") || path.includes("\0")) return void 0;
  const commit = await git(workspace, ["cat-file", "-e", `${sha}^{commit}`]);
  if (commit === void 0) return void 0;
  const text = await git(workspace, ["cat-file", "blob", `${sha}:./${path}`]);
  return text === void 0 ? null : text;
}
function git(cwd, args) {
  return new Promise((resolve) => {
    execFile(
      "git",
      ["--no-pager", ...args],
      {
        cwd,
        timeout: TIMEOUT_MS,
        maxBuffer: MAX_BYTES,
        encoding: "utf8",
        windowsHide: true,
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" }
      },
      (error, stdout) => resolve(error ? void 0 : stdout)
    );
  });
}

// src/config/pull-request-novelty.ts
async function exemptionChangesInPullRequest(input) {
  const { records } = input;
  if (records.length === 0) return /* @__PURE__ */ new Map();
  const baseConfiguration = input.configFile !== void 0 && input.baseSha !== void 0 && records.some((r) => r.source === "configuration") ? await readFileAtCommit(input.workspace, input.baseSha, input.configFile) : void 0;
  const needsDiff = records.some((r) => r.source === "inline") || baseConfiguration === void 0 && records.length > 0;
  let changedFiles = input.changedFiles;
  if (changedFiles === void 0 && needsDiff && input.listFiles !== void 0) {
    changedFiles = await input.listFiles().catch(() => void 0);
  }
  return classifyExemptions(records, {
    ...baseConfiguration !== void 0 && { baseConfiguration },
    ...changedFiles !== void 0 && { changedFiles }
  });
}

// src/main.ts
async function run() {
  try {
    const settings = getSettings();
    const loaded = settings.configFile === void 0 ? void 0 : loadConfigurationFile(settings.configFile, { root: settings.workspace, confine: settings.workspace });
    const configuration = loaded?.configuration;
    if (configuration !== void 0) info(`Policy configuration: ${configuration.file}`);
    const failOn = settings.failOnInput ? settings.failOn : configuration?.failOn ?? settings.failOn;
    const advisories = (loaded?.advisories ?? builtInAdvisories()).map((entry) => entry.advisory);
    const select = configuration && selectFiles(configuration);
    const result = await scan({
      root: settings.workspace,
      paths: settings.paths,
      asOf: settings.asOf,
      advisories,
      readLine: createLineReader(settings.workspace),
      ...configuration && { configuration },
      ...select && { select }
    });
    const pullRequest = pullRequestFromEvent(context.eventName, context.payload);
    let client;
    const getClient = () => client ??= createGitHubClient(settings.token, { log: debug });
    const planFiles = /* @__PURE__ */ new Set([...planFilesOf(result.model), ...configuration ? [configuration.file] : []]);
    const { scope, changes } = await resolveScope(settings, pullRequest, planFiles, getClient);
    const exemptionChanges = pullRequest === void 0 || result.exemptions === void 0 ? void 0 : await exemptionChangesInPullRequest({
      workspace: settings.workspace,
      configFile: configuration?.file,
      baseSha: baseShaOf(context.payload),
      records: result.exemptions,
      changedFiles: changes?.complete ? changes.files : void 0,
      ...settings.token !== "" && { listFiles: () => listedFiles(getClient(), pullRequest) }
    });
    const report = buildJsonReport(result, {
      toolVersion: TOOL_VERSION,
      asOf: settings.asOfText,
      advisories,
      ...exemptionChanges && { exemptionChanges }
    });
    const files = writeReportFiles(report, settings, rules.map((rule) => rule.meta));
    info(renderSummaryLine(report));
    const gate = decideGate(report, failOn, scope);
    info(`Counted for the verdict: ${scope.description}.`);
    if (settings.annotations) {
      const changedFiles = changes && new Set(changes.files.map((file) => file.path));
      const overflowTarget = settings.jobSummary ? "the job summary" : `the report file ${files.report}`;
      emitAnnotations(planAnnotations(report, { changedFiles, overflowTarget }));
    }
    if (settings.jobSummary) {
      await writeJobSummary(report, gate, scope, files.report).catch((error) => {
        warning(`Could not write the job summary: ${getErrorMessage(error).split("\n", 1)[0]}`);
      });
    }
    setOutputs(gate, files);
    if (pullRequest !== void 0 && settings.comment !== "none") {
      await converse({ settings: { ...settings, failOn }, report, gate, scope, pullRequest, changes, getClient });
    }
    if (gate.verdict === "fail") setFailed(failureMessage(gate, failOn, scope));
  } catch (error) {
    if (error instanceof ConfigurationError) setFailed(error.message);
    else setFailed(`internal error: ${getErrorMessage(error)}`);
  }
}
function baseShaOf(payload) {
  const sha = payload?.pull_request?.base?.sha;
  return typeof sha === "string" ? sha : void 0;
}
async function listedFiles(client, pullRequest) {
  const listed = await listPullRequestFiles(client, pullRequest);
  return listed.complete ? listed.files : void 0;
}

// src/index.ts
await run();

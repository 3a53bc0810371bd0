import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  annotate,
  annotationMessage,
  changedScope,
  emitAnnotations,
  everyFinding,
  planAnnotations,
  resetAnnotationCount,
  slotsLeft
} from "./chunks/chunk-XTRYBGVV.js";
import {
  DEFAULT_CONFIG_FILE,
  applyScanV8Settings,
  classifyExemptions,
  createLineReader,
  jsonFilePieces,
  renderSarif,
  renderSummaryLine,
  rules,
  runPipeline,
  writePieces
} from "./chunks/chunk-I5L6GP7B.js";
import "./chunks/chunk-OI24433P.js";
import {
  builtInAdvisories,
  evaluationDayOf,
  parseEvaluationDay,
  selectFiles
} from "./chunks/chunk-XIR5BMFM.js";
import "./chunks/chunk-OFL7K4J5.js";
import "./chunks/chunk-VO455LQT.js";
import {
  readRunEvent
} from "./chunks/chunk-I2Y5EY2I.js";
import {
  listPullRequestFiles,
  pullRequestFromEvent
} from "./chunks/chunk-VGTCYHH3.js";
import {
  neutralizeWorkflowCommands
} from "./chunks/chunk-3YQNP6OJ.js";
import {
  MAX_SUMMARY_BYTES,
  escapeMarkdown,
  isManifestName,
  planFilesOf,
  policyFilesOf,
  renderJobSummaryShowing
} from "./chunks/chunk-WG7TE6SE.js";
import "./chunks/chunk-6AWMQJY4.js";
import {
  ExitCode,
  debug,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary
} from "./chunks/chunk-C3URQ5PH.js";
import {
  describeFailure
} from "./chunks/chunk-TYQIX7WF.js";
import "./chunks/chunk-2KOYTGGI.js";
import "./chunks/chunk-SD73YJMR.js";
import "./chunks/chunk-HRE4GSV5.js";
import "./chunks/chunk-XG2W2MLJ.js";
import {
  ConfigurationError,
  getErrorMessage
} from "./chunks/chunk-KOMI2SY3.js";
import "./chunks/chunk-5XWL5JNG.js";

// src/action/gate.ts
function failureMessage(result, failOn, scope, shown) {
  const total = failOn === "error" ? result.errors : failOn === "warning" ? result.errors + result.warnings : 0;
  const where = whereShown(shown);
  if (total === 0) {
    return `A \`path\` holds no manifest the gate reads (rule nothing-scanned), which fails the step whatever fail-on says ('${failOn}'); counted: ${scope.description}. ${where.text} ${where.plural ? "name" : "names"} the path.`;
  }
  const counts = failOn === "error" ? plural(total, "error finding") : `${plural(total, "finding")} (${plural(result.errors, "error")}, ${plural(result.warnings, "warning")})`;
  return `${counts} ${total === 1 ? "reaches" : "reach"} fail-on '${failOn}'; counted: ${scope.description}. ${where.text} ${where.plural ? "show" : "shows"} each VM and the reboot plan it needs.`;
}
function whereShown(shown) {
  if (shown.annotations && shown.jobSummary) return { text: "The annotations and the job summary", plural: true };
  if (shown.annotations) return { text: "The annotations", plural: true };
  if (shown.jobSummary) return { text: "The job summary", plural: false };
  return { text: `The report file ${shown.reportFile}`, plural: false };
}
var plural = (count, noun) => `${count} ${noun}${count === 1 ? "" : "s"}`;

// src/action/job-summary.ts
async function writeJobSummary(report, gate, scope, reportFile) {
  const counted = `
_Counted for the verdict: ${escapeMarkdown(scope.description)}._
`;
  const { markdown, everyFinding: everyFinding2 } = renderJobSummaryShowing(report, {
    passed: gate.verdict === "pass",
    maxBytes: MAX_SUMMARY_BYTES - Buffer.byteLength(counted),
    pointer: `The summary was cut here to fit GitHub's limit; the JSON report ${reportFile} has every finding.`
  });
  await summary.addRaw(markdown).addRaw(counted).write();
  return everyFinding2;
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
function writeReportFiles(report, files, rules2) {
  writePieces(files.reportFile, jsonFilePieces(report));
  if (files.sarifFile !== void 0) writePieces(files.sarifFile, jsonFilePieces(renderSarif(report, rules2)));
  return { report: files.reportFile, sarif: files.sarifFile };
}

// src/github/api/compared-files.ts
var MAX_COMPARED_FILES = 300;
async function listComparedFiles(client, comparison) {
  const { data } = await client.rest.repos.compareCommitsWithBasehead({
    owner: comparison.owner,
    repo: comparison.repo,
    // No paging parameters: GitHub's documented answer then carries the whole file list (up to 300).
    basehead: `${comparison.base}...${comparison.head}`
  });
  const files = (data.files ?? []).map((file) => ({
    path: file.filename,
    status: file.status,
    ...file.previous_filename !== void 0 && { previousPath: file.previous_filename },
    ...file.patch !== void 0 && { patch: file.patch }
  }));
  return { files, complete: files.length < MAX_COMPARED_FILES };
}

// src/action/resolve-scope.ts
async function listChanges(settings, source, client) {
  if (settings.scope === "all") return { unlisted: "scope: all" };
  if (source.kind === "none") return { unlisted: source.why };
  if (settings.token === "") return { unlisted: "no github-token to list the changed files" };
  const change = source.kind === "pull-request" ? "the pull request" : source.label;
  try {
    const changes = source.kind === "pull-request" ? await listPullRequestFiles(client(), source.pullRequest) : await listComparedFiles(client(), source);
    if (!changes.complete) return { unlisted: `${change} changes too many files to list` };
    return { changes, change };
  } catch (error) {
    const failure = describeFailure(error);
    const what = source.kind === "pull-request" ? `pull request #${source.pullRequest.number}` : source.label;
    annotate("warning", `Could not list the files of ${what}, so every finding counts: ${failure}`);
    return { unlisted: "the changed files could not be listed" };
  }
}
function resolveScope(listing, report) {
  if (listing.changes === void 0) return { scope: everyFinding(listing.unlisted), changes: void 0 };
  const scope = changedScope(listing.changes.files, planFilesOf(report), listing.change, policyFilesOf(report));
  return { scope, changes: listing.changes };
}

// src/action/repository-checkout.ts
import { lstatSync, statSync } from "node:fs";
import { join } from "node:path";
function repositoryCheckout(settings) {
  const folders = new Set(settings.requestedPaths.map((requested) => repositoryFolderOf(settings.workspace, requested.path)));
  const [only] = folders;
  const folder = folders.size === 1 && only !== void 0 ? only : "";
  const requestedPaths = settings.requestedPaths.map((requested) => ({
    ...requested,
    path: repositoryPath(folder, requested.path) ?? requested.path
  }));
  return {
    root: folder === "" ? settings.workspace : join(settings.workspace, ...folder.split("/")),
    folder,
    requestedPaths,
    paths: requestedPaths.map((requested) => requested.path)
  };
}
function configurationFile(configFile, checkout) {
  if (configFile !== void 0 || checkout.folder === "") return configFile;
  const path = join(checkout.root, ...DEFAULT_CONFIG_FILE.split("/"));
  try {
    return statSync(path).isFile() ? path : void 0;
  } catch {
    return void 0;
  }
}
function repositoryPath(folder, path) {
  if (folder === "") return path;
  if (path === folder) return ".";
  return path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : void 0;
}
function repositoryFolderOf(workspace, path) {
  if (holdsGit(workspace)) return "";
  const names = path === "." ? [] : path.split("/");
  for (let depth = 1; depth <= names.length; depth++) {
    const folder = names.slice(0, depth).join("/");
    const absolute = join(workspace, ...names.slice(0, depth));
    if (!isRealFolder(absolute)) return void 0;
    if (holdsGit(absolute)) return folder;
  }
  return void 0;
}
function holdsGit(folder) {
  const stats = lstatOf(join(folder, ".git"));
  return stats !== void 0 && (stats.isDirectory() || stats.isFile());
}
function isRealFolder(path) {
  return lstatOf(path)?.isDirectory() === true;
}
function lstatOf(path) {
  try {
    return lstatSync(path);
  } catch {
    return void 0;
  }
}

// src/action/scan-request.ts
var OUTSIDE_PATH_NAMED = 10;
function actionScanRequest(settings, configuration) {
  const filtered = configuration !== void 0 && configuration.include.length + configuration.exclude.length > 0;
  return {
    origin: filtered ? `the \`path\` input, after the include/exclude globs of ${configuration.file}` : "the `path` input",
    paths: settings.requestedPaths,
    allowEmpty: settings.allowEmpty,
    accept: "Set `allow-empty: true` if that is expected.",
    setting: "`allow-empty: true`"
  };
}
function warnManifestsOutsidePaths(listing, paths, repositoryFolder = "") {
  const message = outsidePathsWarning(listing, paths, repositoryFolder);
  if (message !== void 0) annotate("warning", message);
}
function outsidePathsWarning(listing, paths, repositoryFolder = "") {
  const scanned = paths.flatMap((path) => repositoryPath(repositoryFolder, path) ?? []);
  if (listing.changes === void 0 || scanned.includes(".")) return void 0;
  const below = (file) => scanned.some((path) => file === path || file.startsWith(`${path}/`));
  const outside = [...new Set(listing.changes.files.map((file) => file.path))].filter(
    (file) => isManifestName(file) && !below(file)
  );
  if (outside.length === 0) return void 0;
  const named = outside.slice(0, OUTSIDE_PATH_NAMED).join(", ");
  const more = outside.length > OUTSIDE_PATH_NAMED ? ` and ${outside.length - OUTSIDE_PATH_NAMED} more` : "";
  const change = listing.change.charAt(0).toUpperCase() + listing.change.slice(1);
  const count = outside.length === 1 ? "1 manifest" : `${outside.length} manifests`;
  return `${change} changes ${count} outside \`path\` (${paths.join(" ")}), which the gate does not check: ${named}${more}. Add their folder to \`path\` if they should be checked.`;
}

// src/pipeline/base-config.ts
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
  return new Promise((resolve2) => {
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
      (error, stdout) => resolve2(error ? void 0 : stdout)
    );
  });
}

// src/pipeline/pull-request-novelty.ts
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

// src/github/lazy-client.ts
function lazyGitHubClient(token, log) {
  let connect;
  let client;
  const get = () => {
    if (connect === void 0) throw new Error("the GitHub client was used before it was loaded");
    return client ??= connect(token);
  };
  const load = async () => {
    if (connect === void 0) {
      const { createGitHubClient } = await import("./chunks/client-ZA3ZWKPW.js");
      connect = (value) => createGitHubClient(value, { log });
    }
    return get;
  };
  return { load, get };
}

// src/github/change-source.ts
var NO_COMMIT = /^0+$/;
function changeSourceFromEvent(eventName, payload) {
  const pullRequest = pullRequestFromEvent(eventName, payload);
  if (pullRequest !== void 0) return { kind: "pull-request", pullRequest };
  const repository = field(payload, "repository");
  const owner = field(field(repository, "owner"), "login");
  const repo = field(repository, "name");
  const named = typeof owner === "string" && typeof repo === "string";
  switch (eventName) {
    case "merge_group": {
      const group = field(payload, "merge_group");
      const base = field(group, "base_sha");
      const head = field(group, "head_sha");
      if (!named || !isSha(base) || !isSha(head)) return { kind: "none", why: "the merge group event lacks its commits" };
      return { kind: "comparison", owner, repo, base, head, label: `the merge group's change (${short(base)}...${short(head)})` };
    }
    case "push": {
      const before = field(payload, "before");
      const after = field(payload, "after");
      if (!named || !isSha(after) || NO_COMMIT.test(after)) return { kind: "none", why: "the push has no head commit" };
      if (isSha(before) && !NO_COMMIT.test(before)) {
        return { kind: "comparison", owner, repo, base: before, head: after, label: `the pushed change (${short(before)}...${short(after)})` };
      }
      const defaultBranch = field(repository, "default_branch");
      if (typeof defaultBranch !== "string" || defaultBranch === "")
        return { kind: "none", why: "a new branch whose default branch is not named" };
      const ref = field(payload, "ref");
      if (typeof ref !== "string" || ref === "") return { kind: "none", why: "a new branch whose name the push event lacks" };
      if (ref === `refs/heads/${defaultBranch}`)
        return { kind: "none", why: `the push creates the default branch ${defaultBranch}, which has no base to compare it with` };
      return {
        kind: "comparison",
        owner,
        repo,
        base: defaultBranch,
        head: after,
        label: `the new branch's change against ${defaultBranch} (${short(after)})`
      };
    }
    case void 0:
      return { kind: "none", why: "not a GitHub event" };
    default:
      return { kind: "none", why: `a ${eventName} run has no change set` };
  }
}
var isSha = (value) => typeof value === "string" && /^[0-9a-f]{40}$/i.test(value);
var short = (sha) => sha.slice(0, 7);
function field(value, key) {
  if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return void 0;
  return value[key];
}

// src/settings.ts
import { realpathSync, statSync as statSync2 } from "node:fs";
import { isAbsolute, join as join2, relative, resolve, sep } from "node:path";
var DEFAULT_REPORT_FILE = "hotpatch-reboot-gate-report.json";
function getSettings(env = process.env, now = /* @__PURE__ */ new Date()) {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const day = getDay("as-of", now);
  const requestedPaths = getPaths(workspace);
  return {
    workspace,
    paths: requestedPaths.map((requested) => requested.path),
    requestedPaths,
    allowEmpty: getBoolean("allow-empty", false),
    failOn: getChoice("fail-on", ["error", "warning", "never"], "error"),
    failOnInput: getInput("fail-on") !== "",
    asOf: day.date,
    asOfText: day.text,
    configFile: getConfigFile(workspace),
    scope: getChoice("scope", ["changed", "all"], "changed"),
    comment: getChoice("comment", ["summary", "review", "both", "none"], "both"),
    annotations: getBoolean("annotations", true),
    jobSummary: getBoolean("job-summary", true),
    reportFile: getOutputFile("report-file", workspace) ?? join2(env.RUNNER_TEMP || workspace, DEFAULT_REPORT_FILE),
    sarifFile: getOutputFile("sarif-file", workspace),
    token: getInput("github-token")
  };
}
function invalid(input, value, expected) {
  return new ConfigurationError(`Invalid value '${value}' for input '${input}': expected ${expected}.`);
}
function getChoice(input, choices, fallback) {
  const value = getInput(input);
  if (value === "") return fallback;
  const choice = choices.find((candidate) => candidate === value.toLowerCase());
  if (choice === void 0) throw invalid(input, value, `one of ${choices.join(", ")}`);
  return choice;
}
function getBoolean(input, fallback) {
  const value = getInput(input);
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw invalid(input, value, "true or false");
}
function getDay(input, now) {
  const value = getInput(input);
  if (value === "") return evaluationDayOf(now);
  const day = parseEvaluationDay(value);
  if (day === void 0) throw invalid(input, value, "a calendar date YYYY-MM-DD, e.g. 2026-01-13");
  return day;
}
function getPaths(workspace) {
  const values = getInput("path").split(/\s+/).filter((value) => value !== "");
  const paths = /* @__PURE__ */ new Map();
  for (const value of values.length > 0 ? values : ["."]) {
    const path = insideWorkspace("path", value, workspace);
    if (paths.has(path)) continue;
    paths.set(path, { path, written: value, exists: kindOf(join2(workspace, path)) !== void 0 });
  }
  return [...paths.values()];
}
function getConfigFile(workspace) {
  const value = getInput("config");
  if (value === "") {
    const fallback = join2(workspace, DEFAULT_CONFIG_FILE);
    return kindOf(fallback) === "file" ? fallback : void 0;
  }
  const path = join2(workspace, insideWorkspace("config", value, workspace));
  if (kindOf(path) !== "file") throw invalid("config", value, "a file that exists in the workspace");
  return path;
}
function getOutputFile(input, workspace) {
  const value = getInput(input);
  if (value === "") return void 0;
  const path = resolve(workspace, value);
  if (kindOf(path) === "folder" || /[\\/]$/.test(value)) throw invalid(input, value, "a file path, not a folder");
  return path;
}
function insideWorkspace(input, value, workspace) {
  const absolute = resolve(workspace, value);
  const rel = relative(workspace, absolute);
  const real = realPath(absolute);
  if (isOutside(rel) || real !== void 0 && isOutside(relative(realPath(workspace) ?? workspace, real))) {
    throw invalid(input, value, `a path inside the workspace ${workspace}`);
  }
  return rel === "" ? "." : rel.split(sep).join("/");
}
var isOutside = (rel) => rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
function realPath(path) {
  try {
    return realpathSync(path);
  } catch {
    return void 0;
  }
}
function kindOf(path) {
  try {
    const stats = statSync2(path);
    return stats.isDirectory() ? "folder" : stats.isFile() ? "file" : void 0;
  } catch {
    return void 0;
  }
}

// src/main.ts
async function run() {
  resetAnnotationCount();
  try {
    const settings = getSettings();
    if (settings.token !== "") setSecret(settings.token);
    const checkout = repositoryCheckout(settings);
    const configFile = configurationFile(settings.configFile, checkout);
    const loaded = configFile === void 0 ? void 0 : (await import("./chunks/load-configuration-YHJ5GF63.js")).loadConfigurationFile(configFile, {
      root: checkout.root,
      confine: settings.workspace
    });
    const configuration = loaded?.configuration;
    if (configuration !== void 0) info(neutralizeWorkflowCommands(`Policy configuration: ${configuration.file}`));
    const failOn = settings.failOnInput ? settings.failOn : configuration?.failOn ?? settings.failOn;
    const event = readRunEvent();
    const source = changeSourceFromEvent(event.eventName, event.payload);
    const pullRequest = source.kind === "pull-request" ? source.pullRequest : void 0;
    const github = lazyGitHubClient(settings.token, debug);
    const listsChanges = settings.scope === "changed" && source.kind !== "none" && settings.token !== "";
    const listing = await listChanges(settings, source, listsChanges ? await github.load() : github.get);
    const { changes } = listing;
    warnManifestsOutsidePaths(listing, settings.paths, checkout.folder);
    const advisories = (loaded?.advisories ?? builtInAdvisories()).map((entry) => entry.advisory);
    const select = configuration && selectFiles(configuration);
    const { report, scope, gate } = await runPipeline({
      root: checkout.root,
      paths: checkout.paths,
      request: actionScanRequest({ ...settings, requestedPaths: checkout.requestedPaths }, configuration),
      day: { text: settings.asOfText, date: settings.asOf },
      failOn,
      advisories,
      readLine: createLineReader(checkout.root),
      ...configuration && { configuration },
      ...select && { select },
      exemptionChanges: async (records) => pullRequest === void 0 ? void 0 : exemptionChangesInPullRequest({
        workspace: checkout.root,
        configFile: configuration?.file,
        baseSha: baseShaOf(event.payload),
        records,
        changedFiles: changes?.complete ? changes.files : void 0,
        ...settings.token !== "" && { listFiles: async () => listedFiles((await github.load())(), pullRequest) }
      }),
      scope: (built) => resolveScope(listing, built).scope
    });
    const files = writeReportFiles(report, settings, rules.map((rule) => rule.meta));
    info(renderSummaryLine(report));
    info(neutralizeWorkflowCommands(`Counted for the verdict: ${scope.description}.`));
    const summaryShowsAll = settings.jobSummary && await writeJobSummary(report, gate, scope, files.report).catch((error) => {
      annotate("warning", `Could not write the job summary: ${getErrorMessage(error).split("\n", 1)[0]}`);
      return false;
    });
    const conversing = pullRequest !== void 0 && settings.comment !== "none" && settings.token !== "";
    const shown = { annotations: settings.annotations, jobSummary: summaryShowsAll, reportFile: files.report };
    const failure = gate.verdict === "fail" ? failureMessage(gate, failOn, scope, shown) : void 0;
    if (settings.annotations) {
      const changedFiles = changes && new Set(changes.files.map((file) => file.path));
      const overflowTarget = summaryShowsAll ? "the job summary" : `the report file ${files.report}`;
      const slots = slotsLeft(conversing ? { notice: 1, warning: 1 } : {});
      const options = { changedFiles, overflowTarget, slots, ...failure !== void 0 && { failure } };
      emitAnnotations(planAnnotations(report, options));
    } else if (failure !== void 0) annotate("error", failure);
    setOutputs(gate, files);
    if (pullRequest !== void 0 && settings.comment !== "none" && settings.token === "")
      info("No github-token: nothing is posted to the pull request.");
    if (conversing) {
      const { converse } = await import("./chunks/converse-XYT32MA4.js");
      const getClient = await github.load();
      await converse({ settings: { ...settings, failOn }, report, gate, scope, pullRequest, changes, getClient });
    }
    if (failure !== void 0) process.exitCode = ExitCode.Failure;
  } catch (error) {
    if (error instanceof ConfigurationError) setFailed(annotationMessage(error.message));
    else setFailed(annotationMessage(`internal error: ${getErrorMessage(error)}`));
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
applyScanV8Settings();
await run();

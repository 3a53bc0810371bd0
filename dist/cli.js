#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILE,
  applyScanV8Settings,
  batchedPieces,
  classifyExemptions,
  createLineReader,
  everyFinding,
  jsonFilePieces,
  renderSarif,
  renderSummaryLine,
  renderTextPieces,
  rules,
  runPipeline,
  scan,
  writePieces
} from "./chunks/chunk-I5L6GP7B.js";
import "./chunks/chunk-OI24433P.js";
import {
  builtInAdvisories,
  evaluationDayOf,
  getBuiltInAdvisories,
  parseEvaluationDay,
  selectFiles
} from "./chunks/chunk-XIR5BMFM.js";
import "./chunks/chunk-OFL7K4J5.js";
import "./chunks/chunk-VO455LQT.js";
import {
  commandSafeStream,
  neutralizeAfterOwnLoggingCommands,
  neutralizeJsonWorkflowCommands,
  neutralizeWorkflowCommands,
  neutralizeXmlWorkflowCommands
} from "./chunks/chunk-3YQNP6OJ.js";
import {
  bracketedVariant,
  compareStrings,
  describeCounts,
  monthName,
  renderJobSummary,
  sanitizeForTerminal,
  sanitizeLinesForTerminal,
  wrapText
} from "./chunks/chunk-WG7TE6SE.js";
import "./chunks/chunk-6AWMQJY4.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunks/chunk-2KOYTGGI.js";
import "./chunks/chunk-SD73YJMR.js";
import "./chunks/chunk-HRE4GSV5.js";
import "./chunks/chunk-XG2W2MLJ.js";
import {
  ConfigurationError,
  getErrorMessage
} from "./chunks/chunk-KOMI2SY3.js";
import "./chunks/chunk-5XWL5JNG.js";

// src/cli/run-cli.ts
import { existsSync } from "node:fs";
import { resolve as resolve3 } from "node:path";

// src/cli/scan-command.ts
import { readFileSync, statSync as statSync2 } from "node:fs";
import { join, resolve as resolve2 } from "node:path";

// src/report/fail-on.ts
function reachesFailOn(finding, failOn) {
  if (finding.exemption !== void 0) return false;
  if (failOn === "error") return finding.severity === "error";
  if (failOn === "warning") return finding.severity === "error" || finding.severity === "warning";
  return false;
}

// src/report/azure-pipelines.ts
function renderAzurePipelines(report, options) {
  const lines = [];
  for (const finding of report.findings) {
    if (finding.exemption !== void 0 || finding.severity === "notice") continue;
    lines.push(issue(finding.severity, findingMessage(finding), finding.file, finding.startLine, 1, finding.ruleId));
  }
  for (const error of report.parseErrors) {
    if (error.severity !== "error") continue;
    lines.push(issue("error", parseMessage(error), error.file, error.line, error.column, "parse-error"));
  }
  lines.push(`${report.tool.name}: ${describeCounts(report)}`);
  const failing = report.findings.filter((finding) => reachesFailOn(finding, options.failOn)).length;
  if (failing > 0) {
    const noun = failing === 1 ? "finding reaches" : "findings reach";
    lines.push(command("task.complete", [["result", "Failed"]], `${failing} ${noun} fail-on '${options.failOn}'`));
  }
  return `${lines.join("\n")}
`;
}
function issue(type, message, file, line, column, code) {
  return command(
    "task.logissue",
    [
      ["type", type],
      ["sourcepath", sanitizeLinesForTerminal(file)],
      ["linenumber", String(line)],
      ["columnnumber", String(column)],
      ["code", code]
    ],
    message
  );
}
var findingMessage = (finding) => sanitizeForTerminal(`[${finding.ruleId}] ${finding.message}`);
var parseMessage = (error) => sanitizeForTerminal(`cannot read ${error.file}: ${error.message}`);
function command(name, properties, message) {
  const written = properties.map(([key, value]) => `${key}=${escapeProperty(value)};`).join("");
  return `##vso[${name}${written === "" ? "" : ` ${written}`}]${escapeData(message)}`;
}
var escapeData = (value) => value.replaceAll("%", "%AZP25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
var escapeProperty = (value) => escapeData(value).replaceAll("]", "%5D").replaceAll(";", "%3B");

// src/report/junit.ts
function renderJunit(report, options) {
  const suites = groupByFile(report, options.failOn);
  const tests = suites.reduce((sum, suite) => sum + suite.cases.length, 0);
  const failures = suites.reduce((sum, suite) => sum + countFailures(suite.cases), 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attribute(report.tool.name)}" tests="${tests}" failures="${failures}" errors="0">`
  ];
  for (const suite of suites) {
    const skipped = suite.cases.filter((testCase) => testCase.skipped !== void 0).length;
    lines.push(
      `  <testsuite name="${attribute(suite.file)}" file="${attribute(suite.file)}" tests="${suite.cases.length}" failures="${countFailures(suite.cases)}" errors="0" skipped="${skipped}">`
    );
    for (const testCase of suite.cases) lines.push(...renderCase(testCase, suite.file));
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>", "");
  return lines.join("\n");
}
function groupByFile(report, failOn) {
  const suites = /* @__PURE__ */ new Map();
  const suiteOf = (file) => {
    const found = suites.get(file);
    if (found !== void 0) return found;
    const created = { file, cases: [] };
    suites.set(file, created);
    return created;
  };
  const byKey = /* @__PURE__ */ new Map();
  const orphans = [];
  const keys = new Set(report.resources.map((resource) => resource.key));
  for (const finding of report.findings) {
    const key = finding.resourceKey;
    if (key === void 0 || !keys.has(key)) {
      orphans.push(finding);
      continue;
    }
    byKey.set(key, [...byKey.get(key) ?? [], finding]);
  }
  for (const resource of report.resources) {
    suiteOf(resource.file).cases.push(toCase(caseName(resource), byKey.get(resource.key) ?? [], failOn));
    byKey.delete(resource.key);
  }
  for (const finding of orphans) {
    suiteOf(finding.file).cases.push(toCase(`${finding.ruleId}: ${finding.resource}`, [finding], failOn));
  }
  for (const error of report.parseErrors) {
    if (error.severity !== "error") continue;
    suiteOf(error.file).cases.push({ name: "manifest could not be read", failures: [], notes: [], skipped: error });
  }
  return [...suites.values()].sort((a, b) => compareStrings(a.file, b.file));
}
function toCase(name, findings, failOn) {
  return {
    name,
    failures: findings.filter((finding) => reachesFailOn(finding, failOn)),
    notes: findings.filter((finding) => !reachesFailOn(finding, failOn))
  };
}
function caseName(resource) {
  return resource.variant === void 0 ? resource.name : `${resource.name} ${bracketedVariant(resource.variant)}`;
}
var countFailures = (cases) => cases.filter((testCase) => testCase.failures.length > 0).length;
function renderCase(testCase, file) {
  const open = `    <testcase name="${attribute(testCase.name)}" classname="${attribute(file)}"`;
  if (testCase.failures.length === 0 && testCase.notes.length === 0 && testCase.skipped === void 0) {
    return [`${open}/>`];
  }
  const lines = [`${open}>`];
  const { skipped } = testCase;
  if (skipped !== void 0) {
    lines.push(`      <skipped message="${attribute(`${located(skipped.file, skipped.line, skipped.column)}: ${skipped.message}`)}"/>`);
  }
  for (const finding of testCase.failures) {
    lines.push(
      `      <failure type="${attribute(finding.ruleId)}" message="${attribute(headline(finding))}">${text(details(finding))}</failure>`
    );
  }
  if (testCase.notes.length > 0) {
    const notes = testCase.notes.map((finding) => `${finding.exemption ? "exempted" : finding.severity} ${headline(finding)}`);
    lines.push(`      <system-out>${text(notes.join("\n"))}</system-out>`);
  }
  lines.push("    </testcase>");
  return lines;
}
function headline(finding) {
  return `${located(finding.file, finding.startLine)}: [${finding.ruleId}] ${finding.message}`;
}
function details(finding) {
  const related = finding.related.map((item) => `${item.role}: ${located(item.file, item.startLine)}`);
  return [
    `${finding.severity} ${finding.ruleId} at ${located(finding.file, finding.startLine)}`,
    finding.message,
    ...related,
    `Documentation: ${finding.docsUrl}`
  ].join("\n");
}
var located = (file, line, column) => column === void 0 ? `${file}:${line}` : `${file}:${line}:${column}`;
function text(value) {
  return withoutForbidden(value).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll("\r", "&#13;");
}
function attribute(value) {
  return text(value).replaceAll('"', "&quot;").replaceAll("\n", "&#10;").replaceAll("	", "&#9;");
}
var FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
var withoutForbidden = (value) => value.replace(FORBIDDEN, "\uFFFD");

// src/cli/color.ts
function useColor(flag, io) {
  if (flag !== void 0) return flag;
  const { NO_COLOR, FORCE_COLOR, TERM } = io.env;
  if (NO_COLOR !== void 0 && NO_COLOR !== "") return false;
  if (FORCE_COLOR !== void 0) return FORCE_COLOR !== "0" && FORCE_COLOR !== "false";
  return io.stdout.isTTY === true && TERM !== "dumb";
}

// src/cli/scan-target.ts
import { statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
function resolveScanTarget(paths, cwd) {
  if (paths.length === 0) return { root: cwd, paths: void 0, requested: [{ path: ".", written: ".", exists: true }] };
  const kinds = paths.map((path) => {
    const kind = kindOf(resolve(cwd, path));
    if (kind === void 0) throw new ConfigurationError(`${path}: no such file or folder`);
    return kind;
  });
  if (paths.length === 1 && kinds[0] === "folder") {
    return { root: resolve(cwd, paths[0]), paths: void 0, requested: [{ path: ".", written: paths[0], exists: true }] };
  }
  const relativePaths = paths.map((path) => {
    const rel = relative(cwd, resolve(cwd, path));
    if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      throw new ConfigurationError(
        `${path} is outside the current folder: scan one folder, or run from a folder that contains every path`
      );
    }
    return rel === "" ? "." : rel.split(sep).join("/");
  });
  const requested = new Map(relativePaths.map((path, index) => [path, { path, written: paths[index], exists: true }]));
  return { root: cwd, paths: [...new Set(relativePaths)], requested: [...requested.values()] };
}
function kindOf(path) {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? "folder" : stats.isFile() ? "file" : void 0;
  } catch {
    return void 0;
  }
}

// src/cli/scan-command.ts
async function runScan(args, io, deps) {
  const target = resolveScanTarget(args.paths, io.cwd);
  const day = (args.asOf === void 0 ? void 0 : parseEvaluationDay(args.asOf)) ?? evaluationDayOf(io.now());
  const { failOn: configuredFailOn, advisorySources: _sources, ...configured } = await configurationFor(
    args.config,
    target.root,
    io,
    deps
  );
  const advisories = configured.advisories ?? deps.advisories();
  const baseConfig = args.baseConfig;
  const failOn = args.failOn ?? configuredFailOn ?? "error";
  const { report, gate } = await runPipeline({
    ...configured,
    root: target.root,
    ...target.paths !== void 0 && { paths: target.paths },
    day,
    failOn,
    advisories,
    readLine: createLineReader(target.root),
    request: cliScanRequest(target.requested, args.allowEmpty, configured.configuration?.file, configured.select !== void 0),
    scan: deps.scan,
    ...baseConfig !== void 0 && {
      exemptionChanges: (records) => Promise.resolve(
        classifyExemptions(records, { baseConfiguration: readBaseConfiguration(resolve2(io.cwd, baseConfig), baseConfig) })
      )
    },
    // The CLI counts every finding: it has no pull request to scope by.
    scope: everyFinding
  });
  const passed = gate.verdict === "pass";
  const color = args.output === void 0 ? useColor(args.color, io) : args.color ?? false;
  const pieces = neutralizedPieces(outputPieces(report, args, { color, passed, failOn, deps }), NEUTRALIZERS[args.format]);
  if (args.output === void 0) {
    const own = args.format === "azure-pipelines";
    for (const text2 of batchedPieces(pieces)) {
      if (own) io.stdout.writeOwnLoggingCommands(text2);
      else io.stdout.write(text2);
    }
  } else {
    writeOutput(resolve2(io.cwd, args.output), args.output, pieces);
    if (!args.quiet) io.stderr.write(`${renderSummaryLine(report)}
`);
  }
  const nothing = report.findings.filter(isNothingScannedError);
  for (const finding of nothing) io.stderr.write(`${TOOL_NAME}: ${finding.message}
`);
  if (nothing.length > 0) return EXIT_NOTHING_SCANNED;
  return passed ? 0 : 1;
}
var NEUTRALIZERS = {
  text: neutralizeWorkflowCommands,
  markdown: neutralizeWorkflowCommands,
  json: neutralizeJsonWorkflowCommands,
  sarif: neutralizeJsonWorkflowCommands,
  junit: neutralizeXmlWorkflowCommands,
  "azure-pipelines": neutralizeAfterOwnLoggingCommands
};
function* neutralizedPieces(pieces, neutralize) {
  for (const piece of pieces) yield neutralize(piece);
}
var EXIT_NOTHING_SCANNED = 2;
var isNothingScannedError = (finding) => finding.ruleId === "nothing-scanned" && finding.severity === "error" && finding.exemption === void 0;
function cliScanRequest(paths, allowEmpty, configurationFile, filtered) {
  return {
    origin: filtered && configurationFile !== void 0 ? `on the command line, after the include/exclude globs of ${configurationFile}` : "on the command line",
    paths,
    allowEmpty,
    accept: "Pass --allow-empty if that is expected.",
    setting: "--allow-empty"
  };
}
async function configurationFor(written, root, io, deps) {
  if (written !== void 0) return loadConfiguration(resolve2(io.cwd, written), written, root, io.cwd, deps);
  if (deps.loadConfiguration === void 0) return {};
  const found = [root, io.cwd].find((folder) => isFile(join(folder, DEFAULT_CONFIG_FILE)));
  return found === void 0 ? {} : deps.loadConfiguration(join(found, DEFAULT_CONFIG_FILE), root, io.cwd, found);
}
function* outputPieces(report, args, context) {
  switch (args.format) {
    case "json":
      yield* jsonFilePieces(report);
      break;
    case "sarif":
      yield* jsonFilePieces(renderSarif(report, context.deps.rules()));
      break;
    case "text":
      yield* renderTextPieces(report, { color: context.color, quiet: args.quiet });
      break;
    default:
      yield render(report, args.format, context);
  }
}
function render(report, format, context) {
  switch (format) {
    case "markdown":
      return renderJobSummary(report, { passed: context.passed });
    case "junit":
      return renderJunit(report, { failOn: context.failOn });
    case "azure-pipelines":
      return renderAzurePipelines(report, { failOn: context.failOn });
  }
}
async function loadConfiguration(path, written, root, cwd, deps) {
  if (!isFile(path)) throw new ConfigurationError(`--config ${written}: no such file`);
  if (deps.loadConfiguration === void 0) {
    throw new ConfigurationError(`--config ${written}: this version cannot apply a policy configuration yet`);
  }
  return deps.loadConfiguration(path, root, cwd);
}
function readBaseConfiguration(path, written) {
  if (!isFile(path)) throw new ConfigurationError(`--base-config ${written}: no such file`);
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigurationError(`--base-config ${written}: cannot read it: ${describeSystemError(error)}`);
  }
}
function writeOutput(path, written, pieces) {
  try {
    writePieces(path, pieces);
  } catch (error) {
    throw new ConfigurationError(`--output ${written}: cannot write the report: ${describeSystemError(error)}`);
  }
}
function describeSystemError(error) {
  const message = error?.message;
  return typeof message === "string" ? message : getErrorMessage(error);
}
function isFile(path) {
  try {
    return statSync2(path).isFile();
  } catch {
    return false;
  }
}

// src/cli/advisories-command.ts
var WIDTH = 100;
var LABEL_WIDTH = 18;
async function runAdvisories(format, config, io, deps) {
  const configured = await configurationFor(config, io.cwd, io, deps);
  const loaded = configured.advisorySources ?? (configured.advisories === void 0 ? deps.advisorySources?.() : void 0) ?? (configured.advisories ?? deps.advisories()).map((advisory) => ({ advisory }));
  const json = loaded.map(({ advisory, source, builtIn }) => ({
    ...advisory,
    ...source !== void 0 && { source, builtIn: builtIn ?? false }
  }));
  io.stdout.write(format === "json" ? `${neutralizeJsonWorkflowCommands(JSON.stringify(json, null, 2))}
` : renderAdvisories(loaded));
  return 0;
}
function renderAdvisories(advisories) {
  if (advisories.length === 0) return "No advisories are in force.\n";
  return advisories.map((entry) => "advisory" in entry ? renderAdvisory(entry.advisory, entry) : renderAdvisory(entry)).join("\n");
}
function renderAdvisory(advisory, origin = {}) {
  const images = advisory.hotpatchImages.map((image) => `${image.sku} (${image.offer})`);
  const fields = [
    ["CVEs", [advisory.cves.join(", ") || "none"]],
    ["reviewed", [advisory.reviewed ?? "not given"]],
    ["reboot window", [`${advisory.disruption.start} to ${advisory.disruption.end}`, advisory.disruption.description]],
    ["baseline months", [advisory.baselineMonths.map(monthName).join(", ")]],
    ["hotpatch images", images.length > 0 ? images : ["none"]],
    ["sources", advisory.sources.map((source) => `${source.title} <${source.url}>`)],
    ...origin.source === void 0 ? [] : [loadedFrom(origin.source, origin.builtIn ?? false)]
  ];
  const lines = [clean(advisory.id), `  ${clean(advisory.title)}`];
  for (const [label, values] of fields) {
    const indent = " ".repeat(2 + LABEL_WIDTH);
    const wrapped = values.flatMap((value) => wrapText(clean(value).replace(/\s+/g, " ").trim(), WIDTH - indent.length));
    const head = `  ${`${label}:`.padEnd(LABEL_WIDTH)}`;
    wrapped.forEach((text2, index) => lines.push((index === 0 ? head : indent) + text2));
  }
  return `${lines.join("\n")}
`;
}
var clean = sanitizeForTerminal;
var loadedFrom = (source, builtIn) => [
  "loaded from",
  [`${source}${builtIn ? " (built in)" : " (policy configuration)"}`]
];

// src/cli/arguments.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
  name = "UsageError";
};
var REPORT_FORMATS = ["text", "json", "sarif", "markdown", "junit", "azure-pipelines"];
var FAIL_ON = ["error", "warning", "never"];
var ADVISORY_FORMATS = ["text", "json"];
var OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  "as-of": { type: "string" },
  "fail-on": { type: "string" },
  config: { type: "string", short: "c" },
  "base-config": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  "allow-empty": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" }
};
var ACCEPTS = {
  scan: ["format", "output", "as-of", "fail-on", "config", "base-config", "color", "no-color", "quiet", "allow-empty"],
  advisories: ["format", "config"]
};
function parseArguments(argv) {
  const args = [...argv];
  const { tokens } = parseArgs({ args, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const values = /* @__PURE__ */ new Map();
  const positionals = [];
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    if (!Object.hasOwn(OPTIONS, token.name)) throw new UsageError(`unknown option '${token.rawName}'`);
    const name = token.name;
    if (OPTIONS[name].type === "boolean") {
      if (token.value !== void 0) throw new UsageError(`option '${token.rawName}' takes no value`);
      values.set(name, true);
      if (name === "color") values.delete("no-color");
      if (name === "no-color") values.delete("color");
    } else {
      if (token.value === void 0 || !token.inlineValue && token.value.startsWith("-") && token.value !== "-") {
        throw new UsageError(`option '${token.rawName}' needs a value`);
      }
      values.set(name, token.value);
    }
  }
  const [command2, ...rest] = positionals;
  if (values.has("version")) return { kind: "version" };
  if (command2 !== void 0 && command2 !== "scan" && command2 !== "advisories" && command2 !== "help") {
    throw new UsageError(`unknown command '${command2}'; the commands are scan and advisories`);
  }
  if (command2 === "help") return { kind: "help", topic: helpTopic(rest[0]), requested: true };
  if (values.has("help") || command2 === void 0) {
    return { kind: "help", topic: command2, requested: values.has("help") };
  }
  for (const name of values.keys()) {
    if (!ACCEPTS[command2].includes(name)) throw new UsageError(`option '--${name}' does not apply to '${command2}'`);
  }
  const text2 = (name) => values.get(name);
  if (command2 === "advisories") {
    if (rest.length > 0) throw new UsageError(`'advisories' takes no arguments, got '${rest[0]}'`);
    return { kind: "advisories", format: choice("format", text2("format"), ADVISORY_FORMATS, "text"), config: text2("config") };
  }
  return {
    kind: "scan",
    arguments: {
      paths: rest,
      format: choice("format", text2("format"), REPORT_FORMATS, "text"),
      output: text2("output"),
      asOf: text2("as-of") === void 0 ? void 0 : calendarDate(text2("as-of")),
      failOn: text2("fail-on") === void 0 ? void 0 : choice("fail-on", text2("fail-on"), FAIL_ON, "error"),
      config: text2("config"),
      baseConfig: text2("base-config"),
      color: values.has("color") ? true : values.has("no-color") ? false : void 0,
      quiet: values.has("quiet"),
      allowEmpty: values.has("allow-empty")
    }
  };
}
function helpTopic(topic) {
  if (topic === void 0 || topic === "scan" || topic === "advisories") return topic;
  throw new UsageError(`unknown command '${topic}'; the commands are scan and advisories`);
}
function choice(name, value, choices, fallback) {
  if (value === void 0) return fallback;
  const found = choices.find((candidate) => candidate === value);
  if (found === void 0) throw new UsageError(`invalid --${name} '${value}': expected ${orList(choices)}`);
  return found;
}
var orList = (items) => items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
function calendarDate(value) {
  if (parseEvaluationDay(value) === void 0) {
    throw new UsageError(`invalid --as-of '${value}': expected a calendar date YYYY-MM-DD, e.g. 2026-01-13`);
  }
  return value;
}

// src/cli/dependencies.ts
var defaultDependencies = {
  scan,
  rules: () => rules.map((rule) => rule.meta),
  advisories: getBuiltInAdvisories,
  advisorySources: builtInAdvisories,
  // The configuration reader and its schema validators (~90 KB): imported only when `--config` names a file.
  loadConfiguration: async (file, root, cwd, confine) => readCliConfiguration((await import("./chunks/load-configuration-YHJ5GF63.js")).loadConfigurationFile, file, root, cwd, confine)
};
function readCliConfiguration(load, file, root, cwd, confine) {
  const { configuration, advisories } = load(file, { root, cwd, ...confine !== void 0 && { confine } });
  const select = selectFiles(configuration);
  return {
    configuration,
    advisories: advisories.map((entry) => entry.advisory),
    advisorySources: advisories,
    ...configuration.hotpatchDefault !== void 0 && { hotpatchDefault: configuration.hotpatchDefault },
    ...configuration.failOn !== void 0 && { failOn: configuration.failOn },
    ...select !== void 0 && { select }
  };
}

// src/cli/help.ts
var EXIT_CODES = `Exit codes:
  0  no finding reaches --fail-on
  1  findings reach --fail-on
  2  usage or configuration error, or a PATH that holds no manifest the gate reads
  3  internal error (a bug: please report it)`;
function helpText(topic) {
  switch (topic) {
    case "scan":
      return `Usage: ${TOOL_NAME} scan [PATH...] [options]

Reads the manifests below each PATH (default: the current folder) and reports every VM and scale
set: whether Windows Server hotpatch makes it need a reboot plan, and whether it has one. A single
folder is the scan root and report paths are relative to it; a file, or several paths, are scanned
below the current folder.

Options:
  -f, --format FORMAT   text (default), json, sarif, markdown, junit or azure-pipelines
  -o, --output FILE     write the report to FILE instead of standard output
      --as-of DATE      evaluate as of DATE (YYYY-MM-DD, UTC); default: today
      --fail-on LEVEL   exit 1 on findings at or above LEVEL: error, warning or never; default: the
                        configuration's fail-on, else error
  -c, --config FILE     policy configuration; default: .github/hotpatch-reboot-gate.yml below the
                        scan root or the current folder, when there is one
      --base-config FILE
                        the configuration before the change: exemptions it lacks are marked new
      --color           colour the text report even when standard output is not a terminal
      --no-color        never colour it (so does NO_COLOR=1; FORCE_COLOR=1 forces colour)
  -q, --quiet           text report: only VMs with errors or warnings, and parse errors
      --allow-empty     accept a PATH that holds no manifest the gate reads (a notice, not exit 2)
  -h, --help            show this help

Exempted findings and parse errors are reported but never fail the run. An invalid configuration
stops it with exit code 2 and the file, line and column of the problem. So does a PATH with nothing
the gate reads (an empty folder, a README): the report is written and the reason goes to stderr.

${EXIT_CODES}
`;
    case "advisories":
      return `Usage: ${TOOL_NAME} advisories [options]

Lists the advisories the policy applies: the CVEs they cover, their reboot window, the baseline
months, their sources and the file each was loaded from (built in, or added by the configuration).

Options:
  -f, --format FORMAT   text (default) or json
  -c, --config FILE     policy configuration; default as for scan
  -h, --help            show this help
`;
    case void 0:
      return `Usage: ${TOOL_NAME} <command> [options]

Finds Azure VMs that run Windows Server hotpatch without a reboot plan in ARM, Bicep, Terraform,
Kubernetes (Azure Service Operator, Crossplane) and Pulumi manifests.

Commands:
  scan [PATH...]        scan manifests and report each VM's verdict
  advisories            list the advisories the policy applies
  help [COMMAND]        show help for a command

Options:
  -h, --help            show help
      --version         print the version

${EXIT_CODES}
`;
  }
}

// src/cli/run-cli.ts
var EXIT_USAGE = 2;
var EXIT_INTERNAL = 3;
async function runCli(argv, processIo, deps = defaultDependencies) {
  const io = { ...processIo, stdout: commandSafeStream(processIo.stdout), stderr: commandSafeStream(processIo.stderr) };
  try {
    const command2 = parseArguments(argv);
    switch (command2.kind) {
      case "version":
        io.stdout.write(`${TOOL_VERSION}
`);
        return 0;
      case "help":
        if (command2.requested) {
          io.stdout.write(helpText(command2.topic));
          return 0;
        }
        io.stderr.write(helpText(command2.topic));
        return EXIT_USAGE;
      case "advisories":
        return await runAdvisories(command2.format, command2.config, io, deps);
      case "scan":
        return await runScan(command2.arguments, io, deps);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      const hint = scanHint(argv, io.cwd);
      io.stderr.write(`${TOOL_NAME}: ${error.message}
${hint}Run '${TOOL_NAME} --help' for usage.
`);
      return EXIT_USAGE;
    }
    if (error instanceof ConfigurationError) {
      io.stderr.write(`${TOOL_NAME}: ${error.message}
`);
      return EXIT_USAGE;
    }
    io.stderr.write(`${TOOL_NAME}: internal error: ${getErrorMessage(error)}
`);
    if (io.env.HOTPATCH_REBOOT_GATE_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}
`);
    return EXIT_INTERNAL;
  }
}
function scanHint(argv, cwd) {
  const first = argv[0];
  if (first === void 0 || first.startsWith("-") || ["scan", "advisories", "help"].includes(first)) return "";
  return existsSync(resolve3(cwd, first)) ? `To scan it: ${TOOL_NAME} scan ${first}
` : "";
}

// src/cli.ts
applyScanV8Settings();
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});
process.exitCode = await runCli(process.argv.slice(2), {
  // runCli makes both streams command-safe: nothing it prints is read as a CI command.
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  now: () => /* @__PURE__ */ new Date()
});

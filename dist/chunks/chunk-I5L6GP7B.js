import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  terraformPlanProbe
} from "./chunk-OI24433P.js";
import {
  DEFAULT_MAX_EXEMPTION_DAYS,
  DEFAULT_TAGS,
  MAX_PERIODS,
  UNEXEMPTABLE_RULES,
  addDuration,
  calendarDay,
  coverBaselines,
  describeEnd,
  describeRecurrence,
  formatDay as formatDay2,
  formatUtc,
  formatWallClock,
  getBuiltInAdvisories,
  matchGlob,
  nextOpening,
  parseDateTime,
  parseDeclaredWindow,
  parseWindow
} from "./chunk-XIR5BMFM.js";
import {
  isMap,
  isSeq,
  parseYaml,
  scalarText
} from "./chunk-OFL7K4J5.js";
import {
  BIDI_CONTROL,
  CONTROL_CHARACTER,
  DEFAULT_BASELINE_MONTHS,
  LINE_SEPARATOR,
  MAX_SARIF_RESULTS,
  VERDICT_LABELS,
  appliedKnowledge,
  baselineRelease,
  bracketedVariant,
  compareBy,
  countParseErrors,
  createStyle,
  dayOf,
  decideVerdict,
  describeCounts,
  describeKnowledge,
  describeState,
  docsUrlFor,
  formatDay,
  formatMonth,
  isManifestName,
  monthName,
  nextBaseline,
  parseDay,
  parsePatch,
  patchTuesday,
  sanitizeForTerminal,
  sanitizeLinesForTerminal,
  summarizeReport,
  upcomingBaselines,
  wrapText
} from "./chunk-WG7TE6SE.js";
import {
  UnitMerge,
  compactResult,
  decode,
  mergeUnitResults,
  planReaderUnits,
  planUnits,
  readUnit,
  skippedFilesMessage,
  thousands,
  unitFolders
} from "./chunk-6AWMQJY4.js";
import {
  TOOL_INFORMATION_URI,
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-2KOYTGGI.js";
import {
  HEAD_CHARACTERS,
  LOCAL_LINK_WORD,
  PARAMETER_FILE_NAME,
  POLICY_WORDS,
  fileHolds,
  folderPrefixOf,
  formatLocation,
  groupBy,
  isDeploymentTimeReason,
  isKnown,
  limitsOf,
  mayDeclarePolicyInput,
  readers,
  releaseUnitValues,
  settleFolders,
  whatIfResultProbe
} from "./chunk-HRE4GSV5.js";
import {
  ARC_MACHINE_TYPE,
  MAX_FILE_BYTES,
  Workspace,
  cannotRead,
  decodeHead,
  decodeText,
  encodingsOf,
  exactLength,
  identityKey,
  intern,
  match,
  otherEnvironment,
  ownCopy,
  parseResourceId,
  releaseSharedIdentities,
  sameSubscription,
  sameUnit,
  sharedText,
  sizeLimitMessage,
  unitFolder,
  unknownBySubscriptionOnly,
  whyUnknown
} from "./chunk-XG2W2MLJ.js";

// src/pipeline/v8-settings.ts
import { setFlagsFromString } from "node:v8";
var SCAN_V8_FLAGS = ["--semi-space-growth-factor=1", "--heap-growing-percent=30", "--interrupt-budget=300000"];
var applied = false;
function applyScanV8Settings() {
  if (applied) return;
  applied = true;
  for (const flag of SCAN_V8_FLAGS) setFlagsFromString(flag);
}

// src/workspace/line-reader.ts
var KEPT_FILES = 16;
function createLineReader(root) {
  const workspace = new Workspace(root);
  const files = /* @__PURE__ */ new Map();
  return (file, line) => {
    let lines = files.get(file);
    if (files.has(file)) {
      files.delete(file);
    } else {
      const text = workspace.readText(file);
      lines = text.ok ? text.text.split(/\r?\n/) : void 0;
      if (files.size >= KEPT_FILES) files.delete(files.keys().next().value);
    }
    files.set(file, lines);
    return lines?.[line - 1];
  };
}

// src/policy/describe.ts
var at = (location2) => `${location2.file}:${location2.line}`;
function describeOrigin(value) {
  const name = value.detail === void 0 ? "" : `'${value.detail}' `;
  switch (value.origin) {
    case "default":
      return value.defaultAt === void 0 ? `${name}default, ${at(value.location)}` : `${name}default at ${at(value.defaultAt)}, used at ${at(value.location)}`;
    case "parameter-file":
      return `${name}from ${at(value.location)}`;
    case "variable":
      return `${name}${at(value.location)}`;
    default:
      return at(value.location);
  }
}
var isUnset = (value) => value.origin === "absent" || value.origin === "provider-default";
function unresolvedInput(field, value) {
  return { field, reason: value.reason ?? "its value could not be evaluated", location: value.location };
}
var subjectOf = (vm) => `${SUBJECTS[vm.kind]} '${vm.displayName}'`;
var SUBJECTS = {
  "virtual-machine": "VM",
  "scale-set": "Scale set",
  "arc-machine": "Arc machine"
};
var nounOf = (vm) => vm.kind === "scale-set" ? "scale set" : vm.kind === "arc-machine" ? "Arc machine" : "VM";
function imageName(image) {
  return `${image.publisher.value ?? "?"}:${image.offer.value ?? "?"}:${image.sku.value ?? "?"}`;
}

// src/policy/arc.ts
var ARC_HOTPATCH_OS = {
  publisher: "",
  offer: "",
  sku: "",
  os: "Windows Server 2025 (Azure Arc-enabled)",
  build: 26100,
  hotpatchOnByDefault: false,
  preview: false
};
function arcImageMatch(advisories) {
  const advisory = advisories.find((a) => a.families.some((f) => f.build === ARC_HOTPATCH_OS.build)) ?? advisories[0];
  return advisory === void 0 ? void 0 : { image: ARC_HOTPATCH_OS, advisory };
}
function assessArcHotpatch(vm, advisories) {
  const no = (reason) => ({ affected: "no", reasons: [reason], unresolved: [], match: void 0 });
  const reasons = [];
  if (vm.deployed.value === false) return no(`it is not deployed (the condition or loop count at ${at(vm.deployed.location)})`);
  if (vm.deployed.origin === "unresolved") {
    reasons.push(`its deployment condition could not be evaluated (${at(vm.deployed.location)}); assuming it is deployed`);
  }
  if (vm.osType.value === "Linux") return no(`it runs Linux (${describeOrigin(vm.osType)})`);
  const unresolved = vm.osType.origin === "unresolved" ? [unresolvedInput("osType", vm.osType)] : [];
  const license = vm.arc?.hotpatchLicense;
  const flag = vm.enableHotpatching;
  const match2 = arcImageMatch(advisories);
  if (license?.value === true) {
    reasons.push(`its license profile enables the Hotpatch feature (${describeOrigin(license)})`);
    return { affected: unresolved.length > 0 ? "unknown" : "yes", reasons, unresolved, match: match2 };
  }
  if (flag.value === true) {
    reasons.push(`enableHotpatching is true (${describeOrigin(flag)})`);
    return { affected: unresolved.length > 0 ? "unknown" : "yes", reasons, unresolved, match: match2 };
  }
  const open = [license, flag].filter((value) => value?.origin === "unresolved");
  if (open.length === 0) return no(notEnrolled(vm));
  const inputs = open.map((value) => unresolvedInput(value === flag ? "enableHotpatching" : "licenseProfile.Hotpatch", value));
  return { affected: "unknown", reasons, unresolved: [...unresolved, ...inputs], match: match2 };
}
function notEnrolled(vm) {
  const license = vm.arc?.hotpatchLicense;
  if (license === void 0 || license.origin === "absent") {
    return "no license profile in the repository enables the Hotpatch feature, and enableHotpatching is not true";
  }
  return `its license profile does not enable the Hotpatch feature (${at(license.location)})`;
}

// src/policy/images.ts
var PARTS = ["publisher", "offer", "sku"];
function findHotpatchCandidates(image, advisories) {
  const listed2 = listedImages(advisories);
  let level = listed2.byParts;
  for (let p = 0; p < PARTS.length; p++) {
    const part = PARTS[p];
    const value = image[part];
    const key = value.origin === "unresolved" ? UNRESOLVED : value.value;
    let next = level.get(key);
    if (next === void 0) level.set(key, next = /* @__PURE__ */ new Map());
    level = next;
  }
  let candidates = level.get(CANDIDATES);
  if (candidates === void 0) {
    candidates = narrow(listed2.images, image);
    if (++listed2.remembered.count > MAX_REMEMBERED) {
      listed2.byParts.clear();
      listed2.remembered.count = 0;
    }
    level.set(CANDIDATES, candidates);
  }
  if (candidates.length === 0) return { candidates, unresolved: [] };
  const unresolved = [];
  for (let p = 0; p < PARTS.length; p++) {
    const part = PARTS[p];
    const value = image[part];
    if (value.origin === "unresolved") unresolved.push(unresolvedInput(`image.${part}`, value));
  }
  return { candidates, unresolved };
}
var MAX_REMEMBERED = 4096;
var UNRESOLVED = /* @__PURE__ */ Symbol("unresolved");
var CANDIDATES = /* @__PURE__ */ Symbol("candidates");
function narrow(images, image) {
  let candidates = images;
  for (const part of PARTS) {
    const value = image[part];
    if (value.origin === "unresolved") continue;
    const wanted = isKnown(value) ? value.value.toLowerCase() : "";
    candidates = candidates.filter((match2) => match2.lowerCased[part] === wanted);
  }
  return candidates.map(({ match: match2 }) => match2);
}
var listed = /* @__PURE__ */ new WeakMap();
function listedImages(advisories) {
  let known = listed.get(advisories);
  if (known === void 0) {
    const images = advisories.flatMap(
      (advisory) => advisory.hotpatchImages.map((entry) => ({
        match: { image: entry, advisory },
        lowerCased: { publisher: entry.publisher.toLowerCase(), offer: entry.offer.toLowerCase(), sku: entry.sku.toLowerCase() }
      }))
    );
    known = { images, byParts: /* @__PURE__ */ new Map(), remembered: { count: 0 } };
    listed.set(advisories, known);
  }
  return known;
}

// src/policy/messages.ts
function formatMessage(template, data = {}) {
  return template.replace(
    /\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g,
    (whole, name) => Object.hasOwn(data, name) ? data[name] : whole
  );
}
function planDefinition(noun, arc = false) {
  if (arc) {
    return `A reboot plan is an InGuestPatch maintenance configuration assigned to the ${noun} (an assignment scoped to the machine, or a dynamic scope that selects Microsoft.HybridCompute/machines) that allows reboots (rebootSetting IfRequired or Always) and opens between a baseline's release and the next one's.`;
  }
  return `A reboot plan is an InGuestPatch maintenance configuration assigned to the ${noun} that allows reboots (rebootSetting IfRequired or Always) and opens between a baseline's release and the next one's, with patchMode AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule true on the ${noun}.`;
}
function rebootCause(advisory, match2, asOf) {
  const build2 = match2?.image.build;
  const key = `${build2 ?? ""} ${asOf.getTime()}`;
  let byKey = CAUSES.get(advisory);
  if (byKey === void 0) CAUSES.set(advisory, byKey = /* @__PURE__ */ new Map());
  let cause = byKey.get(key);
  if (cause === void 0) {
    if (byKey.size >= 64) byKey.clear();
    byKey.set(key, cause = causeOf(advisory, build2, asOf));
  }
  return cause;
}
var CAUSES = /* @__PURE__ */ new WeakMap();
function causeOf(advisory, build2, asOf) {
  const baseline = nextBaseline(asOf, advisory.baselineMonths);
  const months = [...advisory.baselineMonths].sort((a, b) => a - b).map(monthName);
  const calendar = `Hotpatch machines still restart for every baseline update (${months.join(", ")}); the next baseline is ${formatMonth(baseline.year, baseline.month)} (Patch Tuesday ${formatDay(baseline.patchTuesday)}).`;
  const family = advisory.families.find((f) => f.breaksHotpatch && f.build === build2);
  const start = parseDay(advisory.disruption.start) ?? Infinity;
  const end = parseDay(advisory.disruption.end) ?? -Infinity;
  const today = dayOf(asOf);
  if (family === void 0 || today < start || today > end) return calendar;
  return `${family.os} hotpatch machines that installed ${family.kb} (the ${advisory.cves.join(", ")} out-of-band update) take a reboot-requiring update every month until ${disruptionEnd(end, advisory.baselineMonths)}. ${calendar}`;
}
function disruptionEnd(endDay, baselineMonths) {
  const date = new Date(endDay * 864e5);
  const month = date.getUTCMonth() + 1;
  if (baselineMonths.includes(month)) return `the ${formatMonth(date.getUTCFullYear(), month)} baseline`;
  return formatDay(date);
}
var WINDOW_AS_DOCUMENTED = "recurEvery as Azure documents it (Day, 3Days, Week Saturday,Sunday, Month day23,day24, Month Second Tuesday Offset2), dates as yyyy-MM-dd HH:mm, duration as HH:mm from 01:30 to 03:55 and timeZone as a Windows time zone name";
var RECUR_MONTHLY = "recur at least every month (Month Second Tuesday Offset4, Week Saturday), starting now, with no expirationDateTime before the next baselines";

// src/model/deployment-condition.ts
function deployedWhenever(resource, anchor) {
  const own = resource.conditionKeys;
  const implied = anchor.conditionKeys;
  if (own === void 0 || implied === void 0 || own.length === 0) return false;
  if (resource.deployed.origin !== "unresolved" || anchor.deployed.origin !== "unresolved") return false;
  for (let i = 0; i < own.length; i++) if (!implied.includes(own[i])) return false;
  return true;
}

// src/policy/reboot-calendar.ts
var BASELINES_CHECKED = 2;
var BASELINES = /* @__PURE__ */ new Map();
function baselinesFrom(asOf, baselineMonths) {
  const key = `${asOf.getTime()}|${baselineMonths.join(",")}`;
  const known = BASELINES.get(key);
  if (known !== void 0) return known;
  if (BASELINES.size > 100) BASELINES.clear();
  const spans = upcomingBaselines(asOf, baselineMonths, BASELINES_CHECKED);
  BASELINES.set(key, spans);
  return spans;
}
var NO_UPDATES = Object.freeze([]);
var BASELINE_ONLY = /* @__PURE__ */ new WeakMap();
function baselineCalendar(baselineMonths) {
  let calendar = BASELINE_ONLY.get(baselineMonths);
  if (calendar === void 0) {
    calendar = { baselineMonths, monthlyUpdates: NO_UPDATES, key: baselineMonths.join(",") };
    BASELINE_ONLY.set(baselineMonths, calendar);
  }
  return calendar;
}
var QUARTERLY_CALENDAR = baselineCalendar(DEFAULT_BASELINE_MONTHS);
function rebootCalendar(advisories, images, baselineMonths, asOf) {
  const disrupted = disruptionsOf(advisories);
  let builds = "";
  for (let i = 0; i < images.length; i++) {
    const build2 = images[i].image.build;
    if (disrupted.has(build2) && !` ${builds} `.includes(` ${build2} `)) builds += ` ${build2}`;
  }
  if (builds === "") return baselineCalendar(baselineMonths);
  const key = `${asOf.getTime()} ${baselineMonths.join(",")}${builds}`;
  let known = CALENDARS.get(advisories);
  if (known === void 0) CALENDARS.set(advisories, known = /* @__PURE__ */ new Map());
  let calendar = known.get(key);
  if (calendar === void 0) {
    if (known.size >= 256) known.clear();
    const disruptions = builds.trim().split(" ").flatMap((build2) => disrupted.get(Number(build2)) ?? []);
    known.set(key, calendar = calendarDuring(disruptions, baselineMonths, asOf));
  }
  return calendar;
}
var CALENDARS = /* @__PURE__ */ new WeakMap();
function calendarDuring(disruptions, baselineMonths, asOf) {
  const horizon = baselinesFrom(asOf, baselineMonths).at(-1)?.nextRelease;
  const today = dayOf(asOf);
  const updates = [];
  let year = asOf.getUTCFullYear();
  let month = asOf.getUTCMonth() + 1;
  let release = baselineRelease(year, month);
  while (horizon !== void 0 && release < horizon) {
    const following = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
    const nextRelease = baselineRelease(following.year, following.month);
    const day = dayOf(patchTuesday(year, month));
    if (day >= today && !baselineMonths.includes(month) && disruptions.some((d) => d.start <= day && day <= d.end)) {
      updates.push({ name: formatMonth(year, month), release, nextRelease });
    }
    ;
    ({ year, month } = following);
    release = nextRelease;
  }
  if (updates.length === 0) return baselineCalendar(baselineMonths);
  return { baselineMonths, monthlyUpdates: updates, key: `${baselineMonths.join(",")} monthly ${updates.map((u) => u.name).join(",")}` };
}
function disruptionsOf(advisories) {
  let known = DISRUPTIONS.get(advisories);
  if (known !== void 0) return known;
  const byBuild = /* @__PURE__ */ new Map();
  for (const advisory of advisories) {
    const start = parseDay(advisory.disruption.start);
    const end = parseDay(advisory.disruption.end);
    if (start === void 0 || end === void 0) continue;
    for (const family of advisory.families) {
      if (!family.breaksHotpatch) continue;
      const list = byBuild.get(family.build) ?? [];
      list.push({ start, end });
      byBuild.set(family.build, list);
    }
  }
  DISRUPTIONS.set(advisories, known = byBuild);
  return known;
}
var DISRUPTIONS = /* @__PURE__ */ new WeakMap();

// src/policy/reboot-setting.ts
var SPELLINGS = /* @__PURE__ */ new Map([
  ["ifrequired", "IfRequired"],
  ["rebootifrequired", "IfRequired"],
  ["never", "Never"],
  ["neverreboot", "Never"],
  ["always", "Always"],
  ["alwaysreboot", "Always"],
  ["unknown", "Unknown"]
]);
function normaliseRebootSetting(value) {
  return SPELLINGS.get(value.trim().toLowerCase());
}
function rebootSettingApplies(patchMode) {
  if (patchMode.origin === "unresolved") return "unknown";
  return patchMode.value?.toLowerCase() === "automaticbyplatform" ? "yes" : "no";
}

// src/policy/update-selection.ts
var BASELINE_CLASSIFICATIONS = ["security"];
var FIELD = "maintenanceConfiguration";
function updateSelection({ classificationsToInclude: classifications, kbNumbersToInclude: kbs }) {
  if (classifications.origin === "unresolved") {
    return { kind: "unresolved", unresolved: unresolvedInput(`${FIELD}.classificationsToInclude`, classifications) };
  }
  const listed2 = isKnown(classifications) ? classifications.value : [];
  if (listed2.some((name) => BASELINE_CLASSIFICATIONS.includes(name.toLowerCase()))) return { kind: "may-install-baseline" };
  if (kbs.origin === "unresolved") return { kind: "unresolved", unresolved: unresolvedInput(`${FIELD}.kbNumbersToInclude`, kbs) };
  if (isKnown(kbs) && kbs.value.length > 0) return { kind: "listed-kbs", kbs: kbs.value, classifications: listed2 };
  return listed2.length === 0 ? { kind: "may-install-baseline" } : { kind: "other-classifications", classifications: listed2 };
}
function describeMissedBaselines(configuration, selection) {
  const { classificationsToInclude: classifications, kbNumbersToInclude: kbs } = configuration;
  switch (selection.kind) {
    case "other-classifications":
      return `it installs only ${selection.classifications.join(", ")} updates (${describeOrigin(classifications)}), never a baseline's Security update`;
    case "listed-kbs": {
      const others = selection.classifications.length === 0 ? "no update classification" : `only ${selection.classifications.join(", ")} updates (${describeOrigin(classifications)})`;
      return `it installs only the KBs it lists (${selection.kbs.join(", ")}, ${describeOrigin(kbs)}) and ${others}: a later baseline's or monthly update's KB is in no fixed list, so it never installs one nor reboots for it`;
    }
    default:
      return void 0;
  }
}
var describeListedKbs = (selection) => selection.classifications.length === 0 ? `the KBs it lists (${selection.kbs.join(", ")})` : `${selection.classifications.join(", ")} updates and the KBs it lists (${selection.kbs.join(", ")})`;

// src/policy/window-judgement.ts
function judgeCoverage(description, { baselines, monthly }, next, coversNote = "") {
  const covers = baselines.flatMap((c) => c.occurrence === void 0 ? [] : [covered(c)]);
  const misses = baselines.filter((c) => c.occurrence === void 0).map((c) => c.baseline.name);
  const timing = timingOf(description, covers, misses, monthlyTiming(monthly), next);
  const opens2 = next === void 0 ? "it does not open again" : `it next opens ${formatUtc(next.start)}`;
  if (covers.length === 0) {
    const detail = `its window (${description}) reboots for neither the ${misses.join(" nor the ")} baseline (no opening falls between a baseline's release and the next one's); ${opens2}`;
    return { kind: "misses", detail, timing };
  }
  const missedUpdates = timing.monthly?.misses ?? [];
  if (missedUpdates.length > 0) {
    const detail = `its window (${description}) does not reboot for ${monthlyUpdatesText(missedUpdates)} (no opening falls between an update's release and the next month's), each of which a machine off hotpatching must reboot for; ${opens2}`;
    return { kind: "misses", detail, timing };
  }
  return { kind: "covers", detail: `${nextWindowText(timing)}${coversNote}`, timing };
}
function timingOf(description, covers, misses, monthly, next) {
  if (monthly === void 0) return next === void 0 ? { description, covers, misses } : { description, covers, misses, next: formatUtc(next.start) };
  return next === void 0 ? { description, covers, misses, monthly } : { description, covers, misses, monthly, next: formatUtc(next.start) };
}
function monthlyTiming(monthly) {
  if (monthly.length === 0) return void 0;
  const covers = [];
  const misses = [];
  for (const { baseline, occurrence: occurrence2, daysAfter } of monthly) {
    if (occurrence2 === void 0) misses.push(baseline.name);
    else covers.push({ update: baseline.name, opens: formatUtc(occurrence2.start), daysAfter: daysAfter ?? 0 });
  }
  return { covers, misses };
}
var unfavourability = (timing) => (timing.misses.length + (timing.monthly?.misses.length ?? 0)) * 1e3 + (timing.covers[0]?.daysAfter ?? 0);
function nextWindowText(timing) {
  const [first] = timing.covers;
  if (first === void 0) return "";
  return `next reboot window ${first.opens}, ${daysAfterText(first.daysAfter)} the ${first.baseline} baseline`;
}
var daysAfterText = (days) => days === 0 ? "on the release day of" : `${days} day${days === 1 ? "" : "s"} after`;
function covered(coverage) {
  const opens2 = coverage.occurrence === void 0 ? "" : formatUtc(coverage.occurrence.start);
  return { baseline: coverage.baseline.name, opens: opens2, daysAfter: coverage.daysAfter ?? 0 };
}
var listNames = (names) => names.length <= 1 ? names[0] ?? "" : `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
var monthlyUpdatesText = (names) => `the ${listNames(names)} monthly update${names.length === 1 ? "" : "s"}`;

// src/policy/window-coverage.ts
var LATE_AFTER_DAYS = 30;
var FIELDS = ["startDateTime", "expirationDateTime", "duration", "timeZone", "recurEvery"];
var FIELD2 = "maintenanceConfiguration.window";
function checkWindowTiming(configuration, asOf, calendar) {
  const checked = checkedOn(`${asOf.getTime()}|${calendar.key}`);
  const known = checked.get(configuration);
  if (known !== void 0) return known;
  const result = computeWindowTiming(configuration, asOf, calendar);
  checked.set(configuration, result);
  return result;
}
var CHECKED = /* @__PURE__ */ new Map();
function releaseWindowChecks() {
  CHECKED.clear();
}
function checkedOn(key) {
  let checked = CHECKED.get(key);
  if (checked === void 0) {
    if (CHECKED.size > 100) CHECKED.clear();
    CHECKED.set(key, checked = /* @__PURE__ */ new WeakMap());
  }
  return checked;
}
function computeWindowTiming(configuration, asOf, calendar) {
  const { window } = configuration;
  const unresolved = [];
  const fields = {};
  for (let i = 0; i < FIELDS.length; i++) {
    const f = FIELDS[i];
    const value = window[f];
    if (value.origin === "unresolved") unresolved.push(unresolvedInput(`${FIELD2}.${f}`, value));
    if (value.value !== void 0) fields[f] = value.value;
  }
  const deployed = unresolved.length === 1 && unresolved[0]?.field === `${FIELD2}.startDateTime` && isDeploymentTimeReason(unresolved[0].reason);
  if (!deployed) return unresolved.length > 0 ? { kind: "unresolved", unresolved } : timingOf2(fields, configuration, asOf, calendar);
  const day = asOf.toISOString().slice(0, 10);
  const at2 = (time) => timingOf2({ ...fields, startDateTime: `${day} ${time}` }, configuration, asOf, calendar, window.startDateTime.reason);
  const [early, late] = [at2("00:00"), at2("23:59")];
  if (early.kind !== late.kind) return { kind: "unresolved", unresolved };
  return worse(early, late);
}
function worse(a, b) {
  if (!("timing" in a) || !("timing" in b)) return a;
  return unfavourability(b.timing) > unfavourability(a.timing) ? b : a;
}
function timingOf2(fields, configuration, asOf, calendar, deployedBecause) {
  const { window } = configuration;
  const facts = scheduleFacts(fields, asOf, calendar);
  const { parsed } = facts;
  const anchor = locationOf(window, configuration);
  if ("problems" in parsed) {
    const [first] = parsed.problems;
    const text = parsed.problems.map((p) => p.text).join("; ");
    const location2 = first === void 0 ? anchor : fieldLocation(window[first.field], configuration);
    const detail = `its maintenance window is not valid, so Azure rejects it: ${text}`;
    return { kind: "malformed", detail, timing: { description: "", covers: [], misses: [], problem: text, location: location2 } };
  }
  const known = facts.timings.get(deployedBecause);
  const timed = known ?? describeTiming(parsed.schedule, facts, window.expirationDateTime.value, deployedBecause);
  if (known === void 0) facts.timings.set(deployedBecause, timed);
  return { kind: timed.kind, detail: timed.detail, timing: locatedTiming(timed.timing, anchor) };
}
function locatedTiming(timing, location2) {
  const { description, covers, misses, monthly, next } = timing;
  if (monthly === void 0) return next === void 0 ? { description, covers, misses, location: location2 } : { description, covers, misses, next, location: location2 };
  return next === void 0 ? { description, covers, misses, monthly, location: location2 } : { description, covers, misses, monthly, next, location: location2 };
}
function describeTiming(schedule, { coverage, next }, expiration, deployedBecause) {
  const zone = schedule.timeZone;
  const recurrence = schedule.recurrence === void 0 ? "once" : describeRecurrence(schedule.recurrence);
  const until = expiration === void 0 ? "" : ` until ${expiration}`;
  const written = formatWallClock(schedule.startWallClock);
  const timeOfDay = written.slice("yyyy-MM-dd ".length);
  const from = deployedBecause === void 0 ? `at ${timeOfDay} ${zone}, from ${written}` : `in ${zone} from its deployment (startDateTime: ${deployedBecause}; read as the evaluation date, at its least favourable time of day)`;
  const deployedNote = deployedBecause === void 0 ? "" : ` (its start is the deployment time, read as the evaluation date)`;
  return judgeCoverage(`${recurrence} ${from}${until}`, coverage, next, deployedNote);
}
var FACTS = /* @__PURE__ */ new Map();
function scheduleFacts(fields, asOf, calendar) {
  let key = `${asOf.getTime()} ${calendar.key}`;
  for (let i = 0; i < FIELDS.length; i++) {
    const value = fields[FIELDS[i]];
    key += value === void 0 ? " null" : ` ${value.length}:${value}`;
  }
  const known = FACTS.get(key);
  if (known !== void 0) return known;
  if (FACTS.size > 1e4) FACTS.clear();
  const parsed = parseWindow(fields);
  const facts = "problems" in parsed ? { parsed, coverage: NOT_COVERED, next: void 0, timings: /* @__PURE__ */ new Map() } : { parsed, coverage: coverCalendar(parsed.schedule, asOf, calendar), next: nextOpening(parsed.schedule, asOf), timings: /* @__PURE__ */ new Map() };
  FACTS.set(key, facts);
  return facts;
}
var NOT_COVERED = { baselines: [], monthly: [] };
function coverCalendar(window, asOf, calendar) {
  const baselines = baselinesFrom(asOf, calendar.baselineMonths);
  if (calendar.monthlyUpdates.length === 0) return { baselines: coverBaselines(window, baselines), monthly: [] };
  const coverage = coverBaselines(window, [...baselines, ...calendar.monthlyUpdates]);
  return { baselines: coverage.slice(0, baselines.length), monthly: coverage.slice(baselines.length) };
}
function locationOf(window, configuration) {
  return fieldLocation(window.recurEvery.value !== void 0 ? window.recurEvery : window.startDateTime, configuration);
}
var fieldLocation = (value, configuration) => value.origin === "absent" || value.origin === "provider-default" ? configuration.reportAt : value.location;

// src/policy/configuration-status.ts
var FIELD3 = "maintenanceConfiguration";
function configurationStatus(configuration, asOf, calendar = QUARTERLY_CALENDAR) {
  const { rejected } = configuration;
  if (rejected !== void 0) return { status: "rejected", detail: `${rejected.reason} (${at(rejected.location)})`, unresolved: [] };
  const scope = checkScope(configuration);
  const expiry = checkExpiry(configuration, asOf);
  const inGuest = scope.disqualifier === void 0 && scope.unresolved === void 0 && expiry.disqualifier === void 0;
  const timing = inGuest ? checkTiming(configuration, asOf, calendar) : {};
  const checks = [
    scope,
    checkPatchMode(configuration),
    expiry,
    checkRebootSetting(configuration),
    checkExcludedKbs(configuration),
    checkClassifications(configuration),
    timing
  ];
  const decided = checks.find((check2) => check2.disqualifier !== void 0)?.disqualifier;
  if (decided !== void 0) return { ...decided, unresolved: [] };
  const unresolved = checks.flatMap((check2) => check2.unresolved === void 0 ? [] : [check2.unresolved]).filter((input, index, all) => all.findIndex((other) => other.field === input.field) === index);
  if (unresolved.length > 0) {
    return { status: "unverifiable", detail: `it cannot be verified (${listInputs(unresolved)})`, unresolved };
  }
  const reboot = configuration.rebootSetting;
  const setting = isKnown(reboot) ? `rebootSetting ${reboot.value}` : "rebootSetting not set, IfRequired by default";
  const valid = `is an InGuestPatch window that allows reboots (${setting})`;
  if (timing.covers === void 0) return { status: "valid", detail: valid, unresolved: [] };
  return { status: "valid", detail: `${valid}; ${timing.covers.detail}`, unresolved: [], timing: timing.covers.timing };
}
function checkTiming(configuration, asOf, calendar) {
  const result = checkWindowTiming(configuration, asOf, calendar);
  switch (result.kind) {
    case "unresolved":
      return result.unresolved[0] === void 0 ? {} : { unresolved: result.unresolved[0] };
    case "malformed":
      return { disqualifier: { status: "malformed-window", detail: result.detail, timing: result.timing } };
    case "misses":
      return { disqualifier: { status: "misses-baseline", detail: result.detail, timing: result.timing } };
    case "covers":
      return { covers: { detail: result.detail, timing: result.timing } };
  }
}
function checkScope({ maintenanceScope: scope }) {
  if (scope.origin === "unresolved") return { unresolved: unresolvedInput(`${FIELD3}.maintenanceScope`, scope) };
  if (scope.value?.toLowerCase() === "inguestpatch") return {};
  const what = isKnown(scope) ? `is ${scope.value} (${describeOrigin(scope)})` : "is not set";
  return { disqualifier: { status: "not-in-guest-patch", detail: `its maintenanceScope ${what}, not InGuestPatch` } };
}
function checkPatchMode({ inGuestPatchMode: mode }) {
  if (mode === void 0) return {};
  if (mode.origin === "unresolved") return { unresolved: unresolvedInput(`${FIELD3}.inGuestPatchMode`, mode) };
  if (!isKnown(mode) || mode.value.toLowerCase() === "user") return {};
  const detail = `its InGuestPatchMode is ${mode.value} (${describeOrigin(mode)}), not User: Update Manager runs a schedule's patching only in User mode`;
  return { disqualifier: { status: "not-in-guest-patch", detail } };
}
function checkExpiry({ window }, asOf) {
  const expiration = window.expirationDateTime;
  const field = `${FIELD3}.window.expirationDateTime`;
  if (expiration.origin === "unresolved") return { unresolved: unresolvedInput(field, expiration) };
  if (!isKnown(expiration)) return {};
  const expiry = parseDay(expiration.value);
  if (expiry === void 0) {
    return { unresolved: { field, reason: `'${expiration.value}' is not a date`, location: expiration.location } };
  }
  if (expiry >= dayOf(asOf)) return {};
  const detail = `it expired on ${expiration.value} (${describeOrigin(expiration)})`;
  return { disqualifier: { status: "expired", detail } };
}
function checkRebootSetting({ rebootSetting: reboot }) {
  const field = `${FIELD3}.rebootSetting`;
  if (reboot.origin === "unresolved") return { unresolved: unresolvedInput(field, reboot) };
  if (!isKnown(reboot)) return {};
  const behaviour = normaliseRebootSetting(reboot.value);
  if (behaviour === void 0 || behaviour === "Unknown") {
    const reason = `'${reboot.value}' is not a reboot setting (IfRequired, Never or Always)`;
    return { unresolved: { field, reason, location: reboot.location } };
  }
  if (behaviour !== "Never") return {};
  const detail = `its rebootSetting is ${reboot.value} (${describeOrigin(reboot)})`;
  return { disqualifier: { status: "reboot-blocked", detail } };
}
function checkExcludedKbs({ excludeKbsRequiringReboot: exclude }) {
  const field = `${FIELD3}.excludeKbsRequiringReboot`;
  if (exclude.origin === "unresolved") return { unresolved: unresolvedInput(field, exclude) };
  if (exclude.value !== true) return {};
  const detail = `it sets excludeKbsRequiringReboot true (${describeOrigin(exclude)})`;
  return { disqualifier: { status: "reboot-blocked", detail } };
}
function checkClassifications(configuration) {
  const selection = updateSelection(configuration);
  if (selection.kind === "unresolved") return { unresolved: selection.unresolved };
  const detail = describeMissedBaselines(configuration, selection);
  return detail === void 0 ? {} : { disqualifier: { status: "reboot-blocked", detail } };
}
var listInputs = (inputs) => inputs.map((input) => `${input.field}: ${input.reason}`).join("; ");

// src/policy/unmanaged.ts
var isUnmanaged = (resource) => resource.paused !== void 0 || resource.observedOnly !== void 0;
function unmanagedInput(resource, field, location2) {
  const assignment = resource.kind === "maintenance-assignment";
  const name = `maintenance ${assignment ? "assignment" : "configuration"} '${resource.displayName}'`;
  if (resource.paused !== void 0) {
    const pausedBy = resource.deployed.detail === "managementPolicies" ? "managementPolicies" : "crossplane.io/paused";
    const written = pausedBy === "managementPolicies" ? "managementPolicies: []" : pausedBy;
    const reason2 = `${name} is paused (${written} at ${at(resource.paused)}): its provider does not reconcile it, so the manifest neither creates it nor changes one that exists in Azure`;
    return { field, reason: reason2, location: location2, paused: pausedBy };
  }
  if (resource.observedOnly === void 0) return void 0;
  const settings = assignment ? "what it assigns there is not what the manifest writes" : "its settings there are not the ones the manifest writes";
  const reason = `${name} is only observed (managementPolicies at ${at(resource.observedOnly)}): it exists in Azure, managed elsewhere, and ${settings}`;
  return { field, reason, location: location2, observed: true };
}

// src/policy/plan-configuration.ts
var FIELD4 = "maintenanceAssignment.configuration";
function resolveConfiguration(assignment, index, asOf, calendar, alongside) {
  const reference = assignment.configuration.target;
  if (reference.value === void 0) return unverified(unresolvedInput(FIELD4, reference));
  const identity = reference.value;
  const { matches, unnamed } = index.configurationsFor(identity, assignment.unit?.value?.key);
  const named = matches.filter((c) => match(identity, assignment, c) === "yes");
  const tied = preferred(named, alongside);
  if (tied.length > 0) {
    const judged = tied.map((c) => judge(c, reference.location, asOf, calendar, alongside));
    return oneOutcome(judged, tied, identity, reference.location);
  }
  const maybe = matches.find((c) => match(identity, assignment, c) === "unknown");
  if (maybe !== void 0 && identity.name !== void 0) {
    return unverified({ field: FIELD4, reason: whyUnknown(identity, assignment, maybe, "the assignment", "maintenance configuration"), location: reference.location });
  }
  const ambiguous = identity.name === void 0 || unnamed.some((c) => match(identity, assignment, c) === "unknown");
  const reason = ambiguous ? "its name could not be evaluated, so it cannot be matched to a declared configuration" : `maintenance configuration '${String(identity.name)}' is not declared in the scanned files`;
  return unverified({ field: FIELD4, reason, location: reference.location });
}
var unverified = (problem) => ({ configuration: void 0, status: void 0, problem });
function preferred(named, alongside) {
  const deployed = named.filter((c) => c.deployed.value === true);
  if (deployed.length > 0) return deployed;
  const withVm = alongside === void 0 ? [] : named.filter((c) => deployedWhenever(c, alongside));
  if (withVm.length > 0) return withVm;
  const maybe = named.find((c) => c.deployed.origin === "unresolved") ?? named[0];
  return maybe === void 0 ? [] : [maybe];
}
function judge(configuration, location2, asOf, calendar, alongside) {
  const { deployed } = configuration;
  const name = `maintenance configuration '${configuration.displayName}'`;
  const unmanaged = unmanagedInput(configuration, FIELD4, location2);
  if (unmanaged !== void 0) return unverified(unmanaged);
  if (deployed.value === false) {
    return unverified({ field: FIELD4, reason: `${name} is not deployed (condition at ${at(deployed.location)})`, location: location2 });
  }
  if (deployed.origin === "unresolved" && (alongside === void 0 || !deployedWhenever(configuration, alongside))) {
    const reason = `whether ${name} is deployed could not be evaluated (condition at ${at(deployed.location)}: ${deployed.reason ?? "unknown"})`;
    return unverified({ field: FIELD4, reason, location: location2 });
  }
  return { configuration, status: configurationStatus(configuration, asOf, calendar), problem: void 0 };
}
var outcomeOf = (found) => found.status?.status ?? "unverifiable";
var NO_WINDOW_ORDER = ["reboot-blocked", "malformed-window", "expired", "misses-baseline", "not-in-guest-patch", "rejected"];
function oneOutcome(judged, tied, identity, location2) {
  const outcomes = judged.map(outcomeOf);
  const first = judged[0];
  if (outcomes.every((outcome) => outcome === outcomes[0])) return first;
  const name = identity.name ?? tied[0].displayName;
  const named = identity.resourceGroup === void 0 ? `'${name}'` : `'${identity.resourceGroup}/${name}'`;
  const candidates = namedCandidates(tied, outcomes);
  const which = `it names ${named}, which may be any of ${tied.length} declared configurations`;
  if (outcomes.some((outcome) => outcome === "valid" || outcome === "unverifiable")) {
    return unverified({ field: FIELD4, reason: `${which} that differ: ${candidates}; the deployment decides which one it names`, location: location2 });
  }
  const rank = (i) => NO_WINDOW_ORDER.indexOf(outcomes[i]);
  let decides = 0;
  for (let i = 1; i < outcomes.length; i++) if (rank(i) < rank(decides)) decides = i;
  const stands = judged[decides];
  const status = stands.status;
  return { ...stands, status: { ...status, detail: `${status.detail}; ${which} (${candidates}), none a window that reboots it in time` } };
}
var CANDIDATES_NAMED = 5;
function namedCandidates(tied, outcomes) {
  const shown = /* @__PURE__ */ new Set();
  for (const outcome of new Set(outcomes)) shown.add(outcomes.indexOf(outcome));
  for (let i = 0; i < tied.length && shown.size < CANDIDATES_NAMED; i++) shown.add(i);
  const named = [...shown].sort((a, b) => a - b).map((i) => {
    const c = tied[i];
    return `${at(c.reportAt)}${c.variant === "" ? "" : ` [${c.variant}]`} (${String(outcomes[i])})`;
  });
  const more = tied.length - named.length;
  return more > 0 ? `${named.join(", ")} and ${more} more` : named.join(", ");
}

// src/policy/scale-set-plans.ts
var NO_GUEST_WINDOW_FOR_SCALE_SETS = "a scale set takes no InGuestPatch window: Maintenance Configurations' Guest scope supports VMs and Azure Arc-enabled servers, not scale sets (theirs is OSImage, for automatic OS image upgrades), and Azure Update Manager does not support scale sets";
var SCALE_SET_PLAN = "A scale set cannot be given a reboot plan: an InGuestPatch window (the Guest scope Azure Update Manager schedules use) reaches VMs and Azure Arc-enabled servers only.";
var scaleSetPlanAdvice = (instead) => `${instead}, or deploy its machines as standalone VMs (Microsoft.Compute/virtualMachines) and assign each a window.`;
function scaleSetTargetEvidence(assignment, scaleSet, index, asOf, calendar) {
  const target = assignment.target?.target;
  if (target?.value === void 0 || assignment.deployed.value === false || isUnmanaged(assignment)) return void 0;
  if (match(target.value, assignment, scaleSet) !== "yes") return void 0;
  const { configuration, status } = resolveConfiguration(assignment, index, asOf, calendar);
  const lead = configuration === void 0 ? `assignment '${assignment.displayName}' targets it directly` : `maintenance configuration '${configuration.displayName}' is assigned directly (assignment '${assignment.displayName}')`;
  const why = status?.status === "not-in-guest-patch" ? status.detail : NO_GUEST_WINDOW_FOR_SCALE_SETS;
  const evidence = { assignment, configuration, via: "direct", status: "not-in-guest-patch", detail: sharedText(`${lead}, but ${why}`) };
  return { evidence, unresolved: [] };
}
var SCALE_SET_SELECTION = "a dynamic scope selects machines when it runs: the scale set resource takes no InGuestPatch window, and whether it selects the scale set's VMs (a Flexible scale set's instances are VMs of their own) the manifests do not tell";
function scaleSetSelection(vm, assignment, reach) {
  if (vm.kind !== "scale-set" || reach.match !== "yes") return reach;
  return { ...reach, match: "unknown", unresolved: [{ field: "maintenanceAssignment.filter", reason: SCALE_SET_SELECTION, location: assignment.reportAt }] };
}

// src/policy/schedule.ts
var SCHEDULE_REMEDIES = {
  patchMode: "Set patchMode to AutomaticByPlatform.",
  bypassPlatformSafetyChecksOnUserSchedule: "Set bypassPlatformSafetyChecksOnUserSchedule to true.",
  // Written with an API version that predates it (readers/shared/azure-compute/api-version.ts).
  notSent: "Declare the VM with API version 2023-03-01 or later, the first whose schema has bypassPlatformSafetyChecksOnUserSchedule."
};
function checkCustomerManagedSchedule(vm) {
  if (lastVm !== vm) {
    lastCheck = checkSchedule(vm);
    lastVm = vm;
  }
  return lastCheck;
}
var lastVm;
var lastCheck;
function releaseScheduleChecks() {
  lastVm = void 0;
  lastCheck = void 0;
}
var HONOURED = { state: "yes", problems: [], unresolved: [] };
function checkSchedule(vm) {
  if (vm.kind === "arc-machine") return checkArcSchedule(vm);
  const { patchMode, bypassPlatformSafetyChecksOnUserSchedule: bypass } = vm;
  if (patchMode.value?.toLowerCase() === "automaticbyplatform" && patchMode.origin !== "unresolved" && bypass.value === true && bypass.origin !== "unresolved") return HONOURED;
  const checks = [
    check("patchMode", vm.patchMode, (value) => value.toLowerCase() === "automaticbyplatform", "AutomaticByOS"),
    check("bypassPlatformSafetyChecksOnUserSchedule", vm.bypassPlatformSafetyChecksOnUserSchedule, (v) => v, "false")
  ];
  const problems = checks.flatMap((c) => "problem" in c ? [c.problem] : []);
  const unresolved = checks.flatMap((c) => "unresolved" in c ? [c.unresolved] : []);
  if (problems.length > 0) return { state: "no", problems, unresolved: [] };
  return { state: unresolved.length > 0 ? "unknown" : "yes", problems: [], unresolved };
}
function check(setting, value, holds, defaultText) {
  if (value.origin === "unresolved") return { unresolved: unresolvedInput(setting, value) };
  if (value.value !== void 0 && holds(value.value)) return { holds: true };
  const notSent = value.origin === "provider-default" && value.detail !== void 0;
  const written = notSent || !isUnset(value);
  const text = notSent ? `${setting} is written but not sent: ${String(value.detail)} (${at(value.location)})` : written ? `${setting} is ${String(value.value)} (${describeOrigin(value)})` : intern(`${setting} is not set (${defaultText} by default)`);
  return { problem: { setting, text, location: value.location, written, ...notSent && { notSent: true } } };
}
function checkArcSchedule(vm) {
  const mode = vm.patchMode;
  if (mode.origin === "unresolved") return { state: "unknown", problems: [], unresolved: [unresolvedInput("patchMode", mode)] };
  if (isUnset(mode) || (mode.value ?? "").toLowerCase() === "automaticbyplatform") return { state: "yes", problems: [], unresolved: [] };
  const text = `patchMode is ${String(mode.value)} (${describeOrigin(mode)})`;
  return { state: "no", problems: [{ setting: "patchMode", text, location: mode.location, written: true }], unresolved: [] };
}

// src/policy/snippets/literals.ts
var ESCAPED = new RegExp(`[\\t\\n]|${CONTROL_CHARACTER.source}|${LINE_SEPARATOR.source}|${BIDI_CONTROL.source}`, "g");
var hex = (character) => (character.codePointAt(0) ?? 0).toString(16).padStart(4, "0");
var jsonEscape = (character) => {
  const written = JSON.stringify(character).slice(1, -1);
  return written === character ? `\\u${hex(character)}` : written;
};
function commentText(text) {
  return text.replace(ESCAPED, jsonEscape);
}
function jsonString(text) {
  return JSON.stringify(text).replace(ESCAPED, jsonEscape);
}
function bicepString(text) {
  const escaped = text.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\$\{/g, "\\${").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t").replace(ESCAPED, (character) => `\\u{${(character.codePointAt(0) ?? 0).toString(16)}}`);
  return `'${escaped}'`;
}
function hclString(text) {
  const escaped = text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\$\{/g, () => "$${").replace(/%\{/g, "%%{").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t").replace(ESCAPED, (character) => `\\u${hex(character)}`);
  return `"${escaped}"`;
}
function armLiteral(text) {
  return jsonString(text.startsWith("[") ? `[${text}` : text);
}
function armExpressionString(text) {
  return `'${text.replace(/'/g, "''")}'`;
}
function yamlString(text) {
  return jsonString(text);
}
function pulumiString(text) {
  return jsonString(text.replace(/\$/g, () => "$$"));
}

// src/policy/snippets/configuration-blocks.ts
var bicepConfiguration = (symbol, name, location2, window) => `resource ${symbol} 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: ${name}
  location: ${location2}
  properties: {
    maintenanceScope: 'InGuestPatch'
    extensionProperties: { InGuestPatchMode: 'User' }
    maintenanceWindow: {
      startDateTime: '${window.startDateTime}'
      duration: '${window.duration}'
      timeZone: '${window.timeZone}'
      recurEvery: '${window.recurEvery}'
    }
    installPatches: {
      rebootSetting: 'IfRequired'
      windowsParameters: { classificationsToInclude: ['Critical', 'Security'] }
    }
  }
}`;
var terraformConfiguration = (label, name, group, location2, window) => `resource "azurerm_maintenance_configuration" "${label}" {
  name                     = ${name}
  resource_group_name      = ${group}
  location                 = ${location2}
  scope                    = "InGuestPatch"
  in_guest_user_patch_mode = "User"

  window {
    start_date_time = "${window.startDateTime}"
    duration        = "${window.duration}"
    time_zone       = "${window.timeZone}"
    recur_every     = "${window.recurEvery}"
  }

  install_patches {
    reboot = "IfRequired"
    windows {
      classifications_to_include = ["Critical", "Security"]
    }
  }
}`;
var azapiConfiguration = (label, name, parentId, location2, window) => `resource "azapi_resource" "${label}" {
  type      = "Microsoft.Maintenance/maintenanceConfigurations@2023-04-01"
  name      = ${name}
  parent_id = ${parentId}
  location  = ${location2}
  body = {
    properties = {
      maintenanceScope    = "InGuestPatch"
      extensionProperties = { InGuestPatchMode = "User" }
      maintenanceWindow = {
        startDateTime = "${window.startDateTime}"
        duration      = "${window.duration}"
        timeZone      = "${window.timeZone}"
        recurEvery    = "${window.recurEvery}"
      }
      installPatches = {
        rebootSetting     = "IfRequired"
        windowsParameters = { classificationsToInclude = ["Critical", "Security"] }
      }
    }
  }
}`;
var armConfigurationProperties = (window) => `{
  "maintenanceScope": "InGuestPatch",
  "extensionProperties": { "InGuestPatchMode": "User" },
  "maintenanceWindow": {
    "startDateTime": "${window.startDateTime}",
    "duration": "${window.duration}",
    "timeZone": "${window.timeZone}",
    "recurEvery": "${window.recurEvery}"
  },
  "installPatches": {
    "rebootSetting": "IfRequired",
    "windowsParameters": { "classificationsToInclude": ["Critical", "Security"] }
  }
}`;
var pulumiConfiguration = (key, name, group, location2, window) => `${key}:
  type: azure-native:maintenance:MaintenanceConfiguration
  properties:
    resourceName: ${name}
    resourceGroupName: ${group}
${location2 === void 0 ? "" : `    location: ${location2}
`}    maintenanceScope: InGuestPatch
    extensionProperties:
      InGuestPatchMode: User
    startDateTime: '${window.startDateTime}'
    duration: '${window.duration}'
    timeZone: ${window.timeZone}
    recurEvery: ${window.recurEvery}
    installPatches:
      rebootSetting: IfRequired
      windowsParameters:
        classificationsToInclude: [Critical, Security]`;
function armPropertiesMember(window) {
  let text = PROPERTIES_MEMBER.get(window);
  if (text === void 0) {
    text = indent(armConfigurationProperties(window), "  ").trimStart();
    PROPERTIES_MEMBER.set(window, text);
  }
  return text;
}
var PROPERTIES_MEMBER = /* @__PURE__ */ new WeakMap();
var indent = (text, prefix) => text.split("\n").map((line) => prefix + line).join("\n");

// src/policy/snippets/window.ts
var windowNameOf = (vmName) => `${vmName}-reboot-window`;
var DAY = 864e5;
function rebootWindow(asOf) {
  const at2 = asOf.getTime();
  if (lastWindow?.at !== at2) lastWindow = { at: at2, window: windowFrom(asOf) };
  return lastWindow.window;
}
var lastWindow;
function windowFrom(asOf) {
  const today = Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate());
  let start = patchTuesday(asOf.getUTCFullYear(), asOf.getUTCMonth() + 1).getTime() + DAY;
  if (start < today) {
    const next = new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() + 1, 1));
    start = patchTuesday(next.getUTCFullYear(), next.getUTCMonth() + 1).getTime() + DAY;
  }
  return {
    startDateTime: `${formatDay(new Date(start))} 03:00`,
    duration: "03:55",
    timeZone: "UTC",
    recurEvery: "Month Second Tuesday Offset1"
  };
}
var takesRebootWindow = (vm) => vm.kind !== "scale-set";
var unlessMet = (vm, block) => vm.prerequisiteMet === true ? "" : block;
function snippetTarget(vm, window) {
  const handle = handleOf(vm);
  const facts = {
    kind: vm.kind,
    identity: vm.identity,
    location: { value: vm.location.value },
    declaredIn: vm.declaredAt.file,
    ...vm.deployedThrough !== void 0 && { deployedThrough: vm.deployedThrough },
    ...vm.resourceGroupExpression !== void 0 && { resourceGroupExpression: vm.resourceGroupExpression },
    ...checkCustomerManagedSchedule(vm).state === "yes" && { prerequisiteMet: true }
  };
  return { vm: facts, name: vm.identity.name ?? nameOfUnnamed(vm.displayName), handle, window };
}
function handleOf(vm) {
  const symbol = vm.identity.symbol;
  if (symbol === void 0) return void 0;
  const handle = symbol.slice(symbol.lastIndexOf("#") + 1);
  const stack = vm.format === "pulumi" && vm.variant !== "" ? `@${vm.variant}` : "";
  return (stack !== "" && handle.endsWith(stack) ? handle.slice(0, -stack.length) : handle) || void 0;
}
var nameOfUnnamed = (displayName) => displayName.replace(/[^A-Za-z0-9._-]+/g, "-");
var identifierOf = (text) => text.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^(\d)/, "_$1") || "_";
var kubernetesNameOf = (text) => text.toLowerCase().replace(/[^a-z0-9.-]+/g, "-").replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "").slice(0, 253).replace(/[^a-z0-9]+$/, "") || "vm";

// src/policy/snippets/bicep-target.ts
var IDENTIFIER = /^[A-Za-z_]\w*$/;
var LOOP_INSTANCE = /^([A-Za-z_]\w*)\[\d+\]$/;
function bicepTarget(handle, name, suffix, typeAtVersion) {
  if (handle !== void 0 && IDENTIFIER.test(handle)) return { target: handle, base: identifierOf(handle), existing: "", declared: handle };
  const instance = handle === void 0 ? null : LOOP_INSTANCE.exec(handle);
  if (handle !== void 0 && instance !== null) {
    return { target: handle, base: identifierOf(name), existing: "", declared: `${instance[1]} (the loop's body)` };
  }
  const target = `${identifierOf(name)}${suffix}`;
  const existing = `resource ${target} '${typeAtVersion}' existing = {
  name: ${bicepString(name)}
}

`;
  return { target, base: identifierOf(name), existing, declared: target };
}

// src/policy/snippets/pulumi.ts
function pulumiSnippet({ vm, name, handle, window }) {
  const resource = handle ?? identifierOf(name);
  const base = identifierOf(resource);
  const of = (property) => referenceOf(resource, property);
  const group = pulumiGroup(vm);
  return `# Under "resources:": a monthly InGuestPatch window that may reboot, assigned to ${commentText(name)}.
${pulumiConfiguration(`${base}RebootConfig`, pulumiString(windowNameOf(name)), group, of("location"), window)}
${base}RebootWindow:
  type: azure-native:maintenance:ConfigurationAssignment
  properties:
    configurationAssignmentName: ${pulumiString(windowNameOf(name))}
    resourceGroupName: ${group}
    location: ${of("location")}
    providerName: Microsoft.Compute
    resourceType: virtualMachines
    resourceName: ${of("name")}
    maintenanceConfigurationId: \${${base}RebootConfig.id}
${unlessMet(vm, `# And in ${commentText(resource)}, osProfile.windowsConfiguration.patchSettings (the schedule prerequisite):
#   patchMode: AutomaticByPlatform
#   automaticByPlatformSettings:
#     rebootSetting: IfRequired
#     bypassPlatformSafetyChecksOnUserSchedule: true
`)}`;
}
var PLAIN_INTERPOLATION = /^\$\{[\w.[\]-]+\}$/;
function pulumiGroup(vm) {
  if (vm.identity.resourceGroup !== void 0) return pulumiString(vm.identity.resourceGroup);
  const written = vm.resourceGroupExpression;
  if (written === void 0) return pulumiString("<resource group>");
  return PLAIN_INTERPOLATION.test(written) ? written : jsonString(written);
}
var PLAIN_ROOT = /^[\w$-]+$/;
function referenceOf(resource, property) {
  if (PLAIN_ROOT.test(resource)) return `\${${resource}.${property}}`;
  if (resource.endsWith("\\")) return `\${${identifierOf(resource)}.${property}}`;
  return jsonString(`\${["${resource.replace(/"/g, '\\"')}"].${property}}`);
}

// src/policy/snippets/terraform-place.ts
var MODULE_PATH = /^(?:module\.[A-Za-z_][\w-]*(?:\[(?:"(?:[^"\\]|\\.)*"|[^\]"]*)\])?\.)+/;
var NAME = "[A-Za-z_][\\w-]*";
var KEY = '\\[(?:\\d+|"(?:[^"\\\\]|\\\\.)*")\\]';
var ADDRESS = new RegExp(`^${NAME}(?:${KEY})?(?:\\.${NAME}(?:${KEY})?)*$`);
var STRING_KEY = /\[("(?:[^"\\]|\\.)*")\]/g;
var NOUNS = { "virtual-machine": "VM", "arc-machine": "Arc machine" };
function terraformPlace({ vm, name, handle }, fallback) {
  const full = (handle === void 0 ? void 0 : hclAddress(handle)) ?? fallback;
  const modules = MODULE_PATH.exec(full)?.[0];
  const address = modules === void 0 ? full : full.slice(modules.length);
  const local = address.slice(address.indexOf(".") + 1);
  const byName = modules === void 0 && vm.identity.name !== void 0;
  const label = byName ? identifierOf(name) : identifierOf(local).replace(/(.)_+$/, "$1");
  const windowName = byName ? hclString(windowNameOf(name)) : `"\${${address}.name}-reboot-window"`;
  const shownAs = commentText(byName ? name : address);
  if (modules === void 0) return { address, label, windowName, shownAs, where: "" };
  const path = modules.slice(0, -1);
  const file = vm.declaredIn.endsWith(".tf") ? `, ${vm.declaredIn}` : "";
  const where = `# Paste into the module that declares the ${NOUNS[vm.kind]} (${commentText(path + file)}): outside it, Terraform addresses only its outputs.
`;
  return { address, label, windowName, shownAs, where };
}
function hclAddress(handle) {
  if (!ADDRESS.test(handle)) return void 0;
  return handle.replace(STRING_KEY, (key, json) => {
    try {
      return `[${hclString(JSON.parse(json))}]`;
    } catch {
      return key;
    }
  });
}

// src/policy/snippets/arc.ts
var CLOSING = `# Update Manager needs no patch settings on an Arc machine for this window to run.`;
function armArc({ vm, name, window }) {
  const windowName = windowNameOf(name);
  const group = vm.identity.resourceGroup === void 0 ? "" : `${armExpressionString(vm.identity.resourceGroup)}, `;
  const machineId = jsonString(`[resourceId(${group}${armExpressionString(ARC_MACHINE_TYPE)}, ${armExpressionString(name)})]`);
  const configurationId = jsonString(
    `[resourceId('Microsoft.Maintenance/maintenanceConfigurations', ${armExpressionString(windowName)})]`
  );
  return `// Add to "resources": a monthly InGuestPatch window that may reboot, assigned to the Arc machine ${commentText(name)}.
{
  "type": "Microsoft.Maintenance/maintenanceConfigurations",
  "apiVersion": "2023-04-01",
  "name": ${armLiteral(windowName)},
  "location": "[resourceGroup().location]",
  "properties": ${armPropertiesMember(window)}
},
{
  "type": "Microsoft.Maintenance/configurationAssignments",
  "apiVersion": "2023-04-01",
  "name": ${armLiteral(windowName)},
  "location": "[resourceGroup().location]",
  "scope": ${machineId},
  "dependsOn": [${configurationId}],
  "properties": {
    "maintenanceConfigurationId": ${configurationId},
    "resourceId": ${machineId}
  }
}
${CLOSING.replace("#", "//")}
`;
}
function bicepArc({ name, handle, window }) {
  const { target, base, existing } = bicepTarget(handle, name, "Machine", `${ARC_MACHINE_TYPE}@2024-07-10`);
  return `${existing}// A monthly InGuestPatch window that may reboot, assigned to the Arc machine ${commentText(name)}.
${bicepConfiguration(`${base}RebootConfig`, bicepString(windowNameOf(name)), "resourceGroup().location", window)}

resource ${base}RebootWindow 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: ${bicepString(windowNameOf(name))}
  location: resourceGroup().location
  scope: ${target}
  properties: {
    maintenanceConfigurationId: ${base}RebootConfig.id
    resourceId: ${target}.id
  }
}
${CLOSING.replace("#", "//")}
`;
}
function terraformArc(target) {
  const { vm, name, handle, window } = target;
  const place = handle === void 0 ? void 0 : terraformPlace(target, handle);
  const label = `${place?.label ?? identifierOf(name)}_reboot_window`;
  const windowName = place?.windowName ?? hclString(windowNameOf(name));
  const group = vm.identity.resourceGroup === void 0 ? "var.resource_group_name" : hclString(vm.identity.resourceGroup);
  const machineId = place === void 0 ? `format("%s/resourceGroups/%s/providers/${ARC_MACHINE_TYPE}/%s", data.azurerm_subscription.current.id, ${group}, ${hclString(name)})` : `${place.address}.id`;
  return `${place?.where ?? ""}# A monthly InGuestPatch window that may reboot, assigned to the Arc machine ${commentText(name)}.
${terraformConfiguration(label, windowName, group, "var.location", window)}

# azurerm has no per-machine assignment for Arc machines: an azapi assignment scoped to the machine.
resource "azapi_resource" "${label}" {
  type      = "Microsoft.Maintenance/configurationAssignments@2023-04-01"
  name      = ${windowName}
  parent_id = ${machineId}
  location  = azurerm_maintenance_configuration.${label}.location
  body = {
    properties = {
      maintenanceConfigurationId = azurerm_maintenance_configuration.${label}.id
    }
  }
}
${CLOSING}
`;
}
function pulumiArc({ vm, name, window }) {
  const base = identifierOf(name);
  const group = pulumiGroup(vm);
  return `# Under "resources:": a monthly InGuestPatch window that may reboot, assigned to the Arc machine ${commentText(name)}.
${pulumiConfiguration(`${base}RebootConfig`, pulumiString(windowNameOf(name)), group, void 0, window)}
${base}RebootWindow:
  type: azure-native:maintenance:ConfigurationAssignment
  properties:
    configurationAssignmentName: ${pulumiString(windowNameOf(name))}
    resourceGroupName: ${group}
    providerName: Microsoft.HybridCompute
    resourceType: machines
    resourceName: ${pulumiString(name)}
    maintenanceConfigurationId: \${${base}RebootConfig.id}
${CLOSING}
`;
}
var ARC_WRITERS = {
  arm: { language: "json", write: armArc },
  bicep: { language: "bicep", write: bicepArc },
  terraform: { language: "hcl", write: terraformArc },
  "terraform-plan": { language: "hcl", write: terraformArc },
  kubernetes: { language: "bicep", write: bicepArc },
  pulumi: { language: "yaml", write: pulumiArc },
  // A what-if result is an ARM deployment's: the fix is written as ARM template JSON.
  "what-if": { language: "json", write: armArc }
};

// src/policy/snippets/arm.ts
function armSnippet({ vm, name, window }) {
  const windowName = windowNameOf(name);
  const vmId = jsonString(`[resourceId(${armExpressionString(vm.identity.type)}, ${armExpressionString(name)})]`);
  const configurationId = jsonString(
    `[resourceId('Microsoft.Maintenance/maintenanceConfigurations', ${armExpressionString(windowName)})]`
  );
  return `// Add to "resources": a monthly InGuestPatch window that may reboot, assigned to ${commentText(name)}.
{
  "type": "Microsoft.Maintenance/maintenanceConfigurations",
  "apiVersion": "2023-04-01",
  "name": ${armLiteral(windowName)},
  "location": "[resourceGroup().location]",
  "properties": ${armPropertiesMember(window)}
},
{
  "type": "Microsoft.Maintenance/configurationAssignments",
  "apiVersion": "2023-04-01",
  "name": ${armLiteral(windowName)},
  "location": "[resourceGroup().location]",
  "scope": ${vmId},
  "dependsOn": [${configurationId}, ${vmId}],
  "properties": {
    "maintenanceConfigurationId": ${configurationId},
    "resourceId": ${vmId}
  }
}
${unlessMet(vm, `// And on ${commentText(name)}, properties.osProfile.windowsConfiguration.patchSettings (the schedule prerequisite):
"patchSettings": {
  "patchMode": "AutomaticByPlatform",
  "automaticByPlatformSettings": {
    "rebootSetting": "IfRequired",
    "bypassPlatformSafetyChecksOnUserSchedule": true
  }
}
`)}`;
}

// src/policy/snippets/bicep-avm.ts
function bicepAvmSnippet({ vm, name, handle, window }) {
  const call = handle ?? "vm";
  const symbol = /^[A-Za-z_]\w*/.exec(call)?.[0] ?? "vm";
  const base = identifierOf(call === symbol || vm.identity.name === void 0 ? symbol : name);
  const location2 = vm.location.value === void 0 ? "resourceGroup().location" : bicepString(vm.location.value);
  const file = vm.declaredIn.endsWith(".bicep") ? ` (${commentText(vm.declaredIn)})` : "";
  return `// A monthly InGuestPatch window that may reboot, for the VM of module ${commentText(call)} (br/public:avm/res/compute/virtual-machine).
// Declared beside the module call, in the VM's region: a module is no resource to scope an assignment to, its params take one.
${bicepConfiguration(`${base}RebootConfig`, bicepString(windowNameOf(name)), location2, window)}

// And in module ${commentText(symbol)}'s params${file}: the module assigns the configuration to the VM, and sets
// the schedule prerequisite from the other three.
//   maintenanceConfigurationResourceId: ${base}RebootConfig.id
//   patchMode: 'AutomaticByPlatform'
//   rebootSetting: 'IfRequired'
//   bypassPlatformSafetyChecksOnUserSchedule: true
`;
}

// src/policy/snippets/bicep.ts
function bicepSnippet(snippetTarget2) {
  if (snippetTarget2.vm.deployedThrough === "avm-virtual-machine") return bicepAvmSnippet(snippetTarget2);
  const { vm, name, handle, window } = snippetTarget2;
  const { target, base, existing, declared } = bicepTarget(handle, name, "Vm", `${vm.identity.type}@2024-11-01`);
  return `${existing}// A monthly InGuestPatch window that may reboot, assigned to ${commentText(name)}.
${bicepConfiguration(`${base}RebootConfig`, bicepString(windowNameOf(name)), `${target}.location`, window)}

resource ${base}RebootWindow 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: ${bicepString(windowNameOf(name))}
  location: ${target}.location
  scope: ${target}
  properties: {
    maintenanceConfigurationId: ${base}RebootConfig.id
    resourceId: ${target}.id
  }
}
${unlessMet(vm, `
// And in ${declared}, properties.osProfile.windowsConfiguration.patchSettings (the schedule prerequisite):
//   patchMode: 'AutomaticByPlatform'
//   automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
`)}`;
}

// src/policy/snippets/kubernetes.ts
function kubernetesSnippet({ vm, name, window }) {
  const location2 = yamlString(vm.location.value ?? "<vm location>");
  const group = vm.identity.resourceGroup ?? "<resource group>";
  const objectName = kubernetesNameOf(windowNameOf(name));
  const configuration = `apiVersion: maintenance.azure.upbound.io/v1beta1
kind: MaintenanceConfiguration
metadata:
  name: ${objectName}
spec:
  forProvider:
    location: ${location2}
    resourceGroupName: ${yamlString(group)}
    scope: InGuestPatch
    inGuestUserPatchMode: User
    window:
      - startDateTime: '${window.startDateTime}'
        duration: '${window.duration}'
        timeZone: ${window.timeZone}
        recurEvery: ${window.recurEvery}
    installPatches:
      - reboot: IfRequired
        windows:
          - classificationsToInclude: [Critical, Security]`;
  const vmId = `/subscriptions/<subscription id>/resourceGroups/${group}/providers/Microsoft.Compute/virtualMachines/${name}`;
  return `# A monthly InGuestPatch window that may reboot, assigned to ${commentText(name)} (Crossplane provider-upjet-azure).
${configuration}
---
apiVersion: maintenance.azure.upbound.io/v1beta1
kind: MaintenanceAssignmentVirtualMachine
metadata:
  name: ${objectName}
spec:
  forProvider:
    location: ${location2}
    maintenanceConfigurationIdRef:
      name: ${objectName}
    # provider-upjet-azure resolves virtualMachineIdRef/Selector against LinuxVirtualMachine only:
    # a WindowsVirtualMachine is assigned by its Azure resource ID.
    virtualMachineId: ${yamlString(vmId)}
${unlessMet(vm, `# And in ${commentText(name)}'s spec.forProvider (the schedule prerequisite):
#   patchMode: AutomaticByPlatform
#   rebootSetting: IfRequired
#   bypassPlatformSafetyChecksOnUserScheduleEnabled: true
`)}`;
}

// src/policy/snippets/terraform-azapi.ts
function azapiSnippet({ vm, window }, place) {
  const { address, label, windowName, shownAs, where } = place;
  return `${where}# A monthly InGuestPatch window that may reboot, assigned to ${shownAs}.
# In azapi, as the VM is: placed by its parent_id and id (azapi resources have no resource_group_name).
${azapiConfiguration(`${label}_reboot_config`, windowName, `${address}.parent_id`, `${address}.location`, window)}

resource "azapi_resource" "${label}_reboot_window" {
  type      = "Microsoft.Maintenance/configurationAssignments@2023-04-01"
  name      = ${windowName}
  parent_id = ${address}.id
  location  = ${address}.location
  body = {
    properties = {
      maintenanceConfigurationId = azapi_resource.${label}_reboot_config.id
      resourceId                 = ${address}.id
    }
  }
}
${unlessMet(vm, `
# And in ${address}'s body, properties.osProfile.windowsConfiguration.patchSettings (the schedule prerequisite):
#   patchMode                   = "AutomaticByPlatform"
#   automaticByPlatformSettings = { rebootSetting = "IfRequired", bypassPlatformSafetyChecksOnUserSchedule = true }
`)}`;
}

// src/policy/snippets/terraform-avm.ts
var CALL = /^(?<outer>(?:module\.[A-Za-z_][\w-]*(?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?\.)*)(?<call>module\.(?<name>[A-Za-z_][\w-]*)(?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?)\.azurerm_windows_virtual_machine\.this\[0\]$/;
function terraformAvmSnippet({ vm, name, handle, window }) {
  const found = handle === void 0 ? null : CALL.exec(handle);
  const outer = found?.groups?.outer ?? "";
  const call = found?.groups?.call ?? "module.vm";
  const block = found?.groups?.name ?? "vm";
  const label = `${identifierOf(vm.identity.name ?? block)}_reboot_window`;
  const windowName = vm.identity.name === void 0 ? `"\${${call}.name}-reboot-window"` : hclString(windowNameOf(name));
  const group = vm.identity.resourceGroup === void 0 ? `${call}.resource.resource_group_name` : hclString(vm.identity.resourceGroup);
  const location2 = vm.location.value === void 0 ? `${call}.resource.location` : hclString(vm.location.value);
  const file = vm.declaredIn.endsWith(".tf") ? ` (${commentText(vm.declaredIn)})` : "";
  const where = outer === "" ? "" : `# Paste into the module that calls it (${commentText(outer.slice(0, -1))}), beside module "${commentText(block)}".
`;
  return `${where}# A monthly InGuestPatch window that may reboot, for the VM of module "${commentText(block)}" (Azure/avm-res-compute-virtualmachine/azurerm).
# Declared beside the module call: the module's own resources cannot be edited, its inputs can.
${terraformConfiguration(label, windowName, group, location2, window)}

# And in module "${commentText(block)}"${file}: the module assigns each configuration of this map to the VM,
# and sets the schedule prerequisite from the other three inputs.
#   maintenance_configuration_resource_ids = { reboot_window = azurerm_maintenance_configuration.${label}.id }
#   patch_mode                                             = "AutomaticByPlatform"
#   reboot_setting                                         = "IfRequired"
#   bypass_platform_safety_checks_on_user_schedule_enabled = true
`;
}

// src/policy/snippets/terraform.ts
var DEFAULT_TYPES = {
  "virtual-machine": "azurerm_windows_virtual_machine",
  // Arc machines get their own snippet (arc.ts); listed so that every kind has a type.
  "arc-machine": "azurerm_arc_machine"
};
var AZAPI_RESOURCE = "azapi_resource.";
function terraformSnippet(target) {
  const { vm, name, window } = target;
  if (vm.deployedThrough === "avm-virtual-machine") return terraformAvmSnippet(target);
  const place = terraformPlace(target, `${DEFAULT_TYPES[vm.kind]}.${identifierOf(name)}`);
  if (place.address.startsWith(AZAPI_RESOURCE)) return azapiSnippet(target, place);
  const { address, label: base, windowName, shownAs, where } = place;
  const label = `${base}_reboot_window`;
  return `${where}# A monthly InGuestPatch window that may reboot, assigned to ${shownAs}.
${terraformConfiguration(label, windowName, `${address}.resource_group_name`, `${address}.location`, window)}

resource "azurerm_maintenance_assignment_virtual_machine" "${label}" {
  location                     = ${address}.location
  maintenance_configuration_id = azurerm_maintenance_configuration.${label}.id
  virtual_machine_id           = ${address}.id
}
${unlessMet(vm, `
# And in ${address} (the schedule prerequisite):
#   patch_mode                                             = "AutomaticByPlatform"
#   reboot_setting                                         = "IfRequired"
#   bypass_platform_safety_checks_on_user_schedule_enabled = true
`)}`;
}

// src/policy/snippets/index.ts
var WRITERS = {
  arm: { language: "json", write: armSnippet },
  bicep: { language: "bicep", write: bicepSnippet },
  terraform: { language: "hcl", write: terraformSnippet },
  "terraform-plan": { language: "hcl", write: terraformSnippet },
  kubernetes: { language: "yaml", write: kubernetesSnippet },
  pulumi: { language: "yaml", write: pulumiSnippet },
  // A what-if result is an ARM deployment's: the plan is written as ARM template JSON.
  "what-if": { language: "json", write: armSnippet }
};
function rebootPlanSnippet(vm, asOf) {
  const writer = vm.kind === "arc-machine" ? ARC_WRITERS[vm.format] : WRITERS[vm.format];
  return lazySnippet(writer, snippetTarget(vm, rebootWindow(asOf)));
}
function lazySnippet(writer, target) {
  const snippet = { language: writer.language };
  Object.defineProperty(snippet, "text", TEXT);
  Object.defineProperty(snippet, SOURCE, { value: { writer, target } });
  return snippet;
}
var SOURCE = /* @__PURE__ */ Symbol("snippet source");
var TEXT = {
  enumerable: true,
  get() {
    const { writer, target } = this[SOURCE];
    return writer.write(target);
  }
};

// src/policy/timed-windows.ts
var missesItsReboots = (plan) => plan.problem === void 0 && plan.timing?.kind === "misses";
var countsAsPlan = (plan) => plan.problem === void 0 && plan.timing?.kind !== "misses";
var declaredWindow = (plan) => plan.timing === void 0 ? [] : [{ declared: true, name: plan.label, timing: plan.timing.timing }];
function coveringWindows({ evidence, declaredPlans }) {
  const windows = [];
  for (const e of evidence) {
    if (e.status !== "valid" || e.timing === void 0) continue;
    windows.push({ declared: false, name: e.configuration?.displayName ?? e.assignment.displayName, timing: e.timing });
  }
  if (declaredPlans !== void 0) {
    for (const plan of declaredPlans) if (countsAsPlan(plan)) windows.push(...declaredWindow(plan));
  }
  return windows;
}
var declaredWindowsMissing = ({ declaredPlans }) => declaredPlans === void 0 ? [] : declaredPlans.filter(missesItsReboots).flatMap(declaredWindow);
var missesMonthlyUpdates = (timing) => timing !== void 0 && timing.covers.length > 0 && (timing.monthly?.misses.length ?? 0) > 0;
function missedReboots(timing) {
  const opens2 = timing?.next === void 0 ? "it does not open again" : `it next opens ${timing.next}`;
  const updates = monthlyUpdatesText(timing?.monthly?.misses ?? []);
  return { window: timing?.description ?? "", baselines: (timing?.misses ?? []).join(" nor the "), updates, opens: opens2 };
}
function lateReboots(timing) {
  const late = (c, name) => c.daysAfter > LATE_AFTER_DAYS ? [{ name, days: String(c.daysAfter), opens: `opens ${c.opens}` }] : [];
  return {
    baselines: timing.covers.flatMap((c) => late(c, c.baseline)),
    monthly: (timing.monthly?.covers ?? []).flatMap((c) => late(c, c.update))
  };
}

// src/policy/rule-support.ts
var NOT_APPLICABLE = { outcome: "not-applicable" };
var PASS = { outcome: "pass" };
var FORMAT_LABELS = {
  arm: "ARM template JSON",
  bicep: "Bicep",
  terraform: "Terraform",
  "terraform-plan": "Terraform",
  kubernetes: "Crossplane",
  pulumi: "Pulumi YAML",
  "what-if": "ARM template JSON"
};
function hotpatchData(context) {
  const { vm, advisory } = context.assessment;
  const images = advisory === void 0 || vm.kind === "arc-machine" ? [] : imagesOf(vm, context.advisories);
  const match2 = advisory === void 0 ? void 0 : vm.kind === "arc-machine" ? arcImageMatch([advisory]) : images.length === 1 ? images[0] : void 0;
  const family = images.every((image) => image.image.build === images[0]?.image.build) ? images[0] : void 0;
  const labels = [...new Set(images.map((image) => image.image.os))];
  return {
    subject: subjectOf(vm),
    noun: nounOf(vm),
    os: match2?.image.os ?? (labels.length > 1 && labels.length <= 3 ? labels.join(" or ") : imageName(vm.image)),
    cause: advisory === void 0 ? "" : rebootCause(advisory, match2 ?? family, context.asOf),
    plan: vm.kind === "scale-set" ? SCALE_SET_PLAN : planDefinition(nounOf(vm), vm.kind === "arc-machine"),
    language: FORMAT_LABELS[vm.format]
  };
}
function imagesOf(vm, advisories) {
  const { image } = vm;
  const allowedBy = (part, listed2) => {
    const value = image[part];
    if (value.origin !== "unresolved") return true;
    return value.allowed === void 0 || value.allowed.some((allowed) => String(allowed).toLowerCase() === listed2.toLowerCase());
  };
  const seen = /* @__PURE__ */ new Set();
  return findHotpatchCandidates(image, advisories).candidates.filter((match2) => {
    const { publisher, offer, sku } = match2.image;
    const key = `${publisher}:${offer}:${sku}`.toLowerCase();
    if (seen.has(key) || !allowedBy("publisher", publisher) || !allowedBy("offer", offer) || !allowedBy("sku", sku)) return false;
    seen.add(key);
    return true;
  });
}
var planFix = ({ assessment: { vm }, asOf }) => vm.azureServiceOperator !== void 0 || !takesRebootWindow(vm) ? void 0 : { snippet: rebootPlanSnippet(vm, asOf) };
function planAdvice(context, addOne, instead) {
  const { vm } = context.assessment;
  if (vm.kind === "scale-set") return scaleSetPlanAdvice(instead);
  if (vm.azureServiceOperator === void 0) return `${addOne}: the suggested fix shows how in ${FORMAT_LABELS[vm.format]}.`;
  const noun = nounOf(vm);
  return `Azure Service Operator cannot add one: it has no maintenance resources, and ${asoComputeApi(vm)} has no bypassPlatformSafetyChecksOnUserSchedule, without which Azure Update Manager runs no window on the ${noun}. ${instead}, or manage the ${noun} where the flag can be set (ARM, Bicep, Terraform or Crossplane) and add a window there.`;
}
function asoComputeApi(vm, between = "parentheses") {
  const version = vm.azureServiceOperator?.computeApiVersion;
  if (version === void 0) return "its compute API";
  return between === "commas" ? `its compute API, ${version},` : `its compute API (${version})`;
}
var withFix = (report3, fix) => fix === void 0 ? report3 : { ...report3, fix };
var inGuestPatchPlans = (assessment) => (
  // Asked by three rules of every VM, most of which have no evidence: no list for those.
  assessment.evidence.length === 0 ? NO_PLANS : assessment.evidence.filter((e) => e.status === "valid" || e.status === "reboot-blocked" || e.status === "expired")
);
var NO_PLANS = Object.freeze([]);
var hasUnhonouredPlan = (assessment) => assessment.evidence.some((e) => e.status === "valid") && checkCustomerManagedSchedule(assessment.vm).state === "no";
var hasBrokenWindow = (assessment) => hasUnhonouredPlan(assessment) || assessment.evidence.some((e) => BROKEN_WINDOW.has(e.status)) || (assessment.declaredPlans?.some(missesItsReboots) ?? false);
var BROKEN_WINDOW = /* @__PURE__ */ new Set(["expired", "misses-baseline", "malformed-window"]);
var describeInputs = (inputs) => inputs.map((input) => `${input.field} at ${at(input.location)}: ${input.reason}`).join("; ");
function replaceOnLine(context, value, pattern, text) {
  if (value.origin !== "literal") return void 0;
  const line = context.readLine?.(value.location.file, value.location.line);
  if (line === void 0) return void 0;
  const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  if ((line.match(global) ?? []).length !== 1) return void 0;
  return { replacement: { location: value.location, text: line.replace(pattern, text) } };
}
function pausesToRemove(unresolved) {
  const written = new Set(unresolved.map((input) => input.paused));
  const pauses = [
    ...written.has("crossplane.io/paused") ? ["the crossplane.io/paused annotation"] : [],
    ...written.has("managementPolicies") ? ["the empty managementPolicies list (or list Create and Update in it)"] : []
  ];
  return pauses.join(" and ");
}
var RESOLVABLE_BY = {
  arm: "a literal, a parameter default or a parameter file",
  bicep: "a literal, a parameter default or a parameter file",
  "what-if": "a literal, a parameter default or a parameter file",
  terraform: "a literal, a variable default or a .tfvars file of the root module",
  "terraform-plan": "a literal or a variable, not a value known only after apply",
  kubernetes: "a literal in the manifest, not a reference the cluster resolves",
  pulumi: "a literal, a config default in Pulumi.yaml or a value in the stack file"
};

// src/policy/rules/exemption-expired.ts
var ID = "exemption-expired";
var rule = {
  meta: {
    id: ID,
    severity: "error",
    description: "An exemption must not be past its expiry date.",
    docsUrl: docsUrlFor(ID),
    messages: {
      expired: "{{subject}} is exempted from {{rules}} by {{exemption}} (owner {{owner}}: {{reason}}), but the exemption expired on {{expires}}, so the findings it covered count again. Fix what they report, or renew the exemption with a later expiry date."
    }
  },
  check(context) {
    const { vm, exemptions } = context.assessment;
    if (exemptions === void 0 || exemptions.length === 0) return NOT_APPLICABLE;
    const expired = exemptions.filter((exemption) => exemption.status === "expired");
    if (expired.length === 0) return PASS;
    const reports = expired.map((exemption) => ({
      messageId: "expired",
      data: {
        subject: subjectOf(vm),
        rules: exemption.rule === "*" ? "every rule" : exemption.rule,
        exemption: exemption.label,
        owner: exemption.owner,
        reason: exemption.reason,
        expires: exemption.expires
      },
      location: exemption.expiresAt
    }));
    return { outcome: "fail", reports };
  }
};

// src/policy/rules/indeterminate.ts
var ID2 = "indeterminate";
var rule2 = {
  meta: {
    id: ID2,
    severity: "warning",
    description: "Whether a VM needs a reboot plan, and whether it has one, should be decidable from the manifests.",
    docsUrl: docsUrlFor(ID2),
    messages: {
      unknownAffected: "Could not tell whether {{noun}} '{{name}}' needs a reboot plan: {{inputs}}.{{windows}} Make these values resolvable ({{resolvable}}), or exempt the resource with a reason.",
      unverifiablePlan: "{{subject}} has hotpatching enabled on {{os}}, but its reboot plan could not be verified: {{inputs}}.{{windows}} Make these values resolvable ({{resolvable}}), or exempt the resource with a reason.",
      observedPlan: "{{subject}} has hotpatching enabled on {{os}}, but its reboot plan could not be verified: {{inputs}}.{{windows}} Check the observed resource in Azure and scan the manifests that manage it, or manage it here (managementPolicies with Create and Update, or none), or exempt the resource with a reason that names it.",
      pausedPlan: "{{subject}} has hotpatching enabled on {{os}}, but its reboot plan could not be verified: {{inputs}}.{{windows}} Remove {{pause}} so that its provider creates and manages it as written, or exempt the resource with a reason that names it."
    }
  },
  check(context) {
    const { assessment } = context;
    if (assessment.verdict !== "indeterminate") return PASS;
    const { vm, unresolved } = assessment;
    const mayBeAffected = assessment.affected === "unknown";
    const report3 = {
      messageId: mayBeAffected ? "unknownAffected" : "unverifiablePlan",
      data: {
        ...hotpatchData(context),
        noun: nounOf(vm),
        name: vm.displayName,
        inputs: describeInputs(unresolved),
        windows: brokenWindows(assessment),
        resolvable: RESOLVABLE_BY[vm.format],
        pause: pausesToRemove(unresolved)
      },
      location: unresolved[0]?.location ?? vm.reportAt
    };
    const only = (why) => !mayBeAffected && unresolved.length > 0 && unresolved.every((input) => input[why] !== void 0);
    if (only("paused")) return { outcome: "fail", reports: [{ ...report3, messageId: "pausedPlan" }] };
    return { outcome: "fail", reports: [only("observed") ? { ...report3, messageId: "observedPlan" } : report3] };
  }
};
function brokenWindows({ vm, evidence }) {
  const schedule = checkCustomerManagedSchedule(vm);
  const details = evidence.flatMap((e) => {
    if (e.status === "valid" && schedule.state === "no") {
      return [`${e.detail}, but the window is not honoured: ${schedule.problems.map((p) => p.text).join("; ")}`];
    }
    return BROKEN_WINDOW.has(e.status) ? [e.detail] : [];
  });
  if (details.length === 0) return "";
  return ` Whatever they resolve to, ${details.length === 1 ? "this window does" : "these windows do"} not reboot it in time: ${details.join("; ")}.`;
}

// src/policy/rules/invalid-exemption.ts
var ID3 = "invalid-exemption";
var rule3 = {
  meta: {
    id: ID3,
    severity: "error",
    description: "An exemption must be readable, sit on a VM and expire within the maximum lifetime.",
    docsUrl: docsUrlFor(ID3),
    messages: {
      malformed: "{{subject}} has an exemption that cannot be read ({{exemption}}): {{problem}}. It exempts nothing until it is fixed.",
      tooLong: "{{subject}} is exempted from {{rules}} by {{exemption}} (owner {{owner}}), but the exemption is not applied: {{problem}}. Set an earlier expiry date, and renew it when it runs out.",
      unattached: "{{exemption}} is not on a VM or scale set{{on}}, so it exempts nothing. Put it on the line above the VM's declaration, or inside its block."
    }
  },
  check(context) {
    const { vm, exemptions } = context.assessment;
    if (exemptions === void 0 || exemptions.length === 0) return NOT_APPLICABLE;
    const invalid = exemptions.filter((exemption) => exemption.status === "malformed" || exemption.status === "too-long");
    if (invalid.length === 0) return PASS;
    const reports = invalid.map((exemption) => {
      const data = {
        subject: subjectOf(vm),
        rules: exemption.rule === "*" ? "every rule" : exemption.rule,
        exemption: exemption.label,
        owner: exemption.owner,
        problem: exemption.problem ?? ""
      };
      const about = {
        identity: [exemption.location.file, exemption.source, exemption.resource, exemption.rule, exemption.status],
        resourceRole: "exempted-resource"
      };
      if (exemption.status === "malformed") return { messageId: "malformed", data, location: exemption.location, about };
      return { messageId: "tooLong", data, location: exemption.expiresAt, about };
    });
    return { outcome: "fail", reports };
  },
  // Inline exemptions on no VM belong to no assessment: reported once per evaluation, where written.
  checkWorkspace(context) {
    return context.unattachedExemptions.map(({ exemption, on }) => {
      const label = exemption.label.charAt(0).toUpperCase() + exemption.label.slice(1);
      return {
        messageId: "unattached",
        data: { exemption: label, on: on === void 0 ? "" : ` (it sits on ${on})` },
        location: exemption.location,
        name: "inline exemption",
        identity: [exemption.location.file, exemption.reason, exemption.rule, exemption.problem ?? ""]
      };
    });
  }
};

// src/policy/rules/invalid-reboot-plan.ts
var ID4 = "invalid-reboot-plan";
var rule4 = {
  meta: {
    id: ID4,
    severity: "error",
    description: "A declared reboot plan must have a well-formed, current window and an owner.",
    docsUrl: docsUrlFor(ID4),
    messages: {
      malformed: "The reboot plan declared for {{noun}} '{{name}}' in {{plan}} does not count: {{problem}}. Write an ISO 8601 interval (2026-01-18T02:00Z/PT3H) or a maintenance recurrence (Month Third Sunday 02:00/PT3H).",
      noOwner: "The reboot plan declared for {{noun}} '{{name}}' in {{plan}} does not count: {{problem}}. Name who runs the reboots: a plan nobody owns is not a plan.",
      ended: "The reboot plan declared for {{noun}} '{{name}}' in {{plan}} does not count: {{problem}}, so it plans no reboot. Declare a recurring window, or one that is still ahead."
    }
  },
  check(context) {
    const { vm, affected, declaredPlans } = context.assessment;
    if (affected === "no" || declaredPlans === void 0 || declaredPlans.length === 0) return NOT_APPLICABLE;
    const invalid = declaredPlans.filter((plan) => plan.problem !== void 0);
    if (invalid.length === 0) return PASS;
    const names = { noun: nounOf(vm), name: vm.displayName };
    return { outcome: "fail", reports: invalid.map((plan) => reportOf(plan, names)) };
  }
};
function reportOf(plan, names) {
  const problem = plan.problem;
  const about = { identity: [plan.location.file, plan.source, plan.label, plan.window, problem.kind], resourceRole: "planned-resource" };
  const base = { data: { ...names, plan: plan.label, problem: problem.text }, location: plan.location, about };
  if (problem.kind === "malformed") return { messageId: "malformed", ...base };
  if (problem.kind === "ended") return { messageId: "ended", ...base };
  return { messageId: "noOwner", ...base };
}

// src/policy/rules/invalid-vm-name.ts
var ID5 = "invalid-vm-name";
var FORBIDDEN = /[\\/"[\]:|<>+=;,?*@&]/u;
function vmNameProblem(name) {
  const length = name.length <= 64 ? name.length : [...name].length;
  if (length === 0) return "it is empty";
  if (length > 64) return `it has ${length} characters, over the 64 Azure allows`;
  const forbidden = FORBIDDEN.exec(name)?.[0];
  if (forbidden !== void 0) return `it contains '${forbidden}', which Azure does not allow in a VM name`;
  if (name.startsWith("_")) return "it starts with an underscore";
  if (name.endsWith(".") || name.endsWith("-")) return `it ends with '${name.slice(-1)}'`;
  return void 0;
}
var rule5 = {
  meta: {
    id: ID5,
    severity: "notice",
    description: "A VM or scale set name should be a valid Azure resource name.",
    docsUrl: docsUrlFor(ID5),
    messages: {
      invalidName: "The {{noun}} name {{name}} is not a valid Azure VM name: {{problem}}. Azure will refuse to deploy it; the gate reports it as written."
    }
  },
  check(context) {
    const { vm } = context.assessment;
    const { name } = vm.identity;
    if (vm.kind === "arc-machine" || name === void 0) return NOT_APPLICABLE;
    const problem = vmNameProblem(name);
    if (problem === void 0) return PASS;
    const data = { noun: nounOf(vm), name: JSON.stringify(name), problem };
    return { outcome: "fail", reports: [{ messageId: "invalidName", data, location: vm.reportAt }] };
  }
};

// src/policy/rules/not-evaluated.ts
var ID6 = "not-evaluated";
var isBudgetExhausted = (error) => error.severity === "error" && error.kind === "not-evaluated";
var rule6 = {
  meta: {
    id: ID6,
    severity: "error",
    description: "Every declaration that may deploy a VM should be evaluated within the evaluation budgets.",
    docsUrl: docsUrlFor(ID6),
    messages: {
      budgetExhausted: "Not evaluated: {{detail}}. What it declares was not checked, so the gate cannot pass it. Reduce the expansion, or raise the budget in the configuration (`limits:`, see docs/limits.md)."
    }
  },
  // Nothing to say about a VM that was evaluated: the reports are about the model.
  check: () => NOT_APPLICABLE,
  checkWorkspace({ model }) {
    return model.parseErrors.filter(isBudgetExhausted).map((error) => ({
      messageId: "budgetExhausted",
      data: { detail: error.message },
      location: { file: error.file, line: error.line, column: error.column },
      name: error.file,
      identity: [error.file, error.message],
      // The unit's other files: a pull request that changes only the tfvars behind a `count` must count it.
      ...error.related !== void 0 && { related: error.related }
    }));
  }
};

// src/policy/rules/nothing-scanned.ts
var ID7 = "nothing-scanned";
var FORMATS = "ARM, Bicep, Terraform, plan/what-if JSON, Kubernetes, Pulumi YAML";
function holdsManifest(model, { path }) {
  const below = (file) => path === "." || file === path || file.startsWith(`${path}/`);
  return model.files.some(below) || (model.checkedWithoutParsing ?? []).some(below) || model.parseErrors.some((error) => error.severity === "error" && below(error.file));
}
var rule7 = {
  meta: {
    id: ID7,
    severity: "error",
    description: "Every path the gate is asked to scan should hold a manifest it reads.",
    docsUrl: docsUrlFor(ID7),
    messages: {
      missing: "path `{{path}}` ({{origin}}) does not exist in the workspace: nothing was checked. Check the path. {{accept}}",
      empty: `path \`{{path}}\` ({{origin}}) holds no manifest the gate reads (${FORMATS}): nothing was checked. {{accept}}`,
      accepted: "path `{{path}}` ({{origin}}) {{why}}: nothing was checked, as {{setting}} allows."
    }
  },
  // Nothing to say about a VM: the reports are about what was scanned.
  check: () => NOT_APPLICABLE,
  checkWorkspace({ model }) {
    const { request } = model;
    if (request === void 0) return [];
    return request.paths.filter((requested) => !requested.exists || !holdsManifest(model, requested)).map((requested) => {
      const { origin, accept, setting } = request;
      const data = { path: requested.written, origin, accept, setting };
      const why = requested.exists ? "holds no manifest the gate reads" : "does not exist in the workspace";
      const placed = { location: { file: requested.path, line: 1, column: 1 }, name: requested.written, identity: [requested.path] };
      if (request.allowEmpty) return { messageId: "accepted", data: { ...data, why }, severity: "notice", ...placed };
      return { messageId: requested.exists ? "empty" : "missing", data, ...placed };
    });
  }
};

// src/policy/broken-if-applied.ts
function brokenIfApplied(base, status, lead, inputs) {
  const detail = sharedText(`${lead}, but ${status.detail}, so it is no reboot plan whether it applies or not (${listInputs(inputs)})`);
  const { timing } = status;
  const evidence = { ...base, status: status.status, detail, ...timing && { timing } };
  return { evidence, unresolved: [], ifApplied: true };
}
function unhonouredIfApplied(base, vm, status, inputs) {
  const { assignment, configuration, via } = base;
  const noun = nounOf(vm);
  const assigns = configuration === void 0 ? "its maintenance configuration" : `maintenance configuration '${configuration.displayName}'`;
  const reaches = via === "dynamic-scope" ? "may select it" : "may target it directly";
  const lead = `${scopeName(base)} (${at(assignment.reportAt)}) ${reaches} to assign ${assigns}`;
  const settings = checkCustomerManagedSchedule(vm).problems.map((p) => p.written ? p.text : `${p.text} on the ${noun} (${at(p.location)})`);
  const window = status !== void 0 && status.status !== "valid" && status.status !== "unverifiable" ? `; and ${status.detail}` : "";
  const detail = `its schedule cannot apply to the ${noun}: ${settings.join("; ")}${window}`;
  return brokenIfApplied(base, { status: status?.status ?? "unverifiable", detail, unresolved: [], ...status?.timing && { timing: status.timing } }, lead, inputs);
}
var scopeName = ({ assignment, via }) => `${via === "dynamic-scope" ? "dynamic scope" : "assignment"} '${assignment.displayName}'`;
var REMEDY = {
  "malformed-window": `write ${WINDOW_AS_DOCUMENTED}`,
  "misses-baseline": `make it ${RECUR_MONTHLY}`,
  expired: "remove its expirationDateTime, or move it past the next baseline",
  "reboot-blocked": "let it reboot (rebootSetting IfRequired) and install Security and Critical updates",
  "not-in-guest-patch": "make it an InGuestPatch window",
  rejected: "write it as Azure accepts it"
};
function correctionAdvice(vm, broken) {
  if (broken === void 0 || broken.length === 0 || vm.kind === "scale-set" || vm.azureServiceOperator !== void 0) return void 0;
  const schedule = checkCustomerManagedSchedule(vm);
  const settings = schedule.state === "no" ? [settingsAdvice(vm, schedule.problems, broken)] : [];
  const byWindow = /* @__PURE__ */ new Map();
  for (const { assignment, configuration, status, timing } of broken) {
    if (status === "valid" || status === "unverifiable") continue;
    const name = configuration === void 0 ? `assignment '${assignment.displayName}'` : `maintenance configuration '${configuration.displayName}'`;
    const key = `${name} (${at(timing?.location ?? configuration?.reportAt ?? assignment.reportAt)})`;
    const entry = byWindow.get(key) ?? { remedy: REMEDY[status] ?? "correct it", assignments: [] };
    const quoted = `'${assignment.displayName}'`;
    if (!entry.assignments.includes(quoted)) entry.assignments.push(quoted);
    byWindow.set(key, entry);
  }
  const noun = nounOf(vm);
  const windows = [...byWindow].map(([window, { remedy, assignments }]) => {
    const which = assignments.length === 1 ? `assignment ${assignments.join("")}` : `assignments ${assignments.join(", ")}`;
    return `Correct ${window}, which ${which} may assign to the ${noun}: ${remedy}.`;
  });
  return [...settings, ...windows].join(" ");
}
function settingsAdvice(vm, problems, broken) {
  const scopes = [...new Set(broken.map((e) => `${scopeName(e)} (${at(e.assignment.reportAt)})`))];
  const remedies = problems.map((p) => SCHEDULE_REMEDIES[p.notSent === true ? "notSent" : p.setting]);
  return `Set the ${nounOf(vm)} up for Customer Managed Schedules so that ${scopes.join(", ")} can run a window on it. ${remedies.join(" ")}`;
}

// src/policy/rules/platform-reboot-only.ts
var ID8 = "platform-reboot-only";
var rule8 = {
  meta: {
    id: ID8,
    severity: "warning",
    description: "A hotpatch VM should reboot in a maintenance window, not only when the platform decides.",
    docsUrl: docsUrlFor(ID8),
    messages: {
      platformReboot: "{{subject}} has hotpatching enabled on {{os}} and no maintenance window: with rebootSetting {{value}} the platform installs updates and restarts it at a time Azure chooses. {{cause}} {{plan}} {{advice}}",
      // A window may be assigned (its scope's filter is known only at deployment) but could not run on the VM.
      unrunnableWindow: "{{subject}} has hotpatching enabled on {{os}} and no maintenance window that can run on it: {{evidence}}. With rebootSetting {{value}} the platform installs updates and restarts it at a time Azure chooses. {{cause}} {{plan}} {{advice}}"
    }
  },
  check(context) {
    const { assessment } = context;
    if (assessment.affected === "no") return NOT_APPLICABLE;
    if (assessment.verdict === "affected-with-plan") return PASS;
    if (assessment.verdict !== "affected-platform-reboot" || hasBrokenWindow(assessment)) return NOT_APPLICABLE;
    const setting = assessment.vm.rebootSetting;
    const unrunnable = assessment.brokenIfApplied ?? [];
    const correct = correctionAdvice(assessment.vm, unrunnable);
    const report3 = {
      messageId: unrunnable.length > 0 ? "unrunnableWindow" : "platformReboot",
      data: {
        ...hotpatchData(context),
        value: String(setting.value),
        evidence: unrunnable.map((e) => e.detail).join("; "),
        advice: correct ?? planAdvice(context, "Add one to choose when it reboots", "Accept the platform's reboots with an exemption")
      },
      location: setting.location
    };
    return { outcome: "fail", reports: [withFix(report3, correct === void 0 ? planFix(context) : void 0)] };
  }
};

// src/policy/blocking-setting.ts
var NEVER = /\b(?:NeverReboot|Never)\b/i;
function blockingSetting({ rebootSetting: reboot, excludeKbsRequiringReboot: excluded }) {
  if (isKnown(reboot) && normaliseRebootSetting(reboot.value) === "Never") {
    return { value: reboot, setting: `rebootSetting ${reboot.value}`, remedy: "Set rebootSetting to IfRequired.", pattern: NEVER, replacement: "IfRequired" };
  }
  if (excluded.value !== true) return void 0;
  return { value: excluded, setting: "excludeKbsRequiringReboot true", remedy: "Set excludeKbsRequiringReboot to false.", pattern: /\btrue\b/, replacement: "false" };
}

// src/policy/rules/reboot-blocked.ts
var ID9 = "reboot-blocked";
var rule9 = {
  meta: {
    id: ID9,
    severity: "error",
    description: "A hotpatch VM must not block reboots (rebootSetting Never, excludeKbsRequiringReboot, no Security updates).",
    docsUrl: docsUrlFor(ID9),
    messages: {
      vmNever: "{{subject}} has hotpatching enabled on {{os}}, but its rebootSetting is {{value}}, which takes precedence over any maintenance configuration: it never restarts to finish updates that need one. {{cause}} Set rebootSetting to IfRequired.",
      configurationBlocks: "{{subject}} has hotpatching enabled on {{os}}, but its maintenance configuration '{{configuration}}' does not allow reboots ({{setting}}), so updates that need a restart stay pending. {{cause}} {{remedy}}",
      noBaselineUpdates: "{{subject}} has hotpatching enabled on {{os}}, but its maintenance configuration '{{configuration}}' installs only {{classifications}} updates: a baseline is a Security update, which this window never installs or reboots for. {{cause}} Add Security (and Critical) to classificationsToInclude.",
      onlyListedKbs: "{{subject}} has hotpatching enabled on {{os}}, but its maintenance configuration '{{configuration}}' installs only {{selection}}: the baselines and monthly updates to come have KB numbers not released yet, so this window never installs them or reboots for them. {{cause}} Add Security (and Critical) to classificationsToInclude."
    }
  },
  check(context) {
    const { verdict, affected } = context.assessment;
    if (affected === "no") return NOT_APPLICABLE;
    if (verdict !== "affected-reboot-blocked") return verdict === "indeterminate" ? NOT_APPLICABLE : PASS;
    const found = report(context);
    return found === void 0 ? NOT_APPLICABLE : { outcome: "fail", reports: [found] };
  }
};
function report(context) {
  const { vm, evidence } = context.assessment;
  const data = hotpatchData(context);
  const setting = vm.rebootSetting;
  if (isKnown(setting) && normaliseRebootSetting(setting.value) === "Never") {
    const fix = replaceOnLine(context, setting, NEVER, "IfRequired");
    return withFix({ messageId: "vmNever", data: { ...data, value: setting.value }, location: setting.location }, fix);
  }
  const configuration = evidence.find((e) => e.status === "reboot-blocked")?.configuration;
  if (configuration === void 0) return void 0;
  const reportData = { ...data, configuration: configuration.displayName };
  const blocking = blockingSetting(configuration);
  if (blocking !== void 0) {
    const { value, setting: written, remedy } = blocking;
    const fix = replaceOnLine(context, value, blocking.pattern, blocking.replacement);
    return withFix({ messageId: "configurationBlocks", data: { ...reportData, setting: written, remedy }, location: value.location }, fix);
  }
  const selection = updateSelection(configuration);
  if (selection.kind === "listed-kbs") {
    return { messageId: "onlyListedKbs", data: { ...reportData, selection: describeListedKbs(selection) }, location: configuration.kbNumbersToInclude.location };
  }
  const { classificationsToInclude: classifications } = configuration;
  const listed2 = (classifications.value ?? []).join(", ");
  return { messageId: "noBaselineUpdates", data: { ...reportData, classifications: listed2 }, location: classifications.location };
}

// src/policy/dynamic-scope.ts
var normaliseLocation = (location2) => location2.replaceAll(" ", "").toLowerCase();
var same = (a, b) => a.toLowerCase() === b.toLowerCase();
function matchDynamicScope(filter, vm, from = {}) {
  if (otherEnvironment(from, vm)) return NO;
  let unresolved;
  for (let d = 0; d < DIMENSIONS.length; d++) {
    const result = DIMENSIONS[d](filter, vm, from);
    if (result.match === "no") return NO;
    if (result.unresolved.length > 0) (unresolved ??= []).push(...result.unresolved);
  }
  return unresolved === void 0 ? YES : { match: "unknown", unresolved };
}
var NONE = Object.freeze([]);
var YES = Object.freeze({ match: "yes", unresolved: NONE });
var NO = Object.freeze({ match: "no", unresolved: NONE });
var sameLocation = (a, b) => normaliseLocation(a) === normaliseLocation(b);
var DIMENSIONS = [
  (_, vm, from) => matchSubscription(from, vm),
  (_, vm, from) => matchOwnGroup(from, vm.identity.resourceGroup, vm),
  (filter, vm) => matchList(filter.resourceTypes, "filter.resourceTypes", vm, typeOf, same),
  (filter, vm) => matchList(filter.resourceGroups, "filter.resourceGroups", vm, groupOf, same),
  (filter, vm) => matchList(filter.locations, "filter.locations", vm, locationOf2, sameLocation),
  (filter, vm) => matchList(filter.osTypes, "filter.osTypes", vm, osTypeOf, same),
  (filter, vm) => matchTags(filter, vm)
];
function passesOver(filter, vm, from = {}) {
  return !otherEnvironment(from, vm) && sameSubscription(from, vm) === "yes" && matchDynamicScope(filter, vm, from).match === "no";
}
function whyNotSelected(filter, vm, from = {}) {
  if (otherEnvironment(from, vm) || sameSubscription(from, vm) !== "yes") return void 0;
  const group = vm.identity.resourceGroup;
  if (matchOwnGroup(from, group, vm).match === "no") {
    const its = group ?? vm.scope?.resourceGroup.value ?? "";
    return `it is created at resource group '${from.scope?.resourceGroup.value ?? ""}' and selects that group's VMs only, not '${its}'`;
  }
  const lists = [
    [filter.resourceTypes, "resource types", typeOf, same],
    [filter.resourceGroups, "resource groups", groupOf, same],
    [filter.locations, "locations", locationOf2, sameLocation],
    [filter.osTypes, "OS types", osTypeOf, same]
  ];
  for (const [list, label, subjectOf2, equal] of lists) {
    if (matchList(list, label, vm, subjectOf2, equal).match !== "no") continue;
    const subject = subjectOf2(vm);
    return `its filter's ${label} (${(list.value ?? []).join(", ")}) do not include '${"value" in subject ? subject.value : ""}'`;
  }
  if (matchTags(filter, vm).match !== "no") return void 0;
  const entries = Object.entries(filter.tags.value ?? {});
  const wanted = entries.map(([key, values]) => values.length === 0 ? key : `${key}: ${values.join(" or ")}`);
  const all = filter.tagOperator.value !== void 0 && same(filter.tagOperator.value, "All");
  const tags = Object.entries(vm.tags.value ?? vm.tags.knownEntries ?? {});
  const has = entries.map(([key]) => {
    const found = tags.find(([name]) => same(name, key));
    if (found !== void 0) return `${found[0]}: ${found[1]}`;
    return vm.tags.knownEntries !== void 0 && vm.tags.value === void 0 ? `${key} not known` : `no ${key} tag`;
  });
  const written = at(vm.tags.origin === "absent" ? vm.reportAt : vm.tags.location);
  return `its tag filter (${all ? "all of" : "any of"} ${wanted.join("; ")}) does not match the VM's tags at ${written} (${has.join("; ")})`;
}
function matchSubscription(from, vm) {
  const match2 = sameSubscription(from, vm);
  if (match2 !== "unknown") return { match: match2, unresolved: [] };
  const [own, its] = [from.scope?.subscription, vm.scope?.subscription];
  const where = (subscription, whose) => subscription === void 0 || subscription.origin === "absent" ? `${whose} in the subscription its deployment runs against` : subscription.value === void 0 ? `${whose} in a subscription its deployment names but that could not be evaluated (${subscription.reason ?? "unresolved"})` : `${whose} in subscription '${subscription.value}'`;
  const reason = `${where(own, "the dynamic scope is created")} and ${where(its, "the VM is deployed")}: the same subscription only if the two are one`;
  const named = its !== void 0 && its.origin !== "absent" ? its : own;
  return { match: "unknown", unresolved: [{ field: "subscription", reason, location: named.location }] };
}
function matchOwnGroup(from, group, vm) {
  const own = from.scope?.resourceGroup.value;
  if (own === void 0 && from.scope?.atDeploymentGroup === true) return matchDeploymentGroup(group ?? vm.scope?.resourceGroup.value, vm);
  if (own === void 0) return { match: "yes", unresolved: [] };
  const subject = resourceGroupOf(group ?? vm.scope?.resourceGroup.value, vm);
  if ("value" in subject) return { match: same(subject.value, own) ? "yes" : "no", unresolved: [] };
  const reason = `the dynamic scope is created at resource group '${own}', which it alone selects from; the resource group the VM is deployed to is not known from the manifests`;
  return { match: "unknown", unresolved: [{ ...subject.unresolved, reason }] };
}
function matchDeploymentGroup(group, vm) {
  const its = vm.scope?.resourceGroup;
  if (group === void 0 && its?.origin !== "unresolved") return { match: "yes", unresolved: [] };
  const lead = "the dynamic scope is created at the resource group its deployment is run against and selects that group's VMs only";
  const reason = group === void 0 ? `${lead}, while the VM's resource group could not be evaluated (${its?.reason ?? "unresolved"}): it selects the VM only if the two are one` : `${lead}, while the VM is deployed into resource group '${group}': it selects the VM only if its deployment is run against '${group}'`;
  return { match: "unknown", unresolved: [{ field: "resourceGroup", reason, location: its?.location ?? vm.reportAt }] };
}
function combine(results, all) {
  const [decisive, otherwise] = all ? ["no", "yes"] : ["yes", "no"];
  if (results.includes(decisive)) return decisive;
  return results.includes("unknown") ? "unknown" : otherwise;
}
function sourcedValue(value, field) {
  return value.value !== void 0 ? { value: value.value } : { unresolved: unresolvedInput(field, value) };
}
function resourceGroupOf(group, vm) {
  if (group !== void 0) return { value: group };
  const reason = "the resource group the VM is deployed to is not known from the manifests";
  return { unresolved: { field: "resourceGroup", reason, location: vm.reportAt } };
}
var typeOf = (vm) => ({ value: vm.identity.type });
var groupOf = (vm) => resourceGroupOf(vm.identity.resourceGroup, vm);
var locationOf2 = (vm) => sourcedValue(vm.location, "location");
var osTypeOf = (vm) => sourcedValue(vm.osType, "osType");
function matchList(list, field, vm, subjectOf2, equal) {
  if (list.origin === "unresolved") return { match: "unknown", unresolved: [unresolvedInput(field, list)] };
  if (list.value === void 0 || list.value.length === 0) return YES;
  const subject = subjectOf2(vm);
  if ("unresolved" in subject) return { match: "unknown", unresolved: [subject.unresolved] };
  return list.value.some((item) => equal(item, subject.value)) ? YES : NO;
}
var ENTRIES = /* @__PURE__ */ new WeakMap();
function entriesOf(map) {
  if (map === void 0) return [];
  let entries = ENTRIES.get(map);
  if (entries === void 0) ENTRIES.set(map, entries = Object.entries(map));
  return entries;
}
function matchTags(filter, vm) {
  const wanted = filter.tags;
  if (wanted.origin === "unresolved") return { match: "unknown", unresolved: [unresolvedInput("filter.tags", wanted)] };
  const entries = entriesOf(wanted.value);
  if (entries.length === 0) return YES;
  const { knownEntries } = vm.tags;
  if (vm.tags.origin === "unresolved" && knownEntries === void 0) return { match: "unknown", unresolved: [unresolvedInput("tags", vm.tags)] };
  const operator = filter.tagOperator;
  if (operator.origin === "unresolved" && entries.length > 1) {
    return { match: "unknown", unresolved: [unresolvedInput("filter.tagOperator", operator)] };
  }
  const tags = entriesOf(vm.tags.value ?? knownEntries);
  const unknownKeys = vm.tags.unknownKeys ?? [];
  const othersUnknown = knownEntries !== void 0 && vm.tags.value === void 0;
  const hasTag = ([key, values]) => {
    const byValue = tagValueMatch(tags, key, values);
    if (byValue !== "no") return byValue;
    return unknownKeys.some((name) => same(name, key)) || othersUnknown && !tags.some(([name]) => same(name, key)) ? "unknown" : "no";
  };
  const results = entries.map(hasTag);
  const match2 = combine(results, operator.value !== void 0 && same(operator.value, "All"));
  if (match2 !== "unknown") return { match: match2, unresolved: [] };
  const base = unresolvedInput("tags", vm.tags);
  const unresolved = entries.filter((_, i) => results[i] === "unknown").map(([key, values]) => {
    if (unknownKeys.some((name) => same(name, key))) return { field: "tags", reason: `the value of its tag '${key}' could not be evaluated`, location: vm.tags.location };
    const other = otherCase(tags, key, values);
    return other === void 0 ? base : { field: "tags", reason: other, location: vm.tags.location };
  });
  return { match: "unknown", unresolved: [...new Set(unresolved)] };
}
function tagValueMatch(tags, key, values) {
  if (tags.some(([name, value]) => same(name, key) && (values.length === 0 || values.includes(value)))) return "yes";
  return otherCase(tags, key, values) === void 0 ? "no" : "unknown";
}
function otherCase(tags, key, values) {
  for (const [name, value] of tags) {
    const listed2 = same(name, key) ? values.find((v) => v !== value && same(v, value)) : void 0;
    if (listed2 !== void 0) {
      return `its tag '${name}' is '${value}', which the filter lists only as '${listed2}': Azure keeps tag values as written, and Update Manager does not document whether its tag filter ignores their case`;
    }
  }
  return void 0;
}

// src/policy/folder-index.ts
var FolderIndex = class {
  byFolder = /* @__PURE__ */ new Map();
  sortedFolders;
  add(file, index) {
    push(this.byFolder, folderPrefixOf(file), index);
    this.sortedFolders = void 0;
  }
  /** Adds the lists of the file's neighbourhood to `near`. */
  addNear(file, near) {
    if (this.byFolder.size === 0) return;
    const folder = folderPrefixOf(file);
    for (let end = 0; end < folder.length; end = folder.indexOf("/", end) + 1) {
      const list = this.byFolder.get(folder.slice(0, end));
      if (list !== void 0) near.push(list);
    }
    const folders = this.sortedFolders ??= [...this.byFolder.keys()].sort();
    for (let i = lowerBound(folders, folder); i < folders.length && folders[i].startsWith(folder); i++) {
      near.push(this.byFolder.get(folders[i]));
    }
  }
};
function push(map, key, index) {
  const list = map.get(key);
  if (list === void 0) map.set(key, [index]);
  else list.push(index);
}
function sameNeighbourhood(a, b) {
  const [x, y] = [folderPrefixOf(a), folderPrefixOf(b)];
  return x.startsWith(y) || y.startsWith(x);
}
function lowerBound(keys, key) {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = low + high >> 1;
    if (keys[middle] < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

// src/policy/plan-index.ts
var PlanIndex = class _PlanIndex {
  constructor(assignments, configurations, options = {}) {
    this.assignments = assignments;
    this.configurations = configurations;
    this.assignmentLength = assignments.length;
    this.configurationLength = configurations.length;
    assignments.forEach((assignment, index) => {
      const target = assignment.target?.target;
      if (target === void 0) {
        if (assignment.filter !== void 0) this.filters.push(index);
        else if (assignment.rejectedTarget !== void 0) this.rejected.add(assignment.reportAt.file, index);
      } else if (target.origin === "unresolved") {
        if (options.nonWindowsTargets === true || assignment.target?.notWindowsVm !== true) {
          this.unresolved.add(assignment.reportAt.file, index);
        }
      } else if (target.value !== void 0) {
        addTarget(this.assignmentsByType, target.value, assignment.unit?.value?.key, assignment.reportAt.file, index);
      }
    });
    configurations.forEach((configuration, index) => {
      const { identity } = configuration;
      const type = identity.type.toLowerCase();
      let entry = this.configurationsByType.get(type);
      if (entry === void 0) {
        entry = { byName: /* @__PURE__ */ new Map(), byUnitName: /* @__PURE__ */ new Map(), noUnitByName: /* @__PURE__ */ new Map(), bySymbol: /* @__PURE__ */ new Map(), unnamed: [] };
        this.configurationsByType.set(type, entry);
      }
      if (identity.name === void 0) entry.unnamed.push(index);
      else {
        const name = identity.name.toLowerCase();
        const unit = configuration.unit?.value?.key;
        push(entry.byName, name, index);
        if (unit === void 0) push(entry.noUnitByName, name, index);
        else push(entry.byUnitName, unitName(unit, name), index);
      }
      if (identity.symbol !== void 0) push(entry.bySymbol, identity.symbol, index);
    });
  }
  assignments;
  configurations;
  /** Dynamic scope assignments: their filter is matched against every VM. */
  filters = [];
  /** Assignments whose target could not be evaluated: `unknown` against every VM. */
  unresolved = new FolderIndex();
  /** Assignments whose target Azure rejects: they reach no VM, but a failing VM's finding names those near it. */
  rejected = new FolderIndex();
  assignmentsByType = /* @__PURE__ */ new Map();
  configurationsByType = /* @__PURE__ */ new Map();
  /** The lists' lengths when indexed: a list grown since is indexed again. */
  assignmentLength;
  configurationLength;
  /** The model's index, built on first use and rebuilt if the model's lists are not the ones it was built on. */
  static of(model) {
    const cached = indexes.get(model);
    if (cached?.isFor(model)) return cached;
    const index = new _PlanIndex(model.maintenanceAssignments, model.maintenanceConfigurations);
    indexes.set(model, index);
    return index;
  }
  /**
   * Drops the model's index (and with it what plans.ts remembered per index): the policy calls it when it is
   * done, so that the index (~200 bytes per assignment and configuration) is garbage while the report is built.
   */
  static release(model) {
    indexes.delete(model);
  }
  /**
   * Every assignment that may reach the VM, in model order: a dynamic scope, a target that may be the VM
   * (`match` not `no`), or one that may only be `unknown`, in the VM's neighbourhood.
   */
  assignmentsFor(vm) {
    const { identity } = vm;
    const file = vm.reportAt.file;
    const lists = [];
    if (this.filters.length > 0) lists.push(this.filters);
    this.unresolved.addNear(file, lists);
    const bucket2 = this.assignmentsByType.get(lowerCased(identity.type));
    if (bucket2 !== void 0) {
      if (identity.symbol !== void 0) addList(lists, bucket2.bySymbol.get(identity.symbol));
      if (identity.name === void 0) bucket2.all.addNear(file, lists);
      else {
        const name = identity.name.toLowerCase();
        addList(lists, bucket2.byName.get(name));
        const unit = vm.unit?.value?.key;
        addList(lists, unit === void 0 ? bucket2.relativeByName.get(name) : bucket2.byUnitName.get(unitName(unit, name)));
        bucket2.unnamed.addNear(file, lists);
      }
    }
    if (lists.length === 0) return [];
    return inModelOrder(lists).map((index) => this.assignments[index]);
  }
  /** The assignments whose target Azure rejects in the VM's neighbourhood (the ones it was likely meant for), in model order. */
  rejectedNear(vm) {
    const lists = [];
    this.rejected.addNear(vm.reportAt.file, lists);
    return inModelOrder(lists).map((index) => this.assignments[index]);
  }
  /**
   * The configurations a reference written in unit `holder` may name (see ConfigurationCandidates). A relative one (a
   * bare name, a symbol) names none of another unit (`match` says `no`): those of its unit and of none are looked up.
   */
  configurationsFor(identity, holder) {
    const entry = this.configurationsByType.get(identity.type.toLowerCase());
    if (entry === void 0) return { matches: [], unnamed: [] };
    const name = identity.name?.toLowerCase();
    const relative3 = holder !== void 0 && (identity.symbol !== void 0 || identity.resourceGroup === void 0);
    const lists = [
      name === void 0 ? [] : relative3 ? entry.byUnitName.get(unitName(holder, name)) ?? [] : entry.byName.get(name) ?? [],
      name === void 0 || !relative3 ? [] : entry.noUnitByName.get(name) ?? [],
      identity.symbol === void 0 ? [] : entry.bySymbol.get(identity.symbol) ?? []
    ];
    const at2 = (index) => this.configurations[index];
    return { matches: inModelOrder(lists).map(at2), unnamed: entry.unnamed.map(at2) };
  }
  isFor(model) {
    const { maintenanceAssignments: assignments, maintenanceConfigurations: configurations } = model;
    return assignments === this.assignments && configurations === this.configurations && assignments.length === this.assignmentLength && configurations.length === this.configurationLength;
  }
};
var indexes = /* @__PURE__ */ new WeakMap();
var bucket = () => ({
  byName: /* @__PURE__ */ new Map(),
  byUnitName: /* @__PURE__ */ new Map(),
  relativeByName: /* @__PURE__ */ new Map(),
  bySymbol: /* @__PURE__ */ new Map(),
  unnamed: new FolderIndex(),
  all: new FolderIndex()
});
var unitName = (unit, name) => `${unit}\0${name}`;
function addTarget(buckets, identity, unit, file, index) {
  const type = identity.type.toLowerCase();
  let entry = buckets.get(type);
  if (entry === void 0) {
    entry = bucket();
    buckets.set(type, entry);
  }
  entry.all.add(file, index);
  if (identity.name === void 0) entry.unnamed.add(file, index);
  else {
    const name = identity.name.toLowerCase();
    const relative3 = identity.symbol !== void 0 || identity.resourceGroup === void 0;
    if (!relative3 || unit === void 0) push(entry.byName, name, index);
    else {
      push(entry.byUnitName, unitName(unit, name), index);
      push(entry.relativeByName, name, index);
    }
  }
  if (identity.symbol !== void 0) push(entry.bySymbol, identity.symbol, index);
}
function addList(lists, list) {
  if (list !== void 0 && list.length > 0) lists.push(list);
}
var LOWER = /* @__PURE__ */ new Map();
function lowerCased(text) {
  let lower = LOWER.get(text);
  if (lower === void 0) {
    if (LOWER.size >= 4096) LOWER.clear();
    LOWER.set(text, lower = text.toLowerCase());
  }
  return lower;
}
function inModelOrder(lists) {
  let only = NO_INDEXES;
  let nonEmpty = 0;
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l];
    if (list.length === 0) continue;
    only = list;
    nonEmpty++;
  }
  if (nonEmpty < 2) return only;
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}
var NO_INDEXES = [];

// src/policy/passed-over.ts
var NAMED_SCOPES = 3;
function scopesPassingOver(vm, model) {
  return [...scopesNotSelecting(vm, model), ...rejectedNear(vm, model)];
}
function scopesNotSelecting(vm, model) {
  const named = [];
  const seen = /* @__PURE__ */ new Set();
  for (const assignment of PlanIndex.of(model).assignmentsFor(vm)) {
    const filter = assignment.filter;
    if (filter === void 0 || assignment.deployed.value === false || isUnmanaged(assignment)) continue;
    const where = at(assignment.reportAt);
    const key = `${assignment.displayName}\0${where}`;
    if (seen.has(key)) continue;
    if (named.length === NAMED_SCOPES) {
      if (passesOver(filter, vm, assignment)) return [...named, "other dynamic scopes do not select it either"];
      continue;
    }
    const why = whyNotSelected(filter, vm, assignment);
    if (why === void 0) continue;
    named.push(`dynamic scope '${assignment.displayName}' (${where}) does not select it: ${why}`);
    seen.add(key);
  }
  return named;
}
function rejectedNear(vm, model) {
  const said = /* @__PURE__ */ new Set();
  for (const assignment of PlanIndex.of(model).rejectedNear(vm)) {
    const rejected = assignment.rejectedTarget;
    if (rejected === void 0 || assignment.deployed.value === false) continue;
    const intended = rejected.intendedFor;
    if (intended !== void 0 && (intended.file !== vm.reportAt.file || intended.line !== vm.reportAt.line || intended.column !== vm.reportAt.column)) continue;
    said.add(`assignment '${assignment.displayName}' (${at(rejected.location)}) assigns nothing: ${rejected.reason}, which ${rejected.rejectedBy ?? "Azure"} rejects`);
  }
  return [...said];
}

// src/policy/rules/reboot-plan-required.ts
var ID10 = "reboot-plan-required";
var LET_THE_PLATFORM_REBOOT = "Let the platform reboot it instead (patchMode AutomaticByPlatform, rebootSetting IfRequired: a platform-reboot-only warning, which an exemption can accept)";
var LET_THE_PLATFORM_REBOOT_SCALE_SET = "Let the platform reboot it instead (patchMode AutomaticByPlatform, rebootSetting IfRequired, bypassPlatformSafetyChecksOnUserSchedule not true: a platform-reboot-only warning, which an exemption can accept)";
var rule10 = {
  meta: {
    id: ID10,
    severity: "error",
    description: "A hotpatch-enabled VM on a hotpatch-capable image must have a maintenance window that allows reboots.",
    docsUrl: docsUrlFor(ID10),
    messages: {
      missingPlan: "{{subject}} has hotpatching enabled on {{os}} but no reboot plan: no maintenance configuration is assigned to it{{passedOver}}. {{cause}} {{plan}} {{advice}}",
      noValidPlan: "{{subject}} has hotpatching enabled on {{os}} but no reboot plan: {{evidence}}. {{cause}} {{plan}} {{advice}}"
    }
  },
  check(context) {
    const { assessment } = context;
    if (assessment.affected === "no") return NOT_APPLICABLE;
    if (assessment.verdict === "affected-with-plan" || assessment.verdict === "affected-platform-reboot") return PASS;
    if (assessment.verdict !== "affected-no-plan" || hasBrokenWindow(assessment)) return NOT_APPLICABLE;
    const found = [...assessment.evidence, ...assessment.brokenIfApplied ?? []];
    const passedOver = scopesPassingOver(assessment.vm, context.model);
    const correct = correctionAdvice(assessment.vm, assessment.brokenIfApplied);
    const report3 = {
      messageId: found.length > 0 ? "noValidPlan" : "missingPlan",
      data: {
        ...hotpatchData(context),
        evidence: [...found.map((e) => e.detail), ...passedOver].join("; "),
        passedOver: passedOver.map((said) => `; ${said}`).join(""),
        advice: correct ?? planAdvice(context, "Add one", assessment.vm.kind === "scale-set" ? LET_THE_PLATFORM_REBOOT_SCALE_SET : LET_THE_PLATFORM_REBOOT)
      },
      location: assessment.vm.reportAt
    };
    return { outcome: "fail", reports: [withFix(report3, correct === void 0 ? planFix(context) : void 0)] };
  }
};

// src/policy/rules/reboot-window-expired.ts
var ID11 = "reboot-window-expired";
var rule11 = {
  meta: {
    id: ID11,
    severity: "error",
    description: "A hotpatch VM's maintenance window must not have expired.",
    docsUrl: docsUrlFor(ID11),
    messages: {
      expired: "{{subject}} has hotpatching enabled on {{os}}, but its maintenance configuration '{{configuration}}' expired on {{expiration}}, so it no longer schedules reboots. {{cause}} Remove expirationDateTime, or move it past the next baseline."
    }
  },
  check(context) {
    const { assessment } = context;
    if (assessment.verdict === "indeterminate") return NOT_APPLICABLE;
    if (assessment.affected !== "yes") return NOT_APPLICABLE;
    const plans = inGuestPatchPlans(assessment);
    if (plans.length === 0) return NOT_APPLICABLE;
    const expired = plans.find((plan) => plan.status === "expired")?.configuration;
    if (expired === void 0 || assessment.verdict === "affected-with-plan") return PASS;
    const expiration = expired.window.expirationDateTime;
    const data = { ...hotpatchData(context), configuration: expired.displayName, expiration: String(expiration.value) };
    return { outcome: "fail", reports: [{ messageId: "expired", data, location: expiration.location }] };
  }
};

// src/policy/rules/reboot-window-late.ts
var ID12 = "reboot-window-late";
var LATE_BASELINE = "{{subject}} reboots for the {{baseline}} baseline only {{days}} days after its release, in";
var BEHIND = `until then it stays on the previous baseline and misses hotpatch months. Open the window within ${LATE_AFTER_DAYS} days of each baseline's Patch Tuesday`;
var LATE_MONTHLY = "{{subject}} reboots for the {{update}} monthly update only {{days}} days after its release, in";
var UNPATCHED = `until then the update waits for a reboot and the machine runs without that month's fixes. Open the window within ${LATE_AFTER_DAYS} days of each monthly update's Patch Tuesday`;
var rule12 = {
  meta: {
    id: ID12,
    severity: "warning",
    description: `A hotpatch VM's maintenance window should open within ${LATE_AFTER_DAYS} days of every baseline.`,
    docsUrl: docsUrlFor(ID12),
    messages: {
      late: `${LATE_BASELINE} maintenance configuration '{{configuration}}' ({{opens}}): ${BEHIND} (Month Second Tuesday Offset4, or weekly).`,
      monthlyLate: `${LATE_MONTHLY} maintenance configuration '{{configuration}}' ({{opens}}): ${UNPATCHED} (Month Second Tuesday Offset4, or weekly).`,
      missesLater: "{{subject}} reboots for the {{covered}} baseline in maintenance configuration '{{configuration}}', but its window ({{window}}) does not open for the {{missed}} baseline. Make it recur at least every month and keep expirationDateTime past the baselines it must cover.",
      declaredLate: `${LATE_BASELINE} the reboot plan declared in {{plan}} ({{opens}}): ${BEHIND} (Month Second Tuesday Offset4 02:00/PT3H, or weekly).`,
      declaredMonthlyLate: `${LATE_MONTHLY} the reboot plan declared in {{plan}} ({{opens}}): ${UNPATCHED} (Month Second Tuesday Offset4 02:00/PT3H, or weekly).`,
      declaredMissesLater: "{{subject}} reboots for the {{covered}} baseline in the reboot plan declared in {{plan}}, but its window ({{window}}) does not open for the {{missed}} baseline. Declare a window that recurs at least every month and does not end before the baselines it must cover."
    }
  },
  check(context) {
    const { assessment } = context;
    if (assessment.affected !== "yes" || assessment.verdict !== "affected-with-plan") return NOT_APPLICABLE;
    const windows = coveringWindows(assessment);
    if (windows.length === 0) return NOT_APPLICABLE;
    if (windows.some((w) => concerns(w).length === 0)) return PASS;
    const subject = hotpatchData(context).subject ?? "";
    return { outcome: "fail", reports: windows.flatMap((w) => concerns(w).map((r) => ({ ...r, data: { ...r.data, subject } }))) };
  }
};
function concerns({ declared, name, timing }) {
  const named = declared ? { plan: name } : { configuration: name };
  const { location: location2 } = timing;
  const { baselines, monthly } = lateReboots(timing);
  const data = (reboot) => ({ days: reboot.days, ...named, opens: reboot.opens });
  const late = [
    ...monthly.map((r) => ({ messageId: declared ? "declaredMonthlyLate" : "monthlyLate", data: { update: r.name, ...data(r) }, location: location2 })),
    ...baselines.map((r) => ({ messageId: declared ? "declaredLate" : "late", data: { baseline: r.name, ...data(r) }, location: location2 }))
  ];
  if (timing.misses.length === 0) return late;
  const covered2 = listNames(timing.covers.map((c) => c.baseline));
  const missed = { covered: covered2, missed: listNames(timing.misses), ...named, window: timing.description };
  return [...late, { messageId: declared ? "declaredMissesLater" : "missesLater", data: missed, location: location2 }];
}

// src/policy/rules/reboot-window-misses-baseline.ts
var ID13 = "reboot-window-misses-baseline";
var CONFIGURATION = "{{subject}} has hotpatching enabled on {{os}}, but its maintenance configuration '{{configuration}}'";
var DECLARED = "{{subject}} has hotpatching enabled on {{os}}, but the reboot plan declared in {{plan}}";
var NO_OPENING = "no opening falls between a baseline's release (Patch Tuesday, 10:00 Pacific time) and the next one's";
var MISSES_BASELINES = `opens {{window}}, so it reboots the {{noun}} for neither the {{baselines}} baseline: ${NO_OPENING}; {{opens}}. {{cause}}`;
var MISSES_MONTHLY = "opens {{window}}, so it does not reboot the {{noun}} for {{updates}}: no opening falls between an update's release (Patch Tuesday, 10:00 Pacific time) and the next month's, and a machine off hotpatching needs a reboot for each; {{opens}}. {{cause}}";
var FIX = `Make it ${RECUR_MONTHLY}.`;
var DECLARE = "Declare a window that recurs at least every month (R/2027-01-16T02:00Z/P1M, Month Second Tuesday Offset4 02:00/PT3H), starting now, with no end before the next baselines.";
var rule13 = {
  meta: {
    id: ID13,
    severity: "error",
    description: "A hotpatch VM's maintenance window must open after each of the next baselines (and a disruption's monthly updates) is released.",
    docsUrl: docsUrlFor(ID13),
    messages: {
      missesBaselines: `${CONFIGURATION} ${MISSES_BASELINES} ${FIX}`,
      missesMonthlyUpdates: `${CONFIGURATION} ${MISSES_MONTHLY} ${FIX}`,
      malformedWindow: `${CONFIGURATION} has a window Azure rejects: {{problem}}. {{cause}} Write ${WINDOW_AS_DOCUMENTED}.`,
      declaredMissesBaselines: `${DECLARED} ${MISSES_BASELINES} ${DECLARE}`,
      declaredMissesMonthlyUpdates: `${DECLARED} ${MISSES_MONTHLY} ${DECLARE}`
    }
  },
  check(context) {
    const { assessment } = context;
    if (assessment.verdict === "indeterminate") return NOT_APPLICABLE;
    if (assessment.affected !== "yes") return NOT_APPLICABLE;
    if (assessment.verdict === "affected-with-plan") return PASS;
    const broken = assessment.evidence.filter((e) => e.status === "misses-baseline" || e.status === "malformed-window");
    const declared = declaredWindowsMissing(assessment);
    if (broken.length === 0 && declared.length === 0) return NOT_APPLICABLE;
    const shared = hotpatchData(context);
    return { outcome: "fail", reports: [...broken.map((e) => report2(e, shared)), ...declared.map((w) => declaredReport(w, shared))] };
  }
};
function report2(evidence, shared) {
  const { timing } = evidence;
  const configuration = evidence.configuration?.displayName ?? evidence.assignment.displayName;
  const location2 = timing?.location;
  if (evidence.status === "malformed-window") {
    const data2 = { ...shared, configuration, problem: timing?.problem ?? evidence.detail };
    return { messageId: "malformedWindow", data: data2, ...location2 && { location: location2 } };
  }
  const data = { ...shared, configuration, ...missedReboots(timing) };
  return { messageId: missesMonthlyUpdates(timing) ? "missesMonthlyUpdates" : "missesBaselines", data, ...location2 && { location: location2 } };
}
var declaredReport = ({ name, timing }, shared) => ({
  messageId: missesMonthlyUpdates(timing) ? "declaredMissesMonthlyUpdates" : "declaredMissesBaselines",
  data: { ...shared, plan: name, ...missedReboots(timing) },
  location: timing.location
});

// src/policy/rules/schedule-prerequisites.ts
var ID14 = "schedule-prerequisites";
var asoRemedy = (vm) => `Azure Service Operator cannot set bypassPlatformSafetyChecksOnUserSchedule (${asoComputeApi(vm, "commas")} has no such property): set it outside ASO (the built-in Azure Policy "Set prerequisite for Scheduling recurring updates on Azure virtual machines") and exempt this finding, or manage the VM where the flag can be set (ARM, Bicep, Terraform or Crossplane).`;
var rule14 = {
  meta: {
    id: ID14,
    severity: "error",
    description: "A hotpatch VM with a maintenance window must use Customer Managed Schedules (patchMode AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule true).",
    docsUrl: docsUrlFor(ID14),
    messages: {
      notCustomerManaged: "{{subject}} is assigned maintenance configuration '{{configuration}}', but the window will not be honoured: {{problems}}. Azure Update Manager runs windows only on machines set up for Customer Managed Schedules (patchMode AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule true); otherwise the schedule fails its prerequisite check and the {{noun}} is patched outside the window. {{remedy}}",
      arcPatchMode: "{{subject}} is assigned maintenance configuration '{{configuration}}', but the window may not be honoured: {{problems}}. Azure Update Manager needs no Customer Managed Schedules setting of an Arc-enabled server, but with this patch mode Windows Update installs updates and restarts the machine on its own timetable, outside the window. {{remedy}}"
    }
  },
  check(context) {
    const { assessment } = context;
    const plan = inGuestPatchPlans(assessment)[0];
    if (assessment.affected !== "yes" || plan === void 0) return NOT_APPLICABLE;
    const schedule = checkCustomerManagedSchedule(assessment.vm);
    if (schedule.state === "yes") return PASS;
    if (schedule.state === "unknown") return NOT_APPLICABLE;
    const aso = assessment.vm.azureServiceOperator !== void 0;
    const remedies = schedule.problems.map(
      (problem) => aso && problem.setting === "bypassPlatformSafetyChecksOnUserSchedule" ? asoRemedy(assessment.vm) : SCHEDULE_REMEDIES[problem.notSent ? "notSent" : problem.setting]
    );
    const data = {
      ...hotpatchData(context),
      configuration: plan.configuration?.displayName ?? plan.assignment.displayName,
      problems: schedule.problems.map((problem) => problem.text).join("; "),
      remedy: remedies.join(" ")
    };
    const written = schedule.problems.find((problem) => problem.written);
    const location2 = written?.location ?? assessment.vm.reportAt;
    const arc = assessment.vm.kind === "arc-machine";
    return { outcome: "fail", reports: [{ messageId: arc ? "arcPatchMode" : "notCustomerManaged", data, location: location2 }] };
  }
};

// src/policy/image-version.ts
function parseImageVersion(text) {
  const match2 = /^(\d{1,6})\.(\d{1,6})\.(\d{1,12})$/.exec(text.trim());
  if (match2 === null) return void 0;
  return { build: Number(match2[1]), revision: Number(match2[2]), date: match2[3] };
}

// src/policy/rules/unpatched-image.ts
var ID15 = "unpatched-image";
var rule15 = {
  meta: {
    id: ID15,
    severity: "warning",
    description: "A pinned Windows Server image version should include the advisory fix.",
    docsUrl: docsUrlFor(ID15),
    messages: {
      belowFixedBuild: "{{subject}} pins image {{image}} version {{version}}, build {{build}}, below {{fixed}}, the first {{os}} build with the {{cves}} fix ({{kb}}). A machine created from it is exposed while the WSUS Server role is enabled, until it installs {{kb}} or later, which needs a restart. Pin a version whose second field is {{fixedRevision}} or higher, or use latest."
    }
  },
  check(context) {
    const { vm } = context.assessment;
    const { image } = vm;
    const windowsServer = isKnown(image.publisher) && image.publisher.value.toLowerCase() === "microsoftwindowsserver";
    const custom = isKnown(image.customImageId) && image.customImageId.value !== "";
    if (!windowsServer || custom || vm.deployed.value === false || vm.osType.value === "Linux") return NOT_APPLICABLE;
    const version = isKnown(image.version) ? parseImageVersion(image.version.value) : void 0;
    if (version === void 0) return NOT_APPLICABLE;
    const advisory = context.advisories.find((a) => a.families.some((f) => f.build === version.build));
    const family = advisory?.families.find((f) => f.build === version.build);
    if (advisory === void 0 || family === void 0) return NOT_APPLICABLE;
    if (version.revision >= family.fixedRevision) return PASS;
    const data = {
      subject: subjectOf(vm),
      image: imageName(image),
      version: image.version.value,
      build: `${version.build}.${version.revision}`,
      fixed: `${family.build}.${family.fixedRevision}`,
      fixedRevision: String(family.fixedRevision),
      os: family.os,
      cves: advisory.cves.join(", "),
      kb: family.kb
    };
    const report3 = { messageId: "belowFixedBuild", data, location: image.version.location, advisoryId: advisory.id };
    return { outcome: "fail", reports: [report3] };
  }
};

// src/policy/rules/unreadable-manifest.ts
var ID16 = "unreadable-manifest";
var isUnreadable = (error) => error.severity === "error" && error.kind === "unreadable-manifest";
var rule16 = {
  meta: {
    id: ID16,
    severity: "error",
    description: "A manifest that may declare VMs or their maintenance, or set their values, should be readable by the gate.",
    docsUrl: docsUrlFor(ID16),
    messages: {
      unreadable: "Could not read {{file}}, which may declare VMs or their maintenance, or the values they are deployed with: {{detail}}. What it holds was not all read (a verdict may rest on what the reader recovered, or on defaults it would have replaced), so the gate cannot pass it. Fix the file, or exclude it in the configuration if it is not deployed."
    }
  },
  // Nothing to say about a VM that was read: the reports are about files.
  check: () => NOT_APPLICABLE,
  checkWorkspace({ model }) {
    return model.parseErrors.filter(isUnreadable).map((error) => ({
      messageId: "unreadable",
      data: { file: error.file, detail: error.message },
      location: { file: error.file, line: error.line, column: error.column },
      name: error.file,
      identity: [error.file, error.message]
    }));
  }
};

// src/policy/rules/index.ts
var rules = [
  rule,
  rule2,
  rule3,
  rule4,
  rule5,
  rule6,
  rule7,
  rule8,
  rule9,
  rule10,
  rule11,
  rule12,
  rule13,
  rule14,
  rule15,
  rule16
];

// src/report/text-finding.ts
var FINDING_INDENT = "      ";
function renderFinding(finding, file, line, columns, style, width, advisories = false) {
  const label = severityLabel(finding);
  const severity = severityColor(finding, style)(label) + " ".repeat(columns.severity - label.length);
  const rule17 = style.dim(finding.ruleId) + " ".repeat(columns.rule - finding.ruleId.length);
  const indent2 = " ".repeat(FINDING_INDENT.length + columns.severity + 2 + columns.rule + 2);
  const messageLines = wrapText(sanitizeForTerminal(finding.message).trim(), Math.max(40, width - indent2.length));
  if (finding.file !== file || finding.startLine !== line) {
    messageLines.push(style.dim(`at ${sanitizeForTerminal(finding.file)}:${finding.startLine}`));
  }
  const first = `${FINDING_INDENT}${severity}  ${rule17}  `;
  const lines = messageLines.map((text, i) => (i === 0 ? first : indent2) + text);
  if (finding.fix?.replacement) {
    const { replacement } = finding.fix;
    const where = replacement.file === finding.file ? `line ${replacement.line}` : `${sanitizeForTerminal(replacement.file)}:${replacement.line}`;
    lines.push(...hint("fix:", style.cyan, `change ${where} to: ${sanitizeForTerminal(replacement.text).trim()}`, width));
  }
  if (finding.fix?.snippet) {
    const { snippet } = finding.fix;
    lines.push(...hint("fix:", style.cyan, `add this ${sanitizeForTerminal(snippet.language)}:`, width));
    const pad2 = " ".repeat(FINDING_INDENT.length + "fix: ".length);
    for (const text of sanitizeLinesForTerminal(snippet.text).replace(/\n+$/, "").split("\n")) lines.push(pad2 + style.dim(text));
  }
  if (advisories && finding.advisoryId !== void 0) {
    lines.push(...hint("advisory:", style.dim, sanitizeForTerminal(finding.advisoryId), width));
  }
  if (finding.exemption) {
    const { reason, owner, expires, source } = finding.exemption;
    const text = sanitizeForTerminal(`${reason} (owner ${owner}, expires ${expires}, ${source})`);
    lines.push(...hint("exemption:", style.dim, text, width));
  }
  return lines;
}
function hint(label, paint, text, width) {
  const indent2 = " ".repeat(FINDING_INDENT.length + label.length + 1);
  return wrapText(text, Math.max(40, width - indent2.length)).map(
    (part, i) => i === 0 ? `${FINDING_INDENT}${paint(label)} ${part}` : indent2 + part
  );
}
function severityLabel(finding) {
  return finding.exemption ? "exempted" : finding.severity;
}
function severityColor(finding, style) {
  if (finding.exemption) return style.dim;
  return finding.severity === "error" ? style.red : finding.severity === "warning" ? style.yellow : style.cyan;
}

// src/report/text.ts
var SYMBOLS = {
  "affected-no-plan": "\u2716",
  "affected-reboot-blocked": "\u2716",
  "affected-platform-reboot": "\u26A0",
  indeterminate: "?",
  "affected-with-plan": "\u2714",
  "not-affected": "\xB7"
};
function* renderTextPieces(report3, options) {
  const style = createStyle(options.color);
  const width = options.width ?? 100;
  const quiet = options.quiet ?? false;
  const advisories = report3.advisories.length > 1;
  for (const [file, entries] of groupByFile(report3, quiet)) yield `${renderFile(file, entries, style, width, advisories)}

`;
  for (const block of renderExemptionBlock(report3.exemptions ?? [], quiet, style, width)) yield `${block}

`;
  for (const block of renderKnowledge(report3, style, width, quiet)) yield `${block}

`;
  yield `${renderSummaryLine(report3, style)}
`;
}
function groupByFile(report3, quiet) {
  const findingsByKey = /* @__PURE__ */ new Map();
  const entries = [];
  const keys = new Set(report3.resources.map((r) => r.key));
  for (const finding of report3.findings) {
    if (finding.resourceKey !== void 0 && keys.has(finding.resourceKey)) {
      const list = findingsByKey.get(finding.resourceKey) ?? [];
      list.push(finding);
      findingsByKey.set(finding.resourceKey, list);
    } else if (!quiet || fails(finding)) {
      entries.push({ file: finding.file, entry: { kind: "orphan", line: finding.startLine, finding } });
    }
  }
  for (const resource of report3.resources) {
    const findings = findingsByKey.get(resource.key) ?? [];
    if (quiet && !findings.some(fails)) continue;
    entries.push({ file: resource.file, entry: { kind: "resource", line: resource.startLine, resource, findings } });
  }
  for (const error of report3.parseErrors) {
    if (quiet && error.severity !== "error") continue;
    entries.push({ file: error.file, entry: { kind: "parse-error", line: error.line, error } });
  }
  const order = { resource: 0, orphan: 1, "parse-error": 2 };
  entries.sort(
    compareBy(
      (e) => e.file,
      (e) => e.entry.line,
      (e) => order[e.entry.kind]
    )
  );
  const groups = /* @__PURE__ */ new Map();
  for (const { file, entry } of entries) {
    const group = groups.get(file);
    if (group) group.push(entry);
    else groups.set(file, [entry]);
  }
  return groups;
}
var fails = (finding) => finding.exemption === void 0 && finding.severity !== "notice";
var ALIGNED_TITLE = 48;
function renderFile(file, entries, style, width, advisories) {
  const findings = entries.flatMap((e) => e.kind === "resource" ? e.findings : e.kind === "orphan" ? [e.finding] : []);
  const columns = {
    severity: widest(findings.map(severityLabel)),
    rule: widest(findings.map((f) => f.ruleId)),
    title: widest(entries.map((e) => e.kind === "parse-error" ? "" : entryTitle(e)).filter((title) => title.length <= ALIGNED_TITLE))
  };
  const lines = [style.underline(clean(file))];
  for (const entry of entries) {
    if (entry.kind === "parse-error") lines.push(...renderParseError(entry.error, style, width));
    else if (entry.kind === "orphan") {
      const { finding } = entry;
      const mark = !fails(finding) ? "\xB7" : finding.severity === "error" ? "\u2716" : "\u26A0";
      const symbol = severityColor(finding, style)(mark);
      lines.push(`  ${symbol} ${style.bold(entryTitle(entry))}  ${style.dim(`line ${entry.line}`)}`);
      lines.push(...renderFinding(entry.finding, file, entry.line, columns, style, width, advisories));
    } else {
      const { resource } = entry;
      const symbol = colorFor(resource.verdict, style)(SYMBOLS[resource.verdict]);
      const title = entryTitle(entry);
      const pad2 = " ".repeat(Math.max(0, columns.title - title.length));
      const verdict = colorFor(resource.verdict, style)(VERDICT_LABELS[resource.verdict]);
      lines.push(`  ${symbol} ${style.bold(title)}${pad2}  ${style.dim(`line ${resource.startLine}`)} \u2014 ${verdict}`);
      const next = nextRebootWindow(resource);
      if (next !== void 0) lines.push(`      ${style.dim(clean(next))}`);
      for (const part of whyNotAffected(resource, width)) lines.push(`      ${style.dim(part)}`);
      for (const finding of entry.findings) {
        lines.push(...renderFinding(finding, resource.file, resource.startLine, columns, style, width, advisories));
      }
    }
  }
  return lines.map((line) => line.trimEnd()).join("\n");
}
function nextRebootWindow(resource) {
  if (resource.verdict !== "affected-with-plan") return void 0;
  for (const evidence of resource.evidence) {
    if (evidence.kind === "maintenance-assignment" && evidence.nextWindow !== void 0) return evidence.nextWindow;
  }
  return void 0;
}
function whyNotAffected(resource, width) {
  const reason = resource.verdict === "not-affected" ? resource.reasons[0] : void 0;
  return reason === void 0 ? [] : wrapText(oneLine(reason), width - 6);
}
function widest(texts) {
  let width = 0;
  for (const text of texts) width = Math.max(width, text.length);
  return width;
}
function entryTitle(entry) {
  if (entry.kind === "orphan") return clean(entry.finding.resource);
  const { resource } = entry;
  const variant = resource.variant === void 0 ? "" : ` ${clean(bracketedVariant(resource.variant))}`;
  return `${clean(resource.name)}${variant} (${shortType(resource.type)})`;
}
function shortType(type) {
  const lower = type.toLowerCase();
  if (lower === "microsoft.compute/virtualmachines") return "VM";
  if (lower === "microsoft.compute/virtualmachinescalesets") return "scale set";
  if (lower === "microsoft.hybridcompute/machines") return "Arc machine";
  return clean(type.split("/").pop() ?? type);
}
function renderExemptionBlock(exemptions, quiet, style, width) {
  const shown = quiet ? exemptions.filter((exemption) => exemption.status !== "active") : exemptions;
  if (shown.length === 0) return [];
  const lines = [style.underline("exemptions")];
  for (const exemption of shown) {
    const active = exemption.status === "active";
    const symbol = active ? style.green("\u2714") : style.red("\u2716");
    const names = exemption.resources.length > 0 ? exemption.resources.join(", ") : exemption.resource || "?";
    const rule17 = exemption.rule === "" ? "" : ` ${style.dim(exemption.rule === "*" ? "every rule" : clean(exemption.rule))}`;
    const at2 = style.dim(`${clean(exemption.file)}:${exemption.startLine}`);
    lines.push(`  ${symbol} ${style.bold(clean(names))}${rule17}  ${at2}`);
    const details = [
      ...exemption.owner === "" ? [] : [`owner ${exemption.owner}`],
      ...exemption.expires === "" ? [] : [`expires ${exemption.expires}`],
      ...exemption.ticket === void 0 ? [] : [`ticket ${exemption.ticket}`]
    ].join(", ");
    const reason = exemption.reason === "" ? "" : `: ${exemption.reason}`;
    const sentence = details === "" ? "" : ` ${details.charAt(0).toUpperCase()}${details.slice(1)}`;
    const text = clean(`${describeState(exemption)}.${sentence}${reason}`);
    lines.push(...wrapText(text, width - FINDING_INDENT.length).map((part) => FINDING_INDENT + part));
  }
  return [lines.map((line) => line.trimEnd()).join("\n")];
}
function renderParseError(error, style, width) {
  const isError = error.severity === "error";
  const symbol = isError ? style.red("\u2716") : style.dim("\xB7");
  const what = isError ? "parse error" : error.skipped === true ? "skipped" : "note";
  const head = `line ${error.line}, column ${error.column}`;
  const indent2 = "    ";
  const text = `${what} at ${head}: ${oneLine(error.message)}`;
  return wrapText(text, width - indent2.length).map((part, i) => i === 0 ? `  ${symbol} ${part}` : indent2 + part);
}
function renderSummaryLine(report3, style = createStyle(false)) {
  const { errors, warnings } = report3.summary;
  const color = errors > 0 || countParseErrors(report3) > 0 ? style.red : warnings > 0 ? style.yellow : style.green;
  return style.bold(color(`${report3.tool.name}: ${describeCounts(report3)}`));
}
function colorFor(verdict, style) {
  switch (verdict) {
    case "affected-no-plan":
    case "affected-reboot-blocked":
      return style.red;
    case "affected-platform-reboot":
    case "indeterminate":
      return style.yellow;
    case "affected-with-plan":
      return style.green;
    case "not-affected":
      return style.dim;
  }
}
var clean = sanitizeForTerminal;
var oneLine = (text) => clean(text).replace(/\s*\n\s*/g, " ");
function renderKnowledge(report3, style, width, quiet) {
  const knowledge = report3.knowledge;
  if (knowledge === void 0) return [];
  const applied2 = quiet ? [] : wrapText(sanitizeForTerminal(describeKnowledge(knowledge)), width).map((line) => style.dim(line));
  const notice = knowledge.notice === void 0 ? [] : wrapText(`notice: ${sanitizeForTerminal(knowledge.notice)}`, width).map((line) => style.yellow(line));
  const lines = [...applied2, ...notice];
  return lines.length === 0 ? [] : [lines.join("\n")];
}

// src/pipeline/run-pipeline.ts
import { isAbsolute, relative as relative2, sep as sep2 } from "node:path";

// src/policy/optimizing-compiler.ts
import { setFlagsFromString as setFlagsFromString2 } from "node:v8";
var WITHOUT_OPTIMIZER_FROM_VMS = 256;
var PROCESS = {
  setFlags: setFlagsFromString2,
  nodeOptions: () => `${process.execArgv.join(" ")} ${process.env.NODE_OPTIONS ?? ""}`
};
var COMPILER_OPTIONS = /--(?:no-)?(?:opt|turbofan|jitless|max-opt|always-opt|always-turbofan|maglev|sparkplug)\b/;
var depth = 0;
function withoutOptimizingCompiler(vms, phase, control = PROCESS) {
  if (depth > 0 || vms < WITHOUT_OPTIMIZER_FROM_VMS || COMPILER_OPTIONS.test(control.nodeOptions())) return phase();
  control.setFlags("--no-turbofan");
  depth++;
  try {
    return phase();
  } finally {
    depth--;
    control.setFlags("--turbofan");
  }
}

// src/policy/assignment-deployed.ts
function deployedDoubt(assignment, vm) {
  const { deployed } = assignment;
  if (deployed.origin !== "unresolved" || deployedWhenever(assignment, vm)) return void 0;
  const reason = `whether assignment '${assignment.displayName}' is deployed could not be evaluated (condition at ${at(deployed.location)}: ${deployed.reason ?? "unknown"})`;
  return { field: "maintenanceAssignment.deployed", reason, location: deployed.location };
}

// src/policy/far-dynamic-scope.ts
function selectsFromAfar(filter, unresolved) {
  for (let i = 0; i < unresolved.length; i++) if (!unresolved[i].field.startsWith("filter.")) return false;
  const known = (value, ...fields) => value.origin !== "unresolved" && Object.keys(value.value ?? {}).length > 0 && !unresolved.some((input) => fields.includes(input.field));
  return known(filter.tags, "filter.tags", "filter.tagOperator") || known(filter.resourceGroups, "filter.resourceGroups") || known(filter.locations, "filter.locations");
}

// src/policy/remembered-evidence.ts
var SHARED = /* @__PURE__ */ new WeakMap();
var REMEMBERED_ASSIGNMENTS = 256;
function rememberedFor(index, key) {
  let byKey = SHARED.get(index);
  if (byKey === void 0) SHARED.set(index, byKey = /* @__PURE__ */ new Map());
  let remembered = byKey.get(key);
  if (remembered === void 0) byKey.set(key, remembered = /* @__PURE__ */ new Map());
  return remembered;
}
function remember(remembered, assignment, found) {
  if (remembered.size >= REMEMBERED_ASSIGNMENTS) remembered.clear();
  remembered.set(assignment, found);
}

// src/policy/reach-applies.ts
function mayApply(reach, assignment, vm) {
  if (reach.match === "no") return false;
  if (reach.match === "yes") return true;
  if (reach.reachesAfar !== true && !sameNeighbourhood(assignment.reportAt.file, vm.reportAt.file)) return false;
  const unevaluated = reach.via === "direct" && assignment.target?.target.origin === "unresolved";
  return !(unevaluated && sameUnit(assignment, vm) === "no");
}

// src/policy/tied-vms.ts
function tiedTargetDoubt(assignment, vm, vms) {
  const target = assignment.target?.target;
  const reference = target?.value;
  if (target === void 0 || reference === void 0 || reference.resourceGroup === void 0 || reference.name === void 0) return void 0;
  if (reference.symbol !== void 0 && reference.symbol === vm.identity.symbol) return void 0;
  const namesakes = VmNames.of(vms).named(reference);
  if (namesakes.length < 2) return void 0;
  const fitting = namesakes.filter((other) => !isItself(other, vm) && other.deployed.value !== false && match(reference, assignment, other) !== "no");
  const others = fitting.filter((other) => !sameResource(vm, other));
  if (others.length === 0 || pinned(vm, fitting)) return void 0;
  return { field: "maintenanceAssignment.target", reason: tiedReason(reference, others), location: target.location };
}
function untied(reach, assignment, vm, vms) {
  if (reach?.match !== "yes" || reach.via !== "direct") return reach;
  const tie = tiedTargetDoubt(assignment, vm, vms);
  return tie === void 0 ? reach : { ...reach, match: "unknown", unresolved: [tie], reachesAfar: true };
}
var isItself = (other, vm) => other === vm || other.reportAt === vm.reportAt && other.declaredAt === vm.declaredAt && other.variant === vm.variant;
var groupOf2 = (vm) => vm.identity.resourceGroup ?? vm.scope?.resourceGroup.value;
function pinned(vm, fitting) {
  if (groupOf2(vm) === void 0) return false;
  return !fitting.some((other) => groupOf2(other) !== void 0 && sameSubscription(vm, other) === "no");
}
function sameResource(a, b) {
  if (sameSubscription(a, b) !== "yes") return false;
  const [x, y] = [groupOf2(a), groupOf2(b)];
  if (x !== void 0 && y !== void 0) return x.toLowerCase() === y.toLowerCase();
  const inRunAgainstGroup = (vm) => vm.scope?.resourceGroup.origin === "absent" && vm.identity.resourceGroup === void 0;
  return inRunAgainstGroup(a) && inRunAgainstGroup(b) && sameUnit(a, b) === "yes";
}
function tiedReason(reference, others) {
  const shown = others.slice(0, CANDIDATES_NAMED).map((other) => `${at(other.reportAt)}${other.variant === "" ? "" : ` [${other.variant}]`}`);
  const more = others.length - shown.length;
  const list = more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
  const which = others.length === 1 ? "another declaration" : `any of ${others.length} other declarations`;
  return `it names '${String(reference.resourceGroup)}/${String(reference.name)}', which may be this VM or ${which} of that name the manifests do not tell apart from it: ${list}; the deployment decides which one it names`;
}
var VmNames = class _VmNames {
  constructor(vms) {
    this.vms = vms;
    this.length = vms.length;
    for (let v = 0; v < vms.length; v++) {
      const vm = vms[v];
      if (vm.identity.name === void 0) continue;
      const key = keyOf(vm.identity.type, vm.identity.name);
      const list = this.byName.get(key);
      if (list === void 0) this.byName.set(key, [vm]);
      else list.push(vm);
    }
  }
  vms;
  byName = /* @__PURE__ */ new Map();
  length;
  static of(vms) {
    const cached = INDEXES.get(vms);
    if (cached !== void 0 && cached.length === cached.vms.length) return cached;
    const index = new _VmNames(vms);
    INDEXES.set(vms, index);
    return index;
  }
  /** The declarations of the reference's type and name, in model order. */
  named(reference) {
    return reference.name === void 0 ? [] : this.byName.get(keyOf(reference.type, reference.name)) ?? [];
  }
};
var keyOf = (type, name) => `${type.toLowerCase()}/${name.toLowerCase()}`;
var INDEXES = /* @__PURE__ */ new WeakMap();

// src/policy/unscoped-assignment.ts
function unscopedDoubt(assignment, vm) {
  const target = assignment.target;
  if (target?.unscoped !== true || target.target.value === void 0) return void 0;
  const group = assignment.scope?.resourceGroup.value;
  const inOwnGroup = { type: vm.identity.type, name: vm.identity.name, ...group !== void 0 && { resourceGroup: group } };
  if (match(inOwnGroup, assignment, vm) === "yes") return void 0;
  const created = group === void 0 ? "the resource group its deployment is run against" : `resource group '${group}'`;
  const vmGroup = vm.identity.resourceGroup ?? vm.scope?.resourceGroup.value;
  const vmIn = vmGroup === void 0 ? "the group its own deployment is run against" : `resource group '${vmGroup}'`;
  const reason = `assignment '${assignment.displayName}' has no \`scope\`, so it is created in ${created} and names the VM only by \`properties.resourceId\`, while the VM is deployed into ${vmIn}: it assigns the VM only if the two groups are one (set \`scope\` to the VM)`;
  return { field: "maintenanceAssignment.target", reason, location: target.target.location };
}

// src/policy/plans.ts
function collectPlanEvidence(vm, model, asOf, calendar) {
  const evidence = [];
  const unresolved = [];
  let broken;
  const index = PlanIndex.of(model);
  const assignments = index.assignmentsFor(vm);
  for (let a = 0; a < assignments.length; a++) {
    const found = evidenceFor(assignments[a], vm, model.virtualMachines, index, asOf, calendar);
    if (found === void 0) continue;
    if (found.ifApplied === true) (broken ??= []).push(found.evidence);
    else {
      evidence.push(found.evidence);
      unresolved.push(...found.unresolved);
    }
  }
  return broken === void 0 ? { evidence, unresolved } : { evidence, unresolved, brokenIfApplied: broken };
}
function evidenceFor(assignment, vm, vms, index, asOf, calendar) {
  if (vm.kind === "scale-set" && assignment.target !== void 0) return scaleSetTargetEvidence(assignment, vm, index, asOf, calendar);
  if (isUnmanaged(assignment)) return unmanagedEvidence(assignment, vm, index, asOf, calendar);
  if (assignment.deployed.value === false) return void 0;
  const reach = untied(reachOf(assignment, vm), assignment, vm, vms);
  if (reach === void 0 || !mayApply(reach, assignment, vm)) return void 0;
  if (reach.match === "unknown" && reach.via === "direct" && !mayDecide(vm)) return void 0;
  const deployed = deployedDoubt(assignment, vm);
  const alongside = vm.conditionKeys === void 0 ? void 0 : vm;
  if (reach.match !== "yes") {
    const unresolved = deployed === void 0 ? reach.unresolved : [...reach.unresolved, deployed];
    return evidenceOf(assignment, index, { ...reach, unresolved }, asOf, calendar, alongside, mayDecide(vm) ? void 0 : vm);
  }
  if (deployed !== void 0) return maybeDeployedEvidence(assignment, vm, index, reach, deployed, asOf, calendar);
  if (alongside !== void 0) return evidenceOf(assignment, index, reach, asOf, calendar, alongside);
  const key = `${reach.via} ${asOf.getTime()} ${calendar === void 0 ? "" : calendar.key}`;
  const remembered = rememberedFor(index, key);
  if (remembered.has(assignment)) return remembered.get(assignment);
  const found = evidenceOf(assignment, index, reach, asOf, calendar);
  remember(remembered, assignment, found);
  return found;
}
function evidenceOf(assignment, index, reach, asOf, calendar, alongside, unhonoured) {
  const { configuration, status, problem } = resolveConfiguration(assignment, index, asOf, calendar, alongside);
  const lead = describeAssignment(assignment, configuration, reach);
  const base = { assignment, configuration, via: reach.via };
  if (unhonoured !== void 0) return unhonouredIfApplied(base, unhonoured, status, reach.unresolved);
  if (reach.match === "unknown") {
    if (status !== void 0 && status.status !== "valid" && status.status !== "unverifiable") {
      return brokenIfApplied(base, status, lead, reach.unresolved);
    }
    const detail2 = sharedText(`${lead}, but whether it applies cannot be verified (${listInputs(reach.unresolved)})`);
    return { evidence: { ...base, status: "unverifiable", detail: detail2 }, unresolved: reach.unresolved };
  }
  if (status === void 0) {
    const input = problem;
    const detail2 = sharedText(`${lead}, but its maintenance configuration cannot be verified (${input.reason})`);
    return { evidence: { ...base, status: "unverifiable", detail: detail2 }, unresolved: [input] };
  }
  const detail = sharedText(`${lead}${status.status === "valid" ? " and " : ", but "}${status.detail}`);
  return statusEvidence(assignment, configuration, reach.via, status, detail);
}
function statusEvidence(assignment, configuration, via, status, detail) {
  const { timing } = status;
  const evidence = timing === void 0 ? { assignment, configuration, via, status: status.status, detail } : { assignment, configuration, via, status: status.status, detail, timing };
  return { evidence, unresolved: status.unresolved };
}
function maybeDeployedEvidence(assignment, vm, index, reach, deployed, asOf, calendar) {
  const { configuration, status, problem } = resolveConfiguration(assignment, index, asOf, calendar, vm);
  const lead = describeAssignment(assignment, configuration, { ...reach, match: "unknown" });
  const base = { assignment, configuration, via: reach.via };
  const unhonoured = status?.status === "valid" && checkCustomerManagedSchedule(vm).state === "no";
  if (status === void 0 || status.status === "unverifiable" || status.status === "valid" && !unhonoured) {
    const input = problem;
    const also = status === void 0 ? `, and its maintenance configuration cannot be verified (${input.reason})` : status.status === "unverifiable" ? `, and ${status.detail}` : "";
    const detail2 = sharedText(`${lead}, but ${deployed.reason}${also}`);
    const unresolved = status === void 0 ? [deployed, input] : [deployed, ...status.unresolved];
    return { evidence: { ...base, status: "unverifiable", detail: detail2 }, unresolved };
  }
  const detail = sharedText(`${lead}${status.status === "valid" ? " and " : ", but "}${status.detail}; ${deployed.reason}`);
  return statusEvidence(assignment, configuration, reach.via, status, detail);
}
function describeAssignment(assignment, configuration, reach) {
  const direct = reach.via === "direct";
  if (configuration === void 0) {
    return `assignment '${assignment.displayName}' ${direct ? "targets it directly" : "selects it by dynamic scope"}`;
  }
  const verb = reach.match === "yes" ? "is" : "may be";
  const how = direct ? "directly" : "by dynamic scope";
  const name = `maintenance configuration '${configuration.displayName}'`;
  return `${name} ${verb} assigned ${how} (assignment '${assignment.displayName}')`;
}
function mayReach(assignment, vm) {
  const reach = reachOf(assignment, vm);
  return reach !== void 0 && mayApply(reach, assignment, vm);
}
function releasePlanIndex(model) {
  PlanIndex.release(model);
}
function assignmentsThatMayReach(assignments) {
  const index = new PlanIndex(assignments, [], { nonWindowsTargets: true });
  return (vm) => index.assignmentsFor(vm).filter((assignment) => mayReach(assignment, vm));
}
function reachOf(assignment, vm) {
  if (assignment.target !== void 0) {
    const target = assignment.target.target;
    if (target.origin === "unresolved") {
      return { via: "direct", match: "unknown", unresolved: [unresolvedInput("maintenanceAssignment.target", target)] };
    }
    if (target.value === void 0) return void 0;
    const found = match(target.value, assignment, vm);
    const doubt = found === "yes" ? unscopedDoubt(assignment, vm) : void 0;
    if (doubt !== void 0) return { via: "direct", match: "unknown", unresolved: [doubt] };
    if (found !== "unknown") return { via: "direct", match: found, unresolved: [] };
    const reason = whyUnknown(target.value, assignment, vm);
    const input = { field: "maintenanceAssignment.target", reason, location: target.location };
    const reachesAfar2 = unknownBySubscriptionOnly(target.value, assignment, vm);
    return { via: "direct", match: found, unresolved: [input], ...reachesAfar2 && { reachesAfar: reachesAfar2 } };
  }
  if (assignment.filter === void 0) return void 0;
  const scope = matchDynamicScope(assignment.filter, vm, assignment);
  const reachesAfar = scope.match === "unknown" && selectsFromAfar(assignment.filter, scope.unresolved);
  return scaleSetSelection(vm, assignment, { via: "dynamic-scope", ...scope, ...reachesAfar && { reachesAfar } });
}
function unmanagedEvidence(assignment, vm, index, asOf, calendar) {
  const reach = reachOf(assignment, vm);
  if (reach === void 0 || reach.match === "no") return void 0;
  const unmanaged = unmanagedInput(assignment, "maintenanceAssignment", assignment.reportAt);
  return evidenceOf(assignment, index, { via: reach.via, match: "unknown", unresolved: [...reach.unresolved, unmanaged] }, asOf, calendar);
}
function mayDecide(vm) {
  return checkCustomerManagedSchedule(vm).state !== "no";
}

// src/report/value-sources.ts
var MAX_VALUE_LINES = 48;
var MAX_DEPTH = 4;
var NOT_VALUES = /* @__PURE__ */ new Set(["identity", "unit", "reportAt", "declaredAt", "related", "format", "variant", "displayName"]);
function valueSourcesOf(model) {
  const plans = [...model.maintenanceConfigurations, ...model.maintenanceAssignments];
  const planFiles = new Set(plans.flatMap((plan) => [plan.reportAt.file, plan.declaredAt.file]));
  const sourcesOfPlan = /* @__PURE__ */ new Map();
  const ofPlan = (plan) => {
    let sources = sourcesOfPlan.get(plan);
    if (sources === void 0) {
      sources = planSources(plan, (file) => !planFiles.has(file));
      sourcesOfPlan.set(plan, sources);
    }
    return sources;
  };
  const byUnit = unitSources(plans, ofPlan);
  const outward = model.maintenanceAssignments.filter(reachesOut);
  const reachingOut = outward.length === 0 ? void 0 : assignmentsThatMayReach(outward);
  return (vm, evidence) => {
    const found = new OutsideOwn(vm);
    const key = unitKey(vm);
    const unit = key === void 0 ? void 0 : byUnit.get(key);
    if (unit !== void 0) found.reachAll(unit);
    for (let e = 0; e < evidence.length; e++) {
      const item = evidence[e];
      found.reachAll(ofPlan(item.assignment));
      if (item.configuration !== void 0) found.reachAll(ofPlan(item.configuration));
    }
    if (reachingOut !== void 0) {
      const reaching = reachingOut(vm);
      for (let r = 0; r < reaching.length; r++) found.reachAll(ofPlan(reaching[r]));
    }
    visitValues(vm, found);
    if (found.isEmpty()) return NO_SOURCES;
    const fresh = uniqueNew(found.inOrder(), vm.related);
    return fresh.length > 0 ? fresh : NO_SOURCES;
  };
}
var NO_SOURCES = Object.freeze([]);
function unitSources(plans, ofPlan) {
  const byUnit = /* @__PURE__ */ new Map();
  for (let p = 0; p < plans.length; p++) {
    const plan = plans[p];
    const key = unitKey(plan);
    if (key === void 0) continue;
    const named = ofPlan(plan);
    if (named.length === 0) continue;
    const sources = byUnit.get(key) ?? /* @__PURE__ */ new Map();
    for (let n = 0; n < named.length; n++) {
      const related = named[n];
      sources.set(`${related.role} ${related.file}:${related.startLine}`, related);
    }
    byUnit.set(key, sources);
  }
  return new Map([...byUnit].map(([key, sources]) => [key, [...sources.values()]]));
}
var OutsideOwn = class {
  reportFile;
  declaredFile;
  conditions;
  values;
  others;
  constructor(vm) {
    this.reportFile = vm.reportAt.file;
    this.declaredFile = vm.declaredAt.file;
  }
  outside(file) {
    return file !== this.reportFile && file !== this.declaredFile;
  }
  reach(related) {
    if (!this.outside(related.file)) return;
    if (related.role === "plan-condition") (this.conditions ??= []).push(related);
    else (this.others ??= []).push(related);
  }
  reachAll(list) {
    for (let r = 0; r < list.length; r++) this.reach(list[r]);
  }
  /** One of the VM's own values: where it is set and where it came through, outside its manifest. */
  value(value) {
    const { file, line } = value.location;
    if (this.outside(file)) (this.values ??= []).push({ file, startLine: line, role: "value" });
    const via = value.via;
    if (via === void 0) return;
    for (let v = 0; v < via.length; v++) {
      const at2 = via[v];
      if (this.outside(at2.file)) (this.values ??= []).push({ file: at2.file, startLine: at2.line, role: "value" });
    }
  }
  isEmpty() {
    return this.conditions === void 0 && this.values === void 0 && this.others === void 0;
  }
  inOrder() {
    return [...this.conditions ?? [], ...this.values ?? [], ...this.others ?? []];
  }
};
function visitValues(resource, sink) {
  sink.value(resource.deployed);
  const fields = resource;
  for (const field in fields) {
    const node = fields[field];
    if (typeof node === "object" && node !== null && !NOT_VALUES.has(field)) visitObject(resource, node, 1, sink);
  }
}
function visitObject(resource, node, depth2, sink) {
  if (isSourced(node)) {
    if (node !== resource.deployed) sink.value(node);
    return;
  }
  if (depth2 >= MAX_DEPTH) return;
  const fields = node;
  for (const field in fields) {
    const child = fields[field];
    if (typeof child === "object" && child !== null) visitObject(resource, child, depth2 + 1, sink);
  }
}
function outwardValueFiles(plan) {
  if (plan.kind !== "maintenance-assignment" || !reachesOut(plan)) return void 0;
  const own = /* @__PURE__ */ new Set([plan.reportAt.file, plan.declaredAt.file]);
  const files = [...new Set(planSources(plan, (file) => !own.has(file)).map((related) => related.file))].sort();
  return files.length === 0 ? void 0 : files;
}
function reachesOut(assignment) {
  if (assignment.filter !== void 0) return true;
  if (assignment.target === void 0) return false;
  const target = assignment.target.target.value;
  return target === void 0 || target.resourceGroup !== void 0 && target.symbol === void 0;
}
function uniqueNew(extra, existing) {
  if (extra.length === 0) return [];
  const seen = new Set(existing.map((related) => `${related.file}:${related.startLine}`));
  const files = new Set(existing.map((related) => related.file));
  const fresh = extra.filter((related) => {
    const key = `${related.file}:${related.startLine}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const kept = /* @__PURE__ */ new Set();
  for (const related of fresh) {
    if (files.has(related.file)) continue;
    files.add(related.file);
    kept.add(related);
  }
  for (const related of fresh) if (kept.size < MAX_VALUE_LINES) kept.add(related);
  return fresh.filter((related) => kept.has(related));
}
var unitKey = (resource) => resource.unit?.value?.key;
function planSources(plan, keep) {
  const found = [];
  const add = (file, startLine, role) => {
    if (keep(file)) found.push({ file, startLine, role });
  };
  visitValues(plan, {
    value: (value) => {
      const role = value === plan.deployed ? "plan-condition" : "plan-value";
      add(value.location.file, value.location.line, role);
      const via = value.via;
      if (via === void 0) return;
      for (let v = 0; v < via.length; v++) add(via[v].file, via[v].line, role);
    }
  });
  return found;
}
function isSourced(node) {
  const { origin, location: location2 } = node;
  return typeof origin === "string" && typeof location2 === "object" && location2 !== null && "file" in location2;
}

// src/report/evidence.ts
function toReportEvidence(evidence) {
  const { assignment } = evidence;
  return {
    kind: "maintenance-assignment",
    file: assignment.reportAt.file,
    startLine: assignment.reportAt.line,
    status: evidence.status,
    name: assignment.displayName,
    via: evidence.via,
    ...configurationOf(evidence),
    ...evidence.timing?.covers[0] !== void 0 && { nextWindow: sharedText(nextWindowText(evidence.timing)) },
    detail: evidence.detail
  };
}
function configurationOf(evidence) {
  const { configuration } = evidence;
  if (configuration !== void 0) {
    const at2 = configuration.reportAt;
    return { configuration: { name: configuration.displayName, file: at2.file, startLine: at2.line } };
  }
  const target = evidence.assignment.configuration.target.value;
  const name = target?.name ?? target?.symbol;
  return name === void 0 ? {} : { configuration: { name } };
}
function toReportDeclaredPlan(plan) {
  return {
    kind: "declared-plan",
    file: plan.location.file,
    startLine: plan.location.line,
    // A well-formed plan whose window misses every baseline does not count either (the VM's reasons say why).
    status: countsAsPlan(plan) ? "valid" : "invalid",
    name: plan.label,
    window: plan.window,
    ...plan.owner !== void 0 && { owner: plan.owner },
    ...plan.ticket !== void 0 && { ticket: plan.ticket },
    ...plan.problem !== void 0 && { problem: { kind: plan.problem.kind, text: plan.problem.text } }
  };
}
var valueFilesOf = (plan) => {
  const files = outwardValueFiles(plan);
  return files === void 0 ? {} : { valueFiles: files };
};
function listPlans(model) {
  return [...model.maintenanceConfigurations, ...model.maintenanceAssignments].map(
    (plan) => ({
      kind: plan.kind,
      name: plan.displayName,
      file: plan.reportAt.file,
      startLine: plan.reportAt.line,
      ...plan.declaredAt.file !== plan.reportAt.file && { declaredIn: plan.declaredAt.file },
      ...valueFilesOf(plan)
    })
  ).sort(
    compareBy(
      (p) => p.file,
      (p) => p.startLine,
      (p) => p.kind,
      (p) => p.name
    )
  );
}

// src/policy/subject.ts
function resourceKey(vm, scope) {
  const key = identityKey(vm.identity, unitFolder(vm));
  const variant = vm.variant === "" ? key : `${key}@${vm.variant}`;
  return scope === void 0 ? variant : `${variant}#${scope}`;
}
var resourceSubject = (vm, scope) => ({
  kind: "resource",
  // Kept by the finding: one flat string, not the pieces (folder, type, name) it is built of.
  key: ownCopy(resourceKey(vm, scope)),
  identity: vm.identity,
  instance: vm
});
var WORKSPACE_SUBJECT = { kind: "workspace" };

// src/report/resource-entries.ts
var ResourceEntries = class {
  entries = [];
  sourcesOf;
  /** The VMs findings are about (a few of all): their entry and value sources, for their findings. */
  named = /* @__PURE__ */ new Map();
  /** The advisories the assessments name, the first of each id. */
  advisories = /* @__PURE__ */ new Map();
  finished = false;
  constructor(model) {
    this.sourcesOf = valueSourcesOf(model);
  }
  get size() {
    return this.entries.length;
  }
  add(assessment, named) {
    if (this.finished) throw new Error("ResourceEntries: add after finish");
    const { vm, advisory } = assessment;
    const sources = this.sourcesOf(vm, assessment.evidence);
    const entry = toEntry(assessment, sources);
    this.entries.push(entry);
    if (named) this.named.set(vm, { entry, sources });
    if (advisory !== void 0 && !this.advisories.has(advisory.id)) this.advisories.set(advisory.id, advisory);
  }
  /**
   * The resources sorted by place (file, line, name, variant; in the order added where they tie), each
   * with its unique key: two declarations can share a key (same name and type in two templates, no
   * resource group), and later ones get `#2`, `#3`, so that a finding's resourceKey names exactly one.
   */
  finish() {
    if (!this.finished) {
      this.finished = true;
      this.entries.sort(BY_PLACE_AND_NAME);
      const seen = /* @__PURE__ */ new Map();
      for (let e = 0; e < this.entries.length; e++) {
        const entry = this.entries[e];
        const n = (seen.get(entry.key) ?? 0) + 1;
        seen.set(entry.key, n);
        if (n > 1) entry.key = ownCopy(`${entry.key}#${n}`);
      }
    }
    return this.entries;
  }
  /** The unique key of a VM a finding is about (after `finish`); undefined for a VM not added as named. */
  keyOf(vm) {
    return this.named.get(vm)?.entry.key;
  }
  /** The value-source related locations of a VM a finding is about. */
  valueSourcesOf(vm) {
    return this.named.get(vm)?.sources ?? NO_SOURCES;
  }
  /** The advisories the assessments named, one per id. */
  namedAdvisories() {
    return [...this.advisories.values()];
  }
};
var BY_PLACE_AND_NAME = compareBy(
  (e) => e.file,
  (e) => e.startLine,
  (e) => e.name,
  (e) => e.variant ?? ""
);
function toEntry(assessment, valueSources) {
  const { vm } = assessment;
  return {
    file: vm.reportAt.file,
    startLine: vm.reportAt.line,
    name: vm.displayName,
    type: vm.identity.type,
    format: vm.format,
    verdict: assessment.verdict,
    // The assessment's own list (exact length, its sentences shared): the assessment is garbage once added.
    reasons: assessment.reasons,
    // concat, not spreads: without the optimizing compiler a second spread steps an iterator (optimizing-compiler.ts).
    related: sortRelated(valueSources.length === 0 ? vm.related : vm.related.concat(valueSources)),
    // One flat string of its own: the key is built of pieces (folder, type, name), which it would keep as such.
    key: ownCopy(resourceKey(vm, assessment.identityScope)),
    ...vm.variant !== "" && { variant: vm.variant },
    evidence: evidenceOf2(assessment)
  };
}
function evidenceOf2(assessment) {
  const declared = assessment.declaredPlans ?? NO_DECLARED_PLANS;
  if (declared.length === 0) return assessment.evidence.length === 0 ? NO_EVIDENCE : assessment.evidence.map(toReportEvidence);
  return [...assessment.evidence.map(toReportEvidence), ...declared.map(toReportDeclaredPlan)];
}
var NO_EVIDENCE = Object.freeze([]);
var NO_DECLARED_PLANS = Object.freeze([]);
var RELATED_FIELDS = ["file", "startLine", "role"];
function sortRelated(related) {
  if (related.length === 0) return NO_RELATED;
  if (inReportOrder(related)) return related;
  const own = related.map((r) => hasExactly(r, RELATED_FIELDS) ? r : { file: r.file, startLine: r.startLine, role: r.role });
  return own.length < 2 ? own : own.sort(BY_PLACE);
}
function inReportOrder(related) {
  for (let r = 0; r < related.length; r++) {
    const location2 = related[r];
    if (!hasExactly(location2, RELATED_FIELDS)) return false;
    if (r > 0 && BY_PLACE(related[r - 1], location2) > 0) return false;
  }
  return true;
}
var NO_RELATED = Object.freeze([]);
function hasExactly(record, fields) {
  let index = 0;
  for (const field in record) if (field !== fields[index++]) return false;
  return index === fields.length;
}
var BY_PLACE = compareBy(
  (r) => r.file,
  (r) => r.startLine,
  (r) => r.role
);

// src/report/json-report.ts
var REPORT_SCHEMA_VERSION = 2;

// src/report/build-report.ts
function buildJsonReport(result, options) {
  const entries = options.settled ?? new ResourceEntries(result.model);
  return withoutOptimizingCompiler(entries.size + result.assessments.length, () => build(addAll(entries, result), result, options));
}
function addAll(entries, result) {
  if (result.assessments.length === 0) return entries;
  const subjects = /* @__PURE__ */ new Set();
  for (let f = 0; f < result.findings.length; f++) {
    const subject = result.findings[f].subject;
    if (subject.kind === "resource") subjects.add(subject.instance);
  }
  for (let a = 0; a < result.assessments.length; a++) {
    const assessment = result.assessments[a];
    entries.add(assessment, subjects.has(assessment.vm));
  }
  return entries;
}
function build(entries, result, options) {
  const resources = entries.finish();
  const findings = result.findings.map((finding) => {
    const vm = finding.subject.kind === "resource" ? finding.subject.instance : void 0;
    if (vm === void 0) return toReportFinding(finding, void 0, NO_SOURCES);
    return toReportFinding(finding, entries.keyOf(vm), uniqueNew(entries.valueSourcesOf(vm), finding.related));
  }).sort(
    compareBy(
      (f) => f.file,
      (f) => f.startLine,
      (f) => f.ruleId,
      (f) => f.fingerprint
    )
  );
  const parseErrors = result.model.parseErrors.map(toReportParseError).sort(
    compareBy(
      (e) => e.file,
      (e) => e.line,
      (e) => e.column,
      (e) => e.message
    )
  );
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: options.toolVersion },
    asOf: options.asOf,
    ...options.failOn !== void 0 && { failOn: options.failOn },
    resources,
    findings,
    parseErrors,
    summary: summarizeReport(result.model.files.length, resources, findings),
    // Advisory ids are unique (the configuration's loader rejects a clash): the first of each id is the one.
    advisories: listAdvisories(options.advisories ?? entries.namedAdvisories()),
    // The knowledge applied, when the caller says which advisories were in force (the CLI and the action do).
    ...options.advisories !== void 0 && { knowledge: appliedKnowledge(options.advisories, options.asOf) },
    plans: listPlans(result.model),
    ...options.configurationFile !== void 0 && { configuration: configurationOf2(options.configurationFile, options.configurationAdvisories) },
    ...result.exemptions !== void 0 && result.exemptions.length > 0 && { exemptions: listExemptions(result.exemptions, options.exemptionChanges) }
  };
}
function listExemptions(records, changes) {
  return records.map((record) => {
    const change = changes?.get(`${record.location.file}:${record.location.line}`);
    return {
      source: record.source,
      file: record.location.file,
      startLine: record.location.line,
      resource: record.resource,
      rule: record.rule,
      reason: record.reason,
      owner: record.owner,
      expires: record.expires,
      ...record.ticket !== void 0 && { ticket: record.ticket },
      status: record.status,
      ...record.problem !== void 0 && { problem: record.problem },
      resources: [...record.resources].sort(),
      exempted: record.exempted,
      ...change !== void 0 && { new: change !== "unchanged" },
      ...change !== void 0 && change !== "unchanged" && { change }
    };
  }).sort(
    compareBy(
      (e) => e.file,
      (e) => e.startLine
    )
  );
}
function toReportFinding(finding, resourceKey2, valueSources) {
  const { location: location2 } = finding;
  const fix = finding.fix && {
    ...finding.fix.snippet && { snippet: reportSnippet(finding.fix.snippet) },
    ...finding.fix.replacement && {
      replacement: {
        file: finding.fix.replacement.location.file,
        line: finding.fix.replacement.location.line,
        text: finding.fix.replacement.text
      }
    }
  };
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    file: location2.file,
    startLine: location2.line,
    endLine: Math.max(location2.endLine ?? location2.line, location2.line),
    message: finding.message,
    resource: finding.resource,
    ...resourceKey2 !== void 0 && { resourceKey: resourceKey2 },
    fingerprint: finding.fingerprint,
    docsUrl: finding.docsUrl,
    ...finding.advisoryId !== void 0 && { advisoryId: finding.advisoryId },
    related: sortRelated(valueSources.length === 0 ? finding.related : finding.related.concat(valueSources)),
    ...fix && { fix },
    ...finding.exemption && {
      exemption: {
        reason: finding.exemption.reason,
        owner: finding.exemption.owner,
        expires: finding.exemption.expires,
        source: finding.exemption.source
      }
    }
  };
}
var SNIPPET_FIELDS = ["language", "text"];
function reportSnippet(snippet) {
  return hasExactly(snippet, SNIPPET_FIELDS) ? snippet : { language: snippet.language, text: snippet.text };
}
var PARSE_ERROR_FIELDS = ["file", "line", "column", "message", "severity"];
function configurationOf2(file, advisories) {
  return advisories === void 0 || advisories.length === 0 ? { file } : { file, advisories: [...advisories].sort() };
}
function toReportParseError(error) {
  if (hasExactly(error, PARSE_ERROR_FIELDS)) return error;
  const { file, line, column, message, severity } = error;
  return error.kind === "file-skipped" ? { file, line, column, message, severity, skipped: true } : { file, line, column, message, severity };
}
function listAdvisories(advisories) {
  const byId = /* @__PURE__ */ new Map();
  for (const advisory of advisories) if (advisory && !byId.has(advisory.id)) byId.set(advisory.id, advisory);
  return [...byId.values()].map((advisory) => ({ id: advisory.id, title: advisory.title, url: advisory.sources[0]?.url ?? "" })).sort(compareBy((a) => a.id));
}

// src/model/arc-machines.ts
function joinArcMachines(machines) {
  const profiles = machines.filter(isLicenseProfile);
  if (profiles.length === 0) return [...machines];
  const joined = /* @__PURE__ */ new Set();
  const result = machines.flatMap((machine) => {
    if (machine.kind !== "arc-machine" || isLicenseProfile(machine)) return [machine];
    const own = profiles.filter((profile) => match(profile.identity, profile, machine) === "yes");
    own.forEach((profile) => joined.add(profile));
    return [own.reduce(withProfile, machine)];
  });
  return result.filter((machine) => !isLicenseProfile(machine) || !joined.has(machine));
}
var isLicenseProfile = (machine) => machine.arc?.declaration === "license-profile";
function withProfile(machine, profile) {
  const current = machine.arc;
  const license = profile.arc?.hotpatchLicense;
  if (current === void 0 || license === void 0 || profile.deployed.value === false) return machine;
  const arc = { ...current, hotpatchLicense: stronger(current.hotpatchLicense, license) };
  const related = [...machine.related, { file: profile.declaredAt.file, startLine: profile.declaredAt.line, role: "license-profile" }];
  const location2 = machine.location.origin === "absent" ? profile.location : machine.location;
  const osType = machine.osType.origin === "absent" && profile.osType.value !== void 0 ? profile.osType : machine.osType;
  return { ...machine, arc, related, location: location2, osType };
}
function stronger(a, b) {
  if (a.value === true) return a;
  if (b.value === true) return b;
  if (a.origin === "unresolved") return a;
  if (b.origin === "unresolved") return b;
  return a.origin === "absent" ? b : a;
}

// src/policy/declared-window-timing.ts
function declaredWindowTiming(openings, asOf, calendar = QUARTERLY_CALENDAR) {
  const key = `${asOf.getTime()} ${calendar.key} ${JSON.stringify(openings)}`;
  const known = JUDGED.get(key);
  if (known !== void 0) return known;
  if (JUDGED.size > 1e3) JUDGED.clear();
  const judged = openings.kind === "recurrence" ? recurrenceTiming(openings, asOf, calendar) : intervalTiming(openings, asOf, calendar);
  JUDGED.set(key, judged);
  return judged;
}
var JUDGED = /* @__PURE__ */ new Map();
function releaseDeclaredWindowTimings() {
  JUDGED.clear();
}
function intervalTiming(openings, asOf, calendar) {
  const from = formatUtc(openings.start);
  const description = openings.kind === "once" ? `once, at ${from}` : `${describePeriod(openings.period)} from ${from}${openings.times === void 0 ? "" : `, ${openings.times} time${openings.times === 1 ? "" : "s"}`}`;
  const opens2 = openingsOf(openings);
  return judgeCoverage(description, coverCalendar(opens2, asOf, calendar), nextOpening(opens2, asOf));
}
function openingsOf(openings) {
  if (openings.kind === "once") return (until) => openings.start < until ? [occurrence(openings.start)] : [];
  const { start, period, times } = openings;
  return function* (until, from) {
    const first = from === void 0 ? 0 : Math.max(0, Math.floor((from.getTime() - start.getTime()) / longest(period)) - 1);
    const last = Math.min(times ?? Infinity, first + MAX_PERIODS);
    for (let k = first; k < last; k += 1) {
      const opens2 = addDuration(start, period, k);
      if (opens2 >= until) return;
      yield occurrence(opens2);
    }
  };
}
var longest = ({ years, months, days, milliseconds }) => (years * 366 + months * 31 + days) * DAY_MS + milliseconds || DAY_MS;
var DAY_MS = 864e5;
var occurrence = (start) => ({ start, end: start, local: formatUtc(start).slice(0, -" UTC".length) });
function describePeriod({ years, months, days, milliseconds }) {
  const minutes = Math.round(milliseconds / 6e4);
  const parts = [
    [years, "year"],
    [months, "month"],
    [days, "day"],
    [Math.floor(minutes / 60), "hour"],
    [minutes % 60, "minute"]
  ];
  const written = parts.filter(([count]) => count > 0);
  const [only] = written;
  if (written.length === 1 && only !== void 0 && only[0] === 1) return `every ${only[1]}`;
  return `every ${written.map(([count, unit]) => `${count} ${unit}${count === 1 ? "" : "s"}`).join(" ")}`;
}
function recurrenceTiming(openings, asOf, calendar) {
  const { recurrence, timeZone } = openings;
  const at2 = `${describeRecurrence(recurrence)} at ${pad(openings.hour)}:${pad(openings.minute)} ${timeZone}`;
  const readings = recurrence.kind === "hourly" ? 1 : recurrence.every;
  let worst = judgeCoverage(at2, coverCalendar(NEVER_OPENS, asOf, calendar), void 0);
  for (let phase = 0; phase < readings; phase += 1) {
    const day = phaseStart(recurrence, asOf, phase);
    const schedule = scheduleFrom(openings, day);
    if (schedule === void 0) continue;
    const guessed = readings === 1 ? "" : ` (it declares no start date: read from its least favourable one, ${day})`;
    const timing = judgeCoverage(`${at2}${guessed}`, coverCalendar(schedule, asOf, calendar), nextOpening(schedule, asOf));
    if (phase === 0 || unfavourability(timing.timing) > unfavourability(worst.timing)) worst = timing;
  }
  return worst;
}
var NEVER_OPENS = () => [];
function phaseStart(recurrence, asOf, phase) {
  const [year, month, day] = [asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate()];
  const weekday = (asOf.getUTCDay() + 6) % 7;
  const start = recurrence.kind === "monthly-days" || recurrence.kind === "monthly-weekday" ? Date.UTC(year, month + phase, 1) : recurrence.kind === "weekly" ? Date.UTC(year, month, day - weekday + 7 * phase) : Date.UTC(year, month, day + phase);
  return new Date(start).toISOString().slice(0, 10);
}
function scheduleFrom(openings, day) {
  const written = parseDateTime(`${day} ${pad(openings.hour)}:${pad(openings.minute)}`, openings.zone);
  if (written === void 0) return void 0;
  return {
    start: written.at,
    startWallClock: written.wallClock,
    expiration: void 0,
    durationMinutes: void 0,
    timeZone: openings.timeZone,
    zone: openings.zone,
    recurrence: openings.recurrence
  };
}
var pad = (value) => String(value).padStart(2, "0");

// src/policy/configuration/resource-match.ts
function matchesResource(pattern, vm) {
  if (pattern.startsWith("/")) {
    const identity = parseResourceId(pattern);
    return identity !== void 0 && match(identity, {}, vm) === "yes";
  }
  const names = new Set([vm.identity.name, vm.displayName].filter((name) => name !== void 0));
  return [...names].some((name) => matchGlob(pattern, name, { ignoreCase: true }));
}

// src/policy/configuration/declared-plans.ts
function declaredPlanSource(configuration) {
  const tags = configuration?.tags ?? DEFAULT_TAGS;
  const entries = configuration?.rebootPlans ?? [];
  const file = configuration?.file ?? "";
  return (vm, _model, asOf, calendar) => {
    const tagged = fromTags(vm, tags, asOf, calendar);
    if (tagged === void 0 && entries.length === 0) return NOTHING_DECLARED;
    const declared = [
      ...tagged === void 0 ? [] : [tagged],
      ...entries.filter((entry) => matchesResource(entry.resource, vm)).map((entry) => fromEntry(entry, file, asOf, calendar))
    ];
    return { evidence: [], unresolved: [], declared };
  };
}
var NOTHING_DECLARED = { evidence: [], unresolved: [], declared: [] };
function fromTags(vm, names, asOf, calendar) {
  if (!isKnown(vm.tags)) return void 0;
  const tags = vm.tags.value;
  const window = tagNamed(tags, names.window);
  if (window === void 0) return void 0;
  const owner = tagNamed(tags, names.owner)?.[1].trim() || (hasUnknownTag(vm, names.owner) ? "a value set when it is deployed" : void 0);
  const ticket = tagNamed(tags, names.ticket)?.[1].trim() || void 0;
  const plan = {
    source: "tag",
    label: `tag ${window[0]}`,
    window: window[1],
    owner,
    ...ticket !== void 0 && { ticket },
    location: vm.tags.location
  };
  const parsed = readWindow(window[1], asOf);
  if (!("window" in parsed)) return { ...plan, problem: parsed.problem };
  if (owner === void 0) return { ...plan, problem: { kind: "no-owner", text: `it has no owner: tag ${names.owner} is not set` } };
  return { ...plan, timing: timingOf3(parsed.window, plan.location, asOf, calendar) };
}
var hasUnknownTag = (vm, name) => vm.tags.unknownKeys?.some((key) => key.toLowerCase() === name.toLowerCase()) === true;
function tagNamed(tags, name) {
  const wanted = name.toLowerCase();
  for (const key in tags) if (key.toLowerCase() === wanted) return [key, tags[key]];
  return void 0;
}
function fromEntry(entry, file, asOf, calendar) {
  const plan = {
    source: "configuration",
    label: `${entry.label} of ${file}`,
    window: entry.window,
    owner: entry.owner,
    ...entry.ticket !== void 0 && { ticket: entry.ticket },
    location: entry.windowAt
  };
  const parsed = readWindow(entry.window, asOf);
  if (!("window" in parsed)) return { ...plan, problem: parsed.problem };
  return { ...plan, timing: timingOf3(parsed.window, plan.location, asOf, calendar) };
}
function readWindow(text, asOf) {
  const parsed = parseDeclaredWindow(text);
  if ("problem" in parsed) {
    return { problem: { kind: "malformed", text: `its window ${JSON.stringify(text)} is not valid: ${parsed.problem}` } };
  }
  const { end } = parsed.window;
  if (end === void 0 || end >= asOf) return { window: parsed.window };
  const evaluated = formatDay2(asOf);
  return { problem: { kind: "ended", text: `its window ended on ${describeEnd(end)}, before the evaluation date ${evaluated}` } };
}
function timingOf3(window, location2, asOf, calendar) {
  const { kind, detail, timing } = declaredWindowTiming(window.openings, asOf, calendar);
  return { kind, detail, timing: { ...timing, location: location2 } };
}

// src/policy/configuration/brace-lexer.ts
var HEREDOC = /^<<-?([A-Za-z_][\w-]*)\s*$/;
var BraceLexer = class {
  constructor(syntax) {
    this.syntax = syntax;
    this.quote = syntax === "bicep" ? "'" : '"';
  }
  syntax;
  /** The statement's code at the bottom; a string, and the interpolations in it, above. */
  frames = [{ kind: "code", depth: 0 }];
  inBlockComment = false;
  inMultilineString = false;
  /** The marker of the heredoc whose body is being skipped, and of one that starts on the next line. */
  heredoc;
  nextHeredoc;
  quote;
  /**
   * Whether every bracket opened so far is closed and nothing spans the line's end: the statement ends on
   * the last line fed.
   */
  get settled() {
    const [bottom] = this.frames;
    return this.frames.length === 1 && bottom?.kind === "code" && bottom.depth === 0 && !this.inBlockComment && !this.inMultilineString && this.heredoc === void 0;
  }
  feed(line) {
    if (this.heredoc !== void 0) {
      if (line.trim() === this.heredoc) this.heredoc = void 0;
      return;
    }
    let at2 = 0;
    while (at2 < line.length) at2 = this.step(line, at2);
    this.heredoc = this.nextHeredoc;
    this.nextHeredoc = void 0;
  }
  /** Reads one token at `at`; returns where the next one starts. */
  step(line, at2) {
    if (this.inBlockComment) return this.skipTo(line, at2, "*/", () => this.inBlockComment = false);
    if (this.inMultilineString) return this.skipTo(line, at2, "'''", () => this.inMultilineString = false);
    const top = this.frames[this.frames.length - 1];
    return top.kind === "string" ? this.inString(line, at2) : this.inCode(line, at2, top);
  }
  skipTo(line, at2, end, ended) {
    const found = line.indexOf(end, at2);
    if (found < 0) return line.length;
    ended();
    return found + end.length;
  }
  inString(line, at2) {
    const char = line[at2];
    if (char === "\\") return at2 + 2;
    if (char === this.quote) {
      this.frames.pop();
      return at2 + 1;
    }
    if (this.syntax === "hcl" && (line.startsWith("$${", at2) || line.startsWith("%%{", at2))) return at2 + 3;
    if (line.startsWith("${", at2) || this.syntax === "hcl" && line.startsWith("%{", at2)) {
      this.frames.push({ kind: "code", depth: 0 });
      return at2 + 2;
    }
    return at2 + 1;
  }
  inCode(line, at2, code) {
    const char = line[at2];
    if (char === "#" || line.startsWith("//", at2)) return line.length;
    if (line.startsWith("/*", at2)) {
      this.inBlockComment = true;
      return at2 + 2;
    }
    if (this.syntax === "bicep" && line.startsWith("'''", at2)) {
      this.inMultilineString = true;
      return at2 + 3;
    }
    if (char === this.quote) {
      this.frames.push({ kind: "string" });
      return at2 + 1;
    }
    const heredoc = this.syntax === "hcl" && line.startsWith("<<", at2) ? HEREDOC.exec(line.slice(at2)) : null;
    if (heredoc !== null) {
      this.nextHeredoc = heredoc[1];
      return line.length;
    }
    if (char === "{" || char === "[" || char === "(") code.depth++;
    else if (char === "}" && code.depth === 0 && this.frames.length > 1) this.frames.pop();
    else if (char === "}" || char === "]" || char === ")") code.depth = Math.max(0, code.depth - 1);
    return at2 + 1;
  }
};

// src/policy/configuration/block-extent.ts
function blockSyntaxOf(file, format) {
  if (isBicepFile(file)) return "bicep";
  if (/\.tf$/i.test(file)) return "hcl";
  if (/\.ya?ml$/i.test(file)) return format === "pulumi" ? "yaml-entry" : "yaml-node";
  return void 0;
}
var isBicepFile = (file) => /\.bicep(?:param)?$/i.test(file);
var BlockExtents = class {
  constructor(readLine) {
    this.readLine = readLine;
  }
  readLine;
  lastLines = /* @__PURE__ */ new Map();
  /** The block's last line; undefined when its text cannot be read or its brackets never close. */
  lastLine(at2, syntax) {
    const key = `${syntax}:${at2.line}:${at2.column}:${at2.file}`;
    if (this.lastLines.has(key)) return this.lastLines.get(key);
    const readLine = this.readLine;
    const read = (line) => readLine?.(at2.file, line);
    const last = syntax === "bicep" || syntax === "hcl" ? bracketsClosed(read, at2.line, syntax) : lastIndented(read, at2, syntax === "yaml-entry");
    this.lastLines.set(key, last);
    return last;
  }
};
function bracketsClosed(read, start, syntax) {
  const lexer = new BraceLexer(syntax);
  for (let line = start; ; line++) {
    const text = read(line);
    if (text === void 0) return void 0;
    lexer.feed(text);
    if (lexer.settled) return line;
  }
}
var DOCUMENT_MARKER = /^(?:---|\.\.\.)(?:\s|$)/;
function lastIndented(read, at2, valueOfKey) {
  if (read(at2.line) === void 0) return void 0;
  const ownIndent = at2.column - 1;
  let last = at2.line;
  for (let line = at2.line + 1; ; line++) {
    const text = read(line);
    if (text === void 0 || DOCUMENT_MARKER.test(text)) return last;
    const content = text.trimStart();
    if (content === "") continue;
    const indent2 = text.length - content.length;
    if (content.startsWith("#")) {
      if (indent2 > ownIndent) last = line;
      continue;
    }
    if (valueOfKey ? indent2 <= ownIndent : indent2 < ownIndent) return last;
    last = line;
  }
}

// src/policy/configuration/inline-attach.ts
var SKIPPABLE = /^\s*(?:$|\/\/|#|\/\*|\*|@|---\s*$)/;
var DECORATOR = /^\s*@/;
var MAX_GAP = 50;
function attachInlineExemption(exemption, model, readLine, extents = new BlockExtents(readLine)) {
  const { file, line } = exemption.location;
  const resources = [...model.virtualMachines, ...model.maintenanceConfigurations, ...model.maintenanceAssignments];
  const declared = (resource) => [resource.declaredAt, resource.reportAt].filter((at2) => at2.file === file);
  const below = nextCodeLine(file, line, readLine) ?? nextDeclaration(resources.flatMap(declared), line);
  const above = resources.filter((resource) => declared(resource).some((at2) => at2.line === below));
  if (above.length > 0) return attachment(above);
  let innermost = 0;
  const holding = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    const syntax = blockSyntaxOf(file, resource.format);
    if (syntax === void 0) continue;
    for (const at2 of declared(resource)) {
      if (at2.line > line || at2.line < innermost) continue;
      const last = extents.lastLine(at2, syntax);
      if (last === void 0 || last < line) continue;
      holding.set(resource, Math.max(holding.get(resource) ?? 0, at2.line));
      innermost = Math.max(innermost, at2.line);
    }
  }
  const inside = resources.filter((resource) => holding.get(resource) === innermost);
  return inside.length > 0 ? attachment(inside) : { kind: "none" };
}
function attachment(resources) {
  const vms = resources.filter((r) => r.kind === "virtual-machine" || r.kind === "scale-set" || r.kind === "arc-machine");
  if (vms.length > 0) return { kind: "vms", vms };
  return { kind: "other", resource: resources[0] };
}
function nextDeclaration(starts, line) {
  let next = Infinity;
  for (const { line: start } of starts) if (start > line && start < next) next = start;
  return next;
}
function nextCodeLine(file, line, readLine) {
  const bicep = isBicepFile(file);
  const indented = /\.ya?ml$/i.test(file) && /^\s+#/.test(readLine?.(file, line) ?? "");
  let decorator;
  for (let next = line + 1; next <= line + MAX_GAP; next++) {
    const text = readLine?.(file, next);
    if (text === void 0) return next === line + 1 ? void 0 : next;
    if (indented && DOCUMENT_MARKER.test(text)) return next;
    if (decorator !== void 0) {
      decorator.feed(text);
      if (decorator.settled) decorator = void 0;
      continue;
    }
    if (!SKIPPABLE.test(text)) return next;
    if (bicep && DECORATOR.test(text)) {
      decorator = new BraceLexer("bicep");
      decorator.feed(text);
      if (decorator.settled) decorator = void 0;
    }
  }
  return line + 1;
}

// src/config/inline-exemption.ts
var REQUIRED = ["rule", "reason", "owner", "expires"];
var KNOWN = /* @__PURE__ */ new Set([...REQUIRED, "ticket"]);
var SHAPE = 'rule=<rule id or *> reason="..." owner=<who> expires=YYYY-MM-DD';
var MAX_LENGTH = 1e3;
function parseInlineExemption(raw) {
  const text = raw.replace(/\*\/\s*$/, "").trim();
  if (text === "") return { problem: `it names nothing; expected ${SHAPE}` };
  if (text.length > MAX_LENGTH) return { problem: `it is longer than ${MAX_LENGTH} characters` };
  const values = /* @__PURE__ */ new Map();
  let position = 0;
  while (position < text.length) {
    if (/\s/.test(text[position])) {
      position++;
      continue;
    }
    const pair = readPair(text, position);
    if ("problem" in pair) return pair;
    if (!KNOWN.has(pair.key)) return { problem: `unknown field '${pair.key}'; expected ${SHAPE} and optionally ticket=...` };
    if (values.has(pair.key)) return { problem: `${pair.key}= is given twice` };
    if (pair.value.trim() === "") return { problem: `${pair.key}= is empty` };
    values.set(pair.key, pair.value);
    position = pair.end;
  }
  const missing = REQUIRED.filter((key) => !values.has(key));
  if (missing.length > 0) return { problem: `missing ${missing.map((key) => `${key}=`).join(", ")}; expected ${SHAPE}` };
  const ticket = values.get("ticket");
  const fields = {
    rule: values.get("rule"),
    reason: values.get("reason"),
    owner: values.get("owner"),
    expires: values.get("expires")
  };
  return { fields: ticket === void 0 ? fields : { ...fields, ticket } };
}
function readPair(text, start) {
  const equals = text.indexOf("=", start);
  const space = text.slice(start).search(/\s/);
  const wordEnd = space < 0 ? text.length : start + space;
  if (equals < 0 || equals > wordEnd || equals === start) {
    return { problem: `expected key=value pairs, got '${text.slice(start, wordEnd)}'; expected ${SHAPE}` };
  }
  const key = text.slice(start, equals);
  const quote = text[equals + 1];
  if (quote !== '"' && quote !== "'") {
    const end = text.slice(equals + 1).search(/\s/);
    const valueEnd = end < 0 ? text.length : equals + 1 + end;
    return { key, value: text.slice(equals + 1, valueEnd), end: valueEnd };
  }
  let value = "";
  for (let i = equals + 2; i < text.length; i++) {
    const char = text[i];
    if (char === quote) return { key, value, end: i + 1 };
    if (char === "\\" && quote === '"' && i + 1 < text.length) value += text[++i];
    else value += char;
  }
  return { problem: `${key}=${quote} has no closing quote` };
}

// src/policy/configuration/exemptions.ts
var DAY2 = 864e5;
function indexExemptions(inputs) {
  const { model, configuration } = inputs;
  const maxDays = configuration?.maxExemptionDays ?? DEFAULT_MAX_EXEMPTION_DAYS;
  const entries = [];
  const unattached = [];
  for (const entry of configuration?.exemptions ?? []) {
    const base = { ...entry, source: "configuration", label: `${entry.label} in ${configuration?.file ?? ""}` };
    const exemption = withStatus(base, inputs.asOf, maxDays);
    entries.push({ exemption, vms: model.virtualMachines.filter((vm) => matchesResource(entry.resource, vm)) });
  }
  const extents = new BlockExtents(inputs.readLine);
  for (const comment of model.inlineExemptions) {
    const attached = attachInlineExemption(comment, model, inputs.readLine, extents);
    const vms = attached.kind === "vms" ? attached.vms : [];
    const exemption = readInline(comment, vms, inputs, maxDays);
    if (attached.kind === "vms") entries.push({ exemption, vms: [...vms] });
    else unattached.push({ exemption, on: attached.kind === "other" ? describeResource(attached.resource) : void 0 });
  }
  const byVm = /* @__PURE__ */ new Map();
  for (const { exemption, vms } of entries) {
    for (const vm of vms) byVm.set(vm, [...byVm.get(vm) ?? [], exemption]);
  }
  return { entries, unattached, of: (vm) => byVm.get(vm) ?? NO_EXEMPTIONS };
}
var NO_EXEMPTIONS = [];
function describeResource(resource) {
  const kind = resource.kind === "maintenance-configuration" ? "maintenance configuration" : "maintenance assignment";
  return `${kind} '${resource.displayName}'`;
}
function readInline(comment, vms, inputs, maxDays) {
  const parsed = parseInlineExemption(comment.text);
  const names = [...new Set(vms.map((vm) => vm.displayName))].join(", ");
  const base = {
    source: "inline",
    label: `the inline exemption at ${comment.location.file}:${comment.location.line}`,
    resource: names,
    location: comment.location,
    expiresAt: comment.location
  };
  if ("problem" in parsed) {
    return { ...base, rule: "", reason: "", owner: "", expires: "", status: "malformed", problem: parsed.problem };
  }
  const exemption = { ...base, ...parsed.fields };
  const { rule: rule17 } = parsed.fields;
  if (UNEXEMPTABLE_RULES.includes(rule17)) {
    return { ...exemption, status: "malformed", problem: `rule=${rule17} cannot be exempted: fix what it reports` };
  }
  if (rule17 !== "*" && !inputs.ruleIds.includes(rule17)) {
    return { ...exemption, status: "malformed", problem: `rule=${rule17} is not a rule id (${inputs.ruleIds.join(", ")}) or *` };
  }
  return withStatus(exemption, inputs.asOf, maxDays);
}
function withStatus(exemption, asOf, maxDays) {
  const expiry = calendarDay(exemption.expires);
  if (expiry === void 0) {
    return { ...exemption, status: "malformed", problem: `expires=${exemption.expires} is not a date (YYYY-MM-DD)` };
  }
  const today = Math.floor(asOf.getTime() / DAY2);
  if (expiry < today) return { ...exemption, status: "expired" };
  if (expiry - today > maxDays) {
    const evaluated = formatDay2(asOf);
    const problem = `it expires on ${exemption.expires}, ${expiry - today} days after the evaluation date ${evaluated}; exemptions may last at most ${maxDays} days (max-exemption-days)`;
    return { ...exemption, status: "too-long", problem };
  }
  return { ...exemption, status: "active" };
}
function applyExemptions(findings, exemptions) {
  const active = exemptions.filter((exemption) => exemption.status === "active");
  if (active.length === 0) return [...findings];
  return findings.map((finding) => {
    if (UNEXEMPTABLE_RULES.includes(finding.ruleId)) return finding;
    const matching = active.filter((exemption) => exemption.rule === finding.ruleId || exemption.rule === "*").sort((a, b) => Number(b.rule !== "*") - Number(a.rule !== "*") || b.expires.localeCompare(a.expires));
    const chosen = matching[0];
    if (chosen === void 0) return finding;
    const { reason, owner, expires } = chosen;
    return { ...finding, exemption: { reason, owner, expires, source: formatLocation(chosen.location).replace(/:\d+$/, "") } };
  });
}
function recordExemptions(index, findings) {
  const all = [...index.entries, ...index.unattached.map(({ exemption }) => ({ exemption, vms: [] }))];
  return all.map(({ exemption, vms }) => {
    const source = formatLocation(exemption.location).replace(/:\d+$/, "");
    const names = new Set(vms.map((vm) => vm.displayName));
    const exempted = findings.filter(
      (f) => f.exemption?.source === source && names.has(f.resource) && (exemption.rule === "*" || exemption.rule === f.ruleId)
    ).length;
    return { ...exemption, resources: [...names], exempted };
  });
}

// src/policy/configuration/rule-settings.ts
var PLATFORM_REBOOT = {
  accept: "off",
  warn: "warning",
  reject: "error"
};
var UNRESOLVED2 = {
  ignore: "off",
  warn: "warning",
  fail: "error"
};
function ruleSettings(configuration) {
  const settings = /* @__PURE__ */ new Map();
  if (configuration === void 0) return settings;
  if (configuration.platformReboot) settings.set("platform-reboot-only", PLATFORM_REBOOT[configuration.platformReboot]);
  if (configuration.unresolved) settings.set("indeterminate", UNRESOLVED2[configuration.unresolved]);
  for (const [rule17, setting] of configuration.rules) settings.set(rule17, setting);
  return settings;
}
function applyRuleSettings(findings, settings) {
  if (settings.size === 0) return [...findings];
  return findings.flatMap((finding) => {
    const setting = settings.get(finding.ruleId);
    if (setting === void 0) return [finding];
    return setting === "off" ? [] : [{ ...finding, severity: setting }];
  });
}

// src/policy/allowed-values.ts
var MAX_COMBINATIONS = 64;
function assessPinned(vm, assess, model) {
  const original = assess(vm);
  if (original.verdict !== "indeterminate") return original;
  const pinned2 = pinnedFields(vm);
  if (model !== void 0) addPlanFields(original.evidence, pinned2);
  if (pinned2.length === 0) return original;
  const combinations = pinned2.reduce((count, field) => count * choiceCount(field), 1);
  if (combinations > MAX_COMBINATIONS) return original;
  const onPlans = pinned2.some((field) => field.holder !== "vm");
  const outcomes = combine2(pinned2).map((choice) => ({
    choice,
    assessment: assess(withValues(vm, pinned2, choice), onPlans && model !== void 0 ? modelWith(model, pinned2, choice) : void 0)
  }));
  const verdicts = new Set(outcomes.map((outcome) => outcome.assessment.verdict));
  const names = pinned2.map(describeField).join(", ");
  const [first] = outcomes;
  if (verdicts.size === 1 && first !== void 0 && first.assessment.verdict !== "indeterminate") {
    const because2 = `${names} ${pinned2.length === 1 ? "is" : "are"} not known, but every allowed value gives this verdict`;
    const vm2 = { ...first.assessment.vm, image: original.vm.image };
    const same2 = outcomes.every(({ assessment }) => sameList(assessment.reasons, first.assessment.reasons));
    return { ...first.assessment, vm: vm2, reasons: [...same2 ? first.assessment.reasons : original.reasons, because2] };
  }
  const decide = outcomes.map(({ choice, assessment }) => `${choice.map((value) => JSON.stringify(value)).join(", ")} \u2192 ${assessment.verdict}`);
  const because = `the allowed values of ${names} decide: ${decide.join("; ")}`;
  const deciding = original.unresolved.findIndex((input) => pinned2.some((field) => field.field === input.field && sameLocation2(field.sourced.location, input.location)));
  const unresolved = original.unresolved.map(
    (input, index) => index === deciding ? { ...input, reason: `${input.reason}; its allowed values decide: ${decide.join("; ")}` } : input
  );
  return { ...original, reasons: [...original.reasons, because], unresolved };
}
function pinnedFields(vm) {
  const pinned2 = [];
  addPinned(vm, "", pinned2);
  addPinned(vm.image, "image.", pinned2);
  return pinned2;
}
function addPinned(record, prefix, pinned2) {
  for (const key in record) {
    const value = record[key];
    if (typeof value !== "object" || value === null) continue;
    if (value.origin !== "unresolved" || !("location" in value)) continue;
    const sourced = value;
    if (sourced.allowed !== void 0 && sourced.allowed.length > 0) {
      const path = prefix === "" ? [key] : [prefix.slice(0, -1), key];
      pinned2.push({ field: `${prefix}${key}`, holder: "vm", path, sourced, allowed: sourced.allowed, list: false });
    }
  }
}
var CONFIGURATION_FIELDS = [
  { field: "maintenanceConfiguration.maintenanceScope", path: ["maintenanceScope"] },
  { field: "maintenanceConfiguration.rebootSetting", path: ["rebootSetting"] },
  { field: "maintenanceConfiguration.excludeKbsRequiringReboot", path: ["excludeKbsRequiringReboot"] },
  { field: "maintenanceConfiguration.classificationsToInclude", path: ["classificationsToInclude"], list: true },
  { field: "maintenanceConfiguration.kbNumbersToInclude", path: ["kbNumbersToInclude"], list: true },
  { field: "maintenanceConfiguration.inGuestPatchMode", path: ["inGuestPatchMode"] },
  ...["startDateTime", "expirationDateTime", "duration", "timeZone", "recurEvery"].map((key) => ({
    field: `maintenanceConfiguration.window.${key}`,
    path: ["window", key]
  }))
];
var FILTER_FIELDS = [
  ...["resourceTypes", "resourceGroups", "locations", "osTypes"].map((key) => ({
    field: `filter.${key}`,
    path: ["filter", key],
    list: true
  })),
  { field: "filter.tagOperator", path: ["filter", "tagOperator"] }
];
function addPlanFields(evidence, pinned2) {
  const seen = /* @__PURE__ */ new Set();
  const add = (holder, fields) => {
    if (seen.has(holder)) return;
    seen.add(holder);
    for (const { field, path, list } of fields) {
      const sourced = valueAt(holder, path);
      if (sourced?.origin !== "unresolved" || sourced.allowed === void 0 || sourced.allowed.length === 0) continue;
      pinned2.push({ field, holder, path, sourced, allowed: sourced.allowed, list: list === true });
    }
  };
  for (const { configuration, assignment } of evidence) {
    if (configuration !== void 0) add(configuration, CONFIGURATION_FIELDS);
    if (assignment.filter !== void 0) add(assignment, FILTER_FIELDS);
  }
}
function valueAt(holder, path) {
  let value = holder;
  for (const key of path) value = typeof value === "object" && value !== null ? value[key] : void 0;
  return typeof value === "object" && value !== null && "origin" in value ? value : void 0;
}
var choiceCount = (field) => field.list ? 2 ** field.allowed.length : field.allowed.length;
function choicesOf(field) {
  if (!field.list) return [...field.allowed];
  return Array.from({ length: choiceCount(field) }, (_, mask) => field.allowed.filter((_2, bit) => (mask & 1 << bit) !== 0));
}
function combine2(pinned2) {
  return pinned2.reduce((acc, field) => acc.flatMap((prefix) => choicesOf(field).map((value) => [...prefix, value])), [[]]);
}
function triedValue({ field, sourced }, choice) {
  return {
    value: choice,
    origin: "default",
    location: sourced.location,
    detail: `${sourced.detail ?? field}: allowed values`,
    ...sourced.via === void 0 ? {} : { via: sourced.via }
  };
}
function withValues(vm, pinned2, choice) {
  let image = vm.image;
  let result = vm;
  pinned2.forEach((field, index) => {
    if (field.holder !== "vm") return;
    const value = triedValue(field, choice[index]);
    const [first, second] = field.path;
    if (second !== void 0) image = { ...image, [second]: value };
    else result = { ...result, [first]: value };
  });
  return { ...result, image };
}
var TRIED = /* @__PURE__ */ new WeakMap();
var IDS = /* @__PURE__ */ new WeakMap();
var nextId = 0;
var idOf = (resource) => {
  let id = IDS.get(resource);
  if (id === void 0) IDS.set(resource, id = nextId++);
  return id;
};
function modelWith(model, pinned2, choice) {
  const tried = pinned2.flatMap((field, index) => field.holder === "vm" ? [] : [{ field, holder: field.holder, choice: choice[index] }]);
  const key = tried.map(({ field, holder, choice: choice2 }) => `${idOf(holder)} ${field.path.join(".")} ${JSON.stringify(choice2)}`).join("\n");
  let byKey = TRIED.get(model);
  if (byKey === void 0) TRIED.set(model, byKey = /* @__PURE__ */ new Map());
  const known = byKey.get(key);
  if (known !== void 0) return known;
  const replaced = /* @__PURE__ */ new Map();
  for (const { field, holder, choice: choice2 } of tried) {
    replaced.set(holder, withValueAt(replaced.get(holder) ?? holder, field.path, triedValue(field, choice2)));
  }
  const swap = (resource) => replaced.get(resource) ?? resource;
  const result = {
    ...model,
    maintenanceConfigurations: model.maintenanceConfigurations.map(swap),
    maintenanceAssignments: model.maintenanceAssignments.map(swap)
  };
  byKey.set(key, result);
  return result;
}
function withValueAt(record, path, value) {
  const [key, ...rest] = path;
  const inner = rest.length === 0 ? value : withValueAt(record[key], rest, value);
  return { ...record, [key]: inner };
}
function releasePinnedModels(model) {
  TRIED.delete(model);
}
var sameList = (a, b) => a.length === b.length && a.every((item, index) => item === b[index]);
var sameLocation2 = (a, b) => a.file === b.file && a.line === b.line && a.column === b.column;
var describeField = ({ field, sourced }) => `${field}${sourced.detail === void 0 ? "" : ` ('${sourced.detail}')`}`;

// src/policy/hotpatch.ts
function assessHotpatch(vm, advisories, hotpatchDefault) {
  if (vm.kind === "arc-machine") return assessArcHotpatch(vm, advisories);
  const { candidates, unresolved: imageUnresolved } = findHotpatchCandidates(vm.image, advisories);
  const reasons = [];
  let unresolved;
  for (let s = 0; s < STEPS.length; s++) {
    const step = STEPS[s](vm, candidates, imageUnresolved, hotpatchDefault);
    if (step.state === "fail") {
      reasons.unshift(step.reason);
      return { affected: "no", reasons, unresolved: NONE2, match: void 0 };
    }
    if (step.reason !== void 0) reasons.push(step.reason);
    if (step.unresolved !== void 0 && step.unresolved.length > 0) (unresolved ??= []).push(...step.unresolved);
  }
  if (unresolved === void 0) return { affected: "yes", reasons, unresolved: NONE2, match: candidates[0] };
  if (candidates.length > 1) return { affected: "unknown", reasons, unresolved, match: candidates[0], candidates };
  return { affected: "unknown", reasons, unresolved, match: candidates[0] };
}
var STEPS = [
  (vm) => resourceTypeStep(vm),
  (vm) => deployedStep(vm),
  (vm) => orchestrationStep(vm),
  (vm) => osTypeStep(vm),
  (vm) => customImageStep(vm),
  (vm, candidates, imageUnresolved) => imageStep(vm, candidates, imageUnresolved),
  (vm, candidates, _, hotpatchDefault) => hotpatchFlagStep(vm, candidates, hotpatchDefault)
];
var NONE2 = [];
var PASSED = { state: "pass" };
var pass = (reason) => reason === void 0 ? PASSED : { state: "pass", reason };
var fail = (reason) => ({ state: "fail", reason });
var unknown = (...unresolved) => ({ state: "unknown", unresolved });
function resourceTypeStep(vm) {
  return vm.canHotpatch ? pass() : fail("its resource type cannot enable hotpatching");
}
function deployedStep({ deployed }) {
  if (deployed.value === false) return fail(`it is not deployed (the condition or loop count at ${at(deployed.location)})`);
  if (deployed.origin === "unresolved") {
    return pass(`its deployment condition could not be evaluated (${at(deployed.location)}); assuming it is deployed`);
  }
  return pass();
}
function orchestrationStep({ kind, orchestrationMode: mode }) {
  if (kind !== "scale-set") return pass();
  if (mode.origin === "unresolved") return unknown(unresolvedInput("orchestrationMode", mode));
  if (!isKnown(mode)) return pass("orchestrationMode is not set; a scale set on a hotpatch image deploys only as Flexible");
  const where = mode.origin === "provider-default" && mode.detail !== void 0 ? `${mode.detail}, ${at(mode.location)}` : describeOrigin(mode);
  if (mode.value.toLowerCase() === "flexible") return pass(`orchestrationMode is Flexible (${where})`);
  return fail(`orchestrationMode is ${mode.value} (${where}); hotpatching needs Flexible orchestration`);
}
function osTypeStep({ osType: os }) {
  if (os.value === "Linux") return fail(`it runs Linux (${describeOrigin(os)})`);
  return os.origin === "unresolved" ? unknown(unresolvedInput("osType", os)) : pass();
}
function customImageStep({ image }) {
  const id = image.customImageId;
  if (isKnown(id) && id.value !== "") {
    return fail(`it uses a custom or gallery image (${describeOrigin(id)}); hotpatching needs a Marketplace image`);
  }
  return id.origin === "unresolved" ? unknown(unresolvedInput("image.customImageId", id)) : pass();
}
function imageStep(vm, candidates, unresolved) {
  const name = imageName(vm.image);
  if (candidates.length === 0) {
    const { publisher, offer, sku } = vm.image;
    const written = publisher.origin !== "absent" || offer.origin !== "absent" || sku.origin !== "absent";
    return fail(written ? `image ${name} is not hotpatch-capable` : "it names no Marketplace image (no publisher, offer or SKU is written)");
  }
  if (unresolved.length > 0) return { state: "unknown", reason: `image ${name} may be hotpatch-capable`, unresolved };
  const image = candidates[0].image;
  return pass(`image ${name} is hotpatch-capable (${image.os}${image.preview ? ", preview offer" : ""})`);
}
function hotpatchFlagStep(vm, candidates, hotpatchDefault) {
  const flag = vm.enableHotpatching;
  if (flag.origin === "unresolved") return unknown(unresolvedInput("enableHotpatching", flag));
  if (!isUnset(flag)) {
    const reason2 = `enableHotpatching is ${String(flag.value)} (${describeOrigin(flag)})`;
    return flag.value === true ? pass(reason2) : fail(reason2);
  }
  if (flag.origin === "provider-default" && flag.value === false) return fail("enableHotpatching is not set (off by default)");
  if (hotpatchDefault === "off" || !candidates.some((match2) => match2.image.hotpatchOnByDefault)) {
    return fail("enableHotpatching is not set (off by default)");
  }
  if (hotpatchDefault === "on") {
    return pass("enableHotpatching is not set; hotpatch is on by default on this image (hotpatch-default: on)");
  }
  const which = candidates.every((match2) => match2.image.hotpatchOnByDefault) ? "this image" : "some of the images it may be";
  const reason = `not set, and hotpatch is on by default on ${which} (hotpatch-default: unknown): set enableHotpatching on the VM, or hotpatch-default in the configuration`;
  return unknown({ field: "enableHotpatching", reason, location: flag.location });
}

// src/policy/verdict.ts
var ARC_HONOURED = "an Arc-enabled server needs no Customer Managed Schedules settings, so the window is honoured";
var HONOURED2 = "patchMode is AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule is true, so the window is honoured";
function decision(verdict, reasons, unresolved = []) {
  return { verdict, reasons, unresolved };
}
function decideVerdict2({ vm, hotpatch, plans, schedule }) {
  if (hotpatch.affected === "no") return decision("not-affected", []);
  const reasons = plans.evidence.map((e) => e.detail);
  if (plans.brokenIfApplied !== void 0) for (const broken of plans.brokenIfApplied) reasons.push(broken.detail);
  if (reasons.length === 0) reasons.push("no maintenance configuration is assigned");
  const ignored = ignoredRebootSetting(vm);
  if (ignored !== void 0) reasons.push(ignored);
  const reboot = ignored === void 0 ? vmRebootBehaviour(vm) : NOT_SET;
  const neverOnVm = "behaviour" in reboot && reboot.behaviour === "Never";
  if (hotpatch.affected === "unknown") {
    const planApplies = plans.evidence.some((e) => e.status === "valid") && schedule.state === "yes";
    if (planApplies && "behaviour" in reboot && !neverOnVm) {
      const maybe = "it may be affected, and a reboot plan applies either way";
      return decision("affected-with-plan", [...reasons, maybe], hotpatch.unresolved);
    }
    return decision("indeterminate", reasons, [...hotpatch.unresolved, ...plans.unresolved]);
  }
  if (neverOnVm) {
    const { value } = vm.rebootSetting;
    const setting = `rebootSetting is ${String(value)} on the ${nounOf(vm)} (${describeOrigin(vm.rebootSetting)})`;
    const precedence = `${setting}, which takes precedence over maintenance configurations`;
    return decision("affected-reboot-blocked", [...reasons, precedence]);
  }
  const statuses = new Set(plans.evidence.map((e) => e.status));
  const certain = failsWhateverResolves(plans, schedule);
  if ("unresolved" in reboot && !certain) return decision("indeterminate", reasons, [reboot.unresolved]);
  if (statuses.has("valid")) {
    if (schedule.state === "yes") return decision("affected-with-plan", [...reasons, vm.kind === "arc-machine" ? ARC_HONOURED : HONOURED2]);
    if (schedule.state === "unknown") return decision("indeterminate", reasons, schedule.unresolved);
    reasons.push(`the window is not honoured: ${schedule.problems.map((p) => p.text).join("; ")}`);
  }
  if (statuses.has("unverifiable") && !certain) return decision("indeterminate", reasons, plans.unresolved);
  if (statuses.has("reboot-blocked")) return decision("affected-reboot-blocked", reasons);
  if (certain) return brokenWindows2(vm, reboot, reasons, plans, schedule);
  const behaviour = "behaviour" in reboot ? reboot.behaviour : void 0;
  if (behaviour === "IfRequired" || behaviour === "Always") return platformReboot(vm, behaviour, reasons);
  const unset = behaviour === "unset" ? unsetRebootSetting(vm) : void 0;
  return decision("affected-no-plan", unset === void 0 ? reasons : [...reasons, unset]);
}
function unsetRebootSetting(vm) {
  if (vm.kind === "arc-machine" || rebootSettingApplies(vm.patchMode) !== "yes" || vm.bypassPlatformSafetyChecksOnUserSchedule.value === true) return void 0;
  return `rebootSetting is not set on the ${nounOf(vm)} (${at(vm.rebootSetting.location)}): with no IfRequired or Always written, nothing in the manifests says the platform reboots it (the compute API documents no default)`;
}
var FAILING_WINDOW = /* @__PURE__ */ new Set(["expired", "misses-baseline", "malformed-window", "reboot-blocked"]);
function failsWhateverResolves(plans, schedule) {
  const statuses = new Set(plans.evidence.map((e) => e.status));
  const unhonoured = statuses.has("valid") && schedule.state === "no";
  const failing = unhonoured || plans.evidence.some((e) => FAILING_WINDOW.has(e.status));
  if (!failing || schedule.state === "yes" && statuses.has("valid")) return false;
  const mayWork = schedule.state !== "no" && (statuses.has("unverifiable") || statuses.has("valid"));
  return !mayWork;
}
function brokenWindows2(vm, reboot, reasons, plans, schedule) {
  const open = [..."unresolved" in reboot ? [reboot.unresolved] : [], ...plans.unresolved];
  const whatever = open.length === 0 ? [] : [`${[...new Set(open.map((input) => input.field))].join(", ")} could not be resolved (${open.map((input) => at(input.location)).join(", ")}), but no value gives the ${nounOf(vm)} a window that reboots it in time`];
  if (!("behaviour" in reboot) || reboot.behaviour !== "IfRequired" && reboot.behaviour !== "Always") {
    return decision("affected-no-plan", [...reasons, ...whatever]);
  }
  if (vm.bypassPlatformSafetyChecksOnUserSchedule.value === true) return platformReboot(vm, reboot.behaviour, [...reasons, ...whatever]);
  const unhonoured = schedule.state === "no" && plans.evidence.some((e) => e.status === "valid");
  const why = unhonoured ? "the window is not honoured" : "no window reboots it in time";
  return decision("affected-no-plan", [...reasons, ...whatever, platformPicksTime(vm, reboot.behaviour, why)]);
}
var platformPicksTime = (vm, behaviour, why) => `rebootSetting is ${behaviour} on the ${nounOf(vm)} (${at(vm.rebootSetting.location)}): ${why}, so the platform picks the time it reboots the ${nounOf(vm)}, not a planned window`;
var NOT_SET = { behaviour: "unset" };
function ignoredRebootSetting(vm) {
  const { rebootSetting: setting, patchMode } = vm;
  if (isUnset(setting) || rebootSettingApplies(patchMode) !== "no") return void 0;
  const mode = isUnset(patchMode) ? `patchMode is not set (${patchMode.value ?? "AutomaticByOS"} by default)` : `patchMode is ${String(patchMode.value)} (${describeOrigin(patchMode)})`;
  const written = setting.origin === "unresolved" ? `rebootSetting on the ${nounOf(vm)} could not be resolved (${at(setting.location)}), but whatever its value it does not apply` : `rebootSetting is ${String(setting.value)} on the ${nounOf(vm)} (${at(setting.location)}), but it does not apply`;
  return `${written}: ${mode}, and Azure applies rebootSetting only to AutomaticByPlatform patch installations`;
}
function vmRebootBehaviour({ rebootSetting: setting }) {
  if (setting.origin === "unresolved") return { unresolved: unresolvedInput("rebootSetting", setting) };
  if (setting.value === void 0) return { behaviour: "unset" };
  const behaviour = normaliseRebootSetting(setting.value);
  if (behaviour === void 0) {
    const reason = `'${setting.value}' is not a reboot setting (IfRequired, Never or Always)`;
    return { unresolved: { field: "rebootSetting", reason, location: setting.location } };
  }
  return { behaviour: behaviour === "Unknown" ? "unset" : behaviour };
}
function platformReboot(vm, reboot, reasons) {
  const bypass = vm.bypassPlatformSafetyChecksOnUserSchedule;
  const setting = `rebootSetting is ${reboot} on the ${nounOf(vm)} (${at(vm.rebootSetting.location)})`;
  if (bypass.origin === "unresolved") {
    return decision("indeterminate", reasons, [unresolvedInput("bypassPlatformSafetyChecksOnUserSchedule", bypass)]);
  }
  if (bypass.value === true) {
    const waits = `${setting}, but with bypassPlatformSafetyChecksOnUserSchedule true the platform only patches it in a maintenance window`;
    return decision("affected-no-plan", [...reasons, waits]);
  }
  if (rebootSettingApplies(vm.patchMode) === "unknown") return decision("indeterminate", reasons, [unresolvedInput("patchMode", vm.patchMode)]);
  const platform = `${setting}: the platform reboots it when an update needs it, at a time Azure chooses`;
  return decision("affected-platform-reboot", [...reasons, platform]);
}

// src/policy/assess.ts
function assessVirtualMachine(vm, model, context, planSources3) {
  return assessPinned(vm, (candidate, tried) => assessOnce(candidate, tried ?? model, context, planSources3), model);
}
function assessOnce(vm, model, context, planSources3) {
  const hotpatch = assessHotpatch(vm, context.advisories, context.hotpatchDefault);
  const calendar = calendarOf(hotpatch, context);
  let evidence;
  let unresolved;
  let declared;
  let broken;
  for (let s = 0; s < planSources3.length; s++) {
    const collection = planSources3[s](vm, model, context.asOf, calendar);
    if (collection.evidence.length > 0) (evidence ??= []).push(...collection.evidence);
    if (collection.unresolved.length > 0) (unresolved ??= []).push(...collection.unresolved);
    if (collection.declared !== void 0 && collection.declared.length > 0) (declared ??= []).push(...collection.declared);
    if (collection.brokenIfApplied !== void 0) (broken ??= []).push(...collection.brokenIfApplied);
  }
  const plans = { evidence: evidence ?? NONE3, unresolved: unresolved ?? NONE3, ...broken && { brokenIfApplied: broken } };
  const schedule = checkCustomerManagedSchedule(vm);
  const decision2 = withDeclaredPlans(decideVerdict2({ vm, hotpatch, plans, schedule }), declared ?? NONE3, vm, hotpatch.unresolved);
  const open = distinctInputs(decision2.unresolved);
  return {
    vm,
    verdict: decision2.verdict,
    reasons: reasonsOf(hotpatch.reasons, decision2.reasons, open),
    affected: hotpatch.affected,
    advisory: hotpatch.affected === "no" ? void 0 : hotpatch.match?.advisory,
    evidence: exactLength(plans.evidence),
    customerManagedSchedule: schedule.state === "yes",
    unresolved: exactLength(open),
    ...declared !== void 0 && { declaredPlans: exactLength(declared) },
    ...broken !== void 0 && { brokenIfApplied: exactLength(broken) }
  };
}
var NONE3 = [];
function calendarOf(hotpatch, context) {
  const months = (hotpatch.match?.advisory ?? context.advisories[0])?.baselineMonths;
  if (months === void 0) return void 0;
  const images = hotpatch.candidates ?? (hotpatch.match === void 0 ? NONE3 : [hotpatch.match]);
  return rebootCalendar(context.advisories, images, months, context.asOf);
}
function reasonsOf(affectedness, verdict, unresolved) {
  const reasons = new Array(affectedness.length + verdict.length + unresolved.length);
  let n = 0;
  for (let i = 0; i < affectedness.length; i++) reasons[n++] = sharedText(affectedness[i]);
  for (let i = 0; i < verdict.length; i++) reasons[n++] = sharedText(verdict[i]);
  for (let i = 0; i < unresolved.length; i++) {
    const input = unresolved[i];
    reasons[n++] = sharedText(`${input.field} could not be resolved (${at(input.location)}): ${input.reason}`);
  }
  return reasons;
}
function distinctInputs(inputs) {
  if (inputs.length < 2) return inputs;
  const seen = /* @__PURE__ */ new Set();
  return inputs.filter((input) => {
    const key = `${input.field}\0${at(input.location)}\0${input.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var ANSWERED_BY_DECLARED_PLAN = /* @__PURE__ */ new Set(["affected-no-plan", "affected-platform-reboot", "indeterminate"]);
function withDeclaredPlans(decision2, declared, vm, affectedness) {
  if (declared.length === 0 || decision2.verdict === "not-affected") return decision2;
  const rejected = declared.flatMap((plan2) => {
    const why = plan2.problem?.text ?? (missesItsReboots(plan2) ? plan2.timing?.detail : void 0);
    return why === void 0 ? [] : [`the reboot plan declared in ${plan2.label} does not count: ${why}`];
  });
  const valid = declared.find(countsAsPlan);
  const reasons = [...decision2.reasons, ...rejected];
  const behaviour = vm.rebootSetting.value === void 0 ? void 0 : normaliseRebootSetting(vm.rebootSetting.value);
  if (valid === void 0) {
    const platform = decision2.verdict === "affected-platform-reboot" && (behaviour === "IfRequired" || behaviour === "Always");
    if (!platform || !declared.some(missesItsReboots)) return { ...decision2, reasons };
    return { ...decision2, verdict: "affected-no-plan", reasons: [...reasons, platformPicksTime(vm, behaviour, "no window reboots it in time")] };
  }
  if (behaviour === "Never" || !ANSWERED_BY_DECLARED_PLAN.has(decision2.verdict)) return { ...decision2, reasons };
  const owner = `owner ${valid.owner ?? "?"}${valid.ticket === void 0 ? "" : `, ticket ${valid.ticket}`}`;
  const plan = `a reboot plan is declared in ${valid.label} (${at(valid.location)}): window ${valid.window}, ${owner}; the schedule lives outside the scanned files, so the declaration stands for it`;
  return { verdict: "affected-with-plan", reasons: [...reasons, plan], unresolved: affectedness };
}

// src/policy/final-verdict.ts
var FAILING_VERDICTS = /* @__PURE__ */ new Set(["affected-no-plan", "affected-reboot-blocked"]);
var failsRun = (finding) => finding.severity === "error" && finding.exemption === void 0;
function agrees(verdict, failingRules) {
  if (failingRules.length === 0 || FAILING_VERDICTS.has(verdict)) return true;
  return verdict === "indeterminate" && failingRules.every((rule17) => rule17 === INDETERMINATE_RULE);
}
var INDETERMINATE_RULE = "indeterminate";
var REBOOT_BLOCKED_RULE = "reboot-blocked";
function finalVerdict(assessment, findings) {
  if (findings.length === 0) return assessment;
  const rules2 = [
    ...new Set(
      findings.filter((f) => f.subject.kind === "resource" && f.subject.instance === assessment.vm && failsRun(f)).map((f) => f.ruleId)
    )
  ].sort();
  if (agrees(assessment.verdict, rules2)) return assessment;
  const verdict = rules2.includes(REBOOT_BLOCKED_RULE) ? "affected-reboot-blocked" : "affected-no-plan";
  const names = rules2.join(", ");
  const reason = `${names} ${rules2.length === 1 ? "is an error" : "are errors"} on it in this configuration, so it needs action`;
  return { ...assessment, verdict, reasons: [...assessment.reasons, reason] };
}

// src/policy/identity-scope.ts
function identityScopes(vms) {
  const labels = /* @__PURE__ */ new Map();
  for (const group of sharingKeys(vms)) {
    const byNamespace = varies(group, namespaceOf);
    const byGroup = varies(group, resourceGroupOf2);
    for (const vm of group) {
      const parts = [
        ...byNamespace ? labelled("namespace", namespaceOf(vm)) : [],
        ...byGroup ? labelled("resourceGroup", resourceGroupOf2(vm)) : []
      ];
      if (parts.length > 0) labels.set(vm, parts.join(","));
    }
  }
  return labels;
}
function sharingKeys(vms) {
  const byHandle = /* @__PURE__ */ new Map();
  for (let v = 0; v < vms.length; v++) {
    const vm = vms[v];
    const handle = (vm.identity.name ?? vm.identity.symbol ?? "?").toLowerCase();
    const known = byHandle.get(handle);
    if (known === void 0) byHandle.set(handle, vm);
    else if (Array.isArray(known)) known.push(vm);
    else byHandle.set(handle, [known, vm]);
  }
  const groups = [];
  for (const candidates of byHandle.values()) {
    if (!Array.isArray(candidates)) continue;
    for (const group of groupBy(candidates, (vm) => resourceKey(vm)).values()) if (group.length > 1) groups.push(group);
  }
  return groups;
}
var labelled = (name, value) => value === void 0 ? [] : [`${name}=${value}`];
function varies(group, part) {
  const first = part(group[0]);
  return group.some((vm) => part(vm) !== first);
}
function namespaceOf(vm) {
  const unit = vm.unit?.value;
  return unit?.kind === "kubernetes-namespace" ? unit.key.slice(unit.key.indexOf(":") + 1) : void 0;
}
function resourceGroupOf2(vm) {
  const group = vm.identity.resourceGroup ?? vm.scope?.resourceGroup.value;
  return group?.toLowerCase();
}

// src/policy/findings.ts
import { createHash } from "node:crypto";
function fingerprint(ruleId, identity, index = 0) {
  const parts = [ruleId, ...identity, ...index === 0 ? [] : [String(index)]];
  return createHash("sha256").update(parts.join("\n")).digest().toString("hex", 0, 8);
}
var vmIdentity = (vm, repositoryFolder, scope) => scope === void 0 ? [identityKey(vm.identity, unitFolder(vm, repositoryFolder)), vm.variant] : [identityKey(vm.identity, unitFolder(vm, repositoryFolder)), vm.variant, scope];
var fingerprintOf = (ruleId, vm, index = 0, repositoryFolder = "", scope) => fingerprint(ruleId, vmIdentity(vm, repositoryFolder, scope), index);
function runRules(rules2, context, assessment, repositoryFolder = "") {
  const ruleContext = {
    assessment,
    model: context.model,
    asOf: context.asOf,
    advisories: context.advisories,
    readLine: context.readLine
  };
  const findings = [];
  for (let r = 0; r < rules2.length; r++) {
    const rule17 = rules2[r];
    const outcome = rule17.check(ruleContext);
    if (outcome.outcome !== "fail") continue;
    const { reports } = outcome;
    for (let index = 0; index < reports.length; index++) {
      findings.push(findingOf(rule17, reports[index], index, assessment, repositoryFolder));
    }
  }
  return findings;
}
function findingOf(rule17, report3, index, assessment, repositoryFolder) {
  const { vm } = assessment;
  const location2 = report3.location ?? vm.reportAt;
  if (report3.about !== void 0) {
    const named = { file: vm.reportAt.file, startLine: vm.reportAt.line, role: report3.about.resourceRole };
    return toFinding(rule17, report3, {
      location: location2,
      resource: vm.displayName,
      subject: WORKSPACE_SUBJECT,
      fingerprint: fingerprint(rule17.meta.id, [...report3.about.identity, ...vmIdentity(vm, repositoryFolder, assessment.identityScope)]),
      related: [named],
      advisoryId: report3.advisoryId
    });
  }
  return toFinding(rule17, report3, {
    location: location2,
    resource: vm.displayName,
    subject: resourceSubject(vm, assessment.identityScope),
    fingerprint: fingerprintOf(rule17.meta.id, vm, index, repositoryFolder, assessment.identityScope),
    related: vm.related.concat(causesOf(assessment, location2)),
    advisoryId: report3.advisoryId ?? assessment.advisory?.id
  });
}
function runWorkspaceRules(rules2, context) {
  return rules2.flatMap(
    (rule17) => (rule17.checkWorkspace?.(context) ?? []).map((report3) => {
      const finding = toFinding(rule17, report3, {
        location: report3.location,
        resource: report3.name,
        subject: WORKSPACE_SUBJECT,
        fingerprint: fingerprint(rule17.meta.id, report3.identity),
        related: report3.related ?? [],
        advisoryId: report3.advisoryId
      });
      return report3.severity === void 0 ? finding : { ...finding, severity: report3.severity };
    })
  );
}
function toFinding(rule17, report3, placement) {
  const template = rule17.meta.messages[report3.messageId];
  if (template === void 0) throw new Error(`rule ${rule17.meta.id} reported undeclared message '${report3.messageId}'`);
  const { advisoryId, ...placed } = placement;
  return {
    ruleId: rule17.meta.id,
    severity: rule17.meta.severity,
    message: formatMessage(template, report3.data),
    ...placed,
    docsUrl: rule17.meta.docsUrl,
    ...advisoryId === void 0 ? {} : { advisoryId },
    ...report3.fix === void 0 ? {} : { fix: report3.fix }
  };
}
function causesOf({ vm, affected }, findingAt) {
  if (affected === "no") return [];
  const values = [vm.enableHotpatching, vm.image.sku];
  const seen = /* @__PURE__ */ new Set([`${findingAt.file}:${findingAt.line}`]);
  const causes = [];
  for (let v = 0; v < values.length; v++) {
    const value = values[v];
    if (value.origin === "absent" || value.origin === "provider-default") continue;
    addCause(value.location, seen, causes);
    const via = value.via;
    if (via !== void 0) for (let i = 0; i < via.length; i++) addCause(via[i], seen, causes);
  }
  return causes;
}
function addCause(at2, seen, causes) {
  const key = `${at2.file}:${at2.line}`;
  if (seen.has(key)) return;
  seen.add(key);
  causes.push({ file: at2.file, startLine: at2.line, role: "cause" });
}

// src/policy/evaluate.ts
function planSources2(configuration) {
  return [collectPlanEvidence, declaredPlanSource(configuration)];
}
function evaluatePolicy(model, options) {
  return withoutOptimizingCompiler(model.virtualMachines.length, () => evaluate(model, options));
}
function evaluate(model, options) {
  const { configuration } = options;
  const context = {
    asOf: options.asOf,
    advisories: inForceFirst(options.advisories ?? getBuiltInAdvisories(), options.asOf),
    hotpatchDefault: options.hotpatchDefault ?? configuration?.hotpatchDefault ?? "unknown"
  };
  const ruleIds = rules.map((rule17) => rule17.meta.id);
  const exemptions = indexExemptions({ model, configuration, asOf: options.asOf, ruleIds, readLine: options.readLine });
  const sources = planSources2(configuration);
  const scopes = identityScopes(model.virtualMachines);
  const ruleContext = { model, asOf: context.asOf, advisories: context.advisories, readLine: options.readLine };
  const rules2 = options.rules ?? rules;
  const settings = ruleSettings(configuration);
  const sink = options.settle?.(model);
  const kept = [];
  const findings = [];
  const vms = model.virtualMachines;
  for (let v = 0; v < vms.length; v++) {
    const vm = vms[v];
    const assessment = withIdentityScope(withExemptions(assessVirtualMachine(vm, model, context, sources), exemptions.of(vm)), scopes.get(vm));
    const own = postProcess(runRules(rules2, ruleContext, assessment, options.repositoryFolder), assessment, settings);
    const settled = finalVerdict(assessment, own);
    for (let f = 0; f < own.length; f++) findings.push(own[f]);
    if (sink === void 0) kept.push(settled);
    else sink.add(settled, own.some((finding) => finding.subject.kind === "resource" && finding.subject.instance === settled.vm));
  }
  const workspaceContext = { model, asOf: context.asOf, unattachedExemptions: exemptions.unattached };
  findings.push(...applyRuleSettings(runWorkspaceRules(rules2, workspaceContext), settings));
  const records = recordExemptions(exemptions, findings);
  releasePlanIndex(model);
  releasePinnedModels(model);
  releaseScheduleChecks();
  releaseWindowChecks();
  releaseDeclaredWindowTimings();
  return { assessments: kept, findings, ...records.length > 0 && { exemptions: records } };
}
function postProcess(findings, assessment, settings) {
  if (findings.length === 0) return findings;
  return applyExemptions(applyRuleSettings(findings, settings), assessment.exemptions ?? []);
}
function withExemptions(assessment, exemptions) {
  return exemptions.length === 0 ? assessment : { ...assessment, exemptions };
}
function withIdentityScope(assessment, identityScope) {
  return identityScope === void 0 ? assessment : { ...assessment, identityScope };
}
function inForceFirst(advisories, asOf) {
  if (advisories.length < 2) return advisories;
  const today = dayOf(asOf);
  const start = (advisory) => parseDay(advisory.disruption.start) ?? Infinity;
  const inForce = (advisory) => start(advisory) <= today && today <= (parseDay(advisory.disruption.end) ?? -Infinity);
  const current = advisories.filter(inForce).sort((a, b) => start(b) - start(a));
  return [...current, ...advisories.filter((advisory) => !inForce(advisory))];
}

// src/policy/repository-folder.ts
import { existsSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
var MAX_DEPTH2 = 64;
function repositoryFolderOf(root) {
  let folder = root;
  for (let depth2 = 0; depth2 < MAX_DEPTH2; depth2++) {
    if (existsSync(join(folder, ".git"))) return relative(folder, root).split(sep).join("/");
    const parent = dirname(folder);
    if (parent === folder) return "";
    folder = parent;
  }
  return "";
}

// src/scan/classify-parse-errors.ts
var VALUES_FILE = /\.tf$|\.tfvars(?:\.json)?$|\.bicepparam$|(?:^|\/)Pulumi\.[^/]+\.ya?ml$|(?:^|\/)terragrunt\.hcl$/i;
var HOTPATCH_SIGNAL_WORDS = /hotpatch|datacenter-azure-edition/i;
var FOLDER_FILES = 256;
var isValuesFile = (path) => VALUES_FILE.test(path) || PARAMETER_FILE_NAME.test(path.slice(path.lastIndexOf("/") + 1));
function fedBy(path) {
  if (/\.tf(?:vars(?:\.json)?)?$/i.test(path)) return /\.tf$/i;
  if (/(?:^|\/)Pulumi\.[^/]+\.ya?ml$/i.test(path)) return /(?:^|\/)Pulumi\.ya?ml$/i;
  return /\.(?:json|jsonc|bicep)$/i;
}
function classifyParseErrors(errors, workspace) {
  const verdicts = /* @__PURE__ */ new Map();
  const declares = (path) => {
    let known = verdicts.get(path);
    if (known === void 0) {
      const file = workspace.get(path);
      known = file === void 0 ? false : mayDeclarePolicyInput(file.absolutePath);
      verdicts.set(path, known);
    }
    return known;
  };
  const mayMatter = (path) => declares(path) || isValuesFile(path) && (feedsAnything(path, workspace, declares) || mayCarrySignal(path, workspace));
  return errors.map((error) => {
    if (error.kind === "not-evaluated") return error;
    const skippedForSize = isSkippedForSize(error, workspace);
    if (error.severity !== "error" && !skippedForSize) return error;
    if (mayMatter(error.file)) return { ...error, severity: "error", kind: "unreadable-manifest" };
    return skippedForSize ? { ...error, severity: "notice", kind: "file-skipped" } : error;
  });
}
function isSkippedForSize(error, workspace) {
  if (error.line !== 1 || error.column !== 1) return false;
  const size = workspace.get(error.file)?.size ?? 0;
  return size > MAX_FILE_BYTES && error.message === sizeLimitMessage(size);
}
function mayCarrySignal(path, workspace) {
  const file = workspace.get(path);
  return file !== void 0 && fileHolds(file.absolutePath, HOTPATCH_SIGNAL_WORDS);
}
function feedsAnything(path, workspace, declares) {
  const slash = path.lastIndexOf("/");
  const folder = slash < 0 ? "" : path.slice(0, slash);
  const beside = workspace.listedIn(folder) ?? workspace.list([folder === "" ? "." : folder]).filter((file) => file.path.lastIndexOf("/") === slash);
  const fed = fedBy(path);
  return beside.slice(0, FOLDER_FILES).some((file) => file.path !== path && fed.test(file.path) && declares(file.path));
}

// src/scan/folder-facts.ts
var FOLDER_PROBES = [whatIfResultProbe, terraformPlanProbe];
var FolderFacts = class {
  /** Candidate files whose head rules out every probe. */
  ruledOut = /* @__PURE__ */ new Set();
  /** Notes a file's head, read while claiming (a file whose head was not read is never ruled out). */
  note(path, head) {
    if (!FOLDER_PROBES.some((probe) => probe.candidate(path))) return;
    const { text } = head;
    if (text === void 0 || !(head.whole || text.length >= HEAD_CHARACTERS)) return;
    if (FOLDER_PROBES.every((probe) => !probe.candidate(path) || !probe.test(text))) this.ruledOut.add(path);
  }
  /**
   * The folders of the given files (root-relative, '' for the root) that the listing walked and whose every
   * candidate file is ruled out: they hold no what-if result and no plan.
   */
  settled(workspace, files) {
    const folders = /* @__PURE__ */ new Set();
    const seen = /* @__PURE__ */ new Set();
    for (const file of files) {
      const folder = file.path.slice(0, Math.max(file.path.lastIndexOf("/"), 0));
      if (seen.has(folder)) continue;
      seen.add(folder);
      const listed2 = workspace.listedIn(folder);
      if (listed2 === void 0) continue;
      if (listed2.every((member) => this.ruledOut.has(member.path) || !FOLDER_PROBES.some((probe) => probe.candidate(member.path)))) folders.add(folder);
    }
    return folders;
  }
};

// src/scan/notice-groups.ts
var NAMED_PLACES = 3;
function groupNotices(errors) {
  const groups = /* @__PURE__ */ new Map();
  for (const error of errors) {
    if (error.group === void 0 || error.severity !== "notice") continue;
    const members = groups.get(error.group.key);
    if (members === void 0) groups.set(error.group.key, [error]);
    else members.push(error);
  }
  const said = [];
  for (const error of errors) {
    if (error.group === void 0) said.push(error);
    else if (error.severity !== "notice") said.push(ungrouped(error));
    else {
      const members = groups.get(error.group.key);
      if (members === void 0) continue;
      groups.delete(error.group.key);
      said.push(groupNotice(members));
    }
  }
  return said;
}
function groupNotice(members) {
  const distinct = [...new Map(members.map((member) => [`${member.file}\0${member.line}\0${member.column}`, member])).values()].sort(
    (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column
  );
  const first = distinct[0];
  const group = first.group;
  if (distinct.length === 1 || group === void 0) return ungrouped(first);
  const count = distinct.length;
  const files = new Set(distinct.map((member) => member.file)).size;
  const named = distinct.slice(0, NAMED_PLACES).map((member) => group.wholeFiles ? member.file : `${member.file}:${member.line}`);
  const places = count > NAMED_PLACES ? `${named.join(", ")} and ${thousands(count - NAMED_PLACES)} more` : named.join(", ");
  const inFiles = group.wholeFiles ? "" : `, in ${files === 1 ? "1 file" : `${thousands(files)} files`}`;
  const message = `${thousands(count)} ${group.what}${inFiles} (${places}); ${group.then}`;
  return { file: first.file, line: first.line, column: first.column, message, severity: "notice" };
}
function ungrouped(error) {
  const { group: _group, ...rest } = error;
  return rest;
}

// src/scan/file-head.ts
import { isUtf8 } from "node:buffer";
import { closeSync, openSync, readSync } from "node:fs";
var HEAD_BYTES = 4096;
var READ_BYTES = 64 * 1024;
var headBuffer = Buffer.alloc(READ_BYTES);
var buffered;
function readHead(file) {
  let fd;
  try {
    fd = openSync(file.absolutePath, "r");
    buffered = void 0;
    const bytes = readSync(fd, headBuffer, 0, READ_BYTES, 0);
    buffered = { file, bytes };
    const read = Math.min(bytes, HEAD_BYTES);
    const head = headBuffer.subarray(0, read);
    const whole = read < HEAD_BYTES;
    if (whole) return wholeFile(head, file.path);
    const text = decodeHead(head, file.path);
    if (text !== void 0) return { text, decoded: true, whole };
    const decoded = decodeText(head, encodingsOf(file.path));
    if (decoded.ok) return { text: "", decoded: false, whole };
    return { text: "", decoded: false, whole, unreadable: { message: decoded.message, line: decoded.line, column: decoded.column } };
  } catch (error) {
    return { text: "", decoded: false, whole: false, unreadable: { message: cannotRead(error), line: 1, column: 1 }, ioError: true };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function wholeFile(bytes, path) {
  const full = decodeText(bytes, encodingsOf(path));
  if (full.ok) return { text: full.text, decoded: true, whole: true, quiet: !POLICY_WORDS.test(full.text) };
  const text = decodeHead(bytes, path);
  if (text !== void 0) return { text, decoded: true, whole: true };
  return { text: "", decoded: false, whole: true, unreadable: { message: full.message, line: full.line, column: full.column } };
}
function wholeTextOfHead(file) {
  if (buffered === void 0 || buffered.file !== file || buffered.bytes >= READ_BYTES) return void 0;
  return decodeText(headBuffer.subarray(0, buffered.bytes), encodingsOf(file.path));
}
function localLinkWordOfHead(file) {
  if (buffered === void 0 || buffered.file !== file || buffered.bytes >= READ_BYTES) return void 0;
  const bytes = headBuffer.subarray(0, buffered.bytes);
  if (bytes.includes(0) || !isUtf8(bytes)) return void 0;
  return LINK_WORDS.some((word) => holdsWord(bytes, word));
}
var CASE_BIT = 32;
var isLetter = (byte) => byte >= 97 && byte <= 122;
function byteWord(word) {
  const bytes = Buffer.from(word.toLowerCase(), "latin1");
  const [a, b] = [bytes[bytes.length - 2], bytes[bytes.length - 1]];
  const spellings = (byte) => isLetter(byte) ? [byte, byte & ~CASE_BIT] : [byte];
  return { bytes, ends: spellings(a).flatMap((first) => spellings(b).map((second) => Buffer.from([first, second]))) };
}
var LINK_WORDS = [byteWord('"relativePath"'), byteWord("artifactsLocation"), byteWord(".templateLink")];
function holdsWord(bytes, { bytes: word, ends }) {
  const start = word.length - 2;
  for (const end of ends) {
    for (let at2 = bytes.indexOf(end, start); at2 >= 0; at2 = bytes.indexOf(end, at2 + 1)) {
      let same2 = true;
      for (let i = 0; i < start && same2; i++) {
        const byte = bytes[at2 - start + i];
        same2 = isLetter(word[i]) ? (byte | CASE_BIT) === word[i] : byte === word[i];
      }
      if (same2) return true;
    }
  }
  return false;
}
function textOfRead(file, head) {
  if (!head.decoded || head.whole || buffered === void 0 || buffered.file !== file) return head.text;
  return decodeHead(headBuffer.subarray(0, buffered.bytes), file.path) ?? head.text;
}

// src/scan/claim-notes.ts
function noteWholeText(file, head, workspace) {
  const json = JSON_FILE.test(file.path);
  if (POLICY_WORDS.test(head)) {
    workspace.claimNotes.notePolicyWords(file.path);
    if (!workspace.keepsTexts && !json) return;
    if (!workspace.keepsTexts) {
      const holds = localLinkWordOfHead(file);
      if (holds !== void 0) {
        workspace.claimNotes.noteLocalLinks(file.path, holds);
        return;
      }
    }
    const whole2 = wholeTextOfHead(file);
    if (whole2 === void 0) return;
    if (json) noteLocalLinks(file.path, whole2, workspace);
    if (workspace.keepsTexts) workspace.keepText(file.path, whole2);
    return;
  }
  const whole = wholeTextOfHead(file);
  if (whole?.ok === true && !POLICY_WORDS.test(whole.text)) workspace.noteQuiet(file.path);
  else {
    if (whole?.ok === true) workspace.claimNotes.notePolicyWords(file.path);
    if (json && whole !== void 0) noteLocalLinks(file.path, whole, workspace);
  }
}
var JSON_FILE = /\.json$/i;
function noteLocalLinks(path, whole, workspace) {
  if (whole.ok) workspace.claimNotes.noteLocalLinks(path, LOCAL_LINK_WORD.test(whole.text));
}

// src/scan/full-collection.ts
import { getHeapStatistics, setFlagsFromString as setFlagsFromString3 } from "node:v8";
import { runInNewContext } from "node:vm";
var FULL_COLLECTION_FILES = 1e3;
var FULL_COLLECTION_HEAP_BYTES = 32 * 1024 * 1024;
var collector;
function collectBetweenPhases(filesRead, usedHeapBytes = usedHeap) {
  if (!collectionPays(filesRead, usedHeapBytes)) return;
  collector ??= garbageCollector();
  collector();
}
var usedHeap = () => getHeapStatistics().used_heap_size;
function collectionPays(filesRead, usedHeapBytes) {
  return filesRead >= FULL_COLLECTION_FILES && usedHeapBytes() >= FULL_COLLECTION_HEAP_BYTES;
}
function garbageCollector() {
  setFlagsFromString3("--expose-gc");
  try {
    const gc = runInNewContext('typeof gc === "function" ? gc : undefined');
    return typeof gc === "function" ? gc : NO_COLLECTION;
  } finally {
    setFlagsFromString3("--no-expose-gc");
  }
}
var NO_COLLECTION = () => {
};

// src/scan/pool.ts
import { existsSync as existsSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
var POOL_THRESHOLD_FILES = 1e3;
var POOL_THRESHOLD_BYTES = 16 * 1024 * 1024;
var POOL_MIN_CORES = 3;
var TASK_FILES = 48;
var THREADS_VARIABLE = "HOTPATCH_REBOOT_GATE_SCAN_THREADS";
function scanThreads(files, requested, cores = availableParallelism()) {
  const configured = requested ?? Number.parseInt(process.env[THREADS_VARIABLE] ?? "", 10);
  if (Number.isInteger(configured) && configured >= 1) return Math.min(configured, 64);
  if (files.length < POOL_THRESHOLD_FILES || cores < POOL_MIN_CORES) return 1;
  let bytes = 0;
  for (const file of files) if ((bytes += file.size) >= POOL_THRESHOLD_BYTES) return cores;
  return 1;
}
var TASKS_IN_FLIGHT = 2;
async function readUnitsInPool(run, pool) {
  const tasks = tasksOf(run);
  const order = run.dispatchOrder?.(tasks.length) ?? largestFirst(tasks);
  const results = new Array(run.planned.length);
  let next = 0;
  const take = () => {
    const number = order[next++];
    return number === void 0 ? void 0 : tasks[number];
  };
  const store = (done) => {
    for (const { index, result } of done) results[index] = result;
  };
  const orphaned = [];
  const work = (state) => new Promise((resolve) => {
    const held = [];
    const stop = () => {
      for (const task of held.splice(0)) orphaned.push(task);
      void state.worker.terminate().then(() => resolve());
    };
    const fill = () => {
      for (let task = held.length < TASKS_IN_FLIGHT ? take() : void 0; task !== void 0; task = held.length < TASKS_IN_FLIGHT ? take() : void 0) {
        held.push(task);
        state.worker.postMessage(task);
      }
      if (held.length === 0) stop();
    };
    state.onResults = (done) => {
      held.shift();
      store(done);
      fill();
    };
    state.onStop = stop;
    if (state.stopped) stop();
    else fill();
  });
  const here = async () => {
    for (let task = take(); task !== void 0; task = take()) {
      store(await run.readHere(task.units));
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all([...pool.workers.map(work), here()]);
  for (let task = orphaned.shift() ?? take(); task !== void 0; task = orphaned.shift() ?? take()) store(await run.readHere(task.units));
  return results.map((result) => result ?? { kind: "failed", message: "the scan workers stopped before reading it" });
}
function tasksOf(run) {
  const tasks = [];
  let units = [];
  let files = 0;
  const flush = () => {
    if (units.length > 0) tasks.push({ units, limits: run.limits, prefilter: run.prefilter });
    units = [];
    files = 0;
  };
  run.planned.forEach((planned, index) => {
    const { reader, unit } = planned;
    if (files > 0 && files + unit.files.length > (run.taskFiles ?? TASK_FILES)) flush();
    const taskFiles = unit.files.map(({ path, absolutePath }) => ({ path, absolutePath }));
    units.push({ index, reader, files: taskFiles, ...run.foldersOf?.(planned) });
    files += unit.files.length;
  });
  flush();
  return tasks;
}
function largestFirst(tasks) {
  const size = (task) => task.units.reduce((sum, unit) => sum + unit.files.length, 0);
  return tasks.map((_, index) => index).sort((a, b) => size(tasks[b]) - size(tasks[a]) || a - b);
}
function workerScript() {
  for (const relative3 of ["./scan-worker.js", "../scan-worker.js", "../../dist/scan-worker.js"]) {
    const candidate = new URL(relative3, import.meta.url);
    if (existsSync2(fileURLToPath(candidate))) return candidate;
  }
  return void 0;
}

// src/scan/pool-workers.ts
import { Worker } from "node:worker_threads";
var WORKER_HEAP_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };
function startWorkers(script, root, count) {
  const setup = { root };
  const workers = [];
  const pool = { workers };
  for (let i = 0; i < count; i++) {
    const state = { worker: new Worker(script, { workerData: setup, resourceLimits: WORKER_HEAP_LIMITS }), stopped: false };
    const stop = () => {
      if (state.stopped) return;
      state.stopped = true;
      state.onStop?.();
    };
    state.worker.on("message", (message) => {
      state.onResults?.("encoded" in message ? decode(message.encoded) : message.results);
    });
    state.worker.on("error", stop);
    state.worker.on("exit", stop);
    workers.push(state);
  }
  return pool;
}
async function stopWorkers(pool) {
  await Promise.all(pool.workers.map(({ worker }) => worker.terminate()));
}

// src/scan.ts
async function scan(options) {
  const { root, read } = await readRoot(options);
  collectBetweenPhases(read.files.length + (read.checkedWithoutParsing?.length ?? 0));
  const model = options.request === void 0 ? read : { ...read, request: options.request };
  const repositoryFolder = options.repositoryFolder ?? repositoryFolderOf(root);
  return { root, model, ...evaluatePolicy(model, { ...options, repositoryFolder }) };
}
async function readRoot(options) {
  const workspace = new Workspace(options.root);
  return { root: workspace.root, read: await readModel(workspace, options) };
}
async function readModel(workspace, options) {
  const readers2 = options.readers ?? readers;
  const limits = limitsOf(options.configuration?.limits);
  const selected = (path) => options.select?.(path) ?? true;
  const files = workspace.list(options.paths).filter((file) => selected(file.path));
  const { claimed, parseErrors, settled } = claimFiles(files, readers2, workspace);
  settleFolders(workspace, [...settled]);
  for (const link of workspace.unfollowedLinks) {
    if (!selected(link.path) || link.target !== "folder" && !isManifestName(link.path)) continue;
    parseErrors.push({ file: link.path, line: 1, column: 1, message: link.reason, severity: "notice", kind: "file-skipped" });
  }
  for (const folder of workspace.unreadableFolders) {
    const message = `${folder.reason}: the files in it were not scanned`;
    parseErrors.push({ file: folder.path, line: 1, column: 1, message, severity: "error", kind: "unreadable-manifest" });
  }
  const pool = startPool(readers2, claimed, workspace, options.threads);
  const readOptions = { ...options, limits, prefilter: options.prefilter ?? true };
  const { resources, manifests, inlineExemptions, ...merged } = pool === void 0 ? await readInline2(workspace, readers2, claimed, readOptions) : await readPooled(workspace, readers2, claimed, pool, readOptions, settled);
  workspace.releaseTexts();
  workspace.releaseFolders();
  for (const reader of readers2) reader.release?.();
  releaseUnitValues();
  releaseSharedIdentities();
  for (const error of merged.parseErrors) parseErrors.push(error);
  if (merged.skipped.length > 0) {
    parseErrors.push({ file: ".", line: 1, column: 1, message: skippedFilesMessage(merged.skipped.length), severity: "notice" });
  }
  return {
    // Arc machines (issue 17) are joined with their license profiles, which may come from other files.
    virtualMachines: joinArcMachines(
      resources.filter((r) => r.kind === "virtual-machine" || r.kind === "scale-set" || r.kind === "arc-machine")
    ),
    maintenanceConfigurations: resources.filter((r) => r.kind === "maintenance-configuration"),
    maintenanceAssignments: resources.filter((r) => r.kind === "maintenance-assignment"),
    // Notices of one kind without a hotpatch signal are said once per group, once every unit's are in (notice-groups.ts).
    parseErrors: classifyParseErrors(groupNotices(parseErrors), workspace).sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line),
    files: [...new Set(manifests)].sort(),
    ...merged.skipped.length > 0 && { checkedWithoutParsing: [...merged.skipped].sort() },
    inlineExemptions
  };
}
function claimFiles(files, readers2, workspace) {
  const parseErrors = [];
  const claimed = new Map(readers2.map((reader) => [reader, []]));
  const folderFacts = new FolderFacts();
  for (const file of files) {
    let read;
    const head = () => read ??= readHead(file);
    const reader = readers2.find((candidate) => candidate.claims(file, (extent) => extent === "read" ? textOfRead(file, head()) : head().text));
    if (read !== void 0) folderFacts.note(file.path, { text: read.decoded ? read.text : void 0, whole: read.whole });
    if (reader !== void 0) {
      claimed.get(reader)?.push(file);
      if (read?.quiet === true) {
        workspace.noteQuiet(file.path);
        workspace.keepText(file.path, { ok: true, text: read.text });
      } else if (read?.decoded === true) noteWholeText(file, read.text, workspace);
    } else if (isManifestName(file.path)) {
      const unreadable = head().unreadable;
      if (unreadable === void 0) continue;
      const failsClosed = read?.ioError === true || mayDeclarePolicyInput(file.absolutePath);
      parseErrors.push({ file: file.path, ...unreadable, ...failsClosed ? { severity: "error" } : { severity: "notice", kind: "file-skipped" } });
    }
  }
  return { claimed, parseErrors, settled: folderFacts.settled(workspace, [...claimed.values()].flat()) };
}
function startPool(readers2, claimed, workspace, requested) {
  if (readers2 !== readers) return void 0;
  const threads = scanThreads([...claimed.values()].flat(), requested);
  const script = threads > 1 ? workerScript() : void 0;
  return script === void 0 ? void 0 : startWorkers(script, workspace.root, threads - 1);
}
async function readInline2(workspace, readers2, claimed, options) {
  const merge = new UnitMerge(readers2, claimed);
  for (let index = 0; index < readers2.length; index++) {
    const reader = readers2[index];
    for (const unit of planReaderUnits(readers2, index, claimed, workspace)) merge.add(unit, await readUnit(reader, unit.unit, workspace, options));
  }
  return merge.finish();
}
async function readPooled(workspace, readers2, claimed, pool, options, settled) {
  let planned;
  try {
    planned = planUnits(readers2, claimed, workspace);
  } catch (error) {
    void stopWorkers(pool);
    throw error;
  }
  return mergeUnitResults(readers2, planned, await readUnits(workspace, planned, readers2, pool, options, settled), claimed);
}
async function readUnits(workspace, planned, readers2, pool, options, settled) {
  const readHere = async (unit) => compactResult(await readUnit(readers2[unit.reader], unit.unit, workspace, options));
  if (planned.length > 1) {
    const run = { root: workspace.root, planned, limits: options.limits, prefilter: options.prefilter, ...options.poolTesting };
    const readTask = async (units) => {
      const done = [];
      for (const { index } of units) done.push({ index, result: await readHere(planned[index]) });
      return done;
    };
    const foldersOf = (unit) => unitFolders(unit.unit, settled, workspace);
    return readUnitsInPool({ ...run, readHere: readTask, foldersOf }, pool);
  }
  await stopWorkers(pool);
  const results = [];
  for (const unit of planned) results.push(await readHere(unit));
  return results;
}

// src/pipeline/run-pipeline.ts
var everyFinding = () => ({ files: void 0 });
async function runPipeline(input) {
  const { day, failOn, scan: scan2 = scan, exemptionChanges, scope: scopeOf, ...options } = input;
  const report3 = await scanAndReport(scan2, options, day, failOn, exemptionChanges);
  collectBetweenPhases(report3.summary.files);
  const scope = scopeOf(report3);
  return { report: report3, scope, gate: decideVerdict(report3, failOn, scope.files) };
}
function advisoryFilesIn(root, configuration) {
  const files = /* @__PURE__ */ new Set();
  for (const advisory of configuration.advisories) {
    const rel = relative2(root, advisory.absolutePath);
    if (rel !== "" && rel !== ".." && !rel.startsWith(`..${sep2}`) && !isAbsolute(rel)) files.add(rel.split(sep2).join("/"));
  }
  return [...files];
}
async function scanAndReport(scan2, options, day, failOn, exemptionChanges) {
  let entries;
  const settle = (model) => entries = new ResourceEntries(model);
  const result = await scan2({ ...options, asOf: day.date, settle });
  const changes = result.exemptions === void 0 ? void 0 : await exemptionChanges?.(result.exemptions);
  const report3 = buildJsonReport(result, {
    toolVersion: TOOL_VERSION,
    asOf: day.text,
    failOn,
    ...options.advisories !== void 0 && { advisories: options.advisories },
    ...options.configuration !== void 0 && {
      configurationFile: options.configuration.file,
      configurationAdvisories: advisoryFilesIn(options.root, options.configuration)
    },
    ...changes !== void 0 && { exemptionChanges: changes },
    ...entries !== void 0 && { settled: entries }
  });
  return report3;
}

// src/report/json-pieces.ts
function* jsonPieces(value) {
  if (!opens(value, 0) || hasToJsonWhereOpened(value, 0)) {
    yield JSON.stringify(value, null, 2);
    return;
  }
  yield* containerPieces(value, 0);
}
function* jsonFilePieces(value) {
  yield* jsonPieces(value);
  yield "\n";
}
var MAX_OPEN_DEPTH = 6;
var ELEMENTS_PER_PIECE = 32;
function* containerPieces(value, depth2) {
  const inner = "  ".repeat(depth2 + 1);
  if (isArray(value)) {
    const [only] = value;
    if (value.length === 1 && opens(only, depth2 + 1)) {
      yield `[
${inner}`;
      yield* containerPieces(only, depth2 + 1);
    } else {
      yield "[\n";
      for (let start = 0; start < value.length; start += ELEMENTS_PER_PIECE) {
        if (start > 0) yield ",\n";
        yield elementsText(value.slice(start, start + ELEMENTS_PER_PIECE), depth2 + 1);
      }
    }
    yield `
${"  ".repeat(depth2)}]`;
    return;
  }
  const keys = Object.keys(value).filter((key) => serializes(value[key]));
  yield "{\n";
  for (const [index, key] of keys.entries()) {
    const member = value[key];
    const name = `${index === 0 ? "" : ",\n"}${inner}${JSON.stringify(key)}: `;
    if (opens(member, depth2 + 1)) {
      yield name;
      yield* containerPieces(member, depth2 + 1);
    } else {
      yield `${name}${valueText(member, depth2 + 1)}`;
    }
  }
  yield `
${"  ".repeat(depth2)}}`;
}
function opens(value, depth2) {
  if (depth2 >= MAX_OPEN_DEPTH || !isContainer(value)) return false;
  return isArray(value) ? value.length > 0 : Object.keys(value).some((key) => serializes(value[key]));
}
function elementsText(elements, depth2) {
  let nested = elements;
  for (let level = 1; level < depth2; level++) nested = [nested];
  const text = JSON.stringify(nested, null, 2);
  const brackets = depth2 * (depth2 + 1);
  return text.slice(brackets, text.length - brackets);
}
function valueText(value, depth2) {
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  return elementsText([value], depth2).slice(2 * depth2);
}
var serializes = (value) => value !== void 0 && typeof value !== "function" && typeof value !== "symbol";
function hasToJsonWhereOpened(value, depth2) {
  const children = isArray(value) ? value : Object.values(value);
  for (const child of children) {
    if (hasToJson(child)) return true;
    if (isArray(value) && !(value.length === 1 && opens(child, depth2 + 1))) continue;
    if (opens(child, depth2 + 1) && hasToJsonWhereOpened(child, depth2 + 1)) return true;
  }
  return false;
}
var isArray = (value) => Array.isArray(value);
function isContainer(value) {
  return typeof value === "object" && value !== null && !hasToJson(value);
}
function hasToJson(value) {
  return typeof value === "object" && value !== null && typeof value.toJSON === "function";
}

// src/report/sarif.ts
var FINGERPRINT_KEY = "hotpatchRebootGate/v2";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var TAGS = ["azure", "hotpatch", "infrastructure-as-code", "reliability"];
var LEVELS = { error: "error", warning: "warning", notice: "note" };
function renderSarif(report3, rules2, maxResults = MAX_SARIF_RESULTS) {
  const descriptors = describeRules(rules2, report3.findings);
  const ruleIndex = new Map(descriptors.map((rule17, index) => [rule17.id, index]));
  const total = report3.findings.length;
  const omitted = Math.max(0, total - maxResults);
  const chosen = omitted > 0 ? new Set(bySeverity(report3.findings).slice(0, maxResults)) : void 0;
  const kept = chosen === void 0 ? report3.findings : report3.findings.filter((finding) => chosen.has(finding));
  const notifications = report3.parseErrors.map(toNotification);
  if (omitted > 0) notifications.push(omittedNotification(omitted, total, maxResults));
  const properties = {
    ...report3.knowledge !== void 0 && { knowledge: report3.knowledge },
    ...omitted > 0 && { omittedResults: omitted }
  };
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report3.tool.name,
            version: report3.tool.version,
            semanticVersion: report3.tool.version,
            informationUri: TOOL_INFORMATION_URI,
            rules: descriptors
          }
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results: kept.map((finding) => toResult(finding, ruleIndex.get(finding.ruleId))),
        ...Object.keys(properties).length > 0 && { properties }
      }
    ]
  };
}
function describeRules(rules2, findings) {
  const byId = /* @__PURE__ */ new Map();
  for (const rule17 of rules2) {
    if (byId.has(rule17.id)) continue;
    byId.set(rule17.id, {
      id: rule17.id,
      shortDescription: { text: firstSentence(rule17.description) },
      fullDescription: { text: rule17.description },
      helpUri: rule17.docsUrl,
      help: describeHelp(rule17.description, rule17.docsUrl),
      defaultConfiguration: { level: LEVELS[rule17.severity] },
      properties: { tags: TAGS }
    });
  }
  for (const finding of findings) {
    if (byId.has(finding.ruleId)) continue;
    byId.set(finding.ruleId, {
      id: finding.ruleId,
      shortDescription: { text: finding.ruleId },
      fullDescription: { text: finding.ruleId },
      helpUri: finding.docsUrl,
      help: describeHelp(finding.ruleId, finding.docsUrl),
      defaultConfiguration: { level: LEVELS[finding.severity] },
      properties: { tags: TAGS }
    });
  }
  return [...byId.values()];
}
function describeHelp(description, docsUrl) {
  return {
    text: `${description}
Documentation: ${docsUrl}`,
    markdown: `${description}

[Documentation](${docsUrl})`
  };
}
function toResult(finding, ruleIndex) {
  const { exemption } = finding;
  const justification = exemption && `${exemption.reason} (owner: ${exemption.owner}; expires: ${exemption.expires}; ${exemption.source})`;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [location(finding.file, { startLine: finding.startLine, endLine: finding.endLine })],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...finding.related.length > 0 && { relatedLocations: finding.related.map(toRelatedLocation) },
    ...justification !== void 0 && { suppressions: [{ kind: "external", justification }] },
    properties: {
      resource: finding.resource,
      ...finding.advisoryId !== void 0 && { advisoryId: finding.advisoryId }
    }
  };
}
function toRelatedLocation(related, index) {
  return { id: index + 1, ...location(related.file, { startLine: related.startLine }), message: { text: related.role } };
}
function bySeverity(findings) {
  const rank = (finding) => finding.exemption ? 3 : SEVERITY_RANK[finding.severity];
  return [...findings].sort((a, b) => rank(a) - rank(b));
}
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function omittedNotification(omitted, total, maxResults) {
  return {
    level: "warning",
    message: {
      text: `${omitted} of ${total} findings are left out of this run: code scanning rejects a run with more than ${maxResults} results. The run keeps the most severe (errors, then warnings, notes, and exempted findings last); the JSON report has every finding.`
    },
    descriptor: { id: "results-omitted" }
  };
}
function toNotification(error) {
  return {
    level: error.severity === "error" ? "error" : "note",
    message: { text: error.message },
    descriptor: { id: error.severity === "error" ? "parse-error" : error.skipped === true ? "file-skipped" : "reading-note" },
    locations: [location(error.file, { startLine: error.line, startColumn: error.column })]
  };
}
function location(file, region) {
  return { physicalLocation: { artifactLocation: { uri: toUri(file), uriBaseId: SRCROOT }, region } };
}
function toUri(path) {
  if (URI_SAFE.test(path)) return path;
  return path.split("/").map(encodeURIComponent).join("/");
}
var URI_SAFE = /^[A-Za-z0-9\-_.!~*'()/]*$/;
function firstSentence(text) {
  const match2 = /^.*?[.!?](?=\s|$)/s.exec(text);
  return (match2?.[0] ?? text).trim();
}

// src/report/write-pieces.ts
import { closeSync as closeSync2, mkdirSync, openSync as openSync2, writeSync } from "node:fs";
import { dirname as dirname2 } from "node:path";
var WRITE_BATCH = 1 << 20;
function writePieces(path, pieces) {
  mkdirSync(dirname2(path), { recursive: true });
  const fd = openSync2(path, "w");
  try {
    const buffer = Buffer.allocUnsafeSlow(WRITE_BATCH);
    let filled = 0;
    for (const piece of pieces) {
      const most = piece.length * 3;
      if (filled + most > WRITE_BATCH) {
        writeAll(fd, buffer, filled);
        filled = 0;
      }
      if (most > WRITE_BATCH) {
        const bytes = Buffer.from(piece, "utf8");
        writeAll(fd, bytes, bytes.length);
        continue;
      }
      filled += buffer.write(piece, filled, "utf8");
    }
    writeAll(fd, buffer, filled);
  } finally {
    closeSync2(fd);
  }
}
function writeAll(fd, bytes, length) {
  for (let offset = 0; offset < length; ) offset += writeSync(fd, bytes, offset, length - offset);
}
var STREAM_BATCH = 64 * 1024;
function* batchedPieces(pieces, size = STREAM_BATCH) {
  let batch = "";
  for (const piece of pieces) {
    if (batch.length > 0 && batch.length + piece.length > size) {
      yield batch;
      batch = "";
    }
    batch += piece;
  }
  if (batch.length > 0) yield batch;
}

// src/config/default-path.ts
var DEFAULT_CONFIG_FILE = ".github/hotpatch-reboot-gate.yml";

// src/pipeline/novelty.ts
var exemptionKey = (record) => `${record.location.file}:${record.location.line}`;
function classifyExemptions(records, evidence) {
  const changes = /* @__PURE__ */ new Map();
  const base = evidence.baseConfiguration === void 0 ? void 0 : baseExpiries(evidence.baseConfiguration);
  const files = evidence.changedFiles === void 0 ? void 0 : new Map(evidence.changedFiles.map((f) => [f.path, f]));
  for (const record of records) {
    const change = record.source === "configuration" && base !== void 0 ? compareWithBase(record, base) : files === void 0 ? void 0 : fromDiff(record, files.get(record.location.file));
    if (change !== void 0) changes.set(exemptionKey(record), change);
  }
  return changes;
}
function compareWithBase(record, base) {
  const before = base.get(keyOf2(record.resource, record.rule));
  if (before === void 0) return "added";
  return record.expires > before ? "extended" : "unchanged";
}
function fromDiff(record, file) {
  if (file === void 0) return "unchanged";
  if (file.status === "added") return "added";
  if (file.patch === void 0) return void 0;
  const added = new Set(parsePatch(file.patch).flatMap((hunk) => [...hunk.added]));
  const { line, endLine = line } = record.location;
  for (let at2 = line; at2 <= endLine; at2++) if (added.has(at2)) return "changed";
  return "unchanged";
}
var keyOf2 = (resource, rule17) => `${resource.toLowerCase()}
${rule17}`;
function baseExpiries(text) {
  const expiries = /* @__PURE__ */ new Map();
  if (text === null) return expiries;
  const root = parseYaml(text, { maxAliases: 50, maxAliasExpansion: 2e3, maxDepth: 32 }).documents[0]?.root;
  const list = isMap(root) ? root.byKey.get("exemptions")?.value : void 0;
  if (!isSeq(list)) return expiries;
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const [resource, rule17, expires] = ["resource", "rule", "expires"].map((key2) => scalarText(item.byKey.get(key2)?.value));
    if (resource === void 0 || rule17 === void 0 || expires === void 0) continue;
    const key = keyOf2(resource, rule17);
    const known = expiries.get(key);
    if (known === void 0 || expires > known) expiries.set(key, expires);
  }
  return expiries;
}

export {
  jsonFilePieces,
  renderSarif,
  writePieces,
  batchedPieces,
  DEFAULT_CONFIG_FILE,
  createLineReader,
  classifyExemptions,
  rules,
  renderTextPieces,
  renderSummaryLine,
  scan,
  everyFinding,
  runPipeline,
  applyScanV8Settings
};

import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  EVENT_ID,
  getScalarValue,
  load,
  parseEvents
} from "./chunk-VO455LQT.js";
import {
  DateTime,
  IANAZone,
  Zone
} from "./chunk-T2WFA3EU.js";
import {
  ConfigurationError,
  getErrorMessage
} from "./chunk-KOMI2SY3.js";

// src/policy/yaml-locate.ts
function locateYamlPath(text2, path) {
  const wanted = pathKey(path);
  if (wanted === "") return { line: 1, column: 1 };
  let events;
  try {
    events = parseEvents(text2, {});
  } catch {
    return void 0;
  }
  const stack = [];
  for (const event of events) {
    if (event.type === EVENT_ID.POP) {
      const closed = stack.pop();
      if (closed !== void 0 && !closed.isKey) advance(stack.at(-1));
      continue;
    }
    if (event.type === EVENT_ID.DOCUMENT) continue;
    const frame = stack.at(-1);
    const start = event.type === EVENT_ID.SCALAR ? event.valueStart : "start" in event ? event.start : event.anchorStart;
    let path2 = "";
    if (frame?.kind === "mapping" && frame.expectingKey) {
      frame.key = event.type === EVENT_ID.SCALAR ? getScalarValue(text2, event) : "\0";
      frame.keyOffset = start;
      frame.expectingKey = false;
      if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
        stack.push(open(event.type, "\0", true));
      }
      continue;
    }
    if (frame !== void 0) {
      path2 = `${frame.path}/${frame.kind === "mapping" ? escape(frame.key) : String(frame.index)}`;
      if (path2 === wanted) return positionOf(text2, frame.kind === "mapping" ? frame.keyOffset : start);
    }
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) stack.push(open(event.type, path2));
    else advance(frame);
  }
  return void 0;
}
var pathKey = (path) => path.map((s) => `/${escape(String(s))}`).join("");
var escape = (segment) => segment.replaceAll("~", "~0").replaceAll("/", "~1");
function open(type, path, isKey = false) {
  const kind = type === EVENT_ID.MAPPING ? "mapping" : "sequence";
  return { kind, path, expectingKey: true, key: "", index: 0, keyOffset: 0, isKey };
}
function advance(frame) {
  if (frame?.kind === "mapping") frame.expectingKey = true;
  else if (frame) frame.index += 1;
}
function positionOf(text2, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text2.indexOf("\n"); i !== -1 && i < offset; i = text2.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

// src/policy/read-advisory.ts
var shippedTexts = /* @__PURE__ */ new Map();
function registerShippedAdvisory(text2, dataJson) {
  shippedTexts.set(text2, dataJson ?? shippedTexts.get(text2));
}
function isShippedAdvisory(text2) {
  return shippedTexts.has(text2);
}
function readAdvisory(text2, source, check) {
  const built = shippedTexts.get(text2);
  const data = built === void 0 ? parseYaml(text2, source) : JSON.parse(built);
  check?.(data, text2, source);
  const advisory = data;
  if (advisory.disruption.start > advisory.disruption.end) {
    const position = locateYamlPath(text2, ["disruption", "end"]) ?? { line: 1, column: 1 };
    throw new ConfigurationError("advisory disruption.end is before disruption.start", { file: source, ...position });
  }
  return advisory;
}
function parseYaml(text2, source) {
  try {
    return load(text2, { filename: source, maxAliases: 0 });
  } catch (error) {
    const mark = error.mark;
    const reason = error.reason;
    const message = typeof reason === "string" ? reason : getErrorMessage(error);
    throw new ConfigurationError(`advisory is not valid YAML: ${message}`, {
      file: source,
      line: (mark?.line ?? 0) + 1,
      column: (mark?.column ?? 0) + 1
    });
  }
}

// src/policy/advisories/wsus-cve-2025-59287.yml
var text = `# CVE-2025-59287 (WSUS remote code execution) and the Windows Server hotpatch baseline calendar.
# Validated against schemas/advisory.schema.json when it is loaded.
#
# What happened (Microsoft Learn, "Enable hotpatch for Azure Arc-enabled servers", known issues, October 2025):
# the out-of-band update KB5070881 (2025-10-23) was briefly offered to Windows Server 2025 machines enrolled in
# hotpatch. Those that installed it left the hotpatch train: they take regular, reboot-requiring monthly updates in
# November and December 2025 and rejoin hotpatching at the January 2026 baseline, which itself reboots. Hotpatch
# machines that took KB5070893 (2025-10-24) on top of KB5066835 stayed on hotpatch. The issue concerns
# Windows Server 2025 hotpatch machines, not Windows Server 2022 Datacenter: Azure Edition.
id: wsus-cve-2025-59287
# When these facts were last checked against their sources (docs/research: snapshots up to August 2026).
# Update it with every review: the report warns when the evaluation date is more than 120 days past it.
reviewed: '2026-08-01'
title: WSUS remote code execution (CVE-2025-59287) and the hotpatch baseline calendar
cves:
  - CVE-2025-59287
summary: >-
  CVE-2025-59287 is a critical (CVSS 9.8) remote code execution flaw in Windows Server Update Services, exploited
  in the wild. Its out-of-band fixes of 2025-10-23 require a restart. On Windows Server 2025 hotpatch machines,
  KB5070881 ends hotpatching until the January 2026 baseline: those machines take a reboot-requiring update every
  month until then. Every hotpatch machine also restarts for each quarterly baseline update (January, April, July,
  October), so a hotpatch VM needs a maintenance window that allows reboots.
disruption:
  start: '2025-10-23'
  # The January 2026 Patch Tuesday: the baseline that brings KB5070881 machines back to hotpatching.
  end: '2026-01-13'
  description: >-
    Windows Server 2025 hotpatch machines that installed KB5070881 take a reboot-requiring update every month until
    the January 2026 baseline.
families:
  - os: Windows Server 2025
    build: 26100
    fixedRevision: 6905
    kb: KB5070881
    hotpatchKb: KB5070893
    breaksHotpatch: true
  - os: Windows Server 2022, 23H2 Edition
    build: 25398
    fixedRevision: 1916
    kb: KB5070879
    breaksHotpatch: false
  - os: Windows Server 2022
    build: 20348
    fixedRevision: 4297
    kb: KB5070884
    breaksHotpatch: false
  - os: Windows Server 2019
    build: 17763
    fixedRevision: 7922
    kb: KB5070883
    breaksHotpatch: false
  - os: Windows Server 2016
    build: 14393
    fixedRevision: 8524
    kb: KB5070882
    breaksHotpatch: false
  - os: Windows Server 2012 R2
    build: 9600
    fixedRevision: 22826
    kb: KB5070886
    breaksHotpatch: false
  - os: Windows Server 2012
    build: 9200
    fixedRevision: 25728
    kb: KB5070887
    breaksHotpatch: false
# Microsoft Learn, "Automatic VM guest patching", Supported Windows images (hotpatchable), plus the two preview offers.
hotpatchImages:
  - publisher: MicrosoftWindowsServer
    offer: WindowsServer
    sku: 2025-datacenter-azure-edition
    os: 'Windows Server 2025 Datacenter: Azure Edition'
    build: 26100
    hotpatchOnByDefault: true
    preview: false
  - publisher: MicrosoftWindowsServer
    offer: WindowsServer
    sku: 2025-datacenter-azure-edition-core
    os: 'Windows Server 2025 Datacenter: Azure Edition Core'
    build: 26100
    hotpatchOnByDefault: true
    preview: false
  - publisher: MicrosoftWindowsServer
    offer: WindowsServer
    sku: 2025-datacenter-azure-edition-smalldisk
    os: 'Windows Server 2025 Datacenter: Azure Edition (small disk)'
    build: 26100
    hotpatchOnByDefault: true
    preview: false
  - publisher: MicrosoftWindowsServer
    offer: WindowsServer
    sku: 2025-datacenter-azure-edition-core-smalldisk
    os: 'Windows Server 2025 Datacenter: Azure Edition Core (small disk)'
    build: 26100
    hotpatchOnByDefault: true
    preview: false
  - publisher: MicrosoftWindowsServer
    offer: WindowsServer
    sku: 2022-datacenter-azure-edition-core
    os: 'Windows Server 2022 Datacenter: Azure Edition Core'
    build: 20348
    # "Hotpatch is enabled by default on Server Core images" (Microsoft Learn, Hotpatch for Windows Server
    # Azure Edition: MicrosoftDocs/windowsserverdocs WindowsServerDocs/get-started/hotpatch.md, 2023-07-27).
    hotpatchOnByDefault: true
    preview: false
  - publisher: MicrosoftWindowsServer
    offer: WindowsServer
    sku: 2022-datacenter-azure-edition-core-smalldisk
    os: 'Windows Server 2022 Datacenter: Azure Edition Core (small disk)'
    build: 20348
    # "Hotpatch is enabled by default on Server Core images" (Microsoft Learn, Hotpatch for Windows Server
    # Azure Edition: MicrosoftDocs/windowsserverdocs WindowsServerDocs/get-started/hotpatch.md, 2023-07-27).
    hotpatchOnByDefault: true
    preview: false
  - publisher: MicrosoftWindowsServer
    offer: WindowsServer
    sku: 2022-datacenter-azure-edition-hotpatch
    os: 'Windows Server 2022 Datacenter: Azure Edition Hotpatch'
    build: 20348
    hotpatchOnByDefault: false
    preview: false
  - publisher: MicrosoftWindowsServer
    offer: WindowsServer
    sku: 2022-datacenter-azure-edition-hotpatch-smalldisk
    os: 'Windows Server 2022 Datacenter: Azure Edition Hotpatch (small disk)'
    build: 20348
    hotpatchOnByDefault: false
    preview: false
  - publisher: MicrosoftWindowsServer
    offer: MicrosoftServerOperatingSystems-previews
    sku: windows-server-2025-azure-edition-hotpatch
    os: 'Windows Server 2025 Datacenter: Azure Edition Hotpatch (preview)'
    build: 26100
    hotpatchOnByDefault: true
    preview: true
  - publisher: MicrosoftWindowsServer
    offer: WindowsServerHotpatch-previews
    sku: windows-server-2022-azure-edition-hotpatch
    os: 'Windows Server 2022 Datacenter: Azure Edition Hotpatch (preview)'
    build: 20348
    hotpatchOnByDefault: false
    preview: true
# Planned baselines (Microsoft Learn training, "Hotpatch updates", update schedules): the quarter's first month.
baselineMonths: [1, 4, 7, 10]
sources:
  - title: CVE-2025-59287 (CVE record)
    url: https://www.cve.org/CVERecord?id=CVE-2025-59287
  - title: 'MSRC: Windows Server Update Service (WSUS) Remote Code Execution Vulnerability'
    url: https://msrc.microsoft.com/update-guide/vulnerability/CVE-2025-59287
  - title: 'Microsoft Learn: Enable hotpatch for Azure Arc-enabled servers (known issues, October 2025)'
    url: https://learn.microsoft.com/windows-server/get-started/enable-hotpatch-azure-arc-enabled-servers
  - title: 'Microsoft Learn: Hotpatch for Windows Server'
    url: https://learn.microsoft.com/windows-server/get-started/hotpatch
  - title: 'Microsoft Learn: Hotpatch updates, update schedules'
    url: https://learn.microsoft.com/training/modules/hotpatch-updates/3-update-schedules
  - title: 'Microsoft Learn: Automatic VM guest patching for Azure VMs'
    url: https://learn.microsoft.com/azure/virtual-machines/automatic-vm-guest-patching
  - title: 'Microsoft Learn: Schedule recurring updates for machines (Azure Update Manager)'
    url: https://learn.microsoft.com/azure/update-manager/scheduled-patching
  - title: 'Microsoft Learn: Configure schedule patching on Azure VMs (prerequisites)'
    url: https://learn.microsoft.com/azure/update-manager/prerequsite-for-schedule-patching
  - title: 'KB5070881: Windows Server 2025 out-of-band update (2025-10-23)'
    url: https://support.microsoft.com/topic/8e7ac742-6785-4677-87e4-b73dd8ac0122
  - title: 'KB5070893: Security update for WSUS on Windows Server 2025 hotpatch machines (2025-10-24)'
    url: https://support.microsoft.com/topic/78f3720c-9511-4deb-b0d7-7bed2016fefd
`;
registerShippedAdvisory(text, '{"id":"wsus-cve-2025-59287","reviewed":"2026-08-01","title":"WSUS remote code execution (CVE-2025-59287) and the hotpatch baseline calendar","cves":["CVE-2025-59287"],"summary":"CVE-2025-59287 is a critical (CVSS 9.8) remote code execution flaw in Windows Server Update Services, exploited in the wild. Its out-of-band fixes of 2025-10-23 require a restart. On Windows Server 2025 hotpatch machines, KB5070881 ends hotpatching until the January 2026 baseline: those machines take a reboot-requiring update every month until then. Every hotpatch machine also restarts for each quarterly baseline update (January, April, July, October), so a hotpatch VM needs a maintenance window that allows reboots.","disruption":{"start":"2025-10-23","end":"2026-01-13","description":"Windows Server 2025 hotpatch machines that installed KB5070881 take a reboot-requiring update every month until the January 2026 baseline."},"families":[{"os":"Windows Server 2025","build":26100,"fixedRevision":6905,"kb":"KB5070881","hotpatchKb":"KB5070893","breaksHotpatch":true},{"os":"Windows Server 2022, 23H2 Edition","build":25398,"fixedRevision":1916,"kb":"KB5070879","breaksHotpatch":false},{"os":"Windows Server 2022","build":20348,"fixedRevision":4297,"kb":"KB5070884","breaksHotpatch":false},{"os":"Windows Server 2019","build":17763,"fixedRevision":7922,"kb":"KB5070883","breaksHotpatch":false},{"os":"Windows Server 2016","build":14393,"fixedRevision":8524,"kb":"KB5070882","breaksHotpatch":false},{"os":"Windows Server 2012 R2","build":9600,"fixedRevision":22826,"kb":"KB5070886","breaksHotpatch":false},{"os":"Windows Server 2012","build":9200,"fixedRevision":25728,"kb":"KB5070887","breaksHotpatch":false}],"hotpatchImages":[{"publisher":"MicrosoftWindowsServer","offer":"WindowsServer","sku":"2025-datacenter-azure-edition","os":"Windows Server 2025 Datacenter: Azure Edition","build":26100,"hotpatchOnByDefault":true,"preview":false},{"publisher":"MicrosoftWindowsServer","offer":"WindowsServer","sku":"2025-datacenter-azure-edition-core","os":"Windows Server 2025 Datacenter: Azure Edition Core","build":26100,"hotpatchOnByDefault":true,"preview":false},{"publisher":"MicrosoftWindowsServer","offer":"WindowsServer","sku":"2025-datacenter-azure-edition-smalldisk","os":"Windows Server 2025 Datacenter: Azure Edition (small disk)","build":26100,"hotpatchOnByDefault":true,"preview":false},{"publisher":"MicrosoftWindowsServer","offer":"WindowsServer","sku":"2025-datacenter-azure-edition-core-smalldisk","os":"Windows Server 2025 Datacenter: Azure Edition Core (small disk)","build":26100,"hotpatchOnByDefault":true,"preview":false},{"publisher":"MicrosoftWindowsServer","offer":"WindowsServer","sku":"2022-datacenter-azure-edition-core","os":"Windows Server 2022 Datacenter: Azure Edition Core","build":20348,"hotpatchOnByDefault":true,"preview":false},{"publisher":"MicrosoftWindowsServer","offer":"WindowsServer","sku":"2022-datacenter-azure-edition-core-smalldisk","os":"Windows Server 2022 Datacenter: Azure Edition Core (small disk)","build":20348,"hotpatchOnByDefault":true,"preview":false},{"publisher":"MicrosoftWindowsServer","offer":"WindowsServer","sku":"2022-datacenter-azure-edition-hotpatch","os":"Windows Server 2022 Datacenter: Azure Edition Hotpatch","build":20348,"hotpatchOnByDefault":false,"preview":false},{"publisher":"MicrosoftWindowsServer","offer":"WindowsServer","sku":"2022-datacenter-azure-edition-hotpatch-smalldisk","os":"Windows Server 2022 Datacenter: Azure Edition Hotpatch (small disk)","build":20348,"hotpatchOnByDefault":false,"preview":false},{"publisher":"MicrosoftWindowsServer","offer":"MicrosoftServerOperatingSystems-previews","sku":"windows-server-2025-azure-edition-hotpatch","os":"Windows Server 2025 Datacenter: Azure Edition Hotpatch (preview)","build":26100,"hotpatchOnByDefault":true,"preview":true},{"publisher":"MicrosoftWindowsServer","offer":"WindowsServerHotpatch-previews","sku":"windows-server-2022-azure-edition-hotpatch","os":"Windows Server 2022 Datacenter: Azure Edition Hotpatch (preview)","build":20348,"hotpatchOnByDefault":false,"preview":true}],"baselineMonths":[1,4,7,10],"sources":[{"title":"CVE-2025-59287 (CVE record)","url":"https://www.cve.org/CVERecord?id=CVE-2025-59287"},{"title":"MSRC: Windows Server Update Service (WSUS) Remote Code Execution Vulnerability","url":"https://msrc.microsoft.com/update-guide/vulnerability/CVE-2025-59287"},{"title":"Microsoft Learn: Enable hotpatch for Azure Arc-enabled servers (known issues, October 2025)","url":"https://learn.microsoft.com/windows-server/get-started/enable-hotpatch-azure-arc-enabled-servers"},{"title":"Microsoft Learn: Hotpatch for Windows Server","url":"https://learn.microsoft.com/windows-server/get-started/hotpatch"},{"title":"Microsoft Learn: Hotpatch updates, update schedules","url":"https://learn.microsoft.com/training/modules/hotpatch-updates/3-update-schedules"},{"title":"Microsoft Learn: Automatic VM guest patching for Azure VMs","url":"https://learn.microsoft.com/azure/virtual-machines/automatic-vm-guest-patching"},{"title":"Microsoft Learn: Schedule recurring updates for machines (Azure Update Manager)","url":"https://learn.microsoft.com/azure/update-manager/scheduled-patching"},{"title":"Microsoft Learn: Configure schedule patching on Azure VMs (prerequisites)","url":"https://learn.microsoft.com/azure/update-manager/prerequsite-for-schedule-patching"},{"title":"KB5070881: Windows Server 2025 out-of-band update (2025-10-23)","url":"https://support.microsoft.com/topic/8e7ac742-6785-4677-87e4-b73dd8ac0122"},{"title":"KB5070893: Security update for WSUS on Windows Server 2025 hotpatch machines (2025-10-24)","url":"https://support.microsoft.com/topic/78f3720c-9511-4deb-b0d7-7bed2016fefd"}]}');
var wsus_cve_2025_59287_default = text;

// src/policy/advisories/index.ts
registerShippedAdvisory(wsus_cve_2025_59287_default);
var BUILT_IN_ADVISORY_FILES = [
  { source: "src/policy/advisories/wsus-cve-2025-59287.yml", text: wsus_cve_2025_59287_default }
];
var builtIn;
function getBuiltInAdvisories() {
  builtIn ??= BUILT_IN_ADVISORY_FILES.map((file) => readAdvisory(file.text, file.source));
  return builtIn;
}

// src/pipeline/advisory-sources.ts
function builtInAdvisories() {
  return BUILT_IN_ADVISORY_FILES.map((file) => ({
    advisory: readAdvisory(file.text, file.source),
    source: file.source,
    builtIn: true
  }));
}

// src/config/glob.ts
function matchGlob(pattern, text2, options = {}) {
  const fold = (value) => options.ignoreCase ? value.toLowerCase() : value;
  const patternSegments = fold(pattern).split("/");
  const textSegments = fold(text2).split("/");
  let reachable = new Array(textSegments.length + 1).fill(false);
  reachable[0] = true;
  for (const segment of patternSegments) {
    const next = new Array(textSegments.length + 1).fill(false);
    if (segment === "**") {
      let seen = false;
      for (let j = 0; j <= textSegments.length; j++) {
        seen ||= reachable[j] === true;
        next[j] = seen;
      }
    } else {
      for (let j = 0; j < textSegments.length; j++) {
        if (reachable[j] && matchSegment(segment, textSegments[j])) next[j + 1] = true;
      }
    }
    reachable = next;
  }
  return reachable[textSegments.length] === true;
}
function matchPathGlob(pattern, path) {
  if (!pattern.includes("/")) return matchGlob(pattern, path.slice(path.lastIndexOf("/") + 1));
  return matchGlob(pattern.replace(/^\.\//, ""), path);
}
function matchSegment(pattern, text2) {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text2.length) {
    const char = pattern[p];
    if (char === "*") {
      star = p++;
      resume = t;
    } else if (char !== void 0 && (char === "?" || char === text2[t])) {
      p++;
      t++;
    } else if (star >= 0) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (pattern[p] === "*") p++;
  return p === pattern.length;
}

// src/pipeline/select-files.ts
function selectFiles(configuration) {
  const { include, exclude } = configuration;
  if (include.length === 0 && exclude.length === 0) return void 0;
  return (path) => (include.length === 0 || include.some((glob) => matchPathGlob(glob, path))) && !exclude.some((glob) => matchPathGlob(glob, path));
}

// src/evaluation-day.ts
var formatDay = (date) => date.toISOString().slice(0, 10);
function parseEvaluationDay(text2) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text2);
  if (match === null) return void 0;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return formatDay(date) === text2 ? { text: text2, date } : void 0;
}
function evaluationDayOf(now) {
  const text2 = formatDay(now);
  return { text: text2, date: /* @__PURE__ */ new Date(`${text2}T00:00:00Z`) };
}

// src/config/iso-time.ts
var DURATION = /^P(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,4})D)?(?:T(?:(\d{1,4})H)?(?:(\d{1,4})M)?(?:(\d{1,6})S)?)?$/;
var DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
function parseDuration(text2) {
  const match = DURATION.exec(text2);
  if (match === null || text2.endsWith("T")) return void 0;
  const field = (index) => Number(match[index] ?? 0);
  const duration = {
    years: field(1),
    months: field(2),
    days: field(3) * 7 + field(4),
    milliseconds: ((field(5) * 60 + field(6)) * 60 + field(7)) * 1e3
  };
  const zero = duration.years === 0 && duration.months === 0 && duration.days === 0 && duration.milliseconds === 0;
  return zero ? void 0 : duration;
}
function parseDateTime(text2) {
  const match = DATE_TIME.exec(text2);
  if (match === null) return void 0;
  const field = (index) => Number(match[index] ?? 0);
  const [year, month, day, hour, minute, second] = [field(1), field(2), field(3), field(4), field(5), field(6)];
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(utc);
  const fields = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
  if (fields.join() !== [year, month, day, hour, minute].join() || second > 59) return void 0;
  const zone = match[7];
  if (zone === void 0 || zone === "Z") return date;
  const sign = zone.startsWith("-") ? -1 : 1;
  const [zoneHours, zoneMinutes] = zone.slice(1).split(":").map(Number);
  if (zoneHours > 14 || zoneMinutes > 59) return void 0;
  return new Date(utc - sign * (zoneHours * 60 + zoneMinutes) * 6e4);
}
function addDuration(instant, duration, times = 1) {
  const date = new Date(instant.getTime());
  date.setUTCFullYear(date.getUTCFullYear() + duration.years * times, date.getUTCMonth() + duration.months * times);
  date.setUTCDate(date.getUTCDate() + duration.days * times);
  return new Date(date.getTime() + duration.milliseconds * times);
}
function formatInstant(instant) {
  const iso = instant.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}
var DAY = 864e5;
function calendarDay(text2) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text2);
  if (match === null) return void 0;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return formatDay(new Date(time)) === text2 ? time / DAY : void 0;
}

// src/config/types.ts
var DEFAULT_TAGS = {
  window: "hotpatch-reboot-window",
  owner: "hotpatch-reboot-owner",
  ticket: "hotpatch-reboot-ticket"
};
var DEFAULT_MAX_EXEMPTION_DAYS = 90;
var GOVERNANCE_RULES = ["exemption-expired", "invalid-exemption"];
var UNEXEMPTABLE_RULES = [...GOVERNANCE_RULES, "invalid-reboot-plan", "invalid-vm-name", "not-evaluated", "nothing-scanned", "unreadable-manifest"];

// src/schedule/recurrence.ts
var MAX_LENGTH = 200;
var MAX_EVERY = 35;
var MIN_HOURS = 6;
var WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
var WEEKS = ["first", "second", "third", "fourth", "last"];
var UNIT = /^(\d{1,3})?(hour|day|week|month)(s?)$/i;
var GRAMMAR = "Day, 3Days, Week Saturday,Sunday, Month day23,day24 or Month Second Tuesday Offset2";
var weekdayOf = (word) => {
  const index = WEEKDAYS.indexOf(word.toLowerCase());
  return index < 0 ? void 0 : index + 1;
};
function parseRecurrence(raw) {
  const text2 = raw.trim();
  if (text2 === "") return { problem: `recurEvery is empty; expected ${GRAMMAR}` };
  if (text2.length > MAX_LENGTH) return { problem: `recurEvery is longer than ${MAX_LENGTH} characters` };
  const [head = "", ...rest] = text2.split(/\s+/);
  const unit = UNIT.exec(head);
  if (unit === null) return { problem: `'${head}' is not Hour, Day, Week or Month with an optional count (6Hours, 3Days, 2Weeks, 3Months)` };
  const every = unit[1] === void 0 ? 1 : Number(unit[1]);
  const kind = unit[2].toLowerCase();
  if (kind === "hour") return parseHourly(head, every, rest);
  if (every < 1 || every > MAX_EVERY) return { problem: `'${head}': the count is 1 to ${MAX_EVERY}` };
  if (kind === "day") {
    return rest.length === 0 ? { recurrence: { kind: "daily", every } } : { problem: `a daily recurrence takes nothing after '${head}', got '${rest.join(" ")}'` };
  }
  if (kind === "week") return parseWeekly(every, rest);
  return parseMonthly(every, rest);
}
function parseHourly(head, every, rest) {
  if (every < MIN_HOURS) return { problem: `'${head}': an hourly recurrence is every ${MIN_HOURS} hours or more` };
  if (rest.length > 0) return { problem: `an hourly recurrence takes nothing after '${head}', got '${rest.join(" ")}'` };
  return { recurrence: { kind: "hourly", every } };
}
function parseWeekly(every, rest) {
  if (rest.length === 0) return { recurrence: { kind: "weekly", every, weekdays: [] } };
  if (rest.length > 1) return { problem: `weekdays are separated by commas without spaces (Saturday,Sunday), got '${rest.join(" ")}'` };
  const weekdays = [];
  for (const word of rest[0].split(",")) {
    const day = weekdayOf(word);
    if (day === void 0) return { problem: `'${word}' is not a weekday (Monday to Sunday)` };
    if (!weekdays.includes(day)) weekdays.push(day);
  }
  return { recurrence: { kind: "weekly", every, weekdays: weekdays.sort((a, b) => a - b) } };
}
function parseMonthly(every, rest) {
  if (rest.length === 0) return { recurrence: { kind: "monthly-days", every, days: [] } };
  const [first = "", second, offsetWord, ...extra] = rest;
  if (rest.length === 1 && /^day/i.test(first)) {
    const days = [];
    for (const word of first.split(",")) {
      const match = /^day(-1|[1-9]|[12]\d|3[01])$/i.exec(word);
      if (match === null) return { problem: `'${word}' is not a day of the month (day1 to day31, or day-1 for the last day)` };
      const day = Number(match[1]);
      if (!days.includes(day)) days.push(day);
    }
    return { recurrence: { kind: "monthly-days", every, days } };
  }
  const week = WEEKS.indexOf(first.toLowerCase());
  if (week < 0) return { problem: `expected day numbers (day23,day24) or First, Second, Third, Fourth or Last after the month, got '${first}'` };
  const weekday = weekdayOf(second ?? "");
  if (weekday === void 0) return { problem: `expected a weekday (Monday to Sunday) after '${first}', got '${second ?? "nothing"}'` };
  let offset = 0;
  if (offsetWord !== void 0) {
    const match = /^offset([+-]?\d{1,2})$/i.exec(offsetWord);
    if (match === null) return { problem: `'${offsetWord}' is not an offset (Offset-6 to Offset6)` };
    offset = Number(match[1]);
    if (offset < -6 || offset > 6) return { problem: `'${offsetWord}': the offset is -6 to 6 days` };
  }
  if (extra.length > 0) return { problem: `unexpected '${extra.join(" ")}' after the monthly recurrence` };
  return { recurrence: { kind: "monthly-weekday", every, week: week + 1, weekday, offset } };
}
var ORDINAL_WORDS = ["First", "Second", "Third", "Fourth", "Last"];
var DAY_WORDS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
function describeRecurrence(recurrence) {
  const unit = (word) => recurrence.every === 1 ? `every ${word}` : `every ${recurrence.every} ${word}s`;
  switch (recurrence.kind) {
    case "hourly":
      return unit("hour");
    case "daily":
      return unit("day");
    case "weekly":
      return recurrence.weekdays.length === 0 ? unit("week") : `${unit("week")} on ${recurrence.weekdays.map((d) => DAY_WORDS[d - 1]).join(", ")}`;
    case "monthly-days":
      return recurrence.days.length === 0 ? unit("month") : `${unit("month")} on ${recurrence.days.map((d) => d === -1 ? "the last day" : `day ${d}`).join(", ")}`;
    case "monthly-weekday": {
      const days = Math.abs(recurrence.offset);
      const offset = days === 0 ? "" : ` ${recurrence.offset > 0 ? "+" : "-"} ${days} day${days === 1 ? "" : "s"}`;
      return `${unit("month")} on the ${ORDINAL_WORDS[recurrence.week - 1]} ${DAY_WORDS[recurrence.weekday - 1]}${offset}`;
    }
  }
}

// src/schedule/wall-clock.ts
var MINUTE_MS = 6e4;
var DAY_MS = 864e5;
function atWallClock(time, zone) {
  const local = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  const before = zone.offset(local - DAY_MS);
  const after = zone.offset(local + DAY_MS);
  const withBefore = local - before * MINUTE_MS;
  const withAfter = local - after * MINUTE_MS;
  const fitsBefore = zone.offset(withBefore) === before;
  const fitsAfter = before === after ? fitsBefore : zone.offset(withAfter) === after;
  let instant;
  if (fitsBefore && fitsAfter) instant = Math.max(withBefore, withAfter);
  else if (fitsBefore) instant = withBefore;
  else if (fitsAfter) instant = withAfter;
  else instant = changeInstant(withAfter, withBefore, after, zone);
  return DateTime.fromMillis(instant, { zone });
}
function changeInstant(earlier, later, after, zone) {
  let skipped = Math.floor(earlier / MINUTE_MS);
  let changed = Math.ceil(later / MINUTE_MS);
  while (changed - skipped > 1) {
    const middle = Math.floor((skipped + changed) / 2);
    if (zone.offset(middle * MINUTE_MS) === after) changed = middle;
    else skipped = middle;
  }
  return changed * MINUTE_MS;
}
function formatWallClock(time) {
  const two = (n) => n < 10 ? `0${n}` : String(n);
  return `${String(time.year).padStart(4, "0")}-${two(time.month)}-${two(time.day)} ${two(time.hour)}:${two(time.minute)}`;
}

// node_modules/windows-iana/dist/windows-iana.esm.js
var WINDOWS_TO_IANA_MAP = [{
  windowsName: "Dateline Standard Time",
  territory: "001",
  iana: ["Etc/GMT+12"]
}, {
  windowsName: "Dateline Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT+12"]
}, {
  windowsName: "UTC-11",
  territory: "001",
  iana: ["Etc/GMT+11"]
}, {
  windowsName: "UTC-11",
  territory: "AS",
  iana: ["Pacific/Pago_Pago"]
}, {
  windowsName: "UTC-11",
  territory: "NU",
  iana: ["Pacific/Niue"]
}, {
  windowsName: "UTC-11",
  territory: "UM",
  iana: ["Pacific/Midway"]
}, {
  windowsName: "UTC-11",
  territory: "ZZ",
  iana: ["Etc/GMT+11"]
}, {
  windowsName: "Aleutian Standard Time",
  territory: "001",
  iana: ["America/Adak"]
}, {
  windowsName: "Aleutian Standard Time",
  territory: "US",
  iana: ["America/Adak"]
}, {
  windowsName: "Hawaiian Standard Time",
  territory: "001",
  iana: ["Pacific/Honolulu"]
}, {
  windowsName: "Hawaiian Standard Time",
  territory: "CK",
  iana: ["Pacific/Rarotonga"]
}, {
  windowsName: "Hawaiian Standard Time",
  territory: "PF",
  iana: ["Pacific/Tahiti"]
}, {
  windowsName: "Hawaiian Standard Time",
  territory: "UM",
  iana: ["Pacific/Johnston"]
}, {
  windowsName: "Hawaiian Standard Time",
  territory: "US",
  iana: ["Pacific/Honolulu"]
}, {
  windowsName: "Hawaiian Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT+10"]
}, {
  windowsName: "Marquesas Standard Time",
  territory: "001",
  iana: ["Pacific/Marquesas"]
}, {
  windowsName: "Marquesas Standard Time",
  territory: "PF",
  iana: ["Pacific/Marquesas"]
}, {
  windowsName: "Alaskan Standard Time",
  territory: "001",
  iana: ["America/Anchorage"]
}, {
  windowsName: "Alaskan Standard Time",
  territory: "US",
  iana: ["America/Anchorage", "America/Juneau", "America/Metlakatla", "America/Nome", "America/Sitka", "America/Yakutat"]
}, {
  windowsName: "UTC-09",
  territory: "001",
  iana: ["Etc/GMT+9"]
}, {
  windowsName: "UTC-09",
  territory: "PF",
  iana: ["Pacific/Gambier"]
}, {
  windowsName: "UTC-09",
  territory: "ZZ",
  iana: ["Etc/GMT+9"]
}, {
  windowsName: "Pacific Standard Time (Mexico)",
  territory: "001",
  iana: ["America/Tijuana"]
}, {
  windowsName: "Pacific Standard Time (Mexico)",
  territory: "MX",
  iana: ["America/Tijuana", "America/Santa_Isabel"]
}, {
  windowsName: "UTC-08",
  territory: "001",
  iana: ["Etc/GMT+8"]
}, {
  windowsName: "UTC-08",
  territory: "PN",
  iana: ["Pacific/Pitcairn"]
}, {
  windowsName: "UTC-08",
  territory: "ZZ",
  iana: ["Etc/GMT+8"]
}, {
  windowsName: "Pacific Standard Time",
  territory: "001",
  iana: ["America/Los_Angeles"]
}, {
  windowsName: "Pacific Standard Time",
  territory: "CA",
  iana: ["America/Vancouver"]
}, {
  windowsName: "Pacific Standard Time",
  territory: "US",
  iana: ["America/Los_Angeles"]
}, {
  windowsName: "Pacific Standard Time",
  territory: "ZZ",
  iana: ["PST8PDT"]
}, {
  windowsName: "US Mountain Standard Time",
  territory: "001",
  iana: ["America/Phoenix"]
}, {
  windowsName: "US Mountain Standard Time",
  territory: "CA",
  iana: ["America/Creston", "America/Dawson_Creek", "America/Fort_Nelson"]
}, {
  windowsName: "US Mountain Standard Time",
  territory: "MX",
  iana: ["America/Hermosillo"]
}, {
  windowsName: "US Mountain Standard Time",
  territory: "US",
  iana: ["America/Phoenix"]
}, {
  windowsName: "US Mountain Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT+7"]
}, {
  windowsName: "Mountain Standard Time (Mexico)",
  territory: "001",
  iana: ["America/Chihuahua"]
}, {
  windowsName: "Mountain Standard Time (Mexico)",
  territory: "MX",
  iana: ["America/Chihuahua", "America/Mazatlan"]
}, {
  windowsName: "Mountain Standard Time",
  territory: "001",
  iana: ["America/Denver"]
}, {
  windowsName: "Mountain Standard Time",
  territory: "CA",
  iana: ["America/Edmonton", "America/Cambridge_Bay", "America/Inuvik", "America/Yellowknife"]
}, {
  windowsName: "Mountain Standard Time",
  territory: "MX",
  iana: ["America/Ojinaga"]
}, {
  windowsName: "Mountain Standard Time",
  territory: "US",
  iana: ["America/Denver", "America/Boise"]
}, {
  windowsName: "Mountain Standard Time",
  territory: "ZZ",
  iana: ["MST7MDT"]
}, {
  windowsName: "Yukon Standard Time",
  territory: "001",
  iana: ["America/Whitehorse"]
}, {
  windowsName: "Yukon Standard Time",
  territory: "CA",
  iana: ["America/Whitehorse", "America/Dawson"]
}, {
  windowsName: "Central America Standard Time",
  territory: "001",
  iana: ["America/Guatemala"]
}, {
  windowsName: "Central America Standard Time",
  territory: "BZ",
  iana: ["America/Belize"]
}, {
  windowsName: "Central America Standard Time",
  territory: "CR",
  iana: ["America/Costa_Rica"]
}, {
  windowsName: "Central America Standard Time",
  territory: "EC",
  iana: ["Pacific/Galapagos"]
}, {
  windowsName: "Central America Standard Time",
  territory: "GT",
  iana: ["America/Guatemala"]
}, {
  windowsName: "Central America Standard Time",
  territory: "HN",
  iana: ["America/Tegucigalpa"]
}, {
  windowsName: "Central America Standard Time",
  territory: "NI",
  iana: ["America/Managua"]
}, {
  windowsName: "Central America Standard Time",
  territory: "SV",
  iana: ["America/El_Salvador"]
}, {
  windowsName: "Central America Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT+6"]
}, {
  windowsName: "Central Standard Time",
  territory: "001",
  iana: ["America/Chicago"]
}, {
  windowsName: "Central Standard Time",
  territory: "CA",
  iana: ["America/Winnipeg", "America/Rainy_River", "America/Rankin_Inlet", "America/Resolute"]
}, {
  windowsName: "Central Standard Time",
  territory: "MX",
  iana: ["America/Matamoros"]
}, {
  windowsName: "Central Standard Time",
  territory: "US",
  iana: ["America/Chicago", "America/Indiana/Knox", "America/Indiana/Tell_City", "America/Menominee", "America/North_Dakota/Beulah", "America/North_Dakota/Center", "America/North_Dakota/New_Salem"]
}, {
  windowsName: "Central Standard Time",
  territory: "ZZ",
  iana: ["CST6CDT"]
}, {
  windowsName: "Easter Island Standard Time",
  territory: "001",
  iana: ["Pacific/Easter"]
}, {
  windowsName: "Easter Island Standard Time",
  territory: "CL",
  iana: ["Pacific/Easter"]
}, {
  windowsName: "Central Standard Time (Mexico)",
  territory: "001",
  iana: ["America/Mexico_City"]
}, {
  windowsName: "Central Standard Time (Mexico)",
  territory: "MX",
  iana: ["America/Mexico_City", "America/Bahia_Banderas", "America/Merida", "America/Monterrey"]
}, {
  windowsName: "Canada Central Standard Time",
  territory: "001",
  iana: ["America/Regina"]
}, {
  windowsName: "Canada Central Standard Time",
  territory: "CA",
  iana: ["America/Regina", "America/Swift_Current"]
}, {
  windowsName: "SA Pacific Standard Time",
  territory: "001",
  iana: ["America/Bogota"]
}, {
  windowsName: "SA Pacific Standard Time",
  territory: "BR",
  iana: ["America/Rio_Branco", "America/Eirunepe"]
}, {
  windowsName: "SA Pacific Standard Time",
  territory: "CA",
  iana: ["America/Coral_Harbour"]
}, {
  windowsName: "SA Pacific Standard Time",
  territory: "CO",
  iana: ["America/Bogota"]
}, {
  windowsName: "SA Pacific Standard Time",
  territory: "EC",
  iana: ["America/Guayaquil"]
}, {
  windowsName: "SA Pacific Standard Time",
  territory: "JM",
  iana: ["America/Jamaica"]
}, {
  windowsName: "SA Pacific Standard Time",
  territory: "KY",
  iana: ["America/Cayman"]
}, {
  windowsName: "SA Pacific Standard Time",
  territory: "PA",
  iana: ["America/Panama"]
}, {
  windowsName: "SA Pacific Standard Time",
  territory: "PE",
  iana: ["America/Lima"]
}, {
  windowsName: "SA Pacific Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT+5"]
}, {
  windowsName: "Eastern Standard Time (Mexico)",
  territory: "001",
  iana: ["America/Cancun"]
}, {
  windowsName: "Eastern Standard Time (Mexico)",
  territory: "MX",
  iana: ["America/Cancun"]
}, {
  windowsName: "Eastern Standard Time",
  territory: "001",
  iana: ["America/New_York"]
}, {
  windowsName: "Eastern Standard Time",
  territory: "BS",
  iana: ["America/Nassau"]
}, {
  windowsName: "Eastern Standard Time",
  territory: "CA",
  iana: ["America/Toronto", "America/Iqaluit", "America/Montreal", "America/Nipigon", "America/Pangnirtung", "America/Thunder_Bay"]
}, {
  windowsName: "Eastern Standard Time",
  territory: "US",
  iana: ["America/New_York", "America/Detroit", "America/Indiana/Petersburg", "America/Indiana/Vincennes", "America/Indiana/Winamac", "America/Kentucky/Monticello", "America/Louisville"]
}, {
  windowsName: "Eastern Standard Time",
  territory: "ZZ",
  iana: ["EST5EDT"]
}, {
  windowsName: "Haiti Standard Time",
  territory: "001",
  iana: ["America/Port-au-Prince"]
}, {
  windowsName: "Haiti Standard Time",
  territory: "HT",
  iana: ["America/Port-au-Prince"]
}, {
  windowsName: "Cuba Standard Time",
  territory: "001",
  iana: ["America/Havana"]
}, {
  windowsName: "Cuba Standard Time",
  territory: "CU",
  iana: ["America/Havana"]
}, {
  windowsName: "US Eastern Standard Time",
  territory: "001",
  iana: ["America/Indianapolis"]
}, {
  windowsName: "US Eastern Standard Time",
  territory: "US",
  iana: ["America/Indianapolis", "America/Indiana/Marengo", "America/Indiana/Vevay"]
}, {
  windowsName: "Turks And Caicos Standard Time",
  territory: "001",
  iana: ["America/Grand_Turk"]
}, {
  windowsName: "Turks And Caicos Standard Time",
  territory: "TC",
  iana: ["America/Grand_Turk"]
}, {
  windowsName: "Paraguay Standard Time",
  territory: "001",
  iana: ["America/Asuncion"]
}, {
  windowsName: "Paraguay Standard Time",
  territory: "PY",
  iana: ["America/Asuncion"]
}, {
  windowsName: "Atlantic Standard Time",
  territory: "001",
  iana: ["America/Halifax"]
}, {
  windowsName: "Atlantic Standard Time",
  territory: "BM",
  iana: ["Atlantic/Bermuda"]
}, {
  windowsName: "Atlantic Standard Time",
  territory: "CA",
  iana: ["America/Halifax", "America/Glace_Bay", "America/Goose_Bay", "America/Moncton"]
}, {
  windowsName: "Atlantic Standard Time",
  territory: "GL",
  iana: ["America/Thule"]
}, {
  windowsName: "Venezuela Standard Time",
  territory: "001",
  iana: ["America/Caracas"]
}, {
  windowsName: "Venezuela Standard Time",
  territory: "VE",
  iana: ["America/Caracas"]
}, {
  windowsName: "Central Brazilian Standard Time",
  territory: "001",
  iana: ["America/Cuiaba"]
}, {
  windowsName: "Central Brazilian Standard Time",
  territory: "BR",
  iana: ["America/Cuiaba", "America/Campo_Grande"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "001",
  iana: ["America/La_Paz"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "AG",
  iana: ["America/Antigua"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "AI",
  iana: ["America/Anguilla"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "AW",
  iana: ["America/Aruba"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "BB",
  iana: ["America/Barbados"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "BL",
  iana: ["America/St_Barthelemy"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "BO",
  iana: ["America/La_Paz"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "BQ",
  iana: ["America/Kralendijk"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "BR",
  iana: ["America/Manaus", "America/Boa_Vista", "America/Porto_Velho"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "CA",
  iana: ["America/Blanc-Sablon"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "CW",
  iana: ["America/Curacao"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "DM",
  iana: ["America/Dominica"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "DO",
  iana: ["America/Santo_Domingo"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "GD",
  iana: ["America/Grenada"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "GP",
  iana: ["America/Guadeloupe"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "GY",
  iana: ["America/Guyana"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "KN",
  iana: ["America/St_Kitts"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "LC",
  iana: ["America/St_Lucia"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "MF",
  iana: ["America/Marigot"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "MQ",
  iana: ["America/Martinique"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "MS",
  iana: ["America/Montserrat"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "PR",
  iana: ["America/Puerto_Rico"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "SX",
  iana: ["America/Lower_Princes"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "TT",
  iana: ["America/Port_of_Spain"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "VC",
  iana: ["America/St_Vincent"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "VG",
  iana: ["America/Tortola"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "VI",
  iana: ["America/St_Thomas"]
}, {
  windowsName: "SA Western Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT+4"]
}, {
  windowsName: "Pacific SA Standard Time",
  territory: "001",
  iana: ["America/Santiago"]
}, {
  windowsName: "Pacific SA Standard Time",
  territory: "CL",
  iana: ["America/Santiago"]
}, {
  windowsName: "Newfoundland Standard Time",
  territory: "001",
  iana: ["America/St_Johns"]
}, {
  windowsName: "Newfoundland Standard Time",
  territory: "CA",
  iana: ["America/St_Johns"]
}, {
  windowsName: "Tocantins Standard Time",
  territory: "001",
  iana: ["America/Araguaina"]
}, {
  windowsName: "Tocantins Standard Time",
  territory: "BR",
  iana: ["America/Araguaina"]
}, {
  windowsName: "E. South America Standard Time",
  territory: "001",
  iana: ["America/Sao_Paulo"]
}, {
  windowsName: "E. South America Standard Time",
  territory: "BR",
  iana: ["America/Sao_Paulo"]
}, {
  windowsName: "SA Eastern Standard Time",
  territory: "001",
  iana: ["America/Cayenne"]
}, {
  windowsName: "SA Eastern Standard Time",
  territory: "AQ",
  iana: ["Antarctica/Rothera", "Antarctica/Palmer"]
}, {
  windowsName: "SA Eastern Standard Time",
  territory: "BR",
  iana: ["America/Fortaleza", "America/Belem", "America/Maceio", "America/Recife", "America/Santarem"]
}, {
  windowsName: "SA Eastern Standard Time",
  territory: "FK",
  iana: ["Atlantic/Stanley"]
}, {
  windowsName: "SA Eastern Standard Time",
  territory: "GF",
  iana: ["America/Cayenne"]
}, {
  windowsName: "SA Eastern Standard Time",
  territory: "SR",
  iana: ["America/Paramaribo"]
}, {
  windowsName: "SA Eastern Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT+3"]
}, {
  windowsName: "Argentina Standard Time",
  territory: "001",
  iana: ["America/Buenos_Aires"]
}, {
  windowsName: "Argentina Standard Time",
  territory: "AR",
  iana: ["America/Buenos_Aires", "America/Argentina/La_Rioja", "America/Argentina/Rio_Gallegos", "America/Argentina/Salta", "America/Argentina/San_Juan", "America/Argentina/San_Luis", "America/Argentina/Tucuman", "America/Argentina/Ushuaia", "America/Catamarca", "America/Cordoba", "America/Jujuy", "America/Mendoza"]
}, {
  windowsName: "Greenland Standard Time",
  territory: "001",
  iana: ["America/Godthab"]
}, {
  windowsName: "Greenland Standard Time",
  territory: "GL",
  iana: ["America/Godthab"]
}, {
  windowsName: "Montevideo Standard Time",
  territory: "001",
  iana: ["America/Montevideo"]
}, {
  windowsName: "Montevideo Standard Time",
  territory: "UY",
  iana: ["America/Montevideo"]
}, {
  windowsName: "Magallanes Standard Time",
  territory: "001",
  iana: ["America/Punta_Arenas"]
}, {
  windowsName: "Magallanes Standard Time",
  territory: "CL",
  iana: ["America/Punta_Arenas"]
}, {
  windowsName: "Saint Pierre Standard Time",
  territory: "001",
  iana: ["America/Miquelon"]
}, {
  windowsName: "Saint Pierre Standard Time",
  territory: "PM",
  iana: ["America/Miquelon"]
}, {
  windowsName: "Bahia Standard Time",
  territory: "001",
  iana: ["America/Bahia"]
}, {
  windowsName: "Bahia Standard Time",
  territory: "BR",
  iana: ["America/Bahia"]
}, {
  windowsName: "UTC-02",
  territory: "001",
  iana: ["Etc/GMT+2"]
}, {
  windowsName: "UTC-02",
  territory: "BR",
  iana: ["America/Noronha"]
}, {
  windowsName: "UTC-02",
  territory: "GS",
  iana: ["Atlantic/South_Georgia"]
}, {
  windowsName: "UTC-02",
  territory: "ZZ",
  iana: ["Etc/GMT+2"]
}, {
  windowsName: "Azores Standard Time",
  territory: "001",
  iana: ["Atlantic/Azores"]
}, {
  windowsName: "Azores Standard Time",
  territory: "GL",
  iana: ["America/Scoresbysund"]
}, {
  windowsName: "Azores Standard Time",
  territory: "PT",
  iana: ["Atlantic/Azores"]
}, {
  windowsName: "Cape Verde Standard Time",
  territory: "001",
  iana: ["Atlantic/Cape_Verde"]
}, {
  windowsName: "Cape Verde Standard Time",
  territory: "CV",
  iana: ["Atlantic/Cape_Verde"]
}, {
  windowsName: "Cape Verde Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT+1"]
}, {
  windowsName: "UTC",
  territory: "001",
  iana: ["Etc/UTC"]
}, {
  windowsName: "UTC",
  territory: "ZZ",
  iana: ["Etc/UTC", "Etc/GMT"]
}, {
  windowsName: "GMT Standard Time",
  territory: "001",
  iana: ["Europe/London"]
}, {
  windowsName: "GMT Standard Time",
  territory: "ES",
  iana: ["Atlantic/Canary"]
}, {
  windowsName: "GMT Standard Time",
  territory: "FO",
  iana: ["Atlantic/Faeroe"]
}, {
  windowsName: "GMT Standard Time",
  territory: "GB",
  iana: ["Europe/London"]
}, {
  windowsName: "GMT Standard Time",
  territory: "GG",
  iana: ["Europe/Guernsey"]
}, {
  windowsName: "GMT Standard Time",
  territory: "IE",
  iana: ["Europe/Dublin"]
}, {
  windowsName: "GMT Standard Time",
  territory: "IM",
  iana: ["Europe/Isle_of_Man"]
}, {
  windowsName: "GMT Standard Time",
  territory: "JE",
  iana: ["Europe/Jersey"]
}, {
  windowsName: "GMT Standard Time",
  territory: "PT",
  iana: ["Europe/Lisbon", "Atlantic/Madeira"]
}, {
  windowsName: "Greenwich Standard Time",
  territory: "001",
  iana: ["Atlantic/Reykjavik"]
}, {
  windowsName: "Greenwich Standard Time",
  territory: "BF",
  iana: ["Africa/Ouagadougou"]
}, {
  windowsName: "Greenwich Standard Time",
  territory: "CI",
  iana: ["Africa/Abidjan"]
}, {
  windowsName: "Greenwich Standard Time",
  territory: "GH",
  iana: ["Africa/Accra"]
}, {
  windowsName: "Greenwich Standard Time",
  territory: "GL",
  iana: ["America/Danmarkshavn"]
}, {
  windowsName: "Greenwich Standard Time",
  territory: "GM",
  iana: ["Africa/Banjul"]
}, {
  windowsName: "Greenwich Standard Time",
  territory: "GN",
  iana: ["Africa/Conakry"]
}, {
  windowsName: "Greenwich Standard Time",
  territory: "GW",
  iana: ["Africa/Bissau"]
}, {
  windowsName: "Greenwich Standard Time",
  territory: "IS",
  iana: ["Atlantic/Reykjavik"]
}, {
  windowsName: "Greenwich Standard Time",
  territory: "LR",
  iana: ["Africa/Monrovia"]
}, {
  windowsName: "Greenwich Standard Time",
  territory: "ML",
  iana: ["Africa/Bamako"]
}, {
  windowsName: "Greenwich Standard Time",
  territory: "MR",
  iana: ["Africa/Nouakchott"]
}, {
  windowsName: "Greenwich Standard Time",
  territory: "SH",
  iana: ["Atlantic/St_Helena"]
}, {
  windowsName: "Greenwich Standard Time",
  territory: "SL",
  iana: ["Africa/Freetown"]
}, {
  windowsName: "Greenwich Standard Time",
  territory: "SN",
  iana: ["Africa/Dakar"]
}, {
  windowsName: "Greenwich Standard Time",
  territory: "TG",
  iana: ["Africa/Lome"]
}, {
  windowsName: "Sao Tome Standard Time",
  territory: "001",
  iana: ["Africa/Sao_Tome"]
}, {
  windowsName: "Sao Tome Standard Time",
  territory: "ST",
  iana: ["Africa/Sao_Tome"]
}, {
  windowsName: "Morocco Standard Time",
  territory: "001",
  iana: ["Africa/Casablanca"]
}, {
  windowsName: "Morocco Standard Time",
  territory: "EH",
  iana: ["Africa/El_Aaiun"]
}, {
  windowsName: "Morocco Standard Time",
  territory: "MA",
  iana: ["Africa/Casablanca"]
}, {
  windowsName: "W. Europe Standard Time",
  territory: "001",
  iana: ["Europe/Berlin"]
}, {
  windowsName: "W. Europe Standard Time",
  territory: "AD",
  iana: ["Europe/Andorra"]
}, {
  windowsName: "W. Europe Standard Time",
  territory: "AT",
  iana: ["Europe/Vienna"]
}, {
  windowsName: "W. Europe Standard Time",
  territory: "CH",
  iana: ["Europe/Zurich"]
}, {
  windowsName: "W. Europe Standard Time",
  territory: "DE",
  iana: ["Europe/Berlin", "Europe/Busingen"]
}, {
  windowsName: "W. Europe Standard Time",
  territory: "GI",
  iana: ["Europe/Gibraltar"]
}, {
  windowsName: "W. Europe Standard Time",
  territory: "IT",
  iana: ["Europe/Rome"]
}, {
  windowsName: "W. Europe Standard Time",
  territory: "LI",
  iana: ["Europe/Vaduz"]
}, {
  windowsName: "W. Europe Standard Time",
  territory: "LU",
  iana: ["Europe/Luxembourg"]
}, {
  windowsName: "W. Europe Standard Time",
  territory: "MC",
  iana: ["Europe/Monaco"]
}, {
  windowsName: "W. Europe Standard Time",
  territory: "MT",
  iana: ["Europe/Malta"]
}, {
  windowsName: "W. Europe Standard Time",
  territory: "NL",
  iana: ["Europe/Amsterdam"]
}, {
  windowsName: "W. Europe Standard Time",
  territory: "NO",
  iana: ["Europe/Oslo"]
}, {
  windowsName: "W. Europe Standard Time",
  territory: "SE",
  iana: ["Europe/Stockholm"]
}, {
  windowsName: "W. Europe Standard Time",
  territory: "SJ",
  iana: ["Arctic/Longyearbyen"]
}, {
  windowsName: "W. Europe Standard Time",
  territory: "SM",
  iana: ["Europe/San_Marino"]
}, {
  windowsName: "W. Europe Standard Time",
  territory: "VA",
  iana: ["Europe/Vatican"]
}, {
  windowsName: "Central Europe Standard Time",
  territory: "001",
  iana: ["Europe/Budapest"]
}, {
  windowsName: "Central Europe Standard Time",
  territory: "AL",
  iana: ["Europe/Tirane"]
}, {
  windowsName: "Central Europe Standard Time",
  territory: "CZ",
  iana: ["Europe/Prague"]
}, {
  windowsName: "Central Europe Standard Time",
  territory: "HU",
  iana: ["Europe/Budapest"]
}, {
  windowsName: "Central Europe Standard Time",
  territory: "ME",
  iana: ["Europe/Podgorica"]
}, {
  windowsName: "Central Europe Standard Time",
  territory: "RS",
  iana: ["Europe/Belgrade"]
}, {
  windowsName: "Central Europe Standard Time",
  territory: "SI",
  iana: ["Europe/Ljubljana"]
}, {
  windowsName: "Central Europe Standard Time",
  territory: "SK",
  iana: ["Europe/Bratislava"]
}, {
  windowsName: "Romance Standard Time",
  territory: "001",
  iana: ["Europe/Paris"]
}, {
  windowsName: "Romance Standard Time",
  territory: "BE",
  iana: ["Europe/Brussels"]
}, {
  windowsName: "Romance Standard Time",
  territory: "DK",
  iana: ["Europe/Copenhagen"]
}, {
  windowsName: "Romance Standard Time",
  territory: "ES",
  iana: ["Europe/Madrid", "Africa/Ceuta"]
}, {
  windowsName: "Romance Standard Time",
  territory: "FR",
  iana: ["Europe/Paris"]
}, {
  windowsName: "Central European Standard Time",
  territory: "001",
  iana: ["Europe/Warsaw"]
}, {
  windowsName: "Central European Standard Time",
  territory: "BA",
  iana: ["Europe/Sarajevo"]
}, {
  windowsName: "Central European Standard Time",
  territory: "HR",
  iana: ["Europe/Zagreb"]
}, {
  windowsName: "Central European Standard Time",
  territory: "MK",
  iana: ["Europe/Skopje"]
}, {
  windowsName: "Central European Standard Time",
  territory: "PL",
  iana: ["Europe/Warsaw"]
}, {
  windowsName: "W. Central Africa Standard Time",
  territory: "001",
  iana: ["Africa/Lagos"]
}, {
  windowsName: "W. Central Africa Standard Time",
  territory: "AO",
  iana: ["Africa/Luanda"]
}, {
  windowsName: "W. Central Africa Standard Time",
  territory: "BJ",
  iana: ["Africa/Porto-Novo"]
}, {
  windowsName: "W. Central Africa Standard Time",
  territory: "CD",
  iana: ["Africa/Kinshasa"]
}, {
  windowsName: "W. Central Africa Standard Time",
  territory: "CF",
  iana: ["Africa/Bangui"]
}, {
  windowsName: "W. Central Africa Standard Time",
  territory: "CG",
  iana: ["Africa/Brazzaville"]
}, {
  windowsName: "W. Central Africa Standard Time",
  territory: "CM",
  iana: ["Africa/Douala"]
}, {
  windowsName: "W. Central Africa Standard Time",
  territory: "DZ",
  iana: ["Africa/Algiers"]
}, {
  windowsName: "W. Central Africa Standard Time",
  territory: "GA",
  iana: ["Africa/Libreville"]
}, {
  windowsName: "W. Central Africa Standard Time",
  territory: "GQ",
  iana: ["Africa/Malabo"]
}, {
  windowsName: "W. Central Africa Standard Time",
  territory: "NE",
  iana: ["Africa/Niamey"]
}, {
  windowsName: "W. Central Africa Standard Time",
  territory: "NG",
  iana: ["Africa/Lagos"]
}, {
  windowsName: "W. Central Africa Standard Time",
  territory: "TD",
  iana: ["Africa/Ndjamena"]
}, {
  windowsName: "W. Central Africa Standard Time",
  territory: "TN",
  iana: ["Africa/Tunis"]
}, {
  windowsName: "W. Central Africa Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT-1"]
}, {
  windowsName: "Jordan Standard Time",
  territory: "001",
  iana: ["Asia/Amman"]
}, {
  windowsName: "Jordan Standard Time",
  territory: "JO",
  iana: ["Asia/Amman"]
}, {
  windowsName: "GTB Standard Time",
  territory: "001",
  iana: ["Europe/Bucharest"]
}, {
  windowsName: "GTB Standard Time",
  territory: "CY",
  iana: ["Asia/Nicosia", "Asia/Famagusta"]
}, {
  windowsName: "GTB Standard Time",
  territory: "GR",
  iana: ["Europe/Athens"]
}, {
  windowsName: "GTB Standard Time",
  territory: "RO",
  iana: ["Europe/Bucharest"]
}, {
  windowsName: "Middle East Standard Time",
  territory: "001",
  iana: ["Asia/Beirut"]
}, {
  windowsName: "Middle East Standard Time",
  territory: "LB",
  iana: ["Asia/Beirut"]
}, {
  windowsName: "Egypt Standard Time",
  territory: "001",
  iana: ["Africa/Cairo"]
}, {
  windowsName: "Egypt Standard Time",
  territory: "EG",
  iana: ["Africa/Cairo"]
}, {
  windowsName: "E. Europe Standard Time",
  territory: "001",
  iana: ["Europe/Chisinau"]
}, {
  windowsName: "E. Europe Standard Time",
  territory: "MD",
  iana: ["Europe/Chisinau"]
}, {
  windowsName: "Syria Standard Time",
  territory: "001",
  iana: ["Asia/Damascus"]
}, {
  windowsName: "Syria Standard Time",
  territory: "SY",
  iana: ["Asia/Damascus"]
}, {
  windowsName: "West Bank Standard Time",
  territory: "001",
  iana: ["Asia/Hebron"]
}, {
  windowsName: "West Bank Standard Time",
  territory: "PS",
  iana: ["Asia/Hebron", "Asia/Gaza"]
}, {
  windowsName: "South Africa Standard Time",
  territory: "001",
  iana: ["Africa/Johannesburg"]
}, {
  windowsName: "South Africa Standard Time",
  territory: "BI",
  iana: ["Africa/Bujumbura"]
}, {
  windowsName: "South Africa Standard Time",
  territory: "BW",
  iana: ["Africa/Gaborone"]
}, {
  windowsName: "South Africa Standard Time",
  territory: "CD",
  iana: ["Africa/Lubumbashi"]
}, {
  windowsName: "South Africa Standard Time",
  territory: "LS",
  iana: ["Africa/Maseru"]
}, {
  windowsName: "South Africa Standard Time",
  territory: "MW",
  iana: ["Africa/Blantyre"]
}, {
  windowsName: "South Africa Standard Time",
  territory: "MZ",
  iana: ["Africa/Maputo"]
}, {
  windowsName: "South Africa Standard Time",
  territory: "RW",
  iana: ["Africa/Kigali"]
}, {
  windowsName: "South Africa Standard Time",
  territory: "SZ",
  iana: ["Africa/Mbabane"]
}, {
  windowsName: "South Africa Standard Time",
  territory: "ZA",
  iana: ["Africa/Johannesburg"]
}, {
  windowsName: "South Africa Standard Time",
  territory: "ZM",
  iana: ["Africa/Lusaka"]
}, {
  windowsName: "South Africa Standard Time",
  territory: "ZW",
  iana: ["Africa/Harare"]
}, {
  windowsName: "South Africa Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT-2"]
}, {
  windowsName: "FLE Standard Time",
  territory: "001",
  iana: ["Europe/Kiev"]
}, {
  windowsName: "FLE Standard Time",
  territory: "AX",
  iana: ["Europe/Mariehamn"]
}, {
  windowsName: "FLE Standard Time",
  territory: "BG",
  iana: ["Europe/Sofia"]
}, {
  windowsName: "FLE Standard Time",
  territory: "EE",
  iana: ["Europe/Tallinn"]
}, {
  windowsName: "FLE Standard Time",
  territory: "FI",
  iana: ["Europe/Helsinki"]
}, {
  windowsName: "FLE Standard Time",
  territory: "LT",
  iana: ["Europe/Vilnius"]
}, {
  windowsName: "FLE Standard Time",
  territory: "LV",
  iana: ["Europe/Riga"]
}, {
  windowsName: "FLE Standard Time",
  territory: "UA",
  iana: ["Europe/Kiev", "Europe/Uzhgorod", "Europe/Zaporozhye"]
}, {
  windowsName: "Israel Standard Time",
  territory: "001",
  iana: ["Asia/Jerusalem"]
}, {
  windowsName: "Israel Standard Time",
  territory: "IL",
  iana: ["Asia/Jerusalem"]
}, {
  windowsName: "South Sudan Standard Time",
  territory: "001",
  iana: ["Africa/Juba"]
}, {
  windowsName: "South Sudan Standard Time",
  territory: "SS",
  iana: ["Africa/Juba"]
}, {
  windowsName: "Kaliningrad Standard Time",
  territory: "001",
  iana: ["Europe/Kaliningrad"]
}, {
  windowsName: "Kaliningrad Standard Time",
  territory: "RU",
  iana: ["Europe/Kaliningrad"]
}, {
  windowsName: "Sudan Standard Time",
  territory: "001",
  iana: ["Africa/Khartoum"]
}, {
  windowsName: "Sudan Standard Time",
  territory: "SD",
  iana: ["Africa/Khartoum"]
}, {
  windowsName: "Libya Standard Time",
  territory: "001",
  iana: ["Africa/Tripoli"]
}, {
  windowsName: "Libya Standard Time",
  territory: "LY",
  iana: ["Africa/Tripoli"]
}, {
  windowsName: "Namibia Standard Time",
  territory: "001",
  iana: ["Africa/Windhoek"]
}, {
  windowsName: "Namibia Standard Time",
  territory: "NA",
  iana: ["Africa/Windhoek"]
}, {
  windowsName: "Arabic Standard Time",
  territory: "001",
  iana: ["Asia/Baghdad"]
}, {
  windowsName: "Arabic Standard Time",
  territory: "IQ",
  iana: ["Asia/Baghdad"]
}, {
  windowsName: "Turkey Standard Time",
  territory: "001",
  iana: ["Europe/Istanbul"]
}, {
  windowsName: "Turkey Standard Time",
  territory: "TR",
  iana: ["Europe/Istanbul"]
}, {
  windowsName: "Arab Standard Time",
  territory: "001",
  iana: ["Asia/Riyadh"]
}, {
  windowsName: "Arab Standard Time",
  territory: "BH",
  iana: ["Asia/Bahrain"]
}, {
  windowsName: "Arab Standard Time",
  territory: "KW",
  iana: ["Asia/Kuwait"]
}, {
  windowsName: "Arab Standard Time",
  territory: "QA",
  iana: ["Asia/Qatar"]
}, {
  windowsName: "Arab Standard Time",
  territory: "SA",
  iana: ["Asia/Riyadh"]
}, {
  windowsName: "Arab Standard Time",
  territory: "YE",
  iana: ["Asia/Aden"]
}, {
  windowsName: "Belarus Standard Time",
  territory: "001",
  iana: ["Europe/Minsk"]
}, {
  windowsName: "Belarus Standard Time",
  territory: "BY",
  iana: ["Europe/Minsk"]
}, {
  windowsName: "Russian Standard Time",
  territory: "001",
  iana: ["Europe/Moscow"]
}, {
  windowsName: "Russian Standard Time",
  territory: "RU",
  iana: ["Europe/Moscow", "Europe/Kirov"]
}, {
  windowsName: "Russian Standard Time",
  territory: "UA",
  iana: ["Europe/Simferopol"]
}, {
  windowsName: "E. Africa Standard Time",
  territory: "001",
  iana: ["Africa/Nairobi"]
}, {
  windowsName: "E. Africa Standard Time",
  territory: "AQ",
  iana: ["Antarctica/Syowa"]
}, {
  windowsName: "E. Africa Standard Time",
  territory: "DJ",
  iana: ["Africa/Djibouti"]
}, {
  windowsName: "E. Africa Standard Time",
  territory: "ER",
  iana: ["Africa/Asmera"]
}, {
  windowsName: "E. Africa Standard Time",
  territory: "ET",
  iana: ["Africa/Addis_Ababa"]
}, {
  windowsName: "E. Africa Standard Time",
  territory: "KE",
  iana: ["Africa/Nairobi"]
}, {
  windowsName: "E. Africa Standard Time",
  territory: "KM",
  iana: ["Indian/Comoro"]
}, {
  windowsName: "E. Africa Standard Time",
  territory: "MG",
  iana: ["Indian/Antananarivo"]
}, {
  windowsName: "E. Africa Standard Time",
  territory: "SO",
  iana: ["Africa/Mogadishu"]
}, {
  windowsName: "E. Africa Standard Time",
  territory: "TZ",
  iana: ["Africa/Dar_es_Salaam"]
}, {
  windowsName: "E. Africa Standard Time",
  territory: "UG",
  iana: ["Africa/Kampala"]
}, {
  windowsName: "E. Africa Standard Time",
  territory: "YT",
  iana: ["Indian/Mayotte"]
}, {
  windowsName: "E. Africa Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT-3"]
}, {
  windowsName: "Iran Standard Time",
  territory: "001",
  iana: ["Asia/Tehran"]
}, {
  windowsName: "Iran Standard Time",
  territory: "IR",
  iana: ["Asia/Tehran"]
}, {
  windowsName: "Arabian Standard Time",
  territory: "001",
  iana: ["Asia/Dubai"]
}, {
  windowsName: "Arabian Standard Time",
  territory: "AE",
  iana: ["Asia/Dubai"]
}, {
  windowsName: "Arabian Standard Time",
  territory: "OM",
  iana: ["Asia/Muscat"]
}, {
  windowsName: "Arabian Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT-4"]
}, {
  windowsName: "Astrakhan Standard Time",
  territory: "001",
  iana: ["Europe/Astrakhan"]
}, {
  windowsName: "Astrakhan Standard Time",
  territory: "RU",
  iana: ["Europe/Astrakhan", "Europe/Ulyanovsk"]
}, {
  windowsName: "Azerbaijan Standard Time",
  territory: "001",
  iana: ["Asia/Baku"]
}, {
  windowsName: "Azerbaijan Standard Time",
  territory: "AZ",
  iana: ["Asia/Baku"]
}, {
  windowsName: "Russia Time Zone 3",
  territory: "001",
  iana: ["Europe/Samara"]
}, {
  windowsName: "Russia Time Zone 3",
  territory: "RU",
  iana: ["Europe/Samara"]
}, {
  windowsName: "Mauritius Standard Time",
  territory: "001",
  iana: ["Indian/Mauritius"]
}, {
  windowsName: "Mauritius Standard Time",
  territory: "MU",
  iana: ["Indian/Mauritius"]
}, {
  windowsName: "Mauritius Standard Time",
  territory: "RE",
  iana: ["Indian/Reunion"]
}, {
  windowsName: "Mauritius Standard Time",
  territory: "SC",
  iana: ["Indian/Mahe"]
}, {
  windowsName: "Saratov Standard Time",
  territory: "001",
  iana: ["Europe/Saratov"]
}, {
  windowsName: "Saratov Standard Time",
  territory: "RU",
  iana: ["Europe/Saratov"]
}, {
  windowsName: "Georgian Standard Time",
  territory: "001",
  iana: ["Asia/Tbilisi"]
}, {
  windowsName: "Georgian Standard Time",
  territory: "GE",
  iana: ["Asia/Tbilisi"]
}, {
  windowsName: "Volgograd Standard Time",
  territory: "001",
  iana: ["Europe/Volgograd"]
}, {
  windowsName: "Volgograd Standard Time",
  territory: "RU",
  iana: ["Europe/Volgograd"]
}, {
  windowsName: "Caucasus Standard Time",
  territory: "001",
  iana: ["Asia/Yerevan"]
}, {
  windowsName: "Caucasus Standard Time",
  territory: "AM",
  iana: ["Asia/Yerevan"]
}, {
  windowsName: "Afghanistan Standard Time",
  territory: "001",
  iana: ["Asia/Kabul"]
}, {
  windowsName: "Afghanistan Standard Time",
  territory: "AF",
  iana: ["Asia/Kabul"]
}, {
  windowsName: "West Asia Standard Time",
  territory: "001",
  iana: ["Asia/Tashkent"]
}, {
  windowsName: "West Asia Standard Time",
  territory: "AQ",
  iana: ["Antarctica/Mawson"]
}, {
  windowsName: "West Asia Standard Time",
  territory: "KZ",
  iana: ["Asia/Oral", "Asia/Aqtau", "Asia/Aqtobe", "Asia/Atyrau"]
}, {
  windowsName: "West Asia Standard Time",
  territory: "MV",
  iana: ["Indian/Maldives"]
}, {
  windowsName: "West Asia Standard Time",
  territory: "TF",
  iana: ["Indian/Kerguelen"]
}, {
  windowsName: "West Asia Standard Time",
  territory: "TJ",
  iana: ["Asia/Dushanbe"]
}, {
  windowsName: "West Asia Standard Time",
  territory: "TM",
  iana: ["Asia/Ashgabat"]
}, {
  windowsName: "West Asia Standard Time",
  territory: "UZ",
  iana: ["Asia/Tashkent", "Asia/Samarkand"]
}, {
  windowsName: "West Asia Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT-5"]
}, {
  windowsName: "Ekaterinburg Standard Time",
  territory: "001",
  iana: ["Asia/Yekaterinburg"]
}, {
  windowsName: "Ekaterinburg Standard Time",
  territory: "RU",
  iana: ["Asia/Yekaterinburg"]
}, {
  windowsName: "Pakistan Standard Time",
  territory: "001",
  iana: ["Asia/Karachi"]
}, {
  windowsName: "Pakistan Standard Time",
  territory: "PK",
  iana: ["Asia/Karachi"]
}, {
  windowsName: "Qyzylorda Standard Time",
  territory: "001",
  iana: ["Asia/Qyzylorda"]
}, {
  windowsName: "Qyzylorda Standard Time",
  territory: "KZ",
  iana: ["Asia/Qyzylorda"]
}, {
  windowsName: "India Standard Time",
  territory: "001",
  iana: ["Asia/Calcutta"]
}, {
  windowsName: "India Standard Time",
  territory: "IN",
  iana: ["Asia/Calcutta"]
}, {
  windowsName: "Sri Lanka Standard Time",
  territory: "001",
  iana: ["Asia/Colombo"]
}, {
  windowsName: "Sri Lanka Standard Time",
  territory: "LK",
  iana: ["Asia/Colombo"]
}, {
  windowsName: "Nepal Standard Time",
  territory: "001",
  iana: ["Asia/Katmandu"]
}, {
  windowsName: "Nepal Standard Time",
  territory: "NP",
  iana: ["Asia/Katmandu"]
}, {
  windowsName: "Central Asia Standard Time",
  territory: "001",
  iana: ["Asia/Almaty"]
}, {
  windowsName: "Central Asia Standard Time",
  territory: "AQ",
  iana: ["Antarctica/Vostok"]
}, {
  windowsName: "Central Asia Standard Time",
  territory: "CN",
  iana: ["Asia/Urumqi"]
}, {
  windowsName: "Central Asia Standard Time",
  territory: "IO",
  iana: ["Indian/Chagos"]
}, {
  windowsName: "Central Asia Standard Time",
  territory: "KG",
  iana: ["Asia/Bishkek"]
}, {
  windowsName: "Central Asia Standard Time",
  territory: "KZ",
  iana: ["Asia/Almaty", "Asia/Qostanay"]
}, {
  windowsName: "Central Asia Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT-6"]
}, {
  windowsName: "Bangladesh Standard Time",
  territory: "001",
  iana: ["Asia/Dhaka"]
}, {
  windowsName: "Bangladesh Standard Time",
  territory: "BD",
  iana: ["Asia/Dhaka"]
}, {
  windowsName: "Bangladesh Standard Time",
  territory: "BT",
  iana: ["Asia/Thimphu"]
}, {
  windowsName: "Omsk Standard Time",
  territory: "001",
  iana: ["Asia/Omsk"]
}, {
  windowsName: "Omsk Standard Time",
  territory: "RU",
  iana: ["Asia/Omsk"]
}, {
  windowsName: "Myanmar Standard Time",
  territory: "001",
  iana: ["Asia/Rangoon"]
}, {
  windowsName: "Myanmar Standard Time",
  territory: "CC",
  iana: ["Indian/Cocos"]
}, {
  windowsName: "Myanmar Standard Time",
  territory: "MM",
  iana: ["Asia/Rangoon"]
}, {
  windowsName: "SE Asia Standard Time",
  territory: "001",
  iana: ["Asia/Bangkok"]
}, {
  windowsName: "SE Asia Standard Time",
  territory: "AQ",
  iana: ["Antarctica/Davis"]
}, {
  windowsName: "SE Asia Standard Time",
  territory: "CX",
  iana: ["Indian/Christmas"]
}, {
  windowsName: "SE Asia Standard Time",
  territory: "ID",
  iana: ["Asia/Jakarta", "Asia/Pontianak"]
}, {
  windowsName: "SE Asia Standard Time",
  territory: "KH",
  iana: ["Asia/Phnom_Penh"]
}, {
  windowsName: "SE Asia Standard Time",
  territory: "LA",
  iana: ["Asia/Vientiane"]
}, {
  windowsName: "SE Asia Standard Time",
  territory: "TH",
  iana: ["Asia/Bangkok"]
}, {
  windowsName: "SE Asia Standard Time",
  territory: "VN",
  iana: ["Asia/Saigon"]
}, {
  windowsName: "SE Asia Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT-7"]
}, {
  windowsName: "Altai Standard Time",
  territory: "001",
  iana: ["Asia/Barnaul"]
}, {
  windowsName: "Altai Standard Time",
  territory: "RU",
  iana: ["Asia/Barnaul"]
}, {
  windowsName: "W. Mongolia Standard Time",
  territory: "001",
  iana: ["Asia/Hovd"]
}, {
  windowsName: "W. Mongolia Standard Time",
  territory: "MN",
  iana: ["Asia/Hovd"]
}, {
  windowsName: "North Asia Standard Time",
  territory: "001",
  iana: ["Asia/Krasnoyarsk"]
}, {
  windowsName: "North Asia Standard Time",
  territory: "RU",
  iana: ["Asia/Krasnoyarsk", "Asia/Novokuznetsk"]
}, {
  windowsName: "N. Central Asia Standard Time",
  territory: "001",
  iana: ["Asia/Novosibirsk"]
}, {
  windowsName: "N. Central Asia Standard Time",
  territory: "RU",
  iana: ["Asia/Novosibirsk"]
}, {
  windowsName: "Tomsk Standard Time",
  territory: "001",
  iana: ["Asia/Tomsk"]
}, {
  windowsName: "Tomsk Standard Time",
  territory: "RU",
  iana: ["Asia/Tomsk"]
}, {
  windowsName: "China Standard Time",
  territory: "001",
  iana: ["Asia/Shanghai"]
}, {
  windowsName: "China Standard Time",
  territory: "CN",
  iana: ["Asia/Shanghai"]
}, {
  windowsName: "China Standard Time",
  territory: "HK",
  iana: ["Asia/Hong_Kong"]
}, {
  windowsName: "China Standard Time",
  territory: "MO",
  iana: ["Asia/Macau"]
}, {
  windowsName: "North Asia East Standard Time",
  territory: "001",
  iana: ["Asia/Irkutsk"]
}, {
  windowsName: "North Asia East Standard Time",
  territory: "RU",
  iana: ["Asia/Irkutsk"]
}, {
  windowsName: "Singapore Standard Time",
  territory: "001",
  iana: ["Asia/Singapore"]
}, {
  windowsName: "Singapore Standard Time",
  territory: "BN",
  iana: ["Asia/Brunei"]
}, {
  windowsName: "Singapore Standard Time",
  territory: "ID",
  iana: ["Asia/Makassar"]
}, {
  windowsName: "Singapore Standard Time",
  territory: "MY",
  iana: ["Asia/Kuala_Lumpur", "Asia/Kuching"]
}, {
  windowsName: "Singapore Standard Time",
  territory: "PH",
  iana: ["Asia/Manila"]
}, {
  windowsName: "Singapore Standard Time",
  territory: "SG",
  iana: ["Asia/Singapore"]
}, {
  windowsName: "Singapore Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT-8"]
}, {
  windowsName: "W. Australia Standard Time",
  territory: "001",
  iana: ["Australia/Perth"]
}, {
  windowsName: "W. Australia Standard Time",
  territory: "AU",
  iana: ["Australia/Perth"]
}, {
  windowsName: "Taipei Standard Time",
  territory: "001",
  iana: ["Asia/Taipei"]
}, {
  windowsName: "Taipei Standard Time",
  territory: "TW",
  iana: ["Asia/Taipei"]
}, {
  windowsName: "Ulaanbaatar Standard Time",
  territory: "001",
  iana: ["Asia/Ulaanbaatar"]
}, {
  windowsName: "Ulaanbaatar Standard Time",
  territory: "MN",
  iana: ["Asia/Ulaanbaatar", "Asia/Choibalsan"]
}, {
  windowsName: "Aus Central W. Standard Time",
  territory: "001",
  iana: ["Australia/Eucla"]
}, {
  windowsName: "Aus Central W. Standard Time",
  territory: "AU",
  iana: ["Australia/Eucla"]
}, {
  windowsName: "Transbaikal Standard Time",
  territory: "001",
  iana: ["Asia/Chita"]
}, {
  windowsName: "Transbaikal Standard Time",
  territory: "RU",
  iana: ["Asia/Chita"]
}, {
  windowsName: "Tokyo Standard Time",
  territory: "001",
  iana: ["Asia/Tokyo"]
}, {
  windowsName: "Tokyo Standard Time",
  territory: "ID",
  iana: ["Asia/Jayapura"]
}, {
  windowsName: "Tokyo Standard Time",
  territory: "JP",
  iana: ["Asia/Tokyo"]
}, {
  windowsName: "Tokyo Standard Time",
  territory: "PW",
  iana: ["Pacific/Palau"]
}, {
  windowsName: "Tokyo Standard Time",
  territory: "TL",
  iana: ["Asia/Dili"]
}, {
  windowsName: "Tokyo Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT-9"]
}, {
  windowsName: "North Korea Standard Time",
  territory: "001",
  iana: ["Asia/Pyongyang"]
}, {
  windowsName: "North Korea Standard Time",
  territory: "KP",
  iana: ["Asia/Pyongyang"]
}, {
  windowsName: "Korea Standard Time",
  territory: "001",
  iana: ["Asia/Seoul"]
}, {
  windowsName: "Korea Standard Time",
  territory: "KR",
  iana: ["Asia/Seoul"]
}, {
  windowsName: "Yakutsk Standard Time",
  territory: "001",
  iana: ["Asia/Yakutsk"]
}, {
  windowsName: "Yakutsk Standard Time",
  territory: "RU",
  iana: ["Asia/Yakutsk", "Asia/Khandyga"]
}, {
  windowsName: "Cen. Australia Standard Time",
  territory: "001",
  iana: ["Australia/Adelaide"]
}, {
  windowsName: "Cen. Australia Standard Time",
  territory: "AU",
  iana: ["Australia/Adelaide", "Australia/Broken_Hill"]
}, {
  windowsName: "AUS Central Standard Time",
  territory: "001",
  iana: ["Australia/Darwin"]
}, {
  windowsName: "AUS Central Standard Time",
  territory: "AU",
  iana: ["Australia/Darwin"]
}, {
  windowsName: "E. Australia Standard Time",
  territory: "001",
  iana: ["Australia/Brisbane"]
}, {
  windowsName: "E. Australia Standard Time",
  territory: "AU",
  iana: ["Australia/Brisbane", "Australia/Lindeman"]
}, {
  windowsName: "AUS Eastern Standard Time",
  territory: "001",
  iana: ["Australia/Sydney"]
}, {
  windowsName: "AUS Eastern Standard Time",
  territory: "AU",
  iana: ["Australia/Sydney", "Australia/Melbourne"]
}, {
  windowsName: "West Pacific Standard Time",
  territory: "001",
  iana: ["Pacific/Port_Moresby"]
}, {
  windowsName: "West Pacific Standard Time",
  territory: "AQ",
  iana: ["Antarctica/DumontDUrville"]
}, {
  windowsName: "West Pacific Standard Time",
  territory: "FM",
  iana: ["Pacific/Truk"]
}, {
  windowsName: "West Pacific Standard Time",
  territory: "GU",
  iana: ["Pacific/Guam"]
}, {
  windowsName: "West Pacific Standard Time",
  territory: "MP",
  iana: ["Pacific/Saipan"]
}, {
  windowsName: "West Pacific Standard Time",
  territory: "PG",
  iana: ["Pacific/Port_Moresby"]
}, {
  windowsName: "West Pacific Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT-10"]
}, {
  windowsName: "Tasmania Standard Time",
  territory: "001",
  iana: ["Australia/Hobart"]
}, {
  windowsName: "Tasmania Standard Time",
  territory: "AU",
  iana: ["Australia/Hobart", "Australia/Currie", "Antarctica/Macquarie"]
}, {
  windowsName: "Vladivostok Standard Time",
  territory: "001",
  iana: ["Asia/Vladivostok"]
}, {
  windowsName: "Vladivostok Standard Time",
  territory: "RU",
  iana: ["Asia/Vladivostok", "Asia/Ust-Nera"]
}, {
  windowsName: "Lord Howe Standard Time",
  territory: "001",
  iana: ["Australia/Lord_Howe"]
}, {
  windowsName: "Lord Howe Standard Time",
  territory: "AU",
  iana: ["Australia/Lord_Howe"]
}, {
  windowsName: "Bougainville Standard Time",
  territory: "001",
  iana: ["Pacific/Bougainville"]
}, {
  windowsName: "Bougainville Standard Time",
  territory: "PG",
  iana: ["Pacific/Bougainville"]
}, {
  windowsName: "Russia Time Zone 10",
  territory: "001",
  iana: ["Asia/Srednekolymsk"]
}, {
  windowsName: "Russia Time Zone 10",
  territory: "RU",
  iana: ["Asia/Srednekolymsk"]
}, {
  windowsName: "Magadan Standard Time",
  territory: "001",
  iana: ["Asia/Magadan"]
}, {
  windowsName: "Magadan Standard Time",
  territory: "RU",
  iana: ["Asia/Magadan"]
}, {
  windowsName: "Norfolk Standard Time",
  territory: "001",
  iana: ["Pacific/Norfolk"]
}, {
  windowsName: "Norfolk Standard Time",
  territory: "NF",
  iana: ["Pacific/Norfolk"]
}, {
  windowsName: "Sakhalin Standard Time",
  territory: "001",
  iana: ["Asia/Sakhalin"]
}, {
  windowsName: "Sakhalin Standard Time",
  territory: "RU",
  iana: ["Asia/Sakhalin"]
}, {
  windowsName: "Central Pacific Standard Time",
  territory: "001",
  iana: ["Pacific/Guadalcanal"]
}, {
  windowsName: "Central Pacific Standard Time",
  territory: "AQ",
  iana: ["Antarctica/Casey"]
}, {
  windowsName: "Central Pacific Standard Time",
  territory: "FM",
  iana: ["Pacific/Ponape", "Pacific/Kosrae"]
}, {
  windowsName: "Central Pacific Standard Time",
  territory: "NC",
  iana: ["Pacific/Noumea"]
}, {
  windowsName: "Central Pacific Standard Time",
  territory: "SB",
  iana: ["Pacific/Guadalcanal"]
}, {
  windowsName: "Central Pacific Standard Time",
  territory: "VU",
  iana: ["Pacific/Efate"]
}, {
  windowsName: "Central Pacific Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT-11"]
}, {
  windowsName: "Russia Time Zone 11",
  territory: "001",
  iana: ["Asia/Kamchatka"]
}, {
  windowsName: "Russia Time Zone 11",
  territory: "RU",
  iana: ["Asia/Kamchatka", "Asia/Anadyr"]
}, {
  windowsName: "New Zealand Standard Time",
  territory: "001",
  iana: ["Pacific/Auckland"]
}, {
  windowsName: "New Zealand Standard Time",
  territory: "AQ",
  iana: ["Antarctica/McMurdo"]
}, {
  windowsName: "New Zealand Standard Time",
  territory: "NZ",
  iana: ["Pacific/Auckland"]
}, {
  windowsName: "UTC+12",
  territory: "001",
  iana: ["Etc/GMT-12"]
}, {
  windowsName: "UTC+12",
  territory: "KI",
  iana: ["Pacific/Tarawa"]
}, {
  windowsName: "UTC+12",
  territory: "MH",
  iana: ["Pacific/Majuro", "Pacific/Kwajalein"]
}, {
  windowsName: "UTC+12",
  territory: "NR",
  iana: ["Pacific/Nauru"]
}, {
  windowsName: "UTC+12",
  territory: "TV",
  iana: ["Pacific/Funafuti"]
}, {
  windowsName: "UTC+12",
  territory: "UM",
  iana: ["Pacific/Wake"]
}, {
  windowsName: "UTC+12",
  territory: "WF",
  iana: ["Pacific/Wallis"]
}, {
  windowsName: "UTC+12",
  territory: "ZZ",
  iana: ["Etc/GMT-12"]
}, {
  windowsName: "Fiji Standard Time",
  territory: "001",
  iana: ["Pacific/Fiji"]
}, {
  windowsName: "Fiji Standard Time",
  territory: "FJ",
  iana: ["Pacific/Fiji"]
}, {
  windowsName: "Chatham Islands Standard Time",
  territory: "001",
  iana: ["Pacific/Chatham"]
}, {
  windowsName: "Chatham Islands Standard Time",
  territory: "NZ",
  iana: ["Pacific/Chatham"]
}, {
  windowsName: "UTC+13",
  territory: "001",
  iana: ["Etc/GMT-13"]
}, {
  windowsName: "UTC+13",
  territory: "KI",
  iana: ["Pacific/Enderbury"]
}, {
  windowsName: "UTC+13",
  territory: "TK",
  iana: ["Pacific/Fakaofo"]
}, {
  windowsName: "UTC+13",
  territory: "ZZ",
  iana: ["Etc/GMT-13"]
}, {
  windowsName: "Tonga Standard Time",
  territory: "001",
  iana: ["Pacific/Tongatapu"]
}, {
  windowsName: "Tonga Standard Time",
  territory: "TO",
  iana: ["Pacific/Tongatapu"]
}, {
  windowsName: "Samoa Standard Time",
  territory: "001",
  iana: ["Pacific/Apia"]
}, {
  windowsName: "Samoa Standard Time",
  territory: "WS",
  iana: ["Pacific/Apia"]
}, {
  windowsName: "Line Islands Standard Time",
  territory: "001",
  iana: ["Pacific/Kiritimati"]
}, {
  windowsName: "Line Islands Standard Time",
  territory: "KI",
  iana: ["Pacific/Kiritimati"]
}, {
  windowsName: "Line Islands Standard Time",
  territory: "ZZ",
  iana: ["Etc/GMT-14"]
}];

// src/schedule/zones.ts
var BY_NAME = buildIndex();
function buildIndex() {
  const index = /* @__PURE__ */ new Map();
  for (const entry of Object.values(WINDOWS_TO_IANA_MAP)) {
    const key = entry.windowsName.toLowerCase();
    const iana = entry.iana[0];
    if (iana === void 0) continue;
    if (entry.territory === "001" || !index.has(key)) index.set(key, iana);
  }
  return index;
}
var VALID = /* @__PURE__ */ new Map();
function ianaZoneOf(windowsName) {
  const iana = BY_NAME.get(windowsName.trim().toLowerCase());
  if (iana === void 0) return void 0;
  const valid = VALID.get(iana) ?? IANAZone.isValidZone(iana);
  VALID.set(iana, valid);
  return valid ? iana : void 0;
}
var notAWindowsZone = (name) => `'${name}' is not a Windows time zone name (e.g. UTC, Pacific Standard Time, W. Europe Standard Time)`;
var BUCKET = 15 * 6e4;
var MAX_CACHED = 5e4;
var CachedZone = class extends Zone {
  constructor(inner) {
    super();
    this.inner = inner;
  }
  inner;
  offsets = /* @__PURE__ */ new Map();
  get type() {
    return this.inner.type;
  }
  get name() {
    return this.inner.name;
  }
  get isUniversal() {
    return false;
  }
  get isValid() {
    return this.inner.isValid;
  }
  offsetName(ts, options) {
    return this.inner.offsetName(ts, options) ?? "";
  }
  formatOffset(ts, format) {
    return this.inner.formatOffset(ts, format);
  }
  offset(ts) {
    const key = Math.floor(ts / BUCKET);
    const known = this.offsets.get(key);
    if (known !== void 0) return known;
    if (this.offsets.size >= MAX_CACHED) this.offsets.clear();
    const offset = this.inner.offset(ts);
    this.offsets.set(key, offset);
    return offset;
  }
  equals(other) {
    return other.type === this.type && other.name === this.name;
  }
};
var ZONES = /* @__PURE__ */ new Map();
function zoneFor(iana) {
  const known = ZONES.get(iana);
  if (known !== void 0) return known;
  const zone = new CachedZone(IANAZone.create(iana));
  ZONES.set(iana, zone);
  return zone;
}

// src/schedule/window.ts
var DATE_TIME2 = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
var DURATION2 = /^(\d{1,2}):(\d{2})$/;
var MIN_DURATION = 90;
var MAX_DURATION = 235;
var MAX_FIELD = 100;
function parseWindow(fields) {
  const problems = [];
  const timeZone = fields.timeZone?.trim() || "UTC";
  const zone = ianaZoneOf(timeZone);
  if (zone === void 0) problems.push({ field: "timeZone", text: notAWindowsZone(clip(timeZone)) });
  const inZone = zone ?? "UTC";
  const start = fields.startDateTime === void 0 ? void 0 : parseDateTime2(fields.startDateTime, inZone);
  if (fields.startDateTime === void 0) problems.push({ field: "startDateTime", text: "startDateTime is not set; Azure requires it (yyyy-MM-dd HH:mm)" });
  else if (start === void 0) problems.push({ field: "startDateTime", text: notADateTime("startDateTime", fields.startDateTime) });
  const expiration = fields.expirationDateTime === void 0 ? void 0 : parseDateTime2(fields.expirationDateTime, inZone);
  if (fields.expirationDateTime !== void 0 && expiration === void 0) {
    problems.push({ field: "expirationDateTime", text: notADateTime("expirationDateTime", fields.expirationDateTime) });
  }
  if (start !== void 0 && expiration !== void 0 && expiration.at <= start.at) {
    problems.push({ field: "expirationDateTime", text: `expirationDateTime ${fields.expirationDateTime ?? ""} is not after startDateTime ${fields.startDateTime ?? ""}` });
  }
  const durationMinutes = fields.duration === void 0 ? void 0 : parseDuration2(fields.duration);
  if (fields.duration !== void 0 && durationMinutes === void 0) {
    problems.push({ field: "duration", text: `duration '${clip(fields.duration)}' is not HH:mm (e.g. 03:55)` });
  } else if (durationMinutes !== void 0 && (durationMinutes < MIN_DURATION || durationMinutes > MAX_DURATION)) {
    problems.push({ field: "duration", text: `duration '${clip(fields.duration ?? "")}' is outside the 01:30 to 03:55 Azure allows a Guest (InGuestPatch) window` });
  }
  const parsed = fields.recurEvery === void 0 ? void 0 : parseRecurrence(fields.recurEvery);
  if (parsed !== void 0 && "problem" in parsed) problems.push({ field: "recurEvery", text: parsed.problem });
  if (problems.length > 0 || start === void 0) return { problems };
  const recurrence = parsed !== void 0 && "recurrence" in parsed ? parsed.recurrence : void 0;
  const schedule = { start: start.at, startWallClock: start.wallClock, expiration: expiration?.at, durationMinutes, timeZone, zone: inZone, recurrence };
  return { schedule };
}
function parseDateTime2(text2, zone) {
  const match = DATE_TIME2.exec(text2.trim());
  if (match === null) return void 0;
  const [, y, mo, d, h = "0", mi = "0", s = "0", offset] = match;
  const written = { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h), minute: Number(mi), second: Number(s) };
  if (!isCalendarTime(written)) return void 0;
  const rules = zoneFor(zone);
  if (offset === void 0) return { at: atWallClock(written, rules), wallClock: written };
  const own = offset.toUpperCase() === "Z" ? "UTC" : `UTC${offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`;
  const instant = DateTime.fromObject(written, { zone: own });
  if (!instant.isValid) return void 0;
  const at = instant.setZone(rules);
  return { at, wallClock: { year: at.year, month: at.month, day: at.day, hour: at.hour, minute: at.minute, second: at.second } };
}
function isCalendarTime(time) {
  const date = new Date(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second));
  return date.getUTCFullYear() === time.year && date.getUTCMonth() === time.month - 1 && date.getUTCDate() === time.day && date.getUTCHours() === time.hour && date.getUTCMinutes() === time.minute && date.getUTCSeconds() === time.second;
}
function parseDuration2(text2) {
  const match = DURATION2.exec(text2.trim());
  if (match === null) return void 0;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (minutes > 59 || hours * 60 + minutes === 0) return void 0;
  return hours * 60 + minutes;
}
var clip = (text2) => text2.length > MAX_FIELD ? `${text2.slice(0, MAX_FIELD)}\u2026` : text2;
var notADateTime = (field, text2) => `${field} '${clip(text2)}' is not a date and time in yyyy-MM-dd HH:mm form (e.g. 2026-01-18 02:00)`;

// src/schedule/occurrences.ts
var MAX_PERIODS = 11e3;
function* occurrences(schedule, until, from) {
  const limit = DateTime.fromJSDate(until).setZone(zoneFor(schedule.zone));
  const stop = schedule.expiration !== void 0 && schedule.expiration < limit ? schedule.expiration : limit;
  const { recurrence } = schedule;
  if (recurrence === void 0) {
    if (schedule.start < stop) yield toOccurrence(schedule.start, schedule);
    return;
  }
  if (recurrence.kind === "hourly") {
    yield* hourly(schedule, recurrence.every, stop, from);
    return;
  }
  const anchor = anchorOf(recurrence, schedule.start);
  const first = from === void 0 ? 0 : firstPeriodNear(recurrence, schedule.start, anchor, DateTime.fromJSDate(from).setZone(zoneFor(schedule.zone)));
  const lastStart = calendarDay2(stop).plus({ days: 6 });
  for (let period = first; period < first + MAX_PERIODS; period += 1) {
    const start = nthPeriodStart(recurrence, anchor, period);
    for (const day of daysOfPeriod(recurrence, schedule.start, start)) {
      const opens = atStartTime(day, schedule);
      if (opens < schedule.start) continue;
      if (opens >= stop) return;
      yield toOccurrence(opens, schedule);
    }
    if (nthPeriodStart(recurrence, anchor, period + 1) > lastStart) return;
  }
}
function* hourly(schedule, every, stop, from) {
  const step = every * HOUR_MS;
  const start = schedule.start.toMillis();
  const first = from === void 0 || from.getTime() <= start ? 0 : Math.floor((from.getTime() - start) / step);
  const zone = { zone: zoneFor(schedule.zone) };
  for (let period = first; period < first + MAX_PERIODS; period += 1) {
    const opens = DateTime.fromMillis(start + period * step, zone);
    if (opens >= stop) return;
    yield toOccurrence(opens, schedule);
  }
}
function nextOccurrence(schedule, from, until) {
  for (const occurrence of occurrences(schedule, until, from)) if (occurrence.start >= from) return occurrence;
  return void 0;
}
function firstPeriodNear(recurrence, start, anchor, from) {
  if (from <= start) return 0;
  const unit = recurrence.kind === "daily" ? "days" : recurrence.kind === "weekly" ? "weeks" : "months";
  const elapsed = Math.floor(calendarDay2(from).diff(anchor, unit).get(unit));
  return Math.max(0, Math.floor(elapsed / recurrence.every) - 1);
}
function daysOfPeriod(recurrence, start, first) {
  switch (recurrence.kind) {
    case "daily":
      return [first];
    case "weekly": {
      const weekdays = recurrence.weekdays.length === 0 ? [start.weekday] : recurrence.weekdays;
      return weekdays.map((weekday) => first.plus({ days: weekday - 1 }));
    }
    case "monthly-days": {
      const wanted = recurrence.days.length === 0 ? [start.day] : recurrence.days;
      const inMonth = first.daysInMonth ?? 31;
      const days = wanted.map((day) => day === -1 ? inMonth : day).filter((day) => day <= inMonth);
      return [...new Set(days)].sort((a, b) => a - b).map((day) => first.set({ day }));
    }
    case "monthly-weekday": {
      const firstWeekday = first.plus({ days: (recurrence.weekday - first.weekday + 7) % 7 });
      let day = firstWeekday.plus({ weeks: recurrence.week === 5 ? 4 : recurrence.week - 1 });
      if (recurrence.week === 5 && day.month !== first.month) day = day.minus({ weeks: 1 });
      return [day.plus({ days: recurrence.offset })];
    }
  }
}
function anchorOf(recurrence, start) {
  const day = calendarDay2(start);
  return recurrence.kind === "daily" ? day : recurrence.kind === "weekly" ? day.startOf("week") : day.startOf("month");
}
function nthPeriodStart(recurrence, anchor, period) {
  switch (recurrence.kind) {
    case "daily":
      return DateTime.fromMillis(anchor.toMillis() + period * recurrence.every * DAY_MS2, UTC);
    case "weekly":
      return DateTime.fromMillis(anchor.toMillis() + period * recurrence.every * WEEK_MS, UTC);
    case "monthly-days":
    case "monthly-weekday":
      return anchor.plus({ months: period * recurrence.every });
  }
}
var HOUR_MS = 36e5;
var DAY_MS2 = 24 * HOUR_MS;
var WEEK_MS = 7 * DAY_MS2;
var UTC = { zone: "utc" };
var calendarDay2 = (value) => DateTime.utc(value.year, value.month, value.day);
function atStartTime(day, schedule) {
  const { hour, minute } = schedule.startWallClock;
  return atWallClock({ year: day.year, month: day.month, day: day.day, hour, minute, second: 0 }, zoneFor(schedule.zone));
}
function toOccurrence(opens, schedule) {
  const start = opens.toMillis();
  const end = new Date(start + (schedule.durationMinutes ?? 0) * 6e4);
  return { start: new Date(start), end, local: formatWallClock(opens) };
}

// src/schedule/coverage.ts
var DAY2 = 864e5;
var openingsOf = (window) => typeof window === "function" ? window : (until, from) => occurrences(window, until, from);
var utcDay = (date) => Math.floor(date.getTime() / DAY2);
function coverBaselines(window, baselines) {
  const openings = openingsOf(window);
  const found = /* @__PURE__ */ new Map();
  const from = Math.min(...baselines.map((b) => b.release.getTime()));
  const until = Math.max(...baselines.map((b) => b.nextRelease.getTime()));
  if (baselines.length > 0) {
    for (const occurrence of openings(new Date(until), new Date(from))) {
      for (const baseline of baselines) {
        if (found.has(baseline) || occurrence.start < baseline.release || occurrence.start >= baseline.nextRelease) continue;
        found.set(baseline, occurrence);
      }
      if (found.size === baselines.length) break;
    }
  }
  return baselines.map((baseline) => {
    const occurrence = found.get(baseline);
    const daysAfter = occurrence === void 0 ? void 0 : utcDay(occurrence.start) - utcDay(baseline.release);
    return { baseline, occurrence, daysAfter };
  });
}
function nextOpening(window, from, horizonDays = 3660) {
  if (typeof window !== "function") {
    const start = window.start.toJSDate();
    const searchFrom = start > from ? start : from;
    return nextOccurrence(window, from, new Date(searchFrom.getTime() + horizonDays * DAY2));
  }
  const until = new Date(from.getTime() + horizonDays * DAY2);
  for (const occurrence of window(until, from)) if (occurrence.start >= from) return occurrence;
  return void 0;
}
var formatUtc = (date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

// src/config/window.ts
var MAX_LENGTH2 = 200;
var MAX_REPETITIONS = 1e4;
var EXAMPLES = "an ISO 8601 interval (2026-01-18T02:00Z/PT3H) or a recurrence (Month Third Sunday 02:00/PT3H)";
var RECURRENCE = /^(.+?)\s+(\d{1,2}):(\d{2})\/(P[0-9A-Z]+)(?:\s+([A-Za-z][\w .+()/-]{0,63}))?$/;
function parseDeclaredWindow(raw) {
  const text2 = raw.trim();
  if (text2 === "") return { problem: `it is empty; expected ${EXAMPLES}` };
  if (text2.length > MAX_LENGTH2) return { problem: `it is longer than ${MAX_LENGTH2} characters` };
  if (/^(?:R\d*\/|P|\d{4}-)/.test(text2)) return parseInterval(text2);
  const recurrence = RECURRENCE.exec(text2);
  if (recurrence === null) return { problem: `expected ${EXAMPLES}` };
  const [, pattern, hours, minutes, duration, zone] = recurrence;
  const parsed = parseRecurrenceOf(pattern);
  const timeZone = zone ?? "UTC";
  const iana = ianaZoneOf(timeZone);
  const problem = ("problem" in parsed ? parsed.problem : void 0) ?? (Number(hours) > 23 || Number(minutes) > 59 ? `${hours}:${minutes} is not a time of day (00:00 to 23:59)` : void 0) ?? (parseDuration(duration) === void 0 ? `${duration} is not an ISO 8601 duration such as PT3H` : void 0) ?? (iana === void 0 ? notAWindowsZone(timeZone) : void 0);
  if (problem !== void 0 || !("recurrence" in parsed) || iana === void 0) return { problem: problem ?? `expected ${EXAMPLES}` };
  const openings = { kind: "recurrence", recurrence: parsed.recurrence, hour: Number(hours), minute: Number(minutes), timeZone, zone: iana };
  return { window: { notation: "recurrence", recurring: true, end: void 0, openings } };
}
function parseInterval(text2) {
  const parts = text2.split("/");
  const repeating = /^R(\d*)$/.exec(parts[0] ?? "");
  if (repeating !== null) {
    const [, count] = repeating;
    const start2 = parseDateTime(parts[1] ?? "");
    const period = parseDuration(parts[2] ?? "");
    if (parts.length !== 3 || start2 === void 0 || period === void 0) {
      return { problem: `a repeating interval is R/<start>/<duration>, e.g. R/2026-01-18T02:00Z/P1M; got ${text2}` };
    }
    if (count === "") {
      const openings2 = { kind: "repeating", start: start2, period, times: void 0 };
      return { window: { notation: "repeating-interval", recurring: true, end: void 0, openings: openings2 } };
    }
    const times = Number(count);
    if (times < 1 || times > MAX_REPETITIONS) return { problem: `R${count} must repeat 1 to ${MAX_REPETITIONS} times` };
    const openings = { kind: "repeating", start: start2, period, times };
    return { window: { notation: "repeating-interval", recurring: false, end: addDuration(start2, period, times), openings } };
  }
  if (parts.length !== 2) return { problem: `an interval has one '/' between its start and its end or duration; got ${text2}` };
  const [first, second] = parts;
  const start = parseDateTime(first);
  const end = parseDateTime(second);
  const firstDuration = start === void 0 ? parseDuration(first) : void 0;
  const secondDuration = end === void 0 ? parseDuration(second) : void 0;
  if (start !== void 0 && end !== void 0) {
    if (end <= start) return { problem: `it ends (${second}) before it starts (${first})` };
    return { window: once(start, end) };
  }
  if (start !== void 0 && secondDuration !== void 0) return { window: once(start, addDuration(start, secondDuration)) };
  if (firstDuration !== void 0 && end !== void 0) return { window: once(addDuration(end, firstDuration, -1), end) };
  const bad = start === void 0 && firstDuration === void 0 ? first : second;
  return { problem: `${bad} is not an ISO 8601 date-time (2026-01-18T02:00Z) or duration (PT3H)` };
}
var once = (start, end) => ({ notation: "interval", recurring: false, end, openings: { kind: "once", start } });
function parseRecurrenceOf(pattern) {
  const parsed = parseRecurrence(pattern);
  if ("problem" in parsed) return parsed;
  if (parsed.recurrence.kind === "monthly-days" && parsed.recurrence.days.length === 0) {
    return { problem: "a monthly recurrence names its day: Month Second Sunday, Month day15 or Month Last Friday" };
  }
  return parsed;
}
var describeEnd = formatInstant;

export {
  locateYamlPath,
  isShippedAdvisory,
  readAdvisory,
  getBuiltInAdvisories,
  builtInAdvisories,
  matchGlob,
  selectFiles,
  describeRecurrence,
  formatWallClock,
  parseWindow,
  parseDateTime2 as parseDateTime,
  MAX_PERIODS,
  coverBaselines,
  nextOpening,
  formatUtc,
  formatDay,
  parseEvaluationDay,
  evaluationDayOf,
  addDuration,
  calendarDay,
  DEFAULT_TAGS,
  DEFAULT_MAX_EXEMPTION_DAYS,
  GOVERNANCE_RULES,
  UNEXEMPTABLE_RULES,
  parseDeclaredWindow,
  describeEnd
};

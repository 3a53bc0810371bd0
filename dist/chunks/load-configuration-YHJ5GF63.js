import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  DEFAULT_MAX_EXEMPTION_DAYS,
  DEFAULT_TAGS,
  GOVERNANCE_RULES,
  builtInAdvisories,
  calendarDay,
  isShippedAdvisory,
  locateYamlPath,
  parseDeclaredWindow,
  readAdvisory,
  selectFiles
} from "./chunk-XIR5BMFM.js";
import {
  entryOf,
  isSeq,
  nodeAt,
  parseYaml
} from "./chunk-OFL7K4J5.js";
import "./chunk-VO455LQT.js";
import {
  require_ucs2length
} from "./chunk-YQ36APML.js";
import "./chunk-SD73YJMR.js";
import {
  Workspace,
  decodeText,
  parseResourceId
} from "./chunk-XG2W2MLJ.js";
import {
  ConfigurationError
} from "./chunk-KOMI2SY3.js";
import {
  __commonJS,
  __toESM
} from "./chunk-5XWL5JNG.js";

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate3, compare) {
      return { validate: validate3, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// src/pipeline/load-configuration.ts
import { readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, posix, relative, sep } from "node:path";

// src/policy/advisory-validator.generated.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_formats = __toESM(require_formats(), 1);
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/schemas/advisory.schema.json", "title": "hotpatch-reboot-gate advisory", "description": "An advisory as data: which images can hotpatch, which OS builds fix the vulnerability, and when hotpatch machines need reboots.", "type": "object", "additionalProperties": false, "required": ["id", "title", "cves", "summary", "disruption", "families", "hotpatchImages", "baselineMonths", "sources"], "properties": { "id": { "description": "Stable kebab-case id, shown in findings.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 80 }, "title": { "type": "string", "minLength": 1, "maxLength": 200 }, "reviewed": { "description": "When the advisory's facts were last reviewed (YYYY-MM-DD). The report names it and adds a notice when the evaluation date is more than 120 days past the newest review.", "type": "string", "format": "date" }, "cves": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^CVE-[0-9]{4}-[0-9]{4,}$" } }, "summary": { "type": "string", "minLength": 1, "maxLength": 2e3 }, "disruption": { "description": "When machines hit by the advisory need reboots beyond the baseline calendar.", "type": "object", "additionalProperties": false, "required": ["start", "end", "description"], "properties": { "start": { "type": "string", "format": "date" }, "end": { "type": "string", "format": "date" }, "description": { "type": "string", "minLength": 1, "maxLength": 1e3 } } }, "families": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["os", "build", "fixedRevision", "kb", "breaksHotpatch"], "properties": { "os": { "type": "string", "minLength": 1 }, "build": { "description": "OS build family, e.g. 26100.", "type": "integer", "minimum": 1 }, "fixedRevision": { "description": "First fixed update build revision (UBR).", "type": "integer", "minimum": 0 }, "kb": { "$ref": "#/definitions/kb" }, "hotpatchKb": { "$ref": "#/definitions/kb" }, "breaksHotpatch": { "type": "boolean" } } } }, "hotpatchImages": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["publisher", "offer", "sku", "os", "build", "hotpatchOnByDefault", "preview"], "properties": { "publisher": { "$ref": "#/definitions/imagePart" }, "offer": { "$ref": "#/definitions/imagePart" }, "sku": { "$ref": "#/definitions/imagePart" }, "os": { "type": "string", "minLength": 1 }, "build": { "type": "integer", "minimum": 1 }, "hotpatchOnByDefault": { "type": "boolean" }, "preview": { "type": "boolean" } } } }, "baselineMonths": { "description": "Planned baseline months (1-12): every hotpatch machine reboots in them.", "type": "array", "minItems": 1, "maxItems": 12, "uniqueItems": true, "items": { "type": "integer", "minimum": 1, "maximum": 12 } }, "sources": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["title", "url"], "properties": { "title": { "type": "string", "minLength": 1 }, "url": { "type": "string", "format": "uri", "pattern": "^https://" } } } } }, "definitions": { "kb": { "type": "string", "pattern": "^KB[0-9]{6,8}$" }, "imagePart": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "maxLength": 128 } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = import_ucs2length.default.default;
var pattern0 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
var pattern1 = new RegExp("^CVE-[0-9]{4}-[0-9]{4,}$", "u");
var pattern2 = new RegExp("^KB[0-9]{6,8}$", "u");
var pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
var pattern7 = new RegExp("^https://", "u");
var formats0 = import_formats.default.fullFormats.date;
var formats6 = import_formats.default.fullFormats.uri;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id") || data.title === void 0 && (missing0 = "title") || data.cves === void 0 && (missing0 = "cves") || data.summary === void 0 && (missing0 = "summary") || data.disruption === void 0 && (missing0 = "disruption") || data.families === void 0 && (missing0 = "families") || data.hotpatchImages === void 0 && (missing0 = "hotpatchImages") || data.baselineMonths === void 0 && (missing0 = "baselineMonths") || data.sources === void 0 && (missing0 = "sources")) {
        validate10.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func2.call(schema11.properties, key0)) {
            validate10.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.id !== void 0) {
            let data0 = data.id;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 === "string") {
                if (func3(data0) > 80) {
                  validate10.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/maxLength", keyword: "maxLength", params: { limit: 80 }, message: "must NOT have more than 80 characters" }];
                  return false;
                } else {
                  if (!pattern0.test(data0)) {
                    validate10.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"' }];
                    return false;
                  }
                }
              } else {
                validate10.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.title !== void 0) {
              let data1 = data.title;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data1 === "string") {
                  if (func3(data1) > 200) {
                    validate10.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                    return false;
                  } else {
                    if (func3(data1) < 1) {
                      validate10.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  }
                } else {
                  validate10.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.reviewed !== void 0) {
                let data2 = data.reviewed;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (errors === _errs6) {
                    if (typeof data2 === "string") {
                      if (!formats0.validate(data2)) {
                        validate10.errors = [{ instancePath: instancePath + "/reviewed", schemaPath: "#/properties/reviewed/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                        return false;
                      }
                    } else {
                      validate10.errors = [{ instancePath: instancePath + "/reviewed", schemaPath: "#/properties/reviewed/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.cves !== void 0) {
                  let data3 = data.cves;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (Array.isArray(data3)) {
                      if (data3.length < 1) {
                        validate10.errors = [{ instancePath: instancePath + "/cves", schemaPath: "#/properties/cves/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                        return false;
                      } else {
                        var valid1 = true;
                        const len0 = data3.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data4 = data3[i0];
                          const _errs10 = errors;
                          if (errors === _errs10) {
                            if (typeof data4 === "string") {
                              if (!pattern1.test(data4)) {
                                validate10.errors = [{ instancePath: instancePath + "/cves/" + i0, schemaPath: "#/properties/cves/items/pattern", keyword: "pattern", params: { pattern: "^CVE-[0-9]{4}-[0-9]{4,}$" }, message: 'must match pattern "^CVE-[0-9]{4}-[0-9]{4,}$"' }];
                                return false;
                              }
                            } else {
                              validate10.errors = [{ instancePath: instancePath + "/cves/" + i0, schemaPath: "#/properties/cves/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid1 = _errs10 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                        if (valid1) {
                          let i1 = data3.length;
                          let j0;
                          if (i1 > 1) {
                            const indices0 = {};
                            for (; i1--; ) {
                              let item0 = data3[i1];
                              if (typeof item0 !== "string") {
                                continue;
                              }
                              if (typeof indices0[item0] == "number") {
                                j0 = indices0[item0];
                                validate10.errors = [{ instancePath: instancePath + "/cves", schemaPath: "#/properties/cves/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                return false;
                                break;
                              }
                              indices0[item0] = i1;
                            }
                          }
                        }
                      }
                    } else {
                      validate10.errors = [{ instancePath: instancePath + "/cves", schemaPath: "#/properties/cves/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.summary !== void 0) {
                    let data5 = data.summary;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (typeof data5 === "string") {
                        if (func3(data5) > 2e3) {
                          validate10.errors = [{ instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" }];
                          return false;
                        } else {
                          if (func3(data5) < 1) {
                            validate10.errors = [{ instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          }
                        }
                      } else {
                        validate10.errors = [{ instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.disruption !== void 0) {
                      let data6 = data.disruption;
                      const _errs14 = errors;
                      if (errors === _errs14) {
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                          let missing1;
                          if (data6.start === void 0 && (missing1 = "start") || data6.end === void 0 && (missing1 = "end") || data6.description === void 0 && (missing1 = "description")) {
                            validate10.errors = [{ instancePath: instancePath + "/disruption", schemaPath: "#/properties/disruption/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          } else {
                            const _errs16 = errors;
                            for (const key1 in data6) {
                              if (!(key1 === "start" || key1 === "end" || key1 === "description")) {
                                validate10.errors = [{ instancePath: instancePath + "/disruption", schemaPath: "#/properties/disruption/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                return false;
                                break;
                              }
                            }
                            if (_errs16 === errors) {
                              if (data6.start !== void 0) {
                                let data7 = data6.start;
                                const _errs17 = errors;
                                if (errors === _errs17) {
                                  if (errors === _errs17) {
                                    if (typeof data7 === "string") {
                                      if (!formats0.validate(data7)) {
                                        validate10.errors = [{ instancePath: instancePath + "/disruption/start", schemaPath: "#/properties/disruption/properties/start/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                                        return false;
                                      }
                                    } else {
                                      validate10.errors = [{ instancePath: instancePath + "/disruption/start", schemaPath: "#/properties/disruption/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                }
                                var valid3 = _errs17 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data6.end !== void 0) {
                                  let data8 = data6.end;
                                  const _errs19 = errors;
                                  if (errors === _errs19) {
                                    if (errors === _errs19) {
                                      if (typeof data8 === "string") {
                                        if (!formats0.validate(data8)) {
                                          validate10.errors = [{ instancePath: instancePath + "/disruption/end", schemaPath: "#/properties/disruption/properties/end/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' }];
                                          return false;
                                        }
                                      } else {
                                        validate10.errors = [{ instancePath: instancePath + "/disruption/end", schemaPath: "#/properties/disruption/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid3 = _errs19 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data6.description !== void 0) {
                                    let data9 = data6.description;
                                    const _errs21 = errors;
                                    if (errors === _errs21) {
                                      if (typeof data9 === "string") {
                                        if (func3(data9) > 1e3) {
                                          validate10.errors = [{ instancePath: instancePath + "/disruption/description", schemaPath: "#/properties/disruption/properties/description/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" }];
                                          return false;
                                        } else {
                                          if (func3(data9) < 1) {
                                            validate10.errors = [{ instancePath: instancePath + "/disruption/description", schemaPath: "#/properties/disruption/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                          }
                                        }
                                      } else {
                                        validate10.errors = [{ instancePath: instancePath + "/disruption/description", schemaPath: "#/properties/disruption/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid3 = _errs21 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate10.errors = [{ instancePath: instancePath + "/disruption", schemaPath: "#/properties/disruption/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.families !== void 0) {
                        let data10 = data.families;
                        const _errs23 = errors;
                        if (errors === _errs23) {
                          if (Array.isArray(data10)) {
                            if (data10.length < 1) {
                              validate10.errors = [{ instancePath: instancePath + "/families", schemaPath: "#/properties/families/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                              return false;
                            } else {
                              var valid4 = true;
                              const len1 = data10.length;
                              for (let i2 = 0; i2 < len1; i2++) {
                                let data11 = data10[i2];
                                const _errs25 = errors;
                                if (errors === _errs25) {
                                  if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                    let missing2;
                                    if (data11.os === void 0 && (missing2 = "os") || data11.build === void 0 && (missing2 = "build") || data11.fixedRevision === void 0 && (missing2 = "fixedRevision") || data11.kb === void 0 && (missing2 = "kb") || data11.breaksHotpatch === void 0 && (missing2 = "breaksHotpatch")) {
                                      validate10.errors = [{ instancePath: instancePath + "/families/" + i2, schemaPath: "#/properties/families/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                      return false;
                                    } else {
                                      const _errs27 = errors;
                                      for (const key2 in data11) {
                                        if (!(key2 === "os" || key2 === "build" || key2 === "fixedRevision" || key2 === "kb" || key2 === "hotpatchKb" || key2 === "breaksHotpatch")) {
                                          validate10.errors = [{ instancePath: instancePath + "/families/" + i2, schemaPath: "#/properties/families/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                          return false;
                                          break;
                                        }
                                      }
                                      if (_errs27 === errors) {
                                        if (data11.os !== void 0) {
                                          let data12 = data11.os;
                                          const _errs28 = errors;
                                          if (errors === _errs28) {
                                            if (typeof data12 === "string") {
                                              if (func3(data12) < 1) {
                                                validate10.errors = [{ instancePath: instancePath + "/families/" + i2 + "/os", schemaPath: "#/properties/families/items/properties/os/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                return false;
                                              }
                                            } else {
                                              validate10.errors = [{ instancePath: instancePath + "/families/" + i2 + "/os", schemaPath: "#/properties/families/items/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                          }
                                          var valid5 = _errs28 === errors;
                                        } else {
                                          var valid5 = true;
                                        }
                                        if (valid5) {
                                          if (data11.build !== void 0) {
                                            let data13 = data11.build;
                                            const _errs30 = errors;
                                            if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
                                              validate10.errors = [{ instancePath: instancePath + "/families/" + i2 + "/build", schemaPath: "#/properties/families/items/properties/build/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                              return false;
                                            }
                                            if (errors === _errs30) {
                                              if (typeof data13 == "number" && isFinite(data13)) {
                                                if (data13 < 1 || isNaN(data13)) {
                                                  validate10.errors = [{ instancePath: instancePath + "/families/" + i2 + "/build", schemaPath: "#/properties/families/items/properties/build/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                  return false;
                                                }
                                              }
                                            }
                                            var valid5 = _errs30 === errors;
                                          } else {
                                            var valid5 = true;
                                          }
                                          if (valid5) {
                                            if (data11.fixedRevision !== void 0) {
                                              let data14 = data11.fixedRevision;
                                              const _errs32 = errors;
                                              if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                                                validate10.errors = [{ instancePath: instancePath + "/families/" + i2 + "/fixedRevision", schemaPath: "#/properties/families/items/properties/fixedRevision/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                return false;
                                              }
                                              if (errors === _errs32) {
                                                if (typeof data14 == "number" && isFinite(data14)) {
                                                  if (data14 < 0 || isNaN(data14)) {
                                                    validate10.errors = [{ instancePath: instancePath + "/families/" + i2 + "/fixedRevision", schemaPath: "#/properties/families/items/properties/fixedRevision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                    return false;
                                                  }
                                                }
                                              }
                                              var valid5 = _errs32 === errors;
                                            } else {
                                              var valid5 = true;
                                            }
                                            if (valid5) {
                                              if (data11.kb !== void 0) {
                                                let data15 = data11.kb;
                                                const _errs34 = errors;
                                                const _errs35 = errors;
                                                if (errors === _errs35) {
                                                  if (typeof data15 === "string") {
                                                    if (!pattern2.test(data15)) {
                                                      validate10.errors = [{ instancePath: instancePath + "/families/" + i2 + "/kb", schemaPath: "#/definitions/kb/pattern", keyword: "pattern", params: { pattern: "^KB[0-9]{6,8}$" }, message: 'must match pattern "^KB[0-9]{6,8}$"' }];
                                                      return false;
                                                    }
                                                  } else {
                                                    validate10.errors = [{ instancePath: instancePath + "/families/" + i2 + "/kb", schemaPath: "#/definitions/kb/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                }
                                                var valid5 = _errs34 === errors;
                                              } else {
                                                var valid5 = true;
                                              }
                                              if (valid5) {
                                                if (data11.hotpatchKb !== void 0) {
                                                  let data16 = data11.hotpatchKb;
                                                  const _errs37 = errors;
                                                  const _errs38 = errors;
                                                  if (errors === _errs38) {
                                                    if (typeof data16 === "string") {
                                                      if (!pattern2.test(data16)) {
                                                        validate10.errors = [{ instancePath: instancePath + "/families/" + i2 + "/hotpatchKb", schemaPath: "#/definitions/kb/pattern", keyword: "pattern", params: { pattern: "^KB[0-9]{6,8}$" }, message: 'must match pattern "^KB[0-9]{6,8}$"' }];
                                                        return false;
                                                      }
                                                    } else {
                                                      validate10.errors = [{ instancePath: instancePath + "/families/" + i2 + "/hotpatchKb", schemaPath: "#/definitions/kb/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid5 = _errs37 === errors;
                                                } else {
                                                  var valid5 = true;
                                                }
                                                if (valid5) {
                                                  if (data11.breaksHotpatch !== void 0) {
                                                    const _errs40 = errors;
                                                    if (typeof data11.breaksHotpatch !== "boolean") {
                                                      validate10.errors = [{ instancePath: instancePath + "/families/" + i2 + "/breaksHotpatch", schemaPath: "#/properties/families/items/properties/breaksHotpatch/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                      return false;
                                                    }
                                                    var valid5 = _errs40 === errors;
                                                  } else {
                                                    var valid5 = true;
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/families/" + i2, schemaPath: "#/properties/families/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid4 = _errs25 === errors;
                                if (!valid4) {
                                  break;
                                }
                              }
                            }
                          } else {
                            validate10.errors = [{ instancePath: instancePath + "/families", schemaPath: "#/properties/families/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs23 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.hotpatchImages !== void 0) {
                          let data18 = data.hotpatchImages;
                          const _errs42 = errors;
                          if (errors === _errs42) {
                            if (Array.isArray(data18)) {
                              if (data18.length < 1) {
                                validate10.errors = [{ instancePath: instancePath + "/hotpatchImages", schemaPath: "#/properties/hotpatchImages/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                return false;
                              } else {
                                var valid8 = true;
                                const len2 = data18.length;
                                for (let i3 = 0; i3 < len2; i3++) {
                                  let data19 = data18[i3];
                                  const _errs44 = errors;
                                  if (errors === _errs44) {
                                    if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                      let missing3;
                                      if (data19.publisher === void 0 && (missing3 = "publisher") || data19.offer === void 0 && (missing3 = "offer") || data19.sku === void 0 && (missing3 = "sku") || data19.os === void 0 && (missing3 = "os") || data19.build === void 0 && (missing3 = "build") || data19.hotpatchOnByDefault === void 0 && (missing3 = "hotpatchOnByDefault") || data19.preview === void 0 && (missing3 = "preview")) {
                                        validate10.errors = [{ instancePath: instancePath + "/hotpatchImages/" + i3, schemaPath: "#/properties/hotpatchImages/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                        return false;
                                      } else {
                                        const _errs46 = errors;
                                        for (const key3 in data19) {
                                          if (!(key3 === "publisher" || key3 === "offer" || key3 === "sku" || key3 === "os" || key3 === "build" || key3 === "hotpatchOnByDefault" || key3 === "preview")) {
                                            validate10.errors = [{ instancePath: instancePath + "/hotpatchImages/" + i3, schemaPath: "#/properties/hotpatchImages/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                            return false;
                                            break;
                                          }
                                        }
                                        if (_errs46 === errors) {
                                          if (data19.publisher !== void 0) {
                                            let data20 = data19.publisher;
                                            const _errs47 = errors;
                                            const _errs48 = errors;
                                            if (errors === _errs48) {
                                              if (typeof data20 === "string") {
                                                if (func3(data20) > 128) {
                                                  validate10.errors = [{ instancePath: instancePath + "/hotpatchImages/" + i3 + "/publisher", schemaPath: "#/definitions/imagePart/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }];
                                                  return false;
                                                } else {
                                                  if (!pattern4.test(data20)) {
                                                    validate10.errors = [{ instancePath: instancePath + "/hotpatchImages/" + i3 + "/publisher", schemaPath: "#/definitions/imagePart/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' }];
                                                    return false;
                                                  }
                                                }
                                              } else {
                                                validate10.errors = [{ instancePath: instancePath + "/hotpatchImages/" + i3 + "/publisher", schemaPath: "#/definitions/imagePart/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid9 = _errs47 === errors;
                                          } else {
                                            var valid9 = true;
                                          }
                                          if (valid9) {
                                            if (data19.offer !== void 0) {
                                              let data21 = data19.offer;
                                              const _errs50 = errors;
                                              const _errs51 = errors;
                                              if (errors === _errs51) {
                                                if (typeof data21 === "string") {
                                                  if (func3(data21) > 128) {
                                                    validate10.errors = [{ instancePath: instancePath + "/hotpatchImages/" + i3 + "/offer", schemaPath: "#/definitions/imagePart/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }];
                                                    return false;
                                                  } else {
                                                    if (!pattern4.test(data21)) {
                                                      validate10.errors = [{ instancePath: instancePath + "/hotpatchImages/" + i3 + "/offer", schemaPath: "#/definitions/imagePart/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' }];
                                                      return false;
                                                    }
                                                  }
                                                } else {
                                                  validate10.errors = [{ instancePath: instancePath + "/hotpatchImages/" + i3 + "/offer", schemaPath: "#/definitions/imagePart/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                              }
                                              var valid9 = _errs50 === errors;
                                            } else {
                                              var valid9 = true;
                                            }
                                            if (valid9) {
                                              if (data19.sku !== void 0) {
                                                let data22 = data19.sku;
                                                const _errs53 = errors;
                                                const _errs54 = errors;
                                                if (errors === _errs54) {
                                                  if (typeof data22 === "string") {
                                                    if (func3(data22) > 128) {
                                                      validate10.errors = [{ instancePath: instancePath + "/hotpatchImages/" + i3 + "/sku", schemaPath: "#/definitions/imagePart/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }];
                                                      return false;
                                                    } else {
                                                      if (!pattern4.test(data22)) {
                                                        validate10.errors = [{ instancePath: instancePath + "/hotpatchImages/" + i3 + "/sku", schemaPath: "#/definitions/imagePart/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' }];
                                                        return false;
                                                      }
                                                    }
                                                  } else {
                                                    validate10.errors = [{ instancePath: instancePath + "/hotpatchImages/" + i3 + "/sku", schemaPath: "#/definitions/imagePart/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                }
                                                var valid9 = _errs53 === errors;
                                              } else {
                                                var valid9 = true;
                                              }
                                              if (valid9) {
                                                if (data19.os !== void 0) {
                                                  let data23 = data19.os;
                                                  const _errs56 = errors;
                                                  if (errors === _errs56) {
                                                    if (typeof data23 === "string") {
                                                      if (func3(data23) < 1) {
                                                        validate10.errors = [{ instancePath: instancePath + "/hotpatchImages/" + i3 + "/os", schemaPath: "#/properties/hotpatchImages/items/properties/os/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                        return false;
                                                      }
                                                    } else {
                                                      validate10.errors = [{ instancePath: instancePath + "/hotpatchImages/" + i3 + "/os", schemaPath: "#/properties/hotpatchImages/items/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid9 = _errs56 === errors;
                                                } else {
                                                  var valid9 = true;
                                                }
                                                if (valid9) {
                                                  if (data19.build !== void 0) {
                                                    let data24 = data19.build;
                                                    const _errs58 = errors;
                                                    if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                                                      validate10.errors = [{ instancePath: instancePath + "/hotpatchImages/" + i3 + "/build", schemaPath: "#/properties/hotpatchImages/items/properties/build/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                      return false;
                                                    }
                                                    if (errors === _errs58) {
                                                      if (typeof data24 == "number" && isFinite(data24)) {
                                                        if (data24 < 1 || isNaN(data24)) {
                                                          validate10.errors = [{ instancePath: instancePath + "/hotpatchImages/" + i3 + "/build", schemaPath: "#/properties/hotpatchImages/items/properties/build/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                          return false;
                                                        }
                                                      }
                                                    }
                                                    var valid9 = _errs58 === errors;
                                                  } else {
                                                    var valid9 = true;
                                                  }
                                                  if (valid9) {
                                                    if (data19.hotpatchOnByDefault !== void 0) {
                                                      const _errs60 = errors;
                                                      if (typeof data19.hotpatchOnByDefault !== "boolean") {
                                                        validate10.errors = [{ instancePath: instancePath + "/hotpatchImages/" + i3 + "/hotpatchOnByDefault", schemaPath: "#/properties/hotpatchImages/items/properties/hotpatchOnByDefault/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                        return false;
                                                      }
                                                      var valid9 = _errs60 === errors;
                                                    } else {
                                                      var valid9 = true;
                                                    }
                                                    if (valid9) {
                                                      if (data19.preview !== void 0) {
                                                        const _errs62 = errors;
                                                        if (typeof data19.preview !== "boolean") {
                                                          validate10.errors = [{ instancePath: instancePath + "/hotpatchImages/" + i3 + "/preview", schemaPath: "#/properties/hotpatchImages/items/properties/preview/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                          return false;
                                                        }
                                                        var valid9 = _errs62 === errors;
                                                      } else {
                                                        var valid9 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate10.errors = [{ instancePath: instancePath + "/hotpatchImages/" + i3, schemaPath: "#/properties/hotpatchImages/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid8 = _errs44 === errors;
                                  if (!valid8) {
                                    break;
                                  }
                                }
                              }
                            } else {
                              validate10.errors = [{ instancePath: instancePath + "/hotpatchImages", schemaPath: "#/properties/hotpatchImages/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid0 = _errs42 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.baselineMonths !== void 0) {
                            let data27 = data.baselineMonths;
                            const _errs64 = errors;
                            if (errors === _errs64) {
                              if (Array.isArray(data27)) {
                                if (data27.length > 12) {
                                  validate10.errors = [{ instancePath: instancePath + "/baselineMonths", schemaPath: "#/properties/baselineMonths/maxItems", keyword: "maxItems", params: { limit: 12 }, message: "must NOT have more than 12 items" }];
                                  return false;
                                } else {
                                  if (data27.length < 1) {
                                    validate10.errors = [{ instancePath: instancePath + "/baselineMonths", schemaPath: "#/properties/baselineMonths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                    return false;
                                  } else {
                                    var valid13 = true;
                                    const len3 = data27.length;
                                    for (let i4 = 0; i4 < len3; i4++) {
                                      let data28 = data27[i4];
                                      const _errs66 = errors;
                                      if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
                                        validate10.errors = [{ instancePath: instancePath + "/baselineMonths/" + i4, schemaPath: "#/properties/baselineMonths/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                        return false;
                                      }
                                      if (errors === _errs66) {
                                        if (typeof data28 == "number" && isFinite(data28)) {
                                          if (data28 > 12 || isNaN(data28)) {
                                            validate10.errors = [{ instancePath: instancePath + "/baselineMonths/" + i4, schemaPath: "#/properties/baselineMonths/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 12 }, message: "must be <= 12" }];
                                            return false;
                                          } else {
                                            if (data28 < 1 || isNaN(data28)) {
                                              validate10.errors = [{ instancePath: instancePath + "/baselineMonths/" + i4, schemaPath: "#/properties/baselineMonths/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                              return false;
                                            }
                                          }
                                        }
                                      }
                                      var valid13 = _errs66 === errors;
                                      if (!valid13) {
                                        break;
                                      }
                                    }
                                    if (valid13) {
                                      let i5 = data27.length;
                                      let j1;
                                      if (i5 > 1) {
                                        const indices1 = {};
                                        for (; i5--; ) {
                                          let item1 = data27[i5];
                                          if (!(typeof item1 == "number" && (!(item1 % 1) && !isNaN(item1)) && isFinite(item1))) {
                                            continue;
                                          }
                                          if (typeof indices1[item1] == "number") {
                                            j1 = indices1[item1];
                                            validate10.errors = [{ instancePath: instancePath + "/baselineMonths", schemaPath: "#/properties/baselineMonths/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)" }];
                                            return false;
                                            break;
                                          }
                                          indices1[item1] = i5;
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/baselineMonths", schemaPath: "#/properties/baselineMonths/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid0 = _errs64 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.sources !== void 0) {
                              let data29 = data.sources;
                              const _errs68 = errors;
                              if (errors === _errs68) {
                                if (Array.isArray(data29)) {
                                  if (data29.length < 1) {
                                    validate10.errors = [{ instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                    return false;
                                  } else {
                                    var valid15 = true;
                                    const len4 = data29.length;
                                    for (let i6 = 0; i6 < len4; i6++) {
                                      let data30 = data29[i6];
                                      const _errs70 = errors;
                                      if (errors === _errs70) {
                                        if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                                          let missing4;
                                          if (data30.title === void 0 && (missing4 = "title") || data30.url === void 0 && (missing4 = "url")) {
                                            validate10.errors = [{ instancePath: instancePath + "/sources/" + i6, schemaPath: "#/properties/sources/items/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                            return false;
                                          } else {
                                            const _errs72 = errors;
                                            for (const key4 in data30) {
                                              if (!(key4 === "title" || key4 === "url")) {
                                                validate10.errors = [{ instancePath: instancePath + "/sources/" + i6, schemaPath: "#/properties/sources/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                                return false;
                                                break;
                                              }
                                            }
                                            if (_errs72 === errors) {
                                              if (data30.title !== void 0) {
                                                let data31 = data30.title;
                                                const _errs73 = errors;
                                                if (errors === _errs73) {
                                                  if (typeof data31 === "string") {
                                                    if (func3(data31) < 1) {
                                                      validate10.errors = [{ instancePath: instancePath + "/sources/" + i6 + "/title", schemaPath: "#/properties/sources/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                      return false;
                                                    }
                                                  } else {
                                                    validate10.errors = [{ instancePath: instancePath + "/sources/" + i6 + "/title", schemaPath: "#/properties/sources/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                }
                                                var valid16 = _errs73 === errors;
                                              } else {
                                                var valid16 = true;
                                              }
                                              if (valid16) {
                                                if (data30.url !== void 0) {
                                                  let data32 = data30.url;
                                                  const _errs75 = errors;
                                                  if (errors === _errs75) {
                                                    if (errors === _errs75) {
                                                      if (typeof data32 === "string") {
                                                        if (!pattern7.test(data32)) {
                                                          validate10.errors = [{ instancePath: instancePath + "/sources/" + i6 + "/url", schemaPath: "#/properties/sources/items/properties/url/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"' }];
                                                          return false;
                                                        } else {
                                                          if (!formats6(data32)) {
                                                            validate10.errors = [{ instancePath: instancePath + "/sources/" + i6 + "/url", schemaPath: "#/properties/sources/items/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' }];
                                                            return false;
                                                          }
                                                        }
                                                      } else {
                                                        validate10.errors = [{ instancePath: instancePath + "/sources/" + i6 + "/url", schemaPath: "#/properties/sources/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                    }
                                                  }
                                                  var valid16 = _errs75 === errors;
                                                } else {
                                                  var valid16 = true;
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/sources/" + i6, schemaPath: "#/properties/sources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid15 = _errs70 === errors;
                                      if (!valid15) {
                                        break;
                                      }
                                    }
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs68 === errors;
                            } else {
                              var valid0 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/policy/load-advisory.ts
function loadAdvisory(text, source) {
  return readAdvisory(text, source, isShippedAdvisory(text) ? void 0 : checkAgainstSchema);
}
function checkAgainstSchema(data, text, source) {
  if (validate(data)) return;
  const error = validate.errors?.[0];
  const path = errorPath(error);
  const position = locateYamlPath(text, path) ?? { line: 1, column: 1 };
  throw new ConfigurationError(`advisory ${describePath(path)} ${error.message ?? "is invalid"}`, {
    file: source,
    ...position
  });
}
function errorPath(error) {
  const path = error.instancePath.split("/").slice(1).map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~")).map((segment) => /^\d+$/.test(segment) ? Number(segment) : segment);
  const extra = error.params.additionalProperty;
  return typeof extra === "string" ? [...path, extra] : path;
}
function describePath(path) {
  if (path.length === 0) return "document";
  return path.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}

// src/config/config-error.ts
var ConfigFileError = class extends ConfigurationError {
  constructor(message, file, line, column) {
    super(message, { file, line, column });
    this.message = `${file}:${line}:${column}: ${message}`;
  }
};

// src/config/parse-config.ts
import { resolve } from "node:path";

// src/config/resource-pattern.ts
function resourcePatternProblem(pattern) {
  if (!pattern.startsWith("/")) return void 0;
  const identity = parseResourceId(pattern);
  if (identity?.name === void 0) {
    return "must be a resource name, a name glob or a full resource ID (/subscriptions/.../providers/Microsoft.Compute/virtualMachines/<name>)";
  }
  return void 0;
}

// src/config/config-validator.generated.js
var import_ucs2length2 = __toESM(require_ucs2length(), 1);
var validate2 = validate102;
var schema112 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/hotpatch-reboot-gate/hotpatch-reboot-gate/main/schemas/config.schema.json", "title": "hotpatch-reboot-gate policy configuration", "description": "The repository's policy configuration, `.github/hotpatch-reboot-gate.yml` by default. Every key is optional. Add `# yaml-language-server: $schema=https://raw.githubusercontent.com/hotpatch-reboot-gate/hotpatch-reboot-gate/main/schemas/config.schema.json` at the top of the file for completion in editors.", "type": "object", "x-expected": "a mapping of settings", "additionalProperties": false, "properties": { "$schema": { "description": "The JSON Schema editors complete the file with (ignored by the gate).", "type": "string", "x-expected": "a URL or path" }, "version": { "description": "The configuration format version.", "const": 1, "x-expected": "1" }, "fail-on": { "description": "Lowest finding severity that fails the run. The action's `fail-on` input and the CLI's `--fail-on` win when they are given.", "enum": ["error", "warning", "never"], "default": "error" }, "platform-reboot": { "description": "How a hotpatch VM that reboots only when the platform decides (`affected-platform-reboot`, rule platform-reboot-only) is treated: `accept` (no finding), `warn` (a warning) or `reject` (an error).", "enum": ["accept", "warn", "reject"], "default": "warn" }, "unresolved": { "description": "How a verdict that depends on values the gate could not resolve (rule indeterminate) is treated: `ignore` (no finding), `warn` (a warning) or `fail` (an error).", "enum": ["ignore", "warn", "fail"], "default": "warn" }, "hotpatch-default": { "description": "How an unset enableHotpatching reads on images where hotpatch is on unless turned off: `on`, `off` or `unknown` (indeterminate). Quote the value: YAML 1.1 tools read a bare on/off as a boolean.", "enum": ["on", "off", "unknown"], "default": "unknown" }, "include": { "description": "Only files matching one of these globs are scanned (relative to the scan root; `**` spans folders, a pattern without `/` matches a file name in any folder).", "type": "array", "x-expected": "a list of path globs", "minItems": 1, "maxItems": 1e3, "items": { "$ref": "#/definitions/glob" } }, "exclude": { "description": "Files matching one of these globs are not scanned, even when `include` matches them.", "type": "array", "x-expected": "a list of path globs", "maxItems": 1e3, "items": { "$ref": "#/definitions/glob" } }, "rules": { "description": "Severity per rule: `error`, `warning`, `notice` or `off` (no finding). The rules about exemptions cannot be changed. Do not combine `rules.platform-reboot-only` with `platform-reboot`, or `rules.indeterminate` with `unresolved`.", "type": "object", "x-expected": "a mapping of rule ids to error, warning, notice or off (invalid-reboot-plan, invalid-vm-name, indeterminate, not-evaluated, nothing-scanned, platform-reboot-only, reboot-blocked, reboot-plan-required, reboot-window-expired, reboot-window-late, reboot-window-misses-baseline, schedule-prerequisites, unpatched-image, unreadable-manifest)", "additionalProperties": false, "properties": { "indeterminate": { "$ref": "#/definitions/ruleSetting" }, "invalid-reboot-plan": { "$ref": "#/definitions/ruleSetting" }, "invalid-vm-name": { "$ref": "#/definitions/ruleSetting" }, "not-evaluated": { "$ref": "#/definitions/ruleSetting" }, "nothing-scanned": { "$ref": "#/definitions/ruleSetting" }, "platform-reboot-only": { "$ref": "#/definitions/ruleSetting" }, "reboot-blocked": { "$ref": "#/definitions/ruleSetting" }, "reboot-plan-required": { "$ref": "#/definitions/ruleSetting" }, "reboot-window-expired": { "$ref": "#/definitions/ruleSetting" }, "reboot-window-late": { "$ref": "#/definitions/ruleSetting" }, "reboot-window-misses-baseline": { "$ref": "#/definitions/ruleSetting" }, "schedule-prerequisites": { "$ref": "#/definitions/ruleSetting" }, "unpatched-image": { "$ref": "#/definitions/ruleSetting" }, "unreadable-manifest": { "$ref": "#/definitions/ruleSetting" } } }, "limits": { "description": "Evaluation budgets per deployment unit (docs/limits.md): what is beyond them is reported by the not-evaluated rule, never skipped in silence.", "type": "object", "x-expected": "a mapping with instances and evaluation-steps", "additionalProperties": false, "properties": { "instances": { "description": "Instances one declaration may expand to, multiplied through nesting (module or deployment loops x resource loops).", "type": "integer", "x-expected": "a whole number from 1 to 1000000", "minimum": 1, "maximum": 1e6, "default": 1e4 }, "evaluation-steps": { "description": "Evaluation steps (expressions and instances evaluated) one deployment unit may take.", "type": "integer", "x-expected": "a whole number from 1000 to 100000000", "minimum": 1e3, "maximum": 1e8, "default": 2e6 } } }, "reboot-window-tags": { "description": "The resource tags that declare a reboot plan kept outside the repository: the window, its owner and an optional ticket. Tag names compare case-insensitively, as in Azure.", "type": "object", "x-expected": "a mapping with window, owner and ticket tag names", "additionalProperties": false, "properties": { "window": { "$ref": "#/definitions/tagName", "default": "hotpatch-reboot-window" }, "owner": { "$ref": "#/definitions/tagName", "default": "hotpatch-reboot-owner" }, "ticket": { "$ref": "#/definitions/tagName", "default": "hotpatch-reboot-ticket" } } }, "reboot-plans": { "description": "Reboot plans kept outside the repository (Azure Update Manager policies, change calendars): a VM they name counts as having a reboot plan while the window is valid.", "type": "array", "x-expected": "a list of reboot plans", "maxItems": 1e4, "items": { "type": "object", "x-expected": "a reboot plan with resource, window and owner (ticket optional)", "additionalProperties": false, "required": ["resource", "window", "owner"], "properties": { "resource": { "$ref": "#/definitions/resource" }, "window": { "$ref": "#/definitions/window" }, "owner": { "$ref": "#/definitions/owner" }, "ticket": { "$ref": "#/definitions/ticket" } } } }, "exemptions": { "description": "Findings to accept for a while. An exempted finding is still shown, marked exempted, and does not fail the run; after `expires` it fails again, and the exemption itself is an error (exemption-expired).", "type": "array", "x-expected": "a list of exemptions", "maxItems": 1e4, "items": { "type": "object", "x-expected": "an exemption with resource, rule, reason, owner and expires (ticket optional)", "additionalProperties": false, "required": ["resource", "rule", "reason", "owner", "expires"], "properties": { "resource": { "$ref": "#/definitions/resource" }, "rule": { "description": "The rule whose findings it covers, or `*` for every rule except the ones about exemptions and declared plans.", "enum": ["*", "indeterminate", "platform-reboot-only", "reboot-blocked", "reboot-plan-required", "reboot-window-expired", "reboot-window-late", "reboot-window-misses-baseline", "schedule-prerequisites", "unpatched-image"] }, "reason": { "description": "Why the finding is accepted, for the reviewers.", "type": "string", "x-expected": "a text saying why", "minLength": 1, "maxLength": 1e3 }, "owner": { "$ref": "#/definitions/owner" }, "expires": { "description": "The last day the exemption applies (YYYY-MM-DD), at most `max-exemption-days` after the evaluation date.", "type": "string", "x-expected": "a date (YYYY-MM-DD)", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, "ticket": { "$ref": "#/definitions/ticket" } } } }, "max-exemption-days": { "description": "How far past the evaluation date an exemption may expire.", "type": "integer", "x-expected": "a whole number of days from 1 to 366", "minimum": 1, "maximum": 366, "default": 90 }, "advisories": { "description": "Advisory files (schemas/advisory.schema.json) to apply besides the built-in ones, relative to this file.", "type": "array", "x-expected": "a list of advisory file paths", "maxItems": 100, "items": { "type": "string", "x-expected": "an advisory file path, relative to the configuration file", "minLength": 1, "maxLength": 1024 } } }, "definitions": { "glob": { "type": "string", "x-expected": "a path glob such as infra/**/*.bicep", "minLength": 1, "maxLength": 1024 }, "ruleSetting": { "enum": ["error", "warning", "notice", "off"] }, "tagName": { "type": "string", "x-expected": "a tag name (up to 512 characters, without < > % & \\ ? /)", "minLength": 1, "maxLength": 512, "pattern": "^[^<>%&\\\\?/]+$" }, "resource": { "description": "The VM or scale set: its name, a name glob (`web-*`) or its resource ID (`/subscriptions/.../providers/Microsoft.Compute/virtualMachines/web-01`).", "type": "string", "x-expected": "a resource name, a name glob or a resource ID", "minLength": 1, "maxLength": 1024 }, "window": { "description": "An ISO 8601 interval (`2026-01-18T02:00Z/PT3H`, `R/2026-01-18T02:00Z/P1M`) or a maintenance recurrence with a start time and a duration (`Month Second Sunday 02:00/PT3H`). Times are UTC unless a time zone name follows the recurrence.", "type": "string", "x-expected": "an ISO 8601 interval (2026-01-18T02:00Z/PT3H) or a recurrence (Month Second Sunday 02:00/PT3H)", "minLength": 1, "maxLength": 200 }, "owner": { "description": "Who answers for it: a team, a person, a GitHub handle.", "type": "string", "x-expected": "a team or person", "minLength": 1, "maxLength": 200 }, "ticket": { "description": "A change or work item reference.", "type": ["string", "integer"], "x-expected": "a ticket reference", "minLength": 1, "maxLength": 200 } } };
var schema12 = { "type": "string", "x-expected": "a path glob such as infra/**/*.bicep", "minLength": 1, "maxLength": 1024 };
var schema14 = { "enum": ["error", "warning", "notice", "off"] };
var schema28 = { "type": "string", "x-expected": "a tag name (up to 512 characters, without < > % & \\ ? /)", "minLength": 1, "maxLength": 512, "pattern": "^[^<>%&\\\\?/]+$" };
var schema31 = { "description": "The VM or scale set: its name, a name glob (`web-*`) or its resource ID (`/subscriptions/.../providers/Microsoft.Compute/virtualMachines/web-01`).", "type": "string", "x-expected": "a resource name, a name glob or a resource ID", "minLength": 1, "maxLength": 1024 };
var schema32 = { "description": "An ISO 8601 interval (`2026-01-18T02:00Z/PT3H`, `R/2026-01-18T02:00Z/P1M`) or a maintenance recurrence with a start time and a duration (`Month Second Sunday 02:00/PT3H`). Times are UTC unless a time zone name follows the recurrence.", "type": "string", "x-expected": "an ISO 8601 interval (2026-01-18T02:00Z/PT3H) or a recurrence (Month Second Sunday 02:00/PT3H)", "minLength": 1, "maxLength": 200 };
var schema33 = { "description": "Who answers for it: a team, a person, a GitHub handle.", "type": "string", "x-expected": "a team or person", "minLength": 1, "maxLength": 200 };
var schema34 = { "description": "A change or work item reference.", "type": ["string", "integer"], "x-expected": "a ticket reference", "minLength": 1, "maxLength": 200 };
var func22 = Object.prototype.hasOwnProperty;
var func32 = import_ucs2length2.default.default;
var pattern02 = new RegExp("^[^<>%&\\\\?/]+$", "u");
var pattern3 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!func22.call(schema112.properties, key0)) {
          validate102.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112, data }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.$schema !== void 0) {
          let data0 = data.$schema;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate102.errors = [{ instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.$schema.type, parentSchema: schema112.properties.$schema, data: data0 }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.version !== void 0) {
            let data1 = data.version;
            const _errs4 = errors;
            if (1 !== data1) {
              validate102.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema112.properties.version, data: data1 }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["fail-on"] !== void 0) {
              let data2 = data["fail-on"];
              const _errs5 = errors;
              if (!(data2 === "error" || data2 === "warning" || data2 === "never")) {
                validate102.errors = [{ instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema112.properties["fail-on"].enum }, message: "must be equal to one of the allowed values", schema: schema112.properties["fail-on"].enum, parentSchema: schema112.properties["fail-on"], data: data2 }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data["platform-reboot"] !== void 0) {
                let data3 = data["platform-reboot"];
                const _errs6 = errors;
                if (!(data3 === "accept" || data3 === "warn" || data3 === "reject")) {
                  validate102.errors = [{ instancePath: instancePath + "/platform-reboot", schemaPath: "#/properties/platform-reboot/enum", keyword: "enum", params: { allowedValues: schema112.properties["platform-reboot"].enum }, message: "must be equal to one of the allowed values", schema: schema112.properties["platform-reboot"].enum, parentSchema: schema112.properties["platform-reboot"], data: data3 }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.unresolved !== void 0) {
                  let data4 = data.unresolved;
                  const _errs7 = errors;
                  if (!(data4 === "ignore" || data4 === "warn" || data4 === "fail")) {
                    validate102.errors = [{ instancePath: instancePath + "/unresolved", schemaPath: "#/properties/unresolved/enum", keyword: "enum", params: { allowedValues: schema112.properties.unresolved.enum }, message: "must be equal to one of the allowed values", schema: schema112.properties.unresolved.enum, parentSchema: schema112.properties.unresolved, data: data4 }];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data["hotpatch-default"] !== void 0) {
                    let data5 = data["hotpatch-default"];
                    const _errs8 = errors;
                    if (!(data5 === "on" || data5 === "off" || data5 === "unknown")) {
                      validate102.errors = [{ instancePath: instancePath + "/hotpatch-default", schemaPath: "#/properties/hotpatch-default/enum", keyword: "enum", params: { allowedValues: schema112.properties["hotpatch-default"].enum }, message: "must be equal to one of the allowed values", schema: schema112.properties["hotpatch-default"].enum, parentSchema: schema112.properties["hotpatch-default"], data: data5 }];
                      return false;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.include !== void 0) {
                      let data6 = data.include;
                      const _errs9 = errors;
                      if (errors === _errs9) {
                        if (Array.isArray(data6)) {
                          if (data6.length > 1e3) {
                            validate102.errors = [{ instancePath: instancePath + "/include", schemaPath: "#/properties/include/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema112.properties.include, data: data6 }];
                            return false;
                          } else {
                            if (data6.length < 1) {
                              validate102.errors = [{ instancePath: instancePath + "/include", schemaPath: "#/properties/include/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema112.properties.include, data: data6 }];
                              return false;
                            } else {
                              var valid1 = true;
                              const len0 = data6.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                let data7 = data6[i0];
                                const _errs11 = errors;
                                const _errs12 = errors;
                                if (errors === _errs12) {
                                  if (typeof data7 === "string") {
                                    if (func32(data7) > 1024) {
                                      validate102.errors = [{ instancePath: instancePath + "/include/" + i0, schemaPath: "#/definitions/glob/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema12, data: data7 }];
                                      return false;
                                    } else {
                                      if (func32(data7) < 1) {
                                        validate102.errors = [{ instancePath: instancePath + "/include/" + i0, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data7 }];
                                        return false;
                                      }
                                    }
                                  } else {
                                    validate102.errors = [{ instancePath: instancePath + "/include/" + i0, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data7 }];
                                    return false;
                                  }
                                }
                                var valid1 = _errs11 === errors;
                                if (!valid1) {
                                  break;
                                }
                              }
                            }
                          }
                        } else {
                          validate102.errors = [{ instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.include.type, parentSchema: schema112.properties.include, data: data6 }];
                          return false;
                        }
                      }
                      var valid0 = _errs9 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.exclude !== void 0) {
                        let data8 = data.exclude;
                        const _errs14 = errors;
                        if (errors === _errs14) {
                          if (Array.isArray(data8)) {
                            if (data8.length > 1e3) {
                              validate102.errors = [{ instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema112.properties.exclude, data: data8 }];
                              return false;
                            } else {
                              var valid3 = true;
                              const len1 = data8.length;
                              for (let i1 = 0; i1 < len1; i1++) {
                                let data9 = data8[i1];
                                const _errs16 = errors;
                                const _errs17 = errors;
                                if (errors === _errs17) {
                                  if (typeof data9 === "string") {
                                    if (func32(data9) > 1024) {
                                      validate102.errors = [{ instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/definitions/glob/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema12, data: data9 }];
                                      return false;
                                    } else {
                                      if (func32(data9) < 1) {
                                        validate102.errors = [{ instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data9 }];
                                        return false;
                                      }
                                    }
                                  } else {
                                    validate102.errors = [{ instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data9 }];
                                    return false;
                                  }
                                }
                                var valid3 = _errs16 === errors;
                                if (!valid3) {
                                  break;
                                }
                              }
                            }
                          } else {
                            validate102.errors = [{ instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.exclude.type, parentSchema: schema112.properties.exclude, data: data8 }];
                            return false;
                          }
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.rules !== void 0) {
                          let data10 = data.rules;
                          const _errs19 = errors;
                          if (errors === _errs19) {
                            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                              const _errs21 = errors;
                              for (const key1 in data10) {
                                if (!func22.call(schema112.properties.rules.properties, key1)) {
                                  validate102.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.rules, data: data10 }];
                                  return false;
                                  break;
                                }
                              }
                              if (_errs21 === errors) {
                                if (data10.indeterminate !== void 0) {
                                  let data11 = data10.indeterminate;
                                  const _errs22 = errors;
                                  if (!(data11 === "error" || data11 === "warning" || data11 === "notice" || data11 === "off")) {
                                    validate102.errors = [{ instancePath: instancePath + "/rules/indeterminate", schemaPath: "#/definitions/ruleSetting/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data11 }];
                                    return false;
                                  }
                                  var valid5 = _errs22 === errors;
                                } else {
                                  var valid5 = true;
                                }
                                if (valid5) {
                                  if (data10["invalid-reboot-plan"] !== void 0) {
                                    let data12 = data10["invalid-reboot-plan"];
                                    const _errs24 = errors;
                                    if (!(data12 === "error" || data12 === "warning" || data12 === "notice" || data12 === "off")) {
                                      validate102.errors = [{ instancePath: instancePath + "/rules/invalid-reboot-plan", schemaPath: "#/definitions/ruleSetting/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data12 }];
                                      return false;
                                    }
                                    var valid5 = _errs24 === errors;
                                  } else {
                                    var valid5 = true;
                                  }
                                  if (valid5) {
                                    if (data10["invalid-vm-name"] !== void 0) {
                                      let data13 = data10["invalid-vm-name"];
                                      const _errs26 = errors;
                                      if (!(data13 === "error" || data13 === "warning" || data13 === "notice" || data13 === "off")) {
                                        validate102.errors = [{ instancePath: instancePath + "/rules/invalid-vm-name", schemaPath: "#/definitions/ruleSetting/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data13 }];
                                        return false;
                                      }
                                      var valid5 = _errs26 === errors;
                                    } else {
                                      var valid5 = true;
                                    }
                                    if (valid5) {
                                      if (data10["not-evaluated"] !== void 0) {
                                        let data14 = data10["not-evaluated"];
                                        const _errs28 = errors;
                                        if (!(data14 === "error" || data14 === "warning" || data14 === "notice" || data14 === "off")) {
                                          validate102.errors = [{ instancePath: instancePath + "/rules/not-evaluated", schemaPath: "#/definitions/ruleSetting/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data14 }];
                                          return false;
                                        }
                                        var valid5 = _errs28 === errors;
                                      } else {
                                        var valid5 = true;
                                      }
                                      if (valid5) {
                                        if (data10["nothing-scanned"] !== void 0) {
                                          let data15 = data10["nothing-scanned"];
                                          const _errs30 = errors;
                                          if (!(data15 === "error" || data15 === "warning" || data15 === "notice" || data15 === "off")) {
                                            validate102.errors = [{ instancePath: instancePath + "/rules/nothing-scanned", schemaPath: "#/definitions/ruleSetting/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data15 }];
                                            return false;
                                          }
                                          var valid5 = _errs30 === errors;
                                        } else {
                                          var valid5 = true;
                                        }
                                        if (valid5) {
                                          if (data10["platform-reboot-only"] !== void 0) {
                                            let data16 = data10["platform-reboot-only"];
                                            const _errs32 = errors;
                                            if (!(data16 === "error" || data16 === "warning" || data16 === "notice" || data16 === "off")) {
                                              validate102.errors = [{ instancePath: instancePath + "/rules/platform-reboot-only", schemaPath: "#/definitions/ruleSetting/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data16 }];
                                              return false;
                                            }
                                            var valid5 = _errs32 === errors;
                                          } else {
                                            var valid5 = true;
                                          }
                                          if (valid5) {
                                            if (data10["reboot-blocked"] !== void 0) {
                                              let data17 = data10["reboot-blocked"];
                                              const _errs34 = errors;
                                              if (!(data17 === "error" || data17 === "warning" || data17 === "notice" || data17 === "off")) {
                                                validate102.errors = [{ instancePath: instancePath + "/rules/reboot-blocked", schemaPath: "#/definitions/ruleSetting/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data17 }];
                                                return false;
                                              }
                                              var valid5 = _errs34 === errors;
                                            } else {
                                              var valid5 = true;
                                            }
                                            if (valid5) {
                                              if (data10["reboot-plan-required"] !== void 0) {
                                                let data18 = data10["reboot-plan-required"];
                                                const _errs36 = errors;
                                                if (!(data18 === "error" || data18 === "warning" || data18 === "notice" || data18 === "off")) {
                                                  validate102.errors = [{ instancePath: instancePath + "/rules/reboot-plan-required", schemaPath: "#/definitions/ruleSetting/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data18 }];
                                                  return false;
                                                }
                                                var valid5 = _errs36 === errors;
                                              } else {
                                                var valid5 = true;
                                              }
                                              if (valid5) {
                                                if (data10["reboot-window-expired"] !== void 0) {
                                                  let data19 = data10["reboot-window-expired"];
                                                  const _errs38 = errors;
                                                  if (!(data19 === "error" || data19 === "warning" || data19 === "notice" || data19 === "off")) {
                                                    validate102.errors = [{ instancePath: instancePath + "/rules/reboot-window-expired", schemaPath: "#/definitions/ruleSetting/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data19 }];
                                                    return false;
                                                  }
                                                  var valid5 = _errs38 === errors;
                                                } else {
                                                  var valid5 = true;
                                                }
                                                if (valid5) {
                                                  if (data10["reboot-window-late"] !== void 0) {
                                                    let data20 = data10["reboot-window-late"];
                                                    const _errs40 = errors;
                                                    if (!(data20 === "error" || data20 === "warning" || data20 === "notice" || data20 === "off")) {
                                                      validate102.errors = [{ instancePath: instancePath + "/rules/reboot-window-late", schemaPath: "#/definitions/ruleSetting/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data20 }];
                                                      return false;
                                                    }
                                                    var valid5 = _errs40 === errors;
                                                  } else {
                                                    var valid5 = true;
                                                  }
                                                  if (valid5) {
                                                    if (data10["reboot-window-misses-baseline"] !== void 0) {
                                                      let data21 = data10["reboot-window-misses-baseline"];
                                                      const _errs42 = errors;
                                                      if (!(data21 === "error" || data21 === "warning" || data21 === "notice" || data21 === "off")) {
                                                        validate102.errors = [{ instancePath: instancePath + "/rules/reboot-window-misses-baseline", schemaPath: "#/definitions/ruleSetting/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data21 }];
                                                        return false;
                                                      }
                                                      var valid5 = _errs42 === errors;
                                                    } else {
                                                      var valid5 = true;
                                                    }
                                                    if (valid5) {
                                                      if (data10["schedule-prerequisites"] !== void 0) {
                                                        let data22 = data10["schedule-prerequisites"];
                                                        const _errs44 = errors;
                                                        if (!(data22 === "error" || data22 === "warning" || data22 === "notice" || data22 === "off")) {
                                                          validate102.errors = [{ instancePath: instancePath + "/rules/schedule-prerequisites", schemaPath: "#/definitions/ruleSetting/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data22 }];
                                                          return false;
                                                        }
                                                        var valid5 = _errs44 === errors;
                                                      } else {
                                                        var valid5 = true;
                                                      }
                                                      if (valid5) {
                                                        if (data10["unpatched-image"] !== void 0) {
                                                          let data23 = data10["unpatched-image"];
                                                          const _errs46 = errors;
                                                          if (!(data23 === "error" || data23 === "warning" || data23 === "notice" || data23 === "off")) {
                                                            validate102.errors = [{ instancePath: instancePath + "/rules/unpatched-image", schemaPath: "#/definitions/ruleSetting/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data23 }];
                                                            return false;
                                                          }
                                                          var valid5 = _errs46 === errors;
                                                        } else {
                                                          var valid5 = true;
                                                        }
                                                        if (valid5) {
                                                          if (data10["unreadable-manifest"] !== void 0) {
                                                            let data24 = data10["unreadable-manifest"];
                                                            const _errs48 = errors;
                                                            if (!(data24 === "error" || data24 === "warning" || data24 === "notice" || data24 === "off")) {
                                                              validate102.errors = [{ instancePath: instancePath + "/rules/unreadable-manifest", schemaPath: "#/definitions/ruleSetting/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data24 }];
                                                              return false;
                                                            }
                                                            var valid5 = _errs48 === errors;
                                                          } else {
                                                            var valid5 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate102.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.rules.type, parentSchema: schema112.properties.rules, data: data10 }];
                              return false;
                            }
                          }
                          var valid0 = _errs19 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.limits !== void 0) {
                            let data25 = data.limits;
                            const _errs50 = errors;
                            if (errors === _errs50) {
                              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                const _errs52 = errors;
                                for (const key2 in data25) {
                                  if (!(key2 === "instances" || key2 === "evaluation-steps")) {
                                    validate102.errors = [{ instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.limits, data: data25 }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs52 === errors) {
                                  if (data25.instances !== void 0) {
                                    let data26 = data25.instances;
                                    const _errs53 = errors;
                                    if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
                                      validate102.errors = [{ instancePath: instancePath + "/limits/instances", schemaPath: "#/properties/limits/properties/instances/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.limits.properties.instances.type, parentSchema: schema112.properties.limits.properties.instances, data: data26 }];
                                      return false;
                                    }
                                    if (errors === _errs53) {
                                      if (typeof data26 == "number" && isFinite(data26)) {
                                        if (data26 > 1e6 || isNaN(data26)) {
                                          validate102.errors = [{ instancePath: instancePath + "/limits/instances", schemaPath: "#/properties/limits/properties/instances/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema112.properties.limits.properties.instances, data: data26 }];
                                          return false;
                                        } else {
                                          if (data26 < 1 || isNaN(data26)) {
                                            validate102.errors = [{ instancePath: instancePath + "/limits/instances", schemaPath: "#/properties/limits/properties/instances/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema112.properties.limits.properties.instances, data: data26 }];
                                            return false;
                                          }
                                        }
                                      }
                                    }
                                    var valid20 = _errs53 === errors;
                                  } else {
                                    var valid20 = true;
                                  }
                                  if (valid20) {
                                    if (data25["evaluation-steps"] !== void 0) {
                                      let data27 = data25["evaluation-steps"];
                                      const _errs55 = errors;
                                      if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
                                        validate102.errors = [{ instancePath: instancePath + "/limits/evaluation-steps", schemaPath: "#/properties/limits/properties/evaluation-steps/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.limits.properties["evaluation-steps"].type, parentSchema: schema112.properties.limits.properties["evaluation-steps"], data: data27 }];
                                        return false;
                                      }
                                      if (errors === _errs55) {
                                        if (typeof data27 == "number" && isFinite(data27)) {
                                          if (data27 > 1e8 || isNaN(data27)) {
                                            validate102.errors = [{ instancePath: instancePath + "/limits/evaluation-steps", schemaPath: "#/properties/limits/properties/evaluation-steps/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema112.properties.limits.properties["evaluation-steps"], data: data27 }];
                                            return false;
                                          } else {
                                            if (data27 < 1e3 || isNaN(data27)) {
                                              validate102.errors = [{ instancePath: instancePath + "/limits/evaluation-steps", schemaPath: "#/properties/limits/properties/evaluation-steps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1e3 }, message: "must be >= 1000", schema: 1e3, parentSchema: schema112.properties.limits.properties["evaluation-steps"], data: data27 }];
                                              return false;
                                            }
                                          }
                                        }
                                      }
                                      var valid20 = _errs55 === errors;
                                    } else {
                                      var valid20 = true;
                                    }
                                  }
                                }
                              } else {
                                validate102.errors = [{ instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.limits.type, parentSchema: schema112.properties.limits, data: data25 }];
                                return false;
                              }
                            }
                            var valid0 = _errs50 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data["reboot-window-tags"] !== void 0) {
                              let data28 = data["reboot-window-tags"];
                              const _errs57 = errors;
                              if (errors === _errs57) {
                                if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                                  const _errs59 = errors;
                                  for (const key3 in data28) {
                                    if (!(key3 === "window" || key3 === "owner" || key3 === "ticket")) {
                                      validate102.errors = [{ instancePath: instancePath + "/reboot-window-tags", schemaPath: "#/properties/reboot-window-tags/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties["reboot-window-tags"], data: data28 }];
                                      return false;
                                      break;
                                    }
                                  }
                                  if (_errs59 === errors) {
                                    if (data28.window !== void 0) {
                                      let data29 = data28.window;
                                      const _errs60 = errors;
                                      const _errs61 = errors;
                                      if (errors === _errs61) {
                                        if (typeof data29 === "string") {
                                          if (func32(data29) > 512) {
                                            validate102.errors = [{ instancePath: instancePath + "/reboot-window-tags/window", schemaPath: "#/definitions/tagName/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema28, data: data29 }];
                                            return false;
                                          } else {
                                            if (func32(data29) < 1) {
                                              validate102.errors = [{ instancePath: instancePath + "/reboot-window-tags/window", schemaPath: "#/definitions/tagName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28, data: data29 }];
                                              return false;
                                            } else {
                                              if (!pattern02.test(data29)) {
                                                validate102.errors = [{ instancePath: instancePath + "/reboot-window-tags/window", schemaPath: "#/definitions/tagName/pattern", keyword: "pattern", params: { pattern: "^[^<>%&\\\\?/]+$" }, message: 'must match pattern "^[^<>%&\\\\?/]+$"', schema: "^[^<>%&\\\\?/]+$", parentSchema: schema28, data: data29 }];
                                                return false;
                                              }
                                            }
                                          }
                                        } else {
                                          validate102.errors = [{ instancePath: instancePath + "/reboot-window-tags/window", schemaPath: "#/definitions/tagName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.type, parentSchema: schema28, data: data29 }];
                                          return false;
                                        }
                                      }
                                      var valid21 = _errs60 === errors;
                                    } else {
                                      var valid21 = true;
                                    }
                                    if (valid21) {
                                      if (data28.owner !== void 0) {
                                        let data30 = data28.owner;
                                        const _errs63 = errors;
                                        const _errs64 = errors;
                                        if (errors === _errs64) {
                                          if (typeof data30 === "string") {
                                            if (func32(data30) > 512) {
                                              validate102.errors = [{ instancePath: instancePath + "/reboot-window-tags/owner", schemaPath: "#/definitions/tagName/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema28, data: data30 }];
                                              return false;
                                            } else {
                                              if (func32(data30) < 1) {
                                                validate102.errors = [{ instancePath: instancePath + "/reboot-window-tags/owner", schemaPath: "#/definitions/tagName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28, data: data30 }];
                                                return false;
                                              } else {
                                                if (!pattern02.test(data30)) {
                                                  validate102.errors = [{ instancePath: instancePath + "/reboot-window-tags/owner", schemaPath: "#/definitions/tagName/pattern", keyword: "pattern", params: { pattern: "^[^<>%&\\\\?/]+$" }, message: 'must match pattern "^[^<>%&\\\\?/]+$"', schema: "^[^<>%&\\\\?/]+$", parentSchema: schema28, data: data30 }];
                                                  return false;
                                                }
                                              }
                                            }
                                          } else {
                                            validate102.errors = [{ instancePath: instancePath + "/reboot-window-tags/owner", schemaPath: "#/definitions/tagName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.type, parentSchema: schema28, data: data30 }];
                                            return false;
                                          }
                                        }
                                        var valid21 = _errs63 === errors;
                                      } else {
                                        var valid21 = true;
                                      }
                                      if (valid21) {
                                        if (data28.ticket !== void 0) {
                                          let data31 = data28.ticket;
                                          const _errs66 = errors;
                                          const _errs67 = errors;
                                          if (errors === _errs67) {
                                            if (typeof data31 === "string") {
                                              if (func32(data31) > 512) {
                                                validate102.errors = [{ instancePath: instancePath + "/reboot-window-tags/ticket", schemaPath: "#/definitions/tagName/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema28, data: data31 }];
                                                return false;
                                              } else {
                                                if (func32(data31) < 1) {
                                                  validate102.errors = [{ instancePath: instancePath + "/reboot-window-tags/ticket", schemaPath: "#/definitions/tagName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28, data: data31 }];
                                                  return false;
                                                } else {
                                                  if (!pattern02.test(data31)) {
                                                    validate102.errors = [{ instancePath: instancePath + "/reboot-window-tags/ticket", schemaPath: "#/definitions/tagName/pattern", keyword: "pattern", params: { pattern: "^[^<>%&\\\\?/]+$" }, message: 'must match pattern "^[^<>%&\\\\?/]+$"', schema: "^[^<>%&\\\\?/]+$", parentSchema: schema28, data: data31 }];
                                                    return false;
                                                  }
                                                }
                                              }
                                            } else {
                                              validate102.errors = [{ instancePath: instancePath + "/reboot-window-tags/ticket", schemaPath: "#/definitions/tagName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.type, parentSchema: schema28, data: data31 }];
                                              return false;
                                            }
                                          }
                                          var valid21 = _errs66 === errors;
                                        } else {
                                          var valid21 = true;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate102.errors = [{ instancePath: instancePath + "/reboot-window-tags", schemaPath: "#/properties/reboot-window-tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties["reboot-window-tags"].type, parentSchema: schema112.properties["reboot-window-tags"], data: data28 }];
                                  return false;
                                }
                              }
                              var valid0 = _errs57 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data["reboot-plans"] !== void 0) {
                                let data32 = data["reboot-plans"];
                                const _errs69 = errors;
                                if (errors === _errs69) {
                                  if (Array.isArray(data32)) {
                                    if (data32.length > 1e4) {
                                      validate102.errors = [{ instancePath: instancePath + "/reboot-plans", schemaPath: "#/properties/reboot-plans/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items", schema: 1e4, parentSchema: schema112.properties["reboot-plans"], data: data32 }];
                                      return false;
                                    } else {
                                      var valid25 = true;
                                      const len2 = data32.length;
                                      for (let i2 = 0; i2 < len2; i2++) {
                                        let data33 = data32[i2];
                                        const _errs71 = errors;
                                        if (errors === _errs71) {
                                          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                            let missing0;
                                            if (data33.resource === void 0 && (missing0 = "resource") || data33.window === void 0 && (missing0 = "window") || data33.owner === void 0 && (missing0 = "owner")) {
                                              validate102.errors = [{ instancePath: instancePath + "/reboot-plans/" + i2, schemaPath: "#/properties/reboot-plans/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'", schema: schema112.properties["reboot-plans"].items.required, parentSchema: schema112.properties["reboot-plans"].items, data: data33 }];
                                              return false;
                                            } else {
                                              const _errs73 = errors;
                                              for (const key4 in data33) {
                                                if (!(key4 === "resource" || key4 === "window" || key4 === "owner" || key4 === "ticket")) {
                                                  validate102.errors = [{ instancePath: instancePath + "/reboot-plans/" + i2, schemaPath: "#/properties/reboot-plans/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties["reboot-plans"].items, data: data33 }];
                                                  return false;
                                                  break;
                                                }
                                              }
                                              if (_errs73 === errors) {
                                                if (data33.resource !== void 0) {
                                                  let data34 = data33.resource;
                                                  const _errs74 = errors;
                                                  const _errs75 = errors;
                                                  if (errors === _errs75) {
                                                    if (typeof data34 === "string") {
                                                      if (func32(data34) > 1024) {
                                                        validate102.errors = [{ instancePath: instancePath + "/reboot-plans/" + i2 + "/resource", schemaPath: "#/definitions/resource/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema31, data: data34 }];
                                                        return false;
                                                      } else {
                                                        if (func32(data34) < 1) {
                                                          validate102.errors = [{ instancePath: instancePath + "/reboot-plans/" + i2 + "/resource", schemaPath: "#/definitions/resource/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31, data: data34 }];
                                                          return false;
                                                        }
                                                      }
                                                    } else {
                                                      validate102.errors = [{ instancePath: instancePath + "/reboot-plans/" + i2 + "/resource", schemaPath: "#/definitions/resource/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data34 }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid26 = _errs74 === errors;
                                                } else {
                                                  var valid26 = true;
                                                }
                                                if (valid26) {
                                                  if (data33.window !== void 0) {
                                                    let data35 = data33.window;
                                                    const _errs77 = errors;
                                                    const _errs78 = errors;
                                                    if (errors === _errs78) {
                                                      if (typeof data35 === "string") {
                                                        if (func32(data35) > 200) {
                                                          validate102.errors = [{ instancePath: instancePath + "/reboot-plans/" + i2 + "/window", schemaPath: "#/definitions/window/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema32, data: data35 }];
                                                          return false;
                                                        } else {
                                                          if (func32(data35) < 1) {
                                                            validate102.errors = [{ instancePath: instancePath + "/reboot-plans/" + i2 + "/window", schemaPath: "#/definitions/window/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32, data: data35 }];
                                                            return false;
                                                          }
                                                        }
                                                      } else {
                                                        validate102.errors = [{ instancePath: instancePath + "/reboot-plans/" + i2 + "/window", schemaPath: "#/definitions/window/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data35 }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid26 = _errs77 === errors;
                                                  } else {
                                                    var valid26 = true;
                                                  }
                                                  if (valid26) {
                                                    if (data33.owner !== void 0) {
                                                      let data36 = data33.owner;
                                                      const _errs80 = errors;
                                                      const _errs81 = errors;
                                                      if (errors === _errs81) {
                                                        if (typeof data36 === "string") {
                                                          if (func32(data36) > 200) {
                                                            validate102.errors = [{ instancePath: instancePath + "/reboot-plans/" + i2 + "/owner", schemaPath: "#/definitions/owner/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema33, data: data36 }];
                                                            return false;
                                                          } else {
                                                            if (func32(data36) < 1) {
                                                              validate102.errors = [{ instancePath: instancePath + "/reboot-plans/" + i2 + "/owner", schemaPath: "#/definitions/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data36 }];
                                                              return false;
                                                            }
                                                          }
                                                        } else {
                                                          validate102.errors = [{ instancePath: instancePath + "/reboot-plans/" + i2 + "/owner", schemaPath: "#/definitions/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data36 }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid26 = _errs80 === errors;
                                                    } else {
                                                      var valid26 = true;
                                                    }
                                                    if (valid26) {
                                                      if (data33.ticket !== void 0) {
                                                        let data37 = data33.ticket;
                                                        const _errs83 = errors;
                                                        const _errs84 = errors;
                                                        if (typeof data37 !== "string" && !(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
                                                          validate102.errors = [{ instancePath: instancePath + "/reboot-plans/" + i2 + "/ticket", schemaPath: "#/definitions/ticket/type", keyword: "type", params: { type: schema34.type }, message: "must be string,integer", schema: schema34.type, parentSchema: schema34, data: data37 }];
                                                          return false;
                                                        }
                                                        if (errors === _errs84) {
                                                          if (typeof data37 === "string") {
                                                            if (func32(data37) > 200) {
                                                              validate102.errors = [{ instancePath: instancePath + "/reboot-plans/" + i2 + "/ticket", schemaPath: "#/definitions/ticket/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema34, data: data37 }];
                                                              return false;
                                                            } else {
                                                              if (func32(data37) < 1) {
                                                                validate102.errors = [{ instancePath: instancePath + "/reboot-plans/" + i2 + "/ticket", schemaPath: "#/definitions/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34, data: data37 }];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                        }
                                                        var valid26 = _errs83 === errors;
                                                      } else {
                                                        var valid26 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate102.errors = [{ instancePath: instancePath + "/reboot-plans/" + i2, schemaPath: "#/properties/reboot-plans/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties["reboot-plans"].items.type, parentSchema: schema112.properties["reboot-plans"].items, data: data33 }];
                                            return false;
                                          }
                                        }
                                        var valid25 = _errs71 === errors;
                                        if (!valid25) {
                                          break;
                                        }
                                      }
                                    }
                                  } else {
                                    validate102.errors = [{ instancePath: instancePath + "/reboot-plans", schemaPath: "#/properties/reboot-plans/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties["reboot-plans"].type, parentSchema: schema112.properties["reboot-plans"], data: data32 }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs69 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.exemptions !== void 0) {
                                  let data38 = data.exemptions;
                                  const _errs86 = errors;
                                  if (errors === _errs86) {
                                    if (Array.isArray(data38)) {
                                      if (data38.length > 1e4) {
                                        validate102.errors = [{ instancePath: instancePath + "/exemptions", schemaPath: "#/properties/exemptions/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items", schema: 1e4, parentSchema: schema112.properties.exemptions, data: data38 }];
                                        return false;
                                      } else {
                                        var valid31 = true;
                                        const len3 = data38.length;
                                        for (let i3 = 0; i3 < len3; i3++) {
                                          let data39 = data38[i3];
                                          const _errs88 = errors;
                                          if (errors === _errs88) {
                                            if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                                              let missing1;
                                              if (data39.resource === void 0 && (missing1 = "resource") || data39.rule === void 0 && (missing1 = "rule") || data39.reason === void 0 && (missing1 = "reason") || data39.owner === void 0 && (missing1 = "owner") || data39.expires === void 0 && (missing1 = "expires")) {
                                                validate102.errors = [{ instancePath: instancePath + "/exemptions/" + i3, schemaPath: "#/properties/exemptions/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'", schema: schema112.properties.exemptions.items.required, parentSchema: schema112.properties.exemptions.items, data: data39 }];
                                                return false;
                                              } else {
                                                const _errs90 = errors;
                                                for (const key5 in data39) {
                                                  if (!(key5 === "resource" || key5 === "rule" || key5 === "reason" || key5 === "owner" || key5 === "expires" || key5 === "ticket")) {
                                                    validate102.errors = [{ instancePath: instancePath + "/exemptions/" + i3, schemaPath: "#/properties/exemptions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.exemptions.items, data: data39 }];
                                                    return false;
                                                    break;
                                                  }
                                                }
                                                if (_errs90 === errors) {
                                                  if (data39.resource !== void 0) {
                                                    let data40 = data39.resource;
                                                    const _errs91 = errors;
                                                    const _errs92 = errors;
                                                    if (errors === _errs92) {
                                                      if (typeof data40 === "string") {
                                                        if (func32(data40) > 1024) {
                                                          validate102.errors = [{ instancePath: instancePath + "/exemptions/" + i3 + "/resource", schemaPath: "#/definitions/resource/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema31, data: data40 }];
                                                          return false;
                                                        } else {
                                                          if (func32(data40) < 1) {
                                                            validate102.errors = [{ instancePath: instancePath + "/exemptions/" + i3 + "/resource", schemaPath: "#/definitions/resource/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31, data: data40 }];
                                                            return false;
                                                          }
                                                        }
                                                      } else {
                                                        validate102.errors = [{ instancePath: instancePath + "/exemptions/" + i3 + "/resource", schemaPath: "#/definitions/resource/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data40 }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid32 = _errs91 === errors;
                                                  } else {
                                                    var valid32 = true;
                                                  }
                                                  if (valid32) {
                                                    if (data39.rule !== void 0) {
                                                      let data41 = data39.rule;
                                                      const _errs94 = errors;
                                                      if (!(data41 === "*" || data41 === "indeterminate" || data41 === "platform-reboot-only" || data41 === "reboot-blocked" || data41 === "reboot-plan-required" || data41 === "reboot-window-expired" || data41 === "reboot-window-late" || data41 === "reboot-window-misses-baseline" || data41 === "schedule-prerequisites" || data41 === "unpatched-image")) {
                                                        validate102.errors = [{ instancePath: instancePath + "/exemptions/" + i3 + "/rule", schemaPath: "#/properties/exemptions/items/properties/rule/enum", keyword: "enum", params: { allowedValues: schema112.properties.exemptions.items.properties.rule.enum }, message: "must be equal to one of the allowed values", schema: schema112.properties.exemptions.items.properties.rule.enum, parentSchema: schema112.properties.exemptions.items.properties.rule, data: data41 }];
                                                        return false;
                                                      }
                                                      var valid32 = _errs94 === errors;
                                                    } else {
                                                      var valid32 = true;
                                                    }
                                                    if (valid32) {
                                                      if (data39.reason !== void 0) {
                                                        let data42 = data39.reason;
                                                        const _errs95 = errors;
                                                        if (errors === _errs95) {
                                                          if (typeof data42 === "string") {
                                                            if (func32(data42) > 1e3) {
                                                              validate102.errors = [{ instancePath: instancePath + "/exemptions/" + i3 + "/reason", schemaPath: "#/properties/exemptions/items/properties/reason/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema112.properties.exemptions.items.properties.reason, data: data42 }];
                                                              return false;
                                                            } else {
                                                              if (func32(data42) < 1) {
                                                                validate102.errors = [{ instancePath: instancePath + "/exemptions/" + i3 + "/reason", schemaPath: "#/properties/exemptions/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema112.properties.exemptions.items.properties.reason, data: data42 }];
                                                                return false;
                                                              }
                                                            }
                                                          } else {
                                                            validate102.errors = [{ instancePath: instancePath + "/exemptions/" + i3 + "/reason", schemaPath: "#/properties/exemptions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.exemptions.items.properties.reason.type, parentSchema: schema112.properties.exemptions.items.properties.reason, data: data42 }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid32 = _errs95 === errors;
                                                      } else {
                                                        var valid32 = true;
                                                      }
                                                      if (valid32) {
                                                        if (data39.owner !== void 0) {
                                                          let data43 = data39.owner;
                                                          const _errs97 = errors;
                                                          const _errs98 = errors;
                                                          if (errors === _errs98) {
                                                            if (typeof data43 === "string") {
                                                              if (func32(data43) > 200) {
                                                                validate102.errors = [{ instancePath: instancePath + "/exemptions/" + i3 + "/owner", schemaPath: "#/definitions/owner/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema33, data: data43 }];
                                                                return false;
                                                              } else {
                                                                if (func32(data43) < 1) {
                                                                  validate102.errors = [{ instancePath: instancePath + "/exemptions/" + i3 + "/owner", schemaPath: "#/definitions/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data43 }];
                                                                  return false;
                                                                }
                                                              }
                                                            } else {
                                                              validate102.errors = [{ instancePath: instancePath + "/exemptions/" + i3 + "/owner", schemaPath: "#/definitions/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data43 }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid32 = _errs97 === errors;
                                                        } else {
                                                          var valid32 = true;
                                                        }
                                                        if (valid32) {
                                                          if (data39.expires !== void 0) {
                                                            let data44 = data39.expires;
                                                            const _errs100 = errors;
                                                            if (errors === _errs100) {
                                                              if (typeof data44 === "string") {
                                                                if (!pattern3.test(data44)) {
                                                                  validate102.errors = [{ instancePath: instancePath + "/exemptions/" + i3 + "/expires", schemaPath: "#/properties/exemptions/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema112.properties.exemptions.items.properties.expires, data: data44 }];
                                                                  return false;
                                                                }
                                                              } else {
                                                                validate102.errors = [{ instancePath: instancePath + "/exemptions/" + i3 + "/expires", schemaPath: "#/properties/exemptions/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.exemptions.items.properties.expires.type, parentSchema: schema112.properties.exemptions.items.properties.expires, data: data44 }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid32 = _errs100 === errors;
                                                          } else {
                                                            var valid32 = true;
                                                          }
                                                          if (valid32) {
                                                            if (data39.ticket !== void 0) {
                                                              let data45 = data39.ticket;
                                                              const _errs102 = errors;
                                                              const _errs103 = errors;
                                                              if (typeof data45 !== "string" && !(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                                                                validate102.errors = [{ instancePath: instancePath + "/exemptions/" + i3 + "/ticket", schemaPath: "#/definitions/ticket/type", keyword: "type", params: { type: schema34.type }, message: "must be string,integer", schema: schema34.type, parentSchema: schema34, data: data45 }];
                                                                return false;
                                                              }
                                                              if (errors === _errs103) {
                                                                if (typeof data45 === "string") {
                                                                  if (func32(data45) > 200) {
                                                                    validate102.errors = [{ instancePath: instancePath + "/exemptions/" + i3 + "/ticket", schemaPath: "#/definitions/ticket/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema34, data: data45 }];
                                                                    return false;
                                                                  } else {
                                                                    if (func32(data45) < 1) {
                                                                      validate102.errors = [{ instancePath: instancePath + "/exemptions/" + i3 + "/ticket", schemaPath: "#/definitions/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34, data: data45 }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                              var valid32 = _errs102 === errors;
                                                            } else {
                                                              var valid32 = true;
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate102.errors = [{ instancePath: instancePath + "/exemptions/" + i3, schemaPath: "#/properties/exemptions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.exemptions.items.type, parentSchema: schema112.properties.exemptions.items, data: data39 }];
                                              return false;
                                            }
                                          }
                                          var valid31 = _errs88 === errors;
                                          if (!valid31) {
                                            break;
                                          }
                                        }
                                      }
                                    } else {
                                      validate102.errors = [{ instancePath: instancePath + "/exemptions", schemaPath: "#/properties/exemptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.exemptions.type, parentSchema: schema112.properties.exemptions, data: data38 }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs86 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data["max-exemption-days"] !== void 0) {
                                    let data46 = data["max-exemption-days"];
                                    const _errs105 = errors;
                                    if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
                                      validate102.errors = [{ instancePath: instancePath + "/max-exemption-days", schemaPath: "#/properties/max-exemption-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties["max-exemption-days"].type, parentSchema: schema112.properties["max-exemption-days"], data: data46 }];
                                      return false;
                                    }
                                    if (errors === _errs105) {
                                      if (typeof data46 == "number" && isFinite(data46)) {
                                        if (data46 > 366 || isNaN(data46)) {
                                          validate102.errors = [{ instancePath: instancePath + "/max-exemption-days", schemaPath: "#/properties/max-exemption-days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 366 }, message: "must be <= 366", schema: 366, parentSchema: schema112.properties["max-exemption-days"], data: data46 }];
                                          return false;
                                        } else {
                                          if (data46 < 1 || isNaN(data46)) {
                                            validate102.errors = [{ instancePath: instancePath + "/max-exemption-days", schemaPath: "#/properties/max-exemption-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema112.properties["max-exemption-days"], data: data46 }];
                                            return false;
                                          }
                                        }
                                      }
                                    }
                                    var valid0 = _errs105 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.advisories !== void 0) {
                                      let data47 = data.advisories;
                                      const _errs107 = errors;
                                      if (errors === _errs107) {
                                        if (Array.isArray(data47)) {
                                          if (data47.length > 100) {
                                            validate102.errors = [{ instancePath: instancePath + "/advisories", schemaPath: "#/properties/advisories/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema112.properties.advisories, data: data47 }];
                                            return false;
                                          } else {
                                            var valid36 = true;
                                            const len4 = data47.length;
                                            for (let i4 = 0; i4 < len4; i4++) {
                                              let data48 = data47[i4];
                                              const _errs109 = errors;
                                              if (errors === _errs109) {
                                                if (typeof data48 === "string") {
                                                  if (func32(data48) > 1024) {
                                                    validate102.errors = [{ instancePath: instancePath + "/advisories/" + i4, schemaPath: "#/properties/advisories/items/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema112.properties.advisories.items, data: data48 }];
                                                    return false;
                                                  } else {
                                                    if (func32(data48) < 1) {
                                                      validate102.errors = [{ instancePath: instancePath + "/advisories/" + i4, schemaPath: "#/properties/advisories/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema112.properties.advisories.items, data: data48 }];
                                                      return false;
                                                    }
                                                  }
                                                } else {
                                                  validate102.errors = [{ instancePath: instancePath + "/advisories/" + i4, schemaPath: "#/properties/advisories/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.advisories.items.type, parentSchema: schema112.properties.advisories.items, data: data48 }];
                                                  return false;
                                                }
                                              }
                                              var valid36 = _errs109 === errors;
                                              if (!valid36) {
                                                break;
                                              }
                                            }
                                          }
                                        } else {
                                          validate102.errors = [{ instancePath: instancePath + "/advisories", schemaPath: "#/properties/advisories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.advisories.type, parentSchema: schema112.properties.advisories, data: data47 }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs107 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate102.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.type, parentSchema: schema112, data }];
      return false;
    }
  }
  validate102.errors = vErrors;
  return errors === 0;
}

// src/config/schema.ts
function checkSchema(data) {
  if (validate2(data)) return void 0;
  return describeError(validate2.errors?.[0]);
}
function describeError(error) {
  const path = error.instancePath.split("/").slice(1).map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~")).map((segment) => /^\d+$/.test(segment) ? Number(segment) : segment);
  const node = error.parentSchema ?? {};
  const where = describePath2(path);
  const expected = expectedOf(node);
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const keyPath = [...path, key];
      if (path.length === 1 && path[0] === "rules" && GOVERNANCE_RULES.includes(key)) {
        return { path: keyPath, message: `rules.${key} cannot be set: the rules about exemptions always report errors` };
      }
      const known = Object.keys(node.properties ?? {});
      const hint = suggest(key, known);
      const subject = path.length === 0 ? `unknown setting "${key}"` : `${where} has an unknown key "${key}"`;
      const shape = path.length === 0 ? `one of ${known.join(", ")}` : expected;
      return { path: keyPath, message: `${subject}${hint}; expected ${shape}` };
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      return { path, message: `${where} is missing ${missing}; expected ${expected}` };
    }
    case "minItems":
    case "maxItems": {
      const limit = Number(error.params.limit);
      const count = Array.isArray(error.data) ? error.data.length : 0;
      const got = count === 0 ? "is an empty list" : `has ${count} entries`;
      const bound = `${error.keyword === "minItems" ? "at least" : "at most"} ${limit} entr${limit === 1 ? "y" : "ies"}`;
      return { path, message: `${where} ${got}; expected ${expected} with ${bound}` };
    }
    default:
      return { path, message: `${where} must be ${expected}, got ${describeValue(error.data)}` };
  }
}
function expectedOf(node) {
  if (node["x-expected"] !== void 0) return node["x-expected"];
  if (node.enum !== void 0) return `one of ${node.enum.map(String).join(", ")}`;
  return `a ${String(node.type)}`;
}
function describePath2(path) {
  if (path.length === 0) return "the configuration";
  return path.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}
function describeValue(value) {
  if (value === null || value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  const scalar = value;
  return String(scalar);
}
function suggest(key, known) {
  if (key.length > 64) return "";
  const close = known.find((candidate) => editDistance(key.toLowerCase(), candidate) <= 2);
  return close === void 0 ? "" : ` (did you mean "${close}"?)`;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

// src/config/parse-config.ts
var LIMITS = { maxDepth: 32, maxAliases: 50, maxAliasExpansion: 2e3, maxMergeKeys: 200 };
function parseConfiguration(text, options) {
  const parsed = parseYaml(text, LIMITS);
  const fail = (message, at2) => {
    throw new ConfigFileError(message, options.file, at2.line, at2.column);
  };
  const syntax = parsed.errors[0];
  if (syntax !== void 0) fail(`not valid YAML: ${syntax.message}`, syntax);
  const second = parsed.documents[1];
  if (second !== void 0) fail("the configuration must be one YAML document; found a second one", second.start);
  const root = parsed.documents[0]?.root;
  const data = root?.value ?? /* @__PURE__ */ Object.create(null);
  const problem = root === void 0 ? void 0 : checkSchema(data);
  if (problem !== void 0) fail(problem.message, positionOf(root, problem.path));
  const at = (path) => ({ file: options.file, ...lineAndColumn(positionOf(root, path)) });
  const span = (path) => ({ ...at(path), endLine: nodeAt(root, path)?.end.line ?? at(path).line });
  const check = (path, message) => {
    if (message !== void 0) fail(message, at(path));
  };
  const field = (key) => Object.hasOwn(data, key) ? data[key] : void 0;
  const rules = readRules(field("rules"));
  if (field("platform-reboot") !== void 0 && rules.has("platform-reboot-only")) {
    const message = "rules.platform-reboot-only and platform-reboot both set how platform reboots are treated; keep one";
    fail(message, at(["rules", "platform-reboot-only"]));
  }
  if (field("unresolved") !== void 0 && rules.has("indeterminate")) {
    const message = "rules.indeterminate and unresolved both set how unresolved values are treated; keep one";
    fail(message, at(["rules", "indeterminate"]));
  }
  const rebootPlans = (field("reboot-plans") ?? []).map((entry, index) => {
    const path = ["reboot-plans", index];
    const resource = String(entry.resource);
    check([...path, "resource"], problemWith(path, "resource", resourcePatternProblem(resource)));
    const window = String(entry.window);
    const parsedWindow = parseDeclaredWindow(window);
    if ("problem" in parsedWindow) {
      fail(`${describePath2([...path, "window"])} is not a valid window: ${parsedWindow.problem}`, at([...path, "window"]));
    }
    return {
      label: describePath2(path),
      resource,
      window,
      owner: String(entry.owner),
      ...ticketOf(entry),
      location: span(path),
      windowAt: at([...path, "window"])
    };
  });
  const exemptions = (field("exemptions") ?? []).map((entry, index) => {
    const path = ["exemptions", index];
    const resource = String(entry.resource);
    const expires = String(entry.expires);
    check([...path, "resource"], problemWith(path, "resource", resourcePatternProblem(resource)));
    if (calendarDay(expires) === void 0) {
      const where = [...path, "expires"];
      fail(`${describePath2(where)} must be a calendar date (YYYY-MM-DD), got ${describeValue(expires)}`, at(where));
    }
    return {
      label: describePath2(path),
      resource,
      rule: String(entry.rule),
      reason: String(entry.reason),
      owner: String(entry.owner),
      expires,
      ...ticketOf(entry),
      location: span(path),
      expiresAt: at([...path, "expires"])
    };
  });
  checkDuplicates(exemptions, fail);
  const tags = field("reboot-window-tags") ?? {};
  const include = field("include") ?? [];
  const exclude = field("exclude") ?? [];
  include.forEach((glob, index) => check(["include", index], negationProblem("include", index, glob)));
  exclude.forEach((glob, index) => check(["exclude", index], negationProblem("exclude", index, glob)));
  return {
    file: options.file,
    ...optional("failOn", field("fail-on")),
    ...optional("platformReboot", field("platform-reboot")),
    ...optional("unresolved", field("unresolved")),
    ...optional("hotpatchDefault", field("hotpatch-default")),
    include: [...include],
    exclude: [...exclude],
    rules,
    tags: {
      window: Object.hasOwn(tags, "window") ? tags.window : DEFAULT_TAGS.window,
      owner: Object.hasOwn(tags, "owner") ? tags.owner : DEFAULT_TAGS.owner,
      ticket: Object.hasOwn(tags, "ticket") ? tags.ticket : DEFAULT_TAGS.ticket
    },
    rebootPlans,
    exemptions,
    maxExemptionDays: field("max-exemption-days") ?? DEFAULT_MAX_EXEMPTION_DAYS,
    ...optional("limits", limitsOf(field("limits"))),
    advisories: (field("advisories") ?? []).map((path, index) => ({
      path,
      absolutePath: resolve(options.directory, path),
      location: at(["advisories", index])
    }))
  };
}
function negationProblem(key, index, glob) {
  if (!glob.startsWith("!")) return void 0;
  const named = glob.slice(1);
  const instead = key === "include" ? `to leave out ${named}, list it under exclude without the "!"` : `to scan ${named}, narrow the exclude globs so that none matches it`;
  return `${describePath2([key, index])} "${glob}" starts with "!", but negation is not supported (it would match only a path that starts with "!"); ${instead}`;
}
function ticketOf(entry) {
  const ticket = entry.ticket;
  return ticket === void 0 ? {} : { ticket: String(ticket) };
}
function readRules(rules) {
  const settings = /* @__PURE__ */ new Map();
  for (const key of Object.keys(rules ?? {})) settings.set(key, rules[key]);
  return settings;
}
function problemWith(path, key, problem) {
  return problem === void 0 ? void 0 : `${describePath2([...path, key])} ${problem}`;
}
function checkDuplicates(exemptions, fail) {
  const seen = /* @__PURE__ */ new Map();
  for (const exemption of exemptions) {
    const key = `${exemption.resource.toLowerCase()}
${exemption.rule}`;
    const first = seen.get(key);
    if (first !== void 0) {
      fail(`${exemption.label} repeats ${first} (the same resource and rule); merge them into one`, exemption.location);
    }
    seen.set(key, exemption.label);
  }
}
function limitsOf(limits) {
  if (limits === void 0) return void 0;
  return {
    ...limits.instances === void 0 ? {} : { instances: limits.instances },
    ...limits["evaluation-steps"] === void 0 ? {} : { steps: limits["evaluation-steps"] }
  };
}
var optional = (key, value) => value === void 0 ? {} : { [key]: value };
function positionOf(root, path) {
  let node = root;
  let position = root?.start ?? { offset: 0, line: 1, column: 1 };
  for (const step of path) {
    if (node === void 0) break;
    if (typeof step === "number") {
      node = isSeq(node) ? node.items[step] : void 0;
      if (node !== void 0) position = node.start;
    } else {
      const entry = entryOf(node, step);
      node = entry?.value;
      if (entry !== void 0) position = entry.keyNode.start;
    }
  }
  return position;
}
var lineAndColumn = (position) => ({
  line: position.line,
  column: position.column
});

// src/pipeline/load-configuration.ts
var MAX_CONFIG_BYTES = 1024 * 1024;
function loadConfigurationFile(path, options) {
  const file = displayPath(path, options.root, options.cwd ?? process.cwd());
  const text = readText(path, options.confine);
  if (typeof text !== "string") throw new ConfigurationError(`${file}${text.problem}`);
  const configuration = parseConfiguration(text, { file, directory: dirname(path) });
  const advisories = [...builtInAdvisories()];
  configuration.advisories.forEach((entry, index) => {
    const fail = (message) => {
      const { line, column } = entry.location;
      throw new ConfigFileError(`advisories[${index}] ${message}`, configuration.file, line, column);
    };
    const advisoryText = readText(entry.absolutePath, options.confine);
    const folder = posix.dirname(configuration.file);
    const from = isAbsolute(entry.path) ? "" : ` (relative to ${folder === "." ? "the scan root" : folder}, the configuration's folder)`;
    if (typeof advisoryText !== "string") fail(`cannot be read: ${entry.path}${from}${advisoryText.problem}`);
    const advisory = loadAdvisory(advisoryText, entry.path);
    const clash = advisories.find((loaded) => loaded.advisory.id === advisory.id);
    if (clash !== void 0) fail(`${entry.path} has the id ${advisory.id}, which ${clash.source} already has`);
    advisories.push({ advisory, source: entry.path, builtIn: false });
  });
  return { configuration, advisories };
}
function displayPath(path, root, cwd) {
  const inRoot = relative(root, path);
  const fromCwd = relative(cwd, path);
  const name = isInside(inRoot) ? inRoot : isAbsolute(fromCwd) || fromCwd === "" ? path : fromCwd;
  return name.split(sep).join("/");
}
var isInside = (rel) => rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
function readText(path, confine) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return { problem: ": no such file" };
  }
  if (!stats.isFile()) return { problem: ": not a file" };
  if (stats.size > MAX_CONFIG_BYTES) return { problem: `: the file is over ${MAX_CONFIG_BYTES / 1024} KiB` };
  let result;
  if (confine === void 0) {
    result = decodeText(readFileSync(path));
  } else {
    const rel = relative(confine, path);
    const inside = isInside(rel);
    result = inside ? new Workspace(confine).readText(rel.split(sep).join("/")) : { ok: false, message: "", line: 0, column: 0 };
    if (!inside || !result.ok && result.line === 1 && result.message.includes("not found")) {
      return { problem: `: the file must be inside ${confine}` };
    }
  }
  return result.ok ? result.text : { problem: `:${result.line}:${result.column}: ${result.message}` };
}
export {
  builtInAdvisories,
  loadConfigurationFile,
  selectFiles
};

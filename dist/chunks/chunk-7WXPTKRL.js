import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  DateTime,
  IANAZone,
  TOOL_INFORMATION_URI,
  TOOL_NAME,
  TOOL_VERSION,
  VERDICT_LABELS,
  Zone,
  appliedKnowledge,
  compareBy,
  countParseErrors,
  dayOf,
  decideVerdict,
  describeCounts,
  describeKnowledge,
  describeState,
  formatDay,
  formatMonth,
  isManifestName,
  monthName,
  nextBaseline,
  parseDay,
  parsePatch,
  patchTuesday,
  require_applicator,
  require_codegen,
  require_core,
  require_core2,
  require_discriminator,
  require_format,
  require_metadata,
  require_ref_error,
  require_validate,
  require_validation,
  require_validation_error,
  summarizeReport,
  upcomingBaselines
} from "./chunk-JJ4P2NXS.js";
import {
  ARC_MACHINE_TYPE,
  EVENT_ID,
  MAX_FILE_BYTES,
  Workspace,
  decodeHead,
  decodeText,
  differentSubscriptions,
  encodingsOf,
  entryOf,
  formatLocation,
  getScalarValue,
  identityKey,
  isKnown,
  isMap,
  isSeq,
  limitsOf,
  load,
  match,
  mayDeclarePolicyInput,
  mergeUnitResults,
  nodeAt,
  parseEvents,
  parseResourceId,
  parseYaml,
  planUnits,
  readUnit,
  readers,
  sameUnit,
  scalarText,
  sizeLimitMessage,
  skippedFilesMessage
} from "./chunk-Q47AGRMZ.js";
import {
  ConfigurationError,
  getErrorMessage
} from "./chunk-KOMI2SY3.js";
import {
  __commonJS,
  __toESM
} from "./chunk-5XWL5JNG.js";

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv3 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv3;
    module.exports = exports = Ajv3;
    module.exports.Ajv = Ajv3;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv3;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
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

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

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

// src/pipeline/load-configuration.ts
import { readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, posix, relative, sep } from "node:path";

// src/policy/load-advisory.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);

// schemas/advisory.schema.json
var advisory_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/schemas/advisory.schema.json",
  title: "hotpatch-reboot-gate advisory",
  description: "An advisory as data: which images can hotpatch, which OS builds fix the vulnerability, and when hotpatch machines need reboots.",
  type: "object",
  additionalProperties: false,
  required: ["id", "title", "cves", "summary", "disruption", "families", "hotpatchImages", "baselineMonths", "sources"],
  properties: {
    id: {
      description: "Stable kebab-case id, shown in findings.",
      type: "string",
      pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
      maxLength: 80
    },
    title: { type: "string", minLength: 1, maxLength: 200 },
    reviewed: {
      description: "When the advisory's facts were last reviewed (YYYY-MM-DD). The report names it and adds a notice when the evaluation date is more than 120 days past the newest review.",
      type: "string",
      format: "date"
    },
    cves: {
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { type: "string", pattern: "^CVE-[0-9]{4}-[0-9]{4,}$" }
    },
    summary: { type: "string", minLength: 1, maxLength: 2e3 },
    disruption: {
      description: "When machines hit by the advisory need reboots beyond the baseline calendar.",
      type: "object",
      additionalProperties: false,
      required: ["start", "end", "description"],
      properties: {
        start: { type: "string", format: "date" },
        end: { type: "string", format: "date" },
        description: { type: "string", minLength: 1, maxLength: 1e3 }
      }
    },
    families: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["os", "build", "fixedRevision", "kb", "breaksHotpatch"],
        properties: {
          os: { type: "string", minLength: 1 },
          build: { description: "OS build family, e.g. 26100.", type: "integer", minimum: 1 },
          fixedRevision: { description: "First fixed update build revision (UBR).", type: "integer", minimum: 0 },
          kb: { $ref: "#/definitions/kb" },
          hotpatchKb: { $ref: "#/definitions/kb" },
          breaksHotpatch: { type: "boolean" }
        }
      }
    },
    hotpatchImages: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["publisher", "offer", "sku", "os", "build", "hotpatchOnByDefault", "preview"],
        properties: {
          publisher: { $ref: "#/definitions/imagePart" },
          offer: { $ref: "#/definitions/imagePart" },
          sku: { $ref: "#/definitions/imagePart" },
          os: { type: "string", minLength: 1 },
          build: { type: "integer", minimum: 1 },
          hotpatchOnByDefault: { type: "boolean" },
          preview: { type: "boolean" }
        }
      }
    },
    baselineMonths: {
      description: "Planned baseline months (1-12): every hotpatch machine reboots in them.",
      type: "array",
      minItems: 1,
      maxItems: 12,
      uniqueItems: true,
      items: { type: "integer", minimum: 1, maximum: 12 }
    },
    sources: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["title", "url"],
        properties: {
          title: { type: "string", minLength: 1 },
          url: { type: "string", format: "uri", pattern: "^https://" }
        }
      }
    }
  },
  definitions: {
    kb: { type: "string", pattern: "^KB[0-9]{6,8}$" },
    imagePart: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$", maxLength: 128 }
  }
};

// src/policy/yaml-locate.ts
function locateYamlPath(text, path) {
  const wanted = pathKey(path);
  if (wanted === "") return { line: 1, column: 1 };
  let events;
  try {
    events = parseEvents(text, {});
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
      frame.key = event.type === EVENT_ID.SCALAR ? getScalarValue(text, event) : "\0";
      frame.keyOffset = start;
      frame.expectingKey = false;
      if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
        stack.push(open(event.type, "\0", true));
      }
      continue;
    }
    if (frame !== void 0) {
      path2 = `${frame.path}/${frame.kind === "mapping" ? escape(frame.key) : String(frame.index)}`;
      if (path2 === wanted) return positionOf(text, frame.kind === "mapping" ? frame.keyOffset : start);
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
function positionOf(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

// src/policy/load-advisory.ts
var addFormats = import_ajv_formats.default.default;
var validator;
var shippedTexts = /* @__PURE__ */ new Set();
function registerShippedAdvisory(text) {
  shippedTexts.add(text);
}
function getValidator() {
  if (validator === void 0) {
    const ajv = new import_ajv.Ajv({ allErrors: false, strict: true });
    addFormats(ajv);
    validator = ajv.compile(advisory_schema_default);
  }
  return validator;
}
function loadAdvisory(text, source) {
  let data;
  try {
    data = load(text, { filename: source, maxAliases: 0 });
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
  const validate = shippedTexts.has(text) ? void 0 : getValidator();
  if (validate !== void 0 && !validate(data)) {
    const error = validate.errors?.[0];
    const path = errorPath(error);
    const position = locateYamlPath(text, path) ?? { line: 1, column: 1 };
    throw new ConfigurationError(`advisory ${describePath(path)} ${error.message ?? "is invalid"}`, {
      file: source,
      ...position
    });
  }
  const advisory = data;
  if (advisory.disruption.start > advisory.disruption.end) {
    const position = locateYamlPath(text, ["disruption", "end"]) ?? { line: 1, column: 1 };
    throw new ConfigurationError("advisory disruption.end is before disruption.start", { file: source, ...position });
  }
  return advisory;
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

// src/policy/advisories/wsus-cve-2025-59287.yml
var wsus_cve_2025_59287_default = `# CVE-2025-59287 (WSUS remote code execution) and the Windows Server hotpatch baseline calendar.
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

// src/policy/advisories/index.ts
registerShippedAdvisory(wsus_cve_2025_59287_default);
var BUILT_IN_ADVISORY_FILES = [
  { source: "src/policy/advisories/wsus-cve-2025-59287.yml", text: wsus_cve_2025_59287_default }
];
var builtIn;
function getBuiltInAdvisories() {
  builtIn ??= BUILT_IN_ADVISORY_FILES.map((file) => loadAdvisory(file.text, file.source));
  return builtIn;
}

// src/config/config-error.ts
var ConfigFileError = class extends ConfigurationError {
  constructor(message, file, line, column) {
    super(message, { file, line, column });
    this.message = `${file}:${line}:${column}: ${message}`;
  }
};

// src/config/glob.ts
function matchGlob(pattern, text, options = {}) {
  const fold = (value) => options.ignoreCase ? value.toLowerCase() : value;
  const patternSegments = fold(pattern).split("/");
  const textSegments = fold(text).split("/");
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
function matchSegment(pattern, text) {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    const char = pattern[p];
    if (char === "*") {
      star = p++;
      resume = t;
    } else if (char !== void 0 && (char === "?" || char === text[t])) {
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

// src/config/parse-config.ts
import { resolve } from "node:path";

// src/evaluation-day.ts
var formatDay2 = (date) => date.toISOString().slice(0, 10);
function parseEvaluationDay(text) {
  const match2 = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match2 === null) return void 0;
  const date = new Date(Date.UTC(Number(match2[1]), Number(match2[2]) - 1, Number(match2[3])));
  return formatDay2(date) === text ? { text, date } : void 0;
}
function evaluationDayOf(now) {
  const text = formatDay2(now);
  return { text, date: /* @__PURE__ */ new Date(`${text}T00:00:00Z`) };
}

// src/config/iso-time.ts
var DURATION = /^P(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,4})D)?(?:T(?:(\d{1,4})H)?(?:(\d{1,4})M)?(?:(\d{1,6})S)?)?$/;
var DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
function parseDuration(text) {
  const match2 = DURATION.exec(text);
  if (match2 === null || text.endsWith("T")) return void 0;
  const field = (index) => Number(match2[index] ?? 0);
  const duration = {
    years: field(1),
    months: field(2),
    days: field(3) * 7 + field(4),
    milliseconds: ((field(5) * 60 + field(6)) * 60 + field(7)) * 1e3
  };
  const zero = duration.years === 0 && duration.months === 0 && duration.days === 0 && duration.milliseconds === 0;
  return zero ? void 0 : duration;
}
function parseDateTime(text) {
  const match2 = DATE_TIME.exec(text);
  if (match2 === null) return void 0;
  const field = (index) => Number(match2[index] ?? 0);
  const [year, month, day, hour, minute, second] = [field(1), field(2), field(3), field(4), field(5), field(6)];
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(utc);
  const fields = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
  if (fields.join() !== [year, month, day, hour, minute].join() || second > 59) return void 0;
  const zone = match2[7];
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
function calendarDay(text) {
  const match2 = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match2 === null) return void 0;
  const time = Date.UTC(Number(match2[1]), Number(match2[2]) - 1, Number(match2[3]));
  return formatDay2(new Date(time)) === text ? time / DAY : void 0;
}

// src/config/resource-pattern.ts
function resourcePatternProblem(pattern) {
  if (!pattern.startsWith("/")) return void 0;
  const identity = parseResourceId(pattern);
  if (identity?.name === void 0) {
    return "must be a resource name, a name glob or a full resource ID (/subscriptions/.../providers/Microsoft.Compute/virtualMachines/<name>)";
  }
  return void 0;
}

// src/config/schema.ts
var import_ajv2 = __toESM(require_ajv(), 1);

// schemas/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/hotpatch-reboot-gate/hotpatch-reboot-gate/main/schemas/config.schema.json",
  title: "hotpatch-reboot-gate policy configuration",
  description: "The repository's policy configuration, `.github/hotpatch-reboot-gate.yml` by default. Every key is optional. Add `# yaml-language-server: $schema=https://raw.githubusercontent.com/hotpatch-reboot-gate/hotpatch-reboot-gate/main/schemas/config.schema.json` at the top of the file for completion in editors.",
  type: "object",
  "x-expected": "a mapping of settings",
  additionalProperties: false,
  properties: {
    $schema: {
      description: "The JSON Schema editors complete the file with (ignored by the gate).",
      type: "string",
      "x-expected": "a URL or path"
    },
    version: {
      description: "The configuration format version.",
      const: 1,
      "x-expected": "1"
    },
    "fail-on": {
      description: "Lowest finding severity that fails the run. The action's `fail-on` input and the CLI's `--fail-on` win when they are given.",
      enum: ["error", "warning", "never"],
      default: "error"
    },
    "platform-reboot": {
      description: "How a hotpatch VM that reboots only when the platform decides (`affected-platform-reboot`, rule platform-reboot-only) is treated: `accept` (no finding), `warn` (a warning) or `reject` (an error).",
      enum: ["accept", "warn", "reject"],
      default: "warn"
    },
    unresolved: {
      description: "How a verdict that depends on values the gate could not resolve (rule indeterminate) is treated: `ignore` (no finding), `warn` (a warning) or `fail` (an error).",
      enum: ["ignore", "warn", "fail"],
      default: "warn"
    },
    "hotpatch-default": {
      description: "How an unset enableHotpatching reads on images where hotpatch is on unless turned off: `on`, `off` or `unknown` (indeterminate). Quote the value: YAML 1.1 tools read a bare on/off as a boolean.",
      enum: ["on", "off", "unknown"],
      default: "unknown"
    },
    include: {
      description: "Only files matching one of these globs are scanned (relative to the scan root; `**` spans folders, a pattern without `/` matches a file name in any folder).",
      type: "array",
      "x-expected": "a list of path globs",
      minItems: 1,
      maxItems: 1e3,
      items: { $ref: "#/definitions/glob" }
    },
    exclude: {
      description: "Files matching one of these globs are not scanned, even when `include` matches them.",
      type: "array",
      "x-expected": "a list of path globs",
      maxItems: 1e3,
      items: { $ref: "#/definitions/glob" }
    },
    rules: {
      description: "Severity per rule: `error`, `warning`, `notice` or `off` (no finding). The rules about exemptions cannot be changed. Do not combine `rules.platform-reboot-only` with `platform-reboot`, or `rules.indeterminate` with `unresolved`.",
      type: "object",
      "x-expected": "a mapping of rule ids to error, warning, notice or off (invalid-reboot-plan, indeterminate, not-evaluated, platform-reboot-only, reboot-blocked, reboot-plan-required, reboot-window-expired, reboot-window-late, reboot-window-misses-baseline, schedule-prerequisites, unpatched-image, unreadable-manifest)",
      additionalProperties: false,
      properties: {
        indeterminate: { $ref: "#/definitions/ruleSetting" },
        "invalid-reboot-plan": { $ref: "#/definitions/ruleSetting" },
        "not-evaluated": { $ref: "#/definitions/ruleSetting" },
        "platform-reboot-only": { $ref: "#/definitions/ruleSetting" },
        "reboot-blocked": { $ref: "#/definitions/ruleSetting" },
        "reboot-plan-required": { $ref: "#/definitions/ruleSetting" },
        "reboot-window-expired": { $ref: "#/definitions/ruleSetting" },
        "reboot-window-late": { $ref: "#/definitions/ruleSetting" },
        "reboot-window-misses-baseline": { $ref: "#/definitions/ruleSetting" },
        "schedule-prerequisites": { $ref: "#/definitions/ruleSetting" },
        "unpatched-image": { $ref: "#/definitions/ruleSetting" },
        "unreadable-manifest": { $ref: "#/definitions/ruleSetting" }
      }
    },
    limits: {
      description: "Evaluation budgets per deployment unit (docs/limits.md): what is beyond them is reported by the not-evaluated rule, never skipped in silence.",
      type: "object",
      "x-expected": "a mapping with instances and evaluation-steps",
      additionalProperties: false,
      properties: {
        instances: {
          description: "Instances one declaration may expand to, multiplied through nesting (module or deployment loops x resource loops).",
          type: "integer",
          "x-expected": "a whole number from 1 to 1000000",
          minimum: 1,
          maximum: 1e6,
          default: 1e4
        },
        "evaluation-steps": {
          description: "Evaluation steps (expressions and instances evaluated) one deployment unit may take.",
          type: "integer",
          "x-expected": "a whole number from 1000 to 100000000",
          minimum: 1e3,
          maximum: 1e8,
          default: 2e6
        }
      }
    },
    "reboot-window-tags": {
      description: "The resource tags that declare a reboot plan kept outside the repository: the window, its owner and an optional ticket. Tag names compare case-insensitively, as in Azure.",
      type: "object",
      "x-expected": "a mapping with window, owner and ticket tag names",
      additionalProperties: false,
      properties: {
        window: { $ref: "#/definitions/tagName", default: "hotpatch-reboot-window" },
        owner: { $ref: "#/definitions/tagName", default: "hotpatch-reboot-owner" },
        ticket: { $ref: "#/definitions/tagName", default: "hotpatch-reboot-ticket" }
      }
    },
    "reboot-plans": {
      description: "Reboot plans kept outside the repository (Azure Update Manager policies, change calendars): a VM they name counts as having a reboot plan while the window is valid.",
      type: "array",
      "x-expected": "a list of reboot plans",
      maxItems: 1e4,
      items: {
        type: "object",
        "x-expected": "a reboot plan with resource, window and owner (ticket optional)",
        additionalProperties: false,
        required: ["resource", "window", "owner"],
        properties: {
          resource: { $ref: "#/definitions/resource" },
          window: { $ref: "#/definitions/window" },
          owner: { $ref: "#/definitions/owner" },
          ticket: { $ref: "#/definitions/ticket" }
        }
      }
    },
    exemptions: {
      description: "Findings to accept for a while. An exempted finding is still shown, marked exempted, and does not fail the run; after `expires` it fails again, and the exemption itself is an error (exemption-expired).",
      type: "array",
      "x-expected": "a list of exemptions",
      maxItems: 1e4,
      items: {
        type: "object",
        "x-expected": "an exemption with resource, rule, reason, owner and expires (ticket optional)",
        additionalProperties: false,
        required: ["resource", "rule", "reason", "owner", "expires"],
        properties: {
          resource: { $ref: "#/definitions/resource" },
          rule: {
            description: "The rule whose findings it covers, or `*` for every rule except the ones about exemptions and declared plans.",
            enum: [
              "*",
              "indeterminate",
              "platform-reboot-only",
              "reboot-blocked",
              "reboot-plan-required",
              "reboot-window-expired",
              "reboot-window-late",
              "reboot-window-misses-baseline",
              "schedule-prerequisites",
              "unpatched-image"
            ]
          },
          reason: {
            description: "Why the finding is accepted, for the reviewers.",
            type: "string",
            "x-expected": "a text saying why",
            minLength: 1,
            maxLength: 1e3
          },
          owner: { $ref: "#/definitions/owner" },
          expires: {
            description: "The last day the exemption applies (YYYY-MM-DD), at most `max-exemption-days` after the evaluation date.",
            type: "string",
            "x-expected": "a date (YYYY-MM-DD)",
            pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
          },
          ticket: { $ref: "#/definitions/ticket" }
        }
      }
    },
    "max-exemption-days": {
      description: "How far past the evaluation date an exemption may expire.",
      type: "integer",
      "x-expected": "a whole number of days from 1 to 366",
      minimum: 1,
      maximum: 366,
      default: 90
    },
    advisories: {
      description: "Advisory files (schemas/advisory.schema.json) to apply besides the built-in ones, relative to this file.",
      type: "array",
      "x-expected": "a list of advisory file paths",
      maxItems: 100,
      items: {
        type: "string",
        "x-expected": "an advisory file path, relative to the configuration file",
        minLength: 1,
        maxLength: 1024
      }
    }
  },
  definitions: {
    glob: {
      type: "string",
      "x-expected": "a path glob such as infra/**/*.bicep",
      minLength: 1,
      maxLength: 1024
    },
    ruleSetting: {
      enum: ["error", "warning", "notice", "off"]
    },
    tagName: {
      type: "string",
      "x-expected": "a tag name (up to 512 characters, without < > % & \\ ? /)",
      minLength: 1,
      maxLength: 512,
      pattern: "^[^<>%&\\\\?/]+$"
    },
    resource: {
      description: "The VM or scale set: its name, a name glob (`web-*`) or its resource ID (`/subscriptions/.../providers/Microsoft.Compute/virtualMachines/web-01`).",
      type: "string",
      "x-expected": "a resource name, a name glob or a resource ID",
      minLength: 1,
      maxLength: 1024
    },
    window: {
      description: "An ISO 8601 interval (`2026-01-18T02:00Z/PT3H`, `R/2026-01-18T02:00Z/P1M`) or a maintenance recurrence with a start time and a duration (`Month Second Sunday 02:00/PT3H`). Times are UTC unless a time zone name follows the recurrence.",
      type: "string",
      "x-expected": "an ISO 8601 interval (2026-01-18T02:00Z/PT3H) or a recurrence (Month Second Sunday 02:00/PT3H)",
      minLength: 1,
      maxLength: 200
    },
    owner: {
      description: "Who answers for it: a team, a person, a GitHub handle.",
      type: "string",
      "x-expected": "a team or person",
      minLength: 1,
      maxLength: 200
    },
    ticket: {
      description: "A change or work item reference.",
      type: ["string", "integer"],
      "x-expected": "a ticket reference",
      minLength: 1,
      maxLength: 200
    }
  }
};

// src/config/types.ts
var DEFAULT_TAGS = {
  window: "hotpatch-reboot-window",
  owner: "hotpatch-reboot-owner",
  ticket: "hotpatch-reboot-ticket"
};
var DEFAULT_MAX_EXEMPTION_DAYS = 90;
var GOVERNANCE_RULES = ["exemption-expired", "invalid-exemption"];
var UNEXEMPTABLE_RULES = [...GOVERNANCE_RULES, "invalid-reboot-plan", "not-evaluated", "unreadable-manifest"];

// src/config/schema.ts
var validator2;
function getValidator2() {
  if (validator2 === void 0) {
    const ajv = new import_ajv2.Ajv({ allErrors: false, strict: true, allowUnionTypes: true, verbose: true });
    ajv.addVocabulary(["x-expected"]);
    validator2 = ajv.compile(config_schema_default);
  }
  return validator2;
}
function checkSchema(data) {
  const validate = getValidator2();
  if (validate(data)) return void 0;
  return describeError(validate.errors?.[0]);
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
      const hint2 = suggest(key, known);
      const subject = path.length === 0 ? `unknown setting "${key}"` : `${where} has an unknown key "${key}"`;
      const shape = path.length === 0 ? `one of ${known.join(", ")}` : expected;
      return { path: keyPath, message: `${subject}${hint2}; expected ${shape}` };
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      return { path, message: `${where} is missing ${missing}; expected ${expected}` };
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

// src/schedule/recurrence.ts
var MAX_LENGTH = 200;
var MAX_EVERY = 35;
var WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
var WEEKS = ["first", "second", "third", "fourth", "last"];
var UNIT = /^(\d{1,3})?(day|week|month)(s?)$/i;
var GRAMMAR = "Day, 3Days, Week Saturday,Sunday, Month day23,day24 or Month Second Tuesday Offset2";
var weekdayOf = (word) => {
  const index = WEEKDAYS.indexOf(word.toLowerCase());
  return index < 0 ? void 0 : index + 1;
};
function parseRecurrence(raw) {
  const text = raw.trim();
  if (text === "") return { problem: `recurEvery is empty; expected ${GRAMMAR}` };
  if (text.length > MAX_LENGTH) return { problem: `recurEvery is longer than ${MAX_LENGTH} characters` };
  const [head = "", ...rest] = text.split(/\s+/);
  const unit = UNIT.exec(head);
  if (unit === null) return { problem: `'${head}' is not Day, Week or Month with an optional count (3Days, 2Weeks, 3Months)` };
  const every = unit[1] === void 0 ? 1 : Number(unit[1]);
  if (every < 1 || every > MAX_EVERY) return { problem: `'${head}': the count is 1 to ${MAX_EVERY}` };
  const kind = unit[2].toLowerCase();
  if (kind === "day") {
    return rest.length === 0 ? { recurrence: { kind: "daily", every } } : { problem: `a daily recurrence takes nothing after '${head}', got '${rest.join(" ")}'` };
  }
  if (kind === "week") return parseWeekly(every, rest);
  return parseMonthly(every, rest);
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
      const match2 = /^day(-1|[1-9]|[12]\d|3[01])$/i.exec(word);
      if (match2 === null) return { problem: `'${word}' is not a day of the month (day1 to day31, or day-1 for the last day)` };
      const day = Number(match2[1]);
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
    const match2 = /^offset([+-]?\d{1,2})$/i.exec(offsetWord);
    if (match2 === null) return { problem: `'${offsetWord}' is not an offset (Offset-6 to Offset6)` };
    offset = Number(match2[1]);
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
var MAX_FIELD = 100;
function parseWindow(fields) {
  const problems = [];
  const timeZone = fields.timeZone?.trim() || "UTC";
  const zone = ianaZoneOf(timeZone);
  if (zone === void 0) {
    problems.push({ field: "timeZone", text: `'${clip(timeZone)}' is not a Windows time zone name (e.g. UTC, Pacific Standard Time, W. Europe Standard Time)` });
  }
  const inZone = zone ?? "UTC";
  const start = fields.startDateTime === void 0 ? void 0 : parseDateTime2(fields.startDateTime, inZone);
  if (fields.startDateTime === void 0) problems.push({ field: "startDateTime", text: "startDateTime is not set; Azure requires it (yyyy-MM-dd HH:mm)" });
  else if (start === void 0) problems.push({ field: "startDateTime", text: notADateTime("startDateTime", fields.startDateTime) });
  const expiration = fields.expirationDateTime === void 0 ? void 0 : parseDateTime2(fields.expirationDateTime, inZone);
  if (fields.expirationDateTime !== void 0 && expiration === void 0) {
    problems.push({ field: "expirationDateTime", text: notADateTime("expirationDateTime", fields.expirationDateTime) });
  }
  if (start !== void 0 && expiration !== void 0 && expiration <= start) {
    problems.push({ field: "expirationDateTime", text: `expirationDateTime ${fields.expirationDateTime ?? ""} is not after startDateTime ${fields.startDateTime ?? ""}` });
  }
  const durationMinutes = fields.duration === void 0 ? void 0 : parseDuration2(fields.duration);
  if (fields.duration !== void 0 && durationMinutes === void 0) {
    problems.push({ field: "duration", text: `duration '${clip(fields.duration)}' is not HH:mm (e.g. 03:55)` });
  }
  const parsed = fields.recurEvery === void 0 ? void 0 : parseRecurrence(fields.recurEvery);
  if (parsed !== void 0 && "problem" in parsed) problems.push({ field: "recurEvery", text: parsed.problem });
  if (problems.length > 0 || start === void 0) return { problems };
  const recurrence = parsed !== void 0 && "recurrence" in parsed ? parsed.recurrence : void 0;
  return { schedule: { start, expiration, durationMinutes, timeZone, zone: inZone, recurrence } };
}
function parseDateTime2(text, zone) {
  const match2 = DATE_TIME2.exec(text.trim());
  if (match2 === null) return void 0;
  const [, y, mo, d, h = "0", mi = "0", s = "0", offset] = match2;
  const parts = { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h), minute: Number(mi), second: Number(s) };
  const own = offset === void 0 ? void 0 : offset.toUpperCase() === "Z" ? "UTC" : `UTC${offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`;
  const rules2 = zoneFor(zone);
  const value = DateTime.fromObject(parts, { zone: own ?? rules2 });
  if (!value.isValid || value.day !== parts.day || value.month !== parts.month) return void 0;
  return own === void 0 ? value : value.setZone(rules2);
}
function parseDuration2(text) {
  const match2 = DURATION2.exec(text.trim());
  if (match2 === null) return void 0;
  const [hours, minutes] = [Number(match2[1]), Number(match2[2])];
  if (minutes > 59 || hours * 60 + minutes === 0) return void 0;
  return hours * 60 + minutes;
}
var clip = (text) => text.length > MAX_FIELD ? `${text.slice(0, MAX_FIELD)}\u2026` : text;
var notADateTime = (field, text) => `${field} '${clip(text)}' is not a date and time in yyyy-MM-dd HH:mm form (e.g. 2026-01-18 02:00)`;

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
  const first = from === void 0 ? 0 : firstPeriodNear(recurrence, schedule.start, DateTime.fromJSDate(from).setZone(zoneFor(schedule.zone)));
  for (let period = first; period < first + MAX_PERIODS; period += 1) {
    const days = daysOfPeriod(recurrence, schedule.start, period);
    if (days === void 0) return;
    for (const day of days) {
      const opens = atStartTime(day, schedule);
      if (opens < schedule.start) continue;
      if (opens >= stop) return;
      yield toOccurrence(opens, schedule);
    }
    if (periodStart(recurrence, schedule.start, period + 1).minus({ days: 6 }) > calendarDay2(stop)) return;
  }
}
function nextOccurrence(schedule, from, until) {
  for (const occurrence of occurrences(schedule, until, from)) if (occurrence.start >= from) return occurrence;
  return void 0;
}
function firstPeriodNear(recurrence, start, from) {
  if (from <= start) return 0;
  const unit = recurrence.kind === "daily" ? "days" : recurrence.kind === "weekly" ? "weeks" : "months";
  const anchor = periodStart(recurrence, start, 0);
  const elapsed = Math.floor(calendarDay2(from).diff(anchor, unit).get(unit));
  return Math.max(0, Math.floor(elapsed / recurrence.every) - 1);
}
function daysOfPeriod(recurrence, start, period) {
  const first = periodStart(recurrence, start, period);
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
function periodStart(recurrence, start, period) {
  const day = calendarDay2(start);
  switch (recurrence.kind) {
    case "daily":
      return day.plus({ days: period * recurrence.every });
    case "weekly":
      return day.startOf("week").plus({ weeks: period * recurrence.every });
    case "monthly-days":
    case "monthly-weekday":
      return day.startOf("month").plus({ months: period * recurrence.every });
  }
}
var calendarDay2 = (value) => DateTime.utc(value.year, value.month, value.day);
function atStartTime(day, schedule) {
  const { hour, minute } = schedule.start;
  return DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute }, { zone: zoneFor(schedule.zone) });
}
function toOccurrence(opens, schedule) {
  const start = opens.toMillis();
  const end = new Date(start + (schedule.durationMinutes ?? 0) * 6e4);
  return { start: new Date(start), end, local: opens.toFormat("yyyy-MM-dd HH:mm") };
}

// src/schedule/coverage.ts
var DAY2 = 864e5;
var utcDay = (date) => Math.floor(date.getTime() / DAY2);
function coverBaselines(schedule, baselines) {
  const found = /* @__PURE__ */ new Map();
  const from = Math.min(...baselines.map((b) => b.release.getTime()));
  const until = Math.max(...baselines.map((b) => b.nextRelease.getTime()));
  if (baselines.length > 0) {
    for (const occurrence of occurrences(schedule, new Date(until), new Date(from))) {
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
function nextOpening(schedule, from, horizonDays = 3660) {
  return nextOccurrence(schedule, from, new Date(from.getTime() + horizonDays * DAY2));
}
var formatUtc = (date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

// src/config/window.ts
var MAX_LENGTH2 = 200;
var MAX_REPETITIONS = 1e4;
var EXAMPLES = "an ISO 8601 interval (2026-01-18T02:00Z/PT3H) or a recurrence (Month Second Sunday 02:00/PT3H)";
var RECURRENCE = /^(.+?)\s+(\d{1,2}):(\d{2})\/(P[0-9A-Z]+)(?:\s+([A-Za-z][\w .+()/-]{0,63}))?$/;
function parseDeclaredWindow(raw) {
  const text = raw.trim();
  if (text === "") return { problem: `it is empty; expected ${EXAMPLES}` };
  if (text.length > MAX_LENGTH2) return { problem: `it is longer than ${MAX_LENGTH2} characters` };
  if (/^(?:R\d*\/|P|\d{4}-)/.test(text)) return parseInterval(text);
  const recurrence = RECURRENCE.exec(text);
  if (recurrence === null) return { problem: `expected ${EXAMPLES}` };
  const [, pattern, hours, minutes, duration] = recurrence;
  const problem = checkRecurrence(pattern) ?? (Number(hours) > 23 || Number(minutes) > 59 ? `${hours}:${minutes} is not a time of day (00:00 to 23:59)` : void 0) ?? (parseDuration(duration) === void 0 ? `${duration} is not an ISO 8601 duration such as PT3H` : void 0);
  return problem === void 0 ? { window: { notation: "recurrence", recurring: true, end: void 0 } } : { problem };
}
function parseInterval(text) {
  const parts = text.split("/");
  const repeating = /^R(\d*)$/.exec(parts[0] ?? "");
  if (repeating !== null) {
    const [, count] = repeating;
    const start2 = parseDateTime(parts[1] ?? "");
    const period = parseDuration(parts[2] ?? "");
    if (parts.length !== 3 || start2 === void 0 || period === void 0) {
      return { problem: `a repeating interval is R/<start>/<duration>, e.g. R/2026-01-18T02:00Z/P1M; got ${text}` };
    }
    if (count === "") return { window: { notation: "repeating-interval", recurring: true, end: void 0 } };
    const times = Number(count);
    if (times < 1 || times > MAX_REPETITIONS) return { problem: `R${count} must repeat 1 to ${MAX_REPETITIONS} times` };
    return { window: { notation: "repeating-interval", recurring: false, end: addDuration(start2, period, times) } };
  }
  if (parts.length !== 2) return { problem: `an interval has one '/' between its start and its end or duration; got ${text}` };
  const [first, second] = parts;
  const start = parseDateTime(first);
  const end = parseDateTime(second);
  const firstDuration = start === void 0 ? parseDuration(first) : void 0;
  const secondDuration = end === void 0 ? parseDuration(second) : void 0;
  if (start !== void 0 && end !== void 0) {
    if (end <= start) return { problem: `it ends (${second}) before it starts (${first})` };
    return { window: { notation: "interval", recurring: false, end } };
  }
  if (start !== void 0 && secondDuration !== void 0) {
    return { window: { notation: "interval", recurring: false, end: addDuration(start, secondDuration) } };
  }
  if (firstDuration !== void 0 && end !== void 0) return { window: { notation: "interval", recurring: false, end } };
  const bad = start === void 0 && firstDuration === void 0 ? first : second;
  return { problem: `${bad} is not an ISO 8601 date-time (2026-01-18T02:00Z) or duration (PT3H)` };
}
function checkRecurrence(pattern) {
  const parsed = parseRecurrence(pattern);
  if ("problem" in parsed) return parsed.problem;
  const { recurrence } = parsed;
  if (recurrence.kind === "monthly-days" && recurrence.days.length === 0) {
    return "a monthly recurrence names its day: Month Second Sunday, Month day15 or Month Last Friday";
  }
  return void 0;
}
var describeEnd = formatInstant;

// src/config/parse-config.ts
var LIMITS = { maxDepth: 32, maxAliases: 50, maxAliasExpansion: 2e3, maxMergeKeys: 200 };
function parseConfiguration(text, options) {
  const parsed = parseYaml(text, LIMITS);
  const fail2 = (message, at3) => {
    throw new ConfigFileError(message, options.file, at3.line, at3.column);
  };
  const syntax = parsed.errors[0];
  if (syntax !== void 0) fail2(`not valid YAML: ${syntax.message}`, syntax);
  const second = parsed.documents[1];
  if (second !== void 0) fail2("the configuration must be one YAML document; found a second one", second.start);
  const root = parsed.documents[0]?.root;
  const data = root?.value ?? /* @__PURE__ */ Object.create(null);
  const problem = root === void 0 ? void 0 : checkSchema(data);
  if (problem !== void 0) fail2(problem.message, positionOf2(root, problem.path));
  const at2 = (path) => ({ file: options.file, ...lineAndColumn(positionOf2(root, path)) });
  const span = (path) => ({ ...at2(path), endLine: nodeAt(root, path)?.end.line ?? at2(path).line });
  const check2 = (path, message) => {
    if (message !== void 0) fail2(message, at2(path));
  };
  const field = (key) => Object.hasOwn(data, key) ? data[key] : void 0;
  const rules2 = readRules(field("rules"));
  if (field("platform-reboot") !== void 0 && rules2.has("platform-reboot-only")) {
    const message = "rules.platform-reboot-only and platform-reboot both set how platform reboots are treated; keep one";
    fail2(message, at2(["rules", "platform-reboot-only"]));
  }
  if (field("unresolved") !== void 0 && rules2.has("indeterminate")) {
    const message = "rules.indeterminate and unresolved both set how unresolved values are treated; keep one";
    fail2(message, at2(["rules", "indeterminate"]));
  }
  const rebootPlans = (field("reboot-plans") ?? []).map((entry, index) => {
    const path = ["reboot-plans", index];
    const resource = String(entry.resource);
    check2([...path, "resource"], problemWith(path, "resource", resourcePatternProblem(resource)));
    const window = String(entry.window);
    const parsedWindow = parseDeclaredWindow(window);
    if ("problem" in parsedWindow) {
      fail2(`${describePath2([...path, "window"])} is not a valid window: ${parsedWindow.problem}`, at2([...path, "window"]));
    }
    return {
      label: describePath2(path),
      resource,
      window,
      owner: String(entry.owner),
      ...ticketOf(entry),
      location: span(path),
      windowAt: at2([...path, "window"])
    };
  });
  const exemptions = (field("exemptions") ?? []).map((entry, index) => {
    const path = ["exemptions", index];
    const resource = String(entry.resource);
    const expires = String(entry.expires);
    check2([...path, "resource"], problemWith(path, "resource", resourcePatternProblem(resource)));
    if (calendarDay(expires) === void 0) {
      const where = [...path, "expires"];
      fail2(`${describePath2(where)} must be a calendar date (YYYY-MM-DD), got ${describeValue(expires)}`, at2(where));
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
      expiresAt: at2([...path, "expires"])
    };
  });
  checkDuplicates(exemptions, fail2);
  const tags = field("reboot-window-tags") ?? {};
  const include = field("include") ?? [];
  return {
    file: options.file,
    ...optional("failOn", field("fail-on")),
    ...optional("platformReboot", field("platform-reboot")),
    ...optional("unresolved", field("unresolved")),
    ...optional("hotpatchDefault", field("hotpatch-default")),
    include: [...include],
    exclude: [...field("exclude") ?? []],
    rules: rules2,
    tags: {
      window: Object.hasOwn(tags, "window") ? tags.window : DEFAULT_TAGS.window,
      owner: Object.hasOwn(tags, "owner") ? tags.owner : DEFAULT_TAGS.owner,
      ticket: Object.hasOwn(tags, "ticket") ? tags.ticket : DEFAULT_TAGS.ticket
    },
    rebootPlans,
    exemptions,
    maxExemptionDays: field("max-exemption-days") ?? DEFAULT_MAX_EXEMPTION_DAYS,
    ...optional("limits", limitsOf2(field("limits"))),
    advisories: (field("advisories") ?? []).map((path, index) => ({
      path,
      absolutePath: resolve(options.directory, path),
      location: at2(["advisories", index])
    }))
  };
}
function ticketOf(entry) {
  const ticket = entry.ticket;
  return ticket === void 0 ? {} : { ticket: String(ticket) };
}
function readRules(rules2) {
  const settings = /* @__PURE__ */ new Map();
  for (const key of Object.keys(rules2 ?? {})) settings.set(key, rules2[key]);
  return settings;
}
function problemWith(path, key, problem) {
  return problem === void 0 ? void 0 : `${describePath2([...path, key])} ${problem}`;
}
function checkDuplicates(exemptions, fail2) {
  const seen = /* @__PURE__ */ new Map();
  for (const exemption of exemptions) {
    const key = `${exemption.resource.toLowerCase()}
${exemption.rule}`;
    const first = seen.get(key);
    if (first !== void 0) {
      fail2(`${exemption.label} repeats ${first} (the same resource and rule); merge them into one`, exemption.location);
    }
    seen.set(key, exemption.label);
  }
}
function limitsOf2(limits) {
  if (limits === void 0) return void 0;
  return {
    ...limits.instances === void 0 ? {} : { instances: limits.instances },
    ...limits["evaluation-steps"] === void 0 ? {} : { steps: limits["evaluation-steps"] }
  };
}
var optional = (key, value) => value === void 0 ? {} : { [key]: value };
function positionOf2(root, path) {
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
    const fail2 = (message) => {
      const { line, column } = entry.location;
      throw new ConfigFileError(`advisories[${index}] ${message}`, configuration.file, line, column);
    };
    const advisoryText = readText(entry.absolutePath, options.confine);
    const folder = posix.dirname(configuration.file);
    const from = isAbsolute(entry.path) ? "" : ` (relative to ${folder === "." ? "the scan root" : folder}, the configuration's folder)`;
    if (typeof advisoryText !== "string") fail2(`cannot be read: ${entry.path}${from}${advisoryText.problem}`);
    const advisory = loadAdvisory(advisoryText, entry.path);
    const clash = advisories.find((loaded) => loaded.advisory.id === advisory.id);
    if (clash !== void 0) fail2(`${entry.path} has the id ${advisory.id}, which ${clash.source} already has`);
    advisories.push({ advisory, source: entry.path, builtIn: false });
  });
  return { configuration, advisories };
}
function builtInAdvisories() {
  return BUILT_IN_ADVISORY_FILES.map((file) => ({
    advisory: loadAdvisory(file.text, file.source),
    source: file.source,
    builtIn: true
  }));
}
function selectFiles(configuration) {
  const { include, exclude } = configuration;
  if (include.length === 0 && exclude.length === 0) return void 0;
  return (path) => (include.length === 0 || include.some((glob) => matchPathGlob(glob, path))) && !exclude.some((glob) => matchPathGlob(glob, path));
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

// src/policy/describe.ts
var at = (location2) => `${location2.file}:${location2.line}`;
function describeOrigin(value) {
  const name = value.detail === void 0 ? "" : `'${value.detail}' `;
  switch (value.origin) {
    case "default":
      return `${name}default, ${at(value.location)}`;
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
  return [image.publisher, image.offer, image.sku].map((part) => part.value ?? "?").join(":");
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
  if (vm.deployed.value === false) return no(`it is not deployed (condition at ${at(vm.deployed.location)})`);
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
  const open2 = [license, flag].filter((value) => value?.origin === "unresolved");
  if (open2.length === 0) return no(notEnrolled(vm));
  const inputs = open2.map((value) => unresolvedInput(value === flag ? "enableHotpatching" : "licenseProfile.Hotpatch", value));
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
  let candidates = listedImages(advisories);
  const unresolved = [];
  for (const part of PARTS) {
    const value = image[part];
    if (value.origin === "unresolved") {
      unresolved.push(unresolvedInput(`image.${part}`, value));
      continue;
    }
    const wanted = isKnown(value) ? value.value.toLowerCase() : "";
    candidates = candidates.filter((match2) => match2.lowerCased[part] === wanted);
  }
  return { candidates: candidates.map(({ match: match2 }) => match2), unresolved: candidates.length === 0 ? [] : unresolved };
}
var listed = /* @__PURE__ */ new WeakMap();
function listedImages(advisories) {
  let images = listed.get(advisories);
  if (images === void 0) {
    images = advisories.flatMap(
      (advisory) => advisory.hotpatchImages.map((entry) => ({
        match: { image: entry, advisory },
        lowerCased: { publisher: entry.publisher.toLowerCase(), offer: entry.offer.toLowerCase(), sku: entry.sku.toLowerCase() }
      }))
    );
    listed.set(advisories, images);
  }
  return images;
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
  const baseline = nextBaseline(asOf, advisory.baselineMonths);
  const months = [...advisory.baselineMonths].sort((a, b) => a - b).map(monthName);
  const calendar = `Hotpatch machines still restart for every baseline update (${months.join(", ")}); the next baseline is ${formatMonth(baseline.year, baseline.month)} (Patch Tuesday ${formatDay(baseline.patchTuesday)}).`;
  const family = advisory.families.find((f) => f.breaksHotpatch && f.build === match2?.image.build);
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

// src/policy/schedule.ts
function checkCustomerManagedSchedule(vm) {
  if (vm.kind === "arc-machine") return checkArcSchedule(vm);
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
  const written = !isUnset(value);
  const text = written ? `${setting} is ${String(value.value)} (${describeOrigin(value)})` : `${setting} is not set (${defaultText} by default)`;
  return { problem: { setting, text, location: value.location, written } };
}
function checkArcSchedule(vm) {
  const mode = vm.patchMode;
  if (mode.origin === "unresolved") return { state: "unknown", problems: [], unresolved: [unresolvedInput("patchMode", mode)] };
  if (isUnset(mode) || (mode.value ?? "").toLowerCase() === "automaticbyplatform") return { state: "yes", problems: [], unresolved: [] };
  const text = `patchMode is ${String(mode.value)} (${describeOrigin(mode)})`;
  return { state: "no", problems: [{ setting: "patchMode", text, location: mode.location, written: true }], unresolved: [] };
}

// src/policy/snippets/literals.ts
function commentText(text) {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (character) => JSON.stringify(character).slice(1, -1));
}
function bicepString(text) {
  const escaped = text.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\$\{/g, "\\${").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t").replace(/[\u0000-\u001f\u007f]/g, (character) => `\\u{${character.charCodeAt(0).toString(16)}}`);
  return `'${escaped}'`;
}
function hclString(text) {
  const escaped = text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\$\{/g, () => "$${").replace(/%\{/g, "%%{").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t").replace(/[\u0000-\u001f\u007f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `"${escaped}"`;
}
function armLiteral(text) {
  return JSON.stringify(text.startsWith("[") ? `[${text}` : text);
}
function armExpressionString(text) {
  return `'${text.replace(/'/g, "''")}'`;
}
function yamlString(text) {
  return JSON.stringify(text);
}
function pulumiString(text) {
  return JSON.stringify(text.replace(/\$\{/g, () => "$${"));
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

// src/policy/snippets/window.ts
var windowNameOf = (vmName) => `${vmName}-reboot-window`;
var DAY3 = 864e5;
function rebootWindow(asOf) {
  const today = Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate());
  let start = patchTuesday(asOf.getUTCFullYear(), asOf.getUTCMonth() + 1).getTime() + DAY3;
  if (start < today) {
    const next = new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() + 1, 1));
    start = patchTuesday(next.getUTCFullYear(), next.getUTCMonth() + 1).getTime() + DAY3;
  }
  return {
    startDateTime: `${formatDay(new Date(start))} 03:00`,
    duration: "03:55",
    timeZone: "UTC",
    recurEvery: "Month Second Tuesday Offset1"
  };
}
function snippetTarget(vm, window) {
  const symbol = vm.identity.symbol;
  const handle = symbol === void 0 ? void 0 : symbol.slice(symbol.lastIndexOf("#") + 1) || void 0;
  return { vm, name: vm.identity.name ?? vm.displayName, handle, window };
}
var identifierOf = (text) => text.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^(\d)/, "_$1") || "_";
var kubernetesNameOf = (text) => text.toLowerCase().replace(/[^a-z0-9.-]+/g, "-").replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "").slice(0, 253).replace(/[^a-z0-9]+$/, "") || "vm";

// src/policy/snippets/arc.ts
var CLOSING = `# Update Manager needs no patch settings on an Arc machine for this window to run.`;
function armArc({ vm, name, window }) {
  const windowName = windowNameOf(name);
  const group = vm.identity.resourceGroup === void 0 ? "" : `${armExpressionString(vm.identity.resourceGroup)}, `;
  const machineId = JSON.stringify(`[resourceId(${group}${armExpressionString(ARC_MACHINE_TYPE)}, ${armExpressionString(name)})]`);
  const configurationId = JSON.stringify(
    `[resourceId('Microsoft.Maintenance/maintenanceConfigurations', ${armExpressionString(windowName)})]`
  );
  return `// Add to "resources": a monthly InGuestPatch window that may reboot, assigned to the Arc machine ${commentText(name)}.
{
  "type": "Microsoft.Maintenance/maintenanceConfigurations",
  "apiVersion": "2023-04-01",
  "name": ${armLiteral(windowName)},
  "location": "[resourceGroup().location]",
  "properties": ${indent(armConfigurationProperties(window), "  ").trimStart()}
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
var indent = (text, prefix) => text.split("\n").map((line) => prefix + line).join("\n");
function bicepArc({ name, handle, window }) {
  const symbol = handle !== void 0 && /^[A-Za-z_]\w*$/.test(handle) ? handle : void 0;
  const target = symbol ?? `${identifierOf(name)}Machine`;
  const base = identifierOf(symbol ?? name);
  const existing = symbol === void 0 ? `resource ${target} '${ARC_MACHINE_TYPE}@2024-07-10' existing = {
  name: ${bicepString(name)}
}

` : "";
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
function terraformArc({ vm, name, handle, window }) {
  const label = `${identifierOf(name)}_reboot_window`;
  const group = vm.identity.resourceGroup === void 0 ? "var.resource_group_name" : hclString(vm.identity.resourceGroup);
  const machineId = handle === void 0 ? `format("%s/resourceGroups/%s/providers/${ARC_MACHINE_TYPE}/%s", data.azurerm_subscription.current.id, ${group}, ${hclString(name)})` : `${handle}.id`;
  return `# A monthly InGuestPatch window that may reboot, assigned to the Arc machine ${commentText(name)}.
${terraformConfiguration(label, hclString(windowNameOf(name)), group, "var.location", window)}

# azurerm has no per-machine assignment for Arc machines: an azapi assignment scoped to the machine.
resource "azapi_resource" "${label}" {
  type      = "Microsoft.Maintenance/configurationAssignments@2023-04-01"
  name      = ${hclString(windowNameOf(name))}
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
  const group = pulumiString(vm.identity.resourceGroup ?? "<resource group>");
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
  const vmId = JSON.stringify(`[resourceId(${armExpressionString(vm.identity.type)}, ${armExpressionString(name)})]`);
  const configurationId = JSON.stringify(
    `[resourceId('Microsoft.Maintenance/maintenanceConfigurations', ${armExpressionString(windowName)})]`
  );
  const profile = vm.kind === "scale-set" ? "virtualMachineProfile.osProfile" : "osProfile";
  return `// Add to "resources": a monthly InGuestPatch window that may reboot, assigned to ${commentText(name)}.
{
  "type": "Microsoft.Maintenance/maintenanceConfigurations",
  "apiVersion": "2023-04-01",
  "name": ${armLiteral(windowName)},
  "location": "[resourceGroup().location]",
  "properties": ${indent2(armConfigurationProperties(window), "  ").trimStart()}
},
{
  "type": "Microsoft.Maintenance/configurationAssignments",
  "apiVersion": "2023-04-01",
  "name": ${armLiteral(windowName)},
  "location": "[resourceGroup().location]",
  "scope": ${vmId},
  "dependsOn": [${configurationId}],
  "properties": {
    "maintenanceConfigurationId": ${configurationId},
    "resourceId": ${vmId}
  }
}
// And on ${commentText(name)}, properties.${profile}.windowsConfiguration.patchSettings (the schedule prerequisite):
"patchSettings": {
  "patchMode": "AutomaticByPlatform",
  "automaticByPlatformSettings": {
    "rebootSetting": "IfRequired",
    "bypassPlatformSafetyChecksOnUserSchedule": true
  }
}
`;
}
var indent2 = (text, prefix) => text.split("\n").map((line) => prefix + line).join("\n");

// src/policy/snippets/bicep.ts
function bicepSnippet({ vm, name, handle, window }) {
  const symbol = handle !== void 0 && /^[A-Za-z_]\w*$/.test(handle) ? handle : void 0;
  const target = symbol ?? `${identifierOf(name)}Vm`;
  const base = identifierOf(symbol ?? name);
  const existing = symbol === void 0 ? `resource ${target} '${vm.identity.type}@2024-11-01' existing = {
  name: ${bicepString(name)}
}

` : "";
  const profile = vm.kind === "scale-set" ? "virtualMachineProfile.osProfile" : "osProfile";
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

// And in ${target}, properties.${profile}.windowsConfiguration.patchSettings (the schedule prerequisite):
//   patchMode: 'AutomaticByPlatform'
//   automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
`;
}

// src/policy/snippets/kubernetes.ts
var SCALE_SET_NOTE = "# MaintenanceAssignmentVirtualMachine takes VMs: assign a scale set in Bicep or Terraform, or per instance.\n";
function kubernetesSnippet({ vm, name, window }) {
  const location2 = yamlString(vm.location.value ?? "<vm location>");
  const group = vm.identity.resourceGroup ?? "<resource group>";
  const objectName = kubernetesNameOf(windowNameOf(name));
  const vmId = `/subscriptions/<subscription id>/resourceGroups/${group}/providers/Microsoft.Compute/virtualMachines/${name}`;
  return `# A monthly InGuestPatch window that may reboot, assigned to ${commentText(name)} (Crossplane provider-upjet-azure).
# Azure Service Operator has no maintenance resources and cannot set bypassPlatformSafetyChecksOnUserSchedule:
# for an ASO VM, declare these next to it with Crossplane, or in Bicep or Terraform.
apiVersion: maintenance.azure.upbound.io/v1beta1
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
          - classificationsToInclude: [Critical, Security]
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
${vm.kind === "scale-set" ? SCALE_SET_NOTE : ""}# And in ${commentText(name)}'s spec.forProvider (the schedule prerequisite):
#   patchMode: AutomaticByPlatform
#   rebootSetting: IfRequired
#   bypassPlatformSafetyChecksOnUserScheduleEnabled: true
`;
}

// src/policy/snippets/pulumi.ts
function pulumiSnippet({ vm, name, handle, window }) {
  const resource = handle ?? identifierOf(name);
  const base = identifierOf(resource);
  const group = pulumiString(vm.identity.resourceGroup ?? "<resource group>");
  const resourceType = vm.kind === "scale-set" ? "virtualMachineScaleSets" : "virtualMachines";
  const profile = vm.kind === "scale-set" ? "virtualMachineProfile.osProfile" : "osProfile";
  return `# Under "resources:": a monthly InGuestPatch window that may reboot, assigned to ${commentText(name)}.
${pulumiConfiguration(`${base}RebootConfig`, pulumiString(windowNameOf(name)), group, `\${${resource}.location}`, window)}
${base}RebootWindow:
  type: azure-native:maintenance:ConfigurationAssignment
  properties:
    configurationAssignmentName: ${pulumiString(windowNameOf(name))}
    resourceGroupName: ${group}
    location: \${${resource}.location}
    providerName: Microsoft.Compute
    resourceType: ${resourceType}
    resourceName: \${${resource}.name}
    maintenanceConfigurationId: \${${base}RebootConfig.id}
# And in ${resource}, ${profile}.windowsConfiguration.patchSettings (the schedule prerequisite):
#   patchMode: AutomaticByPlatform
#   automaticByPlatformSettings:
#     rebootSetting: IfRequired
#     bypassPlatformSafetyChecksOnUserSchedule: true
`;
}

// src/policy/snippets/terraform.ts
var DEFAULT_TYPES = {
  "virtual-machine": "azurerm_windows_virtual_machine",
  "scale-set": "azurerm_orchestrated_virtual_machine_scale_set",
  // Arc machines get their own snippet (arc.ts); listed so that every kind has a type.
  "arc-machine": "azurerm_arc_machine"
};
function terraformSnippet({ vm, name, handle, window }) {
  const address = handle ?? `${DEFAULT_TYPES[vm.kind]}.${identifierOf(name)}`;
  const label = `${identifierOf(name)}_reboot_window`;
  const scaleSet = vm.kind === "scale-set";
  const assignment = scaleSet ? `resource "azurerm_maintenance_assignment_virtual_machine_scale_set" "${label}" {
  location                     = ${address}.location
  maintenance_configuration_id = azurerm_maintenance_configuration.${label}.id
  virtual_machine_scale_set_id = ${address}.id
}` : `resource "azurerm_maintenance_assignment_virtual_machine" "${label}" {
  location                     = ${address}.location
  maintenance_configuration_id = azurerm_maintenance_configuration.${label}.id
  virtual_machine_id           = ${address}.id
}`;
  const prerequisite = scaleSet ? `# And in ${address} (the schedule prerequisite):
#   os_profile { windows_configuration { patch_mode = "AutomaticByPlatform" } }
# This resource cannot set bypassPlatformSafetyChecksOnUserSchedule; set it with azapi_update_resource.` : `# And in ${address} (the schedule prerequisite):
#   patch_mode                                             = "AutomaticByPlatform"
#   reboot_setting                                         = "IfRequired"
#   bypass_platform_safety_checks_on_user_schedule_enabled = true`;
  return `# A monthly InGuestPatch window that may reboot, assigned to ${commentText(name)}.
${terraformConfiguration(label, hclString(windowNameOf(name)), `${address}.resource_group_name`, `${address}.location`, window)}

${assignment}

${prerequisite}
`;
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
  return { language: writer.language, text: writer.write(snippetTarget(vm, rebootWindow(asOf))) };
}

// src/policy/rule-support.ts
var NOT_APPLICABLE = { outcome: "not-applicable" };
var PASS = { outcome: "pass" };
var docsUrlFor = (id) => `https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/${id}.md`;
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
  const match2 = advisory === void 0 ? void 0 : vm.kind === "arc-machine" ? arcImageMatch([advisory]) : findHotpatchCandidates(vm.image, [advisory]).candidates[0];
  return {
    subject: subjectOf(vm),
    noun: nounOf(vm),
    os: match2?.image.os ?? imageName(vm.image),
    cause: advisory === void 0 ? "" : rebootCause(advisory, match2, context.asOf),
    plan: planDefinition(nounOf(vm), vm.kind === "arc-machine"),
    language: FORMAT_LABELS[vm.format]
  };
}
var planFix = (context) => ({
  snippet: rebootPlanSnippet(context.assessment.vm, context.asOf)
});
var inGuestPatchPlans = (assessment) => assessment.evidence.filter((e) => e.status === "valid" || e.status === "reboot-blocked" || e.status === "expired");
var hasUnhonouredPlan = (assessment) => assessment.evidence.some((e) => e.status === "valid") && checkCustomerManagedSchedule(assessment.vm).state === "no";
var hasBrokenWindow = (assessment) => hasUnhonouredPlan(assessment) || assessment.evidence.some((e) => BROKEN_WINDOW.has(e.status));
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
    const { vm, exemptions = [] } = context.assessment;
    if (exemptions.length === 0) return NOT_APPLICABLE;
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
      unknownAffected: "Could not tell whether {{noun}} '{{name}}' needs a reboot plan: {{inputs}}. Make these values resolvable (a literal, a parameter default or a parameter file), or exempt the resource with a reason.",
      unverifiablePlan: "{{subject}} has hotpatching enabled on {{os}}, but its reboot plan could not be verified: {{inputs}}. Make these values resolvable (a literal, a parameter default or a parameter file), or exempt the resource with a reason."
    }
  },
  check(context) {
    const { assessment } = context;
    if (assessment.verdict !== "indeterminate") return PASS;
    const { vm, unresolved } = assessment;
    const mayBeAffected = assessment.affected === "unknown";
    const report3 = {
      messageId: mayBeAffected ? "unknownAffected" : "unverifiablePlan",
      data: { ...hotpatchData(context), noun: nounOf(vm), name: vm.displayName, inputs: describeInputs(unresolved) },
      location: unresolved[0]?.location ?? vm.reportAt
    };
    return { outcome: "fail", reports: [report3] };
  }
};

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
    const { vm, exemptions = [] } = context.assessment;
    if (exemptions.length === 0) return NOT_APPLICABLE;
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
      if (exemption.status === "malformed") return { messageId: "malformed", data, location: exemption.location };
      return { messageId: "tooLong", data, location: exemption.expiresAt };
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
      malformed: "The reboot plan declared for {{noun}} '{{name}}' in {{plan}} does not count: {{problem}}. Write an ISO 8601 interval (2026-01-18T02:00Z/PT3H) or a maintenance recurrence (Month Second Sunday 02:00/PT3H).",
      noOwner: "The reboot plan declared for {{noun}} '{{name}}' in {{plan}} does not count: {{problem}}. Name who runs the reboots: a plan nobody owns is not a plan.",
      ended: "The reboot plan declared for {{noun}} '{{name}}' in {{plan}} does not count: {{problem}}, so it plans no reboot. Declare a recurring window, or one that is still ahead."
    }
  },
  check(context) {
    const { vm, affected, declaredPlans = [] } = context.assessment;
    if (affected === "no" || declaredPlans.length === 0) return NOT_APPLICABLE;
    const invalid = declaredPlans.filter((plan) => plan.problem !== void 0);
    if (invalid.length === 0) return PASS;
    const names = { noun: nounOf(vm), name: vm.displayName };
    return { outcome: "fail", reports: invalid.map((plan) => reportOf(plan, names)) };
  }
};
function reportOf(plan, names) {
  const problem = plan.problem;
  const base = { data: { ...names, plan: plan.label, problem: problem.text }, location: plan.location };
  if (problem.kind === "malformed") return { messageId: "malformed", ...base };
  if (problem.kind === "ended") return { messageId: "ended", ...base };
  return { messageId: "noOwner", ...base };
}

// src/policy/rules/not-evaluated.ts
var ID5 = "not-evaluated";
var isBudgetExhausted = (error) => error.severity === "error" && error.kind === "not-evaluated";
var rule5 = {
  meta: {
    id: ID5,
    severity: "error",
    description: "Every declaration that may deploy a VM should be evaluated within the evaluation budgets.",
    docsUrl: docsUrlFor(ID5),
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
      identity: [error.file, error.message]
    }));
  }
};

// src/policy/rules/platform-reboot-only.ts
var ID6 = "platform-reboot-only";
var rule6 = {
  meta: {
    id: ID6,
    severity: "warning",
    description: "A hotpatch VM should reboot in a maintenance window, not only when the platform decides.",
    docsUrl: docsUrlFor(ID6),
    messages: {
      platformReboot: "{{subject}} has hotpatching enabled on {{os}} and no maintenance window: with rebootSetting {{value}} the platform installs updates and restarts it at a time Azure chooses. {{cause}} {{plan}} Add one to choose when it reboots: the suggested fix shows how in {{language}}."
    }
  },
  check(context) {
    const { assessment } = context;
    if (assessment.affected === "no") return NOT_APPLICABLE;
    if (assessment.verdict === "affected-with-plan") return PASS;
    if (assessment.verdict !== "affected-platform-reboot" || hasBrokenWindow(assessment)) return NOT_APPLICABLE;
    const setting = assessment.vm.rebootSetting;
    const report3 = {
      messageId: "platformReboot",
      data: { ...hotpatchData(context), value: String(setting.value) },
      location: setting.location
    };
    return { outcome: "fail", reports: [{ ...report3, fix: planFix(context) }] };
  }
};

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

// src/policy/rules/reboot-blocked.ts
var ID7 = "reboot-blocked";
var NEVER = /\b(?:NeverReboot|Never)\b/i;
var rule7 = {
  meta: {
    id: ID7,
    severity: "error",
    description: "A hotpatch VM must not block reboots (rebootSetting Never, excludeKbsRequiringReboot).",
    docsUrl: docsUrlFor(ID7),
    messages: {
      vmNever: "{{subject}} has hotpatching enabled on {{os}}, but its rebootSetting is {{value}}, which takes precedence over any maintenance configuration: it never restarts to finish updates that need one. {{cause}} Set rebootSetting to IfRequired.",
      configurationBlocks: "{{subject}} has hotpatching enabled on {{os}}, but its maintenance configuration '{{configuration}}' does not allow reboots ({{setting}}), so updates that need a restart stay pending. {{cause}} {{remedy}}"
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
    const fix2 = replaceOnLine(context, setting, NEVER, "IfRequired");
    return withFix({ messageId: "vmNever", data: { ...data, value: setting.value }, location: setting.location }, fix2);
  }
  const configuration = evidence.find((e) => e.status === "reboot-blocked")?.configuration;
  if (configuration === void 0) return void 0;
  const reboot = configuration.rebootSetting;
  const blocks = isKnown(reboot) && normaliseRebootSetting(reboot.value) === "Never";
  const deciding = blocks ? reboot : configuration.excludeKbsRequiringReboot;
  const fix = blocks ? replaceOnLine(context, deciding, NEVER, "IfRequired") : replaceOnLine(context, deciding, /\btrue\b/, "false");
  const extra = blocks ? { setting: `rebootSetting ${String(reboot.value)}`, remedy: "Set rebootSetting to IfRequired." } : { setting: "excludeKbsRequiringReboot true", remedy: "Set excludeKbsRequiringReboot to false." };
  const reportData = { ...data, ...extra, configuration: configuration.displayName };
  return withFix({ messageId: "configurationBlocks", data: reportData, location: deciding.location }, fix);
}
var withFix = (report3, fix) => fix === void 0 ? report3 : { ...report3, fix };

// src/policy/rules/reboot-plan-required.ts
var ID8 = "reboot-plan-required";
var rule8 = {
  meta: {
    id: ID8,
    severity: "error",
    description: "A hotpatch-enabled VM on a hotpatch-capable image must have a maintenance window that allows reboots.",
    docsUrl: docsUrlFor(ID8),
    messages: {
      missingPlan: "{{subject}} has hotpatching enabled on {{os}} but no reboot plan: no maintenance configuration is assigned to it. {{cause}} {{plan}} Add one: the suggested fix shows how in {{language}}.",
      noValidPlan: "{{subject}} has hotpatching enabled on {{os}} but no reboot plan: {{evidence}}. {{cause}} {{plan}} Add one: the suggested fix shows how in {{language}}."
    }
  },
  check(context) {
    const { assessment } = context;
    if (assessment.affected === "no") return NOT_APPLICABLE;
    if (assessment.verdict === "affected-with-plan" || assessment.verdict === "affected-platform-reboot") return PASS;
    if (assessment.verdict !== "affected-no-plan" || hasBrokenWindow(assessment)) return NOT_APPLICABLE;
    const assigned = assessment.evidence.length > 0;
    const report3 = {
      messageId: assigned ? "noValidPlan" : "missingPlan",
      data: { ...hotpatchData(context), evidence: assessment.evidence.map((e) => e.detail).join("; ") },
      location: assessment.vm.reportAt
    };
    return { outcome: "fail", reports: [{ ...report3, fix: planFix(context) }] };
  }
};

// src/policy/rules/reboot-window-expired.ts
var ID9 = "reboot-window-expired";
var rule9 = {
  meta: {
    id: ID9,
    severity: "error",
    description: "A hotpatch VM's maintenance window must not have expired.",
    docsUrl: docsUrlFor(ID9),
    messages: {
      expired: "{{subject}} has hotpatching enabled on {{os}}, but its maintenance configuration '{{configuration}}' expired on {{expiration}}, so it no longer schedules reboots. {{cause}} Remove expirationDateTime, or move it past the next baseline."
    }
  },
  check(context) {
    const { assessment } = context;
    const plans = inGuestPatchPlans(assessment);
    if (assessment.affected !== "yes" || plans.length === 0) return NOT_APPLICABLE;
    const expired = plans.find((plan) => plan.status === "expired")?.configuration;
    if (expired === void 0 || assessment.verdict === "affected-with-plan") return PASS;
    const expiration = expired.window.expirationDateTime;
    const data = { ...hotpatchData(context), configuration: expired.displayName, expiration: String(expiration.value) };
    return { outcome: "fail", reports: [{ messageId: "expired", data, location: expiration.location }] };
  }
};

// src/policy/window-coverage.ts
var LATE_AFTER_DAYS = 30;
var BASELINES_CHECKED = 2;
var FIELDS = ["startDateTime", "expirationDateTime", "duration", "timeZone", "recurEvery"];
var FIELD = "maintenanceConfiguration.window";
function checkWindowTiming(configuration, asOf, baselineMonths) {
  const key = `${asOf.getTime()}|${baselineMonths.join(",")}`;
  const known = CHECKED.get(configuration)?.get(key);
  if (known !== void 0) return known;
  const result = computeWindowTiming(configuration, asOf, baselineMonths);
  CHECKED.set(configuration, (CHECKED.get(configuration) ?? /* @__PURE__ */ new Map()).set(key, result));
  return result;
}
var CHECKED = /* @__PURE__ */ new WeakMap();
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
var DEPLOYMENT_TIME = /^(?:(?:utcNow|dateTimeAdd)\(\) is only known at deployment|only known at plan time)$/;
function computeWindowTiming(configuration, asOf, baselineMonths) {
  const { window } = configuration;
  const unresolved = FIELDS.filter((f) => window[f].origin === "unresolved").map((f) => unresolvedInput(`${FIELD}.${f}`, window[f]));
  const fields = Object.fromEntries(FIELDS.flatMap((f) => window[f].value === void 0 ? [] : [[f, window[f].value]]));
  const deployed = unresolved.length === 1 && unresolved[0]?.field === `${FIELD}.startDateTime` && DEPLOYMENT_TIME.test(unresolved[0].reason);
  if (!deployed) return unresolved.length > 0 ? { kind: "unresolved", unresolved } : timingOf(fields, configuration, asOf, baselineMonths);
  const day = asOf.toISOString().slice(0, 10);
  const at2 = (time) => timingOf({ ...fields, startDateTime: `${day} ${time}` }, configuration, asOf, baselineMonths, window.startDateTime.reason);
  const [early, late] = [at2("00:00"), at2("23:59")];
  if (early.kind !== late.kind) return { kind: "unresolved", unresolved };
  return worse(early, late);
}
function worse(a, b) {
  if (!("timing" in a) || !("timing" in b)) return a;
  const score = (check2) => "timing" in check2 ? check2.timing.misses.length * 1e3 + (check2.timing.covers[0]?.daysAfter ?? 0) : 0;
  return score(b) > score(a) ? b : a;
}
function timingOf(fields, configuration, asOf, baselineMonths, deployedBecause) {
  const { window } = configuration;
  const parsed = parseWindow(fields);
  const anchor = locationOf(window, configuration);
  if ("problems" in parsed) {
    const [first] = parsed.problems;
    const text = parsed.problems.map((p) => p.text).join("; ");
    const location2 = first === void 0 ? anchor : fieldLocation(window[first.field], configuration);
    const detail = `its maintenance window is not valid, so Azure rejects it: ${text}`;
    return { kind: "malformed", detail, timing: { description: "", covers: [], misses: [], problem: text, location: location2 } };
  }
  const { schedule } = parsed;
  const baselines = baselinesFrom(asOf, baselineMonths);
  const coverage = coverBaselines(schedule, baselines);
  const zone = schedule.timeZone;
  const recurrence = schedule.recurrence === void 0 ? "once" : describeRecurrence(schedule.recurrence);
  const until = window.expirationDateTime.value === void 0 ? "" : ` until ${window.expirationDateTime.value}`;
  const from = deployedBecause === void 0 ? `at ${schedule.start.toFormat("HH:mm")} ${zone}, from ${schedule.start.toFormat("yyyy-MM-dd HH:mm")}` : `in ${zone} from its deployment (startDateTime: ${deployedBecause}; read as the evaluation date, at its least favourable time of day)`;
  const description = `${recurrence} ${from}${until}`;
  const next = nextOpening(schedule, asOf);
  const covers = coverage.flatMap((c) => c.occurrence === void 0 ? [] : [covered(c)]);
  const misses = coverage.filter((c) => c.occurrence === void 0).map((c) => c.baseline.name);
  const timing = {
    description,
    covers,
    misses,
    ...next !== void 0 && { next: formatUtc(next.start) },
    location: anchor
  };
  if (covers.length === 0) {
    const opens = next === void 0 ? "it does not open again" : `it next opens ${formatUtc(next.start)}`;
    const detail = `its window (${description}) reboots for neither the ${misses.join(" nor the ")} baseline (no opening falls between a baseline's release and the next one's); ${opens}`;
    return { kind: "misses", detail, timing };
  }
  const deployedNote = deployedBecause === void 0 ? "" : ` (its start is the deployment time, read as the evaluation date)`;
  return { kind: "covers", detail: `${nextWindowText(timing)}${deployedNote}`, timing };
}
function nextWindowText(timing) {
  const [first] = timing.covers;
  if (first === void 0) return "";
  return `next reboot window ${first.opens}, ${daysAfterText(first.daysAfter)} the ${first.baseline} baseline`;
}
var daysAfterText = (days) => days === 0 ? "on the release day of" : `${days} day${days === 1 ? "" : "s"} after`;
function covered(coverage) {
  const opens = coverage.occurrence === void 0 ? "" : formatUtc(coverage.occurrence.start);
  return { baseline: coverage.baseline.name, opens, daysAfter: coverage.daysAfter ?? 0 };
}
var listNames = (names) => names.length <= 1 ? names[0] ?? "" : `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
function locationOf(window, configuration) {
  return fieldLocation(window.recurEvery.value !== void 0 ? window.recurEvery : window.startDateTime, configuration);
}
var fieldLocation = (value, configuration) => value.origin === "absent" || value.origin === "provider-default" ? configuration.reportAt : value.location;

// src/policy/rules/reboot-window-late.ts
var ID10 = "reboot-window-late";
var rule10 = {
  meta: {
    id: ID10,
    severity: "warning",
    description: `A hotpatch VM's maintenance window should open within ${LATE_AFTER_DAYS} days of every baseline.`,
    docsUrl: docsUrlFor(ID10),
    messages: {
      late: `{{subject}} reboots for the {{baseline}} baseline only {{days}} days after its release, in maintenance configuration '{{configuration}}' ({{opens}}): until then it stays on the previous baseline and misses hotpatch months. Open the window within ${LATE_AFTER_DAYS} days of each baseline's Patch Tuesday (Month Second Tuesday Offset4, or weekly).`,
      missesLater: "{{subject}} reboots for the {{covered}} baseline in maintenance configuration '{{configuration}}', but its window ({{window}}) does not open for the {{missed}} baseline. Make it recur at least every month and keep expirationDateTime past the baselines it must cover."
    }
  },
  check(context) {
    const { assessment } = context;
    if (assessment.affected !== "yes" || assessment.verdict !== "affected-with-plan") return NOT_APPLICABLE;
    const valid = inGuestPatchPlans(assessment).filter((e) => e.status === "valid" && e.timing !== void 0);
    if (valid.length === 0) return NOT_APPLICABLE;
    if (valid.some((e) => concerns(e).length === 0)) return PASS;
    const subject = hotpatchData(context).subject ?? "";
    return { outcome: "fail", reports: valid.flatMap((e) => concerns(e).map((r) => ({ ...r, data: { ...r.data, subject } }))) };
  }
};
function concerns(evidence) {
  const timing = evidence.timing;
  if (timing === void 0) return [];
  const configuration = evidence.configuration?.displayName ?? evidence.assignment.displayName;
  const location2 = timing.location;
  const late = timing.covers.filter((c) => c.daysAfter > LATE_AFTER_DAYS).map((c) => ({
    messageId: "late",
    data: { baseline: c.baseline, days: String(c.daysAfter), configuration, opens: `opens ${c.opens}` },
    location: location2
  }));
  if (timing.misses.length === 0) return late;
  const missed = {
    messageId: "missesLater",
    data: {
      covered: listNames(timing.covers.map((c) => c.baseline)),
      missed: listNames(timing.misses),
      configuration,
      window: timing.description
    },
    location: location2
  };
  return [...late, missed];
}

// src/policy/rules/reboot-window-misses-baseline.ts
var ID11 = "reboot-window-misses-baseline";
var rule11 = {
  meta: {
    id: ID11,
    severity: "error",
    description: "A hotpatch VM's maintenance window must open after each of the next baselines is released.",
    docsUrl: docsUrlFor(ID11),
    messages: {
      missesBaselines: "{{subject}} has hotpatching enabled on {{os}}, but its maintenance configuration '{{configuration}}' opens {{window}}, so it reboots the {{noun}} for neither the {{baselines}} baseline: no opening falls between a baseline's release (Patch Tuesday, 10:00 Pacific time) and the next one's; {{opens}}. {{cause}} Make it recur at least every month (Month Second Tuesday Offset4, Week Saturday), starting now, with no expirationDateTime before the next baselines.",
      malformedWindow: "{{subject}} has hotpatching enabled on {{os}}, but its maintenance configuration '{{configuration}}' has a window Azure rejects: {{problem}}. {{cause}} Write recurEvery as Azure documents it (Day, 3Days, Week Saturday,Sunday, Month day23,day24, Month Second Tuesday Offset2), dates as yyyy-MM-dd HH:mm, duration as HH:mm and timeZone as a Windows time zone name."
    }
  },
  check(context) {
    const { assessment } = context;
    if (assessment.affected !== "yes") return NOT_APPLICABLE;
    if (assessment.verdict === "affected-with-plan") return PASS;
    const broken = assessment.evidence.filter((e) => e.status === "misses-baseline" || e.status === "malformed-window");
    if (broken.length === 0) return NOT_APPLICABLE;
    const reports = broken.map((evidence) => report2(evidence, hotpatchData(context)));
    return { outcome: "fail", reports };
  }
};
function report2(evidence, shared) {
  const timing = evidence.timing;
  const configuration = evidence.configuration?.displayName ?? evidence.assignment.displayName;
  const location2 = timing?.location;
  if (evidence.status === "malformed-window") {
    const data2 = { ...shared, configuration, problem: timing?.problem ?? evidence.detail };
    return { messageId: "malformedWindow", data: data2, ...location2 && { location: location2 } };
  }
  const misses = timing?.misses ?? [];
  const data = {
    ...shared,
    configuration,
    window: timing?.description ?? "",
    baselines: misses.join(" nor the "),
    opens: timing?.next === void 0 ? "it does not open again" : `it next opens ${timing.next}`
  };
  return { messageId: "missesBaselines", data, ...location2 && { location: location2 } };
}

// src/policy/rules/schedule-prerequisites.ts
var ID12 = "schedule-prerequisites";
var REMEDIES = {
  patchMode: "Set patchMode to AutomaticByPlatform.",
  bypassPlatformSafetyChecksOnUserSchedule: "Set bypassPlatformSafetyChecksOnUserSchedule to true."
};
var rule12 = {
  meta: {
    id: ID12,
    severity: "error",
    description: "A hotpatch VM with a maintenance window must use Customer Managed Schedules (patchMode AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule true).",
    docsUrl: docsUrlFor(ID12),
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
    const remedies = schedule.problems.map((problem) => REMEDIES[problem.setting]);
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
var ID13 = "unpatched-image";
var rule13 = {
  meta: {
    id: ID13,
    severity: "warning",
    description: "A pinned Windows Server image version should include the advisory fix.",
    docsUrl: docsUrlFor(ID13),
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
var ID14 = "unreadable-manifest";
var isUnreadable = (error) => error.severity === "error" && error.kind === "unreadable-manifest";
var rule14 = {
  meta: {
    id: ID14,
    severity: "error",
    description: "A manifest that may declare VMs or their maintenance should be readable by the gate.",
    docsUrl: docsUrlFor(ID14),
    messages: {
      unreadable: "Could not read {{file}}, which may declare VMs or their maintenance: {{detail}}. Its resources were not checked, so the gate cannot pass it. Fix the file, or exclude it in the configuration if it is not deployed."
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
  rule14
];

// src/report/style.ts
var sgr = (open2, close) => (text) => text === "" ? "" : `\x1B[${open2}m${text}\x1B[${close}m`;
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
var CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
function sanitizeForTerminal(text) {
  return text.replace(OPERATING_SYSTEM_COMMAND, "").replace(CONTROL_SEQUENCE, "").replace(CONTROL_CHARACTER, "");
}

// src/report/text.ts
var FINDING_INDENT = "      ";
var SYMBOLS = {
  "affected-no-plan": "\u2716",
  "affected-reboot-blocked": "\u2716",
  "affected-platform-reboot": "\u26A0",
  indeterminate: "?",
  "affected-with-plan": "\u2714",
  "not-affected": "\xB7"
};
function renderText(report3, options) {
  const style = createStyle(options.color);
  const width = options.width ?? 100;
  const advisories = report3.advisories.length > 1;
  const blocks = [...groupByFile(report3, options.quiet ?? false)].map(
    ([file, entries2]) => renderFile(file, entries2, style, width, advisories)
  );
  const exemptions = renderExemptionBlock(report3.exemptions ?? [], options.quiet ?? false, style, width);
  return [...blocks, ...exemptions, ...renderKnowledge(report3, style, width, options.quiet ?? false), renderSummaryLine(report3, style)].join("\n\n") + "\n";
}
function groupByFile(report3, quiet) {
  const findingsByKey = /* @__PURE__ */ new Map();
  const entries2 = [];
  const keys = new Set(report3.resources.map((r) => r.key));
  for (const finding of report3.findings) {
    if (finding.resourceKey !== void 0 && keys.has(finding.resourceKey)) {
      const list = findingsByKey.get(finding.resourceKey) ?? [];
      list.push(finding);
      findingsByKey.set(finding.resourceKey, list);
    } else if (!quiet || fails(finding)) {
      entries2.push({ file: finding.file, entry: { kind: "orphan", line: finding.startLine, finding } });
    }
  }
  for (const resource of report3.resources) {
    const findings = findingsByKey.get(resource.key) ?? [];
    if (quiet && !findings.some(fails)) continue;
    entries2.push({ file: resource.file, entry: { kind: "resource", line: resource.startLine, resource, findings } });
  }
  for (const error of report3.parseErrors) {
    if (quiet && error.severity !== "error") continue;
    entries2.push({ file: error.file, entry: { kind: "parse-error", line: error.line, error } });
  }
  const order = { resource: 0, orphan: 1, "parse-error": 2 };
  entries2.sort(
    compareBy(
      (e) => e.file,
      (e) => e.entry.line,
      (e) => order[e.entry.kind]
    )
  );
  const groups = /* @__PURE__ */ new Map();
  for (const { file, entry } of entries2) {
    const group = groups.get(file);
    if (group) group.push(entry);
    else groups.set(file, [entry]);
  }
  return groups;
}
var fails = (finding) => finding.exemption === void 0 && finding.severity !== "notice";
function renderFile(file, entries2, style, width, advisories) {
  const findings = entries2.flatMap((e) => e.kind === "resource" ? e.findings : e.kind === "orphan" ? [e.finding] : []);
  const columns = {
    severity: widest(findings.map(severityLabel)),
    rule: widest(findings.map((f) => f.ruleId)),
    title: widest(entries2.map((e) => e.kind === "parse-error" ? "" : entryTitle(e)))
  };
  const lines = [style.underline(clean(file))];
  for (const entry of entries2) {
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
      const pad = " ".repeat(columns.title - title.length);
      const verdict = colorFor(resource.verdict, style)(VERDICT_LABELS[resource.verdict]);
      lines.push(`  ${symbol} ${style.bold(title)}${pad}  ${style.dim(`line ${resource.startLine}`)} \u2014 ${verdict}`);
      const next = nextRebootWindow(resource);
      if (next !== void 0) lines.push(`      ${style.dim(clean(next))}`);
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
function widest(texts) {
  let width = 0;
  for (const text of texts) width = Math.max(width, text.length);
  return width;
}
function entryTitle(entry) {
  if (entry.kind === "orphan") return clean(entry.finding.resource);
  const { resource } = entry;
  const variant = resource.variant === void 0 ? "" : ` [${clean(resource.variant)}]`;
  return `${clean(resource.name)}${variant} (${shortType(resource.type)})`;
}
function shortType(type) {
  const lower = type.toLowerCase();
  if (lower === "microsoft.compute/virtualmachines") return "VM";
  if (lower === "microsoft.compute/virtualmachinescalesets") return "scale set";
  if (lower === "microsoft.hybridcompute/machines") return "Arc machine";
  return clean(type.split("/").pop() ?? type);
}
function renderFinding(finding, file, line, columns, style, width, advisories = false) {
  const label = severityLabel(finding);
  const severity = severityColor(finding, style)(label) + " ".repeat(columns.severity - label.length);
  const rule15 = style.dim(finding.ruleId) + " ".repeat(columns.rule - finding.ruleId.length);
  const indent3 = " ".repeat(FINDING_INDENT.length + columns.severity + 2 + columns.rule + 2);
  const messageLines = clean(finding.message).split("\n").flatMap((text) => wrapText(text.trim(), Math.max(40, width - indent3.length)));
  if (finding.file !== file || finding.startLine !== line) {
    messageLines.push(style.dim(`at ${clean(finding.file)}:${finding.startLine}`));
  }
  const first = `${FINDING_INDENT}${severity}  ${rule15}  `;
  const lines = messageLines.map((text, i) => (i === 0 ? first : indent3) + text);
  if (finding.fix?.replacement) {
    const { replacement } = finding.fix;
    const where = replacement.file === finding.file ? `line ${replacement.line}` : `${clean(replacement.file)}:${replacement.line}`;
    lines.push(...hint("fix:", style.cyan, `change ${where} to: ${clean(replacement.text).trim()}`, width));
  }
  if (finding.fix?.snippet) {
    const { snippet } = finding.fix;
    lines.push(...hint("fix:", style.cyan, `add this ${clean(snippet.language)}:`, width));
    const pad = " ".repeat(FINDING_INDENT.length + "fix: ".length);
    for (const text of clean(snippet.text).replace(/\n+$/, "").split("\n")) lines.push(pad + style.dim(text));
  }
  if (advisories && finding.advisoryId !== void 0) {
    lines.push(...hint("advisory:", style.dim, clean(finding.advisoryId), width));
  }
  if (finding.exemption) {
    const { reason, owner, expires, source } = finding.exemption;
    const text = clean(`${reason} (owner ${owner}, expires ${expires}, ${source})`);
    lines.push(...hint("exemption:", style.dim, text, width));
  }
  return lines;
}
function renderExemptionBlock(exemptions, quiet, style, width) {
  const shown = quiet ? exemptions.filter((exemption) => exemption.status !== "active") : exemptions;
  if (shown.length === 0) return [];
  const lines = [style.underline("exemptions")];
  for (const exemption of shown) {
    const active = exemption.status === "active";
    const symbol = active ? style.green("\u2714") : style.red("\u2716");
    const names = exemption.resources.length > 0 ? exemption.resources.join(", ") : exemption.resource || "?";
    const rule15 = exemption.rule === "" ? "" : ` ${style.dim(exemption.rule === "*" ? "every rule" : clean(exemption.rule))}`;
    const at2 = style.dim(`${clean(exemption.file)}:${exemption.startLine}`);
    lines.push(`  ${symbol} ${style.bold(clean(names))}${rule15}  ${at2}`);
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
function hint(label, paint, text, width) {
  const indent3 = " ".repeat(FINDING_INDENT.length + label.length + 1);
  return wrapText(text, Math.max(40, width - indent3.length)).map(
    (part, i) => i === 0 ? `${FINDING_INDENT}${paint(label)} ${part}` : indent3 + part
  );
}
function renderParseError(error, style, width) {
  const isError = error.severity === "error";
  const symbol = isError ? style.red("\u2716") : style.dim("\xB7");
  const what = isError ? "parse error" : "skipped";
  const head = `line ${error.line}, column ${error.column}`;
  const indent3 = "    ";
  const text = `${what} at ${head}: ${clean(error.message).replace(/\s*\n\s*/g, " ")}`;
  return wrapText(text, width - indent3.length).map((part, i) => i === 0 ? `  ${symbol} ${part}` : indent3 + part);
}
function renderSummaryLine(report3, style = createStyle(false)) {
  const { errors, warnings } = report3.summary;
  const color = errors > 0 || countParseErrors(report3) > 0 ? style.red : warnings > 0 ? style.yellow : style.green;
  return style.bold(color(`${report3.tool.name}: ${describeCounts(report3)}`));
}
function severityLabel(finding) {
  return finding.exemption ? "exempted" : finding.severity;
}
function severityColor(finding, style) {
  if (finding.exemption) return style.dim;
  return finding.severity === "error" ? style.red : finding.severity === "warning" ? style.yellow : style.cyan;
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
function renderKnowledge(report3, style, width, quiet) {
  const knowledge = report3.knowledge;
  if (knowledge === void 0) return [];
  const applied = quiet ? [] : wrapText(sanitizeForTerminal(describeKnowledge(knowledge)), width).map((line) => style.dim(line));
  const notice = knowledge.notice === void 0 ? [] : wrapText(`notice: ${sanitizeForTerminal(knowledge.notice)}`, width).map((line) => style.yellow(line));
  const lines = [...applied, ...notice];
  return lines.length === 0 ? [] : [lines.join("\n")];
}

// src/policy/subject.ts
function resourceKey(vm) {
  const key = identityKey(vm.identity);
  return vm.variant === "" ? key : `${key}@${vm.variant}`;
}
var resourceSubject = (vm) => ({
  kind: "resource",
  key: resourceKey(vm),
  identity: vm.identity,
  instance: vm
});
var WORKSPACE_SUBJECT = { kind: "workspace" };

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
    ...evidence.timing?.covers[0] !== void 0 && { nextWindow: nextWindowText(evidence.timing) },
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
    status: plan.problem === void 0 ? "valid" : "invalid",
    name: plan.label,
    window: plan.window,
    ...plan.owner !== void 0 && { owner: plan.owner },
    ...plan.ticket !== void 0 && { ticket: plan.ticket },
    ...plan.problem !== void 0 && { problem: { kind: plan.problem.kind, text: plan.problem.text } }
  };
}
function listPlans(model) {
  return [...model.maintenanceConfigurations, ...model.maintenanceAssignments].map(
    (plan) => ({
      kind: plan.kind,
      name: plan.displayName,
      file: plan.reportAt.file,
      startLine: plan.reportAt.line,
      ...plan.declaredAt.file !== plan.reportAt.file && { declaredIn: plan.declaredAt.file }
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

// src/report/json-report.ts
var REPORT_SCHEMA_VERSION = 2;

// src/report/build-report.ts
function buildJsonReport(result, options) {
  const assessments = [...result.assessments].sort(
    compareBy(
      (a) => a.vm.reportAt.file,
      (a) => a.vm.reportAt.line,
      (a) => a.vm.displayName,
      (a) => a.vm.variant
    )
  );
  const keys = uniqueKeys(assessments.map((a) => resourceKey(a.vm)));
  const resources = assessments.map((assessment, index) => toReportResource(assessment, keys[index]));
  const keyOf2 = new Map(assessments.map((assessment, index) => [assessment.vm, keys[index]]));
  const findings = result.findings.map(
    (finding) => toReportFinding(finding, finding.subject.kind === "resource" ? keyOf2.get(finding.subject.instance) : void 0)
  ).sort(
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
    advisories: listAdvisories(options.advisories ?? assessments.map((a) => a.advisory)),
    // The knowledge applied, when the caller says which advisories were in force (the CLI and the action do).
    ...options.advisories !== void 0 && { knowledge: appliedKnowledge(options.advisories, options.asOf) },
    plans: listPlans(result.model),
    ...options.configurationFile !== void 0 && { configuration: { file: options.configurationFile } },
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
function uniqueKeys(keys) {
  const seen = /* @__PURE__ */ new Map();
  return keys.map((key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  });
}
function toReportResource(assessment, key) {
  const { vm } = assessment;
  return {
    file: vm.reportAt.file,
    startLine: vm.reportAt.line,
    name: vm.displayName,
    type: vm.identity.type,
    format: vm.format,
    verdict: assessment.verdict,
    reasons: [...assessment.reasons],
    related: sortRelated(vm.related),
    key,
    ...vm.variant !== "" && { variant: vm.variant },
    evidence: [
      ...assessment.evidence.map(toReportEvidence),
      ...(assessment.declaredPlans ?? []).map(toReportDeclaredPlan)
    ]
  };
}
function toReportFinding(finding, resourceKey2) {
  const { location: location2 } = finding;
  const fix = finding.fix && {
    ...finding.fix.snippet && { snippet: { language: finding.fix.snippet.language, text: finding.fix.snippet.text } },
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
    related: sortRelated(finding.related),
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
function toReportParseError(error) {
  return { file: error.file, line: error.line, column: error.column, message: error.message, severity: error.severity };
}
function sortRelated(related) {
  return related.map((r) => ({ file: r.file, startLine: r.startLine, role: r.role })).sort(
    compareBy(
      (r) => r.file,
      (r) => r.startLine,
      (r) => r.role
    )
  );
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
  if (current === void 0 || license === void 0) return machine;
  const arc = { ...current, hotpatchLicense: stronger(current.hotpatchLicense, license) };
  const related = [...machine.related, { file: profile.declaredAt.file, startLine: profile.declaredAt.line, role: "license-profile" }];
  const location2 = machine.location.origin === "absent" ? profile.location : machine.location;
  return { ...machine, arc, related, location: location2 };
}
function stronger(a, b) {
  if (a.value === true) return a;
  if (b.value === true) return b;
  if (a.origin === "unresolved") return a;
  if (b.origin === "unresolved") return b;
  return a.origin === "absent" ? b : a;
}

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
  const entries2 = configuration?.rebootPlans ?? [];
  const file = configuration?.file ?? "";
  return (vm, _model, asOf) => {
    const declared = [
      ...fromTags(vm, tags, asOf),
      ...entries2.filter((entry) => matchesResource(entry.resource, vm)).map((entry) => fromEntry(entry, file, asOf))
    ];
    return { evidence: [], unresolved: [], declared };
  };
}
function fromTags(vm, names, asOf) {
  if (!isKnown(vm.tags)) return [];
  const tags = vm.tags.value;
  const tag = (name) => {
    const key = Object.keys(tags).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    return key === void 0 ? void 0 : [key, tags[key]];
  };
  const window = tag(names.window);
  if (window === void 0) return [];
  const owner = tag(names.owner)?.[1].trim() || void 0;
  const ticket = tag(names.ticket)?.[1].trim() || void 0;
  const plan = {
    source: "tag",
    label: `tag ${window[0]}`,
    window: window[1],
    owner,
    ...ticket !== void 0 && { ticket },
    location: vm.tags.location
  };
  const problem = windowProblem(window[1], asOf) ?? (owner === void 0 ? { kind: "no-owner", text: `it has no owner: tag ${names.owner} is not set` } : void 0);
  return [problem === void 0 ? plan : { ...plan, problem }];
}
function fromEntry(entry, file, asOf) {
  const plan = {
    source: "configuration",
    label: `${entry.label} of ${file}`,
    window: entry.window,
    owner: entry.owner,
    ...entry.ticket !== void 0 && { ticket: entry.ticket },
    location: entry.windowAt
  };
  const problem = windowProblem(entry.window, asOf);
  return problem === void 0 ? plan : { ...plan, problem };
}
function windowProblem(text, asOf) {
  const parsed = parseDeclaredWindow(text);
  if ("problem" in parsed) {
    return { kind: "malformed", text: `its window ${JSON.stringify(text)} is not valid: ${parsed.problem}` };
  }
  const { end } = parsed.window;
  if (end === void 0 || end >= asOf) return void 0;
  const evaluated = formatDay2(asOf);
  return { kind: "ended", text: `its window ended on ${describeEnd(end)}, before the evaluation date ${evaluated}` };
}

// src/policy/configuration/inline-attach.ts
var SKIPPABLE = /^\s*(?:$|\/\/|#|\/\*|\*|@|---\s*$)/;
var MAX_GAP = 50;
function attachInlineExemption(exemption, model, readLine) {
  const { file, line } = exemption.location;
  const resources = [...model.virtualMachines, ...model.maintenanceConfigurations, ...model.maintenanceAssignments];
  const declared = (resource) => [resource.declaredAt, resource.reportAt].filter((at2) => at2.file === file).map((at2) => at2.line);
  const below = nextCodeLine(file, line, readLine) ?? nextDeclaration(resources.flatMap(declared), line);
  const above = resources.filter((resource) => declared(resource).includes(below));
  if (above.length > 0) return attachment(above);
  let nearest = 0;
  for (const resource of resources) {
    for (const start of declared(resource)) if (start < line && start > nearest) nearest = start;
  }
  const endsBefore = (resource) => resource.declaredAt.file === file && (resource.declaredAt.endLine ?? line) < line;
  const containing = resources.filter((resource) => declared(resource).includes(nearest) && !endsBefore(resource));
  return containing.length > 0 ? attachment(containing) : { kind: "none" };
}
function attachment(resources) {
  const vms = resources.filter((r) => r.kind === "virtual-machine" || r.kind === "scale-set" || r.kind === "arc-machine");
  if (vms.length > 0) return { kind: "vms", vms };
  return { kind: "other", resource: resources[0] };
}
function nextDeclaration(starts, line) {
  let next = Infinity;
  for (const start of starts) if (start > line && start < next) next = start;
  return next;
}
function nextCodeLine(file, line, readLine) {
  for (let next = line + 1; next <= line + MAX_GAP; next++) {
    const text = readLine?.(file, next);
    if (text === void 0) return next === line + 1 ? void 0 : next;
    if (!SKIPPABLE.test(text)) return next;
  }
  return line + 1;
}

// src/config/inline-exemption.ts
var REQUIRED = ["rule", "reason", "owner", "expires"];
var KNOWN = /* @__PURE__ */ new Set([...REQUIRED, "ticket"]);
var SHAPE = 'rule=<rule id or *> reason="..." owner=<who> expires=YYYY-MM-DD';
var MAX_LENGTH3 = 1e3;
function parseInlineExemption(raw) {
  const text = raw.replace(/\*\/\s*$/, "").trim();
  if (text === "") return { problem: `it names nothing; expected ${SHAPE}` };
  if (text.length > MAX_LENGTH3) return { problem: `it is longer than ${MAX_LENGTH3} characters` };
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
var DAY4 = 864e5;
function indexExemptions(inputs) {
  const { model, configuration } = inputs;
  const maxDays = configuration?.maxExemptionDays ?? DEFAULT_MAX_EXEMPTION_DAYS;
  const entries2 = [];
  const unattached = [];
  for (const entry of configuration?.exemptions ?? []) {
    const base = { ...entry, source: "configuration", label: `${entry.label} in ${configuration?.file ?? ""}` };
    const exemption = withStatus(base, inputs.asOf, maxDays);
    entries2.push({ exemption, vms: model.virtualMachines.filter((vm) => matchesResource(entry.resource, vm)) });
  }
  for (const comment of model.inlineExemptions ?? []) {
    const attached = attachInlineExemption(comment, model, inputs.readLine);
    const vms = attached.kind === "vms" ? attached.vms : [];
    const exemption = readInline(comment, vms, inputs, maxDays);
    if (attached.kind === "vms") entries2.push({ exemption, vms: [...vms] });
    else unattached.push({ exemption, on: attached.kind === "other" ? describeResource(attached.resource) : void 0 });
  }
  const byVm = /* @__PURE__ */ new Map();
  for (const { exemption, vms } of entries2) {
    for (const vm of vms) byVm.set(vm, [...byVm.get(vm) ?? [], exemption]);
  }
  return { entries: entries2, unattached, of: (vm) => byVm.get(vm) ?? [] };
}
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
  const { rule: rule15 } = parsed.fields;
  if (UNEXEMPTABLE_RULES.includes(rule15)) {
    return { ...exemption, status: "malformed", problem: `rule=${rule15} cannot be exempted: fix what it reports` };
  }
  if (rule15 !== "*" && !inputs.ruleIds.includes(rule15)) {
    return { ...exemption, status: "malformed", problem: `rule=${rule15} is not a rule id (${inputs.ruleIds.join(", ")}) or *` };
  }
  return withStatus(exemption, inputs.asOf, maxDays);
}
function withStatus(exemption, asOf, maxDays) {
  const expiry = calendarDay(exemption.expires);
  if (expiry === void 0) {
    return { ...exemption, status: "malformed", problem: `expires=${exemption.expires} is not a date (YYYY-MM-DD)` };
  }
  const today = Math.floor(asOf.getTime() / DAY4);
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
var UNRESOLVED = {
  ignore: "off",
  warn: "warning",
  fail: "error"
};
function ruleSettings(configuration) {
  const settings = /* @__PURE__ */ new Map();
  if (configuration === void 0) return settings;
  if (configuration.platformReboot) settings.set("platform-reboot-only", PLATFORM_REBOOT[configuration.platformReboot]);
  if (configuration.unresolved) settings.set("indeterminate", UNRESOLVED[configuration.unresolved]);
  for (const [rule15, setting] of configuration.rules) settings.set(rule15, setting);
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
function assessPinned(vm, assess) {
  const pinned = pinnedFields(vm);
  const original = assess(vm);
  if (pinned.length === 0 || original.verdict !== "indeterminate") return original;
  const combinations = pinned.reduce((count, field) => count * field.allowed.length, 1);
  if (combinations > MAX_COMBINATIONS) return original;
  const outcomes = combine(pinned).map((choice) => ({ choice, assessment: assess(withValues(vm, pinned, choice)) }));
  const verdicts = new Set(outcomes.map((outcome) => outcome.assessment.verdict));
  const names = pinned.map(describeField).join(", ");
  const [first] = outcomes;
  if (verdicts.size === 1 && first !== void 0 && first.assessment.verdict !== "indeterminate") {
    const because2 = `${names} ${pinned.length === 1 ? "is" : "are"} not known, but every allowed value gives this verdict`;
    return { ...first.assessment, reasons: [...first.assessment.reasons, because2] };
  }
  const decide = outcomes.map(({ choice, assessment }) => `${choice.map((value) => JSON.stringify(value)).join(", ")} \u2192 ${assessment.verdict}`);
  const because = `the allowed values of ${names} decide: ${decide.join("; ")}`;
  const deciding = original.unresolved.findIndex((input) => pinned.some((field) => field.field === input.field && sameLocation(field.sourced.location, input.location)));
  const unresolved = original.unresolved.map(
    (input, index) => index === deciding ? { ...input, reason: `${input.reason}; its allowed values decide: ${decide.join("; ")}` } : input
  );
  return { ...original, reasons: [...original.reasons, because], unresolved };
}
function pinnedFields(vm) {
  const fields = [
    ...entries(vm, ""),
    ...entries(vm.image, "image.")
  ];
  return fields.flatMap(
    ([field, sourced]) => sourced.origin === "unresolved" && sourced.allowed !== void 0 && sourced.allowed.length > 0 ? [{ field, sourced, allowed: sourced.allowed }] : []
  );
}
function entries(record, prefix) {
  return Object.entries(record).flatMap(
    ([key, value]) => typeof value === "object" && value !== null && "origin" in value && "location" in value ? [[`${prefix}${key}`, value]] : []
  );
}
function combine(pinned) {
  return pinned.reduce((acc, field) => acc.flatMap((prefix) => field.allowed.map((value) => [...prefix, value])), [[]]);
}
function withValues(vm, pinned, choice) {
  let image = vm.image;
  let result = vm;
  pinned.forEach(({ field, sourced }, index) => {
    const value = {
      value: choice[index],
      origin: "default",
      location: sourced.location,
      detail: `${sourced.detail ?? field}: allowed values`,
      ...sourced.via === void 0 ? {} : { via: sourced.via }
    };
    if (field.startsWith("image.")) image = { ...image, [field.slice("image.".length)]: value };
    else result = { ...result, [field]: value };
  });
  return { ...result, image };
}
var sameLocation = (a, b) => a.file === b.file && a.line === b.line && a.column === b.column;
var describeField = ({ field, sourced }) => `${field}${sourced.detail === void 0 ? "" : ` ('${sourced.detail}')`}`;

// src/policy/hotpatch.ts
function assessHotpatch(vm, advisories, hotpatchDefault) {
  if (vm.kind === "arc-machine") return assessArcHotpatch(vm, advisories);
  const { candidates, unresolved: imageUnresolved } = findHotpatchCandidates(vm.image, advisories);
  const steps = [
    () => resourceTypeStep(vm),
    () => deployedStep(vm),
    () => orchestrationStep(vm),
    () => osTypeStep(vm),
    () => customImageStep(vm),
    () => imageStep(vm, candidates, imageUnresolved),
    () => hotpatchFlagStep(vm, candidates, hotpatchDefault)
  ];
  const reasons = [];
  const unresolved = [];
  for (const run of steps) {
    const step = run();
    if (step.reason !== void 0) reasons.push(step.reason);
    if (step.state === "fail") return { affected: "no", reasons, unresolved: [], match: void 0 };
    unresolved.push(...step.unresolved ?? []);
  }
  const affected = unresolved.length === 0 ? "yes" : "unknown";
  return { affected, reasons, unresolved, match: candidates[0] };
}
var pass = (reason) => reason === void 0 ? { state: "pass" } : { state: "pass", reason };
var fail = (reason) => ({ state: "fail", reason });
var unknown = (...unresolved) => ({ state: "unknown", unresolved });
function resourceTypeStep(vm) {
  return vm.canHotpatch ? pass() : fail("its resource type cannot enable hotpatching");
}
function deployedStep({ deployed }) {
  if (deployed.value === false) return fail(`it is not deployed (condition at ${at(deployed.location)})`);
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
  if (candidates.length === 0) return fail(`image ${name} is not hotpatch-capable`);
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
  const reason = "not set, and hotpatch is on by default on this image (hotpatch-default: unknown)";
  return unknown({ field: "enableHotpatching", reason, location: flag.location });
}

// src/policy/verdict.ts
var ARC_HONOURED = "an Arc-enabled server needs no Customer Managed Schedules settings, so the window is honoured";
var HONOURED = "patchMode is AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule is true, so the window is honoured";
function decision(verdict, reasons, unresolved = []) {
  return { verdict, reasons, unresolved };
}
function decideVerdict2({ vm, hotpatch, plans, schedule }) {
  if (hotpatch.affected === "no") return decision("not-affected", []);
  const reasons = plans.evidence.map((e) => e.detail);
  if (reasons.length === 0) reasons.push("no maintenance configuration is assigned");
  const reboot = vmRebootBehaviour(vm);
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
  if ("unresolved" in reboot) return decision("indeterminate", reasons, [reboot.unresolved]);
  const statuses = new Set(plans.evidence.map((e) => e.status));
  if (statuses.has("valid")) {
    if (schedule.state === "yes") return decision("affected-with-plan", [...reasons, vm.kind === "arc-machine" ? ARC_HONOURED : HONOURED]);
    if (schedule.state === "unknown") return decision("indeterminate", reasons, schedule.unresolved);
    reasons.push(`the window is not honoured: ${schedule.problems.map((p) => p.text).join("; ")}`);
  }
  if (statuses.has("unverifiable")) return decision("indeterminate", reasons, plans.unresolved);
  if (statuses.has("reboot-blocked")) return decision("affected-reboot-blocked", reasons);
  const { behaviour } = reboot;
  if (behaviour === "IfRequired" || behaviour === "Always") return platformReboot(vm, behaviour, reasons);
  return decision("affected-no-plan", reasons);
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
  const platform = `${setting}: the platform reboots it when an update needs it, at a time Azure chooses`;
  return decision("affected-platform-reboot", [...reasons, platform]);
}

// src/policy/assess.ts
function assessVirtualMachine(vm, model, context, planSources2) {
  return assessPinned(vm, (candidate) => assessOnce(candidate, model, context, planSources2));
}
function assessOnce(vm, model, context, planSources2) {
  const hotpatch = assessHotpatch(vm, context.advisories, context.hotpatchDefault);
  const baselineMonths = (hotpatch.match?.advisory ?? context.advisories[0])?.baselineMonths;
  const collections = planSources2.map((source) => source(vm, model, context.asOf, baselineMonths));
  const plans = {
    evidence: collections.flatMap((c) => c.evidence),
    unresolved: collections.flatMap((c) => c.unresolved)
  };
  const declared = collections.flatMap((c) => c.declared ?? []);
  const schedule = checkCustomerManagedSchedule(vm);
  const decision2 = withDeclaredPlans(decideVerdict2({ vm, hotpatch, plans, schedule }), declared, vm, hotpatch.unresolved);
  const unresolvedReasons = decision2.unresolved.map(
    (input) => `${input.field} could not be resolved (${at(input.location)}): ${input.reason}`
  );
  return {
    vm,
    verdict: decision2.verdict,
    reasons: [...hotpatch.reasons, ...decision2.reasons, ...unresolvedReasons],
    affected: hotpatch.affected,
    advisory: hotpatch.affected === "no" ? void 0 : hotpatch.match?.advisory,
    evidence: plans.evidence,
    customerManagedSchedule: schedule.state === "yes",
    unresolved: decision2.unresolved,
    ...declared.length > 0 && { declaredPlans: declared }
  };
}
var ANSWERED_BY_DECLARED_PLAN = /* @__PURE__ */ new Set(["affected-no-plan", "affected-platform-reboot", "indeterminate"]);
function withDeclaredPlans(decision2, declared, vm, affectedness) {
  if (declared.length === 0 || decision2.verdict === "not-affected") return decision2;
  const rejected = declared.flatMap(
    (plan2) => plan2.problem === void 0 ? [] : [`the reboot plan declared in ${plan2.label} does not count: ${plan2.problem.text}`]
  );
  const valid = declared.find((plan2) => plan2.problem === void 0);
  const reasons = [...decision2.reasons, ...rejected];
  const never = vm.rebootSetting.value !== void 0 && normaliseRebootSetting(vm.rebootSetting.value) === "Never";
  if (valid === void 0 || never || !ANSWERED_BY_DECLARED_PLAN.has(decision2.verdict)) return { ...decision2, reasons };
  const owner = `owner ${valid.owner ?? "?"}${valid.ticket === void 0 ? "" : `, ticket ${valid.ticket}`}`;
  const plan = `a reboot plan is declared in ${valid.label} (${at(valid.location)}): window ${valid.window}, ${owner}; the schedule lives outside the scanned files, so the declaration stands for it`;
  return { verdict: "affected-with-plan", reasons: [...reasons, plan], unresolved: affectedness };
}

// src/policy/findings.ts
import { createHash } from "node:crypto";
function fingerprint(ruleId, identity, index = 0) {
  const parts = [ruleId, ...identity, ...index === 0 ? [] : [String(index)]];
  return createHash("sha256").update(parts.join("\n")).digest("hex").slice(0, 16);
}
var fingerprintOf = (ruleId, vm, index = 0) => fingerprint(ruleId, [identityKey(vm.identity), vm.variant], index);
function runRules(rules2, context, assessment) {
  const ruleContext = { ...context, assessment };
  const { vm } = assessment;
  return rules2.flatMap((rule15) => {
    const outcome = rule15.check(ruleContext);
    if (outcome.outcome !== "fail") return [];
    return outcome.reports.map((report3, index) => {
      const location2 = report3.location ?? vm.reportAt;
      return toFinding(rule15, report3, {
        location: location2,
        resource: vm.displayName,
        subject: resourceSubject(vm),
        fingerprint: fingerprintOf(rule15.meta.id, vm, index),
        related: [...vm.related, ...causesOf(assessment, location2)],
        advisoryId: report3.advisoryId ?? assessment.advisory?.id
      });
    });
  });
}
function runWorkspaceRules(rules2, context) {
  return rules2.flatMap(
    (rule15) => (rule15.checkWorkspace?.(context) ?? []).map(
      (report3) => toFinding(rule15, report3, {
        location: report3.location,
        resource: report3.name,
        subject: WORKSPACE_SUBJECT,
        fingerprint: fingerprint(rule15.meta.id, report3.identity),
        related: [],
        advisoryId: report3.advisoryId
      })
    )
  );
}
function toFinding(rule15, report3, placement) {
  const template = rule15.meta.messages[report3.messageId];
  if (template === void 0) throw new Error(`rule ${rule15.meta.id} reported undeclared message '${report3.messageId}'`);
  const { advisoryId, ...placed } = placement;
  return {
    ruleId: rule15.meta.id,
    severity: rule15.meta.severity,
    message: formatMessage(template, report3.data),
    ...placed,
    docsUrl: rule15.meta.docsUrl,
    ...advisoryId === void 0 ? {} : { advisoryId },
    ...report3.fix === void 0 ? {} : { fix: report3.fix }
  };
}
function causesOf({ vm, affected }, findingAt) {
  if (affected === "no") return [];
  const values = [vm.enableHotpatching, vm.image.sku];
  const seen = /* @__PURE__ */ new Set([`${findingAt.file}:${findingAt.line}`]);
  const causes = [];
  for (const value of values) {
    if (value.origin === "absent" || value.origin === "provider-default") continue;
    for (const at2 of [value.location, ...value.via ?? []]) {
      const key = `${at2.file}:${at2.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      causes.push({ file: at2.file, startLine: at2.line, role: "cause" });
    }
  }
  return causes;
}

// src/policy/configuration-status.ts
var DEFAULT_BASELINE_MONTHS = [1, 4, 7, 10];
var FIELD2 = "maintenanceConfiguration";
function configurationStatus(configuration, asOf, baselineMonths = DEFAULT_BASELINE_MONTHS) {
  const scope = checkScope(configuration);
  const expiry = checkExpiry(configuration, asOf);
  const inGuest = scope.disqualifier === void 0 && scope.unresolved === void 0 && expiry.disqualifier === void 0;
  const timing = inGuest ? checkTiming(configuration, asOf, baselineMonths) : {};
  const checks = [scope, expiry, checkRebootSetting(configuration), checkExcludedKbs(configuration), timing];
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
function checkTiming(configuration, asOf, baselineMonths) {
  const result = checkWindowTiming(configuration, asOf, baselineMonths);
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
  if (scope.origin === "unresolved") return { unresolved: unresolvedInput(`${FIELD2}.maintenanceScope`, scope) };
  if (scope.value?.toLowerCase() === "inguestpatch") return {};
  const what = isKnown(scope) ? `is ${scope.value} (${describeOrigin(scope)})` : "is not set";
  return { disqualifier: { status: "not-in-guest-patch", detail: `its maintenanceScope ${what}, not InGuestPatch` } };
}
function checkExpiry({ window }, asOf) {
  const expiration = window.expirationDateTime;
  const field = `${FIELD2}.window.expirationDateTime`;
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
  const field = `${FIELD2}.rebootSetting`;
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
  const field = `${FIELD2}.excludeKbsRequiringReboot`;
  if (exclude.origin === "unresolved") return { unresolved: unresolvedInput(field, exclude) };
  if (exclude.value !== true) return {};
  const detail = `it sets excludeKbsRequiringReboot true (${describeOrigin(exclude)})`;
  return { disqualifier: { status: "reboot-blocked", detail } };
}
var listInputs = (inputs) => inputs.map((input) => `${input.field}: ${input.reason}`).join("; ");

// src/policy/dynamic-scope.ts
var normaliseLocation = (location2) => location2.replaceAll(" ", "").toLowerCase();
var same = (a, b) => a.toLowerCase() === b.toLowerCase();
function matchDynamicScope(filter, vm, from = {}) {
  if (differentSubscriptions(from, vm)) return { match: "no", unresolved: [] };
  const group = vm.identity.resourceGroup;
  const dimensions = [
    matchList(filter.resourceTypes, "filter.resourceTypes", { value: vm.identity.type }, same),
    matchList(filter.resourceGroups, "filter.resourceGroups", resourceGroupOf(group, vm), same),
    matchList(
      filter.locations,
      "filter.locations",
      sourcedValue(vm.location, "location"),
      (a, b) => normaliseLocation(a) === normaliseLocation(b)
    ),
    matchList(filter.osTypes, "filter.osTypes", sourcedValue(vm.osType, "osType"), same),
    matchTags(filter, vm)
  ];
  if (dimensions.some((d) => d.match === "no")) return { match: "no", unresolved: [] };
  const unresolved = dimensions.flatMap((d) => d.unresolved);
  return { match: unresolved.length > 0 ? "unknown" : "yes", unresolved };
}
function sourcedValue(value, field) {
  return value.value !== void 0 ? { value: value.value } : { unresolved: unresolvedInput(field, value) };
}
function resourceGroupOf(group, vm) {
  if (group !== void 0) return { value: group };
  const reason = "the resource group the VM is deployed to is not known from the manifests";
  return { unresolved: { field: "resourceGroup", reason, location: vm.reportAt } };
}
function matchList(list, field, subject, equal) {
  if (list.origin === "unresolved") return { match: "unknown", unresolved: [unresolvedInput(field, list)] };
  if (list.value === void 0 || list.value.length === 0) return { match: "yes", unresolved: [] };
  if ("unresolved" in subject) return { match: "unknown", unresolved: [subject.unresolved] };
  return { match: list.value.some((item) => equal(item, subject.value)) ? "yes" : "no", unresolved: [] };
}
function matchTags(filter, vm) {
  const wanted = filter.tags;
  if (wanted.origin === "unresolved") return { match: "unknown", unresolved: [unresolvedInput("filter.tags", wanted)] };
  const entries2 = Object.entries(wanted.value ?? {});
  if (entries2.length === 0) return { match: "yes", unresolved: [] };
  if (vm.tags.origin === "unresolved") return { match: "unknown", unresolved: [unresolvedInput("tags", vm.tags)] };
  const operator = filter.tagOperator;
  if (operator.origin === "unresolved" && entries2.length > 1) {
    return { match: "unknown", unresolved: [unresolvedInput("filter.tagOperator", operator)] };
  }
  const tags = Object.entries(vm.tags.value ?? {});
  const hasTag = ([key, values]) => tags.some(([name, value]) => same(name, key) && (values.length === 0 || values.some((v) => same(v, value))));
  const all = operator.value !== void 0 && same(operator.value, "All");
  const matched = all ? entries2.every(hasTag) : entries2.some(hasTag);
  return { match: matched ? "yes" : "no", unresolved: [] };
}

// src/policy/plan-index.ts
var FolderIndex = class {
  byFolder = /* @__PURE__ */ new Map();
  sortedFolders;
  add(file, index) {
    push(this.byFolder, folderOf(file), index);
    this.sortedFolders = void 0;
  }
  near(file) {
    if (this.byFolder.size === 0) return [];
    const folder = folderOf(file);
    const near = [];
    for (let end = 0; end < folder.length; end = folder.indexOf("/", end) + 1) {
      const list = this.byFolder.get(folder.slice(0, end));
      if (list !== void 0) near.push(list);
    }
    const folders = this.sortedFolders ??= [...this.byFolder.keys()].sort();
    for (let i = lowerBound(folders, folder); i < folders.length && folders[i].startsWith(folder); i++) {
      near.push(this.byFolder.get(folders[i]));
    }
    return near;
  }
};
var PlanIndex = class _PlanIndex {
  constructor(assignments, configurations) {
    this.assignments = assignments;
    this.configurations = configurations;
    this.assignmentLength = assignments.length;
    this.configurationLength = configurations.length;
    assignments.forEach((assignment, index) => {
      const target = assignment.target?.target;
      if (target === void 0) {
        if (assignment.filter !== void 0) this.filters.push(index);
      } else if (target.origin === "unresolved") {
        if (assignment.target?.notWindowsVm !== true) this.unresolved.add(assignment.reportAt.file, index);
      } else if (target.value !== void 0) {
        addTarget(this.assignmentsByType, target.value, assignment.reportAt.file, index);
      }
    });
    configurations.forEach((configuration, index) => {
      const { identity } = configuration;
      const type = identity.type.toLowerCase();
      let entry = this.configurationsByType.get(type);
      if (entry === void 0) {
        entry = { byName: /* @__PURE__ */ new Map(), bySymbol: /* @__PURE__ */ new Map(), unnamed: [] };
        this.configurationsByType.set(type, entry);
      }
      if (identity.name === void 0) entry.unnamed.push(index);
      else push(entry.byName, identity.name.toLowerCase(), index);
      if (identity.symbol !== void 0) push(entry.bySymbol, identity.symbol, index);
    });
  }
  assignments;
  configurations;
  /** Dynamic scope assignments: their filter is matched against every VM. */
  filters = [];
  /** Assignments whose target could not be evaluated: `unknown` against every VM. */
  unresolved = new FolderIndex();
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
   * Every assignment that may reach the VM, in model order: a dynamic scope, a target that may be the VM
   * (`match` not `no`), or one that may only be `unknown`, in the VM's neighbourhood.
   */
  assignmentsFor(vm) {
    const { identity } = vm;
    const file = vm.reportAt.file;
    const lists = [this.filters, ...this.unresolved.near(file)];
    const bucket2 = this.assignmentsByType.get(identity.type.toLowerCase());
    if (bucket2 !== void 0) {
      if (identity.symbol !== void 0) lists.push(bucket2.bySymbol.get(identity.symbol) ?? []);
      if (identity.name === void 0) lists.push(...bucket2.all.near(file));
      else lists.push(bucket2.byName.get(identity.name.toLowerCase()) ?? [], ...bucket2.unnamed.near(file));
    }
    return inModelOrder(lists).map((index) => this.assignments[index]);
  }
  /** The configurations a reference may name (see ConfigurationCandidates). */
  configurationsFor(identity) {
    const entry = this.configurationsByType.get(identity.type.toLowerCase());
    if (entry === void 0) return { matches: [], unnamed: [] };
    const lists = [
      identity.name === void 0 ? [] : entry.byName.get(identity.name.toLowerCase()) ?? [],
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
var bucket = () => ({ byName: /* @__PURE__ */ new Map(), bySymbol: /* @__PURE__ */ new Map(), unnamed: new FolderIndex(), all: new FolderIndex() });
function addTarget(buckets, identity, file, index) {
  const type = identity.type.toLowerCase();
  let entry = buckets.get(type);
  if (entry === void 0) {
    entry = bucket();
    buckets.set(type, entry);
  }
  entry.all.add(file, index);
  if (identity.name === void 0) entry.unnamed.add(file, index);
  else push(entry.byName, identity.name.toLowerCase(), index);
  if (identity.symbol !== void 0) push(entry.bySymbol, identity.symbol, index);
}
function push(map, key, index) {
  const list = map.get(key);
  if (list === void 0) map.set(key, [index]);
  else list.push(index);
}
function inModelOrder(lists) {
  const nonEmpty = lists.filter((list) => list.length > 0);
  if (nonEmpty.length === 0) return [];
  if (nonEmpty.length === 1) return [...nonEmpty[0]];
  return [...new Set(nonEmpty.flat())].sort((a, b) => a - b);
}
var folderOf = (file) => file.slice(0, file.lastIndexOf("/") + 1);
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

// src/policy/plans.ts
function collectPlanEvidence(vm, model, asOf, baselineMonths) {
  const evidence = [];
  const unresolved = [];
  const index = PlanIndex.of(model);
  for (const assignment of index.assignmentsFor(vm)) {
    const found = evidenceFor(assignment, vm, index, asOf, baselineMonths);
    if (found === void 0) continue;
    evidence.push(found.evidence);
    unresolved.push(...found.unresolved);
  }
  return { evidence, unresolved };
}
function evidenceFor(assignment, vm, index, asOf, baselineMonths) {
  if (assignment.deployed.value === false) return void 0;
  const reach = reachOf(assignment, vm);
  if (reach === void 0 || reach.match === "no") return void 0;
  if (reach.match === "unknown" && !sameNeighbourhood(assignment.reportAt.file, vm.reportAt.file)) return void 0;
  if (reach.match === "unknown" && !mayDecide(assignment, vm, reach)) return void 0;
  const { configuration, problem } = resolveConfiguration(assignment, index);
  const status = configuration ? configurationStatus(configuration, asOf, baselineMonths) : void 0;
  const lead = describeAssignment(assignment, configuration, reach);
  const base = { assignment, configuration, via: reach.via };
  if (reach.match === "unknown") {
    if (status !== void 0 && status.status !== "valid" && status.status !== "unverifiable") return void 0;
    const detail2 = `${lead}, but whether it applies cannot be verified (${listInputs(reach.unresolved)})`;
    return { evidence: { ...base, status: "unverifiable", detail: detail2 }, unresolved: reach.unresolved };
  }
  if (status === void 0) {
    const input = problem;
    const detail2 = `${lead}, but its maintenance configuration cannot be verified (${input.reason})`;
    return { evidence: { ...base, status: "unverifiable", detail: detail2 }, unresolved: [input] };
  }
  const detail = `${lead}${status.status === "valid" ? " and " : ", but "}${status.detail}`;
  const timing = status.timing === void 0 ? {} : { timing: status.timing };
  return { evidence: { ...base, status: status.status, detail, ...timing }, unresolved: status.unresolved };
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
function reachOf(assignment, vm) {
  if (assignment.target !== void 0) {
    const target = assignment.target.target;
    if (target.origin === "unresolved") {
      return { via: "direct", match: "unknown", unresolved: [unresolvedInput("maintenanceAssignment.target", target)] };
    }
    if (target.value === void 0) return void 0;
    const found = match(target.value, assignment, vm);
    if (found !== "unknown") return { via: "direct", match: found, unresolved: [] };
    const reason = "the target resource is named by a value that could not be evaluated";
    const input = { field: "maintenanceAssignment.target", reason, location: target.location };
    return { via: "direct", match: found, unresolved: [input] };
  }
  if (assignment.filter !== void 0) return { via: "dynamic-scope", ...matchDynamicScope(assignment.filter, vm, assignment) };
  return void 0;
}
function resolveConfiguration(assignment, index) {
  const reference = assignment.configuration.target;
  const field = "maintenanceAssignment.configuration";
  if (reference.value === void 0) return { configuration: void 0, problem: unresolvedInput(field, reference) };
  const identity = reference.value;
  const { matches, unnamed } = index.configurationsFor(identity);
  const configuration = matches.find((c) => match(identity, assignment, c) === "yes");
  if (configuration !== void 0) return { configuration, problem: void 0 };
  const ambiguous = identity.name === void 0 || unnamed.some((c) => match(identity, assignment, c) === "unknown");
  const reason = ambiguous ? "its name could not be evaluated, so it cannot be matched to a declared configuration" : `maintenance configuration '${String(identity.name)}' is not declared in the scanned files`;
  return { configuration: void 0, problem: { field, reason, location: reference.location } };
}
function mayDecide(assignment, vm, reach) {
  const unevaluated = reach.via === "direct" && assignment.target?.target.origin === "unresolved";
  if (unevaluated && sameUnit(assignment, vm) === "no") return false;
  return checkCustomerManagedSchedule(vm).state !== "no";
}
function sameNeighbourhood(a, b) {
  const folderOf2 = (file) => file.slice(0, file.lastIndexOf("/") + 1);
  const [x, y] = [folderOf2(a), folderOf2(b)];
  return x.startsWith(y) || y.startsWith(x);
}

// src/policy/evaluate.ts
function planSources(configuration) {
  return [collectPlanEvidence, declaredPlanSource(configuration)];
}
function evaluatePolicy(model, options) {
  const { configuration } = options;
  const context = {
    asOf: options.asOf,
    advisories: inForceFirst(options.advisories ?? getBuiltInAdvisories(), options.asOf),
    hotpatchDefault: options.hotpatchDefault ?? configuration?.hotpatchDefault ?? "unknown"
  };
  const ruleIds = rules.map((rule15) => rule15.meta.id);
  const exemptions = indexExemptions({ model, configuration, asOf: options.asOf, ruleIds, readLine: options.readLine });
  const sources = planSources(configuration);
  const assessments = model.virtualMachines.map(
    (vm) => withExemptions(assessVirtualMachine(vm, model, context, sources), exemptions.of(vm))
  );
  const ruleContext = { model, asOf: context.asOf, advisories: context.advisories, readLine: options.readLine };
  const rules2 = options.rules ?? rules;
  const settings = ruleSettings(configuration);
  const findings = assessments.flatMap(
    (assessment) => postProcess(runRules(rules2, ruleContext, assessment), assessment, settings)
  );
  const workspaceContext = { model, asOf: context.asOf, unattachedExemptions: exemptions.unattached };
  findings.push(...applyRuleSettings(runWorkspaceRules(rules2, workspaceContext), settings));
  const records = recordExemptions(exemptions, findings);
  return { assessments, findings, ...records.length > 0 && { exemptions: records } };
}
function postProcess(findings, assessment, settings) {
  return applyExemptions(applyRuleSettings(findings, settings), assessment.exemptions ?? []);
}
function withExemptions(assessment, exemptions) {
  return exemptions.length === 0 ? assessment : { ...assessment, exemptions };
}
function inForceFirst(advisories, asOf) {
  if (advisories.length < 2) return advisories;
  const today = dayOf(asOf);
  const start = (advisory) => parseDay(advisory.disruption.start) ?? Infinity;
  const inForce = (advisory) => start(advisory) <= today && today <= (parseDay(advisory.disruption.end) ?? -Infinity);
  const current = advisories.filter(inForce).sort((a, b) => start(b) - start(a));
  return [...current, ...advisories.filter((advisory) => !inForce(advisory))];
}

// src/scan/pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var POOL_THRESHOLD_FILES = 1e3;
var POOL_THRESHOLD_BYTES = 16 * 1024 * 1024;
var TASK_FILES = 48;
var THREADS_VARIABLE = "HOTPATCH_REBOOT_GATE_SCAN_THREADS";
function scanThreads(files, requested) {
  const configured = requested ?? Number.parseInt(process.env[THREADS_VARIABLE] ?? "", 10);
  if (Number.isInteger(configured) && configured >= 1) return Math.min(configured, 64);
  if (files.length < POOL_THRESHOLD_FILES || availableParallelism() < 2) return 1;
  let bytes = 0;
  for (const file of files) if ((bytes += file.size) >= POOL_THRESHOLD_BYTES) return availableParallelism();
  return 1;
}
async function readUnitsInPool(run, script) {
  const tasks = tasksOf(run);
  const order = run.dispatchOrder?.(tasks.length) ?? largestFirst(tasks);
  const results = new Array(run.planned.length);
  let next = 0;
  const setup = { root: run.root };
  const work = (worker) => new Promise((resolve2) => {
    let current;
    const send = () => {
      const number = order[next++];
      current = number === void 0 ? void 0 : tasks[number];
      if (current === void 0) {
        void worker.terminate().then(() => resolve2());
        return;
      }
      worker.postMessage(current);
    };
    worker.on("message", (done) => {
      for (const { index, result } of done.results) results[index] = result;
      send();
    });
    const fail2 = (message) => {
      for (const unit of current?.units ?? []) results[unit.index] = { kind: "failed", message };
      current = void 0;
      resolve2();
    };
    worker.on("error", (error) => fail2(`the scan worker stopped: ${error.message}`));
    worker.on("exit", (code) => {
      if (current !== void 0) fail2(`the scan worker exited with code ${code}`);
    });
    send();
  });
  const here = async () => {
    for (let number = order[next++]; number !== void 0; number = order[next++]) {
      for (const { index, result } of await run.readHere(tasks[number].units)) results[index] = result;
      await new Promise((resolve2) => setImmediate(resolve2));
    }
  };
  const workers = Array.from({ length: Math.min(run.threads - 1, tasks.length) }, () => new Worker(script, { workerData: setup }));
  await Promise.all([...workers.map(work), here()]);
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
  run.planned.forEach(({ reader, unit }, index) => {
    if (files > 0 && files + unit.files.length > (run.taskFiles ?? TASK_FILES)) flush();
    units.push({ index, reader, files: unit.files.map(({ path, absolutePath }) => ({ path, absolutePath })) });
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
  for (const relative2 of ["./scan-worker.js", "../scan-worker.js", "../../dist/scan-worker.js"]) {
    const candidate = new URL(relative2, import.meta.url);
    if (existsSync(fileURLToPath(candidate))) return candidate;
  }
  return void 0;
}

// src/scan.ts
import { openSync, readSync, closeSync } from "node:fs";
async function scan(options) {
  const workspace = new Workspace(options.root);
  const model = await readModel(workspace, options);
  return { root: workspace.root, model, ...evaluatePolicy(model, options) };
}
async function readModel(workspace, options) {
  const readers2 = options.readers ?? readers;
  const limits = limitsOf(options.configuration?.limits);
  const selected = (path) => options.select?.(path) ?? true;
  const files = workspace.list(options.paths).filter((file) => selected(file.path));
  const parseErrors = [];
  const claimed = new Map(readers2.map((reader) => [reader, []]));
  for (const file of files) {
    const head = once(() => readHead(file));
    const reader = readers2.find((candidate) => candidate.claims(file, () => head().text));
    if (reader !== void 0) claimed.get(reader)?.push(file);
    else if (isManifestName(file.path)) {
      const unreadable = head().unreadable;
      if (unreadable !== void 0) parseErrors.push({ file: file.path, ...unreadable, severity: "notice" });
    }
  }
  for (const link of workspace.unfollowedLinks) {
    if (!selected(link.path) || link.target !== "folder" && !isManifestName(link.path)) continue;
    parseErrors.push({ file: link.path, line: 1, column: 1, message: link.reason, severity: "notice" });
  }
  const planned = planUnits(readers2, claimed, workspace);
  const results = await readUnits(workspace, planned, readers2, { ...options, limits, prefilter: options.prefilter ?? true });
  const { resources, manifests, inlineExemptions, ...merged } = mergeUnitResults(readers2, planned, results, claimed);
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
    parseErrors: classifyParseErrors(parseErrors, workspace).sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line),
    files: [...new Set(manifests)].sort(),
    inlineExemptions
  };
}
async function readUnits(workspace, planned, readers2, options) {
  const threads = readers2 === readers ? scanThreads(planned.flatMap(({ unit }) => unit.files), options.threads) : 1;
  const script = threads > 1 && planned.length > 1 ? workerScript() : void 0;
  const readHere = async (unit) => readUnit(readers2[unit.reader], unit.unit, workspace, options);
  if (script !== void 0) {
    const run = { root: workspace.root, planned, threads, limits: options.limits, prefilter: options.prefilter, ...options.poolTesting };
    return readUnitsInPool(
      {
        ...run,
        readHere: async (units) => {
          const done = [];
          for (const { index } of units) done.push({ index, result: await readHere(planned[index]) });
          return done;
        }
      },
      script
    );
  }
  const results = [];
  for (const unit of planned) results.push(await readHere(unit));
  return results;
}
var HEAD_BYTES = 4096;
function classifyParseErrors(errors, workspace) {
  const verdicts = /* @__PURE__ */ new Map();
  const mayMatter = (path) => {
    let known = verdicts.get(path);
    if (known === void 0) {
      const file = workspace.get(path);
      known = file === void 0 ? false : mayDeclarePolicyInput(file.absolutePath);
      verdicts.set(path, known);
    }
    return known;
  };
  return errors.map((error) => {
    if (error.kind === "not-evaluated") return error;
    const skippedForSize = isSkippedForSize(error, workspace);
    if (error.severity !== "error" && !skippedForSize) return error;
    if (mayMatter(error.file)) return { ...error, severity: "error", kind: "unreadable-manifest" };
    return skippedForSize ? { ...error, severity: "notice" } : error;
  });
}
function isSkippedForSize(error, workspace) {
  if (error.line !== 1 || error.column !== 1) return false;
  const size = workspace.get(error.file)?.size ?? 0;
  return size > MAX_FILE_BYTES && error.message === sizeLimitMessage(size);
}
var headBuffer = Buffer.alloc(HEAD_BYTES);
function readHead(file) {
  let fd;
  try {
    fd = openSync(file.absolutePath, "r");
    const read = readSync(fd, headBuffer, 0, HEAD_BYTES, 0);
    const head = headBuffer.subarray(0, read);
    const text = decodeHead(head, file.path);
    if (text !== void 0) return { text };
    const decoded = decodeText(head, encodingsOf(file.path));
    if (decoded.ok) return { text: "" };
    return { text: "", unreadable: { message: decoded.message, line: decoded.line, column: decoded.column } };
  } catch {
    return { text: "" };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function once(compute) {
  let value;
  return () => (value ??= { v: compute() }).v;
}

// src/pipeline/run-pipeline.ts
var everyFinding = () => ({ files: void 0 });
async function runPipeline(input) {
  const { day, failOn, scan: scan2 = scan, exemptionChanges, scope: scopeOf, ...options } = input;
  const result = await scan2({ ...options, asOf: day.date });
  const changes = result.exemptions === void 0 ? void 0 : await exemptionChanges?.(result.exemptions);
  const report3 = buildJsonReport(result, {
    toolVersion: TOOL_VERSION,
    asOf: day.text,
    failOn,
    ...options.advisories !== void 0 && { advisories: options.advisories },
    ...options.configuration !== void 0 && { configurationFile: options.configuration.file },
    ...changes !== void 0 && { exemptionChanges: changes }
  });
  const scope = scopeOf(report3);
  return { result, report: report3, scope, gate: decideVerdict(report3, failOn, scope.files) };
}

// src/report/sarif.ts
var FINGERPRINT_KEY = "hotpatchRebootGate/v1";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var TAGS = ["azure", "hotpatch", "infrastructure-as-code", "reliability"];
var LEVELS = { error: "error", warning: "warning", notice: "note" };
function renderSarif(report3, rules2) {
  const descriptors = describeRules(rules2, report3.findings);
  const ruleIndex = new Map(descriptors.map((rule15, index) => [rule15.id, index]));
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
        invocations: [
          { executionSuccessful: true, toolExecutionNotifications: report3.parseErrors.map(toNotification) }
        ],
        results: report3.findings.map((finding) => toResult(finding, ruleIndex.get(finding.ruleId))),
        ...report3.knowledge !== void 0 && { properties: { knowledge: report3.knowledge } }
      }
    ]
  };
}
function describeRules(rules2, findings) {
  const byId = /* @__PURE__ */ new Map();
  for (const rule15 of rules2) {
    if (byId.has(rule15.id)) continue;
    byId.set(rule15.id, {
      id: rule15.id,
      shortDescription: { text: firstSentence(rule15.description) },
      fullDescription: { text: rule15.description },
      helpUri: rule15.docsUrl,
      help: describeHelp(rule15.description, rule15.docsUrl),
      defaultConfiguration: { level: LEVELS[rule15.severity] },
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
function toNotification(error) {
  return {
    level: error.severity === "error" ? "error" : "note",
    message: { text: error.message },
    descriptor: { id: error.severity === "error" ? "parse-error" : "file-skipped" },
    locations: [location(error.file, { startLine: error.line, startColumn: error.column })]
  };
}
function location(file, region) {
  return { physicalLocation: { artifactLocation: { uri: toUri(file), uriBaseId: SRCROOT }, region } };
}
function toUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function firstSentence(text) {
  const match2 = /^.*?[.!?](?=\s|$)/s.exec(text);
  return (match2?.[0] ?? text).trim();
}

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
  const before = base.get(keyOf(record.resource, record.rule));
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
var keyOf = (resource, rule15) => `${resource.toLowerCase()}
${rule15}`;
function baseExpiries(text) {
  const expiries = /* @__PURE__ */ new Map();
  if (text === null) return expiries;
  const root = parseYaml(text, { maxAliases: 50, maxAliasExpansion: 2e3, maxDepth: 32 }).documents[0]?.root;
  const list = isMap(root) ? root.byKey.get("exemptions")?.value : void 0;
  if (!isSeq(list)) return expiries;
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const [resource, rule15, expires] = ["resource", "rule", "expires"].map((key2) => scalarText(item.byKey.get(key2)?.value));
    if (resource === void 0 || rule15 === void 0 || expires === void 0) continue;
    const key = keyOf(resource, rule15);
    const known = expiries.get(key);
    if (known === void 0 || expires > known) expiries.set(key, expires);
  }
  return expiries;
}

// src/config/default-path.ts
var DEFAULT_CONFIG_FILE = ".github/hotpatch-reboot-gate.yml";

export {
  renderSarif,
  createLineReader,
  getBuiltInAdvisories,
  parseEvaluationDay,
  evaluationDayOf,
  loadConfigurationFile,
  builtInAdvisories,
  selectFiles,
  classifyExemptions,
  rules,
  wrapText,
  sanitizeForTerminal,
  renderText,
  renderSummaryLine,
  scan,
  everyFinding,
  runPipeline,
  DEFAULT_CONFIG_FILE
};

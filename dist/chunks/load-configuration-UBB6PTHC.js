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
} from "./chunk-EG5ZUL76.js";
import {
  entryOf,
  isSeq,
  nodeAt,
  parseYaml
} from "./chunk-JTAON7VB.js";
import "./chunk-VO455LQT.js";
import {
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
  require_validation_error
} from "./chunk-CGDH3UTP.js";
import "./chunk-T2WFA3EU.js";
import "./chunk-SD73YJMR.js";
import {
  Workspace,
  decodeText,
  parseResourceId
} from "./chunk-YDW5QEY2.js";
import {
  ConfigurationError
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

// src/policy/load-advisory.ts
var addFormats = import_ajv_formats.default.default;
var validator;
function getValidator() {
  if (validator === void 0) {
    const ajv = new import_ajv.Ajv({ allErrors: false, strict: true });
    addFormats(ajv);
    validator = ajv.compile(advisory_schema_default);
  }
  return validator;
}
function loadAdvisory(text, source) {
  return readAdvisory(text, source, isShippedAdvisory(text) ? void 0 : checkAgainstSchema);
}
function checkAgainstSchema(data, text, source) {
  const validate = getValidator();
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
      "x-expected": "a mapping of rule ids to error, warning, notice or off (invalid-reboot-plan, invalid-vm-name, indeterminate, not-evaluated, nothing-scanned, platform-reboot-only, reboot-blocked, reboot-plan-required, reboot-window-expired, reboot-window-late, reboot-window-misses-baseline, schedule-prerequisites, unpatched-image, unreadable-manifest)",
      additionalProperties: false,
      properties: {
        indeterminate: { $ref: "#/definitions/ruleSetting" },
        "invalid-reboot-plan": { $ref: "#/definitions/ruleSetting" },
        "invalid-vm-name": { $ref: "#/definitions/ruleSetting" },
        "not-evaluated": { $ref: "#/definitions/ruleSetting" },
        "nothing-scanned": { $ref: "#/definitions/ruleSetting" },
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

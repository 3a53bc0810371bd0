#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  require_applicator,
  require_codegen,
  require_compile,
  require_core,
  require_core2,
  require_dependencies,
  require_discriminator,
  require_format,
  require_metadata,
  require_names,
  require_ref,
  require_ref_error,
  require_util,
  require_validate,
  require_validation,
  require_validation_error
} from "./chunks/chunk-CGDH3UTP.js";
import {
  publishPullRequestConversation
} from "./chunks/chunk-OQCEGONV.js";
import "./chunks/chunk-VGTCYHH3.js";
import {
  neutralizeWorkflowCommands
} from "./chunks/chunk-L54D7KFI.js";
import {
  sanitizeLinesForTerminal
} from "./chunks/chunk-RRYI7WGJ.js";
import "./chunks/chunk-T2WFA3EU.js";
import {
  createGitHubClient
} from "./chunks/chunk-GCS3EJNW.js";
import {
  DEFAULT_MAX_LINE_COMMENTS,
  describeFailure
} from "./chunks/chunk-TYQIX7WF.js";
import "./chunks/chunk-2KOYTGGI.js";
import "./chunks/chunk-7A37WBHT.js";
import {
  ConfigurationError,
  getErrorMessage
} from "./chunks/chunk-KOMI2SY3.js";
import {
  __commonJS,
  __toESM
} from "./chunks/chunk-5XWL5JNG.js";

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate2 = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate2));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate2, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate2);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate2);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
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
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
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
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
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

// src/github/poster.ts
import { readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";

// src/github/api/pull-request.ts
async function getPullRequest(client, owner, repo, number) {
  const { data } = await client.rest.pulls.get({ owner, repo, pull_number: number });
  return {
    number: data.number,
    state: data.state,
    headSha: data.head.sha,
    headRepository: data.head.repo?.full_name,
    baseRepository: data.base.repo.full_name
  };
}

// src/github/report-validation.ts
var import__ = __toESM(require__(), 1);

// schemas/report.schema.json
var report_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "hotpatch-reboot-gate JSON report",
  description: "What `hotpatch-reboot-gate scan --format json` writes and the action uploads. Fields are only ever added; a rename, removal or change of shape bumps schemaVersion (2: structured evidence, plans). File paths are relative to the scanned root, with '/' separators; lines are 1-based.",
  type: "object",
  additionalProperties: false,
  required: [
    "schemaVersion",
    "tool",
    "asOf",
    "resources",
    "findings",
    "parseErrors",
    "summary",
    "advisories",
    "plans"
  ],
  properties: {
    schemaVersion: {
      const: 2,
      description: "2 since evidence became structured (file, startLine, kind, status) and plans were added; see docs/json-report.md."
    },
    tool: {
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "version"
      ],
      properties: {
        name: {
          type: "string",
          minLength: 1
        },
        version: {
          type: "string",
          minLength: 1
        }
      }
    },
    asOf: {
      $ref: "#/$defs/date",
      description: "The evaluation date (UTC)."
    },
    failOn: {
      enum: ["error", "warning", "never"],
      description: "The fail-on the run's verdict used (the workflow's input, else the configuration's, else error): the fork-safe poster, which reads no configuration, uses it too."
    },
    resources: {
      description: "Every VM and scale set read, one entry per evaluated instance, sorted by file, line and name.",
      type: "array",
      items: {
        $ref: "#/$defs/resource"
      }
    },
    findings: {
      description: "Sorted by file, line and rule id.",
      type: "array",
      items: {
        $ref: "#/$defs/finding"
      }
    },
    parseErrors: {
      description: "Files that could not be read, files skipped on purpose, and notes on what a read file names but the scan does not follow; sorted by file, line and column.",
      type: "array",
      items: {
        $ref: "#/$defs/parseError"
      }
    },
    summary: {
      $ref: "#/$defs/summary"
    },
    advisories: {
      description: "Advisories in force, for rendering their sources.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "id",
          "title",
          "url"
        ],
        properties: {
          id: {
            type: "string",
            minLength: 1
          },
          title: {
            type: "string"
          },
          url: {
            type: "string",
            description: "The advisory's first source."
          }
        }
      }
    },
    knowledge: {
      description: "The advisories and baseline calendar applied, with the dates their facts were last reviewed, and one notice when the evaluation date is more than 120 days past the newest review.",
      type: "object",
      additionalProperties: false,
      required: [
        "advisories",
        "calendar"
      ],
      properties: {
        advisories: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "id"
            ],
            properties: {
              id: {
                type: "string"
              },
              reviewed: {
                type: "string",
                pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
              }
            }
          }
        },
        calendar: {
          type: "object",
          additionalProperties: false,
          required: [
            "baselineMonths",
            "advisoryId"
          ],
          properties: {
            baselineMonths: {
              type: "array",
              items: {
                type: "integer",
                minimum: 1,
                maximum: 12
              }
            },
            advisoryId: {
              type: "string"
            },
            reviewed: {
              type: "string",
              pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
            }
          }
        },
        newestReview: {
          type: "string",
          pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        },
        daysSinceReview: {
          type: "integer"
        },
        notice: {
          type: "string"
        }
      }
    },
    plans: {
      description: "Every maintenance configuration and assignment read, whether or not it reaches a VM, sorted by file and line: a pull request that changes one of their files re-checks every VM.",
      type: "array",
      items: {
        $ref: "#/$defs/plan"
      }
    },
    configuration: {
      description: "The policy configuration read, when there is one: a change to it can change any VM's findings.",
      type: "object",
      additionalProperties: false,
      required: [
        "file"
      ],
      properties: {
        file: {
          $ref: "#/$defs/path"
        }
      }
    },
    exemptions: {
      description: "Every exemption (policy configuration and inline comments), sorted by file and line. Absent when there is none.",
      type: "array",
      items: {
        $ref: "#/$defs/exemption"
      }
    }
  },
  $defs: {
    date: {
      type: "string",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    },
    path: {
      type: "string",
      minLength: 1,
      description: "Relative to the scanned root, '/' separated."
    },
    line: {
      type: "integer",
      minimum: 1
    },
    severity: {
      enum: [
        "error",
        "warning",
        "notice"
      ]
    },
    verdict: {
      enum: [
        "not-affected",
        "affected-no-plan",
        "affected-reboot-blocked",
        "affected-platform-reboot",
        "affected-with-plan",
        "indeterminate"
      ]
    },
    related: {
      type: "object",
      additionalProperties: false,
      required: [
        "file",
        "startLine",
        "role"
      ],
      properties: {
        file: {
          $ref: "#/$defs/path"
        },
        startLine: {
          $ref: "#/$defs/line"
        },
        role: {
          type: "string",
          description: "e.g. parameter-file, stack-config, module, declaration, cause; value, plan-condition, plan-value for the files whose values decide the VM's verdict or its plans' (docs/json-report.md, Related locations)."
        }
      }
    },
    resource: {
      type: "object",
      additionalProperties: false,
      required: [
        "file",
        "startLine",
        "name",
        "type",
        "format",
        "verdict",
        "reasons",
        "related",
        "key",
        "evidence"
      ],
      properties: {
        file: {
          $ref: "#/$defs/path"
        },
        startLine: {
          $ref: "#/$defs/line"
        },
        name: {
          type: "string"
        },
        type: {
          type: "string",
          description: "ARM type, e.g. Microsoft.Compute/virtualMachines."
        },
        format: {
          enum: [
            "arm",
            "bicep",
            "terraform",
            "terraform-plan",
            "kubernetes",
            "pulumi",
            "what-if"
          ]
        },
        verdict: {
          $ref: "#/$defs/verdict"
        },
        reasons: {
          type: "array",
          items: {
            type: "string"
          },
          description: "Steps to the verdict, in order."
        },
        related: {
          type: "array",
          items: {
            $ref: "#/$defs/related"
          }
        },
        key: {
          type: "string",
          minLength: 1,
          description: "Stable key: lower-cased type/name (or symbol), then @variant, then #namespace=...,resourceGroup=... when another resource shares the rest (only what differs); unique within the report."
        },
        variant: {
          type: "string",
          minLength: 1,
          description: "e.g. the parameter file it was evaluated with."
        },
        evidence: {
          type: "array",
          items: {
            $ref: "#/$defs/evidence"
          },
          description: "One entry per maintenance assignment that reaches the VM, then one per declared reboot plan. Renderers word each entry; the data carries no prose besides the policy's `detail`."
        }
      }
    },
    finding: {
      type: "object",
      additionalProperties: false,
      required: [
        "ruleId",
        "severity",
        "file",
        "startLine",
        "endLine",
        "message",
        "resource",
        "fingerprint",
        "docsUrl",
        "related"
      ],
      properties: {
        ruleId: {
          type: "string",
          pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"
        },
        severity: {
          $ref: "#/$defs/severity"
        },
        file: {
          $ref: "#/$defs/path"
        },
        startLine: {
          $ref: "#/$defs/line"
        },
        endLine: {
          $ref: "#/$defs/line"
        },
        message: {
          type: "string"
        },
        resource: {
          type: "string",
          description: "Display name of the VM."
        },
        resourceKey: {
          type: "string",
          description: "The key of the resource the finding is about, when known."
        },
        fingerprint: {
          type: "string",
          minLength: 1,
          description: "Stable across runs and line moves: rule, resource identity and variant."
        },
        docsUrl: {
          type: "string"
        },
        advisoryId: {
          type: "string"
        },
        related: {
          type: "array",
          items: {
            $ref: "#/$defs/related"
          }
        },
        fix: {
          type: "object",
          additionalProperties: false,
          properties: {
            snippet: {
              type: "object",
              additionalProperties: false,
              required: [
                "language",
                "text"
              ],
              properties: {
                language: {
                  type: "string"
                },
                text: {
                  type: "string"
                }
              }
            },
            replacement: {
              type: "object",
              additionalProperties: false,
              required: [
                "file",
                "line",
                "text"
              ],
              properties: {
                file: {
                  $ref: "#/$defs/path"
                },
                line: {
                  $ref: "#/$defs/line"
                },
                text: {
                  type: "string",
                  description: "The whole new text of that line."
                }
              }
            }
          }
        },
        exemption: {
          type: "object",
          additionalProperties: false,
          required: [
            "reason",
            "owner",
            "expires",
            "source"
          ],
          description: "Set when an exemption covers the finding: it is shown but does not fail the run.",
          properties: {
            reason: {
              type: "string"
            },
            owner: {
              type: "string"
            },
            expires: {
              type: "string"
            },
            source: {
              type: "string"
            }
          }
        }
      }
    },
    parseError: {
      type: "object",
      additionalProperties: false,
      required: [
        "file",
        "line",
        "column",
        "message",
        "severity"
      ],
      properties: {
        file: {
          $ref: "#/$defs/path"
        },
        line: {
          $ref: "#/$defs/line"
        },
        column: {
          $ref: "#/$defs/line"
        },
        message: {
          type: "string"
        },
        severity: {
          enum: [
            "error",
            "notice"
          ]
        },
        skipped: {
          const: true,
          description: "On a notice: the file itself was not read (size, templated YAML, a link, bytes no reader decodes). A notice without it is a note on a file that was read (a module or a link it names is not followed)."
        }
      }
    },
    summary: {
      type: "object",
      additionalProperties: false,
      required: [
        "files",
        "resources",
        "errors",
        "warnings",
        "notices",
        "exempted",
        "verdicts"
      ],
      properties: {
        files: {
          type: "integer",
          minimum: 0,
          description: "Manifests read."
        },
        resources: {
          type: "integer",
          minimum: 0
        },
        errors: {
          type: "integer",
          minimum: 0,
          description: "Findings not covered by an exemption."
        },
        warnings: {
          type: "integer",
          minimum: 0
        },
        notices: {
          type: "integer",
          minimum: 0
        },
        exempted: {
          type: "integer",
          minimum: 0,
          description: "Findings covered by an exemption."
        },
        verdicts: {
          type: "object",
          description: "Resources per verdict; verdicts with none are left out.",
          propertyNames: {
            $ref: "#/$defs/verdict"
          },
          additionalProperties: {
            type: "integer",
            minimum: 1
          }
        }
      }
    },
    exemption: {
      type: "object",
      additionalProperties: false,
      required: [
        "source",
        "file",
        "startLine",
        "resource",
        "rule",
        "reason",
        "owner",
        "expires",
        "status",
        "resources",
        "exempted"
      ],
      properties: {
        source: {
          enum: [
            "configuration",
            "inline"
          ]
        },
        file: {
          $ref: "#/$defs/path",
          description: "Where it is written: the configuration file or the manifest with the comment."
        },
        startLine: {
          $ref: "#/$defs/line"
        },
        resource: {
          type: "string",
          description: "As written in the configuration (a name, a glob or a resource ID); the resource's name for an inline exemption."
        },
        rule: {
          type: "string",
          description: "A rule id or `*`; empty for an inline exemption that cannot be read."
        },
        reason: {
          type: "string"
        },
        owner: {
          type: "string"
        },
        expires: {
          type: "string",
          description: "YYYY-MM-DD as written: the last day it applies."
        },
        ticket: {
          type: "string"
        },
        status: {
          enum: [
            "active",
            "expired",
            "too-long",
            "malformed"
          ],
          description: "Only `active` exemptions exempt findings."
        },
        problem: {
          type: "string",
          description: "Why it is not in force (too-long, malformed)."
        },
        resources: {
          type: "array",
          items: {
            type: "string"
          },
          description: "Names of the VMs it is keyed to."
        },
        exempted: {
          type: "integer",
          minimum: 0,
          description: "How many findings it exempted."
        },
        new: {
          type: "boolean",
          description: "Whether the pull request adds or extends it; absent when that is not known."
        },
        change: {
          enum: [
            "added",
            "extended",
            "changed"
          ],
          description: "How the pull request touched it, when new; `changed` when only the diff tells."
        }
      }
    },
    plan: {
      type: "object",
      additionalProperties: false,
      required: [
        "kind",
        "name",
        "file",
        "startLine"
      ],
      properties: {
        kind: {
          enum: [
            "maintenance-configuration",
            "maintenance-assignment"
          ]
        },
        name: {
          type: "string"
        },
        file: {
          $ref: "#/$defs/path",
          description: "Where it is reported (for a module's resource: the module call)."
        },
        startLine: {
          $ref: "#/$defs/line"
        },
        declaredIn: {
          $ref: "#/$defs/path",
          description: "The file that declares it, when it is not `file`."
        },
        valueFiles: {
          type: "array",
          items: {
            $ref: "#/$defs/path"
          },
          description: "For an assignment that reaches out of its deployment unit (a dynamic scope, a target by resource ID or not resolved): the other files whose values decide where it applies. A change to one re-checks every VM."
        }
      }
    },
    evidence: {
      oneOf: [
        {
          $ref: "#/$defs/assignmentEvidence"
        },
        {
          $ref: "#/$defs/declaredPlanEvidence"
        }
      ]
    },
    assignmentEvidence: {
      type: "object",
      additionalProperties: false,
      required: [
        "kind",
        "file",
        "startLine",
        "status",
        "name",
        "via",
        "detail"
      ],
      properties: {
        kind: {
          const: "maintenance-assignment"
        },
        file: {
          $ref: "#/$defs/path",
          description: "Where the assignment is reported."
        },
        startLine: {
          $ref: "#/$defs/line"
        },
        status: {
          enum: [
            "valid",
            "reboot-blocked",
            "expired",
            "not-in-guest-patch",
            "unverifiable",
            "misses-baseline",
            "malformed-window"
          ]
        },
        nextWindow: {
          type: "string",
          description: "For a window that reboots for a checked baseline: its first opening after the release, e.g. `next reboot window 2027-01-13 03:00 UTC, 1 day after the January 2027 baseline`."
        },
        name: {
          type: "string",
          description: "The assignment's name."
        },
        via: {
          enum: [
            "direct",
            "dynamic-scope"
          ]
        },
        configuration: {
          type: "object",
          additionalProperties: false,
          required: [
            "name"
          ],
          description: "The configuration assigned: with file and startLine when it is in the scanned files, its name alone when not; absent when its name could not be resolved.",
          properties: {
            name: {
              type: "string"
            },
            file: {
              $ref: "#/$defs/path"
            },
            startLine: {
              $ref: "#/$defs/line"
            }
          }
        },
        detail: {
          type: "string",
          description: "The policy's explanation of the status; empty when there is none."
        }
      }
    },
    declaredPlanEvidence: {
      type: "object",
      additionalProperties: false,
      required: [
        "kind",
        "file",
        "startLine",
        "status",
        "name",
        "window"
      ],
      properties: {
        kind: {
          const: "declared-plan"
        },
        file: {
          $ref: "#/$defs/path",
          description: "Where the window is written."
        },
        startLine: {
          $ref: "#/$defs/line"
        },
        status: {
          enum: [
            "valid",
            "invalid"
          ]
        },
        name: {
          type: "string",
          description: "e.g. tag hotpatch-reboot-window, reboot-plans[0] of .github/hotpatch-reboot-gate.yml."
        },
        window: {
          type: "string"
        },
        owner: {
          type: "string"
        },
        ticket: {
          type: "string"
        },
        problem: {
          type: "object",
          additionalProperties: false,
          required: [
            "kind",
            "text"
          ],
          properties: {
            kind: {
              enum: [
                "malformed",
                "no-owner",
                "ended"
              ]
            },
            text: {
              type: "string"
            }
          }
        }
      }
    }
  }
};

// src/github/report-validation.ts
var validate = new import__.Ajv2020({ allErrors: false, strict: false }).compile(report_schema_default);
function validateReport(value) {
  if (validate(value)) return { report: value };
  const errors = (validate.errors ?? []).slice(0, 1).map(describe);
  return { errors: errors.length > 0 ? errors : ["the report does not match schemas/report.schema.json"] };
}
function describe(error) {
  const extra = error.keyword === "additionalProperties" ? ` '${String(error.params.additionalProperty)}'` : "";
  return `${error.instancePath || "(root)"}: ${error.message ?? "is invalid"}${extra}`;
}

// src/github/poster.ts
var MAX_REPORT_BYTES = 64 * 1024 * 1024;
var POSTER_USAGE = `Usage: node dist/post.js --report FILE --repo OWNER/NAME --sha HEAD_SHA (--pr NUMBER | --context FILE)
         [--comment both|summary|review] [--scope changed|all] [--fail-on error|warning|never] [--run-url URL]

Posts the pull-request conversation (review comments and the summary comment) from a JSON report, for the
fork-safe two-phase workflow: the report comes from a pull_request run, this runs in a workflow_run job.
GITHUB_TOKEN (pull-requests: write) is read from the environment; GITHUB_API_URL and GITHUB_SERVER_URL too.
--sha must be the trusted head commit (github.event.workflow_run.head_sha): nothing is posted unless it is the
pull request's head. --context reads the pull request number (and, unless given as flags, scope, fail-on and
comment) from the JSON file the pull_request job wrote.`;
async function runPoster(argv, env, io, options = {}) {
  let args;
  try {
    args = readArguments(argv, env);
  } catch (error) {
    io.err(getErrorMessage(error));
    io.err(POSTER_USAGE);
    return 2;
  }
  const loaded = loadReport(args.report);
  if ("errors" in loaded) {
    io.err(`${args.report} is not a hotpatch-reboot-gate JSON report; nothing posted:`);
    for (const error of loaded.errors) io.err(`  ${error}`);
    return 1;
  }
  const client = createGitHubClient(args.token, {
    baseUrl: env.GITHUB_API_URL || void 0,
    timings: options.timings,
    log: io.out
  });
  let facts;
  try {
    facts = await getPullRequest(client, args.owner, args.repo, args.number);
  } catch (error) {
    io.out(
      `Could not read pull request #${args.number} of ${args.owner}/${args.repo}; nothing posted: ${describeFailure(error)}`
    );
    return 0;
  }
  if (facts.state !== "open") {
    io.out(`Pull request #${args.number} is ${facts.state}; nothing posted.`);
    return 0;
  }
  if (facts.headSha !== args.sha) {
    io.out(
      `Pull request #${args.number} is now at ${facts.headSha.slice(0, 7)}, not ${args.sha.slice(0, 7)} (the commit the report describes); nothing posted: the run for the newer commit comments.`
    );
    return 0;
  }
  const input = {
    report: loaded.report,
    client,
    comment: args.comment,
    runUrl: args.runUrl,
    scope: args.scope,
    // The flag or phase 1's context when given; else the fail-on phase 1's verdict used (its configuration's).
    failOn: args.failOn ?? loaded.report.failOn ?? "error",
    maxLineComments: args.maxLineComments,
    pullRequest: {
      owner: args.owner,
      repo: args.repo,
      number: args.number,
      headSha: args.sha,
      fromFork: facts.headRepository?.toLowerCase() !== facts.baseRepository.toLowerCase()
    },
    eventName: "workflow_run",
    // Only a pull_request run's token can be read-only because of its actor; this is a workflow_run.
    actor: void 0,
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com"
  };
  const result = await publishPullRequestConversation(input);
  for (const notice of result.notices) io.out(notice);
  for (const warning of result.warnings)
    if (env.GITHUB_ACTIONS === "true") io.command(`::warning::${escapeCommandData(sanitizeLinesForTerminal(warning))}`);
    else io.out(`Warning: ${warning}`);
  io.out(
    `Pull request #${args.number}: summary ${result.summary}, ${result.reviews} reviews with ${result.lineComments} line comments, ${result.fileComments} file comments, ${result.resolvedThreads} threads resolved.`
  );
  return 0;
}
function readArguments(argv, env) {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      report: { type: "string" },
      repo: { type: "string" },
      pr: { type: "string" },
      sha: { type: "string" },
      context: { type: "string" },
      comment: { type: "string" },
      scope: { type: "string" },
      "fail-on": { type: "string" },
      "run-url": { type: "string" },
      "max-comments": { type: "string" }
    },
    strict: true
  });
  const context = values.context === void 0 ? {} : readContext(values.context);
  const token2 = env.GITHUB_TOKEN ?? "";
  if (token2 === "")
    throw new ConfigurationError("GITHUB_TOKEN is not set: the poster needs a token with pull-requests: write.");
  if (values.report === void 0) throw new ConfigurationError("--report is required.");
  const repository = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(values.repo ?? "");
  if (!repository) throw new ConfigurationError(`Invalid --repo '${values.repo ?? ""}': expected OWNER/NAME.`);
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(values.sha ?? "")) {
    throw new ConfigurationError(
      `Invalid --sha '${values.sha ?? ""}': expected the full head commit SHA (github.event.workflow_run.head_sha).`
    );
  }
  const number = Number(values.pr ?? context.pullRequest);
  if (!Number.isSafeInteger(number) || number <= 0) {
    throw new ConfigurationError(
      `Invalid pull request number '${values.pr ?? String(context.pullRequest)}': give --pr NUMBER or --context FILE.`
    );
  }
  return {
    report: values.report,
    token: token2,
    owner: repository[1],
    repo: repository[2],
    number,
    sha: values.sha.toLowerCase(),
    comment: choice("--comment", values.comment ?? context.comment, ["both", "summary", "review"], "both"),
    scope: choice("--scope", values.scope ?? context.scope, ["changed", "all"], "changed"),
    failOn: optionalChoice("--fail-on", values["fail-on"] ?? context.failOn, ["error", "warning", "never"]),
    runUrl: values["run-url"] || void 0,
    maxLineComments: maxComments(values["max-comments"])
  };
}
function maxComments(text) {
  if (text === void 0) return DEFAULT_MAX_LINE_COMMENTS;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value > 1e3) {
    throw new ConfigurationError(`Invalid --max-comments '${text}': expected a whole number from 0 to 1000.`);
  }
  return value;
}
function readContext(path) {
  let value;
  try {
    value = JSON.parse(readFileSync(path, "utf8").slice(0, 1e4));
  } catch (error) {
    throw new ConfigurationError(`Cannot read --context ${path}: ${getErrorMessage(error)}`);
  }
  const record = typeof value === "object" && value !== null ? value : {};
  const pick = (key) => {
    const field = Object.hasOwn(record, key) ? record[key] : void 0;
    return typeof field === "string" || typeof field === "number" ? field : void 0;
  };
  return { pullRequest: pick("pullRequest"), scope: pick("scope"), failOn: pick("failOn"), comment: pick("comment") };
}
function optionalChoice(flag, value, choices) {
  return value === void 0 || value === "" ? void 0 : choice(flag, value, choices, choices[0]);
}
function choice(flag, value, choices, fallback) {
  if (value === void 0 || value === "") return fallback;
  const found = choices.find((candidate) => candidate === String(value));
  if (found === void 0)
    throw new ConfigurationError(`Invalid ${flag} '${String(value)}': expected one of ${choices.join(", ")}.`);
  return found;
}
function loadReport(path) {
  try {
    const size = statSync(path).size;
    if (size > MAX_REPORT_BYTES) return { errors: [`the file is ${size} bytes; the limit is ${MAX_REPORT_BYTES}`] };
    return validateReport(JSON.parse(readFileSync(path, "utf8")));
  } catch (error) {
    return { errors: [getErrorMessage(error)] };
  }
}
var escapeCommandData = (text) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

// src/post.ts
var token = process.env.GITHUB_TOKEN ?? "";
if (token !== "") console.log(`::add-mask::${token.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}`);
var printable = (line) => neutralizeWorkflowCommands(sanitizeLinesForTerminal(line));
process.exitCode = await runPoster(process.argv.slice(2), process.env, {
  out: (line) => console.log(printable(line)),
  err: (line) => console.error(printable(line)),
  command: (line) => console.log(line)
});

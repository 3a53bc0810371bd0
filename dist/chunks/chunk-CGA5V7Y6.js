import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  folderHolds,
  isPlanHead
} from "./chunk-CIPLAQYB.js";

// src/readers/terraform/plan-folder.ts
var terraformPlanProbe = {
  candidate: (path) => path.endsWith(".json"),
  test: isPlanHead
};
var hasPlan = (workspace, folder) => folderHolds(workspace, folder, terraformPlanProbe);

export {
  terraformPlanProbe,
  hasPlan
};

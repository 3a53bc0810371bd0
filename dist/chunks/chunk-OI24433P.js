import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  folderHolds,
  isPlanHead,
  isStateHead
} from "./chunk-HRE4GSV5.js";

// src/readers/terraform/plan-folder.ts
var terraformPlanProbe = {
  candidate: (path) => path.endsWith(".json"),
  test: (head) => isPlanHead(head) && !isStateHead(head)
};
var hasPlan = (workspace, folder) => folderHolds(workspace, folder, terraformPlanProbe);

export {
  terraformPlanProbe,
  hasPlan
};

import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  FIND_CREATED,
  TIMINGS_VARIABLE,
  createGitHubClient,
  timingsFromEnvironment
} from "./chunk-FQTSYBT5.js";
import "./chunk-TYQIX7WF.js";
import "./chunk-2KOYTGGI.js";
import "./chunk-7A37WBHT.js";
import "./chunk-KOMI2SY3.js";
import "./chunk-5XWL5JNG.js";
export {
  FIND_CREATED,
  TIMINGS_VARIABLE,
  createGitHubClient,
  timingsFromEnvironment
};

import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  TIMINGS_VARIABLE,
  createGitHubClient,
  timingsFromEnvironment
} from "./chunk-TYQCHJQC.js";
import "./chunk-2KOYTGGI.js";
import "./chunk-YJ6JLZTS.js";
import "./chunk-CWHROBQL.js";
import "./chunk-7A37WBHT.js";
import "./chunk-KOMI2SY3.js";
import "./chunk-5XWL5JNG.js";
export {
  TIMINGS_VARIABLE,
  createGitHubClient,
  timingsFromEnvironment
};

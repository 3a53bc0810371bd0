import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  getErrorMessage
} from "./chunk-KOMI2SY3.js";

// src/github/limits.ts
var MAX_COMMENTS_PER_REVIEW = 30;
var DEFAULT_MAX_LINE_COMMENTS = 50;
var MAX_FILE_COMMENTS = 10;
var MAX_FIXED_EDITS_PER_RUN = 10;
var MAX_RESOLVES_PER_REQUEST = 50;
var MAX_LISTED_FILES = 3e3;
var PAGE_SIZE = 100;
var MAX_PAGES = 100;
var MAX_TRACKED_FINGERPRINTS = 1e3;
var MAX_RETRIES = 2;
var REQUEST_TIMEOUT_MS = 1e4;
var MAX_RETRY_AFTER_SECONDS = 60;

// src/github/request-errors.ts
function statusOf(error) {
  const status = typeof error === "object" && error !== null ? error.status : void 0;
  return typeof status === "number" ? status : void 0;
}
function classifyFailure(error) {
  const status = statusOf(error);
  const message = getErrorMessage(error);
  if ((status === 403 || status === 429) && /secondary rate limit|rate limit exceeded/i.test(message))
    return "rate-limited";
  if (status === 429) return "rate-limited";
  if (status === 403 || status === 404) return "forbidden";
  if (status === 422) return "invalid";
  const errors = typeof error === "object" && error !== null ? error.errors : void 0;
  if (Array.isArray(errors)) {
    const types = errors.map(
      (entry) => typeof entry === "object" && entry !== null ? entry.type : void 0
    );
    if (types.includes("FORBIDDEN")) return "forbidden";
    if (types.includes("RATE_LIMITED")) return "rate-limited";
  }
  return "failed";
}
var MAX_FAILURE_DESCRIPTION = 300;
var attempts = /* @__PURE__ */ new WeakMap();
function recordAttempts(error, count) {
  if (typeof error === "object" && error !== null && count > 0 && !attempts.has(error)) attempts.set(error, count);
}
function describeFailure(error) {
  const first = redactCredentials(getErrorMessage(error).split(/\r?\n|\r/, 1)[0] ?? "");
  const count = typeof error === "object" && error !== null ? attempts.get(error) ?? 1 : 1;
  const after = count > 1 ? ` after ${count} attempts` : "";
  const status = statusOf(error);
  const text = isConnectionFailure(error) ? /abort|timed? ?out/i.test(first) ? `no answer from ${hostOf(error)}${after}: the request timed out` : `could not reach ${hostOf(error)}${after}: ${/\b(E[A-Z]{3,})\b/.exec(first)?.[1] ?? first}` : status === void 0 ? first : `HTTP ${status}${after}: ${first}`;
  return text.length <= MAX_FAILURE_DESCRIPTION ? text : `${text.slice(0, MAX_FAILURE_DESCRIPTION - 1)}\u2026`;
}
function hostOf(error) {
  const url = error.request?.url;
  if (typeof url !== "string") return "GitHub";
  try {
    return new URL(url).host || "GitHub";
  } catch {
    return "GitHub";
  }
}
function isConnectionFailure(error) {
  if (typeof error !== "object" || error === null) return false;
  const failed = error;
  return failed.status === 500 && failed.response === void 0;
}
var CREDENTIAL = /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})|\b((?:bearer|token|basic)\s+)[^\s"',;]+/gi;
function redactCredentials(text) {
  return text.replace(CREDENTIAL, (_match, scheme) => `${scheme ?? ""}***`);
}

export {
  MAX_COMMENTS_PER_REVIEW,
  DEFAULT_MAX_LINE_COMMENTS,
  MAX_FILE_COMMENTS,
  MAX_FIXED_EDITS_PER_RUN,
  MAX_RESOLVES_PER_REQUEST,
  MAX_LISTED_FILES,
  PAGE_SIZE,
  MAX_PAGES,
  MAX_TRACKED_FINGERPRINTS,
  MAX_RETRIES,
  REQUEST_TIMEOUT_MS,
  MAX_RETRY_AFTER_SECONDS,
  statusOf,
  classifyFailure,
  recordAttempts,
  describeFailure,
  isConnectionFailure
};

import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  MAX_LISTED_FILES,
  PAGE_SIZE
} from "./chunk-TYQIX7WF.js";

// src/report/cut-text.ts
function cutText(text, length) {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 55296 && code <= 56319 ? length - 1 : length);
}
function shortened(text, length, mark = "\u2026") {
  return text.length <= length ? text : `${cutText(text, length - mark.length)}${mark}`;
}

// src/github/api/pull-request-files.ts
async function listPullRequestFiles(client, pullRequest) {
  const files = [];
  const pages = client.paginate.iterator(client.rest.pulls.listFiles, {
    owner: pullRequest.owner,
    repo: pullRequest.repo,
    pull_number: pullRequest.number,
    per_page: PAGE_SIZE
  });
  for await (const page of pages) {
    for (const file of page.data) {
      files.push({
        path: file.filename,
        status: file.status,
        ...file.previous_filename !== void 0 && { previousPath: file.previous_filename },
        ...file.patch !== void 0 && { patch: file.patch }
      });
    }
    if (files.length >= MAX_LISTED_FILES) return { files, complete: false };
  }
  return { files, complete: true };
}

// src/github/context.ts
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function pullRequestFromEvent(eventName, payload) {
  if (eventName === void 0 || !PULL_REQUEST_EVENTS.has(eventName)) return void 0;
  const pullRequest = field(payload, "pull_request");
  const repository = field(payload, "repository");
  const number = field(pullRequest, "number");
  const headSha = field(field(pullRequest, "head"), "sha");
  const owner = field(field(repository, "owner"), "login");
  const repo = field(repository, "name");
  if (typeof number !== "number" || typeof headSha !== "string" || typeof owner !== "string" || typeof repo !== "string") {
    return void 0;
  }
  return { owner, repo, number, headSha, fromFork: isFork(pullRequest) };
}
function readOnlyReason(eventName, pullRequest, actor) {
  if (eventName !== "pull_request") return void 0;
  if (pullRequest.fromFork === true) return "the pull request comes from a fork";
  if (actor === "dependabot[bot]") return "the pull request comes from Dependabot";
  return void 0;
}
function isFork(pullRequest) {
  const head = field(field(pullRequest, "head"), "repo");
  const base = field(field(pullRequest, "base"), "repo");
  if (head === null || head === void 0) return true;
  const headName = field(head, "full_name");
  const baseName = field(base, "full_name");
  if (typeof headName === "string" && typeof baseName === "string")
    return headName.toLowerCase() !== baseName.toLowerCase();
  return field(head, "fork") === true;
}
function field(value, key) {
  if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return void 0;
  return value[key];
}

export {
  cutText,
  shortened,
  listPullRequestFiles,
  pullRequestFromEvent,
  readOnlyReason
};

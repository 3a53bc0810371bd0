import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  annotate,
  annotateWithin
} from "./chunk-XTRYBGVV.js";
import {
  publishPullRequestConversation
} from "./chunk-4HVD7XS5.js";
import "./chunk-VGTCYHH3.js";
import "./chunk-WG7TE6SE.js";
import {
  debug,
  info
} from "./chunk-C3URQ5PH.js";
import {
  github_exports
} from "./chunk-FQTSYBT5.js";
import {
  describeFailure
} from "./chunk-TYQIX7WF.js";
import "./chunk-2KOYTGGI.js";
import "./chunk-7A37WBHT.js";
import "./chunk-KOMI2SY3.js";
import "./chunk-5XWL5JNG.js";

// src/action/run-url.ts
function getRunUrl(serverUrl, repository, runId) {
  if (repository === void 0 || !/^[^/]+\/[^/]+$/.test(repository) || !Number.isSafeInteger(runId) || runId <= 0) {
    return void 0;
  }
  return `${serverUrl}/${repository}/actions/runs/${runId}`;
}

// src/action/converse.ts
async function converse(request) {
  const { settings, report, gate, scope, pullRequest, changes, getClient } = request;
  if (settings.token === "") {
    info("No github-token: nothing is posted to the pull request.");
    return;
  }
  const { context } = github_exports;
  try {
    const { notices, warnings } = await publishPullRequestConversation({
      report,
      client: getClient(),
      comment: settings.comment,
      runUrl: getRunUrl(context.serverUrl, process.env.GITHUB_REPOSITORY, context.runId),
      // The comment shows what the verdict counted: every finding when the gate widened the scope.
      scope: scope.files === void 0 ? "all" : "changed",
      verdict: gate.verdict,
      failOn: settings.failOn,
      pullRequest,
      eventName: context.eventName,
      actor: context.actor,
      serverUrl: context.serverUrl,
      ...changes !== void 0 && { changes },
      log: debug
    });
    annotateWithin("notice", notices);
    annotateWithin("warning", warnings);
  } catch (error) {
    annotate(
      "warning",
      "Could not comment on the pull request; the findings are in the annotations and the job summary: " + describeFailure(error)
    );
  }
}
export {
  converse
};

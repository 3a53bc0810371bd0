import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  compactResult,
  encode,
  readUnit
} from "./chunks/chunk-6AWMQJY4.js";
import {
  readers
} from "./chunks/chunk-HRE4GSV5.js";
import {
  Workspace
} from "./chunks/chunk-XG2W2MLJ.js";
import {
  getErrorMessage
} from "./chunks/chunk-KOMI2SY3.js";
import "./chunks/chunk-5XWL5JNG.js";

// src/scan/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var setup = workerData;
var workspace = new Workspace(setup.root);
var queue = Promise.resolve();
parentPort?.on("message", (task) => {
  queue = queue.then(() => answer(task));
});
async function answer(task) {
  const results = [];
  for (const { index, reader, files, settled, listed, quiet, wordy } of task.units) {
    const unit = { files: workspace.adopt(files, { quiet, wordy }) };
    workspace.adoptFolders(listed ?? [], unit.files);
    const options = { limits: task.limits, prefilter: task.prefilter };
    results.push({ index, result: compactResult(await readUnit(readers[reader], unit, workspace, options, settled)) });
    workspace.releaseFolders();
  }
  try {
    const encoded = encode(results);
    if (encoded === void 0) parentPort?.postMessage({ results });
    else parentPort?.postMessage({ encoded }, [encoded.data.buffer]);
  } catch (error) {
    const message = `the result could not be sent from the worker: ${getErrorMessage(error)}`;
    parentPort?.postMessage({ results: results.map(({ index }) => ({ index, result: { kind: "failed", message } })) });
  }
}

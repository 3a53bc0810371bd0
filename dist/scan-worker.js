import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  readUnit,
  readers
} from "./chunks/chunk-6UZHCKUN.js";
import {
  Workspace
} from "./chunks/chunk-TSVH5X5Y.js";
import {
  getErrorMessage
} from "./chunks/chunk-KOMI2SY3.js";
import "./chunks/chunk-5XWL5JNG.js";

// src/scan/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var setup = workerData;
var workspace = new Workspace(setup.root);
parentPort?.on("message", (task) => {
  void answer(task);
});
async function answer(task) {
  const results = [];
  for (const { index, reader, files } of task.units) {
    const unit = { files: workspace.adopt(files) };
    const options = { limits: task.limits, prefilter: task.prefilter };
    results.push({ index, result: await readUnit(readers[reader], unit, workspace, options) });
  }
  try {
    parentPort?.postMessage({ results });
  } catch (error) {
    const message = `the result could not be sent from the worker: ${getErrorMessage(error)}`;
    parentPort?.postMessage({ results: results.map(({ index }) => ({ index, result: { kind: "failed", message } })) });
  }
}

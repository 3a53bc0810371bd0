/**
 * Entry point of a scan worker thread (bundled as dist/scan-worker.js): reads the units the pool sends
 * with the bundled readers, one at a time, and answers with their model resources and parse errors.
 * It runs no repository code: like the inline scan, it only reads and parses files of the workspace.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { getErrorMessage } from '../errors.js'
import { readers } from '../readers/registry.js'
import type { ManifestReader } from '../readers/reader.js'
import { Workspace } from '../workspace/workspace.js'
import type { Task, TaskDone, TaskDoneEncoded, WorkerSetup } from './pool-protocol.js'
import { encode } from './result-codec.js'
import { compactResult, readUnit } from './units.js'

const setup = workerData as WorkerSetup
const workspace = new Workspace(setup.root)

// One task after another: the pool sends the next before this one is done, so the worker never waits for it.
let queue = Promise.resolve()
parentPort?.on('message', (task: Task) => {
  queue = queue.then(() => answer(task))
})

async function answer(task: Task): Promise<void> {
  const results: TaskDone['results'][number][] = []
  for (const { index, reader, files, settled, listed, quiet, wordy } of task.units) {
    // With what the scan's claim found of the files' policy words: the prefilter need not read or test them here.
    const unit = { files: workspace.adopt(files, { quiet, wordy }) }
    // The folders whose every file is the unit's, known as the scan's thread knows them from its listing.
    workspace.adoptFolders(listed ?? [], unit.files)
    const options = { limits: task.limits, prefilter: task.prefilter }
    // Kept until the task's results are sent: compacted (one shared empty array is encoded once).
    results.push({ index, result: compactResult(await readUnit(readers[reader] as ManifestReader, unit, workspace, options, settled)) })
    workspace.releaseFolders()
  }
  try {
    const encoded = encode(results)
    if (encoded === undefined) parentPort?.postMessage({ results } satisfies TaskDone)
    else parentPort?.postMessage({ encoded } satisfies TaskDoneEncoded, [encoded.data.buffer])
  } catch (error) {
    // A result that cannot cross threads is a reader bug: each unit says so instead of the pool waiting forever.
    const message = `the result could not be sent from the worker: ${getErrorMessage(error)}`
    parentPort?.postMessage({ results: results.map(({ index }) => ({ index, result: { kind: 'failed', message } })) } satisfies TaskDone)
  }
}

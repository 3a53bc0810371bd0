// A scan worker that stops at its first task, as one that runs out of memory does
// (__tests__/scan/pool.test.ts: its tasks must be read on the scan's own thread).
import { parentPort } from 'node:worker_threads'

parentPort?.on('message', () => process.exit(7))

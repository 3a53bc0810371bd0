/** Helpers of the pool tests: a fixture folder's JSON report from a scan with given options, and seeded permutations. */
import { fileURLToPath } from 'node:url'
import { buildJsonReport } from '../../src/report/build-report.js'
import { scan, type ScanOptions } from '../../src/scan.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))

export async function reportOf(root: string, options: Partial<ScanOptions>): Promise<string> {
  const result = await scan({ root, asOf: AS_OF, ...options })
  return JSON.stringify(buildJsonReport(result, { toolVersion: 'pool', asOf: '2026-11-24' }), null, 2)
}

/** A seeded permutation of 0..count-1 (a linear congruential generator drives a Fisher–Yates shuffle). */
export function shuffled(count: number, seed: number): number[] {
  const order = Array.from({ length: count }, (_, index) => index)
  let state = seed
  for (let i = count - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648
    const j = state % (i + 1)
    ;[order[i], order[j]] = [order[j] as number, order[i] as number]
  }
  return order
}

/** Pool options that make units complete out of scan order: one unit per task, handed out in `order`. */
export const outOfOrder = (threads: number, order: (count: number) => number[]): Partial<ScanOptions> => ({
  threads,
  poolTesting: { taskFiles: 1, dispatchOrder: order }
})

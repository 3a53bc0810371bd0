// Peak RSS as a repository grows: the issue's memory target is "<= 150 MB, and flat as the repository
// grows", and one size says nothing about the second half. Generated ARM trees (the densest in VMs: about
// four files in five declare one) at growing sizes, the gate once per size (RSS varies little between
// runs), and the memory each added file costs between two sizes.
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { generate } from './generate.mjs'
import { measure } from './measure.mjs'

/** The RSS target of the issue (MB). */
export const RSS_TARGET_MB = 150

/**
 * Scans an ARM tree of each size (generated under `out`, reused when the speed rows made it) and
 * returns one row per size: files, wall seconds and peak RSS.
 */
export function measureMemoryGrowth({ node, cli, out, sizes }) {
  const rows = []
  for (const size of sizes) {
    const dir = join(out, `arm-${size}`)
    const report = join(out, `report-growth-${size}.json`)
    if (!existsSync(dir)) generate(dir, size, { mix: 'arm' })
    const gate = measure(node, [cli, 'scan', dir, '--format', 'json', '--output', report, '--fail-on', 'never'], { runs: 1 })
    if (gate.status !== 0) throw new Error(`gate failed on ${dir}: ${gate.stderr.slice(-2000)}`)
    rmSync(report, { force: true })
    rows.push({ files: size, seconds: gate.seconds, rssMiB: gate.rssMiB })
  }
  return rows
}

/** The table, the memory per added file between consecutive sizes, and one target line per size. */
export function printMemoryGrowth(rows, verdict) {
  console.log('\nPeak RSS as the repository grows (ARM trees, the gate once per size)')
  console.log('files    gate s   gate RSS   RSS per added file')
  rows.forEach((row, i) => {
    const previous = rows[i - 1]
    const slope = previous === undefined ? '' : `${(((row.rssMiB - previous.rssMiB) * 1024) / (row.files - previous.files)).toFixed(1)} KB`
    console.log(
      `${String(row.files).padEnd(7)} ${row.seconds.toFixed(2).padStart(7)}   ${`${row.rssMiB.toFixed(0)} MB`.padStart(8)}   ${slope.padStart(18)}`
    )
  })
  return rows.map(
    row => `  arm ${row.files} files: gate peak RSS ${row.rssMiB.toFixed(0)} MB (target ≤ ${RSS_TARGET_MB} MB at every size) ${verdict(row.rssMiB <= RSS_TARGET_MB)}`
  )
}

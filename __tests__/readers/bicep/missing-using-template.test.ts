/**
 * A `.bicepparam` file whose `using` template is missing (or outside the scanned folder) declares nothing: its values
 * are applied to nothing, as a JSON parameter file that pairs with no template is. A located notice says so; only
 * a hotpatch signal among its values makes it an indeterminate stand-in (docs/rules/unreadable-manifest.md). Before,
 * the reader's error made it an unreadable-manifest that failed the run when the file held a policy word (a
 * `maintenanceScope`), and a file with only `enableHotpatching = true` was skipped unparsed without a word.
 */
import { describe, expect, it } from '@jest/globals'
import { scanJson } from '../../support/cli-scan.js'
import { withTree } from '../../support/temporary-tree.js'

interface Report {
  readonly resources: readonly { name: string; file: string; startLine: number; verdict: string; reasons: readonly string[] }[]
  readonly findings: readonly { ruleId: string; severity: string; file: string; startLine: number }[]
  readonly parseErrors: readonly { file: string; line: number; message: string; severity: string }[]
}

const scanned = (files: Record<string, string>, folder = '.') => withTree(files, root => scanJson<Report>(root, folder))

const missing = (path: string, where = 'is missing') =>
  `parameter file not evaluated: the template it uses, '${path}', ${where}, so its values are applied to nothing here`

describe('a .bicepparam file whose template is missing', () => {
  it('is a notice, not an unreadable manifest, when its values carry no hotpatch signal', async () => {
    const { code, report } = await scanned({ 'prod.bicepparam': "using './missing.bicep'\n\nparam maintenanceScope = 'InGuestPatch'\n" })
    expect(code).toBe(0)
    expect(report.findings).toEqual([])
    expect(report.resources).toEqual([])
    expect(report.parseErrors.map(e => [`${e.file}:${e.line}`, e.severity, e.message])).toEqual([['prod.bicepparam:1', 'notice', missing('./missing.bicep')]])
  })

  it('says so of a template outside the scanned folder too', async () => {
    const { code, report } = await scanned({ 'env/prod.bicepparam': "using '../main.bicep'\n\nparam maintenanceScope = 'InGuestPatch'\n", 'main.bicep': '' }, 'env')
    expect(code).toBe(0)
    expect(report.parseErrors.map(e => [`${e.file}:${e.line}`, e.severity, e.message])).toEqual([
      ['prod.bicepparam:1', 'notice', missing('../main.bicep', 'is outside the scanned folder')]
    ])
  })

  it('is an indeterminate stand-in when its values carry a hotpatch signal, even with no policy word to make it read', async () => {
    const { report } = await scanned({ 'prod.bicepparam': "using './missing.bicep'\n\nparam enableHotpatching = true\n" })
    expect(report.resources.map(r => [r.name, `${r.file}:${r.startLine}`, r.verdict])).toEqual([['parameter file prod.bicepparam', 'prod.bicepparam:1', 'indeterminate']])
    expect(report.resources[0]?.reasons.join('\n')).toContain(
      "parameter file prod.bicepparam uses './missing.bicep', which is missing, and its inputs carry a hotpatch signal (enableHotpatching = true at prod.bicepparam:3:1)"
    )
    expect(report.parseErrors.map(e => e.message)).toEqual([missing('./missing.bicep')])
  })
})

/**
 * A notice the scan says for a group of var files or module calls (scan/notice-groups.ts) is an ordinary located
 * notice to every report: the JSON report's schema holds it (no field of the group leaks), SARIF gives it its first
 * member's file and line, and the action annotates that real file and line.
 */
import { describe, expect, it } from '@jest/globals'
import { planAnnotations } from '../../src/action/annotations.js'
import { validateReport } from '../../src/github/report-validation.js'
import { buildJsonReport } from '../../src/report/build-report.js'
import { renderSarif } from '../../src/report/sarif.js'
import { scanTree } from '../support/temporary-tree.js'
import { RULES } from './builders.js'

const FILES = {
  'infra/main.tf': 'resource "azurerm_windows_virtual_machine" "web" {\n  name = "vm-web-01"\n}\n',
  'envs/b/prod.tfvars': 'location = "westeurope"\n',
  'envs/a/prod.tfvars': 'location = "westeurope"\n'
}

const MESSAGE =
  '2 variables files below envs/, beside no root module of the scan, in folders without .tf files and with no hotpatch signal ' +
  'among their values (envs/a/prod.tfvars, envs/b/prod.tfvars); their values are applied to nothing here: scan the plan of the ' +
  'root each feeds (terraform plan -var-file, then terraform show -json) to check them'

describe('a grouped notice in the reports', () => {
  it('is a located notice at its first member in the JSON report, SARIF and the annotations', async () => {
    const report = buildJsonReport(await scanTree(FILES, { asOf: new Date('2026-11-24T00:00:00Z') }), { toolVersion: '0.1.0', asOf: '2026-11-24' })
    expect(validateReport(JSON.parse(JSON.stringify(report)))).toEqual({ report })
    expect(report.parseErrors).toEqual([{ file: 'envs/a/prod.tfvars', line: 1, column: 1, message: MESSAGE, severity: 'notice' }])
    expect(renderSarif(report, RULES).runs[0]?.invocations[0]?.toolExecutionNotifications).toEqual([
      {
        level: 'note',
        message: { text: MESSAGE },
        descriptor: { id: 'reading-note' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'envs/a/prod.tfvars', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 1 } } }]
      }
    ])
    const notices = planAnnotations(report).annotations.filter(annotation => annotation.level === 'notice')
    expect(notices.map(annotation => [annotation.properties.file, annotation.properties.startLine, annotation.message])).toEqual([['envs/a/prod.tfvars', 1, MESSAGE]])
  })
})

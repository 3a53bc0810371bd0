/** Shared helpers for the configuration tests: a configuration from YAML text, and a policy run with it. */
import type { PolicyConfiguration } from '../../src/config/types.js'
import { parseConfiguration } from '../../src/config/parse-config.js'
import type { InfrastructureModel, InlineExemption } from '../../src/model/resources.js'
import { evaluatePolicy, type PolicyOptions } from '../../src/policy/evaluate.js'
import { loc } from '../policy/builders.js'

export const CONFIG_FILE = '.github/hotpatch-reboot-gate.yml'

/** A configuration read from YAML lines, as the loader would read `.github/hotpatch-reboot-gate.yml`. */
export const configured = (...text: string[]): PolicyConfiguration =>
  parseConfiguration(`${text.join('\n')}\n`, { file: CONFIG_FILE, directory: '/repo/.github' })

/** Inline exemption comments at these lines of infra/main.bicep. */
export const inline = (model: InfrastructureModel, ...comments: [number, string][]): InfrastructureModel => ({
  ...model,
  inlineExemptions: comments.map(([line, text]): InlineExemption => ({ location: loc(line), text }))
})

export function evaluate(
  model: InfrastructureModel,
  options: Partial<PolicyOptions> & { readonly asOfText?: string } = {}
) {
  const { asOfText = '2026-01-10', ...rest } = options
  return evaluatePolicy(model, { asOf: new Date(`${asOfText}T00:00:00Z`), ...rest })
}

/** Findings as `rule severity file:line [exempted until]`, for compact exact assertions. */
export const summarize = (findings: ReturnType<typeof evaluate>['findings']): string[] =>
  findings.map(
    f =>
      `${f.ruleId} ${f.severity} ${f.location.file}:${f.location.line}` +
      (f.exemption === undefined ? '' : ` exempted until ${f.exemption.expires} by ${f.exemption.source}`)
  )

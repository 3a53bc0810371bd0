import type { LoadedAdvisory } from '../pipeline/load-configuration.js'
import type { Advisory } from '../policy/advisory.js'
import { sanitizeForTerminal, wrapText } from '../report/style.js'
import { neutralizeJsonWorkflowCommands } from '../report/workflow-commands.js'
import type { CliDependencies } from './dependencies.js'
import type { CliIo } from './io.js'
import { configurationFor } from './scan-command.js'
import { monthName } from '../policy/baseline.js'

const WIDTH = 100
const LABEL_WIDTH = 18

/**
 * `advisories`: lists the advisories in force (the built-in ones, then those the policy configuration
 * adds), with the files they come from, as text or JSON.
 */
export async function runAdvisories(
  format: 'text' | 'json',
  config: string | undefined,
  io: CliIo,
  deps: CliDependencies
): Promise<number> {
  const configured = await configurationFor(config, io.cwd, io, deps)
  const loaded: readonly (Partial<LoadedAdvisory> & { readonly advisory: Advisory })[] =
    configured.advisorySources ??
    (configured.advisories === undefined ? deps.advisorySources?.() : undefined) ??
    (configured.advisories ?? deps.advisories()).map(advisory => ({ advisory }))
  const json = loaded.map(({ advisory, source, builtIn }) => ({
    ...advisory,
    ...(source !== undefined && { source, builtIn: builtIn ?? false })
  }))
  // JSON keeps its values (an advisory file's title may hold `##vso[`); the stream breaks the text's commands.
  io.stdout.write(format === 'json' ? `${neutralizeJsonWorkflowCommands(JSON.stringify(json, null, 2))}\n` : renderAdvisories(loaded))
  return 0
}

/** One block per advisory: id and title, then labelled fields aligned and wrapped at 100 columns. */
export function renderAdvisories(
  advisories: readonly (Advisory | (Partial<LoadedAdvisory> & { readonly advisory: Advisory }))[]
): string {
  if (advisories.length === 0) return 'No advisories are in force.\n'
  return advisories
    .map(entry => ('advisory' in entry ? renderAdvisory(entry.advisory, entry) : renderAdvisory(entry)))
    .join('\n')
}

function renderAdvisory(advisory: Advisory, origin: Partial<LoadedAdvisory> = {}): string {
  // Preview images come from offers named `...-previews`: the offer says it.
  const images = advisory.hotpatchImages.map(image => `${image.sku} (${image.offer})`)
  const fields: [string, readonly string[]][] = [
    ['CVEs', [advisory.cves.join(', ') || 'none']],
    ['reviewed', [advisory.reviewed ?? 'not given']],
    ['reboot window', [`${advisory.disruption.start} to ${advisory.disruption.end}`, advisory.disruption.description]],
    ['baseline months', [advisory.baselineMonths.map(monthName).join(', ')]],
    ['hotpatch images', images.length > 0 ? images : ['none']],
    ['sources', advisory.sources.map(source => `${source.title} <${source.url}>`)],
    ...(origin.source === undefined ? [] : [loadedFrom(origin.source, origin.builtIn ?? false)])
  ]
  const lines = [clean(advisory.id), `  ${clean(advisory.title)}`]
  for (const [label, values] of fields) {
    const indent = ' '.repeat(2 + LABEL_WIDTH)
    const wrapped = values.flatMap(value => wrapText(clean(value).replace(/\s+/g, ' ').trim(), WIDTH - indent.length))
    const head = `  ${`${label}:`.padEnd(LABEL_WIDTH)}`
    wrapped.forEach((text, index) => lines.push((index === 0 ? head : indent) + text))
  }
  return `${lines.join('\n')}\n`
}

const clean = sanitizeForTerminal

const loadedFrom = (source: string, builtIn: boolean): [string, readonly string[]] => [
  'loaded from',
  [`${source}${builtIn ? ' (built in)' : ' (policy configuration)'}`]
]

/**
 * The workflows this repository ships and shows: its own `.github/workflows/*.yml`, and every fenced
 * YAML block of the README and docs/ that has `jobs:` or `steps:`. Fragments (a job's `steps:` alone)
 * are wrapped into the smallest workflow that holds them, so that actionlint checks them as written.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

export const ROOT = join(import.meta.dirname, '..', '..')

export interface Snippet {
  /** Where it comes from: `README.md:57` (the line of the opening fence) or the workflow's path. */
  readonly origin: string
  /** The YAML as written. */
  readonly text: string
}

export function workflowFiles(): Snippet[] {
  const folder = join(ROOT, '.github', 'workflows')
  return readdirSync(folder)
    .filter(name => name.endsWith('.yml') || name.endsWith('.yaml'))
    .sort()
    .map(name => ({ origin: `.github/workflows/${name}`, text: readFileSync(join(folder, name), 'utf8') }))
}

/** Every fenced ```yaml / ```yml block of the README and docs/**.md. */
export function yamlBlocks(): Snippet[] {
  const files = [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))]
  return files.flatMap(file => blocksOf(relative(ROOT, file), readFileSync(file, 'utf8')))
}

/**
 * Blocks for other CI systems say so on their first line (`# azure-pipelines.yml`, `# .gitlab-ci.yml`,
 * `# .pre-commit-config.yaml`): they have `steps:` or `jobs:` of their own that are not GitHub's.
 */
export const OTHER_SYSTEMS = /^#\s*(azure-pipelines\.ya?ml|\.gitlab-ci\.ya?ml|\.pre-commit-config\.yaml)\b/

/** The blocks that are GitHub Actions workflows or fragments of one. */
export function workflowSnippets(): Snippet[] {
  return yamlBlocks().filter(block => /^\s*(jobs|steps):/m.test(block.text) && !OTHER_SYSTEMS.test(block.text))
}

/** A fragment as a whole workflow: `steps:` alone becomes one job's steps. Whole workflows stay as they are. */
export function asWorkflow(text: string): string {
  if (/^jobs:/m.test(text)) return text
  const indented = text
    .split('\n')
    .map(line => (line === '' ? line : `    ${line}`))
    .join('\n')
  return `on: push\njobs:\n  snippet:\n    runs-on: ubuntu-latest\n${indented}`
}

function blocksOf(file: string, markdown: string): Snippet[] {
  const blocks: Snippet[] = []
  const lines = markdown.split('\n')
  for (let index = 0; index < lines.length; index++) {
    if (!/^```ya?ml\s*$/.test(lines[index] ?? '')) continue
    const start = index
    const body: string[] = []
    for (index++; index < lines.length && !(lines[index] ?? '').startsWith('```'); index++) body.push(lines[index] ?? '')
    blocks.push({ origin: `${file}:${start + 1}`, text: `${body.join('\n')}\n` })
  }
  return blocks
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap(entry => {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) return markdownFiles(path)
      return entry.name.endsWith('.md') ? [path] : []
    })
}

/**
 * What the bundled entry points load when they start (issue 18, "start instantly"). A fresh build with
 * the project's own esbuild configuration writes its metafile; the tests follow its import graph:
 * static imports are what a start pays for (reading, compiling and running the code), dynamic imports
 * are paid only by the runs that reach them. A static import that pulls Octokit, undici, ajv or
 * tree-sitter back into a start fails here, on any machine; bench/cold-start.mjs measures the time.
 * The last tests run the fresh build with a module-load hook and list the chunks each run loads.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { load } from 'js-yaml'
import { armTemplate, armVm, bicepVm, terraformVm } from '../support/manifests.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

interface Metafile {
  readonly outputs: Record<
    string,
    {
      readonly entryPoint?: string
      readonly imports: readonly { readonly path: string; readonly kind: string; readonly external?: boolean }[]
      readonly inputs: Record<string, { readonly bytesInOutput: number }>
    }
  >
}

/**
 * Code that only a run talking to GitHub needs (its pull request conversation, its file listing).
 * @actions/core's own HTTP client serves only its `getIDToken` (esbuild.config.mjs defers it).
 */
const GITHUB_TALK = [
  'node_modules/@octokit/',
  'node_modules/@actions/github/',
  'node_modules/undici/',
  'node_modules/bottleneck/',
  'src/github/client.ts',
  'src/github/conversation.ts',
  'src/action/converse.ts'
]
/** Code that only a run with a policy configuration file needs (schema validation). */
const CONFIGURATION = [
  'node_modules/ajv/',
  'node_modules/ajv-formats/',
  'src/config/schema.ts',
  'src/policy/load-advisory.ts',
  'src/pipeline/load-configuration.ts'
]
/** Code that only a run with a Terraform file needs. */
const TERRAFORM_PARSER = ['node_modules/web-tree-sitter/']
/**
 * Each reader the registry loads on the first read of its format (src/readers/lazy-reader.ts): its entry and
 * a part of its parsing or modelling code that no other reader uses. Their claims and units load at start.
 */
const TERRAFORM_READER = ['src/readers/terraform/terraform-reader.ts', 'src/readers/terraform/runtime/', 'src/readers/terraform/hcl/']
const LAZY_READERS = [
  'src/readers/terraform/plan/terraform-plan-reader.ts',
  'src/readers/bicep/bicep-reader.ts',
  'src/readers/bicep/parser.ts',
  'src/readers/bicep/evaluator.ts',
  ...TERRAFORM_READER,
  'src/readers/pulumi/pulumi-reader.ts',
  'src/readers/pulumi/evaluator.ts',
  'src/readers/kubernetes/kubernetes-reader.ts',
  'src/readers/kubernetes/manifest-index.ts'
]
/** The claims the scan runs at start (without them the tests above would pass with no reader at all). */
const CLAIMS = [
  'src/readers/arm/arm-reader.ts',
  'src/readers/bicep/bicep-claim.ts',
  'src/readers/kubernetes/kubernetes-claim.ts',
  'src/readers/pulumi/pulumi-claim.ts',
  'src/readers/terraform/plan/terraform-plan-claim.ts',
  'src/readers/terraform/terraform-claim.ts'
]

let out: string
let meta: Metafile

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'hrg-bundle-graph-'))
  const build = spawnSync(
    process.execPath,
    ['esbuild.config.mjs', '--outdir', join(out, 'dist'), '--metafile', join(out, 'meta.json')],
    { cwd: ROOT, encoding: 'utf8' }
  )
  if (build.status !== 0) throw new Error(`esbuild.config.mjs failed: ${build.stderr}`)
  meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8')) as Metafile
})

afterAll(() => rmSync(out, { recursive: true, force: true }))

/** The metafile key of an entry point's output. */
function entryOutput(entryPoint: string): string {
  const found = Object.entries(meta.outputs).find(([, output]) => output.entryPoint === entryPoint)
  if (found === undefined) throw new Error(`no output for ${entryPoint}`)
  return found[0]
}

/** The outputs a start loads (static imports only), or every output it may load (dynamic ones too). */
function reachable(entryPoint: string, kinds: readonly string[]): Set<string> {
  const seen = new Set<string>()
  const stack = [entryOutput(entryPoint)]
  for (let output = stack.pop(); output !== undefined; output = stack.pop()) {
    if (seen.has(output)) continue
    seen.add(output)
    for (const edge of meta.outputs[output]?.imports ?? []) {
      if (edge.external !== true && kinds.includes(edge.kind)) stack.push(edge.path)
    }
  }
  return seen
}

const AT_START = ['import-statement']
const EVER = ['import-statement', 'dynamic-import']

/** The source files with code in these outputs that match a prefix, sorted. */
function inputsIn(outputs: Iterable<string>, prefixes: readonly string[]): string[] {
  const found = new Set<string>()
  for (const output of outputs) {
    for (const [input, { bytesInOutput }] of Object.entries(meta.outputs[output]?.inputs ?? {})) {
      if (bytesInOutput > 0 && prefixes.some(prefix => input.startsWith(prefix))) found.add(input)
    }
  }
  return [...found].sort()
}

/** The prefixes that match at least one source file with code in these outputs. */
const present = (outputs: Iterable<string>, prefixes: readonly string[]): string[] => {
  const inputs = inputsIn(outputs, prefixes)
  return prefixes.filter(prefix => inputs.some(input => input.startsWith(prefix)))
}

describe('the action (dist/index.js) at start', () => {
  it('loads no GitHub client, no schema validator, no Terraform parser and no lazily loaded reader', () => {
    const start = reachable('src/index.ts', AT_START)
    expect(inputsIn(start, [...GITHUB_TALK, 'node_modules/@actions/http-client/', ...CONFIGURATION, ...TERRAFORM_PARSER, ...LAZY_READERS])).toEqual([])
    expect(present(start, CLAIMS)).toEqual(CLAIMS)
  })

  it('still reaches each of them through a dynamic import, for the runs that need it', () => {
    // Without this, a renamed path would make the test above pass vacuously.
    const ever = reachable('src/index.ts', EVER)
    expect(present(ever, GITHUB_TALK)).toEqual(GITHUB_TALK)
    expect(present(ever, CONFIGURATION)).toEqual(CONFIGURATION)
    expect(present(ever, TERRAFORM_PARSER)).toEqual(TERRAFORM_PARSER)
    expect(present(ever, LAZY_READERS)).toEqual(LAZY_READERS)
  })
})

describe('the CLI (dist/cli.js) at start', () => {
  it('loads nothing of @actions, no schema validator, no Terraform parser and no lazily loaded reader', () => {
    const start = reachable('src/cli.ts', AT_START)
    expect(inputsIn(start, ['node_modules/@actions/', ...GITHUB_TALK, ...CONFIGURATION, ...TERRAFORM_PARSER, ...LAZY_READERS])).toEqual([])
    expect(present(start, CLAIMS)).toEqual(CLAIMS)
  })

  it('never loads a GitHub client; the validator, the parser and the readers only through a dynamic import', () => {
    const ever = reachable('src/cli.ts', EVER)
    expect(inputsIn(ever, GITHUB_TALK)).toEqual([])
    expect(present(ever, CONFIGURATION)).toEqual(CONFIGURATION)
    expect(present(ever, TERRAFORM_PARSER)).toEqual(TERRAFORM_PARSER)
    expect(present(ever, LAZY_READERS)).toEqual(LAZY_READERS)
  })
})

describe('the scan worker (dist/scan-worker.js)', () => {
  it('loads the claims at start and each lazily loaded reader only through a dynamic import, as it reads', () => {
    const start = reachable('src/scan/scan-worker.ts', AT_START)
    expect(inputsIn(start, [...TERRAFORM_PARSER, ...LAZY_READERS])).toEqual([])
    expect(present(start, CLAIMS)).toEqual(CLAIMS)
    expect(present(reachable('src/scan/scan-worker.ts', EVER), LAZY_READERS)).toEqual(LAZY_READERS)
  })
})

describe('the scan at start, with the lazily loaded readers (esbuild.config.mjs)', () => {
  it('loads the reader code it shares with them in one chunk, not one chunk per set of readers that share it', () => {
    const chunkOf = (input: string): string[] =>
      [...reachable('src/cli.ts', AT_START)].filter(output => (meta.outputs[output]?.inputs[input]?.bytesInOutput ?? 0) > 0)
    const shared = ['src/readers/arm/arm-reader.ts', 'src/readers/shared/units.ts', 'src/readers/bicep/units.ts', 'src/readers/kubernetes/units.ts', 'src/readers/pulumi/units.ts', 'src/readers/terraform/config/units.ts', 'src/model/group-by.ts']
    const chunks = shared.map(chunkOf)
    expect(chunks.map(found => found.length)).toEqual(shared.map(() => 1))
    expect(new Set(chunks.flat()).size).toBe(1)
  })
})

describe('the shipped advisory, parsed at build time (esbuild.config.mjs)', () => {
  it('is in the bundle as js-yaml reads its file', () => {
    const run = spawnSync(process.execPath, [join(out, 'dist', 'cli.js'), 'advisories', '--format', 'json'], { encoding: 'utf8' })
    expect(run.status).toBe(0)
    const file = 'src/policy/advisories/wsus-cve-2025-59287.yml'
    const listed = JSON.parse(run.stdout) as { source: string; builtIn: boolean }[]
    expect(listed.map(({ source, builtIn, ...advisory }) => ({ source, builtIn, advisory }))).toEqual([
      { source: file, builtIn: true, advisory: load(readFileSync(join(ROOT, file), 'utf8')) }
    ])
  })
})

describe('what a run of the fresh build loads', () => {
  let workspace: string
  const hook = () => join(out, 'record-loads.mjs')

  beforeAll(() => {
    // A module-load hook (node:module register) that writes every file URL it loads to LOAD_LOG.
    writeFileSync(
      join(out, 'load-hook.mjs'),
      "import { appendFileSync } from 'node:fs'\n" +
        'export async function load(url, context, next) {\n' +
        "  if (url.startsWith('file:')) appendFileSync(process.env.LOAD_LOG, url + '\\n')\n" +
        '  return next(url, context)\n' +
        '}\n'
    )
    writeFileSync(
      hook(),
      `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(join(out, 'load-hook.mjs')).href)})\n`
    )
  })

  beforeEach(() => {
    workspace = mkdtempSync(join(out, 'ws-'))
    writeFileSync(join(workspace, 'azuredeploy.json'), armTemplate([armVm('vm-one')]))
  })

  /** Runs the fresh build's action; returns the sources of the outputs it loaded. */
  function actionLoads(env: Record<string, string>): string[] {
    const log = join(workspace, 'loads.txt')
    writeFileSync(log, '')
    const run = spawnSync(process.execPath, [join(out, 'dist', 'index.js')], {
      cwd: workspace,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env.PATH,
        NODE_OPTIONS: `--import=${hook()}`,
        LOAD_LOG: log,
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: workspace,
        'INPUT_FAIL-ON': 'never',
        'INPUT_JOB-SUMMARY': 'false',
        ...env
      }
    })
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' })
    const loaded = new Set(readFileSync(log, 'utf8').split('\n').filter(line => line !== '').map(url => fileURLToPath(url)))
    const outputs = Object.keys(meta.outputs).filter(key => loaded.has(resolve(ROOT, key)))
    expect(outputs.length).toBeGreaterThan(0)
    return present(outputs, [...GITHUB_TALK, ...CONFIGURATION, ...TERRAFORM_PARSER, ...LAZY_READERS])
  }

  const pullRequestEvent = fileURLToPath(new URL('../fixtures/action/events/pull_request.synchronize.json', import.meta.url))

  it('a push with comment none loads none of them; a pull request without a token neither', () => {
    expect(actionLoads({ GITHUB_EVENT_NAME: 'push', INPUT_COMMENT: 'none', INPUT_SCOPE: 'all' })).toEqual([])
    expect(actionLoads({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent })).toEqual([])
  })

  it('a Bicep file beside the ARM template loads the Bicep reader and no other', () => {
    writeFileSync(join(workspace, 'main.bicep'), bicepVm('vm-bicep'))
    expect(actionLoads({ GITHUB_EVENT_NAME: 'push', INPUT_SCOPE: 'all' })).toEqual([
      'src/readers/bicep/bicep-reader.ts',
      'src/readers/bicep/parser.ts',
      'src/readers/bicep/evaluator.ts'
    ])
  })

  it('a Terraform file loads the Terraform reader, tree-sitter only for syntax its own parser leaves; a policy configuration file loads the validator', () => {
    writeFileSync(join(workspace, 'main.tf'), terraformVm('"vm-tf"'))
    expect(actionLoads({ GITHUB_EVENT_NAME: 'push', INPUT_SCOPE: 'all' })).toEqual(TERRAFORM_READER)
    // A template directive is read by tree-sitter (src/readers/terraform/hcl/fast-parser.ts leaves it).
    writeFileSync(join(workspace, 'main.tf'), `${terraformVm('"vm-tf"')}\nlocals {\n  d = "%{ if true }x%{ endif }"\n}\n`)
    expect(actionLoads({ GITHUB_EVENT_NAME: 'push', INPUT_SCOPE: 'all' })).toEqual([...TERRAFORM_PARSER, ...TERRAFORM_READER])
    rmSync(join(workspace, 'main.tf'))
    mkdirSync(join(workspace, '.github'))
    writeFileSync(join(workspace, '.github', 'hotpatch-reboot-gate.yml'), 'fail-on: warning\n')
    expect(actionLoads({ GITHUB_EVENT_NAME: 'push', INPUT_SCOPE: 'all' })).toEqual(CONFIGURATION)
  })
})

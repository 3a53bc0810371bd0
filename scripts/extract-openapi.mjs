// One-off: extracts what the pull-request tests need from GitHub's published API descriptions into small
// committed fixtures, so the tests validate against GitHub's own schemas without a 385 MB dependency.
//
//   mkdir -p /tmp/openapi-extract && cd /tmp/openapi-extract && npm init -y >/dev/null
//   npm install --ignore-scripts @octokit/openapi@23.0.2 @octokit/webhooks-examples@7.6.1 @octokit/graphql-schema@15.26.1
//   cd /work/main && node scripts/extract-openapi.mjs /tmp/openapi-extract/node_modules
//
// Writes, under __tests__/fixtures/github/:
// - openapi-operations.json: the REST operations the poster calls (request body and 2xx response schemas,
//   with every component schema they reference), and the package version they came from.
// - graphql-documents.json: the sha256 of each GraphQL document in src/github/api/graphql-documents.ts,
//   after validating it against GitHub's public GraphQL schema (@octokit/graphql-schema). A test fails when
//   a document changes without being validated again.
// - events/*.json: real webhook payloads (@octokit/webhooks-examples) for the event-driven tests.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const modules = process.argv[2]
if (!modules) {
  console.error(
    'usage: node scripts/extract-openapi.mjs <node_modules with @octokit/openapi, webhooks-examples, graphql-schema>'
  )
  process.exit(2)
}
const out = '__tests__/fixtures/github'
mkdirSync(join(out, 'events'), { recursive: true })

const readJson = path => JSON.parse(readFileSync(path, 'utf8'))
const versionOf = name => readJson(join(modules, name, 'package.json')).version
const write = (file, value) => writeFileSync(join(out, file), `${JSON.stringify(value, null, 2)}\n`)

// REST operations ------------------------------------------------------------------------------------
const OPERATIONS = [
  'pulls/get',
  'pulls/list-files',
  'pulls/create-review',
  'pulls/create-review-comment',
  'pulls/list-review-comments',
  'pulls/update-review-comment',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'repos/compare-commits-with-basehead'
]
// Documentation-only keywords: dropped to keep the fixture small (validation never reads them).
const DROPPED = new Set([
  'description',
  'example',
  'examples',
  'x-github',
  'externalDocs',
  'summary',
  'title',
  'deprecated'
])

const spec = readJson(join(modules, '@octokit/openapi/generated/api.github.com.json'))
const wanted = new Map()
const referenced = new Set()

const strip = value => {
  if (Array.isArray(value)) return value.map(strip)
  if (value === null || typeof value !== 'object') return value
  const copy = {}
  for (const key of Object.keys(value)) {
    if (DROPPED.has(key)) continue
    if (key === '$ref') referenced.add(value[key])
    copy[key] = strip(value[key])
  }
  return copy
}
const resolveRef = ref =>
  ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((node, part) => node[part], spec)
const jsonSchemaOf = content => content?.['application/json']?.schema

for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (!OPERATIONS.includes(operation.operationId)) continue
    const responses = {}
    for (const [status, response] of Object.entries(operation.responses)) {
      if (!status.startsWith('2')) continue
      const resolved = response.$ref ? resolveRef(response.$ref) : response
      const schema = jsonSchemaOf(resolved.content)
      responses[status] = schema ? strip(schema) : null
    }
    const body = jsonSchemaOf(operation.requestBody?.content)
    const query = (operation.parameters ?? [])
      .map(parameter => (parameter.$ref ? resolveRef(parameter.$ref) : parameter))
      .filter(parameter => parameter.in === 'query')
      .map(parameter => ({ name: parameter.name, schema: strip(parameter.schema) }))
    wanted.set(operation.operationId, {
      method: method.toUpperCase(),
      path,
      query,
      ...(body && { requestBody: strip(body) }),
      responses
    })
  }
}
const missing = OPERATIONS.filter(id => !wanted.has(id))
if (missing.length > 0) throw new Error(`operations not found: ${missing.join(', ')}`)

// Component schemas referenced, transitively.
const schemas = {}
const pending = [...referenced]
while (pending.length > 0) {
  const ref = pending.pop()
  const name = /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1]
  if (name === undefined) throw new Error(`unexpected $ref ${ref}`)
  if (Object.hasOwn(schemas, name)) continue
  const before = new Set(referenced)
  schemas[name] = strip(spec.components.schemas[name])
  for (const added of referenced) if (!before.has(added)) pending.push(added)
}

write('openapi-operations.json', {
  source: {
    package: '@octokit/openapi',
    version: versionOf('@octokit/openapi'),
    file: 'generated/api.github.com.json'
  },
  operations: Object.fromEntries(OPERATIONS.map(id => [id, wanted.get(id)])),
  components: {
    schemas: Object.fromEntries(
      Object.keys(schemas)
        .sort()
        .map(name => [name, schemas[name]])
    )
  }
})

// GraphQL documents ----------------------------------------------------------------------------------
const graphqlSchema = await import(pathToFileURL(join(modules, '@octokit/graphql-schema/index.js')).href)
const source = readFileSync('src/github/api/graphql-documents.ts', 'utf8')
const documents = {}
for (const match of source.matchAll(/export const (\w+) = \/\* GraphQL \*\/ `([^`]*)`/g)) {
  const [, name, text] = match
  // The batched mutation repeats one field per thread; validate it as the poster sends it (with 2 threads).
  const document = name === 'RESOLVE_THREAD_FIELD' ? resolveMutation(text, 2) : text
  const errors = graphqlSchema.validate(document).map(error => error.message)
  if (errors.length > 0) throw new Error(`${name} is not valid against GitHub's GraphQL schema:\n${errors.join('\n')}`)
  documents[name] = { sha256: createHash('sha256').update(text).digest('hex') }
}
if (Object.keys(documents).length === 0) throw new Error('no GraphQL documents found')
write('graphql-documents.json', {
  source: { package: '@octokit/graphql-schema', version: versionOf('@octokit/graphql-schema') },
  documents
})

// Mirrors src/github/api/review-threads.ts resolveThreadsDocument().
function resolveMutation(field, count) {
  const variables = Array.from({ length: count }, (_, i) => `$t${i}: ID!`).join(', ')
  const fields = Array.from({ length: count }, (_, i) => `r${i}: ${field.replace('$threadId', `$t${i}`)}`).join('\n')
  return `mutation HotpatchResolveThreads(${variables}) {\n${fields}\n}`
}

// Webhook payloads -----------------------------------------------------------------------------------
const examples = readJson(join(modules, '@octokit/webhooks-examples/api.github.com/index.json'))
const examplesVersion = versionOf('@octokit/webhooks-examples')
const pick = (event, predicate, file) => {
  const payload = examples.find(entry => entry.name === event)?.examples.find(predicate)
  if (payload === undefined) throw new Error(`no ${event} example for ${file}`)
  writeFileSync(join(out, 'events', file), `${JSON.stringify(payload, null, 2)}\n`)
  return file
}
const events = [
  pick('pull_request', example => example.action === 'opened', 'pull_request.opened.json'),
  pick('pull_request', example => example.action === 'synchronize', 'pull_request.synchronize.json'),
  pick('workflow_run', example => example.workflow_run?.pull_requests?.length > 0, 'workflow_run.completed.json'),
  pick('merge_group', example => example.action === 'checks_requested', 'merge_group.checks_requested.json'),
  pick('push', example => example.created === true, 'push.created.json')
]
write('events/SOURCE.json', {
  package: '@octokit/webhooks-examples',
  version: examplesVersion,
  file: 'api.github.com/index.json',
  events
})
console.log(
  `wrote ${OPERATIONS.length} operations (${Object.keys(schemas).length} schemas), ${Object.keys(documents).length} GraphQL documents, ${events.length} events to ${out}`
)

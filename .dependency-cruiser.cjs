/**
 * The rooms of src/ and the one-way flow between them (docs/architecture.md), checked by
 * dependency-cruiser: `npm run lint:layers`. Each rule names the layering it keeps.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle makes two rooms one: neither can be understood, tested or moved alone. Type-only imports do ' +
        'not count (they vanish at run time). TEMPORARY: the known runtime cycles inside two readers (bicep: ' +
        'template <-> module-instance, via resource-instance; terraform runtime: module-instance <-> ' +
        'module-calls, resources) are excepted until the reader refactor (src/readers/**, another engineer) ' +
        'breaks them; delete the pathNot when it lands.',
      from: {
        path: '^src/',
        pathNot: [
          '^src/readers/bicep/(template|module-instance|resource-instance)\\.ts$',
          '^src/readers/terraform/runtime/(module-instance|module-calls|resources)\\.ts$'
        ]
      },
      to: { circular: true, dependencyTypesNot: ['type-only'] }
    },
    {
      name: 'readers-not-each-other',
      severity: 'error',
      comment:
        'A reader reads one format; what two share belongs in the shared room (src/readers/shared/: the Azure ' +
        'compute adapter, JSON documents, deployment units), never in another reader.',
      from: { path: '^src/readers/([^/]+)/', pathNot: '^src/readers/shared/' },
      to: { path: '^src/readers/[^/]+/', pathNot: ['^src/readers/$1/', '^src/readers/shared/'] }
    },
    {
      name: 'shared-not-readers',
      severity: 'error',
      comment: 'The shared room serves every reader and depends on none of them.',
      from: { path: '^src/readers/shared/' },
      to: { path: '^src/readers/[^/]+/', pathNot: '^src/readers/shared/' }
    },
    {
      name: 'readers-not-policy',
      severity: 'error',
      comment: 'Readers produce the model; what it means is the policy, which readers never see.',
      from: { path: '^src/readers/' },
      to: { path: '^src/(policy|gate|report|config|pipeline|github|action|cli)/' }
    },
    {
      name: 'config-only-parses',
      severity: 'error',
      comment: 'config/ parses and validates the configuration into its own types; what it means is policy.',
      from: { path: '^src/config/' },
      to: { path: '^src/(policy|github|report|gate|pipeline|action|cli)/|^src/(scan|main|settings)\\.ts$' }
    },
    {
      name: 'policy-not-outer-rooms',
      severity: 'error',
      comment: 'The policy evaluates a model; it knows nothing of reports, GitHub, the action or the CLI.',
      from: { path: '^src/policy/' },
      to: { path: '^src/(report|gate|pipeline|github|action|cli)/|^src/(scan|main|settings)\\.ts$' }
    },
    {
      name: 'report-not-pipeline',
      severity: 'error',
      comment: 'The report is built from a model and a policy result; it never calls the orchestration.',
      from: { path: '^src/report/' },
      to: { path: '^src/(pipeline|gate|github|action|cli)/|^src/(scan|main|settings)\\.ts$' }
    },
    {
      name: 'gate-from-report-alone',
      severity: 'error',
      comment: 'The gate decides from the JSON report alone, so the fork-safe poster can use it.',
      from: { path: '^src/gate/' },
      to: { path: '^src/(policy|model|readers|config|pipeline|github|action|cli)/|^src/scan\\.ts$' }
    },
    {
      name: 'cli-not-action',
      severity: 'error',
      comment: 'The CLI and the action are two adapters of the pipeline; neither uses the other.',
      from: { path: '^src/cli/' },
      to: { path: '^src/action/|^src/main\\.ts$' }
    },
    {
      name: 'action-not-cli',
      severity: 'error',
      comment: 'The CLI and the action are two adapters of the pipeline; neither uses the other.',
      from: { path: '^src/(action/|main\\.ts$)' },
      to: { path: '^src/cli/' }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
    reporterOptions: { archi: { collapsePattern: '^src/[^/]+' } }
  }
}

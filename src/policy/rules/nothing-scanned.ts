/**
 * @fileoverview A path the run was asked to scan (the action's `path` input, the CLI's arguments) yields
 * no manifest the gate reads: a typo, manifests moved, a folder or file of something else. A run that
 * checked nothing would pass forever, so it fails closed unless the user accepts it (`allow-empty`).
 */
import type { InfrastructureModel } from '../../model/resources.js'
import type { RequestedPath } from '../../model/scan-request.js'
import { docsUrlFor, NOT_APPLICABLE } from '../rule-support.js'
import type { RuleModule, WorkspaceReport } from '../types.js'

const ID = 'nothing-scanned'
const FORMATS = 'ARM, Bicep, Terraform, plan/what-if JSON, Kubernetes, Pulumi YAML'

//------------------------------------------------------------------------------
// Helpers
//------------------------------------------------------------------------------

/** Whether a file read (or a manifest that failed to parse, which unreadable-manifest reports) is below the path. */
function holdsManifest(model: InfrastructureModel, { path }: RequestedPath): boolean {
  const below = (file: string): boolean => path === '.' || file === path || file.startsWith(`${path}/`)
  // A file the prefilter checked and passed over was looked at: a folder of storage templates is not empty.
  return (
    model.files.some(below) ||
    (model.checkedWithoutParsing ?? []).some(below) ||
    model.parseErrors.some(error => error.severity === 'error' && below(error.file))
  )
}

//------------------------------------------------------------------------------
// Rule Definition
//------------------------------------------------------------------------------

export const rule: RuleModule = {
  meta: {
    id: ID,
    severity: 'error',
    description: 'Every path the gate is asked to scan should hold a manifest it reads.',
    docsUrl: docsUrlFor(ID),
    messages: {
      missing: 'path `{{path}}` ({{origin}}) does not exist in the workspace: nothing was checked. Check the path. {{accept}}',
      empty: `path \`{{path}}\` ({{origin}}) holds no manifest the gate reads (${FORMATS}): nothing was checked. {{accept}}`,
      accepted: 'path `{{path}}` ({{origin}}) {{why}}: nothing was checked, as {{setting}} allows.'
    }
  },

  // Nothing to say about a VM: the reports are about what was scanned.
  check: () => NOT_APPLICABLE,

  checkWorkspace({ model }): WorkspaceReport[] {
    const { request } = model
    if (request === undefined) return []
    return request.paths
      .filter(requested => !requested.exists || !holdsManifest(model, requested))
      .map(requested => {
        const { origin, accept, setting } = request
        const data = { path: requested.written, origin, accept, setting }
        const why = requested.exists ? 'holds no manifest the gate reads' : 'does not exist in the workspace'
        const placed = { location: { file: requested.path, line: 1, column: 1 }, name: requested.written, identity: [requested.path] }
        if (request.allowEmpty) return { messageId: 'accepted', data: { ...data, why }, severity: 'notice' as const, ...placed }
        return { messageId: requested.exists ? 'empty' : 'missing', data, ...placed }
      })
  }
}

/**
 * @fileoverview A pinned Windows Server image whose build is below the advisory's first fixed build
 * (`20348.4294.251009` < 20348.4297 for CVE-2025-59287): VMs created from it start vulnerable and need a
 * reboot-requiring update first. `latest` is decided at deployment and is not judged.
 */
import { isKnown } from '../../model/source.js'
import { imageName, subjectOf } from '../describe.js'
import { parseImageVersion } from '../image-version.js'
import { docsUrlFor, NOT_APPLICABLE, PASS } from '../rule-support.js'
import type { RuleModule } from '../types.js'

const ID = 'unpatched-image'

//------------------------------------------------------------------------------
// Rule Definition
//------------------------------------------------------------------------------

export const rule: RuleModule = {
  meta: {
    id: ID,
    severity: 'warning',
    description: 'A pinned Windows Server image version should include the advisory fix.',
    docsUrl: docsUrlFor(ID),
    messages: {
      belowFixedBuild:
        '{{subject}} pins image {{image}} version {{version}}, build {{build}}, below {{fixed}}, the first ' +
        '{{os}} build with the {{cves}} fix ({{kb}}). A machine created from it is exposed while the WSUS Server ' +
        'role is enabled, until it installs {{kb}} or later, which needs a restart. Pin a version whose second ' +
        'field is {{fixedRevision}} or higher, or use latest.'
    }
  },

  check(context) {
    const { vm } = context.assessment
    const { image } = vm
    const windowsServer = isKnown(image.publisher) && image.publisher.value.toLowerCase() === 'microsoftwindowsserver'
    const custom = isKnown(image.customImageId) && image.customImageId.value !== ''
    if (!windowsServer || custom || vm.deployed.value === false || vm.osType.value === 'Linux') return NOT_APPLICABLE
    const version = isKnown(image.version) ? parseImageVersion(image.version.value) : undefined
    if (version === undefined) return NOT_APPLICABLE
    const advisory = context.advisories.find(a => a.families.some(f => f.build === version.build))
    const family = advisory?.families.find(f => f.build === version.build)
    if (advisory === undefined || family === undefined) return NOT_APPLICABLE
    if (version.revision >= family.fixedRevision) return PASS
    const data = {
      subject: subjectOf(vm),
      image: imageName(image),
      version: image.version.value as string,
      build: `${version.build}.${version.revision}`,
      fixed: `${family.build}.${family.fixedRevision}`,
      fixedRevision: String(family.fixedRevision),
      os: family.os,
      cves: advisory.cves.join(', '),
      kb: family.kb
    }
    const report = { messageId: 'belowFixedBuild', data, location: image.version.location, advisoryId: advisory.id }
    return { outcome: 'fail', reports: [report] }
  }
}

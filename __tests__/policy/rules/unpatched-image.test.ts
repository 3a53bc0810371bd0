/** Unit tests for src/policy/rules/unpatched-image.ts */
import { rule } from '../../../src/policy/rules/unpatched-image.js'
import { lit, model, unknownValue, unset, vm } from '../builders.js'
import { runRuleTests } from '../rule-tester.js'

type Overrides = Parameters<typeof vm>[0]

const pinned = (sku: string, version: string, overrides: Overrides = {}) =>
  model({
    virtualMachines: [
      vm({ ...overrides, image: { sku: lit(sku, 16), version: lit(version, 17), ...overrides?.image } })
    ]
  })

interface Expected {
  readonly sku: string
  readonly version: string
  readonly fixed: string
  readonly os: string
  readonly kb: string
}

const message = ({ sku, version, fixed, os, kb }: Expected): string => {
  const build = version.split('.').slice(0, 2).join('.')
  const revision = fixed.split('.')[1] as string
  return (
    `VM 'web-01' pins image MicrosoftWindowsServer:WindowsServer:${sku} version ${version}, build ${build}, below ` +
    `${fixed}, the first ${os} build with the CVE-2025-59287 fix (${kb}). A machine created from it is exposed ` +
    `while the WSUS Server role is enabled, until it installs ${kb} or later, which needs a restart. Pin a version ` +
    `whose second field is ${revision} or higher, or use latest.`
  )
}

const GALLERY_IMAGE = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/i'
const WS2019 = '2019-datacenter-gensecond'

runRuleTests(rule, {
  valid: [
    {
      name: 'the first fixed build 20348.4297',
      model: pinned('2022-datacenter-azure-edition-core', '20348.4297.251024'),
      outcome: 'pass'
    },
    { name: 'a later build 26100.7171', model: pinned('2025-datacenter-g2', '26100.7171.251112'), outcome: 'pass' },
    {
      name: 'latest is decided at deployment',
      model: pinned('2025-datacenter-azure-edition', 'latest'),
      outcome: 'not-applicable'
    },
    {
      name: 'a build family the advisory does not list',
      model: pinned('2008-r2-sp1', '7601.27769.250606'),
      outcome: 'not-applicable'
    },
    {
      name: 'another publisher',
      model: pinned('sql2019-ws2019', '17763.1000.200101', { image: { publisher: lit('MicrosoftSQLServer', 14) } }),
      outcome: 'not-applicable'
    },
    {
      name: 'a gallery image',
      model: pinned(WS2019, '17763.7919.251009', { image: { customImageId: lit(GALLERY_IMAGE, 18) } }),
      outcome: 'not-applicable'
    },
    {
      name: 'an unresolved version',
      model: pinned(WS2019, 'x', { image: { version: unknownValue(17, "parameter 'version' has no value") } }),
      outcome: 'not-applicable'
    },
    {
      name: 'not deployed',
      model: pinned(WS2019, '17763.7919.251009', { deployed: lit(false, 9) }),
      outcome: 'not-applicable'
    },
    {
      name: 'no version written',
      model: pinned(WS2019, 'x', { image: { version: unset(17) } }),
      outcome: 'not-applicable'
    }
  ],
  invalid: [
    {
      name: 'Windows Server 2022 October baseline 20348.4294 < 20348.4297',
      model: pinned('2022-datacenter-azure-edition-core', '20348.4294.251009'),
      findings: [
        {
          message: message({
            sku: '2022-datacenter-azure-edition-core',
            version: '20348.4294.251009',
            fixed: '20348.4297',
            os: 'Windows Server 2022',
            kb: 'KB5070884'
          }),
          file: 'infra/main.bicep',
          line: 17
        }
      ]
    },
    {
      name: 'Windows Server 2025 October baseline 26100.6899 < 26100.6905',
      model: pinned('2025-datacenter-g2', '26100.6899.251011'),
      findings: [
        {
          message: message({
            sku: '2025-datacenter-g2',
            version: '26100.6899.251011',
            fixed: '26100.6905',
            os: 'Windows Server 2025',
            kb: 'KB5070881'
          }),
          file: 'infra/main.bicep',
          line: 17
        }
      ]
    },
    {
      name: 'Windows Server 2019 on a VM without hotpatching (any Windows Server image counts)',
      model: pinned(WS2019, '17763.7919.251009', { enableHotpatching: lit(false, 23) }),
      findings: [
        {
          message: message({
            sku: WS2019,
            version: '17763.7919.251009',
            fixed: '17763.7922',
            os: 'Windows Server 2019',
            kb: 'KB5070883'
          }),
          file: 'infra/main.bicep',
          line: 17
        }
      ]
    },
    {
      name: 'Windows Server 2012 R2 compares the revision numerically (9600.22825 < 9600.22826)',
      model: pinned('2012-r2-datacenter', '9600.22825.251008'),
      findings: [
        {
          message: message({
            sku: '2012-r2-datacenter',
            version: '9600.22825.251008',
            fixed: '9600.22826',
            os: 'Windows Server 2012 R2',
            kb: 'KB5070886'
          }),
          file: 'infra/main.bicep',
          line: 17
        }
      ]
    }
  ]
})

// A stand-in for a Kubernetes provider or operator repository, in the shape of a Crossplane provider
// (Azure Service Operator has the same): `package/crds/` holds one CustomResourceDefinition per kind,
// each hundreds of kilobytes of OpenAPI schema whose descriptions name virtual machines, maintenance
// and hotpatching; `examples/<service>/` holds one or a few objects per kind, all carrying the same
// test label (so the examples link into one unit), a few of them VMs and maintenance objects; the rest
// of the tree is Go sources and docs. Written from scratch with a fixed seed: nothing is copied.

const SERVICES = ['compute', 'network', 'storage', 'keyvault', 'sql', 'web', 'containerservice', 'maintenance', 'insights', 'cosmosdb']
const KINDS = {
  compute: ['WindowsVirtualMachine', 'LinuxVirtualMachine', 'OrchestratedVirtualMachineScaleSet', 'ManagedDisk', 'AvailabilitySet'],
  maintenance: ['MaintenanceConfiguration', 'MaintenanceAssignmentVirtualMachine'],
  network: ['VirtualNetwork', 'Subnet', 'NetworkInterface', 'PublicIP', 'NetworkSecurityGroup'],
  storage: ['Account', 'Container', 'Blob'],
  keyvault: ['Vault', 'Key', 'Secret'],
  sql: ['MSSQLServer', 'MSSQLDatabase'],
  web: ['LinuxWebApp', 'ServicePlan'],
  containerservice: ['KubernetesCluster', 'KubernetesClusterNodePool'],
  insights: ['MonitorActionGroup', 'ApplicationInsights'],
  cosmosdb: ['Account', 'SQLDatabase']
}
const WORDS = [
  'virtual machine', 'maintenance configuration', 'hotpatching', 'patch mode', 'reboot setting', 'resource group',
  'managed identity', 'availability zone', 'network interface', 'the platform', 'AutomaticByPlatform', 'Windows',
  'image reference', 'subscription', 'tags', 'boot diagnostics', 'encryption at host', 'the scale set'
]

/** Writes the repository until `files` files exist: about one CRD in ten files, most of the rest examples. */
export function generateOperator(write, files, rnd, written) {
  const pick = list => list[Math.floor(rnd() * list.length)]
  const put = (path, text) => {
    if (written() < files) write(path, text)
  }
  const kinds = SERVICES.flatMap(service => KINDS[service].map(kind => [service, kind]))
  for (let round = 0; written() < files; round++) {
    for (const [service, kind] of kinds) {
      if (written() >= files) return
      const version = round === 0 ? 'v1beta1' : `v1beta${round + 1}`
      put(`package/crds/${service}.azure.upbound.io_${kind.toLowerCase()}s_${version}.yaml`, crd(service, kind, version, rnd, pick))
      for (let k = 0; k < 8; k++) put(`examples/${service}/${version}/${kind.toLowerCase()}-${k}.yaml`, example(service, kind, version, k, rnd))
      put(`apis/${service}/${version}/zz_${kind.toLowerCase()}_types.go`, goTypes(kind))
      put(`docs/${service}/${kind.toLowerCase()}-${round}.md`, `# ${kind}\n\n${sentence(rnd, pick, 40)}\n`)
    }
  }
}

function sentence(rnd, pick, words) {
  return Array.from({ length: words }, () => pick(WORDS)).join(' ')
}

/** A CRD: the schema of `spec.forProvider`, `spec.initProvider` and `status.atProvider`, 60-250 KB. */
function crd(service, kind, version, rnd, pick) {
  const fields = 30 + Math.floor(rnd() * 90)
  const property = (i, indent) => {
    const pad = ' '.repeat(indent)
    return [
      `${pad}field${i}:`,
      `${pad}  description: >-`,
      `${pad}    ${sentence(rnd, pick, 25)}`,
      `${pad}    ${sentence(rnd, pick, 25)}`,
      `${pad}  type: ${i % 3 === 0 ? 'array' : 'string'}`,
      ...(i % 3 === 0 ? [`${pad}  items:`, `${pad}    type: string`] : [])
    ].join('\n')
  }
  const schema = indent => Array.from({ length: fields }, (_, i) => property(i, indent)).join('\n')
  return [
    '---',
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    '  annotations:',
    '    controller-gen.kubebuilder.io/version: v0.16.3',
    `  name: ${kind.toLowerCase()}s.${service}.azure.upbound.io`,
    'spec:',
    `  group: ${service}.azure.upbound.io`,
    '  names:',
    `    kind: ${kind}`,
    `    plural: ${kind.toLowerCase()}s`,
    '  scope: Cluster',
    '  versions:',
    `  - name: ${version}`,
    '    schema:',
    '      openAPIV3Schema:',
    `        description: ${kind} is the Schema for the ${kind}s API. ${sentence(rnd, pick, 12)}`,
    '        properties:',
    '          spec:',
    '            properties:',
    '              forProvider:',
    '                properties:',
    schema(18),
    '              initProvider:',
    '                properties:',
    schema(18),
    '          status:',
    '            properties:',
    '              atProvider:',
    '                properties:',
    schema(18),
    '    served: true',
    '    storage: true',
    ''
  ].join('\n')
}

/** An example object; VMs, scale sets and maintenance objects carry what the gate reads. */
function example(service, kind, version, k, rnd) {
  const name = `example-${kind.toLowerCase()}-${k}`
  const header = [
    `apiVersion: ${service}.azure.upbound.io/${version}`,
    `kind: ${kind}`,
    'metadata:',
    '  annotations:',
    `    meta.upbound.io/example-id: ${service}/${version}/${kind.toLowerCase()}`,
    '  labels:',
    '    testing.upbound.io/example-name: example',
    `  name: ${name}`,
    'spec:',
    '  forProvider:',
    '    location: West Europe',
    '    resourceGroupNameSelector:',
    '      matchLabels:',
    '        testing.upbound.io/example-name: example'
  ]
  const body =
    kind === 'WindowsVirtualMachine'
      ? [
          '    size: Standard_D2s_v5',
          `    patchMode: ${rnd() < 0.5 ? 'AutomaticByPlatform' : 'AutomaticByOS'}`,
          `    hotpatchingEnabled: ${rnd() < 0.3}`,
          '    sourceImageReference:',
          '      publisher: MicrosoftWindowsServer',
          '      offer: WindowsServer',
          `      sku: ${rnd() < 0.3 ? '2022-datacenter-azure-edition-hotpatch' : '2022-datacenter'}`,
          '      version: latest'
        ]
      : kind === 'MaintenanceConfiguration'
        ? ['    scope: InGuestPatch', '    installPatches:', '    - reboot: IfRequired', '    window:', '    - startDateTime: "2026-01-14 02:00"', '      timeZone: UTC', '      recurEvery: Month Second Tuesday Offset1']
        : ['    sku: Standard', `    description: ${service} example ${k}`]
  const resourceGroup = k === 0 ? ['---', 'apiVersion: azure.upbound.io/v1beta1', 'kind: ResourceGroup', 'metadata:', '  labels:', '    testing.upbound.io/example-name: example', `  name: ${name}-rg`, 'spec:', '  forProvider:', '    location: West Europe'] : []
  return [...header, ...body, ...resourceGroup, ''].join('\n')
}

function goTypes(kind) {
  return `package v1beta1\n\n// ${kind}Parameters are the configurable fields of a ${kind}.\ntype ${kind}Parameters struct {\n\tLocation *string \`json:"location,omitempty"\`\n}\n`
}

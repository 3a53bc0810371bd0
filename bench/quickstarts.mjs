// A stand-in for a large public samples tree, in the shape of Azure's quickstart templates (about
// 4,000 files): one folder per sample under `quickstarts/<provider>/`, `application-workloads/<area>/`,
// `demos/` and the subscription, management-group and tenant deployment folders. Every sample has a
// README, a metadata file and a template; most have a parameter file, about half a Bicep source
// (then the template is the compiled one), some `prereqs/`, `nested/` linked templates, `modules/`,
// `scripts/` and `images/`. Most samples deploy no VM; the compute samples and many workloads do
// (mostly Linux and plain Windows Server, a few hotpatch-capable Azure Edition images), some through
// nested deployments. Written from scratch with a fixed seed: nothing is copied from a real tree.
import { IMAGES, armParameters, json, maintenance, network, vmResource } from './arm-builders.mjs'

const DEPLOYMENT_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'
const PROVIDERS = [
  'microsoft.compute', 'microsoft.compute', 'microsoft.compute', 'microsoft.network', 'microsoft.network',
  'microsoft.storage', 'microsoft.web', 'microsoft.web', 'microsoft.sql', 'microsoft.keyvault',
  'microsoft.containerservice', 'microsoft.documentdb', 'microsoft.insights', 'microsoft.resources',
  'microsoft.automation', 'microsoft.datafactory', 'microsoft.eventhub', 'microsoft.servicebus',
  'microsoft.logic', 'microsoft.cache', 'microsoft.apimanagement', 'microsoft.cognitiveservices',
  'microsoft.machinelearningservices', 'microsoft.maintenance', 'microsoft.recoveryservices'
]
const AREAS = ['active-directory', 'sharepoint', 'sql-server', 'jenkins', 'elastic', 'hpc', 'citrix', 'datascience']
const TOPICS = ['simple', 'secure', 'ha', 'private-endpoint', 'with-monitoring', 'zone-redundant', 'hub-spoke', 'basic']
// A hotpatch-capable Azure Edition image for one VM sample in ten; Linux for about half.
const LINUX = IMAGES[4]
const WINDOWS = [IMAGES[3], ['MicrosoftWindowsServer', 'WindowsServer', '2022-datacenter-g2']]
const AZURE_EDITION = IMAGES.slice(0, 3)

/** Writes samples until `files` files exist; `written()` is the generator's running count. */
export function generateQuickstarts(write, files, rnd, written) {
  const pick = list => list[Math.floor(rnd() * list.length)]
  const chance = p => rnd() < p
  const put = (path, text) => {
    if (written() < files) write(path, text)
  }
  for (let i = 0; written() < files; i++) {
    const where = rnd()
    const provider = pick(PROVIDERS)
    const slug = `${provider.split('.')[1]}-${pick(TOPICS)}-${i}`
    const folder =
      where < 0.78
        ? `quickstarts/${provider}/${slug}`
        : where < 0.9
          ? `application-workloads/${pick(AREAS)}/${slug}`
          : where < 0.96
            ? `demos/${slug}`
            : `${pick(['subscription-deployments', 'managementgroup-deployments', 'tenant-deployments'])}/${slug}`
    const vmChance = provider === 'microsoft.compute' && where < 0.78 ? 0.85 : where < 0.9 && where >= 0.78 ? 0.45 : 0.04
    const vms = chance(vmChance) ? 1 + Math.floor(rnd() * rnd() * 3) : 0
    const image = rnd() < 0.5 ? LINUX : chance(0.8) ? pick(WINDOWS) : pick(AZURE_EDITION)
    const bicep = chance(0.45)
    const nested = chance(0.15)
    const linked = !bicep && chance(0.1) ? 1 + Math.floor(rnd() * 3) : 0
    const maintains = provider === 'microsoft.maintenance'

    put(`${folder}/README.md`, readme(slug, provider, rnd))
    put(`${folder}/metadata.json`, metadata(slug, i))
    put(`${folder}/azuredeploy.json`, template({ slug, vms, image, hotpatch: chance(0.5), bicep, nested, linked, maintains, rnd, pick }))
    if (chance(0.85)) put(`${folder}/azuredeploy.parameters.json`, armParameters(slug))
    if (bicep) {
      put(`${folder}/main.bicep`, bicepSource(slug, vms > 0))
      if (chance(0.2)) put(`${folder}/modules/network.bicep`, bicepNetworkModule())
    }
    for (let k = 0; k < linked; k++) put(`${folder}/nested/linked-${k}.json`, linkedTemplate(slug, k, vms > 0 && k === 0, image, rnd, pick))
    if (chance(0.08)) {
      put(`${folder}/prereqs/prereq.azuredeploy.json`, prereqTemplate(slug))
      put(`${folder}/prereqs/prereq.azuredeploy.parameters.json`, armParameters(`${slug}-prereq`))
    }
    if (chance(0.08)) put(`${folder}/scripts/${vms > 0 && image !== LINUX ? 'configure.ps1' : 'install.sh'}`, script(slug))
    if (chance(0.1)) put(`${folder}/images/architecture.png`, png(rnd))
  }
}

function readme(slug, provider, rnd) {
  const paragraphs = Array.from({ length: 3 + Math.floor(rnd() * 5) }, (_, k) =>
    `This sample (${slug}, part ${k + 1}) shows how to deploy ${provider} resources with secure defaults. ` +
    'It uses parameters for every name and location, and outputs the identifiers the next step needs. ' +
    'Review the costs of each resource before you deploy it in a production subscription.'
  )
  return `# ${slug}

![Azure Public Test Date](https://azurequickstartsservice.blob.core.windows.net/badges/${slug}/PublicLastTestDate.svg)
![Bicep Version](https://azurequickstartsservice.blob.core.windows.net/badges/${slug}/BicepVersion.svg)

[![Deploy To Azure](https://raw.githubusercontent.com/Azure/azure-quickstart-templates/master/1-CONTRIBUTION-GUIDE/images/deploytoazure.svg?sanitize=true)](https://portal.azure.com/#create/Microsoft.Template)

${paragraphs.join('\n\n')}

## Deploy

\`\`\`bash
az deployment group create --resource-group rg-${slug} --template-file azuredeploy.json --parameters azuredeploy.parameters.json
\`\`\`
`
}

function metadata(slug, i) {
  return json({
    $schema: 'https://aka.ms/azure-quickstart-templates-metadata-schema#',
    type: 'QuickStart',
    itemDisplayName: slug,
    description: `Deploys ${slug}.`,
    summary: `Deploys ${slug} with secure defaults.`,
    githubUsername: `contributor${i % 211}`,
    dateUpdated: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`
  })
}

const location = "[parameters('location')]"
const FILLERS = [
  name => ({ type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-05-01', name: `st${name.replaceAll('-', '').slice(0, 20)}`, location, sku: { name: 'Standard_LRS' }, kind: 'StorageV2', properties: { minimumTlsVersion: 'TLS1_2', supportsHttpsTrafficOnly: true, allowBlobPublicAccess: false } }),
  name => ({ type: 'Microsoft.Web/serverfarms', apiVersion: '2023-12-01', name: `${name}-plan`, location, sku: { name: 'P1v3', tier: 'PremiumV3' }, kind: 'linux', properties: { reserved: true } }),
  name => ({ type: 'Microsoft.Web/sites', apiVersion: '2023-12-01', name: `${name}-web`, location, dependsOn: [`[resourceId('Microsoft.Web/serverfarms', '${name}-plan')]`], properties: { httpsOnly: true, serverFarmId: `[resourceId('Microsoft.Web/serverfarms', '${name}-plan')]`, siteConfig: { minTlsVersion: '1.2', ftpsState: 'Disabled', linuxFxVersion: 'NODE|20-lts' } } }),
  name => ({ type: 'Microsoft.Network/virtualNetworks', apiVersion: '2024-01-01', name: `${name}-vnet`, location, properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] }, subnets: [{ name: 'default', properties: { addressPrefix: '10.0.0.0/24', networkSecurityGroup: { id: `[resourceId('Microsoft.Network/networkSecurityGroups', '${name}-nsg')]` } } }] } }),
  name => ({ type: 'Microsoft.Network/networkSecurityGroups', apiVersion: '2024-01-01', name: `${name}-nsg`, location, properties: { securityRules: [{ name: 'allow-https', properties: { priority: 1000, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', sourcePortRange: '*', destinationPortRange: '443', sourceAddressPrefix: '*', destinationAddressPrefix: '*' } }] } }),
  name => ({ type: 'Microsoft.Network/publicIPAddresses', apiVersion: '2024-01-01', name: `${name}-pip`, location, sku: { name: 'Standard' }, properties: { publicIPAllocationMethod: 'Static', dnsSettings: { domainNameLabel: "[toLower(format('{0}-{1}', parameters('environment'), uniqueString(resourceGroup().id)))]" } } }),
  name => ({ type: 'Microsoft.KeyVault/vaults', apiVersion: '2023-07-01', name: `kv-${name}`.slice(0, 24), location, properties: { tenantId: '[subscription().tenantId]', sku: { family: 'A', name: 'standard' }, enableRbacAuthorization: true, enableSoftDelete: true } }),
  name => ({ type: 'Microsoft.Sql/servers', apiVersion: '2023-08-01-preview', name: `${name}-sql`, location, properties: { administratorLogin: "[parameters('adminUsername')]", administratorLoginPassword: "[parameters('adminPassword')]", minimalTlsVersion: '1.2' } }),
  name => ({ type: 'Microsoft.OperationalInsights/workspaces', apiVersion: '2023-09-01', name: `${name}-law`, location, properties: { sku: { name: 'PerGB2018' }, retentionInDays: 30 } }),
  name => ({ type: 'Microsoft.DocumentDB/databaseAccounts', apiVersion: '2024-05-15', name: `${name}-cosmos`, location, kind: 'GlobalDocumentDB', properties: { databaseAccountOfferType: 'Standard', locations: [{ locationName: location, failoverPriority: 0 }], consistencyPolicy: { defaultConsistencyLevel: 'Session' } } })
]

const PARAMETERS = {
  location: { type: 'string', defaultValue: '[resourceGroup().location]', metadata: { description: 'Location for all resources.' } },
  environment: { type: 'string', defaultValue: 'prod', allowedValues: ['dev', 'test', 'prod'], metadata: { description: 'The environment the names carry.' } },
  vmSize: { type: 'string', defaultValue: 'Standard_D2s_v5', metadata: { description: 'Size of the virtual machines.' } },
  adminUsername: { type: 'string', defaultValue: 'azureuser', metadata: { description: 'Administrator name.' } },
  adminPassword: { type: 'securestring', metadata: { description: 'Administrator password.' } },
  subnetId: { type: 'string', defaultValue: '', metadata: { description: 'An existing subnet, or empty for a new network.' } }
}
const ARTIFACTS = {
  _artifactsLocation: { type: 'string', defaultValue: '[deployment().properties.templateLink.uri]', metadata: { description: 'The base URI of the linked templates.' } },
  _artifactsLocationSasToken: { type: 'securestring', defaultValue: '', metadata: { description: 'The SAS token of _artifactsLocation.' } }
}

function fillers(slug, count, pick) {
  return Array.from({ length: count }, (_, k) => pick(FILLERS)(`${slug}-${k}`))
}

/** The sample's VM(s) with a NIC each; more than one as a copy loop, the way the samples scale out. */
function vmResources(slug, vms, image, hotpatch) {
  const name = `vm-${slug}`.slice(0, 40)
  if (vms <= 1) return [network(name), vmResource(name, image, hotpatch)]
  const indexed = `[format('{0}-{1}', '${name}', copyIndex())]`
  return [
    { ...network(name), name: `[format('{0}-{1}-nic', '${name}', copyIndex())]`, copy: { name: 'nics', count: vms } },
    { ...vmResource(name, image, hotpatch), name: indexed, copy: { name: 'vms', count: vms } }
  ]
}

function template({ slug, vms, image, hotpatch, bicep, nested, linked, maintains, rnd, pick }) {
  let resources = fillers(slug, 1 + Math.floor(rnd() * 5), pick)
  const vmPart = vms > 0 ? vmResources(slug, vms, image, hotpatch) : []
  // A nested deployment (a compiled Bicep module): sometimes it holds the VM, usually filler.
  if (nested) {
    const inner = vms > 0 && rnd() < 0.5 ? vmPart.splice(0) : fillers(`${slug}-module`, 2, pick)
    resources.push({
      type: 'Microsoft.Resources/deployments',
      apiVersion: '2022-09-01',
      name: `${slug}-module`,
      properties: {
        mode: 'Incremental',
        expressionEvaluationOptions: { scope: 'inner' },
        parameters: { location: { value: location }, environment: { value: "[parameters('environment')]" }, adminPassword: { value: "[parameters('adminPassword')]" } },
        template: { $schema: DEPLOYMENT_SCHEMA, contentVersion: '1.0.0.0', parameters: PARAMETERS, resources: inner }
      }
    })
  }
  resources = [...resources, ...vmPart]
  for (let k = 0; k < linked; k++) {
    resources.push({
      type: 'Microsoft.Resources/deployments',
      apiVersion: '2022-09-01',
      name: `linked-${k}`,
      properties: {
        mode: 'Incremental',
        templateLink: { uri: `[uri(parameters('_artifactsLocation'), concat('nested/linked-${k}.json', parameters('_artifactsLocationSasToken')))]`, contentVersion: '1.0.0.0' },
        parameters: { location: { value: location } }
      }
    })
  }
  if (vms > 0 && rnd() < 0.6) {
    resources.push({
      type: 'Microsoft.Compute/virtualMachines/extensions',
      apiVersion: '2024-07-01',
      name: `vm-${slug}/monitoring`.slice(0, 60),
      location,
      properties: { publisher: 'Microsoft.Azure.Monitor', type: image === LINUX ? 'AzureMonitorLinuxAgent' : 'AzureMonitorWindowsAgent', typeHandlerVersion: '1.0', autoUpgradeMinorVersion: true }
    })
  }
  // The maintenance samples: a configuration and its assignment to a VM named by parameter.
  if (maintains) resources.push(...maintenance(`vm-${slug}`))
  return json({
    $schema: DEPLOYMENT_SCHEMA,
    contentVersion: '1.0.0.0',
    ...(bicep && { metadata: { _generator: { name: 'bicep', version: '0.30.23.60470', templateHash: String(Math.floor(rnd() * 1e18)) } } }),
    parameters: linked > 0 ? { ...PARAMETERS, ...ARTIFACTS } : PARAMETERS,
    variables: { prefix: `[format('{0}-${slug}', parameters('environment'))]`, tags: { sample: slug } },
    resources,
    outputs: { resourceGroupId: { type: 'string', value: '[resourceGroup().id]' } }
  })
}

function linkedTemplate(slug, k, withVm, image, rnd, pick) {
  const resources = withVm ? vmResources(`${slug}-linked`, 1, image, rnd() < 0.5) : fillers(`${slug}-l${k}`, 2, pick)
  return json({ $schema: DEPLOYMENT_SCHEMA, contentVersion: '1.0.0.0', parameters: PARAMETERS, resources })
}

function prereqTemplate(slug) {
  return json({
    $schema: DEPLOYMENT_SCHEMA,
    contentVersion: '1.0.0.0',
    parameters: { location: PARAMETERS.location },
    resources: [FILLERS[3](`${slug}-prereq`), FILLERS[4](`${slug}-prereq`)],
    outputs: { vnetId: { type: 'string', value: `[resourceId('Microsoft.Network/virtualNetworks', '${slug}-prereq-vnet')]` } }
  })
}

function bicepSource(slug, withVm) {
  const vm = withVm
    ? `
resource nic 'Microsoft.Network/networkInterfaces@2024-01-01' existing = {
  name: 'vm-${slug}-nic'
}
`
    : ''
  return `@description('Location for all resources.')
param location string = resourceGroup().location

@allowed([ 'dev', 'test', 'prod' ])
param environment string = 'prod'

var prefix = '\${environment}-${slug}'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('st\${uniqueString(resourceGroup().id)}', 24)
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}
${vm}
output prefix string = prefix
`
}

function bicepNetworkModule() {
  return `param location string
param name string

resource vnet 'Microsoft.Network/virtualNetworks@2024-01-01' = {
  name: name
  location: location
  properties: {
    addressSpace: { addressPrefixes: [ '10.0.0.0/16' ] }
  }
}

output id string = vnet.id
`
}

function script(slug) {
  return `# Post-deployment configuration for ${slug}.\nset -e\necho "configuring ${slug}"\n`
}

/** A small binary file, as the samples' architecture diagrams are (the gate lists and skips it). */
function png(rnd) {
  const bytes = Buffer.alloc(2048 + Math.floor(rnd() * 6144))
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes)
  for (let k = 8; k < bytes.length; k++) bytes[k] = Math.floor(rnd() * 256)
  return bytes
}

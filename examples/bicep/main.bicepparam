using 'main.bicep'

param location = 'westeurope'
param webImageSku = '2025-datacenter-azure-edition-smalldisk'
param adminUsername = 'intranetadmin'
param adminPassword = readEnvironmentVariable('INTRANET_ADMIN_PASSWORD', '')
param subnetId = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-intranet-network/providers/Microsoft.Network/virtualNetworks/vnet-intranet/subnets/snet-servers'

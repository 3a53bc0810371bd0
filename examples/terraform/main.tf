terraform {
  required_version = ">= 1.6"
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.14"
    }
  }
}

provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "erp" {
  name     = "rg-erp-${var.environment}"
  location = var.location
}

# ERP application servers: Windows Server 2025 Azure Edition with hotpatching, rebooted in a
# customer-managed monthly window (Azure Update Manager).
resource "azurerm_windows_virtual_machine" "erp_app" {
  name                  = "vm-erp-app-${var.environment}"
  resource_group_name   = azurerm_resource_group.erp.name
  location              = azurerm_resource_group.erp.location
  size                  = var.vm_size
  admin_username        = var.admin_username
  admin_password        = var.admin_password
  network_interface_ids = [var.erp_nic_id]

  patch_mode                                             = "AutomaticByPlatform"
  patch_assessment_mode                                  = "AutomaticByPlatform"
  hotpatching_enabled                                    = true
  reboot_setting                                         = "IfRequired"
  bypass_platform_safety_checks_on_user_schedule_enabled = true

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2025-datacenter-azure-edition"
    version   = "latest"
  }

  tags = local.tags
}

resource "azurerm_maintenance_configuration" "erp_monthly" {
  name                     = "mc-erp-${var.environment}-monthly"
  resource_group_name      = azurerm_resource_group.erp.name
  location                 = azurerm_resource_group.erp.location
  scope                    = "InGuestPatch"
  in_guest_user_patch_mode = "User"

  window {
    start_date_time = "2025-11-22 23:00"
    duration        = "03:55"
    time_zone       = "UTC"
    recur_every     = "Month Fourth Saturday"
  }

  install_patches {
    reboot = "IfRequired"
    windows {
      classifications_to_include = ["Critical", "Security", "UpdateRollup"]
    }
  }

  tags = local.tags
}

resource "azurerm_maintenance_assignment_virtual_machine" "erp_app" {
  location                     = azurerm_resource_group.erp.location
  maintenance_configuration_id = azurerm_maintenance_configuration.erp_monthly.id
  virtual_machine_id           = azurerm_windows_virtual_machine.erp_app.id
}

# Reporting server: Windows Server 2019, patched by the OS; hotpatch does not apply.
resource "azurerm_windows_virtual_machine" "reporting" {
  name                  = "vm-erp-rpt-${var.environment}"
  resource_group_name   = azurerm_resource_group.erp.name
  location              = azurerm_resource_group.erp.location
  size                  = "Standard_E4s_v5"
  admin_username        = var.admin_username
  admin_password        = var.admin_password
  network_interface_ids = [var.reporting_nic_id]
  patch_mode            = "AutomaticByOS"

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "StandardSSD_LRS"
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2019-datacenter-gensecond"
    version   = "latest"
  }

  tags = local.tags
}

locals {
  tags = {
    application = "erp"
    environment = var.environment
  }
}

variable "environment" {
  type    = string
  default = "prod"
}

variable "location" {
  type    = string
  default = "westeurope"
}

variable "vm_size" {
  type    = string
  default = "Standard_D4s_v5"
}

variable "admin_username" {
  type    = string
  default = "erpadmin"
}

variable "admin_password" {
  type      = string
  sensitive = true
}

variable "erp_nic_id" {
  type = string
}

variable "reporting_nic_id" {
  type = string
}

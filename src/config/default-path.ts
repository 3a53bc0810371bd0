/**
 * Where the repository configuration lives unless the `config` input or `--config` says otherwise.
 * A module of its own so the CLI can know it without loading the action's dependencies.
 */
export const DEFAULT_CONFIG_FILE = '.github/hotpatch-reboot-gate.yml'

import { TOOL_NAME } from '../version.js'

const EXIT_CODES = `Exit codes:
  0  no finding reaches --fail-on
  1  findings reach --fail-on
  2  usage or configuration error, or a PATH that holds no manifest the gate reads
  3  internal error (a bug: please report it)`

/** `--help` text for the tool or one command; no line is wider than 100 columns. */
export function helpText(topic: 'scan' | 'advisories' | undefined): string {
  switch (topic) {
    case 'scan':
      return `Usage: ${TOOL_NAME} scan [PATH...] [options]

Reads the manifests below each PATH (default: the current folder) and reports every VM and scale
set: whether Windows Server hotpatch makes it need a reboot plan, and whether it has one. A single
folder is the scan root and report paths are relative to it; a file, or several paths, are scanned
below the current folder.

Options:
  -f, --format FORMAT   text (default), json, sarif, markdown, junit or azure-pipelines
  -o, --output FILE     write the report to FILE instead of standard output
      --as-of DATE      evaluate as of DATE (YYYY-MM-DD, UTC); default: today
      --fail-on LEVEL   exit 1 on findings at or above LEVEL: error, warning or never; default: the
                        configuration's fail-on, else error
  -c, --config FILE     policy configuration; default: .github/hotpatch-reboot-gate.yml below the
                        scan root or the current folder, when there is one
      --base-config FILE
                        the configuration before the change: exemptions it lacks are marked new
      --color           colour the text report even when standard output is not a terminal
      --no-color        never colour it (so does NO_COLOR=1; FORCE_COLOR=1 forces colour)
  -q, --quiet           text report: only VMs with errors or warnings, and parse errors
      --allow-empty     accept a PATH that holds no manifest the gate reads (a notice, not exit 2)
  -h, --help            show this help

Exempted findings and parse errors are reported but never fail the run. An invalid configuration
stops it with exit code 2 and the file, line and column of the problem. So does a PATH with nothing
the gate reads (an empty folder, a README): the report is written and the reason goes to stderr.

${EXIT_CODES}
`
    case 'advisories':
      return `Usage: ${TOOL_NAME} advisories [options]

Lists the advisories the policy applies: the CVEs they cover, their reboot window, the baseline
months, their sources and the file each was loaded from (built in, or added by the configuration).

Options:
  -f, --format FORMAT   text (default) or json
  -c, --config FILE     policy configuration; default as for scan
  -h, --help            show this help
`
    case undefined:
      return `Usage: ${TOOL_NAME} <command> [options]

Finds Azure VMs that run Windows Server hotpatch without a reboot plan in ARM, Bicep, Terraform,
Kubernetes (Azure Service Operator, Crossplane) and Pulumi manifests.

Commands:
  scan [PATH...]        scan manifests and report each VM's verdict
  advisories            list the advisories the policy applies
  help [COMMAND]        show help for a command

Options:
  -h, --help            show help
      --version         print the version

${EXIT_CODES}
`
  }
}

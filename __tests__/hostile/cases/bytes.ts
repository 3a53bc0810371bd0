/**
 * Inputs that are not the text a reader expects: oversized files, bytes that are not UTF-8, byte
 * order marks, CRLF line ends, NUL bytes, binary files with a manifest's name, unterminated strings.
 * Large and binary files are generated here, at test time, never committed.
 */
import type { HostileCase } from '../case.js'
import { armTemplate, armVm, asoVm, bicepVm, pulumiVm, terraformVm } from '../manifests.js'

const MIB = 1024 * 1024

/** `text` with the first `marker` replaced by raw bytes. */
function withBytes(text: string, marker: string, bytes: readonly number[]): Buffer {
  const at = Buffer.from(text.slice(0, text.indexOf(marker)), 'utf8').length
  const encoded = Buffer.from(text, 'utf8')
  return Buffer.concat([encoded.subarray(0, at), Buffer.from(bytes), encoded.subarray(at + Buffer.byteLength(marker))])
}

const utf16le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
const utf16be = (text: string): Buffer => Buffer.from(utf16le(text).swap16())
const crlf = (text: string): string => text.replace(/\n/g, '\r\n')

/** The first bytes of a PNG image, then noise: binary in every way. */
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00,
  0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5c, 0x72, 0xa8, 0x66, 0xff, 0xfe, 0x7b, 0x22
])

export const BYTES_CASES: readonly HostileCase[] = [
  {
    name: 'a 50 MB manifest in each format',
    files: () => {
      // A manifest in its first 128 KiB (more than any head the scan reads), then zero bytes to 50 MiB: the size is
      // what the scan judges, and the file system writes only the text.
      const padding = 'x'.repeat(128 * 1024)
      const huge = (head: string) => ({ head, size: 50 * MIB })
      return {
        'huge/vm.json': huge(armTemplate([armVm('vm-huge')], { metadata: { padding } })),
        'huge/main.tf': huge(`${terraformVm('"vm-huge"')}\n# ${padding}\n`),
        'huge/vm.yaml': huge(`${asoVm('huge-vm')}# ${padding}\n`),
        'huge/main.bicep': huge(`${bicepVm('vm-huge')}\n// ${padding}\n`),
        'huge-pulumi/Pulumi.yaml': huge(`${pulumiVm('huge-pulumi')}# ${padding}\n`)
      }
    },
    parseErrors: [
      'huge-pulumi/Pulumi.yaml:1:1 error file is 50.0 MiB, over the 16 MiB limit; not read',
      'huge/main.bicep:1:1 error file is 50.0 MiB, over the 16 MiB limit; not read',
      'huge/main.tf:1:1 error file is 50.0 MiB, over the 16 MiB limit; not read',
      'huge/vm.json:1:1 error file is 50.0 MiB, over the 16 MiB limit; not read',
      'huge/vm.yaml:1:1 error file is 50.0 MiB, over the 16 MiB limit; not read'
    ],
    resources: [],
    findings: ['unreadable-manifest error huge-pulumi/Pulumi.yaml:1', 'unreadable-manifest error huge/main.bicep:1', 'unreadable-manifest error huge/main.tf:1', 'unreadable-manifest error huge/vm.json:1', 'unreadable-manifest error huge/vm.yaml:1']
  },
  {
    name: 'bytes that are not UTF-8',
    files: () => ({
      'not-utf8/vm.json': withBytes(armTemplate([armVm('vm-latin1')]), 'northeurope', [0x6e, 0xf6, 0x72, 0x64]),
      'not-utf8/main.tf': withBytes(terraformVm('"vm-latin1"'), 'westeurope', [0xc3, 0x28]),
      'not-utf8/vm.yaml': withBytes(asoVm('latin1-vm'), 'westeurope', [0x77, 0xe9])
    }),
    parseErrors: [
      'not-utf8/main.tf:4:28 error invalid UTF-8 at byte 151',
      'not-utf8/vm.json:9:21 error invalid UTF-8 at byte 284',
      'not-utf8/vm.yaml:7:14 error invalid UTF-8 at byte 129'
    ],
    resources: [],
    findings: ['unreadable-manifest error not-utf8/main.tf:4', 'unreadable-manifest error not-utf8/vm.json:9', 'unreadable-manifest error not-utf8/vm.yaml:7']
  },
  {
    name: 'byte order marks',
    files: () => ({
      'bom/utf8.json': `\ufeff${armTemplate([armVm('vm-bom-utf8')])}`,
      'bom/main.tf': `\ufeff${terraformVm('"vm-bom-tf"')}`,
      'bom/vm.yaml': `\ufeff${asoVm('bom-yaml-vm')}`,
      'bom/main.bicep': `\ufeff${bicepVm('vm-bom-bicep')}`,
      // What Windows PowerShell 5.1's Out-File writes: ARM, Bicep and YAML tools read it, Terraform does not.
      'bom-utf16/le.json': utf16le(armTemplate([armVm('vm-utf16-le')])),
      'bom-utf16/be.bicep': utf16be(bicepVm('vm-utf16-be-bicep')),
      'bom-utf16/vm.yaml': utf16le(asoVm('utf16-yaml-vm')),
      'bom-utf16/main.tf': utf16be(terraformVm('"vm-utf16-be"'))
    }),
    parseErrors: [
      'bom-utf16/main.tf:1:1 error UTF-16 text (byte order mark); Terraform reads UTF-8 only: save it as UTF-8'
    ],
    resources: [
      'bom-utf16/be.bicep:1 vm-utf16-be-bicep affected-no-plan',
      'bom-utf16/le.json:5 vm-utf16-le affected-no-plan',
      'bom-utf16/vm.yaml:1 utf16-yaml-vm affected-no-plan',
      'bom/main.bicep:1 vm-bom-bicep affected-no-plan',
      'bom/main.tf:1 vm-bom-tf affected-no-plan',
      'bom/utf8.json:5 vm-bom-utf8 affected-no-plan',
      'bom/vm.yaml:1 bom-yaml-vm affected-no-plan'
    ],
    findings: [
      'reboot-plan-required error bom-utf16/be.bicep:1',
      'reboot-plan-required error bom-utf16/le.json:5',
      'reboot-plan-required error bom-utf16/vm.yaml:1',
      'reboot-plan-required error bom/main.bicep:1',
      'reboot-plan-required error bom/main.tf:1',
      'reboot-plan-required error bom/utf8.json:5',
      'reboot-plan-required error bom/vm.yaml:1',
      'unreadable-manifest error bom-utf16/main.tf:1'
    ]
  },
  {
    name: 'CRLF line ends',
    files: () => ({
      'crlf/vm.json': crlf(armTemplate([armVm('vm-crlf-json')])),
      'crlf/main.tf': crlf(terraformVm('"vm-crlf-tf"')),
      'crlf/vm.yaml': crlf(asoVm('crlf-yaml-vm')),
      'crlf/main.bicep': crlf(bicepVm('vm-crlf-bicep')),
      'crlf-pulumi/Pulumi.yaml': crlf(pulumiVm('crlf-pulumi')),
      // Errors after CRLF lines: columns count characters of the line, never the carriage returns.
      'crlf-broken/vm.json': crlf(armTemplate([armVm("[concat('vm-', 'crlf']")])),
      'crlf-broken/vm.yaml': crlf(`${asoVm('crlf-broken-vm')}  location: twice\n`),
      'crlf-broken/main.tf': crlf('locals {\n  a = 1\n  text = "never closed\n}\n'),
      // A policy word in it, so the content prefilter reads it (a file without one is skipped unparsed).
      'crlf-broken/main.bicep': crlf("var a = 1\nvar text = 'never closed maintenance\n")
    }),
    parseErrors: [
      "crlf-broken/main.bicep:2:12 error unterminated string: expected ' before the end of the line",
      'crlf-broken/main.tf:3:10 error unterminated string: expected a closing `"` on the same line',
      "crlf-broken/vm.json:8:7 error invalid expression: expected ',' or ')', found the end of the expression (character 22 of the string)",
      'crlf-broken/vm.yaml:21:3 error duplicated mapping key "location" (first at line 7)'
    ],
    resources: [
      'crlf-broken/vm.json:5 crlf-broken/vm.json#resources[0] affected-no-plan',
      'crlf-pulumi/Pulumi.yaml:4 crlf-pulumi affected-no-plan',
      'crlf/main.bicep:1 vm-crlf-bicep affected-no-plan',
      'crlf/main.tf:1 vm-crlf-tf affected-no-plan',
      'crlf/vm.json:5 vm-crlf-json affected-no-plan',
      'crlf/vm.yaml:1 crlf-yaml-vm affected-no-plan'
    ],
    findings: [
      'reboot-plan-required error crlf-broken/vm.json:5',
      'reboot-plan-required error crlf-pulumi/Pulumi.yaml:4',
      'reboot-plan-required error crlf/main.bicep:1',
      'reboot-plan-required error crlf/main.tf:1',
      'reboot-plan-required error crlf/vm.json:5',
      'reboot-plan-required error crlf/vm.yaml:1',
      'unreadable-manifest error crlf-broken/main.bicep:2',
      'unreadable-manifest error crlf-broken/vm.json:8',
      'unreadable-manifest error crlf-broken/vm.yaml:21'
    ]
  },
  {
    name: 'NUL bytes',
    files: () => ({
      'nul/vm.json': withBytes(armTemplate([armVm('vm-nul')]), 'northeurope', [0x00]),
      'nul/main.tf': withBytes(terraformVm('"vm-nul"'), 'westeurope', [0x00]),
      'nul/vm.yaml': withBytes(asoVm('nul-vm'), 'westeurope', [0x00])
    }),
    // Each may declare a VM (its words say so): none is skipped with a notice, whatever reader would have read it.
    parseErrors: [
      'nul/main.tf:4:28 error binary content (NUL byte); not a text manifest',
      'nul/vm.json:9:20 error binary content (NUL byte); not a text manifest',
      'nul/vm.yaml:7:13 error binary content (NUL byte); not a text manifest'
    ],
    resources: [],
    findings: ['unreadable-manifest error nul/main.tf:4', 'unreadable-manifest error nul/vm.json:9', 'unreadable-manifest error nul/vm.yaml:7']
  },
  {
    name: 'a binary file named .json',
    files: () => ({ 'binary/azuredeploy.json': PNG, 'binary/logo.parameters.json': PNG }),
    parseErrors: [
      'binary/azuredeploy.json:3:1 notice binary content (NUL byte); not a text manifest',
      'binary/logo.parameters.json:3:1 notice binary content (NUL byte); not a text manifest'
    ],
    resources: [],
    findings: []
  },
  {
    name: 'unterminated Bicep strings',
    files: () => ({
      'bicep-unterminated/line.bicep': `param location string = 'westeurope\n${bicepVm('vm-after-string')}`,
      'bicep-unterminated/multiline.bicep': `${bicepVm('vm-before-multiline')}\nvar text = '''\nnever closed\n`,
      'bicep-unterminated/interpolation.bicep': `var name = 'vm-\${toLower('A'\n${bicepVm('vm-after-interpolation')}`
    }),
    parseErrors: [
      "bicep-unterminated/interpolation.bicep:1:12 error unterminated string: expected ' before the end of the line",
      "bicep-unterminated/interpolation.bicep:2:1 error expected ',' or ')' in the argument list, found 'resource'",
      "bicep-unterminated/line.bicep:1:25 error unterminated string: expected ' before the end of the line",
      "bicep-unterminated/multiline.bicep:24:12 error unterminated multi-line string: expected '''"
    ],
    resources: [
      'bicep-unterminated/interpolation.bicep:2 vm-after-interpolation affected-no-plan',
      'bicep-unterminated/line.bicep:2 vm-after-string affected-no-plan',
      'bicep-unterminated/multiline.bicep:1 vm-before-multiline affected-no-plan'
    ],
    findings: [
      'reboot-plan-required error bicep-unterminated/interpolation.bicep:2',
      'reboot-plan-required error bicep-unterminated/line.bicep:2',
      'reboot-plan-required error bicep-unterminated/multiline.bicep:1',
      'unreadable-manifest error bicep-unterminated/interpolation.bicep:1',
      'unreadable-manifest error bicep-unterminated/interpolation.bicep:2',
      'unreadable-manifest error bicep-unterminated/line.bicep:1',
      'unreadable-manifest error bicep-unterminated/multiline.bicep:24'
    ]
  },
  {
    name: 'unterminated HCL heredocs and strings',
    files: () => ({
      'hcl-unterminated/heredoc.tf': `${terraformVm('"vm-heredoc"')}\nlocals {\n  script = <<-EOT\n    echo never closed\n`,
      'hcl-unterminated/string.tf': `locals {\n  text = "never closed\n}\n`,
      'hcl-unterminated/template.tf': 'locals {\n  text = "${upper("a")\n}\n',
      'hcl-unterminated/vm.tf': terraformVm('"vm-next-to-broken-hcl"', 'next')
    }),
    parseErrors: [
      'hcl-unterminated/heredoc.tf:26:12 error unterminated heredoc: expected a line with the closing marker `EOT` after `<<-EOT`',
      'hcl-unterminated/string.tf:2:10 error unterminated string: expected a closing `"` on the same line',
      'hcl-unterminated/template.tf:2:10 error unterminated string: expected a closing `"` on the same line'
    ],
    resources: [
      'hcl-unterminated/vm.tf:1 vm-next-to-broken-hcl affected-no-plan'
    ],
    // Every broken file is of the VM's module (Terraform reads the folder's .tf files as one): each fails closed.
    findings: [
      'reboot-plan-required error hcl-unterminated/vm.tf:1',
      'unreadable-manifest error hcl-unterminated/heredoc.tf:26',
      'unreadable-manifest error hcl-unterminated/string.tf:2',
      'unreadable-manifest error hcl-unterminated/template.tf:2'
    ]
  }
]

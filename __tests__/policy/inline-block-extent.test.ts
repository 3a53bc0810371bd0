/**
 * src/policy/configuration/block-extent.ts and brace-lexer.ts: the last line of a declaration's block, read
 * from the file's text, which decides whether an inline exemption comment is inside a VM's block. What
 * hides a bracket (strings, interpolations, comments, Bicep's `'''` strings, HCL heredocs) must not end the
 * block early, and a block that cannot be read or never closes holds nothing.
 */
import { describe, expect, it } from '@jest/globals'
import type { SourceLocation } from '../../src/model/source.js'
import { BlockExtents, blockSyntaxOf, type BlockSyntax } from '../../src/policy/configuration/block-extent.js'
import { BraceLexer } from '../../src/policy/configuration/brace-lexer.js'

/** The last line of the block declared on `text`'s first line (at `column`), read as `syntax`. */
const lastLine = (syntax: BlockSyntax, text: string[], column = 1): number | undefined => {
  const at: SourceLocation = { file: 'f', line: 1, column }
  return new BlockExtents((file, line) => (file === 'f' ? text[line - 1] : undefined)).lastLine(at, syntax)
}

describe('blockSyntaxOf', () => {
  it('by the file’s name, and for YAML by the format that declared the resource; none for JSON', () => {
    expect(blockSyntaxOf('infra/Main.BICEP', 'arm')).toBe('bicep')
    expect(blockSyntaxOf('main.bicepparam', 'bicep')).toBe('bicep')
    expect(blockSyntaxOf('main.tf', 'terraform-plan')).toBe('hcl')
    expect(blockSyntaxOf('k8s/vm.yml', 'kubernetes')).toBe('yaml-node')
    expect(blockSyntaxOf('Pulumi.yaml', 'pulumi')).toBe('yaml-entry')
    expect(blockSyntaxOf('azuredeploy.json', 'arm')).toBeUndefined()
    expect(blockSyntaxOf('main.tf.json', 'terraform')).toBeUndefined()
  })
})

describe('Bicep blocks', () => {
  it('end on the line that closes the declaration’s brackets, nested ones, loops and conditions included', () => {
    expect(lastLine('bicep', ["resource a 'x' = {", '  p: {', '    q: 1', '  }', '}', "resource b 'x' = {", '}'])).toBe(5)
    expect(lastLine('bicep', ["resource a 'x' = [for i in range(0, 2): {", "  name: 'a${i}'", '}]'])).toBe(3)
    expect(lastLine('bicep', ["resource a 'x' = if (deploy) {", '}'])).toBe(2)
    expect(lastLine('bicep', ["resource a 'x' existing = { name: 'a' }", '}'])).toBe(1)
  })

  it('read past brackets in strings, escapes, interpolations, comments and multi-line strings', () => {
    expect(lastLine('bicep', ["resource a 'x' = {", "  a: '}'", "  b: 'it\\'s }'", "  c: '\\${'", '}'])).toBe(5)
    expect(lastLine('bicep', ["resource a 'x' = {", "  a: '${'}'}${{ k: '}' }.k}'", '}'])).toBe(3)
    expect(lastLine('bicep', ["resource a 'x' = {", '  // }', '  /* }', '  } */ a: 1 # }', '}'])).toBe(5)
    expect(lastLine('bicep', ["resource a 'x' = {", "  a: '''", "it's }", "  '''", '}'])).toBe(5)
  })

  it('hold nothing when the file ends inside them or cannot be read', () => {
    expect(lastLine('bicep', ["resource a 'x' = {", '  a: 1'])).toBeUndefined()
    expect(lastLine('bicep', [])).toBeUndefined()
  })
})

describe('HCL blocks', () => {
  it('read past heredocs, indented or not, and brackets in their bodies', () => {
    expect(lastLine('hcl', ['resource "a" "b" {', '  x = <<EOT', '}', 'EOT', '}'])).toBe(5)
    expect(lastLine('hcl', ['resource "a" "b" {', '  x = <<-EOT', '    }', '    EOT', '}'])).toBe(5)
    // `<<` not ending its line is no heredoc: the brackets after it count.
    expect(lastLine('hcl', ['resource "a" "b" {', '  x = "<<EOT" }', 'EOT', '}'])).toBe(2)
  })

  it('read past brackets in strings, template escapes, interpolations, directives and comments', () => {
    expect(lastLine('hcl', ['resource "a" "b" {', '  x = "${"}"}$${"', '  y = "%{ if true }}%{ endif }%%{"', '}'])).toBe(4)
    expect(lastLine('hcl', ['resource "a" "b" {', '  x = "\\"}" # }', '  // }', '  /* } */', '}'])).toBe(5)
    expect(lastLine('hcl', ['resource "a" "b" {', '  x = { k = "}" }', '}', 'locals {', '}'])).toBe(3)
  })
})

describe('YAML blocks', () => {
  it('a document: up to its last line of content, not the comments and blank lines before the next document', () => {
    const documents = ['apiVersion: v1', 'kind: VM', 'spec:', '# in it', '  a: 1', '', '# after it', '---', 'kind: Other']
    expect(lastLine('yaml-node', documents)).toBe(5)
    expect(lastLine('yaml-node', ['apiVersion: v1', 'spec:', '  a: 1', '...', '# after it'])).toBe(3)
    expect(lastLine('yaml-node', ['apiVersion: v1', 'spec:', '  a: 1', '# after it'])).toBe(3)
  })

  it('an item of a List: the lines indented as far as its keys', () => {
    const list = ['  - apiVersion: v1', '    kind: VM', '    spec:', '      a: 1', '  # after it', '  - apiVersion: v1']
    expect(lastLine('yaml-node', list, 5)).toBe(4)
  })

  it('a key whose value is the resource: the lines indented further than the key, comments too', () => {
    const entries = ['  vm:', '    type: x', '    properties:', '  # between', '      a: 1', '    # indented under it', '  # after it', '  nic:', '    type: y']
    expect(lastLine('yaml-entry', entries, 3)).toBe(6)
    expect(lastLine('yaml-entry', ['  vm:', '    type: x', 'outputs:', '  id: 1'], 3)).toBe(2)
  })

  it('hold nothing when the declaration’s line cannot be read', () => {
    expect(lastLine('yaml-node', [])).toBeUndefined()
  })
})

describe('BlockExtents', () => {
  it('reads each block once, however often it is asked', () => {
    const read: number[] = []
    const text = ["resource a 'x' = {", '  a: 1', '}']
    const extents = new BlockExtents((_file, line) => {
      read.push(line)
      return text[line - 1]
    })
    const at: SourceLocation = { file: 'f', line: 1, column: 1 }
    expect([extents.lastLine(at, 'bicep'), extents.lastLine(at, 'bicep')]).toEqual([3, 3])
    expect(read).toEqual([1, 2, 3])
    expect(new BlockExtents(undefined).lastLine(at, 'bicep')).toBeUndefined()
  })
})

describe('BraceLexer', () => {
  it('is settled when every bracket is closed and no string, comment or heredoc spans the line’s end', () => {
    const settledAfter = (syntax: 'bicep' | 'hcl', ...lines: string[]): boolean[] => {
      const lexer = new BraceLexer(syntax)
      return lines.map(line => {
        lexer.feed(line)
        return lexer.settled
      })
    }
    expect(settledAfter('bicep', "@description('''", 'text', "''')")).toEqual([false, false, true])
    expect(settledAfter('bicep', '@metadata({', '  a: 1', '})')).toEqual([false, false, true])
    expect(settledAfter('bicep', "@sys.description('x')")).toEqual([true])
    expect(settledAfter('hcl', 'x = <<EOT', 'EOT')).toEqual([false, true])
    expect(settledAfter('hcl', '/* a', 'b */')).toEqual([false, true])
  })
})

/**
 * Rules about rules (ESLint's checkRuleFiles, PSRule's Rule.Rule.ps1): every rule has a unique id, complete
 * meta, a source file, a docs page, a test table, and only reports messages it declares; every docs page has
 * a rule.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { rules } from '../../src/policy/rules/index.js'

const root = new URL('../../', import.meta.url)
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8')
const ids = rules.map(rule => rule.meta.id)
const REPOSITORY = 'https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate'
const REQUIRED_SECTIONS = ['## What it checks', '## Why', '## Examples', '## How to fix', '## How to exempt']
const EXAMPLE_LANGUAGES = ['### ARM', '### Bicep', '### Terraform', '### YAML (Crossplane, Azure Service Operator)']

/** Message ids a rule's source reports: `messageId: 'x'` and `messageId: cond ? 'x' : 'y'`. */
function usedMessageIds(source: string): string[] {
  const used: string[] = []
  for (const match of source.matchAll(/messageId\s*:\s*(?:[^?'\n]*\?\s*)?'(\w+)'(?:\s*:\s*'(\w+)')?/g)) {
    used.push(...match.slice(1).filter((id): id is string => id !== undefined))
  }
  return used
}

describe('the rule registry', () => {
  it('has unique ids, sorted', () => {
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(ids)
  })

  it('lists every file in src/policy/rules', () => {
    const files = readdirSync(new URL('src/policy/rules/', root))
      .filter(name => name.endsWith('.ts') && name !== 'index.ts')
      .map(name => name.slice(0, -3))
    expect(files.sort()).toEqual(ids)
  })

  it('has a docs page for every rule, and a rule for every docs page', () => {
    const pages = readdirSync(new URL('docs/rules/', root))
      .filter(name => name.endsWith('.md'))
      .map(name => name.slice(0, -3))
    expect(pages.sort()).toEqual(ids)
  })
})

describe.each(rules.map(rule => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  const source = read(`src/policy/rules/${id}.ts`)

  it('has complete meta', () => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/)
    expect(['error', 'warning', 'notice']).toContain(rule.meta.severity)
    expect(rule.meta.description).toMatch(/^[A-Z].*\.$/)
    expect(rule.meta.docsUrl).toBe(`${REPOSITORY}/blob/main/docs/rules/${id}.md`)
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0)
  })

  it('reports only declared messages, and uses every declared one', () => {
    const used = usedMessageIds(source)
    expect(used.length).toBeGreaterThan(0)
    expect(used.filter(messageId => !Object.hasOwn(rule.meta.messages, messageId))).toEqual([])
    expect(Object.keys(rule.meta.messages).filter(messageId => !used.includes(messageId))).toEqual([])
  })

  it('writes messages with {{name}} placeholders only', () => {
    for (const template of Object.values(rule.meta.messages)) {
      expect(template.replace(/\{\{[a-zA-Z]+\}\}/g, '')).not.toMatch(/[{}]/)
    }
  })

  it('stays a small module (30-80 lines)', () => {
    const lines = source.trimEnd().split('\n').length
    expect(lines).toBeGreaterThanOrEqual(30)
    expect(lines).toBeLessThanOrEqual(80)
  })

  it('has a valid/invalid test table', () => {
    const path = `__tests__/policy/rules/${id}.test.ts`
    expect(existsSync(new URL(path, root))).toBe(true)
    const test = read(path)
    expect(test).toContain(`from '../../../src/policy/rules/${id}.js'`)
    expect(test).toMatch(/runRuleTests\(rule, \{\s*valid: \[/)
    expect(test).toContain('invalid: [')
  })

  it('has a docs page with the required sections and examples in every format', () => {
    const page = read(`docs/rules/${id}.md`)
    expect(page.startsWith(`# ${id}\n`)).toBe(true)
    expect(REQUIRED_SECTIONS.filter(section => !page.includes(`\n${section}\n`))).toEqual([])
    expect(EXAMPLE_LANGUAGES.filter(heading => !page.includes(`\n${heading}\n`))).toEqual([])
    expect(page).toContain(`hotpatch-reboot-gate-exempt rule=${id} reason=... owner=... expires=YYYY-MM-DD`)
    expect(page).toContain('`exemptions:`')
    expect(page).toContain(`**Severity:** ${rule.meta.severity}`)
  })
})

describe('the conformance checks themselves', () => {
  it('find message ids in both report forms', () => {
    expect(usedMessageIds("{ messageId: 'a', data }\nmessageId: flag ? 'b' : 'c',")).toEqual(['a', 'b', 'c'])
  })
})

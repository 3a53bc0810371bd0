/**
 * Unit tests for Bicep syntax errors: located, naming what was expected, and recovering at the next
 * declaration so the rest of the file still counts.
 */
import { describe, expect, it } from '@jest/globals'
import { parseBicep } from '../../../src/readers/bicep/parser.js'
import { printStatement } from './print-ast.js'

const errors = (source: string): string[] => parseBicep(source).errors.map(e => `${e.line}:${e.column} ${e.message}`)

describe('parser: errors', () => {
  it.each([
    ['param\n', ['1:6 expected a parameter name, found end of line']],
    ['param x\nparam y int', ['1:8 expected a type, found end of line']],
    ['var x = \nvar y = 1', ['1:9 expected an expression, found end of line']],
    ["resource vm 'T@1' = {\n  name: 'x' location: 'y'\n}", ["2:13 expected a new line, ',' or '}' after the object property, found 'location'"]],
    ["resource vm 'T@1' = 42", ["1:21 expected '{', 'if (...)' or '[for ...]' after '=', found '42'"]],
    ["resource vm 'T@1' =\n{\n}", ["1:20 expected '{', 'if (...)' or '[for ...]' after '=', found end of line"]],
    ["resource vm 'T@1' existing {\n}", ["1:28 expected '=' after 'existing', found '{'"]],
    ["resource vm '${t}' = {}", ["1:13 expected a resource type string like 'Microsoft.Compute/virtualMachines@2024-07-01', found string '${"]],
    ['module m = {}', ["1:10 expected a module path string, found '='"]],
    ['output x = 1', ["1:10 expected a type, found '='"]],
    ['foo bar', ['1:1 expected a declaration (param, var, resource, module, output, type, func, import, metadata, targetScope), found \'foo\'']],
    ["@description('x')\n", ['2:1 expected a declaration (param, var, resource, module, output, type, func, import, metadata, targetScope), found end of file']],
    ['var x = foo(1, 2', ["1:17 expected ',' or ')' in the argument list, found end of file"]],
    ['var x = [for x y: x]', ["1:16 expected 'in' after the loop variable, found 'y'"]],
    ['var x = a ? b', ["1:14 expected ':' between the branches of a '? :' expression, found end of file"]],
    ['var x = (a', ["1:11 expected ')' to close the '(' at line 1 column 9, found end of file"]],
    ['var x = {\n  a: 1\n', ["3:1 expected '}' to close the object opened at line 1, found end of file"]],
    ['var x = [\n  1\n', ["3:1 expected ']' to close the array opened at line 1, found end of file"]],
    ['var x = a.', ["1:11 expected a property name after '.', found end of file"]],
    ['param p string = 1 2', ["1:20 expected end of line after the declaration, found '2'"]],
    ["import {a} 'x'", ["1:12 expected 'from' after the imported symbols, found string 'x'"]],
    ['type t = {\n  a string\n}', ["2:5 expected ':' after the property name, found 'string'"]],
    ["var s = 'abc", ["1:9 unterminated string: expected ' before the end of the line"]],
    ["var s = 'a${b\nvar t = 1", ["1:9 unterminated string: expected ' before the end of the line"]],
    ["var s = '''abc", ["1:9 unterminated multi-line string: expected '''"]],
    ['/* never closed', ['1:1 unterminated comment: expected */']],
    ["var s = 'a\\qb'", ["1:11 unknown escape sequence '\\q': expected one of \\\\ \\' \\n \\r \\t \\$ \\u{...}"]],
    ['var x = 1 & 2', ["1:11 unexpected character '&'"]],
    ['var x = 1;', ["1:10 unexpected character ';'"]],
    [`var x = ${'['.repeat(300)}${']'.repeat(300)}`, ['1:209 nesting is deeper than 200 levels']],
    [`var x = ${'!'.repeat(300)}true`, ['1:208 nesting is deeper than 200 levels']],
    [`type t = ${'{a: '.repeat(300)}string${'}'.repeat(300)}`, ['1:410 nesting is deeper than 200 levels']]
  ])('%j', (source, expected) => {
    expect(errors(source)).toEqual(expected)
  })

  it('recovers at the next declaration, keeping the ones before and after', () => {
    const source = [
      "param good string = 'a'",
      "resource broken 'T@1' = {",
      "  name: 'x' oops",
      "  properties: {}",
      '}',
      '',
      '@secure()',
      'param after string',
      'var alsoBroken = [for]',
      "resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {",
      "  name: 'vm'",
      '}'
    ].join('\n')
    const parsed = parseBicep(source)
    expect(parsed.errors.map(e => `${e.line}:${e.column} ${e.message}`)).toEqual([
      "3:13 expected a new line, ',' or '}' after the object property, found 'oops'",
      "9:22 expected a loop item name after 'for', found ']'"
    ])
    expect(parsed.program.statements.map(printStatement)).toEqual([
      "(param good string = 'a')",
      '(@secure() param after string)',
      "(resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {name: 'vm'})"
    ])
  })

  it('says an object was never closed when a declaration starts inside it, and resumes there', () => {
    const parsed = parseBicep("resource a 'T@1' = {\n  name: 'a'\n\nparam next string\n")
    expect(parsed.errors.map(e => `${e.line}:${e.column} ${e.message}`)).toEqual([
      "4:1 expected '}' to close the object opened at line 1, found 'param'"
    ])
    expect(parsed.program.statements.map(printStatement)).toEqual(['(param next string)'])
  })

  it('reports one error per broken statement, in source order', () => {
    const parsed = parseBicep("var a = 'x\nvar b = )\nvar c = 1\n")
    expect(parsed.errors.map(e => `${e.line}:${e.column} ${e.message}`)).toEqual([
      "1:9 unterminated string: expected ' before the end of the line",
      "2:9 expected an expression, found ')'"
    ])
    expect(parsed.program.statements.map(printStatement)).toEqual(["(var a = 'x')", '(var c = 1)'])
  })
})

/**
 * Unit tests for the Bicep tokenizer (src/readers/bicep/tokenizer.ts): token kinds, decoded string
 * values, positions, comments and lexical errors.
 */
import { describe, expect, it } from '@jest/globals'
import { tokenizeBicep } from '../../../src/readers/bicep/tokenizer.js'

/** `kind:value@line:column` for every token but the final end-of-file. */
const tokens = (source: string): string[] =>
  tokenizeBicep(source)
    .tokens.filter(token => token.kind !== 'eof')
    .map(token => `${token.kind}:${token.value}@${token.line}:${token.column}`)

describe('tokenizeBicep', () => {
  it.each([
    ['param x int', ['identifier:param@1:1', 'identifier:x@1:7', 'identifier:int@1:9']],
    ['a_1 _b 007', ['identifier:a_1@1:1', 'identifier:_b@1:5', 'number:007@1:8']],
    ["'it\\'s'", ["string:it's@1:1"]],
    ["'\\\\ \\n \\r \\t \\$ \\u{41}'", ['string:\\ \n \r \t $ A@1:1']],
    ["'\\${x}'", ['string:${x}@1:1']],
    ["'a${b}c${'d'}e'", ['stringHead:a@1:1', 'identifier:b@1:5', 'stringMiddle:c@1:6', 'string:d@1:10', 'stringTail:e@1:13']],
    ["'${ {a: 1}.a }'", ['stringHead:@1:1', 'symbol:{@1:5', 'identifier:a@1:6', 'symbol::@1:7', 'number:1@1:9', 'symbol:}@1:10', 'symbol:.@1:11', 'identifier:a@1:12', 'stringTail:@1:14']],
    ["'''\nline1\n  'quoted' ${x}\n'''", ["string:line1\n  'quoted' ${x}\n@1:1"]],
    ["''''''", ['string:@1:1']],
    // A run of more than three quotes closes the string with its last three (the Variables baseline's ''''abc'''').
    ["''''abc''''", ["string:'abc'@1:1"]],
    // $''' strings: holes open with as many $ as the prefix has; fewer are text, and so are extra ones.
    ["$'''\nvm ${name} in ${rg}\n'''", ['stringHead:vm @1:1', 'identifier:name@2:6', 'stringMiddle: in @2:10', 'identifier:rg@2:17', 'stringTail:\n@2:19']],
    ["$$'''a ${x} $${y} $$$${z}'''", ['stringHead:a ${x} @1:1', 'identifier:y@1:16', 'stringMiddle: $$@1:17', 'identifier:z@1:24', 'stringTail:@1:25']],
    ["$'''no holes: \\n'''", ['string:no holes: \\n@1:1']],
    ['x[^1]', ['identifier:x@1:1', 'symbol:[@1:2', 'symbol:^@1:3', 'number:1@1:4', 'symbol:]@1:5']],
    ["''", ['string:@1:1']],
    ['... ?? :: == != =~ !~ <= >= && || =>', ['symbol:...@1:1', 'symbol:??@1:5', 'symbol:::@1:8', 'symbol:==@1:11', 'symbol:!=@1:14', 'symbol:=~@1:17', 'symbol:!~@1:20', 'symbol:<=@1:23', 'symbol:>=@1:26', 'symbol:&&@1:29', 'symbol:||@1:32', 'symbol:=>@1:35']],
    ['{}[](),:?.=!<>+-*/%|@', '{ } [ ] ( ) , : ? . = ! < > + - * / % | @'.split(' ').map((s, i) => `symbol:${s}@1:${i + 1}`)],
    ['x.?y[?0]!', ['identifier:x@1:1', 'symbol:.@1:2', 'symbol:?@1:3', 'identifier:y@1:4', 'symbol:[@1:5', 'symbol:?@1:6', 'number:0@1:7', 'symbol:]@1:8', 'symbol:!@1:9']],
    ['a\r\nb\nc', ['identifier:a@1:1', 'newline:\n@1:2', 'identifier:b@2:1', 'newline:\n@2:2', 'identifier:c@3:1']],
    ['a // c\n/* d\ne */ b', ['identifier:a@1:1', 'newline:\n@1:7', 'identifier:b@3:6']],
    ['  #disable-next-line BCP036\nx', ['newline:\n@1:28', 'identifier:x@2:1']]
  ])('%j', (source, expected) => {
    expect(tokens(source)).toEqual(expected)
  })

  it('keeps a $ that does not open a hole', () => {
    expect(tokens("'$(x) costs $5'")).toEqual(['string:$(x) costs $5@1:1'])
  })

  it('gives every token its end position', () => {
    const [head, name, tail] = tokenizeBicep("'a${bc}d'").tokens
    expect([head, name, tail].map(t => t && [t.line, t.column, t.endLine, t.endColumn])).toEqual([
      [1, 1, 1, 5],
      [1, 5, 1, 7],
      [1, 7, 1, 10]
    ])
    const multiline = tokenizeBicep("x = '''\nab\n'''").tokens[2]
    expect(multiline && [multiline.line, multiline.column, multiline.endLine, multiline.endColumn]).toEqual([1, 5, 3, 4])
  })

  it('keeps every token past the list sized up front (dense symbols; more than 50,000 tokens)', () => {
    const dense = tokenizeBicep('{}'.repeat(1000)).tokens
    expect([dense.length, dense[1999]?.text, dense[1999]?.column, dense[2000]?.kind]).toEqual([2001, '}', 2000, 'eof'])
    const long = tokenizeBicep('ab\n'.repeat(30_000)).tokens
    expect([long.length, long[59_998]?.line, long[59_999]?.kind, long[60_000]?.kind, long[60_000]?.line]).toEqual([60_001, 30_000, 'newline', 'eof', 30_001])
  })

  it('derives the end and value of the tokens that are not strings (a \\r\\n newline is one column wide)', () => {
    const all = tokenizeBicep('ab ==\r\n7\n').tokens
    expect(all.map(t => [t.kind, t.value, t.line, t.column, t.endLine, t.endColumn])).toEqual([
      ['identifier', 'ab', 1, 1, 1, 3],
      ['symbol', '==', 1, 4, 1, 6],
      ['newline', '\n', 1, 6, 1, 7],
      ['number', '7', 2, 1, 2, 2],
      ['newline', '\n', 2, 2, 2, 3],
      ['eof', '', 3, 1, 3, 1]
    ])
  })

  it('collects comments and pragmas with their positions', () => {
    expect(tokenizeBicep('a // one\n/* two\nthree */\n#disable-next-line x\nb # not a pragma').comments).toEqual([
      { text: ' one', line: 1, column: 3, style: 'line' },
      { text: ' two\nthree ', line: 2, column: 1, style: 'block' },
      { text: 'disable-next-line x', line: 4, column: 1, style: 'pragma' }
    ])
  })

  it.each([
    ["'abc", ["1:1 unterminated string: expected ' before the end of the line"]],
    ["x = 'a${b\ny", ["1:5 unterminated string: expected ' before the end of the line"]],
    ["'''abc", ["1:1 unterminated multi-line string: expected '''"]],
    // A hole cannot span lines: the string is unterminated there, and what follows is read afresh.
    ["x = $'''a ${b\n}'''", ["1:5 unterminated string: expected ' before the end of the line", "2:2 unterminated multi-line string: expected '''"]],
    ['$x', ["1:1 unexpected character '$'"]],
    ['a /* b', ['1:3 unterminated comment: expected */']],
    ["'\\q'", ["1:2 unknown escape sequence '\\q': expected one of \\\\ \\' \\n \\r \\t \\$ \\u{...}"]],
    ["'\\u{110000}'", ["1:2 unknown escape sequence '\\u': expected one of \\\\ \\' \\n \\r \\t \\$ \\u{...}"]],
    ['a & b ; c ` d', ["1:3 unexpected character '&'", "1:7 unexpected character ';'", "1:11 unexpected character '`'"]],
    ['b # c', ["1:3 unexpected character '#'"]],
    ['x = "double"', ['1:5 unexpected character \'"\'', '1:12 unexpected character \'"\'']],
    ['é', ["1:1 unexpected character 'é'"]]
  ])('reports %j', (source, expected) => {
    expect(tokenizeBicep(source).errors.map(e => `${e.line}:${e.column} ${e.message}`)).toEqual(expected)
  })

  it('always ends with an end-of-file token, even after errors', () => {
    const result = tokenizeBicep("'open ${ '''")
    expect(result.tokens[result.tokens.length - 1]?.kind).toBe('eof')
  })
})

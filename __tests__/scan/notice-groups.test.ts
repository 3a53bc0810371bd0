/** scan/notice-groups.ts: the notices of a group said once, at the first member, with their count and first places. */
import { describe, expect, it } from '@jest/globals'
import type { NoticeGroup, ParseError } from '../../src/model/parse-error.js'
import { groupNotices } from '../../src/scan/notice-groups.js'

const CALLS: NoticeGroup = { key: 'calls', what: 'calls of module "m"', then: 'not checked' }
const FILES: NoticeGroup = { key: 'files', what: 'var files', then: 'applied to nothing', wholeFiles: true }
const member = (file: string, line: number, group: NoticeGroup): ParseError => ({ file, line, column: 3, message: `one at ${file}:${line}`, severity: 'notice', group })

describe('groupNotices', () => {
  it('says a group at its first member by file and line, counting the calls and their files and naming the first three', () => {
    const errors = [member('b.tf', 4, CALLS), member('a.tf', 9, CALLS), member('a.tf', 2, CALLS), member('c.tf', 1, CALLS), member('c.tf', 7, CALLS)]
    expect(groupNotices(errors)).toEqual([
      { file: 'a.tf', line: 2, column: 3, message: '5 calls of module "m", in 3 files (a.tf:2, a.tf:9, b.tf:4 and 2 more); not checked', severity: 'notice' }
    ])
  })

  it('names the files of whole-file members, without counting the files apart, and counts a place said twice once', () => {
    const errors = [member('x/2.tfvars', 1, FILES), member('x/1.tfvars', 1, FILES), member('x/1.tfvars', 1, FILES)]
    expect(groupNotices(errors)).toEqual([{ file: 'x/1.tfvars', line: 1, column: 3, message: '2 var files (x/1.tfvars, x/2.tfvars); applied to nothing', severity: 'notice' }])
  })

  it('leaves a group of one, an error and a notice of no group as they are written, without the group', () => {
    const plain: ParseError = { file: 'z.tf', line: 1, column: 1, message: 'plain', severity: 'notice' }
    const error: ParseError = { ...member('e.tf', 1, FILES), severity: 'error' }
    expect(groupNotices([plain, member('y.tf', 5, CALLS), error])).toEqual([
      plain,
      { file: 'y.tf', line: 5, column: 3, message: 'one at y.tf:5', severity: 'notice' },
      { file: 'e.tf', line: 1, column: 3, message: 'one at e.tf:1', severity: 'error' }
    ])
  })

  it('writes a count of thousands as the other scan-level notice does', () => {
    const errors = Array.from({ length: 1203 }, (_, index) => member(`f${String(index).padStart(4, '0')}.tfvars`, 1, FILES))
    expect(groupNotices(errors)[0]?.message).toBe('1,203 var files (f0000.tfvars, f0001.tfvars, f0002.tfvars and 1,200 more); applied to nothing')
  })
})

import { describe, expect, it } from '@jest/globals'
import { fileName, folderOf, folderPrefixOf } from '../../src/model/paths.js'

describe('the parts of a scan-relative path', () => {
  it.each([
    ['a/b/c.json', 'a/b', 'a/b/', 'c.json'],
    ['c.json', '', '', 'c.json'],
    ['a/c.json', 'a', 'a/', 'c.json'],
    ['.github/workflows/x.yml', '.github/workflows', '.github/workflows/', 'x.yml']
  ])('%s: folder %j, folder prefix %j, file name %j', (path, folder, prefix, name) => {
    expect(folderOf(path)).toBe(folder)
    expect(folderPrefixOf(path)).toBe(prefix)
    expect(fileName(path)).toBe(name)
  })

  it('a folder prefix is a prefix of the paths below the folder and of no sibling folder', () => {
    const prefix = folderPrefixOf('a/b/main.bicep')
    expect('a/b/modules/vm.bicep'.startsWith(prefix)).toBe(true)
    expect('a/bc/vm.bicep'.startsWith(prefix)).toBe(false)
  })
})

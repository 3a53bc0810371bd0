/**
 * The V8 flags the pipeline sets at run time: V8 ignores a flag it does not know (a renamed one in a
 * newer node) with no more than a line on stderr, so each must be one this node's V8 lists, of a type
 * that takes the value given.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { SCAN_V8_FLAGS } from '../../src/pipeline/v8-settings.js'

const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })

describe('SCAN_V8_FLAGS', () => {
  it.each(SCAN_V8_FLAGS.map(flag => [flag]))('%s is a V8 option of this node, taking an integer', flag => {
    const [name, value] = flag.split('=')
    expect(value).toMatch(/^\d+$/)
    const listed = new RegExp(`^  ${String(name).replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')} \\(.*\\)\\n\\s+type: (int|size_t|uint)`, 'm')
    expect(options).toMatch(listed)
  })
})

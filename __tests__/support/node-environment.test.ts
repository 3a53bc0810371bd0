/**
 * The jest environment of this suite (node-environment.cjs) disables, when a test file ends, the async
 * stores the file entered; what it disables still works when entered again.
 */
import { expect, it } from '@jest/globals'
import { AsyncLocalStorage } from 'node:async_hooks'

/** The release the environment runs after each file, which it hangs on the (worker-wide) class. */
const releaseEnteredStores = (AsyncLocalStorage as unknown as Record<symbol, unknown>)[
  Symbol.for('hotpatch-reboot-gate.releaseEnteredStores')
]

it('is the environment jest runs this suite in', () => {
  expect(typeof releaseEnteredStores).toBe('function')
})

it('disables the stores entered since the last release, and they work again when entered again', async () => {
  const storage = new AsyncLocalStorage<string>()
  const seen: (string | undefined)[] = []
  await storage.run('first', async () => {
    await Promise.resolve()
    seen.push(storage.getStore())
    if (typeof releaseEnteredStores === 'function') releaseEnteredStores()
    await Promise.resolve()
    seen.push(storage.getStore())
  })
  await storage.run('second', async () => {
    await Promise.resolve()
    seen.push(storage.getStore())
  })
  expect(seen).toEqual(['first', undefined, 'second'])
})

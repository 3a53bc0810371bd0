/**
 * Checking thousands of cases without an expect per case: each expect() builds an error with its stack trace
 * and a closure per matcher (~30 µs), and one toEqual over thousands of answers is slow too. isDeepStrictEqual
 * is stricter than toEqual and far cheaper, so it picks out every case toEqual could reject, and only those
 * reach toEqual, which decides and words the failure.
 */
import { expect } from '@jest/globals'
import { isDeepStrictEqual } from 'node:util'

/** expect(got).toEqual(want), asked only when the two differ. */
export function expectEqual<T>(got: T, want: T): void {
  if (!isDeepStrictEqual(got, want)) expect(got).toEqual(want)
}

/** The numbered cases whose answer is not the one wanted, as two lists for one toEqual. */
export function differing<T>(count: number, answer: (i: number) => T, wanted: (i: number) => T) {
  const got: { case: number; answer: T }[] = []
  const want: { case: number; answer: T }[] = []
  for (let i = 0; i < count; i++) {
    const [given, expected] = [answer(i), wanted(i)]
    if (isDeepStrictEqual(given, expected)) continue
    got.push({ case: i, answer: given })
    want.push({ case: i, answer: expected })
  }
  return { got, want }
}

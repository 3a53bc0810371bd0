/** Orders strings by UTF-16 code units: the same on every machine, unlike `localeCompare`. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Compares by each key in turn; the first that differs decides. */
export function compareBy<T>(...keys: ((item: T) => string | number)[]): (a: T, b: T) => number {
  return (a, b) => {
    // Indexed: a sort compares thousands of times, and without the optimizing compiler (the report is built
    // without it: src/policy/optimizing-compiler.ts) a for-of makes an iterator and a result per step.
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as (item: T) => string | number
      const x = key(a)
      const y = key(b)
      // Equal keys (a file's many resources) decide nothing: no conversion, no comparison.
      if (x === y) continue
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : compareStrings(String(x), String(y))
      if (order !== 0) return order
    }
    return 0
  }
}

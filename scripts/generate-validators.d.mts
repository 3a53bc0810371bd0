// The types of scripts/generate-validators.mjs, for the test that checks what it generated.
export interface ValidatorSpec {
  readonly schema: string
  readonly output: string
  readonly options: Readonly<Record<string, unknown>>
  readonly vocabulary?: readonly string[]
  readonly formats?: boolean
}
export declare const VALIDATORS: readonly ValidatorSpec[]
export declare function validatorSource(validator: ValidatorSpec, root?: string): string

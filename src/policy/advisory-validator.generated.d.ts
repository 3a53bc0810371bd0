// The types of the validator scripts/generate-validators.mjs generates beside this file.
import type { ValidateFunction } from 'ajv'

export declare const validate: ValidateFunction
export default validate

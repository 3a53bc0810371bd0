import { ConfigurationError } from '../errors.js'

/**
 * A problem in the policy configuration file: exit code 2, with `file:line:column: message`, the message
 * naming the setting and the shape it expects (`exemptions[0].expires must be a date (YYYY-MM-DD), got
 * "next month"`).
 */
export class ConfigFileError extends ConfigurationError {
  constructor(message: string, file: string, line: number, column: number) {
    super(message, { file, line, column })
    // ConfigurationError says `file:line:`; editors and CI logs jump to the column too.
    this.message = `${file}:${line}:${column}: ${message}`
  }
}

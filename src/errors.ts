/** A mistake in what the user asked for (inputs, flags, configuration): exit code 2, no stack trace. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError'
  constructor(
    message: string,
    readonly location?: { file: string; line?: number; column?: number }
  ) {
    super(location ? `${location.file}${location.line ? `:${location.line}` : ''}: ${message}` : message)
  }
}

/** Whatever was thrown, as text (non-Error throws included). */
export function getErrorMessage(error: unknown): string {
  // `instanceof Error` fails across realms (jest's vm contexts, worker threads): duck-type instead.
  if (error instanceof Error || hasMessage(error)) return error.message
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error)
  } catch {
    return String(error)
  }
}

const hasMessage = (value: unknown): value is { message: string } =>
  typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string'

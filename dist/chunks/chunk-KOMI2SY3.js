import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/errors.ts
var ConfigurationError = class extends Error {
  constructor(message, location) {
    super(location ? `${location.file}${location.line ? `:${location.line}` : ""}: ${message}` : message);
    this.location = location;
  }
  location;
  name = "ConfigurationError";
};
function getErrorMessage(error) {
  if (error instanceof Error || hasMessage(error)) return error.message;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
var hasMessage = (value) => typeof value === "object" && value !== null && typeof value.message === "string";

export {
  ConfigurationError,
  getErrorMessage
};

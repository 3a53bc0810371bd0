import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/github/event.ts
import { existsSync, readFileSync } from "node:fs";
import { EOL } from "node:os";
function readRunEvent(env = process.env) {
  const path = env.GITHUB_EVENT_PATH;
  let payload = {};
  if (path) {
    if (existsSync(path)) payload = JSON.parse(readFileSync(path, { encoding: "utf8" }));
    else process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${EOL}`);
  }
  return { eventName: env.GITHUB_EVENT_NAME, payload };
}

export {
  readRunEvent
};

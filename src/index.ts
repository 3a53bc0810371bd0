import { run } from './main.js'
import { applyScanV8Settings } from './pipeline/v8-settings.js'

// Process-wide heap and compiler settings belong to the process that scans, not to the pipeline a
// program may embed (the test suite runs it in-process, hundreds of times, in workers it keeps).
applyScanV8Settings()
await run()

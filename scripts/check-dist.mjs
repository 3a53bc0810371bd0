// Fails when dist/ differs from what the current sources bundle to (the action runs from dist/).
import { execFileSync } from 'node:child_process'

execFileSync(process.execPath, ['esbuild.config.mjs'], { stdio: 'inherit' })
const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' })
if (status.trim() !== '') {
  console.error('dist/ is stale: it does not match the sources. Run `npm run bundle` and commit dist/.\n' + status)
  process.exit(1)
}
console.log('dist/ is in sync with src/.')

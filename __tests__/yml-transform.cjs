// Jest transform for `.yml` imports: the module's default export is the file's text, as esbuild's
// `loader: { '.yml': 'text' }` gives in the bundle.
module.exports = {
  process(sourceText) {
    return { code: `module.exports = ${JSON.stringify(sourceText)};` }
  }
}

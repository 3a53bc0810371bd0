// esbuild bundles `.yml` files as text (`loader: { '.yml': 'text' }`); jest does the same through
// __tests__/yml-transform.cjs.
declare module '*.yml' {
  const text: string
  export default text
}

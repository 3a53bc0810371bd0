// The Octokit plugins load Bottleneck's "light" build; its package types only the main entry.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}

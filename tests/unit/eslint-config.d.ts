// eslint.config.js is plain JavaScript (ESLint loads it without a build step); this gives the boundary
// test its type.
declare module '*/eslint.config.js' {
  import type { Linter } from 'eslint';
  const config: Linter.Config[];
  export default config;
}

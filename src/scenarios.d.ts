/* eslint-disable @typescript-eslint/consistent-type-imports -- ambient declarations cannot use import statements */
// Types of the modules that scripts/vite-plugin-ink.ts makes out of `.ink` files. Import types are
// written inline: a relative `import` statement is not allowed inside an ambient module declaration.
declare module 'virtual:scenarios' {
  export const catalogue: readonly import('./story/types.ts').ScenarioInfo[];
  export function loadScenario(
    lang: string,
    id: string,
  ): Promise<import('./story/types.ts').CompiledScenario>;
}

declare module '*.ink' {
  const scenario: import('./story/types.ts').CompiledScenario;
  export default scenario;
}

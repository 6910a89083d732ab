// Types of the modules that scripts/vite-plugin-ink.ts makes out of `.ink` files.
declare module 'virtual:scenarios' {
  import type { CompiledScenario, ScenarioInfo } from './story/types.ts';
  export const catalogue: readonly ScenarioInfo[];
  export function loadScenario(lang: string, id: string): Promise<CompiledScenario>;
}

declare module '*.ink' {
  import type { CompiledScenario } from './story/types.ts';
  const scenario: CompiledScenario;
  export default scenario;
}

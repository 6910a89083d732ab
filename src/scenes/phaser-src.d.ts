/**
 * Phaser's sources (JavaScript, CommonJS) as the modules src/scenes/phaser.ts imports, typed with the
 * package's own declarations. The package's `exports` hide `phaser/src/…`; the alias in
 * scripts/vite-plugin-phaser.ts opens them to the build.
 */
declare module 'phaser/src/core/Game.js' {
  import type * as P from 'phaser';
  const Game: typeof P.Game;
  export default Game;
}
declare module 'phaser/src/scene/Scene.js' {
  import type * as P from 'phaser';
  const Scene: typeof P.Scene;
  export default Scene;
}
declare module 'phaser/src/const.js' {
  const CONST: { readonly AUTO: number; readonly CANVAS: number; readonly WEBGL: number };
  export default CONST;
}
declare module 'phaser/src/scale/const/SCALE_MODE_CONST.js' {
  import type * as P from 'phaser';
  const SCALE_MODE: typeof P.Scale.ScaleModes;
  export default SCALE_MODE;
}
declare module 'phaser/src/scale/events/index.js' {
  import type * as P from 'phaser';
  const Events: typeof P.Scale.Events;
  export default Events;
}
declare module 'phaser/src/scene/events/index.js' {
  import type * as P from 'phaser';
  const Events: typeof P.Scenes.Events;
  export default Events;
}
declare module 'phaser/src/loader/events/index.js' {
  import type * as P from 'phaser';
  const Events: typeof P.Loader.Events;
  export default Events;
}
declare module 'phaser/src/textures/events/index.js' {
  import type * as P from 'phaser';
  const Events: typeof P.Textures.Events;
  export default Events;
}

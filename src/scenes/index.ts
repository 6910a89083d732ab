/**
 * The scenes' public face: start the canvas behind the dialogue. This module (and Phaser with it) is
 * imported dynamically by src/main.ts after the first screen is up, so it lives in its own chunk.
 * Phaser gets no keyboard, mouse or audio: the DOM owns input and Howler owns sound.
 */
import * as Phaser from './phaser.ts';
import type { StageBridge } from '../game/index.ts';
import { VenueScene } from './venue-scene.ts';

export function startStage(host: HTMLElement, bridge: StageBridge): Phaser.Game {
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: host,
    // Transparent, so the page's painted background shows until the venue picture has loaded.
    transparent: true,
    banner: false,
    autoFocus: false,
    disableContextMenu: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
    scale: {
      mode: Phaser.Scale.RESIZE,
      width: host.clientWidth || window.innerWidth,
      height: host.clientHeight || window.innerHeight,
    },
    render: { antialias: true },
    // Gentle idle motion needs no more; half the frames spare phone batteries and slow GPUs.
    fps: { target: 30, limit: 30 },
    scene: [new VenueScene(bridge, host)],
  });
  // Which renderer Phaser chose (WebGL, or canvas when WebGL is off), for tests and bug reports.
  game.events.once('ready', () => {
    host.dataset.renderer = game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas';
  });
  return game;
}

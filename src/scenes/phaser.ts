/**
 * Phaser, built from its modules: only what the venue scene uses. The package's own entries bundle
 * everything (physics, tilemaps, particles, sound, input plugins, ~370 KiB gzipped); here the game,
 * the scene, images, the SVG loader, tweens and the clock come in, and the rest stays out. The renderer
 * flags Phaser's sources test (`typeof WEBGL_RENDERER`, `typeof FEATURE_SOUND`, …) are fixed at build
 * time by scripts/vite-plugin-phaser.ts: both renderers stay (WebGL, and canvas when WebGL is off),
 * sound goes (Howler owns it).
 *
 * Scene plugins register themselves when their module is imported, so the side-effect imports below
 * are the list of what a scene has: `this.load`, `this.tweens`, `this.time`, `this.add.image`,
 * cameras, the display and update lists. Anything not listed (input, data, lights) is simply not
 * installed. Types come from the package's declarations; nothing here is typed by hand.
 */
import type * as P from 'phaser';
// First, as in Phaser's own entry: the renderers' modules require each other in a cycle that only
// resolves when it is entered from the top (renderer/index.js), not from a render node.
import 'phaser/src/renderer/index.js';
import GameModule from 'phaser/src/core/Game.js';
import SceneModule from 'phaser/src/scene/Scene.js';
import CONST from 'phaser/src/const.js';
import SCALE_MODE from 'phaser/src/scale/const/SCALE_MODE_CONST.js';
import ScaleEvents from 'phaser/src/scale/events/index.js';
import SceneEvents from 'phaser/src/scene/events/index.js';
import LoaderEvents from 'phaser/src/loader/events/index.js';
import TextureEvents from 'phaser/src/textures/events/index.js';
// Core scene plugins (every scene needs them).
import 'phaser/src/events/EventEmitter.js';
import 'phaser/src/cameras/2d/CameraManager.js';
import 'phaser/src/gameobjects/GameObjectCreator.js';
import 'phaser/src/gameobjects/GameObjectFactory.js';
import 'phaser/src/scene/ScenePlugin.js';
import 'phaser/src/gameobjects/DisplayList.js';
import 'phaser/src/gameobjects/UpdateList.js';
// What the venue scene uses.
import 'phaser/src/loader/LoaderPlugin.js';
import 'phaser/src/loader/filetypes/SVGFile.js';
import 'phaser/src/tweens/TweenManager.js';
import 'phaser/src/time/Clock.js';
import 'phaser/src/gameobjects/image/ImageFactory.js';

export const Game: typeof P.Game = GameModule;
export const Scene: typeof P.Scene = SceneModule;
export const AUTO: number = CONST.AUTO;
export const WEBGL: number = CONST.WEBGL;
export const Scale = { RESIZE: SCALE_MODE.RESIZE, Events: ScaleEvents } as const;
export const Scenes = { Events: SceneEvents } as const;
export const Loader = { Events: LoaderEvents } as const;
export const Textures = { Events: TextureEvents } as const;

export type Game = P.Game;
export type Scene = P.Scene;
export type Image = P.GameObjects.Image;
export type LoaderFile = P.Loader.File;

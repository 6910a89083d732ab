/**
 * The one Phaser scene: the venue, and the people of the scenario standing in the part of the canvas
 * the dialogue panel leaves free. It only reads the StageBridge's state (who speaks, in which mood,
 * where) and turns it into pictures; it holds no game logic and never talks back to the game.
 */
import * as Phaser from 'phaser';
import { characterLook } from '../art/look.ts';
import type { StageBridge, StageState } from '../game/index.ts';
import type { Mood } from '../story/index.ts';
import { freeArea, placeCast, type Spot } from './layout.ts';
import { drawBody, drawFace } from './person.ts';
import { drawVenue } from './venue.ts';

interface Figure {
  readonly id: string;
  readonly container: Phaser.GameObjects.Container;
  readonly body: Phaser.GameObjects.Graphics;
  readonly face: Phaser.GameObjects.Graphics;
  mood: Mood;
  spot: Spot;
  /** Offsets each person's idle motion so a group does not breathe in unison. */
  readonly phase: number;
}

/** Who stands on stage: the scenario's people who have come into it so far; nobody in the menus. */
function castKey(state: StageState): string {
  if (state.mode === 'menu') return '';
  return `${state.scenario ?? ''}:${state.present.join(',')}`;
}

export class VenueScene extends Phaser.Scene {
  private background: Phaser.GameObjects.Graphics | null = null;
  private figures: Figure[] = [];
  private current: StageState;
  private shownCast = '\u0000';

  constructor(private readonly bridge: StageBridge) {
    super('venue');
    this.current = bridge.state;
  }

  create(): void {
    this.background = this.add.graphics();
    const off = this.bridge.events.on('change', (state) => this.apply(state, false));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, off);
    this.events.once(Phaser.Scenes.Events.DESTROY, off);
    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.apply(this.current, true));
    this.apply(this.bridge.state, true);
  }

  override update(time: number): void {
    if (this.current.reducedMotion) return;
    for (const f of this.figures) {
      const speaking = this.current.speaker === f.id;
      const breathe = Math.sin(time / 1400 + f.phase) * f.spot.size * 0.006;
      const nod = speaking ? Math.sin(time / 260 + f.phase) * f.spot.size * 0.004 : 0;
      f.container.y = f.spot.y + breathe + nod;
    }
  }

  private apply(state: StageState, force: boolean): void {
    const before = this.current;
    this.current = state;
    const key = castKey(state);
    const castChanged = key !== this.shownCast;
    if (castChanged) this.rebuildCast(state, key);
    if (
      force ||
      castChanged ||
      before.venue !== state.venue ||
      before.panel !== state.panel ||
      before.panelShare !== state.panelShare
    ) {
      this.layout();
    }
    for (const f of this.figures) {
      const mood = state.moods[f.id] ?? 'neutral';
      if (mood !== f.mood || castChanged) {
        f.mood = mood;
        drawFace(f.face, characterLook(f.id, state.scenario ?? undefined), mood, f.spot.size);
      }
    }
    this.highlight(!castChanged && !force);
  }

  private rebuildCast(state: StageState, key: string): void {
    for (const f of this.figures) f.container.destroy();
    this.figures = [];
    this.shownCast = key;
    if (key === '') return;
    state.present.forEach((id) => {
      const body = this.add.graphics();
      const face = this.add.graphics();
      const container = this.add.container(0, 0, [body, face]);
      this.figures.push({
        id,
        container,
        body,
        face,
        mood: 'neutral',
        spot: { x: 0, y: 0, size: 100 },
        phase: state.cast.findIndex((c) => c.id === id) * 1.9,
      });
    });
  }

  private layout(): void {
    const { width, height } = this.scale.gameSize;
    const state = this.current;
    const free = freeArea(width, height, state.panel, state.panelShare);
    const webgl = this.game.renderer.type === Phaser.WEBGL;
    if (this.background) drawVenue(this.background, state.venue, width, height, free, webgl);
    const spots = placeCast(free, this.figures.length);
    this.figures.forEach((f, i) => {
      f.spot = spots[i] ?? f.spot;
      f.container.setPosition(f.spot.x, f.spot.y);
      const look = characterLook(f.id, state.scenario ?? undefined);
      drawBody(f.body, look, f.spot.size);
      drawFace(f.face, look, f.mood, f.spot.size);
    });
  }

  /** The speaker steps forward; the others ease back a little. */
  private highlight(animate: boolean): void {
    const speaker = this.current.speaker;
    const anyone = this.figures.some((f) => f.id === speaker);
    for (const f of this.figures) {
      const on = f.id === speaker;
      const alpha = !anyone || on ? 1 : 0.78;
      const scale = on ? 1.05 : anyone ? 0.97 : 1;
      f.container.setDepth(on ? 2 : 1);
      this.tweens.killTweensOf(f.container);
      if (animate && !this.current.reducedMotion) {
        this.tweens.add({
          targets: f.container,
          alpha,
          scale,
          duration: 220,
          ease: 'Sine.easeOut',
        });
      } else {
        f.container.setAlpha(alpha).setScale(scale);
      }
    }
  }
}

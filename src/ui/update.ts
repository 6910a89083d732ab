/**
 * "A new version is ready": offered when the service worker has a newer game waiting, and never over
 * a conversation. While the player is in one the offer waits (and an offer already showing steps
 * aside) until they are back in a menu or the debrief. It is a polite status, not a dialog: it takes
 * no focus, and "Later" puts it away for this visit. The words follow the page's language.
 */
import { dictionaries, isLang, type Messages } from '../i18n/index.ts';
import type { StageBridge, StageState } from '../game/index.ts';
import { h } from './dom.ts';

/** Whether an offer may show in this state: anywhere but in a conversation. */
export function mayOfferUpdate(state: Pick<StageState, 'mode'>): boolean {
  return state.mode !== 'conversation';
}

export class UpdatePrompt {
  readonly el: HTMLElement;
  private apply: (() => void) | null = null;
  private dismissed = false;

  constructor(
    private readonly stage: Pick<StageBridge, 'state' | 'events'>,
    private readonly doc: Document,
  ) {
    this.el = h('section', { class: 'update-prompt', role: 'status', hidden: true });
    stage.events.on('change', () => this.render());
  }

  /** A newer version is waiting; `apply` switches to it (and reloads the page). */
  offer(apply: () => void): void {
    this.apply = apply;
    this.dismissed = false;
    this.render();
  }

  private messages(): Messages {
    const lang = this.doc.documentElement.lang;
    return dictionaries[isLang(lang) ? lang : 'en'];
  }

  private render(): void {
    const show = this.apply !== null && !this.dismissed && mayOfferUpdate(this.stage.state);
    if (!show) {
      if (!this.el.hidden) this.el.replaceChildren();
      this.el.hidden = true;
      return;
    }
    if (!this.el.hidden) return;
    const t = this.messages();
    const apply = this.apply;
    this.el.setAttribute('aria-label', t.updateLabel);
    this.el.replaceChildren(
      h('p', {}, t.updateReady),
      h(
        'button',
        { type: 'button', class: 'primary update-reload', onclick: () => apply?.() },
        t.updateReload,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'update-later',
          onclick: () => {
            this.dismissed = true;
            this.render();
          },
        },
        t.updateLater,
      ),
    );
    this.el.hidden = false;
  }
}

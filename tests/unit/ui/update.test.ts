// @vitest-environment jsdom
/**
 * The "new version ready" offer never interrupts a conversation: it waits through one, steps aside
 * when one starts, and speaks the page's language.
 */
import { describe, expect, it } from 'vitest';
import { StageBridge } from '../../../src/game/index.ts';
import { UpdatePrompt } from '../../../src/ui/update.ts';
import { en } from '../../../src/i18n/en.ts';
import { nl } from '../../../src/i18n/nl.ts';

describe('UpdatePrompt', () => {
  it('waits for the end of a conversation, and steps aside when one starts', () => {
    const stage = new StageBridge();
    const prompt = new UpdatePrompt(stage, document);
    document.body.append(prompt.el);
    let applied = 0;
    stage.enterScenario('demo', []);
    prompt.offer(() => applied++);
    expect(prompt.el.hidden).toBe(true);
    stage.choicesShown();
    expect(prompt.el.hidden).toBe(true);
    stage.setMode('debrief');
    expect(prompt.el.hidden).toBe(false);
    expect(prompt.el.textContent).toContain(en.updateReady);
    expect(prompt.el.getAttribute('role')).toBe('status');
    // A new conversation begins with the offer unanswered: it goes away, and comes back after.
    stage.enterScenario('demo', []);
    expect(prompt.el.hidden).toBe(true);
    stage.setMode('menu');
    expect(prompt.el.hidden).toBe(false);
    prompt.el.querySelector<HTMLButtonElement>('button.update-reload')?.click();
    expect(applied).toBe(1);
  });

  it('speaks the page language, and Later puts it away', () => {
    document.documentElement.lang = 'nl';
    const stage = new StageBridge();
    const prompt = new UpdatePrompt(stage, document);
    prompt.offer(() => undefined);
    expect(prompt.el.textContent).toContain(nl.updateReady);
    prompt.el.querySelector<HTMLButtonElement>('button.update-later')?.click();
    expect(prompt.el.hidden).toBe(true);
    stage.setMode('debrief');
    expect(prompt.el.hidden).toBe(true);
  });
});

/**
 * Memory across scenarios, over the real stories and the game's real path: a GameSession plays a
 * scenario and saves its `mem_` values into the player's progress store (wired the way the App wires
 * it), and the next scenario's GameSession starts from that store. The paths are not written down here:
 * they are found by searching the story with StoryRunner for an ending that leaves the memory we want,
 * so an author may rewrite a scene without breaking the test, as long as the promise can still be made.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildScenario } from '../../scripts/ink/scenario.ts';
import { GameSession, type MemoryStore, type MemoryValues } from '../../src/game/index.ts';
import { memoryBackend, ProgressStore } from '../../src/progress/index.ts';
import { StoryRunner, type CompiledScenario } from '../../src/story/index.ts';

// Compiling and exploring ink is heavy: every test here gets minutes, not Vitest's default 5 s, so
// a busy machine slows these tests down but cannot fail them.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const root = resolve(import.meta.dirname, '../..');
const scenarios = new Map<string, CompiledScenario>();

function scenario(lang: string, id: string): CompiledScenario {
  const found = scenarios.get(`${lang}/${id}`);
  if (!found) throw new Error(`${lang}/${id} was not built`);
  return found;
}

beforeAll(() => {
  for (const lang of ['en', 'nl'])
    for (const id of [
      'hard-seller',
      'the-introduction',
      'beyond-the-pitch',
      'coffee-one-on-one',
      'your-own-ask',
      'the-referral',
      'secretary-call',
      'the-cold-contact',
    ])
      scenarios.set(
        `${lang}/${id}`,
        buildScenario(resolve(root, 'stories', lang, `${id}.ink`), root).scenario,
      );
}, 120_000);

/** A player's progress on one device, with the memory hooked up exactly as src/ui/app.ts does it. */
function playerMemory(): { store: MemoryStore; progress: ProgressStore } {
  const progress = ProgressStore.open({ backend: memoryBackend() });
  const created = progress.createProfile('Tester');
  if (!created.ok) throw new Error('no profile');
  progress.selectProfile(created.value.id);
  return {
    progress,
    store: { load: () => progress.memory(), save: (values) => progress.saveMemory(values) },
  };
}

type Goal = (runner: StoryRunner) => boolean;

/**
 * Depth-first search for a complete path (positions in each beat's list of choices) that ends with
 * `goal` true. Each node replays its prefix from the start: the stories are small, and the runner has
 * no snapshots to offer.
 */
function findPath(json: string, goal: Goal, limit = 20_000): number[] {
  let visited = 0;
  const replay = (prefix: readonly number[]): { runner: StoryRunner; options: number } => {
    const runner = new StoryRunner(json);
    let beat = runner.continue();
    for (const position of prefix) {
      const choice = beat.choices[position];
      if (!choice) throw new Error('a replayed path no longer fits');
      runner.choose(choice.index);
      beat = runner.continue();
    }
    return { runner, options: beat.ended ? -1 : beat.choices.length };
  };
  const search = (prefix: number[]): number[] | null => {
    if (++visited > limit) throw new Error(`no path found in ${limit} steps`);
    const { runner, options } = replay(prefix);
    if (options < 0) return goal(runner) ? prefix : null;
    for (let i = 0; i < options; i++) {
      const found = search([...prefix, i]);
      if (found) return found;
    }
    return null;
  };
  const path = search([]);
  if (!path) throw new Error('no path reaches the goal');
  return path;
}

interface Played {
  /** The text of the lines before the first choice: the scenario's opening. */
  readonly opening: string;
  /** What the session handed back when it ended (already saved to the store). */
  readonly memory: MemoryValues;
}

/** Plays `path` through a real GameSession; an empty path just reads the opening. */
function play(s: CompiledScenario, store: MemoryStore, path: readonly number[] | null): Played {
  const session = new GameSession(s, store);
  const beats: string[][] = [];
  let memory: MemoryValues | null = null;
  session.events.on('beat', (beat) => beats.push(beat.lines.map((l) => l.text)));
  session.events.on('ended', (e) => {
    memory = e.memory;
  });
  session.events.on('failed', (e) => {
    throw new Error(`${s.lang}/${s.id} failed: ${e.detail}`);
  });
  session.start();
  for (const position of path ?? []) {
    const choice = session.beat?.choices[position];
    if (!choice) throw new Error(`${s.lang}/${s.id}: no option ${position} here`);
    session.choose(choice.index);
  }
  if (path !== null) expect(session.state, `${s.lang}/${s.id} should have ended`).toBe('ended');
  return { opening: (beats[0] ?? []).join('\n'), memory: memory ?? {} };
}

const text = (runner: StoryRunner, name: string) => runner.variable(name);

describe('a promise made in hard-seller opens the-introduction', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`(${lang}) remembers the promise to Johan and opens with it, in either language`, () => {
      const seller = scenario(lang, 'hard-seller');
      const path = findPath(seller.json, (r) => text(r, 'mem_promised_intro') !== '');
      const { store, progress } = playerMemory();
      const ended = play(seller, store, path);
      expect(ended.memory).toMatchObject({
        mem_promised_intro: 'Els Wouters',
        mem_met_hard_seller: true,
      });
      expect(progress.memory()).toMatchObject({ mem_promised_intro: 'Els Wouters' });

      const en = play(scenario('en', 'the-introduction'), store, null).opening;
      expect(en).toContain("you promised Johan Goossens you'd introduce him to Els Wouters");
      const nl = play(scenario('nl', 'the-introduction'), store, null).opening;
      expect(nl).toContain('beloofde je Johan Goossens');
      expect(nl).toContain('aan Els Wouters zou voorstellen');
    });
  }

  it('opens with Johan asking, when you met him but promised nothing', () => {
    const seller = scenario('en', 'hard-seller');
    const path = findPath(seller.json, (r) => text(r, 'mem_promised_intro') === '');
    const { store } = playerMemory();
    expect(play(seller, store, path).memory).toMatchObject({
      mem_promised_intro: '',
      mem_met_hard_seller: true,
    });
    const opening = play(scenario('en', 'the-introduction'), store, null).opening;
    expect(opening).toContain('You promised nothing on Thursday.');
    expect(opening).not.toContain('you promised Johan Goossens');
  });

  it('opens without any promise for a player who never played hard-seller', () => {
    for (const lang of ['en', 'nl']) {
      const opening = play(scenario(lang, 'the-introduction'), playerMemory().store, null).opening;
      expect(opening).toContain(
        lang === 'en'
          ? 'You made no promises at the reception last week.'
          : 'Je hebt vorige week op de receptie niets beloofd.',
      );
      expect(opening).not.toContain(lang === 'en' ? 'you promised Johan' : 'beloofde je Johan');
    }
  });
});

describe('a replay remembers only this play (docs/authoring.md, "Replays")', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`(${lang}) replaying hard-seller after a promise ends by this play's choices`, () => {
      const seller = scenario(lang, 'hard-seller');
      const { store, progress } = playerMemory();
      // First play: the player promises Johan the introduction.
      play(seller, store, findPath(seller.json, (r) => text(r, 'mem_promised_intro') !== ''));
      expect(progress.memory()).toMatchObject({ mem_promised_intro: 'Els Wouters' });

      // Replay: Kurt makes the introduction, the player promises nothing and texts Bart no leads.
      // Before the rule, the stored promise leaked in and this ended "one of them is waiting for
      // your email".
      const replay = findPath(
        seller.json,
        (r) =>
          text(r, 'mem_promised_intro') === '' &&
          text(r, 'helped_kurt') === true &&
          text(r, 'texted_leads') === false &&
          Number(text(r, 'sell')) < 5,
      );
      const session = new GameSession(seller, store);
      const lines: string[] = [];
      let ending: string | null = null;
      let people: string[] = [];
      session.events.on('beat', (b) => lines.push(...b.lines.map((l) => l.text)));
      session.events.on('ended', (e) => {
        ending = e.ending;
        people = (e.debrief.trust ?? []).map((t) => t.person);
      });
      session.start();
      expect(session.startMemory).not.toHaveProperty('mem_promised_intro');
      for (const position of replay) {
        const choice = session.beat?.choices[position];
        if (!choice) throw new Error(`no option ${position}`);
        session.choose(choice.index);
      }
      expect(session.state).toBe('ended');
      expect(ending).not.toBe('connector');
      // Every moment names its rubric act, and Kurt's trust was moved by letting him introduce Els.
      expect(session.moments.every((m) => typeof m.chosen.act === 'string')).toBe(true);
      expect(people).toContain('kurt');
      expect(lines.join('\n')).not.toMatch(/waiting for your email|wacht op je mail/);
      // This play's value is what other scenarios now read.
      expect(progress.memory()).toMatchObject({ mem_promised_intro: '' });
      const opening = play(scenario('en', 'the-introduction'), store, null).opening;
      expect(opening).toContain('You promised nothing on Thursday.');
    }, 120_000);
  }
});

describe('listening to Sofie in beyond-the-pitch pays off in coffee-one-on-one', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`(${lang}) remembers her name and need, and the coffee opens with them in its own language`, () => {
      const breakfast = scenario(lang, 'beyond-the-pitch');
      const path = findPath(breakfast.json, (r) => text(r, 'mem_contact_name') !== '');
      const { store } = playerMemory();
      expect(play(breakfast, store, path).memory).toMatchObject({
        mem_contact_name: 'Sofie Maes',
        mem_contact_need: 'mechanic',
      });
      // Either language reads the same memory in its own words, whichever language set it.
      const en = play(scenario('en', 'coffee-one-on-one'), store, null).opening;
      expect(en).toContain('coffee with Sofie Maes');
      expect(en).toContain('an experienced mechanic for her cargo-bike workshop');
      const nl = play(scenario('nl', 'coffee-one-on-one'), store, null).opening;
      expect(nl).toContain('koffie met Sofie Maes');
      expect(nl).toContain('een ervaren mecanicien voor haar bakfietsenatelier');
      expect(nl).not.toContain('mechanic');
    });
  }

  it('starts from nothing when you only collected cards', () => {
    const breakfast = scenario('en', 'beyond-the-pitch');
    const path = findPath(breakfast.json, (r) => text(r, 'mem_contact_name') === '');
    const { store } = playerMemory();
    expect(play(breakfast, store, path).memory).toMatchObject({ mem_contact_name: '' });
    const opening = play(scenario('en', 'coffee-one-on-one'), store, null).opening;
    expect(opening).toContain("Hilde, the club's chair, paired you.");
    expect(opening).not.toContain('she told you what she needs');
  });

  it('keeps both memories when both scenarios were played', () => {
    const { store, progress } = playerMemory();
    const seller = scenario('en', 'hard-seller');
    play(seller, store, findPath(seller.json, (r) => text(r, 'mem_promised_intro') !== ''));
    const breakfast = scenario('nl', 'beyond-the-pitch');
    play(breakfast, store, findPath(breakfast.json, (r) => text(r, 'mem_contact_name') !== ''));
    expect(progress.memory()).toMatchObject({
      mem_promised_intro: 'Els Wouters',
      mem_contact_name: 'Sofie Maes',
    });
  });
});

/** The lines of the first two beats: the opening, and what follows the first option taken. */
function firstTwoBeats(s: CompiledScenario, store: MemoryStore): [string, string] {
  const session = new GameSession(s, store);
  const beats: string[] = [];
  session.events.on('beat', (beat) => beats.push(beat.lines.map((l) => l.text).join('\n')));
  session.start();
  const first = session.beat?.choices[0];
  if (!first) throw new Error(`${s.lang}/${s.id}: no first choice`);
  session.choose(first.index);
  return [beats[0] ?? '', beats[1] ?? ''];
}

describe('Els, helped in hard-seller, comes back to your-own-ask owing you one', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`(${lang}) she remembers the reception and that you told Johan about her`, () => {
      const seller = scenario(lang, 'hard-seller');
      const { store } = playerMemory();
      play(
        seller,
        store,
        findPath(seller.json, (r) => text(r, 'mem_promised_intro') !== ''),
      );
      // The other language reads the same memory: a player may switch between scenarios.
      const [enOpening, enTable] = firstTwoBeats(scenario('en', 'your-own-ask'), store);
      expect(enOpening).toContain('You know her: the spring reception');
      expect(enTable).toContain("Johan Goossens says you're the one who told him about me.");
      expect(enTable).toContain('So I owe you one.');
      const [nlOpening, nlTable] = firstTwoBeats(scenario('nl', 'your-own-ask'), store);
      expect(nlOpening).toContain('Je kent haar: de lentereceptie');
      expect(nlTable).toContain('Johan Goossens zegt dat gij het was die hem over mij verteld hebt.');
    });
  }

  it('she remembers the reception, and owes you nothing, when you promised Johan nothing', () => {
    const seller = scenario('en', 'hard-seller');
    const { store } = playerMemory();
    play(
      seller,
      store,
      findPath(seller.json, (r) => text(r, 'mem_promised_intro') === ''),
    );
    const [opening, table] = firstTwoBeats(scenario('en', 'your-own-ask'), store);
    expect(opening).toContain('You know her: the spring reception');
    expect(table).toContain('You rescued me from the wooden dashboard.');
    expect(table).not.toContain('I owe you one');
  });

  it('she is a stranger the club paired you with, for a player who never played hard-seller', () => {
    for (const lang of ['en', 'nl']) {
      const [opening, table] = firstTwoBeats(scenario(lang, 'your-own-ask'), playerMemory().store);
      expect(opening).not.toContain(lang === 'en' ? 'You know her' : 'Je kent haar');
      expect(table).toContain(
        lang === 'en' ? "Hilde says we'll get along." : 'Hilde zegt dat we goed gaan overeenkomen.',
      );
    }
  });
});

describe('the-referral: Thomas knows you as the connector from hard-seller', () => {
  const connector = {
    en: "Johan Goossens tells everyone you're the one who put him and his architect together.",
    nl: 'Johan Goossens vertelt aan iedereen dat gij het was die hem en zijn architecte samengebracht hebt.',
  } as const;
  const kurt = {
    en: "Kurt Mertens says you're the only person at the club who walked away from him without a car.",
    nl: 'Kurt Mertens zegt dat ge de enige van de club zijt die bij hem weggelopen is zonder auto.',
  } as const;

  for (const lang of ['en', 'nl'] as const) {
    it(`(${lang}) the introduction you promised Johan is why Thomas comes to you`, () => {
      const seller = scenario(lang, 'hard-seller');
      const { store } = playerMemory();
      play(
        seller,
        store,
        findPath(seller.json, (r) => text(r, 'mem_promised_intro') !== ''),
      );
      const [opening] = firstTwoBeats(scenario(lang, 'the-referral'), store);
      expect(opening).toContain(connector[lang]);
      expect(opening).not.toContain(kurt[lang]);
    });
  }

  it('without the promise, Kurt is the one who talks about you; a newcomer hears neither', () => {
    const seller = scenario('en', 'hard-seller');
    const { store } = playerMemory();
    play(
      seller,
      store,
      findPath(seller.json, (r) => text(r, 'mem_promised_intro') === ''),
    );
    const [opening] = firstTwoBeats(scenario('en', 'the-referral'), store);
    expect(opening).toContain(kurt.en);
    expect(opening).not.toContain(connector.en);
    for (const lang of ['en', 'nl'] as const) {
      const [fresh] = firstTwoBeats(scenario(lang, 'the-referral'), playerMemory().store);
      expect(fresh).not.toContain(connector[lang]);
      expect(fresh).not.toContain(kurt[lang]);
      expect(fresh).toContain(lang === 'en' ? 'Walk me over?' : 'Stelt ge mij efkes voor?');
    }
  });
});

describe('Marleen, met in secretary-call, is the contact gone cold in the-cold-contact', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`(${lang}) the calls, the sales move and the coffee you meant to have all come back`, () => {
      const call = scenario(lang, 'secretary-call');
      const { store } = playerMemory();
      const played = play(
        call,
        store,
        findPath(
          call.json,
          (r) =>
            r.variable('mem_cards_to_assistant') === true &&
            r.variable('mem_marleen_pitched') === true &&
            r.variable('mem_marleen_coffee') === true,
        ),
      );
      expect(played.memory).toMatchObject({ mem_marleen_pitched: true, mem_marleen_coffee: true });
      // The other language reads the same memory: a player may switch between scenarios.
      const [enOpening, enMarleen] = firstTwoBeats(scenario('en', 'the-cold-contact'), store);
      expect(enOpening).toContain('Like the cards after the chamber of commerce in March.');
      expect(enMarleen).toContain('one way or another, about payroll');
      expect(enMarleen).toContain('You had a reminder set for April');
      expect(enMarleen).not.toContain('Coffee once things calm down?');
      const [nlOpening, nlMarleen] = firstTwoBeats(scenario('nl', 'the-cold-contact'), store);
      expect(nlOpening).toContain('Zoals de kaartjes na de receptie bij Voka, in maart.');
      expect(nlMarleen).toContain('ging op de een of andere manier over loonadministratie');
      expect(nlMarleen).toContain('Je had een herinnering gezet voor april');
    });
  }

  it('a player who never played secretary-call meets the same Marleen, with a warm spring behind her', () => {
    for (const lang of ['en', 'nl']) {
      const [opening, marleen] = firstTwoBeats(
        scenario(lang, 'the-cold-contact'),
        playerMemory().store,
      );
      expect(opening).not.toContain(lang === 'en' ? 'Like the cards' : 'Zoals de kaartjes');
      expect(marleen).toContain(
        lang === 'en' ? 'Coffee once things calm down?' : 'Koffie als het wat rustiger wordt?',
      );
      expect(marleen).not.toContain(lang === 'en' ? 'about payroll' : 'over loonadministratie');
    }
  });
});

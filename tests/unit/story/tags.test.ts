import { describe, expect, it } from 'vitest';
import {
  parseChoiceTags,
  parseGlobalTags,
  parseLineTags,
  TagError,
} from '../../../src/story/tags.ts';

describe('presence and named moods (issue 17, item 10)', () => {
  it('reads via, leave and a named mood', () => {
    expect(parseLineTags(['speaker: nadia', 'mood: uneasy', 'via: phone'])).toMatchObject({
      speaker: 'nadia',
      mood: 'uneasy',
      via: 'phone',
    });
    expect(parseLineTags(['leave: jens', 'leave: katrien', 'mood: els uneasy'])).toMatchObject({
      leaves: ['jens', 'katrien'],
      feeling: { person: 'els', mood: 'uneasy' },
      mood: null,
    });
  });

  it('refuses an unknown way of reaching someone, a bad id and an unknown named mood', () => {
    expect(() => parseLineTags(['via: pigeon'])).toThrow(/unknown "via: pigeon"/);
    expect(() => parseLineTags(['via: phone', 'via: message'])).toThrow(/two "via:"/);
    expect(() => parseLineTags(['leave: Jens'])).toThrow(/"leave:" needs a cast id/);
    expect(() => parseLineTags(['mood: els furious'])).toThrow(/unknown mood "furious"/);
  });
});

describe('choice tags', () => {
  it('reads tip effects and the why', () => {
    expect(
      parseChoiceTags(['tip2 +2', ' tip5 -1 ', 'why: A real question opens a conversation.']),
    ).toEqual({
      effects: { 2: 2, 5: -1 },
      why: 'A real question opens a conversation.',
      act: null,
      modifiers: {},
      trust: [],
    });
  });

  it('accepts a choice with no tags', () => {
    expect(parseChoiceTags([])).toEqual({
      effects: {},
      why: null,
      act: null,
      modifiers: {},
      trust: [],
    });
  });

  it.each([
    ['tip2 2', /malformed tip effect/],
    ['tip6 +1', /malformed tip effect/],
    ['tip1 +4', /out of range/],
    ['tip1 -0', /out of range/],
    ['tip1+1', /malformed tip effect/],
    ['Tip1 +1', /malformed tip effect/],
    ['score: 3', /unknown choice tag/],
    ['why:', /no reason/],
    ['speaker: marc', /unknown choice tag/],
  ])('rejects %j', (tag, message) => {
    expect(() => parseChoiceTags([tag])).toThrow(message);
  });

  it('rejects the same tip twice on one choice', () => {
    expect(() => parseChoiceTags(['tip1 +1', 'tip1 -2'])).toThrow(/tip1 is scored twice/);
  });

  it('rejects two reasons', () => {
    expect(() => parseChoiceTags(['why: a', 'why: b'])).toThrow(TagError);
  });
});

describe('line tags', () => {
  it('reads speaker, mood, scene, sound and ending', () => {
    expect(
      parseLineTags([
        'speaker: marc',
        'mood: uneasy',
        'scene: reception',
        'sound: glasses',
        'ending: graceful-exit',
      ]),
    ).toEqual({
      speaker: 'marc',
      mood: 'uneasy',
      scene: 'reception',
      sound: 'glasses',
      ending: 'graceful-exit',
    });
  });

  it('leaves absent tags null', () => {
    expect(parseLineTags([])).toEqual({
      speaker: null,
      mood: null,
      scene: null,
      sound: null,
      ending: null,
    });
  });

  it.each([
    ['mood: angry', /unknown mood "angry"/],
    ['speaker: Marc', /lowercase/],
    ['colour: red', /unknown line tag/],
    ['tip1 +1', /is on a line, not a choice/],
    ['why: because', /is on a line, not a choice/],
    ['scene:', /needs an id/],
  ])('rejects %j', (tag, message) => {
    expect(() => parseLineTags([tag])).toThrow(message);
  });

  it('rejects a key given twice', () => {
    expect(() => parseLineTags(['mood: uneasy', 'mood: pleased'])).toThrow(/two "mood:"/);
  });
});

describe('global tags', () => {
  it('reads the header', () => {
    expect(
      parseGlobalTags([
        'title: The hard seller',
        'summary: A reception.',
        'main: tip1',
        'cast: marc | Marc Verhaegen | sells solar panels',
        'ending: connector | The connector',
      ]),
    ).toEqual({
      title: 'The hard seller',
      summary: 'A reception.',
      mainTip: 1,
      cast: [{ id: 'marc', name: 'Marc Verhaegen', role: 'sells solar panels' }],
      endings: [{ id: 'connector', title: 'The connector' }],
    });
  });

  it.each([
    [['summary: no title'], /no "title:"/],
    [['title: x', 'main: 3'], /"main:" names one tip/],
    [['title: x', 'cast: marc | Marc'], /"cast:" is/],
    [['title: x', 'cast: marc | A | b', 'cast: marc | C | d'], /declared twice/],
    [['title: x', 'author: me'], /unknown global tag/],
    [['title: x', 'ending: connector'], /"ending:" at the top is/],
    [['title: x', 'ending: a | A', 'ending: a | B'], /declared twice/],
  ])('rejects %j', (tags, message) => {
    expect(() => parseGlobalTags(tags)).toThrow(message);
  });
});

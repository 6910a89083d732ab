/**
 * Small stories compiled in-test, so the session tests do not depend on the real scenarios (which are
 * tested by their own playthroughs).
 */
import { compileInk } from '../../../src/story/compile.ts';
import { StoryRunner, type CompiledScenario, type TipRanges } from '../../../src/story/index.ts';

export const PARTY = `
# title: Test party
# summary: A tiny reception.
# main: tip2
# ending: warm \\| A warm goodbye
# ending: cold \\| A cold exit

VAR mem_met_ann = false
VAR mem_name = ""
VAR not_memory = 1

{ mem_name != "": Welcome back, {mem_name}. }
Ann waves at you. # scene: reception
Hi, I'm Ann. What do you do? # speaker: ann # mood: pleased
* [Ask about her bakery # tip2 +2 # why: A real question opens a real conversation.]
  Tell me about your bakery? # speaker: you
  ~ mem_met_ann = true
* [Pitch your product # tip1 -2 # tip5 -1 # why: She did not ask to be sold to.]
  Let me tell you what I sell. # speaker: you
- Well, that is nice. # speaker: ann # mood: interested
* [Say goodbye kindly # tip5 +1 # why: It leaves the door open.]
  Ann smiles and waves. # ending: warm
* [Walk off]
  You leave without a word. # ending: cold
- -> END
`;

export const BROKEN = `
# title: Broken
EXTERNAL missing_function()

Hello. # speaker: you
* [Go on]
  ~ missing_function()
  This line is never reached.
- -> END
`;

export const PARTY_RANGES: TipRanges = {
  1: { min: -2, max: 0 },
  2: { min: 0, max: 2 },
  3: { min: 0, max: 0 },
  4: { min: 0, max: 0 },
  5: { min: -1, max: 1 },
};

export function scenarioFrom(source: string, ranges: TipRanges = PARTY_RANGES): CompiledScenario {
  const { json } = compileInk('test.ink', {
    resolve: (name) => name,
    read: (path) => {
      if (path !== 'test.ink') throw new Error(`no file ${path}`);
      return source;
    },
  });
  return {
    id: 'test',
    lang: 'en',
    meta: { ...new StoryRunner(json).meta, title: 'Test' },
    ranges,
    tipsScored: [1, 2, 5],
    version: 'test',
    json,
  };
}

/**
 * The story a new scenario starts from, in each language: the header tags already in place, one
 * scored choice point with three options, and two endings, so it compiles and plays as it is and
 * shows every tag an author needs. It passes the rubric (docs/rubric.md) as it is: each choice names
 * its act, the choice point has a discussion prompt, one choice of three has mixed effects and no
 * option is best on every tip. Authoring text, not interface text: it is what the author edits.
 */
import type { Lang } from '../i18n/index.ts';

const EN = `# title: My scenario
# summary: One sentence on the situation the player walks into.
# main: tip1
# cast: host \\| Sam Peeters \\| organises the evening; friendly, busy
# ending: warm \\| A warm start
# ending: cold \\| A missed chance

// Lines without a speaker are narration. A speaker's line ends with "# speaker: id".
// Every choice names its act (docs/rubric.md); the act decides how far each tip may move.
-> arrival

=== arrival ===
The reception has just begun. Sam waves you over. # scene: reception
Good to see you! Have you met anyone yet? # speaker: host # mood: pleased # discuss: What do you want from the first five minutes of a reception?
* [Ask Sam what brought the guests here tonight # act: open-question # tip2 +2 # tip4 +1 # trust: host +1 # why: A question about them opens a conversation; it is not a pitch.]
    "What brings everyone here tonight?" # speaker: you
    Sam smiles and starts to tell you. # speaker: host # mood: interested
    -> warm_end
* [Hand Sam your card and explain what you sell # act: pitch # tip1 -1 # tip5 -1 # trust: host -1 # why: A card and a pitch before any conversation make you a seller, not a guest.]
    "Here's my card. We do payroll for small firms." # speaker: you
    Sam pockets the card without looking at it. # mood: uneasy
    -> cold_end
* [Thank Sam and go and meet the group at the bar # act: exit # tip1 +1 # tip2 -1 # why: You meet more people, and leave the one conversation you had before it began.]
    "Thanks, Sam. I'll go and say hello at the bar." # speaker: you
    -> cold_end

=== warm_end ===
You meet three people through Sam, and remember all their names. # ending: warm
-> END

=== cold_end ===
The evening passes in handshakes. Nobody calls you afterwards. # ending: cold
-> END
`;

const NL = `# title: Mijn scenario
# summary: Eén zin over de situatie waarin de speler terechtkomt.
# main: tip1
# cast: host \\| Sam Peeters \\| organiseert de avond; vriendelijk, druk
# ending: warm \\| Een warme start
# ending: cold \\| Een gemiste kans

// Regels zonder spreker zijn vertelling. De regel van een spreker eindigt op "# speaker: id".
// Elke keuze noemt haar act (docs/rubric.md); de act bepaalt hoe ver elke tip mag bewegen.
-> arrival

=== arrival ===
De receptie is net begonnen. Sam wenkt je. # scene: reception
Goed dat je er bent! Heb je al iemand leren kennen? # speaker: host # mood: pleased # discuss: Wat wil je bereiken in de eerste vijf minuten van een receptie?
* [Vraag Sam wat de gasten hier vanavond brengt # act: open-question # tip2 +2 # tip4 +1 # trust: host +1 # why: Een vraag over hen opent een gesprek; het is geen verkooppraatje.]
    "Wat brengt iedereen hier vanavond?" # speaker: you
    Sam lacht en begint te vertellen. # speaker: host # mood: interested
    -> warm_end
* [Geef Sam je kaartje en leg uit wat je verkoopt # act: pitch # tip1 -1 # tip5 -1 # trust: host -1 # why: Een kaartje en een pitch vóór elk gesprek maken van jou een verkoper, geen gast.]
    "Hier is mijn kaartje. Wij doen de loonadministratie voor kleine bedrijven." # speaker: you
    Sam steekt het kaartje weg zonder ernaar te kijken. # mood: uneasy
    -> cold_end
* [Bedank Sam en ga kennismaken met het groepje aan de toog # act: exit # tip1 +1 # tip2 -1 # why: Je leert meer mensen kennen, en je verlaat het ene gesprek dat je had voor het begon.]
    "Merci, Sam. Ik ga eens goeiendag zeggen aan de toog." # speaker: you
    -> cold_end

=== warm_end ===
Via Sam leer je drie mensen kennen, en je onthoudt al hun namen. # ending: warm
-> END

=== cold_end ===
De avond gaat voorbij met handjes schudden. Niemand belt je achteraf. # ending: cold
-> END
`;

export const TEMPLATES: Readonly<Record<Lang, string>> = { en: EN, nl: NL };

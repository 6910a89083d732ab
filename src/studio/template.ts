/**
 * The story a new scenario starts from, in each language: the header tags already in place, one
 * scored choice point with three options, and two endings, so it compiles and plays as it is and
 * shows every tag an author needs. Authoring text, not interface text: it is what the author edits.
 */
import type { Lang } from '../i18n/index.ts';

const EN = `# title: My scenario
# summary: One sentence on the situation the player walks into.
# main: tip1
# cast: host \\| Sam Peeters \\| organises the evening; friendly, busy
# ending: warm \\| A warm start
# ending: cold \\| A missed chance

// Lines without a speaker are narration. A speaker's line ends with "# speaker: id".
-> arrival

=== arrival ===
The reception has just begun. Sam waves you over. # scene: reception
Good to see you! Have you met anyone yet? # speaker: host # mood: pleased
* [Ask Sam what brought the guests here tonight # tip1 +1 # tip4 +1 # why: A question about them opens a conversation; it is not a pitch.]
    "What brings everyone here tonight?" # speaker: you
    Sam smiles and starts to tell you. # speaker: host # mood: interested
    -> warm_end
* [Hand Sam your card and explain what you sell # tip1 -1 # why: A card and a pitch before any conversation make you a seller, not a guest.]
    "Here's my card. We do payroll for small firms." # speaker: you
    Sam pockets the card without looking at it. # mood: uneasy
    -> cold_end
* [Say you'll look around first # tip2 -1 # why: Polite, but it leaves the conversation before it begins.]
    "I'll look around first." # speaker: you
    -> cold_end

=== warm_end ===
You meet three people through Sam, and remember all their names. # ending: warm
-> END

=== cold_end ===
The evening passes. Nobody calls you afterwards. # ending: cold
-> END
`;

const NL = `# title: Mijn scenario
# summary: Eén zin over de situatie waarin de speler terechtkomt.
# main: tip1
# cast: host \\| Sam Peeters \\| organiseert de avond; vriendelijk, druk
# ending: warm \\| Een warme start
# ending: cold \\| Een gemiste kans

// Regels zonder spreker zijn vertelling. De regel van een spreker eindigt op "# speaker: id".
-> arrival

=== arrival ===
De receptie is net begonnen. Sam wenkt je. # scene: reception
Goed dat je er bent! Heb je al iemand leren kennen? # speaker: host # mood: pleased
* [Vraag Sam wat de gasten hier vanavond brengt # tip1 +1 # tip4 +1 # why: Een vraag over hen opent een gesprek; het is geen verkooppraatje.]
    "Wat brengt iedereen hier vanavond?" # speaker: you
    Sam lacht en begint te vertellen. # speaker: host # mood: interested
    -> warm_end
* [Geef Sam je kaartje en leg uit wat je verkoopt # tip1 -1 # why: Een kaartje en een pitch vóór elk gesprek maken van jou een verkoper, geen gast.]
    "Hier is mijn kaartje. Wij doen de loonadministratie voor kleine bedrijven." # speaker: you
    Sam steekt het kaartje weg zonder ernaar te kijken. # mood: uneasy
    -> cold_end
* [Zeg dat je eerst wat rondkijkt # tip2 -1 # why: Beleefd, maar je verlaat het gesprek voor het begint.]
    "Ik kijk eerst even rond." # speaker: you
    -> cold_end

=== warm_end ===
Via Sam leer je drie mensen kennen, en je onthoudt al hun namen. # ending: warm
-> END

=== cold_end ===
De avond gaat voorbij. Niemand belt je achteraf. # ending: cold
-> END
`;

export const TEMPLATES: Readonly<Record<Lang, string>> = { en: EN, nl: NL };

# title: Beyond the pitch
# summary: A networking breakfast of sixty-second pitches. Afterwards you have twenty minutes: collect ten business cards, or really talk with two people?
# main: tip2
# cast: hilde \| Hilde Vermeulen \| notary and chair of the breakfast club; warm, punctual, merciless with the timer
# cast: wim \| Wim De Smet \| insurance broker; cheerful, quick, collects business cards like stamps
# cast: sofie \| Sofie Maes \| runs a bicycle shop in Mechelen; quiet, practical, dry humour
# cast: bram \| Bram Jacobs \| joiner, one year on his own, builds shop counters; eager, nervous in front of a room
# ending: sales-breakfast \| A sales breakfast
# ending: stack-of-cards \| A stack of cards
# ending: one-conversation \| One real conversation
# ending: two-conversations \| Two real conversations

// Memory for later scenarios (coffee-one-on-one): the person you really listened to, and what they need.
// Left empty when you only collected cards. The need is a key ("mechanic"), not words: every story that
// reads it says it in its own language, so a player who switches language between scenarios reads it right.
VAR mem_contact_name = ""
VAR mem_contact_need = ""

// What happened on the way, for the lines and the ending that follow from it.
VAR noted = false
VAR collected_cards = false
VAR listened_sofie = false
VAR sat_with_sofie = false
VAR met_bram = false
VAR spammed = false
// What you said in your sixty seconds: "discount", "story" or "list".
VAR pitch_kind = ""
// The short-term sale the hard sell wins: the florist takes your quote.
VAR florist_quote = false
// A promise with a date on it, which the ending has to answer for.
VAR promised_friday = false

// Moves that sell instead of meet; two or more and the morning becomes a sales breakfast.
// The newsletter counts double: it sells to everyone at once.
VAR sales_moves = 0

-> arrival

=== arrival ===
Ten past seven. The breakfast room of the hotel by the Dijle smells of coffee and warm croissants. # scene: breakfast-room
Twenty-two people, four round tables, and on a stand by the window a big red kitchen timer.
You make shop signs and window lettering: a studio of two, in Mechelen. Hilde told you the room would be full of shopkeepers.
Good morning! You're at table three. Pitches start at half past: sixty seconds each, and when the timer rings, you stop. Even mid-sentence. # speaker: hilde # mood: pleased
At table three, a woman in a fleece jacket with a bicycle-chain logo is buttering a croissant. Her name card says Sofie Maes.
Next to her, a young man in a blazer that still has its shop creases is mouthing something to himself. Bram Jacobs.
Wim De Smet drops into the chair beside you, a fan of business cards already in his hand.
Morning! Ten cards before nine, that's my rule. Never failed me. # speaker: wim # mood: pleased # discuss: Twenty minutes before the pitches start. What are they for: your card, your pitch, or the people at your table?
* [Ask Sofie what gets a shopkeeper to a breakfast at seven in the morning # act: open-question # tip2 +1 # trust: sofie +1 # why: A small, real question before the pitches gives you something to build on afterwards.]
    "What gets a shopkeeper out of bed for this at seven?" # speaker: you
    Honestly? Hilde. She's my notary, and she doesn't take no for an answer. # speaker: sofie # mood: interested
    And the croissants. The croissants are good. # speaker: sofie # mood: pleased
* [Put a card by every plate at the table, so nobody has to ask for one later # act: swap-cards # tip1 -1 # tip2 -1 # tip5 +1 # trust: wim +1 # why: Everyone at the table will have your name, which counts later; but cards before a single conversation also say you came to hand them out.]
    You go round the table and put a card by every plate.
    Someone after my own heart. # speaker: wim # mood: pleased
    Sofie slides your card under her saucer without looking at it. Bram reads it twice, as if there will be a test.
    ~ sales_moves += 1
* [Go over your sixty seconds once more: the first impression is the pitch # act: prepare # tip1 +1 # tip2 -1 # trust: bram -1 # why: Knowing your opening makes standing up in front of twenty strangers easier; meanwhile the people at your table stay strangers.]
    You read your notes on your phone, lips moving. When you look up, Bram has just asked you something and is waiting.
    Sorry, never mind. You're busy. # speaker: bram # mood: uneasy
- -> pitches

=== pitches ===
Half past seven. Hilde taps a spoon against her glass. # sound: glasses
Sixty seconds each. Wim, you start. # speaker: hilde # mood: neutral
As Wim stands up, your phone buzzes in your pocket. A message from the garage owner in Lier whose sign you are installing next week: can the installation move to Monday? # sound: message # discuss: A paying client asks a question during other people's pitches. What do you owe the client, and what do you owe the room?
* [Write one thing per person on the back of the programme # act: keep-notes # tip2 +2 # why: What people say in their sixty seconds is where a real conversation can start later.]
    You turn the programme over and uncap your pen. The garage can wait an hour.
    ~ noted = true
* [Answer the garage owner now, under the table: a client who waits is a client who worries # act: exit # tip2 -1 # tip5 +1 # why: Your client has an answer within a minute, and a client remembers that; the room's pitches go by without you.]
    You thumb a reply under the tablecloth. Monday is fine. He sends back a thumbs-up before you have put the phone away.
    By then, two pitches have gone by.
* [Circle the shopkeepers on the list: they are the ones who need signs # act: target # tip1 -2 # why: It tells you who to look for afterwards; it also turns the room into targets, and you stop hearing what they say.]
    You circle names. A florist. A baker. A bicycle shop. Three, four potential clients.
    ~ sales_moves += 1
- Wim's pitch is smooth: insurance that doesn't make you yawn, and this month the first year twenty percent off. The timer rings on fifty-nine. He bows.
Bram starts with an oak counter he built for a cheese shop in Lier, and the old cellar he found underneath it, and then the timer rings in the middle of a sentence. He sits down, red to the ears. # sound: applause
Velo Maes, Mechelen. Bicycles for fourteen years. Since last month, also a workshop for cargo bikes. It's going well. Maybe too well. That's it. # speaker: sofie # mood: neutral
Twenty-five seconds. Hilde looks at the timer, then at Sofie, and lets it go.
{ noted:
    On the back of your programme: Wim, twenty percent. Bram, cheese-shop counter, cut off. Sofie, cargo bikes, too well?
}
Table three, last one. The floor is yours. # speaker: hilde # mood: interested # discuss: Sixty seconds in front of twenty-two shopkeepers. What should they remember of you by nine o'clock?
* [Give them a reason to call: spring discount on window lettering, card in hand # act: pitch # tip1 -2 # tip5 -1 # trust: wim +1 # why: A clear offer gets calls from people who want a bargain; the rest of the room now files you under sellers.]
    "Spring discount: window lettering twenty percent off until May. My card's on every table." # speaker: you
    Wim gives you a thumbs-up. At table one, a florist writes something down. Two people look at their croissants.
    ~ pitch_kind = "discount"
    ~ sales_moves += 1
* [Tell one story, the butcher's window you lettered, and who you'd like to meet # act: say-what-you-do # tip1 +2 # tip2 +1 # trust: sofie +1 # why: A story and a clear wish invite people to talk to you, not to buy from you.]
    "Last month I lettered a butcher's window in Bonheiden. He says people now stop to read it. I'd love to meet anyone who opens a shop this year. Even if it's just to talk." # speaker: you
    Sofie looks up from her coffee.
    ~ pitch_kind = "story"
* [Cover the whole range, so every shopkeeper hears the thing they need # act: say-what-you-do # tip1 +1 # tip2 -1 # tip5 +1 # why: Everyone now knows the full range of what you do; but a list is easy to forget, and nobody can start a conversation from it.]
    "Signs, window lettering, vans, stickers, light boxes, and we install ourselves." # speaker: you
    The timer rings as you reach stickers for the second time. At table two, someone mouths "light boxes" to her neighbour.
    ~ pitch_kind = "list"
- Thank you all. Free networking until half past eight. Get more coffee, and meet someone. # speaker: hilde # mood: pleased
-> after_pitches

=== after_pitches ===
Chairs scrape. Bram stands by the window with his coffee, looking at his phone as if it might rescue him. Sofie stays at the table and pours herself another cup.
Right. Twenty minutes, ten cards. I take the left half of the room, you take the right? # speaker: wim # mood: pleased # discuss: Wim offers to split the room with you. What are twenty minutes of free networking for?
* [Split the room with Wim: in twenty minutes, everyone here will have met you # act: work-the-room # tip1 +1 # tip2 -2 # trust: wim +1 # why: You do meet the whole room, and every one of them will have your card; not one of them will remember you tomorrow, nor you them.]
    -> card_round
* [Stay with Sofie and ask about the workshop that's going too well # act: follow-thread # tip1 -1 # tip2 +2 # trust: sofie +1 # why: Her pitch left a door open, and going through it is how you really get to know someone; while you sit with her, the room goes home.]
    -> sofie_talk
* [Ask Hilde who in this room could use a hand right now # act: ask-how-to-help # tip2 +1 # tip4 +1 # trust: hilde +1 # why: The chair knows the room; asking who needs help turns the morning toward them.]
    You catch Hilde at the coffee urn.
    "Who here could use a hand right now?" # speaker: you
    Hilde looks over the room the way she looks at the timer.
    Sofie. Something's going on with that workshop, and she'll never ask anyone for help. Go on. # speaker: hilde # mood: interested
    -> sofie_talk

=== card_round ===
~ collected_cards = true
Wim has a system: name, one-liner, card, next. He steers you to table one.
Ninety seconds a person, tops. Longer than that is a conversation, and conversations don't scale. # speaker: wim # mood: pleased
First stop: a florist from the Bruul, who is moving to a bigger shop in May. She tells you so while shaking your hand. # discuss: Wim gives everyone ninety seconds. What can you learn about someone in ninety seconds?
* [Do it Wim's way: name, one-liner, card, next # act: swap-cards # tip1 +1 # tip2 -1 # trust: wim +1 # why: Brisk and friendly: you will meet the whole table; by nine you will also have cards and no idea who anyone was.]
    You give her your line and your card. She gives you hers. Wim is already at the next chair.
* [Slow down and ask her why she's moving # act: open-question # tip2 +1 # why: One question about her is enough to make the card mean something.]
    "Why the move?" # speaker: you
    She tells you about the damp in the old cellar, and the new shop with a window twice as wide.
    ~ noted = true
- A window twice as wide. You can already see the lettering. # discuss: Her new shop front is exactly your kind of work. Offer, ask, or move on?
* [Offer her a quote for the new shop front while she's here # act: pitch # tip1 -2 # tip5 -1 # why: She has a real need and you have the answer, so it may well work; she has known you ninety seconds, and a quote now is a pitch.]
    "Send me the measurements and I'll have a quote to you by tonight." # speaker: you
    She hesitates, then takes a photo of your card. Wim nods at you: good.
    ~ florist_quote = true
    ~ sales_moves += 1
* [Ask what she needs most for the move; maybe it isn't a sign # act: ask-how-to-help # tip1 +1 # tip4 +1 # why: Asking what would help her most, instead of what you sell, is how trust starts.]
    "What do you need most, with the move?" # speaker: you
    She laughs. A van on the fourteenth of May, and someone to carry the cold room. Not a sign, she says. Not yet.
* [Keep up with Wim: he's already waving you over to table two # act: exit # tip1 +2 # tip2 -1 # trust: wim +1 # why: Keeping Wim's pace means meeting the whole room; it also means leaving every conversation just as it starts.]
    Wim is waving. You move on.
- Table two, table four, the buffet. By ten past eight you have eight cards, and you could match three of them to a face.
Bram is still standing by the window, alone, his phone dark in his hand.
Two to go. Ten, that's the rule. # speaker: wim # mood: pleased # discuss: Wim wants two more cards; Bram is standing alone. Whose morning is this?
* [Leave Wim to it and go and stand with Bram # act: mingle # tip2 +1 # trust: wim -1 # why: Someone alone after a bad pitch is someone you can really meet; Wim finishes his round without you.]
    -> bram
* [Finish what you started: two more cards makes ten # act: work-the-room # tip1 +1 # tip2 -1 # trust: wim +1 # why: Two more people now know your face; the last two cards cost you the one person who needed a talk.]
    You get your two cards: an accountant and someone who sells coffee machines. Ten.
    -> leaving

=== sofie_talk ===
~ sat_with_sofie = true
You sit down next to Sofie. She pushes the basket of croissants toward you.
{ noted:
    You glance at your programme. Cargo bikes, too well?
}
She waits. It's your move. # discuss: Sofie said her workshop is going "too well". Where do you start with someone you met an hour ago?
* [Ask about the cargo-bike workshop, and what too well means # act: follow-thread # tip2 +2 # trust: sofie +1 # why: Picking up what she said in her pitch shows you listened, and asks for the real story.]
    "You said your workshop is going too well. What does too well look like?" # speaker: you
    She puts her cup down and looks at you for a moment, as if deciding how much to say.
* [Tell her a new workshop deserves to be seen from the street, and you could help # act: pitch # tip1 -2 # tip5 -1 # trust: sofie -1 # why: It's what you know best, and a new workshop does need to be found; she sat down with a coffee, not to be measured for a sign.]
    "A new workshop needs a proper sign. I could come and take a look." # speaker: you
    There's a sign. My brother-in-law painted it. It's staying. # speaker: sofie # mood: annoyed
    ~ sales_moves += 1
* [Keep it light: ask how business is # act: small-talk # tip1 +1 # tip2 +1 # why: An easy opening that asks nothing of her; it also asks her to start from nothing.]
    "How's business?" # speaker: you
    Busy. # speaker: sofie # mood: neutral
    She looks at you, decides you mean it, and goes on.
- Cargo bikes. Families, a bakery that delivers, two couriers. They all come in at once, and they all need to be back on the road tomorrow. # speaker: sofie # mood: neutral
My mechanic, Luc, retired in March. Since then it's me, fixing chains at eleven at night. # speaker: sofie # mood: uneasy
Wim appears behind your chair and taps your shoulder.
Table two is leaving. Three cards, waiting. Come on! # speaker: wim # mood: pleased # discuss: Three people are leaving without your card. What does staying cost you, and what does going cost her?
* [Wave Wim on: you're in the middle of something # act: decline # tip1 -1 # tip2 +1 # tip5 +1 # trust: sofie +1 # trust: wim -1 # why: Staying with the person in front of you is worth more than three cards; three people leave without having met you.]
    "Go ahead, Wim. I'm in the middle of something." # speaker: you
    Wim shrugs and is gone. Sofie raises an eyebrow, almost a smile.
* [Tell Sofie "two minutes" and go and meet table two before they leave # act: exit # tip1 +1 # tip2 -2 # trust: sofie -1 # trust: wim +1 # why: Three more people meet you before they go; you walk out of the one real conversation of the morning, just as she starts to tell you.]
    "Two minutes, sorry." # speaker: you
    When you come back with three cards, Sofie is checking her phone. The moment has cooled.
    Where was I. The mechanic. Anyway. # speaker: sofie # mood: neutral
    ~ collected_cards = true
- -> sofie_need

= sofie_need
She turns her cup on its saucer. # discuss: Her mechanic retired in March and she is fixing chains at night. What does she need from you: advice, a question, or an offer?
* [Ask what a mechanic would need to be, for her to trust him # act: open-question # tip2 +2 # tip4 +1 # trust: sofie +1 # why: Asking what good looks like to her is how you learn what she really needs.]
    "What would a mechanic need to be, for you to trust him with your shop?" # speaker: you
    She thinks about it longer than you expected.
    Experienced with cargo bikes, they're heavier than people think. And someone who explains to a customer what's wrong without making them feel stupid. Luc could do that. # speaker: sofie # mood: interested
    ~ listened_sofie = true
    ~ mem_contact_name = "Sofie Maes"
    ~ mem_contact_need = "mechanic"
* [Tell her what worked for you: a job site found you your fitter in a week # act: advise # tip1 +1 # tip2 -1 # tip4 -1 # why: Practical, one owner to another, with nothing to sell; it also answers before you know what she needs.]
    "Put it on a job site. That's how I found my fitter. Took a week." # speaker: you
    I did. Eleven replies. Two had ever touched a cargo bike. # speaker: sofie # mood: annoyed
* [Say you'd love to letter the workshop window once it's running # act: pitch # tip1 -1 # tip5 -1 # trust: sofie -1 # why: It is meant as a vote of confidence in her workshop; she is telling you what keeps her up at night, and you answer with an order.]
    "When it's running, I'd love to do the lettering on the workshop window." # speaker: you
    Sure. When it's running. # speaker: sofie # mood: neutral
    ~ sales_moves += 1
- Hilde calls out: ten more minutes. # discuss: You don't know a mechanic. What can you honestly offer her?
* [Say you'll think about who you know, and mean it # act: promise # tip4 +1 # tip5 +1 # trust: sofie +1 # why: An honest offer to help, with no promise you cannot keep, is how a relationship starts.]
    "I don't know anyone off the top of my head. But I'll think about who I know. I mean that." # speaker: you
    People say that. # speaker: sofie # mood: neutral
    She writes her mobile number on the back of her card anyway.
* [Promise to find her a mechanic by Friday # act: promise # tip4 +2 # tip5 -1 # why: A date makes the help concrete, and she needs it soon; a promise you may not be able to keep costs more trust than none.]
    "I'll find you a mechanic by Friday. Leave it with me." # speaker: you
    By Friday. Right. # speaker: sofie # mood: uneasy
    She writes her mobile number on the back of her card.
    ~ promised_friday = true
* [Swap cards and say you'll keep in touch # act: swap-cards # tip2 -1 # tip5 +1 # why: A friendly card keeps the door open without promising what you can't do; it closes the conversation just where it could have gone somewhere.]
    "Let's keep in touch." # speaker: you
    You slide your card across. She slides hers back.
- Bram is still at the window, alone. Wim is doing the rounds of table four. # discuss: Ten minutes left. Bram is alone, Sofie is still here, Wim is collecting. Where do you spend them?
* [Go over to Bram, who looks like he'd like to disappear # act: mingle # tip1 +1 # tip2 +1 # why: Someone alone after a bad pitch is someone you can really meet, and a second conversation of the morning.]
    You say goodbye to Sofie and cross the room.
    -> bram
* [Do a quick round of the tables before everyone leaves # act: work-the-room # tip1 +1 # tip2 -2 # trust: wim +1 # why: Five more people will have your card; at the last minute, no one remembers which card was yours.]
    You get five cards in eight minutes. A baker, a bank, two consultants, somebody's nephew.
    ~ collected_cards = true
    -> leaving
* [Stay with Sofie and finish your coffee # act: follow-thread # tip1 -1 # tip2 +2 # tip5 +1 # trust: sofie +1 # why: One conversation that really lands is the point of the morning; the rest of the room leaves without having met you.]
    You stay. She tells you about the courier who rides a cargo bike with a dog in the front. You laugh more than you have all week.
    -> leaving

=== bram ===
~ met_bram = true
Bram sees you coming and tries to look busy with his phone.
The timer got my best sentence. I had a whole thing about the cellar. # speaker: bram # mood: uneasy # discuss: Bram's pitch was cut off and he is embarrassed. What does he need from you: a coach, a listener, or a kind word?
* [Ask him about the cheese-shop cellar he never got to finish # act: follow-thread # tip2 +2 # tip4 +1 # trust: bram +2 # why: Picking up exactly where the timer cut him off tells him someone was really listening.]
    "So. The cellar under the cheese shop. What was down there?" # speaker: you
    He lights up. Vaulted brick, fourteenth century, and a wooden beam with a date carved in it. He made the counter from oak, so it would belong with the cellar.
    Shopkeepers keep asking me who can do the lettering for an old facade. I never know what to tell them. # speaker: bram # mood: pleased
    Now you do. You swap cards, and this time it means something.
* [Give him the two tips that would have saved his pitch: shorter sentences, end with what you want # act: advise # tip2 -1 # tip4 +1 # why: Good advice that he will use next month; what he wanted this morning was someone to hear the rest of the story.]
    "Shorter sentences. And end with a call to action: what do you want them to do?" # speaker: you
    Right. Yes. Thanks. # speaker: bram # mood: neutral
    He writes call to action on a napkin and thanks you twice. The cellar never comes up.
    ~ met_bram = false
* [Tell him it was fine, swap cards and wish him luck # act: swap-cards # tip2 -1 # tip5 +1 # trust: bram +1 # why: Kind, and he will remember that someone came over; it is also a card swap with the one person who would have loved to talk.]
    "It was fine, really. Here's my card. Good luck with it." # speaker: you
    Thanks. That's kind. # speaker: bram # mood: neutral
    ~ met_bram = false
- -> leaving

=== leaving ===
Half past eight. Coats come off the rack, cups go back on trays. # sound: door
{ listened_sofie:
    -> aftermath
}
{ sat_with_sofie:
    Sofie stands up, zips her fleece and looks at the clock above the door.
- else:
    Sofie is at the coat rack, zipping up her fleece, the bicycle-chain logo on her back.
}
She is nearly out of the door. # discuss: Sofie is leaving and you have her card. Is that enough?
* [Stop her and ask what would help her most right now # act: ask-how-to-help # tip2 +1 # tip4 +1 # trust: sofie +1 # why: A last real question is worth more than her card in your pocket.]
    "Sofie, before you go. What would help you most right now?" # speaker: you
    She stops, one arm in her sleeve.
    A mechanic. An experienced one, for the cargo bikes. My Luc retired in March. # speaker: sofie # mood: uneasy
    -> sofie_short
* [Let her go: she has a shop to open, and you have her card # act: wait # tip3 -1 # tip5 +1 # why: Not keeping someone who is in a hurry is considerate; a card without a conversation is also a follow-up you won't know how to start.]
    You let her go. Her card is somewhere in your pocket.
    -> aftermath

= sofie_short
One arm in her sleeve, she waits for what you'll say. # discuss: She has told you her problem in one sentence, on her way out. What do you do with it?
* [Ask what a mechanic would need to be, for her to trust him # act: open-question # tip2 +1 # tip4 +1 # trust: sofie +1 # why: One more question, and you know what she really needs, not just what she is missing.]
    "What would he need to be, for you to trust him?" # speaker: you
    Someone who explains to a customer what's wrong without making them feel stupid. # speaker: sofie # mood: interested
    She looks at you a moment longer than before, and goes.
    ~ listened_sofie = true
    ~ mem_contact_name = "Sofie Maes"
    ~ mem_contact_need = "mechanic"
* [Give her your card: when the workshop is running, she can call you for the lettering # act: pitch # tip1 -1 # tip5 -1 # trust: sofie -1 # why: You leave her a way to reach you for what you do; she has just told you her problem, and you answer with your product.]
    "When the workshop's running, give me a call for the lettering." # speaker: you
    I'll keep it in mind. # speaker: sofie # mood: neutral
    ~ sales_moves += 1
- -> aftermath

=== aftermath ===
Quarter past nine, your studio. The smell of vinyl and the plotter humming. # scene: office
On your desk: {collected_cards: a stack of business cards with a rubber band round them|a few business cards}, and the programme from this morning. # discuss: Back at the studio with the cards. What is the first thing you send, and to whom?
* [Write on each card what the person said, while you still remember # act: keep-notes # tip2 +1 # tip5 +1 # why: What people said is what you need to follow up; cards alone are just names.]
    You take the cards one by one and write on the back.
    { listened_sofie:
        On Sofie's, underlined: mechanic, cargo bikes, explains without making people feel stupid.
    - else:
        For most of them you write a profession and a question mark.
    }
* [Add everyone to your newsletter, with the spring offer: twenty percent off lettering # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -2 # why: Everyone you met hears from you today, with an offer some of them can use; nobody asked for it, and your first message to them is a sales mail.]
    You type the addresses into your newsletter list and schedule the spring promotion for ten o'clock.
    ~ spammed = true
    ~ sales_moves += 2
* [Send a LinkedIn request with one personal line to those you talked with # act: follow-up # tip3 +1 # tip5 +1 # why: A short personal note keeps the door open without asking anything of them.]
    You send a handful of requests, each with one line about what you talked about.
- -> ending

=== ending ===
{ florist_quote:
    At eleven, the florist from the Bruul mails her measurements. By Friday she has accepted your quote: the whole shop front, paid within the month. A good order. # sound: message
}
{ promised_friday:
    Friday comes. You have asked two people about a cargo-bike mechanic; neither knows one. You don't text Sofie. What would you say?
}
{
    - sales_moves >= 2:
        -> sales_breakfast
    - listened_sofie && met_bram:
        -> two_conversations
    - listened_sofie || met_bram:
        -> one_conversation
    - else:
        -> stack_of_cards
}

= sales_breakfast
{ spammed:
    At ten past ten, the first unsubscribe comes in. By lunch, there are four.
    { listened_sofie:
        One of them is Sofie Maes.
    }
    Two people click through to the offer. One of them, a man with a van, wants the cheapest possible sticker and nothing else.
}
Wim sends you a message: one of his ten cards has booked a meeting. He's thrilled. # sound: message
{ pitch_kind == "discount":
    At the next breakfast, Sofie sits at another table. Table three remembers you: the discount.
- else:
    At the next breakfast, Sofie sits at another table. Table three remembers you as the one who came to sell.
}
You sold something this month, and the room knows you as someone who sells. # ending: sales-breakfast # mood: uneasy
-> END

= two_conversations
Three weeks later, a message from Hilde: Sofie Maes has asked to be paired with you for next month's one-on-one coffee. # sound: message
And Bram sends you a baker in Lier with a fifteenth-century facade. The baker isn't ready for a sign yet; she wanted to know who Bram trusts.
You met two people this morning. Really met them. Both of them will remember you, and you know exactly what each of them needs. # ending: two-conversations # mood: pleased
-> END

= one_conversation
{ listened_sofie:
    A week later, you are still thinking about cargo bikes and a mechanic who doesn't make people feel stupid.
- else:
    A week later, Bram sends you a photo: the cheese-shop counter, and a note. Thanks for asking about the cellar.
}
{ collected_cards:
    The rest of the morning is a blur of cards.
- else:
    The rest of the room you only saw from across the tables.
}
One conversation went somewhere, and one person in that room will be glad to see you again. # ending: one-conversation # mood: pleased
-> END

= stack_of_cards
{ collected_cards:
    The stack on your desk is thick and tells you nothing. A florist, or was she the baker?
    Over the next week you mail a few of them. One replies, warmly. You cannot remember which one she was.
    You met everyone this morning, and nobody at all. # ending: stack-of-cards # mood: neutral
- else:
    A few cards, and for none of them do you know what you would write.
    You sat at a table with three people for an hour, and you could not say what any of them needs. # ending: stack-of-cards # mood: neutral
}
-> END

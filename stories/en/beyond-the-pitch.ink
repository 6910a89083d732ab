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
VAR met_bram = false
VAR spammed = false

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
Morning! Ten cards before nine, that's my rule. Never failed me. # speaker: wim # mood: pleased
* [Ask Sofie what gets a shopkeeper to a breakfast at seven in the morning # tip2 +1 # why: A small, real question before the pitches gives you something to build on afterwards.]
    "What gets a shopkeeper out of bed for this at seven?" # speaker: you
    Honestly? Hilde. She's my notary, and she doesn't take no for an answer. # speaker: sofie # mood: interested
    And the croissants. The croissants are good. # speaker: sofie # mood: pleased
* [Deal your cards round the table so nobody misses one # tip1 -1 # tip2 -1 # why: Cards before a single conversation tell the table you came to sell.]
    You deal your cards round the table like a hand of whist.
    Someone after my own heart. # speaker: wim # mood: pleased
    Sofie slides your card under her saucer without looking at it. Bram reads it twice, as if there will be a test.
    ~ sales_moves += 1
* [Run through your sixty seconds once more on your phone # tip2 -1 # why: Your pitch is ready; the people at your table are the ones you have not met yet.]
    You read your notes on your phone, lips moving. When you look up, Bram has just asked you something and is waiting.
    Sorry, never mind. You're busy. # speaker: bram # mood: uneasy
- -> pitches

=== pitches ===
Half past seven. Hilde taps a spoon against her glass. # sound: glasses
Sixty seconds each. Wim, you start. # speaker: hilde # mood: neutral
As Wim stands up, your phone buzzes in your pocket. A message from the garage owner in Lier whose sign you are installing next week. # sound: message
* [Write one thing per person on the back of the programme # tip2 +2 # why: What people say in their sixty seconds is where a real conversation can start later.]
    You turn the programme over and uncap your pen. The garage can wait an hour.
    ~ noted = true
* [Answer the client under the table; pitches are a blur anyway # tip2 -1 # why: The client feels urgent, but you will leave without knowing who was in the room.]
    You thumb a reply under the tablecloth. By the time you have sent it, two pitches have gone by.
* [Circle the shopkeepers on the list: they need signs # tip1 -2 # why: Listening for leads turns people into targets, and you stop hearing what they say.]
    You circle names. A florist. A baker. A bicycle shop. Three, four potential clients.
    ~ sales_moves += 1
- Wim's pitch is smooth: insurance that doesn't make you yawn, and this month the first year twenty percent off. The timer rings on fifty-nine. He bows.
Bram starts with an oak counter he built for a cheese shop in Lier, and the old cellar he found underneath it, and then the timer rings in the middle of a sentence. He sits down, red to the ears. # sound: applause
Velo Maes, Mechelen. Bicycles for fourteen years. Since last month, also a workshop for cargo bikes. It's going well. Maybe too well. That's it. # speaker: sofie # mood: neutral
Twenty-five seconds. Hilde looks at the timer, then at Sofie, and lets it go.
{ noted:
    On the back of your programme: Wim, twenty percent. Bram, cheese-shop counter, cut off. Sofie, cargo bikes, too well?
}
Table three, last one. The floor is yours. # speaker: hilde # mood: interested
* [Pitch the offer: spring discount on window lettering, card in hand # tip1 -2 # why: It works on one or two; the rest of the room now files you under sellers.]
    "Spring discount: window lettering twenty percent off until May. My card's on every table." # speaker: you
    Wim gives you a thumbs-up. Two people at table one look at their croissants.
    ~ sales_moves += 1
* [Tell one story, the butcher's window you lettered, and who you'd like to meet # tip1 +2 # tip2 +1 # why: A story and a clear wish invite people to talk to you, not to buy from you.]
    "Last month I lettered a butcher's window in Bonheiden. He says people now stop to read it. I'd love to meet anyone who opens a shop this year. Even if it's just to talk." # speaker: you
    Sofie looks up from her coffee.
* [Fit in everything you do: signs, lettering, vehicles, stickers # tip2 -1 # why: Complete, and easy to forget: nobody can start a conversation from a list.]
    "Signs, window lettering, vans, stickers, light boxes, and we install ourselves." # speaker: you
    The timer rings as you reach stickers for the second time.
- Thank you all. Free networking until half past eight. Get more coffee, and meet someone. # speaker: hilde # mood: pleased
-> after_pitches

=== after_pitches ===
Chairs scrape. Bram stands by the window with his coffee, looking at his phone as if it might rescue him. Sofie stays at the table and pours herself another cup.
Right. Twenty minutes, ten cards. I take the left half of the room, you take the right? # speaker: wim # mood: pleased
* [Go with Wim: twenty minutes, ten cards, the whole room covered # tip2 -2 # why: Ten cards, and not one of those ten people will remember you tomorrow, nor you them.]
    -> card_round
* [Stay with Sofie and ask about her workshop that's going too well # tip2 +2 # why: Her pitch left a door open. Going through it is how you really get to know someone.]
    -> sofie_talk
* [Ask Hilde who in this room could use a hand right now # tip2 +1 # tip4 +1 # why: The chair knows the room; asking who needs help turns the morning toward them.]
    You catch Hilde at the coffee urn.
    "Who here could use a hand right now?" # speaker: you
    Not many people ask me that. They ask who's buying. # speaker: hilde # mood: interested
    Sofie. Something's going on with that workshop, and she'll never ask anyone for help. Go. # speaker: hilde # mood: pleased
    -> sofie_talk

=== card_round ===
~ collected_cards = true
Wim has a system: name, one-liner, card, next. He steers you to table one.
Ninety seconds a person, tops. Longer than that is a conversation, and conversations don't scale. # speaker: wim # mood: pleased
First stop: a florist from the Bruul, who is moving to a bigger shop in May. She tells you so while shaking your hand.
* [Do it Wim's way: name, one-liner, card, next # tip2 -1 # why: Efficient, and forgettable: by nine you will have cards and no idea who anyone was.]
    You give her your line and your card. She gives you hers. Wim is already at the next chair.
* [Slow down and ask her why she's moving # tip2 +1 # why: One question about her is enough to make the card mean something.]
    "Why the move?" # speaker: you
    She tells you about the damp in the old cellar, and the new shop with a window twice as wide.
    ~ noted = true
- A window twice as wide. You can already see the lettering.
* [Offer her a quote for the new shop front, right now # tip1 -2 # tip5 -1 # why: She is in the middle of a move and you have known her ninety seconds; a quote now is a pitch.]
    "Send me the measurements and I'll have a quote to you by tonight." # speaker: you
    She smiles politely and says she'll think about it. Wim nods at you: good.
    ~ sales_moves += 1
* [Ask what she needs most for the move; maybe it isn't a sign # tip4 +1 # tip1 +1 # why: Asking what would help her most, instead of what you sell, is how trust starts.]
    "What do you need most, with the move?" # speaker: you
    She laughs. A van on the fourteenth of May, and someone to carry the cold room. Not a sign, she says. Not yet.
* [Move on; Wim is waving you over to table two # tip2 -1 # why: Keeping up with Wim's pace means leaving every conversation just as it starts.]
    Wim is waving. You move on.
- Table two, table four, the buffet. By ten past eight you have eight cards, and you could match three of them to a face.
Bram is still standing by the window, alone, his phone dark in his hand.
Two to go. Ten, that's the rule. # speaker: wim # mood: pleased
* [Leave Wim to it and go talk to Bram # tip2 +1 # tip4 +1 # why: Someone standing alone after a bad pitch is someone you can help, and really meet.]
    -> bram
* [Keep going: two more cards makes ten # tip2 -1 # why: Ten is Wim's number, not yours; the last two cards cost you the one person who needed a talk.]
    You get your two cards: an accountant and someone who sells coffee machines. Ten.
    -> leaving

=== sofie_talk ===
You sit down next to Sofie. She pushes the basket of croissants toward you.
{ noted:
    You glance at your programme. Cargo bikes, too well?
}
* [Ask about the cargo-bike workshop, and what too well means # tip2 +2 # why: Picking up what she said in her pitch shows you listened, and asks for the real story.]
    "You said your workshop is going too well. What does too well look like?" # speaker: you
    She puts her cup down.
    You're the first one who asked. # speaker: sofie # mood: interested
* [Tell her the new workshop will need a proper sign # tip1 -2 # tip5 -1 # why: She has just sat down with a coffee; she did not come to be measured for a sign.]
    "A new workshop needs a proper sign. I could come and take a look." # speaker: you
    There's a sign. My brother-in-law painted it. It's staying. # speaker: sofie # mood: annoyed
    ~ sales_moves += 1
* [Ask how business is, in general # tip2 +1 # why: A friendly opening, though it asks her to start from nothing.]
    "How's business?" # speaker: you
    Busy. # speaker: sofie # mood: neutral
    She looks at you, decides you mean it, and goes on.
- Cargo bikes. Families, a bakery that delivers, two couriers. They all come in at once, and they all need to be back on the road tomorrow. # speaker: sofie # mood: neutral
My mechanic, Luc, retired in March. Since then it's me, fixing chains at eleven at night. # speaker: sofie # mood: uneasy
Wim appears behind your chair and taps your shoulder.
Table two is leaving. Three cards, waiting. Come on! # speaker: wim # mood: pleased
* [Wave Wim on: you're in the middle of something # tip2 +1 # tip5 +1 # why: Staying with the person in front of you is worth more than three cards you will never use.]
    "Go ahead, Wim. I'm in the middle of something." # speaker: you
    Wim shrugs and is gone. Sofie raises an eyebrow, almost a smile.
* [Tell Sofie "two minutes" and go get those cards # tip2 -2 # why: You walk out of the one real conversation of the morning, just as she starts to tell you.]
    "Two minutes, sorry." # speaker: you
    When you come back with three cards, Sofie is checking her phone. The moment has cooled.
    Where was I. The mechanic. Anyway. # speaker: sofie # mood: neutral
- -> sofie_need

= sofie_need
* [Ask what a mechanic would need to be, for her to trust him # tip2 +2 # tip4 +1 # why: Asking what good looks like to her is how you learn what she really needs.]
    "What would a mechanic need to be, for you to trust him with your shop?" # speaker: you
    She thinks about it longer than you expected.
    Experienced with cargo bikes, they're heavier than people think. And someone who explains to a customer what's wrong without making them feel stupid. Luc could do that. # speaker: sofie # mood: interested
    ~ listened_sofie = true
    ~ mem_contact_name = "Sofie Maes"
    ~ mem_contact_need = "mechanic"
* [Advise her to post it on a job site; that's how you found your fitter # tip4 -1 # why: Quick advice sounds helpful, but it ends the conversation before you know what she needs.]
    "Put it on a job site. That's how I found my fitter. Took a week." # speaker: you
    I did. Eleven replies. Two had ever touched a cargo bike. # speaker: sofie # mood: annoyed
* [Say you'd love to letter the workshop window once it's running # tip1 -1 # tip5 -1 # why: She is telling you what keeps her up at night; turning it into an order is selling.]
    "When it's running, I'd love to do the lettering on the workshop window." # speaker: you
    Sure. When it's running. # speaker: sofie # mood: neutral
    ~ sales_moves += 1
- Hilde calls out: ten more minutes.
* [Say you'll think about who you know, and mean it # tip4 +2 # tip5 +1 # why: An honest offer to help, with no promise you cannot keep, is how a relationship starts.]
    "I don't know anyone off the top of my head. But I'll think about who I know. I mean that." # speaker: you
    People say that. # speaker: sofie # mood: neutral
    She writes her mobile number on the back of her card anyway.
* [Promise to find her a mechanic by Friday # tip4 +1 # tip5 -1 # why: Generous, but a promise you cannot keep costs more trust than no promise at all.]
    "I'll find you a mechanic by Friday. Leave it with me." # speaker: you
    By Friday. Right. # speaker: sofie # mood: uneasy
* [Swap cards and say you'll keep in touch # tip2 -1 # why: It closes the conversation politely, at exactly the point where it could have gone somewhere.]
    "Let's keep in touch." # speaker: you
    You slide your card across. She slides hers back.
- Bram is still at the window, alone. Wim is doing the rounds of table four.
* [Go over to Bram, who looks like he'd like to disappear # tip2 +1 # tip4 +1 # why: Someone alone after a bad pitch is someone you can help, and a second real conversation.]
    You say goodbye to Sofie and cross the room.
    -> bram
* [Do a quick round of cards before everyone leaves # tip2 -1 # why: Breadth at the last minute: five quick cards, and no one remembers which one was you.]
    You get five cards in eight minutes. A baker, a bank, two consultants, somebody's nephew.
    ~ collected_cards = true
    -> leaving
* [Stay with Sofie and finish your coffee; one good talk beats three half ones # tip2 +1 # why: Depth over breadth: one conversation that really lands is the point of the morning.]
    You stay. She tells you about the courier who rides a cargo bike with a dog in the front. You laugh more than you have all week.
    -> leaving

=== bram ===
~ met_bram = true
Bram sees you coming and tries to look busy with his phone.
The timer got my best sentence. I had a whole thing about the cellar. # speaker: bram # mood: uneasy
* [Ask him about the cheese-shop cellar he never got to finish # tip2 +2 # why: Picking up exactly where the timer cut him off tells him someone was really listening.]
    "So. The cellar under the cheese shop. What was down there?" # speaker: you
    He lights up. Vaulted brick, fourteenth century, and a wooden beam with a date carved in it. He made the counter from oak, so it would belong with the cellar.
    Shopkeepers keep asking me who can do the lettering for an old facade. I never know what to tell them. # speaker: bram # mood: pleased
    Now you do. You swap cards, and this time it means something.
* [Give him pitch tips: shorter sentences, end with a call to action # tip1 -1 # tip2 -1 # why: You would teach him to sell harder; what he needed was someone who listened.]
    "Shorter sentences. And end with a call to action: what do you want them to do?" # speaker: you
    Right. Yes. Thanks. # speaker: bram # mood: uneasy
    He writes call to action on a napkin. You can see he feels worse.
    ~ met_bram = false
* [Tell him it was fine, swap cards and wish him luck # tip2 -1 # why: Kind, but a card swap with the one person who would have loved to talk.]
    "It was fine, really. Here's my card. Good luck with it." # speaker: you
    Thanks. # speaker: bram # mood: neutral
    ~ met_bram = false
- -> leaving

=== leaving ===
Half past eight. Coats come off the rack, cups go back on trays. # sound: door
{ listened_sofie:
    -> aftermath
}
Sofie is at the coat rack, zipping up her fleece, the bicycle-chain logo on her back.
* [Stop her and ask what would help her most right now # tip2 +1 # tip4 +1 # why: A last real question is worth more than her card in your pocket.]
    "Sofie, before you go. What would help you most right now?" # speaker: you
    She stops, one arm in her sleeve.
    A mechanic. An experienced one, for the cargo bikes. My Luc retired in March. # speaker: sofie # mood: uneasy
    -> sofie_short
* [Let her go; you have her card, you can always mail her # tip2 -1 # why: You can always mail her, and you never will, because you don't know what to say.]
    You let her go. Her card is somewhere in the stack.
    -> aftermath

= sofie_short
* [Ask what a mechanic would need to be, for her to trust him # tip2 +1 # tip4 +1 # why: One more question, and you know what she really needs, not just what she is missing.]
    "What would he need to be, for you to trust him?" # speaker: you
    Someone who explains to a customer what's wrong without making them feel stupid. # speaker: sofie # mood: interested
    She looks at you a moment longer than before, and goes.
    ~ listened_sofie = true
    ~ mem_contact_name = "Sofie Maes"
    ~ mem_contact_need = "mechanic"
* [Say you'll letter the new workshop once it's running # tip1 -1 # tip5 -1 # why: She has just told you her problem; answering with your product tells her you did not hear it.]
    "When the workshop's running, give me a call for the lettering." # speaker: you
    I'll keep it in mind. # speaker: sofie # mood: neutral
    ~ sales_moves += 1
- -> aftermath

=== aftermath ===
Quarter past nine, your studio. The smell of vinyl and the plotter humming. # scene: office
On your desk: {collected_cards: a stack of business cards with a rubber band round them|a few business cards}, and the programme from this morning.
* [Write on each card what the person said, while you still remember # tip2 +1 # tip5 +1 # why: What people said is what you need to follow up; cards alone are just names.]
    You take the cards one by one and write on the back.
    { listened_sofie:
        On Sofie's, underlined: mechanic, cargo bikes, explains without making people feel stupid.
    - else:
        For most of them you write a profession and a question mark.
    }
* [Add them all to your newsletter: twenty percent off lettering # tip1 -2 # tip5 -2 # why: Efficient, but nobody asked for it; your first message to them is a sales mail.]
    You type the addresses into your newsletter list and schedule the spring promotion for ten o'clock.
    ~ spammed = true
    ~ sales_moves += 2
* [Send a LinkedIn request with one personal line to those you talked with # tip5 +1 # why: A short personal note keeps the door open without asking anything of them.]
    You send a handful of requests, each with one line about what you talked about.
- -> ending

=== ending ===
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
}
Wim sends you a message: one of his ten cards has booked a meeting. He's thrilled. # sound: message
You have a quote request from a man who wants the cheapest possible sticker for his van, and nothing else.
At the next breakfast, Sofie sits at another table. Nobody at table three remembers your butcher's window; they remember your discount. # ending: sales-breakfast
-> END

= two_conversations
Three weeks later, a message from Hilde: Sofie Maes has asked to be paired with you for next month's one-on-one coffee. # sound: message
And Bram sends you a baker in Lier with a fifteenth-century facade and no sign at all.
You met two people this morning. Really met them. Both of them will remember you, and you know exactly what each of them needs. # ending: two-conversations
-> END

= one_conversation
{ listened_sofie:
    A week later, you are still thinking about cargo bikes and a mechanic who doesn't make people feel stupid.
- else:
    A week later, Bram sends you a photo: the cheese-shop counter, and a note. Thanks for asking about the cellar.
}
The rest of the morning is a blur of cards. But one conversation went somewhere, and one person in that room will be glad to see you again. # ending: one-conversation
-> END

= stack_of_cards
The stack on your desk is thick and tells you nothing. A florist, or was she the baker?
Over the next week you mail a few of them. One replies, warmly. You cannot remember which one she was.
You met everyone this morning, and nobody at all. # ending: stack-of-cards
-> END

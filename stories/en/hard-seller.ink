# title: The hard seller
# summary: A business club reception in Mechelen. Someone pitches at you, and you have targets of your own. Do you pitch back?
# main: tip1
# cast: kurt \| Kurt Mertens \| sells electric company-car leases; warm, loud, sure his method works
# cast: els \| Els Wouters \| architect, three months on her own; dry, observant, allergic to pitches
# cast: johan \| Johan Goossens \| runs the family building firm; club member for twenty years, unhurried
# ending: two-sellers \| Two sellers, no buyers
# ending: small-talk \| Pleasant small talk
# ending: real-conversations \| Real conversations
# ending: connector \| The connector

// Memory for later scenarios: who you promised an introduction, and whether you met Kurt.
VAR mem_promised_intro = ""
VAR mem_met_hard_seller = false

// Running tallies that choose the ending: moves that sell, and moves that really meet someone.
VAR sell = 0
VAR meet = 0

// What happened on the way, for lines that follow from it.
VAR scanned = false
VAR els_guarded = false
VAR els_left = false
VAR knows_els_need = false
VAR lectured = false
VAR helped_kurt = false
VAR kurt_honest = false
VAR texted_leads = false
// Short-term sales the hard sell won tonight.
VAR kurt_lead = false
VAR johan_lead = false

-> arrival

=== arrival ===
The old brewery hall hums: two hundred voices, a jazz trio nobody listens to, glasses clinking at the bar. # scene: reception # sound: glasses
It's the spring reception of the Mechelen business club, and it's your first.
You clip on your name badge. Your name, and under it your firm: a social secretariat. Payroll and HR paperwork for small businesses.
Your phone buzzes. Bart, your manager: "Three good leads tonight, yes? The quarter starts Monday."
A waiter puts a glass of cava in your hand. All around you, people are already standing in little circles of three and four. # discuss: Bart wants three leads. What is the first hour of a reception for?
* [Scan the name badges first: find the two or three owners worth your evening # act: target # tip1 -1 # tip5 -1 # why: Efficient, but it sorts people into targets before you have met a single one.]
    You drift along the edge of the room, reading badges. Consultant. Bank. Student. Owner, forty staff. You note the face: grey hair, loosened tie.
    ~ scanned = true
    ~ sell += 1
* [Head for the bar and talk to whoever is there # act: mingle # tip1 +1 # why: Going where people are talking, with nothing to get out of it, is how you meet people.]
    You make for the bar, where the bitterballen come out of the kitchen in batches and people queue and chat while they wait.
    ~ meet += 1
* [Run through how you'll introduce yourself, once more # act: prepare # tip1 +1 # tip2 -1 # why: Knowing what you'll say makes walking up to strangers easier; a rehearsed pitch also tends to become the whole conversation.]
    You find a quiet pillar and run it through. Who we are, what we do, why switching is easy. Thirty seconds. Good.
- -> bar

=== bar ===
You end up at the bar, next to a tray of bitterballen that is emptying fast.
A woman in a dark green jacket squeezes in beside you and lets out a long breath.
I've just been sold an electric car. Well, nearly. I ran. # speaker: els # mood: uneasy
Her badge says Els Wouters, Wouters Architecten. She looks at the bitterballen, then at you.
Sorry. That sounded rude. He's probably a perfectly nice man. # speaker: els # mood: neutral # discuss: She has just fled a pitch. What does she need from the next person she talks to?
* [“Let me guess: tax-friendly, and it charges in twenty minutes?” # act: small-talk # tip1 +1 # tip2 +1 # trust: els +1 # why: Shared humour breaks the ice, and tells her you are not about to pitch her too.]
    Let me guess. Tax-friendly, and it charges in twenty minutes? # speaker: you
    Eighteen, apparently. He had a chart. On his phone. He zoomed in. # speaker: els # mood: pleased
    ~ meet += 1
* [Ask her what brings her here tonight # act: open-question # tip2 +2 # trust: els +1 # why: An open question about her is the quickest way past the weather and the parking.]
    So what brings you here tonight, apart from the cars? # speaker: you
    Good question. Loneliness, mostly. The professional kind. # speaker: els # mood: interested
    ~ meet += 1
* [Introduce yourself and your firm, and offer your card # act: swap-cards # tip1 -1 # tip2 -1 # tip5 +1 # why: She'll know who you are, and that counts for later; but she has just escaped one pitch, and a card straight away feels like the next.]
    You introduce yourself, name and firm, and hold out your card.
    She takes it, reads it, and slides it into her pocket.
    Payroll. Right. Nice to meet you. # speaker: els # mood: uneasy
    ~ sell += 1
- -> els_story

=== els_story ===
I was twelve years at a big office in Antwerp. Hospitals, mostly. In March I started on my own, here in Mechelen, where I grew up. # speaker: els # mood: neutral
Turns out I don't know anybody here anymore. My whole network is in Antwerp, and most of it still works for my old boss. # speaker: els
So: the business club. My accountant said it was this or golf. # speaker: els # mood: pleased
She takes a bitterbal, blows on it, and thinks better of it.
And I've got two people on staff now, which is wonderful. The paperwork is not. My social secretariat sends me forms in a language I don't speak. I lose a Friday a month to it. # speaker: els # mood: annoyed
You feel it, almost physically: that is exactly what you sell. Bart's message is still open on your phone. # discuss: She has a problem you solve. Is this the moment to say so?
* [“That's exactly what we do. Shall I give you a ring on Monday?” # act: pitch # tip1 -2 # tip5 -1 # trust: els -1 # why: She shared a worry, not a request. Booking a sales call turns her openness into a lead.]
    Honestly? That's exactly what we do. Shall I give you a ring on Monday? # speaker: you
    Her smile stays where it is, but something behind it closes.
    Fine. Monday, ten o'clock. If you can give me my Fridays back, I'll sign. # speaker: els # mood: neutral
    She writes her number on the back of your card and hands it back. Then she turns a little towards the bar.
    ~ els_guarded = true
    ~ sell += 1
* [Ask what she would do with that Friday if she got it back # act: open-question # tip2 +2 # tip4 +1 # trust: els +1 # why: Asking about her, not about the problem you could sell to, shows you want to know her and what would help.]
    If you got that Friday back, what would you do with it? # speaker: you
    She laughs, and then she actually thinks about it.
    Draw. I went solo to draw again. And to find people here who'll build what I draw. Contractors who don't laugh at a small school extension. # speaker: els # mood: interested
    ~ meet += 1
    ~ knows_els_need = true
* [Say what you do, lightly, and leave it there # act: say-what-you-do # tip1 +1 # tip5 +1 # trust: els +1 # why: Being open about your work without pushing lets her come back to it if and when she wants.]
    I should confess: I work for a social secretariat. But I'm off duty. I'd rather hear about your buildings than your forms. # speaker: you
    Off duty. Right. Well then, the truth: I went solo to draw again. And to find builders here who take a small job seriously. # speaker: els # mood: pleased
    ~ meet += 1
    ~ knows_els_need = true
- -> kurt_arrives

=== kurt_arrives ===
A plate of bitterballen appears between you, held by a big man in a navy suit and a very good mood.
There she is, the architect! Els, I had another idea for you: the model with the wooden dashboard. Architects love wood. # speaker: kurt # mood: pleased
Els takes half a step back, towards the bar. # mood: els uneasy
Then he reads your badge, and his eyes light up.
A social secretariat! Fantastic. So you've got staff, and staff need cars. Kurt Mertens, Voltlease. # speaker: kurt # mood: interested
~ mem_met_hard_seller = true
He shakes your hand, and somehow there is a card in your other hand before he lets go.
Fully electric, all-in, one price a month, tax-friendly for you and for them. I'll have a quote in your inbox at eight tomorrow. What's your email? # speaker: kurt # mood: pleased
Bart would love this man, you think. And he has just handed you the perfect opening. # discuss: Kurt is pitching you in front of Els. What do you owe each of them?
* [Pitch back: “Only if you let me do your payroll.” # act: pitch # tip1 -2 # tip5 -1 # trust: kurt +1 # trust: els -1 # why: It is quick and it gets a laugh, but now two people are selling and nobody is meeting.]
    -> duel
* [“We both sell. Let's stop before one of us buys something.” # act: deflect # tip1 +2 # tip2 -1 # trust: kurt +1 # why: Naming the game with a smile stops the pitching without making him look foolish; but a joke closes the subject, it does not open him up.]
    -> truce
* [Ask Kurt how he ended up selling electric cars # act: open-question # tip2 +2 # trust: kurt +1 # why: A question about him is an invitation to drop the pitch and be a person.]
    -> curious
* [“Sorry, Kurt, Els and I were in the middle of something.” # act: decline # tip2 +1 # tip5 -1 # trust: kurt -1 # why: You protect a good conversation, but you shut the door on Kurt in front of someone else.]
    -> shield

=== duel ===
Only if you let me do your payroll. # speaker: you
Kurt roars with laughter and slaps the bar so the glasses jump.
Ha! A seller! Finally someone who speaks my language. # speaker: kurt # mood: pleased
How many on your books? Twenty? Thirty? I'll do you a fleet price. # speaker: kurt # mood: interested
And how many on yours? Because we switch a company over in two weeks, and no forms in a foreign language. # speaker: you
Els looks from you to Kurt and back again.
I'll leave you two to it. Good luck, both of you. # speaker: els # mood: annoyed
She takes her glass and is gone into the crowd before you can say anything.
~ els_left = true
~ sell += 1
Kurt hasn't noticed. He already has his phone out.
Tell you what. We swap cards, I send you a quote, you send me one. We both hit target tonight. Deal? # speaker: kurt # mood: interested # discuss: Two leads in one handshake. Is that a good evening's work?
* [Swap cards and quotes: two leads before nine o'clock # act: swap-cards # tip1 -1 # tip2 -1 # tip5 -1 # trust: kurt +1 # why: It feels like a win, and it may even be one; but neither of you chose the other, and a deal like that rarely outlives the first invoice.]
    You swap cards. He types your email into his phone with one thumb, fast, like he has done it a thousand times.
    Pleasure doing business! And send me that payroll quote for real. Our office manager curses our provider every month. # speaker: kurt # mood: pleased
    ~ kurt_lead = true
    ~ sell += 1
* [Laugh, pocket his card, and ask what he does when he's not selling # act: open-question # tip2 +2 # trust: kurt +1 # why: You step out of the duel and give him the chance to be a person instead of a salesman.]
    Let's do the deal later. What do you do when you're not selling, Kurt? # speaker: you
    He blinks. Then he grins.
    When I'm not selling, I'm asleep. Well. I've got a daughter of six months. So not asleep either. # speaker: kurt # mood: pleased
    ~ meet += 1
* [Excuse yourself and go after Els to apologise # act: repair # tip2 +1 # tip5 +1 # trust: els +2 # why: Repairing a conversation you broke costs a minute and says more about you than any pitch.]
    Excuse me a second, Kurt. # speaker: you
    You find Els by the coat rack, looking at her phone without reading it.
    Sorry. That was a sales duel, and you didn't come here for one. # speaker: you
    She shrugs, but the corner of her mouth moves.
    Occupational hazard, I suppose. Go on, your sparring partner is waiting. We'll talk later. # speaker: els # mood: neutral
    ~ els_left = false
    ~ meet += 1
    When you get back, Kurt is still at the high table, guarding your glass.
- -> kurt_story

=== truce ===
Kurt, we both sell for a living. Let's stop before one of us buys something. # speaker: you
For a second he looks caught out. Then he laughs, louder than you did.
Fair. Fair! Occupational hazard. My wife says I'd sell a lease to the priest at my own funeral. # speaker: kurt # mood: pleased
Els laughs too, properly this time.
Then she spots someone across the room and waves.
That's Lotte, from my old office. I have to say hello. Don't go anywhere, you two. I want to finish this. # speaker: els # mood: pleased
She slips away. Kurt puts the plate of bitterballen down between you like a peace offering.
So. If we're not selling, what do people talk about at these things? # speaker: kurt # mood: uneasy # discuss: Kurt asks a real question. What do people talk about at a reception?
* [“Why we came. So why did you come tonight?” # act: open-question # tip2 +2 # trust: kurt +1 # why: The simplest real question at a reception, and hardly anyone asks it.]
    Why we came, mostly. So: why did you come tonight? # speaker: you
    Why? To sign customers, of course. It worked last time. Let me tell you. # speaker: kurt # mood: interested
    ~ meet += 1
* [“What they need. Then you can sell them the right thing later.” # act: advise # tip1 -1 # tip4 +1 # trust: kurt +1 # why: Starting from what people need is right; saying it is so you can sell to them later keeps the hunt on, only slower.]
    What they need. Then, later, you can sell them the right thing. # speaker: you
    Later! I like later. Later is a pipeline. # speaker: kurt # mood: pleased
    ~ sell += 1
* [“The bitterballen. They're excellent. Have one.” # act: small-talk # tip1 +1 # tip2 -1 # why: Nothing to get and nothing to push lets him stop selling for a minute; his question, though, goes unanswered.]
    The bitterballen, for a start. They're excellent. Have one. # speaker: you
    He has two. For a moment, Kurt Mertens is just a man burning his tongue at a party.
    ~ meet += 1
- -> kurt_story

=== curious ===
How did you end up selling electric cars, Kurt? # speaker: you
He looks surprised, as if nobody has asked him a question all evening.
Me? I sold diesels for fifteen years. Then my son did a school project on air quality and came home angry. With me! So I switched. # speaker: kurt # mood: interested
Els raises an eyebrow, surprised to find she likes him a little.
That's actually a good story. You didn't tell me that one. # speaker: els # mood: interested
You didn't give me the time! # speaker: kurt # mood: pleased
Then Els spots her old colleague Lotte across the room and waves.
Don't run off, you. I want to finish our talk. # speaker: els # mood: pleased
Kurt turns back to you, and you can almost hear the pitch reloading.
But listen. For a firm your size, all-in, we'd be talking about... # speaker: kurt # mood: interested # discuss: The pitch is back. Let it run, steer away, or end it?
* [Let him finish the pitch; it's only polite # act: hear-out # timeout # tip2 -1 # tip5 +1 # trust: kurt +1 # why: Patience is kind, but sitting through the whole pitch teaches him that the pitch works.]
    You let him finish. It's a good pitch, honestly. Warm, quick, with a joke about charging cables in the middle.
    ~ sell += 1
* [Steer back: “Wait. Your son. Did he forgive you?” # act: follow-thread # tip2 +2 # trust: kurt +2 # why: Going back to the human story tells him that is the part you found interesting.]
    Wait, go back. Your son. Did he forgive you? # speaker: you
    Kurt stops mid-sentence. Then he smiles, a different smile.
    He's fourteen. He forgives nobody. But he put a sticker of my company on his school bag. # speaker: kurt # mood: pleased
    ~ meet += 1
* [Give him your email: the pitch stops, and a quote costs nothing # act: swap-cards # tip2 -1 # tip5 -1 # why: It ends the pitch quickly, but you become a lead in his system, not someone he knows.]
    You give him your email. He types it in, satisfied, and the pitch winds down like a fan switched off.
    ~ sell += 1
- -> kurt_story

=== shield ===
Sorry, Kurt. Els and I were in the middle of something. # speaker: you
Kurt's smile stays on, but his eyebrows go up a millimetre.
Of course, of course. I'll be by the bitterballen. Don't let her tell you diesel is cheaper! # speaker: kurt # mood: uneasy
He goes. Els watches him go.
Thank you. Although that was a bit harsh, no? He showed me where to park earlier. Drove in front of me all the way. # speaker: els # mood: uneasy
Then she spots her old colleague Lotte across the room.
I have to say hello. Keep my spot? # speaker: els # mood: neutral
You're on your own at the bar. Across the room, Kurt stands at a high table with his plate. Nobody is talking to him. # discuss: You turned someone away in public. How much does that matter, and to whom?
* [Go over to Kurt and make it right # act: repair # tip2 +1 # tip5 +2 # trust: kurt +2 # why: A minute of repair keeps open a door you nearly closed in public.]
    You cross the room.
    Sorry about that, Kurt. That came out colder than I meant. # speaker: you
    Ah, don't worry. I've been sent off by better. Well. By more. # speaker: kurt # mood: pleased
    ~ meet += 1
* [Leave it: go and meet someone new while Els is away # act: exit # tip1 +1 # tip5 -1 # why: You meet new people, which is what you came for; the snub stays unrepaired, in a room where people talk.]
    You drift to the next high table and meet a notary and a florist: pleasant, quick, cards swapped. After ten minutes Kurt comes to the bar for a refill and stands next to you anyway.
    No hard feelings. Cava? # speaker: kurt # mood: neutral
* [Use the moment: go and find the owner with forty staff # act: target # tip1 -2 # tip5 -1 # why: Free for a moment, you go hunting; a target is not a conversation, and the man you snubbed is watching.]
    You go looking for owners' badges. The best one, a building firm with forty staff, belongs to a grey-haired man in a tight circle of old friends that doesn't open, and you stand at its edge for a while, holding your glass.
    When you turn round, Kurt is next to you with a fresh plate.
    ~ sell += 1
- -> kurt_story

=== kurt_story ===
{ els_left:
    Els is nowhere to be seen. It's you and Kurt now, with the plate of bitterballen between you.
- else:
    Across the room, Els is deep in talk with an old colleague. It's you and Kurt now, with the plate of bitterballen between you.
}
He lowers his voice, as if he's sharing a secret.
You know why I come to these things? Last spring, at this same reception, I signed three customers. Three! In one evening. # speaker: kurt # mood: pleased
My boss put it in the company newsletter. "The Kurt method." There's a slide about me at the sales meeting. # speaker: kurt
So people can say networking isn't for selling. I've got three contracts that say it is. # speaker: kurt # mood: interested # discuss: His method worked: three contracts. How do you answer that?
* [Ask what those three customers had in common # act: open-question # tip2 +2 # why: Curiosity about his story, rather than a verdict on it, is how you get to know him.]
    What did those three have in common? # speaker: you
    He opens his mouth, closes it, and thinks.
    Huh. They all... had a lease running out that month. I was just there at the right moment. # speaker: kurt # mood: uneasy
    ~ meet += 1
* [Ask for his secret: you have targets too # act: follow-thread # tip1 -1 # tip2 +1 # trust: kurt +1 # why: You follow his story and he warms to you, but the bond you build is about how to sell at a reception.]
    So what's the method? I've got targets too. # speaker: you
    Ha! Simple. Every badge is a door. You knock on every one. Most stay shut, three open, and that's your evening. # speaker: kurt # mood: pleased
    ~ sell += 1
* [Tell him, kindly, that networking isn't for selling # act: advise # tip1 +1 # tip2 -1 # trust: kurt -1 # why: The point is right, but a lesson from someone he met ten minutes ago makes him defend the habit.]
    I think people come here to meet, Kurt, not to buy. # speaker: you
    Sure, sure. Tell that to my three contracts. # speaker: kurt # mood: annoyed
    He says it with a smile, but he folds his arms.
    ~ lectured = true
- -> kurt_human

=== kurt_human ===
Around you the circles have closed for the evening: people who have known each other for years, laughing at jokes from years ago.
Kurt watches them. For a moment the salesman goes quiet.
Between you and me? Tonight's not going great. Five people. Five people have suddenly remembered they had to talk to someone else. # speaker: kurt # mood: uneasy
He laughs, but it comes out thin.
And my boss expects three again. It's on the slide. # speaker: kurt # mood: uneasy # discuss: He is telling you something he would not tell a customer. What is the kind answer?
* [“Your method worked once. Keep at it: it's a numbers game.” # act: smooth-over # tip1 -1 # tip5 -1 # trust: kurt +1 # why: Kind, and what he wants to hear, but it feeds the habit that is sending people away.]
    It worked once, so it works. It's a numbers game, Kurt. Keep knocking. # speaker: you
    Right. Right! Numbers game. # speaker: kurt # mood: pleased
    He straightens his jacket and scans the room for badges.
    ~ sell += 1
* [Tell him honestly why you think people walk away # act: candour # tip1 +2 # tip5 +1 # trust: kurt +1 # why: He asked, so honesty is a gift now: people come to meet, and he could be very good at that.]
    { lectured:
        I said it clumsily before. Let me try again. # speaker: you
    }
    People here aren't shopping, Kurt. They come to meet. And you're good company the moment you stop selling. That's the Kurt people would remember. # speaker: you
    He is quiet for a long moment.
    So it's me. Not the cars. # speaker: kurt # mood: uneasy
    He looks at the closed circles for a while. Then he puts his card case back in his pocket. # speaker: kurt # mood: neutral
    ~ kurt_honest = true
    ~ meet += 1
* [Ask him what would help him tonight # act: ask-how-to-help # tip4 +2 # tip5 +1 # trust: kurt +2 # why: Asking what would help him, instead of what he can do for you, is where trust starts.]
    What would actually help you tonight, Kurt? # speaker: you
    He frowns, as if checking the question for a hook. # speaker: kurt # mood: uneasy
    Honestly? One conversation where nobody runs away. And maybe someone who knows who's who. # speaker: kurt # mood: neutral
    ~ helped_kurt = true
    ~ meet += 1
- -> johan

=== johan ===
A hand lands on Kurt's shoulder. A grey-haired man with a loosened tie and a glass of sparkling water.
Kurt! Are you frightening my guests again? # speaker: johan # mood: pleased
Johan! I'm behaving. Mostly. # speaker: kurt # mood: pleased
Johan Goossens. Goossens Bouw: forty people, third generation. I've been coming to these for twenty years, so if you want to know who's who, I'm your man. # speaker: johan # mood: neutral
{ scanned:
    You recognise him. Owner, forty staff: the face you noted at the start of the evening.
}
He turns to you with his full attention, as if the room had emptied.
And you? What do you do, when you're not wearing a badge? # speaker: johan # mood: interested # discuss: An owner with forty staff asks what you do. Pitch, story or question?
* [Give him your thirty-second pitch: forty staff, after all # act: pitch # tip1 -2 # tip2 -1 # why: He asked about you, not for a proposal, and a pitch answers a question he did not ask.]
    You give it. Who we are, what we do, why switching is easy. Thirty-two seconds. Not bad.
    Johan listens politely, nodding, the way you listen to the weather forecast for another country.
    Very good. You've practised that. # speaker: johan # mood: neutral
    ~ sell += 1
* [Tell him what you like about your work, and ask about his # act: open-question # tip1 +1 # tip2 +2 # trust: johan +1 # why: A real answer and a question back turn an introduction into a conversation.]
    I like the moment a small business owner realises they can stop worrying about payslips. And you? Third generation, you said? # speaker: you
    Third. My son will be the fourth, if I can learn to stop interfering. # speaker: johan # mood: pleased
    ~ meet += 1
* [Say you're new in town, and tonight you're mostly listening # act: self-disclose # tip1 +1 # tip2 -1 # tip5 +1 # trust: johan +1 # why: Modest, true and easy company; but he leaves knowing little about you, and you about him.]
    I'm new here. Tonight I'm mostly listening. # speaker: you
    New! Then lesson one: never stand between Kurt and the bitterballen. # speaker: johan # mood: pleased
    ~ meet += 1
- -> introduction

=== introduction ===
Johan sips his water and looks around the hall.
Tell me, you don't happen to know a young architect? We've got a school extension in Bonheiden. Small job. The big offices won't touch it. # speaker: johan # mood: neutral
Els! The architect! Green jacket. She ran away from me, but she's good, I can tell. # speaker: kurt # mood: interested # discuss: You can put two people in touch tonight. Who should do it, and what is in it for you?
{ knows_els_need:
    You think of Els, and of the builders she's looking for: the ones who take a small job seriously.
- else:
    You think of Els and her lost Fridays. An architect, three months on her own, who knows nobody here.
}
* [Promise Johan you'll introduce him to Els properly this week # act: promise # tip4 +2 # tip5 +1 # trust: johan +1 # why: Putting two people who can help each other in touch is the best follow-up there is; tonight it is only a promise, and it counts once you keep it.]
    { els_left:
        I met her tonight. She left early, partly my fault. Let me introduce you properly: I'll email you both this week, and apologise to her while I'm at it. # speaker: you
    - else:
        I met her tonight. Let me introduce you properly: I'll email you both this week. # speaker: you
    }
    Johan takes out a pen and writes his mobile number on the back of his own card.
    Then I'll wait for your email. Don't make an old man wait too long. # speaker: johan # mood: pleased
    ~ mem_promised_intro = "Els Wouters"
* [Let Kurt introduce them: he found her first # act: introduce # tip3 +1 # tip4 +1 # tip5 -1 # trust: kurt +2 # why: Kurt gets to help instead of sell, and the introduction happens tonight; but you hand your own follow-up to the man Els ran away from.]
    Kurt knows her. Kurt, will you do the honours? # speaker: you
    Me? Sure! I'll go and find her. And I won't mention cars. Much. # speaker: kurt # mood: pleased
    He's off across the hall before Johan can put his glass down.
    ~ helped_kurt = true
* [Mention Els, then ask if his firm is happy with its payroll # act: qualify # tip1 -2 # tip5 -1 # trust: johan -1 # why: A gift with a hook in it: the introduction becomes your way in for a pitch.]
    There's an architect here called Els Wouters, green jacket. And while I have you: are you happy with your payroll provider? # speaker: you
    Johan smiles the patient smile of a man who has been asked that question for forty years.
    Same people since my father's day. Though my son keeps telling me to look around. Send me something; I'll pass it on to him. # speaker: johan # mood: neutral
    ~ johan_lead = true
    ~ sell += 1
- -> leaving

=== leaving ===
It's past ten. The jazz trio is packing up, and the bar staff are stacking glasses into crates.
{ els_left:
    Somewhere behind you, Kurt is laughing at something Johan said.
- else:
    { els_guarded:
        Els passes on her way to the coat rack. “Monday at ten, then.” She doesn't stop.
    - else:
        Els finds you at the coat rack.
        Sorry I didn't come back. Old colleagues: once they start... Coffee, some time? # speaker: els # mood: pleased
    }
}
Your phone buzzes. Bart again: "And?? How many leads?" # discuss: What do you tell your manager about tonight?
* [Text Bart: “Three. An architect, a builder, a car guy. Calling Monday.” # act: cold-call # tip1 -1 # tip3 -2 # tip5 -1 # why: Tonight's conversations become Monday's cold calls: that is using follow-up to sell.]
    You type it with your coat half on. Bart replies with a thumbs-up within seconds.
    ~ texted_leads = true
    ~ sell += 2
* [Text Bart: “No sales tonight. Some good conversations. I'll explain Monday.” # act: candour # tip1 +1 # tip5 +2 # why: Honest about what tonight was: the start of relationships, which take longer than a quarter.]
    You send it before you can change your mind. Bart replies: "??" You smile and put your phone away.
* [Put the phone away and go and say goodbye to Kurt # act: exit # tip1 +1 # tip5 +1 # trust: kurt +1 # why: Bart can wait until morning. A proper goodbye is how people remember you.]
    Bart can wait. You find Kurt by the door, winding a scarf in Voltlease green around his neck.
    Leaving already? Here. My card. Without a quote this time. # speaker: kurt # mood: pleased
- -> ending

=== ending ===
{
    - sell >= 5:
        -> two_sellers
    - mem_promised_intro != "" && not texted_leads:
        -> connector
    - meet >= 5:
        -> real_conversations
    - else:
        -> small_talk
}

=== two_sellers ===
On the train home you empty your pockets: eleven business cards, one of them Kurt's, with "quote tomorrow!" written on the back.
{ els_left:
    Els's card isn't there. You never got one.
}
{ kurt_honest or helped_kurt:
    Your phone buzzes one last time. Kurt: "Thanks for tonight. You were right, by the way. Shame you didn't take your own advice. Ha!"
- else:
    Your phone buzzes one last time. Kurt: "Great meeting a fellow closer! Quote attached. Coffee on Monday?"
}
{ els_guarded or kurt_lead or johan_lead:
    On paper it was a good evening: {els_guarded:a sales call with Els on Monday at ten}{els_guarded && (kurt_lead or johan_lead):, }{kurt_lead:a real quote request from Kurt}{kurt_lead && johan_lead:, }{johan_lead:a brochure for Johan's son}. Bart will be pleased.
}
You did it his way all evening, and you can tell exactly how it felt to the people on the other side. Tonight, you were the hard seller. # ending: two-sellers # mood: uneasy
-> END

=== connector ===
Outside, on the cobbles, you type a note into your phone: "Email Els and Johan. Tuesday. School in Bonheiden."
{ els_guarded or kurt_lead or johan_lead:
    There's a sales follow-up in your calendar too. But this note isn't a sale. It's a promise.
- else:
    It is the only to-do you're taking home from tonight, and it isn't a sale. It's a promise.
}
{ helped_kurt or kurt_honest:
    Kurt catches up with you at the corner, out of breath.
    Thanks for tonight. I didn't sell a thing. Strangest good evening in years. # speaker: kurt # mood: pleased
}
Three people in this town now know who you are, and one of them is waiting for your email. # ending: connector # mood: pleased
-> END

=== real_conversations ===
You walk out into the Mechelen evening. The Dijle smells of spring and someone's cigarette.
{
    - texted_leads:
        Bart thinks you have three leads. What you really have is three people who might be glad to see you again, if you don't ring them on Monday to sell.
    - els_guarded or kurt_lead or johan_lead:
        One sales follow-up in the calendar, and three names you'll remember. Which of the two lasts longer, you'll know in a year.
    - else:
        No sales. But three names you'll remember, and three people who'll remember yours. Nothing to sell yet.
}
That is how it starts. # ending: real-conversations # mood: pleased
-> END

=== small_talk ===
You walk out into the Mechelen evening with a pocketful of cards and a pleasant tiredness.
{ knows_els_need:
    Nice people, a few good laughs. You know what Els is looking for; but you couldn't say what Kurt or Johan really need, or what they'd remember about you.
- else:
    Nice people, a few good laughs. But if you're honest, you couldn't say what any of them really needs, or what they'd remember about you.
}
{ mem_promised_intro != "":
    At least there's the introduction you promised Johan. Keep that one, and it might be the start of something.
}
Next time, stay longer with one person. # ending: small-talk # mood: neutral
-> END

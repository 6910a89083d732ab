# title: The hard seller: the other side
# summary: The same spring reception in Mechelen, played as Els Wouters, the architect everyone pitches at. What do you do with a pitch you don't want?
# main: tip1
# cast: kurt \| Kurt Mertens \| sells electric company-car leases; warm, loud, sure his method works
# cast: robin \| Robin Maes \| works for a social secretariat; first reception, a manager texting for leads
# cast: johan \| Johan Goossens \| runs the family building firm; club member for twenty years, unhurried
# cast: lotte \| Lotte Jacobs \| architect at Els's old office in Antwerp; loyal, gossipy, blunt
# ending: three-sellers \| Three sellers, no buyers
# ending: survived \| Survived, politely
# ending: closed-doors \| Right, and alone
# ending: open-doors \| From pitch to people

// The swap of hard-seller: the same evening, the same people, seen from the seat of the person being
// pitched at. It writes no mem_ variables: the memory carried between scenarios is the player's own
// (the newcomer from the social secretariat), and here the player is someone else.

// Running tallies that choose the ending: moves that sell, moves that meet, and doors shut hard.
VAR sell = 0
VAR meet = 0
VAR shut = 0

// What happened on the way, for lines that follow from it.
VAR said_monday = false
VAR robin_knows = false
VAR kurt_cut = false
VAR kurt_turned = false
VAR site_visit = false
VAR pitched_johan = false
VAR coffee_robin = false

-> arrival

=== arrival ===
The old brewery hall hums: two hundred voices, a jazz trio nobody listens to, glasses clinking at the bar. # scene: reception # sound: glasses
It's the spring reception of the Mechelen business club. Your first. Your accountant said it was this or golf.
Twelve years at a big office in Antwerp, and since March, Wouters Architecten: you, two people on staff, and a town where you grew up and no longer know anybody.
You have barely found the cloakroom when a big man in a navy suit plants himself in front of you, reading your badge.
An architect! Architects drive a lot. Kurt Mertens, Voltlease. # speaker: kurt # mood: pleased
Fully electric, all-in, one price a month, tax-friendly. Charges in eighteen minutes. Look, I'll show you the chart. # speaker: kurt # mood: interested
He holds out his phone. He zooms in. You don't need a car. You need builders, clients, and your Fridays back from the payroll forms. # discuss: A pitch you did not ask for, at the door. What do you owe the man making it?
* [Let him finish: it's only polite, and it will be over sooner # act: hear-out # timeout # tip2 -1 # tip5 +1 # trust: kurt +1 # why: Patience is kind, and he will remember you as friendly; but a pitch heard to the end teaches him that the pitch works.]
    You let him go through the chart, the tax table and the charging map of Flanders. It takes six minutes. He is delighted with you.
    Then you say you need a drink, and you go before the second chart.
* [“I'm not buying a car tonight, Kurt. I came to meet people. Who should I meet?” # act: decline # tip1 +1 # tip2 +1 # tip5 +1 # trust: kurt +1 # why: A clear no, said with a smile, and a question that lets him be useful instead of a salesman: the pitch stops and the door stays open.]
    I'm not buying a car tonight, Kurt. I came to meet people. Who should I meet? # speaker: you
    He blinks, as if the chart had frozen. Then he laughs.
    Everyone! Well. Johan Goossens. Grey hair, sparkling water. Knows everybody. Now, the tax table... # speaker: kurt # mood: pleased
    He is already back on the chart. You say thank you, and you escape to the bar.
    ~ meet += 1
* [Take his card, say “send me something”, and slip away # act: smooth-over # tip1 +1 # tip5 -1 # trust: kurt +1 # why: You are free in ten seconds and he feels he scored; but a yes you don't mean is a quote in your inbox at eight tomorrow, and the start of a pretence.]
    Send me something. # speaker: you
    Eight o'clock tomorrow! What's your email? # speaker: kurt # mood: pleased
    You give it, because it is quicker than not giving it, and escape to the bar.
* [Pitch back: “And when your office needs a renovation, I'm your architect.” # act: pitch # tip1 -2 # tip5 -1 # why: You need clients badly, and it feels like fair play; but now two people are selling at the cloakroom and nobody is meeting.]
    And when your showroom needs a refit, I'm your architect. # speaker: you
    Ha! A seller! We'll swap. A lease for a refit. # speaker: kurt # mood: pleased
    He says it the way people say it at receptions: it means nothing, and you both know it. He pitches on. You escape to the bar.
    ~ sell += 1
- -> bar

=== bar ===
At the bar, next to a tray of bitterballen that is emptying fast, stands someone with a glass of cava held like a prop.
The badge says Robin Maes, and under it the name of a social secretariat. Payroll and HR paperwork for small businesses. Exactly the paperwork that eats your Fridays.
Robin looks as new here as you feel. # discuss: You have just fled a pitch. How do you open with the next stranger?
* [“I've just been sold an electric car. Well, nearly. I ran.” # act: small-talk # tip1 +1 # tip2 +1 # trust: robin +1 # why: A joke at your own expense breaks the ice, and tells Robin you are not about to pitch either.]
    I've just been sold an electric car. Well, nearly. I ran. # speaker: you
    Let me guess. Tax-friendly, and it charges in twenty minutes? # speaker: robin # mood: pleased
    Eighteen, apparently. He had a chart. On his phone. He zoomed in. # speaker: you
    ~ meet += 1
* [Ask what brings Robin here tonight # act: open-question # tip2 +2 # trust: robin +1 # why: A question about the other person is the quickest way past the weather and the parking, even when you are the one who needs something.]
    So what brings you here tonight? # speaker: you
    Honestly? My manager wants three leads. And I'd rather go home with three people I liked. # speaker: robin # mood: uneasy
    At least you're honest about the leads. # speaker: you
    ~ meet += 1
* [Introduce yourself and your firm, and hold out your card # act: swap-cards # tip1 -1 # tip2 -1 # tip5 +1 # why: Robin will know who you are, and that counts for later; but a card before a sentence is the move you just ran away from.]
    Els Wouters, Wouters Architecten. Renovations, schools, care homes. # speaker: you
    Robin takes the card, reads it, and hands one back. Social secretariat. You both nod at the cards instead of at each other.
    ~ sell += 1
- -> robin_asks

=== robin_asks ===
Robin offers you the last bitterbal, and you take it, and burn your tongue.
So how did you end up here? You don't look like a golfer. # speaker: robin # mood: interested # discuss: A stranger asks about you. How much do you tell, and what for?
* [Tell the truth: new in town, nobody here knows you, and you want to find builders who take a small job seriously # act: self-disclose # tip2 +1 # tip5 +1 # trust: robin +1 # why: Saying what you are looking for makes you a person, not a profile, and lets people help you; it also hands a seller the opening.]
    Twelve years in Antwerp. Hospitals, mostly. Now I'm on my own, here, where I grew up, and I don't know anybody anymore. # speaker: you
    I want to draw again. And find builders here who don't laugh at a small school extension. # speaker: you
    And two people on staff now, which is wonderful. The paperwork is not. I lose a Friday a month to forms in a language I don't speak. # speaker: you
    ~ robin_knows = true
    ~ meet += 1
* [Your thirty seconds: Wouters Architecten, sustainable renovations, free first visit # act: pitch # tip1 -2 # tip2 -1 # why: You are new and need clients, so it feels like the point of the evening; but Robin asked about you, not for your offer.]
    You give it. Sustainable renovations, schools and care, a free first site visit. Twenty-eight seconds.
    Robin nods the way you nodded at Kurt's chart.
    And I suppose the paperwork for your staff is fine? # speaker: robin # mood: interested
    Don't get me started. A Friday a month, in forms. # speaker: you
    ~ sell += 1
* [Turn it back: “You first. What does a social secretariat do all day?” # act: open-question # tip1 +1 # tip2 +1 # why: Curious and generous, and it spares you the talking; but it invites the very pitch you came to the bar to avoid.]
    You first. What does a social secretariat actually do all day? # speaker: you
    That's my line! # speaker: robin # mood: pleased
    Robin laughs, and explains. Payslips, contracts, the forms nobody understands. Somewhere in it, you hear yourself say that you lose a Friday a month to exactly that.
    ~ meet += 1
- -> robin_pitches

=== robin_pitches ===
Something in Robin's face lights up, and then visibly fights with itself, and loses.
Honestly? That's exactly what we do. Shall I give you a ring on Monday? # speaker: robin # mood: interested
Robin's phone lies face up on the bar. A message from someone called Bart: "Three good leads tonight, yes?" # discuss: A pitch from someone you like, for something you may need. Yes, no, or something else?
* [“Fine. Monday, ten o'clock. If you can give me my Fridays back, I'll sign.” # act: smooth-over # tip1 -1 # tip5 -1 # trust: robin +1 # why: Easy, and maybe even useful; but you have agreed to a sales call you don't want tonight, and Robin has become a supplier before becoming a person.]
    Fine. Monday, ten o'clock. If you can give me my Fridays back, I'll sign. # speaker: you
    You write your number on the back of Robin's card and hand it back. Then you turn a little towards the bar.
    ~ said_monday = true
    ~ sell += 1
* [Laugh: “That's the second pitch tonight. Can we be off duty and just talk?” # act: candour # tip1 +1 # tip2 +1 # tip5 +1 # trust: robin +1 # why: Honest and light: you say no to the pitch and yes to the person, and give Robin a way out that costs nothing.]
    That's the second pitch in twenty minutes. Can we both be off duty and just talk? # speaker: you
    Robin goes red, then laughs.
    Off duty. Sorry. Bart has got into my head. So, if you got that Friday back, what would you do with it? # speaker: robin # mood: pleased
    Draw. And find people here who'll build what I draw. # speaker: you
    ~ robin_knows = true
    ~ meet += 1
* [“No thanks. I've got a provider.” And look for someone else to talk to # act: decline # tip1 +1 # tip2 -1 # tip5 -1 # trust: robin -1 # why: A clear no is your right, and it ends the pitch; but you close the door on the first person tonight who was actually pleasant to talk to.]
    No thanks. I've got a provider. # speaker: you
    Of course. Sorry. # speaker: robin # mood: uneasy
    You both look at the jazz trio for a while, which is what people do when a conversation has died.
    ~ shut += 1
* [“Send me a brochure, I'll have a look.” # act: smooth-over # tip2 -1 # tip5 -1 # trust: robin +1 # why: Polite, and the pitch goes away; but the brochure will arrive, you won't read it, and the talk you were enjoying is over.]
    Send me a brochure. I'll have a look. # speaker: you
    I will! # speaker: robin # mood: pleased
    Robin types your email into a phone, fast. Somewhere, Bart gets a lead.
    ~ sell += 1
- -> kurt_returns

=== kurt_returns ===
A plate of bitterballen appears between you, held by a navy suit in a very good mood.
There she is, the architect! Els, I had another idea for you: the model with the wooden dashboard. Architects love wood. # speaker: kurt # mood: pleased
You take half a step back, towards the bar.
Then he reads Robin's badge, and his eyes light up. A social secretariat! Staff need cars! # speaker: kurt # mood: interested
Robin looks at Kurt, then at you, and asks him how he ended up selling electric cars.
Me? I sold diesels for fifteen years. Then my son did a school project on air quality and came home angry. With me! So I switched. # speaker: kurt # mood: interested
It's a good story. He didn't tell it to you at the cloakroom. # discuss: The man you ran from is suddenly a person. What do you do with that?
* [“That's a good story. You didn't tell me that one.” # act: follow-thread # tip1 -1 # tip2 +2 # trust: kurt +1 # why: You go back to the man instead of the pitch, and he warms to it; while you stay, the rest of the room waits.]
    That's actually a good story. You didn't tell me that one. # speaker: you
    You didn't give me the time! # speaker: kurt # mood: pleased
    You ran off with my chart in your eyes, Kurt. How old is the son? # speaker: you
    Fourteen. Wants to be an engineer. Thinks I'm a dinosaur. # speaker: kurt # mood: pleased
    ~ kurt_turned = true
    ~ meet += 1
* [“Lead with your son next time, not with the chart.” # act: advise # tip1 +1 # tip2 -1 # trust: kurt -1 # why: The advice is right, and he needs it; but a lesson from someone who ran away from him ten minutes ago makes him defend the chart.]
    Next time, Kurt, lead with your son. Not with the chart. # speaker: you
    The chart works! Three customers, last spring, this very room. # speaker: kurt # mood: annoyed
    He says it with a smile, but he folds his arms.
* [Spot Lotte from your old office across the hall, and go and say hello # act: exit # tip1 +1 # tip2 -1 # why: You meet more people, and an old colleague is a safe harbour; but you leave the first human moment Kurt has had all evening to someone else.]
    That's Lotte, from my old office. I have to say hello. Don't go anywhere, you two. # speaker: you
    You slip away across the hall, and don't look back until you are sure the pitch has found a new target.
* [Cut him off: “Kurt, we've had the car. Robin and I were in the middle of something.” # act: decline # tip2 +1 # tip5 -1 # trust: kurt -1 # why: You protect a good conversation, but you shut the door on Kurt just when he stopped selling, and in front of someone else.]
    Kurt, I've had the car. Robin and I were in the middle of something. # speaker: you
    Right. Right. Of course. # speaker: kurt # mood: uneasy
    He picks up his plate and goes. Robin watches him go, and says nothing.
    ~ kurt_cut = true
    ~ shut += 1
- -> lotte

=== lotte ===
{ kurt_cut:
    Later, you find Lotte from your old office by the pillars, and Antwerp gossip fills half an hour.
- else:
    Lotte from your old office finds you, or you find her, and Antwerp gossip fills half an hour.
}
Then she drops her voice. The old boss would take you back tomorrow, she says. And there is a hospital wing in Lier he could subcontract to you, if you need the work. # discuss: Work you need, from the office you left. What do you say to an offer you may not want?
* [“Tell him yes. I'll send my rates on Monday.” # act: pitch # asked: yes # tip1 +1 # tip2 -1 # tip5 -1 # why: It was offered, so answering with your terms is no hard sell; but you've turned a friend's catch-up into a deal, and tied your new firm to the old one's drawings.]
    Tell him yes. I'll send my rates on Monday. # speaker: you
    Lotte types it into her phone, a little surprised by how fast you said it.
    ~ sell += 1
* [Ask her what she thinks you should do # act: open-question # tip2 +2 # tip5 +1 # why: Asking a friend for her honest view, before any deal, is what a real conversation is for.]
    What would you do, Lotte? Honestly. # speaker: you
    Honestly? Draw your own schools. Take the Lier job only if you're starving. You're not starving. # speaker: lotte
    You laugh, and feel lighter than you have all evening.
    ~ meet += 1
* [“No. I left to do my own work. Tell him thanks.” # act: decline # tip1 +1 # tip5 +1 # tip4 -1 # why: Clear, and true to why you left; but you turn down a chance for your two people, and a door in Antwerp, without hearing what it was.]
    No. I left to do my own work. Tell him thanks from me. # speaker: you
    I'll tell him. He'll sulk for a week. # speaker: lotte
- -> johan

=== johan ===
Back near the bar, a grey-haired man with a loosened tie and a glass of sparkling water has a hand on Kurt's shoulder.
{ kurt_cut:
    He turns, sees your green jacket, and comes over. Someone told me there was an architect here in a green jacket. Goossens Bouw: forty people, third generation. # speaker: johan # mood: pleased
- else:
    Kurt spots you and waves both arms, as if you were a taxi. # speaker: kurt # mood: pleased
    Els! The architect! Johan, this is the one I told you about. She ran away from me, but she's good, I can tell. # speaker: kurt # mood: pleased
    Kurt is off across the hall again before Johan can put his glass down. I won't mention cars, he calls over his shoulder. Much.
}
Johan Goossens. We've got a school extension in Bonheiden. Small job. The big offices won't touch it. # speaker: johan # mood: neutral
He turns to you with his full attention, as if the room had emptied.
So: what do you do, when you're not wearing a badge? # speaker: johan # mood: interested # discuss: The client you came for is asking. Pitch, story or question?
* [Your phone portfolio, your fees, and a start date: strike while he's listening # act: pitch # asked: yes # tip1 -1 # tip2 -2 # tip5 +1 # trust: johan -1 # why: He did ask, and he'll know exactly what you offer; but you answer a question about you with a sales deck, and he never gets to tell you about his school.]
    You open the portfolio on your phone and swipe. The care home in Boom. The library in Duffel. Your day rate, your planning, May.
    Johan nods politely, the way you nodded at Kurt's chart.
    Very complete. Send me all that. # speaker: johan # mood: neutral
    ~ pitched_johan = true
    ~ sell += 1
* [Ask about the school: who it's for, and what's wrong with the building now # act: open-question # tip2 +2 # tip4 +1 # trust: johan +1 # why: Asking about his problem before offering yourself as the answer is how you find out whether you are the answer.]
    Tell me about the school. Who is it for, and what's wrong with the building now? # speaker: you
    Two classes in containers, for three years. The head teacher apologises to the parents every September. # speaker: johan # mood: interested
    I grew up two streets from there. # speaker: you
    ~ meet += 1
* [Say in two sentences what you do, then ask about the school # act: say-what-you-do # tip1 +2 # tip5 +1 # trust: johan +1 # why: He asked, so saying plainly what you do is not selling; stopping after two sentences leaves room for his story.]
    I design small buildings that people have to live in for fifty years. Schools, care homes, the jobs big offices don't want. What's yours like? # speaker: you
    Two classes in containers, for three years. # speaker: johan # mood: interested
    ~ meet += 1
- -> site

=== site ===
Johan sips his water and thinks.
{ pitched_johan:
    I'll pass your details on to my son. He does the planning these days. # speaker: johan # mood: neutral
- else:
    Come and see the site. Saturday morning, if an architect works Saturdays. # speaker: johan # mood: pleased
}
Then, almost as an afterthought: My son keeps telling me to look at our payroll provider. You wouldn't know anyone? # speaker: johan # mood: neutral # discuss: Johan asks you for a name. Whose name, and what do you owe Robin?
* [“Robin Maes, over there. We met tonight. Let me introduce you.” # act: introduce # tip3 +2 # tip4 +1 # tip5 +1 # trust: robin +2 # why: Putting two people who can help each other in touch, tonight, with nothing in it for you, is the follow-up that networking is for.]
    Robin Maes, by the bar. Social secretariat. We met tonight. Let me introduce you. # speaker: you
    You walk him over. Robin looks at you as if you had handed over a winning lottery ticket, and then, to their credit, asks Johan about his son.
    ~ meet += 1
    { not pitched_johan:
        ~ site_visit = true
    }
* [“Not really. Can we get back to the school?” # act: decline # tip1 +1 # tip4 -1 # tip5 -1 # why: You stay on your own business, which is fair at a reception; but he asked you for help, and you had the answer standing ten metres away.]
    Not really. But the school: what do the teachers want from it? # speaker: you
    Johan answers, but his eyes go round the room once, the way a man's do when he has asked for something and not got it.
    ~ shut += 1
    { not pitched_johan:
        ~ site_visit = true
    }
* [Promise to send him a name by email this week # act: promise # tip4 +1 # tip5 +1 # why: A kind offer, and it gives you a reason to write to him; but it is only a promise, and the name is standing ten metres away tonight.]
    I'll send you a name this week. # speaker: you
    Johan takes out a pen and writes his mobile number on the back of his card. Then I'll wait for your email. # speaker: johan # mood: pleased
    { not pitched_johan:
        ~ site_visit = true
    }
- -> kurt_asks

=== kurt_asks ===
It's past ten. The jazz trio is packing up. At the coat rack, Kurt is winding a scarf in Voltlease green around his neck.
{ kurt_cut:
    He sees you, and for a second he nearly looks away.
- else:
    He sees you and comes over, without his phone for once.
}
Can I ask you something? Tonight, five people suddenly remembered they had to talk to someone else. You were the first. # speaker: kurt # mood: uneasy
Was it me? # speaker: kurt # mood: uneasy # discuss: Kurt asks you straight. What is the kind answer, and the true one?
* [Tell him honestly: the chart at the door made you run; the story about his son made you stay # act: candour # tip1 +2 # tip5 +2 # trust: kurt +2 # why: He asked, so honesty is a gift now: you tell him what drives people off and what draws them in, in one breath.]
    Honestly? The chart at the door made me run. The story about your son made me stay. You're good company the moment you stop selling. # speaker: you
    He is quiet for a long moment.
    So it's me. Not the cars. # speaker: kurt # mood: uneasy
    Then he laughs, a smaller laugh than his usual one, and puts his card case in his inside pocket.
    ~ kurt_turned = true
    ~ meet += 1
* [“No, no. I had to see someone.” A white lie, and he looks relieved # act: smooth-over # tip1 +1 # tip5 -2 # trust: kurt +1 # why: Kind in the moment, and it spares you both; but he'll pitch the next five people the same way, and you knew why.]
    No, no, not at all. I had to see someone. # speaker: you
    Right! Thought so. # speaker: kurt # mood: pleased
    He pats his pockets for his card case and finds it.
* [“Networking isn't for selling, Kurt. Everyone knows that.” # act: advise # tip1 +1 # tip2 -1 # tip5 -1 # trust: kurt -1 # why: True, and he asked; but a rule with an "everyone knows" on it is a verdict, and verdicts make people defend themselves.]
    Networking isn't for selling, Kurt. Everyone knows that. # speaker: you
    Tell that to my three contracts from last spring. # speaker: kurt # mood: annoyed
    He says it with a smile. The scarf goes on a little tighter.
* [Ask him what would help him at the next one # act: ask-how-to-help # tip4 +2 # tip5 +1 # trust: kurt +2 # why: He came to you with a problem; asking what would help him, instead of giving a verdict, is how a bad first contact becomes a good one.]
    What would help you at the next one, Kurt? # speaker: you
    He frowns, checking the question for a hook. There isn't one.
    Someone who tells me when I'm at it again. A kick under the table. # speaker: kurt # mood: neutral
    I can do that. # speaker: you
    ~ kurt_turned = true
    ~ meet += 1
- -> robin_goodbye

=== robin_goodbye ===
{
    - said_monday:
        On your way to the coat rack you pass Robin. "Monday at ten, then," you say, and you very nearly keep walking.
    - else:
        Robin is by the door, coat half on. Sorry I didn't come back, you say. Old colleagues: once they start...

}
Your phone buzzes. Your accountant, who sent you here: "So? Better than golf? Any clients?" # discuss: Your evening, in one message. And Robin is still standing there.
* [Tell Robin: “Forget Monday. Coffee, some time? Off duty.” # act: invite # tip4 +1 # tip5 +2 # trust: robin +1 # why: You turn a sales call into a meeting between two people who are new in town, and leave the forms for when you actually want to talk about them.]
    { said_monday:
        Actually, Robin, can we forget Monday at ten? Coffee, some time, off duty. If I want to talk about my Fridays, I'll tell you. # speaker: you
    - else:
        Coffee, some time? Off duty. # speaker: you
    }
    Robin grins. I'd like that. Bart will never know. # speaker: robin # mood: pleased
    ~ coffee_robin = true
    ~ said_monday = false
    ~ meet += 1
* [Text your accountant: “Two leads: a builder, and a car guy who owes me.” # act: target # tip1 -1 # tip5 -1 # why: It is the answer an accountant wants; but it files tonight's people as leads, and you start treating them that way on Monday.]
    You type it with your coat half on. The reply is a thumbs-up. Robin waves from the door.
    ~ sell += 1
* [Text your accountant: “No clients. Three people I'd like to see again.” # act: candour # tip1 +1 # tip5 +1 # why: Honest about what tonight was: the start of a few relationships, which take longer than one reception.]
    You send it. The reply: "Better than golf, then." You wave at Robin from the door.
* [Nod to Robin and go: it's late, and you've talked enough # act: exit # tip1 +1 # tip2 -1 # why: Leaving when you are tired is fair; but you walk past the one person tonight who was as new as you, without a word about next time.]
    You nod, and go out into the Mechelen evening.
- -> ending

=== ending ===
{
    - sell >= 4:
        -> three_sellers
    - kurt_turned && meet >= 5 && not said_monday:
        -> open_doors
    - shut >= 2:
        -> closed_doors
    - else:
        -> survived
}

=== three_sellers ===
On the train home you sort the cards in your pocket: Kurt's, Robin's, Johan's, and one from a notary you don't remember.
{ pitched_johan:
    Johan will pass your portfolio to his son. You can already picture it on a pile.
}
{ said_monday:
    On Monday at ten, Robin will ring. You'll say you're busy.
}
You came to meet people, and you spent the evening doing to them what Kurt did to you at the cloakroom. Tonight, you were a hard seller too. # ending: three-sellers # mood: uneasy
-> END

=== open_doors ===
Outside, the Dijle smells of spring and someone's cigarette.
{ site_visit:
    Saturday, Bonheiden, nine o'clock: two classes in containers, and a builder who wants an architect for them.
}
{ coffee_robin:
    A coffee with Robin, off duty.
}
And Kurt, of all people, the man you ran from, sends you a message before you reach the station: "Thanks for the kick. Next time, under the table." # speaker: kurt # via: message # mood: pleased
You didn't sell anything tonight. You turned two pitches into two people, and one of them found you a school. # ending: open-doors # mood: pleased
-> END

=== closed_doors ===
You walk out into the Mechelen evening, right about everything.
Kurt is a hard seller. Robin was working a list. You said no to both, clearly, and you'd say it again.
{ site_visit:
    There's a school in Bonheiden, at least. Johan will be polite about it on Saturday.
}
But you came here because you know nobody in this town, and tonight you closed more doors than you opened. A no to the pitch did not have to be a no to the person. # ending: closed-doors # mood: neutral
-> END

=== survived ===
You walk out into the Mechelen evening with a pocketful of cards and a pleasant tiredness.
{ said_monday:
    Monday at ten, a sales call you never wanted. You'll take it, because you said you would.
}
{ site_visit:
    And Saturday, a school in Bonheiden. That one you wanted.
}
Nobody was offended, and you got away from every pitch. But you dodged them with yeses and brochures, and the people behind them are still strangers. # ending: survived # mood: neutral
-> END

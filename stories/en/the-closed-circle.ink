# title: The closed circle
# summary: A New Year's reception in Leuven where every circle is already talking. Getting in, letting others in, and getting out again without a lie.
# main: tip1
# cast: griet \| Griet Peeters \| HR consultant and board member of the club; welcoming, watches how newcomers behave
# cast: dirk \| Dirk Vandenberghe \| accountant; holds the floor with one story after another
# cast: jonas \| Jonas Janssens \| started a bike-courier cooperative six months ago; shy, sharp, hates receptions
# cast: marcel \| Marcel De Smet \| retired printer; the hall was his printing works; warm, lonely, does not let go
# cast: nathalie \| Nathalie Claes \| head of communications at a social housing company; brisk, warm, short of time
# cast: lien \| Lien Maes \| runs a bakery in Kessel-Lo; her first reception
# ending: white-lies \| The polite escapes
# ending: one-long-talk \| One long conversation
# ending: in-and-out \| In and out
# ending: open-circle \| The open circle

// This scenario's own state; it reads and writes no memory (nothing here continues another story).
// opened counts the moments you let someone into a conversation; lies the white lies you told to leave one.
VAR opened = 0
VAR lies = 0
VAR topped = false
VAR knows_jonas = false
VAR jonas_along = false
VAR stranded = false
VAR stuck = false
VAR marcel_along = false
VAR offered_site = false

-> arrival

=== arrival ===
The old printing works by the Vaartkom is full: two hundred people in their good coats, a string quartet, and trays of cava going round. # scene: reception # sound: glasses
It's the New Year's reception of the Leuven business club. You run a two-person web studio, and this is your first one.
People are kissing cheeks and wishing each other a happy New Year and above all good health. Everyone seems to know everyone.
Nearest to you, six people stand in a tight circle around a man in a tweed jacket. He is telling a story, and they are laughing in the right places.
At the edge of that circle, half in and half out, a young man in a hoodie under his blazer holds his glass with both hands. # discuss: Every circle is already talking. What is a good way into a conversation in full flow?
* [Walk up to the big circle, stand at its edge, and wait for an eye and a gap # act: mingle # tip1 +2 # tip2 -1 # why: It is the way in that respects a talk in full flow; for a while you are audience, catching the end of a story you never heard the start of.]
    You stand at the edge, glass in hand, and laugh a beat late at something about a tow truck.
    A woman in a red scarf notices you, and without breaking her attention to the story, she shifts half a step. There is a gap. You step into it.
* [At the first pause, step in with your hand out and your name # act: say-what-you-do # tip1 -1 # tip5 +1 # trust: dirk -1 # why: They know your name at once, and that counts; but you cut across a story in full flow and make the whole circle stop for you.]
    The man in tweed draws breath. You step in, hand out.
    Sorry to barge in. Happy New Year! I'm new here: I run a small web studio. # speaker: you
    Six faces turn. The storyteller shakes your hand, a little slowly. # speaker: dirk # mood: uneasy
    Happy New Year. Where was I? The tow truck. Right. # speaker: dirk # mood: neutral
* [Go to the young man at the edge and quietly ask what they're talking about # act: open-question # tip1 +1 # tip2 +1 # trust: jonas +1 # why: The person at the edge is a small, safe door; you make one contact at once, but you join the edge of the talk, not the talk.]
    What's the story? # speaker: you
    His car got towed on the night of the mayor's New Year speech. He's on the third version. I'm Jonas. # speaker: jonas # mood: neutral
    ~ knows_jonas = true
    The woman in the red scarf sees the two of you and shifts half a step. There is a gap, big enough for two.
- -> circle

=== circle ===
So there I stand, in my good suit, in the rain, and the man from the tow truck says: "Mister, you're parked on the mayor." # speaker: dirk # mood: pleased
The circle roars. The storyteller bows a little.
Dirk Vandenberghe, accountant. Don't believe half of it. # speaker: dirk # mood: pleased
Griet Peeters. I do HR, and I'm on the board, so I'm obliged to ask: is this your first time? # speaker: griet # mood: interested
There is a pause, the kind a circle leaves for the new person to fill. # discuss: You are in, and the circle is waiting. What is your first contribution?
* [Top it: you have a towing story of your own, and it's a good one # act: self-disclose # tip1 +1 # tip2 -1 # tip5 +1 # trust: dirk -1 # why: It shows you are fun, and they will remember you by it; but a better story than his takes the floor the circle had just given to him.]
    You tell it: Ghent, a wedding, a borrowed car, a tow truck, a bride. It gets a bigger laugh than his.
    Dirk laughs too, a second after everyone else. # speaker: dirk # mood: neutral
    Well. I'll have to find a new story for next year. # speaker: dirk # mood: neutral
    ~ topped = true
* [Ask Dirk whether he ever got the car back # act: follow-thread # tip2 +2 # trust: dirk +1 # why: Going back to his story shows you listened, and he warms to you; the circle stays on Dirk, and nobody learns who you are.]
    And the car? Did you get it back? # speaker: you
    Two hundred and forty euros! And the mayor sent me a New Year's card. I framed it. # speaker: dirk # mood: pleased
* [Say who you are in two sentences: first time, a small web studio # act: say-what-you-do # tip1 +2 # tip2 -1 # trust: griet +1 # why: A plain answer to her question lets people know you and your work; it also moves the talk from Dirk's story to you.]
    First time, yes. I run a web studio with one colleague. We build websites for people who hate websites. # speaker: you
    Griet smiles. Then you've come to the right place. Half this room hates its website. # speaker: griet # mood: pleased
- -> website

=== website ===
Hate it? Mine was built by my nephew in 2012. It still has a visitor counter. It says eleven. # speaker: dirk # mood: pleased
The circle laughs again.
{ knows_jonas:
    Jonas, next to you, hasn't said a word since you came in. He laughs when the others do, a beat late.
- else:
    The young man in the hoodie hasn't said a word. He laughs when the others do, a beat late.
}
Griet looks at her watch: the chairman's speech is in five minutes.
After the speech, come and find me. There's someone you should meet. # speaker: griet # mood: neutral # discuss: Dirk jokes about his website, and that is your trade. What do you do with the opening?
* [“Send me the link: I'll have a look at it this week, no charge” # act: offer-help # tip1 -1 # tip4 +1 # tip5 +1 # trust: dirk +1 # why: Generous and concrete, and he will remember it; but it is your own product, offered across a circle, and for the rest of the evening you are the circle's supplier.]
    Send me the link. I'll have a look this week, no charge. # speaker: you
    Dirk raises his glass. I'll hold you to that. # speaker: dirk # mood: interested
    Griet says nothing, but she has noticed.
    ~ offered_site = true
* [Turn to the quiet young man and ask how he handled his own firm's website # act: open-question # tip1 +1 # tip2 +1 # trust: jonas +2 # why: It brings the person at the edge into the circle; Dirk's joke is left hanging, and you put Jonas on the spot in front of six people.]
    You started a firm recently, didn't you? How did you do your website? # speaker: you
    He goes red. Then: I didn't. We're on Instagram. Bikes photograph well. # speaker: jonas # mood: uneasy
    Dirk: Instagram! My nephew's on Instagram. The circle laughs, and for the first time Jonas laughs at the right moment.
    ~ knows_jonas = true
    ~ opened += 1
* [Laugh along: “Eleven! Is it still counting?” # act: small-talk # tip1 +1 # tip5 +1 # trust: dirk +1 # why: You share the joke and keep the circle light, and that is pleasant company; the chance to go anywhere deeper goes by.]
    Eleven! Is it still counting? # speaker: you
    Twelve, since my mother found it. # speaker: dirk # mood: pleased
- -> jonas

=== jonas ===
A spoon rings on a glass. The chairman speaks: the club's year, a minute's silence for a founding member, a joke about parking that Dirk says was his. # sound: glasses
When the applause dies, the circle has come apart. Griet is on the stage steps with the chairman. Dirk has gone for a refill.
{ knows_jonas:
    Jonas is still next to you.
- else:
    The young man in the hoodie is still next to you. Jonas Janssens, he says. Bike couriers.
}
Honestly? My coach said I had to come. A cooperative, six months old, five riders. I've been standing in that circle for twenty minutes and I think I said “ha” twice. # speaker: jonas # mood: uneasy
I hate these things. # speaker: jonas # mood: uneasy # discuss: Jonas hates receptions and says so. What does he need from you?
* [Tell him the trick: pick a circle, catch an eye, wait for the gap # act: advise # tip1 +1 # tip2 -1 # tip4 +1 # why: It is good advice, and he may use it tonight; but he told you how he feels, and you answered with a lesson.]
    It gets easier. Pick a circle, catch one person's eye, wait for the gap. They always open. # speaker: you
    Right. Thanks. He nods, the way you nod at a dentist explaining flossing. # speaker: jonas # mood: neutral
* [Ask him what would make tonight worth it for him # act: ask-how-to-help # tip2 +1 # tip4 +2 # trust: jonas +1 # why: Asking what would help him, instead of guessing, gives you something real to do for him; it is also a big question to put to someone who is already uncomfortable.]
    What would make tonight worth it for you? # speaker: you
    He thinks about it longer than you expected. # speaker: jonas # mood: neutral
    One person who knows who buys deliveries for the hospital or the housing companies. That's where the work is. And going home before ten. # speaker: jonas # mood: interested
    ~ knows_jonas = true
* [“Me too. Forty minutes, and you're the third person I've really talked to.” # act: self-disclose # tip2 +1 # tip4 -1 # tip5 +1 # trust: jonas +2 # why: Owning up to the awkwardness makes you an ally, and he relaxes; the talk turns to how you both feel, not to what would help him.]
    Me too. Forty minutes, and you're the third person I've actually talked to. # speaker: you
    He laughs, properly. Third? I'm impressed. # speaker: jonas # mood: pleased
    And then, easier: he tells you about the riders, the rain, and the tenders that always go to the big firms.
- -> griet_waves

=== griet_waves ===
Across the hall, Griet waves at you. Next to her stands a woman in a camel coat with a phone in her hand.
That must be the someone you should meet.
Jonas is in the middle of a sentence about cargo bikes. He sees you see Griet. # discuss: Griet is waving and Jonas is mid-sentence. How do you go, and what happens to him?
* [“Sorry, I just need to get a drink,” and go to Griet # act: smooth-over # tip1 +1 # tip5 -2 # trust: jonas -1 # why: Quick, kind-sounding, and it hurts nobody tonight; but it isn't true, he watches you walk straight past the bar, and he is alone again.]
    Sorry, I just need to get a drink. Back in a minute. # speaker: you
    Sure. # speaker: jonas # mood: neutral
    You walk past the bar to Griet. When you glance back, Jonas is looking at his phone, alone under the old crane rail.
    ~ lies += 1
    ~ stranded = true
* [“Come with me. Griet knows everyone; let me introduce you.” # act: introduce # tip1 +1 # tip3 +1 # tip4 +1 # tip5 -1 # trust: jonas +2 # trust: griet -1 # why: Nobody is left standing, and Jonas meets the person who knows everyone; but you bring a guest to an introduction Griet meant for you, without asking her.]
    Come with me. Griet knows everyone. Let me introduce you. # speaker: you
    He hesitates, then follows, glass in both hands.
    Griet, this is Jonas: bike couriers, a cooperative. He's looking for whoever buys deliveries at the hospital. # speaker: you
    Griet looks at Jonas, then at you, and her smile takes a second to arrive. # speaker: griet # mood: neutral
    Jonas. Of course. Come. # speaker: griet # mood: neutral
    ~ jonas_along = true
    ~ opened += 1
* [Tell Jonas plainly that you promised Griet, wish him luck with the tenders, and go # act: exit # tip1 +1 # tip2 -1 # tip5 +1 # trust: jonas -1 # why: Honest and short: that is how you leave; but he is back to standing alone, and you knew he would be.]
    I promised Griet I'd come and find her after the speech. Good luck with the tenders, Jonas. I mean it. # speaker: you
    Yeah. Thanks. Go on. # speaker: jonas # mood: neutral
    He is already looking for somewhere to put his glass.
    ~ stranded = true
* [Wave back at Griet: later. Jonas was in the middle of a sentence # act: decline # tip1 -1 # tip2 +1 # trust: jonas +1 # trust: griet -1 # why: You protect a conversation that was just getting good; Griet's introduction was set up for you, and she doesn't wait twice.]
    You hold up a hand to Griet: one minute. Sorry, go on. Cargo bikes. # speaker: you
    Jonas goes on, and it's good: how his riders beat the vans in the city centre every time. # speaker: jonas # mood: interested
    Ten minutes later, when his coach comes to collect him, Griet is no longer waving.
- -> marcel

=== marcel ===
{ jonas_along:
    Griet has taken Jonas to someone from the hospital. The woman in the camel coat has gone outside to take a call: back in ten minutes, she mouths.
- else:
    When you reach Griet, the woman in the camel coat has just gone outside to take a call. Ten minutes, Griet says, and is pulled away by the chairman.
}
You go to the bar. A hand lands on your arm, light and very firm.
You're new, aren't you? I can always tell. Marcel. De Smet. # speaker: marcel # mood: pleased
He is seventy-something, in a good grey suit, and he does not let go of your arm.
This was my printing works. Forty years. Where the bar is, that's where the Heidelberg stood. Six tonnes. # speaker: marcel # mood: pleased
The young ones flit from circle to circle like bees. I talk to one person all evening. That's how I got every customer I ever had. # speaker: marcel # mood: interested # discuss: Marcel wants an audience, and he believes in one long talk. Is listening to him networking?
* [Ask him what was printed here, and let him tell it # act: follow-thread # tip1 -1 # tip2 +2 # trust: marcel +1 # why: A real conversation with the man who knows the building's history; meanwhile the room, and the woman in the camel coat, go on without you.]
    What did you print here? # speaker: you
    His face opens. Everything! Election posters, the first menu of every restaurant in Leuven, a Bible in Latin, and once, by mistake, ten thousand wedding invitations with the wrong groom. # speaker: marcel # mood: pleased
* [Listen with half an ear, and keep an eye on the door for Griet's guest # act: work-the-room # tip1 +1 # tip2 -2 # trust: marcel -1 # why: You stay ready for the introduction you came for; he feels your eyes leave him, as everyone does.]
    You nod. You say “really?” twice. Your eyes go to the door each time it opens.
    Marcel notices. He holds your arm a little tighter and tells it louder. # speaker: marcel # mood: annoyed
* [Ask him who's who here tonight: he must know everyone # act: open-question # tip1 +1 # tip2 +1 # trust: marcel +1 # why: It honours what he knows and gets you a map of the room; it also makes him a directory rather than a person.]
    You must know everyone here. Who's who? # speaker: you
    Everyone! That one, I printed his father's funeral cards. That one, her first brochure, 1991, she still owes me for the proofs. # speaker: marcel # mood: pleased
- -> marcel_exit

=== marcel_exit ===
Twenty minutes later, Marcel is on his fourth story. It is a good story. It is also very long.
Over his shoulder, you see the woman in the camel coat come back in. Griet catches your eye and taps her wrist.
Marcel's hand is still on your arm. Wait, wait, this is the best part. # speaker: marcel # mood: pleased # discuss: How do you leave someone who won't let go, without lying and without leaving him alone?
* [Look at your phone: “Sorry, I have to take this one” # act: smooth-over # tip1 +1 # tip5 -2 # trust: marcel -1 # why: It works every time and spares his feelings tonight; but there is no call, and a minute later he sees you at Griet's table without a phone at your ear.]
    You take out your phone and frown at it. Sorry, Marcel. I have to take this one. # speaker: you
    Of course, of course. # speaker: marcel # mood: neutral
    A minute later you are laughing at Griet's table. When you look round, Marcel is watching you from the bar, alone.
    ~ lies += 1
* [Wait for a breath, then say it straight: you promised to meet someone, and thank him for the stories # act: exit # tip1 +2 # tip2 -1 # tip5 +1 # why: Honest and warm, and it leaves him his dignity; he is a little hurt anyway, and you never hear the best part.]
    Marcel, I have to stop you there. I promised Griet I'd meet someone, and she's waiting. Thank you for the Heidelberg and the wrong groom. I won't forget that one. # speaker: you
    He lets go of your arm. Go on, then. The young ones always have somewhere to be. # speaker: marcel # mood: neutral
    But as you go, he is already turning to the next person at the bar.
* [Take him along: “Come, I'll introduce you to Griet's guest” # act: introduce # tip1 +1 # tip4 +1 # tip5 -1 # trust: marcel +2 # trust: griet -1 # why: Nobody is left standing, and Marcel is delighted; but you bring the man who won't let go into someone else's first meeting.]
    Come with me, Marcel. I'm meeting someone; you'll like her. # speaker: you
    Marcel beams and takes your arm as if you are escorting him to a wedding. # speaker: marcel # mood: pleased
    Griet sees the two of you coming, and takes a deep breath. # speaker: griet # mood: uneasy
    ~ marcel_along = true
    ~ opened += 1
* [Stay. Walking away from a man his age in the middle of a story would be rude # act: follow-thread # tip1 -1 # tip2 +1 # trust: marcel +1 # trust: griet -1 # why: Kind, and it is what he believes in; but you chose his fourth story over a promise, and Griet stops waiting.]
    You stay. The best part is indeed good: the wrong groom turned up at the wedding.
    When you look up, Griet's guest is putting on her coat, and Griet has turned her back.
    ~ stuck = true
- -> the_edge

=== the_edge ===
{ stuck:
    Marcel has moved on to the printing of the 1985 election. You are still at the bar, and he is still holding your arm.
- else:
    Nathalie Claes, social housing, Griet says, and leaves you to it.
    { marcel_along:
        Nathalie manages a smile at Marcel and a whole sentence to you before he starts on the Heidelberg.
    }
    Our tenants can't use our website on a phone, and most of them only have a phone. I have a budget, no time, and a board that wants it by summer. # speaker: nathalie # mood: interested
    It's the best conversation you've had all evening, and it's the one you came for.
}
{ stranded:
    Across the hall, Jonas is standing by the coats, alone, reading the fire-exit sign.
}
At the edge of your conversation, a woman in a flour-white scarf hovers with a glass of water, waiting for an eye and a gap. It's exactly where you stood two hours ago. # discuss: Now you are inside, and the talk is good. Someone is at the edge. Do you open the circle?
* [Step back half a pace and open the circle to her # act: mingle # tip1 +2 # tip2 -1 # trust: lien +1 # why: It is what someone did for you two hours ago; the conversation you were in loses its thread, and may not find it again.]
    You step back half a pace. She sees the gap and steps into it.
    Lien. Bakery in Kessel-Lo. I've been circling for half an hour. Thank you. # speaker: lien # mood: pleased
    { stuck:
        Marcel is delighted: a new listener. He lets go of your arm to shake her hand.
    - else:
        Nathalie is polite, and glances at her watch.
    }
    ~ opened += 1
* [Keep your shoulders where they are: this talk is finally going somewhere # act: follow-thread # tip1 -1 # tip2 +2 # why: You stay with a conversation that matters; the woman at the edge waits a minute and walks off, the way you almost did.]
    You keep your shoulders where they are. After a minute, the woman with the flour-white scarf puts her glass down and walks off.
* [Open up, and ask her what brought her here tonight # act: open-question # tip1 +1 # tip2 +1 # trust: lien +1 # why: You let her in and give her a way to speak at once; you also hand the conversation to a stranger halfway through.]
    You make room. What brought you here tonight? # speaker: you
    Lien. Bakery in Kessel-Lo. Honestly? My bread supplier said I should. And I want to find the people who buy sandwiches for meetings. # speaker: lien # mood: interested
    ~ opened += 1
- -> coats

=== coats ===
Ten o'clock. The quartet packs up; the staff stack glasses into crates. At the coat rack the queue is ten people long. # sound: door
{ jonas_along:
    Jonas passes you with his coat on. The hospital's purchasing man, next Tuesday. He almost smiles. Thanks. # speaker: jonas # mood: pleased
}
{ offered_site:
    Dirk, in the queue ahead of you: Don't forget my link, web studio! # speaker: dirk # mood: pleased
}
Marcel is at the bar, and Jonas is at the door. # discuss: The evening is over. How do you leave it?
* [Go round before you get your coat: a word for Marcel, a word for Jonas, thanks to Griet # act: exit # tip1 +1 # tip5 +1 # trust: marcel +1 # why: A proper goodbye is how people remember you; it also costs you one last story from Marcel and a later bus.]
    You go round. Marcel holds your hand in both of his. Jonas nods. Griet says: See you at the spring reception, then.
    { lies > 0:
        Marcel's handshake is warm. Whatever he saw, he doesn't mention it.
    }
* [Slip out by the side door: nobody will notice at a reception this size # act: exit # tip5 -1 # why: It is common, and it saves you twenty minutes in the queue; but the people you spent the evening with notice, and Marcel says so to Griet.]
    You slip out by the side door. Behind you, you hear Marcel: Where's the new one gone? # speaker: marcel # mood: uneasy
* [Hand your card to everyone you met on the way out # act: swap-cards # tip1 +1 # tip2 -1 # tip5 +1 # why: Everyone leaves with your name, and that counts for later; a card round at the door is a leaflet run, not a goodbye.]
    You go round with your cards. Dirk takes two. Marcel reads yours at arm's length. Jonas already has your number.
- -> ending

=== ending ===
{
    - lies >= 2:
        -> white_lies
    - stuck:
        -> one_long_talk
    - opened >= 3 && lies == 0 && not stranded:
        -> open_circle
    - else:
        -> in_and_out
}

=== white_lies ===
Outside, the Vaartkom smells of the brewery and of rain.
You got in, and you got out, twice, each time with a sentence that wasn't true.
Nobody said a word about it. Jonas saw you walk past the bar. Marcel saw you at Griet's table without a phone.
Next year they will remember you, and they will remember to keep it short with you. # ending: white-lies # mood: neutral
-> END

=== one_long_talk ===
Outside, the Vaartkom smells of the brewery and of rain.
You know more about the printing of Leuven than anyone under seventy. Marcel will greet you like a son at every reception from now on.
{ stranded:
    You also left Jonas at the edge, and Griet's guest went home without meeting you.
- else:
    Griet's guest went home without meeting you, and Griet won't set it up twice.
}
One long talk is a real conversation. An evening of one long talk you never chose is something else. # ending: one-long-talk # mood: neutral
-> END

=== open_circle ===
Outside, the Vaartkom smells of the brewery and of rain.
Tonight you stood at the edge of a circle, and by the end you were making room at the edge of your own.
{ jonas_along:
    Jonas has a meeting on Tuesday, and nobody was left at the edge by you.
- else:
    A few people got into a conversation tonight because you stepped back half a pace. Nobody was left at the edge by you.
}
It cost you some good minutes of good talk. That's how rooms open up. # ending: open-circle # mood: pleased
-> END

=== in_and_out ===
Outside, the Vaartkom smells of the brewery and of rain.
You got into a closed circle on your first night, and you got out of a few conversations too.
{
    - stranded:
        On the bus you think of Jonas by the coats, reading the fire-exit sign. You were the person who knew he was alone.
    - opened > 0:
        Nobody was left standing because of you, and once or twice someone got into a conversation because you made room.
    - else:
        Nobody was left standing because of you. But you can't name one person who got into a conversation because of you, either.
}
{ lies == 1:
    One of your exits was a sentence that wasn't true, and the person you said it to saw through it.
}
Getting in is half of it. Letting others in is the other half. # ending: in-and-out # mood: neutral
-> END

# title: A referral you can't vouch for
# summary: The business club's summer drink in Mechelen. A likeable contact asks you to walk him over to your best client, and your best client tells you what your last recommendation cost her. Your word is worth eleven years: spend it, guard it, or mend it.
# main: tip5
# cast: thomas \| Thomas Verlinden \| started his own recruitment agency for technical trades eight months ago; funny, quick, remembers everyone's children's names
# cast: karolien \| Karolien Verbist \| managing director of Verbist Keukens in Duffel, eighty-five staff; your client for eleven years; precise, loyal, hates surprises
# cast: niels \| Niels Verhoeven \| freelance web developer who built your own website; gifted, overstretched, goes quiet when ashamed
# ending: the-name-she-asks \| Still the name she asks for
# ending: repaired \| Repaired, not forgotten
# ending: one-of-several \| One supplier among several

// Memory from hard-seller: whom you promised Johan an introduction, and whether you met Kurt there.
// Read only: they are why Thomas thinks of you as the club's connector.
VAR mem_promised_intro = ""
VAR mem_met_hard_seller = false

// How Thomas first asked and what you did: "walked", "asked", "not-yet" or "card".
VAR stance = ""
// Where Thomas stands after the garden: "praised" or "honest" (introduced by you, with or without
// a label), "ask-her", "later" (a coffee and two references), "vague", "none" or "card".
VAR framing = ""
VAR with_thomas = false
VAR knows_work = false
// What Karolien heard from you about Thomas: "honest", "blind" or "none"; later also "checked" or "small".
VAR referred = "none"
// How Karolien reads you; the ending follows from it.
VAR karolien = 0
VAR blamed = false
VAR promised_noon = false
VAR pitched_fix = false
VAR cc_karolien = false
VAR second_name = false
VAR left_it = false
VAR niels_plan = false
VAR took_server = false
VAR told_baby = false
VAR nudged = false
VAR asked_favour = false

-> garden

=== garden ===
Thursday in June, half past seven. The garden of Hof van Busleyden in Mechelen: the business club's summer drink, a hundred and fifty people on the gravel, a bar under the arcade, and a string quartet that has stopped competing with the conversation. # scene: garden # sound: glasses
You run a small IT firm: you and four technicians keep the laptops, networks and backups of forty small companies running.
By the fountain, in a linen jacket, a glass of white in her hand: Karolien Verbist. Verbist Keukens in Duffel, eighty-five staff, your client for eleven years. She has sent you three of your other clients. When Karolien says someone is good, people in this garden believe her. It took two years before she knew your name, five before she believed what you told her, and eleven before she sent people to you.
Thomas Verlinden finds you before you've finished your first glass.
There he is. My favourite IT man. # speaker: thomas # mood: pleased
You have met Thomas at three club evenings. He is funny and quick, and he remembers your children's names. Eight months ago he left a big staffing agency and started his own: Verlinden Technical Recruitment. Fitters, electricians, mechanics.
{ mem_promised_intro != "":
    Johan Goossens tells everyone you're the one who put him and his architect together. The great connector! # speaker: thomas # mood: pleased
- else:
    { mem_met_hard_seller:
        Kurt Mertens says you're the only person at the club who walked away from him without a car. That's a recommendation, coming from Kurt. # speaker: thomas # mood: pleased
    }
}
He follows your eyes to the fountain.
Karolien Verbist. Her vacancy for kitchen fitters has been online for five months. I've got two fitters who could start on Monday. # speaker: thomas # mood: interested
You've known her for a hundred years. Walk me over? Two minutes. You'd be doing her a favour. # speaker: thomas # mood: pleased # discuss: He wants your best client, tonight, on your word. What is your word worth, and what do you actually know?
* [Walk him over now: she needs fitters, he has fitters, and she's right there # act: introduce # tip1 -1 # tip4 +1 # tip5 -1 # trust: thomas +1 # why: Her vacancy is real and his fitters may be too, so it looks like help for both; you would be lending him eleven years of her trust on the strength of three evenings at the bar.]
    ~ stance = "walked"
    "Come on, then." You put your glass on the rim of the fountain basin. Thomas straightens his collar. # speaker: you
    -> second.walking
* [Ask about his work first: one placement that went well, and one that didn't # act: open-question # tip2 +2 # tip5 +1 # why: You can only vouch for what you know, and you know him from the bar; at a party, a question like that can also feel like a test.]
    ~ stance = "asked"
    "Before I walk anyone anywhere: tell me about a placement that went well. And one that didn't." # speaker: you
    -> second.asking
* [Tell him straight: you like him, but you've never seen his work, so not tonight # act: decline # tip1 +1 # tip4 -1 # tip5 +1 # trust: thomas -1 # why: Honest, and it protects her evening; he hears a no from someone he took for a friend, and nothing yet that could turn it into a yes.]
    ~ stance = "not-yet"
    "Thomas, I like you. But I've never seen you work, and she'd hear my name before yours. Not tonight." # speaker: you
    -> second.refused
* [Give him her card from your wallet: he can call her office tomorrow and say you sent him # act: introduce # tip3 +1 # tip4 +1 # tip5 -1 # trust: thomas +1 # why: Quick for him and no awkward moment for you; she gets a call from a stranger with your name on it, and you will never know what he said.]
    ~ stance = "card"
    You find one of her cards behind your own. "Call her office tomorrow. Say I sent you." # speaker: you
    You're a gem. # speaker: thomas # mood: pleased
    -> second.carded

=== second ===
= walking
Halfway across the gravel, Thomas leans towards you.
Just tell her I'm the best. I'll do the rest. # speaker: thomas # mood: pleased # discuss: How do you introduce someone whose work you have never seen to the client who trusts your word most?
* [Introduce him as the man who'll solve her fitter problem # act: introduce # tip4 +1 # tip5 -1 # trust: thomas +1 # why: Warm and confident, and it gets her attention; it is a promise about his work made in your name, and you have never seen his work.]
    ~ framing = "praised"
    ~ with_thomas = true
* [Say exactly what you know: a friend from the club, new on his own, whose work you haven't seen # act: introduce # tip3 +1 # tip5 +2 # trust: thomas -1 # trust: karolien +1 # why: A qualified introduction lets her judge him for herself and keeps your word worth something; Thomas hoped for more than "a friend from the club".]
    ~ framing = "honest"
    ~ with_thomas = true
    ~ karolien += 1
* [Stop on the gravel: you'd rather ask her first, alone, whether she wants to meet a recruiter at all # act: introduce # tip4 +1 # tip5 +1 # tip1 -1 # trust: thomas -1 # why: Asking first is how a good introduction starts; stopping halfway, in full view, tells Thomas you doubt him, and her fitters wait another evening.]
    ~ framing = "ask-her"
    "Wait here a minute. Let me ask her first." # speaker: you
    Thomas stops, still smiling, and looks at his shoes.
- -> fountain

= asking
Thomas answers without a pause.
Went well: a fitter for a kitchen studio in Lier. Still there after six months, and they've given me two more vacancies. # speaker: thomas # mood: pleased
Didn't: an electrician who walked out after two weeks. The client was furious. I found a replacement and didn't charge for it. # speaker: thomas # mood: uneasy
Honestly? Eleven placements since I started. I'm good at this. I just can't prove it yet. # speaker: thomas # mood: neutral
~ knows_work = true
He nods towards the fountain. So? # speaker: thomas # mood: interested # discuss: He answered well, and honestly. Is that enough to put your name behind him?
* [Walk him over, and say exactly what you know and what you don't # act: introduce # tip3 +1 # tip4 +1 # tip5 +1 # trust: thomas +1 # trust: karolien +1 # why: A good answer earns him an introduction, and the label lets her judge the rest; it still puts your name beside someone you know from two stories.]
    ~ framing = "honest"
    ~ with_thomas = true
    ~ karolien += 1
* [Ask Karolien first, alone, whether she wants to meet a recruiter at all # act: introduce # tip3 +1 # tip5 +1 # tip1 -1 # trust: thomas -1 # why: She can say no without anyone losing face; Thomas waits at the bar after a good answer, and wonders what else you wanted.]
    ~ framing = "ask-her"
    "Give me a minute with her first. If she's interested, I'll wave." # speaker: you
    Thomas raises his glass and drifts back towards the bar.
* [Not yet: a coffee next week, and the names of two clients you may call # act: decline # tip2 +1 # tip4 -1 # tip5 +1 # trust: thomas +1 # why: A not-yet with a road to yes keeps both of them safe; her fitters wait another week, and he has to prove himself to someone he took for a friend.]
    ~ framing = "later"
    "Not tonight. Coffee next week? Bring me two clients I can call, and then I'll introduce you properly." # speaker: you
    Homework. Fair enough. # speaker: thomas # mood: neutral
* [He's honest and good: walk him over as "the recruiter she's been waiting for" # act: introduce # tip4 +1 # tip5 -1 # trust: thomas +1 # why: He answered well, so the praise feels earned; two good stories are still not what she will hear in "the recruiter she's been waiting for".]
    ~ framing = "praised"
    ~ with_thomas = true
- -> fountain

= refused
Thomas's smile holds, but his glass stops halfway to his mouth.
Right. No, of course. I thought we were... never mind. # speaker: thomas # mood: uneasy # discuss: You said no. How do you say no to an introduction without closing the door on the person?
* [Tell him what would change your mind: a coffee next week, and two clients you may call # act: invite # tip4 +1 # tip5 +2 # trust: thomas +1 # why: A no with a road to yes tells him it's about what you know, not about him; it also costs you a morning, and her fitters another week.]
    ~ framing = "later"
    "It's not about you. I just don't know your work. Coffee next week? Bring me two clients I can call." # speaker: you
    Homework. All right. That's fair, actually. # speaker: thomas # mood: neutral
* [Soften it: you'll mention him to her when the moment is right # act: smooth-over # tip1 +1 # tip5 -1 # trust: thomas +1 # why: It ends the awkward moment, and he smiles again; it is a promise you don't mean to keep, and he will hold you to it.]
    ~ framing = "vague"
    "Look, I'll mention you to her. When the moment's right." # speaker: you
    You're a star. # speaker: thomas # mood: pleased
* [Leave it at that: a no is a no # act: decline # tip1 +1 # tip4 -1 # tip5 -1 # trust: thomas -1 # why: Clear, and you owe him nothing; he leaves with nothing to work on, and with the feeling that the door between you is shut.]
    ~ framing = "none"
    Thomas raises his glass an inch, and goes to find someone else. # leave: thomas
- -> fountain

= carded
Thomas slides the card into his inside pocket and is off towards the bar, already waving at someone. # leave: thomas
At the fountain Karolien laughs at something. Tomorrow at nine, her office will get a call with your name in it. # discuss: He has her card and your name. What does she need to know, and from whom?
* [Go and tell her yourself: a recruiter will call, and what you do and don't know about him # act: introduce # tip3 +1 # tip5 +1 # trust: karolien +1 # why: She hears it from you first, with the label on; you are also announcing a call you can no longer stop.]
    ~ framing = "honest"
    ~ karolien += 1
* [Text Thomas: please hold the call until you've asked her # act: repair # tip3 +1 # tip5 +1 # trust: thomas -1 # why: Taking back a careless yes, before it lands, is the cheapest repair there is; Thomas reads it at the bar and wonders why you changed your mind.]
    ~ framing = "ask-her"
    "Hold the call till I've asked her, OK? Give me a day." # speaker: you
    Three dots, then: "Sure thing."
* [Leave it: she is perfectly able to say no on the phone # act: wait # tip1 +1 # tip3 -1 # why: True, and nothing to do tonight; she will hear your name from a stranger, and say no to you as much as to him.]
    ~ framing = "card"
- -> fountain

=== fountain ===
{ with_thomas:
    Karolien sees the two of you coming and lifts her glass.
    { framing == "praised":
        "Karolien, this is Thomas Verlinden. Your fitter problem? This is the man who'll solve it." # speaker: you
        Thomas shakes her hand a beat too long. # mood: karolien neutral
    - else:
        "Karolien, Thomas Verlinden. We know each other from the club, and I like him. He's been on his own for eight months, recruiting fitters and electricians. I haven't seen his work myself." # speaker: you
        Thomas gives you a look, and then her a firm handshake. # mood: karolien interested
    }
- else:
    Karolien sees you coming and lifts her glass.
    Good. You. I was going to call you tomorrow. # speaker: karolien # mood: neutral
}
Niels Verhoeven. Your web man. # speaker: karolien # mood: annoyed
Our dealer portal. I paid him nine thousand euros in March, he promised it for the first of May. It's the twentieth of June, and he hasn't answered a mail in three weeks. # speaker: karolien # mood: annoyed
I took him because you said he was the best you knew. "You can't go wrong," you said. # speaker: karolien # mood: uneasy
{ with_thomas:
    Thomas studies the fountain with great interest.
}
You did say it. Niels built your own website three years ago, quickly and well, and you have told half the club so. # discuss: A referral of yours has let your best client down, and she tells you at a party. What do you say first?
* [Own it: you recommended him more warmly than you should have; you'll find out what's going on and call her tomorrow before noon # act: repair # tip3 +1 # tip5 +2 # trust: karolien +1 # why: No excuse, and a time she can hold you to: that is how a repair starts; it is also a promise about someone else's work, made before you know what happened.]
    ~ promised_noon = true
    ~ karolien += 1
    "I said that, and I said it too easily. I'll find out what's going on, and I'll call you tomorrow before twelve." # speaker: you
    Before twelve. # speaker: karolien # mood: neutral
* [Tell her you're as surprised as she is: he was always reliable with you, and he's let you down too # act: smooth-over # tip1 +1 # tip5 -2 # trust: karolien -1 # why: It's true, and it gets everyone through an awkward moment at a party; it makes you one more victim of Niels, and she didn't ask whose fault it was.]
    ~ blamed = true
    ~ karolien -= 1
    "Honestly, I'm as surprised as you. He was always reliable with me. He's let me down too." # speaker: you
    Hm. # speaker: karolien # mood: uneasy
* [Offer your own team: you'll finish the portal, at cost # act: offer-help # tip1 -1 # tip4 +1 # tip5 -1 # why: Generous, and it might fix her problem by autumn; you don't build websites, and a sale made in the minute she is angry about your last recommendation is still a sale.]
    ~ pitched_fix = true
    "Let my team finish it. At cost. We'll sort it." # speaker: you
    You build websites now? # speaker: karolien # mood: neutral
    Not exactly. You'd find someone. You hear yourself and stop.
* [Ask what exactly is missing, and when she last heard from him # act: follow-thread # tip2 +2 # tip4 +1 # why: Knowing what's wrong is how you can help; she wanted to hear what you will do, and gets questions.]
    "What's missing, exactly? And when did you last hear from him?" # speaker: you
    The link with our stock system, the dealer logins, all of it. Last mail: the second of June. "Nearly there." # speaker: karolien # mood: annoyed
- -> fitters

=== fitters ===
Karolien empties her glass and puts it on a passing tray.
{ with_thomas:
    She looks from you to Thomas.
    So. Is he any good? Would you hire him, if you were me? This time. # speaker: karolien # mood: interested
- else:
    And my fitters. Five months, that vacancy. # speaker: karolien # mood: uneasy
    You know everyone. A recruiter? One you'd actually vouch for, this time. # speaker: karolien # mood: interested
    { framing == "ask-her":
        Across the garden, Thomas is waiting at the bar, pretending not to watch.
    }
    { framing == "card":
        Somewhere in Thomas's inside pocket is her card, with your name attached.
    }
    { framing == "honest":
        You came over to tell her about the card in Thomas's pocket. She has just made it a harder thing to say.
    }
}
She waits for your answer. # discuss: She asks you, straight after Niels, to vouch for someone again. What can you honestly say?
* [Say exactly what you know and what you don't, and suggest one vacancy to start, not five # act: candour # tip2 +1 # tip4 +1 # tip5 +2 # trust: karolien +1 # why: A referral with its limits on is one she can weigh, and your word keeps its value; it is less than she hoped for, and it is Thomas's first chance at her on a label of "probably".]
    ~ referred = "honest"
    ~ karolien += 1
    { with_thomas:
        { knows_work:
            "I know him from the club. He's honest: he told me about a placement that went wrong before I'd finished asking. I haven't seen his work. I'd give him one vacancy, not five." # speaker: you
        - else:
            "I know him from the club, and I like him. That's all I know. I haven't seen his work. I'd give him one vacancy, not five." # speaker: you
        }
        Thomas nods slowly. That's fair. One vacancy. # speaker: thomas # mood: neutral
    - else:
        { knows_work:
            "There's one who asked me tonight: Thomas Verlinden, eight months on his own. He told me about one placement that went well and one that didn't, without being asked twice. I haven't seen his work. If you try him, try him on one vacancy." # speaker: you
        - else:
            "There's one who asked me tonight: Thomas Verlinden, eight months on his own. He's likeable and, I think, honest. I haven't seen his work. If you try him, try him on one vacancy." # speaker: you
        }
    }
    One vacancy. That, I can do. # speaker: karolien # mood: neutral
* [Vouch for him fully: he's great, and she won't regret it # act: introduce # tip1 -1 # tip4 +1 # tip5 -1 # trust: thomas +1 # why: After Niels you want to bring her a win, and he may well be one; you are making the same sentence you made about Niels, about someone you know even less.]
    ~ referred = "blind"
    { with_thomas:
        "He's great. You won't regret it." # speaker: you
        Thomas beams. I'll send you profiles tomorrow morning. # speaker: thomas # mood: pleased
    - else:
        "Thomas Verlinden. He's great, you won't regret it. I'll tell him to call you." # speaker: you
    }
    Karolien looks at you for a moment longer than usual. That's what you said last time. # speaker: karolien # mood: neutral
* [Not tonight: after Niels, you won't recommend anyone you don't know well # act: decline # tip1 +1 # tip4 -1 # tip5 +1 # trust: thomas -1 # why: Honest about where your word stands, and it protects her; she asked for help with a real problem, and goes home with none.]
    ~ referred = "none"
    "After Niels, I'd rather not give you a name I can't stand behind. Not tonight." # speaker: you
    Fair. # speaker: karolien # mood: neutral
    { with_thomas:
        Thomas finds he needs something at the bar. # leave: thomas
    }
- Karolien's husband waves from the gate. She kisses you on one cheek, as she has for eleven years, and goes. # leave: karolien
-> morning

=== morning ===
Friday, half past eight. Your office above the print shop on the Bruul; two technicians on the phone, the smell of the first coffee. # scene: office
{ promised_noon:
    You promised Karolien a call before twelve.
}
You call Niels. Voicemail. His last post online is three weeks old: a photo of a very small sock. # sound: phone-ring
Somewhere in a spreadsheet, a portal is seventy percent of something. # discuss: Niels has gone quiet on your best client. How do you reach him, and what for?
* [Leave a message with no reproach in it: you'd like to hear how he is, and what's going on # act: repair # tip2 +1 # tip3 +1 # tip5 +1 # trust: niels +1 # why: People who go quiet out of shame answer the call that doesn't accuse them; it also means a morning of waiting while Karolien waits too.]
    "Niels, it's me. No lecture. I'd just like to know how you are, and what's going on with Verbist. Call me." # speaker: you
* [Email him with Karolien in copy: she is waiting, and he must contact her today # act: candour # tip3 +1 # tip5 -1 # trust: niels -1 # trust: karolien +1 # why: Fast, on the record, and Karolien sees you act; it shames him in front of the client he already can't face, and shame is why he stopped answering.]
    ~ cc_karolien = true
    ~ karolien += 1
    "Niels, Karolien Verbist has been waiting three weeks for news of her portal. Please contact her today." Send.
* [Leave it to them: it's their contract, not yours # act: wait # tip1 +1 # tip3 -2 # trust: karolien -1 # why: It is their contract, and you're not his manager; you put him in her office, and she is waiting for you as much as for him.]
    ~ left_it = true
    ~ karolien -= 1
    You put the phone down and open the ticket queue. It's their contract.
* [Skip Niels: send Karolien the name of another web developer today # act: introduce # tip3 +1 # tip4 +1 # tip5 -1 # why: Quick, and it might solve her problem; it's a second recommendation to the same client, the day after the first one failed, on no more knowledge than the first.]
    ~ second_name = true
    You mail Karolien the name of a web agency in Leuven that a client of yours once mentioned. You've never worked with them.
- -> niels

=== niels ===
{ left_it:
    At four o'clock your phone rings. Niels. Karolien has called him six times today, and left a message that mentioned a lawyer. # sound: phone-ring
- else:
    At eleven, your phone rings. Niels. # sound: phone-ring
}
I know. I know. I'm sorry. # speaker: niels # mood: uneasy # via: phone
Our daughter came seven weeks early, in April. We've been in and out of the neonatal unit since. The portal's seventy percent done. And every day I didn't write to her, it got harder to write. # speaker: niels # mood: uneasy # via: phone
{ cc_karolien:
    And then your mail, with her in copy. I read it in the hospital car park. # speaker: niels # mood: annoyed # via: phone
}
{ pitched_fix:
    She says you offered to take it over yourself. Is that what you want? # speaker: niels # mood: annoyed # via: phone
}
{ second_name:
    And she's talking to an agency in Leuven now. Fine. I'd do the same. # speaker: niels # mood: uneasy # via: phone
}
You can hear a hospital lift behind him. # discuss: He is ashamed, and your name is on his failure. What do you do with what he has told you?
* [Help him make a plan he can keep, and have him call Karolien himself today; you'll join the call if she wants # act: repair # tip3 +2 # tip4 +1 # tip5 +1 # trust: niels +1 # why: He owns his part and you own yours, and she hears it from the person who owes her the portal; it also keeps you on the hook for a plan that is his.]
    ~ niels_plan = true
    You make the plan together: the stock link first, the logins second, a test version in two weeks. He writes it down. He'll call her at two.
* [Tell him plainly what this has cost you with your best client # act: candour # tip2 +1 # tip5 -1 # trust: niels -1 # why: It's true, and he should know what his silence did; he knows already, and it won't write a line of code.]
    "Niels, she's been my client for eleven years. She took you on my word." A silence on the line. # speaker: you
    I know. # speaker: niels # mood: uneasy # via: phone
* [Take the server part off him: your technicians will do the hosting and the stock link, free # act: offer-help # tip4 +2 # tip5 -1 # trust: niels +1 # why: Generous, and it may get the portal finished; you are now carrying his project on your name a second time, for nothing, without a say in the rest of it.]
    ~ took_server = true
    Your two technicians groan, and then start reading his code.
* [Say you'll explain it all to Karolien for him, so he can get back to work # act: smooth-over # tip1 +1 # tip3 -1 # tip5 -1 # trust: niels +1 # why: It spares a tired man a hard call; it keeps you standing between them, and she still hasn't heard a word from the person she paid.]
    "Leave Karolien to me. You write code." # speaker: you
    Thank you. God. Thank you. # speaker: niels # mood: pleased # via: phone
- -> call_karolien

=== call_karolien ===
{ promised_noon:
    Five to twelve. You call Karolien, as promised. # sound: phone-ring
- else:
    In the afternoon, you call Karolien. # sound: phone-ring
}
Well? # speaker: karolien # mood: neutral # via: phone # discuss: What do you tell your best client about a referral of yours that failed her, and what do you keep out of it?
* [What you know, what happens next and by when, and that you praised him too easily; his private news is his to tell # act: repair # tip3 +2 # tip5 +2 # trust: karolien +1 # why: Facts, dates and your own part, without blame: a repair she can check; it also means she doesn't learn why he went quiet, and may think the worst of him.]
    ~ karolien += 1
    "He's had a hard spring, and he'll tell you himself. {niels_plan:He'll call you at two with a plan: the stock link first, a test version in two weeks.|He's going to finish it; I'll make sure you get dates.} And Karolien: I said 'you can't go wrong'. I shouldn't have said it like that." # speaker: you
    Thank you for saying that last bit. # speaker: karolien # mood: neutral # via: phone
* [Tell her about the premature baby, so she understands # act: smooth-over # tip1 +1 # tip5 -2 # trust: niels -1 # why: It is true, and it will soften her; it is his private news, told to his client by you, and it makes you both look better at his expense.]
    ~ told_baby = true
    "His daughter was born seven weeks early. He's been at the hospital. That's what's behind it." # speaker: you
    Oh. Oh, that's awful. Why didn't he just say so? # speaker: karolien # mood: uneasy # via: phone
* [Offer her a month of your own IT support free, to make up for it # act: repair # tip3 +1 # tip5 -1 # why: A gesture that costs you, so it feels like owning it; it puts a price on her trust, and her portal is no closer.]
    "And to make up for it: your July support is on us." # speaker: you
    That's not what I need from you. But thank you. # speaker: karolien # mood: neutral # via: phone
- -> week

=== week ===
A week later. # sound: message
{
    - referred == "honest" || referred == "blind" || framing == "card":
        -> week.inside
    - else:
        -> week.outside
}

= inside
{ framing == "later":
    The coffee with Thomas never happened: Karolien called him first.
}
{ referred == "blind":
    A message from Thomas, at seven in the morning.
    She's not answering! I sent her twelve profiles on Friday and called two of her team leaders to ask what they need. Could you give her a nudge? One text from you and I'm in. And can I put "recommended by you" on my website? # speaker: thomas # mood: interested # via: message
- else:
    { framing == "card" && referred == "none":
        A message from Thomas, at seven in the morning.
        Called Verbist Keukens on Friday and said you sent me. Got her assistant, twice. Could you give Karolien a nudge? One text from you and I'm in. # speaker: thomas # mood: interested # via: message
    - else:
        A message from Thomas, at seven in the morning.
        She gave me one vacancy! One fitter, Duffel workshop. I've sent her three profiles. Could you give her a nudge so she looks at them this week? And can I put "recommended by you" on my website? # speaker: thomas # mood: pleased # via: message
    }
}
Your name, once more, with a smiley after it. # discuss: He is in, or half in, and he wants more of your name. How much more do you give?
* [Tell him how she works: one vacancy done well, nothing she didn't ask for; and your name stays off his website # act: advise # tip2 -1 # tip4 +1 # tip5 +1 # trust: thomas -1 # why: It is the most useful thing you know about her, and it keeps your word where you can see it; he asked for a nudge, and gets a lesson.]
    "She's precise. One vacancy, done well, is worth more than twelve profiles. Don't call her team leaders. And no: my name stays off the website, for now." # speaker: you
    Got it. Slower. Fine. # speaker: thomas # mood: neutral # via: message
* [Nudge her for him: a quick text, "give Thomas a chance" # act: ask-referral # tip1 -1 # tip4 -1 # tip5 -2 # trust: thomas +1 # trust: karolien -1 # why: It costs you one text, and he may be good; you are spending her goodwill a second time in a week, to speed up a man she is already considering.]
    ~ nudged = true
    ~ karolien -= 1
    "Karolien, give Thomas a chance. He's keen!" Read at 9:14. No answer.
* [Stay out of it: it's between them now # act: wait # tip1 +1 # tip3 -1 # why: He's an adult and so is she; what he does with your introduction still carries your name, and you have just seen him do it fast.]
    You don't answer. It's between them now.
- -> three_weeks

= outside
{ framing == "later":
    Café De Zwaan, on the Vismarkt, eight in the morning. Thomas is early, with two names on a napkin: the kitchen studio in Lier, and a garage in Bonheiden. # scene: cafe
    I called them both last night so they'd expect you. Is that allowed? # speaker: thomas # mood: uneasy
- else:
    { framing == "vague":
        A message from Thomas, at seven in the morning.
        So? Did the moment come? # speaker: thomas # mood: interested # via: message
    - else:
        At the club breakfast, Thomas is at the other end of the table. He nods at you, politely, and talks to someone else. Afterwards he stops by your chair. # scene: breakfast-room
        No hard feelings. But if you ever do want to see my work, I'm easy to find. # speaker: thomas # mood: neutral
    }
}
He still wants Karolien. # discuss: He still wants the introduction. What would you need to know before you give it, and how big should it be?
* [Call two of his clients first, then write Karolien an introduction that says what you found and what you didn't # act: introduce # tip3 +2 # tip4 +1 # tip5 +1 # trust: thomas +1 # trust: karolien +1 # why: Now you can vouch for what you've checked, and say so; it took a week, and the vacancy is six months old.]
    ~ referred = "checked"
    ~ karolien += 1
    The kitchen studio in Lier: "He listens, and he came back for free when one didn't work out." The garage: "Fast. Maybe too fast." You put both sentences in the mail to Karolien, and one vacancy as the suggestion.
* [He's waited long enough: introduce him to her as highly recommended # act: introduce # tip3 +1 # tip5 -1 # trust: thomas +1 # why: He's been patient, and you did say you'd help; "highly recommended" is still a sentence about work you haven't seen, and she knows what your last one was worth.]
    ~ referred = "blind"
    "Karolien, meet Thomas Verlinden: highly recommended." Send.
* [Introduce him first to a smaller client of yours with one vacancy, where a miss costs less # act: introduce # tip3 +1 # tip4 +2 # tip5 +1 # trust: thomas +1 # why: A fair first step that lets him show his work where you can watch it; he wanted Karolien, and may hear "not good enough for her yet".]
    ~ referred = "small"
    You introduce him to Ria, who runs a plumbing firm with nine staff and one empty van. "I haven't seen his work," you write. "You'll be the first I ask."
- -> three_weeks

=== three_weeks ===
Three weeks later. # scene: office
{
    - niels_plan || took_server:
        The dealer portal goes live on a Tuesday. Niels sends you a screenshot and one line: "Live. She shook my hand. Thank you for not shouting." # sound: message
    - else:
        The portal is "nearly there" again. Niels mails Karolien on Fridays now, at least.
}
{ told_baby:
    Niels mentions, in passing, that Karolien sent a card for the baby. He never told her. He doesn't ask how she knew.
}
{
    - referred == "checked" || referred == "small" || (referred == "honest" && not nudged):
        Thomas has placed one fitter. {referred == "small":At Ria's plumbing firm, for now; she's already asked him for a second.|In Duffel. The man is still there.}
    - referred == "blind" || nudged:
        Karolien's HR manager has asked Thomas to stop calling the workshop. Thomas tells you so himself, a little hurt.
    - else:
        You hear nothing from Thomas about Verbist Keukens, and you don't ask.
}
You haven't spoken to Karolien since the call in June. # discuss: The dust has settled. What, if anything, do you do with Karolien now?
* [Call her to ask how the portal is working, and nothing else # act: follow-up # tip3 +2 # tip5 +1 # trust: karolien +1 # why: Following up on the repair shows it was about her, not about your reputation; it is one more call in a busy week, about something she'd rather forget.]
    ~ karolien += 1
    { niels_plan || took_server:
        She laughs on the phone. "The dealers love it. Three of them logged in at midnight. Who does that?" # sound: phone-ring
    - else:
        "Still not live. But thank you for asking. You're the only one who does." # sound: phone-ring
    }
* [She's pleased with you again: ask her to put you in touch with her worktop supplier, whose IT she always complains about # act: ask-referral # tip1 -1 # tip4 -1 # tip5 -1 # trust: karolien -1 # why: She is in a good mood and she has done it three times before; you'd be asking her to spend her word the month after you nearly spent yours.]
    ~ asked_favour = true
    ~ karolien -= 1
    She says she'll think about it. Karolien never thinks about anything: she decides.
* [Leave it: no news is good news # act: wait # tip1 +1 # tip3 -1 # why: Nobody likes to be reminded of a mess; but the last thing she heard from you was about the mess.]
    You leave it. She'll call if something's wrong.
- -> autumn

=== autumn ===
October. Karolien calls on a Monday morning. # sound: phone-ring
We're opening a showroom in Mechelen. I need an electrician for the fit-out. You know people. # speaker: karolien # mood: interested # via: phone
She waits. You think of Niels, and of "you can't go wrong". # discuss: Your best client asks you for a name again. What does a good recommendation sound like this time?
* [Name the one you have worked with for years, and say what he is good at and what he is not # act: introduce # tip3 +1 # tip4 +2 # tip5 +2 # trust: karolien +1 # why: A name with its limits on, from someone who has seen the work: that is what makes a referral worth taking; it is also your word, on the line again.]
    ~ karolien += 1
    "Frank Wellens. He wired our office and three of my clients. Excellent on the job, terrible at quotes: ask for it in writing. I'll tell him you'll call." # speaker: you
    In writing. Noted. # speaker: karolien # mood: pleased # via: phone
* [Give her three names and let her choose: that way it's not all on you # act: introduce # tip4 +1 # tip5 -1 # why: She gets choice, and you carry less risk; she asked for the one you'd stand behind, and three names are a list she could have found herself.]
    "Three names. I'll mail them. See who you like." # speaker: you
    Right. Three. # speaker: karolien # mood: neutral # via: phone
* [Say you don't know one well enough to recommend: better no name than a wrong one # act: decline # tip4 -1 # tip5 +1 # why: Honest after Niels, and safe; you do know a good electrician, and she went without help because you were still afraid.]
    "I'd rather not give you a name this time." # speaker: you
    That bad, was it? All right. # speaker: karolien # mood: neutral # via: phone
- -> ending

=== ending ===
{
    - karolien >= 4 && not blamed && not nudged:
        -> the_name_she_asks
    - karolien >= 1:
        -> repaired
    - else:
        -> one_of_several
}

= the_name_she_asks
{ referred == "checked" || referred == "honest" || referred == "small":
    Thomas sends you a bottle of wine at Christmas, with a card: "For the most annoying introduction I ever got. It worked."
}
In November, Karolien calls again. Not for a name this time: she has given yours. A cabinet maker in Mechelen, twelve staff, whose server died on a Sunday. "I told him you'd tell him straight what you can't do," she says. "That's the only reason anyone should listen to you."
You spent some of your word this summer, and you got it back by saying exactly what it was worth. # ending: the-name-she-asks # mood: pleased
-> END

= repaired
{ blamed:
    Karolien never mentions Niels again. She remembers, you suspect, that you were surprised.
}
{ nudged:
    She never answered the text about Thomas. She didn't need to.
}
Karolien is still your client, and friendly at the club. When she needs a name now, she asks around first, and you are one of the people she asks.
{ niels_plan || took_server:
    The portal works, and the mess is behind you.
- else:
    The portal went live in September, three months late, without Niels at the launch.
}
It is not quite where it was before. # ending: repaired # mood: neutral
-> END

= one_of_several
In November, Verbist Keukens puts its IT contract out to tender. You are invited to tender, like everyone else.
{ blamed || told_baby:
    Niels hears through the club what was said about him, and by whom.
}
Eleven years of trust, and you spent it in one summer on names you couldn't stand behind. # ending: one-of-several # mood: uneasy
-> END

# title: The introduction
# summary: Two people you met at the reception should meet, and you know them both. Write the introduction, and resist slipping in your own offer, however efficient it feels.
# main: tip3
# cast: johan \| Johan Goossens \| runs the family building firm; club member for twenty years, unhurried
# cast: els \| Els Wouters \| architect, three months on her own; dry, observant, allergic to pitches
# cast: kurt \| Kurt Mertens \| sells electric company-car leases; warm, loud, sure his method works
# cast: bart-claeys \| Bart Claeys \| your sales manager; jovial, generous, and very aware of the targets
# ending: sales-channel \| An introduction turned sales channel
# ending: mixed-motives \| Mixed motives
# ending: good-intro \| A good introduction
# ending: trusted-connector \| The trusted connector

// Memory from hard-seller: whom you promised to introduce to Johan ("" if nobody), and whether you met Kurt.
VAR mem_promised_intro = ""
VAR mem_met_hard_seller = false

// How Johan and Els see you after this: moves that help them, and moves that sell to them.
VAR goodwill = 0
VAR sold = 0

// What happened on the way, for lines that follow from it.
VAR checked_first = false
VAR ps_johan = false
VAR ps_els = false
VAR kurt_lead = false
VAR kurt_talk = false

-> opening

=== opening ===
Tuesday morning, a week after the business club's spring reception in Mechelen. Your desk at the social secretariat. # scene: office
{ mem_promised_intro != "":
    Last Thursday at the reception you promised Johan Goossens you'd introduce him to {mem_promised_intro}.
    Johan has a small school extension in Bonheiden that the big offices won't touch. Els is an architect, on her own since March, looking for builders who take small jobs seriously.
    You told Johan you'd email them both this week. He wrote his mobile number on the back of his card for it. The card is propped against your screen.
- else:
    { mem_met_hard_seller:
        In your inbox, an email from Johan Goossens, sent at 6:12 this morning.
        "At the reception there was talk of an architect, Els Wouters, for my school job in Bonheiden. Kurt was going to find her. Nobody has put us in touch. You talked to her, didn't you? Johan."
        You promised nothing on Thursday. But Johan is right: the two of them should meet, and you know them both.
    - else:
        You made no promises at the reception last week. But two conversations from that evening keep coming back to you.
        Johan Goossens, a builder, has a small school extension in Bonheiden that the big offices won't touch. Els Wouters is an architect, on her own since March, looking for builders who take small jobs seriously.
        They should meet. You're the only one who knows them both.
    }
}
Bart leans over the partition, reading your screen upside down. # sound: door
Goossens? Goossens Bouw? Forty staff, and the same payroll provider since his father's day. # speaker: bart-claeys # mood: interested
And the architect's got two staff and drowns in forms, you told me. You're emailing both of them anyway. Add a line about us. It's just efficient. # speaker: bart-claeys # mood: pleased
* ["It's an introduction, Bart. Nothing of ours goes in it." # tip3 +1 # tip1 +1 # why: An introduction is a favour to two people; keeping your offer out of it is what makes it a favour.]
    "It's an introduction, Bart. Nothing of ours goes in it." # speaker: you
    Bart holds up both hands. "Your email. Your conscience."
* [Fine: one short line at the end, nothing pushy # tip3 -1 # why: One line seems harmless, but it turns a favour into a sales email, and both of them will read it that way.]
    "One line. At the very end. Nothing pushy." # speaker: you
    That's all I ask. # speaker: bart-claeys # mood: pleased
* [Keep the email clean, and call Johan about payroll next month # tip3 +1 # tip5 -1 # why: The email stays clean, but you've already planned to cash in the favour, and he will connect the two.]
    "I'll keep the email clean. Next month I'll give Johan a call about payroll." # speaker: you
    Patient. I like it. Put it in the pipeline. # speaker: bart-claeys # mood: pleased
- -> approach

=== approach ===
Bart goes back to his desk. You open a new email, then stop.
* [Message Els first: would she like the introduction? # tip4 +1 # tip3 +1 # why: Checking first respects her time and lets her say no; a good introduction is welcome on both sides.]
    ~ checked_first = true
    ~ goodwill += 1
    You send Els two lines: a builder with a small school job, would she like an introduction?
    Her answer arrives within ten minutes. # sound: message
    "Yes please! A builder who does small jobs? I'll bake you a cake. E."
* [Call Johan first, to hear more about the school job # tip4 +1 # why: Knowing exactly what Johan needs makes the introduction useful rather than vague.]
    ~ goodwill += 1
    Johan picks up on the second ring. You can hear a cement mixer somewhere behind him. # sound: phone-ring
    Two classrooms and a covered playground. The school wants drawings by June, and they'd like someone who'll actually come and look at the children. # speaker: johan # mood: interested
    And tell her I pay on time. Architects like to hear that. # speaker: johan # mood: pleased
* [Write to both of them right away: a promise is a promise # tip3 +1 # why: Speed shows you keep your word, even if you skip checking that both of them want it.]
    You don't want this to slide into next week. You start typing.
- -> email.about_johan

=== email ===
= about_johan
To: Els Wouters, Johan Goossens. Subject: "Els, meet Johan. Johan, meet Els."
{ mem_promised_intro != "":
    "Dear Els, dear Johan, I promised last week to put you two in touch, so here goes."
- else:
    "Dear Els, dear Johan, I think you two should meet, so here goes."
}
Next, a line about Johan, for Els.
* [He runs Goossens Bouw, third generation, and has a school job in Bonheiden # tip3 +1 # why: Saying exactly who he is and what he needs tells Els why this is worth her time.]
    ~ goodwill += 1
    "Johan runs Goossens Bouw, the family firm, third generation. He has a school extension in Bonheiden and is looking for an architect who takes small jobs seriously."
* [He runs a building firm, forty staff, same payroll since his father's day # tip3 -2 # tip1 -1 # why: That detail is there for you, not for Els, and Johan will read it too and know why you wrote it.]
    ~ sold += 1
    "Johan runs Goossens Bouw: forty staff, and the same payroll provider since his father's day, which tells you how loyal he is."
    You read it back. It sounded better in your head.
* [He's simply the best builder in Mechelen, and you can't go wrong with him # tip1 -1 # why: Praise this big sounds like a sales pitch on his behalf; let them judge each other.]
    "Johan is simply the best builder in Mechelen. You can't go wrong with him."
- -> about_els

= about_els
Then a line about Els, for Johan.
* [Her twelve years of hospital work, and what she's looking for now # tip3 +1 # why: Her experience and what she wants give Johan a real reason to call her.]
    ~ goodwill += 1
    "Els spent twelve years on hospital projects at a big Antwerp office. Since March she's on her own, here in Mechelen, and she wants to work with builders who don't laugh at small jobs."
* [She's just starting out, so she'll be cheaper than the big offices # tip5 -1 # why: Selling her on price does her no favours, and starts their working relationship with a haggle.]
    "Els has just started on her own, so she'll be a lot cheaper than the big offices."
* [She's new in town and could really use the work # tip4 -1 # why: Well meant, but it makes her sound like a charity case; say what she brings, not what she lacks.]
    "Els is new in town and could really use the work. It would help her a lot."
- -> next_step

= next_step
Now the close: what should happen next?
* [Suggest they call each other, and step out of the way # tip3 +1 # why: A good introduction ends with the two of them talking; you don't need to stay in the middle.]
    ~ goodwill += 1
    "I'll leave it to you two from here. Johan, Els's number is below; Els, Johan's is in my signature."
* [Offer to host a coffee for the three of you at your office # tip4 +1 # tip1 -1 # why: Generous, but on your own turf it can look like a pretext, and they may wonder what's on the agenda.]
    "If it helps, I'd be glad to host a coffee for the three of us at our office."
* [Ask them to let you know how it goes # tip5 +1 # why: Caring how it turns out keeps you in touch, without putting yourself in the middle.]
    ~ goodwill += 1
    "I'd love to hear how it goes. Good luck, both of you."
- -> ps

= ps
Your cursor sits under your name. Bart's voice, in your head: "It's just efficient."
* [P.S. "Johan, if you ever review your payroll, we'd love a chat." # tip3 -2 # tip1 -1 # why: It feels efficient, but it makes the introduction look like wrapping paper for your offer.]
    ~ ps_johan = true
    ~ sold += 1
    You add it. One line, under your name. Where's the harm.
* [P.S. "Els, those forms you mentioned? We could take them off your hands." # tip3 -2 # tip5 -1 # why: She told you about the forms over a drink; putting it in a P.S. turns her confidence into a sales lead.]
    ~ ps_els = true
    ~ sold += 1
    You add it. She did say the forms were driving her mad.
* [No P.S. Read it through once, and send # tip3 +2 # why: The email does one thing, connecting two people, and that is why they'll trust the next email from you too.]
    ~ goodwill += 1
    You read it through once, take out one "really", and send.
- The email goes. # sound: message
-> replies

=== replies ===
Johan answers before lunch.
{ ps_johan:
    "Thanks for the introduction. As for payroll: we're happy where we are. J.G."
    Two lines, signed with his initials.
- else:
    "Perfect. I'll call her this afternoon. Good of you. Johan."
}
Els answers at four.
{ ps_els:
    "Thanks, I'll call Johan. The forms: I'll let you know. E."
    No cake is mentioned.
- else:
    "You're a star. Calling him tomorrow. E."
}
-> kurt_calls

=== kurt_calls ===
Thursday. Your phone rings: a number you don't know. # sound: phone-ring
{ mem_met_hard_seller:
    It's Kurt! Voltlease! Bitterballen, remember? # speaker: kurt # mood: pleased
- else:
    Kurt Mertens, Voltlease, electric company cars. We haven't properly met, but Johan Goossens gave me your name. # speaker: kurt # mood: pleased
}
Johan says you're the great connector now. Brilliant. Listen: introduce me too. # speaker: kurt # mood: interested
Johan's got twelve vans running on diesel, and your architect drives a Volvo older than my son. Two emails, two minutes. I'll owe you one. # speaker: kurt # mood: pleased
He's not wrong about the vans. And he's never been anything but friendly to you.
* [Agree: it's two emails, and Kurt has always been kind to you # tip3 -2 # tip5 -1 # why: An introduction meant to sell isn't an introduction; it spends Johan's and Els's trust on Kurt's pitch.]
    ~ kurt_lead = true
    ~ sold += 1
    "Go on then. I'll send them both a note." # speaker: you
    You're a legend. I'll have quotes ready by Monday. # speaker: kurt # mood: pleased
    That evening Johan and Els each get an email from you about electric vans. Johan doesn't answer it.
* [Say no kindly, and ask Kurt what he really needs this quarter # tip4 +2 # tip1 +1 # why: Turning down the sales lead while asking how you can help keeps Kurt's trust, and your contacts' too.]
    ~ kurt_talk = true
    "I won't introduce you as a seller, Kurt. They didn't ask for vans. But tell me: what do you really need this quarter?" # speaker: you
    There's a silence on the line. Then a laugh, quieter than usual.
    Honestly? At the club they see me coming and remember they need the toilet. I'd like to be known for something useful. # speaker: kurt # mood: uneasy
    "People keep asking how charging at home works, and what it costs. Give a ten-minute talk at the club breakfast. No prices, just answers. I'll ask the organisers." # speaker: you
    No prices? # speaker: kurt # mood: uneasy
    No prices. ... All right. I'll try it. # speaker: kurt # mood: interested
* [Offer to ask Johan first if he wants to hear about vans # tip3 +1 # tip5 +1 # why: Asking first, and saying plainly that it's a sales contact, is honest and leaves Johan free to say no.]
    "I'll ask Johan if he'd like to hear about vans. If he says no, that's a no." # speaker: you
    Fair. Fair! Ask him nicely. # speaker: kurt # mood: pleased
    You ask. Johan writes back: "Not now. But thanks for asking first."
- -> johan_thanks

=== johan_thanks ===
The next Tuesday, Johan calls. # sound: phone-ring
{ sold > 1:
    They met. Els came to look at the school yesterday. We'll do it together. # speaker: johan # mood: neutral
- else:
    They met! Els came to look at the school yesterday, and she sat on the little chairs with the children. The headmistress is in love. We'll do it together. # speaker: johan # mood: pleased
}
So. How can I return the favour? # speaker: johan # mood: interested
* [Tell him there's nothing to return, and ask how the school job's going # tip5 +2 # why: A favour with no bill attached is the kind people remember, and return in their own time.]
    ~ goodwill += 1
    "Nothing to return, Johan. Tell me about the school." # speaker: you
    He does, for ten minutes, and at the end he sounds almost surprised.
    You're a strange kind of salesperson. I mean that nicely. # speaker: johan # mood: pleased
* [Say that if he meets a small firm drowning in payroll, you'd be glad to meet them # tip5 +1 # tip1 +1 # why: When he asks, saying what a good contact looks like for you is honest, and it sells him nothing.]
    ~ goodwill += 1
    "Nothing needed. But if you ever meet a small firm drowning in payroll forms, I'd be glad to have a coffee with them." # speaker: you
    That I can do. I know half of Mechelen, and half of them complain about exactly that. # speaker: johan # mood: pleased
* [Ask him whether he's happy with his payroll provider # tip1 -2 # tip3 -1 # why: The thank-you call becomes a sales call, and he'll remember the introduction as the price of a pitch.]
    ~ sold += 1
    "Well, since you ask: are you happy with your payroll provider?" # speaker: you
    A pause on the line. You can hear him putting his pen down.
    Same people since my father's day. I'll let you know if that changes. # speaker: johan # mood: annoyed
- -> coffee_with_els

=== coffee_with_els ===
Three weeks later, Els buys you a coffee on the Grote Markt, as promised. # scene: cafe
{ ps_els:
    She's friendly, but she keeps her bag on her lap.
- else:
    She arrives with a cake tin under her arm and puts it on your chair before you can sit down.
}
Johan's a gem. He argued with me for an hour about a gutter, and he was right. We start in September. # speaker: els # mood: pleased
She stirs her coffee, then looks up.
And, since you never mention it: you do payroll, don't you? My secretariat sent another form. In what I think is Latin. # speaker: els # mood: interested
* [Answer briefly, and offer to look at her forms some time, no obligation # tip4 +1 # tip1 +1 # why: She asked, so answering is fine; keeping it short and offering help leaves her free to decide.]
    ~ goodwill += 1
    "I do. Bring the Latin some time and I'll translate it, whoever you end up using." # speaker: you
    Whoever I end up using. You're terrible at this. I like it. # speaker: els # mood: pleased
* [Seize the moment: book her a meeting with Bart for Monday # tip1 -1 # tip5 -1 # why: She opened the door a crack and you pushed it wide; the thank-you coffee becomes a sales meeting.]
    ~ sold += 1
    "Let me book you in with Bart, my manager, on Monday. He'll walk you through everything." # speaker: you
    Monday. Right. # speaker: els # mood: uneasy
    She puts the form back in her bag.
* [Wave it away: no business between friends # tip4 -1 # why: Refusing to talk about your work when she asks isn't modesty; it withholds help she asked for.]
    "Oh, no business today. This is your coffee." # speaker: you
    Fine. I'll keep suffering in Latin, then. # speaker: els # mood: neutral
- -> lotte

=== lotte ===
One more thing. I need your advice. # speaker: els # mood: neutral
Lotte, my old colleague, sells lighting for schools and offices. She heard about Johan and asked me to introduce her. Today, if possible. # speaker: els # mood: neutral
Should I? # speaker: els # mood: uneasy
* [Only if Johan would want to meet her, and say plainly what she sells # tip3 +1 # tip5 +1 # why: Asking Johan first and being open about a sales contact protects the trust the introduction built.]
    ~ goodwill += 1
    "Ask Johan first. And tell him straight out that she sells lighting. Then he can say yes or no." # speaker: you
    Of course. That's what you did for me, isn't it? Asked first. # speaker: els # mood: interested
* [Sure: Johan's a buyer, and lighting is a perfect fit # tip3 -1 # tip1 -1 # why: You'd advise her to do what a good introduction avoids: turning her new relationship into a sales channel.]
    "Sure. He buys lighting, she sells it. Perfect fit." # speaker: you
    Hm. I'll think about it. # speaker: els # mood: uneasy
* [Suggest Lotte meets Johan at the club, not through Els # tip1 +1 # tip5 +1 # why: Letting Lotte meet him in the open, as herself, keeps Els's first project with Johan free of a sales favour.]
    "Bring Lotte to the next club evening. Let her meet Johan as herself. Your project with him stays yours." # speaker: you
    That's smart. And kinder to everyone. # speaker: els # mood: pleased
- -> ending

=== ending ===
{
    - sold >= 3:
        -> sales_channel
    - sold >= 2:
        -> mixed_motives
    - sold == 1 && goodwill < 6:
        -> mixed_motives
    - goodwill >= 6:
        -> trusted_connector
    - else:
        -> good_intro
}

= sales_channel
A month later you send Johan the club's newsletter with a short personal note.
His reply comes within the minute: an automatic one. "Johan Goossens is away."
He isn't away. Els tells you so, kindly, when you meet at the club; he has asked his assistant to file your emails.
The school in Bonheiden gets built. Your introduction started it, and in Johan's mind it will always come with a price tag. # ending: sales-channel
-> END

= mixed_motives
The school in Bonheiden gets built, and Johan and Els are already talking about a second job.
They think of each other when they think of good work. When they think of you, they think "the payroll person", and they are a little careful with what they tell you.
The introduction worked. It just didn't work for you. # ending: mixed-motives
-> END

= trusted_connector
{ kurt_talk:
    At the club's autumn breakfast, Kurt gives his ten-minute talk about charging at home. No prices. Afterwards six people queue to ask him questions. He winks at you over their heads.
}
In October, Johan emails you an introduction of his own: a bakery owner with twenty-two staff and a drawer full of payroll forms. "She's expecting your call. No pressure. J."
A week later, Els sends her forms to you. You never asked. She just did.
{ sold == 0:
    You didn't sell anything in this story.
}
People now send you the people who need you. # ending: trusted-connector
-> END

= good_intro
The school in Bonheiden gets built. Johan and Els send you a photo from the opening: two classrooms, a covered playground, a ribbon.
You were the start of it. They'll remember that, and sooner or later it will come back to you in some form. # ending: good-intro
-> END

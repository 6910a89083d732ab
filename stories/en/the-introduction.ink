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
VAR agreed_line = false
VAR planned_call = false
VAR checked_first = false
VAR ps_johan = false
VAR ps_els = false
VAR kurt_lead = false
VAR kurt_talk = false
// Short-term sales the hard sell wins: a payroll comparison for Johan, Els signed up after a meeting with Bart.
VAR johan_comparison = false
VAR els_meeting = false

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
And the architect's got two staff and drowns in forms, you told me. You're emailing both of them anyway. Add a line about us. It's just efficient. # speaker: bart-claeys # mood: pleased # discuss: Bart says one line about your firm is just efficient. Is he right, and what would the line cost?
* ["It's an introduction, Bart. Nothing of ours goes in it." # act: decline # tip1 +1 # tip3 +1 # trust: bart-claeys -1 # why: An introduction is a favour to two people; keeping your offer out of it is what makes it a favour, even if your manager hears a no.]
    "It's an introduction, Bart. Nothing of ours goes in it." # speaker: you
    Bart holds up both hands. "Your email. Your conscience."
* [Fine: one short line at the end, so they know what you do # act: follow-up-with-pitch # tip1 -1 # tip3 -1 # trust: bart-claeys +1 # why: Being known for what you do is no crime, and Bart is happy; but one line turns a favour into a sales email, and both of them will read it that way.]
    "One line. At the very end. Nothing pushy." # speaker: you
    That's all I ask. # speaker: bart-claeys # mood: pleased
    ~ agreed_line = true
* [Keep the email clean, and call Johan about payroll next month # act: decline # tip3 +1 # tip5 -1 # trust: bart-claeys +1 # why: The email stays clean and Bart gets his lead; but the favour now has a sales call booked behind it, and Johan will connect the two.]
    "I'll keep the email clean. Next month I'll give Johan a call about payroll." # speaker: you
    Patient. I like it. Put it in the pipeline. # speaker: bart-claeys # mood: pleased
    ~ planned_call = true
    ~ sold += 1
- -> approach

=== approach ===
Bart goes back to his desk. You open a new email, then stop. # discuss: Before you write: do you ask first, or just connect them? What does each cost?
* [Message Els first: would she like the introduction? # act: ask-how-to-help # tip3 +1 # tip4 +1 # trust: els +1 # why: Checking first respects her time and lets her say no; a good introduction is welcome on both sides.]
    ~ checked_first = true
    ~ goodwill += 1
    You send Els two lines: a builder with a small school job, would she like an introduction?
    Her answer arrives within ten minutes. # sound: message
    "Yes please! A builder who does small jobs? I'll bake you a cake. E."
* [Call Johan first, to hear more about the school job # act: open-question # tip2 +1 # tip4 +1 # trust: johan +1 # why: Knowing exactly what Johan needs makes the introduction useful rather than vague.]
    ~ goodwill += 1
    Johan picks up on the second ring. You can hear a cement mixer somewhere behind him. # sound: phone-ring
    Two classrooms and a covered playground. The school wants drawings by June, and they'd like someone who'll actually come and look at the children. # speaker: johan # mood: interested
    And tell her I pay on time. Architects like to hear that. # speaker: johan # mood: pleased
* [Write to both of them now, before the week gets away from you # act: introduce # tip3 +1 # tip5 -1 # why: Speed shows you do what you say this week; neither of them got to say whether they want it.]
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
Next, a line about Johan, for Els. # discuss: What does Els need to know about Johan, and is anything in the line there for you?
* [He runs Goossens Bouw, third generation, and has a school job in Bonheiden # act: introduce # tip3 +1 # trust: johan +1 # why: Saying exactly who he is and what he needs tells Els why this is worth her time.]
    ~ goodwill += 1
    "Johan runs Goossens Bouw, the family firm, third generation. He has a school extension in Bonheiden and is looking for an architect who takes small jobs seriously."
* [He runs a building firm, forty staff, loyal to his suppliers since his father's day # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # trust: johan -1 # why: It sounds like a compliment about his loyalty; the detail is there for you, not for Els, and Johan will read it too and know why you wrote it.]
    ~ sold += 1
    "Johan runs Goossens Bouw: forty staff, and the same payroll provider since his father's day, which tells you how loyal he is."
    You read it back. It sounded better in your head.
* [He's simply the best builder in Mechelen, and she can't go wrong with him # act: introduce # tip3 +2 # tip5 -1 # why: Warm, and Els will feel your confidence and call him sooner; praise this big sounds like a pitch on his behalf, and she will have to find out for herself.]
    "Johan is simply the best builder in Mechelen. You can't go wrong with him."
- -> about_els

= about_els
Then a line about Els, for Johan. # discuss: What should Johan know about Els, so that he calls her for the right reason?
* [Her twelve years of hospital work, and what she's looking for now # act: introduce # tip3 +1 # trust: els +1 # why: Her experience and what she wants give Johan a real reason to call her.]
    ~ goodwill += 1
    "Els spent twelve years on hospital projects at a big Antwerp office. Since March she's on her own, here in Mechelen, and she wants to work with builders who don't laugh at small jobs."
* [She's just starting out, so her rates are friendlier than the big offices' # act: introduce # tip3 +1 # tip5 -1 # trust: els -1 # why: A real argument for a builder, and it may win her the job; it also starts their working relationship with a haggle.]
    "Els has just started on her own, so she'll be a lot cheaper than the big offices."
* [She's new in town, and a first job here would mean a lot to her # act: introduce # tip3 +1 # tip4 +1 # tip5 -1 # why: You ask Johan to give her a chance, and he might; it also makes her sound like a charity case, which she won't thank you for.]
    "Els is new in town and could really use the work. It would help her a lot."
- -> next_step

= next_step
Now the close: what should happen next? # discuss: The introduction is written. How much of you should stay in it?
* [Suggest they call each other, and step out of the way # act: introduce # tip3 +1 # why: A good introduction ends with the two of them talking; you don't need to stay in the middle.]
    ~ goodwill += 1
    "I'll leave it to you two from here. Johan, Els's number is below; Els, Johan's is in my signature."
* [Offer to host a coffee for the three of you at your office # act: offer-help # tip1 -1 # tip4 +1 # why: Generous, and it makes the first meeting easy; on your own turf it can also look like a pretext, and they may wonder what's on the agenda.]
    "If it helps, I'd be glad to host a coffee for the three of us at our office."
* [Ask them to let you know how it goes # act: introduce # tip5 +1 # why: Caring how it turns out keeps you in touch, without putting yourself in the middle.]
    ~ goodwill += 1
    "I'd love to hear how it goes. Good luck, both of you."
- -> ps

= ps
Your cursor sits under your name.
{ agreed_line:
    You told Bart one line. He will ask to see it.
- else:
    Bart's voice, in your head: "It's just efficient."
}
The introduction is ready to go. # discuss: One line under your name. What does a P.S. do to an introduction?
* [P.S. to Johan: "if you ever review your payroll, I'm around." One line, no pressure # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # trust: johan -1 # trust: bart-claeys +1 # why: It feels efficient and honest about what you do; it also makes the introduction look like wrapping paper for your offer.]
    ~ ps_johan = true
    ~ sold += 1
    You add it. One line, under your name. Where's the harm.
* [P.S. to Els: "those forms you mentioned? Happy to take them off your hands." # act: follow-up-with-pitch # tip3 -2 # tip5 -1 # trust: els -1 # trust: bart-claeys +1 # why: It reads like help with a problem she told you about; she told you over a drink, and a P.S. turns her confidence into a sales lead.]
    ~ ps_els = true
    ~ sold += 1
    You add it. She did say the forms were driving her mad.
* [No P.S. Read it through once, and send # act: introduce # tip3 +2 # why: The email does one thing, connecting two people, and that is why they'll trust the next email from you too.]
    ~ goodwill += 1
    You read it through once, take out one "really", and send.
    { agreed_line:
        At lunch, Bart asks about the line. You tell him you left it out. He shrugs, and you can tell he will remember it at your review.
    }
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
    "Thank you. Calling him tomorrow. E."
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
He's not wrong about the vans. And he's never been anything but friendly to you. # discuss: Kurt has been kind to you and he is right about the vans. Do you owe him an introduction?
* [Agree: it's two emails, the vans are real, and Kurt has always been kind to you # act: follow-up-with-pitch # tip3 -2 # tip5 -1 # trust: kurt +2 # trust: johan -1 # why: Kurt gets his chance and may well make a sale; but an introduction meant to sell spends Johan's and Els's trust on Kurt's pitch.]
    ~ kurt_lead = true
    ~ sold += 1
    "Go on then. I'll send them both a note." # speaker: you
    You're a legend. I'll have quotes ready by Monday. # speaker: kurt # mood: pleased
    That evening Johan and Els each get an email from you about electric vans. Johan doesn't answer it. Els books a test drive.
* [Say no kindly, and ask Kurt what he really needs this quarter # act: ask-how-to-help # tip1 +1 # tip4 +2 # trust: kurt +1 # why: Turning down the sales lead while asking how you can help keeps Kurt's trust, and your contacts' too.]
    ~ kurt_talk = true
    "I won't introduce you as a seller, Kurt. They didn't ask for vans. But tell me: what do you really need this quarter?" # speaker: you
    There's a silence on the line. Then a laugh, quieter than usual.
    Honestly? At the club they see me coming and remember they need the toilet. I'd like to be known for something useful. # speaker: kurt # mood: uneasy
    "People keep asking how charging at home works, and what it costs. Give a ten-minute talk at the club breakfast. No prices, just answers. I'll ask the organisers." # speaker: you
    No prices? # speaker: kurt # mood: uneasy
    No prices. ... All right. I'll try it. # speaker: kurt # mood: interested
* [Offer to ask Johan first if he wants to hear about vans, and say it's a sales contact # act: introduce # tip3 +1 # tip5 +1 # trust: johan +1 # why: Asking first, and saying plainly that it's a sales contact, is honest and leaves Johan free to say no.]
    "I'll ask Johan if he'd like to hear about vans. If he says no, that's a no." # speaker: you
    Fair. Fair! Ask him nicely. # speaker: kurt # mood: pleased
    You ask. Johan writes back: "Not now. Thanks for checking with me first."
- -> johan_thanks

=== johan_thanks ===
The next Tuesday, Johan calls. # sound: phone-ring
{ sold > 1:
    They met. Els came to look at the school yesterday. We'll do it together. # speaker: johan # mood: neutral
- else:
    They met! Els came to look at the school yesterday, and she sat on the little chairs with the children. The headmistress is in love. We'll do it together. # speaker: johan # mood: pleased
}
So. How can I return the favour? # speaker: johan # mood: interested # discuss: Johan asks how he can return the favour. What is the right answer: nothing, a wish, or your offer?
* [Tell him there's nothing to return, and ask how the school job's going # act: decline # tip2 +1 # tip5 +1 # trust: johan +1 # why: A favour with no bill attached is the kind people remember; it also leaves Johan no way to give back, and people like to give back.]
    ~ goodwill += 1
    "Nothing to return, Johan. Tell me about the school." # speaker: you
    He does, for ten minutes: the gutter, the little chairs, the headmistress who wants a bench for the parents.
* [He asked: say that if he meets a small firm drowning in payroll, you'd be glad to meet them # act: ask-referral # asked: yes # tip1 +1 # tip5 +2 # trust: johan +1 # why: When he asks, saying what a good contact looks like for you is honest, and it sells him nothing; it gives him a way to give back.]
    ~ goodwill += 1
    "Nothing needed. But if you ever meet a small firm drowning in payroll forms, I'd be glad to have a coffee with them." # speaker: you
    That I can do. I know half of Mechelen, and half of them complain about exactly that. # speaker: johan # mood: pleased
* [Since he asks: would he be open to a payroll comparison, just to see? # act: qualify # tip1 -2 # tip3 -1 # trust: johan -1 # why: He did offer, and a comparison costs him nothing; the thank-you call becomes a sales call, and he'll remember the introduction as the price of a pitch.]
    ~ sold += 1
    ~ johan_comparison = true
    "Well, since you ask: would you be open to a payroll comparison? Just to see." # speaker: you
    A pause on the line. You can hear him putting his pen down.
    Send it. My son will read it. # speaker: johan # mood: neutral
- -> coffee_with_els

=== coffee_with_els ===
Three weeks later, Els buys you a coffee on the Grote Markt. # scene: cafe
{ ps_els:
    She's friendly, but she keeps her bag on her lap.
- else:
    { checked_first:
        She arrives with a cake tin under her arm and puts it on your chair before you can sit down.
    - else:
        She is already there, two cups on the table.
    }
}
Johan's a gem. He argued with me for an hour about a gutter, and he was right. We start in September. # speaker: els # mood: pleased
She stirs her coffee, then looks up.
And, since you never mention it: you do payroll, don't you? My secretariat sent another form. In what I think is Latin. # speaker: els # mood: interested # discuss: Els asks what you do. Sell, help, or keep business out of it?
* [Answer briefly, and offer to look at her forms some time, whoever she ends up using # act: offer-help # tip4 +1 # tip5 +1 # trust: els +1 # why: She asked, so answering is fine; offering help with no strings leaves her free to decide.]
    ~ goodwill += 1
    "I do. Bring the Latin some time and I'll translate it, whoever you end up using." # speaker: you
    Whoever I end up using. Noted. # speaker: els # mood: pleased
    She takes a photo of the form and sends it to you across the table.
* [She asked: book her in with Bart on Monday, and he'll sort it all out properly # act: pitch # asked: yes # tip1 -1 # tip5 -1 # trust: els -1 # why: She asked, and Bart really can sort it out; but she asked a question over a thank-you coffee, and you answer with a sales meeting.]
    ~ sold += 1
    ~ els_meeting = true
    "Let me book you in with Bart, my manager, on Monday. He'll walk you through everything." # speaker: you
    Monday. Right. # speaker: els # mood: uneasy
    She puts the form back in her bag.
* [Keep it her coffee: no business today # act: decline # tip1 +1 # tip4 -1 # why: Keeping business out of a thank-you coffee feels right; but she asked for help, and you hold it back.]
    "Oh, no business today. This is your coffee." # speaker: you
    Fine. I'll keep suffering in Latin, then. # speaker: els # mood: neutral
- -> lotte

=== lotte ===
One more thing. I need your advice. # speaker: els # mood: neutral
Lotte, my old colleague, sells lighting for schools and offices. She heard about Johan and asked me to introduce her. Today, if possible. # speaker: els # mood: neutral
Should I? # speaker: els # mood: uneasy # discuss: Els wants to introduce a lighting seller to Johan. What do you advise her, and why?
* [Only if Johan would want to meet her, and say plainly what she sells # act: advise # tip4 +1 # tip5 +1 # trust: els +1 # why: Asking Johan first and being open about a sales contact protects the trust the introduction built.]
    ~ goodwill += 1
    "Ask Johan first. And tell him straight out that she sells lighting. Then he can say yes or no." # speaker: you
    { checked_first:
        That's what you did with me, isn't it? Asked first. # speaker: els # mood: interested
    - else:
        Ask first. All right. # speaker: els # mood: interested
    }
* [Sure: Johan is building a school, and Lotte lights schools # act: advise # tip1 -1 # tip4 +1 # tip5 -1 # why: It helps Lotte today, and the fit is real; it also teaches Els to spend her new relationship with Johan on a sales favour.]
    "Sure. He's building a school, she lights schools. Perfect fit." # speaker: you
    Hm. I'll think about it. # speaker: els # mood: uneasy
* [Suggest Lotte meets Johan at the club, not through Els # act: advise # tip1 +1 # tip5 +1 # why: Letting Lotte meet him in the open, as herself, keeps Els's first project with Johan free of a sales favour.]
    "Bring Lotte to the next club evening. Let her meet Johan as herself. Your project with him stays yours." # speaker: you
    Lotte won't like waiting. But all right. # speaker: els # mood: neutral
- -> ending

=== ending ===
{ planned_call:
    In May, as planned, you call Johan about payroll. He listens politely and says he'll think about it.
}
{ johan_comparison:
    Johan's son reads your comparison. In June, Goossens Bouw moves its payroll to you: forty staff. Bart buys cake for the whole floor.
}
{ els_meeting:
    Els signs with your firm after the Monday meeting. Two payslips a month. Bart is pleased.
}
{ kurt_lead:
    Kurt sends you a bottle of wine: Els has signed for an electric car. Johan never answered him.
}
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
The school in Bonheiden gets built. Your introduction started it, and in Johan's mind it will always come with a price tag. # ending: sales-channel # mood: uneasy
-> END

= mixed_motives
The school in Bonheiden gets built, and Johan and Els are already talking about a second job.
They think of each other when they think of good work. When they think of you, they think "the payroll person", and they are a little careful with what they tell you.
{ johan_comparison || els_meeting:
    The introduction worked, and it paid. It won't bring you anyone else. # ending: mixed-motives # mood: neutral
- else:
    The introduction worked. It just didn't work for you. # ending: mixed-motives # mood: neutral
}
-> END

= trusted_connector
{ kurt_talk:
    At the club's autumn breakfast, Kurt gives his ten-minute talk about charging at home. No prices. Afterwards six people queue to ask him questions. He winks at you over their heads.
}
In October, Johan forwards you a bakery owner with twenty-two staff and a drawer full of payroll forms. "She'd like to meet you. No hurry. J."
{ els_meeting:
    Els is a client now. She sends you her forms on the first of the month, with a drawing in the margin.
- else:
    Els brings her Latin forms to the club; you translate them at the bar. She stays with her secretariat for now, and tells the whole table what you did.
}
{ sold == 0:
    You haven't sold anything yet. The bakery owner may take a year.
}
People now send you the people who need you. # ending: trusted-connector # mood: pleased
-> END

= good_intro
The school in Bonheiden gets built. Johan and Els send you a photo from the opening: two classrooms, a covered playground, a ribbon.
You were the start of it. They'll remember that, and sooner or later it will come back to you in some form. # ending: good-intro # mood: pleased
-> END

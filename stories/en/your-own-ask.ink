# title: Your own ask
# summary: The breakfast club's one-on-one morning: fifteen minutes each, a card that asks what would help you, and Els Wouters across the table. Help her first; then ask for something small and specific for yourself, or leave with nothing.
# main: tip4
# cast: els \| Els Wouters \| architect with her own office and two staff; dry, observant, allergic to pitches
# cast: hilde \| Hilde Vermeulen \| notary and chair of the breakfast club; warm, punctual, merciless with the timer
# cast: bart-claeys \| Bart Claeys \| your sales manager; jovial, generous, and very aware of the targets
# cast: an-peeters-mechelen \| An Peeters \| bookkeeper in Mechelen; half her clients are starters, she answers mail at six in the morning
# ending: fair-exchange \| A fair exchange
# ending: line-on-a-card \| A line on a card
# ending: one-way-street \| A one-way street
# ending: spent-favour \| A favour spent

// Memory from hard-seller: whether you met Els at the reception, and whom you promised Johan an introduction.
VAR mem_promised_intro = ""
VAR mem_met_hard_seller = false

// What you wrote on the club's card before she sat down: "specific", "sales" or "blank".
VAR card = ""
// Your ask, as it finally stands: "small" (one named person, one email), "vague", "big" or "none".
VAR ask = ""
// How Els reads you this morning; the epilogue follows from it.
VAR goodwill = 0
// Sales moves: the offer, the brochure, Bart's call. Two or more and she remembers a sales breakfast.
VAR pushed = 0
VAR went_first = false
VAR promised_dirk = false
VAR gave_number = false
VAR dirk_done = false
VAR insisted = false
VAR greedy = false
VAR bart_calls = false
VAR closed_loop = false
VAR an_met = false
// You told her you'd send your ask later.
VAR owe_ask = false

-> before

=== before ===
Thursday, a quarter past seven. The breakfast room of the hotel by the Dijle: twelve tables laid for two, a kitchen timer on the buffet, and at every place a card with three lines. # scene: breakfast-room
"What I'm working on." "What would help me." "Who I'd like to meet."
It is the breakfast club's one-on-one morning. Hilde pairs the members, fifteen minutes each, and the cards go back in her folder for next month.
You work at a social secretariat: payroll and HR paperwork for small firms. Your name is on the card at table four. Across from it: Els Wouters, Wouters Architecten.
{ mem_met_hard_seller:
    You know her: the spring reception, the green jacket, the evening Kurt Mertens tried to sell her an electric car with a wooden dashboard.
}
Last night, at ten to eleven, a message from Bart. # sound: message
Wouters Architecten: two staff, and not happy with her social secretariat, I checked. Bring the offer. B. # speaker: bart-claeys # mood: interested # via: message
You uncap your pen. The second line is the one everybody leaves blank. # discuss: The card asks what would help you, before you have heard her. What do you write?
* [Write one specific line: "Who I'd like to meet: a bookkeeper who works with starters" # act: prepare # tip1 +1 # tip2 -1 # tip5 +1 # why: Knowing your ask before you sit down makes it easy for her to help; a card filled in before she arrives can also make the morning your agenda.]
    ~ card = "specific"
    You want to become the person small firms call when they hire their first employee. Bookkeepers are who starters ask first. You write it down, and underline "starters".
* [Write what Bart wants: "New clients with staff", and put the offer in your bag # act: prepare # tip1 -1 # tip4 +1 # tip5 -1 # trust: bart-claeys +1 # why: Her forms are a real problem and your firm solves exactly that, so being ready is not wrong; it also means you sit down with a sale in your bag and a lead across the table.]
    ~ card = "sales"
    "New clients (firms with staff)." The offer goes into your bag, folded in three.
* [Leave it blank: hear her first, and see what you need afterwards # act: prepare # tip2 +1 # tip4 +1 # tip5 -1 # why: Listening first is what the morning is for; but when she asks what would help you, you'll be improvising, and improvised asks come out vague.]
    ~ card = "blank"
    You leave the second and third lines empty. You'll see.
- -> table

=== table ===
At twenty past, Els sits down with a cup of black coffee and a croissant she doesn't touch. # sound: door
{ mem_promised_intro != "":
    Johan Goossens says you're the one who told him about me. We've done his school in Bonheiden together. It's up to the roof. # speaker: els # mood: pleased
    So I owe you one. # speaker: els # mood: interested
- else:
    { mem_met_hard_seller:
        The reception. You rescued me from the wooden dashboard. # speaker: els # mood: pleased
    - else:
        Els. Architect. Hilde says we'll get along. Hilde says that about everyone. # speaker: els # mood: neutral
    }
}
Hilde winds the timer and holds it up so every table can see it.
Fifteen minutes each. You decide who goes first. And the cards are not decoration, people. # speaker: hilde # mood: pleased
Els pushes her card towards you, face down.
You go first. I'm still waking up. # speaker: els # mood: neutral # discuss: She offers you the first fifteen minutes. Do you take them?
* [Turn it round: you'd like to hear what she's working on first # act: ask-how-to-help # tip4 +2 # tip5 +1 # trust: els +1 # why: Helping before asking is the order the morning is built on; it also leaves your own turn for the last minutes, when the timer is loudest.]
    ~ goodwill += 1
    "Wake up on my time, then. What are you working on?" # speaker: you
* [Take the first slot: say briefly what you do and what you're after, then listen # act: say-what-you-do # tip1 +1 # tip2 -1 # tip5 +1 # why: She offered, and a short plain answer is not a pitch; but the first fifteen minutes set the tone, and you have made them about you.]
    ~ went_first = true
    "Deal. Payroll and HR paperwork for small firms, the first employee especially. That's me in two lines. Now you." # speaker: you
    Two lines. Hilde will be proud. # speaker: els # mood: neutral
* [Forget the card for a minute: ask how the months since she started have really been # act: open-question # tip2 +2 # tip4 +1 # trust: els +1 # why: A real question gets a real answer; but Hilde's format exists because these mornings run out of time, and you are spending yours on the warm-up.]
    ~ goodwill += 1
    "Before the cards: how have the months on your own really been?" # speaker: you
    Honestly? Like running a marathon while filling in forms about the marathon. # speaker: els # mood: pleased
    Across the room, Hilde taps the timer with one finger, looking at your table.
- -> her_turn

=== her_turn ===
Els turns her card over. Her handwriting is small and square.
"Working on: my first building that is entirely mine. Would help: my Fridays back. Who I'd like to meet: a structural engineer who answers his phone."
The Fridays are the forms. Two staff, and every month my social secretariat sends me something new in a language I don't speak. I've had three account managers this year. The third one calls me "Mrs Wouter". # speaker: els # mood: annoyed
Your phone buzzes on the table, screen up. # sound: message
Did you mention the offer? # speaker: bart-claeys # mood: interested # via: message
Els sees it. She sees everything. # mood: els neutral # discuss: Her problem is exactly what your firm sells. What do you do with that?
* [Ask what exactly eats her Fridays, and don't say what you sell # act: follow-thread # tip2 +2 # tip4 +1 # trust: els +1 # why: Knowing the real problem is how you find help that fits; she also knows where you work, and may wonder why you say nothing.]
    ~ goodwill += 1
    You turn the phone face down. "Which forms, exactly? Walk me through a bad Friday." # speaker: you
    She does. Most of it is one form, sent twice, because nobody at her secretariat reads the first.
* [Tell her plainly this is your line of work, and stop there # act: say-what-you-do # tip1 +1 # tip2 -1 # tip5 +1 # why: People may know you and your business, and she would find out anyway; one sentence about you in her fifteen minutes is one sentence she didn't get to use.]
    "I should say: this is my line of work. I'm not pitching. Go on." # speaker: you
    I know. I read your card upside down. Then you'll understand when I say the forms aren't even the worst of it. # speaker: els # mood: interested
* [Offer to take her payroll over: one account manager who stays, and Bart's discount # act: pitch # tip1 -2 # tip4 -1 # tip5 -2 # trust: els -1 # trust: bart-claeys +1 # why: It would fix her Fridays, and she may even say yes; she came to a one-on-one and found a sales meeting in her own fifteen minutes.]
    ~ pushed += 1
    ~ goodwill -= 1
    You unfold the offer. "One account manager, who stays. And twenty percent the first year." # speaker: you
    Els looks at the paper, and then at the timer. # mood: els uneasy
    Can I finish my turn first? # speaker: els # mood: uneasy
* [Tell her which two forms she can stop filling in, and which one her secretariat must do itself # act: advise # tip2 -1 # tip4 +1 # tip5 +1 # why: Concrete, free and useful by Friday; you answered before she finished, and the rest of her story stays untold.]
    "Two of those you can bin. The third is your secretariat's job, not yours. Tell them so." # speaker: you
    She writes it on the back of her card. Then she stops writing.
    That's not even the worst of it. # speaker: els # mood: neutral
- -> her_need

=== her_need ===
The worst is the engineer. The school's steel frame is waiting on his calculations, and he takes nine days to return a call. Nine. I've started leaving messages in the evening so he hears them first thing. # speaker: els # mood: annoyed
You think of Dirk Lemmens: a one-man engineering office in Bonheiden, your client for six years, who picks up on the second ring and once drove out on a Sunday to look at a cracked lintel. # discuss: You can help her with something that is not your product. How?
* [Promise to introduce her to Dirk today, by email, both of them in copy # act: promise # tip4 +2 # tip5 +1 # trust: els +1 # why: Help with nothing in it for you, and she knows when to expect it; it only counts once you send it, and today is a busy day.]
    ~ promised_dirk = true
    ~ goodwill += 1
    "I know one who picks up. Dirk Lemmens, Bonheiden. I'll introduce you today, by email." # speaker: you
    She writes "Dirk L." at the bottom of her card and draws a box around it.
* [Give her Dirk's number now: she can call him at nine and say you sent her # act: introduce # tip3 +1 # tip4 +1 # tip5 -1 # why: She has it now, and her steel can't wait a day; Dirk gets a call from a stranger with no warning and your name on it.]
    ~ gave_number = true
    You read the number out from your phone. She types it in before you've finished.
* [Offer Dirk, and mention that her Fridays could be sorted in the same go # act: pitch # tip1 -1 # tip4 -1 # tip5 -1 # trust: els -1 # why: Two problems, one helpful person: it sounds efficient; the engineer now comes with a sales conversation attached, and she can't take one without hearing the other.]
    ~ promised_dirk = true
    ~ pushed += 1
    "Dirk Lemmens, an engineer who picks up. I'll put you in touch. And while we're at it, your Fridays: we could sort those too." # speaker: you
    One thing at a time. The engineer, please. # speaker: els # mood: neutral
- -> your_turn

=== your_turn ===
The timer rings. Twelve tables of people stop mid-sentence.
Switch! # speaker: hilde # mood: pleased
{ went_first:
    You took the first slot and used two lines of it; Els used the rest. So the second fifteen minutes are yours after all.
}
Els turns your card around with one finger and reads it.
{
    - card == "specific":
        A bookkeeper who works with starters. Hm. # speaker: els # mood: interested
    - card == "sales":
        "New clients." Everybody writes new clients. # speaker: els # mood: neutral
    - else:
        Blank. Brave. # speaker: els # mood: neutral
}
Your turn. What are you working on? And don't say "more clients": nobody can do anything with more clients. # speaker: els # mood: interested # discuss: She asks what you are working on. What do you tell her?
* [The real goal: being the person small firms call when they hire their first employee # act: say-what-you-do # tip1 +2 # tip5 +1 # trust: els +1 # why: A goal she can picture is one she can help with, and it says what you do without selling it; it is also a goal, said out loud, that you'll now have to pursue.]
    ~ goodwill += 1
    "Starters. The first employee is where everything goes wrong: the contract, the insurance, the forms. I want to be the one they call." # speaker: you
    Where was I in March? # speaker: els # mood: pleased
* [Honestly, more clients: Bart has a target, and you're half of it # act: candour # tip1 -1 # tip2 +1 # tip5 +1 # why: Honest, and she laughs; but it is exactly the answer she asked you not to give, and she can do nothing with it.]
    "Honestly? More clients. Bart has a target and I'm half of it." # speaker: you
    She laughs. At least you're honest. That doesn't help me help you. # speaker: els # mood: neutral
* [Nothing, really: you came to help, and her engineer matters more # act: decline # tip1 +1 # tip4 -1 # tip5 -1 # why: Modest, and it keeps the morning about her; but she can't give anything back, and a relationship where only one side may give leaves her in your debt.]
    ~ ask = "none"
    "Really, I'm fine. Let's make sure your engineer is sorted." # speaker: you
    Els puts her pen down.
    That's not how this works. Hilde gave you fifteen minutes. # speaker: els # mood: uneasy
    -> insists
* [Her firm: two staff, unhappy with their secretariat; you'd like her as a client # act: pitch # tip1 -2 # tip5 -1 # trust: els -1 # trust: bart-claeys +1 # why: She asked what you're working on, and this is true: Bart's list has her name on it; answering her question with her own account turns her turn into your sales call.]
    ~ pushed += 1
    ~ goodwill -= 1
    "Honestly? Firms like yours. Two staff, not happy with their secretariat. You, for instance." # speaker: you
    Els leans back.
    I walked into that. # speaker: els # mood: annoyed
- -> the_ask

=== the_ask ===
She taps the second line of your card.
So what would help you? Something I can actually do. I know architects, builders, one very good bookkeeper, and Johan Goossens. # speaker: els # mood: interested # discuss: Now the request itself. What exactly do you ask her for?
* [One email: an introduction to her bookkeeper, for a coffee about what starters ask her # act: ask-referral # asked: yes # tip4 +1 # tip5 +2 # trust: els +1 # why: One named person, one email, a yes or no: easy to grant and easy to refuse; it is still an ask about you, and some people never forgive themselves the first one.]
    ~ ask = "small"
    ~ goodwill += 1
    "Your bookkeeper. Would you introduce us, one email? I'd like to ask her, over coffee, what starters ask her about hiring. Not to sell her anything." # speaker: you
* [Keep it open: if she ever hears of anyone who's hiring, send them your way # act: ask-referral # asked: yes # tip1 +1 # tip4 -1 # why: It asks for nothing awkward and sells nothing; but "anyone" is nobody: she won't think of a name at the coffee machine.]
    ~ ask = "vague"
    "If you ever hear of anyone who's hiring, send them my way." # speaker: you
* [Johan Goossens: forty staff, the same payroll provider since his father's day; could she get you a meeting? # act: ask-referral # asked: yes # tip1 -1 # tip4 -1 # trust: els -1 # why: Specific and answerable, and it would be worth a year's target; but it spends her first big client on your sale, and it is anything but small.]
    ~ ask = "big"
    ~ goodwill -= 1
    "Johan Goossens. Forty staff, same payroll provider since his father's day. Could you get me a meeting?" # speaker: you
* [Say it's too early: you'd rather she owed you nothing # act: decline # tip1 +1 # tip4 -1 # tip5 -1 # why: Gracious, and nothing about it sells; but she asked twice, and you are leaving her with a debt she can't pay.]
    ~ ask = "none"
    "It's too early. Really, you owe me nothing." # speaker: you
- -> her_answer

=== insists ===
She slides your card back to you, the pen on top of it.
One line. Hilde checks them. # speaker: els # mood: interested # discuss: She won't let you leave with nothing. Do you give in, and with what?
* [Give in, and ask for one thing: an introduction to her bookkeeper # act: ask-referral # asked: yes # tip4 +1 # tip5 +2 # trust: els +1 # why: One named person and one email, after she insisted: you let her give back; you also needed to be pushed to do it.]
    ~ ask = "small"
    ~ goodwill += 1
    "All right. One thing. Your bookkeeper: would you introduce us? I'd like to hear what starters ask her about hiring." # speaker: you
* [Write "anyone who's hiring", so she has something # act: ask-referral # asked: yes # tip1 +1 # tip4 -1 # why: It ends the awkward moment and sells nothing; it also gives her a line she can do nothing with.]
    ~ ask = "vague"
    You write "anyone who's hiring". She reads it and nods, politely.
* [Hold your ground, kindly: next month, when you know what you need # act: decline # tip1 +1 # tip4 -1 # tip5 -1 # trust: els -1 # why: Honest, and you don't fill a line for the sake of it; but she asked twice, and you are telling her that her help isn't needed.]
    ~ owe_ask = true
    "Next month. I'll know by then." # speaker: you
    Hm. # speaker: els # mood: uneasy
- -> her_answer

=== her_answer ===
{
    - ask == "small": -> small
    - ask == "vague": -> vague
    - ask == "big": -> big
    - else: -> none
}

= small
An Peeters? Easy. She'll like you: she likes people who ask questions instead of selling her things. # speaker: els # mood: pleased
I'll write to her tonight. What do I tell her you want, exactly? # speaker: els # mood: interested # discuss: She said yes. How do you make it easy for her?
* [Offer to mail her three lines tonight that she can forward as they are # act: promise # tip1 +1 # tip5 +1 # trust: els +1 # why: It turns her favour into two minutes' work, and you'll have to write the three lines; it is also one more promise, on a day you already made one.]
    ~ goodwill += 1
    "I'll mail you three lines tonight. Forward them, or change them, whatever's quicker." # speaker: you
    Three lines. You're spoiling me. # speaker: els # mood: pleased
* [Save her the email: ask for An's number, and call An yourself, saying Els sent you # act: ask-referral # tip1 +1 # tip4 -1 # tip5 -1 # why: Quicker for everyone, and Els has less to do; but An gets a call from a stranger with Els's name on it before Els has said a word to her.]
    Els hesitates, then reads the number out. # mood: els uneasy
    Tell her I said hello. I'd better text her first. # speaker: els # mood: neutral
* [While she's at it: An, and her old classmate at the Order of Architects, and Johan? # act: ask-referral # asked: yes # tip1 -1 # tip4 -1 # trust: els -1 # why: She is in a giving mood, and each of those names would help; one ask answered becomes four, and she will remember which one of you kept count.]
    ~ greedy = true
    ~ goodwill -= 1
    Els writes "An". Then she stops writing.
    Let's start with An. # speaker: els # mood: neutral
- -> wrap

= vague
Anyone hiring. Sure. # speaker: els # mood: neutral
She writes "hiring?" on her own card, small, in the corner, under "Dirk L.". # discuss: She wrote "hiring?" in a corner of her card. Will anything come of it?
* [Narrow it down on the spot: a bookkeeper who works with starters, hers for instance # act: ask-referral # asked: yes # tip1 +1 # tip4 +1 # tip5 +1 # trust: els +1 # why: Turning a wish into a name gives her something she can do tonight; asking twice in a minute is also a little more pushy than asking once.]
    ~ ask = "small"
    ~ goodwill += 1
    "Actually, more precisely: a bookkeeper who sees a lot of starters. Yours, maybe? One email, for a coffee." # speaker: you
    An Peeters. She'll like that. I'll write tonight. # speaker: els # mood: pleased
* [Leave it: she'll think of you when someone mentions hiring # act: wait # tip1 +1 # tip5 -1 # why: No pressure on her, and that is kind; but nobody mentions hiring to an architect, and "hiring?" will stay in the corner of her card.]
    You leave it there. She nods and reaches for her croissant.
* [Give her a few of your cards and a brochure, for anyone who's hiring # act: pitch # tip1 -1 # tip5 -1 # trust: els -1 # why: It makes passing you on easy; it also makes her your sales channel, and a stack of brochures is not what she offered.]
    ~ pushed += 1
    She takes the cards and the brochure and puts them in her bag, between a roll of plans and a banana.
- -> wrap

= big
Els puts her pen down.
Johan? I've done one school with him. I'm not going to ask him to change his payroll for you. I'd be spending my first client on yours. # speaker: els # mood: uneasy # discuss: She won't spend her client on your sale. Now what?
* [Take it back and make it small: her bookkeeper, one email, for a coffee # act: repair # tip1 +1 # tip5 +2 # trust: els +1 # why: Naming the mistake and shrinking the ask saves the morning; she has now also seen what you asked for first.]
    ~ ask = "small"
    ~ goodwill += 1
    "You're right. That was too big. Something smaller: your bookkeeper, for a coffee about starters. One email." # speaker: you
    That, I can do. An Peeters. Tonight. # speaker: els # mood: neutral
* [Insist, gently: just a word, he'd listen to her # act: ask-referral # tip1 -2 # tip4 -2 # tip5 -2 # trust: els -2 # why: Johan would listen to her, and a word costs nothing; except that she has just said no, and now she has to say it twice.]
    ~ insisted = true
    ~ goodwill -= 2
    "Just a word. He'd listen to you." # speaker: you
    He would. That's why I won't. # speaker: els # mood: annoyed
* [Laugh it off and go back to her engineer # act: deflect # tip1 +1 # tip5 -1 # why: It ends an awkward moment lightly; she now knows what you wanted and not what you need.]
    ~ ask = "none"
    "Forget I said it. Hilde's timer makes me greedy. Back to Dirk." # speaker: you
    Els smiles, a little.
- -> wrap

= none
Els writes something on her own card and doesn't show you. # discuss: You leave with no ask. Is that the end of it?
* [Promise to mail her one line this week, once you know what you need # act: promise # tip1 +1 # tip5 +1 # why: It keeps the door open for her to give back; you now owe her an ask, which is a strange thing to owe.]
    ~ owe_ask = true
    "I'll mail you one line this week. A real one." # speaker: you
    I'll hold you to that. # speaker: els # mood: neutral
* [Let it be: you're fine, and she has enough on her plate # act: wait # tip1 +1 # tip5 -1 # why: No pressure on her at all; she will go on feeling she owes you, and people avoid those they owe.]
    You let it be. She eats her croissant, finally.
* [Offer one more favour instead: you'll look over her payroll forms, free # act: offer-help # tip1 -1 # tip4 +1 # tip5 -1 # why: Generous, and it would save her a Friday; a second favour on top of the first, and in your own product, deepens her debt and smells of a trial offer.]
    "And send me those forms. I'll look them over. No charge." # speaker: you
    That's kind. I'll think about it. # speaker: els # mood: uneasy
- -> wrap

=== wrap ===
Time! Cards in the folder, coffee refills at the buffet, see you next month. # speaker: hilde # mood: pleased
Thirty seconds, and Els is already standing, coat over her arm. # discuss: Thirty seconds left. What do you leave the table with?
* [Say back who does what by when, and write it on both cards # act: keep-notes # tip1 -1 # tip2 +1 # tip3 +1 # tip5 +1 # why: Two promises written down are two promises kept; you also spend her last thirty seconds on admin.]
    "So: {promised_dirk:I write to you and Dirk today|you call Dirk at nine}{ask == "small":, and An hears from us this week}. Right?" You both write it down. # speaker: you
* [Swap cards and go: the club's folder has the rest # act: swap-cards # tip1 +1 # tip2 -1 # why: Quick and friendly; the details of who promised what are now in Hilde's folder, not in your diary.]
    You swap cards. Hers has a drawing of a roof on it.
* [Suggest the same table next month, to hear how the steel and the engineer are doing # act: invite # tip4 +1 # tip5 +2 # trust: els +1 # why: A reason to meet again that is about her; it is also one more date in the diary of someone who has none to spare.]
    ~ goodwill += 1
    "Same table next month? I want to hear about the steel." # speaker: you
    If the steel's up, I'm buying. # speaker: els # mood: pleased
- Els leaves for her site, {pushed > 0:without looking back|waving from the door}. -> desk

=== desk ===
Ten o'clock. Your desk at the social secretariat. # scene: office
Bart comes round the partition with his reading glasses on his forehead. # sound: door
And? Wouters Architecten. Two staff, unhappy. Shall I give her a ring this afternoon? # speaker: bart-claeys # mood: interested
{ promised_dirk:
    On your screen, the email you promised Els: "Introduction: Els Wouters and Dirk Lemmens". Empty so far.
}
{ gave_number:
    Dirk doesn't know yet that an architect will call him at nine tomorrow.
}
Bart waits, one hand on the partition. # discuss: Bart wants to call her, and you owe her an email. What goes first, and what goes in it?
* {promised_dirk} [Write the Dirk introduction now, three lines, nothing of yours in it; and tell Bart no # act: keep-promise # tip3 +2 # tip5 +1 # trust: els +1 # trust: bart-claeys -1 # why: The promise kept the same morning is the one that counts; Bart hears a no about a lead he found himself.]
    ~ dirk_done = true
    ~ goodwill += 1
    "No call, Bart. She came to a breakfast, not to a sales list." You write to Els and Dirk: who each is, the steel frame, and that they should take it from here. Dirk answers before lunch: "Calling her at two."
* {promised_dirk} [Write the introduction, and add Bart's P.S.: an offer for her Fridays # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: els -1 # trust: bart-claeys +1 # why: One email instead of two, and Bart is happy; the introduction she needed now arrives with a price list underneath.]
    ~ dirk_done = true
    ~ pushed += 1
    ~ goodwill -= 1
    You write the introduction, and under it: "P.S. About your Fridays: Bart Claeys, my manager, will send you our offer." Bart pats your shoulder.
* {promised_dirk} [Tell Bart no, and write to Dirk tomorrow, when the phones are quieter # act: keep-promise # timing: late # tip3 +1 # tip4 +1 # tip5 -1 # trust: bart-claeys -1 # why: A calmer day gives a better email, and Bart's call is off; but you said today, and her steel frame is waiting on exactly this.]
    ~ dirk_done = true
    "No call, Bart." The email to Dirk waits for Friday. It goes out on Friday afternoon.
* {gave_number} [Text Dirk that Els Wouters will call, and why; and tell Bart no # act: follow-up # tip3 +2 # tip5 +1 # trust: els +1 # trust: bart-claeys -1 # why: Warning Dirk turns a cold call into an introduction; Bart hears a no about a lead he found himself.]
    ~ dirk_done = true
    ~ goodwill += 1
    "No call, Bart." You text Dirk: an architect, a school in Bonheiden, steel waiting, she'll ring at nine. He sends a thumbs up.
* {gave_number} [Leave Dirk be: she has his number, and he's a grown man # act: wait # tip1 +1 # tip3 -1 # why: Nothing to do, and nothing to get wrong; Dirk will wonder who gave an architect his mobile number.]
    You leave it. Dirk has had calls from strangers before.
* [Let Bart call her this afternoon: her forms are a real problem, and you're good at it # act: cold-call # tip1 -2 # tip3 -2 # tip5 -2 # trust: els -2 # trust: bart-claeys +1 # why: The offer is good and her problem is real, so the call may even land; but she told you about her Fridays across a breakfast table, and now your manager rings her about them.]
    ~ bart_calls = true
    ~ pushed += 1
    ~ goodwill -= 2
    "Go ahead. She's unhappy with hers." Bart is already dialling.
- -> two_weeks

=== two_weeks ===
Two weeks later. # sound: message
{
    - ask == "small" && not bart_calls && goodwill >= 2:
        ~ an_met = true
        A message from An Peeters, sent at six minutes past six in the morning.
        Els says you want to know what my starters ask me about hiring. Nobody has ever asked me that. Coffee on Tuesday, eight o'clock, at the Vismarkt? # speaker: an-peeters-mechelen # mood: pleased # via: message
        On Tuesday you listen for an hour: the contracts nobody reads, the first payslip that goes wrong, the baker who hired his nephew without insurance. You fill four pages. You don't mention your firm; An asks about it anyway, at the end, and writes down your number.
    - ask == "small":
        Nothing from An Peeters. Els meant to write to her. Then the steel came, and then the rain.
    - bart_calls:
        Els has answered Bart's call, once, and said she'd think about it. She hasn't.
    - else:
        Nothing from anyone. Dirk mentions, on the phone, that the architect is "sharp, and pays on time".
}
Her steel frame went up on Monday. You saw the photo on LinkedIn: Els in a hard hat, on the roof of the school in Bonheiden. # discuss: Two weeks on. What, if anything, do you tell Els?
* [Write Els a few lines: what came of her help, and thanks, and nothing else # act: follow-up # tip3 +2 # tip5 +1 # trust: els +1 # why: Telling someone what their help led to is what makes them want to help again; it is one more mail in an inbox that is all steel this week.]
    ~ closed_loop = true
    ~ goodwill += 1
    { ask == "small":
        You tell her about the four pages, the baker and his nephew, and An's six o'clock mail. You thank her, and stop there.
    - else:
        You congratulate her on the steel and ask how Dirk is working out. You thank her for the morning, and stop there.
    }
    Els answers from the site, one line: "Told you she'd like you. Same table next month."
* [Thank her with your firm's guide to hiring a first employee, for when she hires a third # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: els -1 # why: The guide is good and she will hire again; a thank-you with a brochure in it tells her which of the two was the point.]
    ~ pushed += 1
    ~ goodwill -= 1
    You send the guide with a warm line. It is opened once.
* [Save it for next month's breakfast: you'll tell her in person # act: wait # tip3 -1 # tip5 +1 # why: A story told across a table is better than a mail, and she is busy; but a month is a long time for a thank-you, and she may not know her help landed.]
    You put it on your list for next month.
- -> ending

=== ending ===
{
    - bart_calls || insisted || pushed >= 2:
        -> spent_favour
    - an_met:
        -> fair_exchange
    - ask == "none":
        -> one_way_street
    - else:
        -> line_on_a_card
}

= fair_exchange
{ greedy:
    Els never did write to her old classmate, or to Johan. She didn't need to be asked twice about An.
}
In the spring, An sends you the first of her starters: a physiotherapist in Hombeek who wants to hire her first assistant and is terrified of the contract. "I told her you ask questions first," An writes.
{ closed_loop:
    At the next one-on-one morning, Els asks Hilde to be at your table again. Hilde writes it in her folder and says nothing, which for Hilde is a compliment.
- else:
    At the next one-on-one morning, Els waves you over. You tell her about the physiotherapist, a month late. She had already heard it from An.
}
You gave first and then you asked, for one small thing, by name. Both of you are still glad you did. # ending: fair-exchange # mood: pleased
-> END

= line_on_a_card
Nothing went wrong. Els is friendly when you meet, and {dirk_done:Dirk does her calculations now|she found an engineer of her own}.
Your line is still on her card in Hilde's folder, and so is your name. Nobody could do much with either. # ending: line-on-a-card # mood: neutral
-> END

= one_way_street
Els is friendly when you meet, a little too friendly: the way people are with someone they owe.
{ dirk_done:
    Dirk does her calculations now. She has thanked you three times, and each time she has asked whether there is really nothing she can do. You still haven't said.
- else:
    She asked whether there was really nothing she could do. You still haven't said.
}
{ owe_ask:
    The line you promised her never went out. Every time you started it, it sounded like asking for too much, or for nothing.
}
At the summer breakfast she sits at another table. Help that can't be returned is hard to accept twice. # ending: one-way-street # mood: neutral
-> END

= spent_favour
{ bart_calls:
    Bart's call went to voicemail, and so did his second. In June, Wouters Architecten changes social secretariat: to another one.
}
{ insisted:
    Johan Goossens still has his father's payroll provider. Els still has Johan. She made sure of that.
}
At the next one-on-one morning, Els asks Hilde, quietly, for another partner. Hilde writes it in her folder and says nothing, which for Hilde is a verdict. # ending: spent-favour # mood: uneasy
-> END

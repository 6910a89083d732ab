# title: Coffee, one on one
# summary: The club's monthly one-on-one: an hour and a cappuccino with a shop owner. Find out how you can help her, or use the hour to sell?
# main: tip4
# cast: sofie \| Sofie Maes \| runs a bicycle shop and a new cargo-bike workshop in Mechelen; quiet, practical, dry humour
# cast: ruben \| Ruben Aerts \| barista at Café De Zwaan; chatty, knows every regular's order by heart
# ending: sales-coffee \| A sales pitch over coffee
# ending: strings-attached \| Help with strings attached
# ending: loose-ends \| Loose ends
# ending: givers-gain \| Givers gain

// Memory from beyond-the-pitch: the person you really listened to at the breakfast, and what she needs.
// When it is empty, the club simply paired you with Sofie and you start from nothing.
VAR mem_contact_name = ""
VAR mem_contact_need = ""
// Memory from hard-seller: someone you promised an introduction. Only mentioned in passing.
VAR mem_promised_intro = ""

// What happened on the way, for the lines and the ending that follow from it.
VAR thought_of_koen = false
VAR tablet = false
VAR wish_list = false
VAR guarded = false
VAR asked_first = false
VAR told_wish = false
// Whether you asked her for leads (for the ending, which must not say you never asked).
VAR asked_for_leads = false
// The short-term sale the hard sell wins: lettering for her old shop window.
VAR shop_quote = false
// The promise you make: "" (none yet), "koen" (a specific introduction), "vague" or "over".
VAR promise = ""
// How you followed it up: "clean", "pitch", "late" (after the day you promised) or "" (not at all).
VAR intro = ""

// Moves that sell instead of help; two or more and she remembers the coffee as a sales meeting.
VAR sales = 0

-> before

=== before ===
Thursday, twenty to nine. Your studio smells of vinyl; the plotter is cutting letters for a pharmacy. # scene: office
You make shop signs and window lettering, two of you, in Mechelen. Once a month the breakfast club pairs its members for a one-on-one coffee.
{ mem_contact_name != "":
    In your calendar, at nine: coffee with {mem_contact_name}, at Café De Zwaan.
    Three weeks ago, at the breakfast, she told you what she needs: {need_words(mem_contact_need)}. You wrote it on the back of her card, and it is still on your desk.
- else:
    In your calendar, at nine: coffee with Sofie Maes, at Café De Zwaan. Hilde, the club's chair, paired you.
    You swapped cards with Sofie once. A bicycle shop, a fleece jacket. That is all you know.
}
You have twenty minutes before you need to leave. # discuss: Twenty minutes before a one-on-one. What is worth preparing, and what will get in the way?
* [Think about who in your network could help her # act: prepare # tip4 +2 # why: Arriving with her in mind, not your own agenda, is what a one-on-one is for.]
    { mem_contact_name != "":
        A mechanic who is good with cargo bikes, and good with customers. You scroll through your phone.
        Koen Dewulf. From your Sunday cycling club: twenty years at a bike dealer in Leuven, and last month, at the halfway stop, he said he'd like to work closer to home.
        You write his name on a post-it and put it in your pocket.
        ~ thought_of_koen = true
    - else:
        You know almost nothing about her yet. You think of a few people who know shops, and decide the first job is to listen.
    }
* [Load your best shop signs on the tablet: if she asks, you can show rather than tell # act: prepare # tip1 -1 # tip5 -1 # why: Pictures say more than a description; but "in case she asks" usually means you will find a reason to show them.]
    You load forty photos on the tablet: the butcher, the pharmacy, the brewery's gold leaf. Just in case.
    ~ tablet = true
* [Write down three people you'd like her to introduce you to, in case she asks # act: prepare # tip1 +1 # tip2 -1 # tip5 -1 # why: Knowing what you would like makes it easy to answer if she asks; arriving with your asks ready also turns her hour into yours.]
    You write three lines on an index card: a shopping-street association, an estate agent, the new bakery on the Bruul.
    ~ wish_list = true
- -> cafe

=== cafe ===
Café De Zwaan. Worn wooden tables, the hiss of the steam wand, a newspaper rack nobody uses. # scene: cafe # sound: door
Morning! Cappuccino, as always? Or are we going wild today? # speaker: ruben # mood: pleased
"Cappuccino. Wild enough." # speaker: you
At five past nine Sofie comes in, a bike helmet under her arm and grease on one knuckle.
Sorry. A courier's cargo bike, chain snapped at seven. He needed it back by eight. # speaker: sofie # mood: uneasy
{ mem_contact_name != "":
    She sits down and looks at you properly.
    You're the one who asked what too well looks like. # speaker: sofie # mood: interested
}
Ruben puts two cappuccinos on the table, with a speculoos biscuit on each saucer. # discuss: She arrives late, with grease on her hands. How do you open the hour?
* [Put your phone face-down and ask how her morning went, chain and all # act: open-question # tip2 +1 # tip4 +1 # trust: sofie +1 # why: Your full attention, and a question about her, set the tone for the whole hour.]
    You put your phone face-down next to the sugar.
    "So the chain snapped at seven. How did the rest of the morning go?" # speaker: you
    She laughs, for the first time.
    Fixed at ten to eight. He tipped me in chocolate. # speaker: sofie # mood: pleased
* [She's short of time: respect it, and say in two lines what you do # act: say-what-you-do # tip1 -1 # tip2 -1 # tip5 +1 # why: Respecting her time is real, and now she knows who she is talking to; it also makes the first minutes about your business.]
    "You're busy, so let me be efficient. I make signs and window lettering, mostly for shops." # speaker: you
    Right. # speaker: sofie # mood: neutral
    She stirs her cappuccino longer than it needs.
    ~ sales += 1
* [Match her story with yours: your van wouldn't start this morning # act: self-disclose # tip2 +1 # tip4 -1 # why: A shared bad morning makes you a person, and she relaxes; it also makes you the one who talks.]
    "Tell me about it. My van wouldn't start this morning. Third time this month." # speaker: you
    You tell her about the battery, the garage, the quote. She nods in the right places.
- Sofie breaks her biscuit in two.
So. Hilde says these coffees are for business. What can I do for you? # speaker: sofie # mood: neutral # discuss: She asks first what she can do for you. Do you answer the question, or turn it round?
* [Turn it round: you came to find out how you can help her # act: ask-how-to-help # tip4 +3 # trust: sofie +1 # why: Asking how you can help, before asking for anything, is the heart of a one-on-one.]
    "Actually, I'd rather turn that round. I came to find out how I can help you." # speaker: you
    She puts the biscuit down and looks at you for a second.
    All right. You asked. # speaker: sofie # mood: interested
    ~ asked_first = true
    -> her_story
* [Answer her plainly: shops she knows that could use a new sign # act: ask-referral # asked: yes # tip1 +1 # tip4 -1 # why: She asked, and a plain answer is not a pitch; but you take before you have given anything, and the hour tilts toward you.]
    "Well, since you ask. Do you know any shops that need a new sign?" # speaker: you
    ~ asked_for_leads = true
    ~ sales += 1
    -> recover
* [Show her your best work: the photos say it better than you can # act: pitch # tip1 -2 # tip5 -1 # trust: sofie -1 # why: Good work speaks for itself, and she did ask; but she asked what she could do for you, and a portfolio says: buy.]
    "Since you ask." # speaker: you
    { tablet:
        You slide the tablet across the table. The butcher, the pharmacy, the brewery's gold leaf.
    - else:
        You take out your phone and show her photos. The butcher, the pharmacy, the brewery's gold leaf.
    }
    ~ sales += 1
    -> recover

=== recover ===
Sofie looks at her cappuccino, then at her watch, then at you.
Hm. I'll keep it in mind. # speaker: sofie # mood: uneasy
Her cappuccino is still full. She zips her fleece halfway up, the way people do when they are planning to leave. # discuss: She is zipping up her fleece. Can this hour still be saved, and how?
* [Stop, say sorry, and ask how things are at her shop # act: repair # tip2 +1 # tip4 +1 # tip5 +1 # trust: sofie +1 # why: Noticing you have slipped into selling, and turning back, can still rescue the hour.]
    "Sorry. That's not why I'm here, really. How are things at the shop?" # speaker: you
    She unzips the fleece again.
    Do you want the polite answer or the real one? # speaker: sofie # mood: neutral
* [Keep going: she'll respect someone who knows what they want # act: pitch # tip1 -2 # tip5 -2 # trust: sofie -1 # why: Confidence can close a sale, and here it does; she came for a conversation, and you give her a pitch.]
    "Let me show you one I did for a bicycle shop in Lier. You'll like it." # speaker: you
    Nice. The lettering on my old shop window is peeling, actually. Send me a price. # speaker: sofie # mood: neutral
    She looks at the door. You get the short version of everything after this.
    ~ guarded = true
    ~ shop_quote = true
    ~ sales += 1
- -> her_story

=== her_story ===
{ mem_contact_name != "":
    You tell her what you remember from the breakfast: {need_words(mem_contact_need)}.
    "Are you still looking?" # speaker: you
    She stares at you.
    You remembered that. # speaker: sofie # mood: pleased
    Still looking. And it's got worse. # speaker: sofie # mood: uneasy
- else:
    The workshop. Cargo bikes. I started it in the spring, and it's going well. Too well. # speaker: sofie # mood: neutral
}
{ guarded:
    Luc, my mechanic, retired. I need someone. That's it really. # speaker: sofie # mood: neutral # discuss: She has told you her problem. Do you ask, advise, or share?
- else:
    Families, a bakery that delivers, two couriers. They all break down at once, and they all need the bike back tomorrow. # speaker: sofie # mood: uneasy
    My mechanic, Luc, retired in March. Since then it's me, fixing chains at eleven at night. I need an experienced mechanic. I can't keep this up. # speaker: sofie # mood: uneasy # discuss: She has told you her problem. Do you ask, advise, or share?
}
* [Ask what she has tried so far, and what went wrong # act: follow-thread # tip2 +1 # tip4 +2 # trust: sofie +1 # why: Knowing what already failed tells you what kind of help would really help.]
    "What have you tried so far? And what went wrong?" # speaker: you
    A job ad: eleven replies, two had ever touched a cargo bike. A temp agency sent me a student. # speaker: sofie # mood: annoyed
    And the thing nobody gets: he has to talk to customers. Luc could explain a broken gear hub without making anyone feel stupid. # speaker: sofie # mood: interested
* [Tell her what you'd do: you've solved this kind of problem before # act: advise # tip1 +1 # tip2 -1 # tip4 -1 # why: Straight help, one owner to another, with nothing to sell; solving too soon also means you miss what she really needs.]
    { thought_of_koen:
        "I know exactly who you need." # speaker: you
    - else:
        "Put the ad on the federation's job board. That always works." # speaker: you
    }
    Wait. Let me finish. It isn't only about fixing bikes. # speaker: sofie # mood: annoyed
    He has to talk to customers. Luc could explain a broken gear hub without making anyone feel stupid. # speaker: sofie # mood: neutral
* [Tell her how you found your own fitter last year, so she knows she's not alone # act: self-disclose # tip2 +1 # tip4 -1 # why: It shows her someone has been through it; it also turns her problem into your story.]
    "I know the feeling. Last year, finding a fitter took me four months." # speaker: you
    You tell her about the ads, the interviews, the one who didn't show up. She looks at the clock above the bar.
- Ruben comes by with a glass of water for each of you. Sofie takes a long drink.
Enough about me. What's the hardest thing in your business right now? # speaker: sofie # mood: interested # discuss: She turns the question on you. How much of the hour do you take?
* [Answer briefly and honestly, then bring it back to her workshop # act: follow-thread # tip2 +1 # tip4 +1 # tip5 +1 # why: A short, honest answer builds trust, and the hour stays about her.]
    "Honestly? Saying no to work I don't like. But I want to hear more about this mechanic." # speaker: you
    She smiles.
    Fair enough. Go on then. Ask. # speaker: sofie # mood: pleased
* [She asked: tell her honestly, the van, the late job, the plotter # act: self-disclose # tip1 +1 # tip2 +1 # tip4 -2 # why: She asked, and an honest answer makes you a person to her; ten minutes of it uses up the hour you came to give her.]
    She asked. So you tell her: the van, the job in Antwerp that's running late, the plotter that cost more than your car.
    Twelve minutes later you notice she hasn't said a word.
* [Say it's finding clients, and ask if she knows any # act: ask-referral # tip1 -1 # tip4 -1 # why: Honest, and she may well know someone; it also turns her kind question into a request for leads.]
    "Finding clients. You don't happen to know any?" # speaker: you
    I'll think about it. # speaker: sofie # mood: neutral
    ~ asked_for_leads = true
    ~ sales += 1
- -> the_offer

=== the_offer ===
{ thought_of_koen:
    The post-it with Koen's name is in your pocket. Cargo bikes, twenty years, and patient with people. He fits better than you thought.
- else:
    Somewhere in the last half hour, a name has surfaced. Koen Dewulf, from your Sunday cycling club: twenty years at a bike dealer in Leuven. Last month he said he'd like to work closer to home.
}
You can't promise Koen will want it. But you could ask. # discuss: You know one person who might fit. What exactly do you promise her?
* [Offer to check with Koen tonight, and introduce them by Friday if he's keen # act: promise # tip4 +1 # tip5 +2 # trust: sofie +1 # why: A specific introduction with a date, checked with both sides first, is a promise you can keep.]
    "I know someone who might fit. Koen. Let me ask him tonight, and if he's keen, I'll introduce you both by Friday." # speaker: you
    She takes a little notebook out of her fleece and writes down Koen, and Friday.
    If he knows cargo bikes and he's nice to people, I'll buy him a coffee myself. # speaker: sofie # mood: pleased
    ~ promise = "koen"
* [Say you'll ask around: you know a lot of people, and someone will know someone # act: promise # tip4 +1 # tip5 -1 # why: It sounds helpful and keeps your options open; it costs nothing, which is exactly why nothing usually comes of it.]
    "I'll ask around. I know a lot of people." # speaker: you
    Thanks. Everyone says that. # speaker: sofie # mood: neutral
    ~ promise = "vague"
* [Promise her three good candidates by Monday: she needs someone fast # act: promise # tip4 +2 # tip5 -2 # trust: sofie -1 # why: It matches how urgent her problem is; but you know one person, not three, and a promise you can't keep costs trust.]
    "Leave it with me. Three good candidates by Monday." # speaker: you
    Three? By Monday? # speaker: sofie # mood: uneasy
    She doesn't write it down.
    ~ promise = "over"
- Sofie finishes her cappuccino.
OK. And what can I do for you? And don't say nothing. # speaker: sofie # mood: interested # discuss: She insists on doing something for you. What do you let her do?
* [Name one kind of person you'd like to meet: shop owners about to open # act: ask-referral # asked: yes # tip5 +1 # why: A clear, small request lets givers gain work both ways, without a sales pitch.]
    { wish_list:
        You leave the index card in your pocket and keep it to one thing.
    }
    "If you ever meet someone about to open a shop, I'd love to have a coffee with them. That's all." # speaker: you
    The tea shop on the IJzerenleen opens in June. I'll tell her about you. # speaker: sofie # mood: pleased
    ~ told_wish = true
* [Let her do something: the new workshop could use a proper sign, at a friend's price # act: pitch # tip1 -2 # tip5 -2 # trust: sofie -1 # why: She wants to give something back, and a friend's price is generous; cashing in her goodwill as an order turns the favour into a sale.]
    "Well. The new workshop could use a proper sign. Friend's price." # speaker: you
    The sign stays. My brother-in-law painted it. # speaker: sofie # mood: annoyed
    ~ sales += 1
* [Wave it away: nothing, really, you're glad to help # act: decline # tip1 +1 # tip5 -1 # why: Modest, and it sells nothing; refusing every favour also keeps the relationship one-way.]
    "Nothing, really. I'm glad to help." # speaker: you
    Then I'll owe you. I don't like owing people. # speaker: sofie # mood: uneasy
- Ruben collects the cups.
Another round, or have you two solved the world? # speaker: ruben # mood: pleased # discuss: The hour is nearly over. What should she take home from it?
* [Pay for both, and suggest another coffee after the summer # act: invite # tip5 +1 # trust: sofie +1 # why: A next coffee, with no agenda, is how a contact becomes a relationship.]
    "My treat. And let's do this again after the summer." # speaker: you
    { promise == "koen":
        Deal. You can tell me if Koen was any good. # speaker: sofie # mood: pleased
    - else:
        Deal. After the summer. # speaker: sofie # mood: pleased
    }
* [Split the bill, and give her your brochure to pass on to anyone who asks # act: pitch # tip1 -1 # tip5 -1 # why: A brochure is easy to pass on, and shop owners talk to shop owners; it is also the last thing she takes home from the hour: a sales leaflet.]
    You split the bill. At the door you hand her your brochure. For anyone who asks.
    She folds it in two and puts it in her helmet.
    Thanks. Right. I'm off. # speaker: sofie # mood: neutral
    ~ sales += 1
* [Pay, and put your promise in your calendar while she watches # act: keep-notes # tip3 +1 # why: Writing the promise down, in front of her, makes it real for both of you.]
    You pay, take out your phone and put it in your calendar, there at the table.
    She watches you do it, then writes something in her own notebook.
- -> evening

=== evening ===
Half past seven that evening, your studio. The plotter is quiet. # scene: office
{ mem_promised_intro != "":
    On your to-do list, above Sofie: the introduction you promised {mem_promised_intro} at the reception. Two promises now. That is what the list is for.
}
{ promise == "koen":
    -> koen_intro
- else:
    -> one_name
}

= koen_intro
You call Koen. He listens, asks three questions about cargo bikes, and says: send me her details. # sound: phone-ring
Now the email. # discuss: Koen said yes. What goes into the introduction, and when does it go?
* [Write Sofie and Koen one short email: who, why, and then step back # act: keep-promise # tip1 +1 # tip3 +2 # why: A clean introduction that asks nothing for yourself is follow-up at its best.]
    Sofie, meet Koen. Koen, meet Sofie. Three lines each on why, both phone numbers, and: I'll leave you to it.
    ~ intro = "clean"
* [Write the introduction, and add a line for Sofie about a workshop sign at a friend's price # act: follow-up-with-pitch # tip1 -2 # tip3 -2 # trust: sofie -1 # why: It is one line in a generous email, and a friend's price is real; slipping your offer into an introduction makes the favour look like bait.]
    The introduction, and then a last paragraph: P.S. Sofie, for the new workshop, I can do you a good price on a sign.
    ~ intro = "pitch"
* [Write it at the weekend, when you can give it proper attention # act: break-promise # tip3 -1 # tip5 -1 # why: A calmer email may well read better; but you said Friday, and she is still fixing chains at night.]
    You close the laptop. Saturday. It'll read better on Saturday.
    ~ intro = "late"
- -> ending

= one_name
{ promise == "vague":
    You promised to ask around. You know exactly one person who fits: Koen.
- else:
    You promised three candidates by Monday. You know exactly one: Koen.
}
It is your move. # discuss: You promised more than you have. What do you send her?
* [Call Koen, and tell Sofie honestly: you have one name, not more # act: keep-promise # tip3 +2 # tip5 +1 # trust: sofie +1 # why: Keeping the spirit of a promise, and being honest about its size, still builds trust.]
    You call Koen; he's interested. Then you write to Sofie: I have one name, not three. But it's a good one. # sound: phone-ring
    ~ intro = "clean"
* [Send Sofie a friendly note, with more about what you do and your price list # act: follow-up-with-pitch # tip1 -2 # tip3 -2 # trust: sofie -1 # why: A follow-up keeps you in her mind; following up to sell is the one thing follow-up should never be.]
    Great to meet you! As promised, here's some more about what I do. The price list is attached.
    ~ intro = "pitch"
* [Let it rest for now: if she still needs someone, she has your number # act: break-promise # tip3 -1 # why: Not chasing her feels like the opposite of selling; but you promised, and a promise left to rest is what she will remember of you.]
    You let it rest. She knows where to find you.
- -> ending

=== ending ===
{ shop_quote:
    Sofie orders the new lettering for her old shop window: a small job, paid on time. She doesn't mention you to anyone.
}
{
    - intro == "pitch":
        -> strings_attached
    - sales >= 2:
        -> sales_coffee
    - intro == "clean":
        -> givers_gain
    - else:
        -> loose_ends
}

= givers_gain
Five weeks later, a message from Sofie, with a photo: Koen in the workshop, explaining a gear hub to a father with two kids in the front of a cargo bike. Three days a week. # sound: message
{ asked_first:
    Under the photo: You asked how you could help. Thank you.
}
{
    - told_wish:
        And on the Monday after, a call from the tea shop on the IJzerenleen: Sofie said you're the one to talk to about their window. # sound: phone-ring
    - asked_for_leads:
        And on the Monday after, a call from the tea shop on the IJzerenleen. Not because you asked Sofie for leads over the biscuits; because of Koen. # sound: phone-ring
    - else:
        And on the Monday after, a call from the tea shop on the IJzerenleen. You never asked Sofie for anything; she gave them your number anyway. # sound: phone-ring
}
You went to help, not to sell. The work came anyway, the long way round. # ending: givers-gain # mood: pleased
-> END

= strings_attached
{ promise == "koen":
    Koen and Sofie meet the next week. Sofie answers Koen warmly. She answers you with one line: Thanks. No sign needed.
- else:
    Sofie doesn't reply. The price list was the follow-up she remembers.
}
At the next breakfast she is friendly, and careful, the way people are with someone who might be selling.
{ promise == "koen":
    The help was real. The postscript is what she kept. # ending: strings-attached # mood: neutral
- else:
    She needed a mechanic. She got a price list. # ending: strings-attached # mood: neutral
}
-> END

= sales_coffee
{ intro == "clean":
    Koen gets in touch with Sofie, and it may well work out. But when Hilde asks Sofie how the coffee was, she says: fine, a bit of a sales pitch.
- else:
    Sofie doesn't get in touch. When Hilde asks her how the coffee was, she says: fine, a bit of a sales pitch.
}
Next month, Hilde pairs you with someone else. You had an hour with a shop owner who needed help, and you spent it selling. # ending: sales-coffee # mood: uneasy
-> END

= loose_ends
{ intro == "late":
    On Saturday you write the introduction. Sofie answers on Monday: on Friday she took on a mechanic from the temp agency. It's fine, she writes. Koen says no problem. He sounds disappointed.
    An hour, a cappuccino, a promise with a day on it. You kept it a day late, and a day was what mattered. # ending: loose-ends # mood: neutral
- else:
    Weeks go by. Sofie's card sits on your desk under a roll of vinyl.
    At the next breakfast, she nods at you across the room, friendly enough. Someone else found her a mechanic.
    An hour, a cappuccino, a promise. Nothing came of it, because nothing was followed up. # ending: loose-ends # mood: neutral
}
-> END

// mem_contact_need holds a key set by beyond-the-pitch ("mechanic"), never words, so a player who played
// that scenario in another language still reads her need in this one. An unknown key gets a general phrase.
=== function need_words(need) ===
{ need:
- "mechanic":
    ~ return "an experienced mechanic for her cargo-bike workshop"
- else:
    ~ return "an extra pair of hands for her cargo-bike workshop"
}

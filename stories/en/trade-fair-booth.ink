# title: The trade-fair booth
# summary: Horeca Expo in Ghent: an espresso machine on your stand and a target for scanned badges. A buyer, a freebie hunter and a competitor walk up. When is selling the right move, and how?
# main: tip1
# cast: ilse \| Ilse Van Acker \| your sales manager at Verhelst Espresso; fair, hands-on, answers to a marketing department that counts scans
# cast: freddy-aalst \| Freddy De Backer \| ran a chip shop in Aalst for thirty-eight years; retired; does every fair for the freebies and knows every stand
# cast: tine \| Tine Van Hecke \| runs a brasserie on the market square in Lokeren; her espresso machine died on Sunday; straight, in a hurry
# cast: stefaan \| Stefaan Lemmens \| sales rep for Lavica, a competitor in hall 3; nineteen years of fairs; sharp, funny, fishing
# ending: stand-sale \| Sold on the stand
# ending: straight-answer \| A straight answer
# ending: across-the-aisle \| Sent back across the aisle
# ending: hall-three \| Bought in hall 3

// This scenario's own state; it reads and writes no memory (nothing here continues another story).
// tine_trust is how Tine sees you: it decides, with what you sent her, where she buys her machine.
VAR tine_trust = 0
VAR checked_stock = false
VAR scanning = false
VAR freddy_talked = false
VAR scanned_freddy = false
VAR quoted = false
VAR wrong_date = false
VAR signed_today = false
VAR promised_quote = false
VAR quote_ok = false
VAR quote_late = false
VAR pushy_quote = false
VAR smoothed = false
VAR released = false
VAR upsold = false
VAR dug = false
VAR gave_prices = false
VAR stefaan_friend = false
VAR bought = ""

-> stand

=== stand ===
Monday, half past nine. Flanders Expo in Ghent, day two of Horeca Expo. Restaurants close on Mondays, so today the chefs and café owners come: the day the stands are built for. # scene: reception
Your company, Verhelst Espresso, builds espresso machines in Roeselare and services them all over Flanders. Stand 2.114: a counter, three machines, a grinder that sounds like a motorbike, and a rack of thermos cups with the logo on them.
Ilse Van Acker, your sales manager, clips a badge scanner to your lanyard. It beeps when it reads a badge.
Eighteen thousand euros, this stand. Marketing wants sixty scans a day from each of us. Every badge is a lead. # speaker: ilse # mood: neutral
There's a ranking on the screen at the back. Last year Jelle won a weekend in the Ardennes with it. # speaker: ilse # mood: pleased
The doors open at ten. # discuss: The company counts scans. What will you count today?
* [Go for the sixty: scan everyone who stops, and sort them out later # act: target # tip1 -2 # tip5 -1 # trust: ilse +1 # why: The company paid for the stand, and a scan costs a visitor nothing; but everyone who stops for a coffee becomes a lead before you've said a word to them, and you'll spend the day counting instead of talking.]
    ~ scanning = true
    You test the scanner on your own badge. Beep. One.
* [Tell Ilse you'll scan whoever asks to hear from you, and count conversations instead # act: candour # tip1 +1 # tip5 +1 # trust: ilse -1 # why: Honest about what makes a fair worth it, and it keeps your eyes on people; but Ilse answers to a marketing department, and you've just made her Monday harder.]
    "I'll scan whoever wants to hear from us. The rest I'd rather just talk to." # speaker: you
    Ilse looks at you over her glasses. # mood: ilse uneasy
    Talk all you like. Marketing counts scans. # speaker: ilse # mood: neutral
* [Ring the warehouse first: what's in stock, and what can anyone still get before Christmas? # act: prepare # tip1 -1 # tip4 +2 # why: Whoever asks today gets a true answer, and that is how you help a buyer; it also means your first half hour goes on the phone at the back of the stand, not in the aisle.]
    ~ checked_stock = true
    Nadine at the warehouse doesn't need to look. New two-group machines: nothing before the fifteenth of January, the factory is full. The only one you could deliver this year is the demo machine on this stand, on Friday, the day after the fair closes.
    You write it on the back of your hand. Ilse sees you do it, and says nothing.
- -> freddy

=== freddy ===
At five past ten the first visitor heads straight for your counter: a man in his seventies, with a big moustache and four bulging carrier bags from other stands.
Morning! Is that coffee free? And those cups, are those free as well? # speaker: freddy-aalst # mood: pleased
Freddy De Backer. Thirty-eight years of chips in Aalst, Frituur Freddy, next to the station. Sold it two years ago. Now I do the fairs. # speaker: freddy-aalst # mood: pleased
He lifts the bags one by one: sauces, aprons, a key ring shaped like a deep-fryer, three kinds of pens.
Behind him, Ilse taps her scanner and raises her eyebrows. # discuss: He is here for the freebies, and says so. What is he to you?
* [Make him a cappuccino and ask what has changed at the fair since his chip-shop days # act: open-question # tip1 +1 # tip2 +2 # trust: freddy-aalst +1 # why: He is a man with thirty-eight years in the trade, and the question treats him like one; he will also take all the time you give him, and the aisle is filling up.]
    ~ freddy_talked = true
    "Cappuccino? And tell me: what's changed here since your chip-shop days?" # speaker: you
    Everything! We used to get a jenever at every stand. Now it's oat milk. # speaker: freddy-aalst # mood: pleased
    He knows every stand in every hall: who's new, who's gone bust, who gives away the best aprons. He tells you all of it.
    And the tall one in the grey fleece, doing the rounds since opening? Lavica, hall 3. Nineteen years at this fair and still no tie. He's been past your stand twice. # speaker: freddy-aalst # mood: interested
* [Scan his badge while the machine runs, hand him a cup, and turn back to the aisle # act: target # tip1 -1 # tip2 -1 # trust: ilse +1 # trust: freddy-aalst -1 # why: Quick, friendly enough, and your count goes up; he will get a sales mailing about machines he will never buy, and he saw you weigh him up.]
    ~ scanned_freddy = true
    Beep. "There you go: an espresso and a cup. Enjoy the fair!" # speaker: you
    He looks at the scanner, then at you. # mood: freddy-aalst neutral
    Scanned like a sack of potatoes. Well. Thanks for the cup. # speaker: freddy-aalst # mood: neutral
* [Give him his espresso and a cup with a smile, and wish him a good fair # act: exit # tip1 +2 # tip2 -1 # tip5 +1 # trust: freddy-aalst +1 # why: Warm, quick and honest: he gets what he came for, and you are free for the aisle; you also learn nothing from a man who knows every stand in the building.]
    "An espresso, and a cup for the collection. Have a good fair, Freddy." # speaker: you
    Now that's service. # speaker: freddy-aalst # mood: pleased
    He winks, and sets off towards the cheese stands. # leave: freddy-aalst
- -> tine_looks

=== tine_looks ===
{ freddy_talked:
    Freddy is halfway through the year his oil supplier went bankrupt when he stops, looks over your shoulder, and picks up his bags.
    Go on. You've got a real one there. I know that look: I had it myself in 1994. # speaker: freddy-aalst # mood: pleased
}
A woman in a rain jacket, a chef's white collar showing underneath, has stopped at the two-group machine at the end of the counter. She doesn't want a coffee. She looks at the group heads, opens the steam tap a quarter turn, crouches to read the type plate, and takes a photo of it. # leave: freddy-aalst
Then she looks at the price card, which says "ask us", and frowns. # discuss: She is studying the machine, not the freebies. What do you do before she has said a word?
* [Go over and tell her what she's looking at: two groups, an eleven-litre boiler, a technician within four hours # act: pitch # tip1 -2 # tip2 -1 # trust: tine -1 # why: She is clearly interested, and a good rundown saves her reading the plate; but she hasn't asked you anything yet, and you've made her a listener before you know what she needs.]
    ~ tine_trust -= 1
    You give her the whole thing, and you give it well: the boiler, the groups, the pressure, the four-hour service. You've done it three hundred times.
    I can read a type plate. # speaker: tine # mood: annoyed
    She says it without looking up. Then she straightens.
* [Say good morning, and offer to pull her a shot on it, so she can taste what it does # act: small-talk # tip1 +1 # tip2 -1 # tip5 +1 # trust: tine +1 # why: Friendly, and it lets the machine speak for itself; but she didn't come for a coffee, and you still know nothing about why she's here.]
    ~ tine_trust += 1
    "Morning. Shall I pull you one on it? Then you know what it does." # speaker: you
    She nods, and drinks it standing, in two sips, like someone who drinks a lot of espresso.
    Not bad. # speaker: tine # mood: neutral
* [Ask her what she's looking for in a machine # act: open-question # tip1 +1 # tip2 +1 # tip4 +1 # trust: tine +1 # why: A question about her need, not about your machine, lets her tell you why she's here; it is also the question every stand in the hall has asked her this morning.]
    ~ tine_trust += 1
    "What are you looking for in a machine?" # speaker: you
    She straightens up. # mood: tine neutral
    One that doesn't die on me. # speaker: tine # mood: neutral
* [Ask straight out whether she's replacing a machine, and what her budget is # act: qualify # tip1 -1 # tip5 -1 # why: It saves you both time if she's only looking; it also sorts her into buyer or browser before she has said hello.]
    "Replacing a machine? What kind of budget are we talking about?" # speaker: you
    She looks at you for a second. # mood: tine uneasy
    Budget. Right. # speaker: tine # mood: neutral
- -> her_story

=== her_story ===
Tine Van Hecke. Brasserie 't Pleintje, on the market square in Lokeren. # speaker: tine # mood: neutral
My machine died on Sunday, in the middle of lunch. Twenty-two years old; the boiler. The technician says it isn't worth fixing, and he's right. # speaker: tine # mood: uneasy
Right now I'm making espresso on my sister's machine from home, one cup at a time. On the sixth of December the Christmas market opens on the square, right outside my door: four hundred coffees a day, if I can make them. # speaker: tine # mood: annoyed
She taps the machine.
So. What does this one cost, installed, and can it be on my counter before the sixth? # speaker: tine # mood: neutral # discuss: She asks for a price and a date. Is this the moment to sell, and how?
* [Answer her plainly: the price installed, the earliest date you can give, what the service covers and what it doesn't # act: pitch # asked: yes # tip1 +1 # tip2 +1 # tip5 +1 # trust: tine +2 # why: She asked a buyer's question, so a clear offer is the respectful answer, not a pitch pushed at her; it also puts your price on the table before you know who else she's seeing.]
    ~ quoted = true
    ~ tine_trust += 2
    { checked_stock:
        "Eight thousand nine hundred, installed, with a year's service: a technician within four hours, Sundays too. Descaling is yours. A new one I can't get you before the fifteenth of January. But this one, the demo machine, can be on your counter on Friday: seventy-four hundred, full warranty." # speaker: you
        She looks at the machine as if it has just introduced itself. # mood: tine interested
        This one. Huh. # speaker: tine # mood: interested
    - else:
        ~ wrong_date = true
        "Eight thousand nine hundred, installed, with a year's service: a technician within four hours, Sundays too. Descaling is yours. Delivery is two weeks, normally, so before the sixth is fine." # speaker: you
        Two weeks is what the price list said last spring. What it says this week, you don't know, and she doesn't ask.
        Two weeks. Good. # speaker: tine # mood: interested
    }
    I'm seeing Lavica in hall 3 at eleven. Then I decide. # speaker: tine # mood: neutral
* [Close it now: fifteen percent fair discount if she signs on the stand today # act: pitch # asked: yes # tip1 -1 # tip5 -2 # trust: tine -1 # trust: ilse +2 # why: She's in a hurry and asked for a price, so a sharp deal on the spot looks like service, and it works; but a deadline in the middle of her emergency is pressure, and she will know it was.]
    ~ signed_today = true
    ~ tine_trust -= 1
    "Eight thousand nine hundred installed. But sign today, here on the stand, and it's fifteen percent off. The fair price stops when the fair does." # speaker: you
    Today? # speaker: tine # mood: uneasy
    You nod at the order form. Ilse is already there, a pen in her hand and the stock list in her head: the demo machine, on Friday.
    Tine reads the form twice, looks at her watch, sighs, and signs. # mood: tine uneasy
    Ilse rings the little brass bell on the counter. Two people in the aisle clap without knowing why. # sound: applause
* [First ask about her brasserie: covers, staff, who works the machine # act: follow-thread # tip1 -1 # tip2 +2 # trust: tine -1 # why: Knowing her place would make your advice better; but she asked you a straight question, and a questionnaire in reply feels like a sales technique.]
    ~ tine_trust -= 1
    "Before I give you a price: how many covers do you do? Who makes the coffee, you or your staff?" # speaker: you
    Sixty covers, three staff, and I make the coffee. And the price? # speaker: tine # mood: annoyed
    You start on it, and her phone rings. She listens, says "coming", and picks up a brochure.
    Lavica, hall 3, eleven o'clock. I'll look at this on the train. # speaker: tine # mood: neutral
* [Give her the brochure and the price list, and let her think it over without anyone pushing # act: say-what-you-do # tip1 +1 # tip2 -1 # trust: tine -1 # why: No pressure at all, which feels respectful; but she asked you two questions, got a brochure, and has three weeks and no machine.]
    ~ tine_trust -= 1
    You hand her the brochure with the price list tucked inside. "Take your time. It's all in there." # speaker: you
    She turns to the price list, then to the back page, looking for a delivery date that isn't there.
    Right. Thanks. I'm seeing Lavica at eleven. # speaker: tine # mood: neutral
- -> her_card

=== her_card ===
{ signed_today:
    She folds her copy of the order into her bag, and hands you her card.
- else:
    She hands you her card, already half turned towards the aisle.
}
Tine Van Hecke, 't Pleintje, Markt, Lokeren. The aisle behind her is full now, and two people are waiting at your counter. # discuss: She's leaving your stand. What do you do with her card, and with what she told you?
* {not signed_today} [Promise her a written quote by eight tonight, with a delivery date you've checked # act: promise # tip4 +1 # tip5 +1 # trust: tine +1 # why: A concrete promise gives her what she needs to decide tonight, and a reason to hear from you; it counts for follow-up only once you keep it.]
    ~ promised_quote = true
    ~ tine_trust += 1
    "You'll have it in writing by eight tonight: price, a date I've checked, what's in the service. Then you can compare properly." # speaker: you
    Eight. I'll hold you to it. # speaker: tine # mood: neutral
* [Write on the back of her card what she told you: Sunday, the boiler, the Christmas market, four hundred a day # act: keep-notes # tip2 +1 # tip3 +1 # tip5 +1 # why: What she told you is what you'll follow up on, and by tonight you'd have forgotten half; but she walks off without a next step.]
    She's gone before you've finished writing. On the back of the card: "Sunday, boiler, 22 yrs. Xmas market 6/12. 400/day. Sister's machine."
* [Scan her badge: marketing's follow-up will send her everything tonight # act: target # tip1 -1 # tip3 -1 # trust: tine -1 # trust: ilse +1 # why: Quick, it counts, and she will have mail tonight; but what she gets is the same mailing as everyone who stopped for a coffee, not an answer to her questions.]
    ~ tine_trust -= 1
    Beep. She watches the scanner read her badge, and says nothing.
* [Give her your own card with your mobile number on it: "Call me, not the switchboard" # act: swap-cards # tip1 +1 # tip2 -1 # tip5 +1 # trust: tine +1 # why: A direct line is what someone with a broken machine wants; it also leaves the next move to her, and she has three more stands to see.]
    ~ tine_trust += 1
    "My mobile's on it. Call me, not the switchboard." # speaker: you
    She puts it in her jacket pocket, not in the bag with the brochures.
- -> stefaan

=== stefaan ===
Half past twelve: the lunch lull. The aisle drains towards the food court. # leave: tine
A man in a grey fleece, fortyish, badge turned round against his chest, leans on your counter. He has been past twice this morning.
Nice machine. What's your lead time on the two-group these days? And the margin, if a café buys through a wholesaler? # speaker: stefaan # mood: interested
Your service contract, per month? And in Limburg, is that your own technicians or a subcontractor? # speaker: stefaan # mood: interested
{ freddy_talked:
    A grey fleece. Freddy's voice in your head: nineteen years at this fair and still no tie.
}
Every one of them is a buyer's question. Not one of them is about a café. # discuss: He asks every buying question, and none about his own business. Who is he to you, and how do you treat him?
* [He's asking all the right questions: give him the full demo and the price sheet # act: pitch # tip1 -2 # tip2 -1 # trust: stefaan +1 # why: Every question is a buying signal, and a good rep answers buying signals; but none of them was about his café, because he hasn't got one.]
    ~ gave_prices = true
    You do the full demo. He folds the price sheet into his fleece. # mood: stefaan pleased
    Very complete. Thank you. # speaker: stefaan # mood: pleased
    When he's gone, Ilse comes out from the back. # mood: ilse annoyed # leave: stefaan
    Stefaan Lemmens. Lavica. He has done this fair for nineteen years, and you just gave him our wholesale margins. # speaker: ilse # mood: annoyed
* [Ask him about his café: where would the machine stand, and how busy is it? # act: open-question # tip1 +1 # tip2 +2 # trust: stefaan +1 # why: A real question shows at once whether there's a real café, and it lets him come clean without losing face; it also gives a rival ten more minutes at your counter.]
    "Tell me about the place. Where would it stand? How busy are your mornings?" # speaker: you
    He opens his mouth, closes it, and laughs. # mood: stefaan pleased
    Fair enough. # speaker: stefaan # mood: pleased
    He turns his badge round: Stefaan Lemmens, Lavica, hall 3.
    Nineteen years, and the new ones still fall for it half the time. # speaker: stefaan # mood: pleased
    He stays ten minutes anyway, and tells you which wholesalers pay late.
* [Ask him, with a smile, which hall he works in # act: candour # tip1 +2 # tip2 -1 # tip5 +1 # trust: stefaan +1 # why: Naming the game lightly stops the fishing without a scene, and he respects it; it also ends the conversation before it was one.]
    "Which hall are you in, then?" # speaker: you
    He laughs and turns his badge round: Stefaan Lemmens, Lavica, hall 3. # mood: stefaan pleased
    Worth a try. See you at the bar at six. # speaker: stefaan # mood: pleased
* [Mention, in case he's thinking of buying Lavica, how often their pumps fail # act: pitch # tip1 -2 # tip5 -2 # trust: stefaan -2 # why: If he is who you think he is, it feels like a point scored; running down a competitor is still a pitch, and this one walks straight back to hall 3.]
    ~ dug = true
    "If you're comparing: ask the Lavica people how often their pumps go. Half our new clients come from them." # speaker: you
    Is that so. # speaker: stefaan # mood: annoyed
    He straightens, turns his badge round, Lavica, hall 3, and walks off without a word. # leave: stefaan
- -> bar

=== bar ===
Six o'clock. The halls close, and the exhibitors' bar behind hall 2 fills up with people in company polo shirts, all with sore feet. # scene: cafe # sound: glasses
{ dug:
    Stefaan comes over anyway, a beer in his hand and none for you.
    Our pumps are fine, by the way. # speaker: stefaan # mood: annoyed
- else:
    Stefaan comes over with two beers and puts one in front of you.
}
{ signed_today:
    Your brasserie lady from Lokeren cancelled her eleven o'clock with us. Signed on your stand, I hear. Fifteen percent? # speaker: stefaan # mood: neutral
- else:
    Your brasserie lady from Lokeren came to see us at eleven. We've nothing new before January. I told her so. # speaker: stefaan # mood: neutral
}
Nineteen years I've done this. Half my customers came because somebody else couldn't deliver. And the ones I couldn't help, I sent somewhere. # speaker: stefaan # mood: neutral
At the next table, Ilse is watching you drink with Lavica. # discuss: A competitor at the bar, being friendly. Is he a rival, a colleague, or both?
* [Ask him how nineteen years of fairs have treated him, and listen # act: open-question # tip1 +1 # tip2 +2 # trust: stefaan +1 # trust: ilse -1 # why: Same aisles, same sore feet: a competitor is also someone in your trade, and a real talk with him is worth having; Ilse sees you laughing with Lavica, and she will ask about it.]
    ~ stefaan_friend = true
    He tells you about the fair in 2009 when the roof leaked onto his espresso machines, and about his daughter, who wants to be a barista, God help her.
* [Offer him a deal: you send him the customers you can't serve, he sends you the ones he can't deliver # act: offer-help # tip1 -1 # tip4 +2 # tip5 +1 # trust: stefaan +2 # trust: ilse -1 # why: Givers gain, even between rivals, and customers get served; but you've made a business arrangement over a beer, and it is a trade as much as a kindness.]
    ~ stefaan_friend = true
    He thinks about it, then clinks his glass against yours. # mood: stefaan pleased
    Deal. We do one-group machines and rentals; you don't. You've got stock; we haven't. # speaker: stefaan # mood: pleased
* [Keep it polite and short, and go back to your own colleagues # act: exit # tip1 +1 # tip2 -1 # tip5 -1 # trust: stefaan -1 # why: He's the competition and Ilse is watching; but a man who has worked this fair for nineteen years knows everyone you would like to know.]
    "Thanks for the beer. I'd better get back to my lot." # speaker: you
    Sure. # speaker: stefaan # mood: neutral
* [Ask him what Lokeren asked Lavica for, and what they quoted her # act: qualify # tip1 -2 # tip5 -1 # trust: stefaan -1 # why: It would help to know what you're up against, and he might tell you; asking a rival to leak a customer's quote tells him exactly how you'd treat his.]
    "What did you quote her, then? Roughly." # speaker: you
    He puts his glass down. # mood: stefaan annoyed
    I don't tell you what my customers say to me. You'd want me to do the same for yours. # speaker: stefaan # mood: annoyed
- -> evening

=== evening ===
Half past seven. You've found a quiet table in the corner of the bar, laptop open, a cold portion of fries from the food court next to it. # leave: stefaan
{
    - signed_today:
        Tine's order needs its confirmation tonight. Ilse leans over the back of your chair.
        Add the milk fridge and the second grinder, at the fair price, until Thursday. She's a buyer. Buyers buy twice. # speaker: ilse # mood: interested # discuss: She has signed. What goes in the confirmation, and what stays out?
    - promised_quote && wrong_date:
        Ilse reads the quote over your shoulder and stops at the delivery date. # mood: ilse uneasy
        Two weeks? Where did you get that? There's nothing new before the fifteenth of January. Only the demo machine, on Friday. # speaker: ilse # mood: uneasy
        You told Tine two weeks. You promised her the quote by eight. # discuss: The date you gave her is wrong, and the quote is due by eight. What do you send?
    - promised_quote:
        Tine's quote is due by eight. Ilse has put the catalogue and this week's fair-price sheet on the table next to your fries. # discuss: You promised her a quote tonight. What goes in it, and what stays out?
    - else:
        At eight, marketing's mailing goes out to every badge scanned today: "Thank you for your visit! Our fair price runs until Thursday."
        { wrong_date:
            Ilse, reading your notes: Two weeks? There's nothing new before January. Only the demo machine, Friday. # speaker: ilse # mood: uneasy
        }
        Tine's card lies next to your laptop. You didn't promise her anything. # discuss: You promised her nothing. Is there anything you owe her tonight?
}
* {signed_today} [Confirm the order: Friday's delivery slot, the technician's mobile number, a thank-you. Nothing else # act: follow-up # tip3 +2 # tip5 +1 # trust: tine +1 # why: A clean confirmation with everything she needs and nothing she didn't ask for; the fair discount you pushed on her stays exactly as it was.]
    ~ tine_trust += 1
    "Friday between eight and ten, Kenny installs it. His mobile is below, also on Sundays. Thank you, and good luck with the market."
* {signed_today} [Add Ilse's offer: the milk fridge and the second grinder at the fair price, until Thursday # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: tine -1 # trust: ilse +1 # why: She is a buyer, and the fridge would help her at the market; but she signed under a deadline this morning, and now the confirmation has a new one.]
    ~ upsold = true
    ~ tine_trust -= 1
    You add the fridge and the grinder, "at the fair price until Thursday". She orders the fridge at eleven that night, without a word.
* {signed_today} [Tell her the fair price stands even if she wants a few days to think, and she can cancel without cost until Friday # act: repair # tip1 +1 # tip3 +1 # tip5 +2 # trust: tine +2 # trust: ilse -2 # why: It takes back the deadline you used on her, and she'll know it was you; Ilse sees a signed order put back on the table.]
    ~ released = true
    ~ tine_trust += 2
    "No rush on my side after all: the fair price stands if you want a day or two, and you can cancel without cost until Friday morning." # speaker: you
    Ilse reads it over your shoulder and breathes out through her nose. # mood: ilse annoyed
    Tine's answer comes at ten: "Keeping it. Thanks for the way out. T."
* {promised_quote && wrong_date} [Send it by eight, with the truth: a new one on the fifteenth of January, or the demo machine on Friday # act: keep-promise # tip3 +2 # tip5 +2 # trust: tine +1 # why: A promise kept on time, and a mistake corrected before it costs her anything; it also tells her that your first answer was wrong.]
    ~ quote_ok = true
    ~ tine_trust += 1
    "I told you two weeks this morning. I was wrong: the factory is full until January. What I can do is the demo machine you saw, on Friday, at seventy-four hundred with the full warranty. Or a new one on the fifteenth of January. Sorry for the confusion."
* {promised_quote && wrong_date} [Send the quote with the two weeks in it: tomorrow you'll sort out delivery with the warehouse # act: smooth-over # tip3 -1 # tip5 -2 # why: It keeps your word on the time, and the sale alive; the date in it is one you now know is false, and she is planning a Christmas market around it.]
    ~ smoothed = true
    You send it at five to eight, with "delivery: within two weeks". Tomorrow is another day.
* {promised_quote && wrong_date} [Ring the warehouse in the morning, and send the quote then, with a date you've checked yourself # act: keep-promise # timing: late # tip3 +1 # tip5 -1 # why: The quote will be right; but she is deciding tonight, and what she has by eight is Lavica's offer and your silence.]
    ~ quote_late = true
    You send it at half past nine the next morning, with the demo machine and the January date, and an apology for the delay.
* {promised_quote && not wrong_date} [Send it by eight: price, date, what the service covers and what it doesn't. Nothing else # act: keep-promise # tip3 +2 # tip5 +1 # trust: tine +1 # why: A promise kept on time, and only what she asked for; it's plain, and someone else's quote may be shinier.]
    ~ quote_ok = true
    ~ tine_trust += 1
    Five lines and a PDF. You send it at ten to eight.
* {promised_quote && not wrong_date} [Send it with the whole catalogue and the fair price, "valid until Thursday" # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: tine -1 # trust: ilse +1 # why: More for her to choose from and a reason to decide fast; but she asked for one price and one date, and you've sent a deadline with them.]
    ~ pushy_quote = true
    ~ tine_trust -= 1
    The quote, the catalogue, and "fair price valid until Thursday" in bold. Ilse nods at the screen.
* {promised_quote && not wrong_date} [Send it in the morning instead, when you can write it properly # act: keep-promise # timing: late # tip3 +1 # tip5 -1 # why: A better quote after a night's sleep; but you said eight, she's deciding tonight, and a promise kept late reads as one forgotten.]
    ~ quote_late = true
    You send it at half past nine the next morning, tidier than it would have been, and twelve hours late.
* {not signed_today && not promised_quote} [Write to her yourself: the answer to her question, a price, a date that's true, and nothing else # act: pitch # asked: yes # tip1 +1 # tip5 +1 # trust: tine +1 # why: She asked you for a price and a date, and answering is not pushing; but she never asked you to write, and tonight she gets two mails from your company.]
    ~ quote_ok = true
    ~ tine_trust += 1
    { wrong_date:
        "This morning I said two weeks. That was wrong: new ones come in January. The demo machine you saw can be with you on Friday, at seventy-four hundred, full warranty. That's all, no need to answer."
    - else:
        "You asked what it costs and whether it can be there before the sixth: eight thousand nine hundred installed, and yes, the demo machine on Friday, at seventy-four hundred. That's all, no need to answer."
    }
* {not signed_today && not promised_quote} [Leave it: she has what she needs, and if she wants you, she'll call # act: wait # tip1 +1 # tip3 -1 # why: Not chasing her is the opposite of a hard sell; it also leaves her question unanswered, with a Christmas market three weeks away.]
    You close the laptop and finish your fries.
* {not signed_today && not promised_quote} [Forward her marketing's mailing with a personal line: "The fair price, especially for you, until Thursday" # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: tine -1 # why: It's personal and it's a good price; it's also a deadline mail, and she got the same one an hour ago.]
    ~ pushy_quote = true
    ~ tine_trust -= 1
    "Especially for you." You send it at ten past eight. She opened the first one at five past.
- -> monday

=== monday ===
The Monday after the fair. The sales meeting in Roeselare, with croissants. # scene: office
On the screen, marketing's ranking. { scanning: You're second, with two hundred and thirty-one scans. Jelle won the Ardennes again. | You're second to last, with thirty-eight scans. Jelle won the Ardennes again. }
Marketing has the follow-up mailing ready for every badge scanned at the fair: "Thank you for your visit. Good news: the fair price now runs until the end of the month!" # speaker: ilse # mood: neutral
{ scanned_freddy:
    Freddy De Backer is on the list too. Ilse scrolls past him: retired, chip shop, Aalst.
}
Everyone adds their own contacts by Wednesday. # speaker: ilse # mood: neutral # discuss: Every badge you scanned is about to get the same sales mail. What do you do with your list?
* [Put all your contacts in: that's what the scans were for # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: ilse +1 # why: It's the company's process, and some of them will buy; but a sales mail to people who stopped for a coffee is a follow-up that sells, and the people you really talked to get it too.]
    You add them all. On Wednesday the mailing goes out to eleven hundred people.
    { scanned_freddy:
        Freddy unsubscribes within the hour, with a comment box: "I had a chip shop, not a café."
    }
* [Keep the people you really talked to out of it, and write to them yourself, with nothing to sell # act: follow-up # tip3 +2 # tip5 +1 # trust: ilse -1 # why: A personal word to the few you met is what follow-up is for; it's slower, and Ilse's process now has holes in it.]
    You take out a handful of names, and write a few lines to each: a wholesaler from Zelzate who wants to stock your descaler, a couple from Deinze who are opening a bakery café in spring.
    { freddy_talked:
        And one to Freddy, with a photo of a 1994 fryer-oil price list you found online. He answers in capitals: "WHERE DID YOU FIND THAT."
    }
* [Tell Ilse honestly what the scans were worth to you: a few conversations, and one of them with Lavica # act: candour # tip1 +1 # tip2 +1 # tip3 -1 # tip5 +1 # trust: ilse +1 # why: Your manager gets the truth about what the stand brought, and she can use it next year; nobody you met hears from you because of it.]
    "Honestly? Most of my scans were coffee. What the fair brought me was a handful of conversations." # speaker: you
    Ilse writes something in her notebook, underlines it, and doesn't say what. # mood: ilse neutral
    Put that in an email. Marketing won't like it. Send it anyway. # speaker: ilse # mood: neutral
- -> decision

=== decision ===
{
    - signed_today:
        ~ bought = "stand"
    - smoothed:
        ~ bought = "elsewhere"
    - quote_ok:
        ~ bought = "you"
    - (pushy_quote || quote_late) && tine_trust >= 2:
        ~ bought = "you"
    - quoted && not wrong_date && tine_trust >= 3:
        ~ bought = "you"
    - stefaan_friend:
        ~ bought = "aisle"
    - else:
        ~ bought = "elsewhere"
}
{ bought == "elsewhere":
    -> december
- else:
    -> installation
}

=== installation ===
{ bought == "aisle":
    On Tuesday your mobile rings. Tine Van Hecke. # sound: phone-ring
    Your friend from Lavica says you've got a machine on your stand that can be here on Friday. He said to ask for you. Is it still there? # speaker: tine # mood: neutral # via: phone
    It is. On Friday you drive it to Lokeren yourself.
}
Friday, the market square in Lokeren. Wooden Christmas chalets are going up outside. Inside 't Pleintje, Kenny from the service team connects the machine, and Tine pulls her first forty espressos before the lunch service. # scene: cafe
She puts one in front of you, on the house. Then: # mood: tine pleased
One more thing. For the market I want a stall outside with a second machine. Just for the four weeks. Do you rent them? # speaker: tine # mood: interested
Verhelst doesn't rent. Lavica does. # discuss: She asks a second buying question, and your firm hasn't got what she needs. What is the honest answer?
* [Tell her straight you don't rent, and give her Stefaan Lemmens's number: Lavica does # act: introduce # tip3 +1 # tip4 +2 # tip5 +1 # trust: tine +1 # trust: stefaan +1 # why: The right answer for her stall, even though it sends her to a rival; you've also just put a competitor's machine next to yours on her terrace.]
    "We don't rent. Lavica does, by the month. Ask for Stefaan Lemmens, and tell him I sent you." # speaker: you
    { bought == "aisle":
        She laughs. # mood: tine pleased
        You two again. # speaker: tine # mood: pleased
    }
    { dug:
        You think of the pumps, and of the way he walked off. You give her the number anyway.
    }
* [Sell her a second machine at a good price: she'll use it again next Christmas # act: pitch # asked: yes # tip1 +1 # tip4 -1 # tip5 -1 # trust: ilse +1 # why: She asked, and a fair offer is a plain answer; but she asked to rent for four weeks, and you've answered with a second machine she'll store for eleven months.]
    "We don't rent, but I can do you a second one at a good price. Next Christmas you'll be glad of it." # speaker: you
    She thinks about it longer than you'd like. # mood: tine uneasy
    Send me a price. # speaker: tine # mood: neutral
* [Lend her the stand's second demo machine for the four weeks, free, if she signs the five-year service contract # act: pitch # asked: yes # tip1 -1 # tip5 -2 # trust: tine -1 # why: It solves her stall for nothing, today; the price is five years of service tied to a favour, and she'll read the small print.]
    "I'll lend you one for the market, free. All I need is your signature on the five-year service plan." # speaker: you
    She reads the contract at the bar, slowly, while the chalets go up outside. # mood: tine uneasy
    Fine. # speaker: tine # mood: neutral
- -> epilogue

=== december ===
The sixth of December. On Instagram, 't Pleintje posts a photo of its Christmas market stall: a rented Lavica machine, a queue down the square, and Tine in a Santa hat, not smiling. # scene: office # sound: message
{ smoothed:
    Two days after your quote, the warehouse told you what Ilse had told you: January. You rang Tine. She cancelled the same afternoon, politely, and rented from Lavica until her new machine comes.
- else:
    She never came back to you. Lavica rented her a machine for the market; after New Year, she'll choose.
}
You look at the photo for a while. # discuss: She bought elsewhere. What, if anything, do you send her now?
* [Send her a short message: good luck with the market, and nothing else # act: follow-up # tip3 +1 # tip5 +1 # trust: tine +1 # why: A word with nothing in it for you keeps the door open; she may read it as a sales rep who can't let go.]
    "Saw the queue. Good luck with the market, and with the Santa hat." She replies with a thumbs-up, and then, an hour later: "Thanks. Seriously."
* [Send her the January offer: new machines in stock, and the fair price extended, for when her rental ends # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: tine -1 # why: Her rental does end, and the timing is good for a sale; but the first thing she gets from you after choosing someone else is an offer.]
    You send it with the stock date in bold. It's marked as read on the same afternoon.
* [Leave it: she chose, and anything you send now will read as a sales mail # act: wait # tip1 +1 # tip3 -1 # why: Not chasing a lost sale is honest and respectful; it also means the last thing she heard from you was about a machine.]
    You like the photo, and leave it there.
- -> epilogue

=== epilogue ===
{
    - bought == "stand":
        -> stand_sale
    - bought == "you":
        -> straight_answer
    - bought == "aisle":
        -> across_the_aisle
    - else:
        -> hall_three
}

= stand_sale
Sold on the stand, in eleven minutes. Ilse rang the bell, and your name went up on the screen at the back.
{ released:
    You gave Tine the way out that night, and she didn't take it. She keeps the machine, and she keeps your number.
- else:
    { upsold:
        She bought the milk fridge too, that night, under its own deadline. In January she cancels the service contract and goes to a local technician.
    - else:
        The machine works. She doesn't call, except when it breaks.
    }
}
In March, at the horeca federation's dinner, someone asks her about Verhelst. "Good machine," she says. "Don't let them rush you." # ending: stand-sale # mood: neutral
-> END

= straight_answer
She asked what it cost and when it could come, and she got an answer to both.
{ quote_late:
    The quote came late, and she nearly went with Lavica's rental. She didn't, quite.
}
{ pushy_quote:
    The deadline in bold she ignored; the price she checked twice.
}
In January she rings you about something else: her sister in Sint-Niklaas is opening a tearoom, and wants to know who to ask. "I said you answer the question you're asked," Tine tells you. "She liked the sound of that." # ending: straight-answer # mood: pleased
-> END

= across_the_aisle
You didn't win Tine at your stand. A competitor sent her back to you, because you had a machine he hadn't, and because at six o'clock on a Monday you had a beer with him instead of turning your back on him.
In January, a woman from a hotel in Knokke calls: Stefaan Lemmens said you'd have stock. Two weeks later, you send Stefaan a café owner who wants to rent. # ending: across-the-aisle # mood: pleased
-> END

= hall_three
Tine's Christmas market ran on a rented Lavica machine. In January, she buys one of theirs.
{
    - smoothed:
        She remembers the two weeks that turned out to be January. So does the horeca association in Lokeren, where she sits on the board.
    - pushy_quote:
        Your offer came with a deadline in bold. Lavica's came with a rental for the market.
    - quote_late:
        Your quote came the next morning. By then she had rented from Lavica.
    - quoted && not wrong_date:
        You gave her a straight answer at the stand, and then let it lie. Lavica's was in her inbox by eight.
    - else:
        She asked for a price and a date. The clearest answer she got that day came from hall 3.
}
{ scanning:
    The ranking says you had a very good fair.
}
Next November, at the same fair, she walks past stand 2.114 on her way to hall 3, and nods. # ending: hall-three # mood: uneasy
-> END

# title: Not ready to buy
# summary: A warm contact tells you over lunch there is no budget this year. Push a discount to save your quarter, or keep the relationship? Months later, you find out what it led to.
# main: tip5
# cast: lieve \| Lieve Desmet \| operations director at a cold-storage warehouse in Willebroek; warm, blunt, allergic to sales talk
# cast: bart-claeys \| Bart Claeys \| your sales manager; jovial, generous, and very aware of the targets
# cast: yasmina \| Yasmina Bouzid \| runs a home-care organisation with eighty carers; brisk, practical, no time to waste
# ending: quick-sale \| The quick sale
# ending: bought-elsewhere \| They bought elsewhere
# ending: door-still-open \| The door is still open
# ending: signed-later \| Signed, a year later
# ending: referrals \| Referrals

// How Lieve feels about you: every move she can see nudges it. It chooses the epilogue.
VAR trust = 0
// Moments you stayed in touch without asking for anything.
VAR kept_in_touch = 0

// What happened on the way, for lines and endings that follow from it.
VAR read_up = false
VAR pushed = false
VAR pilot_signed = false
VAR promised_jonas = false
VAR kept_promise = false
VAR next_coffee = false
VAR promised_bart = false
// You told her plainly what the freeze does to your quarter.
VAR said_quarter = false

-> morning

=== morning ===
Tuesday, late October. Your desk at the social secretariat, where you look after the bigger clients: payroll, contracts, shift planning. # scene: office
You met Lieve Desmet in June, at the business club's summer barbecue. You talked for an hour about night shifts, her sons' football and her allergy to salespeople. She laughed at your jokes; you laughed at hers.
In September she said your payroll and planning package looked like "exactly what we need. After the summer, probably."
Today you're having lunch with her. Bart comes round the partition with two coffees and puts one down in front of you. # sound: door
Lunch with Verbeke Cold Storage today, right? One hundred and eighty staff, three shifts. # speaker: bart-claeys # mood: pleased
Take the order form. Year-end offer: twenty percent off if they sign before Friday. We're forty thousand short of target, and her deal is thirty-eight. # speaker: bart-claeys # mood: interested
I'm not saying anything. I'm just saying. # speaker: bart-claeys # mood: pleased # discuss: Bart wants the order form in your bag. What do you take to a lunch with a warm contact?
* [Take the order form and the discount sheet: if she's ready, she won't have to wait # act: prepare # tip1 -1 # tip4 +1 # trust: bart-claeys +1 # why: She said in September it's exactly what she needs, so being ready to sign saves her a meeting; you also walk into lunch set on closing, and that colours every question you'll ask her.]
    You slide the order form into your bag. It weighs nothing, and you feel it all the way to Willebroek.
* [Leave the paperwork: it's lunch with Lieve, not a sales meeting # act: decline # tip1 +1 # tip5 +1 # trust: bart-claeys -1 # why: Going to meet the person, not to close, keeps you listening instead of steering.]
    "It's lunch, Bart. If she wants to talk business, she knows where to find me." # speaker: you
    Your call. Bring me good news anyway. # speaker: bart-claeys # mood: neutral
* [Read up on Verbeke's news before you go # act: prepare # tip2 +1 # tip4 +1 # why: Knowing what is happening in her world helps you ask better questions and spot where you could help.]
    ~ read_up = true
    You spend twenty minutes on the news. Verbeke opened a new frozen-food hall in September. And in July a Dutch group, Nordvries, bought the company. You hadn't known that.
- -> lunch.arrival

=== lunch ===
= arrival
Brasserie Het Veer, by the canal. Barges outside the window, soup of the day on the blackboard. # scene: cafe
Lieve arrives with her coat half on and her phone in her hand. She puts it face down on the table. # sound: door
Sorry, sorry. A lorry full of frozen chips turned up with the wrong paperwork. Hello! How are you? # speaker: lieve # mood: pleased # discuss: She arrives late and apologising. How do you open the lunch?
* [Ask about her sons' football: did the youngest make the first team? # act: small-talk # tip1 +1 # tip2 -1 # tip5 +1 # trust: lieve +1 # why: Picking up where you left off as people shows the relationship matters to you; it also keeps things light when she clearly has something heavier to say.]
    ~ trust += 1
    "Before anything else: did Wout make the first team?" # speaker: you
    He did! He sits on the bench in a very clean shirt. You remembered that? # speaker: lieve # mood: pleased
    She tells it well. By the time the soup comes, you're both laughing.
* [Ask how the new frozen-food hall is running # act: open-question # tip2 +1 # tip4 +1 # trust: lieve +1 # why: Asking about her work, not about your product, is how you learn where she could use a hand.]
    ~ trust += 1
    "How's the new hall? Up and running?" # speaker: you
    Running. Cold, full, and short of people to run it. Don't get me started. Actually, do. Later. # speaker: lieve # mood: interested
* [She's pressed for time: get to what you're both here for, the switch # act: qualify # tip1 -2 # trust: lieve -1 # why: It spares her small talk on a busy day; but she came to have lunch with you, and opening with the contract makes her an order on your list.]
    ~ trust -= 1
    "So! Are we ready to plan the switch?" # speaker: you
    Her smile stays, but she takes a moment to unfold her napkin.
    Let's order first. # speaker: lieve # mood: uneasy
- -> news

= news
When the soup plates are gone, Lieve puts down her spoon and looks at the canal instead of at you.
Listen. I have to tell you something, and I've been dreading it all week. # speaker: lieve # mood: uneasy
{ read_up:
    You think of this morning's news: Nordvries. You can guess what's coming.
}
In July we were bought by a Dutch group. Last week Rotterdam froze everything new until next year. New suppliers, new software, the lot. # speaker: lieve # mood: uneasy
There's no budget. Not a small one: none. I know I said after the summer. I'm sorry. # speaker: lieve # mood: uneasy
Your phone buzzes in your pocket. You don't have to look to know it's Bart. # sound: message
Twenty percent. Friday. Thirty-eight thousand. # discuss: No budget, and Bart is texting. Is there still a sale to be made today?
* [Offer the twenty percent if she signs before Friday # act: pitch # tip1 -1 # tip5 -2 # trust: lieve -2 # why: A discount answers a budget freeze with pressure: she can't say yes, and now she must say no to a friend.]
    ~ pushed = true
    ~ trust -= 2
    "What if I could do twenty percent off? If it's signed before Friday?" # speaker: you
    -> pushed_back
* [Look for a way that fits her rules: payroll now, planning in January # act: pitch # tip5 -1 # trust: lieve -1 # why: Creative, and it shows you want to make it work for her; it still pushes this year's sale against a decision her group has already made.]
    ~ pushed = true
    ~ trust -= 1
    "What if we split it? Payroll now, planning in January. Smaller amount this year." # speaker: you
    -> pushed_back
* [Thank her for telling you straight, and ask how she's taking it # act: open-question # tip2 +2 # tip5 +1 # trust: lieve +1 # why: She was honest at a cost to herself; asking about her, not the deal, says the relationship matters more than this quarter.]
    ~ trust += 1
    "Thank you for telling me straight. That can't have been fun. How are you taking it?" # speaker: you
    -> listened
* [Be honest: it hurts your quarter, and you'll survive it # act: candour # tip1 +1 # tip2 -1 # tip5 +1 # trust: lieve +1 # why: Honest, and she'll know where she stands with you; it also puts your quarter on the table on the day she is the one having a bad week.]
    ~ trust += 1
    ~ said_quarter = true
    "That hurts my quarter, I won't pretend it doesn't. But I'll survive. Will you?" # speaker: you
    -> listened

= pushed_back
Lieve puts her hands flat on the table.
It's not the price. There is no budget line. If I sign anything in December, the CFO in Rotterdam sees it in January, and I'm the director who didn't listen in her first six months. # speaker: lieve # mood: annoyed
She says it kindly. That almost makes it worse. # discuss: She says it is not the price. Do you have another card to play, or do you stop?
* [Make it fit her rules: thirty percent, and the invoice dated in January # act: pitch # tip1 -1 # tip5 -2 # trust: lieve -2 # why: It solves her budget problem on paper, and it may well close; you are asking her to bend her company's rules for your target, and even if she gives in, she'll remember.]
    ~ pilot_signed = true
    ~ trust -= 2
    "Thirty percent. And we date the invoice in January. Nobody in Rotterdam sees a thing this year." # speaker: you
    She is quiet for a long moment. Then she sighs.
    Fine. A pilot. Planning only, one hall, three months, out of my own operating budget. At thirty percent. And then we talk about something else. # speaker: lieve # mood: annoyed
    You've sold something. It doesn't feel the way it's supposed to.
* [Back off: "Forget I asked. That was my target talking." # act: repair # tip1 +1 # tip5 +2 # trust: lieve +1 # why: Naming the pressure and dropping it repairs trust: she sees the relationship comes before your quarter.]
    ~ trust += 1
    "Forget I asked. That was my target talking, not me." # speaker: you
    She laughs, and her shoulders come down.
    Your target has a loud voice. Mine too, these days. # speaker: lieve # mood: pleased
- -> problem

= listened
{ said_quarter:
    She laughs, a little relieved, and then stops laughing.
}
Honestly? Badly. New owners, new reports, new people to please. They're nice enough. They just want numbers I can't produce. # speaker: lieve # mood: uneasy
And your deal was the one thing I'd actually looked forward to. # speaker: lieve # mood: neutral # discuss: She is having a bad autumn. What is the most useful thing you can do in the next five minutes?
* [Ask what the freeze means for her, week to week # act: follow-thread # tip2 +1 # tip4 +2 # trust: lieve +1 # why: Asking about her actual problem, budget or no budget, is how you find out where you can help.]
    ~ trust += 1
    "What does it mean for you, week to week? Without the new system?" # speaker: you
    She looks at you as if deciding how honest to be.
    You really want to know? All right. # speaker: lieve # mood: interested
* [Offer to write her a business case to get the budget unfrozen # act: offer-help # tip1 -1 # tip4 +1 # tip5 -1 # why: Real work on her behalf, and it might succeed; it aims to win this year's sale against her group's decision, and puts her in an awkward spot.]
    "Let me write you a business case. Numbers, savings, the lot. You take it to Rotterdam." # speaker: you
    That's kind. But then I'm the new director fighting Rotterdam over a supplier in her first six months. Not a fight I'd win. # speaker: lieve # mood: uneasy
    Not this year. # speaker: lieve # mood: neutral
* [Spare her the sales talk: say it's a shame, and move on to lighter things # act: small-talk # tip2 -1 # tip5 +1 # why: Kind, and she will remember that you didn't push; you also miss the chance to learn what she really needs right now.]
    "Well, that's a shame. Next year, then. Any holiday plans?" # speaker: you
    Holiday. Ha. # speaker: lieve # mood: neutral
    She answers politely, and then she comes back to it anyway.
- -> problem

= problem
The real problem isn't the software, you know. Two of my planners left this summer. The good ones. # speaker: lieve # mood: uneasy
So now I build the night rosters myself. In Excel. At eleven at night, at my kitchen table. And the Christmas peak starts in four weeks. # speaker: lieve # mood: annoyed
She rubs her eyes and laughs at herself.
Sorry. You came for soup, not for my kitchen table. # speaker: lieve # mood: neutral
You think of Jonas Verlinden, a freelance planner you worked with for years: calm, precise, and between jobs since September. # discuss: Two planners gone and a peak in four weeks. What do you offer her, and what is it really?
* [Offer to introduce her to Jonas, a freelance planner you trust # act: promise # tip4 +2 # tip5 +1 # trust: lieve +1 # why: You offer help with what she needs now, with nothing in it for you; it counts as follow-up once you make the introduction.]
    ~ promised_jonas = true
    ~ trust += 1
    "I know someone. Jonas Verlinden, freelance shift planner. Did rosters for a hospital for six years and never lost his temper. He's free. I'll put you in touch this week." # speaker: you
    You'd do that? # speaker: lieve # mood: pleased
    She writes "Jonas" on the back of a beer mat and puts it in her pocket.
* {not pilot_signed} [Offer three months of the planning module free, no strings # act: offer-help # tip1 -1 # tip4 +1 # why: Generous, and it would fix her rosters; but a free trial is still a sales move: she'd roll it out in her peak, then fight Rotterdam to keep it.]
    "Take our planning module for three months. Free. No strings." # speaker: you
    That's generous. But a new system in the Christmas peak? Installed by whom? Me, at my kitchen table? # speaker: lieve # mood: uneasy
    Thank you. Really. But no. # speaker: lieve # mood: neutral
* [Reassure her: next year, with your package, the kitchen-table rosters are over # act: pitch # tip1 -1 # trust: lieve -1 # why: Meant as comfort, and it's true; but it's a pitch, even a gentle one, while she's telling you about her evenings. She knows what you sell.]
    ~ trust -= 1
    "Next year, when the package is in, all of that goes away. Automatic rosters, no Excel." # speaker: you
    I know. I've seen the demo. # speaker: lieve # mood: neutral
    She says it without any edge at all, and looks out at the canal.
- -> bill

= bill
The waiter brings the bill. Lieve takes it before you can.
My treat. After ruining your quarter, it's the least I can do. # speaker: lieve # mood: pleased
She pulls on her coat. The lorry with the chips is waiting. # discuss: She is leaving. When do you next speak, and about what?
* [Suggest a coffee at the club in the new year, no agenda # act: invite # tip5 +2 # trust: lieve +1 # why: Staying in touch without an agenda keeps the relationship warm until the budget comes back.]
    ~ next_coffee = true
    ~ kept_in_touch += 1
    ~ trust += 1
    "Coffee at the club in January? No agenda. I want to hear how Wout does on the bench." # speaker: you
    Deal. You can tell me how your target survived. # speaker: lieve # mood: pleased
* [Put a date on it: you'll call on the second of January, when budgets open # act: follow-up-with-pitch # tip1 -1 # tip3 -1 # tip5 -1 # trust: lieve -1 # why: A clear next step is good sales practice; she hears that you'll be back for the money on the first working day of the year.]
    ~ trust -= 1
    "I'll call you on the second of January, then. When the new budgets open." # speaker: you
    On the second. Right. # speaker: lieve # mood: uneasy
* [Thank her and leave it open: no pressure after the week she's had # act: wait # tip1 +1 # tip3 -1 # why: No pressure at all, after a hard week for her; leaving it open also usually means nobody calls.]
    "Thanks for lunch. You know where to find me." # speaker: you
    I do. Take care. # speaker: lieve # mood: neutral
- -> back_at_office

=== back_at_office ===
{ pilot_signed:
    -> with_pilot
- else:
    -> without_pilot
}

= with_pilot
Back at the office, you tell Bart. He throws both arms in the air. # scene: office
A pilot! See? The discount works. Thirty percent is steep, but a foot in the door is a foot in the door. # speaker: bart-claeys # mood: pleased
So the full roll-out follows in spring, yes? I'm putting it in the forecast. # speaker: bart-claeys # mood: interested # discuss: Bart wants the spring roll-out in the forecast. What do you tell him?
* [Tell him honestly: the pilot was squeezed out of her, don't count on more # act: candour # tip5 +1 # trust: bart-claeys -1 # why: An honest forecast protects your credibility, and stops the next push before it starts.]
    "Don't put it in the forecast, Bart. She signed to make me stop. That's not a foot in the door." # speaker: you
    Bart lowers his arms slowly.
    Hm. Well. A sale's a sale. # speaker: bart-claeys # mood: uneasy
* [Promise him the full roll-out by spring # act: smooth-over # tip5 -2 # trust: bart-claeys +1 # why: It makes Bart's week; you've also just promised to push her again, and the next push will cost you what is left of the relationship.]
    ~ promised_bart = true
    "By spring. I'll make sure of it." # speaker: you
    That's what I like to hear! # speaker: bart-claeys # mood: pleased
- -> the_email

= without_pilot
Back at the office, Bart is waiting at your desk. # scene: office
And? Did she sign? Tell me she signed. # speaker: bart-claeys # mood: interested
You tell him: the takeover, the freeze, the kitchen table. His face falls a little further with each sentence.
Nothing? Did you at least mention the twenty percent? # speaker: bart-claeys # mood: annoyed # discuss: Bart is short of target and you come back with nothing. What do you tell him?
* [Tell him the truth: no budget this year, and why you didn't push # act: candour # tip5 +1 # trust: bart-claeys -1 # why: An honest forecast protects her, your credibility, and the relationship.]
    "There's no budget, Bart. Pushing would have cost us the client, not won us the deal. Take her out of this year's forecast." # speaker: you
    Bart looks at the ceiling for a while.
    Fine. But next year, she's the first call. # speaker: bart-claeys # mood: neutral
* [Promise him you'll get her to sign before Christmas anyway # act: smooth-over # tip5 -2 # trust: bart-claeys +1 # why: It makes Bart's week; you've also just promised to push her again, and the next push will cost you the relationship.]
    ~ promised_bart = true
    "Leave it with me. I'll get her over the line before Christmas." # speaker: you
    That's the spirit! # speaker: bart-claeys # mood: pleased
- -> the_email

=== the_email ===
= body
Thursday. You open a new email to Lieve. The cursor blinks. # discuss: Thursday: the follow-up email. What goes in it, and what stays out?
{ promised_jonas:
    On your desk: a sticky note that says "Jonas!!" in your own handwriting.
}
* {promised_jonas} [Introduce her to Jonas, with him in copy, as promised # act: keep-promise # tip3 +2 # trust: lieve +2 # why: You promised an introduction; making it quickly, and making it only that, builds trust.]
    ~ kept_promise = true
    ~ trust += 2
    You write three short paragraphs: who Jonas is, what Lieve is up against, and that they should take it from here. Jonas replies within the hour: "Calling her tomorrow."
* {promised_jonas} [Thank her for lunch now, and write to Jonas properly once the week calms down # act: break-promise # tip3 -2 # trust: lieve -1 # why: A calmer week would give a better email; but you promised an introduction for her Christmas peak, and a promise kept late is a promise broken.]
    ~ trust -= 1
    You write a warm thank-you and tell her Jonas will follow "soon". Then it's Friday, then it's November.
* {not promised_jonas} [Thank her for lunch, with an article on planning a peak season # act: follow-up # tip3 +1 # tip5 +1 # trust: lieve +1 # why: A follow-up that gives her something useful, and asks for nothing, keeps the relationship warm.]
    ~ trust += 1
    You find a good article on planning seasonal peaks, from a logistics magazine, and add two lines of your own about what you'd try first.
* [Attach the discount offer, so she has it in writing if anything changes # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # trust: lieve -2 # why: It saves her asking later; selling again in the follow-up, after she told you there is no budget, tells her you weren't listening.]
    ~ trust -= 2
    You attach the offer, "just so you have it in writing, in case anything changes."
- -> ps

= ps
Before you send it, your eye goes to the brochure on your screen. The new one, with the planning module on the cover. # discuss: One more line before you send. What does a P.S. do here?
* [P.S. "Our new brochure, for when the budget's back" # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # trust: lieve -1 # why: It feels efficient, and the budget will come back; a P.S. with your offer turns a kind email into a sales email, and she will notice.]
    ~ trust -= 1
    You attach it. One line. Where's the harm.
* [No P.S.: sign off warmly and send # act: follow-up # tip1 +1 # tip3 +1 # why: Ending the email where the help ends keeps it clean: nothing in it is about you.]
    You sign off with "Good luck with the peak," and send.
* [P.S. "See you at the club's January breakfast?" # act: invite # tip3 +1 # tip5 +1 # why: A light, specific reason to meet again keeps you in touch without asking for anything.]
    ~ kept_in_touch += 1
    You add one line about the club's new-year breakfast, and send.
- Lieve's answer arrives that evening. # sound: message
{ kept_promise:
    "Jonas called already. I think I love him. Professionally. Thank you! L."
- else:
    { trust >= 2:
        "Thanks for this, and for lunch. You're one of the good ones. L."
    - else:
        "Thanks. L."
    }
}
-> months_later

=== months_later ===
{ promised_bart:
    December is long. Bart reminds you of your promise twice a week. You call Lieve once, in the week before Christmas, about {pilot_signed:"the full roll-out"|"the twenty percent"}. She doesn't call back.
    ~ trust -= 1
}
{ next_coffee:
    In January you have that coffee at the club. Forty minutes, no agenda. Wout is still on the bench. Lieve is still at her kitchen table, but less often.
}
February. On LinkedIn, Lieve posts a photo of her night team in the frozen-food hall, all in thermal jackets, holding up a cake. # discuss: Her team made it through the peak, and she says so in public. What do you do with it?
{ kept_promise:
    "Through the Christmas peak without a single missed delivery. Proud of this team. And thank you, Jonas Verlinden, for the rosters."
- else:
    "Through the Christmas peak without a single missed delivery. Proud of this team."
}
* [Send her a personal message to congratulate the team # act: follow-up # tip3 +1 # tip5 +1 # trust: lieve +1 # why: A personal word when something good happens keeps you close, without asking for anything.]
    ~ kept_in_touch += 1
    ~ trust += 1
    You write her a few lines: that you thought of her kitchen table, and that the cake looks earned. She answers with three exclamation marks.
* [Comment to congratulate, with a link to your free guide for next year's peak # act: follow-up-with-pitch # tip1 -2 # tip3 -1 # tip5 -1 # trust: lieve -1 # why: Public congratulations and something useful for next year; but a sales link under her team's moment is what everyone who reads it sees.]
    ~ trust -= 2
    You comment: "Congratulations! For next year, our free guide to peak planning might help." The link gets two likes. Neither is hers.
* [Give it a like and scroll on # act: follow-up # effort: token # tip3 +1 # tip5 -1 # why: Better than silence, and she will see it; a like says very little, and a relationship needs a real word now and then.]
    You like it and scroll on. Somebody's new job, somebody's holiday.
- -> epilogue

=== epilogue ===
{
    - pilot_signed:
        -> quick_sale
    - trust >= 6 && kept_in_touch >= 2:
        -> referrals
    - trust >= 3:
        -> signed_later
    - else:
        -> drifted
}

= quick_sale
Back in December, Bart rang the bell in the sales room: target met, just, thanks to the pilot. # scene: office
In March the pilot ends. Lieve's email is two lines long.
"Nordvries has chosen one provider for all six sites, group-wide: Paylink. Thanks for the pilot. Lieve." # discuss: You lost the group deal to a competitor. What is left to do?
{ promised_bart:
    Bart reads it over your shoulder and says nothing at all, which is worse.
}
* [Reply, and ask her honestly what you could have done better # act: repair # tip2 +1 # tip5 +1 # trust: lieve +1 # why: Asking for honest feedback after a loss is how a relationship survives it, and how you learn.]
    You ask her. She takes a week to answer, and then she's honest.
    "You were great company. Until you needed my signature more than I needed your software. Paylink's Stijn just kept dropping by with useful things. No hard feelings. L."
    You print it out. You'll keep it. # ending: quick-sale # mood: uneasy
    -> END
* [Offer forty percent off to win back all six sites # act: pitch # tip1 -1 # tip5 -1 # why: It might just win the group back; another discount also confirms what she learned in October: with you, it is always about the deal.]
    You offer forty percent, group-wide. Bart signs off on it with his eyes closed.
    No answer comes. In April, Paylink posts a photo of its kick-off in Willebroek. # ending: quick-sale # mood: uneasy
    -> END

= referrals
April. The business club's spring breakfast: croissants, bad coffee, sixty people. # scene: breakfast-room
Lieve waves you over to her table before you've even got a plate.
Budget's back. Rotterdam wants one system for all six sites, and I told them I already know who I trust. Can you come and present in May? # speaker: lieve # mood: pleased
And I gave your number to two people. Our site manager in Ghent, and Yasmina Bouzid: home care, eighty carers, rosters from hell. She'll call you. # speaker: lieve # mood: interested
That afternoon, your phone rings. # scene: office # sound: phone-ring
Yasmina Bouzid. Lieve Desmet says you're the only supplier she'd have lunch with twice. I've got fifteen minutes. # speaker: yasmina # mood: neutral # discuss: Yasmina gives you fifteen minutes on Lieve's word. How do you spend them?
* [Ask Yasmina about her carers and her rosters before you mention your package # act: open-question # tip2 +2 # tip4 +1 # trust: yasmina +1 # why: A referral is trust on loan: you repay it by listening first, just as you did with Lieve.]
    "Fifteen minutes is plenty. Tell me about your carers first. What does a bad week look like?" # speaker: you
    A pause. Then she tells you, for twenty-five minutes.
    Thursday, ten o'clock. Come and see the planning room. # speaker: yasmina # mood: pleased
    In May you present to Rotterdam. In June Nordvries signs for all six sites, at the normal price. You never did find out whether Wout made it off the bench. # ending: referrals # mood: pleased
    -> END
* [She has fifteen minutes: email her the price list and a demo link right away # act: pitch # asked: yes # tip1 +1 # tip2 -1 # tip4 -1 # why: She called to buy, and a plain answer respects her fifteen minutes; it also spends Lieve's trust on a sales sheet when Yasmina wanted a conversation.]
    "Let me send you our price list and a demo link right away, then you can see for yourself." # speaker: you
    Fine. I'll look at it. # speaker: yasmina # mood: neutral
    She doesn't call back. But in June Nordvries signs for all six sites, at the normal price, and Lieve sends you a third name. This time you call and ask questions first. # ending: referrals # mood: pleased
    -> END

= signed_later
April. An email from Lieve. # scene: office # sound: message
"Budget's back! Rotterdam wants three quotes, that's procedure. Yours is one of them, obviously. L."
Three quotes. Go in at thirty percent off and kill the other two. # speaker: bart-claeys # mood: interested # discuss: Three quotes, and Bart wants thirty percent off. How do you win this one, and what will it cost?
* [Send a fair quote, and offer to meet her night team before she decides # act: ask-how-to-help # tip4 +1 # tip5 +1 # trust: lieve +1 # why: A fair price and real interest in her people build a client who stays, not one who was bought.]
    You send a fair quote and spend a night shift in the frozen-food hall, in a borrowed thermal jacket, asking her planners questions.
    In June, Verbeke signs, at the normal price. Lieve says the night shift visit decided it. # ending: signed-later # mood: pleased
    -> END
* [Go in at thirty percent off to be sure of winning # act: pitch # asked: yes # tip1 +1 # tip5 -1 # trust: bart-claeys +1 # why: They asked for a quote, and a sharp price is a plain answer that wins; it also teaches her your list price was never real, and makes every renewal a fight.]
    You go in at thirty percent. You win. Of course you win.
    Next spring's renewal is already marked in Bart's calendar, with a question mark. # ending: signed-later # mood: pleased
    -> END

= drifted
May. The business club's spring reception, in the old brewery hall. # scene: reception # sound: glasses
Near the bar, Stijn from Paylink is telling a story. Lieve is laughing at it.
Later, somebody tells you: Verbeke moved to Paylink in April, all six sites. Stijn had dropped by every few weeks since the autumn, with coffee, or an article, or a planner he knew.
Lieve comes over on her own, glass in hand, a little awkward.
Hi. I wanted to tell you myself. It was a group decision. And honestly, Stijn was just... there. # speaker: lieve # mood: uneasy # discuss: She chose someone else, and came to tell you herself. What do you say?
* [Congratulate her, and ask how the move is going # act: open-question # tip2 +1 # tip5 +1 # trust: lieve +2 # why: Losing a deal gracefully keeps the relationship alive; the long game doesn't end with one contract.]
    "Then I hope it goes smoothly. How's the move going? And how's Wout?" # speaker: you
    She relaxes. You talk for twenty minutes; none of it is about payroll.
    Our sister company in Liège is still looking, by the way. I'll give them your name. Properly, this time. # speaker: lieve # mood: pleased # ending: door-still-open
    -> END
* [Ask her, honestly, why she didn't come back to you # act: candour # tip2 +2 # tip5 -1 # trust: lieve -1 # why: The first honest thing you've said to each other in months; it also tells her she owed you a deal, and that closes a door you could have kept open.]
    "I thought we had something going. Why didn't you come back to me?" # speaker: you
    She looks at her glass.
    Did you come back to me? # speaker: lieve # mood: annoyed # ending: bought-elsewhere
    -> END
* [Warn her, as a friend, that Paylink's support is known to be slow # act: pitch # tip1 -2 # tip5 -1 # trust: lieve -1 # why: You may be doing her a favour; running down a competitor to someone who just chose them makes her defend her choice against you.]
    "I hope their support has improved. I hear it's slow." # speaker: you
    We'll manage. Enjoy the evening. # speaker: lieve # mood: annoyed # ending: bought-elsewhere
    -> END

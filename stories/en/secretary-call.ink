# title: The secretary call
# summary: The morning after a reception: a stack of business cards, an assistant with a call script, and a phone that rings for you.
# main: tip3
# cast: katrien \| Katrien Wuyts \| management assistant, twelve years in the firm; efficient, dry, misses nothing
# cast: jens \| Jens Vermeiren \| sales rep who books first meetings with new clients; cheerful, impatient
# cast: nadia \| Nadia Bogaert \| assistant at an insurance broker; polite, working down a call list
# cast: bart-claeys \| Bart Claeys \| your sales manager; jovial, generous, and very aware of the targets
# cast: marleen \| Marleen Peeters \| runs a family bakery chain in Limburg; warm, direct, allergic to sales talk
# ending: full-pipeline \| A full pipeline, an empty network
# ending: lukewarm \| Lukewarm
# ending: second-chance \| A second chance
# ending: trusted-connector \| The trusted connector

// Memory shared with other scenarios (see docs/authoring.md). hard-seller may set the first one.
VAR mem_promised_intro = ""
VAR mem_cards_to_assistant = false
// For the-cold-contact, eight months on: whether what Marleen got from your side was a sales move (a
// call, Jens, a brochure or a pitch), and whether you set yourself a reminder for a coffee with her.
VAR mem_marleen_pitched = false
VAR mem_marleen_coffee = false

// This scenario's own state. Nothing here depends on visit counts, so the variables alone decide the
// rest of a path: that keeps the analysis simple and the Dutch twin easy to keep in step.
VAR read_notes = false
VAR cold_calls = 0
// cold_calls: 0 = nobody is cold-called, 1 = everyone except Marleen, 2 = the whole stack, Marleen included.
VAR jens_has_marleen = false
VAR jens_has_tom = false
VAR sent_study = false
VAR pitched_marleen = false
VAR intro_made = false
VAR old_intro_made = false
VAR pitched_old = false
VAR said_yes_to_nadia = false
VAR offered_dirk_coffee = false
VAR stopped_calls = false
VAR apologised = false
VAR emailed_apology = false
VAR coffee = ""

-> arrival

=== arrival ===
Thursday, twenty to nine. The coffee machine on the third floor grinds like it has opinions about Thursdays. # scene: office
Your desk at the social secretariat, where you look after the bigger clients: payroll, contracts, HR paperwork. Six hundred colleagues, and a sales target stuck to the bottom of your screen. Fourteen new clients this quarter. Underneath, less proudly: six.
On your desk lies last night's haul from the chamber of commerce reception: twenty-three business cards, held together by a hair tie you don't remember borrowing.
Most of them are a blur. A handshake, a name, a "we should grab a coffee sometime".
One of them isn't. Marleen Peeters, Bakkerij Peeters, eleven shops around Hasselt. You talked for forty minutes: about her father, who started with one oven; about her son's rowing; about bread bags that refuse to compost. Somewhere in there she called her payroll provider "fine, I suppose", and you very nearly didn't pounce. # discuss: Twenty-three cards. What is the first thing to do with them, and why?
* [Turn the cards over and read what you scribbled on the backs # act: keep-notes # tip2 +1 # tip3 +1 # why: Your notes are where your promises live. You cannot keep a promise you no longer remember making.]
    ~ read_notes = true
    You flip them one by one. Most backs are blank. A few say things like "insurance?" or "knows the port people".
    One, from a logistics manager called Tom Lambrechts, says: "wants a quote, payroll for 40 drivers, call him".
    Marleen's says, in your worst handwriting: "UGent study on compostable film, send! Kobe?? Rowing Sat."
    Two promises, then. The study you said you would send her. And Kobe Martens, a baker friend in Leuven who switched to compostable bags last year: you offered to introduce them.
* [Sort the stack by company size, biggest prospects on top # act: target # tip1 -1 # tip5 -1 # why: Ranking people by deal size turns a network into a target list before anyone has agreed to anything.]
    A logistics group with four hundred staff goes on top. An architecture firm in Kortrijk, mid-pile. A one-woman translation office, bottom.
    Marleen's bakery chain lands third. Eleven shops, ninety staff: that's a lot of payslips.
    There's something scribbled on the back of her card, but the pile is sorted and your coffee is getting cold.
* [Scan all 23 into the CRM app, so nobody gets lost # act: keep-notes # tip1 -1 # tip3 +1 # why: Every card is safe and findable, which makes any follow-up possible; but tagging everyone a lead decides what they are to you before you know them.]
    The phone app reads each card in a second. Name, company, phone, email. Twenty-three new leads, status "new", owner: you.
    It doesn't read the backs. On Marleen's, there's something scribbled in blue ink.
- Katrien knocks on the open door with two cups. She always knocks on the open door. # sound: door
-> the_stack

=== the_stack ===
Morning. So, the chamber of commerce. Still standing? # speaker: katrien # mood: pleased
She puts your coffee down, black, and nods at the cards.
Shall I do what we did after the trade fair? I phone them all and book Jens in wherever I can. I still have the script. # speaker: katrien # mood: neutral
It worked, sort of. Four appointments out of sixty calls. Bart was over the moon. # speaker: katrien
And it does sound efficient. The company paid four hundred and fifty euros for your ticket. These people came to network. Jens needs appointments. Why let the cards gather dust? # discuss: The company paid for the evening. Does that make the cards the company's leads?
* [Yes: call them all and book Jens in. We paid for that evening # act: cold-call # tip1 -2 # tip3 -3 # tip5 -2 # trust: marleen -2 # why: They gave you a card to stay in touch, not to be phoned by a stranger who wants a sales appointment.]
    ~ cold_calls = 2
    ~ mem_cards_to_assistant = true
    Go ahead. Call them all and book Jens in. We paid for that evening: let's score. # speaker: you # mood: pleased
    Consider it done. # speaker: katrien # mood: neutral
    She slides the hair tie off and starts counting. Marleen's card goes onto the pile with the rest.
* [Call everyone except Marleen Peeters. Her I'll write to myself # act: cold-call # tip1 -1 # tip3 -2 # tip5 -1 # why: You keep your one good conversation personal, but the other twenty-two never agreed to a sales call either.]
    ~ cold_calls = 1
    ~ mem_cards_to_assistant = true
    Call everyone, except this one. Marleen Peeters I'll write to myself. # speaker: you # mood: neutral
    Twenty-two. I'll have the first batch done by eleven. # speaker: katrien # mood: pleased
* [No calls. I'll follow up myself, starting with what I promised # act: decline # tip1 +1 # tip3 +1 # tip5 +1 # trust: katrien +1 # why: You went to meet people, not to sell to them. Saying no to the script is the start; the follow-up that counts comes after.]
    No calls this time. I'll follow up myself, starting with what I promised people. # speaker: you # mood: neutral
    No calls? Bart won't like that. # speaker: katrien # mood: uneasy
    She looks at the stack, then at you.
    Fine by me. I'll tell Bart it was your idea. # speaker: katrien # mood: neutral
* [Put them in the CRM for now. I'll decide later what to do # act: wait # tip3 -1 # tip5 +1 # why: Storing them harms nobody, but a promise that waits for "later" is no longer a follow-up.]
    Put them in the CRM for now. I'll decide later. # speaker: you # mood: neutral
    Later. Right. # speaker: katrien # mood: neutral
    They'll be in the CRM by ten, filed under the reception, which is more than you will remember about most of them by next week.
- -> jens_drops_by

=== jens_drops_by ===
Ten minutes later Jens Vermeiren leans into your doorway, car keys in hand, already half on his way to a client in Aalst. # sound: door # discuss: Jens needs appointments. Which of your contacts, if any, are his to call? # leave: katrien
{ cold_calls > 0:
    Katrien says you've got a list for me! Legend. # speaker: jens # mood: pleased
    Anyone hot? I'd rather start with the ones who are ready to sign. # speaker: jens # mood: interested
- else:
    So? The chamber of commerce? Anything for me? # speaker: jens # mood: interested
    Bart wants six new appointments from me this month and I'm at two. Throw me a bone. # speaker: jens # mood: uneasy
}
{ read_notes:
    You think of Tom Lambrechts's card: "wants a quote, payroll for 40 drivers, call him". He asked for it himself.
- else:
    You remember one man, Tom Lambrechts, a logistics manager, who asked you outright for a quote for his forty drivers' payroll.
}
* [Give Jens Tom's card: he asked for a quote himself # act: keep-promise # tip1 +1 # tip3 +2 # trust: jens +1 # why: Tom asked to be called. Passing on a request someone made is keeping a promise, not cold selling.]
    ~ jens_has_tom = true
    Tom Lambrechts. He asked for a quote for his drivers' payroll. Call him today, he's expecting it. # speaker: you # mood: neutral
    An actual request? You're a star. # speaker: jens # mood: pleased
    He takes a photo of the card and is gone before the door has stopped swinging.
* [Give him Marleen's card: ninety staff, and "fine, I suppose" # act: cold-call # tip1 -1 # tip3 -2 # tip5 -2 # trust: jens +1 # why: Your best conversation of the evening, turned into a sales lead she never asked to be.]
    ~ jens_has_marleen = true
    Marleen Peeters. Eleven bakeries, ninety staff, and she called her payroll provider "fine, I suppose". # speaker: you # mood: pleased
    "Fine, I suppose" is my favourite sentence in the world. I'll ring her this afternoon. # speaker: jens # mood: pleased
    He's gone before you can add that she never actually asked for a new provider.
* [Tell him nobody is "hot". Ask me again in six months # act: wait # tip3 -1 # tip5 +1 # trust: jens -1 # why: Relationships take time, true. But Jens leaves with nothing, even the one request that was real.]
    Nobody's hot, Jens. I met people. Ask me again in six months. # speaker: you # mood: neutral
    Six months. Bart wants six this month. # speaker: jens # mood: annoyed
    He drums on the door frame and goes. Tom Lambrechts and his forty drivers stay in the stack.
* [Tell him to connect with all of them on LinkedIn to warm them up # act: cold-call # tip1 -1 # tip3 -1 # tip5 -1 # why: A request from someone they never met, followed by a pitch, is a cold call with a profile photo.]
    Connect with all of them on LinkedIn first. Warm them up, then call. # speaker: you # mood: neutral
    Smart. Like a drip campaign. # speaker: jens # mood: interested
    By lunchtime twenty-three people will get an invitation from a man they have never met.
- -> writing_to_marleen

=== writing_to_marleen ===
= the_mail
You open a new email. To: Marleen Peeters. # leave: jens
{ not read_notes:
    You turn her card over at last. In your worst handwriting: "UGent study on compostable film, send! Kobe?? Rowing Sat."
    Right. Two promises: the study you said you would send her, and Kobe Martens, a baker friend in Leuven who switched to compostable bags last year. You offered to introduce them.
}
The study is a forty-page PDF from Ghent University. On the shared drive, right next to it, sits your company's new brochure: "Payroll for retail chains". Glossy, good, and she did say her provider was only "fine, I suppose". # discuss: She mentioned her provider. Does that make the brochure helpful?
* [Thank her for the talk and send the study. Nothing else # act: keep-promise # tip3 +3 # tip5 +1 # trust: marleen +2 # why: A kept promise with no pitch attached is the whole of tip 3, and it is rarer than you would think.]
    ~ sent_study = true
    "Dear Marleen, thank you for last night. Your father's one-oven story deserves a film. Here is the study I mentioned. Good luck to your son's crew on Saturday."
    You read it twice, take out one exclamation mark, and send it.
* [Send the study, and attach our brochure "in case it's useful" # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # trust: marleen -1 # why: The attachment turns a kept promise into a pitch. She will notice which of the two you really wanted to send.]
    ~ sent_study = true
    ~ pitched_marleen = true
    "…and since you mentioned your payroll provider, I've attached our brochure for retail chains. Happy to drop by!"
    It's helpful, you tell yourself. She did bring it up.
* [Send a LinkedIn request with the default note, and leave it at that # act: follow-up # effort: token # tip2 -1 # tip3 -1 # why: A default invitation is a card swap in digital form, and the study you promised still isn't sent.]
    "I'd like to add you to my professional network." Sent. The PDF stays on your desktop.
* [Wait a week, so you don't come across as pushy # act: wait # tip1 +1 # tip3 -2 # why: Not wanting to seem pushy is the right instinct about selling; but you promised the study for today, and a late promise reads as a forgotten one.]
    You save the email as a draft and set a reminder for next Thursday. Next Thursday will be busy too.
- -> the_intro

= the_intro
Then Kobe. You offered to introduce them: he went through the same switch last year, with the same supplier headaches.
There is one small snag. Kobe is a happy client of your biggest competitor, and he tells anyone who will listen. Introduce them, and by dessert Marleen will have heard all about it. # discuss: The introduction may cost you the sale. Do you still owe it to her?
* [Ask Kobe first if he's up for it, then introduce them properly # act: introduce # tip3 +2 # tip5 +2 # trust: marleen +1 # why: Asking Kobe first costs a day and respects his time; an introduction that helps her even if you lose the sale is the long game.]
    ~ intro_made = true
    You text Kobe: "Ten minutes for a baker in Hasselt who is where you were a year ago? Lovely person."
    Two minutes later: "For you, always. Send her over." # sound: message
    You write the introduction: who each of them is, why they should talk, and nothing about yourself.
* [Put them both in one email right now: "You two should meet!" # act: introduce # tip3 +3 # tip5 -1 # trust: marleen +1 # why: The promise is kept today, in full. But Kobe never got to say yes first, and an introduction someone did not agree to can cost you with both.]
    ~ intro_made = true
    "Marleen, meet Kobe. Kobe, meet Marleen. You two should talk bread bags." Sent. Kobe won't mind. Probably.
* [Quietly drop the intro. Why send her to a fan of the competition? # act: break-promise # tip3 -2 # tip5 -2 # why: You offered the intro because it would help her. Holding it back to protect a sale makes your promise depend on your target.]
    She has probably forgotten you offered. You close the email and open the sales dashboard instead.
* [Make the intro, and put Jens in copy "to say hello" # act: follow-up-with-pitch # tip1 -2 # tip3 -1 # trust: marleen -1 # why: A salesman in copy turns an introduction into a sales meeting in disguise. She wanted a peer's experience, not a supplier.]
    ~ intro_made = true
    ~ pitched_marleen = true
    "Marleen, meet Kobe. And I've copied in my colleague Jens, who'd love to say hello." Kobe will talk bread bags. Jens will not.
-
{ mem_promised_intro != "":
    -> old_promise
- else:
    -> the_call
}

=== old_promise ===
Katrien puts her head round the door.
Before I forget: your notebook was open on my desk. Underlined twice: "Intro for {mem_promised_intro}!" Still on? # speaker: katrien # mood: interested
You remember. You promised it, and you meant it. # discuss: An older promise and a stack of new cards. Which comes first?
* [Write that introduction now, while you still know why it matters # act: keep-promise # tip3 +2 # why: An introduction you offered is the other half of tip 3. Ten minutes now is worth more than any pitch.]
    ~ old_intro_made = true
    You write it there and then: two names, why they should meet, and a line saying neither of them owes you anything.
* [Make the intro, and ask {mem_promised_intro} for a meeting with Jens too # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # why: A favour with an invoice attached. The introduction now looks like the price of a sales meeting.]
    ~ old_intro_made = true
    ~ pitched_old = true
    You make the introduction, and add a P.S.: "While I have you, our rep Jens would love fifteen minutes."
    You're fairly sure the P.S. is the part that will be remembered.
* [Put it on next week's list. Today is for the new cards # act: break-promise # tip3 -1 # why: New cards feel urgent, but the oldest promise is the one most likely to be forgotten.]
    The note goes onto next week's list, under six other things that also went onto next week's list.
- -> the_call

=== the_call ===
= ring
Twenty to eleven. Your phone rings: a landline you don't know. # sound: phone-ring # leave: katrien
Good morning, this is Nadia Bogaert from Willems and Partners, insurance brokers in Mechelen. # speaker: nadia # mood: neutral # via: phone
You met Mr Dirk Willems at the chamber of commerce reception last night. He would like to schedule a meeting with our account manager to review your company's insurance. Would next Tuesday at ten suit you? # speaker: nadia # mood: pleased # via: phone
You try to place him. A firm handshake by the cloakroom. A card pressed into your hand while you were looking for your coat ticket. Thirty seconds, maybe. You remember his tie better than his face.
You fish his card out of your jacket. Dirk Willems, Managing Partner. Nothing on the back. # discuss: Now you are on the other side of the call. What do you owe Dirk, and Nadia?
{ cold_calls > 0:
    Through the glass wall you can see Katrien, headset on, pen in hand, reading from a sheet.
}
* [Say yes to Tuesday. Saying no takes longer # act: smooth-over # tip5 -2 # trust: nadia +1 # why: A yes you don't mean wastes their rep's morning and your hour, and starts the relationship with a pretence.]
    ~ said_yes_to_nadia = true
    Tuesday at ten, fine. # speaker: you # mood: neutral
    Wonderful. I'll send you an invitation. Mr Willems will be delighted. # speaker: nadia # mood: pleased # via: phone
    You put the phone down already knowing you'll cancel on Monday evening.
* [We're fully covered, thanks. Please take us off your list # act: decline # tip1 +1 # tip5 -1 # why: Honest, and it tells Willems and Partners what a card from a reception is not for; but curt: you close the door on Dirk the person along with his sales meeting.]
    We're fully covered, thank you. Please take us off your list. # speaker: you # mood: neutral
    Of course. Sorry to have disturbed you. Have a nice day. # speaker: nadia # mood: neutral # via: phone
    Click. She is on to the next card before you have put the phone down.
* [No to the sales meeting, but offer Dirk himself a coffee # act: invite # tip4 +1 # tip5 +2 # trust: nadia +1 # why: No to the pitch, yes to the person: you give Dirk the chance to build the relationship his method skipped.]
    ~ offered_dirk_coffee = true
    I'll pass on the meeting, thanks. But I'd happily have a coffee with Dirk himself. Just the two of us, no agenda. # speaker: you # mood: pleased
    Oh. That's... not on my sheet. I'll tell him. # speaker: nadia # mood: uneasy # via: phone
    A pause, and the scratch of a pen.
* [Tell her what you think of being called like this # act: candour # tip1 +1 # tip5 -1 # trust: nadia -1 # why: The point is right: thirty seconds is not a relationship. But Nadia didn't invent the method, and venting at the messenger burns goodwill with her and her boss.]
    I spoke to Mr Willems for thirty seconds. If that's worth a sales meeting to him, I'd rather not be his client. # speaker: you # mood: annoyed
    I understand. I'll pass that on. # speaker: nadia # mood: uneasy # via: phone
    A small pause.
    I only make the calls, you know. # speaker: nadia # mood: uneasy # via: phone
    You do know. That's what makes it sting.
- -> afterwards

= afterwards
You look at Dirk's card for a long moment. So that's what it feels like from this side. # discuss: What does this call teach you about your own stack?
* [Like being a line in somebody's spreadsheet # act: reflect # tip1 +1 # tip3 +1 # why: Remembering how it feels to be treated as a lead, not a person, is the best argument for tips 1 and 3.]
    A name on a call list, worked through between ten and twelve. Which is exactly what you were.
* [Fair enough, though: he followed up. Most people don't even do that # act: reflect # tip3 -1 # tip5 +1 # why: Generous to Dirk, and that will help if you meet again; but tip 3 is about following up on a promise or an introduction, and Dirk promised you nothing: he wanted a meeting.]
    At least he did something with the card, you tell yourself. It doesn't feel like much of a compliment.
* {cold_calls > 0} [Realise Katrien is making that exact call, to your stack, right now # act: reflect # tip3 +2 # tip5 +1 # why: Seeing your own method from the other side is the moment to change it, before more bridges burn.]
    Out there, Katrien dials the next number. Somewhere, someone is trying to remember your face.
* [Turn his card over. What do you actually know about Dirk? # act: reflect # tip2 +1 # why: Almost nothing, and that is the point: a card swap without a conversation leaves nothing to follow up on.]
    Blank. You know his tie, his grip, and that he sells insurance. You couldn't follow up with Dirk if you wanted to: there is nothing to follow up on.
- -> katrien_again

=== katrien_again ===
{ cold_calls > 0:
    -> damage
- else:
    -> clean
}

= damage
Katrien comes in, headset round her neck, pen behind her ear.
Eight done. Three booked for Jens, two voicemails, one "send us an email", and one "who?". # speaker: katrien # mood: neutral
And Luc Verstraete, the architect, asked whether you'd given his card to a call centre. # speaker: katrien # mood: uneasy
{ cold_calls == 2:
    And Marleen Peeters. She was friendly, but she went very quiet. Then she asked whether you were the one she'd talked to about rowing. # speaker: katrien # mood: uneasy
}
She waits. {cold_calls == 2:Fifteen|Fourteen} cards to go. # discuss: The calls are half done. Stop, soften, or finish?
* [Stop the calls. I'll phone the ones you reached myself, to apologise # act: repair # tip3 +2 # tip5 +2 # trust: katrien +1 # why: Owning the mistake personally, without a pitch, is the only follow-up that can repair it.]
    ~ stopped_calls = true
    Stop the calls, please. I'll phone the ones you reached myself. # speaker: you # mood: uneasy
    Katrien takes the headset off and hands you the list without a word. She looks relieved.
    -> apology
* [Stop the calls, but let's not make a fuss about the ones already done # act: repair # tip3 +1 # tip5 -1 # why: Stopping is right, but silence leaves six people thinking a sales call was all you wanted from them.]
    ~ stopped_calls = true
    Let's stop there. And let's not make a fuss about the ones you've done. # speaker: you # mood: neutral
    Fine. The script goes back in the drawer. # speaker: katrien # mood: neutral
* [Finish the list, but soften it: "just a short get-to-know call" # act: cold-call # tip1 -1 # tip3 -1 # tip5 -1 # trust: katrien -1 # why: A nicer wrapper on the same call. It is still a sales follow-up nobody asked for.]
    Finish the list, but make it softer. A short get-to-know call, not a sales meeting. # speaker: you # mood: neutral
    A get-to-know call. With Jens. # speaker: katrien # mood: uneasy
    She puts the headset back on and crosses out a line on the script.
* [Keep going. Our offer is useful; his wasn't # act: cold-call # tip1 -2 # tip3 -2 # tip5 -1 # trust: katrien -1 # why: Everyone thinks their own pitch is the useful one. Dirk certainly does.]
    Keep going. Our offer is actually useful. His wasn't. # speaker: you # mood: annoyed
    If you say so. # speaker: katrien # mood: neutral
    She goes back to her desk. Through the glass you hear her start again: "Good morning, you met my colleague last night..." # leave: katrien
- -> manager_asks

= apology
{ cold_calls == 2:
    Marleen's name is at the top of Katrien's list, with a small pencil cross next to it. # discuss: How do you apologise for a sales call without making another one?
- else:
    Luc Verstraete's name is at the top of Katrien's list. He will be expecting another script. # discuss: How do you apologise for a sales call without making another one?
}
* [Call and say sorry, plainly: the call was your mistake, not their problem # act: repair # tip3 +1 # tip5 +2 # why: A plain apology, with no excuse and no pitch, is how trust survives a mistake.]
    ~ apologised = true
    {cold_calls == 2:She|He} picks up on the second ring.
    I'm calling to say sorry. That call this morning was my idea, and a bad one. You gave me your card for a conversation, not for that. # speaker: you # mood: uneasy
    { cold_calls == 2:
        Ah. I did wonder. We had such a good talk, and then a lady I didn't know asked when your sales rep could come by. # speaker: marleen # mood: uneasy # via: phone
        Thank you for ringing yourself. That counts for something. # speaker: marleen # mood: pleased # via: phone
    - else:
        Luc is gruff for a sentence, then laughs. Nobody, he says, has ever rung him back to apologise for a sales call.
    }
* [Call, say sorry, and since you're on the line anyway, mention what you sell # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # why: An apology for a sales call, followed by a sales pitch. They will only hear the second half.]
    {cold_calls == 2:She|He} picks up on the second ring.
    Sorry about this morning. Though while I have you: our payroll service might really interest you. # speaker: you # mood: pleased
    { cold_calls == 2:
        ~ pitched_marleen = true
        Right. I'll think about it. # speaker: marleen # mood: annoyed # via: phone
        She hangs up a little faster than she needs to.
    - else:
        Luc lets you finish, says "no thanks" in a tone that covers the rest of the decade, and hangs up.
    }
* [Call, and blame it on "a new process at the office" # act: smooth-over # tip5 -1 # why: Blaming a process you set up yourself sounds like an excuse, because it is one.]
    {cold_calls == 2:She|He} picks up on the second ring.
    Sorry about that call. A new process at the office; it got a bit out of hand. # speaker: you # mood: uneasy
    { cold_calls == 2:
        A process. I see. # speaker: marleen # mood: neutral # via: phone
        She's polite about it. Polite, and a little further away than last night.
    - else:
        Luc says he understands. He says it the way people say it when they don't.
    }
* [Write a short apology by email instead: easier for everyone # act: repair # tip3 +1 # tip5 -1 # why: The apology is made, and in writing; but after a phone call nobody asked for, an email reads like one more template.]
    ~ emailed_apology = true
    You write three careful lines to each of the eight: sorry for the call, your mistake, no need to reply.{cold_calls == 2: Marleen's goes first.}
- -> manager_asks

= clean
Katrien comes back for her empty cup and lingers in the doorway.
Can I tell you something? Last year, after the trade fair, I made sixty of those calls. # speaker: katrien # mood: neutral
Four appointments. And I still remember the man who asked me, very politely, whether I had ever met him. I hadn't. Neither had Jens. # speaker: katrien # mood: uneasy
So what do I do with the cards, if I'm not ringing them? # speaker: katrien # mood: interested # discuss: What is an assistant for, in relationship networking?
* [Keep a list of every promise I make at events, and chase me on it # act: keep-notes # tip3 +2 # trust: katrien +1 # why: An assistant who makes sure your promises are kept is the best use of an assistant in networking.]
    Keep a list of every promise I make at these things. Study, intro, whatever. And chase me until it's done. # speaker: you # mood: pleased
    Chasing you. Right. I'll start a list on Monday. # speaker: katrien # mood: neutral
* [Send all 23 a "nice to meet you" mail with our brochure # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # why: A mail merge with a brochure is a cold call on paper, and twenty-three people will recognise the template.]
    ~ pitched_marleen = true
    Send them all a "nice to meet you" mail. With the brochure. # speaker: you # mood: neutral
    One template, twenty-three names, Marleen's included. Done by lunch. # speaker: katrien # mood: neutral
* [Add them to the newsletter. They gave me their card, after all # act: follow-up-with-pitch # tip3 -1 # tip5 -1 # why: A card is not a subscription. People who get mail they never asked for unsubscribe from you, not just the list.]
    Add them to the newsletter. They gave me their card, after all. # speaker: you # mood: neutral
    They gave you their card. I'm not sure they gave you their inbox. # speaker: katrien # mood: uneasy
    She does it anyway. It's your call.
* [The CRM, with a note on where we met and what we talked about # act: keep-notes # tip1 -1 # tip2 +1 # tip5 +1 # why: Notes on real conversations make the next contact personal, even months from now; but a CRM entry is a sales record, and it turns people into accounts.]
    In the CRM, with a note on where we met and what we talked about. I'll dictate. # speaker: you # mood: neutral
    It takes twenty minutes. For nine of the twenty-three you can't remember a single thing, which tells you something too.
- -> manager_asks

=== manager_asks ===
Ten to twelve. A chat message pops up in the corner of your screen. # sound: message # leave: katrien
Morning! How was the chamber thing? How many meetings for Jens? That ticket wasn't cheap, haha. # speaker: bart-claeys # mood: interested # via: message
The sales dashboard sits in the next tab, where it always sits. Your name, a six, a fourteen. # discuss: Your manager counts appointments. What do you count?
{ cold_calls > 0 && not stopped_calls:
    Katrien's list says three appointments so far. Bart would love that number.
}
* [Not many, on purpose: I'm keeping promises first. Ask me in six months # act: candour # tip5 +2 # trust: bart-claeys -1 # why: Saying out loud that you're playing the long game, and why, is what lets you keep playing it.]
    Not many, and that's on purpose. I made promises last night and I'm keeping them first. Ask me again in six months. # speaker: you # mood: neutral
    Six months is two quarters, my friend. # speaker: bart-claeys # mood: uneasy # via: message
    ...but fine. Convince me at the review. # speaker: bart-claeys # mood: neutral # via: message
* {cold_calls > 0 && not stopped_calls} [Three booked already, more coming this afternoon # act: smooth-over # tip1 -1 # tip5 -1 # trust: bart-claeys +1 # why: The number Bart wants, paid for with goodwill that never shows up on a dashboard.]
    Three booked already. More this afternoon. # speaker: you # mood: pleased
    That's what I like to hear! Drinks on me on Friday. # speaker: bart-claeys # mood: pleased # via: message
* [Propose other numbers: promises kept, intros made, coffees booked # act: candour # tip3 +1 # tip5 +1 # trust: bart-claeys +1 # why: Measuring what you do for people is how a sales team learns to farm instead of hunt.]
    Can I suggest different numbers? Promises kept, introductions made, coffees booked. The appointments follow, just later. # speaker: you # mood: interested
    Hm. Put it on one slide for Monday. I'm not promising anything. # speaker: bart-claeys # mood: neutral # via: message
* ["A few warm leads in the pipeline." Vague, and he'll be happy # act: smooth-over # tip5 -1 # why: A vague answer buys you a week. Next month he'll ask for the cards himself; explaining the long game now protects it.]
    A few warm leads in the pipeline. # speaker: you # mood: neutral
    Great stuff! Get Jens on them. # speaker: bart-claeys # mood: pleased # via: message
    He'll ask for names on Monday. You'll think of something.
- -> next_month

=== next_month ===
After lunch you open your calendar. The next four weeks are a wall of blue: client meetings, the quarterly review, a trade fair in Kortrijk.
Friday mornings, though, are empty. Room for one coffee, maybe two. # discuss: One free morning a week. Whose coffee is it?
* [Coffee with Dirk Willems: ask what kind of introduction would help him # act: invite # tip4 +3 # tip5 +1 # why: Givers gain. The man who cold-called you is a relationship waiting to happen, once someone asks how to help.]
    ~ coffee = "dirk"
    { offered_dirk_coffee:
        You send Dirk a short message. Within the hour: "Nadia passed on what you said. Friday at nine?" # sound: message
    - else:
        You send Dirk a short message. He takes two days to reply, a little puzzled that you're not buying insurance, and says yes.
    }
* [Coffee with Marleen in a month: how's the switch going, how can I help? # act: invite # tip4 +2 # tip5 +2 # trust: marleen +1 # why: A month on, without a pitch, asking how you can help is how your best conversation becomes a relationship.]
    ~ coffee = "marleen"
    You set a reminder for four weeks from today: "Marleen: how is the switch going? What would help?" Not a day earlier. She has enough on her plate.
* [Coffee with the three biggest prospects in the stack, with a short demo # act: pitch # tip1 -2 # tip4 -2 # why: A coffee with a demo in your bag is a sales meeting in disguise, and they'll feel it by the second sip.]
    ~ coffee = "demo"
    Three invitations go out, each mentioning "a short demo of our payroll app". Two decline. One accepts and sends his purchasing manager.
* [No time this month. The client meetings pay the bills # act: decline # tip4 -1 # tip5 +1 # why: Fair: your clients are relationships too, and they pay the bills; but one-on-ones with new people are where tomorrow's relationships come from.]
    ~ coffee = "none"
    By Tuesday the Friday mornings have filled up with client meetings, as Friday mornings do.
* [Sign up for the club breakfast instead: twenty people in one morning # act: work-the-room # tip1 +1 # tip2 -1 # why: You will meet twenty people, which is what a club is for; but five minutes each is not the one-on-one where you learn how to help.]
    ~ coffee = "breakfast"
    You sign up for the club's first-Friday breakfast. Twenty people, a croissant each, five minutes per table.
- -> epilogue

=== epilogue ===
A week later. Thursday again, and the coffee machine hasn't changed its mind about anything. # sound: message # leave: katrien # leave: jens
~ mem_marleen_pitched = cold_calls == 2 || jens_has_marleen || pitched_marleen
~ mem_marleen_coffee = coffee == "marleen"
{
- cold_calls == 2 && apologised:
    Marleen writes back at last.
    {sent_study:I finally read the study. Very useful. }Thank you again for ringing me yourself that day. Shall we start over? Coffee next time I'm in Ghent? # speaker: marleen # mood: pleased # via: message
    { jens_has_marleen:
        PS: your colleague Jens rang as well. I told him I'd rather talk to you. # speaker: marleen # mood: neutral # via: message
    }
- cold_calls == 2:
    Marleen hasn't answered anything. In the CRM, next to her name, Katrien has typed: "asked not to be called again".
- jens_has_marleen:
    Jens rang Marleen last Thursday. "Friendly, but not interested," he reports. Your own email to her is still unanswered.
- pitched_marleen:
    Marleen replies, in two lines: "Thanks for the information. We'll look at providers in due course. Kind regards, Marleen." Kind regards, after forty minutes of rowing stories.
- not sent_study && intro_made:
    An email from Marleen.
    Kobe and I had lunch on Tuesday. Very useful, thank you. Did you ever find that study you mentioned? # speaker: marleen # mood: neutral # via: message
    The study is still on your desktop, in a folder called "to do".
- not sent_study:
    The study is still on your desktop, in a folder called "to do". Marleen hasn't heard from you. Why would she write first?
- intro_made:
    An email from Marleen.
    Kobe and I had lunch on Tuesday. He saved me about three months of headaches. Thank you! # speaker: marleen # mood: pleased # via: message
    By the way: our HR manager has gone from "fine, I suppose" to "not fine" about our payroll provider. May I give her your name? No obligation. # speaker: marleen # via: message
- else:
    Marleen thanks you warmly for the study. She's still looking, she writes, for someone who has already made the switch. You think of Kobe, and don't answer that part.
}
{ coffee == "dirk":
    Friday's coffee with Dirk Willems is better than expected. He's funny, he hates his own call list, and his firm is looking for an architect for their new office. You know one: the architect from Kortrijk whose card is in your stack. This time you write the promise on the back of Dirk's card, and you keep it.
}
{ coffee == "breakfast":
    At the club breakfast you collect fourteen cards and hear the same two jokes three times. Nobody tells you what they need; you didn't ask.
}
{ said_yes_to_nadia:
    On Monday evening you cancelled Tuesday's meeting with Willems and Partners. Nadia's reply was polite. Of course it was.
}
{ old_intro_made:
    { pitched_old:
        {mem_promised_intro} thanks you for the introduction, in one line. The P.S. gets no answer at all.
    - else:
        And {mem_promised_intro} sends a one-line message: "That introduction: thank you. We're meeting next week."
    }
}
{
- cold_calls > 0 && not stopped_calls:
    -> full_pipeline
- cold_calls > 0:
    -> second_chance
- sent_study && intro_made && not pitched_marleen && not jens_has_marleen:
    -> trusted_connector
- else:
    -> lukewarm
}

=== trusted_connector ===
{ jens_has_tom:
    Jens has one appointment from the reception: Tom Lambrechts, who asked for it. Small, real, and a start.
}
You didn't sell anything this week. Two people in Limburg now mention your name to each other, and neither of them thinks of it as a sales call. # ending: trusted-connector # mood: pleased
-> END

=== second_chance ===
Katrien's call script is in the recycling bin, which is where it had been heading for a while.
{ apologised && cold_calls == 1:
    Luc Verstraete sends a short mail: "Respect for calling back. Next reception, you're buying."
}
{ not apologised:
    Of the eight people Katrien reached, none has answered anything you've sent since.
}
The morning cost you goodwill. The afternoon bought some of it back, and taught you something you won't need to learn twice. # ending: second-chance # mood: neutral
-> END

=== full_pipeline ===
Jens has five appointments in his calendar, and Bart puts a thumbs-up under the numbers in the team chat.
By Wednesday two have cancelled. A third turns out to be a student who came to the reception for the free wine.
Luc Verstraete's firm, Jens hears, has "no need at the moment, and won't for a while".
Your pipeline has never looked fuller. Your network has never been quieter. # ending: full-pipeline # mood: uneasy
-> END

=== lukewarm ===
Bart asks about the reception once more, then forgets about it.
Nobody was offended. Nobody was much helped either. The stack goes into a drawer, where stacks go. # ending: lukewarm # mood: neutral
-> END

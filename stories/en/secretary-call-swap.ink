# title: The secretary call: the other side
# summary: The same Thursday, played as Katrien, the assistant handed twenty-three business cards and a call script. What do you say on the phone, and what do you tell your boss?
# main: tip3
# cast: robin \| Robin Maes \| account manager for the bigger clients; came back from the reception with twenty-three cards
# cast: stefan \| Stefan Claes \| business banker in Mechelen; met a great many people last night
# cast: luc \| Luc Verstraete \| architect in Kortrijk; courteous, and not amused
# cast: tom \| Tom Lambrechts \| logistics manager, forty drivers; asked Robin for a quote himself
# cast: marleen \| Marleen Peeters \| runs a family bakery chain in Limburg; warm, direct, allergic to sales talk
# cast: bart-claeys \| Bart Claeys \| the sales manager; jovial, generous, and very aware of the targets
# ending: script-done \| The script, to the letter
# ending: caught-between \| Caught in the middle
# ending: honest-messenger \| The honest messenger
# ending: promise-keeper \| Keeper of the promises

// The swap of secretary-call: the same Thursday, the same people, seen from the seat of the assistant
// who is handed the stack and told to ring it (the original's path where every card is called). It
// writes no mem_ variables: the memory carried between scenarios is the player's own, and here the
// player is someone else.

// Tallies that choose the ending: calls made by the script, and truths told to the people who ask.
VAR script = 0
VAR honest = 0

// What happened on the way, for lines that follow from it.
VAR read_backs = false
VAR warned = false
VAR marleen_booked = false
VAR marleen_promise = false
VAR tom_booked = false
VAR robin_stopped = false
VAR promise_list = false
VAR told_bart = false

-> handed

=== handed ===
Thursday, twenty to nine. The coffee machine on the third floor grinds like it has opinions about Thursdays. # scene: office
Twelve years at the social secretariat: you run the diaries, the meeting rooms, the client files, and, since the trade fair last year, the call script.
Bart Claeys stopped at your desk at half past eight. "Robin was at the chamber of commerce last night. You know what to do with the cards, Katrien. Your script did wonders after the trade fair."
So you took two cups of coffee to Robin's office and offered. Robin did not think long.
Go ahead. Call them all and book Jens in. We paid for that evening: let's score. # speaker: robin # mood: pleased
Twenty-three business cards land in your hands, held together by a hair tie. # discuss: You have been handed the stack and told to ring it. What do you say before you pick up the phone?
* [“Consider it done.” # act: cold-call # tip1 -1 # tip3 -2 # tip5 -1 # trust: robin +1 # why: It is what you were asked, and you are good at it; but these people gave Robin a card to stay in touch, not to be rung by someone they never met.]
    Consider it done. # speaker: you
    Robin gives you a thumbs-up and turns back to the screen.
    ~ script += 1
* [“Before I ring anyone: did you promise anybody anything last night?” # act: keep-notes # tip1 -1 # tip3 +2 # trust: robin +1 # why: You will still be making the calls; but asking for the promises first means the one follow-up that matters is not buried under a sales call.]
    Before I ring anyone: did you promise anybody anything? It'll be on the backs, if you wrote it down. # speaker: you
    Robin thinks. Marleen. The bakeries. A study, I think, and an introduction. Have a look at the back of her card. # speaker: robin # mood: uneasy
    ~ read_backs = true
* [“Are you sure? After the trade fair I made sixty calls for four appointments.” # act: candour # tip1 -1 # tip3 +1 # tip5 +2 # trust: robin -1 # why: You tell your colleague what you know from doing it: honest, and owed, and it costs you a little of the morning's good mood; but a warning is not a refusal, and you still pick up the phone.]
    Are you sure? After the trade fair I made sixty of these. Four appointments. And a man asked me, very politely, whether I had ever met him. # speaker: you
    Robin hesitates, and then looks at the sales dashboard in the next tab.
    Bart wants appointments. Do them, and tell me how it goes. # speaker: robin # mood: uneasy
    ~ warned = true
    ~ honest += 1
* [“Shall I send them all a nice-to-meet-you mail with our brochure instead? It's softer.” # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # why: It feels gentler than a phone call, and it is quicker; but a brochure to everyone who gave a card is the same sales call on paper.]
    Shall I just mail them all instead? Nice to meet you, and the brochure. It's softer. # speaker: you
    No, a mail gets deleted. Call them. Bart wants appointments, not opened emails. # speaker: robin # mood: neutral
    ~ script += 1
- -> desk

=== desk ===
Back at your desk you slide the hair tie off. Your script is in the drawer: "Good morning, my name is Katrien, from the social secretariat. Yesterday you met my colleague..."
Fourteen new clients this quarter is the number on Bart's whiteboard. Jens is at two. # discuss: Twenty-three cards and one morning. How do you start?
* [Turn every card over first and read what Robin scribbled on the backs # act: keep-notes # tip2 +1 # tip3 +1 # why: The backs are where the promises are. You cannot make a call that respects a conversation you know nothing about.]
    Most backs are blank. A few say "insurance?" or "knows the port people".
    Tom Lambrechts, logistics: "wants a quote, payroll for 40 drivers, call him".
    Marleen Peeters, Bakkerij Peeters: "UGent study on compostable film, send! Kobe?? Rowing Sat."
    ~ read_backs = true
* [Sort them by company size, biggest first: Jens needs the big ones # act: target # tip1 -1 # tip5 -1 # why: Efficient, and it is what the whiteboard rewards; but ranking people by headcount makes them leads before they have agreed to anything.]
    A logistics group with four hundred staff goes on top. Marleen's bakery chain lands third: eleven shops, ninety staff.
    ~ script += 1
* [Rewrite the opening: “You met Robin last night; Robin asked me to ring” # act: prepare # tip1 +1 # tip2 -1 # why: Honest about who is calling and why, which is fairer than the old script; but a better-worded sales call is still a sales call.]
    You cross out "our account manager would like to review your payroll" and write: "You met my colleague Robin last night, and Robin asked me to ring."
* [Just start at the top. The sooner it's done, the better # act: cold-call # tip1 -1 # tip3 -1 # tip5 -1 # why: Quick, and the script does the thinking; but you call twenty-three people without knowing which of them was a real conversation.]
    You put on the headset and dial the first number on the pile.
    ~ script += 1
- -> first_call

=== first_call ===
The first number: a man from a bank in Mechelen. # sound: phone-ring
Good morning, my name is Katrien, from the social secretariat. Yesterday you met my colleague Robin Maes at the chamber of commerce... # speaker: you
Who? # speaker: stefan # mood: uneasy # via: phone
A long pause on the line. Papers rustle. # discuss: He does not remember Robin. What is a call like this worth, to him and to you?
* [Carry on with the script: the account manager could come by on Tuesday # act: cold-call # tip1 -2 # tip3 -1 # tip5 -1 # why: The script says to push past the first no; but a man who cannot place the name has nothing to say yes to.]
    Our account manager could drop by on Tuesday to... # speaker: you
    Send me an email. # speaker: stefan # mood: annoyed # via: phone
    Click. You write "send email" in the margin, which means nothing and both of you know it.
    ~ script += 1
* [“I'm sorry, you must have met a lot of people. I won't keep you. Have a good day.” # act: exit # tip1 +1 # tip5 +1 # tip2 -1 # why: You spare him, and yourself, a pointless sales pitch; you also learn nothing about him, and he hears one more call from a list.]
    I'm sorry. You must have met a lot of people last night. I won't keep you. Have a good day. # speaker: you
    Oh. Right. You too. # speaker: stefan # mood: neutral # via: phone
    He sounds almost disappointed that it was that easy.
* [Ask what he remembers of the evening, and whether there's anything Robin can send him # act: open-question # tip1 +1 # tip2 +1 # tip4 +1 # why: A real question turns a cold call into a small conversation, the only kind worth having; but he did not ask to talk to you, and it takes a second call to give him what he might want.]
    What do you remember of last night? Is there anything Robin could send you? # speaker: you
    He laughs. The wine was good. And no, thank you. # speaker: stefan # mood: pleased # via: phone
    Then he adds, not unkindly: Tell Robin to write, next time, not to have me rung. I honestly don't remember the face. # speaker: stefan # mood: neutral # via: phone
- -> luc_call

=== luc_call ===
Next card: Luc Verstraete, architect, Kortrijk. He picks up on the second ring. # sound: phone-ring
Good morning, you met my colleague Robin Maes last night... # speaker: you
I did. A pleasant talk about old buildings. # speaker: luc # mood: neutral # via: phone
And now you're ringing me. Tell me: did Robin give my card to a call centre? # speaker: luc # mood: annoyed # via: phone # discuss: He asks what is going on. How do you turn this call into something better than a sales call?
* [“Not at all, just a quick question: when could our account manager come by?” # act: cold-call # tip1 -2 # tip3 -2 # tip5 -1 # trust: luc -2 # why: You answer his question with the script's next line: he now knows exactly what his card was used for.]
    Not at all! Just a quick question: when could our account manager come by? # speaker: you
    Never would suit me well. Good day. # speaker: luc # mood: annoyed # via: phone
    ~ script += 1
* [“No, I'm Robin's assistant, and you're right: you never met me. I'll tell Robin you'd rather hear from them directly.” # act: repair # tip1 +1 # tip3 +1 # tip5 +2 # trust: luc +1 # why: The plain truth, with no pitch and no excuse, is the only way to turn a bad call into something he might respect.]
    No call centre. I'm Robin's assistant, and you're right, you never met me. I'll tell Robin you'd rather hear from them directly, if at all. # speaker: you
    A pause. Then, more gently: Thank you for saying so. # speaker: luc # mood: neutral # via: phone
    ~ honest += 1
* [“It's a new process at the office. Nothing personal.” # act: smooth-over # tip3 -1 # tip5 -1 # trust: luc -1 # why: An excuse that sounds like one. It protects Robin for a minute and tells him the card went into a process.]
    Oh, it's a new process at the office. Nothing personal. # speaker: you
    A process. I see. # speaker: luc # mood: neutral # via: phone
    He is polite about it. Polite, and a little further away.
* [Apologise for disturbing him, and cross him off the list # act: decline # tip1 +1 # tip3 -1 # tip5 -1 # why: You stop the sales call, which is right; but he is left thinking a sales call was all Robin wanted, and nobody tells Robin otherwise.]
    I'm sorry to have disturbed you. I'll take you off the list. # speaker: you
    Do. # speaker: luc # mood: annoyed # via: phone
- -> tom_call

=== tom_call ===
Next: Tom Lambrechts, logistics manager. # sound: phone-ring
{ read_backs:
    His card says, on the back, in Robin's handwriting: "wants a quote, payroll for 40 drivers, call him".
}
Good morning, you met my colleague Robin Maes last night... # speaker: you
Finally! I asked Robin for a quote for my drivers. When can your man come? # speaker: tom # mood: pleased # via: phone # discuss: This one asked for it. Is booking a sales meeting still wrong?
* [Book Jens for the quote he asked for, this week # act: keep-promise # tip1 +1 # tip3 +2 # trust: tom +1 # why: He asked to be called. Passing on a request someone made is keeping a promise, not cold selling.]
    Thursday at two, at your office? Jens will bring the quote. # speaker: you
    Perfect. Finally someone who rings back. # speaker: tom # mood: pleased # via: phone
    ~ tom_booked = true
* [Book Jens, and mention the HR module and the training catalogue while you're at it # act: pitch # tip1 -2 # tip4 -1 # tip5 -1 # trust: tom -1 # why: He asked for one thing, a payroll quote; a list of everything else you sell turns his request into a sales funnel.]
    And while I have you: we also do an HR module, and a training catalogue for your drivers... # speaker: you
    Just the payroll quote, thanks. # speaker: tom # mood: neutral # via: phone
    ~ tom_booked = true
    ~ script += 1
* [Tell him Robin will ring him personally: you don't want to book anyone off a card # act: wait # tip3 -1 # tip5 +1 # trust: tom -1 # why: Careful, after the last call; but he asked, and now the one request that was real waits for a second call.]
    Robin will ring you personally about that. I'd rather not book anything off a card. # speaker: you
    I gave Robin my card so somebody would book something. # speaker: tom # mood: annoyed # via: phone
- -> marleen_call

=== marleen_call ===
{ read_backs:
    Next: Marleen Peeters, Bakkerij Peeters. On the back: "UGent study on compostable film, send! Kobe?? Rowing Sat." No sign that anything has been sent.
- else:
    Next: Marleen Peeters, Bakkerij Peeters, eleven shops around Hasselt. Nothing on the front but a logo with a loaf on it.
}
Good morning, you met my colleague Robin Maes last night... # speaker: you # sound: phone-ring
Oh, yes! Lovely evening. We talked for ages. # speaker: marleen # mood: pleased # via: phone
And then she goes quiet, and you hear her work it out.
I'm sorry, were you the one I talked to about rowing? # speaker: marleen # mood: uneasy # via: phone # discuss: Robin's best conversation of the evening is on the line, and she knows something is off. What do you tell her?
* [“No, I'm Robin's assistant. Robin asked me to book a meeting with our account manager.” # act: cold-call # tip1 -1 # tip3 -2 # tip5 -2 # trust: marleen -2 # why: It is the truth and it is the script; it also tells her that forty minutes about her father's oven ended up as a line on a call list.]
    No, I'm Robin's assistant. Robin asked me to book a meeting with our account manager, Jens. # speaker: you
    I see. I'll think about it. # speaker: marleen # mood: uneasy # via: phone
    ~ marleen_booked = true
    ~ script += 1
* [Tell her the truth, and what Robin still owes her # act: repair # tip3 +2 # tip5 +2 # trust: marleen +1 # why: You cannot undo the call, but you can make it the one that puts Robin's promise back on top, and leave the sale out of it.]
    { read_backs:
        No, that was Robin. I'm Robin's assistant, and I shouldn't be ringing you for a sales meeting. Robin promised you a study on compostable film, and an introduction. I'll make sure those come first. # speaker: you
    - else:
        No, that was Robin. I'm Robin's assistant, and I shouldn't be ringing you for a sales meeting. If Robin promised you anything, I'll make sure it comes first. # speaker: you
    }
    The study! Yes. And Kobe, in Leuven. Thank you. Tell Robin I'm still waiting. # speaker: marleen # mood: pleased # via: phone
    ~ marleen_promise = true
    ~ honest += 1
* [Keep it light: “Just a short get-to-know call with our Jens, nothing more.” # act: cold-call # tip1 -1 # tip3 -1 # tip5 -1 # trust: marleen -1 # why: A nicer wrapper on the same call; she met Robin, not Jens, and she will hear the difference.]
    Just a short get-to-know call with our Jens. Nothing more. # speaker: you
    With Jens. Who was at the reception? # speaker: marleen # mood: neutral # via: phone
    He wasn't, you admit. She says she'll look at her diary. She won't.
    ~ marleen_booked = true
    ~ script += 1
* [“Oh, sorry, I think I've got the wrong list.” And hang up # act: smooth-over # tip1 +1 # tip5 -2 # why: You spare her the sales pitch; but a lie to get off the phone leaves her puzzled, and Robin's promise still unmentioned.]
    Oh, I'm sorry, I think I've got the wrong list. Have a lovely day. # speaker: you
    Through the phone, a puzzled silence, and then a polite goodbye.
- -> report

=== report ===
Through the glass wall you see Robin take a call, frown, and stare at a business card for a long time. Somebody's assistant, booking somebody's sales meeting. You know the tone from across the room.
Eight calls done. Three booked for Jens, two voicemails, one "send us an email", and one "who?". Fifteen cards to go.
You take the list into Robin's office. So? How's it going? # speaker: robin # mood: interested # discuss: What do you tell your colleague about the calls: the numbers, or what the people said?
* [The numbers: three booked, fifteen to go. That is what was asked # act: smooth-over # tip1 -1 # tip5 -1 # trust: robin +1 # why: Accurate, and the number Robin hoped for; but you leave out the two people who asked what was going on, and Robin decides without them.]
    Three booked for Jens, two voicemails, one email, one "who?". Fifteen to go. # speaker: you
    Three! Keep going. Our offer is actually useful. # speaker: robin # mood: pleased
    ~ script += 1
* [The numbers, and what Luc and Marleen said about being called # act: candour # tip1 +1 # tip3 +1 # tip5 +2 # trust: robin +1 # why: What people said is the part a dashboard never shows. Telling it straight lets Robin see the cost before the next fifteen.]
    Three booked. And Luc Verstraete asked whether you'd given his card to a call centre. And Marleen Peeters went very quiet, and then asked whether I was the one she'd talked to about rowing. # speaker: you
    Robin looks at the card on the desk, the one from the phone call a minute ago, for a long time.
    Stop the calls, please. I'll phone the ones you reached myself. # speaker: robin # mood: uneasy
    ~ robin_stopped = true
    ~ honest += 1
* {read_backs} [Put Marleen's card on the desk, back up: “Did this go out?” # act: keep-notes # tip2 +1 # tip3 +2 # trust: robin +1 # why: The promise on the back of a card is worth more than the three appointments; showing it is how an assistant keeps a colleague's word.]
    You put Marleen's card on the desk, written side up. "UGent study on compostable film, send! Kobe??" # speaker: you
    Did this go out? # speaker: you
    Robin reads it twice.
    No. Oh no. Stop the calls, Katrien. I'll send this now, and then I'll ring the ones you reached. # speaker: robin # mood: uneasy
    ~ robin_stopped = true
    ~ marleen_promise = true
    ~ honest += 1
* [“I'd stop here, if I were you. Trust me.” # act: advise # tip1 +1 # tip4 +1 # tip2 -1 # trust: robin -1 # why: Right, and said to help; but a verdict without the reasons asks Robin to trust your feeling over Bart's number, and Robin doesn't.]
    I'd stop here, if I were you. Trust me. # speaker: you
    Why? Three is good. Finish the list, please. # speaker: robin # mood: neutral
    ~ script += 1
- -> bart_asks

=== bart_asks ===
Ten to twelve. A chat message pops up on your screen. # sound: message
Katrien! How many did the chamber cards give Jens? The ticket wasn't cheap, haha. # speaker: bart-claeys # mood: interested # via: message # discuss: Your manager counts appointments. What do you tell him about the cards?
* [“Three booked!” and a thumbs-up # act: smooth-over # tip1 -1 # tip5 -1 # trust: bart-claeys +1 # why: The number he wants, and true; but it tells him the method works, and next time he'll ask for sixty calls.]
    Three booked! # speaker: you
    That's my Katrien! # speaker: bart-claeys # mood: pleased # via: message
* [Three booked, and two people who asked whether we'd sold their card # act: candour # tip1 +1 # tip5 +2 # trust: bart-claeys -1 # why: The whole picture, cost included: it is what lets a manager learn that cold calls spend goodwill he cannot see.]
    Three booked. And two people asked whether we'd given their card to a call centre. One of them was Robin's best contact of the evening. # speaker: you
    Hm. Not what I wanted to hear. # speaker: bart-claeys # mood: uneasy # via: message
    ...but better from you than from a client. Come and tell me at two. # speaker: bart-claeys # mood: neutral # via: message
    ~ told_bart = true
    ~ honest += 1
* [Suggest other numbers: promises kept, introductions made # act: candour # tip3 +1 # tip5 +1 # trust: bart-claeys +1 # why: Measuring what people are promised, and whether they get it, is how a sales team learns to farm instead of hunt.]
    Three. But can I suggest counting something else too? Promises made at these things, and how many we keep. # speaker: you
    Hm. Put it on one slide. I'm not promising anything. # speaker: bart-claeys # mood: neutral # via: message
    ~ told_bart = true
* [“Ask Robin, it's Robin's list.” # act: deflect # tip1 +1 # tip5 -1 # why: It is Robin's list, and you stay out of the numbers; but he asked you, you made the calls, and you know what they cost.]
    Ask Robin, it's Robin's list. # speaker: you
    Will do! # speaker: bart-claeys # mood: pleased # via: message
- -> afterwards

=== afterwards ===
{ robin_stopped:
    After lunch Robin is on the phone with the door closed, ringing the people you reached, one by one. Then Robin comes to your desk.
- else:
    After lunch you put the headset back on. Fifteen cards to go. Robin stops at your desk on the way to a meeting.
}
What do we do with these cards, from now on? After a reception, I mean. # speaker: robin # mood: interested # discuss: What is an assistant for, in relationship networking?
* [Keep a list of every promise made at events, and chase Robin until each is done # act: keep-notes # tip3 +2 # tip5 +1 # trust: robin +1 # why: An assistant who makes sure promises are kept is the best use of an assistant in networking, and the opposite of a call list.]
    Give me the cards the morning after. I'll read the backs, keep a list of every promise, and chase you until it's done. # speaker: you
    Chasing me. Right. Start Monday. # speaker: robin # mood: pleased
    ~ promise_list = true
* [Add them all to the newsletter: they gave their card, after all # act: follow-up-with-pitch # tip3 -1 # tip5 -1 # why: A card is not a subscription. People who get mail they never asked for unsubscribe from you, not only from the list.]
    The newsletter. They gave their card, after all. # speaker: you
    Robin shrugs. Easier than calls, I suppose. # speaker: robin # mood: neutral
* [Put them in the CRM with a note on where Robin met them and what they talked about # act: keep-notes # tip1 -1 # tip2 +1 # tip5 +1 # why: Notes on real conversations make the next contact personal, even months from now; but an entry in a sales system turns people into accounts.]
    The CRM. With where you met them and what you talked about. You dictate, I type. # speaker: you
    For nine of the twenty-three Robin cannot remember a single thing, which tells you both something.
* [Finish the calls tomorrow, but with the new opening # act: cold-call # tip1 -1 # tip3 -1 # tip5 -1 # why: A kinder script for the same call; the fifteen people left never asked to be called either.]
    I'll finish them tomorrow. With the new opening. # speaker: you
    Fine. # speaker: robin # mood: neutral
    ~ script += 1
- -> epilogue

=== epilogue ===
A week later. Thursday again, and the coffee machine hasn't changed its mind about anything. # sound: message
{ tom_booked:
    Tom Lambrechts signed on Tuesday. Forty drivers. He asked for it, and he got it.
}
{
- marleen_promise && robin_stopped:
    Marleen writes to Robin, copying you: "Thank you for the study, and for ringing me yourself that day. Kobe and I have lunch on Tuesday. PS: thank your assistant for being honest on the phone."
- marleen_promise:
    Marleen writes to Robin: "Still waiting for that study. Your assistant said it would come first." Robin forwards it to you with one word: "Oops."
- marleen_booked:
    In the CRM, next to Marleen's name, someone has typed: "asked not to be called again".
- else:
    Marleen Peeters hasn't written. Nobody has sent her the study.
}
{
- script >= 5:
    -> script_done
- robin_stopped && promise_list && marleen_promise:
    -> promise_keeper
- robin_stopped || honest >= 3:
    -> honest_messenger
- else:
    -> caught_between
}

=== script_done ===
Jens has five appointments in his calendar, and Bart puts a thumbs-up under the numbers in the team chat.
By Wednesday two have cancelled. One turns out to be a student who came for the free wine. Luc Verstraete's firm, Jens hears, has "no need at the moment, and won't for a while".
You did exactly what you were asked, and did it well. And you know better than anyone what those calls sounded like from the other end. # ending: script-done # mood: uneasy
-> END

=== caught_between ===
Bart is happy enough. Robin is quiet about the reception.
Nobody asked you what the calls were like, and you didn't say. The cards go into a drawer, and so does what Luc and Marleen said on the phone.
You were the voice on every call, and the one person who heard what they cost. Next time, say it. # ending: caught-between # mood: neutral
-> END

=== honest_messenger ===
{ told_bart:
    At two o'clock you tell Bart what the calls sounded like. He listens longer than you expected.
}
The script is back in the drawer. Some goodwill was spent this morning; some of it came back, because somebody on the phone told the truth.
You made the calls you were told to make. You also told the people on both ends what they needed to hear. # ending: honest-messenger # mood: neutral
-> END

=== promise_keeper ===
On Monday a new list starts on your screen: "Promises, chamber of commerce". Two lines. Both ticked.
{ told_bart:
    Bart has asked for the slide about promises kept. He says he's not promising anything.
}
You were handed a stack of cards and told to ring them. You gave it back as a list of promises, and every one of them kept. # ending: promise-keeper # mood: pleased
-> END

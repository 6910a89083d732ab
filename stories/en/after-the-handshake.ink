# title: After the handshake, online
# summary: The morning after a club evening in Mechelen: the follow-up note you promised, the brochure your partner wants in it, and the automated pitch that lands a minute after you accept someone's request.
# main: tip3
# cast: nele \| Nele Claessens \| your business partner in a two-person HR firm; practical, loves a good tool, wants three new clients this quarter
# cast: hanne \| Hanne Vervoort \| runs a cleaning company with fifty staff in Mechelen; quick, warm, drowning in recruitment
# cast: pieter \| Pieter Van Dyck \| "growth consultant"; four minutes at the bar; his LinkedIn runs on autopilot
# ending: the-thread \| A real thread
# ending: quiet-inbox \| A quiet inbox
# ending: one-more-sequence \| One more sequence

// This scenario's own state; it reads and writes no memory (nothing here continues another story).
// hanne_trust is how Hanne reads your mail; pushed counts the sales lines you put in front of people.
VAR hanne_trust = 0
VAR pushed = 0
VAR newsletter = false
VAR sent_list = false
VAR late = false
VAR talked_to_pieter = false
VAR tool = false
VAR asked_work = false

-> morning

=== morning ===
Wednesday, a quarter past eight. The office above the bakery on the Bruul that you share with Nele: two desks, one plant, a coffee machine older than the firm. # scene: office
Last night was the business club's evening at Het Anker brewery. You came home with three cards and one conversation worth the name.
Hanne Vervoort: a cleaning company, fifty staff. Her new team leader resigned after two weeks, by WhatsApp, at eleven at night. You talked for twenty-five minutes, and you said you'd send her your first-ten-days checklist: the list you use to start new team leaders off well.
Nele rolls her chair over, mug in hand. # mood: nele interested
Cards from last night? Give them here: I'll put them in the newsletter. Monthly, one click to unsubscribe. That's what it's for. # speaker: nele # mood: pleased # discuss: Three cards from last night. Who decides what those people hear from you, and when?
* [Not the newsletter: you'll write to the people you actually talked to yourself # act: decline # tip1 +1 # tip3 +1 # trust: nele -1 # why: What those people agreed to was a conversation, not a mailing list; Nele's newsletter is good, and she built it for exactly this.]
    "Not yet. The ones I really talked to, I'll write to myself. If they want the newsletter, they'll say so." # speaker: you
    Nele shrugs and rolls back to her desk. # mood: nele neutral
    Suit yourself. It's a good newsletter. # speaker: nele # mood: neutral
* [Yes, add them: it keeps you in their inbox every month # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: nele +1 # why: It costs nothing and some will read it; but nobody gave you a card to receive a sales newsletter, and for Hanne it will be the first thing she gets from you.]
    ~ newsletter = true
    ~ pushed += 1
    Nele types the three addresses in while her coffee is still too hot to drink. # mood: nele pleased
* [Leave it for now: first Hanne's checklist, the rest later # act: wait # tip3 -1 # tip5 +1 # why: Putting the promise first is right, and nobody is harmed by a day's wait; "later" is also where the other two cards go to be forgotten.]
    "Later. First I owe someone a checklist." # speaker: you
    Later, then. # speaker: nele # mood: neutral
- -> opening

=== opening ===
You open a new email. To: Hanne Vervoort. The cursor blinks where the first line should be. # discuss: What is the first line of a follow-up note for?
* [Start with the WhatsApp resignation at eleven at night, and that it stayed with you # act: follow-up # tip2 +1 # tip3 +1 # trust: hanne +1 # why: A line only you could write shows that you listened; it is also personal, and a little bold, for a mail to someone you met once.]
    ~ hanne_trust += 1
    "Hanne, I'm still thinking about your team leader and his WhatsApp at eleven at night. Here's what I promised."
* [Start with who you are and what your firm does, in case she's forgotten # act: say-what-you-do # tip1 +1 # tip2 -1 # why: People meet thirty others at such an evening, and a plain reminder helps; it also makes the first lines about you, not about her.]
    "Dear Hanne, we met at Het Anker yesterday. As a reminder: we are a small HR firm, selection and onboarding for SMEs."
* [Send a connection request first, with the default note; the mail can follow tomorrow # act: follow-up # effort: token # tip2 -1 # tip3 +1 # why: It's quick, and she'll see your name today; a default request says nothing about the conversation, and the checklist is still on your desk.]
    ~ late = true
    "I'd like to add you to my professional network." Sent. The mail goes onto tomorrow's list.
- -> the_promise

=== the_promise ===
{ late:
    Thursday. You open the mail to Hanne again.
}
The checklist is a two-page PDF: the first ten days of a new team leader, day by day. It was written for a transport firm; half of it fits a cleaning company. # discuss: You promised the checklist. Send it as it is, make it better, or make it more?
* [Attach it as it is, today, with one line on what to skip # act: keep-promise # tip3 +2 # tip5 +1 # trust: hanne +1 # why: A promise kept the day after is the heart of follow-up; it's also a list written for lorry drivers, and she'll have to do the translating.]
    ~ sent_list = true
    ~ hanne_trust += 1
    "Skip the bits about tachographs." You attach it.
* [Rework it for a cleaning company first, and send it on Friday # act: keep-promise # timing: late # tip3 +1 # tip4 +1 # tip5 -1 # why: A list that fits her people is real help; but she has an empty team-leader post now, and Friday is three days after the evening where you promised it.]
    ~ sent_list = true
    ~ late = true
    You spend two hours on it: night shifts, keys to client buildings, the first week with a team that lost its last leader.
* [Attach it, and offer to take her through it in a half-day workshop, at a reduced rate # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # trust: hanne -1 # why: The workshop would help her, and you'd do it well; but the checklist was a favour, and now it comes with a price list.]
    ~ sent_list = true
    ~ pushed += 1
    ~ hanne_trust -= 1
    "And if you'd like, I can walk your supervisors through it in a half-day workshop. For you, at a reduced rate."
- -> attachment

=== attachment ===
Nele reads over your shoulder. # mood: nele interested
Put the brochure in. One more PDF. She has to know what we do, doesn't she? # speaker: nele # mood: interested # discuss: One more attachment. Where is the line between being known and selling?
* [Nothing else: the checklist is the mail # act: follow-up # tip1 +1 # tip3 +1 # trust: nele -1 # why: A follow-up that only keeps the promise is the cleanest there is; and Nele has a point: Hanne may not know what you actually do.]
    "The list is the mail." # speaker: you
* [Attach the brochure, "for later" # act: follow-up-with-pitch # tip3 -2 # tip5 -1 # trust: nele +1 # trust: hanne -1 # why: It saves her looking you up; but a brochure next to a favour tells her which of the two you wanted to send.]
    ~ pushed += 1
    ~ hanne_trust -= 1
    You attach it. "For later," you write. Nele nods.
* [No brochure; one line at the end on what you do, and no link # act: say-what-you-do # tip1 +1 # tip2 -1 # tip5 +1 # why: The source's point: people may know you and your business, and one line is how; it is still one line about you in a mail that was about her.]
    "P.S. In case you wonder what I do all day: we help small firms hire and start people well."
- -> the_close

=== the_close ===
One line left: how to end it. # discuss: How do you end a follow-up note to someone you met once?
* [Suggest a coffee in a month, to hear how the new team leader is doing # act: invite # tip4 +2 # tip5 +1 # trust: hanne +1 # why: A reason to meet again that is about her, not your services; it is also one more thing in the diary of someone who is drowning.]
    ~ hanne_trust += 1
    "Coffee in a month? I'd like to hear how the next one does."
* [End with "Shall we book a call to see where we can help?" and your calendar link # act: follow-up-with-pitch # tip1 -2 # tip3 -1 # tip5 -1 # trust: hanne -1 # why: A clear next step is what every sales course teaches; after a favour, a calendar link turns the note into a sales mail.]
    ~ pushed += 1
    ~ hanne_trust -= 1
    "Shall we book a call to see where we can help? Pick a slot here."
* [Ask for nothing: wish her luck with the recruitment # act: follow-up # tip3 +1 # tip5 +1 # why: Nothing to answer, nothing to decline, and that is a kindness; it also leaves no reason for either of you to write again.]
    "Good luck with the recruiting. I hope the next one stays longer than two weeks."
- You send it. {late: Late, but sent.}
-> the_ping

=== the_ping ===
Eleven o'clock. A notification: Pieter Van Dyck wants to connect. Four minutes at the bar last night; something about his dog and a growth agency. You accept. # sound: message
At two minutes past eleven, a message. # sound: message
Hi there! 🚀 Great to connect. I help HR firms like yours fill their pipeline with 15 to 30 qualified meetings a month. Worth a 15-minute call? Pick a slot here. # speaker: pieter # mood: pleased # via: message
Nele, reading it on your screen, laughs out loud. # mood: nele pleased
He didn't type that. Nobody types a rocket at two minutes past. # speaker: nele # mood: pleased # discuss: A pitch arrives a minute after you accept. What does it do to you, and what do you do with it?
* [Reply with a light question: "Was that you, or your robot?" # act: deflect # tip1 +2 # tip2 -1 # trust: pieter +1 # why: Humour names the game without a lecture, and leaves the door open; it's also a joke at the expense of someone who may have to use that tool.]
    ~ talked_to_pieter = true
    "Was that you, or your robot? I liked the story about the dog better." # speaker: you
* [Reply honestly: you'd rather talk than be put in a sequence, and the dog story was better # act: candour # tip2 +1 # tip5 +1 # tip1 -1 # trust: pieter +1 # why: Straight, and it gives him something real to answer; you're also handing out lessons to someone you met for four minutes.]
    ~ talked_to_pieter = true
    "Pieter, I'd rather have a real conversation than a call slot. The dog story was better than this message." # speaker: you
* [Answer with your own offer: a growth agency surely needs help hiring # act: pitch # tip1 -2 # tip5 -1 # why: Fair's fair, and it may even land; answering a pitch with a pitch is how two sellers end up with no buyers.]
    ~ pushed += 1
    "Thanks! Funny, we help agencies like yours hire their first account managers. Worth a call?" # speaker: you
* [Remove the connection: you accepted a person, not a funnel # act: decline # tip1 +1 # tip5 -2 # trust: pieter -1 # why: It protects your inbox, and the message earned it; it also closes the door on the man behind the tool, who may never know why.]
    You remove him. Two clicks.
- -> pieter_again

=== pieter_again ===
{ talked_to_pieter:
    Twenty minutes later, an answer. Typed, this time: no rocket, a typo in the second word. # sound: message
    Ha. Guilty. The agency set it up, my manager counts booked calls. Honestly, it's awful. How do you do it, then? # speaker: pieter # mood: uneasy # via: message
- else:
    Three days later, another message, from the same tool. # sound: message
    Just floating this to the top of your inbox, \{first_name\}! 🚀 # speaker: pieter # mood: pleased # via: message
}
You read it twice. # discuss: The other side of the message. What do you owe the person, or the tool?
* {talked_to_pieter} [Tell him how you'd do it: fewer notes, each one personal, no link # act: advise # tip1 +1 # tip2 -1 # tip4 +1 # why: Useful, and he asked; you answered with a method before you knew what his manager wants from him.]
    "Fewer messages, each one about the person, and no link. It's slower. It works." # speaker: you
    I'll try that on my manager. # speaker: pieter # mood: neutral # via: message
* {talked_to_pieter} [Ask him what he actually liked about last night # act: open-question # tip2 +2 # tip4 +1 # trust: pieter +1 # why: A question about him turns a sequence into a conversation; it also keeps a growth consultant in your inbox for the rest of the day.]
    "What did you like about last night? Apart from the beer." # speaker: you
    He writes back about a woman who runs a repair café, and his dog, and forty minutes go by. # mood: pieter pleased
* {talked_to_pieter} [Book the fifteen minutes: he's human after all, let him pitch # act: hear-out # tip2 -1 # tip5 +1 # trust: pieter +1 # why: Kind, and his manager will be happy; it also teaches him that the sequence works.]
    You pick a slot. Thursday, ten fifteen. His manager will count it.
* {not talked_to_pieter} [Reply, once, plainly: you'd happily have a coffee, but you don't answer sequences # act: candour # tip1 +1 # tip5 +1 # trust: pieter +1 # why: Honest, and it reaches the person behind the tool if there is one; it may also go into a tool that nobody reads.]
    "Pieter, happy to have a coffee. I don't answer sequences." # speaker: you
* {not talked_to_pieter} [Ignore it, and the next one # act: wait # tip1 +1 # tip3 -1 # why: You owe a tool nothing; there is also a person at the other end who met you at a bar.]
    You archive it. The next one comes on Monday.
* {not talked_to_pieter} [Mark it as spam # act: decline # tip1 +1 # tip5 -1 # trust: pieter -1 # why: That is what it is; the person behind it won't know, and the tool won't care.]
    Spam. The tool won't notice. Pieter might, in a year, when his account is limited.
- -> the_tool

=== the_tool ===
Afternoon. Nele turns her screen towards you. # mood: nele interested
Look. The tool Pieter uses, probably. It sends a personal-looking message to everyone who accepts our requests. First month free. We'd get twenty calls a month without lifting a finger. # speaker: nele # mood: interested
Now you know what it feels like from the other end. # discuss: You have just received one. Would you send them?
* [No: you just got one, and you know what it felt like # act: decline # tip3 +1 # tip5 +1 # trust: nele -1 # why: You felt the other side an hour ago, and you choose not to do it to anyone; Nele still needs three clients this quarter, and you've said no without another plan.]
    "No. I got one of those this morning. I know what it feels like." # speaker: you
    Nele closes the tab, not entirely convinced. # mood: nele uneasy
* [Try it with a soft template: no link, just "great to connect" # act: follow-up # effort: token # tip2 -1 # tip3 +1 # tip5 -1 # trust: nele +1 # why: It's polite and it costs nothing; a message nobody typed is a token, and people can tell.]
    ~ tool = true
    You write the template together. It sounds friendly. It sounds like nobody.
* [Use it properly: the message with the calendar link # act: follow-up-with-pitch # tip1 -2 # tip3 -2 # tip5 -2 # trust: nele +1 # why: It would book calls, and some of them would buy; it is also exactly the message that made you laugh this morning.]
    ~ tool = true
    ~ pushed += 1
    You switch it on. Nele is happy. The first rocket goes out at two minutes past four.
* [Instead: a short list of who you met and what you promised, checked every Friday # act: keep-notes # tip1 -1 # tip3 +2 # tip5 +1 # trust: nele +1 # why: A promise list is what makes real follow-up possible; it's an hour a week, and it will never book twenty calls.]
    A page in a notebook, three columns: who, what I promised, done. Nele adds her own contacts to it by Friday.
- -> two_weeks

=== two_weeks ===
Two weeks later. # sound: message
{
    - hanne_trust >= 2 && pushed == 0:
        ~ asked_work = true
        An email from Hanne Vervoort.
        "The checklist is on the noticeboard, with my own crossings-out. The new team leader has lasted eleven days so far. Coffee: yes, Thursday? And one more thing: would you look at our vacancy for the next one? Properly. Paid." # speaker: hanne # mood: pleased # via: message # discuss: She asks you to work for her, for money. Is this the moment to sell?
    - hanne_trust >= 1:
        An email from Hanne Vervoort, two lines long.
        "Thanks for the list. Busy weeks here. H." # speaker: hanne # mood: neutral # via: message # discuss: A polite two-liner. Is there anything left to do?
    - else:
        Nothing from Hanne. {newsletter: The newsletter went out on Monday; she unsubscribed on Tuesday.}
        You check: the mail was opened, twice. # discuss: No answer. Do you write again?
}
* {hanne_trust >= 2 && pushed == 0} [Say yes, and tell her plainly what it would cost and when you could start # act: pitch # asked: yes # tip1 +1 # tip5 +1 # trust: hanne +1 # why: She asked, in writing, for paid work: a clear answer is the respectful one; it also turns a helpful contact into a client, and the coffee into a meeting.]
    ~ hanne_trust += 1
    "Gladly. A vacancy like this is two days' work, nine hundred euros; I can start on Monday. And Thursday's coffee stays a coffee."
* {hanne_trust >= 2 && pushed == 0} [Do it for free, as a favour: she's had a hard month # act: offer-help # tip4 +1 # tip5 -1 # why: Generous, and she'd remember it; but she asked for paid work, and a favour she didn't ask for makes the next request harder for her to make.]
    "For you, no charge." She sends back a question mark, and then: "That's kind. But then I can't ask you again."
* {hanne_trust >= 2 && pushed == 0} [Propose the full package: vacancy, selection and onboarding for all her team leaders # act: pitch # asked: yes # tip1 -1 # tip5 -1 # why: It would really help a firm with her turnover, and it's a good deal; she asked for one vacancy, and got a proposal.]
    ~ pushed += 1
    She reads it, and answers a day later: "Let's start with the one vacancy, shall we?"
* {hanne_trust < 2 || pushed > 0} [Write once more, with nothing to sell: how is the team leader doing? # act: follow-up # tip3 +1 # tip5 +1 # trust: hanne +1 # why: A question about her, two weeks on, is the follow-up that keeps a door open; she may still read it as someone who won't let go.]
    ~ hanne_trust += 1
    "How's the new team leader? Still there?" She answers the same evening: "Day fourteen. Fingers crossed."
* {hanne_trust < 2 || pushed > 0} [Send her the case study of a firm like hers, with your offer at the bottom # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: hanne -1 # why: It might be the thing that makes her call; a second sales mail to a silence is how a contact turns into a lead that unsubscribes.]
    ~ pushed += 1
    You send it. It is opened once.
* {hanne_trust < 2 || pushed > 0} [Leave it: she has what you promised # act: wait # tip1 +1 # tip3 -1 # why: You kept the promise, and she owes you nothing; the last thing she heard from you is what stays.]
    You leave it.
- -> ending

=== ending ===
{
    - tool && pushed >= 2:
        -> one_more_sequence
    - hanne_trust >= 3 || asked_work:
        -> the_thread
    - else:
        -> quiet_inbox
}

= the_thread
{ late:
    The checklist was late, and she noticed. The rest of it she noticed more.
}
{ pushed > 0:
    She took the one vacancy, not the package, and the next team leader is still there in March.
}
In the spring, Hanne sends you the name of a friend who runs a bakery chain and can't keep her shift managers. "She'll call you," Hanne writes. "I told her you send what you promise." # ending: the-thread # mood: pleased
-> END

= quiet_inbox
Nothing went wrong. You sent a note, and it was read. {pushed > 0: Some of it sold more than it said.}
In the spring you see Hanne at the club again. She waves, from across the room, and stays where she is. # ending: quiet-inbox # mood: neutral
-> END

= one_more_sequence
By the end of the month the tool has sent four hundred messages in your name. Eleven people booked a call. Three of them were other people's tools, booking back.
You know what the people who got them thought, because you thought it yourself, at two minutes past eleven. # ending: one-more-sequence # mood: uneasy
-> END

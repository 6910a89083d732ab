# title: The cold contact revived
# summary: Eight months ago you liked Marleen Peeters more than anyone you met all year, and you haven't written her a word since. Now there's a campaign to "reactivate" people like her, and something she really could use. Get back in touch without pretending, and without a pitch.
# main: tip5
# cast: marleen \| Marleen Peeters \| runs a family bakery chain in Limburg; warm, direct, allergic to sales talk
# cast: katrien \| Katrien Wuyts \| management assistant, twelve years in the firm; efficient, dry, misses nothing
# cast: bart-claeys \| Bart Claeys \| your sales manager; jovial, generous, and very aware of the targets
# cast: ingrid \| Ingrid Vos \| runs the office of the bakery training centre in Hasselt, a client of yours; cheerful, overbooked, short of bakeries
# ending: rekindled \| A thread picked up
# ending: door-ajar \| A door left ajar
# ending: reactivated-lead \| One reactivated lead
# ending: still-dormant \| Still dormant

// Memory from secretary-call (see docs/authoring.md): whether the cards went to Katrien for calls,
// whether what Marleen got from your side after the reception was a sales move, and whether you set
// yourself a reminder for a coffee with her a month later (a promise this story finds unkept).
VAR mem_cards_to_assistant = false
VAR mem_marleen_pitched = false
VAR mem_marleen_coffee = false

// This scenario's own state; the Dutch twin has the same variables.
// template: what the dormant list got this morning: "link" (marketing's, with Jens's booking link),
// "soft" (the same, no link, one personal line each) or "" (nothing).
VAR template = ""
VAR promised_ingrid = false
VAR gave_number = false
// You put the mail off until January, after Ingrid's deadline.
VAR waited = false
// What the mail is for: "offer" (Ingrid's trainees, if she wants), "copy" (Ingrid already in copy),
// "question" (how is she) or "package" (your firm's news).
VAR point = ""
VAR favour = false
// How Marleen reads you, from -1 to 3 (warm() keeps it there); her reply follows from it. pushed counts
// the sales moves she can see, up to 2 (two are already too many). Both are kept small on purpose: the
// story check explores every state, and a counter with a wide range multiplies them for nothing.
VAR warmth = 0
VAR pushed = 0
// Her answer: "warm", "cool" or "none".
VAR reply = ""
VAR intro_done = false
VAR jens_calls = false
VAR gave_up = false
VAR jan_ok = false
VAR oversold = false

-> monday

=== function warm(d) ===
~ warmth = MAX(-1, MIN(3, warmth + d))

=== function push() ===
~ pushed = MIN(2, pushed + 1)

=== monday ===
Monday, twenty to nine. The third floor of the social secretariat, where you look after the bigger clients. Your coat is still on when the chat window opens. # scene: office
Q4 REACTIVATION! Everyone pulls their dormant contacts from the CRM (no contact in six months) and wakes them up before Christmas. Marketing wrote the mail. Target: ten meetings for Jens by the 20th. Let's go! B. # speaker: bart-claeys # mood: pleased # via: message
Katrien knocks on the open door with a printout. She always knocks on the open door. # sound: door
Your dormant list. Forty-one names. # speaker: katrien # mood: neutral
The template starts "Hi \{first name\}, I was just thinking of you!" and ends with a link to book fifteen minutes with Jens. I can send all forty-one before my coffee's cold. # speaker: katrien # mood: neutral
{ mem_cards_to_assistant:
    Like the cards after the chamber of commerce in March. At least this time nobody gets phoned. # speaker: katrien # mood: neutral
}
You run your finger down the list. Half the names you can't place. A man from a tiling firm who wanted a quote and never answered it. A woman from the province. And fourth from the top: Marleen Peeters, Bakkerij Peeters, Hasselt. Last contact: April. # discuss: Forty-one people who haven't heard from you in months. What should they get from you this morning?
* [Let Katrien send it: forty-one friendly hellos beat forty-one silences # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: bart-claeys +1 # why: Some will answer, and Bart gets his numbers; but nobody was "just thinking" of forty-one people at once, and the booking link says what the hello was for.]
    ~ template = "link"
    ~ push()
    ~ warm(-1)
    "Send it." # speaker: you
    Forty-one. Done by ten. # speaker: katrien # mood: neutral
* [Send it without Jens's link, with one personal line for each # act: follow-up # effort: token # tip1 +1 # tip2 -1 # tip3 +1 # trust: katrien -1 # why: Kinder than the campaign, and a personal line is something; but forty-one personal lines before coffee are forty-one guesses, and the rest of the mail is still nobody's.]
    ~ template = "soft"
    You spend an hour on forty-one first lines. For twelve of them you write "I hope the year has been good to you", because you cannot remember anything else.
    Katrien takes the list back without a word, which from Katrien is a word. # mood: katrien uneasy
* [No template: go through the list yourself, and write only where you have a real reason # act: keep-notes # tip1 -1 # tip3 +1 # tip5 +2 # trust: bart-claeys -1 # why: Rereading who each person is, and what you owe them, is where an honest revival starts; forty-one becomes four, and Bart counted on forty-one.]
    "Leave it with me. I'll go through it myself, name by name." # speaker: you
    Bart will ask. # speaker: katrien # mood: uneasy
    "Then I'll tell him." # speaker: you
* [Tell Katrien to leave it: you'll write to people when you have something to say # act: decline # tip1 +1 # tip3 -1 # tip5 +1 # trust: katrien +1 # trust: bart-claeys -1 # why: Waiting until you have something to say is right; "when I have something to say" is also how forty-one people stay dormant for another year.]
    "Leave it, Katrien. I'll write when I've got something to say." # speaker: you
    Katrien folds the list in two and puts it on your keyboard anyway. # mood: katrien neutral
- -> marleen

=== marleen ===
Marleen Peeters. # leave: katrien
The chamber of commerce reception in March: forty minutes about her father, who started with one oven; her son's rowing; bread bags that refuse to compost. She called her payroll provider "fine, I suppose", and you liked her too much to pounce.
{ mem_marleen_pitched:
    What she got from your side the week after was, one way or another, about payroll. You still wince when you think of it.
- else:
    A few mails went back and forth that spring, warm ones.
}
{
    - mem_marleen_coffee:
        You had a reminder set for April: "Marleen: how is the switch going? What would help?" It went off in the week of the quarterly review. You snoozed it. You snoozed it again, and one day it stopped asking.
    - mem_marleen_pitched:
        You meant to make it up to her over a coffee. You never asked.
    - else:
        Her last mail, in April, ended: "Coffee once things calm down?" You wrote back "Absolutely!" Things did not calm down.
}
{ template == "link":
    At ten past ten, the campaign report: forty-one sent. Marleen's name is on it, between a tiler and the province.
}
{ template == "soft":
    Her line in this morning's mail was "I hope the bread bags behave". It was one of the better ones.
}
Eight months. You can't think of anyone you liked more in the whole year, and you haven't written her a word.
-> lunch

=== lunch ===
Half past twelve. The sandwich bar across the street. # scene: cafe
Ingrid Vos runs the office of the bakery training centre in Hasselt. Her centre is your client, and this lunch is supposed to be about a payslip error.
The payslip's sorted, thank you. Now my real problem. # speaker: ingrid # mood: interested
Six trainees starting in January. Dual learning: three days a week in a bakery, two days with us. And I've got four bakeries. Nobody wants a seventeen-year-old at four in the morning. # speaker: ingrid # mood: uneasy
I have to match them by the fifteenth. Don't you know a baker? A big one, with patience? # speaker: ingrid # mood: interested
You know exactly one. In March, over her second glass, Marleen said: "Nobody wants to get up at four any more. I'll still be baking myself at seventy." # discuss: The one baker you know told you, eight months ago, that she can't find young people. What do you tell Ingrid?
* [Say you might know one, and that you'll ask her first # act: promise # tip4 +2 # tip5 +1 # trust: ingrid +1 # why: Help with nothing in it for you, and Marleen decides for herself; it also means writing to someone you haven't written to in eight months, before the fifteenth.]
    ~ promised_ingrid = true
    "I might know one. Let me ask her first." # speaker: you
    You're an angel. Before the fifteenth, mind. # speaker: ingrid # mood: pleased
* [Give Ingrid Marleen's number: she can ring her and say you sent her # act: introduce # tip3 +1 # tip4 +1 # tip5 -1 # trust: ingrid +1 # why: Quick, and Ingrid needs bakeries this month; Marleen gets a call from a stranger, with the name of someone who has been silent for eight months on it.]
    ~ gave_number = true
    You read the number out from your phone. Ingrid writes it on a napkin and underlines it twice.
    I'll ring her tomorrow. I'll say you sent me. # speaker: ingrid # mood: pleased
* [Say nothing: after eight months you can't just turn up in her inbox with something # act: wait # timeout # tip1 +1 # tip3 -1 # tip5 -1 # why: The awkwardness is real, and holding back feels like tact; but this is not a favour for you, it is something she told you she needs, and silence is how eight months becomes nine.]
    "Not off the top of my head. I'll think about it." # speaker: you
    Ingrid sighs into her soup. # mood: ingrid uneasy
* [Tell her your firm does the dual-learning contracts for a dozen bakeries: she can mention you to hers # act: pitch # tip1 -1 # tip4 -1 # tip5 -1 # trust: ingrid -1 # why: True, and those contracts are a maze her bakeries will meet; she asked you for a bakery, and got your services.]
    ~ push()
    "Here's a thought: the trainee contracts are a nightmare, and we do them for a dozen bakeries. If your bakeries need help..." # speaker: you
    I need bakeries, love. Not help for the ones I've got. # speaker: ingrid # mood: neutral
- -> afternoon

=== afternoon ===
Three o'clock. Back at your desk, Marleen's name is still on the list. # scene: office # leave: ingrid
Bart comes round the partition with his reading glasses on his forehead. # sound: door
Marleen Peeters! Eleven shops, ninety staff, and she's on your dormant list. Pick up the phone, a voice beats a mail. # speaker: bart-claeys # mood: pleased
And listen: we're pitching the Limburg bakers' association next week, a members' deal. A word from a member to their chair would be gold. Quick favour. She won't mind. # speaker: bart-claeys # mood: interested
He's gone before you can answer.
It's the week before Sinterklaas. Eleven bakeries full of speculaas, marzipan and chocolate letters, and Marleen has been up since four. Ingrid matches her trainees by the fifteenth. # discuss: Eight months of silence, and her busiest weeks of the year. How do you reach her, and when?
* [A short mail, today: she can read it when the shops close # act: follow-up # timing: late # tip3 +1 # tip5 +1 # why: Written is easy to answer and easy to leave, which is kind after a long silence; it is also the easiest thing in the world to leave unanswered.]
    -> writing
* [Ring her mobile now: after eight months a voice is warmer than a mail # act: follow-up # timing: late # tip2 +1 # tip3 +1 # tip5 -1 # why: A voice is warmer and harder to misread; it is also a call out of nowhere from someone silent for eight months, at three in the afternoon, in a baker's busiest week.]
    -> voicemail
* [Drive to her shop in Hasselt on Saturday morning and say hello in person # act: follow-up # timing: late # tip2 +1 # tip5 -1 # why: Face to face is the most honest way to say "I went quiet"; Saturday morning before Sinterklaas is also when the queue goes out of the door and she can't give you a minute.]
    -> shop
* [Warm things up first: connect on LinkedIn and like her post about the new shop in Genk # act: follow-up # effort: token # tip1 +1 # tip2 -1 # tip5 -1 # why: It feels less abrupt than a mail out of nowhere; a like is not a word, and it spends a week of Ingrid's deadline on saying nothing.]
    -> linkedin
* [Wait until January, when the rush is over and she has time to read # act: wait # tip3 -1 # tip5 +1 # why: Respecting her busiest month is thoughtful; Ingrid matches her trainees by the fifteenth, and what you had for Marleen will be gone by then.]
    ~ waited = true
    -> january

=== voicemail ===
You ring her mobile. It rings out: four, five, six times. # sound: phone-ring
This is Marleen Peeters, Bakkerij Peeters. I'm in the bakery. Leave a message, or better: send me a mail. # speaker: marleen # mood: neutral # via: phone
The beep. # discuss: Her voicemail, after eight months. What do you leave?
* [Your name, one sentence, and that you'll send her a mail: no need to ring back # act: follow-up # tip3 +1 # tip5 +1 # why: She knows who it was and that nothing is expected of her today; a message that promises a mail also has to be followed by one, tonight.]
    "Marleen, it's me, from the chamber of commerce in March. Nothing urgent: I'll send you a mail tonight. No need to ring back." # speaker: you
* [All of it at once: sorry for the silence, Ingrid's trainees, and "call me back when you can" # act: follow-up # timing: late # tip3 +1 # tip5 -1 # why: It's all there, in your own voice; it is also two minutes of voicemail that ends by giving her a job in her busiest week.]
    ~ warm(-1)
    You talk for two minutes. The apology, the trainees, the fifteenth, the weather in Hasselt. "Call me back when you can." The beep cuts you off in the middle of your phone number.
* [Hang up before the beep, and write instead # act: wait # tip3 -1 # tip5 -1 # why: A message you'd have to improvise is worse than none; but she will see a missed call from a name she half remembers, and wonder what it wanted.]
    ~ warm(-1)
    You hang up. On her screen, somewhere between two trays of speculaas, a missed call with your name on it.
- -> writing

=== shop ===
Saturday, half past nine. Bakkerij Peeters on the Grote Markt in Hasselt. The queue goes out of the door and along the window: speculaas, marzipan pigs, chocolate letters in every initial. # scene: cafe
Marleen is behind the counter in a white apron, boxing a cake with one hand and waving at a regular with the other. She sees you. It takes her a second. # mood: marleen interested
You! Well I never. I'm... not now, as you can see. # speaker: marleen # mood: pleased
Forty people look at you, and then at the clock. # discuss: She has recognised you, with forty people in the queue. What now?
* [Buy a box of speculaas for the office, say you'll send her a mail, and go # act: exit # tip1 +1 # tip2 -1 # tip5 +1 # trust: marleen +1 # why: You've been seen, and you leave her to her queue; it is also a two-hour drive for a sentence.]
    ~ warm(1)
    "Just saying hello. I'll send you a mail. One box of speculaas, please." # speaker: you
    A mail! That I can read at ten at night. # speaker: marleen # mood: pleased
* [Wait at the end of the counter until she has a minute # act: follow-up # timing: late # tip3 +1 # tip5 -1 # why: You came all this way, and you get your minute; she spends it apologising to the queue, and you spend it telling her things she can't write down.]
    ~ warm(-1)
    You wait forty minutes by the bread slicer. She gives you ninety seconds, one eye on the till. You get as far as "trainees" before the girl at the till needs her.
    Send me a mail, love. Really. # speaker: marleen # mood: uneasy
* [Leave your card with the girl at the till: "tell her I came by" # act: swap-cards # tip1 +1 # tip2 -1 # tip5 -1 # why: No fuss, and she'll know you came; a card by the till is also how reps say they called, and it will be under the receipts by noon.]
    You leave your card. The girl puts it under the till, next to a supplier's.
- On Monday morning, you write to her.
-> writing

=== linkedin ===
She accepts on Thursday, at fourteen minutes past ten at night. No message. Your like sits under her photo of the Genk shop, between two hundred others.
Nothing else happens.{promised_ingrid: Ingrid texts on Friday: "Any luck with your baker?"}
On Monday, you write after all.
-> writing

=== january ===
Seven weeks later. The second Monday of January, and the chat window is full of New Year wishes. # sound: message
Ingrid placed her six trainees before Christmas: four bakeries took one each, and two went back to school full-time.{promised_ingrid: She never asked again about your baker; she's too kind for that.} Her next intake is in September.
Marleen's shops will have sold their last New Year's cakes. Now, you think, she has time.
-> writing

=== writing ===
You open a new mail. To: Marleen Peeters.
The cursor blinks where the first line should be. Eight months is a long time to put into a first line. # discuss: Eight months of silence. Do you mention it, and how?
* [Name it in one line and own it: "It's been eight months, and that's on me." Then get to the point # act: repair # tip3 +1 # tip5 +2 # trust: marleen +1 # why: One honest line clears the air without making her manage your guilt; it also gives her the chance to agree with you.]
    ~ warm(1)
    "Dear Marleen, it's been eight months, and that's on me. {mem_marleen_coffee:I had a coffee with you in my diary for April, and I let it slide.|{mem_marleen_pitched:I should have been in touch long before now, and not about payroll.|I said 'absolutely' to a coffee in April, and then I let it slide.}}"
* {template != ""} [Own both: the eight months, and this morning's mail: "That was a campaign. This one is me." # act: repair # tip2 +1 # tip3 +1 # tip5 +2 # trust: marleen +1 # why: Naming the template before she does turns an embarrassment into honesty; it also tells her your firm sends campaigns to people like her.]
    ~ warm(2)
    "Dear Marleen, you had a mail from us this morning that said I was 'just thinking of you'. That was a campaign. This one is me, and it's eight months late, and that's on me."
* [Apologise properly: the reorganisation, the new software, your mother's hip, the year it's been # act: self-disclose # tip1 +1 # tip2 -1 # tip5 -1 # why: Every word of it is true, and she'd sympathise; but a paragraph about your year turns her inbox into your confession, and the only answer it leaves her is "no worries".]
    "Dear Marleen, I'm so sorry for the radio silence. It's been quite a year: a reorganisation, new payroll software that nobody understands, and in September my mother broke her hip..." The paragraph grows. You leave it.
* [Skip it: "Hi Marleen, I was just thinking of you!" and carry on as if it were last week # act: smooth-over # tip3 -1 # tip5 -2 # trust: marleen -1 # why: It avoids an awkward line, and half the mails in the world start like that; after eight months she knows it isn't true, and so do you.]
    ~ warm(-1)
    "Hi Marleen, I was just thinking of you! How are things in Hasselt?"
* [Don't mention the silence at all: start straight with why you're writing # act: follow-up # timing: late # tip3 +1 # tip5 -1 # why: No fuss, and a good reason speaks for itself; the eight months are still in the mail, and you've left it to her to decide whether to mention them.]
    "Dear Marleen, I'm writing because of something I heard this week."
- -> the_point

=== the_point ===
{ gave_number:
    Ingrid rang her on Tuesday, you know: she texted you a thumbs up. What Marleen said, she didn't write.
}
Next: what is this mail for? # discuss: What is a good enough reason to write after eight months?
* {not waited} [Ingrid's trainees: tell her about them, and ask whether she'd like an introduction # act: introduce # tip3 +2 # tip4 +2 # tip5 +1 # trust: marleen +1 # why: Something of real value to her, and she decides; an offer is still one more thing to answer in her busiest week.]
    ~ point = "offer"
    ~ warm(2)
    "In March you told me nobody wants to get up at four any more. Ingrid Vos, at the bakery training centre in Hasselt, has six trainees starting in January and not enough bakeries. Would you like me to put you in touch? She matches them by the fifteenth."
* {not waited} [Introduce her and Ingrid right away, both in copy: the trainees can't wait # act: introduce # tip3 +2 # tip4 +1 # tip5 -1 # trust: ingrid +1 # why: It saves a round of mail, and Ingrid needs bakeries now; your first mail in eight months also puts Marleen in a conversation with a stranger she never agreed to.]
    ~ point = "copy"
    ~ warm(1)
    ~ intro_done = true
    "Ingrid, meet Marleen: eleven bakeries around Hasselt. Marleen, meet Ingrid: six trainees, and a deadline on the fifteenth. I'll let you two take it from here."
* {waited} [Ingrid's next intake, in September: tell her, and ask whether she'd like an introduction # act: introduce # tip3 +1 # tip4 +1 # tip5 +1 # trust: marleen +1 # why: Still something of value, and still her choice; it was worth more before Christmas, when six trainees were looking.]
    ~ point = "offer"
    ~ warm(1)
    "In March you told me nobody wants to get up at four any more. Ingrid Vos, at the bakery training centre in Hasselt, takes a new group of trainees in September. Would you like me to put you in touch?"
* [Nothing in particular: ask how she is, and how the shops are doing # act: open-question # tip2 +2 # tip5 +1 # why: A real question about her life; after eight months, a mail that only asks leaves her all the work of picking the thread up again.]
    ~ point = "question"
    "How are you? How are the eleven shops, and did the bread bags ever learn to compost?"
* [The news from your firm: payroll for bakery chains, first year at a discount # act: pitch # tip1 -2 # tip5 -2 # trust: marleen -1 # why: It's relevant, and she did call her provider "fine, I suppose"; but the first mail in eight months is a sales mail, and she'll know exactly why you suddenly remembered her.]
    ~ point = "package"
    ~ push()
    ~ warm(-2)
    "We've just launched a payroll package for bakery chains, and I thought of you straight away. First year at a discount for early adopters."
- -> addon

=== addon ===
Bart's message from the afternoon is still open in the corner of your screen: "Don't forget the association! One line!" # sound: message
And the trainees would come with contracts: dual-learning paperwork, which your firm does for a dozen bakeries. # discuss: One more line before you send. Which, if any?
* [Nothing more: the mail is what it is for # act: follow-up # tip1 +1 # tip3 +1 # trust: bart-claeys -1 # why: A mail that does one thing is easy to answer; Bart will ask on Friday about his association, and you'll have nothing for him.]
    You leave it as it is.
* [A P.S.: trainee contracts are a maze, and your firm does them for a dozen bakeries # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # why: True, and about the very thing you wrote to her about; it also turns your help into a way in, and she'll read the P.S. first.]
    ~ push()
    ~ warm(-1)
    "P.S. If the trainee contracts look like a maze: we do them for a dozen bakeries. Happy to help."
* [Bart's quick favour: would she put in a word for your firm with the association's chair? # act: ask-referral # tip4 -2 # tip5 -2 # trust: marleen -1 # trust: bart-claeys +1 # why: It's one word, and she knows the chair; it is also a favour asked in the first mail after eight months, and it tells her why you finally wrote.]
    ~ favour = true
    ~ warm(-2)
    "And a quick favour, while I have you: we're talking to the bakers' association about a members' deal. Would you put in a good word with the chair?"
* [One line on what you do these days, and no link # act: say-what-you-do # tip1 +1 # tip2 -1 # tip5 +1 # why: Eight months change a job, and she may wonder; it is still one line about you in a mail about her.]
    "As for me: still at the social secretariat, these days mostly with firms between twenty and a hundred staff."
- -> the_close

=== the_close ===
One line left: how to end it. # discuss: How do you end a mail after a long silence?
* [Make it easy to say no: "If it's not the moment, no reply needed" # act: follow-up # timing: late # tip1 +1 # tip3 +1 # tip5 +1 # trust: marleen +1 # why: It takes the pressure off in her busiest month; it also makes silence the easiest answer of all.]
    ~ warm(1)
    "If it's not the moment, no reply needed. Good luck with the Sinterklaas rush."
* [Propose a coffee once the holidays are behind her # act: invite # tip4 +1 # tip5 +2 # trust: marleen +1 # why: A reason to meet that keeps her busy weeks free; it is also the same coffee you said yes to in April, and she may remember that.]
    ~ warm(1)
    "And a coffee, once the New Year's cakes are sold? I owe you one."
* [Say you'll ring her on Thursday to talk it through # act: promise # tip4 +1 # tip5 -1 # why: Clear, and it shows you mean it this time; it also books a call she didn't ask for, in a week when she has no time to take one.]
    ~ warm(-1)
    "I'll give you a ring on Thursday to talk it through."
* [Sign off with Jens's booking link, "in case it's easier" # act: follow-up-with-pitch # tip1 -1 # tip3 -1 # tip5 -2 # why: A link is convenient for a busy person; a sales calendar under a personal mail says who the mail was really from.]
    ~ push()
    ~ warm(-1)
    "If it's easier, you can book a slot with my colleague Jens here."
- You read it once more, and send it.
{ mem_marleen_pitched:
    ~ warm(-1)
}
-> her_reply

=== her_reply ===
{
    - warmth >= 3 && pushed == 0 && not favour:
        ~ reply = "warm"
    - warmth >= 1 || pushed > 0 || favour:
        ~ reply = "cool"
    - else:
        ~ reply = "none"
}
{ reply == "warm":
    She answers at a quarter past ten that night. # sound: message
    Eight months! I thought you'd emigrated. Thank you for saying it, you didn't have to. # speaker: marleen # mood: pleased # via: message
    { point == "copy":
        Ingrid rang me this afternoon. Two trainees for the Genk shop, and I'm already sorry for them: they'll learn to get up at four. # speaker: marleen # mood: pleased # via: message
    - else:
        { waited:
            September, yes please. By then I'll have forgotten how awful the last ones were. # speaker: marleen # mood: pleased # via: message
        - else:
            Yes please to Ingrid. Two trainees, if she has them. You can't imagine. # speaker: marleen # mood: pleased # via: message
        }
    }
    M. # speaker: marleen # via: message
}
{ reply == "cool":
    She answers six days later, in two lines. # sound: message
    {
        - favour:
            Thank you. About the association: I'd rather keep my dealings with the chair to myself. Good luck with it. Marleen. # speaker: marleen # mood: neutral # via: message
        - pushed > 0:
            Thank you for the information. We're fine with our provider for now. Kind regards, Marleen. # speaker: marleen # mood: neutral # via: message
        - gave_number:
            A lady from the bakery school rang me last week, with your name. I'd have liked to hear it from you first. Busy weeks here. M. # speaker: marleen # mood: neutral # via: message
        - mem_marleen_pitched:
            Thank you. Forgive me for asking what it is this time: the last time your firm got in touch, it was about payroll. Busy weeks here. M. # speaker: marleen # mood: neutral # via: message
        - else:
            Thanks. Busy weeks here.{point == "offer": Send me the centre's details, I'll look in January.} M. # speaker: marleen # mood: neutral # via: message
    }
    "Kind regards", or "M.": after eight months, the distance between the two is the whole reply.
}
{ reply == "none":
    Nothing that night. Nothing that week. The mail was opened twice, on Tuesday at five in the morning.
}
-> respond

=== respond ===
{ reply == "none":
    A week later, still nothing.{not waited: Ingrid's fifteenth comes and goes.} # discuss: No answer. Do you write again, and what?
- else:
    You read it twice. # discuss: What does her answer ask of you now?
}
* {reply == "warm" && point == "offer"} [Make the introduction tonight: three lines to Marleen and Ingrid, nothing of yours in it # act: introduce # tip3 +3 # tip4 +1 # tip5 +2 # trust: marleen +1 # trust: ingrid +1 # why: The help you offered, delivered the same day she said yes; three lines at eleven at night are also the ones you'll be tempted to leave till morning.]
    ~ intro_done = true
    ~ warm(1)
    You write it before you go to bed: who each of them is, the trainees, the fifteenth. Ingrid answers at seven: "Ringing her at two." {waited:It's for September, but Ingrid rings anyway.}
* {reply == "warm" && point == "copy"} [A week on, ask Ingrid whether the trainees are settled, and thank Marleen # act: follow-up # tip3 +2 # tip5 +1 # trust: ingrid +1 # why: Closing the loop on an introduction is how you learn whether it helped; it is one more mail for two busy people.]
    ~ warm(1)
    Ingrid answers within the hour: two trainees in Genk, one already in love with the bread slicer. Marleen sends back a photo of a very crooked croissant.
* {reply == "warm"} [She's warm now: make the introduction, with Bart's favour underneath # act: ask-referral # tip1 -1 # tip4 -2 # tip5 -2 # trust: marleen -1 # trust: bart-claeys +1 # why: The moment is friendly, and a word to the chair costs her nothing; it turns the first thing she said yes to into the price of the second.]
    ~ favour = true
    ~ intro_done = true
    You make the introduction, and under it: "And a quick favour, since we're back in touch: would you put in a word for us with the association's chair?" She doesn't answer that part.
* {reply == "warm" && point == "offer"} [Reply warmly, and say you'll do the introduction after the holidays, when she has time # act: keep-promise # timing: late # tip3 +1 # tip5 -1 # why: Considerate of her December; but the trainees are matched by the fifteenth, and "after the holidays" is after that.]
    "Wonderful. I'll put you two in touch after the holidays, when it's quieter." Ingrid matches her trainees on the fifteenth, without Marleen.
* {reply == "warm" && point == "copy"} [Leave them to it: they're adults, and they found each other # act: wait # tip1 +1 # tip3 -1 # why: No need to hover over an introduction that worked; you also won't hear what came of it, and neither will they from you.]
    You leave them to it.
* {reply == "warm"} [Thank her, and attach your firm's guide to trainee contracts, logo on the cover # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: marleen -1 # why: The guide is good and she'll need it; a thank-you with a brochure in it tells her which of the two was the point.]
    ~ push()
    ~ intro_done = point == "copy"
    You send the guide with a warm line. It is opened once.
* {reply == "cool"} [One line back: thank her, don't defend yourself, and leave the door open # act: follow-up # tip3 +1 # tip5 +2 # trust: marleen +1 # why: Taking a cool answer gracefully is what makes a warmer one possible later; it can also read as not having noticed the chill.]
    ~ warm(1)
    "Thank you, Marleen. Fair enough. Good luck with the rush, and the door's open whenever it suits you."
* {reply == "cool"} [Explain properly why you went quiet: it really was a terrible year # act: self-disclose # tip1 +1 # tip2 -1 # tip5 -1 # why: She'd understand, if she read it all; a cool reply is not a request for your reasons, and more reasons ask her to reassure you.]
    You write four paragraphs: the reorganisation, the software, your mother's hip. She answers: "No worries! M." It reads exactly like "no worries".
* {reply == "cool"} [Ring her to clear the air: a mail can't carry tone # act: repair # tip2 +1 # tip5 -1 # why: A voice can warm what a mail cooled; it also turns a two-line brush-off into a conversation she didn't want to have, on her shop floor.]
    She picks up between two customers. You say sorry for the tone of things; she says there's nothing to be sorry for, twice, and has to go.
* {reply == "cool"} [Drop it: she's made herself clear # act: decline # tip1 +1 # tip3 -1 # tip5 -1 # why: Taking a hint is a kindness; but a cool line after eight months of silence is not always a no, and sometimes it is a test of what you do next.]
    ~ gave_up = true
    You move her name to the bottom of the list.
* {reply == "none"} [Leave it a few weeks, then one line: no need to reply, the door is open # act: follow-up # tip3 +1 # tip5 +1 # why: A second, lighter note after her busiest weeks is how a silence gets a second chance; it is also your last, and you'll have to live with its answer.]
    ~ warm(1)
    {waited:At the end of January|In the first week of January} you write three lines: {not waited:happy New Year, }{point == "offer":Ingrid takes trainees again in September,|} no need to reply.
* {reply == "none"} ["Just bumping this to the top of your inbox", two days later # act: follow-up # effort: token # tip2 -1 # tip3 +1 # tip5 -1 # why: Busy people do lose mails, and a nudge finds some of them; a nudge in Sinterklaas week reads like a reminder of a debt.]
    "Just bumping this to the top of your inbox!" Opened once, Friday, at five in the morning.
* {reply == "none" && (point == "offer" or point == "copy")} [Ask Ingrid to ring her directly: the trainees can't wait # act: introduce # tip3 +1 # tip4 +1 # tip5 -1 # trust: ingrid +1 # why: The trainees are real and the deadline is near; Marleen never said yes, and now a stranger rings her with your name on it.]
    ~ gave_number = true
    Ingrid rings her the next day. "Friendly," she reports, "but she didn't know who I was. Or really who you were."
* {reply == "none"} [Take the silence as an answer, and take her off your list # act: wait # tip1 +1 # tip3 -2 # why: It respects what looks like a no; but an unanswered mail in the week before Sinterklaas is not a no, it is a baker.]
    ~ gave_up = true
    You take her off the list. It feels like good manners.
- -> bart

=== bart ===
Bart pulls up a chair at your desk, which he only does when there are numbers. # sound: door
{ template == "link":
    The campaign did what campaigns do: two bookings for Jens out of forty-one, three out-of-office replies, and one "please remove me from your list". # speaker: bart-claeys # mood: neutral
}
{ reply == "warm":
    Marleen Peeters answered you, Katrien says. Ninety staff, trainees coming, they'll need contracts. Let Jens give her a ring next week, while it's warm. # speaker: bart-claeys # mood: interested
- else:
    Marleen Peeters. Any sign of life? Let Jens give her a ring: a fresh voice. # speaker: bart-claeys # mood: interested
}
{ favour:
    And did she say anything about the association? # speaker: bart-claeys # mood: interested
}
Bart waits, pen over his notepad. # discuss: Bart wants to turn the revival into a meeting for Jens. Does he get it?
* [No: you wrote to her for her sake, not for Jens; if she ever asks, she knows where you are # act: decline # tip1 +1 # tip3 +1 # tip5 +1 # trust: bart-claeys -1 # why: It keeps the revival what you said it was; Bart has a target, and you've given him nothing for it.]
    "No, Bart. I wrote to her because of Ingrid's trainees. If she wants to talk payroll, she knows where I am." # speaker: you
    Bart writes nothing on his notepad, pointedly. # mood: bart-claeys uneasy
* [Yes: Jens can ring, friendly, "just to introduce himself" # act: cold-call # tip1 -2 # tip3 -2 # tip5 -2 # trust: bart-claeys +1 # trust: marleen -2 # why: It's only a call, and she's not a stranger any more; it is also exactly what she'll remember: eight months of silence, one mail, and then the sales rep.]
    ~ jens_calls = true
    ~ push()
    "Fine. Let Jens ring her. Friendly." # speaker: you
    That's my team! # speaker: bart-claeys # mood: pleased
* [Tell him she's "a warm lead for the spring", to keep him off her # act: smooth-over # tip1 +1 # tip5 -1 # trust: bart-claeys +1 # why: It protects her for now, and Bart is happy; you've also just filed her as a lead, and in spring Bart will ask for the lead.]
    "Warm lead, but for the spring. Leave her with me." # speaker: you
    Spring. I'll hold you to it. # speaker: bart-claeys # mood: pleased
* [Tell him the truth, and that if he wants the association he should ring its chair himself, as a supplier # act: candour # tip1 +1 # tip3 +1 # tip5 +1 # trust: bart-claeys +1 # why: Honest with Bart and fair to Marleen, and it leaves him a way in of his own; it is also advice to your own manager, and he may not thank you for it.]
    "Marleen's not a lead, Bart: I wrote to her for her. If you want the association, ring the chair yourself, as what you are." # speaker: you
    Bart looks at you over his glasses for a long moment. # mood: bart-claeys neutral
    As what I am. All right. # speaker: bart-claeys # mood: neutral
- -> new_year

=== new_year ===
{ reply == "warm" && not jens_calls:
    -> tearoom
- else:
    -> reception
}

= tearoom
{ waited:
    February. # scene: cafe
- else:
    The middle of January. # scene: cafe
}
The tearoom behind her shop on the Grote Markt: six tables, a coffee machine older than you, and a plate of speculaas nobody bought in December. # leave: bart-claeys
{ intro_done && not waited:
    Two of Ingrid's trainees started in the Genk shop last week. One of them has burnt his first batch of croissants and come back the next morning anyway, which Marleen counts as a yes.
}
Marleen pours the coffee herself. # mood: marleen pleased
Can I ask you something, since you're the payroll person? Our provider was bought by a Dutch group in the autumn. Everything's a ticket number now. What do you lot actually do? # speaker: marleen # mood: interested # discuss: She asks about your services herself. Is this the moment you've been avoiding all along?
* [Answer plainly: what you do, roughly what it costs for eleven shops, and that it can wait for another day # act: pitch # asked: yes # tip1 +1 # tip5 +1 # trust: marleen +1 # why: She asked, and a straight answer respects that; it also turns a coffee between two people into a supplier's answer, if you let it run on.]
    ~ jan_ok = true
    You tell her in four sentences, with a price that's roughly true. Then you ask about the trainees, and she lets you.
* [Ask what exactly goes wrong with the new provider, and what would help, whoever she chooses # act: ask-how-to-help # tip2 +1 # tip4 +2 # tip5 +1 # trust: marleen +1 # why: Her problem first, your service second; she may also hear that you haven't answered her question.]
    ~ jan_ok = true
    She talks for twenty minutes: the ticket numbers, the wrong night-shift premiums, a baker in Genk paid twice in November. Some of it is your line of work. Most of it, it turns out, is one form her HR manager could refuse to fill in.
* [Deflect it: "Not today. Today's about you and the trainees" # act: deflect # tip1 +1 # tip5 -1 # why: It keeps the coffee free of business, as you meant it; but she asked a real question, and now she has to ask it twice, or ask someone else.]
    "Not today. Today's about you." # speaker: you
    Marleen shrugs, and asks someone else. In March she signs with a firm from Genk. # mood: marleen neutral
* [Take out your tablet: the full proposal, and Jens can come by on Thursday # act: pitch # asked: yes # tip1 -1 # tip2 -1 # tip5 -1 # trust: marleen -1 # why: She asked, and you came prepared; she asked what you do, not for Thursday.]
    ~ oversold = true
    ~ push()
    Marleen looks at the tablet, and then at her coffee going cold. # mood: marleen uneasy
    Thursday. I'll see. # speaker: marleen # mood: neutral
- -> ending

= reception
{ waited:
    February: the chamber of commerce's New Year's reception in Hasselt, late as every year. # scene: reception # sound: glasses
- else:
    The middle of January: the chamber of commerce's New Year's reception in Hasselt. # scene: reception # sound: glasses
}
Cava, bitterballen, a speech that runs twelve minutes over. # leave: bart-claeys
Across the room: Marleen, in a green coat, talking to the chair of the bakers' association. She hasn't seen you yet. # mood: marleen neutral
{ jens_calls:
    Jens rang her in December. "Friendly, but not interested," he reported. "She asked how I'd got her number."
}
{ reply == "none":
    {gave_up:You took her off your list.|Your last mail is still unanswered.}
- else:
    {gave_up:You moved her to the bottom of your list.|Her last mail was two lines long.}
}
She laughs at something the chair says, and looks round the room. # discuss: Her answer was cool, or there was none. Now she is across the room. What do you do?
* [Go over, say hello, ask about the shops, and leave the mail out of it # act: small-talk # tip1 +1 # tip5 +1 # trust: marleen +1 # why: A light hello lets her pick the thread up or leave it; she may also think you never noticed her silence.]
    ~ jan_ok = true
    "Marleen. Happy New Year. How did the shops survive December?" # speaker: you
    She laughs.
    Barely. Four hundred kilos of speculaas. {warmth >= 1 && (point == "offer" or point == "copy"):And your trainee lady: I should have answered that. Give me her number again.|Good to see you.} # speaker: marleen # mood: pleased
* [Go over and ask, with a smile, whether she got your mail # act: follow-up # timing: late # tip3 +1 # tip5 -1 # why: It's honest, and it gets an answer; it also puts her on the spot in front of the association's chair.]
    "Marleen! Did you ever get my mail?" # speaker: you
    The chair studies his cava. Marleen colours slightly. # mood: marleen uneasy
    I did. December, you know. # speaker: marleen # mood: uneasy
* [Stay where you are: if she wants to talk, she knows where to find you # act: wait # timeout # tip1 +1 # tip5 -1 # why: It spares her an awkward moment; it also leaves the last word of eight months to her, at a reception she came to for others.]
    ~ gave_up = true
    You stay by the bitterballen. At a quarter to ten she leaves, waving at someone behind you.
* [Bring Bart over: he's been wanting to meet the chair, and she's standing right there # act: pitch # tip1 -2 # tip5 -2 # trust: marleen -1 # trust: bart-claeys +1 # why: Bart gets his chair, and it takes thirty seconds; Marleen becomes the doorway to a sale, in public, and she will know it.]
    ~ oversold = true
    ~ push()
    Bart shakes hands with the chair for a full minute. Marleen excuses herself to find her coat. # mood: marleen annoyed
- -> ending

=== ending ===
{
    - jens_calls || oversold || pushed >= 2 || (favour && pushed >= 1):
        -> reactivated_lead
    - reply == "warm" && jan_ok:
        -> rekindled
    - gave_up:
        -> still_dormant
    - else:
        -> door_ajar
}

= rekindled
{ intro_done && not waited:
    Both trainees stay. In June, one of them wins a prize for his sourdough, and Marleen sends you the photo without a word underneath.
}
{ waited && point == "offer":
    In September, two of Ingrid's new trainees start in the Genk shop.
}
In the spring, Marleen gives your name to a baker in Tongeren who is hiring her first staff: "Ask for the one who went quiet and said so." # ending: rekindled # mood: pleased
-> END

= door_ajar
{ reply == "warm":
    The coffee was good. She went with a firm in Genk for her payroll, and tells you so herself, which is more than most people do.
}
{ reply != "warm":
    Nothing has been mended, and nothing more has been broken.
}
She answers your mails now, a little later than she used to, and a little warmer each time. Eight months of silence take a while to wear off. # ending: door-ajar # mood: neutral
-> END

= reactivated_lead
{ jens_calls:
    In the CRM, Jens logs the call: "Not interested. Do not call again."
- else:
    In the CRM, Marleen's status changes from "dormant" to "reactivated". Bart puts a thumbs-up under it.
}
She doesn't answer your next mail, or the one after that. At the next reception she talks to you for exactly as long as good manners require, and not a minute more.
You woke up a lead. The person went back to sleep. # ending: reactivated-lead # mood: uneasy
-> END

= still_dormant
{ reply == "none":
    You never find out whether she read it properly. Maybe the bread bags behaved; maybe the trainees went elsewhere. Nobody was hurt.
- else:
    Nobody was hurt.
}
In March the CRM asks again, politely, whether you'd like to reactivate Marleen Peeters. Last contact: December. # ending: still-dormant # mood: neutral
-> END

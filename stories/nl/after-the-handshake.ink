# title: Na de handdruk, online
# summary: De ochtend na een clubavond in Mechelen: het opvolgmailtje dat je beloofde, de brochure die je vennoot erbij wil, en de automatische pitch die binnenvalt een minuut nadat je iemands uitnodiging aanvaardt.
# main: tip3
# cast: nele \| Nele Claessens \| je vennoot in een hr-bureau met twee; praktisch, verzot op een goeie tool, wil dit kwartaal drie nieuwe klanten
# cast: hanne \| Hanne Vervoort \| heeft een schoonmaakbedrijf met vijftig man in Mechelen; snel, hartelijk, verzuipt in de aanwervingen
# cast: pieter \| Pieter Van Dyck \| "groeiconsultant"; vier minuten aan de toog; zijn LinkedIn draait op automatische piloot
# ending: the-thread \| Een echte draad
# ending: quiet-inbox \| Een stille mailbox
# ending: one-more-sequence \| Nog een sequentie

// De eigen toestand van dit scenario; het leest en schrijft geen geheugen (niets hier zet een ander verhaal voort).
// hanne_trust is hoe Hanne je mails leest; pushed telt de verkoopregels die je mensen voorschotelde.
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
Woensdag, kwart over acht. Het bureautje boven de bakker op de Bruul dat je deelt met Nele: twee bureaus, één plant, een koffiemachine die ouder is dan de firma. # scene: office
Gisteravond was de avond van de ondernemersclub in brouwerij Het Anker. Je kwam thuis met drie kaartjes en één gesprek dat die naam verdient.
Hanne Vervoort: een schoonmaakbedrijf, vijftig man personeel. Haar nieuwe ploegleider nam na twee weken ontslag, via WhatsApp, om elf uur 's avonds. Jullie praatten vijfentwintig minuten, en je zei dat je haar je checklist voor de eerste tien dagen zou sturen: de lijst waarmee je nieuwe ploegleiders goed laat starten.
Nele rolt met haar stoel naar je toe, tas koffie in de hand. # mood: nele interested
Kaartjes van gisteren? Geef maar: ik zet ze in de nieuwsbrief. Eén keer per maand, met één klik uitschrijven. Daar dient hij toch voor. # speaker: nele # mood: pleased # discuss: Drie kaartjes van gisteravond. Wie beslist wat die mensen van je horen, en wanneer?
* [Niet in de nieuwsbrief: wie je echt sprak, schrijf je zelf # act: decline # tip1 +1 # tip3 +1 # trust: nele -1 # why: Waar die mensen mee instemden, was een gesprek, geen mailinglijst; de nieuwsbrief van Nele is goed, en ze heeft hem precies hiervoor gemaakt.]
    "Nog niet. Wie ik echt gesproken heb, schrijf ik zelf. Als ze de nieuwsbrief willen, zeggen ze het wel." # speaker: you
    Nele haalt haar schouders op en rolt terug naar haar bureau. # mood: nele neutral
    Zoals ge wilt. Het is een goeie nieuwsbrief. # speaker: nele # mood: neutral
* [Ja, zet ze erin: zo zit je elke maand in hun mailbox # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: nele +1 # why: Het kost niks en sommigen zullen hem lezen; maar niemand gaf je een kaartje om een verkoopnieuwsbrief te krijgen, en voor Hanne wordt het het eerste wat ze van je ontvangt.]
    ~ newsletter = true
    ~ pushed += 1
    Nele tikt de drie adressen in terwijl haar koffie nog te heet is om te drinken. # mood: nele pleased
* [Laat het even: eerst de checklist voor Hanne, de rest later # act: wait # tip3 -1 # tip5 +1 # why: De belofte eerst is juist, en niemand heeft last van een dag wachten; "later" is ook waar de andere twee kaartjes vergeten worden.]
    "Straks. Eerst ben ik iemand een checklist schuldig." # speaker: you
    Straks, dan. # speaker: nele # mood: neutral
- -> opening

=== opening ===
Je opent een nieuwe mail. Aan: Hanne Vervoort. De cursor knippert waar de eerste regel moet komen. # discuss: Waarvoor dient de eerste regel van een opvolgmailtje?
* [Begin met het ontslag via WhatsApp om elf uur 's avonds, en dat het je is bijgebleven # act: follow-up # tip2 +1 # tip3 +1 # trust: hanne +1 # why: Een regel die alleen jij kunt schrijven, toont dat je luisterde; het is ook persoonlijk, en een beetje gedurfd, voor een mail aan iemand die je één keer ontmoette.]
    ~ hanne_trust += 1
    "Hanne, ik denk nog altijd aan je ploegleider en zijn WhatsApp om elf uur 's avonds. Hier is wat ik beloofde."
* [Begin met wie je bent en wat je bureau doet, voor het geval ze het vergeten is # act: say-what-you-do # tip1 +1 # tip2 -1 # why: Mensen ontmoeten op zo'n avond dertig anderen, en een gewone herinnering helpt; het maakt de eerste regels ook over jou, niet over haar.]
    "Beste Hanne, we ontmoetten elkaar gisteren in Het Anker. Ter herinnering: wij zijn een klein hr-bureau, selectie en onboarding voor kmo's."
* [Stuur eerst een connectieverzoek met de standaardtekst; de mail volgt morgen wel # act: follow-up # effort: token # tip2 -1 # tip3 +1 # why: Het is snel, en ze ziet vandaag je naam; een standaardverzoek zegt niks over het gesprek, en de checklist ligt nog op je bureau.]
    ~ late = true
    "Ik wil je graag toevoegen aan mijn professionele netwerk." Verzonden. De mail gaat op het lijstje voor morgen.
- -> the_promise

=== the_promise ===
{ late:
    Donderdag. Je opent de mail aan Hanne opnieuw.
}
De checklist is een pdf van twee bladzijden: de eerste tien dagen van een nieuwe ploegleider, dag per dag. Hij is geschreven voor een transportfirma; de helft ervan past op een schoonmaakbedrijf. # discuss: Je beloofde de checklist. Stuur je hem zoals hij is, maak je hem beter, of maak je er meer van?
* [Voeg hem toe zoals hij is, vandaag, met één regel over wat ze mag overslaan # act: keep-promise # tip3 +2 # tip5 +1 # trust: hanne +1 # why: Een belofte die de dag erna nagekomen wordt, is de kern van opvolgen; het is ook een lijst voor vrachtwagenchauffeurs, en zij zal zelf moeten vertalen.]
    ~ sent_list = true
    ~ hanne_trust += 1
    "Sla de stukken over tachografen maar over." Je voegt hem toe.
* [Werk hem eerst om voor een schoonmaakbedrijf, en stuur hem vrijdag # act: keep-promise # timing: late # tip3 +1 # tip4 +1 # tip5 -1 # why: Een lijst die past op haar mensen is echte hulp; maar haar post van ploegleider staat nu leeg, en vrijdag is drie dagen na de avond waarop je hem beloofde.]
    ~ sent_list = true
    ~ late = true
    Je steekt er twee uur in: nachtploegen, sleutels van klantengebouwen, de eerste week met een ploeg die net haar leider kwijt is.
* [Voeg hem toe, en bied aan om hem in een halve dag workshop met haar door te nemen, aan een verminderd tarief # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # trust: hanne -1 # why: De workshop zou haar helpen, en je zou hem goed geven; maar de checklist was een gunst, en nu komt hij met een prijslijst.]
    ~ sent_list = true
    ~ pushed += 1
    ~ hanne_trust -= 1
    "En als je wilt, neem ik hem in een halve dag workshop door met je ploegleiders. Voor jou aan een verminderd tarief."
- -> attachment

=== attachment ===
Nele leest over je schouder mee. # mood: nele interested
Zet de brochure erbij. Eén pdf meer. Ze moet toch weten wat we doen? # speaker: nele # mood: interested # discuss: Nog een bijlage. Waar ligt de grens tussen gekend zijn en verkopen?
* [Verder niks: de checklist is de mail # act: follow-up # tip1 +1 # tip3 +1 # trust: nele -1 # why: Een opvolging die alleen de belofte nakomt, is de properste die er is; en Nele heeft een punt: Hanne weet misschien niet wat je eigenlijk doet.]
    "De lijst is de mail." # speaker: you
* [Voeg de brochure toe, "voor later" # act: follow-up-with-pitch # tip3 -2 # tip5 -1 # trust: nele +1 # trust: hanne -1 # why: Het spaart haar het opzoekwerk; maar een brochure naast een gunst vertelt haar welke van de twee je eigenlijk wilde sturen.]
    ~ pushed += 1
    ~ hanne_trust -= 1
    Je voegt hem toe. "Voor later," schrijf je. Nele knikt.
* [Geen brochure; één regel onderaan over wat je doet, en geen link # act: say-what-you-do # tip1 +1 # tip2 -1 # tip5 +1 # why: Wat de bron zegt: mensen mogen jou en je zaak kennen, en één regel is de manier; het blijft wel één regel over jou in een mail die over haar ging.]
    "PS: voor het geval je je afvraagt wat ik de hele dag doe: we helpen kleine firma's om mensen goed aan te werven en te laten starten."
- -> the_close

=== the_close ===
Nog één regel: hoe je afsluit. # discuss: Hoe sluit je een opvolgmailtje af aan iemand die je één keer ontmoette?
* [Stel een koffie voor binnen een maand, om te horen hoe de nieuwe ploegleider het doet # act: invite # tip4 +2 # tip5 +1 # trust: hanne +1 # why: Een reden om elkaar terug te zien die over haar gaat, niet over je diensten; het is ook nog iets in de agenda van iemand die al verzuipt.]
    ~ hanne_trust += 1
    "Koffie binnen een maand? Ik hoor graag hoe de volgende het doet."
* [Eindig met "Zullen we een gesprek inplannen om te zien waar we kunnen helpen?" en je agendalink # act: follow-up-with-pitch # tip1 -2 # tip3 -1 # tip5 -1 # trust: hanne -1 # why: Een duidelijke volgende stap is wat elke verkoopcursus leert; na een gunst maakt een agendalink van het mailtje een verkoopmail.]
    ~ pushed += 1
    ~ hanne_trust -= 1
    "Zullen we een gesprek inplannen om te zien waar we kunnen helpen? Kies hier een moment."
* [Vraag niks: wens haar succes met de aanwervingen # act: follow-up # tip3 +1 # tip5 +1 # why: Niks om op te antwoorden, niks om te weigeren, en dat is vriendelijk; het laat jullie allebei ook geen reden om nog te schrijven.]
    "Veel succes met de aanwervingen. Ik hoop dat de volgende langer blijft dan twee weken."
- Je verstuurt hem. {late: Laat, maar verstuurd.}
-> the_ping

=== the_ping ===
Elf uur. Een melding: Pieter Van Dyck wil connecteren. Vier minuten aan de toog gisteravond; iets over zijn hond en een groeibureau. Je aanvaardt. # sound: message
Om twee over elf, een bericht. # sound: message
Hallo! 🚀 Leuk om te connecteren. Ik help hr-bureaus zoals het jouwe aan 15 tot 30 gekwalificeerde afspraken per maand. Een call van 15 minuten waard? Kies hier een moment. # speaker: pieter # mood: pleased # via: message
Nele leest het mee op je scherm en schiet in een lach. # mood: nele pleased
Dat heeft hij niet zelf getypt. Niemand typt een raket om twee over elf. # speaker: nele # mood: pleased # discuss: Een pitch valt binnen een minuut nadat je aanvaardt. Wat doet dat met je, en wat doe je ermee?
* [Antwoord met een luchtige vraag: "Was dat jij, of je robot?" # act: deflect # tip1 +2 # tip2 -1 # trust: pieter +1 # why: Humor benoemt het spel zonder een les, en laat de deur open; het is ook een grap ten koste van iemand die die tool misschien moet gebruiken.]
    ~ talked_to_pieter = true
    "Was dat jij, of je robot? Het verhaal over je hond vond ik beter." # speaker: you
* [Antwoord eerlijk: je praat liever dan in een sequentie te zitten, en het hondenverhaal was beter # act: candour # tip2 +1 # tip5 +1 # tip1 -1 # trust: pieter +1 # why: Recht voor de raap, en het geeft hem iets echts om op te antwoorden; je deelt ook lessen uit aan iemand die je vier minuten kende.]
    ~ talked_to_pieter = true
    "Pieter, ik heb liever een echt gesprek dan een belmoment. Het hondenverhaal was beter dan dit bericht." # speaker: you
* [Antwoord met je eigen aanbod: een groeibureau moet toch ook mensen aanwerven # act: pitch # tip1 -2 # tip5 -1 # why: Eerlijk is eerlijk, en misschien pakt het zelfs; een pitch beantwoorden met een pitch is hoe twee verkopers zonder kopers eindigen.]
    ~ pushed += 1
    "Bedankt! Grappig: wij helpen bureaus zoals het jouwe hun eerste accountmanagers aan te werven. Een call waard?" # speaker: you
* [Verwijder de connectie: je aanvaardde een persoon, geen trechter # act: decline # tip1 +1 # tip5 -2 # trust: pieter -1 # why: Het beschermt je mailbox, en het bericht verdiende het; het sluit ook de deur voor de man achter de tool, die misschien nooit weet waarom.]
    Je verwijdert hem. Twee klikken.
- -> pieter_again

=== pieter_again ===
{ talked_to_pieter:
    Twintig minuten later, een antwoord. Deze keer getypt: geen raket, een tikfout in het tweede woord. # sound: message
    Haha. Betrapt. Het bureau heeft dat opgezet, mijn manager telt geboekte calls. Eerlijk, het is verschrikkelijk. Hoe doe jij het dan? # speaker: pieter # mood: uneasy # via: message
- else:
    Drie dagen later, nog een bericht, van dezelfde tool. # sound: message
    Even dit bovenaan je inbox zetten, \{first_name\}! 🚀 # speaker: pieter # mood: pleased # via: message
}
Je leest het twee keer. # discuss: De andere kant van het bericht. Wat ben je de persoon verschuldigd, of de tool?
* {talked_to_pieter} [Zeg hem hoe jij het zou doen: minder berichten, elk persoonlijk, geen link # act: advise # tip1 +1 # tip2 -1 # tip4 +1 # why: Nuttig, en hij vroeg het; je antwoordde met een methode voor je wist wat zijn manager van hem verwacht.]
    "Minder berichten, elk over de persoon, en geen link. Het is trager. Het werkt." # speaker: you
    Ik zal het eens proberen bij mijn manager. # speaker: pieter # mood: neutral # via: message
* {talked_to_pieter} [Vraag hem wat hij eigenlijk plezant vond aan gisteravond # act: open-question # tip2 +2 # tip4 +1 # trust: pieter +1 # why: Een vraag over hem maakt van een sequentie een gesprek; het houdt ook de rest van de dag een groeiconsultant in je mailbox.]
    "Wat vond je plezant aan gisteravond? Behalve het bier." # speaker: you
    Hij schrijft terug over een vrouw die een repaircafé runt, en over zijn hond, en er gaan veertig minuten voorbij. # mood: pieter pleased
* {talked_to_pieter} [Boek die vijftien minuten: hij is toch ook maar een mens, laat hem pitchen # act: hear-out # tip2 -1 # tip5 +1 # trust: pieter +1 # why: Vriendelijk, en zijn manager zal blij zijn; het leert hem ook dat de sequentie werkt.]
    Je kiest een moment. Donderdag, kwart over tien. Zijn manager zal het tellen.
* {not talked_to_pieter} [Antwoord één keer, gewoon: een koffie graag, maar op sequenties antwoord je niet # act: candour # tip1 +1 # tip5 +1 # trust: pieter +1 # why: Eerlijk, en het bereikt de persoon achter de tool als die er is; het kan ook in een tool verdwijnen die niemand leest.]
    "Pieter, een koffie graag. Op sequenties antwoord ik niet." # speaker: you
* {not talked_to_pieter} [Negeer het, en het volgende ook # act: wait # tip1 +1 # tip3 -1 # why: Je bent een tool niks verschuldigd; aan de andere kant zit ook een persoon die je aan een toog ontmoette.]
    Je archiveert het. Het volgende komt maandag.
* {not talked_to_pieter} [Markeer het als spam # act: decline # tip1 +1 # tip5 -1 # trust: pieter -1 # why: Dat is wat het is; de persoon erachter zal het niet weten, en de tool kan het niet schelen.]
    Spam. De tool merkt het niet. Pieter misschien wel, over een jaar, als zijn account beperkt wordt.
- -> the_tool

=== the_tool ===
Namiddag. Nele draait haar scherm naar je toe. # mood: nele interested
Kijk. De tool die Pieter waarschijnlijk gebruikt. Die stuurt een persoonlijk ogend bericht naar iedereen die onze uitnodiging aanvaardt. Eerste maand gratis. Twintig calls per maand zonder een vinger uit te steken. # speaker: nele # mood: interested
Nu weet je hoe het aanvoelt aan de andere kant. # discuss: Je kreeg er net zelf een. Zou je ze sturen?
* [Nee: je kreeg er net een, en je weet hoe dat aanvoelde # act: decline # tip3 +1 # tip5 +1 # trust: nele -1 # why: Je voelde de andere kant een uur geleden, en je kiest ervoor het niemand aan te doen; Nele heeft dit kwartaal wel nog drie klanten nodig, en je zegt nee zonder ander plan.]
    "Nee. Ik kreeg er vanmorgen zelf een. Ik weet hoe dat aanvoelt." # speaker: you
    Nele sluit het tabblad, niet helemaal overtuigd. # mood: nele uneasy
* [Probeer het met een zachte tekst: geen link, alleen "leuk om te connecteren" # act: follow-up # effort: token # tip2 -1 # tip3 +1 # tip5 -1 # trust: nele +1 # why: Het is beleefd en het kost niks; een bericht dat niemand typte, is symbolisch, en mensen voelen dat.]
    ~ tool = true
    Jullie schrijven de tekst samen. Hij klinkt vriendelijk. Hij klinkt als niemand.
* [Gebruik het voluit: het bericht met de agendalink # act: follow-up-with-pitch # tip1 -2 # tip3 -2 # tip5 -2 # trust: nele +1 # why: Het zou calls opleveren, en sommigen zouden kopen; het is ook precies het bericht waar je vanmorgen om lachte.]
    ~ tool = true
    ~ pushed += 1
    Je zet het aan. Nele is content. De eerste raket vertrekt om twee over vier.
* [In de plaats: een kort lijstje van wie je ontmoette en wat je beloofde, elke vrijdag nagekeken # act: keep-notes # tip1 -1 # tip3 +2 # tip5 +1 # trust: nele +1 # why: Een beloftelijst maakt echte opvolging mogelijk; het kost een uur per week, en het zal nooit twintig calls opleveren.]
    Een bladzijde in een schriftje, drie kolommen: wie, wat ik beloofde, gedaan. Tegen vrijdag zet Nele haar eigen contacten erbij.
- -> two_weeks

=== two_weeks ===
Twee weken later. # sound: message
{
    - hanne_trust >= 2 && pushed == 0:
        ~ asked_work = true
        Een mail van Hanne Vervoort.
        "De checklist hangt aan het prikbord, met mijn eigen doorhalingen. De nieuwe ploegleider is er na elf dagen nog. Koffie: ja, donderdag? En nog iets: zou jij naar onze vacature voor de volgende willen kijken? Deftig. Betaald." # speaker: hanne # mood: pleased # via: message # discuss: Ze vraagt je om voor haar te werken, tegen betaling. Is dit het moment om te verkopen?
    - hanne_trust >= 1:
        Een mail van Hanne Vervoort, twee regels lang.
        "Merci voor de lijst. Drukke weken hier. H." # speaker: hanne # mood: neutral # via: message # discuss: Een beleefde twee-regelaar. Is er nog iets te doen?
    - else:
        Niks van Hanne. {newsletter: De nieuwsbrief ging maandag de deur uit; dinsdag schreef ze zich uit.}
        Je kijkt na: de mail werd geopend, twee keer. # discuss: Geen antwoord. Schrijf je nog eens?
}
* {hanne_trust >= 2 && pushed == 0} [Zeg ja, en zeg haar gewoon wat het kost en wanneer je kunt beginnen # act: pitch # asked: yes # tip1 +1 # tip5 +1 # trust: hanne +1 # why: Ze vroeg schriftelijk om betaald werk: een duidelijk antwoord is het respectvolle; het maakt van een contact dat je hielp ook een klant, en van de koffie een vergadering.]
    ~ hanne_trust += 1
    "Graag. Zo'n vacature is twee dagen werk, negenhonderd euro; ik kan maandag beginnen. En de koffie van donderdag blijft een koffie."
* {hanne_trust >= 2 && pushed == 0} [Doe het gratis, als gunst: ze heeft een zware maand achter de rug # act: offer-help # tip4 +1 # tip5 -1 # why: Gul, en ze zou het onthouden; maar ze vroeg om betaald werk, en een gunst waar ze niet om vroeg, maakt haar volgende vraag moeilijker.]
    "Voor jou, gratis." Ze stuurt een vraagteken terug, en dan: "Dat is lief. Maar dan kan ik je nooit meer iets vragen."
* {hanne_trust >= 2 && pushed == 0} [Stel het volledige pakket voor: vacature, selectie en onboarding voor al haar ploegleiders # act: pitch # asked: yes # tip1 -1 # tip5 -1 # why: Het zou een firma met haar verloop echt helpen, en het is een goeie deal; ze vroeg naar één vacature, en kreeg een voorstel.]
    ~ pushed += 1
    Ze leest het, en antwoordt een dag later: "Laten we met die ene vacature beginnen, goed?"
* {hanne_trust < 2 || pushed > 0} [Schrijf nog één keer, zonder iets te verkopen: hoe doet de ploegleider het? # act: follow-up # tip3 +1 # tip5 +1 # trust: hanne +1 # why: Een vraag over haar, twee weken later, is de opvolging die een deur openhoudt; ze kan het ook lezen als iemand die niet kan loslaten.]
    ~ hanne_trust += 1
    "Hoe doet de nieuwe ploegleider het? Is hij er nog?" Ze antwoordt dezelfde avond: "Dag veertien. Duimen."
* {hanne_trust < 2 || pushed > 0} [Stuur haar de case van een firma zoals de hare, met je aanbod onderaan # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: hanne -1 # why: Misschien is het net wat haar doet bellen; een tweede verkoopmail naar een stilte is hoe een contact een lead wordt die zich uitschrijft.]
    ~ pushed += 1
    Je stuurt hem. Hij wordt één keer geopend.
* {hanne_trust < 2 || pushed > 0} [Laat het: ze heeft wat je beloofde # act: wait # tip1 +1 # tip3 -1 # why: Je kwam je belofte na, en ze is je niks verschuldigd; het laatste wat ze van je hoorde, is wat blijft hangen.]
    Je laat het.
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
    De checklist kwam laat, en dat had ze gezien. De rest had ze nog beter gezien.
}
{ pushed > 0:
    Ze nam die ene vacature, niet het pakket, en in maart is de volgende ploegleider er nog.
}
In de lente stuurt Hanne je de naam van een vriendin met een bakkerijketen die haar ploegverantwoordelijken niet kan houden. "Ze belt je," schrijft Hanne. "Ik heb gezegd dat jij stuurt wat je belooft." # ending: the-thread # mood: pleased
-> END

= quiet_inbox
Er ging niks mis. Je stuurde een mailtje, en het werd gelezen. {pushed > 0: Een deel ervan verkocht meer dan het zei.}
In de lente zie je Hanne terug op de club. Ze zwaait, van aan de andere kant van de zaal, en blijft waar ze is. # ending: quiet-inbox # mood: neutral
-> END

= one_more_sequence
Tegen het einde van de maand heeft de tool vierhonderd berichten in jouw naam verstuurd. Elf mensen boekten een call. Drie daarvan waren tools van anderen, die terugboekten.
Je weet wat de mensen die ze kregen ervan dachten, want je dacht het zelf, om twee over elf. # ending: one-more-sequence # mood: uneasy
-> END

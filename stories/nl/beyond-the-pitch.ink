# title: Verder dan de pitch
# summary: Een netwerkontbijt met pitches van zestig seconden. Daarna heb je twintig minuten: tien naamkaartjes verzamelen, of echt praten met twee mensen?
# main: tip2
# cast: hilde \| Hilde Vermeulen \| notaris en voorzitter van de ontbijtclub; hartelijk, stipt, onverbiddelijk met de kookwekker
# cast: wim \| Wim De Smet \| verzekeringsmakelaar; joviaal, snel, verzamelt naamkaartjes zoals anderen postzegels
# cast: sofie \| Sofie Maes \| heeft een fietsenwinkel in Mechelen; stil, praktisch, droge humor
# cast: bram \| Bram Jacobs \| schrijnwerker, een jaar zelfstandig, maakt toogmeubels voor winkels; gedreven, zenuwachtig voor een zaal
# ending: sales-breakfast \| Een verkoopontbijt
# ending: stack-of-cards \| Een stapel kaartjes
# ending: one-conversation \| Eén echt gesprek
# ending: two-conversations \| Twee echte gesprekken

// Geheugen voor latere scenario's (coffee-one-on-one): de persoon naar wie je echt luisterde, en wat die nodig heeft.
// Blijft leeg als je alleen kaartjes verzamelde. De nood is een sleutel ("mechanic"), geen tekst: elk verhaal
// dat hem leest, zegt het in zijn eigen taal, zodat wie tussen twee scenario's van taal wisselt het juist leest.
VAR mem_contact_name = ""
VAR mem_contact_need = ""

// Wat er onderweg gebeurde, voor de zinnen en het einde die daaruit volgen.
VAR noted = false
VAR collected_cards = false
VAR listened_sofie = false
VAR sat_with_sofie = false
VAR met_bram = false
VAR spammed = false
// Wat je in je zestig seconden zei: "discount", "story" of "list".
VAR pitch_kind = ""
// De verkoop op korte termijn die de harde aanpak oplevert: de bloemiste aanvaardt je offerte.
VAR florist_quote = false
// Een belofte met een datum erop, waar het einde rekenschap van moet geven.
VAR promised_friday = false

// Zetten die verkopen in plaats van kennismaken; vanaf twee wordt de ochtend een verkoopontbijt.
// De nieuwsbrief telt dubbel: die verkoopt aan iedereen tegelijk.
VAR sales_moves = 0

-> arrival

=== arrival ===
Tien over zeven. De ontbijtzaal van het hotel aan de Dijle ruikt naar koffie en warme koffiekoeken. # scene: breakfast-room
Tweeëntwintig mensen, vier ronde tafels, en bij het raam op een standaard een grote rode kookwekker.
Jij maakt uithangborden en raambelettering: een atelier met z'n tweeën, in Mechelen. Hilde had gezegd dat de zaal vol handelaars zou zitten.
Goeiemorgen! Jij zit aan tafel drie. Om half acht beginnen de pitches: zestig seconden per persoon, en als de wekker gaat, stop je. Ook midden in een zin. # speaker: hilde # mood: pleased
Aan tafel drie smeert een vrouw in een fleecejas met een fietsketting als logo boter op een croissant. Op haar naamkaartje staat Sofie Maes.
Naast haar zit een jonge man in een blazer waar de plooien van de winkel nog in staan. Zijn lippen bewegen. Bram Jacobs.
Wim De Smet laat zich op de stoel naast je vallen, een waaier naamkaartjes al in de hand.
Goeiemorgen! Tien kaartjes voor negen uur, dat is mijn regel. Heeft me nog nooit in de steek gelaten. # speaker: wim # mood: pleased # discuss: Nog twintig minuten voor de pitches beginnen. Waar dienen die voor: je kaartje, je pitch, of de mensen aan je tafel?
* [Vraag Sofie wat een handelaar om zeven uur 's ochtends naar een ontbijt krijgt # act: open-question # tip2 +1 # trust: sofie +1 # why: Een kleine, echte vraag voor de pitches geeft je straks iets om op verder te bouwen.]
    "Wat krijgt een handelaar om zeven uur uit zijn bed voor zoiets?" # speaker: you
    Eerlijk? Hilde. Ze is mijn notaris, en nee is geen antwoord bij haar. # speaker: sofie # mood: interested
    En de koffiekoeken. De koffiekoeken zijn goed. # speaker: sofie # mood: pleased
* [Leg een kaartje bij elk bord aan tafel, dan moet straks niemand erom vragen # act: swap-cards # tip1 -1 # tip2 -1 # tip5 +1 # trust: wim +1 # why: Iedereen aan tafel heeft je naam, en dat telt later; maar kaartjes voor er één gesprek geweest is, zeggen ook dat je komt uitdelen.]
    Je gaat rond de tafel en legt bij elk bord een kaartje.
    Amai, iemand naar mijn hart. # speaker: wim # mood: pleased
    Sofie schuift je kaartje onder haar schoteltje zonder ernaar te kijken. Bram leest het twee keer, alsof er straks een toets over komt.
    ~ sales_moves += 1
* [Neem je zestig seconden nog één keer door: de eerste indruk is de pitch # act: prepare # tip1 +1 # tip2 -1 # trust: bram -1 # why: Als je je begin kent, is rechtstaan voor twintig onbekenden makkelijker; intussen blijven de mensen aan je tafel onbekenden.]
    Je leest je notities op je gsm, je lippen bewegen mee. Als je opkijkt, heeft Bram je net iets gevraagd en wacht hij.
    Sorry, laat maar. U bent bezig. # speaker: bram # mood: uneasy
- -> pitches

=== pitches ===
Half acht. Hilde tikt met een lepeltje tegen haar glas. # sound: glasses
Zestig seconden per persoon. Wim, jij begint. # speaker: hilde # mood: neutral
Terwijl Wim rechtstaat, trilt je gsm in je zak. Een bericht van de garagehouder in Lier wiens uithangbord je volgende week komt plaatsen: kan de plaatsing naar maandag? # sound: message # discuss: Een betalende klant stelt een vraag terwijl anderen pitchen. Wat ben je de klant verschuldigd, en wat de zaal?
* [Schrijf per persoon één ding op de achterkant van het programma # act: keep-notes # tip2 +2 # why: Wat mensen in hun zestig seconden vertellen, is waar straks een echt gesprek kan beginnen.]
    Je draait het programma om en haalt de dop van je pen. De garage kan een uur wachten.
    ~ noted = true
* [Antwoord de garagehouder nu, onder tafel: een klant die moet wachten, begint te twijfelen # act: exit # tip2 -1 # tip5 +1 # why: Je klant heeft binnen de minuut een antwoord, en dat onthoudt een klant; de pitches in de zaal gaan intussen aan je voorbij.]
    Je typt een antwoord onder het tafellaken. Maandag is goed. Hij stuurt een duim terug nog voor je je gsm hebt weggestoken.
    Tegen dan zijn er twee pitches voorbij.
* [Omcirkel de handelaars op de lijst: zij hebben een uithangbord nodig # act: target # tip1 -2 # why: Zo weet je straks naar wie je moet zoeken; het maakt van de zaal ook doelwitten, en dan hoor je niet meer wat mensen zeggen.]
    Je omcirkelt namen. Een bloemist. Een bakker. Een fietsenwinkel. Drie, vier mogelijke klanten.
    ~ sales_moves += 1
- Wims pitch zit als gegoten: verzekeringen waar je niet van gaat geeuwen, en deze maand twintig procent korting op het eerste jaar. De wekker gaat op negenenvijftig. Hij buigt.
Bram begint over een eiken toog die hij maakte voor een kaaswinkel in Lier, en over de oude kelder die hij eronder vond, en dan gaat de wekker, midden in een zin. Hij gaat zitten, rood tot achter zijn oren. # sound: applause
Velo Maes, Mechelen. Fietsen, al veertien jaar. Sinds vorige maand ook een atelier voor bakfietsen. Het loopt goed. Misschien te goed. Dat was het. # speaker: sofie # mood: neutral
Vijfentwintig seconden. Hilde kijkt naar de wekker, dan naar Sofie, en laat het zo.
{ noted:
    Op de achterkant van je programma: Wim, twintig procent. Bram, toog kaaswinkel, afgebroken. Sofie, bakfietsen, te goed?
}
Tafel drie, de laatste. Aan jou. # speaker: hilde # mood: interested # discuss: Zestig seconden voor tweeëntwintig handelaars. Wat moeten ze om negen uur nog van je weten?
* [Geef ze een reden om te bellen: lentekorting op raambelettering, kaartje in de hand # act: pitch # tip1 -2 # tip5 -1 # trust: wim +1 # why: Een duidelijk aanbod levert telefoontjes op van wie een koopje zoekt; de rest van de zaal steekt je nu in het schuifje verkopers.]
    "Lentekorting: raambelettering twintig procent goedkoper tot mei. Mijn kaartje ligt op elke tafel." # speaker: you
    Wim steekt zijn duim op. Aan tafel één schrijft een bloemiste iets op. Twee mensen kijken naar hun koffiekoek.
    ~ pitch_kind = "discount"
    ~ sales_moves += 1
* [Vertel één verhaal, het slagersraam dat je deed, en wie je graag zou ontmoeten # act: say-what-you-do # tip1 +2 # tip2 +1 # trust: sofie +1 # why: Een verhaal en een duidelijke wens nodigen mensen uit om met je te praten, niet om bij je te kopen.]
    "Vorige maand heb ik het raam van een slager in Bonheiden beletterd. Hij zegt dat de mensen nu blijven staan om het te lezen. Ik zou graag iedereen leren kennen die dit jaar een winkel opent. Al is het maar om eens te babbelen." # speaker: you
    Sofie kijkt op van haar koffie.
    ~ pitch_kind = "story"
* [Overloop heel je gamma, zodat elke handelaar hoort wat hij nodig heeft # act: say-what-you-do # tip1 +1 # tip2 -1 # tip5 +1 # why: Iedereen weet nu wat je allemaal doet; maar een opsomming is snel vergeten, en niemand kan er een gesprek mee beginnen.]
    "Uithangborden, raambelettering, camionettes, stickers, lichtbakken, en we plaatsen zelf." # speaker: you
    De wekker gaat als je voor de tweede keer bij stickers bent. Aan tafel twee fluistert iemand "lichtbakken" tegen haar buurvrouw.
    ~ pitch_kind = "list"
- Dank je wel, allemaal. Vrij netwerken tot half negen. Haal nog een koffie, en leer iemand kennen. # speaker: hilde # mood: pleased
-> after_pitches

=== after_pitches ===
Stoelen schuiven. Bram staat bij het raam met zijn koffie en kijkt naar zijn gsm, alsof die hem kan redden. Sofie blijft aan tafel zitten en schenkt zich nog een tas in.
Allez. Twintig minuten, tien kaartjes. Ik doe de linkerkant van de zaal, jij de rechter? # speaker: wim # mood: pleased # discuss: Wim stelt voor om de zaal te verdelen. Waar zijn twintig minuten vrij netwerken voor?
* [Verdeel de zaal met Wim: over twintig minuten heeft iedereen hier je ontmoet # act: work-the-room # tip1 +1 # tip2 -2 # trust: wim +1 # why: Je ontmoet wel de hele zaal, en iedereen heeft je kaartje; morgen weet geen van hen nog wie je bent, en jij ook niet wie zij zijn.]
    -> card_round
* [Blijf bij Sofie en vraag naar het atelier dat te goed loopt # act: follow-thread # tip1 -1 # tip2 +2 # trust: sofie +1 # why: Haar pitch liet een deur open, en daardoor stappen is hoe je iemand echt leert kennen; terwijl je bij haar zit, gaat de zaal naar huis.]
    -> sofie_talk
* [Vraag Hilde wie hier in de zaal nu wel wat hulp kan gebruiken # act: ask-how-to-help # tip2 +1 # tip4 +1 # trust: hilde +1 # why: De voorzitter kent de zaal; vragen wie hulp nodig heeft, draait de ochtend naar hen toe.]
    Je houdt Hilde staande bij de koffiekan.
    "Wie kan hier nu wel wat hulp gebruiken, denk je?" # speaker: you
    Hilde kijkt de zaal rond zoals ze naar de kookwekker kijkt.
    Sofie. Er is iets met dat atelier, en zij gaat nooit iemand om hulp vragen. Ga maar. # speaker: hilde # mood: interested
    -> sofie_talk

=== card_round ===
~ collected_cards = true
Wim heeft een systeem: naam, één zin, kaartje, volgende. Hij loodst je naar tafel één.
Maximum anderhalve minuut per persoon. Langer is een gesprek, en gesprekken schalen niet. # speaker: wim # mood: pleased
Eerste halte: een bloemiste van op de Bruul, die in mei naar een grotere winkel verhuist. Dat vertelt ze terwijl ze je de hand schudt. # discuss: Wim geeft iedereen anderhalve minuut. Wat kun je in anderhalve minuut over iemand te weten komen?
* [Doe het zoals Wim: naam, één zin, kaartje, volgende # act: swap-cards # tip1 +1 # tip2 -1 # trust: wim +1 # why: Vlot en vriendelijk: je ontmoet de hele tafel; om negen uur heb je wel kaartjes en geen idee meer wie wie was.]
    Je geeft je zin en je kaartje. Zij geeft het hare. Wim staat al bij de volgende stoel.
* [Vertraag en vraag haar waarom ze verhuist # act: open-question # tip2 +1 # why: Eén vraag over haar is genoeg om dat kaartje iets te laten betekenen.]
    "Waarom verhuist u?" # speaker: you
    Ze vertelt over het vocht in de oude kelder, en over de nieuwe winkel met een etalage die twee keer zo breed is.
    ~ noted = true
- Een etalage die twee keer zo breed is. Je ziet de belettering al voor je. # discuss: Haar nieuwe winkelpui is precies jouw soort werk. Aanbieden, vragen, of doorgaan?
* [Bied haar een offerte aan voor de nieuwe winkelpui, nu ze hier is # act: pitch # tip1 -2 # tip5 -1 # why: Ze heeft een echte nood en jij het antwoord, dus het kan best lukken; ze kent je anderhalve minuut, en een offerte nu is een pitch.]
    "Stuur me de afmetingen, dan hebt u vanavond nog een offerte." # speaker: you
    Ze aarzelt, en neemt dan een foto van je kaartje. Wim knikt je toe: goed zo.
    ~ florist_quote = true
    ~ sales_moves += 1
* [Vraag wat ze het meest nodig heeft voor de verhuis; misschien geen bord # act: ask-how-to-help # tip1 +1 # tip4 +1 # why: Vragen wat haar het meest zou helpen, in plaats van wat jij verkoopt: zo begint vertrouwen.]
    "Wat hebt u het meest nodig, met die verhuis?" # speaker: you
    Ze lacht. Een camionette op veertien mei, en iemand om de koelcel te dragen. Geen uithangbord, zegt ze. Nog niet.
* [Hou Wim bij: hij wenkt je al naar tafel twee # act: exit # tip1 +2 # tip2 -1 # trust: wim +1 # why: Wims tempo bijhouden betekent dat je de hele zaal ontmoet; het betekent ook dat je elk gesprek verlaat op het moment dat het begint.]
    Wim wenkt. Je gaat verder.
- Tafel twee, tafel vier, het buffet. Om tien over acht heb je acht kaartjes, en bij drie ervan zie je nog een gezicht.
Bram staat nog altijd bij het raam, alleen, met zijn gsm in de hand en een zwart scherm.
Nog twee. Tien, dat is de regel. # speaker: wim # mood: pleased # discuss: Wim wil nog twee kaartjes; Bram staat alleen. Van wie is deze ochtend?
* [Laat Wim zijn ding doen en ga bij Bram staan # act: mingle # tip2 +1 # trust: wim -1 # why: Wie na een slechte pitch alleen staat, kun je echt leren kennen; Wim maakt zijn ronde zonder jou af.]
    -> bram
* [Maak af waar je aan begon: nog twee kaartjes en je zit aan tien # act: work-the-room # tip1 +1 # tip2 -1 # trust: wim +1 # why: Nog twee mensen kennen nu je gezicht; die laatste twee kaartjes kosten je de enige die een babbel nodig had.]
    Je haalt je twee kaartjes: een boekhouder en iemand die koffiemachines verkoopt. Tien.
    -> leaving

=== sofie_talk ===
~ sat_with_sofie = true
Je gaat naast Sofie zitten. Ze schuift het mandje koffiekoeken naar je toe.
{ noted:
    Je kijkt even op je programma. Bakfietsen, te goed?
}
Ze wacht. Het is aan jou. # discuss: Sofie zei dat haar atelier "te goed" loopt. Waar begin je, bij iemand die je een uur geleden leerde kennen?
* [Vraag naar het bakfietsenatelier, en wat te goed betekent # act: follow-thread # tip2 +2 # trust: sofie +1 # why: Terugkomen op wat ze in haar pitch zei, toont dat je luisterde, en vraagt naar het echte verhaal.]
    "Je zei dat je atelier te goed loopt. Wat bedoel je met te goed?" # speaker: you
    Ze zet haar tas neer en kijkt je even aan, alsof ze afweegt hoeveel ze zal vertellen.
* [Zeg haar dat een nieuw atelier van op straat gezien moet worden, en dat je daarbij kunt helpen # act: pitch # tip1 -2 # tip5 -1 # trust: sofie -1 # why: Het is waar je het meest van kent, en een nieuw atelier moet gevonden worden; ze is gaan zitten met een koffie, niet om opgemeten te worden voor een bord.]
    "Een nieuw atelier heeft een degelijk uithangbord nodig. Ik kan eens komen kijken." # speaker: you
    Er hangt een bord. Mijn schoonbroer heeft het geschilderd. Dat blijft hangen. # speaker: sofie # mood: annoyed
    ~ sales_moves += 1
* [Hou het licht: vraag hoe de zaken gaan # act: small-talk # tip1 +1 # tip2 +1 # why: Een makkelijke opening die haar niets vraagt; ze moet dan wel van nul beginnen.]
    "Hoe gaan de zaken?" # speaker: you
    Druk. # speaker: sofie # mood: neutral
    Ze kijkt je aan, besluit dat je het meent, en gaat verder.
- Bakfietsen. Gezinnen, een bakker die levert, twee koeriers. Ze komen allemaal tegelijk binnen, en ze moeten allemaal morgen weer rijden. # speaker: sofie # mood: neutral
Mijn mecanicien, Luc, is in maart met pensioen gegaan. Sindsdien sta ik zelf om elf uur 's avonds kettingen te leggen. # speaker: sofie # mood: uneasy
Wim duikt op achter je stoel en tikt op je schouder.
Tafel twee vertrekt. Drie kaartjes, die liggen klaar. Kom! # speaker: wim # mood: pleased # discuss: Drie mensen vertrekken zonder je kaartje. Wat kost blijven jou, en wat kost weggaan haar?
* [Wuif Wim verder: je zit midden in een gesprek # act: decline # tip1 -1 # tip2 +1 # tip5 +1 # trust: sofie +1 # trust: wim -1 # why: Blijven bij wie voor je zit, is meer waard dan drie kaartjes; drie mensen gaan naar huis zonder je ontmoet te hebben.]
    "Ga maar, Wim. Ik zit hier midden in een gesprek." # speaker: you
    Wim haalt zijn schouders op en is weg. Sofie trekt een wenkbrauw op, bijna een glimlach.
* [Zeg Sofie "twee minuutjes" en leer tafel twee nog kennen voor ze vertrekken # act: exit # tip1 +1 # tip2 -2 # trust: sofie -1 # trust: wim +1 # why: Nog drie mensen ontmoeten je voor ze gaan; je loopt wel weg uit het enige echte gesprek van de ochtend, net nu ze begint te vertellen.]
    "Twee minuutjes, sorry." # speaker: you
    Als je terugkomt met drie kaartjes, zit Sofie op haar gsm te kijken. Het moment is voorbij.
    Waar was ik. De mecanicien. Enfin. # speaker: sofie # mood: neutral
    ~ collected_cards = true
- -> sofie_need

= sofie_need
Ze draait haar tas rond op het schoteltje. # discuss: Haar mecanicien ging in maart met pensioen en zij legt 's avonds kettingen. Wat heeft ze van jou nodig: raad, een vraag, of een aanbod?
* [Vraag wat een mecanicien moet hebben voor ze hem haar zaak toevertrouwt # act: open-question # tip2 +2 # tip4 +1 # trust: sofie +1 # why: Vragen wat voor haar goed genoeg is: zo kom je te weten wat ze echt nodig heeft.]
    "Wat moet een mecanicien hebben, voor je hem je zaak toevertrouwt?" # speaker: you
    Ze denkt er langer over na dan je verwachtte.
    Ervaring met bakfietsen, die zijn zwaarder dan mensen denken. En iemand die een klant uitlegt wat er mis is zonder dat die zich dom voelt. Dat kon Luc. # speaker: sofie # mood: interested
    ~ listened_sofie = true
    ~ mem_contact_name = "Sofie Maes"
    ~ mem_contact_need = "mechanic"
* [Vertel wat voor jou werkte: via een vacaturesite had je op een week je plaatser # act: advise # tip1 +1 # tip2 -1 # tip4 -1 # why: Praktisch, van zelfstandige tot zelfstandige, zonder iets te verkopen; maar je antwoordt voor je weet wat ze nodig heeft.]
    "Zet het op een vacaturesite. Zo heb ik mijn plaatser gevonden. Op een week." # speaker: you
    Gedaan. Elf reacties. Twee hadden ooit een bakfiets vastgehad. # speaker: sofie # mood: annoyed
* [Zeg dat je graag het raam van het atelier belettert zodra het draait # act: pitch # tip1 -1 # tip5 -1 # trust: sofie -1 # why: Je bedoelt het als vertrouwen in haar atelier; ze vertelt wat haar wakker houdt, en jij antwoordt met een bestelling.]
    "Als het draait, doe ik graag de belettering op het raam van het atelier." # speaker: you
    Ja. Als het draait. # speaker: sofie # mood: neutral
    ~ sales_moves += 1
- Hilde roept: nog tien minuten. # discuss: Je kent geen mecanicien. Wat kun je haar eerlijk aanbieden?
* [Zeg dat je zult nadenken over wie je kent, en meen het # act: promise # tip4 +1 # tip5 +1 # trust: sofie +1 # why: Een eerlijk aanbod om te helpen, zonder een belofte die je niet kunt houden: zo begint een relatie.]
    "Ik ken zo direct niemand. Maar ik ga nadenken over wie ik ken. Echt." # speaker: you
    Dat zeggen ze allemaal. # speaker: sofie # mood: neutral
    Ze schrijft toch haar gsm-nummer op de achterkant van haar kaartje.
* [Beloof dat je tegen vrijdag een mecanicien voor haar vindt # act: promise # tip4 +2 # tip5 -1 # why: Een datum maakt de hulp concreet, en ze heeft ze snel nodig; een belofte die je misschien niet kunt houden, kost meer vertrouwen dan geen belofte.]
    "Tegen vrijdag heb ik een mecanicien voor je. Laat dat maar aan mij over." # speaker: you
    Tegen vrijdag. Ja. # speaker: sofie # mood: uneasy
    Ze schrijft haar gsm-nummer op de achterkant van haar kaartje.
    ~ promised_friday = true
* [Wissel kaartjes en zeg dat jullie contact houden # act: swap-cards # tip2 -1 # tip5 +1 # why: Een vriendelijk kaartje houdt de deur open zonder te beloven wat je niet kunt; het sluit het gesprek af net waar het ergens naartoe kon gaan.]
    "We houden contact, hé." # speaker: you
    Je schuift je kaartje over tafel. Zij schuift het hare terug.
- Bram staat nog altijd bij het raam, alleen. Wim doet de ronde van tafel vier. # discuss: Nog tien minuten. Bram staat alleen, Sofie zit hier nog, Wim verzamelt. Waar steek je ze in?
* [Ga naar Bram, die eruitziet alsof hij het liefst zou verdwijnen # act: mingle # tip1 +1 # tip2 +1 # why: Wie na een slechte pitch alleen staat, kun je echt leren kennen, en het wordt een tweede gesprek deze ochtend.]
    Je neemt afscheid van Sofie en steekt de zaal over.
    -> bram
* [Doe nog snel een ronde langs de tafels voor iedereen vertrekt # act: work-the-room # tip1 +1 # tip2 -2 # trust: wim +1 # why: Nog vijf mensen hebben je kaartje; op het laatste moment weet niemand nog welk kaartje van jou was.]
    In acht minuten haal je vijf kaartjes. Een bakker, een bank, twee consultants, iemands neef.
    ~ collected_cards = true
    -> leaving
* [Blijf bij Sofie en drink je koffie uit # act: follow-thread # tip1 -1 # tip2 +2 # tip5 +1 # trust: sofie +1 # why: Eén gesprek dat echt aankomt, daar draait deze ochtend om; de rest van de zaal vertrekt zonder je ontmoet te hebben.]
    Je blijft. Ze vertelt over de koerier die met een hond voor in zijn bakfiets rijdt. Je lacht meer dan de hele week.
    -> leaving

=== bram ===
~ met_bram = true
Bram ziet je komen en doet alsof hij iets belangrijks op zijn gsm leest.
Die wekker heeft mijn beste zin afgepakt. Ik had een heel verhaal over die kelder. # speaker: bram # mood: uneasy # discuss: Brams pitch werd afgebroken en hij schaamt zich. Wat heeft hij van jou nodig: een coach, iemand die luistert, of een vriendelijk woord?
* [Vraag naar de kelder onder de kaaswinkel, het stuk dat hij niet kon afmaken # act: follow-thread # tip2 +2 # tip4 +1 # trust: bram +2 # why: Precies oppikken waar de wekker hem afbrak, zegt hem dat er iemand echt luisterde.]
    "Allez, die kelder onder de kaaswinkel. Wat zat daar?" # speaker: you
    Hij fleurt op. Bakstenen gewelven, veertiende eeuw, en een houten balk met een jaartal in gekerfd. De toog maakte hij in eik, zodat hij bij de kelder zou passen.
    Winkeliers vragen me de hele tijd wie de belettering kan doen voor een oude gevel. Ik weet nooit wat ik moet zeggen. # speaker: bram # mood: pleased
    Nu wel. Jullie wisselen kaartjes, en deze keer betekent het iets.
* [Geef hem de twee tips die zijn pitch hadden gered: kortere zinnen, eindigen met wat je wilt # act: advise # tip2 -1 # tip4 +1 # why: Goede raad, die hij volgende maand gebruikt; wat hij vanochtend wou, was iemand die de rest van het verhaal hoorde.]
    "Kortere zinnen. En eindigen met een call to action: wat wil je dat ze doen?" # speaker: you
    Ja. Juist. Merci. # speaker: bram # mood: neutral
    Hij schrijft call to action op een servetje en bedankt je twee keer. Over de kelder wordt niet meer gesproken.
    ~ met_bram = false
* [Zeg dat het goed was, wissel kaartjes en wens hem succes # act: swap-cards # tip2 -1 # tip5 +1 # trust: bram +1 # why: Vriendelijk, en hij zal onthouden dat er iemand naar hem toe kwam; het is ook een kaartjeswissel met de enige die graag had gepraat.]
    "Het was goed, echt. Hier is mijn kaartje. Veel succes ermee." # speaker: you
    Merci. Da's vriendelijk. # speaker: bram # mood: neutral
    ~ met_bram = false
- -> leaving

=== leaving ===
Half negen. Jassen gaan van de kapstok, tassen gaan terug op de plateaus. # sound: door
{ listened_sofie:
    -> aftermath
}
{ sat_with_sofie:
    Sofie staat op, ritst haar fleece dicht en kijkt naar de klok boven de deur.
- else:
    Sofie staat aan de kapstok en ritst haar fleece dicht, de fietsketting op haar rug.
}
Ze is bijna de deur uit. # discuss: Sofie vertrekt en je hebt haar kaartje. Is dat genoeg?
* [Houd haar tegen en vraag wat haar nu het meest zou helpen # act: ask-how-to-help # tip2 +1 # tip4 +1 # trust: sofie +1 # why: Een laatste echte vraag is meer waard dan haar kaartje in je zak.]
    "Sofie, voor je gaat. Wat zou je nu het meest helpen?" # speaker: you
    Ze blijft staan, één arm in haar mouw.
    Een mecanicien. Een ervaren mecanicien, voor de bakfietsen. Mijn Luc is in maart met pensioen gegaan. # speaker: sofie # mood: uneasy
    -> sofie_short
* [Laat haar gaan: ze moet een winkel opendoen, en jij hebt haar kaartje # act: wait # tip3 -1 # tip5 +1 # why: Iemand die haast heeft niet ophouden, is attent; een kaartje zonder gesprek is ook een opvolging waarvan je niet weet hoe je ze moet beginnen.]
    Je laat haar gaan. Haar kaartje zit ergens in je zak.
    -> aftermath

= sofie_short
Eén arm in haar mouw wacht ze op wat je zult zeggen. # discuss: Ze vertelde haar probleem in één zin, op weg naar buiten. Wat doe je ermee?
* [Vraag wat een mecanicien moet hebben voor ze hem vertrouwt # act: open-question # tip2 +1 # tip4 +1 # trust: sofie +1 # why: Nog één vraag, en je weet wat ze echt nodig heeft, niet alleen wat ze mist.]
    "Wat moet hij hebben, voor je hem vertrouwt?" # speaker: you
    Iemand die een klant uitlegt wat er mis is zonder dat die zich dom voelt. # speaker: sofie # mood: interested
    Ze kijkt je een moment langer aan dan daarnet, en gaat.
    ~ listened_sofie = true
    ~ mem_contact_name = "Sofie Maes"
    ~ mem_contact_need = "mechanic"
* [Geef haar je kaartje: als het atelier draait, kan ze je bellen voor de belettering # act: pitch # tip1 -1 # tip5 -1 # trust: sofie -1 # why: Je geeft haar een manier om je te bereiken voor wat je doet; ze vertelde je net haar probleem, en jij antwoordt met je product.]
    "Als het atelier draait, bel me maar voor de belettering." # speaker: you
    Ik zal eraan denken. # speaker: sofie # mood: neutral
    ~ sales_moves += 1
- -> aftermath

=== aftermath ===
Kwart over negen, je atelier. De geur van vinyl en het zoemen van de snijplotter. # scene: office
Op je bureau: {collected_cards: een stapel naamkaartjes met een elastiekje errond|een paar naamkaartjes}, en het programma van vanochtend. # discuss: Terug in je atelier met de kaartjes. Wat stuur je eerst, en naar wie?
* [Schrijf op elk kaartje wat de persoon vertelde, nu je het nog weet # act: keep-notes # tip2 +1 # tip5 +1 # why: Wat mensen vertelden, heb je nodig om op te volgen; kaartjes alleen zijn maar namen.]
    Je neemt de kaartjes een voor een en schrijft op de achterkant.
    { listened_sofie:
        Op dat van Sofie, onderlijnd: mecanicien, bakfietsen, legt uit zonder dat mensen zich dom voelen.
    - else:
        Bij de meeste schrijf je een beroep en een vraagteken.
    }
* [Zet iedereen op je nieuwsbrief, met de lenteactie: twintig procent op belettering # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -2 # why: Iedereen die je ontmoette, hoort vandaag van je, met een aanbod waar sommigen iets aan hebben; niemand vroeg erom, en je eerste bericht aan hen is een verkoopmail.]
    Je tikt de adressen in je nieuwsbrieflijst en plant de lenteactie in voor tien uur.
    ~ spammed = true
    ~ sales_moves += 2
* [Stuur wie je sprak een LinkedIn-uitnodiging met één persoonlijke zin # act: follow-up # tip3 +1 # tip5 +1 # why: Een kort persoonlijk berichtje houdt de deur open zonder hun iets te vragen.]
    Je stuurt een handvol uitnodigingen, elk met één zin over waar jullie het over hadden.
- -> ending

=== ending ===
{ florist_quote:
    Om elf uur mailt de bloemiste van op de Bruul haar afmetingen. Tegen vrijdag heeft ze je offerte aanvaard: de hele winkelpui, te betalen binnen de maand. Een mooie bestelling. # sound: message
}
{ promised_friday:
    Het wordt vrijdag. Je hebt twee mensen gevraagd naar een mecanicien voor bakfietsen; geen van beiden kent er een. Je stuurt Sofie geen berichtje. Wat zou je zeggen?
}
{
    - sales_moves >= 2:
        -> sales_breakfast
    - listened_sofie && met_bram:
        -> two_conversations
    - listened_sofie || met_bram:
        -> one_conversation
    - else:
        -> stack_of_cards
}

= sales_breakfast
{ spammed:
    Om tien over tien komt de eerste uitschrijving binnen. Tegen de middag zijn het er vier.
    { listened_sofie:
        Eén ervan is Sofie Maes.
    }
    Twee mensen klikken door naar de actie. Een van hen, een man met een camionette, wil de goedkoopste sticker die er bestaat, en verder niets.
}
Wim stuurt je een bericht: een van zijn tien kaartjes heeft een afspraak gemaakt. Hij is in de wolken. # sound: message
{ pitch_kind == "discount":
    Op het volgende ontbijt zit Sofie aan een andere tafel. Tafel drie herinnert zich jou: de korting.
- else:
    Op het volgende ontbijt zit Sofie aan een andere tafel. Tafel drie herinnert zich jou als iemand die kwam verkopen.
}
Je hebt deze maand iets verkocht, en de zaal kent je als iemand die verkoopt. # ending: sales-breakfast # mood: uneasy
-> END

= two_conversations
Drie weken later een berichtje van Hilde: Sofie Maes heeft gevraagd om volgende maand met jou gekoppeld te worden voor de één-op-één koffie. # sound: message
En Bram stuurt je een bakker uit Lier met een gevel uit de vijftiende eeuw. De bakker is nog niet klaar voor een uithangbord; ze wou weten wie Bram vertrouwt.
Je hebt vanochtend twee mensen ontmoet. Echt ontmoet. Ze zullen zich jou allebei herinneren, en jij weet precies wat elk van hen nodig heeft. # ending: two-conversations # mood: pleased
-> END

= one_conversation
{ listened_sofie:
    Een week later denk je nog altijd aan bakfietsen, en aan een mecanicien die mensen zich niet dom laat voelen.
- else:
    Een week later stuurt Bram je een foto: de toog in de kaaswinkel, met een briefje. Merci om naar die kelder te vragen.
}
{ collected_cards:
    De rest van de ochtend is een waas van kaartjes.
- else:
    De rest van de zaal heb je alleen van over de tafels gezien.
}
Eén gesprek ging ergens naartoe, en één iemand in die zaal zal blij zijn je terug te zien. # ending: one-conversation # mood: pleased
-> END

= stack_of_cards
{ collected_cards:
    De stapel op je bureau is dik en zegt je niets. Een bloemiste, of was dat de bakker?
    De week erna mail je er een paar. Eén iemand antwoordt, hartelijk. Je weet niet meer wie ze was.
    Je hebt vanochtend iedereen ontmoet, en niemand. # ending: stack-of-cards # mood: neutral
- else:
    Een paar kaartjes, en bij geen enkel weet je wat je zou schrijven.
    Je zat een uur aan tafel met drie mensen, en je zou niet kunnen zeggen wat een van hen nodig heeft. # ending: stack-of-cards # mood: neutral
}
-> END

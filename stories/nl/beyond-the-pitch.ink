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
VAR met_bram = false
VAR spammed = false

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
Goeiemorgen! Tien kaartjes voor negen uur, dat is mijn regel. Heeft me nog nooit in de steek gelaten. # speaker: wim # mood: pleased
* [Vraag Sofie wat een handelaar om zeven uur 's ochtends naar een ontbijt krijgt # tip2 +1 # why: Een kleine, echte vraag voor de pitches geeft je straks iets om op verder te bouwen.]
    "Wat krijgt een handelaar om zeven uur uit zijn bed voor zoiets?" # speaker: you
    Eerlijk? Hilde. Ze is mijn notaris, en nee is geen antwoord bij haar. # speaker: sofie # mood: interested
    En de koffiekoeken. De koffiekoeken zijn goed. # speaker: sofie # mood: pleased
* [Deel je kaartjes rond aan tafel, zodat niemand er een mist # tip1 -1 # tip2 -1 # why: Kaartjes voor er één gesprek geweest is, zeggen de tafel dat je komt verkopen.]
    Je deelt je kaartjes rond als bij een partijtje kaarten.
    Amai, iemand naar mijn hart. # speaker: wim # mood: pleased
    Sofie schuift je kaartje onder haar schoteltje zonder ernaar te kijken. Bram leest het twee keer, alsof er straks een toets over komt.
    ~ sales_moves += 1
* [Neem je zestig seconden nog één keer door op je gsm # tip2 -1 # why: Je pitch zit goed; de mensen aan je tafel ken je nog niet, daar is deze tijd voor.]
    Je leest je notities op je gsm, je lippen bewegen mee. Als je opkijkt, heeft Bram je net iets gevraagd en wacht hij.
    Sorry, laat maar. U bent bezig. # speaker: bram # mood: uneasy
- -> pitches

=== pitches ===
Half acht. Hilde tikt met een lepeltje tegen haar glas. # sound: glasses
Zestig seconden per persoon. Wim, jij begint. # speaker: hilde # mood: neutral
Terwijl Wim rechtstaat, trilt je gsm in je zak. Een bericht van de garagehouder in Lier wiens uithangbord je volgende week komt plaatsen. # sound: message
* [Schrijf per persoon één ding op de achterkant van het programma # tip2 +2 # why: Wat mensen in hun zestig seconden vertellen, is waar straks een echt gesprek kan beginnen.]
    Je draait het programma om en haalt de dop van je pen. De garage kan een uur wachten.
    ~ noted = true
* [Antwoord de klant onder tafel; die pitches lopen toch door elkaar # tip2 -1 # why: Die klant lijkt dringend, maar je vertrekt straks zonder te weten wie er in de zaal zat.]
    Je typt een antwoord onder het tafellaken. Tegen dat het verstuurd is, zijn er twee pitches voorbij.
* [Omcirkel de handelaars op de lijst: die hebben een uithangbord nodig # tip1 -2 # why: Luisteren naar leads maakt van mensen doelwitten, en dan hoor je niet meer wat ze zeggen.]
    Je omcirkelt namen. Een bloemist. Een bakker. Een fietsenwinkel. Drie, vier mogelijke klanten.
    ~ sales_moves += 1
- Wims pitch loopt als een trein: verzekeringen waar je niet van gaat geeuwen, en deze maand twintig procent korting op het eerste jaar. De wekker gaat op negenenvijftig. Hij buigt.
Bram begint over een eiken toog die hij maakte voor een kaaswinkel in Lier, en over de oude kelder die hij eronder vond, en dan gaat de wekker, midden in een zin. Hij gaat zitten, rood tot achter zijn oren. # sound: applause
Velo Maes, Mechelen. Fietsen, al veertien jaar. Sinds vorige maand ook een atelier voor bakfietsen. Het loopt goed. Misschien te goed. Dat was het. # speaker: sofie # mood: neutral
Vijfentwintig seconden. Hilde kijkt naar de wekker, dan naar Sofie, en laat het zo.
{ noted:
    Op de achterkant van je programma: Wim, twintig procent. Bram, toog kaaswinkel, afgebroken. Sofie, bakfietsen, te goed?
}
Tafel drie, de laatste. Aan jou. # speaker: hilde # mood: interested
* [Pitch je aanbod: lentekorting op raambelettering, kaartje in de hand # tip1 -2 # why: Bij één of twee werkt het; de rest van de zaal steekt je nu in het schuifje verkopers.]
    "Lentekorting: raambelettering twintig procent goedkoper tot mei. Mijn kaartje ligt op elke tafel." # speaker: you
    Wim steekt zijn duim op. Twee mensen aan tafel één kijken naar hun koffiekoek.
    ~ sales_moves += 1
* [Vertel één verhaal, het slagersraam dat je deed, en wie je graag zou ontmoeten # tip1 +2 # tip2 +1 # why: Een verhaal en een duidelijke wens nodigen mensen uit om met je te praten, niet om te kopen.]
    "Vorige maand heb ik het raam van een slager in Bonheiden belet. Hij zegt dat mensen nu blijven staan om het te lezen. Ik zou graag iedereen leren kennen die dit jaar een winkel opent. Al is het maar om eens te babbelen." # speaker: you
    Sofie kijkt op van haar koffie.
* [Prop alles erin wat je doet: borden, belettering, wagens, stickers # tip2 -1 # why: Volledig, en snel vergeten: met een opsomming kan niemand een gesprek beginnen.]
    "Uithangborden, raambelettering, camionettes, stickers, lichtbakken, en we plaatsen zelf." # speaker: you
    De wekker gaat als je voor de tweede keer bij stickers bent.
- Dank je wel, allemaal. Vrij netwerken tot half negen. Haal nog een koffie, en leer iemand kennen. # speaker: hilde # mood: pleased
-> after_pitches

=== after_pitches ===
Stoelen schuiven. Bram staat bij het raam met zijn koffie en kijkt naar zijn gsm, alsof die hem kan redden. Sofie blijft aan tafel zitten en schenkt zich nog een tas in.
Allez. Twintig minuten, tien kaartjes. Ik doe de linkerkant van de zaal, jij de rechter? # speaker: wim # mood: pleased
* [Ga mee met Wim: twintig minuten, tien kaartjes, heel de zaal gedaan # tip2 -2 # why: Tien kaartjes, en geen van die tien mensen weet morgen nog wie je bent, en jij ook niet wie zij zijn.]
    -> card_round
* [Blijf bij Sofie en vraag naar haar atelier dat te goed loopt # tip2 +2 # why: Haar pitch liet een deur open. Stap erdoor: zo leer je iemand echt kennen.]
    -> sofie_talk
* [Vraag Hilde wie hier in de zaal nu wel wat hulp kan gebruiken # tip2 +1 # tip4 +1 # why: De voorzitter kent de zaal; vragen wie hulp nodig heeft, draait de ochtend naar hen toe.]
    Je houdt Hilde staande bij de koffiekan.
    "Wie kan hier nu wel wat hulp gebruiken, denk je?" # speaker: you
    Dat vragen mij niet veel mensen. Ze vragen wie er wil kopen. # speaker: hilde # mood: interested
    Sofie. Er is iets met dat atelier, en zij gaat nooit iemand om hulp vragen. Ga maar. # speaker: hilde # mood: pleased
    -> sofie_talk

=== card_round ===
~ collected_cards = true
Wim heeft een systeem: naam, één zin, kaartje, volgende. Hij loodst je naar tafel één.
Maximum anderhalve minuut per persoon. Langer is een gesprek, en gesprekken schalen niet. # speaker: wim # mood: pleased
Eerste halte: een bloemiste van op de Bruul, die in mei naar een grotere winkel verhuist. Dat vertelt ze terwijl ze je de hand schudt.
* [Doe het zoals Wim: naam, één zin, kaartje, volgende # tip2 -1 # why: Efficiënt, en meteen vergeten: om negen uur heb je kaartjes en geen idee meer wie wie was.]
    Je geeft je zin en je kaartje. Zij geeft het hare. Wim staat al bij de volgende stoel.
* [Vertraag en vraag haar waarom ze verhuist # tip2 +1 # why: Eén vraag over haar is genoeg om dat kaartje iets te laten betekenen.]
    "Waarom verhuist u?" # speaker: you
    Ze vertelt over het vocht in de oude kelder, en over de nieuwe winkel met een etalage die twee keer zo breed is.
    ~ noted = true
- Een etalage die twee keer zo breed is. Je ziet de belettering al voor je.
* [Bied haar ter plekke een offerte aan voor de nieuwe winkelpui # tip1 -2 # tip5 -1 # why: Ze zit midden in een verhuis en kent je anderhalve minuut; een offerte nu is een pitch.]
    "Stuur me de afmetingen, dan hebt u vanavond nog een offerte." # speaker: you
    Ze glimlacht beleefd en zegt dat ze erover zal nadenken. Wim knikt je toe: goed zo.
    ~ sales_moves += 1
* [Vraag wat ze het meest nodig heeft voor de verhuis; misschien geen bord # tip4 +1 # tip1 +1 # why: Vragen wat haar het meest zou helpen, in plaats van wat jij verkoopt: zo begint vertrouwen.]
    "Wat hebt u het meest nodig, met die verhuis?" # speaker: you
    Ze lacht. Een camionette op veertien mei, en iemand om de koelcel te dragen. Geen uithangbord, zegt ze. Nog niet.
* [Ga verder; Wim wenkt je al naar tafel twee # tip2 -1 # why: Wims tempo bijhouden betekent elk gesprek verlaten op het moment dat het begint.]
    Wim wenkt. Je gaat verder.
- Tafel twee, tafel vier, het buffet. Om tien over acht heb je acht kaartjes, en bij drie ervan zie je nog een gezicht.
Bram staat nog altijd bij het raam, alleen, zijn gsm op zwart in zijn hand.
Nog twee. Tien, dat is de regel. # speaker: wim # mood: pleased
* [Laat Wim zijn ding doen en ga met Bram babbelen # tip2 +1 # tip4 +1 # why: Wie na een slechte pitch alleen staat, is iemand die je kunt helpen, en echt kunt leren kennen.]
    -> bram
* [Doe voort: nog twee kaartjes en je zit aan tien # tip2 -1 # why: Tien is Wims getal, niet het jouwe; die laatste twee kaartjes kosten je de enige die een babbel nodig had.]
    Je haalt je twee kaartjes: een boekhouder en iemand die koffiemachines verkoopt. Tien.
    -> leaving

=== sofie_talk ===
Je gaat naast Sofie zitten. Ze schuift het mandje koffiekoeken naar je toe.
{ noted:
    Je kijkt even op je programma. Bakfietsen, te goed?
}
* [Vraag naar het bakfietsenatelier, en wat te goed betekent # tip2 +2 # why: Terugkomen op wat ze in haar pitch zei, toont dat je luisterde, en vraagt naar het echte verhaal.]
    "Je zei dat je atelier te goed loopt. Wat bedoel je met te goed?" # speaker: you
    Ze zet haar tas neer.
    Jij bent de eerste die dat vraagt. # speaker: sofie # mood: interested
* [Zeg haar dat het nieuwe atelier een degelijk uithangbord nodig heeft # tip1 -2 # tip5 -1 # why: Ze zit net met een koffie; ze is niet gekomen om opgemeten te worden voor een bord.]
    "Een nieuw atelier heeft een degelijk uithangbord nodig. Ik kan eens komen kijken." # speaker: you
    Er hangt een bord. Mijn schoonbroer heeft het geschilderd. Dat blijft hangen. # speaker: sofie # mood: annoyed
    ~ sales_moves += 1
* [Vraag hoe de zaken gaan, gewoon in het algemeen # tip2 +1 # why: Een vriendelijke opening, al moet ze dan wel van nul beginnen.]
    "Hoe gaan de zaken?" # speaker: you
    Druk. # speaker: sofie # mood: neutral
    Ze kijkt je aan, besluit dat je het meent, en gaat verder.
- Bakfietsen. Gezinnen, een bakker die levert, twee koeriers. Ze komen allemaal tegelijk binnen, en ze moeten allemaal morgen weer rijden. # speaker: sofie # mood: neutral
Mijn mecanicien, Luc, is in maart met pensioen gegaan. Sindsdien sta ik zelf om elf uur 's avonds kettingen te leggen. # speaker: sofie # mood: uneasy
Wim duikt op achter je stoel en tikt op je schouder.
Tafel twee vertrekt. Drie kaartjes, die liggen klaar. Kom! # speaker: wim # mood: pleased
* [Wuif Wim verder: je zit midden in een gesprek # tip2 +1 # tip5 +1 # why: Blijven bij wie voor je zit, is meer waard dan drie kaartjes die je nooit gebruikt.]
    "Ga maar, Wim. Ik zit hier midden in een gesprek." # speaker: you
    Wim haalt zijn schouders op en is weg. Sofie trekt een wenkbrauw op, bijna een glimlach.
* [Zeg Sofie "twee minuutjes" en ga die kaartjes halen # tip2 -2 # why: Je loopt weg uit het enige echte gesprek van de ochtend, net nu ze begint te vertellen.]
    "Twee minuutjes, sorry." # speaker: you
    Als je terugkomt met drie kaartjes, zit Sofie op haar gsm te kijken. Het moment is afgekoeld.
    Waar was ik. De mecanicien. Enfin. # speaker: sofie # mood: neutral
- -> sofie_need

= sofie_need
* [Vraag wat een mecanicien moet hebben voor ze hem haar atelier toevertrouwt # tip2 +2 # tip4 +1 # why: Vragen wat voor haar goed genoeg is: zo kom je te weten wat ze echt nodig heeft.]
    "Wat moet een mecanicien hebben, voor je hem je zaak toevertrouwt?" # speaker: you
    Ze denkt er langer over na dan je verwachtte.
    Ervaring met bakfietsen, die zijn zwaarder dan mensen denken. En iemand die een klant uitlegt wat er mis is zonder dat die zich dom voelt. Dat kon Luc. # speaker: sofie # mood: interested
    ~ listened_sofie = true
    ~ mem_contact_name = "Sofie Maes"
    ~ mem_contact_need = "mechanic"
* [Raad haar aan een vacature online te zetten; zo vond jij je plaatser # tip4 -1 # why: Snel advies klinkt behulpzaam, maar het sluit het gesprek af voor je weet wat ze nodig heeft.]
    "Zet het op een vacaturesite. Zo heb ik mijn plaatser gevonden. Op een week." # speaker: you
    Gedaan. Elf reacties. Twee hadden ooit een bakfiets vastgehad. # speaker: sofie # mood: annoyed
* [Zeg dat je graag het atelierraam belettert zodra het draait # tip1 -1 # tip5 -1 # why: Ze vertelt wat haar wakker houdt; daar een bestelling van maken, is verkopen.]
    "Als het draait, doe ik graag de belettering op het raam van het atelier." # speaker: you
    Ja. Als het draait. # speaker: sofie # mood: neutral
    ~ sales_moves += 1
- Hilde roept: nog tien minuten.
* [Zeg dat je zult nadenken over wie je kent, en meen het # tip4 +2 # tip5 +1 # why: Een eerlijk aanbod om te helpen, zonder een belofte die je niet kunt houden: zo begint een relatie.]
    "Ik ken zo direct niemand. Maar ik ga nadenken over wie ik ken. Echt." # speaker: you
    Dat zeggen ze allemaal. # speaker: sofie # mood: neutral
    Ze schrijft toch haar gsm-nummer op de achterkant van haar kaartje.
* [Beloof dat je tegen vrijdag een mecanicien voor haar vindt # tip4 +1 # tip5 -1 # why: Gul, maar een belofte die je niet kunt waarmaken, kost meer vertrouwen dan geen belofte.]
    "Tegen vrijdag heb ik een mecanicien voor je. Laat dat maar aan mij over." # speaker: you
    Tegen vrijdag. Ja. # speaker: sofie # mood: uneasy
* [Wissel kaartjes en zeg dat jullie contact houden # tip2 -1 # why: Het sluit het gesprek beleefd af, net op het punt waar het ergens naartoe kon gaan.]
    "We houden contact, hé." # speaker: you
    Je schuift je kaartje over tafel. Zij schuift het hare terug.
- Bram staat nog altijd bij het raam, alleen. Wim doet de ronde van tafel vier.
* [Ga naar Bram, die eruitziet alsof hij het liefst zou verdwijnen # tip2 +1 # tip4 +1 # why: Wie na een slechte pitch alleen staat, kun je helpen, en het wordt een tweede echt gesprek.]
    Je neemt afscheid van Sofie en steekt de zaal over.
    -> bram
* [Doe nog snel een rondje kaartjes voor iedereen vertrekt # tip2 -1 # why: Breedte op het laatste moment: vijf snelle kaartjes, en niemand weet nog welke van jou was.]
    In acht minuten haal je vijf kaartjes. Een bakker, een bank, twee consultants, iemands neef.
    ~ collected_cards = true
    -> leaving
* [Blijf bij Sofie en drink je koffie uit; één goed gesprek wint van drie halve # tip2 +1 # why: Diepte boven breedte: één gesprek dat echt aankomt, daar draait deze ochtend om.]
    Je blijft. Ze vertelt over de koerier die met een hond voor in zijn bakfiets rijdt. Je lacht meer dan de hele week.
    -> leaving

=== bram ===
~ met_bram = true
Bram ziet je komen en doet alsof hij iets belangrijks op zijn gsm leest.
Die wekker heeft mijn beste zin opgepeuzeld. Ik had een heel verhaal over die kelder. # speaker: bram # mood: uneasy
* [Vraag naar de kelder onder de kaaswinkel, het stuk dat hij niet kon afmaken # tip2 +2 # why: Precies oppikken waar de wekker hem afbrak, zegt hem dat er iemand echt luisterde.]
    "Allez, die kelder onder de kaaswinkel. Wat zat daar?" # speaker: you
    Hij fleurt op. Bakstenen gewelven, veertiende eeuw, en een houten balk met een jaartal in gekerfd. De toog maakte hij in eik, zodat hij bij de kelder zou passen.
    Winkeliers vragen me de hele tijd wie de belettering kan doen voor een oude gevel. Ik weet nooit wat ik moet zeggen. # speaker: bram # mood: pleased
    Nu wel. Jullie wisselen kaartjes, en deze keer betekent het iets.
* [Geef hem pitchtips: kortere zinnen, eindigen met een call to action # tip1 -1 # tip2 -1 # why: Je leert hem harder verkopen; wat hij nodig had, was iemand die luisterde.]
    "Kortere zinnen. En eindigen met een call to action: wat wil je dat ze doen?" # speaker: you
    Ja. Juist. Merci. # speaker: bram # mood: uneasy
    Hij schrijft call to action op een servetje. Je ziet dat hij zich slechter voelt.
    ~ met_bram = false
* [Zeg dat het goed was, wissel kaartjes en wens hem succes # tip2 -1 # why: Vriendelijk, maar een kaartjeswissel met de enige die graag had gepraat.]
    "Het was goed, echt. Hier is mijn kaartje. Veel succes ermee." # speaker: you
    Merci. U ook. # speaker: bram # mood: neutral
    ~ met_bram = false
- -> leaving

=== leaving ===
Half negen. Jassen gaan van de kapstok, tassen gaan terug op de plateaus. # sound: door
{ listened_sofie:
    -> aftermath
}
Sofie staat aan de kapstok en ritst haar fleece dicht, de fietsketting op haar rug.
* [Houd haar tegen en vraag wat haar nu het meest zou helpen # tip2 +1 # tip4 +1 # why: Een laatste echte vraag is meer waard dan haar kaartje in je zak.]
    "Sofie, voor je gaat. Wat zou je nu het meest helpen?" # speaker: you
    Ze blijft staan, één arm in haar mouw.
    Een mecanicien. Een ervaren mecanicien, voor de bakfietsen. Mijn Luc is in maart met pensioen gegaan. # speaker: sofie # mood: uneasy
    -> sofie_short
* [Laat haar gaan; je hebt haar kaartje, je kunt haar altijd mailen # tip2 -1 # why: Je kunt haar altijd mailen, en je doet het nooit, want je weet niet wat je moet zeggen.]
    Je laat haar gaan. Haar kaartje zit ergens in de stapel.
    -> aftermath

= sofie_short
* [Vraag wat een mecanicien moet hebben voor ze hem vertrouwt # tip2 +1 # tip4 +1 # why: Nog één vraag, en je weet wat ze echt nodig heeft, niet alleen wat ze mist.]
    "Wat moet hij hebben, voor je hem vertrouwt?" # speaker: you
    Iemand die een klant uitlegt wat er mis is zonder dat die zich dom voelt. # speaker: sofie # mood: interested
    Ze kijkt je een moment langer aan dan daarnet, en gaat.
    ~ listened_sofie = true
    ~ mem_contact_name = "Sofie Maes"
    ~ mem_contact_need = "mechanic"
* [Zeg dat je het nieuwe atelier wel belettert zodra het draait # tip1 -1 # tip5 -1 # why: Ze vertelt je net haar probleem; antwoorden met je product zegt haar dat je het niet hoorde.]
    "Als het atelier draait, bel me maar voor de belettering." # speaker: you
    Ik zal eraan denken. # speaker: sofie # mood: neutral
    ~ sales_moves += 1
- -> aftermath

=== aftermath ===
Kwart over negen, je atelier. De geur van vinyl en het zoemen van de snijplotter. # scene: office
Op je bureau: {collected_cards: een stapel naamkaartjes met een elastiekje errond|een paar naamkaartjes}, en het programma van vanochtend.
* [Schrijf op elk kaartje wat de persoon vertelde, nu je het nog weet # tip2 +1 # tip5 +1 # why: Wat mensen vertelden, heb je nodig om op te volgen; kaartjes alleen zijn maar namen.]
    Je neemt de kaartjes een voor een en schrijft op de achterkant.
    { listened_sofie:
        Op dat van Sofie, onderlijnd: mecanicien, bakfietsen, legt uit zonder dat mensen zich dom voelen.
    - else:
        Bij de meeste schrijf je een beroep en een vraagteken.
    }
* [Zet ze allemaal op je nieuwsbrief: twintig procent op belettering # tip1 -2 # tip5 -2 # why: Efficiënt, maar niemand vroeg erom; je eerste bericht aan hen is een verkoopmail.]
    Je tikt de adressen in je nieuwsbrieflijst en plant de lentepromotie in voor tien uur.
    ~ spammed = true
    ~ sales_moves += 2
* [Stuur wie je sprak een LinkedIn-uitnodiging met één persoonlijke zin # tip5 +1 # why: Een kort persoonlijk berichtje houdt de deur open zonder hun iets te vragen.]
    Je stuurt een handvol uitnodigingen, elk met één zin over waar jullie het over hadden.
- -> ending

=== ending ===
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
}
Wim stuurt je een bericht: een van zijn tien kaartjes heeft een afspraak gemaakt. Hij is in de wolken. # sound: message
Jij hebt een offerteaanvraag van een man die de goedkoopste sticker wil voor zijn camionette, en verder niets.
Op het volgende ontbijt zit Sofie aan een andere tafel. Niemand aan tafel drie herinnert zich je slagersraam; ze herinneren zich je korting. # ending: sales-breakfast
-> END

= two_conversations
Drie weken later een berichtje van Hilde: Sofie Maes heeft gevraagd om volgende maand met jou gekoppeld te worden voor de één-op-één koffie. # sound: message
En Bram stuurt je een bakker uit Lier met een gevel uit de vijftiende eeuw en helemaal geen uithangbord.
Je hebt vanochtend twee mensen ontmoet. Echt ontmoet. Ze zullen zich jou allebei herinneren, en jij weet precies wat elk van hen nodig heeft. # ending: two-conversations
-> END

= one_conversation
{ listened_sofie:
    Een week later denk je nog altijd aan bakfietsen, en aan een mecanicien die mensen zich niet dom laat voelen.
- else:
    Een week later stuurt Bram je een foto: de toog in de kaaswinkel, met een briefje. Merci om naar die kelder te vragen.
}
De rest van de ochtend is een waas van kaartjes. Maar één gesprek ging ergens naartoe, en één iemand in die zaal zal blij zijn je terug te zien. # ending: one-conversation
-> END

= stack_of_cards
De stapel op je bureau is dik en zegt je niets. Een bloemiste, of was dat de bakker?
De week erna mail je er een paar. Eén iemand antwoordt, hartelijk. Je weet niet meer wie ze was.
Je hebt vanochtend iedereen ontmoet, en niemand. # ending: stack-of-cards
-> END

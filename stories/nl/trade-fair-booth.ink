# title: De beursstand
# summary: Horeca Expo in Gent: een espressomachine op je stand en een target voor gescande badges. Een koper, een gratis-jager en een concurrent komen langs. Wanneer is verkopen de juiste zet, en hoe doe je het?
# main: tip1
# cast: ilse \| Ilse Van Acker \| je salesmanager bij Verhelst Espresso; eerlijk, steekt zelf de handen uit de mouwen, moet verantwoording afleggen aan een marketingafdeling die scans telt
# cast: freddy-aalst \| Freddy De Backer \| had achtendertig jaar een frituur in Aalst; gepensioneerd; doet elke beurs voor de gratis spullen en kent elke stand
# cast: tine \| Tine Van Hecke \| heeft een brasserie op de Markt in Lokeren; haar espressomachine is zondag gestorven; recht voor de raap, gehaast
# cast: stefaan \| Stefaan Lemmens \| verkoper bij Lavica, een concurrent in hal 3; negentien jaar beurzen; scherp, grappig, aan het vissen
# ending: stand-sale \| Verkocht op de stand
# ending: straight-answer \| Een eerlijk antwoord
# ending: across-the-aisle \| Teruggestuurd van over de gang
# ending: hall-three \| Gekocht in hal 3

// De eigen toestand van dit scenario; het leest en schrijft geen geheugen (niets hier zet een ander verhaal voort).
// tine_trust is hoe Tine je ziet: samen met wat je haar stuurde, bepaalt het waar ze haar machine koopt.
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
Maandag, halftien. Flanders Expo in Gent, dag twee van Horeca Expo. Op maandag zijn de restaurants dicht, dus vandaag komen de koks en de caféhouders: de dag waarvoor de stands gebouwd zijn. # scene: reception
Jouw firma, Verhelst Espresso, bouwt espressomachines in Roeselare en onderhoudt ze in heel Vlaanderen. Stand 2.114: een toog, drie machines, een molen die klinkt als een brommer, en een rek thermosbekers met het logo erop.
Ilse Van Acker, je salesmanager, klikt een badgescanner aan je lanyard. Hij piept als hij een badge leest.
Achttienduizend euro, deze stand. Marketing wil zestig scans per dag van elk van ons. Elke badge is een lead. # speaker: ilse # mood: neutral
Achteraan hangt een scherm met een rangschikking. Vorig jaar heeft Jelle daarmee een weekend in de Ardennen gewonnen. # speaker: ilse # mood: pleased
Om tien uur gaan de deuren open. # discuss: De firma telt scans. Wat ga jij vandaag tellen?
* [Ga voor de zestig: scan iedereen die blijft staan, en sorteer later # act: target # tip1 -2 # tip5 -1 # trust: ilse +1 # why: De firma heeft de stand betaald, en een scan kost een bezoeker niks; maar iedereen die voor een koffie blijft staan, wordt een lead voor je een woord met hem gewisseld hebt, en je zult de hele dag tellen in plaats van praten.]
    ~ scanning = true
    Je test de scanner op je eigen badge. Piep. Eén.
* [Zeg Ilse dat je scant wie iets van jullie wil horen, en dat je gesprekken telt # act: candour # tip1 +1 # tip5 +1 # trust: ilse -1 # why: Eerlijk over wat een beurs de moeite waard maakt, en je blijft naar mensen kijken; maar Ilse moet zich verantwoorden bij marketing, en je hebt haar maandag net wat moeilijker gemaakt.]
    "Ik scan wie iets van ons wil horen. Met de rest praat ik liever gewoon." # speaker: you
    Ilse kijkt je aan over haar bril. # mood: ilse uneasy
    Praat zoveel ge wilt. Marketing telt scans. # speaker: ilse # mood: neutral
* [Bel eerst het magazijn: wat is er op stock, en wat kan iemand nog voor Kerstmis krijgen? # act: prepare # tip1 -1 # tip4 +2 # why: Wie vandaag iets vraagt, krijgt een antwoord dat klopt, en zo help je een koper; het betekent ook dat je eerste halfuur aan de telefoon achteraan op de stand zit, niet in de gang.]
    ~ checked_stock = true
    Nadine van het magazijn moet niet eens kijken. Nieuwe machines met twee groepen: niks voor vijftien januari, de fabriek zit vol. De enige die je dit jaar nog kunt leveren, is de demomachine op deze stand, vrijdag, de dag nadat de beurs sluit.
    Je schrijft het op de rug van je hand. Ilse ziet het, en zegt niks.
- -> freddy

=== freddy ===
Om vijf over tien komt de eerste bezoeker recht op je toog af: een man van in de zeventig, met een dikke snor en vier volgepropte draagtassen van andere stands.
Goeiemorgen! Is die koffie gratis? En die bekers, zijn die ook gratis? # speaker: freddy-aalst # mood: pleased
Freddy De Backer. Achtendertig jaar frieten gebakken in Aalst, Frituur Freddy, naast het station. Twee jaar geleden verkocht. Nu doe ik de beurzen. # speaker: freddy-aalst # mood: pleased
Hij heft de tassen een voor een op: sauzen, schorten, een sleutelhanger in de vorm van een friteuse, drie soorten balpennen.
Achter hem tikt Ilse op haar scanner en trekt haar wenkbrauwen op. # discuss: Hij komt voor de gratis spullen, en zegt het ook. Wat is hij voor jou?
* [Zet hem een cappuccino en vraag wat er op de beurs veranderd is sinds zijn frituurtijd # act: open-question # tip1 +1 # tip2 +2 # trust: freddy-aalst +1 # why: Hij heeft achtendertig jaar in het vak gestaan, en de vraag behandelt hem zo; hij neemt ook alle tijd die je hem geeft, en de gang loopt vol.]
    ~ freddy_talked = true
    "Een cappuccino? En zeg eens: wat is hier veranderd sinds uw frituurtijd?" # speaker: you
    Alles! Vroeger kreegt ge op elke stand een jenever. Nu is 't havermelk. # speaker: freddy-aalst # mood: pleased
    Hij kent elke stand in elke hal: wie nieuw is, wie failliet is, wie de beste schorten weggeeft. Hij vertelt het je allemaal.
    En die lange in die grijze fleece, die al sinds tien uur zijn toerkes doet? Lavica, hal 3. Negentien jaar op deze beurs en nog altijd geen das. Hij is al twee keer langs uw stand gepasseerd. # speaker: freddy-aalst # mood: interested
* [Scan zijn badge terwijl de machine loopt, geef hem een beker, en draai je terug naar de gang # act: target # tip1 -1 # tip2 -1 # trust: ilse +1 # trust: freddy-aalst -1 # why: Snel, vriendelijk genoeg, en je teller gaat omhoog; hij krijgt een verkoopmailing over machines die hij nooit zal kopen, en hij zag je hem wegen.]
    ~ scanned_freddy = true
    Piep. "Alstublieft: een espresso en een beker. Nog een fijne beurs!" # speaker: you
    Hij kijkt naar de scanner, en dan naar jou. # mood: freddy-aalst neutral
    Gescand gelijk een zak patatten. Bon. Merci voor de beker. # speaker: freddy-aalst # mood: neutral
* [Geef hem met een glimlach zijn espresso en een beker, en wens hem een goeie beurs # act: exit # tip1 +2 # tip2 -1 # tip5 +1 # trust: freddy-aalst +1 # why: Hartelijk, snel en eerlijk: hij krijgt waarvoor hij kwam, en jij bent vrij voor de gang; je leert ook niks van een man die elke stand in het gebouw kent.]
    "Een espresso, en een beker voor de collectie. Nog een goeie beurs, Freddy." # speaker: you
    Dat noem ik service. # speaker: freddy-aalst # mood: pleased
    Hij knipoogt, en trekt richting de kaasstands. # leave: freddy-aalst
- -> tine_looks

=== tine_looks ===
{ freddy_talked:
    Freddy is halverwege het jaar dat zijn frituurolieleverancier failliet ging, als hij stopt, over je schouder kijkt en zijn tassen oppakt.
    Allez, ga maar. Ge hebt daar een echte. Ik ken die blik: ik had hem zelf in 1994. # speaker: freddy-aalst # mood: pleased
}
Een vrouw in een regenjas, met de witte kraag van een koksvest eronder, is blijven staan bij de machine met twee groepen aan het eind van de toog. Ze wil geen koffie. Ze bekijkt de zetgroepen, draait het stoomkraantje een kwartslag open, zakt door de knieën om het typeplaatje te lezen, en trekt er een foto van. # leave: freddy-aalst
Dan kijkt ze naar het prijskaartje, waarop "vraag het ons" staat, en fronst. # discuss: Ze bestudeert de machine, niet de gratis spullen. Wat doe je voor ze een woord gezegd heeft?
* [Ga ernaartoe en leg uit waar ze naar kijkt: twee groepen, een ketel van elf liter, een technieker binnen de vier uur # act: pitch # tip1 -2 # tip2 -1 # trust: tine -1 # why: Ze is duidelijk geïnteresseerd, en een goeie uitleg spaart haar het typeplaatje; maar ze heeft je nog niks gevraagd, en je maakt haar een toehoorder voor je weet wat ze nodig heeft.]
    ~ tine_trust -= 1
    Je geeft haar het hele verhaal, en je brengt het goed: de ketel, de groepen, de druk, de service binnen de vier uur. Je hebt het al driehonderd keer gedaan.
    Ik kan een typeplaatje lezen, hoor. # speaker: tine # mood: annoyed
    Ze zegt het zonder op te kijken. Dan komt ze recht.
* [Zeg goeiemorgen, en bied aan om er een espresso op te trekken, zodat ze proeft wat hij doet # act: small-talk # tip1 +1 # tip2 -1 # tip5 +1 # trust: tine +1 # why: Vriendelijk, en je laat de machine zelf spreken; maar ze kwam niet voor een koffie, en je weet nog altijd niet waarom ze hier staat.]
    ~ tine_trust += 1
    "Goeiemorgen. Zal ik er eentje op trekken? Dan weet je wat hij doet." # speaker: you
    Ze knikt, en drinkt hem rechtstaand op, in twee slokken, zoals iemand die veel espresso drinkt.
    Niet slecht. # speaker: tine # mood: neutral
* [Vraag haar wat ze zoekt in een machine # act: open-question # tip1 +1 # tip2 +1 # tip4 +1 # trust: tine +1 # why: Een vraag over wat zij nodig heeft, niet over jouw machine, laat haar vertellen waarom ze hier is; het is ook de vraag die elke stand in de hal haar vanmorgen al gesteld heeft.]
    ~ tine_trust += 1
    "Wat zoek je in een machine?" # speaker: you
    Ze komt recht. # mood: tine neutral
    Eentje die het niet begeeft. # speaker: tine # mood: neutral
* [Vraag meteen of ze een machine vervangt, en wat haar budget is # act: qualify # tip1 -1 # tip5 -1 # why: Het spaart jullie allebei tijd als ze alleen maar kijkt; het deelt haar ook in bij kopers of kijkers voor ze goeiedag gezegd heeft.]
    "Een machine aan het vervangen? Over welk budget spreken we?" # speaker: you
    Ze kijkt je een seconde aan. # mood: tine uneasy
    Budget. Juist. # speaker: tine # mood: neutral
- -> her_story

=== her_story ===
Tine Van Hecke. Brasserie 't Pleintje, op de Markt in Lokeren. # speaker: tine # mood: neutral
Mijn machine is zondag gestorven, midden in de middagservice. Tweeëntwintig jaar oud; de ketel. De technieker zegt dat herstellen niet meer loont, en hij heeft gelijk. # speaker: tine # mood: uneasy
Nu zet ik espresso op de machine van mijn zus, van thuis, tas per tas. En op zes december begint de kerstmarkt op de Markt, recht voor mijn deur: vierhonderd koffies per dag, als ik ze kan maken. # speaker: tine # mood: annoyed
Ze tikt op de machine.
Dus. Wat kost deze, geïnstalleerd, en kan hij voor de zesde op mijn toog staan? # speaker: tine # mood: neutral # discuss: Ze vraagt een prijs en een datum. Is dit het moment om te verkopen, en hoe?
* [Antwoord haar gewoon: de prijs geïnstalleerd, de vroegste datum die je kunt geven, wat het onderhoud dekt en wat niet # act: pitch # asked: yes # tip1 +1 # tip2 +1 # tip5 +1 # trust: tine +2 # why: Ze stelde een kopersvraag, dus een duidelijk aanbod is het respectvolle antwoord, geen pitch die je haar opdringt; het legt wel je prijs op tafel voor je weet bij wie ze nog langsgaat.]
    ~ quoted = true
    ~ tine_trust += 2
    { checked_stock:
        "Achtduizend negenhonderd, geïnstalleerd, met een jaar onderhoud: een technieker binnen de vier uur, ook op zondag. Ontkalken doe je zelf. Een nieuwe kan ik je niet bezorgen voor vijftien januari. Maar deze hier, de demomachine, kan vrijdag op je toog staan: vierenzeventighonderd, volledige garantie." # speaker: you
        Ze kijkt naar de machine alsof die zich net heeft voorgesteld. # mood: tine interested
        Deze hier. Kijk aan. # speaker: tine # mood: interested
    - else:
        ~ wrong_date = true
        "Achtduizend negenhonderd, geïnstalleerd, met een jaar onderhoud: een technieker binnen de vier uur, ook op zondag. Ontkalken doe je zelf. Levering is normaal twee weken, dus voor de zesde lukt dat." # speaker: you
        Twee weken is wat de prijslijst vorige lente zei. Wat hij deze week zegt, weet je niet, en zij vraagt het niet.
        Twee weken. Goed. # speaker: tine # mood: interested
    }
    Om elf uur ga ik naar Lavica, in hal 3. Dan beslis ik. # speaker: tine # mood: neutral
* [Sluit het nu af: vijftien procent beurskorting als ze vandaag op de stand tekent # act: pitch # asked: yes # tip1 -1 # tip5 -2 # trust: tine -1 # trust: ilse +2 # why: Ze is gehaast en vroeg een prijs, dus een scherpe deal ter plekke lijkt service, en het werkt; maar een deadline midden in haar noodgeval is druk, en ze zal weten dat het druk was.]
    ~ signed_today = true
    ~ tine_trust -= 1
    "Achtduizend negenhonderd geïnstalleerd. Maar als je vandaag tekent, hier op de stand, is het vijftien procent minder. De beursprijs stopt als de beurs stopt." # speaker: you
    Vandaag? # speaker: tine # mood: uneasy
    Je knikt naar de bestelbon. Ilse staat er al, een balpen in de hand en de stocklijst in haar hoofd: de demomachine, vrijdag.
    Tine leest de bon twee keer, kijkt op haar horloge, zucht, en tekent. # mood: tine uneasy
    Ilse slaat op het koperen belletje op de toog. Twee mensen in de gang applaudisseren zonder te weten waarom. # sound: applause
* [Vraag eerst naar haar brasserie: hoeveel couverts, hoeveel personeel, wie er achter de machine staat # act: follow-thread # tip1 -1 # tip2 +2 # trust: tine -1 # why: Als je haar zaak kent, is je advies beter; maar ze stelde je een rechtstreekse vraag, en een vragenlijst als antwoord voelt als een verkooptechniek.]
    ~ tine_trust -= 1
    "Voor ik je een prijs geef: hoeveel couverts doe je? Wie zet de koffie, jij of je personeel?" # speaker: you
    Zestig couverts, drie man personeel, en ik zet de koffie. En de prijs? # speaker: tine # mood: annoyed
    Je begint eraan, en haar gsm gaat. Ze luistert, zegt "ik kom", en neemt een folder.
    Lavica, hal 3, om elf uur. Ik bekijk dit wel op de trein. # speaker: tine # mood: neutral
* [Geef haar de folder en de prijslijst, en laat haar er rustig over nadenken, zonder dat iemand duwt # act: say-what-you-do # tip1 +1 # tip2 -1 # trust: tine -1 # why: Helemaal geen druk, en dat voelt respectvol; maar ze stelde je twee vragen, kreeg een folder, en heeft drie weken en geen machine.]
    ~ tine_trust -= 1
    Je geeft haar de folder met de prijslijst erin. "Neem je tijd. Alles staat erin." # speaker: you
    Ze slaat de prijslijst open, dan de achterkant, op zoek naar een leverdatum die er niet staat.
    Juist. Merci. Om elf uur ga ik naar Lavica. # speaker: tine # mood: neutral
- -> her_card

=== her_card ===
{ signed_today:
    Ze plooit haar kopie van de bestelbon in haar tas, en geeft je haar kaartje.
- else:
    Ze geeft je haar kaartje, al half naar de gang gedraaid.
}
Tine Van Hecke, 't Pleintje, Markt, Lokeren. De gang achter haar zit nu vol, en aan je toog staan twee mensen te wachten. # discuss: Ze vertrekt van je stand. Wat doe je met haar kaartje, en met wat ze je vertelde?
* {not signed_today} [Beloof haar tegen acht uur vanavond een schriftelijke offerte, met een leverdatum die je nagekeken hebt # act: promise # tip4 +1 # tip5 +1 # trust: tine +1 # why: Een concrete belofte geeft haar wat ze nodig heeft om vanavond te beslissen, en een reden om van je te horen; het telt pas als opvolging als je ze nakomt.]
    ~ promised_quote = true
    ~ tine_trust += 1
    "Je hebt het tegen acht uur vanavond op papier: de prijs, een datum die ik nagekeken heb, wat er in het onderhoud zit. Dan kun je eerlijk vergelijken." # speaker: you
    Acht uur. Ik hou je eraan. # speaker: tine # mood: neutral
* [Schrijf op de achterkant van haar kaartje wat ze je vertelde: zondag, de ketel, de kerstmarkt, vierhonderd per dag # act: keep-notes # tip2 +1 # tip3 +1 # tip5 +1 # why: Wat ze je vertelde, is waarop je zult opvolgen, en tegen vanavond was je de helft vergeten; maar ze wandelt weg zonder volgende stap.]
    Ze is weg voor je klaar bent met schrijven. Op de achterkant van het kaartje: "Zondag, ketel, 22 j. Kerstmarkt 6/12. 400/dag. Machine van de zus."
* [Scan haar badge: de opvolging van marketing stuurt haar vanavond alles # act: target # tip1 -1 # tip3 -1 # trust: tine -1 # trust: ilse +1 # why: Snel, het telt, en ze heeft vanavond mail; maar wat ze krijgt, is dezelfde mailing als iedereen die voor een koffie bleef staan, geen antwoord op haar vragen.]
    ~ tine_trust -= 1
    Piep. Ze kijkt hoe de scanner haar badge leest, en zegt niks.
* [Geef haar je eigen kaartje met je gsm-nummer erop: "Bel mij, niet de centrale" # act: swap-cards # tip1 +1 # tip2 -1 # tip5 +1 # trust: tine +1 # why: Een rechtstreekse lijn is wat iemand met een kapotte machine wil; het laat de volgende stap ook aan haar over, en ze heeft nog drie stands te doen.]
    ~ tine_trust += 1
    "Mijn gsm staat erop. Bel mij, niet de centrale." # speaker: you
    Ze steekt het in de zak van haar jas, niet in de tas met de folders.
- -> stefaan

=== stefaan ===
Halfeen: de middagstilte. De gang loopt leeg richting de foodcourt. # leave: tine
Een man in een grijze fleece, een jaar of veertig, badge omgedraaid tegen zijn borst, leunt op je toog. Hij is vanmorgen al twee keer gepasseerd.
Schone machine. Wat is uw levertermijn op de twee groepen, tegenwoordig? En de marge, als een café via een groothandel koopt? # speaker: stefaan # mood: interested
Uw onderhoudscontract, per maand? En in Limburg, zijn dat uw eigen techniekers of een onderaannemer? # speaker: stefaan # mood: interested
{ freddy_talked:
    Een grijze fleece. Freddy's stem in je hoofd: negentien jaar op deze beurs en nog altijd geen das.
}
Het zijn allemaal kopersvragen. Geen enkele gaat over een café. # discuss: Hij stelt elke kopersvraag, en geen enkele over zijn eigen zaak. Wie is hij voor jou, en hoe behandel je hem?
* [Hij stelt precies de juiste vragen: geef hem de volledige demo en de prijslijst # act: pitch # tip1 -2 # tip2 -1 # trust: stefaan +1 # why: Elke vraag is een koopsignaal, en een goeie verkoper antwoordt op koopsignalen; maar geen enkele ging over zijn café, omdat hij er geen heeft.]
    ~ gave_prices = true
    Je doet de volledige demo. Hij plooit de prijslijst in zijn fleece. # mood: stefaan pleased
    Heel volledig. Merci. # speaker: stefaan # mood: pleased
    Als hij weg is, komt Ilse van achteren. # mood: ilse annoyed # leave: stefaan
    Stefaan Lemmens. Lavica. Die doet deze beurs al negentien jaar, en ge hebt hem net onze groothandelsmarges gegeven. # speaker: ilse # mood: annoyed
* [Vraag hem naar zijn café: waar zou de machine staan, en hoe druk is het er? # act: open-question # tip1 +1 # tip2 +2 # trust: stefaan +1 # why: Een echte vraag toont meteen of er een echt café is, en ze laat hem eerlijk worden zonder gezichtsverlies; ze geeft een concurrent ook tien minuten extra aan je toog.]
    "Vertel eens over je zaak. Waar zou hij staan? Hoe druk zijn je ochtenden?" # speaker: you
    Hij doet zijn mond open, weer dicht, en lacht. # mood: stefaan pleased
    Eerlijk is eerlijk. # speaker: stefaan # mood: pleased
    Hij draait zijn badge om: Stefaan Lemmens, Lavica, hal 3.
    Negentien jaar, en de nieuwe trappen er nog altijd de helft van de keren in. # speaker: stefaan # mood: pleased
    Hij blijft toch nog tien minuten, en vertelt je welke groothandels te laat betalen.
* [Vraag hem met een glimlach in welke hal hij staat # act: candour # tip1 +2 # tip2 -1 # tip5 +1 # trust: stefaan +1 # why: Het spel licht benoemen stopt het vissen zonder scène, en hij respecteert dat; het beëindigt ook het gesprek voor het er een was.]
    "In welke hal staat gij dan?" # speaker: you
    Hij lacht en draait zijn badge om: Stefaan Lemmens, Lavica, hal 3. # mood: stefaan pleased
    Proberen kost niks. Tot om zes uur aan de toog. # speaker: stefaan # mood: pleased
* [Zeg, voor het geval hij Lavica overweegt, hoe vaak hun pompen het begeven # act: pitch # tip1 -2 # tip5 -2 # trust: stefaan -2 # why: Als hij is wie je denkt dat hij is, voelt het als een punt gescoord; een concurrent afbreken is nog altijd een pitch, en deze wandelt rechtstreeks terug naar hal 3.]
    ~ dug = true
    "Als ge aan het vergelijken zijt: vraag bij Lavica eens hoe vaak hun pompen kapot gaan. De helft van onze nieuwe klanten komt van daar." # speaker: you
    Is dat zo. # speaker: stefaan # mood: annoyed
    Hij komt recht, draait zijn badge om, Lavica, hal 3, en wandelt zonder een woord weg. # leave: stefaan
- -> bar

=== bar ===
Zes uur. De hallen sluiten, en de exposantenbar achter hal 2 loopt vol met mensen in polo's van hun firma, allemaal met zere voeten. # scene: cafe # sound: glasses
{ dug:
    Stefaan komt toch naar je toe, een pint in zijn hand en geen voor jou.
    Onze pompen zijn in orde, trouwens. # speaker: stefaan # mood: annoyed
- else:
    Stefaan komt naar je toe met twee pinten en zet er een voor je neer.
}
{ signed_today:
    Uw brasseriedame uit Lokeren heeft haar afspraak van elf uur bij ons afgezegd. Getekend op uw stand, hoor ik. Vijftien procent? # speaker: stefaan # mood: neutral
- else:
    Uw brasseriedame uit Lokeren is om elf uur bij ons geweest. Wij hebben niks nieuws voor januari. Dat heb ik haar gezegd. # speaker: stefaan # mood: neutral
}
Negentien jaar doe ik dit. De helft van mijn klanten kwam omdat iemand anders niet kon leveren. En wie ik niet kon helpen, heb ik ergens anders naartoe gestuurd. # speaker: stefaan # mood: neutral
Aan het tafeltje ernaast kijkt Ilse hoe jij een pint drinkt met Lavica. # discuss: Een concurrent aan de toog, en hij is vriendelijk. Is hij een rivaal, een collega, of allebei?
* [Vraag hem hoe negentien jaar beurzen hem bevallen zijn, en luister # act: open-question # tip1 +1 # tip2 +2 # trust: stefaan +1 # trust: ilse -1 # why: Dezelfde gangen, dezelfde zere voeten: een concurrent is ook iemand uit je vak, en een echt gesprek met hem is de moeite; Ilse ziet je lachen met Lavica, en ze zal ernaar vragen.]
    ~ stefaan_friend = true
    Hij vertelt over de beurs van 2009, toen het dak lekte op zijn espressomachines, en over zijn dochter, die barista wil worden, God betere het.
* [Stel hem een deal voor: jij stuurt hem de klanten die jij niet kunt helpen, hij stuurt jou wie hij niet kan leveren # act: offer-help # tip1 -1 # tip4 +2 # tip5 +1 # trust: stefaan +2 # trust: ilse -1 # why: Wie geeft, krijgt terug, zelfs tussen concurrenten, en de klanten worden geholpen; maar je hebt een zakelijke afspraak gemaakt bij een pint, en het is evengoed een ruil als een vriendelijkheid.]
    ~ stefaan_friend = true
    Hij denkt erover na, en klinkt dan met zijn glas tegen het jouwe. # mood: stefaan pleased
    Afgesproken. Wij doen machines met één groep, en verhuur; gij niet. Gij hebt stock; wij niet. # speaker: stefaan # mood: pleased
* [Hou het beleefd en kort, en ga terug naar je eigen collega's # act: exit # tip1 +1 # tip2 -1 # tip5 -1 # trust: stefaan -1 # why: Hij is de concurrentie en Ilse kijkt mee; maar een man die al negentien jaar op deze beurs staat, kent iedereen die jij zou willen kennen.]
    "Merci voor de pint. Ik ga eens terug naar mijn bende." # speaker: you
    Doe maar. # speaker: stefaan # mood: neutral
* [Vraag hem wat Lokeren bij Lavica gevraagd heeft, en wat ze haar geofferd hebben # act: qualify # tip1 -2 # tip5 -1 # trust: stefaan -1 # why: Het zou helpen te weten waar je tegenop moet boksen, en misschien zegt hij het; een concurrent vragen om de offerte van een klant te lekken, vertelt hem precies hoe jij met de zijne zou omgaan.]
    "Wat hebt ge haar geofferd, dan? Ongeveer." # speaker: you
    Hij zet zijn glas neer. # mood: stefaan annoyed
    Wat mijn klanten tegen mij zeggen, vertel ik aan u niet. Ge zoudt hetzelfde willen voor de uwe. # speaker: stefaan # mood: annoyed
- -> evening

=== evening ===
Halfacht. Je hebt een rustig tafeltje gevonden in een hoek van de bar, laptop open, een koud pak frieten van de foodcourt ernaast. # leave: stefaan
{
    - signed_today:
        Tines bestelling moet vanavond nog bevestigd worden. Ilse leunt over de rugleuning van je stoel.
        Zet de melkkoeler en de tweede molen erbij, aan beursprijs, tot donderdag. Ze is een koper. Kopers kopen twee keer. # speaker: ilse # mood: interested # discuss: Ze heeft getekend. Wat zet je in de bevestiging, en wat laat je eruit?
    - promised_quote && wrong_date:
        Ilse leest de offerte over je schouder mee en stopt bij de leverdatum. # mood: ilse uneasy
        Twee weken? Waar hebt ge dat gehaald? Er is niks nieuws voor vijftien januari. Alleen de demomachine, vrijdag. # speaker: ilse # mood: uneasy
        Je zei Tine twee weken. Je beloofde haar de offerte tegen acht uur. # discuss: De datum die je haar gaf, klopt niet, en de offerte moet er om acht uur zijn. Wat stuur je?
    - promised_quote:
        Tines offerte moet er om acht uur zijn. Ilse heeft de catalogus en de beursprijzen van deze week naast je frieten gelegd. # discuss: Je beloofde haar vanavond een offerte. Wat zet je erin, en wat laat je eruit?
    - else:
        Om acht uur vertrekt de mailing van marketing naar elke badge die vandaag gescand is: "Bedankt voor uw bezoek! Onze beursprijs loopt tot donderdag."
        { wrong_date:
            Ilse, die je notities leest: Twee weken? Er is niks nieuws voor januari. Alleen de demomachine, vrijdag. # speaker: ilse # mood: uneasy
        }
        Tines kaartje ligt naast je laptop. Je hebt haar niks beloofd. # discuss: Je beloofde haar niks. Ben je haar vanavond toch iets verschuldigd?
}
* {signed_today} [Bevestig de bestelling: het leveringsmoment vrijdag, het gsm-nummer van de technieker, een bedankje. Verder niks # act: follow-up # tip3 +2 # tip5 +1 # trust: tine +1 # why: Een propere bevestiging met alles wat ze nodig heeft en niks waar ze niet om vroeg; de beurskorting die je haar opdrong, blijft wel wat ze was.]
    ~ tine_trust += 1
    "Vrijdag tussen acht en tien installeert Kenny hem. Zijn gsm-nummer staat hieronder, ook op zondag. Bedankt, en veel succes met de kerstmarkt."
* {signed_today} [Zet het aanbod van Ilse erbij: de melkkoeler en de tweede molen aan beursprijs, tot donderdag # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: tine -1 # trust: ilse +1 # why: Ze is een koper, en de koeler zou haar helpen op de kerstmarkt; maar ze tekende vanmorgen onder een deadline, en nu heeft de bevestiging er een nieuwe.]
    ~ upsold = true
    ~ tine_trust -= 1
    Je zet de koeler en de molen erbij, "aan beursprijs tot donderdag". Om elf uur 's avonds bestelt ze de koeler, zonder een woord.
* {signed_today} [Schrijf haar dat de beursprijs blijft staan als ze een paar dagen wil nadenken, en dat ze tot vrijdag kosteloos kan annuleren # act: repair # tip1 +1 # tip3 +1 # tip5 +2 # trust: tine +2 # trust: ilse -2 # why: Het neemt de deadline terug die je tegen haar gebruikte, en ze zal weten dat jij dat deed; Ilse ziet een getekende bestelling terug op tafel gelegd worden.]
    ~ released = true
    ~ tine_trust += 2
    "Geen haast van mijn kant, eigenlijk: de beursprijs blijft staan als je een dag of twee wilt, en tot vrijdagochtend kun je kosteloos annuleren." # speaker: you
    Ilse leest het over je schouder mee en blaast door haar neus. # mood: ilse annoyed
    Om tien uur antwoordt Tine: "Ik hou hem. Merci voor de uitweg. T."
* {promised_quote && wrong_date} [Stuur hem om acht uur, met de waarheid: een nieuwe op vijftien januari, of de demomachine vrijdag # act: keep-promise # tip3 +2 # tip5 +2 # trust: tine +1 # why: Een belofte op tijd nagekomen, en een fout rechtgezet voor ze haar iets kost; het zegt haar ook dat je eerste antwoord fout was.]
    ~ quote_ok = true
    ~ tine_trust += 1
    "Vanmorgen zei ik twee weken. Dat was fout: de fabriek zit vol tot januari. Wat ik wel kan doen, is de demomachine die je zag, vrijdag, aan vierenzeventighonderd met volledige garantie. Of een nieuwe op vijftien januari. Sorry voor de verwarring."
* {promised_quote && wrong_date} [Stuur de offerte met de twee weken erin: morgen regel je de levering wel met het magazijn # act: smooth-over # tip3 -1 # tip5 -2 # why: Je houdt je woord over het uur, en de verkoop blijft leven; de datum erin is er een waarvan je nu weet dat hij niet klopt, en zij plant er een kerstmarkt rond.]
    ~ smoothed = true
    Je stuurt hem om vijf voor acht, met "levering: binnen de twee weken". Morgen is er nog een dag.
* {promised_quote && wrong_date} [Bel morgenvroeg het magazijn, en stuur de offerte dan, met een datum die je zelf nagekeken hebt # act: keep-promise # timing: late # tip3 +1 # tip5 -1 # why: De offerte zal kloppen; maar ze beslist vanavond, en wat ze om acht uur heeft, is de offerte van Lavica en jouw stilte.]
    ~ quote_late = true
    Je stuurt hem de volgende ochtend om halftien, met de demomachine en de datum in januari, en een excuus voor de vertraging.
* {promised_quote && not wrong_date} [Stuur hem om acht uur: prijs, datum, wat het onderhoud dekt en wat niet. Verder niks # act: keep-promise # tip3 +2 # tip5 +1 # trust: tine +1 # why: Een belofte op tijd nagekomen, en alleen waar ze om vroeg; het is sober, en de offerte van een ander blinkt misschien meer.]
    ~ quote_ok = true
    ~ tine_trust += 1
    Vijf regels en een pdf. Je stuurt hem om tien voor acht.
* {promised_quote && not wrong_date} [Stuur hem met de hele catalogus en de beursprijs, "geldig tot donderdag" # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: tine -1 # trust: ilse +1 # why: Meer om uit te kiezen en een reden om snel te beslissen; maar ze vroeg één prijs en één datum, en je stuurt er een deadline bij.]
    ~ pushy_quote = true
    ~ tine_trust -= 1
    De offerte, de catalogus, en "beursprijs geldig tot donderdag" in het vet. Ilse knikt naar het scherm.
* {promised_quote && not wrong_date} [Stuur hem liever morgenvroeg, als je hem deftig kunt schrijven # act: keep-promise # timing: late # tip3 +1 # tip5 -1 # why: Een betere offerte na een nacht slapen; maar je zei acht uur, ze beslist vanavond, en een belofte die te laat komt, leest als een vergeten belofte.]
    ~ quote_late = true
    Je stuurt hem de volgende ochtend om halftien, netter dan hij gisteren geweest was, en twaalf uur te laat.
* {not signed_today && not promised_quote} [Schrijf haar zelf: het antwoord op haar vraag, een prijs, een datum die klopt, en verder niks # act: pitch # asked: yes # tip1 +1 # tip5 +1 # trust: tine +1 # why: Ze vroeg je een prijs en een datum, en antwoorden is niet duwen; maar ze heeft je niet gevraagd om te schrijven, en vanavond krijgt ze twee mails van je firma.]
    ~ quote_ok = true
    ~ tine_trust += 1
    { wrong_date:
        "Vanmorgen zei ik twee weken. Dat klopte niet: nieuwe komen in januari. De demomachine die je zag, kan vrijdag bij je staan, aan vierenzeventighonderd, volledige garantie. Dat is alles, je hoeft niet te antwoorden."
    - else:
        "Je vroeg wat hij kost en of hij er voor de zesde kan zijn: achtduizend negenhonderd geïnstalleerd, en ja, de demomachine vrijdag, aan vierenzeventighonderd. Dat is alles, je hoeft niet te antwoorden."
    }
* {not signed_today && not promised_quote} [Laat het: ze heeft wat ze nodig heeft, en als ze je wil, belt ze wel # act: wait # tip1 +1 # tip3 -1 # why: Haar niet achternazitten is het omgekeerde van hard verkopen; het laat haar vraag ook onbeantwoord, met een kerstmarkt binnen drie weken.]
    Je klapt de laptop dicht en eet je frieten op.
* {not signed_today && not promised_quote} [Stuur haar de mailing van marketing door met een persoonlijke regel: "De beursprijs, speciaal voor jou, tot donderdag" # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: tine -1 # why: Het is persoonlijk en het is een goeie prijs; het is ook een deadlinemail, en ze kreeg dezelfde een uur geleden.]
    ~ pushy_quote = true
    ~ tine_trust -= 1
    "Speciaal voor jou." Je stuurt hem om tien over acht. Ze opende de eerste om vijf over.
- -> monday

=== monday ===
De maandag na de beurs. De verkoopvergadering in Roeselare, met koffiekoeken. # scene: office
Op het scherm: de rangschikking van marketing. { scanning: Je staat tweede, met tweehonderdeenendertig scans. Jelle heeft de Ardennen weer gewonnen. | Je staat voorlaatste, met achtendertig scans. Jelle heeft de Ardennen weer gewonnen. }
Marketing heeft de opvolgmailing klaar voor elke badge die op de beurs gescand is: "Bedankt voor uw bezoek. Goed nieuws: de beursprijs loopt nu tot het einde van de maand!" # speaker: ilse # mood: neutral
{ scanned_freddy:
    Freddy De Backer staat er ook op. Ilse scrolt voorbij hem: gepensioneerd, frituur, Aalst.
}
Iedereen zet er tegen woensdag zijn eigen contacten bij. # speaker: ilse # mood: neutral # discuss: Elke badge die je scande, krijgt straks dezelfde verkoopmail. Wat doe je met je lijst?
* [Zet al je contacten erbij: daar waren de scans toch voor # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: ilse +1 # why: Het is de werkwijze van de firma, en sommigen zullen kopen; maar een verkoopmail naar mensen die voor een koffie bleven staan, is opvolging die verkoopt, en wie je echt sprak, krijgt hem ook.]
    Je zet ze er allemaal bij. Woensdag vertrekt de mailing naar elfhonderd mensen.
    { scanned_freddy:
        Freddy schrijft zich binnen het uur uit, met een opmerking in het vakje: "Ik had een frituur, geen café."
    }
* [Hou de mensen die je echt sprak erbuiten, en schrijf hen zelf, zonder iets te verkopen # act: follow-up # tip3 +2 # tip5 +1 # trust: ilse -1 # why: Een persoonlijk woord aan de paar mensen die je ontmoette, daar is opvolging voor; het is trager, en de werkwijze van Ilse heeft nu gaten.]
    Je haalt er een handvol namen uit, en schrijft elk een paar regels: een groothandel uit Zelzate die jullie ontkalker wil verkopen, een koppel uit Deinze dat in de lente een bakkerij met koffiehoek opent.
    { freddy_talked:
        En een aan Freddy, met een foto van een prijslijst voor frituurolie uit 1994 die je online vond. Hij antwoordt in hoofdletters: "WAAR HEBT GE DA GEVONDEN."
    }
* [Zeg Ilse eerlijk wat de scans je opbrachten: een paar gesprekken, en een daarvan met Lavica # act: candour # tip1 +1 # tip2 +1 # tip3 -1 # tip5 +1 # trust: ilse +1 # why: Je manager krijgt de waarheid over wat de stand opbracht, en volgend jaar kan ze daar iets mee; niemand die je ontmoette, hoort er iets door van je.]
    "Eerlijk? De meeste van mijn scans waren koffie. Wat de beurs mij opbracht, was een handvol gesprekken." # speaker: you
    Ilse schrijft iets in haar notitieboekje, onderstreept het, en zegt niet wat. # mood: ilse neutral
    Zet dat in een mail. Marketing gaat het niet graag lezen. Stuur hem toch. # speaker: ilse # mood: neutral
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
    Dinsdag gaat je gsm. Tine Van Hecke. # sound: phone-ring
    Uw vriend van Lavica zegt dat gij een machine op uw stand hebt die hier vrijdag kan staan. Ik moest naar u vragen, zei hij. Staat hij er nog? # speaker: tine # mood: neutral # via: phone
    Hij staat er nog. Vrijdag rij je hem zelf naar Lokeren.
}
Vrijdag, de Markt in Lokeren. Buiten gaan de houten kerstchalets recht. Binnen in 't Pleintje sluit Kenny van de servicedienst de machine aan, en Tine trekt haar eerste veertig espresso's nog voor de middagservice. # scene: cafe
Ze zet er een voor je neer, van het huis. Dan: # mood: tine pleased
Nog één ding. Voor de kerstmarkt wil ik buiten een standje met een tweede machine. Alleen voor die vier weken. Verhuren jullie die? # speaker: tine # mood: interested
Verhelst verhuurt niet. Lavica wel. # discuss: Ze stelt een tweede kopersvraag, en je firma heeft niet wat ze nodig heeft. Wat is het eerlijke antwoord?
* [Zeg haar gewoon dat jullie niet verhuren, en geef haar het nummer van Stefaan Lemmens: Lavica doet dat wel # act: introduce # tip3 +1 # tip4 +2 # tip5 +1 # trust: tine +1 # trust: stefaan +1 # why: Het juiste antwoord voor haar standje, ook al stuurt het haar naar een rivaal; je hebt ook net een machine van de concurrent naast de jouwe op haar terras gezet.]
    "Wij verhuren niet. Lavica wel, per maand. Vraag naar Stefaan Lemmens, en zeg dat ik je stuur." # speaker: you
    { bought == "aisle":
        Ze lacht. # mood: tine pleased
        Gij twee weer. # speaker: tine # mood: pleased
    }
    { dug:
        Je denkt aan de pompen, en aan hoe hij wegwandelde. Je geeft haar het nummer toch.
    }
* [Verkoop haar een tweede machine aan een goeie prijs: volgende kerst heeft ze hem weer nodig # act: pitch # asked: yes # tip1 +1 # tip4 -1 # tip5 -1 # trust: ilse +1 # why: Ze vroeg het, en een eerlijk aanbod is een gewoon antwoord; maar ze vroeg om vier weken te huren, en jij antwoordt met een tweede machine die elf maanden in de kelder zal staan.]
    "Wij verhuren niet, maar ik kan je een tweede aan een goeie prijs geven. Volgende kerst ben je er blij mee." # speaker: you
    Ze denkt er langer over na dan je zou willen. # mood: tine uneasy
    Stuur me een prijs. # speaker: tine # mood: neutral
* [Leen haar de tweede demomachine van de stand voor die vier weken, gratis, als ze het onderhoudscontract voor vijf jaar tekent # act: pitch # asked: yes # tip1 -1 # tip5 -2 # trust: tine -1 # why: Het lost haar standje op, vandaag, voor niks; de prijs is vijf jaar onderhoud vastgeknoopt aan een gunst, en ze leest de kleine letters.]
    "Ik leen je er een voor de kerstmarkt, gratis. Ik heb alleen je handtekening nodig onder het onderhoudsplan van vijf jaar." # speaker: you
    Ze leest het contract aan de toog, traag, terwijl buiten de chalets rechtgaan. # mood: tine uneasy
    Goed. # speaker: tine # mood: neutral
- -> epilogue

=== december ===
Zes december. Op Instagram post 't Pleintje een foto van zijn standje op de kerstmarkt: een gehuurde Lavica-machine, een rij tot over de Markt, en Tine met een kerstmuts, zonder glimlach. # scene: office # sound: message
{ smoothed:
    Twee dagen na je offerte zei het magazijn je wat Ilse al gezegd had: januari. Je belde Tine. Ze annuleerde dezelfde namiddag, beleefd, en huurde bij Lavica tot haar nieuwe machine er is.
- else:
    Ze is nooit bij je teruggekomen. Lavica verhuurde haar een machine voor de kerstmarkt; na Nieuwjaar kiest ze.
}
Je kijkt een tijdje naar de foto. # discuss: Ze kocht elders. Wat stuur je haar nu, als je al iets stuurt?
* [Stuur haar een kort berichtje: veel succes met de kerstmarkt, en verder niks # act: follow-up # tip3 +1 # tip5 +1 # trust: tine +1 # why: Een woordje waar niks voor jou in zit, houdt de deur open; ze kan het ook lezen als een verkoper die niet kan loslaten.]
    "De rij gezien. Veel succes met de kerstmarkt, en met de kerstmuts." Ze antwoordt met een duimpje, en een uur later: "Merci. Echt."
* [Stuur haar het januariaanbod: nieuwe machines op stock, en de beursprijs verlengd, voor als haar huur afloopt # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: tine -1 # why: Haar huur loopt inderdaad af, en de timing is goed voor een verkoop; maar het eerste wat ze van je krijgt nadat ze iemand anders koos, is een aanbod.]
    Je stuurt het, met de stockdatum in het vet. Dezelfde namiddag staat het op gelezen.
* [Laat het: ze heeft gekozen, en alles wat je nu stuurt, leest als een verkoopmail # act: wait # tip1 +1 # tip3 -1 # why: Een verloren verkoop niet achternazitten is eerlijk en respectvol; het betekent ook dat het laatste wat ze van je hoorde, over een machine ging.]
    Je liket de foto, en laat het daarbij.
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
Verkocht op de stand, in elf minuten. Ilse sloeg op het belletje, en je naam ging omhoog op het scherm achteraan.
{ released:
    Je gaf Tine die avond de uitweg, en ze nam hem niet. Ze houdt de machine, en ze houdt je nummer.
- else:
    { upsold:
        Ze kocht die avond ook de melkkoeler, onder zijn eigen deadline. In januari zegt ze het onderhoudscontract op en neemt ze een technieker uit de buurt.
    - else:
        De machine werkt. Ze belt niet, behalve als hij kapot is.
    }
}
In maart, op het etentje van de horecavereniging, vraagt iemand haar naar Verhelst. "Goeie machine," zegt ze. "Laat u niet opjagen." # ending: stand-sale # mood: neutral
-> END

= straight_answer
Ze vroeg wat hij kostte en wanneer hij er kon zijn, en ze kreeg op allebei een antwoord.
{ quote_late:
    De offerte kwam te laat, en ze was bijna voor de huurmachine van Lavica gegaan. Net niet.
}
{ pushy_quote:
    De deadline in het vet negeerde ze; de prijs keek ze twee keer na.
}
In januari belt ze je over iets anders: haar zus in Sint-Niklaas opent een tearoom, en wil weten wie ze moet bellen. "Ik heb gezegd dat gij antwoordt op de vraag die ge gesteld wordt," zegt Tine. "Dat klonk haar goed in de oren." # ending: straight-answer # mood: pleased
-> END

= across_the_aisle
Op je stand heb je Tine niet gewonnen. Een concurrent stuurde haar naar je terug, omdat jij een machine had die hij niet had, en omdat je op een maandag om zes uur een pint met hem dronk in plaats van hem de rug toe te keren.
In januari belt een vrouw van een hotel in Knokke: Stefaan Lemmens zei dat gij stock zoudt hebben. Twee weken later stuur jij Stefaan een caféhouder die wil huren. # ending: across-the-aisle # mood: pleased
-> END

= hall_three
De kerstmarkt van Tine draaide op een gehuurde Lavica-machine. In januari koopt ze er een van hen.
{
    - smoothed:
        Ze onthoudt de twee weken die januari bleken te zijn. De horecavereniging van Lokeren, waar ze in het bestuur zit, ook.
    - pushy_quote:
        Jouw aanbod kwam met een deadline in het vet. Dat van Lavica kwam met een huurmachine voor de kerstmarkt.
    - quote_late:
        Je offerte kwam de volgende ochtend. Toen had ze al bij Lavica gehuurd.
    - quoted && not wrong_date:
        Je gaf haar een eerlijk antwoord aan de stand, en liet het dan liggen. Dat van Lavica zat om acht uur in haar mailbox.
    - else:
        Ze vroeg een prijs en een datum. Het duidelijkste antwoord dat ze die dag kreeg, kwam uit hal 3.
}
{ scanning:
    Volgens de rangschikking had jij een heel goeie beurs.
}
Volgend jaar in november, op dezelfde beurs, loopt ze langs stand 2.114 op weg naar hal 3, en knikt. # ending: hall-three # mood: uneasy
-> END

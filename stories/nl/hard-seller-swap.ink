# title: De hardseller: de andere kant
# summary: Dezelfde lentereceptie in Mechelen, gespeeld als Els Wouters, de architecte tegen wie iedereen staat te pitchen. Wat doe je met een pitch die je niet wilt?
# main: tip1
# cast: kurt \| Kurt Mertens \| verkoopt elektrische bedrijfswagens in leasing; warm, luid, overtuigd van zijn methode
# cast: robin \| Robin Maes \| werkt voor een sociaal secretariaat; eerste receptie, een manager die om leads sms't
# cast: johan \| Johan Goossens \| leidt het familiebouwbedrijf; al twintig jaar lid van de club, neemt zijn tijd
# cast: lotte \| Lotte Jacobs \| architecte op Els' vroegere bureau in Antwerpen; trouw, roddelt graag, recht voor de raap
# ending: three-sellers \| Drie verkopers, geen kopers
# ending: survived \| Beleefd overleefd
# ending: closed-doors \| Gelijk gehad, en alleen
# ending: open-doors \| Van pitch naar mensen

// De omgekeerde kant van hard-seller: dezelfde avond, dezelfde mensen, gezien vanuit wie de pitch
// krijgt. Schrijft geen mem_-variabelen: het geheugen tussen scenario's is dat van de speler zelf
// (de nieuwe van het sociaal secretariaat), en hier speelt de speler iemand anders.

// Tellers die het einde kiezen: zetten die verkopen, zetten die mensen ontmoeten, en deuren die hard dichtgaan.
VAR sell = 0
VAR meet = 0
VAR shut = 0

// Wat er onderweg gebeurde, voor de zinnen die erop volgen.
VAR said_monday = false
VAR robin_knows = false
VAR kurt_cut = false
VAR kurt_turned = false
VAR site_visit = false
VAR pitched_johan = false
VAR coffee_robin = false

-> arrival

=== arrival ===
De oude brouwerijzaal gonst: tweehonderd stemmen, een jazztrio waar niemand naar luistert, glazen die tinkelen aan de bar. # scene: reception # sound: glasses
Het is de lentereceptie van de Mechelse ondernemersclub. Je eerste. Je boekhouder zei: het is dit of golf.
Twaalf jaar op een groot bureau in Antwerpen, en sinds maart Wouters Architecten: jij, twee mensen in dienst, en een stad waar je opgegroeid bent en niemand meer kent.
Je hebt de vestiaire nog maar net gevonden, of een grote man in een marineblauw pak plant zich voor je neer en leest je badge.
Een architecte! Architecten rijden veel. Kurt Mertens, Voltlease. # speaker: kurt # mood: pleased
Volledig elektrisch, all-in, één prijs per maand, fiscaal interessant. Op achttien minuten opgeladen. Kijk, ik toon u de grafiek. # speaker: kurt # mood: interested
Hij houdt zijn gsm omhoog. Hij zoomt in. Jij hebt geen auto nodig. Jij hebt aannemers nodig, klanten, en je vrijdagen terug van de loonformulieren. # discuss: Een pitch waar je niet om vroeg, aan de deur. Wat ben je de man verschuldigd die hem geeft?
* [Hem laten uitspreken: dat is beleefd, en dan is het sneller voorbij # act: hear-out # timeout # tip2 -1 # tip5 +1 # trust: kurt +1 # why: Geduld is vriendelijk, en hij zal je onthouden als sympathiek; maar een pitch die je tot het einde aanhoort, leert hem dat de pitch werkt.]
    Je laat hem de grafiek doen, de fiscale tabel en de kaart met laadpalen in Vlaanderen. Het duurt zes minuten. Hij is verrukt over jou.
    Dan zeg je dat je iets gaat drinken, en je bent weg voor de tweede grafiek.
* [“Ik koop vanavond geen auto, Kurt. Ik kom mensen leren kennen. Wie moet ik hier ontmoeten?” # act: decline # tip1 +1 # tip2 +1 # tip5 +1 # trust: kurt +1 # why: Een duidelijke nee, met een glimlach, en een vraag waarmee hij nuttig kan zijn in plaats van verkoper: de pitch stopt en de deur blijft open.]
    Ik koop vanavond geen auto, Kurt. Ik kom mensen leren kennen. Wie moet ik hier ontmoeten? # speaker: you
    Hij knippert, alsof de grafiek vastliep. Dan lacht hij.
    Iedereen! Allez. Johan Goossens. Grijs haar, bruisend water. Kent iedereen. Maar die fiscale tabel... # speaker: kurt # mood: pleased
    Hij zit alweer in zijn grafiek. Je zegt merci, en je ontsnapt naar de bar.
    ~ meet += 1
* [Zijn kaartje aannemen, “stuur maar iets door” zeggen, en wegglippen # act: smooth-over # tip1 +1 # tip5 -1 # trust: kurt +1 # why: Op tien seconden ben je vrij en hij denkt dat hij gescoord heeft; maar een ja die je niet meent, is morgen om acht uur een offerte in je mailbox, en het begin van een toneeltje.]
    Stuur maar iets door. # speaker: you
    Morgen om acht uur! Wat is uw mailadres? # speaker: kurt # mood: pleased
    Je geeft het, omdat dat sneller gaat dan het niet geven, en je ontsnapt naar de bar.
* [Terugpitchen: “En als uw toonzaal een verbouwing nodig heeft, ben ik uw architecte.” # act: pitch # tip1 -2 # tip5 -1 # why: Je hebt dringend klanten nodig, en het voelt als eerlijk spel; maar nu staan er twee mensen te verkopen aan de vestiaire, en leert niemand iemand kennen.]
    En als uw toonzaal een verbouwing nodig heeft, ben ik uw architecte. # speaker: you
    Ha! Een verkoopster! We ruilen. Een lease voor een verbouwing. # speaker: kurt # mood: pleased
    Hij zegt het zoals mensen dat op recepties zeggen: het betekent niets, en dat weten jullie allebei. Hij pitcht verder. Je ontsnapt naar de bar.
    ~ sell += 1
- -> bar

=== bar ===
Aan de bar, naast een schaal bitterballen die snel leegloopt, staat iemand met een glas cava dat eruitziet als een rekwisiet.
Op de badge staat Robin Maes, en daaronder de naam van een sociaal secretariaat. Loonadministratie en HR-papierwerk voor kleine bedrijven. Precies het papierwerk dat je vrijdagen opeet.
Robin ziet er hier even nieuw uit als jij je voelt. # discuss: Je bent net voor een pitch gevlucht. Hoe begin je bij de volgende onbekende?
* [“Ik heb daar net bijna een elektrische auto gekocht. Bijna. Ik ben gevlucht.” # act: small-talk # tip1 +1 # tip2 +1 # trust: robin +1 # why: Een grap over jezelf breekt het ijs, en zegt Robin dat jij ook niet komt verkopen.]
    Ik heb daar net bijna een elektrische auto gekocht. Bijna. Ik ben gevlucht. # speaker: you
    Laat me raden. Fiscaal voordelig, en op twintig minuten opgeladen? # speaker: robin # mood: pleased
    Achttien, blijkbaar. Hij had een grafiek. Op zijn gsm. Hij zoomde in. # speaker: you
    ~ meet += 1
* [Vragen wat Robin hier vanavond brengt # act: open-question # tip2 +2 # trust: robin +1 # why: Een vraag over de ander is de snelste weg voorbij het weer en de parking, ook als jij degene bent die iets nodig heeft.]
    En wat brengt jou hier vanavond? # speaker: you
    Eerlijk? Mijn manager wil drie leads. En ik zou liever naar huis gaan met drie mensen die ik sympathiek vond. # speaker: robin # mood: uneasy
    Je bent tenminste eerlijk over die leads. # speaker: you
    ~ meet += 1
* [Jezelf en je bureau voorstellen, en je kaartje geven # act: swap-cards # tip1 -1 # tip2 -1 # tip5 +1 # why: Robin weet nu wie je bent, en dat telt voor later; maar een kaartje voor een zin is net waar jij zelf voor wegliep.]
    Els Wouters, Wouters Architecten. Renovaties, scholen, woonzorgcentra. # speaker: you
    Robin neemt het kaartje aan, leest het, en geeft er een terug. Sociaal secretariaat. Jullie knikken naar de kaartjes in plaats van naar elkaar.
    ~ sell += 1
- -> robin_asks

=== robin_asks ===
Robin biedt je de laatste bitterbal aan, en je neemt hem, en verbrandt je tong.
Hoe ben jij hier eigenlijk beland? Je ziet er niet uit als iemand die golft. # speaker: robin # mood: interested # discuss: Een onbekende vraagt naar jou. Hoeveel vertel je, en waarvoor?
* [De waarheid: nieuw in de stad, niemand kent je hier, en je zoekt aannemers die een klein werk serieus nemen # act: self-disclose # tip2 +1 # tip5 +1 # trust: robin +1 # why: Zeggen wat je zoekt, maakt van jou een mens in plaats van een profiel, en laat anderen je helpen; het geeft een verkoper ook de opening.]
    Twaalf jaar in Antwerpen. Vooral ziekenhuizen. Nu werk ik voor mezelf, hier, waar ik opgegroeid ben, en ik ken hier niemand meer. # speaker: you
    Ik wil weer tekenen. En hier aannemers vinden die niet lachen met een kleine schooluitbreiding. # speaker: you
    En ik heb nu twee mensen in dienst. Dat is fantastisch. Het papierwerk niet. Ik ben elke maand een vrijdag kwijt aan formulieren in een taal die ik niet spreek. # speaker: you
    ~ robin_knows = true
    ~ meet += 1
* [Je dertig seconden: Wouters Architecten, duurzame renovaties, eerste bezoek gratis # act: pitch # tip1 -2 # tip2 -1 # why: Je bent nieuw en je hebt klanten nodig, dus het voelt als het doel van de avond; maar Robin vroeg naar jou, niet naar je aanbod.]
    Je geeft hem. Duurzame renovaties, scholen en zorg, een eerste plaatsbezoek gratis. Achtentwintig seconden.
    Robin knikt zoals jij naar Kurts grafiek knikte.
    En het papierwerk voor je personeel, dat loopt zeker vlot? # speaker: robin # mood: interested
    Begin er niet over. Een vrijdag per maand, aan formulieren. # speaker: you
    ~ sell += 1
* [De vraag terugkaatsen: “Jij eerst. Wat doet een sociaal secretariaat eigenlijk de hele dag?” # act: open-question # tip1 +1 # tip2 +1 # why: Nieuwsgierig en gul, en zo hoef jij niet te praten; maar je nodigt precies de pitch uit waarvoor je naar de bar kwam.]
    Jij eerst. Wat doet een sociaal secretariaat eigenlijk de hele dag? # speaker: you
    Dat is mijn vraag! # speaker: robin # mood: pleased
    Robin lacht, en legt het uit. Loonbrieven, contracten, de formulieren die niemand verstaat. Ergens halfweg hoor je jezelf zeggen dat jij daar elke maand een vrijdag aan kwijt bent.
    ~ meet += 1
- -> robin_pitches

=== robin_pitches ===
Er gaat iets aan in Robins gezicht, dat zichtbaar met zichzelf vecht, en verliest.
Eerlijk? Dat is net wat wij doen. Zal ik je maandag eens bellen? # speaker: robin # mood: interested
Robins gsm ligt open op de toog. Een bericht van een zekere Bart: "Drie goeie leads vanavond, hé?" # discuss: Een pitch van iemand die je sympathiek vindt, voor iets wat je misschien nodig hebt. Ja, nee, of iets anders?
* [“Goed. Maandag, tien uur. Als jij mij mijn vrijdagen teruggeeft, teken ik.” # act: smooth-over # tip1 -1 # tip5 -1 # trust: robin +1 # why: Makkelijk, en misschien zelfs nuttig; maar je zegt ja op een verkoopgesprek dat je vanavond niet wilt, en Robin wordt een leverancier voor het een mens wordt.]
    Goed. Maandag, tien uur. Als jij mij mijn vrijdagen teruggeeft, teken ik. # speaker: you
    Je schrijft je nummer op de achterkant van Robins kaartje en geeft het terug. Dan draai je je een beetje naar de bar.
    ~ said_monday = true
    ~ sell += 1
* [Lachen: “Dat is de tweede pitch vanavond. Kunnen we gewoon vrijaf nemen en babbelen?” # act: candour # tip1 +1 # tip2 +1 # tip5 +1 # trust: robin +1 # why: Eerlijk en luchtig: nee tegen de pitch, ja tegen de mens, en Robin krijgt een uitweg die niets kost.]
    Dat is de tweede pitch in twintig minuten. Kunnen we allebei vrijaf nemen en gewoon babbelen? # speaker: you
    Robin wordt rood, en lacht dan.
    Vrijaf. Sorry. Bart zit in mijn hoofd. Dus, als je die vrijdag terugkreeg, wat zou je ermee doen? # speaker: robin # mood: pleased
    Tekenen. En hier mensen vinden die bouwen wat ik teken. # speaker: you
    ~ robin_knows = true
    ~ meet += 1
* [“Nee, merci. Ik heb al een secretariaat.” En rondkijken naar iemand anders # act: decline # tip1 +1 # tip2 -1 # tip5 -1 # trust: robin -1 # why: Een duidelijke nee is je goed recht, en de pitch stopt; maar je sluit de deur voor de eerste persoon vanavond met wie het echt aangenaam praten was.]
    Nee, merci. Ik heb al een secretariaat. # speaker: you
    Natuurlijk. Sorry. # speaker: robin # mood: uneasy
    Jullie kijken een tijdje naar het jazztrio, zoals mensen doen als een gesprek gestorven is.
    ~ shut += 1
* [“Stuur me maar een brochure, ik kijk er eens naar.” # act: smooth-over # tip2 -1 # tip5 -1 # trust: robin +1 # why: Beleefd, en de pitch is weg; maar de brochure komt, je leest ze niet, en het gesprek dat je leuk vond, is voorbij.]
    Stuur me maar een brochure. Ik kijk er eens naar. # speaker: you
    Doe ik! # speaker: robin # mood: pleased
    Robin tikt je mailadres snel in een gsm. Ergens krijgt Bart een lead.
    ~ sell += 1
- -> kurt_returns

=== kurt_returns ===
Tussen jullie in verschijnt een bord bitterballen, vastgehouden door een marineblauw pak met een heel goed humeur.
Daar is ze, de architecte! Els, ik had nog een idee voor u: het model met het houten dashboard. Architecten zijn zot van hout. # speaker: kurt # mood: pleased
Je zet een halve stap achteruit, richting bar.
Dan leest hij Robins badge, en zijn ogen beginnen te blinken. Een sociaal secretariaat! Personeel wil een auto! # speaker: kurt # mood: interested
Robin kijkt naar Kurt, dan naar jou, en vraagt hem hoe hij in elektrische auto's terechtkwam.
Ik? Ik heb vijftien jaar diesels verkocht. Toen deed mijn zoon een schoolproject over luchtkwaliteit en kwam hij kwaad thuis. Op mij! Dus ben ik overgestapt. # speaker: kurt # mood: interested
Het is een goed verhaal. Aan de vestiaire heeft hij het jou niet verteld. # discuss: De man voor wie je wegliep, is ineens een mens. Wat doe je daarmee?
* [“Dat is een goed verhaal. Dat heb je mij niet verteld.” # act: follow-thread # tip1 -1 # tip2 +2 # trust: kurt +1 # why: Je gaat terug naar de man in plaats van de pitch, en hij ontdooit; terwijl je blijft, wacht de rest van de zaal.]
    Dat is eigenlijk een goed verhaal. Dat heb je mij niet verteld. # speaker: you
    Ge gaf me de tijd niet! # speaker: kurt # mood: pleased
    Je liet me alleen die grafiek zien, Kurt. Hoe oud is die zoon? # speaker: you
    Veertien. Wil ingenieur worden. Vindt mij een dinosaurus. # speaker: kurt # mood: pleased
    ~ kurt_turned = true
    ~ meet += 1
* [“Begin de volgende keer met je zoon, niet met de grafiek.” # act: advise # tip1 +1 # tip2 -1 # trust: kurt -1 # why: Het advies klopt, en hij heeft het nodig; maar een les van iemand die tien minuten geleden voor hem wegliep, zet hem op zijn achterste poten voor zijn grafiek.]
    De volgende keer, Kurt, begin je met je zoon. Niet met de grafiek. # speaker: you
    De grafiek werkt! Drie klanten, vorige lente, in deze zaal. # speaker: kurt # mood: annoyed
    Hij zegt het met een glimlach, maar hij kruist zijn armen.
* [Lotte van je vroegere bureau zien staan aan de overkant, en goeiedag gaan zeggen # act: exit # tip1 +1 # tip2 -1 # why: Je ontmoet meer mensen, en een oud-collega is een veilige haven; maar je laat het eerste menselijke moment van Kurt vanavond aan iemand anders over.]
    Dat is Lotte, van mijn vorige bureau. Ik moet even goeiedag gaan zeggen. Blijf hier, jullie twee. # speaker: you
    Je glipt weg door de zaal, en je kijkt pas om als je zeker bent dat de pitch een nieuw doelwit heeft.
* [Hem afkappen: “Kurt, de auto hebben we gehad. Robin en ik zaten midden in een gesprek.” # act: decline # tip2 +1 # tip5 -1 # trust: kurt -1 # why: Je beschermt een goed gesprek, maar je zet Kurt opzij net toen hij ophield met verkopen, en dat waar een ander bij staat.]
    Kurt, die auto heb ik gehad. Robin en ik zaten midden in een gesprek. # speaker: you
    Juist. Juist. Natuurlijk. # speaker: kurt # mood: uneasy
    Hij neemt zijn bord en gaat. Robin kijkt hem na, en zegt niets.
    ~ kurt_cut = true
    ~ shut += 1
- -> lotte

=== lotte ===
{ kurt_cut:
    Later vind je Lotte van je vroegere bureau bij de pilaren, en de Antwerpse roddels vullen een half uur.
- else:
    Lotte van je vroegere bureau vindt jou, of jij haar, en de Antwerpse roddels vullen een half uur.
}
Dan laat ze haar stem zakken. De oude baas zou je morgen terugnemen, zegt ze. En er is een ziekenhuisvleugel in Lier die hij aan jou zou kunnen uitbesteden, als je het werk kunt gebruiken. # discuss: Werk dat je nodig hebt, van het bureau dat je verliet. Wat zeg je op een aanbod dat je misschien niet wilt?
* [“Zeg maar ja. Ik stuur maandag mijn tarieven.” # act: pitch # asked: yes # tip1 +1 # tip2 -1 # tip5 -1 # why: Het werd je aangeboden, dus met je voorwaarden antwoorden is geen harde verkoop; maar je maakt van een babbel met een vriendin een deal, en je bindt je nieuwe bureau aan de tekeningen van het oude.]
    Zeg maar ja. Ik stuur maandag mijn tarieven. # speaker: you
    Lotte tikt het in haar gsm, een beetje verrast dat je zo snel antwoordt.
    ~ sell += 1
* [Haar vragen wat zij zou doen # act: open-question # tip2 +2 # tip5 +1 # why: Een vriendin om haar eerlijke mening vragen, nog voor er sprake is van een deal: daar dient een echt gesprek voor.]
    Wat zou jij doen, Lotte? Eerlijk. # speaker: you
    Eerlijk? Teken je eigen scholen. Neem dat werk in Lier alleen als je omkomt van de honger. Je komt niet om van de honger. # speaker: lotte
    Je lacht, en je voelt je lichter dan de hele avond.
    ~ meet += 1
* [“Nee. Ik ben vertrokken om mijn eigen werk te doen. Zeg hem merci.” # act: decline # tip1 +1 # tip5 +1 # tip4 -1 # why: Duidelijk, en trouw aan waarom je vertrok; maar je slaat een kans af voor je twee mensen, en een deur in Antwerpen, zonder te horen wat het was.]
    Nee. Ik ben vertrokken om mijn eigen werk te doen. Zeg hem merci van mij. # speaker: you
    Ik zal het zeggen. Hij gaat een week mokken. # speaker: lotte
- -> johan

=== johan ===
Terug bij de bar heeft een grijze man met een losgetrokken das en een glas bruisend water een hand op Kurts schouder gelegd.
{ kurt_cut:
    Hij draait zich om, ziet je groene vest, en komt naar je toe. Iemand zei me dat hier een architecte was, in een groene vest. Bouwbedrijf Goossens: veertig man, derde generatie. # speaker: johan # mood: pleased
- else:
    Kurt ziet je en zwaait met twee armen, alsof je een taxi bent. # speaker: kurt # mood: pleased
    Els! De architecte! Johan, dit is ze, waar ik u over vertelde. Ze is voor mij gaan lopen, maar ze is goed, dat zie ik zo. # speaker: kurt # mood: pleased
    Kurt is alweer halfweg de zaal voor Johan zijn glas kan neerzetten. Ik zal niet over auto's beginnen, roept hij over zijn schouder. Bijna niet.
}
Johan Goossens. We hebben een schooluitbreiding in Bonheiden. Klein werk. De grote bureaus willen er niet aan beginnen. # speaker: johan # mood: neutral
Hij draait zich naar je toe met al zijn aandacht, alsof de zaal leeggelopen is.
Dus: wat doet u, als u geen badge draagt? # speaker: johan # mood: interested # discuss: De klant voor wie je kwam, stelt de vraag. Pitch, verhaal of vraag?
* [Je portfolio op je gsm, je erelonen en een startdatum: smeed het ijzer nu hij luistert # act: pitch # asked: yes # tip1 -1 # tip2 -2 # tip5 +1 # trust: johan -1 # why: Hij vroeg het wel, en hij weet nu precies wat je aanbiedt; maar je antwoordt op een vraag over jou met een verkoopmap, en hij komt nooit aan zijn school toe.]
    Je opent het portfolio op je gsm en swipet. Het woonzorgcentrum in Boom. De bibliotheek in Duffel. Je dagtarief, je planning, mei.
    Johan knikt beleefd, zoals jij naar Kurts grafiek knikte.
    Heel volledig. Stuur me dat allemaal maar door. # speaker: johan # mood: neutral
    ~ pitched_johan = true
    ~ sell += 1
* [Vragen naar de school: voor wie is ze, en wat scheelt er nu aan het gebouw? # act: open-question # tip2 +2 # tip4 +1 # trust: johan +1 # why: Eerst naar zijn probleem vragen voor je jezelf als de oplossing aanbiedt: zo ontdek je of jij de oplossing bent.]
    Vertel eens over die school. Voor wie is ze, en wat scheelt er nu aan het gebouw? # speaker: you
    Twee klassen in containers, al drie jaar. De directeur verontschuldigt zich elke september bij de ouders. # speaker: johan # mood: interested
    Ik ben twee straten verder opgegroeid. # speaker: you
    ~ meet += 1
* [In twee zinnen zeggen wat je doet, en dan naar de school vragen # act: say-what-you-do # tip1 +2 # tip5 +1 # trust: johan +1 # why: Hij vroeg het, dus gewoon zeggen wat je doet is geen verkopen; na twee zinnen stoppen laat ruimte voor zijn verhaal.]
    Ik ontwerp kleine gebouwen waar mensen vijftig jaar in moeten leven. Scholen, woonzorgcentra, het werk dat de grote bureaus niet willen. Hoe ziet het uwe eruit? # speaker: you
    Twee klassen in containers, al drie jaar. # speaker: johan # mood: interested
    ~ meet += 1
- -> site

=== site ===
Johan neemt een slok water en denkt na.
{ pitched_johan:
    Ik geef uw gegevens door aan mijn zoon. Die doet tegenwoordig de planning. # speaker: johan # mood: neutral
- else:
    Kom de werf eens bekijken. Zaterdagvoormiddag, als een architect op zaterdag werkt. # speaker: johan # mood: pleased
}
Dan, bijna terloops: Mijn zoon zegt al lang dat we eens naar ons sociaal secretariaat moeten kijken. U kent toevallig niemand? # speaker: johan # mood: neutral # discuss: Johan vraagt jou een naam. Wiens naam, en wat ben je Robin verschuldigd?
* [“Robin Maes, daar. We hebben elkaar vanavond leren kennen. Ik stel jullie voor.” # act: introduce # tip3 +2 # tip4 +1 # tip5 +1 # trust: robin +2 # why: Twee mensen die elkaar kunnen helpen, vanavond nog met elkaar in contact brengen, zonder er zelf iets aan te hebben: daar dient netwerken voor.]
    Robin Maes, aan de bar. Sociaal secretariaat. We hebben elkaar vanavond leren kennen. Ik stel jullie voor. # speaker: you
    Je loopt met hem mee. Robin kijkt je aan alsof je net een winnend lotje afgeeft, en vraagt Johan dan, en dat pleit voor Robin, naar zijn zoon.
    ~ meet += 1
    { not pitched_johan:
        ~ site_visit = true
    }
* [“Niet echt. Zullen we het nog even over de school hebben?” # act: decline # tip1 +1 # tip4 -1 # tip5 -1 # why: Je blijft bij je eigen zaak, en dat mag op een receptie; maar hij vroeg je om hulp, en het antwoord stond tien meter verder.]
    Niet echt. Maar die school: wat willen de leerkrachten ervan? # speaker: you
    Johan antwoordt, maar zijn ogen gaan één keer de zaal rond, zoals bij een man die iets gevraagd heeft en het niet kreeg.
    ~ shut += 1
    { not pitched_johan:
        ~ site_visit = true
    }
* [Beloven dat je hem deze week een naam mailt # act: promise # tip4 +1 # tip5 +1 # why: Een vriendelijk aanbod, en een reden om hem te schrijven; maar het is nog maar een belofte, en de naam staat vanavond tien meter verder.]
    Ik mail u deze week een naam. # speaker: you
    Johan haalt een pen boven en schrijft zijn gsm-nummer op de achterkant van zijn kaartje. Dan wacht ik op uw mail. # speaker: johan # mood: pleased
    { not pitched_johan:
        ~ site_visit = true
    }
- -> kurt_asks

=== kurt_asks ===
Het is na tienen. Het jazztrio pakt in. Aan de kapstok draait Kurt een sjaal in Voltlease-groen rond zijn nek.
{ kurt_cut:
    Hij ziet je, en even kijkt hij bijna weg.
- else:
    Hij ziet je en komt naar je toe, voor één keer zonder gsm.
}
Mag ik u iets vragen? Vanavond zijn vijf mensen ineens iemand anders gaan goeiedag zeggen. Gij waart de eerste. # speaker: kurt # mood: uneasy
Lag het aan mij? # speaker: kurt # mood: uneasy # discuss: Kurt vraagt het je recht in je gezicht. Wat is het vriendelijke antwoord, en wat het ware?
* [Hem eerlijk zeggen: de grafiek aan de deur deed je vluchten; het verhaal over zijn zoon deed je blijven # act: candour # tip1 +2 # tip5 +2 # trust: kurt +2 # why: Hij vroeg het, dus eerlijkheid is nu een geschenk: je zegt in één adem wat mensen wegjaagt en wat hen aantrekt.]
    Eerlijk? Die grafiek aan de deur deed me vluchten. Het verhaal over je zoon deed me blijven. Je bent plezant gezelschap zodra je stopt met verkopen. # speaker: you
    Hij is een hele tijd stil.
    Dus het ligt aan mij. Niet aan de auto's. # speaker: kurt # mood: uneasy
    Dan lacht hij, kleiner dan anders, en steekt zijn kaartjesdoosje in zijn binnenzak.
    ~ kurt_turned = true
    ~ meet += 1
* [“Nee, nee. Ik moest iemand spreken.” Een leugentje, en hij kijkt opgelucht # act: smooth-over # tip1 +1 # tip5 -2 # trust: kurt +1 # why: Vriendelijk op het moment zelf, en het spaart jullie allebei; maar hij gaat de volgende vijf mensen op dezelfde manier bewerken, en jij wist waarom.]
    Nee, nee, helemaal niet. Ik moest iemand spreken. # speaker: you
    Zie je wel! Dacht ik al. # speaker: kurt # mood: pleased
    Hij klopt op zijn zakken, zoekt zijn kaartjesdoosje en vindt het.
* [“Netwerken is niet om te verkopen, Kurt. Dat weet iedereen.” # act: advise # tip1 +1 # tip2 -1 # tip5 -1 # trust: kurt -1 # why: Waar, en hij vroeg het; maar een regel met "dat weet iedereen" erop is een oordeel, en op een oordeel gaan mensen zich verdedigen.]
    Netwerken is niet om te verkopen, Kurt. Dat weet iedereen. # speaker: you
    Zeg dat maar tegen mijn drie contracten van vorige lente. # speaker: kurt # mood: annoyed
    Hij zegt het met een glimlach. De sjaal gaat iets strakker om.
* [Hem vragen wat hem op de volgende receptie zou helpen # act: ask-how-to-help # tip4 +2 # tip5 +1 # trust: kurt +2 # why: Hij kwam met een probleem naar jou; vragen wat hem zou helpen in plaats van een oordeel te geven, zo wordt een slecht eerste contact een goed.]
    Wat zou je helpen op de volgende, Kurt? # speaker: you
    Hij fronst, en controleert de vraag op een haakje. Er is er geen.
    Iemand die zegt wanneer ik weer bezig ben. Een stamp onder tafel. # speaker: kurt # mood: neutral
    Dat kan ik. # speaker: you
    ~ kurt_turned = true
    ~ meet += 1
- -> robin_goodbye

=== robin_goodbye ===
{
    - said_monday:
        Op weg naar de kapstok kom je langs Robin. "Maandag om tien uur, dan," zeg je, en je loopt bijna door.
    - else:
        Robin staat bij de deur, de jas half aan. Sorry dat ik niet terugkwam, zeg je. Oud-collega's: als die eenmaal beginnen...

}
Je gsm trilt. Je boekhouder, die je hierheen stuurde: "En? Beter dan golf? Klanten?" # discuss: Je avond, in één bericht. En Robin staat er nog.
* [Tegen Robin: “Vergeet maandag. Een koffie, eens? Met vrijaf.” # act: invite # tip4 +1 # tip5 +2 # trust: robin +1 # why: Je maakt van een verkoopgesprek een afspraak tussen twee mensen die nieuw zijn in de stad, en je laat de formulieren liggen tot je er zelf over wilt praten.]
    { said_monday:
        Robin, kunnen we maandag om tien uur vergeten? Een koffie, eens, met vrijaf. Als ik over mijn vrijdagen wil praten, zeg ik het wel. # speaker: you
    - else:
        Een koffie, eens? Met vrijaf. # speaker: you
    }
    Robin grijnst. Heel graag. Bart hoeft het niet te weten. # speaker: robin # mood: pleased
    ~ coffee_robin = true
    ~ said_monday = false
    ~ meet += 1
* [Je boekhouder sms'en: “Twee leads: een aannemer, en een autoverkoper die me iets schuldig is.” # act: target # tip1 -1 # tip5 -1 # why: Het is het antwoord dat een boekhouder wil horen; maar je zet de mensen van vanavond weg als leads, en maandag ga je ze ook zo behandelen.]
    Je tikt het met je jas half aan. Het antwoord is een duim omhoog. Robin zwaait vanaf de deur.
    ~ sell += 1
* [Je boekhouder sms'en: “Geen klanten. Drie mensen die ik graag terugzie.” # act: candour # tip1 +1 # tip5 +1 # why: Eerlijk over wat vanavond was: het begin van een paar relaties, en dat duurt langer dan één receptie.]
    Je stuurt het. Het antwoord: "Beter dan golf, dus." Je zwaait naar Robin vanaf de deur.
* [Robin een knikje geven en gaan: het is laat, en je hebt genoeg gepraat # act: exit # tip1 +1 # tip2 -1 # why: Vertrekken als je moe bent, mag; maar je loopt voorbij de enige persoon vanavond die even nieuw was als jij, zonder een woord over een volgende keer.]
    Je knikt, en je gaat naar buiten, de Mechelse avond in.
- -> ending

=== ending ===
{
    - sell >= 4:
        -> three_sellers
    - kurt_turned && meet >= 5 && not said_monday:
        -> open_doors
    - shut >= 2:
        -> closed_doors
    - else:
        -> survived
}

=== three_sellers ===
Op de trein naar huis sorteer je de kaartjes in je zak: dat van Kurt, dat van Robin, dat van Johan, en een van een notaris die je je niet herinnert.
{ pitched_johan:
    Johan geeft je portfolio door aan zijn zoon. Je ziet het al op een stapel liggen.
}
{ said_monday:
    Maandag om tien uur belt Robin. Je zult zeggen dat je het druk hebt.
}
Je kwam om mensen te leren kennen, en je hebt de hele avond met hen gedaan wat Kurt aan de vestiaire met jou deed. Vanavond was jij ook een hardseller. # ending: three-sellers # mood: uneasy
-> END

=== open_doors ===
Buiten ruikt de Dijle naar lente en naar iemands sigaret.
{ site_visit:
    Zaterdag, Bonheiden, negen uur: twee klassen in containers, en een aannemer die er een architect voor wil.
}
{ coffee_robin:
    Een koffie met Robin, met vrijaf.
}
En Kurt, uitgerekend de man voor wie je wegliep, stuurt je een bericht nog voor je aan het station bent: "Merci voor de stamp. De volgende keer onder tafel." # speaker: kurt # via: message # mood: pleased
Je hebt vanavond niets verkocht. Je hebt van twee pitches twee mensen gemaakt, en een van hen vond een school voor je. # ending: open-doors # mood: pleased
-> END

=== closed_doors ===
Je loopt de Mechelse avond in, en je had overal gelijk in.
Kurt is een hardseller. Robin werkte een lijstje af. Je hebt tegen allebei duidelijk nee gezegd, en je zou het opnieuw doen.
{ site_visit:
    Er is tenminste een school in Bonheiden. Johan zal zaterdag beleefd zijn.
}
Maar je kwam hier omdat je in deze stad niemand kent, en vanavond heb je meer deuren gesloten dan geopend. Nee tegen de pitch hoefde geen nee tegen de mens te zijn. # ending: closed-doors # mood: neutral
-> END

=== survived ===
Je loopt de Mechelse avond in met een zak vol kaartjes en een aangename moeheid.
{ said_monday:
    Maandag om tien uur, een verkoopgesprek dat je nooit wilde. Je zult het doen, omdat je het beloofd hebt.
}
{ site_visit:
    En zaterdag een school in Bonheiden. Die wilde je wel.
}
Niemand voelde zich beledigd, en je bent aan elke pitch ontsnapt. Maar je ontweek ze met ja's en brochures, en de mensen erachter zijn nog altijd onbekenden. # ending: survived # mood: neutral
-> END

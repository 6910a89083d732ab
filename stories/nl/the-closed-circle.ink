# title: De gesloten kring
# summary: Een nieuwjaarsreceptie in Leuven waar elk groepje al volop aan de praat is. Erin geraken, anderen erbij laten, en er weer uit geraken zonder te liegen.
# main: tip1
# cast: griet \| Griet Peeters \| hr-consultant en bestuurslid van de club; hartelijk, let op hoe nieuwe mensen zich gedragen
# cast: dirk \| Dirk Vandenberghe \| boekhouder; houdt het woord met het ene verhaal na het andere
# cast: jonas \| Jonas Janssens \| startte zes maanden geleden een fietskoerierscoöperatie; verlegen, scherp, haat recepties
# cast: marcel \| Marcel De Smet \| gepensioneerde drukker; de zaal was zijn drukkerij; warm, eenzaam, laat niet los
# cast: nathalie \| Nathalie Claes \| communicatieverantwoordelijke bij een sociale huisvestingsmaatschappij; kordaat, warm, altijd tijd tekort
# cast: lien \| Lien Maes \| heeft een bakkerij in Kessel-Lo; haar eerste receptie
# ending: white-lies \| De beleefde uitvluchten
# ending: one-long-talk \| Eén lang gesprek
# ending: in-and-out \| Erin en eruit
# ending: open-circle \| De open kring

// De eigen toestand van dit scenario; het leest en schrijft geen geheugen (niets hier zet een ander verhaal voort).
// opened telt de keren dat je iemand in een gesprek liet; lies de leugentjes om bestwil om uit een gesprek te geraken.
VAR opened = 0
VAR lies = 0
VAR topped = false
VAR knows_jonas = false
VAR jonas_along = false
VAR stranded = false
VAR stuck = false
VAR marcel_along = false
VAR offered_site = false

-> arrival

=== arrival ===
De oude drukkerij aan de Vaartkom zit vol: tweehonderd mensen in hun goeie jas, een strijkkwartet, en plateaus cava die rondgaan. # scene: reception # sound: glasses
Het is de nieuwjaarsreceptie van de Leuvense ondernemersclub. Jij hebt een webbureautje met twee, en het is je eerste keer.
Overal worden kussen gegeven en wordt er een gelukkig nieuwjaar gewenst, en vooral een goeie gezondheid. Iedereen lijkt iedereen te kennen.
Het dichtst bij jou staan zes mensen in een gesloten kring rond een man in een tweedvest. Hij vertelt een verhaal, en ze lachen op de juiste momenten.
Aan de rand van die kring, half erin en half erbuiten, staat een jonge gast met een hoodie onder zijn blazer, zijn glas in twee handen. # discuss: Elk groepje is al aan de praat. Hoe geraak je goed in een gesprek dat volop bezig is?
* [Naar de grote kring stappen, aan de rand blijven staan, en wachten op een blik en een opening # act: mingle # tip1 +2 # tip2 -1 # why: Zo kom je binnen met respect voor een gesprek dat volop bezig is; een tijdje ben je wel publiek, en hoor je het einde van een verhaal waarvan je het begin nooit kende.]
    Je gaat aan de rand staan, glas in de hand, en lacht een tel te laat om iets over een takelwagen.
    Een vrouw met een rode sjaal ziet je staan, en zonder haar aandacht van het verhaal te halen, schuift ze een halve stap opzij. Er is een opening. Je stapt erin.
* [Bij de eerste pauze binnenstappen, met je hand uitgestoken en je naam # act: say-what-you-do # tip1 -1 # tip5 +1 # trust: dirk -1 # why: Ze kennen meteen je naam, en dat telt; maar je snijdt een verhaal in volle vaart af en laat heel de kring voor jou stilvallen.]
    De man in tweed haalt adem. Jij stapt binnen, hand vooruit.
    Sorry dat ik zo binnenval. Gelukkig nieuwjaar! Ik ben hier nieuw: ik heb een klein webbureau. # speaker: you
    Zes gezichten draaien zich om. De verteller geeft je een hand, een beetje traag. # speaker: dirk # mood: uneasy
    Gelukkig nieuwjaar. Waar was ik? De takelwagen. Juist. # speaker: dirk # mood: neutral
* [Naar de jonge gast aan de rand gaan en stil vragen waarover ze het hebben # act: open-question # tip1 +1 # tip2 +1 # trust: jonas +1 # why: Wie aan de rand staat, is een kleine, veilige deur; je legt meteen één contact, maar je komt aan de rand van het gesprek terecht, niet erin.]
    Waarover gaat het? # speaker: you
    Zijn auto is weggetakeld op de avond van de nieuwjaarsspeech van de burgemeester. Hij zit aan versie drie. Ik ben Jonas. # speaker: jonas # mood: neutral
    ~ knows_jonas = true
    De vrouw met de rode sjaal ziet jullie twee staan en schuift een halve stap opzij. Er is een opening, groot genoeg voor twee.
- -> circle

=== circle ===
Dus daar sta ik, in mijn goei kostuum, in de regen, en die mens van de takeldienst zegt: “Meneer, ge staat geparkeerd op de burgemeester.” # speaker: dirk # mood: pleased
De kring ligt plat. De verteller maakt een kleine buiging.
Dirk Vandenberghe, boekhouder. Geloof er de helft niet van. # speaker: dirk # mood: pleased
Griet Peeters. Ik doe hr, en ik zit in het bestuur, dus ik moet het vragen: is het je eerste keer? # speaker: griet # mood: interested
Er valt een stilte, het soort dat een kring laat voor de nieuwe om op te vullen. # discuss: Je bent binnen, en de kring wacht. Wat is je eerste bijdrage?
* [Er eentje bovenop doen: jij hebt zelf een takelverhaal, en het is een goei # act: self-disclose # tip1 +1 # tip2 -1 # tip5 +1 # trust: dirk -1 # why: Het toont dat je plezant gezelschap bent, en ze zullen je ervan onthouden; maar een beter verhaal dan het zijne pakt het woord af dat de kring net aan hem gaf.]
    Je vertelt het: Gent, een trouwfeest, een geleende auto, een takelwagen, een bruid. Het krijgt een grotere lach dan het zijne.
    Dirk lacht ook, een tel na de rest. # speaker: dirk # mood: neutral
    Bon. Dan moet ik tegen volgend jaar een nieuw verhaal zoeken. # speaker: dirk # mood: neutral
    ~ topped = true
* [Dirk vragen of hij zijn auto ooit teruggekregen heeft # act: follow-thread # tip2 +2 # trust: dirk +1 # why: Teruggaan naar zijn verhaal toont dat je luisterde, en hij warmt voor je op; de kring blijft bij Dirk, en niemand weet wie jij bent.]
    En de auto? Hebt ge die teruggekregen? # speaker: you
    Tweehonderdveertig euro! En de burgemeester stuurde mij een nieuwjaarskaartje. Ik heb het ingekaderd. # speaker: dirk # mood: pleased
* [In twee zinnen zeggen wie je bent: eerste keer, een klein webbureau # act: say-what-you-do # tip1 +2 # tip2 -1 # trust: griet +1 # why: Een eerlijk antwoord op haar vraag laat mensen jou en je werk kennen; het haalt het gesprek ook weg van Dirks verhaal, naar jou.]
    Eerste keer, ja. Ik heb een webbureau met één collega. We maken websites voor mensen die websites haten. # speaker: you
    Griet lacht. Dan zit je hier goed. De helft van deze zaal haat zijn website. # speaker: griet # mood: pleased
- -> website

=== website ===
Haten? De mijne is in 2012 gemaakt door mijn neef. Er staat nog een bezoekersteller op. Hij staat op elf. # speaker: dirk # mood: pleased
De kring lacht weer.
{ knows_jonas:
    Jonas, naast jou, heeft geen woord gezegd sinds je erbij kwam. Hij lacht als de anderen lachen, een tel te laat.
- else:
    De jonge gast met de hoodie heeft nog geen woord gezegd. Hij lacht als de anderen lachen, een tel te laat.
}
Griet kijkt op haar horloge: de speech van de voorzitter begint binnen vijf minuten.
Kom me na de speech eens zoeken. Er is iemand die je moet leren kennen. # speaker: griet # mood: neutral # discuss: Dirk lacht met zijn website, en dat is jouw vak. Wat doe je met die opening?
* [“Stuur me de link: ik kijk er deze week eens naar, gratis” # act: offer-help # tip1 -1 # tip4 +1 # tip5 +1 # trust: dirk +1 # why: Gul en concreet, en hij zal het onthouden; maar het is je eigen product, over de kring heen aangeboden, en de rest van de avond ben jij de leverancier van het groepje.]
    Stuur me de link. Ik kijk er deze week eens naar, gratis. # speaker: you
    Dirk heft zijn glas. Ik hou u eraan. # speaker: dirk # mood: interested
    Griet zegt niets, maar ze heeft het gezien.
    ~ offered_site = true
* [Je tot de stille jonge gast richten en vragen hoe hij de website van zijn eigen zaak aanpakte # act: open-question # tip1 +1 # tip2 +1 # trust: jonas +2 # why: Zo haal je wie aan de rand staat in de kring; Dirks grap blijft hangen, en je zet Jonas voor zes mensen in de schijnwerpers.]
    Jij bent recent gestart, hé? Hoe heb jij je website aangepakt? # speaker: you
    Hij wordt rood. Dan: Niet. We zitten op Instagram. Fietsen staan goed op foto. # speaker: jonas # mood: uneasy
    Dirk: Instagram! Mijn neef zit op Instagram. De kring lacht, en voor het eerst lacht Jonas op het juiste moment mee.
    ~ knows_jonas = true
    ~ opened += 1
* [Meelachen: “Elf! Telt hij nog?” # act: small-talk # tip1 +1 # tip5 +1 # trust: dirk +1 # why: Je deelt de grap en houdt het luchtig, en dat is aangenaam gezelschap; de kans om ergens dieper op in te gaan, laat je voorbijgaan.]
    Elf! Telt hij nog? # speaker: you
    Twaalf, sinds mijn moeder hem gevonden heeft. # speaker: dirk # mood: pleased
- -> jonas

=== jonas ===
Er tikt een lepel tegen een glas. De voorzitter spreekt: het jaar van de club, een minuut stilte voor een stichtend lid, een mop over parkeren die volgens Dirk van hem is. # sound: glasses
Als het applaus gaat liggen, is de kring uiteengevallen. Griet staat bij de voorzitter aan het podium. Dirk is iets gaan drinken.
{ knows_jonas:
    Jonas staat nog naast je.
- else:
    De jonge gast met de hoodie staat nog naast je. Jonas Janssens, zegt hij. Fietskoeriers.
}
Eerlijk? Mijn coach zei dat ik moest komen. Een coöperatie, zes maanden oud, vijf rijders. Ik sta al twintig minuten in die kring en ik denk dat ik twee keer “ha” gezegd heb. # speaker: jonas # mood: uneasy
Ik haat dat, zo'n recepties. # speaker: jonas # mood: uneasy # discuss: Jonas haat recepties en zegt het ook. Wat heeft hij van jou nodig?
* [Hem het trucje uitleggen: kies een kring, vang een blik, wacht op de opening # act: advise # tip1 +1 # tip2 -1 # tip4 +1 # why: Het is goeie raad, en misschien gebruikt hij hem vanavond nog; maar hij vertelde hoe hij zich voelt, en jij antwoordde met een les.]
    Het wordt makkelijker. Kies een kring, vang de blik van één iemand, wacht op de opening. Ze gaan altijd open. # speaker: you
    Ja. Merci. Hij knikt, zoals je knikt naar een tandarts die uitlegt hoe je moet flossen. # speaker: jonas # mood: neutral
* [Hem vragen wat deze avond voor hem de moeite waard zou maken # act: ask-how-to-help # tip2 +1 # tip4 +2 # trust: jonas +1 # why: Vragen wat hem zou helpen in plaats van te gokken, geeft je iets echts om voor hem te doen; het is ook een grote vraag voor iemand die zich al niet op zijn gemak voelt.]
    Wat zou deze avond voor jou de moeite waard maken? # speaker: you
    Hij denkt er langer over na dan je verwachtte. # speaker: jonas # mood: neutral
    Eén iemand die weet wie de leveringen inkoopt voor het ziekenhuis of de huisvestingsmaatschappijen. Dáár zit het werk. En voor tien uur thuis zijn. # speaker: jonas # mood: interested
    ~ knows_jonas = true
* [“Ik ook. Veertig minuten, en jij bent de derde met wie ik echt praat.” # act: self-disclose # tip2 +1 # tip4 -1 # tip5 +1 # trust: jonas +2 # why: Toegeven dat je het ook ongemakkelijk vindt, maakt je een bondgenoot, en hij ontspant; het gesprek gaat dan over hoe jullie je voelen, niet over wat hem zou helpen.]
    Ik ook. Veertig minuten, en jij bent de derde met wie ik echt praat. # speaker: you
    Hij lacht, voor echt. De derde? Amai, chapeau. # speaker: jonas # mood: pleased
    En dan, losser: hij vertelt over zijn rijders, de regen, en de aanbestedingen die altijd naar de grote firma's gaan.
- -> griet_waves

=== griet_waves ===
Aan de andere kant van de zaal zwaait Griet naar je. Naast haar staat een vrouw in een kameelkleurige jas, met haar gsm in de hand.
Dat moet de iemand zijn die je moet leren kennen.
Jonas zit midden in een zin over bakfietsen. Hij ziet dat jij Griet ziet. # discuss: Griet zwaait en Jonas zit midden in een zin. Hoe ga je weg, en wat gebeurt er met hem?
* [“Sorry, ik ga efkes iets drinken halen,” en naar Griet gaan # act: smooth-over # tip1 +1 # tip5 -2 # trust: jonas -1 # why: Snel, het klinkt vriendelijk, en vanavond doet het niemand pijn; maar het is niet waar, hij ziet je recht langs de bar lopen, en hij staat weer alleen.]
    Sorry, ik ga efkes iets drinken halen. Ben zo terug. # speaker: you
    Ja, tuurlijk. # speaker: jonas # mood: neutral
    Je loopt langs de bar naar Griet. Als je omkijkt, staat Jonas op zijn gsm te kijken, alleen onder de oude kraanbaan.
    ~ lies += 1
    ~ stranded = true
* [“Kom mee. Griet kent iedereen; ik stel je voor.” # act: introduce # tip1 +1 # tip3 +1 # tip4 +1 # tip5 -1 # trust: jonas +2 # trust: griet -1 # why: Niemand blijft alleen staan, en Jonas leert de vrouw kennen die iedereen kent; maar je brengt iemand mee naar een kennismaking die Griet voor jou bedoeld had, zonder het haar te vragen.]
    Kom mee. Griet kent iedereen. Ik stel je voor. # speaker: you
    Hij aarzelt, en volgt dan, zijn glas in twee handen.
    Griet, dit is Jonas: fietskoeriers, een coöperatie. Hij zoekt wie bij het ziekenhuis de leveringen inkoopt. # speaker: you
    Griet kijkt naar Jonas, dan naar jou, en haar glimlach heeft een seconde nodig om aan te komen. # speaker: griet # mood: neutral
    Jonas. Natuurlijk. Kom. # speaker: griet # mood: neutral
    ~ jonas_along = true
    ~ opened += 1
* [Jonas gewoon zeggen dat je Griet iets beloofd hebt, hem succes wensen met de aanbestedingen, en gaan # act: exit # tip1 +1 # tip2 -1 # tip5 +1 # trust: jonas -1 # why: Eerlijk en kort: zo ga je weg; maar hij staat weer alleen, en je wist dat het zo zou lopen.]
    Ik heb Griet beloofd dat ik haar na de speech zou komen zoeken. Veel succes met die aanbestedingen, Jonas. Ik meen het. # speaker: you
    Ja. Merci. Ga maar. # speaker: jonas # mood: neutral
    Hij zoekt al naar een plek om zijn glas neer te zetten.
    ~ stranded = true
* [Terugzwaaien naar Griet: straks. Jonas zat midden in een zin # act: decline # tip1 -1 # tip2 +1 # trust: jonas +1 # trust: griet -1 # why: Je beschermt een gesprek dat net goed begon te worden; Griets kennismaking was voor jou geregeld, en ze zwaait geen twee keer.]
    Je steekt je hand op naar Griet: één minuutje. Sorry, ga door. Bakfietsen. # speaker: you
    Jonas gaat door, en het is goed: hoe zijn rijders in het centrum elke keer sneller zijn dan de bestelwagens. # speaker: jonas # mood: interested
    Tien minuten later, als zijn coach hem komt halen, zwaait Griet niet meer.
- -> marcel

=== marcel ===
{ jonas_along:
    Griet heeft Jonas meegenomen naar iemand van het ziekenhuis. De vrouw in de kameelkleurige jas is buiten gaan bellen: binnen tien minuten terug, gebaart ze.
- else:
    Als je bij Griet komt, is de vrouw in de kameelkleurige jas net buiten gaan bellen. Tien minuutjes, zegt Griet, en de voorzitter trekt haar mee.
}
Je gaat naar de bar. Er komt een hand op je arm, licht en heel stevig.
Gij zijt nieuw, hé? Dat zie ik altijd. Marcel. De Smet. # speaker: marcel # mood: pleased
Hij is ergens in de zeventig, in een goed grijs kostuum, en hij laat je arm niet los.
Dit was mijn drukkerij. Veertig jaar. Waar de bar staat, daar stond de Heidelberg. Zes ton. # speaker: marcel # mood: pleased
De jonge mannen en vrouwen fladderen van groepje naar groepje, gelijk bijen. Ik klap heel de avond met één mens. Zo heb ik al mijn klanten gekregen. # speaker: marcel # mood: interested # discuss: Marcel wil een publiek, en hij gelooft in één lang gesprek. Is naar hem luisteren netwerken?
* [Hem vragen wat hier gedrukt werd, en hem laten vertellen # act: follow-thread # tip1 -1 # tip2 +2 # trust: marcel +1 # why: Een echt gesprek met de man die de geschiedenis van het gebouw kent; intussen gaat de zaal, en de vrouw in de kameelkleurige jas, zonder jou verder.]
    Wat hebt ge hier allemaal gedrukt? # speaker: you
    Zijn gezicht gaat open. Alles! Verkiezingsaffiches, de eerste menukaart van elk restaurant in Leuven, een Latijnse bijbel, en één keer, per ongeluk, tienduizend trouwkaarten met de verkeerde bruidegom. # speaker: marcel # mood: pleased
* [Met een half oor luisteren, en de deur in het oog houden voor Griets gast # act: work-the-room # tip1 +1 # tip2 -2 # trust: marcel -1 # why: Je blijft klaar voor de kennismaking waarvoor je kwam; hij voelt je ogen van hem weggaan, zoals iedereen dat voelt.]
    Je knikt. Je zegt twee keer “echt?”. Telkens de deur opengaat, gaan je ogen ernaartoe.
    Marcel merkt het. Hij houdt je arm wat steviger vast en vertelt luider. # speaker: marcel # mood: annoyed
* [Hem vragen wie hier vanavond wie is: hij kent vast iedereen # act: open-question # tip1 +1 # tip2 +1 # trust: marcel +1 # why: Het eert wat hij weet en geeft je een kaart van de zaal; het maakt hem ook eerder een telefoonboek dan een mens.]
    Gij kent hier toch iedereen. Wie is wie? # speaker: you
    Iedereen! Die daar, van zijn vader heb ik de doodsprentjes gedrukt. Die daar, haar eerste brochure, 1991, ze is me de drukproeven nog altijd schuldig. # speaker: marcel # mood: pleased
- -> marcel_exit

=== marcel_exit ===
Twintig minuten later zit Marcel aan zijn vierde verhaal. Het is een goed verhaal. Het is ook heel lang.
Over zijn schouder zie je de vrouw in de kameelkleurige jas terug binnenkomen. Griet vangt je blik en tikt op haar pols.
Marcels hand ligt nog altijd op je arm. Wacht, wacht, nu komt het beste. # speaker: marcel # mood: pleased # discuss: Hoe ga je weg bij iemand die niet loslaat, zonder te liegen en zonder hem alleen te laten?
* [Op je gsm kijken: “Sorry, deze moet ik echt opnemen” # act: smooth-over # tip1 +1 # tip5 -2 # trust: marcel -1 # why: Het werkt altijd en het spaart vanavond zijn gevoelens; maar er is geen telefoon, en een minuut later ziet hij je aan Griets tafel staan zonder gsm aan je oor.]
    Je haalt je gsm boven en fronst ernaar. Sorry, Marcel. Deze moet ik echt opnemen. # speaker: you
    Natuurlijk, natuurlijk. # speaker: marcel # mood: neutral
    Een minuut later sta je te lachen aan Griets tafel. Als je omkijkt, staat Marcel aan de bar naar je te kijken, alleen.
    ~ lies += 1
* [Wachten tot hij adem haalt, en het dan gewoon zeggen: je hebt iemand beloofd te ontmoeten, en merci voor de verhalen # act: exit # tip1 +2 # tip2 -1 # tip5 +1 # why: Eerlijk en warm, en hij houdt zijn waardigheid; hij is toch een beetje gekwetst, en het beste stuk hoor je nooit.]
    Marcel, ik moet u hier onderbreken. Ik heb Griet beloofd dat ik iemand zou ontmoeten, en ze staat te wachten. Merci voor de Heidelberg en de verkeerde bruidegom. Die vergeet ik niet. # speaker: you
    Hij laat je arm los. Allez, ga maar. De jonge mensen moeten altijd ergens naartoe. # speaker: marcel # mood: neutral
    Maar terwijl je weggaat, draait hij zich al naar de volgende aan de bar.
* [Hem meenemen: “Kom, ik stel u voor aan Griets gast” # act: introduce # tip1 +1 # tip4 +1 # tip5 -1 # trust: marcel +2 # trust: griet -1 # why: Niemand blijft alleen staan, en Marcel is in de wolken; maar je brengt de man die niet loslaat mee naar de eerste kennismaking van iemand anders.]
    Kom mee, Marcel. Ik ga iemand ontmoeten; die gaat u liggen. # speaker: you
    Marcel straalt en neemt je arm alsof je hem naar een trouwfeest begeleidt. # speaker: marcel # mood: pleased
    Griet ziet jullie twee aankomen, en haalt diep adem. # speaker: griet # mood: uneasy
    ~ marcel_along = true
    ~ opened += 1
* [Blijven. Weglopen van een man van zijn leeftijd, midden in een verhaal, dat is onbeleefd # act: follow-thread # tip1 -1 # tip2 +1 # trust: marcel +1 # trust: griet -1 # why: Vriendelijk, en het is waar hij in gelooft; maar je koos zijn vierde verhaal boven een belofte, en Griet wacht niet langer.]
    Je blijft. Het beste stuk is inderdaad goed: de verkeerde bruidegom kwam ook op het trouwfeest.
    Als je opkijkt, trekt Griets gast haar jas aan, en Griet staat met haar rug naar je.
    ~ stuck = true
- -> the_edge

=== the_edge ===
{ stuck:
    Marcel is aan het drukwerk van de verkiezingen van 1985 begonnen. Je staat nog altijd aan de bar, en hij houdt nog altijd je arm vast.
- else:
    Nathalie Claes, sociale huisvesting, zegt Griet, en laat jullie alleen.
    { marcel_along:
        Nathalie krijgt er een glimlach voor Marcel uit en één hele zin voor jou, voor hij over de Heidelberg begint.
    }
    Onze huurders kunnen onze website niet gebruiken op hun gsm, en de meesten hebben alleen maar een gsm. Ik heb budget, geen tijd, en een raad van bestuur die het tegen de zomer wil. # speaker: nathalie # mood: interested
    Het is het beste gesprek van je avond, en het is het gesprek waarvoor je kwam.
}
{ stranded:
    Aan de andere kant van de zaal staat Jonas bij de vestiaire, alleen, het bordje van de nooduitgang te lezen.
}
Aan de rand van jullie gesprek hangt een vrouw met een meelwitte sjaal rond, een glas water in de hand, wachtend op een blik en een opening. Precies waar jij twee uur geleden stond. # discuss: Nu sta jij binnen, en het gesprek is goed. Er staat iemand aan de rand. Open je de kring?
* [Een halve stap achteruit zetten en de kring voor haar openen # act: mingle # tip1 +2 # tip2 -1 # trust: lien +1 # why: Het is wat iemand twee uur geleden voor jou deed; het gesprek waarin je zat, verliest zijn draad, en vindt hem misschien niet terug.]
    Je zet een halve stap achteruit. Ze ziet de opening en stapt erin.
    Lien. Bakkerij in Kessel-Lo. Ik draai hier al een half uur rond. Merci. # speaker: lien # mood: pleased
    { stuck:
        Marcel is in de wolken: een nieuwe luisteraar. Hij laat je arm los om haar een hand te geven.
    - else:
        Nathalie is beleefd, en kijkt op haar horloge.
    }
    ~ opened += 1
* [Je schouders laten waar ze zijn: dit gesprek gaat eindelijk ergens naartoe # act: follow-thread # tip1 -1 # tip2 +2 # why: Je blijft bij een gesprek dat ertoe doet; de vrouw aan de rand wacht een minuut en gaat weg, zoals jij bijna deed.]
    Je houdt je schouders waar ze zijn. Na een minuut zet de vrouw met de meelwitte sjaal haar glas neer en wandelt weg.
* [De kring openen, en haar vragen wat haar hier vanavond brengt # act: open-question # tip1 +1 # tip2 +1 # trust: lien +1 # why: Je laat haar binnen en geeft haar meteen een manier om iets te zeggen; je geeft het gesprek ook halverwege aan een onbekende.]
    Je maakt plaats. En wat brengt jou hier vanavond? # speaker: you
    Lien. Bakkerij in Kessel-Lo. Eerlijk? Mijn meelleverancier zei dat ik moest komen. En ik zoek de mensen die broodjes bestellen voor vergaderingen. # speaker: lien # mood: interested
    ~ opened += 1
- -> coats

=== coats ===
Tien uur. Het kwartet pakt in; het personeel stapelt glazen in bakken. Aan de vestiaire staan tien mensen aan te schuiven. # sound: door
{ jonas_along:
    Jonas komt voorbij met zijn jas al aan. De aankoper van het ziekenhuis, volgende dinsdag. Hij lacht bijna. Merci. # speaker: jonas # mood: pleased
}
{ offered_site:
    Dirk, voor je in de rij: Vergeet mijn link niet, hé, webbureau! # speaker: dirk # mood: pleased
}
Marcel staat aan de bar, en Jonas aan de deur. # discuss: De avond is voorbij. Hoe ga je weg?
* [Een rondje doen voor je je jas haalt: een woord voor Marcel, een woord voor Jonas, merci aan Griet # act: exit # tip1 +1 # tip5 +1 # trust: marcel +1 # why: Zo onthouden mensen je: met een echt afscheid; het kost je ook nog een laatste verhaal van Marcel en een latere bus.]
    Je doet je rondje. Marcel neemt je hand in zijn twee handen. Jonas knikt. Griet zegt: Tot op de lentereceptie, dan.
    { lies > 0:
        Marcels handdruk is warm. Wat hij ook gezien heeft, hij zegt er niets over.
    }
* [Langs de zijdeur wegglippen: op een receptie van deze grootte merkt niemand het # act: exit # tip5 -1 # why: Het gebeurt vaak, en het spaart je twintig minuten aanschuiven; maar de mensen met wie je de avond doorbracht, merken het wel, en Marcel zegt het tegen Griet.]
    Je glipt langs de zijdeur naar buiten. Achter je hoor je Marcel: Waar is die nieuwe naartoe? # speaker: marcel # mood: uneasy
* [Iedereen die je tegenkwam op weg naar buiten je kaartje geven # act: swap-cards # tip1 +1 # tip2 -1 # tip5 +1 # why: Iedereen gaat naar huis met je naam, en dat telt voor later; een kaartjesronde aan de deur is folders uitdelen, geen afscheid.]
    Je gaat rond met je kaartjes. Dirk neemt er twee. Marcel leest het jouwe op armlengte. Jonas heeft je nummer al.
- -> ending

=== ending ===
{
    - lies >= 2:
        -> white_lies
    - stuck:
        -> one_long_talk
    - opened >= 3 && lies == 0 && not stranded:
        -> open_circle
    - else:
        -> in_and_out
}

=== white_lies ===
Buiten ruikt de Vaartkom naar de brouwerij en naar regen.
Je geraakte erin, en je geraakte eruit, twee keer, telkens met een zin die niet waar was.
Niemand heeft er iets over gezegd. Jonas zag je langs de bar lopen. Marcel zag je aan Griets tafel staan zonder gsm.
Volgend jaar zullen ze je nog kennen, en ze zullen onthouden dat ze het kort moeten houden met jou. # ending: white-lies # mood: neutral
-> END

=== one_long_talk ===
Buiten ruikt de Vaartkom naar de brouwerij en naar regen.
Je weet meer over het Leuvense drukwerk dan wie ook onder de zeventig. Marcel zal je voortaan op elke receptie begroeten als zijn eigen zoon.
{ stranded:
    Je liet ook Jonas aan de rand staan, en Griets gast ging naar huis zonder jou te leren kennen.
- else:
    Griets gast ging naar huis zonder jou te leren kennen, en Griet regelt dat geen twee keer.
}
Eén lang gesprek is een echt gesprek. Een avond lang één gesprek dat je nooit gekozen hebt, is iets anders. # ending: one-long-talk # mood: neutral
-> END

=== open_circle ===
Buiten ruikt de Vaartkom naar de brouwerij en naar regen.
Vanavond stond je aan de rand van een kring, en op het einde maakte je zelf plaats aan de rand van de jouwe.
{ jonas_along:
    Jonas heeft dinsdag een afspraak, en niemand bleef door jou aan de rand staan.
- else:
    Een paar mensen geraakten vanavond in een gesprek omdat jij een halve stap achteruit zette. Niemand bleef door jou aan de rand staan.
}
Het kostte je een paar goeie minuten van een goed gesprek. Zo gaat een zaal open. # ending: open-circle # mood: pleased
-> END

=== in_and_out ===
Buiten ruikt de Vaartkom naar de brouwerij en naar regen.
Je geraakte op je eerste avond in een gesloten kring, en je geraakte ook uit een paar gesprekken weer weg.
{
    - stranded:
        Op de bus denk je aan Jonas bij de vestiaire, die het bordje van de nooduitgang las. Jij was degene die wist dat hij alleen stond.
    - opened > 0:
        Niemand bleef door jou alleen staan, en een keer of twee geraakte iemand in een gesprek omdat jij plaats maakte.
    - else:
        Niemand bleef door jou alleen staan. Maar je kunt ook niemand noemen die door jou in een gesprek terechtkwam.
}
{ lies == 1:
    Eén van je uitvluchten was een zin die niet waar was, en wie hem te horen kreeg, had het door.
}
Erin geraken is de helft. Anderen erin laten is de andere helft. # ending: in-and-out # mood: neutral
-> END

# title: Nog niet klaar om te kopen
# summary: Een warm contact vertelt je tijdens de lunch dat er dit jaar geen budget is. Duw je een korting door om je kwartaal te redden, of kies je voor de relatie? Maanden later zie je wat het opleverde.
# main: tip5
# cast: lieve \| Lieve Desmet \| operationeel directeur van een koelhuis in Willebroek; warm, recht voor de raap, allergisch voor verkooppraat
# cast: bart-claeys \| Bart Claeys \| je salesmanager; joviaal, gul, en zich zeer bewust van de targets
# cast: yasmina \| Yasmina Bouzid \| leidt een thuiszorgorganisatie met tachtig verzorgenden; kordaat, praktisch, geen tijd te verliezen
# ending: quick-sale \| De snelle verkoop
# ending: bought-elsewhere \| Elders gekocht
# ending: door-still-open \| De deur staat nog open
# ending: signed-later \| Een jaar later toch getekend
# ending: referrals \| Klanten via via

// Hoe Lieve over je denkt: elke zet die ze ziet, duwt het wat op of af. Het bepaalt de epiloog.
VAR trust = 0
// Momenten waarop je contact hield zonder iets te vragen.
VAR kept_in_touch = 0

// Wat er onderweg gebeurde, voor zinnen en eindes die erop volgen.
VAR read_up = false
VAR pushed = false
VAR pilot_signed = false
VAR promised_jonas = false
VAR kept_promise = false
VAR next_coffee = false
VAR promised_bart = false
// Je zei haar gewoon wat de budgetstop met je kwartaal doet.
VAR said_quarter = false

-> morning

=== morning ===
Dinsdag, eind oktober. Je bureau op het sociaal secretariaat, waar je de grotere klanten opvolgt: lonen, contracten, ploegenplanning. # scene: office
Je leerde Lieve Desmet kennen in juni, op de zomerbarbecue van de ondernemersclub. Jullie praatten een uur over nachtploegen, het voetbal van haar zonen en haar allergie voor verkopers. Ze lachte met jouw grappen, jij met de hare.
In september zei ze dat jullie pakket voor lonen en planning "precies was wat we nodig hebben. Na de zomer, waarschijnlijk."
Vandaag ga je met haar lunchen. Bart komt om het scheidingswandje heen met twee koffies en zet er een voor je neer. # sound: door
Vandaag lunch met Verbeke Koelopslag, toch? Honderdtachtig man, drie ploegen. # speaker: bart-claeys # mood: pleased
Neem het bestelformulier mee. Eindejaarsactie: twintig procent korting als ze voor vrijdag tekenen. We zitten veertigduizend onder target, en haar deal is achtendertig. # speaker: bart-claeys # mood: interested
Ik zeg niks, hé. Ik zeg maar wat. # speaker: bart-claeys # mood: pleased # discuss: Bart wil het bestelformulier in je tas. Wat neem je mee naar een lunch met een warm contact?
* [Neem het bestelformulier en de kortingsfiche mee: als ze klaar is, moet ze niet wachten # act: prepare # tip1 -1 # tip4 +1 # trust: bart-claeys +1 # why: In september zei ze dat het precies is wat ze nodig heeft, dus klaar zijn om te tekenen spaart haar een afspraak; je gaat ook lunchen met je zinnen op tekenen gezet, en dat kleurt elke vraag die je haar stelt.]
    Je schuift het bestelformulier in je tas. Het weegt niks, en toch voel je het de hele weg naar Willebroek.
* [Laat de papieren liggen: het is een lunch met Lieve, geen verkoopgesprek # act: decline # tip1 +1 # tip5 +1 # trust: bart-claeys -1 # why: Gaan om de persoon te zien, niet om af te sluiten, zorgt dat je blijft luisteren in plaats van te sturen.]
    "Het is een lunch, Bart. Als ze over zaken wil praten, weet ze me te vinden." # speaker: you
    Jouw keuze. Breng toch maar goed nieuws mee. # speaker: bart-claeys # mood: neutral
* [Lees eerst het nieuws over Verbeke na # act: prepare # tip2 +1 # tip4 +1 # why: Weten wat er in haar wereld speelt, helpt je betere vragen te stellen en te zien waar je kunt helpen.]
    ~ read_up = true
    Je neemt twintig minuten voor het nieuws. Verbeke opende in september een nieuwe diepvrieshal. En in juli werd het bedrijf overgenomen door een Nederlandse groep, Nordvries. Dat wist je niet.
- -> lunch.arrival

=== lunch ===
= arrival
Brasserie Het Veer, aan de vaart. Binnenschepen achter het raam, soep van de dag op het krijtbord. # scene: cafe
Lieve komt binnen met haar jas half aan en haar gsm in de hand. Ze legt hem omgekeerd op tafel. # sound: door
Sorry, sorry. Er stond een camion diepvriesfrieten met de verkeerde papieren aan de poort. Dag! Alles goed? # speaker: lieve # mood: pleased # discuss: Ze komt te laat binnen en verontschuldigt zich. Hoe begin je de lunch?
* [Vraag naar het voetbal van haar zonen: heeft de jongste het eerste elftal gehaald? # act: small-talk # tip1 +1 # tip2 -1 # tip5 +1 # trust: lieve +1 # why: Verdergaan waar jullie gebleven waren, als mensen, toont dat de relatie telt; het houdt het ook luchtig, terwijl ze duidelijk iets zwaarders te zeggen heeft.]
    ~ trust += 1
    "Eerst het belangrijkste: heeft Wout het eerste elftal gehaald?" # speaker: you
    Jaja! Hij zit op de bank, in een heel proper shirt. Dat heb je onthouden? # speaker: lieve # mood: pleased
    Ze vertelt het goed. Tegen dat de soep er is, liggen jullie allebei in een deuk.
* [Vraag hoe het draait in de nieuwe diepvrieshal # act: open-question # tip2 +1 # tip4 +1 # trust: lieve +1 # why: Vragen naar haar werk, niet naar jouw product: zo ontdek je waar ze een handje kan gebruiken.]
    ~ trust += 1
    "En de nieuwe hal? Draait die al?" # speaker: you
    Draaien doet ze. Koud, vol, en te weinig volk om ze te runnen. Begin er niet over. Of nee, doe maar. Straks. # speaker: lieve # mood: interested
* [Ze heeft weinig tijd: kom ter zake, bij waarvoor jullie hier zitten, de overstap # act: qualify # tip1 -2 # trust: lieve -1 # why: Het spaart haar de babbel op een drukke dag; maar ze kwam met jou lunchen, en openen met het contract maakt van haar een bestelling op je lijstje.]
    ~ trust -= 1
    "Zo! Zijn we klaar om de overstap in te plannen?" # speaker: you
    Haar glimlach blijft, maar ze neemt haar tijd om haar servet open te vouwen.
    Laat ons eerst bestellen. # speaker: lieve # mood: uneasy
- -> news

= news
Als de soepborden weg zijn, legt Lieve haar lepel neer en kijkt ze naar de vaart in plaats van naar jou.
Luister. Ik moet je iets vertellen, en ik zie er al de hele week tegen op. # speaker: lieve # mood: uneasy
{ read_up:
    Je denkt aan het nieuws van vanochtend: Nordvries. Je voelt het al aankomen.
}
In juli zijn we overgenomen door een Nederlandse groep. Vorige week heeft Rotterdam alles wat nieuw is bevroren tot volgend jaar. Nieuwe leveranciers, nieuwe software, alles. # speaker: lieve # mood: uneasy
Er is geen budget. Geen klein budget: geen. Ik weet dat ik "na de zomer" zei. Het spijt me echt. # speaker: lieve # mood: uneasy
Je gsm trilt in je zak. Je hoeft niet te kijken om te weten dat het Bart is. # sound: message
Twintig procent. Vrijdag. Achtendertigduizend. # discuss: Geen budget, en Bart stuurt berichtjes. Valt er vandaag nog iets te verkopen?
* [Bied de twintig procent aan als ze voor vrijdag tekent # act: pitch # tip1 -1 # tip5 -2 # trust: lieve -2 # why: Een korting beantwoordt een budgetstop met druk: ze kan geen ja zeggen, en moet nu nee zeggen tegen een vriendin.]
    ~ pushed = true
    ~ trust -= 2
    "En als ik twintig procent korting kan geven? Als het voor vrijdag getekend is?" # speaker: you
    -> pushed_back
* [Zoek een manier die in haar regels past: de lonen nu, de planning in januari # act: pitch # tip5 -1 # trust: lieve -1 # why: Creatief, en het toont dat je het voor haar wilt laten werken; je duwt nog altijd een verkoop dit jaar door, tegen een beslissing die haar groep al nam.]
    ~ pushed = true
    ~ trust -= 1
    "En als we het splitsen? De lonen nu, de planning in januari. Een kleiner bedrag dit jaar." # speaker: you
    -> pushed_back
* [Bedank haar voor haar eerlijkheid, en vraag hoe zij het zelf beleeft # act: open-question # tip2 +2 # tip5 +1 # trust: lieve +1 # why: Ze was eerlijk, en dat kostte haar iets; vragen naar haar, niet naar de deal, zegt dat de relatie meer waard is dan dit kwartaal.]
    ~ trust += 1
    "Merci dat je het me gewoon zegt. Dat was vast niet leuk. Hoe beleef jij het zelf?" # speaker: you
    -> listened
* [Wees eerlijk: je kwartaal lijdt eronder, en je overleeft het wel # act: candour # tip1 +1 # tip2 -1 # tip5 +1 # trust: lieve +1 # why: Eerlijk, en ze weet waar ze met je aan toe is; het legt ook je kwartaal op tafel, op de dag dat zij degene is met een slechte week.]
    ~ trust += 1
    ~ said_quarter = true
    "Mijn kwartaal lijdt eronder, dat ga ik niet ontkennen. Maar ik overleef het wel. En jij?" # speaker: you
    -> listened

= pushed_back
Lieve legt haar handen plat op tafel.
Het gaat niet om de prijs. Er is geen budgetlijn. Als ik in december iets teken, ziet de CFO in Rotterdam dat in januari, en dan ben ik de directeur die in haar eerste zes maanden niet luisterde. # speaker: lieve # mood: annoyed
Ze zegt het vriendelijk. Dat maakt het bijna erger. # discuss: Ze zegt dat het niet om de prijs gaat. Heb je nog een kaart om uit te spelen, of stop je?
* [Laat het in haar regels passen: dertig procent, en de factuur gedateerd in januari # act: pitch # tip1 -1 # tip5 -2 # trust: lieve -2 # why: Op papier lost het haar budgetprobleem op, en het kan best lukken; je vraagt haar wel de regels van haar eigen bedrijf te plooien voor jouw target, en ook als ze toegeeft, onthoudt ze het.]
    ~ pilot_signed = true
    ~ trust -= 2
    "Dertig procent. En we dateren de factuur in januari. Niemand in Rotterdam ziet dit jaar iets." # speaker: you
    Ze zwijgt een hele tijd. Dan zucht ze.
    Goed dan. Een pilot. Alleen planning, één hal, drie maanden, uit mijn eigen werkingsbudget. Aan dertig procent. En dan praten we over iets anders. # speaker: lieve # mood: annoyed
    Je hebt iets verkocht. Zo hoort verkopen niet te voelen.
* [Trek je terug: "Vergeet wat ik vroeg. Dat was mijn target die sprak." # act: repair # tip1 +1 # tip5 +2 # trust: lieve +1 # why: De druk benoemen en laten vallen herstelt vertrouwen: ze ziet dat de relatie voor je kwartaal gaat.]
    ~ trust += 1
    "Vergeet wat ik vroeg. Dat was mijn target die sprak, niet ik." # speaker: you
    Ze lacht, en haar schouders zakken.
    Jouw target heeft een luide stem. De mijne ook, tegenwoordig. # speaker: lieve # mood: pleased
- -> problem

= listened
{ said_quarter:
    Ze lacht, een beetje opgelucht, en dan lacht ze niet meer.
}
Eerlijk? Slecht. Nieuwe eigenaars, nieuwe rapporten, nieuwe mensen om content te houden. Ze zijn vriendelijk genoeg. Ze willen gewoon cijfers die ik niet kan leveren. # speaker: lieve # mood: uneasy
En jullie deal was het enige waar ik echt naar uitkeek. # speaker: lieve # mood: neutral # discuss: Ze heeft een slecht najaar. Wat is het nuttigste wat je de komende vijf minuten kunt doen?
* [Vraag wat de stop voor haar betekent, van week tot week # act: follow-thread # tip2 +1 # tip4 +2 # trust: lieve +1 # why: Vragen naar haar echte probleem, budget of geen budget: zo ontdek je waar je kunt helpen.]
    ~ trust += 1
    "Wat betekent het voor jou, week na week? Zonder het nieuwe systeem?" # speaker: you
    Ze kijkt je aan, alsof ze afweegt hoe eerlijk ze zal zijn.
    Wil je dat echt weten? Goed dan. # speaker: lieve # mood: interested
* [Bied aan een business case te schrijven om het budget los te krijgen # act: offer-help # tip1 -1 # tip4 +1 # tip5 -1 # why: Echt werk voor haar, en het zou kunnen lukken; je mikt wel op een verkoop dit jaar tegen de beslissing van haar groep, en je zet haar in een lastig parket.]
    "Laat mij een business case schrijven. Cijfers, besparingen, alles. Jij trekt ermee naar Rotterdam." # speaker: you
    Dat is lief. Maar dan ben ik de nieuwe directeur die in haar eerste zes maanden ruzie maakt met Rotterdam over een leverancier. Dat gevecht win ik niet. # speaker: lieve # mood: uneasy
    Niet dit jaar. # speaker: lieve # mood: neutral
* [Spaar haar de verkooppraat: zeg dat het jammer is, en stap over op luchtiger dingen # act: small-talk # tip2 -1 # tip5 +1 # why: Vriendelijk, en ze zal onthouden dat je niet duwde; je mist ook de kans om te horen wat ze nu echt nodig heeft.]
    "Tja, da's jammer. Volgend jaar dan. Al plannen voor de vakantie?" # speaker: you
    Vakantie. Ha. # speaker: lieve # mood: neutral
    Ze antwoordt beleefd, en komt er dan toch op terug.
- -> problem

= problem
Het echte probleem is niet de software, weet je. Twee van mijn planners zijn deze zomer vertrokken. De goeie. # speaker: lieve # mood: uneasy
Dus maak ik de nachtroosters nu zelf. In Excel. Om elf uur 's avonds, aan mijn keukentafel. En over vier weken begint de kerstpiek. # speaker: lieve # mood: annoyed
Ze wrijft in haar ogen en lacht met zichzelf.
Sorry. Je kwam voor de soep, niet voor mijn keukentafel. # speaker: lieve # mood: neutral
Je denkt aan Jonas Verlinden, een freelance planner met wie je jaren samenwerkte: rustig, nauwkeurig, en sinds september tussen twee opdrachten. # discuss: Twee planners weg en over vier weken de piek. Wat bied je haar aan, en wat is het eigenlijk?
* [Bied aan haar in contact te brengen met Jonas, een freelance planner die je vertrouwt # act: promise # tip4 +2 # tip5 +1 # trust: lieve +1 # why: Je biedt hulp bij wat ze nu nodig heeft, zonder er zelf iets aan te verdienen; het telt als opvolging zodra je de kennismaking maakt.]
    ~ promised_jonas = true
    ~ trust += 1
    "Ik ken iemand. Jonas Verlinden, freelance ploegenplanner. Zes jaar de roosters van een ziekenhuis gedaan en nooit zijn kalmte verloren. Hij is vrij. Ik breng jullie deze week in contact." # speaker: you
    Zou je dat doen? # speaker: lieve # mood: pleased
    Ze schrijft "Jonas" op de achterkant van een bierkaartje en steekt het in haar zak.
* {not pilot_signed} [Bied drie maanden de planningsmodule gratis aan, zonder verplichtingen # act: offer-help # tip1 -1 # tip4 +1 # why: Gul, en het zou haar roosters oplossen; maar een gratis proef blijft een verkoopzet: ze moet hem uitrollen in haar piek, en daarna met Rotterdam vechten om hem te houden.]
    "Neem onze planningsmodule drie maanden. Gratis. Zonder verplichtingen." # speaker: you
    Dat is gul. Maar een nieuw systeem in volle kerstpiek? Geïnstalleerd door wie? Door mij, aan mijn keukentafel? # speaker: lieve # mood: uneasy
    Merci. Echt. Maar nee. # speaker: lieve # mood: neutral
* [Stel haar gerust: volgend jaar, met jullie pakket, zijn die roosters aan de keukentafel voorbij # act: pitch # tip1 -1 # trust: lieve -1 # why: Bedoeld als troost, en het klopt; maar het is een pitch, ook een zachte, terwijl ze over haar avonden vertelt. Ze weet wat je verkoopt.]
    ~ trust -= 1
    "Volgend jaar, als het pakket draait, is dat allemaal voorbij. Automatische roosters, geen Excel meer." # speaker: you
    Ik weet het. Ik heb de demo gezien. # speaker: lieve # mood: neutral
    Ze zegt het zonder enige scherpte, en kijkt naar de vaart.
- -> bill

= bill
De ober brengt de rekening. Lieve pakt ze voor jij het kunt doen.
Ik trakteer. Na het verpesten van je kwartaal is dat wel het minste. # speaker: lieve # mood: pleased
Ze trekt haar jas aan. De camion met de frieten wacht. # discuss: Ze vertrekt. Wanneer spreken jullie elkaar weer, en waarover?
* [Stel een koffie voor op de club in het nieuwe jaar, zonder agenda # act: invite # tip5 +2 # trust: lieve +1 # why: Contact houden zonder agenda houdt de relatie warm tot het budget terugkomt.]
    ~ next_coffee = true
    ~ kept_in_touch += 1
    ~ trust += 1
    "Een koffie op de club in januari? Zonder agenda. Ik wil weten hoe het Wout op de bank vergaat." # speaker: you
    Afgesproken. Dan vertel jij hoe je target het overleefd heeft. # speaker: lieve # mood: pleased
* [Zet er een datum op: je belt op twee januari, als de budgetten opengaan # act: follow-up-with-pitch # tip1 -1 # tip3 -1 # tip5 -1 # trust: lieve -1 # why: Een duidelijke volgende stap is goed verkoopwerk; zij hoort dat je op de eerste werkdag van het jaar terugkomt voor het geld.]
    ~ trust -= 1
    "Dan bel ik je op twee januari. Als de nieuwe budgetten opengaan." # speaker: you
    Op twee januari. Juist. # speaker: lieve # mood: uneasy
* [Bedank haar en laat het open: geen druk na de week die ze achter de rug heeft # act: wait # tip1 +1 # tip3 -1 # why: Helemaal geen druk, na een zware week voor haar; iets openlaten betekent meestal ook dat niemand belt.]
    "Merci voor de lunch. Je weet me te vinden." # speaker: you
    Zeker. Hou je goed. # speaker: lieve # mood: neutral
- -> back_at_office

=== back_at_office ===
{ pilot_signed:
    -> with_pilot
- else:
    -> without_pilot
}

= with_pilot
Terug op kantoor vertel je het aan Bart. Hij gooit allebei zijn armen in de lucht. # scene: office
Een pilot! Zie je wel? Korting werkt. Dertig procent is stevig, maar een voet tussen de deur is een voet tussen de deur. # speaker: bart-claeys # mood: pleased
Dus in de lente volgt de volledige uitrol, ja? Ik zet het in de forecast. # speaker: bart-claeys # mood: interested # discuss: Bart wil de uitrol in de lente in de forecast. Wat zeg je hem?
* [Zeg het eerlijk: de pilot is uit haar geperst, reken niet op meer # act: candour # tip5 +1 # trust: bart-claeys -1 # why: Een eerlijke forecast beschermt je geloofwaardigheid, en houdt de volgende duw tegen voor hij begint.]
    "Zet het niet in de forecast, Bart. Ze heeft getekend om van mij af te zijn. Dat is geen voet tussen de deur." # speaker: you
    Bart laat zijn armen langzaam zakken.
    Hm. Tja. Verkocht is verkocht. # speaker: bart-claeys # mood: uneasy
* [Beloof hem de volledige uitrol tegen de lente # act: smooth-over # tip5 -2 # trust: bart-claeys +1 # why: Het maakt Barts week goed; maar je belooft net dat je haar opnieuw gaat pushen, en die volgende duw kost je wat er nog van de relatie over is.]
    ~ promised_bart = true
    "Tegen de lente. Daar zorg ik voor." # speaker: you
    Dat wil ik horen! # speaker: bart-claeys # mood: pleased
- -> the_email

= without_pilot
Terug op kantoor staat Bart al aan je bureau te wachten. # scene: office
En? Heeft ze getekend? Zeg me dat ze getekend heeft. # speaker: bart-claeys # mood: interested
Je vertelt het hem: de overname, de budgetstop, de keukentafel. Bij elke zin zakt zijn gezicht een beetje verder.
Niks? Heb je tenminste de twintig procent vermeld? # speaker: bart-claeys # mood: annoyed # discuss: Bart haalt zijn target niet en jij komt met lege handen terug. Wat zeg je hem?
* [Vertel hem de waarheid: geen budget dit jaar, en waarom je niet duwde # act: candour # tip5 +1 # trust: bart-claeys -1 # why: Een eerlijke forecast beschermt haar, je geloofwaardigheid, en de relatie.]
    "Er is geen budget, Bart. Duwen had ons de klant gekost, niet de deal opgeleverd. Haal haar uit de forecast van dit jaar." # speaker: you
    Bart staart een tijdje naar het plafond.
    Goed. Maar volgend jaar is zij de eerste die je belt. # speaker: bart-claeys # mood: neutral
* [Beloof hem dat ze toch nog voor Kerstmis tekent # act: smooth-over # tip5 -2 # trust: bart-claeys +1 # why: Het maakt Barts week goed; maar je belooft net dat je haar opnieuw gaat pushen, en die volgende duw kost je de relatie.]
    ~ promised_bart = true
    "Laat dat maar aan mij over. Voor Kerstmis staat haar handtekening eronder." # speaker: you
    Zo mag ik het horen! # speaker: bart-claeys # mood: pleased
- -> the_email

=== the_email ===
= body
Donderdag. Je opent een nieuwe mail aan Lieve. De cursor knippert. # discuss: Donderdag: de opvolgmail. Wat komt erin, en wat blijft eruit?
{ promised_jonas:
    Op je bureau: een geel briefje met "Jonas!!" in je eigen handschrift.
}
* {promised_jonas} [Stel haar voor aan Jonas, met hem in cc, zoals beloofd # act: keep-promise # tip3 +2 # trust: lieve +2 # why: Je beloofde een kennismaking; die snel maken, en alleen dat, bouwt vertrouwen.]
    ~ kept_promise = true
    ~ trust += 2
    Je schrijft drie korte alinea's: wie Jonas is, waar Lieve mee worstelt, en dat ze het vanaf hier zelf overnemen. Jonas antwoordt binnen het uur: "Ik bel haar morgen."
* {promised_jonas} [Bedank haar nu voor de lunch, en schrijf Jonas deftig als de week wat kalmer is # act: break-promise # tip3 -2 # trust: lieve -1 # why: Een rustigere week geeft een betere mail; maar je beloofde een kennismaking voor haar kerstpiek, en een belofte die te laat komt, is een gebroken belofte.]
    ~ trust -= 1
    Je schrijft een warm bedankje en meldt dat Jonas "binnenkort" volgt. Dan is het vrijdag, en dan is het november.
* {not promised_jonas} [Bedank haar voor de lunch, met een artikel over plannen voor een piekseizoen # act: follow-up # tip3 +1 # tip5 +1 # trust: lieve +1 # why: Een opvolging die haar iets nuttigs geeft en niets vraagt, houdt de relatie warm.]
    ~ trust += 1
    Je vindt een goed artikel over seizoenspieken plannen, uit een vakblad logistiek, en zet er twee zinnen van jezelf bij over wat jij eerst zou proberen.
* [Voeg de kortingsofferte toe, zodat ze het zwart op wit heeft als er iets verandert # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # trust: lieve -2 # why: Het spaart haar later een vraag; opnieuw verkopen in de opvolging, nadat ze zei dat er geen budget is, vertelt haar dat je niet luisterde.]
    ~ trust -= 2
    Je voegt de offerte toe, "gewoon zodat je het zwart op wit hebt, mocht er iets veranderen."
- -> ps

= ps
Voor je verstuurt, valt je oog op de brochure op je scherm. De nieuwe, met de planningsmodule op de cover. # discuss: Nog één regel voor je verstuurt. Wat doet een PS hier?
* [PS "Onze nieuwe brochure, voor als het budget terug is" # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # trust: lieve -1 # why: Het voelt efficiënt, en het budget komt terug; een PS met je aanbod maakt van een vriendelijke mail een verkoopmail, en dat merkt ze.]
    ~ trust -= 1
    Je voegt ze toe. Eén zinnetje. Wat kan het kwaad.
* [Geen PS: sluit hartelijk af en verstuur # act: follow-up # tip1 +1 # tip3 +1 # why: De mail stoppen waar de hulp stopt, houdt hem zuiver: er staat niets in over jou.]
    Je sluit af met "Veel succes met de piek," en verstuurt.
* [PS "Tot op het nieuwjaarsontbijt van de club?" # act: invite # tip3 +1 # tip5 +1 # why: Een lichte, concrete aanleiding om elkaar terug te zien houdt het contact warm zonder iets te vragen.]
    ~ kept_in_touch += 1
    Je zet er één zin bij over het nieuwjaarsontbijt van de club, en verstuurt.
- Lieves antwoord komt 's avonds binnen. # sound: message
{ kept_promise:
    "Jonas heeft al gebeld. Ik denk dat ik verliefd ben. Professioneel dan. Merci! L."
- else:
    { trust >= 2:
        "Merci hiervoor, en voor de lunch. Jij bent een van de goeien. L."
    - else:
        "Merci. L."
    }
}
-> months_later

=== months_later ===
{ promised_bart:
    December duurt lang. Bart herinnert je twee keer per week aan je belofte. Je belt Lieve één keer, de week voor Kerstmis, over {pilot_signed:"de volledige uitrol"|"de twintig procent"}. Ze belt niet terug.
    ~ trust -= 1
}
{ next_coffee:
    In januari drinken jullie die koffie op de club. Veertig minuten, zonder agenda. Wout zit nog altijd op de bank. Lieve zit nog aan haar keukentafel, maar minder vaak.
}
Februari. Op LinkedIn post Lieve een foto van haar nachtploeg in de diepvrieshal, allemaal in thermojassen, met een taart. # discuss: Haar ploeg is door de piek geraakt, en ze zegt het publiek. Wat doe je ermee?
{ kept_promise:
    "Door de kerstpiek zonder één gemiste levering. Fier op deze ploeg. En merci, Jonas Verlinden, voor de roosters."
- else:
    "Door de kerstpiek zonder één gemiste levering. Fier op deze ploeg."
}
* [Stuur haar een persoonlijk bericht om de ploeg te feliciteren # act: follow-up # tip3 +1 # tip5 +1 # trust: lieve +1 # why: Een persoonlijk woord als er iets goeds gebeurt, houdt je dichtbij zonder iets te vragen.]
    ~ kept_in_touch += 1
    ~ trust += 1
    Je schrijft haar een paar zinnen: dat je aan haar keukentafel dacht, en dat die taart verdiend is. Ze antwoordt met drie uitroeptekens.
* [Reageer met felicitaties, en een link naar jullie gratis gids voor de piek van volgend jaar # act: follow-up-with-pitch # tip1 -2 # tip3 -1 # tip5 -1 # trust: lieve -1 # why: Felicitaties in het openbaar en iets nuttigs voor volgend jaar; maar een verkooplink onder het moment van haar ploeg is wat iedereen die het leest, ziet.]
    ~ trust -= 2
    Je reageert: "Proficiat! Voor volgend jaar kan onze gratis gids over piekplanning misschien helpen." De link krijgt twee likes. Geen van beide is van haar.
* [Geef een like en scrol verder # act: follow-up # effort: token # tip3 +1 # tip5 -1 # why: Beter dan niets, en ze ziet het; een like zegt heel weinig, en een relatie heeft af en toe een echt woord nodig.]
    Je liket en scrolt verder. Iemands nieuwe job, iemands vakantie.
- -> epilogue

=== epilogue ===
{
    - pilot_signed:
        -> quick_sale
    - trust >= 6 && kept_in_touch >= 2:
        -> referrals
    - trust >= 3:
        -> signed_later
    - else:
        -> drifted
}

= quick_sale
In december luidde Bart de bel in de salesruimte: target gehaald, nipt, dankzij de pilot. # scene: office
In maart loopt de pilot af. Lieves mail is twee regels lang.
"Nordvries kiest één leverancier voor alle zes de sites, voor de hele groep: Paylink. Merci voor de pilot. Lieve." # discuss: Je verloor de groepsdeal aan een concurrent. Wat valt er nog te doen?
{ promised_bart:
    Bart leest over je schouder mee en zegt helemaal niets. Dat is erger.
}
* [Antwoord, en vraag haar eerlijk wat je beter had kunnen doen # act: repair # tip2 +1 # tip5 +1 # trust: lieve +1 # why: Na een verlies om eerlijke feedback vragen: zo overleeft de relatie het, en leer je bij.]
    Je vraagt het haar. Ze neemt een week om te antwoorden, en dan is ze eerlijk.
    "Je was heel fijn gezelschap. Tot je mijn handtekening meer nodig had dan ik jouw software. Stijn van Paylink kwam gewoon af en toe langs met iets nuttigs. Geen kwaad bloed. L."
    Je drukt het af. Dit hou je bij. # ending: quick-sale # mood: uneasy
    -> END
* [Bied veertig procent korting om alle zes de sites terug te winnen # act: pitch # tip1 -1 # tip5 -1 # why: Misschien win je de groep zo toch terug; nog een korting bevestigt ook wat ze in oktober leerde: bij jou gaat het altijd om de deal.]
    Je biedt veertig procent, voor de hele groep. Bart keurt het goed met zijn ogen dicht.
    Er komt geen antwoord. In april post Paylink een foto van zijn kick-off in Willebroek. # ending: quick-sale # mood: uneasy
    -> END

= referrals
April. Het lenteontbijt van de ondernemersclub: croissants, slappe koffie, zestig mensen. # scene: breakfast-room
Lieve wenkt je naar haar tafel nog voor je een bord hebt.
Het budget is terug. Rotterdam wil één systeem voor alle zes de sites, en ik heb gezegd dat ik al weet wie ik vertrouw. Kom je in mei presenteren? # speaker: lieve # mood: pleased
En ik heb je nummer aan twee mensen gegeven. Onze sitemanager in Gent, en Yasmina Bouzid: thuiszorg, tachtig verzorgenden, roosters uit de hel. Ze belt je. # speaker: lieve # mood: interested
Die namiddag gaat je telefoon. # scene: office # sound: phone-ring
Yasmina Bouzid. Lieve Desmet zegt dat u de enige leverancier bent met wie ze twee keer zou gaan lunchen. Ik heb een kwartier. # speaker: yasmina # mood: neutral # discuss: Yasmina geeft je een kwartier, op het woord van Lieve. Hoe gebruik je het?
* [Vraag Yasmina naar haar verzorgenden en haar roosters voor je over jullie pakket begint # act: open-question # tip2 +2 # tip4 +1 # trust: yasmina +1 # why: Een doorverwijzing is geleend vertrouwen: je betaalt het terug door eerst te luisteren, net als bij Lieve.]
    "Een kwartier is ruim genoeg. Vertelt u eerst over uw verzorgenden. Hoe ziet een slechte week eruit?" # speaker: you
    Een stilte. Dan vertelt ze het, vijfentwintig minuten lang.
    Donderdag, tien uur. Kom eens naar de planningsruimte kijken. # speaker: yasmina # mood: pleased
    In mei presenteer je in Rotterdam. In juni tekent Nordvries voor alle zes de sites, aan de normale prijs. Of Wout ooit van de bank af geraakt is, kom je nooit te weten. # ending: referrals # mood: pleased
    -> END
* [Ze heeft een kwartier: mail haar meteen de prijslijst en een demolink # act: pitch # asked: yes # tip1 +1 # tip2 -1 # tip4 -1 # why: Ze belde om te kopen, en een eerlijk antwoord respecteert haar kwartier; het verspilt ook Lieves vertrouwen aan een prijslijst, terwijl Yasmina een gesprek wilde.]
    "Ik stuur u meteen onze prijslijst en een demolink, dan kunt u zelf kijken." # speaker: you
    Goed. Ik kijk ernaar. # speaker: yasmina # mood: neutral
    Ze belt niet terug. Maar in juni tekent Nordvries voor alle zes de sites, aan de normale prijs, en Lieve stuurt je een derde naam. Deze keer bel je en stel je eerst vragen. # ending: referrals # mood: pleased
    -> END

= signed_later
April. Een mail van Lieve. # scene: office # sound: message
"Het budget is terug! Rotterdam wil drie offertes, dat is procedure. De jouwe is er een van, uiteraard. L."
Drie offertes. Ga erin met dertig procent korting en maak de andere twee af. # speaker: bart-claeys # mood: interested # discuss: Drie offertes, en Bart wil dertig procent korting. Hoe win je deze, en wat kost het?
* [Stuur een eerlijke offerte, en bied aan haar nachtploeg te leren kennen voor ze beslist # act: ask-how-to-help # tip4 +1 # tip5 +1 # trust: lieve +1 # why: Een faire prijs en echte interesse in haar mensen maken een klant die blijft, niet een die gekocht werd.]
    Je stuurt een eerlijke offerte en loopt een nachtshift mee in de diepvrieshal, in een geleende thermojas, met vragen voor haar planners.
    In juni tekent Verbeke, aan de normale prijs. Lieve zegt dat dat nachtbezoek de doorslag gaf. # ending: signed-later # mood: pleased
    -> END
* [Ga erin met dertig procent korting om zeker te winnen # act: pitch # asked: yes # tip1 +1 # tip5 -1 # trust: bart-claeys +1 # why: Ze vroegen een offerte, en een scherpe prijs is een eerlijk antwoord dat wint; het leert haar ook dat je catalogusprijs nooit echt was, en maakt van elke verlenging een gevecht.]
    Je gaat erin met dertig procent. Je wint. Natuurlijk win je.
    De verlenging van volgend voorjaar staat al in Barts agenda, met een vraagteken. # ending: signed-later # mood: pleased
    -> END

= drifted
Mei. De lentereceptie van de ondernemersclub, in de oude brouwerijhal. # scene: reception # sound: glasses
Aan de toog vertelt Stijn van Paylink een verhaal. Lieve ligt in een deuk.
Later hoor je het van iemand anders: Verbeke is in april overgestapt op Paylink, alle zes de sites. Stijn kwam sinds de herfst om de paar weken langs, met koffie, of een artikel, of een planner die hij kende.
Lieve komt alleen naar je toe, glas in de hand, een beetje ongemakkelijk.
Hey. Ik wilde het je zelf zeggen. Het was een beslissing van de groep. En eerlijk, Stijn was er gewoon... altijd. # speaker: lieve # mood: uneasy # discuss: Ze koos iemand anders, en kwam het je zelf vertellen. Wat zeg je?
* [Feliciteer haar, en vraag hoe de overstap verloopt # act: open-question # tip2 +1 # tip5 +1 # trust: lieve +2 # why: Een deal sportief verliezen houdt de relatie levend; het lange spel stopt niet bij één contract.]
    "Dan hoop ik dat het vlot verloopt. Hoe gaat de overstap? En hoe is het met Wout?" # speaker: you
    Ze ontspant. Jullie praten twintig minuten, en geen woord gaat over lonen.
    Onze zusterfirma in Luik zoekt trouwens nog. Ik geef hun jouw naam. Deze keer echt. # speaker: lieve # mood: pleased # ending: door-still-open
    -> END
* [Vraag haar, eerlijk, waarom ze niet bij jou terugkwam # act: candour # tip2 +2 # tip5 -1 # trust: lieve -1 # why: Het eerste eerlijke wat jullie in maanden tegen elkaar zeggen; het laat haar ook voelen dat ze je een deal verschuldigd was, en dat sluit een deur die open had kunnen blijven.]
    "Ik dacht dat we iets opgebouwd hadden. Waarom ben je niet bij mij teruggekomen?" # speaker: you
    Ze kijkt naar haar glas.
    Ben jij bij mij teruggekomen? # speaker: lieve # mood: annoyed # ending: bought-elsewhere
    -> END
* [Waarschuw haar, als vriendin, dat de support van Paylink bekendstaat als traag # act: pitch # tip1 -2 # tip5 -1 # trust: lieve -1 # why: Misschien doe je haar er een plezier mee; een concurrent afbreken bij iemand die hem net koos, dwingt haar haar keuze te verdedigen tegen jou.]
    "Ik hoop dat hun support beter geworden is. Ik hoor dat die traag is." # speaker: you
    We zullen ons wel redden. Nog een fijne avond. # speaker: lieve # mood: annoyed # ending: bought-elsewhere
    -> END

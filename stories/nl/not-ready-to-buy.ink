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

-> morning

=== morning ===
Dinsdag, eind oktober. Je bureau op het sociaal secretariaat, waar je de grotere klanten opvolgt: lonen, contracten, ploegenplanning. # scene: office
Je leerde Lieve Desmet kennen in juni, op de zomerbarbecue van de ondernemersclub. Jullie praatten een uur over nachtploegen, het voetbal van haar zonen en haar allergie voor verkopers. Ze lachte met jouw grappen, jij met de hare.
In september zei ze dat jullie pakket voor lonen en planning "precies was wat we nodig hebben. Na de zomer, waarschijnlijk."
Vandaag ga je met haar lunchen. Bart komt om het scheidingswandje heen met twee koffies en zet er een voor je neer. # sound: door
Vandaag lunch met Verbeke Koelopslag, toch? Honderdtachtig man, drie ploegen. # speaker: bart-claeys # mood: pleased
Neem het bestelformulier mee. Eindejaarsactie: twintig procent korting als ze voor vrijdag tekenen. We zitten veertigduizend onder target, en haar deal is achtendertig. # speaker: bart-claeys # mood: interested
Ik zeg niks, hé. Ik zeg maar wat. # speaker: bart-claeys # mood: pleased
* [Neem het bestelformulier en de kortingsfiche mee, voor het geval dat # tip1 -1 # tip5 -1 # why: Je gaat lunchen met je zinnen al op tekenen gezet, en dat kleurt elke vraag die je haar stelt.]
    Je schuift het bestelformulier in je tas. Het weegt niks, en toch voel je het de hele weg naar Willebroek.
* [Laat de papieren liggen: het is een lunch met Lieve, geen verkoopgesprek # tip1 +1 # tip5 +1 # why: Gaan om de persoon te zien, niet om af te sluiten, zorgt dat je blijft luisteren in plaats van te sturen.]
    "Het is een lunch, Bart. Als ze over zaken wil praten, weet ze me te vinden." # speaker: you
    Jouw keuze. Breng toch maar goed nieuws mee. # speaker: bart-claeys # mood: neutral
* [Lees eerst het nieuws over Verbeke na # tip4 +1 # why: Weten wat er in haar wereld speelt, helpt je betere vragen te stellen en te zien waar je kunt helpen.]
    ~ read_up = true
    Je neemt twintig minuten voor het nieuws. Verbeke opende in september een nieuwe diepvrieshal. En in juli werd het bedrijf overgenomen door een Nederlandse groep, Nordvries. Dat wist je niet.
- -> lunch.arrival

=== lunch ===
= arrival
Brasserie Het Veer, aan de vaart. Binnenschepen achter het raam, soep van de dag op het krijtbord. # scene: cafe
Lieve komt binnen met haar jas half aan en haar gsm in de hand. Ze legt hem omgekeerd op tafel. # sound: door
Sorry, sorry. Er stond een camion diepvriesfrieten met de verkeerde papieren aan de poort. Dag! Alles goed? # speaker: lieve # mood: pleased
* [Vraag naar het voetbal van haar zonen: heeft de jongste het eerste elftal gehaald? # tip5 +1 # why: Verdergaan waar jullie gebleven waren, als mensen, toont dat de relatie telt en niet alleen de deal.]
    ~ trust += 1
    "Eerst het belangrijkste: heeft Wout het eerste elftal gehaald?" # speaker: you
    Jaja! Hij zit op de bank, in een heel proper shirt. Dat heb je onthouden? # speaker: lieve # mood: pleased
    Ze vertelt het goed. Tegen dat de soep er is, liggen jullie allebei in een deuk.
* [Vraag hoe het draait in de nieuwe diepvrieshal # tip4 +1 # why: Vragen naar haar werk, niet naar jouw product: zo ontdek je waar ze een handje kan gebruiken.]
    ~ trust += 1
    "En de nieuwe hal? Draait die al?" # speaker: you
    Draaien doet ze. Koud, vol, en te weinig volk om ze te runnen. Begin er niet over. Of nee, doe maar. Straks. # speaker: lieve # mood: interested
* [Kom ter zake: "Zo, zijn we klaar om de overstap in te plannen?" # tip1 -2 # why: Ze kwam met jou lunchen; openen met het contract maakt van haar een bestelling op je lijstje.]
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
Twintig procent. Vrijdag. Achtendertigduizend.
* [Bied de twintig procent aan als ze voor vrijdag tekent # tip5 -2 # tip1 -1 # why: Een korting beantwoordt een budgetstop met druk: ze kan geen ja zeggen, en moet nu nee zeggen tegen een vriendin.]
    ~ pushed = true
    ~ trust -= 2
    "En als ik twintig procent korting kan geven? Als het voor vrijdag getekend is?" # speaker: you
    -> pushed_back
* [Stel voor het te splitsen: de helft nu tekenen, de rest in januari # tip5 -1 # why: Creatief, maar je duwt nog altijd een verkoop dit jaar door, tegen een beslissing die haar groep al nam.]
    ~ pushed = true
    ~ trust -= 1
    "En als we het splitsen? De lonen nu, de planning in januari. Een kleiner bedrag dit jaar." # speaker: you
    -> pushed_back
* [Bedank haar voor haar eerlijkheid, en vraag hoe zij het zelf beleeft # tip5 +2 # why: Ze was eerlijk, en dat kostte haar iets; de relatie is meer waard dan dit kwartaal.]
    ~ trust += 1
    "Merci dat je het me gewoon zegt. Dat was vast niet leuk. Hoe beleef jij het zelf?" # speaker: you
    -> listened

= pushed_back
Lieve legt haar handen plat op tafel.
Het gaat niet om de prijs. Er is geen budgetlijn. Als ik in december iets teken, ziet de CFO in Rotterdam dat in januari, en dan ben ik de directeur die in haar eerste zes maanden niet luisterde. # speaker: lieve # mood: annoyed
Ze zegt het vriendelijk. Dat maakt het bijna erger.
* [Maak het zoeter: dertig procent, en de factuur gedateerd in januari # tip5 -2 # tip1 -1 # why: Nu vraag je haar de regels van haar eigen bedrijf te plooien voor jouw target. Ook als ze toegeeft, onthoudt ze het.]
    ~ pilot_signed = true
    ~ trust -= 2
    "Dertig procent. En we dateren de factuur in januari. Niemand in Rotterdam ziet dit jaar iets." # speaker: you
    Ze zwijgt een hele tijd. Dan zucht ze.
    Goed dan. Een pilot. Alleen planning, één hal, drie maanden, uit mijn eigen werkingsbudget. Aan dertig procent. En dan praten we over iets anders. # speaker: lieve # mood: annoyed
    Je hebt iets verkocht. Zo hoort verkopen niet te voelen.
* [Trek je terug: "Vergeet wat ik vroeg. Dat was mijn target die sprak." # tip5 +2 # why: De druk benoemen en laten vallen herstelt vertrouwen: ze ziet dat de relatie voor je kwartaal gaat.]
    ~ trust += 1
    "Vergeet wat ik vroeg. Dat was mijn target die sprak, niet ik." # speaker: you
    Ze lacht, en haar schouders zakken.
    Jouw target heeft een luide stem. De mijne ook, tegenwoordig. # speaker: lieve # mood: pleased
- -> problem

= listened
Eerlijk? Slecht. Nieuwe eigenaars, nieuwe rapporten, nieuwe mensen om content te houden. Ze zijn vriendelijk genoeg. Ze willen gewoon cijfers die ik niet kan leveren. # speaker: lieve # mood: uneasy
En jullie deal was het enige waar ik echt naar uitkeek. # speaker: lieve # mood: neutral
* [Vraag wat de stop voor haar betekent, van week tot week # tip4 +2 # why: Vragen naar haar echte probleem, budget of geen budget: zo ontdek je waar je kunt helpen.]
    ~ trust += 1
    "Wat betekent het voor jou, week na week? Zonder het nieuwe systeem?" # speaker: you
    Ze kijkt je aan, alsof ze afweegt hoe eerlijk ze zal zijn.
    Wil je dat echt weten? Goed dan. # speaker: lieve # mood: interested
* [Bied aan een business case te schrijven om het budget los te krijgen # tip4 +1 # tip5 -1 # why: Behulpzaam op het eerste gezicht, maar je mikt op een verkoop dit jaar tegen de beslissing van haar groep in, en zet haar in een lastig parket.]
    "Laat mij een business case schrijven. Cijfers, besparingen, alles. Jij trekt ermee naar Rotterdam." # speaker: you
    Dat is lief. Maar dan ben ik de nieuwe directeur die in haar eerste zes maanden ruzie maakt met Rotterdam over een leverancier. Dat gevecht win ik niet. # speaker: lieve # mood: uneasy
    Niet dit jaar. # speaker: lieve # mood: neutral
* [Zeg dat het jammer is, en stap over op luchtiger dingen # tip4 -1 # why: Je spaart haar de verkooppraat, maar je mist ook de kans om te horen wat ze nu echt nodig heeft.]
    "Tja, da's jammer. Volgend jaar dan. Al plannen voor de vakantie?" # speaker: you
    Vakantie. Ha. # speaker: lieve # mood: neutral
    Ze antwoordt beleefd, en komt er dan toch op terug.
- -> problem

= problem
Het echte probleem is niet de software, weet je. Twee van mijn planners zijn deze zomer vertrokken. De goeie. # speaker: lieve # mood: uneasy
Dus maak ik de nachtroosters nu zelf. In Excel. Om elf uur 's avonds, aan mijn keukentafel. En over vier weken begint de kerstpiek. # speaker: lieve # mood: annoyed
Ze wrijft in haar ogen en lacht met zichzelf.
Sorry. Je kwam voor de soep, niet voor mijn keukentafel. # speaker: lieve # mood: neutral
Je denkt aan Jonas Verlinden, een freelance planner met wie je jaren samenwerkte: rustig, nauwkeurig, en sinds september tussen twee opdrachten.
* [Bied aan haar in contact te brengen met Jonas, een freelance planner die je vertrouwt # tip4 +2 # tip5 +1 # why: Je helpt met wat ze nu nodig heeft, zonder er zelf iets aan te verdienen; dat is wat mensen onthouden.]
    ~ promised_jonas = true
    ~ trust += 1
    "Ik ken iemand. Jonas Verlinden, freelance ploegenplanner. Zes jaar de roosters van een ziekenhuis gedaan en nooit zijn kalmte verloren. Hij is vrij. Ik breng jullie deze week in contact." # speaker: you
    Zou je dat doen? # speaker: lieve # mood: pleased
    Ze schrijft "Jonas" op de achterkant van een bierkaartje en steekt het in haar zak.
* {not pilot_signed} [Bied drie maanden de planningsmodule gratis aan, zonder verplichtingen # tip4 +1 # tip1 -1 # why: Gul, maar een gratis proef blijft een verkoopzet: ze moet hem uitrollen in haar piek, en dan vechten om hem te houden.]
    "Neem onze planningsmodule drie maanden. Gratis. Zonder verplichtingen." # speaker: you
    Dat is gul. Maar een nieuw systeem in volle kerstpiek? Geïnstalleerd door wie? Door mij, aan mijn keukentafel? # speaker: lieve # mood: uneasy
    Merci. Echt. Maar nee. # speaker: lieve # mood: neutral
* [Zeg haar dat jullie pakket dat volgend jaar allemaal oplost # tip1 -1 # why: Een pitch, ook een zachte, terwijl ze over haar avonden vertelt. Ze weet wat je verkoopt.]
    ~ trust -= 1
    "Volgend jaar, als het pakket draait, is dat allemaal voorbij. Automatische roosters, geen Excel meer." # speaker: you
    Ik weet het. Ik heb de demo gezien. # speaker: lieve # mood: neutral
    Ze zegt het zonder enige scherpte, en kijkt naar de vaart.
- -> bill

= bill
De ober brengt de rekening. Lieve pakt ze voor jij het kunt doen.
Ik trakteer. Na het verpesten van je kwartaal is dat wel het minste. # speaker: lieve # mood: pleased
Ze trekt haar jas aan. De camion met de frieten wacht.
* [Stel een koffie voor op de club in het nieuwe jaar, zonder agenda # tip5 +2 # why: Contact houden zonder agenda houdt de relatie warm tot het budget terugkomt.]
    ~ next_coffee = true
    ~ kept_in_touch += 1
    ~ trust += 1
    "Een koffie op de club in januari? Zonder agenda. Ik wil weten hoe het Wout op de bank vergaat." # speaker: you
    Afgesproken. Dan vertel jij hoe je target het overleefd heeft. # speaker: lieve # mood: pleased
* [Zeg dat je haar op twee januari belt, als de budgetten opengaan # tip5 -1 # tip1 -1 # why: Ze hoort dat je op de eerste werkdag van het jaar terugkomt voor het geld.]
    ~ trust -= 1
    "Dan bel ik je op twee januari. Als de nieuwe budgetten opengaan." # speaker: you
    Op twee januari. Juist. # speaker: lieve # mood: uneasy
* [Bedank haar en laat het open: ze weet je te vinden # tip5 -1 # why: Iets openlaten betekent meestal dat niemand belt; zonder contact koelt een warme relatie af.]
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
Dus in de lente volgt de volledige uitrol, ja? Ik zet het in de forecast. # speaker: bart-claeys # mood: interested
* [Zeg het eerlijk: de pilot is uit haar geperst, reken niet op meer # tip5 +1 # why: Een eerlijke forecast beschermt je geloofwaardigheid, en houdt de volgende duw tegen voor hij begint.]
    "Zet het niet in de forecast, Bart. Ze heeft getekend om van mij af te zijn. Dat is geen voet tussen de deur." # speaker: you
    Bart laat zijn armen langzaam zakken.
    Hm. Tja. Verkocht is verkocht. # speaker: bart-claeys # mood: uneasy
* [Beloof hem de volledige uitrol tegen de lente # tip5 -2 # why: Je belooft net dat je haar opnieuw gaat pushen, en die volgende duw kost je wat er nog van de relatie over is.]
    ~ promised_bart = true
    "Tegen de lente. Daar zorg ik voor." # speaker: you
    Dat wil ik horen! # speaker: bart-claeys # mood: pleased
- -> the_email

= without_pilot
Terug op kantoor staat Bart al aan je bureau te wachten. # scene: office
En? Heeft ze getekend? Zeg me dat ze getekend heeft. # speaker: bart-claeys # mood: interested
Je vertelt het hem: de overname, de budgetstop, de keukentafel. Bij elke zin zakt zijn gezicht een beetje verder.
Niks? Heb je tenminste de twintig procent vermeld? # speaker: bart-claeys # mood: annoyed
* [Vertel hem de waarheid: geen budget dit jaar, en waarom je niet duwde # tip5 +1 # why: Een eerlijke forecast beschermt haar, je geloofwaardigheid, en de relatie.]
    "Er is geen budget, Bart. Duwen had ons de klant gekost, niet de deal opgeleverd. Haal haar uit de forecast van dit jaar." # speaker: you
    Bart staart een tijdje naar het plafond.
    Goed. Maar volgend jaar is zij de eerste die je belt. # speaker: bart-claeys # mood: neutral
* [Beloof hem dat ze toch nog voor Kerstmis tekent # tip5 -2 # why: Je belooft net dat je haar opnieuw gaat pushen, en die volgende duw kost je de relatie.]
    ~ promised_bart = true
    "Laat dat maar aan mij over. Voor Kerstmis staat haar handtekening eronder." # speaker: you
    Zo mag ik het horen! # speaker: bart-claeys # mood: pleased
- -> the_email

=== the_email ===
= body
Donderdag. Je opent een nieuwe mail aan Lieve. De cursor knippert.
{ promised_jonas:
    Op je bureau: een geel briefje met "Jonas!!" in je eigen handschrift.
}
* {promised_jonas} [Stel haar voor aan Jonas, met hem in cc, zoals beloofd # tip3 +2 # why: Je beloofde een kennismaking; die snel maken, en alleen dat, bouwt vertrouwen.]
    ~ kept_promise = true
    ~ trust += 2
    Je schrijft drie korte alinea's: wie Jonas is, waar Lieve mee worstelt, en dat ze het vanaf hier zelf overnemen. Jonas antwoordt binnen het uur: "Ik bel haar morgen."
* {promised_jonas} [Bedank haar voor de lunch; Jonas mail je wel als de week wat kalmer is # tip3 -2 # why: Je beloofde een kennismaking voor haar kerstpiek; een belofte die te laat komt, is een gebroken belofte.]
    ~ trust -= 1
    Je schrijft een warm bedankje en meldt dat Jonas "binnenkort" volgt. Dan is het vrijdag, en dan is het november.
* {not promised_jonas} [Bedank haar voor de lunch, met een artikel over plannen voor een piekseizoen # tip3 +1 # tip5 +1 # why: Een opvolging die haar iets nuttigs geeft en niets vraagt, houdt de relatie warm.]
    ~ trust += 1
    Je vindt een goed artikel over seizoenspieken plannen, uit een vakblad logistiek, en zet er twee zinnen van jezelf bij over wat jij eerst zou proberen.
* [Voeg de kortingsofferte toe "zodat je het zwart op wit hebt" # tip3 -2 # tip1 -1 # why: Opnieuw verkopen in de opvolging, nadat ze zei dat er geen budget is, vertelt haar dat je niet luisterde.]
    ~ trust -= 2
    Je voegt de offerte toe, "gewoon zodat je het zwart op wit hebt, mocht er iets veranderen."
- -> ps

= ps
Voor je verstuurt, valt je oog op de brochure op je scherm. De nieuwe, met de planningsmodule op de cover.
* [PS "Onze nieuwe brochure, voor als het budget terug is" # tip3 -2 # tip1 -1 # why: Het voelt efficiënt, maar een PS met je aanbod maakt van een vriendelijke mail een verkoopmail, en dat merkt ze.]
    ~ trust -= 1
    Je voegt ze toe. Eén zinnetje. Wat kan het kwaad.
* [Geen PS: sluit hartelijk af en verstuur # tip3 +1 # why: De mail stoppen waar de hulp stopt, houdt hem zuiver: er staat niets in over jou.]
    Je sluit af met "Veel succes met de piek," en verstuurt.
* [PS "Tot op het nieuwjaarsontbijt van de club?" # tip5 +1 # tip3 +1 # why: Een lichte, concrete aanleiding om elkaar terug te zien houdt het contact warm zonder iets te vragen.]
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
Februari. Op LinkedIn post Lieve een foto van haar nachtploeg in de diepvrieshal, allemaal in thermojassen, met een taart.
{ kept_promise:
    "Door de kerstpiek zonder één gemiste levering. Fier op deze ploeg. En merci, Jonas Verlinden, voor de roosters."
- else:
    "Door de kerstpiek zonder één gemiste levering. Fier op deze ploeg."
}
* [Stuur haar een persoonlijk bericht om de ploeg te feliciteren # tip5 +1 # why: Een persoonlijk woord als er iets goeds gebeurt, houdt je dichtbij zonder iets te vragen.]
    ~ kept_in_touch += 1
    ~ trust += 1
    Je schrijft haar een paar zinnen: dat je aan haar keukentafel dacht, en dat die taart verdiend is. Ze antwoordt met drie uitroeptekens.
* [Reageer met een link naar jullie gids over plannen voor het piekseizoen # tip1 -2 # tip5 -1 # why: Een verkooplink onder het moment van haar ploeg: iedereen die het leest, ziet een verkoper.]
    ~ trust -= 2
    Je reageert: "Proficiat! Voor volgend jaar kan onze gratis gids over piekplanning misschien helpen." De link krijgt twee likes. Geen van beide is van haar.
* [Geef een like en scrol verder # tip5 -1 # why: Een like is zichtbaar, maar zegt heel weinig; een relatie heeft af en toe een echt woord nodig.]
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
"Nordvries kiest één leverancier voor alle zes de sites, voor de hele groep: Paylink. Merci voor de pilot. Lieve."
{ promised_bart:
    Bart leest over je schouder mee en zegt helemaal niets. Dat is erger.
}
* [Antwoord, en vraag haar eerlijk wat je beter had kunnen doen # tip5 +1 # why: Na een verlies om eerlijke feedback vragen: zo overleeft de relatie het, en leer je bij.]
    Je vraagt het haar. Ze neemt een week om te antwoorden, en dan is ze eerlijk.
    "Je was heel fijn gezelschap. Tot je mijn handtekening meer nodig had dan ik jouw software. Stijn van Paylink kwam gewoon af en toe langs met iets nuttigs. Geen kwaad bloed. L."
    Je drukt het af. Dit hou je bij. # ending: quick-sale
    -> END
* [Bied veertig procent korting om alle zes de sites terug te winnen # tip5 -1 # tip1 -1 # why: Nog een korting bevestigt wat ze in oktober leerde: bij jou gaat het altijd om de deal.]
    Je biedt veertig procent, voor de hele groep. Bart keurt het goed met zijn ogen dicht.
    Er komt geen antwoord. In april post Paylink een foto van zijn kick-off in Willebroek. # ending: quick-sale
    -> END

= referrals
April. Het lenteontbijt van de ondernemersclub: croissants, slappe koffie, zestig mensen. # scene: breakfast-room
Lieve wenkt je naar haar tafel nog voor je een bord hebt.
Het budget is terug. Rotterdam wil één systeem voor alle zes de sites, en ik heb gezegd dat ik al weet wie ik vertrouw. Kom je in mei presenteren? # speaker: lieve # mood: pleased
En ik heb je nummer aan twee mensen gegeven. Onze sitemanager in Gent, en Yasmina Bouzid: thuiszorg, tachtig verzorgenden, roosters uit de hel. Ze belt je. # speaker: lieve # mood: interested
Die namiddag gaat je telefoon. # scene: office # sound: phone-ring
Yasmina Bouzid. Lieve Desmet zegt dat u de enige leverancier bent met wie ze twee keer zou gaan lunchen. Ik heb een kwartier. # speaker: yasmina # mood: neutral
* [Vraag Yasmina naar haar verzorgenden en haar roosters voor je over jullie pakket begint # tip1 +1 # tip4 +1 # why: Een doorverwijzing is geleend vertrouwen: je betaalt het terug door eerst te luisteren, net als bij Lieve.]
    "Een kwartier is ruim genoeg. Vertelt u eerst over uw verzorgenden. Hoe ziet een slechte week eruit?" # speaker: you
    Een stilte. Dan vertelt ze het, vijfentwintig minuten lang.
    Dat vraagt niemand mij ooit. Kunt u donderdag langskomen? # speaker: yasmina # mood: pleased
    In mei presenteer je in Rotterdam. In juni tekent Nordvries voor alle zes de sites, aan de normale prijs. Of Wout ooit van de bank af geraakt is, kom je nooit te weten. # ending: referrals
    -> END
* [Mail Yasmina meteen de prijslijst en een demolink # tip1 -1 # tip4 -1 # why: Efficiënt, maar je verspilt Lieves vertrouwen aan een prijslijst, terwijl Yasmina een gesprek wilde.]
    "Ik stuur u meteen onze prijslijst en een demolink, dan kunt u zelf kijken." # speaker: you
    Goed. Ik kijk ernaar. # speaker: yasmina # mood: neutral
    Ze belt niet terug. Maar in juni tekent Nordvries voor alle zes de sites, aan de normale prijs, en Lieve stuurt je een derde naam. Deze keer bel je en stel je eerst vragen. # ending: referrals
    -> END

= signed_later
April. Een mail van Lieve. # scene: office # sound: message
"Het budget is terug! Rotterdam wil drie offertes, dat is procedure. De jouwe is er een van, uiteraard. L."
Drie offertes. Ga erin met dertig procent korting en maak de andere twee af. # speaker: bart-claeys # mood: interested
* [Stuur een eerlijke offerte, en bied aan haar nachtploeg te leren kennen voor ze beslist # tip5 +1 # tip4 +1 # why: Een faire prijs en echte interesse in haar mensen maken een klant die blijft, niet een die gekocht is.]
    Je stuurt een eerlijke offerte en loopt een nachtshift mee in de diepvrieshal, in een geleende thermojas, met vragen voor haar planners.
    In juni tekent Verbeke, aan de normale prijs. Lieve zegt dat dat nachtbezoek de doorslag gaf. # ending: signed-later
    -> END
* [Ga erin met dertig procent korting om zeker te winnen # tip5 -1 # why: De deal kopen met prijs leert haar dat je catalogusprijs nooit echt was, en maakt van elke verlenging een gevecht.]
    Je gaat erin met dertig procent. Je wint. Natuurlijk win je.
    De verlenging van volgend voorjaar staat al in Barts agenda, met een vraagteken. # ending: signed-later
    -> END

= drifted
Mei. De lentereceptie van de ondernemersclub, in de oude brouwerijhal. # scene: reception # sound: glasses
Aan de bar vertelt Stijn van Paylink een verhaal. Lieve ligt in een deuk.
Later hoor je het van iemand anders: Verbeke is in april overgestapt op Paylink, alle zes de sites. Stijn kwam sinds de herfst om de paar weken langs, met koffie, of een artikel, of een planner die hij kende.
Lieve komt alleen naar je toe, glas in de hand, een beetje ongemakkelijk.
Hey. Ik wilde het je zelf zeggen. Het was een beslissing van de groep. En eerlijk, Stijn was er gewoon... altijd. # speaker: lieve # mood: uneasy
* [Feliciteer haar, en vraag hoe de overstap verloopt # tip5 +2 # why: Een deal sportief verliezen houdt de relatie levend; het lange spel stopt niet bij één contract.]
    "Dan hoop ik dat het vlot verloopt. Hoe gaat de overstap? En hoe is het met Wout?" # speaker: you
    Ze ontspant. Jullie praten twintig minuten, en geen woord gaat over lonen.
    Onze zusterfirma in Luik zoekt trouwens nog. Ik geef hun jouw naam. Deze keer echt. # speaker: lieve # mood: pleased # ending: door-still-open
    -> END
* [Vraag haar, een beetje gekwetst, waarom ze niet bij jou terugkwam # tip5 -1 # why: Begrijpelijk, maar het laat haar voelen dat ze je een deal verschuldigd was, en dat sluit een deur die open had kunnen blijven.]
    "Ik dacht dat we iets opgebouwd hadden. Waarom ben je niet bij mij teruggekomen?" # speaker: you
    Ze kijkt naar haar glas.
    Ben jij bij mij teruggekomen? # speaker: lieve # mood: annoyed # ending: bought-elsewhere
    -> END
* [Laat vallen dat de support van Paylink bekendstaat als traag # tip1 -2 # tip5 -1 # why: Een concurrent afbreken bij iemand die hem net koos, dwingt haar haar keuze te verdedigen, en zich tegen jou te keren.]
    "Ik hoop dat hun support beter geworden is. Ik hoor dat die traag is." # speaker: you
    We zullen ons wel redden. Nog een fijne avond. # speaker: lieve # mood: annoyed # ending: bought-elsewhere
    -> END

# title: De hardseller
# summary: Een receptie van de ondernemersclub in Mechelen. Iemand staat meteen tegen je te pitchen, en jij hebt zelf targets. Pitch je terug?
# main: tip1
# cast: kurt \| Kurt Mertens \| verkoopt elektrische bedrijfswagens in leasing; warm, luid, overtuigd van zijn methode
# cast: els \| Els Wouters \| architecte, drie maanden zelfstandig; droog, scherp, allergisch voor pitches
# cast: johan \| Johan Goossens \| leidt het familiebouwbedrijf; al twintig jaar lid van de club, neemt zijn tijd
# ending: two-sellers \| Twee verkopers, geen kopers
# ending: small-talk \| Over koetjes en kalfjes
# ending: real-conversations \| Echte gesprekken
# ending: connector \| Mensen bij elkaar gebracht

// Geheugen voor latere scenario's: wie je een kennismaking beloofde, en of je Kurt ontmoette.
VAR mem_promised_intro = ""
VAR mem_met_hard_seller = false

// Tellers die het einde kiezen: zetten die verkopen, en zetten die echt iemand leren kennen.
VAR sell = 0
VAR meet = 0

// Wat er onderweg gebeurde, voor de zinnen die erop volgen.
VAR scanned = false
VAR els_guarded = false
VAR els_left = false
VAR knows_els_need = false
VAR lectured = false
VAR helped_kurt = false
VAR kurt_honest = false
VAR texted_leads = false
// Verkoop op korte termijn die de harde aanpak vanavond toch opleverde.
VAR kurt_lead = false
VAR johan_lead = false

-> arrival

=== arrival ===
De oude brouwerijzaal gonst: tweehonderd stemmen, een jazztrio waar niemand naar luistert, glazen die tinkelen aan de bar. # scene: reception # sound: glasses
Het is de lentereceptie van de Mechelse ondernemersclub, en het is je eerste.
Je klikt je naambadge vast. Je naam, en daaronder je werkgever: een sociaal secretariaat. Loonadministratie en HR-papierwerk voor kleine bedrijven.
Je gsm trilt. Bart, je manager: "Drie goeie leads vanavond, hé? Maandag begint het nieuwe kwartaal."
Een ober duwt je een glas cava in de hand. Overal rond je staan de mensen al in groepjes van drie, vier. # discuss: Bart wil drie leads. Waarvoor dient het eerste uur van een receptie?
* [Eerst de naambadges afspeuren: wie zijn de twee, drie zaakvoerders die je avond waard zijn? # act: target # tip1 -1 # tip5 -1 # why: Efficiënt, maar je deelt mensen in als doelwit nog voor je er één ontmoet hebt.]
    Je schuift langs de rand van de zaal en leest badges. Consultant. Bank. Student. Zaakvoerder, veertig man personeel. Je onthoudt het gezicht: grijs haar, losgetrokken das.
    ~ scanned = true
    ~ sell += 1
* [Naar de bar, en babbelen met wie daar toevallig staat # act: mingle # tip1 +1 # why: Gaan waar mensen praten, zonder iets te moeten binnenhalen: zo leer je mensen kennen.]
    Je zet koers naar de bar, waar de bitterballen per schaal uit de keuken komen en de mensen al wachtend een praatje slaan.
    ~ meet += 1
* [Nog eens overlopen hoe je jezelf gaat voorstellen # act: prepare # tip1 +1 # tip2 -1 # why: Weten wat je gaat zeggen, maakt het makkelijker om op onbekenden af te stappen; een ingestudeerde pitch wordt ook al snel het hele gesprek.]
    Je zoekt een rustige pilaar en loopt hem door. Wie we zijn, wat we doen, waarom overstappen simpel is. Dertig seconden. Goed.
- -> bar

=== bar ===
Je belandt aan de bar, naast een schaal bitterballen die snel leegloopt.
Een vrouw in een donkergroene vest wringt zich naast je en blaast lang uit.
Ik heb daar net bijna een elektrische auto gekocht. Bijna. Ik ben gevlucht. # speaker: els # mood: uneasy
Op haar badge staat Els Wouters, Wouters Architecten. Ze kijkt naar de bitterballen, en dan naar jou.
Sorry, dat klonk onbeleefd. Het is waarschijnlijk een heel vriendelijke mens. # speaker: els # mood: neutral # discuss: Ze is net voor een pitch gevlucht. Wat heeft ze nodig van de volgende met wie ze praat?
* [“Laat me raden: fiscaal voordelig, en op twintig minuten opgeladen?” # act: small-talk # tip1 +1 # tip2 +1 # trust: els +1 # why: Samen lachen breekt het ijs, en het zegt haar dat jij haar niet ook komt bewerken.]
    Laat me raden. Fiscaal voordelig, en op twintig minuten opgeladen? # speaker: you
    Achttien, blijkbaar. Hij had een grafiek. Op zijn gsm. Hij zoomde in. # speaker: els # mood: pleased
    ~ meet += 1
* [Vragen wat haar hier vanavond brengt # act: open-question # tip2 +2 # trust: els +1 # why: Een open vraag over haar is de snelste weg voorbij het weer en de parking.]
    En wat brengt jou hier vanavond, behalve de auto's? # speaker: you
    Goeie vraag. Eenzaamheid, vooral. De professionele soort. # speaker: els # mood: interested
    ~ meet += 1
* [Jezelf en je firma voorstellen, en je kaartje geven # act: swap-cards # tip1 -1 # tip2 -1 # tip5 +1 # why: Ze weet nu wie je bent, en dat telt voor later; maar ze is net aan één pitch ontsnapt, en meteen een kaartje voelt als de volgende.]
    Je stelt je voor, naam en firma, en houdt je kaartje op.
    Ze neemt het aan, leest het, en steekt het in haar zak.
    Loonadministratie. Ah ja. Aangenaam. # speaker: els # mood: uneasy
    ~ sell += 1
- -> els_story

=== els_story ===
Ik heb twaalf jaar op een groot bureau in Antwerpen gewerkt. Vooral ziekenhuizen. In maart ben ik voor mezelf begonnen, hier in Mechelen, waar ik opgegroeid ben. # speaker: els # mood: neutral
Blijkt dat ik hier niemand meer ken. Mijn hele netwerk zit in Antwerpen, en het meeste daarvan werkt nog voor mijn vroegere baas. # speaker: els
Dus: de ondernemersclub. Mijn boekhouder zei: het is dit of golf. # speaker: els # mood: pleased
Ze neemt een bitterbal, blaast erop, en bedenkt zich.
En ik heb nu twee mensen in dienst. Dat is fantastisch. Het papierwerk niet. Mijn sociaal secretariaat stuurt me formulieren in een taal die ik niet spreek. Ik ben er elke maand een vrijdag aan kwijt. # speaker: els # mood: annoyed
Je voelt het bijna lichamelijk: dit is precies wat jij verkoopt. Barts bericht staat nog open op je gsm. # discuss: Ze heeft een probleem dat jij oplost. Is dit het moment om dat te zeggen?
* [“Dat is net wat wij doen. Zal ik je maandag eens bellen?” # act: pitch # tip1 -2 # tip5 -1 # trust: els -1 # why: Ze deelde een zorg, geen vraag. Een verkoopgesprek inplannen maakt van haar openheid een lead.]
    Eerlijk? Dat is net wat wij doen. Zal ik je maandag eens bellen? # speaker: you
    Haar glimlach blijft staan, maar er gaat iets achter dicht.
    Goed. Maandag, tien uur. Als jij mij mijn vrijdagen teruggeeft, teken ik. # speaker: els # mood: neutral
    Ze schrijft haar nummer op de achterkant van je kaartje en geeft het terug. Dan draait ze zich een beetje naar de bar.
    ~ els_guarded = true
    ~ sell += 1
* [Vragen wat ze met die vrijdag zou doen als ze hem terugkreeg # act: open-question # tip2 +2 # tip4 +1 # trust: els +1 # why: Je vraagt naar haar, niet naar het probleem waar jij iets aan kunt verkopen: zo leer je haar kennen, en wat haar echt zou helpen.]
    Als je die vrijdag terugkreeg, wat zou je ermee doen? # speaker: you
    Ze lacht, en dan denkt ze er echt over na.
    Tekenen. Ik ben voor mezelf begonnen om weer te kunnen tekenen. En om hier mensen te vinden die bouwen wat ik teken. Aannemers die niet lachen met een kleine schooluitbreiding. # speaker: els # mood: interested
    ~ meet += 1
    ~ knows_els_need = true
* [Luchtig zeggen wat je doet, en het daarbij laten # act: say-what-you-do # tip1 +1 # tip5 +1 # trust: els +1 # why: Open zijn over je werk zonder aan te dringen: zo kan ze er zelf op terugkomen, als ze dat wil.]
    Ik moet iets bekennen: ik werk voor een sociaal secretariaat. Maar vanavond heb ik vrijaf. Vertel me liever over je gebouwen dan over je formulieren. # speaker: you
    Vrijaf. Juist. Goed dan, de waarheid: ik ben voor mezelf begonnen om weer te tekenen. En om hier aannemers te vinden die een klein werk serieus nemen. # speaker: els # mood: pleased
    ~ meet += 1
    ~ knows_els_need = true
- -> kurt_arrives

=== kurt_arrives ===
Tussen jullie in verschijnt een bord bitterballen, vastgehouden door een grote man in een marineblauw pak en een heel goed humeur.
Daar is ze, de architecte! Els, ik had nog een idee voor u: het model met het houten dashboard. Architecten zijn zot van hout. # speaker: kurt # mood: pleased
Els zet een halve stap achteruit, richting bar. # mood: els uneasy
Dan leest hij jouw badge, en zijn ogen beginnen te blinken.
Een sociaal secretariaat! Schitterend. Dan hebt ge personeel, en personeel wil een auto. Kurt Mertens, Voltlease. # speaker: kurt # mood: interested
~ mem_met_hard_seller = true
Hij schudt je de hand, en op de een of andere manier zit er een kaartje in je andere hand voor hij loslaat.
Volledig elektrisch, all-in, één prijs per maand, fiscaal interessant voor u en voor hen. Morgen om acht uur zit er een offerte in uw mailbox. Wat is uw mailadres? # speaker: kurt # mood: pleased
Bart zou deze man meteen aanwerven, denk je. En hij geeft je net de perfecte opening. # discuss: Kurt pitcht tegen jou terwijl Els erbij staat. Wat ben je elk van hen verschuldigd?
* [Terugpitchen: “Alleen als jij je lonen bij ons laat doen.” # act: pitch # tip1 -2 # tip5 -1 # trust: kurt +1 # trust: els -1 # why: Snel en grappig, maar nu staan er twee mensen te verkopen, en leert niemand iemand kennen.]
    -> duel
* [“We verkopen allebei. Laten we stoppen voor een van ons iets koopt.” # act: deflect # tip1 +2 # tip2 -1 # trust: kurt +1 # why: Het spel met een glimlach benoemen stopt het pitchen zonder hem voor schut te zetten; maar een grap sluit het onderwerp af, ze opent hem nog niet.]
    -> truce
* [Kurt vragen hoe hij in elektrische auto's terechtkwam # act: open-question # tip2 +2 # trust: kurt +1 # why: Een vraag over hemzelf is een uitnodiging om de pitch te laten vallen en gewoon mens te zijn.]
    -> curious
* [“Sorry, Kurt, Els en ik zaten midden in een gesprek.” # act: decline # tip2 +1 # tip5 -1 # trust: kurt -1 # why: Je beschermt een goed gesprek, maar je zet Kurt opzij, en dat waar een ander bij staat.]
    -> shield

=== duel ===
Alleen als jij je lonen bij ons laat doen. # speaker: you
Kurt schatert het uit en slaat op de toog dat de glazen ervan opspringen.
Ha! Een verkoper! Eindelijk iemand die mijn taal spreekt. # speaker: kurt # mood: pleased
Hoeveel man op de loonlijst? Twintig? Dertig? Ik geef u een vlootkorting. # speaker: kurt # mood: interested
En hoeveel bij jullie? Want wij zetten een bedrijf over op twee weken, en zonder formulieren in een vreemde taal. # speaker: you
Els kijkt van jou naar Kurt, en terug.
Ik laat jullie twee maar doen. Veel succes, allebei. # speaker: els # mood: annoyed
Ze neemt haar glas en is in de drukte verdwenen voor je iets kunt zeggen.
~ els_left = true
~ sell += 1
Kurt heeft het niet gemerkt. Hij heeft zijn gsm al boven.
Weet ge wat? We wisselen kaartjes, ik stuur u een offerte, gij stuurt mij er een. Dan halen we allebei ons target vanavond. Deal? # speaker: kurt # mood: interested # discuss: Twee leads in één handdruk. Is dat een geslaagde avond?
* [Kaartjes en offertes ruilen: twee leads voor negen uur # act: swap-cards # tip1 -1 # tip2 -1 # tip5 -1 # trust: kurt +1 # why: Het voelt als een overwinning, en misschien is het er zelfs een; maar geen van jullie heeft de ander gekozen, en zo een deal overleeft zelden de eerste factuur.]
    Jullie ruilen kaartjes. Hij tikt je mailadres in zijn gsm met één duim, snel, alsof hij het al duizend keer gedaan heeft.
    Plezant zaken doen met u! En stuur mij die offerte voor de lonen maar echt. Onze office manager vloekt elke maand op ons secretariaat. # speaker: kurt # mood: pleased
    ~ kurt_lead = true
    ~ sell += 1
* [Lachen, zijn kaartje wegsteken, en vragen wat hij doet als hij niet verkoopt # act: open-question # tip2 +2 # trust: kurt +1 # why: Je stapt uit het duel en geeft hem de kans om een mens te zijn in plaats van een verkoper.]
    De deal komt straks wel. Wat doe jij als je niet aan het verkopen bent, Kurt? # speaker: you
    Hij knippert met zijn ogen. Dan grijnst hij.
    Als ik niet verkoop, slaap ik. Allez, ik heb een dochtertje van zes maanden. Dus slapen is ook veel gezegd. # speaker: kurt # mood: pleased
    ~ meet += 1
* [Je excuseren en Els achternagaan om sorry te zeggen # act: repair # tip2 +1 # tip5 +1 # trust: els +2 # why: Een gesprek herstellen dat je zelf kapotmaakte, kost een minuut en zegt meer over jou dan eender welke pitch.]
    Momentje, Kurt. # speaker: you
    Je vindt Els bij de vestiaire, starend naar haar gsm zonder te lezen.
    Sorry. Dat was een verkoopduel, en daarvoor ben jij niet gekomen. # speaker: you
    Ze haalt haar schouders op, maar haar mondhoek beweegt.
    Beroepsmisvorming, zeker? Ga maar, je sparringpartner wacht. We babbelen straks verder. # speaker: els # mood: neutral
    ~ els_left = false
    ~ meet += 1
    Als je terugkomt, staat Kurt nog altijd aan de statafel, en bewaakt hij je glas.
- -> kurt_story

=== truce ===
Kurt, we verkopen allebei voor de kost. Laten we stoppen voor een van ons iets koopt. # speaker: you
Even kijkt hij betrapt. Dan lacht hij, luider dan jij.
Terecht. Terecht! Beroepsmisvorming. Mijn vrouw zegt dat ik op mijn eigen begrafenis nog een lease aan de pastoor zou verkopen. # speaker: kurt # mood: pleased
Nu lacht Els ook, voor het eerst echt.
Dan ziet ze iemand aan de overkant van de zaal, en zwaait.
Dat is Lotte, van mijn vorige bureau. Ik moet even goeiedag gaan zeggen. Blijf hier, jullie twee. Ik wil dit afmaken. # speaker: els # mood: pleased
Ze glipt weg. Kurt zet het bord bitterballen tussen jullie neer, als een vredesoffer.
Goed. Als we niet verkopen, waarover babbelen de mensen hier dan? # speaker: kurt # mood: uneasy # discuss: Kurt stelt een echte vraag. Waarover praten mensen op een receptie?
* [“Over waarom we gekomen zijn. Waarom ben jij hier vanavond?” # act: open-question # tip2 +2 # trust: kurt +1 # why: De eenvoudigste echte vraag op een receptie, en bijna niemand stelt ze.]
    Over waarom we gekomen zijn, meestal. Dus: waarom ben jij hier vanavond? # speaker: you
    Waarom? Om klanten binnen te halen, natuurlijk. Vorige keer werkte dat. Ik zal het u vertellen. # speaker: kurt # mood: interested
    ~ meet += 1
* [“Over wat ze nodig hebben. Dan verkoop je later het juiste.” # act: advise # tip1 -1 # tip4 +1 # trust: kurt +1 # why: Vertrekken van wat mensen nodig hebben, is juist; zeggen dat het is om hen later iets te verkopen, houdt de jacht open, alleen trager.]
    Over wat ze nodig hebben. En later verkoop je ze dan het juiste. # speaker: you
    Later! Later is goed. Later is een pipeline. # speaker: kurt # mood: pleased
    ~ sell += 1
* [“Over de bitterballen. Die zijn uitstekend. Neem er een.” # act: small-talk # tip1 +1 # tip2 -1 # why: Niets te halen en niets te duwen: zo kan hij even stoppen met verkopen. Zijn vraag blijft wel onbeantwoord.]
    Over de bitterballen, om te beginnen. Ze zijn uitstekend. Neem er een. # speaker: you
    Hij neemt er twee. Even is Kurt Mertens gewoon een man die zijn tong verbrandt op een feestje.
    ~ meet += 1
- -> kurt_story

=== curious ===
Hoe ben jij eigenlijk in elektrische auto's terechtgekomen, Kurt? # speaker: you
Hij kijkt verrast, alsof niemand hem de hele avond nog iets gevraagd heeft.
Ik? Ik heb vijftien jaar diesels verkocht. Tot mijn zoon een schoolproject deed over luchtkwaliteit en kwaad thuiskwam. Op mij! Dus ben ik overgestapt. # speaker: kurt # mood: interested
Els trekt een wenkbrauw op, verrast dat ze hem een beetje sympathiek vindt.
Amai, dat is eigenlijk een goed verhaal. Dat had je mij niet verteld. # speaker: els # mood: interested
Ge gaf me de tijd niet! # speaker: kurt # mood: pleased
Dan ziet Els haar vroegere collega Lotte aan de overkant van de zaal, en zwaait.
Niet weglopen, jij. Ik wil ons gesprek nog afmaken. # speaker: els # mood: pleased
Kurt draait zich weer naar jou, en je hoort de pitch bijna herladen.
Maar luister. Voor een firma van uw grootte, all-in, dan spreken we over... # speaker: kurt # mood: interested # discuss: De pitch is terug. Laat je hem uitpraten, stuur je bij, of maak je er een eind aan?
* [Hem zijn pitch laten afmaken; dat is maar beleefd # act: hear-out # timeout # tip2 -1 # tip5 +1 # trust: kurt +1 # why: Geduld is vriendelijk, maar wie de hele pitch uitzit, leert hem dat de pitch werkt.]
    Je laat hem uitspreken. Het is eerlijk gezegd een goeie pitch. Warm, vlot, met in het midden een grap over laadkabels.
    ~ sell += 1
* [Terug naar zijn verhaal: “Wacht. Je zoon. Heeft hij het je vergeven?” # act: follow-thread # tip2 +2 # trust: kurt +2 # why: Teruggaan naar het menselijke verhaal zegt hem dat dát het deel was dat je boeide.]
    Wacht, even terug. Je zoon. Heeft hij het je vergeven? # speaker: you
    Kurt stopt midden in zijn zin. Dan glimlacht hij, een andere glimlach.
    Hij is veertien. Hij vergeeft niemand iets. Maar er kleeft wel een sticker van mijn firma op zijn boekentas. # speaker: kurt # mood: pleased
    ~ meet += 1
* [Je mailadres geven: dan stopt de pitch, en een offerte kost niets # act: swap-cards # tip2 -1 # tip5 -1 # why: Het maakt snel een eind aan de pitch, maar je wordt een lead in zijn systeem, niet iemand die hij kent.]
    Je geeft hem je mailadres. Hij tikt het tevreden in, en de pitch valt stil als een ventilator die je uitzet.
    ~ sell += 1
- -> kurt_story

=== shield ===
Sorry, Kurt. Els en ik zaten midden in een gesprek. # speaker: you
Kurts glimlach blijft staan, maar zijn wenkbrauwen gaan een millimeter omhoog.
Natuurlijk, natuurlijk. Ik sta bij de bitterballen. Laat u niet wijsmaken dat diesel goedkoper is! # speaker: kurt # mood: uneasy
Hij gaat. Els kijkt hem na.
Merci. Al was dat wel wat hard, hé? Hij heeft me daarstraks nog de weg naar de parking gewezen. Is heel de weg voor mij uit gereden. # speaker: els # mood: uneasy
Dan ziet ze haar vroegere collega Lotte aan de overkant van de zaal.
Ik moet even goeiedag gaan zeggen. Hou je mijn plekje vrij? # speaker: els # mood: neutral
Je staat alleen aan de bar. Aan de overkant staat Kurt aan een statafel met zijn bord. Niemand praat met hem. # discuss: Je hebt iemand in het openbaar afgewimpeld. Hoe erg is dat, en voor wie?
* [Naar Kurt gaan en het goedmaken # act: repair # tip2 +1 # tip5 +2 # trust: kurt +2 # why: Een minuut herstelwerk houdt een deur open die je bijna in het openbaar dichtsloeg.]
    Je steekt de zaal over.
    Sorry voor daarnet, Kurt. Dat kwam kouder uit dan ik het bedoelde. # speaker: you
    Ah, geen zorgen. Ik ben al door beteren weggestuurd. Allez, door meer. # speaker: kurt # mood: pleased
    ~ meet += 1
* [Laat het rusten: ga iemand nieuw leren kennen zolang Els weg is # act: exit # tip1 +1 # tip5 -1 # why: Je leert nieuwe mensen kennen, en daarvoor kwam je; maar de afwijzing blijft onhersteld, in een zaal waar mensen praten.]
    Je schuift door naar de volgende statafel en leert een notaris en een bloemiste kennen: aangenaam, vlot, kaartjes gewisseld. Na tien minuten komt Kurt aan de bar iets bijhalen, en gaat hij toch naast je staan.
    Zand erover. Nog een cava? # speaker: kurt # mood: neutral
* [Grijp je kans: zoek de zaakvoerder met veertig man personeel op # act: target # tip1 -2 # tip5 -1 # why: Even vrij, en je gaat op jacht; een doelwit is geen gesprek, en de man die je net opzij zette, kijkt toe.]
    Je gaat op zoek naar badges van zaakvoerders. De beste, een bouwbedrijf met veertig man, hangt aan een grijze man in een hecht groepje oude vrienden dat niet opengaat. Je blijft een tijdje aan de rand staan, met je glas in je hand.
    Als je je omdraait, staat Kurt naast je met een vers bord.
    ~ sell += 1
- -> kurt_story

=== kurt_story ===
{ els_left:
    Els is nergens meer te zien. Nu sta je alleen met Kurt, het bord bitterballen tussen jullie in.
- else:
    Aan de overkant is Els druk in gesprek met een oud-collega. Nu sta je alleen met Kurt, het bord bitterballen tussen jullie in.
}
Hij dempt zijn stem, alsof hij een geheim verklapt.
Weet ge waarom ik naar zulke avonden kom? Vorige lente, op deze zelfde receptie, heb ik drie klanten binnengehaald. Drie! Op één avond. # speaker: kurt # mood: pleased
Mijn baas heeft dat in de nieuwsbrief gezet. "De methode-Kurt." Er is een slide over mij op de salesmeeting. # speaker: kurt
Dus de mensen mogen zeggen dat netwerken niet om verkopen draait. Ik heb drie contracten die iets anders zeggen. # speaker: kurt # mood: interested # discuss: Zijn methode werkte: drie contracten. Wat antwoord je daarop?
* [Vragen wat die drie klanten gemeen hadden # act: open-question # tip2 +2 # why: Nieuwsgierigheid naar zijn verhaal, in plaats van een oordeel erover: zo leer je hem kennen.]
    Wat hadden die drie gemeen? # speaker: you
    Hij opent zijn mond, sluit hem weer, en denkt na.
    Hm. Ze hadden alle drie... een lease die die maand afliep. Ik stond daar gewoon op het juiste moment. # speaker: kurt # mood: uneasy
    ~ meet += 1
* [Naar zijn geheim vragen: jij hebt ook targets # act: follow-thread # tip1 -1 # tip2 +1 # trust: kurt +1 # why: Je volgt zijn verhaal en hij warmt voor je op, maar de band die je smeedt, gaat over hoe je op een receptie verkoopt.]
    Wat is die methode dan? Ik heb ook targets. # speaker: you
    Ha! Simpel. Elke badge is een deur. Ge klopt op allemaal. De meeste blijven dicht, drie gaan open, en dat is uw avond. # speaker: kurt # mood: pleased
    ~ sell += 1
* [Hem vriendelijk zeggen dat netwerken niet om verkopen draait # act: advise # tip1 +1 # tip2 -1 # trust: kurt -1 # why: Je punt klopt, maar een les van iemand die hij pas tien minuten kent, doet hem zijn gewoonte verdedigen.]
    Ik denk dat de mensen hier komen om elkaar te leren kennen, Kurt. Niet om te kopen. # speaker: you
    Ja ja. Zeg dat maar tegen mijn drie contracten. # speaker: kurt # mood: annoyed
    Hij zegt het met een glimlach, maar hij kruist zijn armen.
    ~ lectured = true
- -> kurt_human

=== kurt_human ===
Rond jullie zijn de kringen voor de rest van de avond gesloten: mensen die elkaar al jaren kennen, lachend om grappen van jaren geleden.
Kurt kijkt naar hen. Even valt de verkoper stil.
Onder ons gezegd? Vanavond loopt het niet zo goed. Vijf mensen. Vijf mensen schoot het plots te binnen dat ze nog met iemand anders moesten praten. # speaker: kurt # mood: uneasy
Hij lacht, maar het klinkt dun.
En mijn baas verwacht er weer drie. Het staat op de slide. # speaker: kurt # mood: uneasy # discuss: Hij vertelt je iets wat hij een klant nooit zou vertellen. Wat is hier het vriendelijke antwoord?
* [“Je methode werkte één keer. Hou vol: het is een cijferspel.” # act: smooth-over # tip1 -1 # tip5 -1 # trust: kurt +1 # why: Vriendelijk, en wat hij wil horen, maar het voedt net de gewoonte die de mensen wegjaagt.]
    Het werkte één keer, dus het werkt. Het is een cijferspel, Kurt. Blijf kloppen. # speaker: you
    Juist. Juist! Een cijferspel. # speaker: kurt # mood: pleased
    Hij trekt zijn vest recht en scant de zaal op badges.
    ~ sell += 1
* [Hem eerlijk zeggen waarom je denkt dat mensen weglopen # act: candour # tip1 +2 # tip5 +1 # trust: kurt +1 # why: Hij vroeg het zelf, dus nu is eerlijkheid een cadeau: mensen komen om te ontmoeten, en daar kan hij heel goed in zijn.]
    { lectured:
        Ik zei het daarnet wat onhandig. Ik probeer het nog eens. # speaker: you
    }
    De mensen hier komen niet winkelen, Kurt. Ze komen om elkaar te ontmoeten. En jij bent goed gezelschap zodra je stopt met verkopen. Dát is de Kurt die ze zouden onthouden. # speaker: you
    Hij zwijgt een hele tijd.
    Het ligt dus aan mij. Niet aan de auto's. # speaker: kurt # mood: uneasy
    Hij kijkt een tijdje naar de gesloten kringen. Dan steekt hij zijn kaartjesdoosje terug in zijn zak. # speaker: kurt # mood: neutral
    ~ kurt_honest = true
    ~ meet += 1
* [Hem vragen waarmee je hem vanavond kunt helpen # act: ask-how-to-help # tip4 +2 # tip5 +1 # trust: kurt +2 # why: Vragen wat hém zou helpen, in plaats van wat hij voor jou kan doen: daar begint vertrouwen.]
    Waarmee zou ik je vanavond echt kunnen helpen, Kurt? # speaker: you
    Hij fronst, alsof hij de vraag op een addertje onder het gras controleert. # speaker: kurt # mood: uneasy
    Eerlijk? Eén gesprek waarbij niemand wegloopt. En misschien iemand die weet wie wie is. # speaker: kurt # mood: neutral
    ~ helped_kurt = true
    ~ meet += 1
- -> johan

=== johan ===
Er landt een hand op Kurts schouder. Een grijze man met een losgetrokken das en een glas bruiswater.
Kurt! Ben jij mijn gasten weer aan het afschrikken? # speaker: johan # mood: pleased
Johan! Ik gedraag me. Grotendeels. # speaker: kurt # mood: pleased
Johan Goossens. Bouwbedrijf Goossens: veertig man, derde generatie. Ik kom hier al twintig jaar, dus als u wilt weten wie wie is, moet u bij mij zijn. # speaker: johan # mood: neutral
{ scanned:
    Je herkent hem. Zaakvoerder, veertig man: het gezicht dat je aan het begin van de avond onthield.
}
Hij draait zich naar jou, met al zijn aandacht, alsof de zaal plots leeg is.
En u? Wat doet u, als u geen badge draagt? # speaker: johan # mood: interested # discuss: Een zaakvoerder met veertig man personeel vraagt wat je doet. Pitch, verhaal of vraag?
* [Hem je pitch van dertig seconden geven: veertig man, tenslotte # act: pitch # tip1 -2 # tip2 -1 # why: Hij vroeg naar jou, niet naar een voorstel, en een pitch antwoordt op een vraag die hij niet stelde.]
    Je geeft hem de volle versie. Wie we zijn, wat we doen, waarom overstappen simpel is. Tweeëndertig seconden. Niet slecht.
    Johan luistert beleefd en knikt, zoals je naar het weerbericht van een ander land luistert.
    Heel goed. Dat hebt u geoefend. # speaker: johan # mood: neutral
    ~ sell += 1
* [Zeggen wat je graag doet in je werk, en naar het zijne vragen # act: open-question # tip1 +1 # tip2 +2 # trust: johan +1 # why: Een echt antwoord en een vraag terug maken van een kennismaking een gesprek.]
    Ik hou van het moment waarop een kleine zelfstandige beseft dat hij niet meer wakker hoeft te liggen van loonfiches. En u? Derde generatie, zei u? # speaker: you
    Derde, ja. Mijn zoon wordt de vierde, als ik ooit leer om me er niet mee te moeien. # speaker: johan # mood: pleased
    ~ meet += 1
* [Zeggen dat je nieuw bent in de stad, en vanavond vooral luistert # act: self-disclose # tip1 +1 # tip2 -1 # tip5 +1 # trust: johan +1 # why: Bescheiden, waar en aangenaam gezelschap; maar hij weet nadien weinig over jou, en jij over hem.]
    Ik ben nieuw hier. Vanavond luister ik vooral. # speaker: you
    Nieuw! Dan les één: ga nooit tussen Kurt en de bitterballen staan. # speaker: johan # mood: pleased
    ~ meet += 1
- -> introduction

=== introduction ===
Johan neemt een slok water en kijkt de zaal rond.
Zeg eens, u kent toevallig geen jonge architect? We hebben een schooluitbreiding in Bonheiden. Klein werk. De grote bureaus willen er niet aan beginnen. # speaker: johan # mood: neutral
Els! De architecte! Groene vest. Ze is voor mij gevlucht, maar ze is goed, dat zie ik zo. # speaker: kurt # mood: interested # discuss: Je kunt vanavond twee mensen met elkaar in contact brengen. Wie doet dat best, en wat heb jij eraan?
{ knows_els_need:
    Je denkt aan Els, en aan de aannemers die ze zoekt: die een klein werk serieus nemen.
- else:
    Je denkt aan Els en haar verloren vrijdagen. Een architecte, drie maanden zelfstandig, die hier niemand kent.
}
* [Johan beloven dat je hem deze week netjes met Els in contact brengt # act: promise # tip4 +2 # tip5 +1 # trust: johan +1 # why: Twee mensen die elkaar kunnen helpen met elkaar in contact brengen, is de beste opvolging die er is; vanavond is het nog maar een belofte, en die telt pas als je ze nakomt.]
    { els_left:
        Ik heb haar vanavond leren kennen. Ze is vroeg vertrokken, deels door mij. Laat me jullie netjes aan elkaar voorstellen: ik mail jullie deze week allebei, en dan bied ik haar meteen mijn excuses aan. # speaker: you
    - else:
        Ik heb haar vanavond leren kennen. Laat me jullie netjes aan elkaar voorstellen: ik mail jullie deze week allebei. # speaker: you
    }
    Johan haalt een pen boven en schrijft zijn gsm-nummer op de achterkant van zijn eigen kaartje.
    Dan wacht ik op uw mail. Laat een oude man niet te lang wachten. # speaker: johan # mood: pleased
    ~ mem_promised_intro = "Els Wouters"
* [Kurt hen aan elkaar laten voorstellen: hij vond haar eerst # act: introduce # tip3 +1 # tip4 +1 # tip5 -1 # trust: kurt +2 # why: Kurt mag eens helpen in plaats van verkopen, en de kennismaking gebeurt vanavond nog; maar je laat je eigen opvolging over aan de man voor wie Els wegliep.]
    Kurt kent haar. Kurt, doe jij de honneurs? # speaker: you
    Ik? Zeker! Ik ga haar zoeken. En ik zwijg over auto's. Toch bijna. # speaker: kurt # mood: pleased
    Hij is al halfweg de zaal voor Johan zijn glas kan neerzetten.
    ~ helped_kurt = true
* [Els noemen, en dan vragen of hij tevreden is over zijn sociaal secretariaat # act: qualify # tip1 -2 # tip5 -1 # trust: johan -1 # why: Een cadeau met een haakje aan: de kennismaking wordt jouw opening voor een pitch.]
    Er is hier een architecte, Els Wouters, groene vest. En nu ik u toch heb: bent u tevreden over uw sociaal secretariaat? # speaker: you
    Johan glimlacht het geduldige glimlachje van een man die die vraag al veertig jaar krijgt.
    Al sinds de tijd van mijn vader bij dezelfde mensen. Al zegt mijn zoon dat we eens rond moeten kijken. Stuur maar iets door, ik geef het aan hem. # speaker: johan # mood: neutral
    ~ johan_lead = true
    ~ sell += 1
- -> leaving

=== leaving ===
Het is na tienen. Het jazztrio pakt in, en het barpersoneel stapelt glazen in bakken.
{ els_left:
    Ergens achter je lacht Kurt om iets wat Johan zei.
- else:
    { els_guarded:
        Els loopt je voorbij op weg naar de vestiaire. “Maandag om tien uur dan.” Ze blijft niet staan.
    - else:
        Els vindt je bij de vestiaire.
        Sorry dat ik niet meer teruggekomen ben. Oud-collega's, hé: als die eenmaal beginnen... Eens een koffie drinken? # speaker: els # mood: pleased
    }
}
Je gsm trilt. Weer Bart: "En?? Hoeveel leads?" # discuss: Wat vertel je je manager over vanavond?
* [Bart antwoorden: “Drie. Een architecte, een aannemer, een autoverkoper. Maandag bellen.” # act: cold-call # tip1 -1 # tip3 -2 # tip5 -1 # why: De gesprekken van vanavond worden de koude telefoontjes van maandag: dat is opvolging misbruiken om te verkopen.]
    Je tikt het met je jas half aan. Binnen de paar seconden stuurt Bart een duimpje terug.
    ~ texted_leads = true
    ~ sell += 2
* [Bart sms’en: “Vanavond niets verkocht. Wel een paar goeie gesprekken. Ik leg het maandag uit.” # act: candour # tip1 +1 # tip5 +2 # why: Eerlijk over wat vanavond was: het begin van relaties, en die duren langer dan een kwartaal.]
    Je verstuurt het voor je van gedachten kunt veranderen. Bart antwoordt: "??" Je glimlacht en steekt je gsm weg.
* [Je gsm wegsteken en Kurt gedag gaan zeggen # act: exit # tip1 +1 # tip5 +1 # trust: kurt +1 # why: Bart kan tot morgen wachten. Aan een echt afscheid herkennen mensen je later.]
    Bart kan wachten. Je vindt Kurt bij de deur, terwijl hij een sjaal in Voltlease-groen rond zijn nek draait.
    Al weg? Hier. Mijn kaartje. Deze keer zonder offerte. # speaker: kurt # mood: pleased
- -> ending

=== ending ===
{
    - sell >= 5:
        -> two_sellers
    - mem_promised_intro != "" && not texted_leads:
        -> connector
    - meet >= 5:
        -> real_conversations
    - else:
        -> small_talk
}

=== two_sellers ===
Op de trein naar huis maak je je zakken leeg: elf naamkaartjes, waaronder dat van Kurt, met "offerte morgen!" op de achterkant.
{ els_left:
    Dat van Els zit er niet bij. Je hebt er nooit een gekregen.
}
{ kurt_honest or helped_kurt:
    Je gsm trilt nog een laatste keer. Kurt: "Merci voor vanavond. Ge had trouwens gelijk. Jammer dat ge uw eigen raad niet volgde. Haha!"
- else:
    Je gsm trilt nog een laatste keer. Kurt: "Top om nog eens een echte closer te ontmoeten! Offerte in bijlage. Koffie maandag?"
}
{ els_guarded or kurt_lead or johan_lead:
    Op papier was het een goeie avond: {els_guarded:een verkoopgesprek met Els, maandag om tien uur}{els_guarded && (kurt_lead or johan_lead):, }{kurt_lead:een echte offerteaanvraag van Kurt}{kurt_lead && johan_lead:, }{johan_lead:een brochure voor de zoon van Johan}. Bart zal tevreden zijn.
}
Je hebt het de hele avond op zijn manier gedaan, en je weet nu precies hoe dat aanvoelde voor de mensen aan de andere kant. Vanavond was jij de hardseller. # ending: two-sellers # mood: uneasy
-> END

=== connector ===
Buiten, op de kasseien, tik je een notitie in je gsm: "Els en Johan mailen. Dinsdag. School in Bonheiden."
{ els_guarded or kurt_lead or johan_lead:
    Er staat ook een verkoopopvolging in je agenda. Maar deze notitie is geen verkoop. Het is een belofte.
- else:
    Het is de enige to-do die je van vanavond mee naar huis neemt, en het is geen verkoop. Het is een belofte.
}
{ helped_kurt or kurt_honest:
    Kurt haalt je in aan de hoek, buiten adem.
    Merci voor vanavond. Ik heb niets verkocht. De raarste goeie avond in jaren. # speaker: kurt # mood: pleased
}
Drie mensen in deze stad weten nu wie je bent, en een van hen wacht op je mail. # ending: connector # mood: pleased
-> END

=== real_conversations ===
Je stapt de Mechelse avond in. De Dijle ruikt naar lente, en naar iemands sigaret.
{
    - texted_leads:
        Bart denkt dat je drie leads hebt. Wat je echt hebt, zijn drie mensen die je misschien graag terugzien, als je ze maandag niet opbelt om iets te verkopen.
    - els_guarded or kurt_lead or johan_lead:
        Eén verkoopopvolging in de agenda, en drie namen die je zult onthouden. Wat van de twee het langst meegaat, weet je over een jaar.
    - else:
        Niets verkocht. Wel drie namen die je zult onthouden, en drie mensen die de jouwe onthouden. Nog niets te verkopen.
}
Zo begint het. # ending: real-conversations # mood: pleased
-> END

=== small_talk ===
Je stapt de Mechelse avond in, met een zak vol kaartjes en een aangename moeheid.
{ knows_els_need:
    Toffe mensen, goed gelachen. Je weet wat Els zoekt; maar van Kurt of Johan kun je niet zeggen wat ze echt nodig hebben, of wat ze van jou zullen onthouden.
- else:
    Toffe mensen, goed gelachen. Maar eerlijk: je kunt van niemand zeggen wat die echt nodig heeft, of wat die van jou zal onthouden.
}
{ mem_promised_intro != "":
    Er is wel de kennismaking die je Johan beloofde. Hou je daaraan, en misschien is het het begin van iets.
}
Volgende keer: blijf langer bij één persoon. # ending: small-talk # mood: neutral
-> END

# title: Je eigen vraag
# summary: De één-op-één-ochtend van de ontbijtclub: elk een kwartier, een kaartje dat vraagt wat jou zou helpen, en Els Wouters aan de overkant van de tafel. Help haar eerst; vraag dan iets kleins en concreets voor jezelf, of vertrek met lege handen.
# main: tip4
# cast: els \| Els Wouters \| architecte met een eigen bureau en twee mensen in dienst; droog, scherp, allergisch voor pitches
# cast: hilde \| Hilde Vermeulen \| notaris en voorzitter van de ontbijtclub; hartelijk, stipt, onverbiddelijk met de kookwekker
# cast: bart-claeys \| Bart Claeys \| je salesmanager; joviaal, gul, en zich zeer bewust van de targets
# cast: an-peeters-mechelen \| An Peeters \| boekhouder in Mechelen; de helft van haar klanten zijn starters, ze beantwoordt mails om zes uur 's morgens
# ending: fair-exchange \| Een eerlijke ruil
# ending: line-on-a-card \| Een regel op een kaartje
# ending: one-way-street \| Eenrichtingsverkeer
# ending: spent-favour \| Een verspeelde gunst

// Geheugen uit hard-seller: of je Els op de receptie leerde kennen, en aan wie je Johan een kennismaking beloofde.
VAR mem_promised_intro = ""
VAR mem_met_hard_seller = false

// Wat je op het kaartje van de club schreef voor ze ging zitten: "specific", "sales" of "blank".
VAR card = ""
// Je vraag, zoals ze uiteindelijk is: "small" (één persoon met naam, één mail), "vague", "big" of "none".
VAR ask = ""
// Hoe Els je deze ochtend leest; de afloop volgt eruit.
VAR goodwill = 0
// Verkoopzetten: het aanbod, de brochure, Barts telefoontje. Twee of meer en ze onthoudt een verkoopontbijt.
VAR pushed = 0
VAR went_first = false
VAR promised_dirk = false
VAR gave_number = false
VAR dirk_done = false
VAR insisted = false
VAR greedy = false
VAR bart_calls = false
VAR closed_loop = false
VAR an_met = false
// Je zei haar dat je je vraag later zou sturen.
VAR owe_ask = false

-> before

=== before ===
Donderdag, kwart over zeven. De ontbijtzaal van het hotel aan de Dijle: twaalf tafeltjes voor twee gedekt, een kookwekker op het buffet, en op elke plaats een kaartje met drie regels. # scene: breakfast-room
"Waar ik mee bezig ben." "Wat mij zou helpen." "Wie ik graag zou leren kennen."
Het is de één-op-één-ochtend van de ontbijtclub. Hilde zet de leden per twee, elk een kwartier, en de kaartjes gaan nadien in haar map, voor volgende maand.
Jij werkt bij een sociaal secretariaat: loonadministratie en HR-papierwerk voor kleine bedrijven. Je naam staat op het kaartje aan tafel vier. Daartegenover: Els Wouters, Wouters Architecten.
{ mem_met_hard_seller:
    Je kent haar: de lentereceptie, het groene jasje, de avond dat Kurt Mertens haar een elektrische auto met een houten dashboard probeerde te verkopen.
}
Gisteravond, om tien voor elf, een bericht van Bart. # sound: message
Wouters Architecten: twee man personeel, en niet content over haar sociaal secretariaat, ik heb het nagevraagd. Neem het aanbod mee. B. # speaker: bart-claeys # mood: interested # via: message
Je haalt de dop van je balpen. De tweede regel is die die iedereen leeg laat. # discuss: Het kaartje vraagt wat jou zou helpen, nog voor je haar gehoord hebt. Wat schrijf je?
* [Schrijf één concrete regel: "Wie ik graag zou leren kennen: een boekhouder die met starters werkt" # act: prepare # tip1 +1 # tip2 -1 # tip5 +1 # why: Als je je vraag kent voor je gaat zitten, kan zij je makkelijk helpen; een kaartje dat al ingevuld is voor ze er is, kan de ochtend ook tot jouw agenda maken.]
    ~ card = "specific"
    Je wilt de persoon worden die kleine bedrijven bellen als ze hun eerste werknemer aannemen. Starters vragen dat eerst aan hun boekhouder. Je schrijft het op, en trekt een streep onder "starters".
* [Schrijf wat Bart wil: "Nieuwe klanten met personeel", en steek het aanbod in je tas # act: prepare # tip1 -1 # tip4 +1 # tip5 -1 # trust: bart-claeys +1 # why: Haar formulieren zijn een echt probleem en jouw firma lost precies dat op, dus voorbereid zijn is niet verkeerd; het betekent ook dat je gaat zitten met een verkoop in je tas en een lead aan de overkant.]
    ~ card = "sales"
    "Nieuwe klanten (bedrijven met personeel)." Het aanbod gaat in je tas, in drie geplooid.
* [Laat het leeg: eerst naar haar luisteren, dan zie je wel wat je nodig hebt # act: prepare # tip2 +1 # tip4 +1 # tip5 -1 # why: Eerst luisteren is waar de ochtend voor dient; maar als ze vraagt wat jou zou helpen, ga je improviseren, en geïmproviseerde vragen worden vaag.]
    ~ card = "blank"
    Je laat de tweede en de derde regel leeg. Je ziet wel.
- -> table

=== table ===
Om twintig over zet Els zich neer met een zwarte koffie en een croissant die ze niet aanraakt. # sound: door
{ mem_promised_intro != "":
    Johan Goossens zegt dat gij het was die hem over mij verteld hebt. We hebben zijn school in Bonheiden samen gedaan. Ze staat onder dak. # speaker: els # mood: pleased
    Ik ben je dus iets schuldig. # speaker: els # mood: interested
- else:
    { mem_met_hard_seller:
        De receptie. Jij hebt me gered van het houten dashboard. # speaker: els # mood: pleased
    - else:
        Els. Architecte. Hilde zegt dat we goed gaan overeenkomen. Dat zegt Hilde van iedereen. # speaker: els # mood: neutral
    }
}
Hilde draait de kookwekker op en houdt hem omhoog, zodat elke tafel hem ziet.
Elk een kwartier. Wie begint, spreken jullie zelf af. En de kaartjes zijn geen versiering, mensen. # speaker: hilde # mood: pleased
Els schuift haar kaartje naar je toe, met de bedrukte kant naar beneden.
Begin jij maar. Ik ben nog aan het wakker worden. # speaker: els # mood: neutral # discuss: Ze biedt je het eerste kwartier aan. Neem je het?
* [Draai het om: je hoort liever eerst waar zij mee bezig is # act: ask-how-to-help # tip4 +2 # tip5 +1 # trust: els +1 # why: Eerst helpen en dan vragen is de volgorde waarop de ochtend gebouwd is; het schuift jouw beurt ook op naar de laatste minuten, als de kookwekker het luidst tikt.]
    ~ goodwill += 1
    "Word dan maar wakker op mijn tijd. Waar ben jij mee bezig?" # speaker: you
* [Neem de eerste beurt: zeg kort wat je doet en wat je zoekt, en luister dan # act: say-what-you-do # tip1 +1 # tip2 -1 # tip5 +1 # why: Ze bood het aan, en een kort, eerlijk antwoord is geen pitch; maar het eerste kwartier zet de toon, en dat heb je over jezelf gemaakt.]
    ~ went_first = true
    "Goed. Loonadministratie en HR-papierwerk voor kleine bedrijven, vooral de eerste werknemer. Dat ben ik, in twee zinnen. Nu jij." # speaker: you
    Twee zinnen. Hilde gaat fier op je zijn. # speaker: els # mood: neutral
* [Vergeet het kaartje even: vraag hoe de maanden sinds ze begon echt geweest zijn # act: open-question # tip2 +2 # tip4 +1 # trust: els +1 # why: Een echte vraag krijgt een echt antwoord; maar Hildes formule bestaat omdat zulke ochtenden te kort zijn, en jij verspeelt je tijd aan de opwarming.]
    ~ goodwill += 1
    "Voor de kaartjes: hoe zijn de maanden als zelfstandige echt geweest?" # speaker: you
    Eerlijk? Alsof ge een marathon loopt en ondertussen formulieren invult over die marathon. # speaker: els # mood: pleased
    Aan de andere kant van de zaal tikt Hilde met één vinger op de kookwekker, met haar ogen op jullie tafel.
- -> her_turn

=== her_turn ===
Els draait haar kaartje om. Ze schrijft klein en hoekig.
"Bezig met: mijn eerste gebouw dat helemaal van mij is. Zou helpen: mijn vrijdagen terug. Wil graag leren kennen: een stabiliteitsingenieur die zijn telefoon opneemt."
De vrijdagen, dat zijn de formulieren. Twee man personeel, en elke maand stuurt mijn sociaal secretariaat iets nieuws in een taal die ik niet spreek. Ik heb dit jaar al drie dossierbeheerders gehad. De derde noemt mij "mevrouw Wouter". # speaker: els # mood: annoyed
Je gsm zoemt op tafel, met het scherm naar boven. # sound: message
Al over het aanbod gebabbeld? # speaker: bart-claeys # mood: interested # via: message
Els ziet het. Els ziet alles. # mood: els neutral # discuss: Haar probleem is precies wat jouw firma verkoopt. Wat doe je daarmee?
* [Vraag wat haar vrijdagen precies opslokt, en zeg niet wat je verkoopt # act: follow-thread # tip2 +2 # tip4 +1 # trust: els +1 # why: Het echte probleem kennen is hoe je hulp vindt die past; ze weet ook waar je werkt, en vraagt zich misschien af waarom je niks zegt.]
    ~ goodwill += 1
    Je legt je gsm omgekeerd. "Welke formulieren, precies? Vertel me eens over een slechte vrijdag." # speaker: you
    Dat doet ze. Het meeste is één formulier, twee keer gestuurd, omdat niemand op haar secretariaat het eerste leest.
* [Zeg eerlijk dat dit jouw vak is, en laat het daarbij # act: say-what-you-do # tip1 +1 # tip2 -1 # tip5 +1 # why: Mensen mogen jou en je zaak kennen, en ze zou het toch te weten komen; één zin over jou in haar kwartier is wel één zin die zij niet kon gebruiken.]
    "Ik moet het wel zeggen: dit is mijn vak. Ik ga niks verkopen. Doe verder." # speaker: you
    Weet ik. Ik heb je kaartje ondersteboven gelezen. Dan snapt ge ook dat de formulieren nog niet eens het ergste zijn. # speaker: els # mood: interested
* [Bied aan haar loonadministratie over te nemen: één dossierbeheerder die blijft, en de korting van Bart # act: pitch # tip1 -2 # tip4 -1 # tip5 -2 # trust: els -1 # trust: bart-claeys +1 # why: Het zou haar vrijdagen oplossen, en misschien zegt ze zelfs ja; ze kwam naar een één-op-één en vond een verkoopgesprek in haar eigen kwartier.]
    ~ pushed += 1
    ~ goodwill -= 1
    Je vouwt het aanbod open. "Eén dossierbeheerder, die blijft. En twintig procent het eerste jaar." # speaker: you
    Els kijkt naar het papier, en dan naar de kookwekker. # mood: els uneasy
    Mag ik eerst mijn beurt afmaken? # speaker: els # mood: uneasy
* [Zeg haar welke twee formulieren ze mag laten vallen, en welk haar secretariaat zelf moet doen # act: advise # tip2 -1 # tip4 +1 # tip5 +1 # why: Concreet, gratis en nog deze vrijdag nuttig; je antwoordde voor ze uitgesproken was, en de rest van haar verhaal blijft onverteld.]
    "Twee daarvan mag je in de vuilbak gooien. Het derde is het werk van je secretariaat, niet het jouwe. Zeg het hen." # speaker: you
    Ze schrijft het op de achterkant van haar kaartje. Dan stopt ze met schrijven.
    Dat is nog niet eens het ergste. # speaker: els # mood: neutral
- -> her_need

=== her_need ===
Het ergste is de ingenieur. Het staalskelet van de school wacht op zijn berekeningen, en hij belt pas na negen dagen terug. Negen. Ik spreek nu 's avonds berichten in, zodat hij ze 's morgens als eerste hoort. # speaker: els # mood: annoyed
Je denkt aan Dirk Lemmens: een studiebureau van één man in Bonheiden, al zes jaar je klant, die opneemt bij de tweede keer overgaan en ooit op een zondag is komen kijken naar een gebarsten latei. # discuss: Je kunt haar helpen met iets dat niet jouw product is. Hoe?
* [Beloof haar vandaag aan Dirk voor te stellen, per mail, met hen allebei in kopie # act: promise # tip4 +2 # tip5 +1 # trust: els +1 # why: Hulp waar niks voor jou in zit, en ze weet wanneer ze ze mag verwachten; het telt pas als je de mail ook stuurt, en vandaag is een drukke dag.]
    ~ promised_dirk = true
    ~ goodwill += 1
    "Ik ken er een die opneemt. Dirk Lemmens, Bonheiden. Ik stel jullie vandaag nog aan elkaar voor, per mail." # speaker: you
    Ze schrijft "Dirk L." onderaan haar kaartje en zet er een kader rond.
* [Geef haar nu het nummer van Dirk: ze kan hem om negen uur bellen en zeggen dat jij haar stuurt # act: introduce # tip3 +1 # tip4 +1 # tip5 -1 # why: Ze heeft het nu meteen, en haar staal kan geen dag wachten; Dirk krijgt een telefoon van een onbekende, zonder verwittiging en met jouw naam erop.]
    ~ gave_number = true
    Je leest het nummer voor van je gsm. Ze heeft het ingetikt voor je uitgesproken bent.
* [Bied Dirk aan, en zeg erbij dat haar vrijdagen in één moeite ook op te lossen zijn # act: pitch # tip1 -1 # tip4 -1 # tip5 -1 # trust: els -1 # why: Twee problemen, één behulpzaam iemand: het klinkt efficiënt; de ingenieur komt nu met een verkoopgesprek eraan vast, en ze kan het ene niet aannemen zonder het andere te horen.]
    ~ promised_dirk = true
    ~ pushed += 1
    "Dirk Lemmens, een ingenieur die opneemt. Ik breng jullie in contact. En nu we toch bezig zijn, je vrijdagen: die kunnen wij ook oplossen." # speaker: you
    Eén ding tegelijk. De ingenieur, alstublieft. # speaker: els # mood: neutral
- -> your_turn

=== your_turn ===
De kookwekker rinkelt. Aan twaalf tafeltjes vallen mensen midden in hun zin stil.
Wisselen! # speaker: hilde # mood: pleased
{ went_first:
    Jij nam de eerste beurt en gebruikte er twee zinnen van; Els gebruikte de rest. Het tweede kwartier is dus toch van jou.
}
Els draait jouw kaartje met één vinger om en leest het.
{
    - card == "specific":
        Een boekhouder die met starters werkt. Hm. # speaker: els # mood: interested
    - card == "sales":
        "Nieuwe klanten." Iedereen schrijft nieuwe klanten. # speaker: els # mood: neutral
    - else:
        Leeg. Moedig. # speaker: els # mood: neutral
}
Jouw beurt. Waar ben jij mee bezig? En zeg niet "meer klanten": met meer klanten kan niemand iets aanvangen. # speaker: els # mood: interested # discuss: Ze vraagt waar je mee bezig bent. Wat vertel je haar?
* [Het echte doel: de persoon worden die kleine bedrijven bellen als ze hun eerste werknemer aannemen # act: say-what-you-do # tip1 +2 # tip5 +1 # trust: els +1 # why: Een doel dat ze zich kan voorstellen, is een doel waarbij ze kan helpen, en het zegt wat je doet zonder het te verkopen; het is ook een doel dat je nu hardop gezegd hebt, en dus moet waarmaken.]
    ~ goodwill += 1
    "Starters. Bij de eerste werknemer loopt alles mis: het contract, de verzekering, de formulieren. Ik wil degene zijn die ze dan bellen." # speaker: you
    Waar was gij in maart? # speaker: els # mood: pleased
* [Eerlijk, meer klanten: Bart heeft een target, en jij bent de helft ervan # act: candour # tip1 -1 # tip2 +1 # tip5 +1 # why: Eerlijk, en ze lacht; maar het is precies het antwoord dat ze je vroeg niet te geven, en ze kan er niks mee.]
    "Eerlijk? Meer klanten. Bart heeft een target en ik ben de helft ervan." # speaker: you
    Ze lacht. Ge zijt tenminste eerlijk. Daar kan ik je alleen niet mee helpen. # speaker: els # mood: neutral
* [Niks, eigenlijk: je kwam om te helpen, en haar ingenieur is belangrijker # act: decline # tip1 +1 # tip4 -1 # tip5 -1 # why: Bescheiden, en de ochtend blijft over haar gaan; maar ze kan niks teruggeven, en een relatie waarin maar één kant mag geven, laat haar bij jou in het krijt staan.]
    ~ ask = "none"
    "Echt, ik ben in orde. Laten we zorgen dat je ingenieur geregeld is." # speaker: you
    Els legt haar balpen neer.
    Zo werkt dat hier niet. Hilde heeft je een kwartier gegeven. # speaker: els # mood: uneasy
    -> insists
* [Haar eigen bureau: twee man personeel, niet content over hun secretariaat; je zou haar graag als klant hebben # act: pitch # tip1 -2 # tip5 -1 # trust: els -1 # trust: bart-claeys +1 # why: Ze vroeg waar je mee bezig bent, en dit is waar: haar naam staat op Barts lijst; maar haar vraag beantwoorden met haar eigen dossier maakt van haar beurt jouw verkoopgesprek.]
    ~ pushed += 1
    ~ goodwill -= 1
    "Eerlijk? Bureaus zoals het jouwe. Twee man personeel, niet content over hun secretariaat. Jij, bijvoorbeeld." # speaker: you
    Els leunt achterover.
    Daar ben ik zelf ingelopen. # speaker: els # mood: annoyed
- -> the_ask

=== the_ask ===
Ze tikt op de tweede regel van je kaartje.
Wat zou jou dan helpen? Iets wat ik echt kan doen. Ik ken architecten, aannemers, één heel goeie boekhouder, en Johan Goossens. # speaker: els # mood: interested # discuss: Nu de vraag zelf. Wat vraag je haar precies?
* [Eén mail: een kennismaking met haar boekhouder, voor een koffie over wat starters haar vragen # act: ask-referral # asked: yes # tip4 +1 # tip5 +2 # trust: els +1 # why: Eén persoon met een naam, één mail, een ja of een nee: makkelijk toe te staan en makkelijk te weigeren; het blijft wel een vraag over jezelf, en sommige mensen vergeven zich hun eerste nooit.]
    ~ ask = "small"
    ~ goodwill += 1
    "Je boekhouder. Zou je ons aan elkaar willen voorstellen, één mailtje? Ik zou haar bij een koffie willen vragen wat starters haar vragen over aanwerven. Niet om haar iets te verkopen." # speaker: you
* [Hou het open: als ze ooit iemand hoort die mensen zoekt, mag ze die naar jou sturen # act: ask-referral # asked: yes # tip1 +1 # tip4 -1 # why: Het vraagt niks ongemakkelijks en verkoopt niks; maar "iemand" is niemand: aan de koffiemachine gaat haar geen naam te binnen schieten.]
    ~ ask = "vague"
    "Als je ooit iemand hoort die mensen zoekt, stuur ze maar naar mij." # speaker: you
* [Johan Goossens: veertig man personeel, hetzelfde loonbureau sinds zijn vader; kan ze een afspraak voor je regelen? # act: ask-referral # asked: yes # tip1 -1 # tip4 -1 # trust: els -1 # why: Concreet en te beantwoorden, en het zou een jaartarget waard zijn; maar het verspeelt haar eerste grote klant aan jouw verkoop, en klein is het allerminst.]
    ~ ask = "big"
    ~ goodwill -= 1
    "Johan Goossens. Veertig man, hetzelfde loonbureau sinds de tijd van zijn vader. Zou jij een afspraak voor mij kunnen regelen?" # speaker: you
* [Zeg dat het te vroeg is: je hebt liever dat ze je niks schuldig is # act: decline # tip1 +1 # tip4 -1 # tip5 -1 # why: Hoffelijk, en er zit niks verkoperigs in; maar ze vroeg het twee keer, en je laat haar achter met een schuld die ze niet kan afbetalen.]
    ~ ask = "none"
    "Het is te vroeg. Echt, je bent me niks schuldig." # speaker: you
- -> her_answer

=== insists ===
Ze schuift je kaartje terug naar je, met de balpen erop.
Eén regel. Hilde controleert ze. # speaker: els # mood: interested # discuss: Ze laat je niet vertrekken met niks. Geef je toe, en met wat?
* [Geef toe, en vraag één ding: een kennismaking met haar boekhouder # act: ask-referral # asked: yes # tip4 +1 # tip5 +2 # trust: els +1 # why: Eén persoon met een naam en één mail, nadat ze aandrong: je laat haar iets teruggeven; je had wel een duwtje nodig.]
    ~ ask = "small"
    ~ goodwill += 1
    "Goed dan. Eén ding. Je boekhouder: zou je ons aan elkaar willen voorstellen? Ik zou graag horen wat starters haar vragen over aanwerven." # speaker: you
* [Schrijf "iedereen die mensen zoekt", zodat ze iets heeft # act: ask-referral # asked: yes # tip1 +1 # tip4 -1 # why: Het maakt een einde aan het ongemakkelijke moment en verkoopt niks; het geeft haar ook een regel waar ze niks mee kan.]
    ~ ask = "vague"
    Je schrijft "iedereen die mensen zoekt". Ze leest het en knikt, beleefd.
* [Hou voet bij stuk, vriendelijk: volgende maand, als je weet wat je nodig hebt # act: decline # tip1 +1 # tip4 -1 # tip5 -1 # trust: els -1 # why: Eerlijk, en je vult geen regel in om hem in te vullen; maar ze vroeg het twee keer, en je zegt haar dat haar hulp niet nodig is.]
    ~ owe_ask = true
    "Volgende maand. Dan weet ik het." # speaker: you
    Hm. # speaker: els # mood: uneasy
- -> her_answer

=== her_answer ===
{
    - ask == "small": -> small
    - ask == "vague": -> vague
    - ask == "big": -> big
    - else: -> none
}

= small
An Peeters? Geen probleem. Gij gaat haar liggen: ze houdt van mensen die vragen stellen in plaats van haar dingen te verkopen. # speaker: els # mood: pleased
Ik schrijf haar vanavond. Wat moet ik haar zeggen dat je precies wilt? # speaker: els # mood: interested # discuss: Ze zei ja. Hoe maak je het haar makkelijk?
* [Bied aan haar vanavond drie regels te mailen die ze zo kan doorsturen # act: promise # tip1 +1 # tip5 +1 # trust: els +1 # why: Het maakt van haar gunst twee minuten werk, en jij moet die drie regels schrijven; het is ook nog een belofte, op een dag dat je er al een deed.]
    ~ goodwill += 1
    "Ik mail je vanavond drie regels. Stuur ze door, of pas ze aan, wat het snelst gaat." # speaker: you
    Drie regels. Ge verwent me. # speaker: els # mood: pleased
* [Spaar haar de mail: vraag het nummer van An, en bel An zelf met de groeten van Els # act: ask-referral # tip1 +1 # tip4 -1 # tip5 -1 # why: Sneller voor iedereen, en Els heeft minder werk; maar An krijgt een telefoon van een onbekende met de naam van Els erop, voor Els haar één woord gezegd heeft.]
    Els aarzelt, en leest dan het nummer voor. # mood: els uneasy
    Doe haar de groeten. Ik stuur haar beter eerst een berichtje. # speaker: els # mood: neutral
* [Nu ze toch bezig is: An, en haar oud-klasgenote bij de Orde van Architecten, en Johan? # act: ask-referral # asked: yes # tip1 -1 # tip4 -1 # trust: els -1 # why: Ze is in een gulle bui, en elk van die namen zou helpen; één vraag wordt er vier, en ze zal onthouden wie van jullie twee zat te tellen.]
    ~ greedy = true
    ~ goodwill -= 1
    Els schrijft "An". Dan stopt ze met schrijven.
    Laten we met An beginnen. # speaker: els # mood: neutral
- -> wrap

= vague
Iemand die mensen zoekt. Goed. # speaker: els # mood: neutral
Ze schrijft "aanwerven?" op haar eigen kaartje, klein, in de hoek, onder "Dirk L.". # discuss: Ze schreef "aanwerven?" in een hoekje van haar kaartje. Komt daar iets van?
* [Maak het meteen concreter: een boekhouder die met starters werkt, de hare bijvoorbeeld # act: ask-referral # asked: yes # tip1 +1 # tip4 +1 # tip5 +1 # trust: els +1 # why: Van een wens een naam maken geeft haar iets wat ze vanavond kan doen; twee keer vragen in één minuut is ook net iets aandringeriger dan één keer.]
    ~ ask = "small"
    ~ goodwill += 1
    "Eigenlijk, preciezer: een boekhouder die veel starters ziet. De jouwe, misschien? Eén mailtje, voor een koffie." # speaker: you
    An Peeters. Dat gaat ze graag hebben. Ik schrijf haar vanavond. # speaker: els # mood: pleased
* [Laat het zo: ze denkt wel aan je als iemand over aanwerven begint # act: wait # tip1 +1 # tip5 -1 # why: Geen druk op haar, en dat is vriendelijk; maar niemand begint tegen een architecte over aanwerven, en "aanwerven?" blijft in de hoek van haar kaartje staan.]
    Je laat het zo. Ze knikt en neemt eindelijk haar croissant.
* [Geef haar een paar van je kaartjes en een brochure, voor wie mensen zoekt # act: pitch # tip1 -1 # tip5 -1 # trust: els -1 # why: Zo kan ze je makkelijk doorgeven; het maakt haar ook je verkoopkanaal, en een stapel brochures is niet wat ze aanbood.]
    ~ pushed += 1
    Ze neemt de kaartjes en de brochure en steekt ze in haar tas, tussen een rol plannen en een banaan.
- -> wrap

= big
Els legt haar balpen neer.
Johan? Ik heb één school met hem gedaan. Ik ga hem niet vragen van loonbureau te veranderen voor jou. Dan verspeel ik mijn eerste klant aan de jouwe. # speaker: els # mood: uneasy # discuss: Ze wil haar klant niet verspelen aan jouw verkoop. En nu?
* [Trek het terug en maak het klein: haar boekhouder, één mail, voor een koffie # act: repair # tip1 +1 # tip5 +2 # trust: els +1 # why: De fout benoemen en de vraag verkleinen redt de ochtend; ze heeft nu wel gezien wat je eerst vroeg.]
    ~ ask = "small"
    ~ goodwill += 1
    "Ge hebt gelijk. Dat was te groot. Iets kleiners: je boekhouder, voor een koffie over starters. Eén mailtje." # speaker: you
    Dat kan ik doen. An Peeters. Vanavond. # speaker: els # mood: neutral
* [Dring aan, zachtjes: één woordje maar, naar haar luistert hij wel # act: ask-referral # tip1 -2 # tip4 -2 # tip5 -2 # trust: els -2 # why: Johan zou naar haar luisteren, en een woordje kost niks; behalve dat ze net nee gezegd heeft, en het nu twee keer moet zeggen.]
    ~ insisted = true
    ~ goodwill -= 2
    "Eén woordje maar. Naar jou luistert hij." # speaker: you
    Inderdaad. Daarom doe ik het niet. # speaker: els # mood: annoyed
* [Lach het weg en ga terug naar haar ingenieur # act: deflect # tip1 +1 # tip5 -1 # why: Het maakt een ongemakkelijk moment licht; ze weet nu wat je wilde, en niet wat je nodig hebt.]
    ~ ask = "none"
    "Vergeet dat ik het zei. Hildes kookwekker maakt me hebberig. Terug naar Dirk." # speaker: you
    Els glimlacht, een beetje.
- -> wrap

= none
Els schrijft iets op haar eigen kaartje en laat het je niet zien. # discuss: Je vertrekt zonder vraag. Is het daarmee gedaan?
* [Beloof haar deze week één regel te mailen, als je weet wat je nodig hebt # act: promise # tip1 +1 # tip5 +1 # why: Zo blijft de deur open om iets terug te doen; je bent haar nu een vraag schuldig, en dat is een vreemde schuld.]
    ~ owe_ask = true
    "Ik mail je deze week één regel. Een echte." # speaker: you
    Ik hou je eraan. # speaker: els # mood: neutral
* [Laat het: je bent in orde, en zij heeft genoeg aan haar hoofd # act: wait # tip1 +1 # tip5 -1 # why: Helemaal geen druk op haar; ze blijft wel het gevoel hebben dat ze je iets schuldig is, en mensen gaan wie ze iets schuldig zijn uit de weg.]
    Je laat het. Ze eet eindelijk haar croissant.
* [Bied liever nog een gunst aan: je kijkt haar loonformulieren na, gratis # act: offer-help # tip1 -1 # tip4 +1 # tip5 -1 # why: Gul, en het zou haar een vrijdag schelen; een tweede gunst bovenop de eerste, en dan nog in je eigen product, maakt haar schuld groter en ruikt naar een proefaanbod.]
    "En stuur me die formulieren eens. Ik kijk ze na. Gratis." # speaker: you
    Dat is vriendelijk. Ik zal erover nadenken. # speaker: els # mood: uneasy
- -> wrap

=== wrap ===
Tijd! Kaartjes in de map, koffie bijvullen aan het buffet, tot volgende maand. # speaker: hilde # mood: pleased
Dertig seconden, en Els staat al recht, jas over de arm. # discuss: Nog dertig seconden. Waarmee sta je op van tafel?
* [Zeg hardop wie wat doet tegen wanneer, en schrijf het op jullie beide kaartjes # act: keep-notes # tip1 -1 # tip2 +1 # tip3 +1 # tip5 +1 # why: Twee beloftes op papier zijn twee beloftes die nagekomen worden; je besteedt haar laatste dertig seconden wel aan administratie.]
    "Dus: {promised_dirk:ik schrijf jou en Dirk vandaag|jij belt Dirk om negen uur}{ask == "small":, en An hoort deze week van ons}. Klopt?" Jullie schrijven het allebei op. # speaker: you
* [Wissel kaartjes en ga: de map van de club heeft de rest # act: swap-cards # tip1 +1 # tip2 -1 # why: Snel en vriendelijk; wie wat beloofde, staat nu in Hildes map, niet in jouw agenda.]
    Jullie wisselen kaartjes. Op het hare staat een tekening van een dak.
* [Stel voor om volgende maand weer aan dezelfde tafel te zitten, om te horen hoe het staal en de ingenieur het doen # act: invite # tip4 +1 # tip5 +2 # trust: els +1 # why: Een reden om elkaar terug te zien die over haar gaat; het is ook nog een afspraak in de agenda van iemand die er geen plaats meer in heeft.]
    ~ goodwill += 1
    "Volgende maand dezelfde tafel? Ik wil horen hoe het met het staal zit." # speaker: you
    Als het staal staat, trakteer ik. # speaker: els # mood: pleased
- Els vertrekt naar haar werf, {pushed > 0:zonder om te kijken|met een zwaai vanuit de deur}. -> desk

=== desk ===
Tien uur. Je bureau op het sociaal secretariaat. # scene: office
Bart komt rond het tussenschot, met zijn leesbril op zijn voorhoofd. # sound: door
En? Wouters Architecten. Twee man, niet content. Zal ik haar deze namiddag eens bellen? # speaker: bart-claeys # mood: interested
{ promised_dirk:
    Op je scherm de mail die je Els beloofde: "Kennismaking: Els Wouters en Dirk Lemmens". Nog leeg.
}
{ gave_number:
    Dirk weet nog niet dat er morgen om negen uur een architecte zal bellen.
}
Bart wacht, met één hand op het tussenschot. # discuss: Bart wil haar bellen, en jij bent haar een mail schuldig. Wat eerst, en wat staat erin?
* {promised_dirk} [Schrijf de kennismaking met Dirk nu, drie regels, niks van jou erin; en zeg Bart nee # act: keep-promise # tip3 +2 # tip5 +1 # trust: els +1 # trust: bart-claeys -1 # why: De belofte die je dezelfde ochtend nakomt, is die die telt; Bart hoort een nee over een lead die hij zelf gevonden heeft.]
    ~ dirk_done = true
    ~ goodwill += 1
    "Niet bellen, Bart. Ze kwam naar een ontbijt, niet naar een verkooplijst." Je schrijft Els en Dirk: wie wie is, het staalskelet, en dat ze het vanaf hier zelf overnemen. Dirk antwoordt voor de middag: "Ik bel haar om twee uur."
* {promised_dirk} [Schrijf de kennismaking, en zet Barts P.S. eronder: een aanbod voor haar vrijdagen # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: els -1 # trust: bart-claeys +1 # why: Eén mail in plaats van twee, en Bart is content; de kennismaking die ze nodig had, komt nu met een prijslijst eronder.]
    ~ dirk_done = true
    ~ pushed += 1
    ~ goodwill -= 1
    Je schrijft de kennismaking, en daaronder: "P.S. Over je vrijdagen: Bart Claeys, mijn manager, stuurt je ons aanbod." Bart klopt je op de schouder.
* {promised_dirk} [Zeg Bart nee, en schrijf Dirk morgen, als de telefoons stiller zijn # act: keep-promise # timing: late # tip3 +1 # tip4 +1 # tip5 -1 # trust: bart-claeys -1 # why: Een rustigere dag geeft een betere mail, en Barts telefoontje gaat niet door; maar je zei vandaag, en haar staalskelet wacht precies hierop.]
    ~ dirk_done = true
    "Niet bellen, Bart." De mail aan Dirk wacht tot vrijdag. Hij vertrekt op vrijdagnamiddag.
* {gave_number} [Stuur Dirk een berichtje dat Els Wouters zal bellen, en waarom; en zeg Bart nee # act: follow-up # tip3 +2 # tip5 +1 # trust: els +1 # trust: bart-claeys -1 # why: Dirk verwittigen maakt van een koude telefoon een kennismaking; Bart hoort een nee over een lead die hij zelf gevonden heeft.]
    ~ dirk_done = true
    ~ goodwill += 1
    "Niet bellen, Bart." Je stuurt Dirk een berichtje: een architecte, een school in Bonheiden, het staal wacht, ze belt om negen uur. Hij stuurt een duimpje.
* {gave_number} [Laat Dirk gerust: ze heeft zijn nummer, en hij is groot genoeg # act: wait # tip1 +1 # tip3 -1 # why: Niks te doen, en niks om fout te doen; Dirk gaat zich afvragen wie een architecte zijn gsm-nummer gegeven heeft.]
    Je laat het zo. Dirk heeft al vaker onbekenden aan de lijn gehad.
* [Laat Bart haar deze namiddag bellen: haar formulieren zijn een echt probleem, en daar zijn jullie goed in # act: cold-call # tip1 -2 # tip3 -2 # tip5 -2 # trust: els -2 # trust: bart-claeys +1 # why: Het aanbod is goed en haar probleem is echt, dus misschien lukt het zelfs; maar ze vertelde je over haar vrijdagen aan een ontbijttafel, en nu belt je manager haar erover.]
    ~ bart_calls = true
    ~ pushed += 1
    ~ goodwill -= 2
    "Doe maar. Ze is niet content over het hare." Bart is al aan het bellen.
- -> two_weeks

=== two_weeks ===
Twee weken later. # sound: message
{
    - ask == "small" && not bart_calls && goodwill >= 2:
        ~ an_met = true
        Een bericht van An Peeters, verstuurd om zes over zes 's morgens.
        Els zegt dat je wilt weten wat mijn starters me vragen over aanwerven. Dat heeft nog nooit iemand gevraagd. Koffie dinsdag, acht uur, op de Vismarkt? # speaker: an-peeters-mechelen # mood: pleased # via: message
        Dinsdag luister je een uur: de contracten die niemand leest, de eerste loonbrief die misloopt, de bakker die zijn neef in dienst nam zonder verzekering. Je vult vier bladzijden. Je zegt niks over je firma; An vraagt er op het einde toch naar, en schrijft je nummer op.
    - ask == "small":
        Niks van An Peeters. Els was van plan haar te schrijven. Toen kwam het staal, en dan de regen.
    - bart_calls:
        Els heeft Bart één keer aan de lijn gehad, en gezegd dat ze erover zou nadenken. Dat heeft ze niet gedaan.
    - else:
        Van niemand iets. Dirk zegt aan de telefoon dat de architecte "scherp is, en op tijd betaalt".
}
Maandag is haar staalskelet rechtgezet. Je zag de foto op LinkedIn: Els met een helm, op het dak van de school in Bonheiden. # discuss: Twee weken later. Wat vertel je Els, als je haar al iets vertelt?
* [Schrijf Els een paar regels: wat haar hulp opleverde, en merci, en verder niks # act: follow-up # tip3 +2 # tip5 +1 # trust: els +1 # why: Iemand vertellen wat haar hulp opleverde, maakt dat ze opnieuw wil helpen; het is wel nog een mail in een mailbox die deze week alleen over staal gaat.]
    ~ closed_loop = true
    ~ goodwill += 1
    { ask == "small":
        Je vertelt haar over de vier bladzijden, de bakker en zijn neef, en de mail van An om zes uur. Je bedankt haar, en stopt daar.
    - else:
        Je feliciteert haar met het staal en vraagt hoe het met Dirk loopt. Je bedankt haar voor de ochtend, en stopt daar.
    }
    Els antwoordt vanaf de werf, in één regel: "Ik zei toch dat gij haar ging liggen. Zelfde tafel volgende maand."
* [Bedank haar met de gids van je firma over een eerste werknemer aannemen, voor als ze een derde zoekt # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: els -1 # why: De gids is goed en ze gaat nog aanwerven; een bedankje met een brochure erin zegt haar welke van de twee de bedoeling was.]
    ~ pushed += 1
    ~ goodwill -= 1
    Je stuurt de gids met een hartelijke regel. Hij wordt één keer geopend.
* [Bewaar het voor het ontbijt van volgende maand: je vertelt het haar persoonlijk # act: wait # tip3 -1 # tip5 +1 # why: Een verhaal aan tafel is beter dan een mail, en ze heeft het druk; maar een maand is lang voor een bedankje, en misschien weet ze niet dat haar hulp iets opleverde.]
    Je zet het op je lijstje voor volgende maand.
- -> ending

=== ending ===
{
    - bart_calls || insisted || pushed >= 2:
        -> spent_favour
    - an_met:
        -> fair_exchange
    - ask == "none":
        -> one_way_street
    - else:
        -> line_on_a_card
}

= fair_exchange
{ greedy:
    Els heeft haar oud-klasgenote nooit geschreven, en Johan ook niet. Over An moest je haar geen twee keer vragen.
}
In de lente stuurt An je de eerste van haar starters: een kinesitherapeute in Hombeek die haar eerste assistente wil aannemen en doodsbang is van het contract. "Ik heb haar gezegd dat jij eerst vragen stelt," schrijft An.
{ closed_loop:
    Op de volgende één-op-één-ochtend vraagt Els aan Hilde om weer aan jouw tafel te zitten. Hilde schrijft het in haar map en zegt niks, en bij Hilde is dat een compliment.
- else:
    Op de volgende één-op-één-ochtend wuift Els je naar haar tafel. Je vertelt haar over de kinesitherapeute, een maand te laat. Ze had het al van An gehoord.
}
Je gaf eerst, en dan vroeg je iets kleins, met een naam erbij. Jullie zijn er allebei nog altijd blij om. # ending: fair-exchange # mood: pleased
-> END

= line_on_a_card
Er liep niks mis. Els is vriendelijk als jullie elkaar zien, en {dirk_done:Dirk doet nu haar berekeningen|ze heeft zelf een ingenieur gevonden}.
Jouw regel staat nog altijd op haar kaartje in Hildes map, en je naam ook. Niemand kon met een van beide veel aanvangen. # ending: line-on-a-card # mood: neutral
-> END

= one_way_street
Els is vriendelijk als jullie elkaar zien, een beetje te vriendelijk: zoals mensen zijn tegen iemand bij wie ze in het krijt staan.
{ dirk_done:
    Dirk doet nu haar berekeningen. Ze heeft je drie keer bedankt, en elke keer gevraagd of ze echt niks voor je kan doen. Je hebt het nog altijd niet gezegd.
- else:
    Ze vroeg of ze echt niks voor je kon doen. Je hebt het nog altijd niet gezegd.
}
{ owe_ask:
    De regel die je haar beloofde, is nooit vertrokken. Telkens je eraan begon, klonk het als te veel vragen, of als niks.
}
Op het zomerontbijt gaat ze aan een andere tafel zitten. Hulp die je niet kunt teruggeven, aanvaard je geen twee keer. # ending: one-way-street # mood: neutral
-> END

= spent_favour
{ bart_calls:
    Barts telefoontje ging naar de voicemail, het tweede ook. In juni verandert Wouters Architecten van sociaal secretariaat: naar een ander.
}
{ insisted:
    Johan Goossens heeft nog altijd het loonbureau van zijn vader. Els heeft nog altijd Johan. Daar heeft ze voor gezorgd.
}
Op de volgende één-op-één-ochtend vraagt Els aan Hilde, stilletjes, om een andere partner. Hilde schrijft het in haar map en zegt niks, en bij Hilde is dat een oordeel. # ending: spent-favour # mood: uneasy
-> END

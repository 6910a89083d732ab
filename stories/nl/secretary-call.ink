# title: Het secretariaat belt
# summary: De ochtend na een receptie: een stapel naamkaartjes, een assistente met een belscript, en een telefoon die voor jou rinkelt.
# main: tip3
# cast: katrien \| Katrien Wuyts \| directieassistente, twaalf jaar in huis; efficiënt, droog, mist niets
# cast: jens \| Jens Vermeiren \| vertegenwoordiger die de eerste afspraken met nieuwe klanten doet; joviaal, ongeduldig
# cast: nadia \| Nadia Bogaert \| assistente bij een verzekeringsmakelaar; beleefd, werkt een bellijst af
# cast: bart-claeys \| Bart Claeys \| je salesmanager; joviaal, gul, en zich zeer bewust van de targets
# cast: marleen \| Marleen Peeters \| runt een familiebakkerij met elf winkels in Limburg; warm, recht voor de raap, allergisch voor verkooppraat
# ending: full-pipeline \| Een volle pipeline, een leeg netwerk
# ending: lukewarm \| Lauwtjes
# ending: second-chance \| Een tweede kans
# ending: trusted-connector \| Iemand op wie ze rekenen

// Memory shared with other scenarios (see docs/authoring.md). hard-seller may set the first one.
VAR mem_promised_intro = ""
VAR mem_cards_to_assistant = false
// For the-cold-contact, eight months on: whether what Marleen got from your side was a sales move (a
// call, Jens, a brochure or a pitch), and whether you set yourself a reminder for a coffee with her.
VAR mem_marleen_pitched = false
VAR mem_marleen_coffee = false

// This scenario's own state, the same as in stories/en/secretary-call.ink. Nothing depends on visit
// counts, so the variables alone decide the rest of a path.
// Register: Katrien, Jens, Bart and Marleen say "je" to you; Nadia (a stranger on the phone) says "u",
// and you say "u" to her and to Luc.
VAR read_notes = false
VAR cold_calls = 0
// cold_calls: 0 = nobody is cold-called, 1 = everyone except Marleen, 2 = the whole stack, Marleen included.
VAR jens_has_marleen = false
VAR jens_has_tom = false
VAR sent_study = false
VAR pitched_marleen = false
VAR intro_made = false
VAR old_intro_made = false
VAR pitched_old = false
VAR said_yes_to_nadia = false
VAR offered_dirk_coffee = false
VAR stopped_calls = false
VAR apologised = false
VAR emailed_apology = false
VAR coffee = ""

-> arrival

=== arrival ===
Donderdag, twintig voor negen. De koffiemachine op de derde verdieping maalt alsof ze een mening heeft over donderdagen. # scene: office
Je bureau op het sociaal secretariaat, waar jij de grotere klanten opvolgt: lonen, contracten, HR-papierwerk. Zeshonderd collega's, en een salesdoel op een geeltje onderaan je scherm. Veertien nieuwe klanten dit kwartaal. Daaronder, iets minder fier: zes.
Op je bureau ligt de buit van gisteravond, van de receptie bij Voka: drieëntwintig naamkaartjes, bijeengehouden door een haarelastiekje waarvan je niet meer weet van wie je het geleend hebt.
De meeste zijn een waas. Een handdruk, een naam, een "we moeten eens een koffie gaan drinken".
Eén niet. Marleen Peeters, Bakkerij Peeters, elf winkels rond Hasselt. Jullie hebben veertig minuten gepraat: over haar vader, die begon met één oven; over haar zoon die roeit; over broodzakken die maar niet willen composteren. Ergens tussendoor noemde ze haar sociaal secretariaat "in orde, denk ik", en je bent er maar net niet op gesprongen. # discuss: Drieëntwintig kaartjes. Wat doe je er eerst mee, en waarom?
* [Draai de kaartjes om en lees wat je op de achterkant krabbelde # act: keep-notes # tip2 +1 # tip3 +1 # why: In je notities staan je beloftes. Een belofte die je vergeten bent, kun je niet nakomen.]
    ~ read_notes = true
    Je draait ze een voor een om. De meeste achterkanten zijn leeg. Op een paar staat iets als "verzekeringen?" of "kent de mensen van de haven".
    Op één, van een logistiek manager die Tom Lambrechts heet: "wil offerte, lonen 40 chauffeurs, bellen".
    Op dat van Marleen, in je slechtste handschrift: "Studie UGent composteerbare folie, sturen! Kobe?? Roeien za."
    Twee beloftes dus. De studie die je haar zou sturen. En Kobe Martens, een bevriende bakker in Leuven die vorig jaar overschakelde op composteerbare zakken: je bood aan om hen met elkaar in contact te brengen.
* [Sorteer de stapel op bedrijfsgrootte, de grootste prospects bovenaan # act: target # tip1 -1 # tip5 -1 # why: Mensen rangschikken op de grootte van de deal maakt van je netwerk een doellijst, nog voor iemand ergens ja op zei.]
    Een logistieke groep met vierhonderd man komt bovenaan. Een architectenbureau in Kortrijk, ergens in het midden. Een vertaalbureau van één vrouw, onderaan.
    De bakkerijketen van Marleen belandt op drie. Elf winkels, negentig man personeel: dat zijn veel loonbrieven.
    Op de achterkant van haar kaartje staat iets gekrabbeld, maar de stapel is gesorteerd en je koffie wordt koud.
* [Scan alle 23 in met de CRM-app, zodat niemand verloren raakt # act: keep-notes # tip1 -1 # tip3 +1 # why: Elk kaartje is veilig en terug te vinden, en dat maakt opvolgen mogelijk; maar iedereen als lead labelen beslist wat ze voor jou zijn voor je hen echt kent.]
    De app op je gsm leest elk kaartje in een seconde. Naam, bedrijf, telefoon, e-mail. Drieëntwintig nieuwe leads, status "nieuw", eigenaar: jij.
    De achterkant leest hij niet. Op die van Marleen staat iets gekrabbeld, in blauwe inkt.
- Katrien klopt op de open deur, met twee bekers. Ze klopt altijd op de open deur. # sound: door
-> the_stack

=== the_stack ===
Goeiemorgen. En, die receptie? Overleefd? # speaker: katrien # mood: pleased
Ze zet je koffie neer, zwart, en knikt naar de kaartjes.
Zal ik doen zoals na de beurs? Ik bel ze allemaal op en ik plan Jens in waar het kan. Ik heb dat belscript nog liggen. # speaker: katrien # mood: neutral
Het werkte, min of meer. Vier afspraken op zestig telefoontjes. Bart was in de wolken. # speaker: katrien
En eerlijk: het klinkt efficiënt. De firma betaalde vierhonderdvijftig euro voor je ticket. Die mensen kwamen om te netwerken. Jens heeft afspraken nodig. Waarom zouden die kaartjes stof liggen te vergaren? # discuss: Het bedrijf betaalde de avond. Zijn de kaartjes daarmee de leads van het bedrijf?
* [Ja: bel ze allemaal en plan Jens in. We hebben voor die avond betaald # act: cold-call # tip1 -2 # tip3 -3 # tip5 -2 # trust: marleen -2 # why: Ze gaven je hun kaartje om contact te houden, niet om gebeld te worden door een onbekende die een verkoopafspraak wil.]
    ~ cold_calls = 2
    ~ mem_cards_to_assistant = true
    Doe maar. Bel ze allemaal en plan Jens in. We hebben voor die avond betaald, nu moeten we ook scoren. # speaker: you # mood: pleased
    Komt in orde. # speaker: katrien # mood: neutral
    Ze schuift het elastiekje eraf en begint te tellen. Het kaartje van Marleen gaat mee op de stapel.
* [Bel iedereen, behalve Marleen Peeters. Haar schrijf ik zelf # act: cold-call # tip1 -1 # tip3 -2 # tip5 -1 # why: Je houdt je ene goede gesprek persoonlijk, maar de andere tweeëntwintig vroegen evenmin om een verkoopgesprek.]
    ~ cold_calls = 1
    ~ mem_cards_to_assistant = true
    Bel iedereen, behalve deze. Marleen Peeters schrijf ik zelf. # speaker: you # mood: neutral
    Tweeëntwintig. Tegen elf uur heb ik de eerste reeks gedaan. # speaker: katrien # mood: pleased
* [Geen telefoontjes. Ik volg zelf op, te beginnen met wat ik beloofd heb # act: decline # tip1 +1 # tip3 +1 # tip5 +1 # trust: katrien +1 # why: Je ging om mensen te ontmoeten, niet om hen iets te verkopen. Nee zeggen tegen het belscript is het begin; de opvolging die telt, komt daarna.]
    Deze keer geen telefoontjes. Ik volg zelf op, te beginnen met wat ik mensen beloofd heb. # speaker: you # mood: neutral
    Geen telefoontjes? Dat gaat Bart niet graag horen. # speaker: katrien # mood: uneasy
    Ze kijkt naar de stapel, en dan naar jou.
    Mij goed. Ik zeg aan Bart dat het jouw idee was. # speaker: katrien # mood: neutral
* [Zet ze voorlopig in de CRM. Wat ermee moet, beslis ik later # act: wait # tip3 -1 # tip5 +1 # why: Ze bewaren schaadt niemand, maar een belofte die op "later" wacht, is geen opvolging meer.]
    Zet ze voorlopig in de CRM. Ik beslis later wel. # speaker: you # mood: neutral
    Later. Juist. # speaker: katrien # mood: neutral
    Tegen tien uur staan ze in de CRM, onder "receptie", en dat is meer dan jij volgende week over de meesten nog zult weten.
- -> jens_drops_by

=== jens_drops_by ===
Tien minuten later hangt Jens Vermeiren in je deuropening, autosleutels in de hand, al half onderweg naar een klant in Aalst. # sound: door # discuss: Jens heeft afspraken nodig. Welke van je contacten mag hij bellen, als er al zijn? # leave: katrien
{ cold_calls > 0:
    Katrien zegt dat je een lijst voor mij hebt! Top. # speaker: jens # mood: pleased
    Zit er iets warms tussen? Ik begin liefst met wie al klaar is om te tekenen. # speaker: jens # mood: interested
- else:
    En? Voka? Iets voor mij? # speaker: jens # mood: interested
    Bart wil deze maand zes nieuwe afspraken van mij, en ik sta op twee. Allez, gooi mij eens iets toe. # speaker: jens # mood: uneasy
}
{ read_notes:
    Je denkt aan het kaartje van Tom Lambrechts: "wil offerte, lonen 40 chauffeurs, bellen". Hij vroeg er zelf om.
- else:
    Je herinnert je één man, Tom Lambrechts, logistiek manager, die je recht op de man af om een offerte vroeg voor de lonen van zijn veertig chauffeurs.
}
* [Geef Jens het kaartje van Tom: hij vroeg zelf om een offerte # act: keep-promise # tip1 +1 # tip3 +2 # trust: jens +1 # why: Tom vroeg om gebeld te worden. Een vraag doorgeven die iemand zelf stelde, is een belofte nakomen, geen koude verkoop.]
    ~ jens_has_tom = true
    Tom Lambrechts. Hij vroeg een offerte voor de lonen van zijn chauffeurs. Bel hem vandaag nog, hij verwacht het. # speaker: you # mood: neutral
    Een echte vraag? Merci, jij bent een held. # speaker: jens # mood: pleased
    Hij trekt een foto van het kaartje en is weg voor de deur is uitgezwaaid.
* [Geef hem het kaartje van Marleen: negentig man, en haar secretariaat is "in orde, denk ik" # act: cold-call # tip1 -1 # tip3 -2 # tip5 -2 # trust: jens +1 # why: Je beste gesprek van de avond, herleid tot een verkooplead waar zij nooit om gevraagd heeft.]
    ~ jens_has_marleen = true
    Marleen Peeters. Elf bakkerijen, negentig man, en ze noemde haar sociaal secretariaat "in orde, denk ik". # speaker: you # mood: pleased
    "In orde, denk ik." Mijn favoriete zin ter wereld. Ik bel haar deze namiddag. # speaker: jens # mood: pleased
    Hij is weg voor je kunt zeggen dat ze eigenlijk nooit naar een ander secretariaat gevraagd heeft.
* [Zeg hem dat niemand "warm" is. Vraag het me over zes maanden nog eens # act: wait # tip3 -1 # tip5 +1 # trust: jens -1 # why: Relaties hebben tijd nodig, klopt. Maar Jens vertrekt met niets, zelfs niet met die ene vraag die wel echt was.]
    Niemand is warm, Jens. Ik heb mensen leren kennen. Vraag het me over zes maanden nog eens. # speaker: you # mood: neutral
    Zes maanden. Bart wil er zes deze maand. # speaker: jens # mood: annoyed
    Hij trommelt op de deurstijl en vertrekt. Tom Lambrechts en zijn veertig chauffeurs blijven in de stapel zitten.
* [Zeg hem dat hij ze allemaal op LinkedIn toevoegt, om ze op te warmen # act: cold-call # tip1 -1 # tip3 -1 # tip5 -1 # why: Een uitnodiging van iemand die ze nooit ontmoet hebben, gevolgd door een pitch, is koud bellen met een profielfoto.]
    Voeg ze eerst allemaal toe op LinkedIn. Opwarmen, en dan bellen. # speaker: you # mood: neutral
    Slim. Zoals een drip-campagne. # speaker: jens # mood: interested
    Tegen de middag krijgen drieëntwintig mensen een uitnodiging van een man die ze nooit ontmoet hebben.
- -> writing_to_marleen

=== writing_to_marleen ===
= the_mail
Je opent een nieuwe mail. Aan: Marleen Peeters. # leave: jens
{ not read_notes:
    Je draait haar kaartje eindelijk om. In je slechtste handschrift: "Studie UGent composteerbare folie, sturen! Kobe?? Roeien za."
    Juist. Twee beloftes: de studie die je haar zou sturen, en Kobe Martens, een bevriende bakker in Leuven die vorig jaar overschakelde op composteerbare zakken. Je bood aan om hen in contact te brengen.
}
De studie is een pdf van veertig pagina's van de UGent. Op de gedeelde schijf, er vlak naast, staat jullie nieuwe brochure: "Loonadministratie voor winkelketens". Glanzend, goed, en ze zei zelf dat haar secretariaat maar "in orde, denk ik" was. # discuss: Ze had het over haar secretariaat. Maakt dat de brochure behulpzaam?
* [Bedank haar voor het gesprek en stuur de studie. Verder niets # act: keep-promise # tip3 +3 # tip5 +1 # trust: marleen +2 # why: Een nagekomen belofte zonder verkooppraatje eraan vast: dat is tip 3 helemaal. En het is zeldzamer dan je denkt.]
    ~ sent_study = true
    "Dag Marleen, bedankt voor gisteravond. Het verhaal van je vader en zijn ene oven verdient een film. Hierbij de studie waarover ik het had. Veel succes zaterdag voor de ploeg van je zoon."
    Je leest het twee keer, haalt er één uitroepteken uit, en verstuurt het.
* [Stuur de studie, en voeg onze brochure toe "voor het geval dat" # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # trust: marleen -1 # why: Die bijlage maakt van een nagekomen belofte een pitch. Ze zal merken welke van de twee je eigenlijk wilde sturen.]
    ~ sent_study = true
    ~ pitched_marleen = true
    "…en aangezien je het over je sociaal secretariaat had: in bijlage onze brochure voor winkelketens. Ik kom graag eens langs!"
    Behulpzaam, zeg je tegen jezelf. Zij begon er toch zelf over.
* [Stuur een LinkedIn-uitnodiging met de standaardtekst, en laat het daarbij # act: follow-up # effort: token # tip2 -1 # tip3 -1 # why: Een standaarduitnodiging is een kaartjeswissel in digitale vorm, en de beloofde studie is nog altijd niet verstuurd.]
    "Ik wil je graag toevoegen aan mijn professionele netwerk." Verstuurd. De pdf blijft op je bureaublad staan.
* [Wacht een week, dan kom je niet opdringerig over # act: wait # tip1 +1 # tip3 -2 # why: Niet opdringerig willen overkomen is een goed instinct als het om verkopen gaat; maar je beloofde de studie voor vandaag, en een late belofte leest als een vergeten belofte.]
    Je bewaart de mail als concept en zet een herinnering voor volgende donderdag. Volgende donderdag wordt ook druk.
- -> the_intro

= the_intro
Dan Kobe. Je bood aan om hen te laten kennismaken: hij ging vorig jaar door dezelfde omschakeling, met dezelfde kopzorgen over leveranciers.
Er is één klein probleem. Kobe is een tevreden klant van jullie grootste concurrent, en hij vertelt dat aan iedereen die het wil horen. Breng je hen samen, dan heeft Marleen tegen het dessert alles over die concurrent gehoord. # discuss: De introductie kan je de verkoop kosten. Ben je ze haar nog verschuldigd?
* [Vraag Kobe eerst of hij het ziet zitten, en stel hen dan netjes voor # act: introduce # tip3 +2 # tip5 +2 # trust: marleen +1 # why: Kobe eerst vragen kost een dag en respecteert zijn tijd; een introductie die haar helpt, ook als jij de verkoop misloopt, is het lange spel.]
    ~ intro_made = true
    Je stuurt Kobe een berichtje: "Tien minuutjes voor een bakker in Hasselt die staat waar jij een jaar geleden stond? Heel sympathiek mens."
    Twee minuten later: "Voor jou altijd. Stuur maar door." # sound: message
    Je schrijft de introductie: wie ze allebei zijn, waarom ze eens moeten praten, en niets over jezelf.
* [Zet ze allebei meteen in één mail: "Jullie moeten elkaar leren kennen!" # act: introduce # tip3 +3 # tip5 -1 # trust: marleen +1 # why: De belofte is vandaag nog nagekomen, volledig. Maar Kobe kreeg niet de kans om eerst ja te zeggen, en een introductie waar iemand niet mee instemde, kan je bij allebei iets kosten.]
    ~ intro_made = true
    "Marleen, dit is Kobe. Kobe, dit is Marleen. Jullie moeten het eens over broodzakken hebben." Verstuurd. Kobe zal het niet erg vinden. Waarschijnlijk.
* [Laat de introductie stilletjes vallen. Waarom haar naar een fan van de concurrent sturen? # act: break-promise # tip3 -2 # tip5 -2 # why: Je bood die introductie aan omdat ze haar zou helpen. Ze achterhouden om een verkoop te beschermen, maakt je belofte afhankelijk van je target.]
    Ze is vast al vergeten dat je het aanbood. Je sluit de mail en opent in de plaats het salesdashboard.
* [Maak de intro, en zet Jens in kopie "om even dag te zeggen" # act: follow-up-with-pitch # tip1 -2 # tip3 -1 # trust: marleen -1 # why: Een verkoper in kopie maakt van een introductie een verkoopgesprek in vermomming. Zij wilde de ervaring van een collega-bakker, geen leverancier.]
    ~ intro_made = true
    ~ pitched_marleen = true
    "Marleen, dit is Kobe. En ik zet mijn collega Jens in kopie, die je graag eens dag zegt." Kobe zal over broodzakken praten. Jens niet.
-
{ mem_promised_intro != "":
    -> old_promise
- else:
    -> the_call
}

=== old_promise ===
Katrien steekt haar hoofd om de deur.
Voor ik het vergeet: je notitieboekje lag open op mijn bureau. Twee keer onderlijnd: "Intro voor {mem_promised_intro}!" Moet dat nog gebeuren? # speaker: katrien # mood: interested
Je weet het weer. Je hebt het beloofd, en je meende het. # discuss: Een oudere belofte en een stapel nieuwe kaartjes. Wat gaat voor?
* [Schrijf die introductie nu, nu je nog weet waarom ze ertoe doet # act: keep-promise # tip3 +2 # why: Een introductie die je aanbood, is de andere helft van tip 3. Tien minuten nu zijn meer waard dan om het even welke pitch.]
    ~ old_intro_made = true
    Je schrijft ze meteen: twee namen, waarom ze elkaar moeten ontmoeten, en een zin dat geen van beiden jou iets verschuldigd is.
* [Maak de intro, en vraag {mem_promised_intro} meteen ook een afspraak met Jens # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # why: Een gunst met een factuur eraan. De introductie lijkt nu de prijs voor een verkoopgesprek.]
    ~ old_intro_made = true
    ~ pitched_old = true
    Je maakt de introductie, en zet er een PS onder: "Nu ik je toch heb: onze Jens zou graag eens een kwartiertje langskomen."
    Je bent vrij zeker dat het die PS is die blijft hangen.
* [Zet het op de lijst voor volgende week. Vandaag is voor de nieuwe kaartjes # act: break-promise # tip3 -1 # why: Nieuwe kaartjes voelen dringend, maar de oudste belofte is net degene die je het makkelijkst vergeet.]
    Het briefje gaat op de lijst voor volgende week, onder zes andere dingen die ook op de lijst voor volgende week gingen.
- -> the_call

=== the_call ===
= ring
Twintig voor elf. Je telefoon gaat: een vast nummer dat je niet kent. # sound: phone-ring # leave: katrien
Goeiemorgen, u spreekt met Nadia Bogaert van Willems & Partners, verzekeringsmakelaars in Mechelen. # speaker: nadia # mood: neutral # via: phone
U hebt gisteravond op de receptie van Voka meneer Dirk Willems ontmoet. Hij zou graag een afspraak inplannen met onze accountmanager, om uw bedrijfsverzekeringen eens door te nemen. Zou volgende dinsdag om tien uur u schikken? # speaker: nadia # mood: pleased # via: phone
Je probeert hem te plaatsen. Een stevige handdruk bij de vestiaire. Een kaartje in je hand gedrukt terwijl je naar je vestiairebonnetje zocht. Dertig seconden, hooguit. Je herinnert je zijn das beter dan zijn gezicht.
Je vist zijn kaartje uit de binnenzak van je vest. Dirk Willems, Managing Partner. Niets op de achterkant. # discuss: Nu zit je aan de andere kant van het telefoontje. Wat ben je Dirk verschuldigd, en Nadia?
{ cold_calls > 0:
    Door de glazen wand zie je Katrien zitten, headset op, pen in de hand, voorlezend van een blad.
}
* [Zeg ja voor dinsdag. Nee zeggen duurt langer # act: smooth-over # tip5 -2 # trust: nadia +1 # why: Een ja die je niet meent, kost hun accountmanager een ochtend en jou een uur, en begint de relatie met toneel.]
    ~ said_yes_to_nadia = true
    Dinsdag om tien uur, goed. # speaker: you # mood: neutral
    Fantastisch. Ik stuur u een uitnodiging. Meneer Willems zal blij zijn. # speaker: nadia # mood: pleased # via: phone
    Je legt de telefoon neer en weet nu al dat je maandagavond gaat afzeggen.
* [We zijn volledig gedekt, dank u. Haal ons van uw lijst # act: decline # tip1 +1 # tip5 -1 # why: Eerlijk, en het zegt Willems en Partners waarvoor een kaartje van een receptie niet dient; maar kortaf: je sluit de deur voor Dirk als persoon, samen met zijn verkoopgesprek.]
    We zijn volledig gedekt, dank u. Haal ons alstublieft van uw lijst. # speaker: you # mood: neutral
    Natuurlijk. Sorry voor het storen. Nog een fijne dag. # speaker: nadia # mood: neutral # via: phone
    Klik. Ze zit al aan het volgende kaartje voor jij de hoorn hebt neergelegd.
* [Nee tegen het verkoopgesprek, maar bied Dirk zelf een koffie aan # act: invite # tip4 +1 # tip5 +2 # trust: nadia +1 # why: Nee tegen de pitch, ja tegen de mens: je geeft Dirk de kans om de relatie op te bouwen die zijn methode oversloeg.]
    ~ offered_dirk_coffee = true
    Het verkoopgesprek laat ik passeren, dank u. Maar een koffie met Dirk zelf drink ik graag. Gewoon met ons tweeën, zonder agenda. # speaker: you # mood: pleased
    Oh. Dat is... dat staat niet op mijn blad. Ik zal het hem zeggen. # speaker: nadia # mood: uneasy # via: phone
    Een pauze, en het krassen van een pen.
* [Zeg haar wat je denkt van zo'n telefoontje # act: candour # tip1 +1 # tip5 -1 # trust: nadia -1 # why: Je punt klopt: dertig seconden is geen relatie. Maar Nadia heeft de methode niet bedacht, en je frustratie afreageren op de boodschapper kost je goodwill bij haar en bij haar baas.]
    Ik heb meneer Willems dertig seconden gesproken. Als dat voor hem een verkoopgesprek waard is, word ik liever geen klant. # speaker: you # mood: annoyed
    Ik begrijp het. Ik zal het doorgeven. # speaker: nadia # mood: uneasy # via: phone
    Een korte stilte.
    Ik doe alleen maar de telefoontjes, weet u. # speaker: nadia # mood: uneasy # via: phone
    Dat weet je. Daarom steekt het ook.
- -> afterwards

= afterwards
Je kijkt een hele tijd naar het kaartje van Dirk. Zo voelt het dus, aan deze kant. # discuss: Wat leert dit telefoontje je over je eigen stapel?
* [Alsof je een regel bent in iemands spreadsheet # act: reflect # tip1 +1 # tip3 +1 # why: Onthouden hoe het voelt om als lead behandeld te worden in plaats van als mens, is het beste argument voor tip 1 en tip 3.]
    Een naam op een bellijst, afgewerkt tussen tien en twaalf. Wat je ook precies was.
* [Al is het wel netjes: hij volgde op. De meesten doen zelfs dat niet # act: reflect # tip3 -1 # tip5 +1 # why: Gul voor Dirk, en dat helpt als jullie elkaar nog eens tegenkomen; maar tip 3 gaat over opvolgen wat je beloofde of een introductie, en Dirk beloofde je niets: hij wilde een afspraak.]
    Hij deed tenminste iets met dat kaartje, zeg je tegen jezelf. Als compliment voelt het mager.
* {cold_calls > 0} [Besef dat Katrien nu net dat telefoontje pleegt, met jouw stapel # act: reflect # tip3 +2 # tip5 +1 # why: Je eigen methode van de andere kant zien, is het moment om ze te veranderen, voor er nog meer bruggen opbranden.]
    Daarbuiten draait Katrien het volgende nummer. Ergens probeert iemand zich jouw gezicht te herinneren.
* [Draai zijn kaartje om. Wat weet je eigenlijk over Dirk? # act: reflect # tip2 +1 # why: Bijna niets, en dat is net het punt: een kaartjeswissel zonder gesprek laat niets over om op te volgen.]
    Leeg. Je kent zijn das, zijn handdruk, en je weet dat hij verzekeringen verkoopt. Je zou Dirk niet kunnen opvolgen, al wilde je: er is niets om op te volgen.
- -> katrien_again

=== katrien_again ===
{ cold_calls > 0:
    -> damage
- else:
    -> clean
}

= damage
Katrien komt binnen, headset rond haar nek, pen achter haar oor.
Acht gedaan. Drie afspraken voor Jens, twee voicemails, één keer "stuur maar een mailtje", en één keer "wie?". # speaker: katrien # mood: neutral
En Luc Verstraete, de architect, vroeg of je zijn kaartje aan een callcenter had gegeven. # speaker: katrien # mood: uneasy
{ cold_calls == 2:
    En Marleen Peeters. Ze was vriendelijk, maar ze werd heel stil. Daarna vroeg ze of jij diegene was met wie ze over roeien had gepraat. # speaker: katrien # mood: uneasy
}
Ze wacht. Nog {cold_calls == 2:vijftien|veertien} kaartjes te gaan. # discuss: De helft is gebeld. Stoppen, verzachten of afwerken?
* [Stop met bellen. Wie je al bereikte, bel ik zelf, om me te excuseren # act: repair # tip3 +2 # tip5 +2 # trust: katrien +1 # why: Je fout zelf rechtzetten, persoonlijk en zonder pitch, is de enige opvolging die dit nog kan herstellen.]
    ~ stopped_calls = true
    Stop maar met bellen. Wie je al bereikt hebt, bel ik zelf. # speaker: you # mood: uneasy
    Katrien zet de headset af en geeft je zonder een woord de lijst. Ze ziet er opgelucht uit.
    -> apology
* [Stop met bellen, maar geen drama over wie al gebeld is # act: repair # tip3 +1 # tip5 -1 # why: Stoppen is juist, maar zwijgen laat zes mensen denken dat een verkoopgesprek het enige was wat je van hen wilde.]
    ~ stopped_calls = true
    Laten we het daarbij houden. En geen drama over wie je al gebeld hebt. # speaker: you # mood: neutral
    Goed. Het script gaat terug in de schuif. # speaker: katrien # mood: neutral
* [Werk de lijst af, maar zachter: "gewoon een korte kennismaking" # act: cold-call # tip1 -1 # tip3 -1 # tip5 -1 # trust: katrien -1 # why: Een vriendelijkere verpakking rond hetzelfde telefoontje. Het blijft een verkoopopvolging waar niemand om vroeg.]
    Werk de lijst af, maar zachter. Een korte kennismaking, geen verkoopgesprek. # speaker: you # mood: neutral
    Een kennismaking. Met Jens. # speaker: katrien # mood: uneasy
    Ze zet de headset weer op en schrapt een regel in het script.
* [Ga door. Ons aanbod is nuttig, het zijne niet # act: cold-call # tip1 -2 # tip3 -2 # tip5 -1 # trust: katrien -1 # why: Iedereen vindt zijn eigen pitch de nuttige. Dirk ook, daar kun je zeker van zijn.]
    Ga door. Ons aanbod is tenminste nuttig. Het zijne niet. # speaker: you # mood: annoyed
    Als jij het zegt. # speaker: katrien # mood: neutral
    Ze gaat terug naar haar bureau. Door het glas hoor je haar opnieuw beginnen: "Goeiemorgen, u hebt gisteren mijn collega ontmoet..." # leave: katrien
- -> manager_asks

= apology
{ cold_calls == 2:
    Marleens naam staat bovenaan de lijst van Katrien, met een klein potloodkruisje ernaast. # discuss: Hoe verontschuldig je je voor een verkooptelefoontje zonder er nog een te plegen?
- else:
    De naam van Luc Verstraete staat bovenaan de lijst van Katrien. Hij zal weer een script verwachten. # discuss: Hoe verontschuldig je je voor een verkooptelefoontje zonder er nog een te plegen?
}
* [Bel en zeg gewoon sorry: dat telefoontje was jouw fout, niet hun probleem # act: repair # tip3 +1 # tip5 +2 # why: Een eenvoudig excuus, zonder uitvlucht en zonder pitch: zo overleeft vertrouwen een fout.]
    ~ apologised = true
    {cold_calls == 2:Ze|Hij} neemt op na twee keer overgaan.
    Ik bel om me te excuseren. Dat telefoontje van vanochtend was mijn idee, en geen goed. {cold_calls == 2:Je gaf me je|U gaf me uw} kaartje voor een gesprek, niet daarvoor. # speaker: you # mood: uneasy
    { cold_calls == 2:
        Ah. Ik vroeg het me al af. We hadden zo'n goed gesprek, en dan vroeg een mevrouw die ik niet kende wanneer jullie vertegenwoordiger eens kon langskomen. # speaker: marleen # mood: uneasy # via: phone
        Merci dat je zelf belt. Dat is al iets waard. # speaker: marleen # mood: pleased # via: phone
    - else:
        Luc is één zin lang kortaf, en lacht dan. Nog nooit, zegt hij, heeft iemand hem teruggebeld om zich te excuseren voor een verkooptelefoontje.
    }
* [Bel, zeg sorry, en nu je toch aan de lijn hangt, vertel wat je verkoopt # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # why: Excuses voor een verkooptelefoontje, gevolgd door een verkooppraatje. Ze zullen alleen de tweede helft horen.]
    {cold_calls == 2:Ze|Hij} neemt op na twee keer overgaan.
    Sorry voor vanochtend. Al, nu ik {cold_calls == 2:je|u} toch aan de lijn heb: onze loonadministratie kan {cold_calls == 2:je|u} echt interesseren. # speaker: you # mood: pleased
    { cold_calls == 2:
        ~ pitched_marleen = true
        Juist. Ik zal erover nadenken. # speaker: marleen # mood: annoyed # via: phone
        Ze legt iets sneller in dan nodig.
    - else:
        Luc laat je uitpraten, zegt "nee, merci" op een toon die de rest van het decennium dekt, en legt in.
    }
* [Bel, en steek het op "een nieuwe werkwijze op kantoor" # act: smooth-over # tip5 -1 # why: De schuld geven aan een werkwijze die je zelf opzette, klinkt als een uitvlucht, omdat het er een is.]
    {cold_calls == 2:Ze|Hij} neemt op na twee keer overgaan.
    Sorry voor dat telefoontje. Een nieuwe werkwijze op kantoor, het is een beetje uit de hand gelopen. # speaker: you # mood: uneasy
    { cold_calls == 2:
        Een werkwijze. Ik snap het. # speaker: marleen # mood: neutral # via: phone
        Ze blijft beleefd. Beleefd, en een stukje verder weg dan gisteravond.
    - else:
        Luc zegt dat hij het begrijpt. Hij zegt het zoals mensen het zeggen als ze het niet begrijpen.
    }
* [Schrijf in de plaats een korte verontschuldiging per mail: makkelijker voor iedereen # act: repair # tip3 +1 # tip5 -1 # why: De verontschuldiging is gemaakt, en op papier; maar na een telefoontje waar niemand om vroeg, leest een mail als nog een sjabloon.]
    ~ emailed_apology = true
    Je schrijft elk van de acht drie zorgvuldige regels: sorry voor het telefoontje, jouw fout, geen antwoord nodig.{cold_calls == 2: Die aan Marleen gaat eerst.}
- -> manager_asks

= clean
Katrien komt haar lege beker halen en blijft in de deuropening hangen.
Mag ik je iets vertellen? Vorig jaar, na de beurs, heb ik zestig van die telefoontjes gedaan. # speaker: katrien # mood: neutral
Vier afspraken. En ik herinner me nog altijd die man die me heel beleefd vroeg of ik hem ooit ontmoet had. Dat had ik niet. Jens ook niet. # speaker: katrien # mood: uneasy
Dus wat doe ik met die kaartjes, als ik ze niet bel? # speaker: katrien # mood: interested # discuss: Waarvoor dient een assistent bij relatienetwerken?
* [Hou een lijst bij van alles wat ik op events beloof, en zit me erachter # act: keep-notes # tip3 +2 # trust: katrien +1 # why: Een assistente die ervoor zorgt dat je beloftes nagekomen worden: beter kun je een assistente bij netwerken niet inzetten.]
    Hou een lijst bij van alles wat ik op zo'n avonden beloof. Een studie, een intro, wat dan ook. En zit me erachter tot het gedaan is. # speaker: you # mood: pleased
    Achter jou aan zitten. Goed. Maandag begin ik een lijst. # speaker: katrien # mood: neutral
* [Stuur alle 23 een "aangenaam kennis te maken"-mail met onze brochure # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # why: Een mailing met brochure is koud bellen op papier, en drieëntwintig mensen zullen het sjabloon herkennen.]
    ~ pitched_marleen = true
    Stuur ze allemaal een mailtje, "aangenaam kennis te maken". Met de brochure erbij. # speaker: you # mood: neutral
    Eén sjabloon, drieëntwintig namen, Marleen inbegrepen. Tegen de middag gedaan. # speaker: katrien # mood: neutral
* [Zet ze op de nieuwsbrief. Ze gaven me toch hun kaartje # act: follow-up-with-pitch # tip3 -1 # tip5 -1 # why: Een kaartje is geen inschrijving. Wie mail krijgt waar hij nooit om vroeg, schrijft zich niet alleen uit van de lijst, maar ook van jou.]
    Zet ze op de nieuwsbrief. Ze gaven me toch hun kaartje. # speaker: you # mood: neutral
    Ze gaven je hun kaartje. Of ze je ook hun mailbox gaven, weet ik niet zo zeker. # speaker: katrien # mood: uneasy
    Ze doet het toch. Het is jouw beslissing.
* [In de CRM, met een notitie: waar we elkaar ontmoetten en waarover we praatten # act: keep-notes # tip1 -1 # tip2 +1 # tip5 +1 # why: Notities over echte gesprekken maken het volgende contact persoonlijk, ook maanden later; maar een CRM-fiche is een verkoopdossier, en het maakt van mensen klanten.]
    In de CRM, met een notitie over waar we elkaar ontmoet hebben en waarover we gepraat hebben. Ik dicteer. # speaker: you # mood: neutral
    Het duurt twintig minuten. Bij negen van de drieëntwintig weet je werkelijk niets meer, en ook dat zegt iets.
- -> manager_asks

=== manager_asks ===
Tien voor twaalf. Rechtsonder op je scherm verschijnt een chatbericht. # sound: message # leave: katrien
Goeiemorgen! Hoe was dat bij Voka? Hoeveel afspraken voor Jens? Dat ticket was niet goedkoop, hé. # speaker: bart-claeys # mood: interested # via: message
Het salesdashboard staat in het volgende tabblad, waar het altijd staat. Jouw naam, een zes, een veertien. # discuss: Je manager telt afspraken. Wat tel jij?
{ cold_calls > 0 && not stopped_calls:
    Volgens de lijst van Katrien staan er al drie afspraken. Dat getal zou Bart graag zien.
}
* [Niet veel, met opzet: eerst beloftes nakomen. Vraag het over zes maanden # act: candour # tip5 +2 # trust: bart-claeys -1 # why: Hardop zeggen dat je voor de lange termijn speelt, en waarom, is net wat je de ruimte geeft om dat te blijven doen.]
    Niet veel, en dat is met opzet. Ik heb gisteren dingen beloofd en die kom ik eerst na. Vraag het me over zes maanden nog eens. # speaker: you # mood: neutral
    Zes maanden, dat zijn twee kwartalen, hé. # speaker: bart-claeys # mood: uneasy # via: message
    ...maar goed. Overtuig me maar op de review. # speaker: bart-claeys # mood: neutral # via: message
* {cold_calls > 0 && not stopped_calls} [Al drie geboekt, en deze namiddag komen er nog bij # act: smooth-over # tip1 -1 # tip5 -1 # trust: bart-claeys +1 # why: Het getal dat Bart wil, betaald met goodwill die nooit op een dashboard verschijnt.]
    Al drie geboekt. Deze namiddag komen er nog bij. # speaker: you # mood: pleased
    Dat hoor ik graag! Vrijdag trakteer ik. # speaker: bart-claeys # mood: pleased # via: message
* [Stel andere cijfers voor: beloftes nagekomen, intro's gemaakt, koffies gepland # act: candour # tip3 +1 # tip5 +1 # trust: bart-claeys +1 # why: Meten wat je voor mensen doet: zo leert een salesteam zaaien in plaats van jagen.]
    Mag ik andere cijfers voorstellen? Nagekomen beloftes, gemaakte introducties, geplande koffies. De afspraken volgen wel, alleen wat later. # speaker: you # mood: interested
    Hm. Zet het maandag op één slide. Ik beloof niets. # speaker: bart-claeys # mood: neutral # via: message
* ["Een paar warme leads in de pipeline." Vaag, en hij is content # act: smooth-over # tip5 -1 # why: Een vaag antwoord koopt je een week. Volgende maand vraagt hij zelf naar de kaartjes. Leg je nu uit waarom je voor de lange termijn kiest, dan kun je die keuze ook volhouden.]
    Een paar warme leads in de pipeline. # speaker: you # mood: neutral
    Straf! Zet Jens erop. # speaker: bart-claeys # mood: pleased # via: message
    Maandag vraagt hij namen. Je verzint wel iets.
- -> next_month

=== next_month ===
Na de middag open je je agenda. De komende vier weken zijn een blauwe muur: klantafspraken, de kwartaalreview, een beurs in Kortrijk.
De vrijdagochtenden zijn wel leeg. Plaats voor één koffie, misschien twee. # discuss: Eén vrije ochtend per week. Met wie drink je koffie?
* [Koffie met Dirk Willems: vraag welke introductie hem zou helpen # act: invite # tip4 +3 # tip5 +1 # why: Wie geeft, die krijgt. De man die jou koud belde, kan een relatie worden, zodra iemand hem vraagt waarmee hij geholpen zou zijn.]
    ~ coffee = "dirk"
    { offered_dirk_coffee:
        Je stuurt Dirk een kort berichtje. Binnen het uur: "Nadia gaf uw boodschap door. Vrijdag om negen?" # sound: message
    - else:
        Je stuurt Dirk een kort berichtje. Hij doet er twee dagen over om te antwoorden, een beetje verbaasd dat je geen verzekering wilt, en zegt ja.
    }
* [Koffie met Marleen over een maand: hoe loopt de omschakeling, hoe kan ik helpen? # act: invite # tip4 +2 # tip5 +2 # trust: marleen +1 # why: Een maand later, zonder pitch, vragen hoe je kunt helpen: zo wordt je beste gesprek een relatie.]
    ~ coffee = "marleen"
    Je zet een herinnering over vier weken: "Marleen: hoe loopt de omschakeling? Waarmee kan ik helpen?" Geen dag vroeger. Ze heeft genoeg aan haar hoofd.
* [Koffie met de drie grootste prospects uit de stapel, met een korte demo # act: pitch # tip1 -2 # tip4 -2 # why: Een koffie met een demo in je tas is een verkoopgesprek in vermomming, en ze voelen het bij de tweede slok.]
    ~ coffee = "demo"
    Drie uitnodigingen vertrekken, elk met "een korte demo van onze payroll-app". Twee zeggen af. Eén zegt ja, en stuurt zijn aankoper.
* [Geen tijd deze maand. De klantafspraken betalen de rekeningen # act: decline # tip4 -1 # tip5 +1 # why: Terecht: je klanten zijn ook relaties, en zij betalen de rekeningen; maar gesprekken onder vier ogen met nieuwe mensen zijn waar de relaties van morgen vandaan komen.]
    ~ coffee = "none"
    Tegen dinsdag zijn de vrijdagochtenden volgeboekt met klantafspraken, zoals vrijdagochtenden dat doen.
* [Schrijf je in de plaats in voor het clubontbijt: twintig mensen op één ochtend # act: work-the-room # tip1 +1 # tip2 -1 # why: Je ontmoet twintig mensen, en daarvoor dient een club; maar vijf minuten per persoon is niet het gesprek onder vier ogen waarin je leert hoe je kunt helpen.]
    ~ coffee = "breakfast"
    Je schrijft je in voor het ontbijt van de club, op de eerste vrijdag van de maand. Twintig mensen, elk een croissant, vijf minuten per tafel.
- -> epilogue

=== epilogue ===
Een week later. Weer donderdag, en de koffiemachine is over niets van gedacht veranderd. # sound: message # leave: katrien # leave: jens
~ mem_marleen_pitched = cold_calls == 2 || jens_has_marleen || pitched_marleen
~ mem_marleen_coffee = coffee == "marleen"
{
- cold_calls == 2 && apologised:
    Marleen mailt eindelijk terug.
    {sent_study:Ik heb de studie eindelijk gelezen. Heel nuttig. }Nog eens merci dat je me die dag zelf belde. Zullen we opnieuw beginnen? Een koffie, de volgende keer dat ik in Gent ben? # speaker: marleen # mood: pleased # via: message
    { jens_has_marleen:
        PS: je collega Jens belde ook nog. Ik heb gezegd dat ik liever met jou praat. # speaker: marleen # mood: neutral # via: message
    }
- cold_calls == 2:
    Marleen heeft op niets meer gereageerd. In de CRM, naast haar naam, heeft Katrien getypt: "vraagt om niet meer gebeld te worden".
- jens_has_marleen:
    Jens heeft Marleen vorige donderdag gebeld. "Vriendelijk, maar niet geïnteresseerd," meldt hij. Je eigen mail aan haar is nog altijd onbeantwoord.
- pitched_marleen:
    Marleen antwoordt, in twee regels: "Bedankt voor de informatie. We bekijken dat te gelegener tijd. Met vriendelijke groeten, Marleen." Met vriendelijke groeten, na veertig minuten roeiverhalen.
- not sent_study && intro_made:
    Een mail van Marleen.
    Kobe en ik zijn dinsdag gaan lunchen. Heel nuttig, merci. Heb je die studie waarover je het had nog gevonden? # speaker: marleen # mood: neutral # via: message
    De studie staat nog altijd op je bureaublad, in een map die "te doen" heet.
- not sent_study:
    De studie staat nog altijd op je bureaublad, in een map die "te doen" heet. Marleen heeft niets van je gehoord. Waarom zou zij eerst schrijven?
- intro_made:
    Een mail van Marleen.
    Kobe en ik zijn dinsdag gaan lunchen. Hij heeft me zo'n drie maanden kopzorgen bespaard. Merci! # speaker: marleen # mood: pleased # via: message
    Trouwens: onze HR-verantwoordelijke vindt ons sociaal secretariaat niet meer "in orde, denk ik", maar gewoon niet in orde. Mag ik haar jouw naam geven? Zonder verplichting. # speaker: marleen # via: message
- else:
    Marleen bedankt je hartelijk voor de studie. Ze zoekt nog altijd, schrijft ze, iemand die de omschakeling al gemaakt heeft. Je denkt aan Kobe, en gaat niet in op dat stuk.
}
{ coffee == "dirk":
    De koffie met Dirk Willems op vrijdag valt beter mee dan verwacht. Hij is grappig, hij heeft een hekel aan zijn eigen bellijst, en zijn kantoor zoekt een architect voor hun nieuwe gebouw. Jij kent er een: die uit Kortrijk, wiens kaartje in je stapel zit. Deze keer schrijf je de belofte op de achterkant van Dirks kaartje, en je komt ze na.
}
{ coffee == "breakfast":
    Op het clubontbijt verzamel je veertien kaartjes en hoor je drie keer dezelfde twee moppen. Niemand vertelt je wat hij nodig heeft; je vroeg het ook niet.
}
{ said_yes_to_nadia:
    Maandagavond heb je de afspraak van dinsdag met Willems & Partners afgezegd. Nadia's antwoord was beleefd. Natuurlijk was het dat.
}
{ old_intro_made:
    { pitched_old:
        {mem_promised_intro} bedankt je voor de introductie, in één regel. Op de PS komt geen antwoord.
    - else:
        En {mem_promised_intro} stuurt een berichtje van één regel: "Die introductie: merci. We zien elkaar volgende week."
    }
}
{
- cold_calls > 0 && not stopped_calls:
    -> full_pipeline
- cold_calls > 0:
    -> second_chance
- sent_study && intro_made && not pitched_marleen && not jens_has_marleen:
    -> trusted_connector
- else:
    -> lukewarm
}

=== trusted_connector ===
{ jens_has_tom:
    Jens heeft er één afspraak aan overgehouden: Tom Lambrechts, die er zelf om vroeg. Klein, echt, en een begin.
}
Je hebt deze week niets verkocht. Twee mensen in Limburg noemen je naam nu tegen elkaar, en geen van beiden denkt daarbij aan een verkoopgesprek. # ending: trusted-connector # mood: pleased
-> END

=== second_chance ===
Het belscript van Katrien ligt in de papiermand, waar het al een tijdje naartoe op weg was.
{ apologised && cold_calls == 1:
    Luc Verstraete stuurt een kort mailtje: "Respect dat u teruggebeld hebt. Op de volgende receptie trakteert u."
}
{ not apologised:
    Van de acht mensen die Katrien bereikte, heeft niemand nog gereageerd op wat je sindsdien stuurde.
}
De ochtend kostte je goodwill. De namiddag kocht er een deel van terug, en leerde je iets wat je geen twee keer hoeft te leren. # ending: second-chance # mood: neutral
-> END

=== full_pipeline ===
Jens heeft vijf afspraken in zijn agenda, en Bart zet een duimpje onder de cijfers in de teamchat.
Tegen woensdag zijn er twee afgezegd. Een derde blijkt een student te zijn die voor de gratis wijn naar de receptie kwam.
Het bureau van Luc Verstraete heeft, hoort Jens, "momenteel geen nood, en voorlopig ook niet".
Je pipeline zag er nog nooit zo vol uit. Je netwerk was nog nooit zo stil. # ending: full-pipeline # mood: uneasy
-> END

=== lukewarm ===
Bart vraagt nog één keer naar de receptie, en vergeet het dan.
Niemand was beledigd. Niemand was er veel mee geholpen. De stapel verdwijnt in een schuif, waar stapels verdwijnen. # ending: lukewarm # mood: neutral
-> END

# title: Het secretariaat belt: de andere kant
# summary: Dezelfde donderdag, gespeeld als Katrien, de assistente die drieëntwintig naamkaartjes en een belscript in haar handen krijgt. Wat zeg je aan de telefoon, en wat vertel je je baas?
# main: tip3
# cast: robin \| Robin Maes \| accountmanager voor de grotere klanten; kwam terug van de receptie met drieëntwintig kaartjes
# cast: stefan \| Stefan Claes \| bankier voor bedrijven in Mechelen; heeft gisteren heel veel mensen ontmoet
# cast: luc \| Luc Verstraete \| architect in Kortrijk; hoffelijk, en niet geamuseerd
# cast: tom \| Tom Lambrechts \| logistiek manager, veertig chauffeurs; vroeg Robin zelf om een offerte
# cast: marleen \| Marleen Peeters \| runt een familiebakkerij met elf winkels in Limburg; warm, recht voor de raap, allergisch voor verkooppraat
# cast: bart-claeys \| Bart Claeys \| de salesmanager; joviaal, gul, en zich zeer bewust van de targets
# ending: script-done \| Het script, tot op de letter
# ending: caught-between \| Tussen twee vuren
# ending: honest-messenger \| De eerlijke boodschapper
# ending: promise-keeper \| Bewaarster van de beloftes

// De andere kant van secretary-call: dezelfde donderdag, dezelfde mensen, gezien vanuit de assistente
// die de stapel krijgt en hem moet afbellen (het pad van het origineel waarin elk kaartje gebeld wordt).
// Schrijft geen mem_-variabelen: het geheugen tussen scenario's is dat van de speler zelf, en hier speelt
// de speler iemand anders. Katrien zegt "je" tegen Robin en "u" tegen de mensen die ze opbelt.

// Tellers die het einde kiezen: telefoontjes volgens het script, en waarheden verteld aan wie ernaar vraagt.
VAR script = 0
VAR honest = 0

// Wat er onderweg gebeurde, voor de zinnen die erop volgen.
VAR read_backs = false
VAR warned = false
VAR marleen_booked = false
VAR marleen_promise = false
VAR tom_booked = false
VAR robin_stopped = false
VAR promise_list = false
VAR told_bart = false

-> handed

=== handed ===
Donderdag, twintig voor negen. De koffiemachine op de derde verdieping maalt alsof ze een mening heeft over donderdagen. # scene: office
Twaalf jaar op het sociaal secretariaat: jij beheert de agenda's, de vergaderzalen, de klantendossiers, en sinds de beurs van vorig jaar ook het belscript.
Om half negen bleef Bart Claeys aan je bureau staan. "Robin was gisteren op de receptie van de Kamer van Koophandel. Je weet wat je met die kaartjes moet doen, Katrien. Jouw script deed wonderen na de beurs."
Dus ging je met twee tassen koffie naar Robins bureau en bood je het aan. Robin moest niet lang nadenken.
Doe maar. Bel ze allemaal en plan Jens in. We hebben voor die avond betaald, nu moeten we ook scoren. # speaker: robin # mood: pleased
Drieëntwintig naamkaartjes belanden in je handen, bijeengehouden door een haarelastiekje. # discuss: Je krijgt de stapel en de opdracht om ze te bellen. Wat zeg je voor je de telefoon opneemt?
* [“Komt in orde.” # act: cold-call # tip1 -1 # tip3 -2 # tip5 -1 # trust: robin +1 # why: Het is wat je gevraagd wordt, en je bent er goed in; maar die mensen gaven Robin een kaartje om contact te houden, niet om opgebeld te worden door iemand die ze nooit ontmoet hebben.]
    Komt in orde. # speaker: you
    Robin steekt een duim op en draait zich terug naar het scherm.
    ~ script += 1
* [“Voor ik iemand bel: heb je gisteren iemand iets beloofd?” # act: keep-notes # tip1 -1 # tip3 +2 # trust: robin +1 # why: Je gaat nog altijd bellen; maar door eerst naar de beloftes te vragen, raakt de enige opvolging die telt niet bedolven onder een verkooptelefoontje.]
    Voor ik iemand bel: heb je iemand iets beloofd? Het staat op de achterkant, als je het opgeschreven hebt. # speaker: you
    Robin denkt na. Marleen. De bakkerijen. Een studie, denk ik, en een kennismaking. Kijk eens op de achterkant van haar kaartje. # speaker: robin # mood: uneasy
    ~ read_backs = true
* [“Ben je zeker? Na de beurs heb ik zestig telefoontjes gedaan voor vier afspraken.” # act: candour # tip1 -1 # tip3 +1 # tip5 +2 # trust: robin -1 # why: Je vertelt je collega wat je uit ervaring weet: eerlijk, en dat ben je verschuldigd, en het kost je een beetje van de goeie ochtendstemming; maar een waarschuwing is geen weigering, en je neemt toch de telefoon op.]
    Ben je zeker? Na de beurs heb ik er zestig gedaan. Vier afspraken. En een man vroeg me heel beleefd of ik hem ooit ontmoet had. # speaker: you
    Robin aarzelt, en kijkt dan naar het salesdashboard in het volgende tabblad.
    Bart wil afspraken. Doe ze maar, en laat me weten hoe het gaat. # speaker: robin # mood: uneasy
    ~ warned = true
    ~ honest += 1
* [“Zal ik ze in plaats daarvan allemaal een leuk-je-te-ontmoeten-mail met onze brochure sturen? Dat is zachter.” # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # why: Het voelt vriendelijker dan een telefoontje, en het gaat sneller; maar een brochure voor iedereen die een kaartje gaf, is hetzelfde verkooptelefoontje op papier.]
    Zal ik ze niet gewoon allemaal mailen? Leuk je te ontmoeten, en de brochure erbij. Dat is zachter. # speaker: you
    Nee, een mail wordt gewist. Bel ze. Bart wil afspraken, geen geopende mails. # speaker: robin # mood: neutral
    ~ script += 1
- -> desk

=== desk ===
Terug aan je bureau schuif je het elastiekje eraf. Je script ligt in de lade: "Goeiemorgen, u spreekt met Katrien van het sociaal secretariaat. Gisteren ontmoette u mijn collega..."
Veertien nieuwe klanten dit kwartaal, staat er op Barts whiteboard. Jens zit aan twee. # discuss: Drieëntwintig kaartjes en één voormiddag. Hoe begin je eraan?
* [Eerst elk kaartje omdraaien en lezen wat Robin op de achterkant krabbelde # act: keep-notes # tip2 +1 # tip3 +1 # why: Op de achterkant staan de beloftes. Je kunt geen telefoontje doen dat een gesprek respecteert waar je niets van weet.]
    De meeste achterkanten zijn leeg. Op een paar staat "verzekering?" of "kent de havenmensen".
    Tom Lambrechts, logistiek: "wil offerte, lonen 40 chauffeurs, bellen".
    Marleen Peeters, Bakkerij Peeters: "Studie UGent composteerbare folie, sturen! Kobe?? Roeien za."
    ~ read_backs = true
* [Ze sorteren op bedrijfsgrootte, de grootste eerst: Jens heeft de grote nodig # act: target # tip1 -1 # tip5 -1 # why: Efficiënt, en het is wat het whiteboard beloont; maar mensen rangschikken volgens personeelsaantal maakt er leads van voor ze ergens mee ingestemd hebben.]
    Een logistieke groep met vierhonderd man personeel gaat bovenaan. De bakkerijketen van Marleen komt op drie: elf winkels, negentig man.
    ~ script += 1
* [De opening herschrijven: “U ontmoette Robin gisteren; Robin vroeg me om u te bellen” # act: prepare # tip1 +1 # tip2 -1 # why: Eerlijk over wie er belt en waarom, en dat is eerlijker dan het oude script; maar een beter verwoord verkooptelefoontje blijft een verkooptelefoontje.]
    Je schrapt "onze accountmanager zou graag uw loonadministratie doornemen" en schrijft: "U ontmoette gisteren mijn collega Robin, en Robin vroeg me om u te bellen."
* [Gewoon bovenaan beginnen. Hoe sneller het gedaan is, hoe beter # act: cold-call # tip1 -1 # tip3 -1 # tip5 -1 # why: Snel, en het script denkt voor je; maar je belt drieëntwintig mensen zonder te weten wie van hen een echt gesprek was.]
    Je zet de headset op en draait het eerste nummer van de stapel.
    ~ script += 1
- -> first_call

=== first_call ===
Het eerste nummer: een man van een bank in Mechelen. # sound: phone-ring
Goeiemorgen, u spreekt met Katrien van het sociaal secretariaat. Gisteren ontmoette u mijn collega Robin Maes op de Kamer van Koophandel... # speaker: you
Wie? # speaker: stefan # mood: uneasy # via: phone
Een lange stilte op de lijn. Papieren ritselen. # discuss: Hij weet niet meer wie Robin is. Wat is zo een telefoontje waard, voor hem en voor jou?
* [Verder met het script: de accountmanager kan dinsdag eens langskomen # act: cold-call # tip1 -2 # tip3 -1 # tip5 -1 # why: Het script zegt dat je door de eerste nee heen moet; maar een man die de naam niet kan plaatsen, heeft niets om ja op te zeggen.]
    Onze accountmanager kan dinsdag eens langskomen om... # speaker: you
    Stuur maar een mailtje. # speaker: stefan # mood: annoyed # via: phone
    Klik. Je schrijft "mail sturen" in de marge, wat niets betekent, en dat weten jullie allebei.
    ~ script += 1
* [“Sorry, u hebt vast veel mensen ontmoet. Ik zal u niet ophouden. Nog een fijne dag.” # act: exit # tip1 +1 # tip5 +1 # tip2 -1 # why: Je spaart hem, en jezelf, een zinloze pitch; je leert ook niets over hem, en voor hem was het nog maar eens een telefoontje van een lijst.]
    Sorry. U hebt gisteren vast veel mensen ontmoet. Ik zal u niet ophouden. Nog een fijne dag. # speaker: you
    O. Juist. U ook. # speaker: stefan # mood: neutral # via: phone
    Hij klinkt bijna teleurgesteld dat het zo makkelijk ging.
* [Vragen wat hij zich van de avond herinnert, en of Robin hem iets kan sturen # act: open-question # tip1 +1 # tip2 +1 # tip4 +1 # why: Een echte vraag maakt van een koud telefoontje een klein gesprek, het enige soort dat de moeite is; maar hij vroeg niet om met jou te praten, en er is een tweede contact nodig om hem te geven wat hij misschien wil.]
    Wat herinnert u zich van gisteravond? Is er iets wat Robin u kan sturen? # speaker: you
    Hij lacht. De wijn was goed. En nee, dank u. # speaker: stefan # mood: pleased # via: phone
    Dan voegt hij eraan toe, niet onvriendelijk: Zeg aan Robin dat die de volgende keer zelf schrijft, in plaats van mij te laten opbellen. Ik weet echt niet meer wie het was. # speaker: stefan # mood: neutral # via: phone
- -> luc_call

=== luc_call ===
Volgend kaartje: Luc Verstraete, architect, Kortrijk. Hij neemt op bij de tweede keer overgaan. # sound: phone-ring
Goeiemorgen, u ontmoette gisteren mijn collega Robin Maes... # speaker: you
Dat klopt. Een aangenaam gesprek over oude gebouwen. # speaker: luc # mood: neutral # via: phone
En nu belt u mij. Zeg eens: heeft Robin mijn kaartje aan een callcenter gegeven? # speaker: luc # mood: annoyed # via: phone # discuss: Hij vraagt wat er aan de hand is. Hoe maak je van dit telefoontje iets beters dan een verkooptelefoontje?
* [“Helemaal niet, gewoon een korte vraag: wanneer kan onze accountmanager eens langskomen?” # act: cold-call # tip1 -2 # tip3 -2 # tip5 -1 # trust: luc -2 # why: Je antwoordt op zijn vraag met de volgende zin uit het script: nu weet hij precies waarvoor zijn kaartje gebruikt werd.]
    Helemaal niet! Gewoon een korte vraag: wanneer kan onze accountmanager eens langskomen? # speaker: you
    Nooit zou me goed uitkomen. Goeiedag. # speaker: luc # mood: annoyed # via: phone
    ~ script += 1
* [“Nee, ik ben de assistente van Robin, en u hebt gelijk: u hebt mij nooit ontmoet. Ik zeg aan Robin dat u liever rechtstreeks iets hoort.” # act: repair # tip1 +1 # tip3 +1 # tip5 +2 # trust: luc +1 # why: De gewone waarheid, zonder pitch en zonder excuus, is de enige manier om van een slecht telefoontje iets te maken dat hij kan respecteren.]
    Geen callcenter. Ik ben de assistente van Robin, en u hebt gelijk, u hebt mij nooit ontmoet. Ik zeg aan Robin dat u liever rechtstreeks iets hoort, als het al moet. # speaker: you
    Een stilte. Dan, zachter: Dank u dat u het zegt. # speaker: luc # mood: neutral # via: phone
    ~ honest += 1
* [“Dat is een nieuwe werkwijze op kantoor. Niets persoonlijks.” # act: smooth-over # tip3 -1 # tip5 -1 # trust: luc -1 # why: Een excuus dat klinkt als een excuus. Het beschermt Robin één minuut, en het zegt hem dat zijn kaartje in een procedure terechtkwam.]
    O, dat is een nieuwe werkwijze op kantoor. Niets persoonlijks. # speaker: you
    Een werkwijze. Ik begrijp het. # speaker: luc # mood: neutral # via: phone
    Hij blijft beleefd. Beleefd, en een beetje verder weg.
* [Je excuseren voor het storen, en hem van de lijst schrappen # act: decline # tip1 +1 # tip3 -1 # tip5 -1 # why: Je stopt het verkooptelefoontje, en dat is juist; maar hij blijft achter met het idee dat Robin alleen iets wilde verkopen, en niemand zegt Robin hoe het zit.]
    Sorry dat ik u gestoord heb. Ik haal u van de lijst. # speaker: you
    Graag. # speaker: luc # mood: annoyed # via: phone
- -> tom_call

=== tom_call ===
Volgende: Tom Lambrechts, logistiek manager. # sound: phone-ring
{ read_backs:
    Op de achterkant van zijn kaartje, in Robins handschrift: "wil offerte, lonen 40 chauffeurs, bellen".
}
Goeiemorgen, u ontmoette gisteren mijn collega Robin Maes... # speaker: you
Eindelijk! Ik vroeg Robin om een offerte voor mijn chauffeurs. Wanneer kan uw man komen? # speaker: tom # mood: pleased # via: phone # discuss: Deze vroeg er zelf om. Is een verkoopafspraak inplannen dan nog altijd fout?
* [Jens deze week inplannen voor de offerte waar hij om vroeg # act: keep-promise # tip1 +1 # tip3 +2 # trust: tom +1 # why: Hij vroeg om gebeld te worden. Een vraag doorgeven die iemand zelf stelde, is een belofte nakomen, geen koude verkoop.]
    Donderdag om twee uur, op uw kantoor? Jens brengt de offerte mee. # speaker: you
    Perfect. Eindelijk iemand die terugbelt. # speaker: tom # mood: pleased # via: phone
    ~ tom_booked = true
* [Jens inplannen, en meteen ook de HR-module en de opleidingscatalogus vermelden # act: pitch # tip1 -2 # tip4 -1 # tip5 -1 # trust: tom -1 # why: Hij vroeg om één ding, een offerte voor de lonen; een lijst van al de rest wat jullie verkopen, maakt van zijn vraag een verkooptrechter.]
    En nu ik u toch aan de lijn heb: we hebben ook een HR-module, en een opleidingscatalogus voor uw chauffeurs... # speaker: you
    Alleen de offerte voor de lonen, dank u. # speaker: tom # mood: neutral # via: phone
    ~ tom_booked = true
    ~ script += 1
* [Hem zeggen dat Robin hem persoonlijk belt: je wilt niemand inplannen op basis van een kaartje # act: wait # tip3 -1 # tip5 +1 # trust: tom -1 # why: Voorzichtig, na het vorige telefoontje; maar hij vroeg het, en nu moet de enige echte vraag wachten op een tweede telefoontje.]
    Robin belt u daar persoonlijk over. Ik plan liever niets in op basis van een kaartje. # speaker: you
    Ik gaf Robin mijn kaartje zodat iemand iets zou inplannen. # speaker: tom # mood: annoyed # via: phone
- -> marleen_call

=== marleen_call ===
{ read_backs:
    Volgende: Marleen Peeters, Bakkerij Peeters. Op de achterkant: "Studie UGent composteerbare folie, sturen! Kobe?? Roeien za." Niets wijst erop dat er al iets verstuurd is.
- else:
    Volgende: Marleen Peeters, Bakkerij Peeters, elf winkels rond Hasselt. Op de voorkant alleen een logo met een brood.
}
Goeiemorgen, u ontmoette gisteren mijn collega Robin Maes... # speaker: you # sound: phone-ring
O ja! Een fijne avond. We hebben lang gepraat. # speaker: marleen # mood: pleased # via: phone
En dan wordt ze stil, en je hoort haar nadenken.
Sorry, was u degene met wie ik over roeien praatte? # speaker: marleen # mood: uneasy # via: phone # discuss: Robins beste gesprek van de avond is aan de lijn, en ze voelt dat er iets niet klopt. Wat zeg je haar?
* [“Nee, ik ben de assistente van Robin. Robin vroeg me om een afspraak met onze accountmanager in te plannen.” # act: cold-call # tip1 -1 # tip3 -2 # tip5 -2 # trust: marleen -2 # why: Het is de waarheid en het is het script; het zegt haar ook dat veertig minuten over de oven van haar vader eindigden als een regel op een bellijst.]
    Nee, ik ben de assistente van Robin. Robin vroeg me om een afspraak in te plannen met onze accountmanager, Jens. # speaker: you
    Ik zie het. Ik denk erover na. # speaker: marleen # mood: uneasy # via: phone
    ~ marleen_booked = true
    ~ script += 1
* [Haar de waarheid zeggen, en wat Robin haar nog verschuldigd is # act: repair # tip3 +2 # tip5 +2 # trust: marleen +1 # why: Je kunt het telefoontje niet ongedaan maken, maar je kunt er het telefoontje van maken dat Robins belofte weer bovenaan zet, en de verkoop erbuiten laten.]
    { read_backs:
        Nee, dat was Robin. Ik ben de assistente van Robin, en ik zou u niet moeten bellen voor een verkoopafspraak. Robin beloofde u een studie over composteerbare folie, en een kennismaking. Ik zorg dat die eerst komen. # speaker: you
    - else:
        Nee, dat was Robin. Ik ben de assistente van Robin, en ik zou u niet moeten bellen voor een verkoopafspraak. Als Robin u iets beloofd heeft, zorg ik dat dat eerst komt. # speaker: you
    }
    De studie! Ja. En Kobe, in Leuven. Dank u. Zeg aan Robin dat ik nog altijd wacht. # speaker: marleen # mood: pleased # via: phone
    ~ marleen_promise = true
    ~ honest += 1
* [Het licht houden: “Gewoon een kort kennismakingsgesprek met onze Jens, meer niet.” # act: cold-call # tip1 -1 # tip3 -1 # tip5 -1 # trust: marleen -1 # why: Een vriendelijker verpakking voor hetzelfde telefoontje; ze ontmoette Robin, niet Jens, en ze zal het verschil horen.]
    Gewoon een kort kennismakingsgesprek met onze Jens. Meer niet. # speaker: you
    Met Jens. Was die op de receptie? # speaker: marleen # mood: neutral # via: phone
    Nee, geef je toe. Ze zegt dat ze in haar agenda zal kijken. Dat zal ze niet doen.
    ~ marleen_booked = true
    ~ script += 1
* [“O, sorry, ik denk dat ik de verkeerde lijst heb.” En inleggen # act: smooth-over # tip1 +1 # tip5 -2 # why: Je spaart haar de pitch; maar een leugentje om van de telefoon af te raken, laat haar verward achter, en Robins belofte blijft onvermeld.]
    O, sorry, ik denk dat ik de verkeerde lijst heb. Nog een fijne dag. # speaker: you
    Aan de telefoon een verbaasde stilte, en dan een beleefd tot ziens.
- -> report

=== report ===
Door de glazen wand zie je Robin een telefoontje aannemen, fronsen, en lang naar een naamkaartje staren. Iemands assistente die iemands verkoopafspraak inplant. Je herkent de toon van aan de andere kant van de ruimte.
Acht telefoontjes gedaan. Drie afspraken voor Jens, twee voicemails, één keer "stuur maar een mailtje", en één keer "wie?". Nog vijftien kaartjes.
Je neemt de lijst mee naar Robins bureau. En? Hoe loopt het? # speaker: robin # mood: interested # discuss: Wat vertel je je collega over de telefoontjes: de cijfers, of wat de mensen zeiden?
* [De cijfers: drie afspraken, nog vijftien te gaan. Dat is wat gevraagd werd # act: smooth-over # tip1 -1 # tip5 -1 # trust: robin +1 # why: Correct, en het cijfer waarop Robin hoopte; maar je laat de twee mensen weg die vroegen wat er aan de hand was, en Robin beslist zonder hen.]
    Drie afspraken voor Jens, twee voicemails, één mailtje, één "wie?". Nog vijftien. # speaker: you
    Drie! Doe maar verder. Ons aanbod is echt nuttig. # speaker: robin # mood: pleased
    ~ script += 1
* [De cijfers, en wat Luc en Marleen zeiden over het telefoontje # act: candour # tip1 +1 # tip3 +1 # tip5 +2 # trust: robin +1 # why: Wat mensen zeiden, is het deel dat een dashboard nooit toont. Het recht voor de raap vertellen laat Robin de prijs zien voor de volgende vijftien.]
    Drie afspraken. En Luc Verstraete vroeg of je zijn kaartje aan een callcenter had gegeven. En Marleen Peeters werd heel stil, en vroeg toen of ik degene was met wie ze over roeien had gepraat. # speaker: you
    Robin kijkt lang naar het kaartje op het bureau, dat van het telefoontje van daarnet.
    Stop maar met bellen, alsjeblieft. Ik bel zelf de mensen die je al bereikt hebt. # speaker: robin # mood: uneasy
    ~ robin_stopped = true
    ~ honest += 1
* {read_backs} [Marleens kaartje op het bureau leggen, met de achterkant boven: “Is dit verstuurd?” # act: keep-notes # tip2 +1 # tip3 +2 # trust: robin +1 # why: De belofte op de achterkant van een kaartje is meer waard dan de drie afspraken; ze tonen is hoe een assistente het woord van een collega bewaart.]
    Je legt Marleens kaartje op het bureau, met het handschrift boven. "Studie UGent composteerbare folie, sturen! Kobe??" # speaker: you
    Is dit verstuurd? # speaker: you
    Robin leest het twee keer.
    Nee. O nee. Stop met bellen, Katrien. Ik stuur dit nu, en dan bel ik de mensen die je bereikt hebt. # speaker: robin # mood: uneasy
    ~ robin_stopped = true
    ~ marleen_promise = true
    ~ honest += 1
* [“Ik zou hier stoppen, als ik jou was. Geloof me.” # act: advise # tip1 +1 # tip4 +1 # tip2 -1 # trust: robin -1 # why: Juist, en goed bedoeld; maar een oordeel zonder de redenen vraagt Robin om jouw gevoel te geloven boven Barts cijfer, en dat doet Robin niet.]
    Ik zou hier stoppen, als ik jou was. Geloof me. # speaker: you
    Waarom? Drie is goed. Werk de lijst maar af, alsjeblieft. # speaker: robin # mood: neutral
    ~ script += 1
- -> bart_asks

=== bart_asks ===
Tien voor twaalf. Er springt een chatbericht op je scherm. # sound: message
Katrien! Hoeveel afspraken hebben de kaartjes van de Kamer opgeleverd voor Jens? Dat ticket was niet goedkoop, haha. # speaker: bart-claeys # mood: interested # via: message # discuss: Je manager telt afspraken. Wat vertel je hem over de kaartjes?
* [“Drie afspraken!” en een duim omhoog # act: smooth-over # tip1 -1 # tip5 -1 # trust: bart-claeys +1 # why: Het cijfer dat hij wil, en het klopt; maar het zegt hem dat de methode werkt, en de volgende keer vraagt hij zestig telefoontjes.]
    Drie afspraken! # speaker: you
    Dat is mijn Katrien! # speaker: bart-claeys # mood: pleased # via: message
* [Drie afspraken, en twee mensen die vroegen of we hun kaartje verkocht hadden # act: candour # tip1 +1 # tip5 +2 # trust: bart-claeys -1 # why: Het hele verhaal, de kostprijs inbegrepen: zo leert een manager dat koude telefoontjes goodwill opgebruiken die hij niet ziet.]
    Drie afspraken. En twee mensen vroegen of we hun kaartje aan een callcenter hadden gegeven. Een van hen was Robins beste contact van de avond. # speaker: you
    Hm. Niet wat ik wilde horen. # speaker: bart-claeys # mood: uneasy # via: message
    ...maar liever van jou dan van een klant. Kom het me om twee uur vertellen. # speaker: bart-claeys # mood: neutral # via: message
    ~ told_bart = true
    ~ honest += 1
* [Andere cijfers voorstellen: nagekomen beloftes, gemaakte kennismakingen # act: candour # tip3 +1 # tip5 +1 # trust: bart-claeys +1 # why: Meten wat mensen beloofd wordt, en of ze het krijgen, is hoe een salesteam leert te zaaien in plaats van te jagen.]
    Drie. Maar mag ik voorstellen om ook iets anders te tellen? De beloftes die we op zo een avond doen, en hoeveel we er nakomen. # speaker: you
    Hm. Zet het op één slide. Ik beloof niets. # speaker: bart-claeys # mood: neutral # via: message
    ~ told_bart = true
* [“Vraag het aan Robin, het is Robins lijst.” # act: deflect # tip1 +1 # tip5 -1 # why: Het is Robins lijst, en jij blijft buiten de cijfers; maar hij vroeg het aan jou, jij deed de telefoontjes, en jij weet wat ze gekost hebben.]
    Vraag het aan Robin, het is Robins lijst. # speaker: you
    Doe ik! # speaker: bart-claeys # mood: pleased # via: message
- -> afterwards

=== afterwards ===
{ robin_stopped:
    Na de middag zit Robin met de deur dicht te bellen, naar de mensen die jij bereikt hebt, één voor één. Dan komt Robin naar je bureau.
- else:
    Na de middag zet je de headset weer op. Nog vijftien kaartjes. Robin blijft op weg naar een vergadering even aan je bureau staan.
}
Wat doen we voortaan met zulke kaartjes? Na een receptie, bedoel ik. # speaker: robin # mood: interested # discuss: Waarvoor dient een assistente, in relatienetwerken?
* [Een lijst bijhouden van elke belofte op een evenement, en Robin achter de veren zitten tot ze nagekomen is # act: keep-notes # tip3 +2 # tip5 +1 # trust: robin +1 # why: Een assistente die ervoor zorgt dat beloftes nagekomen worden, is de beste inzet van een assistente in netwerken, en het tegendeel van een bellijst.]
    Geef me de kaartjes de ochtend erna. Ik lees de achterkanten, hou een lijst bij van elke belofte, en ik zit achter je veren tot ze nagekomen is. # speaker: you
    Achter mijn veren. Juist. Begin maandag. # speaker: robin # mood: pleased
    ~ promise_list = true
* [Ze allemaal op de nieuwsbrief zetten: ze gaven hun kaartje, tenslotte # act: follow-up-with-pitch # tip3 -1 # tip5 -1 # why: Een kaartje is geen inschrijving. Wie mail krijgt waar hij nooit om vroeg, schrijft zich uit bij jou, niet alleen bij de lijst.]
    De nieuwsbrief. Ze gaven hun kaartje, tenslotte. # speaker: you
    Robin haalt de schouders op. Makkelijker dan bellen, denk ik. # speaker: robin # mood: neutral
* [Ze in het CRM zetten, met een notitie over waar Robin hen ontmoette en waarover ze praatten # act: keep-notes # tip1 -1 # tip2 +1 # tip5 +1 # why: Notities over echte gesprekken maken het volgende contact persoonlijk, ook maanden later; maar een fiche in een verkoopsysteem maakt van mensen accounts.]
    Het CRM. Met waar je hen ontmoette en waarover jullie praatten. Jij dicteert, ik typ. # speaker: you
    Van negen van de drieëntwintig weet Robin niets meer, en dat zegt jullie allebei ook iets.
* [Morgen de rest bellen, maar met de nieuwe opening # act: cold-call # tip1 -1 # tip3 -1 # tip5 -1 # why: Een vriendelijker script voor hetzelfde telefoontje; de vijftien mensen die overblijven, vroegen ook nooit om gebeld te worden.]
    Ik bel de rest morgen. Met de nieuwe opening. # speaker: you
    Goed. # speaker: robin # mood: neutral
    ~ script += 1
- -> epilogue

=== epilogue ===
Een week later. Weer donderdag, en de koffiemachine is over niets van mening veranderd. # sound: message
{ tom_booked:
    Tom Lambrechts heeft dinsdag getekend. Veertig chauffeurs. Hij vroeg erom, en hij kreeg het.
}
{
- marleen_promise && robin_stopped:
    Marleen schrijft Robin, met jou in kopie: "Dank u voor de studie, en om me die dag zelf te bellen. Kobe en ik gaan dinsdag samen lunchen. PS: bedank uw assistente, omdat ze aan de telefoon eerlijk was."
- marleen_promise:
    Marleen schrijft Robin: "Ik wacht nog altijd op die studie. Uw assistente zei dat ze eerst zou komen." Robin stuurt het door naar jou, met één woord: "Oeps."
- marleen_booked:
    In het CRM heeft iemand naast Marleens naam getypt: "vraagt om niet meer gebeld te worden".
- else:
    Marleen Peeters heeft niet geschreven. Niemand heeft haar de studie gestuurd.
}
{
- script >= 5:
    -> script_done
- robin_stopped && promise_list && marleen_promise:
    -> promise_keeper
- robin_stopped || honest >= 3:
    -> honest_messenger
- else:
    -> caught_between
}

=== script_done ===
Jens heeft vijf afspraken in zijn agenda, en Bart zet een duim omhoog onder de cijfers in de teamchat.
Tegen woensdag zijn er twee geannuleerd. Eén blijkt een student die voor de gratis wijn kwam. Het bureau van Luc Verstraete heeft, hoort Jens, "momenteel geen nood, en voorlopig ook niet".
Je deed precies wat je gevraagd werd, en je deed het goed. En jij weet beter dan wie ook hoe die telefoontjes aan de andere kant klonken. # ending: script-done # mood: uneasy
-> END

=== caught_between ===
Bart is tevreden genoeg. Robin zwijgt over de receptie.
Niemand vroeg je hoe de telefoontjes waren, en je zei het niet. De kaartjes gaan in een lade, en wat Luc en Marleen aan de telefoon zeiden, gaat mee.
Jij was de stem bij elk telefoontje, en de enige die hoorde wat ze kostten. Zeg het, de volgende keer. # ending: caught-between # mood: neutral
-> END

=== honest_messenger ===
{ told_bart:
    Om twee uur vertel je Bart hoe de telefoontjes klonken. Hij luistert langer dan je verwachtte.
}
Het script ligt terug in de lade. Deze ochtend is er goodwill opgebruikt; een deel ervan kwam terug, omdat iemand aan de telefoon de waarheid zei.
Je deed de telefoontjes die je moest doen. Je zei ook de mensen aan beide kanten wat ze moesten horen. # ending: honest-messenger # mood: neutral
-> END

=== promise_keeper ===
Maandag begint er een nieuwe lijst op je scherm: "Beloftes, Kamer van Koophandel". Twee regels. Allebei afgevinkt.
{ told_bart:
    Bart heeft om de slide over nagekomen beloftes gevraagd. Hij zegt dat hij niets belooft.
}
Je kreeg een stapel kaartjes en de opdracht om ze te bellen. Je gaf hem terug als een lijst van beloftes, en elke belofte is nagekomen. # ending: promise-keeper # mood: pleased
-> END

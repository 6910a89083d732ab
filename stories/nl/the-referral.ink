# title: Een aanbeveling waar je niet voor kunt instaan
# summary: De zomerdrink van de businessclub in Mechelen. Een sympathieke kennis vraagt of je hem even voorstelt aan je beste klant, en je beste klant vertelt je wat je vorige aanbeveling haar gekost heeft. Je woord is elf jaar waard: geef het uit, bewaak het, of herstel het.
# main: tip5
# cast: thomas \| Thomas Verlinden \| begon acht maanden geleden zijn eigen rekruteringskantoor voor technische profielen; grappig, snel, kent de namen van ieders kinderen
# cast: karolien \| Karolien Verbist \| zaakvoerder van Verbist Keukens in Duffel, vijfentachtig man personeel; al elf jaar je klant; nauwgezet, trouw, haat verrassingen
# cast: niels \| Niels Verhoeven \| freelance webontwikkelaar die jouw eigen website bouwde; begaafd, overbevraagd, wordt stil als hij zich schaamt
# ending: the-name-she-asks \| Nog altijd de naam die ze vraagt
# ending: repaired \| Hersteld, niet vergeten
# ending: one-of-several \| Eén leverancier van de vele

// Geheugen uit hard-seller: aan wie je Johan een kennismaking beloofde, en of je Kurt daar leerde kennen.
// Alleen gelezen: daarom ziet Thomas jou als de verbinder van de club.
VAR mem_promised_intro = ""
VAR mem_met_hard_seller = false

// Hoe Thomas het eerst vroeg en wat jij deed: "walked", "asked", "not-yet" of "card".
VAR stance = ""
// Waar Thomas staat na de tuin: "praised" of "honest" (door jou voorgesteld, met of zonder etiket),
// "ask-her", "later" (een koffie en twee referenties), "vague", "none" of "card".
VAR framing = ""
VAR with_thomas = false
VAR knows_work = false
// Wat Karolien van jou over Thomas hoorde: "honest", "blind" of "none"; later ook "checked" of "small".
VAR referred = "none"
// Hoe Karolien jou leest; de afloop volgt eruit.
VAR karolien = 0
VAR blamed = false
VAR promised_noon = false
VAR pitched_fix = false
VAR cc_karolien = false
VAR second_name = false
VAR left_it = false
VAR niels_plan = false
VAR took_server = false
VAR told_baby = false
VAR nudged = false
VAR asked_favour = false

-> garden

=== garden ===
Donderdag in juni, half acht. De tuin van het Hof van Busleyden in Mechelen: de zomerdrink van de businessclub, honderdvijftig mensen op het grind, een bar onder de arcaden, en een strijkkwartet dat het opgegeven heeft tegen het geroezemoes. # scene: garden # sound: glasses
Je hebt een klein IT-bedrijf: jij en vier technici houden de laptops, netwerken en back-ups van veertig kleine bedrijven draaiende.
Bij de fontein, in een linnen vestje, een glas wit in de hand: Karolien Verbist. Verbist Keukens in Duffel, vijfentachtig man, al elf jaar je klant. Ze heeft je drie van je andere klanten bezorgd. Als Karolien zegt dat iemand goed is, geloven de mensen in deze tuin dat. Het duurde twee jaar voor ze je naam kende, vijf voor ze geloofde wat je zei, en elf voor ze mensen naar jou stuurde.
Thomas Verlinden vindt je nog voor je eerste glas leeg is.
Daar is hij. Mijne favoriete IT-man. # speaker: thomas # mood: pleased
Je kent Thomas van drie clubavonden. Hij is grappig en snel, en hij weet hoe je kinderen heten. Acht maanden geleden vertrok hij bij een groot uitzendkantoor en begon hij voor zichzelf: Verlinden Technical Recruitment. Monteurs, elektriciens, mecaniciens.
{ mem_promised_intro != "":
    Johan Goossens vertelt aan iedereen dat gij het was die hem en zijn architecte samengebracht hebt. De grote verbinder! # speaker: thomas # mood: pleased
- else:
    { mem_met_hard_seller:
        Kurt Mertens zegt dat ge de enige van de club zijt die bij hem weggelopen is zonder auto. Van Kurt is dat een aanbeveling. # speaker: thomas # mood: pleased
    }
}
Hij volgt je blik naar de fontein.
Karolien Verbist. Haar vacature voor keukenmonteurs staat al vijf maanden online. Ik heb twee monteurs die maandag kunnen beginnen. # speaker: thomas # mood: interested
Gij kent haar al honderd jaar. Stelt ge mij efkes voor? Twee minuutjes. Ge doet haar er een plezier mee. # speaker: thomas # mood: pleased # discuss: Hij wil je beste klant, vanavond, op jouw woord. Wat is je woord waard, en wat weet je eigenlijk?
* [Neem hem nu mee: zij zoekt monteurs, hij heeft monteurs, en ze staat daar # act: introduce # tip1 -1 # tip4 +1 # tip5 -1 # trust: thomas +1 # why: Haar vacature is echt en zijn monteurs misschien ook, dus het lijkt hulp voor allebei; je leent hem wel elf jaar van haar vertrouwen, op basis van drie avonden aan de bar.]
    ~ stance = "walked"
    "Allez, kom." Je zet je glas op de rand van de fontein. Thomas trekt zijn kraag recht. # speaker: you
    -> second.walking
* [Vraag eerst naar zijn werk: één plaatsing die goed liep, en één die niet goed liep # act: open-question # tip2 +2 # tip5 +1 # why: Je kunt alleen instaan voor wat je kent, en jij kent hem van aan de bar; op een feestje kan zo'n vraag ook als een examen voelen.]
    ~ stance = "asked"
    "Voor ik iemand ergens mee naartoe neem: vertel eens over een plaatsing die goed liep. En over een die niet goed liep." # speaker: you
    -> second.asking
* [Zeg het hem recht voor de raap: je mag hem graag, maar je hebt hem nog nooit aan het werk gezien, dus vanavond niet # act: decline # tip1 +1 # tip4 -1 # tip5 +1 # trust: thomas -1 # why: Eerlijk, en het beschermt haar avond; hij hoort een nee van iemand die hij als een vriend zag, en nog niets waarmee hij er een ja van kan maken.]
    ~ stance = "not-yet"
    "Thomas, ik mag je graag. Maar ik heb je nog nooit zien werken, en zij zou mijn naam horen voor de jouwe. Vanavond niet." # speaker: you
    -> second.refused
* [Geef hem haar kaartje uit je portefeuille: hij kan morgen naar haar kantoor bellen en zeggen dat jij hem stuurt # act: introduce # tip3 +1 # tip4 +1 # tip5 -1 # trust: thomas +1 # why: Snel voor hem en geen ongemakkelijk moment voor jou; zij krijgt een telefoontje van een onbekende met jouw naam erop, en jij zult nooit weten wat hij gezegd heeft.]
    ~ stance = "card"
    Je vindt een kaartje van haar achter je eigen kaartjes. "Bel morgen naar haar kantoor. Zeg dat ik je stuur." # speaker: you
    Gij zijt een schat. # speaker: thomas # mood: pleased
    -> second.carded

=== second ===
= walking
Halverwege over het grind buigt Thomas zich naar je toe.
Zeg gewoon dat ik de beste ben. De rest doe ik zelf. # speaker: thomas # mood: pleased # discuss: Hoe stel je iemand van wie je nooit werk zag voor aan de klant die het meest op jouw woord vertrouwt?
* [Stel hem voor als de man die haar monteursprobleem gaat oplossen # act: introduce # tip4 +1 # tip5 -1 # trust: thomas +1 # why: Warm en zelfzeker, en het trekt haar aandacht; het is een belofte over zijn werk, in jouw naam, en jij hebt zijn werk nooit gezien.]
    ~ framing = "praised"
    ~ with_thomas = true
* [Zeg precies wat je weet: een vriend van de club, pas voor zichzelf begonnen, van wie je het werk nog niet zag # act: introduce # tip3 +1 # tip5 +2 # trust: thomas -1 # trust: karolien +1 # why: Een voorstelling met een etiket laat haar zelf oordelen en houdt je woord iets waard; Thomas had op meer gehoopt dan "een vriend van de club".]
    ~ framing = "honest"
    ~ with_thomas = true
    ~ karolien += 1
* [Blijf staan op het grind: je vraagt haar liever eerst alleen of ze wel een rekruteerder wil leren kennen # act: introduce # tip4 +1 # tip5 +1 # tip1 -1 # trust: thomas -1 # why: Eerst vragen is hoe een goede kennismaking begint; halverwege blijven staan, voor het oog van iedereen, zegt Thomas dat je aan hem twijfelt, en haar monteurs wachten nog een avond.]
    ~ framing = "ask-her"
    "Wacht hier efkes. Ik vraag het haar eerst." # speaker: you
    Thomas blijft staan, nog altijd glimlachend, en kijkt naar zijn schoenen.
- -> fountain

= asking
Thomas antwoordt zonder aarzelen.
Goed gelopen: een monteur voor een keukenzaak in Lier. Na zes maanden zit hij er nog, en ze hebben mij nog twee vacatures gegeven. # speaker: thomas # mood: pleased
Niet goed gelopen: een elektricien die er na twee weken de brui aan gaf. De klant was razend. Ik heb een vervanger gezocht en daar niks voor aangerekend. # speaker: thomas # mood: uneasy
Eerlijk? Elf plaatsingen sinds ik begonnen ben. Ik ben daar goed in. Ik kan het alleen nog niet bewijzen. # speaker: thomas # mood: neutral
~ knows_work = true
Hij knikt naar de fontein. En? # speaker: thomas # mood: interested # discuss: Hij antwoordde goed, en eerlijk. Is dat genoeg om je naam achter hem te zetten?
* [Neem hem mee, en zeg precies wat je weet en wat niet # act: introduce # tip3 +1 # tip4 +1 # tip5 +1 # trust: thomas +1 # trust: karolien +1 # why: Een goed antwoord verdient een kennismaking, en het etiket laat haar de rest zelf beoordelen; toch zet je je naam naast iemand die je kent van twee verhalen.]
    ~ framing = "honest"
    ~ with_thomas = true
    ~ karolien += 1
* [Vraag Karolien eerst alleen of ze wel een rekruteerder wil leren kennen # act: introduce # tip3 +1 # tip5 +1 # tip1 -1 # trust: thomas -1 # why: Ze kan nee zeggen zonder dat iemand gezichtsverlies lijdt; Thomas wacht aan de bar na een goed antwoord, en vraagt zich af wat je nog meer wilde.]
    ~ framing = "ask-her"
    "Laat mij eerst efkes alleen met haar praten. Als ze interesse heeft, wuif ik." # speaker: you
    Thomas heft zijn glas en drijft terug naar de bar.
* [Nog niet: een koffie volgende week, en de namen van twee klanten die je mag bellen # act: decline # tip2 +1 # tip4 -1 # tip5 +1 # trust: thomas +1 # why: Een nog-niet met een weg naar ja houdt hen allebei veilig; haar monteurs wachten nog een week, en hij moet zich bewijzen tegenover iemand die hij als een vriend zag.]
    ~ framing = "later"
    "Vanavond niet. Koffie volgende week? Breng twee klanten mee die ik mag bellen, en dan stel ik je deftig voor." # speaker: you
    Huiswerk. Dat is eerlijk. # speaker: thomas # mood: neutral
* [Hij is eerlijk en goed: neem hem mee als "de rekruteerder waar ze op zat te wachten" # act: introduce # tip4 +1 # tip5 -1 # trust: thomas +1 # why: Hij antwoordde goed, dus de lof voelt verdiend; twee goede verhalen zijn nog altijd niet wat zij hoort in "de rekruteerder waar ze op zat te wachten".]
    ~ framing = "praised"
    ~ with_thomas = true
- -> fountain

= refused
Thomas blijft glimlachen, maar zijn glas stopt halverwege zijn mond.
Juist. Nee, natuurlijk. Ik dacht dat wij... laat maar. # speaker: thomas # mood: uneasy # discuss: Je zei nee. Hoe zeg je nee tegen een kennismaking zonder de deur dicht te doen voor de persoon?
* [Zeg hem wat je over de streep zou trekken: een koffie volgende week, en twee klanten die je mag bellen # act: invite # tip4 +1 # tip5 +2 # trust: thomas +1 # why: Een nee met een weg naar ja zegt hem dat het gaat over wat jij weet, niet over hem; het kost je ook een ochtend, en haar monteurs nog een week.]
    ~ framing = "later"
    "Het gaat niet over jou. Ik ken je werk gewoon niet. Koffie volgende week? Breng twee klanten mee die ik mag bellen." # speaker: you
    Huiswerk. Allez. Eigenlijk is dat eerlijk. # speaker: thomas # mood: neutral
* [Zwak het af: je zult hem bij haar vermelden als het moment er is # act: smooth-over # tip1 +1 # tip5 -1 # trust: thomas +1 # why: Het ongemakkelijke moment is voorbij en hij lacht weer; het is een belofte die je niet van plan bent te houden, en hij gaat je eraan houden.]
    ~ framing = "vague"
    "Kijk, ik zal je naam eens laten vallen bij haar. Als het moment er is." # speaker: you
    Ge zijt een topper. # speaker: thomas # mood: pleased
* [Laat het daarbij: nee is nee # act: decline # tip1 +1 # tip4 -1 # tip5 -1 # trust: thomas -1 # why: Duidelijk, en je bent hem niks verschuldigd; hij vertrekt met niets om aan te werken, en met het gevoel dat de deur tussen jullie dicht is.]
    ~ framing = "none"
    Thomas heft zijn glas een paar centimeter en gaat iemand anders zoeken. # leave: thomas
- -> fountain

= carded
Thomas steekt het kaartje in zijn binnenzak en is al weg naar de bar, al zwaaiend naar iemand. # leave: thomas
Bij de fontein lacht Karolien om iets. Morgen om negen uur krijgt haar kantoor een telefoontje met jouw naam erin. # discuss: Hij heeft haar kaartje en jouw naam. Wat moet zij weten, en van wie?
* [Ga het haar zelf zeggen: er gaat een rekruteerder bellen, en wat je wel en niet over hem weet # act: introduce # tip3 +1 # tip5 +1 # trust: karolien +1 # why: Ze hoort het eerst van jou, met het etiket erop; je kondigt ook een telefoontje aan dat je niet meer kunt tegenhouden.]
    ~ framing = "honest"
    ~ karolien += 1
* [Stuur Thomas een berichtje: wacht met bellen tot je het haar gevraagd hebt # act: repair # tip3 +1 # tip5 +1 # trust: thomas -1 # why: Een te vlotte ja terugnemen voor hij landt, is de goedkoopste reparatie die er bestaat; Thomas leest het aan de bar en vraagt zich af waarom je van gedacht veranderd bent.]
    ~ framing = "ask-her"
    "Wacht met bellen tot ik het haar gevraagd heb, oké? Geef me een dag." # speaker: you
    Drie puntjes, dan: "Komt in orde."
* [Laat het: ze kan perfect zelf nee zeggen aan de telefoon # act: wait # tip1 +1 # tip3 -1 # why: Waar, en vanavond niks meer te doen; ze hoort je naam van een onbekende, en haar nee geldt evengoed voor jou als voor hem.]
    ~ framing = "card"
- -> fountain

=== fountain ===
{ with_thomas:
    Karolien ziet jullie aankomen en heft haar glas.
    { framing == "praised":
        "Karolien, dit is Thomas Verlinden. Je probleem met de monteurs? Dit is de man die het gaat oplossen." # speaker: you
        Thomas schudt haar hand een tel te lang. # mood: karolien neutral
    - else:
        "Karolien, Thomas Verlinden. We kennen elkaar van de club, en ik mag hem graag. Hij is acht maanden voor zichzelf bezig, hij zoekt monteurs en elektriciens. Zijn werk heb ik zelf nog niet gezien." # speaker: you
        Thomas werpt je een blik toe, en geeft haar dan een stevige hand. # mood: karolien interested
    }
- else:
    Karolien ziet je aankomen en heft haar glas.
    Goed. Gij. Ik ging u morgen bellen. # speaker: karolien # mood: neutral
}
Niels Verhoeven. Uwe webman. # speaker: karolien # mood: annoyed
Ons dealerportaal. In maart heb ik hem negenduizend euro betaald, hij beloofde het tegen één mei. Het is twintig juni, en al drie weken beantwoordt hij geen enkele mail. # speaker: karolien # mood: annoyed
Ik heb hem genomen omdat gij zei dat het de beste was die ge kende. "Daar kunt ge niet mis mee," zei ge. # speaker: karolien # mood: uneasy
{ with_thomas:
    Thomas bestudeert de fontein met grote aandacht.
}
Je hebt het gezegd. Niels bouwde drie jaar geleden je eigen website, snel en goed, en dat heb je aan de halve club verteld. # discuss: Een aanbeveling van jou heeft je beste klant in de steek gelaten, en ze zegt het je op een feestje. Wat zeg je eerst?
* [Neem het op je: je hebt hem warmer aanbevolen dan je had mogen doen; je zoekt uit wat er aan de hand is en belt haar morgen voor de middag # act: repair # tip3 +1 # tip5 +2 # trust: karolien +1 # why: Geen excuus, en een tijdstip waar ze je aan kan houden: zo begint een herstel; het is ook een belofte over het werk van iemand anders, gedaan voor je weet wat er gebeurd is.]
    ~ promised_noon = true
    ~ karolien += 1
    "Dat heb ik gezegd, en ik heb het te makkelijk gezegd. Ik zoek uit wat er aan de hand is, en ik bel je morgen voor twaalf uur." # speaker: you
    Voor twaalf uur. # speaker: karolien # mood: neutral
* [Zeg dat je even verrast bent als zij: hij was altijd betrouwbaar voor jou, en hij laat jou ook in de steek # act: smooth-over # tip1 +1 # tip5 -2 # trust: karolien -1 # why: Het is waar, en het helpt iedereen door een ongemakkelijk moment op een feestje; het maakt jou een slachtoffer van Niels te meer, en zij vroeg niet wiens schuld het was.]
    ~ blamed = true
    ~ karolien -= 1
    "Eerlijk, ik ben even verrast als jij. Hij was altijd betrouwbaar voor mij. Hij laat mij ook in de steek." # speaker: you
    Hm. # speaker: karolien # mood: uneasy
* [Bied je eigen ploeg aan: jullie werken het portaal af, aan kostprijs # act: offer-help # tip1 -1 # tip4 +1 # tip5 -1 # why: Gul, en misschien is haar probleem tegen de herfst opgelost; jullie bouwen geen websites, en een verkoop in de minuut dat ze kwaad is over je vorige aanbeveling blijft een verkoop.]
    ~ pitched_fix = true
    "Laat mijn ploeg het afwerken. Aan kostprijs. Wij regelen dat." # speaker: you
    Gij maakt nu websites? # speaker: karolien # mood: neutral
    Niet echt. Je zou wel iemand vinden. Je hoort jezelf bezig en zwijgt.
* [Vraag wat er precies ontbreekt, en wanneer ze laatst iets van hem hoorde # act: follow-thread # tip2 +2 # tip4 +1 # why: Weten wat er mis is, is hoe je kunt helpen; zij wilde horen wat jij gaat doen, en krijgt vragen.]
    "Wat ontbreekt er precies? En wanneer heb je laatst iets van hem gehoord?" # speaker: you
    De koppeling met ons voorraadsysteem, de logins voor de dealers, alles. Laatste mail: twee juni. "Bijna klaar." # speaker: karolien # mood: annoyed
- -> fitters

=== fitters ===
Karolien drinkt haar glas leeg en zet het op een voorbijkomend dienblad.
{ with_thomas:
    Ze kijkt van jou naar Thomas.
    En? Is hij goed? Zoudt gij hem nemen, als ge mij was? Deze keer. # speaker: karolien # mood: interested
- else:
    En mijn monteurs. Vijf maanden staat die vacature er al. # speaker: karolien # mood: uneasy
    Gij kent iedereen. Een rekruteerder? Eentje waar ge deze keer echt voor instaat. # speaker: karolien # mood: interested
    { framing == "ask-her":
        Aan de andere kant van de tuin staat Thomas aan de bar te wachten, en doet alsof hij niet kijkt.
    }
    { framing == "card":
        Ergens in de binnenzak van Thomas zit haar kaartje, met jouw naam eraan vast.
    }
    { framing == "honest":
        Je kwam haar vertellen over het kaartje in de binnenzak van Thomas. Ze heeft het net een stuk moeilijker gemaakt om te zeggen.
    }
}
Ze wacht op je antwoord. # discuss: Meteen na Niels vraagt ze je opnieuw voor iemand in te staan. Wat kun je eerlijk zeggen?
* [Zeg precies wat je weet en wat niet, en stel voor om met één vacature te beginnen, niet met vijf # act: candour # tip2 +1 # tip4 +1 # tip5 +2 # trust: karolien +1 # why: Een aanbeveling met haar grenzen erbij kan ze afwegen, en je woord behoudt zijn waarde; het is minder dan ze hoopte, en het is Thomas' eerste kans bij haar met het etiket "waarschijnlijk".]
    ~ referred = "honest"
    ~ karolien += 1
    { with_thomas:
        { knows_work:
            "Ik ken hem van de club. Hij is eerlijk: hij vertelde me over een plaatsing die misliep nog voor ik uitgesproken was. Zijn werk heb ik niet gezien. Ik zou hem één vacature geven, geen vijf." # speaker: you
        - else:
            "Ik ken hem van de club, en ik mag hem graag. Meer weet ik niet. Zijn werk heb ik niet gezien. Ik zou hem één vacature geven, geen vijf." # speaker: you
        }
        Thomas knikt traag. Dat is eerlijk. Eén vacature. # speaker: thomas # mood: neutral
    - else:
        { knows_work:
            "Er was er vanavond een die het me vroeg: Thomas Verlinden, acht maanden voor zichzelf. Hij vertelde me over een plaatsing die goed liep en een die misliep, zonder dat ik het twee keer moest vragen. Zijn werk heb ik niet gezien. Als je hem probeert, probeer hem dan met één vacature." # speaker: you
        - else:
            "Er was er vanavond een die het me vroeg: Thomas Verlinden, acht maanden voor zichzelf. Sympathiek en, denk ik, eerlijk. Zijn werk heb ik niet gezien. Als je hem probeert, probeer hem dan met één vacature." # speaker: you
        }
    }
    Eén vacature. Dat kan ik doen. # speaker: karolien # mood: neutral
* [Sta volledig voor hem in: hij is top, en ze zal er geen spijt van hebben # act: introduce # tip1 -1 # tip4 +1 # tip5 -1 # trust: thomas +1 # why: Na Niels wil je haar een meevaller bezorgen, en dat is hij misschien ook; je zegt wel dezelfde zin die je over Niels zei, over iemand die je nog minder kent.]
    ~ referred = "blind"
    { with_thomas:
        "Hij is top. Je gaat er geen spijt van hebben." # speaker: you
        Thomas straalt. Ik stuur u morgenvroeg profielen. # speaker: thomas # mood: pleased
    - else:
        "Thomas Verlinden. Die is top, je gaat er geen spijt van hebben. Ik zeg hem dat hij je moet bellen." # speaker: you
    }
    Karolien kijkt je een tel langer aan dan anders. Dat zei ge de vorige keer ook. # speaker: karolien # mood: neutral
* [Vanavond niet: na Niels beveel je niemand aan die je niet goed kent # act: decline # tip1 +1 # tip4 -1 # tip5 +1 # trust: thomas -1 # why: Eerlijk over hoe het met je woord staat, en het beschermt haar; ze vroeg hulp bij een echt probleem, en gaat zonder naar huis.]
    ~ referred = "none"
    "Na Niels geef ik je liever geen naam waar ik niet achter kan staan. Vanavond niet." # speaker: you
    Dat is eerlijk. # speaker: karolien # mood: neutral
    { with_thomas:
        Thomas heeft plots iets nodig aan de bar. # leave: thomas
    }
- Karoliens man wuift van aan de poort. Ze geeft je een kus op één wang, zoals al elf jaar, en gaat. # leave: karolien
-> morning

=== morning ===
Vrijdag, half negen. Je kantoor boven de drukkerij op de Bruul; twee technici aan de telefoon, de geur van de eerste koffie. # scene: office
{ promised_noon:
    Je hebt Karolien beloofd te bellen voor twaalf uur.
}
Je belt Niels. Voicemail. Zijn laatste post online is drie weken oud: een foto van een heel klein sokje. # sound: phone-ring
Ergens in een spreadsheet is een portaal zeventig procent van iets. # discuss: Niels is stilgevallen tegenover je beste klant. Hoe bereik je hem, en waarvoor?
* [Spreek een bericht in zonder verwijt: je wilt horen hoe het met hem gaat, en wat er aan de hand is # act: repair # tip2 +1 # tip3 +1 # tip5 +1 # trust: niels +1 # why: Wie uit schaamte stilvalt, neemt op voor wie hem niet beschuldigt; het betekent ook een ochtend wachten terwijl Karolien ook wacht.]
    "Niels, ik ben het. Geen preek. Ik wil gewoon weten hoe het met je gaat, en wat er scheelt met Verbist. Bel me." # speaker: you
* [Mail hem met Karolien in kopie: ze wacht, en hij moet haar vandaag contacteren # act: candour # tip3 +1 # tip5 -1 # trust: niels -1 # trust: karolien +1 # why: Snel, zwart op wit, en Karolien ziet dat je iets doet; je zet hem te kijk voor de klant die hij al niet onder ogen durft te komen, en schaamte is net waarom hij niet meer antwoordde.]
    ~ cc_karolien = true
    ~ karolien += 1
    "Niels, Karolien Verbist wacht al drie weken op nieuws over haar portaal. Neem vandaag nog contact met haar op." Verzenden.
* [Laat het aan hen over: het is hun contract, niet het jouwe # act: wait # tip1 +1 # tip3 -2 # trust: karolien -1 # why: Het is hun contract, en jij bent zijn baas niet; jij hebt hem wel bij haar binnengebracht, en ze wacht evengoed op jou als op hem.]
    ~ left_it = true
    ~ karolien -= 1
    Je legt de telefoon neer en opent de ticketlijst. Het is hun contract.
* [Sla Niels over: stuur Karolien vandaag de naam van een andere webontwikkelaar # act: introduce # tip3 +1 # tip4 +1 # tip5 -1 # why: Snel, en het lost haar probleem misschien op; het is een tweede aanbeveling aan dezelfde klant, de dag nadat de eerste misliep, op niet meer kennis dan de eerste.]
    ~ second_name = true
    Je mailt Karolien de naam van een webbureau in Leuven dat een klant van jou ooit eens vernoemde. Je hebt er nooit mee gewerkt.
- -> niels

=== niels ===
{ left_it:
    Om vier uur gaat je telefoon. Niels. Karolien heeft hem vandaag zes keer gebeld, en een bericht ingesproken waarin het woord advocaat viel. # sound: phone-ring
- else:
    Om elf uur gaat je telefoon. Niels. # sound: phone-ring
}
Ik weet het. Ik weet het. Sorry. # speaker: niels # mood: uneasy # via: phone
Ons dochtertje is zeven weken te vroeg gekomen, in april. We zitten sindsdien half op de neonatologie. Het portaal is voor zeventig procent klaar. En elke dag dat ik haar niet schreef, werd het moeilijker om te schrijven. # speaker: niels # mood: uneasy # via: phone
{ cc_karolien:
    En dan uw mail, met haar in kopie. Ik heb hem gelezen op de parking van het ziekenhuis. # speaker: niels # mood: annoyed # via: phone
}
{ pitched_fix:
    Ze zegt dat gij aangeboden hebt om het zelf over te nemen. Is dat wat ge wilt? # speaker: niels # mood: annoyed # via: phone
}
{ second_name:
    En ze is nu aan het praten met een bureau in Leuven. Goed. Ik zou hetzelfde doen. # speaker: niels # mood: uneasy # via: phone
}
Achter hem hoor je een ziekenhuislift. # discuss: Hij schaamt zich, en jouw naam hangt aan zijn mislukking. Wat doe je met wat hij je verteld heeft?
* [Help hem een plan maken dat hij kan houden, en laat hem Karolien vandaag zelf bellen; jij belt mee als zij dat wil # act: repair # tip3 +2 # tip4 +1 # tip5 +1 # trust: niels +1 # why: Hij neemt zijn deel op zich en jij het jouwe, en zij hoort het van de man die haar het portaal schuldig is; het houdt jou ook verantwoordelijk voor een plan dat het zijne is.]
    ~ niels_plan = true
    Jullie maken het plan samen: eerst de voorraadkoppeling, dan de logins, over twee weken een testversie. Hij schrijft het op. Om twee uur belt hij haar.
* [Zeg hem ronduit wat dit jou gekost heeft bij je beste klant # act: candour # tip2 +1 # tip5 -1 # trust: niels -1 # why: Het is waar, en hij mag weten wat zijn stilte aangericht heeft; hij weet het al, en het schrijft geen lijn code.]
    "Niels, ze is al elf jaar mijn klant. Ze heeft je genomen op mijn woord." Stilte aan de lijn. # speaker: you
    Ik weet het. # speaker: niels # mood: uneasy # via: phone
* [Neem het serverdeel van hem over: jouw technici doen de hosting en de voorraadkoppeling, gratis # act: offer-help # tip4 +2 # tip5 -1 # trust: niels +1 # why: Gul, en misschien raakt het portaal zo af; je draagt zijn project nu een tweede keer op jouw naam, voor niks, zonder iets te zeggen te hebben over de rest.]
    ~ took_server = true
    Je twee technici zuchten, en beginnen dan zijn code te lezen.
* [Zeg dat jij het wel aan Karolien uitlegt, zodat hij verder kan werken # act: smooth-over # tip1 +1 # tip3 -1 # tip5 -1 # trust: niels +1 # why: Het spaart een moe man een moeilijk telefoontje; jij blijft tussen hen in staan, en zij heeft nog altijd geen woord gehoord van de man die ze betaald heeft.]
    "Laat Karolien maar aan mij over. Gij schrijft code." # speaker: you
    Merci. Echt. Merci. # speaker: niels # mood: pleased # via: phone
- -> call_karolien

=== call_karolien ===
{ promised_noon:
    Vijf voor twaalf. Je belt Karolien, zoals beloofd. # sound: phone-ring
- else:
    In de namiddag bel je Karolien. # sound: phone-ring
}
En? # speaker: karolien # mood: neutral # via: phone # discuss: Wat vertel je je beste klant over een aanbeveling van jou die haar in de steek liet, en wat hou je erbuiten?
* [Wat je weet, wat er nu gebeurt en tegen wanneer, en dat je hem te makkelijk aanprees; zijn privéleven vertelt hij zelf # act: repair # tip3 +2 # tip5 +2 # trust: karolien +1 # why: Feiten, data en jouw eigen deel, zonder iemand de schuld te geven: een herstel dat ze kan nagaan; het betekent ook dat ze niet hoort waarom hij stilviel, en misschien het ergste van hem denkt.]
    ~ karolien += 1
    "Hij heeft een zware lente gehad, en dat vertelt hij je zelf. {niels_plan:Om twee uur belt hij je met een plan: eerst de voorraadkoppeling, over twee weken een testversie.|Hij gaat het afwerken; ik zorg dat je data krijgt.} En Karolien: ik heb gezegd 'daar kun je niet mis mee'. Dat had ik zo niet mogen zeggen." # speaker: you
    Merci dat ge dat laatste zegt. # speaker: karolien # mood: neutral # via: phone
* [Vertel haar over de baby die te vroeg kwam, zodat ze het begrijpt # act: smooth-over # tip1 +1 # tip5 -2 # trust: niels -1 # why: Het is waar, en het zal haar milder maken; het is zijn privénieuws, door jou aan zijn klant verteld, en het laat jullie allebei beter uitkomen op zijn kosten.]
    ~ told_baby = true
    "Zijn dochtertje is zeven weken te vroeg geboren. Hij zat in het ziekenhuis. Dat zit erachter." # speaker: you
    Oei. Oei, wat erg. Waarom heeft hij dat niet gewoon gezegd? # speaker: karolien # mood: uneasy # via: phone
* [Bied haar een maand IT-ondersteuning gratis aan, om het goed te maken # act: repair # tip3 +1 # tip5 -1 # why: Een gebaar dat jou iets kost, dus het voelt als verantwoordelijkheid nemen; het hangt een prijs aan haar vertrouwen, en haar portaal is er niet dichter door.]
    "En om het goed te maken: je ondersteuning in juli is van ons." # speaker: you
    Dat is niet wat ik van u nodig heb. Maar merci. # speaker: karolien # mood: neutral # via: phone
- -> week

=== week ===
Een week later. # sound: message
{
    - referred == "honest" || referred == "blind" || framing == "card":
        -> week.inside
    - else:
        -> week.outside
}

= inside
{ framing == "later":
    De koffie met Thomas is er nooit gekomen: Karolien heeft hem eerst gebeld.
}
{ referred == "blind":
    Een bericht van Thomas, om zeven uur 's morgens.
    Ze antwoordt niet! Ik heb haar vrijdag twaalf profielen gestuurd en twee van haar ploegbazen gebeld om te vragen wat ze nodig hebben. Kunt ge haar efkes een duwtje geven? Eén berichtje van u en ik ben binnen. En mag ik "aanbevolen door" met uw naam op mijn website zetten? # speaker: thomas # mood: interested # via: message
- else:
    { framing == "card" && referred == "none":
        Een bericht van Thomas, om zeven uur 's morgens.
        Vrijdag naar Verbist Keukens gebeld en gezegd dat gij mij stuurt. Twee keer haar assistente gehad. Kunt ge Karolien efkes een duwtje geven? Eén berichtje van u en ik ben binnen. # speaker: thomas # mood: interested # via: message
    - else:
        Een bericht van Thomas, om zeven uur 's morgens.
        Ze heeft me één vacature gegeven! Eén monteur, atelier in Duffel. Ik heb haar drie profielen gestuurd. Kunt ge haar een duwtje geven, zodat ze er deze week naar kijkt? En mag ik "aanbevolen door" met uw naam op mijn website zetten? # speaker: thomas # mood: pleased # via: message
    }
}
Je naam, nog een keer, met een smiley erachter. # discuss: Hij is binnen, of half binnen, en hij wil meer van je naam. Hoeveel meer geef je?
* [Zeg hem hoe zij werkt: één vacature goed gedaan, niets waar ze niet om vroeg; en je naam komt niet op zijn website # act: advise # tip2 -1 # tip4 +1 # tip5 +1 # trust: thomas -1 # why: Het is het nuttigste wat je over haar weet, en je houdt je woord waar je het kunt zien; hij vroeg een duwtje, en krijgt een les.]
    "Ze is nauwgezet. Eén vacature goed gedaan is meer waard dan twaalf profielen. Bel haar ploegbazen niet. En nee: mijn naam komt niet op je website, voorlopig." # speaker: you
    Begrepen. Trager. Oké. # speaker: thomas # mood: neutral # via: message
* [Geef haar een duwtje voor hem: een kort berichtje, "geef Thomas een kans" # act: ask-referral # tip1 -1 # tip4 -1 # tip5 -2 # trust: thomas +1 # trust: karolien -1 # why: Het kost je één berichtje, en misschien is hij goed; je spendeert haar goodwill voor de tweede keer in een week, om een man op te jagen die ze al aan het overwegen is.]
    ~ nudged = true
    ~ karolien -= 1
    "Karolien, geef Thomas een kans. Hij is gemotiveerd!" Gelezen om 9.14 uur. Geen antwoord.
* [Bemoei je er niet mee: het is nu tussen hen # act: wait # tip1 +1 # tip3 -1 # why: Hij is volwassen en zij ook; wat hij met jouw kennismaking doet, draagt nog altijd jouw naam, en je hebt net gezien hoe snel hij gaat.]
    Je antwoordt niet. Het is nu tussen hen.
- -> three_weeks

= outside
{ framing == "later":
    Café De Zwaan, op de Vismarkt, acht uur 's morgens. Thomas is te vroeg, met twee namen op een servetje: de keukenzaak in Lier, en een garage in Bonheiden. # scene: cafe
    Ik heb ze gisteravond allebei gebeld, zodat ze u verwachten. Mag dat? # speaker: thomas # mood: uneasy
- else:
    { framing == "vague":
        Een bericht van Thomas, om zeven uur 's morgens.
        En? Was het moment er al? # speaker: thomas # mood: interested # via: message
    - else:
        Op het clubontbijt zit Thomas aan het andere eind van de tafel. Hij knikt beleefd naar je, en praat met iemand anders. Achteraf blijft hij bij je stoel staan. # scene: breakfast-room
        Geen kwaad bloed. Maar als ge ooit mijn werk wilt zien, ik ben makkelijk te vinden. # speaker: thomas # mood: neutral
    }
}
Hij wil nog altijd bij Karolien binnen. # discuss: Hij wil de kennismaking nog altijd. Wat moet je weten voor je ze geeft, en hoe groot moet ze zijn?
* [Bel eerst twee van zijn klanten, en schrijf Karolien dan een kennismaking die zegt wat je vond en wat niet # act: introduce # tip3 +2 # tip4 +1 # tip5 +1 # trust: thomas +1 # trust: karolien +1 # why: Nu kun je instaan voor wat je nagegaan hebt, en dat ook zeggen; het duurde een week, en de vacature is zes maanden oud.]
    ~ referred = "checked"
    ~ karolien += 1
    De keukenzaak in Lier: "Hij luistert, en hij kwam gratis terug toen er een niet bleef." De garage: "Snel. Misschien te snel." Je zet beide zinnen in de mail aan Karolien, met één vacature als voorstel.
* [Hij heeft lang genoeg gewacht: stel hem aan haar voor als een aanrader # act: introduce # tip3 +1 # tip5 -1 # trust: thomas +1 # why: Hij is geduldig geweest, en je had gezegd dat je zou helpen; "een echte aanrader" is nog altijd een zin over werk dat je niet gezien hebt, en zij weet wat je vorige zo'n zin waard was.]
    ~ referred = "blind"
    "Karolien, maak kennis met Thomas Verlinden: een echte aanrader." Verzenden.
* [Stel hem eerst voor aan een kleinere klant van jou met één vacature, waar een misser minder kost # act: introduce # tip3 +1 # tip4 +2 # tip5 +1 # trust: thomas +1 # why: Een eerlijke eerste stap waarbij hij zijn werk kan tonen waar jij het kunt zien; hij wilde Karolien, en hoort misschien "nog niet goed genoeg voor haar".]
    ~ referred = "small"
    Je stelt hem voor aan Ria, die een loodgietersbedrijf heeft met negen man en één lege bestelwagen. "Zijn werk heb ik nog niet gezien," schrijf je. "Jij bent de eerste die ik het vraag."
- -> three_weeks

=== three_weeks ===
Drie weken later. # scene: office
{
    - niels_plan || took_server:
        Het dealerportaal gaat live op een dinsdag. Niels stuurt je een screenshot en één zin: "Live. Ze heeft me een hand gegeven. Merci om niet te roepen." # sound: message
    - else:
        Het portaal is weer "bijna klaar". Niels mailt Karolien nu tenminste elke vrijdag.
}
{ told_baby:
    Niels vertelt terloops dat Karolien een kaartje gestuurd heeft voor de baby. Hij heeft het haar nooit verteld. Hij vraagt niet hoe ze het wist.
}
{
    - referred == "checked" || referred == "small" || (referred == "honest" && not nudged):
        Thomas heeft één monteur geplaatst. {referred == "small":Bij Ria's loodgietersbedrijf, voorlopig; ze heeft hem al om een tweede gevraagd.|In Duffel. De man is er nog altijd.}
    - referred == "blind" || nudged:
        De HR-verantwoordelijke van Karolien heeft Thomas gevraagd om niet meer naar het atelier te bellen. Thomas vertelt het je zelf, een beetje gekwetst.
    - else:
        Je hoort niets van Thomas over Verbist Keukens, en je vraagt er ook niet naar.
}
Je hebt Karolien niet meer gesproken sinds het telefoontje in juni. # discuss: Het stof is gaan liggen. Wat doe je nu nog met Karolien, als je al iets doet?
* [Bel haar om te vragen hoe het portaal werkt, en verder niets # act: follow-up # tip3 +2 # tip5 +1 # trust: karolien +1 # why: Opvolgen na het herstel toont dat het om haar ging en niet om je reputatie; het is wel een telefoontje te meer in een drukke week, over iets wat ze liever vergeet.]
    ~ karolien += 1
    { niels_plan || took_server:
        Ze lacht aan de telefoon. "De dealers zijn er zot van. Drie van hen hebben om middernacht ingelogd. Wie doet dat nu?" # sound: phone-ring
    - else:
        "Nog altijd niet live. Maar merci dat ge het vraagt. Ge zijt de enige die het vraagt." # sound: phone-ring
    }
* [Ze is weer content over jou: vraag haar je voor te stellen aan haar leverancier van werkbladen, over wiens IT ze altijd klaagt # act: ask-referral # tip1 -1 # tip4 -1 # tip5 -1 # trust: karolien -1 # why: Ze is goedgezind en ze heeft het al drie keer eerder gedaan; je vraagt haar wel haar woord uit te geven, de maand nadat jij het jouwe bijna verspeeld had.]
    ~ asked_favour = true
    ~ karolien -= 1
    Ze zegt dat ze erover zal nadenken. Karolien denkt nooit over iets na: ze beslist.
* [Laat het: geen nieuws is goed nieuws # act: wait # tip1 +1 # tip3 -1 # why: Niemand wordt graag herinnerd aan een knoeiboel; maar het laatste wat ze van jou hoorde, ging over de knoeiboel.]
    Je laat het. Ze belt wel als er iets is.
- -> autumn

=== autumn ===
Oktober. Karolien belt op een maandagmorgen. # sound: phone-ring
We openen een toonzaal in Mechelen. Ik heb een elektricien nodig voor de inrichting. Gij kent mensen. # speaker: karolien # mood: interested # via: phone
Ze wacht. Je denkt aan Niels, en aan "daar kun je niet mis mee". # discuss: Je beste klant vraagt je opnieuw een naam. Hoe klinkt een goede aanbeveling deze keer?
* [Noem die waar je al jaren mee werkt, en zeg waar hij goed in is en waarin niet # act: introduce # tip3 +1 # tip4 +2 # tip5 +2 # trust: karolien +1 # why: Een naam met zijn grenzen erbij, van iemand die het werk gezien heeft: dat maakt een aanbeveling de moeite waard; het is ook je woord dat weer op het spel staat.]
    ~ karolien += 1
    "Frank Wellens. Hij heeft ons kantoor bedraad, en dat van drie van mijn klanten. Uitstekend op de werf, slecht in offertes: vraag ze op papier. Ik zeg hem dat je belt." # speaker: you
    Op papier. Genoteerd. # speaker: karolien # mood: pleased # via: phone
* [Geef haar drie namen en laat haar kiezen: zo ligt het niet allemaal bij jou # act: introduce # tip4 +1 # tip5 -1 # why: Ze krijgt keuze, en jij draagt minder risico; ze vroeg naar die ene waar jij achter staat, en drie namen zijn een lijstje dat ze zelf had kunnen vinden.]
    "Drie namen. Ik mail ze je. Kijk maar wie je ligt." # speaker: you
    Juist. Drie. # speaker: karolien # mood: neutral # via: phone
* [Zeg dat je er geen goed genoeg kent om aan te bevelen: liever geen naam dan een verkeerde # act: decline # tip4 -1 # tip5 +1 # why: Eerlijk na Niels, en veilig; je kent wel degelijk een goede elektricien, en ze bleef zonder hulp omdat jij nog altijd bang was.]
    "Ik geef je deze keer liever geen naam." # speaker: you
    Zo erg was het? Allez, goed. # speaker: karolien # mood: neutral # via: phone
- -> ending

=== ending ===
{
    - karolien >= 4 && not blamed && not nudged:
        -> the_name_she_asks
    - karolien >= 1:
        -> repaired
    - else:
        -> one_of_several
}

= the_name_she_asks
{ referred == "checked" || referred == "honest" || referred == "small":
    Met Kerstmis stuurt Thomas je een fles wijn, met een kaartje: "Voor de lastigste kennismaking die ik ooit gekregen heb. Ze werkte."
}
In november belt Karolien weer. Deze keer niet voor een naam: ze heeft de jouwe doorgegeven. Een meubelmaker in Mechelen, twaalf man, wiens server op een zondag de geest gaf. "Ik heb hem gezegd dat gij recht zegt wat ge niet kunt," zegt ze. "Dat is de enige reden waarom iemand naar u zou moeten luisteren."
Je hebt deze zomer een stuk van je woord uitgegeven, en je hebt het teruggekregen door precies te zeggen wat het waard was. # ending: the-name-she-asks # mood: pleased
-> END

= repaired
{ blamed:
    Karolien begint nooit meer over Niels. Ze onthoudt, vermoed je, dat jij verrast was.
}
{ nudged:
    Op het berichtje over Thomas heeft ze nooit geantwoord. Dat hoefde ook niet.
}
Karolien is nog altijd je klant, en vriendelijk op de club. Als ze nu een naam nodig heeft, vraagt ze eerst rond, en jij bent een van de mensen die ze het vraagt.
{ niels_plan || took_server:
    Het portaal werkt, en de knoeiboel ligt achter je.
- else:
    Het portaal ging live in september, drie maanden te laat, zonder Niels op de lancering.
}
Het is niet helemaal meer zoals vroeger. # ending: repaired # mood: neutral
-> END

= one_of_several
In november schrijft Verbist Keukens een aanbesteding uit voor zijn IT-contract. Jij mag een offerte indienen, net als iedereen.
{ blamed || told_baby:
    Niels hoort via de club wat er over hem gezegd is, en door wie.
}
Elf jaar vertrouwen, en je hebt het op één zomer uitgegeven aan namen waar je niet voor kon instaan. # ending: one-of-several # mood: uneasy
-> END

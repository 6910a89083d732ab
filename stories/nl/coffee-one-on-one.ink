# title: Eén op één, bij een koffie
# summary: De maandelijkse één-op-één van de club: een uur en een cappuccino met een handelaarster. Ontdek je hoe je haar kunt helpen, of gebruik je dat uur om te verkopen?
# main: tip4
# cast: sofie \| Sofie Maes \| heeft een fietsenwinkel en een nieuw bakfietsenatelier in Mechelen; stil, praktisch, droge humor
# cast: ruben \| Ruben Aerts \| barman van Café De Zwaan; babbelaar, kent de bestelling van elke vaste klant vanbuiten
# ending: sales-coffee \| Een verkoopgesprek bij de koffie
# ending: strings-attached \| Hulp met een addertje
# ending: loose-ends \| Losse eindjes
# ending: givers-gain \| Wie geeft, krijgt terug

// Geheugen uit beyond-the-pitch: de persoon naar wie je op het ontbijt echt luisterde, en wat ze nodig heeft.
// Als het leeg is, heeft de club je gewoon aan Sofie gekoppeld en begin je van nul.
VAR mem_contact_name = ""
VAR mem_contact_need = ""
// Geheugen uit hard-seller: iemand aan wie je een introductie beloofde. Alleen terloops vermeld.
VAR mem_promised_intro = ""

// Wat er onderweg gebeurde, voor de zinnen en het einde die daaruit volgen.
VAR thought_of_koen = false
VAR tablet = false
VAR wish_list = false
VAR guarded = false
VAR asked_first = false
VAR told_wish = false
// Of je haar om leads vroeg (voor het einde, dat dan niet mag zeggen dat je nooit iets vroeg).
VAR asked_for_leads = false
// De verkoop op korte termijn die de harde aanpak oplevert: belettering voor het raam van haar oude winkel.
VAR shop_quote = false
// De belofte die je doet: "" (nog geen), "koen" (een concrete introductie), "vague" of "over".
VAR promise = ""
// Hoe je ze opvolgde: "clean", "pitch", "late" (na de dag die je beloofde) of "" (helemaal niet).
VAR intro = ""

// Zetten die verkopen in plaats van helpen; vanaf twee onthoudt ze de koffie als een verkoopgesprek.
VAR sales = 0

-> before

=== before ===
Donderdag, twintig voor negen. Je atelier ruikt naar vinyl; de snijplotter snijdt letters voor een apotheek. # scene: office
Jij maakt uithangborden en raambelettering, met z'n tweeën, in Mechelen. Eén keer per maand koppelt de ontbijtclub zijn leden voor een koffie, één op één.
{ mem_contact_name != "":
    In je agenda, om negen uur: koffie met {mem_contact_name}, in Café De Zwaan.
    Drie weken geleden, op het ontbijt, vertelde ze je wat ze nodig heeft: {need_words(mem_contact_need)}. Je schreef het op de achterkant van haar kaartje, en dat ligt nog altijd op je bureau.
- else:
    In je agenda, om negen uur: koffie met Sofie Maes, in Café De Zwaan. Hilde, de voorzitter van de club, heeft jullie gekoppeld.
    Je hebt ooit kaartjes gewisseld met Sofie. Een fietsenwinkel, een fleecejas. Meer weet je niet.
}
Je hebt twintig minuten voor je moet vertrekken. # discuss: Twintig minuten voor een één-op-één. Wat is de voorbereiding waard, en wat zit straks in de weg?
* [Denk na over wie in je netwerk haar zou kunnen helpen # act: prepare # tip4 +2 # why: Aankomen met haar in gedachten, niet met je eigen agenda, daar dient een één-op-één voor.]
    { mem_contact_name != "":
        Een mecanicien die goed is met bakfietsen, en goed met klanten. Je scrolt door je gsm.
        Koen Dewulf. Van je wielerclub op zondag: twintig jaar bij een fietsendealer in Leuven, en vorige maand, aan de bevoorrading, zei hij dat hij graag dichter bij huis zou werken.
        Je schrijft zijn naam op een post-it en steekt die in je zak.
        ~ thought_of_koen = true
    - else:
        Je weet nog bijna niets over haar. Je denkt aan een paar mensen die winkels kennen, en besluit dat luisteren het eerste werk is.
    }
* [Zet je mooiste uithangborden op de tablet: als ze ernaar vraagt, kun je het tonen in plaats van uitleggen # act: prepare # tip1 -1 # tip5 -1 # why: Foto's zeggen meer dan een beschrijving; maar "als ze ernaar vraagt" betekent meestal dat je wel een reden vindt om ze te tonen.]
    Je zet veertig foto's op de tablet: de slager, de apotheek, het bladgoud van de brouwerij. Voor de zekerheid.
    ~ tablet = true
* [Schrijf drie mensen op aan wie ze je zou kunnen voorstellen, voor als ze het vraagt # act: prepare # tip1 +1 # tip2 -1 # tip5 -1 # why: Weten wat je graag zou vragen, maakt het makkelijk om te antwoorden als ze ernaar vraagt; met je vragen klaar aankomen maakt van haar uur ook jouw uur.]
    Je schrijft drie regels op een systeemkaartje: de handelaarsvereniging, een vastgoedmakelaar, de nieuwe bakker op de Bruul.
    ~ wish_list = true
- -> cafe

=== cafe ===
Café De Zwaan. Versleten houten tafels, het sissen van het stoompijpje, een krantenrek waar niemand aankomt. # scene: cafe # sound: door
Goeiemorgen! Een cappuccino, zoals altijd? Of doen we vandaag eens zot? # speaker: ruben # mood: pleased
"Een cappuccino. Zot genoeg." # speaker: you
Om vijf over negen komt Sofie binnen, een fietshelm onder haar arm en wat smeer op een knokkel.
Sorry. De bakfiets van een koerier, ketting gebroken om zeven uur. Hij moest hem om acht terug hebben. # speaker: sofie # mood: uneasy
{ mem_contact_name != "":
    Ze gaat zitten en kijkt je echt aan.
    Jij bent diegene die vroeg wat ik met te goed bedoelde. # speaker: sofie # mood: interested
}
Ruben zet twee cappuccino's op tafel, met een speculoosje op elk schoteltje. # discuss: Ze komt te laat binnen, met smeer aan haar handen. Hoe begin je het uur?
* [Leg je gsm omgekeerd en vraag hoe haar ochtend verder ging, ketting en al # act: open-question # tip2 +1 # tip4 +1 # trust: sofie +1 # why: Je volle aandacht, en een vraag over haar, zetten de toon voor het hele uur.]
    Je legt je gsm omgekeerd naast de suiker.
    "Dus die ketting brak om zeven uur. Hoe ging de rest van je ochtend?" # speaker: you
    Ze lacht, voor het eerst.
    Gemaakt om tien voor acht. Hij heeft me een fooi gegeven in chocolade. # speaker: sofie # mood: pleased
* [Ze heeft weinig tijd: respecteer dat, en zeg in twee zinnen wat je doet # act: say-what-you-do # tip1 -1 # tip2 -1 # tip5 +1 # why: Respect voor haar tijd is echt, en nu weet ze met wie ze praat; het maakt de eerste minuten ook iets over jouw zaak.]
    "Je hebt het druk, dus ik zal efficiënt zijn. Ik maak uithangborden en raambelettering, vooral voor winkels." # speaker: you
    Juist. # speaker: sofie # mood: neutral
    Ze roert langer in haar cappuccino dan nodig is.
    ~ sales += 1
* [Zet jouw verhaal naast het hare: je camionette wilde vanochtend niet starten # act: self-disclose # tip2 +1 # tip4 -1 # why: Een gedeelde slechte ochtend maakt je een mens, en ze ontspant; het maakt van jou ook degene die praat.]
    "Vertel mij wat. Mijn camionette wilde vanochtend niet starten. Al de derde keer deze maand." # speaker: you
    Je vertelt over de batterij, de garage, de offerte. Ze knikt op de juiste momenten.
- Sofie breekt haar speculoosje in twee.
Goed. Hilde zegt dat die koffies voor de zaken zijn. Wat kan ik voor jou doen? # speaker: sofie # mood: neutral # discuss: Zij vraagt eerst wat ze voor jou kan doen. Beantwoord je de vraag, of draai je ze om?
* [Draai het om: je kwam uitzoeken hoe jij haar kunt helpen # act: ask-how-to-help # tip4 +3 # trust: sofie +1 # why: Vragen hoe je kunt helpen, voor je zelf iets vraagt, is het hart van een één-op-één.]
    "Eigenlijk draai ik dat liever om. Ik kwam uitzoeken hoe ik jou kan helpen." # speaker: you
    Ze legt het speculoosje neer en kijkt je even aan.
    Goed. Jij vroeg het. # speaker: sofie # mood: interested
    ~ asked_first = true
    -> her_story
* [Antwoord gewoon: winkels die ze kent en die een nieuw uithangbord kunnen gebruiken # act: ask-referral # asked: yes # tip1 +1 # tip4 -1 # why: Ze vroeg het, en een eerlijk antwoord is geen pitch; maar je neemt voor je iets gegeven hebt, en het uur kantelt naar jou.]
    "Nu je het vraagt. Ken jij winkels die een nieuw uithangbord nodig hebben?" # speaker: you
    ~ asked_for_leads = true
    ~ sales += 1
    -> recover
* [Toon haar je beste werk: de foto's zeggen het beter dan jij # act: pitch # tip1 -2 # tip5 -1 # trust: sofie -1 # why: Goed werk spreekt voor zich, en ze vroeg het; maar ze vroeg wat zij voor jou kon doen, en een portfolio zegt: koop.]
    "Nu je het vraagt." # speaker: you
    { tablet:
        Je schuift de tablet over tafel. De slager, de apotheek, het bladgoud van de brouwerij.
    - else:
        Je haalt je gsm boven en toont haar foto's. De slager, de apotheek, het bladgoud van de brouwerij.
    }
    ~ sales += 1
    -> recover

=== recover ===
Sofie kijkt naar haar cappuccino, dan naar haar horloge, dan naar jou.
Hm. Ik zal eraan denken. # speaker: sofie # mood: uneasy
Haar cappuccino is nog vol. Ze trekt de rits van haar fleece half dicht, zoals mensen doen die van plan zijn te vertrekken. # discuss: Ze trekt haar fleece dicht. Is dit uur nog te redden, en hoe?
* [Stop, zeg sorry, en vraag hoe het met haar winkel gaat # act: repair # tip2 +1 # tip4 +1 # tip5 +1 # trust: sofie +1 # why: Merken dat je aan het verkopen bent, en terugdraaien, kan het uur nog redden.]
    "Sorry. Daarvoor ben ik eigenlijk niet gekomen. Hoe gaat het in de winkel?" # speaker: you
    Ze doet de rits weer open.
    Wil je het beleefde antwoord of het echte? # speaker: sofie # mood: neutral
* [Doe voort: ze zal iemand respecteren die weet wat die wil # act: pitch # tip1 -2 # tip5 -2 # trust: sofie -1 # why: Zelfvertrouwen kan een verkoop binnenhalen, en hier lukt dat ook; ze kwam voor een gesprek, en jij geeft haar een pitch.]
    "Kijk, deze deed ik voor een fietsenwinkel in Lier. Die ga je goed vinden." # speaker: you
    Schoon. De belettering op het raam van mijn oude winkel bladdert af, trouwens. Stuur me maar een prijs. # speaker: sofie # mood: neutral
    Ze kijkt naar de deur. Vanaf nu krijg je van alles de korte versie.
    ~ guarded = true
    ~ shop_quote = true
    ~ sales += 1
- -> her_story

=== her_story ===
{ mem_contact_name != "":
    Je vertelt haar wat je onthouden hebt van het ontbijt: {need_words(mem_contact_need)}.
    "Ben je nog altijd aan het zoeken?" # speaker: you
    Ze kijkt je aan.
    Dat heb je onthouden. # speaker: sofie # mood: pleased
    Nog altijd aan het zoeken. En het is erger geworden. # speaker: sofie # mood: uneasy
- else:
    Het atelier. Bakfietsen. In de lente begonnen, en het loopt goed. Te goed. # speaker: sofie # mood: neutral
}
{ guarded:
    Luc, mijn mecanicien, is met pensioen. Ik heb iemand nodig. Dat is het eigenlijk. # speaker: sofie # mood: neutral # discuss: Ze heeft je haar probleem verteld. Vraag je verder, geef je raad, of vertel je iets van jezelf?
- else:
    Gezinnen, een bakker die levert, twee koeriers. Ze vallen allemaal tegelijk stil, en ze moeten allemaal morgen hun fiets terug hebben. # speaker: sofie # mood: uneasy
    Mijn mecanicien, Luc, is in maart met pensioen gegaan. Sindsdien sta ik zelf om elf uur 's avonds kettingen te leggen. Ik heb een ervaren mecanicien nodig. Ik hou dit niet vol. # speaker: sofie # mood: uneasy # discuss: Ze heeft je haar probleem verteld. Vraag je verder, geef je raad, of vertel je iets van jezelf?
}
* [Vraag wat ze al geprobeerd heeft, en wat er misliep # act: follow-thread # tip2 +1 # tip4 +2 # trust: sofie +1 # why: Weten wat al mislukte, vertelt je welke hulp echt zou helpen.]
    "Wat heb je al geprobeerd? En wat liep er mis?" # speaker: you
    Een vacature: elf reacties, twee hadden ooit een bakfiets vastgehad. Een interimkantoor stuurde me een student. # speaker: sofie # mood: annoyed
    En wat niemand snapt: hij moet met klanten praten. Luc kon een kapotte naafversnelling uitleggen zonder dat iemand zich dom voelde. # speaker: sofie # mood: interested
* [Zeg haar wat jij zou doen: je hebt zoiets al eens opgelost # act: advise # tip1 +1 # tip2 -1 # tip4 -1 # why: Rechtstreekse hulp, van zelfstandige tot zelfstandige, zonder iets te verkopen; te snel oplossen betekent ook dat je mist wat ze echt nodig heeft.]
    { thought_of_koen:
        "Ik weet precies wie jij nodig hebt." # speaker: you
    - else:
        "Zet die vacature op de jobsite van de federatie. Dat werkt altijd." # speaker: you
    }
    Wacht. Laat me uitspreken. Het gaat niet alleen om fietsen maken. # speaker: sofie # mood: annoyed
    Hij moet met klanten praten. Luc kon een kapotte naafversnelling uitleggen zonder dat iemand zich dom voelde. # speaker: sofie # mood: neutral
* [Vertel hoe jij vorig jaar je eigen plaatser vond, zodat ze weet dat ze niet alleen is # act: self-disclose # tip2 +1 # tip4 -1 # why: Het toont haar dat iemand het al heeft meegemaakt; het maakt van haar probleem ook jouw verhaal.]
    "Ik ken dat. Vorig jaar heb ik vier maanden gezocht naar een plaatser." # speaker: you
    Je vertelt over de advertenties, de gesprekken, die ene die niet kwam opdagen. Ze kijkt naar de klok boven de toog.
- Ruben komt langs met een glas water voor elk van jullie. Sofie drinkt een grote slok.
Genoeg over mij. Wat is nu het moeilijkste in jouw zaak? # speaker: sofie # mood: interested # discuss: Ze draait de vraag naar jou. Hoeveel van het uur neem je?
* [Antwoord kort en eerlijk, en breng het dan terug naar haar atelier # act: follow-thread # tip2 +1 # tip4 +1 # tip5 +1 # why: Een kort, eerlijk antwoord bouwt vertrouwen, en het uur blijft over haar gaan.]
    "Eerlijk? Nee zeggen tegen werk dat ik niet graag doe. Maar ik wil meer horen over die mecanicien." # speaker: you
    Ze glimlacht.
    Da's eerlijk. Vraag maar. # speaker: sofie # mood: pleased
* [Ze vroeg het: vertel het eerlijk, de camionette, de klus die vertraging heeft, de plotter # act: self-disclose # tip1 +1 # tip2 +1 # tip4 -2 # why: Ze vroeg het, en een eerlijk antwoord maakt je een mens voor haar; tien minuten daarvan vreten het uur op dat je haar kwam geven.]
    Ze vroeg het. Dus je vertelt: de camionette, de klus in Antwerpen die vertraging heeft, de plotter die meer kostte dan je auto.
    Twaalf minuten later merk je dat zij nog geen woord gezegd heeft.
* [Zeg dat het klanten vinden is, en vraag of ze er kent # act: ask-referral # tip1 -1 # tip4 -1 # why: Eerlijk, en misschien kent ze wel iemand; het maakt van haar vriendelijke vraag ook een vraag om leads.]
    "Klanten vinden. Jij kent er toevallig geen?" # speaker: you
    Ik zal erover nadenken. # speaker: sofie # mood: neutral
    ~ asked_for_leads = true
    ~ sales += 1
- -> the_offer

=== the_offer ===
{ thought_of_koen:
    De post-it met Koens naam zit in je zak. Bakfietsen, twintig jaar ervaring, en geduld met mensen. Hij past beter dan je dacht.
- else:
    Ergens in het voorbije halfuur is er een naam bovengekomen. Koen Dewulf, van je wielerclub op zondag: twintig jaar bij een fietsendealer in Leuven. Vorige maand zei hij dat hij graag dichter bij huis zou werken.
}
Je kunt niet beloven dat Koen het ziet zitten. Maar je kunt het vragen. # discuss: Je kent één iemand die zou kunnen passen. Wat beloof je haar precies?
* [Bied aan om vanavond Koen te polsen en hen tegen vrijdag voor te stellen als hij het ziet zitten # act: promise # tip4 +1 # tip5 +2 # trust: sofie +1 # why: Een concrete introductie met een datum, eerst afgetoetst bij beide kanten, is een belofte die je kunt houden.]
    "Ik ken iemand die zou kunnen passen. Koen. Ik bel hem vanavond, en als hij het ziet zitten, breng ik jullie tegen vrijdag samen." # speaker: you
    Ze haalt een boekje uit haar fleece en schrijft op: Koen, vrijdag.
    Als hij bakfietsen kent en vriendelijk is tegen mensen, trakteer ik hem zelf op koffie. # speaker: sofie # mood: pleased
    ~ promise = "koen"
* [Zeg dat je eens rondvraagt: je kent veel mensen, en iemand kent wel iemand # act: promise # tip4 +1 # tip5 -1 # why: Het klinkt behulpzaam en houdt alles open; het kost niets, en daarom komt er meestal ook niets van.]
    "Ik zal eens rondvragen. Ik ken veel mensen." # speaker: you
    Merci. Dat zegt iedereen. # speaker: sofie # mood: neutral
    ~ promise = "vague"
* [Beloof haar tegen maandag drie goede kandidaten: ze heeft snel iemand nodig # act: promise # tip4 +2 # tip5 -2 # trust: sofie -1 # why: Het past bij hoe dringend haar probleem is; maar je kent één iemand, geen drie, en een belofte die je niet houdt, kost vertrouwen.]
    "Laat dat maar aan mij over. Tegen maandag heb je drie goede kandidaten." # speaker: you
    Drie? Tegen maandag? # speaker: sofie # mood: uneasy
    Ze schrijft het niet op.
    ~ promise = "over"
- Sofie drinkt haar cappuccino uit.
Goed. En wat kan ik voor jou doen? En zeg niet niks. # speaker: sofie # mood: interested # discuss: Ze wil per se iets voor je doen. Wat laat je haar doen?
* [Noem één soort mensen die je graag leert kennen: wie binnenkort een winkel opent # act: ask-referral # asked: yes # tip5 +1 # why: Een duidelijke, kleine vraag laat geven en krijgen in twee richtingen werken, zonder verkooppraat.]
    { wish_list:
        Je laat het systeemkaartje in je zak en houdt het bij één ding.
    }
    "Als je ooit iemand tegenkomt die een winkel gaat openen, ik zou graag eens met die persoon koffie drinken. Meer niet." # speaker: you
    De theewinkel op de IJzerenleen gaat in juni open. Ik zal haar over jou vertellen. # speaker: sofie # mood: pleased
    ~ told_wish = true
* [Laat haar iets doen: het nieuwe atelier kan een degelijk uithangbord gebruiken, aan vriendenprijs # act: pitch # tip1 -2 # tip5 -2 # trust: sofie -1 # why: Ze wil iets terugdoen, en een vriendenprijs is gul; haar goodwill verzilveren als bestelling maakt van de gunst een verkoop.]
    "Tja. Het nieuwe atelier kan wel een degelijk uithangbord gebruiken. Aan vriendenprijs." # speaker: you
    Het bord blijft. Mijn schoonbroer heeft het geschilderd. # speaker: sofie # mood: annoyed
    ~ sales += 1
* [Wuif het weg: niks, echt, je helpt graag # act: decline # tip1 +1 # tip5 -1 # why: Bescheiden, en het verkoopt niets; elke wederdienst weigeren maakt van de relatie ook eenrichtingsverkeer.]
    "Niks, echt. Ik help graag." # speaker: you
    Dan sta ik bij jou in het krijt. Daar hou ik niet van. # speaker: sofie # mood: uneasy
- Ruben ruimt de tassen af.
Nog een rondje, of hebben jullie de wereld al verbeterd? # speaker: ruben # mood: pleased # discuss: Het uur is bijna om. Wat moet ze ervan mee naar huis nemen?
* [Betaal voor jullie twee, en stel voor om na de zomer opnieuw af te spreken # act: invite # tip5 +1 # trust: sofie +1 # why: Een volgende koffie, zonder agenda: zo wordt een contact een relatie.]
    "Ik trakteer. En laten we dit na de zomer nog eens doen." # speaker: you
    { promise == "koen":
        Afgesproken. Dan kun je me vertellen of Koen iets waard was. # speaker: sofie # mood: pleased
    - else:
        Afgesproken. Na de zomer. # speaker: sofie # mood: pleased
    }
* [Splits de rekening, en geef haar je brochure om door te geven aan wie erom vraagt # act: pitch # tip1 -1 # tip5 -1 # why: Een brochure geef je makkelijk door, en handelaars praten met handelaars; het is ook het laatste wat ze van dat uur mee naar huis neemt: een verkoopfolder.]
    Jullie splitsen de rekening. Aan de deur geef je haar je brochure. Voor wie erom vraagt.
    Ze plooit ze dubbel en steekt ze in haar helm.
    Merci. Allez, ik ben weg. # speaker: sofie # mood: neutral
    ~ sales += 1
* [Betaal, en zet je belofte in je agenda terwijl ze toekijkt # act: keep-notes # tip3 +1 # why: De belofte opschrijven, waar zij bij is, maakt ze echt voor jullie allebei.]
    Je betaalt, haalt je gsm boven en zet het in je agenda, daar aan tafel.
    Ze kijkt hoe je het doet, en schrijft dan zelf iets in haar boekje.
- -> evening

=== evening ===
Half acht 's avonds, je atelier. De plotter is stil. # scene: office
{ mem_promised_intro != "":
    Op je takenlijst, boven Sofie: de introductie die je op de receptie aan {mem_promised_intro} beloofde. Twee beloftes nu. Daar dient die lijst voor.
}
{ promise == "koen":
    -> koen_intro
- else:
    -> one_name
}

= koen_intro
Je belt Koen. Hij luistert, stelt drie vragen over bakfietsen, en zegt: stuur me haar gegevens maar. # sound: phone-ring
Nu de mail. # discuss: Koen zei ja. Wat zet je in de introductie, en wanneer vertrekt ze?
* [Schrijf Sofie en Koen één korte mail: wie, waarom, en dan een stap terug # act: keep-promise # tip1 +1 # tip3 +2 # why: Een zuivere introductie die niets voor jezelf vraagt, is opvolging op haar best.]
    Sofie, dit is Koen. Koen, dit is Sofie. Drie regels over het waarom, allebei jullie gsm-nummers, en: ik laat jullie verder doen.
    ~ intro = "clean"
* [Schrijf de introductie, met voor Sofie één zinnetje over een atelierbord aan vriendenprijs # act: follow-up-with-pitch # tip1 -2 # tip3 -2 # trust: sofie -1 # why: Het is één zinnetje in een gulle mail, en de vriendenprijs is echt; je eigen aanbod in een introductie steken, laat de gunst wel op lokaas lijken.]
    De introductie, en dan een laatste alinea: PS Sofie, voor het nieuwe atelier kan ik je een goede prijs geven op een uithangbord.
    ~ intro = "pitch"
* [Schrijf ze in het weekend, als je er de tijd voor kunt nemen # act: break-promise # tip3 -1 # tip5 -1 # why: Een rustige mail leest misschien beter; maar je zei vrijdag, en zij legt nog altijd 's avonds laat kettingen.]
    Je klapt de laptop dicht. Zaterdag. Zaterdag is er meer rust.
    ~ intro = "late"
- -> ending

= one_name
{ promise == "vague":
    Je beloofde rond te vragen. Je kent precies één iemand die past: Koen.
- else:
    Je beloofde drie kandidaten tegen maandag. Je kent er precies één: Koen.
}
Het is aan jou. # discuss: Je beloofde meer dan je hebt. Wat stuur je haar?
* [Bel Koen, en zeg Sofie eerlijk dat je één naam hebt, niet meer # act: keep-promise # tip3 +2 # tip5 +1 # trust: sofie +1 # why: De geest van een belofte houden, en eerlijk zijn over hoe groot ze is, bouwt toch vertrouwen.]
    Je belt Koen; hij is geïnteresseerd. Dan schrijf je Sofie: ik heb één naam, geen drie. Maar het is een goeie. # sound: phone-ring
    ~ intro = "clean"
* [Stuur Sofie een vriendelijk berichtje, met meer over wat je doet en je prijslijst # act: follow-up-with-pitch # tip1 -2 # tip3 -2 # trust: sofie -1 # why: Opvolgen houdt je in haar gedachten; opvolgen om te verkopen is het enige wat opvolging nooit mag zijn.]
    Leuk je te leren kennen! Zoals beloofd wat meer over wat ik doe. De prijslijst zit in bijlage.
    ~ intro = "pitch"
* [Laat het voorlopig rusten: als ze nog iemand zoekt, heeft ze je nummer # act: break-promise # tip3 -1 # why: Haar niet achternazitten voelt als het tegendeel van verkopen; maar je hebt iets beloofd, en een belofte die blijft liggen, is wat ze van je zal onthouden.]
    Je laat het rusten. Ze weet je te vinden.
- -> ending

=== ending ===
{ shop_quote:
    Sofie bestelt de nieuwe belettering voor het raam van haar oude winkel: een klein werk, op tijd betaald. Ze vertelt niemand over jou.
}
{
    - intro == "pitch":
        -> strings_attached
    - sales >= 2:
        -> sales_coffee
    - intro == "clean":
        -> givers_gain
    - else:
        -> loose_ends
}

= givers_gain
Vijf weken later een bericht van Sofie, met een foto: Koen in het atelier, die een naafversnelling uitlegt aan een papa met twee kinderen voor in een bakfiets. Drie dagen per week. # sound: message
{ asked_first:
    Onder de foto: Jij vroeg hoe je kon helpen. Merci.
}
{
    - told_wish:
        En de maandag erna belt de theewinkel van de IJzerenleen: Sofie zei dat ze voor hun etalage bij jou moesten zijn. # sound: phone-ring
    - asked_for_leads:
        En de maandag erna belt de theewinkel van de IJzerenleen. Niet omdat je Sofie bij de speculoosjes om leads vroeg; om Koen. # sound: phone-ring
    - else:
        En de maandag erna belt de theewinkel van de IJzerenleen. Je hebt Sofie nooit iets gevraagd; ze gaf hun je nummer toch. # sound: phone-ring
}
Je ging om te helpen, niet om te verkopen. Het werk kwam toch, langs de lange weg. # ending: givers-gain # mood: pleased
-> END

= strings_attached
{ promise == "koen":
    Koen en Sofie zien elkaar de week erna. Sofie antwoordt Koen hartelijk. Jou antwoordt ze met één regel: Merci. Geen bord nodig.
- else:
    Sofie antwoordt niet. De prijslijst is de opvolging die ze onthoudt.
}
Op het volgende ontbijt is ze vriendelijk, en voorzichtig, zoals mensen zijn met iemand die misschien iets wil verkopen.
{ promise == "koen":
    De hulp was echt. Maar ze onthield vooral het PS. # ending: strings-attached # mood: neutral
- else:
    Ze had een mecanicien nodig. Ze kreeg een prijslijst. # ending: strings-attached # mood: neutral
}
-> END

= sales_coffee
{ intro == "clean":
    Koen neemt contact op met Sofie, en misschien wordt het wel iets. Maar als Hilde aan Sofie vraagt hoe de koffie was, zegt ze: goed, een beetje een verkoopgesprek.
- else:
    Sofie laat niets meer van zich horen. Als Hilde haar vraagt hoe de koffie was, zegt ze: goed, een beetje een verkoopgesprek.
}
Volgende maand koppelt Hilde je aan iemand anders. Je had een uur met een handelaarster die hulp nodig had, en je hebt het gebruikt om te verkopen. # ending: sales-coffee # mood: uneasy
-> END

= loose_ends
{ intro == "late":
    Zaterdag schrijf je de introductie. Sofie antwoordt maandag: vrijdag heeft ze een mecanicien van het interimkantoor aangenomen. Geen probleem, schrijft ze. Koen zegt dat het niet erg is. Hij klinkt teleurgesteld.
    Een uur, een cappuccino, een belofte met een dag erop. Je hield ze een dag te laat, en net die dag telde. # ending: loose-ends # mood: neutral
- else:
    De weken gaan voorbij. Sofies kaartje ligt op je bureau onder een rol vinyl.
    Op het volgende ontbijt knikt ze je toe van aan de andere kant van de zaal, vriendelijk genoeg. Iemand anders heeft een mecanicien voor haar gevonden.
    Een uur, een cappuccino, een belofte. Er kwam niets van, omdat er niets werd opgevolgd. # ending: loose-ends # mood: neutral
}
-> END

// mem_contact_need is een sleutel uit beyond-the-pitch ("mechanic"), nooit tekst, zodat wie dat scenario in
// een andere taal speelde haar nood hier toch in het Nederlands leest. Een onbekende sleutel geeft een algemene zin.
=== function need_words(need) ===
{ need:
- "mechanic":
    ~ return "een ervaren mecanicien voor haar bakfietsenatelier"
- else:
    ~ return "een extra paar handen voor haar bakfietsenatelier"
}

# title: De kennismaking
# summary: Twee mensen die je op de receptie leerde kennen, moeten elkaar ontmoeten, en jij kent ze allebei. Schrijf de kennismakingsmail, en weersta de verleiding om je eigen aanbod erin te smokkelen, hoe efficiënt het ook voelt.
# main: tip3
# cast: johan \| Johan Goossens \| leidt het familiebouwbedrijf; al twintig jaar lid van de club, neemt zijn tijd
# cast: els \| Els Wouters \| architecte, drie maanden zelfstandig; droog, scherp, allergisch aan pitches
# cast: kurt \| Kurt Mertens \| verkoopt elektrische bedrijfswagens in leasing; warm, luid, overtuigd van zijn methode
# cast: bart-claeys \| Bart Claeys \| je salesmanager; joviaal, gul, en zich zeer bewust van de targets
# ending: sales-channel \| Een introductie als verkoopkanaal
# ending: mixed-motives \| Met een dubbele agenda
# ending: good-intro \| Een goede introductie
# ending: trusted-connector \| Iemand op wie ze rekenen

// Geheugen uit hard-seller: wie je aan Johan zou voorstellen ("" als niemand), en of je Kurt ontmoette.
VAR mem_promised_intro = ""
VAR mem_met_hard_seller = false

// Hoe Johan en Els je hierna zien: zetten die hen helpen, en zetten die hen iets verkopen.
VAR goodwill = 0
VAR sold = 0

// Wat er onderweg gebeurde, voor zinnen die erop volgen.
VAR checked_first = false
VAR ps_johan = false
VAR ps_els = false
VAR kurt_lead = false
VAR kurt_talk = false

-> opening

=== opening ===
Dinsdagochtend, een week na de lentereceptie van de ondernemersclub in Mechelen. Je bureau op het sociaal secretariaat. # scene: office
{ mem_promised_intro != "":
    Vorige donderdag beloofde je Johan Goossens op de receptie dat je hem aan {mem_promised_intro} zou voorstellen.
    Johan heeft een kleine schooluitbreiding in Bonheiden waar de grote bureaus niet aan willen beginnen. Els is architecte, sinds maart zelfstandig, en zoekt aannemers die een klein werk serieus nemen.
    Je zei Johan dat je hen deze week allebei zou mailen. Hij schreef er zijn gsm-nummer voor op de achterkant van zijn kaartje. Het kaartje staat tegen je scherm.
- else:
    { mem_met_hard_seller:
        In je mailbox zit een mail van Johan Goossens, verstuurd om 6.12 uur vanochtend.
        "Op de receptie was er sprake van een architecte, Els Wouters, voor mijn schoolproject in Bonheiden. Kurt zou haar gaan zoeken. Niemand heeft ons in contact gebracht. U hebt haar toch ook gesproken? Johan."
        Je hebt donderdag niets beloofd. Maar Johan heeft gelijk: die twee moeten elkaar leren kennen, en jij kent ze allebei.
    - else:
        Je hebt vorige week op de receptie niets beloofd. Maar twee gesprekken van die avond blijven door je hoofd spelen.
        Johan Goossens, aannemer, heeft een kleine schooluitbreiding in Bonheiden waar de grote bureaus niet aan willen beginnen. Els Wouters is architecte, sinds maart zelfstandig, en zoekt aannemers die een klein werk serieus nemen.
        Die twee moeten elkaar ontmoeten. Jij bent de enige die ze allebei kent.
    }
}
Bart leunt over het scheidingswandje en leest je scherm ondersteboven. # sound: door
Goossens? Bouwbedrijf Goossens? Veertig man, en al sinds de tijd van zijn vader bij hetzelfde sociaal secretariaat. # speaker: bart-claeys # mood: interested
En die architecte heeft twee man personeel en verzuipt in de formulieren, zei je. Je mailt ze toch allebei. Zet er een zinnetje over ons bij. Gewoon efficiënt. # speaker: bart-claeys # mood: pleased
* ["Het is een kennismaking, Bart. Niets van ons komt erin." # tip3 +1 # tip1 +1 # why: Een kennismaking is een gunst aan twee mensen; je eigen aanbod eruit houden is net wat er een gunst van maakt.]
    "Het is een kennismaking, Bart. Niets van ons komt erin." # speaker: you
    Bart steekt allebei zijn handen op. "Jouw mail. Jouw geweten."
* [Goed dan: één kort zinnetje onderaan, niets opdringerigs # tip3 -1 # why: Eén zinnetje lijkt onschuldig, maar het maakt van een gunst een verkoopmail, en zo lezen ze het allebei.]
    "Eén zinnetje. Helemaal onderaan. Niets opdringerigs." # speaker: you
    Meer vraag ik niet. # speaker: bart-claeys # mood: pleased
* [Hou de mail zuiver, en bel Johan volgende maand over zijn lonen # tip3 +1 # tip5 -1 # why: De mail blijft zuiver, maar je plant al om de gunst te verzilveren, en hij legt het verband wel.]
    "Ik hou de mail zuiver. Volgende maand bel ik Johan eens over zijn loonadministratie." # speaker: you
    Geduldig. Dat mag ik wel. Zet het in de pipeline. # speaker: bart-claeys # mood: pleased
- -> approach

=== approach ===
Bart gaat terug naar zijn bureau. Je opent een nieuwe mail, en stopt.
* [Stuur Els eerst een berichtje: wil ze de kennismaking wel? # tip4 +1 # tip3 +1 # why: Eerst even polsen respecteert haar tijd en laat haar nee zeggen; een goede kennismaking is aan beide kanten welkom.]
    ~ checked_first = true
    ~ goodwill += 1
    Je stuurt Els twee zinnen: een aannemer met een klein schoolproject, zou ze kennis willen maken?
    Binnen tien minuten is haar antwoord er. # sound: message
    "Ja graag! Een aannemer die kleine werken doet? Ik bak een taart voor je. E."
* [Bel eerst Johan, om meer te horen over het schoolproject # tip4 +1 # why: Precies weten wat Johan nodig heeft, maakt de kennismaking nuttig in plaats van vaag.]
    ~ goodwill += 1
    Johan neemt op na twee keer overgaan. Ergens achter hem draait een betonmolen. # sound: phone-ring
    Twee klaslokalen en een overdekte speelplaats. De school wil plannen tegen juni, en ze willen iemand die echt eens naar de kinderen komt kijken. # speaker: johan # mood: interested
    En zeg haar dat ik op tijd betaal. Dat horen architecten graag. # speaker: johan # mood: pleased
* [Schrijf meteen naar allebei: belofte maakt schuld # tip3 +1 # why: Snelheid toont dat je woord houdt, al vraag je dan niet of ze het allebei wel willen.]
    Je wilt niet dat dit naar volgende week schuift. Je begint te typen.
- -> email.about_johan

=== email ===
= about_johan
Aan: Els Wouters, Johan Goossens. Onderwerp: "Els, maak kennis met Johan. Johan, maak kennis met Els."
{ mem_promised_intro != "":
    "Beste Els, beste Johan, vorige week beloofde ik jullie met elkaar in contact te brengen, dus bij deze."
- else:
    "Beste Els, beste Johan, ik denk dat jullie elkaar moeten leren kennen, dus bij deze."
}
Dan een zin over Johan, voor Els.
* [Hij leidt Bouwbedrijf Goossens, derde generatie, en heeft een schoolproject in Bonheiden # tip3 +1 # why: Precies zeggen wie hij is en wat hij zoekt, vertelt Els waarom dit haar tijd waard is.]
    ~ goodwill += 1
    "Johan leidt Bouwbedrijf Goossens, het familiebedrijf, derde generatie. Hij heeft een schooluitbreiding in Bonheiden en zoekt een architect die een klein werk serieus neemt."
* [Hij leidt een bouwbedrijf, veertig man, al sinds zijn vader bij hetzelfde secretariaat # tip3 -2 # tip1 -1 # why: Dat detail staat er voor jou, niet voor Els, en Johan leest het ook en snapt waarom je het schreef.]
    ~ sold += 1
    "Johan leidt Bouwbedrijf Goossens: veertig man, en al sinds de tijd van zijn vader bij hetzelfde sociaal secretariaat, wat veel zegt over zijn trouw."
    Je leest het na. In je hoofd klonk het beter.
* [Hij is gewoon de beste aannemer van Mechelen, daar kun je niet mis mee # tip1 -1 # why: Zo veel lof klinkt als een verkooppraatje namens hem; laat hen elkaar zelf beoordelen.]
    "Johan is gewoon de beste aannemer van Mechelen. Daar kun je niet mis mee."
- -> about_els

= about_els
Dan een zin over Els, voor Johan.
* [Haar twaalf jaar ziekenhuisprojecten, en wat ze nu zoekt # tip3 +1 # why: Haar ervaring en wat ze wil, geven Johan een echte reden om haar te bellen.]
    ~ goodwill += 1
    "Els werkte twaalf jaar aan ziekenhuisprojecten bij een groot Antwerps bureau. Sinds maart is ze zelfstandig, hier in Mechelen, en ze wil werken met aannemers die niet lachen met kleine werken."
* [Ze begint pas, dus ze zal goedkoper zijn dan de grote bureaus # tip5 -1 # why: Haar verkopen op prijs doet haar geen plezier, en laat hun samenwerking beginnen met afdingen.]
    "Els is pas voor zichzelf begonnen, dus ze zal een pak goedkoper zijn dan de grote bureaus."
* [Ze is nieuw in de stad en kan het werk echt goed gebruiken # tip4 -1 # why: Goed bedoeld, maar zo klinkt ze als een liefdadigheidsgeval; zeg wat ze meebrengt, niet wat ze mist.]
    "Els is nieuw in de stad en kan het werk echt goed gebruiken. Het zou haar enorm helpen."
- -> next_step

= next_step
Nu het slot: wat moet er hierna gebeuren?
* [Stel voor dat ze elkaar bellen, en ga zelf uit de weg # tip3 +1 # why: Een goede kennismaking eindigt met die twee in gesprek; jij hoeft niet in het midden te blijven staan.]
    ~ goodwill += 1
    "Vanaf hier laat ik het aan jullie. Johan, het nummer van Els staat hieronder; Els, dat van Johan staat in mijn handtekening."
* [Bied aan om een koffie met jullie drieën te organiseren, bij jou op kantoor # tip4 +1 # tip1 -1 # why: Gul, maar op je eigen terrein kan het als een voorwendsel overkomen, en vragen ze zich af wat er op de agenda staat.]
    "Als het helpt, organiseer ik graag een koffie met ons drieën, bij ons op kantoor."
* [Vraag hen je te laten weten hoe het loopt # tip5 +1 # why: Laten merken dat je benieuwd bent naar de afloop houdt het contact, zonder dat jij in het midden gaat staan.]
    ~ goodwill += 1
    "Ik hoor graag hoe het loopt. Veel succes, allebei."
- -> ps

= ps
Je cursor staat onder je naam. Barts stem, in je hoofd: "Gewoon efficiënt."
* [PS "Johan, mocht u ooit uw loonadministratie herbekijken, dan babbel ik graag." # tip3 -2 # tip1 -1 # why: Het voelt efficiënt, maar zo lijkt de kennismaking het cadeaupapier rond je eigen aanbod.]
    ~ ps_johan = true
    ~ sold += 1
    Je zet het erbij. Eén zinnetje, onder je naam. Wat kan het kwaad.
* [PS "Els, die formulieren waar je over sprak? Die kunnen wij van je overnemen." # tip3 -2 # tip5 -1 # why: Ze vertelde je over die formulieren bij een drankje; ze in een PS gebruiken maakt van haar vertrouwen een verkoopkans.]
    ~ ps_els = true
    ~ sold += 1
    Je zet het erbij. Ze zei toch zelf dat die formulieren haar gek maakten.
* [Geen PS. Lees alles één keer na, en verstuur # tip3 +2 # why: De mail doet één ding, twee mensen verbinden, en net daarom vertrouwen ze je volgende mail ook.]
    ~ goodwill += 1
    Je leest alles één keer na, schrapt één "echt", en verstuurt.
- De mail is weg. # sound: message
-> replies

=== replies ===
Johan antwoordt nog voor de middag.
{ ps_johan:
    "Bedankt voor de kennismaking. Wat de loonadministratie betreft: wij zijn tevreden waar we zitten. J.G."
    Twee regels, ondertekend met zijn initialen.
- else:
    "Perfect. Ik bel haar vanmiddag. Sympathiek van u. Johan."
}
Els antwoordt om vier uur.
{ ps_els:
    "Merci, ik bel Johan. De formulieren: ik laat het je weten. E."
    Over een taart geen woord.
- else:
    "Je bent een schat. Ik bel hem morgen. E."
}
-> kurt_calls

=== kurt_calls ===
Donderdag. Je telefoon gaat: een nummer dat je niet kent. # sound: phone-ring
{ mem_met_hard_seller:
    't Is Kurt! Voltlease! De bitterballen, weet ge nog? # speaker: kurt # mood: pleased
- else:
    Kurt Mertens, Voltlease, elektrische bedrijfswagens. We kennen elkaar nog niet echt, maar Johan Goossens gaf me uw naam. # speaker: kurt # mood: pleased
}
Johan zegt dat gij nu de grote verbinder zijt. Schitterend. Luister: stel mij ook eens voor. # speaker: kurt # mood: interested
Johan rijdt met twaalf bestelwagens op diesel, en uw architecte rijdt met een Volvo die ouder is dan mijn zoon. Twee mailtjes, twee minuten. Ik sta bij u in 't krijt. # speaker: kurt # mood: pleased
Over die bestelwagens heeft hij geen ongelijk. En hij is altijd vriendelijk tegen je geweest.
* [Zeg ja: het zijn twee mailtjes, en Kurt is altijd vriendelijk voor je geweest # tip3 -2 # tip5 -1 # why: Een kennismaking om te verkopen is geen kennismaking; ze verspilt het vertrouwen van Johan en Els aan Kurts pitch.]
    ~ kurt_lead = true
    ~ sold += 1
    "Vooruit dan. Ik stuur ze allebei een berichtje." # speaker: you
    Ge zijt een legende. Maandag liggen de offertes klaar. # speaker: kurt # mood: pleased
    Die avond krijgen Johan en Els elk een mail van jou over elektrische bestelwagens. Johan antwoordt er niet op.
* [Zeg vriendelijk nee, en vraag Kurt wat hij dit kwartaal echt nodig heeft # tip4 +2 # tip1 +1 # why: De verkoopkans weigeren en toch vragen hoe je kunt helpen, bewaart Kurts vertrouwen, en dat van je contacten.]
    ~ kurt_talk = true
    "Ik ga je niet als verkoper voorstellen, Kurt. Ze hebben niet om bestelwagens gevraagd. Maar zeg eens: wat heb jij dit kwartaal echt nodig?" # speaker: you
    Het blijft even stil aan de lijn. Dan een lach, stiller dan anders.
    Eerlijk? Op de club zien ze mij afkomen en moeten ze ineens dringend naar het toilet. Ik zou graag gekend zijn voor iets nuttigs. # speaker: kurt # mood: uneasy
    "Mensen vragen constant hoe laden thuis werkt, en wat het kost. Geef tien minuten uitleg op het clubontbijt. Geen prijzen, gewoon antwoorden. Ik vraag het aan de organisatoren." # speaker: you
    Geen prijzen? # speaker: kurt # mood: uneasy
    Geen prijzen. ... Allez, goed. Ik probeer het. # speaker: kurt # mood: interested
* [Bied aan Johan eerst te vragen of hij iets over bestelwagens wil horen # tip3 +1 # tip5 +1 # why: Eerst vragen, en eerlijk zeggen dat het om een verkoopcontact gaat, is correct en laat Johan vrij om nee te zeggen.]
    "Ik vraag Johan of hij iets over bestelwagens wil horen. Zegt hij nee, dan is het nee." # speaker: you
    Terecht. Terecht! Vraag het hem vriendelijk. # speaker: kurt # mood: pleased
    Je vraagt het. Johan mailt terug: "Nu niet. Maar merci dat u het eerst vroeg."
- -> johan_thanks

=== johan_thanks ===
De dinsdag daarop belt Johan. # sound: phone-ring
{ sold > 1:
    Ze hebben elkaar gezien. Els is gisteren naar de school komen kijken. We doen het samen. # speaker: johan # mood: neutral
- else:
    Ze hebben elkaar gezien! Els is gisteren naar de school komen kijken, en ze is op de kleine stoeltjes bij de kinderen gaan zitten. De directrice is verkocht. We doen het samen. # speaker: johan # mood: pleased
}
Zo. Hoe kan ik u iets terugdoen? # speaker: johan # mood: interested
* [Zeg dat er niets terug hoeft, en vraag hoe het schoolproject loopt # tip5 +2 # why: Een gunst zonder rekening eraan: die onthouden mensen, en ze doen iets terug op hun eigen moment.]
    ~ goodwill += 1
    "Er hoeft niets terug, Johan. Vertelt u eens over die school." # speaker: you
    Dat doet hij, tien minuten lang, en op het einde klinkt hij bijna verrast.
    U bent een vreemd soort verkoper. Dat bedoel ik positief. # speaker: johan # mood: pleased
* [Zeg: kent hij een kleine firma die verzuipt in de loonpapieren, dan maak je graag kennis # tip5 +1 # tip1 +1 # why: Hij vraagt het zelf: dan mag je eerlijk zeggen wat voor jou een goed contact is, en je verkoopt hem niets.]
    ~ goodwill += 1
    "Er hoeft niets terug. Maar als u ooit een kleine firma tegenkomt die verzuipt in de loonformulieren, drink ik graag een koffie met hen." # speaker: you
    Dat kan ik. Ik ken half Mechelen, en de helft daarvan klaagt over precies dat. # speaker: johan # mood: pleased
* [Vraag hem of hij tevreden is over zijn sociaal secretariaat # tip1 -2 # tip3 -1 # why: Het bedankingstelefoontje wordt een verkoopgesprek, en hij onthoudt de kennismaking als de prijs van een pitch.]
    ~ sold += 1
    "Nu u het vraagt: bent u eigenlijk tevreden over uw sociaal secretariaat?" # speaker: you
    Een stilte aan de lijn. Je hoort hem zijn pen neerleggen.
    Al sinds de tijd van mijn vader bij dezelfde mensen. Ik laat het u weten als dat verandert. # speaker: johan # mood: annoyed
- -> coffee_with_els

=== coffee_with_els ===
Drie weken later trakteert Els je op koffie op de Grote Markt, zoals beloofd. # scene: cafe
{ ps_els:
    Ze is vriendelijk, maar ze houdt haar tas op haar schoot.
- else:
    Ze komt binnen met een taartdoos onder de arm en zet die op je stoel voor je kunt gaan zitten.
}
Johan is een pareltje. Hij heeft een uur met me gediscussieerd over een dakgoot, en hij had gelijk. In september beginnen we. # speaker: els # mood: pleased
Ze roert in haar koffie en kijkt dan op.
En, omdat jij er nooit over begint: jij zit toch in de lonen? Mijn secretariaat heeft weer een formulier gestuurd. In wat volgens mij Latijn is. # speaker: els # mood: interested
* [Antwoord kort, en bied aan eens naar haar formulieren te kijken, vrijblijvend # tip4 +1 # tip1 +1 # why: Ze vroeg het, dus antwoorden mag; het kort houden en hulp aanbieden laat haar vrij om te beslissen.]
    ~ goodwill += 1
    "Klopt. Breng dat Latijn eens mee, dan vertaal ik het. Bij wie je ook uitkomt." # speaker: you
    Bij wie ik ook uitkom. Je bent hier echt slecht in. Dat heb ik graag. # speaker: els # mood: pleased
* [Grijp je kans: plan voor maandag een afspraak met Bart # tip1 -1 # tip5 -1 # why: Ze zette de deur op een kier en jij gooide ze wagenwijd open; de bedankkoffie wordt een verkoopgesprek.]
    ~ sold += 1
    "Ik plan je maandag in bij Bart, mijn manager. Hij overloopt alles met je." # speaker: you
    Maandag. Juist. # speaker: els # mood: uneasy
    Ze steekt het formulier terug in haar tas.
* [Wuif het weg: geen zaken tussen vrienden # tip4 -1 # why: Weigeren over je werk te praten als ze ernaar vraagt, is geen bescheidenheid; je houdt hulp achter waar ze om vroeg.]
    "Ach, vandaag geen zaken. Dit is jouw koffie." # speaker: you
    Goed. Dan lijd ik verder in het Latijn. # speaker: els # mood: neutral
- -> lotte

=== lotte ===
Nog één ding. Ik heb je raad nodig. # speaker: els # mood: neutral
Lotte, mijn vroegere collega, verkoopt verlichting voor scholen en kantoren. Ze hoorde over Johan en vroeg of ik haar wil voorstellen. Liefst vandaag nog. # speaker: els # mood: neutral
Moet ik dat doen? # speaker: els # mood: uneasy
* [Alleen als Johan haar wil ontmoeten, en zeg eerlijk wat ze verkoopt # tip3 +1 # tip5 +1 # why: Johan eerst vragen en open zijn over een verkoopcontact, beschermt het vertrouwen dat de kennismaking opbouwde.]
    ~ goodwill += 1
    "Vraag het Johan eerst. En zeg hem gewoon dat ze verlichting verkoopt. Dan kan hij ja of nee zeggen." # speaker: you
    Natuurlijk. Dat is wat jij voor mij deed, hé? Eerst gevraagd. # speaker: els # mood: interested
* [Zeker: Johan koopt, en verlichting past perfect # tip3 -1 # tip1 -1 # why: Je raadt haar aan te doen wat een goede kennismaking vermijdt: haar nieuwe relatie een verkoopkanaal maken.]
    "Zeker. Hij koopt verlichting, zij verkoopt het. Perfecte match." # speaker: you
    Hm. Ik denk er nog over na. # speaker: els # mood: uneasy
* [Stel voor dat Lotte Johan op de club ontmoet, niet via Els # tip1 +1 # tip5 +1 # why: Lotte hem in het openbaar laten ontmoeten, als zichzelf, houdt het eerste project van Els met Johan vrij van een verkoopgunst.]
    "Neem Lotte mee naar de volgende clubavond. Laat haar Johan ontmoeten als zichzelf. Jouw project met hem blijft van jou." # speaker: you
    Slim. En vriendelijker voor iedereen. # speaker: els # mood: pleased
- -> ending

=== ending ===
{
    - sold >= 3:
        -> sales_channel
    - sold >= 2:
        -> mixed_motives
    - sold == 1 && goodwill < 6:
        -> mixed_motives
    - goodwill >= 6:
        -> trusted_connector
    - else:
        -> good_intro
}

= sales_channel
Een maand later stuur je Johan de nieuwsbrief van de club, met een kort persoonlijk woordje.
Zijn antwoord komt binnen de minuut: een automatisch. "Johan Goossens is afwezig."
Hij is niet afwezig. Els vertelt het je, vriendelijk, als jullie elkaar op de club zien: hij heeft zijn assistente gevraagd je mails te klasseren.
De school in Bonheiden wordt gebouwd. Jouw kennismaking zette het in gang, en in Johans hoofd hangt er voor altijd een prijskaartje aan. # ending: sales-channel
-> END

= mixed_motives
De school in Bonheiden wordt gebouwd, en Johan en Els praten al over een tweede project.
Ze denken aan elkaar als ze aan goed werk denken. Als ze aan jou denken, denken ze "die van de lonen", en ze zijn een beetje voorzichtig met wat ze je vertellen.
De kennismaking werkte. Alleen niet voor jou. # ending: mixed-motives
-> END

= trusted_connector
{ kurt_talk:
    Op het herfstontbijt van de club geeft Kurt zijn tien minuten uitleg over thuisladen. Geen prijzen. Achteraf staan er zes mensen aan te schuiven met vragen. Over hun hoofden heen knipoogt hij naar je.
}
In oktober mailt Johan je zelf een kennismaking: een bakker met tweeëntwintig man personeel en een schuif vol loonformulieren. "Ze verwacht uw telefoon. Geen druk. J."
Een week later stuurt Els je haar formulieren. Je hebt er nooit om gevraagd. Ze deed het gewoon.
{ sold == 0:
    Je hebt in dit verhaal niets verkocht.
}
Nu sturen mensen je de mensen die jou nodig hebben. # ending: trusted-connector
-> END

= good_intro
De school in Bonheiden wordt gebouwd. Johan en Els sturen je een foto van de opening: twee klaslokalen, een overdekte speelplaats, een lint.
Jij was het begin ervan. Dat onthouden ze, en vroeg of laat komt het in een of andere vorm bij je terug. # ending: good-intro
-> END

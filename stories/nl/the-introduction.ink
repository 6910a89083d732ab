# title: De kennismaking
# summary: Twee mensen die je op de receptie leerde kennen, moeten elkaar ontmoeten, en jij kent ze allebei. Schrijf de kennismakingsmail, en weersta de verleiding om je eigen aanbod erin te smokkelen, hoe efficiënt het ook voelt.
# main: tip3
# cast: johan \| Johan Goossens \| leidt het familiebouwbedrijf; al twintig jaar lid van de club, neemt zijn tijd
# cast: els \| Els Wouters \| architecte, drie maanden zelfstandig; droog, scherp, allergisch voor pitches
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
VAR agreed_line = false
VAR planned_call = false
VAR checked_first = false
VAR ps_johan = false
VAR ps_els = false
VAR kurt_lead = false
VAR kurt_talk = false
// Verkopen op korte termijn die de harde aanpak oplevert: een loonvergelijking voor Johan, Els klant na een afspraak met Bart.
VAR johan_comparison = false
VAR els_meeting = false

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
En die architecte heeft twee man personeel en verzuipt in de formulieren, zei je. Je mailt ze toch allebei. Zet er een zinnetje over ons bij. Gewoon efficiënt. # speaker: bart-claeys # mood: pleased # discuss: Bart zegt dat één zinnetje over jullie firma gewoon efficiënt is. Heeft hij gelijk, en wat kost dat zinnetje?
* ["Het is een kennismaking, Bart. Niets van ons komt erin." # act: decline # tip1 +1 # tip3 +1 # trust: bart-claeys -1 # why: Een kennismaking is een gunst aan twee mensen; je eigen aanbod eruit houden is net wat er een gunst van maakt, ook al hoort je manager een nee.]
    "Het is een kennismaking, Bart. Niets van ons komt erin." # speaker: you
    Bart steekt allebei zijn handen op. "Jouw mail. Jouw geweten."
* [Goed dan: één kort zinnetje onderaan, zodat ze weten wat je doet # act: follow-up-with-pitch # tip1 -1 # tip3 -1 # trust: bart-claeys +1 # why: Laten weten wat je doet is geen misdaad, en Bart is tevreden; maar één zinnetje maakt van een gunst een verkoopmail, en zo lezen ze het allebei.]
    "Eén zinnetje. Helemaal onderaan. Niets opdringerigs." # speaker: you
    Meer vraag ik niet. # speaker: bart-claeys # mood: pleased
    ~ agreed_line = true
* [Hou de mail zuiver, en bel Johan volgende maand over zijn lonen # act: decline # tip3 +1 # tip5 -1 # trust: bart-claeys +1 # why: De mail blijft zuiver en Bart krijgt zijn lead; maar achter de gunst staat nu al een verkoopgesprek gepland, en Johan legt het verband wel.]
    "Ik hou de mail zuiver. Volgende maand bel ik Johan eens over zijn loonadministratie." # speaker: you
    Geduldig. Dat mag ik wel. Zet het in de pipeline. # speaker: bart-claeys # mood: pleased
    ~ planned_call = true
    ~ sold += 1
- -> approach

=== approach ===
Bart gaat terug naar zijn bureau. Je opent een nieuwe mail, en stopt. # discuss: Voor je schrijft: vraag je het eerst, of breng je ze meteen samen? Wat kost elk van beide?
* [Stuur Els eerst een berichtje: wil ze de kennismaking wel? # act: ask-how-to-help # tip3 +1 # tip4 +1 # trust: els +1 # why: Eerst even polsen respecteert haar tijd en laat haar nee zeggen; een goede kennismaking is aan beide kanten welkom.]
    ~ checked_first = true
    ~ goodwill += 1
    Je stuurt Els twee zinnen: een aannemer met een klein schoolproject, zou ze kennis willen maken?
    Binnen tien minuten is haar antwoord er. # sound: message
    "Ja graag! Een aannemer die kleine werken doet? Ik bak een taart voor je. E."
* [Bel eerst Johan, om meer te horen over het schoolproject # act: open-question # tip2 +1 # tip4 +1 # trust: johan +1 # why: Precies weten wat Johan nodig heeft, maakt de kennismaking nuttig in plaats van vaag.]
    ~ goodwill += 1
    Johan neemt op na twee keer overgaan. Ergens achter hem draait een betonmolen. # sound: phone-ring
    Twee klaslokalen en een overdekte speelplaats. De school wil plannen tegen juni, en ze willen iemand die echt eens naar de kinderen komt kijken. # speaker: johan # mood: interested
    En zeg haar dat ik op tijd betaal. Dat horen architecten graag. # speaker: johan # mood: pleased
* [Schrijf nu meteen naar allebei, voor de week je ontglipt # act: introduce # tip3 +1 # tip5 -1 # why: Snelheid toont dat je deze week doet wat je zegt; geen van beiden kon zeggen of ze het wel willen.]
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
Dan een zin over Johan, voor Els. # discuss: Wat moet Els over Johan weten, en staat er iets in die zin dat er voor jou staat?
* [Hij leidt Bouwbedrijf Goossens, derde generatie, en heeft een schoolproject in Bonheiden # act: introduce # tip3 +1 # trust: johan +1 # why: Precies zeggen wie hij is en wat hij zoekt, vertelt Els waarom dit haar tijd waard is.]
    ~ goodwill += 1
    "Johan leidt Bouwbedrijf Goossens, het familiebedrijf, derde generatie. Hij heeft een schooluitbreiding in Bonheiden en zoekt een architect die een klein werk serieus neemt."
* [Hij leidt een bouwbedrijf, veertig man, al sinds zijn vader trouw aan zijn leveranciers # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # trust: johan -1 # why: Het klinkt als een compliment over zijn trouw; het detail staat er voor jou, niet voor Els, en Johan leest het ook en snapt waarom je het schreef.]
    ~ sold += 1
    "Johan leidt Bouwbedrijf Goossens: veertig man, en al sinds de tijd van zijn vader bij hetzelfde sociaal secretariaat, wat veel zegt over zijn trouw."
    Je leest het na. In je hoofd klonk het beter.
* [Hij is gewoon de beste aannemer van Mechelen, daar kan ze niet mis mee # act: introduce # tip3 +2 # tip5 -1 # why: Hartelijk, en Els voelt je vertrouwen en belt hem sneller; maar zo veel lof klinkt als een verkooppraatje namens hem, en ze moet het toch zelf ondervinden.]
    "Johan is gewoon de beste aannemer van Mechelen. Daar kun je niet mis mee."
- -> about_els

= about_els
Dan een zin over Els, voor Johan. # discuss: Wat moet Johan over Els weten, zodat hij haar om de juiste reden belt?
* [Haar twaalf jaar ziekenhuisprojecten, en wat ze nu zoekt # act: introduce # tip3 +1 # trust: els +1 # why: Haar ervaring en wat ze wil, geven Johan een echte reden om haar te bellen.]
    ~ goodwill += 1
    "Els werkte twaalf jaar aan ziekenhuisprojecten bij een groot Antwerps bureau. Sinds maart is ze zelfstandig, hier in Mechelen, en ze wil werken met aannemers die niet lachen met kleine werken."
* [Ze begint pas, dus haar prijzen zijn vriendelijker dan die van de grote bureaus # act: introduce # tip3 +1 # tip5 -1 # trust: els -1 # why: Een echt argument voor een aannemer, en het kan haar de opdracht opleveren; het laat hun samenwerking ook beginnen met afdingen.]
    "Els is pas voor zichzelf begonnen, dus ze zal een pak goedkoper zijn dan de grote bureaus."
* [Ze is nieuw in de stad, en een eerste opdracht hier zou veel voor haar betekenen # act: introduce # tip3 +1 # tip4 +1 # tip5 -1 # why: Je vraagt Johan haar een kans te geven, en misschien doet hij dat; zo klinkt ze ook als een liefdadigheidsgeval, en daar zal ze je niet voor bedanken.]
    "Els is nieuw in de stad en kan het werk echt goed gebruiken. Het zou haar enorm helpen."
- -> next_step

= next_step
Nu het slot: wat moet er hierna gebeuren? # discuss: De kennismaking staat op papier. Hoeveel van jou moet erin blijven?
* [Stel voor dat ze elkaar bellen, en ga zelf uit de weg # act: introduce # tip3 +1 # why: Een goede kennismaking eindigt met die twee in gesprek; jij hoeft niet in het midden te blijven staan.]
    ~ goodwill += 1
    "Vanaf hier laat ik het aan jullie. Johan, het nummer van Els staat hieronder; Els, dat van Johan staat in mijn handtekening."
* [Bied aan om een koffie met jullie drieën te organiseren, bij jou op kantoor # act: offer-help # tip1 -1 # tip4 +1 # why: Gul, en het maakt de eerste ontmoeting makkelijk; op je eigen terrein kan het ook als een voorwendsel overkomen, en vragen ze zich af wat er op de agenda staat.]
    "Als het helpt, organiseer ik graag een koffie met ons drieën, bij ons op kantoor."
* [Vraag hen je te laten weten hoe het loopt # act: introduce # tip5 +1 # why: Laten merken dat je benieuwd bent naar de afloop houdt het contact, zonder dat jij in het midden gaat staan.]
    ~ goodwill += 1
    "Ik hoor graag hoe het loopt. Veel succes, allebei."
- -> ps

= ps
Je cursor staat onder je naam.
{ agreed_line:
    Je hebt Bart één zinnetje beloofd. Hij gaat het willen zien.
- else:
    Barts stem, in je hoofd: "Gewoon efficiënt."
}
De kennismaking is klaar om te vertrekken. # discuss: Eén zinnetje onder je naam. Wat doet een PS met een kennismaking?
* [PS aan Johan: "mocht u ooit uw loonadministratie herbekijken, ik ben er." Eén zinnetje, geen druk # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # trust: johan -1 # trust: bart-claeys +1 # why: Het voelt efficiënt en eerlijk over wat je doet; zo lijkt de kennismaking wel het cadeaupapier rond je eigen aanbod.]
    ~ ps_johan = true
    ~ sold += 1
    Je zet het erbij. Eén zinnetje, onder je naam. Wat kan het kwaad.
* [PS aan Els: "die formulieren waar je over sprak? Die nemen we graag van je over." # act: follow-up-with-pitch # tip3 -2 # tip5 -1 # trust: els -1 # trust: bart-claeys +1 # why: Het leest als hulp bij een probleem dat ze je vertelde; ze vertelde het bij een drankje, en een PS maakt van haar vertrouwen een verkoopkans.]
    ~ ps_els = true
    ~ sold += 1
    Je zet het erbij. Ze zei toch zelf dat die formulieren haar gek maakten.
* [Geen PS. Lees alles één keer na, en verstuur # act: introduce # tip3 +2 # why: De mail doet één ding, twee mensen verbinden, en net daarom vertrouwen ze je volgende mail ook.]
    ~ goodwill += 1
    Je leest alles één keer na, schrapt één "echt", en verstuurt.
    { agreed_line:
        's Middags vraagt Bart naar het zinnetje. Je zegt dat je het weggelaten hebt. Hij haalt zijn schouders op, en je weet dat hij er bij je evaluatie aan zal denken.
    }
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
    "Merci. Ik bel hem morgen. E."
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
Over die bestelwagens heeft hij geen ongelijk. En hij is altijd vriendelijk tegen je geweest. # discuss: Kurt is vriendelijk voor je geweest en hij heeft gelijk over die bestelwagens. Ben je hem een kennismaking verschuldigd?
* [Zeg ja: het zijn twee mailtjes, die bestelwagens zijn echt, en Kurt is altijd vriendelijk voor je geweest # act: follow-up-with-pitch # tip3 -2 # tip5 -1 # trust: kurt +2 # trust: johan -1 # why: Kurt krijgt zijn kans en verkoopt misschien echt iets; maar een kennismaking om te verkopen verspilt het vertrouwen van Johan en Els aan Kurts pitch.]
    ~ kurt_lead = true
    ~ sold += 1
    "Vooruit dan. Ik stuur ze allebei een berichtje." # speaker: you
    Ge zijt een legende. Maandag liggen de offertes klaar. # speaker: kurt # mood: pleased
    Die avond krijgen Johan en Els elk een mail van jou over elektrische bestelwagens. Johan antwoordt er niet op. Els boekt een testrit.
* [Zeg vriendelijk nee, en vraag Kurt wat hij dit kwartaal echt nodig heeft # act: ask-how-to-help # tip1 +1 # tip4 +2 # trust: kurt +1 # why: De verkoopkans weigeren en toch vragen hoe je kunt helpen, bewaart Kurts vertrouwen, en dat van je contacten.]
    ~ kurt_talk = true
    "Ik ga je niet als verkoper voorstellen, Kurt. Ze hebben niet om bestelwagens gevraagd. Maar zeg eens: wat heb jij dit kwartaal echt nodig?" # speaker: you
    Het blijft even stil aan de lijn. Dan een lach, stiller dan anders.
    Eerlijk? Op de club zien ze mij afkomen en moeten ze ineens dringend naar het toilet. Ik zou graag gekend zijn voor iets nuttigs. # speaker: kurt # mood: uneasy
    "Mensen vragen constant hoe laden thuis werkt, en wat het kost. Geef tien minuten uitleg op het clubontbijt. Geen prijzen, gewoon antwoorden. Ik vraag het aan de organisatoren." # speaker: you
    Geen prijzen? # speaker: kurt # mood: uneasy
    Geen prijzen. ... Allez, goed. Ik probeer het. # speaker: kurt # mood: interested
* [Bied aan Johan eerst te vragen of hij iets over bestelwagens wil horen, en zeg dat het om een verkoper gaat # act: introduce # tip3 +1 # tip5 +1 # trust: johan +1 # why: Eerst vragen, en eerlijk zeggen dat het om een verkoopcontact gaat, is correct en laat Johan vrij om nee te zeggen.]
    "Ik vraag Johan of hij iets over bestelwagens wil horen. Zegt hij nee, dan is het nee." # speaker: you
    Terecht. Terecht! Vraag het hem vriendelijk. # speaker: kurt # mood: pleased
    Je vraagt het. Johan mailt terug: "Nu niet. Merci dat u het eerst aan mij vroeg."
- -> johan_thanks

=== johan_thanks ===
De dinsdag daarop belt Johan. # sound: phone-ring
{ sold > 1:
    Ze hebben elkaar gezien. Els is gisteren naar de school komen kijken. We doen het samen. # speaker: johan # mood: neutral
- else:
    Ze hebben elkaar gezien! Els is gisteren naar de school komen kijken, en ze is op de kleine stoeltjes bij de kinderen gaan zitten. De directrice is verkocht. We doen het samen. # speaker: johan # mood: pleased
}
Zo. Hoe kan ik u iets terugdoen? # speaker: johan # mood: interested # discuss: Johan vraagt hoe hij iets kan terugdoen. Wat antwoord je: niets, een wens, of je aanbod?
* [Zeg dat er niets terug hoeft, en vraag hoe het schoolproject loopt # act: decline # tip2 +1 # tip5 +1 # trust: johan +1 # why: Een gunst zonder rekening eraan: die onthouden mensen; maar zo kan Johan ook niets terugdoen, en mensen doen graag iets terug.]
    ~ goodwill += 1
    "Er hoeft niets terug, Johan. Vertelt u eens over die school." # speaker: you
    Dat doet hij, tien minuten lang: de dakgoot, de kleine stoeltjes, de directrice die een bank wil voor de ouders.
* [Hij vraagt het: zeg dat je graag kennismaakt met een kleine firma die verzuipt in de loonpapieren, als hij er een tegenkomt # act: ask-referral # asked: yes # tip1 +1 # tip5 +2 # trust: johan +1 # why: Hij vraagt het zelf: dan mag je eerlijk zeggen wat voor jou een goed contact is, en je verkoopt hem niets; zo kan hij iets terugdoen.]
    ~ goodwill += 1
    "Er hoeft niets terug. Maar als u ooit een kleine firma tegenkomt die verzuipt in de loonformulieren, drink ik graag een koffie met hen." # speaker: you
    Dat kan ik. Ik ken half Mechelen, en de helft daarvan klaagt over precies dat. # speaker: johan # mood: pleased
* [Nu hij het vraagt: staat hij open voor een loonvergelijking, gewoon om te zien? # act: qualify # tip1 -2 # tip3 -1 # trust: johan -1 # why: Hij bood het zelf aan, en een vergelijking kost hem niets; maar het bedankingstelefoontje wordt een verkoopgesprek, en hij onthoudt de kennismaking als de prijs van een pitch.]
    ~ sold += 1
    ~ johan_comparison = true
    "Nu u het vraagt: staat u open voor een vergelijking van uw loonadministratie? Gewoon om te zien." # speaker: you
    Een stilte aan de lijn. Je hoort hem zijn pen neerleggen.
    Stuur maar. Mijn zoon zal het lezen. # speaker: johan # mood: neutral
- -> coffee_with_els

=== coffee_with_els ===
Drie weken later trakteert Els je op koffie op de Grote Markt. # scene: cafe
{ ps_els:
    Ze is vriendelijk, maar ze houdt haar tas op haar schoot.
- else:
    { checked_first:
        Ze komt binnen met een taartdoos onder de arm en zet die op je stoel voor je kunt gaan zitten.
    - else:
        Ze zit er al, met twee tassen koffie op tafel.
    }
}
Johan is een pareltje. Hij heeft een uur met me gediscussieerd over een dakgoot, en hij had gelijk. In september beginnen we. # speaker: els # mood: pleased
Ze roert in haar koffie en kijkt dan op.
En, omdat jij er nooit over begint: jij zit toch in de lonen? Mijn secretariaat heeft weer een formulier gestuurd. In wat volgens mij Latijn is. # speaker: els # mood: interested # discuss: Els vraagt wat je doet. Verkopen, helpen, of de zaken erbuiten houden?
* [Antwoord kort, en bied aan eens naar haar formulieren te kijken, bij wie ze ook uitkomt # act: offer-help # tip4 +1 # tip5 +1 # trust: els +1 # why: Ze vroeg het, dus antwoorden mag; hulp aanbieden zonder voorwaarden laat haar vrij om te beslissen.]
    ~ goodwill += 1
    "Klopt. Breng dat Latijn eens mee, dan vertaal ik het. Bij wie je ook uitkomt." # speaker: you
    Bij wie ik ook uitkom. Genoteerd. # speaker: els # mood: pleased
    Ze neemt een foto van het formulier en stuurt die je over de tafel heen door.
* [Ze vraagt het zelf: plan haar maandag in bij Bart, die zet alles voor haar op punt # act: pitch # asked: yes # tip1 -1 # tip5 -1 # trust: els -1 # why: Ze vroeg het, en Bart kan het echt voor haar regelen; maar ze stelde een vraag bij een bedankkoffie, en jij antwoordt met een verkoopgesprek.]
    ~ sold += 1
    ~ els_meeting = true
    "Ik plan je maandag in bij Bart, mijn manager. Hij overloopt alles met je." # speaker: you
    Maandag. Juist. # speaker: els # mood: uneasy
    Ze steekt het formulier terug in haar tas.
* [Hou het haar koffie: vandaag geen zaken # act: decline # tip1 +1 # tip4 -1 # why: Zaken buiten een bedankkoffie houden voelt juist; maar ze vroeg om hulp, en jij houdt ze achter.]
    "Ach, vandaag geen zaken. Dit is jouw koffie." # speaker: you
    Goed. Dan lijd ik verder in het Latijn. # speaker: els # mood: neutral
- -> lotte

=== lotte ===
Nog één ding. Ik heb je raad nodig. # speaker: els # mood: neutral
Lotte, mijn vroegere collega, verkoopt verlichting voor scholen en kantoren. Ze hoorde over Johan en vroeg of ik haar wil voorstellen. Liefst vandaag nog. # speaker: els # mood: neutral
Moet ik dat doen? # speaker: els # mood: uneasy # discuss: Els wil een verkoopster van verlichting aan Johan voorstellen. Wat raad je haar aan, en waarom?
* [Alleen als Johan haar wil ontmoeten, en zeg eerlijk wat ze verkoopt # act: advise # tip4 +1 # tip5 +1 # trust: els +1 # why: Johan eerst vragen en open zijn over een verkoopcontact, beschermt het vertrouwen dat de kennismaking opbouwde.]
    ~ goodwill += 1
    "Vraag het Johan eerst. En zeg hem gewoon dat ze verlichting verkoopt. Dan kan hij ja of nee zeggen." # speaker: you
    { checked_first:
        Dat is wat jij met mij deed, hé? Eerst gevraagd. # speaker: els # mood: interested
    - else:
        Eerst vragen. Goed. # speaker: els # mood: interested
    }
* [Zeker: Johan bouwt een school, en Lotte verlicht scholen # act: advise # tip1 -1 # tip4 +1 # tip5 -1 # why: Het helpt Lotte vandaag, en het past echt; het leert Els ook om haar nieuwe relatie met Johan te gebruiken voor een verkoopgunst.]
    "Zeker. Hij bouwt een school, zij verlicht scholen. Perfecte match." # speaker: you
    Hm. Ik denk er nog over na. # speaker: els # mood: uneasy
* [Stel voor dat Lotte Johan op de club ontmoet, niet via Els # act: advise # tip1 +1 # tip5 +1 # why: Lotte hem in het openbaar laten ontmoeten, als zichzelf, houdt het eerste project van Els met Johan vrij van een verkoopgunst.]
    "Neem Lotte mee naar de volgende clubavond. Laat haar Johan ontmoeten als zichzelf. Jouw project met hem blijft van jou." # speaker: you
    Lotte gaat niet graag wachten. Maar goed. # speaker: els # mood: neutral
- -> ending

=== ending ===
{ planned_call:
    In mei bel je Johan, zoals gepland, over zijn loonadministratie. Hij luistert beleefd en zegt dat hij erover zal nadenken.
}
{ johan_comparison:
    Johans zoon leest je vergelijking. In juni brengt Bouwbedrijf Goossens zijn loonadministratie naar jullie over: veertig man. Bart trakteert de hele verdieping op taart.
}
{ els_meeting:
    Na de afspraak van maandag tekent Els bij jullie. Twee loonbrieven per maand. Bart is tevreden.
}
{ kurt_lead:
    Kurt stuurt je een fles wijn: Els heeft getekend voor een elektrische wagen. Johan heeft hem nooit geantwoord.
}
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
De school in Bonheiden wordt gebouwd. Jouw kennismaking zette het in gang, en in Johans hoofd hangt er voor altijd een prijskaartje aan. # ending: sales-channel # mood: uneasy
-> END

= mixed_motives
De school in Bonheiden wordt gebouwd, en Johan en Els praten al over een tweede project.
Ze denken aan elkaar als ze aan goed werk denken. Als ze aan jou denken, denken ze "die van de lonen", en ze zijn een beetje voorzichtig met wat ze je vertellen.
{ johan_comparison || els_meeting:
    De kennismaking werkte, en ze bracht iets op. Meer mensen zal ze je niet brengen. # ending: mixed-motives # mood: neutral
- else:
    De kennismaking werkte. Alleen niet voor jou. # ending: mixed-motives # mood: neutral
}
-> END

= trusted_connector
{ kurt_talk:
    Op het herfstontbijt van de club geeft Kurt zijn tien minuten uitleg over thuisladen. Geen prijzen. Achteraf staan er zes mensen aan te schuiven met vragen. Over hun hoofden heen knipoogt hij naar je.
}
In oktober stuurt Johan je een bakker door met tweeëntwintig man personeel en een schuif vol loonformulieren. "Ze wil graag kennismaken. Geen haast. J."
{ els_meeting:
    Els is nu klant. Ze stuurt je elke eerste van de maand haar formulieren, met een tekeningetje in de marge.
- else:
    Els brengt haar Latijnse formulieren mee naar de club; je vertaalt ze aan de toog. Ze blijft voorlopig bij haar secretariaat, en vertelt de hele tafel wat je deed.
}
{ sold == 0:
    Je hebt nog niets verkocht. Die bakker kan nog een jaar duren.
}
Nu sturen mensen je de mensen die jou nodig hebben. # ending: trusted-connector # mood: pleased
-> END

= good_intro
De school in Bonheiden wordt gebouwd. Johan en Els sturen je een foto van de opening: twee klaslokalen, een overdekte speelplaats, een lint.
Jij was het begin ervan. Dat onthouden ze, en vroeg of laat komt het in een of andere vorm bij je terug. # ending: good-intro # mood: pleased
-> END

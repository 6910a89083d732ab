# title: Het koude contact, opnieuw warm
# summary: Acht maanden geleden vond je Marleen Peeters de fijnste persoon die je het hele jaar tegenkwam, en sindsdien heb je haar geen woord geschreven. Nu loopt er een campagne om mensen zoals zij te "reactiveren", en heb je iets waar zij echt iets aan heeft. Neem opnieuw contact op zonder te doen alsof, en zonder pitch.
# main: tip5
# cast: marleen \| Marleen Peeters \| runt een familiebakkerij met elf winkels in Limburg; warm, recht voor de raap, allergisch voor verkooppraat
# cast: katrien \| Katrien Wuyts \| directieassistente, twaalf jaar in het huis; efficiënt, droog, ontgaat niets
# cast: bart-claeys \| Bart Claeys \| je salesmanager; joviaal, gul, en zich zeer bewust van de targets
# cast: ingrid \| Ingrid Vos \| runt het secretariaat van het opleidingscentrum voor bakkers in Hasselt, een klant van je; opgewekt, overboekt, bakkerijen tekort
# ending: rekindled \| De draad weer opgepikt
# ending: door-ajar \| Een deur op een kier
# ending: reactivated-lead \| Eén gereactiveerde lead
# ending: still-dormant \| Nog altijd slapend

// Geheugen uit secretary-call (zie docs/authoring.md): of de kaartjes naar Katrien gingen om te bellen,
// of wat Marleen na de receptie van jouw kant kreeg een verkoopzet was, en of je jezelf een herinnering
// zette voor een koffie met haar een maand later (een belofte die dit verhaal onafgemaakt terugvindt).
VAR mem_cards_to_assistant = false
VAR mem_marleen_pitched = false
VAR mem_marleen_coffee = false

// De eigen toestand van dit scenario, dezelfde als in stories/en/the-cold-contact.ink.
// template: wat de slapende lijst vanochtend kreeg: "link" (die van marketing, met de boekingslink van
// Jens), "soft" (dezelfde, zonder link, met één persoonlijke zin elk) of "" (niets).
// Register: Katrien, Bart, Ingrid en Marleen zeggen "je" tegen jou; Marleen en Ingrid ook wel "ge".
VAR template = ""
VAR promised_ingrid = false
VAR gave_number = false
// Je stelde de mail uit tot januari, na de deadline van Ingrid.
VAR waited = false
// Waar de mail voor dient: "offer" (de leerlingen van Ingrid, als ze wil), "copy" (Ingrid al in kopie),
// "question" (hoe gaat het met haar) of "package" (het nieuws van je firma).
VAR point = ""
VAR favour = false
// Hoe Marleen je leest, van -1 tot 3 (warm() houdt het daar); haar antwoord volgt eruit. pushed telt
// de verkoopzetten die ze ziet, tot 2 (twee is al te veel). Beide bewust klein: de verhaalcontrole
// verkent elke toestand, en een teller met een groot bereik vermenigvuldigt die voor niets.
VAR warmth = 0
VAR pushed = 0
// Haar antwoord: "warm", "cool" of "none".
VAR reply = ""
VAR intro_done = false
VAR jens_calls = false
VAR gave_up = false
VAR jan_ok = false
VAR oversold = false

-> monday

=== function warm(d) ===
~ warmth = MAX(-1, MIN(3, warmth + d))

=== function push() ===
~ pushed = MIN(2, pushed + 1)

=== monday ===
Maandag, twintig voor negen. De derde verdieping van het sociaal secretariaat, waar jij de grotere klanten opvolgt. Je jas is nog aan als het chatvenster opengaat. # scene: office
Q4-REACTIVATIE! Iedereen haalt zijn slapende contacten uit de CRM (zes maanden geen contact) en maakt ze wakker voor Kerstmis. Marketing heeft de mail geschreven. Doel: tien afspraken voor Jens tegen de 20e. Allez, hop! B. # speaker: bart-claeys # mood: pleased # via: message
Katrien klopt op de open deur, met een afdruk in haar hand. Ze klopt altijd op de open deur. # sound: door
Je slapende lijst. Eenenveertig namen. # speaker: katrien # mood: neutral
Het sjabloon begint met "Dag \{voornaam\}, ik moest net aan je denken!" en eindigt met een link om een kwartier bij Jens te boeken. Ik kan ze alle eenenveertig versturen voor mijn koffie koud is. # speaker: katrien # mood: neutral
{ mem_cards_to_assistant:
    Zoals de kaartjes na de receptie bij Voka, in maart. Deze keer wordt er tenminste niemand gebeld. # speaker: katrien # mood: neutral
}
Je loopt de lijst af met je vinger. De helft van de namen kun je niet meer plaatsen. Een man van een tegelzetterij die een offerte wou en er nooit op antwoordde. Een vrouw van de provincie. En vierde van boven: Marleen Peeters, Bakkerij Peeters, Hasselt. Laatste contact: april. # discuss: Eenenveertig mensen die al maanden niets van je gehoord hebben. Wat moeten ze vanochtend van je krijgen?
* [Laat Katrien het versturen: eenenveertig vriendelijke groeten zijn beter dan eenenveertig stiltes # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: bart-claeys +1 # why: Sommigen zullen antwoorden, en Bart krijgt zijn cijfers; maar niemand moest "net" aan eenenveertig mensen tegelijk denken, en de boekingslink zegt waar die groet voor diende.]
    ~ template = "link"
    ~ push()
    ~ warm(-1)
    "Verstuur maar." # speaker: you
    Eenenveertig. Tegen tien uur is het gedaan. # speaker: katrien # mood: neutral
* [Verstuur het zonder de link van Jens, met één persoonlijke zin voor elk # act: follow-up # effort: token # tip1 +1 # tip2 -1 # tip3 +1 # trust: katrien -1 # why: Vriendelijker dan de campagne, en een persoonlijke zin is iets; maar eenenveertig persoonlijke zinnen voor de koffie zijn eenenveertig gokjes, en de rest van de mail is nog altijd van niemand.]
    ~ template = "soft"
    Je zit een uur op eenenveertig openingszinnen. Voor twaalf ervan schrijf je "Ik hoop dat het jaar je goed gezind was", omdat je je niets anders herinnert.
    Katrien neemt de lijst zonder een woord terug, wat bij Katrien ook een woord is. # mood: katrien uneasy
* [Geen sjabloon: loop de lijst zelf door, en schrijf alleen waar je een echte reden hebt # act: keep-notes # tip1 -1 # tip3 +1 # tip5 +2 # trust: bart-claeys -1 # why: Herlezen wie iemand is, en wat je die persoon nog schuldig bent, is waar een eerlijke herstart begint; eenenveertig worden er vier, en Bart rekende op eenenveertig.]
    "Laat maar bij mij. Ik loop ze zelf door, naam per naam." # speaker: you
    Bart gaat ernaar vragen. # speaker: katrien # mood: uneasy
    "Dan zeg ik het hem." # speaker: you
* [Zeg Katrien dat ze het mag laten: je schrijft mensen als je iets te zeggen hebt # act: decline # tip1 +1 # tip3 -1 # tip5 +1 # trust: katrien +1 # trust: bart-claeys -1 # why: Wachten tot je iets te zeggen hebt, is juist; "als ik iets te zeggen heb" is ook hoe eenenveertig mensen nog een jaar blijven slapen.]
    "Laat maar, Katrien. Ik schrijf wel als ik iets te zeggen heb." # speaker: you
    Katrien plooit de lijst dubbel en legt ze toch op je toetsenbord. # mood: katrien neutral
- -> marleen

=== marleen ===
Marleen Peeters. # leave: katrien
De receptie bij Voka in maart: veertig minuten over haar vader, die begon met één oven; over haar zoon die roeit; over broodzakken die maar niet willen composteren. Ze noemde haar sociaal secretariaat "in orde, denk ik", en je vond haar te sympathiek om erop te springen.
{ mem_marleen_pitched:
    Wat ze de week erna van jouw kant kreeg, ging op de een of andere manier over loonadministratie. Je krimpt nog altijd een beetje ineen als je eraan denkt.
- else:
    Die lente gingen er nog een paar mails heen en weer, warme.
}
{
    - mem_marleen_coffee:
        Je had een herinnering gezet voor april: "Marleen: hoe gaat de overstap? Wat zou helpen?" Ze ging af in de week van de kwartaalreview. Je hebt ze uitgesteld. Nog eens uitgesteld, en op een dag vroeg ze niets meer.
    - mem_marleen_pitched:
        Je was van plan het goed te maken met een koffie. Je hebt het nooit gevraagd.
    - else:
        Haar laatste mail, in april, eindigde met: "Koffie als het wat rustiger wordt?" Je schreef terug: "Absoluut!" Het werd niet rustiger.
}
{ template == "link":
    Om tien over tien komt het campagnerapport: eenenveertig verstuurd. De naam van Marleen staat erop, tussen een tegelzetter en de provincie.
}
{ template == "soft":
    Haar zin in de mail van vanochtend was "Ik hoop dat de broodzakken zich gedragen". Het was een van de betere.
}
Acht maanden. Je kunt niemand bedenken die je het hele jaar sympathieker vond, en je hebt haar geen woord geschreven.
-> lunch

=== lunch ===
Half één. De broodjeszaak aan de overkant. # scene: cafe
Ingrid Vos runt het secretariaat van het opleidingscentrum voor bakkers in Hasselt. Haar centrum is je klant, en deze lunch zou over een fout op een loonbrief gaan.
Die loonbrief is in orde, merci. Nu mijn echte probleem. # speaker: ingrid # mood: interested
Zes leerlingen die in januari beginnen. Duaal leren: drie dagen per week in een bakkerij, twee dagen bij ons. En ik heb vier bakkerijen. Niemand wil een gast van zeventien om vier uur 's morgens. # speaker: ingrid # mood: uneasy
Tegen de vijftiende moet ik ze gekoppeld hebben. Kent gij geen bakker? Een grote, met geduld? # speaker: ingrid # mood: interested
Je kent er precies één. In maart, bij haar tweede glas, zei Marleen: "Niemand wil nog om vier uur opstaan. Ik sta op mijn zeventigste zelf nog aan de oven." # discuss: De enige bakker die je kent, zei acht maanden geleden dat ze geen jonge mensen vindt. Wat zeg je tegen Ingrid?
* [Zeg dat je er misschien één kent, en dat je het haar eerst vraagt # act: promise # tip4 +2 # tip5 +1 # trust: ingrid +1 # why: Hulp waar niets voor jou in zit, en Marleen beslist zelf; het betekent ook dat je iemand moet schrijven die je acht maanden niet geschreven hebt, en dat voor de vijftiende.]
    ~ promised_ingrid = true
    "Misschien ken ik er één. Ik vraag het haar eerst." # speaker: you
    Ge zijt een engel. Voor de vijftiende, hè. # speaker: ingrid # mood: pleased
* [Geef Ingrid het nummer van Marleen: ze kan haar bellen en zeggen dat jij haar stuurt # act: introduce # tip3 +1 # tip4 +1 # tip5 -1 # trust: ingrid +1 # why: Snel, en Ingrid heeft deze maand bakkerijen nodig; Marleen krijgt een telefoontje van een onbekende, met de naam erop van iemand die acht maanden niets van zich liet horen.]
    ~ gave_number = true
    Je leest het nummer voor van je gsm. Ingrid schrijft het op een servetje en trekt er twee strepen onder.
    Ik bel haar morgen. Ik zeg dat gij mij stuurt. # speaker: ingrid # mood: pleased
* [Zeg niets: na acht maanden kun je niet zomaar met iets in haar mailbox opduiken # act: wait # timeout # tip1 +1 # tip3 -1 # tip5 -1 # why: Dat ongemak is echt, en je inhouden voelt als tact; maar dit is geen gunst voor jou, het is iets waarvan zij zei dat ze het nodig heeft, en zo worden acht maanden er negen.]
    "Zo direct niet. Ik zal eens nadenken." # speaker: you
    Ingrid zucht in haar soep. # mood: ingrid uneasy
* [Zeg dat je firma de contracten voor duaal leren doet voor een dozijn bakkerijen: ze mag je aan de hare doorgeven # act: pitch # tip1 -1 # tip4 -1 # tip5 -1 # trust: ingrid -1 # why: Het klopt, en haar bakkerijen gaan op die contracten botsen; ze vroeg je om een bakkerij, en ze kreeg je diensten.]
    ~ push()
    "Een idee: die leercontracten zijn een nachtmerrie, en wij doen ze voor een dozijn bakkerijen. Als jouw bakkerijen hulp nodig hebben..." # speaker: you
    Ik heb bakkerijen nodig, schat. Geen hulp voor de bakkerijen die ik al heb. # speaker: ingrid # mood: neutral
- -> afternoon

=== afternoon ===
Drie uur. Terug aan je bureau staat de naam van Marleen nog altijd op de lijst. # scene: office # leave: ingrid
Bart komt rond het tussenschot, met zijn leesbril op zijn voorhoofd. # sound: door
Marleen Peeters! Elf winkels, negentig man personeel, en ze staat op je slapende lijst. Pak de telefoon, een stem klopt een mail. # speaker: bart-claeys # mood: pleased
En luister: volgende week pitchen we bij de Limburgse bakkersbond, een deal voor hun leden. Een goed woordje van een lid bij hun voorzitter, dat is goud waard. Klein gunstje. Ze zal het niet erg vinden. # speaker: bart-claeys # mood: interested
Hij is weg voor je kunt antwoorden.
Het is de week voor Sinterklaas. Elf bakkerijen vol speculaas, marsepein en chocoladeletters, en Marleen is op sinds vier uur. Ingrid koppelt haar leerlingen tegen de vijftiende. # discuss: Acht maanden stilte, en de drukste weken van haar jaar. Hoe bereik je haar, en wanneer?
* [Een korte mail, vandaag: ze kan hem lezen als de winkels dicht zijn # act: follow-up # timing: late # tip3 +1 # tip5 +1 # why: Iets op papier is makkelijk om op te antwoorden en makkelijk om te laten liggen, en dat is vriendelijk na een lange stilte; het is ook het makkelijkste ter wereld om onbeantwoord te laten.]
    -> writing
* [Bel haar gsm nu: na acht maanden is een stem warmer dan een mail # act: follow-up # timing: late # tip2 +1 # tip3 +1 # tip5 -1 # why: Een stem is warmer en moeilijker verkeerd te lezen; het is ook een telefoontje uit het niets van iemand die acht maanden zweeg, om drie uur 's middags, in de drukste week van een bakker.]
    -> voicemail
* [Rij zaterdagochtend naar haar winkel in Hasselt en zeg persoonlijk goeiendag # act: follow-up # timing: late # tip2 +1 # tip5 -1 # why: Van aangezicht tot aangezicht is de eerlijkste manier om te zeggen "ik heb niks meer laten horen"; zaterdagochtend voor Sinterklaas staat de rij ook tot buiten en heeft ze geen minuut voor jou.]
    -> shop
* [Eerst wat opwarmen: connecteer op LinkedIn en like haar post over de nieuwe winkel in Genk # act: follow-up # effort: token # tip1 +1 # tip2 -1 # tip5 -1 # why: Het voelt minder abrupt dan een mail uit het niets; een like is geen woord, en je verspeelt een week van Ingrids deadline aan niets zeggen.]
    -> linkedin
* [Wacht tot januari, als de drukte voorbij is en ze tijd heeft om te lezen # act: wait # tip3 -1 # tip5 +1 # why: Rekening houden met haar drukste maand is attent; Ingrid koppelt haar leerlingen tegen de vijftiende, en wat je voor Marleen had, is dan weg.]
    ~ waited = true
    -> january

=== voicemail ===
Je belt haar gsm. Hij gaat over: vier, vijf, zes keer. # sound: phone-ring
Met Marleen Peeters, Bakkerij Peeters. Ik sta in de bakkerij. Spreek iets in, of beter: stuur me een mail. # speaker: marleen # mood: neutral # via: phone
De biep. # discuss: Haar voicemail, na acht maanden. Wat spreek je in?
* [Je naam, één zin, en dat je haar een mail stuurt: terugbellen hoeft niet # act: follow-up # tip3 +1 # tip5 +1 # why: Ze weet wie het was en dat er vandaag niets van haar verwacht wordt; een bericht dat een mail belooft, moet ook gevolgd worden door een mail, vanavond nog.]
    "Marleen, met mij, van de receptie bij Voka in maart. Niets dringends: ik stuur je vanavond een mail. Terugbellen hoeft niet." # speaker: you
* [Alles ineens: sorry voor de stilte, de leerlingen van Ingrid, en "bel me terug als het past" # act: follow-up # timing: late # tip3 +1 # tip5 -1 # why: Het zit er allemaal in, met je eigen stem; het zijn ook twee minuten voicemail die eindigen met een taak voor haar, in haar drukste week.]
    ~ warm(-1)
    Je praat twee minuten. De excuses, de leerlingen, de vijftiende, het weer in Hasselt. "Bel me terug als het past." De biep knipt je af midden in je telefoonnummer.
* [Leg in voor de biep, en schrijf in de plaats # act: wait # tip3 -1 # tip5 -1 # why: Een bericht dat je moet improviseren, is slechter dan geen bericht; maar ze ziet een gemiste oproep van een naam die ze half herkent, en ze gaat zich afvragen wat die wou.]
    ~ warm(-1)
    Je legt in. Op haar scherm, ergens tussen twee platen speculaas, een gemiste oproep met jouw naam erop.
- -> writing

=== shop ===
Zaterdag, half tien. Bakkerij Peeters op de Grote Markt in Hasselt. De rij staat tot buiten en langs het raam: speculaas, marsepeinen varkentjes, chocoladeletters in elke letter van het alfabet. # scene: cafe
Marleen staat achter de toog in een witte schort, een taart in een doos aan het steken met één hand en zwaaiend naar een vaste klant met de andere. Ze ziet je. Het duurt een seconde. # mood: marleen interested
Gij! Allee, zeg. Ik... nu niet, ge ziet het. # speaker: marleen # mood: pleased
Veertig mensen kijken naar jou, en dan naar de klok. # discuss: Ze heeft je herkend, met veertig mensen in de rij. Wat nu?
* [Koop een doos speculaas voor op kantoor, zeg dat je haar een mail stuurt, en ga # act: exit # tip1 +1 # tip2 -1 # tip5 +1 # trust: marleen +1 # why: Ze heeft je gezien, en je laat haar aan haar rij; het is ook twee uur rijden voor één zin.]
    ~ warm(1)
    "Gewoon even goeiendag zeggen. Ik stuur je een mail. Eén doos speculaas, alstublieft." # speaker: you
    Een mail! Die kan ik om tien uur 's avonds lezen. # speaker: marleen # mood: pleased
* [Wacht aan het eind van de toog tot ze een minuutje heeft # act: follow-up # timing: late # tip3 +1 # tip5 -1 # why: Je bent er helemaal voor gekomen, en je krijgt je minuut; zij besteedt die aan excuses tegen de rij, en jij aan dingen vertellen die ze niet kan opschrijven.]
    ~ warm(-1)
    Je wacht veertig minuten naast de broodsnijmachine. Ze geeft je anderhalve minuut, met één oog op de kassa. Je geraakt tot "leerlingen" voor het meisje aan de kassa haar nodig heeft.
    Stuur me een mail, schat. Echt. # speaker: marleen # mood: uneasy
* [Laat je kaartje achter bij het meisje aan de kassa: "zeg dat ik langs geweest ben" # act: swap-cards # tip1 +1 # tip2 -1 # tip5 -1 # why: Geen gedoe, en ze weet dat je kwam; een kaartje aan de kassa is ook hoe vertegenwoordigers laten weten dat ze gepasseerd zijn, en tegen de middag ligt het onder de kasbonnetjes.]
    Je laat je kaartje achter. Het meisje steekt het onder de kassa, naast dat van een leverancier.
- Maandagochtend schrijf je haar.
-> writing

=== linkedin ===
Ze aanvaardt op donderdag, om veertien over tien 's avonds. Geen bericht. Jouw like staat onder haar foto van de winkel in Genk, tussen tweehonderd andere.
Verder gebeurt er niets.{promised_ingrid: Ingrid sms't op vrijdag: "Al iets gehoord van uw bakker?"}
Op maandag schrijf je dan toch.
-> writing

=== january ===
Zeven weken later. De tweede maandag van januari, en het chatvenster staat vol nieuwjaarswensen. # sound: message
Ingrid heeft haar zes leerlingen voor Kerstmis geplaatst: vier bakkerijen namen er elk één, en twee gingen terug voltijds naar school.{promised_ingrid: Ze heeft nooit meer naar je bakker gevraagd; daarvoor is ze te vriendelijk.} Haar volgende groep begint in september.
De winkels van Marleen hebben hun laatste nieuwjaarsbrieven en -taarten verkocht. Nu, denk je, heeft ze tijd.
-> writing

=== writing ===
Je opent een nieuwe mail. Aan: Marleen Peeters.
De cursor knippert waar de eerste zin moet komen. Acht maanden is veel om in een eerste zin te steken. # discuss: Acht maanden stilte. Zeg je er iets over, en hoe?
* [Benoem het in één zin en neem het op je: "Het is acht maanden geleden, en dat ligt aan mij." Kom dan ter zake # act: repair # tip3 +1 # tip5 +2 # trust: marleen +1 # why: Eén eerlijke zin zuivert de lucht zonder dat zij jouw schuldgevoel moet opvangen; ze krijgt er ook de kans door om het met je eens te zijn.]
    ~ warm(1)
    "Dag Marleen, het is acht maanden geleden, en dat ligt aan mij. {mem_marleen_coffee:Ik had een koffie met jou in mijn agenda staan voor april, en ik heb het laten liggen.|{mem_marleen_pitched:Ik had veel eerder iets moeten laten horen, en niet over loonadministratie.|Ik zei in april 'absoluut' tegen een koffie, en daarna heb ik het laten liggen.}}"
* {template != ""} [Neem allebei op je: de acht maanden, en de mail van vanochtend: "Dat was een campagne. Deze is van mij." # act: repair # tip2 +1 # tip3 +1 # tip5 +2 # trust: marleen +1 # why: De sjabloonmail benoemen voor zij het doet, maakt van een gênant moment eerlijkheid; het vertelt haar ook dat jouw firma campagnes stuurt naar mensen zoals zij.]
    ~ warm(2)
    "Dag Marleen, je kreeg vanochtend een mail van ons waarin stond dat ik 'net aan je moest denken'. Dat was een campagne. Deze is van mij, en hij is acht maanden te laat, en dat ligt aan mij."
* [Excuseer je fatsoenlijk: de reorganisatie, de nieuwe software, de heup van je moeder, het jaar dat het geweest is # act: self-disclose # tip1 +1 # tip2 -1 # tip5 -1 # why: Elk woord is waar, en ze zou het begrijpen; maar een alinea over jouw jaar maakt van haar mailbox jouw biechtstoel, en het enige antwoord dat ze nog kan geven is "geen probleem".]
    "Dag Marleen, sorry dat je zo lang niets van me hoorde. Het was me een jaar: een reorganisatie, nieuwe loonsoftware die niemand snapt, en in september brak mijn moeder haar heup..." De alinea groeit. Je laat ze staan.
* [Sla het over: "Dag Marleen, ik moest net aan je denken!" en doe alsof het vorige week was # act: smooth-over # tip3 -1 # tip5 -2 # trust: marleen -1 # why: Het vermijdt een ongemakkelijke zin, en de helft van de mails ter wereld begint zo; na acht maanden weet ze dat het niet waar is, en jij ook.]
    ~ warm(-1)
    "Dag Marleen, ik moest net aan je denken! Hoe is het in Hasselt?"
* [Zeg helemaal niets over de stilte: begin meteen met waarom je schrijft # act: follow-up # timing: late # tip3 +1 # tip5 -1 # why: Geen poespas, en een goede reden spreekt voor zich; de acht maanden staan nog altijd in de mail, en je laat het aan haar over of ze erover begint.]
    "Dag Marleen, ik schrijf je omdat ik deze week iets hoorde."
- -> the_point

=== the_point ===
{ gave_number:
    Ingrid heeft haar op dinsdag gebeld, dat weet je: ze stuurde je een duimpje. Wat Marleen zei, schreef ze er niet bij.
}
Dan: waar dient deze mail voor? # discuss: Wat is een goede genoeg reden om na acht maanden te schrijven?
* {not waited} [De leerlingen van Ingrid: vertel erover, en vraag of ze kennis wil maken # act: introduce # tip3 +2 # tip4 +2 # tip5 +1 # trust: marleen +1 # why: Iets waar zij echt iets aan heeft, en zij beslist; een aanbod is wel nog iets om op te antwoorden in haar drukste week.]
    ~ point = "offer"
    ~ warm(2)
    "In maart zei je dat niemand nog om vier uur wil opstaan. Ingrid Vos, van het opleidingscentrum voor bakkers in Hasselt, heeft zes leerlingen die in januari beginnen en te weinig bakkerijen. Zal ik jullie met elkaar in contact brengen? Ze koppelt ze tegen de vijftiende."
* {not waited} [Stel haar en Ingrid meteen aan elkaar voor, allebei in kopie: de leerlingen kunnen niet wachten # act: introduce # tip3 +2 # tip4 +1 # tip5 -1 # trust: ingrid +1 # why: Het spaart een ronde mails uit, en Ingrid heeft nu bakkerijen nodig; je eerste mail in acht maanden zet Marleen ook in een gesprek met een onbekende waar ze nooit ja tegen zei.]
    ~ point = "copy"
    ~ warm(1)
    ~ intro_done = true
    "Ingrid, dit is Marleen: elf bakkerijen rond Hasselt. Marleen, dit is Ingrid: zes leerlingen, en een deadline op de vijftiende. Ik laat het verder aan jullie."
* {waited} [De volgende groep van Ingrid, in september: vertel het haar, en vraag of ze kennis wil maken # act: introduce # tip3 +1 # tip4 +1 # tip5 +1 # trust: marleen +1 # why: Nog altijd iets waardevols, en nog altijd haar keuze; voor Kerstmis, toen zes leerlingen een plaats zochten, was het meer waard.]
    ~ point = "offer"
    ~ warm(1)
    "In maart zei je dat niemand nog om vier uur wil opstaan. Ingrid Vos, van het opleidingscentrum voor bakkers in Hasselt, begint in september met een nieuwe groep leerlingen. Zal ik jullie met elkaar in contact brengen?"
* [Niets in het bijzonder: vraag hoe het met haar gaat, en met de winkels # act: open-question # tip2 +2 # tip5 +1 # why: Een echte vraag over haar leven; na acht maanden laat een mail die alleen iets vraagt haar wel al het werk om de draad weer op te pikken.]
    ~ point = "question"
    "Hoe gaat het met je? Hoe draaien de elf winkels, en hebben de broodzakken ooit leren composteren?"
* [Het nieuws van je firma: loonadministratie voor bakkerijketens, het eerste jaar met korting # act: pitch # tip1 -2 # tip5 -2 # trust: marleen -1 # why: Het is relevant, en ze noemde haar secretariaat wel "in orde, denk ik"; maar de eerste mail in acht maanden is een verkoopmail, en ze weet precies waarom je plots aan haar dacht.]
    ~ point = "package"
    ~ push()
    ~ warm(-2)
    "We hebben net een pakket loonadministratie voor bakkerijketens gelanceerd, en ik dacht meteen aan jou. Het eerste jaar met korting voor wie er vroeg bij is."
- -> addon

=== addon ===
Het bericht van Bart van deze namiddag staat nog open in de hoek van je scherm: "Vergeet de bakkersbond niet! Eén zinnetje!" # sound: message
En de leerlingen zouden met contracten komen: papierwerk voor duaal leren, dat jouw firma voor een dozijn bakkerijen doet. # discuss: Nog één zin voor je verstuurt. Welke, als er een moet bij?
* [Niets meer: de mail dient waarvoor hij dient # act: follow-up # tip1 +1 # tip3 +1 # trust: bart-claeys -1 # why: Een mail die één ding doet, is makkelijk om op te antwoorden; Bart vraagt vrijdag naar zijn bakkersbond, en je hebt niets voor hem.]
    Je laat hem zoals hij is.
* [Een P.S.: leercontracten zijn een doolhof, en jouw firma doet ze voor een dozijn bakkerijen # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # why: Het klopt, en het gaat over precies waarover je haar schreef; het maakt van je hulp ook een binnenkomer, en ze leest de P.S. als eerste.]
    ~ push()
    ~ warm(-1)
    "P.S. Als die leercontracten op een doolhof lijken: wij doen ze voor een dozijn bakkerijen. Ik help graag."
* [Het gunstje van Bart: wil ze een goed woordje voor je firma doen bij de voorzitter van de bakkersbond? # act: ask-referral # tip4 -2 # tip5 -2 # trust: marleen -1 # trust: bart-claeys +1 # why: Het is één woordje, en ze kent de voorzitter; het is ook een gunst gevraagd in de eerste mail na acht maanden, en het vertelt haar waarom je eindelijk schreef.]
    ~ favour = true
    ~ warm(-2)
    "En nu ik je toch heb, een klein gunstje: we zijn in gesprek met de bakkersbond over een deal voor hun leden. Zou je een goed woordje willen doen bij de voorzitter?"
* [Eén zin over wat je tegenwoordig doet, en geen link # act: say-what-you-do # tip1 +1 # tip2 -1 # tip5 +1 # why: In acht maanden verandert een job, en ze vraagt het zich misschien af; het blijft één zin over jou in een mail over haar.]
    "Wat mij betreft: nog altijd op het sociaal secretariaat, tegenwoordig vooral met bedrijven tussen twintig en honderd man."
- -> the_close

=== the_close ===
Nog één zin: hoe je hem afsluit. # discuss: Hoe sluit je een mail af na een lange stilte?
* [Maak nee zeggen makkelijk: "Als het nu niet past, hoef je niet te antwoorden" # act: follow-up # timing: late # tip1 +1 # tip3 +1 # tip5 +1 # trust: marleen +1 # why: Het haalt de druk weg in haar drukste maand; het maakt zwijgen ook het makkelijkste antwoord van allemaal.]
    ~ warm(1)
    "Als het nu niet past, hoef je niet te antwoorden. Veel moed met de Sinterklaasdrukte."
* [Stel een koffie voor, als de feestdagen achter de rug zijn # act: invite # tip4 +1 # tip5 +2 # trust: marleen +1 # why: Een reden om af te spreken die haar drukke weken vrijlaat; het is ook dezelfde koffie waar je in april ja tegen zei, en misschien weet ze dat nog.]
    ~ warm(1)
    "En een koffie, als de nieuwjaarstaarten verkocht zijn? Ik ben je er nog een schuldig."
* [Zeg dat je haar donderdag belt om het te bespreken # act: promise # tip4 +1 # tip5 -1 # why: Duidelijk, en het toont dat je het deze keer meent; het plant ook een telefoontje waar ze niet om vroeg, in een week waarin ze geen tijd heeft om het op te nemen.]
    ~ warm(-1)
    "Ik bel je donderdag eens om het te bespreken."
* [Sluit af met de boekingslink van Jens, "als dat makkelijker is" # act: follow-up-with-pitch # tip1 -1 # tip3 -1 # tip5 -2 # why: Een link is handig voor iemand die het druk heeft; een verkoopagenda onder een persoonlijke mail zegt van wie de mail eigenlijk kwam.]
    ~ push()
    ~ warm(-1)
    "Als het makkelijker is, kun je hier een moment boeken bij mijn collega Jens."
- Je leest hem nog een keer, en je verstuurt hem.
{ mem_marleen_pitched:
    ~ warm(-1)
}
-> her_reply

=== her_reply ===
{
    - warmth >= 3 && pushed == 0 && not favour:
        ~ reply = "warm"
    - warmth >= 1 || pushed > 0 || favour:
        ~ reply = "cool"
    - else:
        ~ reply = "none"
}
{ reply == "warm":
    Ze antwoordt om kwart over tien 's avonds. # sound: message
    Acht maanden! Ik dacht dat ge geëmigreerd waart. Merci dat ge het zegt, dat moest niet. # speaker: marleen # mood: pleased # via: message
    { point == "copy":
        Ingrid heeft me deze namiddag gebeld. Twee leerlingen voor de winkel in Genk, en ik heb nu al met ze te doen: ze gaan leren opstaan om vier uur. # speaker: marleen # mood: pleased # via: message
    - else:
        { waited:
            September, graag. Tegen dan ben ik vergeten hoe erg de vorige waren. # speaker: marleen # mood: pleased # via: message
        - else:
            Ja, graag, Ingrid. Twee leerlingen, als ze die heeft. Ge hebt geen idee. # speaker: marleen # mood: pleased # via: message
        }
    }
    M. # speaker: marleen # via: message
}
{ reply == "cool":
    Ze antwoordt zes dagen later, in twee regels. # sound: message
    {
        - favour:
            Bedankt. Wat de bakkersbond betreft: mijn zaken met de voorzitter hou ik liever voor mezelf. Veel succes ermee. Marleen. # speaker: marleen # mood: neutral # via: message
        - pushed > 0:
            Bedankt voor de informatie. We zijn voorlopig tevreden over ons secretariaat. Met vriendelijke groeten, Marleen. # speaker: marleen # mood: neutral # via: message
        - gave_number:
            Een mevrouw van de bakkersschool heeft me vorige week gebeld, met uw naam. Ik had het liever eerst van u gehoord. Drukke weken hier. M. # speaker: marleen # mood: neutral # via: message
        - mem_marleen_pitched:
            Bedankt. Vergeef me dat ik vraag wat het deze keer is: de vorige keer dat jullie firma contact opnam, ging het over lonen. Drukke weken hier. M. # speaker: marleen # mood: neutral # via: message
        - else:
            Bedankt. Drukke weken hier.{point == "offer": Stuur me de gegevens van het centrum, ik kijk ernaar in januari.} M. # speaker: marleen # mood: neutral # via: message
    }
    "Met vriendelijke groeten" of "M.": na acht maanden is de afstand tussen die twee het hele antwoord.
}
{ reply == "none":
    Niets die avond. Niets die week. De mail werd twee keer geopend, op dinsdag om vijf uur 's morgens.
}
-> respond

=== respond ===
{ reply == "none":
    Een week later, nog altijd niets.{not waited: De vijftiende van Ingrid komt en gaat.} # discuss: Geen antwoord. Schrijf je nog eens, en wat?
- else:
    Je leest het twee keer. # discuss: Wat vraagt haar antwoord nu van jou?
}
* {reply == "warm" && point == "offer"} [Stel ze vanavond nog aan elkaar voor: drie regels aan Marleen en Ingrid, niets van jou erin # act: introduce # tip3 +3 # tip4 +1 # tip5 +2 # trust: marleen +1 # trust: ingrid +1 # why: De hulp die je aanbood, geleverd op de dag dat ze ja zei; drie regels om elf uur 's avonds zijn ook de regels die je in de verleiding brengen om ze tot morgen te laten liggen.]
    ~ intro_done = true
    ~ warm(1)
    Je schrijft het voor je gaat slapen: wie ze allebei zijn, de leerlingen, de vijftiende. Ingrid antwoordt om zeven uur: "Ik bel haar om twee uur." {waited:Het is voor september, maar Ingrid belt toch.}
* {reply == "warm" && point == "copy"} [Vraag Ingrid een week later of de leerlingen goed zitten, en bedank Marleen # act: follow-up # tip3 +2 # tip5 +1 # trust: ingrid +1 # why: De cirkel rond maken na een kennismaking is hoe je te weten komt of ze geholpen heeft; het is wel één mail meer voor twee drukke mensen.]
    ~ warm(1)
    Ingrid antwoordt binnen het uur: twee leerlingen in Genk, eentje nu al verliefd op de broodsnijmachine. Marleen stuurt een foto terug van een heel scheve croissant.
* {reply == "warm"} [Ze is nu warm: maak de kennismaking, met het gunstje van Bart eronder # act: ask-referral # tip1 -1 # tip4 -2 # tip5 -2 # trust: marleen -1 # trust: bart-claeys +1 # why: Het moment is vriendelijk, en een woordje bij de voorzitter kost haar niets; het maakt van het eerste waar ze ja tegen zei de prijs voor het tweede.]
    ~ favour = true
    ~ intro_done = true
    Je maakt de kennismaking, en eronder: "En een klein gunstje, nu we weer contact hebben: zou je een goed woordje voor ons doen bij de voorzitter van de bakkersbond?" Op dat deel antwoordt ze niet.
* {reply == "warm" && point == "offer"} [Antwoord hartelijk, en zeg dat je de kennismaking na de feestdagen regelt, als ze tijd heeft # act: keep-promise # timing: late # tip3 +1 # tip5 -1 # why: Attent voor haar december; maar de leerlingen worden gekoppeld tegen de vijftiende, en "na de feestdagen" is daarna.]
    "Fantastisch. Ik breng jullie na de feestdagen in contact, als het rustiger is." Ingrid koppelt haar leerlingen op de vijftiende, zonder Marleen.
* {reply == "warm" && point == "copy"} [Laat ze maar doen: het zijn volwassenen, en ze hebben elkaar gevonden # act: wait # tip1 +1 # tip3 -1 # why: Je hoeft niet te blijven hangen boven een kennismaking die gelukt is; je hoort ook niet wat ervan kwam, en zij horen niets meer van jou.]
    Je laat ze doen.
* {reply == "warm"} [Bedank haar, en voeg de gids over leercontracten van je firma toe, met het logo op de voorkant # act: follow-up-with-pitch # tip1 -1 # tip3 -2 # tip5 -1 # trust: marleen -1 # why: De gids is goed en ze gaat hem nodig hebben; een bedanking met een brochure erin vertelt haar wat van de twee de bedoeling was.]
    ~ push()
    ~ intro_done = point == "copy"
    Je stuurt de gids met een hartelijke zin. Hij wordt één keer geopend.
* {reply == "cool"} [Eén regel terug: bedank haar, verdedig je niet, en laat de deur open # act: follow-up # tip3 +1 # tip5 +2 # trust: marleen +1 # why: Een koel antwoord sportief ontvangen, is wat een warmer antwoord later mogelijk maakt; het kan ook lijken alsof je de kilte niet opmerkte.]
    ~ warm(1)
    "Dank je, Marleen. Terecht. Veel moed met de drukte, en de deur staat open wanneer het jou past."
* {reply == "cool"} [Leg fatsoenlijk uit waarom je stil viel: het was echt een verschrikkelijk jaar # act: self-disclose # tip1 +1 # tip2 -1 # tip5 -1 # why: Ze zou het begrijpen, als ze het allemaal las; een koel antwoord is geen vraag naar jouw redenen, en meer redenen vragen haar om jou gerust te stellen.]
    Je schrijft vier alinea's: de reorganisatie, de software, de heup van je moeder. Ze antwoordt: "Geen probleem! M." Het leest precies als "geen probleem".
* {reply == "cool"} [Bel haar om de lucht te zuiveren: een mail draagt geen toon # act: repair # tip2 +1 # tip5 -1 # why: Een stem kan opwarmen wat een mail afkoelde; het maakt van een afwimpeling in twee regels ook een gesprek dat ze niet wou, midden in haar winkel.]
    Ze neemt op tussen twee klanten. Jij zegt sorry voor de toon van de dingen; zij zegt twee keer dat er niets is om sorry voor te zeggen, en moet gaan.
* {reply == "cool"} [Laat het: ze heeft het duidelijk gemaakt # act: decline # tip1 +1 # tip3 -1 # tip5 -1 # why: Een hint begrijpen is vriendelijk; maar een koele regel na acht maanden stilte is niet altijd een nee, en soms is het een test van wat je daarna doet.]
    ~ gave_up = true
    Je zet haar naam onderaan de lijst.
* {reply == "none"} [Laat het een paar weken rusten, en stuur dan één regel: antwoorden hoeft niet, de deur staat open # act: follow-up # tip3 +1 # tip5 +1 # why: Een tweede, lichter berichtje na haar drukste weken is hoe een stilte een tweede kans krijgt; het is ook je laatste, en je zult met het antwoord moeten leven.]
    ~ warm(1)
    {waited:Eind januari|In de eerste week van januari} schrijf je drie regels: {not waited:gelukkig nieuwjaar, }{point == "offer":Ingrid neemt in september weer leerlingen aan,|} antwoorden hoeft niet.
* {reply == "none"} ["Ik zet dit even terug bovenaan je mailbox", twee dagen later # act: follow-up # effort: token # tip2 -1 # tip3 +1 # tip5 -1 # why: Drukke mensen verliezen wel eens mails, en een duwtje vindt er een paar terug; een duwtje in de Sinterklaasweek leest als een herinnering aan een schuld.]
    "Ik zet dit even terug bovenaan je mailbox!" Eén keer geopend, vrijdag, om vijf uur 's morgens.
* {reply == "none" && (point == "offer" or point == "copy")} [Vraag Ingrid om haar rechtstreeks te bellen: de leerlingen kunnen niet wachten # act: introduce # tip3 +1 # tip4 +1 # tip5 -1 # trust: ingrid +1 # why: De leerlingen zijn echt en de deadline is dichtbij; Marleen heeft nooit ja gezegd, en nu belt een onbekende haar met jouw naam erop.]
    ~ gave_number = true
    Ingrid belt haar de dag erna. "Vriendelijk," meldt ze, "maar ze wist niet wie ik was. Of eigenlijk ook niet goed wie gij waart."
* {reply == "none"} [Neem de stilte als antwoord, en haal haar van je lijst # act: wait # tip1 +1 # tip3 -2 # why: Het respecteert wat op een nee lijkt; maar een onbeantwoorde mail in de week voor Sinterklaas is geen nee, dat is een bakker.]
    ~ gave_up = true
    Je haalt haar van de lijst. Het voelt als goede manieren.
- -> bart

=== bart ===
Bart trekt een stoel bij aan je bureau, wat hij alleen doet als er cijfers zijn. # sound: door
{ template == "link":
    De campagne deed wat campagnes doen: twee afspraken voor Jens op eenenveertig, drie afwezigheidsmeldingen, en één "gelieve mij van uw lijst te halen". # speaker: bart-claeys # mood: neutral
}
{ reply == "warm":
    Marleen Peeters heeft je geantwoord, zegt Katrien. Negentig man, leerlingen op komst, die hebben contracten nodig. Laat Jens haar volgende week eens bellen, nu het warm is. # speaker: bart-claeys # mood: interested
- else:
    Marleen Peeters. Al een teken van leven? Laat Jens haar eens bellen: een frisse stem. # speaker: bart-claeys # mood: interested
}
{ favour:
    En heeft ze iets gezegd over de bakkersbond? # speaker: bart-claeys # mood: interested
}
Bart wacht, met zijn balpen boven zijn notitieblok. # discuss: Bart wil van de herstart een afspraak voor Jens maken. Krijgt hij die?
* [Nee: je schreef haar voor haarzelf, niet voor Jens; als ze ooit iets vraagt, weet ze je te vinden # act: decline # tip1 +1 # tip3 +1 # tip5 +1 # trust: bart-claeys -1 # why: Zo blijft de herstart wat je zei dat ze was; Bart heeft een target, en je hebt hem er niets voor gegeven.]
    "Nee, Bart. Ik schreef haar voor de leerlingen van Ingrid. Als ze over lonen wil praten, weet ze waar ik zit." # speaker: you
    Bart schrijft niets op zijn notitieblok, nadrukkelijk. # mood: bart-claeys uneasy
* [Ja: Jens mag bellen, vriendelijk, "gewoon om zich voor te stellen" # act: cold-call # tip1 -2 # tip3 -2 # tip5 -2 # trust: bart-claeys +1 # trust: marleen -2 # why: Het is maar een telefoontje, en ze is geen onbekende meer; het is ook precies wat ze zal onthouden: acht maanden stilte, één mail, en dan de verkoper.]
    ~ jens_calls = true
    ~ push()
    "Goed. Laat Jens haar bellen. Vriendelijk." # speaker: you
    Dat is mijn team! # speaker: bart-claeys # mood: pleased
* [Zeg hem dat ze "een warme lead voor de lente" is, zodat hij haar met rust laat # act: smooth-over # tip1 +1 # tip5 -1 # trust: bart-claeys +1 # why: Het beschermt haar voorlopig, en Bart is content; je hebt haar ook net als lead geklasseerd, en in de lente vraagt Bart naar die lead.]
    "Warme lead, maar voor de lente. Laat haar maar aan mij." # speaker: you
    De lente. Ik hou je eraan. # speaker: bart-claeys # mood: pleased
* [Zeg hem de waarheid, en dat hij de voorzitter van de bakkersbond zelf moet bellen als hij die deal wil, als leverancier # act: candour # tip1 +1 # tip3 +1 # tip5 +1 # trust: bart-claeys +1 # why: Eerlijk tegenover Bart en correct tegenover Marleen, en hij houdt een eigen weg naar binnen; het is ook raad aan je eigen baas, en daar is hij je niet per se dankbaar voor.]
    "Marleen is geen lead, Bart: ik schreef haar voor haarzelf. Als je de bakkersbond wilt, bel de voorzitter dan zelf, als wat je bent." # speaker: you
    Bart kijkt je een hele tijd aan over zijn brilletje. # mood: bart-claeys neutral
    Als wat ik ben. Goed dan. # speaker: bart-claeys # mood: neutral
- -> new_year

=== new_year ===
{ reply == "warm" && not jens_calls:
    -> tearoom
- else:
    -> reception
}

= tearoom
{ waited:
    Februari. # scene: cafe
- else:
    Half januari. # scene: cafe
}
De tearoom achter haar winkel op de Grote Markt: zes tafeltjes, een koffiemachine ouder dan jij, en een bord speculaas dat in december niemand kocht. # leave: bart-claeys
{ intro_done && not waited:
    Twee leerlingen van Ingrid zijn vorige week begonnen in de winkel in Genk. Eentje heeft zijn eerste plaat croissants laten aanbranden en is de volgende ochtend toch teruggekomen, en dat telt voor Marleen als een ja.
}
Marleen schenkt zelf de koffie in. # mood: marleen pleased
Mag ik je iets vragen, gij die van de lonen zijt? Ons sociaal secretariaat is in het najaar overgenomen door een Nederlandse groep. Alles is nu een ticketnummer. Wat doen jullie eigenlijk, precies? # speaker: marleen # mood: interested # discuss: Ze vraagt zelf naar je diensten. Is dit het moment dat je al die tijd vermeden hebt?
* [Antwoord gewoon: wat je doet, ongeveer wat het kost voor elf winkels, en dat het ook een andere dag kan # act: pitch # asked: yes # tip1 +1 # tip5 +1 # trust: marleen +1 # why: Ze vroeg het, en een eerlijk antwoord respecteert dat; het maakt van een koffie tussen twee mensen ook het antwoord van een leverancier, als je het laat doorlopen.]
    ~ jan_ok = true
    Je zegt het in vier zinnen, met een prijs die ongeveer klopt. Dan vraag je naar de leerlingen, en ze laat je.
* [Vraag wat er precies misloopt bij het nieuwe secretariaat, en wat zou helpen, wie ze ook kiest # act: ask-how-to-help # tip2 +1 # tip4 +2 # tip5 +1 # trust: marleen +1 # why: Eerst haar probleem, dan jouw dienst; ze hoort er misschien ook in dat je haar vraag niet beantwoordt.]
    ~ jan_ok = true
    Ze praat twintig minuten: de ticketnummers, de verkeerde nachtpremies, een bakker in Genk die in november twee keer betaald werd. Een deel ervan is jouw vak. Het meeste blijkt één formulier te zijn dat haar HR-verantwoordelijke zou mogen weigeren in te vullen.
* [Wimpel het af: "Vandaag niet. Vandaag gaat het over jou en de leerlingen" # act: deflect # tip1 +1 # tip5 -1 # why: Het houdt de koffie vrij van zaken, zoals je het bedoelde; maar ze stelde een echte vraag, en nu moet ze die twee keer stellen, of aan iemand anders.]
    "Vandaag niet. Vandaag gaat het over jou." # speaker: you
    Marleen haalt haar schouders op, en vraagt het aan iemand anders. In maart tekent ze bij een firma uit Genk. # mood: marleen neutral
* [Haal je tablet boven: het volledige voorstel, en Jens kan donderdag langskomen # act: pitch # asked: yes # tip1 -1 # tip2 -1 # tip5 -1 # trust: marleen -1 # why: Ze vroeg het, en je kwam voorbereid; ze vroeg wat je doet, niet om donderdag.]
    ~ oversold = true
    ~ push()
    Marleen kijkt naar de tablet, en dan naar haar koffie die koud wordt. # mood: marleen uneasy
    Donderdag. Ik zie wel. # speaker: marleen # mood: neutral
- -> ending

= reception
{ waited:
    Februari: de nieuwjaarsreceptie van Voka in Hasselt, laat zoals elk jaar. # scene: reception # sound: glasses
- else:
    Half januari: de nieuwjaarsreceptie van Voka in Hasselt. # scene: reception # sound: glasses
}
Cava, hapjes, een speech die twaalf minuten uitloopt. # leave: bart-claeys
Aan de andere kant van de zaal: Marleen, in een groene jas, in gesprek met de voorzitter van de bakkersbond. Ze heeft je nog niet gezien. # mood: marleen neutral
{ jens_calls:
    Jens heeft haar in december gebeld. "Vriendelijk, maar niet geïnteresseerd," meldde hij. "Ze vroeg hoe ik aan haar nummer kwam."
}
{ reply == "none":
    {gave_up:Je hebt haar van je lijst gehaald.|Je laatste mail is nog altijd onbeantwoord.}
- else:
    {gave_up:Je hebt haar onderaan je lijst gezet.|Haar laatste mail was twee regels lang.}
}
Ze lacht om iets wat de voorzitter zegt, en kijkt de zaal rond. # discuss: Haar antwoord was koel, of er was er geen. Nu staat ze aan de andere kant van de zaal. Wat doe je?
* [Ga naar haar toe, zeg goeiendag, vraag naar de winkels, en laat de mail erbuiten # act: small-talk # tip1 +1 # tip5 +1 # trust: marleen +1 # why: Een luchtige goeiendag laat haar kiezen of ze de draad opneemt of laat liggen; ze denkt misschien ook dat je haar stilte nooit opgemerkt hebt.]
    ~ jan_ok = true
    "Marleen. Gelukkig nieuwjaar. Hoe zijn de winkels december doorgekomen?" # speaker: you
    Ze lacht.
    Nipt. Vierhonderd kilo speculaas. {warmth >= 1 && (point == "offer" or point == "copy"):En uw mevrouw van de leerlingen: daar had ik op moeten antwoorden. Geef me haar nummer nog eens.|Goed je te zien.} # speaker: marleen # mood: pleased
* [Ga naar haar toe en vraag met een glimlach of ze je mail gekregen heeft # act: follow-up # timing: late # tip3 +1 # tip5 -1 # why: Het is eerlijk, en je krijgt een antwoord; het zet haar ook voor het blok, waar de voorzitter van de bakkersbond bij staat.]
    "Marleen! Heb je mijn mail eigenlijk gekregen?" # speaker: you
    De voorzitter bestudeert zijn cava. Marleen kleurt een beetje. # mood: marleen uneasy
    Ja. December, ge weet hoe dat gaat. # speaker: marleen # mood: uneasy
* [Blijf waar je bent: als ze wil praten, weet ze je te vinden # act: wait # timeout # tip1 +1 # tip5 -1 # why: Het bespaart haar een ongemakkelijk moment; het laat ook het laatste woord van acht maanden aan haar, op een receptie waar ze voor anderen kwam.]
    ~ gave_up = true
    Je blijft bij de hapjes staan. Om kwart voor tien vertrekt ze, zwaaiend naar iemand achter jou.
* [Breng Bart erbij: hij wil de voorzitter al zo lang leren kennen, en ze staat er gewoon naast # act: pitch # tip1 -2 # tip5 -2 # trust: marleen -1 # trust: bart-claeys +1 # why: Bart krijgt zijn voorzitter, en het duurt dertig seconden; Marleen wordt de deur naar een verkoop, in het openbaar, en dat weet ze.]
    ~ oversold = true
    ~ push()
    Bart schudt de voorzitter een volle minuut de hand. Marleen excuseert zich om haar jas te gaan halen. # mood: marleen annoyed
- -> ending

=== ending ===
{
    - jens_calls || oversold || pushed >= 2 || (favour && pushed >= 1):
        -> reactivated_lead
    - reply == "warm" && jan_ok:
        -> rekindled
    - gave_up:
        -> still_dormant
    - else:
        -> door_ajar
}

= rekindled
{ intro_done && not waited:
    Beide leerlingen blijven. In juni wint een van hen een prijs voor zijn zuurdesembrood, en Marleen stuurt je de foto zonder een woord eronder.
}
{ waited && point == "offer":
    In september beginnen twee van Ingrids nieuwe leerlingen in de winkel in Genk.
}
In de lente geeft Marleen jouw naam aan een bakker in Tongeren die haar eerste personeel aanneemt: "Vraag naar die die stil viel en het zelf zei." # ending: rekindled # mood: pleased
-> END

= door_ajar
{ reply == "warm":
    De koffie was goed. Voor haar lonen ging ze naar een firma in Genk, en ze zegt het je zelf, wat meer is dan de meeste mensen doen.
}
{ reply != "warm":
    Er is niets hersteld, en er is niets meer kapotgemaakt.
}
Ze antwoordt nu op je mails, een beetje later dan vroeger, en elke keer een beetje warmer. Acht maanden stilte slijten niet in één keer. # ending: door-ajar # mood: neutral
-> END

= reactivated_lead
{ jens_calls:
    In de CRM noteert Jens het gesprek: "Niet geïnteresseerd. Niet meer bellen."
- else:
    In de CRM verandert de status van Marleen van "slapend" naar "gereactiveerd". Bart zet er een duimpje onder.
}
Op je volgende mail antwoordt ze niet, en op die daarna ook niet. Op de volgende receptie praat ze met je precies zo lang als de beleefdheid vraagt, en geen minuut langer.
Je hebt een lead wakker gemaakt. De mens is weer gaan slapen. # ending: reactivated-lead # mood: uneasy
-> END

= still_dormant
{ reply == "none":
    Je komt nooit te weten of ze hem echt gelezen heeft. Misschien gedroegen de broodzakken zich; misschien gingen de leerlingen ergens anders heen. Niemand werd gekwetst.
- else:
    Niemand werd gekwetst.
}
In maart vraagt de CRM je weer, beleefd, of je Marleen Peeters wilt reactiveren. Laatste contact: december. # ending: still-dormant # mood: neutral
-> END

"""Closed word classes and small lexicons for Dutch attribution rules.

Provenance: written for aldus from Dutch grammar (ANS word classes: personal pronouns,
determiners, name particles "tussenvoegsels", prepositions, common adverbs) and common
newspaper source nouns. They back up the parser: with a tagger the rules use POS, without
one these lists keep noun-phrase and name detection working.
"""
from __future__ import annotations

#: subject pronouns that can name a source, with number/gender hints
PRONOUNS = {
    "hij": "m", "zij": "f|p", "ze": "f|p", "ik": "1", "wij": "p", "we": "p", "men": "p",
    "u": "s", "jij": "s", "je": "s", "die": "s|p", "deze": "s|p",
}
#: pronouns that refer back to a person (speaker resolution needed)
ANAPHORIC = {"hij", "zij", "ze", "die", "deze", "hem", "haar"}
#: object forms after "volgens": volgens hem/haar/hen/hun/mij/ons
OBJECT_PRONOUNS = {"hem": "m", "haar": "f", "hen": "p", "hun": "p", "mij": "1", "ons": "p", "jou": "s", "u": "s"}
#: pronouns for an unnamed group of people, sources in their own right ("zeggen degenen die hem kennen")
GROUP_PRONOUNS = {"velen", "sommigen", "anderen", "enkelen", "meesten", "weinigen", "degenen", "diegenen"}

DETERMINERS = set("""de het een deze die dit dat zijn haar hun ons onze mijn jouw uw
veel vele sommige enkele andere alle beide diverse verschillende meerdere meeste
twee drie vier vijf zes zeven acht negen tien tientallen honderden duizenden
geen elke ieder iedere welke zo'n
""".split())

#: name particles inside person names ("Jan van der Berg", "Ahmed el Amrani")
NAME_PARTICLES = set("van de der den ter ten te 't von la le du da di dos del el al bin ben 'T".split())

#: capitalised words that start sentences but are not names
NOT_NAMES = set("""De Het Een Dat Dit Die Deze Er Hij Zij Ze Ik Wij We Je Jij U Men Maar En Of Want
Dus Toch Ook Wel Niet Nog Al Als Toen Nu Dan Daar Hier Waar Wat Wie Hoe Waarom Volgens Aldus
Zo In Op Aan Bij Met Voor Na Over Door Uit Naar Om Tot Sinds Tijdens Tegen Onder Boven
Na Vanaf Vanuit Binnen Buiten Zonder Omdat Terwijl Hoewel Zodra Nadat Voordat Doordat
Daarom Daarna Daarnaast Bovendien Echter Intussen Inmiddels Vooral Zelfs Pas Eerst Later
Ja Nee Oké Goed Mijn Zijn Haar Hun Ons Onze Uw Geen Elke Iedere Veel Alle Sommige Andere
Gisteren Vandaag Morgen Vorige Afgelopen Volgende Deze Komende
Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag
Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December
Meneer Mevrouw Dhr Mevr
Naast Behalve Ondanks Dankzij Wegens Rond Langs Via Per Tussen Zoals Achter Tegenover Vanwege
Alsof Zodat Mits Tenzij Wanneer Waarin Waarbij Welke Iedereen Niemand Iemand Alles Niets
Overigens Kortom Uiteindelijk Eigenlijk Natuurlijk Misschien Waarschijnlijk Helaas Gelukkig
Citaat Quote Lachend Glimlachend Grijnzend Zuchtend Knikkend Huilend Schouderophalend
Sterker Bijvoorbeeld Immers Uiteraard Tenminste Althans Integendeel Kennelijk Blijkbaar
""".split())

#: sentence adverbs that the tagger, seeing a capital at the start of a sentence, may take for a
#: name ("Andersom spreken moslims van ..."): never a source
SENTENCE_ADVERBS = set("""Andersom Omgekeerd Evenmin Anderzijds Enerzijds Daarentegen Desondanks Tegelijk
Tegelijkertijd Ondertussen Vervolgens Sindsdien Bijgevolg Nochtans Wellicht Hopelijk Opvallend Vermoedelijk
Ogenschijnlijk""".split())
NOT_NAMES |= SENTENCE_ADVERBS

#: words that end a noun phrase in the fallback (no tagger): prepositions other than
#: "van"/"bij"/"uit" chains, adverbs, conjunctions, auxiliaries, time words
NP_STOP = set("""dat of om te tegen in op aan met voor na over door naar tot sinds tijdens
onder boven vanaf vanuit binnen buiten zonder omdat terwijl hoewel als toen nu dan daar hier
er ook nog al wel niet maar en want dus toch echter zelfs vooral pas eerst later graag
gisteren vandaag morgen vanochtend vanmiddag vanavond vannacht eerder onlangs destijds
inmiddels intussen altijd nooit vaak soms meteen direct verder bovendien daarnaast daarom
is was zijn waren heeft hebben had hadden wordt worden werd werden zal zullen zou zouden
kan kunnen kon konden moet moeten moest moesten wil willen wilde wilden mag mogen mocht
gaat gaan ging gingen komt komen kwam kwamen blijft blijven bleef staat staan stond
lijkt lijken leek hoeft hoeven doet doen deed krijgt krijgen kreeg ziet zien zag
zegt zei zeggen die wie wat waar welke hoe waarom zich het hem haar hen hun
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
""".split())
#: a weekday with the part of the day ("schreef Jansen maandagavond aan de Kamer")
WEEKDAY_PARTS = {d + p for d in ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
                 for p in ("ochtend", "middag", "avond", "nacht")}
NP_STOP |= WEEKDAY_PARTS
#: manner adverbs after a subject that follows its verb ("bevestigde een woordvoerder desgevraagd")
NP_STOP |= set("""desgevraagd telefonisch schriftelijk opnieuw gisteravond gistermiddag gisterochtend desondanks
daarentegen overigens eveneens nadrukkelijk stellig expliciet letterlijk openlijk publiekelijk""".split())
#: pronominal adverbs ("voegt de socioloog eraan toe"): never part of a noun phrase
NP_STOP |= {p + q for p in ("er", "daar", "hier") for q in (
    "aan", "bij", "van", "op", "mee", "over", "in", "uit", "na", "voor", "achter", "tegen", "door", "om", "onder", "naast")}

#: prepositions that may attach an affiliation to a source ("Jansen van de denktank X", "bronnen
#: rond het kabinet", "mensen binnen de partij")
AFFILIATION_PREPS = {"van", "bij", "namens", "uit", "rond", "binnen"}

#: nouns naming documents, studies and data that can be sources of findings
SOURCE_NOUNS = set("""onderzoek onderzoeken studie studies rapport rapporten analyse analyses
enquête enquêtes peiling peilingen cijfers rapportage verslag brief verklaring document
documenten nota advies evaluatie uitspraak vonnis proefschrift artikel bericht persbericht
berekeningen berekening schatting schattingen gegevens data inventarisatie rondgang
verkenning doorrekening prognose prognoses raming ramingen metingen meting
beelden camerabeelden foto's opnamen opnames
brieven verklaringen verslagen adviezen berichten persberichten artikelen notitie notities memo
e-mail e-mails mail mails tweet tweets contract dossier notulen
""".split())

#: nouns for persons and groups that can be sources (used when no name is given)
PERSON_NOUNS = set("""woordvoerder woordvoerster minister premier president burgemeester
wethouder directeur directrice voorzitter hoogleraar onderzoeker onderzoekers deskundige
deskundigen expert experts analist analisten socioloog econoom economen politicoloog
advocaat advocaten officier rechter rechters agent agenten politie arts artsen dokter
bewoner bewoners buurman buurvrouw eigenaar eigenaren boer boeren chef baas topman
topvrouw leider leiders fractievoorzitter kamerlid kamerleden trainer coach speler spelers
aanvoerder bondscoach generaal commandant militair militairen soldaat soldaten kenner
kenners criticus critici auteur schrijver student studenten leraar docent medewerker
medewerkers collega collega's inwoner inwoners wetenschapper wetenschappers kabinet
regering ministerie gemeente provincie bedrijf organisatie bond vakbond partij fractie
oppositie ambtenaren ambtenaar functionaris functionarissen bronnen bron ingewijden
getuigen getuige omwonenden ouders moeder vader zoon dochter vrouw man mensen
aanklager justitie rechtbank hof raad bestuur bestuurder bestuurders ceo
topman topvrouw manager managers ondernemer ondernemers specialist specialisten
psycholoog psychiater historicus historici jurist juristen klimatoloog virologen viroloog
epidemioloog meteoroloog bioloog ecoloog demograaf statisticus hoogleraren
architect architecte ontwerper ingenieur kunstenaar zanger zangeres muzikant acteur actrice
regisseur fotograaf dirigent schrijfster dichter journaliste verslaggever presentator dj
presentatrice burgervader gedeputeerde statenlid raadslid senator staatssecretaris
ambassadeur diplomaat gouverneur kanselier koning koningin prins prinses paus bisschop
dominee imam rabbijn pastoor priester boer boerin visser bakker slager kapper winkelier
eigenaresse oprichter oprichtster initiatiefnemer initiatiefneemster bedenker uitvinder
verpleegkundige huisarts chirurg tandarts apotheker dierenarts psychologe therapeut
coördinator projectleider teamleider afdelingshoofd directielid commissaris toezichthouder
verdachte slachtoffer nabestaande ooggetuige buurtbewoner omwonende agent rechercheur
brandweerman brandweercommandant officier politiechef korpschef hoofdcommissaris
trainer-coach keeper spits verdediger middenvelder wielrenner schaatser zwemmer atleet
""".split())

#: institutions and groups that can be sources ("Dat heeft de inspectie bekendgemaakt"); part of
#: PERSON_NOUNS, but not persons who introduce a following quote
ORG_NOUNS = set("""inspectie dienst diensten inlichtingendienst instituut bureau commissie stichting vereniging
federatie brancheorganisatie koepel ombudsman waterschap overheid autoriteiten autoriteit
college parlement leger brandweer bank banken verzekeraar verzekeraars fabrikant producent
omroep zender krant universiteit ziekenhuis school club ploeg actiegroep belangengroep
tegenstanders voorstanders critici klagers deelnemers respondenten ondervraagden
directie redactie concern jury rederij maatschappij team agentschap
rekenkamer vakcentrale werkgever werkgevers netbeheerder veiligheidsregio supermarkt supermarkten
schoolleiding clubleiding partijleiding bedrijfsleiding legerleiding
""".split())
#: heads of compound institution names too short for the general compound test ("de consumentenbond",
#: "de gemeenteraad", "de voedselbank"), with the compounds that name things
ORG_HEADS = ("bond", "raad", "bank")
NOT_ORG_COMPOUNDS = {"voorraad", "huisraad", "werkbank", "zandbank", "schoolbank", "databank", "kennisbank",
                     "zitbank", "parkbank", "gegevensbank", "speelbank", "beeldbank", "fotobank", "slaapbank"}
PERSON_NOUNS |= ORG_NOUNS
# roles of politics, schools and public life that news copy names people by
PERSON_NOUNS |= set("""lijsttrekker lijsttrekkers europarlementariër europarlementariërs
uitbater uitbaters tuinder tuinders leerkracht leerkrachten rector vrijwilliger vrijwilligers
organisator organisatoren organisatrice topambtenaar topambtenaren""".split())
# trades that name people in the news ("Monteur Karel (41)", "de chauffeur")
PERSON_NOUNS |= set("""monteur monteurs chauffeur chauffeurs buschauffeur taxichauffeur elektricien loodgieter
schilder machinist conducteur piloot piloten kapitein schipper postbode stewardess steward""".split())
# the parties of a court case and of politics, spoken of as one ("de verdediging stelt dat ...")
PERSON_NOUNS |= set("""verdediging coalitie sceptici""".split())
# rulers, landlords and cooks, named by their part in the story ("de dictator", "de verhuurder")
PERSON_NOUNS |= set("""dictator dictators despoot tiran machthebber machthebbers heerser
huurder huurders verhuurder verhuurders huisbaas kok koks""".split())
# plain words for people (who they are, not what they do)
PERSON_NOUNS |= set("""meisje meisjes jongen jongens jongeman jongemannen jongedame dame heer kind kinderen
tiener tieners oma opa grootmoeder grootvader broer zus zuster neef nicht echtgenoot echtgenote
weduwe weduwnaar vriend vriendin vrienden vriendinnen buren bezoeker bezoekers klant klanten
passagier passagiers reiziger reizigers patiënt patiënten scholier scholieren leerling leerlingen
fan fans supporter supporters kiezer kiezers inwoonster bewoonster
lezer lezers lezeres kijker kijkers luisteraar luisteraars gebruiker gebruikers voorbijganger voorbijgangers
omstander omstanders ooggetuige ooggetuigen demonstrant demonstranten betoger betogers twitteraar
juf juffen juffrouw meester meesters lerares leraressen mentor mentoren oom ooms tante tantes
schoonmoeder schoonvader schoonouders grootouders kleinzoon kleindochter kleinkinderen zwager schoonzus
stiefvader stiefmoeder pleegouders pleegmoeder pleegvader mama papa moeders vaders zonen dochters
twitteraars deelnemer deelnemers wandelaar wandelaars fietser fietsers automobilist automobilisten""".split())
# workers, doers and joiners named by what they do ("de arbeiders", "stakers", "de indieners")
PERSON_NOUNS |= set("""arbeider arbeiders staker stakers dader daders indiener indieners kraker krakers
opsteller opstellers toetreder toetreders invaller invallers achtervolger achtervolgers artiest artiesten
miljardair miljardairs partijgenoot partijgenoten landgenoot landgenoten leraar leraren werkzoekende
werkzoekenden bijstandsgerechtigde bijstandsgerechtigden gegadigde gegadigden liberaal liberalen""".split())
# adjectives used as nouns for people involved in something ("volgens betrokkenen", "een gedupeerde")
PERSON_NOUNS |= set("""betrokkene betrokkenen gedupeerde gedupeerden aanwezige aanwezigen nabestaanden
ingewijde insider insiders""".split())

#: roles named with their field after them ("hoogleraar strafrecht", "lector zorg")
FIELD_ROLES = {"hoogleraar", "professor", "docent", "docente", "lector", "lerares", "leraar", "onderzoeker",
               "onderzoekster", "deskundige", "expert", "specialist", "promovendus", "woordvoerder",
               "woordvoerster", "wethouder", "gedeputeerde", "minister", "staatssecretaris", "directeur",
               "hoofd", "medewerker", "medewerkster", "adviseur", "coördinator", "commissaris"}

#: suffixes of role nouns (woordvoerder, politicoloog, deskundige, voorzitster, ...)
ROLE_SUFFIXES = ("nemer", "kamerlid", "loog", "kundige", "voerder", "voerster", "ist", "aar", "eur", "ier",
                 "man", "vrouw", "baas", "chef", "leider", "ster", "ent", "ant", "oloog",
                 "icus", "aris", "ceo", "coach", "loge")

#: modal/auxiliary verbs before an infinitive or participle cue ("wil zeggen", "heeft gezegd")
AUXILIARIES = set("""heeft hebben had hadden is zijn was waren wordt worden werd werden
kan kunnen kon konden wil willen wilde wilden moet moeten moest moesten zal zullen zou
zouden durft durfde mag mocht hoeft hoefde laat liet
""".split())

#: abbreviations with a full stop that do not end a sentence
ABBREVIATIONS = set("""bijv bv o.a d.w.z dr mr prof ir ing drs ca nr jl mln mld blz zgn resp
etc enz vs m.b.t i.p.v a.s t.o.v dhr mevr sr jr st ds""".split())


#: words of ministerial portfolios ("minister van Buitenlandse Zaken X", "staatssecretaris van
#: Justitie en Veiligheid X"): the portfolio after "<role> van" is not part of the person's name
PORTFOLIO_WORDS = set("""buitenlandse binnenlandse zaken financiën defensie justitie veiligheid onderwijs
cultuur wetenschap economische klimaat landbouw natuur voedselkwaliteit volksgezondheid welzijn sport
sociale werkgelegenheid infrastructuur waterstaat koninkrijksrelaties medische zorg asiel migratie handel
ontwikkelingssamenwerking milieu verkeer economie volkshuisvesting ruimtelijke ordening wonen
buitenland binnenland energie jeugd emancipatie integratie immigratie""".split())


#: nouns that name a work or a campaign: a quotation right after them is its title
#: ("het boek 'De provincie'", "de campagne 'Rijden zonder drank'"), not someone's words
TITLE_NOUNS = set("""boek boeken roman film films serie reeks programma tv-programma documentaire lied liedje
nummer single album plaat voorstelling musical toneelstuk opera expositie tentoonstelling titel
rapport nota handboek bundel essay artikel column krant tijdschrift blad campagne actie project
festival slogan motto thema hashtag app spel game podcast website""".split())

#: peoples in the plural ("de Russen"): after "de" they are no surname ("verwijt Trump de
#: Russen" is no "Trump de Russen")
PLURAL_DEMONYMS = set("""Russen Amerikanen Chinezen Duitsers Fransen Britten Engelsen Belgen Turken
Marokkanen Syriërs Palestijnen Israëliërs Iraniërs Irakezen Oekraïners Italianen Spanjaarden Grieken
Japanners Koreanen Europeanen Afrikanen Aziaten Arabieren Koerden Nederlanders Hongaren Roemenen
Bulgaren Serviërs Kroaten Bosniërs Albanezen Zweden Noren Denen Finnen Schotten Ieren Canadezen
Mexicanen Brazilianen Argentijnen Venezolanen Cubanen Indiërs Pakistanen Afghanen Saoediërs
Egyptenaren Libiërs Tunesiërs Algerijnen Nigerianen Somaliërs Eritreeërs Surinamers Antillianen
Vlamingen Walen Friezen Limburgers Brabanders Oostenrijkers Zwitsers Portugezen Tsjechen Slowaken""".split())
#: one person by nationality ("de Fransman", "De Sloveen zelf"); not those that are also Dutch
#: surnames or first names (Waal, Fries, Pool, Noor, Deen, ...)
SINGULAR_DEMONYMS = set("""Rus Amerikaan Chinees Duitser Fransman Brit Engelsman Belg Turk Marokkaan Syriër
Palestijn Israëliër Iraniër Irakees Oekraïner Italiaan Spanjaard Griek Japanner Koreaan Europeaan Afrikaan
Koerd Nederlander Hongaar Roemeen Bulgaar Serviër Kroaat Bosniër Albanees Zweed Noorman Schot Canadees
Mexicaan Braziliaan Argentijn Venezolaan Cubaan Indiër Pakistaan Afghaan Saoediër Egyptenaar Libiër
Tunesiër Algerijn Nigeriaan Somaliër Eritreeër Surinamer Antilliaan Vlaming Limburger Brabander
Oostenrijker Zwitser Portugees Tsjech Slowaak Sloveen Litouwer Georgiër Armeniër Australiër Colombiaan
Chileen Peruaan Ghanees Senegalees Kameroener Ivoriaan Keniaan Ethiopiër Zuid-Afrikaan Nieuw-Zeelander""".split())

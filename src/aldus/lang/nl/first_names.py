"""Common first names in the Netherlands and Flanders by usual gender, for pronoun agreement
(hij/hem ↔ male, zij/ze/haar ↔ female) in speaker resolution.

Provenance: compiled for aldus from general knowledge of frequent Dutch given names across
generations (cf. the Meertens Instituut Nederlandse Voornamenbank top lists); international
names common in Dutch news added. A name missing here only means "gender unknown".
"""
from __future__ import annotations

FEMALE = set("""
birgit annemiek joke ingeborg yvette lotje tess mila lynn luna olivia amber britt demi jade lauren liv puck quinty suze yara zara fatma aisha amina meryem leila layla dounia ilham hanan naima malika rachida souad brenda natascha daniëlle ester lindsey paula valerie wietske anja corine elisa elke karlijn lonneke marit paulien sanna
anna anne annemarie anneke annemieke anouk astrid barbara bea beatrijs bianca carla carolien
caroline charlotte chantal claudia cora corinne daphne debby denise diana dina dominique
doris edith eline elise elisabeth ella ellen els elsbeth emma esther eva evelien fatima femke
fleur floor francien froukje gerda gertrude greet hanna hannah hanneke hedwig heleen helen
helga hester hilde ilse inge ingrid iris irene jacqueline janneke jantine janine jasmijn
jeanine jennifer jessica jet jolanda jose josé judith julia juliette karin kim klaartje
kristel laura lieke lies liesbeth lilian lilianne linda lisa lisanne loes lotte lucy maaike
manon margreet maria marian marianne marieke mariska marjan marjolein marleen martine
maud melanie merel mieke mirjam monique myrthe nadia nathalie natasja nina noor nora
olga patricia petra pien priscilla renate rianne rita romy roos rosa sabine sandra sanne
saskia sara sarah sharon sigrid simone sofie sophie stephanie suzanne sylvia tamara tanja
tessa thea tineke trudy ursula vera wendy willemijn wilma yvonne zoë hagar ahmed_f
angela hillary theresa ursula kamala nancy marine ségolène meghan greta
annabel annabelle annelies annet annette ans antoinette ariane aukje babette bregje brigitte
carmen cecile céline christa christel christine cindy clara claire colette conny corrie
danielle dewi dorien dorothé dorothea ellis emily emine erica esmee evi fenna fenne floortje
francine franka gabriëlle gabriela gea geertje gerdien gonnie hanna hatice hennie henriëtte
henriette hetty hilda ida ineke ivonne jacomien jannie jeannette jenny jet jikke jolien
josephine joyce julie karen katja kathleen katrien kelly khadija kirsten lara lea leonie
lidewij lieve lina lisette liza lotte louise lucia lydia madelon mara margriet margot
marie-claire marieke marijke marja marjolijn marloes martha mathilde meike melissa mia
michelle miriam mirella nathalie naomi nienke nicole nikki noortje noa odile pauline
renée rachel rebecca ria rika rosalie ruth samira sandra selma sietske silvia sonja stella
susan suzan sylvana tatjana tiny tirza trees vivian wilhelmina willeke yasmina yasmine
yolanda zainab zeynep zuzana angelina beyoncé hannelore ilona irina jacinda kate katarina
madeleine marianne margrethe melania natalia nicola oksana olena svetlana tatiana theresa
""".split()) - {"ahmed_f"}

MALE = set("""
birger sietse ruben sem finn rik ricardo wessel coen jannes jordi mehmet mustafa ali hassan hussein ibrahim omar karim khalid rachid said nabil hakim achmed emre murat kemal ozan arjen bernd gerjan harold jaco kasper rene rolf sjors stan ted wijnand
aart abdel ad adriaan ahmed ahmet albert alexander alex anton arjan arie arnold arthur bart
bas ben bernard bert bob boris bram cees chris christiaan christophe daan dani daniel david
dennis dick dirk edwin eric erik ernst esther_m evert ewout ferry floris frank frans fred
frederik freek gerard gerrit gert gijs guus hans harm harry hendrik henk henri herman hugo
ivo jaap jacob jan jasper jelle jeroen jesse jim joep johan johannes jonas joost jop joris
jos josef jules justin kees kevin klaas koen kornelis lars laurens leo leon lodewijk lucas
luuk maarten marc marcel marco mark mart martijn martin mathijs matthijs max michael michel
mohamed mohammed niels nick nico niek olaf oscar otto paul pepijn peter piet pieter quinten
ralph ramon remco rené richard rick rob robert robin roel ronald rudy ruud rutger sander
sebastiaan sjoerd stefan stephan sven teun theo thierry thijs thomas tim tom ton victor
vincent walter wiebe wiegel willem wim wouter youssef yusuf
donald joe barack vladimir sergej xi emmanuel olaf recep benjamin
aad adam adrie ahmad ali alain andré andreas andries antoon armand arno arnoud auke axel
bas benno berend bjorn björn boudewijn bouke bruno carel casper cor cornelis dave diederik
dolf douwe dries edo eduard egbert elias emiel erwin eelco eelke ferdinand fons freddy
frits geert gerben gerd gerlof gijsbert gilles giovanni godfried guido gustaaf hamid hassan
hein hendrikus henny herbert hidde hubert huub ibrahim igor iwan jaap jacques jakob jamal
jean jeffrey jens jeroen job jochem joeri johnny jordy jorg jorrit jozef jurgen jurriaan
karel khalid kjeld klaas-jan kris lambert laurent lennart lex louis lourens luc luuk maarten
mahmoud marcus marinus marius mark-jan mathieu maurice maurits mehmet melle menno merijn
michiel mick mike milan mitch mustafa nils noah norbert olivier omar onno oscar patrick
paulus pierre pim quincy rachid raymond reinier reinout rem remy rens riccardo rinus robbert
rodney roeland roger rogier roland romano ronald roy rudi rutger said sam samuel sebastian
sieb siebe simon sjaak steef steven stijn sybrand sytze taco tijs tijmen timo tobias tjeerd
tony toon twan valentijn vico willem-alexander wilco wilfried wilbert william wybren
xander yannick yves zakaria antonio boris charles emmanuel francesco françois frans-jan
georg george giuseppe gordon hugo jair jens joachim john jürgen kim-jong karl kurt leonid
luigi marco matteo mauricio mike nicolás nicolas pedro rafael recep rodrigo sergei stefano
theo ulrich viktor volodymyr wolfgang xavier
""".split()) - {"esther_m", "kim-jong"} - {
    # first names that are just as often surnames ("Nour Omar", "Ahmed Ali"): no gender evidence
    "omar", "ali", "hassan", "said", "khalid", "ibrahim", "mahmoud", "hamid", "jamal", "rachid", "mustafa",
    "mehmet", "samuel", "simon", "louis", "lambert", "hubert", "marinus", "paulus", "roeland", "zakaria"}

#: role and kinship nouns with a gender
FEMALE_ROLES = {"vrouw", "moeder", "dochter", "zus", "zuster", "mevrouw", "oma", "tante", "echtgenote",
                "vriendin", "woordvoerster", "zangeres", "actrice", "directrice", "lerares", "koningin",
                "prinses", "boerin", "weduwe", "moslima", "presentatrice", "voorzitster", "burgemeesteres",
                "meisje", "dame", "grootmoeder", "schoonmoeder", "nicht", "vriendinnetje"}
MALE_ROLES = {"man", "vader", "zoon", "broer", "meneer", "opa", "oom", "echtgenoot", "vriend", "koning",
              "prins", "weduwnaar", "heer", "jongen", "jongeman", "grootvader", "schoonvader", "neef", "vriendje"}

#: words for an unnamed person met in a report, by sex ("de bewoonster", "de vrouw", "de Arnhemse")
UNNAMED_FEMALE = {"vrouw", "dame", "bewoonster", "buurvrouw", "eigenares", "vrijwilligster", "passante",
                  "automobiliste", "fietsster", "bezoekster"}
UNNAMED_MALE = {"man", "heer", "bewoner", "buurman", "eigenaar", "vrijwilliger", "passant", "automobilist", "fietser",
                "bezoeker"}

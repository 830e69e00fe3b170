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

# A wider list (the twelfth round): given names of all generations from the Netherlands, Flanders and
# Friesland, names common among Dutch people of Turkish, Moroccan, Surinamese, Antillean, Indonesian and
# Chinese descent, and international names frequent in the news. Compiled from general knowledge, like the
# lists above; left out: names used for both sexes, names that are also Dutch words ("roos", "anders") and
# names that are as often surnames ("Malik", "Henry").
FEMALE |= set("""
aafje aafke aagje aaliyah aaltje abby abigail ada adela adele adèle adelheid adelina adeline adinda adriana
adrienne afke afra agata agatha agathe ágnes agneta agnes agnès agnieszka agustina aicha aïcha aida aïda aiko
aileen aimee aimée ainhoa aino aitana akiko akke alba alberta albertina albina alejandra aleida aleksandra
alena alessandra alessia aletta alexa alexandra alexia alice alicia alicja alida alie alina aline alisha
alison alissa aliya aliyah alix allison alma alona alva alyona alyssa amaia amal amalia amalie amanda amandine
amara amelia amelie amélie aminata amira amna amy ana anabel anaïs anais anastasia anastasiya andrée ángela
angelika angelique angélique angie anikó aniek anisa anissa anita anjali anke ankie anky ank ann annabella
annalena annalisa anne-marie anne-sophie annegret anneleen anneli annelien anneliese anneloes annelore annelot
annemie annemijn annick annie anniek annika anny anouck anouska antje antonella antonia antonina antsje anya
anzhelika apolline apollonia arabella aretha ariana arianna arianne arielle arina arja arlene arlette aryna
asha asiye asli aslı asma asmae asmaa athina atie attje aude audrey aurelia aurélie aurelie aurore ava avril
aya ayaan ayelet ayfer ayla aylin aynur ayşe ayse ayşegül aysegul aysel ayten ayu azra aziza babs bahar banu
bärbel barbora başak basak basma baukje beata beate beatrice béatrice beatriz beatrix becky begoña bella
belinda benazir benedetta benedicte bénédicte bente benthe bep beppie bérénice berit berna bernadette bernice
berta bertha beth bethany betje bets betsie betsy bettina betty betül betul beverly beyza bieke birgitta
blanca blandine bodil bonnie bouchra bożena brechtje bridget brigitta britney britta brittany bronwen brooke
burcu büşra busra bushra caitlin camila camilla candice capucine cara carin carina carine carlijn carlota
carlotta carmela carol carola carole carolyn carry cassandra catalina cate catharina catherine cathy cato
cecilia cécile celeste celia celina celine cemile ceylan chaima chaimae charissa charlene charlize cheryl
chiara chloe chloé chloë christelle christiane christianne christie christina çiğdem cigdem cinzia ciska
clarissa clarisse claudette claudine clémence clementine clémentine cleo clotilde coba coby colleen concetta
condoleezza connie constance constanze consuelo coosje coralie coretta corina corinna cornelia corry cosima
courtney cristina csilla cynthia dafne dagmar dagny daisy dalia danièle daniela danique danuta daria darja
darya dasha debbie debora deborah debra defne delia delphine demet derya desiree désirée despina devi diane
didem dieke dieuwertje dieuwke dilan dilara dilek dilma dimitra dineke dini dinie diny dionne dirkje dolly
dolores dominika donatella donna doortje dora doreen dorine dorota dorothée dorothy doutzen dua dunja dunya
durkje duygu ebba ebru eda edda édith edwina eefje eirini ekaterina elaine eleanor elena eleni eleonora
eleonore eléonore elfriede eliana eliane elif elin elina élise elisabetta élisabeth eliška elissa eliza
elizabeth elle ellie elly elma elodie élodie eloise éloïse eloïse elsa elsie elsje elske elvira elvire
elżbieta emanuela emel emiko emilia emilie émilie emmanuelle emmy enya erika erzsébet esin esma esmah esmée
esmeralda esperanza esra estelle eszter ethel eugenia eugenie eugénie eunice evangelia evelina eveline evelyn
evelyne evie evita evy ewa ewelina eylül fabienne fabiola fadime fadwa famke fanny farah fardau farida fatiha
fatou fatoumata fay faye febe federica feikje feline felicia felicitas felicity fem fenny fernanda feyza fidan
fien fieke filipa filippa filiz fiona fiorella fitri flavia flore florencia florentine florine foekje fokje
fouzia frances francesca francisca franciska françoise francoise franziska frauke frederique frédérique freja
freya frida frieda friederike funda gabriella gabrielle gaby gaëlle gaia galina gamze geesje geeske geeta
geertruida gemma genevieve geneviève georgette georgina geraldine gerarda gerlinde germaine gertie gertrud
gezina ghada ghislaine gianna gilda gillian gina ginette ginevra giorgia giovanna gisela gisele giselle gisèle
giulia giuliana giuseppina gladys glenda glennis godelieve goedele golda gönül grace graziella grażyna greetje
gretchen gretha griet grietje gudrun gülay gülşen gülsüm gunay gunilla guusje gwen gwendolyn gwyneth habiba
hacer hadewijch hadewych hadja hafida hafsa hajar hala halima halina halyna hana hanae hanane hande hanife
hanke hanne hannie hanny harriet haruka hasna havva hayat hayley hazel heather hedda hedy heidi heidrun heike
helena hélène helene helle hella helma héloïse hendrika hendrikje henrietta hermien hermina hermine hiba
hildegard hilal hiltje hind hinke hiroko hiske hoda holly hortense houda huda huguette hülya hulya ibtissam
iga ikram ilaria ildikó ildiko ilknur imane imelda imke immy ina indah indira ine inès ines inez inga inger
inmaculada inna intan ioanna ipek ireen irem irena irène irma irmgard iryna isabeau isabel isabella isabelle
isolde ivana ivanka ivette ivy iwona jacinta jacoba jacomina jacquelien jadwiga jamila jana jane janet janice
janna jannetje jantien jantina jantsje jasmin jasmine jeanette jeanne jeannine jelena jeltje jenna jennie
jetske jetty jildou jill jimena jitka jitske joana joanna joanne jocelyn jocelyne jodie joelle joëlle johanna
jolande jolanta jolijn jonna jorien jorinde josefa josefien josefina josée josette joséphine josiane josina
josje jozefien juana juanita judit judy juliana juliane julieta june justine justyna jutta kaat kaatje kaja
kajsa kamila kaoutar karien karima karla karolien karolina karoline kartika kartini kasia katalin katarzyna
katelijne katerina kateřina kateryna katharina kathalijne katherine kathryn kathy kati katie katinka katleen
katrin katrina katya kavita kawtar kayla keetje keiko keira kemi kenza kerstin kezban khawla kiki kimberley
kimberly kinga kira kirsi kirsty kitty klara klazina konstantina koosje kristen kristien kristin kristina
kristine krisztina krystyna ksenia kseniya kübra kubra kylie laetitia laila lakshmi lale lamia lana larisa
larissa larysa latifa laure laurentien laurien laurine léa leah leentje lena lene leni lenie lenka léonie
leonor leonora leontien leontine leticia letícia leyla lia liana lianne lidia lidwien lien lientje liesbet
liesje lili liliana lilly lily lindsay linnea lise liselotte liudmyla livia lize lizzy lobke loesje lois loïs
lola lore loredana lorena loretta lorraine lotta loubna louisa lucía luciana lucie lucienne lucille lucinda
lucretia ludivine ludmila ludovica luisa luise lutgard lutgarde lutgart luus lyudmila lysanne maartje mabel
machteld maëlle maeve mafalda magali magda magdalena maggie maia maike maja malak malala malgorzata małgorzata
malia malin malou manal mandy manuela marcella mareike marente margaret margaretha margarita margaux margit
margo marguerite maría mariam mariana marianna maribel marie marie-christine marie-josé marie-louise mariella
marielle mariëlle mariette mariëtte marilyn mariko marion marisa marisol marissa marita maritza mariya marjo
marjon marjorie marketa markéta marla marlene marlène marlies marlou maroua marta marthe martina martje marwa
mary maryam maryna maryse masha máxima matilda matilde mathilda maura maureen maya mayke megan megawati melati
mélanie melek melina melinda melody meltem meral meredith meriem merle merve meryl mette mette-marit michaela
michela michiko miep mientje mies milagros milena milica miley milou mina minke minou mira miranda mireille
mirjana mirte mirthe moira molly mona monica monika morgane mouna mounia muriel myriam myrna nadège nadezhda
nadine nadiya nadja nadya najat nanda naoko natalie nataliya natalya natasha nawal neeltje nel nele nelleke
nellie nelly nermin nesrin nevin nicolette nicoletta nicolien nihal nilay nilüfer nisha nisrine noelia noelle
noëlle noemi noémi noémie nola noraly norah norma noura nouk nuray nuria núria nynke océane octavia odette
olesya olive oona ophelia ophélie oprah orsolya ornella ottilie oumaima özlem ozlem päivi paloma pam pamela
panagiota paola pascale patrizia patty paulette paulina peggy penelope pénélope penny pernille perrine
petronella philippa philippine phoebe pia pilar pınar pinar pippa pleun polina polly pooja poppy priti priya
putri queeny quirine rabia rachelle radha rafaela raffaella rahma raisa ragnhild rania raquel rasha rashida
ratna rebekka reem regina reinette réka rekha renata renske reshma retno reyhan ricarda riet rietje rihanna
riitta rima rina rinske rivka roberta rocío rocio romana romane romee romée romina ronja roosje rosalind
rosalinde rosalynn rosanna rosanne rose roselyne rosemarie rosemary rosie rosita rossella rowena roxane
roxanne ruby rukiye saadet saar saartje sabah sabina sabriye sabrina sachiko safae safiye sahar sahra saida
saïda sakura salima salma salome salomé samantha samia sana sanaa sanae sandrine saoirse sasja satu savitri
scarlett seda sedef selena selin selina semra serap serena serpil sevda sevgi sevim severine séverine şeyma
seyma shanice shanna sharmila sheila sherida shira shirin shirley sibel sibylle sidonie sientje sifan signe
siham silke simona sinead sinta siobhan siska sita siti sjaan sjoukje sofía solange solène soledad solveig
songül sonia sophia soraya soukaina soundos stacey stefania stefanie steffi stéphanie sterre stien stientje
sue suha suella sunita susana susanna susanne susie suus suzanna suzette suzy svenja sviatlana sybille sylvie
sylwia sytske tabitha talia tamar tania tanya tara tarja tatyana teresa tereza tessel tetiana teuntje thalia
theodora therese thérèse theresia thora tiffany tilly timea tina tine tinka tinne tjitske tomoko toos tove
tracey tracy trijntje trudi trudie truus tuğba tugba tuğçe tülay tulsi türkan tuula tuva tzipi ulla ulrike
ulyana uma urszula uschi usha uta ute valentina valeria valérie valeriya vanessa vasiliki veerle verena
veronica veronika veronique véronique vesna vicky victoria vika viktoria violetta violette virginie vittoria
viviane vivianne vivienne wafa wafae waltraud wanda wati weronika whitney wiebke wiktoria willemien winnie
winona wulan wytske xenia ximena yael yana yanti yasemin yasmin yekaterina yelena yeliz yfke ylva ymke yoko
yolande yolanthe yousra yuko yulia yuliya yumiko zahra zakia zehra zeina zeinab zelda zhanna zineb zita zoe
zoé zoey zofia zohra zora zoya zsófia zsofia zsuzsa zsuzsanna zuhal zuzanna
""".split())

MALE |= set("""
aalt aaron abdelaziz abdelhak abdelhamid abdelkader abdelkrim abdellah abderrahim abderrahman abdeslam
abdessamad abdou abdoulaye abdul abdulaziz abel abiy abraham abram achiel achille achim adalbert adel adil
adnan adolf adolfo adrian adrianus adriano adrien afonso agus agustín aidan aiden ajay akira akram alan alban
alberto albertus albrecht aldert aldo alejandro aleksandar aleksander aleksandr aleksei aleksey alessandro
alessio alexandre alexandros alexei alexey alfie alfons alfonso alfred alfredo alisson alistair allard aloys
aloysius alparslan alper alphonse alvaro álvaro alwin amadeus amadou amar ambroos amedeo amine amir amit ammar
amnon amos anand anas anatole anatoly andrei andrej andres andrés andrew andrey andriy andrzej andy ángel
angelo anil ansgar anthony antoine antonis antonius antony antti anwar apostolos aras archie arda aris arkady
armando armin arnaud arne arnon arnout aron arsène artem artur arturo artyom arvid arvind asher ashraf ashwin
asif athanasios atilla attila atze august auguste augustin augusto aurelio aurélien avi ayhan aykut ayman
ayoub ayrton balázs bambang baptiste barend baris barış barry bartel bartholomeus bartosz bashar bassam
bastiaan bastian batuhan baudouin bauke beau bekir béla bence benedict benedikt bengt benito bennie benny
benoit benoît berat berkay bernardo bernardus bernhard bernie berry bertie bertrand bertus bezalel bilal bill
billy binali bjarne blaise boaz bobby bogdan borislav botic boubacar boy brad bradley brahim brandon brecht
brendan brent brett brian brice bruce bryan bryce budi bülent bulent burak burhan burkhard caleb calvin camiel
camillo caner carl carles carlo carlos carmine carsten cas casimir caspar cassius cedric cédric celal cem
cemal cengiz cenk cesar césar cesare chad chaim chiel christian christijan christoph christopher christos
chuck churandy ciro clarence claude claudio claus clemens clement clément cliff clifford clint clive cody
colin connor conor conrad constantijn constantin corentin corné cornelius corrado cory crispijn cristian
cristiano cristóbal csaba cüneyt curtis cyriel cyril cyrille cyrus daaf daisuke damian damien daniël daniil
danilo danny dante dario darius darko darren davide davy dawid declan deepak dejan denis denys denzel derek
derk desi desmond detlef devin dex didier diego dieter dietmar dietrich dilip dimitri dimitrios dimitris
dinand dinesh dino dion dirk-jan dmitri dmitry dmytro doede domenico dominic dominik donny donovan donyell
dorian dorus doug dragan driekus driss duco duncan durk dustin dwayne dwight dylan eamon eberhard ebrahim
eddie eddy edgar edgars edmond edmund edoardo edouard édouard edsel eduardo edvard edward eeltsje efe efraim
ege egon ehud eitan eko elbert elco eldert elia elian elijah elio eliot elliot elliott elmar elmer elon elton
elvis emanuel emanuele emil emile émile emilio emin emir emmerson emrah enda enes engin enrico enrique enzo
ephraim epke eppo eray ercan erdal erhan éric erich erkan erling ernest ernesto erol errol ersin ertuğrul
espen esteban ethan étienne etienne ettore eugen eugène eugene eugenio evan evangelos evgeni evgeny ewald
ewoud eyüp eyup ezekiel ezequiel ezio ezra fabian fabien fabio fabrice fabrizio fadi fahd faisal faissal fares
farouk faruk fatih fausto fedde federico feike felipe felix félix ferd ferdi ferenc ferhat fernand fernando
ferran fikret filip filippo firmin flavio florent florian fokke folkert foppe fouad francisco franco frank-
walter franz freddie frederic frédéric frederick fredrik freerk frenkie friedrich friso fritz fuat fumio
furkan gábor gabor gabriel gabriël gaël gaetano gareth gary gaston gauthier gavin geert-jan gennady gennaro
geoffrey georges georgios georgy ger geraint gerald gérard gerardo gerardus gerbrand gerhard gerhardus gerrit-
jan gert-jan gerwin geurt ghassan ghislain giacomo giancarlo gianfranco gianluca gianluigi gianni giannis
gideon gidi giedo giel gilad gilberto gilmar gino giorgio giorgos gitanas giulio gleb glenn gökhan gokhan
gonçalo gonzalo goran gosse gottfried gradus greg gregor gregory grégoire grigory grzegorz guillaume guillermo
gunnar günter gunter günther gustaf gustav gustave gustavo gyula györgy haakon hafez hafid haitham hakan håkan
hakeem halbe halil hamad hamed hani hannes hanno harald haris harmen harrie harun harvey hector héctor heikki
heiko heiner heinrich heinz helmut hendra hendrik-jan henk-jan henrik henrique herre hermann hermanus hervé
herve hessel hicham hideki hilbert hiroshi hisham holger honoré horst hosni hossein hubertus hugh hugues huib
huibert humberto humphrey humza hüseyin huseyin hylke iain ian ibrahima ichiro idris ignace ignacio ignatius
ignazio ihsan ijsbrand iker ilias ilja ilker ilya ilyas imad imran imre ingmar ingo ingvar ioan ioannis irfan
isaac isaäc isaak isaiah ismael ismaël ismaïl istván istvan itamar ivan ivar izaak jaak jacek jacobus jacopo
jaime jake jakub jalal jamil jan-jaap jan-peter jan-willem jandino jannik janos jános janusz jared jarno
jaroslav jaroslaw jarosław jason javad javier jawad jay jayden jeb jef jeff jelmer jelte jenson jeremiah
jeremie jeremy jérémy jerome jérôme jerrel jerry jerzy jesper jethro jetro jevgeni jimmy jiri jiří jitse
joakim joao joão joaquin joaquín joas jochen jochum joel joël joey johann joko jon jona jonah jonatan jonathan
joop jorge jörg jörgen jørgen jorn jörn jort josep joseph josh joshua josiah josip józsef jouke jovan juan
juha jukka julian julián julien julio julius jurjen jurre jurriën justus kaan kacper kadir kaj kamel kamil
kanye karl-heinz karol kars karsten kaspar kazimierz keanu keir keisuke keith kelvin kenan kendrick kenji
kenneth kenny kenzo kerem kerim khaled khalil kian kieran kilian killian kimi kirill kirk kishan kjell klaus
knut kobus koenraad koert kofi koji konrad konstantin konstantinos korneel kosta kostas krijn krishna kristian
kristof kristoffer krzysztof kwame kyan kyle kylian kyriakos kyrylo ladislav lahcen lajos lamar lambertus
lamine lammert lance lando larbi larry lasse laszlo lászló lawrence lazar leander leandro lebron lech leendert
leif lennard lennert lenny léo léon leonard leonardo leonardus leopold léopold leroy leszek lev levent levi
liam lieuwe lieven linus lionel lloyd lode loek logan loic loïc lorenz lorenzo lothar lotfi lowie lubbert luca
luciano lucien lucius ludo ludovic ludwig luís luka lukas lukasz łukasz luke lula lutz lyndon maciej mads
magnus mahdi mahesh mahmut maik majid maksim malcolm mamadou manfred mannes manoj manuel manus marat marcello
marcelo marciano marcin marek mariano marijn mario mariusz marko markus marlon marnix marouane marten martín
martinus marty marvin marwan masoud massimo mateo mateusz mathias mathis mats matt mattheus matthew matthias
matthieu mattia mattijs maurizio mauro maxim maximiliaan maximilian mehdi meindert meinte melchior melih
melvin merrick mert mesut metin micha michail michał michalis micheál miguel mihai mikael mikhail mikkel mikko
miklós mikołaj milo milorad milos miloš mimoun mirko miroslav mohamad mohammad mohand moos moritz morris
morten moses moshe mostafa mounir mourad moussa muammar muhammad muhammadu muhammed muhammet musa mustapha
mykhailo mykola naftali nairo najib nanne naoufal narendra nasir nathan nathaniel navid navin nawaz neil nelis
nelson neymar nicholas nicolaas nicolae nicolai nicolò nigel nihat niklas nikolai nikolaj nikolaos nikolas
nikos nino nizar noam noel noël nol nordin norman noud noureddine noussair nuno nyck obbe oğuz oguz okan okke
oktay olav ole oleg oleksandr oleksiy oliver olof olusegun omer ömer ondrej ondřej onur orhan oriol osama
oskar osvaldo oswald othman otis ottavio ousmane oussama owen pablo paco panagiotis paolo pascal pasquale
patrice patrik paulo pavel pavlo pavlos pawel paweł peder pekka pelé percy perry petar pete petr petro petros
petrus phil philip philipp philippe phillip piero pierluigi pieter-jan pietro piotr pjotr prabowo prakash
pravin prem primoz primož prosper pyotr pyt quentin quint quirijn radek radosław rafa rafał rafik raffaele
rahul raimond rainer raj rajendra rajesh rakesh ralf ramazan ramesh rami ramin ramiro ramón ramzan ramzi randy
raoul raphael raphaël rasmus raul raúl ravi ray reda redouan redouane reggie reginald régis reinder reinhard
reinhold reitse rembrandt remi rémi remko remmert renato renaud renzo reza rhys riad ricky ridouan rien rienk
rishi risto roald roan robbe robbie roberto rocco rodolfo roelof rohan rolando romain romelu romeo romke ron
ronaldo ronan ronnie ronny royston rubén rudmer rudolf rudolph rüdiger ruhollah rui rupert ruslan rustem ryan
ryszard saad sabri saddam sadio sadiq salman salvador salvatore samet sami samir sammy sandro sanjay santiago
satoshi saul sauli saverio sean seán sebas sebastien sébastien sedat selahattin selçuk selcuk selim semih
senne sep seppe seppo serdar serge sergey sergi sergio sergiy serhiy serkan seth shane shaun shimon shinji
shinzo shlomo shohei siebren siegfried siem sigmar sigurd sil silas silvan silvano silvio simeon sinan sipke
sjef sjeng sjon slamet slobodan sofiane sofyan søren soren soufiane spyros stanislas stanislav stanisław
stanley stavros stef stefanos steffen sten stepan stéphane stephen steve stian stig süleyman suleyman sunil
suresh sybren sylvain sylvester sytse szymon tadej tadeusz taeke taha takashi takeshi talha tallon tamás tamas
tamim taner taras tarek tarik tariq tarkan taro tayfun tayyip teddy teemu teodor terence terje terry teunis
thabo thaksin thanasis théo theodoor theodore theodoros theodorus thiago thibault thibaut thijmen thilo thom
thor thorsten tiago tibor tieme ties tigran tijjani tijl tijn tilman timon timothy timur tino tinus titus
tjalling tjerk tjibbe toby todd tolga tomas tomás tomáš tomasz tomislav tommaso tommy tore torsten toufik
travis trevor tristan troy tuncay tunahan turgay turgut tuur tycho tygo tyler tyrell udo ugo uğur ugur ulbe
ulf ulysse umar umberto ümit umit umut unai urbain uri usman uwe vaclav václav vadim valentin valentino
valerio valery valéry valtteri vasco vasil vasilis vasily vasyl vedat vernon vicente viggo vijay vikash vince
vincenzo vinicius vinícius virgil vitali vitaliy vitaly vito vitor vítor vittorio vivek vlad vladislav vojtěch
volkan volker vyacheslav wael wahid wahyu waldemar walid walther wannes ward warre wasim waylon wayne werner
wes wesley wietse wilfred wilhelm wilhelmus willem-jan wilmer winfried winston witold władysław wojciech
wolter woodrow wopke wout wubbo wybe wytze xabi xavi yahya yair yakup yann yanis yannis yaron yaroslav yasar
yaşar yassin yassine yasser yavuz yehuda yevgeny yevhen yiannis yigit yiğit yitzhak yoav yoeri yohan yoram
yorick yosef yossi younes youp youri yoweri yücel yunus yuri yuriy yuval zach zachary zafer zaid zbigniew
zdenek zdeněk zeger zeki zeljko željko zeno ziad zinedine zlatan zoltan zoltán zoran zouhair zsolt zygmunt
""".split())

#: every first name of either list (one set, built once: the name finder asks it for every capitalised word)
FIRST_NAMES = frozenset(FEMALE | MALE)

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

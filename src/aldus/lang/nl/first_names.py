"""Common first names in the Netherlands and Flanders by usual gender, for pronoun agreement
(hij/hem ↔ male, zij/ze/haar ↔ female) in speaker resolution.

Provenance: compiled for aldus from general knowledge of frequent Dutch given names across
generations (cf. the Meertens Instituut Nederlandse Voornamenbank top lists); international
names common in Dutch news added. A name missing here only means "gender unknown".
"""
from __future__ import annotations

FEMALE = set("""
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
""".split()) - {"ahmed_f"}

MALE = set("""
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
""".split()) - {"esther_m"}

#: role and kinship nouns with a gender
FEMALE_ROLES = {"vrouw", "moeder", "dochter", "zus", "zuster", "mevrouw", "oma", "tante", "echtgenote",
                "vriendin", "woordvoerster", "zangeres", "actrice", "directrice", "lerares", "koningin",
                "prinses", "boerin", "weduwe", "moslima", "presentatrice", "voorzitster", "burgemeesteres"}
MALE_ROLES = {"man", "vader", "zoon", "broer", "meneer", "opa", "oom", "echtgenoot", "vriend", "koning",
              "prins", "weduwnaar", "heer"}

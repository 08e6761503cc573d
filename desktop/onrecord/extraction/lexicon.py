"""Words that signal attribution: reporting verbs, channels, documents, titles.

The verb list follows the reporting verbs of attribution studies (PARC and the
speech-act verbs of news style guides), grouped only for readability.
"""

SPEECH_VERBS = frozenset(
    """
say tell add state announce declare report explain note observe remark comment mention
reply respond answer ask write tweet post testify assert claim contend argue insist
maintain allege charge accuse complain deny admit acknowledge concede confirm reveal
disclose emphasize emphasise stress underscore underline reiterate repeat highlight
warn caution predict promise pledge vow threaten urge demand recommend propose suggest
advise call describe recall conclude estimate indicate signal point joke quip
boast brag praise criticize criticise blast slam attack defend counter rebut dispute
concur agree lament reaffirm express affirm assure inform brief proclaim voice cite
quote recount relate narrate shout yell scream whisper mutter tout hail welcome decry
denounce condemn bemoan question wonder speculate forecast swear continue chime
interject muse exclaim retort scoff sigh marvel elaborate
""".split()
)

# Verbs whose complement names a proposition but that are not speech (kept apart so a
# setting or a caller can choose them).
COGNITION_VERBS = frozenset(
    """
believe think feel hope fear expect worry doubt know consider suspect reckon figure
guess assume imagine wish want
""".split()
)

# Verbs by which polls, studies and investigations report a finding ("the poll found that …"):
# attributions too, counted only with a clause as content, never with a plain object.
FINDING_VERBS = frozenset({"find", "show"})

REPORT_VERBS = SPEECH_VERBS | COGNITION_VERBS | FINDING_VERBS

# Nouns for an act of speech: whose it is speaks the words quoted in it ("Obama's "if you
# like your plan, you can keep it" promise", "Trump's claim that Obama "founded ISIS"").
SPEECH_NOUNS = frozenset(
    """
claim remark comment promise pledge vow warning statement answer reply response demand
assertion quip jab retort boast admission accusation plea prediction threat insistence
allegation denial complaint
""".split()
)

# Documents by which someone asks for something: their filer asks in the words quoted
# after them ("filed a complaint for “…”", "sent a letter seeking “…”").
REQUEST_NOUNS = frozenset(
    "request complaint letter petition motion lawsuit suit appeal application claim".split()
)

# Nouns that make a subject a channel through which words reach the article; a noun
# after "news" or "press" does too ("news agency", "press service").
CHANNEL_NOUNS = frozenset(
    """
media news newspaper paper outlet broadcaster television tv radio channel wire
daily times post journal network press station website tabloid medium gazette herald
tribune chronicle
""".split()
)

# Nouns that make a subject a document rather than a person.
DOCUMENT_NOUNS = frozenset(
    """
statement report video letter document release communique communiqué declaration
transcript survey poll study memo filing complaint lawsuit ruling text article post
tweet editorial announcement notice message book paper analysis review order decree
resolution bill footage recording interview broadcast dispatch cable email e-mail
audit inquiry investigation assessment inspection evaluation verdict judgment judgement
ad advertisement commercial spot missive photo photograph image headline schedule summary
research polling graphic chart form footnote readout affidavit indictment petition testimony
agreement contract
""".split()
)

GROUP_NOUNS = frozenset(
    """
side sides officials experts analysts critics supporters observers sources people
residents lawmakers leaders members voters democrats republicans authorities diplomats
""".split()
)

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
THING_PRONOUNS = frozenset({"it"})
GROUP_PRONOUNS = frozenset({"they", "them", "we"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})

# words that open another clause: a cue across one speaks of something else
CLAUSE_BREAK = frozenset(". ; ! ? while but whereas although when after before".split())

# forms of address: no capacity ("Dr." tells no one's job)
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "rev"})

TITLES = frozenset(
    """
mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. rep rep. representative gov gov. gen gen. col col.
lt lt. sgt sgt. president minister secretary senator governor mayor chairman chairwoman
chair commissioner judge justice general colonel spokesman spokeswoman spokesperson
leader ambassador prime chancellor king queen prince pope rev. rev sir lord lady dame
councillor councilor councilman councilwoman officer inspector detective sergeant captain
""".split()
)

# Nouns that make a phrase an organisation ("the agency", "the club said").
ORGANIZATION_NOUNS = frozenset(
    """
agency bureau inspectorate ministry department office council committee commission board authority court
tribunal union club studio company firm corporation bank group organization organisation
association federation foundation institute university college school hospital league
team party campaign administration government cabinet parliament congress senate
assembly police army military navy embassy consulate delegation secretariat regulator
charity trust fund coalition alliance movement church museum library orchestra theatre
theater band label publisher airline operator network service staff co inc ltd
""".split()
)

PERSON_NOUNS = frozenset(
    """
official spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney professor
analyst expert president minister senator candidate director chief leader diplomat envoy
ambassador researcher fellow scientist economist doctor author writer reporter host
governor mayor chairman chairwoman secretary commissioner manager founder executive source
head coach captain chair person people
""".split()
)

# Words that stand for a share of people ("many said", "46 percent said", "most agreed").
QUANTITY_WORDS = frozenset(
    """
many most some others other those these all both few several one everyone everybody
anyone nobody none half third quarter fourth fifth majority minority plurality share
percent %
""".split()
)

# Outputs of a study or poll that report its findings ("the results show that …").
FINDING_NOUNS = frozenset(
    """
result finding data datum average estimate projection statistic test autopsy
""".split()
)

# English nouns and forms of address whose meaning gives the person's sex: what the article
# itself says of someone (`her son, Einar Tollefsen`, `Ms. Annan`), read by pronoun
# resolution. Compounds in -woman / -man are read from the word's end.
FEMALE_NOUNS = frozenset(
    """
mrs ms miss madam madame dame lady woman girl mother daughter sister wife widow aunt niece
grandmother granddaughter stepmother bride fiancee girlfriend queen princess duchess
countess baroness empress actress heiress hostess waitress abbess nun
""".split()
)
MALE_NOUNS = frozenset(
    """
mr sir lord man boy father son brother husband widower uncle nephew grandfather grandson
stepfather groom fiance boyfriend king prince duke count baron emperor monk
""".split()
)

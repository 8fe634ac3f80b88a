"""Given names that tell a person's gender, for pronoun agreement.

A name's first word is often the only sign of its bearer's gender in wire copy ("Ann
Lee said …" with no "Ms."), and "he" must not resolve to *Ann Lee* (AGREES_WITH in
:mod:`newsparse.lexicon.pronouns`). The lists hold given names common in English and
German news (the most frequent names of the US Social Security Administration's and of
the Gesellschaft für deutsche Sprache's yearly lists, and the first names of the
politicians and officials that English and German political news quote most), lower
case.

Left out on purpose:

* names given to men and women alike, or to one in one language and the other in
  another: Jan, Kim, Chris, Alex, Jordan, Robin, Andrea, Jean, Kelly, Lindsey, Sascha,
  Kai, Dana, Leslie, Lee, Terry, Jamie, Casey, Taylor, Morgan, Pat, Sam, Toni, Marion,
  and women's names in English or German that are men's in Italian, Catalan, Finnish,
  French or Greek (Simone, Gabriele, Michele, Joan, Mika, Alexis) or in British use
  (Ashley, Evelyn);
* names that are also places or common words a capitalised run may open with:
  Christian ("Christian Democrats"), Georgia, Virginia, Carolina, Florence, Victoria,
  Charlotte, Austin, Madison, Jackson, Lincoln, Paris, Sydney, Dallas, Houston, Regina,
  Sofia, Grace, Joy, Hope, Mark (the currency in German copy), Rose, Will, May, Bill (a
  bill of Congress is spelled lower case, but headlines capitalise it).

>>> GIVEN_NAME_GENDERS["angela"], GIVEN_NAME_GENDERS["donald"]
('f', 'm')
"""

from __future__ import annotations

__all__ = [
    "COMPANY_HEADS",
    "EITHER_GENDER_NAMES",
    "GIVEN_NAME_GENDERS",
    "GIVEN_NAME_SHORT_FORMS",
    "GROUP_SINGULARS",
    "KNOWN_GIVEN_NAMES",
    "NON_PERSON_HEADS",
    "NOT_GIVEN_NAMES",
]


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Women's given names.
_FEMALE = _names(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra kimberly emily donna michelle dorothy carol amanda
    melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley
    anna brenda pamela emma nicole helen samantha katherine christine debra rachel
    carolyn janet catherine maria heather diane ruth julie olivia joyce lauren christina
      judith megan cheryl hannah jacqueline martha gloria teresa ann anne sara
    frances kathryn janice abigail alice judy sophia denise amber doris marilyn danielle
    beverly isabella theresa diana natalie brittany marie kayla lori hillary
    condoleezza madeleine nikki sheryl melania ivanka chelsea tiffany huma kellyanne
    carly debbie tammy kirsten elise claire dianne loretta sonia elena nina jill
    megyn gretchen katie rosie oprah susana ségolène federica ursula annegret
    claudia renate brigitte sabine petra monika birgit susanne katrin kristina
    julia anja silke heike ulla ilse gerda ingrid hannelore karin manuela franziska
    svenja katja sahra christiane annalena ricarda heidi elke martina stefanie
    tanja anke dagmar marianne erika helga ute bärbel edelgard herta lena lea leonie
    sophie johanna hanna frauke beatrix jutta elisabeth margot rita regine sigrid gesine
    silvana sylvia cornelia iris irene eva greta luciana lucia isabel carmen rosa ana
    marta pilar beatriz adriana gabriela fernanda paula angelica veronica monica tara
    becky rebekah wendy tracy stacy tina lynn peggy vanessa valerie yvonne sylvie
    nathalie isabelle sandrine martine brigitte francesca giulia chiara elisabetta
    paola olga natalia tatiana svetlana irina ludmila yulia fatima aisha leila jane
    kamala janet joanne jeanne marsha nikki betsy kristi kristen kirsten tulsi ilhan
    """
)

#: Men's given names.
_MALE = _names(
    """
    james john robert michael william david richard joseph thomas charles christopher
    daniel matthew anthony donald steven paul andrew joshua kenneth kevin brian george
    timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen
    larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
    jack dennis jerry tyler aaron jose josé adam nathan henry douglas zachary peter kyle
    walter ethan jeremy harold keith roger noah gerald carl sean arthur lawrence dylan
    bryan joe billy bruce albert willie gabriel logan alan juan wayne roy ralph randy
    eugene vincent russell elijah louis bobby philip johnny barack bernie bernard ted
    marco jeb mitt newt rand ben mike jim tom tim bob dick rick chuck reince corey rudy
    rudolph rex vladimir emmanuel françois francois nicolas boris recep narendra shinzo
    mohammed muhammad ahmed hassan hosni bashar sergei sergey dmitry dmitri viktor
    matteo silvio mario enrique felipe luiz jair nelson fidel raúl raul hugo evo
    gerhard helmut wolfgang olaf horst sigmar martin klaus jürgen hans karl heinz günter
    günther werner manfred dieter uwe bernd rolf joachim norbert volker markus
    stefan andreas matthias sebastian tobias florian philipp jens jörg ralf thorsten
    torsten carsten lars sven dirk guido cem friedrich joschka edmund theo kurt fritz
    heiko armin hubertus georg josef franz otto ernst erich rudolf ludwig gustav hermann
    johannes benedikt reinhold winfried wilfried hartmut lothar detlef gregor oskar
    ulrich rainer reiner erwin bodo felix max moritz lukas leon jonas finn niklas julian
    dominik fabian marcel timo björn hendrik henning arne malte ole nils willy heinrich
    wilhelm friedhelm gerd egon erhard konrad joel eddie gordon glenn craig todd chad
    brad derek travis shane troy marcus lance dale dean earl ray leonard stanley howard
    norman marvin glen victor curtis clarence phillip neil ian colin duncan graham hugh
    stuart barry wesley derrick luis carlos antonio miguel pedro manuel francisco jorge
    ricardo sergio alejandro fernando javier rafael andrés andres diego ahmad omar
    yusuf ibrahim mustafa mahmoud abdullah khalid tariq ivan igor andrei alexei mikhail
    yuri oleg pavel jacques pierre michel alain philippe laurent olivier thierry didier
    luigi giuseppe giovanni francesco paolo stefano massimo roberto angelo bill elon
    satya jerome lloyd warren tucker sundar tim jay mitch kevin
    """
)

#: A given name's gender: ``m`` or ``f``.
GIVEN_NAME_GENDERS: dict[str, str] = {
    **dict.fromkeys(_FEMALE, "f"),
    **dict.fromkeys(_MALE, "m"),
}

#: Given names borne by men and women alike (left out of :data:`GIVEN_NAME_GENDERS`):
#: they tell no gender, but they are given names ("CNN's Chris Lee" is *Chris Lee*).
EITHER_GENDER_NAMES = frozenset(
    {"jan", "kim", "chris", "alex", "jordan", "robin", "andrea", "jean", "kelly"}
    | {"lindsey", "sascha", "kai", "dana", "leslie", "terry", "jamie", "casey"}
    | {"taylor", "morgan", "pat", "sam", "toni", "marion", "simone", "gabriele"}
    | {"michele", "joan", "mika", "alexis", "ashley", "evelyn"}
)

#: Short forms of given names and the full names they may stand for: "Joe Biden" and
#: "Joseph R. Biden" are one person, as are "Mike" and "Michael Pompeo"; "Pat" is a
#: Patrick or a Patricia.
GIVEN_NAME_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "joe": ("joseph",),
    "mike": ("michael",),
    "bill": ("william",),
    "will": ("william",),
    "bob": ("robert",),
    "rob": ("robert",),
    "jim": ("james",),
    "jimmy": ("james",),
    "tom": ("thomas",),
    "tim": ("timothy",),
    "ted": ("edward", "theodore"),
    "ed": ("edward", "edmund"),
    "dick": ("richard",),
    "rick": ("richard",),
    "chuck": ("charles",),
    "charlie": ("charles",),
    "ben": ("benjamin",),
    "bernie": ("bernard",),
    "newt": ("newton",),
    "dan": ("daniel",),
    "dave": ("david",),
    "steve": ("steven",),
    "tony": ("anthony",),
    "andy": ("andrew", "andrea"),
    "matt": ("matthew",),
    "pat": ("patrick", "patricia"),
    "nick": ("nicholas",),
    "greg": ("gregory",),
    "jeff": ("jeffrey",),
    "ken": ("kenneth",),
    "larry": ("lawrence",),
    "don": ("donald",),
    "ron": ("ronald",),
    "jerry": ("gerald", "jerome"),
    "sam": ("samuel", "samantha"),
    "alex": ("alexander", "alexandra", "alexis"),
    "chris": ("christopher", "christine", "christina", "christian"),
    "liz": ("elizabeth",),
    "beth": ("elizabeth",),
    "betsy": ("elizabeth",),
    "kate": ("katherine", "catherine"),
    "kathy": ("kathleen",),
    "sue": ("susan",),
    "peggy": ("margaret",),
    "maggie": ("margaret",),
    "debbie": ("deborah",),
    "jenny": ("jennifer",),
    "becky": ("rebecca",),
    "hans": ("johannes",),
    "sepp": ("josef",),
}

#: Every given name of the lists above, of either gender, short forms too.
KNOWN_GIVEN_NAMES = (
    frozenset(GIVEN_NAME_GENDERS) | EITHER_GENDER_NAMES | frozenset(GIVEN_NAME_SHORT_FORMS)
)

#: Capitalised words that open a run before a last name and are no given name: titles
#: the title list leaves out, time words, party and ideology words ("President-elect
#: Trump", "Coach Lee", "Yesterday Lee", "Conservative Lee" are *Trump* and *Lee*).
NOT_GIVEN_NAMES = frozenset(
    {"coach", "lord", "lady", "dame", "sir", "baroness", "baron", "detective"}
    | {"inspector", "rabbi", "pastor", "reverend", "rev", "father", "sister", "brother"}
    | {"imam", "sheikh", "judge", "justice", "officer", "sergeant", "agent", "dr", "doctor"}
    | {"professor", "prof", "elect", "acting", "interim", "deputy", "vice", "former"}
    | {"today", "yesterday", "tonight", "tomorrow", "monday", "tuesday", "wednesday"}
    | {"thursday", "friday", "saturday", "sunday", "when", "then", "now", "but", "and"}
    | {"conservative", "labour", "liberal", "democrat", "democratic", "republican"}
    | {"independent", "socialist", "green", "gop", "tory", "whig", "in", "at", "for"}
    | {"brief", "update", "exclusive", "analysis", "factbox", "wrapup", "neither"}
    | {"either", "both", "even", "only", "also", "after", "before", "while", "since"}
    | {"if", "as", "so", "yet", "though", "although", "because", "with", "without"}
)

#: The plural heads of company names ("Litton Industries", "Marketing Systems of America
#: Inc"): a company's, which "the company" may stand for, like a legal form's.
COMPANY_HEADS = frozenset(
    {"systems", "services", "industries", "holdings", "securities", "enterprises"}
    | {"partners", "airlines", "communications", "laboratories", "resources"}
    | {"technologies", "products", "networks"}
)

#: Last words that make a capitalised run no person, whatever its first word: "George
#: Washington University", "Angela Merkel Foundation" and "Carl Zeiss AG" get no gender
#: from their given names (with :data:`~newsparse.lexicon.titles.ORGANISATION_NOUNS`).
NON_PERSON_HEADS = frozenset(
    {"university", "college", "school", "academy", "hospital", "center", "centre"}
    | {"institution", "bureau"}
    | {"museum", "library", "airport", "stadium", "arena", "fund", "trust", "prize"}
    | {"award", "memorial", "hall", "house", "tower", "bridge", "street", "avenue"}
    | {"square", "park", "station", "corp", "corporation", "inc", "co", "ltd", "llc"}
    | {"ag", "gmbh", "plc", "sa", "nv", "bv", "kg", "stiftung", "universität", "schule"}
    | {"show", "times", "post", "journal", "news", "daily", "review", "magazine"}
    # bodies ("National Association of …", "Ivorian Chamber of Commerce")
    | {"association", "chamber", "federation", "society", "league", "alliance", "club"}
    | COMPANY_HEADS
)

#: Members of a party or a nation, singular: a name ending in their plural ("House
#: Democrats", "Young Americans") is a group's, which "he" and "she" never take.
GROUP_SINGULARS = frozenset(
    {"democrat", "republican", "conservative", "liberal", "progressive", "independent"}
    | {"american", "european", "african", "asian", "latino", "hispanic", "evangelical"}
    | {"christian", "muslim", "jew", "catholic", "protestant", "voter", "supporter"}
)

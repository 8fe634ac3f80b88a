"""Given names that tell a person's gender, for pronoun agreement.

A name's first word is often the only sign of its bearer's gender in wire copy ("Ann
Lee said …" with no "Ms."), and "he" must not resolve to *Ann Lee* (AGREES_WITH in
:mod:`newsparse.lexicon.pronouns`).  The lists hold given names common in English and
German news (the most frequent names of the US Social Security Administration's and of
the Gesellschaft für deutsche Sprache's yearly lists, and the first names of the
politicians and officials that English and German political news quote most), lower
case.

Left out on purpose:

* names given to men and women alike, or to one in one language and the other in
  another: Jan, Kim, Chris, Alex, Jordan, Robin, Andrea, Jean, Kelly, Lindsey, Sascha,
  Kai, Dana, Leslie, Lee, Terry, Jamie, Casey, Taylor, Morgan, Pat, Sam, Toni, Marion;
* names that are also places or common words a capitalised run may open with:
  Christian ("Christian Democrats"), Georgia, Virginia, Carolina, Florence, Victoria,
  Charlotte, Austin, Madison, Jackson, Lincoln, Paris, Sydney, Dallas, Houston, Regina,
  Sofia, Grace, Joy, Hope, Mark (the currency in German copy), Rose, Will, May, Bill (a
  bill of Congress is spelled lower case, but headlines capitalise it).

>>> GIVEN_NAME_GENDERS["angela"], GIVEN_NAME_GENDERS["donald"]
('f', 'm')
"""

from __future__ import annotations

__all__ = ["GIVEN_NAME_GENDERS"]


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Women's given names.
_FEMALE = _names(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda
    melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley
    anna brenda pamela emma nicole helen samantha katherine christine debra rachel
    carolyn janet catherine maria heather diane ruth julie olivia joyce lauren christina
    joan evelyn judith megan cheryl hannah jacqueline martha gloria teresa ann anne sara
    frances kathryn janice abigail alice judy sophia denise amber doris marilyn danielle
    beverly isabella theresa diana natalie brittany marie kayla alexis lori hillary
    condoleezza madeleine nikki sheryl melania ivanka chelsea tiffany huma kellyanne
    carly michele debbie tammy kirsten elise claire dianne loretta sonia elena nina jill
    megyn gretchen katie mika rosie oprah susana ségolène federica ursula annegret
    claudia renate brigitte sabine petra monika gabriele birgit susanne katrin kristina
    julia anja silke heike ulla ilse gerda ingrid hannelore karin manuela franziska
    svenja katja sahra christiane annalena ricarda heidi elke martina stefanie simone
    tanja anke dagmar marianne erika helga ute bärbel edelgard herta lena lea leonie
    sophie johanna hanna frauke beatrix jutta elisabeth margot rita regine sigrid gesine
    silvana sylvia cornelia iris irene eva greta
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
    wilhelm friedhelm gerd egon erhard konrad
    """
)

#: A given name's gender: ``m`` or ``f``.
GIVEN_NAME_GENDERS: dict[str, str] = {
    **dict.fromkeys(_FEMALE, "f"),
    **dict.fromkeys(_MALE, "m"),
}

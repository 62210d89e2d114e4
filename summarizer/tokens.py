"""Content words for English, Russian and Kazakh: lower-cased, stopwords dropped, crudely stemmed.

Summaries compare sentences by the words they share, so "экономика" and "экономики" or
"мектепке" and "мектептің" must count as one word. A light suffix strip for English and a fixed
prefix for Russian and Kazakh (inflected and agglutinative: the stem carries the meaning, the
endings the grammar) are enough for that and need no model or download. The evaluation harness
uses the same tokenizer for ROUGE, because rouge-score's own drops every Cyrillic letter.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .languages import Language, as_language
from .patterns import findall_by_token

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")

_STOPWORDS = {
    Language.ENGLISH: """
        a about above after again against all also am an and any are as at be because been before
        being below between both but by can could did do does doing down during each few for from
        further had has have having he her here hers herself him himself his how i if in into is it
        its itself just me more most my myself no nor not now of off on once only or other our ours
        ourselves out over own said same say says she should so some such than that the their
        theirs them themselves then there these they this those through to too under until up very
        was we were what when where which while who whom why will with would you your yours
        yourself yourselves one two new also told according its it's mr mrs ms dr per cent percent
        year years last first would could may might must shall us
    """,
    Language.RUSSIAN: """
        а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже
        для до его ее её если есть еще ещё же за здесь и из или им их к как какой когда кто ли либо
        мне может мы на над надо наш не него нее неё нет ни них но ну о об однако он она они оно от
        очень по под после при про с со так также такой там те тем то того тоже той только том ты у
        уже хотя чего чей чем что чтобы чье чья эта эти это этого этой этом этот я году года год
        лет который которая которое которые которых которым сказал сказала заявил заявила отметил
        отметила сообщил сообщила словам будет будут может могут было г также более менее между
        свой своей своих свои своего всё сейчас теперь где-то млн млрд тыс руб
    """,
    Language.KAZAKH: """
        мен және да де та те бен пен ол олар бұл осы сол сондай сонымен біз сіз сен мен менің оның
        олардың бізде үшін деп деді дейді туралы бойынша арқылы кейін дейін бері соң сияқты ретінде
        бар жоқ емес еді екен болды болып болса болады болатын бола болу қазір тағы ғана әрі не
        немесе мысалы яғни бірақ алайда дегенмен өйткені себебі егер онда мұнда барлық әр бір екі
        әрбір кей кейбір көп аз жыл жылы жылғы ж млн млрд мың теңге атап айтты айтқан ол да сондықтан
        сөзінше мәлімдеді хабарлады жөнінде тиіс керек қажет
    """,
}
STOPWORDS: dict[Language, frozenset[str]] = {
    language: frozenset(words.split()) for language, words in _STOPWORDS.items()
}

_PREFIX_STEM = {Language.RUSSIAN: 6, Language.KAZAKH: 6}
_ENGLISH_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es",
                     "ly", "s")


def words(text: str, language: Language | str) -> list[str]:
    """All words of `text`, lower-cased, in order (numbers included, punctuation dropped)."""
    return _WORD.findall(text.lower())


def content_words(text: str, language: Language | str) -> list[str]:
    """Stemmed words that carry meaning: no stopwords, no bare numbers, no one-letter words."""
    language = as_language(language)
    stop = STOPWORDS.get(language, frozenset())
    length = _PREFIX_STEM.get(language)
    kept = [word for word in _found_words(text.lower())
            if len(word) > 1 and word not in stop and not word.isdigit()]
    if length is not None:  # `stem` written out: a fixed prefix is quicker cut than looked up
        return [word.replace("ё", "е")[:length] for word in kept]
    return [stem(word, language) for word in kept]


def _found_words(text: str) -> list[str]:
    r"""`_WORD.findall(text)`, quicker: a token of letters and digits alone is one whole match
    (`[^\W_]` is what `str.isalnum` tells)."""
    return findall_by_token(_WORD, text, str.isalnum)


@lru_cache(maxsize=1 << 16)  # news repeats its words: a cache halves tokenizing time
def stem(word: str, language: Language) -> str:
    """A crude but dependable stem: a fixed prefix (ru, kk) or a stripped suffix (other)."""
    word = word.replace("ё", "е")
    length = _PREFIX_STEM.get(language)
    if length is not None:
        return word[:length]
    for suffix in _ENGLISH_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word

"""Each language's actor patterns: the `[actors]` lexicon section as regexes, built once."""

from functools import cache
from typing import NamedTuple

from extract.lexicon import section


NOT_LETTER = r"(?:[^\p{L}\p{N}]|$)"
NAME_TOKEN = r"(?:(?:al|el|Al|El)-)?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*"
# The number of a monarch or pope after the name ("Charles III", "Mohammed VI", "Leo XIV").
REGNAL_NUMBER = r"(?:X{0,2}(?:IX|IV|V?I{1,3}|V)|X{1,2})(?-u:\b)"  # ASCII \b: a Unicode one is slow
# Up to three capitalised words naming a department between a body and a role in a title.
DEPARTMENT = r"(?-i:(?:\p{Lu}[\p{L}'’-]*\s+){0,3})"
# Up to three lowercase words before a name ("said journalist |Jane Doe", "laut dem |Experten").
LOWERCASE_WORDS = r"(?:\p{Ll}[\p{L}'’-]*\s+){0,3}?"
# The words of an apposition after a name, up to the comma that closes it, one of them lowercase
# ("a professor at Leeds University", "Professor an der Universität Leeds"; no counted
# repetition: it would multiply the states of the regex automaton).
APPOSITION = r"(?:[^,;:()\"“”«»]*\s)?\p{Ll}[^,;:()\"“”«»]*"


class PersonPattern(NamedTuple):
    """A regex that captures a person's name (`pattern`), tried where its cheap `head` matches,
    in the sentences that match `prefilter` (when given, a cheaper necessary condition)."""

    head: str
    pattern: str
    prefilter: str | None = None


def _alternation(fragments) -> str:
    fragments = sorted(fragments, key=len, reverse=True)
    return "(?:" + "|".join(f"(?:{fragment})" for fragment in fragments) + ")" if fragments else "(?!)"


def _roles_by_fragment(roles: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each role fragment with the English roles it is listed under (in the lexicon's order),
    the most specific fragment first: those that do not open with a wildcard, then the longest
    ("ministerpräsident" before "[\\p{L}-]*präsident")."""
    by_fragment: dict[str, list[str]] = {}
    for english, fragments in roles.items():
        for fragment in fragments:
            by_fragment.setdefault(fragment, []).append(english)
    return dict(sorted(by_fragment.items(), key=lambda item: (item[0].startswith("["), -len(item[0]))))


@cache
def language_patterns(language: str) -> dict:
    actors = section(language, "actors")
    roles: dict[str, list[str]] = actors.get("roles", {})
    roles_by_fragment = _roles_by_fragment(roles)
    honorific = "(?i:" + _alternation(actors.get("honorifics", [])) + ")"
    # a person's name right after a title: two capitalised words ("..., Jane Doe")
    name_next = rf"[\s,]+(?:{honorific}\s+)?\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}}"
    particle = _alternation(actors.get("particles", []))
    role_fragments = [fragment for fragments in roles.values() for fragment in fragments]
    office = _alternation([*role_fragments, *actors.get("person_nouns", [])])
    role = "(?i:" + _alternation(role_fragments) + ")"
    qualifier = actors.get("role_qualifier", "")
    name = rf"{NAME_TOKEN}(?:(?:\s+(?:\p{{Lu}}\.\s+)?(?:{particle}\s+)?{NAME_TOKEN}){{1,3}}|\s+{REGNAL_NUMBER})"
    not_names = actors.get("not_name_words", [])
    verbs = section(language, "statements").get("reported", [])
    # Each person pattern with the head its matches start with: a cheap regex that finds where
    # to try the pattern, anchored (an unanchored search with the role qualifier is slow).
    patterns = [PersonPattern(role, rf"{role}{qualifier}[\s,]+(?:{honorific}\s+)?({name})")]
    if actors.get("person_nouns"):
        # an adjective may follow the noun ("son homologue kényan Jean Dupont")
        noun = f"(?i:{_alternation(actors['person_nouns'])})"
        patterns.append(PersonPattern(noun, rf"{noun}(?:\s+\p{{Ll}}[\p{{L}}-]*)?[\s,]+(?:{honorific}\s+)?({name})"))
    # true: before any reporting verb; a list: before these verbs only (German: singular forms)
    before_speech_verbs = actors.get("names_before_speech", True)
    before_speech_verbs = verbs if before_speech_verbs is True else before_speech_verbs or []
    if before_speech_verbs:
        speech = rf"\s*,?\s+(?i:{_alternation(before_speech_verbs)})(?:[^\p{{L}}]|$)"
        before_speech = rf"(?:^|[^\p{{L}}\p{{N}}])(?:{honorific}\s+)?({name}){speech}"
        patterns.append(PersonPattern(before_speech, before_speech))
        # a name with a role in apposition ("Jane Doe, the defence minister, said")
        apposition = rf"(?:^|[^\p{{L}}\p{{N}}])(?:{honorific}\s+)?({name})\s*,\s*(?:[\p{{L}}'’.-]+\s+){{0,3}}?{role}{qualifier}\s*,"
        patterns.append(PersonPattern(apposition, apposition))
        # a name with any apposition, a lowercase word in it, right before a speech verb ("Jane
        # Doe, a professor at Leeds University, said", "Jan Becker, Professor an der Universität
        # Leeds, sagte"): not a list of names ("Biden, Macron, said")
        described = rf"(?:^|[^\p{{L}}\p{{N}}])(?:{honorific}\s+)?({name})\s*,\s*{APPOSITION}\s*,{speech}"
        # (searched only in sentences with two commas: the pattern is dear over every sentence)
        patterns.append(PersonPattern(described, described, prefilter=r",[^,]*,"))
    if actors.get("subject_opening_speech"):
        # verb-final languages: a name opening a sentence that a speech verb ends, after a few
        # words ("Prof. Dr. Ayla Demir, ... söyledi", "Siyaset bilimci Ayla Demir ise ... belirtti")
        separator = _alternation(actors["subject_opening_speech"])
        verb = _alternation(verbs)
        opening = rf"^(?:\p{{L}}+\s+){{0,4}}?(?:{honorific}\s+){{0,2}}({name}){separator}.*(?i:{verb})(?:[^\p{{L}}]|$)"
        patterns.append(PersonPattern(opening, opening))
    if actors.get("names_after_speech"):
        # a name right after a speech verb ("“...,” said Jane Doe", "sagte Jana Novak am Montag")
        # ... with lowercase words between ("said journalist Jane Doe", "afirmó el martes Ana Ruiz")
        speech = f"(?i:{_alternation(actors['names_after_speech'])})"
        patterns.append(PersonPattern(speech, rf"{speech}\s+{LOWERCASE_WORDS}(?:{honorific}\s+)?({name})(?:[^\p{{L}}]|$)"))
    if actors.get("names_after_attribution"):
        # a name after an attribution ("according to Jane Doe", "selon l'économiste Jean Dupont")
        attribution = rf"(?:^|[^\p{{L}}])(?i:{_alternation(actors['names_after_attribution'])})"
        patterns.append(
            PersonPattern(attribution, rf"{attribution}\s+{LOWERCASE_WORDS}(?:{honorific}\s+)?({name})(?:[^\p{{L}}]|$)")
        )
    # Words that start a capitalised run but are no name: "The", "Monday", and role nouns
    # ("Defence Minister Jane Doe said": the name is "Jane Doe"), with the words of the body or
    # department before them ("İletişim Başkanı Jane Doe").
    leading_not_names = [rf"(?:{_alternation(not_names)})\s+"] if not_names else []
    if not_names and roles:
        leading_not_names.append(rf"(?:\S+\s+){{0,2}}?{role}\s+")
    # ... nor does a particle left at the start once they are gone ("Fuentes de la Moncloa")
    if not_names and actors.get("particles"):
        leading_not_names.append(rf"(?:{particle})\s+")
    # What makes a capital stand for its state's government: a verb after it ("Moscow has denied")
    # or an attribution before it ("according to Moscow") or around it ("Moskova'ya göre").
    acting = [*actors.get("capital_subject", []), *verbs, *section(language, "deployments").get("verb", [])]
    attributions = section(language, "statements").get("reported_after", [])
    # ... unless a preposition makes it a place ("in Kiew eingetroffen")
    place_words = [
        *section(language, "statements").get("place_before", []),
        *section(language, "meetings").get("location_before", []),
        *section(language, "deployments").get("destination_before", []),
    ]
    # ... unless officials are named there ("officials in Kyiv said")
    officials = section(language, "statements").get("official_nouns", [])
    body_regexes = _state_body_templates(actors.get("bodies", {}), actors)
    return {
        **body_regexes,
        "capital_placed": rf"(?i)(?:^|[^\p{{L}}]){_alternation(place_words)}\s*$" if place_words else None,
        "capital_officials": (
            rf"(?i)(?:^|[^\p{{L}}]){_alternation(officials)}\s+{_alternation(place_words)}\s*$"
            if officials and place_words
            else None
        ),
        "capital_acting_after": rf"(?i)^\s+{_alternation(acting)}(?:[^\p{{L}}]|$)" if acting else None,
        "capital_attributed": rf"(?i)(?:^|[^\p{{L}}]){_alternation(attributions)}\s+$" if attributions else None,
        "capital_in_attribution": rf"(?i)^{_alternation(attributions)}(?:[^\p{{L}}]|$)" if attributions else None,
        "roles": {english: f"(?i)^{_alternation(fragments)}$" for english, fragments in roles.items()},
        # a fragment names its first role ...
        "role_fragments": {fragment: names[0] for fragment, names in roles_by_fragment.items()},
        # ... and any of its roles where it names several (Spanish "canciller": chancellor or
        # foreign minister): the roles joined by "|", by the fragment as a whole-phrase regex
        "role_homonyms": {
            f"(?i){fragment}": "|".join(names) for fragment, names in roles_by_fragment.items() if len(names) > 1
        },
        "role_before": rf"(?i)({role}){qualifier}[\s,]*(?:{honorific}\s*)?$" if roles else None,
        # a name that opens with a role ("Pope Francis", "pape François")
        "role_opening": rf"^{role}\s" if roles else None,
        # The text between a body or state and the person it gives a title ("NATO| Secretary
        # General |Ana Ruiz", "IDF| spokesperson Rear Adm. |Dan Levi"), a department of the body
        # before the role ("White House| National Security Council spokesman |John Kirby").
        "title_gap": (
            rf"(?i)^(?:-|{actors.get('country_then_role', '')}\s*){DEPARTMENT}"
            rf"({role}){qualifier}[\s,]*(?:{honorific}\s*)?$"
            if roles
            else None
        ),
        # (a role that a name follows is that name's: "Erdoğan, NATO Genel Sekreteri Jens Stoltenberg ile")
        "role_after": (
            rf"(?i)^\s*,\s*(?:[\p{{L}}'’.-]+\s+){{0,3}}?({role})(?:\s*[^\p{{L}}\s]|\s*$|\s+(?-i:\p{{Ll}}))"
            if roles
            else None
        ),
        "person_patterns": patterns,
        "leading_not_names": rf"^(?:{'|'.join(leading_not_names)})+" if leading_not_names else None,
        # A capitalised word right before a surname, where capitals mark names ("Hunter Biden";
        # not in German, whose nouns are capitalised: "Gastgeber Erdoğan"), and the words that
        # are no given name there: titles, roles and the lexicon's capitalised non-names.
        "word_before_surname": None if actors.get("capitalised_nouns") else r"(?:^|[^\p{L}\p{N}])(\p{Lu}\p{Ll}+) $",
        "title_word": rf"^(?:{_alternation(not_names)}|{honorific}|{role})$" if not_names and roles else None,
        "trailing_not_names": rf"(?:\s+(?:{_alternation(not_names)}))+$" if not_names else None,
        "organisation_words": (
            rf"(?:^|\s)(?:{_alternation(actors['organisation_words'])})(?:\s|$)" if actors.get("organisation_words") else None
        ),
        # a word with one of these endings is a noun or adjective, so the run is no name
        "not_name_endings": (
            rf"(?:{_alternation(actors['not_name_endings'])})(?:\s|$)" if actors.get("not_name_endings") else None
        ),
        "name_after": rf"^(?:{actors.get('name_suffix', '')}){NOT_LETTER}",
        # group 1: the ending of an adjective alias ("ruso" after "rus")
        "adjective_after": rf"^({actors.get('adjective_suffix', '')}){NOT_LETTER}",
        # Groups: 1 the title's extent next to the country, 2 the role, 3 (after) a name following.
        "title_after_country": (
            rf"(?i)^({actors['country_then_role']}({role}))((?-i:{name_next}))?"
            if roles and "country_then_role" in actors
            else None
        ),
        "title_before_country": (
            rf"(?i)(({role}){actors['role_then_country']})$" if roles and "role_then_country" in actors else None
        ),
        # between such a state and the person whose title it ends: the rest of the adjective and
        # a comma ("el presidente |colombian|o, |Gustavo Petro")
        "title_country_gap": rf"^(?:{actors.get('adjective_suffix', '')})\s*,?\s*$",
        # an official of a state or a counterpart unnamed ("the Kenyan foreign minister", "his
        # Turkish counterpart", "son homologue iranien", "İranlı mevkidaşı") after or before it
        "office_after_state": (
            rf"(?i)^{actors['country_then_role']}(?:{office}){NOT_LETTER}" if "country_then_role" in actors else None
        ),
        "office_before_state": (
            rf"(?i)(?:^|[^\p{{L}}])(?:{office}){actors['role_then_country']}$" if "role_then_country" in actors else None
        ),
        # words that make such a title a past holder's ("the former US president")
        "former_before": (
            rf"(?i)(?:^|[^\p{{L}}]){_alternation(actors['former_titles'])}\s*$" if actors.get("former_titles") else None
        ),
        # a name right after an office named without its state ("Bundeskanzler Jana Novak", "Cumhurbaşkanı Erdoğan")
        "name_after_office": (
            rf"^(?:\s+(?:{honorific}\s+)?\p{{Lu}}\p{{Ll}}|\s*,\s*(?:{honorific}\s+)?\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}})"
        ),
        # a name right after the state that ends such a title ("le chancelier allemand Jean Dupont")
        "name_after_title": rf"^(?:{actors.get('adjective_suffix', '')}){name_next}",
        # One regex for every kind of anaphor; `anaphora_types` tells the kind of a match.
        "anaphora": (
            rf"(?i)(?:^|[^\p{{L}}\p{{N}}])({_alternation([f for fs in actors.get('anaphora', {}).values() for f in fs])})"
            if any(actors.get("anaphora", {}).values())
            else None
        ),
        "anaphora_types": {
            _alternation(fragments): actor_type for actor_type, fragments in actors.get("anaphora", {}).items() if fragments
        },
        # One regex for every state body named by its kind alone; `bodies_alone_kinds` tells the kind.
        "bodies_alone": (
            rf"(?i)(?:^|[^\p{{L}}\p{{N}}])(?:{_alternation(actors['body_alone_before'])})"
            rf"({_alternation([f for fs in actors['bodies_alone'].values() for f in fs])})"
            if actors.get("bodies_alone") and actors.get("body_alone_before")
            else None
        ),
        "bodies_alone_kinds": {_alternation(fragments): kind for kind, fragments in actors.get("bodies_alone", {}).items()},
        "body_alone_after": rf"(?i)^({_alternation(actors['body_alone_after'])})" if actors.get("body_alone_after") else None,
    }


def _state_body_templates(bodies: dict[str, list[str]], actors: dict) -> dict:
    """Regexes for a state's body around the state's mention (`[actors] bodies`: templates
    with `{state}` where the state's name or demonym stands): `body_before` and `body_after`
    match the templates' parts before and after it, one named group per distinct part (b0,
    b1, ...; a0, ...; `after` the whole text after the state, its ending included), and
    `body_templates` gives each template's kind and groups, in the lexicon's order."""
    befores: list[str] = []
    afters: list[str] = []
    templates = []
    for kind, forms in bodies.items():
        for form in forms:
            before, after = form.split("{state}")
            for part, parts in ((before, befores), (after, afters)):
                if part and part not in parts:
                    parts.append(part)
            templates.append((kind, f"b{befores.index(before)}" if before else None, f"a{afters.index(after)}" if after else None))
    ending = f"(?:{actors.get('adjective_suffix', '')}|{actors.get('name_suffix', '')})"
    groups = [f"(?P<{name}{index}>{part})" for name, parts in (("b", befores), ("a", afters)) for index, part in enumerate(parts)]
    return {
        "body_before": rf"(?i)(?:^|[^\p{{L}}\p{{N}}])(?:{'|'.join(groups[:len(befores)])})$" if befores else None,
        "body_after": rf"(?i)^(?P<after>{ending}(?:{'|'.join(groups[len(befores):])}))" if afters else None,
        "body_templates": templates,
    }


def person_title_patterns(language: str) -> tuple[str | None, str | None, str, str | None]:
    """Regexes for a body or state inside a person's title, or None for a language without role
    nouns: the whole text between the body and the person ("NATO| Secretary General |Ana
    Ruiz", "IDF| spokesperson Rear Adm. |Dan Levi", "the Colombian| president, |Gustavo Petro"),
    the end of the text before a body that the person follows ("la porte-parole de |l'OTAN|,
    Claire Dubois") and the text between them then ("el presidente |colombian|o, |Gustavo
    Petro"), and the start of an apposition with a role after the person ("Ana Ruiz|, the NATO
    secretary general,")."""
    lexicon = language_patterns(language)
    return (
        lexicon["title_gap"], lexicon["title_before_country"], lexicon["title_country_gap"], lexicon["role_after"]
    )


def state_office_patterns(language: str) -> tuple[str | None, str | None]:
    """Regexes for an unnamed official of a state around the state's mention: the text after it
    ("Kenyan| foreign minister", "Turkish| counterpart") and the end of the text before it
    ("son homologue |iranien")."""
    lexicon = language_patterns(language)
    return lexicon["office_after_state"], lexicon["office_before_state"]


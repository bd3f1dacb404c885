"""Actors named without their name: offices in running text, "the ministry", office and state
("the Russian president"), and people outside the gazetteer with a middle initial."""

import datetime as dt

import pytest

from tests.extract.pipeline_frames import extract, rows


def actors(text: str, language: str = "en"):
    return extract(text, language)["actor_mentions"]


def test_a_ministry_written_in_lowercase_is_the_government_body():
    found = actors("The Turkish defence ministry said the border would stay open.")
    assert ("Turkish defence ministry", "Turkish Defense Ministry", "government_body") in rows(
        found, "text", "canonical_name", "actor_type"
    )


@pytest.mark.parametrize(
    ("language", "text", "body", "name"),
    [
        ("en", "The Polish Foreign Ministry summoned the envoy.", "Polish Foreign Ministry", "Polish Foreign Ministry"),
        ("en", "Japan's defence ministry said two warships had entered the area.", "Japan's defence ministry", "Japanese Defense Ministry"),
        ("en", "The Ministry of Foreign Affairs of Hungary objected.", "Ministry of Foreign Affairs of Hungary", "Hungarian Foreign Ministry"),
        ("en", "According to the Kenyan interior ministry, the camp was closed.", "Kenyan interior ministry", "Kenyan Interior Ministry"),
        ("de", "Das polnische Außenministerium bestellte den Botschafter ein.", "polnische Außenministerium", "Polish Foreign Ministry"),
        ("de", "Das Verteidigungsministerium Polens teilte das mit.", "Verteidigungsministerium Polens", "Polish Defense Ministry"),
        ("fr", "Le ministère polonais des Affaires étrangères a convoqué l'ambassadeur.", "ministère polonais des Affaires étrangères", "Polish Foreign Ministry"),
        ("fr", "Le ministère de la Défense ukrainien a affirmé le contraire.", "ministère de la Défense ukrainien", "Ukrainian Defense Ministry"),
        ("es", "El Ministerio de Asuntos Exteriores de Polonia convocó al embajador.", "Ministerio de Asuntos Exteriores de Polonia", "Polish Foreign Ministry"),
        ("es", "La Cancillería de Venezuela lo negó.", "Cancillería de Venezuela", "Venezuelan Foreign Ministry"),
        ("es", "El Ministerio ruso de Defensa informó de la retirada.", "Ministerio ruso de Defensa", "Russian Defense Ministry"),
        ("tr", "Japonya Savunma Bakanlığı açıklama yaptı.", "Japonya Savunma Bakanlığı", "Japanese Defense Ministry"),
        ("tr", "Yunanistan Dışişleri Bakanlığından yapılan açıklamada tepki gösterildi.", "Yunanistan Dışişleri Bakanlığı", "Greek Foreign Ministry"),
        # armed forces
        ("en", "According to Ukraine's air force, 40 drones were shot down.", "Ukraine's air force", "Ukrainian Air Force"),
        ("en", "The Polish armed forces scrambled jets.", "Polish armed forces", "Polish Armed Forces"),
        ("de", "Nach Angaben der ukrainischen Luftwaffe wurden 40 Drohnen abgeschossen.", "ukrainischen Luftwaffe", "Ukrainian Air Force"),
        ("fr", "Selon l'armée de l'air ukrainienne, 40 drones ont été abattus.", "armée de l'air ukrainienne", "Ukrainian Air Force"),
        ("fr", "L'armée russe a lancé une offensive.", "armée russe", "Russian Army"),
        ("es", "Según la Fuerza Aérea ucraniana, 40 drones fueron derribados.", "Fuerza Aérea ucraniana", "Ukrainian Air Force"),
        ("tr", "Ukrayna Hava Kuvvetleri'ne göre gece boyunca 40 İHA düşürüldü.", "Ukrayna Hava Kuvvetleri", "Ukrainian Air Force"),
        # general staff
        ("en", "Ukraine's General Staff said 30 drones were shot down.", "Ukraine's General Staff", "Ukrainian General Staff"),
        ("en", "The General Staff of the Armed Forces of Ukraine reported 120 clashes.", "General Staff of the Armed Forces of Ukraine", "Ukrainian General Staff"),
        ("de", "Nach Angaben des ukrainischen Generalstabs wurden 30 Drohnen abgeschossen.", "ukrainischen Generalstabs", "Ukrainian General Staff"),
        ("fr", "Selon l'état-major ukrainien, 30 drones ont été abattus.", "état-major ukrainien", "Ukrainian General Staff"),
        ("es", "Según el Estado Mayor ucraniano, 30 drones fueron derribados.", "Estado Mayor ucraniano", "Ukrainian General Staff"),
        ("tr", "Ukrayna Genelkurmay Başkanlığı açıklama yaptı.", "Ukrayna Genelkurmay Başkanlığı", "Ukrainian General Staff"),
        # the armed forces' own names
        ("de", "Die Bundeswehr verlegt Panzer.", "Bundeswehr", "German Armed Forces"),
        ("tr", "TSK açıklama yaptı.", "TSK", "Turkish Armed Forces"),
    ],
)
def test_a_states_body_is_named_by_its_kind_and_state(language, text, body, name):
    found = actors(text, language)
    assert (body, name, "government_body") in rows(found, "text", "canonical_name", "actor_type")
    # the body's mention replaces the state's
    assert len(found) == 1


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a state's office alias inside another state's body ("Dışişleri Bakanlığı" alone is Turkey's)
        ("tr", "Polonya Dışişleri Bakanlığı büyükelçiyi çağırdı.", "Polish Foreign Ministry"),
        # the ministry is no title of its minister ("Außenminister...")
        ("de", "Ein Sprecher des französischen Außenministeriums sagte, die Lage sei ernst.", "French Foreign Ministry"),
        # a curated body keeps its name
        ("en", "The US defense ministry declined to comment.", "Pentagon"),
        ("en", "The Israeli army declined to comment.", "Israel Defense Forces"),
        # a group named after a state's army is no body of that state
        ("en", "The Free Syrian Army declined to comment.", "Free Syrian Army"),
    ],
)
def test_a_states_body_is_that_states_and_no_other_office(language, text, name):
    found = actors(text, language)
    assert rows(found, "canonical_name") == [(name,)]


def test_a_minister_of_a_state_is_no_body():
    found = actors("The Polish foreign minister and the French defence minister met in Warsaw.")
    assert found.filter(found["actor_type"] == "government_body").is_empty()


def test_a_states_body_speaks_and_sends_for_its_state():
    frames = extract("The Polish Defence Ministry said on Tuesday it would send 200 soldiers to Latvia.", "en")
    assert rows(frames["statements"], "speaker_names") == [(["Polish Defense Ministry"],)]
    assert rows(frames["deployment_mentions"], "actor_name", "destination_name", "troop_count") == [("Poland", "Latvia", 200)]


@pytest.mark.parametrize(
    ("language", "text", "anaphor"),
    [
        ("en", "The Turkish Foreign Ministry summoned the envoy. The ministry said talks would follow.", "The ministry"),
        ("tr", "Dışişleri Bakanlığı büyükelçiyi çağırdı. Bakanlık, görüşmelerin süreceğini açıkladı.", "Bakanlık"),
        ("de", "Das türkische Außenministerium bestellte den Botschafter ein. Das Ministerium nannte keine Gründe.", "Das Ministerium"),
    ],
)
def test_the_ministry_is_the_last_ministry_named(language, text, anaphor):
    found = actors(text, language)
    assert (anaphor, "Turkish Foreign Ministry") in rows(found, "text", "canonical_name")


def test_an_anaphor_without_an_earlier_office_stays_unresolved():
    found = actors("The ministry said the talks would follow.")
    assert found.filter(found["actor_type"] == "government_body").is_empty()


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        ("en", "The President of the Russian Federation said the talks were useful.", "President of the Russian Federation"),
        ("en", "The Russian president warned of new sanctions.", "Russian president"),
        ("fr", "Le président russe a averti contre de nouvelles sanctions.", "président russe"),
        ("es", "El presidente de Rusia advirtió de nuevas sanciones.", "presidente de Rusia"),
        ("de", "Russlands Präsident warnte vor neuen Sanktionen.", "Russlands Präsident"),
        ("tr", "Rusya Devlet Başkanı yeni yaptırımlar konusunda uyardı.", "Rusya Devlet Başkanı"),
    ],
)
def test_an_office_and_a_state_without_a_name_are_the_gazetteer_holder(language, text, title):
    found = actors(text, language)
    assert (title, "Vladimir Putin", "person", "person:vladimir_putin") in rows(
        found, "text", "canonical_name", "actor_type", "actor_id"
    )


def people(text: str, language: str, published: dt.date | None) -> list[tuple]:
    found = extract(text, language, published)["actor_mentions"]
    return rows(found.filter(found["actor_type"] == "person"), "text", "canonical_name")


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        ("en", "The US president praised the agreement.", "US president"),
        ("tr", "ABD Başkanı anlaşmayı övdü.", "ABD Başkanı"),
        ("de", "Der US-Präsident lobte die Einigung.", "US-Präsident"),
        ("de", "Der amerikanische Präsident lobte die Einigung.", "amerikanische Präsident"),
        ("fr", "Le président américain a salué l'accord.", "président américain"),
        ("es", "El presidente de Estados Unidos elogió el acuerdo.", "presidente de Estados Unidos"),
    ],
)
def test_an_office_held_in_turn_is_its_holder_on_the_publication_day(language, text, title):
    assert people(text, language, dt.date(2024, 6, 3)) == [(title, "Joe Biden")]
    assert people(text, language, dt.date(2025, 6, 3)) == [(title, "Donald Trump")]
    assert people(text, language, dt.date(2019, 6, 3)) == [(title, "Donald Trump")]  # an earlier term
    # the day a successor takes office is the successor's
    assert people(text, language, dt.date(2025, 1, 20)) == [(title, "Donald Trump")]


def test_an_office_held_in_turn_stays_the_state_without_a_publication_day():
    assert people("The US president praised the agreement.", "en", None) == []


def test_an_office_without_a_holder_on_the_publication_day_stays_the_state():
    # the gazetteer's Ukrainian president took office in 2019
    assert people("The Ukrainian president praised the agreement.", "en", dt.date(2018, 6, 3)) == []
    assert people("The Ukrainian president praised the agreement.", "en", dt.date(2023, 6, 3)) == [
        ("Ukrainian president", "Volodymyr Zelensky")
    ]


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        ("en", "Kenyan President Jane Wambui arrived in Beijing. The Kenyan president said the visit would deepen ties.",
         "Kenyan president"),
        ("en", "The Kenyan president, Jane Wambui, arrived in Beijing. Later the Kenyan president met Xi Jinping.",
         "Kenyan president"),
        ("es", "El presidente de Kenia, Jane Wambui, llegó a Pekín. El presidente de Kenia dijo que la visita reforzaría los lazos.",
         "presidente de Kenia"),
        ("tr", "Kenya Devlet Başkanı Jane Wambui Pekin'e geldi. Kenya Devlet Başkanı, ziyaretin ilişkileri derinleştireceğini söyledi.",
         "Kenya Devlet Başkanı"),
    ],
)
def test_an_office_and_a_state_are_the_person_the_article_introduced_by_them(language, text, title):
    assert (title, "Jane Wambui") in people(text, language, dt.date(2025, 3, 12))


def test_a_former_holder_introduced_by_the_office_is_not_its_holder():
    text = "The former Kenyan president Jane Wambui met the envoy. The Kenyan president said the talks were useful."
    assert ("Kenyan president", "Jane Wambui") not in people(text, "en", dt.date(2025, 3, 12))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The former US president praised the agreement."),
        ("en", "The former French president praised the agreement."),  # one holder in the gazetteer
        ("tr", "Eski ABD Başkanı anlaşmayı övdü."),
        ("de", "Der frühere amerikanische Präsident lobte die Einigung."),
        ("de", "Der ehemalige französische Präsident lobte die Einigung."),
        ("fr", "L'ancien président américain a salué l'accord."),
        ("es", "El expresidente estadounidense elogió el acuerdo."),
        ("es", "El ex presidente estadounidense elogió el acuerdo."),
    ],
)
def test_a_former_holders_title_names_no_one(language, text):
    assert people(text, language, dt.date(2025, 6, 3)) == []


@pytest.mark.parametrize(
    ("language", "text", "title", "holder"),
    [
        ("en", "The US vice president praised the agreement.", "US vice president", "JD Vance"),
        ("tr", "Türkiye Cumhurbaşkanı Yardımcısı anlaşmayı övdü.", "Türkiye Cumhurbaşkanı Yardımcısı", "Cevdet Yılmaz"),
        ("fr", "Le vice-président américain a salué l'accord.", "vice-président américain", "JD Vance"),
        ("es", "El vicepresidente estadounidense elogió el acuerdo.", "vicepresidente estadounidense", "JD Vance"),
        ("de", "Der US-Vizepräsident lobte die Einigung.", "US-Vizepräsident", "JD Vance"),
        ("de", "Der polnische Ministerpräsident lobte die Einigung.", "polnische Ministerpräsident", "Donald Tusk"),
        ("de", "Er empfing den polnischen Ministerpräsidenten.", "polnischen Ministerpräsidenten", "Donald Tusk"),
        ("en", "The Chinese premier praised the agreement.", "Chinese premier", "Li Qiang"),
    ],
)
def test_an_office_is_told_from_its_head_of_state(language, text, title, holder):
    # a vice president or prime minister is not the president
    assert people(text, language, dt.date(2025, 6, 3)) == [(title, holder)]


def test_a_title_naming_two_offices_names_the_one_the_state_fills():
    # Spanish "canciller": chancellor or foreign minister; Germany has both, Russia a minister
    assert people("El canciller alemán elogió el acuerdo.", "es", dt.date(2025, 6, 3)) == []
    assert people("El canciller ruso elogió el acuerdo.", "es", dt.date(2025, 6, 3)) == [("canciller ruso", "Sergei Lavrov")]


def test_a_title_before_its_state_and_a_name_is_left_to_the_name():
    found = people("Le chancelier allemand Friedrich Merz a salué l'accord.", "fr", dt.date(2025, 3, 3))
    assert found == [("Friedrich Merz", "Friedrich Merz")]


def test_an_office_followed_by_a_name_is_left_to_the_name():
    found = actors("Russian President Vladimir Putin praised the agreement.")
    assert rows(found.filter(found["actor_type"] == "person"), "text") == [("Vladimir Putin",)]


def test_a_person_outside_the_gazetteer_keeps_no_id_and_loses_the_middle_initial():
    found = actors("Army spokesman John Q. Harlow said the convoy had left the base.")
    people = found.filter(found["actor_type"] == "person")
    assert rows(people, "canonical_name", "actor_id", "role") == [("John Harlow", None, "Spokesperson")]


@pytest.mark.parametrize(
    ("language", "text", "title", "holder"),
    [
        ("de", "Der Bundeskanzler lobte die Einigung.", "Bundeskanzler", "Olaf Scholz"),
        ("de", "Die Bundesaußenministerin lobte die Einigung.", "Bundesaußenministerin", "Annalena Baerbock"),
        ("tr", "Cumhurbaşkanı anlaşmayı övdü.", "Cumhurbaşkanı", "Recep Tayyip Erdoğan"),
        ("tr", "Dışişleri Bakanı anlaşmayı övdü.", "Dışişleri Bakanı", "Hakan Fidan"),
        ("es", "El presidente del Gobierno elogió el acuerdo.", "presidente del Gobierno", "Pedro Sánchez"),
    ],
)
def test_an_office_named_without_its_state_is_the_states_holder(language, text, title, holder):
    # German press names its chancellor "Bundeskanzler", Turkish press its president "Cumhurbaşkanı"
    assert people(text, language, dt.date(2024, 6, 3)) == [(title, holder)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the office is part of another state's title, resolved or not
        ("tr", "Azerbaycan Cumhurbaşkanı anlaşmayı övdü.", [("Azerbaycan Cumhurbaşkanı", "Ilham Aliyev")]),
        ("de", "Der österreichische Bundeskanzler lobte die Einigung.", [("österreichische Bundeskanzler", "Karl Nehammer")]),
        ("de", "Der estnische Ministerpräsident lobte die Einigung.", []),
        # a name follows the office
        ("de", "Bundeskanzler Olaf Scholz lobte die Einigung.", [("Olaf Scholz", "Olaf Scholz")]),
        ("tr", "Cumhurbaşkanı Erdoğan anlaşmayı övdü.", [("Erdoğan", "Recep Tayyip Erdoğan")]),
        ("es", "El presidente del Gobierno, Pedro Sánchez, elogió el acuerdo.", [("Pedro Sánchez", "Pedro Sánchez")]),
    ],
)
def test_an_office_named_without_its_state_inside_a_title_or_before_a_name_is_no_mention(language, text, expected):
    found = extract(text, language, dt.date(2024, 6, 3))["actor_mentions"]
    assert rows(found.filter(found["actor_type"] == "person"), "text", "canonical_name") == expected
    assert found.filter(found["canonical_name"].is_in(["Germany", "Turkey", "Spain"])).is_empty()


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a sheikh's title is no part of the name, and "Al" is a particle of it
        ("tr", "Katar Başbakanı Şeyh Muhammed bin Abdurrahman Al Sani Doha'da konuştu.", "Mohammed bin Abdulrahman Al Thani"),
        ("tr", "Katar Devlet Bakanı Şeyh Halid bin Ahmed Al Nuaimi, ateşkesin sürdüğünü söyledi.", "Halid bin Ahmed Al Nuaimi"),
        ("fr", "Cheikh Halid ben Ahmed Al Nuaimi a déclaré mardi que la trêve tenait.", "Halid ben Ahmed Al Nuaimi"),
    ],
)
def test_a_sheikh_is_named_without_the_title(language, text, name):
    assert name in actors(text, language)["canonical_name"].to_list()


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("de", "Die Ministerin traf am Dienstag ihren litauischen Kollegen Jonas Petraitis in Vilnius.", "Jonas Petraitis"),
        ("tr", "Hava Kuvvetleri Sözcüsü Tuğgeneral Kemal Aydınlı, saldırının sürdüğünü söyledi.", "Kemal Aydınlı"),
    ],
)
def test_a_colleague_or_a_rank_introduces_a_person_of_their_own_name(language, text, name):
    assert (name, "person") in rows(actors(text, language), "canonical_name", "actor_type")


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "Les Etats-Unis comptent environ 1 000 soldats au Niger.", "United States"),
        ("fr", "Le ministre s'est rendu en Egypte mardi.", "Egypt"),
    ],
)
def test_a_capital_written_without_its_accent_names_the_same_actor(language, text, name):
    assert name in actors(text, language)["canonical_name"].to_list()


@pytest.mark.parametrize(
    ("language", "text", "alias"),
    [
        ("en", "The National Security Council met on Monday.", "National Security Council"),
        ("fr", "Le Conseil de sécurité nationale s'est réuni lundi.", "Conseil de sécurité nationale"),
        ("es", "El Consejo de Seguridad Nacional se reunió el lunes.", "Consejo de Seguridad Nacional"),
    ],
)
def test_a_national_security_council_is_not_the_un_security_council(language, text, alias):
    found = extract(text, language)["actor_mentions"]
    assert rows(found, "text", "actor_id") == [(alias, "gov:us_national_security_council")]


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("fr", "Cyril Ramaphosa a rencontré Vladimir Poutine mardi à Moscou.", "person:cyril_ramaphosa"),
        ("de", "Gerassimow traf sich am Montag mit Schoigu.", "person:valery_gerasimov"),
        ("tr", "İbrahim Reisi dün Ankara'ya geldi.", "person:ebrahim_raisi"),
    ],
)
def test_people_of_the_gazetteer_are_known_without_a_title_in_their_local_spelling(language, text, person):
    assert person in actors(text, language)["actor_id"].to_list()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hunter Biden told reporters he would testify."),
        ("fr", "Brigitte Macron a visité une école lundi."),
        ("es", "Jill Biden visitó Madrid el lunes."),
    ],
)
def test_a_surname_after_another_given_name_is_another_person(language, text):
    assert not [actor for actor in actors(text, language)["actor_id"].to_list() if actor and actor.startswith("person:")]


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("en", "Former Ukrainian President Petro Poroshenko said on Monday that the talks had failed.",
         "person:gustavo_petro"),
        ("es", "Petro Poroshenko se reunió con Olaf Scholz en Berlín.", "person:gustavo_petro"),
        ("fr", "Salam Fayyad, ancien Premier ministre palestinien, a rencontré Emmanuel Macron.", "person:nawaf_salam"),
        ("tr", "Pavel Durov dün Paris'te Emmanuel Macron ile görüştü.", "person:petr_pavel"),
        ("de", "Der frühere Präsident Petro Poroschenko sagte am Montag, die Gespräche seien gescheitert.",
         "person:gustavo_petro"),
    ],
)
def test_a_surname_before_another_name_is_a_given_name(language, text, person):
    assert person not in actors(text, language)["actor_id"].to_list()


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        # a double surname of the gazetteer is the person's own
        ("es", "Sheinbaum Pardo dijo el lunes que México no aceptará los aranceles.", "person:claudia_sheinbaum"),
        ("en", "Putin on Tuesday met Xi in Moscow.", "person:vladimir_putin"),
        ("tr", "Cumhurbaşkanı Erdoğan Ankara'da Putin ile görüştü.", "person:recep_tayyip_erdogan"),
        ("de", "Wie Putin Reportern sagte, sei das Treffen gut gewesen.", "person:vladimir_putin"),
        # only a surname that is also a given name makes a name with the word after it
        ("en", "Officials in the Trump Administration said the deal was off.", "person:donald_trump"),
        ("en", "Zelensky Meets Macron in Paris", "person:volodymyr_zelensky"),
        ("tr", "Petro Bogotá'da konuştu.", "person:gustavo_petro"),
    ],
)
def test_a_surname_before_a_word_that_is_no_name_is_the_person(language, text, person):
    assert person in actors(text, language)["actor_id"].to_list()


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("en", "Sergey Lavrov met Hakan Fidan in Moscow on Monday.", "person:sergei_lavrov"),
        ("tr", "Tayyip Erdoğan dün Vladimir Putin ile görüştü.", "person:recep_tayyip_erdogan"),
        ("en", "Thursday Zelensky met Scholz in Berlin.", "person:volodymyr_zelensky"),
        ("de", "Gastgeber Erdoğan empfing Scholz in Ankara.", "person:recep_tayyip_erdogan"),
    ],
)
def test_a_surname_after_a_spelling_of_the_own_given_name_or_a_capitalised_word_is_the_person(language, text, person):
    assert person in actors(text, language)["actor_id"].to_list()


@pytest.mark.parametrize(
    ("language", "text", "body", "name"),
    [
        # the one state the article named before
        ("en", "Spain will send 150 more troops next week, the Defence Ministry said.", "Defence Ministry", "Spanish Defense Ministry"),
        ("de", "Polen verlegt weitere Panzer. Das Verteidigungsministerium teilte mit, die Übung dauere eine Woche.", "Verteidigungsministerium", "Polish Defense Ministry"),
        ("fr", "La Belgique enverra 300 soldats. Le ministère de la Défense a précisé que les premiers partiraient lundi.", "ministère de la Défense", "Belgian Defense Ministry"),
        ("es", "Chile enviará 150 soldados la próxima semana, informó el Ministerio de Defensa.", "Ministerio de Defensa", "Chilean Defense Ministry"),
        ("en", "Japan scrambled jets on Monday. The navy said two warships had been tracked.", "navy", "Japanese Navy"),
        # a place right after it, whatever the article named before
        ("de", "Russland und die Ukraine melden neue Kämpfe. Das Verteidigungsministerium in Paris äußerte sich nicht.", "Verteidigungsministerium", "French Defense Ministry"),
        ("fr", "L'Ukraine et la Pologne ont protesté. Le ministère des Affaires étrangères à Moscou a démenti.", "ministère des Affaires étrangères", "Russian Foreign Ministry"),
        # the body of its kind named last, though another state's body was named since
        ("en", "The Russian Defence Ministry said its forces had taken two villages. The Ukrainian Foreign Ministry denied the claim. The defence ministry said 20 drones had been shot down.", "defence ministry", "Russian Defense Ministry"),
    ],
)
def test_a_states_body_named_by_its_kind_alone_is_that_of_its_plain_state(language, text, body, name):
    assert (body, name, "government_body") in rows(actors(text, language), "text", "canonical_name", "actor_type")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # two states named before: whose ministry it is stays open
        ("en", "Spain will send 150 more troops to Latvia, the Defence Ministry said."),
        ("es", "España enviará 150 soldados a Letonia, informó el Ministerio de Defensa."),
        # none named before
        ("en", "The Defence Ministry said the drills would last a week."),
    ],
)
def test_a_body_named_by_its_kind_alone_names_no_state_when_its_state_is_not_plain(language, text):
    found = actors(text, language)
    assert found.filter(found["actor_type"] == "government_body").is_empty()


def test_a_body_named_by_its_kind_alone_speaks_for_its_state():
    frames = extract("Greece will send a frigate to the Red Sea, the Defence Ministry said on Tuesday.", "en")
    assert rows(frames["statements"], "speaker_names") == [(["Greek Defense Ministry"],)]

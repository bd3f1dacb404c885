"""Actor gazetteer and actor mentions: each pattern family in the five languages."""

import polars as pl
import pytest

from extract.actors import actor_table, extract_actors, load_gazetteer, load_offices
from extract.actors.gazetteer import GAZETTEER_DIR
from extract.lexicon import section
from extract.schemas import ACTOR_MENTIONS, ACTORS


def sentences(language: str, *texts: str, article_id: str = "a1") -> pl.DataFrame:
    """Sentence frames of one article: the texts joined by one space, with their offsets."""
    rows, start = [], 0
    for index, text in enumerate(texts):
        rows.append(
            {"article_id": article_id, "sentence_index": index, "char_start": start,
             "char_end": start + len(text), "text": text, "language": language, "published_date": None}
        )
        start += len(text) + 1
    return pl.DataFrame(rows, schema_overrides={"published_date": pl.Date, "sentence_index": pl.Int32})


def mentions(language: str, *texts: str) -> pl.DataFrame:
    return extract_actors(sentences(language, *texts), load_gazetteer())


def found(language: str, *texts: str) -> dict[str, dict]:
    """Mentioned text -> its row."""
    return {row["text"]: row for row in mentions(language, *texts).iter_rows(named=True)}


def test_offices_are_terms_of_gazetteer_people_in_lexicon_roles():
    offices = load_offices()
    people = load_gazetteer().filter(pl.col("actor_type") == "person").unique("actor_id")
    assert offices.join(people, on="actor_id", how="anti").is_empty()
    english_roles = set(section("en", "actors")["roles"])
    titled = offices.filter(pl.col("role").is_in(english_roles))
    assert titled.height > 0.8 * offices.height
    assert offices.filter(pl.col("took_office") >= pl.col("left_office")).is_empty()
    # one holder at a time: a term ends no later than the next term of that office begins
    terms = titled.join(people.select("actor_id", "country_code"), on="actor_id").filter(
        pl.col("country_code").is_not_null() & pl.col("took_office").is_not_null()
    )
    following = pl.col("took_office").shift(-1).over("country_code", "role", order_by="took_office")
    overlapping = terms.filter(following.is_not_null() & (pl.col("left_office").is_null() | (pl.col("left_office") > following)))
    assert overlapping.is_empty(), overlapping


def test_a_persons_role_is_the_office_of_their_latest_term():
    roles = dict(load_gazetteer().filter(pl.col("actor_type") == "person").select("actor_id", "role").unique().iter_rows())
    assert roles["person:recep_tayyip_erdogan"] == "President"
    assert roles["person:sebastien_lecornu"] == "Prime Minister"


def test_gazetteer_has_aliases_per_language_and_countries_from_cldr():
    gazetteer = load_gazetteer()
    assert {"alias", "language", "actor_id", "canonical_name", "actor_type", "country_code", "role"} <= set(
        gazetteer.columns
    )
    assert gazetteer.select(pl.struct("language", "alias").is_unique().all()).item()
    names = {(row["language"], row["alias"]): row["canonical_name"] for row in gazetteer.iter_rows(named=True)}
    assert names[("tr", "Kuzey Kore")] == "North Korea"
    assert names[("de", "Vereinigte Staaten")] == "United States"
    assert names[("fr", "Corée du Sud")] == "South Korea"
    assert names[("es", "Rusia")] == "Russia"
    assert names[("en", "Türkiye")] == "Turkey"
    assert names[("fr", "Moldavie")] == "Moldova"  # generated, not curated
    # a region written as one word with its country's name, unless it is another country's name
    assert names[("de", "Südlibanon")] == "Lebanon"
    assert names[("de", "Ostukraine")] == "Ukraine"
    assert names[("de", "Südsudan")] == "South Sudan"
    assert names[("de", "Nordkorea")] == "North Korea"


def test_the_curated_gazetteer_files_repeat_no_row():
    for path in sorted(GAZETTEER_DIR.glob("*.csv")):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert len(lines) == len(set(lines)), path.name


def test_actor_table_has_one_row_per_actor():
    table = actor_table(load_gazetteer())
    assert table.schema == ACTORS
    assert table.get_column("actor_id").is_unique().all()
    countries = table.filter(pl.col("actor_type") == "country")
    assert countries.height > 190
    assert table.filter(pl.col("actor_id") == "gov:us_white_house").row(0, named=True)["country_code"] == "US"


def test_every_state_has_a_body_of_every_kind_named_by_its_demonym():
    table = actor_table(load_gazetteer())
    bodies = dict(table.filter(pl.col("actor_type") == "government_body").select("actor_id", "canonical_name").iter_rows())
    countries = table.filter(pl.col("actor_type") == "country").get_column("country_code").to_list()
    kinds = ("foreign_ministry", "defense_ministry", "interior_ministry", "army", "navy", "air_force", "armed_forces", "general_staff")
    for kind in kinds:
        assert all(f"gov:{code.lower()}_{kind}" in bodies for code in countries)
    assert bodies["gov:pl_foreign_ministry"] == "Polish Foreign Ministry"  # countryinfo's demonym
    assert bodies["gov:is_foreign_ministry"] == "Icelandic Foreign Ministry"  # a curated demonym first
    assert bodies["gov:tr_defense_ministry"] == "Turkish Defense Ministry"  # curated
    assert bodies["gov:us_defense_ministry"] == "Pentagon"
    assert bodies["gov:il_army"] == "Israel Defense Forces"
    assert bodies["gov:ua_air_force"] == "Ukrainian Air Force"
    assert bodies["gov:cg_foreign_ministry"] == "Republic of the Congo Foreign Ministry"  # no demonym of its own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan and Indonesian troops arrived.", {"Kenyan": "Kenya", "Indonesian": "Indonesia"}),
        # a demonym that several territories share is the most populous one's
        ("Chinese and Dominican officials met.", {"Chinese": "China", "Dominican": "Dominican Republic"}),
    ],
)
def test_english_demonyms_of_every_state(text, expected):
    rows = found("en", text)
    assert {mention: rows[mention]["canonical_name"] for mention in expected} == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Turkish demonyms are the country's name and a suffix by its last vowel
        ("tr", "Kenyalı polisler ve Şilili askerler Perulu diplomatlarla görüştü.", {"Kenyalı": "Kenya", "Şilili": "Chile", "Perulu": "Peru"}),
        ("de", "Die kenianischen Polizisten und die Schweizer Regierung.", {"kenianisch": "Kenya", "Schweizer": "Switzerland"}),
        ("fr", "Les policiers kényans et la diplomatie vénézuélienne.", {"kényan": "Kenya", "vénézuélien": "Venezuela"}),
        ("es", "Los policías kenianos y la delegación neerlandesa.", {"kenian": "Kenya", "neerlandes": "Netherlands"}),
        # smaller European states and others in the news
        ("de", "Die slowenische Regierung und der luxemburgische Außenminister trafen maltesische Diplomaten.",
         {"slowenisch": "Slovenia", "luxemburgisch": "Luxembourg", "maltesisch": "Malta"}),
        ("fr", "Le gouvernement slovène et les autorités autrichiennes ont reçu des diplomates ougandais.",
         {"slovène": "Slovenia", "autrichien": "Austria", "ougandais": "Uganda"}),
        ("es", "El gobierno esloveno y las autoridades austriacas recibieron a diplomáticos ruandeses.",
         {"esloven": "Slovenia", "austriac": "Austria", "ruandes": "Rwanda"}),
        ("en", "Montenegrin officials met the delegation.", {"Montenegrin": "Montenegro"}),
    ],
)
def test_demonyms_of_more_states_in_every_language(language, text, expected):
    rows = found(language, text)
    assert {mention: rows[mention]["canonical_name"] for mention in expected} == expected


def test_schema_and_empty_input():
    assert mentions("en", "Nothing here.").schema == ACTOR_MENTIONS
    empty = sentences("en", "x").clear()
    assert extract_actors(empty, load_gazetteer()).schema == ACTOR_MENTIONS


def test_offsets_point_into_the_article_text():
    texts = ("Nothing to see.", "Later the Italian premier Giulia Rossetti met Emmanuel Macron in Rome.")
    article = " ".join(texts)
    for row in mentions("en", *texts).iter_rows(named=True):
        assert article[row["char_start"] : row["char_end"]] == row["text"]


@pytest.mark.parametrize(
    ("language", "text", "mention", "name", "role"),
    [
        ("en", "NATO Secretary General Mark Rutte arrived in Vilnius.", "Mark Rutte", "Mark Rutte", "Secretary General"),
        ("tr", "NATO Genel Sekreteri Mark Rutte Vilnius'a geldi.", "Mark Rutte", "Mark Rutte", "Secretary General"),
        ("tr", "Rusya Devlet Başkanı Vladimir Putin açıklama yaptı.", "Vladimir Putin", "Vladimir Putin", "President"),
        ("de", "Bundeskanzler Olaf Scholz reiste nach Paris.", "Olaf Scholz", "Olaf Scholz", "Chancellor"),
        ("de", "US-Präsident Joe Biden empfing Gäste.", "Joe Biden", "Joe Biden", "President"),
        ("fr", "Le président français Emmanuel Macron est arrivé.", "Emmanuel Macron", "Emmanuel Macron", "President"),
        ("es", "El presidente Joe Biden viajó a Madrid.", "Joe Biden", "Joe Biden", "President"),
    ],
)
def test_gazetteer_people_with_their_role(language, text, mention, name, role):
    row = found(language, text)[mention]
    assert (row["canonical_name"], row["actor_type"], row["role"]) == (name, "person", role)
    assert row["actor_id"] is not None


@pytest.mark.parametrize(
    ("language", "text", "name", "role"),
    [
        ("en", "Defence Minister Jane Okonkwo-Barrett visited the base.", "Jane Okonkwo-Barrett", "Defence Minister"),
        ("en", "Peter van der Brink said the talks had failed.", "Peter van der Brink", None),
        ("tr", "Dışişleri Bakanı Ayşe Yıldırım'ın açıklaması geldi.", "Ayşe Yıldırım", "Foreign Minister"),
        ("tr", "Sayın Mehmet Demirtaş açıkladı.", "Mehmet Demirtaş", None),
        ("de", "Verteidigungsministerin Greta Hallmann besuchte die Truppe.", "Greta Hallmann", "Defence Minister"),
        ("fr", "La ministre des Affaires étrangères, Claire Dubois, est attendue.", "Claire Dubois", "Foreign Minister"),
        ("fr", "Selon lui, M. Paul Lefèvre a déclaré que rien n'était décidé.", "Paul Lefèvre", None),
        ("es", "El ministro de Defensa, Carlos Ruiz Ortega, llegó ayer.", "Carlos Ruiz Ortega", "Defence Minister"),
        ("es", "La Sra. Lucía Fernández dijo que no habría cambios.", "Lucía Fernández", None),
        ("fr", "Le porte-parole de l'OTAN, Julien Marchetti, a démenti.", "Julien Marchetti", "Spokesperson"),
        ("es", "La portavoz de la OTAN, Irene Saldívar, lo confirmó.", "Irene Saldívar", "Spokesperson"),
        ("en", "Marek Zielinski, a senior government spokesman, told reporters.", "Marek Zielinski", "Spokesperson"),
        ("fr", "Julien Marchetti, le porte-parole du gouvernement, a démenti.", "Julien Marchetti", "Spokesperson"),
        ("es", "Lo confirmó Irene Saldívar, la portavoz del Gobierno, el lunes.", "Irene Saldívar", "Spokesperson"),
        ("en", "She met her Kenyan counterpart Wanjiru Kamau on Friday.", "Wanjiru Kamau", None),
        ("de", "Er traf seinen kenianischen Amtskollegen Wanjiru Kamau am Freitag.", "Wanjiru Kamau", None),
        ("fr", "Il a rencontré son homologue kényan Wanjiru Kamau vendredi.", "Wanjiru Kamau", None),
        ("es", "Se reunió con su homóloga keniana Wanjiru Kamau el viernes.", "Wanjiru Kamau", None),
        ("tr", "Kenyalı mevkidaşı Wanjiru Kamau ile cuma günü görüştü.", "Wanjiru Kamau", None),
        ("en", "“The talks went well,” said Ilse Varga on Friday.", "Ilse Varga", None),
        ("fr", "« Rien n'est décidé », a déclaré Paul Lefèvre lundi.", "Paul Lefèvre", None),
        ("es", "\"Nada está decidido\", afirmó Lucía Fernández el lunes.", "Lucía Fernández", None),
        ("de", "„Nichts ist entschieden“, sagte Jana Novak am Montag.", "Jana Novak", None),
        ("de", "Jana Novak sagte am Montag, nichts sei entschieden.", "Jana Novak", None),
        ("de", "„Nichts ist entschieden“, sagte Kanzlerin Jana Weiß Journalisten in Berlin.", "Jana Weiß", "Chancellor"),
        # a place right after the name ends it
        ("tr", "Dışişleri Bakanı Ayşe Yıldırım Ankara'da açıklama yaptı.", "Ayşe Yıldırım", "Foreign Minister"),
        ("tr", "Kenya Devlet Başkanı Jane Wambui Pekin'e geldi.", "Jane Wambui", "President"),
    ],
)
def test_people_missing_from_the_gazetteer(language, text, name, role):
    people = mentions(language, text).filter(pl.col("canonical_name") == name)
    assert people.height == 1
    row = people.row(0, named=True)
    assert row["actor_id"] is None and row["actor_type"] == "person" and row["text"] == name
    if role:
        assert row["role"] == role


@pytest.mark.parametrize(
    ("language", "text", "name", "role"),
    [
        ("en", "Ruritania's King Tomas III arrived in Oslo.", "Tomas III", "King"),
        ("en", "Pope Aurelio XIV said peace was possible.", "Aurelio XIV", "Pope"),
        ("fr", "Le roi Aurelio II a reçu le ministre.", "Aurelio II", "King"),
        ("es", "El rey Aurelio II se reunió con el ministro.", "Aurelio II", "King"),
        ("de", "König Aurelio VI. empfing den Minister.", "Aurelio VI", "King"),
        ("tr", "Ruritanya Kralı Aurelio II bakanı kabul etti.", "Aurelio II", "King"),
    ],
)
def test_monarchs_and_popes_with_their_number(language, text, name, role):
    people = mentions(language, text).filter(pl.col("actor_type") == "person")
    assert people.select("canonical_name", "role").rows() == [(name, role)]


def test_a_monarchs_number_is_no_surname():
    people = mentions("en", "King Tomas III arrived.", "Part III of the treaty was read.").filter(
        pl.col("actor_type") == "person"
    )
    assert people.get_column("text").to_list() == ["Tomas III"]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "Polish Defence Minister Jan Nowicki said the units had not moved.", "Jan Nowicki"),
        ("es", "La ministra de Defensa, Lucía Fernández, dijo que no habría cambios.", "Lucía Fernández"),
    ],
)
def test_a_role_before_a_name_is_not_part_of_it(language, text, name):
    people = mentions(language, text).filter(pl.col("actor_type") == "person")
    assert people.get_column("canonical_name").unique().to_list() == [name]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "Pilots Without Borders said the clinic had been hit.", "Pilots Without Borders"),
        ("en", "The Ruritanian Democratic Party said it would join the government.", "Ruritanian Democratic Party"),
        ("de", "Der Verband Freier Reeder erklärte, die Häfen seien offen.", "Verband Freier Reeder"),
    ],
)
def test_names_with_an_organisations_word_are_organisations(language, text, name):
    unknown = mentions(language, text).filter(pl.col("actor_id").is_null())
    assert unknown.select("canonical_name", "actor_type").rows() == [(name, "organization")]


def test_german_capitalised_nouns_are_not_names():
    rows = mentions(
        "de",
        "Die Soldaten Europas sagten nichts. Große Koalition erklärte den Haushalt.",
        "Das sei ernst, sagten Westliche Diplomaten.",
        "Unabhängige Beobachter erklärte, die Wahl sei frei. Die Russische Föderation erklärte nichts.",
    )
    assert rows.filter(pl.col("actor_type") == "person").height == 0


@pytest.mark.parametrize(
    ("language", "texts", "surname", "name"),
    [
        ("en", ("Interior Minister Sofia Marchetti arrived.", "Marchetti's plan was rejected."), "Marchetti", "Sofia Marchetti"),
        ("tr", ("İçişleri Bakanı Kemal Aksoylu geldi.", "Aksoylu'nun planı reddedildi."), "Aksoylu", "Kemal Aksoylu"),
        ("de", ("Innenminister Lars Brennecke kam an.", "Brennecke lehnte ab."), "Brennecke", "Lars Brennecke"),
        ("fr", ("Le ministre Hugo Lambert est arrivé.", "Lambert a refusé."), "Lambert", "Hugo Lambert"),
        ("es", ("El ministro Diego Morales llegó.", "Morales rechazó el plan."), "Morales", "Diego Morales"),
    ],
)
def test_surnames_after_a_full_mention(language, texts, surname, name):
    rows = found(language, *texts)
    assert rows[surname]["canonical_name"] == name and rows[surname]["sentence_index"] == 1


@pytest.mark.parametrize(
    ("language", "text", "mention", "name"),
    [
        ("tr", "Çin Dışişleri Bakanı Vang Yi Pekin'de konuştu.", "Vang Yi", "Wang Yi"),
        ("tr", "Yunanistan Başbakanı Kiryakos Miçotakis geldi.", "Kiryakos Miçotakis", "Kyriakos Mitsotakis"),
        ("fr", "Son homologue Roustem Oumerov est arrivé.", "Roustem Oumerov", "Rustem Umerov"),
        ("fr", "Mohammed ben Salmane a reçu le ministre.", "Mohammed ben Salmane", "Mohammed bin Salman"),
        ("de", "Kremlsprecherin Maria Sacharowa sprach.", "Maria Sacharowa", "Maria Zakharova"),
        ("es", "El papa Francisco habló en Roma.", "papa Francisco", "Pope Francis"),
        ("de", "Papst Franziskus sprach in Rom.", "Papst Franziskus", "Pope Francis"),
    ],
)
def test_gazetteer_people_in_the_spelling_of_each_language(language, text, mention, name):
    assert found(language, text)[mention]["canonical_name"] == name


def test_the_given_name_of_a_pope_is_no_surname():
    people = mentions("fr", "Le pape François a parlé.", "François Dupont a déclaré que tout irait bien.")
    assert people.select("text", "canonical_name").rows() == [
        ("pape François", "Pope Francis"), ("François Dupont", "François Dupont")
    ]


@pytest.mark.parametrize(
    ("language", "text", "mention", "name"),
    [
        ("en", "Biden's visit ended.", "Biden", "Joe Biden"),
        ("tr", "Erdoğan'ın sözleri ve Putin’le görüşme.", "Erdoğan", "Recep Tayyip Erdoğan"),
        ("de", "Macron sprach.", "Macron", "Emmanuel Macron"),
        ("fr", "Zelensky a parlé.", "Zelensky", "Volodymyr Zelensky"),
        ("es", "Stoltenberg habló.", "Stoltenberg", "Jens Stoltenberg"),
    ],
)
def test_gazetteer_people_by_surname(language, text, mention, name):
    assert found(language, text)[mention]["canonical_name"] == name


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "North Korean troops left Russia's border for the Kremlin's plan.", {"North Korean": "North Korea", "Russia": "Russia", "Kremlin": "Kremlin"}),
        ("tr", "Kuzey Koreli askerler Rusya’dan Kosova'ya geçti; Beyaz Saray'ın açıklaması.", {"Kuzey Koreli": "North Korea", "Rusya": "Russia", "Kosova": "Kosovo", "Beyaz Saray": "White House"}),
        ("de", "Die nordkoreanischen Soldaten kamen aus Russlands Grenzgebiet ins Weiße Haus.", {"nordkoreanisch": "North Korea", "Russland": "Russia", "Weiße Haus": "White House"}),
        ("fr", "Les soldats nord-coréens venus d'Ukraine, selon l'OTAN et la Maison Blanche.", {"nord-coréen": "North Korea", "Ukraine": "Ukraine", "OTAN": "NATO", "Maison Blanche": "White House"}),
        ("es", "Los soldados norcoreanos llegaron a Moscú, según la OTAN y la Casa Blanca.", {"norcorean": "North Korea", "Moscú": "Moscow", "OTAN": "NATO", "Casa Blanca": "White House"}),
    ],
)
def test_countries_demonyms_organisations_with_inflections(language, text, expected):
    rows = found(language, text)
    assert {mention: rows[mention]["canonical_name"] for mention in expected} == expected


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("tr", "Milli Savunma Bakanlığı (MSB) açıklama yaptı.", "Turkish Defense Ministry"),
        ("de", "Das Auswärtige Amt widersprach; das Auswärtigen Amtes Sprecher.", "German Foreign Office"),
        ("fr", "Le Quai d'Orsay a réagi.", "French Foreign Ministry"),
        ("en", "The Pentagon said nothing.", "Pentagon"),
        ("es", "El Pentágono no respondió.", "Pentagon"),
        ("en", "Russia's defence ministry said its forces had withdrawn.", "Russian Defense Ministry"),
        ("fr", "Selon le ministère des Armées, les soldats sont arrivés.", "French Defense Ministry"),
        ("en", "Ukraine’s Foreign Ministry said the envoy had left.", "Ukrainian Foreign Ministry"),
    ],
)
def test_offices_resolve_to_government_bodies(language, text, name):
    rows = mentions(language, text).filter(pl.col("canonical_name") == name)
    assert rows.height >= 1 and rows.row(0, named=True)["actor_type"] == "government_body"


def test_word_boundaries():
    names = set(mentions("en", "Somalia and Iranian diplomats, and Malibu beaches.").get_column("canonical_name"))
    assert names == {"Somalia", "Iran"}
    assert "Mali" not in set(mentions("fr", "La Somalie et Malik Diallo.").get_column("canonical_name"))


@pytest.mark.parametrize(
    ("language", "text", "capital"),
    [
        ("en", "Moscow has denied sending troops to the border.", "Moscow"),
        ("en", "According to Moscow, the talks will resume next week.", "Moscow"),
        ("fr", "Moscou a démenti avoir envoyé des troupes.", "Moscou"),
        ("es", "Moscú negó el envío de tropas a la frontera.", "Moscú"),
        ("de", "Moskau hat die Entsendung von Truppen bestritten.", "Moskau"),
        ("tr", "Moskova'ya göre görüşmeler gelecek hafta başlayacak.", "Moskova"),
    ],
)
def test_a_capital_that_acts_stands_for_its_state(language, text, capital):
    row = found(language, text)[capital]
    assert (row["canonical_name"], row["actor_type"], row["actor_id"]) == ("Russia", "country", "country:RU")


@pytest.mark.parametrize(
    ("language", "text", "capital"),
    [
        ("en", "The talks were held in Moscow on Tuesday.", "Moscow"),
        ("de", "Die Ministerin ist am Montag in Moskau eingetroffen.", "Moskau"),
    ],
)
def test_a_capital_named_as_a_place_stays_a_place(language, text, capital):
    row = found(language, text)[capital]
    assert (row["canonical_name"], row["actor_type"]) == ("Moscow", "place")


@pytest.mark.parametrize(
    ("language", "text", "mention", "name"),
    [
        ("en", "Human Rights Watch said the strikes hit civilian areas.", "Human Rights Watch", "Human Rights Watch"),
        ("fr", "Le CICR a appelé les parties à protéger les civils.", "CICR", "International Committee of the Red Cross"),
        ("es", "La OMS advirtió de que los hospitales están al borde del colapso.", "OMS", "World Health Organization"),
        ("de", "Der IWF senkte seine Prognose.", "IWF", "International Monetary Fund"),
        ("tr", "Dünya Bankası yeni bir kredi onayladı.", "Dünya Bankası", "World Bank"),
    ],
)
def test_international_organisations_in_every_language(language, text, mention, name):
    row = found(language, text)[mention]
    assert (row["canonical_name"], row["actor_type"]) == (name, "organization")

"""Deployments in context: casualties and civilians are no troops, who sends and where to when
the sentence alone does not say (demonyms, origins, agents, the article's previous deployment)."""

import datetime as dt

import pytest

from tests.extract.pipeline_frames import extract, rows


def deployments(text: str, language: str = "en"):
    return extract(text, language)["deployment_mentions"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Forty soldiers were wounded when the convoy hit a mine near the border."),
        ("en", "The blast killed 12 soldiers at the checkpoint."),
        ("tr", "Sınırdaki çatışmalarda 40 asker yaralandı."),
        ("de", "Bei den Kämpfen an der Grenze wurden 40 Soldaten verletzt."),
        ("fr", "Lors des affrontements, 40 soldats ont été blessés près de la frontière."),
        ("es", "En los enfrentamientos, 40 soldados resultaron heridos cerca de la frontera."),
    ],
)
def test_troops_who_are_casualties_are_not_deployed(language, text):
    assert deployments(text, language).filter(deployments(text, language)["troop_count"] == 40).is_empty()
    assert 12 not in deployments(text, language)["troop_count"].to_list()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Norway has lost 1,200 soldiers in a single week, the general said."),
        ("en", "Norway and Latvia exchanged 1,200 soldiers on Friday."),
        ("de", "Norwegen hat in einer Woche 1200 Soldaten verloren."),
        ("fr", "La Norvège et la Lettonie ont échangé 1 200 soldats samedi."),
        ("es", "Noruega ha perdido 1.200 soldados en una semana."),
        ("tr", "Norveç ve Letonya 1200 askeri takas etti."),
    ],
)
def test_troops_lost_or_exchanged_are_not_deployed(language, text):
    assert 1200 not in deployments(text, language)["troop_count"].to_list()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("tr", "Norveç, Letonya'ya 300 milyon dolarlık yeni bir askeri yardım paketi gönderecek."),
        ("tr", "Norveç, Letonya'ya askeri yardım ve mühimmat gönderdi."),
        ("tr", "Norveç, Letonya'ya 1.500 askeri araç sevk etti."),
        ("tr", "Norveç, Letonya'ya 300 milyon dolarlık asker eğitim paketi gönderecek."),
        ("en", "Norway will send $300 million in military aid to Latvia."),
        ("en", "Norway will send 300 million dollars for soldiers' pay to Latvia."),
        ("de", "Norwegen schickt 300 Millionen Euro für Soldaten nach Lettland."),
        ("fr", "La Norvège va envoyer 300 millions d'euros d'aide militaire à la Lettonie."),
    ],
)
def test_military_aid_and_sums_of_money_are_no_troops(language, text):
    assert deployments(text, language).is_empty()


@pytest.mark.parametrize(
    "text",
    ["1.500 Norveç askeri Letonya'ya gönderildi.", "Norveç, Letonya'ya 1.500 asker gönderdi."],
)
def test_turkish_soldiers_counted_or_named_by_their_state_are_troops(text):
    assert rows(deployments(text, "tr"), "actor_name", "destination_name", "troop_count") == [("Norway", "Latvia", 1500)]


@pytest.mark.parametrize(
    ("language", "text", "date_text"),
    [
        ("en", "Norway said on Monday it would send 300 troops to Latvia in May.", "in May"),
        ("en", "Norway has sent 300 troops to Latvia, its defence minister said on Monday.", None),
        ("es", "Noruega anunció el lunes que enviará 300 soldados a Letonia en mayo.", "en mayo"),
        ("de", "Norwegen schickt 300 Soldaten nach Lettland, sagte der Verteidigungsminister am Montag.", None),
        # a verb of saying that ends its clause, a few words after the day
        ("de", "Norwegen schickt 300 Soldaten nach Lettland, wie der Verteidigungsminister am Montag in Oslo ankündigte.", None),
        ("de", "Die ersten 300 Soldaten sollen am Montag in Lettland eintreffen, wie Norwegen mitteilte.", "am Montag"),
    ],
)
def test_the_day_troops_are_announced_is_not_the_day_they_go(language, text, date_text):
    assert rows(deployments(text, language), "date_text") == [(date_text,)]


def test_a_loss_told_after_the_troops_does_not_undo_their_deployment():
    found = deployments("Norway sent 300 troops to Latvia after losing its base in Estonia.")
    assert rows(found, "actor_name", "destination_name", "troop_count") == [("Norway", "Latvia", 300)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Norwegen hat nach Angaben Lettlands rund 1200 Soldaten nach Estland entsandt."),
        ("en", "Norway has, according to Latvia, sent 1,200 troops to Estonia."),
        ("es", "Según Letonia, Noruega envió 1.200 soldados a Estonia."),
    ],
)
def test_the_source_of_an_attribution_is_no_sender(language, text):
    assert rows(deployments(text, language), "actor_name", "destination_name") == [("Norway", "Estonia")]


def test_the_source_of_an_attribution_sends_when_no_other_actor_does():
    found = deployments("According to the Pentagon, about 1,200 Marines arrived in Estonia.")
    assert rows(found, "actor_name", "destination_name", "troop_count") == [("United States", "Estonia", 1200)]


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("de", "Norwegen hat 1200 Marineinfanteristen nach Estland verlegt.", 1200),
        ("en", "Norway sent 40 military instructors to Estonia.", 40),
        ("fr", "La Norvège a envoyé 40 instructeurs en Estonie.", 40),
        ("es", "Noruega envió 40 instructores a Estonia.", 40),
        ("tr", "Norveç, Estonya'ya 40 eğitmen gönderdi.", 40),
    ],
)
def test_marines_and_instructors_are_troops(language, text, count):
    assert rows(deployments(text, language), "actor_name", "destination_name", "troop_count") == [
        ("Norway", "Estonia", count)
    ]


def test_a_sea_is_a_destination():
    found = deployments("Norway has sent two frigates to the eastern Mediterranean.")
    assert rows(found, "actor_name", "destination_name") == [("Norway", "Eastern Mediterranean")]


def test_civilian_staff_are_not_counted_as_troops():
    found = deployments("Norveç'in gönderdiği 300 asker ve 25 sivil personel Estonya'ya ulaştı.", "tr")
    assert found["troop_count"].drop_nulls().to_list() == [300]


def test_a_lowercase_word_may_stand_between_the_destination_word_and_the_place():
    found = deployments("Norway is sending 400 troops to northern Latvia.")
    assert rows(found, "actor_name", "destination_name", "troop_count") == [("Norway", "Latvia", 400)]


def test_a_demonym_is_who_the_troops_belong_to_never_where_they_go():
    found = deployments("Some 200 Norwegian soldiers arrived in Latvia after Russian jets crossed the border.")
    assert rows(found, "actor_name", "destination_name") == [("Norway", "Latvia")]


def test_a_country_before_the_troops_without_a_destination_word_is_the_sender():
    found = deployments("Nach Angaben der Regierung nimmt Norwegen mit etwa 70 Soldaten an der Mission teil.", "de")
    assert rows(found, "actor_name", "troop_count", "count_qualifier") == [("Norway", 70, "about")]
    assert found["destination_name"].to_list() != ["Norway"]


def test_later_deployments_take_the_sender_and_destination_of_the_previous_one():
    text = (
        "Norway will send 300 soldiers to Latvia this spring. "
        "A further 120 troops will follow in May, the Latvian defence minister told reporters."
    )
    found = deployments(text)
    assert rows(found, "actor_name", "destination_name", "troop_count") == [
        ("Norway", "Latvia", 300),
        ("Norway", "Latvia", 120),
    ]


def test_an_origin_belongs_to_the_count_right_before_it():
    text = (
        "NATO deployed peacekeeping troops to Kosovo in 1999. "
        "The mission now has about 3,500 troops, including some 400 from Norway."
    )
    counted = deployments(text).filter(deployments(text)["troop_count"].is_not_null())
    assert rows(counted, "troop_count", "count_qualifier", "actor_name", "destination_name") == [
        (3500, "about", "NATO", "Kosovo"),
        (400, "about", "Norway", "Kosovo"),
    ]


def test_states_listed_after_an_origin_are_origins_too():
    text = (
        "Die Nato schickte 1999 Truppen in den Kosovo. "
        "Heute dienen dort rund 3000 Soldaten, die meisten kommen aus Norwegen, Estland und Lettland."
    )
    counted = deployments(text, "de").filter(deployments(text, "de")["troop_count"] == 3000)
    assert rows(counted, "actor_name", "destination_name") == [("NATO", "Kosovo")]


def test_the_agent_of_a_passive_sends_in_turkish():
    found = deployments("Türkiye tarafından gönderilen 450 asker dün Kosova'ya ulaştı.", "tr")
    assert rows(found, "actor_name", "destination_name", "troop_count") == [("Turkey", "Kosovo", 450)]


def test_a_genitive_after_the_troops_is_a_place_not_their_origin_in_turkish():
    found = deployments("Türkiye'nin gönderdiği 300 asker Kosova'nın kuzeyine yerleşti.", "tr")
    assert rows(found, "actor_name", "troop_count") == [("Turkey", 300)]


def test_a_unit_noun_inside_an_organisation_name_is_no_unit():
    assert deployments("The Israel Defense Forces moved to deny the claims on Tuesday.").is_empty()


def test_a_deployment_told_twice_keeps_the_mention_with_a_date():
    text = "Norway will send a battalion to Latvia. The Norwegian battalion will arrive in Latvia on Friday."
    found = deployments(text)
    assert rows(found, "actor_name", "destination_name", "deployment_date", "status") == [
        ("Norway", "Latvia", dt.date(2025, 3, 14), "planned")
    ]


def test_numbers_below_ten_do_not_count_troops():
    found = deployments("Two leaders of the Norwegian battalion sent to Latvia spoke to soldiers.")
    assert found["troop_count"].drop_nulls().is_empty()


def test_the_capital_of_the_sender_is_not_the_destination():
    found = deployments("Some 900 French soldiers, based near Paris until now, were sent to Chad.")
    assert rows(found, "actor_name", "destination_name", "troop_count") == [("France", "Chad", 900)]


def test_the_nato_force_in_kosovo_deploys_for_nato():
    found = deployments("KFOR sent 200 more soldiers to northern Kosovo on Monday.")
    assert rows(found, "actor_name", "destination_name", "troop_count") == [("NATO", "Kosovo", 200)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Norway announced the deployment of 300 soldiers to the region."),
        ("fr", "La Norvège va déployer 300 soldats dans la région."),
        ("es", "Noruega enviará 300 soldados a la región."),
    ],
)
def test_the_region_is_a_destination_when_no_place_is_named(language, text):
    assert deployments(text, language)["destination_name"].str.to_lowercase().to_list() == [
        {"en": "region", "fr": "région", "es": "región"}[language]
    ]


def test_a_genitive_far_before_the_troops_is_not_their_sender():
    text = "Hamas'ın saldırılarının ardından ABD, İsrail'e bir uçak gemisi ve 500 asker gönderdi."
    assert deployments(text, "tr")["actor_name"].unique().to_list() == ["United States"]


def test_troops_that_have_been_in_a_place_are_deployed_there():
    found = deployments("The Norwegian frigate has been in the Baltic Sea since June.")
    assert rows(found, "actor_name", "destination_name", "date_precision") == [("Norway", "Baltic Sea", "month")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "At the request of NATO, Germany will send 300 soldiers to Lithuania.", ("Germany", "Lithuania", 300)),
        ("es", "A petición de la OTAN, España enviará 400 soldados a Letonia.", ("Spain", "Latvia", 400)),
        ("de", "Auf Bitten der Vereinten Nationen (UN) schickt Deutschland 300 Soldaten nach Mali.", ("Germany", "Mali", 300)),
        ("fr", "À la demande de l'Union africaine, le Sénégal enverra 500 soldats en Gambie.", ("Senegal", "Gambia", 500)),
        (
            "tr",
            "Birleşmiş Milletler Güvenlik Konseyi’nin talebi üzerine İtalya Lübnan'a 400 asker gönderecek.",
            ("Italy", "Lebanon", 400),
        ),
        (
            "tr",
            "Avrupa Birliği Dış İlişkiler Servisi (Brüksel) tarafından yapılan talep üzerine Yunanistan Libya'ya 150 asker gönderdi.",
            ("Greece", "Libya", 150),
        ),
    ],
)
def test_who_asked_for_the_troops_does_not_send_them(language, text, expected):
    assert rows(deployments(text, language), "actor_name", "destination_name", "troop_count") == [expected]


@pytest.mark.parametrize(
    ("language", "text", "sender"),
    [
        ("en", "As part of a NATO mission, Canada will send 400 soldiers to Latvia.", "Canada"),
        ("en", "Ireland will send 130 troops to Lebanon under the command of the UN.", "Ireland"),
        ("de", "Im Rahmen der EU-Mission schickt Italien 200 Soldaten nach Bosnien.", "Italy"),
        ("fr", "Dans le cadre de l'OTAN, la Belgique enverra 250 soldats en Roumanie.", "Belgium"),
        ("es", "Portugal enviará 150 soldados en el marco de la misión de la OTAN.", "Portugal"),
        ("tr", "Macaristan, NATO misyonu kapsamında Kosova'ya 300 asker gönderecek.", "Hungary"),
        ("tr", "Macaristan NATO misyonu kapsamında Kosova'ya 300 asker gönderecek.", "Hungary"),
        # an alliance named without such words sends the troops itself
        ("en", "NATO will send 700 more troops to Kosovo.", "NATO"),
    ],
)
def test_the_mission_or_alliance_the_troops_serve_in_does_not_send_them(language, text, sender):
    assert deployments(text, language)["actor_name"].to_list() == [sender]


@pytest.mark.parametrize("recipient", ["NATO Kosova Gücüne", "NATO Kosova Gücüne (KFOR)"])
def test_who_receives_the_troops_does_not_send_them_nor_does_its_abbreviation(recipient):
    found = deployments(f"Macaristan, {recipient} bağlı 200 askerini Priştine'ye gönderdi.", "tr")
    assert rows(found, "actor_name", "troop_count") == [("Hungary", 200)]


@pytest.mark.parametrize(
    "text",
    [
        "Romanya ordusuna ait en az 800 asker dün Brüksel'e ulaştı.",  # a dative with "ait": belonging to
        "Romanya'ya ait en az 800 asker dün Brüksel'e ulaştı.",
    ],
)
def test_troops_belonging_to_a_state_are_sent_by_it(text):
    assert rows(deployments(text, "tr"), "actor_name", "destination_name", "troop_count") == [("Romania", "Brussels", 800)]


@pytest.mark.parametrize(
    "text",
    [
        "Türkiye, Irak'ın kuzeyine 500 asker gönderdi.",  # the genitive of a side of Iraq: to the north of it
        "Türkiye, Irak'ın kuzeyindeki üslere 500 asker gönderdi.",
    ],
)
def test_a_place_whose_side_the_troops_go_to_is_the_destination(text):
    assert rows(deployments(text, "tr"), "actor_name", "destination_name", "troop_count") == [("Turkey", "Iraq", 500)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Nach Angaben der Regierung Norwegens wurden 300 Soldaten entsandt."),
        ("en", "According to Russia, Norway sent 300 troops."),
        ("tr", "Rusya'ya göre Norveç 300 asker gönderdi."),
    ],
)
def test_an_attribution_names_no_destination(language, text):
    assert rows(deployments(text, language), "actor_name", "destination_name", "troop_count") == [("Norway", None, 300)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rund 1.500 US-Soldaten sind in Litauen stationiert.", ("United States", 1500, "about")),
        ("Mehr als 800 Nato-Soldaten trafen in Rumänien ein.", ("NATO", 800, "more_than")),
    ],
)
def test_a_count_before_a_hyphenated_compound_counts_its_troops(text, expected):
    found = deployments(text, "de")
    assert rows(found, "actor_name", "troop_count", "count_qualifier") == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Officials said Canada would not send additional troops to Haiti."),
        ("en", "Japan has no plans to deploy soldiers to the Red Sea."),
        ("en", "The 400 soldiers will not be deployed to Niger."),
        ("de", "Österreich wird keine Soldaten nach Mali schicken."),
        ("fr", "La Belgique n'enverra pas de soldats au Niger."),
        ("es", "Portugal no enviará tropas a Haití."),
        ("tr", "Yunanistan, Libya'ya asker göndermeyeceğini açıkladı."),
        ("en", "Scholz on Monday ruled out the deployment of 200 German troops to Ukraine."),
        ("de", "Der Kanzler schloss die Entsendung deutscher Soldaten in die Ukraine aus."),
        ("fr", "Olaf Scholz a exclu l'envoi de 200 soldats allemands en Ukraine."),
        ("tr", "Almanya, Ukrayna'ya asker gönderilmesini reddetti."),
        ("es", "«No vamos a enviar soldados a Haití», dijo el ministro portugués."),
        ("tr", "Kanada, Letonya'ya asker göndermeyi düşünmediğini söyledi."),
        ("tr", "Yunanistan'ın Libya'ya asker gönderme planı bulunmadığı bildirildi."),
    ],
)
def test_troops_ruled_out_are_no_deployment(language, text):
    assert deployments(text, language).is_empty()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Moscow warned that if Canada sent troops to Latvia, it would respond."),
        ("en", "Reporters asked whether Japan would send soldiers to the Red Sea."),
        ("en", "Portugal has no intention of sending troops to Haiti."),
        ("en", "Pakistani troops are not being sent to Saudi Arabia, the foreign office said."),
        ("de", "Moskau warnte, falls Kanada Truppen nach Lettland schicke, werde es reagieren."),
        ("fr", "Moscou a averti que si le Canada envoyait des troupes en Lettonie, il réagirait."),
        ("fr", "Le Portugal n'a « pas l'intention » d'envoyer des troupes en Haïti."),
        ("es", "Moscú advirtió que si Canadá enviara tropas a Letonia, respondería."),
        ("es", "Portugal no tiene intención de enviar tropas a Haití."),
        ("tr", "Moskova, Kanada'nın Letonya'ya asker göndermesi halinde karşılık vereceğini açıkladı."),
        ("tr", "Kanada Letonya'ya asker gönderirse Moskova karşılık verecek."),
        # only possible ("could", "pourrait", "könnte", "podría", "-ebilir")
        ("en", "Japan could eventually send 600 soldiers to the Red Sea, analysts said."),
        ("fr", "L'Espagne pourrait envoyer des soldats en Haïti dès l'été."),
        ("de", "Kanada könnte Truppen nach Lettland schicken."),
        ("es", "Canadá podría desplegar tropas en Letonia el año próximo."),
        ("tr", "Kanada'nın Letonya'ya asker gönderebileceği belirtildi."),
    ],
)
def test_troops_only_supposed_are_no_deployment(language, text):
    assert deployments(text, language).is_empty()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Will Canada send troops to Latvia?"),
        ("de", "Schickt Kanada bald 300 Soldaten nach Lettland?"),
        ("fr", "Le Canada va-t-il envoyer des troupes en Lettonie ?"),
        ("es", "¿Enviará Canadá tropas a Letonia?"),
        ("tr", "Kanada Letonya'ya asker gönderecek mi?"),
    ],
)
def test_a_question_reports_no_deployment(language, text):
    assert deployments(text, language).is_empty()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Some 9,000 Canadian soldiers are taking part in the Northern Shield drills in Latvia."),
        ("en", "The joint military exercise will involve around 4,000 Japanese sailors off Okinawa."),
        ("de", "An dem Nato-Manöver in Lettland nehmen bis zu 9000 kanadische Soldaten teil."),
        ("de", "Rund 4000 Soldaten aus Kanada beteiligen sich an der Übung in Lettland."),
        ("fr", "Des exercices de l'Otan impliquant quelque 9 000 soldats canadiens se déroulent en Lettonie."),
        ("es", "Las maniobras conjuntas reunirán en Letonia a unos 9.000 soldados canadienses."),
        ("tr", "Ortak tatbikata katılmak üzere 1.200 Kanada askeri Letonya'ya ulaştı."),
    ],
)
def test_troops_in_an_exercise_are_no_deployment(language, text):
    assert deployments(text, language).is_empty()


def test_an_exercise_in_another_clause_leaves_the_troops_deployed():
    text = "Derzeit sind rund 400 kanadische Soldaten in Lettland stationiert, weitere kommen zu Übungen."
    assert rows(deployments(text, "de"), "destination_name", "troop_count") == [("Latvia", 400)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Canada will send 300 more troops to Latvia, but will not send any to Haiti.",
            ("Canada", 300),
        ),
        (
            "de",
            "Österreich schickt keine Bodentruppen nach Mali, wohl aber 50 Soldaten nach Bosnien.",
            ("Austria", 50),
        ),
        ("es", "Portugal no solo enviará 300 soldados a Rumanía.", ("Portugal", 300)),
        ("tr", "Yunanistan Libya'ya 150 asker göndermek istiyor.", ("Greece", 150)),
    ],
)
def test_troops_sent_beside_a_refusal_are_deployed(language, text, expected):
    assert rows(deployments(text, language), "actor_name", "troop_count") == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Poland hosts about 10,000 US troops.", ("United States", "Poland")),
        ("fr", "Le Tchad a accueilli jusqu'à 1 000 soldats français.", ("France", "Chad")),
        ("de", "Litauen beherbergt rund 1.000 deutsche Soldaten.", ("Germany", "Lithuania")),
        ("es", "Polonia acoge a unos 10.000 soldados estadounidenses.", ("United States", "Poland")),
        ("tr", "Polonya, yaklaşık 10 bin ABD askerine ev sahipliği yapıyor.", ("United States", "Poland")),
        ("en", "Poland, which hosts US troops, sent 300 soldiers to Lithuania.", ("Poland", "Lithuania")),
        ("fr", "La France enverra 300 soldats en Roumanie, qui accueille un bataillon.", ("France", "Romania")),
    ],
)
def test_the_host_of_the_troops_is_where_they_are(language, text, expected):
    assert rows(deployments(text, language), "actor_name", "destination_name") == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "South Korea's spy agency said North Korea had sent 3,000 troops to Russia.", ("North Korea", "Russia")),
        ("de", "Scholz sagte, Frankreich werde 300 Soldaten nach Estland schicken.", ("France", "Estonia")),
        ("en", "Turkey said on Monday it would send 500 troops to Kosovo.", ("Turkey", "Kosovo")),
    ],
)
def test_who_reports_on_the_troops_sends_them_only_if_no_other_party_does(language, text, expected):
    assert rows(deployments(text, language), "actor_name", "destination_name") == [expected]


def test_a_destination_told_before_is_never_in_the_senders_own_state():
    text = (
        "La Belgique enverra 100 soldats en Roumanie. Le ministre a préparé à Bruxelles l'arrivée du "
        "contingent avec son homologue roumain."
    )
    assert rows(deployments(text, "fr"), "actor_name", "destination_name") == [
        ("Belgium", "Romania"), ("Belgium", "Romania")
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The United States deployed 1,500 troops to the U.S.-Mexico border last week.", ("United States", "Mexico")),
        ("en", "Norway moved 2,000 soldiers to the Norway-Russia border on Monday.", ("Norway", "Russia")),
        ("de", "Die USA schickten am Montag 1500 Soldaten an die US-mexikanische Grenze.",
         ("United States", "US-mexikanische Grenze")),
    ],
)
def test_a_sender_goes_to_the_other_half_of_a_pair_of_states(language, text, expected):
    assert rows(deployments(text, language), "actor_name", "destination_name") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denial of troops sent is still about them
        ("Rusya, Ukrayna'ya asker gönderdiğini reddetti.", ("Russia", "Ukraine", "denied")),
        ("Rusya, Ukrayna'ya asker gönderdi.", ("Russia", "Ukraine", "reported")),
    ],
)
def test_a_turkish_destination_before_uncounted_troops_is_no_part_of_them(text, expected):
    assert rows(deployments(text, "tr"), "actor_name", "destination_name", "status") == [expected]


def test_german_reported_future_plans_the_troops():
    found = deployments("Pistorius sagte, Deutschland werde bis zu 4800 Soldaten in Litauen stationieren.", "de")
    assert rows(found, "actor_name", "destination_name", "status") == [("Germany", "Lithuania", "planned")]


def test_the_mission_the_troops_serve_in_is_no_destination():
    text = "Deutschland kann weiterhin bis zu 400 Soldaten im Rahmen der Mission einsetzen."
    assert rows(deployments(text, "de"), "actor_name", "destination_name") == [("Germany", None)]


def test_bundeswehr_soldiers_are_germanys():
    text = "Der Bundestag billigte die Beteiligung von bis zu 700 Bundeswehrsoldaten an der EU-Mission im Roten Meer."
    assert rows(deployments(text, "de"), "actor_name", "troop_count") == [("Germany", 700)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le Tchad a demandé le retrait des quelque 1 000 soldats français stationnés sur son territoire."),
        ("en", "Chad ordered the 1,000 French troops stationed on its territory to leave."),
        ("es", "Chad exigió la retirada de los 1.000 soldados franceses desplegados en su territorio."),
        ("de", "Tschad forderte den Abzug der 1000 französischen Soldaten auf seinem Staatsgebiet."),
    ],
)
def test_troops_on_a_states_own_territory_are_there(language, text):
    assert rows(deployments(text, language), "actor_name", "destination_name") == [("France", "Chad")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("tr", "AB'nin Ermenistan'daki sivil gözlem misyonunda yaklaşık 200 personel görev yapıyor."),
        ("en", "The European Union deployed a civilian monitoring mission of about 200 personnel to Armenia."),
        ("fr", "L'Union européenne a déployé une mission civile de quelque 200 personnels en Arménie."),
    ],
)
def test_the_staff_of_a_civilian_mission_are_no_troops(language, text):
    assert deployments(text, language).is_empty()


def test_a_turkish_base_in_a_country_ending_in_a_hard_consonant_is_there():
    found = deployments("Norveç, Kuveyt'teki üslerine 300 asker daha gönderdi.", "tr")
    assert rows(found, "actor_name", "destination_name", "troop_count") == [("Norway", "Kuwait", 300)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("tr", "Norveç, Letonya'ya asker gönderilmeyeceğini açıkladı.", []),
        ("fr", "La Norvège va envoyer environ 2 000 Marines en Lettonie.", [("Norway", "Latvia", 2000)]),
    ],
)
def test_troops_ruled_out_in_the_turkish_passive_and_french_marines(language, text, expected):
    assert rows(deployments(text, language), "actor_name", "destination_name", "troop_count") == expected


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        # published Wednesday 2025-03-12: a month ahead in a present tense or "from" is this year's
        ("de", "Österreich entsendet ab April etwa 200 Soldaten in den Kosovo.", dt.date(2025, 4, 1)),
        ("de", "Frankreich schickt im Mai 300 Soldaten nach Estland.", dt.date(2025, 5, 1)),
        ("en", "Starting in May, Sweden will send 550 troops to Latvia.", dt.date(2025, 5, 1)),
        # ... in the perfect it is past
        ("de", "Deutschland hat im Januar 300 Soldaten nach Litauen entsendet.", dt.date(2025, 1, 1)),
    ],
)
def test_a_month_ahead_in_the_present_tense_or_from_it_is_to_come(language, text, date):
    assert rows(deployments(text, language), "deployment_date") == [(date,)]


def test_troops_ruled_out_on_a_day_in_spanish_are_no_deployment():
    assert deployments("España descartó el lunes enviar tropas a Ucrania.", "es").is_empty()


def test_a_turkish_mandate_approved_is_no_meeting():
    assert extract("TBMM, Irak ve Suriye tezkeresini dün kabul etti.", "tr")["meeting_mentions"].is_empty()

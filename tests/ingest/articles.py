"""Short invented news articles for the ingest tests (no real reporting)."""

HARBOUR_EN = (
    "The port authority of Lindenhaven said on Monday that the new container terminal will open "
    "in the spring after three years of construction work.\n\n"
    "Officials told reporters that the terminal can handle twice as many ships as the old quay, "
    "and that two hundred dock workers have already been hired for the first season.\n\n"
    "The mayor welcomed the announcement and said the city expects more trade with its "
    "neighbours along the northern coast. Environmental groups asked for an independent review "
    "of the dredging plans before the first vessels arrive."
)

BRIDGE_TR = (
    "Karadeniz kıyısındaki Yeşilköprü belediyesi, yeni asma köprünün inşaatına önümüzdeki ay "
    "başlanacağını açıkladı.\n\n"
    "Belediye başkanı, köprünün iki ilçe arasındaki yolculuk süresini yarım saatten beş dakikaya "
    "indireceğini söyledi. İnşaatın iki yıl sürmesi ve yaklaşık dört yüz kişiye iş imkânı "
    "sağlaması bekleniyor.\n\n"
    "Çevre dernekleri ise kuş göç yollarının korunması için ağaçlandırma çalışmalarının "
    "genişletilmesini istedi. İlçe sakinleri projeyi genel olarak olumlu karşıladı."
)

ORCHESTRA_DE = (
    "Das Stadtorchester von Bergfeld hat am Freitag eine neue Dirigentin vorgestellt, die ab "
    "dem Herbst die Proben leiten wird.\n\n"
    "Nach Angaben des Kulturamts setzte sich die Musikerin gegen zwölf Bewerber durch. Sie "
    "möchte mehr Konzerte für Schulen anbieten und junge Komponistinnen aus der Region fördern.\n\n"
    "Der Stadtrat bewilligte zusätzlich ein Budget für neue Instrumente. Die erste Saison unter "
    "ihrer Leitung beginnt mit einem Abend voller Werke, die noch nie öffentlich aufgeführt wurden."
)

MARKET_FR = (
    "Le conseil municipal de Valbrune a annoncé mardi la réouverture du marché couvert après "
    "dix-huit mois de travaux de rénovation.\n\n"
    "Selon la mairie, une quarantaine de commerçants ont déjà signé un bail, dont plusieurs "
    "producteurs de fromage et de légumes des villages voisins.\n\n"
    "Le maire a précisé que les horaires seront élargis le samedi et qu'une navette gratuite "
    "reliera la gare au marché pendant les premières semaines. Les habitants pourront visiter "
    "les nouvelles halles lors d'une journée portes ouvertes."
)

LIBRARY_ES = (
    "La biblioteca pública de Monteclaro inaugurará el próximo mes una sala dedicada a la "
    "historia local, según informó el jueves el ayuntamiento.\n\n"
    "La nueva sala reunirá fotografías, mapas antiguos y cartas donadas por familias del pueblo "
    "durante las últimas décadas.\n\n"
    "La directora explicó que los estudiantes podrán consultar los documentos con cita previa y "
    "que un grupo de voluntarios digitalizará los materiales más frágiles para que estén "
    "disponibles en línea antes de fin de año."
)

FERRY_EN = (
    "A new ferry line between the islands of Orrin and Castell will start service next week, "
    "the regional transport office said on Wednesday.\n\n"
    "The ferry will make four crossings a day in summer and two in winter, and tickets will cost "
    "the same as the bus fare on the mainland, according to the office.\n\n"
    "Residents of the smaller island have waited for a regular connection for more than a "
    "decade. Local shop owners said they hope the line will bring more visitors during the "
    "quiet months of the year."
)

SCHOOL_EN = (
    "The education board of Pinecrest approved a plan on Thursday to build a second primary "
    "school in the eastern district, where the number of children has grown quickly.\n\n"
    "The board said the school will have twenty classrooms, a library and a sports hall, and "
    "that construction should begin in the autumn once the land purchase is complete.\n\n"
    "Parents had complained about crowded classes for several years. Teachers' representatives "
    "welcomed the decision but asked the board to hire more staff before the building opens."
)

RIVER_DE = (
    "Die Behörden von Talheim haben am Sonntag vor steigenden Pegeln des Flusses gewarnt, "
    "nachdem es in den Bergen zwei Tage lang stark geregnet hatte.\n\n"
    "Feuerwehr und Freiwillige füllten Sandsäcke und sicherten die Uferstraße. Nach Angaben "
    "der Stadtverwaltung mussten bislang keine Häuser geräumt werden.\n\n"
    "Der Wetterdienst erwartet, dass der Regen in der Nacht nachlässt. Die Schulen in den "
    "tiefer gelegenen Vierteln bleiben am Montag dennoch vorsorglich geschlossen."
)

NAVIGATION_ONLY = (
    "<!DOCTYPE html><html lang='en'><head><title>Home | Daily Example</title></head><body>"
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
    "<li><a href='/sport'>Sport</a></li><li><a href='/about'>About us</a></li></ul></nav>"
    "<div class='cookie-banner'>We use cookies to improve your experience. "
    "By continuing to browse you accept our cookie policy.</div>"
    "<footer><a href='/contact'>Contact</a> | <a href='/privacy'>Privacy</a></footer>"
    "</body></html>"
)


def paragraphs_html(text: str) -> str:
    return "".join(f"<p>{paragraph}</p>" for paragraph in text.split("\n\n"))


def article_page(
    text: str,
    *,
    title: str,
    lang: str = "en",
    published: str | None = None,
    canonical: str | None = None,
    charset: str = "utf-8",
) -> str:
    """A news page: navigation, cookie banner, related links and footer around the article."""
    meta = f"<meta charset='{charset}'>"
    if published:
        meta += f"<meta property='article:published_time' content='{published}T09:00:00+00:00'>"
    if canonical:
        meta += f"<link rel='canonical' href='{canonical}'>"
    meta += "<meta property='og:site_name' content='Example Courier'>"
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head>{meta}"
        f"<title>{title} | Example Courier</title></head>"
        "<body><header><nav><a href='/'>Home</a> <a href='/news'>News</a>"
        " <a href='/sport'>Sport</a>"
        "</nav></header><div class='cookies'>This site uses cookies. <a href='/ok'>Accept</a></div>"
        f"<main><article><h1>{title}</h1>{paragraphs_html(text)}</article>"
        "<aside><h3>Related</h3><ul><li><a href='/a'>Other story one</a></li>"
        "<li><a href='/b'>Other story two</a></li></ul></aside></main>"
        "<footer>© Example Courier · <a href='/imprint'>Imprint</a>"
        " · <a href='/privacy'>Privacy</a></footer>"
        "</body></html>"
    )


HARVEST_TR = (
    "Ege bölgesindeki Çamlıdere ovasında zeytin hasadı bu yıl erken başladı. Üreticiler, "
    "yağışların düzenli geçmesi sayesinde verimin geçen yıla göre arttığını söyledi.\n\n"
    "Kooperatif başkanı, işçilerin günde sekiz saat çalıştığını ve ürünün büyük kısmının "
    "İzmir'deki fabrikalara gönderileceğini açıkladı. Ağaçların bakımı için genç çiftçilere "
    "eğitim verilecek."
)

CLINIC_EN = (
    "A rural health clinic in the valley town of Ashby reopened on Saturday after a fire "
    "damaged its roof in the winter. Nurses said the first patients arrived before nine in "
    "the morning, and the waiting room was full by noon."
)

MUSEUM_ES = (
    "El museo de ciencias de Riolindo abrirá sus puertas por la noche durante el verano, "
    "anunció el lunes su director. Las visitas nocturnas incluirán observación de estrellas "
    "en la terraza y talleres para familias con niños."
)

GARDEN_FR = (
    "Le jardin botanique de Clairmont accueillera dimanche une fête des semences. Les "
    "visiteurs pourront échanger des graines anciennes et assister à des ateliers sur le "
    "compostage animés par des bénévoles de l'association locale."
)

BAKERY_EN = (
    "The oldest bakery in Millbrook closed its doors on Friday after ninety years, its owners "
    "said, because none of their grandchildren wanted to take over the ovens."
)

STADIUM_DE = (
    "Der Fußballverein aus Nordau erhält ein neues Stadiondach. Die Bauarbeiten sollen nach "
    "dem letzten Heimspiel der Saison beginnen und bis zum Herbst dauern."
)

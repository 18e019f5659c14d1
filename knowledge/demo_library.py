"""More demo documents, so that the archive's facets, paging, home teaser and related
entries have something to show: 2019–2025, six document types, originals in German, French
and Arabic, one scanned protocol (an image per page, no text layer).

Written by the portal team for demonstration; each file says so on its first line, and the
site's demo notice says so on every page. They reuse the facts of the association's founding
report (the 2019 roundtable, the declaration of intent, the founding on 14 May 2022 with
about 90 of 125 supporters, Marrakesh's role in climate policy and as African capital of
culture 2020, Düsseldorf as the centre of German-Moroccan life in NRW); everything after the
founding is an example of what such an archive holds, not a record of real events.
"""

ROUNDTABLE_RESULTS = "Roundtable-Ergebnisse"
PRESS_RELEASE = "Pressemitteilung"

# German name → translations, added to the demo's document types.
DOCUMENT_TYPES = {
    ROUNDTABLE_RESULTS: {
        "fr": "Résultats de table ronde",
        "ar": "نتائج المائدة المستديرة",
        "en": "Roundtable results",
    },
    PRESS_RELEASE: {"fr": "Communiqué de presse", "ar": "بيان صحفي", "en": "Press release"},
}


def _de(title, *paragraphs):
    return [title, *paragraphs]


FILES = [
    {
        "file": "roundtable-2019-ergebnisse.pdf",
        "language": "de",
        "title": "Ergebnisse des Marokko-Roundtables 2019",
        "document_type": ROUNDTABLE_RESULTS,
        "date": "2019-11-20",
        "summary": "Was der Marokko-Roundtable des Büros für Internationales festhielt: "
        "Austausch der Zivilgesellschaft, Klima und Kultur als gemeinsame Themen.",
        "topics": "Roundtable;Partnerschaft;Zivilgesellschaft",
        "paragraphs": _de(
            "Ergebnisse des Marokko-Roundtables 2019",
            "Das Büro für Internationales der Stadt Düsseldorf hatte 2019 zu einem breit "
            "angelegten Marokko-Roundtable eingeladen, um Kooperationsmöglichkeiten und "
            "partnerschaftliche Beziehungen nach Marokko zu erörtern.",
            "Die Teilnehmenden sahen drei Felder für eine Zusammenarbeit: den Austausch der "
            "Zivilgesellschaft beider Städte, Klima und nachhaltige Stadtentwicklung sowie "
            "Kultur und Jugend.",
            "Als nächster Schritt wurde vorgeschlagen, die vielen Initiativen der "
            "deutsch-marokkanischen Gemeinde in Düsseldorf zu bündeln und sichtbar zu machen.",
        ),
    },
    {
        "file": "marrakesch-kulturhauptstadt-2020.pdf",
        "language": "de",
        "title": "Marrakesch, erste afrikanische Kulturhauptstadt 2020",
        "document_type": "Bericht",
        "date": "2020-03-02",
        "summary": "Hintergrundbericht: warum Marrakesch als Kulturhauptstadt und Drehscheibe "
        "der Klimapolitik für Düsseldorf eine gute Partnerin ist.",
        "topics": "Kultur;Marrakesch;Klima",
        "paragraphs": _de(
            "Marrakesch, erste afrikanische Kulturhauptstadt 2020",
            "Marrakesch war 2020 die erste afrikanische Kulturhauptstadt. Die Stadt gilt "
            "zugleich als eine der wichtigsten Drehscheiben der globalen Klimapolitik und als "
            "aufstrebende Konferenz- und Messestadt.",
            "Für Düsseldorf, selbst Messe- und Kulturstadt, ergeben sich daraus viele "
            "Anknüpfungspunkte: Museen und Festivals, Hochschulen, Messen und die "
            "Klimapolitik der Städte.",
        ),
    },
    {
        "file": "note-cooperation-decentralisee-2020.pdf",
        "language": "fr",
        "title": "Note sur la coopération décentralisée entre Marrakech et Düsseldorf",
        "document_type": "Bericht",
        "date": "2020-10-12",
        "summary": "Note de travail en français : les formes de la coopération décentralisée "
        "et ce qu’un jumelage pourrait apporter aux deux villes.",
        "topics": "Partnerschaft;Coopération décentralisée",
        "paragraphs": [
            "Note sur la coopération décentralisée entre Marrakech et Düsseldorf",
            "La coopération décentralisée permet aux collectivités de travailler ensemble "
            "sur des projets concrets : climat, culture, formation et échanges de jeunes.",
            "Düsseldorf n’a pas encore de jumelage avec une ville du Sud global. Marrakech, "
            "plaque tournante de la politique climatique mondiale, serait une partenaire de "
            "choix.",
            "La note recommande de s’appuyer sur la société civile des deux villes, en "
            "particulier sur la communauté germano-marocaine de Düsseldorf.",
        ],
    },
    {
        "file": "protokoll-vorbereitungstreffen-2021.pdf",
        "language": "de",
        "title": "Protokoll des Vorbereitungstreffens vom 17. April 2021",
        "document_type": "Protokoll",
        "date": "2021-04-17",
        "summary": "Vorbereitung der Vereinsgründung: Arbeitsgruppen für Satzung, "
        "Öffentlichkeitsarbeit und Projekte.",
        "topics": "Verein;Gründung",
        "paragraphs": _de(
            "Protokoll des Vorbereitungstreffens vom 17. April 2021",
            "Die Anwesenden beraten über die Gründung eines Fördervereins, der die Projekte, "
            "Kooperationen und den Austausch zwischen Düsseldorf und Marrakesch bündelt.",
            "Es werden drei Arbeitsgruppen gebildet: Satzung, Öffentlichkeitsarbeit und "
            "Projekte. Die Arbeitsgruppe Satzung legt beim nächsten Treffen einen Entwurf vor.",
        ),
    },
    {
        "file": "pressemitteilung-initiative-2021.pdf",
        "language": "de",
        "title": "Initiative für einen Förderverein Düsseldorf–Marrakesch",
        "document_type": PRESS_RELEASE,
        "date": "2021-09-06",
        "summary": "Die Initiative lädt Unterstützerinnen und Unterstützer ein, den "
        "Förderverein mitzugründen.",
        "topics": "Verein;Öffentlichkeit",
        "paragraphs": _de(
            "Initiative für einen Förderverein Düsseldorf–Marrakesch",
            "Düsseldorf ist das Zentrum des deutsch-marokkanischen Lebens in "
            "Nordrhein-Westfalen. Eine Initiative aus der Zivilgesellschaft will die "
            "Stadtverwaltung auf dem Weg zu einer Städtepartnerschaft mit Marrakesch "
            "unterstützen.",
            "Wer den Förderverein mitgründen möchte, ist zum Gründungstreffen eingeladen.",
        ),
    },
    {
        "file": "pressemitteilung-gruendung-2022.pdf",
        "language": "de",
        "title": "Förderverein Düsseldorf–Marrakesch gegründet",
        "document_type": PRESS_RELEASE,
        "date": "2022-05-16",
        "summary": "Pressemitteilung zur Gründung am 14. Mai 2022: etwa 90 von rund 125 "
        "Unterstützer*innen kamen zur Gründungsversammlung.",
        "topics": "Verein;Gründung;Öffentlichkeit",
        "paragraphs": _de(
            "Förderverein Düsseldorf–Marrakesch gegründet",
            "Nach einer intensiven Vorbereitungsphase hat sich am 14. Mai 2022 der "
            "Förderverein für kommunale Entwicklungspolitische Zusammenarbeit "
            "„Düsseldorf-Marrakesch“ gegründet. Von den rund 125 Unterstützer*innen sind "
            "etwa 90 Akteur*innen der Einladung zur Gründungsversammlung gefolgt.",
            "Der Verein versteht sich als Forum der Zivilgesellschaft, das die geplanten "
            "Projekte, Kooperationen und den Austausch bündelt, sichtbar macht und "
            "nachhaltig unterstützt.",
        ),
    },
    {
        "file": "bayan-tasis-2022-ar.pdf",
        "language": "ar",
        "title": "تأسيس جمعية دوسلدورف–مراكش",
        "document_type": PRESS_RELEASE,
        "date": "2022-05-20",
        "summary": "بيان صحفي بالعربية عن تأسيس الجمعية في 14 مايو 2022 بحضور نحو 90 من "
        "أصل 125 داعمًا.",
        "topics": "Verein;Gründung",
        "paragraphs": [
            "تأسيس جمعية دوسلدورف–مراكش",
            "بعد مرحلة تحضير مكثفة تأسست الجمعية في 14 مايو 2022، وحضر الجمع العام "
            "التأسيسي نحو 90 من أصل 125 داعمًا.",
            "تريد الجمعية أن تكون منتدى للمجتمع المدني يجمع المشاريع والتعاونات والتبادلات "
            "بين دوسلدورف ومراكش ويبرزها ويدعمها على المدى البعيد.",
        ],
    },
    {
        "file": "taetigkeitsbericht-2022.pdf",
        "language": "de",
        "title": "Tätigkeitsbericht 2022",
        "document_type": "Bericht",
        "date": "2022-12-15",
        "summary": "Das erste Vereinsjahr: Gründung, Aufbau der Arbeitsgruppen, erste "
        "Kontakte nach Marrakesch.",
        "topics": "Verein;Jahresbericht",
        "paragraphs": _de(
            "Tätigkeitsbericht 2022",
            "Im Gründungsjahr hat der Verein seine Arbeitsgruppen aufgebaut und erste "
            "Gespräche mit Partnerinnen und Partnern in Marrakesch geführt.",
            "Schwerpunkte für 2023 sind ein Roundtable zu Klima und Stadtentwicklung sowie "
            "der Aufbau dieses Portals, das die Dokumente der Partnerschaft zugänglich macht.",
        ),
    },
    {
        "file": "protokoll-vorstandssitzung-2023-02-scan.pdf",
        "language": "de",
        "title": "Protokoll der Vorstandssitzung vom 8. Februar 2023 (Scan)",
        "document_type": "Protokoll",
        "date": "2023-02-08",
        "summary": "Eingescanntes, unterschriebenes Protokoll: Planung des Roundtables Klima "
        "und Stadtentwicklung.",
        "topics": "Verein;Klima",
        "scanned": True,
        "paragraphs": _de(
            "Protokoll der Vorstandssitzung vom 8. Februar 2023",
            "Der Vorstand beschließt, im Juni 2023 einen Roundtable zu Klima und "
            "Stadtentwicklung auszurichten und dazu Gäste aus Marrakesch einzuladen.",
            "Die Kassenprüferin berichtet über den Stand der Mitgliedsbeiträge.",
        ),
    },
    {
        "file": "roundtable-klima-2023-ergebnisse.pdf",
        "language": "de",
        "title": "Ergebnisse des Roundtables Klima und Stadtentwicklung 2023",
        "document_type": ROUNDTABLE_RESULTS,
        "date": "2023-06-24",
        "summary": "Klimaanpassung, Wasser und Begrünung: was beide Städte voneinander lernen "
        "können.",
        "topics": "Roundtable;Klima;Stadtentwicklung",
        "paragraphs": _de(
            "Ergebnisse des Roundtables Klima und Stadtentwicklung 2023",
            "Marrakesch ist eine Drehscheibe der globalen Klimapolitik. Der Roundtable "
            "sammelte Themen, bei denen Düsseldorf und Marrakesch voneinander lernen können: "
            "Umgang mit Hitze, Wasser, Begrünung und nachhaltige Mobilität.",
            "Vereinbart wurde, Fachleute beider Städte zu einem digitalen Austausch "
            "zusammenzubringen.",
        ),
    },
    {
        "file": "proces-verbal-rencontre-associations-2023.pdf",
        "language": "fr",
        "title": "Procès-verbal de la rencontre des associations à Marrakech",
        "document_type": "Protokoll",
        "date": "2023-10-14",
        "summary": "Procès-verbal en français d’une rencontre avec des associations de "
        "Marrakech : jeunesse, culture et climat.",
        "topics": "Zivilgesellschaft;Marrakesch",
        "paragraphs": [
            "Procès-verbal de la rencontre des associations à Marrakech",
            "Des associations de Marrakech et une délégation de l’association de Düsseldorf "
            "se sont réunies pour présenter leurs projets.",
            "Les participantes et participants proposent trois pistes : échanges de jeunes, "
            "projets culturels communs et coopération sur l’adaptation au climat.",
        ],
    },
    {
        "file": "taetigkeitsbericht-2023.pdf",
        "language": "de",
        "title": "Tätigkeitsbericht 2023",
        "document_type": "Bericht",
        "date": "2024-03-10",
        "summary": "Roundtable zu Klima und Stadtentwicklung, Begegnung mit Vereinen in "
        "Marrakesch, Start des Portals.",
        "topics": "Verein;Jahresbericht",
        "paragraphs": _de(
            "Tätigkeitsbericht 2023",
            "2023 richtete der Verein einen Roundtable zu Klima und Stadtentwicklung aus und "
            "traf Vereine in Marrakesch.",
            "Das Portal ging online: Es bündelt Nachrichten und die Dokumente der "
            "Partnerschaft in vier Sprachen.",
        ),
    },
    {
        "file": "pressemitteilung-zwei-jahre-2024.pdf",
        "language": "de",
        "title": "Zwei Jahre Förderverein Düsseldorf–Marrakesch",
        "document_type": PRESS_RELEASE,
        "date": "2024-05-14",
        "summary": "Zum zweiten Jahrestag der Gründung: Bilanz und Einladung zum Mitmachen.",
        "topics": "Verein;Öffentlichkeit",
        "paragraphs": _de(
            "Zwei Jahre Förderverein Düsseldorf–Marrakesch",
            "Zwei Jahre nach seiner Gründung zieht der Verein Bilanz: Roundtables, Begegnungen "
            "und ein Archiv, in dem die Dokumente der Partnerschaft öffentlich zugänglich "
            "sind.",
            "Jede Städtepartnerschaft braucht eine integrative Kraft aus der "
            "Zivilgesellschaft. Der Verein lädt alle ein, die die Verbindung zwischen "
            "Düsseldorf und Marrakesch mittragen wollen.",
        ),
    },
    {
        "file": "taqrir-liqa-al-jaliya-2024-ar.pdf",
        "language": "ar",
        "title": "تقرير عن لقاء الجالية المغربية في دوسلدورف",
        "document_type": "Bericht",
        "date": "2024-09-21",
        "summary": "تقرير بالعربية عن لقاء مع أبناء الجالية المغربية في دوسلدورف من الجيلين "
        "الثالث والرابع.",
        "topics": "Zivilgesellschaft;Düsseldorf",
        "paragraphs": [
            "تقرير عن لقاء الجالية المغربية في دوسلدورف",
            "دوسلدورف هي مركز الحياة الألمانية المغربية في ولاية شمال الراين وستفاليا، "
            "ويعيش فيها مغاربة من الجيل الثالث والرابع.",
            "ناقش المشاركون كيف يمكن للجالية أن تدعم إدارة المدينة في مشروع التوأمة مع "
            "مراكش، واقترحوا لقاءات منتظمة للشباب.",
        ],
    },
    {
        "file": "protokoll-mitgliederversammlung-2025.pdf",
        "language": "de",
        "title": "Protokoll der Mitgliederversammlung vom 25. Januar 2025",
        "document_type": "Protokoll",
        "date": "2025-01-25",
        "summary": "Jahresbericht des Vorstands, Bericht der Kassenprüfer, Arbeitsplan 2025.",
        "topics": "Verein;Mitgliederversammlung",
        "paragraphs": _de(
            "Protokoll der Mitgliederversammlung vom 25. Januar 2025",
            "Der Vorstand berichtet über das Jahr 2024. Die Kassenprüferinnen und "
            "Kassenprüfer empfehlen die Entlastung des Vorstands; die Versammlung folgt der "
            "Empfehlung.",
            "Der Arbeitsplan 2025 sieht einen Roundtable zu Jugend und Kultur und einen "
            "Jugendaustausch vor.",
        ),
    },
    {
        "file": "taetigkeitsbericht-2024.pdf",
        "language": "de",
        "title": "Tätigkeitsbericht 2024",
        "document_type": "Bericht",
        "date": "2025-02-20",
        "summary": "Zwei Jahre nach der Gründung: Begegnungen mit der Gemeinde, Portal in vier "
        "Sprachen, Vorbereitung eines Jugendaustauschs.",
        "topics": "Verein;Jahresbericht;Jugend",
        "paragraphs": _de(
            "Tätigkeitsbericht 2024",
            "2024 feierte der Verein den zweiten Jahrestag seiner Gründung und traf die "
            "deutsch-marokkanische Gemeinde in Düsseldorf.",
            "Für 2025 bereitet er einen Roundtable zu Jugend und Kultur und einen ersten "
            "Jugendaustausch vor.",
        ),
    },
    {
        "file": "resultats-table-ronde-jeunesse-2025.pdf",
        "language": "fr",
        "title": "Résultats de la table ronde jeunesse et culture 2025",
        "document_type": ROUNDTABLE_RESULTS,
        "date": "2025-04-05",
        "summary": "Résultats en français : un échange de jeunes et des ateliers culturels "
        "entre les deux villes.",
        "topics": "Roundtable;Jugend;Kultur",
        "paragraphs": [
            "Résultats de la table ronde jeunesse et culture 2025",
            "La table ronde a réuni des jeunes de Düsseldorf et de Marrakech, des "
            "associations culturelles et des représentants des deux villes.",
            "Elle propose un premier échange de jeunes et des ateliers culturels communs, "
            "en s’appuyant sur l’héritage de Marrakech, première capitale africaine de la "
            "culture.",
        ],
    },
    {
        "file": "pressemitteilung-jugendaustausch-2025.pdf",
        "language": "de",
        "title": "Jugendaustausch Düsseldorf–Marrakesch: Aufruf zur Beteiligung",
        "document_type": PRESS_RELEASE,
        "date": "2025-06-02",
        "summary": "Der Verein sucht Jugendliche, Schulen und Vereine für einen ersten "
        "Jugendaustausch.",
        "topics": "Jugend;Öffentlichkeit",
        "paragraphs": _de(
            "Jugendaustausch Düsseldorf–Marrakesch: Aufruf zur Beteiligung",
            "Aus dem Roundtable zu Jugend und Kultur ist die Idee eines Jugendaustauschs "
            "entstanden. Der Verein sucht Jugendliche, Schulen und Vereine, die mitmachen "
            "möchten.",
        ),
    },
]

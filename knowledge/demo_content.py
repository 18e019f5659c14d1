"""Demo archive: documents written by the portal team for demonstration only.

Every document states on its first line that it is a demo. The texts follow what the
association's own announcement says (roundtable 2019, declaration of intent signed at
the international mayors' conference, founding assembly on 14 May 2022); dates and
clauses that the announcement does not give are invented and marked as such.
"""

DEMO_NOTICE = {
    "de": "DEMO-DOKUMENT – vom Portal-Team für die Vorführung verfasst, kein Originaltext.",
    "fr": "DOCUMENT DE DÉMONSTRATION – rédigé par l’équipe du portail, pas un texte original.",
    "ar": "وثيقة تجريبية – أعدّها فريق البوابة للعرض فقط، وليست نصاً أصلياً.",
    "en": "DEMO DOCUMENT – written by the portal team for demonstration, not an original.",
}

INDEX = {
    "title": {"de": "Archiv", "fr": "Archives", "ar": "الأرشيف", "en": "Archive"},
    "slug": {"de": "archiv", "fr": "archives", "ar": "al-arshif", "en": "archive"},
    "intro": {
        "de": "Die Dokumente der Partnerschaft: Erklärungen, Protokolle, Satzung und Berichte, "
        "durchsuchbar im Volltext.",
        "fr": "Les documents du partenariat : déclarations, procès-verbaux, statuts et "
        "rapports, consultables en texte intégral.",
        "ar": "وثائق الشراكة: الإعلانات والمحاضر والنظام الأساسي والتقارير، مع البحث في "
        "النص الكامل.",
        "en": "The partnership's documents: declarations, minutes, statutes and reports, "
        "searchable in full text.",
    },
}

DOCUMENT_TYPES = {
    "Absichtserklärung": {
        "fr": "Déclaration d’intention",
        "ar": "إعلان نوايا",
        "en": "Declaration of intent",
    },
    "Ergebnisprotokoll": {"fr": "Compte rendu", "ar": "محضر النتائج", "en": "Results report"},
    "Satzung": {"fr": "Statuts", "ar": "النظام الأساسي", "en": "Statutes"},
    "Protokoll": {"fr": "Procès-verbal", "ar": "محضر", "en": "Minutes"},
}

DECLARATION = {
    "de": [
        "Absichtserklärung über die Intensivierung der Zusammenarbeit zwischen der "
        "Landeshauptstadt Düsseldorf und der Stadt Marrakesch",
        "Die Landeshauptstadt Düsseldorf und die Stadt Marrakesch, im Folgenden die "
        "Partnerstädte, erklären ihre Absicht, ihre Zusammenarbeit im Sinne einer "
        "kommunalen Partnerschaft zu vertiefen.",
        "Die Partnerstädte wollen den Austausch in den Bereichen Kultur, Bildung, "
        "Klimaschutz, nachhaltige Stadtentwicklung und Wirtschaft fördern. Schulen, "
        "Hochschulen, Vereine und Verwaltungen sollen sich regelmäßig begegnen.",
        "Die Zivilgesellschaft beider Städte, insbesondere die deutsch-marokkanische "
        "Gemeinde in Düsseldorf, wird in die Partnerschaften und Projekte einbezogen.",
        "Die Partnerstädte benennen je eine Ansprechperson und treffen sich einmal im Jahr, "
        "um die Fortschritte der Zusammenarbeit zu besprechen. Diese Erklärung begründet "
        "keine finanziellen Verpflichtungen.",
        "Unterzeichnet im Rahmen der internationalen Oberbürgermeister-Konferenz in "
        "Düsseldorf, in deutscher, französischer und arabischer Sprache.",
    ],
    "fr": [
        "Déclaration d’intention relative à l’intensification de la coopération entre la "
        "ville de Düsseldorf et la ville de Marrakech",
        "La ville de Düsseldorf et la ville de Marrakech, ci-après les villes partenaires, "
        "déclarent leur intention d’approfondir leur coopération décentralisée dans "
        "l’esprit d’un partenariat entre collectivités.",
        "Les villes partenaires entendent favoriser les échanges dans les domaines de la "
        "culture, de l’éducation, de la protection du climat, du développement urbain "
        "durable et de l’économie. Écoles, universités, associations et administrations "
        "se rencontreront régulièrement.",
        "La société civile des deux villes, en particulier la communauté germano-marocaine "
        "de Düsseldorf, est associée aux partenariats et aux projets.",
        "Les villes partenaires désignent chacune une personne de contact et se réunissent "
        "une fois par an. La présente déclaration n’entraîne aucune obligation financière.",
        "Signée dans le cadre de la conférence internationale des maires à Düsseldorf, en "
        "allemand, en français et en arabe.",
    ],
    "ar": [
        "إعلان نوايا بشأن تعزيز التعاون بين مدينة دوسلدورف ومدينة مراكش",
        "تعلن مدينة دوسلدورف ومدينة مراكش، المشار إليهما فيما يلي بالمدينتين الشريكتين، "
        "عزمهما على تعميق التعاون اللامركزي بينهما في إطار شراكة بين الجماعات المحلية.",
        "تسعى المدينتان الشريكتان إلى تشجيع التبادل في مجالات الثقافة والتعليم وحماية "
        "المناخ والتنمية الحضرية المستدامة والاقتصاد، وإلى لقاءات منتظمة بين المدارس "
        "والجامعات والجمعيات والإدارات.",
        "ويُشرك المجتمع المدني في المدينتين، ولا سيما الجالية الألمانية المغربية في "
        "دوسلدورف، في الشراكة والمشاريع.",
        "تعيّن كل مدينة شريكة شخصاً للتواصل، وتجتمع المدينتان مرة في السنة. ولا يترتب على "
        "هذا الإعلان أي التزام مالي.",
        "وُقّع في إطار المؤتمر الدولي لرؤساء البلديات في دوسلدورف باللغات الألمانية "
        "والفرنسية والعربية.",
    ],
}

ROUNDTABLE = [
    "Marokko-Roundtable 2019: Ergebnisse",
    "Das Büro für Internationales der Landeshauptstadt Düsseldorf hatte zu einem breit "
    "angelegten Marokko-Roundtable eingeladen, um Kooperationsmöglichkeiten und "
    "partnerschaftliche Beziehungen nach Marokko zu erörtern. Teilgenommen haben Vereine, "
    "Moscheegemeinden, Unternehmen, Hochschulen und Mitarbeitende der Stadtverwaltung.",
    "Ergebnis 1: Die Teilnehmenden empfehlen eine Städtepartnerschaft mit einer Stadt im "
    "globalen Süden; Marrakesch wird als Drehscheibe der Klimapolitik und künftige "
    "Kulturhauptstadt Afrikas genannt.",
    "Ergebnis 2: Es sollen Workshops zu Schulpartnerschaften, Jugendaustausch und "
    "nachhaltigem Tourismus stattfinden. Drei Arbeitsgruppen bereiten sie vor.",
    "Ergebnis 3: Die deutsch-marokkanische Gemeinde in Düsseldorf soll eine tragende "
    "Rolle erhalten; ein Förderverein als Forum der Zivilgesellschaft wird angeregt.",
    "Nächste Schritte: Die Arbeitsgruppen berichten dem Büro für Internationales; ein "
    "weiterer Roundtable folgt nach der Auswertung der Workshops.",
]

STATUTES = [
    "Satzung des Fördervereins für kommunale entwicklungspolitische Zusammenarbeit "
    "Düsseldorf-Marrakesch e. V.",
    "§ 1 Name und Sitz. Der Verein führt den Namen Förderverein für kommunale "
    "entwicklungspolitische Zusammenarbeit Düsseldorf-Marrakesch. Er hat seinen Sitz in "
    "Düsseldorf.",
    "§ 2 Zweck. Zweck des Vereins ist die Förderung der Völkerverständigung und der "
    "Entwicklungszusammenarbeit, insbesondere durch die Unterstützung einer "
    "Städtepartnerschaft zwischen Düsseldorf und Marrakesch, durch Begegnungen, "
    "Bildungsarbeit, Kulturprojekte und den Austausch von Schulen und Vereinen.",
    "§ 3 Gemeinnützigkeit. Der Verein ist selbstlos tätig. Mittel des Vereins dürfen nur "
    "für die satzungsmäßigen Zwecke verwendet werden.",
    "§ 4 Mitgliedschaft. Mitglied kann jede natürliche und juristische Person werden, die "
    "die Ziele des Vereins unterstützt. Über den Aufnahmeantrag entscheidet der Vorstand.",
    "§ 5 Organe. Organe des Vereins sind die Mitgliederversammlung und der Vorstand. Die "
    "Mitgliederversammlung tritt mindestens einmal im Jahr zusammen.",
    "§ 6 Vorstand. Der Vorstand besteht aus mindestens drei Mitgliedern und wird für zwei "
    "Jahre gewählt.",
]

FOUNDING_PROTOCOL = [
    "Protokoll der Gründungsversammlung vom 14. Mai 2022",
    "Ort: Düsseldorf. Beginn: 15:00 Uhr. Von rund 125 Unterstützerinnen und Unterstützern "
    "sind etwa 90 der Einladung zur Gründungsversammlung gefolgt.",
    "TOP 1: Begrüßung und Wahl der Versammlungsleitung. Die Versammlung wählt eine "
    "Versammlungsleitung und eine Protokollführung einstimmig.",
    "TOP 2: Beschluss über die Satzung. Der Satzungsentwurf wird verlesen und ohne "
    "Gegenstimmen angenommen. Damit ist der Förderverein Düsseldorf-Marrakesch gegründet.",
    "TOP 3: Wahl des Vorstands. Gewählt werden unter anderem Redouan Aoulad Ali und Nezha "
    "Asdad. Die Gewählten nehmen die Wahl an.",
    "TOP 4: Ausblick. Der Vorstand wird die geplanten Projekte, Kooperationen und den "
    "Austausch bündeln, sichtbar machen und nachhaltig unterstützen.",
]

# One row per file, as in an import manifest; rows sharing a title form one entry.
DEMO_TITLE_DECLARATION = "Absichtserklärung Düsseldorf–Marrakesch"
FILES = [
    {
        "file": "absichtserklaerung-de.pdf",
        "paragraphs": DECLARATION["de"],
        "language": "de",
        "title": DEMO_TITLE_DECLARATION,
        "document_type": "Absichtserklärung",
        "date": "2021-11-18",
        "summary": "Die Städte Düsseldorf und Marrakesch erklären ihre Absicht, ihre "
        "Zusammenarbeit in Kultur, Bildung, Klimaschutz und Stadtentwicklung zu vertiefen "
        "(Demo; Datum erfunden).",
        "topics": "Partnerschaft;Kultur;Bildung;Klimaschutz",
        "parties": "Landeshauptstadt Düsseldorf\nStadt Marrakesch",
    },
    {
        "file": "declaration-intention-fr.pdf",
        "paragraphs": DECLARATION["fr"],
        "language": "fr",
        "title": DEMO_TITLE_DECLARATION,
    },
    {
        "file": "iilan-niyyat-ar.pdf",
        "paragraphs": DECLARATION["ar"],
        "language": "ar",
        "title": DEMO_TITLE_DECLARATION,
    },
    {
        "file": "marokko-roundtable-2019-ergebnisse.pdf",
        "paragraphs": ROUNDTABLE,
        "language": "de",
        "title": "Ergebnisse des Marokko-Roundtables 2019",
        "document_type": "Ergebnisprotokoll",
        "date": "2019-10-09",
        "summary": "Empfehlungen des Roundtables des Büros für Internationales: "
        "Städtepartnerschaft mit Marrakesch, Workshops, Förderverein (Demo).",
        "topics": "Roundtable;Partnerschaft;Zivilgesellschaft",
    },
    {
        "file": "satzung-foerderverein.docx",
        "paragraphs": STATUTES,
        "language": "de",
        "title": "Satzung des Fördervereins Düsseldorf-Marrakesch",
        "document_type": "Satzung",
        "date": "2022-05-14",
        "summary": "Name, Sitz, Zweck, Mitgliedschaft und Organe des Vereins (Demo).",
        "topics": "Verein;Satzung",
    },
    {
        "file": "gruendungsprotokoll-2022-05-14.pdf",
        "paragraphs": FOUNDING_PROTOCOL,
        "language": "de",
        "title": "Protokoll der Gründungsversammlung vom 14. Mai 2022",
        "document_type": "Protokoll",
        "date": "2022-05-14",
        "summary": "Gründung des Fördervereins mit rund 90 Teilnehmenden, Beschluss der "
        "Satzung und Wahl des Vorstands (Demo).",
        "topics": "Verein;Gründung",
        "private": "yes",
    },
]

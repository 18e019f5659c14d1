"""Demo archive: documents written by the portal team for demonstration only.

Every document states on its first line that it is a demo. The texts hold only what the
association's announcement of its founding says (roundtable 2019, declaration of intent
signed at the international mayors' conference, founding assembly on 14 May 2022, two board
members); the wording of the real documents, and every place, participant or decision the
announcement does not give, is marked as a placeholder inside the document. Titles carry no
placeholder: the site's demo notice (Settings → Demo notice) says on every page that dates
of documents are examples. More documents: knowledge/demo_library.py.
"""

from home.demo_content import ASSOCIATION_NAME, PLACEHOLDER

DATE_PLACEHOLDER = f"(Datum: {PLACEHOLDER['de']})"  # in the titles of earlier demo loads

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
    "Bericht": {"fr": "Rapport", "ar": "تقرير", "en": "Report"},
    "Satzung": {"fr": "Statuts", "ar": "النظام الأساسي", "en": "Statutes"},
    "Protokoll": {"fr": "Procès-verbal", "ar": "محضر", "en": "Minutes"},
}
# Titles of earlier demo loads, so that loading again finds those entries.
LEGACY_TITLES = {
    "Absichtserklärung Düsseldorf–Marrakesch": f"Absichtserklärung Düsseldorf–Marrakesch "
    f"{DATE_PLACEHOLDER}",
    "Marokko-Roundtable 2019: Einladung": f"Marokko-Roundtable 2019 {DATE_PLACEHOLDER}",
    "Satzung des Fördervereins Düsseldorf–Marrakesch": "Satzung des Fördervereins "
    f"Düsseldorf–Marrakesch {DATE_PLACEHOLDER}",
}

DECLARATION = {
    "de": [
        "Absichtserklärung zur Intensivierung der Zusammenarbeit der Städte Düsseldorf und "
        "Marrakesch",
        "Dieses Demo-Dokument gibt nicht den Wortlaut der Erklärung wieder, der dem "
        "Portal-Team nicht vorliegt. Es fasst zusammen, was über die Erklärung bekannt ist.",
        "Im Zuge der internationalen Oberbürgermeister-Konferenz hat die Stadt Düsseldorf mit "
        "der ehemaligen Vertreterin und Beigeordneten für Internationale Beziehungen und "
        "Dezentrale Kooperation der Kulturmetropole Marrakesch eine Absichtserklärung zur "
        "Intensivierung der Zusammenarbeit beider Städte unterzeichnet.",
        "Ziel ist eine engere kommunale Partnerschaft; bisher hat Düsseldorf keine "
        "Städtepartnerschaft mit einer Stadt aus dem globalen Süden.",
        f"Wortlaut, Datum und Ort der Unterzeichnung: [{PLACEHOLDER['de']}].",
    ],
    "fr": [
        "Déclaration d’intention relative à l’intensification de la coopération entre les "
        "villes de Düsseldorf et de Marrakech",
        "Ce document de démonstration ne reproduit pas le texte de la déclaration, dont "
        "l’équipe du portail ne dispose pas. Il résume ce que l’on sait de la déclaration.",
        "Dans le cadre de la conférence internationale des maires, la ville de Düsseldorf a "
        "signé avec l’ancienne représentante et adjointe chargée des relations internationales "
        "et de la coopération décentralisée de Marrakech, métropole culturelle, une "
        "déclaration d’intention visant à intensifier la coopération entre les deux villes.",
        "L’objectif est un partenariat municipal plus étroit ; Düsseldorf n’a jusqu’à présent "
        "aucun jumelage avec une ville du Sud global.",
        f"Texte, date et lieu de la signature : [{PLACEHOLDER['fr']}].",
    ],
    "ar": [
        "إعلان نوايا بشأن تكثيف التعاون بين مدينتي دوسلدورف ومراكش",
        "لا تنقل هذه الوثيقة التجريبية نص الإعلان، إذ لا يتوفر لدى فريق البوابة، بل تلخّص ما "
        "هو معروف عنه.",
        "في إطار المؤتمر الدولي لرؤساء البلديات، وقّعت مدينة دوسلدورف مع الممثلة السابقة "
        "لحاضرة الثقافة مراكش ونائبة الرئيس المكلفة بالعلاقات الدولية والتعاون اللامركزي "
        "إعلان نوايا لتكثيف التعاون بين المدينتين.",
        "والهدف شراكة بلدية أوثق، إذ لا تربط دوسلدورف حتى الآن توأمة بأي مدينة من الجنوب العالمي.",
        f"نص الإعلان وتاريخ التوقيع ومكانه: [{PLACEHOLDER['ar']}].",
    ],
}

ROUNDTABLE = [
    "Marokko-Roundtable 2019",
    "Dieses Demo-Dokument gibt kein Protokoll des Roundtables wieder; ein solches liegt dem "
    "Portal-Team nicht vor.",
    "2019 hat das Büro für Internationales der Stadt Düsseldorf zu einem breit angelegten "
    "Marokko-Roundtable eingeladen, um Kooperationsmöglichkeiten und partnerschaftliche "
    "Beziehungen nach Marokko zu erörtern.",
    f"Datum, Teilnehmende und Ergebnisse: [{PLACEHOLDER['de']}].",
]

STATUTES = [
    f"Satzung des {ASSOCIATION_NAME}",
    "Dieses Demo-Dokument gibt nicht den Wortlaut der Satzung wieder; dieser liegt dem "
    "Portal-Team nicht vor.",
    f"§ 1 Name. Der Verein führt den Namen {ASSOCIATION_NAME}. Sitz: [{PLACEHOLDER['de']}].",
    f"§ 2 Zweck. [{PLACEHOLDER['de']}] Laut der Ankündigung seiner Gründung will der Verein "
    "die geplanten Projekte, Kooperationen und den Austausch zwischen Düsseldorf und "
    "Marrakesch bündeln, sichtbar machen und nachhaltig unterstützen.",
    f"Alle weiteren Bestimmungen: [{PLACEHOLDER['de']}].",
]

FOUNDING_PROTOCOL = [
    "Protokoll der Gründungsversammlung vom 14. Mai 2022",
    "Dieses Demo-Dokument gibt nicht das Protokoll der Versammlung wieder; dieses liegt dem "
    "Portal-Team nicht vor.",
    f"Am 14. Mai 2022 hat sich der {ASSOCIATION_NAME} gegründet. Von den rund 125 "
    "Unterstützerinnen und Unterstützern sind etwa 90 der Einladung zur "
    "Gründungsversammlung gefolgt.",
    "Dem Vorstand gehören unter anderen Redouan Aoulad Ali und Nezha Asdad an.",
    f"Ort, Beginn, Tagesordnung und Beschlüsse: [{PLACEHOLDER['de']}].",
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
        # Unknown: the founding announcement of 14 May 2022 mentions the declaration as
        # already signed, so that day stands in (the demo notice says dates are examples).
        "date": "2022-05-14",
        "summary": "Düsseldorf und Marrakesch erklären die Absicht, ihre Zusammenarbeit zu "
        "intensivieren; in drei Sprachfassungen.",
        "topics": "Partnerschaft;Absichtserklärung",
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
        "file": "marokko-roundtable-2019.pdf",
        "paragraphs": ROUNDTABLE,
        "language": "de",
        "title": "Marokko-Roundtable 2019: Einladung",
        "document_type": "Bericht",
        # Only the year is known; an example day stands in.
        "date": "2019-06-03",
        "summary": "Einladung des Büros für Internationales zu einem breit angelegten "
        "Marokko-Roundtable über Kooperationen und partnerschaftliche Beziehungen.",
        "topics": "Roundtable;Partnerschaft",
    },
    {
        "file": "satzung-foerderverein.docx",
        "paragraphs": STATUTES,
        "language": "de",
        "title": "Satzung des Fördervereins Düsseldorf–Marrakesch",
        "document_type": "Satzung",
        # Unknown: the founding day stands in.
        "date": "2022-05-14",
        "summary": "Name, Sitz und Zweck des Vereins: Projekte, Kooperationen und Austausch "
        "zwischen Düsseldorf und Marrakesch bündeln und unterstützen.",
        "topics": "Verein;Satzung",
    },
    {
        "file": "gruendungsprotokoll-2022-05-14.pdf",
        "paragraphs": FOUNDING_PROTOCOL,
        "language": "de",
        "title": "Protokoll der Gründungsversammlung vom 14. Mai 2022",
        "document_type": "Protokoll",
        "date": "2022-05-14",
        "summary": "Gründung des Fördervereins mit etwa 90 von rund 125 Unterstützerinnen und "
        "Unterstützern; nur für Mitglieder.",
        "topics": "Verein;Gründung",
        "private": "yes",
    },
]

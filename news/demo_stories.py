"""Demo news after the founding, so that the news list, its category and year filters and
the home page have something to show. Written by the portal team as examples of what the
association publishes; the site's demo notice says on every page that this is demo content.
The facts they build on are those of the founding report (home.demo_content)."""

from datetime import date

CATEGORIES = [
    {
        "slug": "klima",
        "name": {"de": "Klima", "fr": "Climat", "ar": "المناخ", "en": "Climate"},
    },
    {
        "slug": "kultur-und-jugend",
        "name": {
            "de": "Kultur und Jugend",
            "fr": "Culture et jeunesse",
            "ar": "الثقافة والشباب",
            "en": "Culture and youth",
        },
    },
]


def _story(key, day, category, tags, related, slug, title, intro, paragraph):
    return {
        "key": key,
        "date": day,
        "category": category,
        "tags": tags,
        "related": related,
        "slug": slug,
        "title": title,
        "intro": intro,
        "body": [("paragraph", paragraph)],
    }


NEWS = [
    _story(
        "climate-roundtable",
        date(2023, 6, 24),
        "klima",
        ["Roundtable", "Klima"],
        ["roundtable"],
        {
            "de": "roundtable-klima-und-stadtentwicklung",
            "fr": "table-ronde-climat-et-ville",
            "ar": "al-maida-al-mustadira-lil-munakh",
            "en": "climate-and-city-roundtable",
        },
        {
            "de": "Roundtable zu Klima und Stadtentwicklung",
            "fr": "Table ronde sur le climat et le développement urbain",
            "ar": "مائدة مستديرة حول المناخ والتنمية الحضرية",
            "en": "Roundtable on climate and urban development",
        },
        {
            "de": "Hitze, Wasser, Begrünung: Fachleute und Vereine aus beiden Städten haben "
            "gesammelt, was Düsseldorf und Marrakesch voneinander lernen können.",
            "fr": "Chaleur, eau, végétalisation : des experts et des associations des deux "
            "villes ont recensé ce que Düsseldorf et Marrakech peuvent apprendre l’une de "
            "l’autre.",
            "ar": "الحرارة والماء والتشجير: جمع خبراء وجمعيات من المدينتين ما يمكن أن تتعلمه "
            "دوسلدورف ومراكش إحداهما من الأخرى.",
            "en": "Heat, water, greenery: experts and associations from both cities collected "
            "what Düsseldorf and Marrakesh can learn from each other.",
        },
        {
            "de": "Marrakesch gilt als eine der wichtigsten Drehscheiben der globalen "
            "Klimapolitik. Die Ergebnisse des Roundtables stehen im Archiv.",
            "fr": "Marrakech est l’une des principales plaques tournantes de la politique "
            "climatique mondiale. Les résultats de la table ronde se trouvent dans les archives.",
            "ar": "تُعدّ مراكش من أهم مراكز السياسة المناخية العالمية. نتائج المائدة المستديرة "
            "متاحة في الأرشيف.",
            "en": "Marrakesh is one of the most important hubs of global climate policy. The "
            "roundtable's results are in the archive.",
        },
    ),
    _story(
        "archive-online",
        date(2024, 3, 10),
        "verein",
        ["Archiv", "Portal"],
        ["founding"],
        {
            "de": "das-archiv-ist-online",
            "fr": "les-archives-sont-en-ligne",
            "ar": "al-arshif-mutah",
            "en": "the-archive-is-online",
        },
        {
            "de": "Das Archiv der Partnerschaft ist online",
            "fr": "Les archives du partenariat sont en ligne",
            "ar": "أرشيف الشراكة متاح على الإنترنت",
            "en": "The partnership's archive is online",
        },
        {
            "de": "Erklärungen, Protokolle, Satzung und Berichte: Das Portal macht die "
            "Dokumente der Partnerschaft in vier Sprachen durchsuchbar.",
            "fr": "Déclarations, procès-verbaux, statuts et rapports : le portail rend les "
            "documents du partenariat consultables en quatre langues.",
            "ar": "إعلانات ومحاضر ونظام أساسي وتقارير: تتيح البوابة البحث في وثائق الشراكة "
            "بأربع لغات.",
            "en": "Declarations, minutes, statutes and reports: the portal makes the "
            "partnership's documents searchable in four languages.",
        },
        {
            "de": "Gesucht wird im Volltext, auch in französischen und arabischen Originalen. "
            "Protokolle des Vereins sehen angemeldete Mitglieder.",
            "fr": "La recherche porte sur le texte intégral, y compris dans les originaux "
            "français et arabes. Les membres connectés voient les procès-verbaux de "
            "l’association.",
            "ar": "يشمل البحث النص الكامل، بما في ذلك الأصول الفرنسية والعربية. ويطّلع الأعضاء "
            "المسجّلون على محاضر الجمعية.",
            "en": "Search covers the full text, French and Arabic originals included. "
            "Signed-in members see the association's minutes.",
        },
    ),
    _story(
        "two-years",
        date(2024, 5, 14),
        "verein",
        ["Düsseldorf", "Marrakesch"],
        ["founding", "archive-online"],
        {
            "de": "zwei-jahre-foerderverein",
            "fr": "deux-ans-association",
            "ar": "aamani-ala-tasis-al-jamiya",
            "en": "two-years-of-the-association",
        },
        {
            "de": "Zwei Jahre Förderverein",
            "fr": "L’association a deux ans",
            "ar": "عامان على تأسيس الجمعية",
            "en": "Two years of the association",
        },
        {
            "de": "Zum zweiten Jahrestag der Gründung zieht der Verein Bilanz und lädt alle "
            "ein, die die Verbindung zwischen Düsseldorf und Marrakesch mittragen wollen.",
            "fr": "Pour le deuxième anniversaire de sa fondation, l’association dresse un bilan "
            "et invite toutes celles et ceux qui veulent faire vivre le lien entre Düsseldorf "
            "et Marrakech.",
            "ar": "في الذكرى الثانية لتأسيسها تستعرض الجمعية حصيلتها وتدعو كل من يريد أن يساهم "
            "في الصلة بين دوسلدورف ومراكش.",
            "en": "On the second anniversary of its founding the association takes stock and "
            "invites everyone who wants to carry the link between Düsseldorf and Marrakesh.",
        },
        {
            "de": "Roundtables, Begegnungen mit Vereinen in Marrakesch und der "
            "deutsch-marokkanischen Gemeinde in Düsseldorf und ein öffentliches Archiv "
            "gehören zur Bilanz.",
            "fr": "Tables rondes, rencontres avec des associations de Marrakech et avec la "
            "communauté germano-marocaine de Düsseldorf, archives publiques : voilà le bilan.",
            "ar": "من الحصيلة موائد مستديرة ولقاءات مع جمعيات في مراكش ومع الجالية الألمانية "
            "المغربية في دوسلدورف وأرشيف مفتوح للعموم.",
            "en": "Roundtables, meetings with associations in Marrakesh and with the "
            "German-Moroccan community in Düsseldorf, and a public archive are part of it.",
        },
    ),
    _story(
        "youth-roundtable",
        date(2025, 4, 5),
        "kultur-und-jugend",
        ["Roundtable", "Jugend", "Kultur"],
        ["climate-roundtable"],
        {
            "de": "roundtable-jugend-und-kultur",
            "fr": "table-ronde-jeunesse-et-culture",
            "ar": "al-maida-al-mustadira-lil-shabab",
            "en": "youth-and-culture-roundtable",
        },
        {
            "de": "Roundtable zu Jugend und Kultur",
            "fr": "Table ronde jeunesse et culture",
            "ar": "مائدة مستديرة حول الشباب والثقافة",
            "en": "Roundtable on youth and culture",
        },
        {
            "de": "Junge Menschen aus beiden Städten, Kulturvereine und Vertreter der "
            "Städte haben Ideen für gemeinsame Projekte gesammelt.",
            "fr": "Des jeunes des deux villes, des associations culturelles et des "
            "représentants municipaux ont réuni des idées de projets communs.",
            "ar": "جمع شباب من المدينتين وجمعيات ثقافية وممثلون عن البلديتين أفكارًا لمشاريع "
            "مشتركة.",
            "en": "Young people from both cities, cultural associations and city "
            "representatives gathered ideas for joint projects.",
        },
        {
            "de": "Marrakesch war 2020 die erste afrikanische Kulturhauptstadt. Daran knüpfen "
            "Werkstätten für Musik, Fotografie und Film an, die beide Städte verbinden sollen.",
            "fr": "Marrakech a été en 2020 la première capitale africaine de la culture. Des "
            "ateliers de musique, de photographie et de cinéma reliant les deux villes s’en "
            "inspirent.",
            "ar": "كانت مراكش عام 2020 أول عاصمة أفريقية للثقافة. وعلى ذلك تبني ورشات للموسيقى "
            "والتصوير والسينما تربط بين المدينتين.",
            "en": "In 2020 Marrakesh was the first African capital of culture. Workshops in "
            "music, photography and film that connect both cities build on that.",
        },
    ),
    _story(
        "youth-exchange",
        date(2025, 6, 2),
        "partnerschaft",
        ["Jugend", "Austausch"],
        ["youth-roundtable"],
        {
            "de": "aufruf-jugendaustausch",
            "fr": "appel-echange-de-jeunes",
            "ar": "nida-tabadul-al-shabab",
            "en": "call-youth-exchange",
        },
        {
            "de": "Aufruf: Jugendaustausch Düsseldorf–Marrakesch",
            "fr": "Appel : échange de jeunes Düsseldorf–Marrakech",
            "ar": "نداء: تبادل الشباب بين دوسلدورف ومراكش",
            "en": "Call: Düsseldorf–Marrakesh youth exchange",
        },
        {
            "de": "Für einen ersten Jugendaustausch sucht der Verein Jugendliche, Schulen und "
            "Vereine, die mitmachen möchten.",
            "fr": "Pour un premier échange de jeunes, l’association cherche des jeunes, des "
            "écoles et des associations prêts à participer.",
            "ar": "تبحث الجمعية عن شباب ومدارس وجمعيات يرغبون في المشاركة في أول تبادل للشباب.",
            "en": "For a first youth exchange the association is looking for young people, "
            "schools and associations who would like to take part.",
        },
        {
            "de": "Jede Städtepartnerschaft braucht eine integrative Kraft aus der "
            "Zivilgesellschaft. Ein Austausch junger Menschen füllt sie mit Leben.",
            "fr": "Tout jumelage a besoin d’une force intégratrice issue de la société civile. "
            "Un échange de jeunes lui donne vie.",
            "ar": "كل توأمة تحتاج إلى قوة جامعة من المجتمع المدني، وتبادل الشباب يبث فيها الحياة.",
            "en": "Every town twinning needs an integrating force from civil society. An "
            "exchange of young people brings it to life.",
        },
    ),
]

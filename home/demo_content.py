"""Demo pages of the portal, written in German with French, Arabic and English translations.

The facts come from the association's announcement of its founding (shared seed text); the
texts are the team's own. Quotes are the board members' words as the announcement gives
them, translated faithfully and marked as translations. What the announcement does not say
(postal address, e-mail address, persons responsible) is marked as a demo placeholder
wherever it appears.
"""

LANGUAGES = ("de", "fr", "ar", "en")

# The association's full name, used as it is in every language (marked lang="de" outside
# German pages, see home/bidi.py).
ASSOCIATION_NAME = (
    "Förderverein für kommunale Entwicklungspolitische Zusammenarbeit „Düsseldorf-Marrakesch“"
)
DEMO_EMAIL = "info@duesseldorf-marrakesch.example"
PLACEHOLDER = {
    "de": "Demo-Platzhalter",
    "fr": "donnée fictive de démonstration",
    "ar": "بيان تجريبي مؤقت",
    "en": "demo placeholder",
}

# The board members' words, verbatim from the announcement (German) and translated.
QUOTE_AOULAD_ALI = {
    "text": {
        "de": (
            "Das war ein wichtiger Schritt zur Unterstützung des städtischen "
            "Nachhaltigkeitskonzept, da Düsseldorf bisher keine Städtepartnerschaft mit einer "
            "Stadt aus dem globalen Süden hat"
        ),
        "fr": (
            "C’était une étape importante pour soutenir le concept de développement durable de "
            "la ville, car Düsseldorf n’a jusqu’à présent aucun jumelage avec une ville du Sud "
            "global"
        ),
        "ar": (
            "كانت تلك خطوة مهمة لدعم مفهوم الاستدامة في المدينة، إذ لا تربط دوسلدورف حتى الآن "
            "توأمة بأي مدينة من الجنوب العالمي"
        ),
        "en": (
            "That was an important step in support of the city’s sustainability concept, as "
            "Düsseldorf does not yet have a city partnership with a city from the Global South"
        ),
    },
    "attribution": {
        "de": "Redouan Aoulad Ali, Vorstandsmitglied",
        "fr": "Redouan Aoulad Ali, membre du comité directeur (citation traduite de l’allemand)",
        "ar": "Redouan Aoulad Ali، عضو مجلس الإدارة (اقتباس مترجم عن الألمانية)",
        "en": "Redouan Aoulad Ali, board member (quote translated from German)",
    },
}
QUOTE_ASDAD = {
    "text": {
        "de": (
            "Jede Städtepartnerschaft braucht eine integrative Kraft aus der Zivilgesellschaft "
            "heraus, die das Vorhaben mit Leben füllen kann, einen guten Austausch fördert und "
            "innovative Ideen einbringt"
        ),
        "fr": (
            "Tout jumelage a besoin d’une force d’intégration issue de la société civile, "
            "capable de donner vie au projet, qui favorise de bons échanges et apporte des "
            "idées innovantes"
        ),
        "ar": (
            "كل توأمة بين المدن تحتاج إلى قوة إدماجية نابعة من المجتمع المدني، قادرة على أن "
            "تبثّ الحياة في المشروع، وتعزّز تبادلًا جيدًا، وتأتي بأفكار مبتكرة"
        ),
        "en": (
            "Every city partnership needs an integrating force from within civil society that "
            "can bring the project to life, fosters good exchange and contributes innovative "
            "ideas"
        ),
    },
    "attribution": {
        "de": "Nezha Asdad, Vorstandsmitglied",
        "fr": "Nezha Asdad, membre du comité directeur (citation traduite de l’allemand)",
        "ar": "Nezha Asdad، عضوة مجلس الإدارة (اقتباس مترجم عن الألمانية)",
        "en": "Nezha Asdad, board member (quote translated from German)",
    },
}

PAGES = [
    {
        "key": "home",
        "type": "home",
        "title": {
            "de": "Willkommen beim Förderverein Düsseldorf–Marrakesch",
            "fr": "Bienvenue à l’association Düsseldorf–Marrakech",
            "ar": "مرحبًا بكم في جمعية دوسلدورف–مراكش",
            "en": "Welcome to the Düsseldorf–Marrakesh Support Association",
        },
        "intro": {
            "de": (
                "Der Förderverein Düsseldorf–Marrakesch ist ein Forum der Zivilgesellschaft in "
                "Düsseldorf. Er bündelt die geplanten Projekte, Kooperationen und den Austausch "
                "zwischen beiden Städten, macht sie sichtbar und unterstützt sie auf dem Weg zu "
                "einer Städtepartnerschaft."
            ),
            "fr": (
                "L’association Düsseldorf–Marrakech est un forum de la société civile à "
                "Düsseldorf. Elle rassemble les projets, les coopérations et les échanges prévus "
                "entre les deux villes, les rend visibles et les soutient sur le chemin d’un "
                "jumelage."
            ),
            "ar": (
                "جمعية دوسلدورف–مراكش منتدى للمجتمع المدني في دوسلدورف. تجمع المشاريع "
                "والتعاونات والتبادلات المخطط لها بين المدينتين، وتعرّف بها، وتدعمها على طريق "
                "التوأمة بينهما."
            ),
            "en": (
                "The Düsseldorf–Marrakesh Support Association is a civil-society forum in "
                "Düsseldorf. It brings together the planned projects, collaborations and "
                "exchanges between the two cities, makes them visible and supports them on the "
                "way to a city partnership."
            ),
        },
        "body": [
            (
                "heading",
                {
                    "de": "Wer wir sind",
                    "fr": "Qui sommes-nous ?",
                    "ar": "من نكون",
                    "en": "Who we are",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        f"Mit vollem Namen heißen wir {ASSOCIATION_NAME}. Der Verein hat sich am "
                        "14. Mai 2022 nach einer intensiven Vorbereitungsphase gegründet; etwa 90 "
                        "seiner rund 125 Unterstützerinnen und Unterstützer kamen zur "
                        "Gründungsversammlung. Er ist breit aufgestellt und versteht sich als "
                        "Forum für alle, die die Verbindung zwischen Düsseldorf und Marrakesch "
                        "mittragen wollen."
                    ),
                    "fr": (
                        f"Notre nom complet est {ASSOCIATION_NAME}. L’association a été fondée le "
                        "14 mai 2022, au terme d’une phase de préparation intense ; environ 90 de "
                        "ses quelque 125 sympathisantes et sympathisants ont assisté à "
                        "l’assemblée constitutive. Largement ancrée dans la société civile, elle "
                        "se veut un forum pour toutes celles et tous ceux qui souhaitent porter le "
                        "lien entre Düsseldorf et Marrakech."
                    ),
                    "ar": (
                        f"اسمنا الكامل هو {ASSOCIATION_NAME}. تأسست الجمعية في 14 مايو 2022 بعد "
                        "مرحلة تحضير مكثفة، وحضر نحو 90 من داعميها وداعماتها البالغ عددهم قرابة "
                        "125 الجمعيةَ العامة التأسيسية. وهي واسعة القاعدة، وترى نفسها منتدى لكل "
                        "من يريد أن يساهم في حمل الصلة بين دوسلدورف ومراكش."
                    ),
                    "en": (
                        f"Our full name is {ASSOCIATION_NAME}. The association was founded on "
                        "14 May 2022 after an intensive preparation phase; about 90 of its "
                        "roughly 125 supporters attended the founding assembly. It is broadly "
                        "based and sees itself as a forum for everyone who wants to help carry "
                        "the link between Düsseldorf and Marrakesh."
                    ),
                },
            ),
            (
                "heading",
                {
                    "de": "Warum Marrakesch?",
                    "fr": "Pourquoi Marrakech ?",
                    "ar": "لماذا مراكش؟",
                    "en": "Why Marrakesh?",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Marrakesch gilt als eine der wichtigsten Drehscheiben der globalen "
                        "Klimapolitik. 2020 war die Stadt die erste afrikanische "
                        "Kulturhauptstadt, und als Konferenz- und Messestadt ist sie im Aufstieg. "
                        "Das macht sie zu einer sehr guten Partnerin für Düsseldorf."
                    ),
                    "fr": (
                        "Marrakech est considérée comme l’une des plaques tournantes les plus "
                        "importantes de la politique climatique mondiale. En 2020, elle a été la "
                        "première capitale africaine de la culture, et elle s’affirme comme ville "
                        "de congrès et de salons. Elle est donc une excellente partenaire pour "
                        "Düsseldorf."
                    ),
                    "ar": (
                        "تُعدّ مراكش من أهم المحاور في السياسة المناخية العالمية. وفي عام 2020 "
                        "كانت أول عاصمة أفريقية للثقافة، كما أنها مدينة صاعدة للمؤتمرات "
                        "والمعارض. ولذلك فهي شريكة ممتازة لدوسلدورف."
                    ),
                    "en": (
                        "Marrakesh is regarded as one of the most important hubs of global "
                        "climate policy. In 2020 it was the first African Capital of Culture, and "
                        "it is a rising city for conferences and trade fairs. That makes it an "
                        "excellent partner for Düsseldorf."
                    ),
                },
            ),
            (
                "heading",
                {
                    "de": "Warum Düsseldorf?",
                    "fr": "Pourquoi Düsseldorf ?",
                    "ar": "لماذا دوسلدورف؟",
                    "en": "Why Düsseldorf?",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Düsseldorf ist das Zentrum des deutsch-marokkanischen Lebens in "
                        "Nordrhein-Westfalen. In der Stadt lebt eine große deutsch-marokkanische "
                        "Gemeinde, inzwischen in der dritten und vierten Generation, die die "
                        "Stadtverwaltung bei einer Städtepartnerschaft mit Marrakesch "
                        "unterstützen möchte."
                    ),
                    "fr": (
                        "Düsseldorf est le centre de la vie germano-marocaine en "
                        "Rhénanie-du-Nord-Westphalie. Une importante communauté germano-marocaine "
                        "y vit, aujourd’hui à la troisième et à la quatrième génération, et "
                        "souhaite soutenir l’administration municipale dans un jumelage avec "
                        "Marrakech."
                    ),
                    "ar": (
                        "دوسلدورف هي مركز الحياة الألمانية المغربية في ولاية شمال "
                        "الراين-وستفاليا. وتعيش فيها جالية ألمانية مغربية كبيرة بلغت اليوم جيلها "
                        "الثالث والرابع، وترغب في دعم إدارة المدينة في إقامة توأمة مع مراكش."
                    ),
                    "en": (
                        "Düsseldorf is the centre of German-Moroccan life in North "
                        "Rhine-Westphalia. A large German-Moroccan community lives in the city, "
                        "now in its third and fourth generation, and wants to support the city "
                        "administration in a city partnership with Marrakesh."
                    ),
                },
            ),
            (
                "cta",
                {
                    "label": {
                        "de": "Mehr über den Verein erfahren",
                        "fr": "En savoir plus sur l’association",
                        "ar": "تعرّفوا على الجمعية أكثر",
                        "en": "Learn more about the association",
                    },
                    "page": "about",
                },
            ),
            (
                "cta",
                {
                    "label": {
                        "de": "Den Weg zur Städtepartnerschaft verfolgen",
                        "fr": "Suivre le chemin vers le jumelage",
                        "ar": "تابعوا مسار التوأمة بين المدينتين",
                        "en": "Follow the road to a city partnership",
                    },
                    "page": "partnership",
                },
            ),
        ],
        "in_menu": True,
    },
    {
        "key": "about",
        "type": "standard",
        "slug": {
            "de": "ueber-uns",
            "fr": "a-propos",
            "ar": "man-nahnu",
            "en": "about-us",
        },
        "title": {
            "de": "Über uns",
            "fr": "À propos de nous",
            "ar": "من نحن",
            "en": "About us",
        },
        "intro": {
            "de": (
                "Der Förderverein ist ein breit aufgestellter zivilgesellschaftlicher Akteur in "
                "der Landeshauptstadt Düsseldorf. Hier stellen wir vor, wie er entstanden ist "
                "und wer ihn trägt."
            ),
            "fr": (
                "L’association est un acteur de la société civile largement ancré dans la "
                "capitale du Land, Düsseldorf. Nous présentons ici sa genèse et celles et ceux "
                "qui la portent."
            ),
            "ar": (
                "الجمعية فاعل مدني واسع القاعدة في دوسلدورف، عاصمة الولاية. نعرض هنا كيف نشأت "
                "ومن يقف وراءها."
            ),
            "en": (
                "The association is a broadly based civil-society actor in the state capital, "
                "Düsseldorf. Here we describe how it came about and who carries it."
            ),
        },
        "body": [
            (
                "heading",
                {
                    "de": "Unsere Gründung",
                    "fr": "Notre fondation",
                    "ar": "تأسيس الجمعية",
                    "en": "How we were founded",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Der Gründung ging eine intensive Vorbereitungsphase voraus. Am 14. Mai "
                        "2022 war es so weit: Der Förderverein wurde gegründet. Rund 125 "
                        "Unterstützerinnen und Unterstützer standen hinter dem Vorhaben, und etwa "
                        "90 von ihnen folgten der Einladung zur Gründungsversammlung."
                    ),
                    "fr": (
                        "La fondation a été précédée d’une phase de préparation intense. Le 14 mai "
                        "2022, l’association a vu le jour. Quelque 125 sympathisantes et "
                        "sympathisants soutenaient le projet, et environ 90 d’entre eux ont "
                        "répondu à l’invitation à l’assemblée constitutive."
                    ),
                    "ar": (
                        "سبقت التأسيسَ مرحلةُ تحضير مكثفة، وفي 14 مايو 2022 أبصرت الجمعية النور. "
                        "وكان نحو 125 داعمًا وداعمة يساندون المشروع، لبّى قرابة 90 منهم الدعوة "
                        "إلى الجمعية العامة التأسيسية."
                    ),
                    "en": (
                        "The founding was preceded by an intensive preparation phase. On 14 May "
                        "2022 the association came into being. Around 125 supporters stood behind "
                        "the project, and about 90 of them accepted the invitation to the "
                        "founding assembly."
                    ),
                },
            ),
            (
                "heading",
                {
                    "de": "Unser Name",
                    "fr": "Notre nom",
                    "ar": "اسم الجمعية",
                    "en": "Our name",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        f"Der vollständige Name des Vereins lautet {ASSOCIATION_NAME}. Auf dieser "
                        "Website nennen wir ihn kurz Förderverein Düsseldorf–Marrakesch."
                    ),
                    "fr": (
                        f"Le nom complet de l’association, en allemand, est {ASSOCIATION_NAME} "
                        "(association de soutien à la coopération municipale pour le "
                        "développement). Sur ce site, nous l’appelons simplement l’association "
                        "Düsseldorf–Marrakech."
                    ),
                    "ar": (
                        f"الاسم الكامل للجمعية بالألمانية هو {ASSOCIATION_NAME}، أي «جمعية دعم "
                        "التعاون البلدي في مجال السياسة الإنمائية دوسلدورف-مراكش». ونسمّيها في "
                        "هذا الموقع اختصارًا جمعية دوسلدورف–مراكش."
                    ),
                    "en": (
                        f"The association’s full German name is {ASSOCIATION_NAME} (support "
                        "association for municipal development cooperation). On this website we "
                        "simply call it the Düsseldorf–Marrakesh Support Association."
                    ),
                },
            ),
            (
                "heading",
                {
                    "de": "Der Vorstand",
                    "fr": "Le comité directeur",
                    "ar": "مجلس الإدارة",
                    "en": "The board",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Zum Vorstand gehören unter anderen Redouan Aoulad Ali und Nezha Asdad. "
                        "Was eine Städtepartnerschaft aus Sicht des Vereins braucht, hat Nezha "
                        "Asdad so beschrieben:"
                    ),
                    "fr": (
                        "Redouan Aoulad Ali et Nezha Asdad font notamment partie du comité "
                        "directeur. Nezha Asdad a décrit ainsi ce dont un jumelage a besoin du "
                        "point de vue de l’association :"
                    ),
                    "ar": (
                        "من بين أعضاء مجلس الإدارة Redouan Aoulad Ali و Nezha Asdad. وقد وصفت "
                        "Nezha Asdad ما تحتاجه التوأمة من وجهة نظر الجمعية على النحو التالي:"
                    ),
                    "en": (
                        "The board members include Redouan Aoulad Ali and Nezha Asdad. Nezha "
                        "Asdad described what a city partnership needs from the association’s "
                        "point of view:"
                    ),
                },
            ),
            ("quote", QUOTE_ASDAD),
            (
                "heading",
                {
                    "de": "Was wir tun",
                    "fr": "Ce que nous faisons",
                    "ar": "ما الذي نقوم به",
                    "en": "What we do",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Jetzt gilt es, auf beiden Seiten die nötigen Impulse zu setzen. Der "
                        "Förderverein bündelt die vielen geplanten Projekte, Kooperationen und den "
                        "Austausch zwischen Düsseldorf und Marrakesch, macht sie sichtbar und "
                        "unterstützt sie nachhaltig."
                    ),
                    "fr": (
                        "Il s’agit maintenant de donner les impulsions nécessaires des deux "
                        "côtés. L’association rassemble les nombreux projets, coopérations et "
                        "échanges prévus entre Düsseldorf et Marrakech, les rend visibles et les "
                        "soutient durablement."
                    ),
                    "ar": (
                        "المطلوب الآن هو إعطاء الدفعات اللازمة من الجانبين. وتجمع الجمعية "
                        "المشاريع والتعاونات والتبادلات الكثيرة المخطط لها بين دوسلدورف ومراكش، "
                        "وتعرّف بها، وتدعمها دعمًا مستدامًا."
                    ),
                    "en": (
                        "What matters now is to provide the necessary impetus on both sides. The "
                        "association brings together the many planned projects, collaborations "
                        "and exchanges between Düsseldorf and Marrakesh, makes them visible and "
                        "supports them in the long term."
                    ),
                },
            ),
        ],
        "in_menu": True,
    },
    {
        "key": "partnership",
        "type": "standard",
        "slug": {
            "de": "weg-zur-staedtepartnerschaft",
            "fr": "chemin-vers-le-jumelage",
            "ar": "al-tariq-ila-at-tawama",
            "en": "road-to-city-partnership",
        },
        "title": {
            "de": "Der Weg zur Städtepartnerschaft",
            "fr": "Le chemin vers le jumelage",
            "ar": "الطريق إلى التوأمة",
            "en": "The road to a city partnership",
        },
        "intro": {
            "de": (
                "Der Weg zu einer Städtepartnerschaft zwischen Düsseldorf und Marrakesch hat "
                "schon vor der Gründung des Fördervereins begonnen. Zwei Schritte prägen ihn "
                "bisher."
            ),
            "fr": (
                "Le chemin vers un jumelage entre Düsseldorf et Marrakech a commencé avant même "
                "la fondation de l’association. Deux étapes l’ont marqué jusqu’ici."
            ),
            "ar": (
                "بدأ الطريق نحو التوأمة بين دوسلدورف ومراكش قبل تأسيس الجمعية. وقد طبعته حتى "
                "الآن خطوتان."
            ),
            "en": (
                "The road to a city partnership between Düsseldorf and Marrakesh began before "
                "the association was founded. Two steps have marked it so far."
            ),
        },
        "body": [
            (
                "heading",
                {
                    "de": "2019: Der Marokko-Roundtable",
                    "fr": "2019 : la table ronde sur le Maroc",
                    "ar": "2019: الطاولة المستديرة حول المغرب",
                    "en": "2019: The Morocco Roundtable",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Schon 2019 lud das Büro für Internationales der Stadt Düsseldorf zu "
                        "einem breit angelegten „Marokko-Roundtable“ ein. Ziel war es, "
                        "Möglichkeiten der Zusammenarbeit und partnerschaftliche Beziehungen nach "
                        "Marokko zu erörtern."
                    ),
                    "fr": (
                        "Dès 2019, le Bureau des affaires internationales de la ville de "
                        "Düsseldorf a invité à une large « table ronde sur le Maroc ». L’objectif "
                        "était d’examiner les possibilités de coopération et de relations de "
                        "partenariat avec le Maroc."
                    ),
                    "ar": (
                        "في عام 2019 دعا مكتب الشؤون الدولية في مدينة دوسلدورف إلى «طاولة "
                        "مستديرة حول المغرب» واسعة النطاق، بهدف بحث فرص التعاون وعلاقات الشراكة "
                        "مع المغرب."
                    ),
                    "en": (
                        "As early as 2019, the City of Düsseldorf’s Office for International "
                        "Affairs invited participants to a broad-based “Morocco Roundtable”. Its "
                        "aim was to discuss opportunities for cooperation and partnership "
                        "relations with Morocco."
                    ),
                },
            ),
            (
                "heading",
                {
                    "de": "Die Absichtserklärung beider Städte",
                    "fr": "La déclaration d’intention des deux villes",
                    "ar": "إعلان النوايا بين المدينتين",
                    "en": "The declaration of intent between the two cities",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Im Zuge der internationalen Oberbürgermeister-Konferenz unterzeichnete "
                        "die Stadt Düsseldorf eine Absichtserklärung, um die Zusammenarbeit "
                        "beider Städte zu intensivieren. Unterzeichnet wurde sie mit der "
                        "ehemaligen Vertreterin und Beigeordneten für Internationale Beziehungen "
                        "und Dezentrale Kooperation der Kulturmetropole Marrakesch. "
                        "Vorstandsmitglied Redouan Aoulad Ali ordnet die Erklärung so ein:"
                    ),
                    "fr": (
                        "Dans le cadre de la conférence internationale des maires, la ville de "
                        "Düsseldorf a signé une déclaration d’intention visant à intensifier la "
                        "coopération entre les deux villes. Elle l’a signée avec l’ancienne "
                        "représentante et adjointe chargée des relations internationales et de la "
                        "coopération décentralisée de Marrakech, métropole culturelle. Redouan "
                        "Aoulad Ali, membre du comité directeur, en souligne la portée :"
                    ),
                    "ar": (
                        "في إطار المؤتمر الدولي لرؤساء البلديات، وقّعت مدينة دوسلدورف إعلان نوايا "
                        "لتكثيف التعاون بين المدينتين، وذلك مع الممثلة السابقة لحاضرة الثقافة "
                        "مراكش ونائبة الرئيس المكلفة بالعلاقات الدولية والتعاون اللامركزي. ويقيّم "
                        "عضو مجلس الإدارة Redouan Aoulad Ali هذه الخطوة قائلًا:"
                    ),
                    "en": (
                        "At the international mayors’ conference, the City of Düsseldorf signed a "
                        "declaration of intent to intensify cooperation between the two cities. "
                        "It was signed with the former representative and deputy mayor for "
                        "international relations and decentralised cooperation of the cultural "
                        "metropolis of Marrakesh. Board member Redouan Aoulad Ali puts the "
                        "declaration in context:"
                    ),
                },
            ),
            ("quote", QUOTE_AOULAD_ALI),
            (
                "heading",
                {
                    "de": "Die nächsten Schritte",
                    "fr": "Les prochaines étapes",
                    "ar": "الخطوات القادمة",
                    "en": "The next steps",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Als Nächstes braucht es Impulse aus beiden Städten. Der Förderverein "
                        "will dazu beitragen, indem er die geplanten Projekte und Kooperationen "
                        "zusammenführt und öffentlich sichtbar macht. Über neue Schritte "
                        "berichten wir in den Neuigkeiten dieser Website."
                    ),
                    "fr": (
                        "La suite exige des impulsions venant des deux villes. L’association veut "
                        "y contribuer en réunissant les projets et coopérations prévus et en les "
                        "rendant visibles au public. Nous rendons compte des prochaines étapes "
                        "dans les actualités de ce site."
                    ),
                    "ar": (
                        "تتطلب المرحلة القادمة دفعات من المدينتين كلتيهما. وتريد الجمعية أن "
                        "تساهم في ذلك بجمع المشاريع والتعاونات المخطط لها والتعريف بها لدى "
                        "الجمهور. وسننشر أخبار الخطوات القادمة في قسم الأخبار على هذا الموقع."
                    ),
                    "en": (
                        "The next stage needs impetus from both cities. The association wants to "
                        "contribute by bringing together the planned projects and collaborations "
                        "and making them visible to the public. We report on further steps in the "
                        "news section of this website."
                    ),
                },
            ),
        ],
        "in_menu": True,
    },
    {
        "key": "impressum",
        "type": "standard",
        "slug": {
            "de": "impressum",
            "fr": "mentions-legales",
            "ar": "al-bayanat-al-qanuniya",
            "en": "legal-notice",
        },
        "title": {
            "de": "Impressum",
            "fr": "Mentions légales",
            "ar": "البيانات القانونية",
            "en": "Legal notice",
        },
        "intro": {
            "de": (
                "Angaben zum Anbieter dieser Website. Dies ist eine Demo-Fassung: Anschrift, "
                "E-Mail-Adresse und die verantwortlichen Personen sind Platzhalter und jeweils "
                f"als „{PLACEHOLDER['de']}“ gekennzeichnet."
            ),
            "fr": (
                "Informations sur l’éditeur de ce site. Il s’agit d’une version de "
                "démonstration : l’adresse postale, l’adresse électronique et les personnes "
                "responsables sont fictives et signalées à chaque fois comme "
                f"« {PLACEHOLDER['fr']} »."
            ),
            "ar": (
                "بيانات الجهة المسؤولة عن هذا الموقع. هذه نسخة تجريبية: العنوان البريدي والبريد "
                "الإلكتروني والأشخاص المسؤولون بيانات مؤقتة، وقد أُشير إلى كل منها بعبارة "
                f"«{PLACEHOLDER['ar']}»."
            ),
            "en": (
                "Information about the provider of this website. This is a demo version: the "
                "postal address, the e-mail address and the responsible persons are "
                f"placeholders, each marked “{PLACEHOLDER['en']}”."
            ),
        },
        "body": [
            (
                "heading",
                {
                    "de": "Angaben gemäß § 5 DDG",
                    "fr": (
                        "Informations conformément au § 5 DDG (loi allemande sur les services "
                        "numériques)"
                    ),
                    "ar": "البيانات وفقًا للمادة 5 من قانون الخدمات الرقمية الألماني (DDG)",
                    "en": "Information pursuant to Section 5 DDG (German Digital Services Act)",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        f"{ASSOCIATION_NAME}, Musterstraße 1, 40213 Düsseldorf, Deutschland "
                        f"({PLACEHOLDER['de']}). Vertretungsberechtigte Personen: werden vor der "
                        f"Veröffentlichung ergänzt ({PLACEHOLDER['de']})."
                    ),
                    "fr": (
                        f"{ASSOCIATION_NAME}, Musterstraße 1, 40213 Düsseldorf, Allemagne "
                        f"({PLACEHOLDER['fr']}). Personnes habilitées à représenter "
                        "l’association : seront indiquées avant la mise en ligne "
                        f"({PLACEHOLDER['fr']})."
                    ),
                    "ar": (
                        f"{ASSOCIATION_NAME}، Musterstraße 1، 40213 Düsseldorf، ألمانيا "
                        f"({PLACEHOLDER['ar']}). الأشخاص المخوّلون بتمثيل الجمعية: تُضاف "
                        f"أسماؤهم قبل النشر ({PLACEHOLDER['ar']})."
                    ),
                    "en": (
                        f"{ASSOCIATION_NAME}, Musterstraße 1, 40213 Düsseldorf, Germany "
                        f"({PLACEHOLDER['en']}). Persons authorised to represent the "
                        f"association: to be added before publication ({PLACEHOLDER['en']})."
                    ),
                },
            ),
            (
                "heading",
                {
                    "de": "Kontakt",
                    "fr": "Contact",
                    "ar": "الاتصال",
                    "en": "Contact",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        f"E-Mail: {DEMO_EMAIL} ({PLACEHOLDER['de']}; Nachrichten an diese "
                        "Adresse werden nicht zugestellt)."
                    ),
                    "fr": (
                        f"Courriel : {DEMO_EMAIL} ({PLACEHOLDER['fr']} ; les messages envoyés à "
                        "cette adresse ne sont pas distribués)."
                    ),
                    "ar": (
                        f"البريد الإلكتروني: {DEMO_EMAIL} ({PLACEHOLDER['ar']}؛ لا تصل الرسائل "
                        "المرسلة إلى هذا العنوان)."
                    ),
                    "en": (
                        f"E-mail: {DEMO_EMAIL} ({PLACEHOLDER['en']}; messages sent to this "
                        "address are not delivered)."
                    ),
                },
            ),
            (
                "heading",
                {
                    "de": "Verantwortlich für den Inhalt",
                    "fr": "Responsable du contenu",
                    "ar": "المسؤول عن المحتوى",
                    "en": "Responsible for content",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Name und Anschrift der inhaltlich verantwortlichen Person werden vor der "
                        f"Veröffentlichung ergänzt ({PLACEHOLDER['de']})."
                    ),
                    "fr": (
                        "Le nom et l’adresse de la personne responsable du contenu seront "
                        f"indiqués avant la mise en ligne ({PLACEHOLDER['fr']})."
                    ),
                    "ar": (
                        "يُضاف اسم الشخص المسؤول عن المحتوى وعنوانه قبل النشر "
                        f"({PLACEHOLDER['ar']})."
                    ),
                    "en": (
                        "The name and address of the person responsible for the content will be "
                        f"added before publication ({PLACEHOLDER['en']})."
                    ),
                },
            ),
            (
                "heading",
                {
                    "de": "Hinweis zur Demo-Fassung",
                    "fr": "Remarque sur la version de démonstration",
                    "ar": "ملاحظة حول النسخة التجريبية",
                    "en": "Note on the demo version",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Dieses Portal ist eine Demonstrationsfassung. Alle als "
                        f"„{PLACEHOLDER['de']}“ gekennzeichneten Angaben werden vor der "
                        "Veröffentlichung durch die tatsächlichen Angaben des Vereins ersetzt."
                    ),
                    "fr": (
                        "Ce portail est une version de démonstration. Toutes les informations "
                        f"signalées comme « {PLACEHOLDER['fr']} » seront remplacées par les "
                        "informations réelles de l’association avant la mise en ligne."
                    ),
                    "ar": (
                        "هذه البوابة نسخة تجريبية. وستُستبدل جميع البيانات المشار إليها بعبارة "
                        f"«{PLACEHOLDER['ar']}» بالمعلومات الفعلية للجمعية قبل النشر."
                    ),
                    "en": (
                        "This portal is a demo version. Everything marked "
                        f"“{PLACEHOLDER['en']}” will be replaced with the association’s actual "
                        "details before publication."
                    ),
                },
            ),
        ],
        "in_menu": False,
    },
    {
        "key": "datenschutz",
        "type": "standard",
        "slug": {
            "de": "datenschutz",
            "fr": "protection-des-donnees",
            "ar": "siyasat-al-khususiya",
            "en": "privacy-policy",
        },
        "title": {
            "de": "Datenschutzerklärung",
            "fr": "Politique de confidentialité",
            "ar": "سياسة الخصوصية",
            "en": "Privacy policy",
        },
        "intro": {
            "de": (
                "Diese Website ist so gebaut, dass bei Ihrem Besuch möglichst wenige "
                "personenbezogene Daten anfallen. Verantwortlich für die Datenverarbeitung ist "
                f"der {ASSOCIATION_NAME}; die Kontaktangaben stehen im Impressum."
            ),
            "fr": (
                "Ce site est conçu pour que votre visite génère le moins possible de données "
                f"personnelles. Le responsable du traitement est le {ASSOCIATION_NAME} ; ses "
                "coordonnées figurent dans les mentions légales."
            ),
            "ar": (
                "صُمّم هذا الموقع بحيث لا يُجمع خلال زيارتكم إلا أقل قدر ممكن من البيانات "
                f"الشخصية. والجهة المسؤولة عن معالجة البيانات هي {ASSOCIATION_NAME}، وتجدون "
                "بيانات الاتصال بها في صفحة البيانات القانونية."
            ),
            "en": (
                "This website is built so that as little personal data as possible arises when "
                f"you visit it. The controller responsible for data processing is the "
                f"{ASSOCIATION_NAME}; its contact details are in the legal notice."
            ),
        },
        "body": [
            (
                "heading",
                {
                    "de": "Keine Inhalte von Drittanbietern",
                    "fr": "Aucun contenu de tiers",
                    "ar": "لا محتوى من أطراف ثالثة",
                    "en": "No third-party content",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Unsere Website lädt weder Schriftarten noch Skripte oder andere Inhalte "
                        "von fremden Servern. Alle Bestandteile werden direkt von unserem eigenen "
                        "Server ausgeliefert. Beim Aufruf der Seiten werden daher keine Daten an "
                        "Drittanbieter übermittelt."
                    ),
                    "fr": (
                        "Notre site ne charge ni polices de caractères, ni scripts, ni autres "
                        "contenus depuis des serveurs externes. Tous les éléments sont fournis "
                        "directement par notre propre serveur. Aucune donnée n’est donc transmise "
                        "à des tiers lorsque vous consultez nos pages."
                    ),
                    "ar": (
                        "لا يحمّل موقعنا أي خطوط أو نصوص برمجية أو محتويات أخرى من خوادم خارجية، "
                        "إذ تُقدَّم جميع مكوناته مباشرة من خادمنا الخاص. ولذلك لا تُنقل أي بيانات "
                        "إلى أطراف ثالثة عند تصفح صفحاتنا."
                    ),
                    "en": (
                        "Our website does not load fonts, scripts or any other content from "
                        "external servers. All components are delivered directly from our own "
                        "server. As a result, no data is passed on to third parties when you view "
                        "our pages."
                    ),
                },
            ),
            (
                "heading",
                {
                    "de": "Übersetzungen ohne externen Dienst",
                    "fr": "Des traductions sans service externe",
                    "ar": "ترجمات دون خدمة خارجية",
                    "en": "Translations without an external service",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Alle Sprachfassungen dieser Website – Deutsch, Französisch, Arabisch und "
                        "Englisch – werden im Redaktionssystem der Website erstellt und von "
                        "unserem Server ausgeliefert. Ein Übersetzungs-Widget eines "
                        "Drittanbieters setzen wir nicht ein; für die Anzeige der Übersetzungen "
                        "ist deshalb keine Einwilligung erforderlich."
                    ),
                    "fr": (
                        "Toutes les versions linguistiques de ce site – allemand, français, arabe "
                        "et anglais – sont rédigées dans le système de gestion de contenu du site "
                        "et fournies par notre serveur. Nous n’utilisons aucun widget de "
                        "traduction d’un prestataire tiers ; aucun consentement n’est donc "
                        "nécessaire pour afficher les traductions."
                    ),
                    "ar": (
                        "تُعدّ جميع النسخ اللغوية لهذا الموقع – الألمانية والفرنسية والعربية "
                        "والإنجليزية – في نظام إدارة المحتوى الخاص بالموقع، ويقدّمها خادمنا. "
                        "ولا نستخدم أي أداة ترجمة تابعة لطرف ثالث، ولذلك لا يلزم الحصول على "
                        "موافقتكم لعرض الترجمات."
                    ),
                    "en": (
                        "All language versions of this website – German, French, Arabic and "
                        "English – are produced in the website’s content management system and "
                        "delivered by our server. We do not use a third-party translation "
                        "widget, so no consent is required to display the translations."
                    ),
                },
            ),
            (
                "heading",
                {
                    "de": "Server-Protokolle und kein Tracking",
                    "fr": "Journaux du serveur et absence de suivi",
                    "ar": "سجلات الخادم وعدم التتبع",
                    "en": "Server logs and no tracking",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Bei jedem Seitenaufruf protokolliert der Server technische Angaben: die "
                        "IP-Adresse, von der die Anfrage kommt, Datum und Uhrzeit, die "
                        "aufgerufene Adresse, den Statuscode, die zuvor besuchte Seite (sofern "
                        "Ihr Browser sie übermittelt) und die Kennung des Browsers. Diese Angaben "
                        "dienen dem sicheren und stabilen Betrieb der Website; Rechtsgrundlage "
                        "ist unser berechtigtes Interesse nach Art. 6 Abs. 1 lit. f DSGVO. Eine "
                        "automatische Löschung dieser Protokolle ist in dieser Installation nicht "
                        "eingerichtet; die Aufbewahrungsfrist wird vor der Veröffentlichung "
                        f"festgelegt und hier genannt ({PLACEHOLDER['de']}). Analyse- und "
                        "Tracking-Werkzeuge oder Tracking-Cookies setzen wir nicht ein."
                    ),
                    "fr": (
                        "À chaque consultation d’une page, le serveur enregistre des informations "
                        "techniques : l’adresse IP d’où provient la requête, la date et l’heure, "
                        "l’adresse consultée, le code de statut, la page visitée auparavant (si "
                        "votre navigateur la transmet) et l’identification du navigateur. Ces "
                        "informations servent au fonctionnement sûr et stable du site ; la base "
                        "juridique est notre intérêt légitime au sens de l’article 6, paragraphe "
                        "1, point f, du RGPD. Aucune suppression automatique de ces journaux "
                        "n’est mise en place dans cette installation ; la durée de conservation "
                        "sera fixée avant la mise en ligne et indiquée ici "
                        f"({PLACEHOLDER['fr']}). Nous n’utilisons ni outils d’analyse ou de "
                        "suivi, ni cookies de traçage."
                    ),
                    "ar": (
                        "عند فتح أي صفحة، يسجّل الخادم بيانات تقنية: عنوان IP الذي يصدر منه "
                        "الطلب، والتاريخ والوقت، والعنوان المطلوب، ورمز الحالة، والصفحة التي "
                        "زرتموها قبلها (إذا أرسلها متصفحكم)، ومعرّف المتصفح. وتُستخدم هذه البيانات "
                        "لضمان تشغيل الموقع بشكل آمن ومستقر، ويستند ذلك قانونيًا إلى مصلحتنا "
                        "المشروعة وفقًا للمادة 6، الفقرة 1، البند (و) من اللائحة العامة لحماية "
                        "البيانات. ولم يُضبط في هذه النسخة أي حذف تلقائي لهذه السجلات، وستُحدَّد "
                        f"مدة الاحتفاظ بها قبل النشر وتُذكر هنا ({PLACEHOLDER['ar']}). ولا "
                        "نستخدم أي أدوات للتحليل أو التتبع، ولا ملفات تعريف ارتباط لأغراض "
                        "التتبع."
                    ),
                    "en": (
                        "Each time a page is requested, the server logs technical information: "
                        "the IP address the request comes from, the date and time, the requested "
                        "address, the status code, the previously visited page (if your browser "
                        "sends it) and the browser’s identification. This information serves the "
                        "secure and stable operation of the website; the legal basis is our "
                        "legitimate interest under Article 6(1)(f) GDPR. No automatic deletion "
                        "of these logs is set up in this installation; the retention period will "
                        f"be fixed before publication and stated here ({PLACEHOLDER['en']}). We "
                        "do not use analytics or tracking tools, nor tracking cookies."
                    ),
                },
            ),
            (
                "heading",
                {
                    "de": "Ihre Rechte und Ihr Kontakt zu uns",
                    "fr": "Vos droits et comment nous contacter",
                    "ar": "حقوقكم وكيفية التواصل معنا",
                    "en": "Your rights and how to contact us",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und "
                        "Einschränkung der Verarbeitung Ihrer Daten sowie das Recht, sich bei "
                        "einer Datenschutz-Aufsichtsbehörde zu beschweren. Anfragen zum "
                        f"Datenschutz richten Sie bitte an {DEMO_EMAIL} ({PLACEHOLDER['de']})."
                    ),
                    "fr": (
                        "Vous disposez d’un droit d’accès, de rectification, d’effacement et de "
                        "limitation du traitement de vos données, ainsi que du droit d’introduire "
                        "une réclamation auprès d’une autorité de contrôle de la protection des "
                        "données. Veuillez adresser vos demandes relatives à la protection des "
                        f"données à {DEMO_EMAIL} ({PLACEHOLDER['fr']})."
                    ),
                    "ar": (
                        "يحق لكم الاطلاع على بياناتكم وتصحيحها وحذفها وتقييد معالجتها، كما يحق لكم "
                        "تقديم شكوى إلى إحدى السلطات الرقابية المعنية بحماية البيانات. يُرجى توجيه "
                        "استفساراتكم المتعلقة بحماية البيانات إلى "
                        f"{DEMO_EMAIL} ({PLACEHOLDER['ar']})."
                    ),
                    "en": (
                        "You have the right to access, rectify and erase your data and to restrict "
                        "its processing, as well as the right to lodge a complaint with a data "
                        "protection supervisory authority. Please send any data protection "
                        f"requests to {DEMO_EMAIL} ({PLACEHOLDER['en']})."
                    ),
                },
            ),
        ],
        "in_menu": False,
    },
]

FOOTER = {
    "contact": {
        "de": f"E-Mail: {DEMO_EMAIL} ({PLACEHOLDER['de']})",
        "fr": f"Courriel : {DEMO_EMAIL} ({PLACEHOLDER['fr']})",
        "ar": f"البريد الإلكتروني: {DEMO_EMAIL} ({PLACEHOLDER['ar']})",
        "en": f"E-mail: {DEMO_EMAIL} ({PLACEHOLDER['en']})",
    },
    "tagline": {
        "de": (
            "Das zivilgesellschaftliche Forum für Austausch und Partnerschaft zwischen Düsseldorf "
            "und Marrakesch"
        ),
        "fr": (
            "Le forum de la société civile pour les échanges et le partenariat entre Düsseldorf et "
            "Marrakech"
        ),
        "ar": "منتدى المجتمع المدني للتبادل والشراكة بين دوسلدورف ومراكش",
        "en": (
            "The civil-society forum for exchange and partnership between Düsseldorf and Marrakesh"
        ),
    },
}

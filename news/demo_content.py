"""Demo news in German with French, Arabic and English translations.

The facts come from the association's founding report of 14 May 2022 (shared seed text).
The seed gives no date for the 2019 roundtable or the declaration of intent, so the texts
do not claim one; their publication dates are those of the portal's retrospective articles.
"""

from datetime import date

INDEX = {
    "title": {"de": "Aktuelles", "fr": "Actualités", "ar": "الأخبار", "en": "News"},
    "slug": {"de": "aktuelles", "fr": "actualites", "ar": "al-akhbar", "en": "news"},
    "intro": {
        "de": (
            "Berichte und Neuigkeiten aus dem Förderverein und der Partnerschaft zwischen "
            "Düsseldorf und Marrakesch."
        ),
        "fr": (
            "Comptes rendus et nouvelles de l’association et du partenariat entre Düsseldorf "
            "et Marrakech."
        ),
        "ar": "تقارير وأخبار من الجمعية ومن الشراكة بين دوسلدورف ومراكش.",
        "en": (
            "Reports and news from the association and the partnership between Düsseldorf "
            "and Marrakesh."
        ),
    },
}

CATEGORIES = [
    {
        "slug": "verein",
        "name": {"de": "Verein", "fr": "Association", "ar": "الجمعية", "en": "Association"},
    },
    {
        "slug": "partnerschaft",
        "name": {"de": "Partnerschaft", "fr": "Partenariat", "ar": "الشراكة", "en": "Partnership"},
    },
]

_BOARD_MEMBER = {
    "de": "Vorstandsmitglied",
    "fr": "membre du comité directeur",
    "en": "board member",
}

NEWS = [
    {
        "key": "roundtable",
        "date": date(2022, 5, 12),
        "category": "partnerschaft",
        "tags": ["Düsseldorf", "Roundtable"],
        "related": ["founding"],
        "slug": {
            "de": "rueckblick-marokko-roundtable-2019",
            "fr": "table-ronde-maroc-2019",
            "ar": "al-maida-al-mustadira-2019",
            "en": "morocco-roundtable-2019",
        },
        "title": {
            "de": "Rückblick: der Marokko-Roundtable 2019",
            "fr": "Retour sur la table ronde Maroc de 2019",
            "ar": "نظرة إلى الوراء: المائدة المستديرة حول المغرب 2019",
            "en": "Looking back: the 2019 Morocco Roundtable",
        },
        "intro": {
            "de": (
                "Schon 2019 lud das Düsseldorfer Büro für Internationales zu einem breit "
                "angelegten „Marokko-Roundtable“ ein, um Kooperationsmöglichkeiten und "
                "partnerschaftliche Beziehungen nach Marokko zu erörtern."
            ),
            "fr": (
                "Dès 2019, le Bureau des affaires internationales de Düsseldorf a invité à une "
                "large « table ronde Maroc » pour examiner les possibilités de coopération et "
                "de relations partenariales avec le Maroc."
            ),
            "ar": (
                "منذ عام 2019 دعا مكتب الشؤون الدولية في دوسلدورف إلى «مائدة مستديرة حول "
                "المغرب» واسعة النطاق، لبحث فرص التعاون وعلاقات الشراكة مع المغرب."
            ),
            "en": (
                "As early as 2019, Düsseldorf’s Office for International Affairs invited a "
                "wide range of participants to a “Morocco Roundtable” to discuss opportunities "
                "for cooperation and partnership with Morocco."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Der Roundtable war breit angelegt: Eingeladen waren Menschen und "
                        "Institutionen, die Kooperationsmöglichkeiten und partnerschaftliche "
                        "Beziehungen nach Marokko erörtern wollten."
                    ),
                    "fr": (
                        "La table ronde se voulait large : elle s’adressait aux personnes et aux "
                        "institutions désireuses d’examiner les possibilités de coopération et "
                        "de relations partenariales avec le Maroc."
                    ),
                    "ar": (
                        "كانت المائدة المستديرة واسعة النطاق: فقد وُجّهت الدعوة إلى الأشخاص "
                        "والمؤسسات الراغبين في بحث فرص التعاون وعلاقات الشراكة مع المغرب."
                    ),
                    "en": (
                        "The roundtable was broad in scope: it was aimed at people and "
                        "institutions wishing to explore opportunities for cooperation and "
                        "partnership with Morocco."
                    ),
                },
            ),
            (
                "heading",
                {
                    "de": "Der Weg zum Förderverein",
                    "fr": "Le chemin vers l’association",
                    "ar": "الطريق إلى الجمعية",
                    "en": "The road to the association",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Der Roundtable gehört zur Vorgeschichte des Fördervereins "
                        "Düsseldorf–Marrakesch, der sich am 14. Mai 2022 gegründet hat. Der "
                        "Verein will die Kooperationen und den Austausch zwischen beiden Städten "
                        "bündeln und sichtbar machen."
                    ),
                    "fr": (
                        "La table ronde fait partie de la genèse de l’association "
                        "Düsseldorf–Marrakech, fondée le 14 mai 2022. L’association veut "
                        "rassembler les coopérations et les échanges entre les deux villes et "
                        "les rendre visibles."
                    ),
                    "ar": (
                        "تُعدّ المائدة المستديرة جزءًا من المسار الذي سبق تأسيس جمعية "
                        "دوسلدورف–مراكش في 14 مايو 2022. وتسعى الجمعية إلى جمع أوجه التعاون "
                        "والتبادل بين المدينتين وإبرازها."
                    ),
                    "en": (
                        "The roundtable is part of the background to the Düsseldorf–Marrakesh "
                        "Support Association, which was founded on 14 May 2022. The association "
                        "aims to bring together the partnerships and exchanges between the two "
                        "cities and make them visible."
                    ),
                },
            ),
        ],
    },
    {
        "key": "declaration",
        "date": date(2022, 5, 13),
        "category": "partnerschaft",
        "tags": ["Düsseldorf", "Marrakesch"],
        "related": ["founding"],
        "slug": {
            "de": "absichtserklaerung",
            "fr": "declaration-d-intention",
            "ar": "ilan-niyya",
            "en": "declaration-of-intent",
        },
        "title": {
            "de": "Absichtserklärung: Düsseldorf und Marrakesch wollen enger zusammenarbeiten",
            "fr": (
                "Déclaration d’intention : Düsseldorf et Marrakech veulent coopérer plus "
                "étroitement"
            ),
            "ar": "إعلان نوايا: دوسلدورف ومراكش تسعيان إلى تعاون أوثق",
            "en": "Declaration of intent: Düsseldorf and Marrakesh plan closer cooperation",
        },
        "intro": {
            "de": (
                "Im Rahmen der internationalen Oberbürgermeister-Konferenz hat die Stadt "
                "Düsseldorf mit Marrakesch eine Absichtserklärung unterzeichnet, um die "
                "Zusammenarbeit beider Städte zu intensivieren."
            ),
            "fr": (
                "Dans le cadre de la conférence internationale des maires, la ville de "
                "Düsseldorf a signé avec Marrakech une déclaration d’intention visant à "
                "intensifier la coopération entre les deux villes."
            ),
            "ar": (
                "في إطار المؤتمر الدولي لرؤساء البلديات، وقّعت مدينة دوسلدورف مع مراكش إعلان "
                "نوايا لتكثيف التعاون بين المدينتين."
            ),
            "en": (
                "At the international mayors’ conference, the city of Düsseldorf signed a "
                "declaration of intent with Marrakesh to intensify cooperation between the two "
                "cities."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Unterzeichnet wurde die Erklärung mit der ehemaligen Vertreterin und "
                        "Beigeordneten für Internationale Beziehungen und Dezentrale Kooperation "
                        "der Kulturmetropole Marrakesch."
                    ),
                    "fr": (
                        "La déclaration a été signée avec l’ancienne représentante et adjointe "
                        "chargée des relations internationales et de la coopération "
                        "décentralisée de Marrakech, métropole culturelle."
                    ),
                    "ar": (
                        "وُقّع الإعلان مع الممثلة السابقة والنائبة المكلفة بالعلاقات الدولية "
                        "والتعاون اللامركزي في مراكش، الحاضرة الثقافية."
                    ),
                    "en": (
                        "The declaration was signed with the former representative and deputy "
                        "mayor for International Relations and Decentralised Cooperation of "
                        "the cultural metropolis of Marrakesh."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Das war ein wichtiger Schritt zur Unterstützung des städtischen "
                            "Nachhaltigkeitskonzepts, da Düsseldorf bisher keine "
                            "Städtepartnerschaft mit einer Stadt aus dem globalen Süden hat."
                        ),
                        "fr": (
                            "C’était une étape importante pour soutenir le concept de "
                            "développement durable de la ville, car Düsseldorf n’a jusqu’à "
                            "présent aucun jumelage avec une ville du Sud global."
                        ),
                        "ar": (
                            "كانت هذه خطوة مهمة لدعم مفهوم الاستدامة في المدينة، إذ لا ترتبط "
                            "دوسلدورف حتى الآن بتوأمة مع أي مدينة من بلدان الجنوب العالمي."
                        ),
                        "en": (
                            "That was an important step in support of the city’s "
                            "sustainability strategy, as Düsseldorf does not yet have a "
                            "partnership with a city in the Global South."
                        ),
                    },
                    "attribution": {
                        "de": f"Redouan Aoulad Ali, {_BOARD_MEMBER['de']}",
                        "fr": f"Redouan Aoulad Ali, {_BOARD_MEMBER['fr']}",
                        "ar": "رضوان أولاد علي، عضو مجلس الإدارة",
                        "en": f"Redouan Aoulad Ali, {_BOARD_MEMBER['en']}",
                    },
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
                        "Marrakesch ist eine denkbar gute Wahl. Die nordafrikanische Stadt gilt "
                        "als eine der wichtigsten Drehscheiben für globale Klimapolitik, war "
                        "2020 die erste afrikanische Kulturhauptstadt und ist eine aufstrebende "
                        "Konferenz- und Messestadt."
                    ),
                    "fr": (
                        "Marrakech est un excellent choix. La ville nord-africaine est "
                        "considérée comme l’une des principales plaques tournantes de la "
                        "politique climatique mondiale, a été la première capitale africaine de "
                        "la culture en 2020 et s’affirme comme une ville de congrès et de "
                        "salons en plein essor."
                    ),
                    "ar": (
                        "مراكش اختيار موفق للغاية. فالمدينة الواقعة في شمال أفريقيا تُعدّ من أهم "
                        "المحاور في السياسة المناخية العالمية، وكانت في عام 2020 أول عاصمة "
                        "للثقافة الأفريقية، كما أنها مدينة صاعدة للمؤتمرات والمعارض."
                    ),
                    "en": (
                        "Marrakesh is an excellent choice. The North African city is regarded "
                        "as one of the most important hubs of global climate policy, was the "
                        "first African Capital of Culture in 2020 and is a rising city for "
                        "conferences and trade fairs."
                    ),
                },
            ),
        ],
    },
    {
        "key": "founding",
        "date": date(2022, 5, 14),
        "category": "verein",
        "tags": ["Düsseldorf", "Marrakesch"],
        "related": ["roundtable", "declaration"],
        "slug": {
            "de": "foerderverein-gegruendet",
            "fr": "fondation-de-l-association",
            "ar": "tasis-al-jamiya",
            "en": "association-founded",
        },
        "title": {
            "de": "Förderverein Düsseldorf–Marrakesch gegründet",
            "fr": "Fondation de l’association Düsseldorf–Marrakech",
            "ar": "تأسيس جمعية دوسلدورف–مراكش",
            "en": "Düsseldorf–Marrakesh Support Association founded",
        },
        "intro": {
            "de": (
                "Am 14. Mai 2022 hat sich der Förderverein für kommunale entwicklungspolitische "
                "Zusammenarbeit „Düsseldorf-Marrakesch“ gegründet. Rund 90 der etwa 125 "
                "Unterstützerinnen und Unterstützer kamen zur Gründungsversammlung."
            ),
            "fr": (
                "Le 14 mai 2022 a été fondée l’association de soutien à la coopération "
                "municipale au développement « Düsseldorf-Marrakech ». Environ 90 de ses "
                "quelque 125 sympathisantes et sympathisants ont assisté à l’assemblée "
                "constitutive."
            ),
            "ar": (
                "في 14 مايو 2022 تأسست جمعية دعم التعاون الإنمائي البلدي «دوسلدورف-مراكش». "
                "وحضر نحو 90 من بين قرابة 125 داعمًا وداعمة الجمعيةَ العامة التأسيسية."
            ),
            "en": (
                "On 14 May 2022 the support association for municipal development cooperation "
                "“Düsseldorf-Marrakesh” was founded. Around 90 of its roughly 125 supporters "
                "attended the founding meeting."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Nach einer intensiven Vorbereitungsphase ist es geschafft: Der "
                        "Förderverein hat sich am 14. Mai 2022 erfolgreich gegründet. Von den "
                        "rund 125 Unterstützerinnen und Unterstützern konnten etwa 90 der "
                        "Einladung zur Gründungsversammlung folgen."
                    ),
                    "fr": (
                        "Après une phase de préparation intense, c’est chose faite : "
                        "l’association a été fondée avec succès le 14 mai 2022. Sur les quelque "
                        "125 sympathisantes et sympathisants, environ 90 ont pu répondre à "
                        "l’invitation à l’assemblée constitutive."
                    ),
                    "ar": (
                        "بعد مرحلة تحضير مكثفة تحقق الهدف: تأسست الجمعية بنجاح في 14 مايو 2022. "
                        "ومن بين نحو 125 داعمًا وداعمة، لبّى قرابة 90 شخصًا الدعوة إلى الجمعية "
                        "العامة التأسيسية."
                    ),
                    "en": (
                        "After an intensive period of preparation, it is done: the association "
                        "was successfully founded on 14 May 2022. Of its roughly 125 "
                        "supporters, about 90 were able to accept the invitation to the "
                        "founding meeting."
                    ),
                },
            ),
            (
                "heading",
                {
                    "de": "Ein Forum für die Partnerschaft",
                    "fr": "Un forum pour le partenariat",
                    "ar": "منتدى للشراكة",
                    "en": "A forum for the partnership",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Düsseldorf ist das Zentrum des deutsch-marokkanischen Lebens in "
                        "Nordrhein-Westfalen. Hier lebt eine große deutsch-marokkanische "
                        "Gemeinde, bereits in der dritten und vierten Generation, die die "
                        "Stadtverwaltung auf dem Weg zu einer Städtepartnerschaft mit "
                        "Marrakesch unterstützen möchte."
                    ),
                    "fr": (
                        "Düsseldorf est le centre de la vie germano-marocaine en "
                        "Rhénanie-du-Nord-Westphalie. Une importante communauté "
                        "germano-marocaine y vit, déjà à la troisième et à la quatrième "
                        "génération, et souhaite soutenir l’administration municipale sur la "
                        "voie d’un jumelage avec Marrakech."
                    ),
                    "ar": (
                        "دوسلدورف هي مركز الحياة الألمانية المغربية في ولاية شمال "
                        "الراين-وستفاليا. وتعيش فيها جالية ألمانية مغربية كبيرة، وصلت إلى "
                        "الجيلين الثالث والرابع، وترغب في دعم إدارة المدينة في طريقها نحو توأمة "
                        "مع مراكش."
                    ),
                    "en": (
                        "Düsseldorf is the centre of German-Moroccan life in North "
                        "Rhine-Westphalia. A large German-Moroccan community lives here, now in "
                        "its third and fourth generation, and wants to support the city "
                        "administration on the way to a city partnership with Marrakesh."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Jede Städtepartnerschaft braucht eine integrative Kraft aus der "
                            "Zivilgesellschaft heraus, die das Vorhaben mit Leben füllen kann, "
                            "einen guten Austausch fördert und innovative Ideen einbringt."
                        ),
                        "fr": (
                            "Tout jumelage a besoin d’une force fédératrice issue de la "
                            "société civile, capable de donner vie au projet, de favoriser de "
                            "bons échanges et d’apporter des idées innovantes."
                        ),
                        "ar": (
                            "كل توأمة بين مدينتين تحتاج إلى قوة جامعة نابعة من المجتمع المدني، "
                            "قادرة على بثّ الحياة في المشروع وتعزيز التبادل الجيد وتقديم أفكار "
                            "مبتكرة."
                        ),
                        "en": (
                            "Every city partnership needs an integrating force from civil "
                            "society that can bring the project to life, encourage good "
                            "exchange and contribute innovative ideas."
                        ),
                    },
                    "attribution": {
                        "de": f"Nezha Asdad, {_BOARD_MEMBER['de']}",
                        "fr": f"Nezha Asdad, {_BOARD_MEMBER['fr']}",
                        "ar": "نزهة أسداد، عضوة مجلس الإدارة",
                        "en": f"Nezha Asdad, {_BOARD_MEMBER['en']}",
                    },
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Nun gilt es, auf beiden Seiten die notwendigen Impulse zu setzen. Mit "
                        "dem Förderverein gibt es in der Landeshauptstadt einen breit "
                        "aufgestellten zivilgesellschaftlichen Akteur, der die vielen geplanten "
                        "Projekte, Kooperationen und den Austausch bündelt, sichtbar macht und "
                        "nachhaltig unterstützt."
                    ),
                    "fr": (
                        "Il s’agit maintenant de donner les impulsions nécessaires des deux "
                        "côtés. Avec l’association, la capitale du Land dispose d’un acteur de "
                        "la société civile largement ancré, qui rassemble les nombreux projets, "
                        "coopérations et échanges prévus, les rend visibles et les soutient "
                        "durablement."
                    ),
                    "ar": (
                        "والآن يتعين إعطاء الدفعات اللازمة على الجانبين. فبفضل الجمعية صار في "
                        "عاصمة الولاية فاعل مدني واسع القاعدة، يجمع المشاريع والتعاونات "
                        "والتبادلات العديدة المخطط لها، ويبرزها ويدعمها دعمًا مستدامًا."
                    ),
                    "en": (
                        "Now the task is to provide the necessary impetus on both sides. With "
                        "the association, the state capital has a broadly based civil-society "
                        "actor that brings together the many planned projects, partnerships "
                        "and exchanges, makes them visible and supports them over the long "
                        "term."
                    ),
                },
            ),
        ],
    },
]

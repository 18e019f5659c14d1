"""Demo news in German with French, Arabic and English translations.

The facts come from the association's announcement of its founding on 14 May 2022 (shared
seed text); the texts are the team's own and the quotes are the board members' words (see
home.demo_content). The announcement gives no date for the 2019 roundtable or the
declaration of intent, so the texts claim none; all three articles are dated 14 May 2022,
the one date the announcement gives, and the two look-backs are written as published on the
day of the founding.
"""

from datetime import date

from home.demo_content import ASSOCIATION_NAME, QUOTE_AOULAD_ALI, QUOTE_ASDAD

FOUNDING_DAY = date(2022, 5, 14)

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

NEWS = [
    {
        "key": "roundtable",
        "date": FOUNDING_DAY,
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
                "Zur Gründung des Fördervereins ein Blick zurück: 2019 lud das Büro für "
                "Internationales der Stadt Düsseldorf zu einem breit angelegten "
                "„Marokko-Roundtable“ ein."
            ),
            "fr": (
                "À l’occasion de la fondation de l’association, un retour en arrière : en 2019, "
                "le Bureau des affaires internationales de la ville de Düsseldorf a invité à une "
                "large « table ronde Maroc »."
            ),
            "ar": (
                "بمناسبة تأسيس الجمعية، نلقي نظرة إلى الوراء: في عام 2019 دعا مكتب الشؤون "
                "الدولية في مدينة دوسلدورف إلى «مائدة مستديرة حول المغرب» واسعة النطاق."
            ),
            "en": (
                "To mark the founding of the association, a look back: in 2019 the City of "
                "Düsseldorf’s Office for International Affairs invited participants to a "
                "broad-based “Morocco Roundtable”."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Der Roundtable sollte ausloten, welche Möglichkeiten der Zusammenarbeit "
                        "es mit Marokko gibt und wie partnerschaftliche Beziehungen dorthin "
                        "aussehen könnten."
                    ),
                    "fr": (
                        "La table ronde devait explorer les possibilités de coopération avec le "
                        "Maroc et la forme que pourraient prendre des relations de partenariat "
                        "avec ce pays."
                    ),
                    "ar": (
                        "كان الهدف من المائدة المستديرة استكشاف فرص التعاون مع المغرب والشكل "
                        "الذي يمكن أن تتخذه علاقات الشراكة معه."
                    ),
                    "en": (
                        "The roundtable set out to explore opportunities for cooperation with "
                        "Morocco and what partnership relations with the country could look "
                        "like."
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
                        "Düsseldorf–Marrakesch, der sich heute, am 14. Mai 2022, gegründet hat. "
                        "Der Verein will die Projekte, Kooperationen und den Austausch zwischen "
                        "beiden Städten bündeln und sichtbar machen."
                    ),
                    "fr": (
                        "La table ronde fait partie de la genèse de l’association "
                        "Düsseldorf–Marrakech, fondée aujourd’hui, le 14 mai 2022. L’association "
                        "veut rassembler les projets, les coopérations et les échanges entre les "
                        "deux villes et les rendre visibles."
                    ),
                    "ar": (
                        "تُعدّ المائدة المستديرة جزءًا من المسار الذي سبق تأسيس جمعية "
                        "دوسلدورف–مراكش اليوم، 14 مايو 2022. وتسعى الجمعية إلى جمع المشاريع "
                        "والتعاونات والتبادلات بين المدينتين وإبرازها."
                    ),
                    "en": (
                        "The roundtable is part of the background to the Düsseldorf–Marrakesh "
                        "Support Association, founded today, 14 May 2022. The association aims "
                        "to bring together the projects, collaborations and exchanges between "
                        "the two cities and make them visible."
                    ),
                },
            ),
        ],
    },
    {
        "key": "declaration",
        "date": FOUNDING_DAY,
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
                "Im Zuge der internationalen Oberbürgermeister-Konferenz hat die Stadt "
                "Düsseldorf eine Absichtserklärung unterzeichnet, die die Zusammenarbeit mit "
                "Marrakesch intensivieren soll. Zur Gründung des Fördervereins fassen wir "
                "zusammen, was sie bedeutet."
            ),
            "fr": (
                "Dans le cadre de la conférence internationale des maires, la ville de "
                "Düsseldorf a signé une déclaration d’intention destinée à intensifier la "
                "coopération avec Marrakech. À l’occasion de la fondation de l’association, nous "
                "résumons sa portée."
            ),
            "ar": (
                "في إطار المؤتمر الدولي لرؤساء البلديات، وقّعت مدينة دوسلدورف إعلان نوايا يهدف "
                "إلى تكثيف التعاون مع مراكش. وبمناسبة تأسيس الجمعية نلخّص ما يعنيه هذا الإعلان."
            ),
            "en": (
                "At the international mayors’ conference, the City of Düsseldorf signed a "
                "declaration of intent to intensify its cooperation with Marrakesh. As the "
                "association is founded, we sum up what it means."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Unterzeichnet wurde die Erklärung mit der ehemaligen Vertreterin und "
                        "Beigeordneten für Internationale Beziehungen und Dezentrale Kooperation "
                        "der Kulturmetropole Marrakesch. Vorstandsmitglied Redouan Aoulad Ali "
                        "sagt dazu:"
                    ),
                    "fr": (
                        "La déclaration a été signée avec l’ancienne représentante et adjointe "
                        "chargée des relations internationales et de la coopération "
                        "décentralisée de Marrakech, métropole culturelle. Redouan Aoulad Ali, "
                        "membre du comité directeur, commente :"
                    ),
                    "ar": (
                        "وُقّع الإعلان مع الممثلة السابقة لحاضرة الثقافة مراكش ونائبة الرئيس "
                        "المكلفة بالعلاقات الدولية والتعاون اللامركزي. ويقول عضو مجلس الإدارة "
                        "Redouan Aoulad Ali في ذلك:"
                    ),
                    "en": (
                        "The declaration was signed with the former representative and deputy "
                        "mayor for international relations and decentralised cooperation of the "
                        "cultural metropolis of Marrakesh. Board member Redouan Aoulad Ali "
                        "comments:"
                    ),
                },
            ),
            ("quote", QUOTE_AOULAD_ALI),
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
                        "Die nordafrikanische Stadt gilt als eine der wichtigsten Drehscheiben "
                        "der globalen Klimapolitik, war 2020 die erste afrikanische "
                        "Kulturhauptstadt und wächst als Konferenz- und Messestandort. Für "
                        "Düsseldorf ist sie damit eine naheliegende Partnerin."
                    ),
                    "fr": (
                        "La ville nord-africaine est considérée comme l’une des principales "
                        "plaques tournantes de la politique climatique mondiale, a été en 2020 la "
                        "première capitale africaine de la culture et se développe comme lieu de "
                        "congrès et de salons. Elle est donc une partenaire toute trouvée pour "
                        "Düsseldorf."
                    ),
                    "ar": (
                        "تُعدّ المدينة الواقعة في شمال أفريقيا من أهم المحاور في السياسة "
                        "المناخية العالمية، وكانت في عام 2020 أول عاصمة أفريقية للثقافة، وتتنامى "
                        "مكانتها مدينةً للمؤتمرات والمعارض. ولذلك فهي شريكة طبيعية لدوسلدورف."
                    ),
                    "en": (
                        "The North African city is regarded as one of the most important hubs of "
                        "global climate policy, was the first African Capital of Culture in 2020 "
                        "and is growing as a venue for conferences and trade fairs. That makes "
                        "it a natural partner for Düsseldorf."
                    ),
                },
            ),
        ],
    },
    {
        "key": "founding",
        "date": FOUNDING_DAY,
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
                "Am 14. Mai 2022 hat sich der Förderverein Düsseldorf–Marrakesch gegründet. "
                "Etwa 90 seiner rund 125 Unterstützerinnen und Unterstützer waren bei der "
                "Gründungsversammlung dabei."
            ),
            "fr": (
                "Le 14 mai 2022, l’association Düsseldorf–Marrakech a été fondée. Environ 90 de "
                "ses quelque 125 sympathisantes et sympathisants ont participé à l’assemblée "
                "constitutive."
            ),
            "ar": (
                "في 14 مايو 2022 تأسست جمعية دوسلدورف–مراكش. وحضر نحو 90 من داعميها وداعماتها "
                "البالغ عددهم قرابة 125 الجمعيةَ العامة التأسيسية."
            ),
            "en": (
                "On 14 May 2022 the Düsseldorf–Marrakesh Support Association was founded. About "
                "90 of its roughly 125 supporters took part in the founding assembly."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Nach einer intensiven Vorbereitungsphase ist der Verein nun gegründet. "
                        f"Sein vollständiger Name lautet {ASSOCIATION_NAME}. Von den rund 125 "
                        "Unterstützerinnen und Unterstützern kamen etwa 90 zur "
                        "Gründungsversammlung."
                    ),
                    "fr": (
                        "Après une phase de préparation intense, l’association est désormais "
                        f"fondée. Son nom complet, en allemand, est {ASSOCIATION_NAME}. Sur "
                        "quelque 125 sympathisantes et sympathisants, environ 90 sont venus à "
                        "l’assemblée constitutive."
                    ),
                    "ar": (
                        "بعد مرحلة تحضير مكثفة، تأسست الجمعية الآن، واسمها الكامل بالألمانية "
                        f"{ASSOCIATION_NAME}. ومن بين نحو 125 داعمًا وداعمة، حضر قرابة 90 "
                        "الجمعيةَ العامة التأسيسية."
                    ),
                    "en": (
                        "After an intensive preparation phase, the association has now been "
                        f"founded. Its full German name is {ASSOCIATION_NAME}. Of its roughly 125 "
                        "supporters, about 90 came to the founding assembly."
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
                        "Nordrhein-Westfalen. Die große deutsch-marokkanische Gemeinde der Stadt "
                        "lebt hier bereits in der dritten und vierten Generation und möchte die "
                        "Stadtverwaltung auf dem Weg zu einer Städtepartnerschaft mit Marrakesch "
                        "unterstützen. Der Förderverein gibt ihr dafür ein Forum."
                    ),
                    "fr": (
                        "Düsseldorf est le centre de la vie germano-marocaine en "
                        "Rhénanie-du-Nord-Westphalie. L’importante communauté germano-marocaine "
                        "de la ville y vit déjà à la troisième et à la quatrième génération et "
                        "souhaite soutenir l’administration municipale sur la voie d’un jumelage "
                        "avec Marrakech. L’association lui offre un forum pour cela."
                    ),
                    "ar": (
                        "دوسلدورف هي مركز الحياة الألمانية المغربية في ولاية شمال "
                        "الراين-وستفاليا. وقد بلغت الجالية الألمانية المغربية الكبيرة في المدينة "
                        "جيلها الثالث والرابع، وترغب في دعم إدارة المدينة في طريقها نحو توأمة مع "
                        "مراكش. وتوفّر لها الجمعية منتدى لذلك."
                    ),
                    "en": (
                        "Düsseldorf is the centre of German-Moroccan life in North "
                        "Rhine-Westphalia. The city’s large German-Moroccan community is already "
                        "in its third and fourth generation here and wants to support the city "
                        "administration on the way to a city partnership with Marrakesh. The "
                        "association gives it a forum for this."
                    ),
                },
            ),
            ("quote", QUOTE_ASDAD),
            (
                "paragraph",
                {
                    "de": (
                        "Nun kommt es darauf an, auf beiden Seiten Impulse zu setzen. In der "
                        "Landeshauptstadt gibt es dafür jetzt einen breit aufgestellten "
                        "zivilgesellschaftlichen Akteur, der die vielen geplanten Projekte, "
                        "Kooperationen und den Austausch bündelt, sichtbar macht und nachhaltig "
                        "unterstützt."
                    ),
                    "fr": (
                        "Il s’agit maintenant de donner des impulsions des deux côtés. La "
                        "capitale du Land dispose désormais pour cela d’un acteur de la société "
                        "civile largement ancré, qui rassemble les nombreux projets, coopérations "
                        "et échanges prévus, les rend visibles et les soutient durablement."
                    ),
                    "ar": (
                        "والمهم الآن هو إعطاء الدفعات من الجانبين. وصار في عاصمة الولاية لهذا "
                        "الغرض فاعل مدني واسع القاعدة، يجمع المشاريع والتعاونات والتبادلات "
                        "الكثيرة المخطط لها، ويبرزها ويدعمها دعمًا مستدامًا."
                    ),
                    "en": (
                        "What matters now is to provide impetus on both sides. The state capital "
                        "now has a broadly based civil-society actor for this, which brings "
                        "together the many planned projects, collaborations and exchanges, makes "
                        "them visible and supports them in the long term."
                    ),
                },
            ),
        ],
    },
]

# The news after the founding (news/demo_stories.py).
from news.demo_stories import CATEGORIES as _LATER_CATEGORIES  # noqa: E402
from news.demo_stories import NEWS as _LATER_NEWS  # noqa: E402

CATEGORIES += _LATER_CATEGORIES
NEWS += _LATER_NEWS

"""Demo pages of the portal, written in German with French, Arabic and English translations."""

LANGUAGES = ("de", "fr", "ar", "en")

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
                "Der Förderverein Düsseldorf–Marrakesch verbindet Menschen, Initiativen und "
                "Institutionen aus beiden Städten. Wir bündeln, was zwischen Rhein und "
                "Atlasgebirge bereits wächst, und begleiten den Weg zu einer offiziellen "
                "Städtepartnerschaft."
            ),
            "fr": (
                "L’association Düsseldorf–Marrakech relie des personnes, des initiatives et des "
                "institutions des deux villes. Nous rassemblons ce qui grandit déjà entre le Rhin "
                "et l’Atlas et accompagnons le chemin vers un jumelage officiel."
            ),
            "ar": (
                "تربط جمعية دوسلدورف–مراكش بين الناس والمبادرات والمؤسسات في المدينتين. ونجمع ما "
                "بدأ ينمو بالفعل بين نهر الراين وجبال الأطلس، ونواكب المسار نحو توأمة رسمية بين "
                "المدينتين."
            ),
            "en": (
                "The Düsseldorf–Marrakesh Support Association connects people, initiatives and "
                "institutions from both cities. We bring together what is already growing between "
                "the Rhine and the Atlas Mountains and accompany the path towards an official city "
                "partnership."
            ),
        },
        "body": [
            (
                "heading",
                {
                    "de": "Wer wir sind",
                    "fr": "Qui sommes-nous ?",
                    "ar": "من نكون",
                    "en": "Who we are",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Wir sind ein zivilgesellschaftlicher Verein, der im Mai 2022 in der "
                        "nordrhein-westfälischen Landeshauptstadt gegründet wurde. Unsere "
                        "Mitglieder sowie Unterstützerinnen und Unterstützer bringen Erfahrungen "
                        "aus ganz unterschiedlichen Bereichen der Stadtgesellschaft mit. Gemeinsam "
                        "wollen wir die vielfältigen Verbindungen zwischen Düsseldorf und "
                        "Marrakesch sichtbar machen und ihnen einen festen Rahmen geben."
                    ),
                    "fr": (
                        "Nous sommes une association de la société civile fondée en mai 2022 dans "
                        "la capitale du Land de Rhénanie-du-Nord-Westphalie. Nos membres, "
                        "sympathisantes et sympathisants apportent des expériences issues des "
                        "horizons les plus divers de la vie urbaine. Ensemble, nous voulons rendre "
                        "visibles les multiples liens entre Düsseldorf et Marrakech et leur donner "
                        "un cadre solide."
                    ),
                    "ar": (
                        "نحن جمعية من المجتمع المدني تأسست في مايو 2022 في دوسلدورف، عاصمة ولاية "
                        "شمال الراين-وستفاليا. ويحمل أعضاؤنا وداعمونا وداعماتنا خبرات من مجالات "
                        "شتى في المجتمع المحلي للمدينة. ونسعى معًا إلى إبراز الروابط المتنوعة بين "
                        "دوسلدورف ومراكش ومنحها إطارًا متينًا."
                    ),
                    "en": (
                        "We are a civil-society association founded in May 2022 in the state "
                        "capital of North Rhine-Westphalia. Our members and supporters bring "
                        "experience from many different parts of urban life. Together we want to "
                        "make the many ties between Düsseldorf and Marrakesh visible and give them "
                        "a solid framework."
                    ),
                },
            ),
            (
                "heading",
                {
                    "de": "Warum Marrakesch?",
                    "fr": "Pourquoi Marrakech ?",
                    "ar": "لماذا مراكش؟",
                    "en": "Why Marrakesh?",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Marrakesch gehört zu den wichtigsten Drehscheiben der internationalen "
                        "Klimapolitik. 2020 trug die Stadt als erste den Titel „Afrikanische "
                        "Kulturhauptstadt“, und als Konferenz- und Messestandort gewinnt sie "
                        "stetig an Bedeutung. Für eine Partnerschaft, die Nachhaltigkeit, Kultur "
                        "und Begegnung verbindet, ist sie damit eine ausgesprochen gute Wahl."
                    ),
                    "fr": (
                        "Marrakech compte parmi les plaques tournantes les plus importantes de la "
                        "politique climatique internationale. En 2020, elle a été la première "
                        "ville à porter le titre de « capitale africaine de la culture », et elle "
                        "gagne sans cesse en importance comme ville de congrès et de salons. C’est "
                        "donc un choix particulièrement judicieux pour un partenariat qui allie "
                        "durabilité, culture et rencontres."
                    ),
                    "ar": (
                        "تُعدّ مراكش من أهم المحاور في السياسة المناخية الدولية. وفي عام 2020 كانت "
                        "أول مدينة تحمل لقب «عاصمة الثقافة الأفريقية»، كما تتزايد مكانتها باستمرار "
                        "بوصفها مدينة للمؤتمرات والمعارض. ولذلك فهي خيار موفق للغاية لشراكة تجمع "
                        "بين الاستدامة والثقافة واللقاء."
                    ),
                    "en": (
                        "Marrakesh is one of the most important hubs of international climate "
                        "policy. In 2020 it became the first city to hold the title of “African "
                        "Capital of Culture”, and it is steadily gaining importance as a venue for "
                        "conferences and trade fairs. That makes it an excellent choice for a "
                        "partnership that brings together sustainability, culture and encounter."
                    ),
                },
            ),
            (
                "heading",
                {
                    "de": "Warum Düsseldorf?",
                    "fr": "Pourquoi Düsseldorf ?",
                    "ar": "لماذا دوسلدورف؟",
                    "en": "Why Düsseldorf?",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Düsseldorf ist der Mittelpunkt des deutsch-marokkanischen Lebens in "
                        "Nordrhein-Westfalen. Hier lebt eine große deutsch-marokkanische "
                        "Gemeinschaft, mittlerweile in der dritten und vierten Generation. Viele "
                        "ihrer Mitglieder möchten die Stadtverwaltung dabei unterstützen, eine "
                        "Partnerschaft mit Marrakesch aufzubauen und mit Leben zu füllen."
                    ),
                    "fr": (
                        "Düsseldorf est le cœur de la vie germano-marocaine en "
                        "Rhénanie-du-Nord-Westphalie. Une importante communauté germano-marocaine "
                        "y vit, aujourd’hui déjà à la troisième et à la quatrième génération. "
                        "Beaucoup de ses membres souhaitent aider l’administration municipale à "
                        "construire un partenariat avec Marrakech et à le faire vivre."
                    ),
                    "ar": (
                        "دوسلدورف هي مركز الحياة الألمانية المغربية في ولاية شمال الراين-وستفاليا. "
                        "ويعيش فيها مجتمع ألماني مغربي كبير بلغ اليوم جيله الثالث والرابع. ويرغب "
                        "كثير من أفراده في دعم إدارة المدينة في بناء شراكة مع مراكش وبثّ الحياة "
                        "فيها."
                    ),
                    "en": (
                        "Düsseldorf is the centre of German-Moroccan life in North "
                        "Rhine-Westphalia. A large German-Moroccan community lives here, now in "
                        "its third and fourth generation. Many of its members want to help the "
                        "city administration build a partnership with Marrakesh and bring it to "
                        "life."
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
                "Der Förderverein Düsseldorf–Marrakesch ist ein breit aufgestelltes Forum der "
                "Zivilgesellschaft. Er versteht sich als Brücke zwischen beiden Städten und als "
                "verlässlicher Ansprechpartner für alle, die den Austausch voranbringen möchten."
            ),
            "fr": (
                "L’association Düsseldorf–Marrakech est un large forum de la société civile. Elle "
                "se conçoit comme un pont entre les deux villes et comme un interlocuteur fiable "
                "pour toutes celles et tous ceux qui veulent faire avancer les échanges."
            ),
            "ar": (
                "جمعية دوسلدورف–مراكش منتدى واسع يضم أطيافًا متعددة من المجتمع المدني. وهي ترى "
                "نفسها جسرًا بين المدينتين وشريكًا موثوقًا لكل من يرغب في دفع التبادل إلى الأمام."
            ),
            "en": (
                "The Düsseldorf–Marrakesh Support Association is a broad-based civil-society "
                "forum. It sees itself as a bridge between the two cities and as a reliable point "
                "of contact for everyone who wants to move the exchange forward."
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
                        "Nach einer intensiven Vorbereitungsphase wurde der Verein am 14. Mai 2022 "
                        "in Düsseldorf gegründet. Rund 125 Unterstützerinnen und Unterstützer "
                        "hatten das Vorhaben im Vorfeld mitgetragen. Etwa 90 von ihnen nahmen an "
                        "der Gründungsversammlung teil und setzten damit ein deutliches Zeichen "
                        "für die Verbindung der beiden Städte."
                    ),
                    "fr": (
                        "Après une phase de préparation intensive, l’association a été fondée le "
                        "14 mai 2022 à Düsseldorf. Environ 125 sympathisantes et sympathisants "
                        "avaient soutenu le projet en amont. Près de 90 d’entre eux ont participé "
                        "à l’assemblée constitutive, envoyant ainsi un signal fort en faveur du "
                        "lien entre les deux villes."
                    ),
                    "ar": (
                        "بعد مرحلة تحضير مكثفة، تأسست الجمعية في 14 مايو 2022 في دوسلدورف. وكان "
                        "نحو 125 داعمًا وداعمة قد ساندوا المشروع مسبقًا. وحضر قرابة 90 منهم "
                        "الجمعية العامة التأسيسية، موجّهين بذلك رسالة واضحة لصالح الروابط بين "
                        "المدينتين."
                    ),
                    "en": (
                        "After an intensive preparation phase, the association was founded in "
                        "Düsseldorf on 14 May 2022. Around 125 supporters had backed the "
                        "initiative in advance. About 90 of them attended the founding assembly, "
                        "sending a clear signal in favour of the bond between the two cities."
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
                        "Zu den Vorstandsmitgliedern gehören Redouan Aoulad Ali und Nezha Asdad. "
                        "Gemeinsam mit den Mitgliedern treiben sie das Ziel einer "
                        "Städtepartnerschaft zwischen Düsseldorf und Marrakesch voran. Zwei "
                        "Gedanken aus dem Vorstand zeigen, worauf es dem Verein ankommt."
                    ),
                    "fr": (
                        "Redouan Aoulad Ali et Nezha Asdad font partie des membres du comité "
                        "directeur. Avec les membres de l’association, ils font avancer l’objectif "
                        "d’un jumelage entre Düsseldorf et Marrakech. Deux réflexions issues du "
                        "comité directeur montrent ce qui compte pour l’association."
                    ),
                    "ar": (
                        "من بين أعضاء مجلس الإدارة رضوان أولاد علي ونزهة أسداد. ويعملان مع أعضاء "
                        "الجمعية على تحقيق هدف التوأمة بين دوسلدورف ومراكش. وتكشف الفكرتان "
                        "التاليتان الصادرتان عن مجلس الإدارة ما يهمّ الجمعية."
                    ),
                    "en": (
                        "The board members include Redouan Aoulad Ali and Nezha Asdad. Together "
                        "with the members, they are driving forward the goal of a city partnership "
                        "between Düsseldorf and Marrakesh. Two thoughts from the board show what "
                        "matters to the association."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Die Absichtserklärung mit Marrakesch war ein wichtiger Schritt für "
                            "das Nachhaltigkeitskonzept unserer Stadt, denn bislang hat Düsseldorf "
                            "keine Städtepartnerschaft mit einer Stadt im globalen Süden."
                        ),
                        "fr": (
                            "La déclaration d’intention avec Marrakech a été une étape importante "
                            "pour le concept de durabilité de notre ville, car Düsseldorf n’a "
                            "jusqu’à présent aucun jumelage avec une ville du Sud global."
                        ),
                        "ar": (
                            "كان إعلان النوايا مع مراكش خطوة مهمة لدعم مفهوم الاستدامة في مدينتنا، "
                            "إذ لا تربط دوسلدورف حتى الآن أي توأمة بمدينة من مدن الجنوب العالمي."
                        ),
                        "en": (
                            "The declaration of intent with Marrakesh was an important step for "
                            "our city’s sustainability concept, because Düsseldorf has so far had "
                            "no partnership with a city in the Global South."
                        ),
                    },
                    "attribution": {
                        "de": "Redouan Aoulad Ali, Vorstandsmitglied",
                        "fr": "Redouan Aoulad Ali, membre du comité directeur",
                        "ar": "رضوان أولاد علي، عضو مجلس الإدارة",
                        "en": "Redouan Aoulad Ali, board member",
                    },
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Eine Städtepartnerschaft braucht eine verbindende Kraft aus der "
                            "Zivilgesellschaft – Menschen, die sie mit Leben erfüllen, den "
                            "Austausch stärken und neue Ideen einbringen."
                        ),
                        "fr": (
                            "Un jumelage a besoin d’une force fédératrice issue de la société "
                            "civile : des personnes qui le font vivre, renforcent les échanges et "
                            "apportent des idées nouvelles."
                        ),
                        "ar": (
                            "تحتاج كل توأمة بين المدن إلى قوة جامعة نابعة من المجتمع المدني، أي "
                            "إلى أناس يبثّون فيها الحياة ويعزّزون التبادل ويأتون بأفكار جديدة."
                        ),
                        "en": (
                            "A city partnership needs a unifying force from civil society – people "
                            "who bring it to life, strengthen the exchange and contribute new "
                            "ideas."
                        ),
                    },
                    "attribution": {
                        "de": "Nezha Asdad, Vorstandsmitglied",
                        "fr": "Nezha Asdad, membre du comité directeur",
                        "ar": "نزهة أسداد، عضوة مجلس الإدارة",
                        "en": "Nezha Asdad, board member",
                    },
                },
            ),
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
                        "Wir bündeln die vielen geplanten Projekte, Kooperationen und Begegnungen "
                        "zwischen Düsseldorf und Marrakesch. Wir machen sie in der Öffentlichkeit "
                        "sichtbar und unterstützen sie nachhaltig, damit aus einzelnen Initiativen "
                        "ein dauerhaftes Netzwerk wird. Die Zivilgesellschaft verstehen wir dabei "
                        "als integrative Kraft, ohne die keine Partnerschaft lebendig werden kann."
                    ),
                    "fr": (
                        "Nous rassemblons les nombreux projets, coopérations et rencontres prévus "
                        "entre Düsseldorf et Marrakech. Nous les rendons visibles auprès du public "
                        "et les soutenons durablement, afin que des initiatives isolées forment un "
                        "réseau pérenne. Nous considérons la société civile comme une force "
                        "d’intégration sans laquelle aucun partenariat ne peut prendre vie."
                    ),
                    "ar": (
                        "نجمع المشاريع والتعاونات واللقاءات الكثيرة المخطط لها بين دوسلدورف "
                        "ومراكش. ونعرّف الجمهور بها وندعمها دعمًا مستدامًا، حتى تتحول المبادرات "
                        "المتفرقة إلى شبكة دائمة. ونرى في المجتمع المدني قوة إدماج لا يمكن لأي "
                        "شراكة أن تنبض بالحياة من دونها."
                    ),
                    "en": (
                        "We bring together the many planned projects, collaborations and "
                        "encounters between Düsseldorf and Marrakesh. We make them visible to the "
                        "public and support them in the long term, so that individual initiatives "
                        "grow into a lasting network. We see civil society as an integrating force "
                        "without which no partnership can come alive."
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
                "Eine Städtepartnerschaft entsteht nicht über Nacht. Zwischen Düsseldorf und "
                "Marrakesch sind in den vergangenen Jahren wichtige Grundlagen entstanden, auf "
                "denen wir gemeinsam weiterbauen wollen."
            ),
            "fr": (
                "Un jumelage ne se construit pas du jour au lendemain. Ces dernières années, des "
                "bases importantes ont été posées entre Düsseldorf et Marrakech, et nous voulons "
                "continuer à bâtir ensemble sur ces fondations."
            ),
            "ar": (
                "لا تنشأ التوأمة بين المدن بين ليلة وضحاها. فقد أُرسيت خلال السنوات الماضية أسس "
                "مهمة بين دوسلدورف ومراكش، ونريد أن نواصل البناء عليها معًا."
            ),
            "en": (
                "A city partnership does not happen overnight. In recent years, important "
                "foundations have been laid between Düsseldorf and Marrakesh, and we want to keep "
                "building on them together."
            ),
        },
        "body": [
            (
                "heading",
                {
                    "de": "2019: Der Marokko-Roundtable",
                    "fr": "2019 : la table ronde sur le Maroc",
                    "ar": "2019: الطاولة المستديرة حول المغرب",
                    "en": "2019: The Morocco Roundtable",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Bereits 2019 lud das Büro für Internationales der Landeshauptstadt "
                        "Düsseldorf zu einem breit angelegten „Marokko-Roundtable“ ein. Dort wurde "
                        "erörtert, welche Möglichkeiten der Zusammenarbeit es gibt und wie "
                        "partnerschaftliche Beziehungen nach Marokko aussehen könnten. Damit war "
                        "ein erster gemeinsamer Rahmen für den Austausch geschaffen."
                    ),
                    "fr": (
                        "Dès 2019, le Bureau des affaires internationales de la ville de "
                        "Düsseldorf a invité à une large « table ronde sur le Maroc ». Les "
                        "participants y ont examiné les possibilités de coopération et la forme "
                        "que pourraient prendre des relations de partenariat avec le Maroc. Un "
                        "premier cadre commun pour les échanges était ainsi créé."
                    ),
                    "ar": (
                        "في عام 2019، دعا مكتب الشؤون الدولية في مدينة دوسلدورف إلى «طاولة مستديرة "
                        "حول المغرب» واسعة النطاق. وناقش المشاركون فيها فرص التعاون والشكل الذي "
                        "يمكن أن تتخذه علاقات الشراكة مع المغرب. وبذلك وُضع أول إطار مشترك للتبادل."
                    ),
                    "en": (
                        "As early as 2019, Düsseldorf’s Office for International Affairs invited "
                        "participants to a broad-based “Morocco Roundtable”. It explored "
                        "opportunities for cooperation and what partnership relations with Morocco "
                        "could look like. This created a first shared framework for exchange."
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
                        "Im Rahmen der internationalen Oberbürgermeister-Konferenz unterzeichnete "
                        "die Stadt Düsseldorf eine Absichtserklärung, um die Zusammenarbeit mit "
                        "Marrakesch zu intensivieren. Für die Kulturmetropole unterschrieb die "
                        "damalige Vertreterin und Beigeordnete für internationale Beziehungen und "
                        "dezentrale Kooperation. Beide Städte bekundeten damit offiziell ihren "
                        "Willen, enger zusammenzuarbeiten."
                    ),
                    "fr": (
                        "Dans le cadre de la conférence internationale des maires, la ville de "
                        "Düsseldorf a signé une déclaration d’intention visant à intensifier sa "
                        "coopération avec Marrakech. Pour la métropole culturelle, le document a "
                        "été signé par celle qui était alors représentante et adjointe au maire "
                        "chargée des relations internationales et de la coopération décentralisée. "
                        "Les deux villes ont ainsi exprimé officiellement leur volonté de "
                        "collaborer plus étroitement."
                    ),
                    "ar": (
                        "في إطار المؤتمر الدولي لرؤساء البلديات، وقّعت مدينة دوسلدورف إعلان نوايا "
                        "لتعزيز التعاون مع مراكش. ووقّعته عن حاضرة الثقافة المغربية ممثلتها آنذاك، "
                        "نائبة رئيس المجلس الجماعي المكلفة بالعلاقات الدولية والتعاون اللامركزي. "
                        "وبذلك عبّرت المدينتان رسميًا عن إرادتهما في توثيق التعاون بينهما."
                    ),
                    "en": (
                        "At the international mayors’ conference, the City of Düsseldorf signed a "
                        "declaration of intent to intensify its cooperation with Marrakesh. On "
                        "behalf of the cultural metropolis, it was signed by the then "
                        "representative and deputy mayor for international relations and "
                        "decentralised cooperation. With this, both cities officially expressed "
                        "their will to work together more closely."
                    ),
                },
            ),
            (
                "heading",
                {
                    "de": "Ein Gewinn für die Nachhaltigkeit",
                    "fr": "Un atout pour la durabilité",
                    "ar": "مكسب للاستدامة",
                    "en": "A gain for sustainability",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Bislang unterhält Düsseldorf keine Städtepartnerschaft mit einer Stadt "
                        "des globalen Südens. Eine Verbindung mit Marrakesch würde diese Lücke "
                        "schließen und das städtische Nachhaltigkeitskonzept stärken. Fragen wie "
                        "Klimaschutz, kulturelle Vielfalt und fairer Austausch ließen sich so "
                        "gemeinsam und auf Augenhöhe angehen."
                    ),
                    "fr": (
                        "Jusqu’à présent, Düsseldorf n’entretient aucun jumelage avec une ville du "
                        "Sud global. Un lien avec Marrakech comblerait cette lacune et "
                        "renforcerait le concept de durabilité de la ville. Des questions comme la "
                        "protection du climat, la diversité culturelle et des échanges équitables "
                        "pourraient ainsi être abordées ensemble, d’égal à égal."
                    ),
                    "ar": (
                        "لا تربط دوسلدورف حتى الآن أي توأمة بمدينة من مدن الجنوب العالمي. ومن شأن "
                        "الارتباط بمراكش أن يسدّ هذه الثغرة ويعزّز مفهوم الاستدامة في المدينة. "
                        "وهكذا يمكن معالجة قضايا مثل حماية المناخ والتنوع الثقافي والتبادل العادل "
                        "معًا وعلى قدم المساواة."
                    ),
                    "en": (
                        "So far, Düsseldorf has no city partnership with a city of the Global "
                        "South. A link with Marrakesh would close this gap and strengthen the "
                        "city’s sustainability concept. Issues such as climate protection, "
                        "cultural diversity and fair exchange could then be tackled together as "
                        "equals."
                    ),
                },
            ),
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
                        "Jetzt kommt es darauf an, auf beiden Seiten die nötigen Impulse zu "
                        "setzen. Wir führen Projekte und Ideen aus der Zivilgesellschaft zusammen, "
                        "suchen das Gespräch mit Verwaltung und Politik und pflegen die Kontakte "
                        "nach Marrakesch. So soll Schritt für Schritt eine Partnerschaft wachsen, "
                        "die von den Menschen in beiden Städten getragen wird."
                    ),
                    "fr": (
                        "Il s’agit désormais de donner les impulsions nécessaires des deux côtés. "
                        "Nous réunissons les projets et les idées de la société civile, nous "
                        "dialoguons avec l’administration et les responsables politiques et nous "
                        "entretenons les contacts avec Marrakech. Pas à pas, un partenariat porté "
                        "par les habitants des deux villes doit ainsi voir le jour."
                    ),
                    "ar": (
                        "المطلوب الآن هو إعطاء الدفعات اللازمة من الجانبين. فنحن نجمع المشاريع "
                        "والأفكار النابعة من المجتمع المدني، ونتحاور مع الإدارة والفاعلين "
                        "السياسيين، ونرعى الاتصالات مع مراكش. وهكذا نريد أن تنمو خطوة بخطوة شراكة "
                        "يحملها سكان المدينتين."
                    ),
                    "en": (
                        "What matters now is to provide the necessary momentum on both sides. We "
                        "bring together projects and ideas from civil society, seek dialogue with "
                        "the administration and policymakers, and maintain our contacts in "
                        "Marrakesh. Step by step, this should give rise to a partnership carried "
                        "by the people of both cities."
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
                "Auf dieser Seite finden Sie die gesetzlich vorgeschriebenen Angaben zum Anbieter "
                "dieser Website. Bitte beachten Sie, dass es sich um eine Demo-Fassung handelt und "
                "alle Kontaktdaten Platzhalter sind."
            ),
            "fr": (
                "Cette page contient les informations légalement requises sur l’éditeur de ce "
                "site. Veuillez noter qu’il s’agit d’une version de démonstration et que toutes "
                "les coordonnées sont fictives."
            ),
            "ar": (
                "تجدون في هذه الصفحة البيانات التي يفرضها القانون بشأن الجهة المسؤولة عن هذا "
                "الموقع. يُرجى العلم بأن هذه نسخة تجريبية وأن جميع بيانات الاتصال افتراضية."
            ),
            "en": (
                "This page contains the legally required information about the provider of this "
                "website. Please note that this is a demo version and that all contact details are "
                "placeholders."
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
                        "Förderverein Düsseldorf-Marrakesch e. V. (Demo-Anschrift), Musterstraße "
                        "1, 40213 Düsseldorf, Deutschland. Der Verein wird durch seinen Vorstand "
                        "vertreten. Angaben zum Vereinsregister werden in der endgültigen Fassung "
                        "ergänzt."
                    ),
                    "fr": (
                        "Förderverein Düsseldorf-Marrakesch e. V. (adresse de démonstration), "
                        "Musterstraße 1, 40213 Düsseldorf, Allemagne. L’association est "
                        "représentée par son comité directeur. Les informations relatives au "
                        "registre des associations seront complétées dans la version définitive."
                    ),
                    "ar": (
                        "Förderverein Düsseldorf-Marrakesch e. V. (عنوان تجريبي)، Musterstraße 1، "
                        "40213 Düsseldorf، ألمانيا. ويمثّل الجمعيةَ مجلسُ إدارتها. وستُضاف بيانات "
                        "سجل الجمعيات في النسخة النهائية."
                    ),
                    "en": (
                        "Förderverein Düsseldorf-Marrakesch e. V. (demo address), Musterstraße 1, "
                        "40213 Düsseldorf, Germany. The association is represented by its board. "
                        "Details of the entry in the register of associations will be added in the "
                        "final version."
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
                        "Sie erreichen uns per E-Mail an info@duesseldorf-marrakesch.example. "
                        "Diese Adresse dient nur zu Demonstrationszwecken; Nachrichten an sie "
                        "werden nicht zugestellt."
                    ),
                    "fr": (
                        "Vous pouvez nous écrire à l’adresse info@duesseldorf-marrakesch.example. "
                        "Cette adresse sert uniquement à des fins de démonstration ; les messages "
                        "qui y sont envoyés ne sont pas distribués."
                    ),
                    "ar": (
                        "يمكنكم مراسلتنا عبر البريد الإلكتروني على العنوان "
                        "info@duesseldorf-marrakesch.example. هذا العنوان مخصص لأغراض العرض "
                        "التجريبي فقط، ولن تصل إليه الرسائل المرسلة."
                    ),
                    "en": (
                        "You can reach us by e-mail at info@duesseldorf-marrakesch.example. This "
                        "address is for demonstration purposes only; messages sent to it will not "
                        "be delivered."
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
                        "Inhaltlich verantwortlich ist der Vorstand des Fördervereins "
                        "Düsseldorf-Marrakesch e. V. Er ist unter der oben genannten Anschrift "
                        "erreichbar."
                    ),
                    "fr": (
                        "Le comité directeur du Förderverein Düsseldorf-Marrakesch e. V. est "
                        "responsable du contenu. Il peut être joint à l’adresse indiquée ci-dessus."
                    ),
                    "ar": (
                        "يتولى مجلس إدارة جمعية Förderverein Düsseldorf-Marrakesch e. V. المسؤولية "
                        "عن المحتوى، ويمكن التواصل معه على العنوان المذكور أعلاه."
                    ),
                    "en": (
                        "The board of Förderverein Düsseldorf-Marrakesch e. V. is responsible for "
                        "the content. It can be reached at the address given above."
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
                        "Dieses Portal ist eine Demonstrationsfassung mit fiktiven Kontaktangaben. "
                        "Vor der Veröffentlichung werden alle Platzhalter durch die tatsächlichen "
                        "Angaben des Vereins ersetzt."
                    ),
                    "fr": (
                        "Ce portail est une version de démonstration comportant des coordonnées "
                        "fictives. Avant sa mise en ligne, tous les éléments provisoires seront "
                        "remplacés par les informations réelles de l’association."
                    ),
                    "ar": (
                        "هذه البوابة نسخة تجريبية تتضمن بيانات اتصال افتراضية. وقبل النشر ستُستبدل "
                        "جميع البيانات المؤقتة بالمعلومات الفعلية للجمعية."
                    ),
                    "en": (
                        "This portal is a demo version with fictitious contact details. Before "
                        "publication, all placeholders will be replaced with the association’s "
                        "actual details."
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
                "Der Schutz Ihrer Daten ist uns wichtig. Diese Website ist bewusst so gestaltet, "
                "dass bei Ihrem Besuch so wenige personenbezogene Daten wie möglich anfallen. "
                "Verantwortlich für die Datenverarbeitung ist der Förderverein "
                "Düsseldorf-Marrakesch e. V., dessen Angaben Sie im Impressum finden."
            ),
            "fr": (
                "La protection de vos données nous tient à cœur. Ce site est délibérément conçu "
                "pour que votre visite génère le moins de données personnelles possible. Le "
                "responsable du traitement est le Förderverein Düsseldorf-Marrakesch e. V., dont "
                "les coordonnées figurent dans les mentions légales."
            ),
            "ar": (
                "نولي حماية بياناتكم أهمية كبيرة. وقد صُمّم هذا الموقع عن قصد بحيث لا يُجمع خلال "
                "زيارتكم إلا أقل قدر ممكن من البيانات الشخصية. والجهة المسؤولة عن معالجة البيانات "
                "هي جمعية Förderverein Düsseldorf-Marrakesch e. V.، وتجدون بياناتها في صفحة "
                "البيانات القانونية."
            ),
            "en": (
                "Protecting your data matters to us. This website is deliberately designed so that "
                "as little personal data as possible is generated when you visit it. The "
                "controller responsible for data processing is Förderverein Düsseldorf-Marrakesch "
                "e. V.; you will find its details in the legal notice."
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
                        "Englisch – werden von den Übersetzerinnen und Übersetzern des Vereins "
                        "direkt im Redaktionssystem erstellt. Ein externes Übersetzungs-Widget "
                        "setzen wir nicht ein. Für die Anzeige der Übersetzungen ist deshalb keine "
                        "Einwilligung erforderlich."
                    ),
                    "fr": (
                        "Toutes les versions linguistiques de ce site – allemand, français, arabe "
                        "et anglais – sont rédigées directement dans le système de gestion de "
                        "contenu par les traductrices et traducteurs de l’association. Nous "
                        "n’utilisons aucun widget de traduction externe. Aucun consentement n’est "
                        "donc nécessaire pour afficher les traductions."
                    ),
                    "ar": (
                        "تُعدّ جميع النسخ اللغوية لهذا الموقع – الألمانية والفرنسية والعربية "
                        "والإنجليزية – مباشرة في نظام إدارة المحتوى على يد مترجمات الجمعية "
                        "ومترجميها. ولا نستخدم أي أداة ترجمة خارجية. ولذلك لا يلزم الحصول على "
                        "موافقتكم لعرض الترجمات."
                    ),
                    "en": (
                        "All language versions of this website – German, French, Arabic and "
                        "English – are produced directly in the content management system by the "
                        "association’s translators. We do not use an external translation widget. "
                        "No consent is therefore required to display the translations."
                    ),
                },
            ),
            (
                "heading",
                {
                    "de": "Server-Logdateien und kein Tracking",
                    "fr": "Journaux du serveur et absence de suivi",
                    "ar": "سجلات الخادم وعدم التتبع",
                    "en": "Server logs and no tracking",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Beim Aufruf einer Seite speichert der Webserver technisch notwendige "
                        "Angaben wie IP-Adresse, Datum und Uhrzeit, die aufgerufene Adresse und "
                        "den verwendeten Browser. Diese Daten dienen allein dem sicheren und "
                        "stabilen Betrieb der Website und werden nach kurzer Frist automatisch "
                        "gelöscht. Rechtsgrundlage ist unser berechtigtes Interesse nach Art. 6 "
                        "Abs. 1 lit. f DSGVO. Analyse- und Tracking-Werkzeuge oder "
                        "Tracking-Cookies setzen wir nicht ein."
                    ),
                    "fr": (
                        "Lorsqu’une page est consultée, le serveur web enregistre des informations "
                        "techniquement nécessaires telles que l’adresse IP, la date et l’heure, "
                        "l’adresse consultée et le navigateur utilisé. Ces données servent "
                        "uniquement à assurer le fonctionnement sûr et stable du site et sont "
                        "automatiquement supprimées après un court délai. La base juridique est "
                        "notre intérêt légitime au sens de l’article 6, paragraphe 1, point f, du "
                        "RGPD. Nous n’utilisons ni outils d’analyse ou de suivi, ni cookies de "
                        "traçage."
                    ),
                    "ar": (
                        "عند فتح أي صفحة، يحفظ خادم الويب بيانات ضرورية من الناحية التقنية، مثل "
                        "عنوان IP والتاريخ والوقت والعنوان المطلوب والمتصفح المستخدم. ولا تُستخدم "
                        "هذه البيانات إلا لضمان تشغيل الموقع بشكل آمن ومستقر، وتُحذف تلقائيًا بعد "
                        "مدة قصيرة. ويستند ذلك قانونيًا إلى مصلحتنا المشروعة وفقًا للمادة 6، "
                        "الفقرة 1، البند (و) من اللائحة العامة لحماية البيانات. ولا نستخدم أي "
                        "أدوات للتحليل أو التتبع، ولا ملفات تعريف ارتباط لأغراض التتبع."
                    ),
                    "en": (
                        "When a page is accessed, the web server stores technically necessary "
                        "information such as the IP address, date and time, the requested address "
                        "and the browser used. This data serves solely to keep the website running "
                        "securely and reliably and is deleted automatically after a short period. "
                        "The legal basis is our legitimate interest under Article 6(1)(f) GDPR. We "
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
                        "Datenschutz richten Sie bitte an info@duesseldorf-marrakesch.example. In "
                        "dieser Demo-Fassung handelt es sich dabei um eine Platzhalteradresse."
                    ),
                    "fr": (
                        "Vous disposez d’un droit d’accès, de rectification, d’effacement et de "
                        "limitation du traitement de vos données, ainsi que du droit d’introduire "
                        "une réclamation auprès d’une autorité de contrôle de la protection des "
                        "données. Veuillez adresser vos demandes relatives à la protection des "
                        "données à info@duesseldorf-marrakesch.example. Dans cette version de "
                        "démonstration, il s’agit d’une adresse fictive."
                    ),
                    "ar": (
                        "يحق لكم الاطلاع على بياناتكم وتصحيحها وحذفها وتقييد معالجتها، كما يحق لكم "
                        "تقديم شكوى إلى إحدى السلطات الرقابية المعنية بحماية البيانات. يُرجى توجيه "
                        "استفساراتكم المتعلقة بحماية البيانات إلى "
                        "info@duesseldorf-marrakesch.example. وهذا العنوان في النسخة التجريبية "
                        "عنوان افتراضي."
                    ),
                    "en": (
                        "You have the right to access, rectify and erase your data and to restrict "
                        "its processing, as well as the right to lodge a complaint with a data "
                        "protection supervisory authority. Please send any data protection "
                        "requests to info@duesseldorf-marrakesch.example. In this demo version, "
                        "this is a placeholder address."
                    ),
                },
            ),
        ],
        "in_menu": False,
    },
]

FOOTER = {
    "contact": {
        "de": (
            "Sie erreichen den Förderverein per E-Mail unter info@duesseldorf-marrakesch.example. "
            "Hinweis: Es handelt sich um eine Demo-Adresse."
        ),
        "fr": (
            "Vous pouvez joindre l’association par courriel à info@duesseldorf-marrakesch.example. "
            "Remarque : il s’agit d’une adresse de démonstration."
        ),
        "ar": (
            "يمكنكم التواصل مع الجمعية عبر البريد الإلكتروني info@duesseldorf-marrakesch.example. "
            "ملاحظة: هذا عنوان تجريبي."
        ),
        "en": (
            "You can reach the association by e-mail at info@duesseldorf-marrakesch.example. "
            "Please note: this is a demo address."
        ),
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

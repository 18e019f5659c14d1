"""Arabic formats for readers in Morocco: numbers and date order as in CLDR ar-MA.

Month names are Django's Modern Standard Arabic ones (يناير، مايو، ديسمبر), understood across
the Arab world and the same as in the admin; the Moroccan forms of CLDR ar-MA (ماي، يوليوز،
غشت، شتنبر، نونبر، دجنبر) are deliberately not used (docs/translators.md, "Dates and numbers").

Django's Arabic formats leave DATETIME_FORMAT unset, so date-times fell back to the US
default ("مايو 14, 2022, 3 م"), put a comma between month and year, and group no digits.
"""

from django.conf.locale.ar.formats import *  # noqa: F403

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، H:i"
SHORT_DATETIME_FORMAT = "d‏/m‏/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3

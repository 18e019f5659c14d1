from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import translation
from django.utils.formats import date_format, number_format

MAY_14 = date(2022, 5, 14)
EVENING = datetime(2022, 5, 14, 18, 30, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.mark.parametrize(
    ("code", "long_date", "date_time", "number"),
    [
        ("de", "14. Mai 2022", "14. Mai 2022 18:30", "1.234,5"),
        ("fr", "14 mai 2022", "14 mai 2022 18:30", "1\xa0234,5"),
        ("ar", "14 مايو 2022", "14 مايو 2022، 18:30", "1.234,5"),
        ("en", "May 14, 2022", "May 14, 2022, 6:30 p.m.", "1,234.5"),
    ],
)
def test_dates_and_numbers_follow_the_language(code, long_date, date_time, number):
    with translation.override(code):
        assert date_format(MAY_14) == long_date
        assert date_format(EVENING, "DATETIME_FORMAT") == date_time
        assert number_format(1234.5, 1, force_grouping=True) == number


@pytest.mark.parametrize(
    ("code", "months"),
    [
        ("ar", ["يناير", "مايو", "ديسمبر"]),
        ("fr", ["janvier", "mai", "décembre"]),
        ("de", ["Januar", "Mai", "Dezember"]),
    ],
)
def test_templates_render_month_names_in_the_language(code, months):
    template = Template(
        '{% for d in dates %}<time datetime="{{ d|date:"c" }}">{{ d }}</time>{% endfor %}'
    )
    dates = [date(2024, 1, 2), date(2024, 5, 3), date(2024, 12, 4)]
    with translation.override(code):
        html = template.render(Context({"dates": dates}))
    for month in months:
        assert month in html
    assert "May" not in html and "December" not in html

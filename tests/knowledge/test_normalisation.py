import pytest

from knowledge.textnorm import (
    clean_extracted_text,
    detect_language,
    fold_accents,
    normalise_arabic,
    normalise_for_search,
    repair_lam_alef,
    repair_visual_order,
)
from knowledge.textnorm.arabic import reverse_visual_line

ARABIC_SENTENCE = "وقعت مدينة Düsseldorf في 12.05.2024 على إعلان النوايا (الشراكة) مع مراكش"
DAMAGED_ARABIC = (
    "إعالن النوايا بشأن الشراكة بين دوسلدورف ومراكش. ال يمكن تحقيق التعاون إال من "
    "خالل العالقات الثقافية في مجال التعليم إلى األبد"
)


def test_presentation_forms_become_normal_letters():
    # "سلام" written with isolated/initial/final presentation-form glyphs and the
    # lam-alef ligature U+FEFB.
    assert clean_extracted_text("\ufeb3\ufefb\ufee1 \ufefb") == "سلام لا"


def test_latin_ligatures_and_soft_hyphens_disappear():
    assert clean_extracted_text("Koﬁnanzierung der Partner\u00adschaft") == (
        "Kofinanzierung der Partnerschaft"
    )


def test_line_end_hyphenation_is_joined_but_compounds_stay():
    text = "Die Partner-\nschaft zwischen Düsseldorf-\nMarrakesch und Düsseldorf-Marrakesch"

    assert clean_extracted_text(text) == (
        "Die Partnerschaft zwischen Düsseldorf-Marrakesch und Düsseldorf-Marrakesch"
    )


def test_whitespace_collapses_but_paragraph_breaks_stay():
    text = "  Erster\tAbsatz\r\nzweite Zeile  \n \n\n\nZweiter   Absatz\fDritte Seite "

    assert clean_extracted_text(text) == (
        "Erster Absatz zweite Zeile\n\nZweiter Absatz\n\nDritte Seite"
    )


def test_visual_order_arabic_line_is_put_back():
    visual = reverse_visual_line(ARABIC_SENTENCE)
    assert visual != ARABIC_SENTENCE

    assert repair_visual_order("Titel\n" + visual) == "Titel\n" + ARABIC_SENTENCE


def test_logical_order_arabic_line_is_left_alone():
    assert repair_visual_order(ARABIC_SENTENCE) == ARABIC_SENTENCE


def test_swapped_lam_alef_is_repaired_in_damaged_text():
    assert repair_lam_alef(DAMAGED_ARABIC) == (
        "إعلان النوايا بشأن الشراكة بين دوسلدورف ومراكش. لا يمكن تحقيق التعاون إلا من "
        "خلال العلاقات الثقافية في مجال التعليم إلى الأبد"
    )


def test_intact_text_with_alef_lam_is_not_touched():
    intact = DAMAGED_ARABIC.replace("ال يمكن", "لا يمكن")

    assert repair_lam_alef(intact) == intact


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("أحمد إبراهيم آمال ٱلله", "احمد ابراهيم امال الله"),  # alef variants
        ("على مستوى", "علي مستوي"),  # alef maksura
        ("مدرسة الشراكة", "مدرسه الشراكه"),  # taa marbuta
        ("مُحَمَّدٌ رَحْمٰن", "محمد رحمن"),  # harakat, shadda, tanwin, superscript alef
        ("الشـــراكة", "الشراكه"),  # tatweel
    ],
)
def test_normalise_arabic_rules(raw, folded):
    assert normalise_arabic(raw) == folded


def test_fold_accents_strips_latin_marks_only():
    assert fold_accents("Düsseldorf") == "Dusseldorf"
    assert fold_accents("coopération décentralisée") == "cooperation decentralisee"
    assert fold_accents("cœur Øresund") == "coeur Oresund"
    assert fold_accents("أحمد مُحَمَّد") == "أحمد مُحَمَّد"


def test_normalise_for_search_matches_typed_queries_to_documents():
    document = "Die STRASSE der Coopération in Düsseldorf – أَهْلاً بِكُمْ في المدرسة"
    query = "die straße der cooperation in dusseldorf – اهلا بكم في المدرسه"

    assert normalise_for_search(document) == normalise_for_search(query)


def test_normalise_for_search_can_keep_accents():
    assert normalise_for_search("Düsseldorf", keep_accents=True) == "düsseldorf"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Städte wollen ihre Zusammenarbeit in der Bildung und Kultur vertiefen.", "de"),
        ("Les villes veulent renforcer leur coopération dans la culture et pour les écoles.", "fr"),
        ("The cities will deepen their cooperation in education and culture for the youth.", "en"),
        ("تسعى المدينتان إلى تعميق التعاون في مجال التعليم والثقافة بين المدارس", "ar"),
        ("Düsseldorf Marrakesch 2024", ""),
        ("", ""),
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_damage_is_seen_despite_a_lam_before_a_swapped_ligature():
    # "اللامركزي" damaged is "الالمركزي": its lam + swapped "ال" looks like an intact "لا".
    damaged = DAMAGED_ARABIC + " والتعاون الالمركزي"

    assert repair_lam_alef(damaged).endswith("في مجال التعليم إلى الأبد والتعاون اللامركزي")


def test_a_damaged_line_is_repaired_in_an_otherwise_intact_text():
    intact = "لا يمكن تحقيق التعاون إلا من خلال العلاقات الثقافية"

    repaired = repair_lam_alef(intact + "\n" + DAMAGED_ARABIC)

    assert repaired.split("\n") == [intact, repair_lam_alef(DAMAGED_ARABIC)]
    assert "إعلان النوايا" in repaired


def test_mirrored_brackets_around_arabic_are_put_back():
    assert clean_extracted_text("ومكانه: ]بيان تجريبي مؤقت[.") == "ومكانه: [بيان تجريبي مؤقت]."
    assert clean_extracted_text("(الشراكة) und ]x[ bleiben") == "(الشراكة) und ]x[ bleiben"


def test_vowel_mark_before_its_letter_is_put_back():
    assert clean_extracted_text("بل تل ّخص ما هو معروف") == "بل تلخّص ما هو معروف"

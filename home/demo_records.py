"""Find demo objects again by a stable key, so that `load_demo` respects what editors did.

An editor may rename a demo page, change its slug, delete it or delete one of its
translations. The loader must then neither create a second copy nor bring the deleted one
back. Slugs and titles cannot tell; a DemoRecord per object (and per translation) can.
"""

from home.models import DemoRecord
from portal.demo_translation import translate


def demo_object(key, model, locale, *, adopt, create):
    """The demo object `key` in `locale` and whether it was created now.

    The first time, `adopt()` may return an object an earlier version of the loader made
    (found by its slug); otherwise `create()` makes it. Later, the record finds it by its
    translation key; None means an editor deleted it.
    """
    record = DemoRecord.objects.filter(key=key).first()
    if record is not None:
        instance = model.objects.filter(translation_key=record.translation_key, locale=locale)
        return instance.first(), False
    instance = adopt()
    created = instance is None
    if created:
        instance = create()
    DemoRecord.objects.create(key=key, translation_key=instance.translation_key)
    return instance, created


def first_time(key):
    """True until `remember(key, …)` has been called for this key."""
    return not DemoRecord.objects.filter(key=key).exists()


def remember(key, instance):
    DemoRecord.objects.get_or_create(
        key=key, defaults={"translation_key": instance.translation_key}
    )


def languages_to_translate(key, instance, language_codes):
    """The languages `instance` still needs a demo translation in.

    A language is done once it has been translated (or already had a real translation when
    the record was introduced); a translation deleted afterwards stays deleted.
    """
    missing = []
    for code in language_codes:
        translation_key = f"{key}:{code}"
        if not first_time(translation_key):
            continue
        if has_real_translation(instance, code):
            remember(translation_key, instance)
        else:
            missing.append(code)
    return missing


def translate_once(key, instance, memory, language_codes):
    """Translate `instance` from `memory` into the languages it still needs; returns how many."""
    if instance is None:
        return 0
    missing = languages_to_translate(key, instance, language_codes)
    if missing:
        translate(instance, memory, missing)
        for code in missing:
            remember(f"{key}:{code}", instance)
    return len(missing)


def has_real_translation(instance, code):
    """A translation in `code` that is not just an alias of the source page."""
    translations = instance.get_translations().filter(locale__language_code=code)
    if hasattr(instance, "alias_of_id"):
        translations = translations.filter(alias_of__isnull=True)
    return translations.exists()

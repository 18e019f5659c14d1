"""What changed in the source text of a segment since it was last translated.

wagtail-localize keeps every version of a source string: each sync of the German page
gives the changed segments new `String` rows, and the translations of the old strings stay
(`StringTranslation`, keyed by string, language and `TranslationContext`, i.e. the object and
the field or block the text sits in). A segment that has no translation of its current string
but one of an earlier string in the same place was therefore translated before its source
changed. Its earlier source string is the one a translator needs to compare with: a field
split into several segments (paragraphs of rich text) has several earlier strings in the same
place, and the most similar one is taken.
"""

import difflib
import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from wagtail_localize.models import StringSegment, StringTranslation

# Below this similarity an earlier string is a different text, not an earlier version.
MIN_SIMILARITY = 0.3
WORDS = re.compile(r"\w+|[^\w\s]+|\s+")


@dataclass(frozen=True)
class SourceChange:
    segment_id: int
    field: str
    source: str
    previous_source: str
    previous_translation: str
    diff: tuple  # (("equal" | "delete" | "insert", text), ...)


def word_diff(old, new):
    """(operation, text) pieces that turn `old` into `new`, word by word."""
    old_words, new_words = WORDS.findall(old), WORDS.findall(new)
    pieces = []
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    for operation, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if operation in ("delete", "replace"):
            pieces.append(("delete", "".join(old_words[old_start:old_end])))
        if operation in ("insert", "replace"):
            pieces.append(("insert", "".join(new_words[new_start:new_end])))
        if operation == "equal":
            pieces.append(("equal", "".join(old_words[old_start:old_end])))
    return tuple(pieces)


def _similarity(old, new):
    return difflib.SequenceMatcher(None, old, new, autojunk=False).ratio()


def source_changes(translation):
    """The segments of `translation` whose source changed since their last translation."""
    segments = list(
        StringSegment.objects.filter(source=translation.source)
        .select_related("string", "context")
        .order_by("order")
    )
    current = {(segment.string_id, segment.context_id) for segment in segments}
    earlier_by_context = {}
    for earlier in (
        StringTranslation.objects.filter(
            locale=translation.target_locale,
            context_id__in={segment.context_id for segment in segments},
        )
        .select_related("translation_of")
        .order_by("-updated_at")
    ):
        key = (earlier.translation_of_id, earlier.context_id)
        earlier_by_context.setdefault(earlier.context_id, []).append((key in current, earlier))

    changes = []
    for segment in segments:
        candidates = earlier_by_context.get(segment.context_id, [])
        if any(
            is_current and e.translation_of_id == segment.string_id for is_current, e in candidates
        ):
            continue  # translated in its current version
        source = strip_tags(segment.string.data)
        scored = [
            (_similarity(strip_tags(e.translation_of.data), source), e)
            for is_current, e in candidates
            if not is_current
        ]
        if not scored:
            continue  # never translated: nothing to compare with
        similarity, earlier = max(scored, key=lambda pair: pair[0])
        if similarity < MIN_SIMILARITY:
            continue
        previous_source = strip_tags(earlier.translation_of.data)
        changes.append(
            SourceChange(
                segment_id=segment.pk,
                field=segment.context.path,
                source=source,
                previous_source=previous_source,
                previous_translation=strip_tags(earlier.data),
                diff=word_diff(previous_source, source),
            )
        )
    return changes

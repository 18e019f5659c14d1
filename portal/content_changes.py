"""Whether a save changed the authored content of a page, or only its bookkeeping.

The four-eyes rule (`portal.models.workflow`) needs to know who *wrote* the text under review.
Who saved a revision is not the answer: Wagtail saves revisions that change nothing a reader
sees. Its editor marks the form as changed when a field with a computed default (the news
publication date, `timezone.localdate`) is posted, because Django then compares the value with
a hidden "initial" input Wagtail never renders; and rich text stored without Draftail's block
keys (imported or demo content) comes back from the editor with freshly generated
`data-block-key` attributes. So both the editor's form (`portal.page_form`) and the rule
compare content as defined here:

* the fields of a revision that carry authored content: everything but the tree position,
  publication state, locks, revision pointers, comments and the like (`BOOKKEEPING`);
* StreamField and rich text without block ids and Draftail block keys, which only identify
  blocks for the editor and for comments;
* inline children (related news, tags) without their own primary keys and parent links.
"""

import json
import re

# Revision keys that record where a page sits, its state or who touched it, not what it says.
BOOKKEEPING = frozenset(
    {
        "pk",
        "id",
        "path",
        "depth",
        "numchild",
        "url_path",
        "content_type",
        "translation_key",
        "locale",
        "alias_of",
        "owner",
        "live",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "live_revision",
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "expired",
        "locked",
        "locked_at",
        "locked_by",
        "wagtail_admin_comments",
        "comments",
    }
)
# Keys of inline children (and stream blocks) that identify rather than say something.
CHILD_BOOKKEEPING = frozenset({"pk", "id", "page", "content_object"})

_BLOCK_KEY = re.compile(r'\sdata-block-key="[^"]*"')


def normalise(value):
    """`value` (parsed JSON, a string, a list of children) without editor-only identifiers."""
    if isinstance(value, str):
        stripped = value.strip()
        if stripped[:1] == "[" and stripped[-1:] == "]":
            try:
                return normalise(json.loads(stripped))
            except ValueError:
                pass
        return _BLOCK_KEY.sub("", value)
    if isinstance(value, dict):
        return {key: normalise(item) for key, item in value.items() if key not in CHILD_BOOKKEEPING}
    if isinstance(value, list | tuple):
        return [normalise(item) for item in value]
    return value


def authored_content(content):
    """The authored part of a revision's `content` dict, normalised for comparison."""
    return {key: normalise(value) for key, value in content.items() if key not in BOOKKEEPING}


def same_content(content, other):
    """Whether two revisions' contents say the same thing."""
    return authored_content(content) == authored_content(other)

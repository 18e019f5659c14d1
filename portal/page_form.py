"""The editor's form of every page type: it reports a change only where the content changed,
and a draft keeps the block checks of a submission.

Wagtail's editor saves a revision on an approval from the editor, and on autosave, only when
the form has changed. Two things made every form look changed:

* A model field with a callable default (the news publication date, `timezone.localdate`)
  gets Django's `show_hidden_initial`: the form compares the posted value with a hidden
  "initial-…" input instead of the stored value. Wagtail never renders that input, so the
  field always looked changed. For a page that exists, the initial value is the stored one,
  so the hidden input is switched off and the posted value is compared with it.
* Rich text that was stored without Draftail's block keys returns from the editor with new
  random keys. Block fields are therefore compared as content (`portal.content_changes`).

Saving a draft defers Wagtail's required checks (Wagtail 8: fields not `required_on_save`,
and the required parts of blocks). An empty required block would then be accepted as a draft
and refused only at submission; here blocks are checked on every save, so "Save draft"
reports what submitting would. Empty required fields (a lead text not yet written) still wait
for the submission, as in Wagtail.
"""

from functools import cached_property

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks.base import BlockField

from portal.content_changes import normalise


class ReviewedPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            for field in self.fields.values():
                field.show_hidden_initial = False

    @cached_property
    def changed_data(self):
        return [name for name in super().changed_data if not self._same_blocks(name)]

    def _same_blocks(self, name):
        field = self.fields[name]
        if not isinstance(field, BlockField):
            return False
        bound = self[name]
        block = field.block
        try:
            stored = block.get_prep_value(bound.initial)
            posted = block.get_prep_value(bound.data)
        except (TypeError, ValueError, AttributeError):
            return False
        return normalise(stored) == normalise(posted)

    def defer_required_fields(self):
        super().defer_required_fields()
        for field in self.fields.values():
            if isinstance(field, BlockField):
                field.is_deferred_validation = False

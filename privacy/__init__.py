"""Who may see what: the portal's one privacy rule, for every page, document and image.

* :mod:`.visibility` - the rule: which pages, documents and images a request may see.
* :mod:`.restrictions` - "under no view restriction" as a condition inside a list's query.
* :mod:`.refusals` - the answer to a request for something hidden (sign-in, password form).
* :mod:`.archive` - the rule applied to the archive's search table.
* :mod:`.images` - renditions of private images: stored apart, served after a check.
* :mod:`.signals` - receivers that keep the rule's inputs current.
* :mod:`.wagtail_hooks` - the serving hooks through which every page and document passes.
"""

"""Project date and number formats per language (settings.FORMAT_MODULE_PATH).

Only what Django's own locale formats get wrong for our readers is overridden; everything
else, month and day names included, comes from Django's catalogs.
"""

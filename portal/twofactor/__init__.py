"""Two-factor sign-in for the Wagtail admin, built on django-otp (TOTP authenticator apps).

Why django-otp and not a Wagtail-specific package: wagtail-2fa trails Wagtail releases, and
django-two-factor-auth / allauth MFA bring their own login flow that would replace Wagtail's.
django-otp is the maintained building block underneath most of them; the admin integration is
this package: a middleware that sends a signed-in but unverified editor to a code prompt (or,
when 2FA is required, to the set-up page), the prompt, the set-up page and the pages to list
and remove apps, in the admin's look (``views``); who needs a code, also on the public site,
is decided in ``policy``; every change of an account's apps is logged and mailed
(``devices``). See docs/security.md.
"""

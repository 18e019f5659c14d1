"""Response headers that Django's SecurityMiddleware does not set: Content-Security-Policy and
Permissions-Policy.

Django 5.2 has no CSP support of its own (it arrives in 6.0), and django-csp's per-view
decorators do not fit a policy that depends on the area of the site, so this is one small
middleware with three policies:

* public pages: our own origin only, no inline script or style, no framing;
* the Wagtail admin: its templates use inline scripts and styles, and it frames its own
  previews, so ``'unsafe-inline'`` and ``frame-ancestors 'self'`` there only;
* previews: Wagtail renders them through the whole middleware stack with the page's public
  path (``request.is_preview``); they keep the public policy but may be framed by the admin;
* served documents: Wagtail already sends ``default-src 'none'``; everything but PDF
  additionally gets ``sandbox``, so an uploaded HTML file opened from a link cannot run
  script in our origin even if a browser ignores ``Content-Disposition: attachment``.

A response that already carries a policy (a view that knows better) keeps it. The policies
can be replaced in settings (``CONTENT_SECURITY_POLICY``, ``CONTENT_SECURITY_POLICY_ADMIN``,
``PERMISSIONS_POLICY``).
"""

from django.conf import settings

PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    "object-src": ["'none'"],
    "frame-src": ["'none'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}

ADMIN_POLICY = {
    **PUBLIC_POLICY,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
}

PERMISSIONS_POLICY = (
    "accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), "
    "magnetometer=(), microphone=(), payment=(), usb=()"
)

INLINE_DOCUMENT_TYPES = {"application/pdf"}


def serialise(policy):
    return "; ".join(f"{name} {' '.join(values)}" for name, values in policy.items())


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        public = getattr(settings, "CONTENT_SECURITY_POLICY", PUBLIC_POLICY)
        self.public = serialise(public)
        self.preview = serialise({**public, "frame-ancestors": ["'self'"]})
        self.admin = serialise(getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", ADMIN_POLICY))
        self.admin_prefixes = tuple(getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN_PATHS", []))
        self.documents_prefix = getattr(settings, "DOCUMENTS_URL_PREFIX", "/documents/")
        self.permissions = getattr(settings, "PERMISSIONS_POLICY", PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.permissions)
        path = request.path_info
        if path.startswith(self.documents_prefix):
            self._harden_document(response)
        elif getattr(request, "is_preview", False):
            response.setdefault("Content-Security-Policy", self.preview)
        elif path.startswith(self.admin_prefixes):
            response.setdefault("Content-Security-Policy", self.admin)
        else:
            response.setdefault("Content-Security-Policy", self.public)
        return response

    def _harden_document(self, response):
        content_type = response.get("Content-Type", "").split(";")[0].strip()
        policy = response.get("Content-Security-Policy") or "default-src 'none'"
        if content_type not in INLINE_DOCUMENT_TYPES and "sandbox" not in policy:
            policy = f"{policy}; sandbox"
        response["Content-Security-Policy"] = policy
        response["X-Content-Type-Options"] = "nosniff"

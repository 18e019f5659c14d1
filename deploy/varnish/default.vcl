# Varnish in front of the portal (compose service "proxy"; README, "Caching proxy").
#
# It keeps what the portal marks as the same for everyone (Cache-Control: public, s-maxage)
# and nothing else, passes everything personal (admin, documents, API, signed-in sessions,
# forms) straight through, and drops pages when the portal says so:
#   PURGE /        on the "purge" listen address: drop every page of that host
#                  (the portal sends this after any publish, unpublish, move, delete or
#                  snippet change, because one change shows on many pages and languages);
#   PURGE /a/b/    drop that URL (Wagtail's per-page purge).
# The "purge" address is reachable on the compose network only; compose publishes "http".
vcl 4.1;

# The portal's gunicorn. The tests and bench/load.py replace host and port.
backend portal {
    .host = "portal";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 35s;  # gunicorn gives up after 30 s
    .between_bytes_timeout = 10s;
}

# Purges come from the portal's containers (the tasks service runs them).
acl purgers {
    "localhost";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (local.socket != "purge" || client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        # Bans on object headers (set below), so Varnish's ban lurker clears them in the
        # background, whatever the scheme or variant a page was stored under.
        if (req.url == "/") {
            ban("obj.http.x-host == " + req.http.host + " && obj.http.x-url !~ ^/static/");
        } else {
            ban("obj.http.x-host == " + req.http.host + " && obj.http.x-url == " + req.url);
        }
        return (synth(200, "Purged"));
    }
    if (local.socket == "purge") {
        return (synth(404, "Only PURGE here"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|documents|api|healthz)([/?]|$)") {
        return (pass);
    }
    # Signed-in editors and members, page passwords, one-time messages: straight through.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # Anything else in the Cookie header (e.g. csrftoken) does not change a public page.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    hash_data(req.http.host);
    # https and plain http answers differ (the portal redirects the latter).
    hash_data(req.http.X-Forwarded-Proto);
    return (lookup);
}

sub vcl_backend_response {
    set beresp.http.x-host = bereq.http.host;
    set beresp.http.x-url = bereq.url;
    # Keep only what the portal declares public; cookies, private and no-store never.
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(private|no-cache|no-store)"
        || beresp.http.Cache-Control !~ "(public|s-maxage)"
        || beresp.http.Vary ~ "\*") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # After expiry, one visitor triggers the refresh while others still get the old copy.
    set beresp.grace = 2m;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-host;
    unset resp.http.x-url;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}

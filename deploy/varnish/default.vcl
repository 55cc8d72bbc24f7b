vcl 4.1;

# Weekly Monitor's front cache: Varnish in front of one or more web servers
# (server/server.mjs). README "Running on several servers" explains the setup.
#
# Public pages are stored until a change purges them: every public response carries
# surrogate keys in `xkey` (the cache tags it read, locale:<xx>, path:<pathname>), and a
# publish, unpublish, edit or delete sends `PURGE` with `xkey-purge: <tags>` from the web
# servers or the worker (payload/broadcast.ts). The content API's public reads (anonymous
# GETs of published content) are stored the same way. The admin, the rest of the API, draft
# previews and signed-in readers pass straight through and are never stored.
#
# `backends.vcl` (found on vcl_path; template: backends.vcl.example, scripts/stack.mjs
# writes one) declares the web servers, puts them in the round-robin director `web` and
# lists the addresses allowed to purge in the ACL `purgers`.

import directors;
import std;
import xkey;

# A web server is healthy when it says it is ready (its database, Redis and migrations:
# /api/ready answers 200, never cached); 3 of the last 5 probes. While none is, readers get
# the last good pages (grace, below).
probe web_health {
    .url = "/api/ready";
    .interval = 2s;
    .timeout = 2s;
    .window = 5;
    .threshold = 3;
    .initial = 3;
}

include "backends.vcl";

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Purging is allowed only from the web servers."));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "Give the keys to purge in the xkey-purge header."));
        }
        # Soft: the old page stays in grace, so readers still get it if every web server
        # goes down before it is fetched again (a fresh copy is fetched first while they
        # are healthy, see vcl_hit).
        set req.http.x-purged = xkey.softpurge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.x-purged + " objects."));
    }

    set req.backend_hint = web.backend();
    unset req.http.x-wm-public;
    # One id per reader's request, in our log lines and the web server's (which believes it
    # only from a trusted proxy); a reader's own X-Request-Id is replaced.
    if (req.restarts == 0) {
        set req.http.X-Request-Id = "v" + req.xid;
    }
    if (req.restarts == 0) {
        unset req.http.x-wm-fresh;
        unset req.http.x-wm-stale-if-error;
    }

    # While a web server is healthy, a page past its time is served stale for at most a
    # few seconds (while it is fetched again); when none is, the last good page for 24 h.
    # A restart after a failed fetch (vcl_deliver) takes whatever copy there is.
    if (req.http.x-wm-stale-if-error) {
        set req.grace = 24h;
    } elseif (req.http.x-wm-fresh) {
        set req.grace = 0s;
    } elseif (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    } else {
        set req.grace = 24h;
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, REST, GraphQL, previews and newsletter forms: never stored. Uploaded
    # pictures are public files, and the content API's reads of published content are
    # public too (both stored when the web server says they may be shared: it alone knows
    # whether a caller is anonymous and whether it asked for drafts).
    if (req.url ~ "^/api/(articles|weeks|topics|analysts|media|search|globals/site)(/|\?|$)") {
        set req.http.x-wm-api-read = "1";
    } else {
        unset req.http.x-wm-api-read;
    }
    if (req.url ~ "^/(admin|api)(/|\?|$)" && req.url !~ "^/api/media/file/" && !req.http.x-wm-api-read) {
        return (pass);
    }
    # Draft mode (an editor's preview) and signed-in staff see what others must not.
    if (req.http.Cookie ~ "(^|;\s*)(__prerender_bypass|payload-token)=" || req.http.Authorization) {
        return (pass);
    }
    # Pages under a language, Next's assets and files (robots.txt, sitemap.xml, icons) are
    # the same for every reader: no cookie reaches the web servers for them. Other paths
    # (`/`, paths without a language) choose a language per reader and keep their cookies.
    if (req.url ~ "^/(en|be|ru)(/|\?|$)" || req.url ~ "^/(_next|api/media/file)/" || req.url ~ "^/[^?]*\.[a-z0-9]+(\?|$)" || req.http.x-wm-api-read) {
        unset req.http.Cookie;
        set req.http.x-wm-public = "1";
        return (hash);
    }
    return (pass);
}

sub vcl_hash {
    # Next's client navigations (RSC payloads) are different bodies at the same URL: each
    # kind gets its own key (Next also sends Vary for these headers, which Varnish honours).
    if (req.http.RSC) {
        hash_data("rsc");
        hash_data(req.http.Next-Router-Prefetch);
        hash_data(req.http.Next-Router-Segment-Prefetch);
        hash_data(req.http.Next-Router-State-Tree);
    }
}

sub vcl_hit {
    # A purged page is stale but younger than its lifetime: while a web server is healthy,
    # fetch it again instead of serving it stale (restart and look it up without grace).
    if (obj.ttl <= 0s && obj.http.x-wm-ttl && obj.age < std.duration(obj.http.x-wm-ttl + "s", 0s) && !req.http.x-wm-fresh && std.healthy(req.backend_hint)) {
        set req.http.x-wm-fresh = "1";
        return (restart);
    }
}

sub vcl_backend_fetch {
    # Each try (vcl_backend_error / 5xx below retries) asks the director again: the next web server.
    set bereq.backend = web.backend();
}

sub vcl_backend_response {
    if (beresp.status >= 500 && bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
    if (beresp.status >= 500) {
        # Keep the stale copy a background refresh was meant to replace.
        if (bereq.is_bgfetch) {
            return (abandon);
        }
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    # Stored only when the web server says it may be shared, and never with a cookie.
    if (!bereq.http.x-wm-public || beresp.http.Set-Cookie || beresp.http.Cache-Control !~ "public") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    set beresp.grace = 24h;
    set beresp.http.x-wm-ttl = beresp.ttl;
    # The web servers may leave compression to the front cache (ORIGIN_COMPRESSION=false).
    if (!beresp.http.Content-Encoding && beresp.http.Content-Type ~ "^(text/|application/(json|javascript|xml|rss\+xml|atom\+xml|manifest\+json)|image/svg\+xml|text/x-component)") {
        set beresp.do_gzip = true;
    }
    return (deliver);
}

sub vcl_backend_error {
    if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
    if (bereq.is_bgfetch) {
        return (abandon);
    }
}

sub vcl_deliver {
    # Every web server failed while this reader waited: serve the last good copy if there
    # is one (the health probes had not noticed yet).
    if (resp.status >= 500 && req.http.x-wm-public && !req.http.x-wm-stale-if-error) {
        set req.http.x-wm-stale-if-error = "1";
        return (restart);
    }
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elseif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # A stored page carries the id of the request that fetched it: this reader's instead.
    set resp.http.X-Request-Id = req.http.X-Request-Id;
    # Internal: readers need neither the surrogate keys nor our bookkeeping.
    unset resp.http.xkey;
    unset resp.http.x-wm-ttl;
}

sub vcl_synth {
    if (resp.status == 400 || resp.status == 403 || resp.status == 200) {
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        set resp.body = resp.reason + {"
"};
        return (deliver);
    }
}

# CoinMela's edge cache: Varnish 7.1+ with the xkey vmod (Debian: varnish, varnish-modules).
#
# What differs per deployment (backends, their health probe, the round-robin director
# `coinmela_app`, the purge ACL `coinmela_purgers` and the purge secret in the sub
# `coinmela_purge_token_check`) lives in coinmela-site.vcl, found on varnishd's vcl_path;
# coinmela-site.example.vcl shows its shape. This file holds the caching rules every
# deployment shares.
#
# The origin's contract:
# - A cacheable response names its cache tags in `xkey` (space-separated), `Surrogate-Key`
#   (same) and `Cache-Tag` (comma-separated). xkey indexes the object by the `xkey` header; the
#   reader sees none of the three.
# - `PURGE /` with `xkey: <tags>` and `X-Purge-Token: <secret>` from an address in the ACL
#   removes every object carrying any of the tags and answers 200 with `X-Purged: <count>`.
#   Anything unauthorised gets 403 and purges nothing.
vcl 4.1;

import std;
import xkey;

include "coinmela-site.vcl";

sub vcl_recv {
    set req.backend_hint = coinmela_app.backend();

    # Markers only this VCL may set: a client sending them must not steer the cache.
    unset req.http.X-Coinmela-Purge-Token-Ok;
    unset req.http.X-Coinmela-Purged;
    unset req.http.X-Coinmela-Lookup;
    if (req.restarts == 0) {
        unset req.http.X-Coinmela-Stale-Ok;
    }

    if (req.method == "PURGE") {
        call coinmela_purge;
    }

    # Metrics describe one instance: Prometheus scrapes each instance directly. Through the edge
    # they would come from whichever instance the director picked, and the edge is public.
    if (req.url ~ "^/+metrics(/|\?|$)") {
        return (synth(404, "Not Found"));
    }

    # Only reads can be shared; server-action POSTs, PUT, DELETE, OPTIONS, ... go to the origin.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # A server action is a POST, but Next also marks it with this header: never cache it.
    if (req.http.Next-Action) {
        return (pass);
    }
    # Routes whose answer depends on who is asking keep their cookies and are never cached.
    if (req.url ~ "^/(admin|account)(/|\?|$)"
        || req.url ~ "^/api/(auth|comments|views|revalidate)(/|\?|$)"
        || req.url ~ "^/(signin|register|forgot-password|reset-password)(/|\?|$)"
        # A load balancer asking the edge for health must see the origin's answer of now.
        || req.url ~ "^/api/health(\?|$)") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }

    # Every public page is the same for every reader (the account menu and the reader's own
    # comment view load in the browser), so cookies would only split the cache or bypass it.
    unset req.http.Cookie;

    # Campaign and click identifiers do not change the page; keep them out of the cache key.
    # Every other parameter (?page=2, ?q=, _rsc) stays.
    if (req.url ~ "(?i)[?&](utm_[^&=]*|fbclid|gclid)(=|&|$)") {
        set req.url = regsuball(req.url, "(?i)(?<=[?&])(utm_[^&=]*|fbclid|gclid)(=[^&]*)?(&|$)", "");
        set req.url = regsub(req.url, "[?&]$", "");
    }

    # One compressed object serves everyone: gzip clients get it as stored, Varnish gunzips it
    # for the others. The origin varies on Accept-Encoding (and Varnish adds that when it
    # compresses), so every lookup says "gzip" and matches the one stored variant; whether this
    # client takes gzip is remembered and restored in vcl_deliver, before Varnish decides to
    # gunzip. Anything but gzip counts as nothing.
    if (req.restarts == 0) {
        unset req.http.X-Coinmela-Gzip;
        if (req.http.Accept-Encoding ~ "(?i)\bgzip\b"
            && req.http.Accept-Encoding !~ "(?i)\bgzip\s*;\s*q\s*=\s*0(\.0*)?\s*(,|$)") {
            set req.http.X-Coinmela-Gzip = "1";
        }
    }
    set req.http.Accept-Encoding = "gzip";

    # While the origin is healthy a stale page is served only briefly while it is refreshed in
    # the background; when every backend is sick the objects' whole grace (24 h) applies, so
    # readers get the last good page instead of an error. A restart after an origin error
    # (vcl_synth) also takes the whole grace.
    if (req.http.X-Coinmela-Stale-Ok) {
        set req.grace = 24h;
    } elsif (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }

    set req.http.X-Coinmela-Lookup = "1";
    return (hash);
}

sub coinmela_purge {
    # The secret is only checked for allowed addresses, and a short token is never compared:
    # a site file whose secret was left empty or short cannot open purging to everyone.
    if (client.ip ~ coinmela_purgers && req.http.X-Purge-Token ~ "^.{32,}$") {
        call coinmela_purge_token_check;
    }
    if (!req.http.X-Coinmela-Purge-Token-Ok) {
        return (synth(403, "Forbidden"));
    }
    if (!req.http.xkey) {
        return (synth(400, "PURGE needs an xkey header"));
    }
    # While an instance is healthy the objects are removed, so the next reader gets the new
    # version at once. When none is (database frozen, every instance down), removing them would
    # leave readers a 503: a soft purge expires them instead and keeps them in grace, so the last
    # copy is served until an instance is back (and then at most once more, while it refreshes).
    if (std.healthy(req.backend_hint)) {
        set req.http.X-Coinmela-Purged = xkey.purge(req.http.xkey);
    } else {
        set req.http.X-Coinmela-Purged = xkey.softpurge(req.http.xkey);
    }
    return (synth(200, "Purged"));
}

sub vcl_hash {
    # Next answers one URL with HTML or with an RSC payload (client-side navigation, prefetch).
    # The origin's Vary already keeps them apart; hashing the markers too means an RSC payload
    # can never be served as a page (or the reverse) even if a response lacks its Vary.
    if (req.http.rsc) {
        hash_data("rsc:" + req.http.rsc);
    }
    if (req.http.Next-Router-Prefetch) {
        hash_data("prefetch:" + req.http.Next-Router-Prefetch);
    }
    if (req.http.Next-Router-Segment-Prefetch) {
        hash_data("segment:" + req.http.Next-Router-Segment-Prefetch);
    }
    # No return: the built-in vcl_hash adds the URL and the Host.
}

sub vcl_backend_fetch {
    # Our markers and the purge secret never travel to the origin.
    unset bereq.http.X-Coinmela-Lookup;
    unset bereq.http.X-Coinmela-Stale-Ok;
    unset bereq.http.X-Coinmela-Gzip;
    unset bereq.http.X-Purge-Token;
}

sub vcl_backend_response {
    # Only the xkey header is needed to index the object; the other copies of the tags would
    # just take memory. (Surrogate-Key carries the same list, so it stands in when xkey is
    # missing.)
    if (!beresp.http.xkey && beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    unset beresp.http.Surrogate-Key;
    unset beresp.http.Cache-Tag;
    unset beresp.http.x-next-cache-tags;

    # Compress text once, when stored; the RSC payload is text/x-component.
    if (!beresp.http.Content-Encoding
        && beresp.http.Content-Type ~ "(?i)^(text/|application/(json|javascript|xml|rss\+xml|atom\+xml|manifest\+json|ld\+json)|image/svg\+xml)") {
        set beresp.do_gzip = true;
    }

    if (bereq.uncacheable) {
        return (deliver);
    }

    if (beresp.status >= 500) {
        # Never store an error, and never let it replace a stale copy (a finished fetch would
        # evict it): give up on this fetch. A failed background refresh leaves the copy in
        # place; for a reader waiting on this fetch, vcl_synth looks again for a stale copy.
        return (abandon);
    }
    # A response that sets a cookie belongs to one reader; one that the origin calls private,
    # gives no lifetime (or none left), or varies on everything is not ours to share (the
    # built-in rules, which this sub bypasses, plus ours). Hit-for-miss for two minutes:
    # requests in that time go to the origin side by side, and a later cacheable answer is
    # stored as usual.
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(?i)(^|[,\s])(private|no-store|no-cache)\b"
        || beresp.http.Surrogate-Control ~ "(?i)no-store"
        || (!beresp.http.Cache-Control && !beresp.http.Expires)
        || beresp.ttl <= 0s
        || beresp.http.Vary == "*") {
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }

    # The TTL is Varnish's reading of s-maxage / max-age / Expires. Past it the object stays for
    # a day in grace: stale pages are what we serve while the origin is down (see vcl_recv).
    set beresp.grace = 24h;
    return (deliver);
}

sub vcl_backend_error {
    # An instance that went away (stopped, crashed, refusing) counts as healthy until its probe
    # has failed twice: a GET or HEAD is asked again, up to twice, and the round robin moves on to
    # the next instance each time. The page is then cached as usual, and a page just purged (no
    # stale copy to fall back on) gets its answer from a live instance instead of a 503.
    # Only a quick failure is retried (refused, reset, closed, or the 2 s connect timeout): one
    # that took 3 s or more is a first-byte timeout, an instance that is alive but stuck or
    # overloaded, and asking again would make the reader wait that long once more per retry and
    # give busy instances more work (the soak saw an editor's page wait 3 × 15 s while
    # PostgreSQL was frozen).
    if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")
        && beresp.time - bereq.time < 3s) {
        return (retry);
    }
    # The origin did not answer (refused, timed out): as with an error status, keep any stale
    # copy and let vcl_synth look for it.
    if (!bereq.uncacheable) {
        return (abandon);
    }
}

sub vcl_miss {
    # The second look found no stale copy either: ask the origin once more, uncached, so the
    # reader gets its own error page rather than ours.
    if (req.http.X-Coinmela-Stale-Ok) {
        return (pass);
    }
}

sub vcl_deliver {

    # A looked-up object's client gets gzip only if it asked for it (see vcl_recv).
    if (req.http.X-Coinmela-Lookup && !req.http.X-Coinmela-Gzip) {
        unset req.http.Accept-Encoding;
    }

    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    set resp.http.X-Cache-Hits = obj.hits;

    # Cache tags are ours, not the reader's.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Cache-Tag;
    unset resp.http.x-next-cache-tags;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}

sub vcl_synth {
    # A cacheable page's fetch was abandoned (origin error or no answer): look again, this time
    # accepting any stale copy within its grace. Once only.
    if (resp.status == 503 && req.restarts == 0 && req.http.X-Coinmela-Lookup) {
        set req.http.X-Coinmela-Stale-Ok = "1";
        return (restart);
    }
    if (req.method == "PURGE") {
        set resp.http.Cache-Control = "no-store";
        if (req.http.X-Coinmela-Purged) {
            set resp.http.X-Purged = req.http.X-Coinmela-Purged;
        }
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        set resp.body = resp.reason + {"
"};
        return (deliver);
    }
    unset resp.http.X-Varnish;
}

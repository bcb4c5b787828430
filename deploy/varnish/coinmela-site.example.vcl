# Per-deployment part of CoinMela's edge: copy to coinmela-site.vcl next to coinmela.vcl (on
# varnishd's vcl_path, e.g. /etc/varnish), then edit the backends, the ACL and the secret.
# Check it with `varnishd -C -f /etc/varnish/coinmela.vcl` before reloading.
#
# coinmela.vcl expects exactly these names: the director `coinmela_app`, the ACL
# `coinmela_purgers` and the sub `coinmela_purge_token_check`.
vcl 4.1;

import directors;

# An instance is healthy while GET /api/health answers 200 (it checks the database too).
probe coinmela_health {
    .request =
        "GET /api/health HTTP/1.1"
        "Host: localhost"
        "User-Agent: varnish-health-probe"
        "Connection: close";
    .expected_response = 200;
    .timeout = 2s;
    .interval = 2s;
    .window = 3;
    .threshold = 2;
    # Start healthy: a restarted edge should not refuse traffic until the first probes pass.
    .initial = 2;
}

# One backend per app instance (`npm start` on each machine). Hosts must resolve to exactly
# one address when the VCL is loaded.
backend app1 {
    .host = "10.0.0.11";
    .port = "3000";
    .probe = coinmela_health;
    .connect_timeout = 2s;
    # A page that takes longer counts as failed; readers then get the stale copy, if any.
    .first_byte_timeout = 15s;
    .between_bytes_timeout = 10s;
}

backend app2 {
    .host = "10.0.0.12";
    .port = "3000";
    .probe = coinmela_health;
    .connect_timeout = 2s;
    .first_byte_timeout = 15s;
    .between_bytes_timeout = 10s;
}

sub vcl_init {
    new coinmela_app = directors.round_robin();
    coinmela_app.add_backend(app1);
    coinmela_app.add_backend(app2);
}

# Addresses that may send PURGE (the app instances); the token is checked as well.
acl coinmela_purgers {
    "127.0.0.1";
    "::1";
    "10.0.0.0"/24;
}

# The purge secret the app sends in X-Purge-Token: 32 or more characters (shorter tokens are
# refused before this is called). Use letters, digits and - _ . ~ + / = only, e.g. the output
# of `openssl rand -hex 32`. Keep this file readable only by root and the varnish group.
sub coinmela_purge_token_check {
    if (req.http.X-Purge-Token == "CHANGE-ME") {
        set req.http.X-Coinmela-Purge-Token-Ok = "1";
    }
}

# The site include for cases with two instances behind the edge: s2 first, so the round robin
# asks it first. Like the one-instance include, no probe.
vcl 4.1;

import directors;

sub vcl_init {
    new coinmela_app = directors.round_robin();
    coinmela_app.add_backend(s2);
    coinmela_app.add_backend(s1);
}

acl coinmela_purgers {
    "127.0.0.1";
}

sub coinmela_purge_token_check {
    if (req.http.X-Purge-Token == "test-purge-secret-0123456789abcdef") {
        set req.http.X-Coinmela-Purge-Token-Ok = "1";
    }
}

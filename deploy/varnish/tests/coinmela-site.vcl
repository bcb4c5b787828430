# The site include for the varnishtest cases: the test's servers are declared by
# `-vcl+backend` before coinmela.vcl is included, so this file only gathers them. No probe:
# a case makes a backend sick with `backend.set_health`.
vcl 4.1;

import directors;

sub vcl_init {
    new coinmela_app = directors.round_robin();
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

package org.pgloadbench.cli;

import java.util.ArrayList;
import java.util.List;
import org.pgloadbench.network.RoundTrip;
import org.pgloadbench.server.EmbeddedRelease;
import org.pgloadbench.server.ServerRequest;
import org.pgloadbench.server.Servers;
import org.pgloadbench.server.Target;

/** One server the profile runs on: what to start or attach, and the round trip to add in front of it (null: none). */
record ServerSetup(ServerRequest request, RoundTrip roundTrip) {
    /** {@code embedded PostgreSQL 16.15.0 · RTT 0.5ms}: the heading of its part of a run. */
    String label() {
        Target target = Servers.resolveTarget(request);
        List<String> parts = new ArrayList<>();
        EmbeddedRelease release = request.release();
        parts.add(target.label()
                + (target == Target.EMBEDDED
                        ? " PostgreSQL " + release.label()
                        : target == Target.CONTAINER ? " " + request.image() : ""));
        if (roundTrip != null) {
            parts.add("RTT " + roundTrip.label());
        }
        return String.join(" · ", parts);
    }
}

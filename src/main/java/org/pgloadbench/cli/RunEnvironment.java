package org.pgloadbench.cli;

import org.pgloadbench.Passwords;
import org.pgloadbench.result.Environment;
import org.pgloadbench.server.ConnectionSettings;
import org.pgloadbench.server.ServerFingerprint;
import org.pgloadbench.server.Target;
import org.pgloadbench.strategy.LoaderSettings;

/** Puts together a run's environment: this machine, this JDK and driver, and the server as read back. */
final class RunEnvironment {
    private RunEnvironment() {}

    static Environment describe(
            Target target,
            ConnectionSettings connection,
            ServerFingerprint server,
            Environment.Cluster cluster,
            Environment.Network network) {
        Environment.Postgres postgres = new Environment.Postgres(
                target.label(),
                Passwords.mask(connection.jdbcUrl()),
                server.serverVersion(),
                server.serverVersionNumber(),
                server.settings(),
                cluster);
        return new Environment(
                MachineInfo.collect(),
                MachineInfo.os(),
                MachineInfo.jdk(),
                org.postgresql.util.DriverInfo.DRIVER_VERSION,
                postgres,
                LoaderSettings.recorded(),
                network);
    }
}

package org.pgloadbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A login role on the shared embedded server that must give its password: the embedded server
 * trusts local users, so this puts scram-sha-256 rules for the role first in pg_hba.conf.
 */
public final class PasswordRole {
    private PasswordRole() {}

    public static void create(String role, String password) throws Exception {
        try (Connection admin = EmbeddedPostgresForTests.server().connection().open();
                Statement statement = admin.createStatement()) {
            statement.execute("DROP ROLE IF EXISTS " + role);
            statement.execute("CREATE ROLE " + role + " LOGIN SUPERUSER PASSWORD '" + password + "'");
            ResultSet hbaFile = statement.executeQuery("SHOW hba_file");
            hbaFile.next();
            Path hba = Path.of(hbaFile.getString(1));
            String rules = Files.readString(hba);
            if (!rules.contains("host all " + role + " ")) {
                Files.writeString(
                        hba,
                        "host all " + role + " 127.0.0.1/32 scram-sha-256\n" + "host all " + role
                                + " ::1/128 scram-sha-256\n" + rules);
            }
            statement.execute("SELECT pg_reload_conf()");
        }
    }
}

package org.pgloadbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PasswordsTest {
    @Test
    void masksPasswordsInEveryForm() {
        assertEquals(
                "jdbc:postgresql://db/x?user=me&password=***&ssl=true",
                Passwords.mask("jdbc:postgresql://db/x?user=me&password=s3cret&ssl=true"));
        assertEquals("jdbc:postgresql://db/x?PASSWORD=***", Passwords.mask("jdbc:postgresql://db/x?PASSWORD=s3cret"));
        assertEquals(
                "cannot use jdbc:postgresql://u:***@127.0.0.1:1/x: refused",
                Passwords.mask("cannot use jdbc:postgresql://u:S3cr3tXYZ@127.0.0.1:1/x: refused"));
        assertEquals("postgresql://user:***@host/db", Passwords.mask("postgresql://user:pw@host/db"));
    }
}

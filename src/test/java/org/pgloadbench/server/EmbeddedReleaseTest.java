package org.pgloadbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmbeddedReleaseTest {
    @Test
    void theJarsOwnReleaseIsTheBuildsBinariesVersion() {
        EmbeddedRelease bundled = EmbeddedRelease.bundled();
        assertTrue(bundled.inJar());
        assertEquals(18, bundled.major());
        assertTrue(bundled.release().matches("18\\.\\d+\\.\\d+"), bundled.release());
    }

    @Test
    void aMajorNamesItsPinnedRelease() {
        EmbeddedRelease sixteen = EmbeddedRelease.parse("16");
        assertEquals(new EmbeddedRelease(16, "16.15.0", false), sixteen);
        assertEquals("14.22.0", EmbeddedRelease.parse(" 14 ").release());
    }

    @Test
    void theBundledMajorOrReleaseNeedsNoDownload() {
        assertSame(EmbeddedRelease.bundled(), EmbeddedRelease.parse("18"));
        assertSame(
                EmbeddedRelease.bundled(),
                EmbeddedRelease.parse(EmbeddedRelease.bundled().release()));
    }

    @Test
    void anExactReleaseNamesItself() {
        EmbeddedRelease exact = EmbeddedRelease.parse("17.7.0");
        assertEquals(17, exact.major());
        assertEquals("17.7.0", exact.release());
        assertFalse(exact.inJar());
    }

    @Test
    void anythingElseIsRefusedWithTheRange() {
        for (String bad : new String[] {"13", "19", "latest", "16.1", "", "-16"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmbeddedRelease.parse(bad));
            assertTrue(e.getMessage().contains("from 14 to 18"), e.getMessage());
        }
    }
}

package org.pgloadbench.bench.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JmhRunnerTest {
    @Test
    void forkCountIsTakenOutInEitherSpellingAndNothingElse() {
        assertEquals(
                List.of("-wi", "1", "-foe", "true", "-i", "3"),
                JmhRunner.withoutForkCount(List.of("-f", "3", "-wi", "1", "-foe", "true", "-f2", "-i", "3")));
    }

    @Test
    void theForkCountComesFromTheProfileUnlessJmhSaysOtherwise() {
        assertEquals(Profile.CI.forks(), new JmhRunner(Profile.CI, List.of(), true).forks());
        assertEquals(3, new JmhRunner(Profile.CI, List.of("-f", "3"), true).forks());
    }
}

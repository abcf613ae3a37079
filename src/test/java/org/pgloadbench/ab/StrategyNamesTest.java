package org.pgloadbench.ab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pgloadbench.UserError;
import org.pgloadbench.cli.Main;
import org.pgloadbench.strategy.Strategy;

class StrategyNamesTest {
    private static final Revision WORKING_TREE = new Revision("the working tree", null, "abc1234");
    private static final String LAUNCHER = Main.class.getName();

    @Test
    void readsTheRegistryOfTheGivenClasspath() throws Exception {
        List<String> names = StrategyNames.of(WORKING_TREE, System.getProperty("java.class.path"), LAUNCHER);
        assertEquals(Arrays.stream(Strategy.values()).map(Strategy::name).toList(), names);
    }

    @Test
    void aClasspathWithoutTheRegistryIsRefusedInOneSentence(@TempDir Path empty) {
        UserError error =
                assertThrows(UserError.class, () -> StrategyNames.of(WORKING_TREE, empty.toString(), LAUNCHER));
        assertTrue(
                error.getMessage().startsWith("working tree (abc1234) has no strategy registry"), error.getMessage());
    }

    /** A revision from before the command line existed has the registry but no launcher: refused before any server starts. */
    @Test
    void aRevisionWithoutTheLauncherIsRefusedInOneSentence() {
        UserError error = assertThrows(
                UserError.class,
                () -> StrategyNames.of(
                        WORKING_TREE, System.getProperty("java.class.path"), "org.pgloadbench.cli.NoSuchMain"));
        assertEquals(
                "working tree (abc1234) has no launcher org.pgloadbench.cli.NoSuchMain to run each side with, "
                        + "so it predates what ab needs",
                error.getMessage());
    }

    @Test
    void everyStrategyOfEitherSideIsAskedForWhenNoneIsNamed() {
        StrategyNames.Shared shared = StrategyNames.shared(null, List.of("A", "B", "C"), List.of("A", "C", "D"));
        assertEquals(List.of("A", "C"), shared.compared());
        assertEquals(List.of("D"), shared.missingInBase());
        assertEquals(List.of("B"), shared.missingInHead());
    }

    @Test
    void namedStrategiesKeepTheirOrderAndOnlyTheirMissingOnesAreListed() {
        StrategyNames.Shared shared =
                StrategyNames.shared(List.of("C", "B", "A"), List.of("A", "B", "C"), List.of("A", "C", "D"));
        assertEquals(List.of("C", "A"), shared.compared());
        assertEquals(List.of(), shared.missingInBase());
        assertEquals(List.of("B"), shared.missingInHead());
    }
}

package org.pgloadbench.bench.launch;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.pgloadbench.UserError;
import org.pgloadbench.bench.fork.LoadBenchmark;

/**
 * JMH options after {@code --} that parse but would break a run late, checked before any server
 * starts: each would otherwise fail inside a fork, after minutes, with a stack trace.
 */
final class JmhOptionChecks {
    /** LoadBenchmark's parameters by name. */
    private static final Map<String, Field> PARAMETERS = Arrays.stream(LoadBenchmark.class.getFields())
            .filter(field -> field.isAnnotationPresent(Param.class))
            .collect(Collectors.toMap(Field::getName, Function.identity()));

    private JmhOptionChecks() {}

    static void check(CommandLineOptions options, List<String> arguments) {
        int threads = options.getThreads().orElse(1);
        if (threads != 1) {
            throw new UserError("-t " + threads + " would run " + threads + " loads at once on one connection into one "
                    + "table; every benchmark loads on one thread, so leave -t out");
        }
        if (options.getForkCount().orElse(1) == 0) {
            throw new UserError("-f 0 would run the loads inside JMH's own JVM, without the fork's heap and server "
                    + "settings; use -f 1 or more");
        }
        for (int i = 0; i + 1 < arguments.size(); i++) {
            if (arguments.get(i).equals("-p")) {
                String name = arguments.get(i + 1).split("=", 2)[0];
                if (!PARAMETERS.containsKey(name)) {
                    throw new UserError("-p " + name + ": the load benchmark has no such parameter; it has "
                            + String.join(
                                    ", ", PARAMETERS.keySet().stream().sorted().toList()));
                }
                if (JmhRunner.PLANNED_ONLY.containsKey(name)) {
                    throw new UserError("-p " + name + " is set by the suite's own options; use "
                            + JmhRunner.PLANNED_ONLY.get(name) + " instead");
                }
            }
        }
        PARAMETERS.forEach((name, field) ->
                checkValues(name, field.getType(), options.getParameter(name).orElse(List.of())));
    }

    private static void checkValues(String name, Class<?> type, Collection<String> values) {
        for (String value : values) {
            if (!parses(type, value)) {
                throw new UserError("-p " + name + "=" + value + ": " + name + " takes " + describe(type) + ", not '"
                        + value + "'");
            }
        }
    }

    private static boolean parses(Class<?> type, String value) {
        try {
            if (type == int.class) {
                Integer.parseInt(value);
            } else if (type == double.class) {
                return Double.isFinite(Double.parseDouble(value));
            } else if (type == boolean.class) {
                return value.equals("true") || value.equals("false");
            } else if (type.isEnum()) {
                return Arrays.stream(type.getEnumConstants())
                        .anyMatch(constant -> ((Enum<?>) constant).name().equals(value));
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String describe(Class<?> type) {
        if (type == int.class) {
            return "a whole number";
        }
        if (type == double.class) {
            return "a number";
        }
        if (type == boolean.class) {
            return "true or false";
        }
        return "one of "
                + Arrays.stream(type.getEnumConstants())
                        .map(constant -> ((Enum<?>) constant).name())
                        .collect(Collectors.joining(", "));
    }
}

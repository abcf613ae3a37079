package org.pgloadbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The rooms of the house stay what their package-info.java says: every package of the suite says
 * in {@link MayImport} which others it may use, and no class of it depends on any other (by import,
 * field, call, annotation or inheritance, as the compiled classes show it). JMH's generated code,
 * which the annotation processor writes into {@code jmh_generated} packages, is left out.
 */
class ArchitectureTest {
    private static final String BASE = "org.pgloadbench";
    private static final JavaClasses SUITE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void everyPackageSaysWhatItMayImport() {
        Set<String> unsaid = new TreeSet<>();
        for (String name : packages()) {
            if (mayImport(name) == null) {
                unsaid.add(name);
            }
        }
        assertEquals(Set.of(), unsaid, "packages without a package-info.java carrying @MayImport");
    }

    @Test
    void noPackageUsesOneItMayNot() {
        TreeMap<String, Set<String>> forbidden = new TreeMap<>();
        for (JavaClass origin : classes()) {
            String from = relative(origin.getPackageName());
            List<String> allowed = allowedFrom(from);
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String target = dependency.getTargetClass().getPackageName();
                if (!target.startsWith(BASE) || generated(target)) {
                    continue;
                }
                String to = relative(target);
                if (!to.equals(from) && !to.isEmpty() && !allowed.contains(to)) {
                    forbidden
                            .computeIfAbsent(from + " -> " + to, key -> new TreeSet<>())
                            .add(origin.getSimpleName() + " uses "
                                    + dependency.getTargetClass().getSimpleName());
                }
            }
        }
        assertEquals(new TreeMap<>(), forbidden, "dependencies their package-info.java does not allow");
    }

    @Test
    void theTestSeesEveryPackage() {
        assertTrue(
                packages().containsAll(List.of("", "strategy", "bench.fork", "cli")),
                packages().toString());
    }

    private static List<String> allowedFrom(String relativePackage) {
        MayImport declared = mayImport(relativePackage);
        return declared == null ? List.of() : List.of(declared.value());
    }

    private static MayImport mayImport(String relativePackage) {
        String name = relativePackage.isEmpty() ? BASE : BASE + "." + relativePackage;
        try {
            return Class.forName(name + ".package-info").getAnnotation(MayImport.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Set<String> packages() {
        Set<String> names = new TreeSet<>();
        classes().forEach(type -> names.add(relative(type.getPackageName())));
        return names;
    }

    private static List<JavaClass> classes() {
        List<JavaClass> classes = new ArrayList<>();
        SUITE.stream().filter(type -> !generated(type.getPackageName())).forEach(classes::add);
        return classes;
    }

    private static boolean generated(String packageName) {
        return packageName.endsWith(".jmh_generated");
    }

    private static String relative(String packageName) {
        return packageName.equals(BASE) ? "" : packageName.substring(BASE.length() + 1);
    }
}

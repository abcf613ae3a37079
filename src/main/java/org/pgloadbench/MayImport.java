package org.pgloadbench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a package: the other packages of the suite its classes may use, named relative to
 * {@code org.pgloadbench} ({@code "bench.launch"}); the root package, this one, any package may use.
 * An architecture test fails on a dependency the annotation does not allow, so the rooms of the
 * house stay what their {@code package-info.java} says they are.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface MayImport {
    String[] value() default {};
}

/**
 * The JMH side, one sub-package per JVM: {@code launch} (the launcher), {@code host} (the JVM that runs
 * JMH), {@code fork} (the JVMs JMH starts, which load and measure). Here only
 * {@link org.pgloadbench.bench.ForkContract}: everything those three exchange, defined once.
 */
@MayImport({"server"})
package org.pgloadbench.bench;

import org.pgloadbench.MayImport;

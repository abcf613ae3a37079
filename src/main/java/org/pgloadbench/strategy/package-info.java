/**
 * The ways of loading: one small final class per strategy behind {@link org.pgloadbench.strategy.LoadStrategy},
 * and the {@link org.pgloadbench.strategy.Strategy} enum, the one registry. Add a strategy here: one class
 * and one constant. A strategy never knows it is being benchmarked.
 */
@MayImport({"dataset", "server"})
package org.pgloadbench.strategy;

import org.pgloadbench.MayImport;

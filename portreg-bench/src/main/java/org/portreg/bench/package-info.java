/** JMH benchmarks of portreg; run with {@code bench/run.sh} (see bench/RESULTS.md). */
package org.portreg.bench;

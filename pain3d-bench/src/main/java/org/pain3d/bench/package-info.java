/** JMH benchmarks of pain3d (run them with the JMH main class, see the README). */
package org.pain3d.bench;

/**
 * Start-up assembly: on an empty database, either the demo data set (embedded H2 by default) or the
 * first administrator account. Depends on the features it fills; no feature depends on it.
 */
package fr.vigie.bootstrap;

/**
 * The establishments of the hospital group (GHT): CHU, hospitals, psychiatric hospitals, nursing
 * homes, each identified by its FINESS number. AI systems are used in one or more of them.
 */
package fr.vigie.establishments;

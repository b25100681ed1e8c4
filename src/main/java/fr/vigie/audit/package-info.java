/**
 * The audit trail: who changed what, when, with each changed field's value before and after. Entries
 * are written in the same transaction as the change they describe and are never updated or deleted;
 * they are the evidence a certification assessor asks for.
 */
package fr.vigie.audit;

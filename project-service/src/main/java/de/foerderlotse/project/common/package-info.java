/**
 * What every feature shares and no feature owns: the tenancy rule for the caller, the paging shape
 * and the If-Match precondition.
 */
package de.foerderlotse.project.common;

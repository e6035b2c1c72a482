/**
 * What every feature shares and no feature owns: the tenancy rule for the caller. Paging and
 * If-Match come from platform ({@code de.foerderlotse.platform.rest}).
 */
package de.foerderlotse.project.common;

/**
 * Budget pressure per call: what the county's applications request against the call budget
 * (dashboard query), and the BUDGET_OVERSUBSCRIBED alert when a call crosses its budget.
 */
package de.foerderlotse.project.budget;

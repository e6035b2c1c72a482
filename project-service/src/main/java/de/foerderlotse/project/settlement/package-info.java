/**
 * Settlement and compliance: payout requests, expenses, budget lines, proof-of-use submissions, the
 * compliance checklist with its alerts, and the proof-of-use export (CSV, PDF).
 */
package de.foerderlotse.project.settlement;

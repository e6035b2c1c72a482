package de.foerderlotse.funding.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Flattens a programme into named fields, so that a change can be described field by field: {@code
 * title}, {@code ruleSet.proofOfUseMonths}, {@code calls.<callId>.stages.<n>.deadline}. Consumers
 * recognise a moved deadline by a changed field ending in {@code .deadline}.
 */
public final class ProgrammeFields {

  private ProgrammeFields() {}

  public static Map<String, String> of(ProgrammeDetails d) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("externalReference", d.externalReference());
    fields.put("title", d.title());
    fields.put("shortDescription", d.shortDescription());
    fields.put("fundingBody", d.fundingBody());
    fields.put("fundingLevel", text(d.fundingLevel()));
    fields.put("fundingAreas", joined(d.fundingAreas()));
    fields.put("fundingType", text(d.fundingType()));
    fields.put("applicantTypes", joined(d.applicantTypes()));
    fields.put("eligibleRegions", joined(d.eligibleRegions()));
    fields.put("fundingRatePercent", text(d.fundingRatePercent()));
    fields.put("minGrant", text(d.minGrant()));
    fields.put("maxGrant", text(d.maxGrant()));
    fields.put("totalBudget", text(d.totalBudget()));
    fields.put("status", text(d.status()));
    fields.put("url", d.url());
    putRuleSet(fields, d.ruleSet());
    for (FundingCall call : d.calls()) {
      putCall(fields, call);
    }
    return fields;
  }

  /**
   * The fields whose value differs, in a stable order: the old programme's first, then new ones.
   */
  public static List<FieldChange> diff(ProgrammeDetails before, ProgrammeDetails after) {
    Map<String, String> old = of(before);
    Map<String, String> now = of(after);
    Set<String> names = new LinkedHashSet<>(old.keySet());
    names.addAll(now.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String name : names) {
      if (!Objects.equals(old.get(name), now.get(name))) {
        changes.add(new FieldChange(name, old.get(name), now.get(name)));
      }
    }
    return changes;
  }

  private static void putRuleSet(Map<String, String> fields, RuleSet r) {
    if (r == null) {
      return;
    }
    fields.put("ruleSet.preset", r.preset());
    fields.put("ruleSet.proofOfUseMonths", text(r.proofOfUseMonths()));
    fields.put("ruleSet.interimProofRequired", text(r.interimProofRequired()));
    fields.put("ruleSet.payoutWindow", text(r.payoutWindow()));
    fields.put("ruleSet.earmarkingYears", text(r.earmarkingYears()));
    fields.put("ruleSet.earlyStart", text(r.earlyStart()));
    fields.put("ruleSet.minOwnContributionPercent", text(r.minOwnContributionPercent()));
    fields.put("ruleSet.cumulationAllowed", text(r.cumulationAllowed()));
    fields.put("ruleSet.maxPublicSharePercent", text(r.maxPublicSharePercent()));
    fields.put("ruleSet.procurementThresholdSupplies", text(r.procurementThresholdSupplies()));
    fields.put("ruleSet.procurementThresholdWorks", text(r.procurementThresholdWorks()));
    fields.put("ruleSet.proofOfUseWording", text(r.proofOfUseWording()));
    fields.put("ruleSet.proofOfUseMonthsAfterPurpose", text(r.proofOfUseMonthsAfterPurpose()));
    fields.put("ruleSet.financingType", text(r.financingType()));
  }

  private static void putCall(Map<String, String> fields, FundingCall call) {
    String prefix = "calls." + call.id();
    fields.put(prefix + ".title", call.title());
    fields.put(prefix + ".budget", text(call.budget()));
    for (int i = 0; i < call.stages().size(); i++) {
      CallStage stage = call.stages().get(i);
      fields.put(prefix + ".stages." + i + ".kind", text(stage.kind()));
      fields.put(prefix + ".stages." + i + ".label", stage.label());
      fields.put(prefix + ".stages." + i + ".deadline", text(stage.deadline()));
    }
  }

  private static String text(Object value) {
    if (value instanceof java.math.BigDecimal amount) {
      return amount.stripTrailingZeros().toPlainString();
    }
    return value == null ? null : value.toString();
  }

  private static String joined(Collection<?> values) {
    return values.isEmpty()
        ? null
        : values.stream().map(Object::toString).collect(Collectors.joining(","));
  }
}

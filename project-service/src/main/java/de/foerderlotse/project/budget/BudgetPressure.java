package de.foerderlotse.project.budget;

import de.foerderlotse.project.budget.BudgetDemand.Demand;
import de.foerderlotse.project.readmodel.ProgrammeCatalogue;
import de.foerderlotse.project.readmodel.domain.ProgrammeTerms;
import de.foerderlotse.project.readmodel.domain.ProgrammeView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Per call: the sum requested by the county's submitted applications against the call budget. */
@ApplicationScoped
public class BudgetPressure {

  private final ProgrammeCatalogue catalogue;
  private final BudgetDemand demand;

  public BudgetPressure(ProgrammeCatalogue catalogue, BudgetDemand demand) {
    this.catalogue = catalogue;
    this.demand = demand;
  }

  /**
   * Every call of the known programmes with its budget and what the county's counting applications
   * request (the figures behind BUDGET_OVERSUBSCRIBED), for dashboards.
   */
  @Transactional
  public List<CallPressure> overview() {
    List<ProgrammeTerms> programmes =
        ProgrammeView.<ProgrammeView>list("deleted = false").stream()
            .map(catalogue::termsOf)
            .toList();
    Map<UUID, Demand> perCall =
        demand.perCall(
            programmes.stream()
                .flatMap(p -> p.calls().stream())
                .map(ProgrammeTerms.Call::id)
                .filter(Objects::nonNull)
                .toList());
    List<CallPressure> pressure = new ArrayList<>();
    for (ProgrammeTerms p : programmes) {
      for (ProgrammeTerms.Call c : p.calls()) {
        if (c.id() != null) {
          pressure.add(CallPressure.of(p, c, perCall.getOrDefault(c.id(), BudgetDemand.NONE)));
        }
      }
    }
    pressure.sort(
        Comparator.comparing(CallPressure::programmeTitle, Comparator.nullsLast(String::compareTo))
            .thenComparing(CallPressure::callTitle, Comparator.nullsLast(String::compareTo)));
    return pressure;
  }

  /**
   * The calls one municipality has counting applications to, each with that municipality's demand
   * beside the county's, for a dashboard narrowed to the municipality.
   */
  @Transactional
  public List<MunicipalCallPressure> overviewFor(String ags) {
    Map<UUID, Demand> own = demand.perCallOf(ags);
    return overview().stream()
        .filter(call -> own.containsKey(call.callId()))
        .map(call -> MunicipalCallPressure.of(call, ags, own.get(call.callId())))
        .toList();
  }
}

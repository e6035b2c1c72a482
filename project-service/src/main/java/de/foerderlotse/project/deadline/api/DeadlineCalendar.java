package de.foerderlotse.project.deadline.api;

import de.foerderlotse.project.deadline.domain.Deadline;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Renders deadlines as an iCalendar (RFC 5545) feed: one all-day event per deadline. */
final class DeadlineCalendar {

  private DeadlineCalendar() {}

  static String render(String name, List<Deadline> deadlines) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Förderlotse//Fristen " + name + "//DE"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    for (Deadline d : deadlines) {
      VEvent event = new VEvent(d.dueDate, d.title);
      event.add(new Uid(d.id + "@foerderlotse"));
      event.add(
          new Description(d.kind.label() + " – " + d.derivedFrom + " (Status " + d.status + ")"));
      event.add(new Categories(d.kind.name()));
      calendar.add(event);
    }
    return calendar.toString();
  }
}

package de.foerderlotse.funding.service.search;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

/**
 * Searches the catalogue with index-backed SQL: the page of matches, their total and facet counts
 * come from one statement in one round trip, and the page is read straight from its rows, without
 * loading entities or opening a transaction (one statement reads one consistent snapshot).
 */
@ApplicationScoped
public class ProgrammeSearch {

  private final AgroalDataSource dataSource;
  private final Clock clock;

  public ProgrammeSearch(AgroalDataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  public SearchResult search(SearchCriteria criteria) {
    SearchStatement statement = new SearchStatement(criteria, Instant.now(clock));
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = statement.prepare(connection);
        ResultSet rows = query.executeQuery()) {
      return SearchRows.read(rows);
    } catch (SQLException e) {
      throw new IllegalStateException("catalogue search failed", e);
    }
  }
}

package de.foerderlotse.conflict.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GermanLanguageTest {

  @Test
  void splitsCompoundsIntoModifierAndHead() {
    GermanTerms.Word word = GermanTerms.word("Wasserstofftankstelle");
    assertThat(word.parts()).containsExactly("wasserstoff", "tankstell");
    assertThat(GermanTerms.word("Regenrückhaltebecken").head()).isEqualTo("beck");
    assertThat(GermanTerms.of("Breitbandinternetanbindung")).contains("internet", "anbindung");
  }

  @Test
  void tellsTheObjectFromThePlace() {
    TitleStructure title = TitleStructure.of("Regenrückhaltebecken im Gewerbegebiet Nord");
    assertThat(title.objects()).extracting(GermanTerms.Word::full).contains("regenrueckhaltebeck");
    assertThat(title.places()).extracting(GermanTerms.Word::full).contains("gewerbegebiet");
    assertThat(title.objects()).extracting(GermanTerms.Word::full).doesNotContain("gewerbegebiet");
  }

  @Test
  void thesaurusAndLexiconJoinSynonymsAndAbbreviations() {
    assertSharesTerm("Hallenbad", "Schwimmhalle");
    assertSharesTerm("KWK-Anlage", "Kraft-Wärme-Kopplung");
    assertSharesTerm("BHKW", "Blockheizkraftwerk");
    assertSharesTerm("H2-Tankstelle", "Wasserstofftankstelle");
    assertSharesTerm("Pedelec-Verleih", "E-Bike-Verleih");
  }

  @Test
  void unrelatedWordsShareNoTerm() {
    List<String> a = GermanTerms.of("Kindertagesstätte");
    List<String> b = GermanTerms.of("Löschfahrzeug");
    assertThat(a).doesNotContainAnyElementsOf(b);
  }

  private static void assertSharesTerm(String a, String b) {
    assertThat(GermanTerms.keyTerms(GermanTerms.of(a)))
        .as("%s ~ %s", a, b)
        .containsAnyElementsOf(GermanTerms.keyTerms(GermanTerms.of(b)));
  }
}

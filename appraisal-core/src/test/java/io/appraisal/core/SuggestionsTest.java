package io.appraisal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  @Test
  void editDistanceCountsInsertionsDeletionsAndSubstitutionsIgnoringCase() {
    // kitten → sitten (k/s) → sittin (e/i) → sitting (+g): 3
    assertEquals(3, Suggestions.distance("kitten", "sitting"));
    // goverment → government: one insertion (n)
    assertEquals(1, Suggestions.distance("goverment", "government"));
    assertEquals(0, Suggestions.distance("g09", "G09"));
    assertEquals(3, Suggestions.distance("", "abc"));
    // 市信访局 → 市司法局: two substitutions (信/司, 访/法)
    assertEquals(2, Suggestions.distance("市信访局", "市司法局"));
  }

  @Test
  void offersTheOneCloseCandidate() {
    List<String> categories = List.of("party", "government", "mass");
    // 'goverment' has 9 characters: up to 9 / 3 = 3 may differ; 1 does
    assertEquals(" (did you mean 'government'?)", Suggestions.didYouMean("goverment", categories));
    assertEquals(Optional.of("G09"), Suggestions.closest("g09", List.of("G08x", "G09", "M01")));
    // 'lottery' (7 characters, up to 2 differ) is far from every item
    assertEquals("", Suggestions.didYouMean("lottery", List.of("draft", "demo", "notice", "fraud", "illegal")));
    // 'i9' is one edit from both i1 and i2: no guess
    assertEquals(Optional.empty(), Suggestions.closest("i9", List.of("i1", "i2")));
    assertEquals(Optional.of("i1"), Suggestions.closest("i9", List.of("i1", "x22")));
  }

  @Property
  void distanceIsASymmetricMetricBoundedByTheLongerLength(
      @ForAll @AlphaChars @StringLength(max = 8) String a, @ForAll @AlphaChars @StringLength(max = 8) String b,
      @ForAll @AlphaChars @StringLength(max = 8) String c) {
    int ab = Suggestions.distance(a, b);
    assertEquals(ab, Suggestions.distance(b, a));
    assertEquals(0, Suggestions.distance(a, a));
    assertTrue(ab <= Math.max(a.length(), b.length()));
    assertTrue(Suggestions.distance(a, c) <= ab + Suggestions.distance(b, c));
  }
}

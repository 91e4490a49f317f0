package io.appraisal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.Dataset;
import io.appraisal.core.Indicator;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.Problem;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.Unit;
import io.appraisal.core.ValueRange;
import io.appraisal.core.panel.Panel;
import io.appraisal.core.panel.Rating;
import io.appraisal.io.csv.TextEncoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatingsTest {
  private static final Period Q4 = Period.quarter(2022, 4);

  private static LoadedRatings read(Path dir, String text) throws IOException {
    Path file = dir.resolve("ratings.csv");
    Files.writeString(file, text);
    return Ratings.read(file, TextEncoding.AUTO);
  }

  @Test
  void readsRowsWithAnOptionalCommentAndAPercentSign(@TempDir Path dir) throws IOException {
    LoadedRatings ratings = read(dir, "unit,period,indicator,rater,group,score,comment\n"
        + "U1,2022-Q4,1,R01,leaders,85,述法内容具体\n"
        + "U1,2022-Q4,1,R02,,90%\n");
    String file = dir.resolve("ratings.csv").toString();

    assertEquals(List.of(), ratings.problems());
    assertEquals(List.of(new Rating("U1", Q4, "1", "R01", "leaders", 85, "述法内容具体", file, 2),
        new Rating("U1", Q4, "1", "R02", "", 90, "", file, 3)), ratings.ratings());
  }

  @Test
  void everyProblemOfTheFileIsLocated(@TempDir Path dir) throws IOException {
    LoadedRatings ratings = read(dir, "unit,period,indicator,rater,group,score\n"
        + "U1,2022-Q5,1,R01,leaders,85\n"
        + ",2022-Q4,1,,leaders,eighty\n"
        + "U1,2022-Q4,1\n");
    String file = dir.resolve("ratings.csv").toString();

    assertEquals(List.of(
        new Problem(file, 2, "period", "2022-Q5", "not a period: write a quarter as 2022-Q4 or a year as 2022"),
        new Problem(file, 3, "unit", "", "blank unit: every row needs one"),
        new Problem(file, 3, "rater", "", "blank rater: every row needs one"),
        new Problem(file, 3, "score", "eighty", "not a number: write the score with a '.' decimal point"),
        new Problem(file, 4, "columns", "3", "expected 6 columns (unit,period,indicator,rater,group,score) but found 3")),
        TestFiles.plain(ratings.problems()));
    assertEquals(List.of(), ratings.ratings());
  }

  @Test
  void aWrongHeaderIsOneProblem(@TempDir Path dir) throws IOException {
    LoadedRatings ratings = read(dir, "unit,period,indicator,rater,score\nU1,2022-Q4,1,R01,85\n");

    assertEquals(List.of(new Problem(dir.resolve("ratings.csv").toString(), 1, "header",
        "unit,period,indicator,rater,score",
        "expected the columns unit,period,indicator,rater,group,score[,comment]")),
        TestFiles.plain(ratings.problems()));
  }

  @Test
  void applyingAddsThePanelValuesOrTheProblemsWithoutReportingTheRatedValuesMissing(@TempDir Path dir)
      throws IOException {
    Policy policy = Policy.builder("p").category("c", "c")
        .indicators(Indicator.group("total", "total")
            .child(Indicator.leaf("1", "panel", RuleSpec.of("proportional")).range(ValueRange.PERCENT)).build())
        .panel("1", Panel.builder(Panel.Method.MEAN).minRaters(2).build())
        .build();
    Dataset dataset = Dataset.builder().unit(Unit.of("U1", "甲", "c")).build();
    LoadedDataset data = LoadedDataset.of(dataset, List.of(), List.of("units.csv"), Set.of(), 0, 0, 0);

    Ratings.Applied good = Ratings.apply(data, policy, read(dir, "unit,period,indicator,rater,group,score\n"
        + "U1,2022-Q4,1,R01,,80\nU1,2022-Q4,1,R02,,91\n"));
    Ratings.Applied bad = Ratings.apply(data, policy, read(dir, "unit,period,indicator,rater,group,score\n"
        + "U1,2022-Q4,1,R01,,80\n"));

    // (80 + 91) / 2 = 85.5
    assertEquals(85.5, good.data().dataset().value("U1", Q4, "1").getAsDouble());
    assertEquals(1, good.reports().size());
    assertEquals(List.of(new Problem(dir.resolve("ratings.csv").toString(), 2, "rater", "1",
        "unit U1 has 1 raters for 1 in 2022-Q4, fewer than the panel's minRaters 2")),
        TestFiles.plain(bad.data().parseProblems()));
    assertTrue(bad.reports().isEmpty());
  }
}

package io.appraisal.io.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.appraisal.core.Indicator;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Policy;
import io.appraisal.core.Problem;
import io.appraisal.io.policy.PolicyFiles.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A group may derive its children's weights from AHP judgements; an inconsistent matrix is an error. */
class AhpWeightsTest {
  private static String policy(String ahp) {
    return """
        id: ahp
        categories: [{id: all, name: All}]
        indicators:
          id: total
          name: Total
          aggregation: arithmetic-mean
        %s
          children:
            - {id: a, name: A, rule: {type: proportional}}
            - {id: b, name: B, rule: {type: proportional}}
            - {id: c, name: C, rule: {type: proportional}}
        """.formatted(ahp);
  }

  /*
   * A perfectly consistent matrix a_ij = w_i / w_j with w = (4, 2, 1) / 7: the weights are w itself, CR = 0.
   * The judgement 1/2 is written as text, 4 as a number.
   */
  @Test
  void aConsistentMatrixGivesItsEigenvectorAsWeights() {
    Policy read = PolicyFiles.read("ahp.yaml", policy("""
          ahp:
            pairwise: [[1, 2, 4], [1/2, 1, 2], [1/4, 1/2, 1]]
        """), Format.YAML);
    List<Double> weights = read.root().children().stream().map(Indicator::weight).toList();
    assertEquals(4.0 / 7, weights.get(0), 1e-12);
    assertEquals(2.0 / 7, weights.get(1), 1e-12);
    assertEquals(1.0 / 7, weights.get(2), 1e-12);
  }

  /*
   * a > b (3), b > c (3) but c > a (3): cyclic judgements. Every row sums to 1 + 3 + 1/3 = 13/3 and the eigenvector
   * is uniform, so λmax = 13/3, CI = (13/3 − 3) / 2 = 2/3 and CR = (2/3) / 0.58 (Saaty's RI for n = 3) = 1.149, far
   * above 0.1: refused, at the matrix's line and column, unless the policy allows more.
   */
  @Test
  void anInconsistentMatrixIsRefusedUnlessThePolicyAllowsIt() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolicyFiles.read("ahp.yaml", policy("""
          ahp:
            pairwise: [[1, 3, 1/3], [1/3, 1, 3], [3, 1/3, 1]]
        """), Format.YAML));
    assertEquals(1, e.problems().size());
    Problem problem = e.problems().get(0);
    assertEquals(8, problem.line());
    assertEquals("indicators.total.ahp.pairwise", problem.field());
    assertEquals("column 15: consistency ratio 1.149 is above the allowed 0.1; revise the judgements or raise"
        + " maxConsistencyRatio", problem.message());

    Policy allowed = PolicyFiles.read("ahp.yaml", policy("""
          ahp:
            pairwise: [[1, 3, 1/3], [1/3, 1, 3], [3, 1/3, 1]]
            maxConsistencyRatio: 2
        """), Format.YAML);
    // Cyclic judgements of equal strength weigh the children equally.
    allowed.root().children().forEach(child -> assertEquals(1.0 / 3, child.weight(), 1e-9));
  }

  @Test
  void aMatrixOfTheWrongSizeOrAChildWithItsOwnWeightIsAnError() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolicyFiles.read("ahp.yaml", policy("""
          ahp:
            pairwise: [[1, 2], [1/2, 1]]
        """), Format.YAML));
    assertEquals("the matrix has 2 rows but the group has 3 children",
        e.problems().get(0).message().replaceFirst("^column \\d+: ", ""));
  }
}

package io.appraisal.rules.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.spi.RuleType;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.testkit.RuleContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule type has a contract test in this package, named after its id ({@code deduction-per-incident}
 * → {@code DeductionPerIncidentContractTest}): a new rule type cannot slip in without passing the contract.
 */
class EveryBuiltInRuleHasAContractTest {
  @Test
  void everyBuiltInRuleTypeHasAContractTest() throws ReflectiveOperationException {
    List<String> missing = new ArrayList<>();
    for (RuleType type : BuiltInRules.all()) {
      String name = getClass().getPackageName() + "." + className(type.id());
      Class<?> contract;
      try {
        contract = Class.forName(name);
      } catch (ClassNotFoundException e) {
        missing.add(type.id() + " (" + type.getClass().getSimpleName() + "): add " + name
            + " implementing RuleContract");
        continue;
      }
      assertTrue(RuleContract.class.isAssignableFrom(contract), name + " must implement RuleContract");
      var constructor = contract.getDeclaredConstructor();
      constructor.setAccessible(true);
      RuleContract instance = (RuleContract) constructor.newInstance();
      assertEquals(type.getClass(), instance.ruleType().getClass(), name + " tests another rule type");
    }
    assertEquals(List.of(), missing, "built-in rule types without a contract test");
  }

  /** {@code deduction-per-incident} → {@code DeductionPerIncidentContractTest}. */
  static String className(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    return out.append("ContractTest").toString();
  }
}

package io.appraisal.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs a class of properties through jqwik's engine, as a build would, and collects what failed and what jqwik
 * reported: for tests of what the contracts and arbitraries do when a property fails. Each run starts from a random
 * seed, so that what is checked does not depend on an earlier run.
 */
final class JqwikRunner {
  /** The failure message of each failed property, and jqwik's report (with the shrunk sample) of each. */
  record Outcome(Map<String, String> failures, Map<String, String> reports) {}

  private JqwikRunner() {}

  static Outcome run(Class<?> properties) {
    Events events = EngineTestKit.engine("jqwik")
        .selectors(selectClass(properties))
        .configurationParameter("jqwik.database", "target/jqwik-database-runner")
        .configurationParameter("jqwik.failures.after.default", "RANDOM_SEED")
        .configurationParameter("jqwik.reporting.usejunitplatform", "true")
        .configurationParameter("jqwik.reporting.onlyfailures", "true")
        .execute()
        .allEvents();
    Map<String, String> reports = new TreeMap<>();
    for (Event event : events.reportingEntryPublished().list()) {
      event.getPayload(ReportEntry.class).ifPresent(entry -> reports.merge(property(event),
          entry.getKeyValuePairs().values().stream().collect(Collectors.joining("\n")), (a, b) -> a + "\n" + b));
    }
    Map<String, String> failures = new TreeMap<>();
    for (Event event : events.failed().list()) {
      failures.put(property(event), event.getPayload(TestExecutionResult.class)
          .flatMap(TestExecutionResult::getThrowable).map(Throwable::getMessage).orElse(""));
    }
    return new Outcome(failures, reports);
  }

  private static String property(Event event) {
    return event.getTestDescriptor().getLegacyReportingName().replaceAll("\\(.*", "");
  }
}

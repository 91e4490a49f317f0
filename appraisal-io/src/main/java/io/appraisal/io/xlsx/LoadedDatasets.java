package io.appraisal.io.xlsx;

import io.appraisal.core.Dataset;
import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import io.appraisal.io.LoadedDataset;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Set;

/**
 * Makes a {@link LoadedDataset}, the type every data reader of the library returns.
 *
 * <p>TEMPORARY: {@code LoadedDataset} has no public factory yet (its constructor is package-private in {@code
 * io.appraisal.io}, owned by the CSV reader), so this calls that constructor reflectively. Replace the body of
 * {@link #create} with {@code LoadedDataset.of(...)} once it exists, and {@link #valueKey} with the public form of
 * {@code DatasetReader.valueKey}.
 */
final class LoadedDatasets {
  private static final Constructor<LoadedDataset> CONSTRUCTOR;

  static {
    try {
      CONSTRUCTOR = LoadedDataset.class.getDeclaredConstructor(Dataset.class, List.class, List.class, Set.class,
          int.class, int.class, int.class);
      CONSTRUCTOR.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private LoadedDatasets() {}

  static LoadedDataset create(Dataset dataset, List<Problem> parseProblems, List<String> sources,
      Set<String> unreadValues, int valueCount, int notApplicableCount, int eventCount) {
    try {
      return CONSTRUCTOR.newInstance(dataset, parseProblems, sources, unreadValues, valueCount, notApplicableCount,
          eventCount);
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot make a LoadedDataset", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot make a LoadedDataset", e.getCause());
    }
  }

  /** The key under which {@code LoadedDataset} remembers a value row that could not be read (as the CSV reader). */
  static String valueKey(String unit, Period period, String indicator) {
    return unit + '\u0000' + period + '\u0000' + indicator;
  }
}

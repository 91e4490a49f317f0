package io.appraisal.io.results;

import io.appraisal.io.results.PublishedRanking.CategoryRef;
import io.appraisal.io.results.PublishedRanking.Difference;
import io.appraisal.io.results.PublishedRanking.PublishedIndicator;
import io.appraisal.io.results.PublishedRanking.PublishedUnit;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares two published rankings component by component, found by reflection on the records, so that every
 * published figure is compared, including one added to the format later. What differs is named by its path in the
 * result JSON, whose field names are the component names: {@code units[G09].scoreRate}, {@code
 * units[G09].indicators[1.2].raw}, {@code notes[0].message} (elements matched by position by their index from 0).
 */
final class Differ {
  /** Not published figures: which version computed a result, and whether it was frozen. */
  private static final Set<String> NOT_COMPARED = Set.of("libraryVersion", "frozen", "provenance");

  /** List elements matched by a key; all others are matched by position. */
  private static final Map<Class<?>, Function<Object, String>> KEYS = Map.of(
      PublishedUnit.class, unit -> ((PublishedUnit) unit).unitId(),
      PublishedIndicator.class, indicator -> ((PublishedIndicator) indicator).indicator(),
      CategoryRef.class, category -> ((CategoryRef) category).id());

  private Differ() {}

  /** Adds a difference for every component of {@code mine} and {@code theirs} (records of one class) that differs. */
  static void compare(List<Difference> out, String prefix, Record mine, Record theirs) {
    for (RecordComponent component : mine.getClass().getRecordComponents()) {
      if (NOT_COMPARED.contains(component.getName())) {
        continue;
      }
      String what = prefix + component.getName();
      Object a = get(component, mine);
      Object b = get(component, theirs);
      if (a instanceof Record record) {
        compare(out, what + ".", record, (Record) b);
      } else if (a instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Record
          || b instanceof List<?> other && !other.isEmpty() && other.get(0) instanceof Record) {
        elements(out, what, (List<?>) a, (List<?>) b);
      } else if (!same(a, b)) {
        out.add(new Difference(what, text(a), text(b)));
      }
    }
  }

  /**
   * Elements matched by key (or position): one present on one side only is one difference, {@code list[key]} with
   * the key as the value on the side that has it; a present one is compared field-wise.
   */
  private static void elements(List<Difference> out, String list, List<?> mine, List<?> theirs) {
    Map<String, Object> left = keyed(mine);
    Map<String, Object> right = keyed(theirs);
    left.forEach((key, element) -> {
      Object other = right.remove(key);
      if (other == null) {
        out.add(new Difference(list + "[" + key + "]", key, ""));
      } else {
        compare(out, list + "[" + key + "].", (Record) element, (Record) other);
      }
    });
    right.keySet().forEach(key -> out.add(new Difference(list + "[" + key + "]", "", key)));
  }

  private static Map<String, Object> keyed(List<?> list) {
    Map<String, Object> keyed = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Object element = list.get(i);
      Function<Object, String> key = KEYS.get(element.getClass());
      keyed.put(key == null ? Integer.toString(i) : key.apply(element), element);
    }
    return keyed;
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
  }

  private static Object get(RecordComponent component, Record record) {
    if (record == null) {
      return null;
    }
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component, e); // public records: cannot happen
    }
  }
}

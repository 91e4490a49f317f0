package io.appraisal.core;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.AbstractList;
import java.util.List;

/**
 * An unmodifiable list computed on first use, once (thread-safe): a {@link UnitResult}'s per-indicator breakdown,
 * which a writer of the ranking (CSV, the printed table) never reads, so that listing 200,000 units does not build
 * 200,000 × 31 {@link IndicatorScore}s. Equal to any list with the same elements, as lists are.
 */
final class LazyList<E> extends AbstractList<E> {
  private final Supplier<ImmutableList<E>> elements;

  LazyList(java.util.function.Supplier<? extends List<? extends E>> compute) {
    this.elements = Suppliers.memoize(() -> ImmutableList.copyOf(compute.get()));
  }

  @Override
  public E get(int index) {
    return elements.get().get(index);
  }

  @Override
  public int size() {
    return elements.get().size();
  }
}

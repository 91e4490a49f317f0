package io.appraisal.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.Unit;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.apiguardian.api.API;

/** Generates {@link Unit}s; configure with the methods below, each returning a new instance. */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class UnitArbitrary extends ArbitraryDecorator<Unit> {
  static final UnitArbitrary DEFAULT = new UnitArbitrary(ImmutableList.of("c1", "c2", "c3"), ImmutableList.of());

  private final ImmutableList<String> categories;
  private final ImmutableList<String> attributes;

  private UnitArbitrary(ImmutableList<String> categories, ImmutableList<String> attributes) {
    this.categories = categories;
    this.attributes = attributes;
  }

  /** Units in one of these categories (by id); {@code c1}, {@code c2}, {@code c3} by default. */
  public UnitArbitrary categories(String... categoryIds) {
    checkArgument(categoryIds.length > 0, "categories needs at least one category id");
    for (String id : categoryIds) {
      checkArgument(id != null && !id.isBlank(), "category ids cannot be blank but were: %s", List.of(categoryIds));
    }
    return new UnitArbitrary(ImmutableList.copyOf(categoryIds), attributes);
  }

  /** Units with any subset of these attributes; none by default. */
  public UnitArbitrary attributes(String... attributes) {
    return new UnitArbitrary(categories, ImmutableList.copyOf(attributes));
  }

  @Override
  protected Arbitrary<Unit> arbitrary() {
    return Combinators.combine(Arbitraries.integers().between(1, 999), Arbitraries.of(categories),
            subsets(attributes))
        .as((n, category, flags) -> new Unit("u" + n, "unit " + n, category, flags));
  }

  static Arbitrary<Set<String>> subsets(List<String> values) {
    return values.isEmpty() ? Arbitraries.just(Set.of()) : Arbitraries.subsetOf(values);
  }
}

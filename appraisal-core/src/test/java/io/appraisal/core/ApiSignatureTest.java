package io.appraisal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The API line of appraisal-core: every public type declares its {@link API} status, and no Guava or Caffeine type
 * appears in any public or protected signature of a public type (return and parameter types with their type
 * arguments, fields, record components, super types, type parameter bounds), so that core may change or drop either
 * library without breaking a user.
 */
class ApiSignatureTest {
  private static final List<String> FORBIDDEN = List.of("com.google.common.", "com.github.benmanes.caffeine.");

  @Test
  void noPublicSignatureOfCoreNamesGuavaOrCaffeine() {
    List<Class<?>> types = publicCoreTypes();
    // The model, the engine, the results, the SPI and the weighting methods are all public: far more than 30.
    assertTrue(types.size() > 30, "only " + types.size() + " public types found: " + types);
    assertTrue(types.contains(io.appraisal.core.spi.RuleRegistry.class), "the SPI is scanned");
    List<String> violations = new ArrayList<>();
    types.forEach(type -> violations.addAll(violations(type)));
    assertEquals(List.of(), violations);
  }

  @Test
  void everyPublicTypeDeclaresItsStatusSinceTheFirstRelease() {
    assertEquals(List.of(), publicCoreTypes().stream().map(ApiSignatureTest::statusProblem)
        .filter(problem -> !problem.isEmpty()).toList());
    assertEquals(Offender.class.getName() + ": no @API(since = \"0.1\")", statusProblem(Offender.class));
  }

  /** What is wrong with the type's {@link API} annotation; empty when nothing. */
  private static String statusProblem(Class<?> type) {
    API api = type.getAnnotation(API.class);
    if (api == null || !api.since().equals("0.1")) {
      return type.getName() + ": no @API(since = \"0.1\")";
    }
    boolean spi = type.getPackageName().endsWith(".spi");
    return spi && api.status() != API.Status.STABLE && api.status() != API.Status.EXPERIMENTAL
        ? type.getName() + ": the SPI is STABLE or EXPERIMENTAL, not " + api.status() : "";
  }

  /** A public type that breaks the line, so the check is seen to find each kind of signature. */
  public static class Offender extends ArrayList<ImmutableList<String>> {
    public ImmutableList<String> field;

    public Offender(List<? extends ImmutableList<String>> parameter) {}

    public List<ImmutableList<String>> method(ImmutableList<String>[] parameter) {
      return List.of();
    }

    protected <T extends ImmutableList<String>> void bounded(T parameter) {}

    public record Component(List<ImmutableList<String>> values) {}
  }

  @Test
  void theCheckFindsEveryKindOfSignature() {
    String offender = Offender.class.getName();
    String guava = "com.google.common.collect.ImmutableList";
    assertEquals(List.of(
            offender + " super type: " + guava,
            offender + " field field: " + guava,
            offender + " constructor " + offender + " parameter: " + guava,
            offender + " method bounded parameter: " + guava,
            offender + " method method parameter: " + guava,
            offender + " method method returns: " + guava),
        violations(Offender.class).stream().sorted(ApiSignatureTest::bySubject).toList());
    assertEquals(List.of(Offender.Component.class.getName() + " record component values: " + guava,
            Offender.Component.class.getName() + " constructor " + Offender.Component.class.getName()
                + " parameter: " + guava,
            Offender.Component.class.getName() + " method values returns: " + guava),
        violations(Offender.Component.class).stream().sorted(ApiSignatureTest::bySubject).toList());
  }

  private static int bySubject(String a, String b) {
    int kind = Integer.compare(order(a), order(b));
    return kind != 0 ? kind : a.compareTo(b);
  }

  private static int order(String violation) {
    List<String> kinds = List.of(" super type", " record component", " field", " constructor", " method");
    for (int k = 0; k < kinds.size(); k++) {
      if (violation.contains(kinds.get(k))) {
        return k;
      }
    }
    return kinds.size();
  }

  private static List<String> violations(Class<?> type) {
    List<String> found = new ArrayList<>();
    String name = type.getName();
    check(type.getGenericSuperclass(), name + " super type", found);
    for (Type face : type.getGenericInterfaces()) {
      check(face, name + " super type", found);
    }
    for (TypeVariable<?> variable : type.getTypeParameters()) {
      check(variable, name + " type parameter", found);
    }
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        check(component.getGenericType(), name + " record component " + component.getName(), found);
      }
    }
    for (Field field : type.getDeclaredFields()) {
      if (visible(field)) {
        check(field.getGenericType(), name + " field " + field.getName(), found);
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (visible(constructor)) {
        for (Type parameter : constructor.getGenericParameterTypes()) {
          check(parameter, name + " constructor " + constructor.getName() + " parameter", found);
        }
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (visible(method) && !method.isBridge()) {
        String subject = name + " method " + method.getName();
        check(method.getGenericReturnType(), subject + " returns", found);
        for (Type parameter : method.getGenericParameterTypes()) {
          check(parameter, subject + " parameter", found);
        }
        for (Type thrown : method.getGenericExceptionTypes()) {
          check(thrown, subject + " throws", found);
        }
        for (TypeVariable<?> variable : method.getTypeParameters()) {
          check(variable, subject + " parameter", found);
        }
      }
    }
    return found.stream().distinct().toList();
  }

  private static boolean visible(Member member) {
    int modifiers = member.getModifiers();
    return !member.isSynthetic() && (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers));
  }

  private static void check(Type type, String subject, List<String> found) {
    walk(type, subject, found, new HashSet<>());
  }

  private static void walk(Type type, String subject, List<String> found, Set<Type> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    if (type instanceof Class<?> c) {
      if (c.isArray()) {
        walk(c.getComponentType(), subject, found, seen);
      } else if (FORBIDDEN.stream().anyMatch(c.getName()::startsWith)) {
        found.add(subject + ": " + c.getName());
      }
    } else if (type instanceof ParameterizedType p) {
      walk(p.getRawType(), subject, found, seen);
      walk(p.getOwnerType(), subject, found, seen);
      for (Type argument : p.getActualTypeArguments()) {
        walk(argument, subject, found, seen);
      }
    } else if (type instanceof WildcardType w) {
      Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
          .forEach(bound -> walk(bound, subject, found, seen));
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        walk(bound, subject, found, seen);
      }
    } else if (type instanceof GenericArrayType a) {
      walk(a.getGenericComponentType(), subject, found, seen);
    }
  }

  /** Every public type of core's classes directory (nested ones when their enclosing types are public too). */
  private static List<Class<?>> publicCoreTypes() {
    URL url = AppraisalEngine.class.getResource("AppraisalEngine.class");
    assertEquals("file", url.getProtocol(), "core's classes are scanned as a directory: " + url);
    Path packageDir;
    try {
      packageDir = Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Path root = packageDir.getParent().getParent().getParent();
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(packageDir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
            .replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, AppraisalEngine.class.getClassLoader());
        if (exported(type)) {
          types.add(type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return types;
  }

  private static boolean exported(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
        return false;
      }
    }
    return true;
  }
}

package io.appraisal.cli;

import io.appraisal.core.Messages;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The usage help ({@code --help}, {@code appraisal help COMMAND}) in one language: a view of the one message bundle's
 * keys under {@value #PREFIX}, under the names picocli looks up ({@link picocli.CommandLine#setResourceBundle}).
 *
 * <p>A key is {@code cli.help.SCOPE.NAME}. SCOPE is the command ({@code appraisal}, {@code rank}, ...) or {@code all}
 * for a text every command shares (an option of a mixin, a heading). NAME is an option's longest name without its
 * dashes (or a parameter's {@code descriptionKey}), or, when it has a dot, picocli's key written with dashes instead
 * of camel case: {@code cli.help.rank.usage.header} is picocli's {@code appraisal.rank.usage.header}, {@code
 * cli.help.all.usage.option-list-heading} its {@code usage.optionListHeading}.
 */
final class HelpBundle extends ResourceBundle {
  static final String PREFIX = "cli.help.";

  /** The scope of the texts every command shares. */
  static final String ALL = "all";

  private static final Pattern DASHED = Pattern.compile("-([a-z])");

  /** Picocli's key to the bundle's. */
  private final Map<String, String> keys = new LinkedHashMap<>();
  private final Messages messages;

  private HelpBundle(Locale locale) {
    this.messages = Messages.of(locale);
    ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, messages.locale(),
        HelpBundle.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    bundle.keySet().stream().filter(key -> key.startsWith(PREFIX)).sorted()
        .forEach(key -> keys.put(picocliKey(key), key));
  }

  /** The usage help in {@code locale}'s language. */
  static HelpBundle of(Locale locale) {
    return new HelpBundle(locale);
  }

  /** The key picocli looks up for the bundle's {@code key} (which starts with {@value #PREFIX}). */
  static String picocliKey(String key) {
    String rest = key.substring(PREFIX.length());
    int dot = rest.indexOf('.');
    String scope = rest.substring(0, dot);
    String name = rest.substring(dot + 1);
    String qualified = scope.equals(ALL) ? "" : scope.equals(AppraisalCli.NAME) ? scope + "."
        : AppraisalCli.NAME + "." + scope + ".";
    return qualified + (name.contains(".") ? camelCase(name) : name);
  }

  private static String camelCase(String dashed) {
    Matcher m = DASHED.matcher(dashed);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, m.group(1).toUpperCase(Locale.ROOT));
    }
    return m.appendTail(out).toString();
  }

  @Override
  protected Object handleGetObject(String key) {
    String ours = keys.get(key);
    return ours == null ? null : messages.text(ours);
  }

  @Override
  public Enumeration<String> getKeys() {
    return Collections.enumeration(keys.keySet());
  }
}

package org.portreg.reconcile;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text as the registry page shows it, for comparing excerpt values with registry values: white
 * space collapsed, no space between adjacent {@code ][}, and on the registry side the HTML decoding
 * a browser applies to IANA's unescaped {@code &}. E-mail addresses are stored as {@code
 * user&domain}; a browser reads {@code &micro} in {@code igorko&microsoft.com} as the legacy entity
 * µ even without its semicolon, so the page shows {@code igorkoµsoft.com}.
 */
final class PageText {
  /** The HTML entities browsers decode without a semicolon: Latin-1 from U+00A0, in order. */
  private static final String[] LATIN1 = {
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para",
    "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave",
    "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc",
    "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc",
    "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN",
    "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave",
    "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve",
    "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml",
    "yacute", "thorn", "yuml"
  };

  private static final Map<String, String> LEGACY = legacyEntities();
  private static final int LONGEST = 6;
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private PageText() {}

  private static Map<String, String> legacyEntities() {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < LATIN1.length; i++) {
      map.put(LATIN1[i], String.valueOf((char) (0xA0 + i)));
    }
    String[][] basic = {{"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}};
    for (String[] pair : basic) {
      map.put(pair[0], pair[1]);
      map.put(pair[0].toUpperCase(java.util.Locale.ROOT), pair[1]);
    }
    map.put("COPY", "\u00A9");
    map.put("REG", "\u00AE");
    return map;
  }

  /** An excerpt value, normalized for comparison. */
  static String ofExcerpt(String value) {
    return collapse(value);
  }

  /** A registry value as the page would show it, normalized for comparison. */
  static String ofRegistry(String value) {
    return collapse(decodeLegacyEntities(value));
  }

  static String collapse(String value) {
    String collapsed = WHITE_SPACE.matcher(value.strip()).replaceAll(" ");
    return collapsed.contains("] [") ? collapsed.replace("] [", "][") : collapsed;
  }

  /** Decodes {@code &name} (with or without {@code ;}) for the legacy entities, longest first. */
  static String decodeLegacyEntities(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int length = c == '&' ? entityLength(text, i + 1) : 0;
      if (length == 0) {
        out.append(c);
        i++;
        continue;
      }
      out.append(LEGACY.get(text.substring(i + 1, i + 1 + length)));
      i += 1 + length;
      if (i < text.length() && text.charAt(i) == ';') {
        i++;
      }
    }
    return out.toString();
  }

  private static int entityLength(String text, int from) {
    for (int length = Math.min(LONGEST, text.length() - from); length >= 2; length--) {
      if (LEGACY.containsKey(text.substring(from, from + length))) {
        return length;
      }
    }
    return 0;
  }
}

package io.totangoconnector.client.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of a curl command that matter to a search: its data arguments, headers and URL. Other
 * options are skipped (with their value when they take one).
 */
record CurlCommand(List<Data> data, List<String> headers, Optional<String> url) {

  /**
   * One data argument.
   *
   * @param raw true when the value after {@code name=} is literal ({@code --data-urlencode}, {@code
   *     -F}) rather than form-encoded text
   */
  record Data(String value, boolean raw) {}

  private static final Set<String> DATA =
      Set.of("-d", "--data", "--data-raw", "--data-binary", "--data-ascii");
  private static final Set<String> RAW_DATA = Set.of("--data-urlencode", "-F", "--form");
  private static final Set<String> HEADER = Set.of("-H", "--header");
  private static final Set<String> WITH_VALUE =
      Set.of(
          ("-X --request -o --output -u --user -A --user-agent -e --referer -b --cookie -c"
                  + " --cookie-jar -m --max-time --connect-timeout -w --write-out --retry"
                  + " --retry-delay --retry-max-time -x --proxy --cacert --capath --cert --key -E"
                  + " --resolve --max-redirs -T --upload-file --limit-rate -r --range -K --config"
                  + " --interface -y -Y -z --oauth2-bearer --proxy-user -U")
              .split(" "));

  /** Reads the words of a command whose first word is {@code curl}. */
  static CurlCommand parse(List<String> words) {
    List<Data> data = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      String option = optionName(w);
      if (option == null) {
        urls.add(positional(w, i, urls));
      } else if (!option.equals(w)) {
        keep(option, w.substring(option.length()), data, headers, urls);
      } else if (takesValue(option)) {
        keep(option, valueAfter(words, i++, option), data, headers, urls);
      }
    }
    return new CurlCommand(data, headers, urls.stream().reduce((a, b) -> b));
  }

  private static void keep(
      String option, String value, List<Data> data, List<String> headers, List<String> urls) {
    if (DATA.contains(option)) {
      data.add(new Data(value, false));
    } else if (RAW_DATA.contains(option)) {
      data.add(new Data(value, true));
    } else if (HEADER.contains(option)) {
      headers.add(value);
    } else if (option.equals("--url")) {
      urls.add(value);
    }
  }

  /** A word that is not an option must be the one URL. */
  private static String positional(String word, int i, List<String> urls) {
    if (!urls.isEmpty() || !looksLikeUrl(word)) {
      throw new QueryException(
          "The curl command has a word that is neither an option nor the search URL (word "
              + (i + 1)
              + "); check its quotes",
          "");
    }
    return word;
  }

  /** The option a word names (a short option may carry its value: {@code -dquery=...}). */
  private static String optionName(String word) {
    if (word.length() < 2 || word.charAt(0) != '-') {
      return null;
    }
    if (word.startsWith("--")) {
      return word;
    }
    String shortOption = word.substring(0, 2);
    return takesValue(shortOption) ? shortOption : word;
  }

  private static boolean takesValue(String option) {
    return option.equals("--url")
        || DATA.contains(option)
        || RAW_DATA.contains(option)
        || HEADER.contains(option)
        || WITH_VALUE.contains(option);
  }

  private static String valueAfter(List<String> words, int i, String option) {
    if (i + 1 >= words.size()) {
      throw new QueryException("The curl option " + option + " has no value", "");
    }
    return words.get(i + 1);
  }

  private static boolean looksLikeUrl(String word) {
    return word.contains("://") || word.contains("/api/");
  }
}

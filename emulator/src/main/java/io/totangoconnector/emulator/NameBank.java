package io.totangoconnector.emulator;

/** Display names of generated records: accents, other scripts, quotes, commas and newlines. */
final class NameBank {
  /** One account is named like an injection attempt, as real data sometimes is. */
  static final String SCRIPT_NAME = "<script>alert(1)</script>";

  private static final String[] COMPANY = {
    "Acme", "Globex", "Initech", "Umbrella", "Müller", "Nordström", "Café Olé", "Zürich",
    "Ångström", "São Paulo", "Kraków", "Łódź", "Øresund", "Ñandú", "東京", "北京",
    "Москва", "Αθήνα", "القاهرة", "서울", "Mumbai", "O'Reilly", "Blue Sky", "Évora",
    "Straße", "Hyperion", "Vertex", "Quantum", "Pioneer", "Summit"
  };
  private static final String[] SUFFIX = {
    "Corp",
    "GmbH",
    "S.A.",
    "Ltd.",
    "Inc.",
    "AG",
    "株式会社",
    "ООО",
    "Labs",
    "Systems",
    "& Sons",
    "Holdings",
    "SARL",
    "Group"
  };
  private static final String[][] FIRST = {
    {"María", "maria"},
    {"José", "jose"},
    {"Zoë", "zoe"},
    {"Jürgen", "juergen"},
    {"Siobhán", "siobhan"},
    {"Łukasz", "lukasz"},
    {"Björk", "bjork"},
    {"François", "francois"},
    {"Chloé", "chloe"},
    {"Ngozi", "ngozi"},
    {"伟", "wei"},
    {"花子", "hanako"},
    {"Дмитрий", "dmitry"},
    {"Αλέξανδρος", "alexandros"},
    {"محمد", "mohammed"},
    {"Anna", "anna"},
    {"John", "john"},
    {"Priya", "priya"}
  };
  private static final String[][] LAST = {
    {"García", "garcia"},
    {"O'Brien", "obrien"},
    {"Müller", "mueller"},
    {"Nguyễn", "nguyen"},
    {"Kowalski", "kowalski"},
    {"李", "li"},
    {"佐藤", "sato"},
    {"Иванов", "ivanov"},
    {"Παπαδόπουλος", "papadopoulos"},
    {"Smith", "smith"},
    {"Dubois", "dubois"},
    {"Al-Farsi", "alfarsi"},
    {"Jones", "jones"},
    {"Østergaard", "ostergaard"}
  };

  private NameBank() {}

  static String accountName(int slot, Rng r) {
    String special = specialAccountName(slot);
    if (special != null) {
      return special;
    }
    String name = r.pick(COMPANY) + " " + r.pick(SUFFIX);
    return r.chance(0.3) ? name + " " + (1 + r.nextInt(99)) : name;
  }

  private static String specialAccountName(int slot) {
    return switch (slot) {
      case 7 -> SCRIPT_NAME;
      case 11 -> "Line one\nLine two Ltd.";
      case 13 -> "Smith, Jones \"and\" Co.";
      case 17 -> "  Leading and trailing spaces  ";
      case 19 -> "Tab\tSeparated, Inc.";
      default -> null;
    };
  }

  /** Returns {display name, ascii slug for the email}. */
  static String[] userName(int slot, Rng r) {
    String[] first = r.pick(FIRST);
    String[] last = r.pick(LAST);
    String display = first[0] + " " + last[0];
    if (slot % 997 == 5) {
      display = "\"Bobby\" " + last[0] + ", Jr.";
    } else if (slot % 997 == 6) {
      display = first[0] + "\n" + last[0];
    }
    return new String[] {display, first[1] + "." + last[1]};
  }
}

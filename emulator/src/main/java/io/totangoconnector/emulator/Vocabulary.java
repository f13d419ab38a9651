package io.totangoconnector.emulator;

import java.util.List;

/** The names and values the generated data is made of (attribute names, owners, segments...). */
final class Vocabulary {
  static final List<String> STATUS_GROUPS =
      List.of("paying", "trial", "churned", "prospect", "freemium");
  static final double[] STATUS_WEIGHTS = {55, 15, 12, 10, 8};
  static final List<String> STATUS_NAMES =
      List.of("Paying", "Trial", "Churned", "Prospect", "Freemium");
  static final List<String> HEALTH = List.of("green", "yellow", "red");
  static final double[] HEALTH_WEIGHTS = {55, 28, 17};

  static final String SUCCESS_MANAGER = "Success Manager";
  static final List<String> ROLES =
      List.of(SUCCESS_MANAGER, "Account Executive", "Solutions Engineer");
  static final List<Owner> OWNERS =
      List.of(
          new Owner("Jane Doe", "jane.doe@vendor.example"),
          new Owner("Zoë Müller", "zoe.mueller@vendor.example"),
          new Owner("José Ñúñez", "jose.nunez@vendor.example"),
          new Owner("Siobhán O'Neill", "siobhan.oneill@vendor.example"),
          new Owner("佐藤 花子", "hanako.sato@vendor.example"),
          new Owner("Дмитрий Иванов", "dmitry.ivanov@vendor.example"),
          new Owner("Ahmed Al-Farsi", "ahmed.alfarsi@vendor.example"),
          new Owner("Chloé Dubois", "chloe.dubois@vendor.example"),
          new Owner("Sam Smith", "sam.smith@vendor.example"));

  static final List<String> SEGMENTS =
      List.of(
          "seg-1001",
          "seg-1002",
          "seg-1003",
          "seg-1004",
          "seg-1005",
          "seg-1006",
          "seg-1007",
          "seg-1008");

  static final String LIFECYCLE = "Customer Lifecycle";
  static final List<String> STAGE_IDS = List.of("1", "2", "3", "4", "5");
  static final List<String> STAGE_NAMES =
      List.of("Onboarding", "Adoption", "Renewal", "Expansion", "At Risk");

  static final String REGION = "Region [Sales]";
  static final List<String> REGIONS = List.of("EMEA", "AMER", "APAC", "LATAM");
  static final String PLAN = "Plan (tier)";
  static final List<String> PLANS = List.of("Starter", "Pro", "Enterprise");
  static final String INDUSTRY = "Industry: vertical";
  static final List<String> INDUSTRIES =
      List.of("Software", "Retail", "Health care", "Finance & Banking", "Éducation");
  static final String NOTES = "Notes, free text";
  static final List<String> NOTES_VALUES =
      List.of(
          "Renewal call booked",
          "Said \"maybe\", follow up",
          "Two lines:\nsecond line",
          "Tabs\tand, commas",
          "Emoji 🚀 launch",
          "");
  static final String SEATS = "Seats (licensed)";
  static final String NPS = "NPS [last survey]";
  static final String ARR = "ARR ($)";
  static final String RENEWAL = "Renewal Date";
  static final String CONTRACT_START = "Contract Start [UTC]";
  static final String PRODUCTS = "Products in use";
  static final List<String> PRODUCT_NAMES = List.of("Analytics", "Billing", "CRM", "Mobile SDK");
  static final String TAGS = "Tags (ops)";
  static final List<String> TAG_NAMES = List.of("vip", "beta", "at-risk", "reference");

  static final String USER_ROLE = "Role";
  static final List<String> USER_ROLES = List.of("Admin", "User", "Viewer");
  static final String DEPARTMENT = "Department (code)";
  static final List<String> DEPARTMENTS = List.of("ENG-1", "OPS-2", "FIN-3", "HR-4", "MKT-5");
  static final String TITLE = "Title";
  static final List<String> TITLES = List.of("CTO", "Analyst", "Directeur général", "Engineer");
  static final String LOGINS = "Logins [30d]";
  static final String SIGNUP = "Signup Date";
  static final String FEATURES = "Features used";
  static final List<String> FEATURE_NAMES = List.of("Reports", "Exports", "API", "Dashboards");

  private Vocabulary() {}
}

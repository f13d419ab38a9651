package io.totangoconnector.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.totangoconnector.client.Report;
import io.totangoconnector.client.query.FieldSpec;
import io.totangoconnector.client.query.ValueKind;
import io.totangoconnector.sinks.Column;
import io.totangoconnector.sinks.ColumnType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableLayoutTest {
  private static final List<FieldSpec> DOCUMENTED_FIELDS =
      List.of(
          new FieldSpec("string", "health", "Health rank ", ValueKind.TEXT, false),
          new FieldSpec("health_trend", null, "Health last change ", ValueKind.JSON, false),
          new FieldSpec(
              "string_attribute", "Success Manager", "Success Manager", ValueKind.TEXT, false));

  @Test
  void accountsHaveFixedColumnsThenFieldsThenBatchColumns() {
    TableLayout layout = TableLayout.of(Report.ACCOUNTS, DOCUMENTED_FIELDS);
    assertThat(layout.schema().columns())
        .extracting(Column::name)
        .containsExactly(
            "account_id",
            "account_name",
            "last_activity_time",
            "health_rank",
            "health_last_change",
            "success_manager",
            "_batch_id",
            "_batch_last_run");
    assertThat(layout.schema().keyColumns()).containsExactly("account_id");
  }

  @Test
  void originalDisplayNameIsKeptTrimmedAsComment() {
    TableLayout layout = TableLayout.of(Report.ACCOUNTS, DOCUMENTED_FIELDS);
    assertThat(layout.schema().columns().get(3).comment()).isEqualTo("Health rank");
  }

  @Test
  void typesFollowTheValueKinds() {
    List<FieldSpec> fields =
        List.of(
            new FieldSpec("number", "contract_value", null, ValueKind.NUMBER, false),
            new FieldSpec("named_aggregation", "unique_users", null, ValueKind.INTEGER, false),
            new FieldSpec("date_attribute", "Renewal", null, ValueKind.EPOCH_MILLIS, false),
            new FieldSpec("simple_date_attribute", "Start", null, ValueKind.ISO_DATE, false),
            new FieldSpec("owner", null, null, ValueKind.JSON, false));
    TableLayout layout = TableLayout.of(Report.ACCOUNTS, fields);
    assertThat(layout.schema().columns().subList(3, 8))
        .extracting(Column::name, Column::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("contract_value", ColumnType.DOUBLE),
            org.assertj.core.groups.Tuple.tuple("unique_users", ColumnType.BIGINT),
            org.assertj.core.groups.Tuple.tuple("renewal", ColumnType.TIMESTAMP),
            org.assertj.core.groups.Tuple.tuple("start", ColumnType.DATE),
            org.assertj.core.groups.Tuple.tuple("owner", ColumnType.JSON));
  }

  @Test
  void usersKeyOnUserAndAccountAndPrefixParentAccountFields() {
    List<FieldSpec> fields =
        List.of(
            new FieldSpec("string", "health", "Health", ValueKind.TEXT, false),
            new FieldSpec("string", "health", "Health", ValueKind.TEXT, true),
            new FieldSpec("string", "status", "Account status", ValueKind.TEXT, true));
    TableLayout layout = TableLayout.of(Report.USERS, fields);
    assertThat(layout.schema().columns())
        .extracting(Column::name)
        .containsExactly(
            "user_id",
            "user_name",
            "account_id",
            "account_name",
            "first_activity_time",
            "last_activity_time",
            "health",
            "account_health",
            "account_status",
            "_batch_id",
            "_batch_last_run");
    assertThat(layout.schema().keyColumns()).containsExactly("user_id", "account_id");
  }

  @Test
  void aFieldNamedLikeAFixedColumnDoesNotCollide() {
    List<FieldSpec> fields =
        List.of(new FieldSpec("string", "identifier", "Account ID", ValueKind.TEXT, false));
    TableLayout layout = TableLayout.of(Report.ACCOUNTS, fields);
    assertThat(layout.schema().columns().get(3).name()).isEqualTo("account_id_2");
  }

  @Test
  void sameQueryGivesSameLayoutEveryRun() {
    assertThat(TableLayout.of(Report.ACCOUNTS, DOCUMENTED_FIELDS).schema())
        .isEqualTo(TableLayout.of(Report.ACCOUNTS, DOCUMENTED_FIELDS).schema());
  }
}

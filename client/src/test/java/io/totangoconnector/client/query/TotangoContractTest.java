package io.totangoconnector.client.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TotangoContractTest {

  @Test
  void fieldsAloneKeepTheirPositions() {
    assertThat(TotangoContract.selectedFieldPositions(3, List.of())).containsExactly(0, 1, 2);
  }

  @Test
  void parentFieldsWithoutIndexFollowTheFields() {
    assertThat(TotangoContract.selectedFieldPositions(2, Arrays.asList(null, null)))
        .containsExactly(0, 1, 2, 3);
  }

  @Test
  void indexedParentFieldTakesItsPositionAndFieldsFillTheRest() {
    assertThat(TotangoContract.selectedFieldPositions(2, List.of(0))).containsExactly(1, 2, 0);
  }

  @Test
  void unindexedParentFieldsTakeWhatIsLeftAfterTheFields() {
    // selected_fields = [field0, parent1, field1, parent0]
    assertThat(TotangoContract.selectedFieldPositions(2, Arrays.asList(null, 1)))
        .containsExactly(0, 2, 3, 1);
  }

  @Test
  void severalIndexedParentFields() {
    // selected_fields = [parent1, field0, parent0]
    assertThat(TotangoContract.selectedFieldPositions(1, List.of(2, 0))).containsExactly(1, 2, 0);
  }

  @Test
  void indexPastTheColumnsIsRefused() {
    assertThatThrownBy(() -> TotangoContract.selectedFieldPositions(1, List.of(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parent field index 2 must be unique and from 0 to 1");
  }

  @Test
  void repeatedIndexIsRefused() {
    assertThatThrownBy(() -> TotangoContract.selectedFieldPositions(1, List.of(1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parent field index 1 must be unique and from 0 to 2");
  }

  @Test
  void fieldKindsFollowTheContractTable() {
    assertThat(TotangoContract.fieldKind("date_attribute")).contains(ValueKind.EPOCH_MILLIS);
    assertThat(TotangoContract.fieldKind("simple_date")).contains(ValueKind.ISO_DATE);
    assertThat(TotangoContract.fieldKind("named_aggregation")).contains(ValueKind.INTEGER);
    assertThat(TotangoContract.fieldKind("products")).contains(ValueKind.JSON);
    assertThat(TotangoContract.fieldKind("last_touch_timestamp")).contains(ValueKind.EPOCH_MILLIS);
    assertThat(TotangoContract.fieldKind("lifecycle_attribute")).contains(ValueKind.TEXT);
    assertThat(TotangoContract.fieldKind("foo_bar")).isEmpty();
    assertThat(TotangoContract.FIELD_KINDS).hasSize(24);
  }
}

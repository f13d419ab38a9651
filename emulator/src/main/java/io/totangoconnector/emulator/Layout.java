package io.totangoconnector.emulator;

import java.util.Arrays;
import java.util.List;

/**
 * Where each value goes in a user's {@code selected_fields}: parent account fields with an {@code
 * index} at that index, then user fields and unindexed parent fields, in order, in the gaps.
 */
final class Layout {
  private static final int EMPTY = Integer.MIN_VALUE;

  private Layout() {}

  static int[] of(int ownFields, List<FieldSpec> parents) {
    int size = ownFields + parents.size();
    int[] layout = new int[size];
    Arrays.fill(layout, EMPTY);
    for (int j = 0; j < parents.size(); j++) {
      Integer index = parents.get(j).index();
      if (index == null) {
        continue;
      }
      if (index < 0 || index >= size || layout[index] != EMPTY) {
        throw new QueryProblem(
            "parent_account_fields["
                + j
                + "].index "
                + index
                + " is out of range 0.."
                + (size - 1)
                + " or used twice");
      }
      layout[index] = -1 - j;
    }
    int next = 0;
    for (int i = 0; i < ownFields; i++) {
      next = fill(layout, next, i);
    }
    for (int j = 0; j < parents.size(); j++) {
      if (parents.get(j).index() == null) {
        next = fill(layout, next, -1 - j);
      }
    }
    return layout;
  }

  private static int fill(int[] layout, int from, int value) {
    int at = from;
    while (layout[at] != EMPTY) {
      at++;
    }
    layout[at] = value;
    return at + 1;
  }
}

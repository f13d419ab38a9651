package io.totangoconnector.client.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShellWordsTest {

  @Test
  void singleQuotesKeepEverything() {
    assertThat(ShellWords.split("curl 'a \\\" b\\\nc' d"))
        .containsExactly("curl", "a \\\" b\\\nc", "d");
  }

  @Test
  void doubleQuotesUnescapeOnlyShellSpecials() {
    assertThat(ShellWords.split("x \"a\\\"b\\\\c\\$d\\ne\\\nf\""))
        .containsExactly("x", "a\"b\\c$d\\nef");
  }

  @Test
  void backslashNewlineJoinsAndBareNewlineSeparates() {
    assertThat(ShellWords.split("a \\\n b\\\r\nc\nd\r\n\te")).containsExactly("a", "bc", "d", "e");
  }

  @Test
  void adjacentQuotedPartsMakeOneWord() {
    assertThat(ShellWords.split("x 'query='\"{}\"\\ y")).containsExactly("x", "query={} y");
  }

  @Test
  void pipeEndsTheCommandUnlessQuoted() {
    assertThat(ShellWords.split("a '|' b | jq .")).containsExactly("a", "|", "b");
  }

  @Test
  void unclosedDoubleQuoteGivesItsPosition() {
    assertThatThrownBy(() -> ShellWords.split("curl\n  -d \"query={}"))
        .isInstanceOf(QueryException.class)
        .hasMessage("The curl command has a \" quote that is never closed (at line 2, column 6)");
  }
}

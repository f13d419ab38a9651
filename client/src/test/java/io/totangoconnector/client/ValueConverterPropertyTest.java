package io.totangoconnector.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.totangoconnector.client.query.ValueKind;
import java.io.IOException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Converting straight from the parser gives what converting the value's node gives. */
class ValueConverterPropertyTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Property(tries = 3000)
  void theParserConvertsAsTheNodeDoes(@ForAll("values") String json, @ForAll ValueKind kind)
      throws IOException {
    Object fromNode = ValueConverter.convert(MAPPER.readTree(json), kind);
    try (JsonParser p = MAPPER.createParser(json)) {
      p.nextToken();
      Object fromParser = ValueConverter.convertCurrent(p, kind);
      if (fromNode == ValueConverter.MISMATCH) {
        assertThat(fromParser).isSameAs(ValueConverter.MISMATCH);
      } else {
        assertThat(fromParser).isEqualTo(fromNode);
      }
      assertThat(p.nextToken()).as("the whole value is read").isNull();
    }
  }

  @Provide
  Arbitrary<String> values() {
    return JsonSamples.values(1);
  }
}

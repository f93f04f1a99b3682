package org.dangjian.io.json.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dangjian.core.dataset.Dataset;
import org.dangjian.io.Privacy;
import org.dangjian.io.json.DangjianJsonModule;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module is found by {@code findAndAddModules()} (service loader), and a {@link Dataset}
 * written through it is the exchange document, which reads back equal.
 */
class DatasetThroughModuleTest {

  private static final Dataset SAMPLE =
      DatasetGenerator.generate(
          GeneratorSettings.builder()
              .seed(7)
              .committees(1)
              .generalBranches(0)
              .branches(2)
              .members(12)
              .probationary(1)
              .build());

  @Test
  void find_and_add_modules_registers_the_masking_module() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules())
        .anySatisfy(m -> assertThat(m).isInstanceOf(DangjianJsonModule.class));
    String member = mapper.writeValueAsString(SAMPLE.members().get(0));
    assertThat(member).contains("\"name\":").contains("\"stage\":");
    String id = SAMPLE.members().get(0).idNumber().orElseThrow().value();
    assertThat(member).doesNotContain(id);
  }

  @Test
  void dataset_is_written_as_the_exchange_document_and_read_back() {
    JsonMapper mapper =
        JsonMapper.builder().addModule(new DangjianJsonModule(Privacy.FULL)).build();
    String json = mapper.writeValueAsString(SAMPLE);
    assertThat(json)
        .startsWith("{\"format\":\"dangjian-exchange\",\"version\":\"1.0\",\"organizations\":[{")
        .contains("\"members\":[{", "\"activities\":[", "\"pairings\":[", "\"bulletins\":[");
    Dataset back = mapper.readValue(json, Dataset.class);
    assertThat(back.members()).hasSameSizeAs(SAMPLE.members()).isEqualTo(SAMPLE.members());
    assertThat(back).isEqualTo(SAMPLE);
  }

  @Test
  void other_documents_are_refused_with_what_was_found() {
    JsonMapper mapper = JsonMapper.builder().addModule(new DangjianJsonModule()).build();
    assertThatThrownBy(
            () -> mapper.readValue("{\"format\":\"other\",\"version\":\"1.0\"}", Dataset.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("\"format\" is \"other\"");
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"format\":\"dangjian-exchange\",\"version\":\"1.0\",\"people\":[]}",
                    Dataset.class))
        .hasMessageContaining("unknown property \"people\"");
    assertThat(
            mapper
                .readValue(
                    "{\"format\":\"dangjian-exchange\",\"version\":\"1.0\",\"members\":null}",
                    Dataset.class)
                .members())
        .isEmpty();
  }

  @Test
  void without_the_module_jackson_cannot_see_the_records() {
    JsonMapper plain = JsonMapper.builder().build();
    assertThat(plain.writeValueAsString(SAMPLE.members().get(0))).isEqualTo("{}");
  }
}

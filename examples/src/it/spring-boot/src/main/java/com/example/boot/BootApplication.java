package com.example.boot;

import org.dangjian.core.dataset.Dataset;
import org.dangjian.io.json.DangjianJsonModule;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot 4 application using dangjian-sdk as README "Spring Boot" says: the SDK's Jackson
 * module as a bean (Boot adds every {@code JacksonModule} bean to its {@code JsonMapper}), the
 * SDK's constraints on the application's own request classes, validated by Boot's validator.
 */
@SpringBootApplication
public class BootApplication {

  /** Writes the SDK's domain records in the exchange format, ID and mobile numbers masked. */
  @Bean
  DangjianJsonModule dangjianJsonModule() {
    return new DangjianJsonModule();
  }

  /** The data the application serves; a real application imports it with DangjianImporter. */
  @Bean
  Dataset dataset() {
    return Dataset.builder().build();
  }

  public static void main(String[] args) {
    SpringApplication.run(BootApplication.class, args);
  }
}

package org.dangjian.validation.beans;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dangjian.validation.BeanValidation;
import org.dangjian.validation.internal.beans.BeanValidators;
import org.junit.jupiter.api.Test;

/**
 * The factory is built once and shared; properties are named after record-style accessors and
 * JavaBeans getters; a constraint on an optional's element applies only when it is present.
 */
class ValidatorFactoryTest {

  /** A JavaBean with getters. */
  public static final class Bean {
    private final String name;
    private final boolean active;

    Bean(String name, boolean active) {
      this.name = name;
      this.active = active;
    }

    @Size(max = 2)
    public String getName() {
      return name;
    }

    @jakarta.validation.constraints.AssertTrue
    public boolean isActive() {
      return active;
    }
  }

  /** A record-style type like the Immutables interfaces of the core. */
  interface Accessors {
    @Size(max = 2)
    String name();

    Optional<@NotBlank @Size(max = 3) String> nickname();
  }

  record Impl(String name, Optional<String> nickname) implements Accessors {}

  record Optionals(@NotNull Optional<@NotBlank String> required) {}

  @Test
  void theFactoryIsBuiltOnceAndSharedByThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<ValidatorFactory>> tasks = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        tasks.add(BeanValidators::factory);
      }
      List<ValidatorFactory> factories = new ArrayList<>();
      for (Future<ValidatorFactory> future : pool.invokeAll(tasks)) {
        factories.add(future.get());
      }
      assertThat(factories).allSatisfy(f -> assertThat(f).isSameAs(BeanValidators.factory()));
    } finally {
      pool.shutdown();
    }
    assertThat(BeanValidation.validator(Locale.ENGLISH))
        .isSameAs(BeanValidation.validator(Locale.US));
  }

  @Test
  void javaBeansGettersKeepTheirPropertyNames() {
    Set<ConstraintViolation<Bean>> violations =
        BeanValidation.validator().validate(new Bean("张三丰", false));

    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("name", "active");
  }

  @Test
  void recordStyleAccessorsAreNamedLikeTheMethod() {
    Set<ConstraintViolation<Impl>> violations =
        BeanValidation.validator().validate(new Impl("张三丰", Optional.of("小明明明")));

    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("name", "nickname");
  }

  /** A user's record whose components carry constraints to both field and accessor. */
  record Form(
      @jakarta.validation.constraints.AssertTrue boolean consent,
      @jakarta.validation.constraints.Max(1) int count,
      @Size(max = 1) String name) {}

  @Test
  void aConstraintOnARecordComponentIsReportedOnce() {
    Set<ConstraintViolation<Form>> violations =
        BeanValidation.validator().validate(new Form(false, 2, "张三"));

    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("consent", "count", "name");
  }

  @Test
  void anOptionalsElementIsCheckedOnlyWhenPresent() {
    assertThat(BeanValidation.validator().validate(new Impl("张三", Optional.empty()))).isEmpty();
    assertThat(BeanValidation.validator().validate(new Impl("张三", Optional.of(" "))))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("nickname");
    assertThat(BeanValidation.validator().validate(new Optionals(Optional.empty()))).isEmpty();
    assertThat(BeanValidation.validator().validate(new Optionals(null)))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("required");
  }
}

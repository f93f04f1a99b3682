package com.example.boot;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.TreeMap;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Accepts application forms and serves the data set and its members as JSON. */
@RestController
class ApplicantController {

  private final Dataset dataset;

  ApplicantController(Dataset dataset) {
    this.dataset = dataset;
  }

  @PostMapping("/applicants")
  Map<String, String> apply(@Valid @RequestBody ApplicantForm form) {
    return Map.of("accepted", form.name());
  }

  @GetMapping("/dataset")
  Dataset dataset() {
    return dataset;
  }

  @GetMapping("/members/{index}")
  Member member(@PathVariable int index) {
    return dataset.members().get(index);
  }

  /** The message of each rejected field, as the request's locale (Accept-Language) says. */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Map<String, String>> rejected(MethodArgumentNotValidException e) {
    Map<String, String> messages = new TreeMap<>();
    for (FieldError error : e.getBindingResult().getFieldErrors()) {
      messages.put(error.getField(), error.getDefaultMessage());
    }
    return ResponseEntity.badRequest().body(messages);
  }
}

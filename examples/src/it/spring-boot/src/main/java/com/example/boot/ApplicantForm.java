package com.example.boot;

import jakarta.validation.constraints.NotBlank;
import org.dangjian.core.constraint.Mobile;
import org.dangjian.core.constraint.ResidentId;

/** An application form posted as JSON: the SDK's constraints on the application's own class. */
public record ApplicantForm(
    @NotBlank String name, @ResidentId String residentId, @Mobile String mobile) {}

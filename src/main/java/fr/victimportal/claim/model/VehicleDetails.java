package fr.victimportal.claim.model;

/** A vehicle involved in the accident and what is known of its insurer. */
public record VehicleDetails(
        String description, String registration, String insurer, String policyNumber, boolean victimsVehicle) {}

package fr.victimportal.claim.domain;

import fr.victimportal.claim.model.VehicleDetails;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "claim_vehicle")
public class ClaimVehicle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "claim_id")
    private Claim claim;

    @Column(nullable = false)
    private int position;

    private String description;
    private String registration;
    private String insurer;

    @Column(name = "policy_number")
    private String policyNumber;

    @Column(name = "victims_vehicle")
    private boolean victimsVehicle;

    protected ClaimVehicle() {}

    ClaimVehicle(Claim claim, int position, VehicleDetails details) {
        this.claim = claim;
        this.position = position;
        this.description = details.description();
        this.registration = details.registration();
        this.insurer = details.insurer();
        this.policyNumber = details.policyNumber();
        this.victimsVehicle = details.victimsVehicle();
    }

    void rewrite(VehicleDetails details) {
        this.description = details.description();
        this.registration = details.registration();
        this.insurer = details.insurer();
        this.policyNumber = details.policyNumber();
        this.victimsVehicle = details.victimsVehicle();
    }

    VehicleDetails details() {
        return new VehicleDetails(description, registration, insurer, policyNumber, victimsVehicle);
    }
}

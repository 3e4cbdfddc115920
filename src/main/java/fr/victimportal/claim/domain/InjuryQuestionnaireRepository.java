package fr.victimportal.claim.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InjuryQuestionnaireRepository extends JpaRepository<InjuryQuestionnaire, Long> {}

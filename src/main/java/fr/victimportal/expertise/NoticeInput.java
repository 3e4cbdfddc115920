package fr.victimportal.expertise;

import java.time.LocalDate;
import java.time.LocalTime;

/** The R211-43 notice as the letter states it; what the letter leaves out stays empty (and is listed as missing). */
public record NoticeInput(
        String examiningDoctor,
        String qualifications,
        String purpose,
        LocalDate examDate,
        LocalTime examTime,
        String place,
        String insurerName,
        boolean assistanceRightStated,
        LocalDate noticeReceivedOn) {}

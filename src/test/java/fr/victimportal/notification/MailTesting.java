package fr.victimportal.notification;

/** Test helpers around the outbox. */
public final class MailTesting {

    private MailTesting() {}

    /** Runs the delivery job until nothing is due any more (other tests of the shared context may have left mail). */
    public static void deliverAll(MailDelivery delivery) {
        for (int run = 0; run < 100; run++) {
            MailDelivery.Report report = delivery.deliverDue();
            if (report.sent() + report.retryLater() + report.failed() + report.takenByAnother() == 0
                    || report.smtpUnreachable()) {
                return;
            }
        }
        throw new IllegalStateException("The outbox does not drain");
    }
}

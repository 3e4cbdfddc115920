package fr.victimportal.notification.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MailOptOutRepository extends JpaRepository<MailOptOut, MailOptOut.Key> {

    @Query("select o from MailOptOut o where o.key.userId = :userId")
    List<MailOptOut> findByUserId(@Param("userId") long userId);
}

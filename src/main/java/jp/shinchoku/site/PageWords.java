package jp.shinchoku.site;

import jp.shinchoku.indicator.PlanDashboard;
import jp.shinchoku.plan.document.PlanDocument;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The meta descriptions of the public pages, naming the government, the plan and the page's
 * subject, in the reader's language: search engines and shared links show them.
 */
@Component
class PageWords {

    private final MessageSource messages;

    PageWords(MessageSource messages) {
        this.messages = messages;
    }

    String planDescription(ShownPlan shown, PlanDashboard dashboard) {
        PlanDocument d = shown.document();
        return word("portal.description.plan", d.organization(), d.title(), d.allInitiatives().size(), asOf(shown));
    }

    String sectionDescription(ShownPlan shown, String section) {
        PlanDocument d = shown.document();
        return word("portal.description.section", d.organization(), d.title(), section, asOf(shown));
    }

    String initiativeDescription(ShownPlan shown, InitiativeView i) {
        PlanDocument d = shown.document();
        return word("portal.description.initiative", d.organization(), d.title(), i.heading(),
                String.join("、", i.owners()), i.gradeWords(), asOf(shown));
    }

    String word(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private String asOf(ShownPlan shown) {
        return shown.published().snapshot() == null ? word("portal.unpublished")
                : Years.date(shown.published().snapshot().asOf());
    }
}

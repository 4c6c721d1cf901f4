package jp.shinchoku.plan;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names an organisation's departments have borne, and which department a name written in a
 * document of a given moment means. A published snapshot names departments as they were called
 * when it was published; the registry has renamed and merged them since.
 */
public final class DepartmentHistory {

    private final List<DepartmentName> names;

    public DepartmentHistory(List<DepartmentName> names) {
        this.names = List.copyOf(names);
    }

    /**
     * The names by which a document written at {@code at} (null: now) refers to the department:
     * every name it has borne, but for one that another department bore at that moment. A name
     * given up and later taken by another department so means the first in the reports published
     * before, and the second after; a snapshot published while a rename was committing still finds
     * its department under either name.
     */
    public Map<String, DepartmentName> namesAt(long departmentId, OffsetDateTime at) {
        Map<String, DepartmentName> found = new LinkedHashMap<>();
        for (DepartmentName n : names) {
            if (n.departmentId() == departmentId && !borneByAnother(n, at)) {
                // a name borne twice: the period that covers the moment says whether it was merged in
                found.merge(n.name(), n, (kept, other) -> other.borneAt(at) ? other : kept);
            }
        }
        return found;
    }

    /**
     * What each department name a document written at {@code at} (null: now) may use is called now:
     * the current names of the departments whose {@link #namesAt} hold it. One department as a rule;
     * two only for a name that nobody bore at that moment, claimed by its former and its later bearer
     * alike, as both their department pages list it.
     */
    public Map<String, List<String>> currentNamesAt(OffsetDateTime at) {
        Map<String, List<String>> meant = new LinkedHashMap<>();
        for (DepartmentName now : names) {
            if (now.validUntil() == null) {
                for (String used : namesAt(now.departmentId(), at).keySet()) {
                    meant.computeIfAbsent(used, u -> new ArrayList<>()).add(now.name());
                }
            }
        }
        return meant;
    }

    private boolean borneByAnother(DepartmentName n, OffsetDateTime at) {
        return names.stream().anyMatch(o -> o.departmentId() != n.departmentId() && o.name().equals(n.name())
                && o.borneAt(at));
    }
}

package fi.kuopas.privacy.web;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;

/** The page a list request answered and the total rows (set by {@link Paging#list}). */
// Looked up programmatically (Paging, PageHeaders): kept although nothing injects it.
@Unremovable
@RequestScoped
public class PageTotal {

    private int page = -1;
    private int size;
    private long total;

    void set(int page, int size, long total) {
        this.page = page;
        this.size = size;
        this.total = total;
    }

    boolean recorded() {
        return page >= 0;
    }

    int page() {
        return page;
    }

    int size() {
        return size;
    }

    long total() {
        return total;
    }
}

package fi.kuopas.privacy.web;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;

/**
 * Bounds of every paged list: a page number so large that page × size overflows would otherwise
 * reach the database as a negative offset (a 500). Beyond the bound the answer is a 400.
 *
 * <p>{@link #list} reads one page and records the total, so {@link PageHeaders} can answer with
 * {@code X-Total-Count} and RFC 8288 {@code Link} headers; the body stays a bare JSON array.
 */
public final class Paging {

    /** The highest page number any list accepts (100,000 pages of 500 = 50 million rows). */
    public static final int MAX_PAGE = 100_000;

    private Paging() {
    }

    /** One page of {@code query}; the total count of its rows goes to the response headers. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> list(PanacheQuery<?> query, int page, int size) {
        record(page, size, query.count());
        return (List<T>) (List<?>) query.page(page, size).list();
    }

    /** Records the page answered and the total rows for the response headers of this request. */
    public static void record(int page, int size, long total) {
        var request = Arc.container() == null ? null : Arc.container().requestContext();
        if (request != null && request.isActive()) {
            Arc.container().instance(PageTotal.class).get().set(page, size, total);
        }
    }
}

package fi.kuopas.privacy.web;

/**
 * Bounds of every paged list: a page number so large that page × size overflows would otherwise
 * reach the database as a negative offset (a 500). Beyond the bound the answer is a 400.
 */
public final class Paging {

    /** The highest page number any list accepts (100,000 pages of 500 = 50 million rows). */
    public static final int MAX_PAGE = 100_000;

    private Paging() {
    }
}

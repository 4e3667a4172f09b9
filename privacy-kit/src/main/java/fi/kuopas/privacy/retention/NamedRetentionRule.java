package fi.kuopas.privacy.retention;

import java.time.Instant;

/**
 * The skeleton of a register's {@link RetentionRule} bean: its name, legal reference and place in
 * the order given once, to the constructor, so a rule class says only what has expired and how it
 * goes. A rule that only counts what it affected implements {@link #apply}; one that keeps expired
 * records on hold extends {@link Holding} and implements {@link #execute} instead.
 */
public abstract class NamedRetentionRule implements RetentionRule {

    private final String name;
    private final String legalReference;
    private final int order;

    /** A rule run at {@code order} among the register's rules (lower first, equal ones by name). */
    protected NamedRetentionRule(String name, String legalReference, int order) {
        this.name = name;
        this.legalReference = legalReference;
        this.order = order;
    }

    /** A rule of a register that runs its rules in name order. */
    protected NamedRetentionRule(String name, String legalReference) {
        this(name, legalReference, 0);
    }

    /** Only for the client proxy CDI makes of a normal-scoped rule bean; a rule itself names itself. */
    protected NamedRetentionRule() {
        this(null, null, 0);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String legalReference() {
        return legalReference;
    }

    @Override
    public int order() {
        return order;
    }

    /**
     * A rule that keeps some expired records (a legal hold, an open debt, a restriction): it
     * implements {@link #execute} with its affected and held counts, and {@link #apply} answers the
     * affected ones.
     */
    public abstract static class Holding extends NamedRetentionRule {

        protected Holding(String name, String legalReference, int order) {
            super(name, legalReference, order);
        }

        protected Holding(String name, String legalReference) {
            super(name, legalReference);
        }

        /** Only for the client proxy CDI makes of a normal-scoped rule bean. */
        protected Holding() {
        }

        @Override
        public int apply(Instant now, boolean dryRun) {
            return execute(now, dryRun).affected();
        }

        @Override
        public abstract Result execute(Instant now, boolean dryRun);
    }
}

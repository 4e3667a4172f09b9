package fi.kuopas.privacy.security;

/** The realm roles (docs/architecture.md), least privilege. */
public final class Roles {
    public static final String CUSTOMER_SERVICE = "customer-service";
    public static final String LETTING_OFFICER = "letting-officer";
    public static final String HR = "hr";
    public static final String HR_HEALTH = "hr-health";
    public static final String SUPERVISOR = "supervisor";
    public static final String STAKEHOLDER_RELATIONS = "stakeholder-relations";
    public static final String SECURITY_OFFICER = "security-officer";
    public static final String DPO = "dpo";
    public static final String PMS_INTEGRATION = "pms-integration";
    public static final String DSR_GATEWAY = "dsr-gateway";
    public static final String CONSENT_COLLECTOR = "consent-collector";

    private Roles() {
    }
}

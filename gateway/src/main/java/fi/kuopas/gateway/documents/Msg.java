package fi.kuopas.gateway.documents;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every fixed text of the documents and the console. English here; Finnish and Swedish in
 * {@code messages/msg_fi.properties} and {@code messages/msg_sv.properties} (one key a line, the same keys:
 * {@code MessageBundleKeysTest} fails on a key missing in either). {@code field_*} are the labels of the
 * registers' record fields, {@code type_*} and {@code ground_*} of our enums.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    @Message("suomeksi")
    String lang_fi();

    @Message("på svenska")
    String lang_sv();

    @Message("in English")
    String lang_en();

    @Message("Language")
    String languages();

    @Message("English")
    String language_name();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("Print")
    String print();

    @Message("Response to your data protection request")
    String report_title();

    @Message("Draft: decisions on possible matches are still open.")
    String report_draft();

    @Message("Case number")
    String case_number();

    @Message("Request")
    String request();

    @Message("Received")
    String received();

    @Message("Completed")
    String completed();

    @Message("Data subject")
    String subject();

    @Message("Data about you")
    String found();

    @Message("We hold data about you in this register.")
    String found_yes();

    @Message("We hold no data about you in this register.")
    String found_no();

    @Message("Purposes and legal bases")
    String purposes();

    @Message("Purpose")
    String purpose();

    @Message("Legal basis")
    String basis();

    @Message("Sources")
    String sources();

    @Message("Recipients")
    String recipients();

    @Message("Transfers outside the EU or EEA")
    String transfers();

    @Message("Retention")
    String retention();

    @Message("Your data")
    String records();

    @Message("Record")
    String record();

    @Message("Log of access to your data")
    String access_log();

    @Message("{role}: {action} – {record} ({count} times)")
    String log_line(String role, String action, String record, int count);

    @Message("{role}: {action} – {record}")
    String log_line_once(String role, String action, String record);

    @Message("purpose: {purpose}")
    String log_purpose(String purpose);

    @Message("{from} – {to}")
    String period(String from, String to);

    @Message("Erased")
    String erased();

    @Message("Kept because of a legal obligation")
    String kept();

    @Message("kept until {until}")
    String kept_until(String until);

    @Message("Count")
    String count();

    @Message("Reason")
    String reason();

    @Message("Legal reference")
    String legal_reference();

    @Message("Done")
    String applied();

    @Message("Not done")
    String refused();

    @Message("Recipients we inform of the change")
    String notify_recipients();

    @Message("Portable data")
    String portable();

    @Message("Your rights")
    String rights();

    @Message("Right to complain")
    String complaint();

    @Message("Automated decision-making")
    String automated();

    @Message("You have the right of access to your data (Art 15), to rectification (Art 16), to erasure (Art 17), to restriction of processing (Art 18), to data portability (Art 20), to object to processing based on legitimate interests or for direct marketing (Art 21), and to withdraw your consent at any time without affecting the lawfulness of earlier processing.")
    String rights_text();

    @Message("You have the right to lodge a complaint with the supervisory authority: Office of the Data Protection Ombudsman, P.O. Box 800, 00531 Helsinki, Finland, tietosuoja@om.fi, www.tietosuoja.fi (Art 77).")
    String complaint_text();

    @Message("We make no decisions about you based solely on automated processing, and we do not profile you (Art 22).")
    String automated_text();

    @Message("A second data protection officer approved the erasure on {at}.")
    String erasure_approved(String at);

    @Message("Recipients told of the change")
    String recipients_told();

    @Message("Access to your data (Art 15)")
    String type_ACCESS();

    @Message("Rectification (Art 16)")
    String type_RECTIFICATION();

    @Message("Erasure (Art 17)")
    String type_ERASURE();

    @Message("Restriction of processing (Art 18)")
    String type_RESTRICTION();

    @Message("Data portability (Art 20)")
    String type_PORTABILITY();

    @Message("Objection (Art 21)")
    String type_OBJECTION();

    @Message("processor")
    String role_processor();

    @Message("controller")
    String role_controller();

    @Message("authority")
    String role_authority();

    @Message("Privacy notice")
    String notice_title();

    @Message("The description of the following registers is not available right now, so this notice is incomplete. Please try again later:")
    String notice_unavailable();

    @Message("Controller")
    String controller();

    @Message("Business ID")
    String business_id();

    @Message("Contact person")
    String contact();

    @Message("Data protection officer")
    String dpo();

    @Message("Version")
    String version();

    @Message("Categories of data subjects")
    String subjects();

    @Message("Legitimate interest")
    String interest();

    @Message("Statutory or contractual requirement")
    String requirement();

    @Message("Data content")
    String categories();

    @Message("Fields")
    String fields();

    @Message("Special category")
    String special();

    @Message("Regular sources")
    String regular_sources();

    @Message("Disclosures")
    String disclosures();

    @Message("Role")
    String role();

    @Message("Country")
    String country();

    @Message("Mechanism")
    String mechanism();

    @Message("Safeguards")
    String safeguard();

    @Message("Period")
    String retention_period();

    @Message("Starts")
    String retention_trigger();

    @Message("Security principles")
    String security();

    @Message("Your rights")
    String your_rights();

    @Message("Your request takes longer to answer")
    String extension_title();

    @Message("We received your data protection request on {received}. Handling it needs more time than usual, so we extend the time limit by {months} month(s) under Article 12(3) of the GDPR. Reason: {reason} We will answer by {due} at the latest. You have the right to lodge a complaint with the Office of the Data Protection Ombudsman (tietosuoja.fi).")
    String extension_text(String received, int months, String reason, String due);

    @Message("Your request cannot be acted on")
    String refusal_title();

    @Message("We received your data protection request on {received}. We cannot act on it {ground} Reasons: {reason} You have the right to lodge a complaint with the Office of the Data Protection Ombudsman (tietosuoja.fi) and to seek a judicial remedy (Articles 77–79 of the GDPR).")
    String refusal_text(String received, String ground, String reason);

    @Message("because it is manifestly unfounded (Article 12(5) of the GDPR).")
    String ground_MANIFESTLY_UNFOUNDED();

    @Message("because it is excessive, in particular because of its repetitive character (Article 12(5) of the GDPR).")
    String ground_EXCESSIVE();

    @Message("because your identity could not be established (Articles 11(2) and 12(2) of the GDPR).")
    String ground_IDENTITY_NOT_ESTABLISHED();

    @Message("viewed")
    String value_VIEW();

    @Message("searched")
    String value_SEARCH();

    @Message("created")
    String value_CREATE();

    @Message("updated")
    String value_UPDATE();

    @Message("deleted")
    String value_DELETE();

    @Message("exported")
    String value_EXPORT();

    @Message("disclosed")
    String value_DISCLOSE();

    @Message("anonymised")
    String value_ANONYMISE();

    @Message("restricted")
    String value_RESTRICT();

    @Message("handled a data protection request")
    String value_DSR();

    @Message("customer service")
    String staff_customer_service();

    @Message("letting officer")
    String staff_letting_officer();

    @Message("HR")
    String staff_hr();

    @Message("HR (health data)")
    String staff_hr_health();

    @Message("supervisor")
    String staff_supervisor();

    @Message("stakeholder relations")
    String staff_stakeholder_relations();

    @Message("security officer")
    String staff_security_officer();

    @Message("data protection officer")
    String staff_dpo();

    @Message("property management system")
    String staff_pms_integration();

    @Message("data protection request handling")
    String staff_dsr_gateway();

    @Message("consent collection")
    String staff_consent_collector();

    @Message("DPO console")
    String c_title();

    @Message("Cases")
    String c_cases();

    @Message("Open a case")
    String c_open_case();

    @Message("Breaches")
    String c_breaches();

    @Message("Signed in as")
    String c_signed_in();

    @Message("Log out")
    String c_logout();

    @Message("Status")
    String c_status();

    @Message("Type")
    String c_type();

    @Message("all")
    String c_all();

    @Message("Filter")
    String c_filter();

    @Message("overdue")
    String c_overdue();

    @Message("due within 7 days")
    String c_due_soon();

    @Message("paused")
    String c_paused();

    @Message("awaiting approval")
    String c_awaiting_approval();

    @Message("unanswered")
    String c_unanswered();

    @Message("Received")
    String c_received();

    @Message("Due")
    String c_due();

    @Message("Pending registers")
    String c_pending_registers();

    @Message("Open")
    String c_open();

    @Message("No cases.")
    String c_no_cases();

    @Message("Previous page")
    String c_previous();

    @Message("Next page")
    String c_next();

    @Message("Could not do that")
    String c_error();

    @Message("Data subject")
    String c_subject();

    @Message("Verification")
    String c_verification();

    @Message("proved")
    String c_verified();

    @Message("not proved")
    String c_unverified();

    @Message("Identifiers")
    String c_identifiers();

    @Message("Registers")
    String c_registers();

    @Message("Attempts")
    String c_attempts();

    @Message("Possible matches")
    String c_matches();

    @Message("Recipients to notify")
    String c_recipients();

    @Message("Erasure")
    String c_erasure();

    @Message("A second DPO, not the one who opened the case, must approve the previewed erasure before it is executed.")
    String c_four_eyes();

    @Message("Approved")
    String c_approved_by();

    @Message("Not approved yet")
    String c_not_approved();

    @Message("Erasure preview")
    String c_preview();

    @Message("Approve the erasure")
    String c_approve();

    @Message("Execute the erasure")
    String c_execute();

    @Message("Would erase")
    String c_erase();

    @Message("Would keep")
    String c_keep();

    @Message("Documents")
    String c_documents();

    @Message("Report")
    String c_report();

    @Message("JSON")
    String c_json();

    @Message("Portability package")
    String c_portability();

    @Message("Extension notice")
    String c_extension_notice();

    @Message("Refusal notice")
    String c_refusal_notice();

    @Message("Actions")
    String c_actions();

    @Message("Record the verification")
    String c_verify();

    @Message("Method")
    String c_method();

    @Message("Reference")
    String c_reference();

    @Message("Save")
    String c_save();

    @Message("Record the answer to the subject")
    String c_answer();

    @Message("Channel")
    String c_channel();

    @Message("Extend the deadline")
    String c_extend();

    @Message("Reason")
    String c_reason();

    @Message("Months")
    String c_months();

    @Message("Refuse the request")
    String c_refuse();

    @Message("Ground")
    String c_ground();

    @Message("Cancel the case")
    String c_cancel();

    @Message("Journal")
    String c_history();

    @Message("Name")
    String c_name();

    @Message("Personal identity code")
    String c_pic();

    @Message("Email")
    String c_email();

    @Message("Phone")
    String c_phone();

    @Message("Date of birth (YYYY-MM-DD)")
    String c_birth_date();

    @Message("Text of the request")
    String c_details();

    @Message("Nature")
    String c_nature();

    @Message("Aware since")
    String c_aware();

    @Message("Authority notification due")
    String c_notification_due();

    @Message("No breaches recorded.")
    String c_no_breaches();

    @Message("matched on")
    String c_matched_on();

    @Message("Confirm: the subject proved the identifier")
    String c_confirm_match();

    @Message("Dismiss: not the subject's record")
    String c_dismiss_match();

    @Message("How it was proved")
    String c_proof();

    @Message("Record the notification")
    String c_recipient_decide();

    @Message("Reason (when not needed)")
    String c_recipient_reason();

    @Message("Record a reasonable doubt about identity (the clock stops)")
    String c_doubt();

    @Message("Doubt about identity")
    String c_doubt_recorded();

    @Message("Request for information sent (reference)")
    String c_request_reference();

    @Message("follow up the request for information")
    String c_follow_up();

    @Message("Record the notice to the subject before the restriction is lifted")
    String c_lift_notice();

    @Message("Access logs")
    String c_audit();

    @Message("Every log is intact")
    String c_audit_all_intact();

    @Message("Not every log is intact")
    String c_audit_not_intact();

    @Message("checked")
    String c_audit_checked_at();

    @Message("Service")
    String c_audit_service();

    @Message("State")
    String c_audit_state();

    @Message("First broken")
    String c_audit_first_broken();

    @Message("Newest seal")
    String c_audit_newest_seal();

    @Message("Witnessed / held seals")
    String c_audit_witnessed();

    @Message("Entries checked")
    String c_audit_entries();

    @Message("intact")
    String c_audit_intact();

    @Message("broken")
    String c_audit_broken();

    @Message("not reachable")
    String c_audit_unreachable();

    @Message("seal")
    String c_audit_seal();

    @Message("entry")
    String c_audit_entry();

    @Message("not witnessed")
    String c_audit_unwitnessed();

    @Message("refused by the witness")
    String c_audit_rejected();

    @Message("Each service checks its access log against its own seals; the gateway compares them with the seals it witnessed. A seal that is missing or differs means the log was shortened or rewritten after sealing.")
    String c_audit_help();

    @Message("Retention runs")
    String c_retention();



    @Message("Started")
    String c_retention_started();

    @Message("Finished")
    String c_retention_finished();

    @Message("Rules")
    String c_retention_rules();

    @Message("no run yet")
    String c_retention_none();

    @Message("dry run (only counted)")
    String c_retention_dry_run();

    @Message("deleted")
    String c_retention_real();

    @Message("deleted or anonymised")
    String c_retention_affected();

    @Message("kept (hold or restriction)")
    String c_retention_held();

    @Message("yes")
    String value_true();

    @Message("no")
    String value_false();

    @Message("absence days")
    String field_absenceDays();

    @Message("action")
    String field_action();

    @Message("added")
    String field_addedAt();

    @Message("address")
    String field_address();

    @Message("amount (cents)")
    String field_amountCents();

    @Message("annual leave days")
    String field_annualLeaveDays();

    @Message("answered")
    String field_answeredAt();

    @Message("apartment")
    String field_apartment();

    @Message("time")
    String field_at();

    @Message("bank account")
    String field_bankAccount();

    @Message("date of birth")
    String field_birthDate();

    @Message("camera")
    String field_camera();

    @Message("channel")
    String field_channel();

    @Message("checked")
    String field_checkedAt();

    @Message("city")
    String field_city();

    @Message("closed")
    String field_closedAt();

    @Message("created")
    String field_createdAt();

    @Message("decided")
    String field_decidedAt();

    @Message("decision")
    String field_decision();

    @Message("reason for the decision")
    String field_decisionReason();

    @Message("description")
    String field_description();

    @Message("desired area")
    String field_desiredArea();

    @Message("desired rooms")
    String field_desiredRooms();

    @Message("details")
    String field_details();

    @Message("disclosed")
    String field_disclosedAt();

    @Message("email")
    String field_email();

    @Message("end date")
    String field_endDate();

    @Message("expires")
    String field_expiresAt();

    @Message("first name")
    String field_firstName();

    @Message("given")
    String field_givenAt();

    @Message("grounds")
    String field_grounds();

    @Message("household size")
    String field_householdSize();

    @Message("kind")
    String field_kind();

    @Message("language")
    String field_language();

    @Message("last name")
    String field_lastName();

    @Message("legal basis")
    String field_legalBasis();

    @Message("name")
    String field_name();

    @Message("note")
    String field_note();

    @Message("notified")
    String field_notifiedAt();

    @Message("objected")
    String field_objectedAt();

    @Message("occurred")
    String field_occurredAt();

    @Message("opened")
    String field_openedAt();

    @Message("organisation")
    String field_organisation();

    @Message("outcome")
    String field_outcome();

    @Message("overtime hours")
    String field_overtimeHours();

    @Message("payment defaults")
    String field_paymentDefaults();

    @Message("period")
    String field_period();

    @Message("personal identity code")
    String field_personalIdentityCode();

    @Message("pets")
    String field_pets();

    @Message("phone")
    String field_phone();

    @Message("position")
    String field_position();

    @Message("postal code")
    String field_postalCode();

    @Message("purpose")
    String field_purpose();

    @Message("queried")
    String field_queriedAt();

    @Message("reason")
    String field_reason();

    @Message("received")
    String field_receivedAt();

    @Message("recipient")
    String field_recipient();

    @Message("recorded")
    String field_recordedAt();

    @Message("regular hours")
    String field_regularHours();

    @Message("reported")
    String field_reportedAt();

    @Message("restricted")
    String field_restricted();

    @Message("role")
    String field_role();

    @Message("rooms")
    String field_rooms();

    @Message("scope")
    String field_scope();

    @Message("score")
    String field_score();

    @Message("since")
    String field_since();

    @Message("site")
    String field_site();

    @Message("source")
    String field_source();

    @Message("start date")
    String field_startDate();

    @Message("status")
    String field_status();

    @Message("street address")
    String field_streetAddress();

    @Message("summary")
    String field_summary();

    @Message("team")
    String field_team();

    @Message("title")
    String field_title();

    @Message("type")
    String field_type();

    @Message("updated")
    String field_updatedAt();

    @Message("valid until")
    String field_validUntil();

    @Message("withdrawn")
    String field_withdrawnAt();
}

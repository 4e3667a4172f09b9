package fi.kuopas.privacy.dsr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one rule by which every register decides whether a record belongs to a data subject
 * (docs/domain-rules.md, "exact subject matching"; GDPR Art 5(1)(f), Art 15, Art 12(6)).
 *
 * <p>Records come in <em>groups</em>: the rows of one person (a customer row, an employee, a contact
 * person). A group belongs to the subject when one of its keys is a <em>verified</em> identity-code,
 * email, phone or device key — unless the group carries an identity code other than the verified
 * one (a different person who shares the family email), or the verified key it matched is shared by
 * groups with different identity codes (an ambiguous identifier). Every other group that matched
 * any key — only claimed ones, or name and birth date alone — is a {@link PossibleMatch}: reported
 * with a masked hint, never included.
 */
public final class SubjectMatcher {

    private SubjectMatcher() {
    }

    /**
     * One candidate record.
     *
     * @param group what links records of one person (e.g. the person id); records of one group are
     *              included or excluded together
     * @param keys  every subject key the record is indexed under
     * @param kind  the record kind shown in a possible match
     * @param hint  a masked hint shown in a possible match (see {@link #hint})
     */
    public record Candidate<T>(T record, Object group, Collection<String> keys, String kind, String hint) {
    }

    /** The records that belong to the subject, and the possible matches to show the DPO. */
    public record Result<T>(List<T> included, List<PossibleMatch> possibleMatches, Set<String> includedKeys) {
        public boolean found() {
            return !included.isEmpty();
        }
    }

    public static <T> Result<T> match(String register, SubjectRef subject, List<Candidate<T>> candidates) {
        Set<String> all = subject.all();
        Map<Object, Set<String>> groupKeys = new LinkedHashMap<>();
        for (Candidate<T> c : candidates) {
            Set<String> keys = groupKeys.computeIfAbsent(c.group(), g -> new LinkedHashSet<>());
            c.keys().stream().filter(Objects::nonNull).forEach(keys::add);
        }
        Set<String> verifiedCodes = new HashSet<>();
        Set<String> verifiedOther = new HashSet<>();
        for (String k : subject.verified()) {
            if (k.startsWith("pic_")) {
                verifiedCodes.add(k);
            } else if (!k.startsWith("name_")) {
                verifiedOther.add(k);
            }
        }
        Set<String> ambiguous = ambiguousKeys(groupKeys, verifiedOther);
        Set<Object> includedGroups = new HashSet<>();
        groupKeys.forEach((group, keys) -> {
            if (belongs(keys, verifiedCodes, verifiedOther, ambiguous)) {
                includedGroups.add(group);
            }
        });
        List<T> included = new ArrayList<>();
        Set<String> includedKeys = new LinkedHashSet<>();
        Map<List<Object>, PossibleMatch> possible = new LinkedHashMap<>();
        for (Candidate<T> c : candidates) {
            if (includedGroups.contains(c.group())) {
                included.add(c.record());
                c.keys().stream().filter(Objects::nonNull).forEach(includedKeys::add);
                continue;
            }
            List<String> matched = c.keys().stream().filter(Objects::nonNull).filter(all::contains)
                    .map(SubjectMatcher::identifierKind).distinct().sorted().toList();
            if (!matched.isEmpty()) {
                possible.putIfAbsent(List.of(c.group(), c.kind()), new PossibleMatch(register, c.kind(), matched, c.hint()));
            }
        }
        return new Result<>(included, List.copyOf(possible.values()), includedKeys);
    }

    private static boolean belongs(Set<String> keys, Set<String> verifiedCodes, Set<String> verifiedOther, Set<String> ambiguous) {
        if (keys.stream().anyMatch(verifiedCodes::contains)) {
            return true;
        }
        boolean otherCode = !verifiedCodes.isEmpty() && keys.stream().anyMatch(k -> k.startsWith("pic_"));
        if (otherCode) {
            return false; // the record names a different identity code: another person, whatever else matches
        }
        return keys.stream().anyMatch(k -> verifiedOther.contains(k) && !ambiguous.contains(k));
    }

    /** Verified non-code keys held by groups with two or more different identity codes identify nobody. */
    private static Set<String> ambiguousKeys(Map<Object, Set<String>> groupKeys, Set<String> verifiedOther) {
        Map<String, Set<String>> codesPerKey = new HashMap<>();
        groupKeys.values().forEach(keys -> keys.stream().filter(verifiedOther::contains).forEach(k -> {
            Set<String> codes = codesPerKey.computeIfAbsent(k, x -> new HashSet<>());
            keys.stream().filter(c -> c.startsWith("pic_")).findFirst().ifPresentOrElse(codes::add, () -> codes.add("?" + k));
        }));
        Set<String> ambiguous = new HashSet<>();
        codesPerKey.forEach((k, codes) -> {
            if (codes.stream().filter(c -> c.startsWith("pic_")).count() > 1) {
                ambiguous.add(k);
            }
        });
        return ambiguous;
    }

    /** The identifier kind of a subject key, as possible matches name it. */
    public static String identifierKind(String key) {
        String prefix = key.substring(0, key.indexOf('_'));
        return switch (prefix) {
            case "pic" -> "PERSONAL_IDENTITY_CODE";
            case "name" -> "NAME_AND_BIRTH_DATE";
            default -> prefix.toUpperCase(Locale.ROOT);
        };
    }

    /** A masked hint such as "L. H., born 1975": initials and a birth year, nothing more. */
    public static String hint(String firstName, String lastName, LocalDate birthDate) {
        StringBuilder b = new StringBuilder();
        appendInitial(b, firstName);
        appendInitial(b, lastName);
        if (birthDate != null) {
            b.append(b.length() > 0 ? ", " : "").append("born ").append(birthDate.getYear());
        }
        return b.length() == 0 ? "no name on record" : b.toString();
    }

    private static void appendInitial(StringBuilder b, String name) {
        if (name != null && !name.isBlank()) {
            b.append(b.length() > 0 ? " " : "").append(name.strip().substring(0, 1).toUpperCase(Locale.ROOT)).append('.');
        }
    }
}

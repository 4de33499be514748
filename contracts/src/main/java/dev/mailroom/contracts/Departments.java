package dev.mailroom.contracts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The default label-to-department routing map of ARCHITECTURE.md; services make it configurable. */
public final class Departments {

    /** The queue that gets every outcome whose confidence is under its label's threshold. */
    public static final String REVIEW = "review";

    /** Default department per label. */
    public static final Map<Label, String> DEFAULT_MAP;

    static {
        Map<Label, String> map = new EnumMap<>(Label.class);
        map.put(Label.INVOICE, "accounts-payable");
        map.put(Label.OFFER, "procurement");
        map.put(Label.PURCHASE_ORDER, "sales");
        map.put(Label.JOB_APPLICATION, "human-resources");
        map.put(Label.COMPLAINT, "customer-care");
        map.put(Label.SERVICE_REQUEST, "customer-service");
        map.put(Label.OTHER, "mailroom-triage");
        DEFAULT_MAP = Collections.unmodifiableMap(map);
    }

    private Departments() {}
}

package com.workoutplanparser.delivery;

import com.workoutplanparser.export.ExportFormat;
import org.apache.camel.util.URISupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PLAN_DELIVERY_URIS read into targets. URIs are separated by commas that start another URI (a comma followed by
 * {@code scheme:}), so a comma inside one URI's parameters ({@code to=a@x.test,b@x.test}) stays in it. Each URI
 * may name its format with {@code deliveryFormat=json|liftoscript|csv|markdown}, which is taken out before the URI
 * goes to Camel. A bad format or a URI named twice is a configuration error at start, with the reason.
 */
public final class DeliveryTargets {

    private static final Pattern SEPARATOR = Pattern.compile(",\\s*(?=[A-Za-z][A-Za-z0-9+.-]*:)");
    private static final Pattern FORMAT_PARAM = Pattern.compile("([?&])deliveryFormat=([^&]*)&?");

    private final Map<String, DeliveryTarget> byKey = new LinkedHashMap<>();

    public DeliveryTargets(String uris) {
        if (uris == null || uris.isBlank()) return;
        for (String raw : SEPARATOR.split(uris.strip())) {
            String uri = raw.strip();
            if (uri.isEmpty()) continue;
            ExportFormat format = ExportFormat.JSON;
            Matcher m = FORMAT_PARAM.matcher(uri);
            if (m.find()) {
                String name = m.group(2);
                format = ExportFormat.byName(name).orElseThrow(() -> new IllegalArgumentException(
                        "PLAN_DELIVERY_URIS: deliveryFormat=" + name + " is not json, liftoscript, csv or markdown"));
                String rest = uri.substring(m.end());
                uri = uri.substring(0, m.start()) + (rest.isEmpty() ? "" : m.group(1) + rest);
            }
            String key = URISupport.sanitizeUri(uri);
            if (byKey.containsKey(key)) {
                throw new IllegalArgumentException("PLAN_DELIVERY_URIS names " + key + " twice");
            }
            byKey.put(key, new DeliveryTarget(key, uri, format, shown(key)));
        }
    }

    public List<DeliveryTarget> all() {
        return new ArrayList<>(byKey.values());
    }

    public Optional<DeliveryTarget> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** "https://hooks.example.com/plans", "file:outbox", "direct:deliver-coach": no parameters, no user info. */
    static String shown(String uri) {
        String s = uri;
        int q = s.indexOf('?');
        if (q >= 0) s = s.substring(0, q);
        return s.replaceFirst("//[^/@]*@", "//");
    }
}

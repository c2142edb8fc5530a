package com.workoutplanparser.delivery;

import com.workoutplanparser.export.ExportFormat;

/**
 * One configured delivery target.
 *
 * @param key    the URI with secrets masked: what a plan_delivery row names, and how it finds this target again
 * @param uri    the Camel endpoint URI to send to, without {@code deliveryFormat}
 * @param format what is sent: the plan as JSON (default), Liftoscript, CSV or Markdown
 * @param shown  what the API shows of it: the URI without query parameters or user info
 */
public record DeliveryTarget(String key, String uri, ExportFormat format, String shown) {
}

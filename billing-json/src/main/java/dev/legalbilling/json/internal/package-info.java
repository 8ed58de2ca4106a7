/** Jackson serializers and converters behind {@code BillingJsonModule}, and error helpers. Not part of the API. */
package dev.legalbilling.json.internal;

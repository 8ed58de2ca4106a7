/** Jackson serializers and converters behind {@code BillingJsonModule}. Not part of the API. */
package dev.legalbilling.json.internal;

package dev.legalbilling.json.internal;

import com.fasterxml.jackson.databind.JsonMappingException;

/** The key path of a Jackson mapping error as error messages print it. Stateless. */
public final class JsonPaths {
    private JsonPaths() {
    }

    /**
     * @param e a mapping error
     * @return its path, e.g. {@code lines[2].narrative}; empty at the top level
     */
    public static String of(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            }
        }
        return sb.toString();
    }
}

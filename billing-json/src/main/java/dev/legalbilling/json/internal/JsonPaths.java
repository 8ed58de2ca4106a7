package dev.legalbilling.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    /**
     * @param mapper the mapper the text is read with
     * @param text the document
     * @param path a key path as {@link #of} writes it, e.g. {@code lines[1].lawFirmId}
     * @return {line, column} of the key (or list item), 1-based; {0, 0} when it is not found
     */
    public static int[] locate(ObjectMapper mapper, String text, String path) {
        if (path == null || path.isEmpty()) {
            return new int[] {0, 0};
        }
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            java.util.Deque<String> parents = new java.util.ArrayDeque<>();
            java.util.Deque<int[]> indexes = new java.util.ArrayDeque<>();
            String current = "";
            String pendingField = null;
            for (com.fasterxml.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    pendingField = (current.isEmpty() ? "" : current + ".") + p.currentName();
                    if (pendingField.equals(path)) {
                        return at(p);
                    }
                    continue;
                }
                if (t.isStructEnd()) {
                    current = parents.isEmpty() ? "" : parents.pop();
                    indexes.poll();
                    continue;
                }
                String here = current;
                if (pendingField != null) {
                    here = pendingField;
                    pendingField = null;
                } else if (!indexes.isEmpty() && indexes.peek()[0] >= 0) {
                    here = current + "[" + indexes.peek()[0]++ + "]";
                    if (here.equals(path)) {
                        return at(p);
                    }
                }
                if (t.isStructStart()) {
                    parents.push(current);
                    current = here;
                    indexes.push(new int[] {t == com.fasterxml.jackson.core.JsonToken.START_ARRAY ? 0 : -1});
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return new int[] {0, 0};
        }
        return new int[] {0, 0};
    }

    private static int[] at(JsonParser p) {
        com.fasterxml.jackson.core.JsonLocation l = p.currentTokenLocation();
        return new int[] {Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0)};
    }
}

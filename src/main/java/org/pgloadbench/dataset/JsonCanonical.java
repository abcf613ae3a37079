package org.pgloadbench.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text as PostgreSQL prints a jsonb value ({@code jsonb::text}), so the checksum of a jsonb
 * column can be computed in Java exactly as in SQL. jsonb keeps no text: it stores the parsed
 * document and prints it canonically - object keys sorted by byte length, then by bytes, the last
 * of duplicate keys kept, {@code ": "} and {@code ", "} as separators, escapes in strings decoded
 * and only quote, backslash and control characters escaped again, numbers as numeric prints them
 * ({@code 1e3} as {@code 1000}, {@code 1.50} as {@code 1.50}, {@code -0} as {@code 0}).
 */
public final class JsonCanonical {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonCanonical() {}

    /** @throws IllegalArgumentException for text that is not JSON */
    public static String of(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() == null) {
                throw new IllegalArgumentException("not JSON: an empty text");
            }
            Object document = read(parser);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("more than one JSON value in " + json);
            }
            StringBuilder out = new StringBuilder(json.length());
            write(document, out);
            return out.toString();
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    /** A JSON value as maps (keys in input order, the last duplicate kept), lists, numbers and strings. */
    private static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() != JsonToken.END_OBJECT) {
                    String key = parser.currentName();
                    parser.nextToken();
                    object.put(key, read(parser));
                }
                return object;
            case START_ARRAY:
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser));
                }
                return array;
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                BigDecimal number = new BigDecimal(parser.getText());
                return new NumberText(
                        number.setScale(Math.max(0, number.scale())).toPlainString());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("unexpected " + token);
        }
    }

    @SuppressWarnings("unchecked")
    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            List<Map.Entry<String, Object>> entries = new ArrayList<>(((Map<String, Object>) map).entrySet());
            entries.sort((a, b) -> compareKeys(a.getKey(), b.getKey()));
            out.append('{');
            for (int i = 0; i < entries.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                writeString(entries.get(i).getKey(), out);
                out.append(": ");
                write(entries.get(i).getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof String string) {
            writeString(string, out);
        } else {
            out.append(value);
        }
    }

    /** A number as numeric prints it; written without quotes. */
    private record NumberText(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** jsonb's key order: shorter keys first, equal lengths by their bytes. */
    private static int compareKeys(String a, String b) {
        byte[] left = a.getBytes(StandardCharsets.UTF_8);
        byte[] right = b.getBytes(StandardCharsets.UTF_8);
        if (left.length != right.length) {
            return Integer.compare(left.length, right.length);
        }
        return Arrays.compareUnsigned(left, right);
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}

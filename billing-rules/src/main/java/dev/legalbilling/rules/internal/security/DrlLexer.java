package dev.legalbilling.rules.internal.security;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits DRL text into the tokens a Java or MVEL compiler would see, skipping comments and string literals exactly
 * as both of them do, so that no code can hide from the security check inside what the check believes is a string
 * or a comment. Anything ambiguous (unicode escapes, text blocks, multi-line strings, non-ASCII outside strings and
 * comments, invisible characters) is reported as a problem instead of being guessed. Not thread-safe; one per text.
 */
final class DrlLexer {

    /** Kinds of token. */
    enum Kind {
        IDENT, NUMBER, STRING, PUNCT
    }

    /** One token with its 1-based position. */
    record Token(Kind kind, String text, int line, int column) {
        boolean is(String s) {
            return text.equals(s) && kind != Kind.STRING;
        }
    }

    /** A lexical problem at a 1-based position. */
    record LexProblem(int line, int column, String message) {
    }

    private static final String PUNCTUATION = "(){}[];,.:?!=<>+-*/%&|^~@";

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final List<LexProblem> problems = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    private DrlLexer(String text) {
        this.text = text;
    }

    /**
     * @param text DRL text
     * @param tokens receives the tokens
     * @return the problems found; empty when the text is clean
     */
    static List<LexProblem> tokenize(String text, List<Token> tokens) {
        DrlLexer lexer = new DrlLexer(text);
        lexer.run();
        tokens.addAll(lexer.tokens);
        return lexer.problems;
    }

    private void run() {
        scanCharacters();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                newline();
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '/' && peek(1) == '/') {
                while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (c == '/' && peek(1) == '*') {
                blockComment();
            } else if (c == '"' || c == '\'') {
                string(c);
            } else if (isIdentStart(c)) {
                int start = pos;
                int col = column();
                while (pos < text.length() && isIdentPart(text.charAt(pos))) {
                    pos++;
                }
                tokens.add(new Token(Kind.IDENT, text.substring(start, pos), line, col));
            } else if (c >= '0' && c <= '9') {
                int start = pos;
                int col = column();
                while (pos < text.length() && (isIdentPart(text.charAt(pos)) || text.charAt(pos) == '.')) {
                    pos++;
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(start, pos), line, col));
            } else if ((c == '-' && peek(1) == '>') || (c == ':' && peek(1) == ':')) {
                tokens.add(new Token(Kind.PUNCT, text.substring(pos, pos + 2), line, column()));
                pos += 2;
            } else if (PUNCTUATION.indexOf(c) >= 0) {
                tokens.add(new Token(Kind.PUNCT, String.valueOf(c), line, column()));
                pos++;
            } else {
                problem("character '" + printable(c) + "' is not allowed outside strings and comments");
                pos++;
            }
        }
    }

    /** Refuses unicode escapes and invisible or ambiguous characters anywhere, before tokenizing. */
    private void scanCharacters() {
        int l = 1;
        int ls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                l++;
                ls = i + 1;
                continue;
            }
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                problems.add(new LexProblem(l, i - ls + 1, "Java unicode escape '\\u…' is not allowed anywhere in a"
                        + " rule file (the Java compiler decodes it before reading strings and comments); write"
                        + " the character itself"));
            }
            int type = Character.getType(c);
            boolean invisible = type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE
                    || (type == Character.CONTROL && c != '\t' && c != '\r' && c != '\f')
                    || Character.isIdentifierIgnorable(c) && c != '\t' && c != '\r' && c != '\f';
            if (invisible) {
                problems.add(new LexProblem(l, i - ls + 1,
                        "invisible or control character U+" + String.format("%04X", (int) c) + " is not allowed"));
            }
        }
    }

    private void blockComment() {
        int startLine = line;
        int startCol = column();
        pos += 2;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '*' && peek(1) == '/') {
                pos += 2;
                return;
            }
            if (c == '\n' || c == '\r') {
                newline();
            } else {
                pos++;
            }
        }
        problems.add(new LexProblem(startLine, startCol, "comment is not closed"));
    }

    private void string(char quote) {
        int startCol = column();
        if (quote == '"' && peek(1) == '"' && peek(2) == '"') {
            problem("text blocks (\"\"\") are not allowed");
            pos += 3;
            return;
        }
        int start = pos;
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\') {
                char next = peek(1);
                if (next == '\n' || next == '\r' || next == '\0') {
                    problems.add(new LexProblem(line, startCol, "string ends with a backslash at the end of a line"));
                    pos++;
                    return;
                }
                pos += 2;
                continue;
            }
            if (c == '\n' || c == '\r') {
                problems.add(new LexProblem(line, startCol, "string is not closed on its line"));
                return;
            }
            pos++;
            if (c == quote) {
                tokens.add(new Token(Kind.STRING, text.substring(start, pos), line, startCol));
                return;
            }
        }
        problems.add(new LexProblem(line, startCol, "string is not closed"));
    }

    private void newline() {
        if (text.charAt(pos) == '\r' && peek(1) == '\n') {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private int column() {
        return pos - lineStart + 1;
    }

    private void problem(String message) {
        problems.add(new LexProblem(line, column(), message));
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9');
    }

    private static String printable(char c) {
        return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }
}

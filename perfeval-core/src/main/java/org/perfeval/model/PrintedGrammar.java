package org.perfeval.model;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.perfeval.ValueFormatException;
import org.perfeval.internal.Decimals;

/**
 * The grammar of printed targets and actuals: a tokenizer and a small parser. Every rule reads the
 * text as the report prints it and keeps that text, so that what was read prints back unchanged.
 *
 * <h2>Tokens</h2>
 * The text is folded character by character (full-width ASCII {@code ０-９ ＋ － ． ％ ＞ ＜ ＝ ～} to
 * half-width, the ideographic space to a space, the box-drawing {@code ═} to {@code =}, the minus sign
 * {@code −} to {@code -}); the folded text is cut into
 * <pre>
 * SPACE  := white space, one or more
 * NUMBER := [+-] digits [ "." digits ]        a sign only at the start, after a SYMBOL, a DASH, a word before or 至 到
 * SYMBOL := a run of  ≥ ≧ ≤ ≦ &lt; &gt; =        (≥ &gt;= ＞＝ ≧ &gt; ＞ ≤ &lt;= ≦ &lt; ＜ = ＝ == ═ as printed)
 * DASH   := - or ~ that is not a sign
 * WORD   := a run of anything else
 * </pre>
 *
 * <h2>Targets</h2>
 * <pre>
 * target    := deadline | range | quantity | word
 * quantity  := [ before ] NUMBER [ SPACE ] tail
 * before    := SYMBOL | 不低于 | 不少于 | 不小于 | 大于等于 | 大于或等于 | 不得低于 | 不得少于 | 至少 | 达到    (≥)
 *            | 大于 | 高于 | 超过 | 多于                                                          (&gt;, strict)
 *            | 不超过 | 不高于 | 不大于 | 不多于 | 小于等于 | 小于或等于 | 不得超过 | 不得高于 | 至多   (≤)
 *            | 小于 | 低于 | 少于                                                                (&lt;, strict)
 *            | 等于                                                                              (=)
 * tail      := [ unit ] [ SPACE ] [ after ]  |  after [ SPACE ] unit
 * after     := 以上 | 及以上 | 或以上  (≥)  |  以内 | 以下 | 及以下 | 或以下 | 之内  (≤)
 * unit      := a WORD of 1 to 16 characters: % ％ 百分比 元 万元 万 人 人次 个 次 天 月 期 篇 份 米 亩 …
 * range     := NUMBER [ unit ] separator NUMBER [ unit ]     separator := - | ~ | ～ | 至 | 到
 * deadline  := [ YEAR 年 ] [ MONTH 月 ] [ DAY 日 ] [ 底 | 末 | 初 | 上旬 | 中旬 | 下旬 ] [ 前 | 之前 | 以前 ]
 *              with a year and a month, or with a year or a month and one of 底 末 初 旬 前:
 *              2023年12月, 9月前, 12月底前, 2023年底 (a year or a month alone, 2023年 or 12月, is a quantity)
 * word      := any other text that starts neither with a SYMBOL nor with a NUMBER
 * </pre>
 * Spaces may stand between any two parts. At most one comparator is printed, before or after the
 * number; the same comparator printed on both sides ({@code ≥98%以上}) is read once. {@code 12 月}
 * and {@code 12月} (no year, no 前 or 底) are a period of twelve months, not a date. A comparator or
 * a number followed by anything else is an error naming the text, never a word.
 *
 * <h2>Actuals</h2>
 * <pre>
 * measured  := NUMBER [ SPACE ] [ unit ]
 * </pre>
 * Other text is a rating, a not-applicable word or a description ({@link Actual#parse(String)}); an
 * actual that repeats a target's comparator ({@code ≥266米}) is text, not a measurement.
 *
 * <h2>Money</h2>
 * {@code 万} alone is a unit of the grammar; whether {@code 80万} is 800,000 元 depends on where it is
 * printed, so it is the indicator's reading ({@link Indicator#moneyUnit(Unit)}), not the grammar's.
 */
final class PrintedGrammar {
    private static final String SYMBOL_CHARS = "≥≧≤≦<>=";
    private static final List<String> AFTER_WORDS = sortedLongestFirst(afterWords());
    private static final String RANGE_WORDS = "至到";

    private PrintedGrammar() {}

    enum Kind { SPACE, NUMBER, SYMBOL, DASH, WORD }

    /** A token: its kind, its place in the printed text and its folded text. */
    record Token(Kind kind, int start, int end, String folded) {}

    /** A quantity as read: what a {@link Target.Quantitative} holds. */
    record QuantityReading(Comparator comparator, String symbol, BigDecimal value, Optional<Unit> unit, boolean spaced) {}

    /** A range as read. */
    record RangeReading(BigDecimal lower, BigDecimal upper, String separator, Optional<Unit> unit) {}

    /** A deadline as read. */
    record DeadlineReading(OptionalInt year, OptionalInt month, OptionalInt day, String part, boolean before) {}

    /** Folds one character; see the class description. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            case '\u3000': return ' ';
            case '═': return '=';
            case '\u2212': return '-';
            default: return c;
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isDigit(char folded) {
        return folded >= '0' && folded <= '9';
    }

    /** Cuts printed text into tokens. */
    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = fold(text.charAt(i));
            int start = i;
            Kind kind;
            if (isSpace(c)) {
                while (i < n && isSpace(fold(text.charAt(i)))) {
                    i++;
                }
                kind = Kind.SPACE;
            } else if (isDigit(c) || (c == '+' || c == '-') && i + 1 < n && isDigit(fold(text.charAt(i + 1)))
                    && signAllowed(out)) {
                i++;
                while (i < n && isDigit(fold(text.charAt(i)))) {
                    i++;
                }
                if (i + 1 < n && fold(text.charAt(i)) == '.' && isDigit(fold(text.charAt(i + 1)))) {
                    i++;
                    while (i < n && isDigit(fold(text.charAt(i)))) {
                        i++;
                    }
                }
                kind = Kind.NUMBER;
            } else if (SYMBOL_CHARS.indexOf(c) >= 0) {
                while (i < n && SYMBOL_CHARS.indexOf(fold(text.charAt(i))) >= 0) {
                    i++;
                }
                kind = Kind.SYMBOL;
            } else if (c == '-' || c == '~') {
                i++;
                kind = Kind.DASH;
            } else {
                while (i < n) {
                    char d = fold(text.charAt(i));
                    if (isSpace(d) || isDigit(d) || SYMBOL_CHARS.indexOf(d) >= 0 || d == '-' || d == '~') {
                        break;
                    }
                    i++;
                }
                kind = Kind.WORD;
            }
            out.add(new Token(kind, start, i, folded(text, start, i)));
        }
        return out;
    }

    private static boolean signAllowed(List<Token> before) {
        for (int j = before.size() - 1; j >= 0; j--) {
            Token t = before.get(j);
            if (t.kind() == Kind.SPACE) {
                continue;
            }
            return t.kind() == Kind.SYMBOL || t.kind() == Kind.DASH
                || t.kind() == Kind.WORD && (Comparator.byWordBefore(t.folded()) != null
                    || RANGE_WORDS.indexOf(t.folded().charAt(t.folded().length() - 1)) >= 0);
        }
        return true;
    }

    private static String folded(String text, int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            b.append(fold(text.charAt(i)));
        }
        return b.toString();
    }

    /**
     * Reads a quantity ({@code ≥98%}, {@code 不低于95%}, {@code 98%以上}, {@code 1 期}).
     *
     * @param text the printed text, stripped
     * @return the reading, or null if the text is no quantity
     * @throws ValueFormatException if a number is beyond the decimal bounds
     */
    static QuantityReading quantity(String text) {
        List<Token> tokens = tokens(text);
        int i = 0;
        Comparator before = null;
        String symbol = "";
        if (i < tokens.size() && tokens.get(i).kind() == Kind.SYMBOL) {
            symbol = text.substring(tokens.get(i).start(), tokens.get(i).end());
            before = Comparator.bySymbol(symbol);
            if (before == null) {
                return null;
            }
            i++;
        } else if (i < tokens.size() && tokens.get(i).kind() == Kind.WORD) {
            before = Comparator.byWordBefore(tokens.get(i).folded());
            if (before == null) {
                return null;
            }
            symbol = text.substring(tokens.get(i).start(), tokens.get(i).end());
            i++;
        }
        i = skipSpace(tokens, i);
        if (i >= tokens.size() || tokens.get(i).kind() != Kind.NUMBER) {
            return null;
        }
        BigDecimal value = number(text, tokens.get(i));
        int afterNumber = tokens.get(i).end();
        for (int j = i + 1; j < tokens.size(); j++) {
            if (tokens.get(j).kind() != Kind.SPACE && tokens.get(j).kind() != Kind.WORD) {
                return null;
            }
        }
        Tail tail = tail(text.substring(afterNumber));
        if (tail == null) {
            return null;
        }
        Comparator comparator = before == null ? Comparator.NONE : before;
        if (tail.after != null) {
            Comparator after = Comparator.byWordAfter(fold(tail.after));
            if (before != null && before != after) {
                return null;
            }
            if (before == null) {
                comparator = after;
                symbol = tail.after;
            }
        }
        return new QuantityReading(comparator, symbol, value, tail.unit, tail.spaced);
    }

    /** What follows the number: a unit and a comparator word, in either order, with spaces. */
    private static final class Tail {
        Optional<Unit> unit = Optional.empty();
        String after;
        boolean spaced;
    }

    private static Tail tail(String rest) {
        Tail tail = new Tail();
        String body = rest.strip();
        boolean leadingSpace = !rest.isEmpty() && body.length() < rest.length() && isSpace(rest.charAt(0));
        String unitText = body;
        String foldedBody = fold(body);
        for (String word : AFTER_WORDS) {
            if (foldedBody.endsWith(word) && foldedBody.length() >= word.length()) {
                tail.after = body.substring(body.length() - word.length());
                unitText = body.substring(0, body.length() - word.length()).strip();
                break;
            }
            if (foldedBody.startsWith(word) && foldedBody.length() > word.length()) {
                tail.after = body.substring(0, word.length());
                unitText = body.substring(word.length()).strip();
                leadingSpace = false;
                break;
            }
        }
        if (!unitText.isEmpty()) {
            try {
                tail.unit = Optional.of(Unit.of(unitText));
            } catch (IllegalArgumentException notAUnit) {
                return null;
            }
            tail.spaced = leadingSpace;
        }
        return tail;
    }

    /**
     * Reads a range ({@code 80-90%}, {@code 1至3天}, {@code 80%～90%}).
     *
     * @param text the printed text, stripped
     * @return the reading, or null if the text is no range
     * @throws ValueFormatException if a number is beyond the decimal bounds
     */
    static RangeReading range(String text) {
        List<Token> tokens = tokens(text);
        int i = skipSpace(tokens, 0);
        if (i >= tokens.size() || tokens.get(i).kind() != Kind.NUMBER) {
            return null;
        }
        Token lowerToken = tokens.get(i);
        i = skipSpace(tokens, i + 1);
        String firstUnit = null;
        String separator = null;
        if (i < tokens.size() && tokens.get(i).kind() == Kind.WORD) {
            String word = text.substring(tokens.get(i).start(), tokens.get(i).end());
            char last = word.charAt(word.length() - 1);
            if (RANGE_WORDS.indexOf(last) >= 0) {
                separator = String.valueOf(last);
                firstUnit = word.length() > 1 ? word.substring(0, word.length() - 1) : null;
            } else {
                firstUnit = word;
            }
            i = skipSpace(tokens, i + 1);
        }
        if (separator == null) {
            if (i >= tokens.size() || tokens.get(i).kind() != Kind.DASH) {
                return null;
            }
            separator = text.substring(tokens.get(i).start(), tokens.get(i).end());
            i = skipSpace(tokens, i + 1);
        }
        if (i >= tokens.size() || tokens.get(i).kind() != Kind.NUMBER) {
            return null;
        }
        Token upperToken = tokens.get(i);
        for (int j = i + 1; j < tokens.size(); j++) {
            if (tokens.get(j).kind() != Kind.SPACE && tokens.get(j).kind() != Kind.WORD) {
                return null;
            }
        }
        String unitText = text.substring(upperToken.end()).strip();
        Optional<Unit> unit;
        try {
            unit = unitText.isEmpty() ? Optional.empty() : Optional.of(Unit.of(unitText));
            if (firstUnit != null && !Optional.of(Unit.of(firstUnit)).equals(unit)) {
                return null;
            }
        } catch (IllegalArgumentException notAUnit) {
            return null;
        }
        return new RangeReading(number(text, lowerToken), number(text, upperToken), separator, unit);
    }

    private static final java.util.regex.Pattern DEADLINE = java.util.regex.Pattern.compile(
        "(?:(\\d{4})\\s*年\\s*)?(?:(\\d{1,2})\\s*月\\s*)?(?:(\\d{1,2})\\s*日\\s*)?(底|末|初|上旬|中旬|下旬)?\\s*(前|之前|以前)?");

    /**
     * Reads a date or deadline ({@code 2023年12月}, {@code 9月前}, {@code 12月底前}).
     *
     * @param text the printed text, stripped
     * @return the reading, or null if the text is no date
     */
    static DeadlineReading deadline(String text) {
        String folded = fold(text);
        java.util.regex.Matcher m = DEADLINE.matcher(folded);
        if (folded.isEmpty() || !m.matches()) {
            return null;
        }
        OptionalInt year = group(m, 1);
        OptionalInt month = group(m, 2);
        OptionalInt day = group(m, 3);
        String part = m.group(4);
        boolean before = m.group(5) != null;
        // A year alone (2023年) or a month alone (12月) is a quantity with its unit; a date needs both, or a 底/末/初/旬/前.
        boolean marked = part != null || before;
        boolean dated = year.isPresent() ? month.isPresent() || marked : month.isPresent() && marked;
        if (!dated || day.isPresent() && month.isEmpty() || part != null && day.isPresent()
                || year.isEmpty() && month.isEmpty()) {
            return null;
        }
        if (month.isPresent() && (month.getAsInt() < 1 || month.getAsInt() > 12)) {
            return null;
        }
        if (year.isPresent() && (year.getAsInt() < Evaluation.MIN_YEAR || year.getAsInt() > Evaluation.MAX_YEAR)) {
            return null;
        }
        if (day.isPresent()) {
            try {
                LocalDate.of(year.orElse(2000), month.getAsInt(), day.getAsInt());
            } catch (DateTimeException noSuchDay) {
                return null;
            }
        }
        return new DeadlineReading(year, month, day, part, before);
    }

    private static OptionalInt group(java.util.regex.Matcher m, int g) {
        return m.group(g) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(g)));
    }

    /**
     * Reads a measured actual: a number with an optional unit ({@code 100%}, {@code 12 月}, {@code ９８％}).
     *
     * @param text the printed text, stripped
     * @return the reading (comparator {@link Comparator#NONE}), or null if the text is not a number with an optional unit
     * @throws ValueFormatException if the number is beyond the decimal bounds
     */
    static QuantityReading measured(String text) {
        List<Token> tokens = tokens(text);
        if (tokens.isEmpty() || tokens.get(0).kind() != Kind.NUMBER) {
            return null;
        }
        int i = skipSpace(tokens, 1);
        Optional<Unit> unit = Optional.empty();
        if (i < tokens.size()) {
            if (tokens.get(i).kind() != Kind.WORD || i + 1 != tokens.size()) {
                return null;
            }
            try {
                unit = Optional.of(Unit.of(text.substring(tokens.get(i).start(), tokens.get(i).end())));
            } catch (IllegalArgumentException notAUnit) {
                return null;
            }
        }
        return new QuantityReading(Comparator.NONE, "", number(text, tokens.get(0)), unit, unit.isPresent() && i > 1);
    }

    /** @return whether the text starts with a comparator symbol or a number: such text is a value or an error, never a word */
    static boolean startsLikeValue(String stripped) {
        if (stripped.isEmpty()) {
            return false;
        }
        Kind first = tokens(stripped.substring(0, Math.min(stripped.length(), 2))).get(0).kind();
        return first == Kind.SYMBOL || first == Kind.NUMBER;
    }

    private static int skipSpace(List<Token> tokens, int i) {
        while (i < tokens.size() && tokens.get(i).kind() == Kind.SPACE) {
            i++;
        }
        return i;
    }

    private static BigDecimal number(String text, Token token) {
        return TargetParser.number(token.folded(), text);
    }

    static String fold(String text) {
        return folded(text, 0, text.length());
    }

    private static List<String> afterWords() {
        List<String> words = new ArrayList<>();
        for (Comparator c : Comparator.values()) {
            words.addAll(c.wordsAfter());
        }
        return words;
    }

    private static List<String> sortedLongestFirst(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }
}

package org.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.examples.SeedReport;

/** Each output wholly in one language: the locale's, or the one --lang names. */
class LanguageTest {
    /** English words of the tool's own prose and headers. */
    private static final Pattern ENGLISH = Pattern.compile(
        "\\b(computed|reported|Source|Grade|Score|Total|Metric|projects?|executed|findings?|WARNING|ERROR|INFO|"
            + "not computable|is not given|derived|Budget|Rule set|None|marked)\\b");
    /** The Chinese words of the old mixed headers: 得分 computed, 评价等级, 审计发现. */
    private static final Pattern CHINESE_HEADERS = Pattern.compile("得分|评价等级|审计发现|预算与决算|权重分值|绩效指标|项目预算执行率");

    @TempDir
    Path dir;

    @Test
    void aChineseLocaleGetsChineseAndAnyOtherEnglish() {
        Cli chinese = Cli.in(Locale.SIMPLIFIED_CHINESE, InputStream.nullInputStream(), "demo");
        Cli taiwan = Cli.in(Locale.TRADITIONAL_CHINESE, InputStream.nullInputStream(), "demo");
        Cli english = Cli.in(Locale.US, InputStream.nullInputStream(), "demo");
        Cli german = Cli.in(Locale.GERMANY, InputStream.nullInputStream(), "demo");
        assertTrue(chinese.out.startsWith("perfeval 演示："), chinese.out.substring(0, 40));
        assertEquals(chinese.out, taiwan.out);
        assertTrue(english.out.startsWith("perfeval demo: three published"), english.out.substring(0, 40));
        assertEquals(english.out, german.out);
    }

    @Test
    void langOverridesTheLocaleBeforeOrAfterTheCommand() {
        Cli chinese = Cli.in(Locale.SIMPLIFIED_CHINESE, InputStream.nullInputStream(), "demo");
        Cli english = Cli.in(Locale.US, InputStream.nullInputStream(), "demo");
        assertEquals(english.out, Cli.in(Locale.SIMPLIFIED_CHINESE, InputStream.nullInputStream(), "--lang", "en", "demo").out);
        assertEquals(english.out, Cli.in(Locale.SIMPLIFIED_CHINESE, InputStream.nullInputStream(), "demo", "--lang=en").out);
        assertEquals(chinese.out, Cli.in(Locale.US, InputStream.nullInputStream(), "demo", "--lang", "zh").out);
        Path arguments = Cli.write(dir, "args.txt", "demo\n--lang zh\n");
        assertEquals(chinese.out, Cli.in(Locale.US, InputStream.nullInputStream(), "@" + arguments).out, "--lang in an @FILE");
        Cli bad = Cli.in(Locale.SIMPLIFIED_CHINESE, InputStream.nullInputStream(), "demo", "--lang", "fr");
        assertEquals(PerfevalCli.USAGE, bad.status);
        assertEquals("perfeval: 没有“fr”这种语言；请用 zh 或 en\n请运行“perfeval --help”查看用法。\n", bad.err);
    }

    @Test
    void theChineseDemoHasNoEnglishProseAndTheEnglishNoChineseHeaders() {
        Cli chinese = Cli.run("demo", "--lang", "zh");
        Cli english = Cli.run("demo", "--lang", "en");
        for (String line : chinese.out.split("\n")) {
            // Finding codes and the locations of fields (projects[6], budget.adjustedBudget) are identifiers.
            String prose = line.replaceAll("[A-Z][A-Z_]{3,}|\\w+\\[\\d+\\]|budget\\.\\w+", "");
            assertFalse(ENGLISH.matcher(prose).find(), "English in the Chinese view: " + line);
        }
        Output.assertLine(Output.report(chinese.out, "郑州市金水区政务服务中心 2021"), "评价等级：计算 100.00 优；自评 98.15 优（自评 − 计算 = -1.85）");
        assertEquals(List.of("合计", "100", "100.00", "98.15", "100.00%", "98.15%"), Output.row(chinese.out, "合计"));
        assertTrue(chinese.out.contains("\n  指标      权重分值  计算得分  自评得分  计算得分率  自评得分率\n"), chinese.out);
        // Findings in Chinese only; their codes are identifiers, the same in every language.
        assertTrue(chinese.out.contains("\n  - 警告 POINTS_DEDUCTED_UNEXPLAINED（产出指标）\n    产出指标 自评 39.35 分"), chinese.out);
        // Metric reasons and figures translated: 未列年末结转结余, （23 个项目）.
        assertEquals(List.of("结转结余率", "无法计算", "未列年末结转结余", "0%"), Output.row(Output.report(chinese.out, "郑州市金水区"), "结转结余率"));
        assertEquals(List.of("项目预算执行率", "80.51%", "1866.92 / 2318.97 万元（23 个项目）"),
            Output.row(Output.report(chinese.out, "郑州市管城回族区"), "项目预算执行率"));

        // The English view's headers and prose: the report's own names (its units, indicators, projects) stay as printed.
        for (String line : english.out.split("\n")) {
            if (line.startsWith("  ") || line.startsWith("    ")) {
                continue;   // table rows and finding messages carry the report's Chinese names
            }
            String withoutData = line.replaceAll("[^\\x00-\\x7F]*(政务|管理局|中心|报告|区|元|优|自评|金水|管城|坡头)[^\\x00-\\x7F]*", "");
            assertFalse(CHINESE_HEADERS.matcher(withoutData).find(), "Chinese header in the English view: " + line);
        }
        assertFalse(english.out.contains("得分 computed"));
        // The tool's own metric reasons name budget lines in English (the audit's messages are the library's).
        assertEquals(List.of("Carry-over rate", "not computable", "the carry-over at year end is not given", "0%"),
            Output.row(Output.report(english.out, "郑州市金水区"), "Carry-over rate"));
    }

    @Test
    void errorsAndHelpSpeakTheLanguageToo() {
        Path missing = dir.resolve("none.json");
        Cli chinese = Cli.in(Locale.SIMPLIFIED_CHINESE, InputStream.nullInputStream(), "validate", missing.toString());
        assertEquals(PerfevalCli.REJECTED, chinese.status);
        assertEquals("perfeval validate: " + missing + ": 文件不存在\n", chinese.err);
        Cli unknown = Cli.in(Locale.SIMPLIFIED_CHINESE, InputStream.nullInputStream(), "grade");
        assertEquals("perfeval: 没有“grade”这个命令\n请运行“perfeval --help”查看用法。\n", unknown.err);
        Cli help = Cli.in(Locale.SIMPLIFIED_CHINESE, InputStream.nullInputStream(), "score", "--help");
        assertTrue(help.out.startsWith("用法：perfeval score FILE... [--profile NAME | --rules RULESET.json]\n"), help.out);
        assertTrue(help.out.contains("\n选项：\n"), help.out);
        assertFalse(Pattern.compile("\\b(the|and|show|score under)\\b").matcher(help.out.replaceAll("\"[^\"]*\"", "")).find(), help.out);
        // Every command's Chinese help: only the option names, metavariables and examples are not Chinese.
        for (String command : new String[] {"score", "batch", "validate", "lint", "demo", "completion", "help"}) {
            String chineseHelp = Cli.in(Locale.SIMPLIFIED_CHINESE, InputStream.nullInputStream(), command, "--help").out;
            String prose = chineseHelp.replaceAll("\"[^\"]*\"|“[^”]*”|\\{[^}]*\\}+", "");
            assertFalse(Pattern.compile("\\b(the|and|show|is|of|for|a|an|When|print)\\b").matcher(prose).find(),
                command + ":\n" + chineseHelp);
        }
        Path jinshui = Cli.copy(SeedReport.JINSHUI_2021, dir);
        Cli validate = Cli.in(Locale.SIMPLIFIED_CHINESE, InputStream.nullInputStream(), "validate", jinshui.toString());
        assertEquals(jinshui + "：有效的自评报告：郑州市金水区政务服务中心 2021 部门整体绩效自评；一级指标 4 个，末级指标 35 个，项目 0 个，"
            + "报告所称数值 13 处；自评 98.15 优\n", validate.out);
    }

    @Test
    void theLocaleIsReadAsPosixReadsIt() {
        assertEquals(Lang.ZH, Lang.of(Lang.systemLocale(Map.of("LANG", "zh_CN.UTF-8"), Locale.US)));
        assertEquals(Lang.EN, Lang.of(Lang.systemLocale(Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "C"), Locale.US)));
        assertEquals(Lang.ZH, Lang.of(Lang.systemLocale(Map.of("LANG", "en_US.UTF-8", "LC_MESSAGES", "zh_TW.UTF-8"), Locale.US)));
        assertEquals(Lang.EN, Lang.of(Lang.systemLocale(Map.of("LANG", "C.UTF-8"), Locale.CHINA)));
        assertEquals(Lang.ZH, Lang.of(Lang.systemLocale(Map.of(), Locale.CHINA)));
        assertEquals(Lang.EN, Lang.of(Lang.systemLocale(Map.of("LANG", ""), Locale.US)));
    }

    @Test
    void bothLanguagesHaveEveryMessage() {
        Set<String> english = new HashSet<>(Lang.EN.bundle(Texts.BUNDLE).keySet());
        Set<String> chinese = new HashSet<>(Lang.ZH.bundle(Texts.BUNDLE).keySet());
        // The Chinese view names metrics and budget lines as the library does; only English needs them.
        english.removeIf(key -> key.startsWith("metric.") || key.startsWith("field."));
        assertEquals(english, chinese);
        assertEquals(Lang.EN.bundle(PerfevalCli.HELP_BUNDLE).keySet(), Lang.ZH.bundle(PerfevalCli.HELP_BUNDLE).keySet());
        for (org.perfeval.model.Metric metric : org.perfeval.model.Metric.values()) {
            assertTrue(Lang.EN.bundle(Texts.BUNDLE).containsKey("metric." + metric.name()), metric.name());
        }
    }
}

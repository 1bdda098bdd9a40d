package org.perfeval.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.perfeval.rules.RuleCatalogue;
import org.perfeval.rules.RuleSet;

/**
 * The official rule packs this library ships: rule sets as JSON resources, each with its source
 * document and what was read in it ({@link RuleSet#source()}), and a {@link RuleCatalogue} of them.
 *
 * <table>
 *   <caption>The shipped packs</caption>
 *   <tr><th>id</th><th>kind</th><th>jurisdiction</th><th>from</th><th>source</th></tr>
 *   <tr><td>{@code cn-mof-project-2020}</td><td>PROJECT</td><td>CN</td><td>2020-02-25</td>
 *       <td>财预〔2020〕10号 项目支出绩效评价管理办法: 预算执行率 10, 产出 50, 效益 30, 满意度 10</td></tr>
 *   <tr><td>{@code cn-mof-department-2013}</td><td>DEPARTMENT_OVERALL</td><td>CN</td><td>2013-01-01</td>
 *       <td>财预〔2013〕53号 预算绩效评价共性指标体系框架: the report's own category points</td></tr>
 *   <tr><td>{@code cn-51-department-2021}</td><td>DEPARTMENT_OVERALL</td><td>510000</td><td>2021-01-01</td>
 *       <td>四川省财政厅, document not identified: 预算执行 25, 产出 30, 效益 45</td></tr>
 * </table>
 *
 * <pre>{@code
 * RuleCatalogue catalogue = RulePacks.catalogue().with(json.readRuleSet(myProvincesPack));
 * RuleCatalogue.Choice choice = catalogue.choose(evaluation);
 * }</pre>
 */
public final class RulePacks {
    private static final String LIST = "packs/packs.list";
    private static final List<RuleSet> OFFICIAL = load();

    private RulePacks() {}

    /** @return the shipped packs, in the order of the table above; immutable */
    public static List<RuleSet> official() {
        return OFFICIAL;
    }

    /** @return a catalogue of the shipped packs, to which an application adds its own with {@link RuleCatalogue#with(RuleSet)} */
    public static RuleCatalogue catalogue() {
        return RuleCatalogue.of(OFFICIAL);
    }

    private static List<RuleSet> load() {
        PerfevalJson json = PerfevalJson.create();
        List<RuleSet> packs = new ArrayList<>();
        try (InputStream list = open(LIST);
             BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try (InputStream pack = open("packs/" + name)) {
                    packs.add(json.readRuleSet(pack));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped rule packs", e);
        }
        return List.copyOf(packs);
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = RulePacks.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("the resource " + resource + " is missing from perfeval-json");
        }
        return in;
    }
}

package org.perfeval.testing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.perfeval.model.Actual;
import org.perfeval.model.Direction;
import org.perfeval.model.Indicator;
import org.perfeval.model.Unit;

/**
 * The words generated reports are made of, taken from published self-evaluations: first- and
 * second-level indicator names, leaf indicators with their unit, direction and usual target,
 * units, projects and reporting units.
 */
public final class Vocabulary {
    /** First-level (一级) names, as the profiles and published reports use them. */
    public static final List<String> TOP_LEVEL = List.of("预算执行", "投入管理", "产出指标", "效益指标", "满意度指标",
        "决策", "过程", "履职效能", "预算管理", "管理效率");

    /** Second-level (二级) and deeper group names. */
    public static final List<String> GROUPS = List.of("数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标",
        "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "预算编制", "资金管理", "资产管理",
        "绩效管理", "履职目标实现", "重点工作任务完成", "制度建设", "信息公开", "人员管理");

    /** Reporting units (部门 / 单位). */
    public static final List<String> UNITS_REPORTING = List.of("郑州市金水区政务服务中心",
        "郑州市管城回族区政务服务和大数据管理局", "湛江市坡头区政务服务数据管理局", "成都市武侯区财政局",
        "南宁市青秀区教育局", "杭州市西湖区卫生健康局", "长沙市岳麓区农业农村局", "西安市雁塔区民政局");

    /** Project names (项目). */
    public static final List<String> PROJECTS = List.of("政务服务平台运维", "更换区中心机房 UPS 网络等保整改",
        "办公设备购置", "政务大厅改造", "档案数字化加工", "一网通办系统升级", "网络安全等级保护测评", "12345 热线运营",
        "业务培训", "宣传资料印制", "数据中心租赁", "视频会议系统建设");

    /** Income sources (收入来源). */
    public static final List<String> INCOME_SOURCES = List.of("财政拨款收入", "事业收入", "其他收入");

    /** Qualitative target words of the domain reference. */
    public static final List<String> WORDS = List.of("符合", "科学", "合理", "完整", "真实", "合规", "健全", "公开",
        "规范", "高", "好", "效果明显", "严格执行相关制度规定", "在项目计划完成时间内完成");

    /** Units reports print beside numbers. */
    public static final List<Unit> NUMBER_UNITS = List.of(Unit.PERCENT, Unit.PERSON, Unit.ITEM, Unit.TIMES, Unit.DAY,
        Unit.MONTH, Unit.ISSUE, Unit.ARTICLE, Unit.COPY, Unit.WAN_YUAN, Unit.YUAN);

    /** Leaf indicators (三级指标). */
    public static final List<LeafKind> LEAVES = leaves();

    private Vocabulary() {}

    /**
     * A kind of leaf indicator: its name, unit, direction, the range its target usually lies in and
     * the places it is printed with (or, for a qualitative one, its word).
     *
     * @param name the indicator's name
     * @param unit its unit, if numeric
     * @param direction which way it is better
     * @param low the least usual target
     * @param high the greatest usual target
     * @param scale the decimal places of its targets
     * @param word the target word of a qualitative indicator
     * @param bareReadsSame whether a target printed without comparator gives the same direction
     */
    public record LeafKind(String name, Optional<Unit> unit, Direction direction, BigDecimal low, BigDecimal high,
            int scale, String word, boolean bareReadsSame) {}

    private static List<LeafKind> leaves() {
        List<LeafKind> all = new ArrayList<>();
        // higher is better
        numeric(all, "完成率", Unit.PERCENT, Direction.POSITIVE, "90", "100", 0);
        numeric(all, "服务对象满意度", Unit.PERCENT, Direction.POSITIVE, "80", "98", 0);
        numeric(all, "完成及时率", Unit.PERCENT, Direction.POSITIVE, "90", "100", 0);
        numeric(all, "质量达标率", Unit.PERCENT, Direction.POSITIVE, "90", "100", 0);
        numeric(all, "政策覆盖率", Unit.PERCENT, Direction.POSITIVE, "60", "100", 0);
        numeric(all, "网上可办率", Unit.PERCENT, Direction.POSITIVE, "80", "100", 1);
        numeric(all, "系统正常运行率", Unit.PERCENT, Direction.POSITIVE, "95", "99.9", 1);
        numeric(all, "重点工作办结率", Unit.PERCENT, Direction.POSITIVE, "90", "100", 0);
        numeric(all, "办件量", Unit.of("件"), Direction.POSITIVE, "5000", "200000", 0);
        numeric(all, "培训人次", Unit.of("人次"), Direction.POSITIVE, "50", "2000", 0);
        numeric(all, "培训场次", Unit.TIMES, Direction.POSITIVE, "4", "24", 0);
        numeric(all, "宣传报道篇数", Unit.ARTICLE, Direction.POSITIVE, "5", "50", 0);
        numeric(all, "发放宣传资料", Unit.COPY, Direction.POSITIVE, "500", "5000", 0);
        numeric(all, "设备购置数量", Unit.ITEM, Direction.POSITIVE, "1", "60", 0);
        numeric(all, "预算执行率", Unit.PERCENT, Direction.POSITIVE, "90", "100", 0);
        // lower is better
        numeric(all, "公用经费控制率", Unit.PERCENT, Direction.REVERSE, "90", "100", 0);
        numeric(all, "三公经费控制率", Unit.PERCENT, Direction.REVERSE, "100", "100", 0);
        numeric(all, "结转结余率", Unit.PERCENT, Direction.REVERSE, "0", "10", 0);
        numeric(all, "预算调整率", Unit.PERCENT, Direction.REVERSE, "0", "20", 0);
        numeric(all, "单位成本", Unit.WAN_YUAN, Direction.REVERSE, "1", "50", 2);
        numeric(all, "系统维护费", Unit.WAN_YUAN, Direction.REVERSE, "10", "300", 6);
        numeric(all, "邮递费", Unit.YUAN, Direction.REVERSE, "2000", "30000", 2);
        numeric(all, "办理时限", Unit.DAY, Direction.REVERSE, "1", "30", 0);
        numeric(all, "投诉率", Unit.PERCENT, Direction.REVERSE, "0", "5", 1);
        numeric(all, "差错率", Unit.PERCENT, Direction.REVERSE, "0", "2", 1);
        numeric(all, "标兵奖", Unit.PERSON, Direction.REVERSE, "10", "50", 0);
        // met when equal
        numeric(all, "会议次数", Unit.TIMES, Direction.EQUAL, "4", "12", 0);
        numeric(all, "出版期数", Unit.ISSUE, Direction.EQUAL, "1", "12", 0);
        numeric(all, "人员编制", Unit.PERSON, Direction.EQUAL, "20", "200", 0);
        numeric(all, "项目周期", Unit.MONTH, Direction.EQUAL, "6", "12", 0);
        numeric(all, "资金拨付比例", Unit.PERCENT, Direction.EQUAL, "80", "100", 0);
        // judged in words
        qualitative(all, "政策符合性", "符合");
        qualitative(all, "预算编制科学性", "科学");
        qualitative(all, "绩效目标合理性", "合理");
        qualitative(all, "资料完整性", "完整");
        qualitative(all, "决算真实性", "真实");
        qualitative(all, "资金使用合规性", "合规");
        qualitative(all, "制度健全性", "健全");
        qualitative(all, "信息公开情况", "公开");
        qualitative(all, "档案管理规范性", "规范");
        qualitative(all, "服务质量", "高");
        qualitative(all, "群众评价", "好");
        qualitative(all, "社会效益", "效果明显");
        qualitative(all, "制度执行有效性", "严格执行相关制度规定");
        qualitative(all, "项目实施进度", "在项目计划完成时间内完成");
        return List.copyOf(all);
    }

    private static void numeric(List<LeafKind> all, String name, Unit unit, Direction direction, String low, String high,
            int scale) {
        Direction bare = Indicator.builder().name(name).actual(Actual.missing()).build().direction();
        all.add(new LeafKind(name, Optional.of(unit), direction, new BigDecimal(low), new BigDecimal(high), scale, null,
            bare == direction));
    }

    private static void qualitative(List<LeafKind> all, String name, String word) {
        all.add(new LeafKind(name, Optional.empty(), Direction.QUALITATIVE, BigDecimal.ZERO, BigDecimal.ZERO, 0, word, false));
    }
}

package org.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmbedTheEngineTest {

    /**
     * The figures by hand, under the ministry's profile: 预算执行率 92.5 / 100 × 10 = 9.25; 窗口服务人员
     * 22 ≥ 20 → 25; 办件准确率 97 / 98 × 25 = 24.7449 → 24.74 (S1); 群众有效投诉 12 against ≤10 →
     * (1 − 2 / 10) × 30 = 24 (S3); 满意度 95 ≥ 90 → 10. Total 9.25 + 49.74 + 24 + 10 = 92.99, 优.
     * The two missed targets have no deviation note.
     */
    @Test
    void printsTheScoreAnApplicationWouldShow() throws Exception {
        List<String> lines = MainOutput.of(EmbedTheEngine::main).lines().toList();
        assertEquals(List.of(
            "示例区政务服务中心 2024 项目支出绩效自评, under cn-mof-project-2020 version 1",
            "computed 92.99 of 100, 优",
            "reported 95 优",
            "  预算执行率 9.25 of 10",
            "  产出指标 49.74 of 50",
            "  效益指标 24.00 of 30",
            "  满意度指标 10.00 of 10"), lines.subList(0, 7));
        // 97 × 25 / 98 = 24.744897959…, rounded half-up to 24.74.
        assertTrue(lines.get(7).startsWith("办件准确率: positive (cn-mof-project-2020 1): B / A × w with A=98, B=97, w=25 = 24.7448979"),
            lines.get(7));
        assertTrue(lines.get(7).endsWith(" → 24.74"), lines.get(7));
        assertTrue(lines.get(8).startsWith("群众有效投诉: reverse-linear (cn-mof-project-2020 1): (1 − (B − A) / A) × w with A=10, B=12, w=30 = 24"),
            lines.get(8));
        assertTrue(lines.get(8).endsWith(" → 24.00"), lines.get(8));
        // Both missed targets lack the deviation note the ministry's profile requires for a missed target.
        assertEquals("WARNING DEVIATION_UNEXPLAINED at 产出指标/质量指标/办件准确率: 产出指标/质量指标/办件准确率 misses its target "
            + "(target ≥98%, actual 97%) but gives no deviation note", lines.get(9));
        assertTrue(lines.get(10).startsWith("WARNING DEVIATION_UNEXPLAINED at 效益指标/社会效益指标/群众有效投诉: "), lines.get(10));
        assertEquals(11, lines.size(), String.join("\n", lines));
    }
}

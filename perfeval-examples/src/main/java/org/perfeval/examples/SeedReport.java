package org.perfeval.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.perfeval.json.PerfevalJson;
import org.perfeval.model.Evaluation;

/**
 * The three published self-evaluation reports bundled with this module as evaluation documents, in
 * {@code org/perfeval/examples/seeds/}: every number, target, actual, unit, project and reported score
 * as printed, and the figures each claims in its prose.
 */
public enum SeedReport {
    /** 郑州市金水区政务服务中心 部门整体绩效自评报告, 2021: a full three-level indicator table, self-scored 98.15 优. */
    JINSHUI_2021("jinshui-2021.json"),
    /** 郑州市管城回族区政务服务和大数据管理局, 2022: 23 projects and no indicator table, self-scored 98.88 优. */
    GUANCHENG_2022("guancheng-2022.json"),
    /** 湛江市坡头区政务服务数据管理局本级, 2022: budget figures and claims, self-scored 96 with no grade. */
    POTOU_2022("potou-2022.json");

    private static final String DIRECTORY = "/org/perfeval/examples/seeds/";

    private final String fileName;

    SeedReport(String fileName) {
        this.fileName = fileName;
    }

    /** @return the file's name, such as {@code jinshui-2021.json} */
    public String fileName() {
        return fileName;
    }

    /** @return the class-path resource, such as {@code /org/perfeval/examples/seeds/jinshui-2021.json} */
    public String resource() {
        return DIRECTORY + fileName;
    }

    /**
     * Opens the bundled document.
     *
     * @return a new stream of the UTF-8 JSON; the caller closes it
     * @throws IllegalStateException if the resource is missing from the class path (a broken build)
     */
    public InputStream open() {
        InputStream in = SeedReport.class.getResourceAsStream(resource());
        if (in == null) {
            throw new IllegalStateException("bundled report " + resource() + " is missing from the class path");
        }
        return in;
    }

    /**
     * Reads the bundled document.
     *
     * @param json the reader to use, not null
     * @return the evaluation
     */
    public Evaluation read(PerfevalJson json) {
        try (InputStream in = open()) {
            return json.readEvaluation(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled report " + resource(), e);
        }
    }
}

package org.perfeval.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The layers of the library, checked on its compiled main code: each package imports only those
 * below it, no packages form a cycle, the modules export the API and SPI packages and nothing else,
 * and value types cannot be subclassed outside the library. DESIGN.md and the README's Layout
 * section describe the same layers.
 */
class ArchitectureTest {
    /** The layers, lowest first; a layer may use every layer before it and none after it. */
    private static final List<String[]> LAYERS = List.of(
        new String[] {"root", "org.perfeval"},
        new String[] {"internal", "org.perfeval.internal"},
        new String[] {"model", "org.perfeval.model"},
        new String[] {"rules", "org.perfeval.rules"},
        new String[] {"scoring.spi", "org.perfeval.scoring.spi"},
        new String[] {"scoring", "org.perfeval.scoring"},
        new String[] {"audit", "org.perfeval.audit"},
        new String[] {"evaluation", "org.perfeval.evaluation"},
        new String[] {"json.internal", "org.perfeval.json.internal"},
        new String[] {"json", "org.perfeval.json"},
        new String[] {"examples", "org.perfeval.examples.."});

    /** The main code of the three modules, as classes or as jars, without the test kit's test-jar. */
    private static final JavaClasses MAIN = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("org.perfeval");

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String[] layer : LAYERS) {
            layers = layers.layer(layer[0]).definedBy(layer[1]);
        }
        for (int i = 0; i < LAYERS.size(); i++) {
            String[] below = LAYERS.subList(0, i).stream().map(l -> l[0]).toArray(String[]::new);
            layers = i == 0 ? layers.whereLayer(LAYERS.get(i)[0]).mayNotAccessAnyLayer()
                : layers.whereLayer(LAYERS.get(i)[0]).mayOnlyAccessLayers(below);
        }
        layers.check(MAIN);
    }

    @Test
    void everyMainClassSitsInALayer() {
        classes().should().resideInAnyPackage(LAYERS.stream().map(l -> l[1]).toArray(String[]::new)).check(MAIN);
    }

    @Test
    void noPackagesFormACycle() {
        slices().matching("org.perfeval.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theCoreKnowsNothingOfJackson() {
        noClasses().that().resideOutsideOfPackages("org.perfeval.json..", "org.perfeval.examples..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml..").check(MAIN);
    }

    @Test
    void valueTypesCannotBeSubclassedOutsideTheLibrary() {
        DescribedPredicate<JavaClass> exported = new DescribedPredicate<>("in an exported package") {
            @Override
            public boolean test(JavaClass c) {
                return exportedPackages().containsKey(c.getPackageName());
            }
        };
        classes().that(exported).and().arePublic().and().haveModifier(JavaModifier.ABSTRACT).and().areNotInterfaces()
            .should().haveOnlyPrivateConstructors().orShould(new com.tngtech.archunit.lang.ArchCondition<>(
                "have only package-private constructors") {
                @Override
                public void check(JavaClass c, com.tngtech.archunit.lang.ConditionEvents events) {
                    c.getConstructors().stream()
                        .filter(k -> k.getModifiers().contains(JavaModifier.PUBLIC) || k.getModifiers().contains(JavaModifier.PROTECTED))
                        .forEach(k -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(k,
                            k.getFullName() + " lets a class outside the library extend " + c.getName())));
                }
            })
            .check(MAIN);
    }

    @Test
    void theModulesExportTheApiAndSpiPackagesAndNothingElse() {
        assertEquals(Map.of(
            "org.perfeval", "org.perfeval.core",
            "org.perfeval.model", "org.perfeval.core",
            "org.perfeval.rules", "org.perfeval.core",
            "org.perfeval.scoring.spi", "org.perfeval.core",
            "org.perfeval.scoring", "org.perfeval.core",
            "org.perfeval.audit", "org.perfeval.core",
            "org.perfeval.evaluation", "org.perfeval.core",
            "org.perfeval.json", "org.perfeval.json"), exportedPackages());
    }

    @Test
    void theEnginesPackageIsSmall() {
        Set<String> engine = publicTypes().get("org.perfeval.scoring");
        assertTrue(engine.size() <= 15, "org.perfeval.scoring has " + engine.size() + " public types: " + engine);
    }

    /**
     * The public API is a reviewed list: a public type added to or removed from an exported package
     * fails here until {@code public-api.txt} says so, so that the API a user scans grows only on
     * purpose. (The layering brought the core from 61 exported public types to 59.)
     */
    @Test
    void thePublicTypesAreTheReviewedList() throws IOException {
        Set<String> actual = new TreeSet<>();
        publicTypes().forEach((pkg, types) -> types.forEach(t -> actual.add(pkg + "." + t)));
        Set<String> reviewed = new TreeSet<>();
        try (InputStream in = ArchitectureTest.class.getResourceAsStream("public-api.txt")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    reviewed.add(line.strip());
                }
            }
        }
        Set<String> added = new TreeSet<>(actual);
        added.removeAll(reviewed);
        Set<String> removed = new TreeSet<>(reviewed);
        removed.removeAll(actual);
        assertTrue(added.isEmpty() && removed.isEmpty(), "public types not in public-api.txt: " + added
            + "; listed there but gone: " + removed);
    }

    /** @return the public top-level types of every exported package, by package */
    private static Map<String, Set<String>> publicTypes() {
        Map<String, String> exported = exportedPackages();
        Map<String, Set<String>> publicTypes = new TreeMap<>();
        for (JavaClass c : MAIN) {
            if (c.isTopLevelClass() && c.getModifiers().contains(JavaModifier.PUBLIC) && exported.containsKey(c.getPackageName())) {
                publicTypes.computeIfAbsent(c.getPackageName(), p -> new TreeSet<>()).add(c.getSimpleName());
            }
        }
        return publicTypes;
    }

    /** @return every exported package of the library's modules, with its module */
    private static Map<String, String> exportedPackages() {
        Map<String, String> exports = new TreeMap<>();
        for (ModuleDescriptor module : modules()) {
            if (module.name().startsWith("org.perfeval.")) {
                for (ModuleDescriptor.Exports e : module.exports()) {
                    assertTrue(e.targets().isEmpty(), module.name() + " exports " + e.source() + " to chosen modules only");
                    exports.put(e.source(), module.name());
                }
            }
        }
        return exports;
    }

    private static List<ModuleDescriptor> modules() {
        List<ModuleDescriptor> modules = new ArrayList<>();
        try {
            Enumeration<URL> found = ArchitectureTest.class.getClassLoader().getResources("module-info.class");
            while (found.hasMoreElements()) {
                try (InputStream in = found.nextElement().openStream()) {
                    modules.add(ModuleDescriptor.read(in));
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read the modules' descriptors", e);
        }
        return modules;
    }
}

package dev.legalbilling.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The README's minimal {@code pom.xml} for embedding names what this build really produces and uses: the BOM's
 * coordinates, modules the BOM manages, the SLF4J provider at the version the build tests with, and the compiler
 * plugin and Java release of the build. (That it builds was checked once by hand, in a reactor with the modules and
 * no {@code mvn install}; this test keeps its coordinates from drifting.)
 */
class ReadmeEmbeddingPomTest {
    private static final Path README = Path.of("../README.md");
    private static final Path ROOT_POM = Path.of("../pom.xml");
    private static final Path BOM_POM = Path.of("../billing-bom/pom.xml");

    @Test
    void importsTheBomThisBuildProduces() throws Exception {
        Element readme = readmePom();
        Element bom = parse(Files.readString(BOM_POM, StandardCharsets.UTF_8));

        Element imported = single(path(readme, "dependencyManagement", "dependencies", "dependency"));
        assertThat(text(imported, "groupId")).isEqualTo(text(bom, "groupId"));
        assertThat(text(imported, "artifactId")).isEqualTo(text(bom, "artifactId"));
        assertThat(text(imported, "version")).isEqualTo(text(bom, "version"));
        assertThat(text(imported, "type")).isEqualTo("pom");
        assertThat(text(imported, "scope")).isEqualTo("import");
    }

    @Test
    void everyModuleWithoutAVersionIsOneTheBomManages() throws Exception {
        Element readme = readmePom();
        Element bom = parse(Files.readString(BOM_POM, StandardCharsets.UTF_8));
        List<String> managed = path(bom, "dependencyManagement", "dependencies", "dependency").stream()
                .map(d -> text(d, "groupId") + ":" + text(d, "artifactId")).toList();

        List<Element> ours = path(readme, "dependencies", "dependency").stream()
                .filter(d -> text(d, "groupId").equals("dev.legalbilling")).toList();

        assertThat(ours).isNotEmpty().allSatisfy(d -> {
            assertThat(managed).contains(text(d, "groupId") + ":" + text(d, "artifactId"));
            assertThat(children(d, "version")).isEmpty();
        });
    }

    @Test
    void namesTheSlf4jProviderVersionAndTheJavaReleaseOfThisBuild() throws Exception {
        Element readme = readmePom();
        Element root = parse(Files.readString(ROOT_POM, StandardCharsets.UTF_8));
        Element properties = single(children(root, "properties"));

        Element provider = path(readme, "dependencies", "dependency").stream()
                .filter(d -> text(d, "groupId").equals("org.slf4j")).reduce((a, b) -> {
                    throw new AssertionError("two SLF4J dependencies");
                }).orElseThrow();
        assertThat(text(provider, "artifactId")).isEqualTo("slf4j-simple");
        assertThat(text(provider, "version")).isEqualTo(text(properties, "slf4j.version"));
        assertThat(text(provider, "scope")).isEqualTo("runtime");

        Element compiler = single(path(readme, "build", "plugins", "plugin"));
        Element rootCompiler = path(root, "build", "pluginManagement", "plugins", "plugin").stream()
                .filter(p -> text(p, "artifactId").equals("maven-compiler-plugin")).findFirst().orElseThrow();
        assertThat(text(compiler, "artifactId")).isEqualTo("maven-compiler-plugin");
        assertThat(text(compiler, "version")).isEqualTo(text(rootCompiler, "version"));
        assertThat(text(single(children(compiler, "configuration")), "release"))
                .isEqualTo(text(properties, "maven.compiler.release")).isEqualTo("17");
    }

    private static Element readmePom() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("```xml\n<?xml");
        assertThat(start).as("the README shows a complete pom.xml").isNotNegative();
        int end = readme.indexOf("\n```", start + 7);
        Element pom = parse(readme.substring(start + "```xml\n".length(), end));
        assertThat(pom.getTagName()).isEqualTo("project");
        assertThat(text(pom, "modelVersion")).isEqualTo("4.0.0");
        return pom;
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        return doc.getDocumentElement();
    }

    private static List<Element> path(Element from, String... names) {
        List<Element> level = List.of(from);
        for (String name : names) {
            List<Element> next = new ArrayList<>();
            level.forEach(e -> next.addAll(children(e, name)));
            level = next;
        }
        return level;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element single(List<Element> elements) {
        assertThat(elements).hasSize(1);
        return elements.get(0);
    }

    private static String text(Element parent, String name) {
        return single(children(parent, name)).getTextContent().strip();
    }
}

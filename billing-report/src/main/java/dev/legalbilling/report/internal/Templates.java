package dev.legalbilling.report.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.reflect.MapObjectHandler;
import dev.legalbilling.report.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Mustache templates of the reports and letters: bundled under {@code dev/legalbilling/report/templates/}, and
 * optionally overridden file by file from a directory the firm keeps ({@code NAME.mustache}).
 *
 * <p>Templates are data, never code: models are plain maps, lists, strings and booleans, and the
 * {@link MapObjectHandler} resolves names only as map keys, so a template cannot call a method of any object (no
 * reflection, unlike Mustache.java's default handler). Template and partial names must match
 * {@code [a-z0-9-]+(\.[a-z]+)?} (no path, so a partial cannot reach outside the directory), symbolic links are not
 * followed, and a template file is at most {@value #MAX_TEMPLATE_BYTES} bytes. HTML templates escape every
 * {@code {{value}}}; text templates (for e-mail bodies) write values as they are.
 *
 * <p>Thread-safe: compiled templates are cached per instance.
 */
public final class Templates {
    /** The largest template file read, in bytes. */
    public static final int MAX_TEMPLATE_BYTES = 256 * 1024;
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+(\\.[a-z]+)?");
    private static final String ROOT = "dev/legalbilling/report/templates/";
    private static final Templates BUNDLED = new Templates(null);

    private final Path overrides;
    private final DefaultMustacheFactory html;
    private final DefaultMustacheFactory text;

    private Templates(Path overrides) {
        this.overrides = overrides;
        MustacheResolver resolver = this::read;
        this.html = new DefaultMustacheFactory(resolver);
        this.html.setObjectHandler(new MapObjectHandler());
        this.text = new DefaultMustacheFactory(resolver) {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        this.text.setObjectHandler(new MapObjectHandler());
    }

    /** @return the bundled templates */
    public static Templates bundled() {
        return BUNDLED;
    }

    /**
     * @param directory a directory whose {@code NAME.mustache} files replace the bundled ones of that name, or null
     * @return templates reading that directory first
     * @throws TemplateException when the directory does not exist
     */
    public static Templates withOverrides(Path directory) {
        if (directory == null) {
            return BUNDLED;
        }
        if (!Files.isDirectory(directory)) {
            throw new TemplateException(directory.toString(), "is not a directory of templates");
        }
        return new Templates(directory);
    }

    /**
     * @param name the template name without {@code .mustache}, e.g. {@code check.html}
     * @param model the values: maps, lists, strings, booleans
     * @return the rendered HTML, every value escaped
     * @throws TemplateException when the template is missing or malformed
     */
    public String html(String name, Map<String, ?> model) {
        return render(html, name, model);
    }

    /**
     * @param name the template name without {@code .mustache}, e.g. {@code letter.txt}
     * @param model the values
     * @return the rendered text, values unescaped
     * @throws TemplateException when the template is missing or malformed
     */
    public String text(String name, Map<String, ?> model) {
        return render(text, name, model);
    }

    private String render(DefaultMustacheFactory factory, String name, Map<String, ?> model) {
        Mustache mustache;
        try {
            mustache = factory.compile(name + ".mustache");
        } catch (MustacheException e) {
            if (e.getCause() instanceof TemplateException t) {
                throw t;
            }
            throw new TemplateException(where(name), e.getMessage());
        }
        StringWriter out = new StringWriter(8192);
        try {
            mustache.execute(out, model);
        } catch (MustacheException e) {
            throw new TemplateException(where(name), e.getMessage());
        }
        return out.toString();
    }

    private String where(String name) {
        return overrides != null && Files.isRegularFile(overrides.resolve(name + ".mustache"))
                ? overrides.resolve(name + ".mustache").toString() : "bundled template " + name;
    }

    /** The resolver: a file of the override directory, else the bundled resource; null when neither exists. */
    private Reader read(String resourceName) {
        String file = resourceName.startsWith("/") ? resourceName.substring(1) : resourceName;
        String bare = file.endsWith(".mustache") ? file.substring(0, file.length() - ".mustache".length()) : file;
        if (!NAME.matcher(bare).matches()) {
            throw new TemplateException(resourceName, "is not a template name (letters, digits, '-' and one"
                    + " extension; no path)");
        }
        String fileName = bare + ".mustache";
        try {
            if (overrides != null) {
                Path p = overrides.resolve(fileName);
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    if (Files.size(p) > MAX_TEMPLATE_BYTES) {
                        throw new TemplateException(p.toString(), "is larger than " + MAX_TEMPLATE_BYTES
                                + " bytes");
                    }
                    return new StringReader(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
            try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(ROOT + fileName)) {
                return in == null ? null : new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new TemplateException(fileName, "cannot be read (" + e.getMessage() + ")");
        }
    }
}

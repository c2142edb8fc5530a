package com.workoutplanparser.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Plan text out of a file or a mail part, in plain Java: txt/md/csv/json as strict UTF-8, html through
 * jsoup, pdf through PDFBox, docx through POI. Whatever cannot be read fails with an {@link IntakeRejected}
 * or {@link PlanText.InvalidText} that says why.
 */
public final class TextExtractor {

    public static final Set<String> SUPPORTED = Set.of("txt", "md", "csv", "html", "htm", "pdf", "docx", "json");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2",
            "h3", "h4", "h5", "h6", "pre", "blockquote", "section", "article", "header", "footer", "hr", "dt", "dd");

    private TextExtractor() {
    }

    public static String extension(String name) {
        if (name == null) {
            return "";
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static boolean supported(String name) {
        return SUPPORTED.contains(extension(name));
    }

    /** The plan text of a file called {@code name}. */
    public static String extract(String name, byte[] bytes, int maxChars) {
        String ext = extension(name);
        if (!SUPPORTED.contains(ext)) {
            throw new IntakeRejected("unsupported_type", "Files of type '" + (ext.isEmpty() ? "(none)" : "." + ext)
                    + "' are not read. Send the plan as .txt, .md, .csv, .html, .pdf, .docx or .json.");
        }
        if (bytes == null || bytes.length == 0) {
            throw new PlanText.InvalidText("empty_text", "The file is empty.");
        }
        return switch (ext) {
            case "html", "htm" -> PlanText.validate(htmlToText(PlanText.fromBytes(bytes, maxChars * 4)), maxChars);
            case "pdf" -> PlanText.validate(pdf(bytes), maxChars);
            case "docx" -> PlanText.validate(docx(bytes), maxChars);
            case "json" -> PlanText.validate(json(PlanText.fromBytes(bytes, maxChars * 2)), maxChars);
            default -> PlanText.fromBytes(bytes, maxChars);
        };
    }

    /** HTML as a person reads it: block elements and line breaks become new lines, tags and scripts go. */
    public static String htmlToText(String html) {
        var doc = Jsoup.parse(html);
        doc.select("script, style, head").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newLine(out);
                } else if (node instanceof Element e && ("td".equals(e.normalName()) || "th".equals(e.normalName()))
                        && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                    out.append(' '); // table cells of one row stay on one line, apart
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !"br".equals(e.normalName())) {
                    newLine(out);
                }
            }
        }, doc.body() == null ? doc : doc.body());
        StringBuilder text = new StringBuilder();
        for (String line : out.toString().split("\n")) {
            String t = line.replace('\u00A0', ' ').strip();
            if (!t.isEmpty()) {
                text.append(t).append('\n');
            }
        }
        return text.toString().strip();
    }

    private static void newLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static String pdf(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        } catch (InvalidPasswordException e) {
            throw new IntakeRejected("unreadable_file", "The PDF is protected by a password; send it without one.");
        } catch (IOException e) {
            throw new IntakeRejected("unreadable_file", "The PDF could not be read (" + e.getMessage() + ").", e);
        }
    }

    private static String docx(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        } catch (IOException | RuntimeException e) {
            throw new IntakeRejected("unreadable_file", "The Word document (.docx) could not be read ("
                    + e.getClass().getSimpleName() + ").", e);
        }
    }

    /** A JSON file: its "text" (or "plan") string when it has one, otherwise the JSON itself as text. */
    private static String json(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            for (String field : new String[]{"text", "plan"}) {
                if (node != null && node.path(field).isTextual()) {
                    return node.get(field).asText();
                }
            }
            return text;
        } catch (IOException e) {
            // where, not what: Jackson's message quotes the text it stopped at, and this reason is logged and stored
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? " at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() : "";
            throw new IntakeRejected("invalid_json", "The .json file is not valid JSON (it stops making sense" + where
                    + ").");
        }
    }
}

package dev.fundcrm.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.fundcrm.domain.port.in.ImportContacts.Row;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads an import's {@code text/csv} body (RFC 4180, UTF-8) into rows: a header row naming the columns
 * {@code name}, {@code email}, {@code organization}, {@code domains} in any order and case ({@code email}
 * required), then one contact a row. A domains cell may hold several domains separated by spaces or {@code ;},
 * and any cells after the domains column are more domains. Rows are numbered as a spreadsheet shows them: the
 * header is row 1. A body that is not CSV, or a header without {@code email}, is a 400 problem naming the line.
 */
final class CsvContacts {

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();
    private static final List<String> COLUMNS = List.of("name", "email", "organization", "domains");

    private CsvContacts() {
    }

    static List<Row> rows(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/csv")) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the contacts as text/csv");
        }
        List<List<String>> records = read(ctx.bodyAsBytes());
        if (records.isEmpty() || blank(records.get(0))) {
            throw ProblemException.badRequest("the CSV is empty: it needs a header row and a row per contact");
        }
        Map<String, Integer> header = header(records.get(0));
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            if (!blank(records.get(i))) {
                rows.add(row(i + 1, records.get(i), header));
            }
        }
        return rows;
    }

    private static List<List<String>> read(byte[] body) {
        try (MappingIterator<List<String>> records = CSV.readerForListOf(String.class).readValues(body)) {
            return records.readAll();
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest(e.getLocation() == null ? "malformed CSV"
                    : "malformed CSV at line " + e.getLocation().getLineNr());
        } catch (IOException e) {
            throw ProblemException.badRequest("the CSV could not be read");
        }
    }

    private static Map<String, Integer> header(List<String> cells) {
        Map<String, Integer> columns = new TreeMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw ProblemException.badRequest("unknown column '" + cells.get(i).strip() + "' in the header row;"
                        + " the columns are " + String.join(", ", COLUMNS));
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw ProblemException.badRequest("column '" + name + "' appears twice in the header row");
            }
        }
        if (!columns.containsKey("email")) {
            throw ProblemException.badRequest("the header row needs an 'email' column");
        }
        return columns;
    }

    private static Row row(int number, List<String> cells, Map<String, Integer> header) {
        List<String> domains = new ArrayList<>();
        Integer domainsColumn = header.get("domains");
        if (domainsColumn != null) {
            for (int i = domainsColumn; i < cells.size(); i++) {
                Arrays.stream(cells.get(i).split("[;\\s]+")).filter(domain -> !domain.isBlank()).forEach(domains::add);
            }
        }
        return new Row(number, cell(cells, header, "name"), cell(cells, header, "email"),
                cell(cells, header, "organization"), domains);
    }

    /** An empty line: skipped, but counted, so that later rows keep the numbers a spreadsheet shows. */
    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }

    private static String cell(List<String> cells, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= cells.size() || cells.get(index).isBlank() ? null : cells.get(index);
    }
}

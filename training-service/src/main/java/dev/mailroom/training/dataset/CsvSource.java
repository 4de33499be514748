package dev.mailroom.training.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * RFC 4180 CSV with a header row naming at least {@code label} and {@code text} (and optionally {@code id});
 * quoted fields may hold commas, doubled quotes and line breaks.
 */
final class CsvSource implements DatasetSource {

    private final Path file;

    CsvSource(Path file) {
        this.file = file;
    }

    @Override
    public String description() {
        return file.toString();
    }

    @Override
    public void read(Consumer<SourceRow> sink) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = nextRecord(in);
            if (header == null) {
                return;
            }
            int id = indexOf(header, "id");
            int label = indexOf(header, "label");
            int text = indexOf(header, "text");
            if (label < 0 || text < 0) {
                throw new InvalidDatasetException(
                        InvalidDatasetException.Reason.MALFORMED,
                        file + " needs a header with the columns label and text, found " + header);
            }
            long recordNo = 0;
            List<String> record;
            while ((record = nextRecord(in)) != null) {
                recordNo++;
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (record.size() <= Math.max(label, text)) {
                    throw new InvalidDatasetException(
                            InvalidDatasetException.Reason.MALFORMED,
                            file + " record " + recordNo + " has " + record.size() + " fields, the header "
                                    + header.size());
                }
                String rowId = id >= 0 && id < record.size() ? record.get(id) : "record-" + recordNo;
                sink.accept(new SourceRow(rowId, record.get(label), record.get(text)));
            }
        } catch (IOException e) {
            throw new InvalidDatasetException(
                    InvalidDatasetException.Reason.UNREADABLE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Reads one record, or null at the end of input. */
    static List<String> nextRecord(Reader in) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                return fields;
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }
}

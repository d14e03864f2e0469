/// How query results are written.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, jsonl
}

public enum Output {
    /// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
    public static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func csvLine(_ cells: [String]) -> String { cells.map(csvField).joined(separator: ",") + "\r\n" }

    public static func jsonLine(_ columns: [String], _ row: [StoreValue]) -> String {
        JSON.object(zip(columns, row).map { ($0, JSON.value($1)) }) + "\n"
    }

    /// The whole result in a format; `table` pads columns and cuts long cells to `width` characters.
    public static func render(_ r: ResultSet, as format: OutputFormat, width: Int = 48) -> String {
        switch format {
        case .csv:
            return csvLine(r.columns) + r.rows.map { csvLine($0.map(\.description)) }.joined()
        case .jsonl:
            return r.rows.map { jsonLine(r.columns, $0) }.joined()
        case .table:
            func cell(_ v: StoreValue) -> String {
                var s = v.description.replacingOccurrences(of: "\n", with: " ")
                if s.count > width { s = String(s.prefix(width - 1)) + "…" }
                return s
            }
            let cells = r.rows.map { $0.map(cell) }
            var widths = r.columns.map(\.count)
            for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
            func line(_ row: [String]) -> String {
                var out = ""
                for (i, c) in row.enumerated() {
                    out += c
                    if i < row.count - 1 { out += String(repeating: " ", count: widths[i] - c.count + 2) }
                }
                return out + "\n"
            }
            var out = line(r.columns)
            out += line(widths.map { String(repeating: "-", count: $0) })
            for row in cells { out += line(row) }
            out += "(\(r.rows.count) row\(r.rows.count == 1 ? "" : "s"))\n"
            return out
        }
    }
}

import AnnalsStore

/// JSON text built directly (the API's answers are rows of scalars).
struct JSONText {
    var s = ""

    init() { s.reserveCapacity(4096) }

    mutating func raw(_ t: String) { s += t }
    mutating func string(_ t: String?) { s += JSON.string(t) }
    mutating func number(_ d: Double) { s += JSON.number(d) }
    mutating func int(_ i: Int) { s += String(i) }
    mutating func value(_ v: StoreValue) { s += JSON.value(v) }

    /// `{"col": value, …}` for one row; `raw` columns hold JSON text already, `bool` columns 0/1 become false/true.
    mutating func row(_ columns: [String], _ row: [StoreValue], raw rawColumns: Set<String> = [], bool: Set<String> = []) {
        s += "{"
        for (i, c) in columns.enumerated() {
            if i > 0 { s += "," }
            s += JSON.quote(c) + ":"
            let v = row[i]
            if rawColumns.contains(c), case .text(let t) = v, t.first == "[" || t.first == "{" { s += t }
            else if bool.contains(c), case .int(let n) = v { s += n != 0 ? "true" : "false" }
            else { s += JSON.value(v) }
        }
        s += "}"
    }
}

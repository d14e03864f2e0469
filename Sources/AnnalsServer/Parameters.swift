import AnnalsStore
import Foundation

/// A request the API refuses, with the status and the message of its `{"error": …}` body.
public struct APIError: Error, Sendable {
    public var status: Int
    public var message: String
    public init(_ status: Int, _ message: String) { self.status = status; self.message = message }
    static func badRequest(_ m: String) -> APIError { APIError(400, m) }
}

/// A query string read strictly: `+` is a space, `%XX` a byte; a name given
/// twice, a name the endpoint does not know, or a bad encoding is an error.
/// Empty values count as absent (a form's empty fields).
struct QueryParameters {
    private(set) var values: [String: String] = [:]

    init(_ query: String?, allowed: Set<String>) throws {
        guard let query, !query.isEmpty else { return }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { throw APIError.badRequest("query: bad percent-encoding in '\(parts[0])'") }
            let raw = parts.count > 1 ? parts[1] : ""
            guard let value = Self.decode(raw) else { throw APIError.badRequest("\(name): bad percent-encoding") }
            guard allowed.contains(name) else {
                throw APIError.badRequest("unknown parameter '\(name)' (this endpoint takes: \(allowed.sorted().joined(separator: ", ")))")
            }
            guard values[name] == nil else { throw APIError.badRequest("parameter '\(name)' is given twice") }
            if !value.isEmpty { values[name] = value }
        }
    }

    static func decode(_ s: Substring) -> String? {
        let plus = s.replacingOccurrences(of: "+", with: " ")
        return plus.contains("%") ? plus.removingPercentEncoding : plus
    }

    subscript(_ name: String) -> String? { values[name] }

    func int(_ name: String, default d: Int, range: ClosedRange<Int>) throws -> Int {
        guard let v = values[name] else { return d }
        guard let n = Int(v), range.contains(n) else {
            throw APIError.badRequest("\(name) '\(v)' must be an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return n
    }

    func double(_ name: String) throws -> Double? {
        guard let v = values[name] else { return nil }
        guard let d = Double(v), d.isFinite else { throw APIError.badRequest("\(name) '\(v)' is not a number") }
        return d
    }
}

/// The parameters each kind of endpoint takes.
enum ParameterSet {
    static let page: Set<String> = ["limit", "offset"]
    static let events: Set<String> = page.union(["actor", "country", "sector", "recipient", "recipient_sector", "plover", "mode", "cameo",
                                                 "acled", "from", "to", "by", "near", "radius", "search"])
    static let speakers: Set<String> = page.union(["actor", "country", "sector", "from", "to", "search"])
    static let documents: Set<String> = page.union(["from", "to", "search"])
}

/// Pages: `limit` (default 100, at most 10,000) and `offset`.
struct Page {
    static let defaultLimit = 100, maxLimit = 10_000, maxOffset = 1_000_000_000
    var limit: Int
    var offset: Int
    init(_ q: QueryParameters) throws {
        limit = try q.int("limit", default: Page.defaultLimit, range: 1...Page.maxLimit)
        offset = try q.int("offset", default: 0, range: 0...Page.maxOffset)
    }
}

extension QueryFilter {
    /// `LAT,LON` in decimal degrees, as the OpenAPI document gives it.
    static let nearPattern = #"^-?(90(\.0+)?|[0-8]?[0-9](\.[0-9]+)?),-?(180(\.0+)?|(1[0-7][0-9]|[0-9]{1,2})(\.[0-9]+)?)$"#

    /// The filter of a request's parameters (the names of `annals events`'
    /// options, with `_` for `-`); fetches one row more than the page, to know whether another page follows.
    init(_ q: QueryParameters, page: Page) throws {
        self.init()
        actor = q["actor"]; country = q["country"]; sector = q["sector"]
        recipient = q["recipient"]; recipientSector = q["recipient_sector"]
        ploverType = q["plover"]; ploverMode = q["mode"]; cameo = q["cameo"]; acledType = q["acled"]
        for name in ["from", "to"] {
            guard let v = q[name] else { continue }
            guard v.range(of: #"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"#, options: .regularExpression) != nil else {
                throw APIError.badRequest("\(name) '\(v)' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
            }
        }
        from = q["from"]; to = q["to"]
        if let by = q["by"] {
            guard let field = DateField(rawValue: by) else { throw APIError.badRequest("by '\(by)' must be event or published") }
            dateField = field
        }
        if let near = q["near"] {
            let parts = near.split(separator: ",", omittingEmptySubsequences: false).map { Double($0) }
            guard near.range(of: QueryFilter.nearPattern, options: .regularExpression) != nil,
                  parts.count == 2, let lat = parts[0], let lon = parts[1], abs(lat) <= 90, abs(lon) <= 180 else {
                throw APIError.badRequest("near '\(near)': expected LAT,LON in decimal degrees (e.g. 40.38,49.89)")
            }
            self.near = (lat, lon)
        }
        if let r = try q.double("radius") {
            guard r > 0, r <= 20_100 else { throw APIError.badRequest("radius must be more than 0 and at most 20100 km") }
            radiusKm = r
        }
        search = q["search"]
        limit = page.limit + 1
        offset = page.offset
    }
}

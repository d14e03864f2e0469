import AnnalsCore
import AnnalsIngest
import AnnalsStore
import Foundation
import Testing

/// `annals ingest` builds the store's rows from the analysis
/// (`StoreRows(analysis, published:)`) instead of reading back the JSON record
/// it keeps; both must give the same rows, or the store's tables would disagree
/// with `documents.record`.
@Suite struct RecordFieldsTests {
    static let engine = Result { try Annals() }
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data/corpus")

    /// Compares the built rows with the ones read from the JSON, row by row
    /// so that a failure names what differs, then byte for byte; returns the
    /// record read (what was compared).
    @discardableResult
    static func compare(_ a: Analysis) throws -> RecordData {
        let published = a.document.date?.description
        let built = StoreRows(a, published: published)
        var json = AnalysisRecord.encode(a)
        json.removeLast()   // the newline
        let record = try RecordData.read(json: json)
        let read = StoreRows(record: record, published: published)
        let x = built.decoded, y = read.decoded
        #expect(x.count == y.count, "\(a.document.id)")
        for (r, s) in zip(x, y) { #expect(r.table == s.table && r.values == s.values, "\(a.document.id)") }
        #expect(built == read, "\(a.document.id)")
        #expect(a.topics == (record.topics ?? []), "\(a.document.id)")
        return record
    }

    /// An article with everything the record has: accents and curly quotes
    /// before the spans (so code points differ from bytes), a quote with a
    /// speaker and cue, events with dates, places with coordinates.
    @Test func builtFieldsEqualTheRecordRead() throws {
        let annals = try Self.engine.get()
        let text = """
        Zoë’s report: Azerbaijani forces shelled Stepanakert on Friday, killing two civilians, Armenia’s defence ministry said.
        “We will not retreat,” President Ilham Aliyev said in Baku on Saturday. Police in Yerevan arrested 40 protesters.
        Armenia accused Azerbaijan of blocking the Lachin corridor, and Russia condemned the attack.
        """
        let a = annals.analyze(Article(id: "zoë-1", date: CivilDate(iso: "2022-12-25"), title: "Shelling “near” Stepanakert", text: text))
        let r = try Self.compare(a)
        #expect(!a.document.isASCII)
        #expect(!(r.events ?? []).isEmpty)
        #expect(!(r.quotes ?? []).isEmpty)
        #expect((r.places ?? []).contains { $0.lat != nil })

        // actor codes (analysts' dictionaries) go into the participants
        var coded = a
        coded.actorCodes = a.actors.indices.map { $0 % 2 == 0 ? "X\($0)" : nil }
        let c = try Self.compare(coded)
        #expect((c.events ?? []).contains { e in (e.actor ?? []).contains { $0.code != nil } })
    }

    /// The same on real news: the first 2,000 Reuters-21578 articles and the
    /// BBC corpus (which has accents and curly quotes), when ../shared is there.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpus.appendingPathComponent("reuters21578.jsonl").path)))
    func builtFieldsEqualTheRecordReadOnNews() throws {
        let annals = try Self.engine.get()
        var articles = 0, events = 0, quotes = 0, places = 0
        for (name, limit) in [("reuters21578.jsonl", 2000), ("bbc_news_2004_2005.jsonl", 2225)] {
            guard let data = FileManager.default.contents(atPath: Self.corpus.appendingPathComponent(name).path) else { continue }
            for (n, line) in data.split(separator: 0x0A).prefix(limit).enumerated() {
                guard case .success(let article) = ArticleInput.jsonLine(line, line: n + 1) else { continue }
                let r = try Self.compare(annals.analyze(article))
                articles += 1
                events += r.events?.count ?? 0
                quotes += r.quotes?.count ?? 0
                places += r.places?.count ?? 0
            }
        }
        #expect(articles >= 2000)
        #expect(events > 1000 && quotes > 1000 && places > 1000, "\(events) events, \(quotes) quotes, \(places) places")
    }
}

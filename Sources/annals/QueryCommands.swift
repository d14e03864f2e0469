import AnnalsStore
import ArgumentParser
import Foundation

private let eventFilters: Set<String> = ["actor", "country", "sector", "recipient", "recipient-sector", "plover", "mode",
                                         "cameo", "acled", "near", "by", "search"]

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List stored events that match filters.",
        discussion: """
        Filters combine (all must hold). Names and codes compare without case.
        Examples:
          annals events --actor 'Ilham Aliyev' --from 2022-12-01 --to 2022-12-31
          annals events --country AZE --sector MIL --plover ASSAULT --format csv
          annals events --near 40.38,49.89 --radius 25 --search 'blockade OR corridor'
        """)
    @OptionGroup var store: DatabaseOption
    @OptionGroup var options: FilterOptions

    func run() throws {
        let s = try store.open(readOnly: true)
        let r = try storeCall { try s.events(try options.filter(allowing: eventFilters)) }
        // a terminal table shows the columns that fit; csv and jsonl have them all
        printResult(options.format == .table ? r.selecting(["document", "event", "event_date", "plover_type", "plover_mode", "cameo_code",
                                                             "actor_name", "actor_country", "actor_sector", "recipient_name",
                                                             "recipient_country", "recipient_sector", "place_name", "cluster", "evidence"]) : r,
                    options.format)
    }
}

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "One line per real-world event (a cluster of reports across articles), in date order.",
        discussion: """
        Takes the same filters as 'annals events'. 'events' counts the reports,
        'articles' the articles they come from; 'cluster' is the id in the
        cluster_links table, where each report's link says why it was merged.
        """)
    @OptionGroup var store: DatabaseOption
    @OptionGroup var options: FilterOptions

    func run() throws {
        let s = try store.open(readOnly: true)
        let r = try storeCall { try s.timeline(try options.filter(allowing: eventFilters)) }
        printResult(options.format == .table ? r.selecting(["date", "last_date", "plover_type", "actor_name", "actor_country", "actor_sector",
                                                             "recipient_name", "recipient_country", "recipient_sector", "place_name",
                                                             "events", "articles", "cluster", "evidence"]) : r,
                    options.format)
    }
}

struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List stored quotes with their speakers.",
        discussion: """
        Filters: --actor (the speaker's name), --country and --sector (the
        speaker's), --from/--to (publication date), --search (FTS5 over the
        quoted text).
        """)
    @OptionGroup var store: DatabaseOption
    @OptionGroup var options: FilterOptions

    func run() throws {
        let s = try store.open(readOnly: true)
        let r = try storeCall { try s.quotes(try options.filter(allowing: ["actor", "country", "sector", "search"])) }
        printResult(r, options.format)
    }
}

struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List actors across the corpus: articles, mentions, events as actor and as recipient.",
        discussion: """
        Filters: --actor (exact name), --search (part of the name), --country,
        --sector, --from/--to (publication date of the articles naming them).
        """)
    @OptionGroup var store: DatabaseOption
    @OptionGroup var options: FilterOptions

    func run() throws {
        let s = try store.open(readOnly: true)
        let r = try storeCall { try s.actors(try options.filter(allowing: ["actor", "country", "sector", "search"])) }
        printResult(r, options.format)
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export every stored event: PLOVER JSON Lines, CSV, or ACLED-style CSV.",
        discussion: """
        plover: one JSON object per event with the PLOVER specification's field
                names (id, date, actor, recipient, event, mode, event_loc,
                event_text, quad_code, event_scale, link …); negated events
                and events without a PLOVER type are left out.
        csv:    every event, the columns of 'annals events'.
        acled:  events in ACLED's scope that were reported as done, with
                ACLED's column names (event_id_cnty, event_date, event_type …).
        """)
    @OptionGroup var store: DatabaseOption
    @Option(name: .long, help: "plover, csv or acled.")
    var format: ExportFormat
    @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let s = try store.open(readOnly: true)
        let fd: Int32 = output.map { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) } ?? 1
        guard fd >= 0 else { throw ValidationError("--output \(output ?? ""): cannot open (\(String(cString: strerror(errno))))") }
        defer { if fd != 1 { close(fd) } }
        let out = OutputBuffer(fd: fd)
        let n = try storeCall { try s.export(format) { out.write(Array($0.utf8)) } }
        out.flush()
        FileHandle.standardError.write(Data("annals: exported \(n) event\(n == 1 ? "" : "s") (\(format.rawValue))\n".utf8))
    }
}

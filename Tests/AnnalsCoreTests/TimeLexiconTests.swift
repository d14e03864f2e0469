import Testing
@testable import AnnalsCore

/// The time lexicon loads the built-in files and reports a bad line as
/// `file:line: message`.
@Suite struct TimeLexiconTests {
    static func files(replacing name: String, with text: String) throws -> [String: DataFile] {
        var files: [String: DataFile] = [:]
        for f in TimeLexicon.files { files[f] = try DataFile.builtIn(f) }
        files[name] = DataFile(name: name, text: text)
        return files
    }

    @Test func builtInLoads() throws {
        let lex = try TimeLexicon.builtIn()
        #expect(lex.word("december").map { lex[$0].month } == 12)
        #expect(lex.word("friday").map { lex[$0].weekday } == 5)
        #expect(lex.contextWord("said").map { lex[$0].tense } == .past)
        #expect(lex.contextWord("plans").map { lex[$0].tenseBefore.contains("to") } == true)
    }

    /// exceptions.tsv: the neighbours of "soon" are data, and a file without
    /// them leaves "soon" a time beside every word.
    @Test func exceptionsAreData() throws {
        let lex = try TimeLexicon.builtIn()
        let soon = try #require(lex.word("soon"))
        let x = try #require(lex.exceptions[soon])
        #expect(x.previous.contains("as") && x.previous.contains("too") && x.next.contains("after") && x.next.contains("-"))
        #expect(x.tenses == [.past])
        #expect(lex.word("now").flatMap { lex.exceptions[$0] } == nil)
        let bare = try TimeLexicon(files: Self.files(replacing: "time/exceptions.tsv", with: "# none\n"))
        #expect(bare.exceptions.isEmpty)
    }

    @Test(arguments: [
        ("time/months.tsv", "# months\njanuary\t1\t-\nfoo\t13\t-\n", "time/months.tsv:3: month '13' must be an integer in 1...12"),
        ("time/months.tsv", "January\t1\t-\n", "time/months.tsv:1: 'January' must be lowercase"),
        ("time/months.tsv", "jan\t1\tshort\n", "time/months.tsv:1: unknown flag 'short' (abbr, ambiguous)"),
        ("time/weekdays.tsv", "monday\t1\n", "time/weekdays.tsv:1: expected 3 tab-separated fields (form, weekday, flags), found 2"),
        ("time/units.tsv", "day\tdays\tsingular\n", "time/units.tsv:1: unknown unit 'days' (second, minute, hour, day, week, weekend, fortnight, month, quarter, year, decade, century)"),
        ("time/tense.tsv", "said\tpast\nsaid\tpast\n", "time/tense.tsv:2: duplicate tense cue 'said'"),
        ("time/tense.tsv", "plans\tfuture\tTo\n", "time/tense.tsv:1: 'To': the words a cue must come before are lowercase tokens separated by commas"),
        ("time/tense.tsv", "plans\tfuture\tto\tfor\n", "time/tense.tsv:1: expected 3 tab-separated fields (word, tense, before), found 4"),
        ("time/phrases.tsv", "today\tDATE\t@x\t-\n", "time/phrases.tsv:1: relative day '@x' must be @ and a signed number of days, e.g. @-1 or @+0TNI"),
        ("time/holidays.tsv", "christmas\tfixed 13-25\n", "time/holidays.tsv:1: fixed needs one MM-DD day, e.g. fixed 12-25"),
        ("time/holidays.tsv", "election day\tnth 11 1 1 +9\n", "time/holidays.tsv:1: offset '+9' must be an integer in -6...6"),
        ("time/holidays.tsv", "election day\tnth 11 1 1 +1 +2\n", "time/holidays.tsv:1: nth needs month, N and weekday, and may take an offset in days, e.g. nth 11 4 4 or nth 11 1 1 +1"),
        ("time/modifiers.tsv", "last\tshift\t-2\n", "time/modifiers.tsv:1: shift '-2' must be an integer in -1...1"),
        ("time/modifiers.tsv", "earlier\tafter\t-1 story\n", "time/modifiers.tsv:1: after takes a direction and optionally 'narrative', not '-1 story'"),
        ("time/modifiers.tsv", "next\tanaphor\t+1\n", "time/modifiers.tsv:1: anaphor needs a shift and at least one unit, e.g. +1 day week"),
        ("time/modifiers.tsv", "next\tanaphor\t+1 hour\n", "time/modifiers.tsv:1: anaphor unit 'hour' must be day, week, month or year"),
        ("time/modifiers.tsv", "next\tanaphor\t+2 day\n", "time/modifiers.tsv:1: shift '+2' must be an integer in -1...1"),
        ("time/modifiers.tsv", "post\tbound\tAFTERWARD\n", "time/modifiers.tsv:1: bound must be AFTER or BEFORE, not 'AFTERWARD'"),
        ("time/exceptions.tsv", "soon\tprevious\tas\nsoon\tbefore\tas\n", "time/exceptions.tsv:2: side must be previous, next or tense, not 'before'"),
        ("time/exceptions.tsv", "shortly\tnext\tafter\n", "time/exceptions.tsv:1: 'shortly' is no one-word phrase of time/phrases.tsv"),
        ("time/exceptions.tsv", "last\tnext\tyear\n", "time/exceptions.tsv:1: 'last' is no one-word phrase of time/phrases.tsv"),
        ("time/exceptions.tsv", "soon\tprevious\tToo\n", "time/exceptions.tsv:1: neighbour 'Too' must be one lowercase token"),
        ("time/exceptions.tsv", "soon\ttense\tpassed\n", "time/exceptions.tsv:1: tense must be past, future or present, not 'passed'"),
        ("time/exceptions.tsv", "soon\tnext\tafter\nsoon\tnext\tafter\n", "time/exceptions.tsv:2: duplicate exception"),
        ("time/exceptions.tsv", "soon\tnext\n", "time/exceptions.tsv:1: expected 3 tab-separated fields (word, side, neighbour), found 2"),
    ])
    func badLine(_ file: String, _ text: String, _ message: String) throws {
        let files = try Self.files(replacing: file, with: text)
        #expect(throws: KnowledgeError.self) { try TimeLexicon(files: files) }
        do { _ = try TimeLexicon(files: files) } catch let e as KnowledgeError { #expect(e.description == message) }
    }
}

import Testing
import Foundation
@testable import AnnalsCore

/// A corpus-style table for the time grammar, written for Annals: each row
/// is a sentence, a publication date, and the one expression expected in
/// it (matched text, type, value, mod). Reference date 2022-12-25 is a Sunday.
@Suite struct TimeTaggerTests {
    static let engine = try! Annals()

    static func tag(_ text: String, _ date: String?) -> [(text: String, type: String, value: String, mod: String?, implied: String?)] {
        let article = Article(id: "t", date: date.flatMap { CivilDate(iso: $0) }, text: text)
        let a = engine.analyze(article)
        return a.times.map { (a.document.slice($0.start, $0.end), $0.type.rawValue, $0.value, $0.mod, $0.impliedStart) }
    }

    struct Row: CustomTestStringConvertible, Sendable {
        var text: String, date: String?, span: String, type: String, value: String, mod: String? = nil
        var testDescription: String { text }
    }

    static let sunday = "2022-12-25"

    static let absolute: [Row] = [
        Row(text: "The ceasefire took effect on December 12, 2022.", date: sunday, span: "December 12, 2022", type: "DATE", value: "2022-12-12"),
        Row(text: "Talks resumed on 12 December 2022 in Geneva.", date: sunday, span: "12 December 2022", type: "DATE", value: "2022-12-12"),
        Row(text: "The report is dated 12/12/2022.", date: sunday, span: "12/12/2022", type: "DATE", value: "2022-12-12"),
        Row(text: "The report is dated 25/12/2021.", date: sunday, span: "25/12/2021", type: "DATE", value: "2021-12-25"),
        Row(text: "The file was created 2022-12-12 by the clerk.", date: sunday, span: "2022-12-12", type: "DATE", value: "2022-12-12"),
        Row(text: "The fiscal period ended Sept. 30.", date: sunday, span: "Sept. 30", type: "DATE", value: "2022-09-30"),
        Row(text: "Prices rose in mid-December.", date: sunday, span: "mid-December", type: "DATE", value: "2022-12", mod: "MID"),
        Row(text: "The plant closed in early November.", date: sunday, span: "early November", type: "DATE", value: "2022-11", mod: "START"),
        Row(text: "Unrest grew in late November.", date: sunday, span: "late November", type: "DATE", value: "2022-11", mod: "END"),
        Row(text: "It was popular in the 1990s.", date: sunday, span: "the 1990s", type: "DATE", value: "199"),
        Row(text: "It began in the late 1970s.", date: sunday, span: "the late 1970s", type: "DATE", value: "197", mod: "END"),
        Row(text: "The law was passed in 2019.", date: sunday, span: "2019", type: "DATE", value: "2019"),
        Row(text: "The post-1959 politics split families.", date: sunday, span: "post-1959", type: "DATE", value: "1959", mod: "AFTER"),
        Row(text: "The pre-1990 rules still applied.", date: sunday, span: "pre-1990", type: "DATE", value: "1990", mod: "BEFORE"),
        Row(text: "Profit fell in the third quarter.", date: sunday, span: "the third quarter", type: "DATE", value: "2022-Q3"),
        Row(text: "Its third-quarter profit fell.", date: sunday, span: "third-quarter", type: "DATE", value: "2022-Q3"),
        Row(text: "Sales grew in Q3 as expected.", date: sunday, span: "Q3", type: "DATE", value: "2022-Q3"),
        Row(text: "Results for fiscal 1989 were weak.", date: sunday, span: "fiscal 1989", type: "DATE", value: "1989"),
        Row(text: "It was built in the 20th century.", date: sunday, span: "the 20th century", type: "DATE", value: "19"),
        Row(text: "They met in June 1990 in Paris.", date: sunday, span: "June 1990", type: "DATE", value: "1990-06"),
    ]

    static let relative: [Row] = [
        Row(text: "The minister said on Friday that talks failed.", date: sunday, span: "Friday", type: "DATE", value: "2022-12-23"),
        Row(text: "The leaders will meet on Monday.", date: sunday, span: "Monday", type: "DATE", value: "2022-12-26"),
        Row(text: "Police said Sunday the road was open.", date: sunday, span: "Sunday", type: "DATE", value: "2022-12-25"),
        Row(text: "The corridor was closed on December 12.", date: sunday, span: "December 12", type: "DATE", value: "2022-12-12"),
        Row(text: "The vote will be held on January 15.", date: sunday, span: "January 15", type: "DATE", value: "2023-01-15"),
        Row(text: "He said the rally was held in March.", date: sunday, span: "March", type: "DATE", value: "2022-03"),
        Row(text: "Protesters gathered yesterday.", date: sunday, span: "yesterday", type: "DATE", value: "2022-12-24"),
        Row(text: "The bill passes today.", date: sunday, span: "today", type: "DATE", value: "2022-12-25"),
        Row(text: "The envoy arrives tomorrow.", date: sunday, span: "tomorrow", type: "DATE", value: "2022-12-26"),
        Row(text: "He will speak tonight.", date: sunday, span: "tonight", type: "TIME", value: "2022-12-25TNI"),
        Row(text: "Shelling resumed this morning.", date: sunday, span: "this morning", type: "TIME", value: "2022-12-25TMO"),
        Row(text: "Sales fell last week.", date: sunday, span: "last week", type: "DATE", value: "2022-W50"),
        Row(text: "Sales fell this week.", date: sunday, span: "this week", type: "DATE", value: "2022-W51"),
        Row(text: "Sales will rise next month.", date: sunday, span: "next month", type: "DATE", value: "2023-01"),
        Row(text: "Sales fell last year.", date: sunday, span: "last year", type: "DATE", value: "2021"),
        Row(text: "The camp opened three days ago.", date: sunday, span: "three days ago", type: "DATE", value: "2022-12-22"),
        Row(text: "The camp opened two years ago.", date: sunday, span: "two years ago", type: "DATE", value: "2020"),
        Row(text: "Output was higher a year earlier.", date: sunday, span: "a year earlier", type: "DATE", value: "2021"),
        Row(text: "Fighting flared earlier this month.", date: sunday, span: "earlier this month", type: "DATE", value: "2022-12", mod: "START"),
        Row(text: "Prices have risen recently.", date: sunday, span: "recently", type: "DATE", value: "PAST_REF"),
        Row(text: "Things were different in the past.", date: sunday, span: "the past", type: "DATE", value: "PAST_REF"),
        Row(text: "The region is now cut off.", date: sunday, span: "now", type: "DATE", value: "PRESENT_REF"),
        Row(text: "He is currently abroad.", date: sunday, span: "currently", type: "DATE", value: "PRESENT_REF"),
        Row(text: "Nobody knows about the future.", date: sunday, span: "the future", type: "DATE", value: "FUTURE_REF"),
        Row(text: "The market fell this summer.", date: sunday, span: "this summer", type: "DATE", value: "2022-SU"),
        Row(text: "Leaders met on Friday morning.", date: sunday, span: "Friday morning", type: "TIME", value: "2022-12-23TMO"),
        Row(text: "The strike ends at 3 p.m. today.", date: sunday, span: "3 p.m. today", type: "TIME", value: "2022-12-25T15:00"),
        Row(text: "He spoke last Friday.", date: sunday, span: "last Friday", type: "DATE", value: "2022-12-23"),
        Row(text: "He will go next Tuesday.", date: sunday, span: "next Tuesday", type: "DATE", value: "2022-12-27"),
        Row(text: "They rested over the weekend.", date: sunday, span: "the weekend", type: "DATE", value: "2022-W51-WE"),
        Row(text: "The statement came on Saturday, Dec. 24.", date: sunday, span: "Saturday, Dec. 24", type: "DATE", value: "2022-12-24"),
        Row(text: "The last Friday of October was quiet.", date: sunday, span: "The last Friday of October", type: "DATE", value: "2022-10-28"),
        Row(text: "He returned on Christmas.", date: sunday, span: "Christmas", type: "DATE", value: "2022-12-25"),
        // "Election Day" (capitalized, American usage): the Tuesday after the first Monday of November
        Row(text: "The campaign will run until Election Day.", date: "1998-10-26", span: "Election Day", type: "DATE", value: "1998-11-03"),
        Row(text: "Turnout was low on Election Day.", date: sunday, span: "Election Day", type: "DATE", value: "2022-11-08"),
        Row(text: "Voters will go to the polls on Election Day.", date: sunday, span: "Election Day", type: "DATE", value: "2023-11-07"),
        // a capitalized "Today" after a name ends the name; first in a sentence it is a day
        Row(text: "He told USA Today on Friday that talks failed.", date: sunday, span: "Friday", type: "DATE", value: "2022-12-23"),
        Row(text: "Today, he said, the talks failed.", date: sunday, span: "Today", type: "DATE", value: "2022-12-25"),
        Row(text: "Watch this video on YouTube\nToday, the talks failed.", date: sunday, span: "Today", type: "DATE", value: "2022-12-25"),
        Row(text: "He said: \"Today the talks failed.\"", date: sunday, span: "Today", type: "DATE", value: "2022-12-25"),
    ]

    static let durationsAndSets: [Row] = [
        Row(text: "They spoke for the second time in three days.", date: sunday, span: "three days", type: "DURATION", value: "P3D"),
        Row(text: "Prices rose over the past three months.", date: sunday, span: "the past three months", type: "DURATION", value: "P3M"),
        Row(text: "Inflation rose in recent years.", date: sunday, span: "recent years", type: "DURATION", value: "PXY"),
        Row(text: "He followed a several-year tenure as editor.", date: sunday, span: "several-year", type: "DURATION", value: "PXY"),
        // ("pre-trial" after a count is no prefix of years)
        Row(text: "They were put under six month pre-trial detention.", date: sunday, span: "under six month", type: "DURATION", value: "P6M", mod: "LESS_THAN"),
        Row(text: "The siege lasted nearly two years.", date: sunday, span: "nearly two years", type: "DURATION", value: "P2Y", mod: "EQUAL_OR_LESS"),
        Row(text: "He signed a two-year contract.", date: sunday, span: "two-year", type: "DURATION", value: "P2Y"),
        Row(text: "The talks lasted a week.", date: sunday, span: "a week", type: "DURATION", value: "P1W"),
        Row(text: "It took twenty four hours.", date: sunday, span: "twenty four hours", type: "DURATION", value: "PT24H"),
        Row(text: "Losses in the first nine months narrowed.", date: sunday, span: "the first nine months", type: "DURATION", value: "P9M"),
        Row(text: "The market meets every Monday.", date: sunday, span: "every Monday", type: "SET", value: "XXXX-WXX-1"),
        Row(text: "The paper is published daily.", date: sunday, span: "daily", type: "SET", value: "P1D"),
        Row(text: "The fair is held every year.", date: sunday, span: "every year", type: "SET", value: "P1Y"),
    ]

    /// Rule families added for TimeBank value F1: attributive and spoken
    /// years, "the year", schedules, ranges, halves, fillers, year-end.
    static let families: [Row] = [
        Row(text: "He lost his 1996 campaign for re-election.", date: sunday, span: "1996", type: "DATE", value: "1996"),
        Row(text: "Sanctions followed the 1990 invasion of Kuwait.", date: sunday, span: "1990", type: "DATE", value: "1990"),
        Row(text: "It overruled a 1971 convention.", date: sunday, span: "1971", type: "DATE", value: "1971"),
        Row(text: "It happened in nineteen ninety-six.", date: sunday, span: "nineteen ninety-six", type: "DATE", value: "1996"),
        Row(text: "Prices fell in January nineteen ninety-seven.", date: sunday, span: "January nineteen ninety-seven", type: "DATE", value: "1997-01"),
        Row(text: "Unemployment will halve by the year two thousand.", date: sunday, span: "the year two thousand", type: "DATE", value: "2000"),
        Row(text: "For the year, volume was flat.", date: sunday, span: "the year", type: "DATE", value: "2022"),
        Row(text: "Losses narrowed in the year ending then.", date: sunday, span: "the year", type: "DURATION", value: "P1Y"),
        Row(text: "The minister began a two day visit.", date: sunday, span: "two day", type: "DURATION", value: "P2D"),
        Row(text: "He meets Monday with the envoy.", date: sunday, span: "Monday", type: "DATE", value: "2022-12-26"),
        Row(text: "Troops could leave as soon as Tuesday.", date: sunday, span: "Tuesday", type: "DATE", value: "2022-12-27"),
        Row(text: "Shares have gained since Tuesday.", date: sunday, span: "Tuesday", type: "DATE", value: "2022-12-20"),
        Row(text: "The offer had been due to expire Friday.", date: sunday, span: "Friday", type: "DATE", value: "2022-12-23"),
        Row(text: "Tuesday's vote is a test.", date: sunday, span: "Tuesday", type: "DATE", value: "2022-12-20"),
        Row(text: "It takes two to three weeks.", date: sunday, span: "two to three weeks", type: "DURATION", value: "PXW"),
        Row(text: "Rates may rise over the next 12 to 18 months.", date: sunday, span: "the next 12 to 18 months", type: "DURATION", value: "PXM"),
        Row(text: "The flight took 5 1/2 hours.", date: sunday, span: "5 1/2 hours", type: "DURATION", value: "PT5H30M"),
        Row(text: "The speech lasted a minute and a half.", date: sunday, span: "a minute and a half", type: "DURATION", value: "PT1M30S"),
        Row(text: "He will stay two more weeks.", date: sunday, span: "two more weeks", type: "DURATION", value: "P2W"),
        Row(text: "Stocks fell for eight trading days.", date: sunday, span: "eight trading days", type: "DURATION", value: "P8D"),
        Row(text: "The war lasted almost a hundred years.", date: sunday, span: "almost a hundred years", type: "DURATION", value: "P100Y", mod: "LESS_THAN"),
        Row(text: "Prices may rise over the next couple of years.", date: sunday, span: "the next couple of years", type: "DURATION", value: "P2Y"),
        Row(text: "Debt should fall by year-end.", date: sunday, span: "year-end", type: "DATE", value: "2022", mod: "END"),
        Row(text: "Prices will rise in the near future.", date: sunday, span: "the near future", type: "DATE", value: "FUTURE_REF"),
        Row(text: "Talks resume the week of March 6.", date: sunday, span: "the week of March 6", type: "DATE", value: "2023-W10"),
        Row(text: "It was a day-long strike.", date: sunday, span: "day-long", type: "DURATION", value: "P1D"),
    ]

    /// Rule families for the second TimeBank pass: a weekday with its date
    /// before a colon, deadlines ("until"), "next to" (no tense cue), decades
    /// in words, bare plural units, parts of the day with a position,
    /// "this past" seasons, rates (SET).
    static let families2: [Row] = [
        Row(text: "The paper said in an editorial on Saturday, Dec. 24: the talks failed.", date: sunday, span: "Saturday, Dec. 24", type: "DATE", value: "2022-12-24"),
        Row(text: "The hearing was postponed until Tuesday morning.", date: sunday, span: "Tuesday morning", type: "TIME", value: "2022-12-27TMO"),
        Row(text: "Until Thursday, they had not called him a suspect.", date: sunday, span: "Thursday", type: "DATE", value: "2022-12-22"),
        Row(text: "A bomb exploded next to the embassy Friday.", date: sunday, span: "Friday", type: "DATE", value: "2022-12-23"),
        Row(text: "Music was different in the nineties.", date: sunday, span: "the nineties", type: "DATE", value: "199"),
        Row(text: "Troops will be deployed within weeks.", date: sunday, span: "weeks", type: "DURATION", value: "PXW"),
        Row(text: "He died within weeks or months of his capture.", date: sunday, span: "weeks or months", type: "DURATION", value: "PXW"),
        Row(text: "The city was ruled from Moscow for centuries.", date: sunday, span: "centuries", type: "DURATION", value: "PXC"),
        Row(text: "Growth is the best in years.", date: sunday, span: "years", type: "DURATION", value: "PXY"),
        Row(text: "Many patients died over the years.", date: sunday, span: "the years", type: "DURATION", value: "PXY"),
        Row(text: "Rates may rise in the weeks ahead.", date: sunday, span: "the weeks ahead", type: "DURATION", value: "PXW"),
        Row(text: "Shares fell in mid afternoon.", date: sunday, span: "mid afternoon", type: "TIME", value: "2022-12-25TAF", mod: "MID"),
        Row(text: "Shares fell mid-afternoon yesterday.", date: sunday, span: "mid-afternoon yesterday", type: "TIME", value: "2022-12-24TAF", mod: "MID"),
        // a month-day with "last/next/this year" after it is one date of that year, whatever the tense
        Row(text: "She was arrested on 5 March last year.", date: sunday, span: "5 March last year", type: "DATE", value: "2021-03-05"),
        Row(text: "Police detained him on Aug. 10 last year.", date: sunday, span: "Aug. 10 last year", type: "DATE", value: "2021-08-10"),
        Row(text: "The vote is due on May 3 next year.", date: sunday, span: "May 3 next year", type: "DATE", value: "2023-05-03"),
        // a part of a day named after "of" is that day's, not the publication date's: the day alone is tagged
        Row(text: "He was shot in the early morning of Dec. 10.", date: sunday, span: "Dec. 10", type: "DATE", value: "2022-12-10"),
        Row(text: "He was shot in the late evening of Friday.", date: sunday, span: "Friday", type: "DATE", value: "2022-12-23"),
        // a capitalized clock word is a time at the head of a sentence or in capitals (inside a sentence it names a work: ignores)
        Row(text: "Noon is the deadline for bids.", date: sunday, span: "Noon", type: "TIME", value: "2022-12-25T12:00"),
        Row(text: "\"Noon is the deadline,\" he said.", date: sunday, span: "Noon", type: "TIME", value: "2022-12-25T12:00"),
        Row(text: "TALKS END AT NOON", date: sunday, span: "NOON", type: "TIME", value: "2022-12-25T12:00"),
        Row(text: "The operation took 60 minutes.", date: sunday, span: "60 minutes", type: "DURATION", value: "PT60M"),
        Row(text: "Sales rose this past spring.", date: sunday, span: "this past spring", type: "DATE", value: "2022-SP"),
        Row(text: "Sales rose last spring.", date: sunday, span: "last spring", type: "DATE", value: "2021-SP"),
        Row(text: "The stock pays $1.76 a year.", date: sunday, span: "a year", type: "SET", value: "P1Y"),
        Row(text: "There are four flights a week.", date: sunday, span: "a week", type: "SET", value: "P1W"),
        Row(text: "Earnings were $16 million a year ago.", date: sunday, span: "a year ago", type: "DATE", value: "2021"),
        Row(text: "The talks lasted a week.", date: sunday, span: "a week", type: "DURATION", value: "P1W"),
        Row(text: "Sales fell in the previous year.", date: sunday, span: "the previous year", type: "DATE", value: "2021"),
        Row(text: "Rates may rise over the next year.", date: sunday, span: "the next year", type: "DATE", value: "2023"),
        // an irregular past form is a past cue nearer than a "would" further back; a "would" alone still looks ahead
        Row(text: "It was unclear if the rallies would match the protests that broke out in January.", date: "2021-04-21", span: "January", type: "DATE", value: "2021-01"),
        Row(text: "Thousands fled in June, and more would follow.", date: "2021-02-10", span: "June", type: "DATE", value: "2020-06"),
        Row(text: "The rallies would resume in January.", date: "2021-04-21", span: "January", type: "DATE", value: "2022-01"),
        // past tense from a verb in -ed; "-ed to" and "-ed by" tell nothing
        Row(text: "The firm changed its name in December.", date: sunday, span: "December", type: "DATE", value: "2022-12"),
        Row(text: "The firm changed its name in November.", date: sunday, span: "November", type: "DATE", value: "2022-11"),
        Row(text: "A deal is supposed to conclude by May.", date: "2022-03-22", span: "May", type: "DATE", value: "2022-05"),
        Row(text: "The plan was approved by the board in February.", date: "2022-10-30", span: "February", type: "DATE", value: "2022-02"),
        Row(text: "The office was created, effective Feb. 1.", date: "2022-10-26", span: "Feb. 1", type: "DATE", value: "2023-02-01"),
        Row(text: "The firm gets an additional year to pay.", date: sunday, span: "an additional year", type: "DURATION", value: "P1Y"),
        Row(text: "Sales for the full year were $6 billion.", date: sunday, span: "the full year", type: "DATE", value: "2022"),
        Row(text: "Three days later, the talks resumed.", date: sunday, span: "Three days", type: "DURATION", value: "P3D"),
        Row(text: "Just over an hour later, he was declared dead.", date: sunday, span: "over an hour", type: "DURATION", value: "PT1H", mod: "MORE_THAN"),
        Row(text: "Three days earlier, the talks had failed.", date: sunday, span: "Three days earlier", type: "DATE", value: "2022-12-22"),
        Row(text: "He will leave at 4 in the morning.", date: sunday, span: "4 in the morning", type: "TIME", value: "2022-12-25T04:00"),
        Row(text: "The vote ends at 8 in the evening.", date: sunday, span: "8 in the evening", type: "TIME", value: "2022-12-25T20:00"),
        Row(text: "It was the worst war this century.", date: sunday, span: "this century", type: "DURATION", value: "P100Y"),
        Row(text: "It was a key event of the past century.", date: sunday, span: "the past century", type: "DURATION", value: "P100Y"),
        Row(text: "It was built in the 20th century.", date: sunday, span: "the 20th century", type: "DATE", value: "19"),
    ]

    /// Rule families for the third TimeBank pass: tense cues that are nouns
    /// or need a following "to", "-ed" plans after the time, adverbs inside
    /// "would still be held", "by" deadlines, fiscal years after a shift,
    /// "year-earlier" after "a", "in May that", "then current", "the day
    /// before …", possessive weekdays.
    static let families3: [Row] = [
        // "plans" is a future cue only as a verb ("plans to")
        Row(text: "The minister plans to visit Baku on Friday.", date: sunday, span: "Friday", type: "DATE", value: "2022-12-30"),
        Row(text: "On Friday, when the minister set aside his vacation plans, talks resumed.", date: sunday, span: "Friday", type: "DATE", value: "2022-12-23"),
        Row(text: "The thrift announced the plan Aug. 21.", date: "2022-10-27", span: "Aug. 21", type: "DATE", value: "2022-08-21"),
        Row(text: "Talks are set to resume Monday in Belfast.", date: sunday, span: "Monday", type: "DATE", value: "2022-12-26"),
        Row(text: "The rebels set fire to the depot on Monday.", date: sunday, span: "Monday", type: "DATE", value: "2022-12-19"),
        // a planning verb after the time dates the planning; "are planned" still looks ahead
        Row(text: "On Friday, the government planned to pay the workers.", date: sunday, span: "Friday", type: "DATE", value: "2022-12-23"),
        Row(text: "On Friday, talks are planned in Geneva.", date: sunday, span: "Friday", type: "DATE", value: "2022-12-30"),
        // an adverb between the auxiliary and "be held"
        Row(text: "A ceremony would still be held on April 24.", date: "2022-02-10", span: "April 24", type: "DATE", value: "2022-04-24"),
        Row(text: "The ceremony was still held on April 24.", date: "2022-02-10", span: "April 24", type: "DATE", value: "2021-04-24"),
        // a participle after a present "be" is a present passive, not a past ("was heard" is past;
        // a perfect infinitive after it keeps the past)
        Row(text: "The case is heard in May in the appeals court.", date: "2022-03-29", span: "May", type: "DATE", value: "2022-05"),
        Row(text: "Talks are being held Tuesday in Geneva.", date: sunday, span: "Tuesday", type: "DATE", value: "2022-12-27"),
        Row(text: "The case was heard in May in the appeals court.", date: "2022-03-29", span: "May", type: "DATE", value: "2021-05"),
        Row(text: "Talks were held Tuesday in Geneva.", date: sunday, span: "Tuesday", type: "DATE", value: "2022-12-20"),
        Row(text: "The ship is reported to have run aground on Monday.", date: sunday, span: "Monday", type: "DATE", value: "2022-12-19"),
        // "AM" before a past verb is a name, not "am" before a participle
        Row(text: "Earlier AM reported a fourth-quarter loss.", date: "2022-02-26", span: "fourth-quarter", type: "DATE", value: "2021-Q4"),
        // the first or last two quarters (six months) of a year named: that half of it; without
        // a year, a stretch of time
        Row(text: "Losses will continue through the first two quarters of 2023.", date: sunday, span: "the first two quarters of 2023", type: "DATE", value: "2023-H1"),
        Row(text: "Sales rose in the last six months of 2021.", date: sunday, span: "the last six months of 2021", type: "DATE", value: "2021-H2"),
        Row(text: "Sales rose in the first six months.", date: sunday, span: "the first six months", type: "DURATION", value: "P6M"),
        // decades are counted in years whether a number is given or not
        Row(text: "It ended a decades-long feud.", date: sunday, span: "decades-long", type: "DURATION", value: "PXY"),
        Row(text: "The feud has lasted two decades.", date: sunday, span: "two decades", type: "DURATION", value: "P20Y"),
        // a month-day in apposition to a shifted weekday and naming the same day is part of it
        Row(text: "Women's Day is this coming Sunday, March eighth.", date: "1998-03-05", span: "this coming Sunday, March eighth", type: "DATE", value: "1998-03-08"),
        // "by" a month: a deadline ahead, unless the clause is past or opens with it
        Row(text: "The firm must repay the loan by February.", date: "2022-10-30", span: "February", type: "DATE", value: "2023-02"),
        Row(text: "Prices had fallen sharply by February.", date: "2022-10-30", span: "February", type: "DATE", value: "2022-02"),
        Row(text: "By February, the rebels held the city.", date: "2022-10-30", span: "February", type: "DATE", value: "2022-02"),
        Row(text: "The town was hit by Friday's storm.", date: sunday, span: "Friday", type: "DATE", value: "2022-12-23"),
        Row(text: "He said the group hopes to have a plan ready by June 1.", date: "2022-03-04", span: "June 1", type: "DATE", value: "2022-06-01"),
        Row(text: "He said he plans a July trip to China.", date: "2022-03-04", span: "July", type: "DATE", value: "2022-07"),
        Row(text: "Sterling closed well ahead of Friday's final 71.8.", date: sunday, span: "Friday", type: "DATE", value: "2022-12-23"),
        // fiscal years after a shift word
        Row(text: "It expects higher sales in the current fiscal year.", date: sunday, span: "the current fiscal year", type: "DATE", value: "2022"),
        Row(text: "Sales were $7 billion in the latest fiscal year.", date: sunday, span: "the latest fiscal year", type: "DATE", value: "2021"),
        Row(text: "Sales rose last fiscal year.", date: sunday, span: "last fiscal year", type: "DATE", value: "2021"),
        Row(text: "It posted a loss, compared with a year-earlier profit.", date: sunday, span: "year-earlier", type: "DATE", value: "2021"),
        Row(text: "Milton Roy disclosed in May that it was approached.", date: sunday, span: "May", type: "DATE", value: "2022-05"),
        Row(text: "The March accession will let them sign.", date: "2022-02-10", span: "March", type: "DATE", value: "2022-03"),
        Row(text: "Turnout in the May elections was low.", date: "2022-10-10", span: "May", type: "DATE", value: "2022-05"),
        Row(text: "When it announced the plan, the May date was earlier than expected.", date: "2022-02-26", span: "May", type: "DATE", value: "2022-05"),
        Row(text: "He said the January attack killed 20 people.", date: "2022-11-26", span: "January", type: "DATE", value: "2022-01"),
        Row(text: "The July restart will be on a single shift.", date: "2022-03-04", span: "July", type: "DATE", value: "2022-07"),
        Row(text: "Firms sell below cost despite the July agreement.", date: "2022-03-04", span: "July", type: "DATE", value: "2021-07"),
        // with no tense cue a month nine months back is this year's, ten months back next year's
        Row(text: "In January, after the anniversary of the ruling of the Supreme Court on the matter of the lease, a bomb exploded.", date: "2022-10-25",
            span: "January", type: "DATE", value: "2022-01"),
        Row(text: "In January, after the anniversary of the ruling of the Supreme Court on the matter of the lease, a bomb exploded.", date: "2022-11-25",
            span: "January", type: "DATE", value: "2023-01"),
        Row(text: "Holders may buy shares at the then current price.", date: sunday, span: "then current", type: "DATE", value: "PAST_REF"),
        Row(text: "He arrived in Philadelphia later in the day.", date: sunday, span: "the day", type: "DATE", value: "2022-12-25"),
        Row(text: "Dealers placed heavy buy orders in the morning.", date: sunday, span: "the morning", type: "TIME", value: "2022-12-25TMO"),
        Row(text: "They will have to live without power for a while.", date: sunday, span: "a while", type: "DURATION", value: "PXX"),
        Row(text: "The plant closed a while ago.", date: sunday, span: "a while ago", type: "DATE", value: "PAST_REF"),
        Row(text: "The day before last Tuesday's hearing, he left.", date: sunday, span: "The day before last Tuesday", type: "DATE", value: "2022-12-19"),
        Row(text: "He left the previous Friday.", date: sunday, span: "the previous Friday", type: "DATE", value: "2022-12-23"),
        // a possessive weekday names a past event unless the clause opens with it or "ahead of" comes before
        Row(text: "They would look for ways around Wednesday's ruling.", date: sunday, span: "Wednesday", type: "DATE", value: "2022-12-21"),
        Row(text: "Tuesday's election will decide the race.", date: sunday, span: "Tuesday", type: "DATE", value: "2022-12-27"),
        Row(text: "Troops deployed ahead of Tuesday's vote.", date: sunday, span: "Tuesday", type: "DATE", value: "2022-12-27"),
        // "or so": an approximate quantity, and a date with "ago"
        Row(text: "Then, a week or so ago, the general picked a date.", date: sunday, span: "a week or so ago", type: "DATE", value: "2022-12-18", mod: "APPROX"),
        Row(text: "Assets were 927 mln marks at year-end 1986.", date: sunday, span: "year-end 1986", type: "DATE", value: "1986", mod: "END"),
        Row(text: "Shares outstanding at year end 2019 rose.", date: sunday, span: "year end 2019", type: "DATE", value: "2019", mod: "END"),
        // a year-end with no year after it is this year's; a number after it that is no year stays out
        Row(text: "Sales should rise by year-end.", date: sunday, span: "year-end", type: "DATE", value: "2022", mod: "END"),
        Row(text: "Stocks will stand at year-end 250 tonnes lower.", date: sunday, span: "year-end", type: "DATE", value: "2022", mod: "END"),
        // a year-end a past clause speaks of is last year's; a deadline ("by year-end") or a coming one stays this year's
        Row(text: "The bank held forward contracts at year-end.", date: sunday, span: "year-end", type: "DATE", value: "2021", mod: "END"),
        Row(text: "American Trust had year-end assets of 40 mln dlrs.", date: sunday, span: "year-end", type: "DATE", value: "2021", mod: "END"),
        Row(text: "Shares have risen 12 pct since year-end.", date: sunday, span: "year-end", type: "DATE", value: "2021", mod: "END"),
        Row(text: "Half the repurchases were completed by year end.", date: sunday, span: "year end", type: "DATE", value: "2022", mod: "END"),
        Row(text: "The bank will hold the contracts at year-end.", date: sunday, span: "year-end", type: "DATE", value: "2022", mod: "END"),
        Row(text: "The repairs will take a year or so.", date: sunday, span: "a year or so", type: "DURATION", value: "P1Y", mod: "APPROX"),
        // halves and quarters of a named or shifted year
        Row(text: "Earnings will be lower in the last half of 2021.", date: sunday, span: "the last half of 2021", type: "DATE", value: "2021-H2"),
        Row(text: "Sales rose in the first half of the year.", date: sunday, span: "the first half of the year", type: "DATE", value: "2022-H1"),
        Row(text: "Music changed in the first half of the '80s.", date: sunday, span: "the '80s", type: "DATE", value: "198"),
        Row(text: "The sale could close in next year's first quarter.", date: sunday, span: "next year's first quarter", type: "DATE", value: "2023-Q1"),
        // an attributive year after an adjective; a counted quantity is no year
        Row(text: "He raised the issue in his unsuccessful 1996 campaign.", date: sunday, span: "1996", type: "DATE", value: "1996"),
        Row(text: "The failed 1991 coup ended the union.", date: sunday, span: "1991", type: "DATE", value: "1991"),
        // a holiday's first word is a plain word outside the holiday ("election" of "Election Day", "labor" of "Labor Day")
        Row(text: "Before the historic 1997 election, voters were unhappy.", date: sunday, span: "1997", type: "DATE", value: "1997"),
        Row(text: "The historic 1997 labor strike ended.", date: sunday, span: "1997", type: "DATE", value: "1997"),
        Row(text: "Prisoners were taken in the first hours of the war.", date: sunday, span: "the first hours", type: "DURATION", value: "PTXH"),
        Row(text: "Fewer lives are saved in the early years.", date: sunday, span: "the early years", type: "DURATION", value: "PXY"),
        // a holiday's week has begun when its Monday has passed, even before the holiday
        // "one day" after a modal is an unspecified time to come, not a duration
        Row(text: "Islam will one day be the second largest religion.", date: sunday, span: "one day", type: "DATE", value: "FUTURE_REF"),
        Row(text: "The successor had only been in the job one day.", date: sunday, span: "one day", type: "DURATION", value: "P1D"),
        Row(text: "The strike will take one day.", date: sunday, span: "one day", type: "DURATION", value: "P1D"),
        // "soon" is a time to come, beside a present or future verb
        Row(text: "The budget will soon move into surplus.", date: sunday, span: "soon", type: "DATE", value: "FUTURE_REF"),
        Row(text: "Prosecutors may soon seek an indictment.", date: sunday, span: "soon", type: "DATE", value: "FUTURE_REF"),
        Row(text: "It expects sales to soon grow to 25%.", date: sunday, span: "soon", type: "DATE", value: "FUTURE_REF"),
        Row(text: "Talks will resume soon, officials say.", date: sunday, span: "soon", type: "DATE", value: "FUTURE_REF"),
        // "the past" before a vague quantity of things is still the past
        Row(text: "In the past many viruses were written by hobbyists.", date: sunday, span: "the past", type: "DATE", value: "PAST_REF"),
        Row(text: "Protesters prayed as Easter week began.", date: "2000-04-17", span: "Easter week", type: "DATE", value: "2000-W16"),
        Row(text: "Protesters prayed as Easter week began.", date: "2000-04-16", span: "Easter week", type: "DATE", value: "1999-W13"),
    ]

    /// Anaphoric times read from the time last spoken of, not the publication date.
    @Test(arguments: [
        ("The plant opened in 1995. The following year it closed.", "The following year", "DATE", "1996"),
        ("The plant opened in 1995. In the previous year it was built.", "the previous year", "DATE", "1994"),
        ("Talks began in March 2019. The following month they collapsed.", "The following month", "DATE", "2019-04"),
        ("He was elected in 2010 and resigned later that year.", "later that year", "DATE", "2010"),
        ("The strike began on March 3, 2019. Earlier that day, police moved in.", "Earlier that day", "DATE", "2019-03-03"),
        ("The strike began on March 3, 2019. Police left that same day.", "that same day", "DATE", "2019-03-03"),
        ("Talks began on Dec. 20. Later in the day, they collapsed.", "the day", "DATE", "2022-12-20"),
        // after a month, "that same day" is a day of that month; "later in the day" keeps the publication date
        ("He was shot last October. His name was crossed out that same day.", "that same day", "DATE", "2022-10-XX"),
        ("Prices rose in October. Later in the day, shares fell.", "the day", "DATE", "2022-12-25"),
        // a part of the day or a clock time with no day named takes a day of the last two sentences
        ("Shares fell on Friday. Dealers sold in the morning.", "the morning", "TIME", "2022-12-23TMO"),
        ("Banks will close on Tuesday in the afternoon.", "the afternoon", "TIME", "2022-12-27TAF"),
        ("The doctor was shot on Dec. 20. He died at 10 p.m. as he stood in his kitchen.", "10 p.m.", "TIME", "2022-12-20T22:00"),
        ("The doctor was shot on Dec. 20. He moved here later. Police came. A jury met. It began at 10 p.m.", "10 p.m.", "TIME", "2022-12-25T22:00"),
        ("Protesters met yesterday at 11:30.", "11:30", "TIME", "2022-12-24T11:30"),
        // "overnight" is the night before the day the report speaks of, else before publication
        ("London shares closed lower on Friday after overnight losses in New York.", "overnight", "TIME", "2022-12-22TNI"),
        ("Rebels attacked the town overnight.", "overnight", "TIME", "2022-12-24TNI"),
        ("Stocks closed on Friday, Dec. 16, down 4% from the previous Friday.", "the previous Friday", "DATE", "2022-12-09"),
        ("The vote was set for Monday, Dec. 12. The following Friday, results came.", "The following Friday", "DATE", "2022-12-16"),
        // the narrative's reference time: "the next day", "the following week" after a date the text gave
        ("Police arrested him on March 3, 2019. The next day he was released.", "The next day", "DATE", "2019-03-04"),
        ("Police arrested him on March 3, 2019. The next day he was freed. The following day he fled.", "The following day", "DATE", "2019-03-05"),
        ("Talks began on March 3, 2019. The following week they collapsed.", "The following week", "DATE", "2019-W10"),
        ("Exports rose in the week ended March 3, 2019, from 80 tonnes the previous week.", "the previous week", "DATE", "2019-W08"),
        // a time looked back to is a comparison's base: a second one reads the same reference time
        ("Exports rose in the week ended March 3, 2019, up from the previous week. Sales were lower than in the prior week.", "the prior week", "DATE", "2019-W08"),
        ("Sales rose 5% in 1986, up from the preceding year, and costs were lower than in the prior year.", "the prior year", "DATE", "1985"),
        // the same unit a year before
        ("Loads were 50 pct in February, up from 48 pct for the same month last year.", "the same month last year", "DATE", "2021-02"),
        ("Sales rose in the week ended March 3, 2019, and were 8 pct above the same week a year earlier.", "the same week a year earlier", "DATE", "2018-W09"),
        // "N units earlier" counts from the time last spoken of; "ago" from the publication date
        ("Borrowings averaged 946 mln on March 3, 2019, up from 148 mln a week earlier.", "a week earlier", "DATE", "2019-02-24"),
        ("In May, he was beaten by six men. Two months earlier, two men broke into his home.", "Two months earlier", "DATE", "2022-03"),
        ("Output rose in December 1986 compared with 12 months earlier.", "12 months earlier", "DATE", "1985-12"),
        ("Police arrested him on March 3, 2019. He had been warned two weeks ago.", "two weeks ago", "DATE", "2022-12-11"),
        ("He had been warned two weeks earlier.", "two weeks earlier", "DATE", "2022-12-11"),
        // counter-examples: deictic words keep the publication date, and so does "the next year"
        ("Police arrested him on March 3, 2019. Yesterday he was released.", "Yesterday", "DATE", "2022-12-24"),
        ("Police arrested him on March 3, 2019. Last week he was released.", "Last week", "DATE", "2022-W50"),
        ("The plant opened in 1995. Sales will grow over the next year.", "the next year", "DATE", "2023"),
    ])
    func anaphora(_ text: String, _ span: String, _ type: String, _ value: String) {
        let t = Self.tag(text, Self.sunday).first { $0.text == span }
        #expect(t?.type == type)
        #expect(t?.value == value)
    }

    /// A day counted from a day the text has not given (none, or only a month) is not tagged.
    @Test(arguments: ["He was shot last October. He died the next day.", "He was shot in 2019. The previous day he had fled."])
    func dayAnaphorNeedsADay(_ text: String) {
        let times = Self.tag(text, Self.sunday)
        #expect(!times.contains { $0.text.lowercased().hasSuffix("day") }, "\(times)")
    }

    /// One expression among several: its span, type and value.
    @Test(arguments: [
        ("Profit rose in the third quarter. Costs in the quarter fell.", "the quarter", "DATE", "2022-Q3"),
        ("Profit rose in the third quarter. In the latest period, costs fell.", "the latest period", "DATE", "2022-Q3"),
        ("Profit rose in the third quarter, but the 2021 period was better.", "the 2021 period", "DATE", "2021-Q3"),
        // "that quarter" is the quarter last spoken of, as "the quarter" is
        ("Profit rose in the third quarter. Results for that quarter included a charge.", "that quarter", "DATE", "2022-Q3"),
        ("Profit rose in the third quarter. In the year-ago quarter, the second quarter ended Oct. 31, it lost money. Results for that quarter included a charge.",
         "that quarter", "DATE", "2022-Q2"),
        ("Revenue fell in the year ended March 31.", "the year", "DURATION", "P1Y"),
        ("In the fiscal year ended Jan. 31, sales rose.", "the fiscal year", "DURATION", "P1Y"),
        ("Earnings will be lower for the fiscal year.", "the fiscal year", "DATE", "2022"),
        ("Talks reopened on the budget for the fiscal year ending March 31.", "the fiscal year", "DATE", "2022"),
        // "the quarter ended …": the calendar quarter of its middle month
        ("In the quarter ended July 31, sales rose.", "the quarter", "DATE", "2022-Q2"),
        ("Profit rose in the quarter ended Sept. 30, 2021.", "the quarter", "DATE", "2021-Q3"),
        ("Sales fell in the quarter ended Jan. 31.", "the quarter", "DATE", "2021-Q4"),
        ("Profit rose in the third quarter. In the quarter, costs fell.", "the quarter", "DATE", "2022-Q3"),
        ("It earned $5 million in the fiscal first quarter. Sales for the quarter ended Sept. 29 rose.", "the quarter", "DATE", "2022-Q1"),
        // a holiday's week: the latest one begun in a past clause, the next one in a future clause
        ("Shops were busy in Thanksgiving week.", "Thanksgiving week", "DATE", "2022-W47"),
        ("Talks will resume in Easter week.", "Easter week", "DATE", "2023-W14"),
        // the same quarter a year before, named in several ways
        ("Profit rose in the third quarter. Sales for last year's quarter were flat.", "last year's quarter", "DATE", "2021-Q3"),
        ("Profit rose in the third quarter. For the quarter a year ago, it lost money.", "the quarter a year ago", "DATE", "2021-Q3"),
        ("Profit rose in the third quarter, against a loss for the corresponding period last year.", "the corresponding period last year", "DATE", "2021-Q3"),
        // a quarter not over at publication is a forecast: it gives "a year ago" its quarter only in
        // its own sentence (or when the report names no quarter already ended)
        ("Profit rose in the third quarter. Losses will last through the first quarter of 2023. A year ago, it earned more.", "A year ago", "DATE", "2021-Q3"),
        ("Profit rose in the third quarter. Analysts expect fourth-quarter profit to fall from a year ago.", "a year ago", "DATE", "2021-Q4"),
        ("Analysts expect fourth-quarter profit to fall. A year ago, it earned more.", "A year ago", "DATE", "2021-Q4"),
        // a year before the period the sentence speaks of when that is not a quarter (nine months, a half, a year)
        ("Profit rose in the third quarter. For the nine months, it earned $2 billion, up from $1.7 billion a year earlier.", "a year earlier", "DATE", "2021"),
        ("Profit rose in the third quarter. For the first half, profit rose from a year earlier.", "a year earlier", "DATE", "2021-H1"),
        ("Sales in 2020 were higher than a year earlier.", "a year earlier", "DATE", "2019"),
        ("Profit rose in the third quarter. For the quarter, it earned $2 billion, up from $1.7 billion a year earlier.", "a year earlier", "DATE", "2021-Q3"),
        ("For the nine months, it earned $2 billion. Profit rose in the third quarter from a year earlier.", "a year earlier", "DATE", "2021-Q3"),
        // a period anaphor takes the stretch of months just spoken of (in its sentence, or the one
        // before), not the report's quarter; a year or a quarter in the sentence before does not carry
        ("Profit rose in the third quarter. In the first nine months, net was $3 billion, against $2 billion in the 2021 period.", "the 2021 period", "DATE", "2021"),
        ("Profit rose in the third quarter. For the first half, net was $3 billion, against $2 billion in the 2021 period.", "the 2021 period", "DATE", "2021-H1"),
        ("Profit rose in the third quarter. In the quarter, net was $3 billion, against $2 billion in the 2021 period.", "the 2021 period", "DATE", "2021-Q3"),
        ("Profit rose in the third quarter. For the nine months, net was $3 billion. In the year-earlier period, it was $2 billion.", "the year-earlier period", "DATE", "2021"),
        ("Profit rose in the third quarter. Last year, losses were $5 million. The year-earlier results were restated.", "year-earlier", "DATE", "2021-Q3"),
        ("Profit rose in the third quarter. Earnings fell from $3 million a year before. The year-earlier figure excluded a loss.", "year-earlier", "DATE", "2021-Q3"),
        ("Profit rose in the third quarter. For the nine months, net was $3 billion. Shares fell. The year-earlier period had a charge.", "The year-earlier period", "DATE", "2021-Q3"),
        // "the year-earlier nine months" is a stretch of months like "the nine months"; "the year-earlier quarter" a date
        ("Profit rose in the third quarter. Net for the year-earlier nine months included a gain.", "the year-earlier nine months", "DURATION", "P9M"),
        ("Profit rose in the third quarter. Net for the year-earlier quarter included a gain.", "the year-earlier quarter", "DATE", "2021-Q3"),
        // a period that a past clause says "ended" on a day not yet come this year ended last year;
        // "ended" written for a period still to end, in a clause that looks ahead, changes nothing
        ("In the comparable year-ago quarter, the second quarter ended Dec. 31, the company had a loss.", "Dec. 31", "DATE", "2021-12-31"),
        ("In the comparable year-ago quarter, the second quarter ended Dec. 31, the company had a loss.", "the second quarter", "DATE", "2021-Q2"),
        ("For the fiscal year ended Dec. 31, the company reported sales of $5 million.", "Dec. 31", "DATE", "2021-12-31"),
        ("Sales for the quarter ended Dec. 31 fell 5%.", "the quarter", "DATE", "2021-Q4"),
        ("The company is expected to report a loss for the quarter ended Dec. 31.", "Dec. 31", "DATE", "2022-12-31"),
        ("The company is expected to report a loss for the second quarter ended Dec. 31.", "the second quarter", "DATE", "2022-Q2"),
        ("Sales for the quarter ended Dec. 31 will fall 5%.", "the quarter", "DATE", "2022-Q4"),
        ("For the quarter ended Dec. 20, the company reported sales of $5 million.", "Dec. 20", "DATE", "2022-12-20"),
        // "fiscal-first quarter" written with a hyphen is the fiscal first quarter
        ("It earned $4 million for the fiscal-first quarter ended Sept. 30.", "the fiscal-first quarter", "DATE", "2022-Q1"),
        ("It earned $4 million for the fiscal first quarter ended Sept. 30.", "the fiscal first quarter", "DATE", "2022-Q1"),
        // an ended quarter before the report's, named after it, is background: the report's quarter
        // stays the one compared ("After a flat second quarter, …"), except in that quarter's own sentence
        ("Profit rose in the third quarter. After a flat second quarter, sales grew. The year-earlier period included charges.", "The year-earlier period", "DATE", "2021-Q3"),
        ("Profit rose in the third quarter. The 2021 results included a charge in the 2021 second quarter. In the 2022 period, taxes were lower than a year ago.", "a year ago", "DATE", "2021-Q3"),
        ("Profit rose in the third quarter. After a flat second quarter, sales grew. In the 2022 period, taxes fell.", "the 2022 period", "DATE", "2022-Q3"),
        ("Profit rose in the third quarter. In the second quarter, profit fell from a year earlier.", "a year earlier", "DATE", "2021-Q2"),
        ("Profit fell in the first quarter. In the third quarter, it rose. A year ago, it earned more.", "A year ago", "DATE", "2021-Q3"),
        // a weekday before "and" and a weekday with a plural part of the day shares it: a set
        ("Flights leave on Monday and Tuesday nights.", "Monday", "SET", "XXXX-WXX-1TNI"),
        ("Flights left on Monday and Tuesday night.", "Monday", "DATE", "2022-12-19"),
        // a month-day in apposition that names another day than the weekday stays apart
        ("Talks resume next Friday, Dec. 29, in Geneva.", "next Friday", "DATE", "2022-12-30"),
        // a second comparison right after the first in its sentence is the same one (not a year before it)
        ("Trading fell during February from a year ago, with 2.0 million contracts against 2.1 million in the same period last year.", "the same period last year", "DATE", "2021"),
        ("He was arrested in the early hours of Thursday morning.", "Thursday morning", "TIME", "2022-12-22TMO"),
        ("Figures for February, out on Monday, are expected to show a rise.", "Monday", "DATE", "2022-12-26"),
        ("Growth will pick up in the second half of the year ending October 31, 2023.", "the second half", "DATE", "2022-H2"),
        // a second day after a month-day and a conjunction
        ("The summit will be held on April 24 and 25.", "25", "DATE", "2023-04-25"),
        ("The summit will be held on April 24 and 25 in Washington.", "25", "DATE", "2023-04-25"),
        // the day named in an aside after a clock time gives its value, not its span
        ("He will leave at 4 in the morning (4 a.m. EDT Thursday).", "4 in the morning", "TIME", "2022-12-29T04:00"),
        ("The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", "about 10:35 a.m.", "TIME", "2022-12-23T10:35"),
    ])
    func inContext(_ text: String, _ span: String, _ type: String, _ value: String) {
        let t = Self.tag(text, Self.sunday).first { $0.text == span }
        #expect(t?.type == type)
        #expect(t?.value == value)
    }

    static let undated: [Row] = [
        Row(text: "The corridor was closed on December 12.", date: nil, span: "December 12", type: "DATE", value: "XXXX-12-12"),
        Row(text: "The minister said on Friday that talks failed.", date: nil, span: "Friday", type: "DATE", value: "XXXX-WXX-5"),
        Row(text: "Sales fell last week.", date: nil, span: "last week", type: "DATE", value: "XXXX-WXX"),
        Row(text: "Protesters gathered yesterday.", date: nil, span: "yesterday", type: "DATE", value: "XXXX-XX-XX"),
        Row(text: "The law was passed in 2019.", date: nil, span: "2019", type: "DATE", value: "2019"),
    ]

    @Test(arguments: absolute + relative + durationsAndSets + families + families2 + families3 + undated)
    func recognizes(_ row: Row) {
        let times = Self.tag(row.text, row.date)
        #expect(times.count == 1, "\(times)")
        guard let t = times.first else { return }
        #expect(t.text == row.span)
        #expect(t.type == row.type)
        #expect(t.value == row.value)
        #expect(t.mod == row.mod)
    }

    /// Text that must yield no time at all.
    @Test(arguments: [
        "The shares cost $12.50 each.", "City won 2-1 at home.", "Turnout was 45 percent.", "Unemployment hit 7%.",
        "Call 650-650-6500 for details.", "Call 650.650.6500 for details.", "You may be right.", "May I ask a question?",
        "They joined a march downtown.", "Thousands marched to the square.", "The Sun reported the story.",
        "Point 3 of the list was dropped.", "About 2000 people attended.", "They shipped 1,990 tonnes of grain.",
        "Pay ABC 2000", "4a", "A4 A5", "25", "3 30", "two three", "we are separated", "this is the one", "1 adult",
        "He came second in the race.", "The fall of the city shocked many.", "She will wed in a small ceremony.",
        "The 2000 troops left the base.", "Nineteen people were hurt.", "The 6-year-old boy was found.",
        "The latest period of calm ended.", "The quarter-to-quarter comparison was poor.",
        "Mr. Reupke, 52 years old, resigned.", "Iraq imports about three-quarters of its food.",
        "It holds more than a quarter of the market.", "It will be a second betrayal.", "A second group left.",
        "Trades made that day were cancelled.", "Baker said on ABC's \"This Week\" that the plan works.",
        "She is in her nineties.", "They sold weeks of stock.", "He came in 4 in the race.", "The last 4 in the group left.",
        "The day-to-day work in the day shift goes on.",
        "Sales will grow over the next day or two.", "Prices may settle within the next day.",
        // a day after or before a day the text has not dated is unknown, not the publication date's neighbour
        "He was released the next day.", "She had been warned the previous day.",
        // "soon" in a conjunction, a degree or beside a past verb names no time to come
        "Stranded foreigners could leave as soon as the threats end.", "He was killed soon after being captured.",
        "It is too soon to say.", "He was soon released.", "A trickle of cash soon became a flood.",
        "Benefits for the soon-to-retire generation were cut.", "How soon will they vote?", "It is not so soon.",
        "They will return soon afterwards.",
        // a prefix of years needs a year glued to it; a vague count glued to a unit is no age
        "The post-war era ended.", "Several-year-old wines were sold.", "Analysts said that quarter-point cuts were likely.",
        // "the past" that opens a count of periods is no time by itself
        "Violence has flared for the past three summers.", "I have played well in the past few matches.",
        // "overnight" naming a one-night loan or operation, a next-morning delivery, or "sudden"
        "The central bank cut the overnight rate to 10.5 pct.", "Banks lend overnight funds to one another.",
        "The Fed may add reserves via overnight system repurchases.", "The firm is an overnight courier.",
        "Debt relief is no overnight solution.", "The film was an overnight success.",
        // "election day" in lowercase is any election's day; a holiday's first word alone is a plain word
        "The party is ready for election day.", "He increased his majority in a second election.",
        "He won in a second memorial vote.",
        // a capitalized day word after a name ends the name
        "This is VOA Today.", "He told USA Today the plan works.",
        "The story ran in India Today.",
        "She spoke to Radio 4's Today programme.",
        "He spoke on CBS's 60 Minutes about the case.", "The poster showed a scene from the film High Noon.", "The race lasted 24 Hours.", "The March against fear went on.", "They joined the March on Washington.", "The rate declines by 1/2 pct.", "The remaining 2000 fighters left.", "The other 1500 troops stayed.",
    ])
    func ignores(_ text: String) {
        #expect(Self.tag(text, Self.sunday).isEmpty, "\(Self.tag(text, Self.sunday))")
    }

    /// "April 24 and 25 people": the number after the conjunction counts people.
    /// "overnight" is a night, beside a word that is no money-market term ("an overnight attack",
    /// "bought overnight"); two in one report are the same night before the day spoken of, not a
    /// night before the other.
    @Test(arguments: [
        ("Iraq said its troops repelled an overnight attack.", ["2022-12-24TNI"]),
        ("Japan bought 5,000 tonnes of rapeseed overnight.", ["2022-12-24TNI"]),
        ("Iran said on Friday its troops repelled an overnight attack. Iran also bought wheat overnight.",
         ["2022-12-23", "2022-12-22TNI", "2022-12-22TNI"]),
        ("Iraq repelled an overnight attack. Iran bought wheat overnight.", ["2022-12-24TNI", "2022-12-24TNI"]),
    ])
    func overnightIsANight(_ text: String, _ values: [String]) {
        #expect(Self.tag(text, Self.sunday).map(\.value) == values)
    }

    /// Numbers the grammar reads, one rule each: the pre-filter `numberCanStart` must let them through.
    static let numberSentences = [
        "The report is dated 12/12/2022 and 2014/10.", "It was signed 10.31.1974 in Bonn.", "Talks resumed at 10:30.",
        "They met at 10:30 a.m. and at 3 p.m. Friday.", "The raid began at 4 in the morning and ended at 11 at night.",
        "He left at 5 o'clock.", "The law was passed in 1990.", "They met on 12 December and on 15 of March.",
        "Talks take 12 to 18 months, or 12 to 18 more months.", "It lasted 2 1/2 years.", "A 10-year plan was adopted.",
        "He came 2 Thursdays ago.", "The file was created 2022-12-12, 10-31-74 and 31-Oct-74.", "It opened 2014-10 in Rome.",
        "Sales rose on 2/15.", "The strike lasted 7 days.", "Nurses worked 24 hours a day.", "It took 12 to twenty-five months.",
    ]

    /// Numbers no rule reads: the pre-filter passes them over.
    static let notTimeNumbers = [
        ("Output rose 1.5 pct.", "1.5"), ("It sent 1,000 troops.", "1,000"), ("Prices rose 15 pct.", "15"),
        ("Shares of 12345 holders.", "12345"), ("Check 1/2/3/4 now.", "1/2/3/4"), ("Version 1.2.3.4 shipped.", "1.2.3.4"),
    ]

    /// Every number of `text` at which `parse` finds an expression passes `numberCanStart`, with
    /// word ids and without; the count of such numbers.
    static func checkNumberFilter(_ text: String, date: String) -> Int {
        let doc = Document(Article(id: "t", date: CivilDate(iso: date), text: text), model: engine.text)
        var matched = 0
        for g in [engine.time.grammar(doc), TimeGrammar(doc: doc, lexicon: engine.time.lexicon)] {
            for i in doc.tokens.indices where doc.tokens[i].kind == .number {
                guard let f = g.parse(i), f.end > i else { continue }
                matched += 1
                #expect(g.numberCanStart(i), "\(text.prefix(80)): \(doc.norms[i])")
            }
        }
        return matched
    }

    /// `numberCanStart` is a necessary condition of a match at a number: over every sentence of the
    /// tables above, any number at which `parse` finds an expression passes it, with word ids and without.
    @Test func numberFilterKeepsEveryMatch() {
        let rows = Self.absolute + Self.relative + Self.durationsAndSets + Self.families + Self.families2 + Self.families3 + Self.undated
        var matched = 0
        for text in rows.map(\.text) + Self.numberSentences { matched += Self.checkNumberFilter(text, date: Self.sunday) }
        #expect(matched >= 40)
        for (text, number) in Self.notTimeNumbers {
            let doc = Document(Article(id: "t", date: CivilDate(iso: Self.sunday), text: text), model: Self.engine.text)
            let g = Self.engine.time.grammar(doc)
            let i = doc.norms.firstIndex(of: number)
            #expect(i != nil && doc.tokens[i!].kind == .number && !g.numberCanStart(i!), "\(text)")
        }
    }

    /// The same over every document of the time evaluations' inputs, TimeBank + AQUAINT (256
    /// articles) and the Duckling corpus rows (each row its own text, at its reference date): the
    /// pre-filter restates the number rules, and this catches a rule that reads a number it
    /// passes over. Read at run time; skipped when ../shared is absent.
    @Test func numberFilterKeepsEveryMatchOnSharedCorpora() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/data/time").standardized
        var documents = 0, matched = 0
        for (file, dateKey) in [("timebank_aquaint_docs.jsonl", "dct"), ("duckling_time_en.jsonl", "ref")] {
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(file).path) else { continue }
            for line in data.split(separator: 0x0A) {
                let row = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
                guard let text = row["text"] as? String else { continue }
                let date = (row[dateKey] as? String).map { String($0.prefix(10)) } ?? Self.sunday
                matched += Self.checkNumberFilter(text, date: date)
                documents += 1
            }
        }
        guard documents > 0 else { return }   // no shared data here: nothing to check
        #expect(documents >= 1_000 && matched >= 500, "\(documents) documents, \(matched) matches")
    }

    @Test func secondDayNeedsAPhraseEnd() {
        let times = Self.tag("Police said on April 24 and 25 people died.", Self.sunday)
        #expect(times.map(\.text) == ["April 24"])
    }

    @Test func eventAnchoredOrdinal() {
        let text = "The crowd gathered in the central square on the 14th day of the road blockade."
        let times = Self.tag(text, Self.sunday)
        #expect(times.count == 1)
        #expect(times.first?.text == "the 14th day")
        #expect(times.first?.value == "2022-12-25")
        #expect(times.first?.implied == "2022-12-12")
    }

    @Test func eventOrdinalTakesTheSentenceDate() {
        let times = Self.tag("On December 20, the third day of the strike, workers marched.", Self.sunday)
        let day = times.first { $0.text == "the third day" }
        #expect(day?.value == "2022-12-20")
        #expect(day?.implied == "2022-12-18")
    }
}

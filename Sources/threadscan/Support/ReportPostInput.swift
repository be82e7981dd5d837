import Foundation
import ThreadScan

/// A post of a saved `scan --format json` report (`threadscan.report/1`), as `lexicon case add
/// --report FILE --post N` reads it: its own words and those of the post it replies to.
enum ReportPostInput {
    /// The text of post number `number` (as the report shows it: `post #3`) and of its parent, each
    /// on one line (line breaks and tabs become spaces, so that a tests row can hold it).
    /// - Throws: `CommandFailure` naming the file and what is wrong.
    static func read(_ path: String, number: Int) throws -> (text: String, parent: String?) {
        let document = try SavedJSONDocument(
            path: path, schema: ThreadReportJSON.schema, writtenBy: "threadscan scan PAGE --format json",
            notAnObject: "not one JSON object (a JSONL report of several threads: save the thread alone)")
        let wrong = document.failure
        guard let posts = document.root["posts"] as? [[String: Any]] else { throw wrong("its posts are missing") }
        func shown(_ post: [String: Any]) -> Int? { (post["number"] as? NSNumber)?.intValue }
        guard let post = posts.first(where: { shown($0) == number }) else {
            let numbers = posts.compactMap(shown)
            let range = numbers.isEmpty ? "none" : "\(numbers.min() ?? 0) to \(numbers.max() ?? 0)"
            throw wrong("no post #\(number) (its posts are numbered \(range))")
        }
        guard let body = post["body"] as? String else { throw wrong("post #\(number) has no body") }
        let parent = (post["parent"] as? NSNumber).map(\.intValue).flatMap { index in
            posts.first { ($0["index"] as? NSNumber)?.intValue == index }?["body"] as? String
        }
        return (oneLine(body), parent.map(oneLine).flatMap { $0.isEmpty ? nil : $0 })
    }

    /// `text` with every run of line breaks, tabs and spaces as one space, trimmed.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0.isNewline }).joined(separator: " ")
    }
}

import Analysis
import Foundation

/// An earlier `threadscan.report/1` report (`scan --baseline previous.json`), read to tell what is
/// new: a post was seen when a thread of the baseline with the same canonical URL or page path
/// had a post with its platform id or number, or when any post of the baseline had its text (white
/// space folded); a queue entry was seen when its post was seen and queued then.
package struct Baseline: Sendable {
    /// The identities of one earlier thread's posts.
    struct Thread: Sendable {
        var keys: Set<String>
        var ids: Set<String>
        var numbers: Set<Int>
        var queuedIDs: Set<String>
        var queuedNumbers: Set<Int>
    }

    var threads: [Thread] = []
    var texts: Set<String> = []
    var queuedTexts: Set<String> = []

    /// Reads a baseline: one report object, an array of them (`-f json`), or one per line (`-f jsonl`).
    /// - Throws: `BaselineError` naming the file and what is wrong.
    package init(bytes: [UInt8], file: String) throws(BaselineError) {
        let documents: [Any]
        if let whole = try? JSONSerialization.jsonObject(with: Data(bytes)) {
            documents = (whole as? [Any]) ?? [whole]
        } else {
            var lines: [Any] = []
            for (number, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
                guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
                do {
                    lines.append(try JSONSerialization.jsonObject(with: Data(line)))
                } catch {
                    throw BaselineError(
                        file: file, line: number + 1,
                        message: "not JSON (\(Self.reason(error))); expected a report from 'scan -f json' or '-f jsonl'"
                    )
                }
            }
            documents = lines
        }
        for (offset, document) in documents.enumerated() {
            guard let report = document as? [String: Any], report["schema"] as? String == ThreadReportJSON.schema,
                let thread = report["thread"] as? [String: Any], let posts = report["posts"] as? [[String: Any]]
            else {
                throw BaselineError(
                    file: file, line: documents.count > 1 ? offset + 1 : nil,
                    message: "report \(offset + 1) is not a \(ThreadReportJSON.schema) object with 'thread' and 'posts'"
                )
            }
            read(thread: thread, posts: posts, queue: report["queue"] as? [[String: Any]] ?? [])
        }
    }

    private mutating func read(thread: [String: Any], posts: [[String: Any]], queue: [[String: Any]]) {
        var entry = Thread(keys: [], ids: [], numbers: [], queuedIDs: [], queuedNumbers: [])
        if let canonical = thread["canonical"] as? String { entry.keys.insert("url:" + canonical) }
        for page in (thread["pages"] as? [String]) ?? [] { entry.keys.insert("page:" + page) }
        let queued = Set(queue.compactMap { $0["post"] as? Int })
        for (index, post) in posts.enumerated() {
            let isQueued = queued.contains((post["index"] as? Int) ?? index)
            if let id = post["platformID"] as? String {
                entry.ids.insert(id)
                if isQueued { entry.queuedIDs.insert(id) }
            }
            if let number = post["number"] as? Int {
                entry.numbers.insert(number)
                if isQueued { entry.queuedNumbers.insert(number) }
            }
            if let body = post["body"] as? String, let text = Self.folded(body) {
                texts.insert(text)
                if isQueued { queuedTexts.insert(text) }
            }
        }
        threads.append(entry)
    }

    /// What is new in `report` since this baseline.
    /// - Complexity: O(p + q) set look-ups for p posts and q queue entries, plus the baseline
    ///   threads whose URL or page matches.
    package func marks(for report: ThreadReport) -> BaselineMarks {
        var keys = Set(report.pages.map { "page:" + $0 })
        if let canonical = report.thread.canonicalURL { keys.insert("url:" + canonical) }
        let matching = threads.filter { !$0.keys.isDisjoint(with: keys) }
        var seen: [Bool] = []
        var queuedBefore: [Bool] = []
        for postReport in report.posts {
            let post = postReport.post
            let text = Self.folded(post.body)
            let byID = post.platformID.map { id in matching.contains { $0.ids.contains(id) } } ?? false
            let byNumber = post.number.map { number in matching.contains { $0.numbers.contains(number) } } ?? false
            let byText = text.map(texts.contains) ?? false
            seen.append(byID || byNumber || byText)
            let queuedID = post.platformID.map { id in matching.contains { $0.queuedIDs.contains(id) } } ?? false
            let queuedNumber =
                post.number.map { number in matching.contains { $0.queuedNumbers.contains(number) } } ?? false
            queuedBefore.append(queuedID || queuedNumber || (text.map(queuedTexts.contains) ?? false))
        }
        let queueNew = report.queue.map { entry in
            !(seen.indices.contains(entry.post) && seen[entry.post] && queuedBefore[entry.post])
        }
        return BaselineMarks(postIsNew: seen.map { !$0 }, queueEntryIsNew: queueNew)
    }

    /// The text with runs of white space folded to one space, or `nil` when nothing is left.
    static func folded(_ text: String) -> String? {
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
    }
}

/// A baseline file that is not an earlier report.
package struct BaselineError: Error, CustomStringConvertible, Sendable {
    /// The file named by `--baseline`.
    package var file: String
    /// The line of a JSON Lines file where the problem is, if it is about one line.
    package var line: Int?
    /// What is wrong, and what was expected.
    package var message: String

    package var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}

import Lexicon
import ThreadModel

/// One example page of a platform (`platforms/<name>/cases/<page>`) with its expected posts
/// (`<page>.expected.tsv`), run by `threadscan lexicon test` and `swift test`.
///
/// The expectations have the columns `index`, `author`, `number`, `replyTo`, `quotes`, `flags`,
/// `body`: `-` for none; `quotes` the authors of the post's top-level quotes, comma-separated, a
/// nested quote's author after `>` (`bob>ana`); `flags` `deleted` or `-`; `body` the start of
/// the post's own words (white space folded). After them, the optional columns `id` (the
/// platform's post id), `time` (the time as the page shows it) and `iso` (its ISO 8601 form), in
/// that order, check those facts too where a case names them. The page must be read by the
/// platform's own adapter (`html:<name>` for HTML pages) and give exactly the expected posts.
package struct PlatformCase: Sendable {
    /// The platform whose folder holds the case.
    package var platform: String
    /// The page's path in the bundle.
    package var path: String
    /// Where the page was read from, as shown in failures.
    package var origin: String
    /// The page's bytes.
    package var page: [UInt8]
    /// The expectations' origin, as shown in failures.
    package var expectedOrigin: String
    /// The expected posts, with their line in the expectations file.
    package var expected: [(line: Int, fields: [String])]
    /// The expectations file's columns: ``columns`` and the optional ones it names.
    package var header: [String] = columns

    /// The columns every expectations file has.
    package static let columns = ["index", "author", "number", "replyTo", "quotes", "flags", "body"]
    /// The columns an expectations file may add after ``columns``, in this order.
    package static let optionalColumns = ["id", "time", "iso"]

    /// Every case in `bundle`, and the problems of the cases that cannot run (a page without
    /// expectations, a malformed expectations file).
    package static func cases(in bundle: LexiconBundle) -> (cases: [PlatformCase], problems: [String]) {
        var cases: [PlatformCase] = []
        var problems: [String] = []
        for file in bundle.files(under: PlatformFiles.root) {
            guard let (platform, _) = PlatformFiles.caseFile(file.path) else { continue }
            guard let expectations = bundle.file(file.path + PlatformFiles.expectedSuffix) else {
                problems.append("\(file.origin):1: no expectations: add \(file.path)\(PlatformFiles.expectedSuffix)")
                continue
            }
            do {
                let table = try TSVTable(
                    file: expectations.origin, text: expectations.text, requiredColumns: columns.count)
                guard isHeader(table.columns) else {
                    problems.append(
                        "\(expectations.origin):1: expected the header \(columns.joined(separator: "<TAB>")), "
                            + "then any of \(optionalColumns.joined(separator: ", ")) in that order")
                    continue
                }
                cases.append(
                    PlatformCase(
                        platform: platform, path: file.path, origin: file.origin, page: Array(file.text.utf8),
                        expectedOrigin: expectations.origin, expected: table.rows.map { ($0.line, $0.fields) },
                        header: table.columns))
            } catch {
                problems.append(error.description)
            }
        }
        return (cases, problems)
    }

    /// Every column, in the order ``rows(of:)`` gives them.
    private static let allColumns = columns + optionalColumns

    /// Whether `names` are ``columns`` followed by some of ``optionalColumns`` in their order.
    private static func isHeader(_ names: [String]) -> Bool {
        guard names.count >= columns.count, Array(names.prefix(columns.count)) == columns else { return false }
        var remaining = optionalColumns[...]
        for name in names.dropFirst(columns.count) {
            guard let found = remaining.firstIndex(of: name) else { return false }
            remaining = remaining[(found + 1)...]
        }
        return true
    }

    /// The rows `thread` is expected to give, as an expectations file with every column writes
    /// them (``columns`` then ``optionalColumns``).
    package static func rows(of thread: DiscussionThread) -> [[String]] {
        func quoteAuthors(_ quote: Quote) -> String {
            ([quote.author ?? "?"] + quote.quotes.map(quoteAuthors)).joined(separator: ">")
        }
        return thread.posts.map { post in
            let body = String(post.body.split(whereSeparator: \.isWhitespace).joined(separator: " ").prefix(40))
            return [
                String(post.index), post.author ?? "-", String(post.displayNumber),
                post.replyTo.map(String.init) ?? "-",
                post.quotes.isEmpty ? "-" : post.quotes.map(quoteAuthors).joined(separator: ","),
                post.isDeleted ? "deleted" : "-", body.isEmpty ? "-" : body,
                post.platformID ?? "-", post.timestamp ?? "-", post.isoTime ?? "-",
            ]
        }
    }

    /// What differs between the case's expectations and what `parser` reads, as `file:line: …`;
    /// empty when the case passes.
    package func failures(parser: PageParser) -> [String] {
        let thread = parser.parse(page, source: origin)
        var failures: [String] = []
        if thread.format != PageFormat.copiedText.rawValue, thread.adapter?.method != "html:\(platform)" {
            failures.append(
                "\(origin):1: expected the adapter html:\(platform), got \(thread.adapter?.method ?? "none")")
        }
        let got = Self.rows(of: thread)
        for (position, row) in expected.enumerated() {
            guard position < got.count else {
                failures.append(
                    "\(expectedOrigin):\(row.line): expected post \(row.fields[0]), the page has \(got.count) posts")
                continue
            }
            for (column, name) in header.enumerated() {
                let want = column < row.fields.count ? row.fields[column] : ""
                let have = got[position][Self.allColumns.firstIndex(of: name) ?? column]
                let matches = name == "body" ? have.hasPrefix(want) || want == "-" && have == "-" : have == want
                if !matches {
                    failures.append(
                        "\(expectedOrigin):\(row.line): post \(position) \(name): expected '\(want)', got '\(have)'")
                }
            }
        }
        if got.count > expected.count {
            failures.append("\(expectedOrigin):1: expected \(expected.count) posts, the page has \(got.count)")
        }
        return failures
    }
}

import Lexicon
import ThreadModel

/// Reads copied text of a board no profile knows by its repeated header: a name-like line (one or
/// two words, no sentence punctuation but initials) followed within two lines by a time or score line
/// (`12 points · 4 hours ago`, `3h`, `May 14, 2026 at 8:02 am`), at least three times. Each header
/// starts a post whose body runs to the next header; button lines (`Reply`, `Share · Report`) are
/// boilerplate, the lines before the first header the title and page furniture.
///
/// Confidence: `0.4 + 0.4 · bodied + 0.2 · trailed`, the fractions of posts with a body and with
/// a button trailer (`Reply`): 0.8 for headers and bodies without trailers, 1 with them.
struct GenericTextReader {
    let times: TimeRecognizer

    /// A page needs at least this many headers.
    static let minimumHeaders = 3
    /// The method the thread's adapter names.
    static let method = "generic:text"

    /// The thread of `lines` of `bytes`, or `nil` when fewer than three headers repeat; with its
    /// segments when `keepsSegments`.
    /// - Complexity: O(n) in the bytes of the lines.
    func read(
        bytes: [UInt8], lines: SourceLines, source: String, encoding: String, warnings: [ParseWarning],
        keepsSegments: Bool
    ) -> DiscussionThread?
    {
        let nonBlank = lines.indices.filter { !lines[$0].isBlank }
        // Headers: (name line, time line), as positions in `nonBlank`.
        var headers: [(name: Int, time: Int)] = []
        var position = 0
        while position < nonBlank.count {
            defer { position += 1 }
            guard let key = lines.key(nonBlank[position]), isNameLike(key) else { continue }
            for gap in 1...2 where position + gap < nonBlank.count {
                guard let next = lines.key(nonBlank[position + gap]) else { break }
                if timeText(next) != nil {
                    headers.append((position, position + gap))
                    position += gap
                    break
                }
                // A nearer name line (`Responses` above `Marta Kowalski` above the time) is the name.
                if isNameLike(next) { break }
            }
        }
        guard headers.count >= Self.minimumHeaders else { return nil }
        var assignments = LineAssignments(count: lines.count)
        var title: String?
        for position in 0..<headers[0].name {
            let line = nonBlank[position]
            if position == 0 {
                title = lines.keyString(line)
                assignments[line] = LineAssignment(kind: .title, name: nil, post: nil)
            } else {
                assignments[line] = LineAssignment(kind: .boilerplate, name: "page furniture", post: nil)
            }
        }
        var posts: [Post] = []
        var withTrailer = 0
        for (index, header) in headers.enumerated() {
            let end = index + 1 < headers.count ? headers[index + 1].name : nonBlank.count
            var body: [Int] = []
            var sawTrailer = false
            for position in header.name..<end {
                let line = nonBlank[position]
                let key = lines.key(line) ?? []
                let kind: (SegmentKind, String?)
                if position == header.name {
                    kind = (.postHeader, "author")
                } else if position <= header.time {
                    kind = (.postHeader, position == header.time ? "post date" : "header")
                } else if key.count <= 60, GenericNodeFacts.isActionText(key) {
                    kind = (.boilerplate, "post buttons")
                    sawTrailer = true
                } else {
                    kind = (.body, nil)
                    body.append(line)
                }
                assignments[line] = LineAssignment(kind: kind.0, name: kind.1, post: index)
            }
            if sawTrailer { withTrailer += 1 }
            let first = lines[nonBlank[header.name]]
            let last = lines[nonBlank[end - 1]]
            var post = Post(
                index: index, author: lines.keyString(nonBlank[header.name]),
                timestamp: timeText(lines.key(nonBlank[header.time]) ?? []).map { String(decoding: $0, as: UTF8.self) },
                body: joined(body, lines: lines, bytes: bytes),
                span: SourceSpan(
                    lineStart: first.number, lineEnd: last.number, byteStart: first.byteStart, byteEnd: last.byteEnd))
            post.score = score(lines.key(nonBlank[header.time]) ?? [])
            posts.append(post)
        }
        var thread = DiscussionThread(
            source: source, title: title, platform: "generic", posts: posts,
            segments: keepsSegments ? SegmentBuilder.segments(lines: lines, assignments: assignments, bytes: bytes) : [],
            encoding: encoding, warnings: warnings)
        let bodied = Double(posts.filter { !$0.body.isEmpty }.count) / Double(posts.count)
        let trailed = Double(withTrailer) / Double(posts.count)
        thread.adapter = AdapterMatch(
            method: Self.method, confidence: ((0.4 + 0.4 * bodied + 0.2 * trailed) * 100).rounded() / 100)
        return thread
    }

    /// A short line of one or two words, without sentence punctuation (an initial such as `J.`
    /// aside), that is no time and no button.
    private func isNameLike(_ key: ArraySlice<UInt8>) -> Bool {
        guard !key.isEmpty, key.count <= 40 else { return false }
        let words = key.split(separator: 0x20)
        for word in words where word.contains(where: { Self.sentencePunctuation.contains($0) }) {
            // An initial (`J. Okafor`) is the one punctuation a name has.
            guard word.count == 2, word.last == UInt8(ascii: "."), Self.isASCIILetter(word[word.startIndex]) else {
                return false
            }
        }
        guard words.count <= 2, let first = words.first?.first, !(first >= 0x30 && first <= 0x39) else { return false }
        return timeText(key) == nil && !GenericNodeFacts.isActionText(key)
    }

    /// The time in a header line (``TimeRecognizer/headerTime(_:)``).
    private func timeText(_ key: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        times.headerTime(key)
    }

    /// A score in a header line (`12 points`), when a part of it is a number and `points` or `votes`.
    private func score(_ key: ArraySlice<UInt8>) -> Int? {
        for part in TimeRecognizer.headerParts(key) {
            let words = part.split(separator: 0x20)
            guard words.count == 2, let count = Int(String(decoding: words[0], as: UTF8.self)) else { continue }
            let unit = words[1].map(LinePattern.asciiLowercased)
            if Self.scoreWords.contains(unit) { return count }
        }
        return nil
    }

    private func joined(_ indices: [Int], lines: SourceLines, bytes: [UInt8]) -> String {
        var out = ""
        var previous: Int?
        for index in indices {
            if let previous { out += (previous + 1..<index).contains { lines[$0].isBlank } ? "\n\n" : "\n" }
            out +=
                lines.keyString(index)
                ?? String(decoding: bytes[lines[index].byteStart..<lines[index].byteEnd], as: UTF8.self)
            previous = index
        }
        return out
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static let sentencePunctuation: Set<UInt8> = [
        UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ","), UInt8(ascii: ":"),
        UInt8(ascii: ";"),
    ]
    private static let scoreWords: Set<[UInt8]> = [Array("points".utf8), Array("point".utf8), Array("votes".utf8)]
}

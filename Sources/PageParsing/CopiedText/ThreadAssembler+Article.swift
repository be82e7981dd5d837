import Lexicon
import ThreadModel

extension ThreadAssembler {
    /// How many non-blank lines after the headline may still be datelines and bylines.
    static let datelineWindow = 8
    /// A headline has at most this many words.
    static let headlineMaxWords = 30
    /// At most this many short navigation lines may stand before a headline.
    static let navigationMaxLines = 12

    /// Takes apart a news page: leading boilerplate, the headline, datelines, the article as
    /// post 0, then the comment section (if any) as posts 1, 2, ...
    mutating func assembleArticle() {
        let commentsStart = lines.indices.first { facts[$0, .commentsStart] != nil }
        let articleEnd = commentsStart ?? lines.count
        var draft = PostDraft(firstLine: 0, lastLine: 0)
        var sawFirstLine = false

        var line = 0
        var nonBlankSeen = 0
        var titleDecided = false
        var regionStart = articleEnd
        while line < articleEnd {
            defer { line += 1 }
            if lines[line].isBlank { continue }
            let fact = facts[line]
            if fact[.boilerplateBlock] != nil {
                regionStart = line
                break
            }
            if let match = fact[.boilerplate] ?? fact[.preamble] {
                assign(line, .boilerplate, match.name, post: nil)
                continue
            }
            if !titleDecided {
                if let headline = headlineAfterNavigation(from: line, end: articleEnd) {
                    for navigation in line..<headline where !lines[navigation].isBlank {
                        assign(navigation, .boilerplate, "site navigation", post: nil)
                    }
                    line = headline
                }
                titleDecided = true
                if isHeadline(line) {
                    title = text(of: line)
                    assign(line, .title, nil, post: nil)
                    continue
                }
            }
            nonBlankSeen += 1
            if nonBlankSeen <= Self.datelineWindow, let match = fact[.dateline] {
                if draft.timestamp == nil { draft.timestamp = match.value(.time, in: lines) }
                if draft.author == nil { draft.author = match.value(.author, in: lines) }
                assign(line, .postHeader, match.name, post: 0)
                if !sawFirstLine {
                    draft.firstLine = line
                    sawFirstLine = true
                }
                draft.lastLine = line
                continue
            }
            regionStart = line
            break
        }
        if !sawFirstLine {
            draft.firstLine = regionStart < articleEnd ? regionStart : max(0, articleEnd - 1)
            draft.lastLine = draft.firstLine
        }
        assignRegion(
            regionStart..<articleEnd, to: &draft, post: 0, datelineWindow: Self.datelineWindow - nonBlankSeen,
            isArticle: true
        )
        finish(draft)

        guard let commentsStart else { return }
        assign(commentsStart, .boilerplate, facts[commentsStart, .commentsStart]?.name, post: nil)
        let anchors = (commentsStart + 1..<lines.count).filter {
            facts[$0, .postHeader] != nil || facts[$0, .commentHeader] != nil
        }
        let headers = resolveHeaders(anchors: anchors, lowerBound: commentsStart + 1)
        let firstComment = headers.first?.start ?? lines.count
        for index in commentsStart + 1..<firstComment where !lines[index].isBlank {
            let name = facts[index, .boilerplate]?.name ?? facts[index, .boilerplateBlock]?.name
            assign(index, .boilerplate, name ?? "comment section", post: nil)
        }
        buildPosts(headers: headers, end: lines.count)
    }

    /// The headline's line when `start` begins a run of short navigation lines (`Home`, `News`)
    /// followed by a headline; `nil` when the page does not start that way.
    private func headlineAfterNavigation(from start: Int, end: Int) -> Int? {
        var line = start
        var navigationLines = 0
        while line < end, navigationLines <= Self.navigationMaxLines {
            if lines[line].isBlank {
                line += 1
                continue
            }
            if isHeadline(line) { return navigationLines > 0 ? line : nil }
            guard let key = lines.key(line), key.count <= 30, key.split(separator: 0x20).count <= 3,
                AuthorName.isPlausible(key, maxWords: 3)
            else { return nil }
            navigationLines += 1
            line += 1
        }
        return nil
    }

    /// Whether a line reads as a headline: a few words, not ending like a sentence.
    private func isHeadline(_ line: Int) -> Bool {
        guard let key = lines.key(line), let last = key.last else { return false }
        let words = key.split(separator: 0x20).count
        guard words >= 3, words <= Self.headlineMaxWords else { return false }
        return last != UInt8(ascii: ".") && last != UInt8(ascii: ",") && last != UInt8(ascii: ";")
            && facts[line].attachment == nil && !facts[line].isTime
    }
}

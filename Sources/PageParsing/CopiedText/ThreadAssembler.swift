import Lexicon
import ThreadModel

/// Takes a page's lines apart under one platform profile: finds the posts, their headers,
/// quotes, reactions and attachments, and names every other line as boilerplate.
///
/// Every non-blank line gets exactly one `LineAssignment`; the segments are built from them.
struct ThreadAssembler {
    let bytes: [UInt8]
    let lines: SourceLines
    let facts: LineFactsTable
    let profile: PlatformProfile

    var assignments: LineAssignments
    var posts: [PostDraft] = []
    var title: String?
    var quoteIndex = QuoteIndex()

    init(bytes: [UInt8], lines: SourceLines, facts: LineFactsTable, profile: PlatformProfile) {
        self.bytes = bytes
        self.lines = lines
        self.facts = facts
        self.profile = profile
        assignments = LineAssignments(count: lines.count)
    }

    /// Assembles the page.
    mutating func run() {
        guard lines.contains(where: { !$0.isBlank }) else { return }
        if profile.settings.article {
            assembleArticle()
        } else {
            assembleForum()
        }
        inferAuthorsFromQuotes()
    }

    // MARK: Forum pages

    private mutating func assembleForum() {
        let anchors = lines.indices.filter { facts[$0, .postHeader] != nil }
        guard !anchors.isEmpty else {
            assembleArticle()
            return
        }
        let headers = resolveHeaders(anchors: anchors, lowerBound: 0)
        assignPreamble(upTo: headers[0].start)
        buildPosts(headers: headers, end: lines.count)
    }

    /// Assigns the lines before the first post: the title and named boilerplate.
    private mutating func assignPreamble(upTo end: Int) {
        let nonBlank = (0..<end).filter { !lines[$0].isBlank }
        var titleLine: Int?
        if let labelled = nonBlank.first(where: { facts[$0, .titleLine] != nil }) {
            titleLine = labelled
        } else if let marker = nonBlank.first(where: { facts[$0, .titleBefore] != nil }) {
            titleLine = nonBlank.last { $0 < marker && boilerplateName($0) == nil }
        }
        if titleLine == nil {
            titleLine = nonBlank.first { boilerplateName($0) == nil && facts[$0, .titleBefore] == nil }
        }
        for index in nonBlank {
            if index == titleLine {
                assignments[index] = LineAssignment(kind: .title, name: facts[index, .titleLine]?.name, post: nil)
                title = facts[index, .titleLine]?.value(.any, in: lines).map(WhiteSpace.trimmed) ?? text(of: index)
            } else {
                let name = boilerplateName(index) ?? facts[index, .titleBefore]?.name ?? "page header"
                assignments[index] = LineAssignment(kind: .boilerplate, name: name, post: nil)
            }
        }
    }

    /// The name of the boilerplate rule a line matches outside posts, if any.
    private func boilerplateName(_ index: Int) -> String? {
        let fact = facts[index]
        for kind in [ProfileRule.Kind.boilerplateBlock, .boilerplate, .preamble, .detect, .action] {
            if let match = fact[kind] { return match.name }
        }
        return nil
    }

    /// Builds one post per header, each running to the next header's start.
    mutating func buildPosts(headers: [PostHeader], end: Int) {
        for (offset, header) in headers.enumerated() {
            let postEnd = offset + 1 < headers.count ? headers[offset + 1].start : end
            var draft = PostDraft(
                author: header.author, timestamp: header.timestamp, firstLine: header.start, lastLine: header.end
            )
            let index = posts.count
            for line in header.start...header.end where !lines[line].isBlank {
                assignments[line] = LineAssignment(
                    kind: .postHeader, name: header.names[line] ?? "post header", post: index)
            }
            assignRegion(header.end + 1..<postEnd, to: &draft, post: index)
            finish(draft)
        }
    }

    /// Adds a finished post and indexes its lines for the quotes of later posts.
    mutating func finish(_ draft: PostDraft) {
        let index = posts.count
        posts.append(draft)
        quoteIndex.add(
            post: index, bodyLines: draft.bodyLines, foldedLines: draft.bodyLines.map(foldedKey), author: draft.author)
    }

    /// Assigns the lines of a post after its header: body, quotes, reactions, attachments,
    /// signature, actions and boilerplate. Within the first `datelineWindow` non-blank lines,
    /// datelines and bylines are header lines (an article's standfirst may precede them). In an
    /// article (`isArticle`), short lines after buttons stay body: subheadings are short.
    mutating func assignRegion(
        _ region: Range<Int>, to draft: inout PostDraft, post: Int, datelineWindow: Int = 0, isArticle: Bool = false
    ) {
        var blockName: String?
        var signatureName: String?
        var seen = 0
        let lastAction = isArticle ? nil : region.last { facts[$0, .action] != nil }
        var line = region.lowerBound
        while line < region.upperBound {
            defer { line += 1 }
            if lines[line].isBlank { continue }
            let fact = facts[line]
            seen += 1
            if let blockName {
                assign(line, .boilerplate, blockName, post: nil)
                continue
            }
            if let match = fact[.boilerplateBlock] {
                blockName = match.name
                assign(line, .boilerplate, match.name, post: nil)
                continue
            }
            if seen <= datelineWindow, let match = fact[.dateline] {
                draft.timestamp = draft.timestamp ?? match.value(.time, in: lines)
                draft.author = draft.author ?? match.value(.author, in: lines)
                assign(line, .postHeader, match.name, post: post)
                draft.lastLine = max(draft.lastLine, line)
                continue
            }
            if let match = fact[.action] ?? fact[.boilerplate] ?? fact[.quoteEnd] {
                assign(line, .boilerplate, match.name, post: post)
                signatureName = nil
                continue
            }
            if let lastAction, line > lastAction, isShortLine(line), fact.attachment == nil,
                fact[.quoteHeader] == nil, fact[.reaction] == nil, fact[.signature] == nil
            {
                assign(line, .boilerplate, fact[.preamble]?.name ?? Self.afterPostName, post: nil)
                continue
            }
            draft.lastLine = line
            if let match = fact[.quoteHeader] {
                let quote = resolveQuote(header: line, match: match, region: line + 1..<region.upperBound)
                draft.quotes.append(quote)
                for headerLine in line...quote.headerEnd where !lines[headerLine].isBlank {
                    assign(headerLine, .quoteHeader, match.name, post: post)
                }
                for quoted in quote.lines { assign(quoted, .quote, nil, post: post) }
                if quote.lastLine > (quote.lines.last ?? quote.headerEnd) {
                    assign(quote.lastLine, .boilerplate, facts[quote.lastLine, .quoteEnd]?.name, post: post)
                }
                draft.lastLine = quote.lastLine
                line = quote.lastLine
            } else if let match = fact[.reaction] {
                draft.reactions += reactions(from: match)
                assign(line, .reaction, nil, post: post)
                signatureName = nil
            } else if let attachment = fact.attachment {
                draft.attachments.append(attachment)
                assign(line, .attachment, nil, post: post)
            } else if let name = fact[.signature]?.name ?? signatureName {
                signatureName = name
                draft.signatureLines.append(line)
                assign(line, .signature, name, post: post)
            } else {
                draft.bodyLines.append(line)
                assign(line, .body, nil, post: post)
            }
        }
    }

    /// The name of short unrecognised lines after a post's buttons: page furniture, not the post's words.
    static let afterPostName = "page furniture"
    /// Lines after a post's buttons with at most this many words are page furniture.
    static let afterPostMaxWords = 6

    private func isShortLine(_ line: Int) -> Bool {
        guard let key = lines.key(line) else { return false }
        return key.split(separator: 0x20).count <= Self.afterPostMaxWords
    }

    mutating func assign(_ line: Int, _ kind: SegmentKind, _ name: String?, post: Int?) {
        assignments[line] = LineAssignment(kind: kind, name: name, post: post)
    }

    /// The reactions a reaction line gives.
    private func reactions(from match: RuleMatch) -> [Reaction] {
        if let names = match.value(.names, in: lines) {
            return [Reaction(name: match.name, count: NameList.count(names))]
        }
        guard let name = match.value(.reaction, in: lines) else { return [] }
        let count = match.bytes(.count, in: lines).flatMap(PatternMatcher.count) ?? 1
        return [Reaction(name: name, count: count)]
    }

    // MARK: Quotes and authors

    /// Finds where a quote ends and which earlier post it quotes.
    ///
    /// A closing line (`Click to expand...`) ends it when the profile has one. Otherwise the
    /// quote runs while its lines are found in earlier posts; when none is, its first paragraph
    /// is taken as the quote.
    private func resolveQuote(header: Int, match: RuleMatch, region: Range<Int>) -> PostDraft.QuoteDraft {
        let author = match.value(.author, in: lines)
        var time = match.value(.time, in: lines)
        var headerEnd = header
        if time == nil, let next = region.first(where: { !lines[$0].isBlank }), facts[next].isTime {
            time = text(of: next)
            headerEnd = next
        }
        var candidates: [Int] = []
        for line in headerEnd + 1..<region.upperBound {
            let fact = facts[line]
            if fact[.quoteHeader] != nil || fact[.reaction] != nil || fact[.action] != nil
                || fact[.boilerplateBlock] != nil
            {
                break
            }
            candidates.append(line)
        }
        let nonBlank = candidates.filter { !lines[$0].isBlank }
        if let closing = nonBlank.first(where: { facts[$0, .quoteEnd] != nil }) {
            let quoted = nonBlank.filter { $0 < closing }
            let owner = quoted.lazy.compactMap {
                quoteIndex.post(holding: foldedKey($0), author: author, foldedKey: foldedKey)
            }.first
            return PostDraft.QuoteDraft(
                author: author, postIndex: owner ?? author.flatMap(quoteIndex.latestPost(by:)), time: time,
                lines: quoted, firstLine: header, headerEnd: headerEnd, lastLine: closing
            )
        }
        var quoted: [Int] = []
        var owner: Int?
        for line in nonBlank {
            guard let post = quoteIndex.post(holding: foldedKey(line), author: author, foldedKey: foldedKey) else {
                break
            }
            owner = owner ?? post
            quoted.append(line)
        }
        if quoted.isEmpty {
            for line in candidates {
                if lines[line].isBlank {
                    if !quoted.isEmpty { break }
                    continue
                }
                quoted.append(line)
            }
        }
        return PostDraft.QuoteDraft(
            author: author, postIndex: owner ?? author.flatMap(quoteIndex.latestPost(by:)), time: time,
            lines: quoted, firstLine: header, headerEnd: headerEnd, lastLine: quoted.last ?? headerEnd
        )
    }

    /// Gives a post without an author the name its quoters give it.
    private mutating func inferAuthorsFromQuotes() {
        for postIndex in posts.indices {
            for quoteOffset in posts[postIndex].quotes.indices {
                let quote = posts[postIndex].quotes[quoteOffset]
                guard let quoted = quote.postIndex, quoted < posts.count else { continue }
                if let author = quote.author, posts[quoted].author == nil {
                    posts[quoted].author = author
                    posts[quoted].authorInferred = true
                } else if quote.author == nil, let author = posts[quoted].author {
                    posts[postIndex].quotes[quoteOffset].author = author
                }
            }
        }
    }

    // MARK: Text

    /// The line's text, trimmed of white space at both ends, with no-break spaces made plain.
    func text(of line: Int) -> String {
        var out: [UInt8] = []
        appendText(of: line, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``text(of:)`` of `line` to `out`.
    private func appendText(of line: Int, to out: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            let (lower, upper) = WhiteSpace.trimmedBounds(
                buffer, start: lines[line].byteStart, end: lines[line].byteEnd)
            WhiteSpace.appendPlainingNoBreakSpaces(buffer, start: lower, end: upper, to: &out)
        }
    }

    /// The line's text with white space folded, for comparing quotes with posts.
    func foldedKey(_ line: Int) -> ArraySlice<UInt8> {
        if let key = lines.key(line) { return key }
        return bytes.withUnsafeBufferPointer { buffer in
            let (lower, upper) = WhiteSpace.trimmedBounds(
                buffer, start: lines[line].byteStart, end: lines[line].byteEnd)
            return WhiteSpace.folded(buffer, start: lower, end: upper)[...]
        }
    }

    /// The lines' texts joined: one line break between adjacent lines, a blank line between paragraphs.
    func joinedText(_ indices: [Int]) -> String {
        var out: [UInt8] = []
        var previous: Int?
        for index in indices {
            if let previous {
                out.append(0x0A)
                if (previous + 1..<index).contains(where: { lines[$0].isBlank }) { out.append(0x0A) }
            }
            appendText(of: index, to: &out)
            previous = index
        }
        return String(decoding: out, as: UTF8.self)
    }
}

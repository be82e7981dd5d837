import Lexicon

extension ThreadAssembler {
    /// Rule kinds that stop a header's look-back: the line belongs to something else.
    private static let foreignKinds: [ProfileRule.Kind] = [
        .reaction, .action, .boilerplate, .boilerplateBlock, .quoteHeader, .quoteEnd, .postHeader, .titleBefore,
        .preamble, .commentsStart, .signature,
    ]

    /// Extends each anchor line to its whole header.
    ///
    /// Looking back, the header takes member lines (`headerBefore`) and, where the profile says the
    /// author's name stands before the header, one name-like line. Looking forward, it takes one
    /// date line and `headerAfter` lines. A header never reaches into the previous one, and the
    /// first post's look-back leaves the page's first text line to the title.
    /// - Complexity: O(n) in the number of lines.
    func resolveHeaders(anchors: [Int], lowerBound: Int) -> [PostHeader] {
        var headers: [PostHeader] = []
        var floor = lowerBound
        let firstTextLine = lines.indices.first { !lines[$0].isBlank && boilerplateLike($0) == false }
        let labelledTitle = anchors.first.flatMap { first in
            (lowerBound..<first).lazy.compactMap { facts[$0, .titleLine]?.value(.any, in: lines) }.first
        }.map { Array(WhiteSpace.trimmed($0).utf8)[...] }
        for anchor in anchors {
            if let previous = headers.last, anchor <= previous.end { continue }
            let match = facts[anchor, .postHeader] ?? facts[anchor, .commentHeader]
            var header = PostHeader(start: anchor, anchor: anchor, end: anchor)
            header.author = match?.value(.author, in: lines)
            header.timestamp = match?.value(.time, in: lines).map(TimeRecognizer.trimmingLeadingSeparators)
            header.names[anchor] = match?.name
            if match?.kind == .commentHeader, header.timestamp == nil {
                header.timestamp = TimeRecognizer.trimmingLeadingSeparators(text(of: anchor))
            }

            var line = anchor - 1
            var tookSubject = false
            while line >= floor {
                if lines[line].isBlank {
                    line -= 1
                    continue
                }
                if headers.isEmpty, !tookSubject, facts[line, .headerBefore] == nil,
                    repeatsEarlierLine(line, from: floor)
                {
                    tookSubject = true
                    header.start = line
                    header.names[line] = "post subject"
                    line -= 1
                    continue
                }
                guard let before = facts[line, .headerBefore], !isForeign(line) else { break }
                header.start = line
                header.names[line] = before.name
                if header.timestamp == nil, facts[line].isTime {
                    header.timestamp = TimeRecognizer.trimmingLeadingSeparators(text(of: line))
                }
                line -= 1
            }
            while line >= floor, lines[line].isBlank { line -= 1 }
            if profile.settings.authorBefore, line >= floor, facts[line].isAuthorLike, !isForeign(line),
                headers.isEmpty ? line != firstTextLine : true
            {
                header.start = line
                header.names[line] = "author"
                if header.author == nil { header.author = text(of: line) }
            }

            line = anchor + 1
            var sawTime = header.timestamp != nil
            var authorAllowed = profile.settings.authorAfter && header.author == nil
            while line < lines.count {
                if lines[line].isBlank {
                    line += 1
                    continue
                }
                if !sawTime, facts[line].isTime, facts[line, .postHeader] == nil {
                    sawTime = true
                    header.timestamp = TimeRecognizer.trimmingLeadingSeparators(text(of: line))
                    header.names[line] = "post date"
                } else if authorAllowed, facts[line].isAuthorLike, !isForeign(line), facts[line, .headerAfter] == nil {
                    authorAllowed = false
                    header.author = text(of: line)
                    header.names[line] = "author"
                } else if let after = facts[line, .headerAfter] {
                    header.names[line] = after.name
                } else if headers.isEmpty, let labelledTitle, lines.key(line) == labelledTitle {
                    header.names[line] = "post subject"
                } else {
                    break
                }
                header.end = line
                line += 1
            }
            floor = header.end + 1
            headers.append(header)
        }
        return headers
    }

    /// Whether the line repeats an earlier line of the page (the first post's subject repeats the title).
    private func repeatsEarlierLine(_ line: Int, from start: Int) -> Bool {
        guard let key = lines.key(line) else { return false }
        return (start..<line).contains { lines.key($0) == key }
    }

    private func isForeign(_ line: Int) -> Bool {
        Self.foreignKinds.contains { facts[line, $0] != nil } || facts[line].attachment != nil
    }

    private func boilerplateLike(_ line: Int) -> Bool {
        isForeign(line)
    }
}

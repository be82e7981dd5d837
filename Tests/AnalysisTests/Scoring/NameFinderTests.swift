import TestSupport
import Testing

@testable import Analysis

@Suite struct NameFinderTests {
    /// The token ranges `finder` finds in `text`, as the words they cover.
    private func found(_ finder: NameFinder, in text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            let tokenized = TokenizedText(bytes, vocabulary: .empty)
            let initials = TokenInitials(tokenized, bytes: bytes)
            return finder.occurrences(in: tokenized, bytes: bytes, initials: initials).map { range in
                let first = tokenized.tokens[range.lowerBound]
                let last = tokenized.tokens[range.upperBound - 1]
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(first.start)..<Int(last.end)]), as: UTF8.self)
            }
        }
    }

    @Test func aMultiWordNameIsFoundWholeAndByItsLastWordIgnoringCase() {
        let finder = NameFinder(name: "Vladimir Putin", allowSuffix: true)
        #expect(found(finder, in: "VLADIMIR PUTIN spoke; later putin left, and Vladimir stayed") == ["VLADIMIR PUTIN", "putin"])
    }

    @Test func everyWordAlsoFindsTheNamesCapitalisedWordsOfThreeLettersOrMore() {
        let finder = NameFinder(name: "Legalization of Abortion", allowSuffix: true, everyWord: true)
        #expect(found(finder, in: "legalization is near, of course, says the abortion clinic") == ["legalization", "abortion"])
    }

    @Test func onlyTheLastWordOfFourOrMoreBytesMayCarryAnEnding() {
        #expect(found(NameFinder(name: "Iran", allowSuffix: true), in: "Iranian talks with Iran's envoy") == ["Iranian", "Iran's"])
        #expect(found(NameFinder(name: "Iran", allowSuffix: false), in: "Iranian talks with Iran") == ["Iran"])
        #expect(found(NameFinder(name: "Bo", allowSuffix: true), in: "Bob and Bo") == ["Bo"])
    }

    @Test func anAtMentionFindsTheNameWithoutItsAt() {
        #expect(found(NameFinder(name: "Sam", allowSuffix: false), in: "thanks @Sam and sam, not Samuel") == ["@Sam", "sam"])
    }

    static let names = ["Sam", "Vladimir Putin", "Legalization of Abortion", "Iran", "spider_fan", "Bo", "Élise"]
    static let pieces = [
        "sam", "SAM", "@Sam", "Samuel", "Vladimir", "putin", "PUTIN", "Putin's", "legalization", "of", "abortion",
        "Iranian", "iran", "spider_fan", "@spider_fan", "bo", "Bob", "élise", "Élise", "#iran", "the", "and", ",", ".",
        "s t u p i d", "@", "x",
    ]

    /// The occurrences by the plain loop over every token, the way a reader would write it: the
    /// grouped candidates must find exactly the same ranges.
    static func reference(_ name: String, allowSuffix: Bool, everyWord: Bool, in text: String) -> [Range<Int>] {
        let words = LexiconIndex.baseForms(of: name).filter { !$0.isEmpty }
        var single = words.last.map { [$0] } ?? []
        if everyWord, words.count > 1 {
            for part in name.split(separator: " ") where part.first?.isUppercase == true && part.utf8.count >= 3 {
                for form in LexiconIndex.baseForms(of: String(part)) where !single.contains(form) { single.append(form) }
            }
        }
        var text = text
        return text.withUTF8 { bytes in
            let tokens = TokenizedText(bytes, vocabulary: .empty).tokens
            func matches(_ index: Int, _ word: [UInt8], isLast: Bool) -> Bool {
                let token = tokens[index]
                guard token.kind == .word else { return false }
                let start = Int(token.start) + (token.flags.contains(.mention) ? 1 : 0)
                let written = bytes[start..<Int(token.end)].map(ASCII.lowercased)
                if isLast, allowSuffix, word.count >= 4, written.count > word.count {
                    return Array(written.prefix(word.count)) == word
                }
                return written == word
            }
            var found: [Range<Int>] = []
            var index = 0
            while index < tokens.count {
                if index + words.count <= tokens.count,
                    words.indices.allSatisfy({ matches(index + $0, words[$0], isLast: $0 == words.count - 1) })
                {
                    found.append(index..<index + words.count)
                    index += words.count
                } else if words.count > 1, single.contains(where: { matches(index, $0, isLast: true) }) {
                    found.append(index..<index + 1)
                    index += 1
                } else {
                    index += 1
                }
            }
            return found
        }
    }

    @Test(arguments: 0..<4)
    func theGroupedCandidatesFindWhatEveryTokenWouldFind(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        for _ in 0..<200 {
            let text = random.text(of: Self.pieces, lengths: 0...24, separator: " ")
            for name in Self.names {
                for (allowSuffix, everyWord) in [(false, false), (true, true)] {
                    let finder = NameFinder(name: name, allowSuffix: allowSuffix, everyWord: everyWord)
                    var copy = text
                    let fast = copy.withUTF8 { bytes in
                        let tokenized = TokenizedText(bytes, vocabulary: .empty)
                        return finder.occurrences(
                            in: tokenized, bytes: bytes, initials: TokenInitials(tokenized, bytes: bytes))
                    }
                    #expect(
                        fast == Self.reference(name, allowSuffix: allowSuffix, everyWord: everyWord, in: text),
                        "\(name) in \(text)")
                }
            }
        }
    }
}

/// A text cut into tokens with byte offsets into the original text, each word carrying the
/// vocabulary ids of its normalised forms.
///
/// Words are runs of letters and digits, with apostrophes, hyphens and masking characters inside
/// them (`don't`, `well-known`, `f*ck`, `sh!t`); an `@` or `#` before a word marks a mention or tag;
/// other punctuation becomes one token per character. Three or more single letters separated by
/// spaces (`s t u p i d`) become one word when the joined letters are a lexicon word.
struct TokenizedText: Sendable {
    /// The tokens in text order.
    var tokens: [Token] = []
    /// The vocabulary ids of all tokens, each token owning a range.
    var candidates: [Int32] = []
    /// Whether every letter of the text is upper case (and it has at least two).
    var isAllCaps = false

    /// Tokenizes `bytes` (UTF-8) and looks every word's forms up in `vocabulary`; with
    /// `boundariesOnly`, only the words whose look-up decides where tokens fall (hashtags, which
    /// split when no entry knows them whole, and spaced letters), so that the tokens are the same
    /// but the other words have no vocabulary ids. The vocabulary is borrowed, not passed owned as an
    /// initializer's arguments are: the copy made for that would retain and release each of its tables.
    /// - Complexity: O(n) in the length of the text.
    init(_ bytes: UnsafeBufferPointer<UInt8>, vocabulary: borrowing Vocabulary, boundariesOnly: Bool = false) {
        var scanner = Scanner(bytes: bytes, boundariesOnly: boundariesOnly)
        scanner.run(vocabulary)
        tokens = scanner.tokens
        candidates = scanner.candidates
        isAllCaps = scanner.upper >= 2 && scanner.lower == 0
        splitHashtags(bytes, vocabulary: vocabulary)
        joinSpacedLetters(bytes, vocabulary: vocabulary)
    }

    /// The vocabulary ids of `token`.
    @inline(__always) func candidates(of token: Token) -> ArraySlice<Int32> {
        candidates[Int(token.candidatesStart)..<Int(token.candidatesStart + token.candidatesCount)]
    }

    /// Replaces runs of three or more spaced single letters that spell a lexicon word by that word.
    private mutating func joinSpacedLetters(_ bytes: UnsafeBufferPointer<UInt8>, vocabulary: Vocabulary) {
        func isLetterToken(_ index: Int) -> Bool {
            let token = tokens[index]
            return token.kind == .word && token.end - token.start == 1 && ASCII.isLetter(bytes[Int(token.start)])
        }
        var index = 0
        var joined: [Token]?
        var letters: [UInt8] = []
        while index < tokens.count {
            var last = index
            if isLetterToken(index) {
                while last + 1 < tokens.count, isLetterToken(last + 1),
                    tokens[last + 1].start - tokens[last].end <= 2,
                    (tokens[last].end..<tokens[last + 1].start).allSatisfy({ bytes[Int($0)] == ASCII.space })
                {
                    last += 1
                }
            }
            if last - index >= 2 {
                letters = tokens[index...last].map { ASCII.lowercased(bytes[Int($0.start)]) }
                let first = candidates.count
                letters.withUnsafeBufferPointer { vocabulary.lookUp($0, into: &candidates, from: first) }
                if candidates.count > first {
                    if joined == nil { joined = Array(tokens[..<index]) }
                    joined?.append(
                        Token(
                            start: tokens[index].start, end: tokens[last].end, kind: .word,
                            flags: [.spacedLetters, .hasLetter, .obfuscated], byte: 0,
                            candidatesStart: Int32(first), candidatesCount: Int32(candidates.count - first)
                        )
                    )
                    index = last + 1
                    continue
                }
            }
            joined?.append(contentsOf: tokens[index...last])
            index = last + 1
        }
        if let joined { tokens = joined }
    }
}

/// The byte scanner behind `TokenizedText`. Its look-ups take the vocabulary as an argument, not
/// a stored copy: a copy of the vocabulary retains and releases each of its tables.
private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Whether only hashtags are looked up (see `TokenizedText.init(_:vocabulary:boundariesOnly:)`).
    let boundariesOnly: Bool
    var tokens: [Token] = []
    var candidates: [Int32] = []
    var normalizer = TokenNormalizer()
    var upper = 0
    var lower = 0

    init(bytes: UnsafeBufferPointer<UInt8>, boundariesOnly: Bool) {
        self.bytes = bytes
        self.boundariesOnly = boundariesOnly
        tokens.reserveCapacity(bytes.count / 5 + 4)
    }

    /// Scans the bytes, looking words up in `vocabulary`.
    mutating func run(_ vocabulary: Vocabulary) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if ASCII.isAlphanumeric(byte) {
                    index = word(from: index, formStart: index, flags: [], vocabulary)
                } else if ASCII.isSpace(byte) {
                    index += 1
                } else if byte == ASCII.at || byte == ASCII.hash || byte == ASCII.dollar, index + 1 < count,
                    ASCII.isLetter(bytes[index + 1]) || (byte != ASCII.dollar && ASCII.isDigit(bytes[index + 1])),
                    index == 0 || !ASCII.isAlphanumeric(bytes[index - 1])
                {
                    index = word(
                        from: index, formStart: byte == ASCII.dollar ? index : index + 1,
                        flags: byte == ASCII.at ? .mention : [], vocabulary
                    )
                } else {
                    if byte > ASCII.space, byte < 0x7F {
                        tokens.append(
                            Token(
                                start: Int32(index), end: Int32(index + 1), kind: .punctuation, flags: [], byte: byte,
                                candidatesStart: Int32(candidates.count), candidatesCount: 0
                            )
                        )
                        lookUp(formStart: index, end: index + 1, token: tokens.count - 1, vocabulary)
                    }
                    index += 1
                }
            } else {
                let (scalar, length) = decode(at: index)
                if WordScalar.isWordScalar(scalar) {
                    index = word(from: index, formStart: index, flags: [], vocabulary)
                } else {
                    if scalar == "\u{2026}" {
                        tokens.append(
                            Token(
                                start: Int32(index), end: Int32(index + length), kind: .punctuation, flags: [],
                                byte: ASCII.period,
                                candidatesStart: Int32(candidates.count), candidatesCount: 0
                            )
                        )
                    }
                    index += length
                }
            }
        }
    }

    /// Scans the word starting at `start` and returns the offset after it.
    private mutating func word(
        from start: Int, formStart: Int, flags initial: Token.Flags, _ vocabulary: Vocabulary
    ) -> Int {
        var index = bytes[formStart] == ASCII.dollar ? formStart + 1 : formStart
        var wordUpper = 0
        var wordLower = 0
        var firstUpper: Bool?
        let count = bytes.count
        scan: while index < count {
            let byte = bytes[index]
            if ASCII.isAlphanumeric(byte) {
                if ASCII.isUpper(byte) {
                    wordUpper += 1
                    if firstUpper == nil { firstUpper = true }
                } else if ASCII.isLower(byte) {
                    wordLower += 1
                    if firstUpper == nil { firstUpper = false }
                }
                index += 1
                continue
            }
            let next = index + 1 < count ? bytes[index + 1] : 0
            switch byte {
            case ASCII.apostrophe:
                guard ASCII.isLetter(next), index > formStart else { break scan }
                index += 1
            case ASCII.hyphen:
                guard ASCII.isAlphanumeric(next), index > formStart else { break scan }
                index += 1
            case ASCII.period:
                let segmentIsOneLetter =
                    index - 1 >= formStart && ASCII.isLetter(bytes[index - 1])
                    && (index - 2 < formStart || !ASCII.isAlphanumeric(bytes[index - 2]))
                guard ASCII.isLetter(next), segmentIsOneLetter else { break scan }
                index += 1
            case _ where ASCII.isMask(byte):
                var end = index
                while end < count, ASCII.isMask(bytes[end]) { end += 1 }
                guard end < count, ASCII.isAlphanumeric(bytes[end]), index > formStart else { break scan }
                index = end
            case _ where byte >= 0x80:
                let (scalar, length) = decode(at: index)
                if WordScalar.isWordScalar(scalar) {
                    if firstUpper == nil { firstUpper = WordScalar.isUppercase(scalar) }
                    index += length
                } else if scalar == "\u{2019}" || scalar == "\u{02BC}", index + length < count,
                    ASCII.isLetter(bytes[index + length]) || bytes[index + length] >= 0x80
                {
                    index += length
                } else {
                    break scan
                }
            default:
                break scan
            }
        }
        upper += wordUpper
        lower += wordLower
        var flags = initial
        if wordUpper + wordLower > 0 || index > formStart { flags.insert(.hasLetter) }
        if wordUpper >= 2, wordLower == 0 { flags.insert(.allCaps) }
        if firstUpper == true { flags.insert(.capitalized) }
        if wordUpper + wordLower == 0, !bytes[formStart..<index].contains(where: { $0 >= 0x80 }) {
            flags.remove(.hasLetter)
        }
        tokens.append(
            Token(
                start: Int32(start), end: Int32(index), kind: .word, flags: flags, byte: 0,
                candidatesStart: Int32(candidates.count), candidatesCount: 0
            )
        )
        lookUp(formStart: formStart, end: index, token: tokens.count - 1, vocabulary)
        return index
    }

    /// Looks the forms of `bytes[formStart..<end]` up and records the ids on `tokens[token]`; a word
    /// with none is looked up again as what it may be written for (`lookUpVariants`).
    private mutating func lookUp(formStart: Int, end: Int, token: Int, _ vocabulary: Vocabulary) {
        if boundariesOnly, bytes[Int(tokens[token].start)] != ASCII.hash { return }
        lookUpForms(formStart: formStart, end: end, token: token, vocabulary)
        if tokens[token].candidatesCount == 0, tokens[token].kind == .word, end - formStart >= 5 {
            lookUpVariants(formStart: formStart, end: end, token: token, vocabulary)
        }
    }

    /// The suffixes an inflected word is looked up without, each with what the stem may have lost
    /// (`hating` → hate), longest first.
    private static let suffixes: [(suffix: [UInt8], restore: [UInt8])] = [
        ("ations", ""), ("ation", ""), ("ings", ""), ("ing", ""), ("ing", "e"), ("ness", ""), ("ed", ""), ("ed", "e"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// The shortest stem, in letters, an inflected word is looked up by.
    private static let shortestStem = 4
    /// The most bytes a stem may have restored (the longest `restore` of `suffixes`).
    private static let longestRestore = suffixes.map(\.restore.count).max() ?? 0

    /// Looks up what a word no lexicon knows may be written for: the middle of an infix
    /// (`fina-fucking-lly` → fucking), an inflection of a one-word incivility entry other than a
    /// threat (`retardation` → retard, stems of four letters or more), or a long one-word entry
    /// misspelt by ear (`incompetant` → incompetent, see `SoundKey`). The token is then flagged obfuscated.
    /// - Complexity: O(n) in the length of the word.
    private mutating func lookUpVariants(formStart: Int, end: Int, token: Int, _ vocabulary: Vocabulary) {
        var hyphens = 0
        var letters = 0
        for index in formStart..<end {
            let byte = bytes[index]
            if byte >= 0x80 { return }
            if byte == ASCII.hyphen { hyphens += 1 } else if ASCII.isLetter(byte) { letters += 1 }
        }
        let count = end - formStart
        let allLetters = letters == count
        let hasSuffix =
            allLetters
            && Self.suffixes.contains { count - $0.suffix.count >= Self.shortestStem && endsWith($0.suffix, end) }
        guard hyphens >= 2 || hasSuffix || (allLetters && count >= SoundKey.shortestWord) else { return }
        let first = candidates.count
        // The word lowercased, then room for a stem with what it may have lost restored.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * count + Self.longestRestore) { buffer in
            for offset in 0..<count { buffer[offset] = ASCII.lowercased(bytes[formStart + offset]) }
            let word = UnsafeBufferPointer(rebasing: buffer[..<count])
            if hyphens >= 2 {
                var previousHyphen: Int?
                for offset in 0..<count where word[offset] == ASCII.hyphen {
                    if let start = previousHyphen.map({ $0 + 1 }), offset - start >= 3 {
                        vocabulary.lookUp(UnsafeBufferPointer(rebasing: word[start..<offset]), into: &candidates, from: first)
                    }
                    previousHyphen = offset
                }
            }
            if candidates.count == first, hasSuffix {
                for (suffix, restore) in Self.suffixes where count - suffix.count >= Self.shortestStem {
                    guard word.suffix(suffix.count).elementsEqual(suffix) else { continue }
                    let stemCount = count - suffix.count
                    let stem = UnsafeMutableBufferPointer(rebasing: buffer[count..<count + stemCount + restore.count])
                    for offset in 0..<stemCount { stem[offset] = word[offset] }
                    for (offset, byte) in restore.enumerated() { stem[stemCount + offset] = byte }
                    if let id = vocabulary.stemID(of: UnsafeBufferPointer(stem)) {
                        candidates.append(id)
                        break
                    }
                }
            }
            if candidates.count == first, allLetters, count >= SoundKey.shortestWord,
                let id = vocabulary.soundAlike(of: word)
            {
                candidates.append(id)
            }
        }
        tokens[token].candidatesCount = Int32(candidates.count - first)
        if candidates.count > first { tokens[token].flags.insert(.obfuscated) }
    }

    /// Whether the word ending at `end` ends with `suffix` (lowercase), ignoring case.
    private func endsWith(_ suffix: [UInt8], _ end: Int) -> Bool {
        for (offset, byte) in suffix.reversed().enumerated() where ASCII.lowercased(bytes[end - 1 - offset]) != byte {
            return false
        }
        return true
    }

    /// Looks the forms of `bytes[formStart..<end]` up and records the ids on `tokens[token]`.
    private mutating func lookUpForms(formStart: Int, end: Int, token: Int, _ vocabulary: Vocabulary) {
        if lookUpPlain(formStart: formStart, end: end, token: token, vocabulary) { return }
        if end - formStart == 1 ? bytes[formStart] < 0x80 : bytes[formStart..<end].allSatisfy(ASCII.isDigit) {
            // One ASCII byte that is not a letter (a punctuation mark), or a number: its only form is itself.
            let first = candidates.count
            vocabulary.lookUp(UnsafeBufferPointer(rebasing: bytes[formStart..<end]), into: &candidates, from: first)
            tokens[token].candidatesCount = Int32(candidates.count - first)
            return
        }
        let first = candidates.count
        var plain = first
        normalizer.makeForms(of: UnsafeBufferPointer(rebasing: bytes[formStart..<end]))
        for (range, kind) in normalizer.forms {
            normalizer.buffer.withUnsafeBufferPointer { buffer in
                let form = UnsafeBufferPointer(rebasing: buffer[range])
                if kind == .masked {
                    vocabulary.lookUpMasked(form, into: &candidates, from: first)
                } else {
                    vocabulary.lookUp(form, into: &candidates, from: first)
                }
            }
            if kind == .base || kind == .inflected { plain = candidates.count }
        }
        tokens[token].candidatesCount = Int32(candidates.count - first)
        if plain < candidates.count, plain == first { tokens[token].flags.insert(.obfuscated) }
    }

    /// The fast path for the common word: ASCII letters (and apostrophes inside), no letter three
    /// times in a row. Its forms are its lower-case spelling, built on the stack, and for a
    /// possessive (`idiot's`) that spelling without the `'s`. Returns false for any other word.
    /// - Complexity: O(n) in the length of the word, one hash probe per prefix length in use.
    private mutating func lookUpPlain(formStart: Int, end: Int, token: Int, _ vocabulary: Vocabulary) -> Bool {
        let count = end - formStart
        guard count > 0, count <= 64 else { return false }
        var run = 0
        var previous: UInt8 = 0
        for index in formStart..<end {
            let byte = bytes[index]
            guard ASCII.isLetter(byte) || byte == ASCII.apostrophe else { return false }
            run = byte | ASCII.caseBit == previous ? run + 1 : 1
            if run >= 3 { return false }
            previous = byte | ASCII.caseBit
        }
        let possessive =
            count > 2 && bytes[end - 2] == ASCII.apostrophe && bytes[end - 1] | ASCII.caseBit == UInt8(ascii: "s")
        let first = candidates.count
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { form in
            for offset in 0..<count { form[offset] = bytes[formStart + offset] | ASCII.caseBit }
            vocabulary.lookUp(UnsafeBufferPointer(form), into: &candidates, from: first)
            if possessive {
                vocabulary.lookUp(UnsafeBufferPointer(rebasing: form[..<(count - 2)]), into: &candidates, from: first)
            }
        }
        tokens[token].candidatesCount = Int32(candidates.count - first)
        return true
    }

    private func decode(at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : length == 2 ? 0x1F : 0x7F)
        for offset in 1..<max(length, 1) {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}

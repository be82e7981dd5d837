/// The phrases of a labeled text that `lexicon suggest` counts: every run of one to
/// `longest` words, lowercased, written as a lexicon term (words separated by single spaces).
///
/// A word is a run of ASCII letters and digits, bytes of non-ASCII characters, and apostrophes
/// or hyphens inside it (`don't`, `brain-dead`), a hashtag without its `#`; @handles and links are left out, and a phrase
/// never spans a sentence mark (`.`, `!`, `?`, `,`, `;`, `:`).
struct LabeledPhrases {
    /// The phrases, each once, in the order they first appear.
    private(set) var phrases: [String] = []

    /// Reads `text`.
    /// - Complexity: O(n × longest) in the bytes of the text.
    init(_ text: String, longest: Int) {
        var seen = Set<String>()
        for run in Self.runs(Array(text.utf8)) {
            for start in run.indices {
                for length in 1...longest where start + length <= run.count {
                    let phrase = run[start..<start + length].joined(separator: " ")
                    if seen.insert(phrase).inserted { phrases.append(phrase) }
                }
            }
        }
    }

    /// The runs of words between sentence marks.
    private static func runs(_ bytes: [UInt8]) -> [[String]] {
        var runs: [[String]] = [[]]
        var index = 0
        func isWordByte(_ byte: UInt8) -> Bool { byte >= 0x80 || ASCII.isAlphanumeric(byte) }
        while index < bytes.count {
            let byte = bytes[index]
            if isWordByte(byte) {
                var end = index
                while end < bytes.count {
                    if isWordByte(bytes[end]) {
                        end += 1
                    } else if bytes[end] == ASCII.apostrophe || bytes[end] == ASCII.hyphen, end + 1 < bytes.count,
                        isWordByte(bytes[end + 1])
                    {
                        end += 2
                    } else {
                        break
                    }
                }
                let word = String(decoding: bytes[index..<end].map(ASCII.lowercased), as: UTF8.self)
                let handle = index > 0 && bytes[index - 1] == ASCII.at
                if handle || word.hasPrefix("http") || word.hasPrefix("www") {
                    runs.append([])
                    while end < bytes.count, !ASCII.isSpace(bytes[end]) { end += 1 }
                } else {
                    runs[runs.count - 1].append(word)
                }
                index = end
                continue
            }
            if ASCII.endsClause(byte) { runs.append([]) }
            index += 1
        }
        return runs.filter { !$0.isEmpty }
    }
}

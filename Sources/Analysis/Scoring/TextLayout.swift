/// Where each token of a text sits: its sentence, its clause, and how many words precede it;
/// and how each sentence ends (`!!`, `?`).
struct TextLayout {
    /// Per token: the sentence index (a `.`/`!`/`?` run or a line break ends a sentence).
    var sentence: [Int32] = []
    /// Per token: the clause index (sentence ends and `,` `;` `:` end a clause).
    var clause: [Int32] = []
    /// Per token: the number of word tokens before it.
    var wordIndex: [Int32] = []
    /// Per sentence: the `!` marks ending it.
    var exclamations: [Int] = []
    /// Per sentence: the `?` marks ending it.
    var questions: [Int] = []
    /// Per sentence: its word count.
    var sentenceWords: [Int] = []

    /// Lays out `text`, whose bytes are `bytes`.
    /// - Complexity: O(n) in the number of tokens and the bytes between them.
    init(_ text: TokenizedText, bytes: UnsafeBufferPointer<UInt8>) {
        let tokens = text.tokens
        sentence.reserveCapacity(tokens.count)
        clause.reserveCapacity(tokens.count)
        wordIndex.reserveCapacity(tokens.count)
        var currentSentence: Int32 = 0
        var currentClause: Int32 = 0
        var words: Int32 = 0
        var endingRun = false
        exclamations = [0]
        questions = [0]
        sentenceWords = [0]
        for (offset, token) in tokens.enumerated() {
            let isEnd = token.kind == .punctuation && ASCII.endsSentence(token.byte)
            var lineBreak = false
            if offset > 0 {
                var gap = Int(tokens[offset - 1].end)
                while gap < Int(token.start) {
                    if bytes[gap] == ASCII.newline {
                        lineBreak = true
                        break
                    }
                    gap += 1
                }
            }
            if (endingRun && !isEnd) || (lineBreak && !isEnd) {
                currentSentence += 1
                currentClause += 1
                exclamations.append(0)
                questions.append(0)
                sentenceWords.append(0)
                endingRun = false
            }
            sentence.append(currentSentence)
            clause.append(currentClause)
            wordIndex.append(words)
            if token.kind == .word {
                words += 1
                sentenceWords[Int(currentSentence)] += 1
            } else if isEnd {
                endingRun = true
                if token.byte == ASCII.exclamation { exclamations[Int(currentSentence)] += 1 }
                if token.byte == ASCII.question { questions[Int(currentSentence)] += 1 }
            } else if ASCII.endsClause(token.byte) {
                currentClause += 1
            }
        }
    }

    /// The number of words strictly between the token before `end` and the token at `start`.
    @inline(__always) func wordsBetween(end: Int, start: Int) -> Int {
        Int(wordIndex[start] - wordIndex[end - 1]) - 1
    }
}

/// The markup declaration open state and the comment states, bogus comments included.
extension HTMLTokenizer {

    /// The markup declaration open state (after `<!`): a comment, a DOCTYPE, a CDATA section or a
    /// bogus comment.
    mutating func markupDeclarationOpenState() {
        lastWidth = 0
        commentText = []
        if lookingAt("--", caseInsensitive: false) {
            position += 2
            state = .commentStart
        } else if lookingAt("doctype", caseInsensitive: true) {
            position += 7
            state = .doctype
        } else if lookingAt("[CDATA[", caseInsensitive: false) {
            position += 7
            if allowsCDATA {
                state = .cdataSection
            } else {
                error(.cdataInHTMLContent, at: position - 7)
                commentText = Array(input[(position - 7)..<position])
                state = .bogusComment
            }
        } else {
            error(.incorrectlyOpenedComment)
            state = .bogusComment
        }
    }

    /// The bogus comment state: everything up to `>` is comment data.
    /// - Complexity: O(n) in the comment.
    mutating func bogusCommentState() {
        commentText.append(contentsOf: input[takeRun(stoppingAt: stops.bogusComment)])
        guard let character = consume() else { return emitBeforeEndOfFile(commentToken()) }
        switch character {
        case HTMLByte.greaterThan:
            state = .data
            emit(commentToken())
        case HTMLByte.null:
            error(.unexpectedNullCharacter)
            commentText.append(contentsOf: HTMLByte.replacementCharacter)
        default:
            commentText.append(character)
        }
    }

    /// The comment start state (after `<!--`).
    mutating func commentStartState() {
        switch consume() {
        case HTMLByte.hyphen:
            state = .commentStartDash
        case HTMLByte.greaterThan:
            error(.abruptClosingOfEmptyComment)
            state = .data
            emit(commentToken())
        default:
            reconsume()
            state = .comment
        }
    }

    /// The comment start dash state (after `<!---`).
    mutating func commentStartDashState() {
        switch consume() {
        case HTMLByte.hyphen:
            state = .commentEnd
        case HTMLByte.greaterThan:
            error(.abruptClosingOfEmptyComment)
            state = .data
            emit(commentToken())
        case nil:
            endOfFileInComment()
        default:
            commentText.append(HTMLByte.hyphen)
            reconsume()
            state = .comment
        }
    }

    /// The comment state: a run of ordinary data in one copy, then the byte that ended it.
    /// - Complexity: O(n) in the comment.
    mutating func commentState() {
        commentText.append(contentsOf: input[takeRun(stoppingAt: stops.comment)])
        guard let character = consume() else { return endOfFileInComment() }
        switch character {
        case HTMLByte.lessThan:
            commentText.append(character)
            state = .commentLessThanSign
        case HTMLByte.hyphen:
            state = .commentEndDash
        case HTMLByte.null:
            error(.unexpectedNullCharacter)
            commentText.append(contentsOf: HTMLByte.replacementCharacter)
        default:
            commentText.append(character)
        }
    }

    /// The comment less-than sign state.
    mutating func commentLessThanSignState() {
        switch consume() {
        case HTMLByte.exclamation:
            commentText.append(HTMLByte.exclamation)
            state = .commentLessThanSignBang
        case HTMLByte.lessThan:
            commentText.append(HTMLByte.lessThan)
        default:
            reconsume()
            state = .comment
        }
    }

    /// The comment less-than sign bang state (after `<!` in a comment) and bang dash state (after
    /// `<!-`): a `-` goes on to `dash`, anything else is reconsumed in `otherwise`.
    mutating func commentLessThanSignBangState(dash: HTMLTokenizerState, otherwise: HTMLTokenizerState) {
        if consume() == HTMLByte.hyphen {
            state = dash
        } else {
            reconsume()
            state = otherwise
        }
    }

    /// The comment less-than sign bang dash dash state (after `<!--` in a comment).
    mutating func commentLessThanSignBangDashDashState() {
        let character = consume()
        if character != nil, character != HTMLByte.greaterThan { error(.nestedComment) }
        reconsume()
        state = .commentEnd
    }

    /// The comment end dash state (after one `-`).
    mutating func commentEndDashState() {
        switch consume() {
        case HTMLByte.hyphen:
            state = .commentEnd
        case nil:
            endOfFileInComment()
        default:
            commentText.append(HTMLByte.hyphen)
            reconsume()
            state = .comment
        }
    }

    /// The comment end state (after `--`).
    mutating func commentEndState() {
        switch consume() {
        case HTMLByte.greaterThan:
            state = .data
            emit(commentToken())
        case HTMLByte.exclamation:
            state = .commentEndBang
        case HTMLByte.hyphen:
            commentText.append(HTMLByte.hyphen)
        case nil:
            endOfFileInComment()
        default:
            commentText.append(HTMLByte.hyphen)
            commentText.append(HTMLByte.hyphen)
            reconsume()
            state = .comment
        }
    }

    /// The comment end bang state (after `--!`).
    mutating func commentEndBangState() {
        switch consume() {
        case HTMLByte.hyphen:
            commentText.append(contentsOf: [HTMLByte.hyphen, HTMLByte.hyphen, HTMLByte.exclamation])
            state = .commentEndDash
        case HTMLByte.greaterThan:
            error(.incorrectlyClosedComment)
            state = .data
            emit(commentToken())
        case nil:
            endOfFileInComment()
        default:
            commentText.append(contentsOf: [HTMLByte.hyphen, HTMLByte.hyphen, HTMLByte.exclamation])
            reconsume()
            state = .comment
        }
    }

    /// The end of the input inside a comment: an `eof-in-comment` error, then the comment and
    /// the end of the file.
    private mutating func endOfFileInComment() {
        error(.eofInComment)
        emitBeforeEndOfFile(commentToken())
    }

    /// The comment being built as a token, from `markupStart` to `position`; the data stays in
    /// `commentText` for ``takeComment(_:)``.
    private mutating func commentToken() -> HTMLInPlaceToken {
        .comment(HTMLInPlaceText(range: markupStart..<position, isVerbatim: false))
    }
}

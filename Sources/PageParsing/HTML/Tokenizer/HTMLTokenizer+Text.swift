/// The text states: data, RCDATA, RAWTEXT, script data and PLAINTEXT, the end tags that close
/// RCDATA, RAWTEXT and script data, and CDATA sections.
extension HTMLTokenizer {

    /// The data, RCDATA, RAWTEXT, script data and PLAINTEXT states: a run of ordinary characters
    /// copied in one slice, then the character that ended it.
    ///
    /// `<` goes to `lessThan` (nothing does in PLAINTEXT), `&` starts a character reference when
    /// `references`, and U+0000 becomes U+FFFD when `nullReplaced` (it stays in the data state).
    /// - Complexity: O(n) in the run.
    @inline(__always) mutating func textState(
        stops: HTMLByteSet, lessThan: HTMLTokenizerState?, references: Bool, nullReplaced: Bool = true
    ) {
        let start = position
        let end = runEnd(stoppingAt: stops)
        if end > start {
            emitInput(start..<end)
            position = end
        }
        guard let character = consume() else { return emitEndOfFile() }
        switch character {
        case HTMLByte.lessThan where lessThan != nil:
            markupStart = position - 1
            state = lessThan!
            // A tag goes on in this step: the states that follow emit at most one token, last.
            if state == .tagOpen { tagOpenState() }
        case HTMLByte.ampersand where references:
            consumeCharacterReference(inAttribute: false)
        case HTMLByte.null:
            error(.unexpectedNullCharacter)
            if nullReplaced {
                emitCharacters(HTMLByte.replacementCharacter, from: position - 1)
            } else {
                keptNull = true
                emitCurrentCharacter(character)
            }
        default:
            emitCurrentCharacter(character)
        }
    }

    /// The RCDATA and RAWTEXT less-than sign states: `</` may start an end tag.
    mutating func lessThanSignState(endTagOpen: HTMLTokenizerState, otherwise: HTMLTokenizerState) {
        if consume() == HTMLByte.solidus {
            state = endTagOpen
        } else {
            reconsume()
            emitCharacter(HTMLByte.lessThan, from: markupStart)
            state = otherwise
        }
    }

    /// The RCDATA, RAWTEXT, script data and script data escaped end tag open states: a letter
    /// after `</` starts an end tag, anything else makes `</` text.
    mutating func textEndTagOpenState(endTagName: HTMLTokenizerState, otherwise: HTMLTokenizerState) {
        if let character = consume(), HTMLByte.isAlpha(character) {
            startTag(isEnd: true)
            reconsume()
            state = endTagName
        } else {
            reconsume()
            emitInput(markupStart..<position)
            state = otherwise
        }
    }

    /// The RCDATA, RAWTEXT, script data and script data escaped end tag name states: the end tag
    /// counts only when it is an appropriate end tag (it names the last start tag); otherwise
    /// `</` and the letters read (the spec's temporary buffer, which is exactly the input since
    /// `markupStart`) are text.
    mutating func textEndTagNameState(otherwise: HTMLTokenizerState) {
        if let character = consume() {
            let appropriate = isAppropriateEndTag
            if HTMLByte.isWhitespace(character), appropriate {
                state = .beforeAttributeName
                return
            }
            if character == HTMLByte.solidus, appropriate {
                state = .selfClosingStartTag
                return
            }
            if character == HTMLByte.greaterThan, appropriate {
                state = .data
                return emitTag()
            }
            if HTMLByte.isAlpha(character) {
                tag.name.append(HTMLByte.lowercased(character))
                return
            }
        }
        reconsume()
        emitInput(markupStart..<position)
        state = otherwise
    }

    /// The CDATA section state.
    mutating func cdataSectionState() {
        guard let character = consume() else {
            error(.eofInCDATA)
            return emitEndOfFile()
        }
        if character == HTMLByte.rightBracket {
            state = .cdataSectionBracket
        } else {
            if character == HTMLByte.null { keptNull = true }
            emitCurrentCharacter(character)
        }
    }

    /// The CDATA section bracket state (after one `]`).
    mutating func cdataSectionBracketState() {
        if consume() == HTMLByte.rightBracket {
            state = .cdataSectionEnd
        } else {
            reconsume()
            emitCharacter(HTMLByte.rightBracket, from: position - 1)
            state = .cdataSection
        }
    }

    /// The CDATA section end state (after `]]`).
    mutating func cdataSectionEndState() {
        switch consume() {
        case HTMLByte.rightBracket:
            emitCharacter(HTMLByte.rightBracket, from: position - 3)
        case HTMLByte.greaterThan:
            state = .data
        default:
            reconsume()
            emitCharacters([HTMLByte.rightBracket, HTMLByte.rightBracket], from: position - 2)
            state = .cdataSection
        }
    }
}

/// The script data escape states: `<!--` inside a script, and `<script>` inside that.
extension HTMLTokenizer {
    /// The tag name that opens and closes double escaping, as lowercased in the temporary buffer.
    private static let script: [UInt8] = Array("script".utf8)

    /// The script data less-than sign state.
    mutating func scriptDataLessThanSignState() {
        switch consume() {
        case HTMLByte.solidus:
            state = .scriptDataEndTagOpen
        case HTMLByte.exclamation:
            state = .scriptDataEscapeStart
            emitInput(markupStart..<position)
        default:
            reconsume()
            emitCharacter(HTMLByte.lessThan, from: markupStart)
            state = .scriptData
        }
    }

    /// The script data escape start and escape start dash states: a `-` goes on to `dash`.
    mutating func scriptDataEscapeStartState(dash: HTMLTokenizerState) {
        if let character = consume(), character == HTMLByte.hyphen {
            state = dash
            emitCurrentCharacter(character)
        } else {
            reconsume()
            state = .scriptData
        }
    }

    /// The script data escaped, escaped dash and escaped dash dash states (`state` says which).
    mutating func scriptDataEscapedState() {
        guard let character = consume() else {
            error(.eofInScriptHTMLCommentLikeText)
            return emitEndOfFile()
        }
        switch character {
        case HTMLByte.hyphen:
            state = state == .scriptDataEscaped ? .scriptDataEscapedDash : .scriptDataEscapedDashDash
            emitCurrentCharacter(character)
        case HTMLByte.lessThan:
            markupStart = position - 1
            state = .scriptDataEscapedLessThanSign
        case HTMLByte.greaterThan where state == .scriptDataEscapedDashDash:
            state = .scriptData
            emitCurrentCharacter(character)
        case HTMLByte.null:
            error(.unexpectedNullCharacter)
            state = .scriptDataEscaped
            emitCharacters(HTMLByte.replacementCharacter, from: position - 1)
        default:
            state = .scriptDataEscaped
            emitCurrentCharacter(character)
        }
    }

    /// The script data escaped less-than sign state.
    mutating func scriptDataEscapedLessThanSignState() {
        let character = consume()
        if character == HTMLByte.solidus {
            state = .scriptDataEscapedEndTagOpen
            return
        }
        reconsume()
        emitCharacter(HTMLByte.lessThan, from: markupStart)
        if let character, HTMLByte.isAlpha(character) {
            temporaryBuffer.removeAll(keepingCapacity: true)
            state = .scriptDataDoubleEscapeStart
        } else {
            state = .scriptDataEscaped
        }
    }

    /// The script data double escape start and double escape end states: after the tag name,
    /// `matched` if it was `script`, else `otherwise`.
    mutating func scriptDataDoubleEscapeBoundaryState(matched: HTMLTokenizerState, otherwise: HTMLTokenizerState) {
        guard let character = consume() else {
            state = otherwise
            return
        }
        if HTMLByte.isWhitespace(character) || character == HTMLByte.solidus || character == HTMLByte.greaterThan {
            state = temporaryBuffer == Self.script ? matched : otherwise
            emitCurrentCharacter(character)
        } else if HTMLByte.isAlpha(character) {
            if temporaryBuffer.count <= Self.script.count { temporaryBuffer.append(HTMLByte.lowercased(character)) }
            emitCurrentCharacter(character)
        } else {
            reconsume()
            state = otherwise
        }
    }

    /// The script data double escaped, double escaped dash and double escaped dash dash states
    /// (`state` says which).
    mutating func scriptDataDoubleEscapedState() {
        guard let character = consume() else {
            error(.eofInScriptHTMLCommentLikeText)
            return emitEndOfFile()
        }
        switch character {
        case HTMLByte.hyphen:
            state = state == .scriptDataDoubleEscaped ? .scriptDataDoubleEscapedDash : .scriptDataDoubleEscapedDashDash
            emitCurrentCharacter(character)
        case HTMLByte.lessThan:
            state = .scriptDataDoubleEscapedLessThanSign
            emitCurrentCharacter(character)
        case HTMLByte.greaterThan where state == .scriptDataDoubleEscapedDashDash:
            state = .scriptData
            emitCurrentCharacter(character)
        case HTMLByte.null:
            error(.unexpectedNullCharacter)
            state = .scriptDataDoubleEscaped
            emitCharacters(HTMLByte.replacementCharacter, from: position - 1)
        default:
            state = .scriptDataDoubleEscaped
            emitCurrentCharacter(character)
        }
    }

    /// The script data double escaped less-than sign state.
    mutating func scriptDataDoubleEscapedLessThanSignState() {
        if let character = consume(), character == HTMLByte.solidus {
            temporaryBuffer.removeAll(keepingCapacity: true)
            state = .scriptDataDoubleEscapeEnd
            emitCurrentCharacter(character)
        } else {
            reconsume()
            state = .scriptDataDoubleEscaped
        }
    }
}

/// The DOCTYPE states: name, public and system identifiers, bogus DOCTYPE.
extension HTMLTokenizer {
    /// The DOCTYPE state (after `<!DOCTYPE`).
    mutating func doctypeState() {
        doctype = HTMLDoctypeToken(range: markupStart..<markupStart)
        guard let character = consume() else { return endOfFileInDoctype() }
        if !HTMLByte.isWhitespace(character) {
            if character != HTMLByte.greaterThan { error(.missingWhitespaceBeforeDoctypeName) }
            reconsume()
        }
        state = .beforeDoctypeName
    }

    /// The before DOCTYPE name state.
    mutating func beforeDoctypeNameState() {
        guard let character = consume() else { return endOfFileInDoctype() }
        switch character {
        case HTMLByte.null:
            error(.unexpectedNullCharacter)
            doctype.name = HTMLByte.replacementCharacter
            state = .doctypeName
        case HTMLByte.greaterThan:
            emitForcingQuirks(.missingDoctypeName)
        case _ where HTMLByte.isWhitespace(character):
            break
        default:
            doctype.name = [HTMLByte.lowercased(character)]
            state = .doctypeName
        }
    }

    /// The DOCTYPE name state.
    mutating func doctypeNameState() {
        guard let character = consume() else { return endOfFileInDoctype() }
        switch character {
        case HTMLByte.greaterThan:
            state = .data
            emitDoctype()
        case HTMLByte.null:
            error(.unexpectedNullCharacter)
            doctype.name?.append(contentsOf: HTMLByte.replacementCharacter)
        case _ where HTMLByte.isWhitespace(character):
            state = .afterDoctypeName
        default:
            doctype.name?.append(HTMLByte.lowercased(character))
        }
    }

    /// The after DOCTYPE name state: `PUBLIC`, `SYSTEM` or a bogus DOCTYPE.
    mutating func afterDoctypeNameState() {
        guard let character = consume() else { return endOfFileInDoctype() }
        if HTMLByte.isWhitespace(character) { return }
        if character == HTMLByte.greaterThan {
            state = .data
            return emitDoctype()
        }
        reconsume()
        if lookingAt("public", caseInsensitive: true) {
            position += 6
            state = .afterDoctypePublicKeyword
        } else if lookingAt("system", caseInsensitive: true) {
            position += 6
            state = .afterDoctypeSystemKeyword
        } else {
            error(.invalidCharacterSequenceAfterDoctypeName, at: position)
            doctype.forceQuirks = true
            state = .bogusDoctype
        }
    }

    /// The after DOCTYPE public keyword and after DOCTYPE system keyword states.
    mutating func afterDoctypeKeywordState(system: Bool) {
        guard let character = consume() else { return endOfFileInDoctype() }
        if HTMLByte.isWhitespace(character) {
            state = system ? .beforeDoctypeSystemIdentifier : .beforeDoctypePublicIdentifier
            return
        }
        if character == HTMLByte.quotationMark || character == HTMLByte.apostrophe {
            error(system ? .missingWhitespaceAfterDoctypeSystemKeyword : .missingWhitespaceAfterDoctypePublicKeyword)
        }
        reconsume()
        beforeDoctypeIdentifierState(system: system)
    }

    /// The before DOCTYPE public identifier and before DOCTYPE system identifier states.
    mutating func beforeDoctypeIdentifierState(system: Bool) {
        guard let character = consume() else { return endOfFileInDoctype() }
        switch character {
        case HTMLByte.quotationMark, HTMLByte.apostrophe:
            startIdentifier(system: system, quote: character)
        case HTMLByte.greaterThan:
            emitForcingQuirks(system ? .missingDoctypeSystemIdentifier : .missingDoctypePublicIdentifier)
        case _ where HTMLByte.isWhitespace(character):
            break
        default:
            error(system ? .missingQuoteBeforeDoctypeSystemIdentifier : .missingQuoteBeforeDoctypePublicIdentifier)
            doctype.forceQuirks = true
            reconsume()
            state = .bogusDoctype
        }
    }

    /// The DOCTYPE public and system identifier states, double- and single-quoted.
    mutating func doctypeIdentifierState(system: Bool, quote: UInt8) {
        guard let character = consume() else { return endOfFileInDoctype() }
        switch character {
        case quote:
            state = system ? .afterDoctypeSystemIdentifier : .afterDoctypePublicIdentifier
        case HTMLByte.null:
            error(.unexpectedNullCharacter)
            appendToIdentifier(system: system, HTMLByte.replacementCharacter)
        case HTMLByte.greaterThan:
            emitForcingQuirks(system ? .abruptDoctypeSystemIdentifier : .abruptDoctypePublicIdentifier)
        default:
            appendToIdentifier(system: system, CollectionOfOne(character))
        }
    }

    /// The after DOCTYPE public identifier state, and (`between`) the between DOCTYPE public and
    /// system identifiers state.
    mutating func afterDoctypePublicIdentifierState(between: Bool) {
        guard let character = consume() else { return endOfFileInDoctype() }
        switch character {
        case HTMLByte.greaterThan:
            state = .data
            emitDoctype()
        case HTMLByte.quotationMark, HTMLByte.apostrophe:
            if !between { error(.missingWhitespaceBetweenDoctypePublicAndSystemIdentifiers) }
            startIdentifier(system: true, quote: character)
        case _ where HTMLByte.isWhitespace(character):
            state = .betweenDoctypePublicAndSystemIdentifiers
        default:
            error(.missingQuoteBeforeDoctypeSystemIdentifier)
            doctype.forceQuirks = true
            reconsume()
            state = .bogusDoctype
        }
    }

    /// The after DOCTYPE system identifier state.
    mutating func afterDoctypeSystemIdentifierState() {
        guard let character = consume() else { return endOfFileInDoctype() }
        if HTMLByte.isWhitespace(character) { return }
        if character == HTMLByte.greaterThan {
            state = .data
            return emitDoctype()
        }
        error(.unexpectedCharacterAfterDoctypeSystemIdentifier)
        reconsume()
        state = .bogusDoctype
    }

    /// The bogus DOCTYPE state: everything up to `>` is dropped.
    mutating func bogusDoctypeState() {
        switch consume() {
        case HTMLByte.greaterThan:
            state = .data
            emitDoctype()
        case HTMLByte.null:
            error(.unexpectedNullCharacter)
        case nil:
            emitBeforeEndOfFile(doctypeToken())
        default:
            break
        }
    }

    // MARK: Building the DOCTYPE

    /// Sets the public or system identifier to empty and reads it up to `quote`.
    private mutating func startIdentifier(system: Bool, quote: UInt8) {
        let double = quote == HTMLByte.quotationMark
        if system {
            doctype.systemIdentifier = []
            state = double ? .doctypeSystemIdentifierDoubleQuoted : .doctypeSystemIdentifierSingleQuoted
        } else {
            doctype.publicIdentifier = []
            state = double ? .doctypePublicIdentifierDoubleQuoted : .doctypePublicIdentifierSingleQuoted
        }
    }

    /// Appends `bytes` to the public or system identifier.
    private mutating func appendToIdentifier(system: Bool, _ bytes: some Collection<UInt8>) {
        if system {
            doctype.systemIdentifier?.append(contentsOf: bytes)
        } else {
            doctype.publicIdentifier?.append(contentsOf: bytes)
        }
    }

    /// The end of the input inside a DOCTYPE: an `eof-in-doctype` error, then the DOCTYPE with
    /// force-quirks set and the end of the file.
    private mutating func endOfFileInDoctype() {
        error(.eofInDoctype)
        doctype.forceQuirks = true
        emitBeforeEndOfFile(doctypeToken())
    }

    /// A `>` where the DOCTYPE lacks a part: the error `code`, force-quirks, and the DOCTYPE.
    private mutating func emitForcingQuirks(_ code: HTMLTokenizerError.Code) {
        error(code)
        doctype.forceQuirks = true
        state = .data
        emitDoctype()
    }

    /// Emits the DOCTYPE being built.
    private mutating func emitDoctype() {
        emit(doctypeToken())
    }

    /// The DOCTYPE being built as a token, its range ending at `position`.
    private mutating func doctypeToken() -> HTMLInPlaceToken {
        doctype.range = markupStart..<position
        return .doctype
    }
}

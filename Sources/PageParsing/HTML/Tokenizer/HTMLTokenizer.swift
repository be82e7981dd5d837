/// The WHATWG HTML tokenizer over UTF-8 bytes, pulled one token at a time.
///
/// It follows the spec's state machine ("13.2.5 Tokenization") state by state; the states are
/// `HTMLTokenizerState` and each has one method in the `HTMLTokenizer+…` files. Input
/// preprocessing happens on the fly: CR and CRLF read as LF, and every offset (token ranges,
/// error offsets) is an offset into the bytes given to `init`. Bytes at or above 0x80 are always
/// ordinary characters to the state machine, so multibyte UTF-8 passes through unchanged.
///
/// Adjacent characters come out as one `.characters` token; a run ends only where another
/// token (or the end of the input) begins. The tree builder drives the content states with
/// `switchTo(_:)` right after it receives a start tag, and sets `allowsCDATA`.
///
/// ```swift
/// var tokenizer = HTMLTokenizer(Array("<title>Hi &amp; bye</title>".utf8))
/// loop: while true {
///     switch tokenizer.next() {
///     case .startTag(let tag) where tag.name == Array("title".utf8): tokenizer.switchTo(.rcdata)
///     case .endOfFile: break loop
///     case let token: print(token)  // characters "Hi & bye" (range 7..<19), end tag title
///     }
/// }
/// ```
///
/// Parse errors are counted in `errorCount` and the first `maximumRecordedErrors` kept in
/// `errors` with their offsets and the spec's codes; the three input stream errors
/// (`control-character-in-input-stream`, `noncharacter-in-input-stream`,
/// `surrogate-in-input-stream`) are not reported, to keep the text runs a plain scan.
package struct HTMLTokenizer {
    /// How many errors `errors` keeps; `errorCount` counts them all.
    package static let maximumRecordedErrors = 10_000

    /// The input, as given.
    let input: [UInt8]
    /// The interned common attribute names.
    let names = HTMLNameTable.common
    /// The interning table of element names, held here so that a look-up reads no global.
    let elementNames = HTMLElementNameTable.shared
    /// The bytes that end a run in each state.
    let stops = HTMLTokenizerStops()
    /// The offset of the next byte to read.
    var position = 0
    /// How many bytes the last `consume()` read (2 for CRLF, 0 at the end), for `reconsume()`.
    var lastWidth = 0
    /// The current state.
    var state: HTMLTokenizerState

    /// Whether `<![CDATA[` opens a CDATA section (the adjusted current node is not in the HTML
    /// namespace); when `false` it is a bogus comment, as in HTML content. The tree builder sets it.
    package var allowsCDATA = false
    /// The first `maximumRecordedErrors` parse errors, in input order.
    package internal(set) var errors: [HTMLTokenizerError] = []
    /// How many parse errors the tokenizer has met.
    package internal(set) var errorCount = 0
    /// The name of the last start tag emitted (or given to `init`), for the spec's "appropriate
    /// end tag token".
    package var lastStartTag: [UInt8]? {
        guard let element = lastStartElement else { return nil }
        return element == .unknown ? lastStartUnknownName : element.bytes
    }
    /// The last start tag's name interned (`nil` before the first), so that a start tag stores
    /// no name bytes unless the name has no case.
    var lastStartElement: HTMLElementName?
    /// The last start tag's name bytes when ``lastStartElement`` is `.unknown`.
    var lastStartUnknownName: [UInt8] = []

    /// How many of `ready` and `readyAfter` hold tokens for `next()` (0, 1 or 2).
    var readyCount = 0
    /// The token `next()` returns first (a placeholder when `readyCount` is 0). Not an optional:
    /// a token moves out of a plain enum with `swap`, where an optional costs a copy and a
    /// destroy (a retain and a release of every array in the token).
    var ready = HTMLInPlaceToken.endOfFile(offset: 0)
    /// The token `next()` returns after `ready` (a token emitted right after a character run).
    var readyAfter = HTMLInPlaceToken.endOfFile(offset: 0)
    /// Whether the end-of-file token has been emitted.
    var finished = false

    /// The character run being collected.
    var text = HTMLTokenizerRun()
    /// Whether a character run has taken a U+0000 as it is: the data state and CDATA sections
    /// keep it, every other state replaces it (and a character reference never decodes to it).
    /// Until then no character token holds one, and the tree builder searches none for it.
    package internal(set) var keptNull = false

    /// The offset of the `&` of the character reference being read.
    var referenceStart = 0
    /// The offset of the `<` that began the tag, comment or DOCTYPE being built.
    var markupStart = 0
    /// Whether the tag being built is an end tag.
    var tagIsEnd = false
    /// The name bytes, finished attributes and decoded values of the tag being built (or last
    /// emitted, until the next tag starts). The name is left empty while ``tagElement`` is a
    /// known element read in one run: its spelling is the name.
    package internal(set) var tag = HTMLTagBuffers()
    /// The name of the tag being built interned, when the tag name state read the whole name in
    /// one run (`nil` when it is still to be interned from `tag.name` at the end of the tag).
    var tagElement: HTMLElementName?
    /// Whether the tag being built ends with `/>`.
    var tagSelfClosing = false
    /// The names in `tag.attributes`, once a tag has so many that a linear duplicate check would cost.
    var tagAttributeNames: Set<[UInt8]>?
    /// Whether an attribute is being built.
    var hasAttribute = false
    /// The id in ``names`` of the name of the attribute being built, once known; else
    /// ``HTMLTagAttribute/unlisted`` (its bytes are then in `tag.attributeNames` from
    /// ``attributeNameStart``).
    var attributeNameID = HTMLTagAttribute.unlisted
    /// Where the bytes of the name of the attribute being built start in `tag.attributeNames`.
    var attributeNameStart = 0
    /// Whether the name of the attribute being built was read in one run and looked up already.
    var attributeNameFinal = false
    /// The value of the attribute being built.
    var attributeValue = HTMLTokenizerRun()
    /// Where the attribute being built starts.
    var attributeStart = 0
    /// Where the attribute being built ends so far.
    var attributeEnd = 0
    /// The spec's temporary buffer, for the script data double escape states (lowercased, at most
    /// seven bytes: only whether it is `script` matters).
    var temporaryBuffer: [UInt8] = []
    /// The data of the comment being built.
    var commentText: [UInt8] = []
    /// The DOCTYPE being built (or last emitted, until the next one starts).
    package internal(set) var doctype = HTMLDoctypeToken(range: 0..<0)

    /// A tokenizer over `input`, starting in `initialState`, as if a start tag named
    /// `lastStartTag` had been emitted (the conformance tests set both).
    package init(_ input: [UInt8], initialState: HTMLTokenizerContentState = .data, lastStartTag: [UInt8]? = nil) {
        self.input = input
        self.state = HTMLTokenizerState(initialState)
        if let lastStartTag {
            let element = HTMLElementName(lastStartTag)
            lastStartElement = element
            if element == .unknown { lastStartUnknownName = lastStartTag }
        }
    }

    /// The next token; `.endOfFile` at the end of the input, and again on every later call.
    /// - Complexity: amortised O(n) over the whole input of n bytes.
    package mutating func next() -> HTMLToken {
        switch nextInPlace() {
        case .doctype: return .doctype(doctype)
        case .startTag(let header): return .startTag(HTMLTagToken(header, in: tag))
        case .endTag(let header): return .endTag(HTMLTagToken(header, in: tag))
        case .comment(let text): return .comment(takeComment(text))
        case .characters(let text): return .characters(takeCharacters(text))
        case .endOfFile(let offset): return .endOfFile(offset: offset)
        }
    }

    /// The run of a `.characters` token that ``nextInPlace()`` gave last, as a token of its own:
    /// its range when it is verbatim, else its decoded bytes shared with the run's buffer (which
    /// is emptied in place when the next run begins). Mutating only so that the tokenizer is
    /// passed by reference: a call would copy the whole tokenizer.
    package mutating func takeCharacters(_ run: HTMLInPlaceText) -> HTMLTextToken {
        run.isVerbatim ? HTMLTextToken(verbatim: run.range) : HTMLTextToken(text: text.bytes, range: run.range)
    }

    /// The comment of a `.comment` token that ``nextInPlace()`` gave last, its data moved out.
    package mutating func takeComment(_ comment: HTMLInPlaceText) -> HTMLTextToken {
        HTMLTextToken(text: commentText.takeAll(), range: comment.range)
    }

    /// The next token, a tag's name and attributes left in ``tag`` (read them there before the
    /// next call): what the tree builder reads, with no allocation, retain or release per tag.
    /// - Complexity: amortised O(n) over the whole input of n bytes.
    package mutating func nextInPlace() -> HTMLInPlaceToken {
        if readyCount == 0 {
            if finished { return .endOfFile(offset: input.count) }
            repeat { step() } while readyCount == 0
        }
        var token = HTMLInPlaceToken.endOfFile(offset: 0)
        swap(&token, &ready)
        if readyCount == 2 { swap(&ready, &readyAfter) }
        readyCount -= 1
        return token
    }

    /// Switches to a content state; the tree builder calls this right after it receives the
    /// start tag of an element such as `<title>`, `<textarea>`, `<style>`, `<script>` or
    /// `<plaintext>`.
    package mutating func switchTo(_ state: HTMLTokenizerContentState) {
        self.state = HTMLTokenizerState(state)
    }

    /// Runs the current state once: one character, or one run of ordinary characters.
    mutating func step() {
        switch state {
        case .data: textState(stops: stops.data, lessThan: .tagOpen, references: true, nullReplaced: false)
        case .rcdata: textState(stops: stops.data, lessThan: .rcdataLessThanSign, references: true)
        case .rawtext: textState(stops: stops.rawtext, lessThan: .rawtextLessThanSign, references: false)
        case .scriptData: textState(stops: stops.rawtext, lessThan: .scriptDataLessThanSign, references: false)
        case .plaintext: textState(stops: stops.plaintext, lessThan: nil, references: false)
        case .tagOpen: tagOpenState()
        case .endTagOpen: endTagOpenState()
        case .tagName: tagNameState()
        case .rcdataLessThanSign: lessThanSignState(endTagOpen: .rcdataEndTagOpen, otherwise: .rcdata)
        case .rcdataEndTagOpen: textEndTagOpenState(endTagName: .rcdataEndTagName, otherwise: .rcdata)
        case .rcdataEndTagName: textEndTagNameState(otherwise: .rcdata)
        case .rawtextLessThanSign: lessThanSignState(endTagOpen: .rawtextEndTagOpen, otherwise: .rawtext)
        case .rawtextEndTagOpen: textEndTagOpenState(endTagName: .rawtextEndTagName, otherwise: .rawtext)
        case .rawtextEndTagName: textEndTagNameState(otherwise: .rawtext)
        case .scriptDataLessThanSign: scriptDataLessThanSignState()
        case .scriptDataEndTagOpen: textEndTagOpenState(endTagName: .scriptDataEndTagName, otherwise: .scriptData)
        case .scriptDataEndTagName: textEndTagNameState(otherwise: .scriptData)
        case .scriptDataEscapeStart: scriptDataEscapeStartState(dash: .scriptDataEscapeStartDash)
        case .scriptDataEscapeStartDash: scriptDataEscapeStartState(dash: .scriptDataEscapedDashDash)
        case .scriptDataEscaped, .scriptDataEscapedDash, .scriptDataEscapedDashDash: scriptDataEscapedState()
        case .scriptDataEscapedLessThanSign: scriptDataEscapedLessThanSignState()
        case .scriptDataEscapedEndTagOpen:
            textEndTagOpenState(endTagName: .scriptDataEscapedEndTagName, otherwise: .scriptDataEscaped)
        case .scriptDataEscapedEndTagName: textEndTagNameState(otherwise: .scriptDataEscaped)
        case .scriptDataDoubleEscapeStart:
            scriptDataDoubleEscapeBoundaryState(matched: .scriptDataDoubleEscaped, otherwise: .scriptDataEscaped)
        case .scriptDataDoubleEscaped, .scriptDataDoubleEscapedDash, .scriptDataDoubleEscapedDashDash:
            scriptDataDoubleEscapedState()
        case .scriptDataDoubleEscapedLessThanSign: scriptDataDoubleEscapedLessThanSignState()
        case .scriptDataDoubleEscapeEnd:
            scriptDataDoubleEscapeBoundaryState(matched: .scriptDataEscaped, otherwise: .scriptDataDoubleEscaped)
        case .beforeAttributeName: beforeAttributeNameState()
        case .attributeName: attributeNameState()
        case .afterAttributeName: afterAttributeNameState()
        case .beforeAttributeValue: beforeAttributeValueState()
        case .attributeValueDoubleQuoted:
            quotedAttributeValueState(quote: HTMLByte.quotationMark, stops: stops.doubleQuotedValue)
        case .attributeValueSingleQuoted:
            quotedAttributeValueState(quote: HTMLByte.apostrophe, stops: stops.singleQuotedValue)
        case .attributeValueUnquoted: unquotedAttributeValueState()
        case .afterAttributeValueQuoted: afterAttributeValueQuotedState()
        case .selfClosingStartTag: selfClosingStartTagState()
        case .bogusComment: bogusCommentState()
        case .markupDeclarationOpen: markupDeclarationOpenState()
        case .commentStart: commentStartState()
        case .commentStartDash: commentStartDashState()
        case .comment: commentState()
        case .commentLessThanSign: commentLessThanSignState()
        case .commentLessThanSignBang:
            commentLessThanSignBangState(dash: .commentLessThanSignBangDash, otherwise: .comment)
        case .commentLessThanSignBangDash:
            commentLessThanSignBangState(dash: .commentLessThanSignBangDashDash, otherwise: .commentEndDash)
        case .commentLessThanSignBangDashDash: commentLessThanSignBangDashDashState()
        case .commentEndDash: commentEndDashState()
        case .commentEnd: commentEndState()
        case .commentEndBang: commentEndBangState()
        case .doctype: doctypeState()
        case .beforeDoctypeName: beforeDoctypeNameState()
        case .doctypeName: doctypeNameState()
        case .afterDoctypeName: afterDoctypeNameState()
        case .afterDoctypePublicKeyword: afterDoctypeKeywordState(system: false)
        case .beforeDoctypePublicIdentifier: beforeDoctypeIdentifierState(system: false)
        case .doctypePublicIdentifierDoubleQuoted: doctypeIdentifierState(system: false, quote: HTMLByte.quotationMark)
        case .doctypePublicIdentifierSingleQuoted: doctypeIdentifierState(system: false, quote: HTMLByte.apostrophe)
        case .afterDoctypePublicIdentifier: afterDoctypePublicIdentifierState(between: false)
        case .betweenDoctypePublicAndSystemIdentifiers: afterDoctypePublicIdentifierState(between: true)
        case .afterDoctypeSystemKeyword: afterDoctypeKeywordState(system: true)
        case .beforeDoctypeSystemIdentifier: beforeDoctypeIdentifierState(system: true)
        case .doctypeSystemIdentifierDoubleQuoted: doctypeIdentifierState(system: true, quote: HTMLByte.quotationMark)
        case .doctypeSystemIdentifierSingleQuoted: doctypeIdentifierState(system: true, quote: HTMLByte.apostrophe)
        case .afterDoctypeSystemIdentifier: afterDoctypeSystemIdentifierState()
        case .bogusDoctype: bogusDoctypeState()
        case .cdataSection: cdataSectionState()
        case .cdataSectionBracket: cdataSectionBracketState()
        case .cdataSectionEnd: cdataSectionEndState()
        }
    }
}

// MARK: - Reading the input

extension HTMLTokenizer {
    /// Consumes the next input character, CR and CRLF as LF; `nil` at the end of the input.
    @inline(__always) mutating func consume() -> UInt8? {
        guard position < input.count else {
            lastWidth = 0
            return nil
        }
        let byte = input[position]
        if byte == HTMLByte.carriageReturn {
            let width = position + 1 < input.count && input[position + 1] == HTMLByte.lineFeed ? 2 : 1
            position += width
            lastWidth = width
            return HTMLByte.lineFeed
        }
        position += 1
        lastWidth = 1
        return byte
    }

    /// Puts the character `consume()` read back, for the spec's "reconsume in the … state".
    @inline(__always) mutating func reconsume() {
        position -= lastWidth
        lastWidth = 0
    }

    /// The offset of the first byte at or after `position` that is in `stops` (or the input's
    /// end): the end of a run the current state takes as it is.
    /// - Complexity: O(n) in the bytes skipped.
    @inline(__always) func runEnd(stoppingAt stops: HTMLByteSet) -> Int {
        input.withUnsafeBufferPointer { stops.firstIndex(in: $0, from: position) }
    }

    /// Consumes the run of bytes up to the first one in `stops` (or the input's end) and returns
    /// its range, for the states that copy a run in one slice.
    /// - Complexity: O(n) in the run.
    @inline(__always) mutating func takeRun(stoppingAt stops: HTMLByteSet) -> Range<Int> {
        let start = position
        position = runEnd(stoppingAt: stops)
        return start..<position
    }

    /// Whether the input at `position` starts with `bytes`, ASCII case ignored when
    /// `caseInsensitive` (`bytes` then in lower case).
    func lookingAt(_ bytes: StaticString, caseInsensitive: Bool) -> Bool {
        let count = bytes.utf8CodeUnitCount
        guard position + count <= input.count else { return false }
        let expected = bytes.utf8Start
        for index in 0..<count {
            let byte = input[position + index]
            if (caseInsensitive ? HTMLByte.lowercased(byte) : byte) != expected[index] { return false }
        }
        return true
    }

    /// Records a parse error at the character being processed (the end of the input at EOF).
    mutating func error(_ code: HTMLTokenizerError.Code) {
        error(code, at: position - lastWidth)
    }

    /// Records a parse error at `offset`.
    mutating func error(_ code: HTMLTokenizerError.Code, at offset: Int) {
        errorCount += 1
        if errors.count < Self.maximumRecordedErrors { errors.append(HTMLTokenizerError(offset: offset, code: code)) }
    }
}

// MARK: - Emitting tokens

extension HTMLTokenizer {
    /// Adds `byte` to the character run; the character began at `start`.
    @inline(__always) mutating func emitCharacter(_ byte: UInt8, from start: Int) {
        text.append(CollectionOfOne(byte), source: start..<position, of: input)
    }

    /// Adds the character just consumed (CR already read as LF) to the character run.
    @inline(__always) mutating func emitCurrentCharacter(_ byte: UInt8) {
        emitCharacter(byte, from: position - lastWidth)
    }

    /// Adds `bytes` to the character run; they stand for input that began at `start`.
    mutating func emitCharacters(_ bytes: [UInt8], from start: Int) {
        text.append(bytes, source: start..<position, of: input)
    }

    /// Adds the input bytes in `range` (no CR among them) to the character run in one copy.
    @inline(__always) mutating func emitInput(_ range: Range<Int>) {
        text.appendInput(range, of: input)
    }

    /// Emits `token`, after the character run collected so far.
    mutating func emit(_ token: consuming HTMLInPlaceToken) {
        precondition(readyCount == 0, "one token per step")
        if text.isEmpty {
            ready = token
            readyCount = 1
        } else {
            ready = .characters(text.takeInPlace())
            readyAfter = token
            readyCount = 2
        }
    }

    /// Emits the end-of-file token.
    mutating func emitEndOfFile() {
        emit(.endOfFile(offset: input.count))
        finished = true
    }

    /// Emits a token and leaves the input at its end, for the spec's "emit the token; emit an
    /// end-of-file token": the data state then emits the end of the file on the next step.
    mutating func emitBeforeEndOfFile(_ token: HTMLInPlaceToken) {
        emit(token)
        state = .data
    }
}

/// The tag states: tag open, tag name, the attribute states and self-closing start tag.
extension HTMLTokenizer {
    /// Room for this many attributes is made at a tag's first, so that most tags allocate their
    /// attribute array once.
    private static let attributeCapacity = 6
    /// From this many attributes on, duplicates are found with a set instead of a linear search.
    private static let attributeSetThreshold = 16

    /// The tag open state (after `<` in the data state).
    mutating func tagOpenState() {
        guard let character = consume() else {
            error(.eofBeforeTagName)
            emitCharacter(HTMLByte.lessThan, from: markupStart)
            return emitEndOfFile()
        }
        switch character {
        case HTMLByte.exclamation:
            state = .markupDeclarationOpen
        case HTMLByte.solidus:
            state = .endTagOpen
            endTagOpenState()
        case HTMLByte.questionMark:
            error(.unexpectedQuestionMarkInsteadOfTagName)
            commentText = []
            reconsume()
            state = .bogusComment
        case _ where HTMLByte.isAlpha(character):
            startTag(isEnd: false)
            reconsume()
            state = .tagName
            tagNameState()
        default:
            error(.invalidFirstCharacterOfTagName)
            reconsume()
            emitCharacter(HTMLByte.lessThan, from: markupStart)
            state = .data
        }
    }

    /// The end tag open state (after `</` in the data state).
    mutating func endTagOpenState() {
        guard let character = consume() else {
            error(.eofBeforeTagName)
            emitInput(markupStart..<position)
            return emitEndOfFile()
        }
        if HTMLByte.isAlpha(character) {
            startTag(isEnd: true)
            reconsume()
            state = .tagName
            tagNameState()
        } else if character == HTMLByte.greaterThan {
            error(.missingEndTagName)
            state = .data
        } else {
            error(.invalidFirstCharacterOfTagName)
            commentText = []
            reconsume()
            state = .bogusComment
        }
    }

    /// The tag name state: a run of name bytes in one copy, then the byte that ended it.
    /// - Complexity: O(n) in the name.
    mutating func tagNameState() {
        let run = takeRun(stoppingAt: stops.tagName)
        if tagName.isEmpty, let element = completeTagName(run) {
            tagElement = element
            tagName = element == .unknown ? Array(input[run]) : element.bytes
        } else {
            tagElement = nil
            tagName.append(contentsOf: input[run])
        }
        let next = consume()
        if endsTag(next) { return }
        guard let character = next else { return }
        switch character {
        case HTMLByte.null:
            error(.unexpectedNullCharacter)
            tagName.append(contentsOf: HTMLByte.replacementCharacter)
            tagElement = nil
        case _ where HTMLByte.isWhitespace(character):
            state = .beforeAttributeName
            beforeAttributeNameState()
        default:
            tagName.append(HTMLByte.lowercased(character))
            tagElement = nil
        }
    }

    /// The before attribute name state.
    mutating func beforeAttributeNameState() {
        guard let character = consume() else {
            state = .afterAttributeName
            return
        }
        switch character {
        case HTMLByte.solidus, HTMLByte.greaterThan:
            reconsume()
            state = .afterAttributeName
        case HTMLByte.equals:
            error(.unexpectedEqualsSignBeforeAttributeName)
            startAttribute(at: position - 1)
            attributeName.append(character)
            attributeEnd = position
            state = .attributeName
        case _ where HTMLByte.isWhitespace(character):
            break
        default:
            startAttribute(at: position - lastWidth)
            reconsume()
            state = .attributeName
            attributeNameState()
        }
    }

    /// The attribute name state: a run of name bytes in one copy, then the byte that ended it.
    /// - Complexity: O(n) in the name.
    mutating func attributeNameState() {
        let run = takeRun(stoppingAt: stops.attributeName)
        if attributeName.isEmpty, let name = completeName(run) {
            attributeName = name
        } else {
            attributeName.append(contentsOf: input[run])
        }
        attributeEnd = position
        guard let character = consume() else {
            state = .afterAttributeName
            return
        }
        switch character {
        case HTMLByte.solidus, HTMLByte.greaterThan:
            reconsume()
            state = .afterAttributeName
        case HTMLByte.equals:
            // The usual `name="value"`: the before attribute value state's quote, taken here.
            let next = position < input.count ? input[position] : 0
            if next == HTMLByte.quotationMark || next == HTMLByte.apostrophe {
                position += 1
                lastWidth = 1
                if next == HTMLByte.quotationMark {
                    state = .attributeValueDoubleQuoted
                    quotedAttributeValueState(quote: HTMLByte.quotationMark, stops: stops.doubleQuotedValue)
                } else {
                    state = .attributeValueSingleQuoted
                    quotedAttributeValueState(quote: HTMLByte.apostrophe, stops: stops.singleQuotedValue)
                }
            } else {
                state = .beforeAttributeValue
            }
        case HTMLByte.null:
            error(.unexpectedNullCharacter)
            attributeName.append(contentsOf: HTMLByte.replacementCharacter)
            attributeEnd = position
        case HTMLByte.quotationMark, HTMLByte.apostrophe, HTMLByte.lessThan:
            error(.unexpectedCharacterInAttributeName)
            attributeName.append(character)
            attributeEnd = position
        case _ where HTMLByte.isWhitespace(character):
            reconsume()
            state = .afterAttributeName
        default:
            attributeName.append(HTMLByte.lowercased(character))
            attributeEnd = position
        }
    }

    /// The after attribute name state.
    mutating func afterAttributeNameState() {
        let next = consume()
        if endsTag(next) { return }
        guard let character = next else { return }
        switch character {
        case HTMLByte.equals:
            state = .beforeAttributeValue
        case _ where HTMLByte.isWhitespace(character):
            break
        default:
            startAttribute(at: position - lastWidth)
            reconsume()
            state = .attributeName
        }
    }

    /// The before attribute value state.
    mutating func beforeAttributeValueState() {
        switch consume() {
        case HTMLByte.quotationMark:
            state = .attributeValueDoubleQuoted
        case HTMLByte.apostrophe:
            state = .attributeValueSingleQuoted
        case HTMLByte.greaterThan:
            error(.missingAttributeValue)
            state = .data
            emitTag()
        case let character? where HTMLByte.isWhitespace(character):
            break
        default:
            reconsume()
            state = .attributeValueUnquoted
        }
    }

    /// The attribute value (double-quoted) and (single-quoted) states: a run in one copy, then
    /// the byte that ended it.
    /// - Complexity: O(n) in the value.
    mutating func quotedAttributeValueState(quote: UInt8, stops: HTMLByteSet) {
        let run = takeRun(stoppingAt: stops)
        if !run.isEmpty { attributeValue.appendInput(run, of: input) }
        guard let character = consume() else {
            error(.eofInTag)
            return emitEndOfFile()
        }
        switch character {
        case quote:
            // The after attribute value (quoted) state's usual next byte, `>` or a space, taken here.
            attributeEnd = position
            let next = position < input.count ? input[position] : 0
            if next == HTMLByte.greaterThan {
                position += 1
                lastWidth = 1
                state = .data
                return emitTag()
            }
            if next == HTMLByte.space || next == HTMLByte.lineFeed || next == HTMLByte.tab || next == HTMLByte.formFeed
            {
                position += 1
                lastWidth = 1
                state = .beforeAttributeName
                return
            }
            state = .afterAttributeValueQuoted
            return
        case HTMLByte.ampersand:
            consumeCharacterReference(inAttribute: true)
        case HTMLByte.null:
            error(.unexpectedNullCharacter)
            attributeValue.append(HTMLByte.replacementCharacter, source: position - 1..<position, of: input)
        default:
            attributeValue.append(CollectionOfOne(character), source: position - lastWidth..<position, of: input)
        }
        attributeEnd = position
    }

    /// The attribute value (unquoted) state: a run in one copy, then the byte that ended it.
    /// - Complexity: O(n) in the value.
    mutating func unquotedAttributeValueState() {
        let run = takeRun(stoppingAt: stops.unquotedValue)
        if !run.isEmpty { attributeValue.appendInput(run, of: input) }
        attributeEnd = position
        guard let character = consume() else {
            error(.eofInTag)
            return emitEndOfFile()
        }
        switch character {
        case HTMLByte.ampersand:
            consumeCharacterReference(inAttribute: true)
        case HTMLByte.greaterThan:
            state = .data
            return emitTag()
        case HTMLByte.null:
            error(.unexpectedNullCharacter)
            attributeValue.append(HTMLByte.replacementCharacter, source: position - 1..<position, of: input)
        case HTMLByte.quotationMark, HTMLByte.apostrophe, HTMLByte.lessThan, HTMLByte.equals, HTMLByte.graveAccent:
            error(.unexpectedCharacterInUnquotedAttributeValue)
            attributeValue.append(CollectionOfOne(character), source: position - lastWidth..<position, of: input)
        case _ where HTMLByte.isWhitespace(character):
            state = .beforeAttributeName
            return
        default:
            attributeValue.append(CollectionOfOne(character), source: position - lastWidth..<position, of: input)
        }
        attributeEnd = position
    }

    /// The after attribute value (quoted) state.
    mutating func afterAttributeValueQuotedState() {
        let next = consume()
        if endsTag(next) { return }
        if let character = next, !HTMLByte.isWhitespace(character) {
            error(.missingWhitespaceBetweenAttributes)
            reconsume()
        }
        state = .beforeAttributeName
    }

    /// The self-closing start tag state (after `/` in a tag).
    mutating func selfClosingStartTagState() {
        guard let character = consume() else {
            error(.eofInTag)
            return emitEndOfFile()
        }
        if character == HTMLByte.greaterThan {
            tagSelfClosing = true
            state = .data
            emitTag()
        } else {
            error(.unexpectedSolidusInTag)
            reconsume()
            state = .beforeAttributeName
        }
    }

    // MARK: Building the tag

    /// The name in `run` as one array (shared when `HTMLNameTable` has it) when the run is the
    /// whole name: it ends at whitespace, `/`, `>` or `=`, so no byte of the name needs changing.
    /// `nil` otherwise (an upper-case letter, NUL or CR follows, or the input ends).
    @inline(__always) private func completeName(_ run: Range<Int>) -> [UInt8]? {
        guard !run.isEmpty, position < input.count else { return nil }
        guard HTMLByte.endsName(input[position]) else { return nil }
        return input.withUnsafeBufferPointer { names.name($0, run) } ?? Array(input[run])
    }

    /// The interned name in `run` when the run is the whole tag name (as for ``completeName(_:)``),
    /// else `nil`; an element name's shared spelling then stands for the name's bytes.
    @inline(__always) private func completeTagName(_ run: Range<Int>) -> HTMLElementName? {
        guard !run.isEmpty, position < input.count, HTMLByte.endsName(input[position]) else { return nil }
        return input.withUnsafeBufferPointer { HTMLElementName.interned(UnsafeBufferPointer(rebasing: $0[run])) }
    }

    /// The part that the tag name, after attribute name and after attribute value (quoted)
    /// states share: the end of the input (`eof-in-tag`, the tag is dropped), `/` (self-closing
    /// start tag state) and `>` (the tag is emitted). Returns whether `character` was one of them.
    private mutating func endsTag(_ character: UInt8?) -> Bool {
        switch character {
        case nil:
            error(.eofInTag)
            emitEndOfFile()
        case HTMLByte.solidus:
            state = .selfClosingStartTag
        case HTMLByte.greaterThan:
            state = .data
            emitTag()
        default:
            return false
        }
        return true
    }

    /// Starts a new start or end tag token.
    mutating func startTag(isEnd: Bool) {
        tagIsEnd = isEnd
        // Emitting a tag leaves the name empty: most tags skip the store (and its release). The
        // attributes and decoded values went out as shared copies; the tree builder has dropped
        // the token by now, so they are emptied in place and their buffers reused, not reallocated.
        if !tagName.isEmpty { tagName.removeAll() }
        if !tagAttributes.isEmpty { tagAttributes.removeAll(keepingCapacity: true) }
        if !tagDecodedValues.isEmpty { tagDecodedValues.removeAll(keepingCapacity: true) }
        if tagAttributeNames != nil { tagAttributeNames = nil }
        tagElement = nil
        tagSelfClosing = false
        hasAttribute = false
    }

    /// Finishes the attribute being built and starts a new one at `start`.
    private mutating func startAttribute(at start: Int) {
        finishAttribute()
        hasAttribute = true
        if !attributeName.isEmpty { attributeName.removeAll() }
        attributeValue.reset()
        attributeStart = start
        attributeEnd = start
    }

    /// Adds the attribute being built to the tag, unless the tag already has one of that name
    /// (a `duplicate-attribute` error: the first one wins).
    private mutating func finishAttribute() {
        guard hasAttribute else { return }
        hasAttribute = false
        let duplicate: Bool
        if tagAttributes.count < Self.attributeSetThreshold {
            duplicate = tagAttributes.contains { $0.name == attributeName }
        } else {
            if tagAttributeNames == nil { tagAttributeNames = Set(tagAttributes.map(\.name)) }
            duplicate = !tagAttributeNames!.insert(attributeName).inserted
        }
        let name = attributeName.takeAll()
        if duplicate {
            attributeValue.reset()
            error(.duplicateAttribute, at: attributeStart)
        } else {
            let value = attributeValue.takeValue(appendingTo: &tagDecodedValues)
            if tagAttributes.isEmpty { tagAttributes.reserveCapacity(Self.attributeCapacity) }
            tagAttributes.append(HTMLAttribute(name: name, value: value, range: attributeStart..<attributeEnd))
        }
    }

    /// Emits the tag being built (its range ends at `position`, after its `>`).
    mutating func emitTag() {
        finishAttribute()
        if tagIsEnd {
            if !tagAttributes.isEmpty { error(.endTagWithAttributes) }
            if tagSelfClosing { error(.endTagWithTrailingSolidus) }
        }
        let element = tagElement ?? HTMLElementName(tagName)
        let name = tagName.takeAll()
        let token = HTMLTagToken(
            name: name, element: element, attributes: tagAttributes, decodedValues: tagDecodedValues,
            selfClosing: tagSelfClosing, range: markupStart..<position)
        if tagIsEnd {
            emit(.endTag(token))
        } else {
            lastStartTag = name
            emit(.startTag(token))
        }
        if tagAttributeNames != nil { tagAttributeNames = nil }
    }
}

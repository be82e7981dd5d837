/// The tag states: tag open, tag name, the attribute states and self-closing start tag.
extension HTMLTokenizer {
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
        if tagElement == nil, tag.name.isEmpty, let element = completeTagName(run) {
            tagElement = element
            if element == .unknown { tag.name.append(contentsOf: input[run]) }
        } else {
            spellTagName()
            tag.name.append(contentsOf: input[run])
        }
        let next = consume()
        if endsTag(next) { return }
        guard let character = next else { return }
        switch character {
        case HTMLByte.null:
            error(.unexpectedNullCharacter)
            spellTagName()
            tag.name.append(contentsOf: HTMLByte.replacementCharacter)
        case _ where HTMLByte.isWhitespace(character):
            state = .beforeAttributeName
            beforeAttributeNameState()
        default:
            spellTagName()
            tag.name.append(HTMLByte.lowercased(character))
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
            tag.attributeNames.append(character)
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
        if !attributeNameFinal, tag.attributeNames.count == attributeNameStart, isCompleteName(run) {
            // The whole name in one run: interned, its bytes kept only when the table lacks it.
            attributeNameFinal = true
            if let id = names.id(in: input, run) {
                attributeNameID = id
            } else {
                tag.attributeNames.append(contentsOf: input[run])
            }
        } else {
            tag.attributeNames.append(contentsOf: input[run])
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
            tag.attributeNames.append(contentsOf: HTMLByte.replacementCharacter)
            attributeEnd = position
        case HTMLByte.quotationMark, HTMLByte.apostrophe, HTMLByte.lessThan:
            error(.unexpectedCharacterInAttributeName)
            tag.attributeNames.append(character)
            attributeEnd = position
        case _ where HTMLByte.isWhitespace(character):
            reconsume()
            state = .afterAttributeName
        default:
            tag.attributeNames.append(HTMLByte.lowercased(character))
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

    /// Whether `run`, just read, is a whole name: it ends at whitespace, `/`, `>` or `=`, so no
    /// byte of the name needs changing (not so when an upper-case letter, NUL or CR follows, or
    /// the input ends).
    @inline(__always) private func isCompleteName(_ run: Range<Int>) -> Bool {
        !run.isEmpty && position < input.count && HTMLByte.endsName(input[position])
    }

    /// The interned name in `run` when the run is the whole tag name (``isCompleteName(_:)``),
    /// else `nil`; an element name's shared spelling then stands for the name's bytes.
    @inline(__always) private func completeTagName(_ run: Range<Int>) -> HTMLElementName? {
        guard isCompleteName(run) else { return nil }
        return elementNames.name(in: input, run)
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

    /// Writes the name of a tag whose name the tag name state interned in one run into
    /// `tag.name`, before a byte that continues it: the name is then built byte by byte.
    private mutating func spellTagName() {
        guard let element = tagElement else { return }
        tagElement = nil
        if element != .unknown { tag.name.append(contentsOf: element.bytes) }
    }

    /// Whether the end tag being built names the last start tag: the spec's "appropriate end tag".
    var isAppropriateEndTag: Bool {
        guard let element = lastStartElement else { return false }
        return element == .unknown ? lastStartUnknownName == tag.name : element.bytes == tag.name
    }

    /// Starts a new start or end tag token.
    mutating func startTag(isEnd: Bool) {
        tagIsEnd = isEnd
        // The last tag's reader (the tree builder) is done with it by now: the buffers are
        // emptied in place and reused, not reallocated.
        tag.reset()
        if tagAttributeNames != nil { tagAttributeNames = nil }
        tagElement = nil
        tagSelfClosing = false
        hasAttribute = false
    }

    /// Finishes the attribute being built and starts a new one at `start`.
    private mutating func startAttribute(at start: Int) {
        finishAttribute()
        hasAttribute = true
        attributeNameID = HTMLTagAttribute.unlisted
        attributeNameStart = tag.attributeNames.count
        attributeNameFinal = false
        attributeValue.reset()
        attributeStart = start
        attributeEnd = start
    }

    /// Adds the attribute being built to the tag, unless the tag already has one of that name
    /// (a `duplicate-attribute` error: the first one wins).
    private mutating func finishAttribute() {
        guard hasAttribute else { return }
        hasAttribute = false
        let nameRange = attributeNameStart..<tag.attributeNames.count
        if !attributeNameFinal, let id = names.id(in: tag.attributeNames, nameRange) {
            // A listed name read byte by byte (`CLASS`): its id, like the same name read in one run.
            attributeNameID = id
            tag.attributeNames.removeSubrange(nameRange)
        }
        let id = attributeNameID
        let ownRange = id == HTMLTagAttribute.unlisted ? nameRange : attributeNameStart..<attributeNameStart
        let duplicate: Bool
        if tag.attributeCount < Self.attributeSetThreshold {
            duplicate = tag.hasAttribute(nameID: id, ownRange)
        } else {
            if tagAttributeNames == nil { tagAttributeNames = Set(tag.attributes.map(tag.name(of:))) }
            let name = id == HTMLTagAttribute.unlisted ? Array(tag.attributeNames[ownRange]) : names.name(id)
            duplicate = !tagAttributeNames!.insert(name).inserted
        }
        if duplicate {
            attributeValue.reset()
            if !ownRange.isEmpty { tag.attributeNames.removeSubrange(ownRange) }
            error(.duplicateAttribute, at: attributeStart)
        } else {
            let value = attributeValue.takeValue(appendingTo: &tag.decodedValues)
            tag.append(
                HTMLTagAttribute(
                    value: value, range: attributeStart..<attributeEnd, nameID: id,
                    nameStart: Int32(truncatingIfNeeded: ownRange.lowerBound),
                    nameEnd: Int32(truncatingIfNeeded: ownRange.upperBound)))
        }
    }

    /// Emits the tag being built (its range ends at `position`, after its `>`): its header, its
    /// name and attributes left in `tag`.
    mutating func emitTag() {
        finishAttribute()
        if tagIsEnd {
            if tag.attributeCount > 0 { error(.endTagWithAttributes) }
            if tagSelfClosing { error(.endTagWithTrailingSolidus) }
        }
        let element = tagElement ?? HTMLElementName(tag.name)
        let header = HTMLTagHeader(
            element: element, attributeCount: tag.attributeCount, selfClosing: tagSelfClosing,
            range: markupStart..<position)
        if tagIsEnd {
            emit(.endTag(header))
        } else {
            if element == .unknown {
                lastStartUnknownName.removeAll(keepingCapacity: true)
                lastStartUnknownName.append(contentsOf: tag.name)
            }
            lastStartElement = element
            emit(.startTag(header))
        }
        if tagAttributeNames != nil { tagAttributeNames = nil }
    }
}

import ThreadModel

/// The WHATWG HTML tree builder (scripting disabled): turns tokens into an ``HTMLDocument``.
///
/// It is fed one token at a time (``process(_:)``) and tells its driver which content state the
/// tokenizer must switch to (``requestedTokenizerState``) and whether CDATA sections are allowed
/// (``allowsCDATA``). ``parse(_:)`` runs the tokenizer and the builder together;
/// ``parseFragment(_:contextName:namespace:)`` parses markup as an element's content. The insertion
/// modes follow the spec one rule per `case` (html5ever's `tree_builder/rules.rs`); each mode's
/// handler returns the token to reprocess, or `nil`, so reprocessing is a loop and nothing in the
/// builder recurses. The stack of open elements may grow past ``depthLimit``, but elements are
/// never attached deeper than that: deeper ones become children of the deepest allowed element,
/// as browsers cap the DOM depth, and ``HTMLDocument/warnings`` says so.
package struct HTMLTreeBuilder {
    /// The deepest an element is attached in the tree by default (Chromium's limit,
    /// ``ScanLimits/standard``).
    package static let maximumDepth = ScanLimits.standard.maximumDepth

    /// The deepest an element is attached in this builder's tree.
    package let depthLimit: Int

    /// The document being built.
    package internal(set) var document: HTMLDocument
    /// The current insertion mode.
    var mode: HTMLInsertionMode = .initial
    /// The mode to return to after `text` and `inTableText`.
    var originalMode: HTMLInsertionMode = .initial
    /// The stack of template insertion modes.
    var templateModes: [HTMLInsertionMode] = []
    /// The stack of open elements.
    var openElements = OpenElementStack()
    /// The list of active formatting elements.
    var formatting = ActiveFormattingElements()
    /// The head element pointer, or -1.
    var headElement: Int32 = -1
    /// The form element pointer, or -1.
    var formElement: Int32 = -1
    /// The frameset-ok flag.
    var framesetOK = true
    /// Whether insertions are foster-parented (set while in-table rules use the in-body rules).
    var fosterParenting = false
    /// The characters collected in `inTableText`.
    var pendingTableText: [HTMLTextToken] = []
    /// Whether a leading LF of the next token is dropped (after `<pre>`, `<listing>`, `<textarea>`).
    var skipNextLineFeed = false
    /// Whether parsing has stopped (after the end of the input).
    var stopped = false
    /// Whether a text token may hold U+0000: the tokenizer's ``HTMLTokenizer/keptNull``, passed on
    /// with each token. Until it is set, ``containsNull(_:)`` reads no text.
    var textMayHoldNull = false
    /// The context element of a fragment parse (a detached node), or -1 for a whole document.
    var contextElement: Int32 = -1
    /// Each `select` whose selected option is known, to that option.
    var selectedOptions: [Int32: Int32] = [:]
    /// The offset where the token being processed starts.
    var tokenStart = 0
    /// The name bytes, attributes and decoded values of the tag being processed: the tokenizer's
    /// buffers, swapped in for the token (``run(_:)``) and read in place.
    var tagBuffers = HTMLTagBuffers()
    /// The content state the tokenizer must switch to before the next token, set by the rules.
    package var requestedTokenizerState: HTMLTokenizerContentState?

    /// A builder for a document of `input` that attaches elements at most `depthLimit` deep.
    package init(input: [UInt8], depthLimit: Int = Self.maximumDepth) {
        document = HTMLDocument(input: input)
        self.depthLimit = max(1, depthLimit)
    }

    /// Whether the tokenizer may read `<![CDATA[`: the adjusted current node is foreign.
    package var allowsCDATA: Bool {
        let node = adjustedCurrentNode
        return node >= 0 && document[node].namespace != .html
    }

    /// The adjusted current node: the context element while a fragment parse has only its root
    /// open, else the current node (-1 when nothing is open).
    var adjustedCurrentNode: Int32 {
        contextElement >= 0 && openElements.count == 1 ? contextElement : openElements.current
    }

    /// Processes one token through the tree-construction dispatcher, a tag's name and attributes
    /// read from ``tagBuffers``.
    /// - Complexity: amortised O(1) for most tokens; scope checks walk the stack only when the
    ///   element they look for is on it.
    mutating func process(_ token: consuming TreeToken) {
        guard !stopped else { return }
        // One token, borrowed by each dispatch; a token to reprocess moves into it. (A loop over a
        // `TreeToken?` copied and destroyed the optional, through its generic value witnesses,
        // twice per token.)
        var current = token
        tokenStart = current.start
        var skipped = false
        if skipNextLineFeed {
            skipNextLineFeed = false
            if case .characters(let text) = current, bytes(text).first == UInt8(ascii: "\n") {
                let rest = slice(text, 1, text.count)
                if rest.isEmpty { skipped = true } else { current = .characters(rest) }
            }
        }
        while !skipped, !stopped {
            guard let again = dispatch(current) else { break }
            current = again
        }
        if stopped { while !openElements.isEmpty { openElements.pop() } }
        if !openElements.poppedOptions.isEmpty { runOptionPoppingSteps() }
    }

    /// Ends the parse and returns the document, every element's range extended over its content.
    package mutating func finish() -> HTMLDocument {
        while !openElements.isEmpty { openElements.pop() }
        if !openElements.poppedOptions.isEmpty { runOptionPoppingSteps() }
        document.extendRangesToDescendants()
        return document
    }

    /// The tree-construction dispatcher: the foreign-content rules or the current mode's.
    mutating func dispatch(_ token: TreeToken) -> TreeToken? {
        // An HTML current node (nearly always) never takes the foreign rules: decided in place,
        // without the call that copies the whole builder to pass it.
        if contextElement < 0, openElements.isEmpty || openElements.currentNamespace == .html {
            return using(mode, token)
        }
        if usesForeignContentRules(token) { return foreignContent(token) }
        return using(mode, token)
    }

    /// Processes `token` by the rules of `mode` (which need not be the current mode).
    mutating func using(_ mode: HTMLInsertionMode, _ token: TreeToken) -> TreeToken? {
        switch mode {
        case .initial: return initial(token)
        case .beforeHTML: return beforeHTML(token)
        case .beforeHead: return beforeHead(token)
        case .inHead: return inHead(token)
        case .inHeadNoscript: return inHeadNoscript(token)
        case .afterHead: return afterHead(token)
        case .inBody: return inBody(token)
        case .text: return text(token)
        case .inTable: return inTable(token)
        case .inTableText: return inTableText(token)
        case .inCaption: return inCaption(token)
        case .inColumnGroup: return inColumnGroup(token)
        case .inTableBody: return inTableBody(token)
        case .inRow: return inRow(token)
        case .inCell: return inCell(token)
        case .inTemplate: return inTemplate(token)
        case .afterBody: return afterBody(token)
        case .inFrameset: return inFrameset(token)
        case .afterFrameset: return afterFrameset(token)
        case .afterAfterBody: return afterAfterBody(token)
        case .afterAfterFrameset: return afterAfterFrameset(token)
        }
    }

    // MARK: - Character runs

    /// Whether `byte` is HTML white space (tab, LF, FF, CR, space).
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0C || byte == 0x0D
    }

    /// The text of `text`, a token of the document's input.
    @inline(__always) func bytes(_ text: HTMLTextToken) -> ArraySlice<UInt8> {
        text.text(in: document.input)
    }

    /// `text` without its NUL characters (dropped by the rules of some modes).
    func withoutNulls(_ text: HTMLTextToken) -> HTMLTextToken {
        guard containsNull(text) else { return text }
        return HTMLTextToken(text: bytes(text).filter { $0 != 0 }, range: text.range)
    }

    /// Whether `text` holds a NUL, read in place (a slice of the input would retain and release it).
    /// Inlined: a call would copy the whole builder to pass it.
    @inline(__always) func containsNull(_ text: HTMLTextToken) -> Bool {
        guard textMayHoldNull else { return false }
        guard text.isVerbatim else { return text.decoded.contains(0) }
        return document.input.withUnsafeBufferPointer { input in
            let run = UnsafeBufferPointer(rebasing: input[text.range])
            return Self.null.firstIndex(in: run, from: 0) < run.count
        }
    }

    /// U+0000, for ``containsNull(_:)``'s word-at-a-time search.
    private static let null = HTMLByteSet(0)

    /// The part of `text` from byte `start` to byte `end`: a verbatim run stays verbatim, its range
    /// narrowed; a decoded one keeps the whole token's range.
    func slice(_ text: HTMLTextToken, _ start: Int, _ end: Int) -> HTMLTextToken {
        guard !text.isVerbatim else {
            let base = text.range.lowerBound
            return HTMLTextToken(verbatim: base + start..<base + end)
        }
        return HTMLTextToken(text: Array(text.decoded[start..<end]), range: text.range)
    }

    /// Splits `text` into its leading white space and the rest (either may be `nil`).
    func splitLeadingWhitespace(_ text: HTMLTextToken) -> (HTMLTextToken?, HTMLTextToken?) {
        let bytes = bytes(text)
        var index = bytes.startIndex
        while index < bytes.endIndex, Self.isWhitespace(bytes[index]) { index += 1 }
        let count = index - bytes.startIndex
        if count == 0 { return (nil, text) }
        if index == bytes.endIndex { return (text, nil) }
        return (slice(text, 0, count), slice(text, count, bytes.count))
    }

    /// Inserts the white space of `text`, drops the rest (frameset modes).
    mutating func insertWhitespaceOnly(_ text: HTMLTextToken) {
        let kept = bytes(text).filter(Self.isWhitespace)
        if !kept.isEmpty { insertCharacters(HTMLTextToken(text: kept, range: text.range)) }
    }

    // MARK: - Scopes and the stack

    /// Whether an HTML element `name` is in `scope`: the topmost one is at or above the topmost
    /// element that bounds the scope (the walk down the stack would meet it first).
    /// - Complexity: O(1).
    func hasInScope(_ name: HTMLElementName, _ scope: HTMLElementCategories.Scope = .normal) -> Bool {
        let position = openElements.topmostPosition(of: name)
        return position >= 0 && position >= openElements.topmostBoundary(of: scope)
    }

    /// Whether any of `names` (HTML) is in `scope`.
    /// - Complexity: O(k) for k names.
    func hasAnyInScope(_ names: [HTMLElementName], _ scope: HTMLElementCategories.Scope = .normal) -> Bool {
        names.contains { hasInScope($0, scope) }
    }

    /// Whether node `node` is in the default scope. Inlined: a call would copy the whole builder
    /// to pass it.
    /// - Complexity: O(d) for the d entries above it.
    @inline(__always) func hasNodeInScope(_ node: Int32) -> Bool {
        guard let position = openElements.index(of: node) else { return false }
        return position >= openElements.topmostBoundary(of: .normal)
    }

    /// Whether the current node is an HTML element named one of `names`.
    /// - Complexity: O(1).
    func currentIsAny(_ names: HTMLElementNameSet) -> Bool {
        guard !openElements.isEmpty, openElements[openElements.count - 1].namespace == .html else { return false }
        return names.contains(openElements[openElements.count - 1].name)
    }

    /// Pops the current node; when `endTagEnd` is given the popped element's range ends there.
    mutating func popCurrent(endTagEnd: Int? = nil) {
        let node = openElements.pop()
        if let end = endTagEnd { closeRange(of: node, at: end) }
    }

    /// Sets the end of `node`'s range to `end` (the end of its end tag).
    mutating func closeRange(of node: Int32, at end: Int) {
        let start = document[node].range.lowerBound
        if end >= start { document.nodes[Int(node)].range = start..<end }
    }

    /// Pops elements until an HTML element `name` has been popped; its range ends at `endTagEnd`.
    mutating func popUntil(_ name: HTMLElementName, endTagEnd: Int? = nil) {
        while !openElements.isEmpty {
            let isTarget = openElements.currentIs(name)
            popCurrent(endTagEnd: isTarget ? endTagEnd : nil)
            if isTarget { return }
        }
    }

    /// Pops elements until an HTML element named one of `names` has been popped.
    mutating func popUntilAny(_ names: HTMLElementNameSet, endTagEnd: Int? = nil) {
        while !openElements.isEmpty {
            let isTarget = currentIsAny(names)
            popCurrent(endTagEnd: isTarget ? endTagEnd : nil)
            if isTarget { return }
        }
    }

    /// Pops elements until `node` has been popped.
    mutating func popUntilNode(_ node: Int32, endTagEnd: Int? = nil) {
        while !openElements.isEmpty {
            let popped = openElements.pop()
            if popped == node {
                if let end = endTagEnd { closeRange(of: node, at: end) }
                return
            }
        }
    }

    /// "Generate implied end tags", except for HTML elements `except`.
    mutating func generateImpliedEndTags(except: HTMLElementName? = nil) {
        while !openElements.isEmpty {
            let top = openElements.count - 1
            guard openElements[top].namespace == .html else { return }
            let name = openElements[top].name
            guard name != except, HTMLElementCategories.closesImplicitly(name) else { return }
            openElements.pop()
        }
    }

    /// "Generate all implied end tags thoroughly".
    mutating func generateImpliedEndTagsThoroughly() {
        while !openElements.isEmpty {
            let top = openElements.count - 1
            guard openElements[top].namespace == .html,
                HTMLElementCategories.closesImplicitlyThoroughly(openElements[top].name)
            else { return }
            openElements.pop()
        }
    }

    /// "Close a p element".
    mutating func closeParagraph(endTagEnd: Int? = nil) {
        generateImpliedEndTags(except: .p)
        popUntil(.p, endTagEnd: endTagEnd)
    }

    /// Closes a `p` if one is in button scope (what most block start tags do first).
    mutating func closeParagraphInButtonScope() {
        if hasInScope(.p, .button) { closeParagraph() }
    }

    /// "Reset the insertion mode appropriately".
    mutating func resetInsertionMode() {
        var index = openElements.count - 1
        while index >= 0 {
            let last = index == 0
            let useContext = last && contextElement >= 0
            let name = useContext ? document[contextElement].name : openElements[index].name
            let namespace = useContext ? document[contextElement].namespace : openElements[index].namespace
            guard namespace == .html else {
                if last {
                    mode = .inBody
                    return
                }
                index -= 1
                continue
            }
            switch name {
            case .td where !last, .th where !last:
                mode = .inCell
                return
            case .tr:
                mode = .inRow
                return
            case .tbody, .thead, .tfoot:
                mode = .inTableBody
                return
            case .caption:
                mode = .inCaption
                return
            case .colgroup:
                mode = .inColumnGroup
                return
            case .table:
                mode = .inTable
                return
            case .template:
                mode = templateModes.last ?? .inBody
                return
            case .head where !last:
                mode = .inHead
                return
            case .body:
                mode = .inBody
                return
            case .frameset:
                mode = .inFrameset
                return
            case .html:
                mode = headElement < 0 ? .beforeHead : .afterHead
                return
            default: break
            }
            if last {
                mode = .inBody
                return
            }
            index -= 1
        }
        mode = .inBody
    }
}

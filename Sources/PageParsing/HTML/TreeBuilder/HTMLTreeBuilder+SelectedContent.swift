/// The option popping steps of customizable `<select>`: when the selected option is closed, its
/// content is cloned into the select's `<selectedcontent>` (the button shows the choice).
extension HTMLTreeBuilder {
    /// `selectedcontent`, which has no ``HTMLElementName`` case.
    private static let selectedContentName = Array("selectedcontent".utf8)

    /// Runs "maybe clone an option into selectedcontent" for each option popped since last time.
    mutating func runOptionPoppingSteps() {
        let options = openElements.poppedOptions
        openElements.poppedOptions = []
        for option in options { maybeCloneIntoSelectedContent(option) }
    }

    /// Clones `option`'s children into its select's first `<selectedcontent>` when `option` is the
    /// select's selected option: the first option, or the last one with a `selected` attribute.
    /// - Complexity: O(s + c) for a select of s nodes and an option of c; no recursion.
    private mutating func maybeCloneIntoSelectedContent(_ option: Int32) {
        var select = document[option].parent
        while select > 0, !document[select].isHTML(.select) { select = document[select].parent }
        guard select > 0, document.attribute(Array("multiple".utf8), of: select) == nil else { return }
        let isMarkedSelected = document.attribute(Array("selected".utf8), of: option) != nil
        if let current = selectedOptions[select], current != option,
            !isMarkedSelected
        {
            return
        }
        selectedOptions[select] = option
        var target = document.following(select, within: select)
        while target >= 0 {
            if document[target].kind == .element, document[target].namespace == .html,
                document.unknownName(of: target) == Self.selectedContentName
            {
                break
            }
            target = document.following(target, within: select)
        }
        guard target >= 0 else { return }
        var child = document[target].firstChild
        while child >= 0 {
            let next = document[child].nextSibling
            document.detach(child)
            child = next
        }
        // A preorder walk of the option; `copies` maps each visited node to its copy.
        var copies: [Int32: Int32] = [option: target]
        var source = document.following(option, within: option)
        while source >= 0 {
            var copy = document[source]
            copy.parent = -1
            copy.firstChild = -1
            copy.lastChild = -1
            copy.nextSibling = -1
            copy.previousSibling = -1
            let index = document.create(copy)
            if let parent = copies[document[source].parent] { document.append(index, to: parent) }
            copies[source] = index
            source = document.following(source, within: option)
        }
    }
}

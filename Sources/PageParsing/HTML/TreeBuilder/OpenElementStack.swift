/// The stack of open elements, with each entry's name and namespace beside it, and the positions
/// of the entries that matter to the scope checks: where the HTML elements of each name are, where
/// each scope's boundaries are, where the special elements are.
///
/// So "is there a `p` in button scope" compares the topmost `p` with the topmost button-scope
/// boundary, two array reads, however deep the stack: `<p><button>` and then 100,000 `<div>`s
/// stays linear.
struct OpenElementStack {
    /// The node indices, bottom (`<html>`) first.
    private(set) var nodes: [Int32] = []
    /// Each entry's interned name.
    private(set) var names: [HTMLElementName] = []
    /// Each entry's namespace.
    private(set) var namespaces: [HTMLNamespace] = []
    /// The stack positions of the HTML elements of each name, ascending, by raw value.
    private var htmlPositions = [[Int]](repeating: [], count: HTMLElementName.allCases.count)
    /// The stack positions of each scope's boundary elements, ascending, by ``scopeIndex(_:)``.
    private var boundaryPositions = [[Int]](repeating: [], count: 4)
    /// The stack positions of the special elements, ascending.
    private(set) var specialPositions: [Int] = []
    /// Whether node i is on the stack, by node index.
    private var isOpen: [Bool] = []
    /// The HTML `option` elements removed from the stack since the builder last took them: their
    /// popping steps (``HTMLTreeBuilder/runOptionPoppingSteps()``) are still to run.
    var poppedOptions: [Int32] = []

    /// How many elements are open.
    var count: Int { nodes.count }
    /// Whether no element is open.
    var isEmpty: Bool { nodes.isEmpty }
    /// The current node (the top), or -1.
    var current: Int32 { nodes.last ?? -1 }

    /// Whether the entry at `index` is the HTML element `name`.
    func isHTML(at index: Int, _ name: HTMLElementName) -> Bool {
        names[index] == name && namespaces[index] == .html
    }

    /// Whether the current node is the HTML element `name`.
    func currentIs(_ name: HTMLElementName) -> Bool {
        !nodes.isEmpty && isHTML(at: nodes.count - 1, name)
    }

    /// Whether any HTML element `name` is open.
    /// - Complexity: O(1).
    func containsHTML(_ name: HTMLElementName) -> Bool { !htmlPositions[Int(name.rawValue)].isEmpty }

    /// The position of the topmost HTML element `name`, or -1.
    /// - Complexity: O(1).
    func topmostPosition(of name: HTMLElementName) -> Int { htmlPositions[Int(name.rawValue)].last ?? -1 }

    /// The position of the topmost element that bounds `scope`, or -1.
    /// - Complexity: O(1).
    func topmostBoundary(of scope: HTMLElementCategories.Scope) -> Int {
        boundaryPositions[Self.scopeIndex(scope)].last ?? -1
    }

    /// Whether node `node` is open.
    /// - Complexity: O(1).
    func contains(_ node: Int32) -> Bool { Int(node) < isOpen.count && isOpen[Int(node)] }

    /// Makes room in ``isOpen`` for `node`, at least doubling it (no temporary array).
    private mutating func growIsOpen(to node: Int32) {
        let count = Swift.max(Int(node) + 1 - isOpen.count, isOpen.count, 64)
        isOpen.append(contentsOf: repeatElement(false, count: count))
    }

    /// The stack position of `node`, searching from the top, or `nil`.
    func index(of node: Int32) -> Int? {
        guard contains(node) else { return nil }
        return nodes.lastIndex(of: node)
    }

    /// Pushes `node` on top.
    /// - Complexity: O(1).
    mutating func push(_ node: Int32, name: HTMLElementName, namespace: HTMLNamespace) {
        insert(node, name: name, namespace: namespace, at: nodes.count)
    }

    /// Inserts `node` at stack position `index`.
    /// - Complexity: O(1) on top; O(d) for d entries above `index`.
    mutating func insert(_ node: Int32, name: HTMLElementName, namespace: HTMLNamespace, at index: Int) {
        if index < nodes.count { shiftPositions(from: index, by: 1) }
        nodes.insert(node, at: index)
        names.insert(name, at: index)
        namespaces.insert(namespace, at: index)
        updateLists(of: name, namespace) { list in
            var slot = list.count
            while slot > 0, list[slot - 1] > index { slot -= 1 }
            list.insert(index, at: slot)
        }
        if Int(node) >= isOpen.count { growIsOpen(to: node) }
        isOpen[Int(node)] = true
    }

    /// Pops the current node and returns it.
    /// - Complexity: O(1).
    @discardableResult
    mutating func pop() -> Int32 { remove(at: nodes.count - 1) }

    /// Removes the entry at `index` and returns its node.
    /// - Complexity: O(1) on top; O(d) for d entries above `index`.
    @discardableResult
    mutating func remove(at index: Int) -> Int32 {
        updateLists(of: names[index], namespaces[index]) { list in
            if let slot = list.lastIndex(of: index) { list.remove(at: slot) }
        }
        let node = nodes.remove(at: index)
        let name = names.remove(at: index)
        let namespace = namespaces.remove(at: index)
        if index < nodes.count { shiftPositions(from: index + 1, by: -1) }
        if namespace == .html, name == .option { poppedOptions.append(node) }
        isOpen[Int(node)] = false
        return node
    }

    /// Puts `node` (of the same name and namespace) in place of the entry at `index`.
    mutating func replace(at index: Int, with node: Int32) {
        isOpen[Int(nodes[index])] = false
        nodes[index] = node
        if Int(node) >= isOpen.count { growIsOpen(to: node) }
        isOpen[Int(node)] = true
    }

    /// The index of `scope` in ``boundaryPositions``.
    private static func scopeIndex(_ scope: HTMLElementCategories.Scope) -> Int {
        switch scope {
        case .normal: return 0
        case .listItem: return 1
        case .button: return 2
        case .table: return 3
        }
    }

    /// Runs `update` on every position list an entry of `name` in `namespace` belongs to.
    private mutating func updateLists(
        of name: HTMLElementName, _ namespace: HTMLNamespace, _ update: (inout [Int]) -> Void
    ) {
        if namespace == .html { update(&htmlPositions[Int(name.rawValue)]) }
        // The four scopes spelled out: a loop over an array literal would build the array per call.
        if HTMLElementCategories.bounds(.normal, name, namespace) { update(&boundaryPositions[0]) }
        if HTMLElementCategories.bounds(.listItem, name, namespace) { update(&boundaryPositions[1]) }
        if HTMLElementCategories.bounds(.button, name, namespace) { update(&boundaryPositions[2]) }
        if HTMLElementCategories.bounds(.table, name, namespace) { update(&boundaryPositions[3]) }
        if HTMLElementCategories.isSpecial(name, namespace) { update(&specialPositions) }
    }

    /// Adds `delta` to every recorded position at or above `threshold` (the entries from
    /// `threshold` up, in the arrays as they are now, are the ones recorded there).
    private mutating func shiftPositions(from threshold: Int, by delta: Int) {
        func shift(_ list: inout [Int]) {
            var slot = list.count - 1
            while slot >= 0, list[slot] >= threshold {
                list[slot] += delta
                slot -= 1
            }
        }
        let start = delta > 0 ? threshold : threshold - 1
        var shifted = Set<HTMLElementName>()
        for position in start..<nodes.count where namespaces[position] == .html {
            if shifted.insert(names[position]).inserted { shift(&htmlPositions[Int(names[position].rawValue)]) }
        }
        for scope in boundaryPositions.indices { shift(&boundaryPositions[scope]) }
        shift(&specialPositions)
    }
}
